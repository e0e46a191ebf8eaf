// What a page's markup says about itself, read in one walk of the tree: <meta> tags (head or
// body: agencies put itemprop metas in the body), the canonical link, the first <time datetime>
// and the first <h1>; and, only when nothing declares a date, the elements that may print one.
// A walk by firstElementChild/nextElementSibling, not selectors: in jsdom every case-insensitive
// selector over a whole page costs a good part of a Readability parse.

export interface PageTags {
  /** First content per key, keys lowercased from property, name and itemprop (`meta[name="key" i]`). */
  meta: Map<string, string>;
  /** href of the first <link rel="canonical"> (any case). */ canonical: string | null;
  /** datetime of the first <time datetime>. */ timeDatetime: string | null;
  /** The first <h1>. */ h1: Element | null;
}

/** Past this many elements a page is not a news story (extract refuses it at the same size). */
const MAX_WALK_ELEMENTS = 60_000;
// Classes and ids that may hold the story's printed date: `[class*="date" i]`, `[id*="date" i]`, ...
// «news-detail__meta»: the row of code, date and section under a headline.
const DATE_CLASS_RE = /date|time|publish|meta/i;
const DATE_ID_RE = /date/i;
const SHORT_TEXT_TAGS = new Set(['font', 'span', 'small', 'p', 'td', 'li', 'em', 'i', 'b', 'div']);
// «+ نوشته شده در شنبه دهم مرداد ۱۴۰۵ساعت 21:45 توسط …» (Blogfa) too.
const POSTED_RE = /^[\s+\-•]*(?:ارسال شده در|منتشر شده در|نوشته شده در|تاریخ انتشار|زمان انتشار|تاریخ ارسال|تاریخ خبر)/;
const HEADER_CLASS_RE = /header/i;
// The story's own header (Joomla K2 «itemHeader», «article-header», «entry-header») holds its date.
const STORY_HEADER_RE = /(?:item|article|post|entry|news|story)[-_]?header/i;
const META_KEYS = ['property', 'name', 'itemprop'];

function walkElements(doc: Document, visit: (el: Element) => boolean | void, max = MAX_WALK_ELEMENTS): void {
  let seen = 0;
  const walk = (parent: Element): boolean => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (++seen > max || visit(el) === false || !walk(el)) return false;
    }
    return true;
  };
  if (doc.documentElement && visit(doc.documentElement) !== false) walk(doc.documentElement);
}

function addMeta(el: Element, meta: Map<string, string>): void {
  const content = (el.getAttribute('content') ?? '').trim();
  for (const attr of META_KEYS) {
    const key = el.getAttribute(attr)?.toLowerCase();
    if (key && !meta.has(key)) meta.set(key, content);
  }
}

function addItemprop(el: Element, meta: Map<string, string>): void {
  const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title');
  if (!value) return;
  // Microdata «itemprop», and RDFa «property» with «content» (Drupal: «<span property="dc:date dc:created" content="…">»).
  const keys = `${el.getAttribute('itemprop') ?? ''} ${el.hasAttribute('content') ? el.getAttribute('property') ?? '' : ''}`;
  for (const key of keys.toLowerCase().split(/\s+/)) if (key && !meta.has(key)) meta.set(key, value.trim());
}

export function readPageTags(doc: Document): PageTags {
  const tags: PageTags = { meta: new Map(), canonical: null, timeDatetime: null, h1: null };
  walkElements(doc, (el) => {
    switch (el.localName) {
      case 'meta': addMeta(el, tags.meta); break;
      case 'link':
        if (tags.canonical === null && el.getAttribute('rel')?.toLowerCase() === 'canonical') tags.canonical = el.getAttribute('href') ?? '';
        break;
      case 'time': if (tags.timeDatetime === null && el.hasAttribute('datetime')) tags.timeDatetime = el.getAttribute('datetime'); break;
      case 'h1': tags.h1 ??= el; break;
    }
    // Microdata on any element: «<abbr itemprop="datePublished" title="2026-02-12T21:15:00+03:30">» (Blogger).
    if (el.localName !== 'meta' && (el.hasAttribute('itemprop') || el.hasAttribute('property'))) addItemprop(el, tags.meta);
  });
  return tags;
}

function isDateElement(el: Element): boolean {
  if (el.localName === 'time') return true;
  const cls = el.getAttribute('class');
  if (cls && DATE_CLASS_RE.test(cls)) return true;
  const id = el.getAttribute('id');
  if (id && DATE_ID_RE.test(id)) return true;
  // «ارسال شده در یکشنبه ۶ اردیبهشت ۱۴۰۵ ساعت ۱۰:۲۰ توسط …» (PHP-Nuke): a short line that says it is the posting date.
  return SHORT_TEXT_TAGS.has(el.localName) && el.childElementCount <= 3 && POSTED_RE.test((el.textContent ?? '').slice(0, 40));
}

/** In the page's header, menu or footer, where today's date is printed: `closest('header, nav, footer, [class*="header" i]')`. */
export function inPageChrome(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.localName;
    if (tag === 'header' || tag === 'nav' || tag === 'footer') return true;
    const cls = node.getAttribute('class');
    if (cls && HEADER_CLASS_RE.test(cls) && !STORY_HEADER_RE.test(cls)) return true;
  }
  return false;
}

/** The first `max` elements that may print a date, in document order (a bounded walk). */
export function dateElements(doc: Document, max: number): Element[] {
  const found: Element[] = [];
  walkElements(doc, (el) => {
    if (isDateElement(el)) found.push(el);
    return found.length < max;
  });
  return found;
}
