import { describe, it, expect } from 'vitest';
import { findVerbs, fold, readMention, subjectStarts, tokenize } from '../../utils/attribution';

const verbsOf = (text: string) => {
  const f = fold(text);
  return findVerbs(f).map((v) => f.slice(v.start, v.end));
};

describe('findVerbs', () => {
  it.each([
    ['ادعا کرد', 'سخنگوی ارتش ادعا کرد که حمله دفع شد.', ['ادعا کرد']],
    ['ادعا کرده است', 'این مقام ادعا کرده است که خسارتی نبود.', ['ادعا کرده است']],
    ['glued ادعاکرد', 'وی ادعاکرد که قرارداد لغو شد.', ['ادعاکرد']],
    ['«…» خواند', 'او این توافق را «تاریخی» خواند.', ['خواند']],
    ['«…» و «…» خواندند', 'آنها گزارش را «جعلی» و «مغرضانه» خواندند.', ['خواندند']],
    ['را ADJ خواند', 'وزیر این طرح را غیرقابل اجرا خواند.', ['خواند']],
    ['را ADJ خوانده است', 'وی این ادعا را بی‌اساس خوانده است.', ['خوانده است']],
    ['گفته بود', 'پیش‌تر رئیس بانک گفته بود نرخ ثابت می‌ماند.', ['گفته بود']],
    ['می‌گوید که', 'این پژوهشگر می‌گوید که داده‌ها کافی نیست.', ['می‌گوید']],
    ['a stray ZWNJ before the verb', 'مینا رستگار در پایان نشست \u200cگفت: کار تمام شد.', ['\u200cگفت'.slice(1)]],
    ['a stray ZWNJ after the verb', 'مینا رستگار در پایان نشست افزود\u200c: کار تمام شد.', ['افزود']],
    ['«نشان می‌دهد که»', 'او در این کتاب نشان می‌دهد که وحدت ممکن است.', ['نشان می‌دهد']],
    ['«اثبات می‌کند که»', 'نویسنده اثبات می‌کند که روایت درست است.', ['اثبات می‌کند']],
    ['«معتقدند»', 'آنها معتقدند بازار آرام می‌شود.', ['معتقدند']],
    ['a stray ZWNJ before a compound verb', 'او \u200cتاکید کرد که کار تمام شد.', ['تاکید کرد']],
  ])('%s', (_label, text, expected) => {
    expect(verbsOf(text)).toEqual(expected);
  });

  it.each([
    ['read a prayer', 'او نماز را خواند.'],
    ['read in a place', 'علی رضایی شعر را در مسجد خواند.'],
    ['sang', 'خواننده جوان آهنگ تازه‌ای خواند.'],
    ['studied', 'او در دانشگاه تهران حقوق خواند.'],
    ['conversation', 'در گفت‌وگو با خبرنگاران از بودجه سخنی نبود.'],
    ['ZWNJ-joined prefix', 'او هرگز چیزی نمی‌گفت و نمی‌افزود.'],
    ['«نشان می‌دهد» without «که»', 'آمار رشد را نشان می‌دهد.'],
    ['«… را ادامه داد» (continued)', 'او مسیر خدمت را در سکوت ادامه داد.'],
  ])('no reporting verb: %s', (_label, text) => {
    expect(verbsOf(text)).toEqual([]);
  });
});

describe('subjectStarts', () => {
  const startWords = (text: string) => {
    const f = fold(text);
    const tokens = tokenize(f);
    const verb = findVerbs(f)[0];
    const v = tokens.findIndex((t) => t.start >= verb.start);
    return subjectStarts(tokens, 0, v).map((i) => tokens[i].text);
  };
  it.each([
    ['«بنا بر گزارش X،»', 'بنا بر گزارش ایسنا، وزیر نیرو گفت: آب کم است.', 'وزیر'],
    ['«بنا بر روایت X،»', 'بنا بر روایت خانه ملت، نماینده اهواز افزود: کار ادامه دارد.', 'نماینده'],
    ['«به روایت X،»', 'به روایت ایرنا، استاندار گفت: سیل مهار شد.', 'استاندار'],
    ['«پیش‌تر»', 'به گزارش مهر، پیش‌تر وزیر نفت گفته بود تولید بالا می‌رود.', 'وزیر'],
    ['a long circumstance before the subject', 'در حالی که قرار بود طرح جامع حمل‌ونقل عمومی شهر تا پایان سال گذشته به شورای شهر و وزارت کشور برای تصویب نهایی ارائه شود، شهردار کرج می‌گوید که طرح آماده است.', 'شهردار'],
  ])('%s', (_label, text, first) => {
    expect(startWords(text)).toContain(first);
  });

  it('reads the subject of «همان‌طور که X گفت» inside a sentence', () => {
    expect(startWords('قیمت‌ها بالا رفت، همان‌طور که مکرون گفت «بحران جدی است».')).toContain('مکرون');
  });
});

describe('readMention', () => {
  const mention = (text: string) => {
    const f = fold(text);
    const tokens = tokenize(f);
    const verb = findVerbs(f)[0];
    const v = tokens.findIndex((t) => t.start >= verb.start);
    const m = readMention(tokens, 0, v, []);
    if (!m) return null;
    const span = (r: [number, number] | undefined) => (r ? text.slice(tokens[r[0]].start, tokens[r[1] - 1].end) : '');
    return { kind: m.kind, name: span([m.from, m.to]), role: span(m.role) };
  };
  it.each([
    ['«X Y» ROLE', '«اینگرید مولر» سخنگوی دولت آلمان گفت: تصمیم گرفته شد.', 'name', 'اینگرید مولر', 'سخنگوی دولت آلمان'],
    ['title «X Y»، ROLE', 'پروفسور «کنجی ساتو»، استاد فیزیک دانشگاه توکیو می‌گوید: نتایج روشن است.', 'name', 'کنجی ساتو', 'استاد فیزیک دانشگاه توکیو'],
    ['title «X»', 'دکتر «وانگ» افزود: درمان موثر است.', 'name', 'وانگ', ''],
    ['NAME، APPOSITION، VERB', 'آمارا اوکونکوو، پرستار بیمارستان محلی، به سی‌ان‌ان گفت: دارو نداریم.', 'name', 'آمارا اوکونکوو', 'پرستار بیمارستان محلی'],
    ['ROLE NAME VERB', 'استاندار خراسان رضوی یعقوبعلی نظری اظهار کرد: باران کم بود.', 'name', 'یعقوبعلی نظری', 'استاندار خراسان رضوی'],
    ['famous surname', 'زلنسکی تاکید کرد: مذاکره نمی‌کنیم.', 'name', 'زلنسکی', ''],
  ])('%s', (_label, text, kind, name, role) => {
    expect(mention(text)).toEqual({ kind, name, role });
  });

  it.each([
    ['a quoted phrase before «را»', '«طرح صیانت» را نماینده مجلس مهم خواند.'],
    ['a quoted organization', '«بانک جهانی» اعلام کرد: رشد کند است.'],
    ['an organization with an apposition', 'شرکت ملی نفت، بزرگ‌ترین کارفرمای کشور، اعلام کرد: تولید بالا رفت.'],
    ['a country with an apposition', 'عربستان سعودی، بزرگ‌ترین تولیدکننده اوپک، اعلام کرد: تولید کم می‌شود.'],
    ['a plural noun with an apposition', 'کشاورزان منطقه، به‌ویژه گندم‌کاران، گفتند: آب نیست.'],
  ])('no person: %s', (_label, text) => {
    expect(mention(text)?.kind === 'name').toBe(false);
  });
});
