// Question-and-answer interviews: «خبرگزاری تسنیم در گفت‌وگو با حجت‌الاسلام X، کارشناس …، …» opens
// the article, then questions (paragraphs ending in «؟») alternate with answers that carry no
// reporting verb. Each answer is one statement of the person named after «گفت‌وگو با», or of the
// subject when an outlet follows it («سعید مرادخانی، اقتصاددان، در گفت‌وگو با فرارو می‌گوید …»).
import type { Sentence } from './sentences';
import { fold, readMention, subjectStarts, tokenize } from './attribution';
import { isFirstName, parseName, surnameKeys } from './names';
import { closedApposition } from './name-shapes';

export interface Interviewee {
  name: string;
  nameKey: string;
  surnames: string[];
  role: string;
  answers: string[];
}

// «در گفت‌وگو با», «در گفتگو با», «در مصاحبه با» — the interviewee follows «با».
// «گفت‌وگوی خبرنگار ورزشی ایسنا با او را … می‌خوانید»: a few words may stand between.
const WITH_RE = /(?:گفت[\s\u200c]*و[\s\u200c]*گوی?|گفتگوی?|مصاحبه)(?:[\s\u200c]+[^.؟?،:]{1,40}?)?[\s\u200c]+با[\s\u200c]+/;
const QUESTION_END_RE = /[؟?]\s*$/;
// «پیوست … با نسترن امیری، پژوهشگر …، گفت‌وگو کرده است.»: the interviewee before the verb (group 1).
const HELD_WITH_RE = /(?:^|\s)با[\s\u200c]+([^.؟?]{3,120}?[\s\u200c]+)(?:گفت[\s\u200c]*و[\s\u200c]*گو|گفتگو|مصاحبه)[\s\u200c]+(?:کرد|کرده|کردیم|کرده[\s\u200c]*ایم|انجام)/;
// «بودجه باشگاه چقدر است؟ شنیده می‌شود با مشکل روبه‌رو هستید.»: a question with a remark after it.
const QUESTION_INSIDE_RE = /[؟?]/;
const MAX_QUESTION_CHARS = 250;
// A paragraph that ends without a stop is a subheading between answers, not part of one.
const STOP_END_RE = /[.!؟?:»")]\s*$/;
const LEAD_PARAGRAPHS = 4;
const SENTENCE_STOPS = new Set(['.', '!', '؟', '?']);
const MIN_QUESTIONS = 2;

function paragraphs(sentences: Sentence[]): string[] {
  const out: string[] = [];
  let last = -1;
  for (const s of sentences) {
    if (s.paragraph !== last) out.push(s.text);
    else out[out.length - 1] += ' ' + s.text;
    last = s.paragraph;
  }
  return out;
}

/**
 * The person interviewed and the paragraph that introduces them: named after «گفت‌وگو با» in the lead,
 * or in «… با NAME، ROLE، گفت‌وگو کرده است» right before the first question, anywhere in the article.
 */
function interviewee(paras: string[]): { person: Omit<Interviewee, 'answers'>; at: number } | null {
  // The introduction nearest the first question wins: in «X، سخنگوی …، در گفت‌وگو با سینماپرس
  // اظهار کرد …» the outlet's interview is only where X spoke; «… با Y گفت‌وگو کرده است» before the
  // questions introduces the interview itself.
  const firstQuestion = paras.findIndex((p) => QUESTION_END_RE.test(p));
  let best: { person: Omit<Interviewee, 'answers'>; at: number } | null = null;
  for (let i = 0; i < (firstQuestion < 0 ? paras.length : firstQuestion); i++) {
    const text = paras[i];
    const folded = fold(text);
    const lead = i < LEAD_PARAGRAPHS ? WITH_RE.exec(folded) : null;
    const held = lead ? null : HELD_WITH_RE.exec(folded);
    // «… با Y گفت‌وگو کرده است» introduces the questions right after it, or those a short background
    // paragraph or two later when it stands in the lead.
    const heldNear = held && (QUESTION_END_RE.test(paras[i + 1] ?? '') || (i < LEAD_PARAGRAPHS && firstQuestion - i <= 3));
    if (!lead && !heldNear) continue;
    const tokens = tokenize(folded);
    let m;
    if (lead) {
      const at = tokens.findIndex((t) => t.start >= lead.index + lead[0].length);
      const after = at < 0 ? null : readMention(tokens, at, tokens.length, []);
      if (after?.kind === 'pronoun') {
        // «گفت‌وگوی خبرنگار ما با او را می‌خوانید:»: whoever the paragraphs before named.
        const found = lastNamed(paras, i, text);
        if (found) best = { person: found, at: i };
        continue;
      }
      m = after?.kind === 'name' && after.from <= at + 4 ? after : subjectBefore(tokens, lead.index);
    } else {
      const nameStart = held!.index + held![0].indexOf(held![1]);
      const at = tokens.findIndex((t) => t.start >= nameStart);
      const verb = tokens.findIndex((t) => t.start >= nameStart + held![1].length);
      m = at >= 0 && verb > at ? readMention(tokens, at, verb, []) : null;
      // «نرگس ملکی‌زاده، پرستار …، … کار کرد. با او … گفت‌وگو کرده‌ایم.»
      if (m?.kind === 'pronoun') {
        const found = lastNamed(paras, i, text.slice(0, held!.index));
        if (found) best = { person: found, at: i };
        continue;
      }
      if (m?.kind !== 'name') m = null;
    }
    if (!m) continue;
    const nameTokens = tokens.slice(m.from, m.to);
    const role = m.role ? text.slice(tokens[m.role[0]].start, tokens[m.role[1] - 1].end).trim() : '';
    best = {
      person: {
        name: text.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].end),
        nameKey: nameTokens.map((t) => t.key).join(''),
        surnames: surnameKeys(nameTokens),
        role,
      },
      at: i,
    };
  }
  return best;
}

