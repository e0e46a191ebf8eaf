// Keyboard shortcuts and context-menu items are registered with the browser as promised in the README. (Headless
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

describe('context menu', () => {
  it('has «save this article» and «add the selection to the note» (update() fails for a missing item)', async () => {
    const updated = await browser.worker.evaluate(async () => {
      const ids = ['chekideh-save-page', 'chekideh-add-selection'];
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          for (const id of ids) await chrome.contextMenus.update(id, {});
          return true;
        } catch {
          await new Promise((r) => setTimeout(r, 100)); // onInstalled may still be creating them
        }
      }
      return false;
    });
    expect(updated).toBe(true);
  });
});
