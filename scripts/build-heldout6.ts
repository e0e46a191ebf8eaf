// Builds the SIXTH held-out fixture set, tests/fixtures/heldout6/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Eight article pages in the markup of eight sites that no earlier set renders
// (Bahar News, Sena, Rouydad24 as a Next.js app, Hawzah News, ABNA, ISCA News, VOA Farsi, the Fars
// governorate portal as a Nuxt app) and three non-article pages (Chetor section index, Eghtesad News
// video index, Setareh Sobh «درباره ما»). All eight texts were written for this set; the names of all
// quoted officials and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout6.ts          (build + check)
//        npx tsx scripts/build-heldout6.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { checkHeldoutDir } from './lib/heldout-check';
import { bodyHtml, jsonld, li, writtenSetBuilder, type Art, type Ctx, type NonArt } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout6');


const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const faNumDate = (c: Ctx) => `${persian(c.y)}/${persian(c.m)}/${persian(c.d)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ') => c.a.tags.map((t) => `<a href="${base}${encodeURIComponent(t)}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** UTC time of the page's date (Tehran is +03:30 all year since 2022). */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', 'Z');
/** The same instant in another zone, as «HH:MM» (Anadolu shows Turkey time, UTC+3). */
const zoneTime = (c: Ctx, offsetMin: number) => new Date(Date.parse(c.iso) + offsetMin * 60000).toISOString().slice(11, 16);
const zoneDate = (c: Ctx, offsetMin: number) => new Date(Date.parse(c.iso) + offsetMin * 60000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, { site: string; render: (c: Ctx) => string; boiler: string[] }> = {
  // Bahar News: news-studio style CMS, itemprop datePublished meta, rutitr + h1 + subtitle lead,
  // body <p style="text-align: justify;">, photo as a centred <p><img></p> with the caption in <em>
  // below it, an in-body «بیشتر بخوانید» box, «کد خبر» in the toolbar.
  baharnews: {
    site: 'بهارنیوز',
    boiler: ['کد خبر', 'بیشتر بخوانید:', 'اخبار مرتبط', 'پربیننده‌ترین‌ها', 'نظرات کاربران', 'کلیه حقوق این سایت متعلق به پایگاه خبری تحلیلی بهارنیوز است', 'نسخه چاپی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - بهارنیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="بهارنیوز">
<meta property="og:type" content="article">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://www.baharnews.ir/files/fa/news/1404/9/${Number(c.d)}/${c.id}_560.jpg">
<meta itemprop="datePublished" content="${c.iso}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.baharnews.ir/client/themes/fa/main/css/news.css">
</head>
<body class="rtl news">
<div id="top-header"><div class="container"><span class="date-now">${weekday(c)} ${faDate(c)}</span>
 <a class="logo" href="https://www.baharnews.ir/"><img src="https://www.baharnews.ir/client/themes/fa/main/img/logo.png" alt="بهارنیوز"></a>
 <form class="search" action="https://www.baharnews.ir/fa/search"><input name="query" placeholder="جستجو"></form></div></div>
<div id="menu"><ul><li><a href="https://www.baharnews.ir/">صفحه اصلی</a></li><li><a href="https://www.baharnews.ir/fa/service/politics">سیاسی</a></li><li><a href="https://www.baharnews.ir/fa/service/economy">اقتصادی</a></li><li><a href="https://www.baharnews.ir/fa/service/society">اجتماعی</a></li><li><a href="https://www.baharnews.ir/fa/service/world">بین‌الملل</a></li><li><a href="https://www.baharnews.ir/fa/service/culture">فرهنگی</a></li><li><a href="https://www.baharnews.ir/fa/service/sport">ورزشی</a></li><li><a href="https://www.baharnews.ir/fa/multimedia">چندرسانه‌ای</a></li></ul></div>
<div class="container"><div class="row">
<div class="col-md-8 main-col">
 <div class="news_path"><a href="https://www.baharnews.ir/">بهارنیوز</a> » <a href="https://www.baharnews.ir/fa/service/economy">اقتصادی</a> » <a href="https://www.baharnews.ir/fa/service/energy">${esc(c.a.kicker)}</a></div>
 <div class="news_toolbar"><span class="news_nav news_id_c">کد خبر: ${persian(c.id)}</span> <span class="news_nav news_pdate_c">تاریخ انتشار: ${faDate(c)} - ${faTime(c)}</span> <a class="print" href="https://www.baharnews.ir/fa/print/${c.id}">نسخه چاپی</a></div>
 <div class="news_body">
  <div class="rutitr">در نشست خبری صنعت برق مطرح شد</div>
  <h1 class="title">${esc(c.a.title)}</h1>
  <div class="subtitle">${esc(c.a.lead ?? '')}</div>
  <div class="body">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<p style="text-align: justify;"><strong>${t}</strong></p>`,
  `<p style="text-align: center;"><img alt="" src="https://www.baharnews.ir/files/fa/news/1404/9/${Number(c.d)}/${c.id}_560.jpg"></p>\n<p style="text-align: center;"><em>${esc(c.a.caption)} | ${esc(c.a.credit)}</em></p>`,
  `<div class="more-read" style="border:1px solid #ccc;padding:6px"><strong>بیشتر بخوانید:</strong> <a href="https://www.baharnews.ir/fa/news/${Number(c.id) - 211}">${esc(c.a.inline ?? '')}</a></div>`)}
  </div>
  <div class="tags_title">برچسب‌ها: ${tagLinks(c, 'https://www.baharnews.ir/fa/tag/1/', ' ، ')}</div>
  <div class="share_box">اشتراک گذاری: <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">توییتر</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a></div>
 </div>
 <div class="related_news"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.baharnews.ir/fa/news/', Number(c.id) - 900)}
 </ul></div>
 <div class="comments_box"><h3>نظرات کاربران</h3>
${comments(c, (n, t) => `<div class="comment"><div class="comment-name">${n}</div><div class="comment-body">${t}</div><span class="like">۱۲</span> <span class="dislike">۳</span></div>`)}
  <form class="comment-form"><input placeholder="نام"><input placeholder="ایمیل"><textarea placeholder="نظر شما"></textarea><button>ارسال</button></form></div>
</div>
<div class="col-md-4 side-col"><div class="most-visited"><h3>پربیننده‌ترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://www.baharnews.ir/fa/news/', Number(c.id) - 1400)}
</ol></div><div class="ads"><a href="https://www.baharnews.ir/ads"><img src="https://www.baharnews.ir/files/ads/banner-300.gif" alt="تبلیغات"></a></div></div>
</div></div>
<footer id="footer"><div class="container"><p>کلیه حقوق این سایت متعلق به پایگاه خبری تحلیلی بهارنیوز است.</p><p><a href="https://www.baharnews.ir/fa/about">درباره ما</a> | <a href="https://www.baharnews.ir/fa/contact">تماس با ما</a></p></div></footer>
</body>
</html>
`,
  },

  // Sena (Securities and Exchange News Agency): no article:published_time; the date is a visible
  // <time datetime="..."> only; summary in .news-summary, subheadings <h3>, photo <figure> with
  // <figcaption>, the in-body «بیشتر بخوانید» as an <aside>, «انتهای پیام/».
  sena: {
    site: 'پایگاه خبری بازار سرمایه ایران (سنا)',
    boiler: ['کد خبر', 'بیشتر بخوانید', 'انتهای پیام/', 'اخبار مرتبط', 'پربازدیدها', 'تمامی حقوق برای پایگاه خبری بازار سرمایه ایران (سنا) محفوظ است', 'شاخص کل'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | سنا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://www.sena.ir/Images/News/${c.id}/main.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.sena.ir/Content/site.min.css">
</head>
<body>
<div class="ticker"><span>شاخص کل: ۳٬۱۸۴٬۲۲۰</span> <span>شاخص هم‌وزن: ۹۸۲٬۴۱۰</span> <span>ارزش معاملات خرد: ۷٬۸۴۰ میلیارد تومان</span></div>
<header class="sena-header"><a href="https://www.sena.ir/"><img src="https://www.sena.ir/Content/img/sena-logo.png" alt="سنا"></a>
<nav class="sena-nav"><a href="https://www.sena.ir/Category/1">بورس</a> <a href="https://www.sena.ir/Category/2">فرابورس</a> <a href="https://www.sena.ir/Category/3">صندوق‌ها</a> <a href="https://www.sena.ir/Category/4">کالا</a> <a href="https://www.sena.ir/Category/5">انرژی</a> <a href="https://www.sena.ir/Category/6">آموزش</a> <a href="https://www.sena.ir/Category/7">اطلاعیه‌ها</a></nav></header>
<main class="news-main">
 <article class="news-detail">
  <div class="news-meta"><span class="code">کد خبر: ${persian(c.id)}</span> <time datetime="${c.iso}">${faDate(c)} | ${faTime(c)}</time> <span class="cat">${esc(c.a.kicker)}</span></div>
  <h1>${esc(c.a.title)}</h1>
  <div class="news-summary">${esc(c.a.lead ?? '')}</div>
  <div class="news-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<figure class="news-photo"><img src="https://www.sena.ir/Images/News/${c.id}/main.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)}<br><small>${esc(c.a.credit)}</small></figcaption></figure>`,
  `<aside class="read-more"><span>بیشتر بخوانید</span><a href="https://www.sena.ir/News/${Number(c.id) - 318}">${esc(c.a.inline ?? '')}</a></aside>`)}
   <p class="end">انتهای پیام/</p>
  </div>
  <div class="news-tags">${tagLinks(c, 'https://www.sena.ir/Tag/', ' ')}</div>
  <div class="news-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">اشتراک در تلگرام</a> <a href="https://www.linkedin.com/shareArticle?url=${esc(c.a.url)}">لینکدین</a> <button class="copy">کپی لینک</button></div>
 </article>
 <section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.sena.ir/News/', Number(c.id) - 700)}
 </ul></section>
 <section class="user-comments"><h2>نظر شما</h2>
${comments(c, (n, t) => `<div class="uc"><b>${n}</b><p>${t}</p></div>`)}
  <form><textarea placeholder="نظر خود را بنویسید"></textarea><button>ثبت نظر</button></form></section>
 <aside class="popular"><h2>پربازدیدها</h2><ul>
${li(c.a.mostRead, 'https://www.sena.ir/News/', Number(c.id) - 1500)}
 </ul></aside>
</main>
<footer class="sena-footer">تمامی حقوق برای پایگاه خبری بازار سرمایه ایران (سنا) محفوظ است. <a href="https://www.sena.ir/About">درباره ما</a></footer>
</body>
</html>
`,
  },

  // Rouydad24 as a Next.js app: hashed CSS-module class names, the article data repeated in
  // __NEXT_DATA__, <time dateTime> inside the byline, photo as <figure><figcaption>, share buttons
  // with aria-labels, «بیشتر بخوانید» list after the body, comments loaded below.
  rouydad24: {
    site: 'رویداد۲۴',
    boiler: ['کد مطلب', 'مطالب مرتبط', 'پربحث‌ترین‌ها', 'دیدگاه‌ها', 'تمامی حقوق مادی و معنوی این وب‌سایت متعلق به رویداد۲۴ است', 'کپی لینک'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${esc(c.a.title)} | رویداد۲۴</title><meta name="description" content="${esc(c.a.lead ?? '')}"/><meta property="og:title" content="${esc(c.a.title)}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="رویداد۲۴"/><meta property="article:published_time" content="${utcIso(c)}"/><link rel="canonical" href="${esc(c.a.url)}"/><link rel="preload" href="/_next/static/css/3f1a0c2b9e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/3f1a0c2b9e.css" data-n-g=""/><noscript data-n-css=""></noscript></head>
<body><div id="__next"><div class="Layout_wrapper__kQ2mD"><header class="Header_header__x1Lq9"><a class="Header_logo__7bN2c" href="/"><img alt="رویداد۲۴" src="/images/logo-r24.svg"/></a><nav class="Header_nav__Zp0aE"><a href="/section/politics">سیاست</a><a href="/section/economy">اقتصاد</a><a href="/section/society">جامعه</a><a href="/section/incidents">حوادث</a><a href="/section/world">جهان</a><a href="/section/sport">ورزش</a></nav></header>
<main class="Article_main__R4fXw"><nav class="Breadcrumb_crumbs__Hq3nT"><a href="/">رویداد۲۴</a><span> / </span><a href="/section/incidents">${esc(c.a.kicker)}</a></nav>
<article class="Article_article__9sJkL"><h1 class="Article_title__d2VbM">${esc(c.a.title)}</h1><div class="Article_byline__mW8xP"><span class="Article_code__Ty1sA">کد مطلب: ${persian(c.id)}</span><time dateTime="${utcIso(c)}">${faDate(c)}، ساعت ${faTime(c)}</time></div><p class="Article_lead__P0c7e">${esc(c.a.lead ?? '')}</p><div class="Article_body__x7Gh2">${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<figure class="Article_figure__fA3kR"><img alt="" loading="lazy" src="/uploads/${c.id}/cover.webp"/><figcaption>${esc(c.a.caption)} <span class="Article_credit__bb9Qe">${esc(c.a.credit)}</span></figcaption></figure>`, '', undefined, '')}</div>
<div class="Tags_tags__Lk0pq">${tagLinks(c, '/tag/', '')}</div><div class="Share_row__uY2hS"><button aria-label="telegram">تلگرام</button><button aria-label="whatsapp">واتساپ</button><button aria-label="copy">کپی لینک</button></div></article>
<section class="Related_box__cC0hW"><h2>مطالب مرتبط</h2><ul>${li(c.a.related, '/fa/news/', Number(c.id) - 500)}</ul></section>
<section class="Comments_box__Vw4Xs"><h2>دیدگاه‌ها</h2>${comments(c, (n, t) => `<div class="Comments_item__p2Yy1"><strong>${n}</strong><p>${t}</p></div>`)}<form><textarea placeholder="دیدگاه خود را بنویسید..."></textarea><button type="submit">ارسال</button></form></section>
<aside class="Sidebar_most__oQ9jD"><h2>پربحث‌ترین‌ها</h2><ol>${li(c.a.mostRead, '/fa/news/', Number(c.id) - 1300)}</ol></aside></main>
<footer class="Footer_footer__Ae3Ui"><p>تمامی حقوق مادی و معنوی این وب‌سایت متعلق به رویداد۲۴ است.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { news: { id: Number(c.id), title: c.a.title, lead: c.a.lead, publishDate: utcIso(c), service: c.a.kicker } } }, page: '/fa/news/[id]/[slug]', query: { id: c.id }, buildId: 'r24-9Xk2', isFallback: false, gssp: true }).replace(/</g, '\\u003c')}</script><script src="/_next/static/chunks/main-2b4c.js" defer=""></script></body></html>
`,
  },

  // Hawzah News: Mehr-style CMS (item-header/item-summary/item-text), article:published_time,
  // photo <figure class="item-img"> with caption and a «عکس:» credit line, «انتهای پیام» and
  // the short link, «ارسال نظر» block.
  hawzahnews: {
    site: 'خبرگزاری حوزه',
    boiler: ['کد خبر', 'انتهای پیام', 'لینک کوتاه', 'اخبار مرتبط', 'پربازدیدترین', 'ارسال نظر', 'کلیه حقوق این سایت متعلق به خبرگزاری حوزه است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>خبرگزاری حوزه | ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://media.hawzahnews.com/d/2025/12/${c.g.d}/4/${c.id}.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="فرهنگی">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body class="news">
<header id="header"><div class="header-top"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://www.hawzahnews.com/en">English</a> <a href="https://www.hawzahnews.com/ar">العربیة</a> <a href="https://www.hawzahnews.com/ur">اردو</a></div>
<a class="logo" href="https://www.hawzahnews.com/"><img src="https://www.hawzahnews.com/resources/theme/hawzah/img/logo.png" alt="خبرگزاری حوزه"></a>
<ul class="nav"><li><a href="https://www.hawzahnews.com/service/hawzeh">حوزه</a></li><li><a href="https://www.hawzahnews.com/service/ulama">علما و مراجع</a></li><li><a href="https://www.hawzahnews.com/service/culture">فرهنگی</a></li><li><a href="https://www.hawzahnews.com/service/society">اجتماعی</a></li><li><a href="https://www.hawzahnews.com/service/world">بین‌الملل</a></li></ul></header>
<main class="container">
 <article class="item-page">
  <div class="item-header">
   <ol class="breadcrumb"><li><a href="https://www.hawzahnews.com/">خانه</a></li><li><a href="https://www.hawzahnews.com/service/culture">${esc(c.a.kicker)}</a></li></ol>
   <div class="item-date"><span>${faDate(c)} - ${faTime(c)}</span></div>
   <div class="item-code">کد خبر: ${persian(c.id)}</div>
   <h1 class="first-title">${esc(c.a.title)}</h1>
   <p class="summary introtext">${esc(c.a.lead ?? '')}</p>
  </div>
  <figure class="item-img"><img src="https://media.hawzahnews.com/d/2025/12/${c.g.d}/4/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption><p>${esc(c.a.caption)}</p><p class="credit">${esc(c.a.credit)}</p></figcaption></figure>
  <div class="item-text">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
   <p><strong>انتهای پیام</strong></p>
  </div>
  <section class="tags"><h4>برچسب‌ها</h4><ul>${c.a.tags.map((t) => `<li><a href="https://www.hawzahnews.com/tag/${encodeURIComponent(t)}">${esc(t)}</a></li>`).join('')}</ul></section>
  <div class="short-link">لینک کوتاه: <input readonly value="https://hawzahnews.com/x${Number(c.id).toString(36)}"></div>
 </article>
 <section class="box related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.hawzahnews.com/news/', Number(c.id) - 600)}
 </ul></section>
 <section class="box comments"><h2>ارسال نظر</h2>
${comments(c, (n, t) => `<div class="comment"><div class="comment-header">${n}</div><p>${t}</p></div>`)}
 </section>
 <section class="box most"><h2>پربازدیدترین</h2><ul>
${li(c.a.mostRead, 'https://www.hawzahnews.com/news/', Number(c.id) - 2000)}
 </ul></section>
</main>
<footer><p>کلیه حقوق این سایت متعلق به خبرگزاری حوزه است.</p></footer>
</body>
</html>
`,
  },

  // ABNA: schema.org microdata (itemprop datePublished on a <meta> inside the article, articleBody
  // on a div), visible Gregorian + Jalali dates, source line «منبع:», caption div with credit span.
  abna: {
    site: 'ابنا',
    boiler: ['منبع:', 'کد خبر', 'خبرهای مرتبط', 'پربازدیدترین اخبار', 'نظر شما', 'تمام حقوق این سایت برای خبرگزاری اهل‌البیت (ع) ـ ابنا ـ محفوظ است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - ابنا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="ابنا - خبرگزاری اهل‌البیت (ع)">
<meta property="og:image" content="https://fa.abna24.com/upload/Image/1404/09/${c.id}.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<div class="lang-bar"><a href="https://en.abna24.com/">English</a> <a href="https://ar.abna24.com/">عربی</a> <a href="https://ur.abna24.com/">اردو</a> <a href="https://fr.abna24.com/">Français</a></div>
<div class="header"><a href="https://fa.abna24.com/"><img src="https://fa.abna24.com/img/abna-logo.png" alt="ابنا"></a>
<ul class="menu"><li><a href="https://fa.abna24.com/service/iran">ایران</a></li><li><a href="https://fa.abna24.com/service/middle-east">خاورمیانه</a></li><li><a href="https://fa.abna24.com/service/asia">شبه قاره</a></li><li><a href="https://fa.abna24.com/service/africa">آفریقا</a></li><li><a href="https://fa.abna24.com/service/europe">اروپا و آمریکا</a></li></ul></div>
<div class="wrapper">
 <article itemscope itemtype="http://schema.org/NewsArticle">
  <meta itemprop="datePublished" content="${c.iso}">
  <meta itemprop="inLanguage" content="fa">
  <div class="news-dates"><span class="code">کد خبر: ${persian(c.id)}</span> <span class="jdate">${faDate(c)} ساعت ${faTime(c)}</span> <span class="gdate">${persian(Number(c.g.d))} دسامبر ${persian(c.g.y)}</span></div>
  <div class="service">${esc(c.a.kicker)}</div>
  <h1 itemprop="headline">${esc(c.a.title)}</h1>
  <div class="lead" itemprop="description">${esc(c.a.lead ?? '')}</div>
  <div class="photo"><img itemprop="image" src="https://fa.abna24.com/upload/Image/1404/09/${c.id}.jpg" alt=""><div class="caption">${esc(c.a.caption)} <span class="credit">${esc(c.a.credit)}</span></div></div>
  <div class="body" itemprop="articleBody">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<p><b>${t}</b></p>`, '')}
  </div>
  <div class="source">منبع: روزنامه داون</div>
  <div class="keywords">کلیدواژه‌ها: ${tagLinks(c, 'https://fa.abna24.com/tag/', ' - ')}</div>
  <div class="share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">Telegram</a> <a href="https://x.com/intent/post?url=${esc(c.a.url)}">X</a> <a href="mailto:?body=${esc(c.a.url)}">Email</a></div>
 </article>
 <div class="box"><div class="box-title">خبرهای مرتبط</div><ul>
${li(c.a.related, 'https://fa.abna24.com/story/', Number(c.id) - 800)}
 </ul></div>
 <div class="box comments"><div class="box-title">نظر شما</div>
${comments(c, (n, t) => `<div class="cm"><span>${n}</span>: <span>${t}</span></div>`)}
  <form><input placeholder="نام"><textarea></textarea><input type="submit" value="ارسال"></form></div>
 <div class="box most"><div class="box-title">پربازدیدترین اخبار</div><ul>
${li(c.a.mostRead, 'https://fa.abna24.com/story/', Number(c.id) - 3000)}
 </ul></div>
</div>
<div class="footer">تمام حقوق این سایت برای خبرگزاری اهل‌البیت (ع) ـ ابنا ـ محفوظ است.</div>
</body>
</html>
`,
  },

  // ISCA News: an older CMS with <meta name="pubdate">, the lead in .news-lead, body <div>s
  // separated into <p>s, the photo in a bordered <table> with its caption row, text lost every ZWNJ.
  isca: {
    site: 'ایسکانیوز',
    boiler: ['کد خبر', 'انتهای پیام/', 'اخبار مرتبط', 'پربازدیدترین اخبار', 'نظرات', 'کلیه حقوق مادی و معنوی این سایت متعلق به خبرگزاری ایسکانیوز است', 'نسخه قابل چاپ'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(c.a.title)} - ایسکانیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="pubdate" content="${c.iso.replace('T', ' ').replace('+03:30', '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.iscanews.ir/images/docs/000${c.id}/n${c.id}-l.jpg">
<link rel="stylesheet" href="https://www.iscanews.ir/styles/default.css">
</head>
<body>
<div id="wrap">
<div id="header"><a href="https://www.iscanews.ir/"><img src="https://www.iscanews.ir/images/logo.gif" alt="ایسکانیوز"></a> <span class="slogan">خبرگزاری انجمن اسلامی دانشجویان</span></div>
<div id="topmenu"><a href="https://www.iscanews.ir/">صفحه نخست</a> | <a href="https://www.iscanews.ir/service/politic">سیاسی</a> | <a href="https://www.iscanews.ir/service/university">دانشگاه</a> | <a href="https://www.iscanews.ir/service/society">اجتماعی</a> | <a href="https://www.iscanews.ir/service/sport">ورزشی</a> | <a href="https://www.iscanews.ir/service/culture">فرهنگی</a></div>
<div id="content">
 <div class="news-page">
  <div class="news-info">کد خبر: ${persian(c.id)} | ${faDate(c)} ساعت ${faTime(c)} | <a href="https://www.iscanews.ir/service/sport">${esc(c.a.kicker)}</a> | <a href="https://www.iscanews.ir/print/${c.id}">نسخه قابل چاپ</a></div>
  <h1 class="news-title">${esc(c.a.title)}</h1>
  <div class="news-lead">${esc(c.a.lead ?? '')}</div>
  <div class="news-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<p><b>${t}</b></p>`,
  `<table class="photo" border="0" cellpadding="3" align="center"><tr><td><img src="https://www.iscanews.ir/images/docs/000${c.id}/n${c.id}-l.jpg" alt="" width="500"></td></tr><tr><td class="photo-caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</td></tr></table>`)}
  <p>انتهای پیام/</p>
  </div>
  <div class="tags">برچسب ها: ${tagLinks(c, 'https://www.iscanews.ir/tag/', ' ، ')}</div>
 </div>
 <div class="related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.iscanews.ir/news/', Number(c.id) - 450)}
 </ul></div>
 <div class="comments"><h3>نظرات</h3>
