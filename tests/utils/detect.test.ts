import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { detectArticle } from '../../utils/detect';
import { parseHtml } from '../../scripts/lib/dom';

const CORPUS = '../shared/corpus/pages';
const FIXTURES = 'tests/fixtures/pages';
const load = (path: string, url = 'https://example.invalid/news/1') => parseHtml(readFileSync(path, 'utf8'), url);

const corpusCases: Array<[string, boolean, string]> = [
  ['khabaronline-1.html', true, 'fa'],
  ['yjc-1.html', true, 'fa'],
  ['aryanews-1.html', true, 'fa'],
  ['defuddle-farsi-1.html', true, 'fa'],
  ['bbcarabic-1.html', true, 'ar'],
  ['cnnarabic-1.html', true, 'ar'],
  ['assabah-1.html', true, 'ar'],
  ['lbcgroup-1.html', true, 'ar'],
  ['home-aftabeyazd.html', false, 'fa'],
  ['home-akhbarostanha.html', false, 'fa'],
  ['home-hamshahrionline.html', false, 'fa'],
  ['home-khabaronline.html', false, 'fa'],
  ['home-radiofarda.html', false, 'fa'],
  ['home-shahrekhabar.html', false, 'fa'],
];

describe.skipIf(!existsSync(CORPUS))('detectArticle on the corpus pages', () => {
  it.each(corpusCases)('%s → article %s, %s', (file, isArticle, language) => {
    const detection = detectArticle(load(`${CORPUS}/${file}`));
    expect({ isArticle: detection.isArticle, language: detection.language }).toEqual({ isArticle, language });
  });

  it('does not believe og:type=article on radiofarda\'s home page', () => {
    const detection = detectArticle(load(`${CORPUS}/home-radiofarda.html`));
    expect(detection.reasons).toContain('og-article');
    expect(detection.isArticle).toBe(false);
  });
});

describe('detectArticle on the seed article', () => {
  it('is a Persian article', () => {
    const detection = detectArticle(load('tests/fixtures/seed/khabarshahr-iran-khodro.html'));
    expect(detection).toMatchObject({ isArticle: true, language: 'fa' });
    expect(detection.reasons).toContain('jsonld-article');
  });
});

const fixtureCases = existsSync(FIXTURES)
  ? readdirSync(FIXTURES).filter((c) => existsSync(`${FIXTURES}/${c}/expected.json`)).sort()
  : [];

describe.skipIf(fixtureCases.length === 0)('detectArticle on the page fixtures', () => {
  it.each(fixtureCases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}/expected.json`, 'utf8'));
    const detection = detectArticle(load(`${FIXTURES}/${name}/source.html`, expected.url));
    expect({ isArticle: detection.isArticle, language: detection.language })
      .toEqual({ isArticle: expected.isArticle, language: expected.language });
  });
});

const persianParagraph = 'به گزارش خبرنگار ما، فرماندار شهرستان در جلسه شورای اداری گفت که پروژه آبرسانی به روستاهای منطقه تا پایان سال به بهره‌برداری می‌رسد.';

function page(body: string, head = ''): Document {
  return parseHtml(`<!doctype html><html lang="fa"><head><title>خبر</title>${head}</head><body>${body}</body></html>`);
}

describe('detectArticle signals', () => {
  it('accepts a short Persian item: a few <p> with ~300 letters', () => {
    const detection = detectArticle(page(`<h1>خبر کوتاه</h1><div class="body"><p>${persianParagraph}</p><p>${persianParagraph}</p><p>${persianParagraph}</p></div>`));
    expect(detection.isArticle).toBe(true);
  });

  it('rejects a page of teasers', () => {
    const teasers = Array.from({ length: 20 }, (_, i) => `<div class="item"><h3><a href="/n/${i}">عنوان خبر شماره ${i} درباره بورس و بازار سرمایه</a></h3><p>${persianParagraph.slice(0, 120)}</p></div>`).join('');
    expect(detectArticle(page(teasers)).isArticle).toBe(false);
  });

  it.each([
    ['@graph array', '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"x"}]}'],
    ['type array', '{"@type":["ReportageNewsArticle"],"headline":"x"}'],
    ['top-level array', '[{"@type":"Organization"},{"@type":"BlogPosting"}]'],
    ['CDATA wrapper', '<![CDATA[{"@type":"Article"}]]>'],
  ])('reads JSON-LD article types: %s', (_name, json) => {
    const detection = detectArticle(page(`<p>${persianParagraph}</p><p>${persianParagraph}</p><p>${persianParagraph}</p>`, `<script type="application/ld+json">${json}</script>`));
    expect(detection.reasons).toContain('jsonld-article');
  });

  it('tolerates malformed JSON-LD', () => {
    const detection = detectArticle(page(`<p>${persianParagraph}</p>`, '<script type="application/ld+json">{"@type": "NewsArticle", oops</script>'));
    expect(detection.reasons).not.toContain('error');
  });

  it('tells Arabic pages from Persian ones', () => {
    const arabic = 'قال الرئيس في كلمته إن الحكومة الجديدة هي التي ستقود المرحلة المقبلة، وهذا هو الطريق الذي اخترناه من أجل الشعب.';
    const detection = detectArticle(parseHtml(`<html lang="ar"><body><p>${arabic}</p><p>${arabic}</p><p>${arabic}</p></body></html>`));
    expect(detection.language).toBe('ar');
  });
});

describe('detectArticle on absurd inputs', () => {
  // How fast is for `npm run bench` (detect_ratio, detect_ms_1mb); here only that it copes.
  it('reads a 1 MB list-like page and gives a verdict', () => {
    const block = `<div class="row"><h3><a href="/x">عنوان خبر درباره اقتصاد و بازار</a></h3><p>${persianParagraph}</p></div>`;
    const html = `<html lang="fa"><body>${block.repeat(Math.ceil(1_000_000 / block.length))}</body></html>`;
    const doc = parseHtml(html);
    const detection = detectArticle(doc);
    expect(detection.language).toBe('fa');
    expect(detection.isArticle).toBe(false);
  }, 120_000);

  it('survives a 5,000-level-deep DOM', () => {
    const doc = parseHtml('<html><body></body></html>');
    let node: Element = doc.body;
    for (let i = 0; i < 5000; i++) node = node.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    for (let i = 0; i < 3; i++) node.appendChild(doc.createElement('p')).textContent = persianParagraph;
    expect(() => detectArticle(doc)).not.toThrow();
    expect(detectArticle(doc).language).toBe('fa');
  });

  it('handles an empty document', () => {
    expect(detectArticle(parseHtml('')).isArticle).toBe(false);
  });
});
