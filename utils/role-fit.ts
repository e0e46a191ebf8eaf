// Whether two mentions of a role can be one person: «معاون وزیر کشور» and «معاون … وزارت کشور» are,
// «مدیرکل آموزش و پرورش تهران» and «معاون … وزارت آموزش و پرورش» are not. Works on roleWords.
import { matchKey } from './normalize';

// Words too general to tell two roles apart: «فرمانده انتظامی شهرستان یزد» and «… شهرستان مهریز»
// differ in their last word, «معاون فنی مرکز بهداشت استان یزد» and «… بهداشت یزد» do not.
// «نماینده شیراز در مجلس شورای اسلامی»: the house is shared by every member, the constituency is not.
const GENERIC_WORDS = new Set(['استان', 'شهرستان', 'کشور', 'سابق', 'پیشین', 'فعلی', 'کنونی', 'مجلس', 'شورا', 'اسلام'].map(matchKey));

/** Whether the last specific word of a role (its place or organization) is missing from the other. */
function ownSpecifier(words: string[], other: Set<string>): boolean {
  const specific = words.filter((w) => !GENERIC_WORDS.has(w));
  return specific.length > 1 && !other.has(specific[specific.length - 1]);
}

/** «فرمانده انتظامی شهرستان یزد» vs «… شهرستان مهریز»: every word but the last specific one is shared. */
function sameUpToSpecifier(mention: string[], have: Set<string>): boolean {
  const specific = mention.filter((w) => !GENERIC_WORDS.has(w));
  return specific.slice(0, -1).every((w) => have.has(w));
}

/**
 * How well a role mention fits a known role: 0 when it does not; otherwise more for a shared
 * head word and for each shared content word. A mention whose words all appear in the role fits best.
 * The same head with another last specific word (a place, an organization) is another role; a
 * different head may be a second title of the same person («امام جمعه» and «نماینده … خبرگان»).
 */
// Ranks in an office: one person does not hold two of them at once, so «مدیرکل آموزش و پرورش
// تهران» is not the «معاون … وزارت آموزش و پرورش» quoted before, though the words overlap. Heads of
// a body are one rank whatever the word («مدیر اطلاعات ملی» is also «رئیس اطلاعات ملی»).
const RANK_CLASSES: Record<string, string[]> = {
  head: ['رئیس', 'رییس', 'مدیر', 'مدیرکل', 'مدیرعامل', 'سرپرست', 'رئیس کل', 'دبیر', 'دبیرکل'],
  deputy: ['معاون', 'قائم مقام', 'نایب رئیس', 'نائب رئیس'],
  // roleWords folds the head «وزیر» to «وزارت» so that it meets «… وزارت کشور».
  minister: ['وزیر', 'وزارت'],
  spokesperson: ['سخنگو'],
  governor: ['استاندار'],
  county: ['فرماندار'],
  district: ['بخشدار'],
  mayor: ['شهردار'],
  prosecutor: ['دادستان'],
  commander: ['فرمانده'],
  ambassador: ['سفیر'],
  // Commentators hold no office: «معاون نظارت بر بازار …» is not the «کارشناس بازار سرمایه» just quoted.
  commentator: ['کارشناس', 'کارشناس ارشد', 'تحلیلگر', 'پژوهشگر', 'اقتصاددان', 'جامعه شناس', 'روانشناس', 'منتقد', 'مفسر', 'فعال'],
};
const RANK_OF = new Map(Object.entries(RANK_CLASSES).flatMap(([rank, words]) => words.map((w) => [matchKey(w), rank] as const)));

// A council or committee is chaired ex officio: «رئیس شورای اداری استان» is the governor too.
const CHAIRED_BODIES = new Set(['شورا', 'ستاد', 'کمیته', 'کمیسیون', 'مجمع', 'هیئت', 'هیات', 'کارگروه', 'جلسه', 'نشست', 'همایش', 'جشنواره'].map(matchKey));

function rankOf(words: string[]): string | undefined {
  return CHAIRED_BODIES.has(words[1] ?? '') ? undefined : RANK_OF.get(words[0] ?? '');
}

/**
 * Two roles headed by different ranks («شهردار تبریز» and «مدیرعامل سازمان … شهرداری تبریز»), whatever
 * words they share: never one person met first by role and named later.
 */
export function otherRankHeads(mention: string[], role: string[]): boolean {
  const a = rankOf(mention);
  const b = rankOf(role);
  return !!a && !!b && a !== b;
}

/** Both roles are ranks in an office, and different ones. */
export function differentRanks(mention: string[], role: string[]): boolean {
  const a = rankOf(mention);
  const b = rankOf(role);
  // «معاون استاندار و فرماندار ویژه میناب» holds both ranks: «فرماندار ویژه میناب» is the same person.
  return !!a && !!b && a !== b && !role.includes(mention[0]);
}

export function roleFit(mention: string[], role: string[]): number {
  if (!mention.length || !role.length) return 0;
  const have = new Set(role);
  let shared = 0;
  for (const w of mention.slice(1)) if (have.has(w)) shared++;
  const sameHead = mention[0] === role[0];
  if (!sameHead && shared === 0) return 0;
  if (sameHead && ownSpecifier(mention, have) && ownSpecifier(role, new Set(mention)) && sameUpToSpecifier(mention, have)) {
    return 0;
  }
  const sameRank = !!rankOf(mention) && rankOf(mention) === rankOf(role);
  if ((sameHead || sameRank) && otherBody(mention, role)) return 0;
  const allIn = mention.every((w) => have.has(w));
  return (sameHead ? 2 : 0) + shared + (allIn ? 3 : 0);
}

/**
 * «مدیرکل پزشکی قانونی استان کرمان» vs «مدیرکل راهداری و حمل‌ونقل جاده‌ای استان کرمان» (or «رئیس
 * پلیس راه استان کرمان»): the same rank and place, but the words naming the body share nothing.
 */
function otherBody(mention: string[], role: string[]): boolean {
  const body = (words: string[], other: string[]) =>
    words.slice(1).filter((w) => !GENERIC_WORDS.has(w) && !(w === words[words.length - 1] && other.includes(w)));
  const a = body(mention, role);
  const b = new Set(body(role, mention));
  return a.length > 0 && b.size > 0 && a.every((w) => !b.has(w));
}
