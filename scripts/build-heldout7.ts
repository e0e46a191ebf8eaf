// Builds the SEVENTH held-out fixture set, tests/fixtures/heldout7/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Eight article pages in the markup of eight sites that no earlier set renders
// (Nasim, ANA, Ebtekar, Khodro45 as a WordPress/Yoast site, Kebna, Khabar Varzeshi as an AMP page,
// Hamdeli, Farhikhtegan) and three non-article pages (Moj News search results, Arman Melli print
// edition index, an Astro static blog archive). All eight texts were written for this set; the names
// of all quoted officials and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout7.ts          (build + check)
//        npx tsx scripts/build-heldout7.ts --check  (check only)
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
const OUT = resolve(ROOT, 'tests/fixtures/heldout7');

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
/** The same instant in UTC as WordPress/Yoast writes it, «…+00:00». */
const utcOffsetIso = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', '+00:00');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Nasim News Agency: JSON-LD NewsArticle (+03:30), a top bar with today's date, rootitr above
  // the h1, lead in p.lead, the photo inside the body with a caption span and «عکس:» credit, an
  // in-body «بخوانید:» box, «انتهای پیام/», «کلیدواژه‌ها», comments with a count.
  nasim: {
    site: 'خبرگزاری نسیم',
    boiler: ['کد خبر', 'بخوانید:', 'انتهای پیام/', 'کلیدواژه‌ها', 'اخبار مرتبط', 'پربیننده‌ترین', 'دیدگاه شما', 'تمامی حقوق این سایت متعلق به خبرگزاری نسیم است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | خبرگزاری نسیم</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="خبرگزاری نسیم">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://media.nasimonline.ir/d/2025/12/${c.g.d}/3/${c.id}.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="amphtml" href="https://www.nasimonline.ir/amp/${c.id}">
${jsonld(c, 'NewsArticle', 'خبرگزاری نسیم', 'https://www.nasimonline.ir/static/img/logo.png', { articleSection: c.a.kicker, author: { '@type': 'Organization', name: 'خبرگزاری نسیم' } })}
</head>
<body class="news-page">
<div class="topbar"><div class="container"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.nasimonline.ir/fa/rss">RSS</a> <a href="https://www.nasimonline.ir/fa/archive">آرشیو</a> <a href="https://www.nasimonline.ir/fa/about">درباره ما</a></div></div>
<header class="site-header"><div class="container"><a class="logo" href="https://www.nasimonline.ir/"><img src="https://www.nasimonline.ir/static/img/logo.png" alt="خبرگزاری نسیم"></a>
<nav class="main-nav"><ul><li><a href="https://www.nasimonline.ir/fa/service/politics">سیاسی</a></li><li><a href="https://www.nasimonline.ir/fa/service/economy">اقتصادی</a></li><li><a href="https://www.nasimonline.ir/fa/service/society">اجتماعی</a></li><li><a href="https://www.nasimonline.ir/fa/service/judiciary">حقوقی و قضایی</a></li><li><a href="https://www.nasimonline.ir/fa/service/world">بین‌الملل</a></li><li><a href="https://www.nasimonline.ir/fa/service/culture">فرهنگ و هنر</a></li><li><a href="https://www.nasimonline.ir/fa/service/sport">ورزش</a></li><li><a href="https://www.nasimonline.ir/fa/photo">عکس</a></li><li><a href="https://www.nasimonline.ir/fa/video">فیلم</a></li></ul></nav></div></header>
<main class="container">
 <ol class="breadcrumb"><li><a href="https://www.nasimonline.ir/">نسیم</a></li><li><a href="https://www.nasimonline.ir/fa/service/society">اجتماعی</a></li><li><a href="https://www.nasimonline.ir/fa/service/judiciary">${esc(c.a.kicker)}</a></li></ol>
 <article class="news">
  <div class="news-info"><span class="news-code">کد خبر: ${persian(c.id)}</span> <span class="news-date">${faDate(c)} - ${faTime(c)}</span></div>
  <div class="news-head">
   <span class="rootitr">در دادگاه کیفری یک مازندران</span>
   <h1 class="title">${esc(c.a.title)}</h1>
   <p class="lead">${esc(c.a.lead ?? '')}</p>
  </div>
  <div class="news-body" id="news-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<div class="image-news"><img src="https://media.nasimonline.ir/d/2025/12/${c.g.d}/3/${c.id}.jpg" alt="${esc(c.a.caption)}"><span class="caption">${esc(c.a.caption)}</span> <span class="photographer">${esc(c.a.credit)}</span></div>`,
  `<div class="read-also"><span>بخوانید:</span> <a href="https://www.nasimonline.ir/fa/news/${Number(c.id) - 4127}">${esc(c.a.inline ?? '')}</a></div>`)}
   <p class="end-news">انتهای پیام/</p>
  </div>
  <div class="tags"><span>کلیدواژه‌ها:</span> ${tagLinks(c, 'https://www.nasimonline.ir/fa/tag/', ' ')}</div>
  <div class="share"><span>اشتراک‌گذاری</span> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a> <span class="short">https://nasimonline.ir/x${Number(c.id).toString(36)}</span></div>
 </article>
 <section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.nasimonline.ir/fa/news/', Number(c.id) - 2300)}
 </ul></section>
 <section class="comments"><h2>دیدگاه شما</h2><span class="count">${persian(c.a.comments.length)} دیدگاه</span>
${comments(c, (n, t) => `<div class="comment-item"><div class="comment-author">${n}</div><div class="comment-text">${t}</div><span class="reply">پاسخ</span></div>`)}
  <form class="comment-form"><input placeholder="نام"><textarea placeholder="متن دیدگاه"></textarea><button>ارسال دیدگاه</button></form></section>
 <aside class="sidebar"><h2>پربیننده‌ترین</h2><ol>
${li(c.a.mostRead, 'https://www.nasimonline.ir/fa/news/', Number(c.id) - 5100)}
 </ol></aside>
</main>
<footer class="site-footer"><p>تمامی حقوق این سایت متعلق به خبرگزاری نسیم است.</p><p><a href="https://www.nasimonline.ir/fa/contact">تماس با ما</a> | <a href="https://www.nasimonline.ir/fa/ads">تبلیغات</a></p></footer>
</body>
</html>
`,
  },

  // ANA (Islamic Azad University news agency): article:published_time (+03:30), university-
  // flavoured menu, uptitle, lead div, <figure> with caption and «عکاس:» credit after paragraph 1,
  // an in-body «بیشتر بخوانید» list of two links, «انتهای پیام/», share row, «شناسه خبر».
  ana: {
    site: 'خبرگزاری آنا',
    boiler: ['شناسه خبر', 'بیشتر بخوانید', 'انتهای پیام/', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'ارسال نظر', 'کلیه حقوق برای خبرگزاری آنا محفوظ است', 'زمان مطالعه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - خبرگزاری آنا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="خبرگزاری آنا">
<meta property="og:image" content="https://www.ana.ir/files/fa/news/1404/10/${Number(c.d)}/${c.id}_main.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="${esc(c.a.kicker)}">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body class="page-news">
<header class="ana-header"><div class="container"><a href="https://www.ana.ir/"><img src="https://www.ana.ir/themes/ana/img/logo.svg" alt="آنا"></a> <span class="ana-date">${weekday(c)} ${faDate(c)}</span>
<nav><a href="https://www.ana.ir/service/university">دانشگاه</a> <a href="https://www.ana.ir/service/science">${esc(c.a.kicker)}</a> <a href="https://www.ana.ir/service/education">آموزش</a> <a href="https://www.ana.ir/service/provinces">استان‌ها</a> <a href="https://www.ana.ir/service/society">جامعه</a> <a href="https://www.ana.ir/service/sport">ورزش</a> <a href="https://www.ana.ir/multimedia">چندرسانه‌ای</a></nav></div></header>
<div class="container"><div class="row">
<main class="col-lg-8">
 <article class="news-content">
  <div class="news-meta"><span>شناسه خبر: ${persian(c.id)}</span> <span>${faDate(c)} ساعت ${faTime(c)}</span> <span class="read">زمان مطالعه: ${persian(4)} دقیقه</span></div>
  <div class="uptitle">پژوهشگران کشور</div>
  <h1>${esc(c.a.title)}</h1>
  <div class="news-lead">${esc(c.a.lead ?? '')}</div>
  <div class="news-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<figure class="news-figure"><img src="https://www.ana.ir/files/fa/news/1404/10/${Number(c.d)}/${c.id}_main.jpg" alt=""><figcaption>${esc(c.a.caption)} <em>${esc(c.a.credit)}</em></figcaption></figure>`,
  `<div class="more-news"><strong>بیشتر بخوانید</strong><ul><li><a href="https://www.ana.ir/news/${Number(c.id) - 311}">${esc(c.a.inline ?? '')}</a></li><li><a href="https://www.ana.ir/news/${Number(c.id) - 655}">${esc(c.a.related[2] ?? '')}</a></li></ul></div>`)}
   <p class="end">انتهای پیام/</p>
  </div>
  <div class="news-tags">${tagLinks(c, 'https://www.ana.ir/tag/', ' ')}</div>
  <div class="news-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://x.com/intent/post?url=${esc(c.a.url)}">ایکس</a> <a href="https://www.linkedin.com/shareArticle?url=${esc(c.a.url)}">لینکدین</a> <button>کپی لینک</button></div>
 </article>
 <section class="related-news"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://www.ana.ir/news/', Number(c.id) - 900)}
 </ul></section>
 <section class="news-comments"><h3>ارسال نظر</h3>
${comments(c, (n, t) => `<div class="cm"><b>${n}</b> <span class="cm-date">${faDate(c)}</span><p>${t}</p></div>`)}
  <form><input placeholder="نام"><textarea placeholder="نظر شما"></textarea><button>ثبت</button></form></section>
</main>
<aside class="col-lg-4"><div class="most-viewed"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://www.ana.ir/news/', Number(c.id) - 2400)}
</ol></div></aside>
</div></div>
<footer class="ana-footer"><p>کلیه حقوق برای خبرگزاری آنا محفوظ است.</p><p>خبرگزاری آنا وابسته به دانشگاه آزاد اسلامی</p></footer>
</body>
</html>
`,
  },

  // Ebtekar daily: no date meta at all, only the visible Jalali date and the print-edition line
  // (issue number and page); byline, lead in .lead, the photo inside the body with a caption
  // paragraph, a «بیشتر بخوانید» link box, comments. The page lost every ZWNJ.
  ebtekar: {
    site: 'روزنامه ابتکار',
    boiler: ['کد مطلب', 'بیشتر بخوانید', 'این مطلب در روزنامه ابتکار شماره', 'مطالب مرتبط', 'پربازدیدها', 'نظرات خوانندگان', 'همه حقوق مادی و معنوی این پایگاه متعلق به روزنامه ابتکار است', 'دانلود نسخه PDF'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | روزنامه ابتکار</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://ebtekarnews.com/wp-content/uploads/1404/10/${c.id}.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://ebtekarnews.com/assets/css/style.css">
</head>
<body class="single">
<div class="paper-bar"><span>روزنامه صبح ایران</span> <span>${weekday(c)} ${faDate(c)}</span> <a href="https://ebtekarnews.com/newspaper/">دانلود نسخه PDF</a></div>
<header class="masthead"><a href="https://ebtekarnews.com/"><img src="https://ebtekarnews.com/assets/img/ebtekar-logo.png" alt="روزنامه ابتکار"></a>
<ul class="nav"><li><a href="https://ebtekarnews.com/category/politics/">سیاسی</a></li><li><a href="https://ebtekarnews.com/category/economy/">اقتصادی</a></li><li><a href="https://ebtekarnews.com/category/society/">جامعه</a></li><li><a href="https://ebtekarnews.com/category/health/">سلامت</a></li><li><a href="https://ebtekarnews.com/category/culture/">فرهنگ</a></li><li><a href="https://ebtekarnews.com/category/world/">جهان</a></li></ul></header>
<div class="wrap">
 <div class="post">
  <div class="post-cat"><a href="https://ebtekarnews.com/category/health/">${esc(c.a.kicker)}</a></div>
  <h1 class="post-title">${esc(c.a.title)}</h1>
  <div class="post-meta"><span class="byline">${esc(c.a.author ?? '')}</span> <span class="date">${faDate(c)} - ${faTime(c)}</span> <span class="code">کد مطلب: ${persian(c.id)}</span></div>
  <div class="print-info">این مطلب در روزنامه ابتکار شماره ${persian(5462)} صفحه ${persian(6)} (سلامت) منتشر شده است.</div>
  <p class="lead">${esc(c.a.lead ?? '')}</p>
  <div class="post-content">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h4>${t}</h4>`,
  `<p class="photo"><img src="https://ebtekarnews.com/wp-content/uploads/1404/10/${c.id}.jpg" alt="" width="640"></p>\n<p class="photo-caption">${esc(c.a.caption)} / ${esc(c.a.credit)}</p>`,
  `<div class="see-also"><b>بیشتر بخوانید</b><br><a href="https://ebtekarnews.com/?p=${Number(c.id) - 163}">${esc(c.a.inline ?? '')}</a></div>`)}
  </div>
  <div class="post-tags">${tagLinks(c, 'https://ebtekarnews.com/tag/', '، ')}</div>
 </div>
 <div class="box related"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://ebtekarnews.com/?p=', Number(c.id) - 700)}
 </ul></div>
 <div class="box comments"><h3>نظرات خوانندگان</h3>
${comments(c, (n, t) => `<div class="cmt"><span class="cmt-name">${n}</span><p>${t}</p></div>`)}
  <form><input placeholder="نام"><input placeholder="ایمیل (منتشر نمی‌شود)"><textarea></textarea><button>ارسال</button></form></div>
 <div class="box side"><h3>پربازدیدها</h3><ul>
${li(c.a.mostRead, 'https://ebtekarnews.com/?p=', Number(c.id) - 1500)}
 </ul></div>
