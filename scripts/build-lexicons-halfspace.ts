// Builds utils/lexicons/halfspace.json for utils/halfspace.ts from the hazm lexicons (MIT):
// hazm_words.dat (word\tfreq\tPOS; entries with freq 0 include glued junk such as «میشود»,
// so only freq > 0 counts) and hazm_verbs.dat (past#present stems).
// Usage: npx tsx scripts/build-lexicons-halfspace.ts [corpusDir]

import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createHalfSpaceRepairer, type HalfSpaceLexicon } from '../utils/halfspace';
import { unifyLetters, ZWNJ } from '../utils/normalize';

const LEXICONS = join(process.argv[2] ?? '../shared/corpus', 'nlp/lexicons');
const OUT = 'utils/lexicons/halfspace.json';

// Size knobs: the whole file must stay a few KB gzipped.
const TOP_COMPOUNDS = 1600;
const TOP_ADJECTIVES = 1200;
const TOP_HE_WORDS = 1400;
const HEAD_MIN_COMPOUNDS = 15;
// A second element rarer than this on its own is "bound": «X پرست» is one word.
const BOUND_MAX_FREQ = 1000;
// «مجموعهای» is «مجموعه‌ای» unless «مجموع» is far more frequent than «مجموعه».
const HE_RATIO = 5;
// Surname endings: «حیدری‌نژاد», «جانی‌پور».
const SURNAME_HEADS = ['نژاد', 'پور'];
// Frequent compounds hazm lacks (or lists with frequency 0).
const EXTRA_COMPOUNDS = ['به‌عنوان', 'به‌ویژه', 'به‌طور', 'به‌صورت', 'به‌خصوص', 'نه‌تنها', 'بین‌المللی', 'دانش‌بنیان'];
const JOINERS = new Set('بپتثجچحخسشصضطظعغفقکگلمنهی');

interface Entry { word: string; freq: number; pos: string[] }

function readWords(): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const line of readFileSync(join(LEXICONS, 'hazm_words.dat'), 'utf8').split('\n')) {
    const [raw, f, pos] = line.split('\t');
    if (!raw || !f) continue;
    const word = unifyLetters(raw.trim());
    const freq = Number(f);
    const old = out.get(word);
    if (!old || old.freq < freq) out.set(word, { word, freq, pos: (pos ?? '').split(',') });
  }
  return out;
}

function readStems(): { past: Set<string>; present: Set<string> } {
  const past = new Set<string>();
  const present = new Set<string>();
  for (const line of readFileSync(join(LEXICONS, 'hazm_verbs.dat'), 'utf8').split('\n')) {
    const [pa, pr] = line.trim().split('#').map((s) => unifyLetters(s ?? ''));
    if (pa) past.add(pa);
    if (pr) present.add(pr);
  }
  return { past, present };
}

const byFreq = (a: Entry, b: Entry) => b.freq - a.freq;
const glued = (w: string) => w.replaceAll(ZWNJ, '');
// A ZWNJ after a non-joining letter (ر, د, و, ا…) changes nothing on screen.
const visibleZwnj = (w: string) => [...w].some((ch, i) => w[i + 1] === ZWNJ && JOINERS.has(ch));

