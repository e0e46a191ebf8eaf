// Named people whose words are reported. Each sentence with a reporting verb is read from its
// subject: a name (with its role), a pronoun («وی»/«او» → the last subject), a surname or title +
// surname, or a role alone («معاون وزیر کشور» → whoever holds a matching role). People known only
// by a role are kept aside and reported only if a name for them turns up: the product promises
// *named* speakers.
import type { Speaker } from './types';
import type { Sentence } from './sentences';
import { matchKey } from './normalize';
import { isFirstName, titleLength, type Token } from './names';
import { FAMOUS, SURNAMES } from './name-words';
import { readInterview } from './interview';
import { roleWords } from './roles';
import {
  findVerbs, isPluralVerb, personVerb, isReporterSentence, quoteRange, readMention, subjectStarts,
  DIRECT_SPEECH_AFTER_RE, type Mention,
} from './attribution';
import { readAccordingTo, readOnBehalf, readThisSaid } from './speech-forms';
import { givenNameOnly } from './given-name-speaker';
import { closedApposition } from './name-shapes';
import { anonymous, findByKey, knownOrMentioned, knownPeople, nameKeyOf, newPerson, personMentioned, resolve, slice, type Context, type Mentioned, type Person } from './speaker-people';
import { detached, readMessageIntro, readQuotedFrom, readRelayed, relaysWithoutVerb } from './relayed-speech';
import { fullNames, introductions, organizationWords, readSentences, type ReadSentence } from './article-prepass';
import { transcriptTurns } from './transcript';

// A message's text ends where the agency speaks again.
const MESSAGE_STOP_RE = /^(?:به[\s\u200c]*گزارش|گفتنی|لازم[\s\u200c]*به[\s\u200c]*ذکر|انتهای[\s\u200c]*پیام)/;
const MAX_MESSAGE_PARAGRAPHS = 8;
const LETTERS = /[\u0620-\u064a\u0671-\u06d3]/;
const INDEFINITE_SUBJECT = new Set(['یک', 'یکی']);
const STANDING_QUOTE_RE = /^\s*«/;
// «… که نخواست نامش فاش شود»، «… که خواست نامش منتشر نشود»، «مایل به فاش شدن نامش نبود».
const ANONYMITY_RE = /(?:خواست|خواستند|مایل|تمایل)[^.؟!،,:]{0,30}?[\s\u200c]نام(?:ش|شان|ی|[\s\u200c])/;

/** The other subjects of «X، Y و Z تاکید کردند» (plural verb), in order. */
function coordinated(ctx: Context, m: Mention, tokens: Token[], verbTok: number): Mention[] {
  const others: Mention[] = [];
  let k = m.role ? Math.max(m.role[1], m.to) : m.to;
  const joins = (t: Token) => t.key === 'و' || t.text === '،' || t.text === ',';
  while (k < verbTok && joins(tokens[k])) {
    // «X، ROLE، و Y، ROLE، گفتند»: the comma closing a role, then «و».
    while (k + 1 < verbTok && joins(tokens[k + 1])) k++;
    const next = readMention(tokens, k + 1, verbTok, knownPeople(ctx));
    if (!next || next.kind === 'role' || next.kind === 'pronoun') break;
    others.push(next);
    k = next.role ? Math.max(next.role[1], next.to) : next.to;
  }
  return others;
}

const ASKED_RE = /(?:^|\s)از[\s\u200c]+[^.؟?]{1,60}?[\s\u200c](?:پرسید|پرسیدند|سوال[\s\u200c]*کرد|سؤال[\s\u200c]*کرد|جویا[\s\u200c]*شد)(?![\u0620-\u06d3])/;

const ASKING_WORDS = new Set(['پرسید', 'پرسیدند', 'سوال', 'سؤال', 'جویا'].map(matchKey));

/** The person named after «از» in «… از NAME پرسید», or null. */
function askedPerson(ctx: Context, s: Sentence, folded: string, tokens: Token[]): Person | null {
  const hit = ASKED_RE.exec(folded);
  if (!hit) return null;
  const from = tokens.findIndex((t) => t.start >= hit.index + hit[0].indexOf('از') + 2);
  const verb = tokens.findIndex((t, i) => i > from && ASKING_WORDS.has(t.key));
  const m = from >= 0 && verb > from ? readMention(tokens, from, verb, knownPeople(ctx), false, 'speech') : null;
  return m && (m.kind === 'name' || m.kind === 'known') ? resolve(ctx, m, s.text, tokens, false) : null;
}

