// Reading a backup file back: validation with error codes the UI turns into Persian
// messages, and merging into the library by canonical URL. Pure.
import { ARTICLE_SCHEMA_VERSION, articleIdFor, mergeArticle, readArticle, urlKey, type ArticleProblem, type SavedArticle } from './library';

export const BACKUP_FORMAT = 'chekideh-backup';
/** Larger files are refused before parsing (a library of 5,000 articles is ~25 MB). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Why a file is not a usable backup. */
export type BackupError =
  | 'too-large' // over MAX_BACKUP_BYTES
  | 'empty'
  | 'invalid-json' // not JSON at all
  | 'truncated' // starts like JSON but is cut off (an interrupted download or copy)
  | 'not-a-backup' // JSON, but not our format (or our format with no article list / no version)
  | 'newer-schema'; // written by a newer Chekideh; update the extension

export interface SkippedEntry {
  /** Position in the file's `articles` list. */
  index: number;
  id?: string;
  problem: ArticleProblem;
}

export type ParsedBackup =
  | { ok: true; articles: SavedArticle[]; skipped: SkippedEntry[]; exportedAt: string | null; schemaVersion: number }
  | { ok: false; error: BackupError };

const BOM_RE = /^\ufeff/;

/** UTF-8 length without allocating the encoded bytes. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A backup file's text as articles (each validated and migrated), or why it cannot be used. */
export function parseBackup(text: string): ParsedBackup {
  if (typeof text !== 'string') return { ok: false, error: 'invalid-json' };
  if (text.length > MAX_BACKUP_BYTES || utf8Length(text) > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large' };
  const body = text.replace(BOM_RE, '').trim();
  if (!body) return { ok: false, error: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, error: body.startsWith('{') && !body.endsWith('}') ? 'truncated' : 'invalid-json' };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'not-a-backup' };
  }
  const { schemaVersion, articles, exportedAt } = data as { schemaVersion?: unknown; articles?: unknown; exportedAt?: unknown };
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) return { ok: false, error: 'not-a-backup' };
  if (schemaVersion > ARTICLE_SCHEMA_VERSION) return { ok: false, error: 'newer-schema' };
  if (!Array.isArray(articles)) return { ok: false, error: 'not-a-backup' };
  const valid: SavedArticle[] = [];
  const skipped: SkippedEntry[] = [];
  articles.forEach((entry, index) => {
    // Entries carry their own version; one without it is as old as the file.
    const versioned = entry && typeof entry === 'object' && !('schemaVersion' in entry) ? { ...entry, schemaVersion } : entry;
    const read = readArticle(versioned);
    if (read.ok) valid.push(read.article);
    else skipped.push({ index, problem: read.problem, ...(typeof entry?.id === 'string' ? { id: entry.id } : {}) });
  });
  return { ok: true, articles: valid, skipped, exportedAt: typeof exportedAt === 'string' ? exportedAt : null, schemaVersion };
}

export interface MergeResult {
  /** The whole library after the merge. */
  articles: SavedArticle[];
  /** Only the articles to write (added or changed). */
  changed: SavedArticle[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Incoming articles merged into existing ones by canonical URL (see mergeArticle:
 * newer analysis wins, notes kept, tags united). Counts are per article in the result.
 */
export function mergeArticles(existing: SavedArticle[], incoming: SavedArticle[]): MergeResult {
  const byUrl = new Map<string, SavedArticle>();
  const ids = new Set<string>();
  for (const a of existing) {
    byUrl.set(urlKey(a.canonicalUrl), a);
    ids.add(a.id);
  }
  const original = new Map(existing.map((a) => [urlKey(a.canonicalUrl), a]));
  const touched = new Set<string>();
  for (const inc of incoming) {
    const key = urlKey(inc.canonicalUrl);
    touched.add(key);
    const current = byUrl.get(key);
    if (current) {
      const merged = mergeArticle(current, inc);
      if (merged.outcome === 'updated') byUrl.set(key, merged.article);
      continue;
    }
    const id = ids.has(inc.id) ? freeId(inc, ids) : inc.id;
    ids.add(id);
    byUrl.set(key, { ...inc, id });
  }
  const changed: SavedArticle[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const key of touched) {
    const before = original.get(key);
    const after = byUrl.get(key)!;
    if (!before) added++;
    else if (after === before) unchanged++;
    else updated++;
    if (after !== before) changed.push(after);
  }
  return { articles: [...byUrl.values()], changed, added, updated, unchanged };
}

/** An id for an imported article whose id is taken by a different page. */
function freeId(article: SavedArticle, taken: Set<string>): string {
  const base = articleIdFor(article.canonicalUrl);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
