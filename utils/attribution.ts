// Reporting verbs and the shape of an attributed sentence: «SUBJECT … افزود: QUOTE»,
// «SUBJECT … را مناسب دانست.», «به گفته SUBJECT، QUOTE». Works on foldForMatch text, so
// offsets are the original's; ZWNJ may be there, be a space, or be missing («اظهارکرد»).
import { foldForMatch, matchKey } from './normalize';
import {
  isNameWord, nameStartsInRole, parseName, parseNameBeforeRole, parseQuotedName, skipNameAdjective, surnameShaped, titleLength, type Token,
} from './names';
import { appositionAfter, parseBareName, parseLoneSurname, parseNameBeforeApposition, parseNameBeforeRelative } from './name-shapes';
import { LETTERS_ONLY, SURNAMES } from './name-words';
import { completeHeadLength, isKinHead, roleEnd, roleHeadLength } from './roles';
import type { LoneSurname, VerbHit } from './attribution-verbs';

export { accordingTo, DIRECT_SPEECH_AFTER_RE, findVerbs, personVerb, thisSaid, type LoneSurname, type VerbHit } from './attribution-verbs';

const TOKEN_RE = /[«»"“”()[\]،,؛;:!؟?.]|[^\s«»"“”()[\]،,؛;:!؟?.]+/g;

// Sentences the reporter speaks in («گفتنی است …», «لازم به ذکر است …»).
const REPORTER_OPENERS = /^(?:گفتنی|لازم[\s\u200c]*به[\s\u200c]*ذکر|شایان[\s\u200c]*ذکر|یادآور[\s\u200c]*می[\s\u200c]*شود|قابل[\s\u200c]*ذکر)/;

// Openers before the subject: «به گزارش X،», «به نقل از X،», «در ادامه», «همچنین» …
const REPORT_OPENER_KEYS = [
  'بهگزارش', 'بهنقلاز', 'طبقگزارش', 'بنابهاین', 'براساسگزارش', 'بنابرگزارش', 'بنابهگزارش', 'بهروایت', 'بنابرروایت', 'بنابهروایت',
  'طبقروایت', 'بنابراعلام', 'طبقاعلام',
];
const ADVERB_OPENERS = [
  'در ادامه', 'در پایان', 'در همین خصوص', 'در همین زمینه', 'در همین راستا', 'در این باره', 'در این زمینه',
  'در این راستا', 'از سوی دیگر', 'همچنین', 'سپس', 'پس از آن', 'در عین حال', 'درعین حال', 'همچنین',
  'از طرفی', 'در بخش دیگری', 'در این میان', 'در همین حال', 'در این حال', 'با این حال', 'به هر حال', 'در همین حین', 'اما', 'ولی', 'البته', 'پیشتر', 'پیش تر', 'پیش از این', 'قبلا',
  'اخیرا', 'بنابراین', 'نخست', 'ابتدا', 'در مقابل', 'در واکنش', 'همزمان', 'برای مثال', 'به عنوان مثال', 'مثلا',
].map((p) => p.split(' ').map(matchKey));
const GLUED_ADVERB_OPENERS = new Set(ADVERB_OPENERS.filter((p) => p.length > 1).map((p) => p.join('')));

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

function isSeparator(t: Token | undefined): boolean {
  return !!t && (t.text === '،' || t.text === ',' || t.text === '؛' || t.text === ';');
}

/**
 * Token indices where the subject may start, best first: the clause start, then after openers
 * («به گزارش …،», «در ادامه», «در آیین افتتاح …،»).
 */
export function subjectStarts(tokens: Token[], from: number, to: number, directSpeech = false): number[] {
  const starts: number[] = [];
  // «خبرگزاری آریا - برنا - گروه اجتماعی؛ رئیس …»: a dateline before the lead's subject.
  const dateline = from === 0 ? datelineEnd(tokens, to) : 0;
  if (dateline) pushStarts(tokens, dateline, to, starts);
  pushStarts(tokens, from, to, starts);
  // «این مطلب را محمد اصلانی، مدیرکل …، اعلام کرد»: the object first, the subject after «را».
  const ra = THIS_MATTER.find((p) => p.every((k, n) => tokens[from + n]?.key === k))?.length;
  if (ra && from + ra < to && !starts.includes(from + ra)) starts.unshift(from + ra);
  // «…، همان‌طور که نتانیاهو ادعا کرد «…»»: the subject of an «as X said» clause inside the sentence.
  for (let i = from; i < to - 1; i++) {
    const n = AS_SAID.find((p) => p.every((k, m) => tokens[i + m]?.key === k))?.length ?? 0;
    if (n && !starts.includes(i + n)) starts.push(i + n);
  }
  // «این نکته که علی ربیعی می‌گوید …», «سخنانی که X گفت»: the subject of a «که» clause, tried last.
  for (let i = to - 2; i > from; i--) {
    if (tokens[i].key !== 'که') continue;
    if (!starts.includes(i + 1)) starts.push(i + 1);
    break;
  }
  // «وی افزود: …، خالقی گفت: …»: two sentences glued by a comma; a short last clause that opens
  // direct speech is its own subject.
  for (let i = to - 1; directSpeech && i > from && i >= to - 6; i--) {
    if (!isSeparator(tokens[i])) continue;
    if (i + 1 < to && !starts.includes(i + 1)) starts.push(i + 1);
    break;
  }
  return starts;
}

const THIS_MATTER = ['این مطلب را', 'این موضوع را', 'این خبر را', 'این نکته را', 'این مسئله را', 'این مساله را']
  .map((p) => p.split(' ').map(matchKey));

