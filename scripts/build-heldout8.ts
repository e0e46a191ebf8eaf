// Builds the EIGHTH held-out fixture set, tests/fixtures/heldout8/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Eight article pages in the markup of eight sites that no earlier set renders
// (Zeitoons, Peivast as a WordPress site, Jahan-e Sanat, Navad as a Next.js app, Khabar Jonoub on an
// old ASP.NET WebForms CMS, Sobh-e No, Ham-Mihan, a local news blog on Blogger) and three non-article
// pages (Tahlil Bazaar gold/coin/currency price table, Footballi live scores, a MediaWiki category
// page). All eight texts were written for this set; the names of all quoted officials and citizens
// are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout8.ts          (build + check)
//        npx tsx scripts/build-heldout8.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { checkHeldoutDir } from './lib/heldout-check';
import { bodyHtml, jsonld, li, writtenSetBuilder, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout8');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const faNumDate = (c: Ctx) => `${persian(c.y)}/${persian(c.m)}/${persian(c.d)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ') => c.a.tags.map((t) => `<a href="${base}${encodeURIComponent(t)}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
const G_MONTHS = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];
const gDate = (c: Ctx) => `${persian(Number(c.g.d))} ${G_MONTHS[Number(c.g.m) - 1]} ${persian(c.g.y)}`;
/** The same instant in UTC, «…Z» (Tehran is +03:30 all year since 2022). */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', 'Z');
/** The same instant in UTC with milliseconds, as a JavaScript app serialises it. */
const utcIsoMs = (c: Ctx) => new Date(c.iso).toISOString();
/** The same instant in UTC as WordPress writes it, «…+00:00». */
const utcOffsetIso = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', '+00:00');
/** A 12-hour clock the way Blogger's Persian locale prints a post time. */
const blogTime = (c: Ctx) => { const h = Number(c.hh); return `${persian(h % 12 || 12)}:${persian(c.mi)} ${h < 12 ? 'قبل‌ازظهر' : 'بعدازظهر'}`; };

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Zeitoons: a JSON-LD NewsArticle (+03:30) is the only date metadata; visible Jalali date with
  // reading time; surtitle, h1, summary paragraph as lead, author line, <figure> inside the body
  // with «عکس:» credit, an in-body «بیشتر بخوانید» aside, tags, share row with short link,
  // related and most-read boxes, comments with a count.
  zeitoons: {
    site: 'زیتون',
    boiler: ['شناسه مطلب', 'بیشتر بخوانید', 'لینک کوتاه', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'دیدگاه‌ها', 'تمام حقوق مادی و معنوی این سایت متعلق به زیتون است', 'زمان مطالعه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | زیتون</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="زیتون">
<meta property="og:image" content="https://www.zeitoons.com/wp-content/uploads/${c.g.y}/${c.g.m}/${c.id}-cover.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld(c, 'NewsArticle', 'زیتون', 'https://www.zeitoons.com/static/img/logo.png', { articleSection: c.a.kicker, author: { '@type': 'Person', name: c.a.author }, inLanguage: 'fa-IR' })}
<link rel="stylesheet" href="https://www.zeitoons.com/static/css/app.min.css?v=3.2">
</head>
<body class="single-news">
<header class="zt-header"><div class="zt-top"><span class="zt-today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.zeitoons.com/newsletter">عضویت در خبرنامه</a></div>
<a class="zt-logo" href="https://www.zeitoons.com/"><img src="https://www.zeitoons.com/static/img/logo.png" alt="زیتون"></a>
<nav class="zt-nav"><a href="https://www.zeitoons.com/category/politics">سیاسی</a> <a href="https://www.zeitoons.com/category/economy">اقتصادی</a> <a href="https://www.zeitoons.com/category/society">جامعه</a> <a href="https://www.zeitoons.com/category/environment">${esc(c.a.kicker)}</a> <a href="https://www.zeitoons.com/category/culture">فرهنگ</a> <a href="https://www.zeitoons.com/category/world">جهان</a> <a href="https://www.zeitoons.com/category/report">گزارش</a> <a href="https://www.zeitoons.com/category/multimedia">چندرسانه‌ای</a></nav></header>
<main class="zt-main">
 <nav class="zt-breadcrumb"><a href="https://www.zeitoons.com/">خانه</a> / <a href="https://www.zeitoons.com/category/society">جامعه</a> / <a href="https://www.zeitoons.com/category/environment">${esc(c.a.kicker)}</a></nav>
 <article class="zt-article">
  <span class="zt-surtitle">جاده مرگ در قلب نخستین پارک ملی</span>
  <h1 class="zt-title">${esc(c.a.title)}</h1>
  <div class="zt-meta"><span class="zt-author">نویسنده: ${esc(c.a.author ?? '')}</span> <span class="zt-date">${faDate(c)} | ${faTime(c)}</span> <span class="zt-read">زمان مطالعه: ${persian(4)} دقیقه</span> <span class="zt-id">شناسه مطلب: ${persian(c.id)}</span></div>
  <p class="zt-summary">${esc(c.a.lead ?? '')}</p>
  <div class="zt-content">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<figure class="zt-figure"><img src="https://www.zeitoons.com/wp-content/uploads/${c.g.y}/${c.g.m}/${c.id}-1.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} <small>${esc(c.a.credit)}</small></figcaption></figure>`,
  `<aside class="zt-more"><strong>بیشتر بخوانید</strong> <a href="https://www.zeitoons.com/${Number(c.id) - 2216}">${esc(c.a.inline ?? '')}</a></aside>`)}
  </div>
  <div class="zt-tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.zeitoons.com/tag/', ' ')}</div>
  <div class="zt-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://x.com/intent/post?url=${esc(c.a.url)}">ایکس</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a> <span class="zt-short">لینک کوتاه: https://zeitoons.com/${Number(c.id).toString(36)}</span></div>
 </article>
 <section class="zt-related"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://www.zeitoons.com/', Number(c.id) - 1400)}
 </ul></section>
 <section class="zt-comments"><h3>دیدگاه‌ها <span>(${persian(c.a.comments.length)})</span></h3>
${comments(c, (n, t) => `<div class="zt-comment"><b>${n}</b> <span>${faDate(c)}</span><p>${t}</p></div>`)}
  <form><input placeholder="نام"><textarea placeholder="دیدگاه شما"></textarea><button>ارسال دیدگاه</button></form></section>
 <aside class="zt-popular"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://www.zeitoons.com/', Number(c.id) - 3100)}
 </ol></aside>
</main>
<footer class="zt-footer"><p>تمام حقوق مادی و معنوی این سایت متعلق به زیتون است.</p><p><a href="https://www.zeitoons.com/about">درباره ما</a> | <a href="https://www.zeitoons.com/contact">تماس با ما</a></p></footer>
</body>
</html>
`,
  },

  // Peivast: WordPress; article:published_time and the visible <time class="entry-date"> carry
  // UTC «+00:00»; visible Jalali date; the lead is an excerpt div; interview questions in bold
  // paragraphs; wp-block-image figure; «بیشتر بخوانید:» paragraph; newsletter box; WP comments.
  peivast: {
    site: 'پیوست',
    boiler: ['بیشتر بخوانید:', 'عضویت در خبرنامه پیوست', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'پاسخ دهید', 'کلیه حقوق مادی و معنوی برای پیوست محفوظ است', 'رسانه اقتصاد دیجیتال'],
    render: (c) => `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | پیوست</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="پیوست">
<meta property="article:section" content="${esc(c.a.kicker)}">
<meta property="article:published_time" content="${utcOffsetIso(c)}">
<meta property="article:modified_time" content="${utcOffsetIso(c)}">
<meta property="og:image" content="https://peivast.com/wp-content/uploads/${c.g.y}/${c.g.m}/mobile-internet-${c.id}.jpg">
<link rel="stylesheet" id="peivast-style-css" href="https://peivast.com/wp-content/themes/peivast/style.css?ver=4.1.0" media="all">
</head>
<body class="post-template-default single single-post postid-${c.id} single-format-standard">
<header class="site-header"><div class="brand"><a href="https://peivast.com/"><img src="https://peivast.com/wp-content/themes/peivast/img/logo.svg" alt="پیوست"></a> <span class="tagline">رسانه اقتصاد دیجیتال</span></div>
<nav class="primary-menu"><ul><li><a href="https://peivast.com/cat/news">اخبار</a></li><li><a href="https://peivast.com/cat/telecom">${esc(c.a.kicker)}</a></li><li><a href="https://peivast.com/cat/startup">استارتاپ</a></li><li><a href="https://peivast.com/cat/fintech">فین‌تک</a></li><li><a href="https://peivast.com/cat/policy">سیاست‌گذاری</a></li><li><a href="https://peivast.com/cat/interview">گفت‌وگو</a></li><li><a href="https://peivast.com/magazine">ماهنامه</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${c.id}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail">
 <header class="entry-header">
  <div class="cat-links"><a href="https://peivast.com/cat/telecom" rel="category tag">${esc(c.a.kicker)}</a></div>
  <h1 class="entry-title">${esc(c.a.title)}</h1>
  <div class="entry-meta"><span class="byline">نویسنده: <a class="url fn n" href="https://peivast.com/author/s-norouzi">${esc(c.a.author ?? '')}</a></span> <span class="posted-on"><time class="entry-date published" datetime="${utcOffsetIso(c)}">${faDate(c)}</time></span></div>
 </header>
 <div class="entry-lead"><p>${esc(c.a.lead ?? '')}</p></div>
 <div class="entry-content">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="wp-block-heading">${t}</h2>`,
  `<figure class="wp-block-image size-large"><img decoding="async" src="https://peivast.com/wp-content/uploads/${c.g.y}/${c.g.m}/mobile-internet-${c.id}.jpg" alt=""><figcaption class="wp-element-caption">${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>`,
  `<p class="read-also"><strong>بیشتر بخوانید:</strong> <a href="https://peivast.com/p/${Number(c.id) - 733}">${esc(c.a.inline ?? '')}</a></p>`,
  (t) => `<p class="interview-q"><strong>${t}</strong></p>`)}
 </div>
 <footer class="entry-footer"><span class="tags-links">${tagLinks(c, 'https://peivast.com/tag/', '، ')}</span></footer>
</article>
<div class="newsletter-box"><h3>عضویت در خبرنامه پیوست</h3><p>هر صبح مهم‌ترین خبرهای اقتصاد دیجیتال را در ایمیل خود بخوانید.</p><form><input type="email" placeholder="ایمیل"><button>عضویت</button></form></div>
<section class="related-posts"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://peivast.com/p/', Number(c.id) - 1800)}
</ul></section>
<div id="comments" class="comments-area">
<ol class="comment-list">
${comments(c, (n, t, k) => `<li id="comment-${48800 + k}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${n}</b> <time>${faDate(c)}</time></footer><div class="comment-content"><p>${t}</p></div><a class="comment-reply-link" href="#respond">پاسخ</a></article></li>`)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">پاسخ دهید</h3><form id="commentform"><p class="comment-notes">نشانی ایمیل شما منتشر نخواهد شد.</p><textarea id="comment" name="comment"></textarea><input type="submit" value="فرستادن دیدگاه"></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget popular"><h2 class="widget-title">پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://peivast.com/p/', Number(c.id) - 5200)}
</ol></section></aside></div>
<footer class="site-footer"><p>کلیه حقوق مادی و معنوی برای پیوست محفوظ است.</p><p><a href="https://peivast.com/about">درباره پیوست</a> <a href="https://peivast.com/ads">تبلیغات</a></p></footer>
<script src="https://peivast.com/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async></script>
</body>
</html>
`,
  },

  // Jahan-e Sanat daily: article:published_time (+03:30); visible Jalali AND Gregorian dates in the
  // top bar; print-edition line; rootitr; lead in .lead; <h3> subheadings; photo after paragraph
  // 2 with caption and credit; «بخوانید» box; «نسخه PDF»; comments.
  jahanesanat: {
    site: 'روزنامه جهان صنعت',
    boiler: ['کد خبر', 'بخوانید:', 'روزنامه جهان صنعت، شماره', 'اخبار مرتبط', 'پربیننده‌ترین', 'نظرات', 'کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه جهان صنعت است', 'نسخه PDF'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - روزنامه جهان صنعت</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="روزنامه جهان صنعت">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="${esc(c.a.kicker)}">
<meta property="og:image" content="https://jahanesanat.ir/files/fa/news/1404/11/${Number(c.d)}/${c.id}_0.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body class="news">
<div class="js-topbar"><span>${weekday(c)} ${faDate(c)}</span> <span>${gDate(c)}</span> <a href="https://jahanesanat.ir/newspaper">نسخه PDF</a> <a href="https://jahanesanat.ir/archive">آرشیو روزنامه</a></div>
<header class="js-header"><a href="https://jahanesanat.ir/"><img src="https://jahanesanat.ir/client/themes/fa/main/img/logo.png" alt="روزنامه جهان صنعت"></a>
<ul class="js-menu"><li><a href="https://jahanesanat.ir/fa/service/1">اقتصاد کلان</a></li><li><a href="https://jahanesanat.ir/fa/service/2">${esc(c.a.kicker)}</a></li><li><a href="https://jahanesanat.ir/fa/service/3">بازار سرمایه</a></li><li><a href="https://jahanesanat.ir/fa/service/4">انرژی</a></li><li><a href="https://jahanesanat.ir/fa/service/5">سیاست</a></li><li><a href="https://jahanesanat.ir/fa/service/6">جامعه</a></li></ul></header>
<div class="js-page">
 <article class="js-news">
  <div class="js-news-meta"><span>کد خبر: ${persian(c.id)}</span> <span>${faDate(c)} - ${faTime(c)}</span> <span class="print">روزنامه جهان صنعت، شماره ${persian(5214)}، صفحه ${persian(4)}</span></div>
  <div class="rutitr">بحران زمستانی صنایع</div>
  <h1 class="title">${esc(c.a.title)}</h1>
  <div class="byline">${esc(c.a.author ?? '')}</div>
  <p class="lead">${esc(c.a.lead ?? '')}</p>
  <div class="body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<div class="image"><img src="https://jahanesanat.ir/files/fa/news/1404/11/${Number(c.d)}/${c.id}_1.jpg" alt=""><div class="image-caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</div></div>`,
  `<div class="see-also"><b>بخوانید:</b> <a href="https://jahanesanat.ir/fa/news/${Number(c.id) - 146}">${esc(c.a.inline ?? '')}</a></div>`)}
  </div>
  <div class="tags">${tagLinks(c, 'https://jahanesanat.ir/fa/tags/', ' ')}</div>
 </article>
 <section class="box"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://jahanesanat.ir/fa/news/', Number(c.id) - 620)}
 </ul></section>
 <section class="box comments"><h2>نظرات</h2>
${comments(c, (n, t) => `<div class="cm"><b>${n}</b><p>${t}</p></div>`)}
  <form><textarea placeholder="نظر خود را بنویسید"></textarea><button>ارسال</button></form></section>
 <aside class="box most"><h2>پربیننده‌ترین</h2><ol>
${li(c.a.mostRead, 'https://jahanesanat.ir/fa/news/', Number(c.id) - 1700)}
 </ol></aside>