${comments(c, (n, t) => `<div class="cmnt"><div class="cmnt-head">${n} - ${faDate(c)}</div><div class="cmnt-body">${t}</div></div>`)}
 </div>
</div>
<div id="sidebar"><h3>پربازدیدترین اخبار</h3><ul>
${li(c.a.mostRead, 'https://www.iscanews.ir/news/', Number(c.id) - 1700)}
</ul></div>
<div id="footer">کلیه حقوق مادی و معنوی این سایت متعلق به خبرگزاری ایسکانیوز است.</div>
</div>
</body>
</html>
`,
  },

  // VOA Farsi (Pangea CMS): Gregorian UTC <time datetime>, body in .wsw, photo <figure> with caption
  // and credit, an embedded video player in the body, «مرتبط» box, no comments.
  voa: {
    site: 'صدای آمریکا',
    boiler: ['مرتبط', 'پربیننده‌ترین', 'اشتراک‌گذاری', 'صدای آمریکا در شبکه‌های اجتماعی', 'ویدئو را در اینجا ببینید', 'خبرنامه صدای آمریکا'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="VOA">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld(c, 'NewsArticle', 'صدای آمریکا', 'https://gdb.voanews.com/logo.png', { datePublished: utcIso(c), dateModified: utcIso(c), author: [{ '@type': 'Person', name: 'صدای آمریکا' }] })}
</head>
<body class="pg-article">
<header class="hdr"><a class="hdr__logo" href="https://ir.voanews.com/"><img src="https://ir.voanews.com/Content/responsive/VOA/fa-IR/img/logo.svg" alt="صدای آمریکا"></a>
<nav class="main-menu"><a href="https://ir.voanews.com/iran">ایران</a> <a href="https://ir.voanews.com/us">آمریکا</a> <a href="https://ir.voanews.com/world">جهان</a> <a href="https://ir.voanews.com/health">سلامت و دانش</a> <a href="https://ir.voanews.com/z/5173">ویدئو</a> <a href="https://ir.voanews.com/live">پخش زنده</a></nav></header>
<div class="container">
 <div class="category"><a href="https://ir.voanews.com/health">${esc(c.a.kicker)}</a></div>
 <h1 class="title pg-title">${esc(c.a.title)}</h1>
 <div class="publishing-details"><span class="links__item-link">${esc(c.a.author ?? '')}</span> <span class="date"><time pubdate="pubdate" datetime="${utcIso(c)}">${persian(Number(c.g.d))} دسامبر ${persian(c.g.y)}</time></span></div>
 <div class="links"><span>اشتراک‌گذاری</span> <a href="https://www.facebook.com/sharer.php?u=${esc(c.a.url)}">فیسبوک</a> <a href="https://x.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a></div>
 <div class="cover-media"><figure class="media-image"><img src="https://gdb.voanews.com/${c.id}_w1023_r1_s.jpg" alt=""><figcaption><span class="caption">${esc(c.a.caption)}</span> <span class="credit">${esc(c.a.credit)}</span></figcaption></figure></div>
 <div class="body-container"><div id="article-content" class="content-floated-wrap"><div class="wsw">
<p class="intro">${esc(c.a.lead ?? '')}</p>
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h2 class="wsw__h2">${t}</h2>`, '',
  `<div class="wsw__embed"><div class="media-pholder media-pholder--video"><div class="c-sticky-container"><video src="https://voa-video-ns.akamaized.net/pangeavideo/2025/12/sleep-teens_720p.mp4" poster="https://gdb.voanews.com/sleep-teens.jpg" controls></video></div><span class="title">${esc(c.a.inline ?? '')}</span><noscript>ویدئو را در اینجا ببینید</noscript><a class="fallback" href="https://ir.voanews.com/a/video-sleep-teens/${Number(c.id) + 5}.html">ویدئو را در اینجا ببینید</a></div></div>`)}
 </div></div>
 <div class="related"><h3>مرتبط</h3><ul>
