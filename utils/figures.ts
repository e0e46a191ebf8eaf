// Figures in Persian news: every number that counts or measures something, with what it
// counts. The unit is the word right after the number («۶۳۹ پروژه» → «پروژه»); scale words
// are resolved («۸۵ میلیون تومان» → 85e6 تومان). A bare «یک» is the indefinite article
// («یک شرکت»), so it is a figure only with a scale, a unit or as «۱» in digits.
import type { Figure, FigureKind } from './types';
import type { Sentence } from './sentences';
import { foldForMatch, matchKey } from './normalize';
import { readNumber, tokenize, ordinalValue, SCALES, type NumberRead, type Token } from './numbers';
import { carryCurrency, currencyNamed } from './figure-currency';
import { eventListEnd, idiomEnd, isPartOfCode, isScore, verseLines } from './figure-skips';
import {
  CLASSIFIERS, DATE_MARKERS_BEFORE, EVENT_MARKERS_BEFORE, RANK_MARKERS_BEFORE, IDIOM_AFTER, MONTHS,
  NOT_A_NOUN, UNIT_SCALE, YEAR_MARKERS_AFTER, kindOfUnit,
} from './units';
import { DEICTIC_BEFORE, isPartiesAgain, labelBefore, unitAfter, wordBefore, type UnitWords } from './figure-context';

interface Found {
  value: number;
  unit: string;
  kind: FigureKind | null;
  start: number;
  end: number;
  read: NumberRead;
  /** End of the number itself when it closes on a scale word («۲۸۰ میلیون»). */
  scaledEnd?: number;
}

// Glued verb forms when the half-space was lost: «میشود», «نمیکنند».
const GLUED_VERB_RE = /^ن?می(شو|کن|باش|رس|ده|گیر|یاب|آی|تو|خواه)/;
// Number words that are more often something else: «نه» (no), «سی» (in names).
const AMBIGUOUS_WORDS = new Set(['نه', 'سی']);
// Only these connect a unitless number to the next one's unit: «۸۷ تا ۹۶ درصد», «۱۰۰، ۲۰۰ و ۵۰۰ متر».
const RANGE_LINKS = new Set(['تا', 'الی', 'و', '،', ',', '-', '–', 'یا', 'از', 'به']);
const YEAR_LIKE_RE = /^(1[34]\d\d|19\d\d|20\d\d)$/;
// Prepositions that open a parallel clause, and how many tokens it may span.
const PARALLEL_LINKS = new Set(['به', 'از', 'تا']);
const PARALLEL_MAX_GAP = 6;
const LIST_STEP_LINKS = new Set(['،', ',', 'و', '؛']);
const ADJECTIVAL_RE = /یی?$/;
const SIGNED_KINDS: ReadonlySet<FigureKind> = new Set(['percent', 'money', 'measure']);
const YEAR_BEFORE = new Set(['سال', 'سالهای', 'انتخابات']);
const YEAR = 'سال';
const EZAFE_AFTER_VOWEL_RE = /(\S[^اوآ][اوآ])ی$/;
// Where a clause opens: a demonstrative right after these determines the noun after the number.
const CLAUSE_OPENING = new Set(['', '.', '،', ',', '؛', ':', '«', 'و', 'که', 'اما', 'ولی']);
// «از این ۱۴ نفر» (of these 14) determines; «پیش از این ۴۵ نماینده» (before this) does not.
const PREPOSITIONS = new Set(['از', 'در', 'به', 'با', 'بر', 'برای', 'تا']);
const TIME_BEFORE_AZ = new Set(['پیش', 'پس', 'بعد', 'قبل']);
const KEEP_WITH_LABEL: ReadonlySet<FigureKind> = new Set(['percent', 'money', 'measure']);

/**
 * Every figure of the sentences, in order, once per article: a figure repeated later keeps its
 * first sentence; a unit with or without the adjectival «ی» («تومان»/«تومانی», «گل»/«گلی») is one.
 * A currency named in the paragraph carries to its scaled amounts (figure-currency.ts); numbers in
 * words inside quoted verse count nothing.
 */
