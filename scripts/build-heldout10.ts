// Builds the TENTH held-out fixture set, tests/fixtures/heldout10/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Eight article pages in the markup of eight sites that no earlier set renders
// (Payam-e Ma as a Django app, Shana as an ASP.NET MVC app, SNN as an AMP page, Webda as a Laravel
// app, Honar Online as a React SSR app built with Remix, the Foolad club site on Joomla + K2, Eghtesad
// 100, ICANA) and three non-article pages (an Isfahan Ziba election results table, the Tebyan
// prayer-times page, an e-Estekhdam job listing rendered by Laravel + Inertia). All eight texts were
// written for this set; the names of all quoted officials and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout10.ts          (build + check)
//        npx tsx scripts/build-heldout10.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, jsonld, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout10');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', pre = '') => c.a.tags.map((t) => `<a href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${pre}${esc(pre ? t.replace(/ /g, '_') : t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The same instant in UTC with milliseconds, as a JavaScript app serialises it. */
const utcIsoMs = (c: Ctx) => new Date(c.iso).toISOString();
/** Milliseconds since the epoch, as ASP.NET's JavaScriptSerializer writes a DateTime: «\/Date(…)\/». */
const epochMs = (c: Ctx) => new Date(c.iso).getTime();
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** Text typed on an Arabic keyboard layout: Arabic yeh and kaf for Persian ی and ک. */
/** The numeric Jalali date «۱۴۰۵/۰۱/۱۶». */
const faNumDate = (c: Ctx) => persian(`${c.y}/${c.m}/${c.d}`);

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Payam-e Ma as a Django app: /static/ and /media/ paths, csrfmiddlewaretoken in the comment form;
  // the JSON-LD NewsArticle gives datePublished as a NAIVE local time (no offset: Django with
  // USE_TZ = False); visible Jalali date and time; rootitr; summary paragraph as lead; photo after
  // paragraph 2 with figcaption and credit; in-body «پیشنهاد پیام ما:» box; print-edition line after
  // the body; tags, share row, related, comments, most-read.
  payamema: {
    site: 'پیام ما',
    boiler: ['پیشنهاد پیام ما:', 'این گزارش در شماره', 'برچسب‌ها:', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'دیدگاه شما', 'تمامی حقوق مادی و معنوی این وب‌سایت متعلق به روزنامه پیام ما است', 'میراث و گردشگری'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | پیام ما</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="پیام ما">
<meta property="og:image" content="https://payamema.ir/media/news/1405/01/${c.id}-main.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="/static/css/main.8c41d2e7.css">
<link rel="icon" href="/static/img/favicon.ico">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead,
  datePublished: c.iso.slice(0, 19), dateModified: c.iso.slice(0, 19), image: `https://payamema.ir/media/news/1405/01/${c.id}-main.jpg`,
  author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'پیام ما', logo: { '@type': 'ImageObject', url: 'https://payamema.ir/static/img/logo.png' } },
  mainEntityOfPage: c.a.url,
})}</script>
</head>
<body class="news-detail">
<header class="pm-header">
 <div class="pm-top"><span class="pm-today">${weekday(c)} ${faDate(c)}</span> <a href="/newspaper/">نسخه PDF روزنامه</a> <a href="/accounts/login/">ورود</a></div>
 <a class="pm-logo" href="/"><img src="/static/img/logo.png" alt="پیام ما"></a>
 <nav class="pm-nav"><a href="/category/society/">جامعه</a> <a class="active" href="/category/environment/">${esc(c.a.kicker)}</a> <a href="/category/water/">آب</a> <a href="/category/heritage/">میراث و گردشگری</a> <a href="/category/economy/">اقتصاد</a> <a href="/category/notes/">یادداشت</a> <a href="/category/multimedia/">چندرسانه‌ای</a></nav>
</header>
<main class="container">
<article class="pm-article" id="news-${c.id}">
 <div class="pm-rootitr">پیامدهای سفرهای نوروزی</div>
 <h1 class="pm-title">${esc(c.a.title)}</h1>
 <div class="pm-meta"><span class="pm-author">نویسنده: ${esc(c.a.author ?? '')}</span> <span class="pm-date">${faDate(c)}، ساعت ${faTime(c)}</span> <span class="pm-code">کد خبر: ${persian(c.id)}</span></div>
 <p class="pm-summary">${esc(c.a.lead ?? '')}</p>
 <div class="pm-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<figure class="pm-figure"><img src="/media/news/1405/01/${c.id}-1.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} <span class="pm-credit">${esc(c.a.credit)}</span></figcaption></figure>`,
  `<div class="pm-suggest"><strong>پیشنهاد پیام ما:</strong> <a href="/news/${Number(c.id) - 388}/">${esc(c.a.inline ?? '')}</a></div>`)}
 </div>
 <p class="pm-print">این گزارش در شماره ${persian(2648)} روزنامه پیام ما، صفحه ${persian(3)} (محیط زیست) منتشر شده است.</p>
 <div class="pm-tags"><span>برچسب‌ها:</span> ${tagLinks(c, '/tag/', ' ')}</div>
 <div class="pm-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://x.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <button type="button" data-copy="${esc(c.a.url)}">کپی لینک</button></div>
</article>
<section class="pm-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, '/news/', Number(c.id) - 912)}
</ul></section>
<section class="pm-comments"><h2>دیدگاه شما</h2>
${comments(c, (n, t) => `<div class="pm-comment"><div class="pm-comment__author">${n}</div><p>${t}</p></div>`)}
<form method="post" action="/news/${c.id}/comment/"><input type="hidden" name="csrfmiddlewaretoken" value="q7Vd0R2kXbN8sLmT4yUe9ZcAfHwJ3pGi5oKxQ1nW6rYt8uBvMzE2"><input type="text" name="name" placeholder="نام"><textarea name="body" placeholder="دیدگاه خود را بنویسید"></textarea><button type="submit">ارسال دیدگاه</button></form>
</section>
<aside class="pm-most"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 2230)}
</ol></aside>
</main>
<footer class="pm-footer"><p>تمامی حقوق مادی و معنوی این وب‌سایت متعلق به روزنامه پیام ما است.</p><p><a href="/about/">درباره ما</a> <a href="/contact/">تماس با ما</a></p></footer>
<script src="/static/js/main.2b9e0f13.js"></script>
</body>
</html>
`,
  },

  // Shana (the oil ministry's news agency) as an ASP.NET MVC app: /Content and /bundles with
  // ?v= hashes, __RequestVerificationToken in the comment form; NO date meta, the visible date is
  // numeric Jalali («۱۴۰۵/۰۱/۱۶ ۱۲:۳۰») and an inline view model carries the instant the way
  // JavaScriptSerializer writes it, «\/Date(ms)\/»; rootitr; lead div; photo before the body;
  // in-body «مطلب مرتبط:» box; «انتهای خبر/» inside the body div; tools, tags, related, comments.
  shana: {
    site: 'شانا',
    boiler: ['کد خبر', 'مطلب مرتبط:', 'انتهای خبر', 'خبرهای مرتبط', 'پربازدیدترین', 'نظرات', 'کلیه حقوق این پایگاه متعلق به شانا، پایگاه اطلاع‌رسانی وزارت نفت است', 'اکتشاف و تولید'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(c.a.title)} - شانا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:image" content="https://www.shana.ir/Files/News/1405/01/${Number(c.d)}/${c.id}_main.jpg" />
<link rel="canonical" href="${esc(c.a.url)}" />
<link href="/Content/css?v=kQ3m8vX2pZ1rT7yN0bWc4eF6hJ9LsD2aG5uI8oP1" rel="stylesheet"/>
<script src="/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">${weekday(c)} ${faNumDate(c)}</span> <a href="/en">English</a> <a href="/ar">العربية</a> <a href="/rss">RSS</a></div></div>
<header class="navbar"><div class="container"><a class="navbar-brand" href="/"><img src="/Content/images/shana-logo.png" alt="شانا" /></a>
<ul class="nav navbar-nav"><li><a href="/Service/upstream">اکتشاف و تولید</a></li><li class="active"><a href="/Service/downstream">${esc(c.a.kicker)}</a></li><li><a href="/Service/gas">گاز</a></li><li><a href="/Service/petrochemical">پتروشیمی</a></li><li><a href="/Service/international">بین‌الملل</a></li><li><a href="/Service/interview">گفت‌وگو</a></li><li><a href="/Gallery">چندرسانه‌ای</a></li></ul></div></header>
<div class="container body-content">
<div class="row">
<div class="col-md-8">
<div class="news-detail" data-news-id="${c.id}">
 <ol class="breadcrumb"><li><a href="/">صفحه اصلی</a></li><li><a href="/Service/downstream">${esc(c.a.kicker)}</a></li></ol>
 <div class="news-info"><span class="news-code">کد خبر: ${persian(c.id)}</span> <span class="news-date">${faNumDate(c)} ${faTime(c)}</span></div>
 <h3 class="rootitr">گزارش عملکرد نوروزی</h3>
 <h1 class="news-title">${esc(c.a.title)}</h1>
 <div class="lead">${esc(c.a.lead ?? '')}</div>
 <div class="news-image"><img src="/Files/News/1405/01/${Number(c.d)}/${c.id}_main.jpg" alt="${esc(c.a.caption)}" class="img-responsive" /><div class="caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
 <div class="news-body" id="news-body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h4>${t}</h4>`, '',
  `<div class="related-inline"><span>مطلب مرتبط:</span> <a href="/news/${Number(c.id) - 1173}/">${esc(c.a.inline ?? '')}</a></div>`)}
 <p class="end-news">انتهای خبر/</p>
 </div>
 <div class="news-tags">${tagLinks(c, '/Tag/', ' ')}</div>
 <div class="news-tools"><a href="/Print/${c.id}">نسخه چاپی</a> <a href="/Send/${c.id}">ارسال به دوستان</a> <a href="/Pdf/${c.id}">دریافت فایل PDF</a></div>
</div>
<section class="related-news"><h2>خبرهای مرتبط</h2><ul>
${li(c.a.related, '/news/', Number(c.id) - 2260)}
</ul></section>
<section class="comments"><h2>نظرات</h2>
${comments(c, (n, t) => `<div class="comment-item"><strong>${n}</strong><p>${t}</p></div>`)}
<form action="/Comment/Send" method="post"><input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq2hXr0-Ly9mTzA4eW1bQk7sVuP3cR6dF8gH2jK5lM0nO9pQ1rS4tU7vW0xY3z" /><input type="hidden" name="NewsId" value="${c.id}" /><input type="text" name="Name" placeholder="نام" /><textarea name="Body" placeholder="نظر شما"></textarea><button type="submit" class="btn btn-primary">ارسال نظر</button></form>
</section>
</div>
<div class="col-md-4"><aside class="most-visited"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 3540)}
</ol></aside></div>
</div>
</div>
<footer class="footer"><div class="container"><p>کلیه حقوق این پایگاه متعلق به شانا، پایگاه اطلاع‌رسانی وزارت نفت است.</p></div></footer>
<script src="/bundles/jquery?v=2u0aRenDpYxArEyILB59ETSCA2cfQkSMlxb6jbMBqf81"></script>
<script>var newsModel = {"NewsId":${Number(c.id)},"Title":${js(c.a.title)},"ServiceTitle":${js(c.a.kicker)},"PublishDate":"\\/Date(${epochMs(c)})\\/","LangId":1,"HasVideo":false};</script>
</body>
</html>
`,
  },

  // SNN (student news agency) as an AMP page: <html ⚡>, amp-boilerplate, JSON-LD NewsArticle
  // (+03:30), amp-img cover in a <figure>, a POLL inside the article (amp-form), amp-social-share,
  // amp-accordion with related news, amp-carousel of most-read, amp-sticky-ad, «نسخه کامل» link;
  // no comments.
  snn: {
    site: 'خبرگزاری دانشجو',
    boiler: ['کد خبر', 'نظرسنجی', 'ثبت رأی', 'اخبار مرتبط', 'پربازدیدترین اخبار', 'نسخه کامل', 'تمامی حقوق این سایت متعلق به خبرگزاری دانشجو است'],
    render: (c) => `<!doctype html>
<html ⚡ lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>${esc(c.a.title)} | خبرگزاری دانشجو</title>
<link rel="canonical" href="${esc(c.a.url.replace('/amp/', '/'))}">
<meta name="viewport" content="width=device-width">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-form" src="https://cdn.ampproject.org/v0/amp-form-0.1.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sticky-ad" src="https://cdn.ampproject.org/v0/amp-sticky-ad-1.0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>body{font-family:Vazirmatn,tahoma;direction:rtl;margin:0}.lead{font-weight:700;color:#333}.poll{border:1px solid #ddd;padding:8px}figure{margin:0}</style>
${jsonld(c, 'NewsArticle', 'خبرگزاری دانشجو', 'https://snn.ir/client/themes/fa/main/img/logo.png', { author: { '@type': 'Organization', name: 'خبرگزاری دانشجو' } })}
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-SNN4M2Q7","config":{"G-SNN4M2Q7":{"groups":"default"}}}}</script></amp-analytics>
<header class="amp-header"><a href="https://snn.ir/fa"><amp-img src="https://snn.ir/client/themes/fa/main/img/logo.png" width="140" height="40" alt="خبرگزاری دانشجو"></amp-img></a> <a class="full-version" href="${esc(c.a.url.replace('/amp/', '/'))}">نسخه کامل</a></header>
<nav class="amp-nav"><a href="https://snn.ir/fa/service/politics">سیاسی</a> <a href="https://snn.ir/fa/service/economy">اقتصادی</a> <a href="https://snn.ir/fa/service/society">اجتماعی</a> <a href="https://snn.ir/fa/service/education">${esc(c.a.kicker)}</a> <a href="https://snn.ir/fa/service/university">دانشگاه</a> <a href="https://snn.ir/fa/service/culture">فرهنگی</a></nav>
<article class="amp-news">
 <div class="news-line"><span class="service">${esc(c.a.kicker)}</span> <span class="code">کد خبر: ${persian(c.id)}</span> <span class="date">${faDate(c)} - ${faTime(c)}</span></div>
 <h2 class="rootitr">اطلاعیه مرکز ارزشیابی آموزش و پرورش</h2>
 <h1 class="title">${esc(c.a.title)}</h1>
 <p class="lead">${esc(c.a.lead ?? '')}</p>
 <figure><amp-img src="https://snn.ir/files/fa/news/1405/1/${Number(c.d)}/${c.id}_main.jpg" width="800" height="450" layout="responsive" alt="${esc(c.a.caption)}"></amp-img><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
 <div class="body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<div class="poll"><h3>نظرسنجی</h3><p class="poll-q">${esc(c.a.inline ?? '')}</p><form method="post" action-xhr="https://snn.ir/fa/poll/vote/2291" target="_top"><label><input type="radio" name="opt" value="1"> موافقم</label> <label><input type="radio" name="opt" value="2"> مخالفم</label> <label><input type="radio" name="opt" value="3"> نظری ندارم</label> <button type="submit">ثبت رأی</button><div submit-success><template type="amp-mustache">رأی شما ثبت شد.</template></div></form></div>`)}
 </div>
 <div class="tags">${tagLinks(c, 'https://snn.ir/fa/tag/', ' ')}</div>
 <div class="share"><amp-social-share type="telegram" width="40" height="40" data-param-url="${esc(c.a.url)}"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share></div>
