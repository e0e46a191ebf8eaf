// The saved-article model: building one from an analysis, validating what storage or a
// backup hands back, migrating old layouts, and merging two copies of one article.
// Pure: no browser API (utils/storage.ts does the reading and writing).
import type { Analysis, Figure, FigureKind, Speaker } from './types';
import { matchKey } from './normalize';

/** Layout of a stored article; bump with a migration in migrateArticle. */
export const ARTICLE_SCHEMA_VERSION = 2;

export interface SavedArticle {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  /** ISO date-time as the page states it, or null. */
  published: string | null;
  /** ISO date-time of the first save; kept on later saves. */
  savedAt: string;
  /** ISO date-time of the last change (analysis, note or tags). */
  updatedAt: string;
  summary: string[];
  speakers: Speaker[];
  figures: Figure[];
  /** The reader's own text; never dropped by a re-save or an import. */
  note: string;
  tags: string[];
  schemaVersion: number;
}

/** What the saved list shows without reading each article (one small entry per article). */
export interface IndexEntry {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  savedAt: string;
  updatedAt: string;
  tags: string[];
}

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

/** Between two different notes kept side by side after a merge. */
export const NOTE_MERGE_SEPARATOR = '\n\n―――\n\n';

const FIGURE_KINDS: readonly FigureKind[] = ['count', 'percent', 'money', 'measure', 'date', 'time', 'ordinal', 'duration'];
const TRACKING_PARAM_RE = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_[a-z]+|ref|from)$/i;

/**
 * The form two URLs of one article share: no fragment, no tracking parameters, no
 * trailing slash, http = https, host without «www.». Unparseable input is kept as is.
 */
export function urlKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAM_RE.test(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params)}` : '';
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${query}`;
}

/** A short stable id from the article's URL, so two contexts saving one page agree on its key. */
export function articleIdFor(url: string): string {
  // FNV-1a over UTF-16 units, two 32-bit lanes for ~64 bits.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const key = urlKey(url);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0');
}

/** The analysis as a saved article; an existing copy keeps its id, savedAt, note and tags. */
export function articleFromAnalysis(analysis: Analysis, now: Date, existing?: SavedArticle | null): SavedArticle {
  const canonicalUrl = analysis.canonicalUrl || analysis.url;
  const stamp = now.toISOString();
  return {
    id: existing?.id ?? articleIdFor(canonicalUrl),
    url: analysis.url,
    canonicalUrl,
    title: analysis.title,
    site: analysis.site,
    published: analysis.published,
    savedAt: existing?.savedAt ?? stamp,
    updatedAt: stamp,
    summary: [...analysis.summary],
    speakers: analysis.speakers.map(cloneSpeaker),
    figures: analysis.figures.map((f) => ({ ...f })),
    note: existing?.note ?? '',
    tags: existing ? [...existing.tags] : [],
    schemaVersion: ARTICLE_SCHEMA_VERSION,
  };
}

export function toIndexEntry(a: SavedArticle): IndexEntry {
  return {
    id: a.id, url: a.url, canonicalUrl: a.canonicalUrl, title: a.title, site: a.site,
    savedAt: a.savedAt, updatedAt: a.updatedAt, tags: [...a.tags],
  };
}

/** Newest save first; ties by id so the order is stable. */
export function compareNewestFirst(a: { savedAt: string; id: string }, b: { savedAt: string; id: string }): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Tags without duplicates; «اقتصاد» and «اقتصاد » or «ي/ی» variants count as one. */
export function unionTags(...lists: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of lists.flat()) {
    const trimmed = tag.trim();
    const key = matchKey(trimmed);
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

/** Both notes survive: equal or contained notes collapse, different ones are joined. */
export function mergeNotes(mine: string, theirs: string): string {
  const a = mine.trim();
  const b = theirs.trim();
  if (!b || a.includes(b)) return mine;
  if (!a || b.includes(a)) return theirs;
  return `${mine.trimEnd()}${NOTE_MERGE_SEPARATOR}${theirs.trim()}`;
}

/**
 * Two copies of one article as one: the newer analysis (updatedAt) wins, notes are
 * never dropped, tags are united, the first savedAt and the existing id are kept.
 */
export function mergeArticle(existing: SavedArticle, incoming: SavedArticle): { article: SavedArticle; outcome: MergeOutcome } {
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  const merged: SavedArticle = {
    ...newer,
    summary: [...newer.summary],
    speakers: newer.speakers.map(cloneSpeaker),
    figures: newer.figures.map((f) => ({ ...f })),
    id: existing.id,
    savedAt: existing.savedAt <= incoming.savedAt ? existing.savedAt : incoming.savedAt,
    updatedAt: newer.updatedAt,
    note: mergeNotes(existing.note, incoming.note),
    tags: unionTags(existing.tags, incoming.tags),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
  };
  return { article: merged, outcome: sameArticle(existing, merged) ? 'unchanged' : 'updated' };
}

/** Deep equality of two articles (field order ignored). */
export function sameArticle(a: SavedArticle, b: SavedArticle): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

function cloneSpeaker(s: Speaker): Speaker {
  return { name: s.name, role: s.role, quotes: [...s.quotes], aliases: [...s.aliases] };
}

// ---- Reading what storage or a backup holds -------------------------------------------

export type ArticleProblem = 'not-object' | 'missing-field' | 'wrong-type' | 'newer-schema';
export type ReadResult = { ok: true; article: SavedArticle; migrated: boolean } | { ok: false; problem: ArticleProblem };

type Raw = Record<string, unknown>;

/**
 * Schema 1 (the first layout) had no canonicalUrl or updatedAt, stored dates as epoch
 * milliseconds and the summary as one string with a sentence per line.
 */
function migrateV1(raw: Raw): Raw {
  const savedAt = typeof raw.savedAt === 'number' ? new Date(raw.savedAt).toISOString() : raw.savedAt;
  return {
    ...raw,
    canonicalUrl: raw.canonicalUrl ?? raw.url,
    savedAt,
    updatedAt: raw.updatedAt ?? savedAt,
    summary: typeof raw.summary === 'string' ? raw.summary.split('\n').filter((s) => s.trim()) : raw.summary,
    tags: raw.tags ?? [],
    schemaVersion: 2,
  };
}

const MIGRATIONS: Record<number, (raw: Raw) => Raw> = { 2: migrateV1 };

/** A stored or imported value as a current SavedArticle, or why it cannot be one. */
export function readArticle(value: unknown): ReadResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: 'not-object' };
  let raw = value as Raw;
  const from = raw.schemaVersion === undefined ? 1 : raw.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, problem: 'wrong-type' };
  if (from > ARTICLE_SCHEMA_VERSION) return { ok: false, problem: 'newer-schema' };
  for (let v = from + 1; v <= ARTICLE_SCHEMA_VERSION; v++) raw = MIGRATIONS[v](raw);
  const article = validateCurrent(raw);
  return typeof article === 'string' ? { ok: false, problem: article } : { ok: true, article, migrated: from !== ARTICLE_SCHEMA_VERSION };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isIsoDate = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));

