// Who is who while an article is read: the people met so far, and how a mention (a name, a
// pronoun, a surname, a role alone) resolves to one of them, or names someone met only by a role.
import type { FullName } from './article-prepass';
import { matchKey, ZWNJ } from './normalize';
import { isFirstName, surnameKeys, type Token } from './names';
import { isRoleHead, roleWords } from './roles';
import { differentRanks, otherRankHeads, roleFit } from './role-fit';
import type { Mention } from './attribution';

export interface Person {
  name: string;
  nameKey: string;
  surnames: string[];
  role: string;
  roleWords: string[];
  quotes: string[];
  aliases: string[];
  /** «یک نمایشگاه‌دار گفت …»: someone unnamed on purpose, never named later. */
  anonymous?: boolean;
}

export interface Context {
  people: Person[];
  last: Person | null;
  /** The person whose direct quote («…: …») the previous sentence opened, for continuation sentences. */
  openQuote: { person: Person; paragraph: number } | null;
  /** A direct quote standing alone in this paragraph («…»), for a following «این را X گفت». */
  standingQuote: { text: string; paragraph: number } | null;
  /** A role that was the subject of the previous sentence, which reported nothing: «نماینده حقوقی … در جایگاه قرار گرفت.» */
  introduced: { role: string; words: string[]; paragraph: number } | null;
  /** The role the sentence being read may give to a new name («… قرار گرفت. رضا عسگری‌نیا گفت:»). */
  introducedHere: { role: string; words: string[] } | null;
  /** matchKeys of words the article names as a company or outlet («شرکت خودروسازی ژاپنی تویوتا»). */
  organizations: Set<string>;
  /** matchKeys of every word in the sentences read so far. */
  seen: Set<string>;
  /** A message or letter whose text follows in the next paragraphs («متن پیام X به شرح زیر است:»). */
  message: { person: Person; paragraph: number; started: boolean } | null;
  /** Who people named anywhere with an apposition are («مهدی آلبوغبیش، مهاجم ۱۹ ساله فولاد، …»), by name and surname keys. */
  introductions: Map<string, { role: string; words: string[] }>;
  /** Full names the article gives anywhere, by surname key («به کارگردانی فرشته نیک‌آیین»). */
  fullNames: Map<string, FullName>;
}

/** Someone the article named in full in passing, not yet a person here: a later surname alone means them. */
export interface Mentioned { nameKey: string; surnames: string[]; mentioned: string }

export const nameKeyOf = (name: string) => name.split(/\s+/).map(matchKey).join('');

/** The people met so far and those named in full in sentences already read, whom a surname alone may mean. */
export function knownOrMentioned(ctx: Context): ({ nameKey: string; surnames: string[] } | Mentioned)[] {
  const known = knownPeople(ctx);
  const byName = new Map<string, Mentioned>();
  for (const [surname, { full, sure, parts }] of ctx.fullNames) {
    if (!sure || !ctx.seen.has(surname)) continue;
    // Only the last word is a surname to meet alone, and not one that is a given name too («… امام صادق»).
    if (surname !== parts[parts.length - 1] || isFirstName(surname) || isRoleHead(surname)) continue;
    // A name that holds a known person's surname anywhere («افشار …» after «زهرا افشار») is theirs, not someone new.
    const nameKey = parts.join('');
    if (known.some((p) => p.nameKey === nameKey || parts.some((k) => p.surnames.includes(k)))) continue;
    const entry = byName.get(full) ?? { nameKey, surnames: [], mentioned: full };
    entry.surnames.push(surname);
    byName.set(full, entry);
  }
  return [...known, ...byName.values()];
}

/** The person a mention of someone named earlier in passing stands for: made now, with the role they were introduced with. */
export function personMentioned(ctx: Context, m: Mentioned): Person {
  const existing = findByKey(ctx, m.nameKey);
  if (existing) return existing;
  const p = newPerson(ctx, m.mentioned, m.nameKey, m.surnames);
  const introduced = ctx.introductions.get(m.nameKey) ?? m.surnames.map((k) => ctx.introductions.get(k)).find(Boolean);
  if (introduced) setRole(p, introduced.role, introduced.words);
  return p;
}

const GENERIC_ROLE_HEADS = new Set(['مقام']);
const DEMONSTRATIVE = 'این';

