// Person names in Persian news: «بابک دین‌پرست»، «سید مهدی حسینی»، «آیت‌الله مظفری».
// A name is a known first name followed by a surname, or any short word run after a title
// (آقای، دکتر، سردار…). Surnames are an open class, so they are bounded by what follows:
// a comma, a role word, a verb, a function word or a time word.
import { matchKey } from './normalize';
import {
  FIRST_NAMES, FAMOUS, STOPWORDS, TITLES, GIVEN_NAME_TITLES, NAME_PREFIXES, NAME_STOPPERS, NOT_PERSON_WORDS, PLURAL_RE, LETTERS_ONLY, NAME_FOLLOWING_ADJECTIVE, NATIONALITIES, OUTLET_NAME_RE, ADVERBS, PLACES, SURNAMES, isCitySurname,
} from './name-words';
import { isRoleHead } from './roles';

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

// Month names that are first names too: «بهمن رضوانی‌پور», not «۱۲ بهمن».
// «بااین‌حال», «ازآن‌جاکه», «درحالی‌که», «همان‌طورکه»: connectives written as one word.
export const POSSESSIVE_GLUED_RE = /\u200c(?:اش|شان|مان|تان|ام|ات)$/;
const GLUED_CONNECTIVE_RE = /^(?:(?:با|از|در|به|بر|تا)\u200c?(?:این|آن)|[^\s]*(?:آن|این|حالی|طور|جا|چنان|همان)\u200c?که$)/;
const HYPHENATED_RE = /^[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff\u200c]{2,}-[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff\u200c]{2,}$/;
// «دو» alone is «two» and «در» «in»: they count only in «دو لا», «فون در».
const NAME_PARTICLES = new Set(['دو لا', 'فون در', 'فان در', 'ون در', 'دلا', 'فون', 'فان', 'ون', 'وان', 'دی', 'دل', 'بن', 'لا']);

/** The particles at j before a surname (0 when none): «فون در», «دو» only before «لا…» («دو لاروش»; «دو گل» is two goals). */
function particleLength(tokens: Token[], j: number, limit: number): number {
  const two = `${tokens[j]?.key ?? ''} ${tokens[j + 1]?.key ?? ''}`;
  const frenchDe = tokens[j]?.key === 'دو' && /^لا\S{2,}/.test(tokens[j + 1]?.key ?? '');
  const n = NAME_PARTICLES.has(two) ? 2 : NAME_PARTICLES.has(tokens[j]?.key ?? '') || frenchDe ? 1 : 0;
  return n && j + n < limit && isNameWord(tokens[j + n]) ? n : 0;
}
const MONTH_FIRST_NAMES = new Set(['بهمن', 'آذر'].map(matchKey));

/** A first name at j: listed, or a month name right before a surname-shaped word and after no number. */
function firstNameAt(tokens: Token[], j: number): boolean {
  const key = tokens[j].key;
  if (FIRST_NAMES.has(key)) return true;
  // «ژان-لوک», «ماری-کلر»: a hyphenated given name with a listed part.
  if (HYPHENATED_RE.test(tokens[j].text)) return tokens[j].key.split('-').some((part) => FIRST_NAMES.has(part));
  return MONTH_FIRST_NAMES.has(key) && !/\d/.test(tokens[j - 1]?.text ?? '') && surnameShaped(tokens[j + 1]);
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
    if (TITLES.has(key) || (n === 1 && GIVEN_NAME_TITLES.has(key) && FIRST_NAMES.has(tokens[i + 1]?.key ?? ''))) best = n;
  }
  // Titles stack: «آقای دکتر فرهادی», «حجت‌الاسلام والمسلمین دکتر …».
  return best && best < 8 ? best + titleLength(tokens, i + best) : best;
}

