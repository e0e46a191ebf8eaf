import type { Speaker } from './types';
import type { Sentence } from './sentences';

/** Named people whose words are reported, each once with all their statements. Stub. */
export function extractSpeakers(sentences: Sentence[]): Speaker[] {
  void sentences;
  return [];
}
