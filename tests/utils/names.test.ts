import { describe, it, expect } from 'vitest';
import { fold, tokenize } from '../../utils/attribution';
import { nameStartsInRole, parseName, parseQuotedName } from '../../utils/names';
import { parseNameBeforeApposition } from '../../utils/name-shapes';

const toks = (text: string) => tokenize(fold(text));
const words = (text: string, span: { from: number; to: number } | null) => {
  if (!span) return null;
  const t = toks(text);
  return text.slice(t[span.from].start, t[span.to - 1].end);
};

describe('parseQuotedName', () => {
  it.each([
    ['«X Y» ROLE', '«الکساندر نواک» معاون نخست‌وزیر روسیه گفت', 'الکساندر نواک'],
    ['title «X Y»،', 'دکتر «سارا ویلیامز»، متخصص قلب گفت', 'سارا ویلیامز'],
    ['title «X»', 'مهندس «کاظمی» افزود', 'کاظمی'],
    ['three words', '«جان پل اسمیت» گفت', 'جان پل اسمیت'],
    ['«X Y» then a time word', '«ژان لوک مارتن» روز دوشنبه اعلام کرد', 'ژان لوک مارتن'],
  ])('%s', (_label, text, name) => {
    const t = toks(text);
    expect(words(text, parseQuotedName(t, 0, t.length - 1))).toBe(name);
  });

  it.each([
    ['one untitled word', '«گبرد» گفت'],
    ['object before «را»', '«مسیر توسعه» را اعلام کرد'],
    ['organization', '«خبرگزاری رویترز» نوشت'],
    ['country', '«کره شمالی» اعلام کرد'],
    ['plural', '«نیروهای مردمی» اعلام کردند'],
    ['a sentence, not a name', '«ما آماده هستیم و عقب نمی‌نشینیم» گفت'],
  ])('not a name: %s', (_label, text) => {
    const t = toks(text);
    expect(parseQuotedName(t, 0, t.length - 1)).toBeNull();
  });
});

describe('parseNameBeforeApposition', () => {
  it.each([
    ['kin', 'فاطمه الزهرا، مادر دو کودک، به رویترز گفت', 'فاطمه الزهرا'],
    ['age', 'هانس گروبر، ۷۲ ساله، گفت', 'هانس گروبر'],
    ['occupation, three words', 'ماریا خوسه گارسیا، معلم بازنشسته، به ال‌پائیس گفت', 'ماریا خوسه گارسیا'],
  ])('%s', (_label, text, name) => {
    const t = toks(text);
    expect(words(text, parseNameBeforeApposition(t, 0, t.length - 1))).toBe(name);
  });

  it.each([
    ['ministry', 'وزارت نیرو، متولی آب کشور، اعلام کرد'],
    ['bank', 'بانک مرکزی، نهاد ناظر پولی، اعلام کرد'],
    ['party', 'حزب کارگر، حزب حاکم بریتانیا، اعلام کرد'],
    ['country', 'امارات متحده عربی، شریک تجاری ایران، اعلام کرد'],
    ['verb too far', 'پیتر هانسن، نویسنده، در کتاب تازه خود که سال گذشته در کپنهاگ منتشر شد و بازتاب زیادی داشت نوشت'],
    ['an adverb, not an apposition', 'کارگران کارخانه، به‌ویژه جوانان، گفتند'],
  ])('not a person: %s', (_label, text) => {
    const t = toks(text);
    expect(parseNameBeforeApposition(t, 0, t.length - 1)).toBeNull();
  });
});

describe('parseName with famous one-word names', () => {
  it.each(['نتانیاهو', 'پوتین', 'اردوغان', 'گوترش', 'زلنسکی'])('%s', (name) => {
    const t = toks(`${name} گفت`);
    expect(words(`${name} گفت`, parseName(t, 0, 1))).toBe(name);
  });
  it('an unknown one-word name is not a name', () => {
    const t = toks('گاردین نوشت');
    expect(parseName(t, 0, 1)).toBeNull();
  });
});

describe('nameStartsInRole', () => {
  const at = (text: string, word: string) => {
    const t = toks(text);
    return nameStartsInRole(t, t.findIndex((x) => x.text === word), t.length - 1);
  };
  it.each([
    ['a name up to the verb', 'وزیر بهداشت محمدرضا ظفرقندی گفت', 'محمدرضا'],
    ['a name then a time word', 'رئیس پلیس راهور تیمور حسینی امروز گفت', 'تیمور'],
    ['after a comma', 'سخنگوی دولت، فاطمه مهاجرانی گفت', 'فاطمه'],
  ])('starts: %s', (_label, text, word) => {
    expect(at(text, word)).toBe(true);
  });
  it.each([
    ['a festival named after a person', 'دبیر جشنواره ابوذر استان سمنان گفت', 'ابوذر'],
    ['a hospital named after a person', 'رئیس بیمارستان امام حسین رضایی گفت', 'حسین'],
    ['a street named after a person', 'شهردار منطقه خیابان شهید مهدی باکری گفت', 'مهدی'],
  ])('does not start: %s', (_label, text, word) => {
    expect(at(text, word)).toBe(false);
  });
});