${li(c.a.related, 'https://ir.voanews.com/a/', Number(c.id) - 40000)}
 </ul></div></div>
 <aside class="most-popular"><h3>پربیننده‌ترین</h3><ol>
${li(c.a.mostRead, 'https://ir.voanews.com/a/', Number(c.id) - 70000)}
 </ol></aside>
</div>
<footer class="ftr"><div class="ftr__social"><span>صدای آمریکا در شبکه‌های اجتماعی</span> <a href="https://www.instagram.com/voafarsi">اینستاگرام</a> <a href="https://t.me/voafarsi">تلگرام</a> <a href="https://www.youtube.com/voafarsi">یوتیوب</a></div><div class="ftr__newsletter">خبرنامه صدای آمریکا <input placeholder="ایمیل"></div></footer>
</body>
</html>
`,
  },

  // Fars governorate portal as a Nuxt app: data-v-* attributes, window.__NUXT__ state, numeric
  // Jalali date «تاریخ انتشار: ۱۴۰۴/۰۹/۲۵ - ۱۱:۴۰», no date meta, a photo gallery strip with
  // credits, no comments (only a «ثبت نظر» form).
  ostanfars: {
    site: 'پایگاه اطلاع‌رسانی استانداری فارس',
    boiler: ['تاریخ انتشار', 'شناسه خبر', 'گالری تصاویر', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'ثبت نظر', 'کلیه حقوق این پایگاه متعلق به استانداری فارس است', 'سامانه سامد'],
    render: (c) => `<!doctype html>
