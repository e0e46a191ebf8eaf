// The forms that name the speaker around a preposition or a quote rather than as the subject of a
// verb: «به گفته X، …», «ایرنا از قول X گفت …», ««…» این را X گفت». speakers.ts tries them first.
import type { Sentence } from './sentences';
import { matchKey } from './normalize';
import { parseName, surnameShaped, type Token } from './names';
import { isRoleHead } from './roles';
import { accordingTo, findVerbs, personVerb, quoteRange, readMention, thisSaid, type Mention } from './attribution';
import { closedApposition } from './name-shapes';
import { knownPeople, resolve, type Context } from './speaker-people';

/** Gives the statement to whoever the mention resolves to, who becomes the current subject; false if nobody. */
function attribute(ctx: Context, m: Mention, s: Sentence, tokens: Token[], quote: string): boolean {
  const p = resolve(ctx, m, s.text, tokens);
  if (!p) return false;
  p.quotes.push(quote);
  ctx.last = p;
  ctx.openQuote = null;
  return true;
}

/** «به گفته وی، …», «…، به گفته NAME، …»: the mention after the preposition; the statement is the rest. */
export function readAccordingTo(ctx: Context, s: Sentence, folded: string, tokens: Token[]): boolean {
  const hit = accordingTo(folded);
  if (!hit) return false;
  const at = tokens.findIndex((t) => t.start >= hit.end);
  if (at < 0) return false;
  const isSeparator = (t: Token) => t.text === '،' || t.text === ',' || t.text === '؛';
  let comma = tokens.findIndex((t, i) => i > at && isSeparator(t));
  // «به گفته کامیار زرین‌قلم، اقتصاددان و عضو هیئت علمی …، محدود کردن …»: a role between commas
  // belongs to the name; the statement starts after it.
  const nameComma = comma;
  if (comma > at && isRoleHead(tokens[comma + 1]?.key ?? '')) {
    const second = tokens.findIndex((t, i) => i > comma + 1 && i <= comma + 16 && isSeparator(t));
    if (second > 0) comma = second;
  }
  let limit = comma < 0 ? tokens.length : comma;
  // «به گفته داود بهبودی میزان اعتبار …»: no comma closes the name, so it ends where the shortest
  // name does (unless a role follows it: «به گفته X مدیرکل …،»).
  if (nameComma < 0 || nameComma - at > 6) {
    const short = parseName(tokens, at, limit, true);
    if (short && !isRoleHead(tokens[short.to]?.key ?? '')) limit = short.to;
  }
  // «به گفته امیرخانی، …»: one word set off by the comma is a surname when it has a surname's shape.
  const lone = limit === at + 1 && nameComma === limit ? (surnameShaped(tokens[at]) ? 'speech' : 'listed') : false;
  const m = readMention(tokens, at, limit, knownPeople(ctx), false, lone);
  if (!m) return false;
  // «به گفته عبدالله دشتی‌زاده، صیاد و از اهالی محله بندرگاه، …»: an apposition whose noun is in no role list.
  if (m.kind === 'name' && !m.role && comma === nameComma && comma > 0) {
    const apposition = closedApposition(tokens, comma);
    const second = apposition ? tokens.findIndex((t, i) => i > comma && isSeparator(t)) : -1;
    if (apposition && second > 0) {
      m.role = apposition;
      comma = second;
    }
  }
  return attribute(ctx, m, s, tokens, hit.start > 0 || comma < 0 ? s.text : s.text.slice(tokens[comma].end).trim());
}

// «ایرنا از قول کروبی گفت که …»: the outlet reports, the person after «از قول» is the speaker.
const PROMISE_ADJECTIVES = new Set(['مساعد', 'همکاری', 'حمایت', 'کمک', 'رسمی', 'شفاهی', 'کتبی', 'قطعی'].map(matchKey));
const ON_BEHALF_RE = /(?:^|[\s،,])از[\s\u200c]*قول[\s\u200c]+/;

export function readOnBehalf(ctx: Context, s: Sentence, folded: string, tokens: Token[]): boolean {
  const hit = ON_BEHALF_RE.exec(folded);
  if (!hit) return false;
  const end = hit.index + hit[0].length;
  const verb = findVerbs(folded).find((v) => v.start >= end);
  if (!verb) return false;
  const at = tokens.findIndex((t) => t.start >= end);
  const verbTok = tokens.findIndex((t) => t.end > verb.start);
  // «از قول مساعد استانداری … خبر داد»: a promise, described by its adjective, not a source.
  if (PROMISE_ADJECTIVES.has(tokens[at]?.key ?? '')) return false;
  const m = at >= 0 && at < verbTok ? readMention(tokens, at, verbTok, knownPeople(ctx), false, 'speech') : null;
  if (!m || m.kind === 'role') return false;
  const [qs, qe] = quoteRange(folded, verb);
  return attribute(ctx, m, s, tokens, s.text.slice(qs, qe).trim());
}

/** «این را علی لاریجانی گفت.» after a quote: the quote is the statement, the subject follows «را». */
export function readThisSaid(ctx: Context, s: Sentence, folded: string, tokens: Token[]): boolean {
  const hit = thisSaid(folded);
  if (!hit) return false;
  const [at, after] = hit;
  const quote = at > 0 ? s.text.slice(0, at).trim() : ctx.standingQuote?.paragraph === s.paragraph ? ctx.standingQuote.text : '';
  if (!quote) return false;
  const verb = findVerbs(folded).find((v) => v.start > at);
  if (!verb) return false;
  const from = tokens.findIndex((t) => t.start >= after);
  const verbTok = tokens.findIndex((t) => t.end > verb.start);
  // «…»، این را کاوه‌پور در ابتدای سخنانش گفت: a lone surname, as before any verb only people use.
  const m = readMention(tokens, from, verbTok, knownPeople(ctx), false, personVerb(folded, verb));
  const text = quote.replace(/^«|»[،,]?$/g, '').trim();
  // «…» این را می‌گوید و …: no subject is named, so it is the person being reported.
  if (!m && from === verbTok && ctx.last?.nameKey) {
    ctx.last.quotes.push(text);
    return true;
  }
  if (!m || m.kind === 'role') return false;
  return attribute(ctx, m, s, tokens, text);
}
