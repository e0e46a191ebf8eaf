// @vitest-environment happy-dom
// The popup against fake browser services and the real analysis of the sample article.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/App';
import type { PageAnalysisResult, PopupServices } from '@/components/services';
import { analyzeExtracted } from '@/utils/analyze';
import type { ExtractedArticle } from '@/utils/types';
import { extractArticle } from '@/utils/extract';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { parseHtml } from '../../scripts/lib/dom';

const SEED = readFileSync('tests/fixtures/seed/khabarshahr-iran-khodro.html', 'utf8');
const seedArticle = () => extractArticle(parseHtml(SEED, 'https://khabarshahr.ir/?p=120345'), 'https://khabarshahr.ir/?p=120345');
/** What the background answers: the real analysis of an extraction. */
const analyzed = (article: ExtractedArticle): PageAnalysisResult => ({ ok: true, analysis: analyzeExtracted(article) });

function fakeServices(page: PageAnalysisResult, overrides: Partial<PopupServices['library']> = {}): PopupServices {
  return {
    browserLanguage: 'fa',
    loadSettings: async () => DEFAULT_SETTINGS,
    analyzePage: async () => page,
    highlight: vi.fn(async () => true),
    openUrl: vi.fn(),
    now: () => new Date('2026-11-27T08:00:00Z'),
    library: {
      findByUrl: async () => null,
      saveAnalysis: vi.fn(async () => { throw Object.assign(new Error('quota'), { code: 'quota' }); }),
      getSaved: async () => null,
      listSaved: async () => [],
      loadAll: async () => ({ articles: [], corrupted: [] }),
      updateNote: vi.fn(),
      saveNoteDraft: vi.fn(),
      updateTags: vi.fn(),
      deleteSaved: async () => null,
      restoreSaved: vi.fn(),
      importBackup: vi.fn(),
      ...overrides,
    } as unknown as PopupServices['library'],
  };
}

async function mount(services: PopupServices): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<App services={services} />, root));
  // Let the page load, the analysis and the saved-entry lookup settle.
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('App', () => {
  it('shows the analysis of the sample article in Persian, right to left', async () => {
    const root = await mount(fakeServices(analyzed(seedArticle())));
    expect(document.documentElement.dir).toBe('rtl');
    expect(root.querySelector('h1')?.textContent).toBe('حمایت وزارت کشور از برنامه‌های ایران خودرو');
    const speakers = [...root.querySelectorAll('.speaker-name')].map((e) => e.textContent);
    expect(speakers).toEqual(['بابک دین‌پرست', 'فرشاد مقیمی']);
    const figures = root.querySelector('.figures')?.textContent ?? '';
    expect(figures).toContain('۶۳۹ پروژه');
    expect(figures).toContain('سه محصول');
  });

  it.each([
    [{ ok: false, reason: 'restricted' } as PageAnalysisResult, 'این صفحه را نمی‌توان خواند'],
    [analyzed({ ...seedArticle(), isArticle: false, reason: 'not-article', paragraphs: [] }), 'این صفحه خبر نیست'],
    [analyzed({ ...seedArticle(), language: 'ar', reason: 'not-persian' }), 'این خبر فارسی نیست'],
  ])('gives a clear message instead of an analysis (%#)', async (page, heading) => {
    const root = await mount(fakeServices(page));
    expect(root.querySelector('.status h1')?.textContent).toBe(heading);
    expect(root.querySelector('#summary-heading')).toBeNull();
  });

  it('tells the reader in Persian when storage is full, and keeps the analysis on screen', async () => {
    const root = await mount(fakeServices(analyzed(seedArticle())));
    const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'ذخیره')!;
    await act(async () => save.click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('فضای ذخیره‌سازی مرورگر پر است');
    expect(root.querySelectorAll('.speaker')).toHaveLength(2);
  });

  it('never renders page text as HTML', async () => {
    const article = { ...seedArticle(), title: '<img src=x onerror="alert(1)">عنوان' };
    const root = await mount(fakeServices(analyzed(article)));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toContain('<img src=x');
  });
});
