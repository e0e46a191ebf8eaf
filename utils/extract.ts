// Full extraction when the popup asks: metadata, then Readability on a cleaned clone,
// then Persian boilerplate rules. Never throws: a page we cannot read gets a reason.
import { Readability } from '@mozilla/readability';
import type { ArticleMetadata, Detection, ExtractedArticle, Language, NoAnalysisReason } from './types';
import { collapseSpaces, matchKey } from './normalize';
import { detectArticle, MIN_BODY_LETTERS } from './detect';
import { findLeads } from './lead';
import { detectLanguage } from './language';
import { readJsonLd, readMetadata, isArticleNode, type JsonLdNode } from './metadata';
import { cleanParagraphs, cloneWithoutChrome } from './cleanup';

/** Past these the page is not a news story, and work would freeze the tab. */
const MAX_ELEMENTS = 60_000;
const MAX_TEXT_CHARS = 5_000_000;
const MAX_WALK_DEPTH = 200;
// The analysis reads the first 100,000 characters (analyze.ts MAX_ANALYZED_CHARS); Readability
// needs room past them to find the story's container, but not the rest of a 1 MB page.
const MAX_CLONED_TEXT_CHARS = 300_000;
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'FIGURE', 'HEADER', 'MAIN', 'HR']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'SVG']);
const LETTER_RE = /\p{L}/gu;
const NEWLINES_RE = /[\r\n]+/g;
const LETTER_CHUNK = 4096;
// The agency's lead («لید») often sits outside the body's container, so Readability leaves it out;
// it is the story's own summary and belongs in front (LEAD_SELECTOR lists the markups).
const MAX_LEAD_CANDIDATES = 5;
const MIN_LEAD_LETTERS = 50;
const BARE_HEADING_RE = /^h[2-4]$/;
const SENTENCE_STOP_RE = /[.!?؟»]\s*$/;
const MAX_LEAD_LETTERS = 800;

function letters(text: string): number {
  return text.match(LETTER_RE)?.length ?? 0;
}

/** Letters, counted only up to `cap`: the callers compare with a threshold, and a 1 MB body's letters as an array cost more than the rest of the cleanup. */
function lettersUpTo(text: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < cap; i += LETTER_CHUNK) n += letters(text.slice(i, i + LETTER_CHUNK));
  return n;
}

// A short paragraph that is a link, alone or under a short label, is a teaser for another story
// («کاپ ۳۰ چیست؟» under the body, «مرتبط: …», «ویدئو | …»), whatever label or class the site gives
// it: story prose does not end in another story's link.
const MAX_TEASER_LETTERS = 150;
const MAX_TEASER_LABEL_LETTERS = 25;
const MIN_TEASER_LINK_SHARE = 0.9;
const LABEL_END_RE = /[:：|｜\-–—»›•▪■◀◄🔹🔸🔻🔺]\s*$/u;

function isTeaser(text: string, label: string, linkLetters: number): boolean {
  const n = letters(text);
  const labelLetters = letters(label);
  if (n > MAX_TEASER_LETTERS || linkLetters < (n - labelLetters) * MIN_TEASER_LINK_SHARE) return false;
  return labelLetters === 0 || (labelLetters <= MAX_TEASER_LABEL_LETTERS && LABEL_END_RE.test(label));
}

/**
 * Paragraph texts of an element: blocks and <br> end a paragraph; inline markup does not.
 * With `dropLinkTeasers`, links to other stories standing as a paragraph are left out.
 */
export function blockTexts(root: Element, dropLinkTeasers = false): string[] {
  const out: string[] = [];
  let buffer = '';
  let linkLetters = 0;
  let beforeLink: string | null = null;
  const flush = () => {
    const text = collapseSpaces(buffer.replace(NEWLINES_RE, ' '));
    const teaser = dropLinkTeasers && linkLetters > 0 && isTeaser(text, beforeLink ?? '', linkLetters);
    if (text && !teaser) out.push(text);
    buffer = '';
    linkLetters = 0;
    beforeLink = null;
  };
  const walk = (node: Node, depth: number, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.nodeValue ?? '';
        buffer += data;
        if (inLink) linkLetters += letters(data);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') { flush(); continue; }
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      if (tag === 'A' && beforeLink === null) beforeLink = buffer;
      if (depth > MAX_WALK_DEPTH) buffer += child.textContent ?? '';
      else walk(child, depth + 1, inLink || tag === 'A');
      if (block) flush();
    }
  };
  walk(root, 0, false);
  flush();
  return out;
}