// «… که همکارانش او را «حاج‌ناصر» صدا می‌زنند»: a nickname the article gives.
const NICKNAME_RE = /(?:^|\s)او[\s\u200c]+را[\s\u200c]+«?([^\s«»،,]+)»?[\s\u200c]+(?:صدا[\s\u200c]*می[\s\u200c]*زن|می[\s\u200c]*نام|می[\s\u200c]*خوان)/;

/** One word read as a name by its place alone: in no list, with no title or role. */
function shapeOnly(m: Mention, tokens: Token[]): boolean {
  const key = tokens[m.from].key;
  return m.kind === 'name' && m.to - m.from === 1 && !m.role && !SURNAMES.has(key) && !FAMOUS.has(key) && !titleLength(tokens, Math.max(0, m.from - 1));
}

/** Reads one sentence; true when it was attributed to someone. */
function readSentence(ctx: Context, { s, folded, tokens }: ReadSentence): boolean {
  if (isReporterSentence(folded) || !tokens.length) return false;
  if (readMessageIntro(ctx, s, folded, tokens)) return true;
  if (readThisSaid(ctx, s, folded, tokens) || readAccordingTo(ctx, s, folded, tokens) || readOnBehalf(ctx, s, folded, tokens)) return true;
  const verbs = findVerbs(folded);
  // «مدیرعامل یکی از بانک‌ها که نخواست نامش منتشر شود، گفت …»: a source unnamed on purpose, whom
  // a later «او» means and no later name is given to.
  // «مریم، زنی ۳۴ ساله که نخواست نام کاملش فاش شود، …»: named by the given name alone, on purpose.
  const partlyNamed = givenNameOnly(ctx, s.text, folded, tokens);
  if (partlyNamed) {
    ctx.last = partlyNamed;
    ctx.openQuote = null;
    const verb = verbs.find((v) => v.start > tokens[2].end);
    if (!verb) return false;
    const [qs, qe] = quoteRange(folded, verb);
    partlyNamed.quotes.push(s.text.slice(qs, qe).trim());
    return true;
  }
  const anonymity = ANONYMITY_RE.exec(folded);
  if (anonymity && verbs.length && anonymity.index < verbs[0].start) {
    ctx.last = anonymous();
    ctx.openQuote = null;
    return false;
  }
  // «حسم گفت برگرد» (a heading): a lone word in a sentence of next to nothing is no speaker.
  const saysLittle = tokens.filter((t) => LETTERS.test(t.text)).length < 5;
  const candidates = verbs.length ? knownOrMentioned(ctx) : [];
  for (const verb of verbs) {
    const verbTok = tokens.findIndex((t) => t.end > verb.start);
    const plural = isPluralVerb(folded.slice(verb.start, verb.end));
    let clause = 0;
    for (let i = 0; i < verbTok; i++) if (tokens[i].text === ':') clause = i + 1;
    let unknownPronoun = false;
    const starts = subjectStarts(tokens, clause, verbTok, DIRECT_SPEECH_AFTER_RE.test(folded.slice(verb.end)));
    // «یکی از ساکنان محل که نخواست نامش فاش شود، گفت»: an unnamed subject; nothing inside its clause speaks.
    if (INDEFINITE_SUBJECT.has(tokens[starts[0]]?.key ?? '') && !readMention(tokens, starts[0], verbTok, knownPeople(ctx))) break;
    // After «که» a lone word is a surname only right before the verb («… جویا شد که یونسی اظهار داشت»):
    // in «… با اشاره به این که اردوی … تأکید کرد» it is the clause's own subject.
    // After an unknown «وی» only a listed or titled name counts, not one known by its shape alone
    // («وی با بیان این که آقای یونسی … نمی‌دانستند», but not «… که مجموعه شواهد، …، تصریح کرد»).
    const mentionAt = (start: number) => {
      const lone = !plural && !unknownPronoun && (tokens[start - 1]?.key !== 'که' || start + 1 === verbTok) && personVerb(folded, verb);
      const m = readMention(tokens, start, verbTok, candidates, plural || unknownPronoun, lone);
      // «… کارولینا بالدیویا، شهردار سابق …، ۴۵ درصد آرا را به دست آورد. بالدیویا … گفت»
      if (m?.kind === 'known' && 'mentioned' in (m.person as object)) return { ...m, person: personMentioned(ctx, m.person as Mentioned) };
      return m;
    };
    for (const [k, start] of starts.entries()) {
      const m = mentionAt(start);
      if (!m) continue;
      // «X، نماینده …، اما طرح دولت را … خواند»: one word known by its shape alone gives way to a
      // fuller name at another subject start.
      if (shapeOnly(m, tokens) && starts.slice(k + 1).some((other) => { const o = mentionAt(other); return !!o && (o.kind === 'name' || o.kind === 'known') && !shapeOnly(o, tokens); })) continue;
      // «تویوتا در این بیانیه تأکید کرد:» after «شرکت خودروسازی ژاپنی تویوتا»: the company speaks.
      if (m.kind === 'name' && m.from === start && m.to === start + 1 && (saysLittle || ctx.organizations.has(tokens[start].key))) continue;
      const p = resolve(ctx, m, s.text, tokens);
      // «وی با بیان این مطلب که زندگی … می‌افزاید»: the subject is «وی», unknown here.
      if (!p && m.kind === 'pronoun') unknownPronoun = true;
      if (!p) continue;
      const [qs, qe] = quoteRange(folded, verb);
      const quote = s.text.slice(qs, qe).trim();
      p.quotes.push(quote);
      for (const other of plural ? coordinated(ctx, m, tokens, verbTok) : []) {
        const q = resolve(ctx, other, s.text, tokens);
        if (q && q !== p && !q.quotes.includes(quote)) q.quotes.push(quote);
      }
      const after = tokens.findIndex((t) => t.start >= verb.end);
      if (after >= 0) detached(ctx, () => readRelayed(ctx, s, folded, tokens, verbs, verb, after, p));
      ctx.last = p;
      ctx.openQuote = qs > 0 ? { person: p, paragraph: s.paragraph } : null;
      return true;
    }
  }
  // «در این گزارش به نقل از X آمده است که …»: the words come from X though no verb of speech says so.
  const quotedFrom = verbs.length || relaysWithoutVerb(folded) ? detached(ctx, () => readQuotedFrom(ctx, s, folded, tokens, verbs, null)) : null;
  if (quotedFrom) {
    ctx.last = quotedFrom;
    ctx.openQuote = null;
    return true;
  }
  // «خبرنگاری از ربیعی پرسید …؟ وی گفت: …»: whoever is asked is whom the answer's «وی» means.
  const asked = askedPerson(ctx, s, folded, tokens);
  if (asked) {
    ctx.last = asked;
    ctx.openQuote = null;
    return false;
  }
  // «یک نمایشگاه‌دار … گفت …», «یکی از خریداران گفت»: an unnamed source, whom a later «او» means.
  // («یک چشم‌پزشک گفت» is a role, which readMention took: the lead's teaser, named further on.)
  const sentenceStarts = subjectStarts(tokens, 0, tokens.length);
  if (verbs.length && INDEFINITE_SUBJECT.has(tokens[sentenceStarts[0]]?.key ?? '')) {
    ctx.last = anonymous();
    ctx.openQuote = null;
    return false;
  }
  // No attribution: a named subject still becomes the referent of a later «وی».
  for (const start of sentenceStarts) {
    const m = readMention(tokens, start, tokens.length, knownPeople(ctx));
    if (m && (m.kind === 'name' || m.kind === 'known')) {
      if (m.kind === 'name' && !m.role) m.role = closedApposition(tokens, m.to) ?? undefined;
      ctx.last = resolve(ctx, m, s.text, tokens, false);
      ctx.openQuote = null;
      return false;
    }
    // «در ادامه، نماینده حقوقی … در جایگاه قرار گرفت. رضا عسگری‌نیا گفت: …»: the role of whoever speaks next.
    if (m?.kind === 'role' && start === m.from && m.role && tokens.slice(m.role[1]).filter((t) => LETTERS.test(t.text)).length >= 2) {
      ctx.introduced = { role: slice(s.text, tokens, m.role[0], m.role[1]), words: roleWords(tokens.slice(m.role[0], m.role[1])), paragraph: s.paragraph };
      return false;
    }
  }
  return false;
}

