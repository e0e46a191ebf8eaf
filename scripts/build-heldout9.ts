// Builds the NINTH held-out fixture set, tests/fixtures/heldout9/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Eight article pages in the markup of eight sites that no earlier set renders
// (Sepid as a Nuxt 2 app, IANA, Irdiplomacy on an old PHP CMS, Tejarat-e Farda, a science blog built
// with Hugo + PaperMod, Cinema Press, Khorasan daily, a local news site built with Wix) and three
// non-article pages (a Vatan-e Emrooz poll, the Quds Online podcast list, an Asr-e Khodro login page
// with a news ticker). All eight texts were written for this set; the names of all quoted officials
// and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout9.ts          (build + check)
//        npx tsx scripts/build-heldout9.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, isHead, li, plain, arabicYK, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout9');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', pre = '') => c.a.tags.map((t) => `<a href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${pre}${esc(pre ? t.replace(/ /g, '_') : t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
const G_MONTHS = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];
const gDate = (c: Ctx) => `${persian(Number(c.g.d))} ${G_MONTHS[Number(c.g.m) - 1]} ${persian(c.g.y)}`;
/** The same instant in UTC with milliseconds, as a JavaScript app serialises it. */
const utcIsoMs = (c: Ctx) => new Date(c.iso).toISOString();
/** The offset without its colon, as PHP's date('O') writes it: «+0330». */
const isoNoColon = (c: Ctx) => c.iso.replace(/([+-]\d\d):(\d\d)$/, '$1$2');
/** Hugo's default rendering of a time.Time in Tehran: «2026-03-01 10:40:00 +0330 +0330». */
const goTime = (c: Ctx) => `${c.iso.slice(0, 10)} ${c.iso.slice(11, 19)} +0330 +0330`;
/** Unix seconds of the instant. */
const epoch = (c: Ctx) => Math.floor(new Date(c.iso).getTime() / 1000);
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** Text typed on an Arabic keyboard layout: Arabic yeh and kaf for Persian ی and ک. */
/** A heading id the way Hugo's goldmark makes one from Persian text. */
const hugoId = (t: string) => t.replace(/[؛:؟?!«»،,.]/g, '').trim().replace(/\s+/g, '-');

/** Pull quotes a magazine repeats inside the body (Tejarat-e Farda): [after paragraph index, text]. */
const PULLQUOTES: Record<string, [number, string]> = {
  'tejaratefarda-bank-balance-sheet-cap': [1, 'بانکی که سرمایه کافی ندارد، نباید با اضافه‌برداشت و خلق پول، زیان خود را به کل اقتصاد منتقل کند.'],
};

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Sepid as a Nuxt 2 app: data-n-head meta tags, article:published_time in UTC «…Z» with
  // milliseconds (the same instant sits in the window.__NUXT__ payload); the visible date has no
  // time; cover photo before the lead; «مطالب پیشنهادی» box inside the body; share row; comments.
  sepid: {
    site: 'سپید',
    boiler: ['کد خبر', 'مطالب پیشنهادی', 'اشتراک‌گذاری:', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'دیدگاه‌ها', 'کلیه حقوق این سایت متعلق به رسانه سپید است', 'هفته‌نامه پزشکی سپید'],
    render: (c) => `<!doctype html>
<html lang="fa" dir="rtl" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fa%22%7D,%22dir%22:%7B%22ssr%22:%22rtl%22%7D%7D">
<head>
<title>${esc(c.a.title)} | سپید</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="${esc(c.a.lead ?? '')}">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="${esc(c.a.title)}">
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="سپید">
<meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://sepidonline.ir/uploads/news/${c.id}/cover-1200.jpg">
<meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="${utcIsoMs(c)}">
<meta data-n-head="ssr" data-hid="article:section" property="article:section" content="${esc(c.a.kicker)}">
<link data-n-head="ssr" rel="canonical" href="${esc(c.a.url)}">
<link rel="preload" href="/_nuxt/runtime.5c1e9a0.js" as="script"><link rel="preload" href="/_nuxt/app.8b21d4e.js" as="script"><link rel="preload" href="/_nuxt/app.8b21d4e.css" as="style">
<link rel="stylesheet" href="/_nuxt/app.8b21d4e.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="layout-default">
<header class="app-header">
 <div class="app-header__top"><span class="app-header__today">${weekday(c)} ${faDate(c)}</span> <span class="app-header__slogan">هفته‌نامه پزشکی سپید</span> <a href="/subscribe" class="app-header__sub">اشتراک نسخه چاپی</a></div>
 <a href="/" class="app-header__logo nuxt-link-active"><img src="/img/logo-sepid.svg" alt="سپید"></a>
 <nav class="app-nav"><a href="/category/news">اخبار</a> <a href="/category/health" aria-current="page" class="nuxt-link-exact-active">${esc(c.a.kicker)}</a> <a href="/category/drug">دارو</a> <a href="/category/medical-education">آموزش پزشکی</a> <a href="/category/insurance">بیمه و درمان</a> <a href="/category/interview">گفت‌وگو</a> <a href="/category/multimedia">چندرسانه‌ای</a></nav>
</header>
<main class="page-news">
 <nav class="breadcrumb"><a href="/">خانه</a> <span>/</span> <a href="/category/health">${esc(c.a.kicker)}</a></nav>
 <article class="news-detail">
  <div class="news-detail__service"><a href="/category/health">${esc(c.a.kicker)}</a></div>
  <h1 class="news-detail__title">${esc(c.a.title)}</h1>
  <div class="news-detail__info"><span class="news-detail__date">${weekday(c)} ${faDate(c)}</span> <span class="news-detail__code">کد خبر: ${persian(c.id)}</span> <span class="news-detail__author">${esc(c.a.author ?? '')}</span></div>
  <figure class="news-detail__cover"><img src="https://sepidonline.ir/uploads/news/${c.id}/cover-800.jpg" alt="${esc(c.a.caption)}" width="800" height="450"><figcaption>${esc(c.a.caption)} <span class="news-detail__credit">${esc(c.a.credit)}</span></figcaption></figure>
  <p class="news-detail__lead">${esc(c.a.lead ?? '')}</p>
  <div class="news-detail__body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<div class="suggest-box"><span class="suggest-box__label">مطالب پیشنهادی</span> <a href="/news/${Number(c.id) - 211}" class="suggest-box__link">${esc(c.a.inline ?? '')}</a></div>`)}
  </div>
  <div class="news-detail__tags">${tagLinks(c, '/tag/', ' ')}</div>
  <div class="share-box"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <button type="button" class="share-box__copy">کپی لینک</button></div>
 </article>
 <section class="related-news"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, '/news/', Number(c.id) - 640)}
 </ul></section>
 <section class="comments"><h2>دیدگاه‌ها</h2>
${comments(c, (n, t) => `<div class="comments__item"><div class="comments__name">${n}</div><p class="comments__text">${t}</p><button type="button" class="comments__reply">پاسخ</button></div>`)}
  <form class="comments__form"><input type="text" placeholder="نام"><textarea placeholder="دیدگاه خود را بنویسید"></textarea><button type="submit">ارسال</button></form></section>
 <aside class="most-viewed"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 1930)}
 </ol></aside>
</main>
<footer class="app-footer"><p>کلیه حقوق این سایت متعلق به رسانه سپید است.</p><p><a href="/about">درباره ما</a> <a href="/contact">تماس با ما</a> <a href="/ads">آگهی</a></p></footer>
</div></div></div>
<script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{news:{id:c,title:d,service:b,publishedAt:a,cover:"\\u002Fuploads\\u002Fnews\\u002F"+c+"\\u002Fcover-800.jpg"}}],fetch:{},error:null,state:{auth:{user:null}},serverRendered:true,routePath:"\\u002Fnews\\u002F"+c}}(${js(utcIsoMs(c))},${js(c.a.kicker)},${Number(c.id)},${js(c.a.title)}));</script>
<script src="/_nuxt/runtime.5c1e9a0.js" defer></script><script src="/_nuxt/app.8b21d4e.js" defer></script>
</body>
</html>
`,
  },

  // IANA (agriculture news agency): microdata NewsArticle, the date on a VISIBLE
  // <span itemprop="datePublished" content="…+03:30">; service and news id line; uptitle; lead in
  // a div with itemprop="description"; photo after paragraph 2 with a caption paragraph; in-body
  // «مرتبط:» blockquote; hashtag-style tags; short link; comments with a count.
  iana: {
    site: 'ایانا',
    boiler: ['کد خبر', 'مرتبط:', 'لینک کوتاه', 'اخبار مرتبط', 'پربیننده‌ترین', 'نظر شما', 'تمامی حقوق مادی و معنوی این سایت متعلق به خبرگزاری کشاورزی ایران (ایانا) است', 'زراعت و باغبانی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ایانا - ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="ایانا">
<meta property="og:image" content="https://iana.ir/files/fa/news/1404/12/${Number(c.d)}/${c.id}_main.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://iana.ir/client/themes/fa/main/css/news.css?v=7.3">
</head>
<body class="news-page">
<div class="ia-top"><span class="ia-today">${weekday(c)} ${faDate(c)}</span> <a href="https://iana.ir/en">English</a> <a href="https://iana.ir/ar">العربية</a> <a href="https://iana.ir/rss">RSS</a></div>
<header class="ia-header"><a href="https://iana.ir/"><img src="https://iana.ir/client/themes/fa/main/img/logo.png" alt="خبرگزاری کشاورزی ایران"></a>
<ul class="ia-menu"><li><a href="https://iana.ir/fa/service/agronomy">زراعت و باغبانی</a></li><li><a href="https://iana.ir/fa/service/livestock">دام و طیور</a></li><li><a href="https://iana.ir/fa/service/plant-protection">${esc(c.a.kicker)}</a></li><li><a href="https://iana.ir/fa/service/water">آب و خاک</a></li><li><a href="https://iana.ir/fa/service/economy">اقتصاد کشاورزی</a></li><li><a href="https://iana.ir/fa/service/provinces">استان‌ها</a></li><li><a href="https://iana.ir/fa/multimedia">چندرسانه‌ای</a></li></ul></header>
<div class="ia-wrap">
<article class="ia-news" itemscope itemtype="http://schema.org/NewsArticle">
 <meta itemprop="mainEntityOfPage" content="${esc(c.a.url)}">
 <div class="ia-news-info"><span class="ia-service">سرویس: ${esc(c.a.kicker)}</span> <span class="ia-id">کد خبر: ${persian(c.id)}</span> <span class="ia-date" itemprop="datePublished" content="${c.iso}">${faDate(c)} - ${faTime(c)}</span></div>
 <h3 class="ia-uptitle">هشدار فائو برای سواحل جنوبی</h3>
 <h1 class="ia-title" itemprop="headline">${esc(c.a.title)}</h1>
 <div class="ia-lead" itemprop="description">${esc(c.a.lead ?? '')}</div>
 <div class="ia-text" itemprop="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<div class="ia-photo"><img itemprop="image" src="https://iana.ir/files/fa/news/1404/12/${Number(c.d)}/${c.id}_1.jpg" alt=""><p class="ia-photo-caption">${esc(c.a.caption)} / ${esc(c.a.credit)}</p></div>`,
  `<blockquote class="ia-inline">مرتبط: <a href="https://iana.ir/fa/news/${Number(c.id) - 318}">${esc(c.a.inline ?? '')}</a></blockquote>`)}
 </div>
 <div class="ia-tags">${tagLinks(c, 'https://iana.ir/fa/tags/', ' ', '#')}</div>
 <div class="ia-short">لینک کوتاه: https://iana.ir/x/${Number(c.id).toString(36)}</div>
 <div class="ia-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://ble.ir/share/url?url=${esc(c.a.url)}">بله</a></div>
</article>
<section class="ia-box"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://iana.ir/fa/news/', Number(c.id) - 950)}
</ul></section>
<section class="ia-box ia-comments"><h2>نظر شما <span>(${persian(c.a.comments.length)})</span></h2>
${comments(c, (n, t) => `<div class="ia-cm"><span class="ia-cm-name">${n}</span><p>${t}</p></div>`)}
<form><input placeholder="نام"><input placeholder="ایمیل"><textarea placeholder="متن نظر"></textarea><button>ارسال نظر</button></form></section>
<aside class="ia-box ia-most"><h2>پربیننده‌ترین</h2><ol>
${li(c.a.mostRead, 'https://iana.ir/fa/news/', Number(c.id) - 2400)}
</ol></aside>
</div>
<footer class="ia-footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به خبرگزاری کشاورزی ایران (ایانا) است.</p></footer>
</body>
</html>
`,
  },

  // Irdiplomacy on an old PHP CMS: HTML 4.01 Transitional doctype, jQuery 1.4, div layout; NO date
  // metadata; the visible line gives the publication date and time AND a later «آخرین به‌روزرسانی»;
  // rutitr, lead div, photo with caption before the body, «لینک مرتبط:» box, print/send tools,
  // keywords line, related notes, comments with a count. The article text was typed with ARABIC
  // yeh and kaf (ي ك); the CMS chrome uses Persian letters.
  irdiplomacy: {
    site: 'دیپلماسی ایرانی',
    boiler: ['تاریخ انتشار', 'لینک مرتبط:', 'نسخه قابل چاپ', 'یادداشت‌ها و گزارش‌های مرتبط', 'پربیننده‌ترین مطالب', 'نظرات خوانندگان', 'کلیه حقوق این سایت متعلق به دیپلماسی ایرانی است', 'آخرین به‌روزرسانی'],
    render: (c) => `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html dir="rtl" lang="fa">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>دیپلماسی ایرانی - ${esc(c.a.title)}</title>
