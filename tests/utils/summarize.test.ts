import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../utils/sentences';
import { contentTerms, summarize } from '../../utils/summarize';

const ZWNJ = '\u200c';

// A news item in the agencies' shape: chrome, a lead, quotes, a heading, an aside, the sign-off.
const ARTICLE = [
  'به گزارش خبرگزاری برنا، استاندار خوزستان از افتتاح ۱۲ طرح آبرسانی روستایی در این استان خبر داد.',
  'وی گفت: با بهره‌برداری از این طرح‌ها آب شرب سالم به ۴۰ روستای استان می‌رسد.',
  'اعتبار طرح‌های آبرسانی',
  'استاندار خوزستان افزود: اعتبار این طرح‌های آبرسانی ۸۵ میلیارد تومان بوده است.',
  'آیا تابستان آینده روستاها بی‌آب می‌مانند؟',
  'گفتنی است، مراسم در سالن استانداری برگزار شد.',
  'انتهای پیام/',
].join('\n');
const TITLE = 'افتتاح ۱۲ طرح آبرسانی روستایی در خوزستان';

describe('contentTerms', () => {
  it.each([
    // Stop words and reporting words go; plural endings are stripped.
    ['به گزارش خبرگزاری برنا، طرح‌های آبرسانی', ['طرح', 'آبرسان']],
    // With and without ZWNJ, Arabic and Persian letters: the same terms.
    [`برنامه${ZWNJ}های ايران`, ['برنامه', 'ایران']],
    ['برنامههای ایران', ['برنامه', 'ایران']],
    // «ان» is only stripped from longer stems: «تهران» and «استان» stay whole.
    ['خبرنگاران تهران استان', ['تهران', 'استان']],
    // Terms are matching keys: ئ folds to ی.
    ['مسئولان', ['مسیول']],
  ])('%s', (text, terms) => {
    expect(contentTerms(text)).toEqual(terms);
  });
});

describe('summarize', () => {
  const sentences = splitSentences(ARTICLE);

  it.each([1, 2, 3])('returns %i sentences, as written, in article order', (count) => {
    const summary = summarize(sentences, count, TITLE);
    expect(summary).toHaveLength(count);
    const indices = summary.map((text) => sentences.findIndex((s) => s.text === text));
    expect(indices.every((i) => i >= 0)).toBe(true);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
  });

  it('never picks chrome, headings, questions or the sign-off while real sentences remain', () => {
    const summary = summarize(sentences, 3, TITLE);
    for (const text of ['انتهای پیام/', 'اعتبار طرح‌های آبرسانی', 'آیا تابستان آینده روستاها بی‌آب می‌مانند؟']) {
      expect(summary).not.toContain(text);
    }
  });

  it('a sentence that is only «به گزارش X،» is skipped', () => {
    const s = splitSentences('به گزارش خبرگزاری تسنیم،\nاستاندار خوزستان از افتتاح ۱۲ طرح آبرسانی روستایی خبر داد.');
    expect(summarize(s, 2)).toEqual(['استاندار خوزستان از افتتاح ۱۲ طرح آبرسانی روستایی خبر داد.']);
  });

  it('picks the lead of a lead-heavy item at one sentence', () => {
    expect(summarize(sentences, 1, TITLE)[0]).toMatch(/^به گزارش خبرگزاری برنا، استاندار خوزستان/);
  });

  it('leaves out near-duplicates', () => {
    const repeated = splitSentences(
      [
        'استاندار خوزستان از افتتاح ۱۲ طرح آبرسانی روستایی در این استان خبر داد.',
        'استاندار خوزستان از افتتاح ۱۲ طرح آبرسانی روستایی در استان خبر داد.',
        'با بهره‌برداری از این طرح‌ها آب شرب سالم به ۴۰ روستای استان می‌رسد.',
      ].join('\n'),
    );
    const summary = summarize(repeated, 2, TITLE);
    expect(summary).toHaveLength(2);
    expect(summary[1]).toMatch(/^با بهره‌برداری/);
  });

  it('chooses the same sentences in text that lost its half-spaces', () => {
    const broken = splitSentences(ARTICLE.replaceAll(ZWNJ, ''));
    const chosen = (s: typeof sentences) => summarize(s, 3, TITLE).map((t) => s.findIndex((x) => x.text === t));
    expect(chosen(broken)).toEqual(chosen(sentences));
  });

  it.each([
    [0, 0],
    // A question may fill a long summary; the heading (three words) and the sign-off never do.
    [10, 5],
  ])('count %i gives %i sentences', (count, length) => {
    const summary = summarize(sentences, count, TITLE);
    expect(summary).toHaveLength(length);
    expect(summary).not.toContain('انتهای پیام/');
    expect(summary).not.toContain('اعتبار طرح‌های آبرسانی');
  });

  it('handles no sentences and no title', () => {
    expect(summarize([], 3)).toEqual([]);
    expect(summarize(sentences, 2)).toHaveLength(2);
  });

  it('summarizes a long article without repeating itself', () => {
    const long = splitSentences(Array.from({ length: 40 }, () => ARTICLE).join('\n'));
    const summary = summarize(long, 3, TITLE);
    expect(summary).toHaveLength(3);
    expect(new Set(summary).size).toBe(3);
  });
});

describe('summarize: a sentence that opens with «وی»', () => {
  const text = [
    'سازمان هواشناسی از بارش باران در ده استان کشور خبر داد.',
    'مدیرکل پیش‌بینی این سازمان امروز در نشستی خبری سخن گفت.',
    'وی افزود: بارش باران در ده استان کشور تا پایان هفته ادامه دارد و دمای هوا در این استان‌ها پنج درجه کاهش می‌یابد.',
  ].join(' ');

  it('is not the one sentence of a summary, since «وی» would name nobody', () => {
    const [only] = summarize(splitSentences(text), 1, 'بارش باران در ده استان کشور');
    expect(only.startsWith('وی')).toBe(false);
  });

  it('may follow the sentence that names the person', () => {
    const sentences = splitSentences(text);
    expect(summarize(sentences, 3, 'بارش باران در ده استان کشور')).toHaveLength(3);
  });
});
