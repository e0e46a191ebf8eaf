// CLI: npm run eval [-- --verbose] [--json] [--no-summary] [--dir <folder>]
// Scores the whole pipeline on the fixture pages (tests/fixtures/pages, seed included; --dir scores
// another folder of <case>/{source.html,expected.json}, e.g. tests/fixtures/heldout) and,
// when scripts/eval/summary.ts is present, the summary's ROUGE against agency leads.
// Exits 1 when a headline number falls below its threshold (printed with the table).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFixtures, prf, type CaseScore, type FixtureSummary } from './eval/fixtures';

/**
 * The product's targets on unseen pages (detection right on every clear case, body F1 ≥ 0.97
 * with no leak, speakers F1 ≥ 0.9 with roles ≥ 80 %, figures F1 ≥ 0.9); statement counts are
 * held to 80 %. Each is a fraction 0–1 except maxLeaks (boilerplate strings found in article texts).
 */
export const THRESHOLDS = {
  isArticleAccuracy: 1,
  languageAccuracy: 1,
  bodyF1: 0.97,
  maxLeaks: 0,
  speakersF1: 0.9,
  roleAccuracy: 0.8,
  statementAccuracy: 0.8,
  figuresF1: 0.9,
};

const argv = process.argv.slice(2);
const args = new Set(argv);
const dirAt = argv.indexOf('--dir');
if (dirAt >= 0 && !argv[dirAt + 1]) throw new Error('--dir needs a folder');
const fixtureDir = dirAt >= 0 ? resolve(process.cwd(), argv[dirAt + 1]) : undefined;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const yes = (b: boolean | null) => (b === null ? '·' : b ? '✓' : '✗');

function caseRow(s: CaseScore): string {
  const det = `${yes(s.got.isArticle === s.gold.isArticle)}${yes(s.got.language === s.gold.language)}`;
  const body = s.body ? pct(s.body.f1) : '     ·';
  const sp = s.scoredBody ? prf(s.speakers) : null;
  const fi = s.scoredBody ? prf(s.figures) : null;
  return [
    s.name.padEnd(34), det.padEnd(3), body, `${yes(s.startsOk)}${yes(s.endsOk)}`.padEnd(3),
    String(s.leaks.length).padStart(3),
    sp ? `${s.speakers.tp}/${s.speakers.tp + s.speakers.fn}+${s.speakers.fp}`.padStart(8) : '       ·',
    sp ? `${s.roles.ok}/${s.roles.total}`.padStart(5) : '    ·',
    sp ? `${s.statements.ok}/${s.statements.total}`.padStart(5) : '    ·',
    fi ? `${s.figures.tp}/${s.figures.tp + s.figures.fn}+${s.figures.fp}`.padStart(8) : '       ·',
    `${s.ms.toFixed(0)}ms`.padStart(7),
  ].join(' ');
}

function printCases(scores: CaseScore[]): void {
  console.log('\nPer case  (det = isArticle,language; body = bag-of-words F1; s/e = text starts/ends as gold;');
  console.log('          leak = boilerplate strings in the text; speakers/figures = found/gold+extra; roles, stmts = right/matched)');
  console.log(`${'case'.padEnd(34)} det   body s/e leak speakers roles stmts  figures    time`);
  for (const s of scores) {
    console.log(caseRow(s));
    if (s.leaks.length) console.log(`${' '.repeat(36)}leaks: ${s.leaks.join(' | ')}`);
    if (s.speakersNever.length) console.log(`${' '.repeat(36)}speakers that must not be: ${s.speakersNever.join(' | ')}`);
  }
}

function check(name: string, value: number, floor: number, fmt = pct): [string, boolean] {
  const ok = value >= floor;
  return [`${name.padEnd(34)} ${fmt(value)}   (threshold ${fmt(floor).trim()}) ${ok ? 'ok' : 'BELOW'}`, ok];
}

function printSummary(m: FixtureSummary): boolean {
  console.log(`\nFixture pages${fixtureDir ? ` (${fixtureDir})` : ''}: ${m.cases} cases, ${m.articles} Persian articles scored, ${m.msPerPage.toFixed(0)} ms/page`);
  const lines: [string, boolean][] = [
    check('Detection: isArticle accuracy', m.isArticleAccuracy, THRESHOLDS.isArticleAccuracy),
    check('Detection: language accuracy', m.languageAccuracy, THRESHOLDS.languageAccuracy),
    check('Body: mean bag-of-words F1', m.bodyF1, THRESHOLDS.bodyF1),
    [`${'Body: boilerplate leaks'.padEnd(34)} ${String(m.leaks).padStart(6)}   (threshold ≤ ${THRESHOLDS.maxLeaks}) in ${m.leakCases} cases ${m.leaks <= THRESHOLDS.maxLeaks ? 'ok' : 'ABOVE'}`, m.leaks <= THRESHOLDS.maxLeaks],
    check('Speakers: F1', m.speakers.f1, THRESHOLDS.speakersF1),
    check('Speakers: role accuracy', m.roleAccuracy, THRESHOLDS.roleAccuracy),
    check('Speakers: statement-count accuracy', m.statementAccuracy, THRESHOLDS.statementAccuracy),
    check('Figures: F1 (key figures)', m.figures.f1, THRESHOLDS.figuresF1),
  ];
  for (const [line] of lines) console.log(line);
  console.log(`${'Body: starts / ends as gold'.padEnd(34)} ${m.startsOk}/${m.articles} / ${m.endsOk}/${m.articles}`);
  console.log(`${'Title / published right'.padEnd(34)} ${pct(m.titleAccuracy)} / ${pct(m.publishedAccuracy)}`);
  console.log(`${'Speakers: P / R (tp fp fn)'.padEnd(34)} ${pct(m.speakers.precision)} / ${pct(m.speakers.recall)}  (${m.speakers.tp} ${m.speakers.fp} ${m.speakers.fn}); never-speakers named: ${m.speakersNever}`);
  console.log(`${'Statements: mean abs error'.padEnd(34)} ${m.statementMeanAbsError.toFixed(2).padStart(6)}`);
  console.log(`${'Figures: P / R (tp fp fn)'.padEnd(34)} ${pct(m.figures.precision)} / ${pct(m.figures.recall)}  (${m.figures.tp} ${m.figures.fp} ${m.figures.fn})`);
  return lines.every(([, ok]) => ok);
}

async function printRouge(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  if (args.has('--no-summary') || !existsSync(resolve(here, 'eval/summary.ts'))) return;
  const mod = await import('./eval/summary');
  console.log('\nSummary vs agency leads (scripts/eval/summary.ts)');
  console.log(mod.formatSummaryTable(mod.evaluateSummaries()));
}

const started = performance.now();
const { scores, summary } = evaluateFixtures(fixtureDir);
if (args.has('--json')) {
  console.log(JSON.stringify({ summary, scores }, null, 1));
} else {
  if (args.has('--verbose') || args.has('-v')) printCases(scores);
  const ok = printSummary(summary);
  await printRouge();
  console.log(`\n${ok ? 'All thresholds met' : 'Some thresholds NOT met'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  process.exitCode = ok ? 0 : 1;
}
