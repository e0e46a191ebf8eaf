// Saving from outside the popup (keyboard shortcut, context menu): the same steps the
// popup takes, with the browser-facing parts handed in.
import type { SavedArticle } from './library';
import { analyzePage, type PageAnalysisDeps } from './page-analysis';
import type { Analysis } from './types';

export interface SavePageDeps extends PageAnalysisDeps {
  saveAnalysis(analysis: Analysis, now: Date): Promise<{ article: SavedArticle; created: boolean }>;
  now(): Date;
}

export type SavePageResult = { ok: true; article: SavedArticle; created: boolean } | { ok: false; reason: string };

/** Extracts, analyzes and saves the page; never throws. */
export async function savePage(deps: SavePageDeps): Promise<SavePageResult> {
  const result = await analyzePage(deps);
  if (!result.ok) return { ok: false, reason: result.reason };
  const { analysis } = result;
  if (!analysis.isArticle || analysis.reason) return { ok: false, reason: analysis.reason ?? 'not-article' };
  try {
    return { ok: true, ...(await deps.saveAnalysis(analysis, deps.now())) };
  } catch (error) {
    return { ok: false, reason: (error as { code?: string }).code ?? 'error' };
  }
}

/** The note with a selection appended as a quoted paragraph. */
export function appendToNote(note: string, selection: string): string {
  const lines = selection.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return note;
  const quote = lines.map((line) => `> ${line}`).join('\n');
  return note.trim() ? `${note.trimEnd()}\n\n${quote}` : quote;
}
