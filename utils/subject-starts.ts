// Where a sentence's subject may start: the clause start, then past openers («به گزارش X،»,
// «در ادامه»), a dateline, a leading circumstance («در آیین افتتاح …،»), «این مطلب را», an «as X
// said» clause, a «که» clause, or the short last clause of two sentences glued by a comma.
import { matchKey } from './normalize';
import { FINITE_VERB_END_RE, POSSESSIVE_GLUED_RE, parseName, parseNameBeforeRole, titleLength, type Token } from './names';
import { FIRST_NAMES, NAME_PREFIXES } from './name-words';
import { isRoleHead, ORDINALS } from './roles';

// Openers before the subject: «به گزارش X،», «به نقل از X،», «در ادامه», «همچنین» …
const REPORT_OPENER_KEYS = [
  'بهگزارش', 'بهنقلاز', 'طبقگزارش', 'بنابهاین', 'براساسگزارش', 'بنابرگزارش', 'بنابهگزارش', 'بهروایت', 'بنابرروایت', 'بنابهروایت',
  'طبقروایت', 'بنابراعلام', 'طبقاعلام', 'بهنوشته',
];
const ADVERB_OPENERS = [
  'در ادامه', 'در پایان', 'در همین خصوص', 'در همین زمینه', 'در همین راستا', 'در این باره', 'در این زمینه',
  'در این راستا', 'از سوی دیگر', 'همچنین', 'سپس', 'پس از آن', 'در عین حال', 'درعین حال', 'همچنین',
  'از طرفی', 'در بخش دیگری', 'در این میان', 'بنا بر این گزارش', 'بنا به این گزارش', 'بر اساس این گزارش', 'طبق این گزارش', 'از سویی', 'از یک سو', 'از طرف دیگر', 'آنگاه', 'آن گاه', 'دیروز', 'امروز', 'پریروز', 'روز گذشته', 'شب گذشته', 'در همین حال', 'در این حال', 'با این حال', 'به هر حال', 'در همین حین', 'اما', 'ولی', 'البته', 'پیشتر', 'پیش تر', 'پیش از این', 'قبلا',
  'اخیرا', 'بنابراین', 'نخست', 'ابتدا', 'در مقابل', 'در واکنش', 'همزمان', 'برای مثال', 'به عنوان مثال', 'مثلا',
].map((p) => p.split(' ').map(matchKey));
// Adverbs complete in themselves, which may open a clause inside a sentence; not «در پایان»,
// «در مقابل», which take an object («در پایان اجلاس»).
const MID_CLAUSE_OPENERS = [
  'به عنوان مثال', 'برای مثال', 'در همین حال', 'در عین حال', 'درعین حال', 'با این حال', 'به هر حال', 'از سوی دیگر',
  'از طرف دیگر', 'در همین راستا', 'در همین زمینه', 'در همین خصوص', 'در این باره', 'در این زمینه', 'در این راستا',
].map((p) => p.split(' ').map(matchKey));
const GLUED_ADVERB_OPENERS = new Set(ADVERB_OPENERS.filter((p) => p.length > 1).map((p) => p.join('')));

function isSeparator(t: Token | undefined): boolean {
  return !!t && (t.text === '،' || t.text === ',' || t.text === '؛' || t.text === ';');
}

/**
 * Token indices where the subject may start, best first: the clause start, then after openers
 * («به گزارش …،», «در ادامه», «در آیین افتتاح …،»).
 */
