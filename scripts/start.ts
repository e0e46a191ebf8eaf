// `npm start`: the built extension in Chromium on the bundled sample article.
// With a display: a real window stays open (Ctrl+C ends). Without one: headless,
// saves screenshots of the popup (light and dark) and prints the analysis.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/extension-browser';
import { ROOT, startServer } from './lib/fixture-server';

const SHOTS = resolve(ROOT, 'docs/screenshots');
const headless = !process.env.DISPLAY || process.env.CI === 'true';

const server = await startServer();
const sampleUrl = server.url('seed');
console.log(`Sample article served at ${sampleUrl}`);

if (!headless) {
  const browser = await launchWithExtension({ headless: false });
  const { tabId } = await browser.openTab(sampleUrl);
  await browser.openPopup(tabId);
  console.log('Chromium is open with Chekideh loaded. Close the window or press Ctrl+C to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    const browser = await launchWithExtension({ colorScheme });
    const { tabId } = await browser.openTab(sampleUrl);
    const popup = await browser.openPopup(tabId);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('.speaker').first().waitFor();
    await popup.locator('.speaker summary').first().click();
    await popup.evaluate(() => document.fonts.ready);
    const file = resolve(SHOTS, `popup-fa-${colorScheme}.png`);
    await popup.screenshot({ path: file, fullPage: true });
    console.log(`Screenshot: ${file}`);
    if (colorScheme === 'light') console.log(`\n${await popup.locator('main').innerText()}\n`);
    await browser.close();
  }
  await server.close();
}
