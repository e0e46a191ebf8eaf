// Person names in Persian news: «بابک دین‌پرست»، «سید مهدی حسینی»، «آیت‌الله مظفری».
// A name is a known first name followed by a surname, or any short word run after a title
// (آقای، دکتر، سردار…). Surnames are an open class, so they are bounded by what follows:
// a comma, a role word, a verb, a function word or a time word.
import { matchKey } from './normalize';
import {
  FIRST_NAMES, FAMOUS, STOPWORDS, TITLES, NAME_PREFIXES, NAME_STOPPERS, NOT_PERSON_WORDS, PLURAL_RE, CLAUSE_MARK_RE, NOT_APPOSITION, LETTERS_ONLY, NAME_FOLLOWING_ADJECTIVE, NATIONALITIES, OUTLET_NAME_RE, ADVERBS, PLACES, SURNAMES, isCity, isCitySurname,
} from './name-words';
import { isKinHead, isRoleHead, opensEvent, roleHeadLength } from './roles';

export interface Token {
  /** Folded text (foldForMatch), same offsets as the original. */
  text: string;
  /** matchKey: no spaces, ZWNJ or diacritics. */
  key: string;
  start: number;
  end: number;
}

export interface NameSpan {
  /** Token range [from, to) of the name proper (titles excluded, «سید» kept). */
  from: number;
  to: number;
  /** A title (آقای، دکتر…) was in front of it. */
  titled: boolean;
  /** Known first name at its start. */
  hasFirstName: boolean;
}

/** Past a nationality after a foreign name («پیاتزای ایتالیایی سرمربی …»): the index after it. */
export function skipNameAdjective(tokens: Token[], j: number): number {
  return tokens[j] && (NAME_FOLLOWING_ADJECTIVE.test(tokens[j].key) || NATIONALITIES.has(tokens[j].key)) ? j + 1 : j;
}

export function isFirstName(key: string): boolean {
  return FIRST_NAMES.has(key);
}

/** Length in tokens of a title starting at i (two- and three-word titles like «حجت الاسلام والمسلمین»), 0 if none. */
export function titleLength(tokens: Token[], i: number): number {
  let best = 0;
  let key = '';
  for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
    key += tokens[i + n - 1].key;
    if (TITLES.has(key)) best = n;
  }
  // Titles stack: «آقای دکتر فرهادی», «حجت‌الاسلام والمسلمین دکتر …».
  return best && best < 8 ? best + titleLength(tokens, i + best) : best;
}

/** A name word that is not an organization, place or plural: «ریم»، «خادر», not «خبرگزاری»، «کره». */
function isPersonWord(tok: Token | undefined): boolean {
  return isNameWord(tok) && !NOT_PERSON_WORDS.has(tok!.key) && !NATIONALITIES.has(tok!.key) && !PLURAL_RE.test(tok!.key) && !OUTLET_NAME_RE.test(tok!.key) && !PLACES.has(tok!.key);
}

/** A word that may be part of a name: letters only, not a function, role, title or time word. */
export function isNameWord(tok: Token | undefined): boolean {
  if (!tok || !LETTERS_ONLY.test(tok.text) || tok.key.length < 2) return false;
  return !STOPWORDS.has(tok.key) && !NAME_STOPPERS.has(tok.key) && !TITLES.has(tok.key) && !isRoleHead(tok.key) && !ADVERBS.has(tok.key);
}

/** Whether the token after a name closes it: punctuation, a function/time word, a role word or nothing. */
function closesName(tok: Token | undefined): boolean {
  if (!tok) return true;
  if (!LETTERS_ONLY.test(tok.text)) return true;
  return STOPWORDS.has(tok.key) || NAME_STOPPERS.has(tok.key) || isRoleHead(tok.key);
}

/**
 * A person name starting at token i (after an optional title), or null.
 * Untitled names need a known first name and a surname; titled ones need one word.
 * Words from `limit` on (the verb) are never part of it. `shortest`: the name runs straight into
 * other words («به گفته داود بهبودی میزان اعتبار …»), so no long Arabic-style chain is read.
 */
