// Words that decide what a number in Persian news is: a unit after it, a marker before it,
// or a word that shows it is no count at all. All entries are in foldForMatch form
// (ی, ک, Latin digits); sets drop ZWNJ so «سانتی‌متر» and «سانتیمتر» look up alike.
import type { FigureKind } from './types';
import { unifyLetters } from './normalize';

const words = (list: string): Set<string> =>
  new Set(unifyLetters(list.replace(/\u200c/g, '')).split(/\s+/).filter(Boolean));

/** Currencies; «همت» (هزار میلیارد تومان) carries its own scale. Adjectival «-ی» allowed. */
export const MONEY_UNITS = words(`
  ریال تومان دلار یورو درهم پوند یوان لیر لیره روبل دینار ین فرانک روپیه همت بیت‌کوین
  افغانی دالر کلدار پزو منات تنگه درام رئال وون
`);

/** Multipliers a money unit carries in itself. */
export const UNIT_SCALE: Record<string, number> = { همت: 1e12 };

export const PERCENT_UNITS = words('درصد %');

/** Physical measures. Two-word units («متر مربع») are tried before one-word ones. */
export const MEASURE_UNITS = words(`
  تن تنی کیلوگرم کیلو گرم میلیگرم میلیگرمی گرمی مثقال اونس قیراط میکروگرم نانوگرم کیلوگرام گرام سیر خروار
  متر متری کیلومتر کیلومتری سانتیمتر سانتی‌متر میلیمتر میلی‌متر هکتار هکتاری جریب کیلومترمربع
  مترمربع مترمکعب لیتر لیتری میلی‌لیتر سی‌سی بشکه گالن
  وات کیلووات مگاوات گیگاوات مگاواتی کیلوولت ولت آمپر مگابایت گیگابایت ترابایت
  درجه عیار ریشتر کالری کیلوکالری دسی‌بل نات گره مایل فوت اینچ
  پاسکال کیلوپاسکال مگاپاسکال گیگاپاسکال اتمسفر هرتز کیلوهرتز مگاهرتز گیگاهرتز نانومتر میکرون میکرومتر کیلوبایت
`);
export const MEASURE_PAIRS = words(`
  متر_مربع متر_مکعب کیلومتر_مربع کیلووات_ساعت مگاوات_ساعت گیگاوات_ساعت درجه_سانتیگراد
  درجه_سلسیوس کیلومتر_بر میکروگرم_بر میلیگرم_بر
`);

/** Spans of time: «۳ سال», «پنج‌ماهه», «۵ روزه». */
export const DURATION_UNITS = words(`
  سال ساله سالگی ماه ماهه روز روزه هفته هفته‌ای ساعت ساعته دقیقه دقیقه‌ای ثانیه دهه قرن سده
  شب شبانه‌روز سالیانه
`);

export const MONTHS = words(`
  فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند
  فروردینماه اردیبهشتماه خردادماه تیرماه مردادماه شهریورماه مهرماه آبانماه آذرماه دیماه بهمنماه اسفندماه
  ژانویه فوریه مارس آوریل مه می ژوئن ژوئیه جولای اوت آگوست سپتامبر اکتبر نوامبر دسامبر
  محرم صفر ربیع جمادی ربیع‌الاول ربیع‌الثانی جمادی‌الاول جمادی‌الثانی رجب شعبان رمضان شوال ذی‌القعده ذی‌الحجه
`);

/** After a number these make it a year: «۱۴۰۴ ه.ش», «۲۰۲۴ میلادی». */
export const YEAR_MARKERS_AFTER = words('میلادی شمسی هجری خورشیدی قمری ه');

/** Before a number these make it a date: «سال ۱۳۹۸», «دهه ۶۰», «فصل ۲۰۲۳-۲۴». */
export const DATE_MARKERS_BEFORE = words(`
  سال سالهای سال‌های دهه دهه‌های فصل تاریخ مورخ مورخه متولد سنی انتخابات
`);

/** Before a number these make it a rank: «رتبه ۱۳», «مقام ۲». */
export const RANK_MARKERS_BEFORE = words('رتبه رتبه‌ی جایگاه مقام');

/** Before a number these name an event or a class, even with a measure: «ماده ۲۰۰ متر», «وزن ۶۰ کیلوگرم». */
export const EVENT_MARKERS_BEFORE = words('ماده ماده‌های مواد وزن اوزان دسته رده');

/** Before a number these make it a place or a sitting, not a quantity: «کیلومتر ۳۸ جاده», «جلسه ۳۹۸ کمیسیون», «منطقه ۱۵ تهران». */
export const POSITION_MARKERS_BEFORE = words('کیلومتر جلسه نشست اجلاس دوره منطقه ناحیه');