export function subjectStarts(tokens: Token[], from: number, to: number, directSpeech = false): number[] {
  const starts: number[] = [];
  // «خبرگزاری آریا - برنا - گروه اجتماعی؛ رئیس …»: a dateline before the lead's subject.
  const dateline = from === 0 ? datelineEnd(tokens, to) : 0;
  if (dateline) pushStarts(tokens, dateline, to, starts);
  pushStarts(tokens, from, to, starts);
  // «آخرین سخنران، شهره نیک‌پی …، گفت», «سومین سخنران وبینار، حمید صالحی‌نژاد … بود که گفت»: who
  // spoke in which turn, then the speaker after the comma.
  if (ORDINALS.has(tokens[from]?.key ?? '')) {
    const comma = tokens.findIndex((t, k) => k > from && k <= from + 5 && isSeparator(t));
    if (comma > 0 && comma + 1 < to && !starts.includes(comma + 1)) starts.unshift(comma + 1);
  }
  // «… ۱۴ درصد ظرفیت این سدهاست؛ مدیرعامل شرکت آب منطقه‌ای تهران می‌گوید …»: a semicolon closes a
  // clause; the verb's subject follows the last one.
  for (let i = to - 2; i > from; i--) {
    if (tokens[i].text !== '؛' && tokens[i].text !== ';') continue;
    if (!starts.includes(i + 1)) starts.unshift(i + 1);
    break;
  }
  // «همسایه‌اش یوسف نوری‌زاده، دامدار …، گفت»: the speaker named after how he relates to the last one.
  if (POSSESSIVE_GLUED_RE.test(tokens[from]?.text ?? '') && parseName(tokens, from + 1, to)?.hasFirstName && !starts.includes(from + 1)) starts.unshift(from + 1);
  // «نخست‌وزیر اسرائیل تمایل خود را نشان داد، ولی عرفات … تأکید کرد»: after a comma and «ولی» / «اما»
  // a new clause with its own subject begins.
  for (let i = to - 2; i > from; i--) {
    if (!CONTRAST.has(tokens[i].key) || !isSeparator(tokens[i - 1])) continue;
    const start = skipAdverb(tokens, i);
    if (start < to && !starts.includes(start)) starts.unshift(start);
    break;
  }
  // «… بازتابی از اولویت‌ها بود به عنوان مثال مسعود پزشکیان رئیس‌جمهور … تأکید کرد»: an adverb of
  // several words inside the clause opens a new one.
  for (let i = from + 1; i < to - 1; i++) {
    const phrase = MID_CLAUSE_OPENERS.find((p) => p.every((k, n) => tokens[i + n]?.key === k));
    if (!phrase) continue;
    const start = skipAdverb(tokens, i);
    if (start < to && !starts.includes(start)) starts.push(start);
    i += phrase.length - 1;
  }
  // «گلستان الگوی همزیستی است رئیس مرکز اسلامی گلستان نیز گفت»: a heading glued on without a stop
  // ends in its verb; a role or a title right after it starts the sentence.
  for (let i = from; i < to - 1; i++) {
    if (!CLAUSE_END_VERBS.has(tokens[i].key)) continue;
    const k = i + 1;
    if ((isRoleHead(tokens[k].key) || titleLength(tokens, k) > 0) && !starts.includes(k)) starts.push(k);
  }
  // «این مطلب را محمد اصلانی، مدیرکل …، اعلام کرد»: the object first, the subject after «را».
  const ra = THIS_MATTER.find((p) => p.every((k, n) => tokens[from + n]?.key === k))?.length;
  if (ra && from + ra < to && !starts.includes(from + ra)) starts.unshift(from + ra);
  // «…، همان‌طور که نتانیاهو ادعا کرد «…»»: the subject of an «as X said» clause inside the sentence.
  for (let i = from; i < to - 1; i++) {
    const n = AS_SAID.find((p) => p.every((k, m) => tokens[i + m]?.key === k))?.length ?? 0;
    if (n && !starts.includes(i + n)) starts.push(i + n);
  }
  // «این نکته که علی ربیعی می‌گوید …», «سخنانی که X گفت»: the subject of a «که» clause, tried last.
  for (let i = to - 2; i > from; i--) {
    if (tokens[i].key !== 'که') continue;
    if (!starts.includes(i + 1)) starts.push(i + 1);
    break;
  }
  // «در این مراسم دکتر عطاءالله مهاجرانی … گفت», «به گزارش روابط عمومی وزارت کار حسین کمالی …
  // گفت»: an opener or circumstance no comma closes; the subject starts at the first titled or
  // first-named name, unless a preposition makes that name its object («در دیدار با آقای X»).
  const opener = CIRCUMSTANCE_KEYS.has(tokens[from]?.key ?? '') || REPORT_OPENER_KEYS.some((key) => (tokens[from]?.key ?? '') + (tokens[from + 1]?.key ?? '') === key);
  if (opener) {
    // «… نیز سیده لیلا حسینی‌پناه …»: «سید»/«سیده» opens the name.
    const named = (k: number) => titleLength(tokens, k) > 0 || ((FIRST_NAMES.has(tokens[k].key) || NAME_PREFIXES.has(tokens[k].key)) && !!parseName(tokens, k, to)?.hasFirstName);
    // «به گزارش خبرگزاری رویتر از مسکو بیل ریچاردسون وزیر انرژی آمریکا … گفت»: failing that, a foreign
    // name known by the role after it; a word after a preposition («از مسکو») is a place, not its first word.
    const shaped = (k: number) => !NAME_OBJECT_BEFORE.has(tokens[k - 1].key) && !!parseNameBeforeRole(tokens, k);
    const k = openerSubject(tokens, from, to, named) ?? openerSubject(tokens, from, to, shaped);
    if (k !== undefined && !NAME_OBJECT_BEFORE.has(tokens[k - 1].key) && !starts.includes(k)) starts.push(k);
  }
  // «وی افزود: …، خالقی گفت: …»: two sentences glued by a comma; a short last clause that opens
  // direct speech is its own subject.
  for (let i = to - 1; directSpeech && i > from && i >= to - 6; i--) {
    if (!isSeparator(tokens[i])) continue;
    if (i + 1 < to && !starts.includes(i + 1)) starts.push(i + 1);
    break;
  }
  return starts;
}