export function parseName(tokens: Token[], i: number, limit = tokens.length, shortest = false): NameSpan | null {
  const title = titleLength(tokens, i);
  let j = i + title;
  const from = j;
  if (tokens[j] && NAME_PREFIXES.has(tokens[j].key)) j++;
  let firsts = 0;
  while (firsts < 2 && tokens[j] && FIRST_NAMES.has(tokens[j].key) && isNameWord(tokens[j])) {
    j++;
    firsts++;
  }
  // «محمد رضا» is one first name written in two words, but «علی رضا» at the end is a surname.
  if (firsts === 2 && !isNameWord(tokens[j])) {
    j--;
    firsts--;
  }
  if (!title && firsts === 0) {
    return j === from && FAMOUS.has(tokens[j]?.key ?? '') && j < limit ? { from, to: j + 1, titled: true, hasFirstName: false } : null;
  }
  const surnameStart = j;
  // The name ends before the verb even when it is glued on («حسن نوروزی اظهارکرد»).
  if (j < limit && isNameWord(tokens[j])) j++;
  // A second surname word («یونسی رستمی», broken «دین پرست») only when the name is then closed, or
  // when it is made from a city («هاشمی رفسنجانی پیش‌بینی … را …»).
  if (j > surnameStart && j < limit && isNameWord(tokens[j]) && !NATIONALITIES.has(tokens[j].key) &&
    (j + 1 === limit || closesName(tokens[j + 1]) || isCitySurname(tokens[j].key)) && secondSurnameFits(tokens[j - 1], tokens[j], tokens[j + 1])) j++;
  if (j === surnameStart && !(title && firsts > 0)) return null;
  // Arabic name chains run to four words («محمد عبدالغنی حسن مصری در …»): taken whole only when closed.
  if (firsts > 0 && !shortest && j < limit && isPersonWord(tokens[j]) && !PERSIAN_SURNAME_END_RE.test(tokens[j - 1].key) && !SURNAMES.has(tokens[j - 1].key)) {
    let k = j;
    while (k < limit && k - from < 4 && isPersonWord(tokens[k])) k++;
    if (k === limit || closesName(tokens[k]) || NATIONALITIES.has(tokens[k].key)) j = k;
  }
  return { from, to: j, titled: title > 0, hasFirstName: firsts > 0 };
}

// Endings that make a word a surname: «کریمی», «کریمیان», «رضاپور», «حسین‌زاده», «نیک‌نیا», «صالحی‌فر»…
const SURNAME_END_RE = /(?:ی|یان|پور|زاده|نیا|فر|نژاد|لو|وند|راد|مقدم|کیا|منش)$/;
/** A word that can only be a surname's end: a listed Iranian surname or a Persian surname suffix. */
export function surnameShaped(t: Token | undefined): boolean {
  return !!t && (SURNAMES.has(t.key) || PERSIAN_SURNAME_END_RE.test(t.key));
}

// The unmistakably Persian ones: no Arabic name chain runs on after them («خضریان سطح زیر کشت …»),
// nor after a listed Iranian surname («محمد صفری هدف از …»).
const PERSIAN_SURNAME_END_RE = /(?:یان|پور|زاده|نیا|فر|نژاد|وند|راد|مقدم|منش)$/;

/**
 * Whether `second` continues the surname `first`: never when the object marker follows («آقای
 * خاتمی تمرکز را …»), and after a surname-shaped word («خضریان») only when it has a surname's shape
 * itself («یونسی رستمی», «هاشمی رفسنجانی»), not «خضریان سطح زیر کشت …».
 */
function secondSurnameFits(first: Token, second: Token, after: Token | undefined): boolean {
  if (after?.key === 'را') return false;
  // «آقای میلی منفرد، معاون …», «عباس احمدی مقیم مسئول …»: a comma, a role or the verb right after
  // closes the name whatever its shape.
  if (!after || isComma(after) || !LETTERS_ONLY.test(after.text) || isRoleHead(after.key)) return true;
  return !SURNAME_END_RE.test(first.key) || SURNAME_END_RE.test(second.key) || isCitySurname(second.key) || FAMOUS.has(second.key);
}

/**
 * A name known only from its shape: two or three name-like words directly followed by
 * «، ROLE» or «ROLE» (foreign names like «جرمی کوربین رهبر سابق…» are not in any list).
 */
export function parseNameBeforeRole(tokens: Token[], i: number): NameSpan | null {
  for (let n = 3; n >= 2; n--) {
    let ok = true;
    for (let k = 0; k < n; k++) if (!isNameWord(tokens[i + k])) ok = false;
    // «دونالد ترامپ آمریکایی …»: a nationality or «سابق» after the name is not a third name word.
    if (!ok || (n === 3 && NAME_FOLLOWING_ADJECTIVE.test(tokens[i + 2].key))) continue;
    let r = i + n;
    if (tokens[r] && NAME_FOLLOWING_ADJECTIVE.test(tokens[r].key)) r++;
    if (tokens[r] && (tokens[r].text === '،' || tokens[r].text === ',')) r++;
    if (tokens[r] && (tokens[r].key === 'یک' || tokens[r].key === 'این')) r++;
    if (tokens[r] && isRoleHead(tokens[r].key)) return { from: i, to: i + n, titled: false, hasFirstName: false };
  }
  return null;
}

