// The shortcut and context-menu path: extract → analyze → save, with the real analysis.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { articleFromAnalysis } from '@/utils/library';
import { analyzePage } from '@/utils/page-analysis';
import { appendToNote, savePage } from '@/utils/save-page';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { Analysis } from '@/utils/types';
import { parseHtml } from '../../scripts/lib/dom';

const URL_ = 'https://khabarshahr.ir/?p=120345';
const seed = () => extractArticle(parseHtml(readFileSync('tests/fixtures/seed/khabarshahr-iran-khodro.html', 'utf8'), URL_), URL_);
const NOW = new Date('2026-11-27T08:00:00Z');
const settings = async () => DEFAULT_SETTINGS;

describe('analyzePage', () => {
  it('analyzes what the content script extracted', async () => {
    const result = await analyzePage({ extract: async () => seed(), settings });
    expect(result.ok && result.analysis.speakers.map((s) => s.name)).toEqual(['بابک دین‌پرست', 'فرشاد مقیمی']);
  });

  it('calls a tab without a content script restricted, never throws', async () => {
    const result = await analyzePage({ extract: () => Promise.reject(new Error('Could not establish connection')), settings });
    expect(result).toMatchObject({ ok: false, reason: 'restricted' });
  });
});

describe('savePage', () => {
  it('saves an article', async () => {
    const saveAnalysis = vi.fn(async (analysis: Analysis, now: Date) => ({ article: articleFromAnalysis(analysis, now), created: true }));
    const result = await savePage({ extract: async () => seed(), settings, saveAnalysis, now: () => NOW });
    expect(result).toMatchObject({ ok: true, created: true });
    expect(saveAnalysis).toHaveBeenCalledOnce();
  });

  it('does not save a page that is not an article', async () => {
    const saveAnalysis = vi.fn();
    const extract = async () => ({ ...seed(), isArticle: false, reason: 'not-article' as const, paragraphs: [] });
    expect(await savePage({ extract, settings, saveAnalysis, now: () => NOW })).toEqual({ ok: false, reason: 'not-article' });
    expect(saveAnalysis).not.toHaveBeenCalled();
  });

  it('reports a full storage as such', async () => {
    const saveAnalysis = async () => { throw Object.assign(new Error('quota'), { code: 'quota' }); };
    expect(await savePage({ extract: async () => seed(), settings, saveAnalysis, now: () => NOW })).toEqual({ ok: false, reason: 'quota' });
  });
});

describe('appendToNote', () => {
  it.each([
    ['', 'جملهٔ انتخاب‌شده', '> جملهٔ انتخاب‌شده'],
    ['یادداشت قبلی', 'خط اول\nخط دوم', 'یادداشت قبلی\n\n> خط اول\n> خط دوم'],
    ['یادداشت', '   ', 'یادداشت'],
  ])('%j + %j', (note, selection, expected) => {
    expect(appendToNote(note, selection)).toBe(expected);
  });
});
