import { describe, it, expect } from 'vitest';
import { fullNames, organizationWords, readSentences, type ReadSentence } from '../../utils/article-prepass';
import { splitSentences } from '../../utils/sentences';

const read = (text: string): ReadSentence[] => readSentences(splitSentences(text));

describe('fullNames', () => {
  it('finds full names given in passing, by surname, with how sure the given name makes them', () => {
    const names = fullNames(read('نشست فیلم به کارگردانی فرشته نیک‌آیین برگزار شد. ژان-لوک برتوموند از طرح دفاع کرد. ساندرو گلونتی از گرجستان دوم شد.'));
    expect(names.get('نیکآیین')).toMatchObject({ full: 'فرشته نیک‌آیین', sure: true });
    expect(names.get('برتوموند')).toMatchObject({ full: 'ژان-لوک برتوموند', sure: true });
    expect(names.get('گلونتی')).toMatchObject({ full: 'ساندرو گلونتی', sure: false });
  });

  it('leaves out a surname two full names share, and a surname before a plural noun', () => {
    const names = fullNames(read('کامران صدرالدینی و بهرام صدرالدینی آمدند. افشار نمایشگاه‌های استانی را دید.'));
    expect(names.has('صدرالدینی')).toBe(false);
    expect(names.has('نمایشگاههای')).toBe(false);
  });
});

describe('organizationWords', () => {
  it('collects the words after an organization’s head noun', () => {
    expect([...organizationWords(read('شرکت خودروسازی تویوتا اعلام کرد.'))]).toContain('تویوتا');
  });
});
