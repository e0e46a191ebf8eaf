// Reporting verbs: «گفت», «افزود», «تاکید کرد», «معتقد است», «… را … خواند», and the
// prepositional openers «به گفته X،» and «… این را X گفت». Work on foldForMatch text (offsets are
// the original's); ZWNJ between the parts of a verb may be there, be a space, or be missing.
/** How sure a verb makes us that one unknown word before it is a person (see personVerb). */
export type LoneSurname = false | 'speech' | 'stance' | 'listed';

/** A reporting verb in a sentence: its offsets and where its subject clause may start. */
export interface VerbHit {
  start: number;
  end: number;
}

// Between the parts of a compound verb: space, ZWNJ, or nothing (glued in broken text).
const J = '[\\s\\u200c\\u200b]*';
// «ابراز پشیمانی/نگرانی/تاسف کرد»: any noun after «ابراز».
const WORD = '[\\u0620-\\u064a\\u067e\\u0686\\u0698\\u06a9\\u06af\\u06cc\\u200c]{3,}';
const PREVERBS = [
  'اظهار', 'تصریح', `خاطر${J}نشان`, `تا?\\u200b?${J}کید`, 'اعلام', 'عنوان', 'بیان', 'اشاره', 'تشریح',
  'یادآوری', 'توصیه', 'اضافه', `ابراز${J}امیدواری`, `اظهار${J}امیدواری`, 'ابراز', 'ارزیابی', 'توصیف',
  'فاش', 'هشدار', 'خبر', 'ادامه', 'توضیح', 'اذعان', 'تبیین', 'اعتراف', 'درخواست', 'انتقاد', 'گلایه',
  'پیشنهاد', 'گزارش', `اظهار${J}نظر`, `ابراز${J}${WORD}`, 'ادعا', 'عذرخواهی', 'نسبت', 'تکذیب', 'رد', 'پاسخ', 'وعده', 'قول', 'اطمینان', 'تهدید',
].join('|');
// Plural «کردند» is a coordinated subject («X و Y تاکید کردند») or an honorific singular.
// Present tense too: «توصیف می‌کند», «اظهار می‌دارد», «توضیح می‌دهد» (features and analyses).
const LIGHT = `(?:(?:کرد|ساخت|داشت|نمود|داد)(?:ند)?|می${J}(?:کند|کنند|سازد|دارد|دارند|دهد|دهند|نماید))`;
// «… کرده است» / «… کرده‌اند» (honorific plural for one person) report speech too.
const PERFECT = `(?:ه(?:${J}(?:است|اند|بود))?)?`;
// «تاکید و خاطرنشان کرد», also without «و»: «اذعان تاکید کرد».
// «… نسبت داده می‌شود», «اعلام کرده شد»: a passive names no speaker.
const PASSIVE = `(?!\\s*(?:می${J})?(?:شود|شد|شوند|شدند|شده))`;
const COMPOUND = `(?:${PREVERBS})(?:${J}(?:و${J})?(?:${PREVERBS}))*${J}${LIGHT}${PERFECT}${PASSIVE}`;
const SIMPLE = [
  // «خواستار اعاده وضع به حال سابق … شد»: the request may stand between «خواستار» and «شد».
  // «… را کافی ندانست / نمی‌داند»: a stance denied is a stance too.
  // «از بسته شدن بازارها گله دارد: «…»», «تجربه‌اش را این‌طور تعریف کرده است: «…»»: a complaint, a story told.
  `(?:گله|گلایه)${J}دار(?:د|ند)`, `تعریف${J}(?:کرد|کرده${J}است|می${J}کند)(?=\\s*:)`,
  // «مردم را به آموختن … فراخواند»: a call, like «از مردم خواست».
  'گفتند', 'افزودند', 'دانستند', 'ندانستند', 'گفت', 'افزود', 'نوشت', 'دانست', 'ندانست', `نمی${J}داند`, `فرا${J}خواندند`, `فرا${J}خواند`, `خواستار(?:(?:\\s+[^\\s.،,:؛!؟?«»]+){1,30}?\\s+|${J})شد(?:ند|ه${J}(?:است|اند))?`, 'خواست',
  // «مدعی دست داشتن برخی نیروها … شد»: a claim, with its content between «مدعی» and «شد».
  `مدعی(?:(?:\\s+[^\\s.،,:؛!؟?«»]+){1,20}?\\s+|${J})شد(?:ند)?`,
  // «فرمود», «فرمودند», «فرموده‌اند»: the honorific «said» of leaders and saints.
  'فرمودند', 'فرمود', `فرموده${J}(?:است|اند)`,
  // «… را از جمله فعالیت‌ها برشمرد»: listing as one's view.
  'برشمردند', 'برشمرد',
  `دانسته${J}(?:است|اند)`, `افزوده${J}است`, `گفته${J}(?:است|بود)`,
  // «در نظر خود نوشته است که …»: only before what was written; «فیلمنامه را X نوشته است» is authorship.
  `نوشته${J}(?:است|اند|بود)(?=\\s*(?::|که(?![\\u0620-\\u06ff])))`,
  // «برای متهم ردیف اول تقاضای اشد مجازات کرد»: a request with its object inside.
  `تقاضای(?:\\s+[^\\s.،,:؛!؟?«»]+){1,8}?\\s+کرد(?:ند)?`,
  `(?:یادآور|متذکر)${J}شد`, `می${J}(?:گوید|افزاید|نویسد|داند)`, `معتقد(?:ند|${J}(?:است|بود|بودند|هستند))`,
  // «بر این باور است که …», «بر این عقیده بودند»: a view, like «معتقد است».
  `بر\\s+این\\s+(?:باور|عقیده|اعتقاد|نظر)${J}(?:است|بود|بودند|هستند|اند)`,
  // «بر … تأکید دارند», «از خداوند مسئلت می‌کند که …»: present-tense views and requests.
  `تا?\\u200b?${J}کید${J}دار(?:د|ند)`, `مس[ئی]لت${J}(?:کرد|می${J}کند)`,
  // «ایشان … نشان می‌دهد که …», «… اثبات می‌کند که …»: an argument, only before its «که» clause.
  `(?:نشان${J}(?:می${J})?(?:دهد|داد|دهند|دادند)|اثبات${J}(?:می${J})?(?:کند|کرد|کنند|کردند))(?=\\s+که(?![\\u0620-\\u06ff]))`,
].join('|');
// Not inside a word; «گفت‌وگو»/«گفت و گو» (conversation) and «به گفته» are not the verb.
// Letters only: «،» «؛» «؟» sit in the same Unicode block but end a word.
// A ZWNJ glued to a letter joins a word («نمی‌گفت», «گفت‌وگو»); a stray one after a space does not.
const CORE = '[\\u0620-\\u064a\\u0671-\\u06d3\\u06fa-\\u06ff]';
const LETTER = '[\\u0620-\\u064a\\u0671-\\u06d3\\u06fa-\\u06ff\\u200c]';
const VERB_RE = new RegExp(`(?<!${CORE}[\\u200c\\u200b]*)(?:${COMPOUND}|${SIMPLE})(?![\\u200c\\u200b]*${CORE})(?!\\s*و\\s*گو)`,
  'g',
);
// «… را «دروغ آشکار» خواند», «آن را غیرقانونی خواند»: «خواند» names what the object is («called it»)
// after a quote or a short predicate after «را»; «نماز را خواند» (read, sang) has no predicate.
// «… را از مشکلات عمده بخش تولید خواند»: «one of» a group is a predicate too.
const CALLED_RE = new RegExp(
  `(?:»|(?<!${LETTER})را(?:\\s+از)?((?:\\s+[^\\s«»،,.:؛!؟?]+){1,4}))\\s*(خواند(?:ند)?|خوانده${J}(?:است|اند))(?!${LETTER})`, 'g',
);
const NOT_PREDICATE_RE = /(?:^|\s)(?:با|در|از|به|برای|بر)(?:\s|$)/;

