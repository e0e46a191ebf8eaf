// The words around person names in Persian news: first names and famous surnames (from the
// lexicon), titles, the words that end a surname, heads of organizations and places, outlets and
// nationalities. names.ts reads names with them.
import { matchKey } from './normalize';
import NAME_LEXICON from './lexicons/names-fa.json';
import STOPWORD_LIST from './lexicons/stopwords-fa.json';
import SURNAME_LEXICON from './lexicons/surnames-fa.json';

// Compound given names are written as one word, with or without ZWNJ («علی‌اکبر», «محمدجواد», «سیدعباس»,
// «امیرحسین»): one of these common first parts and a listed name.
// «حاج‌علی», «حاجی‌رضا»: the pilgrim's title glued on (speaker-people.ts shows the name without it).
const COMPOUND_FIRST_PARTS = ['محمد', 'علی', 'امیر', 'حسین', 'رضا', 'مهدی', 'غلام', 'سید', 'میر', 'حاج', 'حاجی'];
// «فاطمه‌سادات», «مریم‌السادات», «فاطمه‌بیگم»: a listed name and the ending of a sayyida's or lady's name;
// «نصیراحمد», «نورمحمد»: Afghan compounds.
const COMPOUND_LAST_PARTS = ['سادات', 'السادات', 'بیگم', 'احمد', 'محمد'];

const NOT_ALLAH_NAMES = new Set(['آیتالله', 'ایتالله', 'انشاالله', 'ماشاالله', 'بسمالله', 'حزبالله', 'جندالله', 'ثارالله', 'الحمدالله', 'سبحانالله', 'حجتالله', 'بقیهالله', 'بقیتالله']);

/** First names by matchKey; a compound of a common first part and a listed name counts too. */
class FirstNames extends Set<string> {
  override has(key: string): boolean {
    if (super.has(key)) return true;
    // «رحمت‌الله», «ذبیح‌الله», «شفیع‌الله»: a name in «ـالله», unless a title, a party or a phrase.
    if (key.length >= 6 && key.endsWith('الله') && !NOT_ALLAH_NAMES.has(key)) return true;
    // «محمدخانی», «علی‌آبادی» are surnames, not «محمد» + «خانی».
    if (SURNAMES.has(key)) return false;
    for (const part of COMPOUND_FIRST_PARTS) {
      if (key.length - part.length >= 2 && key.startsWith(part) && super.has(key.slice(part.length))) return true;
    }
    for (const part of COMPOUND_LAST_PARTS) {
      if (key.length - part.length >= 2 && key.endsWith(part) && super.has(key.slice(0, -part.length))) return true;
    }
    return false;
  }
}

export const FIRST_NAMES: Set<string> = new FirstNames(NAME_LEXICON.first.split(' '));
// Given names that are everyday words too («فرشته», «امید»): read as names only before a known surname.
export const WORD_FIRST_NAMES = new Set(NAME_LEXICON.wordFirst.split(' '));
// People news refers to by surname alone («نتانیاهو ادعا کرد»): a curated list, not guessed.
export const FAMOUS = new Set(NAME_LEXICON.famous.split(' '));
// Iranian surnames from the lexicon: a lone one before a reporting verb is a person even with an object after it.
export const SURNAMES = new Set(SURNAME_LEXICON.surnames.split(' ').map(matchKey));
// «رفسنجانی» = «رفسنجان» + «ی»: a surname made from a city name.
const CITIES = new Set(NAME_LEXICON.cities.split(' '));
export const isCitySurname = (key: string) => key.endsWith('ی') && CITIES.has(key.slice(0, -1));
export const isCity = (key: string) => CITIES.has(key);
export const STOPWORDS = new Set((STOPWORD_LIST as string[]).map(matchKey));

