// Keyboard shortcuts and context-menu items, used the way a reader uses them: real key presses and
// a real right-click in a Chromium window on a virtual X display (scripts/lib/virtual-display.ts).
// The native menu is walked with the arrow keys from its end, where Chromium puts extension items
// just above its developer items («View page source», «Inspect»).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { startServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { startVirtualDisplay, type VirtualDisplay } from '../../scripts/lib/virtual-display';
import type { SavedArticle } from '../../utils/library';

let display: VirtualDisplay;
let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  display = await startVirtualDisplay();
  server = await startServer();
  browser = await launchWithExtension({ display: display.display });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await display?.close();
});

const savedArticles = (): Promise<SavedArticle[]> =>
  browser.worker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([key]) => key.startsWith('article:'))
      .map(([, value]) => value as SavedArticle),
  );
const savedFrom = async (url: string) => (await savedArticles()).find((a) => a.url === url);

/** Opens an article in the foreground and waits until the content script has detected it. */
async function openArticle(name: string): Promise<{ page: Page; tabId: number; url: string }> {
  const { page, tabId } = await browser.openTab(server.url(name));
  await page.bringToFront();
  expect(await eventually(() => browser.badgeText(tabId), (t) => t !== '')).toBe('✓');
  display.focusBrowser();
  return { page, tabId, url: page.url() };
}

/** Screen position of a point in the page (no window manager: no frame around the window). */
async function toScreen(page: Page, x: number, y: number) {
  const offset = await page.evaluate(() => ({
    left: window.screenX + (window.outerWidth - window.innerWidth),
    top: window.screenY + (window.outerHeight - window.innerHeight),
  }));
  return { x: offset.left + x, y: offset.top + y };
}

describe('keyboard shortcuts', () => {
  it('Alt+Shift+S saves the article in the active tab', async () => {
    const { tabId, url } = await openArticle('seed');
    expect(await savedFrom(url)).toBeUndefined();
    display.key('alt+shift+s');
    const saved = await eventually(() => savedFrom(url), Boolean, 15_000);
    expect(saved?.speakers.map((s) => s.name)).toEqual(['بابک دین‌پرست', 'فرشاد مقیمی']);
    expect(await browser.badgeText(tabId)).toBe('✓');
  });

  it('Alt+Shift+K opens the popup on the active tab\'s analysis', async () => {
    // An extension page in a background tab can read the popup's document (chrome.extension.getViews).
    const viewer = await browser.context.newPage();
    await viewer.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await openArticle('hamshahri-tehran-heat');
    const popups = () =>
      browser.worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).map((c) => c.documentUrl),
      );
    expect(await popups()).toEqual([]);
    display.key('alt+shift+k');
    const opened = await eventually(popups, (urls) => urls.length > 0, 10_000);
    expect(opened).toEqual([`chrome-extension://${browser.extensionId}/popup.html`]);
    // The popup opened by the key shows the analysis of the active tab, as a click on the icon does.
    const popupText = () =>
      viewer.evaluate(() => (chrome.extension.getViews({ type: 'popup' })[0] as unknown as typeof globalThis | undefined)?.document.body.innerText ?? '');
    const text = await eventually(popupText, (t) => t.includes('همشهری آنلاین') && t.includes('۳۶'), 10_000);
    expect(text).toContain('گرما تا چه روزی در تهران ماندگار است؟');
    expect(text).toContain('۳۱ مرداد ۱۴۰۴');
    expect(text).toMatch(/۳۶\s*درجه/);
    display.key('Escape');
    await viewer.close();
  });
});

describe('context menu', () => {
  it('«ذخیرهٔ این خبر در چکیده» on the page saves the article', async () => {
    const { page, url } = await openArticle('mehr-eye-flu');
    const box = await page.locator('h1').first().boundingBox();
    const point = await toScreen(page, 40, box!.y + box!.height + 4); // empty margin below the headline
    await display.openContextMenuAt(point.x, point.y);
    display.key('Up', 'Up', 'Up', 'Return'); // «Inspect», «View page source», then ours
    const saved = await eventually(() => savedFrom(url), Boolean, 15_000);
    expect(saved?.note).toBe('');
  });

  it('«افزودن متن انتخاب‌شده به یادداشت چکیده» saves the article with the selection in its note', async () => {
    const { page, url } = await openArticle('irna-khuzestan-budget');
    const selection = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').trim().length > 120)!;
      paragraph.scrollIntoView({ block: 'center' });
      const text = paragraph.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 60);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const rect = range.getClientRects()[0];
      return { text: range.toString(), x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    const point = await toScreen(page, selection.x, selection.y);
    await display.openContextMenuAt(point.x, point.y);
    display.key('Up', 'Up', 'Return'); // «Inspect», then ours
    const saved = await eventually(() => savedFrom(url), (a) => Boolean(a?.note), 15_000);
    expect(saved?.note).toContain(selection.text.trim());
  });
});