/** The first word after an opener no comma closes where `isName` holds, up to the first separator. */
function openerSubject(tokens: Token[], from: number, to: number, isName: (k: number) => boolean): number | undefined {
  for (let k = from + 1; k < to && k < from + 16; k++) {
    if (isSeparator(tokens[k]) || tokens[k].text === ':') return undefined;
    if (isName(k)) return k;
  }
  return undefined;
}

// Words that make the name after them their object or complement, not a subject.
const NAME_OBJECT_BEFORE = new Set(
  ['با', 'از', 'به', 'برای', 'و', 'یا', 'بر', 'درباره', 'علیه', 'نزد', 'توسط', 'همراه', 'مانند', 'چون', 'جز', 'را', 'که', 'سوی', 'طرف', 'نام', 'حالی'].map(matchKey),
);
const CLAUSE_END_VERBS = new Set(['است', 'بود', 'شد', 'هستند', 'بودند', 'شدند'].map(matchKey));
const CONTRAST = new Set(['اما', 'ولی', 'لیکن', 'ولیکن'].map(matchKey));

const THIS_MATTER = ['این مطلب را', 'این موضوع را', 'این خبر را', 'این نکته را', 'این مسئله را', 'این مساله را']
  .map((p) => p.split(' ').map(matchKey));

// Also glued into one word («همان‌طورکه»).
const AS_SAID = ['همانطور که', 'همان طور که', 'همانطورکه', 'همانگونه که', 'همان گونه که', 'همانگونهکه', 'چنانکه', 'چنان که', 'آنطور که', 'آن طور که', 'آنطورکه']
  .map((p) => p.split(' ').map(matchKey));

// A lone tatweel («هوپکینتون ـ یونایتدپرس ـ …») is folded to U+200B.
const DATELINE_MARKS = new Set(['-', '–', '—', '\u200b', '؛']);

/** Where a dateline ends: after short pieces (a place, an agency) each closed by a mark, else 0. */
function datelineEnd(tokens: Token[], to: number): number {
  // «آقای حسین عمادی ـ کارشناس شیلات …»: a dash after a titled name sets off a role, not a dateline.
  if (titleLength(tokens, 0)) return 0;
  let end = 0;
  for (let i = 1; i < Math.min(to, 12); i++) {
    if (i - end > 4) break;
    if (DATELINE_MARKS.has(tokens[i].text)) end = i + 1;
  }
  return end;
}