<html lang="fa" dir="rtl" data-n-head-ssr>
<head>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - استانداری فارس</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="${esc(c.a.lead ?? '')}">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="${esc(c.a.title)}">
<link rel="preload" href="/_nuxt/app.8c2e1f.js" as="script"><link rel="stylesheet" href="/_nuxt/css/app.4b9d0e.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-3a1b2c4d class="portal">
<header data-v-3a1b2c4d class="portal-header"><img data-v-3a1b2c4d src="/img/emblem.png" alt="نشان جمهوری اسلامی ایران"><span data-v-3a1b2c4d class="portal-name">استانداری فارس</span>
<ul data-v-3a1b2c4d class="portal-menu"><li><a href="/">صفحه اصلی</a></li><li><a href="/about">معرفی استان</a></li><li><a href="/news">اخبار</a></li><li><a href="/services">خدمات</a></li><li><a href="/ostandar">استاندار</a></li><li><a href="https://samad.farsp.ir">سامانه سامد</a></li></ul></header>
<div data-v-7f6e5d4c class="news-detail">
 <div data-v-7f6e5d4c class="news-detail__meta"><span>شناسه خبر: ${persian(c.id)}</span> <span>تاریخ انتشار: ${faNumDate(c)} - ${faTime(c)}</span> <span>${esc(c.a.kicker)}</span></div>
 <h1 data-v-7f6e5d4c class="news-detail__title">${esc(c.a.title)}</h1>
 <div data-v-7f6e5d4c class="news-detail__lead"><p>${esc(c.a.lead ?? '')}</p></div>
 <div data-v-7f6e5d4c class="news-detail__content">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p data-v-7f6e5d4c>${t}</p>`, (t) => `<h4 data-v-7f6e5d4c>${t}</h4>`, '')}
 </div>
 <div data-v-7f6e5d4c class="gallery"><h3>گالری تصاویر</h3><div class="gallery-strip"><figure><img src="/uploads/news/${c.id}/1.jpg" alt=""><figcaption>${esc(c.a.caption)}</figcaption></figure><figure><img src="/uploads/news/${c.id}/2.jpg" alt=""><figcaption>${esc(c.a.credit)}</figcaption></figure></div></div>
 <div data-v-7f6e5d4c class="news-detail__tags">${tagLinks(c, '/news/tag/', ' ')}</div>
 <div data-v-7f6e5d4c class="news-detail__share"><a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://ble.ir/share?url=${esc(c.a.url)}">بله</a> <a href="https://rubika.ir/share?url=${esc(c.a.url)}">روبیکا</a></div>
 <div data-v-7f6e5d4c class="news-detail__form"><h3>ثبت نظر</h3><textarea></textarea><button>ارسال</button></div>
</div>
<aside data-v-9c8b7a6f class="side"><section><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, '/news/', Number(c.id) - 120)}
</ul></section><section><h3>پربازدیدترین‌ها</h3><ul>
${li(c.a.mostRead, '/news/', Number(c.id) - 260)}
</ul></section></aside>
<footer data-v-3a1b2c4d class="portal-footer">کلیه حقوق این پایگاه متعلق به استانداری فارس است. نشانی: شیراز، میدان دانشجو، ساختمان استانداری</footer>
</div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{news:{id:a,title:b,publishDate:"${faNumDate(c).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))}"}}],fetch:{},error:null,serverRendered:true}}(${Number(c.id)},${JSON.stringify(c.a.title)}));</script>
<script src="/_nuxt/app.8c2e1f.js" defer></script>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'baharnews-power-cuts-presser', site: 'baharnews', photoAt: 1, inlineAt: 4,
    inline: 'جدول خاموشی‌های تهران در هفته دوم آذر منتشر شد',
    url: 'https://www.baharnews.ir/fa/news/348215/سخنگوی-صنعت-برق-خاموشی-استان‌های-شمالی-یک-ساعت-کم-می‌شود',
    title: 'سخنگوی صنعت برق: خاموشی استان‌های شمالی یک ساعت کم می‌شود',
    kicker: 'انرژی', date: '۱۲ آذر ۱۴۰۴ - ۱۲:۴۵',
    lead: 'سخنگوی صنعت برق کشور از کاهش ساعت خاموشی‌های برنامه‌ریزی‌شده در استان‌های شمالی از شنبه آینده خبر داد و گفت مصرف برق خانگی در هفته گذشته ۱۲ درصد کمتر از پیش‌بینی بوده است.',
    paras: [
      'به گزارش بهارنیوز، نشست خبری صنعت برق صبح امروز با حضور سخنگوی این صنعت و مدیرعامل شرکت مدیریت شبکه برق ایران در سالن همایش‌های وزارت نیرو برگزار شد و نرگس سلطانی، مدیر روابط عمومی توانیر، اجرای آن را بر عهده داشت. وزیر نیرو که قرار بود در این نشست حاضر شود، به دلیل جلسه هیئت دولت غایب بود.',
      'مصطفی رجب‌زاده، سخنگوی صنعت برق، در این نشست گفت: در هفته گذشته مصرف برق خانگی حدود ۱۲ درصد کمتر از پیش‌بینی ما بود و همین باعث شد بتوانیم از شنبه آینده خاموشی‌های برنامه‌ریزی‌شده را در گیلان، مازندران و گلستان از روزی دو ساعت به یک ساعت کاهش دهیم.',
      'وی افزود: اوج مصرف شبکه دیشب به ۵۸ هزار و ۴۰۰ مگاوات رسید، در حالی که توان تولید نیروگاه‌ها در همین ساعت حدود ۵۲ هزار مگاوات بود. این کسری را با مدیریت بار صنایع و واردات برق از کشورهای همسایه جبران کردیم.',
      'رجب‌زاده با اشاره به وضعیت سوخت نیروگاه‌ها تصریح کرد که ۱۴ نیروگاه کشور در روزهای سرد اخیر ناچار به مصرف سوخت مایع شده‌اند و ذخایر گازوئیل نیروگاهی برای ۲۰ روز دیگر کافی است.',
      'در ادامه، مدیرعامل شرکت مدیریت شبکه برق ایران درباره قطعی‌های بدون اطلاع قبلی توضیح داد: بخشی از این قطعی‌ها به دلیل حادثه در پست‌های فشار قوی بوده است. در ۹ آذر بیش از ۳۰۰ هزار مشترک در تهران حدود ۴۰ دقیقه بی‌برق ماندند.',
      'آرش فیروزمند با بیان اینکه جدول خاموشی هر منطقه از طریق اپلیکیشن «برق من» اعلام می‌شود، افزود: تاکنون ۸ میلیون و ۲۰۰ هزار مشترک در این اپلیکیشن ثبت‌نام کرده‌اند و از مردم می‌خواهیم پیش از هر قطعی، آسانسورها و تجهیزات حساس را خاموش کنند.',
      'فیروزمند همچنین از ادارات دولتی خواست سیستم‌های گرمایشی را پس از پایان ساعت اداری خاموش کنند و گفت بازرسان وزارت نیرو از هفته آینده بر اجرای این دستور نظارت خواهند کرد.',
      'به گفته یک مقام آگاه در وزارت نیرو، طرح افزایش تعرفه برق مشترکان پرمصرف نیز هفته آینده در هیئت دولت بررسی می‌شود.',
      'سخنگوی صنعت برق در پایان این نشست در پاسخ به پرسش خبرنگار بهارنیوز درباره احتمال خاموشی در تهران گفت: برنامه‌ای برای خاموشی خانگی در پایتخت نداریم، اما اگر مصرف گاز خانگی از ۸۰۰ میلیون مترمکعب در روز بیشتر شود، شرایط تغییر خواهد کرد.',
    ],
    tags: ['خاموشی', 'صنعت برق', 'مصرف برق', 'توانیر'],
    caption: 'نشست خبری سخنگوی صنعت برق در وزارت نیرو', credit: 'عکس: حامد ملک‌پور',
    related: ['خاموشی در ادارات تهران از فردا', 'افزایش تعرفه برق پرمصرف‌ها کلید خورد', 'نیروگاه‌ها چقدر مازوت می‌سوزانند؟'],
    mostRead: ['تعطیلی مدارس تهران در روز شنبه', 'قیمت دلار امروز در بازار آزاد', 'جزئیات وام ازدواج ۱۴۰۵', 'برف و کولاک در جاده‌های شمال'],
    comments: [['رضا', 'ما در رشت هر روز سه ساعت بی‌برقیم، نه دو ساعت.'], ['ناشناس', 'اول برق ادارات را قطع کنید بعد خانه مردم را.']],
    speakers: [
      { name: 'مصطفی رجب‌زاده', role: 'سخنگوی صنعت برق کشور', also_called: ['سخنگوی صنعت برق', 'وی', 'رجب‌زاده'], statements: 5 },
      { name: 'آرش فیروزمند', role: 'مدیرعامل شرکت مدیریت شبکه برق ایران', also_called: ['فیروزمند'], statements: 3 },
    ],
    speakers_never: ['نرگس سلطانی', 'بهارنیوز'],
    figures: [
      { value: 12, unit: 'درصد', kind: 'percent', about: 'مصرف برق خانگی کمتر از پیش‌بینی (lead and paragraph 2)' },
      { value: 58400, unit: 'مگاوات', kind: 'measure', about: 'اوج مصرف شبکه' },
      { value: 52000, unit: 'مگاوات', kind: 'measure', about: 'توان تولید نیروگاه‌ها' },
      { value: 14, unit: 'نیروگاه', kind: 'count', about: 'نیروگاه‌های سوخت مایع‌سوز' },
      { value: 300000, unit: 'مشترک', kind: 'count', about: '«بیش از ۳۰۰ هزار مشترک» بی‌برق در تهران' },
      { value: 8200000, unit: 'مشترک', kind: 'count', about: 'ثبت‌نام در اپلیکیشن «برق من»' },
      { value: 800000000, unit: 'مترمکعب', kind: 'measure', about: 'آستانه مصرف روزانه گاز خانگی' },
    ],
    figures_never: [
      '«روزی دو ساعت به یک ساعت»: durations', '«۲۰ روز»: duration', '«۴۰ دقیقه»: duration', '«۹ آذر», «شنبه آینده», «هفته آینده», «هفته گذشته»: dates',
    ],
    notes: [
      'Press conference of the power industry. The spokesperson is introduced by role only in the lead, named in paragraph 2 and referred to by role alone in the last paragraph; the grid company CEO is introduced by role only («مدیرعامل … توضیح داد:») and named in the next paragraph («آرش فیروزمند … افزود:»).',
      'statements: Rajabzadeh: lead «… خبر داد و گفت …» (one), «گفت:», «وی افزود:» (two-sentence quote, once), «تصریح کرد که …», last paragraph «سخنگوی صنعت برق … گفت:» = 5; Firouzmand: «توضیح داد:» (two-sentence quote, once), «با بیان اینکه … افزود:», «از ادارات دولتی خواست … و گفت …» (one) = 3.',
      'Soltani hosted the session and is not quoted; the minister is unnamed and absent; «یک مقام آگاه در وزارت نیرو» is an unnamed source.',
    ],
  },
  {
    name: 'sena-fund-flows-azar', site: 'sena', photoAt: 1, inlineAt: 5,
    inline: 'صندوق‌های اهرمی در آذر چقدر بازده داشتند؟',
    url: 'https://www.sena.ir/News/752146/ورود-۹-همت-پول-به-صندوق‌های-درآمد-ثابت-در-آذر',
    title: 'ورود ۹ همت پول به صندوق‌های درآمد ثابت در آذر؛ صندوق‌های طلا رکورد زدند',
    kicker: 'صندوق‌ها', date: '۲۹ آذر ۱۴۰۴ - ۰۹:۲۰',
    lead: 'صندوق‌های سرمایه‌گذاری با درآمد ثابت در آذرماه پذیرای ۹ هزار و ۴۰۰ میلیارد تومان پول جدید بودند و ارزش کل دارایی صندوق‌های طلا برای نخستین بار از ۱۰۰ همت گذشت.',
    paras: [
      'به گزارش سنا، بر اساس داده‌های سامانه فیپیران، ارزش کل دارایی‌های تحت مدیریت صندوق‌های سرمایه‌گذاری در پایان آذرماه به ۱۸۴۲ هزار میلیارد تومان رسید که نسبت به پایان آبان ۴.۶ درصد رشد نشان می‌دهد. تعداد صندوق‌های فعال نیز با آغاز به کار ۶ صندوق جدید به ۳۴۸ صندوق رسید.',
      'صندوق‌های درآمد ثابت با دارایی ۱۲۶۰ هزار میلیارد تومانی همچنان حدود ۶۸ درصد از کل بازار صندوق‌ها را در اختیار دارند. میانگین بازده سالانه این صندوق‌ها در آذر ۲۹.۵ درصد بود که با توجه به نرخ سود سپرده‌های بانکی، سرمایه‌گذاران کم‌ریسک را همچنان جذب می‌کند.',
      '## صندوق‌های طلا در اوج',
      'صندوق‌های طلا در آذرماه حدود ۳ هزار و ۷۰۰ میلیارد تومان ورود پول داشتند و ارزش دارایی آنها به ۱۰۳ هزار میلیارد تومان رسید. قیمت هر سکه تمام بهار آزادی در همین مدت از ۱۱۲ میلیون تومان به ۱۲۱ میلیون تومان افزایش یافت.',
      'سهیل کاظمی‌نیا، مدیر نظارت بر نهادهای مالی سازمان بورس و اوراق بهادار، در گفت‌وگو با سنا گفت: رشد صندوق‌های طلا نشان می‌دهد مردم به جای خرید فیزیکی سکه، ابزارهای شفاف‌تر بورسی را انتخاب می‌کنند. او افزود: برای جلوگیری از تمرکز ریسک، سقف سرمایه‌گذاری هر صندوق طلا در گواهی سپرده یک انبار خاص به ۳۰ درصد محدود شده است.',
      '## خروج پول از صندوق‌های سهامی',
      'در مقابل، صندوق‌های سهامی در آذرماه با خروج ۲ هزار و ۱۰۰ میلیارد تومان پول مواجه شدند و تعداد واحدهای ابطال‌شده آنها ۱۵ درصد بیشتر از واحدهای صادرشده بود. یک مدیر صندوق که نخواست نامش فاش شود، دلیل این خروج را افت ۳.۸ درصدی شاخص کل در ماه گذشته دانست.',
      'مریم توکلی، تحلیلگر بازار سرمایه، نیز معتقد است ادامه ورود پول به صندوق‌های درآمد ثابت به سیاست‌های پولی بانک مرکزی بستگی دارد. به گفته این تحلیلگر، اگر نرخ بهره بین‌بانکی از ۲۶ درصد فراتر رود، سهم این صندوق‌ها تا پایان سال به ۷۰ درصد بازار خواهد رسید.',
    ],
    tags: ['صندوق درآمد ثابت', 'صندوق طلا', 'فیپیران', 'سازمان بورس'],
    caption: 'ساختمان سازمان بورس و اوراق بهادار', credit: 'عکس از آرشیو سنا',
    related: ['صدور مجوز ۴ صندوق جدید طلا', 'بازده صندوق‌های سهامی در پاییز منفی شد', 'سقف سرمایه‌گذاری صندوق‌ها در گواهی سپرده تغییر کرد'],
    mostRead: ['زمان برگزاری مجامع فصل زمستان اعلام شد', 'عرضه اولیه جدید در فرابورس', 'شاخص کل در کانال ۳ میلیون واحد ماند', 'جزئیات افزایش سرمایه بانک‌ها'],
    comments: [['سرمایه‌گذار خرد', 'بازده صندوق درآمد ثابت من از سپرده بانکی هم کمتر شده.'], ['علی', 'کاش گزارش صندوق‌های بخشی را هم منتشر کنید.']],
    speakers: [
      { name: 'سهیل کاظمی‌نیا', role: 'مدیر نظارت بر نهادهای مالی سازمان بورس و اوراق بهادار', also_called: ['او'], statements: 2 },
      { name: 'مریم توکلی', role: 'تحلیلگر بازار سرمایه', also_called: ['این تحلیلگر'], statements: 2 },
    ],
    speakers_never: ['سنا', 'یک مدیر صندوق'],
    figures: [
      { value: 9400000000000, unit: 'تومان', kind: 'money', about: 'ورود پول به صندوق‌های درآمد ثابت (lead)' },
      { value: 100000000000000, unit: 'همت', kind: 'money', about: 'ارزش دارایی صندوق‌های طلا «از ۱۰۰ همت گذشت»' },
      { value: 1842000000000000, unit: 'تومان', kind: 'money', about: 'ارزش کل دارایی صندوق‌ها' },
      { value: 4.6, unit: 'درصد', kind: 'percent', about: 'رشد نسبت به آبان' },
      { value: 6, unit: 'صندوق', kind: 'count', about: 'صندوق جدید' },
      { value: 348, unit: 'صندوق', kind: 'count', about: 'صندوق فعال' },
      { value: 1260000000000000, unit: 'تومان', kind: 'money', about: 'دارایی صندوق‌های درآمد ثابت' },
      { value: 68, unit: 'درصد', kind: 'percent', about: 'سهم درآمد ثابت از بازار صندوق‌ها' },
      { value: 29.5, unit: 'درصد', kind: 'percent', about: 'بازده سالانه' },
      { value: 3700000000000, unit: 'تومان', kind: 'money', about: 'ورود پول به صندوق‌های طلا' },
      { value: 103000000000000, unit: 'تومان', kind: 'money', about: 'دارایی صندوق‌های طلا' },
      { value: 112000000, unit: 'تومان', kind: 'money', about: 'سکه، قبلی' },
      { value: 121000000, unit: 'تومان', kind: 'money', about: 'سکه، جدید' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'سقف سرمایه‌گذاری در گواهی سپرده یک انبار' },
      { value: 2100000000000, unit: 'تومان', kind: 'money', about: 'خروج پول از صندوق‌های سهامی' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'ابطال بیش از صدور' },
      { value: 3.8, unit: 'درصد', kind: 'percent', about: 'افت شاخص کل' },
      { value: 26, unit: 'درصد', kind: 'percent', about: 'نرخ بهره بین‌بانکی' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'سهم پیش‌بینی‌شده تا پایان سال' },
    ],
    figures_never: ['«آذرماه», «پایان آبان», «ماه گذشته», «پایان سال»: dates', '«یک انبار خاص»: lone «یک»', '«برای نخستین بار»: ordinal'],
    notes: [
      'Economy report with dense numbers. Sena shows the date only in a visible <time datetime> (no article:published_time); a price ticker sits above the header (text_excludes «شاخص کل» comes from it: the body writes «شاخص کل» too, so it is not used).',
      'statements: Kazeminia: «گفت:», «او افزود:» = 2; Tavakoli: «نیز معتقد است …» (a view), «به گفته این تحلیلگر» = 2.',
      '«یک مدیر صندوق که نخواست نامش فاش شود … دانست» is an unnamed source. «۱۸۴۲ هزار میلیارد تومان» → 1.842e15; «۱۲۶۰ هزار میلیارد تومانی» → 1.26e15 (unit in base form); «۱۰۰ همت» → 1e14 with unit همت. The title\'s «۹ همت» is not body.',
    ],
  },
  {
    name: 'rouydad24-car-ad-fraud', site: 'rouydad24', photoAt: 2,
    url: 'https://www.rouydad24.ir/fa/news/461390/متلاشی-شدن-باند-کلاهبرداری-با-آگهی-جعلی-فروش-خودرو-در-البرز',
    title: 'باند کلاهبرداری با آگهی جعلی فروش خودرو در البرز متلاشی شد؛ ۶۸ میلیارد تومان بیعانه به جیب زدند',
    kicker: 'حوادث', date: '۱۷ آذر ۱۴۰۴ - ۱۸:۰۵',
    lead: 'رئیس پلیس فتای استان البرز از متلاشی شدن باندی ۷ نفره خبر داد که با انتشار آگهی‌های جعلی فروش خودرو، از ۴۲ خریدار بیش از ۶۸ میلیارد تومان بیعانه گرفته بودند.',
    paras: [
      'سرهنگ کامیار شجاعی در گفت‌وگو با رویداد۲۴ گفت: اعضای این باند خودروهای صفرکیلومتر را با قیمتی حدود ۱۵ درصد کمتر از بازار آگهی می‌کردند و از خریداران می‌خواستند برای «رزرو» خودرو، بیعانه‌ای بین ۸۰۰ میلیون تا یک میلیارد و ۲۰۰ میلیون تومان به حساب‌های اجاره‌ای واریز کنند.',
      'وی افزود: پس از واریز پول، خط تلفن فروشنده خاموش می‌شد و حساب‌ها ظرف چند ساعت خالی می‌شدند. ماموران ما با ردیابی ۲۳ حساب بانکی اجاره‌ای به سرنخ اصلی رسیدند.',
      'به گفته شجاعی، سرکرده این باند مردی ۳۶ ساله با نام اختصاری «م.ر» است که پیش‌تر نیز به اتهام کلاهبرداری سابقه داشته و اعضای باند را از میان کسانی انتخاب می‌کرد که حساب بانکی خود را در ازای ماهی ۵ میلیون تومان اجاره می‌دادند.',
      'رئیس پلیس فتای البرز همچنین از شهروندان خواست پیش از واریز هر مبلغی، خودرو و مدارک آن را از نزدیک ببینند و از پرداخت بیعانه به حساب اشخاص ناشناس خودداری کنند.',
      'در همین حال، دادستان عمومی و انقلاب کرج با اعلام اینکه پرونده این باند در شعبه ۳ بازپرسی دادسرای ناحیه یک کرج در حال رسیدگی است، گفت: متهمان با قرار بازداشت موقت روانه زندان شدند و تاکنون حدود ۱۹ میلیارد تومان از اموال آنها توقیف شده است.',
      'علیرضا نیک‌سرشت تصریح کرد: با توجه به تعدد شاکیان، مالباختگانی که هنوز شکایت نکرده‌اند می‌توانند تا پایان دی‌ماه به دادسرا مراجعه کنند. نیک‌سرشت همچنین گفت که اموال توقیف‌شده پس از صدور حکم قطعی به نسبت مبلغ واریزی میان شاکیان تقسیم می‌شود.',
      'یکی از مالباختگان که ۹۵۰ میلیون تومان بیعانه پرداخت کرده بود، به رویداد۲۴ گفت: آگهی کاملاً واقعی به نظر می‌رسید و فروشنده حتی عکس کارت خودرو و کارت ملی خودش را هم فرستاده بود. فکرش را هم نمی‌کردم کارت ملی هم جعلی باشد.',
    ],
    tags: ['کلاهبرداری اینترنتی', 'پلیس فتا', 'آگهی خودرو', 'البرز'],
    caption: 'تصویر تزئینی است', credit: 'عکس: رویداد۲۴',
    related: ['هشدار پلیس درباره پیامک‌های جعلی ثنا', 'کلاهبرداری ۲۰ میلیاردی با فروش ملک قولنامه‌ای', 'دستگیری سارق خودروهای لوکس در شمال تهران'],
    mostRead: ['قیمت خودروهای داخلی امروز', 'جزئیات قتل در پارک ارم', 'واکنش پلیس به ویدئوی جنجالی', 'نرخ جدید عوارض آزادراه‌ها'],
    comments: [['مهدی', 'با این قیمت‌ها معلوم بود که کلاهبرداری است، چرا مردم باور می‌کنند؟'], ['سارا', 'سایت‌های آگهی هم باید پاسخگو باشند.']],
    speakers: [
      { name: 'کامیار شجاعی', role: 'رئیس پلیس فتای استان البرز', also_called: ['وی', 'شجاعی', 'رئیس پلیس فتای البرز'], statements: 5 },
      { name: 'علیرضا نیک‌سرشت', role: 'دادستان عمومی و انقلاب کرج', also_called: ['نیک‌سرشت'], statements: 3 },
    ],
    speakers_never: ['یکی از مالباختگان', 'رویداد۲۴'],
    figures: [
      { value: 7, unit: 'نفر', kind: 'count', about: '«باندی ۷ نفره»' },
      { value: 42, unit: 'خریدار', kind: 'count', about: 'مالباختگان' },
      { value: 68000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۶۸ میلیارد تومان» بیعانه' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'ارزان‌تر از بازار' },
      { value: 800000000, unit: 'تومان', kind: 'money', about: 'بیعانه، کف بازه' },
      { value: 1200000000, unit: 'تومان', kind: 'money', about: 'بیعانه، سقف بازه' },
      { value: 23, unit: 'حساب', kind: 'count', about: 'حساب‌های ردیابی‌شده' },
      { value: 5000000, unit: 'تومان', kind: 'money', about: 'اجاره ماهانه هر حساب' },
      { value: 19000000000, unit: 'تومان', kind: 'money', about: 'اموال توقیف‌شده' },
      { value: 950000000, unit: 'تومان', kind: 'money', about: 'بیعانه یک مالباخته' },
    ],
    figures_never: ['«۳۶ ساله»: age', '«شعبه ۳»: branch number', '«ناحیه یک»: a district name', '«چند ساعت»: duration', '«پایان دی‌ماه»: date', '«م.ر»: initials'],
    notes: [
      'Police/court report on a Next.js page (hashed class names, __NEXT_DATA__, dates in UTC: same instant as the +03:30 gold). No «به گزارش» line: the police chief is introduced by role only in the lead and named («سرهنگ کامیار شجاعی», rank dropped) in paragraph 1; the prosecutor is introduced by role only and named in the next paragraph.',
      'statements: Shojaei: lead «… خبر داد», «گفت:», «وی افزود:» (two-sentence quote, once), «به گفته شجاعی», «رئیس پلیس فتای البرز همچنین از شهروندان خواست …» = 5; Nik-Seresht: «با اعلام اینکه … گفت:» (role only, one), «تصریح کرد:», «نیک‌سرشت همچنین گفت که …» = 3.',
      'The victim («یکی از مالباختگان») is quoted but unnamed, so not a speaker. «م.ر», the ring leader, is named by initials only and not quoted.',
    ],
  },
  {
    name: 'hawzahnews-book-of-year', site: 'hawzahnews',
    url: 'https://www.hawzahnews.com/news/1186420/برگزیدگان-بیست-وششمین-همایش-کتاب-سال-حوزه-معرفی-شدند',
    title: 'برگزیدگان بیست‌وششمین همایش کتاب سال حوزه معرفی شدند',
    kicker: 'فرهنگی', date: '۲۰ آذر ۱۴۰۴ - ۱۰:۱۵',
    lead: 'آیین اختتامیه بیست‌وششمین همایش کتاب سال حوزه عصر دیروز در مدرسه عالی دارالشفای قم برگزار شد و از ۱۸ اثر برگزیده و ۳۱ اثر شایسته تقدیر قدردانی شد.',
    paras: [
      'به گزارش خبرگزاری حوزه، این مراسم با تلاوت آیاتی از قرآن کریم توسط علی‌اکبر صفاجو، قاری بین‌المللی، آغاز شد و جمعی از اساتید حوزه و دانشگاه، ناشران و خانواده برگزیدگان در آن حضور داشتند.',
      'دبیر علمی همایش در این مراسم گفت: امسال ۱۲۴۰ اثر در ۲۲ گروه علمی به دبیرخانه رسید که نسبت به دوره گذشته حدود ۱۱ درصد افزایش داشت. بیش از ۳۵۰ داور از حوزه‌های علمیه و دانشگاه‌ها این آثار را ارزیابی کردند.',
      'حجت‌الاسلام والمسلمین محمدحسن طاهری‌فر افزود: سهم آثار پژوهشی بانوان طلبه در این دوره به ۲۷ درصد رسید و برای نخستین بار بخشی ویژه برای کتاب‌های ترجمه‌شده از زبان‌های اروپایی در نظر گرفتیم.',
      'وی با انتقاد از شمارگان پایین کتاب‌های علمی حوزه تصریح کرد: بسیاری از این آثار ارزشمند با شمارگان ۳۰۰ نسخه منتشر می‌شوند و در کتابفروشی‌های شهرهای دیگر پیدا نمی‌شوند؛ ناشران باید به سمت نشر دیجیتال بروند.',
      'زهرا موسوی‌نژاد، پژوهشگر و نویسنده کتاب «فقه محیط زیست؛ مبانی و مسائل» که در گروه فقه و اصول برگزیده شد، در گفت‌وگو با خبرنگار حوزه گفت: نوشتن این کتاب پنج سال طول کشید و بخش زیادی از منابع آن را از کتابخانه‌های نسخ خطی مشهد و اصفهان جمع‌آوری کردم.',
      'موسوی‌نژاد با بیان اینکه مسائل تازه‌ای مانند بحران آب و آلودگی هوا هنوز در منابع فقهی جای کافی ندارند، افزود: امیدوارم این کتاب مقدمه‌ای برای ورود طلاب جوان به این حوزه باشد.',
      'به گفته مسئولان دبیرخانه، جایزه نقدی هر اثر برگزیده ۱۵۰ میلیون تومان و هر اثر شایسته تقدیر ۶۰ میلیون تومان است و آثار برگزیده در نمایشگاه بین‌المللی کتاب تهران نیز عرضه خواهند شد.',
      'طاهری‌فر در پایان از انتشار فراخوان بیست‌وهفتمین دوره همایش خبر داد و گفت مهلت ارسال آثار تا پایان خرداد ۱۴۰۵ است.',
    ],
    tags: ['کتاب سال حوزه', 'حوزه علمیه قم', 'پژوهش'],
    caption: 'آیین اختتامیه بیست‌وششمین همایش کتاب سال حوزه در مدرسه دارالشفا', credit: 'عکس: محمدحسین شاه‌محمدی',
    related: ['فراخوان جشنواره علامه حلی منتشر شد', 'رونمایی از دانشنامه فقه معاصر در قم', 'حضور ناشران حوزوی در نمایشگاه کتاب'],
    mostRead: ['آغاز ثبت‌نام پذیرش حوزه‌های علمیه خواهران', 'برنامه دروس خارج اساتید در زمستان', 'دیدار طلاب با مراجع تقلید', 'نشست علمی فقه و هوش مصنوعی'],
    comments: [['طلبه', 'کاش آثار برگزیده به صورت نسخه الکترونیک هم در دسترس باشد.']],
    speakers: [
      { name: 'محمدحسن طاهری‌فر', role: 'دبیر علمی همایش', also_called: ['وی', 'طاهری‌فر'], statements: 4 },
      { name: 'زهرا موسوی‌نژاد', role: 'پژوهشگر و نویسنده کتاب «فقه محیط زیست؛ مبانی و مسائل»', also_called: ['موسوی‌نژاد'], statements: 2 },
    ],
    speakers_never: ['علی‌اکبر صفاجو', 'خبرگزاری حوزه'],
    figures: [
      { value: 18, unit: 'اثر', kind: 'count', about: 'اثر برگزیده' },
      { value: 31, unit: 'اثر', kind: 'count', about: 'اثر شایسته تقدیر' },
      { value: 1240, unit: 'اثر', kind: 'count', about: 'آثار رسیده' },
      { value: 22, unit: 'گروه', kind: 'count', about: 'گروه علمی' },
      { value: 11, unit: 'درصد', kind: 'percent', about: 'افزایش آثار' },
      { value: 350, unit: 'داور', kind: 'count', about: '«بیش از ۳۵۰ داور»' },
      { value: 27, unit: 'درصد', kind: 'percent', about: 'سهم آثار بانوان' },
      { value: 300, unit: 'نسخه', kind: 'count', about: 'شمارگان' },
      { value: 150000000, unit: 'تومان', kind: 'money', about: 'جایزه اثر برگزیده' },
      { value: 60000000, unit: 'تومان', kind: 'money', about: 'جایزه اثر شایسته تقدیر' },
    ],
    figures_never: ['«بیست‌وششمین», «بیست‌وهفتمین», «برای نخستین بار»: ordinals', '«پنج سال»: duration', '«پایان خرداد ۱۴۰۵», «عصر دیروز»: dates'],
    notes: [
      'Culture: a book award ceremony. The photo comes before the body (Hawzah/Mehr-style item page). The scientific secretary is introduced by role only («دبیر علمی همایش … گفت:») and named in the next paragraph with his clerical title («حجت‌الاسلام والمسلمین محمدحسن طاهری‌فر افزود:»), the title dropped from the name.',
      'statements: Taherifar: «گفت:» (role only; two-sentence quote, once), «افزود:», «وی … تصریح کرد:», «از انتشار فراخوان … خبر داد و گفت …» (one) = 4; Mousavinejad: «گفت:», «با بیان اینکه … افزود:» = 2.',
      'Safajou (the Quran reciter) is only mentioned. «به گفته مسئولان دبیرخانه» is an unnamed group.',
    ],
  },
  {
    name: 'abna-gilgit-avalanche', site: 'abna',
    url: 'https://fa.abna24.com/story/1759284',
    title: 'برف و بهمن در گلگیت-بلتستان پاکستان ۱۲ کشته برجا گذاشت',
    kicker: 'شبه قاره', date: '۲۴ آذر ۱۴۰۴ - ۱۴:۳۰',
    lead: 'بارش برف سنگین و سقوط بهمن در منطقه گلگیت-بلتستان در شمال پاکستان دست‌کم ۱۲ کشته برجا گذاشت و ارتباط زمینی بیش از ۸۰ روستا با مراکز شهری قطع شد.',
    paras: [
      'به گزارش خبرگزاری اهل‌البیت(ع) ـ ابنا ـ به نقل از روزنامه داون، بیشترین خسارت در دره‌های استور و اسکردو گزارش شده و بزرگراه قراقروم در چند نقطه و به طول بیش از ۴۰ کیلومتر زیر برف و آوار مانده است.',
      'فیصل رضا عباسی، سخنگوی دولت محلی گلگیت-بلتستان، روز یکشنبه در یک نشست خبری در شهر گلگیت گفت: تیم‌های امداد تاکنون ۲۷ مجروح را با بالگرد به بیمارستان منتقل کرده‌اند، اما هنوز از سرنوشت ۹ نفر که زیر بهمن مانده‌اند خبری نداریم.',
      'عباسی افزود که دست‌کم ۳۴۰ خانه به طور کامل یا بخشی ویران شده و حدود ۲ هزار و ۶۰۰ نفر در مدارس و مساجد اسکان موقت یافته‌اند.',
      'در همین حال، سازمان ملی مدیریت بلایای پاکستان اعلام کرد ۱۱۰ تن مواد غذایی و ۴ هزار پتو به منطقه ارسال کرده است. شهزاد اقبال، رئیس عملیات سازمان ملی مدیریت بلایا، در گفت‌وگو با تلویزیون جئو گفت: تا زمانی که بزرگراه بازگشایی نشود، تنها راه رساندن کمک، پل هوایی از اسلام‌آباد است و وضعیت جوی پروازها را محدود کرده است.',
      'اقبال همچنین هشدار داد که پیش‌بینی بارش ۶۰ سانتی‌متر برف دیگر در روزهای آینده می‌تواند خطر سقوط بهمن را افزایش دهد.',
      'منابع محلی در اسکردو می‌گویند بسیاری از قربانیان از شیعیان روستاهای مرتفع این منطقه هستند. حجت‌الاسلام باقر حسین نقوی، از علمای اسکردو، در تماس با ابنا گفت: مردم این منطقه سال‌هاست برای ساخت جاده‌ای امن‌تر درخواست داده‌اند، اما بودجه آن هرگز تخصیص نیافت. او از مؤسسات خیریه خواست کمک‌های خود را از طریق شوراهای محلی توزیع کنند.',
      'نخست‌وزیر پاکستان نیز با انتشار پیامی در شبکه ایکس با خانواده قربانیان ابراز همدردی کرد و دستور داد بودجه ویژه‌ای به مبلغ ۵۰۰ میلیون روپیه برای بازسازی خانه‌های آسیب‌دیده اختصاص یابد.',
      'گلگیت-بلتستان از مناطق کوهستانی شمال پاکستان است که هر زمستان با بارش سنگین برف روبه‌رو می‌شود؛ در زمستان گذشته نیز سقوط بهمن در این منطقه جان چند نفر را گرفته بود.',
    ],
    tags: ['پاکستان', 'گلگیت-بلتستان', 'بهمن', 'اسکردو'],
    caption: 'امدادگران در جست‌وجوی مفقودان بهمن در نزدیکی اسکردو', credit: '(عکس: خبرگزاری فرانسه)',
    related: ['کمک‌رسانی شیعیان کراچی به سیل‌زدگان سند', 'مراسم اربعین در اسکردو برگزار شد', 'ناامنی در جاده پاراچنار'],
    mostRead: ['پیام مرجعیت به مسلمانان جهان', 'آغاز ثبت‌نام زائران عتبات', 'نشست علمای شیعه و سنی در لاهور', 'بازسازی حرم در سامرا'],
    comments: [['از قم', 'خداوند به بازماندگان صبر بدهد.'], ['کاربر', 'جاده قراقروم هر سال همین وضع را دارد.']],
    speakers: [
      { name: 'فیصل رضا عباسی', role: 'سخنگوی دولت محلی گلگیت-بلتستان', also_called: ['عباسی'], statements: 2 },
      { name: 'شهزاد اقبال', role: 'رئیس عملیات سازمان ملی مدیریت بلایا', also_called: ['اقبال'], statements: 2 },
      { name: 'باقر حسین نقوی', role: 'از علمای اسکردو', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['روزنامه داون', 'تلویزیون جئو', 'سازمان ملی مدیریت بلایای پاکستان', 'ابنا'],
    figures: [
      { value: 12, unit: 'کشته', kind: 'count', about: '«دست‌کم ۱۲ کشته»' },
      { value: 80, unit: 'روستا', kind: 'count', about: 'روستاهای قطع ارتباط' },
      { value: 40, unit: 'کیلومتر', kind: 'measure', about: 'بزرگراه زیر برف' },
      { value: 27, unit: 'مجروح', kind: 'count', about: 'انتقال با بالگرد' },
      { value: 9, unit: 'نفر', kind: 'count', about: 'مفقودان زیر بهمن' },
      { value: 340, unit: 'خانه', kind: 'count', about: 'خانه‌های ویران' },
      { value: 2600, unit: 'نفر', kind: 'count', about: 'اسکان موقت' },
      { value: 110, unit: 'تن', kind: 'measure', about: 'مواد غذایی' },
      { value: 4000, unit: 'پتو', kind: 'count', about: 'پتو' },
      { value: 60, unit: 'سانتی‌متر', kind: 'measure', about: 'بارش پیش‌بینی‌شده' },
      { value: 500000000, unit: 'روپیه', kind: 'money', about: 'بودجه بازسازی' },
    ],
    figures_never: ['«روز یکشنبه», «زمستان گذشته»: dates', '«چند نقطه», «چند نفر»: vague quantities', '«سال‌هاست»: duration'],
    notes: [
      'Foreign news with transliterated names, ABNA microdata (datePublished on an itemprop <meta>, Jalali and Gregorian dates visible). The lead is the .lead div (itemprop description); the photo and its caption come before the body; the «منبع:» line is not body.',
      'statements: Abbasi: «گفت:», «عباسی افزود که …» = 2; Iqbal: «گفت:», «هشدار داد که …» = 2; Naqvi: «گفت:» (two-sentence quote, once), «او از مؤسسات خیریه خواست …» = 2.',
      'The disaster agency («سازمان ملی مدیریت بلایای پاکستان اعلام کرد») is an organization; the Pakistani prime minister is never named (role only), so he is not a speaker; «منابع محلی» are unnamed. «حجت‌الاسلام» is a title, not part of the name.',
    ],
  },
  {
    name: 'isca-futsal-gitipasand', site: 'isca', zwnjLost: true, photoAt: 1,
    url: 'https://www.iscanews.ir/news/1317245/گیتی‌پسند-با-برتری-مقابل-مس-سونگون-صدرنشین-ماند',
    title: 'گیتی‌پسند با برتری مقابل مس سونگون صدرنشین ماند',
    kicker: 'ورزشی', date: '۱۴ آذر ۱۴۰۴ - ۲۳:۱۰',
    lead: 'تیم فوتسال گیتی‌پسند اصفهان در هفته دوازدهم لیگ برتر با نتیجه ۴ بر ۲ مس سونگون را شکست داد و با ۳۰ امتیاز در صدر جدول باقی ماند.',
    paras: [
      'به گزارش ایسکانیوز، این دیدار عصر امروز در سالن پیروزی اصفهان و با حضور حدود ۳ هزار و ۵۰۰ تماشاگر برگزار شد. مس سونگون که نیمه اول را با یک گل پیش بود، در ۱۲ دقیقه پایانی سه گل دریافت کرد.',
      'سرمربی گیتی‌پسند پس از بازی در نشست خبری گفت: در نیمه اول بازیکنانم خسته بودند و ما فشرده‌ترین برنامه لیگ را پشت سر گذاشته‌ایم. در رختکن از آنها خواستم فشار را از جلوی زمین شروع کنند و این تغییر نتیجه داد.',
      'وحید امیری‌فرد که هفته گذشته قراردادش را تا پایان فصل آینده تمدید کرده است، درباره وضعیت مصدومان تیم افزود: امید فرجی و سعید پاکزاد به دلیل مصدومیت در این بازی غایب بودند و احتمالا دو هفته دیگر به ترکیب برمی‌گردند.',
      'امیری‌فرد همچنین از فدراسیون فوتبال خواست سالن‌های لیگ برتر را استانداردسازی کند و گفت کف‌پوش برخی سالن‌ها خطر مصدومیت بازیکنان را بالا برده است.',
      'در مقابل، رسول حیدرزاده، سرمربی مس سونگون، داوری را عامل اصلی شکست تیمش دانست و گفت: گل دوم حریف از روی خطای آشکار به ثمر رسید. ما ۳۵ دقیقه بازی بهتری داشتیم، اما داور با دو تصمیم اشتباه بازی را تغییر داد.',
      'وی افزود: باشگاه ما پس از این بازی به کمیته داوران شکایت می‌کند و فیلم کامل مسابقه را نیز برای کمیته ارسال خواهیم کرد.',
      'حمید سلطانیان، کاپیتان گیتی‌پسند که دو گل از چهار گل تیمش را به ثمر رساند، به خبرنگار ایسکانیوز گفت: هواداران در نیمه دوم به ما انرژی دادند و این برد را به آنها تقدیم می‌کنم.',
      'گیتی‌پسند در هفته سیزدهم باید به مصاف فرش‌آرای مشهد برود؛ تیمی که با ۲۶ امتیاز در رده دوم جدول قرار دارد و فاصله‌اش با صدر ۴ امتیاز است. مس سونگون نیز با این شکست در رده پنجم باقی ماند.',
    ],
    tags: ['لیگ برتر فوتسال', 'گیتی‌پسند', 'مس سونگون'],
    caption: 'صحنه‌ای از دیدار گیتی‌پسند و مس سونگون در سالن پیروزی اصفهان', credit: 'عکاس: مریم نادری',
    related: ['برنامه هفته سیزدهم لیگ برتر فوتسال اعلام شد', 'فرش‌آرا با پیروزی به رده دوم رسید', 'دعوت ۱۸ بازیکن به اردوی تیم ملی فوتسال'],
    mostRead: ['نتایج کنکور کارشناسی ارشد اعلام شد', 'زمان ثبت‌نام وام دانشجویی', 'انتخابات انجمن‌های اسلامی دانشجویان', 'تعطیلی دانشگاه‌های تهران'],
    comments: [['هوادار گیتی', 'امیری‌فرد بهترین مربی لیگ است.'], ['تبریزی', 'داور واقعا به ضرر مس سوت زد.']],
    speakers: [
      { name: 'وحید امیری‌فرد', role: 'سرمربی گیتی‌پسند', also_called: ['امیری‌فرد'], statements: 3 },
      { name: 'رسول حیدرزاده', role: 'سرمربی مس سونگون', also_called: ['وی'], statements: 2 },
      { name: 'حمید سلطانیان', role: 'کاپیتان گیتی‌پسند', also_called: [], statements: 1 },
    ],
    speakers_never: ['امید فرجی', 'سعید پاکزاد', 'ایسکانیوز'],
    figures: [
      { value: 30, unit: 'امتیاز', kind: 'count', about: 'امتیاز گیتی‌پسند' },
      { value: 3500, unit: 'تماشاگر', kind: 'count', about: 'حضور تماشاگران' },
      { value: 26, unit: 'امتیاز', kind: 'count', about: 'امتیاز فرش‌آرا' },
      { value: 4, unit: 'امتیاز', kind: 'count', about: 'فاصله با صدر' },
    ],
    figures_never: [
      '«۴ بر ۲», «یک گل», «سه گل», «گل دوم», «دو گل از چهار گل»: score', '«۱۲ دقیقه», «۳۵ دقیقه», «دو هفته»: durations',
      '«هفته دوازدهم», «هفته سیزدهم», «رده دوم», «رده پنجم»: ordinals', '«دو تصمیم»: not a key figure (match incident)',
    ],
    notes: [
      'Sports report on an old CMS page (pubdate meta, photo in a table with its caption row) that LOST EVERY ZWNJ: body, title and site are as the page shows them; names and roles are given in clean form.',
      'statements: Amirifard: «سرمربی گیتی‌پسند … گفت:» (role only, named next paragraph; two-sentence quote, once), «افزود:», «از فدراسیون فوتبال خواست … و گفت …» (one) = 3; Heydarzadeh: «… دانست و گفت:» (one), «وی افزود:» = 2; Soltanian: «گفت:» = 1.',
      'Faraji and Pakzad (injured players) are only mentioned. «دو تصمیم اشتباه» is left out as a match incident, not a key figure; an annotator could count it.',
    ],
  },
  {
    name: 'voa-teen-sleep-study', site: 'voa', author: 'صدای آمریکا', inlineAt: 3,
    inline: 'ویدئو: نوجوانان و تلفن همراه؛ چرا خواب شبانه کوتاه شده است',
    url: 'https://ir.voanews.com/a/teen-sleep-depression-study/8123456.html',
    title: 'پژوهش تازه: نوجوانانی که کم می‌خوابند بیشتر در معرض افسردگی‌اند',
    kicker: 'سلامت و دانش', date: '۱۹ آذر ۱۴۰۴ - ۰۱:۴۰',
    lead: 'نتایج یک پژوهش گسترده در آمریکا نشان می‌دهد نوجوانانی که شب‌ها کمتر از هفت ساعت می‌خوابند، تقریبا دو برابر همسالان خود در معرض نشانه‌های افسردگی قرار دارند.',
    paras: [
      'این پژوهش که روز چهارشنبه در نشریه «جاما پدیاتریکس» منتشر شد، داده‌های ۱۱ هزار و ۸۰۰ نوجوان ۱۲ تا ۱۷ ساله را در ۲۱ ایالت آمریکا طی چهار سال بررسی کرده است.',
      'دکتر ربکا هالوورسن، استاد روانپزشکی کودک در دانشگاه میشیگان و نویسنده اصلی این مقاله، به صدای آمریکا گفت: ما انتظار ارتباط را داشتیم، اما شدت آن غافلگیرکننده بود. در گروهی که کمتر از شش ساعت می‌خوابیدند، ۳۸ درصد دست‌کم یک دوره افسردگی را تجربه کرده بودند.',
      'به گفته خانم هالوورسن، این رقم در میان نوجوانانی که هشت ساعت یا بیشتر می‌خوابیدند ۱۷ درصد بود. او افزود که استفاده از تلفن همراه پس از ساعت ۱۱ شب، مهم‌ترین عامل کم‌خوابی در این گروه سنی بوده است.',
      'بر اساس این پژوهش، ۶۲ درصد نوجوانان شرکت‌کننده گفته‌اند تلفن همراه خود را شب‌ها کنار تخت نگه می‌دارند و میانگین زمان استفاده از صفحه نمایش در این گروه روزانه پنج ساعت و ۴۰ دقیقه بوده است.',
      'مارکوس الیوت، متخصص طب خواب در بیمارستان کودکان بوستون که در این پژوهش نقشی نداشته است، می‌گوید نتایج آن با مشاهدات بالینی او همخوانی دارد. آقای الیوت هشدار داد: نباید تصور کرد که کم‌خوابی تنها علت افسردگی است؛ در بسیاری از موارد رابطه دوسویه است و نوجوان افسرده نیز بدتر می‌خوابد.',
      'آکادمی طب خواب آمریکا توصیه می‌کند نوجوانان هر شب بین هشت تا ۱۰ ساعت بخوابند. با این حال، آمار مراکز کنترل و پیشگیری از بیماری‌های آمریکا نشان می‌دهد بیش از ۷۰ درصد دانش‌آموزان دبیرستانی این کشور در شب‌های مدرسه کمتر از هشت ساعت می‌خوابند.',
      'پژوهشگران در پایان مقاله از مدارس خواسته‌اند ساعت شروع کلاس‌ها را به بعد از ۸:۳۰ صبح منتقل کنند؛ اقدامی که ایالت کالیفرنیا از سال ۲۰۲۲ اجرا کرده است.',
    ],
    tags: ['خواب', 'افسردگی', 'نوجوانان'],
    caption: 'استفاده از تلفن همراه در ساعات پایانی شب، از عوامل اصلی کم‌خوابی نوجوانان است.', credit: 'عکس از آرشیو',
    related: ['کافئین و خواب کودکان؛ توصیه‌های تازه پزشکان', 'مدارس کالیفرنیا دیرتر آغاز می‌شوند', 'افسردگی در میان دانشجویان آمریکایی افزایش یافته است'],
    mostRead: ['هشدار درباره موج تازه آنفلوآنزا در آمریکا', 'ناسا از مأموریت تازه ماه خبر داد', 'قیمت بنزین در آمریکا کاهش یافت', 'برف سنگین در شمال شرق آمریکا'],
    comments: [],
    speakers: [
      { name: 'ربکا هالوورسن', role: 'استاد روانپزشکی کودک در دانشگاه میشیگان و نویسنده اصلی این مقاله', also_called: ['خانم هالوورسن', 'او'], statements: 3 },
      { name: 'مارکوس الیوت', role: 'متخصص طب خواب در بیمارستان کودکان بوستون', also_called: ['آقای الیوت'], statements: 2 },
    ],
    speakers_never: ['صدای آمریکا', 'جاما پدیاتریکس'],
    figures: [
      { value: 2, unit: 'برابر', kind: 'count', about: '«تقریبا دو برابر»' },
      { value: 11800, unit: 'نوجوان', kind: 'count', about: 'شرکت‌کنندگان' },
      { value: 21, unit: 'ایالت', kind: 'count', about: 'ایالت‌ها' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'افسردگی در گروه کمتر از شش ساعت' },
      { value: 17, unit: 'درصد', kind: 'percent', about: 'افسردگی در گروه هشت ساعت یا بیشتر' },
      { value: 62, unit: 'درصد', kind: 'percent', about: 'تلفن کنار تخت' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۰ درصد» دانش‌آموزان کم‌خواب' },
    ],
    figures_never: [
      '«هفت ساعت», «شش ساعت», «هشت ساعت», «هشت تا ۱۰ ساعت», «پنج ساعت و ۴۰ دقیقه», «چهار سال»: durations', '«۱۲ تا ۱۷ ساله»: ages',
      '«ساعت ۱۱ شب», «۸:۳۰ صبح»: times', '«سال ۲۰۲۲», «روز چهارشنبه»: dates', '«یک دوره»: lone «یک»',
    ],
    notes: [
      'Health/science, VOA Farsi (Pangea): the date is Gregorian and UTC (2025-12-09T22:10Z = 19 Azar 01:40 Tehran); the lead is the first <p class="intro"> of the body; an embedded video player with a title and a «ویدئو را در اینجا ببینید» fallback link sits inside the body; no comments.',
      'statements: Halvorsen: «گفت:» (two-sentence quote, once), «به گفته خانم هالوورسن», «او افزود که …» = 3; Elliott: «می‌گوید …» (indirect), «آقای الیوت هشدار داد:» = 2. «دکتر» is a title, not part of the name.',
      'The researchers as a group («پژوهشگران … خواسته‌اند»), the American Academy of Sleep Medicine and the CDC are not speakers.',
    ],
  },
  {
    name: 'ostanfars-doroodzan-dam', site: 'ostanfars',
    url: 'https://www.farsp.ir/news/58213',
    title: 'ذخیره سد درودزن به ۹ درصد رسید؛ کاهش فشار آب شیراز تا بارش‌های زمستانی ادامه دارد',
    kicker: 'اخبار استان', date: '۲۵ آذر ۱۴۰۴ - ۱۱:۴۰',
    lead: 'مدیرعامل شرکت آب منطقه‌ای فارس از کاهش حجم ذخیره سد درودزن به ۹ درصد ظرفیت خبر داد؛ کمترین رقم در ۵۰ سال فعالیت این سد.',
    paras: [
      'به گزارش روابط عمومی استانداری فارس، نشست شورای برنامه‌ریزی و توسعه استان صبح امروز به ریاست استاندار و با حضور جعفر قادری‌نسب، نماینده مردم شیراز در مجلس شورای اسلامی، با موضوع بحران آب در ساختمان استانداری برگزار شد.',
      'سیروس بهمنی، مدیرعامل شرکت آب منطقه‌ای فارس، در این نشست گفت: حجم آب پشت سد درودزن اکنون حدود ۹۰ میلیون مترمکعب است، در حالی که ظرفیت کل مخزن یک میلیارد مترمکعب است. ورودی سد از ابتدای سال آبی ۷۲ درصد کمتر از میانگین بلندمدت بوده است.',
      'وی افزود: از هفته گذشته فشار آب شبکه شیراز از ساعت ۲۳ تا ۵ صبح کاهش یافته و با این کار روزانه حدود ۶۵ هزار مترمکعب صرفه‌جویی می‌شود.',
      'بهمنی تأکید کرد که ۴۱ حلقه چاه اضطراری در اطراف شیراز حفر شده و آبرسانی با تانکر به ۱۲۰ روستای استان ادامه دارد.',
      'استاندار فارس نیز در این نشست با اشاره به سهم ۹۰ درصدی بخش کشاورزی از مصرف آب استان اظهار کرد: بدون اصلاح الگوی کشت، هیچ سد و چاهی کمبود آب فارس را جبران نمی‌کند. امسال کشت برنج در حاشیه رودخانه کر ممنوع است و متخلفان با قطع برق چاه‌ها روبه‌رو می‌شوند.',
      'محمدعلی نوری‌زاد همچنین از دستگاه‌های اجرایی خواست مصرف آب ادارات را دست‌کم ۲۰ درصد کاهش دهند و گفت گزارش مصرف هر اداره هر ماه در شورای استان بررسی می‌شود.',
      'استاندار در پاسخ به پرسشی درباره انتقال آب از خلیج فارس به شیراز گفت: مطالعات این طرح به پایان رسیده و عملیات اجرایی آن با اعتبار ۲۲ هزار میلیارد تومانی از بهار آینده آغاز می‌شود.',
      'بر اساس اعلام اداره کل هواشناسی فارس، میانگین بارش استان از ابتدای مهر تاکنون ۱۴ میلی‌متر بوده که نسبت به مدت مشابه سال گذشته ۶۰ درصد کاهش نشان می‌دهد. کارشناسان این اداره کل وقوع بارش‌های مؤثر را پیش از نیمه دی‌ماه بعید می‌دانند.',
    ],
    tags: ['سد درودزن', 'کم‌آبی', 'شیراز', 'استانداری فارس'],
    caption: 'نشست شورای برنامه‌ریزی و توسعه استان فارس', credit: 'عکاس: واحد عکس روابط عمومی استانداری',
    related: ['بازدید استاندار از تصفیه‌خانه آب شیراز', 'آغاز عملیات حفر چاه‌های اضطراری در فارس', 'ممنوعیت کشت برنج در حاشیه رودخانه کر'],
    mostRead: ['ساعات کاری ادارات فارس در زمستان', 'برگزاری جشنواره فرهنگی شیراز', 'دیدار استاندار با فعالان اقتصادی', 'افتتاح پروژه‌های عمرانی لارستان'],
    comments: [],
    speakers: [
      { name: 'سیروس بهمنی', role: 'مدیرعامل شرکت آب منطقه‌ای فارس', also_called: ['وی', 'بهمنی'], statements: 4 },
      { name: 'محمدعلی نوری‌زاد', role: 'استاندار فارس', also_called: ['استاندار'], statements: 3 },
    ],
    speakers_never: ['جعفر قادری‌نسب', 'روابط عمومی استانداری فارس'],
    figures: [
      { value: 9, unit: 'درصد', kind: 'percent', about: 'ذخیره سد (lead)' },
      { value: 90000000, unit: 'مترمکعب', kind: 'measure', about: 'حجم آب پشت سد' },
      { value: 1000000000, unit: 'مترمکعب', kind: 'measure', about: 'ظرفیت کل مخزن «یک میلیارد مترمکعب»' },
      { value: 72, unit: 'درصد', kind: 'percent', about: 'کاهش ورودی سد' },
      { value: 65000, unit: 'مترمکعب', kind: 'measure', about: 'صرفه‌جویی روزانه' },
      { value: 41, unit: 'حلقه', kind: 'count', about: 'چاه اضطراری' },
      { value: 120, unit: 'روستا', kind: 'count', about: 'آبرسانی با تانکر' },
      { value: 90, unit: 'درصد', kind: 'percent', about: 'سهم کشاورزی از مصرف آب «۹۰ درصدی»' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'کاهش مصرف ادارات' },
      { value: 22000000000000, unit: 'تومان', kind: 'money', about: 'اعتبار طرح انتقال آب «۲۲ هزار میلیارد تومانی»' },
      { value: 14, unit: 'میلی‌متر', kind: 'measure', about: 'میانگین بارش' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'کاهش بارش' },
    ],
    figures_never: ['«۵۰ سال»: duration', '«ساعت ۲۳ تا ۵ صبح»: times', '«ابتدای مهر», «هفته گذشته», «بهار آینده», «نیمه دی‌ماه»: dates'],
    notes: [
      'Provincial report on a governorate portal built with Nuxt: numeric Jalali date only («تاریخ انتشار: ۱۴۰۴/۰۹/۲۵ - ۱۱:۴۰»), no date meta; photos are in a gallery after the body (captions and credit there).',
      'statements: Bahmani: lead «… خبر داد», «گفت:» (two-sentence quote, once), «وی افزود:», «تأکید کرد که …» = 4; Nourizad: «استاندار فارس نیز … اظهار کرد:» (role only, named in the next paragraph; two-sentence quote, once), «از دستگاه‌های اجرایی خواست … و گفت …» (one), «استاندار … گفت:» = 3.',
      'Ghaderinasab (MP) is only present. The meteorology office and «کارشناسان این اداره کل» are not speakers. «یک میلیارد مترمکعب» is one billion, not a lone «یک».',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (headlines and page text written for this set).
// ---------------------------------------------------------------------------------------------


const CHETOR_CARDS: [string, string, string, string][] = [
  ['۱۰ عادت صبحگاهی که انرژی شما را در طول روز بالا نگه می‌دارد', 'با چند تغییر کوچک در برنامه صبح، روز پرانرژی‌تری داشته باشید.', 'نرگس احمدی', '۸ دقیقه مطالعه'],
  ['چطور بی‌خوابی را بدون دارو درمان کنیم؟', 'روش‌های رفتاری که متخصصان خواب برای درمان بی‌خوابی پیشنهاد می‌کنند.', 'دکتر سینا رضوی', '۱۲ دقیقه مطالعه'],
  ['همه چیز درباره ویتامین D؛ کمبود، علائم و منابع غذایی', 'چه کسانی بیشتر در معرض کمبود ویتامین D هستند و چه باید بکنند؟', 'مریم کاظمی', '۱۰ دقیقه مطالعه'],
  ['تمرینات کششی ساده برای کسانی که پشت میز کار می‌کنند', 'هشت حرکت کوتاه برای کاهش درد گردن و کمر در محل کار.', 'علی نیک‌نام', '۶ دقیقه مطالعه'],
  ['فشار خون بالا؛ چه زمانی باید به پزشک مراجعه کرد؟', 'نشانه‌هایی که نباید نادیده گرفت و راه‌های کنترل فشار خون در خانه.', 'دکتر لیلا مرادی', '۹ دقیقه مطالعه'],
  ['رژیم مدیترانه‌ای چیست و چه فوایدی دارد؟', 'راهنمای کامل رژیم غذایی مدیترانه‌ای با نمونه برنامه هفتگی.', 'سارا امینی', '۱۴ دقیقه مطالعه'],
  ['چطور استرس را در محیط کار مدیریت کنیم؟', 'تکنیک‌های ساده برای کنترل اضطراب و فشار کاری.', 'پویا شریفی', '۷ دقیقه مطالعه'],
  ['نوشیدن آب کافی؛ روزی چند لیوان آب بخوریم؟', 'نیاز واقعی بدن به آب و باورهای غلط درباره آن.', 'نرگس احمدی', '۵ دقیقه مطالعه'],
];

function chetorSection(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>سلامت و تندرستی | مجله اینترنتی چطور</title>
<meta name="description" content="مقالات آموزشی سلامت جسم و روان، تغذیه و تناسب اندام در مجله چطور">
<meta property="og:type" content="website">
<meta property="og:title" content="سلامت و تندرستی">
<link rel="canonical" href="https://www.chetor.com/category/health/">
<link rel="next" href="https://www.chetor.com/category/health/page/2/">
</head>
<body class="archive category category-health">
<header class="site-header"><a class="brand" href="https://www.chetor.com/"><img src="https://www.chetor.com/wp-content/themes/chetor/images/logo.svg" alt="چطور"></a>
<nav class="primary"><a href="https://www.chetor.com/category/health/">سلامت</a> <a href="https://www.chetor.com/category/psychology/">روانشناسی</a> <a href="https://www.chetor.com/category/lifestyle/">سبک زندگی</a> <a href="https://www.chetor.com/category/money/">پول و کسب‌وکار</a> <a href="https://www.chetor.com/category/tech/">تکنولوژی</a> <a href="https://www.chetor.com/category/skills/">مهارت</a></nav></header>
<main class="category-page">
 <div class="cat-head"><h1>سلامت و تندرستی</h1><p>هر آنچه برای داشتن بدنی سالم و ذهنی آرام باید بدانید؛ از تغذیه و ورزش تا خواب و پیشگیری از بیماری‌ها.</p>
 <ul class="subcats"><li><a href="https://www.chetor.com/category/health/nutrition/">تغذیه</a></li><li><a href="https://www.chetor.com/category/health/fitness/">ورزش و تناسب اندام</a></li><li><a href="https://www.chetor.com/category/health/diseases/">بیماری‌ها</a></li><li><a href="https://www.chetor.com/category/health/sleep/">خواب</a></li></ul></div>
 <div class="posts-grid">
${CHETOR_CARDS.map(([t, e, a, r], k) => `  <article class="post-card"><a class="thumb" href="https://www.chetor.com/${231400 + k * 53}-health/"><img src="https://www.chetor.com/wp-content/uploads/2025/12/health-${k + 1}.jpg" alt=""></a><div class="card-body"><h2><a href="https://www.chetor.com/${231400 + k * 53}-health/">${esc(t)}</a></h2><p class="card-excerpt">${esc(e)}</p><div class="card-meta"><span class="author">${esc(a)}</span> · <span class="read-time">${esc(r)}</span></div></div></article>`).join('\n')}
 </div>
 <nav class="pagination"><span class="current">۱</span> <a href="https://www.chetor.com/category/health/page/2/">۲</a> <a href="https://www.chetor.com/category/health/page/3/">۳</a> <span>…</span> <a href="https://www.chetor.com/category/health/page/86/">۸۶</a> <a class="next" href="https://www.chetor.com/category/health/page/2/">صفحه بعد</a></nav>
 <aside class="newsletter-box"><h3>عضویت در خبرنامه چطور</h3><p>هر هفته بهترین مطالب سلامت را در ایمیل خود دریافت کنید.</p><input type="email" placeholder="ایمیل شما"><button>عضویت</button></aside>
</main>
<footer class="site-footer"><p>© ۱۴۰۴ مجله اینترنتی چطور. استفاده از مطالب با ذکر منبع آزاد است.</p><a href="https://www.chetor.com/about/">درباره ما</a> <a href="https://www.chetor.com/contact/">تماس با ما</a></footer>
</body>
</html>
`;
  return { name: 'nonarticle-chetor-health-section', markup: 'category-chetor', url: 'https://www.chetor.com/category/health/', title: 'سلامت و تندرستی', html,
    notes: ['A WordPress category (section) index: a one-line section description, sub-category links, eight article cards (headline, one-line excerpt, author, reading time) and pagination. Not an article.'] };
}

