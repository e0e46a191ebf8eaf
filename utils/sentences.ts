// Sentence splitting for Persian news text.

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
const DIGIT = /[0-9\u06f0-\u06f9\u0660-\u0669]/;

/**
 * Splits on . ! ? ؟ and line breaks, but not inside «…» quotes or parentheses,
 * nor in decimals (۱.۸) and dotted abbreviations (ه.ش).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const closers: string[] = [];

  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const s = start + lead;
      sentences.push({ text: trimmed, start: s, end: s + trimmed.length, paragraph, index: sentences.length });
    }
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      closers.length = 0;
      if (sentences.length && sentences[sentences.length - 1].paragraph === paragraph) paragraph++;
      continue;
    }
    if (OPEN_QUOTES[ch]) {
      closers.push(OPEN_QUOTES[ch]);
      continue;
    }
    if (closers.length && ch === closers[closers.length - 1]) {
      closers.pop();
      continue;
    }
    if (!TERMINATORS.has(ch) || closers.length) continue;
    if (ch === '.' && isInsideToken(text, i)) continue;
    // Keep runs like «؟!» or «...» together.
    let end = i + 1;
    while (end < text.length && TERMINATORS.has(text[end])) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

/** A dot between digits (۱.۸) or followed directly by a letter (ه.ش) does not end a sentence. */
function isInsideToken(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (DIGIT.test(before) && DIGIT.test(after)) return true;
  return after !== '' && !/\s/.test(after) && !/[«"“)]/.test(after);
}
