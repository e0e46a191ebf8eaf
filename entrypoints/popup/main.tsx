import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import type { PopupServices } from '@/components/services';
import { sendMessage } from '@/utils/messaging';
import * as library from '@/utils/storage';
import './style.css';

// `popup.html?tabId=N` analyzes tab N (tests open the popup as a tab).
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const tabId = targetTabId();

const services: PopupServices = {
  browserLanguage: browser.i18n.getUILanguage(),
  loadSettings: library.getSettings,
  async analyzePage() {
    const id = await tabId;
    if (id === undefined) return { ok: false, reason: 'restricted' };
    return sendMessage('analyzeTab', id).catch((error) => ({ ok: false, reason: 'error', detail: String(error) }) as const);
  },
  async highlight(text) {
    const id = await tabId;
    return id === undefined ? false : sendMessage('highlightText', text, id).catch(() => false);
  },
  openUrl: (url) => void browser.tabs.create({ url }),
  library,
  now: () => new Date(),
};

render(<App services={services} />, document.getElementById('app')!);
