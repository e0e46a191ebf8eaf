// What stands around a number in a sentence: the unit right after it (with half-spaced parts and
// two-word units), the word and label before it, and the story's parties named again («دو کشور»).
// figures.ts decides from these what the number counts.
import { matchKey } from './normalize';
import type { NumberRead, Token } from './numbers';
import { NATIONALITIES, STOPWORDS } from './name-words';
import { LABEL_MARKERS_BEFORE, MEASURE_PAIRS, MODEL_MARKERS_BEFORE, POSITION_MARKERS_BEFORE } from './units';

export const DEICTIC_BEFORE = new Set(['این', 'آن', 'همین', 'همان', 'هر']);
const PARTIES = new Set(['کشور', 'طرف', 'تیم', 'همسایه', 'ملت', 'دولت', 'نیمه', 'ست', 'باشگاه', 'رهبر']);
const QUALIFIERS = new Set(['دیگر', 'عضو', 'اروپایی', 'آسیایی', 'عربی', 'همسایه', 'منطقه']);
const BETWEEN = new Set(['بین', 'میان']);
// «قرار است سه کشور …»: a verb before the number starts a new clause.
const VERB_END_RE = /(?:است|اند|ند|د|ید|یم)$/;

export interface UnitWords {
  /** Folded parts joined by half-spaces, e.g. ['پاس', 'گل']. */
  parts: string[];
  /** The parts without half-spaces, or a two-word unit as «متر_مربع». */
  key: string;
  start: number;
  end: number;
  /** Index of the unit's last token. */
  last: number;
}

// The word after a number, with its half-space-joined parts («پاس‌گل», «میلی‌متر») and, for
// two-word units, the next word too («متر مربع», «کیلووات ساعت»).
export function unitAfter(tokens: Token[], i: number): UnitWords | null {
  const first = tokens[i];
  if (!first) return null;
  if (first.text === '%') return { parts: ['%'], key: '%', start: first.start, end: first.end, last: i };
  if (first.kind !== 'word') return null;
  // «می‌شود» after a number is a verb, not the month «می».
  if ((first.text === 'می' || first.text === 'نمی') && tokens[i + 1]?.gap === '\u200c') return null;
  let j = i;
  while (tokens[j + 1]?.kind === 'word' && tokens[j + 1].gap === '\u200c') j++;
  const parts = tokens.slice(i, j + 1).map((t) => t.text);
  const key = parts.join('');
  // The second word may be half-spaced too: «درجه سانتی‌گراد».
  let k = j + 1;
  let second = tokens[k]?.kind === 'word' ? tokens[k].text : '';
  while (second && tokens[k + 1]?.kind === 'word' && tokens[k + 1].gap === '\u200c') second += tokens[++k].text;
  // «۶ واحد درصد»: percentage points, a percent figure.
  if (key === 'واحد' && second === 'درصد') return { parts: [...parts, second], key: 'درصد', start: first.start, end: tokens[k].end, last: k };
  if (second && MEASURE_PAIRS.has(`${key}_${second}`)) {
    // «کیلومتر بر ساعت», «میکروگرم بر متر مکعب»: a rate runs to the unit it is per.
    if (second === 'بر' && tokens[k + 1]?.kind === 'word') {
      k++;
      if (tokens[k + 1]?.kind === 'word' && MEASURE_PAIRS.has(`${tokens[k].text}_${tokens[k + 1].text}`)) k++;
    }
    return { parts, key, start: first.start, end: tokens[k].end, last: k };
  }
  return { parts, key, start: first.start, end: tokens[j].end, last: j };
}

/**
 * «روابط دو کشور», «خط قرمز دو کشور», «بین دو نیمه»: two or three in words before the story's parties,
 * after a noun they belong to, name them again and count nothing new; «با دو باشگاه», «دو باشگاه
 * عربستانی», «سه تیم دیگر» count.
 */
export function isPartiesAgain(tokens: Token[], read: NumberRead, unit: UnitWords): boolean {
  if (!PARTIES.has(unit.key) || tokens[read.first].kind !== 'word' || read.value > 3 || read.first !== read.last) return false;
  const next = tokens[unit.last + 1];
  if (next?.kind === 'word' && (QUALIFIERS.has(next.text) || NATIONALITIES.has(matchKey(next.text)))) return false;
  const prev = tokens[read.first - 1];
  if (!prev) return false;
  if (prev.text === '»' || BETWEEN.has(prev.text)) return true;
  return prev.kind === 'word' && !STOPWORDS.has(matchKey(prev.text)) && !VERB_END_RE.test(prev.text);
}

export function wordBefore(tokens: Token[], i: number): string {
  let j = i - 1;
  if (tokens[j]?.kind !== 'word') return '';
  let word = tokens[j].text;
  while (tokens[j].gap === '\u200c' && tokens[j - 1]?.kind === 'word') word = tokens[--j].text + word;
  return word;
}

// «کد خبر: ۱۲۳۴۵», «شماره ۱۱۰», «اورژانس ۱۱۵», «ماده ۱۰», «کیلومتر ۳۸ جاده».
export function labelBefore(tokens: Token[], i: number): boolean {
  let j = i;
  while (j > 0 && (tokens[j - 1].text === ':' || tokens[j - 1].text === '#')) j--;
  if (tokens[j - 1]?.text === 'خبر') return true;
  const word = wordBefore(tokens, j);
  // «در این نشست ۱۲ سند … امضا شد»: «this sitting», then a count.
  if (POSITION_MARKERS_BEFORE.has(word) && DEICTIC_BEFORE.has(tokens[j - 2]?.text ?? '')) return false;
  return LABEL_MARKERS_BEFORE.has(word) || MODEL_MARKERS_BEFORE.has(word) || POSITION_MARKERS_BEFORE.has(word);
}
