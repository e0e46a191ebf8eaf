// Hostile pages and storage in the real browser: script payloads stay inert and literal in the
// popup (page view, speakers, saved entry), a corrupted saved entry does not hide the others,
// a 5 MB page gets an answer, and a foreign backup changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { startServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { fillStorage, openActiveTab, usePersianInterface } from '../../scripts/lib/bench-browser';
import { buildLargeArticle, persianParagraphs } from '../../scripts/lib/bench-pages';
import { buildLibrary, fixtureAnalyses } from '../../scripts/lib/bench-library';

let browser: ExtensionBrowser;
let server: FixtureServer;
const dialogs: string[] = [];
const files = mkdtempSync(join(tmpdir(), 'chekideh-hostile-'));

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  await usePersianInterface(browser);
  // Any alert/confirm/prompt in any page of the context is recorded and dismissed.
  const watch = (page: Page) => page.on('dialog', (d: Dialog) => { dialogs.push(`${page.url()}: ${d.message()}`); void d.dismiss(); });
  browser.context.pages().forEach(watch);
  browser.context.on('page', watch);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});

const P = persianParagraphs();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const LINK = '[خبر](javascript:alert(3))';
const SVG = '"><svg onload=alert(4)>';
const TITLE = `${IMG} حمایت وزارت کشور ${SCRIPT}`;