<meta name="keywords" content="${esc(c.a.tags.join('، '))}">
<link rel="stylesheet" type="text/css" href="/css/style.css?v=12">
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="container">
<div id="header"><a href="/fa"><img src="/images/logo.gif" alt="دیپلماسی ایرانی" width="240" height="70" border="0"></a> <div id="date-box">${weekday(c)} ${faDate(c)}</div>
<ul id="menu"><li><a href="/fa/page/1">صفحه اصلی</a></li><li><a href="/fa/page/3">خاورمیانه</a></li><li><a href="/fa/page/4">اروپا و آمریکا</a></li><li><a href="/fa/page/7">${esc(c.a.kicker)}</a></li><li><a href="/fa/page/5">آسیا</a></li><li><a href="/fa/page/6">اقتصاد سیاسی</a></li><li><a href="/fa/page/9">یادداشت</a></li><li><a href="/fa/page/10">گفت‌وگو</a></li></ul></div>
<div id="main">
 <div id="content">
  <div class="news-date">تاریخ انتشار: ${weekday(c)} ${faDate(c)} - ${faTime(c)} | آخرین به‌روزرسانی: ${faDate(c)} - ${persian('18:40')}</div>
  <div class="news-rutitr">${esc(arabicYK('مذاکره بر سر آب در پایتخت طالبان'))}</div>
  <h1 class="news-title">${esc(c.a.title)}</h1>
  <div class="news-lead">${esc(c.a.lead ?? '')}</div>
  <div class="news-image"><img src="/images/docs/000${c.id.slice(-3)}/n00${c.id}-r-b-000.jpg" width="450" alt=""><div class="img-caption">${esc(c.a.caption)} (${esc(c.a.credit)})</div></div>
  <div class="news-body" id="newsBody">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p align="justify">${t}</p>`, (t) => `<p><b>${t}</b></p>`, '',
  `<div class="link-box"><b>لینک مرتبط:</b> <a href="/fa/news/${Number(c.id) - 1187}">${esc(c.a.inline ?? '')}</a></div>`)}
  </div>
  <div class="news-tools"><a href="/fa/print/${c.id}">نسخه قابل چاپ</a> | <a href="/fa/send/${c.id}">ارسال به دوستان</a> | <a href="javascript:history.back()">بازگشت</a></div>
  <div class="keywords">کلید واژه‌ها: ${tagLinks(c, '/fa/tag/', '، ')}</div>
  <div class="related-box"><h3>یادداشت‌ها و گزارش‌های مرتبط</h3><ul>
${li(c.a.related, '/fa/news/', Number(c.id) - 3300)}
  </ul></div>
  <div class="comments"><h3>نظرات خوانندگان (${persian(c.a.comments.length)})</h3>
${comments(c, (n, t) => `<div class="comment"><div class="comment-head">${n} - ${faDate(c)}</div><div class="comment-text">${t}</div></div>`)}
  <form action="/fa/comment/${c.id}" method="post">نام: <input type="text" name="name"> نظر: <textarea name="body" rows="4" cols="40"></textarea> <input type="submit" value="ارسال"></form></div>
 </div>
 <div id="sidebar"><div class="box"><h3>پربیننده‌ترین مطالب</h3><ul>
${li(c.a.mostRead, '/fa/news/', Number(c.id) - 5100)}
 </ul></div><div class="box"><h3>آرشیو</h3><a href="/fa/archive">جستجو در آرشیو</a></div></div>
</div>
<div id="footer">کلیه حقوق این سایت متعلق به دیپلماسی ایرانی است. استفاده از مطالب با ذکر منبع بلامانع است.</div>
</div>
</body>
</html>
`,
  },

  // Tejarat-e Farda weekly: NO ISO date anywhere; the visible date is relative («۳ روز پیش») on a
  // span whose title tooltip holds the Jalali date and time and whose data-time is Unix seconds;
  // print-issue line with the issue date; excerpt as lead; cover photo before the body; a PULL
  // QUOTE repeating a sentence of the body; «پرونده مرتبط» box; subscription box; no comments.
  tejaratefarda: {
    site: 'تجارت فردا',
    boiler: ['هفته‌نامه تجارت فردا، شماره', 'پرونده مرتبط', 'زمان مطالعه', 'بیشتر در بانک و بیمه', 'پربازدیدترین‌های هفته', 'اشتراک هفته‌نامه تجارت فردا', 'تمامی حقوق این سایت متعلق به هفته‌نامه تجارت فردا است', 'خرید اشتراک'],
    render: (c) => {
      const pq = PULLQUOTES[c.a.name];
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - تجارت فردا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="تجارت فردا">
<meta property="og:image" content="https://www.tejaratefarda.com/uploads/posts/${c.id}/cover.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.tejaratefarda.com/assets/css/tf.min.css?v=2026.2">
</head>
<body class="tf-article">
<header class="tf-header"><a class="tf-logo" href="https://www.tejaratefarda.com/"><img src="https://www.tejaratefarda.com/assets/img/tf-logo.svg" alt="تجارت فردا"></a> <span class="tf-slogan">هفته‌نامه اقتصادی</span>
<nav class="tf-nav"><a href="https://www.tejaratefarda.com/category/bank">بانک و بیمه</a> <a href="https://www.tejaratefarda.com/category/market">بازار سرمایه</a> <a href="https://www.tejaratefarda.com/category/macro">اقتصاد کلان</a> <a href="https://www.tejaratefarda.com/category/business">کسب‌وکار</a> <a href="https://www.tejaratefarda.com/dossiers">پرونده‌ها</a> <a href="https://www.tejaratefarda.com/magazine">آرشیو مجله</a></nav>
<a class="tf-subscribe" href="https://www.tejaratefarda.com/subscribe">اشتراک مجله</a></header>
<main class="tf-main">
<article class="tf-post">
 <div class="tf-issue">هفته‌نامه تجارت فردا، شماره ${persian(612)}، ${weekday(c)} ${faDate(c)}</div>
 <a class="tf-cat" href="https://www.tejaratefarda.com/category/bank">${esc(c.a.kicker)}</a>
 <h1 class="tf-title">${esc(c.a.title)}</h1>
 <p class="tf-excerpt">${esc(c.a.lead ?? '')}</p>
 <div class="tf-meta"><span class="tf-author">نویسنده: ${esc(c.a.author ?? '')}</span> <span class="tf-date" data-time="${epoch(c)}" title="${weekday(c)} ${faDate(c)}، ساعت ${faTime(c)}">${persian(3)} روز پیش</span> <span class="tf-read">زمان مطالعه: ${persian(5)} دقیقه</span></div>
 <figure class="tf-cover"><img src="https://www.tejaratefarda.com/uploads/posts/${c.id}/cover.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
 <div class="tf-content">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t, i) => (pq && i === pq[0] ? `<p>${t}</p>\n<blockquote class="tf-pullquote"><p>${esc(pq[1])}</p></blockquote>` : `<p>${t}</p>`), (t) => `<h2>${t}</h2>`, '',
  `<aside class="tf-dossier"><span>پرونده مرتبط</span> <a href="https://www.tejaratefarda.com/dossiers/${Number(c.id) - 77}">${esc(c.a.inline ?? '')}</a></aside>`)}
 </div>
 <div class="tf-tags">${tagLinks(c, 'https://www.tejaratefarda.com/tag/', ' ')}</div>
 <div class="tf-subscribe-box"><h3>اشتراک هفته‌نامه تجارت فردا</h3><p>نسخه چاپی و دیجیتال مجله را هر شنبه دریافت کنید.</p><a href="https://www.tejaratefarda.com/subscribe">خرید اشتراک</a></div>
</article>
<section class="tf-related"><h2>بیشتر در بانک و بیمه</h2><ul>
${li(c.a.related, 'https://www.tejaratefarda.com/posts/', Number(c.id) - 520)}
</ul></section>
<aside class="tf-popular"><h2>پربازدیدترین‌های هفته</h2><ol>
${li(c.a.mostRead, 'https://www.tejaratefarda.com/posts/', Number(c.id) - 1630)}
</ol></aside>
</main>
<footer class="tf-footer"><p>تمامی حقوق این سایت متعلق به هفته‌نامه تجارت فردا است.</p><p><a href="https://www.tejaratefarda.com/about">درباره ما</a> <a href="https://www.tejaratefarda.com/contact">تماس</a></p></footer>
<script>document.querySelectorAll('.tf-date').forEach(function(e){var s=Math.floor(Date.now()/1000)-Number(e.dataset.time);var d=Math.floor(s/86400);if(d>0)e.textContent=d.toLocaleString('fa-IR')+' روز پیش';});</script>
</body>
</html>
`;
    },
  },

  // A science-news blog built with Hugo and the PaperMod theme: article:published_time and a
  // JSON-LD BlogPosting (with the plain articleBody), the post-meta date Gregorian with the Go time
  // in a title attribute; the description under the title is the lead; cover figure with a caption
  // paragraph; a table of contents that repeats the subheadings; <h2> with hidden «#» anchors;
  // «بیشتر بخوانید:» paragraph; tags, prev/next navigation, share buttons, related posts; no comments
  // (only a giscus script).
  hugo: {
    site: 'رصدنامه',
    boiler: ['فهرست مطالب', 'بیشتر بخوانید:', '« قبلی', 'نوشته‌های مرتبط', 'ساخته شده با', 'بایگانی', 'جستجو'],
    render: (c) => {
      const heads = c.a.paras.filter(isHead).map(plain);
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>${esc(c.a.title)} | رصدنامه</title>
<meta name="keywords" content="${esc(c.a.tags.join(', '))}">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="author" content="${esc(c.a.author ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.d7fb3c1a.css" integrity="sha256-1/s8GvN4XJ0i2y1kk+Eh1w7tcG2TLAuEeA1dyMqOB3Y=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://rasadnameh.ir/favicon.ico">
<meta name="generator" content="Hugo 0.128.0">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="رصدنامه">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:locale" content="fa-ir">
<meta property="og:type" content="article">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:modified_time" content="${c.iso}">
${c.a.tags.map((t) => `<meta property="article:tag" content="${esc(t)}">`).join('\n')}
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'نوشته‌ها', item: 'https://rasadnameh.ir/posts/' }, { '@type': 'ListItem', position: 2, name: c.a.title, item: c.a.url }] })}</script>
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'BlogPosting', headline: c.a.title, name: c.a.title, description: c.a.lead, keywords: c.a.tags,
  articleBody: c.a.paras.map(plain).join('\n'), wordCount: c.a.paras.map(plain).join(' ').split(/\s+/).length, inLanguage: 'fa',
  image: 'https://rasadnameh.ir/posts/sodium-ion-pilot-line/cover.jpg', datePublished: c.iso, dateModified: c.iso,
  author: [{ '@type': 'Person', name: c.a.author }], mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url },
  publisher: { '@type': 'Organization', name: 'رصدنامه', logo: { '@type': 'ImageObject', url: 'https://rasadnameh.ir/favicon.ico' } },
})}</script>
</head>
<body class="" id="top">
<script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://rasadnameh.ir/" accesskey="h" title="رصدنامه (Alt + H)">رصدنامه</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu"><li><a href="https://rasadnameh.ir/posts/" title="نوشته‌ها"><span>نوشته‌ها</span></a></li><li><a href="https://rasadnameh.ir/tags/" title="برچسب‌ها"><span>برچسب‌ها</span></a></li><li><a href="https://rasadnameh.ir/archives/" title="بایگانی"><span>بایگانی</span></a></li><li><a href="https://rasadnameh.ir/search/" title="جستجو (Alt + /)" accesskey="/"><span>جستجو</span></a></li><li><a href="https://rasadnameh.ir/about/" title="درباره"><span>درباره</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
 <header class="post-header">
  <div class="breadcrumbs"><a href="https://rasadnameh.ir/">خانه</a>&nbsp;»&nbsp;<a href="https://rasadnameh.ir/posts/">نوشته‌ها</a></div>
  <h1 class="post-title entry-hint-parent">${esc(c.a.title)}</h1>
  <div class="post-description">${esc(c.a.lead ?? '')}</div>
  <div class="post-meta"><span title='${goTime(c)}'>${gDate(c)}</span>&nbsp;·&nbsp;${persian(4)} دقیقه&nbsp;·&nbsp;${esc(c.a.author ?? '')}</div>
 </header>
 <figure class="entry-cover"><img loading="eager" src="https://rasadnameh.ir/posts/sodium-ion-pilot-line/cover.jpg" alt="${esc(c.a.caption)}"><p>${esc(c.a.caption)} | ${esc(c.a.credit)}</p></figure>
 <div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">فهرست مطالب</span></summary><div class="inner"><ul>
${heads.map((h) => `<li><a href="#${esc(hugoId(h))}" aria-label="${esc(h)}">${esc(h)}</a></li>`).join('\n')}
 </ul></div></details></div>
 <div class="post-content">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h2 id="${hugoId(t)}">${t}<a hidden class="anchor" aria-hidden="true" href="#${hugoId(t)}">#</a></h2>`, '',
  `<p><strong>بیشتر بخوانید:</strong> <a href="https://rasadnameh.ir/posts/perovskite-solar-record/">${esc(c.a.inline ?? '')}</a></p>`)}
 </div>
 <footer class="post-footer">
  <ul class="post-tags">${c.a.tags.map((t) => `<li><a href="https://rasadnameh.ir/tags/${encodeURIComponent(t.replace(/ /g, '-'))}/">${esc(t)}</a></li>`).join('')}</ul>
  <nav class="paginav"><a class="prev" href="https://rasadnameh.ir/posts/iran-seismic-network/"><span class="title">« قبلی</span><br><span>${esc(c.a.mostRead[0])}</span></a> <a class="next" href="https://rasadnameh.ir/posts/tehran-air-sensors/"><span class="title">بعدی »</span><br><span>${esc(c.a.mostRead[1])}</span></a></nav>
  <ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?url=${esc(c.a.url)}"><svg viewBox="0 0 512 512" height="30" width="30"><path d="M512 62.554V449.446"></path></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on telegram" href="https://telegram.me/share/url?url=${esc(c.a.url)}"><svg viewBox="2 2 28 28" height="30" width="30"><path d="M26.49,29.86H5.5"></path></svg></a></li></ul>
 </footer>
 <div class="related-posts"><h3>نوشته‌های مرتبط</h3><ul>
${c.a.related.map((t, i) => `<li><a href="https://rasadnameh.ir/posts/related-${i + 1}/">${esc(t)}</a></li>`).join('\n')}
 </ul></div>
 <script src="https://giscus.app/client.js" data-repo="rasadnameh/comments" data-repo-id="R_kgDOL7x2Qw" data-mapping="pathname" data-lang="fa" crossorigin="anonymous" async></script>
</article>
</main>
<footer class="footer"><span>&copy; ${persian(1404)} <a href="https://rasadnameh.ir/">رصدنامه</a></span> · <span>ساخته شده با <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> و <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>var mybutton=document.getElementById("top-link");window.onscroll=function(){mybutton.style.visibility=document.documentElement.scrollTop>800?"visible":"hidden"};</script>
</body>
</html>
`;
    },
  },

  // Cinema Press: JSON-LD @graph (BreadcrumbList + NewsArticle) whose datePublished has the offset
  // WITHOUT a colon («+0330», as PHP's date('O') writes it); visible Jalali date and time; service
  // and code line; rootitr; lead in a div; photo with caption and credit spans between lead and
  // body; interview questions as bold paragraphs; «بیشتر بخوانید:» list; short link; comments.
  cinemapress: {
    site: 'سینماپرس',
    boiler: ['کد خبر', 'بیشتر بخوانید:', 'لینک کوتاه', 'اخبار مرتبط', 'پربیننده‌ترین اخبار', 'نظرات', 'کلیه حقوق این سایت متعلق به خبرگزاری سینمایی سینماپرس است', 'سینمای جهان'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - سینماپرس</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="سینماپرس">
<meta property="og:image" content="https://cinemapress.ir/images/news/${c.id}/main.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@graph': [
    { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'سینماپرس', item: 'https://cinemapress.ir/' }, { '@type': 'ListItem', position: 2, name: c.a.kicker, item: 'https://cinemapress.ir/service/iran-cinema' }] },
    { '@type': 'NewsArticle', '@id': `${c.a.url}#article`, headline: c.a.title, description: c.a.lead, datePublished: isoNoColon(c), dateModified: isoNoColon(c), inLanguage: 'fa-IR',
      image: { '@type': 'ImageObject', url: `https://cinemapress.ir/images/news/${c.id}/main.jpg`, width: 1000, height: 563 }, author: { '@type': 'Organization', name: 'سینماپرس' },
      publisher: { '@type': 'NewsMediaOrganization', name: 'سینماپرس', logo: { '@type': 'ImageObject', url: 'https://cinemapress.ir/images/logo.png' } }, mainEntityOfPage: c.a.url },
  ],
})}</script>
</head>
<body>
<div class="cp-top"><span>${weekday(c)} ${faDate(c)}</span> <span class="cp-slogan">خبرگزاری تخصصی سینمای ایران و جهان</span></div>
<header class="cp-header"><a href="https://cinemapress.ir/"><img src="https://cinemapress.ir/images/logo.png" alt="سینماپرس"></a>
<nav class="cp-nav"><a href="https://cinemapress.ir/service/iran-cinema">${esc(c.a.kicker)}</a> <a href="https://cinemapress.ir/service/world-cinema">سینمای جهان</a> <a href="https://cinemapress.ir/service/tv">تلویزیون</a> <a href="https://cinemapress.ir/service/festival">جشنواره</a> <a href="https://cinemapress.ir/service/interview">گفت‌وگو</a> <a href="https://cinemapress.ir/service/review">نقد</a> <a href="https://cinemapress.ir/multimedia">چندرسانه‌ای</a></nav></header>
<main class="cp-main">
<div class="cp-news">
 <div class="cp-news-top"><span class="cp-service">سرویس: ${esc(c.a.kicker)}</span> <span class="cp-code">کد خبر: ${persian(c.id)}</span> <span class="cp-date">تاریخ انتشار: ${weekday(c)} ${faDate(c)} - ${faTime(c)}</span></div>
 <div class="cp-rootitr">گفت‌وگو با کارگردان فیلم برگزیده فجر</div>
 <h1 class="cp-title">${esc(c.a.title)}</h1>
 <div class="cp-lead"><p>${esc(c.a.lead ?? '')}</p></div>
 <div class="cp-image"><img src="https://cinemapress.ir/images/news/${c.id}/main.jpg" alt=""><span class="cp-caption">${esc(c.a.caption)}</span> <span class="cp-credit">${esc(c.a.credit)}</span></div>
 <div class="cp-body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<div class="cp-see"><span>بیشتر بخوانید:</span><ul><li><a href="https://cinemapress.ir/news/${Number(c.id) - 1402}">${esc(c.a.inline ?? '')}</a></li></ul></div>`,
  (t) => `<p class="cp-q"><strong>${t}</strong></p>`)}
 </div>
 <div class="cp-tags">${tagLinks(c, 'https://cinemapress.ir/tag/', ' ')}</div>
 <div class="cp-share"><span>لینک کوتاه: cinemapress.ir/news/${c.id}</span> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a></div>