const IMPERSONAL_BEFORE_RE = /(?:^|[\s\u200c])(?:می[\s\u200c]*(?:شود|توان)|نمی[\s\u200c]*(?:شود|توان)|بتوان|باید|نباید|شاید)[\s\u200c]+$/;
const MODAL_IN_CLAUSE_RE = /(?:^|[\s\u200c])(?:باید|نباید|بتوان|می[\s\u200c]*توان|نمی[\s\u200c]*توان)[\s\u200c][^،,.:؛!؟?«»]*$/;
const FROM_RE = /(?:^|[\s،,])از[\s\u200c]/;
// What one denies: a claim, a report, a rumour, an accusation (plurals and «ـی» included).
const CLAIM_BEFORE_RE = /(?:ادعا|اتهام|شایعه|شایعات|شبهه|شبهات|گزارش|خبر|اخبار|اظهارات|سخنان|تکذیب|انتقاد|مطالب|مطلب|موضوع|احتمال|نظریه|فرضیه|دخالت|نقش)(?:ها|های|ات|ی)?[\s\u200c][^.!?؟]*$/;
const SPEECH_AFTER_RE = /^\s*(?::|«|"|که(?:\s|$))/;

// «به گفته وی،» / «به باور او،» / «به اعتقاد …» / «از نگاه …» introduce a statement.
const ACCORDING_TO_RE = /(?<=^|[،,]\s*|(?:^|[،,]\s*)(?:اما|ولی|و)\s+)(?:به[\s\u200c]*(?:گفته|نوشته|باور|اعتقاد|عقیده|تعبیر|نظر)|از[\s\u200c]*(?:نگاه|دیدگاه)|بنا[\s\u200c]*به[\s\u200c]*گفته)[\s\u200c]+/;
// «…» این را NAME گفت: the quote comes first, the speaker after «این را».
// «این جمله را …», «این سخنان را …», «این نکته را …» name the quote the same way.
const THIS_SAID_RE = /(?:^|»\s*[،,]?\s*)این(?:[\s\u200c]*(?:ها|سخنان|سخن|حرف(?:[\s\u200c]*ها)?|جمله|جملات|مطلب|مطالب|نکته|نکات|اظهارات|عبارت))?[\s\u200c]*را[\s\u200c]/;

/** Reporting verbs of a sentence (folded text), in order. */
export function findVerbs(folded: string): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of folded.matchAll(VERB_RE)) {
    // «به گفته» is handled as a preposition, not a verb («پنج‌شنبه گفته بود» is the verb).
    if (/(?:^|[^\u0620-\u06ff])به[\s\u200c]*$/.test(folded.slice(Math.max(0, m.index - 6), m.index)) && m[0].startsWith('گفته')) continue;
    // «… هر گونه شبهه … را رد کرد» denies a claim; «شرکت در اجلاس را رد کرد» declines to act.
    if (/^رد[\s\u200c]/.test(m[0]) && !CLAIM_BEFORE_RE.test(folded.slice(Math.max(0, m.index - 80), m.index))) continue;
    // «می‌شود گفت», «می‌توان گفت», «باید گفت»: one may say; nobody is saying it.
    if (IMPERSONAL_BEFORE_RE.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    // «آیا باید آن را پیش‌لرزه دانست؟»: a modal earlier in the clause makes «دانست» anyone's judgement.
    if (m[0].startsWith('دانست') && MODAL_IN_CLAUSE_RE.test(folded.slice(Math.max(0, m.index - 80), m.index))) continue;
    // «خواست» reports a request only as «از X خواست»; alone it is the noun «demand».
    if (m[0] === 'خواست' && !FROM_RE.test(folded.slice(0, m.index))) continue;
    // «وی ادامه داد: …», «… ادامه داد که …» report speech; «مسیر را در سکوت ادامه داد» continues a path.
    if (m[0].startsWith('ادامه') && !SPEECH_AFTER_RE.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(CALLED_RE)) {
    if (m[1] && NOT_PREDICATE_RE.test(m[1])) continue;
    const start = m.index + m[0].length - m[2].length;
    hits.push({ start, end: start + m[2].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Where «به گفته » stands (sentence start, or after a comma), null if absent. */
export function accordingTo(folded: string): { start: number; end: number } | null {
  const m = ACCORDING_TO_RE.exec(folded);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Where «این را» that follows a quote stands («…» این را X گفت): [its start, the end of «را»], or null. */
export function thisSaid(folded: string): [number, number] | null {
  const m = THIS_SAID_RE.exec(folded);
  if (!m) return null;
  const end = m.index + m[0].length;
  if (m.index === 0) return [0, end];
  return folded.trimStart().startsWith('«') ? [m.index + m[0].indexOf('ا', m[0].indexOf('»')), end] : null;
}

// Verbs only people use («گفت», «افزود», «تصریح کرد»), not «نوشت», «اعلام کرد» or «نشان داد», which
// outlets, bodies and studies do too: only these let one unknown word before them be a surname.
const SPEECH_VERB_RE = /^(?:گفت|افزود|فرمود|می[\s\u200c]*گوید|اظهار|تصریح|خاطر[\s\u200c]*نشان|یادآور|ادامه|توضیح|اشاره|بیان|تا?\u200b?[\s\u200c]*کید)/;
// A verb followed by «:» opens direct speech, which a person gives whatever the verb («ربیعی تأکید کرد: …»).
// Outlets write too («الجمهوریه نوشت: …»), so verbs of writing do not count.
export const DIRECT_SPEECH_AFTER_RE = /^\s*:/;
const WRITING_VERB_RE = /^(?:نوشت|می[\s\u200c]*نویسد)/;
// Past-tense verbs of stance and request («… را ضروری دانست», «عذرخواهی کرد») are a person's too, except
// those bodies, outlets and studies use as often: announcements, warnings, findings, advice, and the
// present tense of a paper's commentary («برلینر مورگن‌پست می‌افزاید»).
const BODY_VERB_RE = /^(?:اعلام|گزارش|خبر|هشدار|تهدید|درخواست|نشان|اثبات|توصیه|معتقد|بر[\s\u200c]+این|رد|می[\s\u200c])/;

/**
 * How sure a verb makes us that its subject is a person: 'speech' for verbs only people use,
 * 'stance' for a reporting verb opening direct speech or a stance, 'listed' for announcements and the
 * like, which bodies make too, so only a listed surname («کمالی … اعلام کرد») is taken alone.
 */
export function personVerb(folded: string, verb: { start: number; end: number }): LoneSurname {
  const word = folded.slice(verb.start, verb.end);
  if (SPEECH_VERB_RE.test(word)) return 'speech';
  if (WRITING_VERB_RE.test(word)) return false;
  return DIRECT_SPEECH_AFTER_RE.test(folded.slice(verb.end)) || !BODY_VERB_RE.test(word) ? 'stance' : 'listed';
}

// «گفتند», «کردند», «خوانده‌اند»: a plural subject. «خواند» (called) and «می‌کند» end in «ند» but are singular.
const SINGULAR_IN_ND_RE = /(?:^|[\s\u200c])(?:خواند|کند)$/;
export const isPluralVerb = (verbText: string) => /ند$/.test(verbText) && !SINGULAR_IN_ND_RE.test(verbText);
