import { describe, it, expect } from 'vitest';
import { tokenize, fold } from '../../utils/attribution';
import {
  appositionAfter, closedApposition, groupAfter, parseBareName, parseLoneSurname, parseNameBeforeApposition, parseNameBeforeFrom,
  parseNameAfterRole, parseNameBeforeRelative,
} from '../../utils/name-shapes';

const tokensOf = (text: string) => tokenize(fold(text));
/** Token index of the first token that starts the given word. */
const at = (text: string, word: string) => tokensOf(text).findIndex((t) => text.slice(t.start, t.end) === word);
const words = (text: string, span: { from: number; to: number } | [number, number] | null | undefined) => {
  if (!span) return null;
  const [from, to] = Array.isArray(span) ? span : [span.from, span.to];
  const tokens = tokensOf(text);
  // Folding keeps offsets: the span as written.
  return text.slice(tokens[from].start, tokens[to - 1].end);
};

describe('apposition shapes', () => {
  const text = 'ریم توفیق خادر، مادر پنج فرزند، به بی‌بی‌سی گفت: می‌ترسیم.';
  const verb = at(text, 'گفت');

  it('lets a relative clause closed by a comma stand between the apposition and the verb', () => {
    const t = 'ماتیاس کلاین، دیرین‌شناس موزه برلین، که به صورت برخط در نشست حضور داشت، گفت: فسیل‌ها کم‌نظیرند.';
    expect(words(t, parseNameBeforeApposition(tokensOf(t), 0, at(t, 'گفت')))).toBe('ماتیاس کلاین');
  });

  it('reads a name in no list before an apposition that runs into the verb', () => {
    expect(words(text, parseNameBeforeApposition(tokensOf(text), 0, verb))).toBe('ریم توفیق خادر');
    expect(words(text, appositionAfter(tokensOf(text), 3, verb))).toBe('مادر پنج فرزند');
  });

  it('takes the apposition of a sentence that reports nothing, up to a relative clause', () => {
    const intro = 'محبوبه رنجبر، بیمار ۴۶ ساله‌ای از ورامین که دیالیز می‌شود، صبح زود می‌آید.';
    expect(words(intro, closedApposition(tokensOf(intro), 2))).toBe('بیمار ۴۶ ساله‌ای از ورامین');
    expect(closedApposition(tokensOf('محبوبه رنجبر امروز آمد.'), 2)).toBeNull();
  });
});

describe('names set off after a role', () => {
  it('reads two or three unknown person words between commas after a role, the verb a few words on', () => {
    const text = 'سرمربی تیم ملی فوتبال، جان اسمیت، در نشست خبری گفت: کار سخت است.';
    expect(words(text, parseNameAfterRole(tokensOf(text), at(text, 'جان') - 1, at(text, 'گفت')))).toBe('جان اسمیت');
  });

  it('refuses a time phrase, a city or a single word between the commas', () => {
    for (const text of ['مدیرکل بهزیستی استان، روز گذشته، گفت: کار سخت است.', 'رئیس شورای شهر، تهران، گفت: کار سخت است.']) {
      const tokens = tokensOf(text);
      expect(parseNameAfterRole(tokens, tokens.findIndex((t) => t.text === '،'), at(text, 'گفت'))).toBeNull();
    }
  });
});

describe('names before a clause', () => {
  it('reads one to three unknown words before a relative clause closed by a comma before the verb', () => {
    const text = 'کنجی تاناکا که دیروز وارد پکن شد، گفت: سفر مفید بود.';
    expect(words(text, parseNameBeforeRelative(tokensOf(text), 0, at(text, 'گفت')))).toBe('کنجی تاناکا');
  });

  it('reads a person by where they are from, and a group as the role', () => {
    const uni = 'یوهانا لیندبرگ از دانشگاه اوپسالا، در پایان مطالعه گفت: متعجب شدیم.';
    expect(words(uni, parseNameBeforeFrom(tokensOf(uni), 0, at(uni, 'گفت'), true)?.name)).toBe('یوهانا لیندبرگ');
    const group = 'ماسوری از مسئولان پلیس پاریس که در محل بود، گفت: اشکال فنی بود.';
    expect(words(group, groupAfter(tokensOf(group), 1, at(group, 'گفت')))).toBe('از مسئولان پلیس پاریس');
    const country = 'ایران از سازمان ملل خواست تحریم را بردارد.';
    expect(parseNameBeforeFrom(tokensOf(country), 0, at(country, 'خواست'), true)).toBeNull();
  });
});

describe('parseBareName and parseLoneSurname', () => {
  it('reads exactly two unknown words before a verb, but no anonymous noun', () => {
    expect(words('ژابی آلونسو گفت تیم آماده است.', parseBareName(tokensOf('ژابی آلونسو گفت تیم آماده است.'), 0, 2))).toBe('ژابی آلونسو');
    expect(parseBareName(tokensOf('منبع آگاه گفت تیم آماده است.'), 0, 2)).toBeNull();
  });

  it.each([
    ['همتی گفت: نرخ ثابت است.', 'گفت', 'همتی'],
    ['باب‌هوک، افزود: رأی‌دهندگان باید انتخاب کنند.', 'افزود', 'باب‌هوک'],
    ['کریم می‌گوید: کرایه را دو برابر گرفتند.', 'می‌گوید', 'کریم'],
  ])('reads «%s» as a surname', (text, verb, name) => {
    expect(words(text, parseLoneSurname(tokensOf(text), 0, at(text, verb), true))).toBe(name);
  });

  it.each([
    ['متخصصان گفتند که خطر جدی است.', 'گفتند'],
    ['ساری ـ اداره کل شیلات اعلام کرد که صید آزاد است.', 'اعلام'],
    ['زمانی که جورج بوش آمد، قول داد.', 'قول'],
    ['کریم دیروز در بازار گفت که گران است.', 'گفت'],
  ])('refuses «%s»', (text, verb) => {
    expect(parseLoneSurname(tokensOf(text), 0, at(text, verb), true)).toBeNull();
  });
});
