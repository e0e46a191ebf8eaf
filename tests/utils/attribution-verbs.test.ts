import { describe, it, expect } from 'vitest';
import { accordingTo, findVerbs, personVerb, thisSaid } from '../../utils/attribution-verbs';
import { foldForMatch } from '../../utils/normalize';

/** The reporting verbs of a sentence, as written. */
const verbsOf = (text: string) => {
  const folded = foldForMatch(text);
  return findVerbs(folded).map((v) => text.slice(v.start, v.end));
};

describe('findVerbs', () => {
  it.each([
    ['وی گفت: کار تمام شد.', ['گفت']],
    ['او اظهارکرد که کار تمام شد.', ['اظهارکرد']],
    ['وزیر تاکید و خاطرنشان کرد که بودجه کافی است.', ['تاکید و خاطرنشان کرد']],
    ['وی خواستار بازگشت سریع آوارگان به خانه‌هایشان شد.', ['خواستار بازگشت سریع آوارگان به خانه‌هایشان شد']],
    ['او آن را «دروغ آشکار» خواند.', ['خواند']],
    ['آیت‌الله در درس اخلاق فرمودند: علم بی‌عمل ثمر ندارد.', ['فرمودند']],
    ['رئیس باشگاه این ادعا را رد کرد.', ['رد کرد']],
    ['این کارشناس بر این باور است که بازار رو به رشد است.', ['بر این باور است']],
    ['سلیمانی‌پور روز پنج‌شنبه گفته بود خسارتی نبوده است.', ['گفته بود']],
  ])('finds the verb of «%s»', (text, expected) => {
    expect(verbsOf(text)).toEqual(expected);
  });

  it.each([
    ['گفت‌وگو ادامه دارد.'],
    ['آیا باید آن را پیش‌لرزه یک زلزله بزرگ دانست؟'],
    ['به گفته وی قیمت بالا رفت.'],
    ['مسیر را در سکوت ادامه داد.'],
    ['شرکت در اجلاس را رد کرد.'],
    ['به تعبیری می‌شود گفت که هنر زبان دیگری است.'],
    ['این نکته اعلام شد.'],
    ['خواست مردم روشن است.'],
  ])('finds no reporting verb in «%s»', (text) => {
    expect(verbsOf(text)).toEqual([]);
  });
});

describe('personVerb', () => {
  const kind = (text: string) => {
    const folded = foldForMatch(text);
    return personVerb(folded, findVerbs(folded)[0]);
  };
  it('tells verbs only people use from stances and from announcements bodies make too', () => {
    expect(kind('همتی گفت که نرخ ثابت است.')).toBe('speech');
    expect(kind('همتی این روند را ضروری دانست.')).toBe('stance');
    expect(kind('همتی اعلام کرد که نرخ ثابت است.')).toBe('listed');
    expect(kind('همتی اعلام کرد: نرخ ثابت است.')).toBe('stance');
    expect(kind('الجمهوریه نوشت: نرخ ثابت است.')).toBe(false);
  });
});

describe('accordingTo and thisSaid', () => {
  it('finds «به گفته» at the start or after a comma, and «به نظر» only before a mention', () => {
    expect(accordingTo(foldForMatch('به گفته وی، قیمت بالا رفت.'))).toEqual({ start: 0, end: 8 });
    expect(accordingTo(foldForMatch('قیمت، به باور او، بالا رفت.'))?.start).toBe(6);
    expect(accordingTo(foldForMatch('قیمت بالا رفت.'))).toBeNull();
  });

  it('finds «این را» after a quote', () => {
    const folded = foldForMatch('«کار تمام شد.» این را علی لاریجانی گفت.');
    const hit = thisSaid(folded);
    expect(hit && folded.slice(hit[0], hit[1])).toBe('این را ');
    expect(thisSaid(foldForMatch('این را همه می‌دانند.'))).toEqual([0, 7]);
    expect(thisSaid(foldForMatch('او گفت این را همه می‌دانند.'))).toBeNull();
  });
});
