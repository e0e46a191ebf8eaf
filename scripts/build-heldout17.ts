// Builds the SEVENTEENTH held-out fixture set, tests/fixtures/heldout17/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme: Persian-language news sites OUTSIDE IRAN. Eight article pages in the markup
// of eight sites: four Afghan outlets writing Dari (Tolo News on Drupal, Pajhwok Persian on WordPress,
// Hasht-e Subh on WordPress, Afghanistan International as a Next.js app) and four diaspora/international
// Persian services (Radio Farda on RFE/RL's Pangea CMS, DW Persian on DW's React frontend, Kayhan London
// on WordPress, Radio Zamaneh on WordPress), and three non-article pages (a VOA Persian TV programme
// schedule, an Etilaatroz category page, an Amu TV live-updates index). All eight texts were written for
// this set; the names of all quoted officials, experts and citizens are invented.
// Dates: the Afghan pages state Kabul time (+04:30) and/or solar Hijri dates with the Afghan month names
// (حمل … حوت, the same calendar arithmetic as the Iranian months: سرطان = تیر), or Gregorian dates with the
// Dari month names (جولای); the diaspora pages state Iran time, UTC, London (+01:00) or Amsterdam/Bonn
// (+02:00) times. Each `date` below is the instant in Tehran time (+03:30, no DST since 2022), which is
// what the gold `published` holds; the templates render the page's own zone from that instant.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout17.ts          (build + check)
//        npx tsx scripts/build-heldout17.ts --check  (check only)
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { isHead, isQ, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

/** An article of this set; `extras` are blocks a template puts after body paragraph i (embeds, boxes). */
type Art17 = Art & { extras?: Record<number, string> };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout17');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The Iranian month names, the Afghan (Dari) solar month names, and the Gregorian months in Dari and in Iranian Persian. */
const IR_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const AF_MONTHS = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'];
const DARI_GREG = ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسامبر'];
const FA_GREG = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];

