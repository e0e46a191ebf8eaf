// Persian numbers as news writes them: digits in three scripts with ٬ , thousands and ٫ . /
// decimals, number words («بیست و پنج», «سیصد»), and both mixed with scale words
// («۶ هزار و ۵۰۰», «۱۸ هزار و ۹۱۴ میلیارد», «یک و نیم میلیارد»). Works on foldForMatch text,
// so token offsets are offsets into the original.
import { foldForMatch } from './normalize';

export type TokenKind = 'digits' | 'word' | 'latin' | 'symbol';

export interface Token {
  text: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** What separates it from the previous token: '' glued, '\u200c' half-space, ' ' space or more. */
  gap: string;
}

const CARDINALS: Record<string, number> = {
  صفر: 0, یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, شیش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10,
  یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14, پانزده: 15, پونزده: 15, شانزده: 16, هفده: 17,
  هجده: 18, هیجده: 18, نوزده: 19, بیست: 20, سی: 30, چهل: 40, پنجاه: 50, شصت: 60, هفتاد: 70,
  هشتاد: 80, نود: 90, صد: 100, یکصد: 100, دویست: 200, سیصد: 300, چهارصد: 400, پانصد: 500,
  ششصد: 600, هفتصد: 700, هشتصد: 800, نهصد: 900, نیم: 0.5,
};

/** Scale words multiply what comes before them. «همت» is a unit, see units.ts. */
export const SCALES: Record<string, number> = {
  هزار: 1e3, یکهزار: 1e3, میلیون: 1e6, میلیارد: 1e9, بیلیون: 1e9, تریلیون: 1e12,
};

// Ordinals are the cardinal plus «م»/«مین»; «سه» and «سی» change form, «نخست»/«اول» stand alone.
const ORDINAL_SPECIAL: Record<string, number> = {
  اول: 1, اولین: 1, نخست: 1, نخستین: 1, یکم: 1, یکمین: 1, سوم: 3, سومین: 3, سیام: 30, سیامین: 30,
};
const ORDINAL_SUFFIX_RE = /^(.+?)(?:م|مین)$/;
// Digits glued to an ordinal ending: «۱۲ام», «۲۰مین».
const DIGIT_ORDINAL_SUFFIXES = new Set(['ام', 'امین', 'مین', 'م']);

// One token: a clock time, a number with separators, a run of Persian letters (ZWNJ splits
// runs so «سه‌گانه» is «سه» + «گانه»), a Latin word, or one other visible character.
const TOKEN_RE =
  /(\d{1,2}:\d{2}(?::\d{2})?)|(\d+(?:,\d{3}(?!\d))*(?:[./]\d+)*)|([\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff\u200b]+)|([A-Za-z]+)|([^\s\u200c\u200b])/g;
// «1.600.000», «9.500.000»: dots as thousands separators (two or more groups of three).
const DOT_THOUSANDS_RE = /^\d{1,3}(?:\.\d{3}){2,}$/;
const HALF_SPACE_GAP_RE = /^[\u200c\u200b]+$/;
// Scale words glued to what follows when the space was lost: «میلیاردریال», «هزارو»,
// «هزارگواهینامه», «۸۵ میلیونی»; but «هزاران», «میلیونها», «هزارم» are words of their own.
const GLUED_SCALE_RE = /^(هزار|میلیون|میلیارد|تریلیون)(و|ی|تن|(?!ان$|ها|م$|مین)[\u0621-\u06ff]{3,})$/;
// «و» glued to the number word after it: «بیست وپنج», «هزار‌وپانصدمین».
const GLUED_AND_RE = /^و(.+)$/;