/** A name word that is not an organization, place or plural: «ریم»، «خادر», not «خبرگزاری»، «کره». */
export function isPersonWord(tok: Token | undefined): boolean {
  return isNameWord(tok) && !NOT_PERSON_WORDS.has(tok!.key) && !NATIONALITIES.has(tok!.key) && !PLURAL_RE.test(tok!.key) && !OUTLET_NAME_RE.test(tok!.key) && !PLACES.has(tok!.key);
}

/** A word that may be part of a name: letters only, not a function, role, title or time word. */
export function isNameWord(tok: Token | undefined): boolean {
  if (!tok || tok.key.length < 2) return false;
  if (GLUED_CONNECTIVE_RE.test(tok.key)) return false;
  // «همسایه‌اش», «همکارانشان»: a possessive ending after the half-space makes a common noun.
  if (POSSESSIVE_GLUED_RE.test(tok.text)) return false;
  // «ژان-لوک», «لاروش-دوبوا»: French and Flemish names join two words with a hyphen.
  if (!LETTERS_ONLY.test(tok.text)) return HYPHENATED_RE.test(tok.text) && tok.key.split('-').every((part) => !STOPWORDS.has(part) && !PLACES.has(part));
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
  while (firsts < 2 && tokens[j] && firstNameAt(tokens, j) && isNameWord(tokens[j])) {
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
  // «نیکولا دو لا روشفور», «اورزولا فون در لاین»: particles between a given name and the surname.
  if (firsts > 0) j += particleLength(tokens, j, limit);
  const surnameStart = j;
  // The name ends before the verb even when it is glued on («حسن نوروزی اظهارکرد»).
  if (j < limit && isNameWord(tokens[j])) j++;
  // «پیتر فان در لیندن», «ژان باتیست دو لاروش»: a second given name, then the particles and the surname.
  if (firsts > 0 && j > surnameStart && j < limit) {
    const n = particleLength(tokens, j, limit);
    if (n && isNameWord(tokens[j + n])) j += n + 1;
  }
  // «کرم زاده», «علی پور» typed without the half-space: the ending word is part of the surname.
  if (j > surnameStart && j < limit && SURNAME_END_WORDS.has(tokens[j].key)) j++;
  // A second surname word («یونسی رستمی», broken «دین پرست») only when the name is then closed, or
  // when it is made from a city («هاشمی رفسنجانی پیش‌بینی … را …»).
  // Not the noun of a compound verb («… به ریاست قاضی حمیدرضا فیروزبخت برگزار شد»).
  if (j > surnameStart && j < limit && isNameWord(tokens[j]) && !NATIONALITIES.has(tokens[j].key) && !startsRole(tokens, j) && !LIGHT_VERBS.has(tokens[j + 1]?.key ?? '') &&
    (j + 1 === limit || closesName(tokens[j + 1]) || isCitySurname(tokens[j].key)) && secondSurnameFits(tokens[j - 1], tokens[j], tokens[j + 1])) j++;
  if (j === surnameStart && !(title && firsts > 0)) return null;
  // Arabic name chains run to four words («محمد عبدالغنی حسن مصری در …»): taken whole only when closed.
  if (firsts > 0 && !shortest && j < limit && isPersonWord(tokens[j]) && !PERSIAN_SURNAME_END_RE.test(tokens[j - 1].key) && !SURNAMES.has(tokens[j - 1].key)) {
    let k = j;
    while (k < limit && k - from < 4 && isPersonWord(tokens[k]) && !startsRole(tokens, k)) k++;
    if (k === limit || closesName(tokens[k]) || NATIONALITIES.has(tokens[k].key)) j = k;
  }
  // «هامون نیوز», «تهران تایمز»: an outlet, though its first word is a given name.
  if (OUTLET_NAME_RE.test(tokens[j - 1].key)) return null;
  return { from, to: j, titled: title > 0, hasFirstName: firsts > 0 };
}

/** «دانش‌آموخته …», «امام جمعه …»: a role's head, one word or two, is never a name's last word. */
function startsRole(tokens: Token[], k: number): boolean {
  return isRoleHead(tokens[k].key) || isRoleHead(tokens[k].key + (tokens[k + 1]?.key ?? ''));
}

const LIGHT_VERBS = new Set(['شد', 'شدند', 'شده', 'میشود', 'کرد', 'کردند', 'کرده', 'میکند', 'گردید', 'گردیدند', 'داد', 'دادند', 'گرفت', 'گرفتند'].map(matchKey));

// Surname endings that are words of their own when a text has lost its half-spaces («کرم زاده»).
const SURNAME_END_WORDS = new Set(['زاده', 'پور', 'نژاد', 'نیا', 'فر', 'فرد', 'راد', 'مقدم', 'کیا', 'منش', 'وند'].map(matchKey));

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
    // «انجمن اهدای عضو ایرانیان …»: an organization's head word opens no name.
    if (!isPersonWord(tokens[i])) ok = false;
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
  // «امیر سرلشکر «امیر حاتمی»»: inside the marks a first name that is also a title («امیر») is the name.
  if (FIRST_NAMES.has(tokens[j]?.key ?? '') && isPersonWord(tokens[j + 1])) j++;
  while (j < open + 6 && isPersonWord(tokens[j])) j++;
  const words = j - open - 1;
  if (tokens[j]?.text !== '»' || words > 4 || words < (title ? 1 : 2) || j >= limit) return null;
  return title || subjectGoesOn(tokens, skipNameAdjective(tokens, j + 1), limit) ? { from: open + 1, to: j, titled: true, hasFirstName: false } : null;
}

