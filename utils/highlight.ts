// Jump to quote: find a sentence of the analysis in the live page and show it briefly.
// The page is left as it was: the CSS Custom Highlight API paints without touching the DOM.
import { foldForMatch } from './normalize';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
// Spaces, half-spaces and invisible marks differ between the page and the repaired text.
const IGNORABLE = /[\s\u200b-\u200f\u00ad]/;
const HIGHLIGHT_NAME = 'chekideh-jump';
const NEEDLE_MAX = 80;

interface Position {
  node: Text;
  offset: number;
}

/** The page range whose text matches `sentence`, ignoring spacing, ZWNJ and letter variants. */
export function findSentenceRange(doc: Document, sentence: string): Range | null {
  const needle = squeeze(sentence).slice(0, NEEDLE_MAX);
  if (!needle) return null;
  const positions: Position[] = [];
  let haystack = '';
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      SKIP_TAGS.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const folded = foldForMatch(node.data);
    for (let i = 0; i < folded.length; i++) {
      if (IGNORABLE.test(folded[i])) continue;
      haystack += folded[i];
      positions.push({ node, offset: i });
    }
  }
  const at = haystack.indexOf(needle);
  if (at < 0) return null;
  const first = positions[at];
  const last = positions[at + needle.length - 1];
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

function squeeze(text: string): string {
  let out = '';
  for (const ch of foldForMatch(text)) if (!IGNORABLE.test(ch)) out += ch;
  return out;
}

/** Scrolls to the sentence and highlights it for a moment. False when it is not on the page. */
export function highlightSentence(doc: Document, sentence: string, durationMs = 2500): boolean {
  const range = findSentenceRange(doc, sentence);
  if (!range) return false;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const view = doc.defaultView as (Window & { CSS?: typeof CSS }) | null;
  const registry = view?.CSS && 'highlights' in view.CSS ? view.CSS.highlights : undefined;
  if (registry && typeof Highlight !== 'undefined') {
    ensureHighlightStyle(doc);
    registry.set(HIGHLIGHT_NAME, new Highlight(range));
    setTimeout(() => registry.delete(HIGHLIGHT_NAME), durationMs);
  } else {
    const selection = view?.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return true;
}

function ensureHighlightStyle(doc: Document) {
  if (doc.getElementById(HIGHLIGHT_NAME)) return;
  const style = doc.createElement('style');
  style.id = HIGHLIGHT_NAME;
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #000; }`;
  (doc.head ?? doc.documentElement).append(style);
}
