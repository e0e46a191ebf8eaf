// What the popup needs from the browser, handed in by entrypoints/popup/main.tsx.
// Components never touch the extension API themselves, so tests pass plain fakes.
import type { PageAnalysisResult } from '@/utils/page-analysis';
import type { Settings } from '@/utils/settings';
import type * as Library from '@/utils/storage';

export type { PageAnalysisResult };

export type LibraryApi = Pick<
  typeof Library,
  | 'saveAnalysis' | 'findByUrl' | 'getSaved' | 'listSaved' | 'loadAll' | 'updateNote' | 'updateTags'
  | 'deleteSaved' | 'restoreSaved' | 'importBackup' | 'saveNoteDraft'
>;

export interface PopupServices {
  /** The browser's interface language, for the 'auto' language setting. */
  browserLanguage: string;
  loadSettings(): Promise<Settings>;
  /** The analysis of the article in the tab the popup belongs to. */
  analyzePage(): Promise<PageAnalysisResult>;
  /** Scrolls the page to the sentence and highlights it; false when not found. */
  highlight(text: string): Promise<boolean>;
  openUrl(url: string): void;
  library: LibraryApi;
  now(): Date;
}