// Titles and honorifics that stand before a name but are not part of it.
export const TITLES = new Set(
  [
    'آقای', 'آقا', 'خانم', 'دکتر', 'مهندس', 'استاد', 'پروفسور', 'سردار', 'سرلشکر', 'سرتیپ', 'سرهنگ',
    'سرگرد', 'سروان', 'دریادار', 'امیر', 'سرتیپ دوم', 'سرتیپ پاسدار', 'سرلشکر پاسدار', 'سردار پاسدار', 'سرهنگ پاسدار', 'سرگرد پاسدار', 'سروان پاسدار', 'سرهنگ دوم', 'سرتیپ دوم پاسدار', 'دریادار دوم', 'دریادار یکم', 'ناخدا', 'ناخدا یکم', 'ناخدا دوم', 'حجت الاسلام',
    'حجت الاسلام والمسلمین', 'حجت الاسلام و المسلمین', 'حجه الاسلام', 'آیت الله', 'آیت اله', 'آیه الله',
    'آیت الله العظمی', 'شیخ', 'ملا', 'حاج', 'حاجی', 'حاج آقا', 'حاجیه', 'حاجیه خانم', 'بانو', 'جناب', 'حضرت', 'علامه', 'ژنرال', 'دریاسالار', 'مارشال', 'مرحوم', 'شادروان', 'شاهزاده', 'مولوی',
    // Dari: «داکتر» (doctor), «انجنیر» (engineer).
    'داکتر', 'انجنیر',
  ].map(matchKey),
);
// Titles that are surnames too («حسین کربلایی»): a title only right before a given name («کربلایی جعفر عباسی»).
export const GIVEN_NAME_TITLES = new Set(['کربلایی', 'مشهدی'].map(matchKey));
export const NAME_PREFIXES = new Set(['سید', 'سیده', 'میر', 'میرزا'].map(matchKey));

// Words that end a surname: time expressions that often follow the subject («عصر جمعه»)
// and attribution words.
export const NAME_STOPPERS = new Set(
  [
    'عصر', 'صبح', 'ظهر', 'شب', 'امروز', 'دیروز', 'روز', 'روزی', 'شبی', 'پیشتر', 'قبلا', 'سابقا', 'اخیرا', 'اما', 'ولی', 'اگرچه', 'اگر', 'هرچند', 'زیرا', 'دوران', 'بامداد', 'شامگاه', 'پیش', 'پس', 'هم', 'نیز',
    'همچنین', 'شنبه', 'یکشنبه', 'دوشنبه', 'سه شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'در', 'با', 'از', 'به',
    'بر', 'که', 'را', 'و', 'ضمن', 'طی', 'هنگام', 'درباره', 'دربارهی', 'پیرامون', 'ایران', 'گفت', 'افزود', 'نوشت',
    'اظهار', 'تصریح', 'تاکید', 'اعلام', 'خبر', 'بیان', 'معتقد', 'میگوید', 'گفته', 'اشاره', 'یادآور',
    'خاطرنشان', 'عنوان', 'توضیح', 'ادامه', 'وزارت', 'سازمان', 'شرکت', 'گروه', 'اداره', 'دانشگاه',
    'استان', 'شهرستان', 'استانداری', 'شهرداری', 'مجلس', 'دولت', 'کشور', 'جمهوری', 'دفتر', 'مرکز', 'جشنواره',
  ].map(matchKey),
);

