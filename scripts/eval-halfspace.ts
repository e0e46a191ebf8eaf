// Measures repairHalfSpaces on clean text: takes the 80 news texts (ZWNJ intact), breaks
// them (ZWNJ deleted, or ZWNJ → space), repairs, and scores each ZWNJ against the original.
// Usage: npx tsx scripts/eval-halfspace.ts [corpusDir] [--errors]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repairHalfSpaces } from '../utils/halfspace';
import { ZWNJ } from '../utils/normalize';

const corpus = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/corpus';
const showErrors = process.argv.includes('--errors');
const articles = readFileSync(join(corpus, 'nlp/summarization/persian_news_leads_2025.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).article as string);

type Sep = '' | ' ' | 'z';
/** Non-space characters, each with the separator before it (ZWNJ wins over spaces). */
function skeleton(text: string): { chars: string; seps: Sep[] } {
  let chars = '';
  const seps: Sep[] = [];
  let sep: Sep = '';
  for (const ch of text) {
    if (ch === ZWNJ) sep = 'z';
    else if (ch === ' ') { if (sep !== 'z') sep = ' '; }
    else { chars += ch; seps.push(sep); sep = ''; }
  }
  return { chars, seps };
}

function context(chars: string, i: number): string {
  const from = Math.max(chars.lastIndexOf(' ', i - 12), 0);
  return chars.slice(Math.max(0, i - 10), i) + '|' + chars.slice(i, i + 8);
}

function score(mode: string, breakText: (t: string) => string) {
  let tp = 0, fp = 0, fn = 0;
  const fps = new Map<string, number>();
  const fns = new Map<string, number>();
  let ms = 0;
  let bytes = 0;
  for (const gold of articles) {
    const broken = breakText(gold);
    const t0 = performance.now();
    const out = repairHalfSpaces(broken);
    ms += performance.now() - t0;
    bytes += broken.length;
    const g = skeleton(gold);
    const o = skeleton(out);
    if (g.chars !== o.chars) throw new Error('repair changed letters');
    const plain = g.chars.replace(/\n/g, ' ');
    for (let i = 0; i < g.seps.length; i++) {
      const gz = g.seps[i] === 'z';
      const oz = o.seps[i] === 'z';
      if (gz && oz) tp++;
      else if (oz) { fp++; const c = context(plain, i); fps.set(c, (fps.get(c) ?? 0) + 1); }
      else if (gz) { fn++; const c = context(plain, i); fns.set(c, (fns.get(c) ?? 0) + 1); }
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(`${mode}: gold ZWNJ=${tp + fn} predicted=${tp + fp} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(2 * p * r / (p + r)).toFixed(3)}` +
    ` (${(ms).toFixed(1)} ms for ${(bytes / 1024).toFixed(0)} K chars)`);
  if (showErrors) {
    console.log('  false positives:', [...fps].map(([c, n]) => (n > 1 ? `${c}×${n}` : c)).join('  '));
    console.log('  missed:', [...fns].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([c, n]) => (n > 1 ? `${c}×${n}` : c)).join('  '));
  }
}

score('ZWNJ deleted', (t) => t.replaceAll(ZWNJ, ''));
score('ZWNJ → space', (t) => t.replaceAll(ZWNJ, ' '));
