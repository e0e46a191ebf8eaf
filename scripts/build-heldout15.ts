// Builds the FIFTEENTH held-out fixture set, tests/fixtures/heldout15/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme: the CURRENT (2025–2026) DESKTOP TEMPLATES of the most-read Persian news sites.
// Eight article pages in the markup of eight of them (ISNA, Tasnim, Hamshahri Online, Tabnak, BBC
// Persian, Euronews Persian, Independent Persian, Donya-e-Eqtesad), each with its header, mega menu and
// breaking-news ticker, breadcrumbs, kicker, lead, photo with caption and credit, in-body «بیشتر
// بخوانید» boxes, embeds, tags, news code / short link, share row, related and most-read boxes,
// comments, footer and the site's own date formats; and three non-article pages (ISNA's latest-news
// list, Khabar Online's economy section front, Radio Farda's video archive). All eight texts were
// written for this set; the names of all quoted officials, experts and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout15.ts          (build + check)
//        npx tsx scripts/build-heldout15.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { isHead, isQ, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

/** An article of this set; `extras` are blocks a template puts after body paragraph i (embeds, cards, boxes). */
type Art15 = Art & { extras?: Record<number, string> };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout15');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** The instant in UTC with milliseconds, «2025-11-11T10:40:00.000Z». */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString();
/** The instant in UTC without milliseconds, «2025-11-01T15:30:00+00:00» (Drupal's format). */
const utcPlus0 = (c: Ctx) => utcIso(c).replace('.000Z', '+00:00');
/** The instant in Central European Time, for Euronews («04/11/2025 - 10:10»): CET (+1) from late October to late March, CEST (+2) otherwise. */
const cet = (c: Ctx, addMin = 0) => {
  const t = new Date(new Date(c.iso).getTime() + addMin * 60000);
  const mo = t.getUTCMonth() + 1;
  const off = mo >= 4 && mo <= 10 && !(mo === 10 && t.getUTCDate() >= 26) ? 2 : 1;
  const l = new Date(t.getTime() + off * 3600000);
  const p = (n: number) => String(n).padStart(2, '0');
  return { off, text: `${p(l.getUTCDate())}/${p(l.getUTCMonth() + 1)}/${l.getUTCFullYear()} - ${p(l.getUTCHours())}:${p(l.getUTCMinutes())}`, iso: `${l.getUTCFullYear()}-${p(l.getUTCMonth() + 1)}-${p(l.getUTCDate())}T${p(l.getUTCHours())}:${p(l.getUTCMinutes())}:00+0${off}:00` };
};

/** Body paragraphs in a template's markup with the blocks of `extras` after the paragraphs they follow. */
function bodyWith(c: Ctx, para: (t: string, i: number) => string, q?: (t: string) => string, sep = '\n', head = (t: string) => `<h2>${t}</h2>`): string {
  const extras = (c.a as Art15).extras ?? {};
  const out: string[] = [];
  c.a.paras.forEach((p, i) => {
    out.push(isHead(p) ? head(esc(plain(p))) : isQ(p) && q ? q(esc(plain(p))) : para(esc(plain(p)), i));
    if (extras[i]) out.push(extras[i]);
  });
  return out.join(sep);
}

