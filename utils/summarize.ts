// Extractive summary for Persian news, in milliseconds and without any model: each sentence
// is scored by its position (news is written lead first), its centrality (TF-IDF cosine to
// the rest of the article over content words), its overlap with the title and its length;
// page chrome, headings, questions and bare quote fragments are pushed down; sentences are
// then picked greedily with a redundancy penalty (MMR) and returned in article order, as written.
import type { Sentence } from './sentences';
import { foldForMatch } from './normalize';
import STOPWORD_LIST from './lexicons/stopwords-fa.json';

export interface SummaryWeights {
  /** Weight of the position prior 1 / (1 + index)^positionDecay. */
  position: number;
  positionDecay: number;
  centrality: number;
  title: number;
  /** Token count a summary sentence ideally has; longer and shorter ones are discounted. */
  idealLength: number;
  /** How fast sentences longer than the ideal lose: factor (ideal / length)^longPenalty. */
  longPenalty: number;
  /** MMR: how much similarity to an already chosen sentence costs. */
  redundancy: number;
}

// Tuned on the dev half of the agency-lead corpus (even rows); the held-out half is only measured.
// The headline is the best single clue to what the lead says.
export const DEFAULT_WEIGHTS: SummaryWeights = {
  position: 0.5,
  positionDecay: 0.5,
  centrality: 1,
  title: 2,
  idealLength: 20,
  longPenalty: 0.75,
  redundancy: 1,
};

// Without a headline, position and centrality carry the choice.
export const NO_TITLE_WEIGHTS: SummaryWeights = {
  ...DEFAULT_WEIGHTS,
  position: 1,
  centrality: 2,
  title: 0,
  longPenalty: 0.5,
};

// Sentences this similar (cosine of content words) to a chosen one are near-duplicates.
const DUPLICATE_SIMILARITY = 0.6;
// Zero-width characters (ZWNJ included) join a word's parts: «می‌شود» and «میشود» are one key.
const JOINER_RE = /[\u200b\u200c\u200d\u200e\u200f\ufeff]/g;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
// Plural and adjectival endings, longest first; «ان» only on longer stems so that
// «ایران», «تهران», «استان» stay whole.
const SUFFIXES: [string, number][] = [['هایی', 3], ['های', 3], ['ها', 3], ['ترین', 3], ['ان', 4], ['ی', 3]];
// Words of news reporting itself: they say nothing about the story.
const NEWS_WORDS = [
  'گزارش', 'خبرگزاری', 'خبرنگار', 'خبرنگاران', 'آنلاین', 'همشهری', 'تسنیم', 'برنا', 'خبرآنلاین', 'ایسنا', 'ایرنا', 'فارس',
  'مهر', 'گروه', 'نقل', 'اظهار', 'افزود', 'کرد', 'داشت', 'گفت', 'گفتگو', 'گفت‌وگو', 'اشاره', 'تصریح', 'عنوان', 'بیان', 'ادامه',
];
// «به گزارش X،», «به نقل از X،» with nothing after it, «انتهای پیام», «خبرنگار: …», «منبع: …».
const CHROME_RE = /^(?:(?:به\s*[\u200c]?\s*(?:گزارش|نقل\s+از)\s+[^،,:؛.]*[،,:؛]?\s*)|(?:انتهای\s+پیام\s*\/?)|(?:(?:خبرنگار|عکاس|منبع|ترجمه|تنظیم)\s*:.*))$/;
const ENDS_SENTENCE_RE = /[.!؟?…]["»”)\]]*$/;
const QUESTION_RE = /[؟?]["»”)\]]*$/;
const LIST_MARK_RE = /^[*•\-–—]/;
// A sentence that is only a quotation in guillemets, with no one said to have said it.
const BARE_QUOTE_RE = /^«[^»]*»[.!؟?…]*$/;

// Asides that close a news item: «گفتنی است»، «لازم به ذکر است»، «یادآور می‌شود»، «در پایان».
const ASIDE_RE = /^(?:گفتنی\s*است|لازم\s+به\s+(?:ذکر|یادآوری)\s+است|شایان\s+ذکر\s+است|یادآور\s*[\u200c]?\s*می\s*[\u200c]?\s*شود|در\s+پایان)/;

const PRONOUN_START_RE = /^(?:وی|او|ایشان|وي)(?:[\s،,]|$)/;
const PRONOUN_FACTOR = 0.4;

const STOPWORDS = new Set([...STOPWORD_LIST, ...NEWS_WORDS].map(wordKey));

function wordKey(word: string): string {
  return foldForMatch(word).toLowerCase().replace(JOINER_RE, '');
}

function stem(word: string): string {
  for (const [suffix, minStem] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) return word.slice(0, -suffix.length);
  }
  return word;
}

/** All word keys of a text, in order (stop words included): used for length. */
function wordKeys(text: string): string[] {
  return wordKey(text).replace(NON_WORD_RE, ' ').split(' ').filter(Boolean);
}

/** Content words: stop words and one-letter tokens dropped, endings stripped. */
export function contentTerms(text: string): string[] {
  return wordKeys(text)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map(stem)
    .filter((w) => !STOPWORDS.has(w));
}

type Vector = Map<string, number>;

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: Vector, b: Vector): number {
  const na = norm(a);
  const nb = norm(b);
  if (!na || !nb) return 0;
  let dot = 0;
  for (const [k, x] of a) dot += x * (b.get(k) ?? 0);
  return dot / (na * nb);
}