const EGHTESAD_VIDEOS: [string, string, string][] = [
  ['ویدئو | صف خرید دلار جلوی صرافی‌های خیابان فردوسی', '۰۱:۴۲', '۲۷ آذر ۱۴۰۴'],
  ['ویدئو | وزیر اقتصاد: مالیات بر عایدی سرمایه از سال آینده اجرا می‌شود', '۰۲:۱۵', '۲۷ آذر ۱۴۰۴'],
  ['ویدئو | بازار شب یلدا؛ قیمت انار و هندوانه چند؟', '۰۳:۰۸', '۲۶ آذر ۱۴۰۴'],
  ['ویدئو | گفت‌وگو با یک کارشناس بازار مسکن درباره اجاره‌بها', '۰۹:۳۰', '۲۶ آذر ۱۴۰۴'],
  ['ویدئو | لحظه عرضه اولیه در فرابورس', '۰۰:۵۸', '۲۵ آذر ۱۴۰۴'],
  ['ویدئو | خط تولید خودروی برقی در کرمان', '۰۲:۴۴', '۲۵ آذر ۱۴۰۴'],
  ['ویدئو | بازار طلا پس از افزایش نرخ اونس جهانی', '۰۱:۵۵', '۲۴ آذر ۱۴۰۴'],
  ['ویدئو | کارگران معدن زغال‌سنگ طبس از شرایط کار می‌گویند', '۰۴:۲۰', '۲۴ آذر ۱۴۰۴'],
  ['ویدئو | نمایشگاه صنعت ساختمان در تهران', '۰۲:۰۲', '۲۳ آذر ۱۴۰۴'],
];

