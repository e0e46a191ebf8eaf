// Restores the zero-width non-joiner (U+200C) that copy-paste, old CMSs and text
// indexes drop: «میشود» → «می‌شود», «برنامههای» → «برنامه‌های», «دین پرست» → «دین‌پرست».
// Only inserts ZWNJ or turns a single space into one; never removes a ZWNJ and never
// changes a letter. Lexicon-driven and conservative: when in doubt the word stays as is.

import { unifyLetters, ZWNJ } from './normalize';
import lexiconData from './lexicons/halfspace.json';

/** Space-separated word lists, built by scripts/build-lexicons-halfspace.ts from hazm (MIT). */
export interface HalfSpaceLexicon {
  /** Verb past stems («کرد») and present stems («کن»). */
  past: string;
  present: string;
  /** Frequent compounds written with ZWNJ («به‌عنوان»). */
  compounds: string;
  /** Productive second elements of compounds («سازی», «پذیر»). */
  heads: string;
  /** Second elements that never stand alone: «دین پرست» is one word. */
  bound: string;
  /** Adjectives that take -تر/-ترین. */
  adjectives: string;
  /** Words ending in ه, to read «توسعهای» as «توسعه‌ای», not «توسع‌های». */
  heWords: string;
  /** Real words the rules would split («تنها», «میدان», «مقدار»). */
  exceptions: string;
}

