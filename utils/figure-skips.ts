// Numbers in Persian news that are no quantity: model names and codes («F-35», «COP29»),
// phone numbers, match scores («۳ بر یک»), fractions («دو سوم») and the adverb «صد در صد».
import { ordinalValue, readNumber, SCALES, type NumberRead, type Token } from './numbers';
import type { Sentence } from './sentences';
import { SCORE_AFTER, kindOfUnit } from './units';

const GLUED_BEFORE_NUMBER = new Set(['از', 'با', 'به', 'در', 'تا', 'و', 'حدود', 'بیش', 'کمتر', 'هر', 'فقط', 'تنها', 'بر', 'را', 'که', 'رقم', 'مبلغ', 'سال', 'ماه', 'روز', 'ساعت', 'شماره']);

// «F-35», «COP29», phone numbers and leading-zero codes are labels, not quantities.
export function isPartOfCode(tokens: Token[], read: NumberRead): boolean {
  const head = tokens[read.first];
  const prev = tokens[read.first - 1];
  const next = tokens[read.last + 1];
  if (prev && prev.kind === 'latin' && head.gap === '') return true;
  // «خودرو۴۵», «پژو۲۰۶»: digits glued to a name are part of it (broken text glues only function words: «از۵۰»).
  if (prev && prev.kind === 'word' && head.kind === 'digits' && head.gap === '' && !GLUED_BEFORE_NUMBER.has(prev.text)) return true;
  // «F-35», «سی-۱۳۵»: a word, a hyphen and the number, all glued.
  const before = tokens[read.first - 2];
  if (prev?.text === '-' && head.gap === '' && prev.gap === '' && (before?.kind === 'word' || before?.kind === 'latin')) return true;
  if (next && next.kind === 'latin' && next.gap === '') return true;
  if (head.kind !== 'digits' || read.last !== read.first) return false;
  const digits = head.text.replace(/[,.]/g, '');
  return digits.length >= 7 && !/[,.]/.test(head.text) ? true : /^0\d{2,}/.test(digits);
}

// «۳ بر یک», «صفر بر صفر», «۳۶٫۸۰ به ۳۷٫۲۰ مغلوب»: a match score, not two quantities.
export function isScore(tokens: Token[], read: NumberRead): boolean {
  const after = tokens[read.last + 1];
  if (after && SCORE_AFTER.has(after.text)) return true;
  const other = after?.text === 'بر' || after?.text === 'به' ? readNumber(tokens, read.last + 2) : null;
  if (other && (after.text === 'بر' || SCORE_AFTER.has(tokens[other.last + 1]?.text ?? ''))) return true;
  const before = tokens[read.first - 1];
  return before?.text === 'بر' && read.first >= 2 && isNumberEnd(tokens[read.first - 2]);
}

function isNumberEnd(t: Token): boolean {
  return t.kind === 'digits' || t.text in SCALES || t.text === 'یک' || t.text === 'صفر' || readNumber([t], 0) !== null;
}

// «دو سوم», «یک چهارم», «سه دهم درصد»: a small cardinal word and an ordinal make a fraction,
// «یکی دو» is vague,
// and «صد در صد» is mostly the adverb «completely». Neither is a key figure, nor is the
// ordinal an ordinal; returns the last token to skip, or null.
export function idiomEnd(tokens: Token[], read: NumberRead): number | null {
  const head = tokens[read.first];
  // «یکی دو کشتی», «یکی دو روز»: «one or two», no count.
  if (tokens[read.first - 1]?.text === 'یکی' && head.kind === 'word' && read.value <= 3) return read.last;
  // «صدها میلیون», «ده‌ها هزار»: a vague plural before a scale word leaves no number.
  if (head.text in SCALES && VAGUE_PLURALS.has(tokens[read.first - 1]?.text ?? '')) return read.last;
  const next = tokens[read.last + 1];
  if (read.first !== read.last || head.kind !== 'word' || !next || next.kind !== 'word') return null;
  if (head.text === 'صد' && next.text === 'در' && tokens[read.last + 2]?.text === 'صد') return read.last + 2;
  const ordinal = next.gap === ' ' ? ordinalValue(next.text) : null;
  if (ordinal !== null && ordinal >= 2 && ordinal > read.value && read.value <= FRACTION_MAX_NUMERATOR) {
    return read.last + 1;
  }
  return null;
}

