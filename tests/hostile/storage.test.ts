// Storage under pressure (utils/storage.ts with WXT's fakeBrowser): Firefox's quota error,
// a failed undo, and damaged entries next to good ones. tests/utils/storage.test.ts covers
// Chrome's quota message on save, delete and import; these are the cases it leaves out.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteSaved, getSaved, listSaved, loadAll, restoreSaved, saveAnalysis, StorageQuotaError, updateNote, whenIdle } from '@/utils/storage';
import type { Analysis } from '@/utils/types';

const T0 = new Date('2024-03-20T08:00:00Z');
const local = () => fakeBrowser.storage.local;

function analysis(n: number): Analysis {
  return {
    title: `خبر ${n} <img src=x onerror=alert(1)>`, site: 'ایسنا', published: null,
    url: `https://www.isna.ir/news/${n}`, canonicalUrl: `https://www.isna.ir/news/${n}`,
    isArticle: true, language: 'fa', text: 'متن', summary: ['خلاصه'], speakers: [], figures: [],
  };
}

beforeEach(async () => {
  vi.restoreAllMocks();
  await whenIdle();
  fakeBrowser.reset();
});

describe('quota', () => {
  it("Firefox's NS_ERROR_DOM_QUOTA_REACHED on a note edit is a quota error and keeps the old note", async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    await updateNote(article.id, 'یادداشت اول', T0);
    const error = Object.assign(new Error('Quota exceeded'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' });
    vi.spyOn(local(), 'set').mockRejectedValue(error);
    await expect(updateNote(article.id, 'یادداشت دوم', T0)).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect((await getSaved(article.id))?.note).toBe('یادداشت اول');
  });

  it('undo of a delete that hits the quota fails cleanly; the list stays consistent', async () => {
    const { article } = await saveAnalysis(analysis(1), T0);
    await saveAnalysis(analysis(2), T0);
    const deleted = await deleteSaved(article.id);
    expect(deleted).not.toBeNull();
    vi.spyOn(local(), 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(restoreSaved(deleted!)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect((await listSaved()).map((e) => e.id)).toEqual((await loadAll()).articles.map((a) => a.id));
    expect(await getSaved(article.id)).toBeNull();
  });
});

describe('damaged entries among good ones', () => {
  it.each([
    ['a 1 MB string', 'x'.repeat(1_000_000)],
    ['null', null],
    ['a number', 7],
    ['a prototype-polluting object', JSON.parse('{"__proto__":{"polluted":1},"id":"bad","url":"u","title":"t","savedAt":"nope"}')],
  ])('%s under an article key: the others still list and load; the bad one is named', async (_label, value) => {
    await saveAnalysis(analysis(1), T0);
    await saveAnalysis(analysis(2), T0);
    await local().set({ 'article:bad': value });
    const { articles, corrupted } = await loadAll();
    expect(articles).toHaveLength(2);
    if (value !== null) expect(corrupted).toEqual(['bad']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const listed = await listSaved();
    expect(listed.filter((e) => e.id !== 'bad')).toHaveLength(2);
  });
});
