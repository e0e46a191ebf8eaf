// npm run bench [-- --no-build] [--write] [--quick]
// Speed and size of the extension, measured against Readability's own parse in the same run.
// Prints a table, then (last line) one JSON object with the headline figures. `--write`
// also records the table in BENCHMARKS.md with the machine it ran on.
import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeDocument } from '../utils/analyze-document';
import { detectArticle } from '../utils/detect';
import { parseHtml } from './lib/dom';
import { ROOT, startServer } from './lib/fixture-server';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from './lib/extension-browser';
import { buildLargeArticle, persianArticlePages, type BenchPage } from './lib/bench-pages';
import { median, round, table, timeMs } from './lib/bench-stats';
import { buildLibrary, fixtureAnalyses } from './lib/bench-library';
import { detectRunsInBrowser, fillStorage, measureLibrary } from './lib/bench-browser';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const LIBRARY_SIZE = 5000;
const SEARCH_QUERY = 'قیمت خودرو';
const BUDGETS = { analysis_ratio: 1.5, detect_ratio: 0.1, detect_ms_1mb: 5, content_script_kb_gz: 40, popup_kb_gz: 60 };

interface PageTimes { name: string; kb: number; readability: number; analysis: number; detect: number }

/** Medians of Readability, the full analysis and detection on one jsdom document; the order rotates each round. */
function timePage(page: BenchPage, warmup: number, rounds: number): PageTimes {
  const doc = parseHtml(page.html, page.url);
  const tasks = {
    readability: () => new Readability(doc.cloneNode(true) as Document).parse(),
    analysis: () => analyzeDocument(doc, page.url),
    detect: () => detectArticle(doc),
  };
  const names = Object.keys(tasks) as (keyof typeof tasks)[];
  const runs: Record<keyof typeof tasks, number[]> = { readability: [], analysis: [], detect: [] };
  for (let r = 0; r < warmup + rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length];
      // Detection is ~100× faster than the others: time several calls to get above timer noise.
      const ms = name === 'detect' ? timeMs(() => { for (let i = 0; i < 10; i++) tasks.detect(); }) / 10 : timeMs(tasks[name]);
      if (r >= warmup) runs[name].push(ms);
    }
  }
  return {
    name: page.name,
    kb: Math.round(Buffer.byteLength(page.html) / 1024),
    readability: median(runs.readability),
    analysis: median(runs.analysis),
    detect: median(runs.detect),
  };
}

function gzKb(files: string[]): number {
  return files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;
}

/** popup.html's module scripts and every chunk they import, statically or dynamically. */
function popupScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => resolve(dir, '.' + m[1].replace(/^\.?/, '')));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js|\/[^"'`]+\.js)["'`]/g)) {
      const spec = m[1];
      queue.push(spec.startsWith('/') ? resolve(dir, '.' + spec) : resolve(file, '..', spec));
    }
  }
  return [...seen];
}

function buildExtension(): void {
  if (args.has('--no-build')) return;
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const out = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    console.error(`bench: wxt build failed, measuring the existing .output/chrome-mv3\n${out.slice(-1500)}`);
  }
}