const AS_SAID = ['همانطور که', 'همان طور که', 'همانگونه که', 'همان گونه که', 'چنانکه', 'چنان که', 'آنطور که', 'آن طور که']
  .map((p) => p.split(' ').map(matchKey));

// A lone tatweel («هوپکینتون ـ یونایتدپرس ـ …») is folded to U+200B.
const DATELINE_MARKS = new Set(['-', '–', '—', '\u200b', '؛']);

/** Where a dateline ends: after short pieces (a place, an agency) each closed by a mark, else 0. */
function datelineEnd(tokens: Token[], to: number): number {
  // «آقای حسین عمادی ـ کارشناس شیلات …»: a dash after a titled name sets off a role, not a dateline.
  if (titleLength(tokens, 0)) return 0;
  let end = 0;
  for (let i = 1; i < Math.min(to, 12); i++) {
    if (i - end > 4) break;
    if (DATELINE_MARKS.has(tokens[i].text)) end = i + 1;
  }
  return end;
}

function pushStarts(tokens: Token[], from: number, to: number, starts: number[]): void {
  let i = from;
  const visited: number[] = [];
  for (let guard = 0; guard < 4 && i < to; guard++) {
    const before = i;
    visited.push(i);
    const two = (tokens[i]?.key ?? '') + (tokens[i + 1]?.key ?? '');
    const three = two + (tokens[i + 2]?.key ?? '');
    if (REPORT_OPENER_KEYS.some((k) => tokens[i].key === k || two === k || three === k)) {
      let j = i;
      while (j < to && j - i < 20 && !isSeparator(tokens[j]) && tokens[j].text !== ':') j++;
      if (j < to && j - i < 20) i = j + 1;
      else break;
    } else {
      i = skipAdverb(tokens, i);
    }
    if (i === before) break;
  }
  if (!starts.includes(i)) starts.push(i);
  // «در آیین افتتاح … ماهشهر، کامبیز زاهدپور …», «در پایان این نشست، …»: a leading circumstance
  // closed by a comma.
  // Several may follow each other: «در این دیدار، قبل از سخنان رهبر انقلاب، آقای خاتمی … گفت».
  let c = [i, ...visited].find((k) => tokens[k] && CIRCUMSTANCE_KEYS.has(tokens[k].key));
  while (c !== undefined) {
    let j = c + 1;
    while (j < to && j - c < 40 && !isSeparator(tokens[j])) j++;
    if (j >= to || j - c >= 40) break;
    // «در مراسمی که امام جمعه، استاندار، … حضور داشتند، سردار X …»: a relative clause's own commas
    // come before its verb; the circumstance ends at the first comma after that verb.
    const ke = tokens.slice(c, j).findIndex((t) => t.key === 'که');
    if (ke >= 0) {
      let k = j;
      while (k < to && k - c < 60 && !(isSeparator(tokens[k]) && VERB_END_RE.test(tokens[k - 1].key))) k++;
      if (k < to && k - c < 60) j = k;
    }
    // «در همین جلسه مونیکا گریفان، رئیس …، گفت»: a named subject right before the comma, inside it.
    const inside = namedBefore(tokens, c + 2, j, to);
    if (inside >= 0 && !starts.includes(inside)) starts.push(inside);
    // «در این نشست، نخست علی‌اصغر محمدخانی …»
    const next = skipAdverb(tokens, j + 1);
    if (!starts.includes(next)) starts.push(next);
    c = tokens[next] && CIRCUMSTANCE_KEYS.has(tokens[next].key) ? next : undefined;
  }
}

/**
 * Where a name that ends right at the comma `j` starts, between `from` and `j`, or -1: a listed
 * first name leftmost first, else two unlisted words followed by the comma and a role
 * («مونیکا گریفان، رئیس …», not «جلسه محمودرضا …»).
 */
function namedBefore(tokens: Token[], from: number, j: number, to: number): number {
  for (let k = from; k < j; k++) {
    const name = parseName(tokens, k, to);
    if (name?.hasFirstName && name.to === j) return k;
  }
  return j - 2 >= from && parseNameBeforeRole(tokens, j - 2)?.to === j ? j - 2 : -1;
}

/** The index after an adverb opener at i («در ادامه»، «همچنین،»), or i itself. */
function skipAdverb(tokens: Token[], i: number): number {
  // Glued in broken text: «دراین‌حال،».
  if (tokens[i] && GLUED_ADVERB_OPENERS.has(tokens[i].key)) return isSeparator(tokens[i + 1]) ? i + 2 : i + 1;
  const phrase = ADVERB_OPENERS.find((p) => p.every((k, n) => tokens[i + n]?.key === k));
  if (!phrase) return i;
  return isSeparator(tokens[i + phrase.length]) ? i + phrase.length + 1 : i + phrase.length;
}

// The end of a finite verb («داشتند», «است», «شد»), to find where a relative clause stops.
const VERB_END_RE = /(?:ند|ست|بود|شد|کرد|داد|[^ا]د)$/;
const CIRCUMSTANCE_KEYS = new Set(['در', 'طی', 'پس', 'قبل', 'بعد', 'پیش', 'هنگام', 'ضمن', 'روز']);

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

/** Reads the role that may follow a name at r («، معاون …»), up to limit. */
function roleAfter(tokens: Token[], r: number, limit: number): [number, number] | undefined {
  const comma = isComma(tokens[r]);
  if (comma) r++;
  const indefinite = tokens[r]?.key === 'یک';
  if (tokens[r] && (indefinite || tokens[r].key === 'این')) r++;
  if (r < limit && roleHeadLength(tokens, r)) return [r, roleEnd(tokens, r, limit, () => false)];
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
  const inner = n < limit ? (parseName(tokens, n, limit) ?? (holder && n === holder.from ? holder : null)) : null;
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
