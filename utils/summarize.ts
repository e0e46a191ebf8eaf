import type { Sentence } from './sentences';

/** Extractive summary: `count` sentences in article order. Stub: the lead. */
export function summarize(sentences: Sentence[], count: number): string[] {
  return sentences.slice(0, count).map((s) => s.text);
}