/**
 * A name in guillemets, after an optional title: «تولسی گبرد» مدیر …، دکتر «آنی مور»، متخصص …
 * Quoting marks the words as a name; two to four person words, or one after a title.
 */
export function parseQuotedName(tokens: Token[], i: number, limit: number): NameSpan | null {
  const title = titleLength(tokens, i);
  const open = i + title;
  if (tokens[open]?.text !== '«') return null;
  let j = open + 1;
  while (j < open + 6 && isPersonWord(tokens[j])) j++;
  const words = j - open - 1;
  if (tokens[j]?.text !== '»' || words > 4 || words < (title ? 1 : 2) || j >= limit) return null;
  return title || subjectGoesOn(tokens, skipNameAdjective(tokens, j + 1), limit) ? { from: open + 1, to: j, titled: true, hasFirstName: false } : null;
}

const NOT_AFTER_SUBJECT = new Set(['را', 'و', 'که'].map(matchKey));

/** Whether tokens[r] may follow a subject: the verb, a comma, a role, a time or circumstance word; not «را». */
export function subjectGoesOn(tokens: Token[], r: number, limit: number): boolean {
  const t = tokens[r];
  if (r >= limit || isComma(t)) return true;
  if (!t || NOT_AFTER_SUBJECT.has(t.key)) return false;
  const head = t.key === 'یک' || t.key === 'این' ? (tokens[r + 1]?.key ?? '') : t.key;
  return isRoleHead(head) || isRoleHead(head + (tokens[r + 1]?.key ?? '')) || NAME_STOPPERS.has(t.key);
}

/**
 * The apposition that opens at the comma at r and closes at the next comma, when the verb (at
 * limit) follows within a few words: «، مادر پنج فرزند، به بی‌بی‌سی گفت». Its token range, or null.
 */
export function appositionAfter(tokens: Token[], r: number, limit: number): [number, number] | null {
  if (!isComma(tokens[r])) return null;
  const a = r + 1;
  let b = a;
  // Up to 16 words: «، کشاورز روستای کدکن که ۳ هکتار زمین زیر کشت زعفران دارد،» ends in a relative clause.
  while (b < limit && b - a <= 16 && !isComma(tokens[b]) && !CLAUSE_MARK_RE.test(tokens[b].text)) b++;
  const t = tokens[a];
  // «، یکی از مهندسان مکانیک دانشگاه …،» describes a person as one of a group.
  const oneOf = t?.key === 'یکی' && tokens[a + 1]?.key === 'از';
  const nounStart = (isNameWord(t) && !NOT_APPOSITION.has(t!.key)) || isRoleHead(t?.key ?? '') || /^\d/.test(t?.text ?? '') || oneOf;
  if (b === a || !isComma(tokens[b]) || !nounStart) return null;
  let v = b + 1;
  // «، دانشجوی ۲۰ ساله، در یک تماس تلفنی از شهر … قاهره، گفت»: a circumstance closed by a comma may
  // stand between it and the verb.
  const circumstance = CIRCUMSTANCE_OPENERS.has(tokens[v]?.key ?? '') && isComma(tokens[limit - 1]);
  while (v < limit && v - b <= (circumstance ? 25 : 8) && (circumstance || !isComma(tokens[v])) && !CLAUSE_MARK_RE.test(tokens[v].text)) v++;
  if (v !== limit) return null;
  // «، دستیار من که قبلا هم ایران بوده،»: the relative clause describes, the noun before it is the role.
  // «، یکی از مهندسان … در مصاحبه با مجله نیوساینتیست،»: where they spoke is no part of who they are.
  let end = b;
  for (let k = a + 1; k < b; k++) {
    if (tokens[k].key === 'که' || opensEvent(tokens, k)) {
      end = k;
      break;
    }
  }
  return [a, end];
}

/**
 * «ریم توفیق خادر، مادر پنج فرزند، به بی‌بی‌سی گفت»: two or three person words, then an
 * apposition between commas, then the verb. The shape alone marks a person whose name is in no
 * list; organizations and places are refused by their head words.
 */
export function parseNameBeforeApposition(tokens: Token[], i: number, limit: number): NameSpan | null {
  for (let n = 3; n >= 2; n--) {
    let ok = true;
    for (let k = 0; k < n; k++) if (!isPersonWord(tokens[i + k])) ok = false;
    if (ok && appositionAfter(tokens, i + n, limit)) return { from: i, to: i + n, titled: false, hasFirstName: false };
  }
  return null;
}