export function extractFigures(sentences: Sentence[]): Figure[] {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  const years = new Set<string>();
  let paragraph = -1;
  let currency = '';
  const verse = verseLines(sentences);
  for (const [n, s] of sentences.entries()) {
    if (s.paragraph !== paragraph) [paragraph, currency] = [s.paragraph, ''];
    const { found, currency: named } = figuresOf(s.text, years);
    currency = named || currency;
    for (const f of found) {
      if (currency) carryCurrency(f, currency);
      if (!f.kind || (f.read.inWords && verse.has(n))) continue;
      // «۴۵‌گل» and «۴۵‌گلی» are one figure: the adjectival «ی» folds away for de-duplication.
      const unit = matchKey(f.unit);
      const bare = `${f.kind}|${f.value}|${unit.replace(ADJECTIVAL_RE, '')}`;
      const key = unit.length > 3 ? bare : `${f.kind}|${f.value}|${unit}`;
      if (seen.has(key) || seen.has(bare)) continue;
      seen.add(key).add(bare);
      figures.push({ value: f.value, unit: f.unit, text: s.text.slice(f.start, f.end), sentence: s.text, kind: f.kind });
    }
  }
  return figures;
}

function figuresOf(text: string, years: Set<string>): { found: Found[]; currency: string } {
  const tokens = tokenize(foldForMatch(text));
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumber(tokens, i);
    if (!read) continue;
    i = read.last;
    if (isPartOfCode(tokens, read) || isScore(tokens, read)) continue;
    const skip = idiomEnd(tokens, read) ?? eventListEnd(tokens, read, EVENT_MARKERS_BEFORE.has(wordBefore(tokens, read.first)));
    if (skip !== null) {
      i = skip;
      continue;
    }
    const f = classify(text, tokens, read);
    if (f) found.push(rememberYears(tokens, withSign(tokens, f), years));
  }
  inheritUnits(tokens, found);
  return { found: joinCents(tokens, found), currency: currencyNamed(text, tokens) };
}

// «۸ دلار و ۵۰ سنت» is one price, 8.5 dollars.
const CENTS = new Set(['سنت', 'پنی', 'پنس']);
function joinCents(tokens: Token[], found: Found[]): Found[] {
  return found.filter((f, k) => {
    const prev = found[k - 1];
    const joined = prev?.kind === 'money' && CENTS.has(matchKey(f.unit)) && f.value < 100 && tokens[f.read.first - 1]?.text === 'و' && tokens[f.read.first - 2]?.end === prev.end;
    if (joined) [prev.value, prev.end] = [prev.value + f.value / 100, f.end];
    return !joined;
  });
}

// «منفی ۵ درجه», «-۲ درصد»: temperatures, growth and balances go below zero; a hyphen glued
// between two words or numbers («سی-۱۳۵», «۲۰۲۳-۲۴») is no minus.
function withSign(tokens: Token[], f: Found): Found {
  if (f.kind !== null && !SIGNED_KINDS.has(f.kind)) return f;
  const minus = tokens[f.read.first - 1];
  const before = tokens[f.read.first - 2];
  const hyphen = (minus?.text === '-' || minus?.text === '\u2212') && tokens[f.read.first].gap === '';
  const free = !before || minus.gap !== '' || (before.kind === 'symbol' && before.text !== '-');
  if (minus?.text !== 'منفی' && !(hyphen && free && before?.kind !== 'digits')) return f;
  return { ...f, value: -f.value, start: minus.start };
}

// «انتخابات ۹۴ … مجلس ۹۴ تصمیم گرفتند»: a short number once given as a year («سال ۹۸»)
// stays a year later in the article unless a classifier («۹۸ نفر») makes it a count.
function rememberYears(tokens: Token[], f: Found, years: Set<string>): Found {
  const head = tokens[f.read.first];
  if (f.read.first !== f.read.last || head.kind !== 'digits') return f;
  if (f.kind === 'date' && YEAR_BEFORE.has(wordBefore(tokens, f.read.first))) years.add(head.text);
  else if (f.kind === 'count' && years.has(head.text) && !CLASSIFIERS.has(matchKey(f.unit))) {
    return { ...f, kind: 'date', unit: '', end: head.end };
  }
  return f;
}

