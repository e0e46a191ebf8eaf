// CLI: npm run --silent analyze -- [--summary-sentences N] FILE.html...
// Prints one JSON object per line per file, in order.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../utils/analyze-document';
import { DEFAULT_ANALYSIS_OPTIONS } from '../utils/types';
import { parseHtml } from './lib/dom';

const HELP = `Usage: npm run --silent analyze -- [--summary-sentences N] FILE.html...

Analyzes saved news pages exactly as the extension does, offline, and prints one
JSON object per line per file, in the order given:
  {"file","isArticle","language","title","site","published","text","summary",
   "speakers":[{"name","role","quotes"}],"figures":[{"value","unit","text","sentence","kind"}]}

Options:
  --summary-sentences N   sentences in the summary (default ${DEFAULT_ANALYSIS_OPTIONS.summarySentences}, as the popup)
  -h, --help              this help

Exit status: 0 when every file was analyzed; 1 when a file could not be read
(the error goes to stderr, the other files are still printed); 2 on bad usage.`;

function parseArgs(argv: string[]): { files: string[]; summarySentences: number } {
  const files: string[] = [];
  let summarySentences = DEFAULT_ANALYSIS_OPTIONS.summarySentences;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      console.log(HELP);
      process.exit(0);
    } else if (arg === '--summary-sentences' || arg.startsWith('--summary-sentences=')) {
      const raw = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1 || n > 20) usage(`--summary-sentences takes a whole number from 1 to 20, not "${raw ?? ''}"`);
      summarySentences = n;
    } else if (arg.startsWith('-') && arg !== '-') {
      usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) usage('no file given');
  return { files, summarySentences };
}

function usage(message: string): never {
  console.error(`analyze: ${message}\n\n${HELP}`);
  process.exit(2);
}

const { files, summarySentences } = parseArgs(process.argv.slice(2));
let failed = false;
for (const file of files) {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`analyze: cannot read ${file}: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const doc = parseHtml(html, pathToFileURL(file).href);
  const a = analyzeDocument(doc, doc.URL, { summarySentences });
  const line = {
    file: basename(file), isArticle: a.isArticle, language: a.language, title: a.title, site: a.site,
    published: a.published, text: a.text, summary: a.summary,
    speakers: a.speakers.map(({ name, role, quotes }) => ({ name, role, quotes })),
    figures: a.figures.map(({ value, unit, text, sentence, kind }) => ({ value, unit, text, sentence, kind })),
    ...(a.reason ? { reason: a.reason } : {}),
  };
  console.log(JSON.stringify(line));
}
process.exit(failed ? 1 : 0);
