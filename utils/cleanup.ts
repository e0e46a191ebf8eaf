// Persian news boilerplate: the chrome around a story that Readability keeps because
// it sits inside the story's container (agency codes, «انتهای پیام», related-news
// boxes, tags, share rows, comment forms, AMP headers). Two passes: cheap element
// removal on the cloned document before Readability, then line rules on its paragraphs.
// Bylines («به گزارش خبرنگار ...») are body text and stay.
import { foldForMatch } from './normalize';
import { isChromeLine, LEADING_MARKS_RE } from './chrome-lines';

// Element removal before Readability. «form» is kept when it wraps the page (ASP.NET WebForms).
// A table's <caption> labels the table (its cells stay for the reader's eye, the label is not prose).
const REMOVE_TAGS = new Set(['nav', 'footer', 'aside', 'script', 'style', 'noscript', 'iframe', 'template', 'svg', 'button', 'select', 'textarea', 'input', 'figcaption', 'caption']);
const CHROME_ATTR_RE = /(^|[\s_-])(comments?|comment-?(form|list|box|section)|disqus|share|sharing|social|related|relate|more-?news|most-?(read|viewed|visited|popular)|popular|tags?|keywords?|breadcrumbs?|short-?link|print|send-?to|newsletter|footer|sidebar|navbar|menu|ticker|advert|ads|banner|caption|credits?|photographer|recommend|read-?more|also-?read|(video|audio)-?(player|box|title|card)|rutitr|kicker|(pre|up|over|sur|super)-?title|twitter-tweet|instagram-media|embed|article-info|polls?|survey|vote-?box|author-?(box|info|bio|descr|description|card|details)|ad|sponsored|native|reportage|timeline|faq|key-?(takeaways|points)|takeaways|disclaimer)([\s_-]|$)/i;
const MAX_CHROME_CANDIDATES = 3000;

// Markers after which the rest is a related/most-read/comments box, not the story.
const TAIL_MARKER_RE = /^(اخبار مرتبط|مطالب مرتبط|خبرهای مرتبط|مطالب پیشنهادی|خبرهای پیشنهادی|پربازدیدترین|پربحث\u200c?ترین|پربیننده\u200c?ترین|آخرین اخبار|نظرات|ارسال نظر|دیدگاه\u200c?ها|برچسب\u200c?ها|کلمات کلیدی|پیشنهاد (ما|سردبیر|ویژه)|(سوالات|سؤالات|پرسش\u200c?های) متداول)/u;
// «انتهای پیام/ی» and agency codes glued to the end of the last paragraph.
const TRAILING_SIGNOFF_RE = /\s*(انتهای پیام|انتهای خبر|پایان پیام)\s*[\/\-–]?\s*[\p{L}\d]{0,4}\s*$/u;
const LETTER_RE = /\p{L}/gu;
const DIGIT_RE = /\p{Nd}/u;
const SENTENCE_END_RE = /[.!?؟:»)"]\s*$/;
const MAX_MARKER_CHARS = 40;
const READ_MORE_RE = /^(بیشتر بخوانید|بخوانید|پیشنهاد (ما|سردبیر))\s*:?\s*$/;

function letters(text: string): number {
  return text.match(LETTER_RE)?.length ?? 0;
}

function attrKey(el: Element): string {
  const cls = typeof el.className === 'string' ? el.className : '';
  // BBC's hashed classes say nothing; «aria-labelledby="related-content-heading"» does.
  const labelledBy = el.getAttribute('aria-labelledby') ?? '';
  return `${el.id} ${cls} ${labelledBy}`;
}

/** Never page content: `nav, footer, aside, script, ..., [hidden], [aria-hidden="true"]`. */
function isRemovedTag(el: Element): boolean {
  return REMOVE_TAGS.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

const hasClassOrId = (el: Element): boolean => el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('aria-labelledby');

/**
 * Ancestors of the story's anchors that survive tag removal: those of <h1> and articleBody
 * (a box holding them is the story, not chrome), and those of <article> too (a <form> holding
 * one wraps the page). Sets of ancestors instead of a subtree query per candidate.
 */
function storyAncestors(doc: Document): { story: Set<Element>; wrapper: Set<Element> } {
  const story = new Set<Element>();
  const wrapper = new Set<Element>();
  const mark = (el: Element, set: Set<Element>) => {
    for (let node = el.parentElement; node && !set.has(node); node = node.parentElement) set.add(node);
  };
  const walk = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (isRemovedTag(el)) continue;
      const anchor = el.localName === 'h1' || el.getAttribute('itemprop') === 'articleBody';
      if (anchor) mark(el, story);
      if (anchor || el.localName === 'article') mark(el, wrapper);
      walk(el);
    }
  };
  if (doc.documentElement) walk(doc.documentElement);
  return { story, wrapper };
}

