// The text half of the pipeline: what the popup and background run on the content
// script's extraction. `analyzeDocument` (analyze-document.ts) chains both halves.
import type { Analysis, AnalysisOptions, ExtractedArticle } from './types';
import { DEFAULT_ANALYSIS_OPTIONS } from './types';
import { splitSentences } from './sentences';
import { repairHalfSpaces } from './halfspace';
import { extractFigures } from './figures';
import { extractSpeakers } from './speakers';
import { summarize } from './summarize';

export function analyzeExtracted(
  article: ExtractedArticle,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): Analysis {
  const { paragraphs, ...meta } = article;
  const title = repairHalfSpaces(meta.title);
  if (!article.isArticle || article.language !== 'fa' || paragraphs.length === 0) {
    return { ...meta, title, text: '', summary: [], speakers: [], figures: [] };
  }
  const text = paragraphs.map(repairHalfSpaces).join('\n\n');
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
