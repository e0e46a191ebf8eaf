// The options page drives the popup: summary length, figure kinds, interface language, delete all.
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';
import type { Page } from 'playwright-core';

const env = useExtension();

async function openOptions(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  await page.locator('select').first().waitFor();
  return page;
}

async function popupOnSeed(): Promise<Page> {
  const { tabId } = await env.browser.openTab(env.server.url('seed'));
  const popup = await env.browser.openPopup(tabId);
  await popup.locator('.speaker').first().waitFor();
  return popup;
}

describe('options', () => {
  it('a shorter summary and fewer figure kinds show in the popup', async () => {
    const options = await openOptions();
    await options.getByLabel('طول خلاصه (جمله)').selectOption('1');
    await options.getByRole('checkbox', { name: 'شمارش' }).uncheck();
    await options.close();
    const popup = await popupOnSeed();
    expect(await popup.locator('.summary-sentence').count()).toBe(1);
    expect(await popup.getByText('عدد کلیدی‌ای در این خبر پیدا نشد.').count()).toBe(1);
    await popup.close();
  });

  it('switches the interface to English and back', async () => {
    const options = await openOptions();
    await options.getByLabel('زبان رابط').selectOption('en');
    await expect.poll(() => options.evaluate(() => document.documentElement.dir)).toBe('ltr');
    const popup = await popupOnSeed();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.getByRole('heading', { name: 'Speakers' }).waitFor();
    await popup.close();
    await options.getByLabel('Interface language').selectOption('fa');
    await expect.poll(() => options.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await options.close();
  });

  it('shows storage used and deletes all saved data after confirmation', async () => {
    const popup = await popupOnSeed();
    await popup.getByRole('button', { name: 'ذخیره', exact: true }).click();
    await popup.getByText('این خبر پیش‌تر ذخیره شده است').waitFor();
    await popup.close();
    const options = await openOptions();
    await options.getByText('فضای استفاده‌شده', { exact: false }).waitFor();
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByRole('button', { name: 'حذف همهٔ داده‌های ذخیره‌شده' }).click();
    await options.getByText('همهٔ داده‌ها پاک شد.').waitFor();
    await options.close();
    const library = await env.browser.openPopup();
    await library.getByRole('button', { name: 'ذخیره‌شده‌ها' }).click();
    await library.getByText('هنوز خبری ذخیره نکرده‌اید', { exact: false }).waitFor();
    await library.close();
  });
});
