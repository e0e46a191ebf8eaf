// Node-side DOM for the CLI, evaluation, benchmarks and tests: jsdom, scripts off.
import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

/** Parses HTML into a Document the way a browser would, without running scripts or loading anything. */
export function parseHtml(html: string, url = 'https://example.invalid/'): Document {
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
}
