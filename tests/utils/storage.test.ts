import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearAll, deleteSaved, findByUrl, getSaved, getSettings, importBackup, listSaved, loadAll, restoreSaved,
  saveAnalysis, saveNoteDraft, saveSettings, storageUsage, StorageQuotaError, StorageWriteError, updateNote, updateTags, whenIdle,
} from '@/utils/storage';
import type { SavedArticle } from '@/utils/library';
import type { Analysis } from '@/utils/types';
import fixtures from '../fixtures/export/articles.json';

const T0 = new Date('2024-03-20T08:00:00Z');
const T1 = new Date('2024-03-21T09:00:00Z');

function analysis(n: number, overrides: Partial<Analysis> = {}): Analysis {
  return {
    title: `خبر شماره ${n}`, site: 'ایرنا', published: '2024-03-19T09:30:00+03:30',
    url: `https://www.irna.ir/news/${n}?utm_source=x`, canonicalUrl: `https://www.irna.ir/news/${n}`,
    isArticle: true, language: 'fa', text: 'متن', summary: [`خلاصه ${n}`],
    speakers: [{ name: 'بابک دین‌پرست', role: 'معاون وزیر', quotes: ['گفت'], aliases: [] }],
    figures: [{ value: 639, unit: 'پروژه', text: '۶۳۹ پروژه', sentence: '۶۳۹ پروژه', kind: 'count' }],
    ...overrides,
  };
}

const local = () => fakeBrowser.storage.local;
const quota = () => new Error('QUOTA_BYTES quota exceeded');

beforeEach(async () => {
  vi.restoreAllMocks();
  await whenIdle();
  fakeBrowser.reset();
});

describe('saveAnalysis', () => {
  it('creates one key per article and an index entry', async () => {
    const { article, created } = await saveAnalysis(analysis(1), T0);
    expect(created).toBe(true);
    const raw = await local().get(null);
    expect(Object.keys(raw).sort()).toEqual([`article:${article.id}`, 'index']);
    expect(await listSaved()).toEqual([expect.objectContaining({ id: article.id, title: 'خبر شماره 1', savedAt: T0.toISOString() })]);
    expect(await getSaved(article.id)).toEqual(article);
  });

  it('re-saving the same canonical URL updates the analysis and keeps note, tags, savedAt', async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    await updateNote(article.id, 'یادداشت من', T0);
    await updateTags(article.id, ['اقتصاد', ' اقتصاد ', 'خودرو'], T0);
    const again = await saveAnalysis(analysis(1, { url: 'http://irna.ir/news/1#top', summary: ['خلاصه تازه'] }), T1);
    expect(again.created).toBe(false);
    expect(again.article).toMatchObject({
      id: article.id, note: 'یادداشت من', tags: ['اقتصاد', 'خودرو'], summary: ['خلاصه تازه'],
      savedAt: T0.toISOString(), updatedAt: T1.toISOString(),
    });
    expect(await listSaved()).toHaveLength(1);
  });

  it.each([
    ['https://www.irna.ir/news/1'],
    ['https://irna.ir/news/1/'],
    ['http://www.irna.ir/news/1?utm_campaign=a#comments'],
  ])('findByUrl(%s) finds the saved page', async (url) => {
    const { article } = await saveAnalysis(analysis(1), T0);
    expect((await findByUrl(url))?.id).toBe(article.id);
  });

  it('findByUrl is null for another page', async () => {
    await saveAnalysis(analysis(1), T0);
    expect(await findByUrl('https://www.irna.ir/news/2')).toBeNull();
  });

  it('lists newest first', async () => {
    await saveAnalysis(analysis(1), T0);
    await saveAnalysis(analysis(2), T1);
    expect((await listSaved()).map((e) => e.title)).toEqual(['خبر شماره 2', 'خبر شماره 1']);
  });
});