</article>
<amp-accordion class="related" disable-session-states><section expanded><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://snn.ir/fa/amp/news/', Number(c.id) - 4400)}
</ul></section></amp-accordion>
<section class="most"><h2>پربازدیدترین اخبار</h2><amp-carousel type="carousel" height="90" layout="fixed-height">
${c.a.mostRead.map((t, i) => `<div class="slide"><a href="https://snn.ir/fa/amp/news/${Number(c.id) - 8100 - i * 53}">${esc(t)}</a></div>`).join('\n')}
</amp-carousel></section>
<footer class="amp-footer"><p>تمامی حقوق این سایت متعلق به خبرگزاری دانشجو است.</p></footer>
<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="yektanet" data-slot="snn-amp-sticky"></amp-ad></amp-sticky-ad>
</body>
</html>
`,
  },

  // Webda (the health ministry's news site) as a Laravel app: csrf-token meta, Vite /build/assets,
  // /storage/ images, a Livewire «was this useful?» widget; article:published_time holds the JALALI
  // date written as if it were ISO («1405-01-19T13:45:00+03:30»), the only date metadata; visible
  // Jalali date and time; lead paragraph; photo between lead and body; an INFOGRAPHIC figure inside
  // the body with its own caption; related list, latest news; no comments.
  webda: {
    site: 'وبدا',
    boiler: ['کد خبر', 'اینفوگرافیک |', 'مطالب مرتبط', 'آخرین اخبار', 'آیا این خبر برای شما مفید بود؟', 'پایگاه اطلاع‌رسانی وزارت بهداشت، درمان و آموزش پزشکی', 'نسخه چاپی', 'غذا و دارو'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Zq4Xv2Lm8NpR0sTa6WbYc3Ed9Fg1Hi7Jk5Ol2Mn4">
<title>${esc(c.a.title)} - وبدا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="وبدا">
<meta property="og:image" content="https://webda.behdasht.gov.ir/storage/news/${c.id}/cover.jpg">
<meta property="article:published_time" content="${c.y}-${c.m}-${c.d}T${c.hh}:${c.mi}:00+03:30">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="preload" as="style" href="https://webda.behdasht.gov.ir/build/assets/app-3f9c2b1e.css"><link rel="stylesheet" href="https://webda.behdasht.gov.ir/build/assets/app-3f9c2b1e.css">
<script type="module" src="https://webda.behdasht.gov.ir/build/assets/app-9d2e4a7b.js"></script>
<style>[wire\\:loading], [wire\\:loading\\.delay], [wire\\:offline], [wire\\:dirty]:not(textarea):not(input):not(select) {display: none;}</style>
</head>
<body class="antialiased">
<header class="site-header" x-data="{ open: false }">
 <div class="header-top"><img src="https://webda.behdasht.gov.ir/images/moh-logo.svg" alt="وزارت بهداشت" width="48"> <span>پایگاه اطلاع‌رسانی وزارت بهداشت، درمان و آموزش پزشکی</span></div>
 <nav class="main-nav"><a href="/">صفحه نخست</a> <a class="is-active" href="/category/health">${esc(c.a.kicker)}</a> <a href="/category/treatment">درمان</a> <a href="/category/education">آموزش پزشکی</a> <a href="/category/fda">غذا و دارو</a> <a href="/category/research">پژوهش</a> <a href="/multimedia">چندرسانه‌ای</a></nav>
</header>
<main class="container">
<article class="news-show">
 <nav class="breadcrumb"><a href="/">صفحه نخست</a> / <a href="/category/health">${esc(c.a.kicker)}</a></nav>
 <div class="news-meta"><span class="news-code">کد خبر: ${persian(c.id)}</span> <span class="news-date">${weekday(c)} ${faDate(c)} | ${faTime(c)}</span> <a class="print" href="/news/${c.id}/print">نسخه چاپی</a></div>
 <h1 class="news-title">${esc(c.a.title)}</h1>
 <p class="news-lead">${esc(c.a.lead ?? '')}</p>
 <figure class="news-cover"><img src="https://webda.behdasht.gov.ir/storage/news/${c.id}/cover.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} (${esc(c.a.credit)})</figcaption></figure>
 <div class="news-content">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<figure class="infographic"><img src="https://webda.behdasht.gov.ir/storage/infographics/measles-1405.png" alt="${esc(c.a.inline ?? '')}" width="720"><figcaption>اینفوگرافیک | ${esc(c.a.inline ?? '')}</figcaption></figure>`)}
 </div>
 <div class="news-tags">${tagLinks(c, '/tag/', ' ', '#')}</div>
 <div wire:id="Vx2kQ8mL0pZr" wire:initial-data="{&quot;fingerprint&quot;:{&quot;id&quot;:&quot;Vx2kQ8mL0pZr&quot;,&quot;name&quot;:&quot;news-feedback&quot;,&quot;locale&quot;:&quot;fa&quot;},&quot;serverMemo&quot;:{&quot;data&quot;:{&quot;newsId&quot;:${Number(c.id)},&quot;voted&quot;:false}}}" class="feedback">آیا این خبر برای شما مفید بود؟ <button wire:click="vote(1)">بله</button> <button wire:click="vote(0)">خیر</button></div>
 <section class="related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, '/news/', Number(c.id) - 310)}
 </ul></section>
</article>
<aside class="latest"><h2>آخرین اخبار</h2><ul>
${li(c.a.mostRead, '/news/', Number(c.id) + 4)}
</ul></aside>
</main>
<footer class="site-footer"><p>پایگاه اطلاع‌رسانی وزارت بهداشت، درمان و آموزش پزشکی - مرکز روابط عمومی و اطلاع‌رسانی</p><p><a href="/about">درباره ما</a> <a href="/contact">ارتباط با ما</a></p></footer>
<script src="https://webda.behdasht.gov.ir/vendor/livewire/livewire.js?id=90730a3b0e7144480175" data-turbo-eval="false" data-turbolinks-eval="false"></script><script>window.livewire = new Livewire();window.Livewire = window.livewire;</script>
</body>
</html>
`,
  },

  // Honar Online as a React SSR app built with Remix: emotion-hashed class names, /build/_assets,
  // modulepreload links, React's «charSet»; NO date meta: the visible Jalali date and time, and the
  // instant in UTC with milliseconds inside window.__remixContext; lead paragraph; photo with
  // caption; INTERVIEW questions as <h4>; an in-body «بیشتر بخوانید» card; share, tags, related,
  // comments, newsletter box, most-viewed.
  honaronline: {
    site: 'هنرآنلاین',
    boiler: ['بیشتر بخوانید', 'اشتراک‌گذاری', 'خبرهای مرتبط', 'پربازدیدها', 'دیدگاه‌ها', 'عضویت در خبرنامه', 'کلیه حقوق این سایت متعلق به هنرآنلاین است', 'هنرهای تجسمی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>${esc(c.a.title)} | هنرآنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}"/>
<meta property="og:title" content="${esc(c.a.title)}"/><meta property="og:type" content="article"/><meta property="og:image" content="https://cdn.honaronline.ir/news/${c.id}/cover.webp"/>
<link rel="canonical" href="${esc(c.a.url)}"/>
<link rel="stylesheet" href="/build/_assets/root-5XK2LQ7M.css"/>
<link rel="modulepreload" href="/build/entry.client-HGP3K2ZA.js"/><link rel="modulepreload" href="/build/_shared/chunk-NB7QJ4OE.js"/><link rel="modulepreload" href="/build/routes/news.$id.$slug-2TQW6YRM.js"/>
<style data-emotion="css 1q8w2e3 r4t5y6u 9i0o1p2 a3s4d5f g6h7j8k">.css-1q8w2e3{max-width:760px;margin:0 auto}.css-r4t5y6u{font-weight:700;line-height:2}.css-9i0o1p2{font-size:1.05rem}</style>
</head>
<body>
<div class="css-0 app-shell">
<header class="css-g6h7j8k"><a href="/" aria-label="هنرآنلاین"><img src="/build/_assets/logo-DQ2R4L.svg" alt="هنرآنلاین" width="150" height="42"/></a>
<nav class="css-a3s4d5f"><a href="/service/cinema">سینما</a><a href="/service/music">موسیقی</a><a href="/service/theater">تئاتر</a><a href="/service/visual-arts">هنرهای تجسمی</a><a aria-current="page" class="active" href="/service/book">${esc(c.a.kicker)}</a><a href="/service/heritage">میراث</a></nav></header>
<main class="css-1q8w2e3">
<article>
 <a class="css-kicker" href="/service/book">${esc(c.a.kicker)}</a>
 <h1 class="css-title">${esc(c.a.title)}</h1>
 <div class="css-meta"><span>${weekday(c)} ${faDate(c)} - ${faTime(c)}</span><!-- --> · <span>کد خبر: <!-- -->${persian(c.id)}</span></div>
 <p class="css-r4t5y6u">${esc(c.a.lead ?? '')}</p>
 <figure class="css-figure"><img src="https://cdn.honaronline.ir/news/${c.id}/cover.webp" alt="${esc(c.a.caption)}" loading="eager"/><figcaption>${esc(c.a.caption)}<!-- --> | <!-- -->${esc(c.a.credit)}</figcaption></figure>
 <div class="css-9i0o1p2 news-body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<aside class="css-readmore"><span>بیشتر بخوانید</span><a href="/news/${Number(c.id) - 1466}">${esc(c.a.inline ?? '')}</a></aside>`,
  (t) => `<h4 class="css-question">${t}</h4>`)}
 </div>
 <div class="css-share"><span>اشتراک‌گذاری</span><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a><a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a><button type="button">کپی لینک</button></div>
 <div class="css-tags">${tagLinks(c, '/tag/', '')}</div>
</article>
<section class="css-related"><h2>خبرهای مرتبط</h2><ul>
${li(c.a.related, '/news/', Number(c.id) - 600)}
</ul></section>
<section class="css-comments"><h2>دیدگاه‌ها<!-- --> (<!-- -->${persian(c.a.comments.length)}<!-- -->)</h2>
${comments(c, (n, t) => `<div class="css-comment"><b>${n}</b><p>${t}</p></div>`)}
<form method="post"><textarea name="text" placeholder="دیدگاه شما"></textarea><button type="submit">ارسال</button></form></section>
<div class="css-newsletter"><h3>عضویت در خبرنامه</h3><p>هر هفته تازه‌های فرهنگ و هنر را در ایمیل خود بخوانید.</p><form><input type="email" placeholder="ایمیل"/><button>عضویت</button></form></div>
<aside class="css-most"><h2>پربازدیدها</h2><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 2100)}
</ol></aside>
</main>
<footer class="css-footer"><p>کلیه حقوق این سایت متعلق به هنرآنلاین است.</p></footer>
</div>
<script>window.__remixContext = ${js({
  url: new URL(c.a.url).pathname, future: { v3_fetcherPersist: false }, isSpaMode: false,
  state: { loaderData: { root: { lang: 'fa', services: ['سینما', 'موسیقی', 'تئاتر', 'هنرهای تجسمی', c.a.kicker, 'میراث'] }, 'routes/news.$id.$slug': { news: { id: Number(c.id), title: c.a.title, service: c.a.kicker, publishedAt: utcIsoMs(c), cover: `https://cdn.honaronline.ir/news/${c.id}/cover.webp` } } }, actionData: null, errors: null },
})};</script>
<script type="module" async>import "/build/manifest-1A2B3C4D.js";import * as route0 from "/build/root-QZ7X3K.js";import * as route1 from "/build/routes/news.$id.$slug-2TQW6YRM.js";window.__remixRouteModules = {"root":route0,"routes/news.$id.$slug":route1};import("/build/entry.client-HGP3K2ZA.js");</script>
</body>
</html>
`,
  },

  // The Foolad Khuzestan club site on Joomla 3 + K2: Joomla generator meta, /media/k2 and
  // /components/com_k2 assets, joomla-script-options with a CSRF token; NO date metadata, the date
  // only in <span class="itemDateCreated"> with LATIN digits; the title is the K2 <h2 class="itemTitle">
  // (no <h1>); the item image block (image, caption, credits) before the intro text; intro text as
  // lead; an Aparat video embed with a «ویدئو |» line inside the full text; K2 extra fields with the
  // match facts; hits, tags, related items, item navigation, K2 comments. The article text was typed
  // with ARABIC yeh and kaf (ي ك); the template and K2 chrome use Persian letters.
  foolad: {
    site: 'باشگاه فولاد خوزستان',
    boiler: ['بار خوانده شده', 'ویدئو |', 'اطلاعات بازی', 'برچسب‌ها', 'مطالب مرتبط', 'آخرین مطالب', 'ارسال نظر', 'تمامی حقوق برای باشگاه فرهنگی ورزشی فولاد خوزستان محفوظ است', 'فروشگاه هواداری'],
    render: (c) => `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fa-ir" lang="fa-ir" dir="rtl">
