import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFigures } from '../../utils/figures';
import { splitSentences } from '../../utils/sentences';
import { KEY_FIGURE_KINDS } from '../../utils/types';

const figuresOf = (text: string) => extractFigures(splitSentences(text));
const one = (text: string) => {
  const figures = figuresOf(text);
  expect(figures).toHaveLength(1);
  return figures[0];
};

describe('extractFigures: value, unit, kind and text as written', () => {
  it.each([
    ['اجرای ۶۳۹ پروژه را هدف گذاری کرده ایم.', 639, 'پروژه', 'count', '۶۳۹ پروژه'],
    ['عرضه سه محصول جدید', 3, 'محصول', 'count', 'سه محصول'],
    // «هر سال» is a frequency, not a year; the ezafe «ی» after a vowel is not the noun's, «تساوی» keeps its own.
    ['دانشگاه هر سال ۱۵ دانشجوی ایرانی می‌پذیرد.', 15, 'دانشجو', 'count', '۱۵ دانشجوی'],
    ['تیم ما ۳ تساوی داشت.', 3, 'تساوی', 'count', '۳ تساوی'],
    ['پاداش ۸۵ میلیون تومان بود.', 85e6, 'تومان', 'money', '۸۵ میلیون تومان'],
    ['دریافتی ۹۷ میلیون تومانی', 97e6, 'تومانی', 'money', '۹۷ میلیون تومانی'],
    ['فروش به ۱۸ هزار و ۹۱۴ میلیارد ریال رسید.', 18_914e9, 'ریال', 'money', '۱۸ هزار و ۹۱۴ میلیارد ریال'],
    ['فروش به ۱۸ هزار و ۹۱۴ میلیاردریال رسید.', 18_914e9, 'ریال', 'money', '۱۸ هزار و ۹۱۴ میلیاردریال'],
    ['شهرداری ۳ همت اختصاص داد.', 3e12, 'همت', 'money', '۳ همت'],
    ['رشد ۳۲ درصد بود.', 32, 'درصد', 'percent', '۳۲ درصد'],
    ['رشد ٪۲۰ بود.', 20, 'درصد', 'percent', '٪۲۰'],
    ['رشد ۲۰٪ بود.', 20, 'درصد', 'percent', '۲۰٪'],
    ['تحقق ۱۰۳٫۹ درصدی برنامه', 103.9, 'درصد', 'percent', '۱۰۳٫۹ درصدی'],
    ['جاده‌ای به طول ۱۲۰ کیلومتر', 120, 'کیلومتر', 'measure', '۱۲۰ کیلومتر'],
    ['تولید به ۶۳ هزار و ۹۶۲ تن رسید.', 63_962, 'تن', 'measure', '۶۳ هزار و ۹۶۲ تن'],
    ['در ۳۶۵ کیلومتر مربع', 365, 'کیلومتر مربع', 'measure', '۳۶۵ کیلومتر مربع'],
    ['استحکام کششی این فیلم به ۲۸ مگاپاسکال رسید.', 28, 'مگاپاسکال', 'measure', '۲۸ مگاپاسکال'],
    ['نیروگاه ۱۰ مگاوات', 10, 'مگاوات', 'measure', '۱۰ مگاوات'],
    ['فاصله ۳۰ سانتی‌متری', 30, 'سانتی‌متری', 'measure', '۳۰ سانتی‌متری'],
    ['امباپه در ۶۰\u200cبازی گل زد.', 60, 'بازی', 'count', '۶۰\u200cبازی'],
    ['۵\u200cپاس\u200cگل داد.', 5, 'پاس\u200cگل', 'count', '۵\u200cپاس\u200cگل'],
    ['بیش از ۵۵ هزارگواهینامه صادر شد.', 55_000, 'گواهینامه', 'count', '۵۵ هزارگواهینامه'],
    ['۱۸ میلیون نفر حذف می‌شوند.', 18e6, 'نفر', 'count', '۱۸ میلیون نفر'],
    ['سه تن از متخصصان', 3, 'تن', 'count', 'سه تن'],
    ['دمای هوا به منفی ۵ درجه رسید', -5, 'درجه', 'measure', 'منفی ۵ درجه'],
    ['رشد اقتصادی -۲٫۵ درصد بود', -2.5, 'درصد', 'percent', '-۲٫۵ درصد'],
    ['تعداد به 9.500.000 نفر رسید.', 9_500_000, 'نفر', 'count', '9.500.000 نفر'],
    ['یک گروه ۸۰ نفره از اصلاح‌طلبان', 80, 'نفره', 'count', '۸۰ نفره'],
    ['امروز جمعه شهریورماه دو سانحه رانندگی رخ داد.', 2, 'سانحه', 'count', 'دو سانحه'],
    // «هر» before digits or a scale is a rate's denominator, not a pointer back.
    ['نرخ ابتلا به ازای هر ۱۰,۰۰۰ نفر اعلام شد.', 10_000, 'نفر', 'count', '۱۰,۰۰۰ نفر'],
    ['در هر صد هزار نفر ثبت شد.', 100_000, 'نفر', 'count', 'صد هزار نفر'],
    ['در این نشست ۱۲ سند همکاری امضا شد.', 12, 'سند', 'count', '۱۲ سند'],
    ['سقف تسهیلات آن ۶۵۰ میلیون تومان است.', 650e6, 'تومان', 'money', '۶۵۰ میلیون تومان'],
    ['غلظت ذرات به ۱۸۰۰ میکروگرم بر متر مکعب رسید.', 1800, 'میکروگرم بر متر مکعب', 'measure', '۱۸۰۰ میکروگرم بر متر مکعب'],
    ['سرعت باد به ۶۵ کیلومتر بر ساعت رسید.', 65, 'کیلومتر بر ساعت', 'measure', '۶۵ کیلومتر بر ساعت'],
    ['شکاف تورمی به ۶ واحد درصد رسید.', 6, 'درصد', 'percent', '۶ واحد درصد'],
    ['شاخص کل با افزایش ۴۸ هزار و ۳۰۰ واحدی رکورد تازه‌ای ثبت کرد.', 48300, 'واحد', 'measure', '۴۸ هزار و ۳۰۰ واحدی'],
    ['تعداد شاغلان بیمه‌پرداز صندوق ۸۹۰ هزار نفر است.', 890000, 'نفر', 'count', '۸۹۰ هزار نفر'],
    ['قیمت پسته حدود ۸ دلار و ۵۰ سنت برای هر کیلوگرم است.', 8.5, 'دلار', 'money', '۸ دلار و ۵۰ سنت'],
    ['پیشنهاد دو باشگاه عربستانی را رد کرد.', 2, 'باشگاه', 'count', 'دو باشگاه'],
    ['قیمت هر سیر آرد به ۹۰۰ افغانی رسید.', 900, 'افغانی', 'money', '۹۰۰ افغانی'],
    ['این پروژه ۱۲۰ میلیون دالر هزینه دارد.', 120e6, 'دالر', 'money', '۱۲۰ میلیون دالر'],
    ['امسال ۹۰ سیر گندم گرفتم.', 90, 'سیر', 'measure', '۹۰ سیر'],
    ['بدهی ۲۵ همتی بیمه‌ها', 25e12, 'همتی', 'money', '۲۵ همتی'],
    ['در جریان آن ۷ متهم دستگیر شدند.', 7, 'متهم', 'count', '۷ متهم'],
    ['پیش از این ۴۵ نماینده طرح را امضا کرده بودند.', 45, 'نماینده', 'count', '۴۵ نماینده'],
    ['تیم ملی ۴ نقره گرفت.', 4, 'مدال نقره', 'count', '۴ نقره'],
    ['به هر خانواده ۵۰ کیلوگرام آرد داده شد.', 50, 'کیلوگرام', 'measure', '۵۰ کیلوگرام'],
    ['تا پایان ماه سه تیم دیگر ثبت نام می‌کنند.', 3, 'تیم', 'count', 'سه تیم'],
  ])('%s', (text, value, unit, kind, written) => {
    expect(one(text)).toMatchObject({ value, unit, kind, text: written, sentence: text });
  });
});