describe('failed writes leave the previous state', () => {
  it('quota on the article write: typed error, nothing stored', async () => {
    await saveAnalysis(analysis(1), T0);
    const before = await local().get(null);
    vi.spyOn(local(), 'set').mockRejectedValueOnce(quota());
    const error = await saveAnalysis(analysis(2), T1).catch((e) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect(error.code).toBe('quota');
    expect(await local().get(null)).toEqual(before);
  });

  it('failure on the index write rolls the article back (new and updated)', async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    await updateNote(article.id, 'قبلی', T0);
    const before = await local().get(null);
    const realSet = local().set.bind(local());
    let calls = 0;
    vi.spyOn(local(), 'set').mockImplementation(async (items) => {
      calls++;
      if ('index' in (items as object)) throw new Error('IO error');
      return realSet(items);
    });
    const e1 = await saveAnalysis(analysis(2), T1).catch((e) => e);
    const e2 = await updateNote(article.id, 'جدید', T1).catch((e) => e);
    vi.restoreAllMocks();
    expect(calls).toBeGreaterThan(2);
    for (const e of [e1, e2]) {
      expect(e).toBeInstanceOf(StorageWriteError);
      expect(e.code).toBe('write');
    }
    expect(await local().get(null)).toEqual(before);
  });

  it('failed delete keeps the article', async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    const realSet = local().set.bind(local());
    vi.spyOn(local(), 'set').mockImplementation(async (items) => {
      if ('index' in (items as object)) throw quota();
      return realSet(items);
    });
    await expect(deleteSaved(article.id)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await getSaved(article.id)).toEqual(article);
    expect(await listSaved()).toHaveLength(1);
  });
});

describe('delete, undo, clear', () => {
  it('deleteSaved returns the article and restoreSaved puts it back', async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    const deleted = await deleteSaved(article.id);
    expect(deleted).toEqual(article);
    expect(await listSaved()).toEqual([]);
    expect(await getSaved(article.id)).toBeNull();
    await restoreSaved(deleted!);
    expect(await getSaved(article.id)).toEqual(article);
    expect(await listSaved()).toHaveLength(1);
  });

  it('deleteSaved of a missing id is null; updateNote of a missing id rejects not-found', async () => {
    expect(await deleteSaved('nope')).toBeNull();
    await expect(updateNote('nope', 'x', T0)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('clearAll removes articles and index, keeps settings', async () => {
    await saveSettings({ summarySentences: 5, figureKinds: ['count'], uiLanguage: 'fa' });
    await saveAnalysis(analysis(1), T0);
    await saveAnalysis(analysis(2), T0);
    await clearAll();
    expect(await listSaved()).toEqual([]);
    expect((await loadAll()).articles).toEqual([]);
    expect((await getSettings()).summarySentences).toBe(5);
  });
});

describe('concurrency', () => {
  it('many saves at once in one context all survive', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => saveAnalysis(analysis(i), T0)));
    expect(await listSaved()).toHaveLength(20);
  });

  it('two contexts (separate module instances) saving at once both survive', async () => {
    vi.resetModules();
    const other = await import('@/utils/storage');
    expect(other.saveAnalysis).not.toBe(saveAnalysis);
    await Promise.all([
      saveAnalysis(analysis(1), T0), other.saveAnalysis(analysis(2), T0),
      saveAnalysis(analysis(3), T0), other.saveAnalysis(analysis(4), T0),
    ]);
    for (let i = 0; i < 3; i++) await Promise.all([whenIdle(), other.whenIdle()]);
    expect((await listSaved()).map((e) => e.title).sort()).toEqual([1, 2, 3, 4].map((n) => `خبر شماره ${n}`));
  });

  it('a lost or damaged index is rebuilt from the article keys', async () => {
    await saveAnalysis(analysis(1), T0);
    await saveAnalysis(analysis(2), T0);
    await local().set({ index: 'garbage' });
    expect(await listSaved()).toHaveLength(2);
    await local().remove('index');
    expect(await listSaved()).toHaveLength(2);
  });

  it('an index entry without its article is dropped when the browser can list keys', async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    await saveAnalysis(analysis(2), T0);
    await local().remove(`article:${article.id}`);
    vi.spyOn(local(), 'getKeys').mockImplementation(async () => Object.keys(await local().get(null)));
    expect((await listSaved()).map((e) => e.id)).not.toContain(article.id);
    vi.restoreAllMocks();
  });
});