/** Tokens of a foldForMatch string. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of folded.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const between = folded.slice(last, start);
    const gap = between === '' ? '' : HALF_SPACE_GAP_RE.test(between) ? '\u200c' : ' ';
    const kind: TokenKind = m[1] || m[2] ? 'digits' : m[3] ? 'word' : m[4] ? 'latin' : 'symbol';
    last = start + m[0].length;
    if (kind === 'word') pushWord(tokens, m[0], start, gap);
    else tokens.push({ text: m[0], kind, start, end: last, gap });
  }
  return tokens;
}

function pushWord(tokens: Token[], text: string, start: number, gap: string): void {
  const glued = GLUED_SCALE_RE.exec(text);
  const and = glued ? null : GLUED_AND_RE.exec(text);
  const cut = glued ? glued[1].length : and && (and[1] in CARDINALS || ordinalValue(and[1]) !== null) ? 1 : 0;
  if (!cut) {
    tokens.push({ text, kind: 'word', start, end: start + text.length, gap });
    return;
  }
  tokens.push({ text: text.slice(0, cut), kind: 'word', start, end: start + cut, gap });
  // «هزار‌وپانصدمین»: the rest may itself be «و» glued to a number word.
  pushWord(tokens, text.slice(cut), start + cut, '');
}

/** The value of a digit string in foldForMatch form: «12,500», «2.5», «12/5» (a decimal). */
export function parseDigits(text: string): number | null {
  const plain = DOT_THOUSANDS_RE.test(text) ? text.replace(/\./g, '') : text.replace(/,/g, '').replace('/', '.');
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** The value of an ordinal word: «سومین» 3, «بیستم» 20, «نخستین» 1; null otherwise. */
export function ordinalValue(word: string): number | null {
  const w = word.replace(/[\u200c\u200b]/g, '');
  if (w in ORDINAL_SPECIAL) return ORDINAL_SPECIAL[w];
  const m = ORDINAL_SUFFIX_RE.exec(w);
  if (!m) return null;
  const base = m[1].replace(/ا$/, '');
  if (base in CARDINALS && base !== 'نیم' && base !== 'سه' && base !== 'صفر') return CARDINALS[base];
  if (base in SCALES) return SCALES[base];
  return null;
}

export type NumberFormat = 'number' | 'time' | 'date';

export interface NumberRead {
  value: number;
  /** Token indices of the first and last token of the number (inclusive). */
  first: number;
  last: number;
  format: NumberFormat;
  ordinal: boolean;
  /** Written at least partly in words («سه», «هزار»). */
  inWords: boolean;
  /** The bare single word «یک» (usually the indefinite article) or «نیم» («نیم سکه», a name). */
  loneOne: boolean;
}

/** Reads the number that starts at token i, or null when none does. */
export function readNumber(tokens: Token[], i: number): NumberRead | null {
  const head = tokens[i];
  if (!head) return null;
  if (head.kind === 'digits') {
    const special = readSpecialDigits(head.text, i);
    if (special) return special;
  }
  const headValue = atomValue(head);
  if (headValue === null) return readOrdinalWord(tokens, i);
  let total = 0;
  let current = headValue.value;
  let maxScale = 1;
  let place = placeOf(head, headValue.value);
  let inWords = head.kind === 'word';
  let last = i;
  if (headValue.scale) {
    total = headValue.value;
    current = 0;
    maxScale = headValue.value;
    place = headValue.value;
  }
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    // «چهار صد», «یک صد و هشتاد»: hundreds written in two words.
    if (t.text === 'صد' && t.kind === 'word' && tokens[j - 1].kind === 'word' && place === 1 && current >= 1 && current <= 9 && Number.isInteger(current)) {
      current *= 100;
      place = 100;
      last = j;
      continue;
    }
    const scale = t.kind === 'word' ? SCALES[t.text] : undefined;
    if (scale && (current > 0 || total === 0 || scale > maxScale)) {
      if (scale > maxScale) total = (total + current || 1) * scale;
      else total += current * scale;
      maxScale = Math.max(maxScale, scale);
      current = 0;
      place = scale;
      inWords = true;
      last = j;
      continue;
    }
    if (t.text !== 'و' || t.kind !== 'word') break;
    const next = tokens[j + 1];
    const nextValue = next ? atomValue(next) : null;
    if (next && nextValue === null && place > 1) {
      const ord = ordinalValue(next.text);
      if (ord !== null && ord < place) {
        return finish(total + current + ord, i, j + 1, 'number', true, true);
      }
    }
    if (!nextValue || nextValue.scale || !(nextValue.value < place)) break;
    current += nextValue.value;
    place = placeOf(next, nextValue.value);
    inWords = inWords || next.kind === 'word';
    last = j + 1;
    j++;
  }
  const ordinal = tokens[last + 1];
  if (head.kind === 'digits' && last === i && ordinal?.gap === '' && DIGIT_ORDINAL_SUFFIXES.has(ordinal.text)) {
    return finish(headValue.value, i, i + 1, 'number', true, false);
  }
  const read = finish(total + current, i, last, 'number', false, inWords);
  read.loneOne = last === i && (head.text === 'یک' || head.text === 'نیم');
  return read;
}

function finish(value: number, first: number, last: number, format: NumberFormat, ordinal: boolean, inWords: boolean): NumberRead {
  return { value, first, last, format, ordinal, inWords, loneOne: false };
}

// «۱۴:۴۴» is a time; «۱۴۰۴/۰۶/۱۴» and «۱۴۰۴/۰۶» are dates; «۱۲/۵» is a decimal.
function readSpecialDigits(text: string, i: number): NumberRead | null {
  if (text.includes(':')) return finish(Number(text.split(':')[0]), i, i, 'time', false, false);
  const slashes = text.split('/');
  if (slashes.length > 2 || (slashes.length === 2 && /^(1[34]|19|20)\d\d$/.test(slashes[0]))) {
    return finish(Number(slashes[0]), i, i, 'date', false, false);
  }
  if ((text.match(/\./g) ?? []).length > 1 && !DOT_THOUSANDS_RE.test(text)) return finish(Number(text.split('.')[0]), i, i, 'date', false, false);
  return null;
}

function atomValue(t: Token): { value: number; scale: boolean } | null {
  if (t.kind === 'digits') {
    const v = parseDigits(t.text);
    return v === null ? null : { value: v, scale: false };
  }
  if (t.kind !== 'word') return null;
  if (t.text in CARDINALS) return { value: CARDINALS[t.text], scale: false };
  if (t.text in SCALES) return { value: SCALES[t.text], scale: true };
  return null;
}

// What a number after «و» must stay below: «بیست و پنج» (tens), «صد و بیست» (hundreds),
// «یک و نیم». Digits and units «۵ و ۶» are two numbers, except before «نیم».
function placeOf(t: Token, value: number): number {
  if (t.kind === 'word' && value >= 20 && value < 1000) return value % 100 === 0 ? 100 : 10;
  return 1;
}

function readOrdinalWord(tokens: Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  const v = ordinalValue(t.text);
  return v === null ? null : finish(v, i, i, 'number', true, true);
}

/** The value of a whole string that is one number («دو میلیون و سیصد هزار», «۲٫۵ میلیون»). */
export function parseNumber(text: string): number | null {
  const tokens = tokenize(foldForMatch(text.trim()));
  const read = readNumber(tokens, 0);
  if (!read || read.last !== tokens.length - 1) return null;
  return read.value;
}
