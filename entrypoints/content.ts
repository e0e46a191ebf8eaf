import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '@/utils/detect';
import { extractArticle } from '@/utils/extract';
import { highlightSentence } from '@/utils/highlight';
import { onMessage, sendMessage } from '@/utils/messaging';

// Page load costs one cheap detection; extraction runs only when asked.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main() {
    onMessage('extractPage', () => extractArticle(document, location.href));
    onMessage('highlightText', ({ data }) => highlightSentence(document, data));
    sendMessage('pageDetected', detectArticle(document)).catch(() => {
      // The background may be restarting; the badge is only a hint.
    });
  },
});
