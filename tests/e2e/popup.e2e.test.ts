// The reader's first click: badge on the sample article, popup with its speakers and figures.
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';
import { eventually } from '../../scripts/lib/extension-browser';

const env = useExtension();

describe('popup on the sample article', () => {
  it('shows the title, Jalali date, summary, both speakers with roles and the key figures', async () => {
    const { tabId } = await env.browser.openTab(env.server.url('seed'));
    expect(await eventually(() => env.browser.badgeText(tabId), (t) => t !== '')).toBe('✓');

    const popup = await env.browser.openPopup(tabId);
    await popup.getByRole('heading', { level: 1 }).waitFor();
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe('حمایت وزارت کشور از برنامه‌های ایران خودرو');
    await expect.poll(() => popup.locator('time').innerText()).toContain('۱۳۹۸');

    const speakers = popup.locator('.speaker');
    expect(await speakers.count()).toBe(2);
    const first = await speakers.nth(0).innerText();
    expect(first).toContain('بابک دین‌پرست');
    expect(first).toContain('معاون هماهنگی امور اقتصادی و توسعه مناطق وزارت کشور');
    const second = await speakers.nth(1).innerText();
    expect(second).toContain('فرشاد مقیمی');
    expect(second).toContain('مدیرعامل گروه صنعتی ایران خودرو');

    const figures = await popup.locator('.figures').innerText();
    expect(figures).toContain('۶۳۹ پروژه');
    expect(figures).toContain('سه محصول');
    expect(figures).not.toContain('سه گانه');
    await popup.close();
  });

  it('expands a speaker to show statements, and jumps to one in the page', async () => {
    const { page, tabId } = await env.browser.openTab(env.server.url('seed'));
    const popup = await env.browser.openPopup(tabId);
    const speaker = popup.locator('.speaker').first();
    await speaker.locator('summary').click();
    const quotes = speaker.locator('.quotes li');
    expect(await quotes.count()).toBe(5);
    await quotes.first().getByRole('button').click();
    const highlighted = await eventually(
      () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('chekideh-jump')),
      (v) => v,
    );
    expect(highlighted).toBe(true);
    await popup.close();
  });

  it('says so on a page that is not an article, without inventing a summary', async () => {
    const url = env.server.route('/list.html', `<!doctype html><html lang="fa"><head><title>آرشیو خبرها</title></head><body>
      <ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/n/${i}">خبر شماره ${i} دربارهٔ اقتصاد و ورزش</a></li>`).join('')}</ul></body></html>`);
    const { tabId } = await env.browser.openTab(url);
    const popup = await env.browser.openPopup(tabId);
    await popup.getByRole('heading', { name: 'این صفحه خبر نیست' }).waitFor();
    expect(await popup.locator('#summary-heading').count()).toBe(0);
    expect(await eventually(() => env.browser.badgeTitle(tabId), (t) => t.includes(':'))).toContain('این صفحه خبر نیست');
    expect(await env.browser.badgeText(tabId)).toBe('');
    await popup.close();
  });

  it('says so on a page the extension cannot read', async () => {
    const { tabId } = await env.browser.openTab('about:blank');
    const popup = await env.browser.openPopup(tabId);
    await popup.getByRole('heading', { name: 'این صفحه را نمی‌توان خواند' }).waitFor();
    await popup.close();
  });
});
