// The agency's lead («لید»): Iranian agencies print it above the body, outside its container,
// so it is story text that Readability and the body's cluster leave out. YJC and Independent
// Persian print it as a «subtitle» <h2>; kickers are too short to pass the callers' bounds.
// Matched by hand, not with a selector: case-insensitive substring selectors over a whole
// page cost as much as a Readability parse in jsdom.

/** The markups, as a selector (documentation and tests); `isLeadElement` is the same test. */
export const LEAD_SELECTOR = 'p[itemprop="description"], div[itemprop="description"], p.summary, div.summary, p.lead, div.lead, h2.lead, h3.lead, p.introtext, div.introtext, .news-lead, .lead-text, p.lid, div.lid, h2[class*="subtitle" i], [class*="sub-title" i] h2, ' +
  // CMS variants: «news-summary», «news-page--lead», «lead_news», a <div class="subtitle">.
  // A heading right under the headline is its standfirst (Anadolu's <h4>).
  'h1 + h2, h1 + h3, h1 + h4, ' +
  'p[class$="-summary"], div[class$="-summary"], p[class$="_summary"], div[class$="_summary"], p[class$="-lead"], div[class$="-lead"], p[class$="_lead"], div[class$="_lead"], p[class^="lead_news"], div[class^="lead_news"], p[class^="lead-news"], div[class^="lead-news"], p.subtitle, div.subtitle, p.post-description, div.post-description, .elementor-widget-theme-post-excerpt, ' +
  'p.tdb_single_subtitle, div.tdb_single_subtitle, p.td-post-sub-title, div.td-post-sub-title, p.entry-subtitle, div.entry-subtitle, p.post-subtitle, div.post-subtitle, p.single-subtitle, div.single-subtitle, ' +
  'p.article-subtitle, div.article-subtitle, p.post-standfirst, div.post-standfirst, p.article-standfirst, div.article-standfirst, ' +
  // Turkish newsrooms (TRT, Anadolu) call the lead the «spot».
  'p.spot, div.spot, .article-spot, .news-spot, .detail-spot';

// «post-description»: the standfirst under a Hugo (PaperMod) post's title.
// «tdb_single_subtitle»: tagDiv Newspaper's standfirst block; «entry-subtitle», «post-standfirst»: other themes'.
const THEME_SUBTITLES = ['tdb_single_subtitle', 'td-post-sub-title', 'entry-subtitle', 'post-subtitle', 'single-subtitle', 'article-subtitle', 'post-standfirst', 'article-standfirst'];
const BLOCK_LEAD_CLASSES = new Set(['summary', 'lead', 'introtext', 'lid', 'subtitle', 'lead_news', 'lead-news', 'post-description', 'spot', ...THEME_SUBTITLES]);
const BLOCK_LEAD_SUFFIX_RE = /[-_](?:summary|lead)$/;
// «elementor-widget-theme-post-excerpt»: Elementor's excerpt widget in a single-post template.
const ANY_LEAD_CLASSES = new Set(['news-lead', 'lead-text', 'elementor-widget-theme-post-excerpt', 'article-spot', 'news-spot', 'detail-spot']);
const SPACE_RE = /\s+/;

function classTokens(el: Element, cls: string): string[] {
  // Quirks-mode pages (no doctype, common on older Persian CMSs) match classes case-insensitively.
  const value = el.ownerDocument.compatMode === 'BackCompat' ? cls.toLowerCase() : cls;
  return value.split(SPACE_RE);
}

function hasSubTitleAncestor(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if ((node.getAttribute('class') ?? '').toLowerCase().includes('sub-title')) return true;
  }
  return false;
}

/** `el.matches(LEAD_SELECTOR)`, without the selector engine. */
export function isLeadElement(el: Element): boolean {
  const tag = el.localName;
  const block = tag === 'p' || tag === 'div';
  if (block && el.getAttribute('itemprop') === 'description') return true;
  const cls = el.getAttribute('class');
  if (cls) {
    for (const token of classTokens(el, cls)) {
      if (ANY_LEAD_CLASSES.has(token)) return true;
      if (block && (BLOCK_LEAD_CLASSES.has(token) || BLOCK_LEAD_SUFFIX_RE.test(token))) return true;
      if ((tag === 'h2' || tag === 'h3') && token === 'lead') return true;
    }
    if (tag === 'h2' && cls.toLowerCase().includes('subtitle')) return true;
  }
  if ((tag === 'h2' || tag === 'h3' || tag === 'h4') && el.previousElementSibling?.localName === 'h1') return true;
  return tag === 'h2' && hasSubTitleAncestor(el);
}

/** The first `max` lead elements in document order, by a plain walk of the body. */
export function findLeads(doc: Document, max: number, maxElements = 60_000): Element[] {
  const found: Element[] = [];
  let seen = 0;
  const walk = (parent: Element): boolean => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (++seen > maxElements) return false;
      if (isLeadElement(el)) { found.push(el); if (found.length >= max) return false; }
      if (!walk(el)) return false;
    }
    return true;
  };
  if (doc.documentElement) walk(doc.documentElement);
  return found;
}