/** Before a number these make it a label, not a quantity: codes, phones, articles of law. */
export const LABEL_MARKERS_BEFORE = words(`
  شماره کد کدخبر تلفن تماس فکس پلاک اورژانس سامانه خط ماده بند تبصره اصل سوره آیه قطعنامه
  پرواز اتاق واحد طبقه کوچه خیابان بلوار نسخه ورژن مدل پیامک صندوق ردیف جدول شکل نمودار
  شبکه کانال خبری
`);

/** Model names end in a number: «پژو ۲۰۶», «سی بی ۴۰۰», «ال ۹۰», «کووید ۱۹» (Latin letters spelt out). */
export const MODEL_MARKERS_BEFORE = words(`
  بی سی اف جی اچ کی ال ام ان پی کیو آر اس تی ایکس اکس زد
  پژو پراید تیبا سمند دنا رانا ساینا کوییک ایرباس بوئینگ توپولوف فوکر ایلیوشین آنتونوف میگ سوخو
  آیفون گلکسی ویندوز پلی‌استیشن کووید
`);

/** Words after a number that make it an idiom or a vague amount: «قوای سه گانه», «صدها». */
export const IDIOM_AFTER = words('گانه گانه‌ی گانه‌ای ها های هایی تایی جانبه قلو چندان');

/** After a score these name the loser or winner: «۳۶٫۸۰ به ۳۷٫۲۰ مغلوب ژاپن شد». */
export const SCORE_AFTER = words('مغلوب غالب');

/** Words after a number that are not counted nouns: prepositions, conjunctions, verbs. */
export const NOT_A_NOUN = words(`
  و یا از به با در بر برای تا الی بین که را اما ولی هم نیز چون اگر تا
  این آن همین همان دیگر هر چند یک
  است بود شد شده شود شوند کرد کرده کند کنند داشت دارد دارند داشته رسید رسیده رسد رسیدند
  باشد باشند بوده بودند هست هستند نیست نبود گفت افزود
  بیش بیشتر کمتر کم زیاد حدود حداقل حداکثر تقریبا ی مبنی فقط تنها هنوز همچنین اکنون
  نیز دیگری باهم
  برگزار منتشر اعلام تبدیل صرف بدهکار طلبکار هزینه خرج پرداخت دریافت واریز اضافه افزوده کسر
  خواهد خواهند نمی‌شود می‌شود می‌کند می‌کنند شدند کردند نمود نمودند گردید گردیدند
  داد دادند گرفت گرفتند زد زدند یافت یافتند ماند ماندند آمد آمدند
`);

/** Nouns counted by the million: after «میلیون»/«میلیارد» they stay the unit even beside a currency. */
export const MILLION_COUNTABLE = words(`
  نفر تن بشکه دوز مسافر کاربر بیننده مخاطب رأی رای برگ جلد نسخه خانوار مشترک دستگاه قطعه
  سال کیلومتر متر لیتر مترمکعب کیلووات تماس بازدید دانلود عدد واحد مورد سکه نفری ساله
  کودک دانش‌آموز زن مرد جمعیت بیمار شهروند سهم اوراق بسته اصله نهال راس رأس قلم
  گردشگر زائر بازدیدکننده تماشاگر عضو کارگر شاغل بیکار مهاجر پناهجو آواره خودرو سیم‌کارت
  تلفن مسکن بیمه‌شده دانشجو مشتری خریدار جوجه قطعه‌ای بطری ویال
`);

/** Measure words for counts («۵ نفر», «۲ دستگاه»): a year-like number before them is still a count. */
export const CLASSIFIERS = words(`
  نفر مورد واحد دستگاه عدد فقره باب رأس راس قطعه جلد نسخه حلقه اصله دست تخته فروند نفری
`);

/** Money, percent, measure, duration or date: the kind a unit word gives its number. */
// The solar months as Afghanistan names them: «۱۵ سرطان ۱۴۰۵». Only after a day number (never before
// one: «به میزان ۲۰ درصد»).
const AFGHAN_MONTHS = words('حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت');
// «۸ صبح», «۱۰ بامداد»: a clock time.
const DAYTIME = words('صبح بامداد ظهر عصر');

export function kindOfUnit(unit: string): FigureKind | null {
  const bare = unit.replace(/\u200c/g, '');
  if (AFGHAN_MONTHS.has(bare)) return 'date';
  if (DAYTIME.has(bare)) return 'time';
  if (PERCENT_UNITS.has(bare) || bare === 'درصدی') return 'percent';
  // Adjectival forms: «تومانی», «سانتی‌متری», «کیلویی».
  const noun = bare.replace(/یی?$/, '');
  if (MONEY_UNITS.has(bare) || MONEY_UNITS.has(noun)) return 'money';
  if (MEASURE_UNITS.has(bare) || MEASURE_UNITS.has(noun)) return 'measure';
  if (DURATION_UNITS.has(bare)) return 'duration';
  if (MONTHS.has(bare)) return 'date';
  return null;
}