</div>
<section class="cp-box"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://cinemapress.ir/news/', Number(c.id) - 760)}
</ul></section>
<section class="cp-box cp-comments"><h2>نظرات <small>(${persian(c.a.comments.length)})</small></h2>
${comments(c, (n, t) => `<div class="cp-cm"><b>${n}</b><p>${t}</p><a href="#reply">پاسخ</a></div>`)}
<form><input placeholder="نام"><textarea placeholder="نظر شما"></textarea><button>ارسال</button></form></section>
<aside class="cp-box"><h2>پربیننده‌ترین اخبار</h2><ol>
${li(c.a.mostRead, 'https://cinemapress.ir/news/', Number(c.id) - 2900)}
</ol></aside>
</main>
<footer class="cp-footer">کلیه حقوق این سایت متعلق به خبرگزاری سینمایی سینماپرس است.</footer>
</body>
</html>
`,
  },

  // Khorasan daily: RDFa Lite (vocab/typeof NewsArticle); the date on a visible
  // <span property="datePublished" content="…T00:10:00+03:30"> that shows only the Jalali day (the
  // print edition goes online after midnight); issue number and page label; rootitr; desk byline;
  // lead div; photo after paragraph 2; «در همین صفحه بخوانید:» line; PDF link; other stories of
  // the same print page; one comment.
  khorasan: {
    site: 'روزنامه خراسان',
    boiler: ['در همین صفحه بخوانید:', 'دانلود PDF صفحه', 'سایر مطالب این صفحه', 'پربازدیدترین‌ها', 'نظرات', 'تمامی حقوق مادی و معنوی این سایت متعلق به مؤسسه فرهنگی و مطبوعاتی خراسان است', 'آرشیو روزنامه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | روزنامه خراسان</title>
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="روزنامه خراسان">
<meta property="og:image" content="https://khorasannews.com/Images/News/Larg_Pic/${c.id}.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<header class="kh-head"><a class="kh-logo" href="https://khorasannews.com/"><img src="https://khorasannews.com/images/logo.png" alt="روزنامه خراسان"></a>
<div class="kh-issue">شماره ${persian(21874)} | ${weekday(c)} ${faDate(c)}</div>
<nav class="kh-nav"><a href="https://khorasannews.com/">صفحه اول</a> <a href="https://khorasannews.com/page/2">سیاسی</a> <a href="https://khorasannews.com/page/3">اقتصادی</a> <a href="https://khorasannews.com/page/6">اجتماعی</a> <a href="https://khorasannews.com/page/14">${esc(c.a.kicker)}</a> <a href="https://khorasannews.com/page/9">زندگی سالم</a> <a href="https://khorasannews.com/page/12">خراسان رضوی</a> <a href="https://khorasannews.com/archive">آرشیو روزنامه</a></nav></header>
<main class="kh-main">
<article class="kh-article" vocab="https://schema.org/" typeof="NewsArticle">
 <div class="kh-page-label">صفحه ${persian(14)} - ${esc(c.a.kicker)}</div>
 <h2 class="kh-rutitr" property="alternativeHeadline">اردوی آمادگی قهرمانی آسیا در مشهد</h2>
 <h1 class="kh-title" property="headline">${esc(c.a.title)}</h1>
 <div class="kh-meta"><span property="author" typeof="Person"><span property="name">${esc(c.a.author ?? '')}</span></span> <span class="kh-date" property="datePublished" content="${c.iso}">${faDate(c)}</span> <span class="kh-code">کد خبر: ${persian(c.id)}</span></div>
 <div class="kh-lead" property="description">${esc(c.a.lead ?? '')}</div>
 <div class="kh-body" property="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<div class="kh-pic"><img property="image" src="https://khorasannews.com/Images/News/Larg_Pic/${c.id}.jpg" alt=""><div class="kh-pic-cap">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>`,
  `<p class="kh-ref">در همین صفحه بخوانید: <a href="https://khorasannews.com/news/${Number(c.id) - 4}">${esc(c.a.inline ?? '')}</a></p>`)}
 </div>
 <div class="kh-pdf"><a href="https://khorasannews.com/pdf/1404/12/${Number(c.d)}/p14.pdf">دانلود PDF صفحه ${esc(c.a.kicker)}</a></div>
 <div class="kh-tags">${tagLinks(c, 'https://khorasannews.com/tag/', ' ')}</div>
</article>
<section class="kh-box"><h2>سایر مطالب این صفحه</h2><ul>
${li(c.a.related, 'https://khorasannews.com/news/', Number(c.id) - 3)}
</ul></section>
<section class="kh-box kh-comments"><h2>نظرات</h2>
${comments(c, (n, t) => `<div class="kh-cm"><strong>${n}</strong><p>${t}</p></div>`)}
<form><input placeholder="نام"><textarea placeholder="نظر خود را بنویسید"></textarea><button>ثبت نظر</button></form></section>
<aside class="kh-box"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://khorasannews.com/news/', Number(c.id) - 880)}
</ol></aside>
</main>
<footer class="kh-footer">تمامی حقوق مادی و معنوی این سایت متعلق به مؤسسه فرهنگی و مطبوعاتی خراسان است.</footer>
</body>
</html>
`,
  },

  // A local news site built with Wix (Thunderbolt renderer, Wix Blog post page): generator meta,
  // JSON-LD BlogPosting with datePublished in UTC «…Z» with milliseconds; the visible date is
  // GREGORIAN without year or time («۱۰ مارس»); lead as the bold first rich-text paragraph;
  // Ricos rich-content paragraphs; image viewer with caption; an in-body link-preview card;
  // tags, share buttons, views/likes, recent posts, Wix comments. The page LOST EVERY ZWNJ.
  wix: {
    site: 'صدای کشکان',
    boiler: ['زمان مطالعه', 'پست‌های اخیر', 'مشاهده همه', 'دیدگاه‌ها', 'نوشتن دیدگاه...', 'ساخته‌شده با Wix.com', 'پست‌های مرتبط', 'بازدید'],
    render: (c) => {
      const vid = (i: number) => `viewer-${(0x3f1a2 + i * 977).toString(36)}`;
      const lead = `<p class="_2Q4O5 public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-rtl" dir="rtl" id="${vid(0)}"><span style="font-weight:bold">${esc(c.a.lead ?? '')}</span></p>`;
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8c1f2e_4b7d1c0a2f9e4c1b8d3a7e6f5c4b3a21~mv2.png/v1/fill/w_192,h_192,lg_1,usm_0.66_1.00_0.01/8c1f2e_4b7d1c0a2f9e4c1b8d3a7e6f5c4b3a21~mv2.png" type="image/png">
<title>${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:image" content="https://static.wixstatic.com/media/8c1f2e_9a0b1c2d3e4f~mv2.jpg/v1/fill/w_1000,h_563,al_c,q_85/image.jpg">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="صدای کشکان">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'BlogPosting', mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url }, headline: c.a.title, description: c.a.lead,
  image: { '@type': 'ImageObject', url: 'https://static.wixstatic.com/media/8c1f2e_9a0b1c2d3e4f~mv2.jpg', width: 1000, height: 563 },
  datePublished: utcIsoMs(c), dateModified: utcIsoMs(c), author: { '@type': 'Person', name: c.a.author, url: 'https://www.sedayekashkan.com/profile/farhad/profile' },
  publisher: { '@type': 'Organization', name: 'صدای کشکان', logo: { '@type': 'ImageObject', url: 'https://static.wixstatic.com/media/8c1f2e_4b7d1c0a2f9e4c1b8d3a7e6f5c4b3a21~mv2.png' } },
})}</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt_bootstrap.0a1b2c3d.min.css">.font_8{font:normal normal normal 17px/1.6em vazirmatn,sans-serif}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lq1x7k2a" class="HcOXKn SxM0TO QxJLC3 comp-lq1x7k2a wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text"><a href="https://www.sedayekashkan.com" class="wixui-rich-text__text">صدای کشکان</a></h2></div>
<div id="comp-lq1x9b3c" class="comp-lq1x9b3c wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">اخبار پلدختر و کوهدشت</p></div>
<nav id="comp-lq1xa4d5" aria-label="سایت" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul><li><a data-testid="linkElement" href="https://www.sedayekashkan.com">صفحه اصلی</a></li><li><a data-testid="linkElement" href="https://www.sedayekashkan.com/blog">همه خبرها</a></li><li><a data-testid="linkElement" href="https://www.sedayekashkan.com/blog/categories/${encodeURIComponent(c.a.kicker)}">${esc(c.a.kicker)}</a></li><li><a data-testid="linkElement" href="https://www.sedayekashkan.com/about">درباره ما</a></li><li><a data-testid="linkElement" href="https://www.sedayekashkan.com/contact">تماس</a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPAMultiSection_lq1y2b8f" class="TPAMultiSection_lq1y2b8f"><div data-hook="post-page">
<article data-hook="post" class="blog-post-page">
 <div data-hook="post-header" class="post-header"><div class="post-metadata"><img data-hook="avatar-image" src="https://static.wixstatic.com/media/8c1f2e_avatar~mv2.jpg/v1/fill/w_32,h_32/avatar.jpg" alt="" width="32" height="32"> <span data-hook="user-name" class="user-name">${esc(c.a.author ?? '')}</span> <span data-hook="time-ago" class="post-metadata__date time-ago" title="${gDate(c)}">${persian(Number(c.g.d))} ${G_MONTHS[Number(c.g.m) - 1]}</span> <span>·</span> <span data-hook="time-to-read" class="post-metadata__readTime">${persian(3)} دقیقه زمان مطالعه</span></div></div>
 <h1 data-hook="post-title" class="blog-post-title-font post-title">${esc(c.a.title)}</h1>
 <div data-hook="post-description" class="post-content"><div class="post-content__body"><div data-id="rich-content-viewer" class="rich-content-viewer" dir="rtl">
${lead}
${bodyHtml(c, (t, i) => `<p class="_2Q4O5 public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-rtl" dir="rtl" id="${vid(i + 1)}">${t}</p>`, (t) => `<h2 dir="rtl" class="_1Ql0o">${t}</h2>`,
  `<div data-hook="imageViewer" class="image-viewer"><figure><img src="https://static.wixstatic.com/media/8c1f2e_9a0b1c2d3e4f~mv2.jpg/v1/fill/w_740,h_416,al_c,q_85/image.jpg" alt="" width="740" height="416"><figcaption data-hook="imageViewerCaption" class="image-caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure></div>`,
  `<div data-hook="linkPreviewViewer" class="link-preview"><a href="https://www.sedayekashkan.com/post/sail-1398" target="_blank" rel="noopener noreferrer"><div class="link-preview__title">${esc(c.a.inline ?? '')}</div><div class="link-preview__description">بازخوانی گزارش‌های کارشناسی پس از سیل پلدختر</div><div class="link-preview__url">sedayekashkan.com</div></a></div>`)}
 </div></div></div>
 <nav aria-label="برچسب‌ها" class="post-tags"><ul>${c.a.tags.map((t) => `<li><a href="https://www.sedayekashkan.com/blog/tags/${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a></li>`).join('')}</ul></nav>
 <div data-hook="post-main-actions"><button aria-label="اشتراک‌گذاری از طریق فیسبوک">f</button><button aria-label="اشتراک‌گذاری از طریق ایکس">x</button><button aria-label="اشتراک‌گذاری از طریق لینکدین">in</button><button aria-label="اشتراک‌گذاری از طریق پیوند">🔗</button></div>
 <div data-hook="post-footer" class="post-footer"><span data-hook="view-count">${persian(418)} بازدید</span> <span data-hook="comment-count">${persian(c.a.comments.length)} دیدگاه</span> <button data-hook="like-button" aria-label="پست مورد پسند واقع نشد">${persian(17)}</button></div>
