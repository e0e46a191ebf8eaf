// Dates as Iranian news pages state them: ISO strings (with or without a zone, sometimes a Solar Hijri
// date written as ISO) and printed Solar Hijri dates («۱ شهریور ۱۴۰۴ - ۱۳:۴۶»), as ISO 8601 in Iran's time.
import { foldForMatch } from './normalize';

// Iranian sites often print only a Solar Hijri date: «۱ شهریور ۱۴۰۴ - ۱۳:۴۶», «۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹».
const JALALI_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const TIME_PART = String.raw`(?:[\s\-–،,|ساعت]*(\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const JALALI_WORDS_RE = new RegExp(String.raw`(\d{1,2})\s*(${JALALI_MONTHS.join('|')})(?:\s*ماه)?\s*(1[34]\d\d)` + TIME_PART);
const JALALI_NUMERIC_RE = new RegExp(String.raw`(1[34]\d\d)[/\-.](\d{1,2})[/\-.](\d{1,2})` + TIME_PART);
const PM_RE = /^\s*(ب\.?\s?ظ|بعد ?از ?ظهر|عصر|شب)/;
// «دهم مرداد ۱۴۰۵», «بیست و یکم اسفند»: the day as an ordinal word, as blogs and columns write it.
const UNIT_ORDINALS = ['یکم', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم'];
const DAY_ORDINALS = new Map<string, number>([
  ['اول', 1], ...UNIT_ORDINALS.map((w, i) => [w, i + 1] as [string, number]),
  ...['دهم', 'یازدهم', 'دوازدهم', 'سیزدهم', 'چهاردهم', 'پانزدهم', 'شانزدهم', 'هفدهم', 'هجدهم', 'نوزدهم'].map((w, i) => [w, i + 10] as [string, number]),
  ['هیجدهم', 18], ['بیستم', 20], ['سیام', 30], ['سی ام', 30], ['سیم', 30],
  ...UNIT_ORDINALS.map((w, i) => [`بیست و ${w}`, 21 + i] as [string, number]), ['سی و یکم', 31],
]);
const ORDINAL_DAY_RE = new RegExp(String.raw`(${[...DAY_ORDINALS.keys()].sort((a, b) => b.length - a.length).join('|')})\s+(?=(?:${JALALI_MONTHS.join('|')}))`);

/** «بیست‌ویکم اسفند» → «21 اسفند». */
function ordinalDayToDigits(folded: string): string {
  const spaced = folded.replace(/\u200c/g, ' ').replace(/ و(?=\S)/g, ' و ').replace(/(\S)و /g, '$1 و ');
  const m = ORDINAL_DAY_RE.exec(spaced);
  return m ? spaced.slice(0, m.index) + String(DAY_ORDINALS.get(m[1])) + ' ' + spaced.slice(m.index + m[0].length) : folded;
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(.*)$/;
const HAS_ZONE_RE = /(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Dates as the page states them; Z or offset kept, date-only strings left as they are. A time
 * without a zone is Iran's local time; a Solar Hijri date written as ISO («1405-01-19T13:45») is converted.
 */
export function toIsoDate(value: string): string | null {
  const m = ISO_DATE_RE.exec(value.trim().replace(' ', 'T'));
  if (!m) return null;
  let [, y, mo, d] = m;
  // «+0330» (no colon) is how some CMSs write the offset; ISO 8601 extended form has «+03:30».
  const rest = m[4].replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  let jalali: [number, number, number] | null = null;
  if (Number(y) < 1700) {
    jalali = [Number(y), Number(mo), Number(d)];
    const [gy, gm, gd] = jalaliToGregorian(...jalali);
    [y, mo, d] = [String(gy), pad(gm), pad(gd)];
  }
  const date = `${y}-${mo}-${d}`;
  if (!/^T\d{2}:\d{2}/.test(rest) || HAS_ZONE_RE.test(rest)) return date + rest;
  return date + rest + (jalali ? iranOffset(...jalali) : gregorianIranOffset(Number(y), Number(mo), Number(d)));
}

/** Iran's offset on a Gregorian day: daylight time (+04:30) from 22 March to 21 September until 2022, except 2006–2007. */
function gregorianIranOffset(y: number, m: number, d: number): string {
  const summer = y <= 2022 && y !== 2006 && y !== 2007 && (m > 3 || (m === 3 && d >= 22)) && (m < 9 || (m === 9 && d <= 21));
  return summer ? '+04:30' : '+03:30';
}

/** Days from 1 Farvardin of year 1 AP, in the 33-year arithmetic cycle (exact for 1300–1500 AP). */
function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  const y = jy + 1595;
  let days = -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd
    + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days--;
    gy += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  let gd = days + 1;
  while (gm < 12 && gd > monthDays[gm]) gd -= monthDays[gm++];
  return [gy, gm + 1, gd];
}

/** Iran kept daylight time (+04:30) from 2 Farvardin to 30 Shahrivar until 1401, except 1385–1386. */
function iranOffset(jy: number, jm: number, jd: number): string {
  const summer = jy <= 1401 && jy !== 1385 && jy !== 1386 && (jm < 6 || (jm === 6 && jd <= 30)) && !(jm === 1 && jd === 1);
  return summer ? '+04:30' : '+03:30';
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** A Solar Hijri date (and time) in Iranian local time as ISO 8601, or null. */
export function parseJalaliDate(text: string): string | null {
  const folded = ordinalDayToDigits(foldForMatch(text));
  const words = JALALI_WORDS_RE.exec(folded);
  const numeric = words ? null : JALALI_NUMERIC_RE.exec(folded);
  if (!words && !numeric) return null;
  const [jy, jm, jd] = words
    ? [Number(words[3]), JALALI_MONTHS.indexOf(words[2]) + 1, Number(words[1])]
    : [Number(numeric![1]), Number(numeric![2]), Number(numeric![3])];
  if (jm < 1 || jm > 12 || jd < 1 || jd > 31) return null;
  const [gy, gm, gd] = jalaliToGregorian(jy, jm, jd);
  const date = `${gy}-${pad(gm)}-${pad(gd)}`;
  const match = (words ?? numeric)!;
  const [hh, mm, ss] = match.slice(4, 7);
  if (!hh) return date;
  // «ب.ظ» (afternoon) after a 12-hour clock time.
  const afternoon = PM_RE.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 12));
  const hour = Number(hh) + (afternoon && Number(hh) < 12 ? 12 : 0);
  return `${date}T${pad(hour)}:${mm}:${pad(ss ?? '0')}${iranOffset(jy, jm, jd)}`;
}
