// Title, site, date and canonical URL from what the page declares about itself:
// JSON-LD first (it is written for machines), then Open Graph and <meta>, then the markup.
import type { ArticleMetadata } from './types';
import { collapseSpaces, matchKey } from './normalize';
import { dateElements, inPageChrome, readPageTags, type PageTags } from './page-tags';
import { parseJalaliDate, toIsoDate } from './dates';

export { parseJalaliDate } from './dates';

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
const DATE_META_NAMES = ['article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'datepublished', 'dc:date', 'dc:created', 'dcterms:created'];

const MAX_DATE_ELEMENTS = 12;

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

/** The first key whose first <meta> has content. */
function metaContent(tags: PageTags, ...keys: string[]): string {
  for (const key of keys) {
    const content = tags.meta.get(key);
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

/** Headline and the site-name parts cut from either end: «خبرگزاری آریا - خبر» → «خبر», [«خبرگزاری آریا»]. */
export function splitTitle(title: string, site = ''): { title: string; siteParts: string[] } {
  const clean = collapseSpaces(title.replace(/\s+/g, ' '));
  // Odd indices are the separators themselves, kept so the headline's own «|» survives.
  const parts = clean.split(TITLE_SEPARATOR_RE);
  const siteKey = matchKey(site);
  const siteParts: string[] = [];
  while (parts.length > 1) {
    if (isSiteLike(parts[parts.length - 1], siteKey)) siteParts.push(parts.splice(-2, 2)[1]);
    else if (isSiteLike(parts[0], siteKey)) siteParts.push(parts.splice(0, 2)[0]);
    else break;
  }
  const stripped = parts.join('').trim();
  // Never strip down to a stub: a kicker like «فیلم» is not a title.
  if (stripped.length < 8 && stripped.length !== clean.length) return { title: clean, siteParts: [] };
  return { title: stripped, siteParts };
}

/**
 * <title> when nothing else names the story: without the site's name, and of «همدان پیام - headline»
 * (two parts, one of at most three words, the other of six or more) the long part.
 */
function headlineFromDocTitle(title: string, site: string): string {
  const stripped = stripSiteSuffix(title, site);
  const [, long] = titleByLength(stripped);
  return long ?? stripped;
}

/** «همدان پیام - headline»: the short part (≤ 3 words) and the long one (≥ 6), or [] when <title> is not so cut. */
function titleByLength(title: string): [string, string] | [] {
  const parts = title.split(/\s+[-–—|]\s+/).map((p) => p.trim());
  if (parts.length !== 2) return [];
  const words = parts.map((p) => p.split(/\s+/).length);
  if (words[0] <= 3 && words[1] >= 6) return [parts[0], parts[1]];
  if (words[1] <= 3 && words[0] >= 6) return [parts[1], parts[0]];
  return [];
}

/** The site's name as the short part of <title>, or undefined. */
function shortTitlePart(title: string): string | undefined {
  return titleByLength(collapseSpaces(title))[0];
}

/** The title without the site's name at either end. */
export function stripSiteSuffix(title: string, site = ''): string {
  return splitTitle(title, site).title;
}

function declaredSiteName(tags: PageTags, article: JsonLdNode | undefined): string {
  const declared = metaContent(tags, 'og:site_name', 'application-name')
    || stringField(article?.publisher);
  // «خبرگزاری باشگاه خبرنگاران | آخرین اخبار ایران و جهان | YJC»: the name is the first part.
  return declared ? collapseSpaces(declared).split(/\s+[|–—]\s+/)[0] : '';
}

/** Without a declared name, the outlet named in <title> («خبرگزاری آریا - ...»), else the host. */
function fallbackSiteName(doc: Document, url: string): string {
  const fromTitle = splitTitle(doc.title ?? '').siteParts.find((p) => /[\u0600-\u06ff]/.test(p)) ?? shortTitlePart(doc.title ?? '');
  if (fromTitle) return fromTitle;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function jalaliFromPage(doc: Document, metaDate: string): string | null {
  const fromMeta = metaDate && parseJalaliDate(metaDate);
  if (fromMeta) return fromMeta;
  // The page header shows today's date; the story's own date usually carries a time.
  let dateOnly: string | null = null;
  for (const el of dateElements(doc, MAX_DATE_ELEMENTS)) {
    const text = el.textContent ?? '';
    if (text.length > 160 || inPageChrome(el)) continue;
    // «۳ روز پیش» on the page, the exact date in its tooltip.
    const parsed = parseJalaliDate(text) ?? parseJalaliDate(el.getAttribute('title') ?? '');
    if (parsed?.includes('T')) return parsed;
    dateOnly ??= parsed;
  }
  return dateOnly;
}

// Single-page apps keep the story in a JSON state script and print only a Jalali date: «"publishedAt":"2026-02-01T17:10:00.000Z"».
const APP_STATE_DATE_RE = /"(?:datePublished|publishedAt|published_at|publishDate|publish_date|pubDate)"\s*:\s*"([^"]{10,40})"/;

function appStateDate(doc: Document): string {
  const script = doc.getElementById('__NEXT_DATA__') ?? doc.getElementById('__NUXT_DATA__');
  return APP_STATE_DATE_RE.exec(script?.textContent?.slice(0, 200_000) ?? '')?.[1] ?? '';
}

function publishedDate(doc: Document, tags: PageTags, article: JsonLdNode | undefined): string | null {
  const metaDate = metaContent(tags, ...DATE_META_NAMES);
  const candidates = [
    stringField(article?.datePublished),
    metaDate,
    tags.timeDatetime ?? '',
    stringField(article?.dateCreated),
    appStateDate(doc),
  ];
  for (const candidate of candidates) {
    const iso = candidate && toIsoDate(candidate);
    if (iso) return iso;
  }
  return jalaliFromPage(doc, metaDate);
}

function absolute(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

function canonicalUrl(tags: PageTags, url: string): string {
  const href = tags.canonical?.trim() || metaContent(tags, 'og:url');
  return (href && absolute(href, url)) || url;
}

/** Title, site, publication date and canonical URL of a page. */
export function readMetadata(doc: Document, url: string, jsonLd: JsonLdNode[] = readJsonLd(doc)): ArticleMetadata {
  const article = jsonLd.find(isArticleNode);
  const tags = readPageTags(doc);
  const site = declaredSiteName(tags, article) || fallbackSiteName(doc, url);
  // An og:title or <h1> that is only the site's name names no story: the short part of «بندر خبر |
  // headline» or «ورزش نیشابور - headline» (a blog's <h1>).
  const siteKey = matchKey(shortTitlePart(doc.title ?? '') ?? '');
  const declared = [metaContent(tags, 'og:title', 'twitter:title'), stringField(article?.headline), tags.h1?.textContent?.trim() ?? '']
    .find((t) => t && (!siteKey || matchKey(t) !== siteKey));
  return {
    title: declared ? stripSiteSuffix(declared, site) : headlineFromDocTitle(doc.title ?? '', site),
    site,
    published: publishedDate(doc, tags, article),
    url,
    canonicalUrl: canonicalUrl(tags, url),
  };
}