function classify(text: string, tokens: Token[], read: NumberRead): Found | null {
  const start = tokens[read.first].start;
  const end = tokens[read.last].end;
  const scaledEnd = tokens[read.last].text in SCALES && read.last > read.first ? end : undefined;
  const base = { value: read.value, unit: '', start, end, read, scaledEnd };
  if (read.format !== 'number') return { ...base, kind: read.format };
  if (read.ordinal) return { ...base, kind: 'ordinal' };
  const prev = tokens[read.first - 1];
  if (prev?.text === '%' && tokens[read.first].gap === '') return { ...base, unit: 'درصد', start: prev.start, kind: 'percent' };

  const unit = unitAfter(tokens, read.last + 1);
  if (unit && IDIOM_AFTER.has(unit.parts[0])) return null;
  const unitKind = unit ? kindOfUnit(unit.key) ?? kindOfUnit(unit.parts[0]) : null;
  const before = wordBefore(tokens, read.first);
  const last = tokens[read.last];
  // «صندوق ۸۹۰ هزار نفر»: a number with a scale word is an amount, never a label's number («صندوق ۱۲»).
  const label = labelBefore(tokens, read.first) && !(last.text in SCALES && read.last > read.first);
  if (RANK_MARKERS_BEFORE.has(before)) return { ...base, kind: 'ordinal' };
  // «این دو باشگاه», «هر سه نفر»: a number after a demonstrative points back to one already given;
  // «به ازای هر ۱۰,۰۰۰ نفر», «هر ۱۰۰ هزار نفر» in digits or with a scale is a rate's denominator.
  const denominator = before === 'هر' && (tokens[read.first].kind === 'digits' || last.text in SCALES);
  // «سقف آن ۶۵۰ میلیون تومان»: an amount in digits or with a scale word is new, whatever stands before it.
  const amount = !!unitKind && KEEP_WITH_LABEL.has(unitKind) && (tokens[read.first].kind === 'digits' || last.text in SCALES);
  // «پیش از این ۴۵ نماینده», «در جریان آن ۷ متهم»: after a preposition or a noun the demonstrative is a
  // pronoun («before this», «during it») and a number in digits after it counts anew.
  const beforeDeictic = tokens[read.first - 2]?.text ?? '';
  const pronoun = tokens[read.first].kind === 'digits' && !CLAUSE_OPENING.has(beforeDeictic) &&
    (!PREPOSITIONS.has(beforeDeictic) || (beforeDeictic === 'از' && TIME_BEFORE_AZ.has(tokens[read.first - 3]?.text ?? '')));
  if (DEICTIC_BEFORE.has(before) && !denominator && !amount && !pronoun && unitKind !== 'duration' && unitKind !== 'date') return null;
  if (unit && isPartiesAgain(tokens, read, unit)) return null;
  if (unit && unitKind && (!label || KEEP_WITH_LABEL.has(unitKind))) {
    if (read.loneOne && unitKind === 'date') return null;
    // «سه تن از متخصصان»: a small «تن» before «از» counts people, not tonnes.
    if (unit.key === 'تن' && tokens[unit.last + 1]?.text === 'از' && read.value <= 20 && !(last.text in SCALES)) {
      return { ...base, unit: text.slice(unit.start, unit.end), end: unit.end, kind: read.loneOne ? null : 'count' };
    }
    return withUnit(text, base, unit, unitKind);
  }
  if (label) return null;
  // A number word glued to a word that is no unit is part of that word: «ده‌یوده» (a name).
  if (last.kind === 'word' && !(last.text in SCALES) && unit && tokens[read.last + 1].gap !== ' ' && !CLASSIFIERS.has(unit.key)) {
    return null;
  }
  // «ساعت ۱۰» is a clock time, «دقیقه ۹۰» the minute of a match.
  if (before === 'ساعت' || before === 'ساعات' || before === 'دقیقه') return { ...base, kind: 'time' };
  // «شهریور ۱۴۰۴» is a year, but «شهریورماه دو سانحه» is a count: years are written in digits.
  // «هر ۵ سال یک بار»: a lone «یک» after «سال» is «once», no year.
  // «آذر ماه ۹۹»: the month written with «ماه» apart is still a month.
  const month = MONTHS.has(before) || (before === 'ماه' && MONTHS.has(wordBefore(tokens, read.first - 1)));
  // «هر سال ۱۵ دانشجو»: «every year» is a frequency, and the number after it no year.
  const everyYear = before === YEAR && wordBefore(tokens, read.first - 1) === 'هر';
  if ((month && !read.inWords) || (DATE_MARKERS_BEFORE.has(before) && !read.loneOne && !everyYear)) return { ...base, kind: 'date' };
  if (unit && YEAR_MARKERS_AFTER.has(unit.parts[0])) return { ...base, kind: 'date' };
  const ambiguous = read.first === read.last && AMBIGUOUS_WORDS.has(tokens[read.first].text);
  const yearLike = !read.inWords && YEAR_LIKE_RE.test(tokens[read.first].text);
  if (unit && isCountedNoun(tokens, unit) && !read.loneOne && read.value > 0) {
    const classifier = CLASSIFIERS.has(unit.key);
    if (yearLike && !classifier) return { ...base, kind: 'date' };
    if (ambiguous && !classifier) return null;
    // «۱۵ دانشجوی ایرانی», «۱۱ بنای ثبت‌شده»: the ezafe written «ی» after a vowel is not the noun's.
    const written = text.slice(unit.start, unit.end).replace(EZAFE_AFTER_VOWEL_RE, '$1');
    // «شاخص کل … با ۴۸ هزار واحد افزایش»: an index moves by points, a measure.
    if (INDEX_POINT.has(unit.key) && INDEX_RE.test(text.slice(0, start))) return { ...base, unit: 'واحد', end: unit.end, kind: 'measure' };
    return { ...base, unit: MEDALS.has(unit.key) ? `مدال ${written}` : written, end: unit.end, kind: 'count' };
  }
  if (yearLike) return { ...base, kind: 'date' };
  if (read.loneOne || ambiguous || read.value === 0) return null;
  // «۸۵ میلیون» alone is still a quantity, a bare «هزار» is a manner of speaking; a bare «۱۲»
  // may borrow a unit from a range.
  return { ...base, kind: scaledEnd !== undefined ? 'count' : null };
}

