// Title, site, date and canonical URL from what the page declares about itself:
// JSON-LD first (it is written for machines), then Open Graph and <meta>, then the markup.
import type { ArticleMetadata } from './types';
import { collapseSpaces, matchKey } from './normalize';

const MAX_JSONLD_SCRIPTS = 12;
const MAX_JSONLD_CHARS = 200_000;
const MAX_JSONLD_DEPTH = 4;
// Persian sites wrap JSON-LD in CDATA or HTML comments, and some leave raw newlines in strings.
const JSONLD_WRAPPER_RE = /^\s*(<!\[CDATA\[|<!--)|(\]\]>|-->)\s*$/g;
const CONTROL_CHARS_RE = /[\u0000-\u001f]+/g;
export const ARTICLE_TYPE_RE = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Article|Report|LiveBlogPosting|ScholarlyArticle)$/;
// « - site», « | site», « – site», « :: site», « » site»; a hyphen only counts between spaces.
const TITLE_SEPARATOR_RE = /(\s+(?:-|–|—|\||::|»)\s+|\s*\|\s*)/;
// Words that name an outlet rather than a story: agency, site, portal, newspaper, news, TV.
const SITE_WORD_RE = /خبرگزاری|سایت|پایگاه|روزنامه|شبکه|پرتال|آخرین اخبار|اخبار ایران|news|agency|online|\.ir\b|\.com\b|^[A-Z0-9 .]{2,20}$/i;
const DATE_META_NAMES = ['article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'datepublished'];

export type JsonLdNode = Record<string, unknown>;

function parseJsonLd(text: string): unknown {
  const cleaned = text.replace(JSONLD_WRAPPER_RE, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      return JSON.parse(cleaned.replace(CONTROL_CHARS_RE, ' '));
    } catch {
      return null;
    }
  }
}

function flattenJsonLd(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > MAX_JSONLD_DEPTH || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  if (node['@graph']) flattenJsonLd(node['@graph'], out, depth + 1);
}

/** Top-level JSON-LD nodes (arrays and @graph unrolled); malformed blocks are skipped. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_JSONLD_SCRIPTS; i++) {
    const text = scripts[i].textContent ?? '';
    if (text.length <= MAX_JSONLD_CHARS) flattenJsonLd(parseJsonLd(text), nodes, 0);
  }
  return nodes;
}

export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

export function isArticleNode(node: JsonLdNode): boolean {
  return jsonLdTypes(node).some((t) => ARTICLE_TYPE_RE.test(t.replace(/^.*[/:]/, '')));
}

function stringField(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return stringField(value[0]);
  if (value && typeof value === 'object') return stringField((value as JsonLdNode).name ?? (value as JsonLdNode)['@value']);
  return '';
}

function metaContent(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return '';
}

function isSiteLike(part: string, siteKey: string): boolean {
  if (part.length > 70) return false;
  const key = matchKey(part);
  if (siteKey && key && (siteKey.includes(key) || key.includes(siteKey))) return true;
  return SITE_WORD_RE.test(part);
}

/** The title without the site's name at either end: «خبر - خبرگزاری آریا» → «خبر». */
export function stripSiteSuffix(title: string, site = ''): string {
  const clean = collapseSpaces(title.replace(/\s+/g, ' '));
  // Odd indices are the separators themselves, kept so the headline's own «|» survives.
  const parts = clean.split(TITLE_SEPARATOR_RE);
  const siteKey = matchKey(site);
  while (parts.length > 1) {
    if (isSiteLike(parts[parts.length - 1], siteKey)) parts.splice(-2, 2);
    else if (isSiteLike(parts[0], siteKey)) parts.splice(0, 2);
    else break;
  }
  const stripped = parts.join('').trim();
  // Never strip down to a stub: a kicker like «فیلم» is not a title.
  return stripped.length >= 8 || stripped.length === clean.length ? stripped : clean;
}

function firstHeading(doc: Document): string {
  return doc.querySelector('h1')?.textContent?.trim() ?? '';
}

function siteName(doc: Document, article: JsonLdNode | undefined, url: string): string {
  const declared = metaContent(doc, 'og:site_name', 'application-name')
    || stringField(article?.publisher);
  // «خبرگزاری باشگاه خبرنگاران | آخرین اخبار ایران و جهان | YJC»: the name is the first part.
  if (declared) return collapseSpaces(declared).split(/\s+[|–—]\s+/)[0];
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Dates as the page states them; Z or offset kept, date-only strings left as they are. */
function toIsoDate(value: string): string | null {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return null;
  return trimmed.replace(' ', 'T');
}

function publishedDate(doc: Document, article: JsonLdNode | undefined): string | null {
  const candidates = [
    stringField(article?.datePublished),
    metaContent(doc, ...DATE_META_NAMES),
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '',
    stringField(article?.dateCreated),
  ];
  for (const candidate of candidates) {
    const iso = candidate && toIsoDate(candidate);
    if (iso) return iso;
  }
  return null;
}

function absolute(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

function canonicalUrl(doc: Document, url: string): string {
  const href = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim()
    || metaContent(doc, 'og:url');
  return (href && absolute(href, url)) || url;
}

/** Title, site, publication date and canonical URL of a page. */
export function readMetadata(doc: Document, url: string, jsonLd: JsonLdNode[] = readJsonLd(doc)): ArticleMetadata {
  const article = jsonLd.find(isArticleNode);
  const site = siteName(doc, article, url);
  const rawTitle = metaContent(doc, 'og:title', 'twitter:title')
    || stringField(article?.headline) || firstHeading(doc) || doc.title;
  return {
    title: stripSiteSuffix(rawTitle, site),
    site,
    published: publishedDate(doc, article),
    url,
    canonicalUrl: canonicalUrl(doc, url),
  };
}
