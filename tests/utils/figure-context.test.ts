import { describe, it, expect } from 'vitest';
import { isPartiesAgain, labelBefore, unitAfter } from '../../utils/figure-context';
import { readNumber, tokenize } from '../../utils/numbers';
import { foldForMatch } from '../../utils/normalize';

const tokensOf = (text: string) => tokenize(foldForMatch(text));
/** The tokens of a sentence and the first number read in it. */
const numberAt = (text: string) => {
  const tokens = tokensOf(text);
  const i = tokens.findIndex((_, k) => readNumber(tokens, k) !== null);
  return { tokens, read: readNumber(tokens, i)! };
};

describe('unitAfter', () => {
  it('reads a rate to the unit it is per, and percentage points as a percent', () => {
    const rate = numberAt('غلظت به ۱۸۰۰ میکروگرم بر متر مکعب رسید.');
    const unit = unitAfter(rate.tokens, rate.read.last + 1)!;
    expect(rate.tokens.slice(rate.read.last + 1, unit.last + 1).map((t) => t.text).join(' ')).toBe('میکروگرم بر متر مکعب');
    const points = numberAt('شکاف به ۶ واحد درصد رسید.');
    expect(unitAfter(points.tokens, points.read.last + 1)!.key).toBe('درصد');
  });
});

describe('labelBefore and isPartiesAgain', () => {
  it('takes «منطقه ۱۵» for a district but not «این نشست ۱۲ سند» for a sitting', () => {
    const district = numberAt('دبستان منطقه ۱۵ تهران');
    expect(labelBefore(district.tokens, district.read.first)).toBe(true);
    const sitting = numberAt('در این نشست ۱۲ سند امضا شد.');
    expect(labelBefore(sitting.tokens, sitting.read.first)).toBe(false);
  });

  it('knows the story’s two countries named again from two countries counted', () => {
    const again = numberAt('حجم تجارت دو کشور بالا رفت.');
    expect(isPartiesAgain(again.tokens, again.read, unitAfter(again.tokens, again.read.last + 1)!)).toBe(true);
    const counted = numberAt('با دو باشگاه عربستانی مذاکره کرد.');
    expect(isPartiesAgain(counted.tokens, counted.read, unitAfter(counted.tokens, counted.read.last + 1)!)).toBe(false);
  });
});
