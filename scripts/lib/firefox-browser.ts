// Debian's Firefox ESR with the built add-on installed, driven by puppeteer-core over WebDriver BiDi
// (Playwright cannot drive a stock Firefox). Used by the Firefox smoke test.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './fixture-server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv2');

// Firefox gives each add-on a random internal UUID per profile; fixing it in advance through
// this pref makes the moz-extension:// origin known without reading about:debugging.
const EXTENSION_UUID = '6b1d3a52-8c2e-4f0a-9d17-3c5e0f4a7b21';

// Puppeteer already turns off updates, telemetry, safe browsing and the new-tab feeds; these stop
// the rest of Firefox's background traffic. The machine has no network, and anything that is not
// 127.0.0.1 goes to a closed local proxy port, so it fails at once instead of waiting on DNS.
const OFFLINE_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.aboutwelcome.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.geoip.url': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'captivedetect.canonicalURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.showPane': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disableIPv6': true,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'services.sync.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'xpinstall.signatures.required': false,
};

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on's id from its manifest (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** moz-extension://<uuid> of the installed add-on. */
  origin: string;
  /** Opens an extension page (e.g. `options.html`) in a new tab; its scripts see `browser.*`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Navigates a tab to an extension page (e.g. `popup.html?tabId=3`) and waits for it to load. */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /** Opens a web page in a new tab and waits for it to load. */
  openTab(url: string): Promise<Page>;
  /** The newest tab other than `extensionPage`'s own, as the add-on sees it (ids need no `tabs` permission). */
  newestTabId(extensionPage: Page): Promise<number>;
  /** The toolbar button's badge text and tooltip for a tab, read through an extension page. */
  badge(extensionPage: Page, tabId: number): Promise<{ text: string; title: string }>;
  close(): Promise<void>;
}

/** `browser.*` as extension pages see it; typed loosely since these calls run inside Firefox. */
type ExtensionApi = any;

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX);
}

export async function launchFirefoxWithExtension(): Promise<FirefoxExtensionBrowser> {
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const extensionId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 60_000,
    protocolTimeout: 60_000,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// (not a "web-safe" scheme)
    // unless system access is allowed; the popup page is only reachable that way.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...OFFLINE_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== extensionId) throw new Error(`installed ${installed}, expected ${extensionId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;

  async function gotoExtensionPage(page: Page, path: string): Promise<void> {
    const url = `${origin}/${path}`;
    // Firefox loads the page but BiDi never reports a navigation into the extension's process,
    // so goto() would wait for nothing: start it, then watch the document itself.
    void page.goto(url, { timeout: NAVIGATION_MS }).catch(() => undefined);
    const state = await eventually(
      () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
      (s) => s === `${url} complete`,
      NAVIGATION_MS,
    );
    if (state !== `${url} complete`) throw new Error(`${url} did not load (last seen: ${state || 'nothing'})`);
  }

  return {
    browser,
    extensionId,
    origin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, path);
      return page;
    },
    gotoExtensionPage,
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_MS });
      return page;
    },
    newestTabId: (extensionPage) =>
      extensionPage.evaluate(async () => {
        const api: ExtensionApi = (globalThis as ExtensionApi).browser;
        const self = (await api.tabs.getCurrent())?.id;
        const ids = (await api.tabs.query({})).map((t: { id: number }) => t.id).filter((id: number) => id !== self);
        return Math.max(...ids);
      }),
    badge: (extensionPage, tabId) =>
      extensionPage.evaluate(async (id) => {
        const api: ExtensionApi = (globalThis as ExtensionApi).browser;
        return {
          text: (await api.browserAction.getBadgeText({ tabId: id })) as string,
          title: (await api.browserAction.getTitle({ tabId: id })) as string,
        };
      }, tabId),
    close: () => browser.close(),
  };
}

const NAVIGATION_MS = 20_000;

/** Polls until `read` returns what `accept` wants, or the time is up (returns the last value). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  return value;
}
