import type { Figure } from './types';
import type { Sentence } from './sentences';

/** Every number that counts or measures something, with what it counts. Stub. */
export function extractFigures(sentences: Sentence[]): Figure[] {
  void sentences;
  return [];
}