<head>
<base href="${esc(c.a.url)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="${esc(c.a.tags.join(', '))}" />
<meta name="rights" content="باشگاه فولاد خوزستان" />
<meta name="author" content="${esc(c.a.author ?? '')}" />
<meta property="og:url" content="${esc(c.a.url)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:description" content="${esc(c.a.lead ?? '')}" />
<meta property="og:image" content="https://www.fooladfc.ir/media/k2/items/cache/8f2c1d0e9b7a6f5e4d3c2b1a0f9e8d7c_XL.jpg" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>${esc(c.a.title)} - باشگاه فولاد خوزستان</title>
<link href="/media/k2/assets/css/k2.fonts.css?v=2.10.3&amp;b=20200429" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v=2.10.3&amp;b=20200429" rel="stylesheet" />
<link href="/templates/foolad2020/css/template.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?6d1d8f0c8b2e5a4f3e2d1c0b9a8f7e6d"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/"></script>
<script type="application/json" class="joomla-script-options new">{"csrf.token":"3c0f9a1e7b5d2c8f4a6e0b9d1c3f5a7e","system.paths":{"root":"","base":""}}</script>
</head>
<body class="site com_k2 view-item no-layout no-task itemid-112 rtl">
<div class="header"><a href="/index.php/fa/"><img src="/images/logo-foolad.png" alt="باشگاه فولاد خوزستان" /></a>
<ul class="nav menu mod-list"><li class="item-101"><a href="/index.php/fa/">صفحه اصلی</a></li><li class="item-112 current active"><a href="/index.php/fa/news">${esc(c.a.kicker)}</a></li><li class="item-113"><a href="/index.php/fa/academy">آکادمی</a></li><li class="item-114"><a href="/index.php/fa/fooladtv">فولاد تی‌وی</a></li><li class="item-115"><a href="/index.php/fa/shop">فروشگاه هواداری</a></li><li class="item-116"><a href="/index.php/fa/contact">تماس با ما</a></li></ul>
<div class="next-match">بازی بعدی: استقلال - فولاد | پنجشنبه ${persian(27)} فروردین</div></div>
<div id="k2Container" class="itemView">
 <div class="itemHeader">
  <span class="itemDateCreated">${weekday(c)}, ${Number(c.d)} ${c.mn} ${c.y} ${c.hh}:${c.mi}</span>
  <h2 class="itemTitle">${esc(c.a.title)}</h2>
  <span class="itemAuthor">نوشته شده توسط&nbsp;<a rel="author" href="/index.php/fa/news/itemlist/user/62">${esc(c.a.author ?? '')}</a></span>
 </div>
 <div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="${esc(c.a.url)}?tmpl=component&amp;print=1">چاپ</a></li><li><a class="itemEmailLink" rel="nofollow" href="/index.php/fa/component/mailto/">ایمیل</a></li><li><span class="itemHits">${1843} بار خوانده شده</span></li></ul></div>
 <div class="itemBody">
  <div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/8f2c1d0e9b7a6f5e4d3c2b1a0f9e8d7c_XL.jpg" title="برای دیدن تصویر در اندازه کامل کلیک کنید"><img src="/media/k2/items/cache/8f2c1d0e9b7a6f5e4d3c2b1a0f9e8d7c_L.jpg" alt="${esc(c.a.caption)}" style="width:600px; height:auto;" /></a></span><span class="itemImageCaption">${esc(c.a.caption)}</span><span class="itemImageCredits">${esc(c.a.credit)}</span></div>
  <div class="itemIntroText"><p>${esc(c.a.lead ?? '')}</p></div>
  <div class="itemFullText">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<p><strong>ویدئو | ${esc(c.a.inline ?? '')}</strong></p>\n<div class="h_iframe-aparat_embed_frame"><span style="display: block;padding-top: 57%"></span><iframe src="https://www.aparat.com/video/video/embed/videohash/k7Fq2/vt/frame" allowFullScreen="true" webkitallowfullscreen="true" mozallowfullscreen="true"></iframe></div>`)}
  </div>
  <div class="itemExtraFields"><h3>اطلاعات بازی</h3><ul><li class="even typeTextfield group1"><span class="itemExtraFieldsLabel">ورزشگاه:</span> <span class="itemExtraFieldsValue">فولاد آرنا</span></li><li class="odd typeTextfield group1"><span class="itemExtraFieldsLabel">نتیجه:</span> <span class="itemExtraFieldsValue">فولاد ۲ - ۱ تراکتور</span></li><li class="even typeTextfield group1"><span class="itemExtraFieldsLabel">رقابت:</span> <span class="itemExtraFieldsValue">لیگ برتر، هفته ۲۳</span></li></ul></div>
 </div>
 <div class="itemLinks"><div class="itemTagsBlock"><span>برچسب‌ها</span><ul class="itemTags">${c.a.tags.map((t) => `<li><a href="/index.php/fa/news/itemlist/tag/${encodeURIComponent(t)}">${esc(t)}</a></li>`).join('')}</ul></div></div>
 <div class="itemSocialSharing"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a></div>
 <div class="itemRelated"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, '/index.php/fa/news/item/', Number(c.id) - 40)}
 </ul></div>
 <div class="itemNavigation"><span class="itemNavigationTitle">مطالب بیشتر در این دسته:</span> <a class="itemPrevious" href="/index.php/fa/news/item/${Number(c.id) - 1}">« ${esc(c.a.mostRead[1])}</a> <a class="itemNext" href="/index.php/fa/news/item/${Number(c.id) + 1}">${esc(c.a.mostRead[2])} »</a></div>
 <div class="itemComments"><h3 class="itemCommentsCounter"><span>${c.a.comments.length}</span> نظر</h3><ul class="itemCommentsList">
${comments(c, (n, t, k) => `<li class="${k % 2 ? 'even' : 'odd'}"><span class="commentDate">${weekday(c)}, ${Number(c.d)} ${c.mn} ${c.y} 23:${String(31 + k * 7)}</span><span class="commentAuthorName">ارسال شده توسط ${n}</span><p>${t}</p></li>`)}
 </ul><div class="itemCommentsForm"><h3>ارسال نظر</h3><form action="/index.php/fa/" method="post" id="comment-form"><label for="userName">نام</label> <input type="text" name="userName" id="userName" /><label for="commentText">پیام</label> <textarea name="commentText" id="commentText"></textarea><input type="submit" class="button" value="ارسال" /><input type="hidden" name="option" value="com_k2" /><input type="hidden" name="view" value="item" /><input type="hidden" name="task" value="comment" /><input type="hidden" name="itemID" value="${Number(c.id)}" /><input type="hidden" name="3c0f9a1e7b5d2c8f4a6e0b9d1c3f5a7e" value="1" /></form></div></div>
</div>
<div class="moduletable latest"><h3>آخرین مطالب</h3><ul>
${li(c.a.mostRead, '/index.php/fa/news/item/', Number(c.id) + 3)}
</ul></div>
<div class="footer">تمامی حقوق برای باشگاه فرهنگی ورزشی فولاد خوزستان محفوظ است.</div>
</body>
</html>
`,
  },

  // Eghtesad 100 (economy news site, own CMS): JSON-LD NewsArticle (+03:30) and a visible Jalali
  // date and time under the lead; market ticker; uptitle; the LEAD IN AN <h2>; photo before the
  // body; in-body «بیشتر بخوانید:» lines; a STICKY VIDEO PLAYER of another story pinned at the page
  // bottom; tags, share, related, comments, most-read. The page LOST EVERY ZWNJ.
  eghtesad100: {
    site: 'اقتصاد ۱۰۰',
    boiler: ['ویدئو |', 'بیشتر بخوانید:', 'اخبار مرتبط', 'پربازدیدترین', 'نظرات کاربران', 'کلیه حقوق مادی و معنوی این پایگاه متعلق به اقتصاد ۱۰۰ است', 'بازار سرمایه', 'شاخص کل بورس'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | اقتصاد ۱۰۰</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="اقتصاد ۱۰۰">
<meta property="og:image" content="https://www.eghtesad100.ir/uploads/1405/01/${c.id}-lg.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.eghtesad100.ir/assets/css/app.min.css?v=3.12">
${jsonld(c, 'NewsArticle', 'اقتصاد ۱۰۰', 'https://www.eghtesad100.ir/assets/img/logo.png', { author: { '@type': 'Person', name: c.a.author } })}
</head>
<body class="news-page">
<div class="e100-ticker"><span>دلار آزاد: ${persian('94,850').replace(',', '٬')} تومان</span> <span>سکه امامی: ${persian('78,400,000').replace(/,/g, '٬')} تومان</span> <span>شاخص کل بورس: ${persian('3,412,560').replace(/,/g, '٬')} واحد</span></div>
<header class="e100-header"><a class="e100-logo" href="https://www.eghtesad100.ir/"><img src="https://www.eghtesad100.ir/assets/img/logo.png" alt="اقتصاد ۱۰۰"></a>
<nav class="e100-nav"><a href="https://www.eghtesad100.ir/fa/service/macro">اقتصاد کلان</a> <a class="active" href="https://www.eghtesad100.ir/fa/service/housing">${esc(c.a.kicker)}</a> <a href="https://www.eghtesad100.ir/fa/service/bourse">بازار سرمایه</a> <a href="https://www.eghtesad100.ir/fa/service/car">خودرو</a> <a href="https://www.eghtesad100.ir/fa/service/energy">انرژی</a> <a href="https://www.eghtesad100.ir/fa/video">ویدئو</a></nav></header>
<main class="e100-main">
<article class="e100-news">
 <div class="e100-crumb"><a href="https://www.eghtesad100.ir/">خانه</a> › <a href="https://www.eghtesad100.ir/fa/service/housing">${esc(c.a.kicker)}</a></div>
 <span class="e100-uptitle">بازار اجاره در آستانه فصل جابه‌جایی</span>
 <h1 class="e100-title">${esc(c.a.title)}</h1>
 <h2 class="e100-lead">${esc(c.a.lead ?? '')}</h2>
 <div class="e100-meta"><span class="e100-date">${weekday(c)} ${faDate(c)} - ${faTime(c)}</span> <span class="e100-code">کد خبر: ${persian(c.id)}</span> <span class="e100-author">خبرنگار: ${esc(c.a.author ?? '')}</span></div>
 <figure class="e100-img"><img src="https://www.eghtesad100.ir/uploads/1405/01/${c.id}-lg.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
 <div class="e100-body">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<p class="e100-more"><strong>بیشتر بخوانید:</strong> <a href="https://www.eghtesad100.ir/fa/news/${Number(c.id) - 215}">${esc(c.a.inline ?? '')}</a></p>`)}
 </div>
 <div class="e100-tags">${tagLinks(c, 'https://www.eghtesad100.ir/fa/tag/', ' ')}</div>
 <div class="e100-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://www.linkedin.com/shareArticle?url=${esc(c.a.url)}">لینکدین</a></div>
</article>
<section class="e100-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.eghtesad100.ir/fa/news/', Number(c.id) - 770)}
</ul></section>
<section class="e100-comments"><h2>نظرات کاربران</h2>
${comments(c, (n, t) => `<div class="e100-cm"><span class="e100-cm-name">${n}</span><p>${t}</p><span class="e100-cm-like">👍</span></div>`)}
<form><input placeholder="نام"><textarea placeholder="نظر شما"></textarea><button>ثبت نظر</button></form></section>
<aside class="e100-most"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, 'https://www.eghtesad100.ir/fa/news/', Number(c.id) - 1904)}
</ol></aside>
</main>
<div class="sticky-video is-pinned" id="stickyPlayer"><div class="sticky-video__head"><span class="sticky-video__title">ویدئو | صف مستأجران در بنگاه‌های شرق تهران</span> <button type="button" class="sticky-video__close" aria-label="بستن">×</button></div><video src="https://cdn.eghtesad100.ir/video/1405/01/rent-queue.mp4" poster="https://cdn.eghtesad100.ir/video/1405/01/rent-queue.jpg" controls muted playsinline preload="metadata"></video></div>
<footer class="e100-footer"><p>کلیه حقوق مادی و معنوی این پایگاه متعلق به اقتصاد ۱۰۰ است.</p></footer>
<script>(function(){var p=document.getElementById('stickyPlayer');window.addEventListener('scroll',function(){p.classList.toggle('is-pinned',window.scrollY>400)});p.querySelector('.sticky-video__close').onclick=function(){p.remove()};})();</script>
</body>
</html>
`,
  },

  // ICANA (the parliament's news agency): a header date strip in three calendars (Jalali, lunar
  // Hijri, Gregorian); article:published_time +03:30; service and code line; rootitr; summary
  // paragraph as lead; photo before the body; an in-body VOTE BOX repeating the tally of the lead;
  // «بیشتر بخوانید:» line; «انتهای پیام/» inside the body div; short link, tags, related, comments.
  icana: {
    site: 'خبرگزاری خانه ملت',
    boiler: ['کد خبر', 'نتیجه رأی‌گیری', 'بیشتر بخوانید:', 'انتهای پیام', 'لینک کوتاه', 'اخبار مرتبط', 'پربیننده‌ترین', 'کلیه حقوق این سایت متعلق به خبرگزاری خانه ملت است', 'کمیسیون‌ها'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>خبرگزاری خانه ملت - ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="خبرگزاری خانه ملت">
<meta property="og:image" content="https://www.icana.ir/Images/News/1405/01/${Number(c.d)}/${c.id}.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="${esc(c.a.kicker)}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.icana.ir/Content/site.min.css?v=1405.1">
</head>
<body>
<div class="ic-datebar">${weekday(c)} ${faDate(c)} | ${persian(Number(c.d))} شوال ${persian(1447)} | ${Number(c.g.d)} ${EN_MONTHS[Number(c.g.m) - 1]} ${c.g.y}</div>
<header class="ic-header"><a href="https://www.icana.ir/Fa"><img src="https://www.icana.ir/Content/images/logo.png" alt="خبرگزاری خانه ملت"></a>
<nav class="ic-nav"><a href="https://www.icana.ir/Fa/Service/1">${esc(c.a.kicker)}</a> <a href="https://www.icana.ir/Fa/Service/2">کمیسیون‌ها</a> <a href="https://www.icana.ir/Fa/Service/3">نمایندگان</a> <a href="https://www.icana.ir/Fa/Service/4">استان‌ها</a> <a href="https://www.icana.ir/Fa/Service/5">پژوهش</a> <a href="https://www.icana.ir/Fa/Multimedia">عکس و فیلم</a></nav></header>
<main class="ic-main">
<div class="ic-news">
 <div class="ic-news-top"><span class="ic-service">${esc(c.a.kicker)}</span> <span class="ic-code">کد خبر: ${persian(c.id)}</span> <span class="ic-date">${faDate(c)} - ${faTime(c)}</span></div>
 <h2 class="ic-rootitr">در جلسه علنی مجلس</h2>
 <h1 class="ic-title">${esc(c.a.title)}</h1>
 <p class="ic-summary">${esc(c.a.lead ?? '')}</p>
 <div class="ic-photo"><img src="https://www.icana.ir/Images/News/1405/01/${Number(c.d)}/${c.id}.jpg" alt=""><span class="ic-caption">${esc(c.a.caption)}</span> <span class="ic-credit">${esc(c.a.credit)}</span></div>
 <div class="ic-text">
${bodyHtml({ ...c, a: { ...c.a, photoAt: 0 } }, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<div class="ic-votebox"><div class="ic-votebox__title">نتیجه رأی‌گیری</div><ul><li>موافق: ${persian(172)}</li><li>مخالف: ${persian(61)}</li><li>ممتنع: ${persian(9)}</li><li>حاضران: ${persian(254)}</li></ul></div>`,
  `<p class="ic-more"><b>بیشتر بخوانید:</b> <a href="https://www.icana.ir/Fa/News/${Number(c.id) - 5120}">${esc(c.a.inline ?? '')}</a></p>`)}
 <p>انتهای پیام/</p>
 </div>
 <div class="ic-short">لینک کوتاه: icana.ir/${Number(c.id).toString(36)}</div>
 <div class="ic-tags">${tagLinks(c, 'https://www.icana.ir/Fa/Tag/', ' ')}</div>
</div>
<section class="ic-box"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.icana.ir/Fa/News/', Number(c.id) - 990)}
</ul></section>
<section class="ic-box ic-comments"><h2>نظرات بینندگان</h2>
${comments(c, (n, t) => `<div class="ic-cm"><strong>${n}</strong><p>${t}</p></div>`)}
<form><input placeholder="نام"><textarea placeholder="نظر"></textarea><button>ارسال</button></form></section>
<aside class="ic-box"><h2>پربیننده‌ترین</h2><ol>
${li(c.a.mostRead, 'https://www.icana.ir/Fa/News/', Number(c.id) - 3320)}
</ol></aside>
</main>
<footer class="ic-footer">کلیه حقوق این سایت متعلق به خبرگزاری خانه ملت است.</footer>
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
    name: 'payamema-hyrcanian-nowruz-waste', site: 'payamema', photoAt: 1, inlineAt: 4, author: 'سمانه اکبری',
    inline: 'روز طبیعت بدون زباله؛ ممکن یا ناممکن؟',
    url: 'https://payamema.ir/news/82417/۳۶۰-تن-زباله-نوروزی-از-جنگل‌های-هیرکانی-جمع-شد',
    title: '۳۶۰ تن زباله نوروزی از جنگل‌های هیرکانی جمع شد',
    kicker: 'محیط زیست', date: '۱۵ فروردین ۱۴۰۵ - ۱۰:۴۰',
    lead: 'مأموران منابع طبیعی و شهرداری‌های مازندران در تعطیلات نوروز و روز طبیعت بیش از ۳۶۰ تن زباله از جنگل‌ها و حاشیه رودخانه‌های استان جمع‌آوری کردند؛ رقمی که به گفته مسئولان محیط زیست استان، نزدیک به دو برابر نوروز پارسال است.',
    paras: [
      'به گزارش پیام ما، بر اساس اعلام ستاد خدمات سفر مازندران، از ۲۵ اسفند تا ۱۴ فروردین بیش از ۱۱ میلیون و ۴۰۰ هزار تردد به این استان ثبت شده و تنها در روز سیزدهم فروردین حدود ۹۰۰ هزار نفر در پارک‌های جنگلی و حاشیه جاده‌های کوهستانی استان حضور داشتند.',
      'کیوان صفاری‌نژاد، مدیرکل حفاظت محیط زیست مازندران، امروز (شنبه) در بازدید از پارک جنگلی سی‌سنگان به خبرنگاران گفت: بخش عمده زباله‌ها ظروف یک‌بارمصرف، کیسه پلاستیکی و بطری است که تجزیه آنها در طبیعت صدها سال طول می‌کشد. در برخی دره‌های جنگلی لایه‌ای از زباله به ضخامت ۳۰ سانتی‌متر روی زمین مانده است.',
      'وی افزود: ۴۲ نقطه از جنگل‌های استان به عنوان کانون بحرانی تجمع زباله شناسایی شده و برای ۱۸ نفر که پسماند را مستقیم در رودخانه‌ها تخلیه می‌کردند، پرونده قضایی تشکیل شده است.',
      'صفاری‌نژاد با اشاره به آتش‌سوزی‌های نوروزی خاطرنشان کرد که در همین مدت ۷ مورد آتش‌سوزی در عرصه‌های جنگلی استان ثبت شده و دست‌کم چهار مورد آن به آتش رهاشده مسافران برمی‌گردد.',
      'به گفته مهران قلی‌پور، معاون خدمات شهری شهرداری چالوس، تنها در محور چالوس به مرزن‌آباد روزانه بین ۲۵ تا ۳۰ تن زباله جمع شده و ۱۲۰ کارگر و ۱۴ خودروی حمل پسماند در این مسیر کار کرده‌اند. او گفت هزینه جمع‌آوری و دفن زباله‌های نوروزی برای شهرداری از ۸ میلیارد تومان گذشته است.',
      '«هر سال همین تصاویر را می‌بینیم و هر سال قول می‌دهند در ورودی پارک‌ها کیسه زباله توزیع شود. امسال هم در ورودی بیشتر پارک‌های جنگلی حتی یک سطل زباله ندیدیم.» این را ترانه ملک‌محمدی، عضو انجمن سبزاندیشان کجور، به پیام ما گفت.',
      'ملک‌محمدی معتقد است بدون جریمه‌های بازدارنده رفتار گردشگران تغییر نمی‌کند. او می‌گوید این انجمن در روز طبیعت با ۶۵ نیروی داوطلب بیش از ۲ هزار کیسه زباله میان مسافران توزیع کرد و بخشی از بستر رودخانه سردآبرود را پاکسازی کرد.',
      'اداره کل منابع طبیعی و آبخیزداری مازندران نیز اعلام کرد برای کاهش فشار بر جنگل، از نیمه اردیبهشت ورود خودرو به عمق ۶ پارک جنگلی استان ممنوع می‌شود و گردشگران باید خودروهای خود را در پارکینگ‌های ورودی بگذارند.',
      'سی‌سنگان همان پارکی است که تابستان گذشته رحیم اسدی کجوری، جنگلبان ۴۷ ساله منابع طبیعی نوشهر، هنگام مهار آتش‌سوزی در آن جان باخت.',
      'جنگل‌های هیرکانی با حدود یک میلیون و ۸۰۰ هزار هکتار وسعت در ایران، سال ۱۳۹۸ در فهرست میراث جهانی یونسکو به ثبت رسید.',
    ],
    tags: ['جنگل‌های هیرکانی', 'زباله', 'مازندران', 'روز طبیعت'],
    caption: 'کیسه‌های زباله رهاشده در پارک جنگلی سی‌سنگان پس از روز طبیعت', credit: 'عکس: حامد رضایی',
    related: ['انباشت پسماند در سواحل خزر به مرز هشدار رسید', 'قطع درختان برای ویلاسازی در کلاردشت', 'تالاب انزلی و فصل مهاجرت پرندگان'],
    mostRead: ['کم‌آبی تهران در بهار ۱۴۰۵؛ سدها چقدر آب دارند؟', 'گرد و غبار دوباره به خوزستان بازگشت', 'یوزپلنگ ایرانی و آخرین سرشماری', 'کاهش بارش‌ها در حوضه زاینده‌رود'],
    comments: [['مسافر تهرانی', 'کاش در ورودی هر پارک کیسه زباله رایگان بدهند.'], ['نوشهری', 'هر سال بعد از سیزده همین وضع را داریم.']],
    speakers: [
      { name: 'کیوان صفاری‌نژاد', role: 'مدیرکل حفاظت محیط زیست مازندران', also_called: ['وی', 'صفاری‌نژاد'], statements: 3 },
      { name: 'مهران قلی‌پور', role: 'معاون خدمات شهری شهرداری چالوس', also_called: ['او'], statements: 2 },
      { name: 'ترانه ملک‌محمدی', role: 'عضو انجمن سبزاندیشان کجور', also_called: ['ملک‌محمدی', 'او'], statements: 3 },
    ],
    speakers_never: ['ستاد خدمات سفر مازندران', 'اداره کل منابع طبیعی و آبخیزداری مازندران', 'رحیم اسدی کجوری', 'مسئولان محیط زیست استان'],
    figures: [
      { value: 360, unit: 'تن', kind: 'measure', about: '«بیش از ۳۶۰ تن» زباله جمع‌آوری‌شده (lead)' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«نزدیک به دو برابر» نوروز پارسال (lead)' },
      { value: 11400000, unit: 'تردد', kind: 'count', about: '«۱۱ میلیون و ۴۰۰ هزار تردد» به مازندران' },
      { value: 900000, unit: 'نفر', kind: 'count', about: 'حاضران در پارک‌های جنگلی در روز طبیعت' },
      { value: 30, unit: 'سانتی‌متر', kind: 'measure', about: 'ضخامت لایه زباله در دره‌ها' },
      { value: 42, unit: 'نقطه', kind: 'count', about: 'کانون‌های بحرانی تجمع زباله' },
      { value: 18, unit: 'نفر', kind: 'count', about: 'متخلفانی که برایشان پرونده تشکیل شد' },
      { value: 7, unit: 'مورد', kind: 'count', about: 'آتش‌سوزی در عرصه‌های جنگلی' },
      { value: 4, unit: 'مورد', kind: 'count', about: '«دست‌کم چهار مورد» ناشی از آتش مسافران (count in words)' },
      { value: 25, unit: 'تن', kind: 'measure', about: 'زباله روزانه محور چالوس، کف بازه' },
      { value: 30, unit: 'تن', kind: 'measure', about: 'زباله روزانه محور چالوس، سقف بازه' },
      { value: 120, unit: 'کارگر', kind: 'count', about: 'کارگران جمع‌آوری زباله' },
      { value: 14, unit: 'خودرو', kind: 'count', about: '«۱۴ خودروی» حمل پسماند' },
      { value: 8000000000, unit: 'تومان', kind: 'money', about: '«از ۸ میلیارد تومان گذشته» هزینه جمع‌آوری و دفن' },
      { value: 65, unit: 'نیرو', kind: 'count', about: '«۶۵ نیروی داوطلب»' },
      { value: 2000, unit: 'کیسه', kind: 'count', about: '«بیش از ۲ هزار کیسه» زباله توزیع‌شده' },
      { value: 6, unit: 'پارک', kind: 'count', about: 'پارک‌های جنگلی با منع ورود خودرو' },
      { value: 1800000, unit: 'هکتار', kind: 'measure', about: '«یک میلیون و ۸۰۰ هزار هکتار» وسعت جنگل‌های هیرکانی در ایران' },
    ],
    figures_never: ['«۲۵ اسفند», «۱۴ فروردین», «روز سیزدهم فروردین», «نیمه اردیبهشت», «تابستان گذشته», «امروز (شنبه)»: dates', '«سال ۱۳۹۸»: year', '«صدها سال»: a vague duration', '«۴۷ ساله»: age', '«حتی یک سطل»: lone «یک»', '«یک‌بارمصرف»: part of a word', '«روزانه»: basis'],
    notes: [
      'Environment news on a Django app (Payam-e Ma: /static/ and /media/ paths, csrfmiddlewaretoken in the comment form; the JSON-LD NewsArticle gives datePublished as a NAIVE local time «2026-04-04T10:40:00» without offset, read as Tehran time = the gold; visible Jalali date and time; rootitr; summary paragraph as lead; photo after paragraph 2; in-body «پیشنهاد پیام ما:» box; a print-edition line after the body, not body).',
      'statements: Saffarinejad: «به خبرنگاران گفت:» (two-sentence quote, once), «وی افزود:» (one), «صفاری‌نژاد با اشاره به … خاطرنشان کرد که …» (one) = 3; Gholipour: «به گفته مهران قلی‌پور» (one), «او گفت …» (one) = 2; Malekmohammadi: a quote paragraph closed by «این را ترانه ملک‌محمدی … به پیام ما گفت.» (one), «معتقد است» (one), «او می‌گوید …» (one) = 3.',
      '«به گفته مسئولان محیط زیست استان» in the lead is an unnamed group; the travel-services headquarters («بر اساس اعلام») and the natural-resources office («اعلام کرد») are organizations; the ranger Asadi Kojouri is only mentioned. «بین ۲۵ تا ۳۰ تن» gives both ends; «۳۰ تن» and «۳۰ سانتی‌متر» are different figures; «۷ مورد» and «چهار مورد» are two figures with the same unit.',
    ],
  },
  {
    name: 'shana-nowruz-gasoline-record', site: 'shana', inlineAt: 4,
    inline: 'جزئیات سهمیه سوخت نوروزی کارت‌های شخصی اعلام شد',
    url: 'https://www.shana.ir/news/614258/میانگین-مصرف-بنزین-در-نوروز-۱۴۰۵',
    title: 'میانگین مصرف بنزین در نوروز ۱۴۰۵ به ۱۳۸ میلیون لیتر رسید',
    kicker: 'پالایش و پخش', date: '۱۶ فروردین ۱۴۰۵ - ۱۲:۳۰',
    lead: 'میانگین مصرف روزانه بنزین کشور در بازه سفرهای نوروزی امسال به ۱۳۸ میلیون لیتر رسید که ۶٫۴ درصد بیشتر از نوروز پارسال است.',
    paras: [
      'به گزارش شانا، بر اساس آمار شرکت ملی پخش فرآورده‌های نفتی ایران، از ۲۵ اسفند ۱۴۰۴ تا ۱۴ فروردین ۱۴۰۵ در مجموع ۲ میلیارد و ۶۲۲ میلیون لیتر بنزین در جایگاه‌های سوخت کشور عرضه شد و بیشترین مصرف روزانه با ۱۵۶ میلیون لیتر به دوازدهم فروردین اختصاص داشت.',
      'کوروش افشارمنش، مدیرعامل شرکت ملی پخش فرآورده‌های نفتی ایران، امروز (یکشنبه) در نشستی خبری اظهار کرد: با وجود افزایش مصرف، هیچ جایگاهی در مسیرهای پرتردد با کمبود سوخت روبه‌رو نشد. ۴ هزار و ۵۰۰ جایگاه سوخت در این ایام به‌صورت شبانه‌روزی فعال بودند و ذخایر بنزین انبارها هیچ‌گاه از ۱۲ روز مصرف پایین‌تر نیامد.',
      'وی با بیان اینکه حدود ۱۵ درصد بنزین مصرفی ایام نوروز از محل واردات تأمین شد، تصریح کرد: فاصله تولید و مصرف بنزین اکنون به حدود ۲۰ میلیون لیتر در روز رسیده است و اگر رشد مصرف مهار نشود، این شکاف در تابستان عمیق‌تر می‌شود.',
      'مدیرعامل شرکت ملی پخش همچنین یادآور شد که مصرف سی‌ان‌جی در همین مدت با کاهش ۹ درصدی به روزانه ۱۸ میلیون مترمکعب رسید و بخشی از این کاهش به فرسودگی کیت‌های گازسوز تاکسی‌ها برمی‌گردد.',
      'رسول نیک‌فرجام، مسئول یک جایگاه سوخت در ورودی شهر رامسر، می‌گوید در روزهای اوج سفر صف خودروها گاهی تا ۲ کیلومتر می‌رسید. او به شانا گفت: روز سیزده‌به‌در تا ساعت ۲ بامداد ۷۰ هزار لیتر بنزین فروختیم؛ تقریباً سه برابر یک روز عادی. مشکل ما کمبود سوخت نبود، کمبود نازل و نیروی انسانی بود.',
      'بهرام توکلی‌زاده، کارشناس اقتصاد انرژی، رشد مصرف را نتیجه قیمت ثابت بنزین و فرسودگی ناوگان دانست و گفت: میانگین مصرف سوخت خودروهای داخلی حدود ۹ لیتر در ۱۰۰ کیلومتر است، در حالی که این رقم در اروپا به ۵ لیتر هم نمی‌رسد. بدون نوسازی ناوگان، هر سال چند درصد به مصرف اضافه می‌شود.',
      'توکلی‌زاده معتقد است گسترش حمل‌ونقل ریلی در مسیرهای شمال کشور می‌تواند بخشی از بار سفرهای نوروزی را از دوش جاده‌ها بردارد.',
      'وزارت نفت نیز اعلام کرد سهمیه ماهانه کارت‌های سوخت شخصی در فروردین بدون تغییر، ۶۰ لیتر با نرخ هزار و ۵۰۰ تومان خواهد بود.',
      'در این نشست از ۱۲ جایگاه‌دار نمونه ایام نوروز، از جمله فریبا جهانگیری، نخستین زن جایگاه‌دار استان قزوین، تقدیر شد.',
      'تولید بنزین کشور اکنون حدود ۱۱۰ میلیون لیتر در روز است و پالایشگاه ستاره خلیج فارس به‌تنهایی نزدیک به ۴۰ درصد آن را تأمین می‌کند.',
    ],
    tags: ['بنزین', 'مصرف سوخت', 'نوروز ۱۴۰۵', 'شرکت ملی پخش فرآورده‌های نفتی'],
    caption: 'صف خودروها در یک جایگاه سوخت در محور هراز', credit: 'عکس: شانا',
    related: ['تولید بنزین یورو ۵ در پالایشگاه اصفهان افزایش یافت', 'مصرف گاز خانگی در اسفند رکورد زد', 'جایگاه‌های سوخت جدید در مسیرهای شمالی'],
    mostRead: ['برداشت گاز از فاز ۱۱ پارس جنوبی به ۱۰ میلیون مترمکعب رسید', 'قرارداد توسعه میدان آذر امضا شد', 'صادرات فرآورده‌های نفتی در سال ۱۴۰۴', 'زمان بهره‌برداری از پالایشگاه جاسک'],
    comments: [['جایگاه‌دار', 'کمیسیون جایگاه‌داران هنوز اصلاح نشده است.']],
    speakers: [
      { name: 'کوروش افشارمنش', role: 'مدیرعامل شرکت ملی پخش فرآورده‌های نفتی ایران', also_called: ['وی', 'مدیرعامل شرکت ملی پخش'], statements: 3 },
      { name: 'رسول نیک‌فرجام', role: 'مسئول یک جایگاه سوخت در ورودی شهر رامسر', also_called: ['او'], statements: 2 },
      { name: 'بهرام توکلی‌زاده', role: 'کارشناس اقتصاد انرژی', also_called: ['توکلی‌زاده'], statements: 2 },
    ],
    speakers_never: ['شرکت ملی پخش فرآورده‌های نفتی ایران', 'وزارت نفت', 'فریبا جهانگیری', 'پالایشگاه ستاره خلیج فارس'],
    figures: [
      { value: 138000000, unit: 'لیتر', kind: 'measure', about: 'میانگین مصرف روزانه نوروز (lead)' },
      { value: 6.4, unit: 'درصد', kind: 'percent', about: 'رشد نسبت به نوروز پارسال («۶٫۴ درصد»)' },
      { value: 2622000000, unit: 'لیتر', kind: 'measure', about: '«۲ میلیارد و ۶۲۲ میلیون لیتر» کل عرضه' },
      { value: 156000000, unit: 'لیتر', kind: 'measure', about: 'بیشترین مصرف یک روز' },
      { value: 4500, unit: 'جایگاه', kind: 'count', about: '«۴ هزار و ۵۰۰ جایگاه» شبانه‌روزی' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم بنزین وارداتی' },
      { value: 20000000, unit: 'لیتر', kind: 'measure', about: 'فاصله تولید و مصرف در روز' },
      { value: 9, unit: 'درصد', kind: 'percent', about: '«کاهش ۹ درصدی» مصرف سی‌ان‌جی' },
      { value: 18000000, unit: 'مترمکعب', kind: 'measure', about: 'مصرف روزانه سی‌ان‌جی' },
      { value: 2, unit: 'کیلومتر', kind: 'measure', about: 'طول صف خودروها («تا ۲ کیلومتر»)' },
      { value: 70000, unit: 'لیتر', kind: 'measure', about: 'فروش جایگاه رامسر در سیزده‌به‌در' },
      { value: 3, unit: 'برابر', kind: 'count', about: '«تقریباً سه برابر» یک روز عادی' },
      { value: 9, unit: 'لیتر', kind: 'measure', about: 'مصرف خودروهای داخلی در ۱۰۰ کیلومتر' },
      { value: 5, unit: 'لیتر', kind: 'measure', about: 'مصرف خودروها در اروپا' },
      { value: 60, unit: 'لیتر', kind: 'measure', about: 'سهمیه ماهانه کارت شخصی' },
      { value: 1500, unit: 'تومان', kind: 'money', about: '«هزار و ۵۰۰ تومان» نرخ بنزین سهمیه‌ای' },
      { value: 12, unit: 'جایگاه‌دار', kind: 'count', about: 'جایگاه‌داران نمونه' },
      { value: 110000000, unit: 'لیتر', kind: 'measure', about: 'تولید روزانه بنزین کشور' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم پالایشگاه ستاره خلیج فارس' },
    ],
    figures_never: ['«۱۲ روز مصرف»: the stock expressed as a duration', '«۲۵ اسفند ۱۴۰۴», «۱۴ فروردین ۱۴۰۵», «دوازدهم فروردین», «سیزده‌به‌در», «امروز (یکشنبه)»: dates', '«ساعت ۲ بامداد»: time', '«۱۰۰ کیلومتر»: the basis of the consumption rate', '«نخستین زن»: ordinal', '«چند درصد»: vague', '«یک روز عادی», «هیچ جایگاهی»: not counts', '«روزانه», «ماهانه», «در روز»: bases', '«نوروز ۱۴۰۵» (title), «یورو ۵» (related): names'],
    notes: [
      'Oil & energy news on an ASP.NET MVC app (Shana: /Content and /bundles with ?v= hashes, __RequestVerificationToken in the comment form; NO date meta and no JSON-LD: the visible date is numeric Jalali «۱۴۰۵/۰۱/۱۶ ۱۲:۳۰» and an inline view model carries «"PublishDate":"\\/Date(1775379600000)\\/"», the same instant as the gold; rootitr; lead div; photo before the body; in-body «مطلب مرتبط:» box; «انتهای خبر/» inside the body div, not body).',
      'statements: Afsharmanesh: «اظهار کرد:» (multi-sentence quote, once), «وی با بیان اینکه … تصریح کرد:» (one), the shortened role alone later «مدیرعامل شرکت ملی پخش همچنین یادآور شد که …» (one) = 3; Nikfarjam: «می‌گوید …» (indirect), «او به شانا گفت:» (multi-sentence quote, once) = 2; Tavakolizadeh: «… دانست و گفت:» (one), «توکلی‌زاده معتقد است …» (one) = 2.',
      'The national distribution company (its figures «بر اساس آمار»), the oil ministry («اعلام کرد») and the Persian Gulf Star refinery are organizations; the model station keeper Jahangiri is only mentioned. Four different لیتر volumes (۱۳۸، ۱۵۶، ۱۱۰ and ۲۰ میلیون; ۲٫۶۲۲ میلیارد) and three small ones (۷۰ هزار, ۹, ۵, ۶۰) are all distinct figures; «۹ درصد» and «۹ لیتر» are two figures.',
    ],
  },
  {
    name: 'snn-final-exams-schedule', site: 'snn', inlineAt: 4,
    inline: 'آیا با برگزاری امتحانات نهایی پایه یازدهم موافقید؟',
    url: 'https://snn.ir/fa/amp/news/1318472/برنامه-امتحانات-نهایی-خرداد-۱۴۰۵-اعلام-شد',
    title: 'برنامه امتحانات نهایی خرداد اعلام شد؛ ۲ میلیون و ۴۰۰ هزار دانش‌آموز پای برگه امتحان',
    kicker: 'آموزش و پرورش', date: '۱۷ فروردین ۱۴۰۵ - ۱۱:۲۰',
    lead: 'مرکز ارزشیابی و تضمین کیفیت نظام آموزش و پرورش برنامه امتحانات نهایی خرداد ۱۴۰۵ را اعلام کرد؛ آزمون‌ها از ۱۶ خرداد آغاز می‌شود و حدود ۲ میلیون و ۴۰۰ هزار دانش‌آموز پایه‌های یازدهم و دوازدهم در آن شرکت می‌کنند.',
    paras: [
      'به گزارش خبرنگار آموزش و پرورش خبرگزاری دانشجو، امتحانات پایه دوازدهم در ۱۴ روز و امتحانات پایه یازدهم در ۱۱ روز برگزار می‌شود و همه آزمون‌ها ساعت ۸ صبح آغاز خواهد شد. نتایج امتحانات تا پایان تیرماه اعلام می‌شود.',
      'مهدی ساعدی‌نیا، رئیس مرکز ارزشیابی و تضمین کیفیت نظام آموزش و پرورش، در گفت‌وگو با خبرنگار خبرگزاری دانشجو گفت: امسال برای نخستین بار سؤالات همه دروس نهایی به‌صورت رمزگذاری‌شده و الکترونیکی به حوزه‌ها ارسال می‌شود. با این کار زمان انتقال سؤالات از ۴۸ ساعت به کمتر از ۲ ساعت کاهش می‌یابد و خطر افشای سؤالات به حداقل می‌رسد.',
      'وی افزود: برای برگزاری امتحانات ۹ هزار و ۲۰۰ حوزه امتحانی در نظر گرفته شده و بیش از ۱۸۰ هزار نفر از فرهنگیان به عنوان عوامل اجرایی در این حوزه‌ها حضور خواهند داشت. دانش‌آموزانی که به دلیل بیماری غایب شوند، در شهریور فرصت جبران خواهند داشت.',
      'ساعدی‌نیا درباره تأثیر سوابق تحصیلی در کنکور نیز عنوان کرد که سهم نمرات امتحانات نهایی از نمره کل کنکور ۱۴۰۵ همچنان ۶۰ درصد است و این سهم در سال جاری تغییر نمی‌کند.',
      'مریم سلطانی‌مقدم، دبیر شیمی یکی از دبیرستان‌های ناحیه ۴ اصفهان، از فشردگی برنامه امسال انتقاد کرد و گفت: در برنامه پایه دوازدهم بین امتحان شیمی و فیزیک فقط یک روز فاصله افتاده و دانش‌آموزان رشته ریاضی عملاً فرصت مرور ندارند. پارسال این فاصله دست‌کم دو روز بود.',
      'او همچنین پیشنهاد کرد امتحان دروس تخصصی پایه دوازدهم به هفته دوم تیر منتقل شود تا فشار روانی بر دانش‌آموزان کمتر شود.',
      'به گفته فرزانه رحیمی، مادر یک دانش‌آموز پایه دوازدهم در تهران، خانواده‌ها برای کلاس‌های تقویتی و آزمون‌های آزمایشی پیش از امتحانات نهایی هزینه سنگینی می‌پردازند؛ او تنها برای کلاس‌های فروردین پسرش ۲۸ میلیون تومان پرداخت کرده است.',
      'سازمان سنجش آموزش کشور نیز اعلام کرد ثبت‌نام کنکور سراسری ۱۴۰۵ از ۵ اردیبهشت آغاز می‌شود؛ پارسال ۹۵۸ هزار داوطلب در کنکور شرکت کرده بودند.',
      'بر اساس آمار وزارت آموزش و پرورش، در سال تحصیلی جاری ۱۶ میلیون و ۲۰۰ هزار دانش‌آموز در مدارس کشور تحصیل می‌کنند و ۳۷ درصد دانش‌آموزان دوره دوم متوسطه در شاخه‌های فنی‌وحرفه‌ای و کاردانش درس می‌خوانند.',
    ],
    tags: ['امتحانات نهایی', 'کنکور ۱۴۰۵', 'سوابق تحصیلی', 'آموزش و پرورش'],
    caption: 'جلسه امتحان نهایی در یکی از دبیرستان‌های تهران', credit: 'عکس: آرشیو',
    related: ['زمان ثبت‌نام کنکور ۱۴۰۵ اعلام شد', 'مدارس پس از تعطیلات نوروز بازگشایی شدند', 'رتبه‌بندی معلمان؛ معوقات کی پرداخت می‌شود؟'],
    mostRead: ['تقویم آموزشی دانشگاه‌ها برای نیمسال دوم', 'حذف آزمون ورودی مدارس نمونه دولتی؟', 'نتایج آزمون استخدامی آموزش و پرورش', 'جزئیات وام دانشجویی جدید'],
    comments: [],
    speakers: [
      { name: 'مهدی ساعدی‌نیا', role: 'رئیس مرکز ارزشیابی و تضمین کیفیت نظام آموزش و پرورش', also_called: ['وی', 'ساعدی‌نیا'], statements: 3 },
      { name: 'مریم سلطانی‌مقدم', role: 'دبیر شیمی یکی از دبیرستان‌های ناحیه ۴ اصفهان', also_called: ['او'], statements: 2 },
      { name: 'فرزانه رحیمی', role: 'مادر یک دانش‌آموز پایه دوازدهم در تهران', also_called: [], statements: 1 },
    ],
    speakers_never: ['مرکز ارزشیابی و تضمین کیفیت نظام آموزش و پرورش', 'سازمان سنجش آموزش کشور', 'وزارت آموزش و پرورش'],
    figures: [
      { value: 2400000, unit: 'دانش‌آموز', kind: 'count', about: '«۲ میلیون و ۴۰۰ هزار دانش‌آموز» شرکت‌کننده (lead)' },
      { value: 9200, unit: 'حوزه', kind: 'count', about: '«۹ هزار و ۲۰۰ حوزه امتحانی»' },
      { value: 180000, unit: 'نفر', kind: 'count', about: '«بیش از ۱۸۰ هزار نفر» عوامل اجرایی' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم نمرات نهایی در نمره کل کنکور' },
      { value: 28000000, unit: 'تومان', kind: 'money', about: 'هزینه کلاس‌های فروردین' },
      { value: 958000, unit: 'داوطلب', kind: 'count', about: 'داوطلبان کنکور پارسال' },
      { value: 16200000, unit: 'دانش‌آموز', kind: 'count', about: '«۱۶ میلیون و ۲۰۰ هزار دانش‌آموز» کشور' },
      { value: 37, unit: 'درصد', kind: 'percent', about: 'سهم شاخه‌های فنی‌وحرفه‌ای و کاردانش' },
    ],
    figures_never: ['«۱۶ خرداد», «پایان تیرماه», «شهریور», «۵ اردیبهشت», «هفته دوم تیر»: dates', '«۱۴ روز», «۱۱ روز», «۴۸ ساعت», «۲ ساعت», «دو روز»: durations', '«ساعت ۸ صبح»: time', '«یازدهم», «دوازدهم», «نخستین بار», «دوره دوم»: ordinals', '«ناحیه ۴»: a district name', '«کنکور ۱۴۰۵», «خرداد ۱۴۰۵»: names/dates with a year', '«یک روز فاصله», «یک دانش‌آموز»: lone «یک»'],
    notes: [
      'Education news on an AMP page (SNN: <html ⚡>, amp-boilerplate, JSON-LD NewsArticle +03:30 the only date metadata, visible Jalali date and time; rootitr; lead paragraph; amp-img cover in a <figure>; a POLL inside the article body (amp-form with radio buttons and «ثبت رأی»), not body; amp-social-share; related news in an amp-accordion; most-read in an amp-carousel; amp-sticky-ad; «نسخه کامل» link; no comments). The case URL is the AMP URL; the canonical link points to the non-AMP page.',
      'statements: Saedinia: «گفت:» (two-sentence quote, once), «وی افزود:» (two sentences, once), «ساعدی‌نیا … عنوان کرد که …» (one) = 3; Soltani-Moghaddam: «… انتقاد کرد و گفت:» (one), «او همچنین پیشنهاد کرد …» (a reported proposal, counted like «خواستار … شد») = 2; Rahimi: «به گفته فرزانه رحیمی …» (one sentence, its «او … پرداخت کرده است» clause is narration inside it) = 1.',
      'The evaluation centre announces the schedule in the lead (an organization, not counted for its head); the assessment organization («اعلام کرد») and the education ministry («بر اساس آمار») are organizations. The exam spans «۱۴ روز» / «۱۱ روز» are durations, not counts.',
    ],
  },
  {
    name: 'webda-measles-vaccination', site: 'webda', inlineAt: 2,
    inline: 'سرخک را چگونه بشناسیم؟',
    url: 'https://webda.behdasht.gov.ir/news/48213/واکسیناسیون-تکمیلی-سرخک-در-سه-استان-جنوب-شرقی',
    title: 'واکسیناسیون تکمیلی سرخک در سه استان جنوب شرقی آغاز شد',
    kicker: 'بهداشت', date: '۱۹ فروردین ۱۴۰۵ - ۱۳:۴۵',
    lead: 'وزارت بهداشت پس از تأیید ۴۷ مورد ابتلا به سرخک در سیستان و بلوچستان، کرمان و هرمزگان، واکسیناسیون تکمیلی حدود ۸۵۰ هزار کودک زیر پنج سال را در این سه استان آغاز کرد.',
    paras: [
      'به گزارش وبدا، از ابتدای بهمن ۱۴۰۴ تاکنون ۳۱ مورد سرخک در سیستان و بلوچستان، ۹ مورد در کرمان و ۷ مورد در هرمزگان تأیید شده است. بیش از ۷۰ درصد مبتلایان کودکانی بوده‌اند که یا واکسن نزده بودند یا تنها یک نوبت واکسن دریافت کرده بودند.',
      'شهرام بهرامی‌فر، رئیس مرکز مدیریت بیماری‌های واگیر وزارت بهداشت، روز سه‌شنبه در نشستی خبری تصریح کرد: سرخک مسری‌ترین بیماری شناخته‌شده است و هر بیمار می‌تواند تا ۱۸ نفر را مبتلا کند. بیشتر موارد امسال در حاشیه شهرها و روستاهای مرزی دیده شده؛ جایی که پوشش واکسن در برخی محله‌ها به کمتر از ۸۰ درصد رسیده است.',
      'وی ادامه داد: برای قطع زنجیره انتقال دست‌کم ۹۵ درصد کودکان باید هر دو نوبت واکسن ام‌ام‌آر را دریافت کرده باشند. در این طرح هزار و ۲۰۰ تیم سیار به‌صورت خانه‌به‌خانه به روستاها و محله‌های حاشیه‌ای می‌روند.',
      'معاون بهداشت دانشگاه علوم پزشکی زاهدان، نرگس شه‌بخش، نیز با اشاره به رفت‌وآمد گسترده در مرزهای استان گفت: حدود ۳۰ درصد مبتلایان استان از اتباع خارجی بوده‌اند و به همین دلیل کودکان اتباع هم بدون توجه به وضعیت اقامت واکسینه می‌شوند.',
      'شه‌بخش افزود که ۱۴ بیمار در بیمارستان‌های زاهدان و ایرانشهر بستری شده‌اند و حال همه آنها رو به بهبود است.',
      '«تیم بهداشت خودش در خانه را زد. پسرم نوبت دوم واکسن را به خاطر سرماخوردگی عقب انداخته بود و من اصلاً یادم رفته بود.» زهرا نوری، مادر کودکی سه‌ساله در محله کریم‌آباد زاهدان، این را به وبدا گفت.',
      'به گفته آرمان سیستانی‌زاده، متخصص عفونی کودکان، سرخک در کودکان دچار سوءتغذیه می‌تواند به ذات‌الریه و حتی مرگ منجر شود. او هشدار داد: علائم بیماری با تب بالا، آبریزش بینی و قرمزی چشم شروع می‌شود و ۳ تا ۵ روز بعد بثورات پوستی ظاهر می‌شود. خانواده‌ها در صورت دیدن این علائم کودک را به مدرسه یا مهدکودک نفرستند.',
      'در روستای لادیز میرجاوه، مرضیه براهویی، بهورز خانه بهداشت روستا، فهرست ۶۴ کودک واکسن‌نزده را پیش از رسیدن تیم سیار آماده کرده بود.',
      'سازمان برنامه و بودجه برای اجرای این طرح ۹۶ میلیارد تومان اعتبار اختصاص داده است. ایران سال ۱۳۹۸ گواهی حذف سرخک بومی را از سازمان جهانی بهداشت دریافت کرد.',
    ],
    tags: ['سرخک', 'واکسیناسیون', 'سیستان و بلوچستان', 'بیماری‌های واگیر'],
    caption: 'تیم سیار واکسیناسیون در یکی از روستاهای شهرستان میرجاوه', credit: 'عکس: دانشگاه علوم پزشکی زاهدان',
    related: ['هفته ملی سلامت از ۲۵ فروردین آغاز می‌شود', 'پوشش واکسن فلج اطفال در مناطق مرزی', 'بیمه سلامت و خدمات رایگان مراقبت کودک'],
    mostRead: ['فهرست داروهای جدید تحت پوشش بیمه', 'زمان ثبت‌نام آزمون دستیاری ۱۴۰۵', 'کاهش مرگ‌ومیر ناشی از سکته قلبی', 'افزایش ظرفیت پذیرش رشته پرستاری'],
    comments: [],
    speakers: [
      { name: 'شهرام بهرامی‌فر', role: 'رئیس مرکز مدیریت بیماری‌های واگیر وزارت بهداشت', also_called: ['وی'], statements: 2 },
      { name: 'نرگس شه‌بخش', role: 'معاون بهداشت دانشگاه علوم پزشکی زاهدان', also_called: ['شه‌بخش'], statements: 2 },
      { name: 'زهرا نوری', role: 'مادر کودکی سه‌ساله در محله کریم‌آباد زاهدان', also_called: [], statements: 1 },
      { name: 'آرمان سیستانی‌زاده', role: 'متخصص عفونی کودکان', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['مرضیه براهویی', 'سازمان برنامه و بودجه', 'سازمان جهانی بهداشت', 'وزارت بهداشت'],
    figures: [
      { value: 47, unit: 'مورد', kind: 'count', about: 'موارد تأییدشده سرخک (lead)' },
      { value: 850000, unit: 'کودک', kind: 'count', about: '«حدود ۸۵۰ هزار کودک» هدف واکسیناسیون (lead)' },
      { value: 31, unit: 'مورد', kind: 'count', about: 'موارد سیستان و بلوچستان' },
      { value: 9, unit: 'مورد', kind: 'count', about: 'موارد کرمان' },
      { value: 7, unit: 'مورد', kind: 'count', about: 'موارد هرمزگان' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۰ درصد» مبتلایان بی‌واکسن یا با یک نوبت' },
      { value: 18, unit: 'نفر', kind: 'count', about: '«تا ۱۸ نفر» ابتلا از هر بیمار (an upper bound, kept)' },
      { value: 80, unit: 'درصد', kind: 'percent', about: '«کمتر از ۸۰ درصد» پوشش واکسن در برخی محله‌ها' },
      { value: 95, unit: 'درصد', kind: 'percent', about: 'پوشش لازم برای قطع زنجیره انتقال' },
      { value: 1200, unit: 'تیم', kind: 'count', about: '«هزار و ۲۰۰ تیم سیار»' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'سهم اتباع خارجی از مبتلایان استان' },
      { value: 14, unit: 'بیمار', kind: 'count', about: 'بیماران بستری' },
      { value: 64, unit: 'کودک', kind: 'count', about: 'کودکان واکسن‌نزده روستای لادیز' },
      { value: 96000000000, unit: 'تومان', kind: 'money', about: '«۹۶ میلیارد تومان» اعتبار طرح' },
    ],
    figures_never: ['«زیر پنج سال», «سه‌ساله»: ages', '«این سه استان»: anaphoric (the three provinces just listed)', '«بهمن ۱۴۰۴», «روز سه‌شنبه», «سال ۱۳۹۸»: dates/years', '«یک نوبت»: lone «یک»', '«هر دو نوبت», «نوبت دوم»: not a count / ordinal', '«۳ تا ۵ روز بعد»: a duration', '«هر بیمار»: basis'],
    notes: [
      'Health news on a Laravel app (Webda: csrf-token meta, Vite /build/assets, /storage/ images, a Livewire «was this useful?» widget; the ONLY date metadata, article:published_time, holds the JALALI date written as if it were ISO, «1405-01-19T13:45:00+03:30»; the visible line gives «چهارشنبه ۱۹ فروردین ۱۴۰۵ | ۱۳:۴۵»; the gold is the real instant, 2026-04-08T13:45:00+03:30; lead paragraph; photo between lead and body; an INFOGRAPHIC figure inside the body with «اینفوگرافیک |» caption, not body; related list; no comments).',
      'statements: Bahramifar: «تصریح کرد:» (two-sentence quote, once), «وی ادامه داد:» (two sentences, once) = 2; Shahbakhsh, introduced as «ROLE، NAME،»: «… با اشاره به … گفت:» (one), «شه‌بخش افزود که …» (one) = 2; Nouri: a quote paragraph followed by «NAME، ROLE، این را به وبدا گفت.» (one) = 1; Sistanizadeh: «به گفته آرمان سیستانی‌زاده» (one), «او هشدار داد:» (multi-sentence quote, once) = 2.',
      'The ministry (which «آغاز کرد» in the lead), the budget organization and WHO are organizations; the health worker Barahouei is only mentioned. «تا ۱۸ نفر» is an upper bound kept as a figure (like «تا هشت بیمار» in heldout9); «۴۷ مورد» and its three parts (۳۱، ۹، ۷ مورد) are four figures.',
    ],
  },
  {
    name: 'honaronline-book-fair-publishers', site: 'honaronline', inlineAt: 3, author: 'نگین فرهادی',
    inline: 'بهای کاغذ در بازار؛ ناشران چه می‌گویند؟',
    url: 'https://www.honaronline.ir/news/219587/ثبت-نام-۲-هزار-و-۴۰۰-ناشر-در-نمایشگاه-کتاب-تهران',
    title: '۲ هزار و ۴۰۰ ناشر برای نمایشگاه کتاب تهران ثبت‌نام کردند',
    kicker: 'کتاب', date: '۲۰ فروردین ۱۴۰۵ - ۱۶:۰۰',
    lead: 'ثبت‌نام ناشران داخلی در سی‌وهفتمین نمایشگاه بین‌المللی کتاب تهران با ۲ هزار و ۴۰۰ ناشر به پایان رسید؛ نمایشگاهی که از ۱۶ تا ۲۶ اردیبهشت در مصلای امام خمینی (ره) برپا می‌شود.',
    paras: [
      'به گزارش هنرآنلاین، شمار ناشران ثبت‌نام‌کننده امسال ۱۱ درصد کمتر از دوره گذشته است. بخش مجازی نمایشگاه نیز از ۱۰ اردیبهشت فعال می‌شود و در بخش بین‌الملل ناشرانی از ۳۰ کشور حضور خواهند داشت.',
      'یاسر میرلوحی، مدیر اجرایی سی‌وهفتمین نمایشگاه بین‌المللی کتاب تهران، روز چهارشنبه در جمع خبرنگاران گفت: کاهش ثبت‌نام بیشتر به ناشران کوچک مربوط است که هزینه غرفه و کاغذ برایشان سنگین شده است. به همین دلیل اجاره غرفه ناشران کوچک امسال افزایش نیافته و ۴۰۰ غرفه با تخفیف ۵۰ درصدی به ناشران نوپا واگذار می‌شود.',
      'میرلوحی یادآور شد: یارانه خرید کتاب برای هر کارت دانشجویی ۳۰۰ هزار تومان است و مجموع اعتبار یارانه این دوره به ۲۱۰ میلیارد تومان می‌رسد.',
      'رئیس اتحادیه ناشران و کتابفروشان تهران محمود آشتیانی‌پور اما با انتقاد از گرانی کاغذ گفت قیمت هر بند کاغذ تحریر ۷۰ گرمی از ابتدای امسال به ۴ میلیون و ۲۰۰ هزار تومان رسیده و میانگین شمارگان کتاب‌های تازه به ۳۰۰ نسخه سقوط کرده است. آشتیانی‌پور خواستار آن شد که سهمیه کاغذ یارانه‌ای پیش از نمایشگاه میان ناشران توزیع شود.',
      'هنرآنلاین درباره حضور ناشران شهرستانی در نمایشگاه با سپیده نیک‌سرشت، مدیر نشر بیدبن در شیراز، گفت‌وگو کرده است:',
      'Q: امسال به نمایشگاه می‌آیید؟',
      'می‌آییم، اما با غرفه کوچک‌تر. پارسال ۲۴ عنوان تازه داشتیم و امسال فقط ۹ عنوان. هزینه چاپ یک رمان معمولی در شمارگان ۵۰۰ نسخه حالا از ۱۸۰ میلیون تومان بیشتر است.',
      'Q: فروش نمایشگاه چقدر برای ناشران کوچک اهمیت دارد؟',
      'برای ما نزدیک به ۳۵ درصد فروش سالانه در همان ۱۰ روز نمایشگاه اتفاق می‌افتد. اگر نمایشگاه نباشد، خیلی از ناشران شهرستانی اصلاً مخاطب تهرانی را نمی‌بینند.',
      'Q: یارانه خرید کتاب به ناشران کوچک هم می‌رسد؟',
      'کمک می‌کند، اما بیشترش به جیب ناشران بزرگی می‌رود که کتاب پرفروش دارند. کاش بخشی از آن به کتابفروشی‌های شهرستان‌ها اختصاص پیدا کند.',
      'در این دوره بخش ویژه‌ای نیز به پاسداشت زنده‌یاد منیژه آرین‌فر، مترجم پیشکسوت ادبیات کودک که بهمن گذشته درگذشت، اختصاص می‌یابد.',
      'بر اساس آمار خانه کتاب و ادبیات ایران، در سال ۱۴۰۴ حدود ۱۰۸ هزار عنوان کتاب در کشور منتشر شد که ۴۲ درصد آنها چاپ نخست بودند.',
    ],
    tags: ['نمایشگاه کتاب تهران', 'ناشران', 'یارانه کتاب', 'کاغذ'],
    caption: 'غرفه‌های نمایشگاه کتاب تهران در مصلای امام خمینی (ره)', credit: 'عکاس: مهدیس طاهری',
    related: ['شعار سی‌وهفتمین نمایشگاه کتاب تهران رونمایی شد', 'کتابفروشی‌های شهرستان و بحران اجاره', 'ترجمه ادبیات کودک در سالی که گذشت'],
    mostRead: ['نامزدهای جایزه جلال آل‌احمد معرفی شدند', 'اکران نوروزی؛ کدام فیلم جلو افتاد؟', 'کنسرت‌های اردیبهشت تهران لغو شد؟', 'تئاتر شهر پس از نوروز چه نمایشی دارد؟'],
    comments: [['کتابفروش رشتی', 'کاش یارانه به کتابفروشی‌های شهرستان هم برسد.'], ['نسرین', 'امسال هم فقط از بخش مجازی خرید می‌کنم.']],
    speakers: [
      { name: 'یاسر میرلوحی', role: 'مدیر اجرایی سی‌وهفتمین نمایشگاه بین‌المللی کتاب تهران', also_called: ['میرلوحی'], statements: 2 },
      { name: 'محمود آشتیانی‌پور', role: 'رئیس اتحادیه ناشران و کتابفروشان تهران', also_called: ['آشتیانی‌پور'], statements: 2 },
      { name: 'سپیده نیک‌سرشت', role: 'مدیر نشر بیدبن در شیراز', also_called: [], statements: 3 },
    ],
    speakers_never: ['منیژه آرین‌فر', 'خانه کتاب و ادبیات ایران'],
    figures: [
      { value: 2400, unit: 'ناشر', kind: 'count', about: '«۲ هزار و ۴۰۰ ناشر» ثبت‌نام‌کننده (lead)' },
      { value: 11, unit: 'درصد', kind: 'percent', about: 'کاهش ثبت‌نام نسبت به دوره گذشته' },
      { value: 30, unit: 'کشور', kind: 'count', about: 'کشورهای بخش بین‌الملل' },
      { value: 400, unit: 'غرفه', kind: 'count', about: 'غرفه‌های با تخفیف برای ناشران نوپا' },
      { value: 50, unit: 'درصد', kind: 'percent', about: '«تخفیف ۵۰ درصدی»' },
      { value: 300000, unit: 'تومان', kind: 'money', about: 'یارانه هر کارت دانشجویی' },
      { value: 210000000000, unit: 'تومان', kind: 'money', about: '«۲۱۰ میلیارد تومان» کل اعتبار یارانه' },
      { value: 4200000, unit: 'تومان', kind: 'money', about: '«۴ میلیون و ۲۰۰ هزار تومان» قیمت هر بند کاغذ' },
      { value: 300, unit: 'نسخه', kind: 'count', about: 'میانگین شمارگان کتاب‌های تازه' },
      { value: 24, unit: 'عنوان', kind: 'count', about: 'عنوان‌های تازه نشر بیدبن پارسال' },
      { value: 9, unit: 'عنوان', kind: 'count', about: 'عنوان‌های تازه امسال' },
      { value: 500, unit: 'نسخه', kind: 'count', about: 'شمارگان در مثال هزینه چاپ («در شمارگان ۵۰۰ نسخه»)' },
      { value: 180000000, unit: 'تومان', kind: 'money', about: '«از ۱۸۰ میلیون تومان بیشتر» هزینه چاپ یک رمان' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'سهم نمایشگاه از فروش سالانه ناشر' },
      { value: 108000, unit: 'عنوان', kind: 'count', about: '«حدود ۱۰۸ هزار عنوان» کتاب منتشرشده در ۱۴۰۴' },
      { value: 42, unit: 'درصد', kind: 'percent', about: 'سهم چاپ نخست' },
    ],
    figures_never: ['«سی‌وهفتمین», «چاپ نخست»: ordinals', '«۱۶ تا ۲۶ اردیبهشت», «۱۰ اردیبهشت», «روز چهارشنبه», «بهمن گذشته», «سال ۱۴۰۴»: dates/years', '«۱۰ روز نمایشگاه»: duration', '«هر بند», «هر کارت دانشجویی», «سالانه»: bases', '«۷۰ گرمی»: a paper grade', '«یک رمان معمولی»: lone «یک»', '«دوره گذشته»: a period'],
    notes: [
      'Books/culture news with a short interview on a React SSR app built with Remix (Honar Online: emotion-hashed class names, /build/_assets, modulepreload links, React\'s «charSet» and «<!-- -->» text separators; NO date meta and no JSON-LD: the visible line gives «پنجشنبه ۲۰ فروردین ۱۴۰۵ - ۱۶:۰۰» and window.__remixContext carries publishedAt «2026-04-09T12:30:00.000Z», the same instant as the gold; lead paragraph; photo with caption; interview questions as <h4>, which are body; an in-body «بیشتر بخوانید» card; newsletter box; comments).',
      'statements: Mirlowhi: «گفت:» (two-sentence quote, once), «میرلوحی یادآور شد:» (one) = 2; Ashtianipour, introduced as «ROLE NAME» without commas: «… با انتقاد از … گفت …» (indirect, one), «آشتیانی‌پور خواستار آن شد که …» (one) = 2; Nikseresht: one per interview answer = 3 (the sentence announcing the interview, which gives her name and role, is not a statement).',
      'The late translator Arianfar is only mentioned; the House of Book («بر اساس آمار») is an organization. «در شمارگان ۵۰۰ نسخه», the print run of the cost example, is kept as a figure (as «در ۵۰۰ نسخه» was in heldout8); «۳۰۰ نسخه» and «۵۰۰ نسخه», «۲۴ عنوان», «۹ عنوان» and «۱۰۸ هزار عنوان» are distinct figures.',
    ],
  },
  {
    name: 'foolad-tractor-late-winner', site: 'foolad', inlineAt: 5, author: 'روابط عمومی باشگاه',
    inline: 'خلاصه دیدار فولاد و تراکتور',
    url: 'https://www.fooladfc.ir/index.php/fa/news/item/14815-foolad-tractor-week23',
    title: 'پیروزی دیرهنگام فولاد برابر تراکتور در اهواز',
    kicker: 'اخبار', date: '۲۱ فروردین ۱۴۰۵ - ۲۳:۱۰',
    lead: 'تیم فوتبال فولاد خوزستان در هفته بیست‌وسوم لیگ برتر با گلی که در دقیقه ۸۸ به ثمر رسید، تراکتور را ۲ بر یک شکست داد و با ۳۸ امتیاز به رده چهارم جدول رسید.',
    paras: [
      'به گزارش روابط عمومی باشگاه فولاد خوزستان، این دیدار عصر جمعه با حضور حدود ۱۴ هزار تماشاگر در ورزشگاه فولاد آرنا برگزار شد. تراکتور در دقیقه ۲۱ با ضربه سر پیمان شکوری پیش افتاد، یاسین دورقی در دقیقه ۵۴ بازی را به تساوی کشاند و مهدی آلبوغبیش، مهاجم ۱۹ ساله فولاد، در دقیقه ۸۸ گل پیروزی را زد.',
      'رحمان کعبی‌نژاد سرمربی فولاد در نشست خبری پس از بازی گفت: بازیکنان ما بعد از گل تراکتور نترسیدند و در نیمه دوم با فشار از جناحین بازی را در دست گرفتند. این پیروزی برای هوادارانی که در این گرما به ورزشگاه آمده بودند، ارزش زیادی داشت.',
      'وی درباره وضعیت جدول تصریح کرد: فاصله ما با صدر جدول ۵ امتیاز است و ۷ بازی دیگر باقی مانده. اگر همین روند را ادامه دهیم، برای سهمیه آسیایی می‌جنگیم.',
      'کعبی‌نژاد همچنین از داوری انتقاد کرد و گفت در صحنه خطای دقیقه ۳۵ روی آلبوغبیش، فولاد مستحق پنالتی بود.',
      'سرمربی تراکتور نیز در نشست خبری، شکست تیمش را نتیجه بی‌تمرکزی بازیکنان در دقایق پایانی دانست.',
      'آلبوغبیش که نخستین گلش را در لیگ برتر به ثمر رساند، پس از بازی به سایت باشگاه گفت: این گل را به پدرم تقدیم می‌کنم که از کودکی مرا به تمرین می‌برد. امیدوارم از این به بعد دقایق بیشتری بازی کنم.',
      'مدیرعامل باشگاه فولاد خوزستان، عبدالله حیدری‌زاده، نیز از پرداخت ۳۰ درصد مطالبات بازیکنان پیش از این بازی خبر داد و عنوان کرد که باشگاه تا پایان فصل باید حدود ۴۵ میلیارد تومان دیگر به بازیکنان و کادر فنی بپردازد.',
      'به گفته حیدری‌زاده، چمن فولاد آرنا نیز پیش از دیدار هفته بیست‌وپنجم با هزینه‌ای حدود ۸ میلیارد تومان ترمیم می‌شود.',
      'فولاد در این دیدار ۵۸ درصد مالکیت توپ را در اختیار داشت و از ۱۶ شوت خود، ۷ شوت را در چارچوب دروازه زد.',
      'سازمان لیگ فوتبال ایران نیز اعلام کرد دیدار هفته آینده فولاد و استقلال روز پنجشنبه ۲۷ فروردین ساعت ۱۸:۳۰ در ورزشگاه آزادی برگزار می‌شود.',
    ],
    tags: ['فولاد خوزستان', 'تراکتور', 'لیگ برتر', 'فولاد آرنا'],
    caption: 'شادی بازیکنان فولاد پس از گل دقیقه ۸۸ در ورزشگاه فولاد آرنا', credit: 'عکس: سجاد نیسی',
    related: ['ترکیب فولاد برای دیدار با تراکتور اعلام شد', 'تمرین ریکاوری فولادی‌ها پس از بازی با پیکان', 'آکادمی فولاد قهرمان لیگ نوجوانان خوزستان شد'],
    mostRead: ['بلیت‌فروشی دیدار فولاد و استقلال آغاز شد', 'گزارش تمرین امروز فولاد', 'مصدومیت مدافع فولاد جدی نیست', 'برنامه هفته‌های پایانی لیگ برتر'],
    comments: [['هوادار اهوازی', 'آلبوغبیش آینده فوتبال خوزستان است.'], ['رضا', 'داور پنالتی مسلم را نگرفت.']],
    speakers: [
      { name: 'رحمان کعبی‌نژاد', role: 'سرمربی فولاد', also_called: ['وی', 'کعبی‌نژاد'], statements: 3 },
      { name: 'مهدی آلبوغبیش', role: 'مهاجم ۱۹ ساله فولاد', also_called: ['آلبوغبیش'], statements: 1 },
      { name: 'عبدالله حیدری‌زاده', role: 'مدیرعامل باشگاه فولاد خوزستان', also_called: ['حیدری‌زاده'], statements: 2 },
    ],
    speakers_never: ['پیمان شکوری', 'یاسین دورقی', 'سرمربی تراکتور', 'سازمان لیگ فوتبال ایران'],
    figures: [
      { value: 38, unit: 'امتیاز', kind: 'count', about: 'امتیاز فولاد در جدول (lead)' },
      { value: 14000, unit: 'تماشاگر', kind: 'count', about: '«حدود ۱۴ هزار تماشاگر»' },
      { value: 5, unit: 'امتیاز', kind: 'count', about: 'فاصله با صدر جدول' },
      { value: 7, unit: 'بازی', kind: 'count', about: 'بازی‌های باقی‌مانده' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'مطالبات پرداخت‌شده بازیکنان' },
      { value: 45000000000, unit: 'تومان', kind: 'money', about: '«حدود ۴۵ میلیارد تومان» بدهی باقی‌مانده' },
      { value: 8000000000, unit: 'تومان', kind: 'money', about: 'هزینه ترمیم چمن' },
      { value: 58, unit: 'درصد', kind: 'percent', about: 'مالکیت توپ' },
      { value: 16, unit: 'شوت', kind: 'count', about: 'شوت‌های فولاد' },
      { value: 7, unit: 'شوت', kind: 'count', about: 'شوت‌های در چارچوب' },
    ],
    figures_never: ['«۲ بر یک»: score', '«دقیقه ۸۸», «دقیقه ۲۱», «دقیقه ۵۴», «دقیقه ۳۵»: match minutes', '«هفته بیست‌وسوم», «هفته بیست‌وپنجم», «رده چهارم», «نخستین گلش», «نیمه دوم»: ordinals', '«۱۹ ساله»: age', '«پنجشنبه ۲۷ فروردین», «ساعت ۱۸:۳۰»: date and time', '«هفته ۲۳» (extra fields), «فولاد ۲ - ۱ تراکتور»: not body'],
    notes: [
      'Football match report on a club site built with Joomla 3 + K2 (Foolad Khuzestan: Joomla generator meta, /media/k2 and /components/com_k2 assets, a CSRF token in joomla-script-options and the K2 comment form; NO date metadata and no JSON-LD: the date is only in <span class="itemDateCreated"> with LATIN digits, «جمعه, 21 فروردین 1405 23:10»; the title is K2\'s <h2 class="itemTitle">, there is no <h1>; the item image block (image, caption, credits) comes before the intro text; intro text as lead; a «ویدئو |» line and an Aparat iframe inside the full text; K2 extra fields with the match facts; hits, tags, related, item navigation, K2 comments). The ARTICLE TEXT (title, intro, full text, caption) was typed with ARABIC yeh and kaf (ي ك) while the template and K2 chrome use Persian letters; the gold title and body are exactly what the page shows; speaker names, roles, figure units and speakers_never are given in Persian letters.',
      'statements: Kaabinejad, introduced as «NAME ROLE» without commas: «گفت:» (two-sentence quote, once), «وی … تصریح کرد:» (multi-sentence quote, once), «کعبی‌نژاد همچنین … انتقاد کرد و گفت …» (one) = 3; Alboghbeish (role from the match paragraph, named alone later): «به سایت باشگاه گفت:» (multi-sentence quote, once) = 1; Heydarizadeh, introduced as «ROLE، NAME،»: «… خبر داد و عنوان کرد که …» (one), «به گفته حیدری‌زاده» (one) = 2.',
      'The Tractor coach states a view («… دانست») but is never named: not a speaker. The scorers Shakouri and Dowraghi are only mentioned; the league organization («اعلام کرد») is an organization. League points (۳۸, ۵ امتیاز) are counts as in earlier sets; the score and match minutes are not figures; «۷ بازی» and «۷ شوت» are two figures.',
    ],
  },
  {
    name: 'eghtesad100-tehran-rent-cap', site: 'eghtesad100', zwnjLost: true, inlineAt: 3, author: 'پریسا منصوری',
    inline: 'وام ودیعه مسکن ۱۴۰۵؛ شرایط و مدارک',
    url: 'https://www.eghtesad100.ir/fa/news/73190/سقف-افزایش-اجاره-بها-در-تهران-۲۵-درصد-تعیین-شد',
    title: 'سقف افزایش اجاره‌بها در تهران ۲۵ درصد تعیین شد؛ بازار چه می‌گوید؟',
    kicker: 'مسکن', date: '۲۲ فروردین ۱۴۰۵ - ۰۸:۴۵',
    lead: 'شورای عالی مسکن سقف افزایش اجاره‌بهای قراردادهای تمدیدی امسال در تهران را ۲۵ درصد تعیین کرد؛ در حالی که بر اساس داده‌های مرکز آمار ایران، میانگین اجاره‌بها در پایتخت در اسفند ۱۴۰۴ نسبت به اسفند سال قبل ۴۱ درصد افزایش داشته است.',
    paras: [
      'به گزارش اقتصاد ۱۰۰، این سقف برای سایر کلان‌شهرها ۲۰ درصد و برای دیگر شهرها ۱۵ درصد است و موجرانی که بیش از سقف مصوب اجاره‌بها را افزایش دهند، از معافیت مالیاتی اجاره محروم می‌شوند.',
      'فرزاد نیک‌اندیش، معاون مسکن و ساختمان وزارت راه و شهرسازی، شب گذشته در یک برنامه تلویزیونی گفت: حدود ۳۲ درصد خانوارهای کشور و بیش از ۴۵ درصد خانوارهای تهرانی مستأجرند. اگر سقفی برای افزایش اجاره تعیین نشود، بخش بزرگی از این خانوارها ناچار به حاشیه شهر کوچ می‌کنند.',
      'نیک‌اندیش اضافه کرد: از ابتدای فروردین تاکنون ۱۸۶ هزار قرارداد اجاره در تهران در سامانه املاک و اسکان ثبت شده و قراردادهایی که بدون کد رهگیری بسته شوند، مبنای دریافت وام ودیعه قرار نمی‌گیرند.',
      'بیژن طاهرپور، رئیس اتحادیه مشاوران املاک تهران، معتقد است سقف‌گذاری بدون نظارت میدانی اثری ندارد. او به اقتصاد ۱۰۰ گفت: در عمل بسیاری از قراردادها با افزایش ۴۰ تا ۶۰ درصدی بسته می‌شود و بخشی از مبلغ بیرون از قرارداد و به‌صورت دستی گرفته می‌شود. مستأجر هم از ترس تخلیه شکایتی نمی‌کند.',
      '«صاحبخانه گفته یا ۲۵۰ میلیون تومان به ودیعه اضافه کنم یا تا آخر اردیبهشت خانه را تخلیه کنم.» این را محسن کرمی، کارمند ۳۸ ساله‌ای که در محله نارمک مستأجر است، می‌گوید. او اکنون برای آپارتمانی کوچک ماهانه ۱۸ میلیون تومان اجاره می‌پردازد.',
      'به گفته آزاده شریف‌زاده، اقتصاددان و پژوهشگر حوزه مسکن، تجربه سال‌های ۱۳۹۹ و ۱۴۰۰ نشان داد سقف‌گذاری دستوری بدون افزایش عرضه، تنها قراردادها را غیررسمی می‌کند. وی راه‌حل را ساخت مسکن استیجاری دانست و خاطرنشان کرد: کشور با کمبود حدود یک میلیون و ۲۰۰ هزار واحد مسکونی روبه‌روست و سالانه کمتر از ۴۰۰ هزار واحد ساخته می‌شود.',
      'بانک مرکزی نیز اعلام کرد سقف وام ودیعه مسکن برای مستأجران تهرانی امسال ۲۰۰ میلیون تومان است و بانک‌ها موظف‌اند این تسهیلات را ظرف دو هفته پرداخت کنند.',
      'بر اساس آمار مرکز آمار ایران، متوسط اجاره‌بهای ماهانه هر مترمربع واحد مسکونی در تهران در اسفند گذشته به ۶۸۰ هزار تومان رسید.',
    ],
    tags: ['اجاره‌بها', 'مستأجران', 'بازار مسکن', 'شورای عالی مسکن'],
    caption: 'آگهی‌های اجاره پشت شیشه یک بنگاه املاک در شرق تهران', credit: 'عکس: اقتصاد ۱۰۰',
    related: ['قیمت مسکن تهران در اسفند ۱۴۰۴ چقدر شد؟', 'نهضت ملی مسکن؛ چند واحد تحویل شد؟', 'مالیات خانه‌های خالی از تیر اجرا می‌شود'],
    mostRead: ['پیش‌بینی بازار طلا در هفته دوم فروردین', 'قیمت خودروهای داخلی در بازار آزاد', 'دلار در کانال ۹۴ هزار تومان', 'بورس در نخستین هفته سال'],
    comments: [['مستأجر', 'سقف ۲۵ درصد فقط روی کاغذ است.'], ['علی', 'بدون ساخت مسکن هیچ سقفی جواب نمی‌دهد.']],
    extraExcludes: ['ویدئو | صف مستأجران در بنگاه‌های شرق تهران'],
    speakers: [
      { name: 'فرزاد نیک‌اندیش', role: 'معاون مسکن و ساختمان وزارت راه و شهرسازی', also_called: ['نیک‌اندیش'], statements: 2 },
      { name: 'بیژن طاهرپور', role: 'رئیس اتحادیه مشاوران املاک تهران', also_called: ['او'], statements: 2 },
      { name: 'محسن کرمی', role: 'کارمند ۳۸ ساله‌ای که در محله نارمک مستأجر است', also_called: [], statements: 1 },
      { name: 'آزاده شریف‌زاده', role: 'اقتصاددان و پژوهشگر حوزه مسکن', also_called: ['وی'], statements: 2 },
    ],
    speakers_never: ['شورای عالی مسکن', 'مرکز آمار ایران', 'بانک مرکزی'],
    figures: [
      { value: 25, unit: 'درصد', kind: 'percent', about: 'سقف افزایش اجاره در تهران (lead)' },
      { value: 41, unit: 'درصد', kind: 'percent', about: 'افزایش میانگین اجاره‌بها در اسفند (lead)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'سقف سایر کلان‌شهرها' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سقف دیگر شهرها' },
      { value: 32, unit: 'درصد', kind: 'percent', about: 'خانوارهای مستأجر کشور' },
      { value: 45, unit: 'درصد', kind: 'percent', about: '«بیش از ۴۵ درصد» خانوارهای تهرانی' },
      { value: 186000, unit: 'قرارداد', kind: 'count', about: 'قراردادهای ثبت‌شده در سامانه' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'افزایش واقعی، کف بازه («۴۰ تا ۶۰ درصدی»)' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'افزایش واقعی، سقف بازه' },
      { value: 250000000, unit: 'تومان', kind: 'money', about: 'افزایش ودیعه خواسته‌شده' },
      { value: 18000000, unit: 'تومان', kind: 'money', about: 'اجاره ماهانه مستأجر نارمک' },
      { value: 1200000, unit: 'واحد', kind: 'count', about: '«یک میلیون و ۲۰۰ هزار واحد» کمبود مسکن' },
      { value: 400000, unit: 'واحد', kind: 'count', about: '«کمتر از ۴۰۰ هزار واحد» ساخت سالانه' },
      { value: 200000000, unit: 'تومان', kind: 'money', about: 'سقف وام ودیعه' },
      { value: 680000, unit: 'تومان', kind: 'money', about: 'اجاره ماهانه هر مترمربع در تهران' },
    ],
    figures_never: ['«اسفند ۱۴۰۴», «ابتدای فروردین», «آخر اردیبهشت», «اسفند گذشته», «شب گذشته»: dates', '«سال‌های ۱۳۹۹ و ۱۴۰۰»: years', '«۳۸ ساله»: age', '«دو هفته»: duration', '«هر مترمربع», «ماهانه», «سالانه»: bases', '«یک برنامه تلویزیونی»: lone «یک»', '«این خانوارها»: anaphoric'],
    notes: [
      'Housing news on an economy site\'s own CMS (Eghtesad 100: JSON-LD NewsArticle +03:30 and a visible Jalali date and time under the lead; market ticker; uptitle; the LEAD IS AN <h2> under the <h1>; photo before the body; an in-body «بیشتر بخوانید:» line; a STICKY VIDEO PLAYER of another story, «ویدئو | صف مستأجران در بنگاه‌های شرق تهران», pinned at the page bottom, not body; comments). The page LOST EVERY ZWNJ: body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Nikandish: «گفت:» (two-sentence quote, once), «نیک‌اندیش اضافه کرد:» (one) = 2; Taherpour: «معتقد است» (one), «او به اقتصاد ۱۰۰ گفت:» (multi-sentence quote, once) = 2; Karami: a quote closed by «این را NAME، ROLE، می‌گوید.» (one; the next sentence about his rent is narration) = 1; Sharifzadeh: «به گفته آزاده شریف‌زاده» (one), «وی … دانست و خاطرنشان کرد:» (one) = 2.',
      'The housing council (which sets the cap in the lead), the statistics centre and the central bank («اعلام کرد») are organizations. «۴۰ تا ۶۰ درصدی» gives both ends; the monthly rent per square metre (۶۸۰ هزار تومان) is kept although «هر مترمربع» is its basis; «یک میلیون و ۲۰۰ هزار واحد» is 1.2e6, not a lone «یک».',
    ],
  },
  {
    name: 'icana-vat-bill-generalities', site: 'icana', inlineAt: 6,
    inline: 'مالیات بر ارزش افزوده در بودجه ۱۴۰۵؛ چه چیزی تغییر کرد؟',
    url: 'https://www.icana.ir/Fa/News/591043/کلیات-طرح-اصلاح-قانون-مالیات-بر-ارزش-افزوده-تصویب-شد',
    title: 'کلیات طرح اصلاح قانون مالیات بر ارزش افزوده تصویب شد',
    kicker: 'مجلس', date: '۲۳ فروردین ۱۴۰۵ - ۱۱:۵۰',
    lead: 'نمایندگان مجلس شورای اسلامی در جلسه علنی امروز (یکشنبه) با ۱۷۲ رأی موافق، ۶۱ رأی مخالف و ۹ رأی ممتنع از مجموع ۲۵۴ نماینده حاضر، کلیات طرح اصلاح قانون مالیات بر ارزش افزوده را تصویب کردند.',
    paras: [
      'به گزارش خبرگزاری خانه ملت، بر اساس این طرح، نرخ مالیات بر ارزش افزوده که اکنون ۱۰ درصد است، به‌تدریج و طی دو سال به ۱۲ درصد می‌رسد و فروشندگان خرد با فروش سالانه کمتر از ۱۵ میلیارد ریال از ثبت‌نام در نظام مالیات بر ارزش افزوده معاف می‌شوند.',
      'مخبر کمیسیون اقتصادی مجلس علی‌اکبر ملکی‌نسب در دفاع از کلیات طرح گفت: درآمد دولت از مالیات بر ارزش افزوده در سال گذشته حدود ۴۸۰ همت بود و ۳۶ درصد کل درآمدهای مالیاتی را تشکیل داد. با اصلاح معافیت‌ها و افزایش تدریجی نرخ، سالانه دست‌کم ۶۰ همت درآمد تازه ایجاد می‌شود، بی‌آنکه کالاهای اساسی گران شوند.',
      'سمیه آذرنیا، نماینده مردم تبریز، آذرشهر و اسکو، در مخالفت با کلیات طرح تأکید کرد: افزایش نرخ مالیات در شرایطی که تورم بالای ۴۰ درصد است، فشار را مستقیم به مصرف‌کننده نهایی منتقل می‌کند. دولت به جای افزایش نرخ، باید فرار مالیاتی را مهار کند.',
      'وی افزود: بر اساس گزارش‌های رسمی، فرار مالیاتی در کشور سالانه بیش از ۲۰۰ همت برآورد می‌شود.',
      'بهزاد کیان‌مهر، معاون وزیر امور اقتصادی و دارایی، به نمایندگی از دولت از کلیات طرح حمایت کرد و گفت حدود ۳ میلیون و ۸۰۰ هزار مؤدی در نظام مالیات بر ارزش افزوده ثبت‌نام کرده‌اند، اما تنها ۴۵ درصد آنها اظهارنامه خود را به‌موقع ارائه می‌دهند.',
      'معاون وزیر اقتصاد همچنین گفت صدور صورتحساب الکترونیکی از ابتدای مهر برای همه فروشگاه‌های زنجیره‌ای الزامی می‌شود.',
      'ملکی‌نسب در پاسخ به مخالفان یادآور شد که دارو، نان، لبنیات و اقلام اساسی سفره خانوار همچنان از مالیات بر ارزش افزوده معاف خواهند بود.',
      'اتاق بازرگانی ایران نیز پیش از جلسه در نامه‌ای به هیئت‌رئیسه مجلس خواستار آن شده بود که افزایش نرخ تا کاهش تورم به زیر ۳۰ درصد به تعویق بیفتد.',
      'در ابتدای جلسه امروز که به ریاست نایب‌رئیس اول مجلس برگزار شد، اعتبارنامه یوسف قلی‌زاده‌فرد، منتخب انتخابات میان‌دوره‌ای حوزه انتخابیه ملایر، نیز به تصویب رسید.',
      'جزئیات طرح برای بررسی به کمیسیون اقتصادی بازگشت و نمایندگان تا ۱۰ روز برای ارائه پیشنهادهای خود فرصت دارند. این طرح پس از تصویب نهایی باید به تأیید شورای نگهبان برسد.',
    ],
    tags: ['مالیات بر ارزش افزوده', 'جلسه علنی', 'کمیسیون اقتصادی', 'مجلس'],
    caption: 'نمای کلی صحن علنی مجلس شورای اسلامی', credit: 'عکاس: محمدمهدی دهقانی',
    related: ['جزئیات گزارش کمیسیون اقتصادی درباره طرح مالیات بر ارزش افزوده', 'نمایندگان با دوفوریت طرح حمایت از مستأجران موافقت کردند', 'دستور کار جلسات علنی هفته دوم کاری مجلس'],
    mostRead: ['سؤال از وزیر نیرو درباره خاموشی‌ها اعلام وصول شد', 'نشست غیرعلنی مجلس درباره بودجه ۱۴۰۵', 'گزارش کمیسیون اصل ۹۰ درباره واردات خودرو', 'طرح شفافیت آرای نمایندگان در دستور کار'],
    comments: [['کاسب', 'مالیات را از کسی بگیرید که نمی‌دهد، نه از مصرف‌کننده.']],
    speakers: [
      { name: 'علی‌اکبر ملکی‌نسب', role: 'مخبر کمیسیون اقتصادی مجلس', also_called: ['ملکی‌نسب'], statements: 2 },
      { name: 'سمیه آذرنیا', role: 'نماینده مردم تبریز، آذرشهر و اسکو', also_called: ['وی'], statements: 2 },
      { name: 'بهزاد کیان‌مهر', role: 'معاون وزیر امور اقتصادی و دارایی', also_called: ['معاون وزیر اقتصاد'], statements: 2 },
    ],
    speakers_never: ['اتاق بازرگانی ایران', 'نایب‌رئیس اول مجلس', 'یوسف قلی‌زاده‌فرد', 'شورای نگهبان'],
    figures: [
      { value: 172, unit: 'رأی', kind: 'count', about: 'آرای موافق (lead)' },
      { value: 61, unit: 'رأی', kind: 'count', about: 'آرای مخالف (lead)' },
      { value: 9, unit: 'رأی', kind: 'count', about: 'آرای ممتنع (lead)' },
      { value: 254, unit: 'نماینده', kind: 'count', about: 'نمایندگان حاضر (lead)' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'نرخ فعلی مالیات بر ارزش افزوده' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'نرخ هدف' },
      { value: 15000000000, unit: 'ریال', kind: 'money', about: 'سقف فروش سالانه فروشندگان خرد معاف («۱۵ میلیارد ریال»)' },
      { value: 480000000000000, unit: 'همت', kind: 'money', about: '«حدود ۴۸۰ همت» درآمد مالیات بر ارزش افزوده' },
      { value: 36, unit: 'درصد', kind: 'percent', about: 'سهم از کل درآمدهای مالیاتی' },
      { value: 60000000000000, unit: 'همت', kind: 'money', about: '«دست‌کم ۶۰ همت» درآمد تازه' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«تورم بالای ۴۰ درصد»' },
      { value: 200000000000000, unit: 'همت', kind: 'money', about: '«بیش از ۲۰۰ همت» فرار مالیاتی' },
      { value: 3800000, unit: 'مؤدی', kind: 'count', about: '«۳ میلیون و ۸۰۰ هزار مؤدی» ثبت‌نام‌کرده' },
      { value: 45, unit: 'درصد', kind: 'percent', about: 'مؤدیانی که اظهارنامه را به‌موقع می‌دهند' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'شرط اتاق بازرگانی: تورم «زیر ۳۰ درصد»' },
    ],
    figures_never: ['«دو سال», «۱۰ روز»: durations', '«امروز (یکشنبه)», «ابتدای مهر», «سال گذشته»: dates', '«نایب‌رئیس اول»: ordinal in a title', '«سالانه»: basis', '«بودجه ۱۴۰۵» (inline link): a name with a year', 'the in-body vote box (۱۷۲، ۶۱، ۹، ۲۵۴) repeats the lead and is not body'],
    notes: [
      'Parliament news on the parliament\'s news agency (ICANA: a header date strip in three calendars, «یکشنبه ۲۳ فروردین ۱۴۰۵ | ۲۳ شوال ۱۴۴۷ | 12 April 2026»; article:published_time +03:30; service/code/date line; rootitr; summary paragraph as lead; photo with caption and credit before the body; an in-body «نتیجه رأی‌گیری» VOTE BOX that repeats the tally of the lead, not body; an in-body «بیشتر بخوانید:» line; «انتهای پیام/» inside the body div, not body; short link, tags, comments).',
      'statements: Malekinasab, introduced as «ROLE NAME» without commas: «… در دفاع از کلیات طرح گفت:» (multi-sentence quote, once), «ملکی‌نسب در پاسخ به مخالفان یادآور شد که …» (one) = 2; Azarnia: «… تأکید کرد:» (two-sentence quote, once), «وی افزود:» (one) = 2; Kianmehr: «… از کلیات طرح حمایت کرد و گفت …» (one), the shortened role alone later «معاون وزیر اقتصاد همچنین گفت …» (one) = 2.',
      'The chamber of commerce («خواستار … شده بود») and the Guardian Council are organizations; the first deputy speaker who chairs the session is never named; the by-election winner Gholizadeh-Fard is only mentioned. Votes are counts (رأی); «همت» is 1e12 toman with unit همت as in tests/fixtures/figures/dev.json; «۴۰ درصد» (inflation) and «۴۵ درصد» (filers) are different figures; «زیر ۳۰ درصد» (the chamber\'s inflation threshold) is kept.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
const faPct = (n: number) => persian(n.toFixed(1)).replace('.', '٫');

/** [name, field, votes, result] of the engineering-council election. */
const CANDIDATES: [string, string, number, string][] = [
  ['حمیدرضا نصر اصفهانی', 'عمران', 6412, 'منتخب'],
  ['مرجان طباطبایی‌نژاد', 'معماری', 5980, 'منتخب'],
  ['سعید کاظمی دهاقانی', 'عمران', 5731, 'منتخب'],
  ['علیرضا مهرابیان', 'مکانیک', 5204, 'منتخب'],
  ['پرویز رنجبر خوراسگانی', 'عمران', 4987, 'منتخب'],
  ['نیلوفر شفیعی', 'برق', 4655, 'منتخب'],
  ['محمد جعفری‌پور', 'معماری', 4410, 'منتخب'],
  ['اکبر صالحی نجف‌آبادی', 'عمران', 4268, 'منتخب'],
  ['رامین حیدری', 'شهرسازی', 3902, 'منتخب'],
  ['فاطمه ابراهیمیان', 'عمران', 3715, 'علی‌البدل'],
  ['داوود قاسمی', 'برق', 3544, 'علی‌البدل'],
  ['مهدی امینی‌فر', 'مکانیک', 3310, 'علی‌البدل'],
  ['زهره کریمی', 'معماری', 2986, '—'],
  ['بهنام یزدانی', 'نقشه‌برداری', 2741, '—'],
  ['جواد مختاری', 'عمران', 2655, '—'],
];

function isfahanzibaElection(): NonArt {
  const title = 'نتایج انتخابات هیئت‌مدیره سازمان نظام مهندسی ساختمان استان اصفهان';
  const eligible = 48215;
  const voted = 16904;
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | اصفهان زیبا</title>
<meta name="description" content="جدول نتایج نهایی شمارش آرای انتخابات دوره دهم هیئت‌مدیره نظام مهندسی ساختمان استان اصفهان">
<link rel="canonical" href="https://isfahanziba.ir/election/nezam-mohandesi-1405">
<link rel="stylesheet" href="https://isfahanziba.ir/assets/css/style.css?v=58">
</head>
<body class="election-page">
<header class="iz-header"><div class="iz-top"><span>${persian(24)} فروردین ${persian(1405)}</span> <a href="https://isfahanziba.ir/pdf">نسخه PDF روزنامه</a></div>
<a class="iz-logo" href="https://isfahanziba.ir/"><img src="https://isfahanziba.ir/assets/img/logo.png" alt="اصفهان زیبا"></a>
<nav class="iz-nav"><a href="https://isfahanziba.ir/service/city">شهری</a> <a href="https://isfahanziba.ir/service/society">اجتماعی</a> <a href="https://isfahanziba.ir/service/economy">اقتصادی</a> <a href="https://isfahanziba.ir/service/culture">فرهنگی</a> <a href="https://isfahanziba.ir/service/sport">ورزشی</a> <a class="active" href="https://isfahanziba.ir/election">انتخابات</a></nav></header>
<main class="iz-main">
 <nav class="iz-crumb"><a href="https://isfahanziba.ir/">خانه</a> › <a href="https://isfahanziba.ir/election">انتخابات</a></nav>
 <h1>${title}</h1>
 <p class="iz-sub">دوره دهم | نتایج نهایی اعلام‌شده از سوی هیئت اجرایی | به‌روزرسانی: ${persian(24)} فروردین ${persian(1405)}، ساعت ${persian('09:30')}</p>
 <div class="iz-stats"><div><span>واجدان شرایط</span><strong>${fmt(eligible)}</strong></div><div><span>شرکت‌کنندگان</span><strong>${fmt(voted)}</strong></div><div><span>میزان مشارکت</span><strong>${faPct((100 * voted) / eligible)}٪</strong></div><div><span>کرسی‌ها</span><strong>${persian(9)} اصلی + ${persian(3)} علی‌البدل</strong></div></div>
 <div class="iz-filter"><label>رشته: <select><option>همه</option><option>عمران</option><option>معماری</option><option>مکانیک</option><option>برق</option><option>شهرسازی</option><option>نقشه‌برداری</option></select></label></div>
 <table class="iz-results">
  <thead><tr><th>ردیف</th><th>نام و نام خانوادگی</th><th>رشته</th><th>تعداد آرا</th><th>درصد آرا</th><th>نتیجه</th></tr></thead>
  <tbody>
${CANDIDATES.map(([n, f, v, r], i) => `   <tr class="${r === 'منتخب' ? 'won' : r === 'علی‌البدل' ? 'alt' : ''}"><td>${persian(i + 1)}</td><td>${esc(n)}</td><td>${esc(f)}</td><td>${fmt(v)}</td><td>${faPct((100 * v) / voted)}٪</td><td>${esc(r)}</td></tr>`).join('\n')}
  </tbody>
 </table>
 <p class="iz-note">هر رأی‌دهنده حداکثر ${persian(9)} نامزد را انتخاب کرده است؛ به همین دلیل جمع درصدها از ۱۰۰ بیشتر است. آرای باطله: ${fmt(412)}</p>
 <p class="iz-dl"><a href="https://isfahanziba.ir/files/election/1405/soratjalase-final.pdf">دانلود صورتجلسه نهایی هیئت اجرایی (PDF)</a></p>
 <section class="iz-related"><h2>اخبار مرتبط با انتخابات</h2><ul>
  <li><a href="https://isfahanziba.ir/news/118402">مشارکت مهندسان اصفهانی ۳۵ درصد شد</a></li>
  <li><a href="https://isfahanziba.ir/news/118377">شمارش آرا تا نیمه‌شب ادامه داشت</a></li>
  <li><a href="https://isfahanziba.ir/news/118350">۱۵ نامزد برای ۹ کرسی هیئت‌مدیره</a></li>
  <li><a href="https://isfahanziba.ir/news/118311">برگزاری الکترونیکی انتخابات در ۲۴ شهرستان</a></li>
 </ul></section>
</main>
<footer class="iz-footer"><p>کلیه حقوق این سایت متعلق به روزنامه اصفهان زیبا است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-isfahanziba-election-results', markup: 'election-results-isfahanziba', url: 'https://isfahanziba.ir/election/nezam-mohandesi-1405', title, html,
    notes: ['An election results page of a city daily\'s site: the title as <h1>, a one-line status («نتایج نهایی … به‌روزرسانی»), four stat boxes (eligible voters, voters, turnout, seats), a field filter, a 15-row results table (rank, candidate, field, votes, percent, result), a one-sentence note on the percentages, a PDF link and four linked election headlines. Numbers in a table, no running text: not an article.'] };
}

/** [Jalali day, weekday, dawn, sunrise, noon, sunset, maghrib, midnight] for Tehran, Farvardin 1405. */
const PRAYER_WEEK: [number, string, string, string, string, string, string, string][] = [
  [20, 'پنجشنبه', '04:19', '05:43', '12:08', '18:33', '18:52', '23:27'],
  [21, 'جمعه', '04:18', '05:42', '12:08', '18:34', '18:53', '23:27'],
  [22, 'شنبه', '04:16', '05:40', '12:07', '18:35', '18:54', '23:26'],
  [23, 'یکشنبه', '04:15', '05:39', '12:07', '18:36', '18:55', '23:26'],
  [24, 'دوشنبه', '04:13', '05:38', '12:07', '18:37', '18:56', '23:26'],
  [25, 'سه‌شنبه', '04:12', '05:36', '12:07', '18:38', '18:57', '23:25'],
  [26, 'چهارشنبه', '04:10', '05:35', '12:06', '18:38', '18:58', '23:25'],
];
const CITIES = ['مشهد', 'اصفهان', 'شیراز', 'تبریز', 'قم', 'اهواز', 'کرج', 'رشت', 'کرمان', 'یزد'];

function tebyanPrayerTimes(): NonArt {
  const title = 'اوقات شرعی تهران';
  const today = PRAYER_WEEK[3];
  const names = ['اذان صبح', 'طلوع آفتاب', 'اذان ظهر', 'غروب آفتاب', 'اذان مغرب', 'نیمه‌شب شرعی'];
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>اوقات شرعی تهران امروز | تبیان</title>
<meta name="description" content="ساعت اذان صبح، ظهر و مغرب به افق تهران و جدول اوقات شرعی هفته">
<link rel="canonical" href="https://www.tebyan.net/prayertimes/tehran">
<link rel="stylesheet" href="https://www.tebyan.net/Content/Styles/prayer.min.css?v=4.2">
</head>
<body class="prayer-times">
<header class="tb-header"><a href="https://www.tebyan.net/"><img src="https://www.tebyan.net/Content/Images/tebyan-logo.png" alt="تبیان"></a>
<nav class="tb-nav"><a href="https://www.tebyan.net/newindex/religion">دین و اندیشه</a> <a href="https://www.tebyan.net/newindex/family">خانواده</a> <a href="https://www.tebyan.net/newindex/health">سلامت</a> <a href="https://www.tebyan.net/newindex/literature">ادبیات</a> <a class="active" href="https://www.tebyan.net/prayertimes">اوقات شرعی</a> <a href="https://www.tebyan.net/calendar">تقویم</a></nav></header>
<main class="tb-main">
 <h1>${title}</h1>
 <div class="tb-today">امروز: ${today[1]} ${persian(today[0])} فروردین ${persian(1405)} | ${persian(23)} شوال ${persian(1447)} | ${persian(12)} آوریل ${persian(2026)}</div>
 <form class="tb-city" action="https://www.tebyan.net/prayertimes" method="get"><label for="city">انتخاب شهر:</label> <select id="city" name="city"><option selected>تهران</option>${CITIES.map((c) => `<option>${c}</option>`).join('')}</select> <button type="submit">نمایش</button></form>
 <ul class="tb-times">
${names.map((n, i) => `  <li><span class="tb-name">${n}</span> <span class="tb-clock">${persian(today[i + 2])}</span></li>`).join('\n')}
 </ul>
 <div class="tb-next">مانده تا اذان ظهر: <span id="countdown">${persian('02:41:18')}</span></div>
 <h2>جدول اوقات شرعی هفته</h2>
 <table class="tb-week"><thead><tr><th>روز</th>${names.map((n) => `<th>${n}</th>`).join('')}</tr></thead><tbody>
${PRAYER_WEEK.map(([d, w, ...t]) => `  <tr${d === today[0] ? ' class="today"' : ''}><td>${w} ${persian(d)} فروردین</td>${t.map((x) => `<td>${persian(x)}</td>`).join('')}</tr>`).join('\n')}
 </tbody></table>
 <p class="tb-note">اوقات به افق تهران و بر اساس محاسبات مؤسسه ژئوفیزیک دانشگاه تهران است.</p>
 <div class="tb-links"><a href="https://www.tebyan.net/qibla">قبله‌نما</a> <a href="https://www.tebyan.net/prayertimes/month/tehran">جدول ماهانه</a> <a href="https://www.tebyan.net/prayertimes/widget">دریافت ابزارک اوقات شرعی</a></div>
 <section class="tb-cities"><h2>اوقات شرعی شهرهای دیگر</h2><ul>${CITIES.map((c) => `<li><a href="https://www.tebyan.net/prayertimes/${encodeURIComponent(c)}">${c}</a></li>`).join('')}</ul></section>
</main>
<footer class="tb-footer"><p>تمامی حقوق برای مؤسسه فرهنگی و اطلاع‌رسانی تبیان محفوظ است.</p></footer>
<script>(function(){var e=document.getElementById('countdown');setInterval(function(){},1000)})();</script>
</body>
</html>
`;
  return { name: 'nonarticle-tebyan-prayer-times', markup: 'prayer-times-tebyan', url: 'https://www.tebyan.net/prayertimes/tehran', title, html,
    notes: ['A prayer-times page of a cultural portal: the city as <h1>, today\'s date in three calendars, a city selector, today\'s six times, a countdown to the next call to prayer, a seven-day table, a one-line source note, tool links and links to ten other cities. Clock times only, no running text: not an article.'] };
}

/** [title, company, city, contract, salary, posted, urgent] of the job cards. */
const JOBS: [string, string, string, string, string, string, boolean][] = [
  ['کارشناس حسابداری', 'شرکت پخش دارویی سینا', 'تهران، سعادت‌آباد', 'تمام‌وقت', '۲۵ تا ۳۵ میلیون تومان', 'امروز', true],
  ['برنامه‌نویس ارشد بک‌اند (Go)', 'یک استارتاپ فین‌تک', 'تهران، ونک', 'تمام‌وقت / دورکاری', 'توافقی', 'امروز', false],
  ['کارمند فروش تلفنی', 'فروشگاه اینترنتی لوازم خانگی آرتا', 'تهران، جنت‌آباد', 'تمام‌وقت', '۱۸ تا ۲۲ میلیون تومان + پورسانت', '۱ روز پیش', true],
  ['مهندس عمران (دفتر فنی)', 'شرکت ساختمانی پی‌سازان', 'تهران، پردیس', 'تمام‌وقت', '۳۰ تا ۴۰ میلیون تومان', '۱ روز پیش', false],
  ['منشی مطب دندانپزشکی', 'مطب دکتر افشار', 'تهران، تجریش', 'پاره‌وقت', '۱۲ میلیون تومان', '۲ روز پیش', false],
  ['کارشناس دیجیتال مارکتینگ', 'آژانس تبلیغاتی نقش‌نو', 'تهران، یوسف‌آباد', 'تمام‌وقت', 'توافقی', '۲ روز پیش', false],
  ['انباردار', 'شرکت مواد غذایی گلبرگ', 'تهران، شهرک صنعتی شمس‌آباد', 'تمام‌وقت', '۲۰ میلیون تومان', '۳ روز پیش', true],
  ['طراح گرافیک', 'نشر کتاب کودک رنگین‌کمان', 'تهران، انقلاب', 'دورکاری', 'توافقی', '۳ روز پیش', false],
  ['تکنسین تعمیرات برق صنعتی', 'شرکت صنایع بسته‌بندی البرز', 'تهران، جاده مخصوص', 'تمام‌وقت', '۲۸ تا ۳۲ میلیون تومان', '۴ روز پیش', false],
  ['پرستار کودک', 'خانواده (آگهی شخصی)', 'تهران، پاسداران', 'پاره‌وقت', '۱۵ میلیون تومان', '۵ روز پیش', false],
];

function eestekhdamJobs(): NonArt {
  const title = 'آگهی‌های استخدام در تهران';
  const props = { component: 'Jobs/Index', props: { city: 'tehran', total: 1248, page: 1, filters: { category: null, contract: null } }, url: '/jobs/tehran', version: '6f1c2e0a9b' };
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Pk7Lm2Qa9Zx4Vb1Nc8Rt3Ys6Hd0Wf5Gj2Ue7Io4">
<title inertia>${title} | ای‌استخدام</title>
<meta name="description" content="جدیدترین آگهی‌های استخدام تهران؛ ۱٬۲۴۸ فرصت شغلی فعال">
<link rel="canonical" href="https://www.e-estekhdam.com/jobs/tehran">
<link rel="stylesheet" href="https://www.e-estekhdam.com/build/assets/app-b7d21e4c.css">
<script type="module" src="https://www.e-estekhdam.com/build/assets/app-5a0c9f3d.js"></script>
</head>
<body class="font-sans antialiased">
<div id="app" data-page="${esc(JSON.stringify(props))}"><div class="layout">
<header class="ee-header"><a href="https://www.e-estekhdam.com/"><img src="https://www.e-estekhdam.com/images/logo.svg" alt="ای‌استخدام"></a>
<nav class="ee-nav"><a class="active" href="https://www.e-estekhdam.com/jobs">آگهی‌های استخدام</a> <a href="https://www.e-estekhdam.com/gov">استخدام دولتی</a> <a href="https://www.e-estekhdam.com/resume">ساخت رزومه</a> <a href="https://www.e-estekhdam.com/employers">ویژه کارفرمایان</a> <a href="https://www.e-estekhdam.com/login">ورود / ثبت‌نام</a></nav></header>
<main class="ee-main">
 <h1>${title}</h1>
 <p class="ee-count">${fmt(1248)} آگهی فعال | به‌روزرسانی: امروز ساعت ${persian('10:15')}</p>
 <form class="ee-filters" action="https://www.e-estekhdam.com/jobs/tehran" method="get">
  <label>دسته‌بندی شغلی <select name="category"><option>همه</option><option>مالی و حسابداری</option><option>فناوری اطلاعات</option><option>فروش و بازاریابی</option><option>مهندسی</option><option>اداری و منشی‌گری</option></select></label>
  <label>نوع همکاری <select name="contract"><option>همه</option><option>تمام‌وقت</option><option>پاره‌وقت</option><option>دورکاری</option></select></label>
  <label><input type="checkbox" name="urgent"> فقط آگهی‌های فوری</label>
  <button type="submit">جستجو</button>
 </form>
 <ul class="ee-jobs">
${JOBS.map(([t, co, city, ct, sal, posted, urgent], i) => `  <li class="ee-job"><a href="https://www.e-estekhdam.com/job/${702331 - i * 17}"><h2>${esc(t)}</h2></a>${urgent ? ' <span class="ee-badge">فوری</span>' : ''}<div class="ee-co">${esc(co)}</div><div class="ee-meta"><span>${esc(city)}</span> <span>${esc(ct)}</span> <span>حقوق: ${esc(sal)}</span> <span>${esc(posted)}</span></div><button type="button" class="ee-save">ذخیره</button></li>`).join('\n')}
 </ul>
 <nav class="ee-pager"><span class="current">${persian(1)}</span> <a href="?page=2">${persian(2)}</a> <a href="?page=3">${persian(3)}</a> … <a href="?page=125">${persian(125)}</a> <a href="?page=2">بعدی</a></nav>
 <aside class="ee-side"><h2>راهنمای کاریابی</h2><ul><li><a href="https://www.e-estekhdam.com/blog/resume-tips">۱۰ نکته برای نوشتن رزومه</a></li><li><a href="https://www.e-estekhdam.com/blog/interview">رایج‌ترین سؤالات مصاحبه شغلی</a></li><li><a href="https://www.e-estekhdam.com/blog/salary-1405">حداقل دستمزد ۱۴۰۵ چقدر است؟</a></li></ul></aside>
</main>
<footer class="ee-footer"><p>ای‌استخدام، مرجع آگهی‌های استخدام ایران</p><p><a href="https://www.e-estekhdam.com/rules">قوانین</a> <a href="https://www.e-estekhdam.com/contact">تماس با ما</a></p></footer>
</div></div>
</body>
</html>
`;
  return { name: 'nonarticle-eestekhdam-jobs', markup: 'job-listing-eestekhdam', url: 'https://www.e-estekhdam.com/jobs/tehran', title, html,
    notes: ['A job listing of a job-ads site rendered by Laravel + Inertia (csrf-token meta, Vite assets, the page props as JSON in <div id="app" data-page>): the title as <h1>, an active-ads count, a filter form, ten job cards (title, urgent badge, employer, district, contract type, salary range, posting age, save button), a pager and three career-guide links. Cards and forms only: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [isfahanzibaElection(), tebyanPrayerTimes(), eestekhdamJobs()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout10', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '51207', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['foolad-tractor-late-winner']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true },
    },
  );
}