</article>
<section data-hook="related-posts" class="related-posts"><h2>پست‌های مرتبط</h2> <a href="https://www.sedayekashkan.com/blog">مشاهده همه</a><ul>
${c.a.related.map((t, i) => `<li><a href="https://www.sedayekashkan.com/post/related-${i + 1}">${esc(t)}</a></li>`).join('\n')}
</ul></section>
<section data-hook="comments" class="comments-widget"><h2>دیدگاه‌ها</h2><div class="comment-box"><button>نوشتن دیدگاه...</button></div>
${comments(c, (n, t) => `<div data-hook="comment" class="comment"><span data-hook="author-name">${n}</span><div data-hook="comment-content"><p>${t}</p></div><button>پاسخ</button></div>`)}
</section>
<section data-hook="recent-posts" class="recent-posts"><h2>پست‌های اخیر</h2><ul>
${c.a.mostRead.map((t, i) => `<li><a href="https://www.sedayekashkan.com/post/recent-${i + 1}">${esc(t)}</a></li>`).join('\n')}
</ul></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">© ${persian(1404)} صدای کشکان. ساخته‌شده با Wix.com</p></div></footer>
</div></div></div></div>
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[]},"ooi":{"failedInSsr":{}}}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.3b1e9f0c.bundle.min.js" async></script>
</body>
</html>
`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'sepid-kidney-transplant-queue', site: 'sepid', inlineAt: 3, author: 'الهام رستگار',
    inline: 'داروهای پس از پیوند؛ کمبودی که بیماران را به بازار آزاد می‌کشاند',
    url: 'https://sepidonline.ir/news/129041/صف-پیوند-کلیه-از-۲۵-هزار-نفر-گذشت',
    title: 'صف پیوند کلیه از ۲۵ هزار نفر گذشت؛ اهدای عضو ۱۸ درصد کم شد',
    kicker: 'سلامت', date: '۳ اسفند ۱۴۰۴ - ۰۹:۳۰',
    lead: 'شمار بیماران در انتظار پیوند کلیه در کشور از ۲۵ هزار نفر گذشته است؛ در حالی که موارد اهدای عضو از بیماران مرگ مغزی از ابتدای امسال تا پایان بهمن، در مقایسه با مدت مشابه سال قبل ۱۸ درصد کاهش یافته است.',
    paras: [
      'به گزارش سپید، بر اساس آمار اداره پیوند و بیماری‌های خاص وزارت بهداشت، در ۱۱ ماه گذشته ۷۴۰ مورد اهدای عضو از بیماران مرگ مغزی در کشور ثبت شده که این رقم در مدت مشابه سال گذشته ۹۰۲ مورد بود. در همین مدت ۲ هزار و ۱۸۶ پیوند کلیه انجام شده که حدود ۳۵ درصد آن از اهداکنندگان زنده بوده است.',
      'فرهاد مقدم‌نیا، رئیس اداره پیوند و بیماری‌های خاص وزارت بهداشت، روز شنبه در نشستی خبری گفت: هر اهداکننده مرگ مغزی می‌تواند جان تا هشت بیمار را نجات دهد، اما امروز تنها در حدود ۴۰ درصد موارد رضایت خانواده‌ها جلب می‌شود. در برخی استان‌ها این رقم حتی به کمتر از ۲۵ درصد می‌رسد.',
      'وی افزود: کمبود تخت مراقبت ویژه و نبود هماهنگ‌کننده پیوند در بیمارستان‌های شهرستان‌ها باعث می‌شود بسیاری از بیماران مرگ مغزی اصلاً شناسایی نشوند. به گفته مقدم‌نیا، سالانه دست‌کم دو هزار و ۵۰۰ بیمار مرگ مغزی در بیمارستان‌های کشور بستری می‌شوند که کمتر از ۳۰ درصد آنها به اهداکننده عضو تبدیل می‌شوند.',
      'محبوبه رنجبر، بیمار ۴۶ ساله‌ای از ورامین، هفت سال است که هفته‌ای سه بار دیالیز می‌شود. او به سپید گفت: هر جلسه دیالیز چهار ساعت طول می‌کشد و رفت‌وآمد به بیمارستان تقریباً همه روزهایم را گرفته است. یک بار تا آستانه پیوند رفتم، اما آزمایش‌ها نشان داد کلیه اهدایی با بدنم سازگار نیست.',
      'نایب‌رئیس انجمن نفرولوژی ایران، سیاوش نوربخش، با اشاره به اینکه دیابت و فشار خون بالا عامل نزدیک به ۶۰ درصد موارد نارسایی مزمن کلیه است، تصریح کرد: اگر غربالگری این دو بیماری در شبکه بهداشت جدی گرفته شود، می‌توان ورود بیماران تازه به دیالیز را کند کرد. امروز حدود ۴۲ هزار بیمار در کشور دیالیز می‌شوند و هزینه سالانه دیالیز هر بیمار برای نظام سلامت از ۶۰۰ میلیون تومان گذشته است.',
      'نوربخش همچنین خاطرنشان کرد که هزینه دیالیز یک بیمار در پنج سال، یک و نیم برابر هزینه پیوند کلیه و داروهای پس از آن است و پیوند از نظر اقتصادی هم به صرفه‌تر است.',
      'انجمن اهدای عضو ایرانیان نیز اعلام کرد شمار دارندگان کارت اهدای عضو امسال با ۱۲۰ هزار نفر افزایش به حدود ۵ میلیون و ۶۰۰ هزار نفر رسیده، اما این کارت از نظر قانونی جایگزین رضایت خانواده نیست.',
      'ماه گذشته خانواده آرین صادقی، جوان ۱۹ ساله‌ای که پس از تصادف در بیمارستان امام رضا (ع) مشهد دچار مرگ مغزی شد، با اهدای اعضای او به شش بیمار زندگی دوباره بخشیدند.',
    ],
    tags: ['پیوند کلیه', 'اهدای عضو', 'مرگ مغزی', 'دیالیز'],
    caption: 'بخش دیالیز یکی از بیمارستان‌های آموزشی تهران', credit: 'عکس: آرشیو سپید',
    related: ['تعرفه دیالیز برای سال ۱۴۰۵ اعلام شد', 'نخستین پیوند ریه در شیراز با موفقیت انجام شد', 'بیمه سلامت هزینه داروهای پیوند را پوشش می‌دهد'],
    mostRead: ['زمان تزریق واکسن آنفلوآنزا گذشت؟', 'فهرست داروهای کمیاب بهمن‌ماه', 'افزایش تعرفه پزشکان در سال آینده', 'علائم کمبود ویتامین D در زمستان'],
    comments: [['پرستار بخش دیالیز', 'خانواده‌ها باید پیش از هر چیز از تیم پیوند اطلاعات درست بگیرند.'], ['مریم', 'پدرم دو سال است در صف پیوند است.']],
    speakers: [
      { name: 'فرهاد مقدم‌نیا', role: 'رئیس اداره پیوند و بیماری‌های خاص وزارت بهداشت', also_called: ['وی', 'مقدم‌نیا'], statements: 3 },
      { name: 'محبوبه رنجبر', role: 'بیمار ۴۶ ساله‌ای از ورامین', also_called: ['او'], statements: 1 },
      { name: 'سیاوش نوربخش', role: 'نایب‌رئیس انجمن نفرولوژی ایران', also_called: ['نوربخش'], statements: 2 },
    ],
    speakers_never: ['انجمن اهدای عضو ایرانیان', 'آرین صادقی'],
    figures: [
      { value: 25000, unit: 'نفر', kind: 'count', about: 'بیماران در انتظار پیوند کلیه (lead, «از ۲۵ هزار نفر گذشته»)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'کاهش اهدای عضو' },
      { value: 740, unit: 'مورد', kind: 'count', about: 'اهدای عضو در ۱۱ ماه امسال' },
      { value: 902, unit: 'مورد', kind: 'count', about: 'اهدای عضو در مدت مشابه سال گذشته' },
      { value: 2186, unit: 'پیوند', kind: 'count', about: '«۲ هزار و ۱۸۶ پیوند کلیه»' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'سهم اهداکنندگان زنده' },
      { value: 8, unit: 'بیمار', kind: 'count', about: '«جان تا هشت بیمار» (count in words)' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'موارد جلب رضایت خانواده' },
      { value: 25, unit: 'درصد', kind: 'percent', about: '«کمتر از ۲۵ درصد» در برخی استان‌ها' },
      { value: 2500, unit: 'بیمار', kind: 'count', about: '«دو هزار و ۵۰۰ بیمار» مرگ مغزی در سال (words + digits)' },
      { value: 30, unit: 'درصد', kind: 'percent', about: '«کمتر از ۳۰ درصد» تبدیل به اهداکننده' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم دیابت و فشار خون در نارسایی کلیه' },
      { value: 42000, unit: 'بیمار', kind: 'count', about: 'بیماران دیالیزی کشور' },
      { value: 600000000, unit: 'تومان', kind: 'money', about: 'هزینه سالانه دیالیز هر بیمار («از ۶۰۰ میلیون تومان گذشته»)' },
      { value: 1.5, unit: 'برابر', kind: 'count', about: '«یک و نیم برابر» هزینه پیوند' },
      { value: 120000, unit: 'نفر', kind: 'count', about: 'افزایش دارندگان کارت اهدای عضو' },
      { value: 5600000, unit: 'نفر', kind: 'count', about: '«۵ میلیون و ۶۰۰ هزار نفر» دارنده کارت' },
      { value: 6, unit: 'بیمار', kind: 'count', about: '«شش بیمار» گیرنده اعضای آرین صادقی' },
    ],
    figures_never: ['«۱۱ ماه گذشته», «هفت سال», «چهار ساعت», «پنج سال»: durations', '«۴۶ ساله», «۱۹ ساله»: ages', '«هفته‌ای سه بار»: a frequency', '«یک بار», «یک بیمار»: lone «یک»', '«این دو بیماری»: anaphoric', '«هر بیمار», «سالانه»: bases'],
    notes: [
      'Health news on a Nuxt 2 app (Sepid: data-n-head meta tags; article:published_time in UTC «…Z» with milliseconds, the same instant as the +03:30 gold, repeated in the window.__NUXT__ payload; the visible date has no time; cover photo with caption before the lead; «مطالب پیشنهادی» box inside the body).',
      'statements: Moghaddamnia: «گفت:» (two-sentence quote, once), «وی افزود:» (one), «به گفته مقدم‌نیا» (one) = 3; Ranjbar: «او به سپید گفت:» (multi-sentence quote, once) = 1 («هفت سال است که … دیالیز می‌شود» is narration); Nourbakhsh: introduced as «ROLE، NAME،» and «با اشاره به اینکه … تصریح کرد:» (one sentence, multi-sentence quote, once), «نوربخش همچنین خاطرنشان کرد که …» = 2.',
      'The organ-donation society («اعلام کرد») is an organization; the donor Arian Sadeghi is only mentioned. «تا هشت بیمار» and «شش بیمار» are counts in words; «یک و نیم برابر» is 1.5 برابر.',
    ],
  },
  {
    name: 'iana-desert-locust-south', site: 'iana', photoAt: 1, inlineAt: 4,
    inline: 'پیش‌بینی افزایش ۱۵ درصدی تولید خرما در هرمزگان',
    url: 'https://iana.ir/fa/news/247318/ملخ-صحرایی-به-۱۸-هزار-هکتار-از-اراضی-جنوب-رسید',
    title: 'ملخ صحرایی به ۱۸ هزار هکتار از اراضی جنوب رسید؛ سمپاشی با پهپاد آغاز شد',
    kicker: 'حفظ نباتات', date: '۴ اسفند ۱۴۰۴ - ۱۱:۴۵',
    lead: 'نخستین موج ملخ صحرایی امسال از سواحل جنوبی وارد هرمزگان و سیستان و بلوچستان شده و تاکنون ۱۸ هزار هکتار از اراضی کشاورزی و مراتع این دو استان آلوده شناخته شده است.',
    paras: [
      'به گزارش ایانا، بر اساس اعلام سازمان حفظ نباتات کشور، دسته‌های ملخ از اواخر بهمن از سمت سواحل عمان وارد کشور شده‌اند. ۱۴۶ اکیپ زمینی و ۸ فروند پهپاد سمپاش در شهرستان‌های جاسک، سیریک، چابهار و دشتیاری مستقر شده‌اند و تاکنون ۱۱ هزار و ۲۰۰ هکتار سمپاشی شده است.',
      'معاون کنترل آفات سازمان حفظ نباتات کشور، حمید کاظمی‌راد، در گفت‌وگو با ایانا اظهار کرد: وضعیت امسال بسیار بهتر از سال ۱۳۹۸ است که بزرگ‌ترین هجوم ملخ در نیم قرن اخیر را تجربه کردیم، اما بارندگی‌های پاییزه در کشورهای همسایه شرایط تخم‌ریزی گسترده را فراهم کرده است. اگر مبارزه در همین مرحله پورگی کامل نشود، در فروردین با نسل دوم و جمعیتی چند برابر روبه‌رو خواهیم بود.',
      'وی با بیان اینکه برای مبارزه امسال ۲۸۰ هزار لیتر سم تأمین شده است، افزود: بیش از ۹۰ درصد سموم مصرفی کم‌خطر و با منشأ زیستی است و در نزدیکی کندوهای زنبور عسل و مزارع صیفی، سمپاشی فقط با هماهنگی کشاورزان انجام می‌شود.',
      'به گفته کاظمی‌راد، در صورت گسترش آلودگی، دو میلیون و سیصد هزار هکتار از اراضی جنوب کشور در معرض خطر قرار می‌گیرد.',
      'علی‌اصغر درخشان، رئیس سازمان جهاد کشاورزی هرمزگان، نیز عنوان کرد که بیشترین خسارت تاکنون به مزارع گوجه‌فرنگی و نخلستان‌های جاسک وارد شده و حدود ۹۰۰ هکتار از مزارع گوجه‌فرنگی این شهرستان بین ۲۰ تا ۴۰ درصد خسارت دیده است.',
      '«سه روز پیش ابری از ملخ روی مزرعه نشست و تا غروب برگ نصف بوته‌ها را خورد. اکیپ سمپاشی فردایش آمد، اما برای بخشی از محصول دیر شده بود.» این را عبدالکریم بلوچی، کشاورز ۵۸ ساله روستای گابریک، به خبرنگار ایانا گفت.',
      'او می‌گوید برای هر هکتار گوجه‌فرنگی بیش از ۳۵۰ میلیون تومان هزینه کرده و هنوز هیچ کارشناس بیمه‌ای برای ارزیابی خسارت به مزرعه‌اش نیامده است.',
      'صندوق بیمه کشاورزی در پاسخ اعلام کرده است خسارت ملخ در محصولات بیمه‌شده پس از ارزیابی کارشناسان تا سقف ٪۷۰ ارزش محصول جبران می‌شود.',
      'معاون سازمان حفظ نباتات همچنین از آموزش ۳ هزار و ۴۰۰ کشاورز و بهره‌بردار برای شناسایی و گزارش دسته‌های ملخ از طریق سامانه پیامکی خبر داد.',
      'سازمان خواربار و کشاورزی ملل متحد (فائو) در تازه‌ترین گزارش خود وضعیت ملخ صحرایی در سواحل جنوبی ایران و پاکستان را در سطح «هشدار» ارزیابی کرده است. مبارزه با هجوم ملخ در سال ۱۳۹۸ حدود ۷۵۰ هزار هکتار از اراضی ۱۹ استان کشور را در بر گرفته بود.',
    ],
    tags: ['ملخ صحرایی', 'سازمان حفظ نباتات', 'هرمزگان', 'سیستان و بلوچستان'],
    caption: 'اکیپ سمپاشی ملخ در اراضی شهرستان جاسک', credit: 'عکس: ایانا',
    related: ['آغاز خرید تضمینی گندم از ۱۵ فروردین', 'خسارت سرمازدگی به باغ‌های پسته کرمان', 'قیمت جدید کود اوره برای کشاورزان'],
    mostRead: ['نرخ خرید تضمینی گندم ۱۴۰۵ اعلام شد', 'واردات نهاده‌های دامی ۲۰ درصد کم شد', 'زمان کاشت برنج در شمال تغییر می‌کند', 'بارش‌ها در حوضه‌های آبریز کشور ۳۰ درصد کمتر از نرمال'],
    comments: [['کشاورز جاسکی', 'اکیپ‌ها به روستاهای دور دیر می‌رسند.']],
    speakers: [
      { name: 'حمید کاظمی‌راد', role: 'معاون کنترل آفات سازمان حفظ نباتات کشور', also_called: ['وی', 'کاظمی‌راد', 'معاون سازمان حفظ نباتات'], statements: 4 },
      { name: 'علی‌اصغر درخشان', role: 'رئیس سازمان جهاد کشاورزی هرمزگان', also_called: [], statements: 1 },
      { name: 'عبدالکریم بلوچی', role: 'کشاورز ۵۸ ساله روستای گابریک', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['سازمان حفظ نباتات کشور', 'صندوق بیمه کشاورزی', 'سازمان خواربار و کشاورزی ملل متحد'],
    figures: [
      { value: 18000, unit: 'هکتار', kind: 'measure', about: 'اراضی آلوده (lead)' },
      { value: 146, unit: 'اکیپ', kind: 'count', about: 'اکیپ‌های زمینی' },
      { value: 8, unit: 'فروند', kind: 'count', about: 'پهپادهای سمپاش' },
      { value: 11200, unit: 'هکتار', kind: 'measure', about: '«۱۱ هزار و ۲۰۰ هکتار» سمپاشی‌شده' },
      { value: 280000, unit: 'لیتر', kind: 'measure', about: 'سم تأمین‌شده' },
      { value: 90, unit: 'درصد', kind: 'percent', about: '«بیش از ۹۰ درصد» سموم کم‌خطر' },
      { value: 2300000, unit: 'هکتار', kind: 'measure', about: '«دو میلیون و سیصد هزار هکتار» در معرض خطر (all in words)' },
      { value: 900, unit: 'هکتار', kind: 'measure', about: 'مزارع گوجه‌فرنگی خسارت‌دیده' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'خسارت، کف بازه' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'خسارت، سقف بازه' },
      { value: 350000000, unit: 'تومان', kind: 'money', about: 'هزینه هر هکتار گوجه‌فرنگی («بیش از ۳۵۰ میلیون تومان»)' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«٪۷۰» سقف جبران خسارت' },
      { value: 3400, unit: 'کشاورز', kind: 'count', about: '«۳ هزار و ۴۰۰ کشاورز» آموزش‌دیده' },
      { value: 750000, unit: 'هکتار', kind: 'measure', about: 'مبارزه در سال ۱۳۹۸' },
      { value: 19, unit: 'استان', kind: 'count', about: 'استان‌های درگیر در سال ۱۳۹۸' },
    ],
    figures_never: ['«سال ۱۳۹۸»: year', '«نیم قرن», «سه روز پیش»: durations', '«نسل دوم», «نخستین موج»: ordinals', '«۵۸ ساله»: age', '«نصف بوته‌ها», «چند برابر»: vague', '«هر هکتار»: the cost basis', '«این دو استان»: anaphoric'],
    notes: [
      'Agriculture news on a news-agency page (IANA: microdata NewsArticle; the date sits on a VISIBLE <span itemprop="datePublished" content="…+03:30">; uptitle; lead div with itemprop="description"; photo after paragraph 2 with a caption paragraph; in-body «مرتبط:» blockquote; hashtag tags; short link; comments). IANA (ایانا, agriculture) is not ANA (آنا, heldout7).',
      'statements: Kazemirad: introduced as «ROLE، NAME،» and «اظهار کرد:» (two-sentence quote, once), «وی با بیان اینکه … افزود:» (one), «به گفته کاظمی‌راد» (one), the role alone later «معاون سازمان حفظ نباتات همچنین از … خبر داد» (one) = 4; Derakhshan: «عنوان کرد که …» = 1; Balouchi: a quote paragraph closed by «این را عبدالکریم بلوچی … گفت.» (one), «او می‌گوید …» (indirect) = 2.',
      'The plant-protection organization (its figures «بر اساس اعلام»), the agricultural insurance fund («اعلام کرده است») and FAO are organizations. «دو میلیون و سیصد هزار هکتار» is written all in words; «بین ۲۰ تا ۴۰ درصد» gives both ends; «٪۷۰» is a percent written with the sign.',
    ],
  },
  {
    name: 'irdiplomacy-helmand-water-talks', site: 'irdiplomacy', inlineAt: 5, author: 'گروه افغانستان',
    inline: 'معاهده ۱۳۵۱ هیرمند؛ متنی که هر دو طرف به آن استناد می‌کنند',
    url: 'http://www.irdiplomacy.ir/fa/news/2034817',
    title: 'هیئت ایرانی در کابل؛ تهران خواستار تحویل حقابه هیرمند پیش از فصل کشت شد',
    kicker: 'افغانستان', date: '۱۱ اسفند ۱۴۰۴ - ۱۰:۱۵',
    lead: 'هیئتی از وزارت امور خارجه و وزارت نیرو روز یکشنبه برای گفت‌وگو درباره حقابه ایران از رودخانه هیرمند وارد کابل شد؛ در حالی که از ابتدای سال آبی جاری کمتر از ۴ درصد حقابه سالانه ایران به مرز رسیده است.',
    paras: [
      'به گزارش دیپلماسی ایرانی، بر اساس معاهده ۱۳۵۱ هیرمند، ایران در سال‌های آبی نرمال حق دریافت ۲۲ مترمکعب در ثانیه آب از این رودخانه را دارد که با ۴ مترمکعب در ثانیه دیگری که به عنوان «حسن نیت» در معاهده آمده، حجم سالانه آن به حدود ۸۲۰ میلیون مترمکعب می‌رسد.',
      'محمدصادق فرجادی، دستیار ویژه وزیر امور خارجه و رئیس هیئت ایرانی، پیش از ترک تهران در فرودگاه مهرآباد به خبرنگاران گفت: ما برای چانه‌زنی به کابل نمی‌رویم؛ حقابه ایران در معاهده مشخص است و طرف افغان باید سازوکار اجرای آن را روشن کند. در سال آبی گذشته تنها ۱۸ درصد حقابه ایران تحویل شد و مردم سیستان تحمل سال دیگری مثل پارسال را ندارند.',
      'وی تصریح کرد که بر اساس تصاویر ماهواره‌ای، سطح آب دریاچه پشت سد کمال‌خان در سه سال گذشته سه برابر شده و این نشان می‌دهد کمبود جریان در مرز فقط به خشکسالی مربوط نیست.',
      'در این هیئت مهرداد سلطانی‌نژاد، معاون وزیر نیرو در امور آب، و نمایندگانی از استانداری سیستان و بلوچستان نیز حضور دارند.',
      'در مقابل، عبدالرحمن حقیار، سخنگوی وزارت انرژی و آب حکومت طالبان، در گفت‌وگو با یک رسانه محلی خشکسالی را عامل اصلی کاهش جریان هیرمند خواند و گفت افغانستان به معاهده پایبند است، اما «وقتی آب نیست، چیزی برای فرستادن نداریم». به گفته او، بارش‌ها در حوضه آبریز هیرمند امسال ۳۲ درصد کمتر از میانگین بلندمدت بوده است.',
      'استانداری سیستان و بلوچستان نیز اعلام کرد چاه‌نیمه‌ها که آب شرب حدود یک میلیون نفر در شمال استان را تأمین می‌کنند، اکنون کمتر از ۱۵ درصد ظرفیت خود آب دارند.',
      'کیومرث یزدان‌پناه، دیپلمات پیشین و کارشناس مسائل افغانستان، معتقد است تهران نباید پرونده حقابه را از دیگر پرونده‌های دوجانبه جدا کند. او در گفت‌وگو با دیپلماسی ایرانی می‌گوید: افغانستان امروز به بندر چابهار، برق و سوخت ایران نیاز دارد. حجم تجارت دو کشور در ۱۰ ماه گذشته به ۲ میلیارد و ۸۰۰ میلیون دلار رسیده و این اهرمی است که نباید از آن غافل شد.',
      'دستیار ویژه وزیر امور خارجه پیش‌تر گفته بود هیئت ایرانی در کابل با وزیر انرژی و آب و معاون اقتصادی نخست‌وزیر طالبان دیدار خواهد کرد و نتیجه این گفت‌وگوها تا پایان هفته اعلام می‌شود.',
      'بر پایه برآورد مرکز پژوهش‌های مجلس، در یک دهه گذشته نزدیک به ۴۰۰ روستای دشت سیستان به دلیل بی‌آبی خالی از سکنه شده‌اند.',
    ],
    tags: ['هیرمند', 'حقابه', 'افغانستان', 'طالبان', 'سیستان'],
    caption: 'بستر خشک رودخانه هیرمند در مرز ایران و افغانستان', credit: 'عکس: ایرنا',
    related: ['چابهار و کریدور شمال-جنوب؛ فرصتی که از دست می‌رود؟', 'طالبان و همسایگان؛ کارنامه چهار سال', 'بازگشت مهاجران افغان و اقتصاد مرزی'],
    mostRead: ['مذاکرات عمان؛ دور بعد کی برگزار می‌شود؟', 'عراق و بحران برق تابستان', 'آینده روابط تهران و باکو', 'چرا ترکیه به بریکس نزدیک می‌شود؟'],
    comments: [['سیستانی', 'سال‌هاست همین وعده‌ها را می‌شنویم.'], ['علی ر.', 'بدون اهرم اقتصادی هیچ توافقی اجرا نمی‌شود.']],
    speakers: [
      { name: 'محمدصادق فرجادی', role: 'دستیار ویژه وزیر امور خارجه و رئیس هیئت ایرانی', also_called: ['وی', 'دستیار ویژه وزیر امور خارجه'], statements: 3 },
      { name: 'عبدالرحمن حقیار', role: 'سخنگوی وزارت انرژی و آب حکومت طالبان', also_called: ['او'], statements: 2 },
      { name: 'کیومرث یزدان‌پناه', role: 'دیپلمات پیشین و کارشناس مسائل افغانستان', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['مهرداد سلطانی‌نژاد', 'استانداری سیستان و بلوچستان', 'مرکز پژوهش‌های مجلس'],
    figures: [
      { value: 4, unit: 'درصد', kind: 'percent', about: '«کمتر از ۴ درصد» حقابه رسیده (lead)' },
      { value: 22, unit: 'مترمکعب در ثانیه', kind: 'measure', about: 'حقابه معاهده' },
      { value: 4, unit: 'مترمکعب در ثانیه', kind: 'measure', about: 'آب «حسن نیت»' },
      { value: 820000000, unit: 'مترمکعب', kind: 'measure', about: 'حجم سالانه حقابه («حدود ۸۲۰ میلیون مترمکعب»)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'حقابه تحویل‌شده در سال آبی گذشته' },
      { value: 3, unit: 'برابر', kind: 'count', about: '«سه برابر» شدن سطح آب پشت سد کمال‌خان' },
      { value: 32, unit: 'درصد', kind: 'percent', about: 'کاهش بارش در حوضه هیرمند' },
      { value: 1000000, unit: 'نفر', kind: 'count', about: '«حدود یک میلیون نفر» (not a lone «یک»)' },
      { value: 15, unit: 'درصد', kind: 'percent', about: '«کمتر از ۱۵ درصد» ظرفیت چاه‌نیمه‌ها' },
      { value: 2800000000, unit: 'دلار', kind: 'money', about: '«۲ میلیارد و ۸۰۰ میلیون دلار» تجارت دو کشور' },
      { value: 400, unit: 'روستا', kind: 'count', about: '«نزدیک به ۴۰۰ روستا» خالی از سکنه' },
    ],
    figures_never: ['«معاهده ۱۳۵۱»: a year in a treaty\'s name', '«سه سال گذشته», «۱۰ ماه گذشته», «یک دهه گذشته»: durations', '«روز یکشنبه», «پایان هفته»: dates', '«یک رسانه محلی»: lone «یک»', '«سال آبی»: a period, not a quantity'],
    notes: [
      'Foreign-policy news on an old PHP CMS (Irdiplomacy: HTML 4.01 Transitional doctype, jQuery 1.4, NO date metadata; the visible line gives «تاریخ انتشار: دوشنبه ۱۱ اسفند ۱۴۰۴ - ۱۰:۱۵» and a LATER «آخرین به‌روزرسانی: … ۱۸:۴۰», the gold is the publication time; photo before the body; «لینک مرتبط:» box). The ARTICLE TEXT (title, rutitr, lead, paragraphs, caption) was typed with ARABIC yeh and kaf (ي ك); the CMS chrome uses Persian letters. The gold body and title are exactly what the page shows; speaker names, roles, figure units and speakers_never are given in Persian letters.',
      'statements: Farjadi: «به خبرنگاران گفت:» (multi-sentence quote, once), «وی تصریح کرد که …» (one), the role alone later «دستیار ویژه وزیر امور خارجه پیش‌تر گفته بود …» (one) = 3; Haghyar: «… خواند و گفت …» (one), «به گفته او» (one) = 2; Yazdanpanah: «معتقد است …» (one), «او … می‌گوید:» (multi-sentence quote, once) = 2.',
      'The deputy energy minister Soltaninejad is only listed as a delegation member; the Sistan-Baluchestan governorate («اعلام کرد») and the parliament research centre are organizations; the Taliban ministers are never named. «۴ درصد» (lead) and «۴ مترمکعب در ثانیه» are different figures; «حدود یک میلیون نفر» is one million, not a lone «یک».',
    ],
  },
  {
    name: 'tejaratefarda-bank-balance-sheet-cap', site: 'tejaratefarda', inlineAt: 4, author: 'نرگس ابراهیمی',
    inline: 'پرونده ناترازی بانک‌ها؛ از اضافه‌برداشت تا انحلال',
    url: 'https://www.tejaratefarda.com/posts/58213/ترمز-رشد-ترازنامه-شش-بانک-ناتراز',
    title: 'ترمز رشد ترازنامه شش بانک ناتراز کشیده شد',
    kicker: 'بانک و بیمه', date: '۹ اسفند ۱۴۰۴ - ۰۸:۰۰',
    lead: 'بانک مرکزی رشد ترازنامه شش بانک ناتراز را تا پایان سال متوقف کرد و به این بانک‌ها سه ماه فرصت داد تا برنامه اصلاح نسبت کفایت سرمایه خود را ارائه کنند.',
    paras: [
      'به گزارش تجارت فردا، بر اساس بخشنامه‌ای که روز سه‌شنبه به شبکه بانکی ابلاغ شد، این بانک‌ها تا اطلاع ثانوی اجازه افزایش مانده تسهیلات، افتتاح شعبه تازه و پرداخت سود سپرده بالاتر از نرخ مصوب را ندارند. مانده بدهی بانک‌ها به بانک مرکزی در پایان دی‌ماه به ۳۱۲ همت رسیده که نسبت به پایان اسفند سال گذشته ٪۲۰ بیشتر است و بیش از نیمی از آن به همین شش بانک تعلق دارد.',
      'علی‌محمد طاهرخانی، معاون نظارت بانک مرکزی، در نشست با مدیران عامل بانک‌ها تصریح کرد: نسبت کفایت سرمایه این شش بانک زیر ۳ درصد است، در حالی که حداقل استاندارد ۸ درصد است. بانکی که سرمایه کافی ندارد، نباید با اضافه‌برداشت و خلق پول، زیان خود را به کل اقتصاد منتقل کند.',
      'معاون نظارت بانک مرکزی همچنین گفت بانک‌هایی که تا پایان خرداد برنامه قابل قبولی ارائه نکنند، با محدودیت‌های شدیدتری از جمله منع جذب سپرده جدید روبه‌رو خواهند شد.',
      'بر اساس صورت‌های مالی منتشرشده در سامانه کدال، زیان خالص یکی از این بانک‌ها تنها در نه ماه نخست سال مالی ۱۸ هزار و ۹۱۴ میلیارد ریال بوده و سهم مطالبات غیرجاری از کل تسهیلات آن به ۳۲ درصد رسیده است. میانگین این نسبت در کل شبکه بانکی حدود ۱۱ درصد است.',
      'مدیرعامل یکی از بانک‌های مشمول این محدودیت که نخواست نامش منتشر شود، به تجارت فردا گفت بخشی از زیان بانک او به تسهیلات تکلیفی برمی‌گردد که به دستور دولت و با نرخ ۱۸ درصد پرداخت شده، در حالی که بهای تمام‌شده پول برای بانک بالای ۲۵ درصد است.',
      'به گفته کامیار زرین‌قلم، اقتصاددان و عضو هیئت علمی دانشگاه علامه طباطبایی، محدود کردن ترازنامه بدون تعیین تکلیف دارایی‌های منجمد این بانک‌ها فقط صورت مسئله را پاک می‌کند. زرین‌قلم به تجارت فردا گفت: حدود ۴۰ درصد دارایی‌های این بانک‌ها املاک، سهام شرکت‌های زیرمجموعه و مطالبات از دولت است که به‌سادگی نقد نمی‌شود. ادغام یا انحلال دست‌کم دو بانک از این شش بانک دیر یا زود اجتناب‌ناپذیر است.',
      'او افزود که تجربه ادغام بانک‌های وابسته به نیروهای مسلح در بانک سپه نشان داد ادغام بدون پاکسازی ترازنامه، مشکل را فقط به بانک بزرگ‌تر منتقل می‌کند.',
      'کانون بانک‌ها و مؤسسات اعتباری خصوصی نیز در نامه‌ای به رئیس کل بانک مرکزی خواستار آن شده است که محدودیت رشد ترازنامه به جای حکمی یکسان، بر اساس شاخص‌های سلامت هر بانک اعمال شود.',
      'رشد نقدینگی در ۱۰ ماه نخست امسال به ۲۲٫۵ درصد رسیده و نرخ تورم نقطه‌ای بهمن نیز بر اساس اعلام مرکز آمار ایران ۴۱٫۶ درصد بوده است.',
    ],
    tags: ['بانک مرکزی', 'ناترازی بانک‌ها', 'کفایت سرمایه', 'اضافه‌برداشت'],
    caption: 'ساختمان بانک مرکزی در خیابان میرداماد تهران', credit: 'عکس: تجارت فردا',
    related: ['نرخ سود سپرده‌ها در سال ۱۴۰۵ تغییر می‌کند؟', 'بانک‌ها و بنگاه‌داری؛ فهرست املاک مازاد', 'بیمه‌ها و ریسک تورم'],
    mostRead: ['چرا بورس از رکود بیرون نمی‌آید؟', 'اقتصاد ایران در آستانه ۱۴۰۵', 'دلار توافقی و بازار ارز', 'مالیات بر خانه‌های خالی؛ یک سال بعد'],
    comments: [],
    speakers: [
      { name: 'علی‌محمد طاهرخانی', role: 'معاون نظارت بانک مرکزی', also_called: ['معاون نظارت بانک مرکزی'], statements: 2 },
      { name: 'کامیار زرین‌قلم', role: 'اقتصاددان و عضو هیئت علمی دانشگاه علامه طباطبایی', also_called: ['زرین‌قلم', 'او'], statements: 3 },
    ],
    speakers_never: ['مدیرعامل یکی از بانک‌های مشمول این محدودیت', 'کانون بانک‌ها و مؤسسات اعتباری خصوصی', 'رئیس کل بانک مرکزی', 'مرکز آمار ایران'],
    figures: [
      { value: 6, unit: 'بانک', kind: 'count', about: '«شش بانک ناتراز» (lead, count in words)' },
      { value: 312000000000000, unit: 'همت', kind: 'money', about: 'مانده بدهی بانک‌ها به بانک مرکزی («۳۱۲ همت»)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«٪۲۰» افزایش بدهی' },
      { value: 3, unit: 'درصد', kind: 'percent', about: '«زیر ۳ درصد» کفایت سرمایه' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'حداقل استاندارد کفایت سرمایه' },
      { value: 18914000000000, unit: 'ریال', kind: 'money', about: '«۱۸ هزار و ۹۱۴ میلیارد ریال» زیان نه‌ماهه یک بانک' },
      { value: 32, unit: 'درصد', kind: 'percent', about: 'مطالبات غیرجاری آن بانک' },
      { value: 11, unit: 'درصد', kind: 'percent', about: 'میانگین مطالبات غیرجاری شبکه' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'نرخ تسهیلات تکلیفی' },
      { value: 25, unit: 'درصد', kind: 'percent', about: '«بالای ۲۵ درصد» بهای تمام‌شده پول' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم دارایی‌های منجمد' },
      { value: 2, unit: 'بانک', kind: 'count', about: '«دست‌کم دو بانک» برای ادغام یا انحلال' },
      { value: 22.5, unit: 'درصد', kind: 'percent', about: 'رشد نقدینگی («۲۲٫۵ درصد»)' },
      { value: 41.6, unit: 'درصد', kind: 'percent', about: 'تورم نقطه‌ای بهمن («۴۱٫۶ درصد»)' },
    ],
    figures_never: ['«سه ماه», «نه ماه نخست», «۱۰ ماه نخست»: durations', '«روز سه‌شنبه», «پایان دی‌ماه», «پایان خرداد», «پایان اسفند»: dates', '«بیش از نیمی»: vague', '«این شش بانک», «همین شش بانک»: anaphoric (the lead\'s «شش بانک» is the figure)', '«یکی از این بانک‌ها»: not a count'],
    notes: [
      'Banking news in a weekly magazine\'s site (Tejarat-e Farda: NO ISO date anywhere; the visible date is relative, «۳ روز پیش», on a span whose title tooltip holds «شنبه ۹ اسفند ۱۴۰۴، ساعت ۰۸:۰۰» and whose data-time is the Unix second of the same instant; the print-issue line gives the day; excerpt as lead; cover photo before the body; a PULL QUOTE after paragraph 2 repeats the last sentence of that paragraph, so the body has it once; «پرونده مرتبط» box; subscription box; no comments).',
      'statements: Taherkhani: «تصریح کرد:» (multi-sentence quote, once), the role alone «معاون نظارت بانک مرکزی همچنین گفت …» = 2; Zarringhalam: «به گفته کامیار زرین‌قلم» (one), «زرین‌قلم به تجارت فردا گفت:» (multi-sentence quote, once), «او افزود که …» = 3.',
      'The unnamed bank CEO («… به تجارت فردا گفت») is quoted but not named; the private banks\' association («خواستار … شده است»), the statistics centre and the never-named governor are not speakers. «۳۱۲ همت» is 3.12e14 toman with unit همت as in tests/fixtures/figures/dev.json; «۱۸ هزار و ۹۱۴ میلیارد ریال» is 1.8914e13 ریال; «۲۲٫۵» and «۴۱٫۶» use the Arabic decimal separator.',
    ],
  },
  {
    name: 'hugo-sodium-ion-battery', site: 'hugo', inlineAt: 5, author: 'مانی رهنما',
    inline: 'رکورد تازه سلول خورشیدی پروسکایتی در آزمایشگاه',
    url: 'https://rasadnameh.ir/posts/sodium-ion-pilot-line/',
    title: 'نخستین خط آزمایشی باتری سدیم‌یون در دانشگاه شریف راه افتاد',
    kicker: 'فناوری', date: '۱۰ اسفند ۱۴۰۴ - ۱۰:۴۰',
    lead: 'پژوهشگران دانشکده مهندسی و علم مواد دانشگاه صنعتی شریف نخستین خط آزمایشی تولید سلول باتری سدیم‌یون در کشور را راه‌اندازی کردند؛ خطی که روزانه ۲۰۰ سلول تولید می‌کند.',
    paras: [
      'این خط که با همکاری پارک علم و فناوری دانشگاه و یک شرکت دانش‌بنیان ساخته شده، چهارشنبه گذشته افتتاح شد. سلول‌های تولیدی از نوع استوانه‌ای‌اند و چگالی انرژی آنها به ۱۴۰ وات‌ساعت بر کیلوگرم می‌رسد؛ یعنی حدود ۷۵ درصد چگالی باتری‌های لیتیوم‌آهن‌فسفات رایج در بازار.',
      'نگار صدرالدینی، سرپرست گروه ذخیره‌سازی انرژی این دانشکده، در مراسم افتتاح گفت: مزیت اصلی باتری سدیم‌یون این است که به لیتیوم، کبالت و نیکل وابسته نیست. سدیم را می‌توان از نمک معمولی به دست آورد و ایران از این نظر هیچ محدودیتی ندارد.',
      'صدرالدینی افزود: سلول‌های ما در آزمون‌های آزمایشگاهی بیش از ۲ هزار و ۵۰۰ چرخه شارژ و دشارژ را با حفظ ۸۰ درصد ظرفیت پشت سر گذاشته‌اند و در سرمای زیر صفر هم عملکرد بهتری از نمونه‌های لیتیومی دارند.',
      '## هزینه؛ برگ برنده یا نقطه ضعف؟',
      'به گفته صدرالدینی، قیمت تمام‌شده هر کیلووات‌ساعت سلول سدیم‌یون در تولید انبوه می‌تواند ۳۰ درصد کمتر از نمونه لیتیومی باشد، اما خط آزمایشی فعلی هنوز با هزینه‌ای حدود دو و نیم برابر نمونه وارداتی کار می‌کند.',
      'پویا حق‌شناس، مدیرعامل شرکت دانش‌بنیانی که در ساخت این خط مشارکت داشته، می‌گوید ۶۵ درصد تجهیزات خط در داخل ساخته شده است. او توضیح داد: برای رسیدن به خط نیمه‌صنعتی با ظرفیت سالانه ۵۰ مگاوات‌ساعت به حدود ۹۰۰ میلیارد تومان سرمایه نیاز داریم. مذاکره با دو صندوق پژوهش و فناوری در جریان است.',
      '## جای این باتری کجاست؟',
      'همه اما به اندازه سازندگان خوش‌بین نیستند. رامین فتحی‌زاده، استاد شیمی دانشگاه تهران، در کانال تلگرامی خود نوشت: چگالی انرژی پایین‌تر یعنی سلول سدیم‌یون برای خودروی برقی گزینه اول نیست و جای اصلی آن در ذخیره‌سازی ثابت، کنار نیروگاه‌های خورشیدی و بادی است. نباید انتظار داشت این فناوری مشکل باتری خودروهای داخلی را حل کند.',
      'این طرح از رساله دکتری علیرضا موحد، دانشجوی همین گروه، آغاز شد و ساخت خط آزمایشی ۱۸ ماه طول کشید. معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست‌جمهوری نیز هدف‌گذاری کرده است تا سال ۱۴۱۰ دست‌کم ۲ گیگاوات‌ساعت ظرفیت ذخیره‌سازی باتری در شبکه برق کشور نصب شود.',
      'شرکت چینی CATL نخستین نسل باتری سدیم‌یون تجاری خود را در سال ۲۰۲۱ معرفی کرد و اکنون چند خودروساز چینی این باتری‌ها را در خودروهای ارزان‌قیمت خود به کار می‌برند.',
    ],
    tags: ['باتری', 'سدیم‌یون', 'ذخیره‌سازی انرژی', 'دانشگاه شریف'],
    caption: 'سلول‌های استوانه‌ای سدیم‌یون روی خط آزمایشی', credit: 'عکس از صفحه عمومی دانشکده مهندسی و علم مواد',
    related: ['باتری جریانی وانادیوم؛ گزینه‌ای برای نیروگاه‌های خورشیدی', 'لیتیوم همدان؛ ذخیره‌ای که هنوز استخراج نشده', 'ابرخازن‌ها چه می‌کنند؟'],
    mostRead: ['شبکه لرزه‌نگاری ایران چگونه کار می‌کند؟', 'حسگرهای ارزان هوای تهران را اندازه می‌گیرند', 'ماهواره‌های مکعبی دانشجویی', 'هوش مصنوعی و زبان فارسی'],
    comments: [],
    speakers: [
      { name: 'نگار صدرالدینی', role: 'سرپرست گروه ذخیره‌سازی انرژی این دانشکده', also_called: ['صدرالدینی'], statements: 3 },
      { name: 'پویا حق‌شناس', role: 'مدیرعامل شرکت دانش‌بنیانی که در ساخت این خط مشارکت داشته', also_called: ['او'], statements: 2 },
      { name: 'رامین فتحی‌زاده', role: 'استاد شیمی دانشگاه تهران', also_called: [], statements: 1 },
    ],
    speakers_never: ['علیرضا موحد', 'معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست‌جمهوری', 'CATL'],
    figures: [
      { value: 200, unit: 'سلول', kind: 'count', about: 'تولید روزانه خط (lead)' },
      { value: 140, unit: 'وات‌ساعت بر کیلوگرم', kind: 'measure', about: 'چگالی انرژی سلول‌ها' },
      { value: 75, unit: 'درصد', kind: 'percent', about: 'نسبت به چگالی باتری لیتیوم‌آهن‌فسفات' },
      { value: 2500, unit: 'چرخه', kind: 'count', about: '«بیش از ۲ هزار و ۵۰۰ چرخه» شارژ و دشارژ' },
      { value: 80, unit: 'درصد', kind: 'percent', about: 'ظرفیت حفظ‌شده پس از آزمون چرخه' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'ارزان‌تر از نمونه لیتیومی در تولید انبوه' },
      { value: 2.5, unit: 'برابر', kind: 'count', about: '«دو و نیم برابر» هزینه نمونه وارداتی' },
      { value: 65, unit: 'درصد', kind: 'percent', about: 'سهم تجهیزات داخلی' },
      { value: 50, unit: 'مگاوات‌ساعت', kind: 'measure', about: 'ظرفیت سالانه خط نیمه‌صنعتی' },
      { value: 900000000000, unit: 'تومان', kind: 'money', about: '«حدود ۹۰۰ میلیارد تومان» سرمایه لازم' },
      { value: 2, unit: 'صندوق', kind: 'count', about: '«دو صندوق پژوهش و فناوری»' },
      { value: 2, unit: 'گیگاوات‌ساعت', kind: 'measure', about: 'هدف ظرفیت ذخیره‌سازی تا ۱۴۱۰' },
    ],
    figures_never: ['«چهارشنبه گذشته», «سال ۱۴۱۰», «سال ۲۰۲۱»: dates and years', '«۱۸ ماه»: duration', '«هر کیلووات‌ساعت»: the price basis', '«نخستین خط», «نخستین نسل», «گزینه اول»: ordinals', '«یک شرکت دانش‌بنیان»: lone «یک»', '«چند خودروساز»: vague', '«روزانه», «سالانه»: bases'],
    notes: [
      'Science/technology news on a blog built with Hugo and the PaperMod theme (article:published_time +03:30 and a JSON-LD BlogPosting that also carries the plain articleBody; the post-meta date is GREGORIAN, «۱ مارس ۲۰۲۶», with the Go time «2026-03-01 10:40:00 +0330 +0330» in a title attribute; cover figure with a caption paragraph; a table of contents repeats the two subheadings; <h2> with hidden «#» anchors; «بیشتر بخوانید:» paragraph; tags, prev/next, share buttons, related posts; no comments, only a giscus script).',
      'body: the post description under the title (div.post-description) is the lead; the two <h2> subheadings are body (their copies in the table of contents are not); there is no «به گزارش» line: a blog post.',
      'statements: Sadroddini: «گفت:» (two-sentence quote, once), «صدرالدینی افزود:» (one), «به گفته صدرالدینی» (one) = 3; Haghshenas: «می‌گوید …» (indirect), «او توضیح داد:» (multi-sentence quote, once) = 2; Fathizadeh: «در کانال تلگرامی خود نوشت:» (multi-sentence quote, once) = 1.',
      'The PhD student Movahed is only mentioned; the vice-presidency for science («هدف‌گذاری کرده است») and CATL are organizations. Sadroddini\'s role keeps «این دانشکده» as the body gives it. «دو و نیم برابر» is 2.5 برابر; «دو صندوق» is a count in words.',
    ],
  },
  {
    name: 'cinemapress-fajr-winner-nowruz', site: 'cinemapress', inlineAt: 2,
    inline: 'فهرست کامل برندگان سیمرغ جشنواره فجر ۴۴',
    url: 'https://cinemapress.ir/news/310544/آخرین-قطار-اهواز-در-نوروز-اکران-می-شود',
    title: '«آخرین قطار اهواز» در نوروز اکران می‌شود',
    kicker: 'سینمای ایران', date: '۸ اسفند ۱۴۰۴ - ۱۶:۲۰',
    lead: 'شورای صنفی نمایش با اکران «آخرین قطار اهواز»، فیلم برگزیده چهل‌وچهارمین جشنواره فیلم فجر، در نوروز ۱۴۰۵ موافقت کرد؛ فیلمی که در جشنواره چهار سیمرغ بلورین گرفت و ساختش نزدیک به سه سال طول کشید.',
    paras: [
      'به گزارش سینماپرس، این فیلم از ۲۵ اسفند در ۱۱۰ سالن سینما در سراسر کشور روی پرده می‌رود و سه فیلم دیگر نیز در گروه‌های سینمایی اکران نوروزی قرار گرفته‌اند.',
      'مجید پورحسینی سخنگوی شورای صنفی نمایش در گفت‌وگو با سینماپرس اظهار کرد: فروش سینماها در ۱۱ ماه امسال به حدود ۲ هزار و ۸۰۰ میلیارد تومان رسیده و نوروز معمولاً ۱۵ درصد فروش کل سال را به خود اختصاص می‌دهد. نمی‌خواستیم فیلم برگزیده جشنواره در سالن‌های کوچک گم شود.',
      'وی با اشاره به کمبود سالن در شهرهای کوچک خاطرنشان کرد: شمار سالن‌های فعال کشور به ۷۴۰ سالن رسیده، اما هنوز ۱۴۰ شهر کشور حتی یک سالن سینما ندارند.',
      'سینماپرس درباره اکران نوروزی و مسیر ساخت فیلم با بهنام کیانی‌فر، کارگردان «آخرین قطار اهواز»، گفت‌وگو کرده است که بخش‌هایی از آن را می‌خوانید.',
      'Q: فیلم شما در جشنواره بیشترین جایزه را گرفت، اما گفته می‌شود تا چند ماه پیش حتی پول تمام کردن فیلمبرداری را نداشتید. ماجرا چه بود؟',
      'ساخت فیلم را با ۱۸ میلیارد تومان بودجه شروع کردیم و در میانه کار هزینه‌ها تقریباً دو برابر شد. دو ماه پشت صحنه تعطیل بود تا بنیاد سینمایی فارابی بخشی از هزینه را تأمین کرد. در نهایت هزینه تولید فیلم به ۳۴ میلیارد تومان رسید.',
      'Q: پیش‌بینی‌تان از فروش نوروزی چیست؟',
      'من عدد پیش‌بینی نمی‌کنم. اما برای برگشت سرمایه، فیلم باید دست‌کم یک میلیون و ۲۰۰ هزار مخاطب داشته باشد. فیلم‌هایی از جنس ما در شهرهای جنوب بیشتر دیده می‌شوند و امیدوارم سینماهای اهواز و آبادان سانس‌های بیشتری به ما بدهند.',
      'Q: بعد از سیمرغ، سراغ چه پروژه‌ای می‌روید؟',
      'فیلمنامه بعدی را با همان گروه نوشته‌ایم؛ داستانی در بندر ماهشهر. اما تا تکلیف فروش این فیلم روشن نشود، سراغ فیلمبرداری نمی‌رویم.',
      'ژاله نیک‌آیین، بازیگر نقش اصلی، برای این فیلم سیمرغ بهترین بازیگر زن را گرفت و فیلمنامه آن را سیمین اهوازی‌نژاد نوشته است.',
      'حمید عباسیان، مدیر پردیس سینمایی کارون اهواز، به سینماپرس گفت برای هفته نخست اکران ۶ سانس در روز به این فیلم اختصاص داده و بلیت‌های سانس افتتاحیه در کمتر از ۴۸ ساعت فروش رفته است.',
      'سازمان سینمایی نیز اعلام کرد بلیت سینماها در هفته نخست فروردین با ۲۰ درصد تخفیف عرضه می‌شود و سقف قیمت بلیت در تهران ۱۲۰ هزار تومان خواهد بود.',
    ],
    tags: ['آخرین قطار اهواز', 'اکران نوروزی', 'جشنواره فیلم فجر', 'شورای صنفی نمایش'],
    caption: 'بهنام کیانی‌فر در مراسم اختتامیه چهل‌وچهارمین جشنواره فیلم فجر', credit: 'عکاس: نیما شفیعی',
    related: ['سه فیلم کمدی رقیب اکران نوروزی شدند', 'فروش سینماها در بهمن رکورد زد', 'گیشه جشنواره فجر در شهرستان‌ها'],
    mostRead: ['فهرست فیلم‌های اکران نوروز ۱۴۰۵', 'ساخت فصل دوم یک سریال پرمخاطب قطعی شد', 'درگذشت پیشکسوت دوبله ایران', 'کدام فیلم‌ها به جشنواره کن می‌روند؟'],
    comments: [['هادی', 'بالاخره یک فیلم جنوبی در نوروز.'], ['سینمادوست آبادانی', 'کاش سینمای آبادان هم سانس بیشتری بدهد.']],
    speakers: [
      { name: 'مجید پورحسینی', role: 'سخنگوی شورای صنفی نمایش', also_called: ['وی'], statements: 2 },
      { name: 'بهنام کیانی‌فر', role: 'کارگردان «آخرین قطار اهواز»', also_called: [], statements: 3 },
      { name: 'حمید عباسیان', role: 'مدیر پردیس سینمایی کارون اهواز', also_called: [], statements: 1 },
    ],
    speakers_never: ['ژاله نیک‌آیین', 'سیمین اهوازی‌نژاد', 'سازمان سینمایی', 'بنیاد سینمایی فارابی', 'شورای صنفی نمایش'],
    figures: [
      { value: 4, unit: 'سیمرغ', kind: 'count', about: '«چهار سیمرغ بلورین» (lead, count in words)' },
      { value: 110, unit: 'سالن', kind: 'count', about: 'سالن‌های اکران نوروزی' },
      { value: 3, unit: 'فیلم', kind: 'count', about: '«سه فیلم دیگر» اکران نوروزی' },
      { value: 2800000000000, unit: 'تومان', kind: 'money', about: '«حدود ۲ هزار و ۸۰۰ میلیارد تومان» فروش ۱۱ ماه' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم نوروز از فروش سال' },
      { value: 740, unit: 'سالن', kind: 'count', about: 'سالن‌های فعال کشور' },
      { value: 140, unit: 'شهر', kind: 'count', about: 'شهرهای بی‌سینما' },
      { value: 18000000000, unit: 'تومان', kind: 'money', about: 'بودجه اولیه فیلم' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«تقریباً دو برابر» شدن هزینه‌ها' },
      { value: 34000000000, unit: 'تومان', kind: 'money', about: 'هزینه نهایی تولید' },
      { value: 1200000, unit: 'مخاطب', kind: 'count', about: '«یک میلیون و ۲۰۰ هزار مخاطب» برای برگشت سرمایه' },
      { value: 6, unit: 'سانس', kind: 'count', about: 'سانس روزانه در پردیس کارون' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'تخفیف بلیت در هفته نخست فروردین' },
      { value: 120000, unit: 'تومان', kind: 'money', about: 'سقف قیمت بلیت در تهران' },
    ],
    figures_never: ['«چهل‌وچهارمین», «هفته نخست»: ordinals', '«نوروز ۱۴۰۵», «۲۵ اسفند»: dates', '«سه سال», «۱۱ ماه», «دو ماه», «۴۸ ساعت», «چند ماه پیش»: durations', '«حتی یک سالن»: lone «یک»', '«در روز»: the basis of «۶ سانس»'],
    notes: [
      'Cinema news with an interview on a news site (Cinema Press: JSON-LD @graph with BreadcrumbList and NewsArticle whose datePublished has the offset WITHOUT a colon, «2026-02-27T16:20:00+0330», the same instant as the gold; visible Jalali date and time; rootitr; lead div; photo with caption and credit between lead and body; interview questions as bold paragraphs, which are body; «بیشتر بخوانید:» list in the body; comments).',
      'statements: Pourhosseini, introduced as «NAME ROLE» without commas: «اظهار کرد:» (multi-sentence quote, once), «وی با اشاره به … خاطرنشان کرد:» = 2; Kianifar: one per interview answer = 3 (the sentence announcing the interview is not a statement); Abbasian: «به سینماپرس گفت …» (indirect) = 1.',
      'The lead actress and the screenwriter are only mentioned; the exhibitors\' council (which «موافقت کرد» in the lead), the Cinema Organization («اعلام کرد») and the Farabi foundation are organizations. The film title is invented.',
    ],
  },
  {
    name: 'khorasan-weightlifting-camp', site: 'khorasan', photoAt: 1, inlineAt: 6, author: 'گروه ورزش - سعید نامدار',
    inline: 'فوتسال بانوان مشهد در یک قدمی فینال',
    url: 'https://khorasannews.com/news/912466',
    title: 'سه وزنه‌بردار خراسانی به اردوی تیم ملی دعوت شدند',
    kicker: 'ورزش', date: '۱۲ اسفند ۱۴۰۴ - ۰۰:۱۰',
    lead: 'کادر فنی تیم ملی وزنه‌برداری دیروز فهرست ۱۴ نفره اردوی آمادگی برای مسابقات قهرمانی آسیا را اعلام کرد که نام سه وزنه‌بردار خراسان رضوی در آن دیده می‌شود.',
    paras: [
      'به گزارش خراسان، این اردو از ۱۶ اسفند در خانه وزنه‌برداری مشهد برپا می‌شود و تا ۲۸ اسفند ادامه دارد. مسابقات قهرمانی آسیا اردیبهشت سال آینده برگزار می‌شود و نخستین مرحله کسب سهمیه بازی‌های آسیایی ۲۰۲۶ ناگویا است.',
      'حمید سلیمانی‌فر، سرمربی تیم ملی وزنه‌برداری، در گفت‌وگو با خراسان گفت: اردوی مشهد را به خاطر کیفیت سالن و امکانات ریکاوری انتخاب کردیم. از این ۱۴ نفر در نهایت ۱۰ وزنه‌بردار به مسابقات آسیا اعزام می‌شوند و انتخاب نهایی بر اساس رکوردگیری پایان اردو خواهد بود.',
      'سلیمانی‌فر تصریح کرد: هدف ما در آسیا کسب دست‌کم ۶ مدال طلا در حرکت مجموع است. در دسته‌های سنگین رقیبان اصلی ما چین و کره جنوبی هستند، اما در دسته‌های میانی شانس بالایی داریم.',
      'او درباره غیبت رضا بهرامی‌نژاد، دارنده مدال نقره جهان، نیز گفت این وزنه‌بردار هنوز دوره درمان آسیب‌دیدگی زانو را می‌گذراند و حضورش در آسیا به نظر پزشک تیم بستگی دارد.',
      'امیرمحمد رضوانی، وزنه‌بردار ۲۲ ساله مشهدی در دسته ۸۹ کیلوگرم که در مسابقات قهرمانی کشور با مجموع ۳۷۲ کیلوگرم طلا گرفت، به خراسان گفت: تمرین در شهر خودم و جلوی خانواده انگیزه‌ام را چند برابر می‌کند. هدفم این است که در آسیا مجموعم را به ۳۸۰ کیلوگرم برسانم.',
      'دو وزنه‌بردار دیگر خراسانی این فهرست، مهدی قربان‌زاده از نیشابور و سجاد پاکرو از تربت‌حیدریه، در دسته‌های ۷۳ و ۱۰۲ کیلوگرم به میدان می‌روند.',
      'محسن قوامی‌پور، مدیرکل ورزش و جوانان خراسان رضوی، نیز از اختصاص ۱۲ میلیارد تومان برای نوسازی تجهیزات خانه وزنه‌برداری مشهد خبر داد و گفت ۴۰ هالتر و ۶ سکوی تمرینی استاندارد برای این اردو خریداری شده است.',
      'مدیرکل ورزش و جوانان استان همچنین یادآور شد که بیش از دو هزار و ۳۰۰ ورزشکار در ۸۵ باشگاه وزنه‌برداری استان فعالیت می‌کنند.',
      'فدراسیون وزنه‌برداری نیز اعلام کرده است تیم ملی پیش از اعزام در یک تورنمنت دوستانه در تاشکند شرکت می‌کند. ایران در قهرمانی آسیای سال گذشته با ۵ طلا، ۷ نقره و ۴ برنز در رده دوم ایستاد.',
    ],
    tags: ['وزنه‌برداری', 'تیم ملی', 'قهرمانی آسیا', 'خراسان رضوی'],
    caption: 'تمرین وزنه‌برداران در خانه وزنه‌برداری مشهد', credit: 'عکس: خراسان',
    related: ['پدیده در خانه مقابل مس شکست خورد', 'مسابقات کشتی پهلوانی در نیشابور', 'والیبال نشسته؛ مشهد میزبان لیگ برتر'],
    mostRead: ['قیمت مرغ در بازار مشهد کاهش یافت', 'زمان افتتاح خط ۳ قطار شهری مشهد', 'پیش‌بینی برف برای شمال خراسان', 'جزئیات ثبت‌نام مسکن ملی در مشهد'],
    comments: [['رضا از نیشابور', 'موفق باشند؛ قربان‌زاده حقش بود زودتر دعوت شود.']],
    speakers: [
      { name: 'حمید سلیمانی‌فر', role: 'سرمربی تیم ملی وزنه‌برداری', also_called: ['سلیمانی‌فر', 'او'], statements: 3 },
      { name: 'امیرمحمد رضوانی', role: 'وزنه‌بردار ۲۲ ساله مشهدی در دسته ۸۹ کیلوگرم', also_called: [], statements: 1 },
      { name: 'محسن قوامی‌پور', role: 'مدیرکل ورزش و جوانان خراسان رضوی', also_called: ['مدیرکل ورزش و جوانان استان'], statements: 2 },
    ],
    speakers_never: ['رضا بهرامی‌نژاد', 'مهدی قربان‌زاده', 'سجاد پاکرو', 'فدراسیون وزنه‌برداری'],
    figures: [
      { value: 14, unit: 'نفر', kind: 'count', about: '«فهرست ۱۴ نفره» (lead; «این ۱۴ نفر» repeats it)' },
      { value: 3, unit: 'وزنه‌بردار', kind: 'count', about: '«سه وزنه‌بردار» خراسانی (lead, count in words)' },
      { value: 10, unit: 'وزنه‌بردار', kind: 'count', about: 'اعزامی به مسابقات آسیا' },
      { value: 6, unit: 'مدال', kind: 'count', about: '«دست‌کم ۶ مدال طلا» هدف' },
      { value: 372, unit: 'کیلوگرم', kind: 'measure', about: 'مجموع رضوانی در قهرمانی کشور' },
      { value: 380, unit: 'کیلوگرم', kind: 'measure', about: 'هدف مجموع رضوانی' },
      { value: 12000000000, unit: 'تومان', kind: 'money', about: 'اعتبار نوسازی تجهیزات' },
      { value: 40, unit: 'هالتر', kind: 'count', about: 'هالترهای خریداری‌شده' },
      { value: 6, unit: 'سکو', kind: 'count', about: '«۶ سکوی تمرینی»' },
      { value: 2300, unit: 'ورزشکار', kind: 'count', about: '«بیش از دو هزار و ۳۰۰ ورزشکار» (words + digits)' },
      { value: 85, unit: 'باشگاه', kind: 'count', about: 'باشگاه‌های وزنه‌برداری استان' },
      { value: 5, unit: 'طلا', kind: 'count', about: 'مدال‌های طلای ایران در آسیای سال گذشته' },
      { value: 7, unit: 'نقره', kind: 'count', about: 'مدال‌های نقره' },
      { value: 4, unit: 'برنز', kind: 'count', about: 'مدال‌های برنز' },
    ],
    figures_never: ['«۱۶ اسفند», «۲۸ اسفند», «اردیبهشت سال آینده», «دیروز»: dates', '«بازی‌های آسیایی ۲۰۲۶»: a name with a year', '«دسته ۸۹ کیلوگرم», «دسته‌های ۷۳ و ۱۰۲ کیلوگرم»: weight classes, not measures', '«۲۲ ساله»: age', '«رده دوم», «نخستین مرحله»: ordinals', '«چند برابر»: vague', '«دو وزنه‌بردار دیگر … این فهرست»: anaphoric (two of the three)', '«یک تورنمنت»: lone «یک»'],
    notes: [
      'Sports news on a daily\'s site (Khorasan: RDFa Lite, vocab/typeof NewsArticle; the date sits on a visible <span property="datePublished" content="2026-03-03T00:10:00+03:30"> that shows only «۱۲ اسفند ۱۴۰۴», the print edition going online after midnight; issue number and «صفحه ۱۴ - ورزش» label; rootitr; desk byline; lead div; photo after paragraph 2; «در همین صفحه بخوانید:» line; PDF link; other stories of the same print page).',
      'statements: Soleimanifar: «گفت:» (two-sentence quote, once), «سلیمانی‌فر تصریح کرد:» (two sentences, once), «او … نیز گفت …» (indirect) = 3; Rezvani: «به خراسان گفت:» (two sentences, once) = 1; Ghavamipour: «… خبر داد و گفت …» (one), the role alone later «مدیرکل ورزش و جوانان استان همچنین یادآور شد که …» (one) = 2.',
      'Bahraminejad, Ghorbanzadeh and Pakrou are only mentioned; the weightlifting federation («اعلام کرده است») is an organization. Weight classes («دسته ۸۹ کیلوگرم») are names, not measures, while the lifted totals (۳۷۲ and ۳۸۰ کیلوگرم) are. The medal table «۵ طلا، ۷ نقره و ۴ برنز» is counted like league records; «دو وزنه‌بردار دیگر» re-counts two of the lead\'s three and is left out.',
    ],
  },
  {
    name: 'wix-kashkan-sand-mining', site: 'wix', zwnjLost: true, photoAt: 2, inlineAt: 3, author: 'فرهاد بیرانوند',
    inline: 'سیل ۹۸ پلدختر؛ گزارشی که خاک خورد',
    url: 'https://www.sedayekashkan.com/post/plomb-kargah-shen-va-maseh-kashkan',
    title: 'پلمب ۹ کارگاه برداشت غیرمجاز شن و ماسه در بستر کشکان',
    kicker: 'قضایی', date: '۱۹ اسفند ۱۴۰۴ - ۰۹:۰۵',
    lead: 'دادستان عمومی و انقلاب پلدختر از پلمب ۹ کارگاه شن و ماسه که بدون مجوز از بستر رودخانه کشکان برداشت می‌کردند و تشکیل پرونده قضایی برای ۱۳ متهم خبر داد.',
    paras: [
      'به گزارش صدای کشکان، بهزاد ملک‌زاده روز دوشنبه در جلسه شورای حفاظت از منابع آب شهرستان گفت: بر اساس گزارش کارشناسان شرکت آب منطقه‌ای، این کارگاه‌ها در دو سال گذشته حدود ۴۲۰ هزار مترمکعب شن و ماسه از بستر رودخانه برداشت کرده‌اند و عمق بستر را در برخی نقاط تا ۶ متر پایین برده‌اند.',
      'وی افزود: ارزش مصالح برداشت‌شده بیش از ۱۴۰ میلیارد تومان برآورد شده و دستگاه قضایی علاوه بر جزای نقدی، متهمان را به جبران خسارت واردشده به بستر رودخانه ملزم خواهد کرد. برای چهار متهم اصلی پرونده قرار وثیقه ۲۰ میلیارد ریالی صادر شده است.',
      'فریدون سپهوند، مدیر امور منابع آب شهرستان پلدختر، نیز اظهار کرد: برداشت بی‌رویه مصالح مسیر طبیعی رودخانه را تغییر داده است. در سیل فروردین ۱۳۹۸ یکی از دلایل تخریب پل‌ها و زمین‌های کشاورزی حاشیه کشکان همین گودال‌ها بود.',
      'به گفته سپهوند، در کل شهرستان تنها سه برداشت‌کننده مجوز معتبر دارند و سهمیه مجاز سالانه آنها روی هم ۶۰ هزار مترمکعب است.',
      'علی‌مراد کوشکی، کشاورز ۶۱ ساله روستای چم‌مهر، می‌گوید کامیون‌ها بیشتر شب‌ها کار می‌کردند و صدای لودرها تا صبح قطع نمی‌شد. او به صدای کشکان گفت: در دو سال گذشته ۱۱ هکتار از زمین‌های کشاورزی روستا به خاطر فرسایش کناره رودخانه از بین رفته است. چند بار به بخشداری شکایت کردیم، اما کسی جواب نداد.',
      'یکی از صاحبان کارگاه‌های پلمب‌شده که نخواست نامش منتشر شود، مدعی شد مجوز کارگاهش در حال تمدید بوده و برداشت او از محدوده مجاز بیرون نرفته است.',
      'اداره حفاظت محیط زیست پلدختر نیز اعلام کرد گل‌آلودگی دائمی آب در پایین‌دست کارگاه‌ها، زیستگاه ماهی‌های بومی کشکان را تخریب کرده است.',
      'دادستان پلدختر همچنین از مردم خواست هرگونه برداشت شبانه مصالح از رودخانه را به دادسرا یا پاسگاه‌های انتظامی گزارش کنند.',
      'رودخانه کشکان با حدود ۳۰۰ کیلومتر طول، یکی از سرشاخه‌های اصلی کرخه است و از میان شهر پلدختر می‌گذرد.',
    ],
    tags: ['پلدختر', 'رودخانه کشکان', 'دادستانی', 'شن و ماسه'],
    caption: 'گودال‌های برداشت شن و ماسه در بستر کشکان، پایین‌دست پل پلدختر', credit: 'عکس: صدای کشکان',
    related: ['لایروبی کشکان پیش از فصل بارش آغاز شد', 'قطع درختان بلوط در جاده معمولان', 'شکار غیرمجاز کل وحشی در منطقه حفاظت‌شده'],
    mostRead: ['زمان بازگشایی جاده پلدختر به اندیمشک', 'نرخ جدید کرایه تاکسی‌های پلدختر', 'برگزاری جشنواره انار در معمولان', 'قطعی آب در سه محله شهر'],
    comments: [['ساکن چم‌مهر', 'سال‌ها همه می‌دیدند و کسی کاری نمی‌کرد.'], ['مهدی', 'دست دادستانی درد نکند.']],
    speakers: [
      { name: 'بهزاد ملک‌زاده', role: 'دادستان عمومی و انقلاب پلدختر', also_called: ['وی', 'دادستان پلدختر'], statements: 4 },
      { name: 'فریدون سپهوند', role: 'مدیر امور منابع آب شهرستان پلدختر', also_called: ['سپهوند'], statements: 2 },
      { name: 'علی‌مراد کوشکی', role: 'کشاورز ۶۱ ساله روستای چم‌مهر', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['یکی از صاحبان کارگاه‌های پلمب‌شده', 'اداره حفاظت محیط زیست پلدختر', 'شرکت آب منطقه‌ای'],
    figures: [
      { value: 9, unit: 'کارگاه', kind: 'count', about: 'کارگاه‌های پلمب‌شده (lead)' },
      { value: 13, unit: 'متهم', kind: 'count', about: 'متهمان پرونده (lead)' },
      { value: 420000, unit: 'مترمکعب', kind: 'measure', about: '«حدود ۴۲۰ هزار مترمکعب» برداشت در دو سال' },
      { value: 6, unit: 'متر', kind: 'measure', about: 'پایین رفتن عمق بستر («تا ۶ متر»)' },
      { value: 140000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۱۴۰ میلیارد تومان» ارزش مصالح' },
      { value: 4, unit: 'متهم', kind: 'count', about: '«چهار متهم اصلی» (count in words)' },
      { value: 20000000000, unit: 'ریال', kind: 'money', about: 'قرار وثیقه («۲۰ میلیارد ریالی»)' },
      { value: 3, unit: 'برداشت‌کننده', kind: 'count', about: '«تنها سه برداشت‌کننده» مجاز' },
      { value: 60000, unit: 'مترمکعب', kind: 'measure', about: 'سهمیه مجاز سالانه' },
      { value: 11, unit: 'هکتار', kind: 'measure', about: 'زمین کشاورزی از بین رفته' },
      { value: 300, unit: 'کیلومتر', kind: 'measure', about: 'طول رودخانه کشکان' },
    ],
    figures_never: ['«دو سال گذشته»: duration', '«روز دوشنبه», «فروردین ۱۳۹۸»: dates', '«۶۱ ساله»: age', '«چند بار»: vague', '«یکی از دلایل», «یکی از صاحبان», «یکی از سرشاخه‌ها»: not counts', '«سالانه»: basis'],
    notes: [
      'Provincial judiciary news on a local news site built with Wix (Thunderbolt renderer, Wix Blog post page: generator meta; JSON-LD BlogPosting with datePublished in UTC «2026-03-10T05:35:00.000Z», the same instant as the +03:30 gold; the visible date is Gregorian with neither year nor time, «۱۰ مارس», with the full Gregorian date only in a title attribute; the lead is the bold first rich-text paragraph; Ricos paragraphs; image viewer with caption after paragraph 3; an in-body link-preview card; tags, share buttons, views and likes, related posts, Wix comments, recent posts). The page LOST EVERY ZWNJ: body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Malekzadeh: the lead is a role-only sentence («دادستان عمومی و انقلاب پلدختر از … خبر داد», counted for him, as the role is first given there), he is named in paragraph 1 without his role («بهزاد ملک‌زاده … گفت:», multi-sentence quote, once), «وی افزود:» (two sentences, once), the role alone later «دادستان پلدختر همچنین از مردم خواست …» = 4; Sepahvand: «اظهار کرد:» (two sentences, once), «به گفته سپهوند» = 2; Koushki: «می‌گوید …» (indirect), «او به صدای کشکان گفت:» (multi-sentence quote, once) = 2.',
      'The owner of a sealed workshop («مدعی شد») is quoted but unnamed; the environment office («اعلام کرد») and the regional water company are organizations. «۱۳ متهم» and «چهار متهم اصلی» are two figures with the same unit.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [option, votes] of the running poll. */
const POLL: [string, number][] = [
  ['مهار تورم و گرانی کالاهای اساسی', 5172],
  ['حل مشکل مسکن و اجاره‌بها', 2641],
  ['ایجاد اشتغال برای جوانان', 2208],
  ['رفع ناترازی برق و گاز', 1396],
  ['بهبود روابط خارجی و رفع تحریم‌ها', 1066],
];
/** [question, leading option, its share, closing date] of earlier polls. */
const PAST_POLLS: [string, string, number, string][] = [
  ['به نظر شما مهم‌ترین عامل افزایش قیمت خودرو چیست؟', 'قیمت‌گذاری دستوری', 38, '۲۹ بهمن ۱۴۰۴'],
  ['آیا با تغییر ساعت کاری ادارات در زمستان موافقید؟', 'خیر', 57, '۱۵ بهمن ۱۴۰۴'],
  ['کدام تیم قهرمان نیم‌فصل لیگ برتر می‌شود؟', 'تراکتور', 44, '۳۰ دی ۱۴۰۴'],
  ['برای خرید شب عید امسال چه برنامه‌ای دارید؟', 'فقط خرید ضروری', 61, '۱۶ دی ۱۴۰۴'],
];
const faPct = (n: number) => persian(n.toFixed(1)).replace('.', '٫');
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');

function vatanemroozPoll(): NonArt {
  const title = 'نظرسنجی: مهم‌ترین انتظار شما از دولت در سال ۱۴۰۵ چیست؟';
  const total = POLL.reduce((s, [, v]) => s + v, 0);
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>نظرسنجی | وطن امروز</title>
<meta name="description" content="در نظرسنجی وطن امروز شرکت کنید و نتایج را ببینید.">
<link rel="canonical" href="https://www.vatanemrooz.ir/polls/318">
<link rel="stylesheet" href="https://www.vatanemrooz.ir/static/css/main.css?v=41">
</head>
<body class="poll-page">
<header class="ve-header"><div class="ve-top"><span>${persian(12)} اسفند ${persian(1404)}</span> <a href="https://www.vatanemrooz.ir/newspaper">نسخه PDF روزنامه</a> <a href="https://www.vatanemrooz.ir/login">ورود</a></div>
<a class="ve-logo" href="https://www.vatanemrooz.ir/"><img src="https://www.vatanemrooz.ir/static/img/logo.png" alt="وطن امروز"></a>
<nav class="ve-nav"><a href="https://www.vatanemrooz.ir/section/politics">سیاسی</a> <a href="https://www.vatanemrooz.ir/section/economy">اقتصادی</a> <a href="https://www.vatanemrooz.ir/section/society">اجتماعی</a> <a href="https://www.vatanemrooz.ir/section/culture">فرهنگی</a> <a href="https://www.vatanemrooz.ir/section/sport">ورزشی</a> <a href="https://www.vatanemrooz.ir/section/world">بین‌الملل</a> <a class="active" href="https://www.vatanemrooz.ir/polls">نظرسنجی</a></nav></header>
<main class="ve-main">
 <nav class="ve-breadcrumb"><a href="https://www.vatanemrooz.ir/">خانه</a> › <a href="https://www.vatanemrooz.ir/polls">نظرسنجی‌ها</a></nav>
 <section class="poll">
  <h1>${title}</h1>
  <div class="poll-meta"><span>آغاز: ${persian(2)} اسفند ${persian(1404)}</span> | <span>پایان: ${persian(29)} اسفند ${persian(1404)}</span> | <span>تعداد شرکت‌کنندگان: ${fmt(total)}</span></div>
  <p class="poll-help">یک گزینه را انتخاب کنید. هر کاربر فقط یک بار می‌تواند رأی دهد.</p>
  <form class="poll-form" action="https://www.vatanemrooz.ir/polls/318/vote" method="post">
${POLL.map(([o], i) => `   <label><input type="radio" name="option" value="${i + 1}"> ${esc(o)}</label>`).join('\n')}
   <button type="submit">ثبت رأی</button> <a href="#results">مشاهده نتایج</a>
  </form>
  <div id="results" class="poll-results"><h2>نتایج تا این لحظه</h2><ul>
${POLL.map(([o, v]) => `   <li><span class="opt">${esc(o)}</span> <span class="bar" style="width:${((100 * v) / total).toFixed(1)}%"></span> <span class="pct">${faPct((100 * v) / total)}٪</span> <span class="votes">(${fmt(v)} رأی)</span></li>`).join('\n')}
  </ul></div>
  <p class="poll-note">نتایج این نظرسنجی تنها نظر کاربرانی را نشان می‌دهد که در آن شرکت کرده‌اند و جنبه آماری و علمی ندارد.</p>
 </section>
 <section class="past-polls"><h2>نظرسنجی‌های پیشین</h2><ul>
${PAST_POLLS.map(([q, o, p, d], i) => `  <li><a href="https://www.vatanemrooz.ir/polls/${317 - i}">${esc(q)}</a> <span>گزینه برتر: ${esc(o)} (${persian(p)}٪)</span> <span>${d}</span></li>`).join('\n')}
 </ul><a href="https://www.vatanemrooz.ir/polls/archive">آرشیو نظرسنجی‌ها</a></section>
 <aside class="ve-latest"><h2>آخرین اخبار</h2><ul>
  <li><a href="https://www.vatanemrooz.ir/news/264190">جزئیات بسته حمایتی شب عید اعلام شد</a></li>
  <li><a href="https://www.vatanemrooz.ir/news/264186">نمایندگان کلیات بودجه ۱۴۰۵ را تصویب کردند</a></li>
  <li><a href="https://www.vatanemrooz.ir/news/264181">ساعت کاری بانک‌ها در اسفند تغییر کرد</a></li>
  <li><a href="https://www.vatanemrooz.ir/news/264177">پیش‌بینی بارش باران در ۱۸ استان</a></li>
 </ul></aside>
</main>
<footer class="ve-footer"><p>کلیه حقوق این سایت متعلق به روزنامه وطن امروز است.</p><p><a href="https://www.vatanemrooz.ir/about">درباره ما</a> <a href="https://www.vatanemrooz.ir/contact">تماس با ما</a></p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-vatanemrooz-poll', markup: 'poll-vatanemrooz', url: 'https://www.vatanemrooz.ir/polls/318', title, html,
    notes: ['A poll page of a daily\'s site: the question as <h1>, start/end dates and the number of participants, a one-line instruction, a radio-button form with five options, the running results (bar, percent, votes per option), a one-sentence disclaimer, four earlier polls with their leading option, and a latest-news box. Percentages everywhere, no running text: not an article.'] };
}

/** [series, episode number, title, description, duration, date] */
const EPISODES: [string, number, string, string, string, string][] = [
  ['کافه اقتصاد', 41, 'چرا اجاره‌ها در اسفند بالا می‌رود؟', 'گفت‌وگو با دو مشاور املاک مشهدی درباره بازار اجاره پیش از نوروز.', '۲۸:۱۴', '۱۰ اسفند ۱۴۰۴'],
  ['روایت', 23, 'آخرین قطار به سرخس', 'روایت سوزنبانی که سی سال در ایستگاه‌های مرزی خراسان کار کرد.', '۳۴:۰۲', '۷ اسفند ۱۴۰۴'],
  ['یک فنجان تاریخ', 17, 'بازار رضا پیش از بازار رضا', 'بازارهای اطراف حرم در دوره قاجار چگونه بودند؟', '۲۱:۴۷', '۵ اسفند ۱۴۰۴'],
  ['کافه اقتصاد', 40, 'طلا بخریم یا نه؟', 'یک کارشناس بازار سرمایه به پرسش‌های شنوندگان درباره سکه و طلا پاسخ می‌دهد.', '۲۶:۳۳', '۳ اسفند ۱۴۰۴'],
  ['روایت', 22, 'مادربزرگ‌های قالیباف', 'سه زن از روستاهای کاشمر از چهل سال قالیبافی می‌گویند.', '۳۱:۵۸', '۳۰ بهمن ۱۴۰۴'],
  ['یک فنجان تاریخ', 16, 'نخستین چاپخانه مشهد', 'ماجرای چاپ سنگی و نخستین کتاب‌هایی که در مشهد چاپ شد.', '۱۹:۲۵', '۲۸ بهمن ۱۴۰۴'],
  ['کافه اقتصاد', 39, 'یارانه انرژی به چه کسی می‌رسد؟', 'بررسی سهم دهک‌ها از یارانه بنزین و برق با یک پژوهشگر اقتصاد انرژی.', '۲۹:۰۹', '۲۶ بهمن ۱۴۰۴'],
  ['روایت', 21, 'شب‌های اورژانس', 'یک شب کاری با تکنسین‌های اورژانس ۱۱۵ در جاده مشهد به نیشابور.', '۳۸:۱۶', '۲۳ بهمن ۱۴۰۴'],
];

function qudsPodcasts(): NonArt {
  const title = 'پادکست‌های قدس';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>پادکست | قدس آنلاین</title>
<meta name="description" content="پادکست‌های روزنامه قدس: کافه اقتصاد، روایت و یک فنجان تاریخ">
<link rel="canonical" href="https://qudsonline.ir/podcasts">
<link rel="alternate" type="application/rss+xml" title="پادکست‌های قدس" href="https://qudsonline.ir/podcasts/feed.xml">
</head>
<body class="podcast-list">
<header class="qd-header"><a class="qd-logo" href="https://qudsonline.ir/"><img src="https://qudsonline.ir/client/themes/fa/main/img/logo.svg" alt="قدس آنلاین"></a>
<nav class="qd-nav"><a href="https://qudsonline.ir/service/politics">سیاسی</a> <a href="https://qudsonline.ir/service/economy">اقتصادی</a> <a href="https://qudsonline.ir/service/society">اجتماعی</a> <a href="https://qudsonline.ir/service/razavi">رضوی</a> <a href="https://qudsonline.ir/service/khorasan">خراسان</a> <a href="https://qudsonline.ir/multimedia">چندرسانه‌ای</a> <a class="active" href="https://qudsonline.ir/podcasts">پادکست</a></nav></header>
<main class="qd-main">
 <h1>${title}</h1>
 <p class="qd-intro">شنیدنی‌های روزنامه قدس؛ هر هفته سه برنامه تازه.</p>
 <div class="qd-subscribe"><span>دنبال کنید در:</span> <a href="https://castbox.fm/channel/id5821734">کست‌باکس</a> <a href="https://shenoto.com/podcast/quds">شنوتو</a> <a href="https://podcasts.apple.com/podcast/id1704452281">اپل پادکست</a> <a href="https://qudsonline.ir/podcasts/feed.xml">RSS</a></div>
 <ul class="qd-tabs"><li class="active"><a href="https://qudsonline.ir/podcasts">همه</a></li><li><a href="https://qudsonline.ir/podcasts/cafe-eghtesad">کافه اقتصاد</a></li><li><a href="https://qudsonline.ir/podcasts/revayat">روایت</a></li><li><a href="https://qudsonline.ir/podcasts/tarikh">یک فنجان تاریخ</a></li></ul>
 <div class="qd-episodes">
${EPISODES.map(([s, n, t, d, len, date], i) => `  <article class="qd-episode">
   <div class="qd-ep-series">${esc(s)} - قسمت ${persian(n)}</div>
   <h2><a href="https://qudsonline.ir/podcast/${9120 - i * 7}">${esc(t)}</a></h2>
   <p class="qd-ep-desc">${esc(d)}</p>
   <div class="qd-ep-meta"><span>مدت: ${len}</span> <span>${date}</span></div>
   <audio controls preload="none" src="https://cdn.qudsonline.ir/podcast/${9120 - i * 7}.mp3"></audio> <a class="qd-dl" href="https://cdn.qudsonline.ir/podcast/${9120 - i * 7}.mp3" download>دانلود</a>
  </article>`).join('\n')}
 </div>
 <nav class="qd-pager"><span class="current">${persian(1)}</span> <a href="https://qudsonline.ir/podcasts?page=2">${persian(2)}</a> <a href="https://qudsonline.ir/podcasts?page=3">${persian(3)}</a> <a href="https://qudsonline.ir/podcasts?page=2">بعدی</a></nav>
</main>
<footer class="qd-footer"><p>تمامی حقوق برای پایگاه خبری روزنامه قدس محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-qudsonline-podcasts', markup: 'podcast-list-qudsonline', url: 'https://qudsonline.ir/podcasts', title, html,
    notes: ['The podcast page of a newspaper\'s site: a one-line intro, subscribe links, series tabs, eight episode cards (series and episode number, linked title, one-sentence description, duration, date, an <audio> player, a download link) and a pager. A list, not an article.'] };
}

const TICKER = [
  'قیمت کارخانه‌ای محصولات سایپا برای فروردین اعلام شد',
  'ثبت‌نام طرح فروش فوق‌العاده ایران‌خودرو از شنبه',
  'واردات خودروی کارکرده؛ آیین‌نامه جدید ابلاغ شد',
  'قیمت خودرو در بازار آزاد امروز سه‌شنبه ۱۲ اسفند',
  'شماره‌گذاری خودروهای برقی رایگان شد',
  'بیمه شخص ثالث ۱۴۰۵ چقدر گران می‌شود؟',
];

function asrekhodroLogin(): NonArt {
  const title = 'ورود به حساب کاربری';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ورود | عصر خودرو</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="https://www.asrekhodro.com/user/login">
<link rel="stylesheet" href="https://www.asrekhodro.com/themes/ak/css/style.css?v=5.8">
</head>
<body class="user-login">
<div class="ak-ticker"><span class="ak-ticker-label">آخرین اخبار:</span><ul class="ak-ticker-list">
${TICKER.map((t, i) => `<li><a href="https://www.asrekhodro.com/news/${187430 - i * 3}">${esc(t)}</a></li>`).join('\n')}
</ul></div>
<header class="ak-header"><a class="ak-logo" href="https://www.asrekhodro.com/"><img src="https://www.asrekhodro.com/themes/ak/img/logo.png" alt="عصر خودرو"></a>
<nav class="ak-nav"><a href="https://www.asrekhodro.com/service/market">بازار خودرو</a> <a href="https://www.asrekhodro.com/service/prices">قیمت خودرو</a> <a href="https://www.asrekhodro.com/service/industry">صنعت</a> <a href="https://www.asrekhodro.com/service/review">بررسی و تست</a> <a href="https://www.asrekhodro.com/service/world">خودرو جهان</a></nav></header>
<main class="ak-main">
 <div class="ak-login-box">
  <h1>${title}</h1>
  <form action="https://www.asrekhodro.com/user/login" method="post" class="ak-login-form">
   <label for="username">شماره موبایل یا ایمیل</label> <input id="username" name="username" type="text" autocomplete="username">
   <label for="password">رمز عبور</label> <input id="password" name="password" type="password" autocomplete="current-password">
   <label for="captcha">کد امنیتی</label> <img src="https://www.asrekhodro.com/captcha?rnd=8841" alt="کد امنیتی" width="120" height="40"> <input id="captcha" name="captcha" type="text">
   <label><input type="checkbox" name="remember"> مرا به خاطر بسپار</label>
   <button type="submit">ورود</button>
  </form>
  <p><a href="https://www.asrekhodro.com/user/password">رمز عبور را فراموش کرده‌اید؟</a></p>
  <p><a href="https://www.asrekhodro.com/user/otp">ورود با رمز یک‌بار مصرف</a></p>
  <p>حساب کاربری ندارید؟ <a href="https://www.asrekhodro.com/user/register">ثبت‌نام کنید</a></p>
 </div>
 <aside class="ak-benefits"><h2>با حساب کاربری عصر خودرو می‌توانید:</h2><ul>
  <li>قیمت روز خودروهای مورد علاقه خود را دنبال کنید</li>
  <li>برای آگهی‌های خرید و فروش خودرو هشدار بگیرید</li>
  <li>در بخش نظرات شرکت کنید</li>
  <li>مطالب را برای خواندن بعدی ذخیره کنید</li>
 </ul></aside>
</main>
<footer class="ak-footer"><p>استفاده از مطالب عصر خودرو با ذکر منبع آزاد است.</p><p><a href="https://www.asrekhodro.com/about">درباره ما</a> <a href="https://www.asrekhodro.com/privacy">حریم خصوصی</a> <a href="https://www.asrekhodro.com/contact">تماس</a></p></footer>
<script>(function(){var l=document.querySelector('.ak-ticker-list');setInterval(function(){l.appendChild(l.firstElementChild)},4000)})();</script>
</body>
</html>
`;
  return { name: 'nonarticle-asrekhodro-login', markup: 'login-asrekhodro', url: 'https://www.asrekhodro.com/user/login', title, html,
    notes: ['The login page of a car-news site (noindex): a scrolling «آخرین اخبار» ticker of six linked headlines at the top, the login form (username, password, captcha, remember me), password-recovery / one-time-password / sign-up links and a four-item benefits list. A form page, not an article: the ticker headlines are links only.'] };
}

const NON_ARTICLES: NonArt[] = [vatanemroozPoll(), qudsPodcasts(), asrekhodroLogin()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout9', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '40417', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['irdiplomacy-helmand-water-talks']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true },
    },
  );
}