</div>
<footer class="footer">همه حقوق مادی و معنوی این پایگاه متعلق به روزنامه ابتکار است. <a href="https://ebtekarnews.com/about/">درباره ما</a></footer>
</body>
</html>
`,
  },

  // Khodro45 magazine: WordPress with a Yoast @graph JSON-LD and article:published_time, both in
  // UTC «+00:00»; the visible date is Jalali; breadcrumb, author and reading time, <h2>
  // subheadings, wp-block-image <figure>, an in-body «بیشتر بخوانید» group block, a sales CTA
  // banner, WordPress comments («دیدگاهتان را بنویسید»).
  khodro45: {
    site: 'خودرو۴۵',
    boiler: ['زمان مطالعه', 'بیشتر بخوانید:', 'خودروی خود را در کمتر از ۴۵ دقیقه بفروشید', 'مطالب پیشنهادی', 'پربازدیدترین مطالب', 'دیدگاهتان را بنویسید', 'تمامی حقوق مادی و معنوی این سایت متعلق به خودرو۴۵ است', 'قیمت روز خودرو'],
    render: (c) => `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - مجله خودرو۴۵</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="مجله خودرو۴۵">
<meta property="article:published_time" content="${utcOffsetIso(c)}">
<meta property="article:modified_time" content="${utcOffsetIso(c)}">
<meta name="author" content="${esc(c.a.author ?? '')}">
<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'Article', '@id': `${c.a.url}#article`, isPartOf: { '@id': c.a.url }, author: { name: c.a.author, '@id': 'https://khodro45.com/mag/#/schema/person/7c1e' }, headline: c.a.title, datePublished: utcOffsetIso(c), dateModified: utcOffsetIso(c), mainEntityOfPage: { '@id': c.a.url }, wordCount: 410, publisher: { '@id': 'https://khodro45.com/mag/#organization' }, articleSection: [c.a.kicker], inLanguage: 'fa-IR' },
    { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: `${c.a.title} - مجله خودرو۴۵`, datePublished: utcOffsetIso(c), breadcrumb: { '@id': `${c.a.url}#breadcrumb` }, inLanguage: 'fa-IR' },
    { '@type': 'BreadcrumbList', '@id': `${c.a.url}#breadcrumb`, itemListElement: [{ '@type': 'ListItem', position: 1, name: 'خانه', item: 'https://khodro45.com/mag/' }, { '@type': 'ListItem', position: 2, name: c.a.kicker, item: 'https://khodro45.com/mag/category/news/' }, { '@type': 'ListItem', position: 3, name: c.a.title }] },
    { '@type': 'Organization', '@id': 'https://khodro45.com/mag/#organization', name: 'خودرو۴۵', url: 'https://khodro45.com/' },
  ],
}).replace(/</g, '\\u003c')}</script>
<link rel="stylesheet" id="k45-theme-css" href="https://khodro45.com/mag/wp-content/themes/k45/style.css?ver=2.4.1" media="all">
</head>
<body class="post-template-default single single-post postid-${c.id} single-format-standard">
<header id="masthead" class="k45-header"><a class="custom-logo-link" href="https://khodro45.com/"><img src="https://khodro45.com/mag/wp-content/uploads/2023/05/logo-k45.svg" alt="خودرو۴۵"></a>
<nav class="k45-menu"><ul><li><a href="https://khodro45.com/buy/">خرید خودرو</a></li><li><a href="https://khodro45.com/sell/">فروش خودرو</a></li><li><a href="https://khodro45.com/inspection/">کارشناسی خودرو</a></li><li><a href="https://khodro45.com/price/">قیمت روز خودرو</a></li><li><a href="https://khodro45.com/mag/">مجله</a></li></ul></nav></header>
<div id="content" class="site-content">
<nav class="rank-breadcrumb"><a href="https://khodro45.com/mag/">خانه</a> › <a href="https://khodro45.com/mag/category/news/">${esc(c.a.kicker)}</a></nav>
<article id="post-${c.id}" class="post-${c.id} post type-post status-publish">
 <header class="entry-header"><h1 class="entry-title">${esc(c.a.title)}</h1>
 <div class="entry-meta"><span class="author vcard">${esc(c.a.author ?? '')}</span> <span class="posted-on">${faDate(c)}</span> <span class="reading-time">زمان مطالعه: ${persian(5)} دقیقه</span></div></header>
 <div class="entry-content">
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="wp-block-heading">${t}</h2>`,
  `<figure class="wp-block-image size-large"><img decoding="async" src="https://khodro45.com/mag/wp-content/uploads/2026/01/peugeot-207-${c.id}.webp" alt="${esc(c.a.caption)}"><figcaption class="wp-element-caption">${esc(c.a.caption)} (${esc(c.a.credit)})</figcaption></figure>`,
  `<div class="wp-block-group read-more"><p><strong>بیشتر بخوانید:</strong> <a href="https://khodro45.com/mag/${Number(c.id) - 318}/">${esc(c.a.inline ?? '')}</a></p></div>`)}
 </div>
 <div class="k45-cta"><p>خودروی خود را در کمتر از ۴۵ دقیقه بفروشید</p><a class="btn" href="https://khodro45.com/sell/">درخواست کارشناسی رایگان</a></div>
 <footer class="entry-footer"><span class="tags-links">${tagLinks(c, 'https://khodro45.com/mag/tag/', '، ')}</span></footer>
</article>
<section class="related-posts"><h3>مطالب پیشنهادی</h3><ul>
${li(c.a.related, 'https://khodro45.com/mag/', Number(c.id) - 1200)}
</ul></section>
<div id="comments" class="comments-area"><h2 class="comments-title">${persian(c.a.comments.length)} دیدگاه</h2><ol class="comment-list">
${comments(c, (n, t, k) => `<li id="comment-${9100 + k}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${n}</b> <span class="says">گفت:</span></footer><div class="comment-content"><p>${t}</p></div><a class="comment-reply-link" href="#respond">پاسخ</a></article></li>`)}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید</h3><form id="commentform"><p class="comment-notes">نشانی ایمیل شما منتشر نخواهد شد.</p><textarea id="comment" name="comment"></textarea><input type="submit" value="فرستادن دیدگاه"></form></div></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">پربازدیدترین مطالب</h2><ul>
${li(c.a.mostRead, 'https://khodro45.com/mag/', Number(c.id) - 2600)}
</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به خودرو۴۵ است.</p><p>تهران، بزرگراه شهید همت، نمایشگاه دائمی خودرو۴۵</p></footer>
<script src="https://khodro45.com/mag/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async></script>
</body>
</html>
`,
  },

  // Kebna (Kerman news): an older portal CMS with Dublin Core meta (DC.date.issued, +03:30), a
  // numeric Jalali date and a view count, the photo between lead and body with a caption line,
  // «انتهای پیام», short link, «ارسال نظر».
  kebna: {
    site: 'کبنا',
    boiler: ['کد خبر', 'تعداد بازدید', 'انتهای پیام', 'لینک کوتاه', 'اخبار مرتبط', 'پربازدیدترین اخبار', 'ارسال نظر', 'کلیه حقوق این سایت متعلق به پایگاه خبری کبنا است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>کبنا - ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="DC.title" content="${esc(c.a.title)}">
<meta name="DC.date.issued" content="${c.iso}">
<meta name="DC.language" content="fa">
<meta name="DC.publisher" content="کبنا">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.kebnanews.ir/images/docs/files/000${c.id.slice(0, 3)}/nf00${c.id}-1.jpg">
<link rel="stylesheet" href="https://www.kebnanews.ir/themes/kebna/css/site.css">
</head>
<body>
<div id="page">
<div id="header"><a href="https://www.kebnanews.ir/"><img src="https://www.kebnanews.ir/themes/kebna/img/logo.png" alt="کبنا"></a><span class="slogan">پایگاه خبری استان کرمان</span>
<div class="header-date">${weekday(c)} ${faNumDate(c)}</div></div>
<div id="menu"><a href="https://www.kebnanews.ir/">صفحه نخست</a> <a href="https://www.kebnanews.ir/fa/service/1">سیاسی</a> <a href="https://www.kebnanews.ir/fa/service/2">اقتصادی</a> <a href="https://www.kebnanews.ir/fa/service/3">اجتماعی</a> <a href="https://www.kebnanews.ir/fa/service/4">شهرستان‌ها</a> <a href="https://www.kebnanews.ir/fa/service/5">فرهنگی</a> <a href="https://www.kebnanews.ir/fa/service/6">ورزشی</a></div>
<div id="main">
 <div class="news-item">
  <div class="path"><a href="https://www.kebnanews.ir/">صفحه نخست</a> &gt; <a href="https://www.kebnanews.ir/fa/service/3">${esc(c.a.kicker)}</a></div>
  <div class="news-head"><span class="news-id">کد خبر: ${persian(c.id)}</span> <span class="news-date">تاریخ انتشار: ${faNumDate(c)} - ${faTime(c)}</span> <span class="hits">تعداد بازدید: ${persian(1874)}</span></div>
  <h1 class="news-title">${esc(c.a.title)}</h1>
  <div class="news-lead">${esc(c.a.lead ?? '')}</div>
  <div class="news-photo"><img src="https://www.kebnanews.ir/images/docs/files/000${c.id.slice(0, 3)}/nf00${c.id}-1.jpg" alt=""><div class="news-photo-caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
  <div class="news-body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<p><strong>${t}</strong></p>`, '')}
   <p class="end">انتهای پیام</p>
  </div>
  <div class="news-tags">برچسب‌ها: ${tagLinks(c, 'https://www.kebnanews.ir/fa/tags/', ' | ')}</div>
  <div class="short-link">لینک کوتاه: https://kebnanews.ir/x${Number(c.id).toString(36)}</div>
 </div>
 <div class="box"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.kebnanews.ir/fa/news/', Number(c.id) - 400)}
 </ul></div>
 <div class="box comments"><h3>ارسال نظر</h3>
${comments(c, (n, t) => `<div class="comment"><div class="comment-head">${n} | ${faNumDate(c)}</div><div class="comment-text">${t}</div></div>`)}
  <form><input placeholder="نام"><textarea></textarea><input type="submit" value="ارسال"></form></div>
</div>
<div id="side"><div class="box"><h3>پربازدیدترین اخبار</h3><ul>
${li(c.a.mostRead, 'https://www.kebnanews.ir/fa/news/', Number(c.id) - 1100)}
</ul></div></div>
<div id="footer">کلیه حقوق این سایت متعلق به پایگاه خبری کبنا است. | نشانی: کرمان، بلوار جمهوری اسلامی</div>
</div>
</body>
</html>
`,
  },

  // Khabar Varzeshi as an AMP page: <html ⚡>, amp-boilerplate, JSON-LD NewsArticle (+03:30),
  // amp-img in a <figure>, amp-social-share, an amp-sidebar menu, «بیشتر بخوانید» link block, a
  // «نسخه کامل» link and no comments.
  khabarvarzeshi: {
    site: 'خبر ورزشی',
    boiler: ['کد خبر', 'بیشتر بخوانید', 'مشاهده نسخه کامل', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'تمامی حقوق این سایت متعلق به خبر ورزشی است', 'نتایج زنده'],
    render: (c) => `<!doctype html>
<html ⚡ lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>${esc(c.a.title)} - خبر ورزشی</title>
<link rel="canonical" href="${esc(c.a.url.replace('/amp/', '/'))}">
<meta name="viewport" content="width=device-width">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>body{font-family:IRANSans,tahoma;direction:rtl}.lead{font-weight:bold}figure{margin:0}</style>
${jsonld(c, 'NewsArticle', 'خبر ورزشی', 'https://www.khabarvarzeshi.com/img/logo.png', { articleSection: c.a.kicker })}
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="right"><ul><li><a href="https://www.khabarvarzeshi.com/service/football">فوتبال</a></li><li><a href="https://www.khabarvarzeshi.com/service/volleyball">والیبال</a></li><li><a href="https://www.khabarvarzeshi.com/service/basketball">بسکتبال</a></li><li><a href="https://www.khabarvarzeshi.com/service/wrestling">کشتی</a></li><li><a href="https://www.khabarvarzeshi.com/live">نتایج زنده</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle">☰</button> <a href="https://www.khabarvarzeshi.com/"><amp-img src="https://www.khabarvarzeshi.com/img/logo.png" width="120" height="36" alt="خبر ورزشی"></amp-img></a></header>
<main>
<article>
 <div class="kicker"><a href="https://www.khabarvarzeshi.com/service/basketball">${esc(c.a.kicker)}</a></div>
 <h1>${esc(c.a.title)}</h1>
 <div class="meta"><span>کد خبر: ${persian(c.id)}</span> <span>${weekday(c)} ${faDate(c)} - ${faTime(c)}</span></div>
 <p class="lead">${esc(c.a.lead ?? '')}</p>
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<figure><amp-img src="https://newsmedia.khabarvarzeshi.com/d/2026/01/${c.g.d}/4/${c.id}.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>`,
  `<div class="read-more"><span>بیشتر بخوانید</span> <a href="https://www.khabarvarzeshi.com/amp/news/${Number(c.id) - 2210}">${esc(c.a.inline ?? '')}</a></div>`)}
 <div class="tags">${tagLinks(c, 'https://www.khabarvarzeshi.com/tag/', ' ')}</div>
 <div class="share"><amp-social-share type="telegram" width="36" height="36"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share></div>
 <a class="full" href="${esc(c.a.url.replace('/amp/', '/'))}">مشاهده نسخه کامل</a>