/**
 * «کویچیرو ماتسورا که پس از دیداری … وارد پکن شد، گفت», «لورنزو اپیس از ایتالیا که …، گفت»: two or
 * three person words, maybe «از» and a place, then a relative clause closed by a comma right before a
 * verb only people use. The shape marks a person whose name is in no list.
 */
export function parseNameBeforeRelative(tokens: Token[], i: number, limit: number): NameSpan | null {
  // «لئونید دراچفسکی نیز … دانست و گفت»: two person words and «نیز»/«هم» open the subject too.
  if (isPersonWord(tokens[i]) && isPersonWord(tokens[i + 1]) && ALSO.has(tokens[i + 2]?.key ?? '') && !ANONYMOUS_HEADS.has(tokens[i].key)) {
    return { from: i, to: i + 2, titled: false, hasFirstName: false };
  }
  // The relative clause closes with a comma a few words before the verb.
  let comma = limit - 1;
  while (comma > i && limit - comma <= 6 && !isComma(tokens[comma])) comma--;
  if (!isComma(tokens[comma]) || limit - comma > 6) return null;
  // «گوسمائو که … ، خطاب به پارلمان گفت»: one word is enough before «که» at the clause start.
  for (let n = 3; n >= 1; n--) {
    if (n === 1 && (ANONYMOUS_HEADS.has(tokens[i]?.key ?? '') || FIRST_NAMES.has(tokens[i]?.key ?? '') || /[^ی]ان$/.test(tokens[i]?.key ?? ''))) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (!isPersonWord(tokens[i + k]) || FIRST_NAMES.has(tokens[i + k].key) && k > 0) ok = false;
    if (!ok) continue;
    let r = i + n;
    if (tokens[r]?.key === 'از' && isNameWord(tokens[r + 1])) r += 2;
    if (tokens[r]?.key !== 'که') continue;
    return { from: i, to: i + n, titled: false, hasFirstName: false };
  }
  return null;
}

// Nouns that make an anonymous subject with an adjective («منبع آگاه گفت»), and plural endings.
const ANONYMOUS_HEADS = new Set(['منبع', 'منبعی', 'منابع', 'شاهد', 'شاهدان', 'کاربر', 'فردی', 'شخصی', 'کسی', 'یکی', 'مردی', 'زنی', 'رژیم', 'طرف'].map(matchKey));
const BROKEN_PLURAL_RE = /ات$/;

/**
 * «ژابی آلونسو گفت تیمش …»: exactly two person words, nothing else, before a singular verb at
 * `limit`. A foreign name in no list with no role; nationalities, plurals and anonymous nouns are refused.
 */
export function parseBareName(tokens: Token[], i: number, limit: number): NameSpan | null {
  if (limit - i !== 2 || !isPersonWord(tokens[i]) || !isPersonWord(tokens[i + 1])) return null;
  if (ANONYMOUS_HEADS.has(tokens[i].key) || BROKEN_PLURAL_RE.test(tokens[i].key) || NAME_FOLLOWING_ADJECTIVE.test(tokens[i + 1].key)) return null;
  return { from: i, to: i + 2, titled: false, hasFirstName: false };
}

const CIRCUMSTANCE_OPENERS = new Set(['در', 'طی', 'ضمن', 'هنگام', 'پس', 'روز'].map(matchKey));
const ALSO = new Set(['نیز', 'هم'].map(matchKey));
const TIME_ADJECTIVE = /^(?:سابق|پیشین|اسبق|کنونی|فعلی|جدید|ارشد)$/;
const NOT_AFTER_LONE = new Set(['و', 'که', 'را', 'از', 'بر'].map(matchKey));
// «ربیعی این روند را … دانست», «یونسی بار دیگر … گفت»: an object or adverb opens after the surname.
const LONE_OBJECT_OPENERS = new Set(['این', 'بار'].map(matchKey));

/**
 * «همتی گفت: …»: one word right before a singular verb at the start of a clause, in an article that
 * gave no fuller name for it: a surname. Common nouns in that place are refused by the same lists
 * as above (roles, organizations, places, anonymous heads, first names alone).
 */