/** A breaking-news ticker of headlines (the same on every page of a site). */
const ticker = (items: string[], wrap: (t: string, i: number) => string) => items.map((t, i) => wrap(esc(t), i)).join('\n');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's desktop template renders
// an article in 2025–2026.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // ISNA (isna.ir, 2025 desktop): the top bar with today's date in three calendars, mega menu of
  // services with sub-services, the «اخبار فوری» ticker; breadcrumb service › sub-service; the meta
  // list «تاریخ انتشار: یکشنبه / ۴ آبان ۱۴۰۴ / ۱۰:۴۲», «کد خبر: ۱۴۰۴۰۸۰۴۰۷۳۱۲», «دسته‌بندی»,
  // «منبع»; rutitr, h1.first-title, p.summary; photo with caption «عکس: …»; the body div.item-text
  // whose LAST paragraph is «انتهای پیام»; an in-body «بیشتر بخوانید:» box; tags, short link, share
  // row, «اخبار مرتبط», «پربازدیدترین‌ها», comment form with rules, footer; article:published_time
  // (+03:30) and JSON-LD NewsArticle + BreadcrumbList.
  isna: {
    site: 'ایسنا',
    boiler: ['اخبار فوری', 'انتهای پیام', 'کد خبر:', 'دسته‌بندی:', 'لینک کوتاه:', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'نظرات خود را با ما درمیان بگذارید', 'تمامی حقوق این سایت برای خبرگزاری دانشجویان ایران (ایسنا) محفوظ است', 'بیشتر بخوانید:'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - ایسنا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:site_name" content="ایسنا">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://cdn.isna.ir/d/2025/10/26/3/63814267.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="علمی و دانشگاهی">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="https://isna.ir/xdVkT9">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso,
  image: ['https://cdn.isna.ir/d/2025/10/26/3/63814267.jpg'], mainEntityOfPage: c.a.url, author: { '@type': 'Organization', name: 'ایسنا' },
  publisher: { '@type': 'Organization', name: 'خبرگزاری دانشجویان ایران', logo: { '@type': 'ImageObject', url: 'https://www.isna.ir/resources/theme/isna/img/logo.png' } },
})}</script>
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [
    { '@type': 'ListItem', position: 1, name: 'ایسنا', item: 'https://www.isna.ir/' },
    { '@type': 'ListItem', position: 2, name: 'علمی و دانشگاهی', item: 'https://www.isna.ir/service/Science-University' },
    { '@type': 'ListItem', position: 3, name: 'دانشگاه', item: 'https://www.isna.ir/service/Science-University/university' },
  ],
})}</script>
<link rel="stylesheet" href="https://www.isna.ir/resources/theme/isna/css/style.css?v=1404.07.3">
</head>
<body class="rtl news-page">
<div id="top-bar"><div class="container"><span class="today">${weekday(c)} ${faDate(c)} | ${persian(Number(c.g.d))} اکتبر ${persian(c.g.y)} | ${persian(4)} جمادی‌الاول ${persian(1447)}</span> <a href="https://en.isna.ir/">English</a> <a href="https://ar.isna.ir/">عربی</a> <a href="https://www.isna.ir/rss-help">RSS</a></div></div>
<header id="header"><div class="container">
<a class="logo" href="https://www.isna.ir/"><img src="https://www.isna.ir/resources/theme/isna/img/logo.png" alt="خبرگزاری دانشجویان ایران - ایسنا"></a>
<form class="search" action="https://www.isna.ir/search"><input type="text" name="q" placeholder="جستجو"><button type="submit">جستجو</button></form>
<nav class="menu"><ul>
<li class="has-mega"><a href="https://www.isna.ir/service/Politics">سیاسی</a><div class="mega"><a href="https://www.isna.ir/service/Politics/parliament">مجلس</a> <a href="https://www.isna.ir/service/Politics/government">دولت</a> <a href="https://www.isna.ir/service/Politics/foreign-policy">سیاست خارجی</a></div></li>
<li class="has-mega"><a href="https://www.isna.ir/service/Economy">اقتصادی</a><div class="mega"><a href="https://www.isna.ir/service/Economy/bourse">بورس</a> <a href="https://www.isna.ir/service/Economy/housing">مسکن</a> <a href="https://www.isna.ir/service/Economy/energy">انرژی</a></div></li>
<li class="has-mega active"><a href="https://www.isna.ir/service/Science-University">علمی و دانشگاهی</a><div class="mega"><a href="https://www.isna.ir/service/Science-University/university">دانشگاه</a> <a href="https://www.isna.ir/service/Science-University/konkur">کنکور</a> <a href="https://www.isna.ir/service/Science-University/research">پژوهش</a> <a href="https://www.isna.ir/service/Science-University/students">دانشجویی</a></div></li>
<li><a href="https://www.isna.ir/service/Social">اجتماعی</a></li><li><a href="https://www.isna.ir/service/Culture-Art">فرهنگ و هنر</a></li><li><a href="https://www.isna.ir/service/Sport">ورزشی</a></li><li><a href="https://www.isna.ir/service/World">بین‌الملل</a></li><li><a href="https://www.isna.ir/service/Province">استان‌ها</a></li><li><a href="https://www.isna.ir/photo">عکس</a></li><li><a href="https://www.isna.ir/video">فیلم</a></li>
</ul></nav></div></header>
<div class="breaking"><div class="container"><strong>اخبار فوری</strong><ul class="ticker">
${ticker(['نتایج نهایی ظرفیت‌های تکمیلی کنکور اعلام شد', 'زمان ثبت‌نام وام ودیعه مسکن دانشجویان متأهل مشخص شد', 'هشدار هواشناسی برای ۸ استان کشور'], (t, i) => `<li><a href="https://www.isna.ir/news/14040804${String(6120 + i * 17).padStart(5, '0')}">${t}</a></li>`)}
</ul></div></div>
<main class="container"><div class="row"><div class="col-main">
<article class="full-news" itemscope itemtype="https://schema.org/NewsArticle">
<ol class="breadcrumb"><li><a href="https://www.isna.ir/">ایسنا</a></li><li><a href="https://www.isna.ir/service/Science-University">علمی و دانشگاهی</a></li><li><a href="https://www.isna.ir/service/Science-University/university">دانشگاه</a></li></ol>
<div class="meta-news"><ul>
<li><span class="title-meta">تاریخ انتشار:</span> <span class="text-meta">${weekday(c)} / ${faDate(c)} / ${faTime(c)}</span></li>
<li><span class="title-meta">کد خبر:</span> <span class="text-meta">${persian(c.id)}</span></li>
<li><span class="title-meta">دسته‌بندی:</span> <span class="text-meta">دانشگاه</span></li>
<li><span class="title-meta">منبع:</span> <span class="text-meta">ایسنا</span></li>
</ul></div>
<h3 class="rutitr">${esc(c.a.kicker)}</h3>
<h1 class="first-title" itemprop="headline">${esc(c.a.title)}</h1>
<p class="summary" itemprop="description">${esc(c.a.lead ?? '')}</p>
<figure class="item-img"><img src="https://cdn.isna.ir/d/2025/10/26/3/63814267.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)}<span class="credit">${esc(c.a.credit)}</span></figcaption></figure>
<div class="item-text" itemprop="articleBody">
${bodyWith(c, (t) => `<p dir="RTL">${t}</p>`, undefined, '\n', (t) => `<p dir="RTL"><strong>${t}</strong></p>`)}
<p dir="RTL">انتهای پیام</p>
</div>
<div class="tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.isna.ir/tag/', ' ')}</div>
<div class="short-link"><span>لینک کوتاه:</span> <input type="text" readonly value="https://isna.ir/xdVkT9"> <button type="button">کپی</button></div>
<div class="share"><a href="https://t.me/share/url?url=https://isna.ir/xdVkT9">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://isna.ir/xdVkT9">ایتا</a> <a href="https://ble.ir/share/url?url=https://isna.ir/xdVkT9">بله</a> <a href="https://wa.me/?text=https://isna.ir/xdVkT9">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://isna.ir/xdVkT9">ایکس</a> <a href="https://www.isna.ir/print/${c.id}">چاپ</a></div>
</article>
<section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.isna.ir/news/', Number(c.id) - 9150)}
</ul></section>
<section class="comments"><h2>نظرات خود را با ما درمیان بگذارید</h2>
<div class="rules">نظرات حاوی توهین و هرگونه نسبت ناروا به اشخاص حقیقی و حقوقی منتشر نمی‌شود.</div>
${comments(c, (n, t, k) => `<div class="comment"><div class="comment-head"><b>${n}</b> <span>${persian(k ? '11:34' : '11:02')}</span></div><p>${t}</p><span class="reply">پاسخ</span></div>`)}
<form class="comment-form"><input type="text" placeholder="نام"><input type="email" placeholder="ایمیل"><textarea placeholder="نظر شما"></textarea><button type="button">ارسال</button></form></section>
</div>
<aside class="col-side"><section class="most-visited"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.isna.ir/news/', Number(c.id) - 31022)}
</ol></section></aside>
</div></main>
<footer id="footer"><div class="container"><nav><a href="https://www.isna.ir/page/about">درباره ما</a> <a href="https://www.isna.ir/page/contact">تماس با ما</a> <a href="https://www.isna.ir/archive">آرشیو</a></nav>
<p>تمامی حقوق این سایت برای خبرگزاری دانشجویان ایران (ایسنا) محفوظ است.</p></div></footer>
<script src="https://www.isna.ir/resources/theme/isna/js/app.js?v=1404.07.3" defer></script>
</body>
</html>
`,
  },

  // Tasnim (tasnimnews.com, 2025 desktop): header with «تسنیم» logo, the date line, the mega menu
  // with services, the «مهم‌ترین اخبار» ticker; the story header list with service and the visible
  // date «۰۵ آبان ۱۴۰۴ - ۱۳:۱۵» (zero-padded day); h1.title, h3.lead; photo figure; div.story whose
  // last line is «انتهای پیام/»; in-body «بیشتر بخوانید» box; an EMBEDDED VIDEO (aparat iframe) with
  // its title; tags, «کد خبر» and short link, share row, «اخبار مرتبط», «پربیننده‌ترین اخبار»,
  // comment form with a pending note; footer; JSON-LD NewsArticle + BreadcrumbList and
  // og:article:published_time in UTC («Z»).
  tasnim: {
    site: 'خبرگزاری تسنیم',
    boiler: ['مهم‌ترین اخبار', 'انتهای پیام/', 'کد خبر', 'لینک کوتاه', 'اخبار مرتبط', 'پربیننده‌ترین اخبار', 'نظر شما پس از بررسی منتشر خواهد شد', 'کلیه حقوق این سایت متعلق به خبرگزاری تسنیم است', 'بیشتر بخوانید', 'ویدیو: صف خودروهای وارداتی در بندر شهید رجایی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(c.a.title)} - تسنیم</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="خبرگزاری تسنیم | Tasnim">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://newsmedia.tasnimnews.com/Tasnim/Uploaded/Image/1404/08/05/140408051318457263481674.jpg">
<meta property="article:published_time" content="${utcIso(c).replace('.000', '')}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({
  '@context': 'http://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso,
  image: { '@type': 'ImageObject', url: 'https://newsmedia.tasnimnews.com/Tasnim/Uploaded/Image/1404/08/05/140408051318457263481674.jpg' },
  mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url },
  publisher: { '@type': 'Organization', name: 'خبرگزاری تسنیم', logo: { '@type': 'ImageObject', url: 'https://www.tasnimnews.com/_next/static/media/logo.svg' } },
})}</script>
<script type="application/ld+json">${js({ '@context': 'http://schema.org', '@type': 'BreadcrumbList', itemListElement: [
  { '@type': 'ListItem', position: 1, item: { '@id': 'https://www.tasnimnews.com/fa', name: 'تسنیم' } },
  { '@type': 'ListItem', position: 2, item: { '@id': 'https://www.tasnimnews.com/fa/service/7/اقتصادی', name: 'اقتصادی' } },
  { '@type': 'ListItem', position: 3, item: { '@id': 'https://www.tasnimnews.com/fa/service/1220/صنعت-تجارت-بازرگانی', name: 'صنعت، تجارت، بازرگانی' } },
] })}</script>
<link rel="stylesheet" href="https://www.tasnimnews.com/Content/css/site.min.css?v=14040801">
</head>
<body class="fa">
<header class="site-header">
<div class="top-header"><span class="date-now">${weekday(c)} ${faDate(c)}</span> <a href="https://www.tasnimnews.com/en">English</a> <a href="https://www.tasnimnews.com/ar">العربية</a> <a href="https://www.tasnimnews.com/tr">Türkçe</a></div>
<a class="logo" href="https://www.tasnimnews.com/fa"><img src="https://www.tasnimnews.com/_next/static/media/logo.svg" alt="خبرگزاری تسنیم"></a>
<nav class="main-menu"><ul>
<li><a href="https://www.tasnimnews.com/fa/service/1/سیاسی">سیاسی</a></li>
<li><a href="https://www.tasnimnews.com/fa/service/8/بین-الملل">بین‌الملل</a></li>
<li class="active mega"><a href="https://www.tasnimnews.com/fa/service/7/اقتصادی">اقتصادی</a><div class="mega-menu"><a href="https://www.tasnimnews.com/fa/service/1220/صنعت-تجارت-بازرگانی">صنعت، تجارت، بازرگانی</a> <a href="https://www.tasnimnews.com/fa/service/82/بازار">بازار</a> <a href="https://www.tasnimnews.com/fa/service/1248/بورس">بورس</a> <a href="https://www.tasnimnews.com/fa/service/1249/مسکن">مسکن</a> <a href="https://www.tasnimnews.com/fa/service/1245/نفت-انرژی">نفت و انرژی</a></div></li>
<li><a href="https://www.tasnimnews.com/fa/service/2/اجتماعی">اجتماعی</a></li><li><a href="https://www.tasnimnews.com/fa/service/4/فرهنگی">فرهنگی</a></li><li><a href="https://www.tasnimnews.com/fa/service/3/ورزشی">ورزشی</a></li><li><a href="https://www.tasnimnews.com/fa/service/6/استانها">استان‌ها</a></li><li><a href="https://www.tasnimnews.com/fa/media">رسانه‌ها</a></li>
</ul></nav>
<div class="breaking-news"><span class="label">مهم‌ترین اخبار</span><ul>
${ticker(['قیمت طلا و سکه امروز ۵ آبان ۱۴۰۴', 'زمان واریز یارانه آبان اعلام شد', 'جزئیات طرح جدید عرضه خودرو در بورس کالا'], (t, i) => `<li><a href="https://www.tasnimnews.com/fa/news/1404/08/05/${3412000 + i * 41}">${t}</a></li>`)}
</ul></div>
</header>
<main class="container"><div class="row">
<div class="col-md-8">
<article class="single-news">
<ol class="breadcrumb"><li><a href="https://www.tasnimnews.com/fa">تسنیم</a></li><li><a href="https://www.tasnimnews.com/fa/service/7/اقتصادی">اقتصادی</a></li><li><a href="https://www.tasnimnews.com/fa/service/1220/صنعت-تجارت-بازرگانی">صنعت، تجارت، بازرگانی</a></li></ol>
<div class="story-header">
<ul class="list-inline details"><li class="service"><a href="https://www.tasnimnews.com/fa/service/7/اقتصادی">اقتصادی</a></li><li class="time">${persian(c.d)} ${c.mn} ${persian(c.y)} - ${faTime(c)}</li></ul>
<h2 class="ro-titr">${esc(c.a.kicker)}</h2>
<h1 class="title">${esc(c.a.title)}</h1>
<h3 class="lead">${esc(c.a.lead ?? '')}</h3>
</div>
<figure class="story-image"><img src="https://newsmedia.tasnimnews.com/Tasnim/Uploaded/Image/1404/08/05/140408051318457263481674.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="story" itemprop="articleBody">
${bodyWith(c, (t) => `<p style="text-align:justify">${t}</p>`)}
<p>انتهای پیام/</p>
</div>
<div class="tags"><ul class="smart-keyword"><li class="title">برچسب‌ها</li>${c.a.tags.map((t) => `<li><a href="https://www.tasnimnews.com/fa/tag/${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a></li>`).join('')}</ul></div>
<div class="news-code"><span>کد خبر</span> <b>${persian(c.id)}</b> <span class="short-link">لینک کوتاه</span> <input type="text" readonly value="https://tn.ai/${c.id}"></div>
<div class="share-box"><a class="telegram" href="https://t.me/share/url?url=https://tn.ai/${c.id}">تلگرام</a> <a class="eitaa" href="https://eitaa.com/share/url?url=https://tn.ai/${c.id}">ایتا</a> <a class="bale" href="https://ble.ir/share/url?url=https://tn.ai/${c.id}">بله</a> <a class="x" href="https://x.com/intent/tweet?url=https://tn.ai/${c.id}">ایکس</a></div>
</article>
<section class="related-news"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.tasnimnews.com/fa/news/1404/08/01/', Number(c.id) - 8120)}
</ul></section>
<section class="comments"><h2>نظرات</h2>
${comments(c, (n, t) => `<div class="comment-item"><span class="name">${n}</span><p>${t}</p><span class="like">👍 ${persian(12)}</span> <span class="dislike">👎 ${persian(3)}</span></div>`)}
<form class="comment-form"><textarea placeholder="نظر خود را وارد کنید"></textarea><input type="text" placeholder="نام"><button type="button">ارسال</button><p class="note">نظر شما پس از بررسی منتشر خواهد شد.</p></form></section>
</div>
<aside class="col-md-4"><section class="most-viewed"><h2>پربیننده‌ترین اخبار</h2><ol>
${li(c.a.mostRead, 'https://www.tasnimnews.com/fa/news/1404/08/04/', Number(c.id) - 1777)}
</ol></section></aside>
</div></main>
<footer class="site-footer"><nav><a href="https://www.tasnimnews.com/fa/about">درباره ما</a> <a href="https://www.tasnimnews.com/fa/contact">تماس با ما</a> <a href="https://www.tasnimnews.com/fa/rss">RSS</a></nav><p>کلیه حقوق این سایت متعلق به خبرگزاری تسنیم است.</p></footer>
<script src="https://www.aparat.com/embed/js/loader.js" async></script>
</body>
</html>
`,
  },

  // Hamshahri Online (hamshahrionline.ir, 2025 desktop, the NewsStudio-style CMS it shares with
  // several dailies): header with today's date, mega menu, «خبر فوری» ticker; breadcrumb; the item
  // meta «کد خبر ۹۳۷۲۱۵» and the date «سه‌شنبه ۶ آبان ۱۴۰۴ - ۰۸:۳۰»; kicker as «h3.kicker»;
  // h1.title; p.summary.introtext; photo; div.item-text with an in-body «بیشتر بخوانید» box and an
  // embedded Aparat video; tags; short link «لینک کوتاه کپی شد»; share; «خبرهای مرتبط»; «پربیننده‌ها»;
  // approved comments with a count; footer. Dates in JSON-LD (+03:30). The ARTICLE TEXT (title, lead,
  // body, caption) is typed with ARABIC yeh and kaf, the chrome with Persian letters.
  hamshahri: {
    site: 'همشهری آنلاین',
    boiler: ['خبر فوری', 'کد خبر', 'بیشتر بخوانید', 'لینک کوتاه', 'خبرهای مرتبط', 'پربیننده‌ها', 'نظر شما', 'تمامی حقوق مادی و معنوی این سایت متعلق به همشهری آنلاین است', 'ویدیو | صف طولانی موتورسیکلت‌ها در مراکز معاینه فنی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | همشهری آنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="همشهری آنلاین">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://media.hamshahrionline.ir/d/2025/10/28/4/5491327.jpg">
<meta name="thumbnail" content="https://media.hamshahrionline.ir/d/2025/10/28/4/5491327.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso,
  image: ['https://media.hamshahrionline.ir/d/2025/10/28/4/5491327.jpg'], mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url },
  publisher: { '@type': 'Organization', name: 'همشهری آنلاین', logo: { '@type': 'ImageObject', url: 'https://www.hamshahrionline.ir/resources/theme/hamshahri/img/logo.png' } },
})}</script>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [
  { '@type': 'ListItem', position: 1, name: 'صفحه نخست', item: 'https://www.hamshahrionline.ir/' },
  { '@type': 'ListItem', position: 2, name: 'شهری', item: 'https://www.hamshahrionline.ir/service/City' },
  { '@type': 'ListItem', position: 3, name: 'محیط زیست', item: 'https://www.hamshahrionline.ir/service/City/environment' },
] })}</script>
<link rel="stylesheet" href="https://www.hamshahrionline.ir/resources/theme/hamshahri/css/main.min.css?v=51">
</head>
<body class="news">
<header class="header">
<div class="header-top"><span class="date">${weekday(c)} ${faDate(c)}</span> <a href="https://www.hamshahrionline.ir/page/archive.xhtml">آرشیو</a> <a href="https://www.hamshahrionline.ir/rss">آر اس اس</a></div>
<a href="https://www.hamshahrionline.ir/" class="logo"><img src="https://www.hamshahrionline.ir/resources/theme/hamshahri/img/logo.png" alt="همشهری آنلاین"></a>
<nav class="menu"><ul>
<li><a href="https://www.hamshahrionline.ir/service/Politics">سیاسی</a></li><li><a href="https://www.hamshahrionline.ir/service/Economy">اقتصادی</a></li>
<li class="active dropdown"><a href="https://www.hamshahrionline.ir/service/City">شهری</a><ul class="dropdown-menu"><li><a href="https://www.hamshahrionline.ir/service/City/urban-management">مدیریت شهری</a></li><li><a href="https://www.hamshahrionline.ir/service/City/environment">محیط زیست</a></li><li><a href="https://www.hamshahrionline.ir/service/City/transport">حمل و نقل</a></li><li><a href="https://www.hamshahrionline.ir/service/City/tehran-neighborhoods">محله‌ها</a></li></ul></li>
<li><a href="https://www.hamshahrionline.ir/service/Society">جامعه</a></li><li><a href="https://www.hamshahrionline.ir/service/Culture">فرهنگ</a></li><li><a href="https://www.hamshahrionline.ir/service/Sport">ورزش</a></li><li><a href="https://www.hamshahrionline.ir/service/World">جهان</a></li><li><a href="https://www.hamshahrionline.ir/multimedia">چندرسانه‌ای</a></li>
</ul></nav>
<div class="breaking"><span class="breaking-title">خبر فوری</span><ul>
${ticker(['طرح ترافیک تهران در روزهای آلوده چگونه اجرا می‌شود؟', 'مدارس ابتدایی تهران فردا غیرحضوری شد؟', 'محدودیت تردد کامیون‌ها در پایتخت'], (t, i) => `<li><a href="https://www.hamshahrionline.ir/news/${937180 + i * 7}">${t}</a></li>`)}
</ul></div>
</header>
<main class="main"><div class="container"><div class="row">
<div class="col-9">
<article class="item-news">
<div class="item-header">
<ol class="breadcrumb"><li><a href="https://www.hamshahrionline.ir/">صفحه نخست</a></li><li><a href="https://www.hamshahrionline.ir/service/City">شهری</a></li><li><a href="https://www.hamshahrionline.ir/service/City/environment">محیط زیست</a></li></ol>
<div class="item-meta"><span class="item-code">کد خبر ${persian(c.id)}</span> <span class="item-date">${weekday(c)} ${faDate(c)} - ${faTime(c)}</span></div>
<h3 class="kicker">${esc(c.a.kicker)}</h3>
<h1 class="title">${esc(c.a.title)}</h1>
</div>
<div class="item-summary"><p class="summary introtext" itemprop="description">${esc(c.a.lead ?? '')}</p></div>
<figure class="item-img"><img src="https://media.hamshahrionline.ir/d/2025/10/28/4/5491327.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} <span class="source">${esc(c.a.credit)}</span></figcaption></figure>
<div class="item-body"><div class="item-text" itemprop="articleBody">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div></div>
<section class="tags"><h2>برچسب‌ها</h2><ul>${c.a.tags.map((t) => `<li><a href="https://www.hamshahrionline.ir/tags/${encodeURIComponent(t.replace(/ /g, '_'))}">${esc(t)}</a></li>`).join('')}</ul></section>
<div class="short-link"><span>لینک کوتاه</span> <input type="text" readonly value="https://hmshr.ir/g4z7"><span class="copied" hidden>کپی شد</span></div>
<div class="share"><a href="https://t.me/share/url?url=https://hmshr.ir/g4z7">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://hmshr.ir/g4z7">ایتا</a> <a href="https://wa.me/?text=https://hmshr.ir/g4z7">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://hmshr.ir/g4z7">ایکس</a></div>
</article>
<section class="related"><h2>خبرهای مرتبط</h2><ul>
${li(c.a.related, 'https://www.hamshahrionline.ir/news/', Number(c.id) - 420)}
</ul></section>
<section class="comments"><h2>نظر شما</h2><div class="count">${persian(c.a.comments.length)} نظر</div>
${comments(c, (n, t, k) => `<div class="comment"><div class="head"><b>${n}</b> <span>${persian(k ? '09:41' : '09:12')} - ${faDate(c)}</span></div><p>${t}</p><span class="like">${persian(k ? 6 : 21)}</span></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></section>
</div>
<aside class="col-3"><section class="most-visited"><h2>پربیننده‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.hamshahrionline.ir/news/', Number(c.id) - 2510)}
</ol></section></aside>
</div></div></main>
<footer class="footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به همشهری آنلاین است.</p><p>همشهری آنلاین، پایگاه خبری مؤسسه همشهری</p></footer>
</body>
</html>
`,
  },

  // Tabnak (tabnak.ir, the long-lived custom template): top bar, logo, menu with sub-menus, the
  // «آخرین اخبار» scrolling ticker; news path «صفحه نخست » اجتماعی » آب»; «کد خبر: …» and
  // «تاریخ انتشار: ۰۷ آبان ۱۴۰۴ - ۱۷:۰۵» (zero-padded day, NO date metadata: only the visible line);
  // rutitr, h1.Htag, div.subtitle lead, photo with caption; div.body with an inline related link
  // «بخوانید:» and an EMBEDDED TWEET; tags; «نسخه چاپی», «ارسال به دوستان», «تعداد بازدید»;
  // «اخبار مرتبط»; comments with «انتشار یافته / در انتظار بررسی / غیر قابل انتشار» counts and
  // replies; «پربیننده ترین»; footer «تابناک را در شبکه‌های اجتماعی دنبال کنید». The page LOST EVERY
  // ZWNJ (text and chrome, as typed on an old keyboard layout).
  tabnak: {
    site: 'تابناک',
    boiler: ['آخرین اخبار', 'کد خبر:', 'تاریخ انتشار:', 'بخوانید:', 'نسخه چاپی', 'ارسال به دوستان', 'تعداد بازدید', 'اخبار مرتبط', 'انتشار یافته', 'در انتظار بررسی', 'پربیننده ترین', 'تابناک را در شبکه‌های اجتماعی دنبال کنید', 'Tehran reservoirs'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>تابناک | ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="تابناک">
<meta property="og:image" content="https://cdn.tabnak.ir/files/fa/news/1404/8/7/2314865_917.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link href="https://www.tabnak.ir/client/themes/fa/main/css/main.css?v=5.1" rel="stylesheet" type="text/css">
</head>
<body>
<div class="top_bar"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.tabnak.ir/fa/rss">RSS</a> <a href="https://www.tabnak.ir/fa/archive">آرشیو</a></div>
<div class="header"><a href="https://www.tabnak.ir/"><img src="https://www.tabnak.ir/client/themes/fa/main/img/logo.png" alt="تابناک"></a>
<ul class="menu">
<li><a href="https://www.tabnak.ir/fa/service/2">سیاسی</a><ul class="sub"><li><a href="https://www.tabnak.ir/fa/service/2/1">مجلس</a></li><li><a href="https://www.tabnak.ir/fa/service/2/2">دولت</a></li></ul></li>
<li><a href="https://www.tabnak.ir/fa/service/6">اقتصادی</a></li>
<li class="active"><a href="https://www.tabnak.ir/fa/service/3">اجتماعی</a><ul class="sub"><li><a href="https://www.tabnak.ir/fa/service/3/80">آب</a></li><li><a href="https://www.tabnak.ir/fa/service/3/81">محیط زیست</a></li><li><a href="https://www.tabnak.ir/fa/service/3/82">شهری</a></li></ul></li>
<li><a href="https://www.tabnak.ir/fa/service/4">فرهنگی</a></li><li><a href="https://www.tabnak.ir/fa/service/5">ورزشی</a></li><li><a href="https://www.tabnak.ir/fa/service/7">بین الملل</a></li><li><a href="https://www.tabnak.ir/fa/photo">عکس</a></li><li><a href="https://www.tabnak.ir/fa/video">فیلم</a></li>
</ul></div>
<div class="news_ticker"><b>آخرین اخبار</b> <marquee direction="right" scrollamount="3">
${ticker(['قیمت دلار امروز ۷ آبان', 'آغاز ثبت نام حج تمتع ۱۴۰۵', 'زلزله ۴.۲ ریشتری در کرمان'], (t, i) => `<a href="https://www.tabnak.ir/fa/news/${1331400 + i * 23}">${t}</a>`)}
</marquee></div>
<div class="container">
<div class="main_col">
<div class="news_path"><a href="https://www.tabnak.ir/">صفحه نخست</a> » <a href="https://www.tabnak.ir/fa/service/3">اجتماعی</a> » <a href="https://www.tabnak.ir/fa/service/3/80">آب</a></div>
<div class="news_toolbar"><div class="news_id_c">کد خبر: ${persian(c.id)}</div> <div class="news_pdate_c">تاریخ انتشار: ${persian(c.d)} ${c.mn} ${persian(c.y)} - ${faTime(c)}</div></div>
<div class="rutitr">${esc(c.a.kicker)}</div>
<h1 class="Htag">${esc(c.a.title)}</h1>
<div class="subtitle">${esc(c.a.lead ?? '')}</div>
<div class="news_image"><img src="https://cdn.tabnak.ir/files/fa/news/1404/8/7/2314865_917.jpg" alt="${esc(c.a.caption)}"><div class="image_caption">${esc(c.a.caption)} (${esc(c.a.credit)})</div></div>
<div class="body">
${bodyWith(c, (t) => `<p style="text-align: justify;">${t}</p>`, undefined, '\n')}
</div>
<div class="tag_items"><span>برچسب ها:</span> ${tagLinks(c, 'https://www.tabnak.ir/fa/tags/', ' ، ')}</div>
<div class="news_tools"><a href="https://www.tabnak.ir/fa/print/${c.id}">نسخه چاپی</a> | <a href="https://www.tabnak.ir/fa/send/${c.id}">ارسال به دوستان</a> | <span>تعداد بازدید: ${persian(24817)}</span> | <a href="https://t.me/share/url?url=https://www.tabnak.ir/fa/news/${c.id}">تلگرام</a> <a href="https://x.com/intent/tweet?url=https://www.tabnak.ir/fa/news/${c.id}">ایکس</a></div>
<div class="related_news"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.tabnak.ir/fa/news/', Number(c.id) - 3440)}
</ul></div>
<div class="comments"><h3>نظرات بینندگان</h3><div class="comments_stat">انتشار یافته: ${persian(c.a.comments.length)} | در انتظار بررسی: ${persian(41)} | غیر قابل انتشار: ${persian(6)}</div>
${comments(c, (n, t, k) => `<div class="comment_box"><div class="comment_head"><b>${n}</b> - <span>${faDate(c)} - ${persian(k ? '18:22' : '17:48')}</span></div><p>${t}</p><span class="cm_like">${persian(k ? 33 : 118)}</span> <span class="cm_dislike">${persian(k ? 2 : 9)}</span> <a href="#reply">پاسخ</a></div>`)}
<form class="comment_form"><input type="text" placeholder="نام"><textarea placeholder="نظر شما"></textarea><button type="button">ارسال</button></form></div>
</div>
<div class="side_col"><div class="most_viewed"><h3>پربیننده ترین</h3><ul>
${li(c.a.mostRead, 'https://www.tabnak.ir/fa/news/', Number(c.id) - 911)}
</ul></div></div>
</div>
<div class="footer"><p>تابناک را در شبکه‌های اجتماعی دنبال کنید</p><p>کلیه حقوق این سایت محفوظ است.</p></div>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</body>
</html>
`,
  },

  // BBC Persian (bbc.com/persian, the Simorgh app, 2025): «رفتن به محتوای اصلی» skip link, the BBC
  // banner with service nav and a «بیشتر» menu; NO rutitr; h1#content; a byline block «نویسنده،»
  // name, «نقش،» role; the visible date a <time datetime="2025-11-11"> with the JALALI date only,
  // while the instant is only in JSON-LD (ReportageNewsArticle, datePublished in UTC «Z») and in the
  // window.SIMORGH_DATA script (firstPublished in ms); bold lead as the first paragraph (b); photo
  // with the visually hidden labels «منبع تصویر،» (credit) and «توضیح تصویر،» (caption); subheadings
  // h2; an EMBEDDED TWEET wrapped in «نادیده گرفتن مطلب توییتر» / «پایان مطلب توییتر» with the
  // consent text; «مطالب پیشنهادی» box inside the article; «مطالب مرتبط» topic tags; «پربیننده‌ترین»
  // list; footer «بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست».
  bbc: {
    site: 'بی‌بی‌سی فارسی',
    boiler: ['رفتن به محتوای اصلی', 'منبع تصویر،', 'توضیح تصویر،', 'نادیده گرفتن مطلب توییتر', 'پایان مطلب توییتر', 'مطالب پیشنهادی', 'پربیننده‌ترین', 'بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست', 'Indigenous peoples are the guardians of the forest'],
    render: (c) => {
      const ms = new Date(c.iso).getTime();
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>${esc(c.a.title)} - BBC News فارسی</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="BBC News فارسی">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://ichef.bbci.co.uk/ace/ws/1024/cpsprodpb/4f1a/live/8c2e3b70-bed2-11f0-a4c1-2b5d1e0f3a91.jpg.webp">
<meta property="og:url" content="${esc(c.a.url)}">
<meta name="article:author" content="https://www.facebook.com/bbcpersian">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="amphtml" href="${esc(c.a.url)}.amp">
<script type="application/ld+json">${js({ '@context': 'http://schema.org', '@graph': [{
  '@type': 'ReportageNewsArticle', url: c.a.url, publisher: { '@type': 'NewsMediaOrganization', name: 'BBC News فارسی', logo: { '@type': 'ImageObject', url: 'https://static.files.bbci.co.uk/ws/simorgh-assets/public/persian/images/metadata/poster-1024x576.png' } },
  image: { '@type': 'ImageObject', url: 'https://ichef.bbci.co.uk/ace/ws/1024/cpsprodpb/4f1a/live/8c2e3b70-bed2-11f0-a4c1-2b5d1e0f3a91.jpg.webp' },
  thumbnailUrl: 'https://ichef.bbci.co.uk/ace/ws/1024/cpsprodpb/4f1a/live/8c2e3b70-bed2-11f0-a4c1-2b5d1e0f3a91.jpg.webp', mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url, name: c.a.title },
  headline: c.a.title, description: c.a.lead, datePublished: utcIso(c), dateModified: new Date(ms + 47 * 60000).toISOString(), inLanguage: { '@type': 'Language', name: 'Persian', alternateName: 'fa' },
  author: { '@type': 'NewsMediaOrganization', name: 'BBC News فارسی' },
}] })}</script>
<link rel="stylesheet" href="https://static.files.bbci.co.uk/ws/simorgh-assets/public/static/css/persian.6f1d3c2e.css">
</head>
<body>
<div id="root">
<header role="banner" class="bbc-1o4zq1v">
<a href="#content" class="bbc-skip-link">رفتن به محتوای اصلی</a>
<div class="bbc-brand"><a href="https://www.bbc.com/persian" aria-label="BBC News, فارسی"><svg role="img" aria-hidden="true" focusable="false" viewBox="0 0 84 24"></svg><span class="bbc-visually-hidden">BBC News, فارسی</span></a></div>
<nav role="navigation" aria-label="فارسی" class="bbc-nav"><ul role="list">
<li><a href="https://www.bbc.com/persian">صفحه اول</a></li><li><a href="https://www.bbc.com/persian/topics/ckdxnwvwwjnt">ایران</a></li><li><a href="https://www.bbc.com/persian/topics/cyx5krnw38vt">جهان</a></li><li><a href="https://www.bbc.com/persian/topics/cg7267dz901t">اقتصاد</a></li><li><a href="https://www.bbc.com/persian/topics/c404v74nk56t">علم و فناوری</a></li><li><a href="https://www.bbc.com/persian/topics/c340q0gkg4kt">ورزش</a></li><li><a href="https://www.bbc.com/persian/topics/cxr0ld3v8e8t">ویدیو</a></li>
<li class="bbc-more"><button type="button" aria-expanded="false">بیشتر</button><ul hidden><li><a href="https://www.bbc.com/persian/topics/c8y9494ldy1t">افغانستان</a></li><li><a href="https://www.bbc.com/persian/topics/c95y35941vrt">فرهنگ و هنر</a></li><li><a href="https://www.bbc.com/persian/topics/cjgn7n9zzq7t">محیط زیست</a></li></ul></li>
</ul></nav>
</header>
<main role="main" class="bbc-fa0wmp">
<article>
<header class="bbc-94m8tv"><h1 id="content" tabindex="-1" class="bbc-1ws6ha7 e1p3vdyi0">${esc(c.a.title)}</h1></header>
<div class="bbc-1ka88fa ebmt73l0"><ul role="list" class="bbc-1fxtbkn e5xb54n0">
<li class="bbc-1sjkxxg"><span class="bbc-visually-hidden">نویسنده،</span>${esc(c.a.author ?? '')}</li>
<li class="bbc-1sjkxxg"><span class="bbc-visually-hidden">نقش،</span>بی‌بی‌سی فارسی</li>
</ul>
<time datetime="${c.g.y}-${c.g.m}-${c.g.d}" class="bbc-1dafq0j e1mklfmt0">${faDate(c)}</time></div>
<div dir="rtl" class="bbc-19j92fr ebmt73l0"><p dir="rtl" class="bbc-hhl7in e17g058b0"><b dir="rtl" class="bbc-1ohkwfx">${esc(c.a.lead ?? '')}</b></p></div>
<figure class="bbc-1qn0xuy"><div class="bbc-172p16q"><img alt="${esc(c.a.caption)}" src="https://ichef.bbci.co.uk/ace/ws/800/cpsprodpb/4f1a/live/8c2e3b70-bed2-11f0-a4c1-2b5d1e0f3a91.jpg.webp" width="976" height="549"><p class="bbc-1gsrg5v"><span class="bbc-visually-hidden">منبع تصویر،</span><span role="text">${esc(c.a.credit)}</span></p></div><p class="bbc-14y0b0b"><span class="bbc-visually-hidden">توضیح تصویر،</span>${esc(c.a.caption)}</p></figure>
${bodyWith(c, (t) => `<div dir="rtl" class="bbc-19j92fr ebmt73l0"><p dir="rtl" class="bbc-hhl7in e17g058b0">${t}</p></div>`, undefined, '\n', (t) => `<h2 dir="rtl" class="bbc-1r5lmdb">${t}</h2>`)}
<section aria-labelledby="related-content-heading" class="bbc-1c3hqhb"><h2 id="related-content-heading">مطالب پیشنهادی</h2><ul role="list">
${c.a.related.map((t, i) => `<li><a href="https://www.bbc.com/persian/articles/c${['9w8d7', 'k2x4m', 'ze7p1'][i % 3]}qx1lyo">${esc(t)}</a><time>${persian(Number(c.d) - i - 2)} ${c.mn} ${persian(c.y)}</time></li>`).join('\n')}
</ul></section>
<aside class="bbc-topics" aria-label="مطالب مرتبط"><h2>مطالب مرتبط</h2><ul>${c.a.tags.map((t, i) => `<li><a href="https://www.bbc.com/persian/topics/c${i}gxn2ne7n3t">${esc(t)}</a></li>`).join('')}</ul></aside>
</article>
<section aria-labelledby="most-read" class="bbc-1w4skbv"><h2 id="most-read">پربیننده‌ترین</h2><ol role="list">
${c.a.mostRead.map((t, i) => `<li><span class="bbc-rank">${persian(i + 1)}</span><a href="https://www.bbc.com/persian/articles/c${['d1x', 'ewq', 'g2m', 'jq8'][i % 4]}4n2pz0o">${esc(t)}</a></li>`).join('\n')}
</ol></section>
</main>
<footer role="contentinfo" class="bbc-1uvzmvr"><a href="https://www.bbc.com/persian"><span class="bbc-visually-hidden">BBC News, فارسی</span></a>
<ul><li><a href="https://www.bbc.com/persian/institutional-49283021">چرا می‌توانید به بی‌بی‌سی اعتماد کنید</a></li><li><a href="https://www.bbc.com/usingthebbc/terms">شرایط استفاده</a></li><li><a href="https://www.bbc.com/usingthebbc/privacy">سیاست حریم خصوصی</a></li><li><a href="https://www.bbc.com/persian/send/u50853492">تماس با بی‌بی‌سی</a></li></ul>
<p>© ${persian(c.g.y)} بی‌بی‌سی. بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست. <a href="https://www.bbc.com/editorialguidelines/guidance/feeds-and-links">درباره سیاست ما در مورد لینک به سایت‌های دیگر بخوانید.</a></p></footer>
</div>
<script>window.SIMORGH_DATA=${js({ pageData: { metadata: { id: c.a.url.split('/').pop(), locators: { optimoUrn: 'urn:bbc:optimo:asset:c0q4x2gr7n5o' }, firstPublished: ms, lastPublished: ms + 47 * 60000, language: 'fa', type: 'article' }, promo: { headlines: { promoHeadline: c.a.title } } }, service: 'persian', pathname: c.a.url.replace('https://www.bbc.com', '') })}</script>
<script src="https://static.files.bbci.co.uk/ws/simorgh-assets/public/static/js/main-5d2e9f4c.js" defer></script>
</body>
</html>
`;
    },
  },

  // Euronews Persian (parsi.euronews.com, 2025): header with the edition picker and «زنده» button,
  // mega menu, «خبر فوری» bar; breadcrumb; h1.c-article-redesign-title; the summary paragraph;
  // byline «یورونیوز فارسی» with «با دی‌پی‌ای»; the date ONLY in CENTRAL EUROPEAN TIME: «منتشر شده
  // در 04/11/2025 - 10:10 GMT+1» and «به‌روز شده …» (day-first, Latin digits, GMT+1 in November), the
  // <time datetime> with «+01:00», the JSON-LD the same; photo with «حق نشر» credit; body with a
  // «بیشتر بخوانید» widget listing two stories and an EMBEDDED POST on X in German; «اشتراک‌گذاری»
  // row; «اخبار مرتبط»; «پربیننده‌ترین‌ها»; footer with «حق نشر یورونیوز».
  euronews: {
    site: 'یورونیوز فارسی',
    boiler: ['خبر فوری', 'منتشر شده در', 'به‌روز شده', 'حق نشر', 'بیشتر بخوانید', 'اشتراک‌گذاری', 'نظرها', 'اخبار مرتبط', 'پربیننده‌ترین‌ها', 'Abschiebungen in den Iran', 'مرزهای بالکان همچنان بسته می‌ماند'],
    render: (c) => {
      const pub = cet(c);
      const upd = cet(c, 82);
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | یورونیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="euronews">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://static.euronews.com/articles/stories/09/51/48/20/1200x675_cmsv2_5b3c9d1e-7f2a-5e8b-a4c3-1d0f6e9b2a77-9514820.jpg">
<meta property="article:published_time" content="${pub.iso}">
<meta property="article:modified_time" content="${upd.iso}">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org/', '@graph': [
  { '@type': 'NewsArticle', mainEntityOfPage: { '@type': 'Webpage', url: c.a.url }, headline: c.a.title, description: c.a.lead, articleBody: c.a.paras.map(plain).join(' ').slice(0, 300), dateCreated: pub.iso, dateModified: upd.iso, datePublished: pub.iso,
    image: { '@type': 'ImageObject', url: 'https://static.euronews.com/articles/stories/09/51/48/20/1200x675_cmsv2_5b3c9d1e-7f2a-5e8b-a4c3-1d0f6e9b2a77-9514820.jpg', width: 1200, height: 675 },
    author: { '@type': 'Organization', name: 'یورونیوز فارسی' }, publisher: { '@type': 'Organization', name: 'Euronews', legalName: 'Euronews', url: 'https://parsi.euronews.com/', logo: { '@type': 'ImageObject', url: 'https://static.euronews.com/website/images/euronews-logo-main-blue-403x60.png' } } },
  { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'اروپا', item: 'https://parsi.euronews.com/europe' }, { '@type': 'ListItem', position: 2, name: 'آلمان', item: 'https://parsi.euronews.com/tag/germany' }] },
] })}</script>
<link rel="stylesheet" href="https://static.euronews.com/build/css/article.6c1e0b4f.css">
</head>
<body class="c-page-article">
<header class="c-header">
<div class="c-header__top"><a class="c-logo" href="https://parsi.euronews.com/"><img src="https://static.euronews.com/website/images/euronews-logo-main-blue-403x60.png" alt="Euronews"></a>
<button type="button" class="c-edition-picker">فارسی</button> <a class="c-live-button" href="https://parsi.euronews.com/live">زنده</a></div>
<nav class="c-main-nav"><ul>
<li class="c-main-nav__item c-mega"><a href="https://parsi.euronews.com/europe">اروپا</a><div class="c-mega__panel"><a href="https://parsi.euronews.com/tag/germany">آلمان</a> <a href="https://parsi.euronews.com/tag/france">فرانسه</a> <a href="https://parsi.euronews.com/tag/european-union">اتحادیه اروپا</a> <a href="https://parsi.euronews.com/tag/migration">مهاجرت</a></div></li>
<li><a href="https://parsi.euronews.com/news/international">جهان</a></li><li><a href="https://parsi.euronews.com/tag/iran">ایران</a></li><li><a href="https://parsi.euronews.com/business">اقتصاد</a></li><li><a href="https://parsi.euronews.com/culture">فرهنگ</a></li><li><a href="https://parsi.euronews.com/sport">ورزش</a></li><li><a href="https://parsi.euronews.com/video">ویدیو</a></li>
</ul></nav>
<div class="c-breaking-news"><span class="c-breaking-news__label">خبر فوری</span> <a href="https://parsi.euronews.com/2025/11/04/eu-interior-ministers-meeting">وزیران کشور اتحادیه اروپا برای بررسی پیمان مهاجرت در بروکسل دیدار می‌کنند</a></div>
</header>
<main class="o-site-main">
<article class="o-article-newsy">
<nav class="c-breadcrumb"><a href="https://parsi.euronews.com/europe">اروپا</a> / <a href="https://parsi.euronews.com/tag/germany">آلمان</a></nav>
<h1 class="c-article-redesign-title">${esc(c.a.title)}</h1>
<p class="c-article-summary">${esc(c.a.lead ?? '')}</p>
<div class="c-article-byline"><span class="c-article-contributors">یورونیوز فارسی</span> <span class="c-article-source">با دی‌پی‌ای</span></div>
<div class="c-article-publication-date"><span>منتشر شده در</span> <time datetime="${pub.iso.replace('T', ' ').replace(/\+0(\d):00$/, ' +0$1:00')}">${pub.text} GMT+${pub.off}</time> • <span>به‌روز شده</span> <time datetime="${upd.iso.replace('T', ' ').replace(/\+0(\d):00$/, ' +0$1:00')}">${upd.text} GMT+${upd.off}</time></div>
<div class="c-article-share"><span>اشتراک‌گذاری</span> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(c.a.url)}">فیس‌بوک</a> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <button type="button">کپی لینک</button> <a href="#comments">نظرها</a></div>
<figure class="c-article-media"><img src="https://static.euronews.com/articles/stories/09/51/48/20/808x454_cmsv2_5b3c9d1e-7f2a-5e8b-a4c3-1d0f6e9b2a77-9514820.jpg" alt="${esc(c.a.caption)}"><figcaption><span class="c-article-caption__text">${esc(c.a.caption)}</span> <span class="c-article-caption__copyright">حق نشر ${esc(c.a.credit)}</span></figcaption></figure>
<div class="c-article-content js-article-content">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="c-article-tags"><span>کلیدواژه‌ها</span> ${tagLinks(c, 'https://parsi.euronews.com/tag/', ' ')}</div>
</article>
<section class="c-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://parsi.euronews.com/2025/10/2', 6)}
</ul></section>
<section id="comments" class="c-comments"><h2>نظرها</h2><p>برای نوشتن نظر وارد حساب کاربری خود شوید.</p></section>
<aside class="c-most-viewed"><h2>پربیننده‌ترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://parsi.euronews.com/2025/11/0', 3)}
</ol></aside>
</main>
<footer class="c-footer"><nav><a href="https://parsi.euronews.com/about">درباره یورونیوز</a> <a href="https://parsi.euronews.com/terms-of-service">شرایط استفاده</a> <a href="https://parsi.euronews.com/privacy-policy">حریم خصوصی</a></nav><p>حق نشر © یورونیوز ${c.g.y}</p></footer>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</body>
</html>
`;
    },
  },

  // Independent Persian (independentpersian.com, DRUPAL 10, 2025): header with the «ایندیپندنت
  // فارسی» logo, today's date, mega menu, «آخرین اخبار» ticker; breadcrumb; kicker label; h1.page-
  // header; the field-summary lead; byline with author link and the visible date «شنبه ۱۰ آبان
  // ۱۴۰۴ - ۱۹:۰۰»; the instant in article:published_time and a <time datetime> in UTC «+00:00»;
  // photo with caption and «(عکس: …)» credit; body in div.field--name-body, INTERVIEW QUESTIONS in
  // bold paragraphs; an in-body «بیشتر بخوانید» list and a «ایندیپندنت فارسی را در تلگرام دنبال
  // کنید» promo line; «کلیدواژه‌ها»; share; «مطالب مرتبط»; «پربازدیدترین»; footer.
  independent: {
    site: 'ایندیپندنت فارسی',
    boiler: ['آخرین اخبار', 'بیشتر بخوانید', 'ایندیپندنت فارسی را در تلگرام دنبال کنید', 'کلیدواژه‌ها', 'این مطلب را به اشتراک بگذارید', 'مطالب مرتبط', 'پربازدیدترین', 'تمامی حقوق برای ایندیپندنت فارسی محفوظ است', 'مطالب منتشرشده در بخش گفت‌وگو لزوما بیانگر دیدگاه ایندیپندنت فارسی نیست'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(c.a.title)} | ایندیپندنت فارسی</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:site_name" content="ایندیپندنت فارسی">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.independentpersian.com/sites/default/files/styles/1200x900/public/images/2025/11/01/nurse-icu.jpg">
<meta property="article:published_time" content="${utcPlus0(c)}">
<meta property="article:section" content="گفت‌وگو">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="https://www.independentpersian.com/node/${c.id}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@graph': [
  { '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: utcPlus0(c), dateModified: utcPlus0(c), author: { '@type': 'Person', name: c.a.author }, mainEntityOfPage: c.a.url,
    publisher: { '@type': 'NewsMediaOrganization', name: 'ایندیپندنت فارسی', logo: { '@type': 'ImageObject', url: 'https://www.independentpersian.com/themes/custom/independent/logo.svg' } } },
  { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'صفحه اصلی', item: 'https://www.independentpersian.com/' }, { '@type': 'ListItem', position: 2, name: 'گفت‌وگو', item: 'https://www.independentpersian.com/interview' }] },
] })}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq7pL2mK9vR4tN8wZ1aB6cD3eF0gH5jS.css?delta=0&amp;language=fa&amp;theme=independent">
<script type="application/json" data-drupal-selector="drupal-settings-json">${js({ path: { baseUrl: '/', currentPath: `node/${c.id}`, currentLanguage: 'fa' }, ajaxPageState: { theme: 'independent' } })}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">پرش به محتوای اصلی</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header" role="banner">
<div class="header-top"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.independentpersian.com/live">پخش زنده</a> <a href="https://www.independent.co.uk">The Independent</a></div>
<div class="region-branding"><a href="https://www.independentpersian.com/" rel="home" class="site-logo"><img src="/themes/custom/independent/logo.svg" alt="ایندیپندنت فارسی"></a></div>
<nav role="navigation" class="menu--main"><ul class="menu">
<li class="menu-item"><a href="https://www.independentpersian.com/iran">ایران</a></li><li class="menu-item"><a href="https://www.independentpersian.com/world">جهان</a></li><li class="menu-item"><a href="https://www.independentpersian.com/economy">اقتصاد</a></li>
<li class="menu-item menu-item--expanded menu-item--active-trail"><a href="https://www.independentpersian.com/interview">گفت‌وگو</a><ul class="menu"><li><a href="https://www.independentpersian.com/interview/society">جامعه</a></li><li><a href="https://www.independentpersian.com/interview/politics">سیاست</a></li><li><a href="https://www.independentpersian.com/interview/culture">فرهنگ</a></li></ul></li>
<li class="menu-item"><a href="https://www.independentpersian.com/opinion">دیدگاه</a></li><li class="menu-item"><a href="https://www.independentpersian.com/sport">ورزش</a></li><li class="menu-item"><a href="https://www.independentpersian.com/video">ویدیو</a></li>
</ul></nav>
<div class="block-views-blockbreaking-news"><span class="label">آخرین اخبار</span><ul>
${ticker(['افزایش قیمت بنزین سهمیه‌ای از آذر؛ دولت تکذیب کرد', 'قطعی برق در ۱۲ استان ادامه دارد', 'شمار پناهجویان ایرانی در اروپا کاهش یافت'], (t, i) => `<li><a href="https://www.independentpersian.com/node/${421800 + i * 9}">${t}</a></li>`)}
</ul></div>
</header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region-content">
<nav class="breadcrumb" role="navigation"><ol><li><a href="https://www.independentpersian.com/">صفحه اصلی</a></li><li><a href="https://www.independentpersian.com/interview">گفت‌وگو</a></li></ol></nav>
<article role="article" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-kicker">${esc(c.a.kicker)}</div>
<h1 class="page-header"><span class="field field--name-title">${esc(c.a.title)}</span></h1>
<div class="field field--name-field-summary">${esc(c.a.lead ?? '')}</div>
<div class="node__meta"><span class="field--name-uid"><a href="https://www.independentpersian.com/author/s-moradi">${esc(c.a.author ?? '')}</a></span> <span class="field--name-created"><time datetime="${utcPlus0(c)}">${weekday(c)} ${faDate(c)} - ${faTime(c)}</time></span></div>
<div class="field field--name-field-image"><img src="https://www.independentpersian.com/sites/default/files/styles/800x450/public/images/2025/11/01/nurse-icu.jpg" alt="${esc(c.a.caption)}"><div class="field--name-field-caption">${esc(c.a.caption)} (${esc(c.a.credit)})</div></div>
<div class="clearfix text-formatted field field--name-body field__item">
${bodyWith(c, (t) => `<p>${t}</p>`, (t) => `<p><strong>${t}</strong></p>`)}
<p class="disclaimer"><em>مطالب منتشرشده در بخش گفت‌وگو لزوما بیانگر دیدگاه ایندیپندنت فارسی نیست.</em></p>
</div>
<div class="field field--name-field-tags"><div class="field__label">کلیدواژه‌ها</div>${c.a.tags.map((t) => `<div class="field__item"><a href="https://www.independentpersian.com/taxonomy/term/${t.length * 131}">${esc(t)}</a></div>`).join('')}</div>
<div class="block-share"><span>این مطلب را به اشتراک بگذارید</span> <a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(c.a.url)}">فیس‌بوک</a> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${encodeURIComponent(c.a.url)}">واتساپ</a></div>
</article>
<section class="block-views-blockrelated-articles"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://www.independentpersian.com/node/', Number(c.id) - 2900)}
</ul></section>
</div>
<aside class="region-sidebar"><section class="block-views-blockmost-popular"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, 'https://www.independentpersian.com/node/', Number(c.id) - 640)}
</ol></section></aside>
</main>
<footer class="footer" role="contentinfo"><nav><a href="https://www.independentpersian.com/about-us">درباره ما</a> <a href="https://www.independentpersian.com/contact-us">تماس با ما</a> <a href="https://www.independentpersian.com/privacy">حریم خصوصی</a></nav><p>تمامی حقوق برای ایندیپندنت فارسی محفوظ است.</p></footer>
</div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/sites/default/files/js/js_Rt4eY8uI2oP6aS0dF3gH7jK1lZ9xC5vB.js?scope=footer&amp;delta=0&amp;language=fa&amp;theme=independent"></script>
</body>
</html>
`,
  },

  // Donya-e-Eqtesad (donya-e-eqtesad.com, 2025 desktop): header with the market ticker (دلار، یورو،
  // سکه، شاخص بورس), date, mega menu of «بخش»s; breadcrumb; kicker; h1; lead div; the news details
  // «شناسه خبر: ۴۲۱۶۵۴۳» and the date «۱۲ آبان ۱۴۰۴ ۰۹:۲۵» (NO dash between date and time); the print
  // line «روزنامه دنیای اقتصاد، شماره ۶۳۱۹، دوشنبه ۱۲ آبان ۱۴۰۴، صفحه ۱۰ (مسکن)»; author; photo; body
  // with a data TABLE (not body text) and an in-body «بیشتر بخوانید»; tags; short link; share;
  // «اخبار مرتبط»; «پربازدیدها»; comments with count; footer. Date metadata: JSON-LD datePublished
  // +03:30 and a «dateModified» of the same evening.
  donya: {
    site: 'دنیای اقتصاد',
    boiler: ['سکه امامی', 'شاخص بورس', 'شناسه خبر:', 'روزنامه دنیای اقتصاد، شماره', 'بیشتر بخوانید', 'میانگین قیمت هر متر مربع به تفکیک مناطق منتخب', 'لینک کوتاه', 'اخبار مرتبط', 'پربازدیدها', 'تمامی حقوق این سایت متعلق به موسسه دنیای اقتصاد است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | دنیای اقتصاد</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="دنیای اقتصاد">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://static.donya-e-eqtesad.com/thumbnail/Kq3vB9xT2mPz/housing-tehran-1404.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso.replace(/T\d\d:\d\d/, 'T21:14'),
  author: { '@type': 'Person', name: c.a.author }, mainEntityOfPage: c.a.url, image: ['https://static.donya-e-eqtesad.com/thumbnail/Kq3vB9xT2mPz/housing-tehran-1404.jpg'],
  publisher: { '@type': 'Organization', name: 'دنیای اقتصاد', logo: { '@type': 'ImageObject', url: 'https://donya-e-eqtesad.com/images/logo.svg' } },
})}</script>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [
  { '@type': 'ListItem', position: 1, name: 'دنیای اقتصاد', item: 'https://donya-e-eqtesad.com/' },
  { '@type': 'ListItem', position: 2, name: 'مسکن', item: 'https://donya-e-eqtesad.com/بخش-مسکن-66' },
] })}</script>
<link rel="stylesheet" href="https://donya-e-eqtesad.com/assets/css/app.css?id=8c1b2f7d">
</head>
<body>
<header class="site-header">
<div class="market-bar"><ul>
<li><span>دلار</span> <b>${persian('109,850')}</b> <i class="up">${persian('0.6')}٪</i></li>
<li><span>یورو</span> <b>${persian('127,400')}</b> <i class="up">${persian('0.4')}٪</i></li>
<li><span>سکه امامی</span> <b>${persian('114,200,000')}</b> <i class="down">${persian('1.1')}٪</i></li>
<li><span>شاخص بورس</span> <b>${persian('2,981,450')}</b> <i class="down">${persian('0.8')}٪</i></li>
</ul></div>
<div class="header-main"><span class="date">${weekday(c)} ${faDate(c)}</span> <a class="logo" href="https://donya-e-eqtesad.com/"><img src="https://donya-e-eqtesad.com/images/logo.svg" alt="دنیای اقتصاد"></a> <a href="https://donya-e-eqtesad.com/newspaper">روزنامه</a> <a href="https://donya-e-eqtesad.com/subscription">اشتراک</a></div>
<nav class="mega-menu"><ul>
<li><a href="https://donya-e-eqtesad.com/بخش-اقتصاد-کلان-1">اقتصاد کلان</a></li><li><a href="https://donya-e-eqtesad.com/بخش-بازار-سرمایه-183">بورس</a></li>
<li class="active"><a href="https://donya-e-eqtesad.com/بخش-مسکن-66">مسکن</a><div class="sub"><a href="https://donya-e-eqtesad.com/بخش-مسکن-66/بازار-مسکن">بازار مسکن</a> <a href="https://donya-e-eqtesad.com/بخش-مسکن-66/اجاره">اجاره</a> <a href="https://donya-e-eqtesad.com/بخش-مسکن-66/ساخت-و-ساز">ساخت و ساز</a></div></li>
<li><a href="https://donya-e-eqtesad.com/بخش-طلا-و-ارز-197">طلا و ارز</a></li><li><a href="https://donya-e-eqtesad.com/بخش-خودرو-121">خودرو</a></li><li><a href="https://donya-e-eqtesad.com/بخش-بین-الملل-20">بین‌الملل</a></li><li><a href="https://donya-e-eqtesad.com/بخش-سیاست-25">سیاست</a></li>
</ul></nav>
</header>
<main class="container"><div class="row"><div class="col-lg-8">
<article class="news-page">
<nav class="breadcrumb"><a href="https://donya-e-eqtesad.com/">دنیای اقتصاد</a> › <a href="https://donya-e-eqtesad.com/بخش-مسکن-66">مسکن</a></nav>
<div class="news-kicker">${esc(c.a.kicker)}</div>
<h1 class="news-title">${esc(c.a.title)}</h1>
<div class="news-lead">${esc(c.a.lead ?? '')}</div>
<div class="news-details"><span>شناسه خبر: ${persian(c.id)}</span> <span>${faDate(c)} ${faTime(c)}</span> <span class="author">${esc(c.a.author ?? '')}</span></div>
<div class="news-print">روزنامه دنیای اقتصاد، شماره ${persian(6319)}، ${weekday(c)} ${faDate(c)}، صفحه ${persian(10)} (مسکن)</div>
<figure class="news-image"><img src="https://static.donya-e-eqtesad.com/thumbnail/Kq3vB9xT2mPz/housing-tehran-1404.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="news-body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="news-tags">${tagLinks(c, 'https://donya-e-eqtesad.com/tag/', ' ', 'tag')}</div>
<div class="news-short"><span>لینک کوتاه</span> <input type="text" readonly value="https://den.ir/xk${c.id.slice(-3)}"></div>
<div class="news-share"><a href="https://t.me/share/url?url=https://den.ir/xk${c.id.slice(-3)}">تلگرام</a> <a href="https://x.com/intent/tweet?url=https://den.ir/xk${c.id.slice(-3)}">ایکس</a> <a href="https://www.linkedin.com/shareArticle?url=https://den.ir/xk${c.id.slice(-3)}">لینکدین</a></div>
</article>
<section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://donya-e-eqtesad.com/بخش-مسکن-66/', Number(c.id) - 5400)}
</ul></section>
<section class="comments"><h2>نظرات (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t) => `<div class="comment"><b>${n}</b><p>${t}</p></div>`)}
<form><textarea placeholder="نظر خود را بنویسید"></textarea><button type="button">ثبت نظر</button></form></section>
</div>
<aside class="col-lg-4"><section class="most-visited"><h2>پربازدیدها</h2><ol>
${li(c.a.mostRead, 'https://donya-e-eqtesad.com/بخش-اقتصاد-کلان-1/', Number(c.id) - 1200)}
</ol></section></aside>
</div></main>
<footer class="site-footer"><p>تمامی حقوق این سایت متعلق به موسسه دنیای اقتصاد است.</p><p>نقل مطالب با ذکر منبع آزاد است.</p></footer>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The eight articles: text, page furniture and gold, as a Persian news editor reads them.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art15[] = [
  {
    name: 'isna-dormitory-shortage-press-conference', site: 'isna',
    inline: 'جزئیات پرداخت وام ودیعه مسکن دانشجویان متأهل اعلام شد',
    url: 'https://www.isna.ir/news/1404080407312/کمبود-۶۲-هزار-تخت-خوابگاهی-در-دانشگاه-ها',
    title: 'کمبود ۶۲ هزار تخت خوابگاهی در دانشگاه‌ها؛ اجاره خوابگاه از بخش خصوصی ادامه دارد',
    kicker: 'معاون دانشجویی وزیر علوم در نشست خبری', date: '۴ آبان ۱۴۰۴ - ۱۰:۴۲',
    lead: 'معاون دانشجویی وزارت علوم، تحقیقات و فناوری از کمبود حدود ۶۲ هزار تخت در خوابگاه‌های دانشگاه‌های دولتی در سال تحصیلی جدید خبر داد و گفت اجاره خوابگاه از بخش خصوصی برای دانشجویان ورودی دست‌کم تا پایان آذر ادامه پیدا می‌کند.',
    paras: [
      'به گزارش ایسنا، مهرداد فرجی‌نسب امروز (یکشنبه) در نشست خبری تشریح برنامه‌های معاونت دانشجویی که با حضور مدیران صندوق رفاه دانشجویان و مهسا کریمی‌پور، دبیر شورای صنفی دانشجویان دانشگاه تهران، برگزار شد، اظهار کرد: ظرفیت خوابگاه‌های دولتی دانشگاه‌های زیر پوشش وزارت علوم حدود ۲۹۰ هزار تخت است، در حالی که امسال بیش از ۳۵۲ هزار دانشجو متقاضی خوابگاه بوده‌اند.',
      'وی افزود: بیشترین کمبود در دانشگاه‌های تهران، اصفهان، شیراز و مشهد است. در تهران به‌تنهایی نزدیک به ۱۸ هزار دانشجو هنوز تخت ندارند و بخشی از آنها فعلاً در هتل‌آپارتمان‌ها و خوابگاه‌های استیجاری اسکان داده شده‌اند.',
      'معاون دانشجویی وزیر علوم درباره هزینه‌ها گفت: اجاره هر تخت در خوابگاه‌های استیجاری تهران ماهانه به ۴ میلیون و ۵۰۰ هزار تومان رسیده که ۸۰ درصد آن را دانشگاه می‌پردازد و سهم دانشجو ۹۰۰ هزار تومان است.',
      '## ۴۰ خوابگاه نیمه‌تمام در انتظار اعتبار',
      'فرجی‌نسب با اشاره به طرح‌های نیمه‌تمام یادآور شد که ۴۰ خوابگاه با ظرفیت ۲۱ هزار تخت در دست ساخت است و با اعتبار ۳ هزار و ۲۰۰ میلیارد تومانی که در بودجه امسال پیش‌بینی شده، دست‌کم نیمی از آنها تا مهر سال آینده به بهره‌برداری می‌رسد.',
      'کریمی‌پور در بخش دیگری از این نشست با انتقاد از وضعیت خوابگاه‌های استیجاری گفت: در برخی از این ساختمان‌ها شش دانشجو در یک اتاق ۲۰ متری زندگی می‌کنند و آب گرم هر روز چند ساعت قطع است. دانشجوی شهرستانی که ماهی ۹۰۰ هزار تومان اجاره می‌دهد، حق دارد دست‌کم یک اتاق امن و گرم داشته باشد.',
      'در ادامه، رئیس صندوق رفاه دانشجویان وزارت علوم، علیرضا پاک‌سرشت، از افزایش سقف وام ودیعه مسکن دانشجویان متأهل به ۲۰۰ میلیون تومان خبر داد و گفت: ثبت‌نام این وام از ۱۵ آبان در سامانه صندوق آغاز می‌شود و تاکنون ۱۲ هزار و ۴۰۰ دانشجو پیش‌ثبت‌نام کرده‌اند.',
      'این مقام مسئول همچنین تأکید کرد که سقف وام شهریه دانشجویان دوره‌های شبانه امسال ۳۰ درصد افزایش یافته است.',
      'سازمان امور دانشجویان نیز پیش‌تر اعلام کرده بود دانشجویان ایرانی بازگشته از خارج که به دانشگاه‌های داخلی منتقل می‌شوند، در نوبت اول تخصیص خوابگاه قرار می‌گیرند. وزیر علوم هم هفته گذشته در جمع رؤسای دانشگاه‌ها گفته بود ساخت خوابگاه با مشارکت خیران در اولویت وزارتخانه است. خوابگاه ۸۰۰ نفره‌ای که با کمک رضا توانگر، خیر یزدی، در دانشگاه یزد ساخته شده نیز هفته آینده افتتاح می‌شود.',
    ],
    extras: {
      2: '<div class="more-news-box"><strong>بیشتر بخوانید:</strong> <a href="https://www.isna.ir/news/1404080305218">جزئیات پرداخت وام ودیعه مسکن دانشجویان متأهل اعلام شد</a></div>',
    },
    tags: ['خوابگاه دانشجویی', 'وزارت علوم', 'صندوق رفاه دانشجویان', 'شورای صنفی'],
    caption: 'خوابگاه کوی دانشگاه تهران در نخستین هفته‌های سال تحصیلی', credit: 'عکس: ایسنا',
    related: ['شهریه دوره‌های شبانه دانشگاه‌های دولتی چقدر شد؟', 'تغذیه دانشجویی در نیمسال اول گران نمی‌شود', 'زمان اعلام نتایج پذیرش بدون آزمون دکتری'],
    mostRead: ['نتایج ظرفیت تکمیلی کنکور ۱۴۰۴ اعلام شد', 'تقویم آموزشی نیمسال دوم دانشگاه‌ها', 'قیمت طلا و سکه امروز ۴ آبان', 'ثبت‌نام آزمون استخدامی آموزش و پرورش آغاز شد'],
    comments: [['دانشجوی ارشد', 'خوابگاه ما در امیرآباد هنوز شوفاژ ندارد و هوا سرد شده است.'], ['ناشناس', 'سهم دانشجو هم برای خانواده‌های شهرستانی کم نیست.']],
    speakers: [
      { name: 'مهرداد فرجی‌نسب', role: 'معاون دانشجویی وزارت علوم، تحقیقات و فناوری', also_called: ['وی', 'معاون دانشجویی وزیر علوم', 'فرجی‌نسب'], statements: 5 },
      { name: 'مهسا کریمی‌پور', role: 'دبیر شورای صنفی دانشجویان دانشگاه تهران', also_called: ['کریمی‌پور'], statements: 1 },
      { name: 'علیرضا پاک‌سرشت', role: 'رئیس صندوق رفاه دانشجویان وزارت علوم', also_called: ['این مقام مسئول'], statements: 2 },
    ],
    speakers_never: ['وزیر علوم', 'سازمان امور دانشجویان', 'رضا توانگر', 'ایسنا'],
    figures: [
      { value: 62000, unit: 'تخت', kind: 'count', about: '«حدود ۶۲ هزار تخت» کمبود خوابگاه (lead, title)' },
      { value: 290000, unit: 'تخت', kind: 'count', about: 'ظرفیت خوابگاه‌های دولتی' },
      { value: 352000, unit: 'دانشجو', kind: 'count', about: '«بیش از ۳۵۲ هزار دانشجو» متقاضی' },
      { value: 18000, unit: 'دانشجو', kind: 'count', about: 'دانشجویان بی‌تخت در تهران' },
      { value: 4500000, unit: 'تومان', kind: 'money', about: '«۴ میلیون و ۵۰۰ هزار تومان» اجاره ماهانه هر تخت (kept; «هر تخت», «ماهانه» its basis)' },
      { value: 80, unit: 'درصد', kind: 'percent', about: 'سهم دانشگاه از اجاره' },
      { value: 900000, unit: 'تومان', kind: 'money', about: 'سهم دانشجو (repeated by Karimipour: listed once)' },
      { value: 40, unit: 'خوابگاه', kind: 'count', about: 'خوابگاه‌های نیمه‌تمام (also in the subheading)' },
      { value: 21000, unit: 'تخت', kind: 'count', about: 'ظرفیت خوابگاه‌های در دست ساخت' },
      { value: 3200000000000, unit: 'تومان', kind: 'money', about: '«۳ هزار و ۲۰۰ میلیارد تومانی» اعتبار (unit in base form)' },
      { value: 6, unit: 'دانشجو', kind: 'count', about: '«شش دانشجو» در یک اتاق (count in words)' },
      { value: 20, unit: 'متر', kind: 'measure', about: '«اتاق ۲۰ متری» (unit in base form)' },
      { value: 200000000, unit: 'تومان', kind: 'money', about: 'سقف وام ودیعه مسکن' },
      { value: 12400, unit: 'دانشجو', kind: 'count', about: '«۱۲ هزار و ۴۰۰ دانشجو» پیش‌ثبت‌نام' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'افزایش سقف وام شهریه' },
      { value: 800, unit: 'نفر', kind: 'count', about: '«خوابگاه ۸۰۰ نفره» دانشگاه یزد (unit in base form)' },
    ],
    figures_never: ['«امروز (یکشنبه)», «پایان آذر», «مهر سال آینده», «۱۵ آبان», «هفته گذشته», «هفته آینده»: dates', '«هر روز چند ساعت»: a frequency, vague', '«ماهانه», «ماهی», «هر تخت»: bases', '«دست‌کم نیمی از آنها»: vague', '«یک اتاق»: lone «یک»', '«نوبت اول»: ordinal', 'the ticker («۸ استان»), the top bar dates and the «بیشتر بخوانید:» box: not body'],
    notes: [
      'A press-conference report in ISNA\'s 2025 desktop template (top bar with today in three calendars, mega menu, «اخبار فوری» ticker; breadcrumb; a meta list with «تاریخ انتشار: یکشنبه / ۴ آبان ۱۴۰۴ / ۱۰:۴۲» (slash-separated weekday, date and time), «کد خبر:» with the 13-digit code, «دسته‌بندی:» and «منبع:»; rutitr (not body); h1.first-title; p.summary as lead; photo with caption and credit; div.item-text with a bold SUBHEADING paragraph (body) and an in-body «بیشتر بخوانید:» box after paragraph 3 (not body); the LAST paragraph of div.item-text is «انتهای پیام», not body; tags, short link, share row, «اخبار مرتبط», comments under «نظرات خود را با ما درمیان بگذارید», «پربازدیدترین‌ها»; article:published_time and JSON-LD NewsArticle + BreadcrumbList with +03:30).',
      'statements: Farajinasab is first given by role only, in the lead: «ROLE … خبر داد و گفت …» (one sentence, one); «NAME امروز … اظهار کرد:» (one), «وی افزود:» (two sentences, once), «معاون دانشجویی وزیر علوم … گفت:» (one), «فرجی‌نسب … یادآور شد که …» (one) = 5; Karimipour is INTRODUCED IN PASSING among those present in paragraph 1 («با حضور … و NAME، ROLE، برگزار شد») and speaks only later: «کریمی‌پور … گفت:» (two sentences, once) = 1; Pak-Seresht, «ROLE، NAME، … خبر داد و گفت:» (one), «این مقام مسئول همچنین تأکید کرد که …» (one) = 2.',
      'The minister of science («گفته بود») is met only by title: not a speaker; the students\' affairs organization («اعلام کرده بود») is an organization; the benefactor Tavangar is only mentioned. «۹۰۰ هزار تومان» is said twice (the official, then the student representative) and listed once; «شش دانشجو» is a count in words; «۸۰۰ نفره» takes the unit نفر.',
    ],
  },
  {
    name: 'tasnim-imported-cars-customs', site: 'tasnim',
    inline: 'جزئیات طرح جدید عرضه خودروهای وارداتی در بورس کالا',
    url: 'https://www.tasnimnews.com/fa/news/1404/08/05/3412517/ترخیص-۴۶-هزار-خودروی-وارداتی-از-ابتدای-امسال',
    title: 'ترخیص ۴۶ هزار خودروی وارداتی از ابتدای امسال؛ ۱۲ هزار دستگاه هنوز در گمرک مانده است',
    kicker: 'واردات خودرو', date: '۵ آبان ۱۴۰۴ - ۱۳:۱۵',
    lead: 'معاون امور صنایع وزیر صنعت، معدن و تجارت گفت از ابتدای سال تاکنون ۴۶ هزار دستگاه خودروی وارداتی ترخیص شده و حدود ۱۲ هزار دستگاه دیگر به دلیل نقص مدارک یا تأخیر در تأمین ارز در گمرکات کشور مانده است.',
    paras: [
      'به گزارش خبرنگار اقتصادی خبرگزاری تسنیم، کیومرث آذرنیا امروز (دوشنبه) در نشست بررسی وضعیت واردات خودرو که در محل وزارت صمت برگزار شد، افزود: ارزش خودروهای ترخیص‌شده در هفت ماه نخست امسال به یک میلیارد و ۱۵۰ میلیون دلار رسیده و سهم خودروهای برقی و هیبریدی از این واردات حدود ۲۲ درصد بوده است.',
      'وی با بیان اینکه تأخیر در تخصیص ارز مهم‌ترین گره واردات است، تصریح کرد: بانک مرکزی تاکنون برای ۷۱ درصد پرونده‌های ثبت سفارش ارز تأمین کرده و برای باقی پرونده‌ها صف تخصیص تشکیل شده است. ما از بانک مرکزی خواسته‌ایم دست‌کم ۴۰۰ میلیون دلار دیگر تا پایان آذر برای ترخیص خودروهای مانده در گمرک اختصاص دهد.',
      'معاون وزیر صمت درباره قیمت خودروهای وارداتی هم گفت: عرضه این خودروها همچنان از طریق بورس کالا انجام می‌شود و قیمت نهایی را رقابت خریداران تعیین می‌کند، نه واردکننده.',
      'در این نشست، سعید مهرپرور، دبیر انجمن واردکنندگان خودرو، نسبت به ماندن طولانی خودروها در گمرک هشدار داد و گفت: هر روز توقف در گمرک برای واردکننده هزینه انبارداری و بیمه دارد. برخی خودروها بیش از ۸ ماه است در بندر شهید رجایی مانده‌اند و هزینه انبارداری بعضی از آنها از ۶۰ میلیون تومان گذشته است.',
      'مهرپرور افزود: شرکت‌های عضو انجمن تاکنون بیش از ۹ هزار میلیارد تومان از متقاضیان ثبت‌نام‌شده وجه دریافت کرده‌اند و اگر خودروها به‌موقع ترخیص نشوند، باید خسارت تأخیر در تحویل بپردازند.',
      'گمرک ایران نیز در گزارشی اعلام کرد از ابتدای سال تا پایان مهر، ۹ هزار و ۸۰۰ دستگاه خودروی کارکرده بر اساس قانون ساماندهی بازار خودرو وارد کشور شده که بیشتر آنها از امارات متحده عربی حمل شده‌اند. بر اساس این گزارش، خودروهای کارکرده واردشده کمتر از سه سال کارکرد دارند و میانگین ارزش گمرکی هر دستگاه حدود ۱۸ هزار و ۵۰۰ دلار بوده است.',
      'یک فعال بازار خودرو که نخواست نامش فاش شود، به تسنیم گفت قیمت خودروهای وارداتی در بازار آزاد در یک ماه اخیر بین ۱۰ تا ۱۵ درصد افزایش یافته است.',
      'بر اساس مصوبه هیئت وزیران، سقف واردات خودرو در سال جاری ۱۰۰ هزار دستگاه تعیین شده است. رئیس کمیسیون صنایع مجلس هفته گذشته خواستار گزارش کامل وزارت صمت درباره عملکرد واردات شده بود و قرار است محمد افشاری، عضو این کمیسیون، فردا از گمرک شهید رجایی بازدید کند.',
    ],
    extras: {
      1: '<div class="video-box"><div class="h_iframe-aparat_embed_frame"><span style="display: block;padding-top: 57%"></span><iframe src="https://www.aparat.com/video/video/embed/videohash/kT3xq/vt/frame" allowFullScreen="true" webkitallowfullscreen="true" mozallowfullscreen="true"></iframe></div><p class="video-title">ویدیو: صف خودروهای وارداتی در بندر شهید رجایی</p></div>',
      4: '<div class="box-readmore"><span>بیشتر بخوانید</span> <a href="https://www.tasnimnews.com/fa/news/1404/08/03/3410922">جزئیات طرح جدید عرضه خودروهای وارداتی در بورس کالا</a></div>',
    },
    tags: ['واردات خودرو', 'گمرک', 'وزارت صمت', 'بازار خودرو'],
    caption: 'خودروهای وارداتی در محوطه گمرک بندر شهید رجایی', credit: 'عکس: تسنیم',
    related: ['عرضه خودروهای وارداتی در بورس کالا از سر گرفته شد', 'تعرفه واردات خودروهای برقی کاهش یافت', 'واردات خودروهای کارکرده؛ ۲ هزار دستگاه دیگر ترخیص شد'],
    mostRead: ['قیمت خودرو در بازار امروز ۵ آبان', 'مرحله جدید فروش فوق‌العاده ایران‌خودرو', 'واریز کالابرگ مرحله هشتم', 'نرخ سود بین بانکی کاهش یافت'],
    comments: [],
    speakers: [
      { name: 'کیومرث آذرنیا', role: 'معاون امور صنایع وزیر صنعت، معدن و تجارت', also_called: ['وی', 'معاون وزیر صمت'], statements: 4 },
      { name: 'سعید مهرپرور', role: 'دبیر انجمن واردکنندگان خودرو', also_called: ['مهرپرور'], statements: 2 },
    ],
    speakers_never: ['گمرک ایران', 'بانک مرکزی', 'یک فعال بازار خودرو', 'رئیس کمیسیون صنایع مجلس', 'محمد افشاری', 'هیئت وزیران'],
    figures: [
      { value: 46000, unit: 'دستگاه', kind: 'count', about: '«۴۶ هزار دستگاه» خودروی ترخیص‌شده (lead, title)' },
      { value: 12000, unit: 'دستگاه', kind: 'count', about: '«حدود ۱۲ هزار دستگاه» مانده در گمرک' },
      { value: 1150000000, unit: 'دلار', kind: 'money', about: '«یک میلیارد و ۱۵۰ میلیون دلار» ارزش خودروهای ترخیص‌شده' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'سهم خودروهای برقی و هیبریدی' },
      { value: 71, unit: 'درصد', kind: 'percent', about: 'پرونده‌های ثبت سفارش دارای ارز' },
      { value: 400000000, unit: 'دلار', kind: 'money', about: '«دست‌کم ۴۰۰ میلیون دلار» ارز درخواستی' },
      { value: 60000000, unit: 'تومان', kind: 'money', about: 'هزینه انبارداری برخی خودروها' },
      { value: 9000000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۹ هزار میلیارد تومان» وجه دریافتی از متقاضیان' },
      { value: 9800, unit: 'دستگاه', kind: 'count', about: '«۹ هزار و ۸۰۰ دستگاه» خودروی کارکرده' },
      { value: 18500, unit: 'دلار', kind: 'money', about: 'میانگین ارزش گمرکی هر دستگاه (kept; «هر دستگاه» its basis)' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'افزایش قیمت در بازار آزاد, low end («۱۰ تا ۱۵ درصد»)' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'افزایش قیمت, high end' },
      { value: 100000, unit: 'دستگاه', kind: 'count', about: 'سقف واردات امسال' },
    ],
    figures_never: ['«امروز (دوشنبه)», «هفت ماه نخست امسال», «پایان آذر», «پایان مهر», «سال جاری», «هفته گذشته», «فردا»: dates and periods', '«بیش از ۸ ماه», «کمتر از سه سال», «یک ماه اخیر»: durations', '«هر روز توقف»: a basis', 'the video title, the «بیشتر بخوانید» box, the ticker («۵ آبان ۱۴۰۴») and «انتهای پیام/»: not body'],
    notes: [
      'An economy report in Tasnim\'s 2025 desktop template (date line, mega menu with sub-services, «مهم‌ترین اخبار» ticker; breadcrumb; the story-header list with the service and the visible date «۰۵ آبان ۱۴۰۴ - ۱۳:۱۵» (zero-padded day); ro-titr (not body), h1.title, h3.lead as lead; photo with «caption - credit»; div.story with an EMBEDDED APARAT VIDEO and its title line after paragraph 2 and a «بیشتر بخوانید» box after paragraph 5, neither body; the last line «انتهای پیام/», not body; tags, «کد خبر» with the 7-digit code and the tn.ai short link, share row, «اخبار مرتبط», an empty comments block with «نظر شما پس از بررسی منتشر خواهد شد.», «پربیننده‌ترین اخبار»). Dates: og article:published_time in UTC («2025-10-27T09:45:00Z») and JSON-LD datePublished +03:30, the same instant (13:15 Tehran).',
      'statements: Azarnia is given by role only in the lead («ROLE گفت …», one) and by name only in paragraph 1 («NAME امروز … افزود:», one); «وی با بیان اینکه … تصریح کرد:» (two sentences, once), «معاون وزیر صمت … گفت:» (one) = 4; Mehrparvar: «… هشدار داد و گفت:» (multi-sentence quote, once), «مهرپرور افزود:» (one) = 2.',
      'The unnamed car-market trader («که نخواست نامش فاش شود») is not a speaker; the head of the parliament\'s industries commission («خواستار … شده بود») is met only by title; Afshari is only mentioned (a visit planned); customs («اعلام کرد»), the central bank and the cabinet are organizations. «۱۰ تا ۱۵ درصد» gives both ends; the average customs value per car is kept with its basis left out.',
    ],
  },
  {
    name: 'hamshahrionline-tehran-air-pollution-council', site: 'hamshahri',
    inline: 'طرح ترافیک زمستانی تهران از ۱۵ آبان اجرا می‌شود',
    url: 'https://www.hamshahrionline.ir/news/937215/سهم-۶۰-درصدی-خودروها-و-موتورسیکلت-ها-از-آلودگی-هوای-تهران',
    title: 'سهم ۶۰ درصدی خودروها و موتورسیکلت‌ها از آلودگی هوای تهران؛ نخستین اتوبوس‌های برقی تا پایان آذر می‌رسد',
    kicker: 'آلودگی هوای پایتخت', date: '۶ آبان ۱۴۰۴ - ۰۸:۳۰',
    lead: 'مدیرعامل شرکت کنترل کیفیت هوای تهران گفت با آغاز فصل سرد، سهم خودروها و موتورسیکلت‌ها از انتشار ذرات معلق کمتر از ۲٫۵ میکرون در پایتخت به حدود ۶۰ درصد رسیده و بیش از ۷۰۰ هزار موتورسیکلت کاربراتوری همچنان در شهر تردد می‌کنند.',
    paras: [
      'به گزارش همشهری آنلاین، فرزانه اسدی‌پور دیروز در جلسه شورای اسلامی شهر تهران که به بررسی برنامه کاهش آلودگی هوا اختصاص داشت، اظهار کرد: در روزهای اخیر هوای تهران در ۹ ایستگاه از ۲۳ ایستگاه سنجش برای گروه‌های حساس ناسالم بوده است و با پایداری جو، این وضعیت تا پایان هفته ادامه دارد.',
      'وی افزود: سهم منابع متحرک، یعنی خودروها، موتورسیکلت‌ها و اتوبوس‌های فرسوده، از آلودگی ذرات معلق حدود ۶۰ درصد است و سهم صنایع و نیروگاه‌های اطراف شهر به حدود ۲۵ درصد می‌رسد.',
      'اسدی‌پور با اشاره به نقش موتورسیکلت‌ها تصریح کرد: هر موتورسیکلت کاربراتوری تا ۵ برابر یک خودروی سواری استاندارد آلاینده منتشر می‌کند. جایگزینی این موتورسیکلت‌ها با موتورهای برقی از مؤثرترین اقدام‌ها برای کاهش آلودگی است.',
      'در ادامه این جلسه، عضو کمیسیون سلامت و محیط زیست شورای شهر تهران، نیلوفر صدری‌زاده، با انتقاد از کندی نوسازی ناوگان حمل‌ونقل عمومی گفت: از ۶ هزار و ۲۰۰ اتوبوسی که در خطوط تهران کار می‌کنند، بیش از ۲ هزار و ۸۰۰ دستگاه عمرشان از ۱۰ سال گذشته است. قرار بود تا پایان سال گذشته هزار اتوبوس تازه وارد ناوگان شود، اما تنها ۳۱۰ دستگاه تحویل گرفته‌ایم.',
      'صدری‌زاده افزود: شهرداری برای خرید ۲۲۰ اتوبوس برقی قرارداد بسته است که نخستین محموله آن تا پایان آذر به تهران می‌رسد. قیمت هر اتوبوس برقی حدود ۴۵ میلیارد تومان است.',
      'رئیس شورای شهر تهران نیز در پایان این بخش از جلسه خواستار ارائه گزارش ماهانه شرکت کنترل کیفیت هوا به شورا شد. اداره کل هواشناسی استان تهران هم اعلام کرد غلظت آلاینده‌ها تا روز جمعه افزایش می‌یابد.',
      'محمدحسن نوروزی، راننده تاکسی که در خیابان انقلاب کار می‌کند، به خبرنگار همشهری آنلاین گفت: از هفته گذشته سرفه‌هایم شروع شده است. روزی ۱۰ ساعت پشت فرمانم و چاره‌ای ندارم؛ ماسک هم بعد از دو ساعت دیگر فایده‌ای ندارد.',
      'بر اساس گزارش سازمان جهانی بهداشت، آلودگی هوا سالانه حدود ۷ میلیون مرگ زودرس در جهان به همراه دارد. قانون هوای پاک سال ۱۳۹۶ تصویب شد و برنامه اجرایی آن در تهران با همکاری گروهی از استادان دانشگاه به سرپرستی محمود شجاعی تدوین شده بود.',
    ],
    extras: {
      2: '<div class="video-embed"><iframe src="https://www.aparat.com/video/video/embed/videohash/r7Xk2/vt/frame" width="640" height="360" allowfullscreen></iframe><p class="video-caption">ویدیو | صف طولانی موتورسیکلت‌ها در مراکز معاینه فنی</p></div>',
      4: '<div class="read-more"><span>بیشتر بخوانید</span> <a href="https://www.hamshahrionline.ir/news/936884">طرح ترافیک زمستانی تهران از ۱۵ آبان اجرا می‌شود</a></div>',
    },
    tags: ['آلودگی هوا', 'شورای شهر تهران', 'موتورسیکلت برقی', 'اتوبوس برقی'],
    caption: 'آسمان آلوده تهران از بام تهران در صبح دوشنبه', credit: 'عکس: همشهری',
    related: ['موتورسیکلت‌های کاربراتوری از ۱۴۰۵ شماره نمی‌شوند', 'تعطیلی مدارس در روزهای آلوده؛ تصمیم با کیست؟', 'نقشه ایستگاه‌های سنجش هوای تهران'],
    mostRead: ['قیمت بلیت مترو و اتوبوس تهران در سال ۱۴۰۵', 'مدارس تهران فردا تعطیل است؟', 'زمان بازگشایی پل طبیعت', 'محدوده جدید طرح ترافیک'],
    comments: [['ساکن شهرری', 'اتوبوس‌های خط ما از دود سیاه دیده نمی‌شوند.'], ['مهدی', 'تا موتورهای کاربراتوری جمع نشوند هوا پاک نمی‌شود.']],
    speakers: [
      { name: 'فرزانه اسدی‌پور', role: 'مدیرعامل شرکت کنترل کیفیت هوای تهران', also_called: ['وی', 'اسدی‌پور'], statements: 4 },
      { name: 'نیلوفر صدری‌زاده', role: 'عضو کمیسیون سلامت و محیط زیست شورای شهر تهران', also_called: ['صدری‌زاده'], statements: 2 },
      { name: 'محمدحسن نوروزی', role: 'راننده تاکسی', also_called: [], statements: 1 },
    ],
    speakers_never: ['رئیس شورای شهر تهران', 'اداره کل هواشناسی استان تهران', 'سازمان جهانی بهداشت', 'محمود شجاعی'],
    figures: [
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم خودروها و موتورسیکلت‌ها از ذرات معلق (lead, title, repeated: listed once)' },
      { value: 700000, unit: 'موتورسیکلت', kind: 'count', about: '«بیش از ۷۰۰ هزار موتورسیکلت» کاربراتوری' },
      { value: 9, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های با هوای ناسالم' },
      { value: 23, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های سنجش' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'سهم صنایع و نیروگاه‌ها' },
      { value: 5, unit: 'برابر', kind: 'count', about: '«تا ۵ برابر» آلایندگی موتورسیکلت کاربراتوری' },
      { value: 6200, unit: 'اتوبوس', kind: 'count', about: '«۶ هزار و ۲۰۰ اتوبوس» ناوگان' },
      { value: 2800, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های بالای ۱۰ سال' },
      { value: 1000, unit: 'اتوبوس', kind: 'count', about: '«هزار اتوبوس» تازه‌ای که قرار بود برسد (count in words)' },
      { value: 310, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های تحویل‌شده' },
      { value: 220, unit: 'اتوبوس', kind: 'count', about: 'اتوبوس‌های برقی قرارداد' },
      { value: 45000000000, unit: 'تومان', kind: 'money', about: 'قیمت هر اتوبوس برقی (kept; «هر اتوبوس» its basis)' },
      { value: 7000000, unit: 'مرگ', kind: 'count', about: '«حدود ۷ میلیون مرگ زودرس» سالانه در جهان' },
    ],
    figures_never: ['«کمتر از ۲٫۵ میکرون»: the name of the pollutant (PM2.5)', '«۱۰ سال» (the buses\' age), «۱۰ ساعت», «دو ساعت»: age and durations', '«دیروز», «پایان هفته», «پایان سال گذشته», «پایان آذر», «روز جمعه», «هفته گذشته», «سال ۱۳۹۶»: dates', '«سالانه», «روزی», «ماهانه»: bases', '«یک خودروی سواری»: lone «یک»', 'the video caption and the «بیشتر بخوانید» box: not body'],
    notes: [
      'A city-council report in Hamshahri Online\'s 2025 desktop template (header with today, mega menu with sub-services, «خبر فوری» ticker; breadcrumb; «کد خبر ۹۳۷۲۱۵» and «سه‌شنبه ۶ آبان ۱۴۰۴ - ۰۸:۳۰»; kicker (not body), h1.title, p.summary.introtext as lead; photo with caption and credit; div.item-text with an EMBEDDED APARAT VIDEO and its caption after paragraph 3 and a «بیشتر بخوانید» box after paragraph 5, neither body; tags, short link, share, «خبرهای مرتبط», two approved comments under «نظر شما» with a count, «پربیننده‌ها»; JSON-LD NewsArticle + BreadcrumbList with +03:30). The ARTICLE TEXT (title, lead, body, caption) is typed with ARABIC yeh and kaf (ي ك), the chrome, tags, box and video caption with Persian letters: the gold title and body are exactly what the page shows; names, roles, units and speakers_never are given in Persian letters.',
      'statements: Asadipour, given by role only in the lead («ROLE گفت …», one), then «NAME دیروز … اظهار کرد:» (one), «وی افزود:» (one), «اسدی‌پور … تصریح کرد:» (two sentences, once) = 4; Sadrizadeh, introduced as «ROLE، NAME،»: «… با انتقاد از … گفت:» (multi-sentence quote, once), «صدری‌زاده افزود:» (two sentences, once) = 2; Nowruzi, a citizen: «NAME، ROLE که …، به خبرنگار همشهری آنلاین گفت:» (multi-sentence quote, once) = 1. His role is «راننده تاکسی» (the relative clause «که در خیابان انقلاب کار می‌کند» only places him).',
      'The council\'s chairman («خواستار … شد») is met only by title: not a speaker; the Tehran weather office («اعلام کرد») and the WHO («بر اساس گزارش») are organizations; Shojaei, who led the drafting of the programme, is only mentioned. «۲٫۵ میکرون» belongs to the name of the pollutant; «تا ۵ برابر» is count/برابر; «هزار اتوبوس» is a count in words; the 60 percent of the lead and of paragraph 2 is one figure.',
    ],
  },
  {
    name: 'tabnak-tehran-dams-water-pressure', site: 'tabnak', zwnjLost: true,
    inline: 'جدول کاهش فشار آب در مناطق تهران',
    url: 'https://www.tabnak.ir/fa/news/1331542/ذخایر-سدهای-تهران-به-۸-درصد-رسید',
    title: 'ذخایر سدهای تهران به ۸ درصد رسید؛ فشار آب شبانه در همه مناطق کاهش می‌یابد',
    kicker: 'بحران آب در پایتخت', date: '۷ آبان ۱۴۰۴ - ۱۷:۰۵',
    lead: 'حجم آب ذخیره‌شده در پنج سد تأمین‌کننده آب تهران به حدود ۱۴۰ میلیون مترمکعب رسیده که تنها ۸ درصد ظرفیت این سدهاست؛ شرکت آب و فاضلاب استان تهران از کاهش فشار آب در ساعات شب در همه مناطق پایتخت خبر داد.',
    paras: [
      'به گزارش تابناک، بهروز سلطانی‌مقدم، مدیرعامل شرکت آب منطقه‌ای تهران، امروز در حاشیه بازدید از سد امیرکبیر به خبرنگاران گفت: از ابتدای سال آبی جدید تقریباً هیچ بارش مؤثری در حوضه آبریز سدهای تهران نداشته‌ایم و ورودی سدها نسبت به مدت مشابه پارسال ۴۳ درصد کاهش یافته است.',
      'وی ادامه داد: «این پنجمین سال خشکسالی پیاپی در استان تهران است. میانگین بارش بلندمدت تهران حدود ۲۴۰ میلی‌متر است، اما در سال آبی گذشته فقط ۱۵۲ میلی‌متر بارش ثبت شد. سد لار امروز کمتر از ۲ درصد آب دارد و سد امیرکبیر که بخش مهمی از آب غرب تهران را تأمین می‌کند، با حدود ۱۰ درصد ظرفیت کار می‌کند.',
      'اگر تا پایان آذر بارش قابل توجهی نداشته باشیم، ناچاریم برداشت از چاه‌های اضطراری را بیشتر کنیم. امروز حدود ۶۵ درصد آب شرب تهران از منابع زیرزمینی تأمین می‌شود و این یعنی فشار بیشتر بر دشتی که سالانه تا ۳۰ سانتی‌متر فرونشست دارد. از مردم می‌خواهیم مصرف خود را دست‌کم ۲۰ درصد کم کنند.»',
      'در همین حال، شرکت آب و فاضلاب استان تهران اعلام کرد فشار آب شبکه از ساعت ۲۲ تا ۵ صبح در همه مناطق کاهش می‌یابد و از مشترکان ساختمان‌های بلند خواست برای جلوگیری از قطعی آب در طبقات بالا، مخزن و پمپ نصب کنند.',
      'سخنگوی صنعت آب کشور، مژگان نیک‌فر، نیز در گفت‌وگو با تابناک با اشاره به مصرف آب در پایتخت گفت: مصرف سرانه آب خانگی در تهران روزانه حدود ۲۲۰ لیتر است که تقریباً دو برابر الگوی مصرف است. حدود ۲۵ درصد مشترکان تهرانی پرمصرف به شمار می‌روند.',
      'نیک‌فر افزود: برای مشترکان پرمصرف تعرفه تصاعدی اعمال شده و از ابتدای آبان، قبض بیش از ۱۸۰ هزار مشترک پرمصرف با جریمه صادر شده است. اگر مصرف کم نشود، نصب تجهیزات کاهنده فشار در این واحدها اجباری می‌شود.',
      'وزیر نیرو روز گذشته در جلسه هیئت دولت گزارشی از وضعیت آب تهران ارائه کرد. همچنین قرار است فاز نخست خط انتقال آب از سد طالقان به تهران که با مدیریت علی دهقان‌پور اجرا می‌شود، تا پایان امسال با ظرفیت ۴ مترمکعب در ثانیه به بهره‌برداری برسد.',
    ],
    extras: {
      0: '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Tehran reservoirs at 8% of capacity, the lowest level in six decades. Night-time pressure cuts start across the city. <a href="https://t.co/Qw7eR2nLpX">pic.twitter.com/Qw7eR2nLpX</a></p>&mdash; Tehran Water Watch (@TehranWaterWatch) <a href="https://twitter.com/TehranWaterWatch/status/1983512964821036912">October 29, 2025</a></blockquote>',
      3: '<div class="inbody_related">بخوانید: <a href="https://www.tabnak.ir/fa/news/1330977">جدول کاهش فشار آب در مناطق تهران</a></div>',
    },
    tags: ['بحران آب', 'سدهای تهران', 'کم آبی', 'آب و فاضلاب تهران'],
    caption: 'بستر خشک‌شده دریاچه سد امیرکبیر در کرج', credit: 'عکس: تابناک',
    related: ['جیره‌بندی آب در تهران تکذیب شد', 'فرونشست دشت تهران رکورد زد', 'مصرف آب تهران ۱۲ درصد کم شد'],
    mostRead: ['قیمت دلار امروز ۷ آبان ۱۴۰۴', 'واریز عیدی بازنشستگان', 'ساعت کاری ادارات تهران تغییر کرد', 'فهرست پرمصرف‌ترین محله‌های تهران'],
    comments: [['کاربر ناشناس', 'چرا از سال‌ها پیش کسی برای این بحران برنامه نداشت؟'], ['رضا از غرب تهران', 'فشار آب ما از ساعت ۲۰ افت می‌کند نه ۲۲.']],
    speakers: [
      { name: 'بهروز سلطانی‌مقدم', role: 'مدیرعامل شرکت آب منطقه‌ای تهران', also_called: ['وی'], statements: 2 },
      { name: 'مژگان نیک‌فر', role: 'سخنگوی صنعت آب کشور', also_called: ['نیک‌فر'], statements: 2 },
    ],
    speakers_never: ['شرکت آب و فاضلاب استان تهران', 'وزیر نیرو', 'علی دهقان‌پور', 'Tehran Water Watch'],
    figures: [
      { value: 5, unit: 'سد', kind: 'count', about: '«پنج سد» تأمین‌کننده آب تهران (count in words, lead)' },
      { value: 140000000, unit: 'مترمکعب', kind: 'measure', about: '«حدود ۱۴۰ میلیون مترمکعب» ذخیره سدها (lead)' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'پرشدگی سدها (lead, title)' },
      { value: 43, unit: 'درصد', kind: 'percent', about: 'کاهش ورودی سدها' },
      { value: 240, unit: 'میلی‌متر', kind: 'measure', about: 'میانگین بارش بلندمدت' },
      { value: 152, unit: 'میلی‌متر', kind: 'measure', about: 'بارش سال آبی گذشته' },
      { value: 2, unit: 'درصد', kind: 'percent', about: '«کمتر از ۲ درصد» آب سد لار' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'ظرفیت سد امیرکبیر' },
      { value: 65, unit: 'درصد', kind: 'percent', about: 'سهم منابع زیرزمینی از آب شرب' },
      { value: 30, unit: 'سانتی‌متر', kind: 'measure', about: '«سالانه تا ۳۰ سانتی‌متر» فرونشست (kept; «سالانه» its basis)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'کاهش مصرف درخواستی' },
      { value: 220, unit: 'لیتر', kind: 'measure', about: 'مصرف سرانه روزانه (kept; «روزانه» its basis)' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«تقریباً دو برابر الگوی مصرف»' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'سهم مشترکان پرمصرف' },
      { value: 180000, unit: 'مشترک', kind: 'count', about: '«بیش از ۱۸۰ هزار مشترک» با قبض جریمه‌دار' },
      { value: 4, unit: 'مترمکعب', kind: 'measure', about: '«۴ مترمکعب در ثانیه» ظرفیت خط انتقال طالقان (kept; «در ثانیه» its basis)' },
    ],
    figures_never: ['«پنجمین سال», «فاز نخست»: ordinals', '«ساعت ۲۲ تا ۵ صبح»: clock times', '«امروز», «ابتدای سال آبی جدید», «سال آبی گذشته», «پایان آذر», «ابتدای آبان», «روز گذشته», «پایان امسال»: dates', '«سالانه», «روزانه», «در ثانیه»: bases', 'the embedded tweet («8%», «six decades»), the «بخوانید:» line and the ticker («۴.۲ ریشتری»): not body'],
    notes: [
      'A water-crisis report in Tabnak\'s long-lived custom template (top bar with today, logo, menu with sub-menus, a «آخرین اخبار» <marquee> ticker; news path «صفحه نخست » اجتماعی » آب»; «کد خبر: ۱۳۳۱۵۴۲» and «تاریخ انتشار: ۰۷ آبان ۱۴۰۴ - ۱۷:۰۵» (zero-padded day) — NO date metadata at all, the visible line is the only date; rutitr (not body), h1.Htag, div.subtitle as lead; photo with «caption (credit)»; div.body with an EMBEDDED TWEET in English after paragraph 1 and a «بخوانید:» related line after paragraph 4, neither body; tags, «نسخه چاپی | ارسال به دوستان | تعداد بازدید», «اخبار مرتبط», comments with «انتشار یافته / در انتظار بررسی / غیر قابل انتشار» counts, «پربیننده ترین», footer). The page LOST EVERY ZWNJ (text and chrome): body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Soltani-Moghaddam: «NAME، ROLE، امروز … به خبرنگاران گفت:» (one), «وی ادامه داد: «…»» — a LONG DIRECT QUOTE running over TWO PARAGRAPHS (opened in paragraph 2, closed at the end of paragraph 3), one quoted text after «:», counted once = 2; Nikfar, introduced as «ROLE، NAME،»: «… گفت:» (multi-sentence quote, once), «نیک‌فر افزود:» (two sentences, once) = 2.',
      'The provincial water and wastewater company announces twice (lead «… خبر داد», «اعلام کرد … و … خواست»): an organization, not a speaker; the minister of energy («گزارشی … ارائه کرد») is met only by title; Dehghanpour, who manages the Taleqan pipeline, is only mentioned; the tweeting account is not a speaker and its tweet is not body. «پنج سد» is a count in words; the two «۲» (درصد, برابر) and «۲۰ درصد»/«۲۵ درصد» are distinct figures; «۴ مترمکعب در ثانیه» is kept as a measure next to «۱۴۰ میلیون مترمکعب».',
    ],
  },
  {
    name: 'bbcpersian-cop30-forest-fund', site: 'bbc', author: 'سپیده صالحی',
    url: 'https://www.bbc.com/persian/articles/c0q4x2gr7n5o',
    title: 'کاپ ۳۰ در بلم؛ کشورهای جنگلی خواستار صندوق ۱۲۵ میلیارد دلاری شدند',
    kicker: '', date: '۲۰ آبان ۱۴۰۴ - ۱۴:۱۰',
    lead: 'در دومین روز سی‌امین کنفرانس تغییرات اقلیمی سازمان ملل (کاپ ۳۰) در شهر بلم برزیل، کشورهای دارای جنگل‌های استوایی از کشورهای ثروتمند خواستند به صندوقی با سرمایه ۱۲۵ میلیارد دلار برای حفاظت از جنگل‌ها بپیوندند.',
    paras: [
      'این صندوق که «تسهیلات جنگل‌های استوایی برای همیشه» نام گرفته، قرار است سالانه به ازای هر هکتار جنگل حفظ‌شده حدود ۴ دلار به کشورهای صاحب جنگل بپردازد. به گفته برگزارکنندگان، تاکنون تنها حدود ۶ میلیارد دلار از سرمایه مورد نیاز آن تعهد شده است.',
      'لوسیانا ماسکارنیاس، مذاکره‌کننده ارشد هیئت برزیل، روز سه‌شنبه به خبرنگاران گفت: «جنگل‌های آمازون فقط متعلق به برزیل نیستند؛ آنها تنظیم‌کننده آب و هوای کل کره زمین‌اند. اگر کشورهای ثروتمند می‌خواهند این جنگل‌ها سرپا بمانند، باید هزینه نگهداری‌شان را هم بپردازند.»',
      'خانم ماسکارنیاس افزود که نرخ جنگل‌زدایی در آمازون برزیل در ۱۲ ماه منتهی به ژوئیه ۱۱ درصد کاهش یافته، اما آتش‌سوزی‌های سال گذشته بیش از ۲ میلیون هکتار از جنگل‌های این کشور را از بین برده است.',
      '## تردید درباره نظارت',
      'همه کارشناسان اما به این صندوق خوش‌بین نیستند. هلموت گرونوالد، پژوهشگر سیاست اقلیمی در مؤسسه پوتسدام برای پژوهش‌های اثرات اقلیمی، معتقد است پرداخت بر اساس مساحت جنگل، بدون نظارت مستقل ماهواره‌ای، می‌تواند به کشورهایی پول برساند که جنگل‌زدایی را فقط از یک منطقه به منطقه دیگر منتقل کرده‌اند.',
      'آقای گرونوالد به بی‌بی‌سی فارسی گفت: «سازوکار صندوق روی کاغذ خوب است، اما تجربه ده سال گذشته نشان می‌دهد تعهدهای مالی کشورهای ثروتمند معمولاً نیمه‌کاره می‌ماند.» به گفته او، از ۱۰۰ میلیارد دلار کمک سالانه‌ای که کشورهای توسعه‌یافته در سال ۲۰۰۹ وعده داده بودند، در بیشتر سال‌ها کمتر از ۸۰ درصد پرداخت شد.',
      '## ایران و توافق پاریس',
      'هیئت ایرانی در این کنفرانس به ریاست یکی از معاونان سازمان حفاظت محیط زیست حضور دارد. شیوا رحمانی‌فر، کارشناس اقلیم و عضو هیئت ایرانی در کاپ ۳۰، در گفت‌وگو با بی‌بی‌سی فارسی گفت ایران توافق پاریس را در سال ۲۰۱۶ امضا کرده، اما تصویب آن در مجلس هنوز به نتیجه نرسیده است. به گفته خانم رحمانی‌فر، سهم ایران از انتشار جهانی گازهای گلخانه‌ای حدود ۲ درصد است و کشور برای کاهش آن به سرمایه‌گذاری خارجی نیاز دارد.',
      'سازمان جهانی هواشناسی هم روز دوشنبه در گزارشی اعلام کرد سال ۲۰۲۵ احتمالاً دومین یا سومین سال گرم ثبت‌شده خواهد بود و میانگین دمای جهان در این سال حدود ۱٫۴ درجه سانتی‌گراد بالاتر از دوران پیش از صنعتی شدن است.',
      'روز دوشنبه حدود ۵ هزار نفر از بومیان آمازون، از جمله جوآنا فریرا، فعال بومی از ایالت پارا، در خیابان‌های بلم راهپیمایی کردند. کنفرانس کاپ ۳۰ تا ۲۱ نوامبر ادامه دارد و نمایندگان نزدیک به ۲۰۰ کشور در آن حضور دارند.',
    ],
    extras: {
      1: `<div class="bbc-1lbpyhn"><a href="#end-of-twitter-content-1" class="bbc-skip">نادیده گرفتن مطلب توییتر, ۱</a><div class="bbc-consent"><p>اجازه محتوای توییتر را می‌دهید؟</p><p>این مطلب حاوی محتوایی است که توییتر ارائه کرده است. پیش از نمایش، اجازه شما را می‌خواهیم چون ممکن است توییتر از کوکی‌ها استفاده کند.</p><button type="button">قبول کنید و ادامه دهید</button></div><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Indigenous peoples are the guardians of the forest. No deal on the Amazon without us. #COP30</p>&mdash; APIB (@apiboficial) <a href="https://twitter.com/apiboficial/status/1988120447263518931">November 10, 2025</a></blockquote><p class="bbc-warning">هشدار: ممکن است محتوای وب‌سایت‌های دیگر حاوی آگهی باشد</p><div id="end-of-twitter-content-1" class="bbc-end">پایان مطلب توییتر, ۱</div></div>`,
    },
    tags: ['تغییرات اقلیمی', 'برزیل', 'جنگل‌های آمازون', 'محیط زیست'],
    caption: 'جنگل‌زدایی در حاشیه آمازون در ایالت پارای برزیل', credit: 'Getty Images',
    related: ['کاپ ۳۰ چیست و چرا در آمازون برگزار می‌شود؟', 'گرم‌ترین دهه ثبت‌شده؛ ایران چقدر گرم‌تر شده است؟', 'ریزگردها و خشکسالی؛ سهم تغییرات اقلیمی چقدر است؟'],
    mostRead: ['بحران آب تهران؛ سدها در پایین‌ترین سطح شش دهه اخیر', 'دلار در بازار تهران از مرز ۱۱۰ هزار تومان گذشت', 'ماجرای توقیف نفتکش در تنگه هرمز', 'پرواز مستقیم تهران-تورنتو پس از ۱۳ سال؟'],
    comments: [],
    speakers: [
      { name: 'لوسیانا ماسکارنیاس', role: 'مذاکره‌کننده ارشد هیئت برزیل', also_called: ['خانم ماسکارنیاس'], statements: 2 },
      { name: 'هلموت گرونوالد', role: 'پژوهشگر سیاست اقلیمی در مؤسسه پوتسدام برای پژوهش‌های اثرات اقلیمی', also_called: ['آقای گرونوالد', 'او'], statements: 3 },
      { name: 'شیوا رحمانی‌فر', role: 'کارشناس اقلیم و عضو هیئت ایرانی در کاپ ۳۰', also_called: ['خانم رحمانی‌فر'], statements: 2 },
    ],
    speakers_never: ['برگزارکنندگان', 'سازمان جهانی هواشناسی', 'جوآنا فریرا', 'سازمان حفاظت محیط زیست', 'APIB'],
    figures: [
      { value: 125000000000, unit: 'دلار', kind: 'money', about: '«۱۲۵ میلیارد دلار» سرمایه صندوق (lead, title)' },
      { value: 4, unit: 'دلار', kind: 'money', about: 'پرداخت سالانه به ازای هر هکتار (kept; «هر هکتار» its basis)' },
      { value: 6000000000, unit: 'دلار', kind: 'money', about: '«حدود ۶ میلیارد دلار» تعهدشده' },
      { value: 11, unit: 'درصد', kind: 'percent', about: 'کاهش نرخ جنگل‌زدایی' },
      { value: 2000000, unit: 'هکتار', kind: 'measure', about: '«بیش از ۲ میلیون هکتار» جنگل سوخته' },
      { value: 100000000000, unit: 'دلار', kind: 'money', about: '«۱۰۰ میلیارد دلار» وعده کمک سالانه ۲۰۰۹' },
      { value: 80, unit: 'درصد', kind: 'percent', about: '«کمتر از ۸۰ درصد» پرداخت‌شده' },
      { value: 2, unit: 'درصد', kind: 'percent', about: 'سهم ایران از انتشار جهانی' },
      { value: 1.4, unit: 'درجه', kind: 'measure', about: '«حدود ۱٫۴ درجه سانتی‌گراد» گرمایش (a decimal)' },
      { value: 5000, unit: 'نفر', kind: 'count', about: '«حدود ۵ هزار نفر» راهپیمایان بومی' },
      { value: 200, unit: 'کشور', kind: 'count', about: '«نزدیک به ۲۰۰ کشور» حاضر' },
    ],
    figures_never: ['«سی‌امین», «کاپ ۳۰»: an ordinal and the conference\'s name', '«دومین روز», «دومین یا سومین سال»: ordinals', '«۱۲ ماه منتهی به ژوئیه», «ده سال گذشته»: durations', '«سال ۲۰۰۹», «سال ۲۰۱۶», «سال ۲۰۲۵», «۲۱ نوامبر», «روز سه‌شنبه», «روز دوشنبه»: dates', '«سالانه», «هر هکتار»: bases', '«یک منطقه», «یکی از معاونان»: lone «یک»', 'the embedded tweet and its consent text, the byline and the date line: not body'],
    notes: [
      'An international report in BBC Persian\'s SIMORGH app (2025: skip link «رفتن به محتوای اصلی», service nav with a «بیشتر» drop-down; h1#content; NO rutitr; a byline list with the visually hidden labels «نویسنده،» and «نقش،»; the visible date is a <time datetime="2025-11-11"> with the JALALI DATE ONLY, «۲۰ آبان ۱۴۰۴», and NO time; the instant is only in the JSON-LD ReportageNewsArticle (datePublished «2025-11-11T10:40:00.000Z», UTC) and in window.SIMORGH_DATA (firstPublished in milliseconds), next to a dateModified 47 minutes later; the gold is that instant in Tehran time (14:10); the lead is the BOLD FIRST PARAGRAPH of the text (body); the photo\'s credit and caption carry the hidden labels «منبع تصویر،» and «توضیح تصویر،»; subheadings h2 (body); an EMBEDDED TWEET in English wrapped in «نادیده گرفتن مطلب توییتر, ۱» … «پایان مطلب توییتر, ۱» with the consent text after paragraph 2, not body; «مطالب پیشنهادی» and «مطالب مرتبط» topic links; «پربیننده‌ترین»; footer «بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست»). No «به گزارش» opening, as BBC writes.',
      'statements: Mascarenhas (a FOREIGN speaker, invented name): «NAME، ROLE، روز سه‌شنبه به خبرنگاران گفت: «…»» (two-sentence quote, once), «خانم ماسکارنیاس افزود که …» (one) = 2; Grünwald (foreign, invented): «NAME، ROLE، معتقد است …» (one), «آقای گرونوالد به بی‌بی‌سی فارسی گفت: «…»» (one), «به گفته او، …» (one) = 3; Rahmanifar: «NAME، ROLE، در گفت‌وگو با بی‌بی‌سی فارسی گفت …» (one), «به گفته خانم رحمانی‌فر، …» (one) = 2. BBC\'s «خانم/آقای + surname» are the later references.',
      'The organisers («به گفته برگزارکنندگان») are an unnamed group; the WMO («اعلام کرد») is an organization; the head of Iran\'s delegation is met only as «یکی از معاونان سازمان حفاظت محیط زیست»; the indigenous activist Ferreira is only mentioned (she marched); the tweeting organisation (APIB) is an account and its tweet is not body. «۱٫۴ درجه سانتی‌گراد» is a decimal measure with unit درجه; «۴ دلار» per hectare is kept with its basis left out.',
    ],
  },
  {
    name: 'euronews-germany-iranian-asylum-rate', site: 'euronews',
    inline: 'پیمان مهاجرت اتحادیه اروپا از ژوئن ۲۰۲۶ اجرایی می‌شود',
    url: 'https://parsi.euronews.com/2025/11/04/germany-iranian-asylum-acceptance-rate-falls',
    title: 'نرخ پذیرش درخواست پناهندگی ایرانیان در آلمان به ۳۸ درصد کاهش یافت',
    kicker: 'اروپا', date: '۱۳ آبان ۱۴۰۴ - ۱۲:۴۰',
    lead: 'اداره فدرال مهاجرت و پناهندگی آلمان (بامف) اعلام کرد در ۹ ماه نخست ۲۰۲۵ نرخ پذیرش درخواست‌های پناهندگی شهروندان ایرانی به ۳۸ درصد رسیده است؛ این رقم در سال ۲۰۲۴ حدود ۴۹ درصد بود.',
    paras: [
      'بر اساس آماری که بامف روز دوشنبه منتشر کرد، از ژانویه تا پایان سپتامبر امسال حدود ۷ هزار و ۹۰۰ شهروند ایرانی برای نخستین بار در آلمان درخواست پناهندگی داده‌اند که ۱۸ درصد کمتر از مدت مشابه سال گذشته است. ایرانیان پس از سوری‌ها، افغان‌ها و ترک‌ها چهارمین گروه بزرگ متقاضیان پناهندگی در این کشور هستند.',
      'کلاوس دیتریش، سخنگوی وزارت کشور آلمان، در نشست خبری روز دوشنبه در برلین گفت تصمیم‌گیری درباره هر پرونده «بر اساس شرایط فردی متقاضی» انجام می‌شود و کاهش نرخ پذیرش به معنای تغییر سیاست برلین در قبال ایران نیست.',
      'آقای دیتریش افزود: «دولت فدرال به تعهدات خود بر اساس کنوانسیون ژنو پایبند است. اما کسانی که درخواستشان رد شده و حکم قطعی خروج دارند، باید آلمان را ترک کنند.» به گفته او، در حال حاضر حدود ۱۲۰۰ شهروند ایرانی در آلمان حکم قطعی خروج دارند.',
      'پریسا جهانبخش، وکیل حقوق پناهندگی در هامبورگ، اما به یورونیوز فارسی گفت بسیاری از پرونده‌هایی که در ماه‌های اخیر پیگیری کرده، با وجود مدارک روشن از بازداشت یا احضار متقاضی در ایران، رد شده‌اند.',
      'خانم جهانبخش گفت: «دادگاه‌های اداری در حدود نیمی از پرونده‌هایی که به آنها اعتراض شده، رأی بامف را نقض می‌کنند. این نشان می‌دهد بررسی اولیه دقیق نیست و متقاضیان ماه‌ها در بلاتکلیفی می‌مانند.»',
      'بر اساس داده‌های بامف، رسیدگی به پرونده‌های ایرانیان به‌طور میانگین ۸٫۵ ماه طول می‌کشد. سازمان حمایت از پناهجویان «پرو آزول» نیز در بیانیه‌ای از دولت آلمان خواست اخراج پناهجویان ایرانی را به‌طور کامل متوقف کند.',
      'یولیا برانت، نماینده حزب سبزها در بوندستاگ، هم در پیامی در شبکه ایکس نوشت که «بازگرداندن معترضان به ایران، جان آنها را به خطر می‌اندازد». برانت پیش‌تر نیز خواستار توقف کامل اخراج به ایران شده بود.',
      'در ماه اوت، اخراج محمدرضا ش.، پناهجوی ایرانی اهل کرج، با اعتراض فعالان حقوق بشر در فرودگاه فرانکفورت در آخرین لحظه متوقف شد. وزیر کشور آلمان هفته آینده در بروکسل با همتایان اروپایی خود درباره اجرای پیمان جدید مهاجرت و پناهندگی اتحادیه اروپا گفت‌وگو می‌کند. بر اساس آمار رسمی، حدود ۳۱۹ هزار نفر با پیشینه ایرانی در آلمان زندگی می‌کنند.',
    ],
    extras: {
      2: '<div class="c-widget-related"><h3 class="c-widget-related__title">بیشتر بخوانید</h3><ul><li><a href="https://parsi.euronews.com/2025/10/30/balkan-route-borders-closed">مرزهای بالکان همچنان بسته می‌ماند</a></li><li><a href="https://parsi.euronews.com/2025/10/28/eu-migration-pact-june-2026">پیمان مهاجرت اتحادیه اروپا از ژوئن ۲۰۲۶ اجرایی می‌شود</a></li></ul></div>',
      6: '<div class="widget widget--type-embed widget--size-fullwidth"><blockquote class="twitter-tweet" data-lang="de"><p lang="de" dir="ltr">Abschiebungen in den Iran müssen sofort gestoppt werden. Wer dort protestiert hat, ist in Lebensgefahr.</p>&mdash; Julia Brandt (@juliabrandt_mdb) <a href="https://twitter.com/juliabrandt_mdb/status/1985392017746239912">3. November 2025</a></blockquote></div>',
    },
    tags: ['آلمان', 'پناهندگی', 'مهاجرت', 'ایران'],
    caption: 'متقاضیان پناهندگی در برابر اداره مهاجرت در شهر بوخوم آلمان', credit: 'AP Photo',
    related: ['هلند بررسی پرونده‌های پناهجویان ایرانی را متوقف کرد', 'سوئد قانون جدید اقامت را تصویب کرد', 'شمار پناهجویان در اروپا ۲۰ درصد کاهش یافت'],
    mostRead: ['قطارهای شبانه جدید میان برلین و پاریس', 'اعتصاب کارکنان فرودگاه‌های آلمان', 'هشدار سرما در شمال اروپا', 'برنده جایزه ادبی گنکور معرفی شد'],
    comments: [],
    speakers: [
      { name: 'کلاوس دیتریش', role: 'سخنگوی وزارت کشور آلمان', also_called: ['آقای دیتریش', 'او'], statements: 3 },
      { name: 'پریسا جهانبخش', role: 'وکیل حقوق پناهندگی در هامبورگ', also_called: ['خانم جهانبخش'], statements: 2 },
      { name: 'یولیا برانت', role: 'نماینده حزب سبزها در بوندستاگ', also_called: ['برانت'], statements: 2 },
    ],
    speakers_never: ['اداره فدرال مهاجرت و پناهندگی آلمان', 'بامف', 'پرو آزول', 'وزیر کشور آلمان', 'محمدرضا ش.'],
    figures: [
      { value: 38, unit: 'درصد', kind: 'percent', about: 'نرخ پذیرش ۲۰۲۵ (lead, title)' },
      { value: 49, unit: 'درصد', kind: 'percent', about: 'نرخ پذیرش ۲۰۲۴ (lead)' },
      { value: 7900, unit: 'شهروند', kind: 'count', about: '«حدود ۷ هزار و ۹۰۰ شهروند ایرانی» متقاضی' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'کاهش درخواست‌ها' },
      { value: 1200, unit: 'شهروند', kind: 'count', about: 'ایرانیان دارای حکم قطعی خروج' },
      { value: 319000, unit: 'نفر', kind: 'count', about: '«حدود ۳۱۹ هزار نفر» با پیشینه ایرانی' },
    ],
    figures_never: ['«۹ ماه نخست ۲۰۲۵», «سال ۲۰۲۴», «ژانویه تا پایان سپتامبر», «روز دوشنبه», «ماه اوت», «هفته آینده»: dates and periods', '«چهارمین گروه», «نخستین بار»: ordinals', '«۸٫۵ ماه»: a duration', '«حدود نیمی»: vague', 'the German post on X, the read-more widget («ژوئن ۲۰۲۶»), the CET date line: not body'],
    notes: [
      'A Europe story in Euronews Persian\'s 2025 template (edition picker and «زنده» button, mega menu, «خبر فوری» bar; breadcrumb; h1.c-article-redesign-title; the summary paragraph as lead; byline «یورونیوز فارسی» «با دی‌پی‌ای»; the date ONLY in CENTRAL EUROPEAN TIME, DAY-FIRST with Latin digits: «منتشر شده در 04/11/2025 - 10:10 GMT+1» and «به‌روز شده 04/11/2025 - 11:32 GMT+1» (GMT+1 because CEST ended on 26 October), the <time datetime> «2025-11-04 10:10:00 +01:00», article:published_time and JSON-LD «2025-11-04T10:10:00+01:00»; the gold is that instant in Tehran time, 12:40 +03:30; share row with «نظرها»; photo with «حق نشر» credit; a «بیشتر بخوانید» widget listing two stories after paragraph 3 and an EMBEDDED POST ON X IN GERMAN after paragraph 7, neither body; keywords, «اخبار مرتبط», comments prompt, «پربیننده‌ترین‌ها»).',
      'statements: Dietrich (foreign, invented): «NAME، ROLE، در نشست خبری … گفت …» (one), «آقای دیتریش افزود: «…»» (two-sentence quote, once), «به گفته او، …» (one) = 3; Jahanbakhsh: «NAME، ROLE، اما به یورونیوز فارسی گفت …» (one), «خانم جهانبخش گفت: «…»» (one) = 2; Brandt (foreign, invented): «NAME، ROLE، هم در پیامی در شبکه ایکس نوشت که «…»» (one), «برانت پیش‌تر نیز خواستار … شده بود» (a request, one) = 2. Her post embedded below is not body and adds nothing.',
      'BAMF announces and publishes statistics («اعلام کرد», «منتشر کرد», «بر اساس داده‌های»): an organization; Pro Asyl («در بیانیه‌ای … خواست») is an organization; the German interior minister is met only by title and does not speak; the deported asylum seeker «محمدرضا ش.» is only mentioned. «۸٫۵ ماه» is a duration; «حدود نیمی» is vague.',
    ],
  },
  {
    name: 'independentpersian-nurse-emigration-interview', site: 'independent', author: 'سارا مرادی',
    inline: 'مهاجرت پزشکان؛ ۵ هزار گواهی حسن سابقه در یک سال',
    url: 'https://www.independentpersian.com/node/421876/گفت‌وگو/پرستاری-که-پس-از-۱۶-سال-رفت',
    title: 'گفت‌وگو با پرستاری که پس از ۱۶ سال کار در ایران مهاجرت کرد: «شیفت‌های ۳۶ ساعته دیگر تحمل‌پذیر نبود»',
    kicker: 'مهاجرت پرستاران', date: '۱۰ آبان ۱۴۰۴ - ۱۹:۰۰',
    lead: 'آمارهای رسمی نشان می‌دهد سالانه دست‌کم ۳ هزار پرستار ایرانی کشور را ترک می‌کنند؛ ایندیپندنت فارسی با یکی از آنها گفت‌وگو کرده است.',
    paras: [
      'به گفته حمید ابراهیمی‌فر، عضو هیئت‌مدیره سازمان نظام پرستاری، کمبود پرستار در بیمارستان‌های ایران به حدود ۱۰۰ هزار نفر رسیده است؛ در حالی که برای هر تخت بیمارستانی در کشور به‌طور میانگین ۰٫۸ پرستار وجود دارد، استاندارد جهانی ۲ تا ۳ پرستار است. ابراهیمی‌فر ماه گذشته در گفت‌وگو با یک روزنامه داخلی هشدار داده بود که اگر روند فعلی ادامه یابد، برخی بخش‌های مراقبت ویژه تعطیل خواهند شد.',
      'وزارت بهداشت در مقابل اعلام کرده است حقوق پایه پرستاران از ابتدای امسال ۴۵ درصد افزایش یافته و ۱۲ هزار پرستار تازه از طریق طرح نیروی انسانی به کار گرفته شده‌اند.',
      'نرگس ملکی‌زاده، پرستار مراقبت‌های ویژه، ۱۶ سال در یکی از بیمارستان‌های دولتی تهران کار کرد و از پاییز ۱۴۰۲ در بیمارستانی در دوسلدورف آلمان مشغول است. با او درباره تصمیمش گفت‌وگو کرده‌ایم.',
      'Q: چه شد که تصمیم به رفتن گرفتید؟',
      'خستگی. در سال‌های آخر گاهی ۳۶ ساعت پشت سر هم شیفت بودم، چون بخش نیرو نداشت. شب‌ها برای ۱۲ تخت ویژه فقط ۴ پرستار داشتیم. حقوقم با اضافه‌کار حدود ۱۸ میلیون تومان می‌شد که کفاف اجاره خانه را هم نمی‌داد.',
      'Q: مهاجرت چقدر برایتان هزینه داشت؟',
      'بیشترین هزینه برای کلاس زبان، ترجمه و ارزشیابی مدارک بود؛ روی هم حدود ۴۰۰ میلیون تومان خرج کردم. یک سال کلاس رفتم تا مدرک زبان آلمانی سطح بی‌۲ را گرفتم و بعد شش ماه در یک خانه سالمندان به‌عنوان کمک‌پرستار کار کردم تا مدرکم تأیید شد.',
      'Q: شرایط کارتان حالا چطور است؟',
      'اینجا هم کمبود پرستار هست و کار سخت است، اما در هر شیفت مسئول حداکثر ۲ بیمار ویژه‌ام. حقوق ماهانه‌ام حدود ۳ هزار و ۴۰۰ یورو است. در بیمارستان ما الان ۱۱ پرستار ایرانی کار می‌کنند و چند نفر دیگر هم در راه‌اند.',
      'Q: همکاران سابقتان در تهران چه می‌کنند؟',
      'از ۹ پرستاری که با هم در یک شیفت بودیم، ۵ نفر یا رفته‌اند یا در حال رفتن‌اند. آنهایی که مانده‌اند بیشتر به خاطر خانواده مانده‌اند، نه به خاطر کار. چند نفرشان هم کار بالینی را کنار گذاشته‌اند و حالا در داروخانه یا شرکت‌های تجهیزات پزشکی کار می‌کنند.',
      'Q: به برگشتن فکر می‌کنید؟',
      'هر روز. مادرم در تهران تنهاست و هر بار که تماس می‌گیرد، دلم می‌لرزد. اما تا وقتی کار پرستار در ایران دیده نشود، برنمی‌گردم.',
    ],
    extras: {
      1: '<div class="readmore-block"><h3>بیشتر بخوانید</h3><ul><li><a href="https://www.independentpersian.com/node/419935">مهاجرت پزشکان؛ ۵ هزار گواهی حسن سابقه در یک سال</a></li></ul></div>',
      6: '<p class="promo"><a href="https://t.me/IndependentPersian">ایندیپندنت فارسی را در تلگرام دنبال کنید</a></p>',
    },
    tags: ['مهاجرت', 'پرستاران', 'نظام سلامت', 'آلمان'],
    caption: 'بخش مراقبت‌های ویژه یک بیمارستان دولتی در تهران', credit: 'عکس: خبرگزاری فرانسه',
    related: ['مهاجرت پزشکان متخصص؛ کدام رشته‌ها خالی می‌شوند؟', 'آلمان ۱۰ هزار پرستار خارجی جذب می‌کند', 'اعتراض پرستاران به تعرفه اضافه‌کار'],
    mostRead: ['قیمت دلار در بازار تهران از ۱۱۰ هزار تومان گذشت', 'خاموشی‌های زمستانی از آذر؟', 'ماجرای پرواز لغوشده تهران-استانبول', 'کنکور ۱۴۰۵ در دو نوبت برگزار می‌شود'],
    comments: [],
    speakers: [
      { name: 'حمید ابراهیمی‌فر', role: 'عضو هیئت‌مدیره سازمان نظام پرستاری', also_called: ['ابراهیمی‌فر'], statements: 2 },
      { name: 'نرگس ملکی‌زاده', role: 'پرستار مراقبت‌های ویژه', also_called: [], statements: 5 },
    ],
    speakers_never: ['وزارت بهداشت', 'سازمان نظام پرستاری', 'ایندیپندنت فارسی'],
    figures: [
      { value: 3000, unit: 'پرستار', kind: 'count', about: '«دست‌کم ۳ هزار پرستار» مهاجر سالانه (lead; «سالانه» its basis)' },
      { value: 100000, unit: 'نفر', kind: 'count', about: '«حدود ۱۰۰ هزار نفر» کمبود پرستار' },
      { value: 0.8, unit: 'پرستار', kind: 'count', about: '«۰٫۸ پرستار» برای هر تخت (a decimal)' },
      { value: 2, unit: 'پرستار', kind: 'count', about: 'استاندارد جهانی, low end («۲ تا ۳ پرستار»)' },
      { value: 3, unit: 'پرستار', kind: 'count', about: 'استاندارد جهانی, high end' },
      { value: 45, unit: 'درصد', kind: 'percent', about: 'افزایش حقوق پایه' },
      { value: 12000, unit: 'پرستار', kind: 'count', about: 'پرستاران تازه به کار گرفته' },
      { value: 12, unit: 'تخت', kind: 'count', about: 'تخت‌های ویژه بخش' },
      { value: 4, unit: 'پرستار', kind: 'count', about: 'پرستاران شیفت شب' },
      { value: 18000000, unit: 'تومان', kind: 'money', about: 'حقوق با اضافه‌کار' },
      { value: 400000000, unit: 'تومان', kind: 'money', about: 'هزینه مهاجرت' },
      { value: 2, unit: 'بیمار', kind: 'count', about: '«حداکثر ۲ بیمار ویژه» در هر شیفت' },
      { value: 3400, unit: 'یورو', kind: 'money', about: '«۳ هزار و ۴۰۰ یورو» حقوق ماهانه' },
      { value: 11, unit: 'پرستار', kind: 'count', about: 'پرستاران ایرانی بیمارستان دوسلدورف' },
      { value: 9, unit: 'پرستار', kind: 'count', about: 'پرستاران هم‌شیفت سابق در تهران' },
      { value: 5, unit: 'نفر', kind: 'count', about: 'همکارانی که رفته‌اند یا در حال رفتن‌اند' },
    ],
    figures_never: ['«۱۶ سال», «۳۶ ساعت», «۳۶ ساعته» (title), «یک سال», «شش ماه»: durations', '«پاییز ۱۴۰۲», «ابتدای امسال», «ماه گذشته»: dates', '«سطح بی‌۲»: a language level\'s name', '«هر تخت», «هر شیفت», «ماهانه», «سالانه»: bases', '«چند نفر دیگر», «چند نفرشان»: vague', '«یک شیفت»: lone «یک»', 'the read-more list («۵ هزار گواهی») and the Telegram promo line: not body'],
    notes: [
      'A Q&A INTERVIEW on Independent Persian, a DRUPAL 10 site (Generator meta, drupal-settings-json, node--type-article, field--name-… classes, skip link «پرش به محتوای اصلی»; header with today, «پخش زنده», mega menu, «آخرین اخبار» ticker; breadcrumb; kicker field (not body); h1.page-header; field-summary as lead; byline with the author link and a <time datetime="2025-11-01T15:30:00+00:00"> whose text is «شنبه ۱۰ آبان ۱۴۰۴ - ۱۹:۰۰» (Tehran time); article:published_time and JSON-LD in UTC «+00:00»; photo with «caption (credit)»; field--name-body with the QUESTIONS in bold paragraphs (body), a «بیشتر بخوانید» list after paragraph 2 and a Telegram promo line after the second answer, neither body; an italic disclaimer at the end of the body field, «مطالب منتشرشده در بخش گفت‌وگو لزوما بیانگر دیدگاه ایندیپندنت فارسی نیست.», not body; keywords, share block, «مطالب مرتبط», «پربازدیدترین»; no comments).',
      'statements: Ebrahimifar: «به گفته NAME، ROLE، …» (the sentence runs to «… ۲ تا ۳ پرستار است», one), «ابراهیمی‌فر ماه گذشته … هشدار داده بود که …» (one) = 2; Malekizadeh: one per interview answer = 5 (the paragraph introducing her, which gives her name and role, is not a statement; «با او … گفت‌وگو کرده‌ایم» is the interviewer\'s).',
      'The ministry of health («اعلام کرده است») is an organization; the nursing council is only named in a role. «۰٫۸ پرستار» is a decimal count; «۲ تا ۳ پرستار» gives both ends; «۳۶ ساعت» (the shifts) is a duration, also in the title; «سطح بی‌۲» is a level\'s name, not a figure.',
    ],
  },
  {
    name: 'donyaeeqtesad-tehran-housing-october', site: 'donya', author: 'نگار مرتضوی',
    inline: 'پیش‌بینی بازار اجاره در فصل جابه‌جایی زمستانی',
    url: 'https://donya-e-eqtesad.com/بخش-مسکن-66/4216543-قیمت-هر-متر-آپارتمان-در-تهران-به-۱۰۲-میلیون-تومان-رسید',
    title: 'قیمت هر متر آپارتمان در تهران به ۱۰۲ میلیون تومان رسید؛ معاملات مهر ۲۶ درصد کم شد',
    kicker: 'گزارش بازار مسکن در مهر ۱۴۰۴', date: '۱۲ آبان ۱۴۰۴ - ۰۹:۲۵',
    lead: 'بر اساس داده‌های سامانه املاک و اسکان، میانگین قیمت هر متر مربع آپارتمان در تهران در مهر امسال به حدود ۱۰۲ میلیون تومان رسید که نسبت به مهر پارسال ۳۴ درصد بیشتر است؛ در همین ماه تنها ۴ هزار و ۱۰۰ قرارداد خرید و فروش در پایتخت ثبت شد.',
    paras: [
      'به گزارش دنیای اقتصاد، شمار معاملات ثبت‌شده در مهر حدود ۲۶ درصد کمتر از شهریور بوده و بازار مسکن پایتخت همچنان در رکود تورمی به سر می‌برد. سهم آپارتمان‌های کوچک‌متراژ از کل معاملات به ۴۱ درصد رسیده که نشان می‌دهد قدرت خرید متقاضیان بیش از پیش کاهش یافته است.',
      'بر اساس این آمار، منطقه یک با میانگین ۲۳۵ میلیون تومان برای هر متر مربع گران‌ترین و منطقه ۱۸ با حدود ۴۳ میلیون تومان ارزان‌ترین منطقه پایتخت بوده است. ارزش کل معاملات مهر نیز حدود ۳۱ همت برآورد می‌شود.',
      'پیمان شاه‌حسینی، اقتصاددان و پژوهشگر بازار مسکن، در گفت‌وگو با دنیای اقتصاد رکود معاملات را نتیجه رقابت بازارهای موازی دانست و گفت: وقتی نرخ سود سپرده‌های یک‌ساله بانکی به ۲۳ درصد و تورم عمومی به بیش از ۴۵ درصد رسیده، پول به سمت بازارهایی می‌رود که نقدشوندگی بیشتری دارند. مسکن در این رقابت بازنده است.',
      'شاه‌حسینی افزود که تا زمانی که انتظارات تورمی مهار نشود، خریداران مصرفی توان ورود به بازار را نخواهند داشت و فروشندگان هم حاضر به کاهش قیمت نیستند.',
      'رئیس اتحادیه مشاوران املاک تهران، مصطفی قلی‌زاده، نیز گفت: میانگین اجاره‌بها در تهران در یک سال گذشته حدود ۳۸ درصد افزایش یافته و سقف ۲۵ درصدی که ستاد تنظیم بازار برای افزایش اجاره‌بها تعیین کرده بود، در عمل رعایت نمی‌شود. بسیاری از مستأجران ناچار به مناطق ارزان‌تر یا شهرهای اطراف کوچ می‌کنند.',
      'قلی‌زاده همچنین از کاهش حدود ۲۰ درصدی شمار بنگاه‌های فعال املاک در پایتخت در دو سال اخیر خبر داد.',
      'در سمت عرضه، رامین توکلی‌نژاد، عضو هیئت‌مدیره کانون انبوه‌سازان استان تهران، هزینه ساخت هر متر مربع آپارتمان معمولی در تهران را حدود ۳۸ میلیون تومان اعلام کرد. به گفته این فعال ساختمانی، شمار پروانه‌های ساختمانی صادرشده در تهران در نیمه نخست امسال به کمتر از ۲ هزار و ۷۰۰ فقره رسیده است.',
      'وزارت راه و شهرسازی هم اعلام کرده است تا پایان امسال ۳۵ هزار واحد طرح نهضت ملی مسکن در استان تهران به متقاضیان تحویل می‌شود. رئیس کل بانک مرکزی نیز هفته گذشته از افزایش سقف وام خرید مسکن زوج‌های جوان خبر داده بود.',
    ],
    extras: {
      1: `<table class="news-table"><caption>میانگین قیمت هر متر مربع به تفکیک مناطق منتخب (میلیون تومان)</caption><thead><tr><th>منطقه</th><th>مهر ${persian(1403)}</th><th>مهر ${persian(1404)}</th></tr></thead><tbody>${[[1, 176, 235], [3, 139, 184], [5, 80, 106], [10, 47, 62], [18, 33, 43]].map(([z, a, b]) => `<tr><td>${persian(z)}</td><td>${persian(a)}</td><td>${persian(b)}</td></tr>`).join('')}</tbody></table>`,
      4: '<div class="more-news"><span>بیشتر بخوانید</span> <a href="https://donya-e-eqtesad.com/بخش-مسکن-66/4213871">پیش‌بینی بازار اجاره در فصل جابه‌جایی زمستانی</a></div>',
    },
    tags: ['بازار مسکن', 'قیمت آپارتمان', 'اجاره‌بها', 'تهران'],
    caption: 'نمایی از ساختمان‌های مسکونی غرب تهران', credit: 'عکس: دنیای اقتصاد',
    related: ['سقف وام مسکن زوج‌ها افزایش یافت', 'رکود ساخت‌وساز در کلان‌شهرها', 'قیمت مسکن در شهرهای اطراف تهران'],
    mostRead: ['پیش‌بینی قیمت دلار در آبان', 'بازدهی بازارها در مهر ۱۴۰۴', 'سکه امامی وارد کانال تازه شد', 'شاخص کل بورس چقدر افت کرد؟'],
    comments: [['مستأجر', 'حقوق ما ۲۰ درصد زیاد شد و اجاره ۵۰ درصد.'], ['علی', 'آمار سامانه با قیمت واقعی بنگاه‌ها فرق دارد.']],
    speakers: [
      { name: 'پیمان شاه‌حسینی', role: 'اقتصاددان و پژوهشگر بازار مسکن', also_called: ['شاه‌حسینی'], statements: 2 },
      { name: 'مصطفی قلی‌زاده', role: 'رئیس اتحادیه مشاوران املاک تهران', also_called: ['قلی‌زاده'], statements: 2 },
      { name: 'رامین توکلی‌نژاد', role: 'عضو هیئت‌مدیره کانون انبوه‌سازان استان تهران', also_called: ['این فعال ساختمانی'], statements: 2 },
    ],
    speakers_never: ['سامانه املاک و اسکان', 'ستاد تنظیم بازار', 'وزارت راه و شهرسازی', 'رئیس کل بانک مرکزی'],
    figures: [
      { value: 102000000, unit: 'تومان', kind: 'money', about: '«حدود ۱۰۲ میلیون تومان» میانگین قیمت هر متر مربع (lead, title; «هر متر مربع» its basis)' },
      { value: 34, unit: 'درصد', kind: 'percent', about: 'رشد سالانه قیمت' },
      { value: 4100, unit: 'قرارداد', kind: 'count', about: '«۴ هزار و ۱۰۰ قرارداد» خرید و فروش' },
      { value: 26, unit: 'درصد', kind: 'percent', about: 'کاهش معاملات نسبت به شهریور (title too)' },
      { value: 41, unit: 'درصد', kind: 'percent', about: 'سهم آپارتمان‌های کوچک‌متراژ' },
      { value: 235000000, unit: 'تومان', kind: 'money', about: 'میانگین منطقه یک' },
      { value: 43000000, unit: 'تومان', kind: 'money', about: 'میانگین منطقه ۱۸' },
      { value: 31000000000000, unit: 'همت', kind: 'money', about: '«حدود ۳۱ همت» ارزش معاملات مهر' },
      { value: 23, unit: 'درصد', kind: 'percent', about: 'نرخ سود سپرده یک‌ساله' },
      { value: 45, unit: 'درصد', kind: 'percent', about: '«بیش از ۴۵ درصد» تورم عمومی' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'افزایش اجاره‌بها' },
      { value: 25, unit: 'درصد', kind: 'percent', about: '«سقف ۲۵ درصدی» افزایش اجاره (unit in base form)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«کاهش حدود ۲۰ درصدی» بنگاه‌های فعال' },
      { value: 38000000, unit: 'تومان', kind: 'money', about: 'هزینه ساخت هر متر مربع' },
      { value: 2700, unit: 'فقره', kind: 'count', about: '«کمتر از ۲ هزار و ۷۰۰ فقره» پروانه ساختمانی' },
      { value: 35000, unit: 'واحد', kind: 'count', about: 'واحدهای نهضت ملی مسکن در استان تهران' },
    ],
    figures_never: ['«منطقه یک», «منطقه ۱۸»: district names', '«سپرده‌های یک‌ساله»: a deposit term', '«یک سال گذشته», «دو سال اخیر», «نیمه نخست امسال»: periods', '«مهر امسال», «مهر پارسال», «شهریور», «پایان امسال», «هفته گذشته»: dates', '«هر متر مربع»: a basis', 'the market bar (دلار، یورو، سکه امامی، شاخص بورس), the data table, the print line («شماره ۶۳۱۹», «صفحه ۱۰») and the comments («۲۰ درصد», «۵۰ درصد»): not body'],
    notes: [
      'A market report in Donya-e-Eqtesad\'s 2025 desktop template (a MARKET BAR with dollar, euro, coin and stock index with percentages; today\'s date, «روزنامه» and «اشتراک» links, mega menu of «بخش»s; breadcrumb; kicker (not body), h1, div.news-lead as lead; the news details «شناسه خبر: ۴۲۱۶۵۴۳», «۱۲ آبان ۱۴۰۴ ۰۹:۲۵» (date and time WITHOUT a separator) and the author; a PRINT-EDITION line «روزنامه دنیای اقتصاد، شماره ۶۳۱۹، دوشنبه ۱۲ آبان ۱۴۰۴، صفحه ۱۰ (مسکن)»; photo with caption and credit; div.news-body with a DATA TABLE (district prices, with its own caption and the 1403 column) after paragraph 2 and a «بیشتر بخوانید» box after paragraph 5, neither body; tags, short link, share, «اخبار مرتبط», two comments with a count, «پربازدیدها»; JSON-LD datePublished +03:30 and a dateModified of the same evening, BreadcrumbList).',
      'statements: Shahhosseini: «NAME، ROLE، … را نتیجه … دانست و گفت:» (one sentence with a two-sentence quote, once), «شاه‌حسینی افزود که …» (one) = 2; Gholizadeh, introduced as «ROLE، NAME،»: «… نیز گفت:» (two sentences, once), «قلی‌زاده همچنین از … خبر داد» (one) = 2; Tavakolinejad: «NAME، ROLE، هزینه … را … اعلام کرد» (one), «به گفته این فعال ساختمانی، …» (one) = 2.',
      'The land registry system («بر اساس داده‌های»), the market regulation headquarters (it set the cap) and the ministry of roads («اعلام کرده است») are organizations; the central bank governor («خبر داده بود») is met only by title: not a speaker. «۳۱ همت» is 3.1e13 toman with unit همت; «۳۸ درصد» (rents) and «۳۸ میلیون تومان» (building cost) are distinct; «منطقه ۱۸» is a district name; the per-square-metre prices are kept with their basis left out.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (lists written for this set).
// ---------------------------------------------------------------------------------------------

/** [time, service, title, one-line lead] of ISNA's latest-news list. */
const ISNA_LATEST: [string, string, string, string][] = [
  ['13:58', 'اقتصادی', 'نرخ سود بین‌بانکی در هفته دوم آبان کاهش یافت', 'نرخ سود در بازار بین‌بانکی برای دومین هفته پیاپی کاهش یافت.'],
  ['13:51', 'ورزشی', 'برنامه هفته دهم لیگ برتر فوتبال اعلام شد', 'سازمان لیگ زمان برگزاری دیدارهای هفته دهم را اعلام کرد.'],
  ['13:47', 'علمی و دانشگاهی', 'زمان ثبت‌نام وام ودیعه مسکن دانشجویان متأهل مشخص شد', 'ثبت‌نام از ۱۵ آبان در سامانه صندوق رفاه آغاز می‌شود.'],
  ['13:40', 'سیاسی', 'جلسه علنی مجلس فردا برگزار نمی‌شود', 'نمایندگان فردا در کمیسیون‌های تخصصی حضور دارند.'],
  ['13:36', 'اجتماعی', 'هشدار هواشناسی برای ۸ استان کشور', 'بارش باران و وزش باد شدید در نوار غربی پیش‌بینی می‌شود.'],
  ['13:29', 'بین‌الملل', 'نشست وزیران خارجه کشورهای همسایه افغانستان در تهران', 'این نشست با حضور نمایندگان شش کشور برگزار می‌شود.'],
  ['13:22', 'فرهنگ و هنر', 'فراخوان جشنواره تئاتر فجر منتشر شد', 'مهلت ارسال آثار تا پایان آذر است.'],
  ['13:15', 'استان‌ها', 'بازگشایی جاده چالوس پس از رانش', 'تردد در محور چالوس از صبح امروز برقرار شد.'],
  ['13:08', 'اقتصادی', 'قیمت طلا و سکه امروز ۴ آبان', 'قیمت سکه امامی در بازار امروز کاهش یافت.'],
  ['13:02', 'علمی و دانشگاهی', 'تقویم آموزشی نیمسال دوم دانشگاه‌ها ابلاغ شد', 'کلاس‌های نیمسال دوم از ۱۸ بهمن آغاز می‌شود.'],
  ['12:55', 'سلامت', 'واکسن آنفلوآنزا در داروخانه‌ها توزیع شد', 'گروه‌های پرخطر در اولویت دریافت واکسن هستند.'],
  ['12:49', 'ورزشی', 'تیم ملی والیبال به اردو دعوت شد', 'سرمربی تیم ملی فهرست ۲۰ نفره را اعلام کرد.'],
];

function isnaLatest(): NonArt {
  const title = 'آخرین اخبار';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آخرین اخبار - ایسنا</title>
<meta name="description" content="آخرین اخبار و گزارش‌های خبرگزاری دانشجویان ایران (ایسنا)">
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="https://www.isna.ir/archive">
<link rel="stylesheet" href="https://www.isna.ir/resources/theme/isna/css/style.css?v=1404.07.3">
</head>
<body class="rtl archive-page">
<div id="top-bar"><div class="container"><span class="today">یکشنبه ${persian(4)} آبان ${persian(1404)}</span> <a href="https://en.isna.ir/">English</a></div></div>
<header id="header"><div class="container"><a class="logo" href="https://www.isna.ir/"><img src="https://www.isna.ir/resources/theme/isna/img/logo.png" alt="ایسنا"></a>
<nav class="menu"><ul><li><a href="https://www.isna.ir/service/Politics">سیاسی</a></li><li><a href="https://www.isna.ir/service/Economy">اقتصادی</a></li><li><a href="https://www.isna.ir/service/Science-University">علمی و دانشگاهی</a></li><li><a href="https://www.isna.ir/service/Social">اجتماعی</a></li><li><a href="https://www.isna.ir/service/Culture-Art">فرهنگ و هنر</a></li><li><a href="https://www.isna.ir/service/Sport">ورزشی</a></li><li><a href="https://www.isna.ir/service/World">بین‌الملل</a></li><li><a href="https://www.isna.ir/service/Province">استان‌ها</a></li></ul></nav></div></header>
<main class="container">
<h1 class="page-title">${title}</h1>
<form class="archive-filter" action="https://www.isna.ir/archive"><select name="service"><option>همه سرویس‌ها</option><option>سیاسی</option><option>اقتصادی</option><option>علمی و دانشگاهی</option></select> <input type="text" name="date" value="۱۴۰۴/۰۸/۰۴"> <button type="submit">نمایش</button></form>
<ul class="items">
${ISNA_LATEST.map(([t, s, h, l], i) => `<li class="news"><figure><img src="https://cdn.isna.ir/d/2025/10/26/1/${63815000 + i * 13}.jpg" alt=""></figure><div class="desc"><span class="service">${s}</span> <time>${persian(t)}</time><h3><a href="https://www.isna.ir/news/14040804${String(7490 - i * 21).padStart(5, '0')}">${esc(h)}</a></h3><p>${esc(l)}</p></div></li>`).join('\n')}
</ul>
<nav class="pagination"><a class="active" href="https://www.isna.ir/archive?pi=1">${persian(1)}</a> <a href="https://www.isna.ir/archive?pi=2">${persian(2)}</a> <a href="https://www.isna.ir/archive?pi=3">${persian(3)}</a> <a href="https://www.isna.ir/archive?pi=2">صفحه بعد</a></nav>
</main>
<footer id="footer"><p>تمامی حقوق این سایت برای خبرگزاری دانشجویان ایران (ایسنا) محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-isna-latest-news-list', markup: 'latest-news-list-isna', url: 'https://www.isna.ir/archive', title, html,
    notes: ['ISNA\'s «آخرین اخبار» (latest news) LIST in the 2025 template: top bar, menu, an archive filter (service and date), twelve items in reverse time order each with a thumbnail, service, time, linked headline and a one-line lead, pagination. Headlines and one-line leads of twelve different stories, no running text of its own: not an article.'] };
}

/** Khabar Online's economy front: [headline, lead or ''] items. */
const KHABAR_TOP: [string, string] = ['بودجه ۱۴۰۵ با فرض نفت ۶۵ دلاری بسته می‌شود؛ کسری چقدر است؟', 'سازمان برنامه و بودجه در بخشنامه بودجه سال آینده قیمت هر بشکه نفت را ۶۵ دلار فرض کرده است؛ کارشناسان می‌گویند با این فرض کسری بودجه از ۸۰۰ همت فراتر می‌رود.'];
const KHABAR_ITEMS: [string, string][] = [
  ['پیش‌بینی بازار طلا و سکه در هفته دوم آبان', 'بازار'], ['وام ازدواج ۳۰۰ میلیونی؛ صف بانک‌ها کوتاه شد؟', 'بانک و بیمه'],
  ['صادرات غیرنفتی هفت ماه ۸ درصد کم شد', 'تجارت'], ['قیمت خودرو در بازار؛ ۵ آبان', 'خودرو'],
  ['بورس امروز؛ شاخص کل ۲۲ هزار واحد افت کرد', 'بورس'], ['اجاره‌بها در تهران از حقوق کارمندان جلو زد', 'مسکن'],
  ['ناترازی گاز زمستان را تهدید می‌کند', 'انرژی'], ['حداقل دستمزد ۱۴۰۵؛ پیشنهاد کارگران چیست؟', 'کار و تعاون'],
];

function khabarEconomy(): NonArt {
  const title = 'اقتصادی';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>اخبار اقتصادی - خبرآنلاین</title>
<meta name="description" content="آخرین اخبار اقتصادی ایران و جهان: بازار، بورس، مسکن، خودرو، انرژی و بانک در خبرآنلاین">
<link rel="canonical" href="https://www.khabaronline.ir/service/Economy">
<link rel="stylesheet" href="https://www.khabaronline.ir/resources/theme/khabaronline/css/main.min.css?v=88">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'CollectionPage', name: 'اخبار اقتصادی', url: 'https://www.khabaronline.ir/service/Economy', isPartOf: { '@type': 'WebSite', name: 'خبرآنلاین' } })}</script>
</head>
<body class="service-page">
<header class="header"><div class="top"><span class="date">دوشنبه ${persian(5)} آبان ${persian(1404)}</span></div>
<a class="logo" href="https://www.khabaronline.ir/"><img src="https://www.khabaronline.ir/resources/theme/khabaronline/img/logo.png" alt="خبرآنلاین"></a>
<nav class="menu"><ul><li><a href="https://www.khabaronline.ir/service/Politics">سیاسی</a></li><li class="active mega"><a href="https://www.khabaronline.ir/service/Economy">اقتصادی</a><div class="mega-panel"><a href="https://www.khabaronline.ir/service/Economy/market">بازار</a> <a href="https://www.khabaronline.ir/service/Economy/bourse">بورس</a> <a href="https://www.khabaronline.ir/service/Economy/housing">مسکن</a> <a href="https://www.khabaronline.ir/service/Economy/car">خودرو</a> <a href="https://www.khabaronline.ir/service/Economy/energy">انرژی</a></div></li><li><a href="https://www.khabaronline.ir/service/society">جامعه</a></li><li><a href="https://www.khabaronline.ir/service/World">جهان</a></li><li><a href="https://www.khabaronline.ir/service/culture">فرهنگ</a></li><li><a href="https://www.khabaronline.ir/service/sport">ورزش</a></li></ul></nav>
<div class="market-ticker"><span>دلار ${persian('109,700')}</span> <span>سکه امامی ${persian('113,900,000')}</span> <span>شاخص کل ${persian('2,984,120')}</span></div>
</header>
<main class="container">
<h1 class="service-title">${title}</h1>
<nav class="sub-services"><a href="https://www.khabaronline.ir/service/Economy/market">بازار</a> <a href="https://www.khabaronline.ir/service/Economy/bourse">بورس</a> <a href="https://www.khabaronline.ir/service/Economy/housing">مسکن</a> <a href="https://www.khabaronline.ir/service/Economy/car">خودرو</a> <a href="https://www.khabaronline.ir/service/Economy/energy">انرژی</a> <a href="https://www.khabaronline.ir/service/Economy/bank">بانک و بیمه</a></nav>
<section class="top-news"><figure><img src="https://media.khabaronline.ir/d/2025/10/27/4/6120315.jpg" alt=""></figure><div class="desc"><span class="kicker">بودجه</span><h2><a href="https://www.khabaronline.ir/news/2118452">${esc(KHABAR_TOP[0])}</a></h2><p class="lead">${esc(KHABAR_TOP[1])}</p></div></section>
<section class="news-grid"><ul>
${KHABAR_ITEMS.map(([h, s], i) => `<li><figure><img src="https://media.khabaronline.ir/d/2025/10/27/2/${6120400 + i * 11}.jpg" alt=""></figure><span class="sub">${s}</span><h3><a href="https://www.khabaronline.ir/news/${2118440 - i * 17}">${esc(h)}</a></h3><time>${persian(String(13 - Math.floor(i / 3)).padStart(2, '0'))}:${persian(String((47 - i * 5 + 60) % 60).padStart(2, '0'))}</time></li>`).join('\n')}
</ul></section>
<aside class="most-visited"><h2>پربازدیدهای اقتصادی</h2><ol><li><a href="https://www.khabaronline.ir/news/2117990">قیمت دلار امروز ۵ آبان ۱۴۰۴</a></li><li><a href="https://www.khabaronline.ir/news/2117811">زمان واریز یارانه آبان</a></li><li><a href="https://www.khabaronline.ir/news/2117650">جدول حقوق بازنشستگان</a></li></ol></aside>
<nav class="pagination"><a href="https://www.khabaronline.ir/service/Economy?page=2">مطالب بیشتر</a></nav>
</main>
<footer class="footer"><p>کلیه حقوق این سایت متعلق به خبرآنلاین است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-khabaronline-economy-section', markup: 'section-front-khabaronline', url: 'https://www.khabaronline.ir/service/Economy', title, html,
    notes: ['Khabar Online\'s ECONOMY SECTION FRONT («اقتصادی» as <h1>, CollectionPage JSON-LD): header with today, mega menu, a market ticker; sub-service links; a TOP STORY with kicker, headline and a one-sentence lead that carries figures; a grid of eight headlines with sub-service and time; most-read; «مطالب بیشتر». One lead sentence and headlines of nine stories: a section front, not an article.'] };
}

