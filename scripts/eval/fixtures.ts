// Fixture evaluation: every tests/fixtures/pages/<case>/ (source.html + hand-written expected.json)
// goes through the same pipeline as the extension (parseHtml → analyzeDocument) and is scored
// against its gold: detection, body, boilerplate leaks, speakers, roles, statement counts, figures.
// Persian spellings are compared on matchKey forms, so «دین‌پرست», «دین پرست» and «دینپرست» agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../utils/analyze-document';
import { foldForMatch, matchKey } from '../../utils/normalize';
import type { Analysis, FigureKind } from '../../utils/types';
import { KEY_FIGURE_KINDS } from '../../utils/types';
import { parseHtml } from '../lib/dom';

export const FIXTURE_PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages');

export interface GoldSpeaker { name: string; role: string; also_called: string[]; statements: number }
export interface GoldFigure { value: number; unit: string; kind?: FigureKind; about?: string }
export interface Expected {
  url: string; site_markup: string; isArticle: boolean; language: string; title: string; site: string;
  published: string | null; body: string; text_starts_with: string; text_ends_with: string; text_excludes: string[];
  speakers: GoldSpeaker[]; speakers_never: string[]; figures: GoldFigure[]; figures_never: string[];
}

export interface FixtureCase { name: string; html: string; expected: Expected }

/** Counts behind a precision/recall pair. */
export interface Counts { tp: number; fp: number; fn: number }

export interface CaseScore {
  name: string;
  markup: string;
  gold: { isArticle: boolean; language: string };
  got: { isArticle: boolean; language: string };
  /** Scored as an article: gold says Persian article with a body. */
  scoredBody: boolean;
  body: { precision: number; recall: number; f1: number } | null;
  startsOk: boolean | null;
  endsOk: boolean | null;
  leaks: string[];
  titleOk: boolean;
  publishedOk: boolean | null;
  speakers: Counts;
  roles: { ok: number; total: number };
  statements: { ok: number; total: number; absError: number };
  speakersNever: string[];
  figures: Counts;
  ms: number;
}

// Punctuation Persian news uses around words: guillemets, Arabic comma/semicolon/question mark.
const PUNCT_RE = /[«»"'“”‘’()[\]{}،؛؟?!.:;,…\-–—_/|*<>]+/g;
const TOKEN_SPLIT_RE = /\s+/;
const SKIP_DIR_RE = /^[_.]/;

export function loadFixtures(root = FIXTURE_PAGES): FixtureCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !SKIP_DIR_RE.test(d.name))
    .filter((d) => existsSync(resolve(root, d.name, 'source.html')) && existsSync(resolve(root, d.name, 'expected.json')))
    .map((d) => ({
      name: d.name,
      html: readFileSync(resolve(root, d.name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(resolve(root, d.name, 'expected.json'), 'utf8')) as Expected,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Word tokens folded for matching; half-space and spacing differences inside a word vanish. */
export function bodyTokens(text: string): string[] {
  return foldForMatch(text).replace(PUNCT_RE, ' ').split(TOKEN_SPLIT_RE).map(matchKey).filter(Boolean);
}

/** Bag-of-words precision/recall/F1 of extracted text against the gold body. */
export function bagOfWordsF1(got: string, gold: string): { precision: number; recall: number; f1: number } {
  const want = new Map<string, number>();
  for (const t of bodyTokens(gold)) want.set(t, (want.get(t) ?? 0) + 1);
  const tokens = bodyTokens(got);
  let overlap = 0;
  for (const t of tokens) {
    const n = want.get(t) ?? 0;
    if (n > 0) { overlap++; want.set(t, n - 1); }
  }
  const goldCount = bodyTokens(gold).length;
  const precision = tokens.length ? overlap / tokens.length : 0;
  const recall = goldCount ? overlap / goldCount : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const keyContains = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a)));

/** Same person: equal keys, or one name holds the other (a rank like «سرهنگ» before the name). */
export function sameName(got: string, gold: string): boolean {
  return keyContains(matchKey(got), matchKey(gold));
}

/**
 * The gold role, plus the other role phrases the article uses for the same person (also_called
 * entries of two or more words that are not the name itself: «هافبک سابق پرسپولیس»).
 */
function goldRoles(g: GoldSpeaker): string[] {
  const name = matchKey(g.name);
  const aliases = g.also_called.filter((a) => a.trim().split(/\s+/).length >= 2 && !name.includes(matchKey(a)));
  return [g.role, ...aliases].filter(Boolean);
}

function sameRole(got: string, gold: string): boolean {
  const [g, w] = [matchKey(got), matchKey(gold)];
  return g.length > 0 && w.length > 0 && (g === w || g.includes(w) || w.includes(g));
}

// «%» and «درصد» name the same unit; «همت» (هزار میلیارد تومان) is a scale of the toman, so a
// resolved value in همت is a value in تومان. Everything else is compared as written.
const unitKey = (unit: string) => matchKey(unit.replace('%', 'درصد').replace(/^همت$/, 'تومان'));

function sameFigure(got: { value: number; unit: string; kind: string }, gold: GoldFigure): boolean {
  const kind = gold.kind ?? 'count';
  if (got.kind !== kind || Math.abs(got.value - gold.value) > 1e-9 * Math.max(1, Math.abs(gold.value))) return false;
  const [g, w] = [unitKey(got.unit), unitKey(gold.unit)];
  return (!g && !w) || (g.length > 0 && w.length > 0 && (g.includes(w) || w.includes(g)));
}

/** Greedy one-to-one matching; returns pairs of indices. */
function matchPairs<A, B>(got: A[], gold: B[], same: (a: A, b: B) => boolean): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, j) => {
    const i = got.findIndex((a, k) => !used.has(k) && same(a, g));
    if (i >= 0) { used.add(i); pairs.push([i, j]); }
  });
  return pairs;
}

