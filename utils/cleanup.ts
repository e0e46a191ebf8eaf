// Persian news boilerplate: the chrome around a story that Readability keeps because
// it sits inside the story's container (agency codes, «انتهای پیام», related-news
// boxes, tags, share rows, comment forms, AMP headers). Two passes: cheap element
// removal on the cloned document before Readability, then line rules on its paragraphs.
// Bylines («به گزارش خبرنگار ...») are body text and stay.
import { foldForMatch } from './normalize';

// Element removal before Readability. «form» is kept when it wraps the page (ASP.NET WebForms).
const REMOVE_TAGS = 'nav, footer, aside, script, style, noscript, iframe, template, svg, button, select, textarea, input, figcaption, [hidden], [aria-hidden="true"]';
const CHROME_ATTR_RE = /(^|[\s_-])(comments?|comment-?(form|list|box|section)|disqus|share|sharing|social|related|relate|more-?news|most-?(read|viewed|visited|popular)|popular|tags?|keywords?|breadcrumbs?|short-?link|print|send-?to|newsletter|footer|sidebar|navbar|menu|ticker|advert|ads|banner)([\s_-]|$)/i;
const MAX_CHROME_CANDIDATES = 3000;

// Lines that are never story text. Matched on the folded form (ي→ی, ك→ک, digits Latin).
const LINE_DROP_RE = new RegExp('^(' + [
  'کد خبر', 'کد مطلب', 'شناسه خبر', 'انتهای پیام', 'انتهای خبر', 'پایان پیام',
  'بیشتر بخوانید', 'بخوانید', 'اخبار مرتبط', 'مطالب مرتبط', 'خبرهای مرتبط', 'پیشنهاد (ما|سردبیر)',
  'پربازدیدترین', 'پربحث\u200c?ترین', 'پربیننده\u200c?ترین', 'آخرین اخبار', 'داغ\u200c?ترین',
  'نظرات', 'نظر شما', 'ارسال نظر', 'دیدگاه', 'اشتراک\u200c? ?گذاری', 'به اشتراک بگذارید',
  'عکس ?:', 'عکاس ?:', 'منبع ?:', 'منبع عکس', 'تصویر ?:', 'فیلم ?:',
  'برچسب\u200c?ها', 'برچسب ?:', 'کلمات کلیدی', 'کلیدواژه', 'لینک کوتاه', 'آدرس کوتاه',
  'چاپ', 'نسخه چاپی', 'ارسال به دوستان', 'ارسال به دوست', 'ذخیره', 'خروج از نسخه موبایل', 'نماد سایت',
  'تعداد بازدید', 'بازدید ?:', 'زمان مطالعه', 'کپی شد', 'تاریخ انتشار', 'مشاهده (بیشتر|همه)',
].join('|') + ')', 'u');
// Markers after which the rest is a related/most-read/comments box, not the story.
const TAIL_MARKER_RE = /^(اخبار مرتبط|مطالب مرتبط|خبرهای مرتبط|پربازدیدترین|پربحث\u200c?ترین|پربیننده\u200c?ترین|آخرین اخبار|نظرات|ارسال نظر|دیدگاه\u200c?ها|برچسب\u200c?ها|کلمات کلیدی|پیشنهاد (ما|سردبیر))/u;
// «انتهای پیام/ی» and agency codes glued to the end of the last paragraph.
const TRAILING_SIGNOFF_RE = /\s*(انتهای پیام|انتهای خبر|پایان پیام)\s*[\/\-–]?\s*[\p{L}\d]{0,4}\s*$/u;
const LETTER_RE = /\p{L}/gu;
const SENTENCE_END_RE = /[.!?؟:»)"]\s*$/;
const MAX_MARKER_CHARS = 40;

function letters(text: string): number {
  return text.match(LETTER_RE)?.length ?? 0;
}

function attrKey(el: Element): string {
  const cls = typeof el.className === 'string' ? el.className : '';
  return `${el.id} ${cls}`;
}

/** A <form> that holds the page's headline or body is a page wrapper, not a comment form. */
function isWrapperForm(form: Element): boolean {
  return form.id === 'aspnetForm' || !!form.querySelector('h1, article, [itemprop="articleBody"]');
}

function holdsStory(el: Element): boolean {
  return el.tagName === 'BODY' || el.tagName === 'HTML' || !!el.querySelector('h1, [itemprop="articleBody"]');
}

/** Removes menus, footers, comment, share, tag and related boxes from a cloned document. */
export function removeChrome(doc: Document): void {
  for (const el of [...doc.querySelectorAll(REMOVE_TAGS)]) el.remove();
  for (const form of [...doc.querySelectorAll('form')]) if (!isWrapperForm(form)) form.remove();
  const candidates = doc.body?.querySelectorAll('[class], [id]') ?? [];
  for (let i = 0; i < candidates.length && i < MAX_CHROME_CANDIDATES; i++) {
    const el = candidates[i];
    if (!el.isConnected || !CHROME_ATTR_RE.test(attrKey(el))) continue;
    if (el.getAttribute('itemprop') === 'articleBody' || holdsStory(el)) continue;
    el.remove();
  }
}

function isMarker(folded: string): boolean {
  return folded.length <= MAX_MARKER_CHARS && TAIL_MARKER_RE.test(folded);
}

/** A line with no story in it: boilerplate label, bare number, date or a lone short label. */
function isChromeLine(line: string, folded: string): boolean {
  if (LINE_DROP_RE.test(folded) && (folded.length <= 80 || /^(عکس|منبع|عکاس|تصویر)/.test(folded))) return true;
  return letters(line) === 0;
}

/** Drops the «بیشتر بخوانید» teaser: the marker and the headline line right after it. */
function dropReadMore(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const folded = foldForMatch(lines[i]);
    if (/^(بیشتر بخوانید|بخوانید|پیشنهاد (ما|سردبیر))\s*:?\s*$/.test(folded)) {
      const next = lines[i + 1];
      if (next && next.length < 150 && !SENTENCE_END_RE.test(next)) i++;
      continue;
    }
    out.push(lines[i]);
  }
  return out;
}

/** Cuts a related/most-read/comments box that follows the story. */
function cutTail(lines: string[]): string[] {
  const total = lines.reduce((n, l) => n + l.length, 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    // A marker in the first third is a heading inside the story, not the tail.
    if (seen > total / 3 && isMarker(foldForMatch(lines[i]))) return lines.slice(0, i);
    seen += lines[i].length;
  }
  return lines;
}

/** Short lines after the last sentence: tags, dates, view counts, stray codes. */
function trimTrailingStubs(lines: string[]): string[] {
  let end = lines.length;
  while (end > 1 && letters(lines[end - 1]) < 40 && !SENTENCE_END_RE.test(lines[end - 1])) end--;
  return lines.slice(0, end);
}

/** Story paragraphs out of Readability's paragraphs: chrome lines and tail boxes dropped. */
export function cleanParagraphs(paragraphs: string[], title = ''): string[] {
  const titleKey = foldForMatch(title).replace(/\s+/g, ' ').trim();
  let lines = paragraphs
    .map((p) => p.replace(TRAILING_SIGNOFF_RE, '').trim())
    .filter((p) => p && foldForMatch(p).replace(/\s+/g, ' ') !== titleKey);
  lines = cutTail(dropReadMore(lines));
  lines = lines.filter((p) => !isChromeLine(p, foldForMatch(p)));
  return trimTrailingStubs(lines);
}