const NOT_AFTER_SUBJECT = new Set(['را', 'و', 'که'].map(matchKey));
/** The end of a finite verb («داشتند», «است», «شد», «ندارد»), to find where a relative clause stops. */
export const FINITE_VERB_END_RE = /(?:ند|ست|بود|شد|کرد|داد|[^ا]د)$/;
const ALSO = new Set(['نیز', 'هم'].map(matchKey));

/** Whether tokens[r] may follow a subject: the verb, a comma, a role, a time or circumstance word; not «را». */
function roleHeadAt(tokens: Token[], r: number): boolean {
  return isRoleHead(tokens[r].key) || isRoleHead(tokens[r].key + (tokens[r + 1]?.key ?? ''));
}

export function subjectGoesOn(tokens: Token[], r: number, limit: number): boolean {
  const t = tokens[r];
  if (r >= limit || isComma(t)) return true;
  // «… علی‌اصغر میرزایی‌فر که در تجمع … حضور داشت، به ایلنا گفت»: a relative clause closed by a comma
  // before the verb, or by its own verb and «نیز/هم» («… حمید شاه‌حسینی که نسبتی با او ندارد نیز … گفت»).
  if (t?.key === 'که') {
    for (let k = r + 1; k < limit && k < r + 25; k++) {
      if (isComma(tokens[k])) return true;
      if (k > r + 1 && ALSO.has(tokens[k].key) && FINITE_VERB_END_RE.test(tokens[k - 1].key)) return true;
    }
    return false;
  }
  // «معاون وزیر نیرو مجید سعیدی و مدیرعامل آبفا مریم احمدی … گفتند»: a second subject with its role.
  if (t?.key === 'و' && r + 1 < limit) return roleHeadAt(tokens, r + 1) || titleLength(tokens, r + 1) > 0;
  if (!t || NOT_AFTER_SUBJECT.has(t.key)) return false;
  const head = t.key === 'یک' || t.key === 'این' ? (tokens[r + 1]?.key ?? '') : t.key;
  return isRoleHead(head) || isRoleHead(head + (tokens[r + 1]?.key ?? '')) || NAME_STOPPERS.has(t.key);
}

export function isComma(t: Token | undefined): boolean {
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
  // «چن هایتائو … به گفته چن»: a two-word name with no listed given name may put a short family name first.
  if (s === 0 && rest.length === 2 && rest[0].key.length === 2) keys.add(rest[0].key);
  return [...keys];
}
