import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../utils/sentences';
import { extractSpeakers } from '../../utils/speakers';

// The forms are read through extractSpeakers, which keeps the context they need.
const speakersOf = (text: string) => extractSpeakers(splitSentences(text)).map((s) => [s.name, s.role, s.quotes]);

describe('speech forms around a preposition or a quote', () => {
  it('«به گفته X، ROLE،» gives the rest of the sentence as the statement', () => {
    expect(speakersOf('به گفته مهدی طاهری، کارشناس اقتصادی، تورم امسال بالا می‌ماند.')).toEqual([['مهدی طاهری', 'کارشناس اقتصادی', ['تورم امسال بالا می‌ماند.']]]);
  });

  it('«اما به اعتقاد X» after a conjunction', () => {
    expect(speakersOf('اما به اعتقاد ساناز وکیلی، مدیر سبدگردان، بازار توان جذب ندارد.').map((s) => s[0])).toEqual(['ساناز وکیلی']);
  });

  it('«از قول X» names X, but «از قول مساعد» is a promise', () => {
    expect(speakersOf('ایرنا از قول کروبی گفت که انتخابات آزاد است.').map((s) => s[0])).toEqual(['کروبی']);
    expect(speakersOf('او از قول مساعد استانداری خبر داد.')).toEqual([]);
  });

  it('««…» این را X گفت» gives the quote to X, a lone surname too', () => {
    const text = 'آیین رونمایی از رمان نوشته منیژه کاوه‌پور برگزار شد. «این رمان را در ۱۱ سال نوشتم»، این را کاوه‌پور در ابتدای سخنانش گفت.';
    expect(speakersOf(text)).toEqual([['منیژه کاوه‌پور', '', ['این رمان را در ۱۱ سال نوشتم']]]);
  });
});
