import { describe, it, expect } from 'vitest';
import { carryCurrency, currencyNamed, type Carried } from '../../utils/figure-currency';
import { tokenize } from '../../utils/numbers';
import { foldForMatch } from '../../utils/normalize';

const named = (text: string) => currencyNamed(text, tokenize(foldForMatch(text)));

describe('currencyNamed', () => {
  it.each([
    ['چون آن ۲۸۰‌میلیون یورو تقسیم بر ۶ می‌شود.', 'یورو'],
    ['قراردادی ۲ میلیارد تومانی بست.', 'تومان'],
    ['۵۰۰ دلار پرداخت شد و ۳ میلیون ریال دیگر.', 'دلار'],
    // A currency without an amount, or «همت» with its own scale, names nothing to carry.
    ['قیمت دلار بالا رفت.', ''],
    ['شهرداری ۳ همت اختصاص داد.', ''],
  ])('%s → «%s»', (text, currency) => {
    expect(named(text)).toBe(currency);
  });
});

describe('carryCurrency', () => {
  const count = (unit: string, scaled = true): Carried => ({ kind: 'count', unit, end: 20, scaledEnd: scaled ? 10 : undefined });
  it.each([
    ['', 'money'],
    ['بازیکن', 'money'],
    ['نفر', 'count'],
    ['مسافر', 'count'],
    ['کاربری', 'count'],
  ])('a scaled count with unit «%s» becomes %s', (unit, kind) => {
    const f = count(unit);
    carryCurrency(f, 'یورو');
    expect(f.kind).toBe(kind);
    if (kind === 'money') expect(f).toMatchObject({ unit: 'یورو', end: 10 });
  });

  it('leaves a count without a scale word alone: «۱۳ بازیکن»', () => {
    const f = count('بازیکن', false);
    carryCurrency(f, 'یورو');
    expect(f.kind).toBe('count');
  });
});
