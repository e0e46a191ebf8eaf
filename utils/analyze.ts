// The text half of the pipeline: what the popup and background run on the content
// script's extraction. `analyzeDocument` (analyze-document.ts) chains both halves.
import type { Analysis, AnalysisOptions, ExtractedArticle } from './types';
import { DEFAULT_ANALYSIS_OPTIONS } from './types';
import { splitSentences } from './sentences';
import { repairHalfSpaces } from './halfspace';
import { extractFigures } from './figures';
import { extractSpeakers } from './speakers';
import { summarize } from './summarize';

/**
 * The longest news stories run to ~30,000 characters; past this much text a page is a
 * live blog, a document dump or hostile, and analyzing all of it only costs time.
 */
export const MAX_ANALYZED_CHARS = 100_000;

export function analyzeExtracted(
  article: ExtractedArticle,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): Analysis {
  const { paragraphs, ...meta } = article;
  const title = repairHalfSpaces(meta.title);
  if (!article.isArticle || article.language !== 'fa' || paragraphs.length === 0) {
    return { ...meta, title, text: '', summary: [], speakers: [], figures: [] };
  }
  const text = leadingParagraphs(paragraphs, MAX_ANALYZED_CHARS).map(repairHalfSpaces).join('\n\n');
  const sentences = splitSentences(text);
  return {
    ...meta,
    title,
    text,
    summary: summarize(sentences, options.summarySentences, title),
    speakers: extractSpeakers(sentences),
    figures: extractFigures(sentences),
  };
}

/** The paragraphs that fit in `limit` characters (at least the first, cut to the limit). */
function leadingParagraphs(paragraphs: string[], limit: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const paragraph of paragraphs) {
    if (used + paragraph.length > limit) {
      if (kept.length === 0) kept.push(paragraph.slice(0, limit));
      break;
    }
    kept.push(paragraph);
    used += paragraph.length + 2;
  }
  return kept;
}