/**
 * The last first-named person (with the apposition after the name as role) in `before` (the text
 * of paragraph i up to the mention) or, failing that, in the paragraph before: whom «با او» means.
 */
function lastNamed(paras: string[], i: number, before: string): Omit<Interviewee, 'answers'> | null {
  for (const text of [before, paras[i - 1] ?? '']) {
    const tokens = tokenize(fold(text));
    let found: Omit<Interviewee, 'answers'> | null = null;
    for (let k = 0; k < tokens.length; k++) {
      if (!isFirstName(tokens[k].key)) continue;
      const name = parseName(tokens, k, tokens.length);
      if (!name?.hasFirstName) continue;
      const nameTokens = tokens.slice(name.from, name.to);
      const role = closedApposition(tokens, name.to);
      found = {
        name: text.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].end),
        nameKey: nameTokens.map((t) => t.key).join(''),
        surnames: surnameKeys(nameTokens),
        role: role ? text.slice(tokens[role[0]].start, tokens[role[1] - 1].end).trim() : '',
      };
      k = name.to;
    }
    if (found) return found;
  }
  return null;
}

/** The person named at the start of the sentence, before «در گفت‌وگو با …». */
function subjectBefore(tokens: ReturnType<typeof tokenize>, withStart: number) {
  let limit = tokens.findIndex((t) => t.start >= withStart);
  if (limit > 0 && tokens[limit - 1].key === 'در') limit--;
  if (limit <= 0) return null;
  let from = limit;
  while (from > 0 && !SENTENCE_STOPS.has(tokens[from - 1].text)) from--;
  for (const start of subjectStarts(tokens, from, limit)) {
    const m = readMention(tokens, start, limit, []);
    if (m?.kind === 'name') return m;
  }
  return null;
}

/** The interviewee and one statement per answer, or null when the article is not an interview. */
export function readInterview(sentences: Sentence[]): Interviewee | null {
  const paras = paragraphs(sentences);
  const found = interviewee(paras);
  if (!found) return null;
  const { person, at } = found;
  const answers: string[] = [];
  let open: string[] | null = null;
  for (const p of paras.slice(at + 1)) {
    if (QUESTION_END_RE.test(p) || (QUESTION_INSIDE_RE.test(p) && p.length <= MAX_QUESTION_CHARS)) {
      if (open?.length) answers.push(open.join(' '));
      open = [];
    } else if (open && STOP_END_RE.test(p)) {
      open.push(p);
    } else if (open?.length) {
      answers.push(open.join(' '));
      open = null;
    }
  }
  if (open?.length) answers.push(open.join(' '));
  return answers.length >= MIN_QUESTIONS ? { ...person, answers } : null;
}
