// Every message between content script, background and popup, typed in one place.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Detection, ExtractedArticle } from './types';

interface ProtocolMap {
  /** Content script → background: the page-load verdict, for the toolbar badge. */
  pageDetected(detection: Detection): void;
  /** Popup/background → content script: extract the article (metadata and clean body) now. */
  extractPage(): ExtractedArticle;
  /** Popup → content script: scroll to the sentence and highlight it briefly. */
  highlightText(text: string): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
