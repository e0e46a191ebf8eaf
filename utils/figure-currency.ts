// Amounts whose currency is written once: «۲۸۰‌میلیون صرف خرید بازیکن کرده و ۱۳۰‌میلیون بازیکن
// فروخته‌اند، … آن ۲۸۰‌میلیون یورو». Persian sports and economy writing names the currency with
// one amount and leaves it off the others of the sentence or paragraph.
import { matchKey } from './normalize';
import { SCALES, type Token } from './numbers';
import { CLASSIFIERS, MILLION_COUNTABLE, MONEY_UNITS, UNIT_SCALE, kindOfUnit } from './units';
import type { FigureKind } from './types';

const ADJECTIVAL_RE = /یی?$/;

/** What carryCurrency reads and rewrites of a figure. */
export interface Carried {
  kind: FigureKind | null;
  unit: string;
  end: number;
  /** End of the number itself when it closes on a scale word («۲۸۰ میلیون»). */
  scaledEnd?: number;
}

/**
 * The first currency the sentence names right after a number or scale word («آن ۲۸۰‌میلیون
 * یورو»), as a noun («تومانی» → «تومان»), even where that number is no figure itself; «همت»
 * carries its own scale and is not carried.
 */
export function currencyNamed(text: string, tokens: Token[]): string {
  for (let j = 1; j < tokens.length; j++) {
    const prev = tokens[j - 1];
    if (tokens[j].kind !== 'word' || (prev.kind !== 'digits' && !(prev.text in SCALES))) continue;
    if (kindOfUnit(tokens[j].text) === 'money' && !(tokens[j].text in UNIT_SCALE)) {
      const written = text.slice(tokens[j].start, tokens[j].end);
      return MONEY_UNITS.has(tokens[j].text) ? written : written.replace(ADJECTIVAL_RE, '');
    }
  }
  return '';
}

/**
 * With a currency named in the sentence or earlier in the paragraph, a scaled count without a
 * unit («۲۸۰‌میلیون صرف …») or with a word not counted by the million («۱۳۰‌میلیون بازیکن
 * فروخته‌اند») is money in that currency; «۸۵ میلیون نفر», «۲ میلیون تن» stay what they are.
 */
export function carryCurrency(f: Carried, currency: string): void {
  if (f.kind !== 'count' || f.scaledEnd === undefined) return;
  const unit = matchKey(f.unit);
  const noun = unit.replace(ADJECTIVAL_RE, '');
  if (unit && (MILLION_COUNTABLE.has(unit) || MILLION_COUNTABLE.has(noun) || CLASSIFIERS.has(unit))) return;
  f.kind = 'money';
  f.unit = currency;
  f.end = f.scaledEnd;
}
