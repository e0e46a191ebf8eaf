// The article this project started from, checked against ../shared/seed/expected.json exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analyze-document';
import { matchKey } from '@/utils/normalize';
import { parseHtml } from '../scripts/lib/dom';

const expected = JSON.parse(readFileSync('tests/fixtures/seed/expected.json', 'utf8'));
const html = readFileSync('tests/fixtures/seed/khabarshahr-iran-khodro.html', 'utf8');
const result = analyzeDocument(parseHtml(html, 'https://khabarshahr.ir/?p=120345'), 'https://khabarshahr.ir/?p=120345');

describe('the seed article', () => {
  it('is a Persian article with the expected title and clean text', () => {
    expect(result).toMatchObject({ isArticle: expected.isArticle, language: expected.language, title: expected.title });
    expect(result.text.startsWith(expected.text_starts_with)).toBe(true);
    expect(result.text.endsWith(expected.text_ends_with)).toBe(true);
    for (const chrome of expected.text_excludes) expect(result.text).not.toContain(chrome);
  });

  it('has exactly the expected speakers, roles and statement counts', () => {
    expect(result.speakers.map((s) => ({ name: s.name, role: s.role, statements: s.quotes.length }))).toEqual(
      expected.speakers.map((s: { name: string; role: string; statements: number }) => ({ name: s.name, role: s.role, statements: s.statements })),
    );
    const names = result.speakers.map((s) => matchKey(s.name));
    for (const never of expected.speakers_never) expect(names).not.toContain(matchKey(never));
  });

  it('has exactly the expected key figures, and no idiom', () => {
    const key = result.figures.filter((f) => ['count', 'percent', 'money', 'measure'].includes(f.kind));
    expect(key.map((f) => [f.value, f.unit]).sort()).toEqual(expected.figures.map((f: { value: number; unit: string }) => [f.value, f.unit]).sort());
    expect(result.figures.some((f) => f.text.includes('سه گانه'))).toBe(false);
  });
});