</article>
<section class="related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.khabarvarzeshi.com/amp/news/', Number(c.id) - 800)}
</ul></section>
<section class="popular"><h3>پربازدیدترین‌ها</h3><ul>
${li(c.a.mostRead, 'https://www.khabarvarzeshi.com/amp/news/', Number(c.id) - 3300)}
</ul></section>
</main>
<footer><p>تمامی حقوق این سایت متعلق به خبر ورزشی است.</p></footer>
</body>
</html>
`,
  },

  // Hamdeli daily: schema.org microdata with the date on a visible <time itemprop="datePublished">
  // (+03:30) and itemprop="articleBody"; print-edition line, byline, lead as .lead, <figure> after
  // paragraph 2, «بخوانید» box, «نسخه PDF», comments.
  hamdeli: {
    site: 'روزنامه همدلی',
    boiler: ['کد مطلب', 'بخوانید:', 'نسخه PDF روزنامه', 'مطالب مرتبط', 'پربازدیدترین', 'دیدگاه‌ها', 'کلیه حقوق برای روزنامه همدلی محفوظ است', 'صفحه نخست'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - روزنامه همدلی</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="روزنامه همدلی">
<meta property="og:image" content="https://hamdelidaily.ir/files/fa/news/1404/10/${Number(c.d)}/${c.id}_1.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<header class="hd"><div class="hd-top"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://hamdelidaily.ir/newspaper">نسخه PDF روزنامه</a></div>
<a class="hd-logo" href="https://hamdelidaily.ir/"><img src="https://hamdelidaily.ir/client/img/hamdeli-logo.png" alt="روزنامه همدلی"></a>
<ul class="hd-menu"><li><a href="https://hamdelidaily.ir/">صفحه نخست</a></li><li><a href="https://hamdelidaily.ir/fa/service/politics">سیاست</a></li><li><a href="https://hamdelidaily.ir/fa/service/economy">اقتصاد</a></li><li><a href="https://hamdelidaily.ir/fa/service/society">جامعه</a></li><li><a href="https://hamdelidaily.ir/fa/service/culture">فرهنگ و هنر</a></li><li><a href="https://hamdelidaily.ir/fa/service/sport">ورزش</a></li></ul></header>
<div class="page">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
 <meta itemprop="mainEntityOfPage" content="${esc(c.a.url)}">
 <div class="story-cat">${esc(c.a.kicker)}</div>
 <h1 itemprop="headline">${esc(c.a.title)}</h1>
 <div class="story-meta"><span class="code">کد مطلب: ${persian(c.id)}</span> <time itemprop="datePublished" datetime="${c.iso}">${faDate(c)} - ${faTime(c)}</time> <span class="issue">روزنامه همدلی، شماره ${persian(2743)}، صفحه ${persian(7)}</span> <span itemprop="author">${esc(c.a.author ?? '')}</span></div>
 <p class="lead" itemprop="description">${esc(c.a.lead ?? '')}</p>
 <div class="story-body" itemprop="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<figure class="story-img"><img itemprop="image" src="https://hamdelidaily.ir/files/fa/news/1404/10/${Number(c.d)}/${c.id}_1.jpg" alt=""><figcaption>${esc(c.a.caption)}؛ ${esc(c.a.credit)}</figcaption></figure>`,
  `<div class="also"><b>بخوانید:</b> <a href="https://hamdelidaily.ir/fa/news/${Number(c.id) - 97}">${esc(c.a.inline ?? '')}</a></div>`)}
 </div>
 <div class="story-tags">${tagLinks(c, 'https://hamdelidaily.ir/fa/tag/', ' ')}</div>
</article>
<section class="box"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://hamdelidaily.ir/fa/news/', Number(c.id) - 500)}
</ul></section>
<section class="box comments"><h2>دیدگاه‌ها</h2>
${comments(c, (n, t) => `<div class="c"><strong>${n}</strong><p>${t}</p></div>`)}
 <form><textarea placeholder="دیدگاه خود را بنویسید"></textarea><button>ارسال</button></form></section>
<aside class="box most"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, 'https://hamdelidaily.ir/fa/news/', Number(c.id) - 1300)}
</ol></aside>
</div>
<footer class="ft">کلیه حقوق برای روزنامه همدلی محفوظ است.</footer>
</body>
</html>
`,
  },

  // Farhikhtegan daily: article:published_time and <time datetime> in UTC («Z»), visible Jalali
  // and Gregorian dates, no lead element (the newspaper text opens with «گروه بین‌الملل:»), byline,
  // the photo before the body with a caption, a «منبع تصویر» credit, «بیشتر بخوانید» box, comments.
  farhikhtegan: {
    site: 'روزنامه فرهیختگان',
    boiler: ['شماره خبر', 'بیشتر بخوانید', 'منبع تصویر:', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'نظرات', 'تمامی حقوق این وب‌سایت متعلق به روزنامه فرهیختگان است', 'روزنامه امروز'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | فرهیختگان</title>
<meta name="description" content="${esc(c.a.paras[0].slice(0, 160))}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="روزنامه فرهیختگان">
<meta property="article:published_time" content="${utcIso(c)}">
<meta property="article:section" content="${esc(c.a.kicker)}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://farhikhtegandaily.com/static/css/main.3b8e.css">
</head>
<body class="news-detail">
<header class="fh-header"><div class="fh-top"><span>${weekday(c)} ${faDate(c)}</span> <span>${gDate(c)}</span> <a href="https://farhikhtegandaily.com/newspaper">روزنامه امروز</a></div>
<a class="fh-logo" href="https://farhikhtegandaily.com/"><img src="https://farhikhtegandaily.com/static/img/logo.svg" alt="فرهیختگان"></a>
<nav class="fh-nav"><a href="https://farhikhtegandaily.com/section/politics">سیاست</a> <a href="https://farhikhtegandaily.com/section/economy">اقتصاد</a> <a href="https://farhikhtegandaily.com/section/society">جامعه</a> <a href="https://farhikhtegandaily.com/section/world">${esc(c.a.kicker)}</a> <a href="https://farhikhtegandaily.com/section/culture">فرهنگ</a> <a href="https://farhikhtegandaily.com/section/university">دانشگاه</a></nav></header>
<main class="fh-main">
 <article class="fh-article">
  <div class="fh-article__meta"><span>شماره خبر: ${persian(c.id)}</span> <time datetime="${utcIso(c)}">${faDate(c)} ساعت ${faTime(c)}</time> <span class="fh-author">${esc(c.a.author ?? '')}</span></div>
  <h1 class="fh-article__title">${esc(c.a.title)}</h1>
  <figure class="fh-article__cover"><img src="https://farhikhtegandaily.com/media/${c.g.y}/${c.g.m}/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} <span class="src">منبع تصویر: ${esc(c.a.credit)}</span></figcaption></figure>
  <div class="fh-article__body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<aside class="fh-more"><h4>بیشتر بخوانید</h4><a href="https://farhikhtegandaily.com/news/${Number(c.id) - 1020}">${esc(c.a.inline ?? '')}</a></aside>`)}
  </div>
  <div class="fh-tags">${tagLinks(c, 'https://farhikhtegandaily.com/tag/', ' ')}</div>
 </article>
 <section class="fh-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://farhikhtegandaily.com/news/', Number(c.id) - 2000)}
 </ul></section>
 <section class="fh-comments"><h3>نظرات</h3>
${comments(c, (n, t) => `<div class="fh-comment"><span>${n}</span><p>${t}</p></div>`)}
 <form><textarea placeholder="نظر شما"></textarea><button>ارسال</button></form></section>
 <aside class="fh-popular"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://farhikhtegandaily.com/news/', Number(c.id) - 4000)}
 </ol></aside>
