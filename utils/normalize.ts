// Persian text folding for matching. Display text is never folded: every function
// here that returns text of the same length keeps indices valid, so a match found in
// the folded form can be cut out of the original.

export const ZWNJ = '\u200c';

const LETTER_MAP: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ؤ': 'و',
};
const LETTER_RE = /[يىئكةۀأإٱؤ]/g;
// Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits.
const DIGIT_RE = /[\u06f0-\u06f9\u0660-\u0669]/g;
// Arabic decimal and thousands separators, Persian percent sign.
const SEPARATOR_MAP: Record<string, string> = { '٫': '.', '٬': ',', '٪': '%' };
const SEPARATOR_RE = /[٫٬٪]/g;
// 《امیر حاتمی》: CJK double angle brackets typed for guillemets.
const CJK_QUOTE_RE = /[《》]/g;
// Diacritics (harakat, tanwin, superscript alef) and tatweel carry no meaning for matching.
const DIACRITIC_RE = /[\u064b-\u065f\u0670\u0640]/g;

/** Persian, Arabic-Indic and Latin digits as Latin digits; ٫ ٬ ٪ as . , %. Same length. */
export function toLatinDigits(text: string): string {
  return text
    .replace(DIGIT_RE, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(SEPARATOR_RE, (s) => SEPARATOR_MAP[s]);
}

/** Latin digits as Persian digits, for display of numbers we compute. */
export function toPersianDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/** Arabic letter variants as their Persian letters. Same length. */
export function unifyLetters(text: string): string {
  return text.replace(LETTER_RE, (c) => LETTER_MAP[c]);
}

/**
 * The form every matcher works on: letters unified, digits Latin, diacritics and
 * tatweel blanked to spaces-free placeholders. Same length as the input, so offsets
 * into it are offsets into the original.
 */
export function foldForMatch(text: string): string {
  return toLatinDigits(unifyLetters(text)).replace(DIACRITIC_RE, '\u200b').replace(CJK_QUOTE_RE, (q) => (q === '《' ? '«' : '»'));
}

/**
 * A key under which spellings that readers treat as one compare equal:
 * «دین‌پرست», «دین پرست» and «دینپرست»; ي/ی; ۱۲/12. Not length-preserving.
 */
export function matchKey(text: string): string {
  return foldForMatch(text)
    .replace(/[\u200b\u200c\u200d\u200e\u200f\s]+/g, '')
    .toLowerCase();
}

/** Whitespace runs collapsed to one space (ZWNJ kept), ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\u00a0\u2009\u202f]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

const PERSIAN_LETTER_RE = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** True when the character is an Arabic-script letter (Persian or Arabic). */
export function isArabicScript(ch: string): boolean {
  return PERSIAN_LETTER_RE.test(ch);
}
