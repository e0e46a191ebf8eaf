// Builds utils/lexicons/names-fa.json: a compact list of Persian first names for speaker detection.
// Sources (MIT): nabidam/persian-names (ordered by popularity) and armanyazdi/persian-names.
// Usage: npx tsx scripts/build-lexicons-names.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { unifyLetters } from '../utils/normalize';

const LEX = resolve(import.meta.dirname, '../../shared/corpus/nlp/lexicons');
const OUT = resolve(import.meta.dirname, '../utils/lexicons/names-fa.json');
/** The most popular nabidam names kept; the tail is rare spellings that cost bytes. */
const TOP_NABIDAM = 4000;
const BUDGET_GZ = 15 * 1024;

// Names that are also everyday words opening news sentences («ایران»، «دولت»، «مهر» the agency):
// as a first name they would turn «ایران خودرو» or «مهر نوشت» into people.
const COMMON_WORDS = new Set(
  ('ایران دولت مهر نور امام آزاد بهار پیام ملت سپاه شهید حضرت رهبر جمهوری اسلام فرهنگ هنر خدا ' +
    'شهر کشور مردم دانش صنعت ایمان عدالت آینده امروز فردا روز شب صبح تیر مرداد شهریور آبان آذر دی ' +
    'بهمن اسفند فروردین خرداد اردیبهشت مهرماه آفتاب ماه ستاره دریا کوه باران گل سبز آرامش امنیت ' +
    'رحمت برکت نصر فتح جهاد عشق وفا صلح سلامت حامی یاور دنیا جهان قانون آسمان بازار پارس تهران ' +
    'کرمان شیراز یزد قم کیش بم آمل ساری اهواز بابل همدان اراک توانا پیروز جوان نوین فردوس مجلس').split(' '),
);

function readLines(name: string): string[] {
  return readFileSync(resolve(LEX, name), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

function clean(name: string): string | null {
  const n = unifyLetters(name.trim()).replace(/\u200c/g, '');
  // One token, letters only; «سید»/«سیده» prefixes are handled as titles at run time.
  if (!/^[\u0600-\u06ff]{2,}$/.test(n) || /^سید/.test(n) || COMMON_WORDS.has(n)) return null;
  return n;
}

const nabidam = Object.keys(JSON.parse(readFileSync(resolve(LEX, 'nabidam_first_names.json'), 'utf8')) as object);
const names = new Set<string>();
for (const n of [...readLines('armanyazdi_male_fa.txt'), ...readLines('armanyazdi_female_fa.txt')]) {
  const c = clean(n);
  if (c) names.add(c);
}
for (const n of nabidam.slice(0, TOP_NABIDAM)) {
  const c = clean(n);
  if (c) names.add(c);
}

const json = JSON.stringify({
  source: 'nabidam/persian-names (top ' + TOP_NABIDAM + ') + armanyazdi/persian-names, MIT; built by scripts/build-lexicons-names.ts',
  first: [...names].sort().join(' '),
});
const gz = gzipSync(json).length;
if (gz > BUDGET_GZ) throw new Error(`names-fa.json is ${gz} B gzipped, over the ${BUDGET_GZ} B budget`);
writeFileSync(OUT, json + '\n');
console.log(`${names.size} first names, ${json.length} B, ${gz} B gzipped → ${OUT}`);
