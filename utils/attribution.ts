// The shape of an attributed sentence: «SUBJECT … افزود: QUOTE», «SUBJECT … را مناسب دانست.»,
// «به گفته SUBJECT، QUOTE»: tokens, who a subject clause names (readMention) and what the statement is.
// Verbs are in attribution-verbs.ts, where a subject may start in subject-starts.ts. Works on
// foldForMatch text, so offsets are the original's; ZWNJ may be there, be a space, or be missing.
import { foldForMatch, matchKey } from './normalize';
import {
  isNameWord, nameStartsInRole, parseName, parseNameBeforeRole, parseQuotedName, skipNameAdjective, surnameShaped, titleLength, type Token,
} from './names';
import { appositionAfter, groupAfter, parseBareName, parseLoneSurname, parseNameAfterRole, parseNameBeforeApposition, parseNameBeforeFrom, parseNameBeforeRelative } from './name-shapes';
import { LETTERS_ONLY, SURNAMES } from './name-words';
import { completeHeadLength, isKinHead, roleEnd, roleHeadLength } from './roles';
import type { LoneSurname, VerbHit } from './attribution-verbs';

export { accordingTo, DIRECT_SPEECH_AFTER_RE, findVerbs, isPluralVerb, personVerb, thisSaid, type LoneSurname, type VerbHit } from './attribution-verbs';
export { subjectStarts } from './subject-starts';

const TOKEN_RE = /[«»"“”()[\]،,؛;:!؟?.]|[^\s«»"“”()[\]،,؛;:!؟?.]+/g;

// Sentences the reporter speaks in («گفتنی است …», «لازم به ذکر است …»).
const REPORTER_OPENERS = /^(?:گفتنی|لازم[\s\u200c]*به[\s\u200c]*ذکر|شایان[\s\u200c]*ذکر|یادآور[\s\u200c]*می[\s\u200c]*شود|قابل[\s\u200c]*ذکر)/;