// Letters that join to the following letter: only after them is a missing ZWNJ visible.
const JOINERS = new Set('بپتثجچحخسشصضطظعغفقکگلمنهی');
// Arabic-script letters (no digits, no diacritics, no ZWNJ).
const SEGMENT_RE = /[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0]+/g;
// Plural -ها with possessive clitics; longest first.
const PLURAL = ['هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'هاست', 'های', 'ها'];
// After final ه the indefinite -ای, the copula (-اند, -ایم, -اید, -ام) and -اش are written apart.
const HE_CLITICS = ['اند', 'ایم', 'اید', 'ام', 'اش', 'ای'];
const COMPARATIVE = ['ترین', 'تر'];
// Cheap pre-check for any of the suffixes above.
const SUFFIX_RE = /(?:ه(?:اند|ایم|اید|ام|اش|ای)|ها(?:یشان|یتان|یمان|یش|یت|یم|یی|ست|ی)?|تر(?:ین)?)$/;
const NONE: number[] = [];
// Personal endings of verbs after می-; '' only for the past (3rd singular «میکرد»).
const ENDINGS = ['ند', 'ید', 'یم', 'د', 'م', 'ی', ''];
// Preverbs glued before می-: «برمیگردد», «درمیآید».
const PREVERBS = ['', 'بر', 'در', 'باز', 'فرا', 'فرو', 'وا'];

const words = (s: string) => new Set(s ? s.split(' ') : []);

export type Repairer = (text: string) => string;

/** A repairer over the given lexicon (the build script uses this to find exceptions). */
export function createHalfSpaceRepairer(lex: HalfSpaceLexicon): Repairer {
  const past = words(lex.past);
  const present = words(lex.present);
  // Heads by last letter, longest first: one short list per word instead of all heads.
  const headsByLast = new Map<string, string[]>();
  for (const h of [...words(lex.heads)].sort((a, b) => b.length - a.length)) {
    const last = h[h.length - 1];
    headsByLast.set(last, [...(headsByLast.get(last) ?? []), h]);
  }
  const bound = words(lex.bound);
  const adjectives = words(lex.adjectives);
  const heWords = words(lex.heWords);
  const exceptions = words(lex.exceptions);
  const compounds = new Map<string, number[]>();
  for (const c of words(lex.compounds)) compounds.set(c.replaceAll(ZWNJ, ''), zwnjPositions(c));

  const joins = (w: string) => w.length >= 2 && JOINERS.has(w[w.length - 1]);

  function isVerbForm(rest: string): boolean {
    for (const e of ENDINGS) {
      if (!rest.endsWith(e)) continue;
      const stem = rest.slice(0, rest.length - e.length);
      if (!stem) continue;
      if (past.has(stem)) return true;
      if (e && present.has(stem)) return true;
      // Glide ی after a vowel-final present stem: «میگوید», «میآیند».
      if (e && stem.endsWith('ی') && present.has(stem.slice(0, -1))) return true;
    }
    return false;
  }

  /** «کرده», «نکرده»: a past participle, which takes -اند/-ایم apart. */
  function isHeBase(w: string, participles = true): boolean {
    if (!w.endsWith('ه') || w.length < 3) return false;
    if (heWords.has(w)) return true;
    if (!participles) return false;
    const stem = w.slice(0, -1);
    return past.has(stem) || (stem.startsWith('ن') && past.has(stem.slice(1)));
  }

  function verbSplit(w: string): number[] | null {
    const mi = w.indexOf('می');
    if (mi < 0 || mi > 4) return null;
    for (const pre of PREVERBS) {
      if (!w.startsWith(pre)) continue;
      for (const mi of ['می', 'نمی']) {
        if (!w.startsWith(mi, pre.length)) continue;
        const at = pre.length + mi.length;
        if (w.length - at >= 1 && isVerbForm(w.slice(at))) return [at];
      }
    }
    return null;
  }

  function suffixSplit(w: string, depth: number): number[] | null {
    if (!SUFFIX_RE.test(w)) return null;
    for (const c of HE_CLITICS) {
      if (!w.endsWith(c)) continue;
      const base = w.slice(0, -c.length);
      // «نهادهای», «خریدهای» are plurals in news, not «نهاده‌ای» (you have put): a participle takes
      // «ای» only in the second person, which news hardly uses.
      if (isHeBase(base, c !== 'ای')) return [base.length];
    }
    for (const p of PLURAL) {
      if (!w.endsWith(p)) continue;
      const stem = w.slice(0, -p.length);
      if (stem.length < 2 || exceptions.has(stem + 'ها')) return null;
      const inner = depth < 1 ? segmentSplits(stem, depth + 1) : NONE;
      return JOINERS.has(stem[stem.length - 1]) ? [...inner, stem.length] : inner.length ? inner : null;
    }
    for (const c of COMPARATIVE) {
      if (!w.endsWith(c)) continue;
      const stem = w.slice(0, -c.length);
      if (stem.length >= 3 && adjectives.has(stem) && !exceptions.has(stem + 'تر')) return [stem.length];
    }
    return null;
  }

  function headSplit(w: string): number[] | null {
    for (const h of headsByLast.get(w[w.length - 1]) ?? []) {
      // A stem of two letters is a word's own start far more often than a compound's first part
      // («افکار» is no «اف» + «کار», «قطبین» no «قط» + «بین»).
      if (w.length - h.length < 3 || !w.endsWith(h)) continue;
      const stem = w.slice(0, -h.length);
      if (!joins(stem)) continue;
      return [stem.length];
    }
    return null;
  }

  /** Offsets inside a ZWNJ-free segment where a ZWNJ belongs. */
  function segmentSplits(w: string, depth = 0): number[] {
    if (w.length < 3 || exceptions.has(w)) return NONE;
    const known = compounds.get(w);
    if (known) return known;
    // Ezafe/adjectival -ی and -یی on a known word: «همکاری» (همکار), «تنهایی», «بین‌المللی».
    for (const tail of ['ی', 'یی']) {
      if (!w.endsWith(tail)) continue;
      const base = w.slice(0, -tail.length);
      if (exceptions.has(base)) return NONE;
      const inBase = compounds.get(base);
      if (inBase) return inBase;
    }
    return verbSplit(w) ?? suffixSplit(w, depth) ?? headSplit(w) ?? NONE;
  }

  /** «می شود», «برنامه های», «کرده اند», «دین پرست»: a space that should be a ZWNJ. */
  function joinsAcrossSpace(a: string, b: string): boolean {
    if (a === 'می' || a === 'نمی') return isVerbForm(b);
    if (!joins(a)) return false;
    if (PLURAL.includes(b)) return !exceptions.has(a + 'ها');
    if (COMPARATIVE.includes(b)) return adjectives.has(a);
    if (HE_CLITICS.includes(b)) return isHeBase(a);
    return bound.has(b) && !exceptions.has(a + b);
  }

  return (text: string): string => {
    const folded = unifyLetters(text);
    const marks = new Map<number, 'insert' | 'space'>();
    let prevEnd = -2;
    let prev = '';
    for (const m of folded.matchAll(SEGMENT_RE)) {
      const seg = m[0];
      const start = m.index;
      for (const p of segmentSplits(seg)) marks.set(start + p, 'insert');
      if (prevEnd + 1 === start && folded[prevEnd] === ' ' && joinsAcrossSpace(prev, seg)) marks.set(prevEnd, 'space');
      prev = seg;
      prevEnd = start + seg.length;
    }
    if (!marks.size) return text;
    return applyMarks(text, marks);
  };
}

function applyMarks(text: string, marks: Map<number, 'insert' | 'space'>): string {
  const positions = [...marks.keys()].sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const p of positions) {
    if (marks.get(p) === 'insert') {
      out += text.slice(last, p) + ZWNJ;
      last = p;
    } else {
      out += text.slice(last, p) + ZWNJ;
      last = p + 1;
    }
  }
  return out + text.slice(last);
}

function zwnjPositions(compound: string): number[] {
  const out: number[] = [];
  let removed = 0;
  for (let i = 0; i < compound.length; i++) {
    if (compound[i] === ZWNJ) out.push(i - removed++);
  }
  return out;
}

const defaultRepairer = createHalfSpaceRepairer(lexiconData as HalfSpaceLexicon);

/** Restores half-spaces (U+200C) that the text lost. */
export function repairHalfSpaces(text: string): string {
  return defaultRepairer(text);
}
