// Titles and positions: «معاون هماهنگی امور اقتصادی و توسعه مناطق وزارت کشور»، «استاندار خوزستان».
// A role starts with a head word (معاون، رئیس، مدیرعامل…) and runs until the sentence turns to
// circumstance («در دیدار با…»، «با اشاره به…»، «ضمن…») or to the verb.
import { matchKey } from './normalize';
import type { Token } from './names';

const ROLE_HEADS = new Set(
  [
    'وزیر', 'معاون', 'رئیس', 'رییس', 'مدیرعامل', 'مدیر', 'مدیرکل', 'سخنگو', 'نماینده', 'استاندار', 'فرماندار',
    'بخشدار', 'شهردار', 'دهیار', 'والی', 'ولسوال', 'دبیر', 'دبیرکل', 'فرمانده', 'عضو', 'کارشناس', 'سفیر', 'کاردار', 'رهبر',
    'دادستان', 'دادیار', 'قاضی', 'نایب', 'نائب', 'قائم مقام', 'قائممقام', 'مشاور', 'سرپرست', 'مسئول', 'مسوول',
    'امام جمعه', 'مربی', 'سرمربی', 'بازیکن', 'کاپیتان', 'وکیل', 'پژوهشگر', 'تحلیلگر', 'نویسنده', 'فعال',
    'تاجر', 'اقتصاددان', 'جامعه شناس', 'آسیب شناس', 'روانشناس', 'روانپزشک', 'پزشک', 'متخصص', 'فوق تخصص',
    'مقام', 'رئیسکل', 'رئیس کل', 'دبیرخانه', 'بنیانگذار', 'موسس', 'مجری', 'کارگردان', 'بازیگر',
    'خواننده', 'آهنگساز', 'شاعر', 'هنرمند', 'ورزشکار', 'قهرمان', 'نخست وزیر', 'صدراعظم', 'پادشاه',
    'ولیعهد', 'سناتور', 'نامزد', 'مدافع', 'هافبک', 'مهاجم', 'دروازه بان', 'رئیس جمهور', 'رئیسجمهور', 'رئیس جمهوری', 'رئیسجمهوری',
    'ریاست', 'معاونت', 'مشاوره', 'کمیسیون', 'اسقف', 'پاپ', 'شیخ الازهر', 'مفتی', 'خطیب', 'تولیت',
    'ناظر', 'جانشین', 'چشم پزشک', 'دندانپزشک', 'دامپزشک', 'کنسول', 'سرکنسول', 'رایزن', 'وابسته', 'بازرس',
    'مدرس', 'عضو هیئت علمی', 'استادیار', 'دانشیار', 'محقق', 'مورخ', 'منتقد', 'روزنامه نگار', 'خبرنگار',
    'مترجم', 'ناشر', 'مشاور', 'مفسر', 'دیپلمات', 'حقوقدان', 'مدیرعامل', 'سخنگوی', 'رئیس هیئت مدیره',
    'مدیر عامل', 'فرماندار ویژه', 'سرکرده', 'نائب رئیس', 'نایب رئیس', 'کارشناس ارشد',
    // Occupations an ordinary witness is introduced by («راننده پیکان که …، می‌گوید»); not those that
    // are common surnames too («رضا کشاورز»، «کارگر»، «معلم»).
    'راننده', 'دانشجو', 'دانش آموز', 'پرستار', 'فروشنده', 'مغازه دار', 'کاسب', 'رهگذر', 'خلبان', 'ملوان',
    'مخبر', 'گارد', 'فوروارد', 'سنتر', 'پاسور', 'لیبرو', 'وینگر', 'تهیه کننده', 'فیلمنامه نویس', 'فیلمبردار', 'طراح',
    'دانش آموخته', 'فارغ التحصیل', 'سخنران',
    // Counterparts and rivals, named after the person they are measured against («همتای ازبک او، …»).
    'همتا', 'رقیب', 'کمیسر', 'دارنده', 'هماهنگ کننده',
    // Trades and callings ordinary people are quoted by, none of them a common surname («صیاد», «کشاورز» are).
    'نخل دار', 'شالیکار', 'دامدار', 'گندمکار', 'نجاتگر', 'امدادگر', 'آتش نشان', 'ریش سفید', 'زائر', 'گردشگر',
    'جراح', 'معمار', 'مرمتگر', 'مرمت گر',
    'همکار', 'متهم', 'شاکی', 'سردبیر', 'متصدی', 'مدیرمسئول', 'ویراستار', 'دستیار', 'بیمار', 'ملی پوش', 'وزنه بردار', 'کشتی گیر', 'دونده', 'شناگر', 'رکابزن', 'تکواندوکار', 'جودوکار', 'بوکسور',
    'مخترع', 'فیلسوف', 'دانشمند', 'فیزیکدان', 'ریاضیدان', 'اخترشناس', 'ستاره شناس', 'باستان شناس', 'زمین شناس', 'زیست شناس', 'کشیش',
    // Kin stand as titles in memorial reports: «دختر شهید محرابی افزود».
    'فرزند', 'همسر', 'دختر', 'پسر', 'مادر', 'پدر', 'برادر', 'خواهر',
    // «استاد» is a title before a name («استاد شجریان») and a role after one («، استاد تغذیه …»).
    'استاد',
  ].map(matchKey),
);
// A kin word directly before a name describes the speaker by a relative («دختر شهید X» is X's
// daughter, not X).
const KIN_HEADS = new Set(['فرزند', 'همسر', 'دختر', 'پسر', 'مادر', 'پدر', 'برادر', 'خواهر', 'نوه', 'بیوه'].map(matchKey));
// «دبیرخانه», «کمیسیون»… are institutions, not people: listed to be refused.
// «فرماندهی انتظامی استان» is the police command, not «فرمانده» with its ezafe.
const NOT_PERSON_HEADS = new Set(['دبیرخانه', 'معاونت', 'مشاوره', 'کمیسیون', 'ریاست', 'فرماندهی'].map(matchKey));

