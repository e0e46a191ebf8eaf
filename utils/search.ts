// Search over saved articles as Persian readers type: ي/ی and ك/ک alike, Persian or
// Latin digits alike, and a compound with a half-space, a space or nothing between its
// parts («دین‌پرست», «دین پرست», «دینپرست») found either way. Built once, queried per
// keystroke, updated per article. Pure.
import MiniSearch, { type Query } from 'minisearch';
import type { SavedArticle } from './library';
import { foldForMatch, ZWNJ } from './normalize';

type Field = 'title' | 'body' | 'mine';
type Doc = { id: string } & Record<Field, string>;

// Three fields, not six: minisearch scores each field's postings apart, so fewer fields
// halve the work on a frequent word; the reader's own words (note, tags) rank next to the title.
const FIELDS: Field[] = ['title', 'body', 'mine'];
const BOOST: Partial<Record<Field, number>> = { title: 3, mine: 2 };
// Letters, digits, marks and ZWNJ make words; everything else (spaces, punctuation, «،») splits.
const WORD_RE = /[\p{L}\p{M}\p{N}\u200c\u200b]+/gu;
// «۱۲٬۰۰۰» and «12,000» are one number.
const THOUSANDS_RE = /(\d)[,٬](?=\d{3}(?!\d))/g;
const SPACES_RE = /[\s\u200c]+/g;
const INVISIBLE_RE = /[\u200b\u200d\u200e\u200f]/g;
/** Shorter typed keys would match almost every article by substring. */
const MIN_SUBSTRING_KEY = 3;
/** A one-letter prefix would expand to most of the vocabulary. */
const MIN_PREFIX = 2;
// Function words, a third of news text, found by nobody: left out of the index and of queries.
const STOP_WORDS = new Set(
  ('و در به از که این را با است برای آن یک تا می نمی شد شده بود کرد شود کند بر هم نیز اما یا اگر ' +
    'وی او ما من آنها هر چه چون همه دیگر خود the of and to in a').split(' '),
);
// Suffixes and prefixes a half-space attaches («کتاب‌ها», «می‌رود»): not words on their own.
const AFFIXES = new Set('ها های هایی ای ی ام ات اش ایم اید اند تر ترین شان مان تان می نمی'.split(' '));

function fold(text: string): string {
  return foldForMatch(text).replace(INVISIBLE_RE, '').replace(THOUSANDS_RE, '$1').toLowerCase();
}

/** A word as its joined form plus, for a half-spaced compound, its parts other than affixes. */
function forms(word: string): string[] {
  const parts = word.split(ZWNJ).filter(Boolean);
  if (parts.length < 2) return parts;
  return [parts.join(''), ...parts.filter((p) => !AFFIXES.has(p))];
}

/** Index terms of a text: folded words and compound parts, each once, function words left out. */
export function tokenize(text: string): string[] {
  return tokenizeFolded(fold(text));
}

function tokenizeFolded(folded: string): string[] {
  const out = new Set<string>();
  for (const word of folded.match(WORD_RE) ?? []) {
    if (!word.includes(ZWNJ)) {
      if (!STOP_WORDS.has(word)) out.add(word);
      continue;
    }
    for (const form of forms(word)) if (!STOP_WORDS.has(form)) out.add(form);
  }
  return [...out];
}

/** Each typed word must match; function words are left out when something else was typed. */
function queryFor(text: string): Query | null {
  const words = (fold(text).match(WORD_RE) ?? []).map((w) => w.split(ZWNJ).filter(Boolean)).filter((p) => p.length);
  const content = words.filter((parts) => parts.length > 1 || !STOP_WORDS.has(parts[0]));
  if (!words.length) return null;
  // Only function words typed («این»): they still work as prefixes («اینترنت»).
  const perWord: Query[] = (content.length ? content : words).map((parts) => {
    if (parts.length === 1) return parts[0];
    const stems = parts.filter((p) => !AFFIXES.has(p));
    const joined = parts.join('');
    return stems.length ? { combineWith: 'OR', queries: [joined, { combineWith: 'AND', queries: stems }] } : joined;
  });
  return { combineWith: 'AND', queries: perWord };
}

/** The article's searchable text, folded once for both the index and the substring key. */
function toDoc(a: SavedArticle): Doc {
  const people = a.speakers.map((s) => [s.name, s.role, ...s.aliases, ...s.quotes].join('\n'));
  const figures = a.figures.map((f) => `${f.text} ${f.unit}`);
  return {
    id: a.id,
    title: fold(a.title),
    body: fold([...a.summary, ...people, ...figures].join('\n')),
    mine: fold([a.note, ...a.tags].join('\n')),
  };
}

/** The typed text or a folded field without spaces and half-spaces (matchKey plus «12,000» = «12000»). */
function spacelessKey(folded: string): string {
  return folded.replace(SPACES_RE, '');
}

/**
 * A search index over saved articles. `search` returns article ids, best first: ranked
 * word/prefix matches, then articles that contain the typed text only without its spaces
 * (a compound typed as one word, «دینپرست» for «دین پرست»).
 */
export class ArticleSearch {
  private readonly index = new MiniSearch<Doc>({
    fields: FIELDS,
    storeFields: [],
    tokenize: tokenizeFolded,
    processTerm: (term) => term,
    // Query terms arrive folded and split by queryFor.
    searchOptions: { boost: BOOST, prefix: (term) => term.length >= MIN_PREFIX, tokenize: (term) => [term] },
  });
  private readonly keys = new Map<string, string>();

  constructor(articles: Iterable<SavedArticle> = []) {
    for (const a of articles) this.add(a);
  }

  /**
   * Builds the index a slice at a time, yielding between slices, so a large library
   * (5,000 articles take ~1–2 s) does not freeze the popup.
   */
  static async build(articles: readonly SavedArticle[], slice = 250): Promise<ArticleSearch> {
    const search = new ArticleSearch();
    for (let i = 0; i < articles.length; i += slice) {
      for (const a of articles.slice(i, i + slice)) search.add(a);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return search;
  }

  get size(): number {
    return this.keys.size;
  }

  /** Adds an article, or replaces the copy indexed under its id. */
  add(article: SavedArticle): void {
    if (this.keys.has(article.id)) this.remove(article.id);
    const doc = toDoc(article);
    this.index.add(doc);
    this.keys.set(article.id, FIELDS.map((f) => spacelessKey(doc[f])).join('\u0001'));
  }

  remove(id: string): void {
    if (!this.keys.has(id)) return;
    this.index.discard(id);
    this.keys.delete(id);
  }

  /** Ids of matching articles, best first; [] for an empty query. */
  search(text: string, limit = Infinity): string[] {
    const query = queryFor(text);
    if (!query) return [];
    const ids = this.index.search(query).map((r) => String(r.id));
    const found = new Set(ids);
    const key = spacelessKey(fold(text));
    if (key.length >= MIN_SUBSTRING_KEY && ids.length < limit) {
      for (const [id, docKey] of this.keys) {
        if (!found.has(id) && docKey.includes(key)) ids.push(id);
      }
    }
    return ids.slice(0, limit);
  }
}
