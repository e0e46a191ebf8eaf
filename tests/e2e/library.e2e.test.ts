// Save → saved list → search → note → delete/undo → exports → import into a fresh profile.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { listCases, startServer, type FixtureServer } from '../../scripts/lib/fixture-server';

let browser: ExtensionBrowser;
let server: FixtureServer;
const downloads = mkdtempSync(join(tmpdir(), 'chekideh-downloads-'));
const NOTE = 'یادداشت من: دین‌پرست دربارهٔ ۶۳۹ پروژه';

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ downloadsDir: downloads });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const articles = ['seed', ...listCases().filter((c) => c.expected.isArticle === true && c.expected.language === 'fa').slice(0, 2).map((c) => c.name)];

async function saveArticle(name: string): Promise<string> {
  const { page, tabId } = await browser.openTab(server.url(name));
  const popup = await browser.openPopup(tabId);
  await popup.getByRole('button', { name: 'ذخیره', exact: true }).click();
  await popup.getByText('این خبر پیش‌تر ذخیره شده است').waitFor();
  const title = await popup.getByRole('heading', { level: 1 }).innerText();
  await popup.close();
  await page.close();
  return title;
}

async function openLibrary(): Promise<Page> {
  const popup = await browser.openPopup();
  await popup.getByRole('button', { name: 'ذخیره‌شده‌ها' }).click();
  await popup.getByRole('searchbox', { name: 'جستجو' }).waitFor();
  return popup;
}

async function download(popup: Page, name: string): Promise<string> {
  const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

describe('saved library', () => {
  const titles: string[] = [];

  it('saves three articles, and the popup knows the page is saved when reopened', async () => {
    expect(articles.length).toBe(3);
    for (const name of articles) titles.push(await saveArticle(name));
    const { tabId } = await browser.openTab(server.url('seed'));
    const popup = await browser.openPopup(tabId);
    await popup.getByText('این خبر پیش‌تر ذخیره شده است').waitFor();
    await popup.close();
  });

  it('lists them newest first with a count', async () => {
    const popup = await openLibrary();
    await popup.locator('.saved-item').nth(2).waitFor();
    const listed = await popup.locator('.saved-item .title').allInnerTexts();
    expect(listed).toEqual([...titles].reverse());
    expect(await popup.getByText('۳ خبر ذخیره‌شده').count()).toBe(1);
    await popup.close();
  });

  it('edits the note of an entry, and the note survives closing the popup right after typing', async () => {
    const popup = await openLibrary();
    await popup.getByRole('button', { name: titles[0], exact: true }).click();
    const note = popup.getByRole('textbox', { name: 'یادداشت' });
    await note.fill(NOTE);
    await popup.close();
    const again = await openLibrary();
    await again.getByRole('button', { name: titles[0], exact: true }).click();
    await expect.poll(() => again.getByRole('textbox', { name: 'یادداشت' }).inputValue()).toBe(NOTE);
    await again.close();
  });

  it('searches the way readers type: Arabic ي/ك, no half-space, Latin digits', async () => {
    const popup = await openLibrary();
    const search = popup.getByRole('searchbox', { name: 'جستجو' });
    for (const query of ['دينپرست', '639 پروژه', 'مقيمي']) {
      await search.fill(query);
      await expect.poll(() => popup.locator('.saved-item .title').allInnerTexts()).toEqual([titles[0]]);
    }
    await search.fill('کلمه‌ای که هیچ‌جا نیست');
    await popup.getByText('چیزی با این جستجو پیدا نشد.').waitFor();
    await popup.close();
  });

  it('deletes an entry and brings it back with undo', async () => {
    const popup = await openLibrary();
    await popup.getByRole('button', { name: `حذف: ${titles[1]}` }).click();
    await expect.poll(() => popup.locator('.saved-item').count()).toBe(2);
    await popup.getByRole('button', { name: 'بازگرداندن' }).click();
    await expect.poll(() => popup.locator('.saved-item').count()).toBe(3);
    await popup.close();
  });

  let backup = '';
  it('exports Markdown, JSON and CSV files that contain the note', async () => {
    const popup = await openLibrary();
    const markdown = await download(popup, 'خروجی Markdown');
    expect(markdown).toContain(NOTE);
    expect(markdown).toContain(titles[0]);
    backup = await download(popup, 'خروجی JSON');
    const parsed = JSON.parse(backup);
    expect(parsed.articles).toHaveLength(3);
    expect(JSON.stringify(parsed)).toContain(NOTE);
    const csv = await download(popup, 'خروجی CSV');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain(NOTE);
    await popup.close();
  });

  it('imports the backup into a fresh profile and gets every article back', async () => {
    const file = join(downloads, 'backup-for-import.json');
    writeFileSync(file, backup);
    const fresh = await launchWithExtension();
    try {
      const popup = await fresh.openPopup();
      await popup.getByRole('button', { name: 'ذخیره‌شده‌ها' }).click();
      await popup.getByText('هنوز خبری ذخیره نکرده‌اید', { exact: false }).waitFor();
      await popup.getByLabel('بازگردانی از پشتیبان').setInputFiles(file);
      await popup.getByText('۳ تازه', { exact: false }).waitFor();
      expect(await popup.locator('.saved-item').count()).toBe(3);
      await popup.getByRole('button', { name: titles[0], exact: true }).click();
      await expect.poll(() => popup.getByRole('textbox', { name: 'یادداشت' }).inputValue()).toBe(NOTE);
      // A malformed file is refused with a Persian message and changes nothing.
      const broken = join(downloads, 'broken.json');
      writeFileSync(broken, backup.slice(0, backup.length / 2));
      await popup.getByRole('button', { name: 'بازگشت' }).click();
      await popup.getByLabel('بازگردانی از پشتیبان').setInputFiles(broken);
      await popup.getByText('چیزی تغییر نکرد', { exact: false }).waitFor();
      expect(await popup.locator('.saved-item').count()).toBe(3);
    } finally {
      await fresh.close();
    }
  });
});