export function parseLoneSurname(tokens: Token[], i: number, limit: number, speechVerb = false): NameSpan | null {
  const t = tokens[i];
  if (i >= limit || !isPersonWord(t) || t.key.length < 3) return null;
  // Closed by the verb, a time or circumstance word («یونسی همچنین گفت», «ربیعی با تأکید …») or a role,
  // with or without a comma («یونسی وزیر اطلاعات …», «باب‌هوک، نخست‌وزیر سابق استرالیا، …»).
  const next = tokens[i + 1];
  // The comma form only where the clause starts («از سوی دیگر، باب‌هوک، …»), not after a noun («در ادامه همایش، مدیر …»).
  const clauseStart = i === 0 || isComma(tokens[i - 1]) || CLAUSE_MARK_RE.test(tokens[i - 1].text);
  const roleNext = isRoleHead(next?.key ?? '') || (clauseStart && isComma(next) && isRoleHead(tokens[i + 2]?.key ?? ''));
  // A listed surname may run straight into the object («خرازی تبادل نظر … را ضروری خواند»).
  // «ساری ـ اداره کل شیلات …»: a city in a dateline is no surname.
  if (isCity(t.key)) return null;
  const listed = SURNAMES.has(t.key) && next?.key !== 'و';
  if (i + 1 < limit && !listed && !(next && ((NAME_STOPPERS.has(next.key) && !NOT_AFTER_LONE.has(next.key)) || LONE_OBJECT_OPENERS.has(next.key) || roleNext))) return null;
  // Unlike after a first name, «ـایی» here is a surname («رضایی»), not a nationality (those isPersonWord refused).
  // A broken plural in «ـات» («مقامات») does not «گفت» in the singular; «عرفات» does.
  // A first name alone is not how news refers to someone, unless it is a surname too («خانی»).
  if (ANONYMOUS_HEADS.has(t.key) || (BROKEN_PLURAL_RE.test(t.key) && !speechVerb) || TIME_ADJECTIVE.test(t.key) || (FIRST_NAMES.has(t.key) && !SURNAMES.has(t.key))) return null;
  // «متخصصان», «پژوهشگران»: a plural in «ان»; surnames in «یان» («کریمیان») stay.
  // «شونمان», «هارتمان»: «ـمان» is rarely a plural («مردمان»), and singular nouns in it are in the lists.
  if (/[^ی]ان$/.test(t.key) && !/مان$/.test(t.key)) return null;
  // «امام جمعه», «رئیس‌جمهوری», «فرزندش»: a two-word role, a role with «ی», a relative with a possessive.
  if (roleHeadLength(tokens, i) || isRoleHead(t.key.replace(/ی$/, '')) || isKinHead(t.key.replace(/(?:ش|م|ت|شان|مان|تان)$/, ''))) return null;
  return { from: i, to: i + 1, titled: false, hasFirstName: false };
}

function isComma(t: Token | undefined): boolean {
  return !!t && (t.text === '،' || t.text === ',');
}

/** Whether a name begins at j inside a role («سخنگوی وزارت امور خارجه، ناصر کنعانی …»). */
export function nameStartsInRole(tokens: Token[], j: number, limit: number): boolean {
  if (titleLength(tokens, j)) return true;
  const n = parseName(tokens, j, limit);
  if (!n) return false;
  // Untitled, after a comma, or a first name + surname that runs up to the verb or a time word
  // («وزیر علوم حسین سیمایی صراف می‌گوید»); «دبیر جشنواره ابوذر استان …» is a festival, and
  // «بیمارستان امام علی …», «خیابان شهید …» name places after people.
  if (isComma(tokens[j - 1])) return true;
  return n.hasFirstName && !NAMESAKE_HEADS.has(tokens[j - 1]?.key ?? '') && subjectGoesOn(tokens, n.to, limit);
}

const NAMESAKE_HEADS = new Set(
  ['بیمارستان', 'مدرسه', 'دبیرستان', 'دانشگاه', 'خیابان', 'میدان', 'بزرگراه', 'بلوار', 'مسجد', 'حسینیه', 'پارک',
    'ورزشگاه', 'سالن', 'مجتمع', 'شهرک', 'فرودگاه', 'بندر', 'حضرت', 'امام', 'شهید', 'بنیاد', 'موسسه', 'مرکز',
    'کتابخانه', 'جشنواره', 'جایزه', 'کوی', 'تالار', 'سردار'].map(matchKey),
);

/** matchKeys under which a surname alone refers to the person: the words after the first names. */
export function surnameKeys(nameTokens: Token[]): string[] {
  let s = 0;
  while (s < nameTokens.length - 1 && (NAME_PREFIXES.has(nameTokens[s].key) || FIRST_NAMES.has(nameTokens[s].key))) s++;
  const rest = nameTokens.slice(s);
  const keys = new Set<string>([rest.map((t) => t.key).join('')]);
  if (rest.length > 1) for (const t of rest) if (t.key.length >= 3) keys.add(t.key);
  return [...keys];
}
