import { describe, it, expect } from 'vitest';
import { parseNumber, parseDigits, ordinalValue, tokenize } from '../../utils/numbers';
import { foldForMatch } from '../../utils/normalize';

describe('parseNumber', () => {
  it.each([
    ['۶۳۹', 639],
    ['٦٣٩', 639],
    ['639', 639],
    ['۱۲٬۵۰۰', 12500],
    ['12,500', 12500],
    ['۲٫۵', 2.5],
    ['۱۰۳.۲', 103.2],
    ['۱۲/۵', 12.5],
    ['سه', 3],
    ['بیست و پنج', 25],
    ['صد و بیست و پنج', 125],
    ['یک و نیم', 1.5],
    ['سیصد', 300],
    ['هزار', 1000],
    ['یکهزار و ۷۰۰', 1700],
    ['دو میلیون و سیصد هزار', 2_300_000],
    ['۶ هزار و ۵۰۰', 6500],
    ['۶ هزارو ۵۰۰', 6500],
    ['یک و نیم میلیارد', 1.5e9],
    ['۱۸ هزار و ۹۱۴ میلیارد', 18_914e9],
    ['۸۵ میلیون', 85e6],
    ['۲.۵ میلیون', 2.5e6],
    ['۲۸۰\u200cمیلیون', 280e6],
    ['هزار میلیارد', 1e12],
    ['۳۷۱ میلیون و ۶۴۸ هزار و ۱۱', 371_648_011],
    ['1.600.000', 1_600_000],
    ['چهار صد', 400],
    ['يك صد و هشتاد', 180],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([['۵ و ۶'], ['یکی'], ['هیچ'], ['سه گانه'], ['']])('%s is not one number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('parseDigits', () => {
  it.each([
    ['12,500', 12500],
    ['2.5', 2.5],
    ['7', 7],
  ])('%s → %d', (text, value) => expect(parseDigits(text)).toBe(value));
});

describe('ordinalValue', () => {
  it.each([
    ['سومین', 3],
    ['دوم', 2],
    ['نخستین', 1],
    ['هفدهمین', 17],
    ['بیستم', 20],
    ['پنجمین', 5],
  ])('%s → %d', (word, value) => expect(ordinalValue(word)).toBe(value));

  it.each([['مردم'], ['سه'], ['دوستان']])('%s is no ordinal', (word) => expect(ordinalValue(word)).toBeNull());
});

describe('tokenize', () => {
  it('splits lost half-spaces after scale words and keeps offsets', () => {
    const text = '۱۸ هزار و ۹۱۴ میلیاردریال';
    const tokens = tokenize(foldForMatch(text));
    expect(tokens.map((t) => t.text)).toEqual(['18', 'هزار', 'و', '914', 'میلیارد', 'ریال']);
    expect(text.slice(tokens[5].start, tokens[5].end)).toBe('ریال');
  });

  it('keeps «هزاران» and «میلیون‌ها» whole', () => {
    expect(tokenize('هزاران').map((t) => t.text)).toEqual(['هزاران']);
    expect(tokenize('میلیون\u200cها').map((t) => [t.text, t.gap])).toEqual([['میلیون', ''], ['ها', '\u200c']]);
  });
});