function pushStarts(tokens: Token[], from: number, to: number, starts: number[]): void {
  let i = from;
  const visited: number[] = [];
  for (let guard = 0; guard < 4 && i < to; guard++) {
    const before = i;
    visited.push(i);
    const two = (tokens[i]?.key ?? '') + (tokens[i + 1]?.key ?? '');
    const three = two + (tokens[i + 2]?.key ?? '');
    if (REPORT_OPENER_KEYS.some((k) => tokens[i].key === k || two === k || three === k)) {
      let j = i;
      while (j < to && j - i < 20 && !isSeparator(tokens[j]) && tokens[j].text !== ':') j++;
      if (j < to && j - i < 20) i = j + 1;
      else break;
    } else {
      i = skipAdverb(tokens, i);
    }
    if (i === before) break;
  }
  if (!starts.includes(i)) starts.push(i);
  // «در آیین افتتاح … ماهشهر، کامبیز زاهدپور …», «در پایان این نشست، …»: a leading circumstance
  // closed by a comma.
  // Several may follow each other: «در این دیدار، قبل از سخنان رهبر انقلاب، آقای خاتمی … گفت».
  let c = [i, ...visited].find((k) => tokens[k] && CIRCUMSTANCE_KEYS.has(tokens[k].key));
  while (c !== undefined) {
    let j = c + 1;
    while (j < to && j - c < 40 && !isSeparator(tokens[j])) j++;
    if (j >= to || j - c >= 40) break;
    // «در مراسمی که امام جمعه، استاندار، … حضور داشتند، سردار X …»: a relative clause's own commas
    // come before its verb; the circumstance ends at the first comma after that verb.
    const ke = tokens.slice(c, j).findIndex((t) => t.key === 'که');
    if (ke >= 0) {
      let k = j;
      while (k < to && k - c < 60 && !(isSeparator(tokens[k]) && FINITE_VERB_END_RE.test(tokens[k - 1].key))) k++;
      if (k < to && k - c < 60) j = k;
    }
    // «در همین جلسه مونیکا گریفان، رئیس …، گفت»: a named subject right before the comma, inside it.
    const inside = namedBefore(tokens, c + 2, j, to);
    if (inside >= 0 && !starts.includes(inside)) starts.push(inside);
    // «در این نشست، نخست علی‌اصغر محمدخانی …»
    const next = skipAdverb(tokens, j + 1);
    if (!starts.includes(next)) starts.push(next);
    c = tokens[next] && CIRCUMSTANCE_KEYS.has(tokens[next].key) ? next : undefined;
  }
}

/**
 * Where a name that ends right at the comma `j` starts, between `from` and `j`, or -1: a listed
 * first name leftmost first, else two unlisted words followed by the comma and a role
 * («مونیکا گریفان، رئیس …», not «جلسه محمودرضا …»).
 */
function namedBefore(tokens: Token[], from: number, j: number, to: number): number {
  for (let k = from; k < j; k++) {
    const name = parseName(tokens, k, to);
    // «در این همایش همچنین مهندس قنبری، مدیرکل …»: a titled surname too.
    if ((name?.hasFirstName || name?.titled) && name.to === j) return k;
  }
  return j - 2 >= from && parseNameBeforeRole(tokens, j - 2)?.to === j ? j - 2 : -1;
}

/** The index after an adverb opener at i («در ادامه»، «همچنین،»), or i itself. */
function skipAdverb(tokens: Token[], i: number): number {
  // Glued in broken text: «دراین‌حال،».
  if (tokens[i] && GLUED_ADVERB_OPENERS.has(tokens[i].key)) return isSeparator(tokens[i + 1]) ? i + 2 : i + 1;
  const phrase = ADVERB_OPENERS.find((p) => p.every((k, n) => tokens[i + n]?.key === k));
  if (!phrase) return i;
  return isSeparator(tokens[i + phrase.length]) ? i + phrase.length + 1 : i + phrase.length;
}

const CIRCUMSTANCE_KEYS = new Set(['در', 'طی', 'پس', 'قبل', 'بعد', 'پیش', 'هنگام', 'ضمن', 'روز']);
