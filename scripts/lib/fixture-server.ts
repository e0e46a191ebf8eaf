// A tiny HTTP server on 127.0.0.1 serving fixture pages, so the content script runs on http:// URLs.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED_HTML = resolve(ROOT, 'tests/fixtures/seed/khabarshahr-iran-khodro.html');
export const PAGES_DIR = resolve(ROOT, 'tests/fixtures/pages');

export interface FixtureServer {
  origin: string;
  /** URL of a fixture case (`tests/fixtures/pages/<name>/source.html`) or of the seed ('seed'). */
  url(name: string): string;
  /** Serves extra HTML at a path for one test. */
  route(path: string, html: string): string;
  /** Every request the server saw (method and path). */
  requests: string[];
  close(): Promise<void>;
}

export function listCases(): { name: string; expected: Record<string, unknown> }[] {
  if (!existsSync(PAGES_DIR)) return [];
  return readdirSync(PAGES_DIR)
    .filter((name) => existsSync(join(PAGES_DIR, name, 'expected.json')))
    .map((name) => ({ name, expected: JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) }));
}

export async function startServer(): Promise<FixtureServer> {
  const extra = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    requests.push(`${req.method} ${path}`);
    let html: string | undefined = extra.get(path);
    if (!html && path === '/seed.html') html = readFileSync(SEED_HTML, 'utf8');
    const match = /^\/pages\/([\w.-]+)\.html$/.exec(path);
    if (!html && match) {
      const file = join(PAGES_DIR, match[1], 'source.html');
      if (existsSync(file)) html = readFileSync(file, 'utf8');
    }
    if (html === undefined) {
      // Images, styles and scripts the fixtures reference: answer empty, never reach out.
      res.writeHead(404, { 'content-type': 'text/plain' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    url: (name) => (name === 'seed' ? `${origin}/seed.html` : `${origin}/pages/${name}.html`),
    route(path, html) {
      extra.set(path, html);
      return origin + path;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
