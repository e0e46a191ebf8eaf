// Browser-side benchmarks in Debian's Chromium: detection on a big page (utils/detect.ts
// bundled by esbuild), and the saved list and its search with thousands of articles.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ArticleSearch } from '../../utils/search';
import type { IndexEntry, SavedArticle } from '../../utils/library';
import { ROOT, type FixtureServer } from './fixture-server';
import type { ExtensionBrowser } from './extension-browser';
import { median } from './bench-stats';

/** utils/detect.ts as a script defining `ChekidehDetect.detectArticle`. */
export async function bundleDetect(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(ROOT, 'utils/detect.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'ChekidehDetect',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** Milliseconds of each detection run on a page served from 127.0.0.1 (in-page performance.now()). */
export async function detectRunsInBrowser(
  browser: ExtensionBrowser, server: FixtureServer, html: string, runs = 60,
): Promise<{ runs: number[]; verdict: unknown }> {
  const url = server.route('/bench/large-article.html', html);
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: await bundleDetect() });
  // Let the extension's own load-time detection finish before timing.
  await page.waitForTimeout(500);
  const result = await page.evaluate((n) => {
    const detect = (window as unknown as { ChekidehDetect: { detectArticle(d: Document): unknown } }).ChekidehDetect.detectArticle;
    for (let i = 0; i < 5; i++) detect(document);
    const times: number[] = [];
    let verdict: unknown = null;
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      verdict = detect(document);
      times.push(performance.now() - start);
    }
    return { runs: times, verdict };
  }, runs);
  await page.close();
  return result;
}

/** The popup in Persian whatever the browser's language (the accessible names below are Persian). */
export async function usePersianInterface(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(async () => {
    const stored = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...stored, uiLanguage: 'fa' } });
  });
}

/** Writes a library straight into the extension's storage from its service worker, in batches. */
export async function fillStorage(browser: ExtensionBrowser, articles: SavedArticle[], index: IndexEntry[]): Promise<void> {
  await browser.worker.evaluate(() => chrome.storage.local.clear());
  await usePersianInterface(browser);
  const BATCH = 250;
  for (let i = 0; i < articles.length; i += BATCH) {
    const batch = Object.fromEntries(articles.slice(i, i + BATCH).map((a) => [`article:${a.id}`, a]));
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), batch);
  }
  await browser.worker.evaluate((entries) => chrome.storage.local.set({ index: entries }), index);
}

async function openSavedList(browser: ExtensionBrowser): Promise<{ page: Page; dom: number; frame: number }> {
  const page = await browser.openPopup();
  const button = await page.getByRole('button', { name: 'ذخیره‌شده‌ها' }).elementHandle();
  const times = await page.evaluate((btn) => new Promise<{ dom: number; frame: number }>((done, fail) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.saved-item')) return;
      observer.disconnect();
      const dom = performance.now() - start;
      requestAnimationFrame(() => done({ dom, frame: performance.now() - start }));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => fail(new Error('no .saved-item within 30 s')), 30_000);
    (btn as HTMLElement).click();
  }), button);
  return { page, ...times };
}

/** Ids the popup shows for a query: matches in index order, first page of 50, and whether more follow. */
function visibleSignature(index: IndexEntry[], matches: Set<string> | null): string {
  const visible = index.filter((e) => !matches || matches.has(e.id));
  return `${visible.slice(0, 50).map((e) => e.id).join(',')}|${visible.length > 50}|${visible.length === 0}`;
}

/** Keystrokes of `query` after which the popup's list must change (simulated on the same data). */
export function changingKeystrokes(articles: SavedArticle[], index: IndexEntry[], query: string): boolean[] {
  const search = new ArticleSearch(articles);
  let previous = visibleSignature(index, null);
  return [...query].map((_, i) => {
    const text = query.slice(0, i + 1);
    const sig = visibleSignature(index, text.trim() ? new Set(search.search(text)) : null);
    const changed = sig !== previous;
    previous = sig;
    return changed;
  });
}

export interface LibraryTimes {
  firstRender: number[];
  firstRenderFrame: number[];
  indexBuild: number[];
  keystrokes: number[];
  measuredKeys: number;
}

/** Types one character into the search box and waits for the list to change (ms), or null on timeout. */
async function typeAndTime(page: Page, ch: string, timeoutMs: number): Promise<number | null> {
  const box = await page.getByRole('searchbox', { name: 'جستجو' }).elementHandle();
  return page.evaluate(([input, c, limit]) => new Promise<number | null>((done) => {
    const el = input as HTMLInputElement;
    const section = el.closest('section') ?? document.body;
    const start = performance.now();
    const observer = new MutationObserver((records) => {
      if (!records.some((r) => r.target !== el && !(r.target as Node).contains?.(el))) return;
      observer.disconnect();
      clearTimeout(timer);
      done(performance.now() - start);
    });
    const timer = setTimeout(() => { observer.disconnect(); done(null); }, limit as number);
    observer.observe(section, { childList: true, subtree: true, characterData: true });
    el.value += c as string;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, data: c as string, inputType: 'insertText' }));
  }), [box, ch, timeoutMs] as const);
}

async function typeUnmeasured(page: Page, ch: string): Promise<void> {
  const box = await page.getByRole('searchbox', { name: 'جستجو' }).elementHandle();
  await page.evaluate(([input, c]) => {
    const el = input as HTMLInputElement;
    el.value += c as string;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, data: c as string, inputType: 'insertText' }));
  }, [box, ch] as const);
  await page.waitForTimeout(200);
}

/** The saved list's first render and the search per keystroke, `rounds` times each. */
export async function measureLibrary(
  browser: ExtensionBrowser, articles: SavedArticle[], index: IndexEntry[], query: string, rounds = 5,
): Promise<LibraryTimes> {
  const changes = changingKeystrokes(articles, index, query);
  const out: LibraryTimes = { firstRender: [], firstRenderFrame: [], indexBuild: [], keystrokes: [], measuredKeys: 0 };
  // One unmeasured round warms the extension's storage backend and the popup's code cache.
  for (let round = 0; round <= rounds; round++) {
    const { page, dom, frame } = await openSavedList(browser);
    const chars = [...query];
    for (let i = 0; i < chars.length; i++) {
      if (!changes[i]) {
        await typeUnmeasured(page, chars[i]);
        continue;
      }
      const ms = await typeAndTime(page, chars[i], i === 0 ? 60_000 : 10_000);
      if (round === 0 || ms === null) continue;
      if (i === 0) out.indexBuild.push(ms);
      else out.keystrokes.push(ms);
    }
    if (round > 0) {
      out.firstRender.push(dom);
      out.firstRenderFrame.push(frame);
    }
    await page.close();
  }
  out.measuredKeys = changes.slice(1).filter(Boolean).length;
  return out;
}

export const medianOf = median;

/**
 * Opens a page and finds its tab id as the active tab: the extension has no `tabs` or host
 * permission, so chrome.tabs.query hides tab URLs and a tab cannot be matched by its address.
 */
export async function openActiveTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  if (tabId < 0) throw new Error(`no active tab for ${url}`);
  return { page, tabId };
}
