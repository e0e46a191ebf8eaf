import { describe, it, expect } from 'vitest';
import { fullNames, readSentences } from '../../utils/article-prepass';
import { transcriptTurns } from '../../utils/transcript';
import { splitSentences } from '../../utils/sentences';

const turnsOf = (text: string) => {
  const read = readSentences(splitSentences(text));
  return [...transcriptTurns(read, fullNames(read)).entries()].map(([i, t]) => [read[i].s.text.slice(0, 12), t.full]);
};

describe('transcriptTurns', () => {
  it('reads paragraphs labelled by the surname or full name of someone the article names', () => {
    const text = 'فیلم به کارگردانی کیوان میرعابدی، هفته پیش اکران شد.\nآیا انتظار داشتید؟\nمیرعابدی: راستش نه.\nکیوان میرعابدی: فیلم بعدی آماده است.';
    expect(turnsOf(text).map(([, full]) => full)).toEqual(['کیوان میرعابدی', 'کیوان میرعابدی']);
  });

  it('is empty for a single «X: …» line or a label the article names nowhere', () => {
    expect(turnsOf('کیوان میرعابدی در نشست حاضر بود.\nمیرعابدی: راستش نه.')).toEqual([]);
    expect(turnsOf('نکته اول: بازار کوچک است.\nنکته دوم: قیمت‌ها بالاست.')).toEqual([]);
  });
});