describe('extractFigures: Afghan dates and glued clock times', () => {
  it('reads «۱۵ سرطان ۱۴۰۵» as a date and «۸صبح» as a time', () => {
    expect(figuresOf('هرات (پژواک، ۱۵ سرطان ۱۴۰۵): مسوولان گفتند.').map((f) => f.kind)).toEqual(['date', 'date']);
    expect(figuresOf('او به ۸صبح گفت.').map((f) => f.kind)).toEqual(['time']);
    expect(figuresOf('به میزان ۲۰ درصد افزایش یافت.').map((f) => f.kind)).toEqual(['percent']);
  });
});

describe('extractFigures: clock hours after «ساعات»', () => {
  it('reads both ends of the range as times', () => {
    expect(figuresOf('تصادفات در ساعات ۱۴ تا ۱۸ رخ داده است.').map((f) => f.kind)).toEqual(['time', 'time']);
  });
});

describe('extractFigures: other kinds', () => {
  it.each([
    ['در مردادماه ۱۴۰۴ گفت', 'date'],
    ['در سال ۱۳۹۸ آغاز شد', 'date'],
    ['روز ۱۲ مرداد', 'date'],
    ['حادثه ساعت ۱۰:۳۰ رخ داد', 'time'],
    ['در دقیقه ۹۰ گلزنی کرد', 'time'],
    ['طی ۳ سال گذشته', 'duration'],
    ['در پنج‌ماهه نخست', 'duration'],
    ['رتبه ۱۳ جهان', 'ordinal'],
    ['سومین دوره', 'ordinal'],
    ['در انتخابات ۹۴ با لیست', 'date'],
    ['به مناسبت هزار‌وپانصدمین سالگرد ولادت', 'ordinal'],
    ['در انتخابات ۹۴ شرکت کردند. آنان در انتخابات مجلس ۹۴ تصمیم گرفتند.', 'date'],
  ])('%s → %s', (text, kind) => {
    expect(figuresOf(text)[0]?.kind).toBe(kind);
  });
});

