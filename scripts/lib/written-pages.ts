// The frame of the held-out sets whose texts were written for them (scripts/build-heldout4.ts … 6.ts):
// an article's text and gold, the page context a site's template renders, and writing each case's
// source.html and expected.json. Each builder keeps only its site templates, texts and annotations.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { escapeHtml as esc, parseDate } from '../build-heldout';
import { checkHeldoutDir, squash, visibleText, type CheckOptions } from './heldout-check';

export interface Speaker { name: string; role: string; also_called: string[]; statements: number }
export interface Figure { value: number; unit: string; kind: 'count' | 'percent' | 'money' | 'measure'; about: string }

/**
 * One article page: its text (lead + paragraphs; «## » marks a subheading line, «Q: » an interview
 * question, both part of the body), page furniture, gold.
 */
export interface Art {
  name: string; site: string; url: string; title: string; kicker: string; date: string;
  lead?: string; paras: string[]; tags: string[]; caption: string; credit: string; photoAt?: number;
  related: string[]; mostRead: string[]; inline?: string; inlineAt?: number; comments: [string, string][];
  zwnjLost?: boolean; author?: string; weekday?: string; extraExcludes?: string[];
  speakers: Speaker[]; speakers_never: string[]; figures: Figure[]; figures_never: string[]; notes: string[];
}

/** What a site template renders from: the article, its dates (Jalali parts, ISO, Gregorian) and page id. */
export interface Ctx { a: Art; mn: string; iso: string; y: string; m: string; d: string; hh: string; mi: string; id: string; g: { y: string; m: string; d: string } }

export interface NonArt { name: string; markup: string; url: string; title: string; html: string; notes: string[] }

export interface Site { site: string; render: (c: Ctx) => string; boiler: string[] }

export const isHead = (p: string) => p.startsWith('## ');
export const isQ = (p: string) => p.startsWith('Q: ');
export const plain = (p: string) => (isHead(p) || isQ(p) ? p.slice(3) : p);

/** Paragraph markup of the body; the photo (and, on some sites, the in-body box) go inside it. */
export function bodyHtml(c: Ctx, para: (t: string, i: number) => string, head: (t: string) => string, photo: string, inline = '', q?: (t: string) => string, sep = '\n'): string {
  const at = c.a.photoAt ?? 1;
  const inAt = c.a.inlineAt ?? at + 2;
  const out: string[] = [];
  c.a.paras.forEach((p, i) => {
    out.push(isHead(p) ? head(esc(plain(p))) : isQ(p) && q ? q(esc(plain(p))) : para(esc(plain(p)), i));
    if (i === at && photo) out.push(photo);
    if (inline && i === inAt) out.push(inline);
  });
  return out.join(sep);
}

/** A list of linked headlines (related, most-read boxes). */
export const li = (titles: string[], base: string, n0: number, extra = '') =>
  titles.map((t, i) => `<li${extra}><a href="${base}${n0 + i * 37}">${esc(t)}</a></li>`).join('\n');

