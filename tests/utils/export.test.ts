import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildCsvExport, buildJsonExport, buildMarkdownExport, escapeMarkdown, exportFileName } from '@/utils/export';
import type { SavedArticle } from '@/utils/library';
import fixtures from '../fixtures/export/articles.json';

const articles = fixtures as SavedArticle[];
const NOW = new Date('2024-03-25T06:30:00.000Z');
const dir = new URL('../fixtures/export/', import.meta.url);

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it (then read the diff). */
function golden(name: string, actual: string) {
  const file = new URL(name, dir);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden files', () => {
  it('markdown', () => golden('expected.md', buildMarkdownExport(articles, NOW)));
  it('json', () => golden('expected.json', buildJsonExport(articles, NOW)));
  it('csv', () => golden('expected.csv', buildCsvExport(articles)));
});

describe('escapeMarkdown keeps page text inert', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert(1)\\>'],
    ['[کلیک](javascript:alert(1))', '\\[کلیک\\](javascript:alert(1))'],
    ['![x](http://t/p.png)', '\\!\\[x\\](http://t/p.png)'],
    ['# نه عنوان', '\\# نه عنوان'],
    ['- نه فهرست', '\\- نه فهرست'],
    ['1. نه شماره', '1\\. نه شماره'],
    ['*تأکید* و _زیرخط_ و `کد`', '\\*تأکید\\* و \\_زیرخط\\_ و \\`کد\\`'],
    ['سطر اول\nسطر دوم', 'سطر اول سطر دوم'],
    ['دین‌پرست گفت: «۶۳۹ پروژه»', 'دین‌پرست گفت: «۶۳۹ پروژه»'],
  ])('%s', (input, output) => expect(escapeMarkdown(input)).toBe(output));

  it('the whole export has no live HTML or javascript: link', () => {
    const md = buildMarkdownExport(articles, NOW);
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/);
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/);
    expect(md).toContain('بابک دین‌پرست'); // ZWNJ intact
    expect(md).toContain('> نقل‌قول از متن'); // the note's own quote stays a quote
  });
});

describe('csv', () => {
  const csv = buildCsvExport(articles);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

  it('starts with a BOM and has the columns in order, one row per article', () => {
    expect(csv.startsWith('\ufeffid,title,site,url,published,savedAt,summary,speakers,figures,note,tags\r\n')).toBe(true);
    expect(parsed).toHaveLength(articles.length + 1);
  });

  it('escapes formula-like cells with a leading quote', () => {
    const row = parsed.find((r) => r[0] === 'inject00002')!;
    expect(row[2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row[6].startsWith("'-")).toBe(true);
    expect(row[7].startsWith("'@")).toBe(true);
  });

  it('keeps Persian text, commas, quotes and newlines in cells', () => {
    const row = parsed.find((r) => r[0] === 'latin000003')!;
    expect(row[9]).toBe('مقایسه با سال قبل, "نقل" با ویرگول');
    const seed = parsed.find((r) => r[0] === 'seed0000001')!;
    expect(seed[6].split('\n')).toEqual(articles[0].summary);
    expect(seed[10]).toBe('خودرو، اقتصاد');
  });
});

describe('json', () => {
  it('is a versioned backup with every field', () => {
    const data = JSON.parse(buildJsonExport(articles, NOW));
    expect(data).toMatchObject({ format: 'chekideh-backup', schemaVersion: 2, exportedAt: NOW.toISOString() });
    expect([...data.articles].sort((a: SavedArticle, b: SavedArticle) => a.id.localeCompare(b.id)))
      .toEqual([...articles].sort((a, b) => a.id.localeCompare(b.id)));
  });
});

describe('exportFileName', () => {
  it.each([
    ['md', 'chekideh-2024-03-25-0630.md'],
    ['csv', 'chekideh-2024-03-25-0630.csv'],
    ['json', 'chekideh-backup-2024-03-25-0630.json'],
  ] as const)('%s', (kind, name) => expect(exportFileName(kind, NOW)).toBe(name));
});