const FRACTION_MAX_NUMERATOR = 9;
const VAGUE_PLURALS = new Set(['ها', 'صدها', 'دهها', 'هزاران', 'میلیونها', 'میلیاردها']);

// «ماده‌های ۱۰۰، ۲۰۰ و ۵۰۰ متر», «وزن ۶۰ کیلوگرم»: after a race or class marker the numbers and
// their unit name the event, they measure nothing. Returns the last token of the list, or null.
export function eventListEnd(tokens: Token[], read: NumberRead, afterMarker: boolean): number | null {
  if (!afterMarker) return null;
  let last = read.last;
  for (;;) {
    const link = tokens[last + 1]?.text ?? '';
    const next = LIST_LINKS.has(link) ? readNumber(tokens, last + 2) : null;
    if (!next) break;
    last = next.last;
  }
  const unit = tokens[last + 1];
  const kind = unit?.kind === 'word' ? kindOfUnit(unit.text) : null;
  // «از لحاظ وزن ۲۷ درصد» is a share, «دسته ۳۰ نفره» a count, «به وزن ۸۳۰ هزار تن» a weight.
  if (kind !== 'measure' && unit?.kind === 'word') return null;
  const marker = tokens[read.first - 1]?.text === 'های' ? read.first - 2 : read.first - 1;
  if (MEASURING_BEFORE.has(tokens[marker - 1]?.text ?? '')) return null;
  return kind ? last + 1 : last;
}

const MEASURING_BEFORE = new Set(['به', 'با', 'کل', 'لحاظ', 'نظر']);

const LIST_LINKS = new Set(['،', ',', 'و', 'یا']);

// Verse quoted in news — a ghazal at a memorial, a quatrain — counts nothing: «دو سرلشکر»,
// «پیکر صد چاکش». A verse line is a paragraph of one short sentence with no closing mark whose
// neighbours (±VERSE_WINDOW paragraphs) hold at least two more such lines rhyming with one
// ending; news list items rarely rhyme, and verse has no digits. Returns the positions of verse lines in `sentences`.
export function verseLines(sentences: readonly Sentence[]): Set<number> {
  const ending = sentences.map((s, i) => verseEnding(sentences, i));
  const verse = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (!ending[i]) continue;
    const counts = new Map<string, number>();
    const from = Math.max(0, i - VERSE_WINDOW);
    for (let j = from; j <= i + VERSE_WINDOW && j < sentences.length; j++) {
      if (ending[j]) counts.set(ending[j], (counts.get(ending[j]) ?? 0) + 1);
    }
    if ([...counts.values()].some((n) => n >= 3)) verse.add(i);
  }
  return verse;
}

// The rhyme (last two letters) of a line that may be verse, or '' when it is not such a line.
function verseEnding(sentences: readonly Sentence[], i: number): string {
  const s = sentences[i];
  if (sentences[i - 1]?.paragraph === s.paragraph || sentences[i + 1]?.paragraph === s.paragraph) return '';
  const text = s.text.replace(DIACRITICS_RE, '').trim();
  if (CLOSING_RE.test(text) || DIGIT_RE.test(text)) return '';
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > VERSE_MAX_WORDS) return '';
  return words[words.length - 1].slice(-2);
}

const VERSE_WINDOW = 4;
const VERSE_MAX_WORDS = 12;
const DIACRITICS_RE = /[\u064b-\u0652\u0670]/g;
// Price tables («۸۶ میلیون و ۲۱۰ هزار تومان» line after line) rhyme too, but verse has no digits.
const DIGIT_RE = /[0-9\u06f0-\u06f9\u0660-\u0669]/;
const CLOSING_RE = /[.!?؟…:؛;»"'\u201d)]$/;