// Words after which a role is over: circumstance, manner, time, object of the verb.
const ROLE_END_WORDS = new Set(
  ['با', 'ضمن', 'طی', 'پس', 'پیش', 'که', 'را', 'نیز', 'هم', 'همچنین', 'امروز', 'دیروز', 'روز', 'عصر', 'صبح',
    'ظهر', 'شب', 'بامداد', 'درباره', 'پیرامون', 'بر', 'از', 'به', 'برای', 'هنگام', 'ابتدا', 'اخیرا', 'بعد',
    'در مورد', 'درخصوص', 'خطاب', 'اما', 'شامگاه', 'دیشب', 'پیشتر', 'قبلا', 'سابقا',
    // An indefinite object: «… مدیرکل میراث فرهنگی استان گزارشی از … ارائه کرد».
    'گزارشی',
    // «… استانداری خراسان رضوی ساعاتی پس از حادثه گفت»: a stretch of time.
    'ساعاتی', 'دقایقی', 'لحظاتی', 'ساعت',
    // «… نماینده مردم نیشابور پشت تریبون قرار گرفت».
    'پشت',
    // A copula: «… معاون وزارت تعاون بود که گفت».
    'بود', 'است', 'بودند', 'هستند'].map(matchKey),
);
const TARH = matchKey('طرح');
const NOUN_PREPOSITION = new Map([['مبارزه', 'با'], ['حفاظت', 'از'], ['حمایت', 'از'], ['پیشگیری', 'از']].map(([n, p]) => [matchKey(n), matchKey(p)]));
/** Turns and ranks: «سومین سخنران وبینار، …», «… نخستین سخنران این نشست بود». */
export const ORDINALS = new Set(
  ['نخستین', 'اولین', 'دومین', 'سومین', 'چهارمین', 'پنجمین', 'ششمین', 'هفتمین', 'هشتمین', 'نهمین', 'دهمین', 'آخرین', 'واپسین'].map(matchKey),
);
// «در X» ends the role when X is an event or a medium; «در مجلس», «در ایران» belong to it.
const EVENT_AFTER_DAR = new Set(
  ['دیدار', 'نشست', 'نشستی', 'جلسه', 'جلسهای', 'حاشیه', 'گفتوگو', 'گفتگو', 'گفت', 'آیین', 'مراسم', 'همایش',
    'سفر', 'بازدید', 'جمع', 'خطبه', 'خطبههای', 'خطبههای', 'رشته', 'صفحه', 'پاسخ', 'این', 'ادامه', 'پایان',
    'خصوص', 'بخش', 'حالی', 'حالیکه', 'گردهمایی', 'نامه', 'نامهای', 'یادداشت', 'یادداشتی', 'پیامی', 'پیام',
    'کنفرانس', 'اجلاس', 'سخنرانی', 'تماس', 'مصاحبه', 'حضور', 'جریان', 'آستانه', 'آغاز', 'افتتاح', 'اختتامیه',
    'برنامه', 'مورد', 'گزارشی', 'توییتی', 'پیامی', 'جلسات', 'مراسمی', 'همین', 'شورای', 'ستاد', 'کارگروه',
    'رزمایش', 'جشنواره', 'نمایشگاه', 'تشریح', 'ارتباط', 'واکنش', 'روزهای', 'روز', 'سالروز', 'دومین', 'نخستین',
    'اولین', 'موضوع', 'سخنان', 'سخنانی', 'کانال', 'حساب', 'پست', 'پستی', 'توییت', 'توئیت', 'اظهاراتی', 'اظهارات', 'شهر', 'تذکر', 'نطق', 'یک',
    'دفاع', 'انتقاد', 'حمایت', 'ابتدای', 'ابتدا', 'ارائه', 'جایگاه', 'خلال', 'میانه'].map(matchKey),
);
// «وزیر کشور» is how one refers to the holder of «… وزارت کشور».
const CONTENT_FOLD: Record<string, string> = { [matchKey('وزیر')]: matchKey('وزارت') };
// «وزیر صمت» is the «وزیر صنعت، معدن و تجارت»: a ministry's acronym stands for its words.
const ACRONYMS: Record<string, string[]> = { [matchKey('صمت')]: ['صنعت', 'معدن', 'تجارت'].map(matchKey) };
const ROLE_FILLER = new Set(['و', 'این', 'یک', 'همین', 'آن', 'در', 'از', 'به', 'مردم', 'کل'].map(matchKey));