/** A news page whose title, body and quotes carry payloads as text, and a javascript: canonical link. */
function payloadPage(): string {
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${esc(TITLE)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${esc(TITLE)}">
<meta property="og:site_name" content="${esc(SVG)}"><meta property="article:published_time" content="2024-03-19T09:30:00+03:30">
<link rel="canonical" href="javascript:alert(5)"></head><body><article><h1>${esc(TITLE)}</h1>
<p>${P[0]}</p>
<p>بابک دین‌پرست، معاون هماهنگی امور اقتصادی وزارت کشور گفت: «${esc(IMG)} این برنامه‌ها ${esc(LINK)} ادامه دارد و ۶۳۹ پروژه تا پایان سال به بهره‌برداری می‌رسد.»</p>
<p>${P[1]} ${esc(SVG)}</p><p>${P[2]}</p>
<p>وی افزود: «${esc(SCRIPT)} همه طرح‌ها با جدیت پیگیری می‌شود و سه محصول جدید امسال عرضه خواهد شد.»</p>
<p>${P[3]}</p><p>${P[4]}</p></article></body></html>`;
}

/** Elements a payload would have created, javascript: links, and whether a handler ran. */
async function payloadTraces(page: Page) {
  return page.evaluate(() => ({
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], iframe, script:not([src])').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
    text: document.body.innerText,
  }));
}

describe('script payloads in a page', () => {
  it('stay literal text in the popup: no dialog, no element from the payload, no javascript: link', async () => {
    const { page, tabId } = await openActiveTab(browser, server.route('/hostile/payload.html', payloadPage()));
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await popup.locator('.speaker summary').first().click().catch(() => undefined);
    await popup.waitForTimeout(500);
    const traces = await payloadTraces(popup);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toContain(IMG);
    expect(traces.text).toContain(SCRIPT);
    expect(traces.injected).toBe(0);
    expect(traces.jsLinks).toBe(0);

    // Saved, then shown from the library: the same guarantees.
    await popup.getByRole('button', { name: 'ذخیره', exact: true }).click();
    await popup.getByText('این خبر پیش‌تر ذخیره شده است').waitFor();
    await popup.getByRole('button', { name: 'ذخیره‌شده‌ها' }).click();
    await popup.locator('.saved-item').first().waitFor();
    expect(await popup.locator('.saved-item .title').first().innerText()).toContain(IMG);
    await popup.locator('.saved-item .title').first().click();
    await popup.waitForTimeout(500);
    const saved = await payloadTraces(popup);
    expect(saved.text).toContain(IMG);
    expect(saved.injected).toBe(0);
    expect(saved.jsLinks).toBe(0);
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('not Persian', () => {
  const english = `<!doctype html><html lang="en"><head><title>Government announces new budget</title>
<meta property="og:type" content="article"></head><body><article><h1>Government announces new budget</h1>
${Array.from({ length: 6 }, (_, i) => `<p>"We will not allow inflation to eat the wages of workers," the spokesman, Ali Rezaei, told reporters on day ${i + 1}, adding that 639 projects would be finished by March and that the budget would cut the deficit.</p>`).join('\n')}
</article></body></html>`;

  it.each([
    ['a real Arabic page', () => server.url('ar-bbcarabic')],
    ['an English article', () => server.route('/hostile/english.html', english)],
  ])('%s: the popup says «این خبر فارسی نیست» and invents no summary or speakers', async (_label, url) => {
    const { page, tabId } = await openActiveTab(browser, url());
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: 'این خبر فارسی نیست' }).waitFor();
    expect(await popup.locator('#summary-heading, .speaker, .figures').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('a frameset page gets an answer, not a hang', async () => {
    const frame = server.route('/hostile/frame-story.html', payloadPage());
    const { page, tabId } = await openActiveTab(browser, server.route('/hostile/frames.html',
      `<html lang="fa"><head><title>قاب‌ها</title></head><frameset cols="50%,50%"><frame src="${frame}"><frame src="about:blank"></frameset></html>`));
    const popup = await browser.openPopup(tabId);
    // The top document has no text of its own; the framed story is not read (content script: top frame only).
    await popup.getByRole('heading', { name: /متنی برای خواندن پیدا نشد|این صفحه خبر نیست/ }).waitFor();
    expect(await popup.locator('.speaker').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('storage', () => {
  it('a corrupted saved entry: the others still list and open; the reader is told in Persian', async () => {
    const { articles, index } = buildLibrary(4, fixtureAnalyses().slice(0, 4));
    await fillStorage(browser, articles, index);
    const broken = articles[1];
    await browser.worker.evaluate((key) => chrome.storage.local.set({ [key]: '{"id": "truncated' }), `article:${broken.id}`);
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'ذخیره‌شده‌ها' }).click();
    await popup.locator('.saved-item').first().waitFor();
    const titles = await popup.locator('.saved-item .title').allInnerTexts();
    const good = articles.filter((x) => x.id !== broken.id);
    for (const a of good) expect(titles).toContain(a.title);
    // A good entry still opens with its own title.
    await popup.getByRole('button', { name: good[0].title, exact: true }).click();
    await popup.getByRole('heading', { level: 1, name: good[0].title }).waitFor();
    await popup.getByRole('button', { name: 'بازگشت' }).click();
    // The list reads every entry right after it shows: the broken one is hidden and named in Persian.
    await popup.getByText('مورد ذخیره‌شده خراب بود', { exact: false }).waitFor({ timeout: 10_000 });
    await expect.poll(() => popup.locator('.saved-item').count()).toBe(good.length);
    expect(await popup.getByText('۳ خبر ذخیره‌شده').count()).toBe(1);
    expect(dialogs).toEqual([]);
    await popup.close();
  });
});

describe('size', () => {
  it('a 5 MB page gets a verdict and the popup answers (analysis or «too large»)', async () => {
    const { page, tabId } = await openActiveTab(browser, server.route('/hostile/large.html', buildLargeArticle(5_000_000)));
    const popup = await browser.openPopup(tabId);
    const analysed = popup.getByRole('heading', { level: 1 });
    await analysed.waitFor({ timeout: 60_000 });
    const heading = await analysed.innerText();
    expect(heading.includes('سخنگوی دولت') || heading.includes('این صفحه بیش از حد بزرگ است')).toBe(true);
    expect(await page.evaluate(() => document.title)).toContain('سخنگوی دولت');
    await popup.close();
    await page.close();
  }, 120_000);
});

describe('backups from elsewhere', () => {
  it.each([
    ['not JSON', 'id,title\r\n1,=HYPERLINK("x")', 'چیزی تغییر نکرد'],
    ['another program\'s JSON', '{"roots":{"bookmark_bar":{"children":[]}},"version":1}', 'پشتیبان چکیده نیست'],
    ['a newer Chekideh', '{"format":"chekideh-backup","schemaVersion":99,"articles":[]}', 'نسخهٔ تازه‌تری'],
  ])('%s is refused with a Persian message and changes nothing', async (_label, content, message) => {
    const { articles, index } = buildLibrary(2, fixtureAnalyses().slice(0, 2));
    await fillStorage(browser, articles, index);
    const file = join(files, 'backup.json');
    writeFileSync(file, content);
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'ذخیره‌شده‌ها' }).click();
    await popup.locator('.saved-item').first().waitFor();
    await popup.getByLabel('بازگردانی از پشتیبان').setInputFiles(file);
    await popup.getByText(message, { exact: false }).waitFor();
    expect(await popup.locator('.saved-item').count()).toBe(2);
    await popup.close();
  });
});
