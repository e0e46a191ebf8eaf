// Every message between content script, background and popup, typed in one place.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, AnalysisOptions, Detection } from './types';

interface ProtocolMap {
  /** Content script → background: the page-load verdict, for the toolbar badge. */
  pageDetected(detection: Detection): void;
  /** Popup/background → content script: run the full analysis of the page now. */
  analyzePage(options: AnalysisOptions): Analysis;
  /** Popup → content script: scroll to the sentence and highlight it briefly. */
  highlightText(text: string): boolean;
  /** Background → content script: the reader's current selection. */
  getSelection(): string;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