function readabilityParagraphs(clone: Document): string[] {
  const result = new Readability(clone, {
    maxElemsToParse: MAX_ELEMENTS,
    charThreshold: 250,
    serializer: (el: Node) => el,
  } as ConstructorParameters<typeof Readability>[1]).parse();
  const content = result?.content as unknown as Element | undefined;
  return content && typeof content === 'object' ? blockTexts(content, true) : [];
}

const MAX_BLOCK_CLIMB = 6;
const MAX_BLOCK_SPREAD = 3;
const PROSE_LETTERS = 60;
const PROSE_END_RE = /[.!?؟»:]\s*$/;
const isProse = (text: string) => letters(text) >= PROSE_LETTERS && PROSE_END_RE.test(text);
// Class tokens that name one element (tdi_27, block-yui_3_17), not a kind of block.
const INSTANCE_CLASS_RE = /\d/;

function blockKind(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !INSTANCE_CLASS_RE.test(c)).sort();
  return classes.length ? `${el.localName}.${classes.join('.')}` : '';
}

/** Whether every block meets the others within MAX_BLOCK_SPREAD levels up: one column of the page. */
function sideBySide(blocks: Element[]): boolean {
  let shared: Element | null = blocks[0];
  for (let i = 0; i < MAX_BLOCK_SPREAD && shared; i++) shared = shared.parentElement;
  return !!shared && blocks.every((b) => shared!.contains(b));
}

/**
 * A story a site builder splits into blocks of one kind with other blocks between them (Squarespace's
 * html blocks around an image and a newsletter form): Readability keeps one block; the others of its
 * kind, all of them prose, belong to the story too.
 */
function withSplitBlocks(doc: Document, paragraphs: string[]): string[] {
  const keys = new Set(paragraphs.map((p) => collapseSpaces(p)));
  let anchor: Element | null = null;
  for (const p of doc.getElementsByTagName('p')) {
    const text = collapseSpaces((p.textContent ?? '').replace(NEWLINES_RE, ' '));
    if (keys.has(text) && isProse(text)) { anchor = p; break; }
  }
  for (let el = anchor?.parentElement, i = 0; el && i < MAX_BLOCK_CLIMB && el.localName !== 'body'; el = el.parentElement, i++) {
    const kind = blockKind(el);
    if (!kind) continue;
    const first = kind.split('.')[1];
    const blocks = [...doc.getElementsByClassName(first)].filter((b) => blockKind(b) === kind && !b.closest('nav, aside, footer, header, li, a, form'));
    if (blocks.length < 2) continue;
    const texts = blocks.map((b) => blockTexts(b, true));
    if (!texts.every((t) => t.some(isProse)) || !sideBySide(blocks)) continue;
    const merged = texts.flat();
    const mergedKeys = new Set(merged.map((p) => collapseSpaces(p)));
    return [...keys].every((k) => mergedKeys.has(k)) && merged.length > paragraphs.length ? merged : paragraphs;
  }
  return paragraphs;
}

/** Fallback for short items Readability drops: the parent with the most Persian <p> text. */
export function densestCluster(doc: Document): string[] {
  const clusters = new Map<Element, string[]>();
  for (const p of doc.querySelectorAll('p')) {
    if (p.closest('nav, footer, aside, a, li, form:not(#aspnetForm)')) continue;
    const text = collapseSpaces((p.textContent ?? '').replace(NEWLINES_RE, ' '));
    if (letters(text) < 20 || !p.parentElement) continue;
    clusters.set(p.parentElement, [...(clusters.get(p.parentElement) ?? []), text]);
  }
  let best: string[] = [];
  let bestLetters = 0;
  for (const texts of clusters.values()) {
    const n = letters(texts.join(' '));
    if (n > bestLetters) { best = texts; bestLetters = n; }
  }
  return best;
}

/** An element's text without the photos' captions and credits inside it («… | عکس: ایمنا» above the lead). */
function withoutFigures(el: Element): string {
  let text = el.textContent ?? '';
  for (const figure of el.querySelectorAll('figure, figcaption')) text = text.replace(figure.textContent ?? '', ' ');
  return text;
}

function leadText(doc: Document): string {
  for (const candidate of findLeads(doc, MAX_LEAD_CANDIDATES, MAX_ELEMENTS)) {
    if (candidate.closest('nav, aside, footer, li, a')) continue;
    const text = collapseSpaces(withoutFigures(candidate).replace(NEWLINES_RE, ' '));
    const n = letters(text);
    // A bare heading under the headline is a standfirst only when it is a sentence; without its
    // stop it is a second headline («سهم دانش‌آموزان مناطق کم‌برخوردار … ۱۵ درصد ماند»).
    if (BARE_HEADING_RE.test(candidate.localName) && !candidate.hasAttribute('class') && !SENTENCE_STOP_RE.test(text)) continue;
    if (n >= MIN_LEAD_LETTERS && n <= MAX_LEAD_LETTERS) return text;
  }
  return '';
}

