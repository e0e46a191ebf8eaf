import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildJsonExport } from '@/utils/export';
import { MAX_BACKUP_BYTES, mergeArticles, parseBackup } from '@/utils/import';
import { NOTE_MERGE_SEPARATOR, type SavedArticle } from '@/utils/library';
import { importBackup, listSaved, loadAll, whenIdle } from '@/utils/storage';
import fixtures from '../fixtures/export/articles.json';

const articles = fixtures as SavedArticle[];
const NOW = new Date('2024-03-25T06:30:00.000Z');
const backup = buildJsonExport(articles, NOW);
const byId = (list: SavedArticle[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('parseBackup rejects what is not a usable backup', () => {
  it.each([
    ['empty', '', 'empty'],
    ['whitespace and BOM', '\ufeff  \n', 'empty'],
    ['plain text', 'سلام، این پشتیبان نیست', 'invalid-json'],
    ['CSV', 'id,title\r\n1,x', 'invalid-json'],
    ['truncated', backup.slice(0, backup.length / 2), 'truncated'],
    ['other JSON', '{"items": []}', 'not-a-backup'],
    ['a JSON array', '[1, 2]', 'not-a-backup'],
    ['JSON null', 'null', 'not-a-backup'],
    ['no schemaVersion', '{"format": "chekideh-backup", "articles": []}', 'not-a-backup'],
    ['schemaVersion a string', '{"format": "chekideh-backup", "schemaVersion": "2", "articles": []}', 'not-a-backup'],
    ['articles not a list', '{"format": "chekideh-backup", "schemaVersion": 2, "articles": {}}', 'not-a-backup'],
    ['newer schema', '{"format": "chekideh-backup", "schemaVersion": 3, "articles": []}', 'newer-schema'],
  ])('%s → %s', (_label, text, error) => expect(parseBackup(text)).toEqual({ ok: false, error }));

  it('a file over the size limit is refused before parsing', () => {
    expect(parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, error: 'too-large' });
    // Persian text is two bytes a letter in UTF-8.
    expect(parseBackup('ی'.repeat(MAX_BACKUP_BYTES / 2 + 1))).toEqual({ ok: false, error: 'too-large' });
  });
});

describe('parseBackup accepts a backup', () => {
  it('reads back every field of our own export (BOM tolerated)', () => {
    const parsed = parseBackup(`\ufeff${backup}`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(byId(parsed.articles)).toEqual(byId(articles));
    expect(parsed.skipped).toEqual([]);
    expect(parsed.exportedAt).toBe(NOW.toISOString());
  });

  it('skips entries with the wrong shape and says which', () => {
    const data = JSON.parse(backup);
    data.articles.push('garbage', { id: 'no-url', title: 'x' }, { ...articles[0], id: 'bad-speakers', speakers: [{ role: 1 }] },
      { ...articles[0], id: 'bad-figure', figures: [{ value: '۳', text: '۳', kind: 'count' }] }, { ...articles[0], id: 'future', schemaVersion: 7 });
    const parsed = parseBackup(JSON.stringify(data));
    expect(parsed.ok && parsed.articles).toHaveLength(3);
    expect(parsed.ok && parsed.skipped).toEqual([
      { index: 3, problem: 'not-object' },
      { index: 4, id: 'no-url', problem: 'missing-field' },
      { index: 5, id: 'bad-speakers', problem: 'wrong-type' },
      { index: 6, id: 'bad-figure', problem: 'wrong-type' },
      { index: 7, id: 'future', problem: 'newer-schema' },
    ]);
  });

  it('migrates a schema-1 backup', () => {
    const v1 = {
      format: 'chekideh-backup', schemaVersion: 1, exportedAt: '2023-06-01T00:00:00Z',
      articles: [{ id: 'old', url: 'https://isna.ir/n/1', title: 'قدیمی', site: 'ایسنا', published: null, savedAt: 1685000000000, summary: 'الف\nب', speakers: [], figures: [], note: '' }],
    };
    const parsed = parseBackup(JSON.stringify(v1));
    expect(parsed.ok && parsed.articles[0]).toMatchObject({
      canonicalUrl: 'https://isna.ir/n/1', savedAt: '2023-05-25T07:33:20.000Z', updatedAt: '2023-05-25T07:33:20.000Z',
      summary: ['الف', 'ب'], tags: [], schemaVersion: 2,
    });
  });
});

describe('mergeArticles', () => {
  const [seed] = articles;
  const later = '2024-04-01T00:00:00.000Z';

  it('adds new articles and counts unchanged ones', () => {
    const result = mergeArticles([seed], articles);
    expect(result).toMatchObject({ added: 2, updated: 0, unchanged: 1 });
    expect(result.changed.map((a) => a.id).sort()).toEqual(['inject00002', 'latin000003']);
    expect(result.articles).toHaveLength(3);
  });

  it('matches by canonical URL, not id; the newer analysis wins; different notes are both kept; tags united', () => {
    const incoming = {
      ...seed, id: 'other-id', canonicalUrl: 'http://khabarshahr.com/fa/news/12345/?utm_medium=x', title: 'عنوان تازه',
      updatedAt: later, note: 'یادداشت از دستگاه دیگر', tags: ['اقتصاد', 'صنعت'],
    };
    const { articles: [merged], updated, added } = mergeArticles([seed], [incoming]);
    expect({ updated, added }).toEqual({ updated: 1, added: 0 });
    expect(merged).toMatchObject({
      id: seed.id, title: 'عنوان تازه', updatedAt: later, savedAt: seed.savedAt,
      note: `${seed.note}${NOTE_MERGE_SEPARATOR}یادداشت از دستگاه دیگر`, tags: ['خودرو', 'اقتصاد', 'صنعت'],
    });
  });

  it('an older incoming analysis does not replace the newer one, but its note survives', () => {
    const older = { ...seed, title: 'عنوان قدیمی', updatedAt: '2024-03-20T08:00:00.000Z', note: 'یادداشت قدیمی' };
    const { articles: [merged] } = mergeArticles([seed], [older]);
    expect(merged.title).toBe(seed.title);
    expect(merged.note).toContain('یادداشت قدیمی');
    expect(merged.note).toContain(seed.note);
  });

  it.each([
    ['same note', 'برای گزارش صنعت خودرو\n> نقل‌قول از متن', 'برای گزارش صنعت خودرو\n> نقل‌قول از متن'],
    ['empty incoming note', '', 'برای گزارش صنعت خودرو\n> نقل‌قول از متن'],
    ['incoming note contained', 'برای گزارش صنعت خودرو', 'برای گزارش صنعت خودرو\n> نقل‌قول از متن'],
  ])('%s: note not duplicated', (_label, note, expected) => {
    const { articles: [merged] } = mergeArticles([seed], [{ ...seed, note, updatedAt: later }]);
    expect(merged.note).toBe(expected);
  });

  it('is idempotent: merging the same backup twice changes nothing the second time', () => {
    const incoming = articles.map((a) => ({ ...a, note: `${a.note} (دوم)`.trim(), updatedAt: later }));
    const first = mergeArticles(articles, incoming);
    const second = mergeArticles(first.articles, incoming);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 3, changed: [] });
  });

  it('an imported id taken by another page gets a fresh id', () => {
    const clash = { ...articles[1], canonicalUrl: 'https://another.ir/x', url: 'https://another.ir/x', id: seed.id };
    const { articles: merged, added } = mergeArticles([seed], [clash]);
    expect(added).toBe(1);
    expect(new Set(merged.map((a) => a.id)).size).toBe(2);
  });

  it('two copies of one page inside the backup become one article', () => {
    const { articles: merged, added } = mergeArticles([], [seed, { ...seed, id: 'dup', note: 'دیگر', updatedAt: later }]);
    expect(added).toBe(1);
    expect(merged).toHaveLength(1);
    expect(merged[0].note).toContain('دیگر');
  });
});

describe('round trip through storage', () => {
  beforeEach(async () => {
    await whenIdle();
    fakeBrowser.reset();
  });

  it('export → parse → import into an empty store gives back every field exactly', async () => {
    const parsed = parseBackup(backup);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importBackup(parsed)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const { articles: stored, corrupted } = await loadAll();
    expect(corrupted).toEqual([]);
    expect(byId(stored)).toEqual(byId(articles));
    expect((await listSaved()).map((e) => e.id)).toEqual(['inject00002', 'seed0000001', 'latin000003']);
    expect(buildJsonExport(stored, NOW)).toBe(backup);
  });
});
