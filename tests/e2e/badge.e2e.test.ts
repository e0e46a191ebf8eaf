// The toolbar badge marks article pages and stays empty on home and list pages.
import { describe, expect, it } from 'vitest';
import { useExtension } from './setup';
import { eventually } from '../../scripts/lib/extension-browser';
import { listCases } from '../../scripts/lib/fixture-server';

const env = useExtension();

const cases = listCases();
const persianArticles = cases.filter((c) => c.expected.isArticle === true && c.expected.language === 'fa');
const nonArticles = cases.filter((c) => c.expected.isArticle === false);

describe('toolbar badge', () => {
  it('has fixtures of both kinds', () => {
    expect(persianArticles.length).toBeGreaterThanOrEqual(5);
    expect(nonArticles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(['seed', ...persianArticles.map((c) => c.name)])('marks the article %s', async (name) => {
    const { page, tabId } = await env.browser.openTab(env.server.url(name));
    expect(await eventually(() => env.browser.badgeText(tabId), (t) => t !== '')).toBe('✓');
    await page.close();
  });

  it.each(nonArticles.map((c) => c.name))('leaves the non-article %s unmarked', async (name) => {
    const { page, tabId } = await env.browser.openTab(env.server.url(name));
    const title = await eventually(() => env.browser.badgeTitle(tabId), (t) => t.includes(':'));
    expect(title).toContain('این صفحه خبر نیست');
    expect(await env.browser.badgeText(tabId)).toBe('');
    await page.close();
  });
});
