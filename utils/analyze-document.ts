// The whole pipeline in one call, for the CLI, evaluation and benchmarks. The extension
// splits it: the content script runs `extractArticle`, the popup `analyzeExtracted`,
// so Readability never ships in the popup and the NLP never runs on the page's thread.
import { analyzeExtracted } from './analyze';
import { extractArticle } from './extract';
import type { Analysis, AnalysisOptions } from './types';
import { DEFAULT_ANALYSIS_OPTIONS } from './types';

export function analyzeDocument(
  doc: Document,
  url: string,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): Analysis {
  return analyzeExtracted(extractArticle(doc, url), options);
}
