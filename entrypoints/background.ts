import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '@/utils/messaging';

export default defineBackground(() => {
  onMessage('pageDetected', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    void browser.action.setBadgeText({ tabId, text: data.isArticle ? '✓' : '' });
  });
});
