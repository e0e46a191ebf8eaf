import { describe, it, expect } from 'vitest';
import { lcsLength, rouge, rougeL, rougeN, rougeTokens } from '../../scripts/lib/rouge';

describe('rougeTokens', () => {
  it.each([
    ['«سلام»، دنیا!', ['سلام', 'دنیا']],
    // Arabic letters, Persian digits and ZWNJ: the same tokens as the plain spelling.
    ['كتاب‌ها ۱۲', ['کتابها', '12']],
    ['کتابها 12', ['کتابها', '12']],
    // Diacritics vanish inside the word instead of splitting it.
    ['کِتاب', ['کتاب']],
    ['نرخ ۱٫۸ درصد', ['نرخ', '1', '8', 'درصد']],
    ['WHO گفت', ['who', 'گفت']],
    ['  ', []],
  ])('%s', (text, tokens) => {
    expect(rougeTokens(text)).toEqual(tokens);
  });
});

describe('rougeN', () => {
  it('one word of four differs', () => {
    const c = rougeTokens('گربه روی فرش نشست');
    const r = rougeTokens('گربه روی مبل نشست');
    expect(rougeN(c, r, 1)).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    // bigrams: {گربه روی, روی فرش, فرش نشست} vs {گربه روی, روی مبل, مبل نشست}: 1 of 3.
    const r2 = rougeN(c, r, 2);
    expect(r2.precision).toBeCloseTo(1 / 3);
    expect(r2.recall).toBeCloseTo(1 / 3);
    expect(r2.f1).toBeCloseTo(1 / 3);
  });

  it('clips repeated words to their count in the reference', () => {
    // «و» three times in the candidate, once in the reference: 1 match; P 1/3, R 1/2, F 0.4.
    const s = rougeN(['و', 'و', 'و'], ['و', 'کتاب'], 1);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('counts bigrams on each side', () => {
    // 2 of 2 candidate bigrams match, 2 of 4 reference bigrams are found: P 1, R 0.5, F 2/3.
    const s = rougeN(['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e'], 2);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('is zero for empty or disjoint texts', () => {
    expect(rougeN([], ['a'], 1).f1).toBe(0);
    expect(rougeN(['a'], [], 1).f1).toBe(0);
    expect(rougeN(['a'], ['b'], 2).f1).toBe(0);
  });
});

describe('rougeL', () => {
  it.each([
    [['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'], 3],
    [['a', 'b'], ['b', 'a'], 1],
    [['x', 'a', 'y', 'b'], ['a', 'b'], 2],
    [[], ['a'], 0],
  ])('LCS of %j and %j is %i', (a, b, n) => {
    expect(lcsLength(a, b)).toBe(n);
  });

  it('F1 from the LCS', () => {
    // LCS 2 of a 4-token candidate and a 2-token reference: P 0.5, R 1, F 2/3.
    const s = rougeL(['x', 'a', 'y', 'b'], ['a', 'b']);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});

describe('rouge', () => {
  it('identical texts up to spelling score 1', () => {
    const s = rouge('وزير گفت: «۹۷ ميليون»', 'وزیر گفت ۹۷ میلیون.');
    expect(s.rouge1.f1).toBe(1);
    expect(s.rouge2.f1).toBe(1);
    expect(s.rougeL.f1).toBe(1);
  });

  it('a Persian pair computed by hand', () => {
    // candidate: استقلال پنج روز فرصت دارد (5); reference: استقلال فقط پنج روز دیگر فرصت دارد (7).
    // 5 matches, P 1, R 5/7. R-2: {استقلال پنج, پنج روز, روز فرصت, فرصت دارد} vs
    // {استقلال فقط, فقط پنج, پنج روز, روز دیگر, دیگر فرصت, فرصت دارد}: 2, P 2/4, R 2/6. R-L: LCS 5.
    const s = rouge('استقلال پنج روز فرصت دارد.', 'استقلال فقط پنج روز دیگر فرصت دارد.');
    expect(s.rouge1.f1).toBeCloseTo((2 * 1 * (5 / 7)) / (1 + 5 / 7));
    expect(s.rouge2.precision).toBeCloseTo(0.5);
    expect(s.rouge2.recall).toBeCloseTo(1 / 3);
    expect(s.rouge2.f1).toBeCloseTo(0.4);
    expect(s.rougeL.f1).toBeCloseTo(s.rouge1.f1);
  });
});
