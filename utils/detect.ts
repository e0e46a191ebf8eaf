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
// Containers whose text is never the story: comments, menus, footers, related lists.
const UNLIKELY_RE = /comment|footer|sidebar|side-bar|nav|menu|related|most-?(read|view)|popular|ticker|marquee|breadcrumb|share|social|tags?-?(list|box)|widget|banner|ads?\b|advert/i;
// WordPress, Drupal and CMS body classes for a front page; «not-front» must not match.
const HOME_CLASS_RE = /(^|\s)(home|front|pg-home|homepage|home-page|page-home)(\s|$)/i;
// Only list types speak against a story: WebSite + SearchAction, Organization and WebPage are
// site-wide boilerplate that many news CMSs (YJC) print on every story too.
const LIST_TYPE_RE = /^(CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/;
// Iranian agencies print a lead («لید») above the body, outside its container; it is story text.
// YJC and Independent Persian print it as a «subtitle» <h2>; kickers are too short to pass.
export const LEAD_SELECTOR = 'p[itemprop="description"], div[itemprop="description"], p.summary, div.summary, p.lead, div.lead, h2.lead, h3.lead, p.introtext, div.introtext, .news-lead, .lead-text, p.lid, div.lid, h2[class*="subtitle" i], [class*="sub-title" i] h2';
const MAX_LEADS = 5;
const MAX_LEAD_LETTERS = 800;
// A story lives under a numeric id (/news/8953960/, /node/412868/, ?p=253832); tag, category,
// search, archive and live-ticker paths are lists even when they declare og:type=article.
const STORY_URL_RE = /\/\d{5,}(?:[/.-]|$)|[?&](?:p|id|newsid)=\d{3,}/i;
const LIST_URL_RE = /\/(?:tags?|category|categories|search|archive|archives|live|topics?|page\/\d+)(?:[/?#]|$)|[?&](?:q|s|query|tag)=/i;
const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'SPAN', 'EM', 'I', 'U', 'FONT', 'SMALL', 'SUB', 'SUP', 'BR', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME']);

export interface Declarations {
  jsonLdArticle: boolean;
  /** JSON-LD declares a list (CollectionPage, ItemList) and no story. */ listOnly: boolean;
  ogArticle: boolean;
  /** article:published_time or article:author: story-level meta. */ articleMeta: boolean;
  section: boolean;
  /** canonical or og:url is the site root. */ rootUrl: boolean;
  homeClass: boolean;
  /** The address has a story's shape (a numeric id under a path) or a list's (tag, search, ...). */ urlShape: 'story' | 'list' | '';
}

export interface BodyShape {
  /** Letters in the largest cluster of sibling text blocks. */ best: number;
  /** Letters in the second-largest cluster. */ second: number;
  /** Clusters of teaser size (one short block), a list-page shape. */ teasers: number;
  /** Text of the best cluster, for the language sample. */ sample: string;
  /** A headline <h1> sits right above the best cluster: the shape of a story page. */ headed: boolean;
}

export interface LinkShape {
  /** Links whose text reads like a headline (several words, 20–200 characters). */ headlines: number;
  headlineLetters: number;
  /** The first headlines' text: the language sample of a page with no body. */ sample: string;
}

const countMatches = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

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

function parseUrl(href: string | null | undefined): URL | null {
  try {
    return href ? new URL(href, 'https://example.invalid/') : null;
  } catch {
    return null;
  }
}

function isRootUrl(href: string | null | undefined): boolean {
  const url = parseUrl(href);
  return !!url && /^\/?(index\.\w+|fa|ar|en|default\.aspx)?\/?$/i.test(url.pathname) && !url.search;
}

/** Story or list, from the page's own address and its declared canonical one. */
export function urlShape(...hrefs: Array<string | null | undefined>): 'story' | 'list' | '' {
  const paths = hrefs.map(parseUrl).filter((u) => u && /^https?:$/.test(u.protocol)).map((u) => u!.pathname + u!.search);
  if (paths.some((p) => LIST_URL_RE.test(p))) return 'list';
  return paths.some((p) => STORY_URL_RE.test(p)) ? 'story' : '';
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
    listOnly: !nodes.some(isArticleNode) && nodes.some((n) => jsonLdTypes(n).some((t) => LIST_TYPE_RE.test(t))),
    // Two og:type tags (article and website) cancel out: a theme default was left in.
    ogArticle: ogTypes.includes('article') && !ogTypes.includes('website'),
    articleMeta: has('article:published_time') || has('article:author'),
    section: has('article:section'),
    rootUrl: isRootUrl(canonical || meta.get('og:url')?.[0]),
    homeClass: HOME_CLASS_RE.test(doc.body?.className ?? ''),
    urlShape: urlShape(doc.URL, canonical, meta.get('og:url')?.[0]),
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

/** `el` shares a parent with `cluster` at most three levels above the cluster. */
function near(el: Element, cluster: Element): boolean {
  let node: Element | null = cluster;
  for (let i = 0; node && i < 3 && node.tagName !== 'BODY'; i++, node = node.parentElement) if (node.contains(el)) return true;
  return false;
}

/** The lead just above the body: previous siblings of the first block and its ancestors (no whole-page selector: slow). */
function leadLetters(cluster: Element, first: Element): number {
  let node: Element | null = first;
  for (let up = 0, over = 0; node && up < MAX_ANCESTORS && over < 3 && node.tagName !== 'BODY'; up++, node = node.parentElement) {
    if (!cluster.contains(node) || node === cluster) over++;
    let sib = node.previousElementSibling;
    for (let i = 0; sib && i < MAX_LEADS; i++, sib = sib.previousElementSibling) {
      const lead = sib.matches(LEAD_SELECTOR) ? sib : sib.firstElementChild?.matches(LEAD_SELECTOR) ? sib.firstElementChild : null;
      if (!lead || (lead.tagName === 'P' && cluster.contains(lead)) || isUnlikely(lead)) continue;
      const letters = countMatches(lead.textContent ?? '', LETTER_RE);
      if (letters <= MAX_LEAD_LETTERS) return letters;
    }
  }
  return 0;
}

/** A story page: its first real <h1> comes just before the body's first block, under a shared parent. */
function isHeaded(doc: Document, cluster: Element, first: Element): boolean {
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 5; i++) {
    const h1 = h1s[i];
    if (countMatches(h1.textContent ?? '', LETTER_RE) < 10 || isUnlikely(h1)) continue;
    return (h1.compareDocumentPosition(first) & 4) !== 0 && near(h1, cluster);
  }
  return false;
}

/** Clusters sibling text blocks under one parent; the story is one big cluster. */
export function measureBody(doc: Document): BodyShape {
  const clusters = new Map<Element, { letters: number; blocks: number; text: string[]; first: Element }>();
  for (const { block, text } of collectBlocks(doc)) {
    const letters = countMatches(text, LETTER_RE);
    if (letters < 20 || isUnlikely(block)) continue;
    if (linkLetters(block) > letters * 0.5) continue;
    const parent = clusterKey(block);
    const cluster = clusters.get(parent) ?? { letters: 0, blocks: 0, text: [], first: block };
    cluster.letters += letters;
    cluster.blocks++;
    cluster.text.push(text);
    clusters.set(parent, cluster);
  }
  const ranked = [...clusters.entries()].sort((a, b) => b[1].letters - a[1].letters);
  const teasers = ranked.filter(([, c]) => c.blocks === 1 && c.letters >= 60 && c.letters < MIN_BODY_LETTERS).length;
  const [top, next] = ranked;
  return {
    best: top ? top[1].letters + leadLetters(top[0], top[1].first) : 0,
    second: next?.[1].letters ?? 0,
    teasers,
    sample: (top?.[1].text.join('\n') ?? '').slice(0, LANGUAGE_SAMPLE_CHARS),
    headed: top ? isHeaded(doc, top[0], top[1].first) : false,
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
  // A one-paragraph item under a story headline and a story address is still a story.
  else if (body.best >= MIN_BODY_LETTERS / 2) { score -= 1; reasons.push('short-body'); }
  else { score -= 2; reasons.push('no-main-body'); }
  if (body.headed) { score += 1; reasons.push('headed-body'); }
  if (decl.urlShape) { score += decl.urlShape === 'story' ? 1 : -2; reasons.push(`${decl.urlShape}-url`); }
  if (decl.rootUrl) { score -= 3; reasons.push('root-url'); }
  if (decl.homeClass) { score -= 3; reasons.push('home-class'); }
  // A declared list (CollectionPage, ItemList) only counts against a page without a body.
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
