// ROUGE-1/2/L F1 on Persian text, token level. Tokens are compared in their folded form
// (ي/ی, ك/ک, digits, diacritics) with punctuation dropped. ZWNJ joins the parts of one word
// («می‌شود» is one token), and because the same word is often typed without it («میشود»),
// it is removed inside tokens so both spellings give the same token.
import { foldForMatch } from '../../utils/normalize';

// ZWNJ, ZWJ, zero-width space (foldForMatch blanks diacritics to it), bidi marks.
const JOINER_RE = /[\u200b\u200c\u200d\u200e\u200f\ufeff]/g;
// Anything that is neither a letter nor a digit separates tokens.
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/** Tokens for ROUGE: folded, lower-cased, ZWNJ-joined, punctuation removed. */
export function rougeTokens(text: string): string[] {
  return foldForMatch(text)
    .toLowerCase()
    .replace(JOINER_RE, '')
    .replace(NON_WORD_RE, ' ')
    .split(' ')
    .filter(Boolean);
}

function score(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal ? overlap / candidateTotal : 0;
  const recall = referenceTotal ? overlap / referenceTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N with clipped counts: each reference n-gram can be matched as often as it occurs. */
export function rougeN(candidate: string[], reference: string[], n: number): RougeScore {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0);
  return score(overlap, Math.max(candidate.length - n + 1, 0), Math.max(reference.length - n + 1, 0));
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      curr[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], curr[j - 1]);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length];
}

/** ROUGE-L over the whole token sequences (the summary is treated as one text). */
export function rougeL(candidate: string[], reference: string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** All three scores of a candidate text against a reference text. */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}
