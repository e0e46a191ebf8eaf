// Names known by their shape alone: foreign or unlisted names that no first-name list holds, told by
// what surrounds them: an apposition between commas, a relative clause, a verb only people use
// («ریم توفیق خادر، مادر پنج فرزند، … گفت», «کنجی تاناکا که …، گفت», «همتی گفت:»).
import { matchKey } from './normalize';
import { FIRST_NAMES, NAME_STOPPERS, NAME_FOLLOWING_ADJECTIVE, CLAUSE_MARK_RE, NOT_APPOSITION, SURNAMES, LETTERS_ONLY, PLACES, isCity } from './name-words';
import { isComma, isNameWord, isPersonWord, titleLength, type NameSpan, type Token } from './names';
import { isKinHead, isRoleHead, opensEvent, roleHeadLength } from './roles';

/**
 * The apposition that opens at the comma at r and closes at the next comma, when the verb (at
 * limit) follows within a few words: «، مادر پنج فرزند، به بی‌بی‌سی گفت». Its token range, or null.
 */
export function appositionAfter(tokens: Token[], r: number, limit: number): [number, number] | null {
  if (!isComma(tokens[r])) return null;
  const a = r + 1;
  let b = a;
  // Up to 16 words: «، کشاورز روستای کدکن که ۳ هکتار زمین زیر کشت زعفران دارد،» ends in a relative clause.
  while (b < limit && b - a <= 16 && !isComma(tokens[b]) && !CLAUSE_MARK_RE.test(tokens[b].text)) b++;
  const t = tokens[a];
  // «، یکی از مهندسان مکانیک دانشگاه …،» describes a person as one of a group.
  const oneOf = t?.key === 'یکی' && tokens[a + 1]?.key === 'از';
  const nounStart = (isNameWord(t) && !NOT_APPOSITION.has(t!.key)) || isRoleHead(t?.key ?? '') || /^\d/.test(t?.text ?? '') || oneOf;
  if (b === a || !isComma(tokens[b]) || !nounStart) return null;
  let v = b + 1;
  // «، دانشجوی ۲۰ ساله، در یک تماس تلفنی از شهر … قاهره، گفت»: a circumstance closed by a comma may
  // stand between it and the verb.
  // «، نویسنده همکار مقاله، که به صورت برخط در نشست حضور داشت، گفت»: so may a relative clause.
  const circumstance = (CIRCUMSTANCE_OPENERS.has(tokens[v]?.key ?? '') || tokens[v]?.key === 'که') && isComma(tokens[limit - 1]);
  while (v < limit && v - b <= (circumstance ? 25 : 8) && (circumstance || !isComma(tokens[v])) && !CLAUSE_MARK_RE.test(tokens[v].text)) v++;
  if (v !== limit) return null;
  // «، دستیار من که قبلا هم ایران بوده،»: the relative clause describes, the noun before it is the role.
  // «، یکی از مهندسان … در مصاحبه با مجله نیوساینتیست،»: where they spoke is no part of who they are.
  let end = b;
  for (let k = a + 1; k < b; k++) {
    if (tokens[k].key === 'که' || opensEvent(tokens, k)) {
      end = k;
      break;
    }
  }
  return [a, end];
}

/**
 * «محبوبه رنجبر، بیمار ۴۶ ساله‌ای از ورامین، هفت سال است که …»: who a person introduced in a
 * sentence that reports nothing is, set off by two commas; up to a relative clause. Or null.
 */
export function closedApposition(tokens: Token[], r: number): [number, number] | null {
  if (!isComma(tokens[r])) return null;
  const a = r + 1;
  let b = a;
  while (b < tokens.length && b - a <= 10 && !isComma(tokens[b]) && !CLAUSE_MARK_RE.test(tokens[b].text)) b++;
  const t = tokens[a];
  if (b === a || !isComma(tokens[b]) || !((isNameWord(t) && !NOT_APPOSITION.has(t!.key)) || isRoleHead(t?.key ?? ''))) return null;
  const relative = tokens.slice(a, b).findIndex((u) => u.key === 'که');
  return relative === 0 ? null : [a, relative > 0 ? a + relative : b];
}

/**
 * «ریم توفیق خادر، مادر پنج فرزند، به بی‌بی‌سی گفت»: two or three person words, then an
 * apposition between commas, then the verb. The shape alone marks a person whose name is in no
 * list; organizations and places are refused by their head words.
 */
