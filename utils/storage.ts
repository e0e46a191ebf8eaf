// The one module that touches browser storage (storage.local). One key per article
// (`local:article:<id>`) and a small index (`local:index`) so the saved list renders
// without reading every article. Every write here goes article first, index second,
// and rolls the article back when the index write fails, so a failed save changes nothing.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { mergeArticles } from './import';
import {
  articleFromAnalysis, articleIdFor, withNoteDraft, compareNewestFirst, readArticle, readIndex, toIndexEntry, unionTags, urlKey,
  type IndexEntry, type SavedArticle,
} from './library';
import { sanitizeSettings, type Settings } from './settings';
import { StorageWriteError, writeError } from './storage-errors';
import type { Analysis } from './types';

export type { IndexEntry, SavedArticle } from './library';
export { StorageQuotaError, StorageWriteError } from './storage-errors';

const INDEX_KEY = 'local:index';
const SETTINGS_KEY = 'local:settings';
const ARTICLE_PREFIX = 'article:';
const DRAFT_PREFIX = 'draft:';

type ArticleKey = `local:article:${string}`;
const articleKey = (id: string): ArticleKey => `local:${ARTICLE_PREFIX}${id}`;

let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  ensureIndexWatcher();
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Resolves when this context has no pending writes (tests, and before closing a view). */
export async function whenIdle(): Promise<void> {
  let seen: Promise<unknown>;
  do {
    seen = queue;
    await seen;
    await new Promise((r) => setTimeout(r, 0));
  } while (seen !== queue);
}

const readStoredIndex = async (): Promise<IndexEntry[] | null> => readIndex(await storage.getItem(INDEX_KEY));

/** Re-reads the index just before writing it, so entries another context added survive. */
async function updateIndex(change: (entries: Map<string, IndexEntry>) => void): Promise<void> {
  const current = (await readStoredIndex()) ?? (await rebuildIndex(false));
  const entries = new Map(current.map((e) => [e.id, e]));
  change(entries);
  await storage.setItem(INDEX_KEY, [...entries.values()].sort(compareNewestFirst));
}

/** The index recomputed from the article keys (reads everything; used when it is lost or disagrees). */
async function rebuildIndex(write = true): Promise<IndexEntry[]> {
  const { articles } = await readAllArticles();
  const entries = articles.map(toIndexEntry);
  if (write) await storage.setItem(INDEX_KEY, entries).catch(() => undefined);
  return entries;
}

/**
 * Another context may have written an index read before our change (two tabs saving at
 * once). Every context checks the ids that a change added or dropped against the article
 * keys and puts the index right.
 */
function onStorageChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void {
  const change = changes.index;
  if (area !== 'local' || !change) return;
  const before = new Set((readIndex(change.oldValue) ?? []).map((e) => e.id));
  const after = new Set((readIndex(change.newValue) ?? []).map((e) => e.id));
  const differing = [...before].filter((id) => !after.has(id)).concat([...after].filter((id) => !before.has(id)));
  if (differing.length) void serialized(() => healIndex(differing)).catch(() => undefined);
}

async function healIndex(ids: string[]): Promise<void> {
  const index = (await readStoredIndex()) ?? [];
  const listed = new Set(index.map((e) => e.id));
  const stored = await storage.getItems(ids.map(articleKey));
  const fixes = stored.map((item, i) => ({ id: ids[i], read: item.value == null ? null : readArticle(item.value) }))
    .filter(({ id, read }) => (read?.ok ?? false) !== listed.has(id));
  if (!fixes.length) return;
  await updateIndex((entries) => {
    for (const { id, read } of fixes) {
      if (read?.ok) entries.set(id, toIndexEntry(read.article));
      else entries.delete(id);
    }
  });
}

function ensureIndexWatcher(): void {
  const changed = browser.storage?.onChanged;
  if (changed && !changed.hasListener(onStorageChanged)) changed.addListener(onStorageChanged);
}
ensureIndexWatcher(); // at load, so an MV3 background wakes for it

