// Every fixture folder is well-formed: source.html + expected.json with the annotation fields,
// gold strings that really occur where they should, and figures of a key kind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, type Expected } from '../scripts/eval/fixtures';
import { matchKey } from '../utils/normalize';
import { KEY_FIGURE_KINDS } from '../utils/types';

const cases = readdirSync(FIXTURE_PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name);

const load = (name: string): Expected => JSON.parse(readFileSync(resolve(FIXTURE_PAGES, name, 'expected.json'), 'utf8'));
// Tag-free, entity-decoded enough for presence checks of chrome strings.
const pageText = (name: string) =>
  readFileSync(resolve(FIXTURE_PAGES, name, 'source.html'), 'utf8')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&zwnj;/g, '\u200c');

describe('fixture pages', () => {
  it('has enough cases of each kind', () => {
    const all = cases.map(load);
    const persian = all.filter((e) => e.isArticle && e.language === 'fa');
    expect(persian.length).toBeGreaterThanOrEqual(25);
    expect(new Set(persian.map((e) => e.site_markup.split(' ')[0])).size).toBeGreaterThanOrEqual(8);
    expect(all.filter((e) => !e.isArticle).length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s is well-formed', (name) => {
    expect(existsSync(resolve(FIXTURE_PAGES, name, 'source.html'))).toBe(true);
    const e = load(name);
    for (const key of ['url', 'site_markup', 'title', 'body', 'text_starts_with', 'text_ends_with'] as const) {
      expect(typeof e[key], key).toBe('string');
    }
    expect(typeof e.isArticle).toBe('boolean');
    expect(['fa', 'ar', 'en', 'other']).toContain(e.language);
    for (const key of ['text_excludes', 'speakers', 'speakers_never', 'figures', 'figures_never'] as const) {
      expect(Array.isArray(e[key]), key).toBe(true);
    }
    if (!e.isArticle) expect(e.body).toBe('');
    if (e.body) {
      const flat = e.body.replace(/\s+/g, ' ');
      expect(flat.startsWith(e.text_starts_with)).toBe(true);
      expect(flat.endsWith(e.text_ends_with)).toBe(true);
    }
    const text = pageText(name);
    for (const s of e.text_excludes) {
      expect(matchKey(text).includes(matchKey(s)), `exclude «${s}» is in the page`).toBe(true);
      expect(matchKey(e.body).includes(matchKey(s)), `exclude «${s}» is not in the gold body`).toBe(false);
    }
    for (const s of e.speakers) {
      expect(matchKey(e.body).includes(matchKey(s.name)), `speaker ${s.name} is in the body`).toBe(true);
      expect(s.statements).toBeGreaterThan(0);
      expect(Array.isArray(s.also_called)).toBe(true);
    }
    for (const f of e.figures) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(KEY_FIGURE_KINDS).toContain(f.kind);
    }
  });
});
