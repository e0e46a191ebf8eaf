import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { splitSentences } from '../../utils/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it.each([
    // Real sentences from the corpus texts (persian_news_leads_2025).
    ['وی گفت: اجرای بازی‌های بومی و محلی فرصتی است. حیدری همچنین بیان کرد که این بازی‌ها مؤثر است.',
      ['وی گفت: اجرای بازی‌های بومی و محلی فرصتی است.', 'حیدری همچنین بیان کرد که این بازی‌ها مؤثر است.']],
    ['نرخ رشد ۱.۸ درصد، ۲٫۵ درصد و 1.8 درصد بود. سهم ۲/۵ شد.', ['نرخ رشد ۱.۸ درصد، ۲٫۵ درصد و 1.8 درصد بود.', 'سهم ۲/۵ شد.']],
    ['در سال ۱۳۵۷ ه.ش. انقلاب شد. نیروهای ج.ا.ا آماده‌اند.', ['در سال ۱۳۵۷ ه.ش. انقلاب شد.', 'نیروهای ج.ا.ا آماده‌اند.']],
    ['تاریخ ۱۴۰۴/۰۵/۱۲ ساعت ۳:۲۰ بود. بعد رفت.', ['تاریخ ۱۴۰۴/۰۵/۱۲ ساعت ۳:۲۰ بود.', 'بعد رفت.']],
    ['نشانی www.irna.ir و info@tasnim.ir است. تمام.', ['نشانی www.irna.ir و info@tasnim.ir است.', 'تمام.']],
    ['وی افزود: «این کار شدنی است. ما آماده‌ایم.» سپس رفت.', ['وی افزود: «این کار شدنی است. ما آماده‌ایم.»', 'سپس رفت.']],
    ['آیا می‌آیی؟! بله… شاید... نه', ['آیا می‌آیی؟!', 'بله…', 'شاید...', 'نه']],
    ['کرده است.پیش از این گفته بود.', ['کرده است.', 'پیش از این گفته بود.']],
    ['خاتم انبیاء محمد مصطفی (ص) را تبریک می‌گویم. او آمد.', ['خاتم انبیاء محمد مصطفی (ص) را تبریک می‌گویم.', 'او آمد.']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('caps an unclosed quote at the line break and keeps splitting inside it', () => {
    const s = splitSentences('وی گفت: «این جمله بسته نمی‌شود. جمله دوم.\nپاراگراف بعد. جمله.');
    expect(s.map((x) => [x.paragraph, x.text])).toEqual([
      [0, 'وی گفت: «این جمله بسته نمی‌شود.'], [0, 'جمله دوم.'], [1, 'پاراگراف بعد.'], [1, 'جمله.'],
    ]);
  });

  it('gives offsets into the input and running indices', () => {
    const input = '  اول است.  دوم است.\n\nسوم';
    const s = splitSentences(input);
    expect(s.map((x) => input.slice(x.start, x.end))).toEqual(['اول است.', 'دوم است.', 'سوم']);
    expect(s.map((x) => [x.index, x.paragraph])).toEqual([[0, 0], [1, 0], [2, 1]]);
  });

  const abbreviations = '../shared/corpus/nlp/lexicons/hazm_abbreviations.dat';
  it.runIf(existsSync(abbreviations))('never splits inside a hazm dotted abbreviation', () => {
    const list = readFileSync(abbreviations, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.includes('.'));
    for (const abbr of list) {
      const joined = abbr.endsWith('.') ? abbr : abbr + ' ';
      expect(texts(`مصوبه ${joined}تصویب شد.`)).toHaveLength(1);
    }
  });

  it('splits 500 KB of text into every one of its sentences', () => {
    const text = 'وی گفت: «این کار شدنی است.» نرخ ۱.۸ درصد بود. '.repeat(10_000);
    expect(splitSentences(text).length).toBe(20_000);
  });
});

describe('splitSentences: a reported question', () => {
  it('runs into the verb of its answer («…؟ گفت: …»), but a question before a new sentence still ends it', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('کاظمی در پاسخ به این پرسش که چرا برق قطع است؟، گفت: مصرف بالاست.')).toHaveLength(1);
    expect(texts('چرا برق قطع است؟ گفت‌وگو ادامه دارد.')).toHaveLength(2);
    expect(texts('چرا برق قطع است؟ مصرف بالاست.')).toHaveLength(2);
  });
});
