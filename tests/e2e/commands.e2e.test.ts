// Keyboard shortcuts are registered with the browser as promised in the README. (Headless
// Chromium does not route key presses to extension commands; what the save command does is
// tested with the real analysis in tests/utils/save-page.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard shortcuts', () => {
  it('Alt+Shift+K opens the popup and Alt+Shift+S saves the article', async () => {
    const commands = await browser.worker.evaluate(async () => await chrome.commands.getAll());
    const shortcut = (name: string) => commands.find((c) => c.name === name)?.shortcut;
    expect(shortcut('_execute_action')).toBe('Alt+Shift+K');
    expect(shortcut('save-article')).toBe('Alt+Shift+S');
  });
});