</main>
<footer class="fh-footer">تمامی حقوق این وب‌سایت متعلق به روزنامه فرهیختگان است.</footer>
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
    name: 'nasim-nowshahr-land-trial', site: 'nasim', photoAt: 0, inlineAt: 4,
    inline: 'رفع تصرف ۱۸ هکتار از اراضی ملی در چالوس',
    url: 'https://www.nasimonline.ir/fa/news/1087235/دومین-جلسه-دادگاه-زمین‌خواری-۳۲-هکتاری-نوشهر-برگزار-شد',
    title: 'دومین جلسه دادگاه زمین‌خواری ۳۲ هکتاری نوشهر برگزار شد؛ نماینده دادستان خواستار تخریب ۲۸ ویلا شد',
    kicker: 'حقوقی و قضایی', date: '۸ دی ۱۴۰۴ - ۱۳:۲۵',
    lead: 'دومین جلسه رسیدگی به اتهامات ۹ متهم پرونده تصرف ۳۲ هکتار از اراضی ملی در حاشیه جنگل‌های نوشهر، صبح امروز در شعبه دوم دادگاه کیفری یک استان مازندران در ساری برگزار شد.',
    paras: [
      'به گزارش خبرگزاری نسیم، در ابتدای این جلسه، قاضی مهرداد سلیمانی، رئیس دادگاه، پس از اعلام رسمیت جلسه از نماینده دادستان خواست بخش باقی‌مانده کیفرخواست را قرائت کند. نخستین جلسه رسیدگی به این پرونده ۲۳ آذر برگزار شده بود.',
      'بهزاد کیانی، نماینده دادستان مرکز استان، در ادامه قرائت کیفرخواست گفت: متهمان طی سه سال با جعل اسناد عادی و همدستی دو کارمند اداره ثبت، این اراضی را به ۱۴۰ قطعه ویلایی تفکیک کرده و به حدود ۱۱۰ خریدار فروخته‌اند. مجموع مبالغی که از خریداران دریافت شده، بیش از ۸۵۰ میلیارد تومان است.',
      'وی افزود: بر اساس نظر کارشناس رسمی دادگستری، ارزش روز این اراضی به ۲ هزار و ۴۰۰ میلیارد تومان می‌رسد. متهمان برای احداث جاده دسترسی، درختان جنگلی را در بیش از ۶ هکتار از این عرصه قطع کرده‌اند.',
      'نماینده دادستان با اشاره به اینکه تاکنون ۲۸ ویلا در این اراضی ساخته شده است، خواستار اعاده وضع به حال سابق و قلع و قمع این بناها شد.',
      'در ادامه، نماینده حقوقی اداره کل منابع طبیعی و آبخیزداری مازندران به عنوان شاکی پرونده در جایگاه قرار گرفت. رضا عسگری‌نیا گفت: این اراضی جزو عرصه‌های ملی است و هیچ‌گاه سند مالکیت خصوصی برای آن صادر نشده بود. ما از سال ۱۴۰۱ بارها برای رفع تصرف اقدام کردیم، اما هر بار متصرفان با ارائه اسناد جعلی، عملیات را متوقف کردند.',
      'فرهاد نادری‌پور، وکیل متهم ردیف اول، در دفاع از موکل خود اظهار داشت: موکل من تنها واسطه فروش بوده و از جعلی بودن اسناد اطلاعی نداشته است. او خودش ۴ قطعه از همین اراضی را برای خانواده‌اش خریده است؛ کسی که از جعل خبر دارد، ملک جعلی برای خانواده خودش نمی‌خرد.',
      'نادری‌پور همچنین از دادگاه خواست با توجه به بیماری قلبی موکلش، قرار بازداشت موقت او به قرار وثیقه تبدیل شود.',
      'متهم ردیف اول نیز در آخرین دفاع خود اتهام جعل را نپذیرفت و گفت بخشی از پول خریداران را به آنها بازگردانده است. به گفته یکی از خریداران حاضر در جلسه، دست‌کم ۳۰ خانواده تمام پس‌انداز خود را در این ماجرا از دست داده‌اند.',
      'قاضی سلیمانی در پایان جلسه اعلام کرد که جلسه بعدی دادگاه پس از وصول لوایح دفاعیه وکلا و پاسخ استعلام اداره ثبت اسناد و املاک، ۲۱ دی‌ماه برگزار خواهد شد.',
    ],
    tags: ['زمین‌خواری', 'نوشهر', 'اراضی ملی', 'دادگستری مازندران'],
    caption: 'نمایی از جلسه دادگاه رسیدگی به پرونده زمین‌خواری نوشهر', credit: 'عکس: دادگستری مازندران',
    related: ['کشف ۱۲ هکتار زمین‌خواری در عباس‌آباد', 'دادستان کل: با تصرف اراضی ملی برخورد قاطع می‌شود', 'تخریب ۴۰ بنای غیرمجاز در حریم جنگل‌های کلاردشت'],
    mostRead: ['جزئیات تغییر ساعت کاری ادارات در زمستان', 'قیمت طلا و سکه امروز', 'اعلام نتایج آزمون استخدامی دستگاه‌های اجرایی', 'بارش برف در گردنه حیران'],
    comments: [['محمد از نوشهر', 'کاش اسامی کارمندان متخلف ثبت هم اعلام شود.'], ['ناشناس', 'خریداران بی‌گناه چه گناهی کرده‌اند؟']],
    speakers: [
      { name: 'مهرداد سلیمانی', role: 'رئیس دادگاه', also_called: ['سلیمانی'], statements: 2 },
      { name: 'بهزاد کیانی', role: 'نماینده دادستان مرکز استان', also_called: ['وی', 'نماینده دادستان'], statements: 3 },
      { name: 'رضا عسگری‌نیا', role: 'نماینده حقوقی اداره کل منابع طبیعی و آبخیزداری مازندران', also_called: [], statements: 1 },
      { name: 'فرهاد نادری‌پور', role: 'وکیل متهم ردیف اول', also_called: ['نادری‌پور'], statements: 2 },
    ],
    speakers_never: ['متهم ردیف اول', 'یکی از خریداران', 'خبرگزاری نسیم'],
    figures: [
      { value: 9, unit: 'متهم', kind: 'count', about: 'متهمان پرونده' },
      { value: 32, unit: 'هکتار', kind: 'measure', about: 'اراضی ملی تصرف‌شده' },
      { value: 2, unit: 'کارمند', kind: 'count', about: '«دو کارمند اداره ثبت»' },
      { value: 140, unit: 'قطعه', kind: 'count', about: 'قطعات ویلایی' },
      { value: 110, unit: 'خریدار', kind: 'count', about: '«حدود ۱۱۰ خریدار»' },
      { value: 850000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۸۵۰ میلیارد تومان» دریافتی از خریداران' },
      { value: 2400000000000, unit: 'تومان', kind: 'money', about: 'ارزش روز اراضی' },
      { value: 6, unit: 'هکتار', kind: 'measure', about: '«بیش از ۶ هکتار» قطع درختان' },
      { value: 28, unit: 'ویلا', kind: 'count', about: 'ویلاهای ساخته‌شده' },
      { value: 4, unit: 'قطعه', kind: 'count', about: 'قطعات خریده‌شده به گفته وکیل' },
      { value: 30, unit: 'خانواده', kind: 'count', about: '«دست‌کم ۳۰ خانواده»' },
    ],
    figures_never: ['«سه سال»: duration', '«۲۳ آذر», «۲۱ دی‌ماه», «سال ۱۴۰۱»: dates and a year', '«دومین», «نخستین», «شعبه دوم», «ردیف اول»: ordinals', '«کیفری یک»: part of a court\'s name'],
    notes: [
      'Court hearing (Nasim: JSON-LD NewsArticle, rootitr, photo inside the body after the first paragraph, in-body «بخوانید:» box). Four named speakers; the judge is introduced with title and role («قاضی مهرداد سلیمانی، رئیس دادگاه»), the title dropped from the name.',
      'statements: Soleimani: «از نماینده دادستان خواست …», «قاضی سلیمانی … اعلام کرد که …» = 2; Kiani: «گفت:» (two-sentence quote, once), «وی افزود:» (two sentences, once), «نماینده دادستان … خواستار … شد» (role only) = 3; Asgarinia: introduced by role in a sentence without a speech verb, then «رضا عسگری‌نیا گفت:» (two-sentence quote, once) = 1; Naderipour: «اظهار داشت:» (once), «از دادگاه خواست …» = 2.',
      'The first defendant speaks («… نپذیرفت و گفت …») but is never named; «یکی از خریداران» (به گفته) is unnamed: neither is a speaker. «دو کارمند اداره ثبت» is counted (2 کارمند) as a count in words.',
    ],
  },
  {
    name: 'ana-pistachio-bioplastic', site: 'ana', photoAt: 1, inlineAt: 4,
    inline: 'تولید نانوالیاف از ضایعات کشاورزی در دانشگاه آزاد',
    url: 'https://www.ana.ir/news/987514/پژوهشگران-دانشگاه-آزاد-رفسنجان-از-پوست-پسته-فیلم-بسته‌بندی-ساختند',
    title: 'پژوهشگران دانشگاه آزاد رفسنجان از پوست پسته فیلم بسته‌بندی زیست‌تخریب‌پذیر ساختند',
    kicker: 'علم و فناوری', date: '۱۱ دی ۱۴۰۴ - ۰۹:۴۰',
    lead: 'گروهی از پژوهشگران دانشگاه آزاد اسلامی واحد رفسنجان با استفاده از پوست سبز پسته، فیلمی برای بسته‌بندی مواد غذایی ساخته‌اند که در خاک طی ۴۵ روز تجزیه می‌شود.',
    paras: [
      'به گزارش خبرنگار آنا، نتایج این پژوهش که حاصل دو سال کار مشترک گروه مهندسی شیمی و مرکز تحقیقات پسته این واحد دانشگاهی است، به تازگی در یکی از نشریات بین‌المللی حوزه بسته‌بندی مواد غذایی منتشر شده است.',
      'الهام رستگار، عضو هیئت علمی گروه مهندسی شیمی و مجری این طرح، در گفت‌وگو با آنا گفت: سالانه نزدیک به نیم میلیون تن پوست سبز پسته در کشور تولید می‌شود که بیشتر آن سوزانده یا در کنار باغ‌ها رها می‌شود و شیرابه آن آب‌های زیرزمینی را آلوده می‌کند. ما ترکیبات پلی‌ساکاریدی این پسماند را استخراج کردیم و با افزودن نشاسته ذرت به فیلمی شفاف و انعطاف‌پذیر رسیدیم.',
      'وی افزود: آزمایش‌ها نشان داد این فیلم به دلیل ترکیبات فنولی پوست پسته خاصیت ضدمیکروبی دارد و ماندگاری نان تست بسته‌بندی‌شده با آن را از چهار روز به ۹ روز افزایش می‌دهد.',
      'رستگار با بیان اینکه استحکام کششی این فیلم حدود ۲۸ مگاپاسکال است، تصریح کرد که این عدد به پلی‌اتیلن‌های رایج در بازار نزدیک است، اما مقاومت فیلم در برابر رطوبت هنوز ۳۰ درصد کمتر از نمونه‌های پلاستیکی است و باید بهبود یابد.',
      'به گفته این عضو هیئت علمی، هزینه تولید هر کیلوگرم از این فیلم در مقیاس آزمایشگاهی حدود ۳۸۰ هزار تومان است که در تولید انبوه تا ۴۰ درصد کاهش می‌یابد.',
      'محسن ابراهیمی‌نژاد، رئیس پارک علم و فناوری دانشگاه آزاد اسلامی استان کرمان، نیز از آمادگی این پارک برای تجاری‌سازی طرح خبر داد و گفت: دانشجویان دکتری این گروه یک شرکت دانش‌بنیان تأسیس کرده‌اند و قرارداد ساخت یک خط نیمه‌صنعتی با ظرفیت روزانه ۲۰۰ کیلوگرم در مراحل پایانی است.',
      'ابراهیمی‌نژاد خاطرنشان کرد که استان کرمان با بیش از ۱۸۰ هزار هکتار باغ پسته، بزرگ‌ترین تولیدکننده این محصول در کشور است و ایجاد زنجیره ارزش برای پسماندهای پسته می‌تواند برای ۲ هزار نفر شغل ایجاد کند.',
      'بر اساس آمار وزارت جهاد کشاورزی، تولید پسته ایران در سال زراعی گذشته حدود ۱۹۰ هزار تن بوده است. پیش از این نیز پژوهشگرانی در دانشگاه‌های دیگر کشور از پوست پسته برای تولید رنگ خوراکی و کود آلی استفاده کرده بودند.',
    ],
    tags: ['پسته', 'بسته‌بندی زیست‌تخریب‌پذیر', 'دانشگاه آزاد رفسنجان', 'پسماند کشاورزی'],
    caption: 'نمونه فیلم بسته‌بندی ساخته‌شده از پوست سبز پسته در آزمایشگاه', credit: 'عکاس: علی شجاعی',
    related: ['ثبت ۱۲ اختراع دانشگاه آزاد کرمان در سال جاری', 'رونمایی از کود زیستی تولید دانشجویان شیراز', 'ساخت حسگر تشخیص آفلاتوکسین در پسته'],
    mostRead: ['زمان برگزاری امتحانات پایان ترم دانشگاه آزاد', 'ثبت‌نام وام دانشجویی آغاز شد', 'شرایط پذیرش بدون آزمون کارشناسی ارشد', 'جدول شهریه دوره‌های دکتری'],
    comments: [['دانشجوی رفسنجان', 'به همه اعضای گروه مهندسی شیمی خسته نباشید می‌گوییم.']],
    speakers: [
      { name: 'الهام رستگار', role: 'عضو هیئت علمی گروه مهندسی شیمی و مجری این طرح', also_called: ['وی', 'رستگار', 'این عضو هیئت علمی'], statements: 4 },
      { name: 'محسن ابراهیمی‌نژاد', role: 'رئیس پارک علم و فناوری دانشگاه آزاد اسلامی استان کرمان', also_called: ['ابراهیمی‌نژاد'], statements: 2 },
    ],
    speakers_never: ['وزارت جهاد کشاورزی', 'خبرنگار آنا'],
    figures: [
      { value: 500000, unit: 'تن', kind: 'measure', about: '«نزدیک به نیم میلیون تن» پوست سبز پسته در سال' },
      { value: 28, unit: 'مگاپاسکال', kind: 'measure', about: 'استحکام کششی' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'مقاومت کمتر در برابر رطوبت' },
      { value: 380000, unit: 'تومان', kind: 'money', about: 'هزینه تولید هر کیلوگرم' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'کاهش هزینه در تولید انبوه' },
      { value: 200, unit: 'کیلوگرم', kind: 'measure', about: 'ظرفیت روزانه خط نیمه‌صنعتی' },
      { value: 180000, unit: 'هکتار', kind: 'measure', about: '«بیش از ۱۸۰ هزار هکتار» باغ پسته کرمان' },
      { value: 2000, unit: 'نفر', kind: 'count', about: 'اشتغال‌زایی' },
      { value: 190000, unit: 'تن', kind: 'measure', about: 'تولید پسته ایران' },
    ],
    figures_never: ['«۴۵ روز», «دو سال», «از چهار روز به ۹ روز»: durations', '«یک شرکت دانش‌بنیان», «یک خط»: lone «یک»', '«هر کیلوگرم»: the price basis, not a quantity'],
    notes: [
      'Science/university news (ANA: article:published_time, photo <figure> after paragraph 2, an in-body «بیشتر بخوانید» list with two links). «نیم میلیون تن» is written in words → 500000 تن.',
      'statements: Rastegar: «گفت:» (two-sentence quote, once), «وی افزود:», «با بیان اینکه … تصریح کرد که …» (one), «به گفته این عضو هیئت علمی» = 4; Ebrahiminejad: «… خبر داد و گفت:» (one), «خاطرنشان کرد که …» = 2.',
      'The ministry statistic is an organization; «پژوهشگرانی در دانشگاه‌های دیگر» are unnamed. «دکتری» in «دانشجویان دکتری» is not a title of a speaker.',
    ],
  },
  {
    name: 'ebtekar-antibiotic-overuse', site: 'ebtekar', zwnjLost: true, photoAt: 2, inlineAt: 5, author: 'سپیده رحمانی',
    inline: 'داروهای کمیاب زمستان کدام‌اند؟',
    url: 'https://ebtekarnews.com/?p=412386',
    title: 'مصرف آنتی‌بیوتیک در آذر ۴۰ درصد بالا رفت',
    kicker: 'سلامت', date: '۱۶ دی ۱۴۰۴ - ۰۸:۱۵',
    lead: 'با شیوع آنفلوآنزا و سرماخوردگی‌های فصلی، فروش آنتی‌بیوتیک‌ها در داروخانه‌های کشور در آذرماه حدود ۴۰ درصد نسبت به میانگین ماه‌های گرم سال افزایش یافته است؛ در حالی که بیشتر این بیماری‌ها ویروسی‌اند و درمان آنها به آنتی‌بیوتیک نیازی ندارد.',
    paras: [
      'به گزارش ابتکار، بر اساس داده‌های سامانه ردیابی و رهگیری سازمان غذا و دارو، در آذرماه بیش از ۴۲ میلیون قلم آنتی‌بیوتیک در کشور توزیع شده که آموکسی‌سیلین و آزیترومایسین به‌تنهایی ۵۵ درصد آن را تشکیل می‌دهند.',
      'شهره علیزاده، دبیر کمیته کشوری تجویز و مصرف منطقی دارو، در این باره به ابتکار گفت: ایران از نظر سرانه مصرف آنتی‌بیوتیک جزو پرمصرف‌ترین کشورهای جهان است. مطالعات ما نشان می‌دهد حدود ۴۵ درصد نسخه‌های سرپایی کشور دست‌کم یک آنتی‌بیوتیک دارند، در حالی که این رقم در کشورهای اروپایی زیر ۲۰ درصد است.',
      'علیزاده افزود: تجویز آنتی‌بیوتیک برای سرماخوردگی نه‌تنها کمکی به بیمار نمی‌کند، بلکه مقاومت میکروبی را بالا می‌برد. امروز در برخی بیمارستان‌های تهران بیش از ۶۰ درصد نمونه‌های عفونت ادراری به آنتی‌بیوتیک‌های رایج مقاوم‌اند.',
      'وی با اشاره به فروش بدون نسخه این داروها عنوان کرد که بازرسی از داروخانه‌ها از بهمن‌ماه تشدید می‌شود و داروخانه‌هایی که آنتی‌بیوتیک را بدون نسخه بفروشند، با تذکر کتبی و در صورت تکرار با تعطیلی موقت روبه‌رو خواهند شد.',
      'کامران فتحی، متخصص بیماری‌های عفونی و عضو هیئت علمی دانشگاه علوم پزشکی شهید بهشتی، اما معتقد است بخشی از مشکل به انتظار بیماران برمی‌گردد. او به ابتکار گفت: بسیاری از بیماران اگر بدون آنتی‌بیوتیک از مطب بیرون بیایند، فکر می‌کنند پزشک کارش را درست انجام نداده است. پزشکان هم برای از دست ندادن بیمار، گاهی تسلیم این خواسته می‌شوند.',
      'این متخصص عفونی هشدار داد: اگر روند فعلی ادامه پیدا کند، تا ۱۰ سال آینده عفونت‌های ساده‌ای مانند عفونت ادراری هم ممکن است به سختی درمان شوند.',
      'یک داروساز که در داروخانه‌ای در شرق تهران کار می‌کند نیز به ابتکار گفت روزانه دست‌کم ۱۵ نفر بدون نسخه برای خرید آنتی‌بیوتیک مراجعه می‌کنند و بسیاری از آنها با شنیدن پاسخ منفی به داروخانه دیگری می‌روند.',
      'بر اساس گزارش سازمان جهانی بهداشت، مقاومت میکروبی سالانه به‌طور مستقیم عامل مرگ بیش از یک میلیون و ۲۰۰ هزار نفر در جهان است و این رقم تا سال ۲۰۵۰ می‌تواند به ۱۰ میلیون نفر برسد.',
    ],
    tags: ['آنتی‌بیوتیک', 'مقاومت میکروبی', 'سازمان غذا و دارو', 'آنفلوآنزا'],
    caption: 'صف خرید دارو در یکی از داروخانه‌های شبانه‌روزی تهران', credit: 'عکس: ایرنا',
    related: ['واکسن آنفلوآنزا در داروخانه‌ها نایاب شد', 'قیمت داروهای وارداتی ۳۰ درصد افزایش یافت', 'هشدار درباره مصرف خودسرانه سرماخوردگی‌زاها'],
    mostRead: ['ساعت کار ادارات تهران تغییر کرد', 'تعطیلی مدارس به دلیل آلودگی هوا', 'جزئیات افزایش حقوق بازنشستگان', 'بلیت قطار نوروزی کی پیش‌فروش می‌شود؟'],
    comments: [['نرگس', 'دکترها خودشان برای هر سرماخوردگی آموکسی‌سیلین می‌نویسند.'], ['علیرضا', 'داروخانه محل ما بدون نسخه همه چیز می‌دهد.']],
    speakers: [
      { name: 'شهره علیزاده', role: 'دبیر کمیته کشوری تجویز و مصرف منطقی دارو', also_called: ['علیزاده', 'وی'], statements: 3 },
      { name: 'کامران فتحی', role: 'متخصص بیماری‌های عفونی و عضو هیئت علمی دانشگاه علوم پزشکی شهید بهشتی', also_called: ['او', 'این متخصص عفونی'], statements: 3 },
    ],
    speakers_never: ['یک داروساز', 'سازمان جهانی بهداشت'],
    figures: [
      { value: 40, unit: 'درصد', kind: 'percent', about: 'افزایش فروش آنتی‌بیوتیک در آذر (lead)' },
      { value: 42000000, unit: 'قلم', kind: 'count', about: '«بیش از ۴۲ میلیون قلم» آنتی‌بیوتیک توزیع‌شده' },
      { value: 55, unit: 'درصد', kind: 'percent', about: 'سهم آموکسی‌سیلین و آزیترومایسین' },
      { value: 45, unit: 'درصد', kind: 'percent', about: 'نسخه‌های سرپایی با آنتی‌بیوتیک' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«زیر ۲۰ درصد» در کشورهای اروپایی' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'مقاومت نمونه‌های عفونت ادراری' },
      { value: 15, unit: 'نفر', kind: 'count', about: 'مراجعه روزانه بدون نسخه' },
      { value: 1200000, unit: 'نفر', kind: 'count', about: 'مرگ سالانه ناشی از مقاومت میکروبی' },
      { value: 10000000, unit: 'نفر', kind: 'count', about: 'پیش‌بینی تا ۲۰۵۰' },
    ],
    figures_never: ['«۱۰ سال آینده»: duration', '«آذرماه», «بهمن‌ماه», «سال ۲۰۵۰»: dates and a year', '«یک آنتی‌بیوتیک»: lone «یک»'],
    notes: [
      'Health report on a newspaper site (Ebtekar: no date meta, only the visible Jalali date; print-edition line; byline) that LOST EVERY ZWNJ: body, title and site are as the page shows them; names and roles are given in clean form.',
      'statements: Alizadeh: «گفت:» (two-sentence quote, once), «علیزاده افزود:» (two sentences, once), «وی … عنوان کرد که …» = 3; Fathi: «اما معتقد است …» (a view), «او … گفت:» (two sentences, once), «این متخصص عفونی هشدار داد:» (role alone) = 3.',
      'The pharmacist («یک داروساز … گفت») is quoted but unnamed; the Food and Drug Administration and the WHO are organizations.',
    ],
  },
  {
    name: 'khodro45-factory-price-rise', site: 'khodro45', photoAt: 0, inlineAt: 5, author: 'مائده کرمانی',
    inline: 'قیمت روز خودروهای داخلی در بازار آزاد',
    url: 'https://khodro45.com/mag/84215/افزایش-قیمت-کارخانه-ای-ایران-خودرو-و-سایپا/',
    title: 'قیمت کارخانه‌ای ۱۲ محصول ایران‌خودرو و سایپا گران شد؛ بازار آزاد در انتظار',
    kicker: 'اخبار خودرو', date: '۱۱ دی ۱۴۰۴ - ۱۶:۳۰',
    lead: 'شورای رقابت با افزایش ۱۸ تا ۲۴ درصدی قیمت کارخانه‌ای ۱۲ محصول ایران‌خودرو و سایپا موافقت کرد و بازار آزاد خودرو در روزهای پایانی هفته با رکود معاملات و بالا رفتن قیمت پیشنهادی فروشندگان روبه‌رو شد.',
    paras: [
      'به گزارش خودرو۴۵، بر اساس مصوبه شورای رقابت که دیروز به خودروسازان ابلاغ شد، قیمت کارخانه‌ای پژو ۲۰۷ دنده‌ای با ۲۱ درصد افزایش به یک میلیارد و ۲۴ میلیون تومان رسید. قیمت شاهین G نیز از ۸۹۰ میلیون تومان به یک میلیارد و ۸۰ میلیون تومان افزایش یافت.',
      '## بازار آزاد چه می‌کند؟',
      'در بازار آزاد اما قیمت‌ها پیش از این مصوبه هم بالاتر بود. بررسی آگهی‌های خودرو۴۵ نشان می‌دهد پژو ۲۰۷ صفرکیلومتر در هفته گذشته به طور میانگین یک میلیارد و ۴۶۰ میلیون تومان قیمت‌گذاری شده و فاصله آن با قیمت کارخانه جدید همچنان حدود ۴۳۶ میلیون تومان است.',
      'حمیدرضا صالحی‌مقدم، کارشناس بازار خودرو، در گفت‌وگو با خودرو۴۵ گفت: افزایش قیمت کارخانه‌ای معمولاً در کوتاه‌مدت به بازار آزاد منتقل می‌شود، چون فروشندگان آن را نشانه گران‌تر شدن خودرو می‌بینند. پیش‌بینی من این است که قیمت‌ها در بازار آزاد تا پایان دی‌ماه بین ۵ تا ۸ درصد دیگر بالا برود.',
      'وی افزود: حجم معاملات در نمایشگاه‌های تهران این هفته به کمترین حد خود در شش ماه اخیر رسیده و خریداران منتظرند ببینند قرعه‌کشی بعدی سامانه یکپارچه فروش خودرو چه زمانی برگزار می‌شود.',
      'یک نمایشگاه‌دار در خیابان ملت تهران هم به خودرو۴۵ گفت بیشتر مراجعه‌کنندگان این روزها فقط قیمت می‌پرسند. به گفته او، در هفته گذشته تنها دو دستگاه خودرو فروخته، در حالی که در ماه‌های عادی هفته‌ای ۱۰ دستگاه معامله می‌کرد.',
      '## خودروسازان: افزایش قیمت حداقلی بود',
      'در مقابل، سخنگوی انجمن خودروسازان افزایش قیمت را «حداقلی» خواند و گفت زیان انباشته خودروسازان به ۱۵۰ هزار میلیارد تومان رسیده است. بهروز حسینی‌پور افزود: هزینه تولید هر خودرو در شش ماه گذشته بیش از ۳۵ درصد افزایش یافته، در حالی که قیمت‌ها در همین مدت تنها ۱۴ درصد بالا رفته بود.',
      'بر اساس اعلام ایران‌خودرو، خریدارانی که پیش از ابلاغ مصوبه در طرح‌های پیش‌فروش قرارداد بسته‌اند، خودروی خود را با قیمت قطعی روز تحویل می‌گیرند. این شرکت همچنین اعلام کرد تا پایان سال حدود ۱۸۰ هزار دستگاه خودرو به متقاضیان تحویل می‌دهد.',
    ],
    tags: ['قیمت خودرو', 'شورای رقابت', 'ایران‌خودرو', 'سایپا'],
    caption: 'پژو ۲۰۷ در خط تولید ایران‌خودرو', credit: 'عکس: آرشیو خودرو۴۵',
    related: ['مقایسه قیمت کارخانه و بازار ۲۰ خودروی پرفروش', 'زمان قرعه‌کشی بعدی سامانه یکپارچه اعلام شد', 'راهنمای خرید خودروی دست دوم زیر یک میلیارد'],
    mostRead: ['قیمت روز پراید و تیبا در بازار', 'بهترین خودروهای اقتصادی ۱۴۰۴', 'هزینه بیمه بدنه در سال جدید', 'خودروهای وارداتی با قیمت زیر ۳ میلیارد'],
    comments: [['امیر', 'هر بار قیمت کارخانه بالا می‌رود، بازار هم دو برابر بالا می‌رود.'], ['رضا', 'کیفیت همان است، فقط قیمت عوض می‌شود.']],
    speakers: [
      { name: 'حمیدرضا صالحی‌مقدم', role: 'کارشناس بازار خودرو', also_called: ['وی'], statements: 2 },
      { name: 'بهروز حسینی‌پور', role: 'سخنگوی انجمن خودروسازان', also_called: [], statements: 2 },
    ],
    speakers_never: ['یک نمایشگاه‌دار', 'شورای رقابت', 'ایران‌خودرو'],
    figures: [
      { value: 18, unit: 'درصد', kind: 'percent', about: 'افزایش قیمت کارخانه‌ای، کف بازه' },
      { value: 24, unit: 'درصد', kind: 'percent', about: 'افزایش قیمت کارخانه‌ای، سقف بازه («۲۴ درصدی»)' },
      { value: 12, unit: 'محصول', kind: 'count', about: 'محصولات مشمول افزایش قیمت' },
      { value: 21, unit: 'درصد', kind: 'percent', about: 'افزایش قیمت پژو ۲۰۷' },
      { value: 1024000000, unit: 'تومان', kind: 'money', about: 'قیمت کارخانه‌ای جدید پژو ۲۰۷' },
      { value: 890000000, unit: 'تومان', kind: 'money', about: 'قیمت قبلی شاهین G' },
      { value: 1080000000, unit: 'تومان', kind: 'money', about: 'قیمت جدید شاهین G' },
      { value: 1460000000, unit: 'تومان', kind: 'money', about: 'میانگین قیمت بازار پژو ۲۰۷' },
      { value: 436000000, unit: 'تومان', kind: 'money', about: 'فاصله قیمت بازار و کارخانه' },
      { value: 5, unit: 'درصد', kind: 'percent', about: 'پیش‌بینی رشد قیمت، کف بازه' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'پیش‌بینی رشد قیمت، سقف بازه' },
      { value: 2, unit: 'دستگاه', kind: 'count', about: '«دو دستگاه» فروش هفته گذشته نمایشگاه‌دار' },
      { value: 10, unit: 'دستگاه', kind: 'count', about: 'فروش هفتگی در ماه‌های عادی' },
      { value: 150000000000000, unit: 'تومان', kind: 'money', about: 'زیان انباشته خودروسازان' },
      { value: 35, unit: 'درصد', kind: 'percent', about: '«بیش از ۳۵ درصد» افزایش هزینه تولید' },
      { value: 14, unit: 'درصد', kind: 'percent', about: 'افزایش قیمت‌ها در شش ماه' },
      { value: 180000, unit: 'دستگاه', kind: 'count', about: 'تحویل تا پایان سال' },
    ],
    figures_never: ['«پژو ۲۰۷»: a model name', '«شش ماه»: duration', '«دیروز», «هفته گذشته», «پایان دی‌ماه», «پایان سال»: dates'],
    notes: [
      'Economy/market report on a WordPress site (Khodro45 magazine: Yoast @graph JSON-LD and article:published_time in UTC «+00:00», the same instant as the +03:30 gold; the lead is the bold first paragraph of .entry-content; two <h2> subheadings are body; a sales CTA banner after the body).',
      'statements: Salehi-Moghadam: «گفت:» (two-sentence quote, once), «وی افزود:» = 2; Hosseinipour: «سخنگوی انجمن خودروسازان … خواند و گفت …» (role only, named in the next sentence; one), «بهروز حسینی‌پور افزود:» = 2.',
      'The dealer («یک نمایشگاه‌دار … گفت», «به گفته او») is unnamed; the competition council and Iran Khodro («اعلام کرد») are organizations. «دو دستگاه» is written in words.',
    ],
  },
  {
    name: 'kebna-kerman-road-deaths', site: 'kebna',
    url: 'https://www.kebnanews.ir/fa/news/528746/۴۸۲-کشته-در-جاده‌های-کرمان-طی-۹-ماه',
    title: '۴۸۲ کشته در جاده‌های کرمان طی ۹ ماه؛ محور کرمان-بم همچنان حادثه‌خیزترین است',
    kicker: 'اجتماعی', date: '۱۷ دی ۱۴۰۴ - ۱۲:۱۰',
    lead: 'مدیرکل پزشکی قانونی استان کرمان اعلام کرد در ۹ ماه نخست امسال ۴۸۲ نفر در تصادفات جاده‌ای این استان جان خود را از دست داده‌اند که نسبت به مدت مشابه سال گذشته ۷ درصد افزایش نشان می‌دهد.',
    paras: [
      'به گزارش کبنا، دکتر محمود شهابی‌فر صبح امروز در جلسه شورای هماهنگی ترافیک استان که به ریاست معاون عمرانی استاندار کرمان در سالن شهید باهنر استانداری برگزار شد، گفت: از این تعداد ۳۹۴ نفر مرد و ۸۸ نفر زن بوده‌اند و بیش از ۶۰ درصد جان‌باختگان در محل حادثه فوت کرده‌اند.',
      'وی افزود: محور کرمان-بم و جاده جیرفت-کهنوج همچنان حادثه‌خیزترین جاده‌های استان هستند و ۴۱ درصد تلفات امسال در این دو محور ثبت شده است.',
      'سرهنگ جواد ریگی‌پور، رئیس پلیس راه استان کرمان، نیز در این جلسه خواب‌آلودگی راننده، سرعت غیرمجاز و سبقت غیرمجاز را عوامل اصلی تصادفات برشمرد و گفت: در ۹ ماه گذشته بیش از ۲۱۰ هزار راننده متخلف در جاده‌های استان اعمال قانون شده‌اند و ۳ هزار و ۴۰۰ دستگاه خودرو به دلیل تخلفات حادثه‌ساز به پارکینگ منتقل شده است.',
      'ریگی‌پور با اشاره به کمبود نیرو و تجهیزات پلیس راه تأکید کرد که برای پوشش کامل محورهای استان دست‌کم به ۱۲۰ دوربین ثبت تخلف نیاز است، در حالی که اکنون تنها ۴۶ دوربین فعال است.',
      'مدیرکل راهداری و حمل‌ونقل جاده‌ای استان کرمان هم در این جلسه گفت: از هزار و ۸۰۰ کیلومتر راه اصلی استان، حدود ۷۰۰ کیلومتر هنوز دوطرفه و بدون جداکننده است. امسال با اعتبار ۹۶۰ میلیارد تومان، عملیات دوبانده‌سازی ۸۵ کیلومتر از محور کرمان-بم آغاز شده است.',
      'حسین نجف‌زاده با بیان اینکه ۲۳ نقطه حادثه‌خیز در سال جاری ایمن‌سازی شده است، افزود: اولویت ما محورهایی است که بیشترین تلفات را دارند، اما بدون تخصیص کامل اعتبارات ملی، تکمیل این طرح‌ها دست‌کم سه سال زمان می‌برد.',
      'به گفته مسئولان اورژانس استان، میانگین زمان رسیدن آمبولانس به محل تصادف در محورهای برون‌شهری ۱۷ دقیقه است. معاون عمرانی استاندار کرمان نیز در پایان جلسه از دستگاه‌های عضو شورا خواست گزارش اقدامات خود را تا پایان دی‌ماه به استانداری ارسال کنند.',
    ],
    tags: ['تصادفات جاده‌ای', 'پلیس راه کرمان', 'محور کرمان-بم', 'پزشکی قانونی'],
    caption: 'جلسه شورای هماهنگی ترافیک استان کرمان', credit: 'عکس: کبنا',
    related: ['واژگونی اتوبوس مسافربری در محور رفسنجان', 'آغاز طرح زمستانی پلیس راه در جنوب کرمان', 'افتتاح ۱۲ کیلومتر بزرگراه در سیرجان'],
    mostRead: ['تعطیلی ادارات کرمان به دلیل آلودگی هوا', 'برف راه ۴۰ روستای رابر را بست', 'قیمت مرغ در بازار کرمان', 'نتایج انتخابات هیئت فوتبال استان'],
    comments: [['بمی', 'جاده کرمان-بم سال‌هاست قتلگاه است و کسی پاسخگو نیست.'], ['حمید', 'دوربین بیشتر نصب کنید، نه فقط جریمه.']],
    speakers: [
      { name: 'محمود شهابی‌فر', role: 'مدیرکل پزشکی قانونی استان کرمان', also_called: ['وی'], statements: 3 },
      { name: 'جواد ریگی‌پور', role: 'رئیس پلیس راه استان کرمان', also_called: ['ریگی‌پور'], statements: 2 },
      { name: 'حسین نجف‌زاده', role: 'مدیرکل راهداری و حمل‌ونقل جاده‌ای استان کرمان', also_called: [], statements: 2 },
    ],
    speakers_never: ['معاون عمرانی استاندار کرمان', 'مسئولان اورژانس استان', 'کبنا'],
    figures: [
      { value: 482, unit: 'نفر', kind: 'count', about: 'جان‌باختگان تصادفات در ۹ ماه (lead)' },
      { value: 7, unit: 'درصد', kind: 'percent', about: 'افزایش نسبت به سال گذشته' },
      { value: 394, unit: 'نفر', kind: 'count', about: 'جان‌باختگان مرد' },
      { value: 88, unit: 'نفر', kind: 'count', about: 'جان‌باختگان زن' },
      { value: 60, unit: 'درصد', kind: 'percent', about: '«بیش از ۶۰ درصد» فوت در محل حادثه' },
      { value: 41, unit: 'درصد', kind: 'percent', about: 'سهم دو محور از تلفات' },
      { value: 210000, unit: 'راننده', kind: 'count', about: '«بیش از ۲۱۰ هزار راننده» متخلف' },
      { value: 3400, unit: 'دستگاه', kind: 'count', about: 'خودروهای توقیفی' },
      { value: 120, unit: 'دوربین', kind: 'count', about: 'دوربین موردنیاز' },
      { value: 46, unit: 'دوربین', kind: 'count', about: 'دوربین فعال' },
      { value: 1800, unit: 'کیلومتر', kind: 'measure', about: '«هزار و ۸۰۰ کیلومتر» راه اصلی' },
      { value: 700, unit: 'کیلومتر', kind: 'measure', about: 'راه دوطرفه بدون جداکننده' },
      { value: 960000000000, unit: 'تومان', kind: 'money', about: 'اعتبار دوبانده‌سازی' },
      { value: 85, unit: 'کیلومتر', kind: 'measure', about: 'طول دوبانده‌سازی' },
      { value: 23, unit: 'نقطه', kind: 'count', about: 'نقاط حادثه‌خیز ایمن‌سازی‌شده' },
    ],
    figures_never: ['«۹ ماه», «سه سال», «۱۷ دقیقه»: durations', '«این دو محور»: anaphoric, not a count', '«سال جاری», «پایان دی‌ماه»: dates'],
    notes: [
      'Provincial report on a portal CMS (Kebna: DC.date.issued meta, numeric Jalali visible date, photo between the lead and the body). The coroner is introduced by role only in the lead («مدیرکل پزشکی قانونی استان کرمان اعلام کرد») and named («دکتر محمود شهابی‌فر», title dropped) in paragraph 1; the road administration head is introduced by role only («… هم در این جلسه گفت:») and named in the next paragraph.',
      'statements: Shahabifar: lead «اعلام کرد», «گفت:», «وی افزود:» = 3; Rigipour: «… برشمرد و گفت:» (one), «تأکید کرد که …» = 2; Najafzadeh: role-only «گفت:» (two-sentence quote, once), «با بیان اینکه … افزود:» (one) = 2.',
      'The deputy governor («معاون عمرانی استاندار کرمان … خواست») is never named, so not a speaker; «مسئولان اورژانس استان» are unnamed.',
    ],
  },
  {
    name: 'khabarvarzeshi-gorgan-zob-basketball', site: 'khabarvarzeshi', photoAt: 0, inlineAt: 4,
    inline: 'برنامه هفته پانزدهم لیگ برتر بسکتبال',
    url: 'https://www.khabarvarzeshi.com/amp/news/1634578/شهرداری-گرگان-ذوب-آهن-را-هم-برد',
    title: 'شهرداری گرگان ذوب‌آهن را هم برد؛ یازدهمین پیروزی پیاپی صدرنشین',
    kicker: 'بسکتبال', date: '۱۹ دی ۱۴۰۴ - ۲۱:۵۰',
    lead: 'تیم بسکتبال شهرداری گرگان در هفته چهاردهم لیگ برتر با نتیجه ۸۴ بر ۷۹ ذوب‌آهن اصفهان را شکست داد و با یازدهمین برد پیاپی، صدر جدول را محکم‌تر در اختیار گرفت.',
    paras: [
      'به گزارش خبرنگار خبر ورزشی، این دیدار عصر امروز در سالن شهید بهشتی گرگان و با حضور حدود چهار هزار تماشاگر برگزار شد. ذوب‌آهن که تا پایان کوارتر سوم ۱۲ امتیاز پیش بود، در کوارتر چهارم تنها ۹ امتیاز گرفت و بازی را واگذار کرد.',
      '«ما سه کوارتر بد بازی کردیم و حریف از نظر بدنی آماده‌تر بود. در وقت استراحت به بازیکنان گفتم دفاع منطقه‌ای را کنار بگذارند و روی گاردهای حریف فشار بیاورند.» این را امیرحسین دلاوری، سرمربی شهرداری گرگان، پس از پایان بازی در نشست خبری گفت.',
      'دلاوری درباره وضعیت محمد یوسفی، سنتر تیمش، افزود: یوسفی از ناحیه زانو آسیب دیده و احتمالاً سه هفته از میادین دور است. باشگاه برای جذب یک بازیکن خارجی دیگر با فدراسیون مکاتبه کرده و امیدواریم پیش از شروع دور برگشت کارهایش انجام شود.',
      'فرشید آذرمهر، سرمربی ذوب‌آهن، اما شکست تیمش را به خستگی بازیکنان نسبت داد. او گفت: ما ۴۸ ساعت پیش در اصفهان بازی داشتیم و بازیکنان ما نزدیک به ۹۰۰ کیلومتر را با اتوبوس آمدند. این برنامه‌ریزی عادلانه نیست و در کوارتر آخر اثرش را دیدید.',
      'آذرمهر از سازمان لیگ خواست فاصله میان بازی‌های خارج از خانه تیم‌ها را دست‌کم به سه روز افزایش دهد.',
      'آرش کیانی‌راد، گارد شهرداری گرگان، با ۲۶ امتیاز بهترین امتیازآور این دیدار بود. او پس از بازی در صفحه اینستاگرام خود نوشت: این برد برای هوادارانی بود که در سرما پشت درهای سالن ماندند.',
      'به گفته مسئولان باشگاه شهرداری گرگان، بلیت‌های این دیدار ظرف دو ساعت به فروش رسید و حدود ۵۰۰ هوادار موفق به ورود به سالن نشدند.',
      'شهرداری گرگان اکنون با ۱۳ برد و یک باخت در صدر جدول قرار دارد و ذوب‌آهن با ۹ برد و ۵ باخت در رده چهارم است. گرگانی‌ها در هفته پانزدهم باید در آبادان به مصاف پالایش نفت بروند.',
    ],
    tags: ['لیگ برتر بسکتبال', 'شهرداری گرگان', 'ذوب‌آهن اصفهان'],
    caption: 'صحنه‌ای از دیدار شهرداری گرگان و ذوب‌آهن در سالن شهید بهشتی گرگان', credit: 'عکاس: مهدی زارعی',
    related: ['پالایش نفت آبادان با برد به رده دوم رسید', 'دعوت ۱۶ بازیکن به اردوی تیم ملی بسکتبال', 'تغییر ساعت بازی‌های هفته چهاردهم لیگ برتر'],
    mostRead: ['ترکیب احتمالی پرسپولیس برابر سپاهان', 'نتایج کامل هفته شانزدهم لیگ برتر فوتبال', 'ستاره والیبال ایران به ترکیه رفت', 'جدول رده‌بندی لیگ برتر فوتبال'],
    comments: [],
    speakers: [
      { name: 'امیرحسین دلاوری', role: 'سرمربی شهرداری گرگان', also_called: ['دلاوری'], statements: 2 },
      { name: 'فرشید آذرمهر', role: 'سرمربی ذوب‌آهن', also_called: ['او', 'آذرمهر'], statements: 3 },
      { name: 'آرش کیانی‌راد', role: 'گارد شهرداری گرگان', also_called: ['او'], statements: 1 },
    ],
    speakers_never: ['محمد یوسفی', 'مسئولان باشگاه شهرداری گرگان', 'خبر ورزشی'],
    figures: [
      { value: 4000, unit: 'تماشاگر', kind: 'count', about: '«حدود چهار هزار تماشاگر»' },
      { value: 900, unit: 'کیلومتر', kind: 'measure', about: 'سفر زمینی ذوب‌آهن' },
      { value: 500, unit: 'هوادار', kind: 'count', about: 'هواداران پشت در سالن' },
      { value: 13, unit: 'برد', kind: 'count', about: 'بردهای شهرداری گرگان' },
      { value: 9, unit: 'برد', kind: 'count', about: 'بردهای ذوب‌آهن' },
      { value: 5, unit: 'باخت', kind: 'count', about: 'باخت‌های ذوب‌آهن' },
    ],
    figures_never: [
      '«۸۴ بر ۷۹», «۱۲ امتیاز», «۹ امتیاز», «۲۶ امتیاز»: score and game points', '«۴۸ ساعت», «سه هفته», «سه روز», «دو ساعت», «سه کوارتر»: durations and game periods',
      '«هفته چهاردهم», «هفته پانزدهم», «یازدهمین», «کوارتر سوم», «کوارتر چهارم», «رده چهارم»: ordinals', '«یک باخت», «یک بازیکن خارجی»: lone «یک»',
    ],
    notes: [
      'Sports match report on an AMP page (Khabar Varzeshi: <html ⚡>, JSON-LD, amp-img in a <figure>, in-body «بیشتر بخوانید», no comments).',
      'statements: Delavari: a quote paragraph closed by «این را امیرحسین دلاوری … گفت.» (one), «دلاوری … افزود:» (two-sentence quote, once) = 2; Azarmehr: «… شکست تیمش را به خستگی بازیکنان نسبت داد» (a stated view), «او گفت:» (two-sentence quote, once), «از سازمان لیگ خواست …» = 3; Kiani-Rad: «نوشت:» (Instagram) = 1.',
      'Yousefi (injured centre) is only mentioned; «مسئولان باشگاه» are unnamed. Game points («امتیاز» in basketball) are score, not figures; the league record («۱۳ برد», «۹ برد و ۵ باخت») is counted as league points are in earlier sets.',
    ],
  },
  {
    name: 'hamdeli-autumn-box-office', site: 'hamdeli', photoAt: 1, inlineAt: 4, author: 'گروه فرهنگ و هنر',
    inline: 'اکران نوروز ۱۴۰۵؛ کدام فیلم‌ها در صف‌اند؟',
    url: 'https://hamdelidaily.ir/fa/news/219764/فروش-پاییزی-سینماها-از-۱۲۰۰-میلیارد-تومان-گذشت',
    title: 'فروش پاییزی سینماها از ۱۲۰۰ میلیارد تومان گذشت؛ کمدی‌ها ۷۱ درصد گیشه را گرفتند',
    kicker: 'سینما', date: '۲۲ دی ۱۴۰۴ - ۱۰:۰۰',
    lead: 'سینماهای کشور در سه ماه پاییز امسال بیش از یک هزار و ۲۱۰ میلیارد تومان فروش داشتند؛ رقمی که نسبت به پاییز سال گذشته ۳۴ درصد بیشتر است، هرچند تعداد تماشاگران تنها ۶ درصد افزایش یافته است.',
    paras: [
      'به گزارش همدلی، بر اساس آمار سامانه فروش بلیت سینما، در این مدت ۱۱ میلیون و ۴۰۰ هزار بلیت در ۶۸۰ سالن سینمای کشور فروخته شد. میانگین قیمت بلیت نیز از ۸۲ هزار تومان در پاییز ۱۴۰۳ به ۱۰۶ هزار تومان رسیده است.',
      'کمدی «عروسی در آبان» با ۳۸۵ میلیارد تومان فروش پرفروش‌ترین فیلم پاییز بود و سه فیلم کمدی دیگر نیز رتبه‌های دوم تا چهارم جدول فروش را به خود اختصاص دادند. سهم فیلم‌های کمدی از کل فروش این فصل به ۷۱ درصد رسید.',
      'سخنگوی شورای صنفی نمایش رضا فرخ‌نیا در گفت‌وگو با همدلی گفت: رشد فروش بیشتر حاصل گران شدن بلیت است تا افزایش مخاطب. ما هنوز به تعداد تماشاگران سال ۱۳۹۸ نرسیده‌ایم؛ در آن سال در همین فصل حدود ۱۴ میلیون نفر به سینما رفتند.',
      'او با اشاره به کمبود سالن در شهرهای کوچک افزود: هنوز ۱۲۷ شهر کشور حتی یک سالن سینما ندارند و بیش از نیمی از سالن‌های موجود در هفت کلانشهر متمرکز شده‌اند.',
      'به گفته فرخ‌نیا، شورای صنفی نمایش برای اکران نوروز ۱۴۰۵ سهمیه مشخصی برای فیلم‌های اجتماعی در نظر می‌گیرد تا تنوع جدول اکران حفظ شود.',
      'تهمینه صدری، تهیه‌کننده فیلم «باد شمال» که پس از چهار هفته اکران با فروش ۱۹ میلیارد تومان از پرده پایین کشیده شد، اما می‌گوید سالن‌داران به فیلم‌های اجتماعی فرصت دیده شدن نمی‌دهند. او به همدلی گفت: فیلم ما در هفته دوم تنها ۴۰ سانس در روز داشت، در حالی که کمدی‌های هم‌زمان با آن بیش از ۹۰۰ سانس داشتند. با این شرایط هیچ تهیه‌کننده‌ای سراغ فیلم جدی نمی‌رود.',
      'کیوان شاه‌مرادی، منتقد سینما، نیز در یادداشتی در همین روزنامه نوشت که اقبال مخاطبان به کمدی‌ها را نباید تحقیر کرد؛ مردمی که با گرانی و تورم دست‌وپنجه نرم می‌کنند، در سینما به دنبال دو ساعت فراغت‌اند.',
      'سازمان سینمایی نیز اعلام کرده است از ابتدای بهمن، ۱۵ درصد سانس‌های هر پردیس سینمایی به فیلم‌های اجتماعی و کودک اختصاص می‌یابد.',
    ],
    tags: ['گیشه', 'فروش سینما', 'شورای صنفی نمایش', 'سینمای کمدی'],
    caption: 'صف خرید بلیت در یکی از پردیس‌های سینمایی تهران', credit: 'عکس: همدلی',
    related: ['جشنواره فیلم فجر با ۲۲ فیلم در بخش سودای سیمرغ', 'سالن‌های سینما در ۱۰ شهر جدید افتتاح می‌شود', 'بلیت نیم‌بها سینماها در روزهای سه‌شنبه ادامه دارد'],
    mostRead: ['متن کامل گفت‌وگو با وزیر ارشاد', 'قیمت جدید بنزین از کی اعمال می‌شود؟', 'صف‌های طولانی نان در حاشیه تهران', 'حاشیه‌های دربی ۱۰۶'],
    comments: [['سینمادوست', 'با بلیت ۱۰۶ هزار تومانی، خانواده چهار نفره دیگر سینما نمی‌رود.']],
    speakers: [
      { name: 'رضا فرخ‌نیا', role: 'سخنگوی شورای صنفی نمایش', also_called: ['او', 'فرخ‌نیا'], statements: 3 },
      { name: 'تهمینه صدری', role: 'تهیه‌کننده فیلم «باد شمال»', also_called: ['او'], statements: 2 },
      { name: 'کیوان شاه‌مرادی', role: 'منتقد سینما', also_called: [], statements: 1 },
    ],
    speakers_never: ['سازمان سینمایی', 'شورای صنفی نمایش'],
    figures: [
      { value: 1210000000000, unit: 'تومان', kind: 'money', about: '«بیش از یک هزار و ۲۱۰ میلیارد تومان» فروش پاییز' },
      { value: 34, unit: 'درصد', kind: 'percent', about: 'رشد فروش نسبت به پاییز گذشته' },
      { value: 6, unit: 'درصد', kind: 'percent', about: 'رشد تعداد تماشاگران' },
      { value: 11400000, unit: 'بلیت', kind: 'count', about: 'بلیت‌های فروخته‌شده' },
      { value: 680, unit: 'سالن', kind: 'count', about: 'سالن‌های سینما' },
      { value: 82000, unit: 'تومان', kind: 'money', about: 'میانگین قیمت بلیت پاییز ۱۴۰۳' },
      { value: 106000, unit: 'تومان', kind: 'money', about: 'میانگین قیمت بلیت امسال' },
      { value: 385000000000, unit: 'تومان', kind: 'money', about: 'فروش «عروسی در آبان»' },
      { value: 3, unit: 'فیلم', kind: 'count', about: '«سه فیلم کمدی دیگر»' },
      { value: 71, unit: 'درصد', kind: 'percent', about: 'سهم کمدی‌ها از فروش' },
      { value: 14000000, unit: 'نفر', kind: 'count', about: 'تماشاگران پاییز ۱۳۹۸' },
      { value: 127, unit: 'شهر', kind: 'count', about: 'شهرهای بدون سینما' },
      { value: 7, unit: 'کلانشهر', kind: 'count', about: '«هفت کلانشهر»' },
      { value: 19000000000, unit: 'تومان', kind: 'money', about: 'فروش «باد شمال»' },
      { value: 40, unit: 'سانس', kind: 'count', about: 'سانس روزانه «باد شمال»' },
      { value: 900, unit: 'سانس', kind: 'count', about: '«بیش از ۹۰۰ سانس» کمدی‌ها' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم سانس فیلم‌های اجتماعی و کودک' },
    ],
    figures_never: ['«سه ماه», «چهار هفته», «دو ساعت»: durations', '«پاییز ۱۴۰۳», «سال ۱۳۹۸», «نوروز ۱۴۰۵», «ابتدای بهمن»: dates', '«رتبه‌های دوم تا چهارم», «هفته دوم»: ordinals', '«یک سالن سینما»: lone «یک»', '«بیش از نیمی»: vague'],
    notes: [
      'Culture (cinema box office) on a newspaper site (Hamdeli: microdata, date on a visible <time itemprop="datePublished">, print-edition line, byline «گروه فرهنگ و هنر»).',
      'statements: Farrokhnia: «سخنگوی شورای صنفی نمایش رضا فرخ‌نیا … گفت:» (role before the name; two-sentence quote, once), «او … افزود:», «به گفته فرخ‌نیا» = 3; Sadri: «اما می‌گوید …» (indirect), «او … گفت:» (two-sentence quote, once) = 2; Shahmoradi: «در یادداشتی … نوشت که …» = 1.',
      'The cinema organization («اعلام کرده است») and the guild council are organizations. «سه فیلم کمدی دیگر» and «هفت کلانشهر» are counts written in words.',
    ],
  },
  {
    name: 'farhikhtegan-basra-salinity', site: 'farhikhtegan', author: 'نگار صمدی', inlineAt: 3,
    inline: 'ترکیه سدهای جدید روی دجله می‌سازد',
    url: 'https://farhikhtegandaily.com/news/143527/پیشروی-آب-شور-در-شط-العرب',
    title: 'پیشروی آب شور در شط‌العرب؛ بصره در بدترین بحران آب ۸۰ سال اخیر',
    kicker: 'بین‌الملل', date: '۲۴ دی ۱۴۰۴ - ۰۷:۳۰',
    paras: [
      'گروه بین‌الملل: بحران کم‌آبی در جنوب عراق با فرارسیدن زمستان نه‌تنها فروکش نکرده، بلکه وارد مرحله تازه‌ای شده است. کاهش جریان دجله و فرات باعث شده آب شور خلیج فارس بیش از ۲۰۰ کیلومتر در شط‌العرب پیشروی کند و میزان املاح آب در شمال بصره به حدود ۲۶ هزار میلی‌گرم در لیتر برسد؛ رقمی که بیش از ۲۰ برابر حد مجاز آب آشامیدنی است.',
      'بر اساس آمار وزارت منابع آب عراق، ذخایر آبی این کشور اکنون حدود ۸ میلیارد مترمکعب است که کمترین میزان در ۸۰ سال گذشته به شمار می‌رود. خالد الجبوری، سخنگوی وزارت منابع آب عراق، در گفت‌وگو با شبکه الشرقیه گفت: ورودی آب از ترکیه به کمتر از ۳۵ درصد سهم توافق‌شده رسیده و بارش‌های پاییزی نیز ۴۰ درصد کمتر از میانگین بلندمدت بوده است.',
      'الجبوری افزود که دولت عراق برای تأمین آب آشامیدنی بصره، ساخت سه آب‌شیرین‌کن با ظرفیت مجموع ۴۰۰ هزار مترمکعب در روز را آغاز کرده، اما نخستین آنها زودتر از تابستان آینده به بهره‌برداری نمی‌رسد.',
      'در بصره، اعتراض‌ها به کیفیت آب لوله‌کشی بار دیگر بالا گرفته است. به گزارش رویترز، از آغاز دسامبر تاکنون بیش از ۴ هزار و ۲۰۰ نفر با علائم مسمومیت گوارشی به بیمارستان‌های این استان مراجعه کرده‌اند.',
      'عبدالکریم المنصوری، استاندار بصره، روز سه‌شنبه در نشستی خبری دولت مرکزی را به کوتاهی متهم کرد و گفت: سهم بصره از بودجه خدمات آب امسال تنها ۱۲۰ میلیارد دینار بوده، در حالی که برای حل بحران دست‌کم به یک تریلیون دینار نیاز داریم.',
      'المنصوری همچنین اعلام کرد آبرسانی با تانکر به ۲۳۰ روستای شمال استان ادامه دارد و کشاورزان منطقه فاو از کشت گوجه‌فرنگی در فصل جاری منع شده‌اند.',
      'حسین عبدالرضا، کشاورز ۵۲ ساله‌ای از ابوالخصیب، به خبرگزاری فرانسه گفت: نخل‌های ما یکی‌یکی خشک می‌شوند. پدرم ۶۰۰ نخل داشت و امروز کمتر از ۱۵۰ نخل برای ما مانده است.',
      'مجید کریمی‌پور، پژوهشگر مسائل آب در خاورمیانه، در گفت‌وگو با فرهیختگان گفت: شط‌العرب همان اروندرود است و هر تغییری در شوری آن مستقیماً به نخلستان‌های آبادان و خرمشهر می‌رسد. به گفته او، بدون توافقی سه‌جانبه میان ایران، عراق و ترکیه بر سر حقابه، این بحران هر سال تکرار خواهد شد.',
    ],
    tags: ['عراق', 'بصره', 'بحران آب', 'اروندرود'],
    caption: 'کشاورزی در کنار نخل‌های خشک‌شده در ابوالخصیب بصره', credit: 'AFP / حیدر حمدانی',
    related: ['سفر وزیر نیروی عراق به تهران برای مذاکره درباره آب', 'خشکسالی در سوریه؛ فرات به کمترین سطح رسید', 'اعتراض به قطع برق در ناصریه'],
    mostRead: ['متن کامل سخنرانی رئیس‌جمهور در مجلس', 'جزئیات بودجه ۱۴۰۵ دانشگاه‌ها', 'پشت پرده استعفای وزیر', 'نتایج کنکور دکتری اعلام شد'],
    comments: [['آبادانی', 'اروند ما هم شور شده، کسی صدای ما را نمی‌شنود.']],
    speakers: [
      { name: 'خالد الجبوری', role: 'سخنگوی وزارت منابع آب عراق', also_called: ['الجبوری'], statements: 2 },
      { name: 'عبدالکریم المنصوری', role: 'استاندار بصره', also_called: ['المنصوری'], statements: 2 },
      { name: 'حسین عبدالرضا', role: 'کشاورز ۵۲ ساله‌ای از ابوالخصیب', also_called: [], statements: 1 },
      { name: 'مجید کریمی‌پور', role: 'پژوهشگر مسائل آب در خاورمیانه', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['رویترز', 'خبرگزاری فرانسه', 'شبکه الشرقیه', 'وزارت منابع آب عراق'],
    figures: [
      { value: 200, unit: 'کیلومتر', kind: 'measure', about: '«بیش از ۲۰۰ کیلومتر» پیشروی آب شور' },
      { value: 26000, unit: 'میلی‌گرم در لیتر', kind: 'measure', about: 'املاح آب در شمال بصره' },
      { value: 20, unit: 'برابر', kind: 'count', about: '«بیش از ۲۰ برابر» حد مجاز' },
      { value: 8000000000, unit: 'مترمکعب', kind: 'measure', about: 'ذخایر آبی عراق' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'ورودی آب از ترکیه نسبت به سهم توافق‌شده' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'کاهش بارش‌های پاییزی' },
      { value: 3, unit: 'آب‌شیرین‌کن', kind: 'count', about: '«سه آب‌شیرین‌کن»' },
      { value: 400000, unit: 'مترمکعب', kind: 'measure', about: 'ظرفیت روزانه آب‌شیرین‌کن‌ها' },
      { value: 4200, unit: 'نفر', kind: 'count', about: 'مراجعه با مسمومیت گوارشی' },
      { value: 120000000000, unit: 'دینار', kind: 'money', about: 'بودجه خدمات آب بصره' },
      { value: 1000000000000, unit: 'دینار', kind: 'money', about: '«یک تریلیون دینار» نیاز' },
      { value: 230, unit: 'روستا', kind: 'count', about: 'آبرسانی با تانکر' },
      { value: 600, unit: 'نخل', kind: 'count', about: 'نخل‌های پدر کشاورز' },
      { value: 150, unit: 'نخل', kind: 'count', about: '«کمتر از ۱۵۰ نخل» باقی‌مانده' },
    ],
    figures_never: ['«۸۰ سال»: duration', '«۵۲ ساله»: age', '«روز سه‌شنبه», «آغاز دسامبر», «تابستان آینده»: dates', '«نخستین آنها»: ordinal', '«سه‌جانبه»: not a count', '«یکی‌یکی»: not a number'],
    notes: [
      'Foreign news on a newspaper site (Farhikhtegan: article:published_time and <time datetime> in UTC «Z», the same instant as the +03:30 gold; visible Jalali and Gregorian dates; NO lead element; the text opens with the desk label «گروه بین‌الملل:», kept as part of the first paragraph as printed; the photo and its «منبع تصویر:» credit come before the body).',
      'statements: Jubouri: «گفت:», «الجبوری افزود که …» = 2; Mansouri: «… متهم کرد و گفت:» (one), «همچنین اعلام کرد …» = 2; Abdulreza: «گفت:» (two-sentence quote, once) = 1; Karimipour: «گفت:», «به گفته او» = 2.',
      'Reuters, AFP, Al-Sharqiya and the Iraqi water ministry («بر اساس آمار») are organizations. The farmer\'s role keeps the age the appositive gives («کشاورز ۵۲ ساله‌ای از ابوالخصیب»). «یک تریلیون دینار» is one trillion, not a lone «یک».',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (headlines and page text written for this set).
// ---------------------------------------------------------------------------------------------

const MOJ_RESULTS: [string, string, string, string][] = [
  ['زمان واریز یارانه نقدی دی‌ماه اعلام شد', 'یارانه نقدی دهک‌های اول تا سوم روز ۲۰ دی به حساب سرپرستان خانوار واریز می‌شود.', 'اقتصادی', '۱۹ دی ۱۴۰۴'],
  ['یارانه نقدی بهمن با مبلغ جدید پرداخت می‌شود؟', 'سخنگوی کمیسیون برنامه و بودجه درباره افزایش مبلغ یارانه در بودجه ۱۴۰۵ توضیح داد.', 'اقتصادی', '۱۷ دی ۱۴۰۴'],
  ['حذف یارانه ۴۰۰ هزار خانوار پردرآمد', 'وزارت رفاه از حذف یارانه خانوارهای دهک دهم پس از بررسی اطلاعات بانکی خبر داد.', 'اجتماعی', '۱۴ دی ۱۴۰۴'],
  ['راهنمای اعتراض به حذف یارانه در سامانه حمایت', 'مراحل ثبت اعتراض و مدارک لازم برای بازگشت یارانه نقدی را در این گزارش بخوانید.', 'خدمات', '۱۲ دی ۱۴۰۴'],
  ['اینفوگرافی | مبلغ یارانه نقدی از ۱۳۸۹ تا امروز', 'مقایسه قدرت خرید یارانه نقدی در ۱۵ سال گذشته.', 'چندرسانه‌ای', '۱۰ دی ۱۴۰۴'],
  ['یارانه نقدی یا کالابرگ؛ کدام به نفع دهک‌های پایین است؟', 'کارشناسان اقتصادی درباره جایگزینی یارانه نقدی با کالابرگ الکترونیک نظر می‌دهند.', 'اقتصادی', '۸ دی ۱۴۰۴'],
  ['واریز یارانه معیشتی به حساب بازنشستگان', 'یارانه معیشتی بازنشستگان تأمین اجتماعی همراه با حقوق دی‌ماه پرداخت می‌شود.', 'اجتماعی', '۵ دی ۱۴۰۴'],
  ['ویدئو | صف مردم برای پیگیری یارانه در دفاتر پیشخوان', 'گزارش تصویری از مراجعه شهروندان به دفاتر پیشخوان دولت.', 'چندرسانه‌ای', '۳ دی ۱۴۰۴'],
  ['کالابرگ مرحله نهم برای کدام دهک‌ها شارژ می‌شود؟', 'اعتبار کالابرگ الکترونیک مرحله نهم برای خانوارهای دارای یارانه نقدی فعال شد.', 'اقتصادی', '۱ دی ۱۴۰۴'],
  ['استعلام یارانه با کد ملی؛ آموزش تصویری', 'آموزش گام به گام استعلام وضعیت یارانه از طریق سامانه و پیامک.', 'خدمات', '۲۸ آذر ۱۴۰۴'],
];

function mojnewsSearch(): NonArt {
  const q = 'یارانه نقدی';
  const mark = (s: string) => esc(s).replace(new RegExp(q, 'g'), `<mark>${q}</mark>`);
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>جستجو برای «${q}» | موج نیوز</title>
<meta name="robots" content="noindex, follow">
<meta property="og:type" content="website">
<meta property="og:site_name" content="موج نیوز">
<link rel="canonical" href="https://www.mojnews.com/search">
</head>
<body class="search-page">
<header class="moj-header"><a href="https://www.mojnews.com/"><img src="https://www.mojnews.com/themes/moj/img/logo.png" alt="موج نیوز"></a> <span class="today">جمعه ۱۹ دی ۱۴۰۴</span>
<nav><a href="https://www.mojnews.com/fa/service/politics">سیاسی</a> <a href="https://www.mojnews.com/fa/service/economy">اقتصادی</a> <a href="https://www.mojnews.com/fa/service/society">اجتماعی</a> <a href="https://www.mojnews.com/fa/service/services">خدمات</a> <a href="https://www.mojnews.com/fa/service/multimedia">چندرسانه‌ای</a></nav></header>
<main class="container">
 <h1 class="search-title">نتایج جستجو برای «${q}»</h1>
 <form class="search-form" action="https://www.mojnews.com/search"><input name="query" value="${q}"><select name="service"><option>همه سرویس‌ها</option><option>اقتصادی</option><option>اجتماعی</option></select><select name="period"><option>همه زمان‌ها</option><option>یک هفته اخیر</option><option>یک ماه اخیر</option></select><button>جستجو</button></form>
 <p class="search-count">${persian(246)} نتیجه یافت شد (نمایش ۱ تا ۱۰)</p>
 <ol class="search-results">
${MOJ_RESULTS.map(([t, s, sv, d], k) => `  <li class="result"><h2><a href="https://www.mojnews.com/fa/news/${482310 - k * 173}">${mark(t)}</a></h2><p class="snippet">${mark(s)}</p><span class="service">${sv}</span> <span class="date">${d}</span></li>`).join('\n')}
 </ol>
 <nav class="pagination"><span class="current">۱</span> <a href="https://www.mojnews.com/search?query=${encodeURIComponent(q)}&amp;page=2">۲</a> <a href="https://www.mojnews.com/search?query=${encodeURIComponent(q)}&amp;page=3">۳</a> <span>…</span> <a href="https://www.mojnews.com/search?query=${encodeURIComponent(q)}&amp;page=25">۲۵</a> <a href="https://www.mojnews.com/search?query=${encodeURIComponent(q)}&amp;page=2">بعدی</a></nav>
 <aside class="popular-searches"><h3>جستجوهای پرتکرار</h3><a href="https://www.mojnews.com/search?query=کالابرگ">کالابرگ</a> <a href="https://www.mojnews.com/search?query=قیمت دلار">قیمت دلار</a> <a href="https://www.mojnews.com/search?query=وام ازدواج">وام ازدواج</a> <a href="https://www.mojnews.com/search?query=افزایش حقوق">افزایش حقوق</a></aside>
</main>
<footer class="moj-footer">کلیه حقوق این سایت متعلق به پایگاه خبری موج نیوز است.</footer>
</body>
</html>
`;
  return { name: 'nonarticle-mojnews-search', markup: 'search-mojnews', url: `https://www.mojnews.com/search?query=${q.replace(' ', '+')}`, title: `نتایج جستجو برای «${q}»`, html,
    notes: ['A site search page with results (noindex): the query form with filters, a result count, ten results (linked headline with the query marked, one-line snippet, service, date), pagination and popular searches. Not an article.'] };
}

const ARMAN_PAGES: [number, string, string[]][] = [
  [1, 'اول', ['بودجه ۱۴۰۵ در صحن مجلس؛ نمایندگان با کلیات موافقت کردند', 'تورم نقطه‌ای دی‌ماه به ۳۸ درصد رسید', 'سرمای بی‌سابقه و تعطیلی مدارس در ۱۲ استان']],
  [2, 'سیاسی', ['گفت‌وگوی دیپلماتیک تهران و ریاض وارد مرحله تازه شد', 'چرا اصلاح قانون انتخابات به تعویق افتاد؟']],
  [4, 'اقتصادی', ['نرخ ارز توافقی در مرکز مبادله افزایش یافت', 'صادرات غیرنفتی ۹ ماهه؛ رشد در کدام کالاها؟', 'بازار مسکن در رکود زمستانی']],
  [6, 'جامعه', ['آلودگی هوا و سهم خودروهای فرسوده', 'روایت خانواده‌هایی که زیر بار اجاره‌بها ماندند']],
  [8, 'بین‌الملل', ['انتخابات پارلمانی عراق و آینده ائتلاف‌ها', 'اروپا و بحران انرژی در زمستان دوم']],
  [10, 'فرهنگ و هنر', ['فهرست فیلم‌های جشنواره فجر اعلام شد', 'گفت‌وگو با نویسنده رمان «شب‌های بی‌ماه»']],
  [11, 'ورزش', ['استقلال و تراکتور در جدال صدر', 'کشتی آزاد ایران در جام تختی']],
  [12, 'آخر', ['یادداشت روز: سیاست خارجی و معیشت مردم']],
];

function armanmelliIssue(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>روزنامه آرمان ملی شماره ۲۳۸۴ - شنبه ۲۰ دی ۱۴۰۴</title>
<meta name="description" content="نسخه چاپی روزنامه آرمان ملی شماره ۲۳۸۴؛ صفحات و عناوین مطالب">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.armanmeli.ir/newspaper/2384">
</head>
<body class="newspaper-issue">
<header class="am-header"><a href="https://www.armanmeli.ir/"><img src="https://www.armanmeli.ir/assets/img/arman-melli-logo.png" alt="آرمان ملی"></a>
<nav><a href="https://www.armanmeli.ir/">صفحه نخست</a> <a href="https://www.armanmeli.ir/fa/service/politics">سیاسی</a> <a href="https://www.armanmeli.ir/fa/service/economy">اقتصادی</a> <a href="https://www.armanmeli.ir/fa/service/society">اجتماعی</a> <a href="https://www.armanmeli.ir/newspaper">روزنامه</a> <a href="https://www.armanmeli.ir/archive">آرشیو</a></nav></header>
<main class="am-issue">
 <h1>شماره ۲۳۸۴ - شنبه ۲۰ دی ۱۴۰۴</h1>
 <div class="issue-tools"><a class="pdf" href="https://www.armanmeli.ir/files/newspaper/2384/full.pdf">دانلود PDF کامل (۱۲ صفحه)</a> <form class="issue-picker"><label>انتخاب شماره:</label><input type="text" placeholder="۱۴۰۴/۱۰/۲۰"><button>برو</button></form> <a href="https://www.armanmeli.ir/newspaper/2383">شماره قبل</a></div>
 <div class="front-page"><img src="https://www.armanmeli.ir/files/newspaper/2384/p1.jpg" alt="صفحه اول روزنامه آرمان ملی"></div>
 <div class="issue-pages">
${ARMAN_PAGES.map(([n, p, hs]) => `  <section class="issue-page"><h2><a href="https://www.armanmeli.ir/newspaper/2384/page/${n}">صفحه ${persian(n)}: ${p}</a></h2><ul>${hs.map((h, j) => `<li><a href="https://www.armanmeli.ir/fa/news/${301480 + n * 10 + j}">${esc(h)}</a></li>`).join('')}</ul><a class="page-pdf" href="https://www.armanmeli.ir/files/newspaper/2384/p${n}.pdf">PDF</a></section>`).join('\n')}
 </div>
</main>
<footer class="am-footer"><p>صاحب امتیاز: مؤسسه فرهنگی آرمان ملی | کلیه حقوق محفوظ است.</p><p><a href="https://www.armanmeli.ir/about">درباره ما</a> <a href="https://www.armanmeli.ir/subscribe">اشتراک روزنامه</a></p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-armanmelli-issue', markup: 'print-issue-armanmelli', url: 'https://www.armanmeli.ir/newspaper/2384', title: 'شماره ۲۳۸۴ - شنبه ۲۰ دی ۱۴۰۴', html,
    notes: ['A print-edition index of a daily: the issue number and date, PDF links, the front-page image and eight of its twelve pages, each a page number and name with one to three linked headlines. No running text: not an article.'] };
}

const ASTRO_POSTS: [string, string, string, string][] = [
  ['۱۴۰۴', 'سه روز در کویر مصر؛ شب‌های بی‌چراغ و آسمان پرستاره', '۲ دی', 'kavir-mesr'],
  ['۱۴۰۴', 'چطور با یک لنز ثابت ۳۵ میلی‌متری سفر کنیم', '۱۸ آبان', 'prime-lens-travel'],
  ['۱۴۰۴', 'ماسوله در باران؛ یادداشت‌های یک عکاس', '۲۷ مهر', 'masuleh-rain'],
  ['۱۴۰۴', 'فهرست وسایل کوله‌پشتی برای سفرهای کوهستانی', '۹ شهریور', 'mountain-packing-list'],
  ['۱۴۰۴', 'قلعه رودخان بدون شلوغی: کی برویم؟', '۱۴ تیر', 'rudkhan-castle'],
  ['۱۴۰۳', 'جزیره هرمز و رنگ‌هایی که در عکس جا نمی‌شوند', '۲۲ اسفند', 'hormuz-colors'],
  ['۱۴۰۳', 'ویرایش عکس شب با نرم‌افزارهای رایگان', '۳ بهمن', 'night-photo-editing'],
  ['۱۴۰۳', 'کندوان؛ روستایی که در دل صخره زندگی می‌کند', '۱۱ آذر', 'kandovan'],
];

function astroArchive(): NonArt {
  const years = [...new Set(ASTRO_POSTS.map((p) => p[0]))];
  const cid = 'data-astro-cid-j7pv25f6';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<meta name="generator" content="Astro v4.15.9">
<title>همه نوشته‌ها | دفترچه جاده</title>
<meta name="description" content="بایگانی نوشته‌های وبلاگ دفترچه جاده؛ سفرنامه، عکاسی و راهنمای سفر">
<link rel="canonical" href="https://daftarche-jadde.netlify.app/posts/">
<link rel="alternate" type="application/rss+xml" title="دفترچه جاده" href="https://daftarche-jadde.netlify.app/rss.xml">
<link rel="stylesheet" href="/_astro/index.CkR3x8Qa.css">
</head>
<body ${cid}>
<header ${cid}><a class="site-title" href="/" ${cid}>دفترچه جاده</a>
<nav ${cid}><a href="/" ${cid}>خانه</a> <a href="/posts/" aria-current="page" ${cid}>نوشته‌ها</a> <a href="/tags/" ${cid}>برچسب‌ها</a> <a href="/about/" ${cid}>درباره من</a></nav></header>
<main ${cid}>
 <h1 ${cid}>همه نوشته‌ها</h1>
 <p class="intro" ${cid}>${persian(ASTRO_POSTS.length)} نوشته، از جدیدترین به قدیمی‌ترین.</p>
${years.map((y) => ` <section class="year" ${cid}><h2 ${cid}>${y}</h2><ul ${cid}>
${ASTRO_POSTS.filter((p) => p[0] === y).map(([, t, d, s]) => `  <li ${cid}><time ${cid}>${d}</time> <a href="/posts/${s}/" ${cid}>${esc(t)}</a></li>`).join('\n')}
 </ul></section>`).join('\n')}
 <div class="tag-cloud" ${cid}><a href="/tags/safarname/">سفرنامه</a> <a href="/tags/akkasi/">عکاسی</a> <a href="/tags/kavir/">کویر</a> <a href="/tags/shomal/">شمال</a> <a href="/tags/rahnama/">راهنمای سفر</a></div>
</main>
<footer ${cid}><p ${cid}>© ۱۴۰۴ دفترچه جاده · ساخته‌شده با Astro · <a href="/rss.xml" ${cid}>RSS</a></p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-astro-blog-archive', markup: 'archive-astro-blog', url: 'https://daftarche-jadde.netlify.app/posts/', title: 'همه نوشته‌ها', html,
    notes: ['A personal blog built with Astro (static, data-astro-cid-* attributes): the archive of all posts, grouped by Jalali year, each a date and a linked title, then a tag cloud. Not an article.'] };
}

const NON_ARTICLES: NonArt[] = [mojnewsSearch(), armanmelliIssue(), astroArchive()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

const SOURCE = { corpus: 'written for heldout7', heldout: true, synthetic_markup: true, synthetic_text: true };
const NO_DOCTYPE = new Set<string>();
const { buildArticle, buildNonArticle } = writtenSetBuilder({ out: OUT, sites: SITES, source: SOURCE, idDigits: 5, fallbackId: '214', siteNameShown: true });

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--check')) {
    mkdirSync(OUT, { recursive: true });
    for (const a of ARTICLES) buildArticle(a);
    for (const n of NON_ARTICLES) buildNonArticle(n);
    console.log(`built ${ARTICLES.length} article and ${NON_ARTICLES.length} non-article pages in ${OUT}`);
  }
  process.exitCode = checkHeldoutDir(OUT, { noDoctype: NO_DOCTYPE, minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true }) ? 1 : 0;
}
