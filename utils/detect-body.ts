// The shape of a page's body for detection: clusters of sibling text blocks, the lead above
// the biggest one, and a headline right over it. Runs on every page load, so it reads a
// bounded number of blocks, counts letters without building arrays, checks each container
// for chrome once, and stops once one cluster is plainly a story.
import { LANGUAGE_SAMPLE_CHARS } from './language';
import { isLeadElement } from './lead';

const MAX_BLOCKS = 800;
const MAX_ANCESTORS = 10;
// A short Persian news item is often 2–4 paragraphs of ~100 letters each.
export const MIN_BODY_LETTERS = 300;
// Far past every threshold the verdict weighs (strong body 1,200, teasers × 150): the rest of a long story changes nothing.
const ENOUGH_BODY_LETTERS = 20_000;
// Containers whose text is never the story: comments, menus, footers, related lists.
// «tgme_widget_message_text»: a Telegram post's text, on a channel mirrored to the web.
const BODY_CLASS_RE = /(?:^|\s)(?:post-body|entry-content|article-?body|story-?body|news-?body|hentry|tgme_widget_message_text)(?:\s|$)/i;
const UNLIKELY_RE = /comment|footer|sidebar|side-bar|nav|menu|related|most-?(read|view)|popular|ticker|marquee|breadcrumb|share|social|tags?-?(list|box)|widget|banner|ads?\b|advert/i;
const MAX_LEADS = 5;
const MAX_LEAD_LETTERS = 800;
const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'SPAN', 'EM', 'I', 'U', 'FONT', 'SMALL', 'SUB', 'SUP', 'BR', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME']);

export interface BodyShape {
  /** Letters in the largest cluster of sibling text blocks. */ best: number;
  /** Letters in the second-largest cluster. */ second: number;
  /** Clusters of teaser size (one short block), a list-page shape. */ teasers: number;
  /** Text of the best cluster, for the language sample. */ sample: string;
  /** A headline <h1> sits right above the best cluster: the shape of a story page. */ headed: boolean;
}

interface Cluster { letters: number; blocks: number; text: string[]; first: Element }

/** Arabic-script and Latin letters (Arabic block, presentation forms, A–Z), counted in place. */
export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x600) { if ((c | 32) >= 97 && (c | 32) <= 122) n++; }
    else if (c <= 0x6ff || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) n++;
  }
  return n;
}

/** true/false when this element alone decides, null when its ancestors must. */
function unlikelyHere(node: Element): boolean | null {
  const tag = node.tagName;
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'A' || tag === 'LI') return true;
  if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  const key = `${node.id} ${typeof node.className === 'string' ? node.className : ''}`;
  if (key.length <= 1) return null;
  // A post's own body decides before the wrappers around it (Blogger puts every post in «widget Blog»).
  if (BODY_CLASS_RE.test(key)) return false;
  return UNLIKELY_RE.test(key) ? true : null;
}

export function isUnlikely(el: Element, levels = MAX_ANCESTORS): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < levels; i++, node = node.parentElement) {
    const here = unlikelyHere(node);
    if (here !== null) return here;
  }
  return false;
}

/** isUnlikely for a block, its parent's answer shared by all its siblings. */
function blockUnlikely(block: Element, parents: Map<Element, boolean>): boolean {
  const here = unlikelyHere(block);
  if (here !== null) return here;
  const parent = block.parentElement;
  if (!parent) return false;
  let answer = parents.get(parent);
  if (answer === undefined) parents.set(parent, (answer = isUnlikely(parent, MAX_ANCESTORS - 1)));
  return answer;
}

/** Text of an element that carries its paragraphs as text runs split by <br>, not <p>. */
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
  for (const a of block.querySelectorAll('a')) letters += countLetters(a.textContent ?? '');
  return letters;
}

// Elements whose text runs split by <br> are a body's paragraphs: a <div>, and in table layouts of old
// CMSs (ASP.NET WebForms) a <td>, or the <span>/<font> a label control renders the story into.
const BR_CONTAINERS = new Set(['DIV', 'TD', 'SPAN', 'FONT', 'SECTION', 'ARTICLE', 'BLOCKQUOTE']);

