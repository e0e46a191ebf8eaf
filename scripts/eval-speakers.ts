// CLI: npx tsx scripts/eval-speakers.ts [--verbose] [--set LABEL[,LABEL…]]   (e.g. --set written7,arman3; default: every set)
// Speaker extraction against hand annotations of the agency-lead corpus
// (tests/fixtures/speakers/dev.json, heldout.json and heldout2.json) and of single sentences of the ARMAN NER
// corpus (arman-heldout{,2,…,14}.json; set 1 from test_fold1, set 2 from test_fold2, sets 3–7 from the rest of test_fold3, window by window, set 8 from test_fold1 1196..1800, set 9 from test_fold2 789..1182, set 10 from test_fold1 1802..2257, set 11 from test_fold2 1183..1817, set 12 from test_fold2 1819..2161, set 13 from test_fold1 2258..2555, set 14 from test_fold2 2162..2541: references only, the text is read from ../shared/corpus because ARMAN
// is for research use and is not redistributed), and of texts written for a set (every written<N>.json; the
// text is inline): speaker precision/recall/F1 matched on
// matchKey of the name (a leading «سید» optional), role accuracy and statement-count accuracy
// over matched speakers.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitSentences } from '../utils/sentences';
import { extractSpeakers } from '../utils/speakers';
import { repairHalfSpaces } from '../utils/halfspace';
import { matchKey } from '../utils/normalize';

interface GoldSpeaker { name: string; role: string | string[]; statements: number }
/** A corpus row's speakers by id, or (written sets) a text given inline as `article`. */
interface GoldText { id: string; article?: string; speakers: GoldSpeaker[] }
interface ArmanSentence { ref: string; check: string; speakers: { name: string; role: string | string[] }[]; ambiguous?: boolean }

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/nlp/summarization/persian_news_leads_2025.jsonl');
const verbose = process.argv.includes('--verbose');
const setArg = process.argv.indexOf('--set');
/** Labels to run (a set still being written is never even read unless named). */
const onlySets = setArg > 0 ? new Set(process.argv[setArg + 1].split(',')) : null;

const articles = new Map<string, string>();
for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { id: string; article: string };
  articles.set(row.id, row.article);
}