describe('corrupted and old entries', () => {
  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['missing fields', { id: 'x1', title: 'بی‌نشانی' }],
    ['wrong types', { id: 'x1', url: 'https://a.ir/1', title: 'ت', savedAt: '2024-01-01T00:00:00Z', speakers: 'no', schemaVersion: 2 }],
    ['a newer schema', { ...fixtures[0], id: 'x1', schemaVersion: 99 }],
  ])('%s is skipped and reported by loadAll', async (_label, value) => {
    await saveAnalysis(analysis(1), T0);
    await local().set({ 'article:x1': value });
    const { articles, corrupted } = await loadAll();
    expect(articles).toHaveLength(1);
    expect(corrupted).toEqual(['x1']);
    expect(await getSaved('x1')).toBeNull();
  });

  it('a schema-1 entry migrates on read', async () => {
    const v1 = {
      id: 'old1', url: 'https://www.isna.ir/news/7', title: 'خبر قدیمی', site: 'ایسنا', published: null,
      savedAt: Date.parse('2023-05-01T10:00:00Z'), summary: 'جمله اول\nجمله دوم', speakers: [], figures: [], note: 'یادداشت',
    };
    await local().set({ 'article:old1': v1 });
    const expected: SavedArticle = {
      id: 'old1', url: v1.url, canonicalUrl: v1.url, title: 'خبر قدیمی', site: 'ایسنا', published: null,
      savedAt: '2023-05-01T10:00:00.000Z', updatedAt: '2023-05-01T10:00:00.000Z', summary: ['جمله اول', 'جمله دوم'],
      speakers: [], figures: [], note: 'یادداشت', tags: [], schemaVersion: 2,
    };
    expect(await getSaved('old1')).toEqual(expected);
    expect(await listSaved()).toEqual([expect.objectContaining({ id: 'old1', title: 'خبر قدیمی' })]);
    expect((await findByUrl('https://isna.ir/news/7'))?.id).toBe('old1');
    const updated = await updateNote('old1', 'تازه', T1);
    expect((await local().get('article:old1'))['article:old1']).toEqual(updated);
    expect(updated.schemaVersion).toBe(2);
  });
});

describe('import, usage, settings', () => {
  it('importBackup merges by canonical URL and counts', async () => {
    const articles = fixtures as SavedArticle[];
    expect(await importBackup({ articles })).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await importBackup(articles)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    const changed = { ...articles[0], note: 'یادداشت دیگر', updatedAt: '2025-01-01T00:00:00.000Z' };
    expect(await importBackup([changed])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await getSaved(articles[0].id))?.note).toContain('یادداشت دیگر');
    expect((await getSaved(articles[0].id))?.note).toContain('برای گزارش صنعت خودرو');
    expect(await listSaved()).toHaveLength(3);
  });

  it('a failed import leaves the library as it was', async () => {
    await saveAnalysis(analysis(1), T0);
    const before = await local().get(null);
    const realSet = local().set.bind(local());
    vi.spyOn(local(), 'set').mockImplementation(async (items) => {
      if ('index' in (items as object)) throw quota();
      return realSet(items);
    });
    await expect(importBackup(fixtures as SavedArticle[])).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await local().get(null)).toEqual(before);
  });

  it('storageUsage counts bytes (estimate when getBytesInUse is missing)', async () => {
    const empty = await storageUsage();
    await saveAnalysis(analysis(1), T0);
    expect(await storageUsage()).toBeGreaterThan(empty + 200);
    vi.spyOn(local(), 'getBytesInUse').mockImplementation(async () => 1234 as never);
    expect(await storageUsage()).toBe(1234);
    vi.restoreAllMocks();
  });

  it('settings round-trip and fall back on damage', async () => {
    expect((await getSettings()).summarySentences).toBe(3);
    await local().set({ settings: { summarySentences: 'lots' } });
    expect((await getSettings()).summarySentences).toBe(3);
  });
});

describe('scale', () => {
  it('5,000 articles: listSaved reads only the index', async () => {
    const articles = Array.from({ length: 5000 }, (_, i) => ({
      ...(fixtures[0] as SavedArticle), id: `a${i}`, canonicalUrl: `https://x.ir/${i}`, url: `https://x.ir/${i}`,
      savedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    }));
    await importBackup(articles);
    await whenIdle();
    const get = vi.spyOn(local(), 'get');
    const started = performance.now();
    const list = await listSaved();
    const ms = performance.now() - started;
    expect(list).toHaveLength(5000);
    expect(list[0].id).toBe('a4999');
    expect(get).toHaveBeenCalledTimes(1);
    console.info(`listSaved over 5,000: ${ms.toFixed(1)} ms`);
  });
});

describe('note drafts', () => {
  it('a note typed just before the popup closes is read back, and folded in by updateNote', async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    await saveNoteDraft(article.id, 'نیمه‌کاره', T1);
    expect((await getSaved(article.id))?.note).toBe('نیمه‌کاره');
    expect((await loadAll()).articles[0].note).toBe('نیمه‌کاره');
    await updateNote(article.id, 'نیمه‌کاره', T1);
    expect(Object.keys(await local().get(null)).some((k) => k.startsWith('draft:'))).toBe(false);
    expect((await getSaved(article.id))?.note).toBe('نیمه‌کاره');
  });

  it('an older draft does not override a newer saved note', async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    await saveNoteDraft(article.id, 'قدیمی', T0);
    await updateNote(article.id, 'تازه', T1);
    await saveNoteDraft(article.id, 'قدیمی‌تر', T0);
    expect((await getSaved(article.id))?.note).toBe('تازه');
  });
});
