import { describe, it, expect } from 'vitest';
import { tokenize, fold } from '../../utils/attribution';
import { subjectStarts } from '../../utils/subject-starts';

/** The words where a subject may start, best first, for the clause before the verb. */
const startsOf = (text: string, verb: string, directSpeech = false) => {
  const tokens = tokenize(fold(text));
  const v = tokens.findIndex((t) => text.slice(t.start, t.end) === verb);
  return subjectStarts(tokens, 0, v, directSpeech).map((i) => text.slice(tokens[i].start, tokens[i].end));
};

describe('subjectStarts', () => {
  it.each([
    ['the clause start', 'علی ربیعی گفت: کار تمام شد.', 'گفت', 'علی'],
    ['after «به گزارش X،»', 'به گزارش ایسنا، علی ربیعی گفت: کار تمام شد.', 'گفت', 'علی'],
    ['after an adverb opener', 'در ادامه علی ربیعی گفت: کار تمام شد.', 'گفت', 'علی'],
    ['after a dateline', 'ساری ـ ایرنا ـ علی ربیعی گفت: کار تمام شد.', 'گفت', 'علی'],
    ['after a circumstance closed by a comma', 'در آیین افتتاح این طرح، علی ربیعی گفت: کار تمام شد.', 'گفت', 'علی'],
    ['after «این مطلب را»', 'این مطلب را علی ربیعی اعلام کرد.', 'اعلام', 'علی'],
    ['after a time word', 'دیروز پیرمؤذن نماینده اردبیل گفت: تکلیف روشن نیست.', 'گفت', 'پیرمؤذن'],
    ['after «، ولی»', 'وزیر تمایل خود را نشان داد، ولی عرفات بر حق تأکید کرد.', 'تأکید', 'عرفات'],
    ['after an unclosed opener, at a first-named name', 'به گزارش روابط عمومی وزارت نیرو مجید کاظمی معاون وزیر گفت: مصرف بالاست.', 'گفت', 'مجید'],
  ])('%s', (_label, text, verb, expected) => {
    expect(startsOf(text, verb)).toContain(expected);
  });

  it('tries the start after «، ولی» first, and a «که» clause last', () => {
    expect(startsOf('وزیر تمایل خود را نشان داد، ولی عرفات بر حق تأکید کرد.', 'تأکید')[0]).toBe('عرفات');
    const starts = startsOf('این نکته که علی ربیعی می‌گوید درست است.', 'می‌گوید');
    expect(starts[starts.length - 1]).toBe('علی');
  });

  it('gives a name after a preposition or «در حالی» no start of its own', () => {
    expect(startsOf('در دیدار با آقای خاتمی گفت: دیدار خوبی بود.', 'گفت')).not.toContain('آقای');
    expect(startsOf('در این شرایط در حالی مجید کاظمی به تهران رفته است که گروه‌ها گفتند نمی‌آیند.', 'گفتند')).not.toContain('مجید');
  });

  it('opens a short last clause glued by a comma when it opens direct speech', () => {
    expect(startsOf('وی افزود: بودجه کم است، خالقی گفت: نه.', 'گفت', true)).toContain('خالقی');
  });
});
