// Summary evaluation: ROUGE-1/2/L F1 of `summarize` against the agency leads of real
// Persian news texts, beside the Lead-k baselines computed the same way at the same lengths.
// Rows whose article repeats its lead verbatim at the top are skipped (Lead-1 would be a copy).
// Rows alternate between a dev split (even rows) and a held-out split (odd rows) so the
// summarizer is not tuned to the numbers it is judged by.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../utils/sentences';
import { summarize } from '../../utils/summarize';
import { rouge } from '../lib/rouge';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SUMMARY_CORPUS = resolve(HERE, '../../../shared/corpus/nlp/summarization/persian_news_leads_2025.jsonl');

export interface SummaryRow {
  id: string;
  title: string;
  article: string;
  summary: string;
  article_starts_with_summary: boolean;
}

export type SplitName = 'dev' | 'held-out' | 'all';

export interface SystemScores {
  /** «Lead-1», «Chekideh@3», … */
  system: string;
  sentences: number;
  /** Mean F1 over the split's articles, 0–1. */
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export interface SplitReport {
  split: SplitName;
  articles: number;
  systems: SystemScores[];
}

export interface SummaryReport {
  corpus: string;
  rows: number;
  skipped: number;
  splits: SplitReport[];
  /** Mean time of one `summarize` call (split included), milliseconds. */
  msPerArticle: number;
}

type Summarizer = (row: SummaryRow, count: number) => string[];

const SYSTEMS: { name: string; count: number; run: Summarizer }[] = [
  { name: 'Lead-1', count: 1, run: (row, n) => lead(row, n) },
  { name: 'Chekideh@1', count: 1, run: (row, n) => ours(row, n) },
  { name: 'Lead-2', count: 2, run: (row, n) => lead(row, n) },
  { name: 'Chekideh@2', count: 2, run: (row, n) => ours(row, n) },
  { name: 'Lead-3', count: 3, run: (row, n) => lead(row, n) },
  { name: 'Chekideh@3', count: 3, run: (row, n) => ours(row, n) },
  // The popup may not know the title (analyze passes only the sentences): score that case too.
  { name: 'no-title@1', count: 1, run: (row, n) => ours(row, n, false) },
  { name: 'no-title@3', count: 3, run: (row, n) => ours(row, n, false) },
];

function lead(row: SummaryRow, count: number): string[] {
  return splitSentences(row.article).slice(0, count).map((s) => s.text);
}

function ours(row: SummaryRow, count: number, withTitle = true): string[] {
  return summarize(splitSentences(row.article), count, withTitle ? row.title : '');
}

export function loadSummaryRows(path = SUMMARY_CORPUS): SummaryRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SummaryRow);
}

function scoreSplit(split: SplitName, rows: SummaryRow[]): SplitReport {
  const systems = SYSTEMS.map(({ name, count, run }) => {
    const sums = { rouge1: 0, rouge2: 0, rougeL: 0 };
    for (const row of rows) {
      const s = rouge(run(row, count).join(' '), row.summary);
      sums.rouge1 += s.rouge1.f1;
      sums.rouge2 += s.rouge2.f1;
      sums.rougeL += s.rougeL.f1;
    }
    const n = rows.length || 1;
    return { system: name, sentences: count, rouge1: sums.rouge1 / n, rouge2: sums.rouge2 / n, rougeL: sums.rougeL / n };
  });
  return { split, articles: rows.length, systems };
}

function timeSummaries(rows: SummaryRow[]): number {
  const start = performance.now();
  for (const row of rows) summarize(splitSentences(row.article), 3, row.title);
  return rows.length ? (performance.now() - start) / rows.length : 0;
}

/** Scores every system on the dev, held-out and whole sets. */
export function evaluateSummaries(path = SUMMARY_CORPUS): SummaryReport {
  const all = loadSummaryRows(path);
  const indexed = all.map((row, i) => ({ row, i })).filter(({ row }) => !row.article_starts_with_summary);
  const dev = indexed.filter(({ i }) => i % 2 === 0).map(({ row }) => row);
  const heldOut = indexed.filter(({ i }) => i % 2 === 1).map(({ row }) => row);
  const kept = indexed.map(({ row }) => row);
  return {
    corpus: path,
    rows: all.length,
    skipped: all.length - kept.length,
    splits: [scoreSplit('dev', dev), scoreSplit('held-out', heldOut), scoreSplit('all', kept)],
    msPerArticle: timeSummaries(kept),
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** A plain-text table: one block per split, one line per system, F1 in percent. */
export function formatSummaryTable(report: SummaryReport): string {
  const lines = [
    `Summary vs agency leads (${report.rows} rows, ${report.skipped} skipped: article starts with its lead)`,
    'ROUGE F1 (%), tokens folded, punctuation dropped, ZWNJ joins words',
  ];
  for (const split of report.splits) {
    lines.push('', `${split.split} (${split.articles} articles)`, 'system        sents    R-1    R-2    R-L');
    for (const s of split.systems) {
      lines.push(`${s.system.padEnd(13)} ${String(s.sentences).padStart(5)}  ${pct(s.rouge1)}  ${pct(s.rouge2)}  ${pct(s.rougeL)}`);
    }
  }
  lines.push('', `summarize(): ${report.msPerArticle.toFixed(2)} ms per article (split included)`);
  return lines.join('\n');
}
