// Plain data shared by the analysis, storage, messaging and UI. No browser API here.

export type Language = 'fa' | 'ar' | 'en' | 'other';

export type FigureKind = 'count' | 'percent' | 'money' | 'measure' | 'date' | 'time' | 'ordinal' | 'duration';

/** Kinds shown as "key figures" by default. */
export const KEY_FIGURE_KINDS: readonly FigureKind[] = ['count', 'percent', 'money', 'measure'];

export interface Figure {
  /** Numeric value with scale words resolved («۸۵ میلیون» → 85000000). */
  value: number;
  /** The unit or counted noun («پروژه», «تومان», «درصد»); '' when none. */
  unit: string;
  /** The figure as written in the article, digits and words untouched. */
  text: string;
  /** The sentence it comes from, as written. */
  sentence: string;
  kind: FigureKind;
}

export interface Speaker {
  /** Full name as first introduced (half-spaces repaired). */
  name: string;
  /** Title or position; '' when the article gives none. */
  role: string;
  /** Attributed statements in article order, as written. */
  quotes: string[];
  /** Other ways the article refers to this person (surname, role, «وی»…). */
  aliases: string[];
}

export interface Detection {
  isArticle: boolean;
  language: Language;
  /** Why the verdict was reached: short machine-readable tags. */
  reasons: string[];
}

export interface ArticleMetadata {
  title: string;
  site: string;
  /** ISO 8601 date-time as the page states it, or null. */
  published: string | null;
  url: string;
  canonicalUrl: string;
}

/** Why a page gets no analysis. */
export type NoAnalysisReason = 'not-article' | 'not-persian' | 'no-text' | 'too-large';

/** What the content script hands over: the page's metadata and clean body, no NLP yet. */
export interface ExtractedArticle extends ArticleMetadata {
  isArticle: boolean;
  language: Language;
  reason?: NoAnalysisReason;
  /** Body paragraphs, as written, without site chrome. */
  paragraphs: string[];
}

export interface Analysis extends ArticleMetadata {
  isArticle: boolean;
  language: Language;
  reason?: NoAnalysisReason;
  /** Extracted body (half-spaces repaired), paragraphs separated by a blank line. */
  text: string;
  summary: string[];
  speakers: Speaker[];
  figures: Figure[];
}

export interface AnalysisOptions {
  summarySentences: number;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = { summarySentences: 3 };