/** [title, duration, date] of Radio Farda's video archive. */
const FARDA_VIDEOS: [string, string, string][] = [
  ['صف آب در محله‌های غرب تهران؛ گزارش شهروندان', '02:41', '۲۰ آبان ۱۴۰۴'],
  ['کاپ ۳۰ در بلم: کشورهای جنگلی چه می‌خواهند؟', '04:12', '۲۰ آبان ۱۴۰۴'],
  ['گفت‌وگو با یک اقتصاددان درباره بودجه ۱۴۰۵', '11:05', '۱۹ آبان ۱۴۰۴'],
  ['بازار تهران پس از جهش دلار', '01:58', '۱۹ آبان ۱۴۰۴'],
  ['پناهجویان ایرانی در آلمان؛ نرخ پذیرش کاهش یافت', '03:27', '۱۸ آبان ۱۴۰۴'],
  ['آلودگی هوای تهران از نگاه رانندگان تاکسی', '02:09', '۱۸ آبان ۱۴۰۴'],
  ['برنامه «ساعت ششم»: مرور خبرهای روز', '26:30', '۱۷ آبان ۱۴۰۴'],
  ['فرونشست زمین در دشت ورامین', '05:44', '۱۷ آبان ۱۴۰۴'],
  ['مهاجرت پرستاران؛ روایت سه پرستار', '07:16', '۱۶ آبان ۱۴۰۴'],
];