function validateCurrent(raw: Raw): SavedArticle | ArticleProblem {
  if (raw.id === undefined || raw.url === undefined || raw.title === undefined || raw.savedAt === undefined) return 'missing-field';
  if (!isString(raw.id) || !raw.id || !isString(raw.url) || !isString(raw.title) || !isIsoDate(raw.savedAt)) return 'wrong-type';
  const pick = <T>(v: unknown, fallback: T, ok: (x: unknown) => boolean): T | null => (v === undefined ? fallback : ok(v) ? (v as T) : null);
  const canonicalUrl = pick(raw.canonicalUrl, raw.url, isString);
  const site = pick(raw.site, '', isString);
  const published = pick<string | null>(raw.published, null, (v) => v === null || isString(v));
  const updatedAt = pick(raw.updatedAt, raw.savedAt, isIsoDate);
  const summary = pick<string[]>(raw.summary, [], isStringArray);
  const speakers = pick<Speaker[]>(raw.speakers, [], (v) => Array.isArray(v) && v.every(isSpeaker));
  const figures = pick<Figure[]>(raw.figures, [], (v) => Array.isArray(v) && v.every(isFigure));
  const note = pick(raw.note, '', isString);
  const tags = pick<string[]>(raw.tags, [], isStringArray);
  if ([canonicalUrl, site, updatedAt, summary, speakers, figures, note, tags].some((v) => v === null)) return 'wrong-type';
  if (published === null && raw.published !== undefined && raw.published !== null) return 'wrong-type';
  return {
    id: raw.id, url: raw.url, canonicalUrl: canonicalUrl || raw.url, title: raw.title, site: site!, published,
    savedAt: raw.savedAt, updatedAt: updatedAt!,
    summary: [...summary!],
    speakers: speakers!.map((s) => ({ name: s.name, role: s.role ?? '', quotes: [...(s.quotes ?? [])], aliases: [...(s.aliases ?? [])] })),
    figures: figures!.map((f) => ({ value: f.value, unit: f.unit ?? '', text: f.text, sentence: f.sentence ?? '', kind: f.kind })),
    note: note!, tags: [...tags!], schemaVersion: ARTICLE_SCHEMA_VERSION,
  };
}

function isSpeaker(v: unknown): v is Speaker {
  if (!v || typeof v !== 'object') return false;
  const s = v as Raw;
  return isString(s.name) && (s.role === undefined || isString(s.role))
    && (s.quotes === undefined || isStringArray(s.quotes)) && (s.aliases === undefined || isStringArray(s.aliases));
}

function isFigure(v: unknown): v is Figure {
  if (!v || typeof v !== 'object') return false;
  const f = v as Raw;
  return typeof f.value === 'number' && isString(f.text) && FIGURE_KINDS.includes(f.kind as FigureKind)
    && (f.unit === undefined || isString(f.unit)) && (f.sentence === undefined || isString(f.sentence));
}

/** A stored index as entries, or null when it is not one (then it is rebuilt from the articles). */
export function readIndex(value: unknown): IndexEntry[] | null {
  if (!Array.isArray(value)) return null;
  const ok = value.every((e) => e && typeof e === 'object' && isString(e.id) && isString(e.savedAt) && isString(e.title));
  return ok ? (value as IndexEntry[]).map((e) => ({ ...e, tags: isStringArray(e.tags) ? e.tags : [] })) : null;
}

/** The article with a newer note draft (typed but not yet folded in by updateNote) applied. */
export function withNoteDraft(article: SavedArticle, draft: unknown): SavedArticle {
  const d = draft as { note?: unknown; at?: unknown } | undefined;
  const newer = typeof d?.note === 'string' && typeof d.at === 'string' && d.at > article.updatedAt;
  return newer ? { ...article, note: d.note as string, updatedAt: d.at as string } : article;
}