export function slice(text: string, tokens: Token[], from: number, to: number): string {
  if (from >= to) return '';
  const out = text.slice(tokens[from].start, tokens[to - 1].end).replace(/^[«"“\s\u0640–-]+|[»"”\s،,]+$/g, '').trim();
  // «تهیه‌کننده فیلم «باد شمال»»: a title quoted inside keeps its closing mark.
  return out.lastIndexOf('«') > out.lastIndexOf('»') ? out + '»' : out;
}

function addAlias(p: Person, alias: string): void {
  if (alias && alias !== p.name && !p.aliases.includes(alias)) p.aliases.push(alias);
}

function setRole(p: Person, role: string, words: string[]): void {
  if (!p.role && role) {
    p.role = role;
    p.roleWords = words;
  }
}

export function findByKey(ctx: Context, key: string): Person | undefined {
  return ctx.people.find((p) => p.nameKey === key || p.surnames.includes(key));
}

/** «متهم ردیف اول» against «وکیل متهم ردیف اول»: the mention is whom the role serves, another person. */
function isComplementOf(words: string[], role: string[]): boolean {
  return words.length > 0 && role.length > words.length && words[0] !== role[0] && words.every((w, i) => role[i + 1] === w);
}

/** The person a role alone refers to: the best-fitting known role, else the current subject if it fits. */
function personForRole(ctx: Context, words: string[], demonstrative: boolean, described = false): Person | null {
  let best: Person | null = null;
  let bestFit = 0;
  for (const p of ctx.people) {
    if (differentRanks(words, p.roleWords) || isComplementOf(words, p.roleWords)) continue;
    const fit = roleFit(words, p.roleWords);
    if (fit > bestFit) [best, bestFit] = [p, fit];
  }
  if (best && bestFit >= 3) return best;
  const last = ctx.last;
  if (!last || described || last.anonymous) return null;
  // «این متخصص …» points back to the person being reported, whatever title was used before.
  if (demonstrative && last.nameKey) return last;
  // A person only mentioned so far (a medallist, a guest) is not who a new role speaks for.
  if (!last.roleWords.length && !last.quotes.length) return null;
  if (differentRanks(words, last.roleWords) || isComplementOf(words, last.roleWords)) return null;
  if (!last.roleWords.length || GENERIC_ROLE_HEADS.has(words[0]) || roleFit(words, last.roleWords) > 0) return last;
  return null;
}

/** A source left unnamed: the referent of a later «او», kept out of the list of people. */
export function anonymous(): Person {
  return { name: '', nameKey: '', surnames: [], role: '', roleWords: [], quotes: [], aliases: [], anonymous: true };
}

export function newPerson(ctx: Context, name: string, nameKey: string, surnames: string[]): Person {
  const p: Person = { name, nameKey, surnames, role: '', roleWords: [], quotes: [], aliases: [] };
  ctx.people.push(p);
  return p;
}