</div>
<footer class="js-footer">کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه جهان صنعت است.</footer>
</body>
</html>
`,
  },

  // Navad as a Next.js app: hashed CSS-module class names, the page data in __NEXT_DATA__ (with
  // publishedAt in UTC, milliseconds), no date meta; visible Jalali date; cover photo before the
  // lead; lead as a <p>; in-body «بیشتر بخوانید» card; tags; user comments with likes.
  navad: {
    site: 'نود',
    boiler: ['بیشتر بخوانید', 'دانلود اپلیکیشن نود', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'نظرات کاربران', 'تمامی حقوق این سایت متعلق به نود است', 'جدول لیگ برتر'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | نود</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://cdn.navad.net/news/${c.id}/cover.webp">
<meta property="og:type" content="article">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="preload" href="/_next/static/css/8f3a21c0d5e4b1a9.css" as="style">
<link rel="stylesheet" href="/_next/static/css/8f3a21c0d5e4b1a9.css" data-n-g="">
</head>
<body>
<div id="__next">
<header class="Header_root__Zq1xP"><a class="Header_logo__3kLmV" href="/"><img src="/images/navad-logo.svg" alt="نود"></a>
<nav class="Header_nav__9TzeR"><a href="/">خانه</a> <a href="/category/iran-football">فوتبال ایران</a> <a href="/category/world-football">فوتبال جهان</a> <a href="/league/persian-gulf-pro-league/table">جدول لیگ برتر</a> <a href="/videos">ویدیو</a> <a href="/live">نتایج زنده</a></nav>
<a class="Header_app__Kp0aW" href="/app">دانلود اپلیکیشن نود</a></header>
<main class="NewsDetail_root__fH2bQ">
 <article class="NewsDetail_article__a7Tn3">
  <div class="NewsDetail_category__Qx8mC"><a href="/category/iran-football">${esc(c.a.kicker)}</a></div>
  <h1 class="NewsDetail_title__x8K2a">${esc(c.a.title)}</h1>
  <div class="NewsDetail_meta__u2WcE"><span>${faDate(c)}، ${faTime(c)}</span> <span class="NewsDetail_views__L0pQs">${persian('18.4')} هزار بازدید</span></div>
  <figure class="NewsDetail_cover__p1RzS"><img alt="${esc(c.a.caption)}" src="/_next/image?url=https%3A%2F%2Fcdn.navad.net%2Fnews%2F${c.id}%2Fcover.webp&amp;w=1200&amp;q=75" width="1200" height="675"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
  <p class="NewsDetail_lead__Vb3yN">${esc(c.a.lead ?? '')}</p>
  <div class="NewsDetail_body__dK4sG">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<a class="RelatedCard_root__bN7eD" href="/news/${Number(c.id) - 57}"><span class="RelatedCard_label__Gx2Ha">بیشتر بخوانید</span><span class="RelatedCard_title__Yt5Qs">${esc(c.a.inline ?? '')}</span></a>`)}
  </div>
  <div class="NewsDetail_tags__C6hVn">${tagLinks(c, '/tag/', ' ')}</div>
 </article>
 <section class="RelatedNews_root__W2kfE"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, '/news/', Number(c.id) - 410)}
 </ul></section>
 <section class="Comments_root__sY8hD"><h3>نظرات کاربران</h3>
${comments(c, (n, t, k) => `<div class="Comments_item__D1oqA"><div class="Comments_user__p9RkZ">${n}</div><p>${t}</p><span class="Comments_likes__vN3xB">${persian(41 - k * 17)} 👍</span></div>`)}
 </section>
 <aside class="MostViewed_root__Mh5tF"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 990)}
 </ol></aside>
</main>
<footer class="Footer_root__e4GgS"><p>تمامی حقوق این سایت متعلق به نود است.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({
  props: { pageProps: { news: { id: Number(c.id), title: c.a.title, lead: c.a.lead, category: { slug: 'iran-football', title: c.a.kicker }, publishedAt: utcIsoMs(c), tags: c.a.tags } }, __N_SSP: true },
  page: '/news/[id]/[slug]', query: { id: c.id }, buildId: 'Jk2q9XbLr0TnW4sVYa7cE', isFallback: false, gssp: true, scriptLoader: [],
}).replace(/</g, '\\u003c')}</script>
</body>
</html>
`,
  },

  // Khabar Jonoub on an old ASP.NET WebForms CMS: <form> with __VIEWSTATE, ctl00_… ids, table
  // layout; NO date metadata, only the visible numeric Jalali date; lead in a span; the photo
  // between lead and body with a caption line; «نسخه چاپی», «ارسال به دوستان»; comments with a count.
  khabarjonoub: {
    site: 'خبر جنوب',
    boiler: ['کد خبر', 'نسخه چاپی', 'ارسال به دوستان', 'اخبار مرتبط', 'پربیننده‌ترین‌ها', 'نظرات بینندگان', 'کلیه حقوق این سایت متعلق به روزنامه خبر جنوب می‌باشد', 'تاریخ انتشار'],
    render: (c) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head id="ctl00_Head1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>خبر جنوب - ${esc(c.a.title)}</title>
<meta name="keywords" content="${esc(c.a.tags.join(','))}" />
<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
</head>
<body>
<form name="aspnetForm" method="post" action="./NewsDetail.aspx?id=${c.id}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUJ2K7YqNixINis2YbZiNioZGQCAw8PFgIfAAUK${c.id}ZGRk" /></div>
<table id="main-table" width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td id="header" colspan="2"><a href="/"><img src="/images/logo-khabarjonoub.gif" alt="خبر جنوب" /></a> <span class="slogan">روزنامه صبح استان فارس</span> <span id="ctl00_lblDate" class="date">${weekday(c)} ${faNumDate(c)}</span></td></tr>
<tr><td id="menu" colspan="2"><a href="/">صفحه اصلی</a> | <a href="/NewsList.aspx?cat=1">سیاسی</a> | <a href="/NewsList.aspx?cat=2">اقتصادی</a> | <a href="/NewsList.aspx?cat=3">${esc(c.a.kicker)}</a> | <a href="/NewsList.aspx?cat=4">شهرستان‌ها</a> | <a href="/NewsList.aspx?cat=5">فرهنگی</a> | <a href="/NewsList.aspx?cat=6">ورزشی</a> | <a href="/Archive.aspx">آرشیو</a></td></tr>
<tr><td id="content" valign="top">
 <div class="news-detail">
  <span id="ctl00_ContentPlaceHolder1_lblCode" class="code">کد خبر: ${persian(c.id)}</span> <span id="ctl00_ContentPlaceHolder1_lblDate" class="news-date">تاریخ انتشار: ${faNumDate(c)} ساعت ${faTime(c)}</span>
  <h1><span id="ctl00_ContentPlaceHolder1_lblTitle">${esc(c.a.title)}</span></h1>
  <span id="ctl00_ContentPlaceHolder1_lblLead" class="lead">${esc(c.a.lead ?? '')}</span>
  <div class="news-image"><img id="ctl00_ContentPlaceHolder1_imgNews" src="/Images/News/1404/11/${c.id}.jpg" alt="" /><br /><span id="ctl00_ContentPlaceHolder1_lblImageCaption" class="caption">${esc(c.a.caption)} (${esc(c.a.credit)})</span></div>
  <div id="ctl00_ContentPlaceHolder1_divBody" class="body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<p><b>${t}</b></p>`, '',
  `<p class="related-inline">مطلب مرتبط: <a href="/NewsDetail.aspx?id=${Number(c.id) - 88}">${esc(c.a.inline ?? '')}</a></p>`)}
  </div>
  <div class="tools"><a href="/Print.aspx?id=${c.id}">نسخه چاپی</a> | <a href="/SendToFriend.aspx?id=${c.id}">ارسال به دوستان</a> | برچسب‌ها: ${tagLinks(c, '/Tag.aspx?t=', '، ')}</div>
 </div>
 <div class="box"><div class="box-title">اخبار مرتبط</div><ul>
${li(c.a.related, '/NewsDetail.aspx?id=', Number(c.id) - 300)}
 </ul></div>
 <div class="box comments"><div class="box-title">نظرات بینندگان (${persian(c.a.comments.length)})</div>
${comments(c, (n, t) => `<table class="comment"><tr><td class="comment-name">${n}</td><td class="comment-date">${faNumDate(c)}</td></tr><tr><td colspan="2">${t}</td></tr></table>`)}
  <div class="comment-form">نام: <input name="ctl00$ContentPlaceHolder1$txtName" type="text" /> نظر: <textarea name="ctl00$ContentPlaceHolder1$txtComment"></textarea> <input type="submit" value="ارسال نظر" /></div></div>
</td>
<td id="side" valign="top"><div class="box"><div class="box-title">پربیننده‌ترین‌ها</div><ul>
${li(c.a.mostRead, '/NewsDetail.aspx?id=', Number(c.id) - 900)}
</ul></div></td></tr>
<tr><td id="footer" colspan="2">کلیه حقوق این سایت متعلق به روزنامه خبر جنوب می‌باشد. | شیراز، خیابان زند</td></tr>
</table>
</form>
</body>
</html>
`,
  },

  // Sobh-e No daily: no date meta; the date only on a visible <time datetime> (+03:30); uptitle,
  // lead in .news-lead, byline, <figure> after paragraph 1 with credit, «بیشتر بخوانید» box,
  // print-edition line after the body, tags, comments.
  sobheno: {
    site: 'روزنامه صبح نو',
    boiler: ['شناسه خبر', 'بیشتر بخوانید', 'این مطلب در شماره', 'اخبار مرتبط', 'پربازدیدترین', 'دیدگاه خود را بنویسید', 'تمامی حقوق برای روزنامه صبح نو محفوظ است', 'صفحه نخست'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | صبح نو</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="روزنامه صبح نو">
<meta property="og:image" content="https://sobhenews.ir/uploads/news/${c.id}/main.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<header class="sn-head"><a class="sn-logo" href="https://sobhenews.ir/"><img src="https://sobhenews.ir/assets/logo-sobheno.svg" alt="صبح نو"></a>
<nav class="sn-nav"><a href="https://sobhenews.ir/">صفحه نخست</a> <a href="https://sobhenews.ir/section/politics">${esc(c.a.kicker)}</a> <a href="https://sobhenews.ir/section/economy">اقتصاد</a> <a href="https://sobhenews.ir/section/society">جامعه</a> <a href="https://sobhenews.ir/section/world">جهان</a> <a href="https://sobhenews.ir/section/culture">فرهنگ</a> <a href="https://sobhenews.ir/pdf">نسخه کاغذی</a></nav></header>
<div class="sn-wrap">
<article class="sn-article">
 <div class="sn-uptitle">صحن علنی بهارستان</div>
 <h1>${esc(c.a.title)}</h1>
 <div class="sn-meta"><span>شناسه خبر: ${persian(c.id)}</span> <time datetime="${c.iso}">${weekday(c)} ${faDate(c)}، ساعت ${faTime(c)}</time> <span class="sn-by">${esc(c.a.author ?? '')}</span></div>
 <p class="news-lead">${esc(c.a.lead ?? '')}</p>
 <div class="sn-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<figure><img src="https://sobhenews.ir/uploads/news/${c.id}/main.jpg" alt=""><figcaption>${esc(c.a.caption)} <span>${esc(c.a.credit)}</span></figcaption></figure>`,
  `<div class="sn-more"><span>بیشتر بخوانید</span> <a href="https://sobhenews.ir/news/${Number(c.id) - 412}">${esc(c.a.inline ?? '')}</a></div>`)}
 </div>
 <p class="sn-print">این مطلب در شماره ${persian(3317)} روزنامه صبح نو، صفحه ${persian(2)} منتشر شده است.</p>
 <div class="sn-tags">${tagLinks(c, 'https://sobhenews.ir/tag/', ' ')}</div>
</article>
<section class="sn-box"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://sobhenews.ir/news/', Number(c.id) - 870)}
</ul></section>
<section class="sn-box sn-comments"><h2>دیدگاه خود را بنویسید</h2>
${comments(c, (n, t) => `<div class="sn-c"><strong>${n}</strong><p>${t}</p></div>`)}
<form><input placeholder="نام"><textarea></textarea><button>ثبت دیدگاه</button></form></section>
<aside class="sn-box"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, 'https://sobhenews.ir/news/', Number(c.id) - 2100)}
</ol></aside>
</div>
<footer class="sn-foot">تمامی حقوق برای روزنامه صبح نو محفوظ است.</footer>
</body>
</html>
`,
  },

  // Ham-Mihan daily: microdata with the date on an invisible <meta itemprop="datePublished">
  // (+03:30); the visible date has no time; print-edition line and byline; lead as .lead with
  // itemprop="description"; itemprop="articleBody"; <figure> after paragraph 1; «بخوانید» link;
  // no comments.
  hammihan: {
    site: 'روزنامه هم‌میهن',
    boiler: ['کد مطلب', 'بخوانید:', 'روزنامه هم‌میهن، شماره', 'مطالب مرتبط', 'بیشترین بازدید', 'همه حقوق برای روزنامه هم‌میهن محفوظ است', 'اشتراک روزنامه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - هم‌میهن</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="روزنامه هم‌میهن">
<meta property="og:image" content="https://hammihanonline.ir/images/${c.id}.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body class="hm">
<header class="hm-header"><div class="hm-strip"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://hammihanonline.ir/subscribe">اشتراک روزنامه</a></div>
<a href="https://hammihanonline.ir/"><img src="https://hammihanonline.ir/img/hammihan-logo.svg" alt="هم‌میهن"></a>
<ul class="hm-nav"><li><a href="https://hammihanonline.ir/politics">سیاست</a></li><li><a href="https://hammihanonline.ir/economy">اقتصاد</a></li><li><a href="https://hammihanonline.ir/society">جامعه</a></li><li><a href="https://hammihanonline.ir/culture">${esc(c.a.kicker)}</a></li><li><a href="https://hammihanonline.ir/world">جهان</a></li><li><a href="https://hammihanonline.ir/opinion">دیدگاه</a></li></ul></header>
<main class="hm-main">
<article itemscope itemtype="https://schema.org/NewsArticle">
 <meta itemprop="datePublished" content="${c.iso}">
 <meta itemprop="mainEntityOfPage" content="${esc(c.a.url)}">
 <span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="روزنامه هم‌میهن"></span>
 <div class="hm-kicker">${esc(c.a.kicker)}</div>
 <h1 itemprop="headline">${esc(c.a.title)}</h1>
 <div class="hm-meta"><span class="code">کد مطلب: ${persian(c.id)}</span> <span>${faDate(c)}</span> <span class="print">روزنامه هم‌میهن، شماره ${persian(728)}، صفحه ${persian(8)}</span> <span itemprop="author">${esc(c.a.author ?? '')}</span></div>
 <p class="lead" itemprop="description">${esc(c.a.lead ?? '')}</p>
 <div class="hm-body" itemprop="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<figure class="hm-fig"><img itemprop="image" src="https://hammihanonline.ir/images/${c.id}-1.jpg" alt=""><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>`,
  `<p class="hm-also"><b>بخوانید:</b> <a href="https://hammihanonline.ir/fa/news/${Number(c.id) - 54}">${esc(c.a.inline ?? '')}</a></p>`)}
 </div>
 <div class="hm-tags">${tagLinks(c, 'https://hammihanonline.ir/tag/', ' ')}</div>
</article>
<section class="hm-box"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://hammihanonline.ir/fa/news/', Number(c.id) - 360)}
</ul></section>
<aside class="hm-box"><h2>بیشترین بازدید</h2><ol>
${li(c.a.mostRead, 'https://hammihanonline.ir/fa/news/', Number(c.id) - 1500)}
</ol></aside>
</main>
<footer class="hm-footer">همه حقوق برای روزنامه هم‌میهن محفوظ است.</footer>
</body>
</html>
`,
  },

  // A local news blog on Blogger (Simple theme): the blog's name is the <h1>, the post title an
  // <h3 class="post-title">; the visible date header is GREGORIAN («پنجشنبه ۱۲ فوریه ۲۰۲۶»);
  // the post time sits in <abbr class="published" itemprop="datePublished" title="…+03:30">;
  // paragraphs as <div dir="rtl">; photo in a tr-caption-container table; «مطلب مرتبط:» line;
  // labels, share buttons, Blogger comments, blog pager, popular posts, archive widget.
  blogger: {
    site: 'خبرنامه سردشت',
    boiler: ['ارسال شده توسط', 'مطلب مرتبط:', 'اشتراک‌گذاری در X', 'پست‌های محبوب', 'بایگانی وبلاگ', 'پست قدیمی‌تر', 'طرح زمینه ساده. ارائه شده توسط', 'اشتراک در:'],
    render: (c) => `<!DOCTYPE html>