function main() {
  const all = readWords();
  const known = [...all.values()].filter((e) => e.freq > 0 && !e.word.includes(' '));
  const plain = known.filter((e) => !e.word.includes(ZWNJ));
  const withZwnj = known.filter((e) => e.word.includes(ZWNJ)).sort(byFreq);
  const { past, present } = readStems();
  const freqOf = (w: string) => all.get(w)?.freq ?? 0;

  // Second elements of many compounds are productive: «ظرفیت‌سازی», «آسیب‌پذیر».
  const headCount = new Map<string, number>();
  for (const e of withZwnj) {
    const h = e.word.split(ZWNJ).pop()!;
    headCount.set(h, (headCount.get(h) ?? 0) + 1);
  }
  const isParticiple = (w: string) => w.endsWith('ه') && past.has(w.slice(0, -1));
  // «دان», «ران» end plurals («دانشمندان»), «گری»/«گویی» end «دیگری»/«الگویی», «شهر» ends city names.
  const weakHead = (h: string) => (h.length === 3 && h.endsWith('ان')) || ['گری', 'گویی', 'شهر'].includes(h);
  const heads = [...headCount]
    .filter(([h, n]) => n >= HEAD_MIN_COMPOUNDS && h.length >= 3 && !weakHead(h))
    .map(([h]) => h).concat(SURNAME_HEADS);
  // «بعدی», «چینی», «زنان» derive from free words («بعد», «چین», «زن»): a space before them is real.
  const derivedFromFree = (h: string) =>
    ['ی', 'ان', 'ه', 'انه', 'ها'].some((s) => {
      const base = h.slice(0, -s.length);
      // «سازی», «گیری» nominalize a present stem: still bound.
      return h.endsWith(s) && freqOf(base) >= BOUND_MAX_FREQ && !(present.has(base) && (headCount.get(h) ?? 0) >= 25);
    });
  // Free words despite their compounds: «هیچ کاری», «شما داری».
  const FREE = new Set(['کاری', 'داری']);
  const bound = [...headCount]
    .filter(([h, n]) => n >= 3 && h.length >= 3 && freqOf(h) < BOUND_MAX_FREQ)
    .filter(([h]) => !isParticiple(h) && !isParticiple(h.slice(1)) && !derivedFromFree(h) && !FREE.has(h))
    .map(([h]) => h).concat(SURNAME_HEADS);

  const adjectives = plain
    .filter((e) => e.pos.includes('AJ') && JOINERS.has(e.word[e.word.length - 1]) && e.word.length >= 2)
    .sort(byFreq).slice(0, TOP_ADJECTIVES).map((e) => e.word);
  // «نامه» only when more frequent than «نام», so «نامهای» reads as the more likely «نام‌های».
  const heWords = plain
    .filter((e) => e.word.endsWith('ه') && e.word.length >= 3 && (e.pos.includes('N') || e.pos.includes('AJ')))
    .filter((e) => freqOf(e.word.slice(0, -1)) < HE_RATIO * e.freq)
    .sort(byFreq).slice(0, TOP_HE_WORDS).map((e) => e.word);

  const lex: HalfSpaceLexicon = {
    past: [...past].join(' '), present: [...present].join(' '), compounds: '',
    heads: heads.join(' '), bound: bound.join(' '), adjectives: adjectives.join(' '),
    heWords: heWords.join(' '), exceptions: '',
  };

  // Compounds the rules cannot derive, whose glued form is not itself a more frequent word.
  const rules = createHalfSpaceRepairer(lex);
  const compounds = withZwnj
    .filter((e) => visibleZwnj(e.word) && freqOf(glued(e.word)) < e.freq && rules(glued(e.word)) !== e.word)
    .slice(0, TOP_COMPOUNDS).map((e) => e.word).concat(EXTRA_COMPOUNDS);
  lex.compounds = compounds.join(' ');

  // Real glued words the rules would split («تنها», «میدان», «مقدار») become exceptions,
  // unless hazm prefers the split spelling. «آنها»/«اینها» stay glued as news sites write them.
  const withCompounds = createHalfSpaceRepairer(lex);
  const exceptions = plain
    .filter((e) => {
      const fixed = withCompounds(e.word);
      return fixed !== e.word && freqOf(fixed) <= e.freq;
    })
    .map((e) => e.word);
  // hazm lists real words with frequency 0 too («افکار», «درنهایت»); a part-of-speech tag tells them
  // from glued junk («میشود» has none). They stay whole unless hazm knows the split spelling.
  for (const e of all.values()) {
    if (e.freq !== 0 || e.word.includes(ZWNJ) || e.word.includes(' ') || !e.pos.some((p) => /^[A-Z]/.test(p))) continue;
    const fixed = withCompounds(e.word);
    if (fixed !== e.word && !all.has(fixed)) exceptions.push(e.word);
  }
  // Surnames written as one word («قالیباف», «جهانگیری») are no compounds to repair (farsi-faker, MIT).
  const faker = JSON.parse(readFileSync(join(LEXICONS, 'farsi_faker_names_v1pkl.json'), 'utf8')) as { last_names: string[] };
  // …and the surnames news names people by (utils/lexicons/names-fa.json, built by build-lexicons-names.ts).
  const famous = (JSON.parse(readFileSync('utils/lexicons/names-fa.json', 'utf8')) as { famous: string }).famous.split(' ');
  for (const raw of faker.last_names) {
    const name = unifyLetters(raw.trim());
    if (/^[\u0621-\u06cc]{3,}$/.test(name) && withCompounds(name) !== name && !all.has(withCompounds(name))) exceptions.push(name);
  }
  // «قالیباف» the speaker of parliament, though hazm knows «قالی‌باف» (carpet weaver).
  for (const name of famous) if (withCompounds(name) !== name) exceptions.push(name);
  exceptions.push('آنها', 'اینها');
  lex.exceptions = [...new Set(exceptions)].sort().join(' ');

  const json = JSON.stringify(lex);
  writeFileSync(OUT, json + '\n');
  const sizes = Object.entries(lex).map(([k, v]) => `${k}=${v ? v.split(' ').length : 0}`).join(' ');
  console.log(`${OUT}: ${json.length} chars, ${gzipSync(json).length} B gz; ${sizes}`);
}

main();
