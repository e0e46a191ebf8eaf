// Renders assets/icon.svg to the PNG sizes browsers want (public/icon/<size>.png, which
// WXT puts in the manifest). Run after changing the SVG: `npx tsx scripts/build-icons.ts`.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './lib/extension-browser';
import { ROOT } from './lib/fixture-server';

const svg = readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
const out = resolve(ROOT, 'public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: resolve(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