/** A Q&A interview's answers are the interviewee's statements, before anything reported in them. */
function addInterview(ctx: Context, sentences: Sentence[]): void {
  const iv = readInterview(sentences);
  if (!iv) return;
  const p = findByKey(ctx, iv.nameKey) ?? newPerson(ctx, iv.name, iv.nameKey, iv.surnames);
  if (!p.role) p.role = iv.role;
  p.quotes.unshift(...iv.answers);
}

/**
 * «رستگارنیا اما از زاویه دیگری به ماجرا نگاه می‌کرد. وی برآورد کرد …»: someone already named who
 * opens a sentence that reports nothing is its subject, and whom the next «وی» means.
 */
function noteSubject(ctx: Context, tokens: Token[]): void {
  // Cheap first: the sentence must open with a given name or the surname of someone met or named.
  const first = tokens[0]?.key ?? '';
  if (!first || !(isFirstName(first) || ctx.fullNames.has(first) || ctx.people.some((p) => p.surnames.includes(first)))) return;
  const m = readMention(tokens, 0, tokens.length, knownOrMentioned(ctx));
  if (m?.kind !== 'known' || m.from !== 0 || !m.person) return;
  ctx.last = 'mentioned' in (m.person as object) ? personMentioned(ctx, m.person as Mentioned) : (m.person as Person);
}