export function parseNameBeforeApposition(tokens: Token[], i: number, limit: number): NameSpan | null {
  // «کربلایی جعفر عباسی، …»: a titled name is read with its title apart.
  if (titleLength(tokens, i)) return null;
  for (let n = 3; n >= 2; n--) {
    let ok = true;
    for (let k = 0; k < n; k++) if (!isPersonWord(tokens[i + k])) ok = false;
    if (ok && appositionAfter(tokens, i + n, limit)) return { from: i, to: i + n, titled: false, hasFirstName: false };
  }
  return null;
}

/**
 * «سرمربی تیم ملی، جان اسمیت، گفت»: two or three person words set off by commas right after a role,
 * with the verb a few words on. The role marks a person whose name is in no list.
 */
export function parseNameAfterRole(tokens: Token[], comma: number, limit: number): NameSpan | null {
  if (!isComma(tokens[comma])) return null;
  const i = comma + 1;
  for (let n = 3; n >= 2; n--) {
    const close = i + n;
    if (!isComma(tokens[close]) || limit - close > 8) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (!isPersonWord(tokens[i + k]) || isCity(tokens[i + k].key)) ok = false;
    if (ok) return { from: i, to: close, titled: false, hasFirstName: false };
  }
  return null;
}

/**
 * «کویچیرو ماتسورا که پس از دیداری … وارد پکن شد، گفت», «لورنزو اپیس از ایتالیا که …، گفت»: two or
 * three person words, maybe «از» and a place, then a relative clause closed by a comma right before a
 * verb only people use. The shape marks a person whose name is in no list.
 */
export function parseNameBeforeRelative(tokens: Token[], i: number, limit: number): NameSpan | null {
  // «لئونید دراچفسکی نیز … دانست و گفت»: two person words and «نیز»/«هم» open the subject too.
  if (isPersonWord(tokens[i]) && isPersonWord(tokens[i + 1]) && ALSO.has(tokens[i + 2]?.key ?? '') && !ANONYMOUS_HEADS.has(tokens[i].key)) {
    return { from: i, to: i + 2, titled: false, hasFirstName: false };
  }
  // The relative clause closes with a comma a few words before the verb.
  let comma = limit - 1;
  while (comma > i && limit - comma <= 6 && !isComma(tokens[comma])) comma--;
  if (!isComma(tokens[comma]) || limit - comma > 6) return null;
  // «گوسمائو که … ، خطاب به پارلمان گفت»: one word is enough before «که» at the clause start.
  for (let n = 3; n >= 1; n--) {
    if (n === 1 && (ANONYMOUS_HEADS.has(tokens[i]?.key ?? '') || FIRST_NAMES.has(tokens[i]?.key ?? '') || /[^ی]ان$/.test(tokens[i]?.key ?? ''))) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (!isPersonWord(tokens[i + k]) || FIRST_NAMES.has(tokens[i + k].key) && k > 0) ok = false;
    if (!ok) continue;
    let r = i + n;
    if (tokens[r]?.key === 'از' && isNameWord(tokens[r + 1])) r += 2;
    if (tokens[r]?.key !== 'که') continue;
    return { from: i, to: i + n, titled: false, hasFirstName: false };
  }
  return null;
}

// «… از دانشگاه اینسبورگ»، «… از حزب دمکرات»، «… از مسئولان پلیس پاریس»: where a person is from.
const FROM_HEADS = new Set(
  ['دانشگاه', 'دانشکده', 'پژوهشگاه', 'موسسه', 'مؤسسه', 'مرکز', 'حزب', 'سازمان', 'انجمن', 'بنیاد', 'بیمارستان', 'کمیته', 'شورای', 'جبهه']
    .map(matchKey),
);
// «از مسئولان / اعضای / کارشناسان …»: one of a group, which is the role.
const GROUP_HEADS = new Set(['مسئولان', 'مسوولان', 'اعضای', 'کارشناسان', 'مقامات', 'مقام‌های', 'فرماندهان', 'مدیران', 'نمایندگان', 'استادان', 'اساتید', 'پژوهشگران', 'رهبران',
  // Ordinary people, by where they live or work: «کرم بهادری‌نسب از اهالی روستای تنگ سرخ».
  'اهالی', 'ساکنان', 'کسبه', 'فعالان', 'کارکنان', 'کارمندان', 'معتمدان', 'ریش‌سفیدان', 'کشاورزان', 'باغداران', 'داوطلبان', 'بازاریان'].map(matchKey));
// «از قدیمی‌ترین کسبه بازار»: a superlative before the group.
const SUPERLATIVE_RE = /ترین$/;