// The ezafe is written «ی» only after a vowel («سخنگوی», «نماینده‌ی»); after a consonant a final
// «ی» makes another word: «رئیسی», «وزیری», «مدیری» are surnames.
const EZAFE_AFTER = /[واهی]$/;

/** A word (or its ezafe form «سخنگوی») that opens a person's role. */
export function isRoleHead(key: string): boolean {
  if (ROLE_HEADS.has(key) && !NOT_PERSON_HEADS.has(key)) return true;
  const base = key.slice(0, -1);
  return key.endsWith('ی') && EZAFE_AFTER.test(base) && ROLE_HEADS.has(base) && !NOT_PERSON_HEADS.has(base) && !NOT_PERSON_HEADS.has(key);
}

/** «دختر», «همسر»…: a role that names its holder by a relative. */
export function isKinHead(key: string): boolean {
  return KIN_HEADS.has(key);
}

/** Length of a role head at i, one or two words («امام جمعه», «آسیب‌ شناس»); 0 if none. */
export function roleHeadLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  const next = tokens[i + 1];
  if (next && isRoleHead(t.key + next.key)) return 2;
  return isRoleHead(t.key) ? 1 : 0;
}

function isComma(t: Token | undefined): boolean {
  return !!t && (t.text === '،' || t.text === ',');
}

// Offices one holds without a complement, so a word right after them is the holder's name
// («رئیس‌جمهور خاتمی», «نخست‌وزیر باراک»), unlike «وزیر کشور» or «سرمربی پرسپولیس».
const COMPLETE_HEADS = new Set(
  ['رئیس جمهور', 'رئیس جمهوری', 'رئیسجمهور', 'رئیسجمهوری', 'نخست وزیر', 'نخستوزیر', 'صدراعظم', 'پادشاه', 'ملکه', 'ولیعهد', 'پاپ', 'سناتور', 'صدر اعظم']
    .map((w) => w.split(' ').map(matchKey).join('')),
);

/** The length of a complete office at i (see COMPLETE_HEADS), or 0. */
export function completeHeadLength(tokens: Token[], i: number): number {
  const n = roleHeadLength(tokens, i);
  const key = tokens.slice(i, i + n).map((t) => t.key).join('');
  return n && COMPLETE_HEADS.has(key) ? n : 0;
}

/** Whether tokens[i] ends a role that is being read. */
function endsRole(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.text === ':' || t.text === '؛' || t.text === '«' || t.text === '»' || t.text === '.') return true;
  if (ROLE_END_WORDS.has(t.key)) return true;
  return opensEvent(tokens, i);
}

/** «در مصاحبه …», «در دیدار …»: at i the sentence turns from who someone is to where they spoke. */
// «در طرح نخستین سؤال», «در طرح این موضوع»: raising a question, not a plan in the role («مجری طرح …»).
const RAISED_AFTER_TARH = new Set(['سؤال', 'سوال', 'این', 'موضوع', 'پرسش', 'مطالبات'].map(matchKey));

