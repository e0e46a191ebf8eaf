import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { detectArticle, readDeclarations, urlShape } from '../../utils/detect';
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

function page(body: string, head = '', url?: string): Document {
  return parseHtml(`<!doctype html><html lang="fa"><head><title>خبر</title>${head}</head><body>${body}</body></html>`, url);
}

describe('detectArticle signals', () => {
  it('accepts a short Persian item: a few <p> with ~300 letters', () => {
    const detection = detectArticle(page(`<h1>خبر کوتاه</h1><div class="body"><p>${persianParagraph}</p><p>${persianParagraph}</p><p>${persianParagraph}</p></div>`));
    expect(detection.isArticle).toBe(true);
  });

  it('finds a Blogger post: <div> paragraphs inside «post-body entry-content» inside «widget Blog»', () => {
    const paras = Array.from({ length: 5 }, () => `<div dir="rtl">${persianParagraph}</div><div dir="rtl"><br /></div>`).join('');
    const html = `<div class="widget Blog"><div class="post hentry"><h3 class="post-title entry-title">خبر</h3><div class="post-body entry-content">${paras}</div></div></div>`;
    expect(detectArticle(page(html)).isArticle).toBe(true);
  });

  it('finds an ASP.NET WebForms story: <br>-separated text in a label <span> and <font>, inside a table cell', () => {
    const runs = Array.from({ length: 5 }, () => persianParagraph).join('<br /><br />');
    const html = `<form id="aspnetForm"><table><tr><td><span id="ctl00_lblTitle">خبر</span></td></tr><tr><td><span id="ctl00_ContentPlaceHolder1_lblBody"><font face="Tahoma">${runs}</font></span></td></tr></table></form>`;
    expect(detectArticle(page(html)).isArticle).toBe(true);
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

// Invented short items: an agency story of one or two paragraphs and a lead, on a site that
// declares nothing but a site-wide WebSite + SearchAction.
const lead = 'گروه اجتماعی: مدیرکل بهزیستی استان از افتتاح سه مرکز جدید نگهداری سالمندان در شهرستان‌های شمالی استان خبر داد.';
const shortItem = 'به گزارش خبرنگار ما، مدیرکل بهزیستی استان در نشست خبری گفت: این مراکز با ظرفیت دویست نفر و با مشارکت خیرین ساخته شده و از هفته آینده پذیرش سالمندان را آغاز می‌کنند.';
const siteLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","url":"https://news.example/","potentialAction":{"@type":"SearchAction","target":"https://news.example/search?q={q}"}}</script>';
const story = 'https://news.example/fa/news/8123456/افتتاح-سه-مرکز';
const header = '<header><ul class="menu"><li><a href="/">خانه</a></li></ul></header>';

describe('detectArticle on short stories and list pages', () => {
  it('counts the lead with the body: lead + one paragraph under an h1 is a story', () => {
    const html = `${header}<div class="news"><h1>افتتاح سه مرکز نگهداری سالمندان در استان</h1><h2 class="news_subtitle">${lead}</h2><div class="body"><p>${shortItem}</p><p>${shortItem}</p></div></div>`;
    const detection = detectArticle(page(html, siteLd, story));
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons).toEqual(expect.arrayContaining(['body', 'headed-body', 'story-url']));
    expect(detection.reasons).not.toContain('jsonld-list');
  });

  it('accepts a one-paragraph item under its h1 at a story address', () => {
    const html = `<div class="news"><h1>افتتاح سه مرکز نگهداری سالمندان</h1><div class="body"><p>${shortItem} ${lead}</p></div></div>`;
    expect(detectArticle(page(html, '', story))).toMatchObject({ isArticle: true });
    // The same text as the front page's only paragraph is no story.
    expect(detectArticle(page(`<div><p>${shortItem} ${lead}</p></div>`, '<link rel="canonical" href="https://news.example/">', 'https://news.example/')).isArticle).toBe(false);
  });

  it('rejects a tag page that says og:type=article and describes the tag', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<article class="news-teaser"><h2><a href="/fa/news/${9000 + i}">عنوان خبر شماره ${i} درباره سالمندان استان</a></h2><div class="teaser-lead">${lead.slice(0, 90)}</div></article>`).join('');
    const html = `<div id="content"><h1>برچسب: سالمندان</h1><div class="tag-description"><p>${shortItem.slice(0, 150)}</p></div><div class="tag-news">${teasers}</div></div>`;
    const detection = detectArticle(page(html, '<meta property="og:type" content="article">', 'https://news.example/fa/tag/12/سالمندان'));
    expect(detection.isArticle).toBe(false);
    expect(detection.reasons).toContain('list-url');
  });

  it('rejects a live ticker of short items at a /live/ address', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li class="live-item"><strong>خبر فوری ${i}</strong><p>${lead}</p></li>`).join('');
    const html = `<main><h1>لحظه به لحظه با اخبار استان</h1><ul class="live-feed">${items}</ul></main>`;
    expect(detectArticle(page(html, '<meta property="og:type" content="article">', 'https://news.example/live/8123456/اخبار')).isArticle).toBe(false);
  });

  it('treats site-wide WebSite JSON-LD as neutral and a CollectionPage as a list', () => {
    expect(readDeclarations(page('', siteLd)).listOnly).toBe(false);
    expect(readDeclarations(page('', '<script type="application/ld+json">{"@type":"CollectionPage"}</script>')).listOnly).toBe(true);
  });

  it.each([
    ['https://www.yjc.ir/fa/news/8953960/عنوان', 'story'],
    ['https://www.tasnimnews.com/fa/news/1404/06/15/3392780/عنوان', 'story'],
    ['https://www.independentpersian.com/node/412868/عنوان', 'story'],
    ['https://sobhkhabar.ir/?p=253832', 'story'],
    ['https://www.isna.ir/tag/استاندار', 'list'],
    ['https://www.entekhab.ir/fa/tag/1/غزه', 'list'],
    ['https://www.khabaronline.ir/live/2105900/تحولات', 'list'],
    ['https://www.mehrnews.com/search?q=یارانه', 'list'],
    ['https://news.example/category/politics/', 'list'],
    ['https://www.jamaran.news/page/about', 'list'],
    ['https://news.example/contact-us', 'list'],
    ['https://news.example/news/123456/about-the-new-budget', 'story'],
    ['https://www.farsnews.ir/economy', ''],
    ['https://news.example/2024/05/', ''],
    ['file:///tmp/news/123456/page.html', ''],
  ])('urlShape(%s) → %s', (url, shape) => {
    expect(urlShape(url)).toBe(shape);
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
