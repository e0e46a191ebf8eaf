// Every fixture folder is well-formed: source.html + expected.json with the annotation fields,
// gold strings that really occur where they should, and figures of a key kind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, type Expected } from '../scripts/eval/fixtures';
import { matchKey } from '../utils/normalize';
import { KEY_FIGURE_KINDS } from '../utils/types';

// Held-out pages (texts used by no tuning set), scored with `npm run eval -- --dir tests/fixtures/heldout`.
const HELDOUT = resolve(FIXTURE_PAGES, '../heldout');
// The second held-out set (texts used by no other set): `npm run eval -- --dir tests/fixtures/heldout2`.
const HELDOUT2 = resolve(FIXTURE_PAGES, '../heldout2');

const caseNames = (root: string) => readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name);
const cases = caseNames(FIXTURE_PAGES);

const load = (name: string, root = FIXTURE_PAGES): Expected => JSON.parse(readFileSync(resolve(root, name, 'expected.json'), 'utf8'));
// Tag-free, entity-decoded enough for presence checks of chrome strings.
const pageText = (name: string, root = FIXTURE_PAGES) =>
  readFileSync(resolve(root, name, 'source.html'), 'utf8')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&zwnj;/g, '\u200c');

describe('fixture pages', () => {
  it('has enough cases of each kind', () => {
    const all = cases.map((n) => load(n));
    const persian = all.filter((e) => e.isArticle && e.language === 'fa');
    expect(persian.length).toBeGreaterThanOrEqual(25);
    expect(new Set(persian.map((e) => e.site_markup.split(' ')[0])).size).toBeGreaterThanOrEqual(8);
    expect(all.filter((e) => !e.isArticle).length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s is well-formed', (name) => wellFormed(name, FIXTURE_PAGES));
});

describe('held-out fixture pages', () => {
  const held = caseNames(HELDOUT);
  it('has 12 Persian articles and 3 non-articles, none from the tuning sets', () => {
    const all = held.map((n) => load(n, HELDOUT));
    expect(all.filter((e) => e.isArticle && e.language === 'fa').length).toBeGreaterThanOrEqual(12);
    expect(all.filter((e) => !e.isArticle).length).toBeGreaterThanOrEqual(3);
    const tuning = new Set(cases.map((n) => (load(n) as Expected & { source?: { id?: string } }).source?.id).filter(Boolean));
    for (const e of all as (Expected & { source?: { id?: string } })[]) if (e.source?.id) expect(tuning.has(e.source.id), e.source.id).toBe(false);
  });
  it.each(held)('%s is well-formed', (name) => wellFormed(name, HELDOUT));
});

describe('second held-out fixture pages', () => {
  type Sourced = Expected & { source?: { id?: string; zwnj_lost?: boolean } };
  const held2 = caseNames(HELDOUT2);
  it('has 10+ Persian articles (2 without ZWNJ) and 2 non-articles, none from another set', () => {
    const all = held2.map((n) => load(n, HELDOUT2) as Sourced);
    const articles = all.filter((e) => e.isArticle && e.language === 'fa');
    expect(articles.length).toBeGreaterThanOrEqual(10);
    expect(articles.filter((e) => e.source?.zwnj_lost).length).toBeGreaterThanOrEqual(2);
    expect(all.filter((e) => !e.isArticle).length).toBeGreaterThanOrEqual(2);
    const other = new Set([
      ...cases.map((n) => (load(n) as Sourced).source?.id),
      ...caseNames(HELDOUT).map((n) => (load(n, HELDOUT) as Sourced).source?.id),
    ].filter(Boolean));
    const ids = articles.map((e) => e.source?.id);
    for (const id of ids) expect(other.has(id), id).toBe(false);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each(held2)('%s is well-formed', (name) => wellFormed(name, HELDOUT2));
});

function wellFormed(name: string, root: string): void {
  expect(existsSync(resolve(root, name, 'source.html'))).toBe(true);
  const e = load(name, root);
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
  const text = pageText(name, root);
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
}