const PHOTO_TAGS = new Set(['img', 'picture', 'video']);
const MAX_CAPTION_LETTERS = 150;
const ENDS_LIKE_PROSE_RE = /[.!؟?»]\s*$/;

/**
 * A photo with its caption, whatever the markup: a box whose own children include an image and
 * whose text is one short line that does not end like a sentence («… در نشست رونمایی (عکس: …)»).
 */
function isCaptionedPhoto(el: Element): boolean {
  let photo = false;
  for (let child = el.firstElementChild; child && !photo; child = child.nextElementSibling) photo = PHOTO_TAGS.has(child.localName);
  if (!photo) return false;
  const text = (el.textContent ?? '').trim();
  const n = letters(text);
  return n > 0 && n <= MAX_CAPTION_LETTERS && !ENDS_LIKE_PROSE_RE.test(text);
}

/**
 * Decides, element by element from the top, what `removeChrome` drops: removed tags, forms
 * that do not wrap the page, and the first MAX_CHROME_CANDIDATES body elements with a class
 * or id whose names say comments, share, related, tags, menu... unless they hold the story.
 */
function chromeFilter(doc: Document): (el: Element) => boolean {
  const { story, wrapper } = storyAncestors(doc);
  const body = doc.body;
  let candidates = 0;
  // Candidates inside a dropped box still count towards the bound (they were queried before removal).
  const countInside = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (isRemovedTag(el) || (el.localName === 'form' && !isWrapperForm(el))) continue;
      if (hasClassOrId(el)) candidates++;
      countInside(el);
    }
  };
  const isWrapperForm = (form: Element) => form.id === 'aspnetForm' || wrapper.has(form);
  const inBody = (el: Element) => !!body && el !== body && body.contains(el);
  return (el) => {
    if (isRemovedTag(el)) return true;
    if (el.localName === 'form' && !isWrapperForm(el)) return true;
    if (isCaptionedPhoto(el) && !story.has(el)) return true;
    if (!hasClassOrId(el) || !inBody(el) || ++candidates > MAX_CHROME_CANDIDATES) return false;
    if (!CHROME_ATTR_RE.test(attrKey(el))) return false;
    if (el.getAttribute('itemprop') === 'articleBody' || el === body || story.has(el)) return false;
    countInside(el);
    return true;
  };
}

/** Removes menus, footers, comment, share, tag and related boxes from a (cloned) document. */
export function removeChrome(doc: Document): void {
  const drop = chromeFilter(doc);
  const walk = (parent: Element): void => {
    for (let el = parent.firstElementChild, next: Element | null; el; el = next) {
      next = el.nextElementSibling;
      if (drop(el)) el.remove();
      else walk(el);
    }
  };
  if (doc.documentElement && !drop(doc.documentElement)) walk(doc.documentElement);
}

/**
 * A copy of the document without what `removeChrome` would remove: the chrome is never cloned.
 * Past `maxTextChars` of text nothing more is copied: the rest of a huge page is never analyzed.
 */
export function cloneWithoutChrome(doc: Document, maxTextChars = Infinity): Document {
  const drop = chromeFilter(doc);
  let chars = 0;
  const copy = (from: Node, to: Node): void => {
    for (let child = from.firstChild; child && chars <= maxTextChars; child = child.nextSibling) {
      if (child.nodeType === 1 && drop(child as Element)) continue;
      if (child.nodeType === 3) chars += (child as Text).data.length;
      const clone = child.cloneNode(false);
      if (child.firstChild) copy(child, clone);
      to.appendChild(clone);
    }
  };
  const clone = doc.cloneNode(false) as Document;
  copy(doc, clone);
  return clone;
}

function isMarker(folded: string): boolean {
  return folded.length <= MAX_MARKER_CHARS && TAIL_MARKER_RE.test(folded);
}

/** A paragraph with its folded form, folded once for every rule below. */
interface Line { text: string; folded: string }

/** Drops the «بیشتر بخوانید» teaser: the marker and the headline line right after it. */
function dropReadMore(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (READ_MORE_RE.test(lines[i].folded)) {
      const next = lines[i + 1]?.text;
      if (next && next.length < 150 && !SENTENCE_END_RE.test(next)) i++;
      continue;
    }
    out.push(lines[i]);
  }
  return out;
}

