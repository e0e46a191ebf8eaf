import { describe, expect, it } from 'vitest';
import {
  ARTICLE_SCHEMA_VERSION, articleFromAnalysis, articleIdFor, compareNewestFirst, mergeNotes, NOTE_MERGE_SEPARATOR, readArticle,
  readIndex, toIndexEntry, unionTags, urlKey, type SavedArticle,
} from '@/utils/library';
import type { Analysis } from '@/utils/types';
import fixtures from '../fixtures/export/articles.json';

const [seed] = fixtures as SavedArticle[];

describe('urlKey: one key for the URLs of one article', () => {
  it.each([
    ['https://www.irna.ir/news/85000000/', 'irna.ir/news/85000000'],
    ['http://irna.ir/news/85000000#comments', 'irna.ir/news/85000000'],
    ['https://IRNA.ir/news/85000000?utm_source=telegram&fbclid=x', 'irna.ir/news/85000000'],
    ['https://x.ir/news?id=5&b=2', 'x.ir/news?b=2&id=5'],
    ['https://www.khabarshahr.com/fa/news/12345/حمایت', 'khabarshahr.com/fa/news/12345/%D8%AD%D9%85%D8%A7%DB%8C%D8%AA'],
    ['not a url', 'not a url'],
  ])('%s', (url, key) => expect(urlKey(url)).toBe(key));

  it('articleIdFor is stable and the same for equivalent URLs', () => {
    expect(articleIdFor('https://www.irna.ir/news/1/')).toBe(articleIdFor('http://irna.ir/news/1?utm_source=x'));
    expect(articleIdFor('https://www.irna.ir/news/1')).not.toBe(articleIdFor('https://www.irna.ir/news/2'));
    expect(articleIdFor('https://www.irna.ir/news/1')).toMatch(/^[0-9a-z]{14}$/);
  });
});

describe('articleFromAnalysis', () => {
  const analysis: Analysis = {
    title: seed.title, site: seed.site, published: seed.published, url: seed.url, canonicalUrl: seed.canonicalUrl,
    isArticle: true, language: 'fa', text: 'متن کامل', summary: seed.summary, speakers: seed.speakers, figures: seed.figures,
  };
  const now = new Date('2024-04-01T00:00:00Z');

  it('a first save', () => {
    const a = articleFromAnalysis(analysis, now);
    expect(a).toMatchObject({ savedAt: now.toISOString(), updatedAt: now.toISOString(), note: '', tags: [], schemaVersion: ARTICLE_SCHEMA_VERSION });
    expect(a).not.toHaveProperty('text');
    expect(a.id).toBe(articleIdFor(seed.canonicalUrl));
  });

  it('a re-save keeps id, savedAt, note and tags', () => {
    const a = articleFromAnalysis({ ...analysis, title: 'تازه' }, now, seed);
    expect(a).toMatchObject({ id: seed.id, savedAt: seed.savedAt, note: seed.note, tags: seed.tags, title: 'تازه', updatedAt: now.toISOString() });
  });

  it('without a canonical URL the address is used', () => {
    expect(articleFromAnalysis({ ...analysis, canonicalUrl: '' }, now).canonicalUrl).toBe(seed.url);
  });
});

describe('readArticle', () => {
  it('a current article reads back unchanged', () => {
    expect(readArticle(seed)).toEqual({ ok: true, article: seed, migrated: false });
  });

  it.each([
    [null, 'not-object'],
    ['متن', 'not-object'],
    [[seed], 'not-object'],
    [{ ...seed, id: undefined }, 'missing-field'],
    [{ ...seed, title: undefined }, 'missing-field'],
    [{ ...seed, id: '' }, 'wrong-type'],
    [{ ...seed, savedAt: 'دیروز' }, 'wrong-type'],
    [{ ...seed, tags: 'خودرو' }, 'wrong-type'],
    [{ ...seed, summary: [1] }, 'wrong-type'],
    [{ ...seed, figures: [{ value: 1, text: '۱', kind: 'weight' }] }, 'wrong-type'],
    [{ ...seed, published: 20240101 }, 'wrong-type'],
    [{ ...seed, schemaVersion: 1.5 }, 'wrong-type'],
    [{ ...seed, schemaVersion: 3 }, 'newer-schema'],
  ])('%j → %s', (value, problem) => expect(readArticle(value)).toEqual({ ok: false, problem }));

  it('missing optional fields take defaults', () => {
    const read = readArticle({ id: 'm', url: 'https://a.ir/1', title: 'ت', savedAt: '2024-01-01T00:00:00.000Z', schemaVersion: 2 });
    expect(read).toEqual({
      ok: true, migrated: false,
      article: {
        id: 'm', url: 'https://a.ir/1', canonicalUrl: 'https://a.ir/1', title: 'ت', site: '', published: null,
        savedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', summary: [], speakers: [], figures: [],
        note: '', tags: [], schemaVersion: 2,
      },
    });
  });

  it('a schema-1 entry (no schemaVersion) is migrated', () => {
    const read = readArticle({ id: 'v1', url: 'https://a.ir/1', title: 'ت', savedAt: 0, summary: 'یک\n\nدو' });
    expect(read.ok && read.migrated).toBe(true);
    expect(read.ok && read.article).toMatchObject({ savedAt: '1970-01-01T00:00:00.000Z', summary: ['یک', 'دو'], canonicalUrl: 'https://a.ir/1' });
  });
});

describe('merge helpers', () => {
  it.each([
    [['اقتصاد', 'خودرو'], ['خودرو ', 'صنعت'], ['اقتصاد', 'خودرو', 'صنعت']],
    [['كرونا'], ['کرونا'], ['كرونا']],
    [['', ' '], [], []],
  ])('unionTags(%j, %j)', (a, b, out) => expect(unionTags(a, b)).toEqual(out));

  it.each([
    ['الف', 'الف', 'الف'],
    ['', 'ب', 'ب'],
    ['الف', '', 'الف'],
    ['الف و ب', 'ب', 'الف و ب'],
    ['ب', 'الف و ب', 'الف و ب'],
    ['الف', 'ب', `الف${NOTE_MERGE_SEPARATOR}ب`],
  ])('mergeNotes(%s, %s)', (a, b, out) => expect(mergeNotes(a, b)).toBe(out));
});

describe('index entries', () => {
  it('toIndexEntry keeps what the list shows', () => {
    expect(toIndexEntry(seed)).toEqual({
      id: seed.id, url: seed.url, canonicalUrl: seed.canonicalUrl, title: seed.title, site: seed.site,
      savedAt: seed.savedAt, updatedAt: seed.updatedAt, tags: seed.tags,
    });
  });

  it('readIndex refuses what is not an index', () => {
    expect(readIndex('x')).toBeNull();
    expect(readIndex([{ id: 1 }])).toBeNull();
    expect(readIndex([toIndexEntry(seed)])).toEqual([toIndexEntry(seed)]);
  });

  it('compareNewestFirst', () => {
    const list = [{ id: 'b', savedAt: '2024-01-01' }, { id: 'a', savedAt: '2024-02-01' }, { id: 'c', savedAt: '2024-01-01' }];
    expect(list.sort(compareNewestFirst).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});
