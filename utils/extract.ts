import type { ExtractedArticle } from './types';

/** Metadata and clean body of a news page. Stub: paragraphs of <p> elements. */
export function extractArticle(doc: Document, url: string): ExtractedArticle {
  const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent?.trim() ?? '').filter(Boolean);
  return {
    isArticle: paragraphs.length > 0, language: 'fa',
    title: doc.title, site: '', published: null, url, canonicalUrl: url, paragraphs,
  };
}
