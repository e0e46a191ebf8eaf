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
    const detection = detectArticle(document);
    const detectedAt = location.href;
    // A story found at load is still one; a page that was not (its body may arrive later, or
    // the address changed in a single-page site) is measured again.
    const reuse = () => (detection.isArticle && location.href === detectedAt ? detection : undefined);
    onMessage('extractPage', () => extractArticle(document, location.href, reuse()));
    onMessage('highlightText', ({ data }) => highlightSentence(document, data));
    sendMessage('pageDetected', detection).catch(() => {
      // The background may be restarting; the badge is only a hint.
    });
  },
});
