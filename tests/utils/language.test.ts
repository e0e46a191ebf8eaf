import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectLanguage, sampleText } from '../../utils/language';

const seedText = readFileSync('tests/fixtures/seed/khabarshahr-iran-khodro.txt', 'utf8');

describe('detectLanguage', () => {
  it.each([
    ['Persian news sentence', 'رئیس سازمان بورس و اوراق بهادار اعلام کرد که ورود نقدینگی به بورس در سه ماه گذشته به پنجاه هزار میلیارد تومان رسیده است.', 'fa'],
    ['Persian typed with Arabic ي/ك', 'وزير كشور در ديدار با مديرعامل گروه صنعتي ايران خودرو گفت كه اين شركت پيشران اقتصاد است.', 'fa'],
    ['Persian without ZWNJ (seed text)', seedText, 'fa'],
    ['Arabic news sentence', 'أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة على مستودعات للأسلحة في ريف دمشق التي كانت تحت سيطرة النظام.', 'ar'],
    ['Arabic with الذي and ة', 'قال الرئيس في كلمته إن الحكومة الجديدة هي التي ستقود المرحلة المقبلة، وهذا هو الطريق الذي اخترناه.', 'ar'],
    ['English', 'The minister said on Tuesday that the company is the engine of the economy and that it will export more cars this year.', 'en'],
    ['Urdu', 'وزیر اعظم نے کہا ہے کہ حکومت عوام کی فلاح کے لیے ہر ممکن اقدامات کرے گی اور مہنگائی پر قابو پایا جائے گا۔', 'other'],
    ['empty', '', 'other'],
    ['digits and symbols', '۱۲۳۴ - 5678 :: ۹۰', 'other'],
  ])('%s', (_name, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('samples start, middle and end of long texts', () => {
    const long = 'a'.repeat(50_000);
    expect(sampleText(long).length).toBeLessThan(6100);
    // A Latin footer does not outvote a Persian body.
    expect(detectLanguage(seedText.repeat(5) + ' Copyright all rights reserved '.repeat(20))).toBe('fa');
  });
});
