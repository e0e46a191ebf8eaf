// Builds the TWENTY-FIRST held-out fixture set, tests/fixtures/heldout21/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme: the websites of Iranian DAILY NEWSPAPERS, each with its own CMS. Six article pages
// in six genres (an Etemad Q&A interview, a signed Shargh column, a long Ham-Mihan report with subheadings,
// a Khorasan provincial-page story, a Jam-e Jam front-page lead story with the «سرمقاله» box beside it, an
// Ettelaat article in its newspaper-issue view with issue number, page number and the page's PDF link) and
// two non-article pages (Iran newspaper's issue archive with the PDF of every page, Arman Melli's «پیشخوان»
// gallery of today's front pages). All six texts were written for this set; every quoted person is invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout21.ts          (build + check)
//        npx tsx scripts/build-heldout21.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout21');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
const G_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
/** The path of an article URL, percent-encoded as the CMS links it. */
const enc = (url: string) => encodeURI(url);

// ---------------------------------------------------------------------------------------------
// Article markups, one per newspaper site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Etemad Online (etemadonline.com), the daily Etemad's site on the «بخش-…-N/ID-slug» CMS that several
  // dailies share: cdn.etemadonline.com thumbnails, a /tiny/news-ID short link; top bar with the date and
  // «روزنامه امروز» (PDF) link; breadcrumb; rutitr (the interview's label), title, lead in div.lead; «کد خبر»
  // and the date with weekday; INTERVIEW QUESTIONS as bold paragraphs (<p><strong>); a «بیشتر بخوانید» link
  // inside the body; tags, short link, share row; related, most-viewed, comments with replies; a Telegram /
  // Bale channel invitation; footer.
  etemad: {
    site: 'اعتماد آنلاین',
    boiler: ['روزنامه امروز', 'گفت‌وگوی «اعتماد» با نایب‌رئیس انجمن داروسازان ایران', 'بیشتر بخوانید:', 'لینک کوتاه', 'مطالب مرتبط', 'پربازدیدترین', 'نظرات کاربران', 'کانال اعتماد آنلاین را در تلگرام و بله دنبال کنید', 'کلیه حقوق این سایت متعلق به روزنامه اعتماد است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | اعتماد آنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:site_name" content="اعتماد آنلاین">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(enc(c.a.url))}">
<meta property="og:image" content="https://cdn.etemadonline.com/thumbnail/Xq7bN2kR4pLm/dAru-${c.id}.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${esc(enc(c.a.url))}">
<link rel="shortlink" href="https://www.etemadonline.com/tiny/news-${c.id}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', mainEntityOfPage: { '@type': 'WebPage', '@id': enc(c.a.url) }, headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso, image: { '@type': 'ImageObject', url: `https://cdn.etemadonline.com/thumbnail/Xq7bN2kR4pLm/dAru-${c.id}.jpg` }, author: { '@type': 'Organization', name: 'اعتماد آنلاین' }, publisher: { '@type': 'Organization', name: 'اعتماد آنلاین', logo: { '@type': 'ImageObject', url: 'https://www.etemadonline.com/templates/etemad/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.etemadonline.com/templates/etemad/css/style.min.css?v=5.41">
</head>
<body class="page-news">
<div class="top-bar"><div class="container"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.etemadonline.com/بخش-روزنامه-اعتماد-25">روزنامه امروز</a> <a href="https://www.etemadonline.com/archive">آرشیو</a> <a href="https://www.etemadonline.com/rss">RSS</a></div></div>
<header class="site-header"><div class="container"><a class="logo" href="https://www.etemadonline.com/"><img src="https://www.etemadonline.com/templates/etemad/img/logo.png" alt="اعتماد آنلاین"></a>
<nav class="main-menu"><ul><li><a href="https://www.etemadonline.com/بخش-سیاسی-4">سیاسی</a></li><li><a href="https://www.etemadonline.com/بخش-اقتصادی-6">اقتصادی</a></li><li class="active"><a href="https://www.etemadonline.com/بخش-اجتماعی-11">اجتماعی</a></li><li><a href="https://www.etemadonline.com/بخش-فرهنگی-7">فرهنگ و هنر</a></li><li><a href="https://www.etemadonline.com/بخش-بین-الملل-9">بین‌الملل</a></li><li><a href="https://www.etemadonline.com/بخش-ورزشی-8">ورزشی</a></li><li><a href="https://www.etemadonline.com/بخش-حوادث-68">حوادث</a></li><li><a href="https://www.etemadonline.com/بخش-چندرسانه-ای-30">چندرسانه‌ای</a></li></ul></nav></div></header>
<main class="container news-page">
<div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="https://www.etemadonline.com/">خانه</a></li><li><a href="https://www.etemadonline.com/بخش-اجتماعی-11">اجتماعی</a></li><li><a href="https://www.etemadonline.com/بخش-سلامت-71">${esc(c.a.kicker)}</a></li></ol>
<article class="news-content">
<div class="news-info"><span class="news-code">کد خبر: ${persian(c.id)}</span> <span class="news-date">${weekday(c)} ${faDate(c)} - ${faTime(c)}</span></div>
<div class="rutitr">گفت‌وگوی «اعتماد» با نایب‌رئیس انجمن داروسازان ایران</div>
<h1 class="title">${esc(c.a.title)}</h1>
<div class="lead">${esc(c.a.lead ?? '')}</div>
<figure class="news-image"><img src="https://cdn.etemadonline.com/thumbnail/Xq7bN2kR4pLm/dAru-${c.id}.jpg" alt="${esc(c.a.title)}"><figcaption>${esc(c.a.caption)}</figcaption></figure>
<div class="news-body" id="echo_detail">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<div class="see-also"><strong>بیشتر بخوانید:</strong> <a href="https://www.etemadonline.com/بخش-اجتماعی-11/${Number(c.id) - 2841}">${esc(c.a.inline ?? '')}</a></div>`, (t) => `<p><strong>${t}</strong></p>`)}
</div>
<div class="tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.etemadonline.com/بخش-برچسب/', ' ')}</div>
<div class="short-link"><span>لینک کوتاه:</span> <input type="text" readonly value="https://www.etemadonline.com/tiny/news-${c.id}"> <button type="button">کپی</button></div>
<div class="share"><a href="https://t.me/share/url?url=https://www.etemadonline.com/tiny/news-${c.id}">تلگرام</a> <a href="https://ble.ir/share/url?url=https://www.etemadonline.com/tiny/news-${c.id}">بله</a> <a href="https://wa.me/?text=https://www.etemadonline.com/tiny/news-${c.id}">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://www.etemadonline.com/tiny/news-${c.id}">ایکس</a> <a href="https://www.etemadonline.com/print/${c.id}">چاپ</a></div>
</article>
<div class="channel-invite"><a href="https://t.me/etemadonline">کانال اعتماد آنلاین را در تلگرام و بله دنبال کنید</a></div>
<section class="related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://www.etemadonline.com/بخش-اجتماعی-11/', Number(c.id) - 1209)}
</ul></section>
<section class="comments"><h2>نظرات کاربران</h2>
${comments(c, (n, t, k) => `<div class="comment${k ? ' reply' : ''}"><div class="comment-head"><b>${n}</b> <span>${faDate(c)} - ${persian(k ? '11:02' : '09:17')}</span></div><p>${t}</p><span class="like">${persian(k ? 4 : 37)}</span> <span class="dislike">${persian(k ? 1 : 3)}</span></div>`)}
<form class="comment-form"><input type="text" placeholder="نام"><textarea placeholder="نظر شما"></textarea><button type="button">ارسال</button></form></section>
</div>
<aside class="col-md-4 sidebar">
<div class="box most-viewed"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, 'https://www.etemadonline.com/بخش-اجتماعی-11/', Number(c.id) - 3390)}
</ol></div>
<div class="box newspaper"><a href="https://www.etemadonline.com/بخش-روزنامه-اعتماد-25"><img src="https://cdn.etemadonline.com/newspaper/1405/05/05/page1.jpg" alt="صفحه اول روزنامه اعتماد"></a></div>
</aside></div>
</main>
<footer class="site-footer"><div class="container"><p>کلیه حقوق این سایت متعلق به روزنامه اعتماد است و استفاده از مطالب با ذکر منبع بلامانع است.</p><p><a href="https://www.etemadonline.com/about">درباره ما</a> <a href="https://www.etemadonline.com/contact">تماس با ما</a> <a href="https://www.etemadonline.com/ads">آگهی</a></p></div></footer>
<script src="https://www.etemadonline.com/templates/etemad/js/app.min.js?v=5.41"></script>
</body>
</html>
`,
  },

  // Shargh (sharghdaily.com), a signed COLUMN in the «یادداشت» section on the same «بخش-…-N/ID-slug» CMS,
  // own theme: the author's photo and name as a byline card above the title («نویسنده» with the columnist's
  // short bio), NO lead (the column starts with its first paragraph), <time datetime> with a numeric Jalali
  // date «۱۴۰۵/۰۵/۰۶ - ۰۸:۱۰»; a pull quote (blockquote) inside the body repeating a sentence of the column;
  // «یادداشت‌های دیگر این نویسنده», tags, share row, «پیشخوان شرق» (today's PDF), most-read, a cookie
  // notice, footer.
  shargh: {
    site: 'روزنامه شرق',
    boiler: ['یادداشت‌های دیگر این نویسنده', 'روزنامه‌نگار و پژوهشگر اقتصاد رسانه', 'دانلود PDF روزنامه امروز', 'پربازدیدهای شرق', 'برای بهبود تجربه کاربری از کوکی استفاده می‌کنیم', 'تمام حقوق مادی و معنوی این سایت متعلق به روزنامه شرق است', 'مطالب پیشنهادی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | روزنامه شرق</title>
<meta name="description" content="${esc(c.a.paras[0].slice(0, 160))}">
<meta name="author" content="${esc(c.a.author ?? '')}">
<meta property="og:site_name" content="روزنامه شرق">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.sharghdaily.com/files/fa/news/1405/5/6/${c.id}_author.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="یادداشت">
<link rel="canonical" href="${esc(enc(c.a.url))}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'OpinionNewsArticle', headline: c.a.title, datePublished: c.iso, author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'روزنامه شرق', logo: { '@type': 'ImageObject', url: 'https://www.sharghdaily.com/client/themes/fa/main/img/logo.svg' } } })}</script>
<link rel="stylesheet" href="https://www.sharghdaily.com/client/themes/fa/main/css/app.css?v=3.7">
</head>
<body class="news-page opinion">
<header class="sh-header"><div class="sh-top"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://www.sharghdaily.com/بخش-پی-دی-اف-روزنامه-245">دانلود PDF روزنامه امروز</a> <a href="https://www.sharghdaily.com/newsstudios/archive">آرشیو</a></div>
<a class="sh-logo" href="https://www.sharghdaily.com/"><img src="https://www.sharghdaily.com/client/themes/fa/main/img/logo.svg" alt="روزنامه شرق"></a>
<nav class="sh-nav"><a href="https://www.sharghdaily.com/بخش-سیاست-6">سیاست</a> <a href="https://www.sharghdaily.com/بخش-اقتصاد-7">اقتصاد</a> <a href="https://www.sharghdaily.com/بخش-جامعه-8">جامعه</a> <a href="https://www.sharghdaily.com/بخش-فرهنگ-و-هنر-9">فرهنگ و هنر</a> <a href="https://www.sharghdaily.com/بخش-جهان-10">جهان</a> <a href="https://www.sharghdaily.com/بخش-ورزش-11">ورزش</a> <a class="active" href="https://www.sharghdaily.com/بخش-یادداشت-12">یادداشت</a> <a href="https://www.sharghdaily.com/بخش-گفت-و-گو-13">گفت‌وگو</a></nav></header>
<main class="sh-main">
<article class="sh-article">
<div class="sh-kicker"><a href="https://www.sharghdaily.com/بخش-یادداشت-12">${esc(c.a.kicker)}</a></div>
<div class="sh-author-card"><img src="https://www.sharghdaily.com/files/fa/news/1405/5/6/${c.id}_author.jpg" alt="${esc(c.a.author ?? '')}"><div><a href="https://www.sharghdaily.com/نویسنده/s-kashanizadeh" class="sh-author-name">${esc(c.a.author ?? '')}</a><span class="sh-author-bio">روزنامه‌نگار و پژوهشگر اقتصاد رسانه</span></div></div>
<h1 class="sh-title">${esc(c.a.title)}</h1>
<div class="sh-meta"><time datetime="${c.iso}">${persian(c.y)}/${persian(c.m)}/${persian(c.d)} - ${faTime(c)}</time> <span>کد خبر: ${persian(c.id)}</span> <span>زمان مطالعه: ${persian(4)} دقیقه</span></div>
<div class="sh-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<blockquote class="sh-pullquote">${esc(c.a.inline ?? '')}</blockquote>`)}
</div>
<div class="sh-tags">${tagLinks(c, 'https://www.sharghdaily.com/tags/', ' ')}</div>
<div class="sh-share"><span>اشتراک:</span> <a href="https://t.me/share/url?url=https://sharghdaily.com/x/${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://sharghdaily.com/x/${c.id}">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://sharghdaily.com/x/${c.id}">ایکس</a></div>
</article>
<section class="sh-more-author"><h2>یادداشت‌های دیگر این نویسنده</h2><ul>
${li(c.a.related, 'https://www.sharghdaily.com/بخش-یادداشت-12/', Number(c.id) - 6120)}
</ul></section>
<section class="sh-suggest"><h2>مطالب پیشنهادی</h2><ul>
${li(c.a.mostRead.slice(2), 'https://www.sharghdaily.com/بخش-جامعه-8/', Number(c.id) - 410)}
</ul></section>
<aside class="sh-most"><h2>پربازدیدهای شرق</h2><ol>
${li(c.a.mostRead.slice(0, 2), 'https://www.sharghdaily.com/بخش-سیاست-6/', Number(c.id) - 980)}
</ol></aside>
</main>
<footer class="sh-footer"><p>تمام حقوق مادی و معنوی این سایت متعلق به روزنامه شرق است.</p><p><a href="https://www.sharghdaily.com/about">درباره شرق</a> <a href="https://www.sharghdaily.com/contact">تماس با ما</a></p></footer>
<div class="cookie-bar" role="dialog"><p>برای بهبود تجربه کاربری از کوکی استفاده می‌کنیم.</p><button type="button">پذیرفتم</button></div>
</body>
</html>
`,
  },

  // Ham-Mihan (hammihanonline.ir), a long REPORT on the same «بخش-…-N/ID-slug» CMS, its own theme: the
  // report label «گزارش» and the desk «گروه جامعه» with the reporter's name; lead in a bordered div; the
  // date «چهارشنبه ۷ مرداد ۱۴۰۵ ساعت ۰۹:۲۰» (no JSON-LD; og and article:published_time only); SUBHEADINGS
  // as <h2> inside the body; an INFOGRAPHIC figure with caption and credit inside the body; a «بیشتر
  // بخوانید» card; print edition line «این گزارش در شماره ۶۸۴ روزنامه هم‌میهن منتشر شده است»; tags,
  // related, most-read, a newsletter box, footer.
  hammihan: {
    site: 'هم‌میهن',
    boiler: ['گروه جامعه', 'بیشتر بخوانید', 'این گزارش در شماره ۶۸۴ روزنامه هم‌میهن منتشر شده است', 'گزارش‌های مرتبط', 'پربازدیدها', 'خبرنامه هم‌میهن', 'همه حقوق برای روزنامه هم‌میهن محفوظ است', 'اینفوگرافیک: هم‌میهن'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - هم‌میهن</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="هم‌میهن">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://hammihanonline.ir/files/fa/news/1405/5/7/${c.id}_main.jpg">
<meta property="article:published_time" content="${c.iso}">
<link rel="canonical" href="${esc(enc(c.a.url))}">
<link rel="stylesheet" href="https://hammihanonline.ir/client/themes/fa/main/css/hm.css?v=2.2">
</head>
<body>
<header class="hm-header"><a href="https://hammihanonline.ir/"><img src="https://hammihanonline.ir/client/themes/fa/main/img/logo.svg" alt="هم‌میهن"></a>
<nav class="hm-nav"><a href="https://hammihanonline.ir/بخش-سیاست-18">سیاست</a> <a href="https://hammihanonline.ir/بخش-اقتصاد-5">اقتصاد</a> <a class="on" href="https://hammihanonline.ir/بخش-جامعه-3">جامعه</a> <a href="https://hammihanonline.ir/بخش-فرهنگ-4">فرهنگ</a> <a href="https://hammihanonline.ir/بخش-جهان-20">جهان</a> <a href="https://hammihanonline.ir/بخش-ورزش-6">ورزش</a> <a href="https://hammihanonline.ir/بخش-روزنامه-1">روزنامه</a></nav>
<span class="hm-date">${weekday(c)} ${faDate(c)}</span></header>
<main class="hm-main">
<article class="hm-article">
<div class="hm-label">گزارش</div>
<h1 class="hm-title">${esc(c.a.title)}</h1>
<div class="hm-byline"><span class="hm-desk">گروه جامعه</span> | <span class="hm-reporter">${esc(c.a.author ?? '')}</span> | <span class="hm-time">${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</span></div>
<div class="hm-lead">${esc(c.a.lead ?? '')}</div>
<figure class="hm-cover"><img src="https://hammihanonline.ir/files/fa/news/1405/5/7/${c.id}_main.jpg" alt=""><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="hm-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="hm-subhead">${t}</h2>`,
  `<figure class="hm-infographic"><img src="https://hammihanonline.ir/files/fa/news/1405/5/7/${c.id}_info.png" alt=""><figcaption>نرخ سالانه فرونشست در ${persian(5)} دشت بحرانی؛ ورامین ${persian(31)}، جنوب غرب تهران ${persian(28)}، رفسنجان ${persian(26)}، کبودرآهنگ ${persian(24)} و مهیار اصفهان ${persian(21)} سانتی‌متر | اینفوگرافیک: هم‌میهن</figcaption></figure>`,
  `<div class="hm-readmore"><span>بیشتر بخوانید</span> <a href="https://hammihanonline.ir/بخش-جامعه-3/${Number(c.id) - 388}">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<p class="hm-print">این گزارش در شماره ${persian(684)} روزنامه هم‌میهن منتشر شده است.</p>
<div class="hm-tags">${tagLinks(c, 'https://hammihanonline.ir/tag/', ' ')}</div>
<div class="hm-share"><a href="https://t.me/share/url?url=https://hammihanonline.ir/x/${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://hammihanonline.ir/x/${c.id}">واتساپ</a> <a href="https://hammihanonline.ir/print/${c.id}">چاپ</a></div>
</article>
<section class="hm-related"><h2>گزارش‌های مرتبط</h2><ul>
${li(c.a.related, 'https://hammihanonline.ir/بخش-جامعه-3/', Number(c.id) - 915)}
</ul></section>
<aside class="hm-most"><h2>پربازدیدها</h2><ol>
${li(c.a.mostRead, 'https://hammihanonline.ir/بخش-سیاست-18/', Number(c.id) - 260)}
</ol></aside>
<section class="hm-newsletter"><h2>خبرنامه هم‌میهن</h2><p>گزارش‌های روز را هر صبح در ایمیل خود بخوانید.</p><input type="email" placeholder="ایمیل"><button type="button">ثبت</button></section>
</main>
<footer class="hm-footer"><p>همه حقوق برای روزنامه هم‌میهن محفوظ است.</p></footer>
</body>
</html>
`,
  },

  // Khorasan (khorasannews.com), the Mashhad daily: a PROVINCIAL-PAGE story (section «خراسان رضوی»); the
  // header has the MASHHAD WEATHER (today's max/min) and the city's PRAYER TIMES; breadcrumb; the print
  // line «روزنامه خراسان، شماره ۲۱۸۹۶، صفحه ۹ (خراسان رضوی)»; title, lead, date «۱۱ مرداد ۱۴۰۵ - ۰۶:۳۰»
  // with the news code; JSON-LD; photo; a «مرتبط» link inside the body; «کلمات کلیدی», share row,
  // related, most-read of the province, comments, a classifieds strip («نیازمندی‌های خراسان»), footer.
  khorasan: {
    site: 'روزنامه خراسان',
    boiler: ['اوقات شرعی مشهد', 'هوای مشهد', 'روزنامه خراسان، شماره ۲۱۸۹۶، صفحه ۹ (خراسان رضوی)', 'مرتبط:', 'کلمات کلیدی', 'اخبار مرتبط', 'پربازدیدهای استان', 'نیازمندی‌های خراسان', 'نظر خود را بنویسید', 'کلیه حقوق این پایگاه متعلق به مؤسسه فرهنگی و مطبوعاتی خراسان است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - روزنامه خراسان</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="روزنامه خراسان">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.khorasannews.com/Images/News/1405/05/11/${c.id}.jpg">
<link rel="canonical" href="${esc(enc(c.a.url))}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, articleSection: 'خراسان رضوی', image: [`https://www.khorasannews.com/Images/News/1405/05/11/${c.id}.jpg`], publisher: { '@type': 'Organization', name: 'روزنامه خراسان', logo: { '@type': 'ImageObject', url: 'https://www.khorasannews.com/Content/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.khorasannews.com/Content/css/site.min.css?v=20260711">
</head>
<body class="news-detail">
<div class="kh-topbar"><span class="kh-today">${weekday(c)} ${faDate(c)}</span>
<div class="kh-weather"><span>هوای مشهد</span> <span>حداکثر ${persian(36)}°</span> <span>حداقل ${persian(21)}°</span></div>
<div class="kh-owghat"><span>اوقات شرعی مشهد</span> <span>اذان صبح ${persian('03:19')}</span> <span>طلوع آفتاب ${persian('04:49')}</span> <span>اذان ظهر ${persian('11:38')}</span> <span>اذان مغرب ${persian('18:54')}</span></div></div>
<header class="kh-header"><a href="https://www.khorasannews.com/"><img src="https://www.khorasannews.com/Content/img/logo.png" alt="روزنامه خراسان"></a>
<nav class="kh-nav"><a href="https://www.khorasannews.com/service/politics">سیاسی</a> <a href="https://www.khorasannews.com/service/economy">اقتصادی</a> <a href="https://www.khorasannews.com/service/society">اجتماعی</a> <a class="active" href="https://www.khorasannews.com/service/khorasan-razavi">خراسان رضوی</a> <a href="https://www.khorasannews.com/service/provinces">استان‌ها</a> <a href="https://www.khorasannews.com/service/sport">ورزشی</a> <a href="https://www.khorasannews.com/service/zendegi">زندگی سلام</a> <a href="https://www.khorasannews.com/newspaper">روزنامه</a></nav></header>
<main class="kh-main">
<ul class="kh-breadcrumb"><li><a href="https://www.khorasannews.com/">صفحه نخست</a></li><li><a href="https://www.khorasannews.com/service/khorasan-razavi">${esc(c.a.kicker)}</a></li><li><a href="https://www.khorasannews.com/service/khorasan-razavi/mashhad">مشهد</a></li></ul>
<article class="kh-news">
<div class="kh-print-line"><a href="https://www.khorasannews.com/newspaper/21896/9">روزنامه خراسان، شماره ${persian(21896)}، صفحه ${persian(9)} (خراسان رضوی)</a></div>
<h1 class="kh-title">${esc(c.a.title)}</h1>
<div class="kh-meta"><span>کد خبر: ${persian(c.id)}</span> <span>تاریخ انتشار: ${faDate(c)} - ${faTime(c)}</span></div>
<p class="kh-lead">${esc(c.a.lead ?? '')}</p>
<figure class="kh-photo"><img src="https://www.khorasannews.com/Images/News/1405/05/11/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>
<div class="kh-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<p class="kh-related-inline"><b>مرتبط:</b> <a href="https://www.khorasannews.com/news/${Number(c.id) - 1733}">${esc(c.a.inline ?? '')}</a></p>`)}
</div>
<div class="kh-keywords"><span>کلمات کلیدی:</span> ${tagLinks(c, 'https://www.khorasannews.com/tag/', '، ')}</div>
<div class="kh-share"><a href="https://t.me/share/url?url=https://khorasannews.com/n/${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://khorasannews.com/n/${c.id}">ایتا</a> <a href="https://ble.ir/share/url?url=https://khorasannews.com/n/${c.id}">بله</a></div>
</article>
<section class="kh-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.khorasannews.com/news/', Number(c.id) - 502)}
</ul></section>
<section class="kh-comments"><h2>نظر خود را بنویسید</h2>
${comments(c, (n, t) => `<div class="kh-comment"><b>${n}</b><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="نظر"></textarea><button type="button">ارسال نظر</button></form></section>
<aside class="kh-side"><div class="kh-most"><h2>پربازدیدهای استان</h2><ol>
${li(c.a.mostRead, 'https://www.khorasannews.com/news/', Number(c.id) - 2170)}
</ol></div>
<div class="kh-ads"><h2>نیازمندی‌های خراسان</h2><ul><li>فروش آپارتمان ${persian(120)} متری، بلوار وکیل‌آباد</li><li>استخدام حسابدار خانم، شرکت بازرگانی در مشهد</li><li>اجاره سوئیت مبله نزدیک حرم</li></ul></div></aside>
</main>
<footer class="kh-footer"><p>کلیه حقوق این پایگاه متعلق به مؤسسه فرهنگی و مطبوعاتی خراسان است.</p><p>مشهد، بلوار سجاد</p></footer>
</body>
</html>
`,
  },

  // Jam-e Jam Online (jamejamonline.ir/fa/news/ID/slug), the daily Jam-e Jam's site: the FRONT-PAGE LEAD
  // STORY («تیتر یک» label) of the day's issue; beside it a «سرمقاله» BOX with the editorial's title, author
  // and first lines and a «ادامه سرمقاله» link; the issue line «روزنامه جام‌جم، شماره ۷۰۱۲، صفحه اول»; the
  // date in Jalali with time AND the Gregorian date in the top bar; JSON-LD; title, lead, photo; tags, share
  // row, related, «گزیده روزنامه» list, an IRIB channel strip («پخش زنده شبکه خبر»), footer.
  jamejam: {
    site: 'جام‌جم آنلاین',
    boiler: ['تیتر یک', 'سرمقاله', 'ادامه سرمقاله', 'روزنامه جام‌جم، شماره ۷۰۱۲، صفحه اول', 'گزیده روزنامه', 'پخش زنده شبکه خبر', 'اخبار مرتبط', 'تمامی حقوق این سایت متعلق به روزنامه جام‌جم است', 'کنکوری که دیگر کنکور نیست'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | جام‌جم آنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="جام‌جم آنلاین">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://cdn.jamejamonline.ir/d/2026/08/02/4/${c.id}.jpg">
<meta property="article:published_time" content="${c.iso}">
<link rel="canonical" href="${esc(enc(c.a.url))}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso, image: [`https://cdn.jamejamonline.ir/d/2026/08/02/4/${c.id}.jpg`], isPartOf: { '@type': 'PublicationIssue', issueNumber: '7012', name: 'روزنامه جام‌جم' }, publisher: { '@type': 'Organization', name: 'جام‌جم آنلاین', logo: { '@type': 'ImageObject', url: 'https://jamejamonline.ir/resources/theme/jj/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://jamejamonline.ir/resources/theme/jj/css/main.css?v=9.0.3">
</head>
<body class="news-page">
<div class="jj-top"><span>${weekday(c)} ${faDate(c)}</span> <span dir="ltr">${G_MONTHS[Number(c.g.m) - 1]} ${Number(c.g.d)}, ${c.g.y}</span> <a href="https://jamejamonline.ir/fa/newspaper">نسخه PDF روزنامه</a></div>
<header class="jj-header"><a href="https://jamejamonline.ir/"><img src="https://jamejamonline.ir/resources/theme/jj/img/logo.png" alt="جام‌جم آنلاین"></a>
<nav class="jj-nav"><a href="https://jamejamonline.ir/fa/service/politics">سیاست</a> <a href="https://jamejamonline.ir/fa/service/economy">اقتصاد</a> <a class="active" href="https://jamejamonline.ir/fa/service/society">جامعه</a> <a href="https://jamejamonline.ir/fa/service/culture">فرهنگ</a> <a href="https://jamejamonline.ir/fa/service/tv">رادیو و تلویزیون</a> <a href="https://jamejamonline.ir/fa/service/sport">ورزش</a> <a href="https://jamejamonline.ir/fa/service/world">جهان</a> <a href="https://jamejamonline.ir/fa/service/life">سبک زندگی</a></nav></header>
<div class="jj-live"><a href="https://jamejamonline.ir/fa/live/khabar">پخش زنده شبکه خبر</a></div>
<main class="jj-main"><div class="jj-row">
<article class="jj-news">
<div class="jj-issue"><a href="https://jamejamonline.ir/fa/newspaper/7012/1">روزنامه جام‌جم، شماره ${persian(7012)}، صفحه اول</a></div>
<div class="jj-label">تیتر یک</div>
<h1 class="jj-title">${esc(c.a.title)}</h1>
<div class="jj-meta"><span>کد خبر: ${persian(c.id)}</span> <span>${faDate(c)} ساعت ${faTime(c)}</span> <span>${esc(c.a.kicker)}</span></div>
<p class="jj-lead">${esc(c.a.lead ?? '')}</p>
<figure class="jj-img"><img src="https://cdn.jamejamonline.ir/d/2026/08/02/4/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="jj-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
</div>
<div class="jj-tags">${tagLinks(c, 'https://jamejamonline.ir/fa/tag/', ' ')}</div>
<div class="jj-share"><a href="https://eitaa.com/share/url?url=https://jamejamonline.ir/002Xk9">ایتا</a> <a href="https://ble.ir/share/url?url=https://jamejamonline.ir/002Xk9">بله</a> <a href="https://t.me/share/url?url=https://jamejamonline.ir/002Xk9">تلگرام</a> <span>jamejamonline.ir/002Xk9</span></div>
</article>
<aside class="jj-side">
<div class="jj-editorial"><div class="jj-editorial-head">سرمقاله</div><h3><a href="https://jamejamonline.ir/fa/news/${Number(c.id) + 3}">کنکوری که دیگر کنکور نیست</a></h3><span class="jj-editorial-author">نوشته: فرامرز صالحی‌نیک، دبیر گروه جامعه</span><p>سال‌ها گفته شد کنکور غول است و باید کنار برود. امسال سوابق تحصیلی سهم بزرگی از رتبه را گرفت و حالا نوبت آن است که مدرسه هم به همان اندازه جدی گرفته شود…</p><a class="jj-more" href="https://jamejamonline.ir/fa/news/${Number(c.id) + 3}">ادامه سرمقاله</a></div>
<div class="jj-paper"><h2>گزیده روزنامه</h2><ul>
${li(c.a.mostRead, 'https://jamejamonline.ir/fa/news/', Number(c.id) + 5)}
</ul></div>
</aside></div>
<section class="jj-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://jamejamonline.ir/fa/news/', Number(c.id) - 6112)}
</ul></section>
</main>
<footer class="jj-footer"><p>تمامی حقوق این سایت متعلق به روزنامه جام‌جم است.</p><p>جام‌جم، روزنامه صبح ایران</p></footer>
</body>
</html>
`,
  },

  // Ettelaat (ettelaat.com/news/ID/slug), the oldest daily, in its NEWSPAPER-ISSUE VIEW: an issue bar with
  // the ISSUE NUMBER, date, PAGE NUMBER and page title and a «دانلود پی‌دی‌اف این صفحه» link; thumbnails of
  // the issue's pages; the service as a «صفحه اقتصادی» desk line; rutitr; title; lead; the date as numeric
  // Jalali with time «۱۴۰۵/۰۵/۰۸ ۰۰:۳۰» next to the news code; JSON-LD; photo; «سایر مطالب صفحه ۴»,
  // «آرشیو روزنامه» with the /archive?pi=&ms=0&dy=&mn=&yr= form, footer with the founding year line.
  ettelaat: {
    site: 'روزنامه اطلاعات',
    boiler: ['دانلود پی‌دی‌اف این صفحه', 'صفحه اقتصادی', 'صفحات این شماره', 'سایر مطالب صفحه ۴', 'آرشیو روزنامه', 'برداشت برنج آغاز شد؛ تولید کمتر، واردات بیشتر', 'روزنامه اطلاعات، تأسیس ۱۳۰۵', 'کلیه حقوق این سایت متعلق به مؤسسه اطلاعات است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - روزنامه اطلاعات</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="روزنامه اطلاعات">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.ettelaat.com/files/fa/news/1405/5/8/${c.id}_434.jpg">
<link rel="canonical" href="${esc(enc(c.a.url))}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, description: c.a.lead, isPartOf: { '@type': 'PublicationIssue', issueNumber: '28985', pageStart: '4' }, publisher: { '@type': 'Organization', name: 'روزنامه اطلاعات', logo: { '@type': 'ImageObject', url: 'https://www.ettelaat.com/client/themes/fa/main/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.ettelaat.com/client/themes/fa/main/css/newspaper.css?v=1.12">
</head>
<body class="newspaper">
<header class="et-header"><a href="https://www.ettelaat.com/"><img src="https://www.ettelaat.com/client/themes/fa/main/img/logo.png" alt="روزنامه اطلاعات"></a>
<nav class="et-nav"><a href="https://www.ettelaat.com/newspaper">روزنامه امروز</a> <a href="https://www.ettelaat.com/service/politics">سیاسی</a> <a class="on" href="https://www.ettelaat.com/service/economy">اقتصادی</a> <a href="https://www.ettelaat.com/service/society">اجتماعی</a> <a href="https://www.ettelaat.com/service/world">بین‌الملل</a> <a href="https://www.ettelaat.com/service/culture">فرهنگی</a> <a href="https://www.ettelaat.com/service/sport">ورزشی</a> <a href="https://www.ettelaat.com/archive">آرشیو روزنامه</a></nav></header>
<div class="et-issue-bar"><span class="et-issue-no">شماره ${persian(28985)}</span> <span>${weekday(c)} ${faDate(c)}</span> <span class="et-page-no">صفحه ${persian(4)}</span> <span class="et-page-title">اقتصادی</span> <a class="et-pdf" href="https://www.ettelaat.com/files/newspaper/1405/05/08/28985_p4.pdf">دانلود پی‌دی‌اف این صفحه</a></div>
<div class="et-pages"><span>صفحات این شماره</span> ${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((p) => `<a${p === 4 ? ' class="current"' : ''} href="https://www.ettelaat.com/newspaper/28985/${p}"><img src="https://www.ettelaat.com/files/newspaper/1405/05/08/28985_p${p}_thumb.jpg" alt="">${persian(p)}</a>`).join(' ')}</div>
<main class="et-main">
<article class="et-news">
<div class="et-desk">صفحه اقتصادی</div>
<div class="et-rutitr">برداشت برنج آغاز شد؛ تولید کمتر، واردات بیشتر</div>
<h1 class="et-title">${esc(c.a.title)}</h1>
<div class="et-meta"><span>کد خبر: ${persian(c.id)}</span> <span>${persian(c.y)}/${persian(c.m)}/${persian(c.d)} ${faTime(c)}</span></div>
<p class="et-lead">${esc(c.a.lead ?? '')}</p>
<figure class="et-photo"><img src="https://www.ettelaat.com/files/fa/news/1405/5/8/${c.id}_434.jpg" alt=""><figcaption>${esc(c.a.caption)}</figcaption></figure>
<div class="et-body">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
</div>
<div class="et-tools"><a href="https://www.ettelaat.com/print/${c.id}">نسخه چاپی</a> <a href="https://eitaa.com/share/url?url=https://www.ettelaat.com/news/${c.id}">ایتا</a> <a href="https://t.me/share/url?url=https://www.ettelaat.com/news/${c.id}">تلگرام</a></div>
</article>
<section class="et-same-page"><h2>سایر مطالب صفحه ${persian(4)}</h2><ul>
${li(c.a.related, 'https://www.ettelaat.com/news/', Number(c.id) + 2)}
</ul></section>
<aside class="et-archive"><h2>آرشیو روزنامه</h2><form action="https://www.ettelaat.com/archive" method="get"><input type="hidden" name="pi" value="1"><input type="hidden" name="ms" value="0"><select name="dy"><option>${persian(8)}</option></select><select name="mn"><option>مرداد</option></select><select name="yr"><option>${persian(1405)}</option></select><button type="submit">نمایش</button></form>
<h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.ettelaat.com/news/', Number(c.id) - 417)}
</ol></aside>
</main>
<footer class="et-footer"><p>روزنامه اطلاعات، تأسیس ۱۳۰۵</p><p>کلیه حقوق این سایت متعلق به مؤسسه اطلاعات است.</p></footer>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The six texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'etemad-interview-drug-shortages', site: 'etemad', inlineAt: 4,
    inline: 'فهرست داروهای کمیاب تیرماه منتشر شد',
    url: 'https://www.etemadonline.com/بخش-اجتماعی-11/781264-کمبود-دارو-با-گران-کردن-حل-نمی-شود',
    title: 'کمبود دارو با گران‌کردن حل نمی‌شود',
    kicker: 'سلامت', date: '۵ مرداد ۱۴۰۵ - ۰۷:۴۵',
    lead: 'کمبود برخی داروهای پرمصرف، از آنتی‌بیوتیک‌های کودکان تا قطره‌های چشمی، این روزها دوباره به گلایه‌ای عمومی در داروخانه‌ها بدل شده است. سازمان غذا و دارو می‌گوید از ۱۲۰ قلم داروی کمیاب در فروردین، اکنون فقط ۳۴ قلم در فهرست کمبودها باقی مانده است.',
    paras: [
      'مهرداد شایسته‌نیا، سخنگوی سازمان غذا و دارو، هفته گذشته در نشستی خبری گفته بود بدهی بیمه‌ها به داروخانه‌ها و شرکت‌های پخش، مهم‌ترین عامل این کمبودهاست. وی همچنین از ورود ۶ محموله داروی وارداتی تا پایان مرداد خبر داده بود.',
      'همان روز کمیسیون بهداشت و درمان مجلس هم جلسه‌ای درباره بازار دارو با حضور رحیم اسدی‌پور، نماینده مردم اردبیل و عضو این کمیسیون، و مدیران سازمان‌های بیمه‌گر برگزار کرد.',
      '«اعتماد» درباره ریشه‌های این کمبودها با کاوه نوروزیان‌فر، نایب‌رئیس انجمن داروسازان ایران، گفت‌وگو کرده است.',
      'Q: آمار سازمان غذا و دارو از کاهش کمبودها با آنچه در داروخانه‌ها می‌بینید، یکی است؟',
      'نه کاملاً. آن فهرست فقط داروهایی را می‌شمارد که در کل کشور نایاب‌اند. داروخانه‌ای در زاهدان یا بجنورد ممکن است دارویی را که در تهران پیدا می‌شود، هفته‌ها نداشته باشد. در نظرسنجی خود انجمن از ۸۵۰ داروخانه، حدود ۴۵ درصد آنها گفته‌اند دست‌کم هفته‌ای یک بار نسخه‌ای را به دلیل نبود دارو برگردانده‌اند.',
      'Q: سخنگوی سازمان غذا و دارو وعده داده است که بدهی بیمه‌ها تا پایان شهریور تسویه شود. این وعده شدنی است؟',
      'این وعده را بارها شنیده‌ایم. بدهی سازمان‌های بیمه‌گر به داروخانه‌ها اکنون حدود ۱۸ هزار میلیارد تومان است و بعضی داروخانه‌ها هنوز پول نسخه‌های اسفند را نگرفته‌اند. داروخانه‌ای که پنج ماه منتظر پولش می‌ماند، ناچار سفارش کمتری به شرکت پخش می‌دهد و زنجیره از همین‌جا پاره می‌شود.',
      'Q: اسدی‌پور در جلسه کمیسیون گفته است ارز ترجیحی دارو باید حذف شود تا قاچاق معکوس دارو به کشورهای همسایه متوقف شود. با این پیشنهاد موافقید؟',
      'حذف ارز ترجیحی بدون بیمه کارآمد یعنی انتقال هزینه به جیب بیمار. سهم پرداخت از جیب مردم در هزینه دارو همین حالا به حدود ۵۵ درصد رسیده است. اگر قیمت انسولین قلمی که امروز حدود ۲۸۰ هزار تومان است، چند برابر شود، بخشی از بیماران دیابتی دوز دارویشان را کم می‌کنند.',
      'Q: راه‌حل فوری چیست؟',
      'اول، تسویه بدهی بیمه‌ها با اوراق قابل معامله و دوم، استفاده از ذخیره احتیاطی. ذخیره راهبردی دارو باید برای سه ماه مصرف کافی باشد، اما برای بعضی اقلام به کمتر از ۴۰ روز رسیده است. ما به وزارت بهداشت پیشنهاد داده‌ایم برای ۲۰۰ قلم داروی ضروری، فهرستی جداگانه با تأمین ارز تضمینی تعریف شود.',
      'Q: این وضعیت بر داروخانه‌های کوچک چه اثری گذاشته است؟',
      'از حدود ۱۴ هزار داروخانه کشور، نزدیک به ۹۰۰ داروخانه در دو سال گذشته تعطیل یا واگذار شده‌اند. حاشیه سود قانونی داروخانه‌ها ۲۲ درصد تعیین شده، اما با تأخیر بیمه‌ها و تورم، سود واقعی بسیاری از آنها منفی است.',
    ],
    tags: ['کمبود دارو', 'سازمان غذا و دارو', 'داروخانه', 'بیمه'],
    caption: 'صف نسخه در داروخانه‌ای در مرکز تهران', credit: '',
    related: ['واردات انسولین قلمی از هند افزایش یافت', 'بدهی بیمه سلامت به داروخانه‌ها چقدر است؟', 'داروخانه‌های شبانه‌روزی تهران کم شدند'],
    mostRead: ['جزئیات افزایش حقوق بازنشستگان در مرداد', 'ساعت کاری ادارات تهران تغییر کرد', 'قیمت طلا و سکه امروز ۵ مرداد', 'واکنش وزیر نیرو به خاموشی‌های تابستان'],
    comments: [['نسرین', 'برای پیدا کردن قطره چشم مادرم به پنج داروخانه سر زدم.'], ['پاسخ: علیرضا', 'در شهرستان ما وضع از این هم بدتر است.']],
    speakers: [
      { name: 'کاوه نوروزیان‌فر', role: 'نایب‌رئیس انجمن داروسازان ایران', also_called: [], statements: 5 },
      { name: 'مهرداد شایسته‌نیا', role: 'سخنگوی سازمان غذا و دارو', also_called: ['وی'], statements: 3 },
      { name: 'رحیم اسدی‌پور', role: 'نماینده مردم اردبیل و عضو این کمیسیون', also_called: ['اسدی‌پور'], statements: 1 },
    ],
    speakers_never: ['سازمان غذا و دارو', 'کمیسیون بهداشت و درمان مجلس', 'وزارت بهداشت', 'انجمن داروسازان ایران'],
    figures: [
      { value: 120, unit: 'قلم', kind: 'count', about: '«۱۲۰ قلم داروی کمیاب» در فروردین (lead)' },
      { value: 34, unit: 'قلم', kind: 'count', about: 'اقلام باقی‌مانده در فهرست کمبودها (lead)' },
      { value: 6, unit: 'محموله', kind: 'count', about: 'محموله‌های داروی وارداتی تا پایان مرداد' },
      { value: 850, unit: 'داروخانه', kind: 'count', about: 'داروخانه‌های نظرسنجی انجمن' },
      { value: 45, unit: 'درصد', kind: 'percent', about: '«حدود ۴۵ درصد» داروخانه‌هایی که نسخه برگردانده‌اند' },
      { value: 18000000000000, unit: 'تومان', kind: 'money', about: '«حدود ۱۸ هزار میلیارد تومان» بدهی بیمه‌ها به داروخانه‌ها' },
      { value: 55, unit: 'درصد', kind: 'percent', about: 'سهم پرداخت از جیب مردم در هزینه دارو' },
      { value: 280000, unit: 'تومان', kind: 'money', about: '«حدود ۲۸۰ هزار تومان» قیمت انسولین قلمی' },
      { value: 200, unit: 'قلم', kind: 'count', about: 'داروهای ضروری فهرست جداگانه' },
      { value: 14000, unit: 'داروخانه', kind: 'count', about: '«حدود ۱۴ هزار داروخانه» کشور' },
      { value: 900, unit: 'داروخانه', kind: 'count', about: '«نزدیک به ۹۰۰ داروخانه» تعطیل یا واگذارشده' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'حاشیه سود قانونی داروخانه‌ها' },
    ],
    figures_never: ['«فروردین», «هفته گذشته», «پایان مرداد», «همان روز», «پایان شهریور», «اسفند»: dates', '«پنج ماه», «سه ماه», «کمتر از ۴۰ روز», «دو سال گذشته»: durations', '«هفته‌ای یک بار»: a frequency', '«چند برابر», «هفته‌ها»: vague', '«اول», «دوم»: ordinals (the list of remedies)', '«هفته‌ای یک بار»: lone «یک» in a frequency', 'the date in the related/most-read titles («۵ مرداد»), the comment times and votes: not body'],
    notes: [
      'A Q&A INTERVIEW of Etemad Online (etemadonline.com, the «بخش-…-N/ID-slug» CMS several dailies share: cdn thumbnails, a /tiny/news-ID short link shown in a readonly input); top bar with «روزنامه امروز»; breadcrumb; a rutitr naming the interview («گفت‌وگوی «اعتماد» با نایب‌رئیس انجمن داروسازان ایران», not body); lead in div.lead (body); photo with a caption and no credit; «کد خبر» and «دوشنبه ۵ مرداد ۱۴۰۵ - ۰۷:۴۵» with article:published_time and JSON-LD 2026-07-27T07:45:00+03:30. The QUESTIONS are BOLD paragraphs (<p><strong>) and are body lines; an in-body «بیشتر بخوانید:» link after the first answer, not body; tags, short link, share row, a Telegram/Bale invitation, related, comments with a reply and votes, most-viewed, the front-page thumbnail, footer.',
      'statements: Norouzianfar (the interviewee, introduced by «NAME، ROLE، گفت‌وگو کرده است», which is not itself a statement): one per answer = 5; Shayestehnia: «NAME، ROLE، … گفته بود …» (one), «وی همچنین از … خبر داده بود» (one), and by role alone inside a QUESTION, «سخنگوی سازمان غذا و دارو وعده داده است که …» (one) = 3 (the role-alone form is his role as first given, so it is not repeated in also_called); Asadipour is first met IN PASSING as present at the health commission\'s session, then speaks by surname inside a question: «اسدی‌پور در جلسه کمیسیون گفته است …» (one) = 1.',
      'The Food and Drug Administration («می‌گوید» in the lead), the health commission, the ministry of health and the pharmacists\' association (its survey) are organizations; the «۴۵ درصد آنها گفته‌اند» pharmacies are an unnamed group. Pharmacies are counted with unit داروخانه (۸۵۰، ۱۴ هزار، ۹۰۰), drug items with قلم (۱۲۰، ۳۴، ۲۰۰); «۲۸۰ هزار تومان» is the price of one insulin pen (kept); the strategic reserve in days is a duration; «چند برابر» is vague.',
    ],
  },
  {
    name: 'shargh-column-internet-businesses', site: 'shargh', author: 'سپیده کاشانی‌زاده', inlineAt: 3,
    inline: 'هزینه محدودیت اینترنت فقط درآمدی نیست که از دست فروشگاه‌ها می‌رود',
    url: 'https://www.sharghdaily.com/بخش-یادداشت-12/958412-اینترنتی-که-هر-روز-گران-تر-می-شود',
    title: 'اینترنتی که هر روز گران‌تر می‌شود',
    kicker: 'یادداشت', date: '۶ مرداد ۱۴۰۵ - ۰۸:۱۰',
    paras: [
      'هفته گذشته پیامی از دوستی گرفتم که فروشگاه اینترنتی کوچکی برای لوازم‌التحریر دارد. نوشته بود فروش تیرماهش نسبت به اردیبهشت ۳۰ درصد کم شده و نمی‌داند مشتری‌هایش کجا رفته‌اند. این پیام تنها نیست؛ در ماه‌های اخیر کسب‌وکارهای اینترنتی یکی پس از دیگری از افت فروش، کندی اینترنت و هزینه‌ای می‌گویند که برای دسترسی به ابزارهای ساده کار می‌پردازند.',
      'آمارها هم همین را می‌گویند. بر پایه برآورد مرکز آمار ایران، حدود ۴۲۰ هزار کسب‌وکار خرد در کشور بخش عمده فروش خود را از شبکه‌های اجتماعی و پیام‌رسان‌ها به دست می‌آورند و نزدیک به یک میلیون و ۲۰۰ هزار نفر به‌طور مستقیم در آنها کار می‌کنند. قیمت بسته ماهانه ۵۰ گیگابایتی اینترنت همراه هم از ابتدای سال از ۱۸۰ هزار تومان به ۲۹۰ هزار تومان رسیده است.',
      'چند روز پیش اتاق بازرگانی تهران نشستی درباره اقتصاد دیجیتال برگزار کرد که نیلوفر صدری‌مهر، رئیس کمیسیون اقتصاد دیجیتال این اتاق، و بردیا رستگارنیا، استاد اقتصاد دانشگاه علامه طباطبایی، از سخنرانان آن بودند. من هم در ردیف‌های آخر سالن نشسته بودم و یادداشت برمی‌داشتم.',
      'صدری‌مهر در آن نشست گفت فروشنده‌ای که برای معرفی کالایش به اینستاگرام وابسته است، اکنون به‌طور میانگین ماهانه ۸۵۰ هزار تومان فقط بابت فیلترشکن و بسته‌های اینترنت گران‌تر می‌پردازد. به گفته او، ۶۰ درصد اعضای این کمیسیون در یک سال گذشته دست‌کم یک نیرو را تعدیل کرده‌اند و ۱۵ درصد هم بخشی از فعالیت خود را به ترکیه و امارات برده‌اند.',
      'رستگارنیا اما از زاویه دیگری به ماجرا نگاه می‌کرد. این استاد اقتصاد گفت: هزینه محدودیت اینترنت فقط درآمدی نیست که از دست فروشگاه‌ها می‌رود. وقتی جوانی که با یک گوشی و یک صفحه اینستاگرام کاری راه انداخته ناامید می‌شود، سرمایه اجتماعی هم از دست می‌رود و این را در هیچ ترازنامه‌ای نمی‌شود دید.',
      'وی برآورد کرد که زیان سالانه اقتصاد کشور از محدودیت‌های اینترنتی دست‌کم ۲ میلیارد دلار است؛ رقمی که اگر درست باشد، از کل بودجه عمرانی چند استان بیشتر است.',
      'این عدد را کنار رقم دیگری بگذارید: در برنامه هفتم توسعه قرار است سهم اقتصاد دیجیتال از تولید ناخالص داخلی به ۱۰ درصد برسد، در حالی که این سهم اکنون حدود ۵ درصد است. با اینترنتی که هر روز کندتر و گران‌تر می‌شود، رسیدن به آن هدف بیشتر به آرزو شبیه است.',
      'نمی‌دانم دوستم فروشگاهش را تا پایان سال نگه می‌دارد یا نه. اما می‌دانم هر فروشگاه اینترنتی که بسته می‌شود، فقط یک کسب‌وکار نیست؛ چند خانواده است که با آن زندگی می‌کردند. تصمیم درباره اینترنت را نمی‌توان فقط با زبان امنیت گرفت؛ باید زبان نان را هم شنید.',
    ],
    tags: ['اینترنت', 'کسب‌وکارهای اینترنتی', 'فیلترینگ', 'اقتصاد دیجیتال'],
    caption: '', credit: '',
    related: ['رسانه‌ها و اقتصاد توجه', 'وقتی تبلیغات به تلگرام کوچ کرد', 'چرا استارتاپ‌ها مهاجرت می‌کنند؟'],
    mostRead: ['متن کامل نامه ۱۲۰ اقتصاددان به رئیس‌جمهور', 'ماجرای استعفای معاون وزیر کار', 'آپارتمان‌های ۴۰ متری؛ آخرین امید مستأجران', 'گزارش «شرق» از صف‌های طولانی گذرنامه'],
    comments: [],
    speakers: [
      { name: 'نیلوفر صدری‌مهر', role: 'رئیس کمیسیون اقتصاد دیجیتال این اتاق', also_called: ['صدری‌مهر', 'او'], statements: 2 },
      { name: 'بردیا رستگارنیا', role: 'استاد اقتصاد دانشگاه علامه طباطبایی', also_called: ['رستگارنیا', 'این استاد اقتصاد', 'وی'], statements: 2 },
    ],
    speakers_never: ['سپیده کاشانی‌زاده', 'مرکز آمار ایران', 'اتاق بازرگانی تهران'],
    figures: [
      { value: 30, unit: 'درصد', kind: 'percent', about: 'افت فروش تیرماه فروشگاه دوست نویسنده' },
      { value: 420000, unit: 'کسب‌وکار', kind: 'count', about: '«حدود ۴۲۰ هزار کسب‌وکار خرد»' },
      { value: 1200000, unit: 'نفر', kind: 'count', about: '«نزدیک به یک میلیون و ۲۰۰ هزار نفر» شاغل' },
      { value: 50, unit: 'گیگابایت', kind: 'measure', about: '«بسته ماهانه ۵۰ گیگابایتی» (unit in base form)' },
      { value: 180000, unit: 'تومان', kind: 'money', about: 'قیمت پیشین بسته' },
      { value: 290000, unit: 'تومان', kind: 'money', about: 'قیمت کنونی بسته' },
      { value: 850000, unit: 'تومان', kind: 'money', about: 'هزینه ماهانه فیلترشکن و اینترنت هر فروشنده (kept; «ماهانه» is its basis)' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'اعضایی که نیرو تعدیل کرده‌اند' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'اعضایی که فعالیت را به خارج برده‌اند' },
      { value: 2000000000, unit: 'دلار', kind: 'money', about: '«دست‌کم ۲ میلیارد دلار» زیان سالانه' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'هدف سهم اقتصاد دیجیتال در برنامه هفتم' },
      { value: 5, unit: 'درصد', kind: 'percent', about: 'سهم کنونی اقتصاد دیجیتال' },
    ],
    figures_never: ['«هفته گذشته», «تیرماه», «اردیبهشت», «ماه‌های اخیر», «ابتدای سال», «چند روز پیش», «یک سال گذشته», «پایان سال»: dates and periods', '«برنامه هفتم توسعه»: an ordinal in a name', '«یک گوشی», «یک صفحه», «یک نیرو», «یک کسب‌وکار»: lone «یک»', '«چند استان», «چند خانواده»: vague', '«ماهانه», «سالانه»: bases', 'the «زمان مطالعه: ۴ دقیقه» line and the figures in the most-read titles («۱۲۰ اقتصاددان», «۴۰ متری»): not body'],
    notes: [
      'A signed COLUMN («یادداشت») of Shargh (sharghdaily.com, the same «بخش-…-N/ID-slug» CMS in Shargh\'s own theme): an AUTHOR CARD with photo, name and bio («روزنامه‌نگار و پژوهشگر اقتصاد رسانه») ABOVE the title; NO lead, the column starts with its first paragraph; <time datetime="2026-07-28T08:10:00+03:30"> showing a numeric Jalali «۱۴۰۵/۰۵/۰۶ - ۰۸:۱۰»; OpinionNewsArticle JSON-LD; a PULL QUOTE (<blockquote>) after paragraph 4 that repeats, word for word, the first sentence of the quote in paragraph 5 (not body: the gold keeps the sentence once, where it stands in the paragraph); «یادداشت‌های دیگر این نویسنده», «مطالب پیشنهادی», «پربازدیدهای شرق», a cookie notice at the end of the page; no photo caption and no comments.',
      'The columnist writes in the first person; her own views are the column, not reported speech, so she is not a speaker (her name is in the byline only). statements: Sadrimehr and Rastegarnia are both first met IN PASSING as the speakers of a Chamber of Commerce meeting the author attended; Sadrimehr: «صدری‌مهر در آن نشست گفت …» (one), «به گفته او، …» (one) = 2; Rastegarnia: «رستگارنیا اما از زاویه دیگری به ماجرا نگاه می‌کرد» is not a statement (a framing sentence), «این استاد اقتصاد گفت:» (multi-sentence quote, once), «وی برآورد کرد که …» (one) = 2. Sadrimehr\'s role is as the body first gives it, «رئیس کمیسیون اقتصاد دیجیتال این اتاق».',
      'The author\'s unnamed friend («نوشته بود …») is an unnamed source; the Statistical Centre («بر پایه برآورد») and the Chamber of Commerce are organizations. «۵۰ گیگابایتی» is a measure in base unit گیگابایت; the three toman figures are distinct values; «۱۰» and «۵ درصد» are the plan\'s target and the present share.',
    ],
  },
  {
    name: 'hammihan-report-land-subsidence', site: 'hammihan', author: 'مریم نیک‌سرشت', photoAt: 3, inlineAt: 7,
    inline: 'ترک‌های تازه در دیوارهای روستاهای ورامین',
    url: 'https://hammihanonline.ir/بخش-جامعه-3/31562-زمین-زیر-پای-تهران-و-اصفهان-خالی-می-شود',
    title: 'زمین زیر پای تهران و اصفهان خالی می‌شود',
    kicker: 'محیط زیست', date: '۷ مرداد ۱۴۰۵ - ۰۹:۲۰',
    lead: 'نرخ فرونشست زمین در بخش‌هایی از دشت‌های تهران و اصفهان به بیش از ۳۰ سانتی‌متر در سال رسیده است؛ رقمی که در جهان کم‌سابقه است و اکنون نه‌فقط زمین‌های کشاورزی، که خطوط راه‌آهن، فرودگاه و بناهای تاریخی را هم تهدید می‌کند.',
    paras: [
      'بر اساس تازه‌ترین داده‌های ماهواره‌ای سازمان نقشه‌برداری کشور، از ۶۰۹ دشت کشور ۴۰۵ دشت درگیر فرونشست‌اند و مساحت مناطق در معرض خطر از ۲۷ هزار کیلومتر مربع گذشته است. تهران، اصفهان، کرمان و همدان بیشترین سهم را در این فهرست دارند.',
      '## چاه‌ها، مقصر اصلی',
      'سیاوش معین‌فر، زمین‌شناس و عضو هیئت علمی دانشگاه تهران، برداشت بی‌رویه آب زیرزمینی را عامل بیش از ۹۰ درصد فرونشست‌ها می‌داند. او به «هم‌میهن» می‌گوید: در دشت ورامین سطح آب زیرزمینی در دو دهه گذشته بیش از ۴۰ متر پایین رفته است. لایه‌های رسی وقتی آبشان را از دست می‌دهند، دیگر به حالت اول برنمی‌گردند؛ یعنی این فرونشست برگشت‌ناپذیر است.',
      'به گفته این عضو هیئت علمی دانشگاه تهران، شمار چاه‌های غیرمجاز کشور هنوز حدود ۳۰۰ هزار حلقه برآورد می‌شود و مسدودسازی آنها بسیار کندتر از حفر چاه‌های تازه پیش می‌رود.',
      '## از فرودگاه تا نقش جهان',
      'مدیرکل دفتر ژئودزی سازمان نقشه‌برداری کشور فرهاد کیانی‌راد نیز به «هم‌میهن» گفت: ایستگاه‌های پایش ما نشان می‌دهد محدوده فرودگاه امام خمینی سالانه حدود ۱۸ سانتی‌متر و بخش‌هایی از جنوب غرب تهران تا ۳۱ سانتی‌متر نشست می‌کند. این اعداد را باید جدی گرفت.',
      'وی افزود: در اطراف اصفهان شکاف‌هایی به طول چند صد متر دیده می‌شود و پایش‌ها حرکت زمین را در نزدیکی بناهای تاریخی، از جمله محدوده میدان نقش جهان، ثبت کرده است.',
      'کیانی‌راد همچنین گفت این سازمان شمار ایستگاه‌های دائمی پایش فرونشست را تا پایان سال از ۱۶۰ به ۲۴۰ ایستگاه می‌رساند.',
      '## هزینه‌ای که دیده نمی‌شود',
      'هفته گذشته نشستی تخصصی درباره فرونشست در وزارت نیرو برگزار شد که ندا شریعت‌پناه، پژوهشگر مؤسسه تحقیقات آب، و نمایندگانی از شرکت راه‌آهن و شهرداری تهران در آن حضور داشتند. در این نشست اعلام شد در ۵ سال گذشته دست‌کم ۱۲۰ کیلومتر از خطوط راه‌آهن کشور برای جبران نشست زمین ترمیم شده که نزدیک به ۷۰۰ میلیارد تومان هزینه داشته است.',
      'شریعت‌پناه معتقد است راه‌حل فقط بستن چاه‌ها نیست. وی می‌گوید: کشاورزی در دشت‌های تهران و اصفهان هنوز حدود ۸۵ درصد آب زیرزمینی را مصرف می‌کند. بدون تغییر الگوی کشت و خرید حقابه کشاورزان، هر چاهی که بسته شود، چاه دیگری جایش حفر می‌شود.',
      'به گفته این پژوهشگر مؤسسه تحقیقات آب، اگر روند کنونی ادامه یابد، تا ۱۰ سال آینده دست‌کم ۳ میلیون نفر در تهران در محدوده‌هایی با خطر بالای فرونشست زندگی خواهند کرد.',
    ],
    tags: ['فرونشست زمین', 'آب زیرزمینی', 'دشت ورامین', 'سازمان نقشه‌برداری'],
    caption: 'شکاف ناشی از فرونشست در زمین‌های کشاورزی جنوب تهران', credit: 'عکس: هم‌میهن',
    related: ['تالاب گاوخونی؛ روایت یک مرگ آهسته', 'آب تهران تا کی می‌رسد؟', 'چاه‌هایی که بسته نمی‌شوند'],
    mostRead: ['سرنوشت لایحه حجاب در مجمع تشخیص', 'صف‌های نان در شهرهای مرزی', 'گزارش «هم‌میهن» از بازار اجاره', 'چرا پزشکان عمومی کم شده‌اند؟'],
    comments: [],
    speakers: [
      { name: 'سیاوش معین‌فر', role: 'زمین‌شناس و عضو هیئت علمی دانشگاه تهران', also_called: ['او', 'این عضو هیئت علمی دانشگاه تهران'], statements: 3 },
      { name: 'فرهاد کیانی‌راد', role: 'مدیرکل دفتر ژئودزی سازمان نقشه‌برداری کشور', also_called: ['وی', 'کیانی‌راد'], statements: 3 },
      { name: 'ندا شریعت‌پناه', role: 'پژوهشگر مؤسسه تحقیقات آب', also_called: ['شریعت‌پناه', 'وی', 'این پژوهشگر مؤسسه تحقیقات آب'], statements: 3 },
    ],
    speakers_never: ['سازمان نقشه‌برداری کشور', 'وزارت نیرو', 'شرکت راه‌آهن', 'شهرداری تهران', 'مریم نیک‌سرشت'],
    figures: [
      { value: 30, unit: 'سانتی‌متر', kind: 'measure', about: '«بیش از ۳۰ سانتی‌متر در سال» نرخ فرونشست (lead; kept, «در سال» is its basis)' },
      { value: 609, unit: 'دشت', kind: 'count', about: 'دشت‌های کشور' },
      { value: 405, unit: 'دشت', kind: 'count', about: 'دشت‌های درگیر فرونشست' },
      { value: 27000, unit: 'کیلومتر مربع', kind: 'measure', about: '«۲۷ هزار کیلومتر مربع» مناطق در معرض خطر' },
      { value: 90, unit: 'درصد', kind: 'percent', about: '«بیش از ۹۰ درصد» سهم برداشت آب زیرزمینی' },
      { value: 40, unit: 'متر', kind: 'measure', about: 'افت سطح آب زیرزمینی ورامین' },
      { value: 300000, unit: 'حلقه', kind: 'count', about: '«حدود ۳۰۰ هزار حلقه» چاه غیرمجاز' },
      { value: 18, unit: 'سانتی‌متر', kind: 'measure', about: 'نشست سالانه محدوده فرودگاه امام خمینی' },
      { value: 31, unit: 'سانتی‌متر', kind: 'measure', about: 'نشست بخش‌هایی از جنوب غرب تهران' },
      { value: 160, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های کنونی پایش («از ۱۶۰ به ۲۴۰ ایستگاه»)' },
      { value: 240, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌ها تا پایان سال' },
      { value: 120, unit: 'کیلومتر', kind: 'measure', about: '«دست‌کم ۱۲۰ کیلومتر» خط راه‌آهن ترمیم‌شده' },
      { value: 700000000000, unit: 'تومان', kind: 'money', about: '«نزدیک به ۷۰۰ میلیارد تومان» هزینه ترمیم' },
      { value: 85, unit: 'درصد', kind: 'percent', about: 'سهم کشاورزی از مصرف آب زیرزمینی' },
      { value: 3000000, unit: 'نفر', kind: 'count', about: '«دست‌کم ۳ میلیون نفر» ساکن محدوده‌های پرخطر' },
    ],
    figures_never: ['«دو دهه گذشته», «۵ سال گذشته», «۱۰ سال آینده»: durations', '«هفته گذشته», «پایان سال»: dates', '«چند صد متر»: vague', '«سالانه», «در سال»: bases', 'the infographic caption inside the body (five plains with rates in cm: ۳۳، ۳۱، ۲۶، ۲۴، ۲۱) and «شماره ۶۸۴»: not body'],
    notes: [
      'A long REPORT («گزارش») of Ham-Mihan (hammihanonline.ir, the «بخش-…-N/ID-slug» CMS in Ham-Mihan\'s theme): the label «گزارش» and a byline line «گروه جامعه | reporter | چهارشنبه ۷ مرداد ۱۴۰۵ ساعت ۰۹:۲۰» (no JSON-LD; og tags and article:published_time 2026-07-29T09:20:00+03:30); lead in div.hm-lead; cover photo with caption and credit; THREE SUBHEADINGS as <h2> inside the body (body lines); an INFOGRAPHIC figure with a caption full of numbers after paragraph 4 and a «بیشتر بخوانید» card after paragraph 8, neither body; the print line «این گزارش در شماره ۶۸۴ روزنامه هم‌میهن منتشر شده است.» after the body; tags, share, related, most-read, newsletter, footer.',
      'statements: Moeinfar: «NAME، ROLE، … را عامل … می‌داند» (one), «او به «هم‌میهن» می‌گوید:» (multi-sentence quote, once), «به گفته این عضو هیئت علمی دانشگاه تهران، …» (one) = 3; Kianirad, introduced as «ROLE NAME» without commas: «… نیز به «هم‌میهن» گفت:» (multi-sentence quote, once), «وی افزود:» (one), «کیانی‌راد همچنین گفت …» (one) = 3; Shariatpanah is first met IN PASSING among those present at the ministry\'s meeting, then «شریعت‌پناه معتقد است …» (one), «وی می‌گوید:» (multi-sentence quote, once), «به گفته این پژوهشگر مؤسسه تحقیقات آب، …» (one) = 3. Present-tense attributions («می‌داند», «می‌گوید») count.',
      'The mapping organization («بر اساس … داده‌های»), the ministry of energy, the railway company and Tehran municipality are organizations; «در این نشست اعلام شد» is unattributed. Rates in cm per year are kept with the basis left out («۳۰», «۱۸», «۳۱ سانتی‌متر»); «۲۷ هزار کیلومتر مربع» (area) and «۱۲۰ کیلومتر» (length) have different units; «از ۱۶۰ به ۲۴۰ ایستگاه» gives both numbers the unit ایستگاه.',
    ],
  },
  {
    name: 'khorasan-provincial-safar-pilgrims', site: 'khorasan', inlineAt: 3,
    inline: 'زمان‌بندی قطارهای فوق‌العاده مشهد در دهه آخر صفر اعلام شد',
    url: 'https://www.khorasannews.com/news/154231/آمادگی-۲۴۰۰-موکب-برای-زائران-پیاده',
    title: 'آمادگی ۲ هزار و ۴۰۰ موکب برای میزبانی از زائران پیاده دهه پایانی صفر',
    kicker: 'خراسان رضوی', date: '۱۱ مرداد ۱۴۰۵ - ۰۶:۳۰',
    lead: 'پیش‌بینی می‌شود امسال بیش از ۵ میلیون زائر در دهه پایانی صفر به مشهد سفر کنند که حدود ۷۰۰ هزار نفر از آنان مسیر را پیاده می‌آیند؛ ستاد خدمات سفر خراسان رضوی از آمادگی ۲ هزار و ۴۰۰ موکب در مسیرهای منتهی به مشهد خبر داد.',
    paras: [
      'به گزارش خراسان، معاون عمرانی استاندار خراسان رضوی ناصر کلاته‌ای روز گذشته در نشست ستاد خدمات سفر استان گفت: بیشترین بار زائران پیاده بر دوش محورهای نیشابور، تربت‌حیدریه و قوچان است و در روزهای اوج، روزانه بیش از ۹۰ هزار زائر پیاده از این محورها عبور می‌کنند.',
      'وی افزود: برای این محورها ۱۸۰ دستگاه آمبولانس، ۴۲ پایگاه اورژانس جاده‌ای و ۳۵۰ سرویس بهداشتی سیار پیش‌بینی شده و روشنایی ۶۰ کیلومتر از مسیر پیاده‌روی نیشابور به مشهد تا پایان هفته آینده تکمیل می‌شود.',
      'در این نشست که سمیه نوغانی، مدیرکل ستاد اسکان زائرین شهرداری مشهد، و فرمانداران شهرستان‌های مسیر نیز حضور داشتند، گزارشی از وضعیت جاده‌ها و آب‌رسانی به موکب‌ها ارائه شد.',
      'کلاته‌ای با اشاره به گرمای هوا هشدار داد: دمای هوا در این روزها در محورهای سبزوار و نیشابور به ۴۰ درجه سانتی‌گراد می‌رسد و از زائران می‌خواهیم بین ساعت ۱۱ تا ۱۷ پیاده‌روی نکنند.',
      'نوغانی نیز در گفت‌وگو با خبرنگار ما گفت: ظرفیت اسکان رایگان شهرداری در مدارس، سالن‌های ورزشی و حسینیه‌ها امسال به ۱۲۰ هزار نفر در شب رسیده که ۲۰ درصد بیشتر از پارسال است.',
      'مدیرکل ستاد اسکان زائرین شهرداری مشهد افزود که ۸ پارکینگ در حاشیه شهر برای خودروهای زائران در نظر گرفته شده و ناوگان اتوبوسرانی در روزهای ۲۸ تا ۳۰ صفر رایگان خدمت می‌دهد.',
      'رمضان قوچانی‌فرد، مسئول موکب «خادمان‌الرضا» در حاشیه جاده نیشابور، که ۱۷ سال است این موکب را برپا می‌کند، به خراسان گفت: هر شب حدود ۸۰۰ زائر در این موکب غذا می‌خورند و استراحت می‌کنند. مردم روستا از یک ماه قبل نان و آذوقه آماده می‌کنند.',
      'قوچانی‌فرد از تأخیر تانکرهای آب‌رسانی در سال گذشته گلایه کرد و گفت امیدوار است امسال این مشکل تکرار نشود.',
      'پلیس راه خراسان رضوی نیز اعلام کرد تردد کامیون‌ها در محور نیشابور - مشهد از ۲۵ تا ۳۰ صفر ممنوع است.',
    ],
    tags: ['زائران پیاده', 'دهه پایانی صفر', 'موکب', 'مشهد'],
    caption: 'زائران پیاده در محور نیشابور - مشهد', credit: 'عکس: خراسان',
    related: ['آغاز ثبت‌نام موکب‌داران در سامانه سماح', 'اسکان رایگان زائران در ۳۰۰ مدرسه مشهد', 'آب‌رسانی سیار به موکب‌های محور قوچان'],
    mostRead: ['قطعی آب در ۱۲ منطقه مشهد', 'نرخ کرایه تاکسی‌های مشهد افزایش یافت', 'زمان بازگشایی پل بزرگراه آسیایی', 'برداشت زعفران در تربت‌حیدریه از آبان'],
    comments: [['محمد از نیشابور', 'لطفاً به فکر پیاده‌روی شبانه هم باشید؛ مسیر چراغ ندارد.']],
    speakers: [
      { name: 'ناصر کلاته‌ای', role: 'معاون عمرانی استاندار خراسان رضوی', also_called: ['وی', 'کلاته‌ای'], statements: 3 },
      { name: 'سمیه نوغانی', role: 'مدیرکل ستاد اسکان زائرین شهرداری مشهد', also_called: ['نوغانی'], statements: 2 },
      { name: 'رمضان قوچانی‌فرد', role: 'مسئول موکب «خادمان‌الرضا» در حاشیه جاده نیشابور', also_called: ['قوچانی‌فرد'], statements: 2 },
    ],
    speakers_never: ['ستاد خدمات سفر خراسان رضوی', 'پلیس راه خراسان رضوی', 'فرمانداران شهرستان‌های مسیر'],
    figures: [
      { value: 5000000, unit: 'زائر', kind: 'count', about: '«بیش از ۵ میلیون زائر» دهه پایانی صفر (lead)' },
      { value: 700000, unit: 'نفر', kind: 'count', about: '«حدود ۷۰۰ هزار نفر» زائر پیاده (lead)' },
      { value: 2400, unit: 'موکب', kind: 'count', about: '«۲ هزار و ۴۰۰ موکب» (title, lead)' },
      { value: 90000, unit: 'زائر', kind: 'count', about: '«روزانه بیش از ۹۰ هزار زائر» در روزهای اوج (kept; «روزانه» is its basis)' },
      { value: 180, unit: 'دستگاه', kind: 'count', about: '«۱۸۰ دستگاه آمبولانس» (classifier as unit)' },
      { value: 42, unit: 'پایگاه', kind: 'count', about: 'پایگاه‌های اورژانس جاده‌ای' },
      { value: 350, unit: 'سرویس', kind: 'count', about: 'سرویس‌های بهداشتی سیار' },
      { value: 60, unit: 'کیلومتر', kind: 'measure', about: 'روشنایی مسیر پیاده‌روی' },
      { value: 40, unit: 'درجه سانتی‌گراد', kind: 'measure', about: 'دمای هوا در محورهای سبزوار و نیشابور' },
      { value: 120000, unit: 'نفر', kind: 'count', about: '«۱۲۰ هزار نفر در شب» ظرفیت اسکان رایگان (kept; «در شب» is its basis)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'افزایش ظرفیت اسکان نسبت به پارسال' },
      { value: 8, unit: 'پارکینگ', kind: 'count', about: 'پارکینگ‌های حاشیه شهر' },
      { value: 800, unit: 'زائر', kind: 'count', about: '«هر شب حدود ۸۰۰ زائر» در موکب (kept; «هر شب» is its basis)' },
    ],
    figures_never: ['«دهه پایانی صفر», «روز گذشته», «پایان هفته آینده», «۲۸ تا ۳۰ صفر», «۲۵ تا ۳۰ صفر», «پارسال», «سال گذشته»: dates', '«ساعت ۱۱ تا ۱۷»: clock times', '«۱۷ سال», «یک ماه قبل»: durations', '«روزانه», «در شب», «هر شب»: bases', 'the weather (۳۶°/۲۱°) and prayer times in the top bar, «شماره ۲۱۸۹۶، صفحه ۹», the classifieds («۱۲۰ متری»): not body'],
    notes: [
      'A PROVINCIAL-PAGE story of the Mashhad daily Khorasan (khorasannews.com), section «خراسان رضوی»: a top bar with the MASHHAD WEATHER (max/min) and the city\'s PRAYER TIMES (clock times in Persian digits), breadcrumb «صفحه نخست › خراسان رضوی › مشهد», the print line «روزنامه خراسان، شماره ۲۱۸۹۶، صفحه ۹ (خراسان رضوی)» above the title (not body); «کد خبر» and «تاریخ انتشار: ۱۱ مرداد ۱۴۰۵ - ۰۶:۳۰» (JSON-LD datePublished 2026-08-02T06:30:00+03:30, no date meta); lead p.kh-lead; photo with caption and credit; an in-body «مرتبط:» link after paragraph 4, not body; «کلمات کلیدی», share, related, one comment, most-read of the province, a CLASSIFIEDS box («نیازمندی‌های خراسان»), footer.',
      'statements: Kalatehei, introduced as «ROLE NAME» without commas: «… در نشست … گفت:» (one), «وی افزود:» (one), «کلاته‌ای با اشاره به گرمای هوا هشدار داد:» (one) = 3; Noghani is first met IN PASSING among those present at the meeting, then «نوغانی نیز … گفت:» (one) and by role alone, «مدیرکل ستاد اسکان زائرین شهرداری مشهد افزود که …» (one) = 2 (the role-alone form is her role as first given, so it is not repeated in also_called); Ghouchanifard: «NAME، ROLE، که … به خراسان گفت:» (multi-sentence quote, once), «قوچانی‌فرد از … گلایه کرد و گفت …» (one) = 2.',
      'The travel-services headquarters («خبر داد» in the lead), the road police («اعلام کرد») and the governors (present only) are not speakers. Pilgrims are counted as زائر where the text says زائر (۵ میلیون، ۹۰ هزار، ۸۰۰) and as نفر where it says نفر (۷۰۰ هزار، ۱۲۰ هزار); «۱۸۰ دستگاه آمبولانس» takes the classifier دستگاه; the temperature is a measure in «درجه سانتی‌گراد»; clock hours and Safar days are not figures.',
    ],
  },
  {
    name: 'jamejam-frontpage-konkur-results', site: 'jamejam',
    url: 'https://jamejamonline.ir/fa/news/1471582/کارنامه-کنکور-۱۴۰۵-امروز-منتشر-می-شود',
    title: 'کارنامه کنکور ۱۴۰۵ امروز منتشر می‌شود',
    kicker: 'آموزش', date: '۱۲ مرداد ۱۴۰۵ - ۰۰:۱۵',
    lead: 'نتایج اولیه آزمون سراسری ۱۴۰۵ امروز ساعت ۱۰ منتشر می‌شود؛ از یک میلیون و ۱۴ هزار داوطلبی که در این آزمون شرکت کردند، حدود ۶۸ درصد مجاز به انتخاب رشته شده‌اند.',
    paras: [
      'مجید ورزنده، رئیس سازمان سنجش آموزش کشور، دیروز در نشستی خبری که بهنام جعفری‌زاده، عضو کمیسیون آموزش و تحقیقات مجلس، نیز در آن حضور داشت، گفت: کارنامه داوطلبان از ساعت ۱۰ صبح امروز روی سایت سازمان قرار می‌گیرد و انتخاب رشته از ۱۸ مرداد آغاز می‌شود.',
      'وی افزود: ۵۴ درصد داوطلبان امسال زن بودند. برای نخستین بار نیز سوابق تحصیلی پایه‌های یازدهم و دوازدهم با تأثیر قطعی ۶۰ درصد در رتبه داوطلبان محاسبه شده است.',
      'به گفته رئیس سازمان سنجش، ظرفیت پذیرش دانشگاه‌ها و مؤسسات آموزش عالی در سال تحصیلی جدید حدود ۵۸۰ هزار نفر است که ۴۶ درصد آن به رشته‌های بدون آزمون و صرفاً با سوابق تحصیلی اختصاص دارد.',
      'ورزنده درباره شایعه‌های فضای مجازی هم هشدار داد که هیچ سامانه‌ای جز سایت رسمی سازمان، کارنامه یا رتبه داوطلبان را منتشر نمی‌کند.',
      'لیلا صفاری‌نیا، معاون آموزشی وزیر بهداشت، هم در گفت‌وگو با «جام‌جم» از افزایش ظرفیت رشته‌های علوم پزشکی خبر داد و گفت: ظرفیت پذیرش پزشکی، دندانپزشکی و داروسازی امسال به ۱۲ هزار و ۲۰۰ نفر رسیده که ۹ درصد بیشتر از پارسال است.',
      'او با اشاره به کمبود پزشک در مناطق محروم تأکید کرد: ۲۵ درصد ظرفیت رشته پزشکی به پذیرش بومی با تعهد خدمت در شهرهای زیر ۱۰۰ هزار نفر جمعیت اختصاص یافته است.',
      'جعفری‌زاده اما از سهمیه‌ها انتقاد کرد و گفت: هنوز حدود ۲۰ درصد صندلی‌های رشته پزشکی با سهمیه‌های خاص پر می‌شود و این با عدالت آموزشی سازگار نیست.',
      'این عضو کمیسیون آموزش مجلس افزود که طرحی برای کاهش این سهمیه‌ها به ۱۰ درصد در دست تهیه است و ظرف دو ماه آینده به صحن مجلس می‌رسد.',
      'سازمان سنجش همچنین اعلام کرد داوطلبان تا ۲۰ مرداد فرصت دارند اعتراض خود به کارنامه را ثبت کنند. سامانه انتخاب رشته ۵ روز باز خواهد بود و داوطلبانی که در آن شرکت نکنند، در هیچ‌یک از رشته‌های نیازمند آزمون پذیرفته نمی‌شوند. نتایج نهایی پذیرش نیز اواسط شهریور اعلام خواهد شد.',
    ],
    tags: ['کنکور ۱۴۰۵', 'سازمان سنجش', 'انتخاب رشته', 'سهمیه کنکور'],
    caption: 'داوطلبان آزمون سراسری در یکی از حوزه‌های امتحانی تهران', credit: 'عکس: جام‌جم',
    related: ['زمان انتخاب رشته کنکور اعلام شد', 'تأثیر معدل در کنکور ۱۴۰۶ تغییر می‌کند؟', 'پذیرش بدون آزمون در ۱۲۰ رشته'],
    mostRead: ['ماجرای خاموشی‌های بی‌برنامه در تهران', 'سریال تازه شبکه سه از شهریور', 'پیش‌بینی هوای اربعین در مرز مهران', 'یارانه مرداد کی واریز می‌شود؟'],
    comments: [],
    speakers: [
      { name: 'مجید ورزنده', role: 'رئیس سازمان سنجش آموزش کشور', also_called: ['وی', 'رئیس سازمان سنجش', 'ورزنده'], statements: 4 },
      { name: 'لیلا صفاری‌نیا', role: 'معاون آموزشی وزیر بهداشت', also_called: ['او'], statements: 2 },
      { name: 'بهنام جعفری‌زاده', role: 'عضو کمیسیون آموزش و تحقیقات مجلس', also_called: ['جعفری‌زاده', 'این عضو کمیسیون آموزش مجلس'], statements: 2 },
    ],
    speakers_never: ['سازمان سنجش', 'فرامرز صالحی‌نیک'],
    figures: [
      { value: 1014000, unit: 'داوطلب', kind: 'count', about: '«یک میلیون و ۱۴ هزار داوطلب» (lead)' },
      { value: 68, unit: 'درصد', kind: 'percent', about: '«حدود ۶۸ درصد» مجاز به انتخاب رشته (lead)' },
      { value: 54, unit: 'درصد', kind: 'percent', about: 'سهم زنان از داوطلبان' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'تأثیر قطعی سوابق تحصیلی' },
      { value: 580000, unit: 'نفر', kind: 'count', about: '«حدود ۵۸۰ هزار نفر» ظرفیت پذیرش' },
      { value: 46, unit: 'درصد', kind: 'percent', about: 'سهم رشته‌های بدون آزمون' },
      { value: 12200, unit: 'نفر', kind: 'count', about: '«۱۲ هزار و ۲۰۰ نفر» ظرفیت پزشکی، دندانپزشکی و داروسازی' },
      { value: 9, unit: 'درصد', kind: 'percent', about: 'افزایش ظرفیت علوم پزشکی' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'سهم پذیرش بومی با تعهد خدمت' },
      { value: 100000, unit: 'نفر', kind: 'count', about: '«شهرهای زیر ۱۰۰ هزار نفر جمعیت» (a threshold, kept)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«حدود ۲۰ درصد» صندلی‌های سهمیه‌ای پزشکی' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'هدف کاهش سهمیه‌ها' },
    ],
    figures_never: ['«آزمون سراسری ۱۴۰۵», «کنکور ۱۴۰۵»: the year in the name', '«امروز ساعت ۱۰», «ساعت ۱۰ صبح امروز», «دیروز», «۱۸ مرداد», «۲۰ مرداد», «اواسط شهریور», «پارسال», «سال تحصیلی جدید»: dates and times', '«دو ماه آینده», «۵ روز»: durations', '«یازدهم و دوازدهم», «نخستین بار»: ordinals', 'the «سرمقاله» box (title, author, first lines), the issue line «شماره ۷۰۱۲، صفحه اول», the numbers in «گزیده روزنامه» and related titles: not body'],
    notes: [
      'The FRONT-PAGE LEAD STORY of Jam-e Jam as its site shows it (jamejamonline.ir/fa/news/ID/slug): the label «تیتر یک» and the issue line «روزنامه جام‌جم، شماره ۷۰۱۲، صفحه اول» above the title (not body); «کد خبر», «۱۲ مرداد ۱۴۰۵ ساعت ۰۰:۱۵» (just after midnight, as a daily\'s lead story goes online) and the service; JSON-LD with a PublicationIssue and article:published_time 2026-08-03T00:15:00+03:30; the top bar shows the Jalali date AND the Gregorian date in English; lead; photo; a «پخش زنده شبکه خبر» strip; beside the article a «سرمقاله» BOX (the day\'s editorial: its title «کنکوری که دیگر کنکور نیست», a named author, its first lines on the same subject, «ادامه سرمقاله»), «گزیده روزنامه», related, footer; no comments.',
      'statements: Varzandeh: «NAME، ROLE، دیروز در نشستی خبری … گفت:» (one), «وی افزود:» (two-sentence quote, once), «به گفته رئیس سازمان سنجش، …» (one), «ورزنده … هشدار داد که …» (one) = 4; Saffarinia: «NAME، ROLE، هم … از … خبر داد و گفت:» (one), «او … تأکید کرد:» (one) = 2; Jafarizadeh is first met IN PASSING as present at the press conference (inside Varzandeh\'s sentence), then «جعفری‌زاده اما از سهمیه‌ها انتقاد کرد و گفت:» (one), «این عضو کمیسیون آموزش مجلس افزود که …» (one) = 2.',
      'The testing organization («اعلام کرد») is an organization; the editorial\'s author named in the box is chrome, not in the text. «یک میلیون و ۱۴ هزار داوطلبی» is 1014000 داوطلب; «۱۲ هزار و ۲۰۰ نفر» is 12200; the population threshold «زیر ۱۰۰ هزار نفر» is kept as a figure.',
    ],
  },
  {
    name: 'ettelaat-issue-page-rice-harvest', site: 'ettelaat', inlineAt: -1,
    url: 'https://www.ettelaat.com/news/161842/پیش-بینی-تولید-۲-میلیون-و-۱۰۰-هزار-تن-برنج',
    title: 'پیش‌بینی تولید ۲ میلیون و ۱۰۰ هزار تن برنج؛ واردات از آبان آزاد می‌شود',
    kicker: 'اقتصادی', date: '۸ مرداد ۱۴۰۵ - ۰۰:۳۰',
    lead: 'برداشت برنج از شالیزارهای گیلان و مازندران از هفته گذشته آغاز شده و وزارت جهاد کشاورزی تولید امسال را ۲ میلیون و ۱۰۰ هزار تن برنج سفید پیش‌بینی می‌کند؛ رقمی که ۸ درصد کمتر از پارسال است.',
    paras: [
      'به گزارش «اطلاعات»، سطح زیر کشت برنج در دو استان شمالی امسال حدود ۴۲۰ هزار هکتار است و کم‌آبی سد سفیدرود کشت نزدیک به ۳۵ هزار هکتار از شالیزارهای شرق گیلان را ناممکن کرده است. ارقام طارم هاشمی و دم‌سیاه همچنان بیشترین سهم را در شالیزارهای گیلان دارند و برداشت ارقام پرمحصول در مازندران از نیمه مرداد آغاز می‌شود.',
      'کامبیز رودباری، مدیرکل دفتر امور غلات و محصولات اساسی وزارت جهاد کشاورزی، در گفت‌وگو با «اطلاعات» گفت: مصرف سالانه برنج کشور حدود ۳ میلیون و ۳۰۰ هزار تن است و بنابراین امسال دست‌کم یک میلیون و ۲۰۰ هزار تن برنج باید وارد شود.',
      'وی افزود: برای حمایت از شالیکاران، ورود برنج خارجی از اول مرداد تا پایان مهر ممنوع است و تعرفه واردات پس از آن ۲۶ درصد خواهد بود.',
      'رودباری روز دوشنبه همراه با جمشید رضوانی‌لاکانی، رئیس انجمن برنج‌کاران گیلان، از شالیزارهای شهرستان لاهیجان بازدید کرده بود.',
      'رضوانی‌لاکانی اما ممنوعیت فصلی را کافی نمی‌داند. او به «اطلاعات» گفت: هر سال در همین فصل، برنج هندی و پاکستانی با نام برنج ایرانی در بازار فروخته می‌شود. قیمت هر کیلو برنج طارم درجه یک سر مزرعه ۱۴۵ هزار تومان است، اما برنج وارداتی مخلوط‌شده با نصف این قیمت عرضه می‌شود.',
      'رئیس انجمن برنج‌کاران گیلان با بیان اینکه هزینه تولید هر هکتار شالیزار امسال به ۳۸۰ میلیون تومان رسیده است، خواستار خرید تضمینی برنج از سوی دولت شد.',
      'در سوی دیگر، راجیو ماتور، نایب‌رئیس انجمن صادرکنندگان برنج هند، به روزنامه اکونومیک تایمز گفته است صادرات برنج باسماتی هند به ایران در سه ماه نخست سال مالی جاری با ۱۸ درصد کاهش به ۱۹۰ هزار تن رسیده است.',
      'ماتور مشکلات نقل‌وانتقال پول را عامل اصلی این کاهش دانست و افزود که بخشی از صادرکنندگان هندی هنوز ۲۰۰ میلیون دلار مطالبات معوق از خریداران ایرانی دارند.',
      'شرکت بازرگانی دولتی ایران نیز اعلام کرده است برای تنظیم بازار در ماه‌های پیش رو، ۱۵۰ هزار تن برنج در انبارهای خود ذخیره دارد.',
    ],
    tags: [],
    caption: 'برداشت برنج در شالیزارهای لاهیجان',  credit: '',
    related: ['قیمت مرغ در بازار تهران ثابت ماند', 'صادرات پسته به چین ۲۰ درصد افزایش یافت', 'نرخ سود اوراق دولتی در حراج این هفته'],
    mostRead: ['مراسم سالگرد درگذشت بنیان‌گذار اطلاعات برگزار شد', 'یادداشت روز: اقتصاد و امید', 'اطلاعات ۵۰ سال پیش در چنین روزی', 'آگهی‌های مناقصه و مزایده امروز'],
    comments: [],
    speakers: [
      { name: 'کامبیز رودباری', role: 'مدیرکل دفتر امور غلات و محصولات اساسی وزارت جهاد کشاورزی', also_called: ['وی', 'رودباری'], statements: 2 },
      { name: 'جمشید رضوانی‌لاکانی', role: 'رئیس انجمن برنج‌کاران گیلان', also_called: ['رضوانی‌لاکانی', 'او'], statements: 3 },
      { name: 'راجیو ماتور', role: 'نایب‌رئیس انجمن صادرکنندگان برنج هند', also_called: ['ماتور'], statements: 2 },
    ],
    speakers_never: ['وزارت جهاد کشاورزی', 'شرکت بازرگانی دولتی ایران', 'اکونومیک تایمز', 'انجمن صادرکنندگان برنج هند'],
    figures: [
      { value: 2100000, unit: 'تن', kind: 'measure', about: '«۲ میلیون و ۱۰۰ هزار تن» پیش‌بینی تولید (title, lead)' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'کاهش تولید نسبت به پارسال (lead)' },
      { value: 420000, unit: 'هکتار', kind: 'measure', about: '«حدود ۴۲۰ هزار هکتار» سطح زیر کشت' },
      { value: 35000, unit: 'هکتار', kind: 'measure', about: '«نزدیک به ۳۵ هزار هکتار» کشت‌نشده' },
      { value: 3300000, unit: 'تن', kind: 'measure', about: '«۳ میلیون و ۳۰۰ هزار تن» مصرف سالانه (kept; «سالانه» is its basis)' },
      { value: 1200000, unit: 'تن', kind: 'measure', about: '«دست‌کم یک میلیون و ۲۰۰ هزار تن» واردات لازم' },
      { value: 26, unit: 'درصد', kind: 'percent', about: 'تعرفه واردات پس از مهر' },
      { value: 145000, unit: 'تومان', kind: 'money', about: 'قیمت هر کیلو طارم درجه یک سر مزرعه (kept; «هر کیلو» is its basis)' },
      { value: 380000000, unit: 'تومان', kind: 'money', about: '«۳۸۰ میلیون تومان» هزینه تولید هر هکتار (kept)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'کاهش صادرات باسماتی هند به ایران' },
      { value: 190000, unit: 'تن', kind: 'measure', about: 'صادرات سه‌ماهه باسماتی به ایران' },
      { value: 200000000, unit: 'دلار', kind: 'money', about: '«۲۰۰ میلیون دلار» مطالبات معوق' },
      { value: 150000, unit: 'تن', kind: 'measure', about: 'ذخیره برنج شرکت بازرگانی دولتی' },
    ],
    figures_never: ['«هفته گذشته», «پارسال», «نیمه مرداد», «اول مرداد», «پایان مهر», «آبان» (title), «روز دوشنبه», «سه ماه نخست سال مالی جاری», «ماه‌های پیش رو»: dates and periods', '«دو استان شمالی»: an anaphoric group', '«درجه یک»: a grade; «نصف این قیمت»: vague', '«سالانه», «هر کیلو», «هر هکتار»: bases', 'the issue bar («شماره ۲۸۹۸۵», «صفحه ۴»), the page thumbnails 1–12, the archive form and «اطلاعات ۵۰ سال پیش»: not body'],
    notes: [
      'An economy-page article of Ettelaat (ettelaat.com/news/ID/slug) in its NEWSPAPER-ISSUE VIEW: an issue bar «شماره ۲۸۹۸۵ | پنجشنبه ۸ مرداد ۱۴۰۵ | صفحه ۴ | اقتصادی» with a «دانلود پی‌دی‌اف این صفحه» link, a strip of the issue\'s TWELVE PAGE THUMBNAILS numbered ۱–۱۲ (page 4 current), the desk line «صفحه اقتصادی» and a rutitr above the title (neither body); «کد خبر» and a NUMERIC Jalali date with a space and no dash before the time, «۱۴۰۵/۰۵/۰۸ ۰۰:۳۰»; JSON-LD datePublished 2026-07-30T00:30:00+03:30 with a PublicationIssue (no date meta); lead; photo with caption only; print/share tools; «سایر مطالب صفحه ۴», the archive form (/archive?pi=&ms=0&dy=&mn=&yr=), most-viewed, a footer with the founding line «روزنامه اطلاعات، تأسیس ۱۳۰۵»; no tags, no comments.',
      'statements: Roudbari: «NAME، ROLE، در گفت‌وگو با «اطلاعات» گفت:» (one), «وی افزود:» (one) = 2 («رودباری … بازدید کرده بود» is not a statement); Rezvani-Lakani is first met IN PASSING as accompanying Roudbari on a visit, then «رضوانی‌لاکانی اما ممنوعیت فصلی را کافی نمی‌داند» (a stated view, one), «او به «اطلاعات» گفت:» (multi-sentence quote, once), and by role alone, «رئیس انجمن برنج‌کاران گیلان با بیان اینکه … خواستار خرید تضمینی … شد» (one) = 3 (role-alone form = role, not repeated in also_called); Mathur (the foreign speaker, an Indian exporters\' official, quoted from the Economic Times): «NAME، ROLE، به روزنامه اکونومیک تایمز گفته است …» (one), «ماتور … دانست و افزود که …» (one) = 2.',
      'The agriculture ministry («پیش‌بینی می‌کند»), the state trading company («اعلام کرده است»), the Indian exporters\' association and the Economic Times are organizations/outlets. Rice quantities are measures in تن (۲٫۱ میلیون، ۳٫۳ میلیون، ۱٫۲ میلیون، ۱۹۰ هزار، ۱۵۰ هزار), land in هکتار; the price per kilo and the cost per hectare are kept with their basis left out.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Two pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [page, page title, headlines] of one issue of the daily Iran. */
const IRAN_PAGES: [number, string, string[]][] = [
  [1, 'صفحه اول', ['طرح ملی بازسازی مدارس فرسوده به ۸ هزار کلاس رسید', 'رئیس‌جمهور: صادرات غیرنفتی باید از نفت پیشی بگیرد']],
  [2, 'سیاسی', ['جزئیات نشست علنی دیروز مجلس', 'سفر وزیر امور خارجه به مسقط']],
  [3, 'سیاسی', ['لایحه شفافیت اموال مسئولان در کمیسیون حقوقی']],
  [4, 'دیپلماسی', ['گسترش همکاری‌های ترانزیتی با ازبکستان', 'نشست سه‌جانبه درباره دریای خزر']],
  [5, 'اقتصادی', ['تورم نقطه‌ای تیرماه اعلام شد', 'بازار سرمایه در هفته‌ای که گذشت']],
  [6, 'اقتصادی', ['واردات نهاده‌های دامی در چهار ماه نخست']],
  [7, 'انرژی', ['مصرف برق در پیک تابستان']],
  [8, 'جامعه', ['آغاز ثبت‌نام مدارس شبانه‌روزی', 'پویش «تابستان بدون غرق‌شدگی»']],
  [9, 'جامعه', ['پرونده: کودکان کار و مدرسه']],
  [10, 'سلامت', ['آمار تازه ابتلا به دیابت نوع دو']],
  [11, 'فرهنگ و هنر', ['فیلم‌های اکران تابستان', 'یادی از یک مترجم']],
  [12, 'ادب و هنر', ['شعرخوانی شاعران جوان در شهر کتاب']],
  [13, 'ورزش', ['اردوی تیم ملی فوتبال در ترکیه']],
  [14, 'ورزش', ['ستاره‌های تازه کشتی آزاد']],
  [15, 'جهان', ['انتخابات پارلمانی ژاپن', 'بحران آب در عراق']],
  [16, 'جهان', ['گزارش ویژه: اقتصاد چین پس از تعرفه‌ها']],
  [17, 'شهر و روستا', ['طرح هادی در ۱۲۰ روستای خراسان جنوبی']],
  [18, 'آگهی', []],
  [19, 'آگهی', []],
  [20, 'صفحه آخر', ['عکس روز: برداشت گندم در آخرین مزارع اردبیل']],
];

function iranIssueArchive(): NonArt {
  const title = 'روزنامه ایران، شماره ۸۸۹۴';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آرشیو روزنامه ایران - شماره ۸۸۹۴ - یکشنبه ۱۱ مرداد ۱۴۰۵</title>
<meta name="description" content="نسخه کامل روزنامه ایران، شماره ۸۸۹۴، با فایل PDF همه صفحات">
<meta property="og:site_name" content="روزنامه ایران">
<meta property="og:type" content="website">
<link rel="canonical" href="https://irannewspaper.ir/newspaper/8894">
<link rel="stylesheet" href="https://irannewspaper.ir/static/css/newspaper.css?v=4.0">
</head>
<body class="newspaper-archive">
<header class="ir-header"><div class="ir-top"><span>یکشنبه ${persian(11)} مرداد ${persian(1405)}</span> <a href="https://irannewspaper.ir/subscription">اشتراک روزنامه</a> <a href="https://irannewspaper.ir/contact">تماس با ما</a></div>
<a href="https://irannewspaper.ir/"><img src="https://irannewspaper.ir/static/img/logo-iran.svg" alt="روزنامه ایران"></a>
<nav class="ir-nav"><a href="https://irannewspaper.ir/service/politics">سیاسی</a> <a href="https://irannewspaper.ir/service/economy">اقتصادی</a> <a href="https://irannewspaper.ir/service/society">جامعه</a> <a href="https://irannewspaper.ir/service/culture">فرهنگ</a> <a href="https://irannewspaper.ir/service/world">جهان</a> <a href="https://irannewspaper.ir/service/sport">ورزش</a> <a class="on" href="https://irannewspaper.ir/newspaper">آرشیو روزنامه</a> <a href="https://irannewspaper.ir/irandaily">Iran Daily</a></nav></header>
<main class="ir-main">
<div class="ir-archive-tools"><form action="https://irannewspaper.ir/newspaper" method="get"><label>انتخاب تاریخ:</label> <select name="d">${[8, 9, 10, 11].map((d) => `<option${d === 11 ? ' selected' : ''}>${persian(d)}</option>`).join('')}</select> <select name="m"><option selected>مرداد</option><option>تیر</option></select> <select name="y"><option>${persian(1405)}</option><option>${persian(1404)}</option></select> <button type="submit">نمایش شماره</button></form>
<div class="ir-issue-nav"><a href="https://irannewspaper.ir/newspaper/8893">شماره قبل</a> <span>شماره بعد</span></div></div>
<h1 class="ir-issue-title">${title}</h1>
<p class="ir-issue-info">یکشنبه ${persian(11)} مرداد ${persian(1405)} | ${persian(20)} صفحه | سال سی‌وسوم</p>
<a class="ir-pdf-all" href="https://irannewspaper.ir/files/newspaper/8894/iran-8894-full.pdf">دانلود PDF کامل این شماره (${persian('18.4').replace('.', '٫')} مگابایت)</a>
<ul class="ir-pages">
${IRAN_PAGES.map(([p, pt, heads]) => `<li class="ir-page"><a href="https://irannewspaper.ir/newspaper/page/8894/${p}"><img src="https://irannewspaper.ir/files/newspaper/8894/thumb-${p}.jpg" alt="صفحه ${persian(p)}"></a><div class="ir-page-head"><span class="ir-page-no">صفحه ${persian(p)}</span> <span class="ir-page-title">${pt}</span></div>${heads.length ? `<ul class="ir-heads">${heads.map((h, k) => `<li><a href="https://irannewspaper.ir/newspaper/page/8894/${p}/${702400 + p * 10 + k}">${esc(h)}</a></li>`).join('')}</ul>` : ''}<a class="ir-pdf" href="https://irannewspaper.ir/files/newspaper/8894/page-${p}.pdf">PDF صفحه ${persian(p)}</a></li>`).join('\n')}
</ul>
</main>
<footer class="ir-footer"><p>روزنامه ایران، ارگان رسمی خبرگزاری جمهوری اسلامی</p><p>کلیه حقوق این سایت متعلق به روزنامه ایران است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-iran-issue-archive', markup: 'issue-archive-irannewspaper', url: 'https://irannewspaper.ir/newspaper/8894', title, html,
    notes: ['The ISSUE ARCHIVE page of the daily Iran (irannewspaper.ir/newspaper/8894): a date form (day, month, year) and previous/next issue links, the heading «روزنامه ایران، شماره ۸۸۹۴» as <h1>, an info line «یکشنبه ۱۱ مرداد ۱۴۰۵ | ۲۰ صفحه | سال سی‌وسوم», a link to the PDF of the whole issue with its size, and a list of the twenty pages, each with a thumbnail, page number and page title, the page\'s headlines (none on the two advertising pages) and the page\'s PDF link. Headlines only, no running text: not an article.'] };
}

/** [paper, kind, main headline of the front page] in the «پیشخوان». */
const FRONT_PAGES: [string, string, string][] = [
  ['آرمان ملی', 'سراسری', 'اینترنت گران، کسب‌وکار کوچک'],
  ['اطلاعات', 'سراسری', 'برداشت برنج با افت ۸ درصدی تولید آغاز شد'],
  ['ایران', 'سراسری', 'مدارس فرسوده در صدر برنامه دولت'],
  ['اعتماد', 'سراسری', 'داروخانه‌ها در انتظار پول بیمه'],
  ['شرق', 'سراسری', 'اقتصادی که آنلاین نمی‌ماند'],
  ['کیهان', 'سراسری', 'هشدار درباره توطئه‌های تازه'],
  ['جام‌جم', 'سراسری', 'کنکور در آستانه نتایج'],
  ['هم‌میهن', 'سراسری', 'زمینی که فرو می‌رود'],
  ['جوان', 'سراسری', 'موکب‌ها آماده زائران رضوی'],
  ['خراسان', 'استانی', 'مشهد چشم‌انتظار زائران پیاده'],
  ['دنیای اقتصاد', 'اقتصادی', 'سیگنال تازه بازار مسکن'],
  ['ابرار ورزشی', 'ورزشی', 'اردوی ترکیه؛ آزمون اول سرمربی'],
];

function armanMelliPishkhan(): NonArt {
  const title = 'پیشخوان روزنامه‌های امروز';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>پیشخوان | صفحه اول روزنامه‌های امروز یکشنبه ۱۱ مرداد ۱۴۰۵ - آرمان ملی</title>
<meta name="description" content="صفحه اول روزنامه‌های سراسری، اقتصادی، ورزشی و استانی امروز در پیشخوان آرمان ملی">
<meta property="og:site_name" content="روزنامه آرمان ملی">
<meta property="og:type" content="website">
<link rel="canonical" href="https://armanmeli.ir/fa/newspaper/pishkhan">
<link rel="stylesheet" href="https://armanmeli.ir/client/themes/fa/main/css/pishkhan.css?v=1.3">
</head>
<body class="pishkhan-page">
<header class="am-header"><div class="am-top"><span>یکشنبه ${persian(11)} مرداد ${persian(1405)}</span> <a href="https://armanmeli.ir/fa/newspaper">نسخه PDF آرمان ملی</a></div>
<a href="https://armanmeli.ir/"><img src="https://armanmeli.ir/client/themes/fa/main/img/logo.png" alt="روزنامه آرمان ملی"></a>
<nav class="am-nav"><a href="https://armanmeli.ir/fa/service/politics">سیاسی</a> <a href="https://armanmeli.ir/fa/service/economy">اقتصادی</a> <a href="https://armanmeli.ir/fa/service/society">اجتماعی</a> <a href="https://armanmeli.ir/fa/service/culture">فرهنگی</a> <a href="https://armanmeli.ir/fa/service/world">بین‌الملل</a> <a class="active" href="https://armanmeli.ir/fa/newspaper/pishkhan">پیشخوان</a></nav></header>
<main class="am-main">
<h1 class="am-page-title">${title}</h1>
<div class="am-filter"><a class="active" href="https://armanmeli.ir/fa/newspaper/pishkhan">همه</a> <a href="https://armanmeli.ir/fa/newspaper/pishkhan?type=national">سراسری</a> <a href="https://armanmeli.ir/fa/newspaper/pishkhan?type=economy">اقتصادی</a> <a href="https://armanmeli.ir/fa/newspaper/pishkhan?type=sport">ورزشی</a> <a href="https://armanmeli.ir/fa/newspaper/pishkhan?type=province">استانی</a>
<form action="https://armanmeli.ir/fa/newspaper/pishkhan"><input type="text" name="date" value="۱۴۰۵/۰۵/۱۱"><button type="submit">تغییر تاریخ</button></form></div>
<div class="am-grid">
${FRONT_PAGES.map(([paper, kind, head], i) => `<figure class="am-front"><a href="https://armanmeli.ir/fa/newspaper/pishkhan/14050511/${i + 1}" data-lightbox="pishkhan"><img src="https://armanmeli.ir/files/pishkhan/14050511/${i + 1}.jpg" alt="صفحه اول روزنامه ${esc(paper)}"></a><figcaption><b>${esc(paper)}</b> <span class="am-kind">${kind}</span><span class="am-head">${esc(head)}</span><a class="am-zoom" href="https://armanmeli.ir/files/pishkhan/14050511/${i + 1}-large.jpg">نمایش در اندازه بزرگ</a></figcaption></figure>`).join('\n')}
</div>
<div class="am-pager"><a href="https://armanmeli.ir/fa/newspaper/pishkhan?date=14050510">پیشخوان دیروز</a></div>
</main>
<aside class="am-side"><h2>سرمقاله امروز آرمان ملی</h2><p><a href="https://armanmeli.ir/fa/news/201455">اقتصاد دیجیتال را جدی بگیریم</a></p></aside>
<footer class="am-footer"><p>کلیه حقوق این سایت متعلق به روزنامه آرمان ملی است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-armanmelli-pishkhan', markup: 'pishkhan-armanmelli', url: 'https://armanmeli.ir/fa/newspaper/pishkhan', title, html,
    notes: ['The «پیشخوان» page of the daily Arman Melli: the heading «پیشخوان روزنامه‌های امروز» as <h1>, filter tabs (همه، سراسری، اقتصادی، ورزشی، استانی) and a date box, a GALLERY of twelve front pages, each a lightbox thumbnail with a figcaption holding the paper\'s name, its kind, its main headline and «نمایش در اندازه بزرگ», a link to yesterday\'s front pages, a side box with the paper\'s own editorial title. Captions and headlines only: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [iranIssueArchive(), armanMelliPishkhan()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout21', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '31562', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