/**
 * «بریجیت ساتلر از دانشگاه اینسبورگ، … گفت», «اکرمن از حزب دمکرات آمریکا افزود», «فیلیپ ماسوری از
 * مسئولان پلیس پاریس که …، گفت»: one to three person words, then «از» and an institution, a place
 * or a group: a person whose name is in no list. The span of the name, and the group as its role.
 */
export function parseNameBeforeFrom(tokens: Token[], i: number, limit: number, speechVerb: boolean): { name: NameSpan; role?: [number, number] } | null {
  for (let n = 3; n >= 1; n--) {
    if (n === 1 && !speechVerb) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (!isPersonWord(tokens[i + k]) || (k > 0 && FIRST_NAMES.has(tokens[i + k].key) && !SURNAMES.has(tokens[i + k].key))) ok = false;
    if (!ok || ANONYMOUS_HEADS.has(tokens[i].key) || tokens[i + n]?.key !== 'از') continue;
    const head = tokens[i + n + 1];
    if (!head || i + n + 1 >= limit) continue;
    const group = groupAfter(tokens, i + n, limit);
    if (!group && !FROM_HEADS.has(head.key) && !PLACES.has(head.key) && !isCity(head.key)) continue;
    return { name: { from: i, to: i + n, titled: false, hasFirstName: false }, role: group };
  }
  return null;
}

/** «از مسئولان پلیس پاریس» after a name, up to a comma, «که» or the verb: its span, or undefined. */
export function groupAfter(tokens: Token[], r: number, limit: number): [number, number] | undefined {
  const head = SUPERLATIVE_RE.test(tokens[r + 1]?.key ?? '') ? r + 2 : r + 1;
  if (tokens[r]?.key !== 'از' || !GROUP_HEADS.has(tokens[head]?.key ?? '') || head >= limit) return undefined;
  let end = head + 1;
  while (end < limit && !isComma(tokens[end]) && tokens[end].key !== 'که' && LETTERS_ONLY.test(tokens[end].text) && end - r < 10) end++;
  return [r, end];
}

// Nouns that make an anonymous subject with an adjective («منبع آگاه گفت»), and plural endings.
const ANONYMOUS_HEADS = new Set(['منبع', 'منبعی', 'منابع', 'شاهد', 'شاهدان', 'کاربر', 'فردی', 'شخصی', 'کسی', 'یکی', 'مردی', 'زنی', 'رژیم', 'طرف'].map(matchKey));
const BROKEN_PLURAL_RE = /ات$/;

/**
 * «ژابی آلونسو گفت تیمش …»: exactly two person words, nothing else, before a singular verb at
 * `limit`. A foreign name in no list with no role; nationalities, plurals and anonymous nouns are refused.
 */
export function parseBareName(tokens: Token[], i: number, limit: number): NameSpan | null {
  if (limit - i !== 2 || !isPersonWord(tokens[i]) || !isPersonWord(tokens[i + 1])) return null;
  if (ANONYMOUS_HEADS.has(tokens[i].key) || BROKEN_PLURAL_RE.test(tokens[i].key) || NAME_FOLLOWING_ADJECTIVE.test(tokens[i + 1].key)) return null;
  // «به گفته کارشناسان اقتصادی،», «ساکنان محلی»: a plural in «ان» and its adjective are a group.
  if (/[^ی]ان$/.test(tokens[i].key) && !/مان$/.test(tokens[i].key)) return null;
  return { from: i, to: i + 2, titled: false, hasFirstName: false };
}

const CIRCUMSTANCE_OPENERS = new Set(['در', 'طی', 'ضمن', 'هنگام', 'پس', 'روز'].map(matchKey));
const ALSO = new Set(['نیز', 'هم'].map(matchKey));
const TIME_ADJECTIVE = /^(?:سابق|پیشین|اسبق|کنونی|فعلی|جدید|ارشد)$/;
const NOT_AFTER_LONE = new Set(['و', 'که', 'را', 'از', 'بر'].map(matchKey));
// «ربیعی این روند را … دانست», «یونسی بار دیگر … گفت»: an object or adverb opens after the surname.
const WORD_SURNAMES = new Set(['نیازی', 'کاری', 'جایی', 'چیزی', 'راهی', 'حرفی', 'دلیلی'].map(matchKey));
const WHEN_WORDS = new Set(['زمانی', 'هنگامی', 'وقتی', 'موقعی', 'روزی'].map(matchKey));
const LONE_OBJECT_OPENERS = new Set(['این', 'بار', 'خود'].map(matchKey));