function machine(): string {
  let chromium = '';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    chromium = 'unknown';
  }
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${chromium}`;
}

async function main(): Promise<void> {
  const out: string[] = [];
  const log = (line = '') => { out.push(line); console.log(line); };

  // ---- Node: analysis and detection against Readability, same jsdom documents ----
  const large: BenchPage = { name: 'large-1mb (built)', url: 'https://news.example.invalid/fa/news/123456', html: buildLargeArticle(1_000_000) };
  const fixtures = persianArticlePages();
  const times: PageTimes[] = fixtures.map((p) => timePage(p, 2, QUICK ? 3 : 7));
  const largeTimes = timePage(large, 1, QUICK ? 1 : 3);
  const all = [...times, largeTimes];
  const sum = (key: 'readability' | 'analysis' | 'detect', list = all) => list.reduce((n, t) => n + t[key], 0);
  const analysisRatio = sum('analysis') / sum('readability');
  const detectRatio = sum('detect') / sum('readability');
  const perPage = (key: 'analysis' | 'detect') => median(times.map((t) => t[key] / t.readability));

  // ---- Sizes of the built extension ----
  buildExtension();
  const contentKb = gzKb([join(EXTENSION_DIR, 'content-scripts/content.js')]);
  const popupFiles = popupScripts(EXTENSION_DIR);
  const popupKb = gzKb(popupFiles);

  // ---- Chromium: detection on the 1 MB page; the saved list with 5,000 articles ----
  const server = await startServer();
  const browser = await launchWithExtension();
  let detectMs = NaN;
  let detectVerdict: unknown;
  let lib: Awaited<ReturnType<typeof measureLibrary>> | null = null;
  try {
    const detect = await detectRunsInBrowser(browser, server, large.html, QUICK ? 20 : 60);
    detectMs = median(detect.runs);
    detectVerdict = detect.verdict;
    const { articles, index } = buildLibrary(LIBRARY_SIZE, fixtureAnalyses());
    await fillStorage(browser, articles, index);
    lib = await measureLibrary(browser, articles, index, SEARCH_QUERY, QUICK ? 2 : 5);
  } finally {
    await browser.close();
    await server.close();
  }

  const result = {
    analysis_ratio: round(analysisRatio, 3),
    detect_ratio: round(detectRatio, 4),
    detect_ms_1mb: round(detectMs, 2),
    content_script_kb_gz: round(contentKb, 1),
    popup_kb_gz: round(popupKb, 1),
    list_5000_first_render_ms: round(median(lib?.firstRender ?? []), 1),
    search_5000_ms: round(median(lib?.keystrokes ?? []), 1),
  };

  const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
  log('Per page (jsdom, medians, ms):');
  log(table([
    ['page', 'KB', 'Readability', 'analysis', 'detect', 'analysis/R', 'detect/R'],
    ...all.map((t) => [t.name, t.kb, ms(t.readability), ms(t.analysis), ms(t.detect), (t.analysis / t.readability).toFixed(2), (t.detect / t.readability).toFixed(3)]),
    [`all ${all.length} pages (sums)`, '', ms(sum('readability')), ms(sum('analysis')), ms(sum('detect')), analysisRatio.toFixed(2), detectRatio.toFixed(3)],
    [`${times.length} fixtures (sums)`, '', ms(sum('readability', times)), ms(sum('analysis', times)), ms(sum('detect', times)),
      (sum('analysis', times) / sum('readability', times)).toFixed(2), (sum('detect', times) / sum('readability', times)).toFixed(3)],
    [`${times.length} fixtures (median of ratios)`, '', '', '', '', perPage('analysis').toFixed(2), perPage('detect').toFixed(3)],
  ]));
  log();
  const verdict = detectVerdict as { isArticle?: boolean; language?: string } | undefined;
  log(table([
    ['figure', 'value', 'budget', 'ok'],
    ['analysis_ratio (Σ analysis ÷ Σ Readability, all pages)', result.analysis_ratio, BUDGETS.analysis_ratio, result.analysis_ratio <= BUDGETS.analysis_ratio ? 'yes' : 'NO'],
    ['detect_ratio (Σ detect ÷ Σ Readability, all pages)', result.detect_ratio, BUDGETS.detect_ratio, result.detect_ratio <= BUDGETS.detect_ratio ? 'yes' : 'NO'],
    [`detect_ms_1mb (Chromium, median of runs; verdict ${verdict?.isArticle}/${verdict?.language})`, result.detect_ms_1mb, BUDGETS.detect_ms_1mb, result.detect_ms_1mb <= BUDGETS.detect_ms_1mb ? 'yes' : 'NO'],
    ['content_script_kb_gz', result.content_script_kb_gz, BUDGETS.content_script_kb_gz, result.content_script_kb_gz <= BUDGETS.content_script_kb_gz ? 'yes' : 'NO'],
    [`popup_kb_gz (${popupFiles.length} files)`, result.popup_kb_gz, BUDGETS.popup_kb_gz, result.popup_kb_gz <= BUDGETS.popup_kb_gz ? 'yes' : 'NO'],
    [`list_5000_first_render_ms (click → first .saved-item in the DOM; next frame ${ms(median(lib?.firstRenderFrame ?? []))})`, result.list_5000_first_render_ms, '', ''],
    [`search first keystroke «${[...SEARCH_QUERY][0]}» (loads all, builds the index)`, round(median(lib?.indexBuild ?? []), 1), '', ''],
    [`search_5000_ms (later keystrokes of «${SEARCH_QUERY}», ${lib?.measuredKeys ?? 0} per round, ${lib?.keystrokes.length ?? 0} samples)`, result.search_5000_ms, '', ''],
  ]));
  log();
  log(`machine: ${machine()}; ${new Date().toISOString().slice(0, 10)}`);

  if (args.has('--write')) writeBenchmarks(out.join('\n'), result);
  console.log(JSON.stringify(result));
}

const NOTES_HEADING = '## Notes';

function writeBenchmarks(report: string, result: object): void {
  const file = join(ROOT, 'BENCHMARKS.md');
  // Hand-written findings below «## Notes» survive a rerun.
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const notes = previous.includes(NOTES_HEADING) ? `\n${previous.slice(previous.indexOf(NOTES_HEADING))}` : '';
  const text = `# Benchmarks

Latest run of \`npm run bench -- --write\` (\`scripts/bench.ts\`). Every figure is measured in the same run;
speed is compared with Readability's own parse (\`new Readability(doc.cloneNode(true)).parse()\`) on the
same jsdom documents, so the ratios hold across machines better than the milliseconds do.

- **Pages**: the Persian fixture articles (\`tests/fixtures/pages/*/source.html\`) and one ≈1 MB page built from their
  real paragraphs inside news-site chrome (menus, related lists, comments; \`scripts/lib/bench-pages.ts\`).
  Medians of 7 rounds per fixture (3 on the large page) after warm-up; the order of the three tasks rotates.
- **analysis_ratio** = Σ median \`analyzeDocument\` ÷ Σ median Readability over all pages (the large page dominates);
  per-page ratios and the fixtures alone are in the table. Budget ≤ 1.5.
- **detect_ratio** = the same with \`detectArticle\`. Budget ≤ 0.1.
- **detect_ms_1mb**: \`utils/detect.ts\` bundled by esbuild, injected into the 1 MB page served from 127.0.0.1 in Chromium,
  median of 60 in-page runs. Budget ≤ 5 ms.
- **Sizes**: gzip level 9 of \`.output/chrome-mv3/content-scripts/content.js\` and of popup.html's module script with
  every chunk it imports, statically or lazily (the export chunk counts; fonts and CSS apart). Budgets ≤ 40 and ≤ 60 KB.
- **Saved list**: 5,000 saved articles (real analyses of the fixtures under distinct addresses, with notes and tags;
  ≈18 MB) written from the service worker in the layout of \`utils/storage.ts\`; the popup opened 5 times; time from the
  click on «ذخیره‌شده‌ها» to the first \`.saved-item\` in the DOM (in-page \`performance.now()\`). Search: each keystroke
  of «${SEARCH_QUERY}» that changes the list, from the input event to the list's DOM change; the first keystroke loads every
  article and builds the index and is reported apart.

\`\`\`
${report}
\`\`\`

\`\`\`json
${JSON.stringify(result)}
\`\`\`
${notes}`;
  writeFileSync(file, text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