function fardaVideos(): NonArt {
  const title = 'ویدیو';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ویدیو | رادیو فردا</title>
<meta name="description" content="ویدیوهای رادیو فردا: گزارش، گفت‌وگو و برنامه‌های تصویری">
<meta property="og:site_name" content="رادیو فردا">
<link rel="canonical" href="https://www.radiofarda.com/z/20254">
<link rel="stylesheet" href="https://www.radiofarda.com/Content/responsive/RFE/fa-IR/RFE-fa-IR.css?av=0.0.0.0&amp;cb=312">
</head>
<body class="pg-section pg-section--video">
<div class="hdr"><a class="skip" href="#content">رفتن به محتوای اصلی</a>
<a class="header__logo" href="https://www.radiofarda.com/"><img src="https://www.radiofarda.com/Content/responsive/RFE/fa-IR/img/logo.svg" alt="رادیو فردا"></a>
<nav class="main-menu"><ul><li><a href="https://www.radiofarda.com/z/20001">ایران</a></li><li><a href="https://www.radiofarda.com/z/20002">جهان</a></li><li><a href="https://www.radiofarda.com/z/20011">اقتصاد</a></li><li class="active"><a href="https://www.radiofarda.com/z/20254">ویدیو</a></li><li><a href="https://www.radiofarda.com/z/20315">پادکست</a></li><li><a href="https://www.radiofarda.com/live/audio/52">پخش زنده</a></li></ul></nav></div>
<main id="content" class="container">
<h1 class="section-head">${title}</h1>
<div class="media-block-wrap"><div class="row">
${FARDA_VIDEOS.map(([t, d, dt], i) => `<div class="col-xs-12 col-sm-6 col-md-4"><div class="media-block"><a class="img-wrap" href="https://www.radiofarda.com/a/video-${33580000 + i * 173}.html"><img src="https://gdb.rferl.org/01000000-0aff-0242-a1b2-08ddf${String(1000 + i)}b1c2_w250_r1.jpg" alt=""><span class="ico ico-video"></span><span class="duration">${persian(d)}</span></a><div class="media-block__content"><a href="https://www.radiofarda.com/a/video-${33580000 + i * 173}.html"><h4 class="media-block__title">${esc(t)}</h4></a><span class="date">${dt}</span></div></div></div>`).join('\n')}
</div></div>
<div class="btn--load-more"><a href="https://www.radiofarda.com/z/20254?p=1">بارگذاری بیشتر</a></div>
</main>
<footer class="ftr"><p>© ${persian(2025)} رادیو فردا. تمامی حقوق محفوظ است.</p><p><a href="https://www.radiofarda.com/p/5326.html">درباره ما</a> <a href="https://www.radiofarda.com/p/5328.html">تماس</a></p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-radiofarda-video-archive', markup: 'video-archive-radiofarda', url: 'https://www.radiofarda.com/z/20254', title, html,
    notes: ['Radio Farda\'s VIDEO ARCHIVE on the RFE/RL Pangea CMS («ویدیو» as <h1>): skip link, menu with «پخش زنده»; nine video cards, each with a thumbnail, a play icon, a duration («۰۲:۴۱», «۲۶:۳۰»), a title and a date; «بارگذاری بیشتر». Titles, durations and dates only: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [isnaLatest(), khabarEconomy(), fardaVideos()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout15', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '90417', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['hamshahrionline-tehran-air-pollution-council']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [350, 500], zwnjInCleanBody: true },
    },
  );
}
