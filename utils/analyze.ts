// The whole pipeline: Document in, Analysis out. Each stage lives in its own file.
import type { Analysis, AnalysisOptions } from './types';
import { DEFAULT_ANALYSIS_OPTIONS } from './types';

export function analyzeDocument(
  doc: Document,
  url: string,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): Analysis {
  void options;
  return {
    isArticle: false, language: 'other', reason: 'not-article',
    title: doc.title, site: '', published: null, url, canonicalUrl: url,
    text: '', summary: [], speakers: [], figures: [],
  };
}