// Heads of organization and place names, and geographic adjectives: «خبرگزاری رویترز»، «ایران خودرو»،
// «کره جنوبی» have a person's shape («X Y، apposition، گفت») but never speak as one.
export const NOT_PERSON_WORDS = new Set(
  [
    'خبرگزاری', 'روزنامه', 'نشریه', 'هفته نامه', 'ماهنامه', 'پایگاه', 'شبکه', 'رسانه', 'تلویزیون', 'رادیو', 'بانک',
    'بنیاد', 'انجمن', 'حزب', 'جمعیت', 'کمیته', 'ستاد', 'نیروی', 'نیروهای', 'ارتش', 'سپاه', 'پلیس', 'دادگاه', 'دیوان',
    'موسسه', 'مؤسسه', 'کانون', 'اتحادیه', 'فدراسیون', 'باشگاه', 'تیم', 'هیئت', 'هیات', 'شورا', 'شورای', 'مجمع',
    'اتاق', 'کارخانه', 'صندوق', 'بورس', 'شهر', 'روستا', 'نهاد', 'کنگره', 'پارلمان', 'کاخ', 'دانشکده', 'پژوهشگاه',
    'بیمارستان', 'کلینیک', 'مدرسه', 'فرودگاه', 'بندر', 'ارکستر', 'خودرو', 'گروه', 'جبهه', 'ائتلاف', 'اتحاد',
    'جنبش', 'مرکز', 'سازمان', 'وزارت', 'وزارتخانه', 'کمپانی', 'هلدینگ', 'دفتر', 'اداره', 'کمیسیون', 'ناتو',
    'جنوبی', 'شمالی', 'شرقی', 'غربی', 'مرکزی', 'متحده', 'سعودی', 'عربی', 'اسلامی', 'ملی', 'ملل', 'بین المللی',
    'آمریکا', 'روسیه', 'چین', 'اروپا', 'انگلیس', 'فرانسه', 'آلمان', 'ترکیه', 'عراق', 'سوریه', 'لبنان', 'اسرائیل',
    'کره', 'ژاپن', 'هند', 'پاکستان', 'افغانستان', 'عربستان', 'امارات', 'قطر', 'مصر', 'اوکراین', 'بریتانیا',
    // News outlets, the subject of «نوشت» and «گزارش داد» as often as any person.
    'مهر', 'ایسنا', 'ایرنا', 'تسنیم', 'فارس', 'ایلنا', 'ایبنا', 'برنا', 'رویترز', 'گاردین', 'نیویورک تایمز', 'نیویورکتایمز',
    'واشنگتن پست', 'واشنگتنپست', 'بلومبرگ', 'اکسیوس', 'آکسیوس', 'پولیتیکو', 'اکونومیست', 'الجزیره', 'العربیه', 'اسپوتنیک',
    'آناتولی', 'هاآرتص', 'تایمز', 'سی ان ان', 'بی بی سی', 'آسوشیتدپرس', 'شینهوا', 'یورونیوز', 'کیهان', 'اطلاعات',
    'المیادین', 'المنار', 'الحدث', 'العالم', 'المسیره', 'الاخبار',
  ].map(matchKey),
);
// Adverbs that stand where a subject would: «… که بعداً تکذیب کرد», «رئیس‌جمهور درعین‌حال …».
export const ADVERBS = new Set(
  ('بعدا قبلا اخیرا مجددا شخصا رسما صرفا کاملا دقیقا اصلا ضمنا عمدتا تقریبا فورا لزوما ظاهرا واقعا نهایتا اساسا ' +
    'اتفاقا حتما مستقیما هرگز همواره همیشه هنوز درعین‌حال درحالیکه درحالی‌که سپس آنگاه خطاب به‌وضوح ناگهان بلافاصله سرانجام').split(' ').map(matchKey),
);