const INDEX_POINT = new Set(['واحد', 'واحدی']);
const INDEX_RE = /شاخص/;

// «۴ نقره و ۵ برنز»: medals named by their metal.
const MEDALS = new Set(['طلا', 'نقره', 'برنز']);

function withUnit(text: string, base: Omit<Found, 'kind'>, unit: UnitWords, kind: FigureKind): Found {
  const written = text.slice(unit.start, unit.end);
  if (kind === 'percent') return { ...base, unit: 'درصد', end: unit.end, kind };
  // «بدهی ۲۵ همتی»: the adjectival form carries the scale too.
  const scale = UNIT_SCALE[unit.key] ?? UNIT_SCALE[unit.key.replace(/ی$/, '')] ?? 1;
  return { ...base, value: base.value * scale, unit: written, end: unit.end, kind };
}

function isCountedNoun(tokens: Token[], unit: UnitWords): boolean {
  const w = unit.parts[0];
  if (NOT_A_NOUN.has(w) || w in SCALES || ordinalValue(w) !== null) return false;
  if ((w === 'می' || w === 'نمی') && unit.parts.length > 1) return false;
  if (GLUED_VERB_RE.test(w)) return false;
  return !MONTHS.has(unit.key);
}

// A unitless number followed by a range or list link and a number with a unit shares that
// unit and, when it has none of its own, that number's trailing scale word.
function inheritUnits(tokens: Token[], found: Found[]): void {
  // «ساعت ۱۷ تا ۲۳», «۱۹ تا ۲۱ شهریور»: the end of a time or date range is one too.
  for (let k = 1; k < found.length; k++) {
    const f = found[k];
    const prev = found[k - 1];
    if ((prev.kind !== 'time' && prev.kind !== 'date') || (f.kind !== null && f.kind !== 'count')) continue;
    const between = tokens.slice(prev.read.last + 1, f.read.first);
    if (between.length === 1 && (between[0].text === 'تا' || between[0].text === 'الی') && !CLASSIFIERS.has(matchKey(f.unit))) {
      f.kind = prev.kind;
      f.unit = '';
      f.end = tokens[f.read.last].end;
    }
  }
  // «رئال ۸۵‌پنالتی، بارسلونا ۶۱و اتلتیکو ۵۱‌پنالتی»: a bare number inside a list of «name
  // number unit» pairs with one unit counts the same thing.
  for (let k = 1; k + 1 < found.length; k++) {
    const [prev, f, next] = [found[k - 1], found[k], found[k + 1]];
    if (f.kind !== null || prev.kind !== 'count' || next.kind !== 'count' || matchKey(prev.unit) !== matchKey(next.unit)) continue;
    if (isListStep(tokens, prev.end, f.read.first) && isListStep(tokens, f.end, next.read.first)) f.unit = next.unit, f.kind = 'count';
  }
  for (let k = found.length - 2; k >= 0; k--) {
    const f = found[k];
    const next = found[k + 1];
    if (f.kind !== null || !next.kind || next.kind === 'date' || next.kind === 'time' || next.kind === 'ordinal') continue;
    const between = tokens.slice(f.read.last + 1, next.read.first);
    if (!(between.length === 1 && RANGE_LINKS.has(between[0].text)) && !isParallel(tokens, f, next)) continue;
    const trailing = tokens[next.read.last].text;
    const scale = trailing in SCALES && !(tokens[f.read.last].text in SCALES) ? SCALES[trailing] : 1;
    const ownScale = next.kind === 'money' ? UNIT_SCALE[matchKey(next.unit)] ?? UNIT_SCALE[matchKey(next.unit).replace(/ی$/, '')] ?? 1 : 1;
    // «۳ میلیون و ۱۰۰ تا ۳ میلیون و ۳۰۰ هزار»: the borrowed «هزار» scales only what follows «میلیون».
    const inner = Math.max(1, ...tokens.slice(f.read.first, f.read.last + 1).map((t) => SCALES[t.text] ?? 1));
    const low = inner > scale ? f.value % inner : f.value;
    f.value = (f.value - low + low * scale) * ownScale;
    f.unit = next.unit;
    f.kind = next.kind;
  }
}