/** The agency's lead when Readability left it out of the body. */
function withLead(doc: Document, paragraphs: string[]): string[] {
  const text = leadText(doc);
  if (!text) return paragraphs;
  const key = matchKey(text);
  // A lead often quotes the body's last sentence verbatim («…لولای دو جریان کشور باشید»): it is
  // already in the body only when a paragraph holds it, or is nearly all of it.
  const inBody = (p: string) => { const pk = matchKey(p); return pk.includes(key) || (key.includes(pk) && pk.length >= key.length * 0.8); };
  if (paragraphs.slice(0, 3).some(inBody)) return paragraphs;
  return [text, ...paragraphs];
}

function safeMetadata(doc: Document, url: string, jsonLd: JsonLdNode[]): ArticleMetadata {
  try {
    return readMetadata(doc, url, jsonLd);
  } catch {
    return { title: doc.title ?? '', site: '', published: null, url, canonicalUrl: url };
  }
}

function tooLarge(doc: Document): boolean {
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return true;
  return (doc.body?.textContent?.length ?? 0) > MAX_TEXT_CHARS;
}

function bodyParagraphs(doc: Document, title: string): string[] {
  let paragraphs: string[] = [];
  try {
    // The chrome is left out while cloning: cheaper than cloning it and removing it after.
    const clone = cloneWithoutChrome(doc, MAX_CLONED_TEXT_CHARS);
    paragraphs = cleanParagraphs(withSplitBlocks(doc, readabilityParagraphs(clone)), title);
  } catch {
    paragraphs = [];
  }
  const found = lettersUpTo(paragraphs.join(' '), MIN_BODY_LETTERS);
  if (found < MIN_BODY_LETTERS) {
    const fallback = cleanParagraphs(densestCluster(doc), title);
    if (lettersUpTo(fallback.join(' '), MIN_BODY_LETTERS) > found) paragraphs = fallback;
  }
  return paragraphs.length ? withLead(doc, paragraphs) : paragraphs;
}

function reasonFor(paragraphs: string[], language: Language, isArticle: boolean, pageHasText: boolean): NoAnalysisReason | undefined {
  // A page of links only (an archive, a tag page) has text, just no body: it is not a story.
  if (paragraphs.length === 0) return !pageHasText || language === 'other' ? 'no-text' : language === 'fa' ? 'not-article' : 'not-persian';
  if (language !== 'fa') return 'not-persian';
  return isArticle ? undefined : 'not-article';
}

function safeJsonLd(doc: Document): JsonLdNode[] {
  try {
    return readJsonLd(doc);
  } catch {
    return [];
  }
}

/**
 * Metadata and clean body of a news page, with the reason when it gets no analysis.
 * `detection`: the content script's verdict from page load, so it is not measured twice.
 */
export function extractArticle(doc: Document, url: string, detection?: Detection): ExtractedArticle {
  const jsonLd = safeJsonLd(doc);
  const meta = safeMetadata(doc, url, jsonLd);
  try {
    if (tooLarge(doc)) return { ...meta, isArticle: false, language: 'other', reason: 'too-large', paragraphs: [] };
    detection ??= detectArticle(doc);
    const paragraphs = bodyParagraphs(doc, meta.title);
    const text = paragraphs.join('\n');
    // A body too short to tell («نسخه کامل» on a tag page, a platform's English line on a Persian
    // archive) leaves the page's own language.
    const fromBody = lettersUpTo(text, MIN_BODY_LETTERS) >= MIN_BODY_LETTERS ? detectLanguage(text) : 'other';
    const language = fromBody !== 'other' ? fromBody : detection.language;
    // A declared story (JSON-LD) whose body we did find is an article even if the page is busy.
    const declared = jsonLd.some(isArticleNode) && lettersUpTo(text, MIN_BODY_LETTERS) >= MIN_BODY_LETTERS;
    const isArticle = paragraphs.length > 0 && (detection.isArticle || declared);
    const pageHasText = paragraphs.length > 0 || lettersUpTo(doc.body?.textContent ?? '', 1) > 0;
    const reason = reasonFor(paragraphs, language, isArticle, pageHasText);
    return { ...meta, isArticle, language, ...(reason ? { reason } : {}), paragraphs };
  } catch {
    return { ...meta, isArticle: false, language: 'other', reason: 'too-large', paragraphs: [] };
  }
}
