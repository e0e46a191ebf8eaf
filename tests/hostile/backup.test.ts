// Backup files a reader might pick by mistake or receive from someone else (utils/import.ts
// parseBackup): huge, cut off anywhere, another program's export, not text at all, hostile
// JSON. Each gives a clear error code or valid articles, never a throw or a half-read file.
import { describe, expect, it } from 'vitest';
import { buildJsonExport } from '@/utils/export';
import { parseBackup } from '@/utils/import';
import { buildLibrary, fixtureAnalyses } from '../../scripts/lib/bench-library';

const NOW = new Date('2024-03-20T08:00:00Z');
const ERRORS = ['too-large', 'empty', 'invalid-json', 'truncated', 'not-a-backup', 'newer-schema'];
const small = buildLibrary(3, fixtureAnalyses().slice(0, 3)).articles;
const smallBackup = buildJsonExport(small, NOW);

describe('size', () => {
  it('a real library of 5,000 articles (~20 MB) is read back whole', () => {
    const { articles } = buildLibrary(5000);
    const text = buildJsonExport(articles, NOW);
    expect(text.length).toBeGreaterThan(10_000_000);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.articles).toHaveLength(5000);
      expect(parsed.skipped).toEqual([]);
    }
  }, 120_000);
});

describe('truncated anywhere', () => {
  it('every cut of a backup is refused with a code, never half-imported', () => {
    const body = smallBackup.trimEnd();
    const step = Math.max(1, Math.floor(body.length / 400));
    for (let cut = 0; cut < body.length - 1; cut += step) {
      const parsed = parseBackup(body.slice(0, cut));
      expect(parsed.ok, `cut at ${cut}`).toBe(false);
      if (!parsed.ok) expect(ERRORS).toContain(parsed.error);
    }
  });

  it('a cut in the middle of a surrogate pair or an escape is refused', () => {
    const text = buildJsonExport([{ ...small[0], note: 'یادداشت 😀 \\u0041 پایان' }], NOW);
    const at = text.indexOf('😀') + 1;
    for (const cut of [at, text.indexOf('\\\\u0041') + 2]) {
      const parsed = parseBackup(text.slice(0, cut));
      expect(parsed.ok).toBe(false);
    }
  });
});

describe('not our file', () => {
  it.each([
    ['a Pocket HTML export', '<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><DT><A HREF="https://a.ir">x</A></DL>', 'invalid-json'],
    ['Chrome bookmarks JSON', '{"checksum":"x","roots":{"bookmark_bar":{"children":[]}},"version":1}', 'not-a-backup'],
    ['a list of articles without the envelope', JSON.stringify(small), 'not-a-backup'],
    ['our format name with a huge version', '{"format":"chekideh-backup","schemaVersion":1e400,"articles":[]}', 'not-a-backup'],
    ['our format name with a negative version', '{"format":"chekideh-backup","schemaVersion":-1,"articles":[]}', 'not-a-backup'],
    ['a UTF-16 file read as UTF-8', '\ufffd\ufffd{\u0000"\u0000f\u0000', 'invalid-json'],
    ['binary bytes', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\ufffd\ufffd', 'invalid-json'],
    ['a JSON string', '"chekideh-backup"', 'not-a-backup'],
    ['a number', '2', 'not-a-backup'],
  ])('%s → %s', (_label, text, error) => {
    expect(parseBackup(text)).toEqual({ ok: false, error });
  });

  it('JSON nested 200,000 levels deep is refused without a crash', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const parsed = parseBackup(`{"format":"chekideh-backup","schemaVersion":2,"articles":[],"x":${deep}}`);
    expect(typeof parsed.ok).toBe('boolean');
    const bare = parseBackup('['.repeat(200_000));
    expect(bare.ok).toBe(false);
  });

  it('an entry of every wrong kind is skipped and named; the good ones survive', () => {
    const entries = [small[0], null, 42, 'x', [], { ...small[1], title: { toString: 'x' } }, { ...small[2], speakers: [{ name: 7 }] }, { ...small[1], id: '' }];
    const parsed = parseBackup(JSON.stringify({ format: 'chekideh-backup', schemaVersion: 2, articles: entries }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.articles.map((a) => a.id)).toEqual([small[0].id]);
    expect(parsed.skipped.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('hostile JSON', () => {
  it('«__proto__» keys pollute nothing and carry nothing into the articles', () => {
    const text = `{"format":"chekideh-backup","schemaVersion":2,"__proto__":{"polluted":1},"articles":[${JSON.stringify(small[0]).replace(/^\{/, '{"__proto__":{"isAdmin":true,"polluted":2},"constructor":{"prototype":{"polluted":3}},')}]}`;
    const parsed = parseBackup(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [article] = parsed.articles;
    expect((article as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(article)).not.toContain('constructor');
  });

  it('script payloads in a backup stay plain strings', () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const parsed = parseBackup(buildJsonExport([{ ...small[0], title: payload, note: payload }], NOW));
    expect(parsed.ok && parsed.articles[0].title).toBe(payload);
    expect(parsed.ok && parsed.articles[0].note).toBe(payload);
  });
});