/** A JSON-LD block of `type` (NewsArticle, Article…) for the page. */
export const jsonld = (c: Ctx, type: string, publisher: string, logo: string, extra: Record<string, unknown> = {}) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org', '@type': type, headline: c.a.title, datePublished: c.iso,
    dateModified: c.iso, mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url }, image: [logo.replace('logo', 'news-photo')],
    description: c.a.lead ?? plain(c.a.paras[0]).slice(0, 150),
    publisher: { '@type': 'Organization', name: publisher, logo: { '@type': 'ImageObject', url: logo } }, ...extra,
  }).replace(/</g, '\\u003c')}</script>`;

/** The first (or last) n words of the body, cut from it verbatim (spacing as in the text). */
const words = (text: string, n: number, fromEnd = false) =>
  (fromEnd ? new RegExp(`\\S+(?:\\s+\\S+){0,${n - 1}}$`) : new RegExp(`^\\S+(?:\\s+\\S+){0,${n - 1}}`)).exec(text.trim())![0];

const ZWNJ_RE = /\u200c/g;

export interface WrittenSet {
  /** The set's folder. */ out: string;
  sites: Record<string, Site>;
  source: Record<string, unknown>;
  /** The page id is the first run of at least `idDigits` digits in the URL, else `fallbackId`. */
  idDigits: number;
  fallbackId: string;
  /** The site name loses its half-spaces too on a page that lost them (sets 5 and after). */
  siteNameShown: boolean;
}

/** Writes the set's article and non-article cases. */
export function writtenSetBuilder(set: WrittenSet) {
  const idRe = new RegExp(`(\\d{${set.idDigits},})`);

  const ctxOf = (a: Art): Ctx => {
    const d = parseDate(a.date);
    const id = a.url.match(idRe)?.[1] ?? set.fallbackId;
    const [gy, gm, gd] = d.iso.slice(0, 10).split('-');
    return { a, mn: d.faLine.split(' ')[1], iso: d.iso, y: d.y, m: d.m, d: d.d, hh: d.hh, mi: d.mi, id, g: { y: gy, m: gm, d: gd } };
  };

  const writeCase = (name: string, html: string, expected: Record<string, unknown>): void => {
    const dir = resolve(set.out, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'source.html'), html);
    writeFileSync(resolve(dir, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
  };

  const buildArticle = (a: Art): void => {
    const site = set.sites[a.site];
    const c = ctxOf(a);
    const shown = (s: string) => (a.zwnjLost ? s.replace(ZWNJ_RE, '') : s);
    const html = shown(site.render(c));
    const body = [a.lead, ...a.paras.map(plain)].filter((p): p is string => !!p).map(shown).join('\n\n');
    const page = visibleText(html);
    const candidates = [...site.boiler, a.caption, a.credit, a.related[0], a.mostRead[0], a.inline ?? '', ...(a.extraExcludes ?? []), a.comments[0]?.[1] ?? '']
      .filter(Boolean).map(shown);
    const excludes = [...new Set(candidates.filter((s) => page.includes(squash(s)) && !body.includes(s)))];
    const dropped = candidates.filter((s) => !excludes.includes(s));
    if (dropped.length) console.log(`  ${a.name}: not used as text_excludes: ${dropped.join(' | ')}`);
    writeCase(a.name, html, {
      url: a.url, site_markup: a.site, isArticle: true, language: 'fa', title: shown(a.title),
      site: set.siteNameShown ? shown(site.site) : site.site, published: c.iso,
      body, text_starts_with: words(body.split('\n\n')[0], 8), text_ends_with: words(body.split('\n\n').at(-1)!, 8, true), text_excludes: excludes,
      source: { ...set.source, ...(a.zwnjLost ? { zwnj_lost: true } : {}) },
      speakers: a.speakers, speakers_never: a.speakers_never, figures: a.figures, figures_never: a.figures_never, notes: a.notes,
    });
  };

  const buildNonArticle = (n: NonArt): void => {
    writeCase(n.name, n.html, {
      url: n.url, site_markup: n.markup, isArticle: false, language: 'fa', title: n.title, site: '', published: null, body: '',
      text_starts_with: '', text_ends_with: '', text_excludes: [],
      source: { ...set.source },
      speakers: [], speakers_never: [], figures: [], figures_never: [], notes: n.notes,
    });
  };

  return { buildArticle, buildNonArticle };
}

/** Persian yeh and kaf as the Arabic letters some pages type. */
export const arabicYK = (s: string) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');

/** An article whose text was typed with Arabic yeh and kaf: title, lead, paragraphs and caption. */
export function typedWithArabicLetters<A extends Art>(a: A): A {
  return {
    ...a, title: arabicYK(a.title), lead: a.lead && arabicYK(a.lead), caption: arabicYK(a.caption),
    paras: a.paras.map((p) => (isHead(p) || isQ(p) ? p.slice(0, 3) + arabicYK(p.slice(3)) : arabicYK(p))),
  };
}

export interface WrittenRun<A extends Art> {
  articles: A[];
  nonArticles: NonArt[];
  /** Names of the articles typed with Arabic yeh and kaf. */
  arabicTyped: Set<string>;
  check: CheckOptions;
}

/** A set builder's command line: writes every case (unless `--check`), then checks the folder; exit code 1 on a problem. */
export function runWrittenSet<A extends Art>(set: WrittenSet, run: WrittenRun<A>): void {
  const { buildArticle, buildNonArticle } = writtenSetBuilder(set);
  if (!process.argv.includes('--check')) {
    mkdirSync(set.out, { recursive: true });
    for (const a of run.articles) buildArticle(run.arabicTyped.has(a.name) ? typedWithArabicLetters(a) : a);
    for (const n of run.nonArticles) buildNonArticle(n);
    console.log(`built ${run.articles.length} article and ${run.nonArticles.length} non-article pages in ${set.out}`);
  }
  process.exitCode = checkHeldoutDir(set.out, run.check) ? 1 : 0;
}
