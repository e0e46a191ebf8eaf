// The interface language follows the browser's when the reader leaves it at «as the browser»
// (the default): English in an English Chromium, Persian in a Persian one. The Persian browser
// also reads the extension's name from public/_locales/fa, the same file the interface reads.
import { describe, expect, it } from 'vitest';
import { useExtension, type ExtensionEnv } from './setup';

const english = useExtension({ browserLanguage: 'en-US', uiLanguage: 'auto' });
const persian = useExtension({ browserLanguage: 'fa', uiLanguage: 'auto' });

async function popupLanguage(env: ExtensionEnv) {
  const { tabId } = await env.browser.openTab(env.server.url('seed'));
  const popup = await env.browser.openPopup(tabId);
  await popup.locator('.speaker').first().waitFor();
  const shown = await popup.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  await popup.close();
  return shown;
}

describe('interface language «as the browser»', () => {
  it('is English, left to right, in an English browser', async () => {
    expect(await english.browser.worker.evaluate(() => chrome.i18n.getUILanguage())).toBe('en-US');
    expect(await popupLanguage(english)).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('is Persian, right to left, in a Persian browser', async () => {
    expect(await persian.browser.worker.evaluate(() => chrome.i18n.getUILanguage())).toBe('fa');
    expect(await popupLanguage(persian)).toMatchObject({ lang: 'fa', dir: 'rtl' });
    expect(await persian.browser.worker.evaluate(() => chrome.i18n.getMessage('extName'))).toBe('چکیده');
  });
});
