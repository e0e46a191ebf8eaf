// Which language a text sample is in, from letters and a few function words.
// Persian and Arabic share a script, so the script alone says little: Persian has
// پ چ ژ گ and writes ی/ک; Arabic has ة, ى and ي/ك and its own small words. Some
// Iranian sites still type Arabic ي/ك, so those two letters only count weakly.
import type { Language } from './types';

/** Characters looked at: enough for a verdict, cheap on a whole page. */
export const LANGUAGE_SAMPLE_CHARS = 6000;

const ARABIC_SCRIPT_RE = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;
const LATIN_RE = /[A-Za-z\u00c0-\u024f]/g;
// Letters Arabic lacks: پ چ ژ گ.
const PERSIAN_ONLY_RE = /[\u067e\u0686\u0698\u06af]/g;
// Persian ی and ک: common, but also typed by Urdu and others.
const PERSIAN_FORMS_RE = /[\u06cc\u06a9]/g;
// Letters Persian never writes in running text: ة ى, and tanwin/shadda-heavy forms are left out.
const ARABIC_ONLY_RE = /[\u0629\u0649]/g;
// Arabic ي and ك: weak, Iranian sites with old keyboards still use them.
const ARABIC_FORMS_RE = /[\u064a\u0643]/g;
// Urdu, Pashto, Kurdish, Sindhi letters: ے ٹ ڈ ڑ ں ھ ہ ې ۍ ټ ڼ ە ۆ ێ ڵ ڕ.
const OTHER_SCRIPT_LANG_RE = /[\u06d2\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d0\u06cd\u067c\u06bc\u06d5\u06c6\u06ce\u06b5\u0695]/g;

const PERSIAN_WORDS = new Set(['است', 'این', 'را', 'که', 'از', 'با', 'برای', 'می', 'های', 'هم', 'شد', 'کرد', 'بود', 'شده', 'آن', 'اند', 'کند', 'نیز', 'یک', 'ما']);
const ARABIC_WORDS = new Set(['في', 'من', 'على', 'إلى', 'الى', 'التي', 'الذي', 'هذا', 'هذه', 'عن', 'مع', 'كان', 'قال', 'أن', 'ان', 'لم', 'بين', 'ذلك', 'كما', 'وقد']);
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'was', 'it', 'as', 'by', 'are']);
const WORD_RE = /[^\s.,،؛;:!?؟«»()"'\-–—\[\]{}|/\\]+/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

interface WordCounts { fa: number; ar: number; en: number; total: number }

function countWords(sample: string): WordCounts {
  const counts: WordCounts = { fa: 0, ar: 0, en: 0, total: 0 };
  for (const word of sample.match(WORD_RE) ?? []) {
    counts.total++;
    if (PERSIAN_WORDS.has(word)) counts.fa++;
    else if (ARABIC_WORDS.has(word)) counts.ar++;
    else if (ENGLISH_WORDS.has(word.toLowerCase())) counts.en++;
    // The Arabic article «ال» glued to a word is rare in Persian running text.
    else if (word.length > 3 && (word.startsWith('ال') || word.startsWith('وال'))) counts.ar += 0.25;
  }
  return counts;
}

/** A sample from the start, middle and end, so a Latin menu or footer cannot decide alone. */
export function sampleText(text: string, size = LANGUAGE_SAMPLE_CHARS): string {
  if (text.length <= size) return text;
  const third = Math.floor(size / 3);
  const mid = Math.floor(text.length / 2 - third / 2);
  return text.slice(0, third) + ' ' + text.slice(mid, mid + third) + ' ' + text.slice(text.length - third);
}

function arabicScriptLanguage(sample: string, letters: number): Language {
  if (count(sample, OTHER_SCRIPT_LANG_RE) > letters * 0.01) return 'other';
  const words = countWords(sample);
  const fa = count(sample, PERSIAN_ONLY_RE) * 2 + count(sample, PERSIAN_FORMS_RE) * 0.5 + words.fa * 3;
  const ar = count(sample, ARABIC_ONLY_RE) * 2 + count(sample, ARABIC_FORMS_RE) * 0.25 + words.ar * 3;
  return fa >= ar ? 'fa' : 'ar';
}

/** 'fa', 'ar', 'en' or 'other' for a text; '' or symbols only give 'other'. */
export function detectLanguage(text: string): Language {
  const sample = sampleText(text);
  const arabicScript = count(sample, ARABIC_SCRIPT_RE);
  const latin = count(sample, LATIN_RE);
  if (arabicScript < 20 && latin < 20) return 'other';
  if (arabicScript >= latin) return arabicScriptLanguage(sample, arabicScript);
  const words = countWords(sample);
  return words.en >= words.total * 0.05 ? 'en' : 'other';
}
