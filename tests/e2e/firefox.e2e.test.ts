// Firefox smoke test: the built MV2 add-on in Debian's Firefox ESR. The content script's verdict
// reaches the toolbar button (badge ✓ and tooltip), and the popup analyzes the sample article.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  eventually,
  FIREFOX,
  firefoxAvailable,
  launchFirefoxWithExtension,
  type FirefoxExtensionBrowser,
} from '../../scripts/lib/firefox-browser';
import { listCases, ROOT, startServer, type FixtureServer } from '../../scripts/lib/fixture-server';

const seed = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/seed/expected.json'), 'utf8')) as { title: string };
const nonArticle = listCases().find((c) => c.expected.isArticle === false);

let firefox: FirefoxExtensionBrowser;
let server: FixtureServer;
/** An extension page kept open to call browser.* (tab ids, badge) as the add-on sees them. */
let probe: Page;

if (!firefoxAvailable()) console.warn(`Firefox smoke test skipped: ${FIREFOX} is missing (apt-get install firefox-esr).`);

describe.skipIf(!firefoxAvailable())('Firefox add-on', () => {
  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefoxWithExtension();
    probe = await firefox.openExtensionPage('options.html');
    // Firefox's own interface is en-US here; readers see the add-on in Persian.
    await probe.evaluate(() =>
      (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({
        settings: { uiLanguage: 'fa' },
      }),
    );
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('runs the content script: the popup analyzes the sample article', async () => {
    const article = await firefox.openTab(server.url('seed'));
    const tabId = await firefox.newestTabId(probe);
    const popup = await firefox.browser.newPage();
    await firefox.gotoExtensionPage(popup, `popup.html?tabId=${tabId}`);
    const heading = await eventually(
      () => popup.evaluate(() => document.querySelector('h1')?.textContent ?? ''),
      // The heading says «reading the article…» until the analysis is back.
      (text) => text === seed.title,
      30_000,
    );
    expect(heading).toBe(seed.title);
    await popup.close();
    await article.close();
  });

  it('marks the sample article in the toolbar once the content script detected it', async () => {
    const article = await firefox.openTab(server.url('seed'));
    const tabId = await firefox.newestTabId(probe);
    const badge = await eventually(() => firefox.badge(probe, tabId), (b) => b.text !== '');
    expect(badge.text, 'badge set by the background on the content script\'s pageDetected').toBe('✓');
    expect(badge.title).toContain('خبر فارسی');
    await article.close();
  });

  it('registers both keyboard shortcuts with the keys the manifest suggests', async () => {
    // Firefox checks suggested keys itself and drops those it refuses, so this is not a given.
    const commands = await probe.evaluate(async () =>
      (await (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name: string; shortcut?: string }[]> } } }).browser.commands.getAll())
        .map((c) => [c.name, c.shortcut ?? '']),
    );
    expect(Object.fromEntries(commands)).toEqual({ _execute_browser_action: 'Alt+Shift+K', 'save-article': 'Alt+Shift+S' });
  });

  it.runIf(nonArticle)('leaves a page that is not an article unmarked', async () => {
    const page = await firefox.openTab(server.url(nonArticle!.name));
    const tabId = await firefox.newestTabId(probe);
    const badge = await eventually(() => firefox.badge(probe, tabId), (b) => b.title.includes(':'));
    expect(badge.title).toContain('این صفحه خبر نیست');
    expect(badge.text).toBe('');
    await page.close();
  });
});
