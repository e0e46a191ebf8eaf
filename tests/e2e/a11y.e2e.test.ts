// axe in the real popup and options page, in both interface languages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = useExtension();

/** Serious and critical violations, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // evaluate() is not subject to the extension page's CSP, unlike an injected <script>.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run({ resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function setLanguage(lang: 'fa' | 'en') {
  await env.browser.worker.evaluate(async (uiLanguage) => {
    const key = 'settings';
    const stored = (await chrome.storage.local.get(key))[key] ?? {};
    await chrome.storage.local.set({ [key]: { ...stored, uiLanguage } });
  }, lang);
}

describe.each(['fa', 'en'] as const)('accessibility (%s)', (lang) => {
  it('popup on the sample article, speakers expanded, has no serious violation', async () => {
    await setLanguage(lang);
    const { page, tabId } = await env.browser.openTab(env.server.url('seed'));
    const popup = await env.browser.openPopup(tabId);
    await popup.locator('.speaker').first().waitFor();
    await popup.locator('.speaker summary').first().click();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: lang === 'fa' ? 'ذخیره‌شده‌ها' : 'Saved' }).click();
    await popup.getByRole('searchbox').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('options page has no serious violation', async () => {
    await setLanguage(lang);
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.locator('select').first().waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});

// Dark mode follows the system: the same popup in a dark-scheme browser, light text on a dark
// background, and still no serious violation (axe's color-contrast is one).
const dark = useExtension({ colorScheme: 'dark' });

describe('dark mode', () => {
  it('the popup turns dark with the system and keeps its contrast', async () => {
    const { tabId } = await dark.browser.openTab(dark.server.url('seed'));
    const popup = await dark.browser.openPopup(tabId);
    await popup.locator('.speaker').first().waitFor();
    const luminance = await popup.evaluate(() => {
      const rgb = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      const style = getComputedStyle(document.body);
      return { background: lum(rgb(style.backgroundColor)), text: lum(rgb(style.color)) };
    });
    expect(luminance.background).toBeLessThan(0.25);
    expect(luminance.text).toBeGreaterThan(0.7);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });
});