describe('extractFigures: not figures', () => {
  it.each([
    ['a milepost', 'لاشه در کیلومتر ۳۸ جاده پیدا شد.'],
    ['a sitting\'s number', 'بر اساس مصوبه جلسه ۳۹۸ کمیسیون، قیمت‌ها بالا رفت.'],
    ['a city district', 'این دبستان در منطقه ۱۵ تهران است.'],
    ['the story’s two countries again', 'حجم تجارت دو کشور رو به افزایش است.'],
    ['a group named again after «از این»', 'از این ۱۴ نفر چند نفر اعزام می‌شوند.'],
    ['the two sides between «بین»', 'اختلاف بین دو طرف باقی است.'],
  ])('%s is no figure', (_label, text) => {
    expect(figuresOf(text).filter((f) => f.kind !== 'duration')).toEqual([]);
  });

  it.each([
    ['هماهنگی قوای سه گانه در زمینه رونق تولید'],
    ['در یکی دو کشتی قضاوت‌ها به ضرر ما بود'],
    ['فردا در اوزان ۶۱، ۷۴، ۸۶ و ۱۲۵ کیلوگرم به میدان می‌روند'],
    ['هماهنگی قوای سه\u200cگانه'],
    ['یکی از دلایل'],
    ['یک شرکت دانش بنیان'],
    ['یک بار دیگر'],
    ['با یکدیگر همکاری کنند'],
    ['همه مردم و هیچ کس'],
    ['یک\u200cسری اقدامات'],
    ['کد خبر: ۱۲۳۴۵'],
    ['شماره ۰۹۱۲۱۲۳۴۵۶۷ تماس بگیرید'],
    ['فیلم ها به شماره 09131950078 ارسال گردد.'],
    ['عوامل اورژانس ۱۱۵ انتقال یافتند.'],
    ['محسن ده‌یوده اظهار کرد'],
    ['نه‌تنها افت نکرد'],
    ['با برتری ۳ بر یک به پایان رسید'],
    ['هواپیمای F-35 و دابلیو سی-۱۳۵ کانستنت'],
    ['هزاران نفر و میلیون‌ها تومان'],
    ['چون این دو باشگاه مخالف بودند'],
    ['حمایت و عدم‌حمایت، هر دو محتمل است.'],
    ['هر سه نفر در جلسه حاضر شدند.'],
    ['هر یک از اعضا رأی داد.'],
    ['مسابقه سال یک بار برگزار می‌شود'],
    ['یک دستگاه موتورسیکلت سی بی ۴۰۰ قاچاق توقیف شد'],
    ['خودروی پژو ۲۰۶ سفید و ال۹۰ مشکی'],
    ['به گزارش پایگاه خبری ۲۴ امارات'],
    ['کشورمان با امتیاز 36.80 به 37.20 مغلوب ژاپن شد'],
    ['قیمت نیم سکه ثابت ماند'],
    ['اهمیت این اثر دو چندان است'],
    ['دو سوم کرسی‌ها و یک چهارم بودجه'],
    ['من صد در صد موافقم'],
    ['صدها میلیون پستا خسارت زدند'],
    ['ده‌ها هزار نفر'],
    ['اگر ارادتم یک بود، شد هزار'],
    ['در وزن 54- کیلوگرم قهرمان شد'],
    ['در انتخابات ۹۴ شرکت کردند. آنان در انتخابات مجلس ۹۴ تصمیم گرفتند.'],
    // Race names and weight classes are labels.
    ['در ماده‌های ۱۰۰، ۲۰۰ و ۵۰۰ متر به خط شدند.'],
    ['قهرمان ماده ۲۰۰ متر آزاد شد.'],
    ['در وزن ۶۰ کیلوگرم طلا گرفت.'],
    ['در دسته ۷۵ کیلوگرم مسابقه داد.'],
    // A two-digit year after a month written with «ماه» apart; a light verb is no unit.
    ['در نخستین روز از آذر ماه ۹۹ برگزار خواهد شد.'],
    ['جلسه در ۱۲ برگزار شد.'],
    ['او در دقایق پایانی ۲ زد و رفت.'],
    ['سهم ما از این ۱۰ گرفتند.'],
  ])('%s', (text) => {
    expect(figuresOf(text).filter((f) => KEY_FIGURE_KINDS.includes(f.kind))).toEqual([]);
  });
});

