// Interviews written as transcripts: «میرصالحی: راستش نه.» Each paragraph opened by the surname (or
// full name) of someone the article names in full, then a colon, is that person's answer, however
// many sentences it runs to and whatever others it reports («کاوه … گفت این نقش را …»).
import type { FullName, ReadSentence } from './article-prepass';
import { matchKey } from './normalize';
import { TITLES } from './name-words';

/** Whose answer a paragraph is: the full name and the surname key of its label. */
export interface Turn { full: string; surname: string }

// One turn could be any «X: …» line; two or more make a transcript.
const MIN_TURNS = 2;
const MAX_LABEL_WORDS = 3;

function labelOf({ tokens }: ReadSentence, fullNames: Map<string, FullName>): Turn | null {
  const colon = tokens.findIndex((t, k) => k > 0 && k <= MAX_LABEL_WORDS && t.text === ':');
  if (colon < 0 || colon + 1 >= tokens.length) return null;
  const surname = tokens[colon - 1].key;
  const name = fullNames.get(surname);
  if (!name) return null;
  // «کاوه میرصالحی:», «آقای میرصالحی:» too, as long as the words before the surname are in the name or a title.
  const full = matchKey(name.full);
  const fits = tokens.slice(0, colon - 1).every((t) => full.includes(t.key) || TITLES.has(t.key));
  return fits ? { full: name.full, surname } : null;
}

/** Sentence index → whose answer the paragraph opened there is; empty when the article is no transcript. */
export function transcriptTurns(sentences: ReadSentence[], fullNames: Map<string, FullName>): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  sentences.forEach((sentence, i) => {
    if (i > 0 && sentences[i - 1].s.paragraph === sentence.s.paragraph) return;
    const turn = labelOf(sentence, fullNames);
    if (turn) turns.set(i, turn);
  });
  return turns.size >= MIN_TURNS ? turns : new Map();
}