export function opensEvent(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.key ?? '';
  if (tokens[i]?.key === 'در' && next === TARH && (RAISED_AFTER_TARH.has(tokens[i + 2]?.key ?? '') || ORDINALS.has(tokens[i + 2]?.key ?? ''))) return true;
  // Indefinite forms too: «در مصاحبه‌ای», «در دیداری».
  return tokens[i]?.key === 'در' && (EVENT_AFTER_DAR.has(next) || EVENT_AFTER_DAR.has(next.replace(/(?:یی|ای|ی)$/, '')));
}

/**
 * A comma inside a role continues it when it separates a short list («برنامه، بودجه و تنظیم مقررات»,
 * «سمنان، مهدیشهر و سرخه»): the next stretch is short and has «و» in it.
 */
const WORD_RE = /^[\p{L}\u200c]+$/u;

function commaContinuesRole(tokens: Token[], i: number, limit: number): boolean {
  let words = 0;
  let item = 0;
  let hasAnd = false;
  let depth = 0;
  for (let j = i + 1; j < limit && words <= 8; j++) {
    const t = tokens[j];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')') continue;
    // «نماینده مردم زابل، زهک، هیرمند، نیمروز و هامون»: a list of places, one or two words an item, up to «و».
    if (isComma(t) && !hasAnd && item > 0 && item <= 2 && tokens.slice(j - item, j).every((u) => WORD_RE.test(u.text))) {
      item = 0;
      continue;
    }
    if (isComma(t) || endsRole(tokens, j)) break;
    if (words === 0 && roleHeadLength(tokens, j)) return false;
    // «X، رئیس کمیسیون …، و بردیا رستگارنیا، …»: «، و» opens the next person or clause, not the list's last item.
    if (words === 0 && t.key === 'و') return false;
    if (t.key === 'و') hasAnd = true;
    words++;
    item++;
  }
  return hasAnd && words <= 8;
}

/**
 * The end (exclusive token index) of a role starting at a head word at i, read up to `limit`.
 * `stopAt(j)` lets the caller end it where a name begins («سخنگوی وزارت امور خارجه، ناصر کنعانی»).
 */
export function roleEnd(tokens: Token[], i: number, limit: number, stopAt: (j: number) => boolean): number {
  let j = i + Math.max(1, roleHeadLength(tokens, i));
  let depth = 0;
  for (; j < limit; j++) {
    const t = tokens[j];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')') continue;
    // «تهیه‌کننده فیلم «باد شمال»»: a work's title in guillemets belongs to the role.
    const close = t.text === '«' && (WORK_NOUNS.has(tokens[j - 1]?.key ?? '') || CRAFTS.has(tokens[j - 1]?.key ?? '')) ? tokens.findIndex((u, k) => k > j && k <= j + 7 && u.text === '»') : -1;
    if (close > 0 && close < limit) {
      j = close;
      continue;
    }
    if (isComma(t)) {
      if (commaContinuesRole(tokens, j, limit)) continue;
      break;
    }
    if (stopAt(j)) break;
    // «رئیس باشگاه آتالانتا هر گونه شبهه … را رد کرد»: a quantifier opens the object.
    if (QUANTIFIERS.has(t.key)) break;
    // «وزیر جنگ رژیم صهیونیستی طرح حمله به شهر غزه را … تصویب کرد»: a plan or bill after a full role
    // opens the verb's object when «را» follows it.
    if (OBJECT_HEADS.has(t.key) && j - i >= (TOPIC_HEADS.has(t.key) ? 2 : 3) && hasObjectMarker(tokens, j + 1, limit)) break;
    // «… نماینده مردم دالاهو ناطق بعدی بود»: the turn the holder took, not the role.
    if (TURN_NOUNS.has(t.key) && TURN_AFTER.has(tokens[j + 1]?.key ?? '')) break;
    if (t.key === OTHER && TURN_NOUNS.has(tokens[j + 1]?.key ?? '')) break;
    // «رئیس … و یکی از اعضای هیئت مؤسس»: a second role as one of a group.
    if (t.key === 'از' && tokens[j - 1]?.key === 'یکی' && tokens[j - 2]?.key === 'و') continue;
    // «رئیس اداره نظارت بر مواد غذایی»: «بر» belongs to «نظارت».
    if (t.key === 'بر' && tokens[j - 1]?.key === 'نظارت') continue;
    // «رئیس پلیس مبارزه با مواد مخدر», «اتحادیه جهانی حفاظت از طبیعت»: the preposition belongs to the noun.
    if (NOUN_PREPOSITION.get(tokens[j - 1]?.key ?? '') === t.key) continue;
    if (endsRole(tokens, j) && !(WEAK_END_WORDS.has(t.key) && closesSoon(tokens, j, limit))) break;
    // «استاد هیدرولوژی دانشگاه تهران نخستین سخنران این نشست بود»: the turn the holder took, not the role.
    if (ORDINALS.has(t.key) && isRoleHead(tokens[j + 1]?.key ?? '')) break;
  }
  if (tokens[j]?.key === RA) j = dropObject(tokens, i, j);
  while (j > i + 1 && ROLE_FILLER.has(tokens[j - 1].key)) j--;
  return j;
}

