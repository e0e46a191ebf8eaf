// Every message between content script, background and popup, typed in one place.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageAnalysisResult } from './page-analysis';
import type { Detection, ExtractedArticle } from './types';

interface ProtocolMap {
  /** Content script → background: the page-load verdict, for the toolbar badge. */
  pageDetected(detection: Detection): void;
  /** Popup → background: analyze the article in tab `tabId` (extraction in the page, NLP in the background). */
  analyzeTab(tabId: number): PageAnalysisResult;
  /** Background → content script: extract the article (metadata and clean body) now. */
  extractPage(): ExtractedArticle;
  /** Popup → content script: scroll to the sentence and highlight it briefly. */
  highlightText(text: string): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