describe('extractFigures: a currency written once for several amounts', () => {
  it.each([
    // Same sentence, the currency after the amounts it leaves off.
    ['باشگاه ۴۰۰‌میلیون صرف خرید کرد و ۹۰‌میلیون مهاجم فروخت، اما آن ۴۰۰ میلیون دلار قسطی است.', [[400e6, 'دلار'], [90e6, 'دلار']]],
    // An earlier sentence of the paragraph.
    ['بودجه ۳ میلیارد تومان بود. امسال ۵ میلیارد کسری دارد.', [[3e9, 'تومان'], [5e9, 'تومان']]],
    // «تومانی» names the currency as «تومان».
    ['قرارداد ۲ میلیارد تومانی بست. ۷ میلیارد بدهکار است.', [[2e9, 'تومانی'], [7e9, 'تومان']]],
  ] as const)('%s', (text, expected) => {
    expect(figuresOf(text).filter((f) => f.kind === 'money').map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it.each([
    // Nouns counted by the million keep their unit beside a currency.
    ['با ۸ میلیارد دلار، ۳ میلیون نفر بیمه شدند.', 3e6, 'نفر'],
    ['با ۸ میلیارد دلار، ۲ میلیون تن گندم خریدند.', 2e6, 'تن'],
    ['درآمد ۵ میلیارد دلار بود. ۱۰ میلیون گردشگر آمدند.', 10e6, 'گردشگر'],
  ] as const)('%s', (text, value, unit) => {
    expect(figuresOf(text).find((f) => f.value === value)?.unit).toBe(unit);
  });

  it('carries nothing into the next paragraph or without a currency', () => {
    expect(figuresOf('بودجه ۳ میلیارد تومان بود.\n\n۵ میلیارد کسری دارد.').map((f) => f.kind)).toEqual(['money', 'count']);
    expect(figuresOf('۲۸۰‌میلیون صرف خرید شد.').map((f) => [f.kind, f.unit])).toEqual([['count', '']]);
  });
});

describe('extractFigures: verse', () => {
  it('counts nothing in words inside a poem, and keeps the prose around it', () => {
    const text = ['در این مراسم ۱۲ شاعر شعر خواندند:', 'دو یار و دو همراه در راه عشق', 'دلی داشتند پر ز شور و امید', 'که هر دو ز یک ریشه بودند سپید', 'ز پیکر صد پاره شان خون چکید'].join('\n');
    expect(figuresOf(text).map((f) => [f.value, f.unit])).toEqual([[12, 'شاعر']]);
  });
});

describe('extractFigures: ranges, lists and duplicates', () => {
  it.each([
    ['تیم الف ۱۲ گل، تیم ب ۹و تیم ج ۷ گل زدند.', [[12, 'گل'], [9, 'گل'], [7, 'گل']]],
    ['تهران ۵ مورد، اصفهان ۳ و شیراز ۲ مورد ثبت کرد.', [[5, 'مورد'], [3, 'مورد'], [2, 'مورد']]],
    // Different units on both sides share nothing.
    ['تهران ۵ مورد، اصفهان ۳ و شیراز ۲ نفر', [[5, 'مورد'], [2, 'نفر']]],
  ] as const)('a bare number in a list of name–number pairs shares their unit: %s', (text, expected) => {
    expect(figuresOf(text).filter((f) => f.kind === 'count').map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it('a range end borrows the trailing scale only for what follows its own bigger scale', () => {
    expect(figuresOf('بازار در محدوده ۳ میلیون و ۱۰۰ تا ۳ میلیون و ۳۰۰ هزار واحد تثبیت شد.').map((f) => f.value)).toEqual([3_100_000, 3_300_000]);
  });

  it('folds the adjectival «ی» of a short unit: «۴۵‌گل» and «۴۵‌گلی» are one figure', () => {
    expect(figuresOf('او ۴۵‌گل زد. ۴۵‌گلی که زده در ۳۳ بازی بوده.').map((f) => f.value)).toEqual([45, 33]);
  });

  it('gives both ends of a range the unit', () => {
    const figures = figuresOf('بین ۸۷ تا ۹۶ درصد بوده است.');
    expect(figures.map((f) => [f.value, f.unit, f.text])).toEqual([[87, 'درصد', '۸۷'], [96, 'درصد', '۹۶ درصد']]);
  });

  it('carries the scale of the last number back: «از ۴۰ به ۵۵ هزار تومان»', () => {
    expect(figuresOf('از ۴۰ به ۵۵ هزار تومان').map((f) => f.value)).toEqual([40_000, 55_000]);
  });

  it('lists each number of a list once', () => {
    expect(figuresOf('در فاصله‌های ۱۰۰، ۲۰۰ و ۵۰۰ متر').map((f) => f.value)).toEqual([100, 200, 500]);
  });

  it('keeps one figure per value and unit in a sentence', () => {
    expect(figuresOf('۲۰ درصد و باز هم ۲۰ درصد')).toHaveLength(1);
  });

  it('keeps a figure repeated in a later sentence once, with its first sentence', () => {
    const figures = figuresOf('سکه ۸۵ میلیون تومان شد. سکه امامی ۸۵ میلیون تومانی ماند.');
    expect(figures.map((f) => [f.value, f.text, f.sentence])).toEqual([[85e6, '۸۵ میلیون تومان', 'سکه ۸۵ میلیون تومان شد.']]);
  });

  it('gives a parallel clause the unit written once at the end', () => {
    const figures = figuresOf('دمای هوا در گرم‌ترین زمان به ۳۷ و خنک‌ترین زمان به ۲۴ درجه سانتی‌گراد می‌رسد.');
    expect(figures.map((f) => [f.value, f.kind])).toEqual([[37, 'measure'], [24, 'measure']]);
  });

  it('keeps a count that only shares its number with a year: «سال ۹۸ … ۹۸ نفر»', () => {
    expect(figuresOf('در سال ۹۸ شروع شد. امسال ۹۸ نفر آمدند.').map((f) => f.kind)).toEqual(['date', 'count']);
  });
});

describe('the seed article', () => {
  const dir = resolve(__dirname, '../fixtures/seed');
  const text = readFileSync(resolve(dir, 'khabarshahr-iran-khodro.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8'));
  const key = figuresOf(text).filter((f) => KEY_FIGURE_KINDS.includes(f.kind));

  it('gives exactly the expected key figures', () => {
    expect(key.map((f) => ({ value: f.value, unit: f.unit }))).toEqual(
      expect.arrayContaining(expected.figures.map((f: { value: number; unit: string }) => ({ value: f.value, unit: f.unit }))),
    );
    expect(key).toHaveLength(expected.figures.length);
  });

  it('never reports «سه گانه»', () => {
    expect(key.some((f) => f.text.includes('گانه') || (f.value === 3 && f.unit.includes('گانه')))).toBe(false);
  });
});