/** Text blocks: <p>, then the elements that hold text directly between <br>s. */
function* textBlocks(doc: Document): Generator<{ block: Element; text: string }> {
  const ps = doc.querySelectorAll('p');
  let count = 0;
  for (let i = 0; i < ps.length && count < MAX_BLOCKS; i++, count++) yield { block: ps[i], text: ps[i].textContent ?? '' };
  const brs = doc.querySelectorAll('br');
  const seen = new Set<Element>();
  for (let i = 0; i < brs.length && i < MAX_BLOCKS; i++) {
    const div = brs[i].parentElement;
    if (!div || seen.has(div) || !BR_CONTAINERS.has(div.tagName)) continue;
    seen.add(div);
    yield { block: div, text: ownInlineText(div) };
  }
}

/**
 * <div>s that are paragraphs themselves: no element inside but inline ones («<div style="text-align:
 * justify">…</div>», some CMSs' whole body). Read only when <p> and <br> found no body.
 */
function* leafDivBlocks(doc: Document): Generator<{ block: Element; text: string }> {
  const divs = doc.getElementsByTagName('div');
  for (let i = 0, count = 0; i < divs.length && count < MAX_BLOCKS; i++) {
    const div = divs[i];
    let leaf = true;
    for (let c = div.firstElementChild; c && leaf; c = c.nextElementSibling) leaf = INLINE_TAGS.has(c.tagName);
    if (!leaf) continue;
    count++;
    yield { block: div, text: div.textContent ?? '' };
  }
}

const onlyChild = (el: Element): boolean => el.firstElementChild !== null && el.firstElementChild === el.lastElementChild;

/** The element that holds a story's paragraphs: wrappers around a single block are skipped (BBC wraps each <p> in a <div>). */
function clusterKey(block: Element): Element {
  let parent = block.parentElement ?? block;
  // first === last child, not childElementCount: Chromium counts a 2,000-paragraph body's children on every call.
  for (let i = 0; i < 3 && onlyChild(parent) && parent.parentElement && parent.tagName !== 'BODY'; i++) parent = parent.parentElement;
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
      const lead = isLeadElement(sib) ? sib : sib.firstElementChild && isLeadElement(sib.firstElementChild) ? sib.firstElementChild : null;
      if (!lead || (lead.tagName === 'P' && cluster.contains(lead)) || isUnlikely(lead)) continue;
      const letters = countLetters(lead.textContent ?? '');
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
    if (countLetters(h1.textContent ?? '') < 10 || isUnlikely(h1)) continue;
    return (h1.compareDocumentPosition(first) & 4) !== 0 && near(h1, cluster);
  }
  return false;
}

function addBlocks(blocks: Iterable<{ block: Element; text: string }>, clusters: Map<Element, Cluster>, parents: Map<Element, boolean>): void {
  for (const { block, text } of blocks) {
    const letters = countLetters(text);
    if (letters < 20 || blockUnlikely(block, parents)) continue;
    if (linkLetters(block) > letters * 0.5) continue;
    const parent = clusterKey(block);
    let cluster = clusters.get(parent);
    if (!cluster) clusters.set(parent, (cluster = { letters: 0, blocks: 0, text: [], first: block }));
    cluster.letters += letters;
    cluster.blocks++;
    cluster.text.push(text);
    if (cluster.letters >= ENOUGH_BODY_LETTERS) return;
  }
}

/** Clusters sibling text blocks under one parent; the story is one big cluster. */
export function measureBody(doc: Document): BodyShape {
  let clusters = new Map<Element, Cluster>();
  const parents = new Map<Element, boolean>();
  addBlocks(textBlocks(doc), clusters, parents);
  const biggest = (map: Map<Element, Cluster>) => Math.max(0, ...[...map.values()].map((c) => c.letters));
  if (biggest(clusters) < MIN_BODY_LETTERS) {
    const divClusters = new Map<Element, Cluster>();
    addBlocks(leafDivBlocks(doc), divClusters, parents);
    if (biggest(divClusters) > biggest(clusters)) clusters = divClusters;
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
