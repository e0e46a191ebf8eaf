// Is this page one news article, and in which language? Runs in the content script
// on every page load, so it reads a bounded number of elements, never clones, and
// never takes the text of the whole page. Declarations (JSON-LD, og:type) are only
// believed when the body agrees: radiofarda's home page says og:type=article.
import type { Detection, Language } from './types';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS } from './language';
import { isArticleNode, jsonLdTypes, readJsonLd } from './metadata';
import { countLetters, measureBody, MIN_BODY_LETTERS, type BodyShape } from './detect-body';

export { measureBody, MIN_BODY_LETTERS, type BodyShape } from './detect-body';
export { LEAD_SELECTOR } from './lead';

const MAX_LINKS = 1500;
const STRONG_BODY_LETTERS = 1200;
// WordPress, Drupal and CMS body classes for a front page; «not-front» must not match.
const HOME_CLASS_RE = /(^|\s)(home|front|pg-home|homepage|home-page|page-home)(\s|$)/i;
// Only list types speak against a story: WebSite + SearchAction, Organization and WebPage are
// site-wide boilerplate that many news CMSs (YJC) print on every story too.
const LIST_TYPE_RE = /^(CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/;
// A story lives under a numeric id (/news/8953960/, /node/412868/, ?p=253832); tag, category,
// search, archive and live-ticker paths are lists even when they declare og:type=article.
const STORY_URL_RE = /\/\d{5,}(?:[/.-]|$)|[?&](?:p|id|newsid)=\d{3,}/i;
// Lists, and the site's own pages (about, contact, terms…), which are text but no story.
const LIST_URL_RE = /\/(?:tags?|category|categories|search|archive|archives|live|topics?|page\/\d+|about(?:-?us)?|contact(?:-?us)?|privacy|terms|faq|advertis\w*|درباره-ما|تماس-با-ما)(?:[/?#.]|$)|[?&](?:q|s|query|tag)=/i;

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

export interface LinkShape {
  /** Links whose text reads like a headline (several words, 20–200 characters). */ headlines: number;
  headlineLetters: number;
  /** The first headlines' text: the language sample of a page with no body. */ sample: string;
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
    headlineLetters += countLetters(text);
    if (sample.length < LANGUAGE_SAMPLE_CHARS) sample += text + '\n';
  }
  return { headlines, headlineLetters, sample };
}

function pageLanguage(doc: Document, body: BodyShape, links: LinkShape, reasons: string[]): Language {
  const meta = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  let sample = `${doc.title}\n${meta}\n${body.sample}`;
  if (countLetters(sample) < 200) sample += '\n' + links.sample;
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
