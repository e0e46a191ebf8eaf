// Is this page one news article, and in which language? Runs in the content script
// on every page load, so it reads a bounded number of elements, never clones, and
// never takes the text of the whole page. Declarations (JSON-LD, og:type) are only
// believed when the body agrees: radiofarda's home page says og:type=article.
import type { Detection, Language } from './types';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS } from './language';
import { isArticleNode, jsonLdTypes, readJsonLd } from './metadata';

const MAX_BLOCKS = 800;
const MAX_LINKS = 1500;
const MAX_ANCESTORS = 10;
// A short Persian news item is often 2–4 paragraphs of ~100 letters each.
export const MIN_BODY_LETTERS = 300;
const STRONG_BODY_LETTERS = 1200;
const LETTER_RE = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeffA-Za-z]/g;
const ARABIC_LETTER_RE = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/g;
// Containers whose text is never the story: comments, menus, footers, related lists.
const UNLIKELY_RE = /comment|footer|sidebar|side-bar|nav|menu|related|most-?(read|view)|popular|ticker|marquee|breadcrumb|share|social|tags?-?(list|box)|widget|banner|ads?\b|advert/i;
// WordPress, Drupal and CMS body classes for a front page; «not-front» must not match.
const HOME_CLASS_RE = /(^|\s)(home|front|pg-home|homepage|home-page|page-home)(\s|$)/i;
const LIST_TYPE_RE = /^(WebSite|CollectionPage|ItemList|SiteNavigationElement|Organization|NewsMediaOrganization|WebPage)$/;
const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'SPAN', 'EM', 'I', 'U', 'FONT', 'SMALL', 'SUB', 'SUP', 'BR', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME']);

export interface Declarations {
  jsonLdArticle: boolean;
  /** JSON-LD present but only site/list types. */
  listOnly: boolean;
  ogArticle: boolean;
  /** article:published_time or article:author: story-level meta. */
  articleMeta: boolean;
  section: boolean;
  /** canonical or og:url is the site root. */
  rootUrl: boolean;
  homeClass: boolean;
}

export interface BodyShape {
  /** Letters in the largest cluster of sibling text blocks. */
  best: number;
  /** Letters in the second-largest cluster. */
  second: number;
  /** Clusters of teaser size (one short block), a list-page shape. */
  teasers: number;
  /** Text of the best cluster, for the language sample. */
  sample: string;
}

export interface LinkShape {
  /** Links whose text reads like a headline (several words, 20–200 characters). */
  headlines: number;
  headlineLetters: number;
  /** The first headlines' text: the language sample of a page with no body. */
  sample: string;
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function isUnlikely(el: Element): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < MAX_ANCESTORS; i++, node = node.parentElement) {
    const tag = node.tagName;
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'A' || tag === 'LI') return true;
    if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE') return false;
    const key = `${node.id} ${typeof node.className === 'string' ? node.className : ''}`;
    if (key.length > 1 && UNLIKELY_RE.test(key)) return true;
  }
  return false;
}

/** Text of a <div> that carries its paragraphs as text runs split by <br>, not <p>. */
function ownInlineText(div: Element): string {
  let text = '';
  for (const child of div.childNodes) {
    if (child.nodeType === 3) text += child.nodeValue;
    else if (child.nodeType === 1 && INLINE_TAGS.has((child as Element).tagName)) text += (child as Element).textContent;
  }
  return text;
}

function linkLetters(block: Element): number {
  let letters = 0;
  if (!block.firstElementChild) return 0;
  for (const a of block.querySelectorAll('a')) letters += countMatches(a.textContent ?? '', LETTER_RE);
  return letters;
}

function isRootUrl(href: string | null | undefined): boolean {
  if (!href) return false;
  try {
    const url = new URL(href, 'https://example.invalid/');
    return /^\/?(index\.\w+|fa|ar|en|default\.aspx)?\/?$/i.test(url.pathname) && !url.search;
  } catch {
    return false;
  }
}

