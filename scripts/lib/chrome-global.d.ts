// Code passed to Playwright's worker.evaluate() runs in the extension's service worker,
// where the extension API is the global `chrome`.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
