import { describe, it, expect } from 'vitest';
import { repairHalfSpaces } from '../../utils/halfspace';

const Z = '\u200c';
// Expected values use ‸ for ZWNJ so the tables stay readable.
const show = (s: string) => s.replaceAll(Z, '‸');

describe('repairHalfSpaces', () => {
  it.each([
    // می/نمی + verb
    ['میشود', 'می‸شود'],
    ['نمیتوانیم', 'نمی‸توانیم'],
    ['می شود', 'می‸شود'],
    ['برمیگردد', 'برمی‸گردد'],
    // plural and comparative suffixes
    ['برنامههای', 'برنامه‸های'],
    ['شرکتها', 'شرکت‸ها'],
    ['مطلوبتر', 'مطلوب‸تر'],
    ['بزرگترین', 'بزرگ‸ترین'],
    ['ماهها', 'ماه‸ها'],
    ['راهها', 'راه‸ها'],
    ['برنامه های', 'برنامه‸های'],
    // ه + clitic
    ['توسعهای', 'توسعه‸ای'],
    ['کردهایم', 'کرده‸ایم'],
    ['کرده اند', 'کرده‸اند'],
    // compounds
    ['دانشبنیان', 'دانش‸بنیان'],
    ['بابک دین پرست، معاون', 'بابک دین‸پرست، معاون'],
    ['حمایت وزارت کشور از برنامههای ایران خودرو', 'حمایت وزارت کشور از برنامه‸های ایران خودرو'],
  ])('%s → %s', (input, expected) => {
    expect(show(repairHalfSpaces(input))).toBe(expected);
  });

  it.each(['تهران', 'گناه', 'دیدار', 'تنها', 'تنهایی', 'انتهای', 'میدان', 'میزان', 'مقدار', 'بیشتر', 'بهتر', 'آنها', 'شهرها', 'دانشمندان', 'دیگری', 'الگویی', 'اشتغال زنان', 'شرکت چینی', 'افکار عمومی', 'درنهایت', 'قالیباف', 'نهادهای دولتی', 'خریدهای خارجی'])(
    'leaves %s alone',
    (word) => expect(show(repairHalfSpaces(word))).toBe(word),
  );

  it('keeps existing ZWNJ and all other characters', () => {
    const text = `می${Z}شود برنامه${Z}های ۱۲ درصد، ABC`;
    expect(repairHalfSpaces(text)).toBe(text);
  });

  it('only inserts ZWNJ or turns a space into one', () => {
    const text = 'گامهای توسعهای ایران خودرو در حوزه ارتقای ایمنی میتواند شرکتهای دانشبنیان را یاری کند.';
    const out = repairHalfSpaces(text);
    expect(out.replaceAll(Z, '').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
  });

  it('handles Arabic yeh and kaf', () => {
    expect(show(repairHalfSpaces('ميكند'))).toBe('مي‸كند');
  });

  // Speed is measured by `npm run bench`; here only that 100 KB comes back whole and repaired.
  it('repairs 100 KB of text in one pass', () => {
    const text = 'گامهای توسعهای ایران خودرو میتواند شرکتهای دانشبنیان را یاری کند. '.repeat(1500);
    const repaired = repairHalfSpaces(text);
    expect(repaired.replaceAll('\u200c', '')).toBe(text);
    expect(repaired.split('گام\u200cهای').length - 1).toBe(1500);
  });
});