// Boxes of links to other stories; what follows them may be the story again (a box set inside it).
const LINK_BOX_MARKER_RE = /^(اخبار مرتبط|مطالب مرتبط|خبرهای مرتبط|مطالب پیشنهادی|خبرهای پیشنهادی|پیشنهاد (ما|سردبیر|ویژه))/u;
const MIN_PROSE_LETTERS = 60;

/** Story prose: a paragraph that ends a sentence, not a headline. */
function isProse(line: Line): boolean {
  return letters(line.text) >= MIN_PROSE_LETTERS && SENTENCE_END_RE.test(line.text);
}

/**
 * Cuts a related/most-read/comments box that follows the story. A box of links with story prose
 * after it sits inside the story: only its marker and headlines go.
 */
function cutTail(lines: Line[]): Line[] {
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    // A marker in the first third is a heading inside the story, not the tail.
    if (seen > total / 3 && isMarker(lines[i].folded)) {
      if (!LINK_BOX_MARKER_RE.test(lines[i].folded) || !lines.slice(i + 1).some(isProse)) return lines.slice(0, i);
      let end = i + 1;
      while (end < lines.length && !isProse(lines[end])) end++;
      return [...lines.slice(0, i), ...cutTail(lines.slice(end))];
    }
    seen += lines[i].text.length;
  }
  return lines;
}

/** Short lines after the last sentence: tags, dates, view counts, stray codes. */
function trimTrailingStubs(lines: string[]): string[] {
  let end = lines.length;
  while (end > 1 && letters(lines[end - 1]) < 40 && !SENTENCE_END_RE.test(lines[end - 1])) end--;
  return lines.slice(0, end);
}

// «صفحه اقتصادی», «گروه سیاسی», «سرویس ورزشی»: the desk or page a story is filed under, above it.
const DESK_LABEL_RE = /^(?:صفحه|گروه|سرویس|بخش|دبیرخانه|میز) [\p{L}\u200c ]{2,25}$/u;

// «12:15 03.08.2026 (به‌روز شده: 13:02 03.08.2026)»: times and numeric dates with a word or two.
const TIME_OR_DATE_RE = /\p{Nd}{1,2}:\p{Nd}{2}|\p{Nd}{1,4}[./-]\p{Nd}{1,2}[./-]\p{Nd}{2,4}/gu;
const isTimestampRow = (line: string) => letters(line) < 20 && (line.match(TIME_OR_DATE_RE)?.length ?? 0) >= 2;

// A story may open with one short line of its own (an overline, a heading); three or more are a card.
const MIN_CARD_LINES = 3;

/**
 * Short lines before the first sentence: the date, time and code row, the desk's label, and a
 * fact card of label/value rows («از سپاهان», «مبلغ انتقال ۲٫۲ میلیون یورو») above the lead.
 */
function trimLeadingStubs(lines: string[]): string[] {
  const short = (line: string) => letters(line) < 40 && !SENTENCE_END_RE.test(line);
  let run = 0;
  while (run < lines.length - 1 && short(lines[run])) run++;
  if (run >= MIN_CARD_LINES) return lines.slice(run);
  let start = 0;
  const stub = (line: string) => (short(line) && (DIGIT_RE.test(line) || DESK_LABEL_RE.test(line))) || isTimestampRow(line);
  while (start < lines.length - 1 && stub(lines[start])) start++;
  return lines.slice(start);
}

/** Story paragraphs out of Readability's paragraphs: chrome lines and tail boxes dropped. */
export function cleanParagraphs(paragraphs: string[], title = ''): string[] {
  // «🔴 headline» on a Telegram post: marks before the letters do not make it another line.
  const titleKey = foldForMatch(title).replace(/\s+/g, ' ').trim();
  const sameAsTitle = (folded: string) => !!titleKey && folded.replace(/\s+/g, ' ').replace(LEADING_MARKS_RE, '').trim() === titleKey;
  let lines: Line[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.replace(TRAILING_SIGNOFF_RE, '').trim();
    const folded = foldForMatch(text);
    if (text && !sameAsTitle(folded)) lines.push({ text, folded });
  }
  lines = cutTail(dropReadMore(lines));
  return trimLeadingStubs(trimTrailingStubs(lines.filter((l) => !isChromeLine(l.text, l.folded)).map((l) => l.text)));
}