export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN_RE)) {
    out.push({ text: m[0], key: matchKey(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function fold(text: string): string {
  return foldForMatch(text);
}

export function isReporterSentence(folded: string): boolean {
  return REPORTER_OPENERS.test(folded.trimStart());
}

/**
 * The statement a verb introduces, as offsets in the sentence: after the «:» that follows the
 * verb (direct speech), otherwise the whole sentence (reported speech, «… را مناسب دانست»).
 */
export function quoteRange(folded: string, verb: VerbHit): [number, number] {
  const colon = folded.indexOf(':', verb.end);
  if (colon >= 0) {
    let s = colon + 1;
    while (s < folded.length && /\s/.test(folded[s])) s++;
    if (s < folded.length) return [s, folded.length];
  }
  return [0, folded.length];
}

const isRoleHeadAt = (tokens: Token[], i: number) => roleHeadLength(tokens, i) > 0;


/** Who a subject clause names: a pronoun, a known person, a new name (with its role) or a role alone. */
export interface Mention {
  kind: 'pronoun' | 'known' | 'name' | 'role';
  /** Token range of the name or pronoun. */
  from: number;
  to: number;
  /** Token range of the role, when one is given. */
  role?: [number, number];
  person?: unknown;
  /** A role that describes its holder by a relative named in it («دختر شهید X»): never X, nor a guess. */
  described?: boolean;
}

const PRONOUNS = new Set(['وی', 'او', 'ایشان']);

/** A person already met, by full name or surname, optionally after a title («آقای دین‌پرست»). */
function readKnown<P extends { nameKey: string; surnames: string[] }>(
  tokens: Token[], i: number, limit: number, people: P[],
): Mention | null {
  const from = i + titleLength(tokens, i);
  let key = '';
  let found: Mention | null = null;
  for (let j = from; j < limit && j < from + 4; j++) {
    key += tokens[j].key;
    const p = people.find((q) => q.nameKey === key || q.surnames.includes(key));
    if (p) found = { kind: 'known', from, to: j + 1, person: p };
  }
  return found;
}

function isComma(t: Token | undefined): boolean {
  return !!t && (t.text === '،' || t.text === ',');
}

// Where «یکی از …» ends when no comma closes it: the circumstance, time or verb that follows.
const ONE_OF_END = new Set(
  ['نیز', 'هم', 'به', 'در', 'با', 'طی', 'ضمن', 'روز', 'دیروز', 'امروز', 'که', 'را', 'هنگام', 'پس', 'پیش', 'بر', 'درباره', 'برای'].map(matchKey),
);

/**
 * «علی افشاری یکی دیگر از اعضای شورای مرکزی دفتر تحکیم وحدت نیز … گفت», «… یکی از بادامکاران
 * آستانه‌اشرفیه گفت»: a person described as one of a group; the group is the role.
 */
function oneOfGroup(tokens: Token[], r: number, limit: number): [number, number] | undefined {
  if (tokens[r]?.key !== 'یکی') return undefined;
  let k = r + 1;
  if (tokens[k]?.key === 'دیگر') k++;
  if (tokens[k]?.key !== 'از' || k + 1 >= limit) return undefined;
  let e = k + 1;
  while (e < limit && e - r < 14 && LETTERS_ONLY.test(tokens[e].text) && !ONE_OF_END.has(tokens[e].key)) e++;
  return e > k + 1 ? [r, e] : undefined;
}

const OTHER = matchKey('دیگر');

/** Reads the role that may follow a name at r («، معاون …»), up to limit. */
function roleAfter(tokens: Token[], r: number, limit: number): [number, number] | undefined {
  const comma = isComma(tokens[r]);
  if (comma) r++;
  const oneOf = oneOfGroup(tokens, r, limit) ?? groupAfter(tokens, r, limit);
  if (oneOf) return oneOf;
  const indefinite = tokens[r]?.key === 'یک';
  if (tokens[r] && (indefinite || tokens[r].key === 'این')) r++;
  if (r < limit && roleHeadLength(tokens, r)) return [r, roleEnd(tokens, r, limit, () => false)];
  // «رضا شفیعی‌زاده دیگر عضو شورا … گفت»: one more of a body whose other members spoke.
  if (tokens[r]?.key === OTHER && r + 1 < limit && roleHeadLength(tokens, r + 1)) return [r, roleEnd(tokens, r + 1, limit, () => false)];
  // «الکساندر نیکیتین، یک ناخدای سابق زیردریایی گفت»: an indefinite apposition running into the verb
  // describes the speaker even when its noun is in no role list.
  if (comma && indefinite && limit - r <= 6 && isNameWord(tokens[r]) && tokens.slice(r, limit).every((t) => LETTERS_ONLY.test(t.text))) {
    return [r, limit];
  }
  return undefined;
}


/**
 * `pluralVerb`: the verb is plural, so a name known only from its shape is a group («کشاورزان منطقه، …، گفتند»).
 * `loneSurname`: a verb follows that a person uses, so one unknown word before it may be a surname
 * («همتی گفت:»); 'speech' for verbs only people use («گفت», «خاطرنشان کرد»), 'stance' for the rest.
 */
export function readMention<P extends { nameKey: string; surnames: string[] }>(
  tokens: Token[], start: number, limit: number, people: P[], pluralVerb = false, loneSurname: LoneSurname = false,
): Mention | null {
  let i = start;
  const quoted = parseQuotedName(tokens, i, limit);
  while (tokens[i] && (tokens[i].text === '«' || tokens[i].text === '"' || tokens[i].text === '“')) i++;
  if (i >= limit) return null;
  if (PRONOUNS.has(tokens[i].key)) return { kind: 'pronoun', from: i, to: i + 1 };
  const known = readKnown(tokens, i, limit, people);
  if (known) {
    const r = skipCloseQuote(tokens, known.to);
    return { ...known, role: roleAfter(tokens, r, limit) };
  }
  // A name set off by guillemets or by an apposition between commas is a person even when it is in
  // no list («تولسی گبرد» مدیر …، «ریم توفیق خادر، مادر پنج فرزند، … گفت»).
  const shaped = quoted ?? (pluralVerb ? null : parseNameBeforeApposition(tokens, i, limit) ??
    (loneSurname === 'speech' ? parseNameBeforeRelative(tokens, i, limit) : null));
  if (shaped) {
    const r = skipNameAdjective(tokens, skipCloseQuote(tokens, shaped.to));
    return { kind: 'name', from: shaped.from, to: shaped.to, role: roleAfter(tokens, r, limit) ?? appositionAfter(tokens, r, limit) ?? undefined };
  }
  const name = parseName(tokens, i, limit) ?? parseNameBeforeRole(tokens, i);
  const from = !name && loneSurname && !pluralVerb ? parseNameBeforeFrom(tokens, i, limit, loneSurname === 'speech') : null;
  if (from) return { kind: 'name', from: from.name.from, to: from.name.to, role: from.role };
  // An untitled name must be closed (comma, role, verb, function word): in «گلستان الگوی همزیستی …»
  // (a heading glued to the next sentence) «گلستان» is the province, not a first name.
  const after = name ? skipNameAdjective(tokens, skipCloseQuote(tokens, name.to)) : 0;
  // A first name and a surname that can only be one («افشین مرشدیان مجموع زیربنا را …») close it too.
  const closed = name && (name.titled || name.to === limit || !isNameWord(tokens[after]) || (name.hasFirstName && surnameShaped(tokens[name.to - 1])));
  if (name && closed && name.to <= limit) {
    const r = after;
    // «غلامرضا نظری، کشاورز روستای کدکن، گفت»: an apposition between commas is the role even when
    // its noun is in no role list.
    return { kind: 'name', from: name.from, to: name.to, role: roleAfter(tokens, r, limit) ?? appositionAfter(tokens, r, limit) ?? undefined };
  }
  // For announcements a lone word must be a listed surname or carry a role («سپ‌بلاتر رئیس فیفا … اعلام کرد»).
  const sure = loneSurname !== 'listed' || SURNAMES.has(tokens[i].key) || isRoleHeadAt(tokens, i + 1);
  const lone = loneSurname && sure ? parseLoneSurname(tokens, i, limit, loneSurname === 'speech') : null;
  const bare = pluralVerb ? null : (parseBareName(tokens, i, limit) ?? lone);
  // «باب‌هوک، نخست‌وزیر سابق استرالیا، دیروز گفت»: a role may follow the lone surname.
  if (bare) return { kind: 'name', from: bare.from, to: bare.to, role: roleAfter(tokens, bare.to, limit) };
  let h = i;
  if (tokens[h] && (tokens[h].key === 'این' || tokens[h].key === 'یک')) h++;
  if (!roleHeadLength(tokens, h)) return null;
  // «رئیس‌جمهور خاتمی دیروز …»: after a complete office a lone word is its holder's surname.
  const complete = completeHeadLength(tokens, h);
  const holder = complete ? parseLoneSurname(tokens, h + complete, limit, true) : null;
  const end = holder ? h + complete : roleEnd(tokens, h, limit, (j) => {
    const at = isComma(tokens[j]) ? j + 1 : j;
    return nameStartsInRole(tokens, at, limit) || !!readKnown(tokens, at, limit, people);
  });
  const n = isComma(tokens[end]) ? end + 1 : end;
  // «قاضی سلیمانی در پایان جلسه اعلام کرد»: a role before the surname of someone already met.
  const metBefore = n < limit ? readKnown(tokens, n, limit, people) : null;
  if (metBefore && !isKinHead(tokens[h].key)) return { ...metBefore, role: [h, end] };
  const inner = n < limit ? (parseName(tokens, n, limit) ?? (holder && n === holder.from ? holder : null) ?? (pluralVerb ? null : parseNameAfterRole(tokens, end, limit))) : null;
  if (inner && inner.to <= limit) {
    // «دختر شهید سرلشکر X گفت», «همسر X افزود»: X's relative speaks, not X.
    if (n === end && isKinHead(tokens[h].key)) return { kind: 'role', from: h, to: inner.to, role: [h, inner.to], described: true };
    // «قاضی مهرداد سلیمانی، رئیس دادگاه، …»: a one-word title before the name gives way to the office after it.
    const after = end - h === 1 ? roleAfter(tokens, skipCloseQuote(tokens, inner.to), limit) : undefined;
    return { kind: 'name', from: inner.from, to: inner.to, role: after ?? [h, end] };
  }
  return { kind: 'role', from: h, to: end, role: [h, end] };
}

function skipCloseQuote(tokens: Token[], i: number): number {
  return tokens[i] && (tokens[i].text === '»' || tokens[i].text === '"' || tokens[i].text === '”') ? i + 1 : i;
}
