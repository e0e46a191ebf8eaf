// What the held-out page builders (scripts/build-heldout3.ts … 6.ts) share: the visible text of a
// page, and the check that every gold string of a case really comes from its page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Folded for containment checks: no spaces, ZWNJ or RLM; Arabic ي/ك as Persian. */
const textKey = (s: string) => s.replace(/[\s\u200c\u200f]/g, '').replace(/ي/g, 'ی').replace(/ك/g, 'ک');

/** The text a reader sees, block boundaries turned into spaces so neighbouring blocks do not glue. */
export function visibleText(html: string): string {
  const doc = new JSDOM(html).window.document;
  doc.querySelectorAll('script, style, noscript, template').forEach((n) => n.remove());
  doc.querySelectorAll('p, div, li, h1, h2, h3, h4, td, th, figcaption, span, a, time, br, section, blockquote, dd, dt, font, em')
    .forEach((n) => n.after(doc.createTextNode(' ')));
  return squash(doc.body.textContent ?? '');
}

export interface CheckOptions {
  /** Cases whose page has no doctype on purpose (an old blog). */
  noDoctype?: Set<string>;
  /** Fewest boilerplate strings an article must list in text_excludes. */
  minExcludes?: number;
  /** Body length in words, when the set's texts were written to a length. */
  wordRange?: [number, number];
  /** A clean page's body must hold some U+200C (texts written for the set). */
  zwnjInCleanBody?: boolean;
  /** Figure units that need not appear in the body as written («همت» for «هزار میلیارد تومان»). */
  unitsNotWritten?: string[];
}

/** Prints each problem of the cases in `dir` and returns their number. */
export function checkHeldoutDir(dir: string, options: CheckOptions = {}): number {
  let problems = 0;
  const bad = (name: string, msg: string) => { problems++; console.log(`  ✗ ${name}: ${msg}`); };
  const cases = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_'));
  for (const d of cases) {
    const caseDir = resolve(dir, d.name);
    if (!existsSync(resolve(caseDir, 'expected.json')) || !existsSync(resolve(caseDir, 'source.html'))) { bad(d.name, 'missing file'); continue; }
    let g;
    try { g = JSON.parse(readFileSync(resolve(caseDir, 'expected.json'), 'utf8')); } catch (e) { bad(d.name, `expected.json does not parse: ${e}`); continue; }
    const html = readFileSync(resolve(caseDir, 'source.html'), 'utf8');
    const page = visibleText(html);
    if (!/^<!doctype html/i.test(html) && !options.noDoctype?.has(d.name)) bad(d.name, 'no doctype');
    if (!/<html[^>]*dir="rtl"/.test(html)) bad(d.name, 'not an rtl document');
    if (!page.includes(squash(g.title))) bad(d.name, `title not visible: ${g.title}`);
    if (!g.isArticle) {
      if (g.body || g.speakers.length || g.figures.length) bad(d.name, 'non-article with body/speakers/figures');
      continue;
    }
    if (g.published && !/\+03:30$/.test(g.published)) bad(d.name, 'published not +03:30');
    for (const p of g.body.split('\n\n') as string[]) if (!page.includes(squash(p))) bad(d.name, `body paragraph not in page: ${p.slice(0, 60)}`);
    if (/(^|\n)Q: /.test(g.body)) bad(d.name, 'question marker left in body');
    if (!g.body.startsWith(g.text_starts_with)) bad(d.name, 'text_starts_with');
    if (!g.body.endsWith(g.text_ends_with)) bad(d.name, 'text_ends_with');
    if (g.text_excludes.length < (options.minExcludes ?? 0)) bad(d.name, `only ${g.text_excludes.length} text_excludes`);
    const bodyKey = textKey(g.body);
    for (const x of g.text_excludes) {
      if (!page.includes(squash(x))) bad(d.name, `exclude not in page: ${x}`);
      if (bodyKey.includes(textKey(x))) bad(d.name, `exclude inside body: ${x}`);
    }
    if (g.source.zwnj_lost && /\u200c/.test(html)) bad(d.name, 'zwnj_lost page still has U+200C');
    if (options.zwnjInCleanBody && !g.source.zwnj_lost && !/\u200c/.test(g.body)) bad(d.name, 'clean page body without any U+200C');
    for (const s of g.speakers) {
      if (!bodyKey.includes(textKey(s.name))) bad(d.name, `speaker name not in body: ${s.name}`);
      if (s.role && !bodyKey.includes(textKey(s.role))) bad(d.name, `role not in body: ${s.role}`);
      for (const a of s.also_called) if (!bodyKey.includes(textKey(a))) bad(d.name, `also_called not in body: ${a}`);
      if (!(s.statements > 0)) bad(d.name, `statements of ${s.name}`);
    }
    for (const n of g.speakers_never) if (!textKey(page).includes(textKey(n))) bad(d.name, `speakers_never not in page: ${n}`);
    const seen = new Set<string>();
    for (const f of g.figures) {
      const k = `${f.value}|${f.unit}`;
      if (seen.has(k)) bad(d.name, `duplicate figure ${k}`);
      seen.add(k);
      if (!['count', 'percent', 'money', 'measure'].includes(f.kind)) bad(d.name, `kind ${f.kind}`);
      if (!bodyKey.includes(textKey(f.unit)) && !options.unitsNotWritten?.includes(f.unit)) bad(d.name, `figure unit not in body: ${f.unit}`);
    }
    const words = g.body.split(/\s+/).length;
    console.log(`  ${d.name.padEnd(34)} ${String(words).padStart(4)} words, ${g.speakers.length} speakers, ${g.figures.length} figures, ${g.text_excludes.length} excludes`);
    const [min, max] = options.wordRange ?? [0, Infinity];
    if (words < min || words > max) bad(d.name, `body has ${words} words (${min}–${max} wanted)`);
  }
  console.log(`checked ${cases.length} cases: ${problems} problem(s)`);
  return problems;
}
