import { describe, it, expect } from 'vitest';
import { eventListEnd, idiomEnd, isPartOfCode, isScore, verseLines } from '../../utils/figure-skips';
import { splitSentences } from '../../utils/sentences';
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
    ['بررسی آگهی‌های خودرو۴۵ نشان می‌دهد', true],
    ['بیش از۵۰ درصد', false],
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

describe('eventListEnd', () => {
  it.each([
    ['ماده‌های ۱۰۰، ۲۰۰ و ۵۰۰ متر', '۵۰۰ متر'],
    ['ماده ۲۰۰ متر آزاد', '۲۰۰ متر'],
    ['وزن ۶۰ کیلوگرم', '۶۰ کیلوگرم'],
  ])('%s is a label up to «%s»', (text, last) => {
    const { tokens, read } = firstNumber(text);
    const end = eventListEnd(tokens, read, true);
    expect(end).not.toBeNull();
    expect(text.slice(0, tokens[end!].end).endsWith(last)).toBe(true);
  });

  it.each([
    ['به وزن ۸۳۰ هزار تن'],
    ['از لحاظ وزن ۲۷ درصد'],
    ['دسته ۳۰ نفره'],
  ])('%s measures something', (text) => {
    const { tokens, read } = firstNumber(text);
    expect(eventListEnd(tokens, read, true)).toBeNull();
  });
});

describe('verseLines', () => {
  const poem = ['شعری خواند:', 'دو یار و دو همراه در راه عشق', 'دلی داشتند پر ز شور و امید', 'یکی رفت و آن دیگری جا بماند', 'که هر دو ز یک ریشه بودند سپید', 'ز پیکر صد پاره شان خون چکید', 'پایان مراسم اعلام شد.'];
  it('marks the rhyming lines of a poem without closing marks', () => {
    const sentences = splitSentences(poem.join('\n'));
    const verse = verseLines(sentences);
    expect(sentences.filter((_, i) => verse.has(i)).map((s) => s.text)).toEqual(poem.slice(1, 6));
  });

  it.each([
    // A price table rhymes but has digits; prose lines close with a mark.
    [['سکه امامی', '۸۶ میلیون و ۲۱۰ هزار تومان', 'نیم سکه', '۴۴ میلیون و ۸۰۰ هزار تومان', '۱۴ میلیون و ۴۰۰ هزار تومان']],
    [['سه نفر کشته شدند.', 'دو نفر زخمی شدند.', 'چهار نفر نجات یافتند.']],
    [['افتتاح سه طرح عمرانی', 'تکمیل دو بیمارستان', 'ساخت پنج مدرسه']],
  ])('finds no verse in %j', (lines) => {
    expect(verseLines(splitSentences(lines.join('\n'))).size).toBe(0);
  });
});