/**
 * «همتی گفت: …»: one word right before a singular verb at the start of a clause, in an article that
 * gave no fuller name for it: a surname. Common nouns in that place are refused by the same lists
 * as above (roles, organizations, places, anonymous heads, first names alone).
 */
export function parseLoneSurname(tokens: Token[], i: number, limit: number, speechVerb = false): NameSpan | null {
  const t = tokens[i];
  if (i >= limit || !isPersonWord(t) || t.key.length < 3) return null;
  // «بی‌مکث گفت», «بی‌درنگ پاسخ داد»: «without …» alone is an adverb (as a surname it follows a first name: «سید جواد بی‌طرف»).
  if (t.text.startsWith('بی\u200c')) return null;
  // Closed by the verb, a time or circumstance word («یونسی همچنین گفت», «ربیعی با تأکید …») or a role,
  // with or without a comma («یونسی وزیر اطلاعات …», «باب‌هوک، نخست‌وزیر سابق استرالیا، …»).
  const next = tokens[i + 1];
  // The comma form only where the clause starts («از سوی دیگر، باب‌هوک، …»), not after a noun («در ادامه همایش، مدیر …»).
  const clauseStart = i === 0 || isComma(tokens[i - 1]) || CLAUSE_MARK_RE.test(tokens[i - 1].text);
  const roleNext = isRoleHead(next?.key ?? '') || (clauseStart && isComma(next) && isRoleHead(tokens[i + 2]?.key ?? ''));
  // A listed surname may run straight into the object («خرازی تبادل نظر … را ضروری خواند»).
  // «ساری ـ اداره کل شیلات …»: a city in a dateline is no surname.
  if (isCity(t.key)) return null;
  // «زمانی که جورج بوش … قول داد»: «زمانی که», «وقتی که» open a clause of time, not a subject.
  if (next?.key === 'که' && WHEN_WORDS.has(t.key)) return null;
  // «نیازی به توضیح نیست»: a surname that is also a word, used as the word.
  if (WORD_SURNAMES.has(t.key) && (next?.key === 'به' || next?.key === 'نیست' || next?.key === 'است')) return null;
  // «کریم می‌گوید: …»: in a story, a first name alone right before a verb only people use is its bearer.
  // «عبدالله، وزیر امور خارجه دولت ربانی، خاطرنشان کرد»: so is one with a role set off by commas.
  const firstNameAlone = (speechVerb && clauseStart && i + 1 === limit) || (clauseStart && isComma(next) && isRoleHead(tokens[i + 2]?.key ?? ''));
  const listed = SURNAMES.has(t.key) && next?.key !== 'و';
  // «باب‌هوک، افزود: …»: a comma right before the verb closes the surname too.
  const commaThenVerb = isComma(next) && i + 2 === limit;
  if (i + 1 < limit && !listed && !commaThenVerb && !(next && ((NAME_STOPPERS.has(next.key) && !NOT_AFTER_LONE.has(next.key)) || LONE_OBJECT_OPENERS.has(next.key) || roleNext))) return null;
  // Unlike after a first name, «ـایی» here is a surname («رضایی»), not a nationality (those isPersonWord refused).
  // A broken plural in «ـات» («مقامات») does not «گفت» in the singular; «عرفات» does.
  // A first name alone is not how news refers to someone, unless it is a surname too («خانی»).
  if (ANONYMOUS_HEADS.has(t.key) || (BROKEN_PLURAL_RE.test(t.key) && !speechVerb) || TIME_ADJECTIVE.test(t.key) || (FIRST_NAMES.has(t.key) && !SURNAMES.has(t.key) && !firstNameAlone)) return null;
  // «متخصصان», «پژوهشگران»: a plural in «ان»; surnames in «یان» («کریمیان») stay.
  // «شونمان», «هارتمان»: «ـمان» is rarely a plural («مردمان»), and singular nouns in it are in the lists.
  if (/[^ی]ان$/.test(t.key) && !/مان$/.test(t.key)) return null;
  // «امام جمعه», «رئیس‌جمهوری», «فرزندش»: a two-word role, a role with «ی», a relative with a possessive.
  if (roleHeadLength(tokens, i) || isRoleHead(t.key.replace(/ی$/, '')) || isKinHead(t.key.replace(/(?:ش|م|ت|شان|مان|تان)$/, ''))) return null;
  return { from: i, to: i + 1, titled: false, hasFirstName: false };
}