const ARMAN = resolve(ROOT, '../shared/corpus/nlp/ner/arman');
const armanFolds = new Map<string, string[][]>();
/** The tokens of one ARMAN sentence ("arman:<file>:<index>", sentences separated by blank lines). */
function armanTokens(ref: string): string[] {
  const [, file, index] = ref.split(':');
  if (!armanFolds.has(file)) {
    const sentences = readFileSync(resolve(ARMAN, `${file}.txt`), 'utf8').replace(/\r/g, '').split(/\n\s*\n/);
    armanFolds.set(file, sentences.map((s) => s.split('\n').filter(Boolean).map((line) => line.split(' ')[0])));
  }
  return armanFolds.get(file)![Number(index)];
}
/** Tokens back to running text: no space before closing punctuation or after an opening one. */
const detokenize = (tokens: string[]) =>
  tokens.join(' ').replace(/ ([.,:;!?،؛؟»)\]])/g, '$1').replace(/([«(\[]) /g, '$1');

const nameKey = (s: string) => matchKey(s).replace(/^سید(?!ه)/, '');
// Roles compare without brackets and punctuation: «… ساتبا (سازمان …)» and «… ساتبا» are both right.
const roleKey = (s: string) => matchKey(s.replace(/\([^)]*\)/g, '')).replace(/[،,.()«»]/g, '');

const readGold = <T>(file: string): T => JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/speakers', file), 'utf8'));

function corpusTexts(file: string): (GoldText & { article: string })[] {
  return readGold<{ texts: GoldText[] }>(file).texts.map((text) => {
    const article = text.article ?? articles.get(text.id);
    if (article === undefined) throw new Error(`unknown id ${text.id}`);
    return { ...text, article };
  });
}

/** Each ARMAN sentence is a text of its own with one statement per speaker; unclear ones are left out. */
function armanTexts(file: string): (GoldText & { article: string })[] {
  return readGold<{ sentences: ArmanSentence[] }>(file).sentences.filter((s) => !s.ambiguous).map((s) => {
    const tokens = armanTokens(s.ref);
    if (tokens.slice(0, 3).join(' ') !== s.check) throw new Error(`${s.ref} is not «${s.check}…»`);
    return { id: s.ref, article: detokenize(tokens), speakers: s.speakers.map((g) => ({ ...g, statements: 1 })) };
  });
}

function evaluate(texts: (GoldText & { article: string })[]) {
  let tp = 0, fp = 0, fn = 0, rolesRight = 0, countsRight = 0, countsOff = 0;
  for (const text of texts) {
    const paragraphs = text.article.split(/\n+/).map(repairHalfSpaces).join('\n\n');
    const found = extractSpeakers(splitSentences(paragraphs));
    const unmatched = new Set(found);
    for (const g of text.speakers) {
      const s = found.find((f) => unmatched.has(f) && nameKey(f.name) === nameKey(g.name));
      if (!s) {
        fn++;
        if (verbose) console.log(`  ${text.id} MISSED ${g.name}`);
        continue;
      }
      unmatched.delete(s);
      tp++;
      const roles = Array.isArray(g.role) ? g.role : [g.role];
      const roleOk = roles.some((r) => roleKey(r) === roleKey(s.role));
      if (roleOk) rolesRight++;
      if (s.quotes.length === g.statements) countsRight++;
      countsOff += Math.abs(s.quotes.length - g.statements);
      if (verbose && (!roleOk || s.quotes.length !== g.statements)) {
        console.log(`  ${text.id} ${g.name}: role «${s.role}» vs «${roles[0]}»; statements ${s.quotes.length} vs ${g.statements}`);
      }
    }
    for (const s of unmatched) {
      fp++;
      if (verbose) console.log(`  ${text.id} SPURIOUS ${s.name} («${s.role}», ${s.quotes.length})`);
    }
  }
  const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
  return {
    texts: texts.length, gold: tp + fn, found: tp + fp, precision: p, recall: r,
    f1: p + r ? (2 * p * r) / (p + r) : 0, roleAccuracy: rolesRight / Math.max(1, tp),
    statementCountAccuracy: countsRight / Math.max(1, tp), meanStatementError: countsOff / Math.max(1, tp),
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log('set        texts gold found      P      R     F1   role  count  |Δcount|');
const sets = [
  ['dev', () => corpusTexts('dev.json')],
  ['held-out', () => corpusTexts('heldout.json')],
  ['held-out2', () => corpusTexts('heldout2.json')],
  ['arman', () => armanTexts('arman-heldout.json')],
  ['arman2', () => armanTexts('arman-heldout2.json')],
  ['arman3', () => armanTexts('arman-heldout3.json')],
  ['arman4', () => armanTexts('arman-heldout4.json')],
  ['arman5', () => armanTexts('arman-heldout5.json')],
  ['arman6', () => armanTexts('arman-heldout6.json')],
  ['arman7', () => armanTexts('arman-heldout7.json')],
  ['arman8', () => armanTexts('arman-heldout8.json')],
  ['arman9', () => armanTexts('arman-heldout9.json')],
  ['arman10', () => armanTexts('arman-heldout10.json')],
  ['arman11', () => armanTexts('arman-heldout11.json')],
  ['arman12', () => armanTexts('arman-heldout12.json')],
  ['arman13', () => armanTexts('arman-heldout13.json')],
  ['arman14', () => armanTexts('arman-heldout14.json')],
  ...readdirSync(resolve(ROOT, 'tests/fixtures/speakers')).filter((f) => /^written\d+\.json$/.test(f)).sort((a, b) => parseInt(a.slice(7)) - parseInt(b.slice(7)))
    .map((f) => [f.replace('.json', ''), () => corpusTexts(f)] as const),
] as const;
for (const [label, load] of sets) {
  if (onlySets && !onlySets.has(label)) continue;
  if (verbose) console.log(label + ':');
  const m = evaluate(load());
  console.log(
    `${label.padEnd(10)} ${String(m.texts).padStart(5)} ${String(m.gold).padStart(4)} ${String(m.found).padStart(5)} ` +
      `${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${pct(m.roleAccuracy)} ${pct(m.statementCountAccuracy)} ${m.meanStatementError.toFixed(2).padStart(8)}`,
  );
}
