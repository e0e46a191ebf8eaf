// The extension itself sends nothing: the same browsing once without it (the baseline) and
// once with it plus popup, save and exports. Every request is recorded (pages, extension
// pages, service worker) and every one not to 127.0.0.1 is aborted, so nothing leaves the
// machine either way. With the extension, the requests must be a subset of the baseline's,
// and no extension page or worker may ask for anything over http(s).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { listCases, startServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { openActiveTab } from '../../scripts/lib/bench-browser';

// Service-worker network events are behind this switch in Playwright's Chromium driver.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const IGNORED_SCHEMES = /^(chrome-extension|blob|data):/;

const cases = listCases();
const PAGES = [
  'seed',
  ...cases.filter((c) => c.expected.isArticle === true && c.expected.language === 'fa').slice(0, 3).map((c) => c.name),
  ...cases.filter((c) => c.expected.isArticle === false).slice(0, 1).map((c) => c.name),
  ...cases.filter((c) => c.expected.language === 'ar').slice(0, 1).map((c) => c.name),
];

interface Recorded { url: string; origin: string }

let server: FixtureServer;
const downloads = mkdtempSync(join(tmpdir(), 'chekideh-privacy-'));

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Who asked: an extension page, the extension's worker, or a web page. */
function originOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `worker:${worker.url()}`;
  try {
    return `frame:${request.frame().url()}`;
  } catch {
    return 'unknown';
  }
}

/** Records every request of the context and aborts whatever is not for the fixture server. */
async function watch(context: BrowserContext, local: string): Promise<Recorded[]> {
  const seen: Recorded[] = [];
  context.on('request', (r) => seen.push({ url: r.url(), origin: originOf(r) }));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(local) || IGNORED_SCHEMES.test(url) ? route.continue() : route.abort();
  });
  return seen;
}

async function browse(context: BrowserContext): Promise<void> {
  for (const name of PAGES) {
    const page = await context.newPage();
    await page.goto(server.url(name), { waitUntil: 'load' });
    await page.waitForTimeout(700); // the content script's detection and badge
    await page.close();
  }
}

/** Addresses without their query: page scripts add cache-busters (ad servers' «cb=»). */
const withoutQuery = (u: string) => u.replace(/[?#].*$/, '');
const outside = (list: Recorded[]) => new Set(list.map((r) => r.url).filter((u) => !IGNORED_SCHEMES.test(u)).map(withoutQuery));

describe('privacy', () => {
  let baseline: Recorded[] = [];
  let baselineServer: string[] = [];
  let withExtension: Recorded[] = [];
  let withExtensionServer: string[] = [];

  it('records the baseline without the extension', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'chekideh-plain-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
    try {
      baseline = await watch(context, server.origin);
      const start = server.requests.length;
      await browse(context);
      baselineServer = server.requests.slice(start);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    expect(baseline.length).toBeGreaterThan(PAGES.length);
  });

  it('browses, analyzes, saves and exports with the extension', async () => {
    const browser: ExtensionBrowser = await launchWithExtension({ downloadsDir: downloads });
    try {
      await browser.worker.evaluate(async () => {
        await chrome.storage.local.set({ settings: { uiLanguage: 'fa' } });
      });
      withExtension = await watch(browser.context, server.origin);
      const start = server.requests.length;
      await browse(browser.context);
      for (const name of PAGES.slice(0, 3)) {
        const { page, tabId } = await openActiveTab(browser, server.url(name));
        await page.waitForTimeout(500);
        const popup = await browser.openPopup(tabId);
        await popup.getByRole('heading', { level: 1 }).waitFor();
        await popup.getByRole('button', { name: 'ذخیره', exact: true }).click();
        await popup.getByText('این خبر پیش‌تر ذخیره شده است').waitFor();
        await popup.close();
        await page.close();
      }
      const popup = await browser.openPopup();
      await popup.getByRole('button', { name: 'ذخیره‌شده‌ها' }).click();
      await popup.getByRole('searchbox', { name: 'جستجو' }).fill('خودرو');
      await popup.locator('.saved-item').first().waitFor();
      await popup.getByRole('searchbox', { name: 'جستجو' }).fill('');
      for (const name of ['خروجی Markdown', 'خروجی JSON', 'خروجی CSV']) {
        const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
        await file.saveAs(join(downloads, file.suggestedFilename()));
      }
      await popup.close();
      await new Promise((r) => setTimeout(r, 1000)); // anything the worker might send late
      withExtensionServer = server.requests.slice(start);
    } finally {
      await browser.close();
    }
    expect(withExtension.some((r) => r.url.startsWith('chrome-extension://'))).toBe(true);
  });

  it('with the extension, the browser asks for nothing the baseline did not', () => {
    const extra = [...outside(withExtension)].filter((u) => !outside(baseline).has(u));
    expect(extra).toEqual([]);
  });

  it('the fixture server sees the same requests with and without the extension (browsing part)', () => {
    const base = new Set(baselineServer);
    expect(withExtensionServer.filter((r) => !base.has(r))).toEqual([]);
  });

  it('no extension page and no extension worker requests anything over http(s)', () => {
    const fromExtension = withExtension.filter((r) => /^(frame|worker):chrome-extension:/.test(r.origin));
    expect(fromExtension.length).toBeGreaterThan(0); // popup scripts, styles and fonts were seen
    expect(fromExtension.filter((r) => /^(https?|wss?|ftp):/i.test(r.url))).toEqual([]);
  });
});
