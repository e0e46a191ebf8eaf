import { describe, expect, it } from 'vitest';
import { analyzeExtracted, MAX_ANALYZED_CHARS } from '@/utils/analyze';
import type { ExtractedArticle } from '@/utils/types';

const base: ExtractedArticle = {
  isArticle: true, language: 'fa', title: 'عنوان برنامههای تازه', site: 'ایسنا', published: null,
  url: 'https://www.isna.ir/news/1', canonicalUrl: 'https://www.isna.ir/news/1',
  paragraphs: ['علی رضایی، رئیس سازمان برنامه گفت: اجرای ۶۳۹ پروژه در دستور کار است.'],
};

describe('analyzeExtracted', () => {
  it('repairs half-spaces in title and text and runs every stage', () => {
    const a = analyzeExtracted(base);
    expect(a.title).toBe('عنوان برنامه‌های تازه');
    expect(a.speakers.map((s) => s.name)).toEqual(['علی رضایی']);
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[639, 'پروژه']]);
    expect(a.summary).toHaveLength(1);
  });

  it.each([
    ['not an article', { isArticle: false, reason: 'not-article' as const }],
    ['not Persian', { language: 'ar' as const, reason: 'not-persian' as const }],
    ['no text', { paragraphs: [] }],
  ])('invents nothing when the page is %s', (_, change) => {
    const a = analyzeExtracted({ ...base, ...change });
    expect(a).toMatchObject({ text: '', summary: [], speakers: [], figures: [] });
  });

  it('analyzes at most MAX_ANALYZED_CHARS of an endless page, from its start', () => {
    const paragraphs = Array.from({ length: 5000 }, (_, i) => `پاراگراف ${i}: ${base.paragraphs[0]}`);
    const a = analyzeExtracted({ ...base, paragraphs });
    expect(a.text.length).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(a.text.startsWith('پاراگراف 0')).toBe(true);
    expect(a.speakers).toHaveLength(1);
  });

  it('cuts a single giant paragraph instead of dropping it', () => {
    const a = analyzeExtracted({ ...base, paragraphs: [base.paragraphs[0].repeat(3000)] });
    expect(a.text.length).toBe(MAX_ANALYZED_CHARS);
  });
});
