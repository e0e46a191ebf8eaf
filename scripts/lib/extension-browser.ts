// Debian's Chromium with the built extension loaded, driven by playwright-core.
// Used by the end-to-end tests, `npm start` and the benchmarks.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './fixture-server';

export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup as a tab, bound to `tabId` (the `?tabId=` contract). */
  openPopup(tabId?: number): Promise<Page>;
  /** Opens a page and returns it with its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  badgeText(tabId: number): Promise<string>;
  /** The toolbar tooltip: it names the detection verdict once the content script reported. */
  badgeTitle(tabId: number): Promise<string>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    downloadsDir?: string;
    headless?: boolean;
    /** An X display to open a real browser window on (scripts/lib/virtual-display.ts); implies headed. */
    display?: string;
    colorScheme?: 'light' | 'dark';
    /**
     * The browser's own interface language (what chrome.i18n.getUILanguage() answers). Chromium on
     * Linux takes it from LANGUAGE, not from --lang, and needs Debian's chromium-l10n for anything
     * but en-US. Unset: en-US.
     */
    browserLanguage?: 'fa' | 'en-US';
    uiLanguage?: 'fa' | 'en' | 'auto';
  } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'chekideh-profile-'));
  const headless = options.display ? false : (options.headless ?? true);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    env: {
      ...process.env,
      ...(options.display ? { DISPLAY: options.display } : {}),
      ...(options.browserLanguage ? { LANGUAGE: options.browserLanguage.replace('-', '_') } : {}),
    },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.browserLanguage ?? 'fa-IR',
    viewport: headless ? { width: 1000, height: 800 } : null,
    acceptDownloads: true,
    downloadsPath: options.downloadsDir,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  // Fixture pages still reference their sites' images and scripts; this machine has no
  // network, so answer those at once instead of letting each one time out.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The test browser's own interface language is en-US unless browserLanguage says otherwise;
  // readers of this extension mostly see it in Persian, so tests choose the language explicitly.
  await worker.evaluate(
    (uiLanguage) => chrome.storage.local.set({ settings: { uiLanguage } }),
    options.uiLanguage ?? 'fa',
  );

  // Without the `tabs` permission the worker cannot read tab URLs, so the tab a test
  // just opened is found as the newest tab (tests open pages one at a time).
  const newestTabId = (): Promise<number> =>
    worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)));

  return {
    context,
    worker,
    extensionId,
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${tabId ? `?tabId=${tabId}` : ''}`);
      return page;
    },
    async openTab(url) {
      const page = await context.newPage();
      const tabId = await newestTabId();
      await page.goto(url);
      return { page, tabId };
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    badgeTitle: (tabId) => worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls until `read` returns what `accept` wants (the badge is set asynchronously). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
