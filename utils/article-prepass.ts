// What the whole article says before its sentences are read one by one: which words name companies
// and outlets, and who the people introduced with an apposition are. Read by speakers.ts.
import type { Sentence } from './sentences';
import { matchKey } from './normalize';
import { isNameWord, isPersonWord, parseName, surnameKeys, type NameSpan, type Token } from './names';
import { fold, tokenize } from './attribution';
import { FIRST_NAMES, NAME_PREFIXES, WORD_FIRST_NAMES } from './name-words';
import { closedApposition } from './name-shapes';
import { isRoleHead, roleEnd, roleHeadLength, roleWords } from './roles';
import { slice } from './speaker-people';

const ORGANIZATION_HEADS = new Set(
  ['شرکت', 'کمپانی', 'خودروساز', 'خودروسازی', 'هلدینگ', 'برند', 'بانک', 'روزنامه', 'نشریه', 'مجله', 'شبکه', 'خبرگزاری', 'باشگاه']
    .map(matchKey),
);

/**
 * A sentence with its folded text, its tokens and the name starting at each given name (null where
 * none does, undefined at other words), computed once for every reader below.
 */
export interface ReadSentence { s: Sentence; folded: string; tokens: Token[]; givenNames: (NameSpan | null | undefined)[] }

export function readSentences(sentences: Sentence[]): ReadSentence[] {
  return sentences.map((s) => {
    const folded = fold(s.text);
    const tokens = tokenize(folded);
    const givenNames = tokens.map((t, i) => (FIRST_NAMES.has(t.key) ? parseName(tokens, i, tokens.length) : undefined));
    return { s, folded, tokens, givenNames };
  });
}

/** Words that follow an organization's head noun anywhere in the article, up to the next punctuation or function word. */
export function organizationWords(sentences: ReadSentence[]): Set<string> {
  const words = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      if (!ORGANIZATION_HEADS.has(t.key)) return;
      for (let j = i + 1; j < i + 5 && isNameWord(tokens[j]); j++) words.add(tokens[j].key);
    });
  }
  return words;
}

const CRAFT_OF = new Map(
  [['کارگردانی', 'کارگردان'], ['تهیه‌کنندگی', 'تهیه‌کننده'], ['نویسندگی', 'نویسنده'], ['آهنگسازی', 'آهنگساز'], ['خوانندگی', 'خواننده'], ['سرمربیگری', 'سرمربی']]
    .map(([work, maker]) => [matchKey(work), maker]),
);
const AS = ['به', 'عنوان'].map(matchKey);
const APPOINTED = new Set(['معرفی', 'منصوب', 'انتخاب', 'برگزیده', 'تعیین', 'معارفه'].map(matchKey));

/** «محمدحسین نیک‌فرجام به عنوان استاندار جدید کرمان معرفی شد»: the office someone is given. */
function appointedAs(tokens: Token[], r: number): [number, number] | null {
  if (tokens[r]?.key !== AS[0] || tokens[r + 1]?.key !== AS[1] || !isRoleHead(tokens[r + 2]?.key ?? '')) return null;
  for (let k = r + 3; k < tokens.length && k <= r + 14; k++) {
    if (APPOINTED.has(tokens[k].key)) return [r + 2, k];
    if (!/^[\p{L}\u200c]+$/u.test(tokens[k].text)) return null;
  }
  return null;
}

const OTHER = matchKey('دیگر');
// Verbs that close a sentence reporting a turn or an office («… نوبت به X ROLE رسید», «… به ریاست X ROLE آغاز شد»).
const CLOSING_VERBS = new Set(['رسید', 'رسیدند', 'بود', 'بودند', 'است', 'هستند', 'شد', 'شدند', 'کرد', 'کردند', 'گرفت', 'داد', 'آمد', 'رفت'].map(matchKey));
// Of those, the ones that take a noun before them («سپرده شد», «آغاز شد», «ایراد کرد»).
const LIGHT_VERBS = new Set(['شد', 'شدند', 'کرد', 'کردند', 'گرفت', 'داد'].map(matchKey));

/** A role starts at r: its head, or «دیگر» and its head («دیگر عضو شورا»). */
function opensRole(tokens: Token[], r: number): boolean {
  return roleHeadLength(tokens, tokens[r]?.key === OTHER ? r + 1 : r) > 0;
}