/** Resolves a mention to a person, creating or naming one as needed. */
export function resolve(ctx: Context, m: Mention, text: string, tokens: Token[], attributed = true): Person | null {
  const roleText = m.role ? slice(text, tokens, m.role[0], m.role[1]) : '';
  const words = m.role ? roleWords(tokens.slice(m.role[0], m.role[1])) : [];
  if (m.kind === 'pronoun') return ctx.last;
  if (m.kind === 'known') {
    const p = m.person as Person;
    addAlias(p, slice(text, tokens, m.from, m.to));
    setRole(p, roleText, words);
    return p;
  }
  if (m.kind === 'role') {
    const p = personForRole(ctx, words, tokens[m.role![0] - 1]?.key === DEMONSTRATIVE, m.described);
    if (p) {
      addAlias(p, roleText);
      setRole(p, roleText, words);
      return p;
    }
    const pending = newPerson(ctx, '', '', []);
    setRole(pending, roleText, words);
    return pending;
  }
  const nameTokens = tokens.slice(m.from, m.to);
  const written = slice(text, tokens, m.from, m.to);
  const name = withoutGluedTitle(written);
  const key = name === written ? nameTokens.map((t) => t.key).join('') : nameKeyOf(name);
  let p = findByKey(ctx, key) ?? null;
  const last = ctx.last;
  // «معاون فنی مرکز بهداشت یزد … گفت.» then «مسعود شریفی افزود»: the role gets its name.
  // A name in a sentence that reports nothing («… شاعرانی چون X، Y …») names the role only if its role fits.
  // A name the article used before is someone else («سرمربی تراکتور … دانست.» then «آلبوغبیش … گفت»).
  const usedBefore = surnameKeys(nameTokens).some((k) => ctx.seen.has(k));
  // A name given with a role of another rank («رئیس اتاق …» after «معاون نخست‌وزیر …») is someone else.
  if (!p && last && !last.nameKey && !last.anonymous && !usedBefore && (words.length ? roleFit(words, last.roleWords) > 0 && !differentRanks(words, last.roleWords) && !otherRankHeads(words, last.roleWords) : attributed)) p = last;
  // A role met earlier without a name («فرمانده انتظامی یزد گفت») gets it from a later full mention.
  if (!p && words.length) p = ctx.people.findLast((q) => !q.nameKey && roleFit(words, q.roleWords) >= 3 && !otherRankHeads(words, q.roleWords)) ?? null;
  // «ناخدا یعقوب که …» after «یعقوب درویشی، ناخدای …»: a given name alone, with nothing said of who
  // this is, is the one person of that given name met so far.
  // So is «مش‌رحیم» after «رحیم قربان‌زاده»: a folk title glued to it.
  const given = nameTokens.length === 1 ? givenNameOf(key) : '';
  if (!p && !words.length && given) {
    // Only someone already quoted or introduced: a name read in passing may be a misparse («کریم سوار تاکسی شد»).
    const sameGiven = ctx.people.filter((q) => q.nameKey && q.nameKey !== key && (q.quotes.length || q.role) && matchKey(q.name.split(/\s+/)[0]) === given);
    if (sameGiven.length === 1) p = sameGiven[0];
  }
  if (p && !p.nameKey) {
    p.name = name;
    p.nameKey = key;
    p.surnames = surnameKeys(nameTokens);
    // The lead's short role («مدیرعامل یک شرکت») gives way to the full one given with the name.
    if (words.length > p.roleWords.length && p.roleWords.every((w) => words.includes(w))) p.role = '';
  }
  if (!p) {
    p = newPerson(ctx, name, key, surnameKeys(nameTokens));
    if (!words.length && attributed && ctx.introducedHere) setRole(p, ctx.introducedHere.role, ctx.introducedHere.words);
  }
  // Named with an apposition in a sentence that reported nothing, in passing («… و مهدی آلبوغبیش، مهاجم … فولاد، …»).
  const introduced = words.length ? undefined : (ctx.introductions.get(key) ?? p.surnames.map((k) => ctx.introductions.get(k)).find(Boolean));
  if (introduced) setRole(p, introduced.role, introduced.words);
  // The same name written with its half-space («نوری زاده» then «نوری‌زاده») shows it properly.
  if (key === p.nameKey && name.includes(ZWNJ) && !p.name.includes(ZWNJ)) p.name = name;
  setRole(p, roleText, words);
  return p;
}

// Folk titles written glued to the given name: «مش‌رحیم», «حاج‌علی», «کل‌حسن», «ننه‌صغری».
const GLUED_FOLK_TITLES = ['مش', 'حاجی', 'حاج', 'کل', 'ننه'].map(matchKey);

/** «حاج‌یدالله ملک‌پور» is «یدالله ملک‌پور» with a title glued on: the name is shown without it. */
function withoutGluedTitle(name: string): string {
  const [first, ...rest] = name.split(/\s+/);
  if (!rest.length || isFirstName(matchKey(first))) {
    const m = GLUED_TITLE_RE.exec(first);
    if (m && rest.length && isFirstName(matchKey(m[1]))) return [m[1], ...rest].join(' ');
  }
  return name;
}
const GLUED_TITLE_RE = /^(?:حاجی|حاج|مش)\u200c?(\S{2,})$/;

/** The given name a one-word mention is, with a glued folk title taken off; '' if none. */
function givenNameOf(key: string): string {
  if (isFirstName(key)) return key;
  const title = GLUED_FOLK_TITLES.find((t) => key.startsWith(t) && isFirstName(key.slice(t.length)));
  return title ? key.slice(title.length) : '';
}

export function knownPeople(ctx: Context): { nameKey: string; surnames: string[] }[] {
  return ctx.people.filter((p) => p.nameKey);
}
