// Builds utils/lexicons/names-fa.json: a compact list of Persian first names (and the city names
// surnames are made from) for speaker detection, and utils/lexicons/surnames-fa.json: Iranian surnames.
// Sources (MIT): nabidam/persian-names (ordered by popularity) and armanyazdi/persian-names; hazm's
// word frequencies (MIT) to drop popular-list names that are mostly common words.
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

// Curated (armanyazdi) names that are mostly everyday words in news text («امید»، «آرزو»، «پروانه»
// the permit, «البرز» the province).
const COMMON_CURATED = new Set(
  ('طلا نفس زیبا هستی مبین مسلم عسل هدیه قادر عظیم محرم شیرین خاطره نیک حدیث شادی سعادت فراز ساحل ' +
    'افسانه رها پروانه سایه البرز آرزو نسیم فرشته آرمان نوروز معین عزیز سلطان آرام امید').split(' '),
);
// Popular-list names that are real first names although also words: kept despite their frequency.
const KEEP_FREQUENT = new Set(
  ('تقی رمضان سهند جمال فرهاد داوود پرهام خسرو سام عیسی حمزه پژمان سیروس شهروز کسرا عطا مرجان فیروز ' +
    'جهانبخش طارق ماجد عمار راشد هشام صدام مهستی سعد عزت حجت شریف حافظ').split(' '),
);
// People the news names by surname alone («نتانیاهو ادعا کرد», «پوتین گفت»): heads of state and
// government, foreign ministers and UN/IAEA heads of recent years. Curated here (no license issue).
const FAMOUS = (
  'ترامپ بایدن اوباما هریس ونس روبیو بلینکن پمپئو ویتکاف هگست پوتین لاوروف مدودف پسکوف نتانیاهو گالانت ' +
  'کاتز اسموتریچ بنگویر لاپید گانتس هرتزوگ اردوغان فیدان مکرون شولتس مرتس مرکل استارمر سوناک زلنسکی ' +
  'گوترش گروسی گراسی بورل کالاس لوکاشنکو پاشینیان علیاف مودی ترودو مادورو اوربان ملونی ' +
  'نصرالله سنوار هنیه جولانی السیسی عراقچی پزشکیان قالیباف ظریف اژهای'
).split(' ');
// Foreign given names as Persian news writes them («الکساندر نیکیتین، …»، «آنتونی بلینکن»): the Persian
// lists hold none. Curated here (no license issue); names that are also everyday words are left out
// («پیر» old, «فرانک» franc, «مارک» brand, «بیل» shovel, «جان» life, «پل» bridge, «هنری» artistic).
const FOREIGN_FIRST = (
  'دونالد جورج مایکل دیوید رابرت ویلیام جیمز ریچارد توماس چارلز پیتر استیون استیو کریستوفر جوزف جاستین ' +
  'جاناتان جیسون برایان کوین اریک اندرو متیو مارتین ادوارد بنجامین الکساندر آنتونی آنتونیو کارلوس خوزه ' +
  'ژوزه لوئیس مارکو ماریو فرانچسکو جووانی پائولو سرجیو دیگو لیونل کریستیانو ولادیمیر سرگئی دیمیتری دمیتری ' +
  'ایگور یوری آندری آندره میخائیل نیکلای الکسی بوریس ولفگانگ اولاف فریدریش هانس کلاوس ژان فرانسوا ژاک ' +
  'نیکولا امانوئل فیلیپ باراک هیلاری مایک ریشی نارندرا جوزپ شینزو فومیو رونالد هلموت آنگلا ترزا مارین ' +
  'کامالا نانسی کاترین الیزابت جنیفر ژولیا لورا ماریا اورسولا کریستین لیندسی هوگو ادواردو ویکتور ' +
  'آلبرت آرنولد گرهارد یوهان یان اوسکار پدرو رافائل لوکا مارسل پاتریک دانیل سیمون ساموئل ' +
  'تامس استفان پاول سرگی یوگنی خوان فرناندو یوشکا ژرار فرانسیس شیمون آریل ایهود کوفی ' +
  'آندرس اندرس کارولین کریستینا ماتئو جوزپه ریچل جسیکا امیلی اولیویا ویکتوریا تونی اسکات رابین گوردون ' +
  'جرمی نایجل مارگارت ولودیمیر آنالنا کریستف اولریش سباستین ژوزف ایمانوئل مانوئل روبرتا کایا یانیس ' +
  'آلکسیس کیریاکوس پترو یولیا آناتولی گنادی والنتینا یائیر یوآو نفتالی ایتامار گیدئون آویگدور راهول ' +
  'ایناسیو خاویر گوستاوو مائوریسیو دیلما کلودیا سیریل تولسی کریستی تد برنی الکساندریا گاوین پپ کارلو ' +
  'یورگن آرسن دیه‌گو کیلیان ارلینگ دراگان برانکو آلن گابریل فابیو ریکاردو روبرتو آلبرتو انزو مائورو ' +
  'جیمی هربرت لئون لئونارد ناتالی جولیان هنریک آلفرد آدولف دیک هری ' +
  'اولگا ناتالیا تاتیانا ایرینا یلنا سوتلانا مارینا لیودمیلا النی دیمیتریس نیکوس یورگوس کنستانتینوس ' +
  'رودریگو ماریانا فرناندا آلخاندرو میگل پابلو ایزابل سوزان هلن ماتیاس لوکاس فلوریان توبیاس ' +
  'آمینا فاطو ابوبکر ماکی موسی‌فکی سیریل نیکولاس ' +
  // Arab, Afghan, Pakistani and Turkish given names the Persian lists lack («عمر» life, «حکمت» wisdom left out).
  'اسامه ایمن ولید عمرو حسنی معمر بشار رجب عثمان هاکان زین‌الدین زین‌العابدین عبدالرشید گلبدین برهان‌الدین احمدشاه نواز ' +
  'نزار خلیل سمیر نبیل فیصل عادل مروان بسام هانی رامی فادی طلال نجیب هیثم وائل عایشه ' +
  // Turkish given names as Persian news spells them («جنگیز آکیوز», «مهمت شیمشک»).
  'مهمت احمت جنگیز امره بوراک سرکان اوزگور ارگون اردال اردم اوغوز تولگا بولنت ولکان گوکهان آیهان یاووز ایلکر مولوت الیف سلین ' +
  // Serbian, Croatian and other Balkan given names («میلوش ستانکوویچ», «دوشان تادیچ»).
  'میلوش دوشان میروسلاو زوران گوران بویان نمانیا پتار یووان برانیسلاو رادوان اسلوبودان ولادان دیان'
).split(' ');
/** hazm corpus frequency above which an uncurated name is taken for a common word («قدرت تیم»). */
const MAX_WORD_FREQ = 300_000;

