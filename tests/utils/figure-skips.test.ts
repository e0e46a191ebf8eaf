import { describe, it, expect } from 'vitest';
import { idiomEnd, isPartOfCode, isScore } from '../../utils/figure-skips';
import { readNumber, tokenize } from '../../utils/numbers';
import { foldForMatch } from '../../utils/normalize';

/** The first number of the text, read, with its tokens. */
function firstNumber(text: string, nth = 0) {
  const tokens = tokenize(foldForMatch(text));
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumber(tokens, i);
    if (!read) continue;
    if (seen++ === nth) return { tokens, read };
    i = read.last;
  }
  throw new Error(`no number in ${text}`);
}

describe('isPartOfCode', () => {
  it.each([
    ['هواپیمای F-35', true],
    ['هواپیمای ایرباس-۳۲۰ فرود آمد', true],
    ['اجلاس COP29', true],
    ['شماره 09121234567', true],
    ['تلفن 8812345678', true],
    ['(-۳ درصد)', false],
    ['به 1.600.000 کد رسید', false],
    ['۱۲,۵۰۰,۰۰۰ تومان', false],
  ])('%s → %s', (text, code) => {
    const { tokens, read } = firstNumber(text);
    expect(isPartOfCode(tokens, read)).toBe(code);
  });
});

describe('isScore', () => {
  it.each([
    ['با نتیجه ۳ بر یک برد', 0, true],
    ['با نتیجه ۳ بر یک برد', 1, true],
    ['با امتیاز 36.80 به 37.20 مغلوب ژاپن شد', 0, true],
    ['با امتیاز 36.80 به 37.20 مغلوب ژاپن شد', 1, true],
    ['۲ بر صفر مغلوب یاماموتو شد', 0, true],
    ['از ۴۰ به ۵۵ هزار تومان رسید', 0, false],
  ])('%s (#%i) → %s', (text, nth, score) => {
    const { tokens, read } = firstNumber(text, nth);
    expect(isScore(tokens, read)).toBe(score);
  });
});

describe('idiomEnd: fractions and «صد در صد» are skipped whole', () => {
  it.each([
    ['دو سوم کرسی‌ها', 1],
    ['یک چهارم بودجه', 1],
    ['سه دهم درصد', 1],
    ['من صد در صد موافقم', 3],
  ])('%s → skip to token %i', (text, last) => {
    const { tokens, read } = firstNumber(text);
    expect(idiomEnd(tokens, read)).toBe(last);
  });

  it.each([['سه سومین دوره'], ['۲ سوم'], ['دو نفر'], ['صد نفر']])('%s is no idiom', (text) => {
    const { tokens, read } = firstNumber(text);
    expect(idiomEnd(tokens, read)).toBeNull();
  });
});