/** The instant of the page in another zone (offset in minutes from UTC): wall-clock parts and ISO with that offset. */
function zoned(c: Ctx, off: number) {
  const t = new Date(new Date(c.iso).getTime() + off * 60000);
  const sign = off < 0 ? '-' : '+';
  const zone = off === 0 ? 'Z' : `${sign}${pad2(Math.floor(Math.abs(off) / 60))}:${pad2(Math.abs(off) % 60)}`;
  return {
    y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: pad2(t.getUTCHours()), mi: pad2(t.getUTCMinutes()),
    wd: WEEKDAYS[t.getUTCDay()], iso: `${t.toISOString().slice(0, 19)}${zone}`,
  };
}
const KABUL = 270;
/** The solar Hijri date of the Kabul wall clock: the Tehran day, as long as Tehran time is before 23:00. */
function afDate(c: Ctx): { d: string; m: string; y: string; wd: string; hh: string; mi: string; iso: string } {
  if (Number(c.hh) >= 23) throw new Error(`${c.a.name}: Kabul date would be the next day`);
  const k = zoned(c, KABUL);
  return { d: persian(Number(c.d)), m: AF_MONTHS[Number(c.m) - 1], y: persian(c.y), wd: k.wd, hh: persian(k.hh), mi: persian(k.mi), iso: k.iso };
}
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${IR_MONTHS[Number(c.m) - 1]} ${persian(c.y)}`;
const weekday = (c: Ctx) => zoned(c, 210).wd;

/** Body paragraphs in a template's markup with the blocks of `extras` after the paragraphs they follow. */
function bodyWith(c: Ctx, para: (t: string, i: number) => string, sep = '\n', head = (t: string) => `<h2>${t}</h2>`, q?: (t: string) => string): string {
  const extras = (c.a as Art17).extras ?? {};
  const out: string[] = [];
  c.a.paras.forEach((p, i) => {
    out.push(isHead(p) ? head(esc(plain(p))) : isQ(p) && q ? q(esc(plain(p))) : para(esc(plain(p)), i));
    if (extras[i]) out.push(extras[i]);
  });
  return out.join(sep);
}

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Tolo News, Dari site (DRUPAL 9: Generator meta, drupal-settings-json, data-history-node-id, field--name-*
  // classes, skip link); header with TODAY as weekday + solar Hijri date with the AFGHAN month name, language
  // switch (English / پښتو), breaking-news ticker; breadcrumb; title; byline and date «شنبه، ۱۳ سرطان ۱۴۰۵ -
  // ۱۸:۱۰» in KABUL time; article:published_time with +04:30; the TV report as an embedded YouTube video
  // with its own title before the photo; lead in bold as the first body paragraph; an in-body «همچنان
  // بخوانید:» link; tags, share row («شریک سازید»), related, most-read, comments; footer.
  tolonews: {
    site: 'طلوع‌نیوز',
    boiler: ['همچنان بخوانید:', 'خبر فوری', 'شریک سازید', 'خبرهای مرتبط', 'پربیننده‌ترین‌ها', 'دیدگاه‌ها', 'تمام حقوق برای طلوع‌نیوز محفوظ است', 'پخش زنده', 'گزارش ویدیویی: خشکسالی و کاهش حاصلات گندم در بلخ', 'پرش به محتوای اصلی'],
    render: (c) => {
      const k = afDate(c);
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<link rel="canonical" href="${esc(c.a.url)}" />
<meta property="og:site_name" content="طلوع‌نیوز" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:image" content="https://tolonews.com/sites/default/files/styles/principal_article_image/public/2026-07/balkh-wheat-${c.id}.jpg" />
<meta property="article:published_time" content="${k.iso}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="alternate" hreflang="en" href="https://tolonews.com/afghanistan-${Number(c.id) + 3}" />
<title>${esc(c.a.title)} | طلوع‌نیوز</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq1mT8vL0pD2kS9wR4nB7cY3hJ6fA5eU.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">${js({ path: { baseUrl: '/', scriptPath: null, pathPrefix: 'fa/', currentPath: `node/${c.id}`, currentPathIsAdmin: false, isFront: false, currentLanguage: 'fa' }, pluralDelimiter: '\u0003', ajaxTrustedUrl: {}, user: { uid: 0, permissionsHash: '4f1a9c2e7b3d8e0a' } })}</script>
</head>
<body class="path-node page-node-type-article lang-fa">
<a href="#main-content" class="visually-hidden focusable skip-link">پرش به محتوای اصلی</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header">
<div class="top-bar"><span class="today">${k.wd}، ${k.d} ${k.m} ${k.y}</span> <ul class="language-switcher-language-url"><li><a href="/afghanistan-${Number(c.id) + 3}" hreflang="en">English</a></li><li><a href="/ps" hreflang="ps">پښتو</a></li></ul> <a class="live" href="/fa/live">پخش زنده</a></div>
<div class="region-branding"><a href="/fa" rel="home"><img src="/themes/custom/tolonews/logo-fa.svg" alt="طلوع‌نیوز" /></a></div>
<nav role="navigation" class="main-menu"><ul class="menu"><li><a href="/fa/afghanistan">افغانستان</a></li><li><a href="/fa/world">جهان</a></li><li class="is-active"><a href="/fa/business">اقتصاد</a></li><li><a href="/fa/sport">ورزش</a></li><li><a href="/fa/health">صحت</a></li><li><a href="/fa/opinion">دیدگاه</a></li><li><a href="/fa/videos">ویدیوها</a></li><li><a href="/fa/programs">برنامه‌ها</a></li></ul></nav>
<div class="breaking-news"><span class="label">خبر فوری</span> <a href="/fa/afghanistan-${Number(c.id) + 11}">زمین‌لرزه ۴.۸ ریشتری ولایت بدخشان را لرزاند</a></div>
</header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/fa">خانه</a></li><li><a href="/fa/business">${esc(c.a.kicker)}</a></li></ol></nav></div>
<article data-history-node-id="${c.id}" role="article" about="/fa/afghanistan-${c.id}" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">${esc(c.a.title)}</span></h1>
<div class="node__meta"><span class="field--name-field-reporter">${esc(c.a.author ?? '')}</span> <span class="field--name-created">${k.wd}، ${k.d} ${k.m} ${k.y} - ${k.hh}:${k.mi}</span></div>
<div class="field field--name-field-video"><div class="video-embed-field-responsive-video"><iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" src="https://www.youtube.com/embed/Qm7LxT2vR9k?autoplay=0&amp;start=0&amp;rel=0"></iframe></div><div class="video-title">گزارش ویدیویی: خشکسالی و کاهش حاصلات گندم در بلخ</div></div>
<div class="field field--name-field-image"><img src="/sites/default/files/styles/principal_article_image/public/2026-07/balkh-wheat-${c.id}.jpg" alt="${esc(c.a.caption)}" /><div class="image-caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="field field--name-field-tags"><div class="field__label">برچسب‌ها</div><div class="field__items">${tagLinks(c, '/fa/tags/', ' ', 'field__item')}</div></div>
<div class="share-links"><span>شریک سازید</span> <a href="https://www.facebook.com/sharer/sharer.php?u=${esc(c.a.url)}">فیسبوک</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a></div>
</article>
<section class="related-news"><h2>خبرهای مرتبط</h2><ul>
${li(c.a.related, '/fa/afghanistan-', Number(c.id) - 240)}
</ul></section>
<section class="comments"><h2>دیدگاه‌ها</h2>
${comments(c, (n, t, i) => `<div class="comment"><span class="comment-author">${n}</span> <span class="comment-date">${persian(i ? 2 : 4)} ساعت پیش</span><p>${t}</p></div>`)}
<form class="comment-form"><input type="text" placeholder="نام" /><textarea placeholder="دیدگاه شما"></textarea><button type="submit">ارسال</button></form></section>
<aside class="most-viewed"><h2>پربیننده‌ترین‌ها</h2><ol>
${li(c.a.mostRead, '/fa/afghanistan-', Number(c.id) - 95)}
</ol></aside>
</main>
<footer class="site-footer"><ul class="footer-menu"><li><a href="/fa/about">درباره ما</a></li><li><a href="/fa/contact">تماس با ما</a></li><li><a href="/fa/privacy">حریم خصوصی</a></li></ul><p>© ${persian(c.y)} تمام حقوق برای طلوع‌نیوز محفوظ است.</p></footer>
</div>
<script src="/sites/default/files/js/js_Lk2pQ9mX4vB8nR1tZ7cW3yF6hJ0dA5sE.js"></script>
</body>
</html>
`;
    },
  },

  // Pajhwok Afghan News, Dari service (WORDPRESS: wp-content paths, Yoast JSON-LD @graph whose
  // datePublished carries +04:30, body_class «single single-post postid-…»); header with language links
  // and a SUBSCRIPTION call («اشتراک»); the date visible as weekday + solar Hijri with the AFGHAN month name
  // and, beside it, the GREGORIAN date with DARI month name, no time; the story text opens with Pajhwok's
  // DATELINE «هرات (پژواک، ۱۵ سرطان ۱۴۰۵):», part of the body; photo with caption; an embedded Facebook
  // VIDEO inside the body; an in-body «خبر مرتبط:» line; tags, share («شریک سازید»), a reuse notice, related,
  // most-read, an empty comment form; footer. The ARTICLE TEXT is typed with ARABIC yeh and kaf (ي ك),
  // the WordPress chrome uses Persian letters.
  pajhwok: {
    site: 'آژانس خبری پژواک',
    boiler: ['خبر مرتبط:', 'مشترک شوید', 'شریک سازید', 'استفاده از مطالب پژواک تنها با ذکر منبع مجاز است', 'خبرهای مرتبط', 'پربیننده‌ترین', 'نظر خود را بنویسید', 'تمام حقوق برای آژانس خبری پژواک محفوظ است', 'ویدیو: صف عودت‌کنندگان در بندر اسلام‌قلعه'],
    render: (c) => {
      const k = afDate(c);
      const g = zoned(c, KABUL);
      const graph = {
        '@context': 'https://schema.org', '@graph': [
          { '@type': 'NewsArticle', '@id': `${c.a.url}#article`, headline: c.a.title, datePublished: k.iso, dateModified: k.iso, author: { name: 'پژواک' }, publisher: { '@id': 'https://pajhwok.com/fa/#organization' }, inLanguage: 'fa-AF' },
          { '@type': 'Organization', '@id': 'https://pajhwok.com/fa/#organization', name: 'آژانس خبری پژواک', url: 'https://pajhwok.com/fa/' },
        ],
      };
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-AF">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | آژانس خبری پژواک</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="آژانس خبری پژواک">
<meta property="og:image" content="https://pajhwok.com/fa/wp-content/uploads/sites/3/2026/07/islam-qala-returnees.jpg">
<script type="application/ld+json" class="yoast-schema-graph">${js(graph)}</script>
<link rel="stylesheet" id="pajhwok-style-css" href="https://pajhwok.com/fa/wp-content/themes/pajhwok/style.css?ver=3.2.7" media="all">
<meta name="generator" content="WordPress 6.5.4">
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard">
<header id="masthead" class="site-header">
<div class="top-header"><span class="header-date">${k.wd} ${k.d} ${k.m} ${k.y}</span> <nav class="lang-nav"><a href="https://pajhwok.com/">English</a> <a href="https://pajhwok.com/ps/">پښتو</a> <a href="https://pajhwok.com/fa/" class="current">دری</a></nav> <a class="subscribe-btn" href="https://pajhwok.com/fa/subscribe/">اشتراک</a></div>
<div class="site-branding"><a href="https://pajhwok.com/fa/" rel="home"><img src="https://pajhwok.com/fa/wp-content/themes/pajhwok/images/logo-dari.png" alt="آژانس خبری پژواک"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="https://pajhwok.com/fa/">صفحه اصلی</a></li><li><a href="https://pajhwok.com/fa/category/political/">سیاسی</a></li><li class="current-post-ancestor"><a href="https://pajhwok.com/fa/category/social/">اجتماعی</a></li><li><a href="https://pajhwok.com/fa/category/economic/">اقتصادی</a></li><li><a href="https://pajhwok.com/fa/category/security/">امنیتی</a></li><li><a href="https://pajhwok.com/fa/category/health/">صحی</a></li><li><a href="https://pajhwok.com/fa/category/sport/">ورزشی</a></li><li><a href="https://pajhwok.com/fa/category/video/">ویدیو</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${c.id}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail category-social">
<header class="entry-header"><span class="cat-links"><a href="https://pajhwok.com/fa/category/social/" rel="category tag">${esc(c.a.kicker)}</a></span>
<h1 class="entry-title">${esc(c.a.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="${k.iso}">${k.wd} ${k.d} ${k.m} ${k.y}</time></span> <span class="greg-date">${persian(g.d)} ${DARI_GREG[g.mo - 1]} ${persian(g.y)}</span> <span class="byline">${esc(c.a.author ?? '')}</span></div></header>
<div class="post-thumbnail"><img src="https://pajhwok.com/fa/wp-content/uploads/sites/3/2026/07/islam-qala-returnees.jpg" alt="${esc(c.a.caption)}"><p class="wp-caption-text">${esc(c.a.caption)} - ${esc(c.a.credit)}</p></div>
<div class="entry-content">
${bodyWith(c, (t) => `<p style="text-align: justify;">${t}</p>`)}
</div>
<footer class="entry-footer"><span class="tags-links">برچسب‌ها: ${tagLinks(c, 'https://pajhwok.com/fa/tag/', '، ')}</span>
<div class="share-box"><span>شریک سازید</span> <a href="https://www.facebook.com/sharer.php?u=${esc(c.a.url)}">فیسبوک</a> <a href="https://twitter.com/share?url=${esc(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a></div>
<p class="reuse-note">استفاده از مطالب پژواک تنها با ذکر منبع مجاز است.</p>
<div class="subscribe-box">برای دسترسی به همه گزارش‌ها و عکس‌های پژواک <a href="https://pajhwok.com/fa/subscribe/">مشترک شوید</a>.</div></footer>
</article>
<section class="related-posts"><h2>خبرهای مرتبط</h2><ul>
${li(c.a.related, 'https://pajhwok.com/fa/?p=', Number(c.id) - 310)}
</ul></section>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">نظر خود را بنویسید</h3><form action="https://pajhwok.com/fa/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment" cols="45" rows="6"></textarea><input id="author" name="author" type="text" placeholder="نام"><input name="submit" type="submit" id="submit" class="submit" value="ارسال نظر"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_popular"><h2 class="widget-title">پربیننده‌ترین</h2><ol>
${li(c.a.mostRead, 'https://pajhwok.com/fa/?p=', Number(c.id) - 1200)}
</ol></section></aside></div>
<footer id="colophon" class="site-footer"><p>© ${persian(g.y)} تمام حقوق برای آژانس خبری پژواک محفوظ است.</p><p>کابل، کارته سه، سرک دارالامان</p></footer>
<script src="https://connect.facebook.net/fa_IR/sdk.js#xfbml=1&amp;version=v19.0" async defer crossorigin="anonymous"></script>
</body>
</html>
`;
    },
  },

  // Hasht-e Subh (8am.media, WORDPRESS with its own theme: article:published_time in UTC «+00:00», the
  // visible date solar Hijri with the AFGHAN month name and NO time); header with English/Pashto links and
  // a DONATION call; category; title; writer line «نویسنده: …» and reading time; featured image with
  // caption; an EMBEDDED YOUTUBE VIDEO with its own title line inside the body; an in-body «بیشتر بخوانید»
  // card; tags, share, a «از ۸صبح حمایت کنید» box, related, most-read, comments; newsletter; footer.
  hashtesubh: {
    site: 'روزنامه ۸صبح',
    boiler: ['بیشتر بخوانید', 'ویدیو: ماموران شاروالی کراچی‌ها را در جاده میوند جمع می‌کنند', 'از ۸صبح حمایت کنید', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'دیدگاه‌ها', 'عضویت در خبرنامه', 'تمامی حقوق برای روزنامه ۸صبح محفوظ است', 'زمان مطالعه'],
    render: (c) => {
      const k = afDate(c);
      const u = zoned(c, 0);
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - ۸صبح</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="روزنامه ۸صبح">
<meta property="article:section" content="${esc(c.a.kicker)}">
<meta property="article:published_time" content="${u.iso.replace('Z', '+00:00')}">
<meta property="og:image" content="https://8am.media/fa/wp-content/uploads/2026/07/karachi-kabul.jpg">
<link rel="stylesheet" id="hashtesubh-main-css" href="https://8am.media/fa/wp-content/themes/8am/assets/css/main.min.css?ver=2.4.1" media="all">
<meta name="generator" content="WordPress 6.5.5">
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard">
<header class="site-header">
<div class="header-top"><a href="https://8am.media/eng/">English</a> <a href="https://8am.media/ps/">پښتو</a> <a class="donate" href="https://8am.media/fa/donate/">حمایت مالی</a></div>
<div class="header-logo"><a href="https://8am.media/fa/"><img src="https://8am.media/fa/wp-content/themes/8am/assets/img/logo.svg" alt="۸صبح"></a></div>
<nav class="main-nav"><ul><li><a href="https://8am.media/fa/category/news/">خبر</a></li><li class="current-menu-item"><a href="https://8am.media/fa/category/report/">گزارش</a></li><li><a href="https://8am.media/fa/category/analysis/">تحلیل</a></li><li><a href="https://8am.media/fa/category/opinion/">دیدگاه</a></li><li><a href="https://8am.media/fa/category/women/">زنان</a></li><li><a href="https://8am.media/fa/category/video/">ویدیو</a></li><li><a href="https://8am.media/fa/category/podcast/">پادکست</a></li></ul></nav>
</header>
<main class="single-main">
<article class="single-post">
<div class="post-category"><a href="https://8am.media/fa/category/report/">${esc(c.a.kicker)}</a></div>
<h1 class="post-title">${esc(c.a.title)}</h1>
<div class="post-meta"><span class="post-author">نویسنده: <a href="https://8am.media/fa/author/${c.id}/">${esc(c.a.author ?? '')}</a></span> <span class="post-date">${k.d} ${k.m} ${k.y}</span> <span class="reading-time">زمان مطالعه: ${persian(4)} دقیقه</span></div>
<figure class="post-thumbnail"><img src="https://8am.media/fa/wp-content/uploads/2026/07/karachi-kabul.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>
<div class="post-excerpt"><p>${esc(c.a.lead ?? '')}</p></div>
<div class="post-content entry-content">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="post-tags">${tagLinks(c, 'https://8am.media/fa/tag/', ' ')}</div>
<div class="post-share"><a href="https://www.facebook.com/sharer/sharer.php?u=${esc(c.a.url)}">فیسبوک</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <button type="button">کاپی لینک</button></div>
<div class="donate-box"><h3>از ۸صبح حمایت کنید</h3><p>روزنامه‌نگاری مستقل برای افغانستان با کمک شما ادامه پیدا می‌کند.</p><a href="https://8am.media/fa/donate/">حمایت مالی</a></div>
</article>
<section class="related-posts"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://8am.media/fa/?p=', Number(c.id) - 77)}
</ul></section>
<section id="comments" class="comments-area"><h2 class="comments-title">دیدگاه‌ها (${persian(c.a.comments.length)})</h2><ol class="comment-list">
${comments(c, (n, t) => `<li class="comment"><article class="comment-body"><b class="fn">${n}</b><div class="comment-content"><p>${t}</p></div></article></li>`)}
</ol><form class="comment-form"><textarea name="comment" placeholder="دیدگاه شما"></textarea><button type="submit">فرستادن دیدگاه</button></form></section>
<aside class="sidebar"><section class="widget"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://8am.media/fa/?p=', Number(c.id) - 431)}
</ol></section>
<section class="widget newsletter"><h2>عضویت در خبرنامه</h2><input type="email" placeholder="ایمیل"><button type="button">عضویت</button></section></aside>
</main>
<footer class="site-footer"><p>تمامی حقوق برای روزنامه ۸صبح محفوظ است.</p></footer>
</body>
</html>
`;
    },
  },

  // Afghanistan International, Dari (NEXT.JS pages router: __NEXT_DATA__ with «publishedAt» in UTC, /_next
  // chunks, CSS-module class names); header with language links and «پخش زنده»; the visible date is
  // GREGORIAN with the DARI month name, «پنجشنبه ۹ جولای ۲۰۲۶», no time, and a <time datetime> in UTC
  // (Z); lead; photo with caption; an EMBEDDED TWEET (Dari text, its own date) inside the body; an in-body
  // «بیشتر بخوانید» card; tags, share, related, most-read; footer.
  afintl: {
    site: 'افغانستان اینترنشنل',
    boiler: ['بیشتر بخوانید', 'پخش زنده', 'همرسانی', 'خبرهای مرتبط', 'پربیننده‌ها', 'تمامی حقوق برای افغانستان اینترنشنل محفوظ است', 'هیچ کشتزار کوکنار در بدخشان باقی نخواهد ماند'],
    render: (c) => {
      const u = zoned(c, 0);
      const next = { props: { pageProps: { article: { id: c.id, title: c.a.title, summary: c.a.lead, category: 'afghanistan', publishedAt: `${u.iso.replace('Z', '')}.000Z`, updatedAt: `${zoned({ ...c, iso: new Date(new Date(c.iso).getTime() + 52 * 60000).toISOString() }, 0).iso.replace('Z', '')}.000Z`, tags: c.a.tags, locale: 'fa-AF' } }, __N_SSG: true }, page: '/[id]', query: { id: c.id }, buildId: 'afintl-3b8e21c', isFallback: false, gsp: true, locale: 'fa', locales: ['fa', 'ps', 'en'], defaultLocale: 'fa', scriptLoader: [] };
      return `<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${esc(c.a.title)} | افغانستان اینترنشنل</title><meta name="description" content="${esc(c.a.lead ?? '')}"/><link rel="canonical" href="${esc(c.a.url)}"/><meta property="og:title" content="${esc(c.a.title)}"/><meta property="og:type" content="article"/><meta property="og:image" content="https://i.afintl.com/images/${c.id}/poppy-badakhshan.jpg"/><meta name="twitter:site" content="@AFIntl_Dari"/><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/5d2a8f1c9e3b7a40.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5d2a8f1c9e3b7a40.css" data-n-g=""/><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-0b5d8249fb15f5f3.js" defer=""></script><script src="/_next/static/chunks/framework-ca706bf673a13738.js" defer=""></script><script src="/_next/static/chunks/main-7a2d0f3a8b1e4c55.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bid%5D-e91c4a7d2b8f3610.js" defer=""></script></head><body><div id="__next">
<header class="Header_header__x7Lq2"><div class="Header_top__3Kd9a"><a href="https://www.afintl.com/en">English</a><a href="https://www.afintl.com/ps">پښتو</a><a class="Header_live__8Qw1z" href="https://www.afintl.com/live">پخش زنده</a></div><a class="Header_logo__2Pm4c" href="https://www.afintl.com/"><img alt="افغانستان اینترنشنل" src="/images/logo-fa.svg" width="180" height="44"/></a>
<nav class="Nav_nav__9Xc1b"><a href="https://www.afintl.com/afghanistan" class="Nav_active__4Rt7y">افغانستان</a><a href="https://www.afintl.com/world">جهان</a><a href="https://www.afintl.com/women">زنان</a><a href="https://www.afintl.com/reports">گزارش‌ها</a><a href="https://www.afintl.com/opinion">دیدگاه</a><a href="https://www.afintl.com/videos">ویدیو</a><a href="https://www.afintl.com/programs">برنامه‌ها</a></nav></header>
<main class="Article_main__6Ty2e"><article class="Article_article__1Nq8v">
<div class="Article_category__5Bd3k"><a href="https://www.afintl.com/afghanistan">${esc(c.a.kicker)}</a></div>
<h1 class="Article_title__7Hs0p">${esc(c.a.title)}</h1>
<div class="Article_meta__2Vx6m"><time dateTime="${u.iso.replace('Z', '')}.000Z">${u.wd} ${persian(u.d)} ${DARI_GREG[u.mo - 1]} ${persian(u.y)}</time></div>
<p class="Article_summary__8Kp3d">${esc(c.a.lead ?? '')}</p>
<figure class="Article_figure__0Lm5q"><img alt="${esc(c.a.caption)}" src="https://i.afintl.com/images/${c.id}/poppy-badakhshan.jpg" width="1200" height="675"/><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="Article_body__4Wz9r">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="Article_tags__3Dq7n">${tagLinks(c, 'https://www.afintl.com/tag/', '')}</div>
<div class="Share_share__6Gh2t"><span>همرسانی</span><a href="https://www.facebook.com/sharer/sharer.php?u=${esc(c.a.url)}">فیسبوک</a><a href="https://x.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a><a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a></div>
</article>
<section class="Related_related__5Mx1c"><h2>خبرهای مرتبط</h2><ul>
${li(c.a.related, 'https://www.afintl.com/', Number(c.id) - 4177)}
</ul></section>
<aside class="MostRead_most__9Bv4k"><h2>پربیننده‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.afintl.com/', Number(c.id) - 8130)}
</ol></aside>
</main>
<footer class="Footer_footer__1Zs8w"><p>تمامی حقوق برای افغانستان اینترنشنل محفوظ است.</p><p><a href="https://www.afintl.com/about">درباره ما</a> <a href="https://www.afintl.com/contact">تماس</a></p></footer>
</div><script id="__NEXT_DATA__" type="application/json">${js(next)}</script><script async src="https://platform.twitter.com/widgets.js" charSet="utf-8"></script></body></html>
`;
    },
  },

  // Radio Farda (RFE/RL's PANGEA CMS: body class pg-article, the «wsw» article-content div, wsw__embed
  // blocks, gdb.rferl.org images, JSON-LD NewsArticle whose datePublished is in Pangea's «2026-07-05
  // 11:12:00Z» shape, UTC with a space and no «T»); category above the title; author link; the visible date
  // «۱۴ تیر ۱۴۰۵ ایران ۱۴:۴۲», Jalali with the IRAN time labelled «ایران», in a <time> whose datetime is UTC;
  // cover with caption; bold intro as lead; an embedded VIDEO player block and an in-body RELATED block
  // («مطالب مرتبط») inside the body; share row with the «پیوند کپی شد» toast; most-read; footer.
  radiofarda: {
    site: 'رادیو فردا',
    boiler: ['مطالب مرتبط', 'پیوند در کلیپ‌بورد کپی شد', 'پربیننده‌ترین', 'پخش زنده', 'رادیو فردا بخشی از رادیو اروپای آزاد/رادیو آزادی است', 'ویدیو: صف آب در نازی‌آباد', 'برنامه‌ها'],
    render: (c) => {
      const u = zoned(c, 0);
      const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', mainEntityOfPage: c.a.url, headline: c.a.title, description: c.a.lead, datePublished: `${u.iso.slice(0, 10)} ${u.iso.slice(11, 19)}Z`, dateModified: `${u.iso.slice(0, 10)} ${u.iso.slice(11, 19)}Z`, image: { '@type': 'ImageObject', url: `https://gdb.rferl.org/01000000-0aff-0242-4e97-08dc9a1c2b3e_w1200_r1.jpg` }, author: { '@type': 'Person', name: 'رادیو فردا' }, publisher: { '@type': 'NewsMediaOrganization', name: 'رادیو فردا', logo: { '@type': 'ImageObject', url: 'https://www.radiofarda.com/Content/responsive/RFE/fa-IR/img/logo.png' } } };
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl" class="no-js">
<head>
<meta charset="utf-8" />
<title>${esc(c.a.title)}</title>
<meta name="title" content="${esc(c.a.title)}" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta name="keywords" content="ایران, ${esc(c.a.tags.join(', '))}" />
<meta name="news_keywords" content="${esc(c.a.tags.join(', '))}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="${esc(c.a.url)}" />
<meta property="og:site_name" content="رادیو فردا" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:image" content="https://gdb.rferl.org/01000000-0aff-0242-4e97-08dc9a1c2b3e_w1200_r1.jpg" />
<meta name="twitter:site" content="@RadioFarda_" />
<script type="application/ld+json">${js(ld)}</script>
<link rel="stylesheet" href="/Content/responsive/RFE/fa-IR/RFE-fa-IR.css?&amp;av=0.0.0.0&amp;cb=388" />
<script src="/Scripts/responsive/loader.b.js?&amp;av=0.0.0.0&amp;cb=388"></script>
</head>
<body dir="rtl" class="pg-article pg-article--single-column">
<div class="hdr-20 hdr-20--big"><div class="hdr-20__inner"><div class="hdr-20__max pull-left"><a class="hdr-20__logo" href="/"><img src="/Content/responsive/RFE/fa-IR/img/logo.svg" alt="رادیو فردا" /></a></div>
<nav class="main-menu"><ul><li><a href="/z/20316">ایران</a></li><li><a href="/z/20318">جهان</a></li><li><a href="/z/20319">اقتصاد</a></li><li><a href="/z/20320">محیط زیست</a></li><li><a href="/z/20317">فرهنگ</a></li><li><a href="/z/20322">برنامه‌ها</a></li><li><a href="/live/audio/84">پخش زنده</a></li></ul></nav></div></div>
<div class="container"><div class="row"><div class="col-xs-12 col-md-10 col-md-offset-1">
<div class="col-category"><a class="category" href="/z/20320">${esc(c.a.kicker)}</a></div>
<div class="col-title"><h1 class="title pg-title">${esc(c.a.title)}</h1></div>
<div class="col-publishing-details"><div class="publishing-details"><div class="links"><ul class="links__list"><li class="links__item"><a class="links__item-link" href="/author/24871.html">رادیو فردا</a></li></ul></div><div class="published"><span class="date"><time pubdate="pubdate" datetime="${u.iso.replace('Z', '+00:00')}">${faDate(c)} ایران ${persian(c.hh)}:${persian(c.mi)}</time></span></div></div></div>
<div class="cover-media"><figure class="media-image js-media-expand"><div class="img-wrap"><div class="thumb thumb16_9"><img src="https://gdb.rferl.org/01000000-0aff-0242-4e97-08dc9a1c2b3e_w1023_r1_s.jpg" alt="${esc(c.a.caption)}" /></div></div><figcaption><span class="caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</span></figcaption></figure></div>
<div class="intro intro--bold"><p>${esc(c.a.lead ?? '')}</p></div>
<div class="body-container"><div class="wsw" id="article-content">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div></div>
<div class="links-share"><ul class="share__list"><li class="share__item"><a href="https://facebook.com/sharer.php?u=${esc(c.a.url)}" title="فیسبوک">فیسبوک</a></li><li class="share__item"><a href="https://twitter.com/share?url=${esc(c.a.url)}" title="ایکس">ایکس</a></li><li class="share__item"><a href="https://telegram.me/share/url?url=${esc(c.a.url)}" title="تلگرام">تلگرام</a></li><li class="share__item"><a href="mailto:?body=${esc(c.a.url)}" title="ایمیل">ایمیل</a></li><li class="share__item"><a class="btn-copy" href="#">کپی پیوند</a></li></ul><div class="js-copy-link-toast hidden">پیوند در کلیپ‌بورد کپی شد</div></div>
<section class="media-block-wrap most-popular"><h2 class="section-head">پربیننده‌ترین</h2><ul>
${li(c.a.mostRead, '/a/', 33490000 - 1173, ' class="mb-grid"')}
</ul></section>
</div></div></div>
<footer role="contentinfo"><div class="footer__copyright"><p>رادیو فردا بخشی از رادیو اروپای آزاد/رادیو آزادی است.</p><p>© ${persian(2026)} RFE/RL, Inc. | همه حقوق محفوظ است.</p></div></footer>
<script src="/Scripts/responsive/RFE/fa-IR/main.js?&amp;av=0.0.0.0&amp;cb=388"></script>
</body>
</html>
`;
    },
  },

  // DW Persian on DW's REACT FRONTEND (server-rendered, styled-components class names «sc-…», a
  // window.__APOLLO_STATE__ cache in an inline script, a JSON-LD NewsArticle with datePublished in UTC
  // «…Z»); header with the DW logo and «فارسی» language switch; breadcrumb; the visible date is NUMERIC
  // Jalali with Persian digits, «۱۴۰۵/۰۴/۱۶», NO time, in a <time datetime="…Z">; author; reading time;
  // teaser as lead; photo with caption and credit «عکس: …/dpa/picture alliance»; an embedded VIDEO player
  // («پخش ویدیو» with duration) and an in-body «برای مطالعه بیشتر» teaser inside the body; «موضوعات»
  // links, share, «گزارش‌های بیشتر»; footer with DW's legal links.
  dw: {
    site: 'دویچه وله فارسی',
    boiler: ['پخش ویدیو', 'برای مطالعه بیشتر', 'زمان مطالعه', 'گزارش‌های بیشتر', 'موضوعات', 'حفاظت از اطلاعات', 'دویچه وله فارسی را در شبکه‌های اجتماعی دنبال کنید', 'ویدیو: پناهجویان در مرز لهستان'],
    render: (c) => {
      const u = zoned(c, 0);
      const ms = `${u.iso.replace('Z', '')}.000Z`;
      const apollo = { [`Article:${c.id}`]: { __typename: 'Article', id: Number(c.id), title: c.a.title, teaser: c.a.lead, contentDate: ms, firstPublicationDate: ms, language: 'FARSI', namedUrl: new URL(c.a.url).pathname, readingTime: 3 } };
      const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: ms, dateModified: ms, inLanguage: 'fa-IR', author: [{ '@type': 'Person', name: c.a.author }], publisher: { '@type': 'Organization', name: 'دویچه وله', logo: { '@type': 'ImageObject', url: 'https://static.dw.com/image/dw-logo.png' } }, mainEntityOfPage: c.a.url };
      return `<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<title>${esc(c.a.title)} – DW – ${pad2(u.d)}.${pad2(u.mo)}.${u.y}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<link rel="canonical" href="${esc(c.a.url)}" />
<meta property="og:site_name" content="DW" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:image" content="https://static.dw.com/image/69512473_6.jpg" />
<script type="application/ld+json">${js(ld)}</script>
<link rel="stylesheet" href="https://www.dw.com/static/css/app.2f7c1a9e.css" />
<style data-styled="active" data-styled-version="5.3.11">.sc-kgTSHT{display:flex}.sc-fmKFGs{font-size:1.6rem}</style>
</head>
<body>
<div id="root">
<header class="sc-kgTSHT gXqLmb"><a class="sc-bOhtcR logo" href="/fa-ir/%D8%AE%D8%A7%D9%86%D9%87/s-9993" aria-label="DW"><svg width="64" height="44" role="img"><title>DW</title></svg></a>
<nav class="sc-dtInlm navigation"><a href="/fa-ir/ایران/s-30469">ایران</a><a href="/fa-ir/جهان/s-30470">جهان</a><a aria-current="page" href="/fa-ir/آلمان/s-30471">آلمان</a><a href="/fa-ir/فرهنگ/s-30473">فرهنگ</a><a href="/fa-ir/علم-و-فناوری/s-30472">علم و فناوری</a><a href="/fa-ir/ویدیو/s-100783">ویدیو</a></nav>
<button class="sc-language" type="button">فارسی</button></header>
<main class="sc-fmKFGs content-area">
<article class="sc-iBdnpw article">
<nav class="sc-breadcrumb" aria-label="breadcrumb"><a href="/fa-ir/آلمان/s-30471">${esc(c.a.kicker)}</a></nav>
<h1 class="sc-jSUZER sc-dkrFOg hfAnCb">${esc(c.a.title)}</h1>
<div class="sc-author-details"><span class="author">${esc(c.a.author ?? '')}</span> <time class="sc-publication-date" datetime="${ms}">${persian(c.y)}/${persian(c.m)}/${persian(c.d)}</time> <span class="reading-time">زمان مطالعه ${persian(3)} دقیقه</span></div>
<p class="sc-teaser teaser-text">${esc(c.a.lead ?? '')}</p>
<figure class="sc-hero-image"><img src="https://static.dw.com/image/69512473_605.webp" alt="${esc(c.a.caption)}" /><figcaption><span class="description">${esc(c.a.caption)}</span> <span class="credits">${esc(c.a.credit)}</span></figcaption></figure>
<div class="sc-gKPRtg rich-text">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="sc-topics"><h2>موضوعات</h2>${tagLinks(c, '/fa-ir/t-', ' ')}</div>
<div class="sc-share"><a href="https://www.facebook.com/sharer/sharer.php?u=${esc(c.a.url)}">فیسبوک</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a> <a href="mailto:?body=${esc(c.a.url)}">ایمیل</a></div>
</article>
<section class="sc-more-reports"><h2>گزارش‌های بیشتر</h2><ul>
${li([...c.a.related.slice(1), ...c.a.mostRead], '/fa-ir/a-', Number(c.id) - 5521)}
</ul></section>
<section class="sc-follow"><p>دویچه وله فارسی را در شبکه‌های اجتماعی دنبال کنید</p><a href="https://www.instagram.com/dw_persian">اینستاگرام</a> <a href="https://x.com/dw_persian">ایکس</a> <a href="https://t.me/dw_persian">تلگرام</a></section>
</main>
<footer class="sc-footer"><p>© ${persian(2026)} Deutsche Welle</p><ul><li><a href="/fa-ir/حفاظت-از-اطلاعات/a-60372198">حفاظت از اطلاعات</a></li><li><a href="/fa-ir/اطلاعیه-حقوقی/a-60371929">اطلاعیه حقوقی</a></li><li><a href="/fa-ir/تماس/s-30485">تماس</a></li></ul></footer>
</div>
<script>window.__APOLLO_STATE__=${js(apollo)};</script>
<script src="https://www.dw.com/static/js/app.9c4e7f21.js" defer></script>
</body>
</html>
`;
    },
  },

  // Kayhan London (WORDPRESS with a magazine theme, Yoast metas: article:published_time in LONDON summer
  // time «+01:00»); header with TODAY as Jalali and Gregorian dates; the article date visible as «… ۱۱ تیر
  // ۱۴۰۵ برابر با ۲ ژوئیه ۲۰۲۶», NO time; category; title; NO separate lead: the text opens with the
  // dateline «کیهان لندن-», part of the body; featured image with caption; an embedded YOUTUBE video with a
  // title line inside the body; an in-body «بیشتر بخوانید:» link; tags, share, a «از کیهان لندن حمایت
  // کنید» box, related, most-read, comments; footer.
  kayhan: {
    site: 'کیهان لندن',
    boiler: ['بیشتر بخوانید:', 'ویدئو: صف خرید ارز در خیابان فردوسی تهران', 'از کیهان لندن حمایت کنید', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'دیدگاه‌ها', 'تمامی حقوق برای کیهان لندن محفوظ است', 'برابر با'],
    render: (c) => {
      const l = zoned(c, 60);
      const gdate = `${persian(l.d)} ${FA_GREG[l.mo - 1]} ${persian(l.y)}`;
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - کیهان لندن</title>
<meta name="robots" content="index, follow">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="کیهان لندن">
<meta property="article:publisher" content="https://www.facebook.com/kayhanlondon">
<meta property="article:published_time" content="${l.iso}">
<meta property="og:image" content="https://kayhan.london/wp-content/uploads/2026/07/ferdowsi-sarrafi.jpg">
<meta name="twitter:label1" content="نوشته‌شده توسط"><meta name="twitter:data1" content="کیهان لندن">
<link rel="stylesheet" id="jnews-frontend-css" href="https://kayhan.london/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.0.2" media="all">
<meta name="generator" content="WordPress 6.5.5">
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard jeg_single_tpl_2">
<div class="jeg_viewport">
<div class="jeg_header"><div class="jeg_topbar"><span class="jeg_top_date">${weekday(c)} ${faDate(c)} - ${gdate}</span> <a href="https://kayhan.london/en/">English</a></div>
<div class="jeg_logo"><a href="https://kayhan.london/fa/"><img src="https://kayhan.london/wp-content/uploads/2021/03/kayhan-logo.png" alt="کیهان لندن"></a></div>
<div class="jeg_nav"><ul class="jeg_menu"><li><a href="https://kayhan.london/fa/category/iran/">ایران</a></li><li><a href="https://kayhan.london/fa/category/world/">جهان</a></li><li class="current-post-ancestor"><a href="https://kayhan.london/fa/category/economy/">اقتصاد</a></li><li><a href="https://kayhan.london/fa/category/culture/">فرهنگ</a></li><li><a href="https://kayhan.london/fa/category/opinion/">دیدگاه</a></li><li><a href="https://kayhan.london/fa/category/video/">ویدئو</a></li></ul></div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">
<div class="jeg_breadcrumbs"><span><a href="https://kayhan.london/fa/">خانه</a></span> › <span><a href="https://kayhan.london/fa/category/economy/">${esc(c.a.kicker)}</a></span></div>
<div class="entry-header"><h1 class="jeg_post_title">${esc(c.a.title)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">کیهان لندن</div> <div class="jeg_meta_date"><a href="${esc(c.a.url)}">${weekday(c)} ${faDate(c)} برابر با ${gdate}</a></div></div></div></div>
<div class="jeg_featured featured_image"><img src="https://kayhan.london/wp-content/uploads/2026/07/ferdowsi-sarrafi.jpg" alt="${esc(c.a.caption)}"><p class="wp-caption-text">${esc(c.a.caption)} - ${esc(c.a.credit)}</p></div>
<div class="entry-content no-share"><div class="content-inner">
${bodyWith(c, (t) => `<p style="text-align: justify;">${t}</p>`)}
</div></div>
<div class="jeg_post_tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://kayhan.london/fa/tag/', ' ')}</div>
<div class="jeg_share_bottom_container"><a href="https://www.facebook.com/sharer.php?u=${esc(c.a.url)}">فیسبوک</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">توییتر</a> <a href="https://telegram.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://api.whatsapp.com/send?text=${esc(c.a.url)}">واتس‌اپ</a></div>
<div class="kl-support"><h3>از کیهان لندن حمایت کنید</h3><p>کیهان لندن رسانه‌ای مستقل است و با حمایت خوانندگانش منتشر می‌شود.</p><a href="https://kayhan.london/fa/support/">حمایت مالی</a></div>
<div class="jnews_related_post_container"><h3 class="jeg_block_title">مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://kayhan.london/fa/?p=', Number(c.id) - 55)}
</ul></div>
<div class="jnews_comment_container"><h3>دیدگاه‌ها (${persian(c.a.comments.length)})</h3><ol class="commentlist">
${comments(c, (n, t) => `<li class="comment"><div class="comment-author vcard"><b class="fn">${n}</b></div><div class="comment-content"><p>${t}</p></div></li>`)}
</ol><form id="commentform"><textarea name="comment"></textarea><input type="submit" value="فرستادن دیدگاه"></form></div>
</div>
<div class="jeg_sidebar"><div class="widget widget_jnews_popular"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://kayhan.london/fa/?p=', Number(c.id) - 740)}
</ol></div></div>
</div></div>
<div class="jeg_footer"><p>© ${persian(2026)} تمامی حقوق برای کیهان لندن محفوظ است.</p></div>
</div>
</body>
</html>
`;
    },
  },

  // Radio Zamaneh (WORDPRESS, Amsterdam: article:published_time in Central European SUMMER time «+02:00»,
  // a Yoast JSON-LD with the same value); header with «حمایت از زمانه»; kicker; title; the date visible as
  // Jalali in words with NO time; writer line; lead; photo with caption; an EMBEDDED TWEET (Persian text,
  // its own Gregorian date) inside the body; an in-body «بیشتر بخوانید» box; tags, share, the CREATIVE
  // COMMONS licence line, related, most-read; footer.
  zamaneh: {
    site: 'رادیو زمانه',
    boiler: ['بیشتر بخوانید', 'حمایت از زمانه', 'این اثر تحت مجوز کریتیو کامنز منتشر شده است', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'رادیو زمانه، رسانه‌ای مستقل برای ایران', 'گزارش‌های رسیده از سه کولبر جان‌باخته در ارتفاعات بانه'],
    render: (c) => {
      const a = zoned(c, 120);
      const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: c.a.title, datePublished: a.iso, dateModified: a.iso, author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'رادیو زمانه' }, inLanguage: 'fa-IR' }] };
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | رادیو زمانه</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="رادیو زمانه">
<meta property="article:published_time" content="${a.iso}">
<meta property="og:image" content="https://www.radiozamaneh.com/wp-content/uploads/2026/07/kolbar-baneh.jpg">
<script type="application/ld+json" class="yoast-schema-graph">${js(graph)}</script>
<link rel="stylesheet" id="zamaneh-style-css" href="https://www.radiozamaneh.com/wp-content/themes/zamaneh2023/dist/css/app.css?ver=1.9.3" media="all">
</head>
<body class="rtl post-template-default single single-post postid-${c.id}">
<header class="site-header"><a class="logo" href="https://www.radiozamaneh.com/"><img src="https://www.radiozamaneh.com/wp-content/themes/zamaneh2023/dist/img/logo.svg" alt="رادیو زمانه"></a>
<nav class="primary-nav"><a href="https://www.radiozamaneh.com/category/news/">خبر</a> <a href="https://www.radiozamaneh.com/category/report/">گزارش</a> <a href="https://www.radiozamaneh.com/category/opinion/">دیدگاه</a> <a href="https://www.radiozamaneh.com/category/labour/">کار</a> <a href="https://www.radiozamaneh.com/category/women/">زنان</a> <a href="https://www.radiozamaneh.com/category/environment/">محیط زیست</a> <a href="https://www.radiozamaneh.com/category/books/">کتاب</a></nav>
<a class="support-btn" href="https://www.radiozamaneh.com/support/">حمایت از زمانه</a></header>
<main class="single-main"><article class="post">
<div class="post-kicker"><a href="https://www.radiozamaneh.com/category/news/">${esc(c.a.kicker)}</a></div>
<h1 class="post-title">${esc(c.a.title)}</h1>
<div class="post-meta"><span class="post-author">${esc(c.a.author ?? '')}</span> <span class="post-date">${weekday(c)} ${faDate(c)}</span></div>
<p class="post-lead">${esc(c.a.lead ?? '')}</p>
<figure class="post-image"><img src="https://www.radiozamaneh.com/wp-content/uploads/2026/07/kolbar-baneh.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} (${esc(c.a.credit)})</figcaption></figure>
<div class="post-content">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="post-tags">${tagLinks(c, 'https://www.radiozamaneh.com/tag/', ' ')}</div>
<div class="post-share"><a href="https://www.facebook.com/sharer/sharer.php?u=${esc(c.a.url)}">فیسبوک</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a></div>
<p class="post-license"><img src="https://www.radiozamaneh.com/wp-content/themes/zamaneh2023/dist/img/cc-by-nc-nd.svg" alt="CC BY-NC-ND"> این اثر تحت مجوز کریتیو کامنز منتشر شده است.</p>
</article>
<section class="related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://www.radiozamaneh.com/', Number(c.id) - 914)}
</ul></section>
<aside class="popular"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.radiozamaneh.com/', Number(c.id) - 2760)}
</ol></aside>
</main>
<footer class="site-footer"><p>رادیو زمانه، رسانه‌ای مستقل برای ایران</p><p>© ${persian(2026)} Stichting Radio Zamaneh</p></footer>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</body>
</html>
`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// Four in Afghan Dari news style, four in diaspora Persian style.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art17[] = [
  {
    name: 'tolonews-balkh-drought-wheat', site: 'tolonews', zwnjLost: true, author: 'گزارشگر: احمدشاه عرفان‌یار', inlineAt: -1,
    inline: 'نرخ آرد در بازارهای کابل افزایش یافت',
    url: 'https://tolonews.com/fa/afghanistan-190482',
    title: 'دهقانان بلخ: خشکسالی حاصلات گندم را ۴۰ درصد کاهش داده است',
    kicker: 'اقتصاد', date: '۱۳ تیر ۱۴۰۵ - ۱۷:۱۰',
    lead: 'شماری از دهقانان در ولسوالی‌های چهاربولک، چمتال و دولت‌آباد ولایت بلخ می‌گویند که کم‌بارانی امسال حاصلات گندم آنان را تا ۴۰ درصد کاهش داده و قیمت یک سیر آرد در بازارهای مزارشریف به ۳۱۰ افغانی رسیده است.',
    paras: [
      'غلام‌سخی رحیمی، یکی از دهقانان ولسوالی چهاربولک، به طلوع‌نیوز گفت که امسال از ۱۵ جریب زمین خود تنها ۹۰ سیر گندم برداشت کرده است. او افزود: «پارسال از همین زمین بیش از ۲۰۰ سیر گندم گرفتم. جوی‌ها خشک شده و چاه‌ها هم آب ندارد. نمی‌دانم زمستان نان اطفالم را از کجا پیدا کنم.»',
      'دهقانان دیگر نیز می‌گویند که با بلند رفتن قیمت تیل دیزل، هزینه کشیدن آب از چاه‌های عمیق دو برابر شده است. رحیمی گفت که اکنون هر لیتر دیزل در مزارشریف ۷۴ افغانی فروخته می‌شود.',
      'مسئولان در وزارت زراعت، آبیاری و مالداری امارت اسلامی می‌گویند که برای کاهش آسیب‌های خشکسالی، ۱۸ هزار تن تخم اصلاح‌شده گندم پیش از فصل کشت خزانی میان دهقانان ۲۲ ولایت توزیع می‌شود. میرویس حق‌جو، سخنگوی وزارت زراعت، آبیاری و مالداری، گفت: «دهقانان آسیب‌دیده در اولویت هستند و برای هر خانواده ۵۰ کیلوگرام تخم بذری و ۱۰۰ کیلوگرام کود کیمیاوی به شکل رایگان داده می‌شود.»',
      'حق‌جو افزود که تولید گندم کشور در سال روان حدود چهار میلیون و ۳۰۰ هزار تن برآورد شده، در حالی که نیاز سالانه افغانستان به گندم بیش از ۶ میلیون تن است و کمبود آن از راه واردات از قزاقستان و پاکستان پوره می‌شود.',
      'در همین حال، یک منبع محلی در ریاست زراعت بلخ که نخواست نامش فاش شود، به طلوع‌نیوز گفت که تنها در ولسوالی چهاربولک بیش از ۶ هزار جریب زمین للمی امسال اصلاً کشت نشده است.',
      'ریشارد هولمبرگ، نماینده سازمان غذا و زراعت ملل متحد (فائو) در افغانستان، نیز روز پنجشنبه در یک نشست خبری در کابل گفت که خشکسالی امسال ۲۵ ولایت کشور را متأثر کرده است. هولمبرگ هشدار داد: «اگر بارندگی‌های خزانی هم کمتر از حد معمول باشد، شمار کسانی که با ناامنی غذایی شدید روبه‌رو هستند از ۱۲ میلیون نفر بیشتر خواهد شد.»',
      'برنامه جهانی غذا (WFP) نیز اعلام کرده است که به دلیل کاهش کمک‌های بین‌المللی، امسال کمک‌های غذایی خود را به ۳ میلیون نفر محدود می‌کند.',
      'شاه‌محمود تنویر، آگاه امور اقتصادی، می‌گوید که کاهش حاصلات داخلی فشار را بر بازار آرد بیشتر می‌کند. به باور تنویر، امارت اسلامی باید برای ذخیره‌سازی، دست‌کم ۲۰۰ هزار تن گندم را پیش از زمستان خریداری کند.',
      'این در حالی است که ملا نورالله صادقی، رئیس زراعت، آبیاری و مالداری بلخ، هفته گذشته از یک فارم نمونه آبیاری قطره‌ای در ولسوالی نهر شاهی بازدید کرده بود.',
    ],
    extras: {
      3: '<div class="read-also"><strong>همچنان بخوانید:</strong> <a href="/fa/business-190311">نرخ آرد در بازارهای کابل افزایش یافت</a></div>',
    },
    tags: ['بلخ', 'خشکسالی', 'گندم', 'وزارت زراعت'],
    caption: 'دهقانی در ولسوالی چهاربولک بلخ در حال درو کردن گندم', credit: 'عکس: طلوع‌نیوز',
    related: ['فائو: میلیون‌ها تن در افغانستان با ناامنی غذایی روبه‌رو هستند', 'واردات آرد از قزاقستان افزایش یافته است', 'کانال قوش‌تپه به مرحله سوم رسید'],
    mostRead: ['نرخ اسعار در بازارهای کابل', 'زمین‌لرزه ۴.۸ ریشتری ولایت بدخشان را لرزاند', 'آغاز صدور گذرنامه برقی در ۱۰ ولایت', 'برنامه مسابقات لیگ شپاگیزه ۱۴۰۵'],
    comments: [['نصیر از شولگره', 'در ولسوالی ما هم امسال هیچ حاصل نشد، حکومت باید کمک کند.'], ['عبدالله', 'بند آب‌ها را بسازید تا همیشه محتاج باران نباشیم.']],
    speakers: [
      { name: 'غلام‌سخی رحیمی', role: 'یکی از دهقانان ولسوالی چهاربولک', also_called: ['او', 'رحیمی'], statements: 3 },
      { name: 'میرویس حق‌جو', role: 'سخنگوی وزارت زراعت، آبیاری و مالداری', also_called: ['حق‌جو'], statements: 2 },
      { name: 'ریشارد هولمبرگ', role: 'نماینده سازمان غذا و زراعت ملل متحد (فائو) در افغانستان', also_called: ['هولمبرگ'], statements: 2 },
      { name: 'شاه‌محمود تنویر', role: 'آگاه امور اقتصادی', also_called: ['تنویر'], statements: 2 },
    ],
    speakers_never: ['یک منبع محلی در ریاست زراعت بلخ', 'برنامه جهانی غذا', 'نورالله صادقی', 'طلوع‌نیوز', 'مسئولان در وزارت زراعت'],
    figures: [
      { value: 40, unit: 'درصد', kind: 'percent', about: 'کاهش حاصلات گندم (title, lead)' },
      { value: 310, unit: 'افغانی', kind: 'money', about: 'قیمت یک سیر آرد در مزارشریف (kept; «یک سیر» is its basis)' },
      { value: 15, unit: 'جریب', kind: 'measure', about: 'زمین رحیمی' },
      { value: 90, unit: 'سیر', kind: 'measure', about: 'برداشت امسال رحیمی (سیر, the Afghan weight unit)' },
      { value: 200, unit: 'سیر', kind: 'measure', about: '«بیش از ۲۰۰ سیر» برداشت پارسال' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«دو برابر» هزینه کشیدن آب' },
      { value: 74, unit: 'افغانی', kind: 'money', about: 'قیمت هر لیتر دیزل (kept; «هر لیتر» is its basis)' },
      { value: 18000, unit: 'تن', kind: 'measure', about: '«۱۸ هزار تن» تخم اصلاح‌شده' },
      { value: 22, unit: 'ولایت', kind: 'count', about: 'ولایت‌های توزیع تخم' },
      { value: 50, unit: 'کیلوگرام', kind: 'measure', about: 'تخم بذری برای هر خانواده (kept)' },
      { value: 100, unit: 'کیلوگرام', kind: 'measure', about: 'کود کیمیاوی برای هر خانواده (kept)' },
      { value: 4300000, unit: 'تن', kind: 'measure', about: '«چهار میلیون و ۳۰۰ هزار تن» تولید گندم (words and digits mixed)' },
      { value: 6000000, unit: 'تن', kind: 'measure', about: '«بیش از ۶ میلیون تن» نیاز سالانه' },
      { value: 6000, unit: 'جریب', kind: 'measure', about: '«بیش از ۶ هزار جریب» زمین للمی کشت‌نشده' },
      { value: 25, unit: 'ولایت', kind: 'count', about: 'ولایت‌های متأثر از خشکسالی' },
      { value: 12000000, unit: 'نفر', kind: 'count', about: '«۱۲ میلیون نفر» ناامنی غذایی شدید' },
      { value: 3000000, unit: 'نفر', kind: 'count', about: 'کمک‌های WFP' },
      { value: 200000, unit: 'تن', kind: 'measure', about: '«دست‌کم ۲۰۰ هزار تن» ذخیره پیشنهادی' },
    ],
    figures_never: ['«امسال», «پارسال», «سال روان», «روز پنجشنبه», «هفته گذشته», «زمستان»: dates and periods', '«یک سیر», «یک منبع», «یک نشست», «یک فارم»: lone «یک»', '«هر لیتر», «هر خانواده», «سالانه»: bases', 'the video title, the breaking-news ticker («۴.۸ ریشتری») and the «همچنان بخوانید:» link: not body'],
    notes: [
      'A TV channel\'s news story in Dari on DRUPAL 9 (Tolo News: Generator meta «Drupal 9», drupal-settings-json, data-history-node-id, field--name-* classes, a skip link «پرش به محتوای اصلی»); the header shows today as «شنبه، ۱۳ سرطان ۱۴۰۵» (AFGHAN solar month name: سرطان = the fourth month = Tir); language switch, breaking-news ticker (not body); breadcrumb; reporter line; the visible date «شنبه، ۱۳ سرطان ۱۴۰۵ - ۱۸:۱۰» is KABUL time and article:published_time is «2026-07-04T18:10:00+04:30»; the gold is the same instant in Tehran time, 2026-07-04T17:10:00+03:30 (13 Saratan 1405 = 13 Tir 1405 = 4 July 2026; Kabul is one hour ahead of Tehran). The TV report is an embedded YouTube video with its own title line before the photo; the lead is the bold first paragraph of the body field; an in-body «همچنان بخوانید:» link after paragraph 4 (not body); tags, share row «شریک سازید», related, comments, most-read, footer. The page LOST EVERY ZWNJ: gold title, body and site name are exactly what the page shows (no U+200C); speaker names, roles, figure units and speakers_never are given in their clean form.',
      'statements: Rahimi: «NAME، ROLE، به طلوع‌نیوز گفت که …» (one), «او افزود: «…»» (three-sentence quote, once), «رحیمی گفت که …» (one) = 3; Haqjo: «NAME، ROLE، گفت: «…»» (one), «حق‌جو افزود که …» (one) = 2; the sentence before his name, «مسئولان در وزارت … می‌گویند», is the ministry\'s officials as a group, not counted for him; Holmberg: «NAME، ROLE، … گفت که …» (one), «هولمبرگ هشدار داد: «…»» (one) = 2; Tanvir: «NAME، ROLE، می‌گوید که …» (one), «به باور تنویر، …» (a stated view, one) = 2.',
      'The local source in the Balkh agriculture department «که نخواست نامش فاش شود» is unnamed; WFP («اعلام کرده است») is an organization; the head of agriculture of Balkh, Mullah Nurullah Sadeqi, is only mentioned (visit). Afghan units: «سیر» (about 7 kg) and «جریب» (land) are kept as measures; «افغانی» is the currency; «چهار میلیون و ۳۰۰ هزار تن» mixes a number word and digits. The per-litre diesel price and the per-family seed and fertiliser amounts are kept with their basis left out.',
    ],
  },
  {
    name: 'pajhwok-islam-qala-returnees', site: 'pajhwok', author: 'نویسنده: پژواک', inlineAt: -1,
    inline: 'اخراج مهاجران افغان از پاکستان شدت گرفته است',
    url: 'https://pajhwok.com/fa/2026/07/06/returnees-islam-qala-border-herat/',
    title: 'روزانه بیش از سه هزار مهاجر از ایران از طریق بندر اسلام‌قلعه برمی‌گردند',
    kicker: 'اجتماعی', date: '۱۵ تیر ۱۴۰۵ - ۱۰:۵۰',
    paras: [
      'هرات (پژواک، ۱۵ سرطان ۱۴۰۵): مسوولان در ولایت هرات می‌گویند که در دو هفته اخیر روزانه به‌طور میانگین بیش از ۳ هزار و ۲۰۰ مهاجر افغان از ایران از طریق بندر اسلام‌قلعه به کشور برگشته‌اند که بیشتر آنان به اجبار اخراج شده‌اند.',
      'مولوی عبدالرحیم ثاقب، رئیس مهاجرین و عودت‌کنندگان ولایت هرات، به آژانس خبری پژواک گفت که از آغاز سال روان خورشیدی تاکنون ۲۸۴ هزار نفر از این بندر برگشته‌اند که ۶۲ درصد آنان را مردان مجرد تشکیل می‌دهند.',
      'وی افزود: «برای هر خانواده عودت‌کننده ۱۰ هزار افغانی پول نقد و یک بسته مواد غذایی داده می‌شود. کمپ موقت ما در اسلام‌قلعه ظرفیت ۵ هزار نفر را دارد، اما در برخی روزها شمار عودت‌کنندگان از این رقم بیشتر است.»',
      'ثاقب همچنین گفت که کمیسیون عالی رسیدگی به مشکلات عودت‌کنندگان، ۴۵ بس را برای انتقال خانواده‌ها به ولایات‌شان در نظر گرفته است.',
      'نجیب‌الله رسولی، باشنده ولسوالی قیصار ولایت فاریاب که هفته گذشته همراه با خانواده‌اش از شیراز اخراج شده، گفت: «هشت سال در ایران کار ساختمانی کردم. پولیس ما را در راه کار گرفت و فرصت نداد حتی مزد دو ماه را از کارفرما بگیریم.»',
      'رسولی افزود که هنوز ۴۰ میلیون تومان از طلب خود را از کارفرمای ایرانی نگرفته و با دست خالی به کشور برگشته است.',
      'یک منبع محلی در بندر اسلام‌قلعه که نخواست نامش فاش شود، به پژواک گفت که شماری از عودت‌کنندگان شب‌ها را در هوای بیش از ۴۲ درجه در فضای باز سپری می‌کنند و آب آشامیدنی کافی در کمپ وجود ندارد.',
      'از سوی دیگر، دانیله مارکونی، سخنگوی سازمان بین‌المللی مهاجرت (IOM) در کابل، گفت که این سازمان نگران افزایش اخراج اجباری مهاجران افغان از کشورهای همسایه است. مارکونی افزود که برای پاسخ به نیازهای عودت‌کنندگان در سال جاری میلادی به ۲۶۰ میلیون دالر نیاز است، اما تاکنون تنها ۱۸ درصد این بودجه تأمین شده است.',
      'به اساس آمار کمیساریای عالی ملل متحد در امور پناهندگان (UNHCR)، بیش از یک میلیون و ۴۰۰ هزار مهاجر افغان در سال ۲۰۲۵ میلادی از ایران و پاکستان به کشور برگشته‌اند.',
      'سخنگوی امارت اسلامی نیز پیش از این از کشورهای میزبان خواسته بود که روند بازگشت مهاجران را تدریجی و داوطلبانه سازند و با آنان برخورد انسانی کنند.',
    ],
    extras: {
      4: `<div class="fb-video" data-href="https://www.facebook.com/pajhwokdari/videos/1184520936712044/" data-width="640" data-show-text="false"><blockquote cite="https://www.facebook.com/pajhwokdari/videos/1184520936712044/" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/pajhwokdari/videos/1184520936712044/">ویدیو: صف عودت‌کنندگان در بندر اسلام‌قلعه</a><p>Posted by <a href="https://www.facebook.com/pajhwokdari">Pajhwok Afghan News - Dari</a></p></blockquote></div>`,
      7: '<p class="related-inline"><strong>خبر مرتبط:</strong> <a href="https://pajhwok.com/fa/?p=1071880">اخراج مهاجران افغان از پاکستان شدت گرفته است</a></p>',
    },
    tags: ['هرات', 'عودت‌کنندگان', 'اسلام‌قلعه', 'مهاجرین'],
    caption: 'عودت‌کنندگان افغان در کمپ موقت بندر اسلام‌قلعه هرات', credit: 'عکس: پژواک',
    related: ['بیش از ۵۰۰ خانواده عودت‌کننده در هرات سرپناه ندارند', 'آغاز توزیع کمک نقدی به عودت‌کنندگان در ننگرهار', 'نرخ کرایه موترهای هرات - کابل بلند رفت'],
    mostRead: ['نرخ اسعار خارجی در بازار سرای شهزاده', 'سرپرست وزارت معارف: امتحانات کانکور به وقت معین برگزار می‌شود', 'بارندگی‌های شدید در سه ولایت شمال', 'آغاز پروژه سرک کابل - جلال‌آباد'],
    comments: [],
    speakers: [
      { name: 'عبدالرحیم ثاقب', role: 'رئیس مهاجرین و عودت‌کنندگان ولایت هرات', also_called: ['وی', 'ثاقب'], statements: 3 },
      { name: 'نجیب‌الله رسولی', role: 'باشنده ولسوالی قیصار ولایت فاریاب', also_called: ['رسولی'], statements: 2 },
      { name: 'دانیله مارکونی', role: 'سخنگوی سازمان بین‌المللی مهاجرت (IOM) در کابل', also_called: ['مارکونی'], statements: 2 },
    ],
    speakers_never: ['سخنگوی امارت اسلامی', 'یک منبع محلی در بندر اسلام‌قلعه', 'کمیساریای عالی ملل متحد در امور پناهندگان', 'کمیسیون عالی رسیدگی به مشکلات عودت‌کنندگان', 'آژانس خبری پژواک', 'مسوولان در ولایت هرات'],
    figures: [
      { value: 3200, unit: 'مهاجر', kind: 'count', about: '«بیش از ۳ هزار و ۲۰۰ مهاجر» روزانه (title says «سه هزار»; kept with «روزانه» left out)' },
      { value: 284000, unit: 'نفر', kind: 'count', about: 'عودت‌کنندگان از آغاز سال خورشیدی' },
      { value: 62, unit: 'درصد', kind: 'percent', about: 'سهم مردان مجرد' },
      { value: 10000, unit: 'افغانی', kind: 'money', about: 'کمک نقدی هر خانواده (kept)' },
      { value: 5000, unit: 'نفر', kind: 'count', about: 'ظرفیت کمپ موقت' },
      { value: 45, unit: 'بس', kind: 'count', about: 'بس‌های انتقال (Dari «بس» = bus)' },
      { value: 40000000, unit: 'تومان', kind: 'money', about: '«۴۰ میلیون تومان» طلب رسولی' },
      { value: 42, unit: 'درجه', kind: 'measure', about: '«بیش از ۴۲ درجه» دمای هوا' },
      { value: 260000000, unit: 'دالر', kind: 'money', about: '«۲۶۰ میلیون دالر» نیاز مالی (Dari spelling «دالر»)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'بخش تأمین‌شده بودجه' },
      { value: 1400000, unit: 'مهاجر', kind: 'count', about: '«بیش از یک میلیون و ۴۰۰ هزار مهاجر افغان» در ۲۰۲۵' },
    ],
    figures_never: ['«۱۵ سرطان ۱۴۰۵» in the dateline, «سال روان», «هفته گذشته», «سال ۲۰۲۵», «سال جاری میلادی»: dates', '«دو هفته اخیر», «هشت سال», «دو ماه»: durations', '«یک بسته», «یک منبع»: lone «یک»', '«هر خانواده», «روزانه»: bases', 'the Facebook video and the «خبر مرتبط:» line: not body'],
    notes: [
      'A news agency story in Dari on WORDPRESS (Pajhwok Afghan News, Dari service: wp-content paths, body class «single single-post postid-…», a Yoast JSON-LD @graph whose datePublished is «2026-07-06T11:50:00+04:30», <time class="entry-date published"> with the same value); the header date and the visible date «دوشنبه ۱۵ سرطان ۱۴۰۵» use the AFGHAN month name and have NO time, next to the GREGORIAN date with the DARI month name «۶ جولای ۲۰۲۶»; the gold is the +04:30 instant in Tehran time, 2026-07-06T10:50:00+03:30 (15 Saratan = 15 Tir 1405 = 6 July 2026). The story opens with Pajhwok\'s DATELINE «هرات (پژواک، ۱۵ سرطان ۱۴۰۵):», which is part of the first paragraph and of the body; no separate lead; photo with caption; an embedded FACEBOOK VIDEO after paragraph 5 and a «خبر مرتبط:» line after paragraph 8, neither body; tags, share «شریک سازید», a reuse notice and a subscription call («مشترک شوید»), related, most-read, an empty comment form. The ARTICLE TEXT (title, body, caption) is typed with ARABIC yeh and kaf (ي ك) while the WordPress chrome uses Persian letters: the gold title and body are exactly what the page shows; speaker names, roles, figure units and speakers_never are given in Persian letters.',
      'statements: Saqib (title «مولوی» dropped from the name): «NAME، ROLE، به آژانس خبری پژواک گفت که …» (one), «وی افزود: «…»» (two-sentence quote, once), «ثاقب همچنین گفت که …» (one) = 3; Rasuli: «NAME، ROLE …، گفت: «…»» (one), «رسولی افزود که …» (one) = 2; Marconi: «NAME، ROLE، گفت که …» (one), «مارکونی افزود که …» (one) = 2.',
      'The officials of the opening sentence («مسوولان در ولایت هرات می‌گویند») are unnamed; the local source «که نخواست نامش فاش شود» is unnamed; the Islamic Emirate\'s spokesman is met only by title («سخنگوی امارت اسلامی … خواسته بود»): not a speaker; UNHCR («به اساس آمار») and the returnees commission are organizations. Dari spellings: «مسوولان», «دالر», «بس» (bus), «پولیس». «۳ هزار و ۲۰۰ مهاجر» (body) and «سه هزار مهاجر» (title) are one figure, taken from the body; «۴۰ میلیون تومان» is Iranian money in an Afghan text.',
    ],
  },
  {
    name: 'hashtesubh-kabul-cart-vendors', site: 'hashtesubh', author: 'مرسل سادات', inlineAt: -1,
    inline: 'شاروالی کابل دکان‌های کنار سرک را تخریب کرد',
    url: 'https://8am.media/fa/taliban-collect-cart-vendors-from-kabul-roads/',
    title: 'طالبان کراچی‌وانان را از جاده‌های کابل جمع کردند؛ «نان شب خانواده‌ام را از کجا بیاورم؟»',
    kicker: 'گزارش', date: '۱۷ تیر ۱۴۰۵ - ۰۸:۴۰',
    lead: 'شاروالی کابل تحت کنترل طالبان در یک هفته گذشته صدها کراچی‌وان و دست‌فروش را از جاده‌های مرکزی شهر جمع کرده و کراچی‌های شماری از آنان را مصادره کرده است. دست‌فروشان می‌گویند که با این تصمیم، تنها منبع درآمد خود را از دست داده‌اند.',
    paras: [
      'عبدالقدیر نوری، کراچی‌وانی که ده سال در جاده میوند میوه فروخته است، به ۸صبح گفت که ماموران شاروالی سه روز پیش کراچی او را با ۶۰ کیلوگرام زردآلو با خود بردند. او گفت: «روزانه ۳۰۰ تا ۴۰۰ افغانی کار می‌کردم. حالا خانه‌ام هم کرایه‌ای است و نمی‌دانم نان شب خانواده‌ام را از کجا بیاورم.»',
      'نوری افزود که برای پس گرفتن کراچی‌اش باید ۲ هزار و ۵۰۰ افغانی جریمه بپردازد، در حالی که در خانه پولی برای خریدن آرد ندارد.',
      'نعمت‌الله حقیار، سخنگوی شاروالی کابل، در یک پیام صوتی به خبرنگاران گفت که این طرح برای «نظم شهری و کاهش ازدحام» اجرا می‌شود. او افزود: «برای کراچی‌وانان ۱۴ بازارچه در نواحی مختلف شهر در نظر گرفته شده و هیچ کسی بی‌روزگار نمی‌ماند.»',
      'حقیار همچنین ادعا کرد که در شهر کابل بیش از ۳۵ هزار کراچی‌وان ثبت شده‌اند و تنها کسانی جمع‌آوری می‌شوند که در جاده‌های عمومی راه را بر ترافیک می‌بندند.',
      'اما یک منبع در شاروالی کابل که نخواست نامش فاش شود، به ۸صبح گفت که بازارچه‌های معرفی‌شده در حاشیه شهر قرار دارند و هر غرفه در آن‌ها ماهانه یک هزار و ۸۰۰ افغانی کرایه دارد.',
      'زنی که در نزدیکی چهارراهی پشتونستان جوراب و دستکش می‌فروشد و به دلیل نگرانی امنیتی نخواست نامش گرفته شود، گفت که ماموران طالبان در این هفته دو بار بساط او را جمع کرده‌اند.',
      'مارتا لیندکویست، پژوهشگر بخش افغانستان در سازمان دیده‌بان حقوق بشر، در گفت‌وگو با ۸صبح گفت که جمع‌آوری دست‌فروشان در شرایطی صورت می‌گیرد که بیش از ۸۵ درصد مردم افغانستان زیر خط فقر زندگی می‌کنند. به گفته لیندکویست، زنان سرپرست خانواده که پس از محدودیت‌های طالبان به دست‌فروشی روی آورده‌اند، بیشترین آسیب را می‌بینند.',
      'بر اساس گزارش بانک جهانی، نرخ بیکاری در افغانستان در سال گذشته به ۱۹ درصد رسیده و درآمد سرانه به حدود ۳۸۰ دالر کاهش یافته است.',
      'این نخستین بار نیست که طالبان دست‌فروشان را از جاده‌های کابل جمع می‌کنند. سال گذشته نیز طرح مشابهی به رهبری حافظ عبدالباقی ناصری، معاون وقت شاروالی، اجرا شد که پس از چند هفته متوقف ماند.',
    ],
    extras: {
      2: `<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe title="ماموران شاروالی کراچی‌ها را جمع می‌کنند" width="720" height="405" src="https://www.youtube.com/embed/Vd8kP2xQm5L?feature=oembed" frameborder="0" allowfullscreen></iframe></div><figcaption>ویدیو: ماموران شاروالی کراچی‌ها را در جاده میوند جمع می‌کنند</figcaption></figure>`,
      5: '<div class="read-more-box"><span>بیشتر بخوانید</span> <a href="https://8am.media/fa/kabul-municipality-demolishes-roadside-shops/">شاروالی کابل دکان‌های کنار سرک را تخریب کرد</a></div>',
    },
    tags: ['کابل', 'دست‌فروشان', 'شاروالی کابل', 'فقر'],
    caption: 'کراچی‌های مصادره‌شده در حویلی یکی از نواحی شاروالی کابل', credit: 'عکس: ۸صبح',
    related: ['فقر و بیکاری؛ کودکان کار در جاده‌های کابل', 'طالبان مالیات دکان‌داران را دو برابر کردند', 'زنان دست‌فروش در هرات: ما را از بازار بیرون کردند'],
    mostRead: ['مکتب‌های دخترانه؛ هزار روز بسته', 'افزایش قیمت گاز مایع در کابل', 'گزارش: شکنجه زندانیان در زندان پلچرخی', 'کشته شدن دو مرزبان در کنر'],
    comments: [['فرید', 'این مردم فقط لقمه نانی می‌خواهند، این ظلم است.'], ['ناشناس', 'در جاده میوند هر روز همین وضع است.']],
    speakers: [
      { name: 'عبدالقدیر نوری', role: 'کراچی‌وانی که ده سال در جاده میوند میوه فروخته است', also_called: ['او', 'نوری'], statements: 3 },
      { name: 'نعمت‌الله حقیار', role: 'سخنگوی شاروالی کابل', also_called: ['او', 'حقیار'], statements: 3 },
      { name: 'مارتا لیندکویست', role: 'پژوهشگر بخش افغانستان در سازمان دیده‌بان حقوق بشر', also_called: ['لیندکویست'], statements: 2 },
    ],
    speakers_never: ['یک منبع در شاروالی کابل', 'بانک جهانی', 'حافظ عبدالباقی ناصری', 'دست‌فروشان', 'روزنامه ۸صبح'],
    figures: [
      { value: 60, unit: 'کیلوگرام', kind: 'measure', about: 'زردآلوی کراچی مصادره‌شده' },
      { value: 300, unit: 'افغانی', kind: 'money', about: 'درآمد روزانه، کف بازه («۳۰۰ تا ۴۰۰ افغانی»)' },
      { value: 400, unit: 'افغانی', kind: 'money', about: 'درآمد روزانه، سقف بازه' },
      { value: 2500, unit: 'افغانی', kind: 'money', about: '«۲ هزار و ۵۰۰ افغانی» جریمه' },
      { value: 14, unit: 'بازارچه', kind: 'count', about: 'بازارچه‌های در نظر گرفته‌شده' },
      { value: 35000, unit: 'کراچی‌وان', kind: 'count', about: '«بیش از ۳۵ هزار کراچی‌وان» ثبت‌شده' },
      { value: 1800, unit: 'افغانی', kind: 'money', about: '«یک هزار و ۸۰۰ افغانی» کرایه ماهانه هر غرفه (kept)' },
      { value: 85, unit: 'درصد', kind: 'percent', about: 'مردم زیر خط فقر' },
      { value: 19, unit: 'درصد', kind: 'percent', about: 'نرخ بیکاری' },
      { value: 380, unit: 'دالر', kind: 'money', about: 'درآمد سرانه' },
    ],
    figures_never: ['«صدها کراچی‌وان»: vague', '«ده سال», «سه روز پیش», «یک هفته گذشته», «چند هفته»: durations and dates', '«دو بار»: a frequency', '«سال گذشته»: a date', '«نخستین بار»: an ordinal', '«روزانه», «ماهانه», «هر غرفه», «سرانه»: bases', 'the YouTube title line and the «بیشتر بخوانید» box: not body'],
    notes: [
      'A report of an Afghan exile daily in Dari on WORDPRESS with its own theme (Hasht-e Subh, 8am.media: article:published_time «2026-07-08T05:10:00+00:00», in UTC; the visible date «۱۷ سرطان ۱۴۰۵» with the AFGHAN month name and NO time); the gold is the UTC instant in Tehran time, 2026-07-08T08:40:00+03:30 (09:40 in Kabul; 17 Saratan = 17 Tir 1405 = 8 July 2026). Header with English/Pashto links and a donation link; category; title; «نویسنده:» line and reading time; featured image with caption; the excerpt as lead; an EMBEDDED YOUTUBE VIDEO (wp-block-embed with its title line «ویدیو: …») after paragraph 3 and a «بیشتر بخوانید» box after paragraph 6, neither body; tags, share, a «از ۸صبح حمایت کنید» box, related, comments, most-read, newsletter, footer.',
      'statements: Nouri: «NAME، ROLE، به ۸صبح گفت که …» (one), «او گفت: «…»» (two-sentence quote, once), «نوری افزود که …» (one) = 3; Haqyar: «NAME، ROLE، در یک پیام صوتی … گفت که …» (one), «او افزود: «…»» (one), «حقیار همچنین ادعا کرد که …» (one) = 3; Lindqvist: «NAME، ROLE، در گفت‌وگو با ۸صبح گفت که …» (one), «به گفته لیندکویست، …» (one) = 2.',
      'The municipal source «که نخواست نامش فاش شود» and the woman vendor «نخواست نامش گرفته شود» are unnamed: not speakers; the vendors of the lead speak as a group; the World Bank («بر اساس گزارش») is an organization; Naseri, who led last year\'s campaign, is only mentioned. Hasht-e Subh writes «طالبان», not «امارت اسلامی». «۳۰۰ تا ۴۰۰ افغانی» gives both ends; «یک هزار و ۸۰۰ افغانی» (a written «یک» before هزار) is 1800; «کراچی‌وان» (cart vendor) is the count unit.',
    ],
  },
  {
    name: 'afintl-badakhshan-poppy-unodc', site: 'afintl', inlineAt: -1,
    inline: 'درگیری کشاورزان و طالبان در ارگو بدخشان',
    url: 'https://www.afintl.com/202607093412',
    title: 'دفتر مواد مخدر سازمان ملل: کشت کوکنار در بدخشان ۳۰ درصد افزایش یافته است',
    kicker: 'افغانستان', date: '۱۸ تیر ۱۴۰۵ - ۱۵:۲۵',
    lead: 'دفتر مبارزه با مواد مخدر و جرایم سازمان ملل متحد (UNODC) در گزارش تازه‌ای اعلام کرده است که با وجود ممنوعیت طالبان، سطح کشت کوکنار در ولایت بدخشان در سال جاری ۳۰ درصد افزایش یافته و به ۱۲ هزار و ۸۰۰ هکتار رسیده است.',
    paras: [
      'بر اساس این گزارش که روز چهارشنبه در وین منتشر شد، کل زمین‌های زیر کشت کوکنار در افغانستان حدود ۱۹ هزار هکتار برآورد شده که بخش بزرگ آن در ولسوالی‌های ارگو، خاش و جرم بدخشان قرار دارد.',
      'اولیور هارتمن، رئیس دفتر UNODC در کابل، به افغانستان اینترنشنل گفت: «ممنوعیت کشت در ولایت‌های جنوبی تا حد زیادی اجرا شده، اما در بدخشان کشاورزان فقیر جایگزینی برای کوکنار ندارند. قیمت هر کیلوگرام تریاک اکنون به ۷۵۰ دالر رسیده که نزدیک به ۵ برابر قیمت پیش از ممنوعیت است.»',
      'هارتمن افزود که درآمد کشاورزان افغانستان از فروش تریاک در سال جاری حدود ۳۱۰ میلیون دالر برآورد می‌شود.',
      'در مقابل، مولوی عبدالمتین شاکر، معین مبارزه با مواد مخدر وزارت داخله طالبان، ارقام سازمان ملل را «اغراق‌آمیز» خواند و گفت که نیروهای این گروه در سه ماه گذشته ۴ هزار و ۲۰۰ هکتار کشتزار کوکنار را در بدخشان تخریب کرده‌اند.',
      'شاکر در ویدیویی که وزارت داخله طالبان در شبکه ایکس منتشر کرد، افزود: «ما به هیچ کسی اجازه کشت مواد مخدر را نمی‌دهیم. کشاورزان بدخشان باید بدانند که این حکم امیرالمؤمنین است.»',
      'یک منبع محلی در ولسوالی ارگو که نخواست نامش فاش شود، به افغانستان اینترنشنل گفت که در ماه جوزا درگیری میان کشاورزان و نیروهای طالبان بر سر تخریب کشتزارها دست‌کم ۲ کشته و ۹ زخمی برجای گذاشته است.',
      'فریدون سیرت، پژوهشگر مسائل مواد مخدر در لندن، می‌گوید که افزایش کشت در بدخشان به فقر و نبود کمک‌های بدیل برمی‌گردد. به باور سیرت، اگر جامعه جهانی سالانه دست‌کم ۱۰۰ میلیون دالر برای کشت‌های جایگزین مانند زعفران و بادام هزینه نکند، ممنوعیت طالبان دوام نخواهد آورد.',
      'او افزود که قیمت هر کیلوگرام زعفران در بازار هرات حدود ۹۰ هزار افغانی است، اما کشاورزان بدخشان برای کشت آن به آموزش، آب و بازار نیاز دارند.',
      'ممنوعیت کشت کوکنار در اپریل ۲۰۲۲ با فرمان رهبر طالبان اعلام شد. اتحادیه اروپا نیز ماه گذشته ۱۵ میلیون یورو برای طرح‌های معیشت جایگزین در شمال‌شرق افغانستان اختصاص داد.',
    ],
    extras: {
      4: `<blockquote class="twitter-tweet" data-lang="fa" data-dnt="true"><p lang="fa" dir="rtl">معین مبارزه با مواد مخدر: هیچ کشتزار کوکنار در بدخشان باقی نخواهد ماند. <a href="https://t.co/p4Rk8Zq1Vx">pic.twitter.com/p4Rk8Zq1Vx</a></p>&mdash; Ministry of Interior Affairs (@MoIAfghanistan) <a href="https://twitter.com/MoIAfghanistan/status/2074819306652147732">July 8, 2026</a></blockquote>`,
      5: '<aside class="Article_readmore__2Ks4p"><span>بیشتر بخوانید</span><a href="https://www.afintl.com/202606254410">درگیری کشاورزان و طالبان در ارگو بدخشان</a></aside>',
    },
    tags: ['بدخشان', 'کوکنار', 'UNODC', 'مواد مخدر'],
    caption: 'کشتزار کوکنار در ولسوالی ارگو بدخشان', credit: 'عکس: شبکه‌های اجتماعی',
    related: ['طالبان ده‌ها کشتزار کوکنار را در بدخشان تخریب کردند', 'کشاورزان بدخشان: جایگزین کوکنار نداریم', 'اتحادیه اروپا ۱۵ میلیون یورو به طرح‌های معیشتی اختصاص داد'],
    mostRead: ['طالبان سفر زنان بدون محرم را به ولایت‌ها ممنوع کردند', 'ایران بیش از ۵ هزار مهاجر افغان را در یک روز اخراج کرد', 'نشست دوحه درباره افغانستان به تعویق افتاد', 'قیمت دالر در بازار کابل کاهش یافت'],
    comments: [],
    speakers: [
      { name: 'اولیور هارتمن', role: 'رئیس دفتر UNODC در کابل', also_called: ['هارتمن'], statements: 2 },
      { name: 'عبدالمتین شاکر', role: 'معین مبارزه با مواد مخدر وزارت داخله طالبان', also_called: ['شاکر'], statements: 2 },
      { name: 'فریدون سیرت', role: 'پژوهشگر مسائل مواد مخدر در لندن', also_called: ['سیرت', 'او'], statements: 3 },
    ],
    speakers_never: ['دفتر مبارزه با مواد مخدر و جرایم سازمان ملل متحد', 'وزارت داخله طالبان', 'یک منبع محلی در ولسوالی ارگو', 'رهبر طالبان', 'اتحادیه اروپا', 'Ministry of Interior Affairs'],
    figures: [
      { value: 30, unit: 'درصد', kind: 'percent', about: 'افزایش کشت در بدخشان (title, lead)' },
      { value: 12800, unit: 'هکتار', kind: 'measure', about: '«۱۲ هزار و ۸۰۰ هکتار» کشت در بدخشان' },
      { value: 19000, unit: 'هکتار', kind: 'measure', about: '«حدود ۱۹ هزار هکتار» کل کشت کشور' },
      { value: 750, unit: 'دالر', kind: 'money', about: 'قیمت هر کیلوگرام تریاک (kept; «هر کیلوگرام» is its basis)' },
      { value: 5, unit: 'برابر', kind: 'count', about: '«نزدیک به ۵ برابر» قیمت پیش از ممنوعیت' },
      { value: 310000000, unit: 'دالر', kind: 'money', about: '«حدود ۳۱۰ میلیون دالر» درآمد کشاورزان' },
      { value: 4200, unit: 'هکتار', kind: 'measure', about: '«۴ هزار و ۲۰۰ هکتار» کشتزار تخریب‌شده به گفته طالبان' },
      { value: 2, unit: 'کشته', kind: 'count', about: '«دست‌کم ۲ کشته» درگیری ماه جوزا' },
      { value: 9, unit: 'زخمی', kind: 'count', about: '«۹ زخمی»' },
      { value: 100000000, unit: 'دالر', kind: 'money', about: '«دست‌کم ۱۰۰ میلیون دالر» سالانه برای کشت جایگزین (kept)' },
      { value: 90000, unit: 'افغانی', kind: 'money', about: '«حدود ۹۰ هزار افغانی» هر کیلوگرام زعفران (kept)' },
      { value: 15000000, unit: 'یورو', kind: 'money', about: '«۱۵ میلیون یورو» کمک اتحادیه اروپا' },
    ],
    figures_never: ['«سال جاری», «روز چهارشنبه», «سه ماه گذشته», «ماه جوزا», «اپریل ۲۰۲۲», «ماه گذشته»: dates and periods', '«هر کیلوگرام», «سالانه»: bases', 'the embedded tweet («July 8, 2026») and the «بیشتر بخوانید» card: not body'],
    notes: [
      'A news story of a London-based Afghan channel in Dari as a NEXT.JS PAGES-ROUTER app (Afghanistan International: __NEXT_DATA__ with «publishedAt»:"2026-07-09T11:55:00.000Z" and a later «updatedAt», /_next/static chunks, CSS-module class names); NO date meta tag: the visible date is GREGORIAN with the DARI month name, «پنجشنبه ۹ جولای ۲۰۲۶», with NO time, in a <time dateTime> in UTC; the gold is that UTC instant in Tehran time, 2026-07-09T15:25:00+03:30 (16:25 in Kabul). Header with language links and «پخش زنده»; category; summary paragraph as lead; photo with caption; an EMBEDDED TWEET of the Taliban interior ministry (Dari text, its own date «July 8, 2026») after paragraph 5 and an in-body «بیشتر بخوانید» card after paragraph 6, neither body; tags, share «همرسانی», related, most-read, footer.',
      'statements: Hartmann: «NAME، ROLE، به افغانستان اینترنشنل گفت: «…»» (two-sentence quote, once), «هارتمن افزود که …» (one) = 2; Shaker (title «مولوی» dropped): «NAME، ROLE، ارقام … را «اغراق‌آمیز» خواند و گفت که …» (one), «شاکر در ویدیویی … افزود: «…»» (one) = 2; Sirat: «NAME، ROLE، می‌گوید که …» (one), «به باور سیرت، …» (one), «او افزود که …» (one) = 3.',
      'UNODC announces the report (an organization; its Kabul head is the speaker); the local source «که نخواست نامش فاش شود» is unnamed; the Taliban leader is only mentioned by title (the ban) and the tweeting ministry is an account; the EU («اختصاص داد») is an organization. «۲ کشته و ۹ زخمی» are two counts; the per-kilogram opium and saffron prices are kept with their basis left out; «دالر» is the Dari spelling of dollar.',
    ],
  },
  {
    name: 'radiofarda-tehran-dams-water-pressure', site: 'radiofarda', inlineAt: -1,
    inline: 'فرونشست تهران؛ هشدار تازه درباره فرودگاه امام',
    url: 'https://www.radiofarda.com/a/tehran-dams-lowest-level-water-pressure-cuts/33491827.html',
    title: 'سدهای تهران در پایین‌ترین سطح دهه‌های اخیر؛ فشار آب شبانه کاهش می‌یابد',
    kicker: 'محیط زیست', date: '۱۴ تیر ۱۴۰۵ - ۱۴:۴۲',
    lead: 'حجم آب ذخیره‌شده در پنج سد اصلی تأمین‌کننده آب تهران به کمتر از ۱۴ درصد ظرفیت آن‌ها رسیده و شرکت آب و فاضلاب استان تهران از کاهش فشار آب در ساعات شب در بیشتر مناطق پایتخت خبر داده است.',
    paras: [
      'به گزارش خبرگزاری ایلنا، در حال حاضر تنها ۲۷۰ میلیون مترمکعب آب در سدهای امیرکبیر، لار، لتیان، طالقان و ماملو ذخیره شده است؛ این رقم در مدت مشابه سال گذشته حدود ۴۸۰ میلیون مترمکعب بود.',
      'محمدرضا بختیاری‌فر، مدیرعامل شرکت آب و فاضلاب استان تهران، روز شنبه به خبرنگاران گفت که از این هفته فشار آب از ساعت ۲۳ تا ۵ صبح در ۱۸ منطقه از ۲۲ منطقه شهرداری کاهش می‌یابد. وی افزود: «مصرف روزانه تهران به ۳ میلیون و ۴۰۰ هزار مترمکعب رسیده است. اگر شهروندان ۲۰ درصد صرفه‌جویی نکنند، ناچار به جیره‌بندی خواهیم شد.»',
      'بختیاری‌فر همچنین گفت که سرانه مصرف آب خانگی در تهران حدود ۲۲۰ لیتر در روز است که تقریباً دو برابر استاندارد جهانی به شمار می‌رود.',
      'یک کارمند شرکت آب و فاضلاب تهران که نخواست نامش فاش شود، به رادیو فردا گفت که در برخی محله‌های جنوب شهر، از جمله نازی‌آباد و خانی‌آباد، آب از هفته گذشته در طبقه‌های بالاتر از سوم عملاً قطع می‌شود.',
      'نیما فرهادپور، پژوهشگر منابع آب در دانشگاه واترلو کانادا، در گفت‌وگو با رادیو فردا گفت که بحران کنونی تنها نتیجه کم‌بارشی نیست. به گفته او، برداشت بی‌رویه از آب‌های زیرزمینی دشت تهران موجب شده زمین در برخی نقاط جنوب‌غربی پایتخت سالانه تا ۳۱ سانتی‌متر فرونشست کند.',
      'فرهادپور افزود: «انتقال آب از سد طالقان و طرح‌های مشابه فقط مشکل را به استان‌های دیگر منتقل می‌کند. تهران به مدیریت تقاضا نیاز دارد، نه سد تازه.»',
      'ماریان کولسون، کارشناس امنیت آب در مؤسسه منابع جهانی (WRI)، نیز به رادیو فردا گفت که ایران در فهرست این مؤسسه جزو ۱۷ کشوری است که با «تنش آبی بسیار شدید» روبه‌رو هستند. کولسون تأکید کرد که بیش از ۸۰ درصد آب ایران در بخش کشاورزی مصرف می‌شود.',
      'سازمان هواشناسی ایران پیش‌تر اعلام کرده بود که بارش‌ها در سال آبی جاری در استان تهران ۴۲ درصد کمتر از میانگین بلندمدت بوده است.',
      'در همین حال، نام کوروش یزدان‌پناه، معاون پیشین وزیر نیرو، در میان گزینه‌های ریاست ستاد تازه‌تأسیس مدیریت بحران آب پایتخت مطرح شده است.',
    ],
    extras: {
      2: `<div class="wsw__embed"><div class="media-pholder media-pholder--video"><div class="c-sticky-container"><div class="c-sticky-element"><div class="c-mmp c-mmp--enabled"><video src="https://rfe-video-hls-ns.akamaized.net/pangeavideo/2026/07/5/5a/5a1c2e93-video.mp4" poster="https://gdb.rferl.org/01000000-0aff-0242-5c11-08dc9b2e3f41_w250_r1.jpg" preload="none"></video><div class="c-mmp__poster-title"><span class="title">ویدیو: صف آب در نازی‌آباد</span> <span class="duration">۰۱:۴۷</span></div></div></div></div></div></div>`,
      4: `<div class="wsw__embed"><div class="media-block-wrap"><h2 class="section-head">مطالب مرتبط</h2><div class="media-block"><a href="/a/tehran-subsidence-imam-airport/33470216.html"><h4 class="media-block__title">فرونشست تهران؛ هشدار تازه درباره فرودگاه امام</h4></a></div></div></div>`,
    },
    tags: ['بحران آب', 'تهران', 'سدها', 'فرونشست'],
    caption: 'سد امیرکبیر (کرج) در تابستان ۱۴۰۵', credit: 'عکس: ایسنا',
    related: ['فرونشست تهران؛ هشدار تازه درباره فرودگاه امام'],
    mostRead: ['اعدام دو زندانی سیاسی در زندان قزل‌حصار', 'دلار در بازار تهران از ۱۰۰ هزار تومان گذشت', 'خاموشی‌های گسترده در خوزستان', 'بازداشت یک روزنامه‌نگار در رشت'],
    comments: [],
    speakers: [
      { name: 'محمدرضا بختیاری‌فر', role: 'مدیرعامل شرکت آب و فاضلاب استان تهران', also_called: ['وی', 'بختیاری‌فر'], statements: 3 },
      { name: 'نیما فرهادپور', role: 'پژوهشگر منابع آب در دانشگاه واترلو کانادا', also_called: ['او', 'فرهادپور'], statements: 3 },
      { name: 'ماریان کولسون', role: 'کارشناس امنیت آب در مؤسسه منابع جهانی (WRI)', also_called: ['کولسون'], statements: 2 },
    ],
    speakers_never: ['خبرگزاری ایلنا', 'یک کارمند شرکت آب و فاضلاب تهران', 'سازمان هواشناسی ایران', 'کوروش یزدان‌پناه'],
    figures: [
      { value: 14, unit: 'درصد', kind: 'percent', about: '«کمتر از ۱۴ درصد» ظرفیت سدها (lead)' },
      { value: 5, unit: 'سد', kind: 'count', about: '«پنج سد اصلی» (count in words, lead)' },
      { value: 270000000, unit: 'مترمکعب', kind: 'measure', about: '«۲۷۰ میلیون مترمکعب» ذخیره کنونی' },
      { value: 480000000, unit: 'مترمکعب', kind: 'measure', about: '«حدود ۴۸۰ میلیون مترمکعب» سال گذشته' },
      { value: 18, unit: 'منطقه', kind: 'count', about: 'مناطق مشمول کاهش فشار' },
      { value: 22, unit: 'منطقه', kind: 'count', about: 'کل مناطق شهرداری' },
      { value: 3400000, unit: 'مترمکعب', kind: 'measure', about: '«۳ میلیون و ۴۰۰ هزار مترمکعب» مصرف روزانه (kept)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'صرفه‌جویی لازم' },
      { value: 220, unit: 'لیتر', kind: 'measure', about: 'سرانه مصرف خانگی در روز (kept)' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«تقریباً دو برابر» استاندارد جهانی' },
      { value: 31, unit: 'سانتی‌متر', kind: 'measure', about: '«تا ۳۱ سانتی‌متر» فرونشست سالانه (kept)' },
      { value: 17, unit: 'کشور', kind: 'count', about: 'کشورهای دچار تنش آبی بسیار شدید' },
      { value: 80, unit: 'درصد', kind: 'percent', about: '«بیش از ۸۰ درصد» سهم کشاورزی' },
      { value: 42, unit: 'درصد', kind: 'percent', about: 'کاهش بارش نسبت به میانگین' },
    ],
    figures_never: ['«ساعت ۲۳ تا ۵ صبح»: clock times', '«روز شنبه», «این هفته», «هفته گذشته», «سال گذشته», «سال آبی جاری»: dates and periods', '«طبقه‌های بالاتر از سوم»: an ordinal', '«روزانه», «در روز», «سرانه», «سالانه»: bases', 'the video («۰۱:۴۷») and the in-body «مطالب مرتبط» block: not body'],
    notes: [
      'A diaspora radio\'s news story on RFE/RL\'s PANGEA CMS (Radio Farda: body class pg-article, the «wsw» article-content div with wsw__embed blocks, gdb.rferl.org images, a JSON-LD NewsArticle whose datePublished is in Pangea\'s shape «2026-07-05 11:12:00Z», UTC with a space and no «T»); the visible date «۱۴ تیر ۱۴۰۵ ایران ۱۴:۴۲» is Jalali with the IRAN time labelled «ایران», inside <time datetime="2026-07-05T11:12:00+00:00">; the gold is 2026-07-05T14:42:00+03:30, the same instant. Category above the title; author link «رادیو فردا»; cover with caption; bold intro as lead; an embedded VIDEO player (title «ویدیو: صف آب در نازی‌آباد», duration) after paragraph 3 and an in-body RELATED block «مطالب مرتبط» after paragraph 5, neither body; share row with the hidden «پیوند در کلیپ‌بورد کپی شد» toast; most-read; footer naming RFE/RL.',
      'statements: Bakhtiarifar: «NAME، ROLE، روز شنبه به خبرنگاران گفت که …» (one), «وی افزود: «…»» (two-sentence quote, once), «بختیاری‌فر همچنین گفت که …» (one) = 3; Farhadpour: «NAME، ROLE، در گفت‌وگو با رادیو فردا گفت که …» (one), «به گفته او، …» (one), «فرهادپور افزود: «…»» (two-sentence quote, once) = 3; Coulson: «NAME، ROLE، نیز به رادیو فردا گفت که …» (one), «کولسون تأکید کرد که …» (one) = 2.',
      'ILNA («به گزارش»), the water company named in the lead («خبر داده است», before its head is named) and the Meteorological Organization («اعلام کرده بود») are organizations; the water company employee «که نخواست نامش فاش شود» is unnamed; Yazdanpanah is only mentioned (a candidate). «پنج سد» is a count in words; «۱۸ منطقه از ۲۲ منطقه» gives two counts.',
    ],
  },
  {
    name: 'dw-persian-iranian-asylum-germany', site: 'dw', author: 'فریبا نوری‌زاده', inlineAt: -1,
    inline: 'آلمان و پرونده اخراج پناهجویان ایرانی',
    url: 'https://www.dw.com/fa-ir/کاهش-درخواست-پناهندگی-ایرانیان-در-آلمان/a-73018462',
    title: 'شمار درخواست‌های پناهندگی ایرانیان در آلمان ۲۷ درصد کاهش یافت',
    kicker: 'آلمان', date: '۱۶ تیر ۱۴۰۵ - ۱۲:۰۰',
    lead: 'بر اساس تازه‌ترین آمار اداره فدرال مهاجرت و پناهندگی آلمان، شمار درخواست‌های نخست پناهندگی شهروندان ایران در شش ماه نخست ۲۰۲۶ نسبت به مدت مشابه سال گذشته ۲۷ درصد کاهش یافته است.',
    paras: [
      'در این مدت ۳ هزار و ۱۴۰ شهروند ایران برای نخستین بار در آلمان درخواست پناهندگی داده‌اند. ایران پس از سوریه، افغانستان و ترکیه در رده چهارم کشورهای مبدأ پناهجویان در آلمان قرار دارد.',
      'یوهانس برکنر، سخنگوی اداره فدرال مهاجرت و پناهندگی (BAMF)، در پاسخ به پرسش دویچه وله گفت که نرخ پذیرش درخواست‌های ایرانیان در این مدت به ۴۱ درصد رسیده است. او افزود: «بیشترین موارد پذیرش به نوکیشان مسیحی، فعالان سیاسی و زنانی مربوط است که به دلیل حجاب اجباری تحت پیگرد بوده‌اند.»',
      'برکنر همچنین گفت که رسیدگی به هر پرونده به‌طور میانگین هشت ماه طول می‌کشد.',
      'شیرین کاظمی‌نژاد، وکیل امور پناهندگی در شهر کلن، به دویچه وله گفت که کاهش درخواست‌ها به معنای بهبود وضعیت حقوق بشر در ایران نیست. به گفته این وکیل، سخت‌تر شدن مسیرهای قاچاق از ترکیه و افزایش هزینه آن به ۱۲ تا ۱۵ هزار یورو، بسیاری را از مهاجرت بازداشته است.',
      'کاظمی‌نژاد افزود: «در ماه‌های اخیر موکلانی داشته‌ام که درخواستشان با این استدلال رد شده که می‌توانند بدون خطر به ایران برگردند. این در حالی است که وضعیت اعدام‌ها در ایران بدتر شده است.»',
      'سازمان حقوق بشر ایران، مستقر در اسلو، اعلام کرده است که دست‌کم ۶۱۰ نفر در شش ماه نخست امسال در ایران اعدام شده‌اند.',
      'یک کارمند اداره اتباع خارجی در شهر دوسلدورف که نخواست نامش فاش شود، به دویچه وله گفت که شمار ایرانیانی که با ویزای تحصیلی به آلمان می‌آیند و پس از پایان اعتبار ویزا درخواست پناهندگی می‌دهند، افزایش یافته است.',
      'کلارا ودکیند، نماینده حزب سبزها در بوندستاگ و عضو کمیسیون امور داخلی، نیز به دویچه وله گفت که دولت آلمان باید اخراج پناهجویان ایرانی را به‌طور کامل متوقف کند. ودکیند یادآوری کرد که در سال گذشته ۲۱۶ شهروند ایران از آلمان اخراج شده‌اند.',
      'وزارت کشور آلمان تا زمان انتشار این گزارش به درخواست دویچه وله برای اظهارنظر پاسخ نداده است. پرونده کیوان صدری، کشتی‌گیر ایرانی که ماه گذشته پس از یک تورنمنت بین‌المللی در دورتموند درخواست پناهندگی داد، نیز هنوز در دست بررسی است.',
    ],
    extras: {
      1: `<div class="sc-video-player" data-media-id="69510287"><div class="vjs-poster" style="background-image:url(https://static.dw.com/image/69510287_302.jpg)"></div><button class="vjs-big-play-button" type="button"><span>پخش ویدیو</span></button><div class="video-meta"><span class="video-title">ویدیو: پناهجویان در مرز لهستان</span> <span class="duration">۰۲:۱۴</span></div></div>`,
      5: '<div class="sc-teaser-inline"><span class="label">برای مطالعه بیشتر</span> <a href="/fa-ir/آلمان-و-پرونده-اخراج-پناهجویان-ایرانی/a-72840119">آلمان و پرونده اخراج پناهجویان ایرانی</a></div>',
    },
    tags: ['آلمان', 'پناهندگی', 'مهاجرت', 'حقوق بشر'],
    caption: 'ساختمان اداره فدرال مهاجرت و پناهندگی در نورنبرگ', credit: 'عکس: Daniel Karmann/dpa/picture alliance',
    related: ['آلمان و پرونده اخراج پناهجویان ایرانی', 'سیاست تازه مهاجرتی اتحادیه اروپا چه تغییری می‌کند؟', 'پناهجویان افغان در آلمان: آینده‌ای نامعلوم'],
    mostRead: ['انتخابات محلی در براندنبورگ؛ پیشتازی حزب راست افراطی', 'گرمای بی‌سابقه در جنوب اروپا', 'کنسرت یک خواننده ایرانی در برلین لغو شد'],
    comments: [],
    speakers: [
      { name: 'یوهانس برکنر', role: 'سخنگوی اداره فدرال مهاجرت و پناهندگی (BAMF)', also_called: ['او', 'برکنر'], statements: 3 },
      { name: 'شیرین کاظمی‌نژاد', role: 'وکیل امور پناهندگی در شهر کلن', also_called: ['این وکیل', 'کاظمی‌نژاد'], statements: 3 },
      { name: 'کلارا ودکیند', role: 'نماینده حزب سبزها در بوندستاگ و عضو کمیسیون امور داخلی', also_called: ['ودکیند'], statements: 2 },
    ],
    speakers_never: ['اداره فدرال مهاجرت و پناهندگی آلمان', 'سازمان حقوق بشر ایران', 'یک کارمند اداره اتباع خارجی در شهر دوسلدورف', 'وزارت کشور آلمان', 'کیوان صدری'],
    figures: [
      { value: 27, unit: 'درصد', kind: 'percent', about: 'کاهش درخواست‌ها (title, lead)' },
      { value: 3140, unit: 'شهروند', kind: 'count', about: '«۳ هزار و ۱۴۰ شهروند ایران» درخواست نخست' },
      { value: 41, unit: 'درصد', kind: 'percent', about: 'نرخ پذیرش' },
      { value: 12000, unit: 'یورو', kind: 'money', about: 'هزینه قاچاق، کف بازه («۱۲ تا ۱۵ هزار یورو»)' },
      { value: 15000, unit: 'یورو', kind: 'money', about: 'هزینه قاچاق، سقف بازه' },
      { value: 610, unit: 'نفر', kind: 'count', about: '«دست‌کم ۶۱۰ نفر» اعدام‌شده' },
      { value: 216, unit: 'شهروند', kind: 'count', about: 'اخراج‌شدگان سال گذشته' },
    ],
    figures_never: ['«شش ماه نخست ۲۰۲۶», «سال گذشته», «امسال», «ماه گذشته», «ماه‌های اخیر»: periods and dates', '«هشت ماه»: a duration', '«رده چهارم», «نخستین بار»: ordinals', '«هر پرونده»: a basis', 'the video («۰۲:۱۴») and the «برای مطالعه بیشتر» teaser: not body'],
    notes: [
      'A report of an international broadcaster\'s Persian service on DW\'s REACT FRONTEND (server-rendered, styled-components «sc-…» class names, window.__APOLLO_STATE__ with «firstPublicationDate»:"2026-07-07T08:30:00.000Z", a JSON-LD NewsArticle with the same UTC datePublished); the visible date is NUMERIC Jalali with Persian digits, «۱۴۰۵/۰۴/۱۶», with NO time, in <time datetime="…Z">; the <title> carries DW\'s Gregorian «07.07.2026»; the gold is the UTC instant in Tehran time, 2026-07-07T12:00:00+03:30 (10:30 in Bonn). Breadcrumb; author; reading time; teaser as lead; photo with a description and an agency credit «عکس: Daniel Karmann/dpa/picture alliance»; an embedded VIDEO player («پخش ویدیو», title, duration) after paragraph 2 and a «برای مطالعه بیشتر» teaser after paragraph 6, neither body; «موضوعات» links, share, «گزارش‌های بیشتر», a follow line, footer with DW\'s legal links. No comments.',
      'statements: Brückner: «NAME، ROLE، در پاسخ به پرسش دویچه وله گفت که …» (one), «او افزود: «…»» (one), «برکنر همچنین گفت که …» (one) = 3; Kazeminejad: «NAME، ROLE، به دویچه وله گفت که …» (one), «به گفته این وکیل، …» (role alone, one), «کاظمی‌نژاد افزود: «…»» (two-sentence quote, once) = 3; Wedekind: «NAME، ROLE، نیز به دویچه وله گفت که …» (one), «ودکیند یادآوری کرد که …» (one) = 2.',
      'BAMF in the lead («بر اساس تازه‌ترین آمار»), the Oslo-based Iran Human Rights («اعلام کرده است») and the interior ministry (no comment) are organizations; the Düsseldorf foreigners\' office employee «که نخواست نامش فاش شود» is unnamed; the wrestler Keyvan Sadri is only mentioned. «۳ هزار و ۱۴۰ شهروند» and «۲۱۶ شهروند» are two counts with one unit; «۱۲ تا ۱۵ هزار یورو» gives both ends (the scale word applies to both); «هشت ماه» is a duration.',
    ],
  },
  {
    name: 'kayhanlondon-dollar-passes-100k-toman', site: 'kayhan', inlineAt: -1,
    inline: 'تورم خرداد؛ سفره خانوارها کوچک‌تر شد',
    url: 'https://kayhan.london/fa/1405/04/11/dollar-passes-100000-toman-tehran',
    title: 'دلار در بازار آزاد تهران از مرز ۱۰۰ هزار تومان گذشت',
    kicker: 'اقتصاد', date: '۱۱ تیر ۱۴۰۵ - ۱۴:۲۰',
    paras: [
      'کیهان لندن- نرخ دلار آمریکا در بازار آزاد تهران روز چهارشنبه برای نخستین بار از ۱۰۰ هزار تومان گذشت و قیمت هر سکه تمام‌بهار آزادی طرح جدید به ۸۴ میلیون تومان رسید.',
      'دلار در معاملات روز چهارشنبه تا ۱۰۱ هزار و ۳۰۰ تومان هم معامله شد؛ این ارز در آغاز سال ۱۴۰۵ حدود ۸۶ هزار تومان قیمت داشت و به این ترتیب ارزش ریال در کمتر از چهار ماه بیش از ۱۵ درصد کاهش یافته است.',
      'یک صراف در خیابان فردوسی که نخواست نامش فاش شود، به کیهان لندن گفت: «از صبح صف خریدار جلوی مغازه‌ها بود و کسی نمی‌فروخت. مردم هرچه پول نقد دارند به دلار و سکه تبدیل می‌کنند.»',
      'حمید شاهرخی، معاون ارزی بانک مرکزی جمهوری اسلامی، در گفت‌وگو با خبرگزاری تسنیم افزایش نرخ ارز را «هیجانی و موقت» خواند و گفت که بانک مرکزی در این هفته ۴۰۰ میلیون دلار ارز به بازار تزریق خواهد کرد.',
      'شاهرخی همچنین مدعی شد که ذخایر ارزی کشور «در وضعیت مطلوبی» قرار دارد و نگرانی برای تأمین ارز کالاهای اساسی وجود ندارد.',
      'اما بهنام قلی‌پور، اقتصاددان و استاد دانشگاه تورنتو، به کیهان لندن گفت که تزریق ارز تنها اثری کوتاه‌مدت دارد. او افزود: «نقدینگی در ایران از ۱۰ هزار همت گذشته و تورم نقطه‌به‌نقطه نزدیک به ۴۵ درصد است. با این ارقام، هیچ بانک مرکزی نمی‌تواند نرخ ارز را مهار کند.»',
      'قلی‌پور همچنین هشدار داد که اگر مذاکرات هسته‌ای به نتیجه نرسد، دلار تا پایان تابستان می‌تواند به ۱۲۰ هزار تومان برسد.',
      'ویلیام هارگریوز، تحلیلگر ارشد بازارهای نوظهور در مؤسسه کپیتال اکونومیکس در لندن، نیز به کیهان لندن گفت که صادرات نفت ایران در ماه ژوئن به حدود یک میلیون و ۴۰۰ هزار بشکه در روز کاهش یافته و درآمد ارزی حکومت زیر فشار است. هارگریوز پیش‌بینی کرد که اقتصاد ایران امسال ۲ درصد کوچک شود.',
      'مرکز آمار ایران نیز اعلام کرده است که تورم سالانه در خرداد به ۳۹٫۶ درصد رسیده است.',
      'همزمان خبرگزاری فارس از بازداشت ۱۲ نفر از فعالان بازار ارز در تهران به اتهام «اخلال در نظام اقتصادی» خبر داد و نوشت که مجید توکلی‌راد، مدیر یک صرافی مجاز در میدان فردوسی، نیز در میان بازداشت‌شدگان است.',
    ],
    extras: {
      2: `<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe title="صف خرید ارز" width="640" height="360" src="https://www.youtube.com/embed/Rk5nT8wLq2M?feature=oembed" frameborder="0" allowfullscreen></iframe></div><figcaption>ویدئو: صف خرید ارز در خیابان فردوسی تهران</figcaption></figure>`,
      6: '<p class="kl-readmore"><strong>بیشتر بخوانید:</strong> <a href="https://kayhan.london/fa/1405/04/03/inflation-khordad-households">تورم خرداد؛ سفره خانوارها کوچک‌تر شد</a></p>',
    },
    tags: ['دلار', 'بازار ارز', 'بانک مرکزی', 'تورم'],
    caption: 'تابلوی نرخ ارز در یکی از صرافی‌های خیابان فردوسی تهران', credit: 'عکس: شبکه‌های اجتماعی',
    related: ['تورم خرداد؛ سفره خانوارها کوچک‌تر شد', 'قیمت مسکن در تهران؛ متری ۱۲۰ میلیون', 'سقوط بورس تهران پس از خبر توقف مذاکرات'],
    mostRead: ['اعتصاب کامیون‌داران به ۱۸ استان رسید', 'بازداشت یک خواننده زن در شیراز', 'قطعی برق و آب در تابستان ۱۴۰۵', 'فهرست کالاهای ممنوع‌الورود تازه منتشر شد'],
    comments: [['پرویز از تورنتو', 'حقوق یک کارگر دیگر به ۲۰۰ دلار هم نمی‌رسد.'], ['مینا', 'هر روز خبر بد، خسته شدیم.']],
    speakers: [
      { name: 'حمید شاهرخی', role: 'معاون ارزی بانک مرکزی جمهوری اسلامی', also_called: ['شاهرخی'], statements: 2 },
      { name: 'بهنام قلی‌پور', role: 'اقتصاددان و استاد دانشگاه تورنتو', also_called: ['او', 'قلی‌پور'], statements: 3 },
      { name: 'ویلیام هارگریوز', role: 'تحلیلگر ارشد بازارهای نوظهور در مؤسسه کپیتال اکونومیکس در لندن', also_called: ['هارگریوز'], statements: 2 },
    ],
    speakers_never: ['یک صراف در خیابان فردوسی', 'خبرگزاری تسنیم', 'مرکز آمار ایران', 'خبرگزاری فارس', 'مجید توکلی‌راد', 'کیهان لندن'],
    figures: [
      { value: 100000, unit: 'تومان', kind: 'money', about: '«۱۰۰ هزار تومان» نرخ دلار (title, first paragraph)' },
      { value: 84000000, unit: 'تومان', kind: 'money', about: '«۸۴ میلیون تومان» سکه تمام‌بهار آزادی (kept; «هر سکه» is its basis)' },
      { value: 101300, unit: 'تومان', kind: 'money', about: '«۱۰۱ هزار و ۳۰۰ تومان» بالاترین نرخ روز' },
      { value: 86000, unit: 'تومان', kind: 'money', about: 'نرخ دلار در آغاز ۱۴۰۵' },
      { value: 15, unit: 'درصد', kind: 'percent', about: '«بیش از ۱۵ درصد» کاهش ارزش ریال' },
      { value: 400000000, unit: 'دلار', kind: 'money', about: '«۴۰۰ میلیون دلار» تزریق ارز' },
      { value: 10000000000000000, unit: 'همت', kind: 'money', about: '«۱۰ هزار همت» نقدینگی (همت = هزار میلیارد تومان)' },
      { value: 45, unit: 'درصد', kind: 'percent', about: '«نزدیک به ۴۵ درصد» تورم نقطه‌به‌نقطه' },
      { value: 120000, unit: 'تومان', kind: 'money', about: 'پیش‌بینی نرخ دلار تا پایان تابستان' },
      { value: 1400000, unit: 'بشکه', kind: 'measure', about: '«یک میلیون و ۴۰۰ هزار بشکه در روز» صادرات نفت (kept)' },
      { value: 2, unit: 'درصد', kind: 'percent', about: 'کوچک شدن اقتصاد' },
      { value: 39.6, unit: 'درصد', kind: 'percent', about: '«۳۹٫۶ درصد» تورم سالانه خرداد (decimal)' },
      { value: 12, unit: 'نفر', kind: 'count', about: 'بازداشت‌شدگان بازار ارز' },
    ],
    figures_never: ['«روز چهارشنبه», «آغاز سال ۱۴۰۵», «این هفته», «پایان تابستان», «ماه ژوئن», «امسال», «خرداد»: dates and periods', '«کمتر از چهار ماه»: a duration', '«نخستین بار»: an ordinal', '«هر سکه», «در روز»: bases', 'the YouTube title line and the «بیشتر بخوانید:» link: not body'],
    notes: [
      'A market story of a London-based diaspora weekly on WORDPRESS with the JNews theme (Kayhan London: Yoast metas, article:published_time «2026-07-02T10:50:00+01:00», LONDON summer time; jeg_* classes); the header shows today in Jalali and Gregorian; the visible article date «پنجشنبه ۱۱ تیر ۱۴۰۵ برابر با ۲ ژوئیه ۲۰۲۶» has NO time; the gold is the +01:00 instant in Tehran time, 2026-07-02T14:20:00+03:30. NO separate lead: the text opens with the site\'s dateline «کیهان لندن-», part of the first paragraph and of the body; featured image with caption; an embedded YOUTUBE video with a title line after paragraph 3 and a «بیشتر بخوانید:» link after paragraph 7, neither body; tags, share, a «از کیهان لندن حمایت کنید» box, related, comments, most-read, footer.',
      'statements: Shahrokhi: «NAME، ROLE، در گفت‌وگو با خبرگزاری تسنیم … را «هیجانی و موقت» خواند و گفت که …» (one), «شاهرخی همچنین مدعی شد که …» (one) = 2; Gholipour: «NAME، ROLE، به کیهان لندن گفت که …» (one), «او افزود: «…»» (two-sentence quote, once), «قلی‌پور همچنین هشدار داد که …» (one) = 3; Hargreaves: «NAME، ROLE، نیز به کیهان لندن گفت که …» (one), «هارگریوز پیش‌بینی کرد که …» (one) = 2.',
      'The money changer «که نخواست نامش فاش شود» is unnamed though quoted directly; Tasnim and Fars (news agencies; Fars «خبر داد و نوشت») and the Statistical Centre («اعلام کرده است») are organizations; the detained exchange-office manager Tavakolirad is only mentioned. «۱۰ هزار همت» is 1e16 toman with unit همت; «۳۹٫۶ درصد» is a decimal with the Persian decimal separator; «۱۰۰ هزار تومان» appears in the title and the first paragraph and is one figure.',
    ],
  },
  {
    name: 'radiozamaneh-baneh-kolbars-killed', site: 'zamaneh', author: 'رادیو زمانه', inlineAt: -1,
    inline: 'کولبری؛ کاری که نان می‌دهد و جان می‌گیرد',
    url: 'https://www.radiozamaneh.com/891245/',
    title: 'کشته شدن سه کولبر در ارتفاعات بانه؛ «برادرم برای هزینه دانشگاه کولبری می‌کرد»',
    kicker: 'خبر', date: '۱۸ تیر ۱۴۰۵ - ۱۹:۰۵',
    lead: 'سه کولبر روز سه‌شنبه در ارتفاعات مرزی بانه در استان کردستان با شلیک مستقیم نیروهای نظامی جمهوری اسلامی کشته و دو کولبر دیگر زخمی شدند.',
    paras: [
      'این کولبران که اهل روستاهای اطراف بانه بودند، با بارهایی از لوازم خانگی در حال عبور از گردنه «کانی‌سیو» بودند که هدف تیراندازی قرار گرفتند. هویت دو تن از کشته‌شدگان، سیروان ویسی و هیمن قادری، اعلام شده است.',
      'آرام شریفی، سخنگوی سازمان حقوق بشری هه‌نگاو، به رادیو زمانه گفت که نیروهای مرزبانی بدون هیچ اخطاری به سوی کولبران شلیک کرده‌اند. او افزود: «از ابتدای سال ۱۴۰۵ دست‌کم ۲۶ کولبر در مرزهای غربی کشته و ۸۴ نفر زخمی شده‌اند. این آمار در مقایسه با مدت مشابه سال گذشته ۳۰ درصد بیشتر است.»',
      'شریفی همچنین گفت که یکی از زخمی‌ها نوجوانی ۱۶ ساله است که به بیمارستان صلاح‌الدین ایوبی بانه منتقل شده و وضعیت او وخیم گزارش شده است.',
      'رحمان ویسی، برادر سیروان، به رادیو زمانه گفت: «برادرم دانشجوی مهندسی بود و برای تأمین هزینه دانشگاه کولبری می‌کرد. برای هر بار حمل ۲ میلیون تومان می‌گرفت و جانش را سر همین پول داد.»',
      'ویسی افزود که خانواده‌ها تاکنون نتوانسته‌اند پیکر کشته‌شدگان را از پزشکی قانونی تحویل بگیرند و به آنان گفته شده باید تعهد بدهند که با رسانه‌ها گفت‌وگو نکنند.',
      'یک منبع محلی در بانه که نخواست نامش فاش شود، گفت که ماموران امنیتی خانواده‌ها را برای برگزاری بی‌سروصدای مراسم خاکسپاری تحت فشار گذاشته‌اند.',
      'لوسیا فرناندز، پژوهشگر حقوق کار در سازمان بین‌المللی کار (ILO)، در گفت‌وگو با رادیو زمانه گفت که کولبری «یکی از خطرناک‌ترین شکل‌های کار غیررسمی در جهان» است. فرناندز با اشاره به نرخ بیکاری بیش از ۲۰ درصد در استان کردستان گفت که بدون ایجاد شغل جایگزین، کشته شدن کولبران ادامه خواهد یافت.',
      'مجلس شورای اسلامی در سال ۱۳۹۸ طرح ساماندهی کولبران را تصویب کرد که بر اساس آن حدود ۷۰ هزار کولبر باید کارت رسمی دریافت می‌کردند، اما به گفته فعالان مدنی این طرح هرگز به‌طور کامل اجرا نشد.',
      'فرماندهی مرزبانی استان کردستان تاکنون درباره این رویداد اظهارنظری نکرده است. رسانه‌های داخلی ایران نیز تنها به انتشار خبر کوتاهی درباره «درگیری با قاچاقچیان مسلح» در مرز بانه بسنده کرده‌اند.',
    ],
    extras: {
      2: `<blockquote class="twitter-tweet" data-lang="fa" data-dnt="true"><p lang="fa" dir="rtl">گزارش‌های رسیده از سه کولبر جان‌باخته در ارتفاعات بانه؛ دو کولبر دیگر زخمی شده‌اند. <a href="https://t.co/Hq7vB2nX9c">pic.twitter.com/Hq7vB2nX9c</a></p>&mdash; Hengaw (@Hengaw_English) <a href="https://twitter.com/Hengaw_English/status/2074460185237299718">July 7, 2026</a></blockquote>`,
      6: '<div class="read-more"><span>بیشتر بخوانید</span> <a href="https://www.radiozamaneh.com/884017/">کولبری؛ کاری که نان می‌دهد و جان می‌گیرد</a></div>',
    },
    tags: ['کولبران', 'بانه', 'کردستان', 'حقوق بشر'],
    caption: 'کولبران در ارتفاعات مرزی کردستان', credit: 'عکس از آرشیو',
    related: ['کولبری؛ کاری که نان می‌دهد و جان می‌گیرد', 'بازداشت فعالان کارگری در سنندج', 'گزارش سالانه هه‌نگاو درباره کشتار کولبران'],
    mostRead: ['اعتصاب کارگران پتروشیمی ماهشهر ادامه دارد', 'زنان و قانون حجاب تازه', 'کتاب هفته: روایت‌هایی از زندان اوین', 'پرستاران: شیفت‌های اجباری را نمی‌پذیریم'],
    comments: [],
    speakers: [
      { name: 'آرام شریفی', role: 'سخنگوی سازمان حقوق بشری هه‌نگاو', also_called: ['او', 'شریفی'], statements: 3 },
      { name: 'رحمان ویسی', role: 'برادر سیروان', also_called: ['ویسی'], statements: 2 },
      { name: 'لوسیا فرناندز', role: 'پژوهشگر حقوق کار در سازمان بین‌المللی کار (ILO)', also_called: ['فرناندز'], statements: 2 },
    ],
    speakers_never: ['سیروان ویسی', 'هیمن قادری', 'یک منبع محلی در بانه', 'فرماندهی مرزبانی استان کردستان', 'مجلس شورای اسلامی', 'فعالان مدنی', 'Hengaw'],
    figures: [
      { value: 3, unit: 'کولبر', kind: 'count', about: '«سه کولبر» کشته (lead, title; count in words)' },
      { value: 2, unit: 'کولبر', kind: 'count', about: '«دو کولبر دیگر» زخمی (count in words)' },
      { value: 26, unit: 'کولبر', kind: 'count', about: '«دست‌کم ۲۶ کولبر» کشته از ابتدای ۱۴۰۵' },
      { value: 84, unit: 'نفر', kind: 'count', about: 'زخمی‌ها از ابتدای ۱۴۰۵' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'افزایش نسبت به سال گذشته' },
      { value: 2000000, unit: 'تومان', kind: 'money', about: 'مزد هر بار حمل (kept; «هر بار» is its basis)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«بیش از ۲۰ درصد» بیکاری در کردستان' },
      { value: 70000, unit: 'کولبر', kind: 'count', about: '«حدود ۷۰ هزار کولبر» مشمول کارت' },
    ],
    figures_never: ['«روز سه‌شنبه», «ابتدای سال ۱۴۰۵», «سال گذشته», «سال ۱۳۹۸»: dates and years', '«۱۶ ساله»: an age', '«دو تن از کشته‌شدگان», «یکی از زخمی‌ها»: part of a count already given', '«هر بار»: a basis', 'the embedded tweet («July 7, 2026») and the «بیشتر بخوانید» box: not body'],
    notes: [
      'A news story of an Amsterdam-based diaspora outlet on WORDPRESS (Radio Zamaneh: article:published_time «2026-07-09T17:35:00+02:00», Central European SUMMER time, and the same value in a Yoast JSON-LD); the visible date «پنجشنبه ۱۸ تیر ۱۴۰۵» is Jalali in words with NO time; the gold is the +02:00 instant in Tehran time, 2026-07-09T19:05:00+03:30. Header with «حمایت از زمانه»; kicker; title; writer; lead paragraph; photo with caption; an EMBEDDED TWEET of Hengaw (Persian text, its own date «July 7, 2026») after paragraph 3 and a «بیشتر بخوانید» box after paragraph 7, neither body; tags, share, the CREATIVE COMMONS licence line, related, most-read, footer.',
      'statements: Sharifi: «NAME، ROLE، به رادیو زمانه گفت که …» (one), «او افزود: «…»» (two-sentence quote, once), «شریفی همچنین گفت که …» (one) = 3; Rahman Veisi (introduced «NAME، برادر سیروان،»): «… به رادیو زمانه گفت: «…»» (multi-sentence quote, once), «ویسی افزود که …» (one) = 2; Fernández: «NAME، ROLE، در گفت‌وگو با رادیو زمانه گفت که …» (one), «فرناندز با اشاره به … گفت که …» (one) = 2.',
      'The two killed porters Sirvan Veisi and Himan Ghaderi are only mentioned; «ویسی» alone (after Sirvan is named) means the speaker Rahman, who is introduced as Sirvan\'s brother; the local source «که نخواست نامش فاش شود» is unnamed; the border command (no comment), the parliament (passed the plan), «فعالان مدنی» (a group, «به گفته فعالان مدنی») and Hengaw as an organization/tweeting account are not speakers. «سه کولبر», «دو کولبر», «۲۶ کولبر» and «۷۰ هزار کولبر» are four counts with one unit.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (page text written for this set).
// ---------------------------------------------------------------------------------------------

/** [start time (Tehran), programme, short description] of the VOA Persian TV schedule day. */
const VOA_SCHEDULE: [string, string, string][] = [
  ['06:30', 'صبح و خبر', 'مرور خبرهای شب گذشته و روزنامه‌های صبح'],
  ['08:00', 'تکرار: افق', 'برنامه گفت‌وگومحور درباره رویدادهای هفته'],
  ['10:00', 'ورزش ۳۶۰', 'تازه‌ترین خبرهای ورزشی ایران و جهان'],
  ['12:30', 'خبر نیمروز', 'خبرهای ایران و جهان در ۳۰ دقیقه'],
  ['16:00', 'صفحه آخر', 'نگاهی طنزآمیز به خبرهای هفته'],
  ['19:30', 'خبر ساعت هفت‌ونیم', 'مهم‌ترین خبرهای روز با گزارش خبرنگاران'],
  ['21:00', 'افق', 'گفت‌وگو با کارشناسان درباره موضوع روز'],
  ['22:30', 'روی خط', 'پاسخ به تماس‌ها و پیام‌های بینندگان'],
  ['23:30', 'شب‌خبر', 'جمع‌بندی خبرهای روز'],
];

function voaSchedule(): NonArt {
  const title = 'جدول پخش برنامه‌های تلویزیون صدای آمریکا';
  const days = ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'];
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl" class="no-js">
<head>
<meta charset="utf-8" />
<title>${title}</title>
<meta name="description" content="جدول پخش برنامه‌های تلویزیون صدای آمریکا به وقت تهران" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://ir.voanews.com/schedule/tv/87" />
<meta property="og:site_name" content="صدای آمریکا" />
<link rel="stylesheet" href="/Content/responsive/VOA/fa-IR/VOA-fa-IR.css?&amp;av=0.0.0.0&amp;cb=388" />
</head>
<body dir="rtl" class="pg-schedule">
<div class="hdr-20"><a class="hdr-20__logo" href="/"><img src="/Content/responsive/VOA/fa-IR/img/logo.svg" alt="صدای آمریکا" /></a>
<nav class="main-menu"><ul><li><a href="/z/3616">ایران</a></li><li><a href="/z/3617">آمریکا</a></li><li><a href="/z/3618">جهان</a></li><li><a href="/z/6290">ویدیو</a></li><li class="active"><a href="/schedule/tv/87">جدول پخش</a></li><li><a href="/live/video/87">پخش زنده</a></li></ul></nav></div>
<div class="container"><h1 class="pg-title">${title}</h1>
<p class="schedule-note">ساعت‌ها به وقت تهران است. برنامه‌ها ممکن است بدون اطلاع قبلی تغییر کند.</p>
<ul class="schedule-days">${days.map((d, i) => `<li${i === 2 ? ' class="active"' : ''}><a href="/schedule/tv/87?day=${i}">${d}</a></li>`).join('')}</ul>
<h2 class="schedule-date">دوشنبه ${persian(15)} تیر ${persian(1405)}</h2>
<ul class="schedule-list">
${VOA_SCHEDULE.map(([t, p, d]) => `<li class="schedule-item"><span class="time">${persian(t)}</span> <a class="program" href="/z/${7000 + t.charCodeAt(0) * 3 + Number(t.slice(3))}">${p}</a><p class="description">${d}</p></li>`).join('\n')}
</ul>
<div class="schedule-freq"><h2>فرکانس‌های ماهواره‌ای</h2><p>یاه‌ست: ۱۱۷۶۶ عمودی، سیمبل‌ریت ۲۷۵۰۰ | هات‌برد: ۱۲۳۸۰ عمودی، سیمبل‌ریت ۲۷۵۰۰</p></div>
</div>
<footer role="contentinfo"><p>صدای آمریکا یک رسانه مستقل است که با بودجه دولت آمریکا اداره می‌شود.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-voa-persian-tv-schedule', markup: 'program-schedule-voa-pangea', url: 'https://ir.voanews.com/schedule/tv/87', title, html,
    notes: ['A TV PROGRAMME SCHEDULE of a diaspora broadcaster on the Pangea CMS (VOA Persian): the page title as <h1>, a note that times are Tehran time, weekday tabs, the selected day «دوشنبه ۱۵ تیر ۱۴۰۵», nine programmes each with a start time, a linked name and a one-line description, satellite frequencies, footer. A timetable of short lines, no running text: not an article.'] };
}

/** [title, author, Afghan date, excerpt] of the Etilaatroz category listing. */
const ETR_POSTS: [string, string, string, string][] = [
  ['کودکان کار در کوچه‌های هرات؛ روایت شش کودک', 'زهرا رضایی', '۱۹ سرطان ۱۴۰۵', 'شش کودک که روزانه در جاده‌های هرات بوت‌پاکی و خریطه‌فروشی می‌کنند، از زندگی‌شان می‌گویند...'],
  ['معلمان قراردادی غزنی شش ماه است معاش نگرفته‌اند', 'گزارشگر اطلاعات روز', '۱۸ سرطان ۱۴۰۵', 'معلمان مکتب‌های خصوصی و قراردادی در ولسوالی‌های جاغوری و مالستان می‌گویند...'],
  ['بازار سرد قالین در اندخوی', 'محمدعلی ساعی', '۱۶ سرطان ۱۴۰۵', 'بافندگان قالین در ولایت فاریاب می‌گویند که صادرات قالین به ترکیه و امارات...'],
  ['سیلاب‌های بهاری و زمین‌های از دست‌رفته در بغلان', 'لیلا احمدی', '۱۴ سرطان ۱۴۰۵', 'سه ماه پس از سیلاب‌های ویرانگر، صدها خانواده در ولسوالی بغلان مرکزی هنوز...'],
  ['دانشجویانی که راه خارج را انتخاب کردند', 'گزارشگر اطلاعات روز', '۱۱ سرطان ۱۴۰۵', 'پس از ممنوعیت تحصیل دختران، شمار زیادی از خانواده‌ها فرزندانشان را به قزاقستان و قرقیزستان...'],
  ['بیمارستان‌های بی‌دوا در دایکندی', 'حسین قربانی', '۹ سرطان ۱۴۰۵', 'کمبود دارو و داکتر متخصص در شفاخانه ولایتی نیلی بیماران را مجبور به سفر به کابل...'],
];

function etilaatrozCategory(): NonArt {
  const title = 'گزارش';
  const html = `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آرشیو‌های گزارش - اطلاعات روز</title>
<meta name="robots" content="index, follow">
<link rel="canonical" href="https://www.etilaatroz.com/category/report/">
<link rel="next" href="https://www.etilaatroz.com/category/report/page/2/">
<meta property="og:type" content="website">
<meta property="og:site_name" content="اطلاعات روز">
<script type="application/ld+json" class="yoast-schema-graph">${js({ '@context': 'https://schema.org', '@graph': [{ '@type': 'CollectionPage', '@id': 'https://www.etilaatroz.com/category/report/', name: 'آرشیو‌های گزارش - اطلاعات روز', inLanguage: 'fa-IR' }, { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'خانه', item: 'https://www.etilaatroz.com/' }, { '@type': 'ListItem', position: 2, name: 'گزارش' }] }] })}</script>
<link rel="stylesheet" id="etr-style-css" href="https://www.etilaatroz.com/wp-content/themes/etilaatroz/style.css?ver=4.1" media="all">
</head>
<body class="archive category category-report category-12">
<header class="site-header"><div class="top"><span class="today">دوشنبه ۲۲ سرطان ۱۴۰۵</span> <a href="https://www.etilaatroz.com/en/">English</a></div>
<a class="logo" href="https://www.etilaatroz.com/"><img src="https://www.etilaatroz.com/wp-content/themes/etilaatroz/img/logo.svg" alt="اطلاعات روز"></a>
<nav class="main-menu"><a href="https://www.etilaatroz.com/category/news/">خبر</a> <a class="current" href="https://www.etilaatroz.com/category/report/">گزارش</a> <a href="https://www.etilaatroz.com/category/investigation/">تحقیق</a> <a href="https://www.etilaatroz.com/category/opinion/">دیدگاه</a> <a href="https://www.etilaatroz.com/category/women/">زن</a> <a href="https://www.etilaatroz.com/category/culture/">فرهنگ</a></nav></header>
<main class="archive-main">
<nav class="breadcrumbs"><a href="https://www.etilaatroz.com/">خانه</a> » <span>گزارش</span></nav>
<h1 class="archive-title">${title}</h1>
<p class="archive-description">گزارش‌های میدانی خبرنگاران اطلاعات روز از ولایت‌های افغانستان</p>
<div class="posts-grid">
${ETR_POSTS.map(([t, a, d, x], i) => `<article class="post-card"><a href="https://www.etilaatroz.com/${212400 - i * 37}/"><img src="https://www.etilaatroz.com/wp-content/uploads/2026/07/report-${i + 1}.jpg" alt=""></a><h2 class="post-card__title"><a href="https://www.etilaatroz.com/${212400 - i * 37}/">${t}</a></h2><div class="post-card__meta"><span class="author">${a}</span> <span class="date">${d}</span></div><p class="post-card__excerpt">${x}</p></article>`).join('\n')}
</div>
<nav class="pagination"><span class="current">${persian(1)}</span> <a href="https://www.etilaatroz.com/category/report/page/2/">${persian(2)}</a> <a href="https://www.etilaatroz.com/category/report/page/3/">${persian(3)}</a> … <a href="https://www.etilaatroz.com/category/report/page/148/">${persian(148)}</a> <a class="next" href="https://www.etilaatroz.com/category/report/page/2/">بعدی »</a></nav>
</main>
<footer class="site-footer"><p>اطلاعات روز، روزنامه مستقل افغانستان</p><p>تمامی حقوق محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-etilaatroz-category-report', markup: 'category-page-etilaatroz-wordpress', url: 'https://www.etilaatroz.com/category/report/', title, html,
    notes: ['A CATEGORY ARCHIVE of an Afghan daily in Dari on WordPress (Etilaatroz: Yoast CollectionPage and BreadcrumbList, rel=next): the category name «گزارش» as <h1> with a one-line description, six post cards each with image, linked title, author, a solar Hijri date with the AFGHAN month name «سرطان» and a cut excerpt ending in «...», pagination up to page 148. A list of teasers: not an article.'] };
}

/** [Kabul time, short update] of the Amu TV live-updates feed. */
const AMU_UPDATES: [string, string][] = [
  ['18:40', 'سیلاب در ولسوالی شیبر بامیان دست‌کم ۱۲ خانه را ویران کرد.'],
  ['17:55', 'طالبان در هرات دو خبرنگار محلی را بازداشت کردند؛ دلیل بازداشت روشن نیست.'],
  ['17:10', 'نرخ دالر در بازار سرای شهزاده کابل به ۶۹ افغانی و ۴۰ پول رسید.'],
  ['16:25', 'سازمان ملل: بیش از ۲۰۰ هزار مهاجر در ماه جوزا از ایران به افغانستان برگشته‌اند.'],
  ['15:40', 'وزارت معارف طالبان از تغییر نصاب درسی مکتب‌های ابتدایی خبر داد.'],
  ['14:15', 'یک زمین‌لرزه ۴.۲ ریشتری ولایت بدخشان را لرزاند؛ گزارشی از تلفات در دست نیست.'],
  ['13:30', 'پرواز مستقیم کابل - استانبول پس از سه سال از سر گرفته شد.'],
];

function amuLiveIndex(): NonArt {
  const title = 'خبرهای لحظه‌ای';
  const html = `<!DOCTYPE html>
<html dir="rtl" lang="fa-AF">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>خبرهای لحظه‌ای | آمو</title>
<meta name="description" content="تازه‌ترین خبرهای افغانستان به شکل لحظه‌ای">
<link rel="canonical" href="https://amu.tv/fa/live-updates/">
<meta http-equiv="refresh" content="300">
<link rel="stylesheet" href="https://amu.tv/wp-content/themes/amu/dist/style.css?ver=2.3.0" media="all">
</head>
<body class="page-template page-template-live-updates">
<header class="amu-header"><a href="https://amu.tv/fa/"><img src="https://amu.tv/wp-content/themes/amu/dist/img/logo-fa.svg" alt="آمو"></a>
<nav><a href="https://amu.tv/fa/category/news/">خبرها</a> <a href="https://amu.tv/fa/category/reports/">گزارش‌ها</a> <a href="https://amu.tv/fa/category/video/">ویدیو</a> <a class="active" href="https://amu.tv/fa/live-updates/">لحظه به لحظه</a> <a href="https://amu.tv/">English</a> <a href="https://amu.tv/ps/">پښتو</a></nav></header>
<main class="live-index">
<h1>${title}</h1>
<div class="live-status"><span class="pulse"></span> به‌روزرسانی خودکار هر ${persian(5)} دقیقه | آخرین به‌روزرسانی: ${persian('18:40')} به وقت کابل</div>
<div class="live-day">دوشنبه ${persian(22)} سرطان ${persian(1405)}</div>
<ol class="live-feed">
${AMU_UPDATES.map(([t, x], i) => `<li class="live-item" id="update-${88120 - i}"><time datetime="2026-07-13T${t}:00+04:30">${persian(t)}</time><p>${x}</p><a class="live-link" href="https://amu.tv/fa/${88120 - i * 7}/">جزئیات</a> <button type="button" class="share-item">همرسانی</button></li>`).join('\n')}
</ol>
<button type="button" class="load-more">نمایش خبرهای قدیمی‌تر</button>
</main>
<footer class="amu-footer"><p>© ${persian(2026)} آمو. تمامی حقوق محفوظ است.</p></footer>
<script>window.amuLive = ${js({ endpoint: '/wp-json/amu/v1/live', interval: 300, last: 88120 })};</script>
</body>
</html>
`;
  return { name: 'nonarticle-amu-live-updates-index', markup: 'live-updates-index-amu', url: 'https://amu.tv/fa/live-updates/', title, html,
    notes: ['A LIVE-UPDATES INDEX of an Afghan outlet in Dari (Amu TV on WordPress): the feed title as <h1>, an auto-refresh notice with the last update in Kabul time, the day line «دوشنبه ۲۲ سرطان ۱۴۰۵», seven one-sentence updates on unrelated subjects, each with a Kabul time (<time datetime> +04:30), a «جزئیات» link and a share button, and a «نمایش خبرهای قدیمی‌تر» button. Headlines of separate stories, no single story: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [voaSchedule(), etilaatrozCategory(), amuLiveIndex()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout17', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '48213', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['pajhwok-islam-qala-returnees']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true },
    },
  );
}