function readFreq(): Map<string, number> {
  const freq = new Map<string, number>();
  for (const line of readLines('hazm_words.dat')) {
    const [word, n] = line.split('\t');
    const key = unifyLetters(word).replace(/\u200c/g, '');
    freq.set(key, Math.max(freq.get(key) ?? 0, Number(n) || 0));
  }
  return freq;
}

function readLines(name: string): string[] {
  return readFileSync(resolve(LEX, name), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

function clean(name: string): string | null {
  const n = unifyLetters(name.trim()).replace(/\u200c/g, '');
  // One token, letters only; «سید»/«سیده» prefixes are handled as titles at run time.
  if (!/^[\u0600-\u06ff]{2,}$/.test(n) || /^سید/.test(n) || COMMON_WORDS.has(n)) return null;
  return n;
}

const freq = readFreq();
const nabidam = Object.keys(JSON.parse(readFileSync(resolve(LEX, 'nabidam_first_names.json'), 'utf8')) as object);
const names = new Set<string>();
for (const n of [...readLines('armanyazdi_male_fa.txt'), ...readLines('armanyazdi_female_fa.txt')]) {
  const c = clean(n);
  if (c && !COMMON_CURATED.has(c)) names.add(c);
}
for (const n of nabidam.slice(0, TOP_NABIDAM)) {
  const c = clean(n);
  if (c && (names.has(c) || KEEP_FREQUENT.has(c) || (freq.get(c) ?? 0) <= MAX_WORD_FREQ)) names.add(c);
}
for (const n of FOREIGN_FIRST) names.add(unifyLetters(n).replace(/\u200c/g, ''));

const json = JSON.stringify({
  source: 'nabidam/persian-names (top ' + TOP_NABIDAM + ') + armanyazdi/persian-names, MIT, + curated foreign given names; built by scripts/build-lexicons-names.ts',
  first: [...names].sort().join(' '),
  famous: FAMOUS.join(' '),
  // Curated names left out above as everyday words: a first name only right before a surname the
  // article already has a speaker by («به کارگردانی فرشته نیک‌آیین … نیک‌آیین گفت»).
  wordFirst: [...COMMON_CURATED].map((n) => unifyLetters(n)).sort().join(' '),
  // City names a surname is made from with «ی» («هاشمی رفسنجانی», «مکارم شیرازی»): armanyazdi/persian-names, MIT.
  cities: [...new Set(readLines('armanyazdi_region_fa.txt').map((c) => unifyLetters(c).replace(/[\s\u200c]/g, '')))].sort().join(' '),
});
const gz = gzipSync(json).length;
if (gz > BUDGET_GZ) throw new Error(`names-fa.json is ${gz} B gzipped, over the ${BUDGET_GZ} B budget`);
writeFileSync(OUT, json + '\n');
console.log(`${names.size} first names, ${json.length} B, ${gz} B gzipped → ${OUT}`);

// Iranian surnames (farsi-faker, MIT), one word each, without those that are mostly common words
// («زمان», «آزاد»): a lone word in this list before a reporting verb is a surname even when an object
// follows it («خرازی تبادل نظر … را ضروری خواند»).
const SURNAMES_OUT = resolve(import.meta.dirname, '../utils/lexicons/surnames-fa.json');
const SURNAMES_BUDGET_GZ = 15 * 1024;
const MAX_SURNAME_WORD_FREQ = 1_000_000;
const faker = JSON.parse(readFileSync(resolve(LEX, 'farsi_faker_names_v1pkl.json'), 'utf8')) as { last_names: string[] };
const surnames = new Set<string>();
// hazm's plural nouns («افکار», «مشایخ», «جهانیان»; their frequency is often 0): words, however many bear them.
const plurals = new Set(
  readLines('hazm_words.dat').map((l) => l.split('\t')).filter(([, , pos]) => (pos ?? '').split(',').includes('PL')).map(([w]) => unifyLetters(w).replace(/\u200c/g, '')),
);
for (const raw of faker.last_names) {
  const n = unifyLetters(raw.trim());
  if (!/^[\u0621-\u06cc\u200c]{3,}$/.test(n)) continue;
  const key = n.replace(/\u200c/g, '');
  if ((freq.get(key) ?? 0) <= MAX_SURNAME_WORD_FREQ && !plurals.has(key)) surnames.add(key);
}
const surnamesJson = JSON.stringify({
  source: 'alisadeghiaghili/farsi-faker last_names (MIT), single words, hazm frequency ≤ ' + MAX_SURNAME_WORD_FREQ + '; built by scripts/build-lexicons-names.ts',
  surnames: [...surnames].sort().join(' '),
});
const surnamesGz = gzipSync(surnamesJson).length;
if (surnamesGz > SURNAMES_BUDGET_GZ) throw new Error(`surnames-fa.json is ${surnamesGz} B gzipped, over the ${SURNAMES_BUDGET_GZ} B budget`);
writeFileSync(SURNAMES_OUT, surnamesJson + '\n');
console.log(`${surnames.size} surnames, ${surnamesJson.length} B, ${surnamesGz} B gzipped → ${SURNAMES_OUT}`);