<html class="v2" dir="rtl" lang="fa" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<link href="https://sardashtnews.blogspot.com/favicon.ico" rel="icon" type="image/x-icon">
<link href="${esc(c.a.url)}" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="خبرنامه سردشت - Atom" href="https://sardashtnews.blogspot.com/feeds/posts/default">
<link rel="service.post" type="application/atom+xml" title="خبرنامه سردشت - Atom" href="https://www.blogger.com/feeds/5129473306158827410/posts/default">
<meta content="${esc(c.a.url)}" property="og:url">
<meta content="${esc(c.a.title)}" property="og:title">
<meta content="${esc(c.a.paras[0].slice(0, 140))}" property="og:description">
<title>خبرنامه سردشت: ${esc(c.a.title)}</title>
<style id="page-skin-1" type="text/css">body{font:normal normal 14px Tahoma,Arial,sans-serif;color:#222;background:#f5f5f5}.post-title{font-size:22px}.date-header span{background:#999;color:#fff;padding:.4em}</style>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar"><div class="widget Navbar" data-version="1" id="Navbar1"><script type="text/javascript">window.navbarReady = true;</script></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="region-inner header-inner"><div class="header section" id="header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://sardashtnews.blogspot.com/">خبرنامه سردشت</a></h1></div><div class="descriptionwrapper"><p class="description"><span>اخبار و رویدادهای شهرستان سردشت و روستاهای آن</span></p></div></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" data-version="1" id="PageList1"><ul><li class="selected"><a href="https://sardashtnews.blogspot.com/">صفحهٔ اصلی</a></li><li><a href="https://sardashtnews.blogspot.com/p/about.html">درباره ما</a></li><li><a href="https://sardashtnews.blogspot.com/search/label/%D8%A2%D9%85%D9%88%D8%B2%D8%B4">آموزش</a></li><li><a href="https://sardashtnews.blogspot.com/search/label/%D8%B1%D9%88%D8%B3%D8%AA%D8%A7">روستاها</a></li></ul></div></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1">
<div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>${weekday(c)} ${gDate(c)}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh${c.id}/s640/school-heater.jpg" itemprop="image_url">
<meta content="5129473306158827410" itemprop="blogId">
<meta content="${c.id}" itemprop="postId">
<a name="${c.id}"></a>
<h3 class="post-title entry-title" itemprop="name">${esc(c.a.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-${c.id}" itemprop="description articleBody">
${bodyHtml(c, (t) => `<div dir="rtl" style="text-align: justify;">${t}</div><div dir="rtl" style="text-align: justify;"><br /></div>`, (t) => `<div dir="rtl"><b>${t}</b></div>`,
  `<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh${c.id}/s1600/school-heater.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="720" data-original-width="1080" height="426" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh${c.id}/s640/school-heater.jpg" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${esc(c.a.caption)}<br />${esc(c.a.credit)}</td></tr></tbody></table>`,
  `<div dir="rtl" style="text-align: justify;"><b>مطلب مرتبط:</b> <a href="https://sardashtnews.blogspot.com/2026/01/blog-post_27.html">${esc(c.a.inline ?? '')}</a></div>`)}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">ارسال شده توسط <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/08812274650129934121" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/08812274650129934121" rel="author" title="author profile"><span itemprop="name">${esc(c.a.author ?? '')}</span></a></span></span> <span class="post-timestamp">در <meta content="${esc(c.a.url)}" itemprop="url"><a class="timestamp-link" href="${esc(c.a.url)}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="${c.iso}">${blogTime(c)}</abbr></a></span> <span class="post-comment-link"></span> <span class="post-icons"><span class="item-control blog-admin pid-1377052614"><a href="https://www.blogger.com/post-edit.g?blogID=5129473306158827410&amp;postID=${c.id}&amp;from=pencil" title="ویرایش پست"><img alt="" class="icon-action" height="18" src="https://resources.blogblog.com/img/icon18_edit_allbkg.gif" width="18"></a></span></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=5129473306158827410&amp;postID=${c.id}&amp;target=email" target="_blank" title="ارسال ایمیل این پست"><span class="share-button-link-text">ارسال ایمیل این پست</span></a><a class="goog-inline-block share-button sb-blog" href="https://www.blogger.com/share-post.g?blogID=5129473306158827410&amp;postID=${c.id}&amp;target=blog" target="_blank" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="https://www.blogger.com/share-post.g?blogID=5129473306158827410&amp;postID=${c.id}&amp;target=twitter" target="_blank" title="اشتراک‌گذاری در X"><span class="share-button-link-text">اشتراک‌گذاری در X</span></a><a class="goog-inline-block share-button sb-facebook" href="https://www.blogger.com/share-post.g?blogID=5129473306158827410&amp;postID=${c.id}&amp;target=facebook" target="_blank" title="هم‌رسانی در Facebook"><span class="share-button-link-text">هم‌رسانی در Facebook</span></a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">برچسب‌ها: ${c.a.tags.map((t) => `<a href="https://sardashtnews.blogspot.com/search/label/${encodeURIComponent(t)}" rel="tag">${esc(t)}</a>`).join(',\n')}</span></div></div>
</div>
<div class="comments" id="comments"><a name="comments"></a><h4>${persian(c.a.comments.length)} نظر:</h4><div class="comments-content"><div id="comment-holder">
${comments(c, (n, t, k) => `<div class="comment-thread"><ol><li class="comment" id="c${6120934 + k}"><div class="comment-block"><div class="comment-header"><cite class="user">${n}</cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="${esc(c.a.url)}?showComment=${1770915000000 + k * 391000}#c${6120934 + k}">${gDate(c)}</a></span></div><p class="comment-content">${t}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">پاسخ</a></span></div></li></ol></div>`)}
</div></div>
<p class="comment-footer"></p><div class="comment-form"><a name="comment-form"></a><p>نظر خود را درباره این خبر بنویسید. نظرات توهین‌آمیز منتشر نمی‌شود.</p><a href="https://www.blogger.com/comment/frame/5129473306158827410?po=${c.id}&amp;hl=fa" id="comment-editor-src"></a><iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div>
</div>
</div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="https://sardashtnews.blogspot.com/2026/02/blog-post_13.html" id="Blog1_blog-pager-newer-link" title="پست جدیدتر">پست جدیدتر</a></span> <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="https://sardashtnews.blogspot.com/2026/02/blog-post_10.html" id="Blog1_blog-pager-older-link" title="پست قدیمی‌تر">پست قدیمی‌تر</a></span> <a class="home-link" href="https://sardashtnews.blogspot.com/">صفحهٔ اصلی</a></div>
<div class="post-feeds"><div class="feed-links">اشتراک در: <a class="feed-link" href="https://sardashtnews.blogspot.com/feeds/${c.id}/comments/default" target="_blank" type="application/atom+xml">نظرات پست (Atom)</a></div></div>
</div></div></div></div></div>
<div class="column-left-outer"><div class="column-left-inner"><aside><div class="sidebar section" id="sidebar-left-1">
<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>پست‌های محبوب</h2><div class="widget-content popular-posts"><ul>
${c.a.mostRead.map((t, i) => `<li><div class="item-title"><a href="https://sardashtnews.blogspot.com/2026/0${1 + (i % 2)}/blog-post_${10 + i * 3}.html">${esc(t)}</a></div></li>`).join('\n')}
</ul></div></div>
<div class="widget Feed" data-version="1" id="Feed1"><h2>تازه‌ترین پست‌ها</h2><div class="widget-content"><ul>
${c.a.related.map((t, i) => `<li><span class="item-title"><a href="https://sardashtnews.blogspot.com/2026/02/blog-post_0${2 + i * 2}.html">${esc(t)}</a></span></li>`).join('\n')}
</ul></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>بایگانی وبلاگ</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="https://sardashtnews.blogspot.com/2026/">۲۰۲۶</a> <span class="post-count" dir="ltr">(${persian(31)})</span><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="https://sardashtnews.blogspot.com/2026/02/">فوریه</a> <span class="post-count" dir="ltr">(${persian(9)})</span></li><li class="archivedate collapsed"><a class="post-count-link" href="https://sardashtnews.blogspot.com/2026/01/">ژانویه</a> <span class="post-count" dir="ltr">(${persian(22)})</span></li></ul></li><li class="archivedate collapsed"><a class="post-count-link" href="https://sardashtnews.blogspot.com/2025/">۲۰۲۵</a> <span class="post-count" dir="ltr">(${persian(264)})</span></li></ul></div></div>
<div class="widget Profile" data-version="1" id="Profile1"><h2>درباره من</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/08812274650129934121">${esc(c.a.author ?? '')}</a></dt><dd class="profile-textblock">خبرنگار محلی؛ از سال ۱۳۹۴ اخبار سردشت را اینجا می‌نویسم.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/08812274650129934121" rel="author">مشاهده نمایه کامل من</a></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">طرح زمینه ساده. ارائه شده توسط <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350028-widgets.js"></script>
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
    name: 'zeitoons-golestan-leopard-road', site: 'zeitoons', photoAt: 1, inlineAt: 4, author: 'مهسا کریمیان',
    inline: 'مرگ دو توله یوز در جاده میامی؛ هشداری که شنیده نشد',
    url: 'https://www.zeitoons.com/128457',
    title: 'چهاردهمین پلنگ هم در جاده پارک ملی گلستان تلف شد',
    kicker: 'محیط زیست', date: '۴ بهمن ۱۴۰۴ - ۱۱:۲۰',
    lead: 'تصادف یک پلنگ ماده در جاده آسیایی داخل پارک ملی گلستان در بامداد پنجشنبه، شمار پلنگ‌هایی را که از سال ۱۳۹۳ در این جاده تلف شده‌اند به ۱۴ قلاده رساند؛ در حالی که مسیر جایگزینی که قرار بود ترافیک سنگین را از پارک بیرون ببرد، پس از چهار سال هنوز به نیمه هم نرسیده است.',
    paras: [
      'به گزارش زیتون، لاشه این پلنگ حدود ساعت ۵ صبح در کیلومتر ۳۸ جاده، نزدیک پاسگاه تنگراه، به دست محیط‌بانان پیدا شد. بررسی‌های اولیه نشان می‌دهد این حیوان سه تا چهار ساله بوده و هنگام عبور از عرض جاده با یک خودروی سواری برخورد کرده است.',
      'ناصر قلی‌پور، مدیرکل حفاظت محیط زیست استان گلستان، در گفت‌وگو با زیتون گفت: از ابتدای امسال ۹۶ حیوان وحشی در این جاده تلف شده‌اند که ۲۳ مورد آن از گونه‌های حمایت‌شده بوده‌اند. روزانه بیش از ۱۲ هزار خودرو از جاده‌ای عبور می‌کنند که از وسط زیستگاه پلنگ، مرال و شوکا می‌گذرد.',
      'وی افزود: سرعت‌گیرها و دوربین‌هایی که سه سال پیش نصب شد، سرعت متوسط خودروها را از ۹۵ به ۷۲ کیلومتر در ساعت رساند، اما بسیاری از رانندگان پس از عبور از محدوده دوربین‌ها دوباره پا روی گاز می‌گذارند.',
      'بر اساس مصوبه سال ۱۴۰۰ شورای عالی محیط زیست، قرار بود ترافیک سنگین به مسیر جایگزین جنوبی به طول ۱۰۶ کیلومتر منتقل شود و ۵۴ کیلومتر از جاده فعلی که از داخل پارک می‌گذرد، فقط به روی خودروهای سبک باز بماند. به گفته قلی‌پور، برآورد هزینه تکمیل این مسیر اکنون به ۴ هزار و ۸۰۰ میلیارد تومان رسیده و پیشرفت فیزیکی آن تنها ۱۸ درصد است.',
      'اسماعیل رحیم‌زاده، معاون عمرانی استاندار گلستان، اما کمبود اعتبار را دلیل اصلی کندی کار می‌داند. او روز دوشنبه در جلسه شورای ترافیک استان تأکید کرد: سهم این پروژه از بودجه سال جاری فقط ۲۱۰ میلیارد تومان بوده که حتی برای آسفالت ۱۰ کیلومتر از مسیر هم کافی نیست. بدون کمک ملی، این طرح تا پنج سال دیگر هم تمام نمی‌شود.',
      'محیط‌بانان پارک نیز از کمبود نیرو گله دارند. یکی از محیط‌بانان پاسگاه تنگراه که نخواست نامش فاش شود، به زیتون گفت برای پارکی با وسعت ۸۷ هزار هکتار تنها ۳۲ محیط‌بان در پاسگاه‌ها حضور دارند و گشت شبانه در جاده عملاً ممکن نیست.',
      'فرزانه ملکی، پژوهشگر حیات‌وحش، خاطرنشان کرد که جمعیت پلنگ در پارک ملی گلستان حدود ۴۰ قلاده برآورد می‌شود و مرگ هر پلنگ ماده برای چنین جمعیت کوچکی ضربه‌ای جدی است. او خواستار ساخت دست‌کم ۶ زیرگذر حیات‌وحش در نقاطی شد که جانوران بیشترین عبور را از جاده دارند.',
      'اداره کل حفاظت محیط زیست گلستان نیز اعلام کرد پرونده این تصادف برای شناسایی راننده به پلیس راه استان سپرده شده است. پارک ملی گلستان، نخستین پارک ملی ایران، از دهه ۱۳۵۰ ذخیره‌گاه زیست‌کره یونسکو است.',
    ],
    tags: ['پلنگ ایرانی', 'پارک ملی گلستان', 'جاده آسیایی', 'حیات‌وحش'],
    caption: 'تابلوی هشدار عبور حیات‌وحش در جاده آسیایی، محدوده پارک ملی گلستان', credit: 'عکس: آرشیو زیتون',
    related: ['تلف شدن سه مرال در تصادف‌های پاییز', 'آتش‌سوزی جنگل‌های گلستان پس از ۳۰ ساعت مهار شد', 'سرشماری زمستانه پرندگان آبزی آغاز شد'],
    mostRead: ['افزایش حقوق کارمندان در بودجه ۱۴۰۵', 'جزئیات ثبت‌نام وام ودیعه مسکن', 'آلودگی هوا و تعطیلی مدارس تهران', 'قیمت بلیت هواپیما برای نوروز'],
    comments: [['سارا', 'هر سال همین خبر را می‌خوانیم و هیچ اتفاقی نمی‌افتد.'], ['مسافر جاده', 'دوربین‌ها فقط چند کیلومتر را پوشش می‌دهند.']],
    speakers: [
      { name: 'ناصر قلی‌پور', role: 'مدیرکل حفاظت محیط زیست استان گلستان', also_called: ['وی', 'قلی‌پور'], statements: 3 },
      { name: 'اسماعیل رحیم‌زاده', role: 'معاون عمرانی استاندار گلستان', also_called: ['او'], statements: 2 },
      { name: 'فرزانه ملکی', role: 'پژوهشگر حیات‌وحش', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['یکی از محیط‌بانان پاسگاه تنگراه', 'اداره کل حفاظت محیط زیست گلستان', 'پلیس راه استان'],
    figures: [
      { value: 14, unit: 'قلاده', kind: 'count', about: 'پلنگ‌های تلف‌شده در جاده از ۱۳۹۳ (lead)' },
      { value: 96, unit: 'حیوان', kind: 'count', about: 'حیوانات وحشی تلف‌شده از ابتدای امسال' },
      { value: 23, unit: 'مورد', kind: 'count', about: 'گونه‌های حمایت‌شده در میان تلفات' },
      { value: 12000, unit: 'خودرو', kind: 'count', about: '«بیش از ۱۲ هزار خودرو» عبور روزانه' },
      { value: 95, unit: 'کیلومتر در ساعت', kind: 'measure', about: 'سرعت متوسط پیش از دوربین‌ها' },
      { value: 72, unit: 'کیلومتر در ساعت', kind: 'measure', about: 'سرعت متوسط پس از دوربین‌ها' },
      { value: 106, unit: 'کیلومتر', kind: 'measure', about: 'طول مسیر جایگزین جنوبی' },
      { value: 54, unit: 'کیلومتر', kind: 'measure', about: 'طول جاده داخل پارک' },
      { value: 4800000000000, unit: 'تومان', kind: 'money', about: '«۴ هزار و ۸۰۰ میلیارد تومان» هزینه تکمیل مسیر' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'پیشرفت فیزیکی مسیر جایگزین' },
      { value: 210000000000, unit: 'تومان', kind: 'money', about: 'سهم پروژه از بودجه امسال' },
      { value: 10, unit: 'کیلومتر', kind: 'measure', about: 'آسفالتی که بودجه برای آن کافی نیست' },
      { value: 87000, unit: 'هکتار', kind: 'measure', about: 'وسعت پارک' },
      { value: 32, unit: 'محیط‌بان', kind: 'count', about: 'محیط‌بانان پاسگاه‌ها' },
      { value: 40, unit: 'قلاده', kind: 'count', about: 'جمعیت برآوردی پلنگ پارک' },
      { value: 6, unit: 'زیرگذر', kind: 'count', about: '«دست‌کم ۶ زیرگذر» حیات‌وحش' },
    ],
    figures_never: ['«ساعت ۵ صبح»: time', '«کیلومتر ۳۸»: a road marker, not a length', '«سه تا چهار ساله»: age', '«چهار سال», «سه سال پیش», «پنج سال دیگر»: durations', '«سال ۱۳۹۳», «سال ۱۴۰۰», «دهه ۱۳۵۰»: years', '«یک پلنگ ماده», «یک خودروی سواری»: lone «یک»', '«چهاردهمین» (title), «نخستین پارک ملی»: ordinals'],
    notes: [
      'Environment report on a news site whose only date metadata is a JSON-LD NewsArticle (Zeitoons: surtitle, summary paragraph as lead, <figure> after paragraph 2 with «عکس:» credit, in-body «بیشتر بخوانید» aside, comments with a count).',
      'statements: Gholipour: «گفت:» (two-sentence quote, once), «وی افزود:», «به گفته قلی‌پور» = 3; Rahimzadeh: «اما کمبود اعتبار را دلیل اصلی کندی کار می‌داند» (a stated view, like «معتقد است»), «او … تأکید کرد:» (multi-sentence quote, once) = 2; Maleki: «خاطرنشان کرد که …», «او خواستار … شد» = 2.',
      'The ranger («یکی از محیط‌بانان … به زیتون گفت») is quoted but unnamed; the provincial environment office («اعلام کرد») and the road police are organizations. «چهاردهمین» in the title matches «۱۴ قلاده» in the lead but is an ordinal.',
    ],
  },
  {
    name: 'peivast-mobile-internet-tariff', site: 'peivast', photoAt: 0, inlineAt: 3, author: 'سارا نوروزی',
    inline: 'سرعت اینترنت ثابت ایران در رتبه‌بندی جهانی کجاست؟',
    url: 'https://peivast.com/p/213874',
    title: 'تعرفه اینترنت همراه ۳۴ درصد گران شد؛ اپراتورها هنوز از زیان می‌گویند',
    kicker: 'ارتباطات', date: '۷ بهمن ۱۴۰۴ - ۱۸:۰۵',
    lead: 'کمیسیون تنظیم مقررات ارتباطات با افزایش ۳۴ درصدی تعرفه بسته‌های اینترنت همراه موافقت کرد. قیمت‌های جدید از اول اسفند اعمال می‌شود و اپراتورها می‌گویند حتی با این افزایش هم اینترنت را زیر قیمت تمام‌شده می‌فروشند.',
    paras: [
      'به گزارش پیوست، بر اساس مصوبه جلسه ۳۹۸ کمیسیون تنظیم مقررات ارتباطات، میانگین قیمت هر گیگابایت اینترنت همراه در بسته‌های ماهانه از ۱۴ هزار و ۵۰۰ تومان به حدود ۱۹ هزار و ۴۰۰ تومان می‌رسد. تعرفه بسته‌های یک‌روزه و هفتگی نیز تا ۴۰ درصد بالا می‌رود.',
      'مهدی سپهرآرا، سخنگوی سازمان تنظیم مقررات و ارتباطات رادیویی، در توضیح این مصوبه گفت: تعرفه اینترنت همراه از سال ۱۴۰۲ تغییری نکرده بود، در حالی که در همین مدت هزینه تجهیزات شبکه بیش از دو برابر شده است. اپراتورها موظف شده‌اند دست‌کم ۶۰ درصد درآمد حاصل از افزایش تعرفه را صرف توسعه و بهبود کیفیت شبکه کنند.',
      'وی افزود: مشترکانی که ماهانه کمتر از ۵ گیگابایت مصرف دارند، یعنی حدود ۴۵ درصد کاربران، می‌توانند همچنان از بسته‌های حمایتی با قیمت قبلی استفاده کنند.',
      'همراه اول و ایرانسل اما در اطلاعیه‌هایی جداگانه اعلام کردند قیمت فروش اینترنت حتی پس از این افزایش حدود ۲۰ درصد پایین‌تر از قیمت تمام‌شده است. به گفته این دو اپراتور، ترافیک داده شبکه همراه کشور در سال گذشته از ۱۱ هزار پتابایت گذشته است.',
      'بر اساس آمار سازمان تنظیم مقررات، ضریب نفوذ اینترنت همراه در کشور اکنون ۱۰۸ درصد است.',
      'علیرضا دهقانی‌فرد، عضو کمیسیون صنایع و معادن مجلس، در واکنش به این مصوبه در شبکه ایکس نوشت: گران کردن اینترنت بدون تضمین کیفیت، فقط جیب مردم را هدف گرفته است. او از وزیر ارتباطات خواست گزارش هزینه‌کرد درآمد افزایش تعرفه قبلی را منتشر کند.',
      'پیوست درباره پیامدهای این تصمیم با نسترن امیری، پژوهشگر اقتصاد ارتباطات، گفت‌وگو کرده است.',
      'Q: این افزایش برای کاربران چه معنایی دارد؟',
      'برای یک کاربر معمولی یعنی ماهانه بین ۷۰ تا ۹۰ هزار تومان هزینه بیشتر. اما مسئله اصلی کیفیت است؛ سرعت متوسط اینترنت همراه در ایران حدود ۲۵ مگابیت بر ثانیه است و اگر این پول واقعاً صرف شبکه شود، کاربر شاید افزایش قیمت را بپذیرد.',
      'Q: تضمینی برای این هزینه‌کرد وجود دارد؟',
      'تجربه گذشته خوش‌بینانه نیست. در افزایش تعرفه قبلی هم همین تعهد از اپراتورها گرفته شد، اما هیچ گزارشی از نحوه خرج آن منتشر نشد. رگولاتور باید هر سه ماه یک بار گزارشی عمومی از سرمایه‌گذاری اپراتورها منتشر کند.',
    ],
    tags: ['اینترنت همراه', 'تعرفه', 'رگولاتوری', 'همراه اول', 'ایرانسل'],
    caption: 'دکل مخابراتی یک اپراتور تلفن همراه در تهران', credit: 'عکس: پیوست',
    related: ['ایرانسل ۱۴۰۰ سایت نسل پنجم جدید راه‌اندازی کرد', 'درآمد اپراتورها از دیتا در سال ۱۴۰۳ چقدر بود؟', 'طرح اینترنت طبقاتی دوباره روی میز'],
    mostRead: ['فهرست استارتاپ‌هایی که امسال جذب سرمایه کردند', 'قیمت گوشی‌های پرفروش در بازار', 'راهنمای ثبت‌نام در نمایشگاه الکامپ', 'کندی اینستاگرام؛ علت چیست؟'],
    comments: [['کاربر همراه', 'کیفیت اینترنت هیچ فرقی نکرده، فقط قیمت بالا رفته.']],
    speakers: [
      { name: 'مهدی سپهرآرا', role: 'سخنگوی سازمان تنظیم مقررات و ارتباطات رادیویی', also_called: ['وی'], statements: 2 },
      { name: 'علیرضا دهقانی‌فرد', role: 'عضو کمیسیون صنایع و معادن مجلس', also_called: ['او'], statements: 2 },
      { name: 'نسترن امیری', role: 'پژوهشگر اقتصاد ارتباطات', also_called: [], statements: 2 },
    ],
    speakers_never: ['همراه اول', 'ایرانسل', 'وزیر ارتباطات', 'کمیسیون تنظیم مقررات ارتباطات'],
    figures: [
      { value: 34, unit: 'درصد', kind: 'percent', about: 'افزایش تعرفه («۳۴ درصدی», lead)' },
      { value: 14500, unit: 'تومان', kind: 'money', about: 'قیمت قبلی هر گیگابایت' },
      { value: 19400, unit: 'تومان', kind: 'money', about: 'قیمت جدید هر گیگابایت («حدود ۱۹ هزار و ۴۰۰ تومان»)' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'افزایش بسته‌های یک‌روزه و هفتگی («تا ۴۰ درصد»)' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«بیش از دو برابر» هزینه تجهیزات' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم درآمد که باید صرف شبکه شود' },
      { value: 5, unit: 'گیگابایت', kind: 'measure', about: 'مرز مصرف ماهانه بسته‌های حمایتی' },
      { value: 45, unit: 'درصد', kind: 'percent', about: 'سهم کاربران کم‌مصرف' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'فاصله قیمت فروش با قیمت تمام‌شده' },
      { value: 11000, unit: 'پتابایت', kind: 'measure', about: 'ترافیک داده شبکه همراه در سال گذشته' },
      { value: 108, unit: 'درصد', kind: 'percent', about: 'ضریب نفوذ اینترنت همراه' },
      { value: 70000, unit: 'تومان', kind: 'money', about: 'هزینه بیشتر ماهانه، کف بازه' },
      { value: 90000, unit: 'تومان', kind: 'money', about: 'هزینه بیشتر ماهانه، سقف بازه' },
      { value: 25, unit: 'مگابیت بر ثانیه', kind: 'measure', about: 'سرعت متوسط اینترنت همراه' },
    ],
    figures_never: ['«جلسه ۳۹۸»: a session number', '«سال ۱۴۰۲», «اول اسفند»: a year and a date', '«هر گیگابایت»: the price basis', '«یک‌روزه», «هفتگی», «هر سه ماه یک بار»: package periods and a frequency', '«یک کاربر معمولی»: lone «یک»', '«این دو اپراتور»: anaphoric, not a count'],
    notes: [
      'Telecom news with a short interview on a WordPress site (Peivast: article:published_time and the visible <time class="entry-date" datetime> in UTC «+00:00», the same instant as the +03:30 gold; lead in an excerpt div; photo after paragraph 1; interview questions as bold paragraphs, which are body).',
      'statements: Sepehrara: «گفت:» (two-sentence quote, once), «وی افزود:» = 2; Dehghanifard: «در شبکه ایکس نوشت:», «از وزیر ارتباطات خواست …» = 2; Amiri: one per interview answer = 2 (the sentence introducing the interview, «… با نسترن امیری … گفت‌وگو کرده است», is not a statement).',
      'The operators («اعلام کردند», «به گفته این دو اپراتور», «اپراتورها می‌گویند» in the lead) and the regulator are organizations; the ICT minister is never named. «بین ۷۰ تا ۹۰ هزار تومان» gives both ends.',
    ],
  },
  {
    name: 'jahanesanat-steel-gas-cuts', site: 'jahanesanat', photoAt: 1, inlineAt: 4, author: 'گروه صنعت - مریم فتاحی',
    inline: 'جدول جدید محدودیت برق صنایع از هفته آینده',
    url: 'https://jahanesanat.ir/fa/news/562418/محدودیت-گاز-۴۲-درصد-ظرفیت-فولادسازی-را-از-مدار-خارج-کرد',
    title: 'محدودیت گاز ۴۲ درصد ظرفیت فولادسازی را از مدار خارج کرد',
    kicker: 'صنعت و معدن', date: '۱۱ بهمن ۱۴۰۴ - ۰۹:۰۰',
    lead: 'با تشدید محدودیت‌های زمستانی گاز، حدود ۴۲ درصد از ظرفیت واحدهای فولادسازی کشور در دی‌ماه متوقف ماند و تولید فولاد خام به کمترین رقم ماهانه در سه سال اخیر رسید.',
    paras: [
      'به گزارش جهان صنعت، بر اساس آمار انجمن تولیدکنندگان فولاد ایران، تولید فولاد خام در دی‌ماه با ۲۷ درصد کاهش نسبت به ماه مشابه سال قبل به یک میلیون و ۹۸۰ هزار تن رسید. تولید آهن اسفنجی نیز که بیشترین مصرف گاز را در زنجیره فولاد دارد، ۳۶ درصد افت کرد.',
      'بهرام نیک‌سرشت، دبیر انجمن تولیدکنندگان فولاد ایران، در گفت‌وگو با جهان صنعت گفت: واحدهای احیای مستقیم از اواسط آذر تنها ۳۰ درصد گاز مورد نیاز خود را دریافت می‌کنند. برآورد ما این است که هر روز توقف این واحدها حدود ۲ هزار میلیارد تومان به صنعت فولاد زیان می‌زند.',
      'نیک‌سرشت با اشاره به تعهدات صادراتی فولادسازان افزود: دست‌کم ۸۰۰ هزار تن از قراردادهای صادراتی زمستان در خطر است و برخی خریداران عراقی و افغانستانی سفارش‌های خود را به ترکیه و روسیه برده‌اند.',
      'در مقابل، محمدرضا آقاجانی، مدیرکل دفتر صنایع فلزی وزارت صنعت، معدن و تجارت، اظهار داشت: در روزهای سرد اولویت گاز با مصرف خانگی است و وزارت نفت چاره‌ای جز کاهش سهمیه صنایع ندارد. با این حال پیشنهاد داده‌ایم سهمیه فولادسازانی که نیروگاه اختصاصی یا خورشیدی احداث کرده‌اند، ۱۵ درصد افزایش یابد.',
      'به گفته آقاجانی، مصرف گاز بخش خانگی و تجاری در روزهای سرد دی‌ماه به رکورد ۷۲۰ میلیون مترمکعب در روز رسید که ۸۵ میلیون مترمکعب بیشتر از اوج مصرف زمستان گذشته است.',
      '## کارگران؛ قربانیان خاموش',
      'توقف خطوط تولید به کارگران هم رسیده است. سجاد فرامرزی، کارگر پیمانکاری یک شرکت فولادی در اردکان، به جهان صنعت گفت: از ۲۰ آذر به ما گفته‌اند سر کار نیاییم و فقط حقوق پایه می‌گیریم. در شرکت ما حدود ۳۵۰ نفر در همین وضعیت هستند و کسی نمی‌داند این وضع تا کی ادامه دارد.',
      'مرتضی قاسمی‌فر، اقتصاددان انرژی، معتقد است ناترازی گاز دیگر مسئله‌ای فصلی نیست. به گفته او، مصرف سالانه گاز در ایران از ۲۵۰ میلیارد مترمکعب گذشته و بدون اصلاح قیمت و کاهش هدررفت در بخش خانگی، سهم صنایع هر سال کوچک‌تر خواهد شد. او پیش‌بینی کرد در صورت تداوم این روند، صادرات فولاد امسال به کمتر از ۸ میلیون تن برسد.',
      'انجمن تولیدکنندگان فولاد نیز در نامه‌ای به معاون اول رئیس‌جمهور خواستار تخصیص سهمیه ثابت گاز به واحدهای فولادی در ماه‌های سرد سال شده است.',
    ],
    tags: ['فولاد', 'ناترازی گاز', 'آهن اسفنجی', 'صادرات فولاد'],
    caption: 'کوره قوس الکتریکی در یکی از واحدهای فولادسازی اصفهان', credit: 'عکس: ایسنا',
    related: ['قیمت شمش فولاد در بورس کالا ۸ درصد بالا رفت', 'سیمانی‌ها هم به صف محدودیت گاز پیوستند', 'برنامه وزارت نفت برای تابستان بدون خاموشی'],
    mostRead: ['جزئیات افزایش حقوق ۱۴۰۵', 'نرخ دلار در بازار آزاد امروز', 'عرضه خودرو در بورس کالا متوقف شد', 'مالیات بر عایدی سرمایه از کی اجرا می‌شود؟'],
    comments: [['کارگر فولاد', 'هر زمستان اول از همه سراغ صنعت می‌آیند.'], ['محمد', 'مصرف خانگی را باید مدیریت کرد نه تولید را.']],
    speakers: [
      { name: 'بهرام نیک‌سرشت', role: 'دبیر انجمن تولیدکنندگان فولاد ایران', also_called: ['نیک‌سرشت'], statements: 2 },
      { name: 'محمدرضا آقاجانی', role: 'مدیرکل دفتر صنایع فلزی وزارت صنعت، معدن و تجارت', also_called: ['آقاجانی'], statements: 2 },
      { name: 'سجاد فرامرزی', role: 'کارگر پیمانکاری یک شرکت فولادی در اردکان', also_called: [], statements: 1 },
      { name: 'مرتضی قاسمی‌فر', role: 'اقتصاددان انرژی', also_called: ['او'], statements: 3 },
    ],
    speakers_never: ['انجمن تولیدکنندگان فولاد', 'وزارت نفت', 'معاون اول رئیس‌جمهور'],
    figures: [
      { value: 42, unit: 'درصد', kind: 'percent', about: 'ظرفیت متوقف فولادسازی (lead)' },
      { value: 27, unit: 'درصد', kind: 'percent', about: 'کاهش تولید فولاد خام در دی‌ماه' },
      { value: 1980000, unit: 'تن', kind: 'measure', about: '«یک میلیون و ۹۸۰ هزار تن» فولاد خام' },
      { value: 36, unit: 'درصد', kind: 'percent', about: 'افت تولید آهن اسفنجی' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'سهم گاز دریافتی واحدهای احیای مستقیم' },
      { value: 2000000000000, unit: 'تومان', kind: 'money', about: '«حدود ۲ هزار میلیارد تومان» زیان هر روز توقف' },
      { value: 800000, unit: 'تن', kind: 'measure', about: 'قراردادهای صادراتی در خطر' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'افزایش پیشنهادی سهمیه گاز' },
      { value: 720000000, unit: 'مترمکعب', kind: 'measure', about: 'رکورد مصرف روزانه گاز خانگی و تجاری' },
      { value: 85000000, unit: 'مترمکعب', kind: 'measure', about: 'افزایش نسبت به اوج زمستان گذشته' },
      { value: 350, unit: 'نفر', kind: 'count', about: 'کارگران بیکارشده در یک شرکت' },
      { value: 250000000000, unit: 'مترمکعب', kind: 'measure', about: 'مصرف سالانه گاز ایران' },
      { value: 8000000, unit: 'تن', kind: 'measure', about: '«کمتر از ۸ میلیون تن» صادرات پیش‌بینی‌شده فولاد' },
    ],
    figures_never: ['«سه سال اخیر»: duration', '«دی‌ماه», «اواسط آذر», «۲۰ آذر»: dates', '«هر روز» (توقف): the basis of the loss', '«یک شرکت فولادی»: lone «یک»'],
    notes: [
      'Industry report on a newspaper site (Jahan-e Sanat: article:published_time +03:30, visible Jalali and Gregorian dates in the top bar, print-edition line, rootitr, byline, lead in .lead, photo after paragraph 2, one <h3> subheading, which is body).',
      'statements: Niksersht: «گفت:» (two-sentence quote, once), «با اشاره به … افزود:» = 2; Aghajani: «اظهار داشت:» (two-sentence quote, once), «به گفته آقاجانی» = 2; Faramarzi: «به جهان صنعت گفت:» (two sentences, once) = 1; Ghasemifar: «معتقد است …», «به گفته او», «او پیش‌بینی کرد …» (a stated forecast) = 3.',
      'The steel producers\' association (statistics, letter «خواستار … شده است»), the oil ministry and the first vice-president are organizations or never-named office holders. The worker\'s role keeps the partitive «یک شرکت فولادی در اردکان».',
    ],
  },
  {
    name: 'navad-malavan-chadormalu', site: 'navad', inlineAt: 3,
    inline: 'برنامه کامل هفته نوزدهم لیگ برتر',
    url: 'https://www.navad.net/news/385217/ملوان-در-انزلی-به-چادرملو-باخت',
    title: 'ملوان در انزلی به چادرملو باخت؛ رحمانی‌فر: دست مدافع ما غیرعمدی بود',
    kicker: 'فوتبال ایران', date: '۱۲ بهمن ۱۴۰۴ - ۲۰:۴۰',
    lead: 'ملوان بندرانزلی در هفته هجدهم لیگ برتر در ورزشگاه سیروس قایقران با تک گل چادرملو اردکان شکست خورد تا فاصله‌اش با رده سوم جدول به ۶ امتیاز برسد.',
    paras: [
      'به گزارش نود، تنها گل این دیدار را امیرعلی صفایی در دقیقه ۶۷ از روی نقطه پنالتی به ثمر رساند؛ پنالتی‌ای که داور پس از بازبینی ویدئوچک اعلام کرد. بازی در حضور حدود ۱۲ هزار تماشاگر و در هوای بارانی انزلی برگزار شد.',
      'پیمان رحمانی‌فر، سرمربی ملوان، در نشست خبری پس از بازی گفت: برخورد توپ با دست مدافع ما کاملاً غیرعمدی بود و دستش کنار بدنش قرار داشت. ما بازی را در دست داشتیم و با یک تصمیم اشتباه آن را واگذار کردیم.',
      'رحمانی‌فر درباره وضعیت تیمش افزود: سه بازیکن اصلی ما مصدوم‌اند و به دلیل بدهی ۹ میلیارد تومانی باشگاه، پنجره نقل و انتقالات زمستانی به روی ما بسته است. با این شرایط نمی‌شود از تیم انتظار معجزه داشت.',
      '«بازی در زمین خیس انزلی برای ما سخت بود، اما بازیکنانم تا دقیقه آخر منظم ماندند. درباره پنالتی هم داور با دیدن تصویر تصمیم گرفت و این دیگر جای بحث ندارد.» این را یوسف اسدی‌نیا، سرمربی چادرملو، پس از بازی به خبرنگار نود گفت.',
      'اسدی‌نیا که تیمش در ۸ بازی اخیر خارج از خانه شکست نخورده، این روند را نتیجه ثبات ترکیب و آمادگی بدنی بازیکنان دانست.',
      'باشگاه ملوان ساعتی پس از بازی در بیانیه‌ای به داوری این دیدار اعتراض کرد و خواستار انتشار فایل صوتی گفت‌وگوی داور با تیم ویدئوچک شد. کاوه نوری، مدیرعامل باشگاه ملوان، نیز اعلام کرد اعتراض رسمی باشگاه فردا به کمیته داوران فدراسیون فوتبال ارسال می‌شود.',
      'کمیته انضباطی فدراسیون فوتبال هفته گذشته ملوان را به دلیل ورود تماشاگران به زمین در دیدار با استقلال خوزستان به پرداخت ۴۵۰ میلیون تومان جریمه محکوم کرده بود.',
      'ملوان با ۲۶ امتیاز در رده ششم جدول است و چادرملو با این پیروزی امتیازهایش را به ۲۹ رساند و به رده چهارم صعود کرد. شاگردان رحمانی‌فر هفته آینده در تهران به مصاف پرسپولیس می‌روند.',
    ],
    tags: ['ملوان', 'چادرملو اردکان', 'لیگ برتر', 'ویدئوچک'],
    caption: 'صحنه‌ای از دیدار ملوان و چادرملو در ورزشگاه سیروس قایقران', credit: 'عکاس: پویا طالبی',
    related: ['ملوان بدون سه مهره اصلی مقابل پرسپولیس', 'چادرملو به دنبال جذب مهاجم خارجی', 'واکنش رئیس کمیته داوران به اعتراض باشگاه‌ها'],
    mostRead: ['ترکیب استقلال برای دیدار با سپاهان', 'جدول کامل لیگ برتر پس از هفته هجدهم', 'ستاره تیم ملی به لیگ قطر رفت', 'زمان قرعه‌کشی جام حذفی اعلام شد'],
    comments: [['انزلیچی', 'تا وقتی بدهی‌ها حل نشود، همین آش است و همین کاسه.'], ['رضا', 'پنالتی کاملاً درست بود.']],
    speakers: [
      { name: 'پیمان رحمانی‌فر', role: 'سرمربی ملوان', also_called: ['رحمانی‌فر'], statements: 2 },
      { name: 'یوسف اسدی‌نیا', role: 'سرمربی چادرملو', also_called: ['اسدی‌نیا'], statements: 2 },
      { name: 'کاوه نوری', role: 'مدیرعامل باشگاه ملوان', also_called: [], statements: 1 },
    ],
    speakers_never: ['امیرعلی صفایی', 'باشگاه ملوان', 'کمیته انضباطی فدراسیون فوتبال'],
    figures: [
      { value: 6, unit: 'امتیاز', kind: 'count', about: 'فاصله با رده سوم (league points, lead)' },
      { value: 12000, unit: 'تماشاگر', kind: 'count', about: '«حدود ۱۲ هزار تماشاگر»' },
      { value: 3, unit: 'بازیکن', kind: 'count', about: '«سه بازیکن اصلی» مصدوم' },
      { value: 9000000000, unit: 'تومان', kind: 'money', about: 'بدهی باشگاه («۹ میلیارد تومانی»)' },
      { value: 8, unit: 'بازی', kind: 'count', about: 'بازی‌های بدون شکست خارج از خانه' },
      { value: 450000000, unit: 'تومان', kind: 'money', about: 'جریمه انضباطی ملوان' },
      { value: 26, unit: 'امتیاز', kind: 'count', about: 'امتیاز ملوان' },
      { value: 29, unit: 'امتیاز', kind: 'count', about: 'امتیاز چادرملو («امتیازهایش را به ۲۹ رساند»)' },
    ],
    figures_never: ['«تک گل», «تنها گل»: score', '«دقیقه ۶۷», «دقیقه آخر»: match time', '«هفته هجدهم», «رده سوم», «رده ششم», «رده چهارم»: ordinals', '«یک تصمیم اشتباه»: lone «یک»'],
    notes: [
      'Football match report with press-conference quotes on a Next.js app (Navad: hashed CSS-module classes, NO date meta; the page data sit in __NEXT_DATA__ with publishedAt in UTC «…Z» with milliseconds, the same instant as the +03:30 gold; visible Jalali date; cover photo before the lead; in-body «بیشتر بخوانید» card).',
      'statements: Rahmanifar: «گفت:» (two-sentence quote, once), «رحمانی‌فر … افزود:» (two sentences, once) = 2; Asadinia: a quote paragraph closed by «این را یوسف اسدی‌نیا … گفت.» (one), «این روند را نتیجه ثبات ترکیب … دانست» (a stated view) = 2; Nouri: «اعلام کرد …» = 1.',
      'The scorer Safaei is only mentioned; the club («در بیانیه‌ای … اعتراض کرد و خواستار … شد») and the disciplinary committee are organizations. League points («۶ امتیاز», «۲۶ امتیاز», «۲۹») are counts as in earlier sets; «۸ بازی اخیر» is counted as a count of games (a record, like «۱۳ برد» in heldout7).',
    ],
  },
  {
    name: 'khabarjonoub-shiraz-buses', site: 'khabarjonoub', inlineAt: 4,
    inline: 'قطار شهری شیراز در خط دو به ایستگاه پایانی رسید',
    url: 'http://www.khabarjonoub.ir/NewsDetail.aspx?id=74326',
    title: '۱۲۰ اتوبوس جدید تا پایان سال به ناوگان شیراز می‌رسد',
    kicker: 'شهری', date: '۱۵ بهمن ۱۴۰۴ - ۱۰:۲۰',
    lead: 'شورای اسلامی شهر شیراز در جلسه روز سه‌شنبه با اختصاص ۳ هزار و ۶۰۰ میلیارد تومان برای خرید ۱۲۰ دستگاه اتوبوس برقی و دیزلی موافقت کرد؛ در حالی که بیش از ۴۰ درصد اتوبوس‌های در حال کار شهر عمر مفید خود را پشت سر گذاشته‌اند.',
    paras: [
      'به گزارش خبر جنوب، از این تعداد ۳۰ دستگاه اتوبوس برقی است که قرار است در خط ویژه بلوار چمران تا میدان ولیعصر به کار گرفته شود. بقیه اتوبوس‌ها دیزلی و با استاندارد یورو ۵ هستند.',
      'رئیس کمیسیون عمران و حمل‌ونقل شورای شهر شیراز در این جلسه گفت: ناوگان اتوبوسرانی شیراز امروز ۶۱۰ دستگاه اتوبوس دارد که فقط ۴۳۰ دستگاه آن فعال است؛ یعنی هر روز حدود ۱۸۰ اتوبوس به دلیل خرابی یا نبود قطعه در پارکینگ می‌ماند.',
      'سعید جهان‌بین با بیان اینکه میانگین عمر اتوبوس‌های شهر به ۱۳ سال رسیده است، افزود: برای شهری به وسعت و جمعیت شیراز دست‌کم به ۱۲۰۰ دستگاه اتوبوس نیاز داریم و حتی با این خرید هم فاصله ما با استاندارد زیاد است.',
      'علی‌اکبر شفیعی‌زاده، مدیرعامل سازمان اتوبوسرانی شیراز و حومه، نیز از افزایش ۱۸ درصدی مسافران در سال جاری خبر داد و گفت: روزانه حدود ۳۲۰ هزار مسافر با اتوبوس جابه‌جا می‌شوند و در ساعات اوج، زمان انتظار در برخی ایستگاه‌ها به ۲۵ دقیقه می‌رسد.',
      'شفیعی‌زاده درباره اتوبوس‌های برقی توضیح داد: هر اتوبوس برقی حدود ۴۸ میلیارد تومان قیمت دارد که تقریباً دو برابر نمونه دیزلی است، اما هزینه سوخت و نگهداری آن ۶۰ درصد کمتر است. ایستگاه شارژ این اتوبوس‌ها در پایانه کاراندیش ساخته می‌شود.',
      'همه اعضای شورا اما با این مصوبه موافق نبودند. مریم صالحی‌نژاد، عضو دیگر شورا، خرید اتوبوس دیزلی را «تکرار اشتباه گذشته» خواند و گفت با همین اعتبار می‌شد ۷۵ اتوبوس برقی خرید. این مصوبه در نهایت با ۹ رأی موافق از ۱۳ عضو حاضر تصویب شد.',
      'رضا کشاورز، دانشجوی ۲۲ ساله‌ای ساکن شهر صدرا، می‌گوید گاهی ۴۰ دقیقه در ایستگاه منتظر اتوبوس می‌ماند و اتوبوس‌ها آن‌قدر شلوغ‌اند که ناچار است تاکسی اینترنتی بگیرد.',
      'بر اساس اعلام شهرداری شیراز، نخستین محموله ۲۰ دستگاهی اتوبوس‌های جدید اسفندماه تحویل می‌شود.',
    ],
    tags: ['اتوبوسرانی شیراز', 'شورای شهر شیراز', 'اتوبوس برقی', 'حمل‌ونقل عمومی'],
    caption: 'اتوبوس‌های فرسوده در پارکینگ پایانه کاراندیش شیراز', credit: 'عکس: خبر جنوب',
    related: ['نرخ کرایه تاکسی و اتوبوس شیراز برای ۱۴۰۵ تعیین شد', 'آغاز عملیات اجرایی پایانه شرق شیراز', 'بودجه ۱۴۰۵ شهرداری شیراز تصویب شد'],
    mostRead: ['زمان بازگشایی بازار وکیل پس از مرمت', 'برف و باران در راه فارس', 'اعلام نتایج آزمون استخدامی شهرداری شیراز', 'هشدار آلودگی هوا برای شهرهای جنوبی فارس'],
    comments: [['شهروند شیرازی', 'خط ۷۰ صبح‌ها نیم ساعت اتوبوس ندارد.'], ['مریم از معالی‌آباد', 'اتوبوس برقی خوب است، فقط زود خراب نشود.']],
    speakers: [
      { name: 'سعید جهان‌بین', role: 'رئیس کمیسیون عمران و حمل‌ونقل شورای شهر شیراز', also_called: [], statements: 2 },
      { name: 'علی‌اکبر شفیعی‌زاده', role: 'مدیرعامل سازمان اتوبوسرانی شیراز و حومه', also_called: ['شفیعی‌زاده'], statements: 2 },
      { name: 'مریم صالحی‌نژاد', role: 'عضو دیگر شورا', also_called: [], statements: 1 },
      { name: 'رضا کشاورز', role: 'دانشجوی ۲۲ ساله‌ای ساکن شهر صدرا', also_called: [], statements: 1 },
    ],
    speakers_never: ['شورای اسلامی شهر شیراز', 'شهرداری شیراز'],
    figures: [
      { value: 3600000000000, unit: 'تومان', kind: 'money', about: '«۳ هزار و ۶۰۰ میلیارد تومان» اعتبار خرید' },
      { value: 120, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های خریداری‌شده' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«بیش از ۴۰ درصد» اتوبوس‌های فرسوده' },
      { value: 30, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های برقی' },
      { value: 610, unit: 'دستگاه', kind: 'count', about: 'کل ناوگان اتوبوس' },
      { value: 430, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های فعال' },
      { value: 180, unit: 'اتوبوس', kind: 'count', about: 'اتوبوس‌های خوابیده در پارکینگ' },
      { value: 1200, unit: 'دستگاه', kind: 'count', about: 'نیاز استاندارد شیراز' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'افزایش مسافران («۱۸ درصدی»)' },
      { value: 320000, unit: 'مسافر', kind: 'count', about: 'مسافران روزانه' },
      { value: 48000000000, unit: 'تومان', kind: 'money', about: 'قیمت هر اتوبوس برقی' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«تقریباً دو برابر» نمونه دیزلی' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'هزینه کمتر سوخت و نگهداری' },
      { value: 75, unit: 'اتوبوس', kind: 'count', about: 'اتوبوس برقی با همان اعتبار' },
      { value: 9, unit: 'رأی', kind: 'count', about: 'آرای موافق' },
      { value: 13, unit: 'عضو', kind: 'count', about: 'اعضای حاضر شورا' },
      { value: 20, unit: 'دستگاه', kind: 'count', about: 'نخستین محموله («۲۰ دستگاهی»)' },
    ],
    figures_never: ['«یورو ۵»: an emission standard\'s name', '«۱۳ سال» (میانگین عمر اتوبوس‌ها): age', '«۲۵ دقیقه», «۴۰ دقیقه»: durations', '«۲۲ ساله»: age', '«نخستین محموله»: ordinal', '«هر روز», «روزانه», «هر اتوبوس»: bases, not quantities'],
    notes: [
      'Provincial/urban report on an old ASP.NET WebForms CMS (Khabar Jonoub: __VIEWSTATE form, ctl00_… ids, table layout, NO date metadata, only the visible numeric Jalali date «۱۴۰۴/۱۱/۱۵ ساعت ۱۰:۲۰»; lead in a span; photo between lead and body; «مطلب مرتبط:» line in the body).',
      'statements: Jahanbin: introduced by role only («رئیس کمیسیون عمران و حمل‌ونقل شورای شهر شیراز در این جلسه گفت:») and named in the next paragraph («سعید جهان‌بین با بیان اینکه … افزود:», one) = 2; Shafieizadeh: «… خبر داد و گفت:» (one), «توضیح داد:» (two sentences, once) = 2; Salehinejad: «… را «تکرار اشتباه گذشته» خواند و گفت …» = 1; Keshavarz: «می‌گوید …» (indirect) = 1.',
      'The council (vote) and the municipality («بر اساس اعلام») are organizations. «۱۲۰ دستگاه اتوبوس» and «۱۸۰ اتوبوس» keep the unit written next to each number. The student\'s role keeps his age as the appositive gives it.',
    ],
  },
  {
    name: 'sobheno-election-law-majlis', site: 'sobheno', photoAt: 0, inlineAt: 4, author: 'گروه سیاسی',
    inline: 'تأیید صلاحیت‌ها در چهار انتخابات گذشته به روایت آمار',
    url: 'https://sobhenews.ir/news/207519/کلیات-طرح-اصلاح-قانون-انتخابات-ریاست-جمهوری-تصویب-شد',
    title: 'کلیات طرح اصلاح قانون انتخابات ریاست‌جمهوری در مجلس تصویب شد',
    kicker: 'سیاست', date: '۱۹ بهمن ۱۴۰۴ - ۱۳:۱۰',
    lead: 'نمایندگان مجلس شورای اسلامی در جلسه علنی امروز با ۱۵۴ رأی موافق، ۷۲ رأی مخالف و ۸ رأی ممتنع از مجموع ۲۴۱ نماینده حاضر، کلیات طرح اصلاح قانون انتخابات ریاست‌جمهوری را تصویب کردند.',
    paras: [
      'به گزارش صبح نو، بر اساس این طرح، داوطلبان ریاست‌جمهوری باید دست‌کم ۴۰ و حداکثر ۷۵ سال سن و مدرک کارشناسی ارشد یا معادل آن داشته باشند و سابقه دست‌کم ۸ سال مدیریت در سطوح عالی کشور را ارائه کنند. هر داوطلب همچنین باید تأیید دست‌کم ۱۰۰ نفر از مقام‌ها و نخبگانی را که فهرستشان در طرح آمده، به پرونده خود ضمیمه کند.',
      'محمدجواد کریم‌خانی، سخنگوی کمیسیون امور داخلی کشور و شوراهای مجلس، در دفاع از کلیات طرح گفت: در برخی دوره‌های گذشته بیش از ۵۰۰ نفر برای ریاست‌جمهوری ثبت‌نام کردند که کمتر از ۲ درصد آنها شرایط اولیه را داشتند. این طرح فرایند ثبت‌نام را شفاف می‌کند و از بار شورای نگهبان می‌کاهد.',
      'وی افزود: ثبت‌نام داوطلبان بر اساس این طرح به صورت الکترونیکی و در مدت ۵ روز انجام می‌شود و هزینه‌های تبلیغاتی هر نامزد نیز نباید از سقفی که کمیسیون تعیین می‌کند، بیشتر شود.',
      'در مقابل، زهرا موسوی‌نیا، نماینده مردم تبریز، از مخالفان طرح بود. او در نطق مخالف خود اظهار داشت: شرط مدرک کارشناسی ارشد، دست‌کم ۶۰ درصد زنان و جوانان فعال سیاسی را از رقابت کنار می‌گذارد. مردم باید انتخاب کنند، نه فهرستی که ما در مجلس می‌نویسیم.',
      'موسوی‌نیا همچنین هشدار داد که اجرای شتاب‌زده طرح پیش از انتخابات آینده، اختلاف‌های حقوقی تازه‌ای پدید خواهد آورد.',
      'معاون سیاسی وزیر کشور که در جلسه حاضر بود، گفت دولت با کلیات طرح مخالفتی ندارد، اما اجرای ثبت‌نام الکترونیکی دست‌کم به ۸۰۰ میلیارد تومان اعتبار نیاز دارد که در لایحه بودجه سال ۱۴۰۵ پیش‌بینی نشده است.',
      'حمیدرضا ابطحی، عضو هیئت رئیسه مجلس، پس از رأی‌گیری اعلام کرد جزئیات طرح از هفته آینده در دستور کار صحن قرار می‌گیرد و نمایندگان تا پایان این هفته فرصت دارند پیشنهادهای اصلاحی خود را ارائه کنند. به گفته ابطحی، تاکنون ۴۶ پیشنهاد اصلاحی به کمیسیون رسیده است.',
      'عباس توکلی‌راد، استاد علوم سیاسی دانشگاه تهران، در گفت‌وگو با صبح نو این طرح را گامی به سوی «انتخابات کم‌رقابت» دانست و گفت سخت‌گیری در شرایط نامزدی معمولاً مشارکت را کاهش می‌دهد؛ آن هم در شرایطی که مشارکت در دور نخست انتخابات ریاست‌جمهوری ۱۴۰۳ حدود ۴۰ درصد بود.',
    ],
    tags: ['مجلس', 'قانون انتخابات', 'انتخابات ریاست‌جمهوری', 'کمیسیون امور داخلی'],
    caption: 'نمایی از جلسه علنی مجلس شورای اسلامی', credit: 'عکس: خانه ملت',
    related: ['طرح شفافیت آرای نمایندگان دوباره در نوبت بررسی', 'ترکیب جدید کمیسیون‌های تخصصی مجلس', 'نامزدهای احتمالی ۱۴۰۸ چه کسانی‌اند؟'],
    mostRead: ['جزئیات لایحه بودجه ۱۴۰۵ در یک نگاه', 'تغییر ساعت کاری ادارات از اول اسفند', 'استیضاح وزیر کار کلید خورد', 'واکنش‌ها به نطق جنجالی در صحن'],
    comments: [['علی', 'باز هم دایره انتخاب مردم را تنگ‌تر می‌کنند.']],
    speakers: [
      { name: 'محمدجواد کریم‌خانی', role: 'سخنگوی کمیسیون امور داخلی کشور و شوراهای مجلس', also_called: ['وی'], statements: 2 },
      { name: 'زهرا موسوی‌نیا', role: 'نماینده مردم تبریز', also_called: ['او', 'موسوی‌نیا'], statements: 2 },
      { name: 'حمیدرضا ابطحی', role: 'عضو هیئت رئیسه مجلس', also_called: ['ابطحی'], statements: 2 },
      { name: 'عباس توکلی‌راد', role: 'استاد علوم سیاسی دانشگاه تهران', also_called: [], statements: 1 },
    ],
    speakers_never: ['معاون سیاسی وزیر کشور', 'شورای نگهبان'],
    figures: [
      { value: 154, unit: 'رأی', kind: 'count', about: 'آرای موافق' },
      { value: 72, unit: 'رأی', kind: 'count', about: 'آرای مخالف' },
      { value: 8, unit: 'رأی', kind: 'count', about: 'آرای ممتنع' },
      { value: 241, unit: 'نماینده', kind: 'count', about: 'نمایندگان حاضر' },
      { value: 100, unit: 'نفر', kind: 'count', about: 'تأییدکنندگان لازم برای هر داوطلب' },
      { value: 500, unit: 'نفر', kind: 'count', about: '«بیش از ۵۰۰ نفر» ثبت‌نام در برخی دوره‌ها' },
      { value: 2, unit: 'درصد', kind: 'percent', about: '«کمتر از ۲ درصد» واجد شرایط' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'زنان و جوانانی که شرط مدرک کنار می‌گذارد' },
      { value: 800000000000, unit: 'تومان', kind: 'money', about: 'اعتبار ثبت‌نام الکترونیکی' },
      { value: 46, unit: 'پیشنهاد', kind: 'count', about: 'پیشنهادهای اصلاحی رسیده' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'مشارکت در دور نخست انتخابات ۱۴۰۳' },
    ],
    figures_never: ['«۴۰ و حداکثر ۷۵ سال سن»: ages', '«۸ سال», «۵ روز»: durations', '«سال ۱۴۰۵», «۱۴۰۳»: years', '«دور نخست»: ordinal'],
    notes: [
      'Parliament report on a newspaper site (Sobh-e No: no date meta at all; the date only on a visible <time datetime> with +03:30; uptitle; lead in .news-lead; photo after paragraph 1; print-edition line after the body).',
      'statements: Karimkhani: «گفت:» (two-sentence quote, once), «وی افزود:» = 2; Mousavinia: «او … اظهار داشت:» (two sentences, once), «موسوی‌نیا همچنین هشدار داد که …» = 2 («از مخالفان طرح بود» is not speech); Abtahi: «اعلام کرد …», «به گفته ابطحی» = 2; Tavakolirad: «… را گامی به سوی … دانست و گفت …» = 1.',
      'The interior ministry\'s political deputy speaks («گفت دولت …») but is never named, so is not a speaker; the Guardian Council is an organization. The age limits (۴۰ and ۷۵) are ages, while «حدود ۴۰ درصد» turnout is a figure.',
    ],
  },
  {
    name: 'hammihan-book-print-runs', site: 'hammihan', photoAt: 1, inlineAt: 5, author: 'سپیده فرخی',
    inline: 'نمایشگاه کتاب تهران امسال در دو بخش حضوری و مجازی برگزار می‌شود',
    url: 'https://hammihanonline.ir/fa/news/98314/میانگین-شمارگان-کتاب-به-۳۶۰-نسخه-رسید',
    title: 'میانگین شمارگان کتاب به ۳۶۰ نسخه رسید؛ کاغذ گران، خواننده کم',
    kicker: 'فرهنگ', date: '۲۱ بهمن ۱۴۰۴ - ۰۸:۳۰',
    lead: 'میانگین شمارگان کتاب‌های چاپ اول در ۱۰ ماه نخست امسال به ۳۶۰ نسخه رسیده است؛ رقمی که یک دهه پیش بیش از هزار و ۲۰۰ نسخه بود. ناشران گرانی کاغذ و افت قدرت خرید مخاطبان را عامل اصلی این وضعیت می‌دانند.',
    paras: [
      'به گزارش هم‌میهن، بر اساس آمار خانه کتاب و ادبیات ایران، از ابتدای فروردین تا پایان دی‌ماه ۸۲ هزار و ۶۰۰ عنوان کتاب در کشور منتشر شده که تنها ۳۱ درصد آن چاپ اول بوده است. قیمت هر بند کاغذ تحریر ۷۰ گرمی نیز در همین مدت از ۲ میلیون و ۹۰۰ هزار تومان به ۴ میلیون و ۳۰۰ هزار تومان رسیده است.',
      'شهرام دانش‌پژوه، مدیر نشر آبان‌نامه، به هم‌میهن گفت: امروز هزینه چاپ یک رمان متوسط در ۵۰۰ نسخه حدود ۲۴۰ میلیون تومان است. ما ناچاریم کتاب را با شمارگان ۲۰۰ یا ۳۰۰ نسخه چاپ کنیم و اگر فروش رفت، دوباره به چاپ برسانیم.',
      'او افزود: فروش کتاب‌فروشی‌ها در سال جاری حدود ۲۵ درصد کم شده و بسیاری از مخاطبان فقط در نمایشگاه کتاب خرید می‌کنند. تا سه سال پیش سالی ۴۰ عنوان چاپ می‌کردیم و امسال به زحمت به ۱۸ عنوان می‌رسیم.',
      'محمود فرزین‌مهر، رئیس اتحادیه ناشران و کتاب‌فروشان تهران، وضعیت بازار کتاب را «بی‌سابقه» توصیف کرد و گفت: در دو سال گذشته ۱۴۰ کتاب‌فروشی در تهران تعطیل شده یا به کافه و فروشگاه لوازم‌التحریر تغییر کاربری داده‌اند. پرداخت یارانه کاغذ به ناشران از سال ۱۴۰۲ متوقف شده و هیچ جایگزینی برای آن در نظر گرفته نشده است.',
      'فرزین‌مهر خواستار اختصاص دست‌کم ۵۰۰ میلیارد تومان اعتبار برای خرید کتاب از ناشران و تجهیز کتابخانه‌های عمومی در بودجه سال آینده شد.',
      'معاونت امور فرهنگی وزارت فرهنگ و ارشاد اسلامی در پاسخ به پرسش هم‌میهن اعلام کرد طرح‌های فصلی حمایت از کتاب‌فروشی‌ها ادامه دارد و در طرح پاییزه امسال ۱۸۰ میلیارد تومان یارانه خرید به خریداران کتاب پرداخت شده است.',
      'لیلا خسروشاهی، رمان‌نویس، اما معتقد است مشکل فقط اقتصادی نیست. او به هم‌میهن گفت: مخاطب جوان امروز بیشتر کتاب صوتی گوش می‌دهد یا نسخه الکترونیک می‌خرد. رمان قبلی من در نسخه کاغذی ۸۰۰ نسخه فروخت، اما نسخه صوتی آن بیش از ۶ هزار بار شنیده شد.',
      'بر اساس گزارش یکی از پلتفرم‌های کتاب الکترونیک، شمار کاربران فعال ماهانه کتاب صوتی در ایران امسال ۴۲ درصد رشد داشته است.',
    ],
    tags: ['کتاب', 'نشر', 'شمارگان', 'کاغذ'],
    caption: 'کتاب‌فروشی‌ای در خیابان انقلاب تهران', credit: 'عکس: هم‌میهن',
    related: ['جایزه ادبی مهرگان برندگانش را شناخت', 'قیمت کتاب در یک سال ۴۵ درصد بالا رفت', 'کتاب صوتی؛ بازاری که بزرگ می‌شود'],
    mostRead: ['متن کامل گفت‌وگو با رئیس سازمان برنامه', 'روایت یک روز در بیمارستان کودکان', 'پایان دوره طلایی سریال‌های نمایش خانگی', 'چرا دلار آرام نمی‌گیرد؟'],
    comments: [],
    speakers: [
      { name: 'شهرام دانش‌پژوه', role: 'مدیر نشر آبان‌نامه', also_called: ['او'], statements: 2 },
      { name: 'محمود فرزین‌مهر', role: 'رئیس اتحادیه ناشران و کتاب‌فروشان تهران', also_called: ['فرزین‌مهر'], statements: 2 },
      { name: 'لیلا خسروشاهی', role: 'رمان‌نویس', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['خانه کتاب و ادبیات ایران', 'معاونت امور فرهنگی وزارت فرهنگ و ارشاد اسلامی'],
    figures: [
      { value: 360, unit: 'نسخه', kind: 'count', about: 'میانگین شمارگان چاپ اول امسال' },
      { value: 1200, unit: 'نسخه', kind: 'count', about: '«بیش از هزار و ۲۰۰ نسخه» یک دهه پیش' },
      { value: 82600, unit: 'عنوان', kind: 'count', about: 'عنوان‌های منتشرشده تا پایان دی' },
      { value: 31, unit: 'درصد', kind: 'percent', about: 'سهم چاپ اول' },
      { value: 2900000, unit: 'تومان', kind: 'money', about: 'قیمت قبلی هر بند کاغذ' },
      { value: 4300000, unit: 'تومان', kind: 'money', about: 'قیمت کنونی هر بند کاغذ' },
      { value: 500, unit: 'نسخه', kind: 'count', about: 'شمارگان مبنای هزینه چاپ' },
      { value: 240000000, unit: 'تومان', kind: 'money', about: 'هزینه چاپ یک رمان در ۵۰۰ نسخه' },
      { value: 200, unit: 'نسخه', kind: 'count', about: 'شمارگان ناچار («۲۰۰ یا ۳۰۰ نسخه»)' },
      { value: 300, unit: 'نسخه', kind: 'count', about: 'شمارگان ناچار («۲۰۰ یا ۳۰۰ نسخه»)' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'کاهش فروش کتاب‌فروشی‌ها' },
      { value: 40, unit: 'عنوان', kind: 'count', about: 'عنوان‌های سالانه نشر تا سه سال پیش' },
      { value: 18, unit: 'عنوان', kind: 'count', about: 'عنوان‌های امسال نشر' },
      { value: 140, unit: 'کتاب‌فروشی', kind: 'count', about: 'کتاب‌فروشی‌های تعطیل‌شده تهران' },
      { value: 500000000000, unit: 'تومان', kind: 'money', about: 'اعتبار درخواستی برای خرید کتاب' },
      { value: 180000000000, unit: 'تومان', kind: 'money', about: 'یارانه خرید طرح پاییزه' },
      { value: 800, unit: 'نسخه', kind: 'count', about: 'فروش نسخه کاغذی رمان قبلی' },
      { value: 6000, unit: 'بار', kind: 'count', about: '«بیش از ۶ هزار بار» شنیده شدن نسخه صوتی' },
      { value: 42, unit: 'درصد', kind: 'percent', about: 'رشد کاربران کتاب صوتی' },
    ],
    figures_never: ['«۱۰ ماه نخست», «یک دهه», «سه سال پیش», «دو سال گذشته»: durations', '«۷۰ گرمی»: the paper\'s grade, not a quantity', '«هر بند»: the price basis', '«سال ۱۴۰۲»: year', '«یک رمان متوسط»: lone «یک»', '«چاپ اول»: ordinal'],
    notes: [
      'Culture (publishing) report on a newspaper site (Ham-Mihan: microdata with the date only on an invisible <meta itemprop="datePublished"> (+03:30); the visible date has no time; print-edition line; byline; lead with itemprop="description"; no comments).',
      'statements: Daneshpajouh: «به هم‌میهن گفت:» (two-sentence quote, once), «او افزود:» (two sentences, once) = 2; Farzinmehr: «… را «بی‌سابقه» توصیف کرد و گفت:» (one), «فرزین‌مهر خواستار … شد» = 2; Khosroshahi: «اما معتقد است …», «او به هم‌میهن گفت:» (two sentences, once) = 2.',
      'The Book House statistics, the ministry\'s cultural deputyship («اعلام کرد») and «یکی از پلتفرم‌های کتاب الکترونیک» are organizations; «ناشران … می‌دانند» in the lead is an unnamed group. «۲۰۰ یا ۳۰۰ نسخه» gives both values; «در ۵۰۰ نسخه», the print run the publisher\'s cost example is given for, is kept as a figure.',
    ],
  },
  {
    name: 'blogger-sardasht-schools', site: 'blogger', zwnjLost: true, photoAt: 2, inlineAt: 5, author: 'هیوا احمدی',
    inline: 'کلاس‌های درس روستای گویژه در کانکس برگزار می‌شود',
    url: 'https://sardashtnews.blogspot.com/2026/02/blog-post_12.html',
    title: 'کمبود ۸۵ معلم در مدارس سردشت؛ ۲۳ مدرسه روستایی هنوز بخاری نفتی دارند',
    kicker: 'آموزش', date: '۲۳ بهمن ۱۴۰۴ - ۲۱:۱۵',
    paras: [
      'سردشت – آموزش و پرورش شهرستان سردشت نیمسال دوم تحصیلی را با کمبود ۸۵ معلم آغاز کرده و ۲۳ مدرسه روستایی این شهرستان هنوز با بخاری نفتی گرم می‌شوند.',
      'کامران عزیزی، رئیس آموزش و پرورش شهرستان سردشت، روز چهارشنبه در جلسه شورای آموزش و پرورش شهرستان گفت: از این تعداد، جای ۳۰ معلم با نیروهای حق‌التدریس پر شده و ۲۰ کلاس با ادغام پایه‌ها اداره می‌شود؛ برای بقیه هنوز راه‌حلی پیدا نکرده‌ایم. بیشترین کمبود در دروس ریاضی و علوم دوره متوسطه اول است.',
      'وی افزود: از ۳۱۰ مدرسه شهرستان، ۲۳ مدرسه که بیشتر در روستاهای مرزی قرار دارند، هنوز به شبکه گاز وصل نیستند. برای ۱۴ مدرسه بخاری گازسوز و مخزن گاز مایع خریداری شده و بقیه تا پایان سال تجهیز می‌شوند.',
      'هیمن رسولی، آموزگار مدرسه چندپایه روستای بیوران، می‌گوید هر روز صبح پیش از رسیدن بچه‌ها خودش بخاری کلاس را روشن می‌کند. او به خبرنامه سردشت گفت: ۱۱ دانش‌آموز در چهار پایه مختلف دارم که همه در یک کلاس درس می‌خوانند. در روزهای برفی که پنجره‌ها بسته است، بوی نفت و دود بخاری واقعاً آزاردهنده است.',
      'به گفته رسولی، از اول بهمن نفت بخاری این مدرسه را اهالی روستا با هزینه خودشان تأمین می‌کنند، چون سهمیه سوخت مدرسه تمام شده است.',
      'یکی از اولیای دانش‌آموزان این روستا هم به خبرنامه سردشت گفت زمستان امسال چند بار به دلیل خاموش شدن بخاری در میانه درس، بچه‌ها را زودتر به خانه فرستاده‌اند و خانواده‌ها از مسمومیت با دود بخاری نگران‌اند.',
      'عزیزی همچنین عنوان کرد که ۱۲ معلم جدید از محل سهمیه دانشگاه فرهنگیان تا اول اسفند به مدارس شهرستان معرفی می‌شوند.',
      'اداره کل آموزش و پرورش آذربایجان غربی نیز اعلام کرده است سهمیه استخدام معلم این استان در سال آینده ۲ هزار و ۴۰۰ نفر است و سهم شهرستان‌های مرزی در آن بیشتر می‌شود.',
      'سردشت با حدود ۲۶ هزار دانش‌آموز و بیش از ۱۹۰ روستای دارای سکنه، یکی از شهرستان‌های مرزی و کوهستانی استان آذربایجان غربی است.',
    ],
    tags: ['آموزش و پرورش', 'مدارس روستایی', 'کمبود معلم', 'سردشت'],
    caption: 'بخاری نفتی در کلاس درس یکی از مدارس روستایی سردشت', credit: 'عکس: خبرنامه سردشت',
    related: ['برف راه ۱۶ روستای سردشت را بست', 'بازارچه مرزی کانی‌سیو دوباره باز شد', 'نتایج مسابقات کشتی آزاد نوجوانان شهرستان'],
    mostRead: ['قیمت گردو و عسل در بازار سردشت', 'زمان پرداخت وام کشاورزان خسارت‌دیده', 'جشنواره انار سردشت برگزار می‌شود', 'فهرست داروخانه‌های شبانه‌روزی شهر'],
    comments: [['ناشناس', 'معلم‌های حق‌التدریس ما شش ماه است حقوق نگرفته‌اند.'], ['کاوه', 'دست آموزگاران روستا درد نکند.']],
    speakers: [
      { name: 'کامران عزیزی', role: 'رئیس آموزش و پرورش شهرستان سردشت', also_called: ['وی', 'عزیزی'], statements: 3 },
      { name: 'هیمن رسولی', role: 'آموزگار مدرسه چندپایه روستای بیوران', also_called: ['او', 'رسولی'], statements: 3 },
    ],
    speakers_never: ['یکی از اولیای دانش‌آموزان این روستا', 'اداره کل آموزش و پرورش آذربایجان غربی', 'خبرنامه سردشت'],
    figures: [
      { value: 85, unit: 'معلم', kind: 'count', about: 'کمبود معلم' },
      { value: 23, unit: 'مدرسه', kind: 'count', about: 'مدارس با بخاری نفتی، بی‌گاز' },
      { value: 30, unit: 'معلم', kind: 'count', about: 'جای خالی پرشده با حق‌التدریس' },
      { value: 20, unit: 'کلاس', kind: 'count', about: 'کلاس‌های ادغامی' },
      { value: 310, unit: 'مدرسه', kind: 'count', about: 'کل مدارس شهرستان' },
      { value: 14, unit: 'مدرسه', kind: 'count', about: 'مدارس تجهیزشده به بخاری گازسوز' },
      { value: 11, unit: 'دانش‌آموز', kind: 'count', about: 'دانش‌آموزان کلاس رسولی' },
      { value: 4, unit: 'پایه', kind: 'count', about: '«چهار پایه مختلف»' },
      { value: 12, unit: 'معلم', kind: 'count', about: 'معلمان جدید' },
      { value: 2400, unit: 'نفر', kind: 'count', about: '«۲ هزار و ۴۰۰ نفر» سهمیه استخدام استان' },
      { value: 26000, unit: 'دانش‌آموز', kind: 'count', about: '«حدود ۲۶ هزار دانش‌آموز» سردشت' },
      { value: 190, unit: 'روستا', kind: 'count', about: '«بیش از ۱۹۰ روستای دارای سکنه»' },
    ],
    figures_never: ['«نیمسال دوم», «دوره متوسطه اول»: ordinals and a school level', '«روز چهارشنبه», «اول بهمن», «اول اسفند», «پایان سال», «سال آینده»: dates', '«یک کلاس»: lone «یک»', '«هر روز صبح»: frequency', '«چند بار»: vague'],
    notes: [
      'Education news on a local news blog on Blogger (Simple theme; the <h1> is the blog\'s name, the post title an <h3 class="post-title">; the visible date header is GREGORIAN, «پنجشنبه ۱۲ فوریه ۲۰۲۶»; the time is on <abbr class="published" itemprop="datePublished" title="…+03:30">; no lead; paragraphs as <div dir="rtl">; photo in a tr-caption-container table; «مطلب مرتبط:» line in the body). The page LOST EVERY ZWNJ: body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Azizi: «گفت:» (two-sentence quote, once), «وی افزود:» (two sentences, once), «عزیزی همچنین عنوان کرد که …» = 3; Rasouli: «می‌گوید …» (indirect), «او … گفت:» (multi-sentence quote, once), «به گفته رسولی» = 3.',
      'The parent («یکی از اولیای دانش‌آموزان این روستا … گفت») is quoted but unnamed; the provincial education office («اعلام کرده است») is an organization. The blog\'s dateline «سردشت –» opens the first paragraph. «چهار پایه مختلف» is counted as a count in words (4 پایه); «۲۳ مدرسه» occurs twice and is one figure.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [name, price in toman, change in toman (signed), high, low] */
type PriceRow = [string, number, number, number, number];
const fmt = (n: number) => persian(Math.abs(n).toLocaleString('en-US')).replace(/,/g, '٬');
const COINS: PriceRow[] = [
  ['سکه امامی', 178500000, 1200000, 179100000, 176900000],
  ['سکه بهار آزادی', 169200000, 800000, 169800000, 168000000],
  ['نیم سکه', 94000000, -300000, 94600000, 93500000],
  ['ربع سکه', 52800000, 150000, 53100000, 52300000],
  ['سکه گرمی', 28900000, 0, 29000000, 28700000],
];
const GOLD: PriceRow[] = [
  ['طلای ۱۸ عیار (هر گرم)', 17040000, 96000, 17090000, 16910000],
  ['طلای ۲۴ عیار (هر گرم)', 22720000, 128000, 22790000, 22550000],
  ['مثقال طلا', 73810000, 415000, 74030000, 73240000],
  ['طلای آب‌شده نقدی', 73600000, 390000, 73800000, 73050000],
  ['انس جهانی طلا (دلار)', 4862, -11, 4881, 4840],
];
const FX: PriceRow[] = [
  ['دلار آمریکا', 146800, 650, 147200, 145900],
  ['یورو', 172300, 410, 172900, 171500],
  ['درهم امارات', 39950, 170, 40080, 39700],
  ['پوند انگلیس', 198400, -250, 199100, 197800],
  ['لیر ترکیه', 3390, 10, 3400, 3370],
  ['یوان چین', 20310, 60, 20380, 20200],
];

function tahlilbazaarPrices(): NonArt {
  const title = 'قیمت طلا، سکه و ارز امروز چهارشنبه ۲۲ بهمن ۱۴۰۴';
  const table = (caption: string, rows: PriceRow[], id: string) => `  <section class="price-box" id="${id}"><h2>${caption}</h2>
  <table class="price-table"><thead><tr><th>عنوان</th><th>قیمت (تومان)</th><th>تغییر</th><th>بیشترین</th><th>کمترین</th></tr></thead><tbody>
${rows.map(([n, p, ch, hi, lo]) => `   <tr><td>${esc(n)}</td><td class="price">${fmt(p)}</td><td class="${ch > 0 ? 'up' : ch < 0 ? 'down' : 'flat'}">${ch === 0 ? '۰' : `${fmt(ch)} ${ch > 0 ? '▲' : '▼'}`}</td><td>${fmt(hi)}</td><td>${fmt(lo)}</td></tr>`).join('\n')}
  </tbody></table></section>`;
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>قیمت طلا، سکه و دلار امروز | تحلیل بازار</title>
<meta name="description" content="جدول قیمت لحظه‌ای سکه امامی، طلای ۱۸ عیار، مثقال طلا، دلار، یورو و سایر ارزها در بازار آزاد تهران">
<meta property="og:type" content="website">
<meta property="og:site_name" content="تحلیل بازار">
<link rel="canonical" href="https://www.tahlilbazaar.com/prices/gold-coin-currency">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"قیمت طلا، سکه و ارز امروز","publisher":{"@type":"Organization","name":"تحلیل بازار"}}</script>
</head>
<body class="prices-page">
<header class="tb-header"><a href="https://www.tahlilbazaar.com/"><img src="https://www.tahlilbazaar.com/assets/img/logo.svg" alt="تحلیل بازار"></a>
<nav><a href="https://www.tahlilbazaar.com/bourse">بورس</a> <a href="https://www.tahlilbazaar.com/gold">طلا و سکه</a> <a href="https://www.tahlilbazaar.com/currency">ارز</a> <a href="https://www.tahlilbazaar.com/crypto">رمزارز</a> <a href="https://www.tahlilbazaar.com/housing">مسکن</a> <a href="https://www.tahlilbazaar.com/car">خودرو</a> <a href="https://www.tahlilbazaar.com/analysis">تحلیل</a></nav>
<div class="ticker"><span>شاخص کل بورس: ${fmt(3184520)} (${persian('0.8')}٪ ▲)</span> <span>دلار: ${fmt(146800)}</span> <span>سکه امامی: ${fmt(178500000)}</span> <span>بیت‌کوین: ${fmt(97420)} دلار</span></div></header>
<main class="tb-main">
 <nav class="breadcrumb"><a href="https://www.tahlilbazaar.com/">خانه</a> › <a href="https://www.tahlilbazaar.com/prices">قیمت‌ها</a> › طلا، سکه و ارز</nav>
 <h1>${title}</h1>
 <p class="updated">آخرین به‌روزرسانی: ساعت ${persian('14:35')} | منبع: معاملات بازار آزاد تهران</p>
 <div class="tabs"><a class="active" href="#coins">سکه</a> <a href="#gold">طلا</a> <a href="#fx">ارز</a></div>
${table('قیمت سکه', COINS, 'coins')}
${table('قیمت طلا', GOLD, 'gold')}
${table('قیمت ارز در بازار آزاد', FX, 'fx')}
 <div class="chart"><h2>نمودار قیمت سکه امامی در ۳۰ روز گذشته</h2><canvas id="coin-chart" width="720" height="260"></canvas><div class="chart-range"><button>۷ روز</button> <button class="active">۳۰ روز</button> <button>۳ ماه</button> <button>یک سال</button></div></div>
 <p class="disclaimer">قیمت‌ها بر اساس میانگین معاملات بازار آزاد تهران است، هر ۵ دقیقه به‌روز می‌شود و تنها جنبه اطلاع‌رسانی دارد. تحلیل بازار مسئولیتی در قبال معاملات انجام‌شده بر اساس این جدول ندارد.</p>
 <section class="related-analysis"><h2>تحلیل‌های مرتبط</h2><ul>
  <li><a href="https://www.tahlilbazaar.com/analysis/50112">پیش‌بینی قیمت طلا در هفته آخر بهمن</a></li>
  <li><a href="https://www.tahlilbazaar.com/analysis/50087">حباب سکه امامی به ۸ درصد رسید</a></li>
  <li><a href="https://www.tahlilbazaar.com/analysis/50041">دلار در کانال ۱۴۶ هزار تومان؛ مقاومت بعدی کجاست؟</a></li>
 </ul></section>
</main>
<footer class="tb-footer"><p>کلیه حقوق این وب‌سایت متعلق به تحلیل بازار است.</p><p><a href="https://www.tahlilbazaar.com/about">درباره ما</a> <a href="https://www.tahlilbazaar.com/contact">تماس با ما</a> <a href="https://www.tahlilbazaar.com/ads">تبلیغات</a></p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-tahlilbazaar-prices', markup: 'price-table-tahlilbazaar', url: 'https://www.tahlilbazaar.com/prices/gold-coin-currency', title, html,
    notes: ['A live price page of a financial-markets site: a ticker, the update time, three tables (coins, gold, free-market currencies; each row a name, price, change with an arrow, high and low), a chart placeholder with range buttons, a one-paragraph disclaimer and three linked analyses. Numbers everywhere, no running text: not an article.'] };
}

/** [league, [status, home, score or time, away][]] */
const FOOTBALLI_LEAGUES: [string, [string, string, string, string][]][] = [
  ['لیگ برتر ایران - هفته نوزدهم', [
    ['پایان', 'پرسپولیس', '۲ - ۰', 'ملوان'], ['۶۷\'', 'سپاهان', '۱ - ۱', 'تراکتور'], ['۱۸:۰۰', 'استقلال', '-', 'گل‌گهر سیرجان'], ['۱۸:۳۰', 'چادرملو اردکان', '-', 'فولاد خوزستان'],
  ]],
  ['لیگ برتر انگلیس', [
    ['پایان', 'آرسنال', '۳ - ۱', 'برنتفورد'], ['۲۳:۰۰', 'لیورپول', '-', 'منچسترسیتی'], ['۲۳:۰۰', 'چلسی', '-', 'نیوکاسل'],
  ]],
  ['لالیگا اسپانیا', [
    ['۲۱:۴۵', 'رئال مادرید', '-', 'سویا'], ['۲۳:۳۰', 'بارسلونا', '-', 'ویارئال'],
  ]],
  ['سری آ ایتالیا', [
    ['پایان', 'اینتر', '۱ - ۰', 'لاتزیو'], ['۲۳:۱۵', 'یوونتوس', '-', 'ناپولی'],
  ]],
  ['لیگ نخبگان آسیا', [
    ['۲۰:۴۵', 'النصر عربستان', '-', 'الوحده امارات'],
  ]],
];

function footballiLive(): NonArt {
  const title = 'نتایج زنده فوتبال';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>نتایج زنده فوتبال امروز | فوتبالی</title>
<meta name="description" content="نتایج زنده بازی‌های فوتبال امروز، لیگ برتر ایران، لیگ‌های اروپایی و آسیا به همراه دقیقه بازی و گلزنان">
<meta http-equiv="refresh" content="60">
<link rel="canonical" href="https://www.footballi.net/live">
<link rel="manifest" href="/manifest.json">
</head>
<body class="live-page">
<header class="fb-header"><a class="fb-logo" href="https://www.footballi.net/"><img src="https://www.footballi.net/static/img/footballi-logo.svg" alt="فوتبالی"></a>
<nav class="fb-nav"><a href="https://www.footballi.net/news">اخبار</a> <a class="active" href="https://www.footballi.net/live">نتایج زنده</a> <a href="https://www.footballi.net/competitions">جدول لیگ‌ها</a> <a href="https://www.footballi.net/videos">ویدیو</a> <a href="https://www.footballi.net/transfers">نقل و انتقالات</a></nav>
<a class="fb-app" href="https://www.footballi.net/app">دانلود اپلیکیشن فوتبالی</a></header>
<main class="fb-main">
 <h1>${title}</h1>
 <div class="fb-days"><a href="https://www.footballi.net/live?day=-1">دیروز</a> <a class="active" href="https://www.footballi.net/live">امروز، جمعه ۲۴ بهمن</a> <a href="https://www.footballi.net/live?day=1">فردا</a> <label><input type="checkbox"> فقط بازی‌های در جریان</label></div>
${FOOTBALLI_LEAGUES.map(([lg, ms], i) => ` <section class="fb-league"><h2><img src="https://www.footballi.net/static/leagues/${i + 1}.png" alt=""> ${esc(lg)}</h2><ul class="fb-matches">
${ms.map(([st, h, sc, aw], j) => `  <li class="fb-match${/'$/.test(st) ? ' live' : ''}"><a href="https://www.footballi.net/match/${5108400 + i * 20 + j}"><span class="fb-status">${esc(st)}</span> <span class="fb-home">${esc(h)}</span> <span class="fb-score">${esc(sc)}</span> <span class="fb-away">${esc(aw)}</span></a></li>`).join('\n')}
 </ul></section>`).join('\n')}
 <aside class="fb-banner"><p>نتایج را سریع‌تر در اپلیکیشن دنبال کنید؛ اعلان لحظه‌ای گل‌ها برای تیم محبوب شما.</p><a href="https://www.footballi.net/app">دریافت از بازار</a> <a href="https://www.footballi.net/app?store=myket">دریافت از مایکت</a></aside>
</main>
<footer class="fb-footer"><p>© فوتبالی؛ همه حقوق محفوظ است.</p><p><a href="https://www.footballi.net/about">درباره ما</a> <a href="https://www.footballi.net/privacy">حریم خصوصی</a></p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-footballi-livescores', markup: 'live-scores-footballi', url: 'https://www.footballi.net/live', title, html,
    notes: ['A live-score page (auto-refreshing): day tabs, five competitions each with two to four matches (status or kick-off time or minute, home team, score, away team, all linked), an app-download banner. Not an article.'] };
}

const WIKI_PAGES: [string, string[]][] = [
  ['ا', ['ارم', 'اطلسی', 'انوری']], ['ب', ['باغ صفا', 'بازار مرغ', 'بالاکفت']], ['پ', ['پودنک']],
  ['ت', ['تاچارا', 'تپه تلویزیون']], ['د', ['دروازه کازرون', 'درب شاهزاده']], ['س', ['سنگ سیاه', 'سعدیه']],
  ['ع', ['عفیف‌آباد']], ['ق', ['قصردشت', 'قدوسی']], ['ک', ['کوی زهرا', 'کشن']], ['م', ['معالی‌آباد', 'ملاصدرا']], ['ی', ['یاس']],
];

function mediawikiCategory(): NonArt {
  const title = 'رده:محله‌های شیراز';
  const n = WIKI_PAGES.reduce((s, [, ps]) => s + ps.length, 0);
  const html = `<!DOCTYPE html>
<html class="client-nojs" lang="fa" dir="rtl">
<head>
<meta charset="UTF-8">
<title>${title} - دانشنامه شیراز</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"Category","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":14,"wgPageName":"رده:محله‌های_شیراز","wgTitle":"محله‌های شیراز","wgAction":"view","wgIsArticle":true,"wgUserLanguage":"fa","wgContentLanguage":"fa"};</script>
<link rel="stylesheet" href="/load.php?lang=fa&amp;modules=mediawiki.page.gallery.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="robots" content="max-image-preview:standard">
<meta name="viewport" content="width=1000">
<link rel="canonical" href="https://wiki.shirazpedia.ir/wiki/%D8%B1%D8%AF%D9%87:%D9%85%D8%AD%D9%84%D9%87%E2%80%8C%D9%87%D8%A7%DB%8C_%D8%B4%DB%8C%D8%B1%D8%A7%D8%B2">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="دانشنامه شیراز (fa)">
</head>
<body class="mediawiki rtl sitedir-rtl mw-hide-empty-elt ns-14 ns-subject page-رده_محله‌های_شیراز rootpage-رده_محله‌های_شیراز skin-vector action-view skin--responsive">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
 <a id="top"></a>
 <div id="siteNotice"><div id="localNotice"><p>برای مشارکت در نوشتن دانشنامه شیراز <a href="/wiki/ویژه:ساخت_حساب_کاربری">حساب کاربری بسازید</a>.</p></div></div>
 <div class="mw-indicators"></div>
 <h1 id="firstHeading" class="firstHeading mw-first-heading">${title}</h1>
 <div id="bodyContent" class="vector-body">
  <div id="siteSub" class="noprint">از دانشنامه شیراز</div>
  <div id="contentSub"></div>
  <div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">پرش به ناوبری</a> <a class="mw-jump-link" href="#searchInput">پرش به جستجو</a>
  <div id="mw-content-text" class="mw-body-content mw-content-rtl" lang="fa" dir="rtl"><div class="mw-parser-output"><p>این رده شامل مقاله‌هایی درباره محله‌های قدیم و جدید شهر شیراز است. برای محله‌های بافت تاریخی از <a href="/wiki/رده:بافت_تاریخی_شیراز">رده:بافت تاریخی شیراز</a> نیز استفاده کنید.</p></div>
  <div class="mw-category-generated" lang="fa" dir="rtl"><div id="mw-subcategories"><h2>زیررده‌ها</h2><p>این رده شامل ۳ زیررده است که در زیر آمده‌اند؛ از مجموع ۳ زیررده.</p><div lang="fa" dir="rtl" class="mw-content-rtl"><div class="mw-category"><div class="mw-category-group"><h3>ب</h3><ul><li><div class="CategoryTreeSection"><div class="CategoryTreeItem"><a href="/wiki/رده:بافت_تاریخی_شیراز" title="رده:بافت تاریخی شیراز">بافت تاریخی شیراز</a>‏ <span dir="ltr">(۱۲ ص)</span></div></div></li></ul></div><div class="mw-category-group"><h3>ش</h3><ul><li><div class="CategoryTreeSection"><div class="CategoryTreeItem"><a href="/wiki/رده:شهرک‌های_شیراز" title="رده:شهرک‌های شیراز">شهرک‌های شیراز</a>‏ <span dir="ltr">(۷ ص)</span></div></div></li></ul></div><div class="mw-category-group"><h3>م</h3><ul><li><div class="CategoryTreeSection"><div class="CategoryTreeItem"><a href="/wiki/رده:مناطق_شهرداری_شیراز" title="رده:مناطق شهرداری شیراز">مناطق شهرداری شیراز</a>‏ <span dir="ltr">(۱۱ ص)</span></div></div></li></ul></div></div></div></div>
  <div id="mw-pages"><h2>صفحه‌های موجود در ردهٔ «محله‌های شیراز»</h2><p>این رده شامل ${persian(n)} صفحه است که در زیر آمده‌اند؛ از مجموع ${persian(n)} صفحه.</p><div lang="fa" dir="rtl" class="mw-content-rtl"><div class="mw-category mw-category-columns">
${WIKI_PAGES.map(([h, ps]) => `<div class="mw-category-group"><h3>${h}</h3><ul>${ps.map((p) => `<li><a href="/wiki/${encodeURIComponent(p.replace(/ /g, '_'))}" title="${p}">${p}</a></li>`).join('')}</ul></div>`).join('\n')}
  </div></div></div></div>
  </div>
  <div class="printfooter" data-nosnippet="">برگرفته از «<a dir="ltr" href="https://wiki.shirazpedia.ir/w/index.php?title=رده:محله‌های_شیراز&amp;oldid=48213">https://wiki.shirazpedia.ir/w/index.php?title=رده:محله‌های_شیراز&amp;oldid=48213</a>»</div>
  <div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/ویژه:رده‌ها" title="ویژه:رده‌ها">رده‌ها</a>: <ul><li><a href="/wiki/رده:شیراز" title="رده:شیراز">شیراز</a></li><li><a href="/wiki/رده:جغرافیای_شیراز" title="رده:جغرافیای شیراز">جغرافیای شیراز</a></li></ul></div></div>
 </div>
</div>
<div id="mw-navigation"><h2>منوی ناوبری</h2>
 <div id="mw-head"><nav id="p-personal" class="vector-menu"><ul><li id="pt-login"><a href="/w/index.php?title=ویژه:ورود_به_سامانه">ورود به سامانه</a></li></ul></nav>
 <nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="/wiki/رده:محله‌های_شیراز">رده</a></li><li class="new"><a href="/w/index.php?title=بحث_رده:محله‌های_شیراز&amp;action=edit&amp;redlink=1">بحث</a></li></ul></nav>
 <nav id="p-views" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="/wiki/رده:محله‌های_شیراز">خواندن</a></li><li><a href="/w/index.php?title=رده:محله‌های_شیراز&amp;action=edit">ویرایش</a></li><li><a href="/w/index.php?title=رده:محله‌های_شیراز&amp;action=history">نمایش تاریخچه</a></li></ul></nav>
 <div id="p-search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="جستجو در دانشنامه شیراز" id="searchInput"><input type="submit" value="برو"></form></div></div>
 <div id="mw-panel"><div id="p-logo"><a class="mw-wiki-logo" href="/wiki/صفحهٔ_اصلی" title="صفحهٔ اصلی"></a></div>
 <nav id="p-navigation" class="vector-menu portal"><h3>ناوبری</h3><ul><li><a href="/wiki/صفحهٔ_اصلی">صفحهٔ اصلی</a></li><li><a href="/wiki/ویژه:تغییرات_اخیر">تغییرات اخیر</a></li><li><a href="/wiki/ویژه:صفحهٔ_تصادفی">مقالهٔ تصادفی</a></li><li><a href="/wiki/راهنما:فهرست">راهنما</a></li></ul></nav>
 <nav id="p-tb" class="vector-menu portal"><h3>ابزارها</h3><ul><li><a href="/wiki/ویژه:پیوند_به_این_صفحه/رده:محله‌های_شیراز">پیوندهای به این صفحه</a></li><li><a href="/wiki/ویژه:تغییرات_مرتبط/رده:محله‌های_شیراز">تغییرات مرتبط</a></li><li><a href="/wiki/ویژه:صفحه‌های_ویژه">صفحه‌های ویژه</a></li><li><a href="/w/index.php?title=رده:محله‌های_شیراز&amp;printable=yes">نسخهٔ قابل چاپ</a></li><li><a href="/w/index.php?title=رده:محله‌های_شیراز&amp;action=info">اطلاعات صفحه</a></li></ul></nav></div>
</div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">این صفحه آخرین‌بار در ۱۹ بهمن ۱۴۰۴ ساعت ۲۲:۱۴ ویرایش شده است.</li><li id="footer-info-copyright">محتوا تحت <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.fa">CC BY-SA 4.0</a> در دسترس است، مگر آنکه خلافش ذکر شده باشد.</li></ul>
<ul id="footer-places"><li><a href="/wiki/دانشنامه_شیراز:سیاست_حفظ_حریم_خصوصی">سیاست حفظ حریم خصوصی</a></li><li><a href="/wiki/دانشنامه_شیراز:درباره">دربارهٔ دانشنامه شیراز</a></li><li><a href="/wiki/دانشنامه_شیراز:تکذیب‌نامهٔ_عمومی">تکذیب‌نامه‌ها</a></li></ul>
<ul id="footer-icons"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script>
</body>
</html>
`;
  return { name: 'nonarticle-mediawiki-category', markup: 'category-mediawiki', url: 'https://wiki.shirazpedia.ir/wiki/رده:محله‌های_شیراز', title, html,
    notes: ['A MediaWiki (Vector skin) category page of a city wiki: one sentence of category description, three subcategories, the list of member pages grouped under initial letters, catlinks, navigation and tools menus, the «last edited» footer. A list, not an article.'] };
}

const NON_ARTICLES: NonArt[] = [tahlilbazaarPrices(), footballiLive(), mediawikiCategory()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

const SOURCE = { corpus: 'written for heldout8', heldout: true, synthetic_markup: true, synthetic_text: true };
const NO_DOCTYPE = new Set<string>();
const { buildArticle, buildNonArticle } = writtenSetBuilder({ out: OUT, sites: SITES, source: SOURCE, idDigits: 5, fallbackId: '6480233519274410285', siteNameShown: true });

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--check')) {
    mkdirSync(OUT, { recursive: true });
    for (const a of ARTICLES) buildArticle(a);
    for (const n of NON_ARTICLES) buildNonArticle(n);
    console.log(`built ${ARTICLES.length} article and ${NON_ARTICLES.length} non-article pages in ${OUT}`);
  }
  process.exitCode = checkHeldoutDir(OUT, { noDoctype: NO_DOCTYPE, minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true }) ? 1 : 0;
}