/** Named people whose words are reported, each once with all their statements in article order. */
export function extractSpeakers(sentences: Sentence[]): Speaker[] {
  const read = readSentences(sentences);
  const ctx: Context = { people: [], last: null, openQuote: null, standingQuote: null, introduced: null, introducedHere: null,
    organizations: organizationWords(read), seen: new Set(), introductions: introductions(read), message: null, fullNames: fullNames(read),
  };
  const turns = transcriptTurns(read, ctx.fullNames);
  let answering: { person: Person; paragraph: number } | null = null;
  for (const [index, sentence] of read.entries()) {
    const { s } = sentence;
    // A transcript's answer: the whole paragraph is the labelled person's statement.
    const turn = turns.get(index);
    if (turn || answering?.paragraph === s.paragraph) {
      for (const t of sentence.tokens) ctx.seen.add(t.key);
      if (turn) {
        const person = findByKey(ctx, turn.surname) ?? personMentioned(ctx, { nameKey: nameKeyOf(turn.full), surnames: [turn.surname], mentioned: turn.full });
        person.quotes.push(s.text.slice(s.text.indexOf(':') + 1).trim());
        answering = { person, paragraph: s.paragraph };
        ctx.last = person;
      } else {
        const q = answering!.person.quotes;
        q[q.length - 1] += ' ' + s.text;
      }
      ctx.openQuote = null;
      continue;
    }
    answering = null;
    const open = ctx.openQuote;
    const standing = ctx.standingQuote;
    ctx.introducedHere = ctx.introduced?.paragraph === s.paragraph ? ctx.introduced : null;
    ctx.introduced = null;
    const message = ctx.message;
    const attributed = readSentence(ctx, sentence);
    // «… که همکارانش او را «حاج‌ناصر» صدا می‌زنند»: the nickname is the speaker's from now on.
    const nickname = attributed && ctx.last?.nameKey ? NICKNAME_RE.exec(sentence.folded)?.[1] : undefined;
    if (nickname && !ctx.last!.surnames.includes(matchKey(nickname))) ctx.last!.surnames.push(matchKey(nickname));
    for (const t of sentence.tokens) ctx.seen.add(t.key);
    if (message && message === ctx.message && (attributed || MESSAGE_STOP_RE.test(sentence.folded.trimStart()) || s.paragraph > message.paragraph + MAX_MESSAGE_PARAGRAPHS)) {
      ctx.message = null;
    } else if (message && message === ctx.message && s.paragraph > message.paragraph) {
      // The message's text, however many sentences and paragraphs: one statement.
      const q = message.person.quotes;
      if (message.started) q[q.length - 1] += ' ' + s.text;
      else q.push(s.text);
      message.started = true;
      continue;
    }
    if (attributed) {
      ctx.standingQuote = null;
      continue;
    }
    if (!(open && open === ctx.openQuote && open.paragraph === s.paragraph)) noteSubject(ctx, sentence.tokens);
    // «…» may run over several sentences before «این را X گفت».
    if (STANDING_QUOTE_RE.test(s.text)) ctx.standingQuote = { text: s.text, paragraph: s.paragraph };
    else if (standing && standing === ctx.standingQuote && standing.paragraph === s.paragraph && !standing.text.trimEnd().endsWith('»')) standing.text += ' ' + s.text;
    else ctx.standingQuote = null;
    // A direct quote that runs over several sentences of its paragraph stays one statement.
    if (open && open === ctx.openQuote && open.paragraph === s.paragraph) {
      const q = open.person.quotes;
      q[q.length - 1] += ' ' + s.text;
    } else if (open === ctx.openQuote) {
      ctx.openQuote = null;
    }
  }
  addInterview(ctx, sentences);
  // Someone who spoke only under their surname gets the full name the article gives them elsewhere.
  for (const p of ctx.people) {
    // «صالحی مقدم افزود» after «بهروز صالحی مقدم با کسب ۳۱ رأی …»: the first name too.
    const name = ctx.fullNames.get(p.nameKey)?.full;
    if (name && matchKey(name) !== matchKey(p.name) && !ctx.people.some((q) => q !== p && matchKey(q.name) === matchKey(name))) {
      p.aliases.push(p.name);
      p.name = name;
    }
  }
  return ctx.people
    .filter((p) => p.nameKey && p.quotes.length)
    .map((p) => ({ name: p.name, role: p.role, quotes: p.quotes, aliases: p.aliases }));
}