function eghtesadnewsVideos(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ویدئو - اقتصادنیوز</title>
<meta name="description" content="ویدئوهای اقتصادی روز: بازار ارز، طلا، مسکن، بورس و گزارش‌های میدانی اقتصادنیوز">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.eghtesadnews.com/بخش-ویدیو-8">
</head>
<body class="service-page multimedia">
<div class="header"><a href="https://www.eghtesadnews.com/"><img src="https://www.eghtesadnews.com/client/themes/fa/main/img/logo.png" alt="اقتصادنیوز"></a> <span class="today">پنجشنبه ۲۷ آذر ۱۴۰۴</span>
<ul class="menu"><li><a href="https://www.eghtesadnews.com/بخش-اقتصاد-کلان-1">اقتصاد کلان</a></li><li><a href="https://www.eghtesadnews.com/بخش-بازارها-2">بازارها</a></li><li><a href="https://www.eghtesadnews.com/بخش-مسکن-3">مسکن</a></li><li><a href="https://www.eghtesadnews.com/بخش-خودرو-4">خودرو</a></li><li class="active"><a href="https://www.eghtesadnews.com/بخش-ویدیو-8">ویدئو</a></li><li><a href="https://www.eghtesadnews.com/بخش-عکس-9">عکس</a></li></ul></div>
<div class="main">
 <h1 class="service-title">ویدئو</h1>
 <div class="featured-video"><video poster="https://www.eghtesadnews.com/files/fa/news/1404/9/27/v-featured.jpg" controls src="https://www.eghtesadnews.com/files/fa/news/1404/9/27/v-featured.mp4"></video><h2><a href="https://www.eghtesadnews.com/بخش-ویدیو-8/748210">${esc(EGHTESAD_VIDEOS[0][0])}</a></h2></div>
 <ul class="video-list">
${EGHTESAD_VIDEOS.slice(1).map(([t, len, d], k) => `  <li class="video-item"><a href="https://www.eghtesadnews.com/بخش-ویدیو-8/${748190 - k * 11}"><img src="https://www.eghtesadnews.com/files/fa/news/1404/9/v${k}.jpg" alt=""><span class="duration">${len}</span></a><h3><a href="https://www.eghtesadnews.com/بخش-ویدیو-8/${748190 - k * 11}">${esc(t)}</a></h3><span class="date">${d}</span></li>`).join('\n')}
 </ul>
 <div class="paging"><a href="?page=2">ویدئوهای قدیمی‌تر</a></div>
</div>
<div class="footer">استفاده از مطالب اقتصادنیوز با ذکر منبع بلامانع است.</div>
</body>
</html>
`;
  return { name: 'nonarticle-eghtesadnews-videos', markup: 'video-index-eghtesadnews', url: 'https://www.eghtesadnews.com/بخش-ویدیو-8', title: 'ویدئو', html,
    notes: ['A section index of videos: one featured player with its headline and eight video items (thumbnail, length, headline, date). Not an article.'] };
}

function setarehSobhAbout(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>درباره ما | روزنامه ستاره صبح</title>
<meta name="description" content="معرفی روزنامه ستاره صبح، اعضای تحریریه و راه‌های ارتباط">
<link rel="canonical" href="https://setaresobh.ir/about-us">
</head>
<body class="page page-about">
<header class="ss-header"><a href="https://setaresobh.ir/"><img src="https://setaresobh.ir/assets/img/logo-setaresobh.png" alt="ستاره صبح"></a>
<nav><a href="https://setaresobh.ir/">صفحه نخست</a> <a href="https://setaresobh.ir/category/politics">سیاسی</a> <a href="https://setaresobh.ir/category/economy">اقتصادی</a> <a href="https://setaresobh.ir/category/society">اجتماعی</a> <a href="https://setaresobh.ir/newspaper">نسخه روزنامه</a> <a href="https://setaresobh.ir/about-us">درباره ما</a></nav></header>
<main class="ss-page">
 <h1>درباره ما</h1>
 <section class="about-intro">
  <p>روزنامه ستاره صبح روزنامه‌ای سیاسی، اقتصادی و اجتماعی است که نخستین شماره آن در سال ۱۳۹۵ منتشر شد و هر روز جز روزهای تعطیل در ۱۶ صفحه منتشر می‌شود.</p>
  <p>پایگاه اینترنتی ستاره صبح علاوه بر نسخه کامل روزنامه، خبرها و گزارش‌های روز را به صورت برخط منتشر می‌کند.</p>
 </section>
 <section class="about-staff"><h2>شناسنامه</h2>
  <dl><dt>صاحب امتیاز و مدیر مسئول</dt><dd>علی صالح‌آبادی</dd><dt>سردبیر</dt><dd>تحریریه ستاره صبح</dd><dt>شماره مجوز</dt><dd>۹۲/۱۴۴۳۸</dd></dl>
 </section>
 <section class="about-contact"><h2>ارتباط با ما</h2>
  <ul><li>نشانی: تهران، خیابان مطهری، خیابان میرعماد، کوچه دوازدهم</li><li>تلفن تحریریه: ۰۲۱-۸۸۷۵۰۰۰۰</li><li>آگهی‌ها: ۰۲۱-۸۸۷۵۰۰۱۰</li><li>ایمیل: info@setaresobh.ir</li></ul>
 </section>
 <section class="about-social"><h2>ستاره صبح در شبکه‌های اجتماعی</h2><a href="https://t.me/setaresobh">تلگرام</a> <a href="https://www.instagram.com/setaresobh">اینستاگرام</a> <a href="https://eitaa.com/setaresobh">ایتا</a></section>
</main>
<footer class="ss-footer">تمامی حقوق برای روزنامه ستاره صبح محفوظ است.</footer>
</body>
</html>
`;
  return { name: 'nonarticle-setaresobh-about', markup: 'about-setaresobh', url: 'https://setaresobh.ir/about-us', title: 'درباره ما', html,
    notes: ['A «درباره ما» page: two short paragraphs introducing the newspaper, an imprint list (publisher, licence number), contact details and social links. Not an article.'] };
}

const NON_ARTICLES: NonArt[] = [chetorSection(), eghtesadnewsVideos(), setarehSobhAbout()];
// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

const SOURCE = { corpus: 'written for heldout6', heldout: true, synthetic_markup: true, synthetic_text: true };
const NO_DOCTYPE = new Set<string>();
const { buildArticle, buildNonArticle } = writtenSetBuilder({ out: OUT, sites: SITES, source: SOURCE, idDigits: 5, fallbackId: '214', siteNameShown: true });

/** What a reader sees: body text without scripts and styles, whitespace collapsed. */


if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--check')) {
    mkdirSync(OUT, { recursive: true });
    for (const a of ARTICLES) buildArticle(a);
    for (const n of NON_ARTICLES) buildNonArticle(n);
    console.log(`built ${ARTICLES.length} article and ${NON_ARTICLES.length} non-article pages in ${OUT}`);
  }
  process.exitCode = checkHeldoutDir(OUT, { noDoctype: NO_DOCTYPE, minExcludes: 6, wordRange: [250, 700], zwnjInCleanBody: true }) ? 1 : 0;
}
