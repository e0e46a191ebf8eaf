// The CLI contract: one JSON line per file, in order; errors on stderr with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
const SEED = 'tests/fixtures/seed/khabarshahr-iran-khodro.html';
const HOME = 'tests/fixtures/pages/nonarticle-home-khabaronline/source.html';

describe('npm run analyze', () => {
  it('prints one JSON object per file, in order, with the promised fields', () => {
    const { stdout, status } = run('--summary-sentences', '2', SEED, HOME);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['khabarshahr-iran-khodro.html', 'source.html']);
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(
      ['file', 'isArticle', 'language', 'title', 'site', 'published', 'text', 'summary', 'speakers', 'figures']));
    expect(lines[0].summary).toHaveLength(2);
    expect(lines[0].text.split('\n\n').length).toBeGreaterThan(5);
    expect(lines[1]).toMatchObject({ isArticle: false, summary: [], speakers: [] });
  });

  it('says what is wrong with an unreadable file and exits non-zero, still printing the others', () => {
    const { stdout, stderr, status } = run('no-such-file.html', SEED);
    expect(status).toBe(1);
    expect(stderr).toContain('no-such-file.html');
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('explains itself with --help and refuses bad options', () => {
    expect(run('--help').stdout).toContain('--summary-sentences');
    expect(run('--summary-sentences', 'x', SEED).status).toBe(2);
  });
});
