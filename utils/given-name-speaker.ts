// People quoted by their given name alone, as reports from the street and profiles quote them:
// «زهرا، ۳۱ ساله و پرستار …، می‌گوید», «شهلا، مادر راکب موتورسیکلت، …», «یکی از مال‌باختگان، فریبا، …».
import { matchKey } from './normalize';
import { isComma, isFirstName, isPersonWord, type Token } from './names';
import { closedApposition } from './name-shapes';
import { roleHeadLength, roleWords } from './roles';
import { findByKey, newPerson, slice, type Context, type Person } from './speaker-people';

// «… نام کاملش», «نام خانوادگی‌اش», «تنها با نام کوچکش»: only part of the name is withheld.
const PARTIAL_NAME_RE = /نام[\s\u200c]*(?:کامل|خانوادگی|کوچک)/;

const AGED = matchKey('ساله');
const AGED_RE = /^ساله(?:ای)?$/;
const NUMBER_RE = /^[\d\u06f0-\u06f9]+$/;
const WORD_OR_NUMBER_RE = /^[\p{L}\p{Nd}\u200c]+$/u;
const ONE = matchKey('یکی');
const THEN = new Set(['سپس', 'همچنین', 'آنگاه'].map(matchKey));
const FROM = matchKey('از');

/**
 * «مریم، APPOSITION که … نام کاملش …، …», «زهرا، ۳۱ ساله و پرستار …، می‌گوید»: the person a sentence
 * opens with by given name alone; after an age, the job is the role.
 */
export function givenNameOnly(ctx: Context, text: string, folded: string, tokens: Token[]): Person | null {
  // «سپس شهلا، …»: an adverb of sequence may come first; «یکی از مال‌باختگان، فریبا، ۵۳ ساله، …»: the group she is one of.
  const groupEnd = tokens[0]?.key === ONE && tokens[1]?.key === FROM ? tokens.findIndex((t, k) => k > 2 && k <= 6 && isComma(t)) : -1;
  const group = groupEnd > 0 && isFirstName(tokens[groupEnd + 1]?.key ?? '') ? ([0, groupEnd] as [number, number]) : null;
  // «چند حجره آن‌طرف‌تر، صمد، …», «کمی دورتر، مسعود، …»: a short opener of place or time, closed by a comma.
  const openerEnd = group ? -1 : tokens.findIndex((t, k) => k > 0 && k <= 4 && isComma(t));
  const opened = openerEnd > 0 && isFirstName(tokens[openerEnd + 1]?.key ?? '') && isComma(tokens[openerEnd + 2]) && !isFirstName(tokens[0].key);
  const o = group ? group[1] + 1 : opened ? openerEnd + 1 : THEN.has(tokens[0]?.key ?? '') ? 1 : 0;
  if (!isComma(tokens[o + 1])) return null;
  const given = tokens[o];
  const aged = tokens[o + 3]?.key === AGED && NUMBER_RE.test(tokens[o + 2]?.text ?? '') && isPersonWord(given);
  // «شهلا، مادر راکب موتورسیکلت، …», «مریم، یکی از فروشندگان مجتمع، …»: a given name set off by who she is.
  const relative = isFirstName(given?.key ?? '') ? relativeApposition(tokens, o + 1) : null;
  const apposition = isFirstName(given?.key ?? '') ? (closedApposition(tokens, o + 1) ?? oneOfApposition(tokens, o + 1) ?? relative) : null;
  // An age inside it describes a person too: «نصیراحمد، کارگر افغانستانی ۳۲ ساله‌ای که …، گفت»; so does a
  // long «who …» clause: «فرزانه، معلمی که با همسرش در نارمک زندگی می‌کند، …».
  const described = !!apposition && (!!relative || roleHeadLength(tokens, apposition[0]) > 0 || tokens[apposition[0]].key === ONE ||
    tokens.slice(apposition[0], apposition[1]).some((t, k, all) => AGED_RE.test(t.key) && NUMBER_RE.test(all[k - 1]?.text ?? '')));
  if (!aged && !described && (!isFirstName(given?.key ?? '') || !PARTIAL_NAME_RE.test(folded))) return null;
  const close = tokens.findIndex((t, k) => k > o + 1 && (isComma(t) || t.key === 'که'));
  const role = (aged ? (tokens[o + 4]?.key === 'و' && close > o + 5 ? [o + 5, close] as [number, number] : null) : apposition) ?? group;
  const p = findByKey(ctx, given.key) ?? newPerson(ctx, given.text, given.key, [given.key]);
  if (!p.role && role) {
    p.role = slice(text, tokens, role[0], role[1]);
    p.roleWords = roleWords(tokens.slice(role[0], role[1]));
  }
  return p;
}

/** «، کارگر ۲۶ ساله‌ای که هر سال از بم به رفسنجان می‌آید،»: a noun and its «که» clause between commas after r, up to «که». */
function relativeApposition(tokens: Token[], r: number): [number, number] | null {
  const who = tokens.findIndex((t, k) => k > r + 1 && k <= r + 8 && t.key === 'که');
  if (who < 0 || !tokens.slice(r + 1, who).every((t) => WORD_OR_NUMBER_RE.test(t.text))) return null;
  const close = tokens.findIndex((t, k) => k > who + 1 && k <= who + 30 && isComma(t));
  return close > 0 && tokens.slice(who, close).every((t) => WORD_OR_NUMBER_RE.test(t.text) || t.text === '«' || t.text === '»') ? [r + 1, who] : null;
}

/** «، یکی از فروشندگان مجتمع،»: one of a group, between commas after r. */
function oneOfApposition(tokens: Token[], r: number): [number, number] | null {
  if (tokens[r + 1]?.key !== ONE || tokens[r + 2]?.key !== FROM) return null;
  // It may hold its own «که» clause: «حمید، یکی از اهداکنندگان مستمر که صبح امروز … حضور داشت، …».
  const close = tokens.findIndex((t, k) => k > r + 3 && k <= r + 20 && isComma(t));
  if (close < 0 || !tokens.slice(r + 3, close).every((t) => WORD_OR_NUMBER_RE.test(t.text))) return null;
  const relative = tokens.findIndex((t, k) => k > r + 3 && k < close && t.key === 'که');
  return [r + 1, relative > 0 ? relative : close];
}
