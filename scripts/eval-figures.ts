// CLI: npx tsx scripts/eval-figures.ts [--verbose] [--json] [--held-out | --set NAME]
// Precision, recall and F1 of the key figures (count, percent, money, measure) against the
// hand-annotated dev set tests/fixtures/figures/dev.json (or, with --held-out, the blind
// tests/fixtures/figures/heldout.json; with --set NAME, tests/fixtures/figures/NAME.json, whose
// texts were written for the set and are given inline). A prediction matches a gold figure
// when value and kind agree and one unit's matchKey contains the other's («تومانی» ⊃ «تومان»).
// Predictions are counted once per distinct value+kind+unit in an article, as the gold is.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../utils/sentences';
import { extractFigures } from '../utils/figures';
import { matchKey } from '../utils/normalize';
import { KEY_FIGURE_KINDS, type FigureKind } from '../utils/types';

const HERE = dirname(fileURLToPath(import.meta.url));
const setArg = process.argv.indexOf('--set');
const SET_NAME = setArg > 0 ? process.argv[setArg + 1] : process.argv.includes('--held-out') ? 'heldout' : 'dev';
const DEV = resolve(HERE, `../tests/fixtures/figures/${SET_NAME}.json`);
const CORPUS = resolve(HERE, '../../shared/corpus/nlp/summarization/persian_news_leads_2025.jsonl');

interface GoldFigure { value: number; unit: string; kind: FigureKind }
/** A corpus row's figures, or (written sets) a text given inline as `article`. */
interface GoldArticle { row?: number; id: string; title: string; article?: string; figures: GoldFigure[] }
interface Scored { row: number | string; missed: GoldFigure[]; extra: GoldFigure[]; hits: number }

export function sameFigure(a: GoldFigure, b: GoldFigure): boolean {
  if (a.kind !== b.kind) return false;
  if (Math.abs(a.value - b.value) > 1e-9 * Math.max(1, Math.abs(a.value))) return false;
  const ua = matchKey(a.unit);
  const ub = matchKey(b.unit);
  return ua.includes(ub) || ub.includes(ua);
}

export function keyFiguresOf(article: string): GoldFigure[] {
  const seen = new Set<string>();
  const out: GoldFigure[] = [];
  for (const f of extractFigures(splitSentences(article))) {
    if (!KEY_FIGURE_KINDS.includes(f.kind)) continue;
    const key = `${f.value}|${f.kind}|${matchKey(f.unit)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value: f.value, unit: f.unit, kind: f.kind });
  }
  return out;
}

function score(gold: GoldArticle, predicted: GoldFigure[]): Scored {
  const missed: GoldFigure[] = [];
  const left = [...predicted];
  for (const g of gold.figures) {
    const k = left.findIndex((p) => sameFigure(g, p));
    if (k < 0) missed.push(g);
    else left.splice(k, 1);
  }
  return { row: gold.row ?? gold.id, missed, extra: left, hits: gold.figures.length - missed.length };
}

function main(): void {
  const dev: { articles: GoldArticle[] } = JSON.parse(readFileSync(DEV, 'utf8'));
  const rows: { article: string }[] = readFileSync(CORPUS, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const started = performance.now();
  const scored = dev.articles.map((a) => score(a, keyFiguresOf(a.article ?? rows[a.row!].article)));
  const msPerArticle = (performance.now() - started) / dev.articles.length;
  const hits = scored.reduce((n, s) => n + s.hits, 0);
  const gold = dev.articles.reduce((n, a) => n + a.figures.length, 0);
  const predicted = hits + scored.reduce((n, s) => n + s.extra.length, 0);
  const precision = predicted ? hits / predicted : 1;
  const recall = gold ? hits / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const report = { articles: dev.articles.length, gold, predicted, hits, precision, recall, f1, msPerArticle };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  if (process.argv.includes('--verbose')) {
    const show = (f: GoldFigure) => `${f.kind} ${f.value} ${f.unit}`;
    for (const s of scored) {
      for (const m of s.missed) console.log(`row ${s.row} MISSED ${show(m)}`);
      for (const e of s.extra) console.log(`row ${s.row} EXTRA  ${show(e)}`);
    }
  }
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`key figures: ${dev.articles.length} articles, gold ${gold}, predicted ${predicted}, matched ${hits}`);
  console.log(`precision ${pct(precision)}%  recall ${pct(recall)}%  F1 ${pct(f1)}%  (${msPerArticle.toFixed(2)} ms/article)`);
}

main();