/** TF-IDF vectors with the article's sentences as the documents. */
function tfidfVectors(terms: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const ts of terms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = terms.length;
  return terms.map((ts) => {
    const v: Vector = new Map();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, (1 + Math.log(tf)) * (Math.log((n + 1) / (df.get(t) ?? 1)) + 1));
    return v;
  });
}

/** Cosine of each sentence to the sum of all the other sentences. */
function centralities(vectors: Vector[]): number[] {
  const total: Vector = new Map();
  for (const v of vectors) for (const [k, x] of v) total.set(k, (total.get(k) ?? 0) + x);
  return vectors.map((v) => {
    const rest: Vector = new Map(total);
    for (const [k, x] of v) rest.set(k, (rest.get(k) ?? 0) - x);
    return cosine(v, rest);
  });
}

/** Share of the sentence's content words found in the title. */
function titleOverlap(terms: string[], title: Set<string>): number {
  if (!terms.length || !title.size) return 0;
  const hits = new Set(terms.filter((t) => title.has(t)));
  return hits.size / title.size;
}

/** 1 at the ideal length, falling off for short fragments and run-on sentences. */
function lengthFactor(words: number, w: SummaryWeights): number {
  if (words < 6) return 0.1;
  const r = words / w.idealLength;
  return r < 1 ? 0.4 + 0.6 * r : Math.pow(r, -w.longPenalty);
}

/** Multiplier below 1 for text that is not a summary-worthy sentence. */
function formFactor(text: string, words: number): number {
  if (CHROME_RE.test(text) || words < 4) return 0;
  let f = 1;
  if (!ENDS_SENTENCE_RE.test(text)) f *= 0.3; // a heading, a table cell, a list item
  if (LIST_MARK_RE.test(text)) f *= 0.3;
  if (QUESTION_RE.test(text)) f *= 0.4;
  if (BARE_QUOTE_RE.test(text)) f *= 0.5;
  if (ASIDE_RE.test(text)) f *= 0.6;
  return f;
}

interface Scored {
  sentence: Sentence;
  score: number;
  vector: Vector;
}

function scoreSentences(sentences: Sentence[], title: string, w: SummaryWeights): Scored[] {
  const terms = sentences.map((s) => contentTerms(s.text));
  const vectors = tfidfVectors(terms);
  const central = centralities(vectors);
  const titleTerms = new Set(contentTerms(title));
  return sentences.map((sentence, i) => {
    const words = wordKeys(sentence.text).length;
    const base =
      w.position / Math.pow(1 + i, w.positionDecay) +
      w.centrality * central[i] +
      w.title * titleOverlap(terms[i], titleTerms);
    const score = base * lengthFactor(words, w) * formFactor(sentence.text, words);
    return { sentence, score, vector: vectors[i] };
  });
}

/** Greedy MMR: best score minus similarity to what is already chosen; near-duplicates never. */
function pick(scored: Scored[], count: number, redundancy: number): Scored[] {
  const chosen: Scored[] = [];
  const pool = scored.filter((s) => s.score > 0);
  while (chosen.length < count && pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((s, i) => {
      const overlap = Math.max(0, ...chosen.map((c) => cosine(s.vector, c.vector)));
      if (overlap >= DUPLICATE_SIMILARITY) return;
      // «وی افزود: …» names nobody unless the sentence before it is in the summary too.
      const dangling = PRONOUN_START_RE.test(s.sentence.text) && !chosen.some((c) => c.sentence.index === s.sentence.index - 1);
      const value = (dangling ? PRONOUN_FACTOR : 1) * s.score - redundancy * overlap;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    if (best < 0) break;
    chosen.push(pool.splice(best, 1)[0]);
  }
  return chosen;
}

/**
 * The `count` best sentences of the article, in article order, as written. `title`, when
 * known, helps to find the sentences that carry the story.
 */
export function summarize(
  sentences: Sentence[],
  count: number,
  title = '',
  weights: SummaryWeights = title.trim() ? DEFAULT_WEIGHTS : NO_TITLE_WEIGHTS,
): string[] {
  if (count <= 0 || !sentences.length) return [];
  const chosen = pick(scoreSentences(sentences, title, weights), count, weights.redundancy);
  return chosen
    .map((c) => c.sentence)
    .sort((a, b) => a.index - b.index)
    .map((s) => s.text);
}
