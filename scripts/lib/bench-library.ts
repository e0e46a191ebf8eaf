// A realistic saved library for the benchmarks: the fixture articles analyzed exactly as
// the popup does, saved many times over under distinct addresses, dates, notes and tags,
// in the layout of utils/storage.ts (`article:<id>` per article plus one `index` key).
import { analyzeDocument } from '../../utils/analyze-document';
import { articleFromAnalysis, compareNewestFirst, toIndexEntry, type IndexEntry, type SavedArticle } from '../../utils/library';
import { toPersianDigits } from '../../utils/normalize';
import type { Analysis } from '../../utils/types';
import { parseHtml } from './dom';
import { persianArticlePages } from './bench-pages';

const TAGS = ['اقتصاد', 'سیاست', 'ورزش', 'استان‌ها', 'محیط زیست', 'سلامت', 'بورس', 'حوادث', 'فرهنگ'];
const NOTES = [
  'برای گزارش هفتگی: ارقام را با آمار مرکز آمار مقایسه کنم.',
  'نقل‌قول وزیر را در یادداشت فردا بیاورم.',
  'پیگیری شود؛ خبر تکمیلی احتمالاً هفتهٔ بعد منتشر می‌شود.',
  '',
  '',
];

/** The Persian fixture articles, analyzed once. */
export function fixtureAnalyses(): Analysis[] {
  return persianArticlePages().map((p) => analyzeDocument(parseHtml(p.html, p.url), p.url)).filter((a) => a.isArticle);
}

/** `n` saved articles, newest first, each a real analysis under its own address and date. */
export function buildLibrary(n: number, analyses: Analysis[] = fixtureAnalyses()): { articles: SavedArticle[]; index: IndexEntry[] } {
  const start = Date.parse('2024-01-01T08:00:00Z');
  const articles: SavedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const base = analyses[i % analyses.length];
    const round = Math.floor(i / analyses.length);
    const url = `${base.url.replace(/[?#].*$/, '')}?n=${i}`;
    const analysis: Analysis = {
      ...base,
      url,
      canonicalUrl: url,
      // Later rounds read like follow-up stories of the same event.
      title: round ? `${base.title} (${toPersianDigits(round + 1)})` : base.title,
    };
    const saved = articleFromAnalysis(analysis, new Date(start + i * 37 * 60_000));
    saved.note = NOTES[i % NOTES.length];
    saved.tags = [TAGS[i % TAGS.length], ...(i % 3 === 0 ? [TAGS[(i + 4) % TAGS.length]] : [])];
    articles.push(saved);
  }
  articles.sort(compareNewestFirst);
  return { articles, index: articles.map(toIndexEntry) };
}
