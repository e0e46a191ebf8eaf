import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeDocument } from '@/utils/analyze';
import { onMessage } from '@/utils/messaging';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    onMessage('analyzePage', ({ data }) => analyzeDocument(document, location.href, data));
  },
});