async function readAllArticles(): Promise<{ articles: SavedArticle[]; corrupted: string[] }> {
  const all = await storage.snapshot('local');
  const articles: SavedArticle[] = [];
  const corrupted: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(ARTICLE_PREFIX) || key.endsWith('$')) continue;
    const read = readArticle(value);
    if (read.ok) articles.push(withNoteDraft(read.article, all[DRAFT_PREFIX + key.slice(ARTICLE_PREFIX.length)]));
    else corrupted.push(key.slice(ARTICLE_PREFIX.length));
  }
  return { articles: articles.sort(compareNewestFirst), corrupted };
}

/** Writes the articles, then the index; on failure puts every article back as it was. */
async function writeArticles(articles: SavedArticle[]): Promise<void> {
  const keys = articles.map((a) => articleKey(a.id));
  const previous = await storage.getItems(keys);
  try {
    await storage.setItems(articles.map((a, i) => ({ key: keys[i], value: a })));
    await updateIndex((entries) => articles.forEach((a) => entries.set(a.id, toIndexEntry(a))));
  } catch (error) {
    const restore = previous.filter((p) => p.value != null).map((p) => ({ key: p.key as ArticleKey, value: p.value }));
    const remove = previous.filter((p) => p.value == null).map((p) => p.key as ArticleKey);
    await Promise.all([restore.length && storage.setItems(restore), remove.length && storage.removeItems(remove)]).catch(() => undefined);
    throw writeError(error);
  }
}

/** One saved article, migrated to the current schema; null when missing or corrupted. */
export async function getSaved(id: string): Promise<SavedArticle | null> {
  const stored = await browser.storage.local.get([`${ARTICLE_PREFIX}${id}`, `${DRAFT_PREFIX}${id}`]);
  const read = readArticle(stored[`${ARTICLE_PREFIX}${id}`]);
  return read.ok ? withNoteDraft(read.article, stored[`${DRAFT_PREFIX}${id}`]) : null;
}

/**
 * The note as the reader is typing it: one small write per keystroke, handed to the
 * browser before this call returns, so closing the popup mid-word loses nothing. The
 * debounced updateNote folds it into the article; until then reads apply it.
 */
export function saveNoteDraft(id: string, note: string, now: Date): Promise<void> {
  return browser.storage.local.set({ [`${DRAFT_PREFIX}${id}`]: { note, at: now.toISOString() } }).catch(() => undefined);
}


/** The saved copy of a page, by canonical URL or address (tracking parameters, «www.», «#…» ignored). */
export async function findByUrl(url: string): Promise<SavedArticle | null> {
  if (!url) return null;
  const direct = await getSaved(articleIdFor(url));
  const key = urlKey(url);
  if (direct && (urlKey(direct.canonicalUrl) === key || urlKey(direct.url) === key)) return direct;
  const index = (await readStoredIndex()) ?? (await rebuildIndex(false));
  const entry = index.find((e) => urlKey(e.canonicalUrl) === key || urlKey(e.url) === key);
  return entry ? getSaved(entry.id) : null;
}

/** The saved list, newest first, from the index alone (fast with thousands of articles). */
export async function listSaved(): Promise<IndexEntry[]> {
  let index = await readStoredIndex();
  if (!index || !(await indexMatchesKeys(index))) index = await serialized(() => rebuildIndex());
  return [...index].sort(compareNewestFirst);
}

/** Where the browser can list keys cheaply (Chrome 130+), a lost or stale index is caught here. */
async function indexMatchesKeys(index: IndexEntry[]): Promise<boolean> {
  const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
  if (typeof local.getKeys !== 'function') return true;
  const keys = await Promise.resolve().then(() => local.getKeys!()).catch(() => null);
  if (!keys) return true; // declared but not implemented (test fakes)
  const ids = keys.filter((k) => k.startsWith(ARTICLE_PREFIX) && !k.endsWith('$'));
  const listed = new Set(index.map((e) => e.id));
  return ids.length === listed.size && ids.every((k) => listed.has(k.slice(ARTICLE_PREFIX.length)));
}

/** Every article (for export and search), newest first; unreadable entries are skipped and named. */
export async function loadAll(): Promise<{ articles: SavedArticle[]; corrupted: string[] }> {
  const result = await readAllArticles();
  const index = (await readStoredIndex()) ?? [];
  const ids = new Set(result.articles.map((a) => a.id));
  if (index.length !== ids.size || index.some((e) => !ids.has(e.id))) void serialized(() => rebuildIndex()).catch(() => undefined);
  return result;
}