const WORK_NOUNS = new Set(
  ['فیلم', 'سریال', 'کتاب', 'رمان', 'نمایش', 'مستند', 'برنامه', 'آلبوم', 'مجموعه', 'نشریه', 'روزنامه', 'مجله', 'پروژه', 'طرح', 'انیمیشن', 'تئاتر',
    'رزمایش', 'جشنواره', 'همایش', 'پویش', 'کمپین', 'نمایشگاه', 'عملیات']
    .map(matchKey),
);

// «کارگردان «آخرین قطار اهواز»»: those who make a work are named by it.
const CRAFTS = new Set(
  ['کارگردان', 'تهیه کننده', 'تهیهکننده', 'نویسنده', 'بازیگر', 'خواننده', 'آهنگساز', 'فیلمنامه نویس', 'فیلمنامهنویس', 'مترجم', 'ناشر', 'مجری', 'شاعر', 'طراح', 'فیلمبردار']
    .map(matchKey),
);

// «منتقله از ناقلین», «برنامه … منتقله از پشه آئدس»: a preposition inside a role set off by a
// comma or «هم»; otherwise «از»/«به» open the verb's complement («… از شناسایی … خبر داد»).
const WEAK_END_WORDS = new Set(['از', 'به', 'برای'].map(matchKey));
const ROLE_CLOSERS = new Set(['هم', 'نیز'].map(matchKey));
const RA = matchKey('را');
// A topic is never part of an office: «دیگر عضو شورا موضوع افت فشار گاز را پیش کشید».
const TOPIC_HEADS = new Set(['موضوع', 'آمار', 'مسئله', 'مساله'].map(matchKey));
const OBJECT_HEADS = new Set(['طرح', 'لایحه', 'پیشنهاد', 'درخواست', 'برنامه', 'قانون', 'سند', ...TOPIC_HEADS].map(matchKey));
const OTHER = matchKey('دیگر');
const TURN_NOUNS = new Set(['ناطق', 'سخنران'].map(matchKey));
const TURN_AFTER = new Set(['بعدی', 'پایانی', 'آخر', 'نخست', 'اول', 'دوم', 'سوم'].map(matchKey));

function hasObjectMarker(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < limit && k < from + 20; k++) if (tokens[k].key === RA) return true;
  return false;
}

const QUANTIFIERS = new Set(['هر', 'همه', 'تمام', 'تمامی', 'هیچ'].map(matchKey));
const DEMONSTRATIVES = new Set(['این', 'آن', 'همین', 'همان', 'اینها', 'آنها', 'هر'].map(matchKey));

function closesSoon(tokens: Token[], j: number, limit: number): boolean {
  for (let k = j + 1; k < limit && k <= j + 4; k++) {
    const t = tokens[k];
    if (k > j + 1 && (isComma(t) || ROLE_CLOSERS.has(t.key))) return true;
    if (!/^[\u0620-\u06ff\u200c]+$/.test(t.text) || endsRole(tokens, k)) return false;
  }
  return false;
}

/**
 * «عضو شورای عالی اصلاح‌طلبان این احتمال را …», «وزیر جنگ رژیم صهیونیستی طرح حمله را …»: the words
 * before «را» are the verb's object, not the role: cut at a demonstrative, else the last two words.
 */
function dropObject(tokens: Token[], i: number, j: number): number {
  for (let k = j - 1; k > i && k >= j - 4; k--) if (DEMONSTRATIVES.has(tokens[k].key)) return k;
  const words = j - i;
  return words >= 5 ? j - 2 : words >= 3 ? j - 1 : j;
}

/** Content words of a role, for matching «معاون وزیر کشور» to «معاون … وزارت کشور». */
export function roleWords(roleTokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of roleTokens) {
    if (!/[\u0600-\u06ff]/.test(t.text) || ROLE_FILLER.has(t.key)) continue;
    const expanded = ACRONYMS[t.key];
    if (expanded) out.push(...expanded);
    else out.push(CONTENT_FOLD[t.key] ?? t.key.replace(/ی$/, ''));
  }
  return out;
}