/**
 * «نوبت به فرزانه امیدی‌راد نماینده مردم بجنورد رسید», «X دیگر عضو شورا …»: a role right after a
 * name, with no comma, up to the verb (and its noun, «سپرده شد»).
 */
function bareRoleAfter(tokens: Token[], r: number): [number, number] | null {
  if (!opensRole(tokens, r)) return null;
  const h = tokens[r].key === OTHER ? r + 1 : r;
  let limit = h + 1;
  while (limit < tokens.length && !CLOSING_VERBS.has(tokens[limit].key) && /[\p{L}\u200c]/u.test(tokens[limit].text)) limit++;
  if (LIGHT_VERBS.has(tokens[limit]?.key ?? '')) limit--;
  const end = roleEnd(tokens, h, limit, (j) => isComma(tokens[j]));
  return end > h ? [r, end] : null;
}

const isComma = (t: Token | undefined) => t?.text === '،' || t?.text === ',';

/**
 * «وانگ شوی‌لین، وزیر بازرگانی چین، …», «کارولینا بالدیویا، شهردار سابق لاس‌کوندس، …»: two person
 * words in no list of given names, set off by an apposition headed by a role: a name by its shape.
 */
function nameBeforeRoleApposition(tokens: Token[], i: number): NameSpan | null {
  const [a, b] = [tokens[i], tokens[i + 1]];
  if (!isPersonWord(a) || !isPersonWord(b) || isPersonWord(tokens[i - 1]) || FIRST_NAMES.has(b.key) || PLURAL_AN_RE.test(a.key)) return null;
  const role = closedApposition(tokens, i + 2);
  return role && isRoleHead(tokens[role[0]].key) ? { from: i, to: i + 2, titled: false, hasFirstName: false } : null;
}

/** «شیرین مؤمنی‌زاده»: a given name that is an everyday word too, before a person word. */
function wordGivenName(tokens: Token[], i: number): NameSpan | null {
  const t = tokens[i];
  return WORD_FIRST_NAMES.has(t.key) && isPersonWord(tokens[i + 1]) && !FIRST_NAMES.has(tokens[i + 1].key) ? { from: i, to: i + 2, titled: false, hasFirstName: false } : null;
}

/**
 * «… مهدی آلبوغبیش، مهاجم ۱۹ ساله فولاد، در دقیقه ۸۸ گل زد»: a first-named person set off with an
 * apposition anywhere in the article, by full-name and surname keys: who they are when they speak later.
 */
export function introductions(sentences: ReadSentence[]): Map<string, { role: string; words: string[] }> {
  const found = new Map<string, { role: string; words: string[] }>();
  // A surname two full names share («کامران صدرالدینی», «بهرام صدرالدینی») says nothing alone.
  const fullNameOf = new Map<string, string>();
  const shared = new Set<string>();
  for (const { s, tokens, givenNames } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const shaped = givenNames[i] === undefined ? nameBeforeRoleApposition(tokens, i) ?? wordGivenName(tokens, i) : null;
      const name = givenNames[i] ?? shaped;
      const role = shaped ? closedApposition(tokens, shaped.to) : name?.hasFirstName ? closedApposition(tokens, name.to) ?? appointedAs(tokens, name.to) ?? bareRoleAfter(tokens, name.to) : null;
      // «فیلم «خانه‌ای در مه» به کارگردانی کاوه میرصالحی»: the maker, named by the craft.
      const craft = name?.hasFirstName && tokens[name.from - 2]?.key === 'به' ? CRAFT_OF.get(tokens[name.from - 1]?.key ?? '') : undefined;
      if (!name || (!craft && (!role || !opensRole(tokens, role[0])))) continue;
      const entry = role && opensRole(tokens, role[0])
        ? { role: slice(s.text, tokens, role[0], role[1]), words: roleWords(tokens.slice(role[0], role[1])) }
        : { role: craft!, words: [matchKey(craft!)] };
      const nameTokens = tokens.slice(name.from, name.to);
      const full = nameTokens.map((t) => t.key).join('');
      for (const k of surnameKeys(nameTokens)) {
        if (fullNameOf.has(k) && fullNameOf.get(k) !== full) shared.add(k);
        fullNameOf.set(k, full);
      }
      for (const k of [full, ...surnameKeys(nameTokens)]) if (!found.has(k)) found.set(k, entry);
      i = role ? role[1] : name.to - 1;
    }
  }
  for (const k of shared) found.delete(k);
  return found;
}

