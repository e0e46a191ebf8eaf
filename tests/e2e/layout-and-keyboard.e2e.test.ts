// The popup at the widths browsers give it (360–420 px) and with the keyboard alone: nothing spills
// sideways, page text is bidi-isolated, every focused control shows a focus ring, and the main
// actions work with Tab and Enter.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './setup';

const env = useExtension();

async function popupOnSeed(width: number): Promise<Page> {
  const { tabId } = await env.browser.openTab(env.server.url('seed'));
  const popup = await env.browser.openPopup(tabId);
  await popup.setViewportSize({ width, height: 600 });
  await popup.locator('.speaker').first().waitFor();
  return popup;
}

describe('popup width', () => {
  it.each([360, 400, 420])('at %i px nothing overflows sideways', async (width) => {
    const popup = await popupOnSeed(width);
    await popup.locator('.speaker summary').first().click();
    const overflow = await popup.evaluate(() => {
      const wide = [...document.querySelectorAll('body *')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.left < -1 || r.right > document.documentElement.clientWidth + 1);
      });
      return { scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth, wide: wide.map((e) => e.className || e.tagName) };
    });
    expect(overflow).toEqual({ scroll: 0, wide: [] });
    await popup.close();
  });
});

describe('mixed Persian and English text', () => {
  it('every piece of page text is bidi-isolated, so its punctuation cannot jump', async () => {
    const popup = await popupOnSeed(400);
    await popup.locator('.speaker summary').first().click();
    const notIsolated = await popup.evaluate(() =>
      [...document.querySelectorAll('h1, bdi, .summary-sentence, .speaker-role, .figure-text, .quote, q')]
        .filter((el) => !['plaintext', 'isolate'].includes(getComputedStyle(el).unicodeBidi))
        .map((el) => el.className || el.tagName),
    );
    expect(notIsolated).toEqual([]);
    await popup.close();
  });
});

describe('keyboard only', () => {
  it('Tab reaches every control, each with a visible focus ring, and Enter works', async () => {
    const popup = await popupOnSeed(400);
    const visited: { label: string; ring: boolean }[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      visited.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (el === document.body) return { label: '(page)', ring: true }; // Tab left the last control
          const style = getComputedStyle(el);
          return { label: el.textContent?.trim().slice(0, 30) ?? '', ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        }),
      );
    }
    expect(visited.filter((v) => !v.ring)).toEqual([]);
    const labels = visited.map((v) => v.label);
    expect(labels).toContain('ذخیره‌شده‌ها');
    expect(labels).toContain('ذخیره');
    expect(labels.some((l) => l.startsWith('بابک دین‌پرست'))).toBe(true);

    // Open the first speaker's statements with Enter, then save with Enter.
    await popup.locator('.speaker summary').first().focus();
    await popup.keyboard.press('Enter');
    expect(await popup.locator('.speaker summary').first().evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
    await popup.getByRole('button', { name: 'ذخیره', exact: true }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByText('این خبر پیش‌تر ذخیره شده است').waitFor();
    await popup.close();
  });
});
