// Pages for the benchmarks and the hostile-input tests: the Persian fixture articles,
// and large pages built from their real paragraphs inside realistic news-site chrome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCases, PAGES_DIR } from './fixture-server';

export interface BenchPage {
  name: string;
  url: string;
  html: string;
}

/** The Persian news articles among the fixtures (tests/fixtures/pages/<name>/source.html). */
export function persianArticlePages(): BenchPage[] {
  return listCases()
    .filter((c) => c.expected.isArticle === true && c.expected.language === 'fa')
    .map((c) => ({
      name: c.name,
      url: String(c.expected.url ?? `https://example.invalid/${c.name}`),
      html: readFileSync(join(PAGES_DIR, c.name, 'source.html'), 'utf8'),
    }));
}

/** Body paragraphs of every Persian fixture article (their hand-checked expected text). */
export function persianParagraphs(): string[] {
  return listCases()
    .filter((c) => c.expected.isArticle === true && c.expected.language === 'fa')
    .flatMap((c) => String(c.expected.body ?? '').split(/\n\n+/))
    .map((p) => p.trim())
    .filter((p) => p.length > 40);
}

/** Titles of the fixture articles, for menus, related lists and generated libraries. */
export function persianTitles(): string[] {
  return listCases()
    .filter((c) => c.expected.language === 'fa' && typeof c.expected.title === 'string' && c.expected.title)
    .map((c) => String(c.expected.title));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function chromeLinks(titles: string[], n: number, path: string): string {
  return Array.from({ length: n }, (_, i) => {
    const t = titles[i % titles.length];
    return `<li><a href="/${path}/${1000 + i}">${escapeHtml(t)}</a></li>`;
  }).join('\n');
}

/**
 * One news story of about `targetBytes` of UTF-8 HTML: head metadata, a menu, the story
 * (real fixture paragraphs repeated, with links, bold, figures and crossheads), related
 * lists, comments and a footer, the shape of an agency page, only longer.
 */
export function buildLargeArticle(targetBytes: number): string {
  const paragraphs = persianParagraphs();
  const titles = persianTitles();
  const title = 'گزارش کامل نشست خبری سخنگوی دولت دربارهٔ بودجه، تورم و طرح‌های عمرانی استان‌ها';
  const head = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>${title} - خبرگزاری آزمایشی</title>
<meta name="description" content="سخنگوی دولت در نشست خبری هفتگی دربارهٔ بودجهٔ سال آینده و طرح‌های عمرانی سخن گفت.">
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="og:site_name" content="خبرگزاری آزمایشی"><meta property="article:published_time" content="2025-09-05T13:30:00+03:30">
<link rel="canonical" href="https://news.example.invalid/fa/news/123456">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-09-05T13:30:00+03:30"}</script>
<style>body{font-family:Tahoma}.menu li{display:inline}</style></head>
<body class="news-page"><header class="site-header"><nav class="menu"><ul>${chromeLinks(titles, 60, 'service')}</ul></nav>
<div class="ticker"><ul>${chromeLinks(titles, 30, 'ticker')}</ul></div></header>
<main><div class="container"><div class="col-md-8"><article class="news-content">
<h1 class="title">${title}</h1><p class="lead summary">سخنگوی دولت در نشست خبری هفتگی از افزایش اعتبارات طرح‌های عمرانی استان‌ها و برنامهٔ دولت برای مهار تورم خبر داد و گفت بودجهٔ سال آینده با رویکرد کاهش کسری تدوین شده است.</p>
<div class="item-text" itemprop="articleBody">\n`;
  const tail = `</div><div class="tags-list"><a href="/tag/1">بودجه</a> <a href="/tag/2">دولت</a></div></article>
<section class="comments"><h3>نظرات</h3>${Array.from({ length: 20 }, (_, i) => `<div class="comment"><p>نظر شماره ${i + 1}: ${escapeHtml(paragraphs[i % paragraphs.length].slice(0, 120))}</p></div>`).join('\n')}</section>
</div><aside class="col-md-4 sidebar"><h3>پربازدیدترین</h3><ul>${chromeLinks(titles, 40, 'most')}</ul>
<h3>اخبار مرتبط</h3><ul class="related">${chromeLinks(titles, 40, 'related')}</ul></aside></div></main>
<footer class="footer"><ul>${chromeLinks(titles, 30, 'footer')}</ul><p>تمامی حقوق این سایت محفوظ است.</p></footer></body></html>`;
  const encoder = new TextEncoder();
  let size = encoder.encode(head + tail).length;
  const body: string[] = [];
  for (let i = 0; size < targetBytes; i++) {
    const text = escapeHtml(paragraphs[i % paragraphs.length]);
    let block: string;
    if (i % 17 === 16) block = `<h2>${escapeHtml(titles[i % titles.length])}</h2>`;
    else if (i % 23 === 22) block = `<figure><img src="/img/${i}.jpg" alt="تصویر ${i}"><figcaption>${escapeHtml(titles[(i + 3) % titles.length])}</figcaption></figure>`;
    else if (i % 5 === 0) block = `<p><strong>${text.slice(0, 40)}</strong>${text.slice(40)} <a href="/news/${i}">بیشتر بخوانید</a></p>`;
    else block = `<p>${text}</p>`;
    body.push(block);
    size += encoder.encode(block).length + 1;
  }
  return head + body.join('\n') + tail;
}
