// Analyzing a tab's page for the popup, the shortcut and the context menu: the content
// script extracts, the background analyzes (so the popup ships no NLP and no lexicons).
// Browser-facing steps are handed in, so this stays pure and testable.
import { analyzeExtracted } from './analyze';
import type { Settings } from './settings';
import type { Analysis, ExtractedArticle } from './types';

export type PageAnalysisResult =
  | { ok: true; analysis: Analysis }
  | { ok: false; reason: 'restricted' | 'error'; detail?: string };

export interface PageAnalysisDeps {
  /** Asks the tab's content script for the article; rejects when no content script answers. */
  extract(): Promise<ExtractedArticle>;
  settings(): Promise<Settings>;
}

/** Never throws: a tab without a content script (browser pages, the web store) is 'restricted'. */
export async function analyzePage(deps: PageAnalysisDeps): Promise<PageAnalysisResult> {
  let extracted: ExtractedArticle;
  try {
    extracted = await deps.extract();
  } catch (error) {
    return { ok: false, reason: 'restricted', detail: String(error) };
  }
  try {
    const settings = await deps.settings();
    const analysis = analyzeExtracted(extracted, { summarySentences: settings.summarySentences });
    return { ok: true, analysis };
  } catch (error) {
    return { ok: false, reason: 'error', detail: String(error) };
  }
}
