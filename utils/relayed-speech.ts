// Words given from elsewhere: relayed from another person («… به نقل از X …», «سخنگوی فیفا گفت: X اعلام
// کرد …»; the relayed person speaks too, the one who relays stays the subject), or a message whose text
// follows in full («متن پیام X به شرح زیر است:»). Read by speakers.ts.
import type { Sentence } from './sentences';
import { titleLength, type Token } from './names';
import { FIRST_NAMES, SURNAMES } from './name-words';
import { isPluralVerb, personVerb, quoteRange, readMention, subjectStarts, type Mention, type VerbHit } from './attribution';
import { knownPeople, resolve, type Context, type Person } from './speaker-people';

const QUOTED_FROM_RE = /(?<=^|[\s،,])به[\s\u200c]*نقل[\s\u200c]*از[\s\u200c]+/g;
// «… به نقل از X آمده است», «ترند به نقل از X گزارش داد که …»: X's words though no verb of speech says so.
const MESSAGE_RE = /(?:^|[\s،,])(?:متن|بخشی[\s\u200c]+از|بخش[\s\u200c]*هایی[\s\u200c]+از)[\s\u200c]+(?:پیام|نامه|بیانیه)[\s\u200c]+/;
const MESSAGE_END_RE = /(?:به[\s\u200c]+شرح[\s\u200c]+زیر|بدین[\s\u200c]+شرح|به[\s\u200c]+این[\s\u200c]+شرح)[\s\u200c]+(?:است|آمده[\s\u200c]+است)/;
const CAME_RE = /(?:^|[\s\u200c])(?:آمده[\s\u200c]*(?:است|بود)|گزارش[\s\u200c]*داد(?:ه[\s\u200c]*است)?)(?![\u0620-\u06d3])/;

/** Whether a sentence without a verb of speech still relays someone («به نقل از X آمده است»). */
export function relaysWithoutVerb(folded: string): boolean {
  return CAME_RE.test(folded);
}

/**
 * «رئیس مجلس به نقل از آیت‌الله جنتی اعلام کرد که …», «خبرگزاری کیودو به نقل از ماساکی یامادا گفت»:
 * the person quoted from speaks, whoever relays them. Returns the first such person, or null.
 */
export function readQuotedFrom(ctx: Context, s: Sentence, folded: string, tokens: Token[], verbs: VerbHit[], speaker: Person | null): Person | null {
  let first: Person | null = null;
  for (const hit of folded.matchAll(QUOTED_FROM_RE)) {
    const at = tokens.findIndex((t) => t.start >= hit.index + hit[0].length);
    const verbTok = tokens.findIndex((t, i) => i > at && verbs.some((v) => t.end > v.start && t.start < v.end));
    const m = at >= 0 ? readMention(tokens, at, verbTok < 0 ? tokens.length : verbTok, knownPeople(ctx)) : null;
    if (!m || (m.kind !== 'name' && m.kind !== 'known') || m.person === speaker) continue;
    const p = resolve(ctx, m, s.text, tokens);
    if (!p || p === speaker) continue;
    p.quotes.push(s.text.trim());
    first ??= p;
  }
  return first;
}

/**
 * «سخنگوی فیفا گفت: جوزف بلاتر اعلام کرد که …», «وی افزود: علی لاریجانی گفته است …»: someone named
 * inside a statement whose words it relays speaks too. Only names count here: a pronoun or a role
 * inside a quote means someone the quote knows, not the article, and the speaker stays the subject.
 */
export function readRelayed(
  ctx: Context, s: Sentence, folded: string, tokens: Token[], allVerbs: VerbHit[], outer: VerbHit, from: number, speaker: Person,
): void {
  readQuotedFrom(ctx, s, folded, tokens, allVerbs, speaker);
  for (const verb of allVerbs.filter((v) => v.start >= outer.end)) {
    // «… رستمی در نخستین بازی‌اش نشان داد که آینده دارد»: inside a quote, showing is doing, not saying.
    if (SHOWING_RE.test(folded.slice(verb.start, verb.end))) continue;
    const verbTok = tokens.findIndex((t) => t.end > verb.start);
    let clause = from;
    for (let i = from; i < verbTok; i++) if (tokens[i].text === ':' || tokens[i].key === 'که') clause = i + 1;
    // «… تأکید کرد و هم‌زمان محمدباقر قالی‌باف … سخن گفت»: a second clause joined by «و».
    if (tokens[clause]?.key === 'و') clause++;
    const plural = isPluralVerb(folded.slice(verb.start, verb.end));
    for (const start of subjectStarts(tokens, clause, verbTok)) {
      const m = readMention(tokens, start, verbTok, knownPeople(ctx), plural, !plural && start + 1 === verbTok && personVerb(folded, verb));
      if (!m || (m.kind !== 'name' && m.kind !== 'known') || (m.kind === 'known' && m.person === speaker)) continue;
      // Inside a quote, verbs are weaker evidence: a name known by its shape alone must be one word
      // right before the verb («… که خروشچف گفته است»), not any two words («هنگامی‌که مردم خواست»).
      if (m.kind === 'name' && !listedName(tokens, m) && !(m.to - m.from === 1 && m.to === verbTok)) continue;
      const p = resolve(ctx, m, s.text, tokens);
      if (!p || p === speaker) continue;
      const [qs] = quoteRange(folded, verb);
      p.quotes.push(s.text.slice(qs > 0 ? qs : tokens[m.from].start).trim());
      break;
    }
  }
}

const SHOWING_RE = /^(?:نشان|اثبات)/;

/** A name with a title before it, or a listed first name or surname in it. */
function listedName(tokens: Token[], m: Mention): boolean {
  if (titleLength(tokens, Math.max(0, m.from - 1)) || titleLength(tokens, Math.max(0, m.from - 2)) === 2) return true;
  return tokens.slice(m.from, m.to).some((t) => FIRST_NAMES.has(t.key) || SURNAMES.has(t.key));
}

/**
 * Runs `read` with no current subject: a name met inside someone's statement never names the
 * speaker known so far only by a role («سخنگوی فیفا گفت: بلاتر …»), nor takes a role introduced before.
 */
export function detached<T>(ctx: Context, read: () => T): T {
  const { last, introducedHere } = ctx;
  ctx.last = null;
  ctx.introducedHere = null;
  try {
    return read();
  } finally {
    ctx.last = last;
    ctx.introducedHere = introducedHere;
  }
}

/**
 * «متن پیام حمیدرضا بهشتی‌مقدم به این مناسبت به شرح زیر است:»: the author of a message whose text
 * follows; the next paragraphs are their statement (see extractSpeakers).
 */
export function readMessageIntro(ctx: Context, s: Sentence, folded: string, tokens: Token[]): boolean {
  const hit = MESSAGE_RE.exec(folded);
  if (!hit || !(MESSAGE_END_RE.test(folded) || folded.trimEnd().endsWith(':'))) return false;
  const at = tokens.findIndex((t) => t.start >= hit.index + hit[0].length);
  const m = at >= 0 ? readMention(tokens, at, tokens.length, knownPeople(ctx)) : null;
  if (!m || (m.kind !== 'name' && m.kind !== 'known')) return false;
  const p = resolve(ctx, m, s.text, tokens);
  if (!p) return false;
  ctx.last = p;
  ctx.message = { person: p, paragraph: s.paragraph, started: false };
  return true;
}