/** A full name found in the article; `sure` when a given name marks it, not its place alone. */
export interface FullName {
  full: string;
  sure: boolean;
  /** matchKeys of the name's words, computed once: the speaker pass compares them sentence after sentence. */
  parts: string[];
}

const PLURAL_AN_RE = /[^ی]ان$/;

/** Two person words opening the sentence, closed by a comma or «از» (where they are from). */
function opensWithName(tokens: Token[]): boolean {
  const [a, b, c] = tokens;
  if (!isPersonWord(a) || !isPersonWord(b) || FIRST_NAMES.has(b.key) || PLURAL_AN_RE.test(a.key) || PLURAL_AN_RE.test(b.key)) return false;
  return c?.text === '،' || c?.text === ',' || c?.key === 'از';
}

// «ژان-لوک», «ماری-کلر»: a foreign given name joined by a hyphen.
const HYPHENATED_NAME_RE = /^[\u0621-\u06cc]{2,}-[\u0621-\u06cc]{2,}$/;

/**
 * Full names anywhere in the article by surname key, for people who speak under their surname alone
 * («… به کارگردانی فرشته نیک‌آیین برگزار شد. نیک‌آیین گفت: …»). A surname two full names share says nothing.
 */
export function fullNames(sentences: ReadSentence[]): Map<string, FullName> {
  const found = new Map<string, FullName>();
  const shared = new Set<string>();
  for (const { s, tokens, givenNames } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      let span: [number, number] | null = null;
      let withRole = false;
      if (FIRST_NAMES.has(t.key) && !FIRST_NAMES.has(tokens[i - 1]?.key ?? '')) {
        const name = givenNames[i];
        if (name?.hasFirstName && name.to > name.from + 1) span = [name.from, name.to];
      } else if ((WORD_FIRST_NAMES.has(t.key) || HYPHENATED_NAME_RE.test(t.text)) && isPersonWord(tokens[i + 1]) && !FIRST_NAMES.has(tokens[i + 1].key)) {
        span = [i, i + 2];
      } else if (nameBeforeRoleApposition(tokens, i)) {
        span = [i, i + 2];
        withRole = true;
      } else if (i === 0 && opensWithName(tokens)) {
        // «ساندرو گلونتی از گرجستان … دوم شد»: two person words opening a sentence, closed by «از» or a
        // comma, name someone too, though less surely: only a speaker's surname is completed from them.
        span = [0, 2];
      }
      // «افشار نمایشگاه‌های استانی را …»: a surname then a plural noun is no full name.
      if (span && !tokens.slice(span[0] + 1, span[1]).every((u) => isPersonWord(u))) span = null;
      if (!span) continue;
      if (NAME_PREFIXES.has(tokens[span[0] - 1]?.key ?? '')) span[0]--;
      const nameTokens = tokens.slice(span[0], span[1]);
      const full = slice(s.text, tokens, span[0], span[1]);
      // An unlisted given name («فرشته») stands only for the word after it, never a surname itself; a
      // name known by its shape alone may put the family name first («وانگ شوی‌لین … وانگ گفت»).
      const shapedOnly = !FIRST_NAMES.has(t.key) && !WORD_FIRST_NAMES.has(t.key) && !HYPHENATED_NAME_RE.test(t.text) && span[1] - span[0] === 2 && span[0] === i;
      const keys = FIRST_NAMES.has(t.key) ? surnameKeys(nameTokens) : shapedOnly ? [tokens[i + 1].key, t.key] : [tokens[span[1] - 1].key];
      const sure = withRole || FIRST_NAMES.has(t.key) || WORD_FIRST_NAMES.has(t.key) || HYPHENATED_NAME_RE.test(t.text);
      for (const k of keys) {
        if (found.has(k) && matchKey(found.get(k)!.full) !== matchKey(full)) shared.add(k);
        else found.set(k, { full, sure, parts: full.split(/\s+/).map(matchKey) });
      }
      i = span[1] - 1;
    }
  }
  for (const k of shared) found.delete(k);
  return found;
}