/** Saves an analysis; a page saved before is refreshed, keeping its note, tags and savedAt. */
export function saveAnalysis(analysis: Analysis, now: Date): Promise<{ article: SavedArticle; created: boolean }> {
  return serialized(async () => {
    const existing = (await findByUrl(analysis.canonicalUrl || analysis.url)) ?? (await findByUrl(analysis.url));
    const article = articleFromAnalysis(analysis, now, existing);
    await writeArticles([article]);
    return { article, created: !existing };
  });
}

function updateArticle(id: string, change: (a: SavedArticle) => SavedArticle): Promise<SavedArticle> {
  return serialized(async () => {
    const current = await getSaved(id);
    if (!current) throw new StorageWriteError('not-found');
    const updated = change(current);
    await writeArticles([updated]);
    return updated;
  });
}

/** Replaces the reader's note. */
export async function updateNote(id: string, note: string, now: Date): Promise<SavedArticle> {
  const updated = await updateArticle(id, (a) => ({ ...a, note, updatedAt: now.toISOString() }));
  await browser.storage.local.remove(`${DRAFT_PREFIX}${id}`).catch(() => undefined);
  return updated;
}

/** Replaces the tags (trimmed, duplicates dropped). */
export function updateTags(id: string, tags: string[], now: Date): Promise<SavedArticle> {
  return updateArticle(id, (a) => ({ ...a, tags: unionTags(tags), updatedAt: now.toISOString() }));
}

/** Deletes an article; returns it (for «undo» with restoreSaved), or null when it was not there. */
export function deleteSaved(id: string): Promise<SavedArticle | null> {
  return serialized(async () => {
    const raw = await storage.getItem(articleKey(id));
    if (raw == null) return null;
    const read = readArticle(raw);
    try {
      await storage.removeItem(articleKey(id));
      await updateIndex((entries) => entries.delete(id));
    } catch (error) {
      await storage.setItem(articleKey(id), raw).catch(() => undefined);
      throw writeError(error);
    }
    return read.ok ? read.article : null;
  });
}

/** Puts back an article returned by deleteSaved. */
export function restoreSaved(article: SavedArticle): Promise<SavedArticle> {
  return serialized(async () => {
    const read = readArticle(article);
    if (!read.ok) throw new StorageWriteError('invalid');
    await writeArticles([read.article]);
    return read.article;
  });
}

/** Merges a parsed backup into the library (by canonical URL; notes never dropped). */
export function importBackup(parsed: { articles: SavedArticle[] } | SavedArticle[]): Promise<{ added: number; updated: number; unchanged: number }> {
  const incoming = Array.isArray(parsed) ? parsed : parsed.articles;
  return serialized(async () => {
    const { articles: existing } = await readAllArticles();
    const { changed, added, updated, unchanged } = mergeArticles(existing, incoming);
    if (changed.length) await writeArticles(changed);
    return { added, updated, unchanged };
  });
}

/** Deletes every saved article and the index (settings stay). */
export function clearAll(): Promise<void> {
  return serialized(async () => {
    const all = await storage.snapshot('local');
    const keys = Object.keys(all).filter((k) => k.startsWith(ARTICLE_PREFIX) || k.startsWith(DRAFT_PREFIX)).map((k) => `local:${k}` as ArticleKey);
    try {
      await storage.removeItem(INDEX_KEY);
      await storage.removeItems(keys);
    } catch (error) {
      await rebuildIndex().catch(() => undefined);
      throw writeError(error);
    }
  });
}

/** Bytes used by the extension's local storage (the browser's count; an estimate where it has none). */
export async function storageUsage(): Promise<number> {
  try {
    return await (browser.storage.local as unknown as { getBytesInUse(keys: null): Promise<number> }).getBytesInUse(null);
  } catch {
    const all = await storage.snapshot('local'); // Firefox before 131, test fakes
    return new TextEncoder().encode(JSON.stringify(all)).length;
  }
}

/** The reader's preferences; damaged or missing values fall back to defaults. */
export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await storage.getItem(SETTINGS_KEY));
}

/** Stores the preferences (sanitized). */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = sanitizeSettings(settings);
  try {
    await storage.setItem(SETTINGS_KEY, clean);
  } catch (error) {
    throw writeError(error);
  }
  return clean;
}