// Countries, regions and Iran's provincial capitals as Persian news writes them: the complement of
// «نخست‌وزیر اسپانیا» or a dateline («ساری ـ …»), never a surname.
export const PLACES = new Set(
  ('افغانستان آلبانی الجزایر آندورا آنگولا آرژانتین ارمنستان استرالیا اتریش آذربایجان باهاما بحرین بنگلادش باربادوس ' +
    'بلاروس بلژیک بلیز بنین بوتان بولیوی بوسنی بوتسوانا برزیل برونئی بلغارستان بورکینافاسو بوروندی کامبوج کامرون ' +
    'کانادا چاد شیلی چین کلمبیا کومور کنگو کاستاریکا کرواسی کوبا قبرس چک دانمارک جیبوتی دومینیکن اکوادور مصر ' +
    'السالوادور اریتره استونی اتیوپی فیجی فنلاند فرانسه گابن گامبیا گرجستان آلمان غنا یونان گواتمالا گینه گویان ' +
    'هائیتی هندوراس مجارستان ایسلند هند اندونزی عراق ایرلند اسرائیل ایتالیا جامائیکا ژاپن اردن قزاقستان کنیا کویت ' +
    'قرقیزستان لائوس لتونی لبنان لسوتو لیبریا لیبی لیختن‌اشتاین لیتوانی لوکزامبورگ ماداگاسکار مالاوی مالزی مالدیو مالی ' +
    'مالت موریتانی موریس مکزیک مولداوی موناکو مغولستان مونته‌نگرو مراکش موزامبیک میانمار نامیبیا نپال هلند نیوزیلند ' +
    'نیکاراگوئه نیجر نیجریه نروژ عمان پاکستان فلسطین پاناما پاراگوئه پرو فیلیپین لهستان پرتغال قطر رومانی روسیه ' +
    'رواندا عربستان سنگال صربستان سیرالئون سنگاپور اسلواکی اسلوونی سومالی اسپانیا سریلانکا سودان سورینام سوئد سوئیس ' +
    'سوریه تایوان تاجیکستان تانزانیا تایلند توگو تونس ترکیه ترکمنستان اوگاندا اوکراین امارات انگلستان انگلیس بریتانیا ' +
    'آمریکا اروگوئه ازبکستان ونزوئلا ویتنام یمن زامبیا زیمبابوه کره شوروی یوگسلاوی چچن کوزوو کشمیر اروپا آفریقا آسیا ' +
    'اسکاتلند ولز کاتالونیا کریمه داغستان تبت غزه ' +
    'تهران مشهد اصفهان کرج شیراز تبریز قم اهواز کرمانشاه ارومیه رشت زاهدان همدان کرمان یزد اردبیل بندرعباس اراک ' +
    'زنجان سنندج قزوین خرم‌آباد گرگان ساری بجنورد بیرجند ایلام بوشهر سمنان شهرکرد یاسوج').split(' ').map(matchKey),
);
// Foreign papers by their last word, written as one token («واشنگتن‌تایمز», «برلینرمورگن‌پست»).
export const OUTLET_NAME_RE = /(?:تایمز|پست|ژورنال|نیوز|تریبون|هرالد|تلگراف|مونیتور|اکسپرس|گازت)$/;
export const PLURAL_RE = /(?:ها|های|هایی)$/;
export const CLAUSE_MARK_RE = /^[:؛;«»()]$/;
// Adverbs that open a parenthesis, not an apposition («، به‌ویژه گندم‌کاران،»).
export const NOT_APPOSITION = new Set(['به ویژه', 'بویژه', 'به خصوص', 'خصوصا', 'مخصوصا', 'یعنی', 'حتی', 'البته', 'معمولا', 'طبعا'].map(matchKey));

// Arabic-script letters only: not «،» «؛» «؟» (also in the U+06xx block) nor digits.
export const LETTERS_ONLY = /^[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff\u200c\u200b]+$/;

// Adjectives that follow a foreign name: nationalities in «-ایی/-وی/-یسی» and time words.
export const NAME_FOLLOWING_ADJECTIVE = /(?:ایی|ویی|سوی|لیسی|ییسی|^(?:سابق|پیشین|اسبق|کنونی|فعلی|جدید|ارشد))$/;

// Nationalities that follow a name («امانوئل مکرون فرانسوی رئیس جمهور»): never a second surname word,
// though Persian surnames share their endings («هاشمی طباطبایی»).
export const NATIONALITIES = new Set(
  ('آمریکایی فرانسوی انگلیسی بریتانیایی آلمانی روس روسی ایتالیایی اسپانیایی پرتغالی چینی ژاپنی کره ای ترک ' +
    'ترکیه ای عراقی سوری لبنانی اسرائیلی فلسطینی سعودی اماراتی قطری مصری اوکراینی کانادایی استرالیایی ' +
    'هندی پاکستانی افغان افغانستانی ایرلندی هلندی بلژیکی سوئدی سوئیسی نروژی دانمارکی لهستانی یونانی ' +
    'برزیلی آرژانتینی مکزیکی ارمنی آذربایجانی اتریشی مجارستانی').split(' ').map(matchKey),
);
