// Saving from outside the popup (keyboard shortcut, context menu): the same steps the
// popup takes, with the browser-facing parts handed in.
import { analyzeExtracted } from './analyze';
import type { SavedArticle } from './library';
import type { Settings } from './settings';
import type { ExtractedArticle } from './types';

export interface SavePageDeps {
  extract(): Promise<ExtractedArticle>;
  settings(): Promise<Settings>;
  saveAnalysis(analysis: ReturnType<typeof analyzeExtracted>, now: Date): Promise<{ article: SavedArticle; created: boolean }>;
  now(): Date;
}

export type SavePageResult = { ok: true; article: SavedArticle; created: boolean } | { ok: false; reason: string };

/** Extracts, analyzes and saves the page; never throws. */
export async function savePage(deps: SavePageDeps): Promise<SavePageResult> {
  try {
    const [extracted, settings] = await Promise.all([deps.extract(), deps.settings()]);
    const analysis = analyzeExtracted(extracted, { summarySentences: settings.summarySentences });
    if (!analysis.isArticle || analysis.reason) return { ok: false, reason: analysis.reason ?? 'not-article' };
    return { ok: true, ...(await deps.saveAnalysis(analysis, deps.now())) };
  } catch (error) {
    return { ok: false, reason: (error as { code?: string }).code ?? 'error' };
  }
}

/** The note with a selection appended as a quoted paragraph. */
export function appendToNote(note: string, selection: string): string {
  const quote = selection.trim().split(/\n+/).map((line) => `> ${line}`).join('\n');
  if (!quote) return note;
  return note.trim() ? `${note.trimEnd()}\n\n${quote}` : quote;
}