/** <meta> and <link rel=canonical> of the head in one pass: selectors are slow in big DOMs. */
function readHead(doc: Document): { meta: Map<string, string[]>; canonical: string } {
  const meta = new Map<string, string[]>();
  let canonical = '';
  for (const el of doc.head?.children ?? []) {
    if (el.tagName === 'META') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (key) meta.set(key, [...(meta.get(key) ?? []), (el.getAttribute('content') ?? '').trim().toLowerCase()]);
    } else if (el.tagName === 'LINK' && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical') {
      canonical = el.getAttribute('href') ?? '';
    }
  }
  return { meta, canonical };
}

/** What the page says it is: JSON-LD, Open Graph, body class. */
export function readDeclarations(doc: Document): Declarations {
  const nodes = readJsonLd(doc);
  const { meta, canonical } = readHead(doc);
  const ogTypes = meta.get('og:type') ?? [];
  const has = (key: string) => (meta.get(key) ?? []).some(Boolean);
  return {
    jsonLdArticle: nodes.some(isArticleNode),
    listOnly: nodes.length > 0 && nodes.every((n) => jsonLdTypes(n).every((t) => LIST_TYPE_RE.test(t))),
    // Two og:type tags (article and website) cancel out: a theme default was left in.
    ogArticle: ogTypes.includes('article') && !ogTypes.includes('website'),
    articleMeta: has('article:published_time') || has('article:author'),
    section: has('article:section'),
    rootUrl: isRootUrl(canonical || meta.get('og:url')?.[0]),
    homeClass: HOME_CLASS_RE.test(doc.body?.className ?? ''),
  };
}

/** Text blocks: <p>, and <div>s that hold text directly between <br>s. */
function collectBlocks(doc: Document): Array<{ block: Element; text: string }> {
  const blocks: Array<{ block: Element; text: string }> = [];
  const ps = doc.querySelectorAll('p');
  for (let i = 0; i < ps.length && blocks.length < MAX_BLOCKS; i++) blocks.push({ block: ps[i], text: ps[i].textContent ?? '' });
  const brs = doc.querySelectorAll('br');
  const seen = new Set<Element>();
  for (let i = 0; i < brs.length && i < MAX_BLOCKS; i++) {
    const div = brs[i].parentElement;
    if (!div || seen.has(div) || div.tagName !== 'DIV') continue;
    seen.add(div);
    blocks.push({ block: div, text: ownInlineText(div) });
  }
  return blocks;
}

/** The element that holds a story's paragraphs: wrappers around a single block are skipped (BBC wraps each <p> in a <div>). */
function clusterKey(block: Element): Element {
  let parent = block.parentElement ?? block;
  for (let i = 0; i < 3 && parent.childElementCount === 1 && parent.parentElement && parent.tagName !== 'BODY'; i++) parent = parent.parentElement;
  return parent;
}

/** Clusters sibling text blocks under one parent; the story is one big cluster. */
export function measureBody(doc: Document): BodyShape {
  const clusters = new Map<Element, { letters: number; blocks: number; text: string[] }>();
  for (const { block, text } of collectBlocks(doc)) {
    const letters = countMatches(text, LETTER_RE);
    if (letters < 20 || isUnlikely(block)) continue;
    if (linkLetters(block) > letters * 0.5) continue;
    const parent = clusterKey(block);
    const cluster = clusters.get(parent) ?? { letters: 0, blocks: 0, text: [] };
    cluster.letters += letters;
    cluster.blocks++;
    cluster.text.push(text);
    clusters.set(parent, cluster);
  }
  const ranked = [...clusters.values()].sort((a, b) => b.letters - a.letters);
  const teasers = ranked.filter((c) => c.blocks === 1 && c.letters >= 60 && c.letters < MIN_BODY_LETTERS).length;
  return {
    best: ranked[0]?.letters ?? 0,
    second: ranked[1]?.letters ?? 0,
    teasers,
    sample: (ranked[0]?.text.join('\n') ?? '').slice(0, LANGUAGE_SAMPLE_CHARS),
  };
}

