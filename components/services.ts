// What the popup needs from the browser, handed in by entrypoints/popup/main.tsx.
// Components never touch the extension API themselves, so tests pass plain fakes.
import type { ExtractedArticle } from '@/utils/types';
import type { Settings } from '@/utils/settings';
import type * as Library from '@/utils/storage';

export type PageResult = { ok: true; article: ExtractedArticle } | { ok: false; reason: 'restricted' | 'error'; detail?: string };

export type LibraryApi = Pick<
  typeof Library,
  | 'saveAnalysis' | 'findByUrl' | 'getSaved' | 'listSaved' | 'loadAll' | 'updateNote' | 'updateTags'
  | 'deleteSaved' | 'restoreSaved' | 'importBackup'
>;

export interface PopupServices {
  /** The browser's interface language, for the 'auto' language setting. */
  browserLanguage: string;
  loadSettings(): Promise<Settings>;
  /** Extracts the article of the tab the popup belongs to. */
  extractPage(): Promise<PageResult>;
  /** Scrolls the page to the sentence and highlights it; false when not found. */
  highlight(text: string): Promise<boolean>;
  openUrl(url: string): void;
  library: LibraryApi;
  now(): Date;
}