// «دما در گرم‌ترین زمان به ۳۷ و خنک‌ترین زمان به ۲۴ درجه می‌رسد»: two parallel clauses joined by
// «و», each number after the same preposition, share the unit written once at the end.
function isParallel(tokens: Token[], f: Found, next: Found): boolean {
  if (next.kind === 'count' || tokens[f.read.last + 1]?.text !== 'و' || f.read.inWords) return false;
  const gap = next.read.first - f.read.last - 1;
  if (gap > PARALLEL_MAX_GAP) return false;
  for (let j = f.read.last + 2; j < next.read.first; j++) if (tokens[j].kind !== 'word' || readNumber(tokens, j)) return false;
  const link = tokens[f.read.first - 1]?.text ?? '';
  return PARALLEL_LINKS.has(link) && tokens[next.read.first - 1]?.text === link;
}

// Between two pairs of a list: a comma or «و» and one or two names, no number.
function isListStep(tokens: Token[], from: number, to: number): boolean {
  let j = to - 1;
  let names = 0;
  while (j >= 0 && tokens[j].start >= from && tokens[j].kind === 'word' && !LIST_STEP_LINKS.has(tokens[j].text)) j--, names++;
  return names >= 1 && names <= 2 && j >= 0 && tokens[j].start >= from && LIST_STEP_LINKS.has(tokens[j].text) && tokens[j - 1]?.end <= from;
}