/** Headline-like links: a home page is mostly these. */
export function measureLinks(doc: Document): LinkShape {
  const links = doc.querySelectorAll('a');
  let headlines = 0;
  let headlineLetters = 0;
  let sample = '';
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const text = (links[i].textContent ?? '').trim();
    if (text.length < 20 || text.length > 200 || text.indexOf(' ') < 0) continue;
    headlines++;
    headlineLetters += countMatches(text, LETTER_RE);
    if (sample.length < LANGUAGE_SAMPLE_CHARS) sample += text + '\n';
  }
  return { headlines, headlineLetters, sample };
}

function pageLanguage(doc: Document, body: BodyShape, links: LinkShape, reasons: string[]): Language {
  const meta = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  let sample = `${doc.title}\n${meta}\n${body.sample}`;
  if (countMatches(sample, LETTER_RE) < 200) sample += '\n' + links.sample;
  const fromText = detectLanguage(sample);
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().slice(0, 2);
  if (lang) reasons.push(`lang-attr:${lang}`);
  if (fromText !== 'other') {
    reasons.push(`text:${fromText}`);
    return fromText;
  }
  return lang === 'fa' || lang === 'ar' || lang === 'en' ? lang : 'other';
}

/** Weighs the declarations against the body's shape. Positive means article. */
function articleScore(decl: Declarations, body: BodyShape, links: LinkShape, reasons: string[]): number {
  let score = 0;
  if (decl.jsonLdArticle) { score += 2; reasons.push('jsonld-article'); }
  if (decl.ogArticle) { score += 1; reasons.push('og-article'); }
  if (decl.articleMeta) { score += 1; reasons.push('article-meta'); }
  if (body.best >= STRONG_BODY_LETTERS) { score += 2; reasons.push('strong-body'); }
  else if (body.best >= MIN_BODY_LETTERS) { score += 1; reasons.push('body'); }
  else { score -= 2; reasons.push('no-main-body'); }
  if (decl.rootUrl) { score -= 3; reasons.push('root-url'); }
  if (decl.homeClass) { score -= 3; reasons.push('home-class'); }
  // Site-wide WebSite/Organization JSON-LD is on article pages too: only a hint without a body.
  if (decl.listOnly && body.best < MIN_BODY_LETTERS) { score -= 1; reasons.push('jsonld-list'); }
  // A home page: many headlines, many teasers, and no cluster that stands out.
  // A short item (one screen of text) on a busy news page is still a story.
  const headlineHeavy = links.headlines >= 40 && links.headlineLetters > body.best * 3 && body.best < MIN_BODY_LETTERS * 2;
  const teaserHeavy = body.teasers >= 8 && body.best < body.teasers * 150;
  if (headlineHeavy) { score -= 1; reasons.push('many-headlines'); }
  if (teaserHeavy) { score -= 2; reasons.push('many-teasers'); }
  if (decl.section && body.best < MIN_BODY_LETTERS) { score -= 1; reasons.push('section-without-body'); }
  return score;
}

/** Cheap verdict for the content script: article or not, and the page's language. */
export function detectArticle(doc: Document): Detection {
  const reasons: string[] = [];
  try {
    if (!doc.body) return { isArticle: false, language: 'other', reasons: ['no-body'] };
    const decl = readDeclarations(doc);
    const body = measureBody(doc);
    const links = measureLinks(doc);
    const language = pageLanguage(doc, body, links, reasons);
    const score = articleScore(decl, body, links, reasons);
    reasons.push(`score:${score}`);
    return { isArticle: score >= 1 && body.best >= MIN_BODY_LETTERS / 2, language, reasons };
  } catch {
    return { isArticle: false, language: 'other', reasons: [...reasons, 'error'] };
  }
}
