// Sentence splitting for Persian news text. One scan per line (two when a quote is left
// open), so the cost is linear in the text length.

export interface Sentence {
  /** The sentence as written (trimmed). */
  text: string;
  /** Offsets of `text` in the input string. */
  start: number;
  end: number;
  /** Index of the paragraph (blank-line or line-break separated block) it belongs to. */
  paragraph: number;
  /** Index of the sentence in the whole text. */
  index: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '…']);
const OPEN_QUOTES: Record<string, string> = { '«': '»', '“': '”', '(': ')' };
// Closing marks that belong to the sentence they follow: «… است.» ends after ».
const TRAILING_CLOSERS = new Set(['»', '”', ')', '"', '\'', '’']);
const MARK_CODES = new Set([...TERMINATORS, ...Object.keys(OPEN_QUOTES)].map((c) => c.charCodeAt(0)));
const DIGIT = /[0-9\u06f0-\u06f9\u0660-\u0669]/;
const LATIN = /[A-Za-z0-9]/;
const ARABIC_LETTER = /[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]/;
const SPACE = /[\s\u200c]/;
// A web address or e-mail around the dot: www.irna.ir, info@tasnim.ir, https://…
const URL_LIKE = /(?:https?:\/\/|www\.|@)\S*$/i;

/**
 * Splits on . ! ? ؟ … and line breaks, but not inside «…» quotes or parentheses (an
 * unclosed quote stops at the line break), nor in decimals (۱.۸), initials and dotted
 * abbreviations (ج.ا.ا, ه.ش.), web addresses and e-mails.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const before = sentences.length;
    let from = lineStart;
    for (const cut of lineCuts(text, lineStart, lineEnd)) {
      pushTrimmed(text, from, cut, paragraph, sentences);
      from = cut;
    }
    pushTrimmed(text, from, lineEnd, paragraph, sentences);
    if (sentences.length > before) paragraph++;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function pushTrimmed(text: string, from: number, to: number, paragraph: number, out: Sentence[]) {
  while (from < to && SPACE.test(text[from])) from++;
  while (to > from && SPACE.test(text[to - 1])) to--;
  if (to > from) out.push({ text: text.slice(from, to), start: from, end: to, paragraph, index: out.length });
}

/** Sentence ends inside one line; quotes are honoured unless one is never closed. */
function lineCuts(text: string, start: number, end: number): number[] {
  const first = scan(text, start, end, true);
  if (first.unclosedAt < 0) return first.cuts;
  // An opener that never closes would swallow the paragraph: ignore quotes from there on.
  const kept = first.cuts.filter((c) => c <= first.unclosedAt);
  return kept.concat(scan(text, first.unclosedAt, end, false).cuts);
}

function scan(text: string, start: number, end: number, quotes: boolean): { cuts: number[]; unclosedAt: number } {
  const cuts: number[] = [];
  const closers: string[] = [];
  const openedAt: number[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Fast path: only quotes and terminators matter, all of them outside the letter ranges.
    if (!closers.length && !MARK_CODES.has(code)) continue;
    const ch = text[i];
    if (quotes && OPEN_QUOTES[ch]) {
      closers.push(OPEN_QUOTES[ch]);
      openedAt.push(i);
      continue;
    }
    if (closers.length) {
      if (ch === closers[closers.length - 1]) {
        closers.pop();
        openedAt.pop();
        // «… است.» followed by more text: the quote closed a sentence.
        if (!closers.length && TERMINATORS.has(text[i - 1]) && i + 1 < end) cuts.push(i + 1);
      }
      continue;
    }
    if (!TERMINATORS.has(ch) || isInsideToken(text, i, end) || answerFollows(text, i + 1, end)) continue;
    let stop = i + 1;
    while (stop < end && TERMINATORS.has(text[stop])) stop++;
    while (stop < end && TRAILING_CLOSERS.has(text[stop])) stop++;
    if (stop < end) cuts.push(stop);
    i = stop - 1;
  }
  return { cuts, unclosedAt: openedAt.length ? openedAt[0] : -1 };
}

// «یونسی در پاسخ به این پرسش که … ؟، گفت: …»: a reported question runs into the verb of the answer.
const ANSWER_VERB_RE = /^[\s\u200c]*[،,]?[\s\u200c]*(?:گفت|افزود|پاسخ[\s\u200c]*(?:داد|گفت)|جواب[\s\u200c]*داد|اظهار[\s\u200c]*(?:کرد|داشت))(?![\u0620-\u06ff\u200c])/;

function answerFollows(text: string, i: number, end: number): boolean {
  return (text[i - 1] === '؟' || text[i - 1] === '?') && ANSWER_VERB_RE.test(text.slice(i, Math.min(end, i + 24)));
}

/** Letters of the word that ends right before position i. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && (ARABIC_LETTER.test(text[j - 1]) || /[A-Za-z]/.test(text[j - 1]))) j--;
  return text.slice(j, i);
}

/** A dot (or other mark) that is part of a token rather than a sentence end. */
function isInsideToken(text: string, i: number, end: number): boolean {
  if (text[i] !== '.') return false;
  const before = text[i - 1] ?? '';
  const after = i + 1 < end ? text[i + 1] : '';
  // Decimals and dotted dates: ۱.۸, 1.8, ۱۴۰۴.۰۵.۱۲
  if (DIGIT.test(before) && DIGIT.test(after)) return true;
  const word = wordBefore(text, i);
  // Initials and dotted abbreviations: ج.ا.ا, ه.ش., ق.م, «م. ق»; Latin initials: U.S., J. Smith
  if (word.length === 1 && (ARABIC_LETTER.test(word) || /[A-Z]/.test(word))) return true;
  if (after === '' || SPACE.test(after)) return false;
  // Web addresses and e-mails: www.irna.ir, info@tasnim.ir
  if (LATIN.test(before) && LATIN.test(after)) return true;
  if (URL_LIKE.test(text.slice(Math.max(0, i - 60), i))) return true;
  // «کرد.وی گفت»: a lost space between two Persian sentences is still a sentence end.
  if (ARABIC_LETTER.test(after)) return !(word.length >= 2 && wordAfterLength(text, i + 1, end) >= 2);
  // «...» is handled by the caller; a dot before a quote or digit ends the sentence.
  return false;
}

function wordAfterLength(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && ARABIC_LETTER.test(text[j])) j++;
  return j - i;
}