function samePublished(got: string | null, gold: string | null): boolean | null {
  if (!gold) return null;
  if (!got) return false;
  const [a, b] = [Date.parse(got), Date.parse(gold)];
  return (!Number.isNaN(a) && !Number.isNaN(b) && Math.abs(a - b) <= 60_000) || got.slice(0, 10) === gold.slice(0, 10);
}

function keyFigures(a: Analysis) {
  const seen = new Set<string>();
  return a.figures.filter((f) => KEY_FIGURE_KINDS.includes(f.kind)).filter((f) => {
    const key = `${f.value}|${f.kind}|${unitKey(f.unit)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function scoreCase({ name, html, expected: gold }: FixtureCase): CaseScore {
  const start = performance.now();
  const a = analyzeDocument(parseHtml(html, gold.url), gold.url);
  const ms = performance.now() - start;
  const scoredBody = gold.isArticle && gold.language === 'fa' && gold.body.length > 0;
  const textKey = matchKey(a.text);
  const speakerPairs = matchPairs(a.speakers, gold.speakers, (s, g) => sameName(s.name, g.name));
  const withRole = speakerPairs.filter(([, j]) => gold.speakers[j].role);
  const figs = scoredBody ? keyFigures(a) : [];
  const figurePairs = matchPairs(figs, gold.figures, sameFigure);
  const speakers = scoredBody ? a.speakers : [];
  return {
    name, markup: gold.site_markup, ms,
    gold: { isArticle: gold.isArticle, language: gold.language },
    got: { isArticle: a.isArticle, language: a.language },
    scoredBody,
    body: scoredBody ? bagOfWordsF1(a.text, gold.body) : null,
    startsOk: scoredBody ? textKey.startsWith(matchKey(gold.text_starts_with)) : null,
    endsOk: scoredBody ? textKey.endsWith(matchKey(gold.text_ends_with)) : null,
    leaks: scoredBody ? gold.text_excludes.filter((s) => textKey.includes(matchKey(s))) : [],
    titleOk: sameRole(a.title, gold.title),
    publishedOk: scoredBody ? samePublished(a.published, gold.published) : null,
    speakers: scoredBody
      ? { tp: speakerPairs.length, fp: speakers.length - speakerPairs.length, fn: gold.speakers.length - speakerPairs.length }
      : { tp: 0, fp: 0, fn: 0 },
    roles: { ok: withRole.filter(([i, j]) => goldRoles(gold.speakers[j]).some((r) => sameRole(a.speakers[i].role, r))).length, total: withRole.length },
    statements: {
      ok: speakerPairs.filter(([i, j]) => a.speakers[i].quotes.length === gold.speakers[j].statements).length,
      total: speakerPairs.length,
      absError: speakerPairs.reduce((s, [i, j]) => s + Math.abs(a.speakers[i].quotes.length - gold.speakers[j].statements), 0),
    },
    speakersNever: speakers.filter((s) => gold.speakers_never.some((n) => sameName(s.name, n))).map((s) => s.name),
    figures: scoredBody
      ? { tp: figurePairs.length, fp: figs.length - figurePairs.length, fn: gold.figures.length - figurePairs.length }
      : { tp: 0, fp: 0, fn: 0 },
  };
}

export interface PRF { precision: number; recall: number; f1: number }

export function prf({ tp, fp, fn }: Counts): PRF {
  const precision = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface FixtureSummary {
  cases: number;
  articles: number;
  isArticleAccuracy: number;
  languageAccuracy: number;
  bodyF1: number;
  startsOk: number;
  endsOk: number;
  leaks: number;
  leakCases: number;
  titleAccuracy: number;
  publishedAccuracy: number;
  speakers: PRF & Counts;
  roleAccuracy: number;
  statementAccuracy: number;
  statementMeanAbsError: number;
  speakersNever: number;
  figures: PRF & Counts;
  msPerPage: number;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const ratio = (n: number, d: number) => (d ? n / d : 1);
const add = (cs: Counts[]): Counts => ({ tp: sum(cs.map((c) => c.tp)), fp: sum(cs.map((c) => c.fp)), fn: sum(cs.map((c) => c.fn)) });

export function summarizeScores(scores: CaseScore[]): FixtureSummary {
  const arts = scores.filter((s) => s.scoredBody);
  const speakers = add(arts.map((s) => s.speakers));
  const figures = add(arts.map((s) => s.figures));
  const statements = { ok: sum(arts.map((s) => s.statements.ok)), total: sum(arts.map((s) => s.statements.total)) };
  const dated = arts.filter((s) => s.publishedOk !== null);
  return {
    cases: scores.length,
    articles: arts.length,
    isArticleAccuracy: ratio(scores.filter((s) => s.got.isArticle === s.gold.isArticle).length, scores.length),
    languageAccuracy: ratio(scores.filter((s) => s.got.language === s.gold.language).length, scores.length),
    bodyF1: ratio(sum(arts.map((s) => s.body!.f1)), arts.length),
    startsOk: arts.filter((s) => s.startsOk).length,
    endsOk: arts.filter((s) => s.endsOk).length,
    leaks: sum(arts.map((s) => s.leaks.length)),
    leakCases: arts.filter((s) => s.leaks.length > 0).length,
    titleAccuracy: ratio(scores.filter((s) => s.titleOk).length, scores.length),
    publishedAccuracy: ratio(dated.filter((s) => s.publishedOk).length, dated.length),
    speakers: { ...speakers, ...prf(speakers) },
    roleAccuracy: ratio(sum(arts.map((s) => s.roles.ok)), sum(arts.map((s) => s.roles.total))),
    statementAccuracy: ratio(statements.ok, statements.total),
    statementMeanAbsError: statements.total ? sum(arts.map((s) => s.statements.absError)) / statements.total : 0,
    speakersNever: sum(arts.map((s) => s.speakersNever.length)),
    figures: { ...figures, ...prf(figures) },
    msPerPage: ratio(sum(scores.map((s) => s.ms)), scores.length),
  };
}

export function evaluateFixtures(root = FIXTURE_PAGES): { scores: CaseScore[]; summary: FixtureSummary } {
  const scores = loadFixtures(root).map(scoreCase);
  return { scores, summary: summarizeScores(scores) };
}
