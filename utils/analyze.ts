// The whole pipeline. The content script runs `extractArticle` (DOM work only);
// the popup or background runs `analyzeExtracted` (text work only); the CLI runs both.
import type { Analysis, AnalysisOptions, ExtractedArticle } from './types';
import { DEFAULT_ANALYSIS_OPTIONS } from './types';
import { extractArticle } from './extract';
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

export function analyzeDocument(
  doc: Document,
  url: string,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): Analysis {
  return analyzeExtracted(extractArticle(doc, url), options);
}
