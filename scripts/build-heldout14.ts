// Builds the FOURTEENTH held-out fixture set, tests/fixtures/heldout14/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme of the set: small and regional Persian news sites built on popular WordPress
// news themes and other common stacks. Eight article pages, each a reproduction of one theme's markup
// with all its chrome (Jannah by TieLabs, tagDiv's Newspaper with a tdb cloud template, JNews, BetterStudio's
// Publisher, PenciDesign's Soledad, a Persian news theme from the Rtl-Theme marketplace, an Elementor Pro
// theme-builder single page on Hello Elementor, and a Nuxt 3 front end on a Laravel API), and three
// non-article pages (a Jannah category archive, a JNews author page, an Elementor «تماس با ما» page).
// All eight texts were written for this set; the names of all quoted officials, experts and citizens,
// and the sites themselves, are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout14.ts          (build + check)
//        npx tsx scripts/build-heldout14.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { isHead, isQ, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

/**
 * An article of this set: `extras` are blocks a theme puts after body paragraph i (ads, channel
 * invites, inline related boxes); `prev`/`next` the titles of the neighbouring posts; `source` a
 * «منبع:» line some themes print under the content.
 */
type Art14 = Art & { extras?: Record<number, string>; prev: string; next: string; views: number; readMin: number; source?: string };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout14');

const A = (c: Ctx) => c.a as Art14;
const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** Thousands with the Persian separator, «۱٬۲۴۵». */
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
const slug = (t: string) => encodeURIComponent(t.replace(/[«»؛:،؟.]/g, '').trim().replace(/\s+/g, '-'));
const tagHref = (base: string, t: string) => `${base}${encodeURIComponent(t.replace(/ /g, '-'))}/`;
/** The instant `min` minutes after publication, in Tehran time. */
const later = (c: Ctx, min: number) => `${new Date(new Date(c.iso).getTime() + (min + 210) * 60000).toISOString().slice(0, 19)}+03:30`;

/** Body paragraphs in a template's markup with the blocks of `extras` after the paragraphs they follow. */
function bodyWith(c: Ctx, para: (t: string, i: number) => string, sep = '\n', head = (t: string) => `<h3>${t}</h3>`, q?: (t: string) => string): string {
  const extras = A(c).extras ?? {};
  const out: string[] = [];
  c.a.paras.forEach((p, i) => {
    out.push(isHead(p) ? head(esc(plain(p))) : isQ(p) && q ? q(esc(plain(p))) : para(esc(plain(p)), i));
    if (extras[i]) out.push(extras[i]);
  });
  return out.join(sep);
}

/** Yoast SEO's schema graph (WebPage, Article with datePublished, Person, Organization, BreadcrumbList). */
const yoast = (c: Ctx, home: string, siteName: string, author: string, section: string, cls = 'yoast-schema-graph') =>
  `<script type="application/ld+json" class="${cls}">${js({
    '@context': 'https://schema.org', '@graph': [
      { '@type': 'NewsArticle', '@id': `${c.a.url}#article`, isPartOf: { '@id': c.a.url }, author: { name: author, '@id': `${home}/#/schema/person/5b1c` }, headline: c.a.title, datePublished: c.iso, dateModified: later(c, 47), mainEntityOfPage: { '@id': c.a.url }, wordCount: 412, publisher: { '@id': `${home}/#organization` }, image: { '@id': `${c.a.url}#primaryimage` }, thumbnailUrl: `${home}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}.jpg`, keywords: c.a.tags, articleSection: [section], inLanguage: 'fa-IR' },
      { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: `${c.a.title} - ${siteName}`, isPartOf: { '@id': `${home}/#website` }, datePublished: c.iso, dateModified: later(c, 47), breadcrumb: { '@id': `${c.a.url}#breadcrumb` }, inLanguage: 'fa-IR' },
      { '@type': 'BreadcrumbList', '@id': `${c.a.url}#breadcrumb`, itemListElement: [{ '@type': 'ListItem', position: 1, name: 'خانه', item: `${home}/` }, { '@type': 'ListItem', position: 2, name: section, item: `${home}/category/${c.id}/` }, { '@type': 'ListItem', position: 3, name: c.a.title }] },
      { '@type': 'WebSite', '@id': `${home}/#website`, url: `${home}/`, name: siteName, inLanguage: 'fa-IR', potentialAction: [{ '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${home}/?s={search_term_string}` }, 'query-input': 'required name=search_term_string' }] },
      { '@type': 'Organization', '@id': `${home}/#organization`, name: siteName, url: `${home}/`, logo: { '@type': 'ImageObject', url: `${home}/wp-content/uploads/logo.png` } },
      { '@type': 'Person', '@id': `${home}/#/schema/person/5b1c`, name: author, url: `${home}/author/${c.id}/` },
    ],
  })}</script>`;

/** Rank Math's schema graph (Organization, WebSite, WebPage, Person, NewsArticle). */
const rankMath = (c: Ctx, home: string, siteName: string, author: string, section: string) =>
  `<script type="application/ld+json" class="rank-math-schema-pro">${js({
    '@context': 'https://schema.org', '@graph': [
      { '@type': ['NewsMediaOrganization', 'Organization'], '@id': `${home}/#organization`, name: siteName, url: home, logo: { '@type': 'ImageObject', url: `${home}/wp-content/uploads/logo.png` } },
      { '@type': 'WebSite', '@id': `${home}/#website`, url: home, name: siteName, publisher: { '@id': `${home}/#organization` }, inLanguage: 'fa-IR' },
      { '@type': 'WebPage', '@id': `${c.a.url}#webpage`, url: c.a.url, name: c.a.title, datePublished: c.iso, dateModified: later(c, 95), isPartOf: { '@id': `${home}/#website` }, inLanguage: 'fa-IR' },
      { '@type': 'Person', '@id': `${home}/author/${c.id}/`, name: author, url: `${home}/author/${c.id}/` },
      { '@type': 'NewsArticle', headline: `${c.a.title} - ${siteName}`, keywords: c.a.tags.join(','), datePublished: c.iso, dateModified: later(c, 95), articleSection: section, author: { '@id': `${home}/author/${c.id}/`, name: author }, publisher: { '@id': `${home}/#organization` }, description: c.a.lead, name: c.a.title, '@id': `${c.a.url}#richSnippet`, isPartOf: { '@id': `${c.a.url}#webpage` }, inLanguage: 'fa-IR', mainEntityOfPage: { '@id': `${c.a.url}#webpage` } },
    ],
  })}</script>`;

/** The head of a WordPress page: Yoast/Rank Math metas, the theme's stylesheet, generator. */
const wpHead = (c: Ctx, siteName: string, theme: string, ver: string, schema: string, extra = '') => `<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - ${siteName}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="robots" content="index, follow, max-snippet:-1, max-video-preview:-1, max-image-preview:large">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="${siteName}">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:modified_time" content="${later(c, 47)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="نوشته شده توسط">
<meta name="twitter:data1" content="${esc(c.a.author ?? '')}">
<meta name="twitter:label2" content="زمان تقریبی برای خواندن">
<meta name="twitter:data2" content="${A(c).readMin} دقیقه">
${schema}
<link rel="stylesheet" id="${theme}-css" href="/wp-content/themes/${theme}/style.css?ver=${ver}" type="text/css" media="all">
<link rel="stylesheet" id="wp-block-library-rtl-css" href="/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.4" type="text/css" media="all">
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/">
<link rel="shortlink" href="${new URL(c.a.url).origin}/?p=${c.id}">
<meta name="generator" content="WordPress 6.5.4">
${extra}`;

const TG = (site: string, handle: string) => `<div class="channel-invite" style="border:1px dashed #2aa3dc;padding:10px;text-align:center"><a href="https://t.me/${handle}" target="_blank" rel="noopener"><img src="/wp-content/uploads/telegram-icon.png" width="24" alt=""> کانال تلگرام ${site} را دنبال کنید</a></div>`;

// ---------------------------------------------------------------------------------------------
// Article markups, one per theme: each writes the page the way that theme renders a single post.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // JANNAH by TieLabs (WordPress): the top bar with today's date and the «خبر فوری» BREAKING-NEWS
  // ticker, logo and header ad, a MEGA MENU (recent posts inside the «کشاورزی» menu), breadcrumb,
  // post-cat badge, <h1 class="post-title entry-title">, the single-post-meta with author, the
  // Jalali date WITHOUT time, comments, VIEWS and «زمان مطالعه» chips; featured image with caption;
  // top share row; the lead as the bold first paragraph of entry-content; an in-post ad stream-item
  // and a TELEGRAM INVITE box inside the content; tags, bottom share row, author box, prev/next post
  // navigation, «مطالب مرتبط», «همچنین ببینید» slide-in box, comment form; sidebar tabs. Yoast.
  jannah: {
    site: 'زاگرس خبر',
    boiler: ['خبر فوری', 'تبلیغات', 'زمان مطالعه', 'کانال تلگرام زاگرس خبر را دنبال کنید', 'برچسب ها', 'اشتراک گذاری', 'مطالب مرتبط', 'همچنین ببینید', 'دیدگاهتان را بنویسید', 'نشانی ایمیل شما منتشر نخواهد شد', 'تمامی حقوق برای زاگرس خبر محفوظ است', 'خبرنگار زاگرس خبر در بروجرد'],
    render: (c) => {
      const H = 'https://zagroskhabar.ir';
      const a = A(c);
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR" data-skin="light">
<head>
${wpHead(c, 'زاگرس خبر', 'jannah', '7.1.2', yoast(c, H, 'زاگرس خبر', c.a.author ?? '', c.a.kicker))}
<style id="jannah-inline-css" type="text/css">.brand-title,a:hover,.tie-popup-search-submit,#logo.text-logo a{color:#0b7a3e}</style>
</head>
<body id="tie-body" class="rtl post-template-default single single-post postid-${c.id} single-format-standard wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-left has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below has-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="ناوبری ثانویه"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">${weekday(c)}، ${faDate(c)}</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">خبر فوری</span></span>
<ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">
<li class="news-item"><a href="${H}/news/${Number(c.id) + 14}/">آغاز ثبت‌نام وام ودیعه مسکن مستأجران لرستان</a></li>
<li class="news-item"><a href="${H}/news/${Number(c.id) + 9}/">قطعی برق بروجرد در روز دوشنبه؛ جدول خاموشی محله‌ها</a></li>
<li class="news-item"><a href="${H}/news/${Number(c.id) + 3}/">هشدار هواشناسی لرستان درباره وزش باد شدید</a></li>
</ul></div></div>
<div class="tie-alignright"><ul class="components"><li class="social-icons-item"><a class="social-link telegram-social-icon" rel="external noopener nofollow" target="_blank" href="https://t.me/zagroskhabar"><span class="tie-social-icon tie-icon-paper-plane"></span><span class="screen-reader-text">تلگرام</span></a></li><li class="social-icons-item"><a class="social-link instagram-social-icon" rel="external noopener nofollow" target="_blank" href="https://instagram.com/zagroskhabar"><span class="tie-social-icon tie-icon-instagram"></span><span class="screen-reader-text">اینستاگرام</span></a></li></ul></div>
</div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="زاگرس خبر" href="${H}/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="${H}/wp-content/uploads/2023/01/zagros-logo.png" alt="زاگرس خبر" width="300" height="70"></picture></a></div></div></div>
<div class="tie-col-md-8 stream-item stream-item-top-wrapper"><div class="stream-item-top"><a href="https://lorestanbank.example/" rel="nofollow noopener" target="_blank" class="stream-title">تبلیغات</a><img src="${H}/wp-content/uploads/2026/05/banner-728.gif" alt="" width="728" height="91"></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" data-skin="search-in-main-nav" class="main-nav header-nav live-search-parent" aria-label="منوی اصلی"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu" role="menubar">
<li id="menu-item-11" class="menu-item menu-item-type-custom menu-item-home menu-item-11 tie-current-menu"><a href="${H}/">صفحه نخست</a></li>
<li id="menu-item-12" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-12 mega-menu mega-recent-featured" data-id="12"><a href="${H}/category/agriculture/">${esc(c.a.kicker)}</a><div class="mega-menu-block menu-sub-content"><div class="mega-menu-content"><div class="mega-ajax-content mega-menu-posts-wrap clearfix"><ul class="mega-recent-post">
<li><a href="${H}/news/${Number(c.id) - 22}/">آغاز برداشت سیب درختی در الیگودرز</a></li><li><a href="${H}/news/${Number(c.id) - 40}/">قیمت نهاده‌های دامی در لرستان ثابت ماند</a></li><li><a href="${H}/news/${Number(c.id) - 57}/">هشدار آفت سن گندم در مزارع دورود</a></li></ul></div></div></div></li>
<li class="menu-item menu-item-13"><a href="${H}/category/province/">استان</a></li><li class="menu-item menu-item-14"><a href="${H}/category/economy/">اقتصادی</a></li><li class="menu-item menu-item-15"><a href="${H}/category/society/">اجتماعی</a></li><li class="menu-item menu-item-16"><a href="${H}/category/sport/">ورزش</a></li><li class="menu-item menu-item-17"><a href="${H}/category/multimedia/">چندرسانه‌ای</a></li></ul></div></div></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="${H}/"><span class="tie-icon-home" aria-hidden="true"></span> خانه</a><em class="delimiter">/</em><a href="${H}/category/agriculture/">${esc(c.a.kicker)}</a><em class="delimiter">/</em><span class="current">${esc(c.a.title)}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="${H}/category/agriculture/">${esc(c.a.kicker)}</a></span>
<h1 class="post-title entry-title">${esc(c.a.title)}</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-7"><span class="meta-author-avatar"><a href="${H}/author/${c.id}/"><img alt="تصویر ${esc(c.a.author ?? '')}" src="${H}/wp-content/uploads/avatars/7-140x140.jpg" class="avatar avatar-140 photo" height="140" width="140"></a></span><span class="meta-author"><a href="${H}/author/${c.id}/" class="author-name tie-icon" title="${esc(c.a.author ?? '')}">${esc(c.a.author ?? '')}</a></span></span></span><span class="date meta-item tie-icon">${faDate(c)}</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">${persian(c.a.comments.length)}</span><span class="meta-views meta-item hot"><span class="tie-icon-fire" aria-hidden="true"></span> ${fmt(a.views)} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> زمان مطالعه: ${persian(a.readMin)} دقیقه</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" fetchpriority="high"><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> ${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure></div></div>
<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links icons-only"><span class="share-title"><span class="tie-icon-share" aria-hidden="true"></span><span> اشتراک گذاری</span></span><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" rel="external noopener nofollow" title="تلگرام" target="_blank" class="telegram-share-btn"><span class="share-btn-icon tie-icon-paper-plane"></span><span class="screen-reader-text">تلگرام</span></a><a href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}" rel="external noopener nofollow" title="واتساپ" target="_blank" class="whatsapp-share-btn"><span class="share-btn-icon tie-icon-whatsapp"></span><span class="screen-reader-text">واتساپ</span></a><a href="#" rel="external noopener nofollow" title="چاپ" class="print-share-btn"><span class="share-btn-icon tie-icon-print"></span><span class="screen-reader-text">چاپ</span></a></div></div>
<div class="entry-content entry clearfix">
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyWith(c, (t) => `<p style="text-align: justify;">${t}</p>`)}
<div class="stream-item stream-item-below-post-content"><a href="https://lorestanbank.example/" rel="nofollow noopener" target="_blank" class="stream-title">تبلیغات</a><img src="${H}/wp-content/uploads/2026/05/banner-in-post.gif" width="728" height="91" alt=""></div>
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div id="single-post-meta-extra" class="post-meta clearfix"></div></div></div>
<div class="clearfix"></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> برچسب ها</div><span class="tagcloud">${c.a.tags.map((t) => `<a href="${tagHref(`${H}/tag/`, t)}" rel="tag">${esc(t)}</a>`).join('')}</span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" class="telegram-share-btn large-share-button"><span class="share-btn-icon tie-icon-paper-plane"></span> <span class="social-text">تلگرام</span></a><a href="https://eitaa.com/share/url?url=${encodeURIComponent(c.a.url)}" class="eitaa-share-btn large-share-button"><span class="social-text">ایتا</span></a><a href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}" class="whatsapp-share-btn large-share-button"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="social-text">واتساپ</span></a></div></div>
</article>
<div class="post-components">
<div class="about-author container-wrapper about-author-7"><div class="author-avatar"><a href="${H}/author/${c.id}/"><img alt="" src="${H}/wp-content/uploads/avatars/7-180x180.jpg" class="avatar avatar-180 photo" height="180" width="180"></a></div><div class="author-info"><h3 class="author-name"><a href="${H}/author/${c.id}/">${esc(c.a.author ?? '')}</a></h3><div class="author-bio">خبرنگار زاگرس خبر در بروجرد؛ گزارش‌های کشاورزی و روستایی شمال لرستان را می‌نویسد.</div></div><div class="clearfix"></div></div>
<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-next-post"><figure class="thumb-overlay"><a href="${H}/news/${Number(c.id) - 6}/" class="post-thumb" aria-label="${esc(a.prev)}"><img src="${H}/wp-content/uploads/prev-220x150.jpg" alt=""></a></figure><a href="${H}/news/${Number(c.id) - 6}/" rel="prev"><h3 class="post-title">${esc(a.prev)}</h3></a></div><div class="tie-col-xs-6 prev-next-post"><figure class="thumb-overlay"><a href="${H}/news/${Number(c.id) + 2}/" class="post-thumb" aria-label="${esc(a.next)}"><img src="${H}/wp-content/uploads/next-220x150.jpg" alt=""></a></figure><a href="${H}/news/${Number(c.id) + 2}/" rel="next"><h3 class="post-title">${esc(a.next)}</h3></a></div><div class="clearfix"></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>مطالب مرتبط</h3></div><div class="related-posts-list">
${c.a.related.map((t, i) => `<div class="related-item tie-standard"><a aria-label="${esc(t)}" href="${H}/news/${Number(c.id) - 31 - i * 17}/" class="post-thumb"><img width="390" height="220" src="${H}/wp-content/uploads/rel-${i}-390x220.jpg" alt=""></a><h3 class="post-title"><a href="${H}/news/${Number(c.id) - 31 - i * 17}/">${esc(t)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">${persian(Number(c.d) - 2 - i)} ${c.mn} ${persian(c.y)}</span></div></div>`).join('\n')}
</div></div>
<div id="comments" class="comments-area">
${c.a.comments.length ? `<div id="comments-box" class="container-wrapper"><div class="block-head-4"><h3 id="comments-title" class="the-global-title">${persian(c.a.comments.length)} دیدگاه</h3></div><ol class="comment-list">${comments(c, (n, t, k) => `<li class="comment byuser even thread-even depth-1" id="comment-${8800 + k}"><article class="comment-body"><div class="comment-author vcard"><b class="fn">${n}</b> <span class="comment-date">${faDate(c)} در ${persian(k ? '14:05' : '11:42')}</span></div><div class="comment-content entry clearfix"><p>${t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">پاسخ</a></div></article></li>`)}</ol></div>` : ''}
<div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">دیدگاهتان را بنویسید</h3><form action="${H}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">نشانی ایمیل شما منتشر نخواهد شد.</span> <span class="required-field-message">بخش‌های موردنیاز علامت‌گذاری شده‌اند <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">دیدگاه <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">نام <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required></p><p class="comment-form-email"><label for="email">ایمیل <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="فرستادن دیدگاه"> <input type="hidden" name="comment_post_ID" value="${c.id}" id="comment_post_ID"></p></form></div></div>
</div>
</div>
<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title"><div class="the-subtitle">همچنین ببینید</div><a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">بستن</span></a></div><div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items"><li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body"><a class="post-title the-subtitle" href="${H}/news/${Number(c.id) - 12}/">${esc(c.a.related[1])}</a><div class="post-meta"><span class="date meta-item tie-icon">${persian(Number(c.d) - 1)} ${c.mn} ${persian(c.y)}</span></div></div></li></ul></div></div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="سایدبار اصلی"><div class="theiaStickySidebar">
<div id="widget_tabs-2" class="container-wrapper tabs-container-wrapper tabs-container-2"><div class="widget tabs-widget"><div class="widget-container"><div class="tabs-widget"><div class="tabs-wrapper"><ul class="tabs"><li><a href="#widget_tabs-2-popular">محبوب</a></li><li><a href="#widget_tabs-2-recent">جدیدترین</a></li><li><a href="#widget_tabs-2-comments">دیدگاه‌ها</a></li></ul><div id="widget_tabs-2-popular" class="tab-content tab-content-popular"><ul class="tab-content-elements">
${li(c.a.mostRead, `${H}/news/`, Number(c.id) - 300, ' class="widget-single-post-item widget-post-list"')}
</ul></div></div></div></div></div></div>
<div id="stream-item-widget-3" class="container-wrapper widget stream-item-widget"><div class="stream-item-widget-content"><a href="https://lorestanbank.example/" rel="nofollow noopener" target="_blank"><img class="widget-stream-image" src="${H}/wp-content/uploads/2026/05/side-300.gif" width="300" height="250" alt=""></a></div></div>
</div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">تمامی حقوق برای زاگرس خبر محفوظ است. استفاده از مطالب با ذکر منبع بلامانع است.</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li><a href="${H}/about/">درباره ما</a></li><li><a href="${H}/contact/">تماس با ما</a></li><li><a href="${H}/ads/">تعرفه تبلیغات</a></li></ul></div></div></div></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">دکمه بازگشت به بالا</span></a>
</div></div></div>
<script type="text/javascript" id="tie-scripts-js-extra">
var tie = {"is_rtl":"1","ajaxurl":"${H.replace(/\//g, '\\/')}\\/wp-admin\\/admin-ajax.php","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","mobile_menu_active":"area_1","mobile_menu_parent":"","lightbox_all":"true","lightbox_gallery":"true","lightbox_skin":"dark","lightbox_thumb":"horizontal","lightbox_arrows":"true","is_singular":"1","autoload_posts":"","reading_indicator":"true","lazyload":"","select_share":"true","select_share_twitter":"","select_share_facebook":"","select_share_linkedin":"","select_share_email":"","facebook_app_id":"5303202981","twitter_username":"","responsive_tables":"true","ad_blocker_detector":"","sticky_behavior":"default","sticky_desktop":"true","sticky_mobile":"true","sticky_mobile_behavior":"default","ajax_loader":"<div class=\\"loader-overlay\\"><div class=\\"spinner-circle\\"><\\/div><\\/div>","type_to_search":"","lang_no_results":"\\u0686\\u06cc\\u0632\\u06cc \\u067e\\u06cc\\u062f\\u0627 \\u0646\\u0634\\u062f","sticky_share_mobile":"true","sticky_share_post":"","sticky_share_post_menu":""};
</script>
<script type="text/javascript" src="/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.2" id="tie-scripts-js"></script>
<script type="text/javascript" src="/wp-content/themes/jannah/assets/js/single.min.js?ver=7.1.2" id="tie-js-single-js"></script>
</body>
</html>
`;
    },
  },

  // tagDiv's NEWSPAPER 12 with a tdb CLOUD TEMPLATE (tdb-template body class, tdc-zone/tdc-row/
  // tdc-column wrappers, tdb_* blocks for breadcrumbs, category, title, author, date, views, reading
  // time, featured image, content, tags, source/via, next-prev, author box, related posts); the «اخبار
  // داغ» trending ticker; the date is a <time class="entry-date updated td-module-date"> with ISO
  // datetime and visible Jalali date AND time; the lead is the tdb_single_subtitle (a <p>); td-a-ad
  // ad boxes and an inline «پیشنهاد سردبیر» box and an EITAA invite inside the content; the Newspaper
  // SOURCE/VIA rows («منبع», «از طریق») under the content; «مقاله قبلی / مقاله بعدی»; «مطالب مرتبط /
  // بیشتر از نویسنده» tabs; comment form; newsletter block. Yoast.
  newspaper: {
    site: 'صدای بختیاری',
    boiler: ['اخبار داغ', 'پیشنهاد سردبیر', 'به کانال ایتای صدای بختیاری بپیوندید', 'منبع', 'از طریق', 'مقاله قبلی', 'مقاله بعدی', 'مطالب مرتبط', 'بیشتر از نویسنده', 'دیدگاهتان را بنویسید', 'عضویت در خبرنامه', 'خبرنگار حوزه آب و محیط زیست', 'تمامی حقوق مادی و معنوی این سایت متعلق به صدای بختیاری است'],
    render: (c) => {
      const H = 'https://sedayebakhtiari.ir';
      const a = A(c);
      const row = (inner: string, id: string) => `<div id="tdi_${id}" class="tdc-row"><div class="vc_row tdi_${id} wpb_row td-pb-row"><div class="vc_column tdi_${Number(id) + 1} wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">${inner}</div></div></div></div>`;
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
${wpHead(c, 'صدای بختیاری', 'Newspaper', '12.6.6', yoast(c, H, 'صدای بختیاری', c.a.author ?? '', c.a.kicker), `<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.6" type="text/css" media="all">
<link rel="stylesheet" id="tdb_style_cloud_templates_front-css" href="/wp-content/plugins/td-cloud-library/assets/css/tdb_main.css?ver=b379c96c54343541fd8742379a419361" type="text/css" media="all">
<script type="text/javascript">var tdBlocksArray = []; var tdLocalCache = {}; var td_ajax_url="${H}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.6";</script>`)}
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard td-standard-pack global-block-template-8 tdb_template_${Number(c.id) % 1000 + 11} tdb-template td-animation-stack-type0 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative"><div class="td-header-desktop-wrap"><div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2 wpb_row td-pb-row tdc-element-style">
${row(`<div class="td_block_wrap tdb_header_date tdi_5 td-pb-border-top td_block_template_8 tdb-header-align"><div class="tdb-block-inner td-fix-index"><div class="tdb-head-date-txt">${weekday(c)} ${faDate(c)}</div></div></div>
<div class="td_block_wrap tdb_header_logo tdi_6 td-pb-border-top td_block_template_8 tdb-header-align"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="${H}/"><span class="tdb-logo-img-wrap"><img class="tdb-logo-img" src="${H}/wp-content/uploads/2024/02/sedayebakhtiari-logo.png" alt="صدای بختیاری" title=""></span></a></div></div>
<div class="td_block_wrap tdb_header_menu tdi_7 tds_menu_active1 tds_menu_sub_active1 tdb-head-menu-inline tdb-mm-align-screen td-pb-border-top td_block_template_8 tdb-header-align"><div id="tdi_7" class="td_block_inner td-fix-index"><ul id="menu-main-1" class="tdb-block-menu tdb-menu tdb-menu-items-visible"><li class="menu-item tdb-menu-item-button tdb-menu-item tdb-normal-menu"><a href="${H}/"><div class="tdb-menu-item-text">خانه</div></a></li><li class="menu-item current-post-ancestor tdb-menu-item-button tdb-menu-item tdb-mega-menu tdb-mega-menu-cat"><a href="${H}/category/water/"><div class="tdb-menu-item-text">${esc(c.a.kicker)}</div></a><ul class="sub-menu"><li class="menu-item-0"><div class="tdb-menu-item-text"><div class="tdb_header_mega_menu tdi_8 td_with_ajax_pagination td-pb-border-top td_block_template_8"><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div><div class="tdb-mega-modules-wrap"><div class="td_module_flex td_module_mega_menu"><h3 class="entry-title td-module-title"><a href="${H}/${Number(c.id) - 18}/">بارورسازی ابرها در زاگرس مرکزی از مهر آغاز می‌شود</a></h3></div><div class="td_module_flex td_module_mega_menu"><h3 class="entry-title td-module-title"><a href="${H}/${Number(c.id) - 44}/">حجم آب سد چغاخور به کمترین رقم ده سال اخیر رسید</a></h3></div></div></div></div></li></ul></li><li class="menu-item tdb-menu-item-button tdb-menu-item tdb-normal-menu"><a href="${H}/category/province/"><div class="tdb-menu-item-text">استان</div></a></li><li class="menu-item tdb-menu-item-button tdb-menu-item tdb-normal-menu"><a href="${H}/category/economy/"><div class="tdb-menu-item-text">اقتصاد</div></a></li><li class="menu-item tdb-menu-item-button tdb-menu-item tdb-normal-menu"><a href="${H}/category/culture/"><div class="tdb-menu-item-text">فرهنگ و هنر</div></a></li><li class="menu-item tdb-menu-item-button tdb-menu-item tdb-normal-menu"><a href="${H}/category/sport/"><div class="tdb-menu-item-text">ورزش</div></a></li></ul></div></div>`, '3')}
${row(`<div class="td_block_wrap td_block_trending_now tdi_11 td-pb-border-top td_block_template_8"><div class="td-trending-now-wrapper" id="tdi_11" data-start=""><div class="td-trending-now-title">اخبار داغ</div><div class="td-trending-now-display-area"><div class="td_module_trending_now td-trending-now-post-0 td-trending-now-post"><h3 class="entry-title td-module-title"><a href="${H}/${Number(c.id) + 7}/">ساعت کاری ادارات چهارمحال و بختیاری تغییر کرد</a></h3></div><div class="td_module_trending_now td-trending-now-post-1 td-trending-now-post"><h3 class="entry-title td-module-title"><a href="${H}/${Number(c.id) + 4}/">آتش‌سوزی در مراتع کوهرنگ مهار شد</a></h3></div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page" aria-label="prev"><i class="td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next"><i class="td-icon-menu-right"></i></a></div></div></div>`, '9')}
</div></div></div></div>
<div id="tdb-autoload-article" data-autoload="off"><style>.tdb_single_content{margin-bottom:0}</style>
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><article id="template-id-${Number(c.id) % 1000 + 11}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail category-water" itemscope itemtype="https://schema.org/Article">
<div id="tdi_20" class="tdc-zone"><div class="tdc_zone tdi_21 wpb_row td-pb-row">
${row(`<div class="td_block_wrap tdb_breadcrumbs tdi_24 td-pb-border-top td_block_template_8 tdb-breadcrumbs"><div class="tdb-block-inner td-fix-index"><span class="tdb-bred-no-url-last"><a title="" class="tdb-entry-crumb" href="${H}/">خانه</a></span><i class="tdb-bread-sep td-icon-left"></i><span><a title="مشاهده همه مطالب در ${esc(c.a.kicker)}" class="tdb-entry-crumb" href="${H}/category/water/">${esc(c.a.kicker)}</a></span></div></div>
<div class="td_block_wrap tdb_single_categories tdi_25 td-pb-border-top td_block_template_8"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="${H}/category/water/"><span class="tdb-cat-bg"></span>${esc(c.a.kicker)}</a></div></div>
<div class="td_block_wrap tdb_title tdi_26 tdb-single-title td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">${esc(c.a.title)}</h1><div></div><div class="tdb-title-line"></div></div></div>
<div class="td_block_wrap tdb_single_subtitle tdi_27 td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index"><p>${esc(c.a.lead ?? '')}</p></div></div>
<div class="td_block_wrap tdb_single_author tdi_28 td-pb-border-top td_block_template_8 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><a class="tdb-author-photo" href="${H}/author/n-ghanbari/" title="${esc(c.a.author ?? '')}"><img alt="" src="${H}/wp-content/uploads/avatars/ghanbari-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96"></a><div class="tdb-author-name-wrap"><span class="tdb-author-by">توسط</span> <a class="tdb-author-name" href="${H}/author/n-ghanbari/">${esc(c.a.author ?? '')}</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdi_29 td-pb-border-top td_block_template_8 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="${c.iso}">${faDate(c)} - ${faTime(c)}</time></div></div>
<div class="td_block_wrap tdb_single_post_views tdi_30 td-pb-border-top td_block_template_8 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><i class="tdb-views-icon td-icon-views"></i><span class="td-nr-views-${c.id}">${fmt(a.views)}</span></div></div>
<div class="td_block_wrap tdb_single_reading_time tdi_31 td-pb-border-top td_block_template_8 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><span class="tdb-reading-time-txt">زمان تقریبی مطالعه: ${persian(a.readMin)} دقیقه</span></div></div>`, '22')}
${row(`<div class="td_block_wrap tdb_single_featured_image tdi_35 tdb-content-horiz-center td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index"><figure><img fetchpriority="high" class="entry-thumb" src="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}-696x392.jpg" alt="" title="${esc(c.a.caption)}" width="696" height="392"><figcaption class="tdb-caption-text">${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure></div></div>
<div class="td_block_wrap tdb_single_content tdi_36 td-pb-border-top td_block_template_8 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
<div class="td-a-ad id_top_ad tdi_37_a"><span class="td-adspot-title">- تبلیغات -</span><div class="td-all-devices"><a href="https://bakhtiari-tile.example/" rel="nofollow"><img src="${H}/wp-content/uploads/2026/03/ad-728x90.jpg" width="728" height="90" alt=""></a></div></div>
${bodyWith(c, (t) => `<p>${t}</p>`)}
<div class="td-a-ad id_bottom_ad tdi_38_a"><span class="td-adspot-title">- تبلیغات -</span><div class="td-all-devices"><img src="${H}/wp-content/uploads/2026/03/ad-bottom-728x90.jpg" width="728" height="90" alt=""></div></div>
</div></div>
<div class="td_block_wrap tdb_single_source tdi_39 td-pb-border-top td_block_template_8 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><span class="tdb-source-via-text">منبع</span><a class="tdb-source-via-link" href="${H}/">${esc(a.source ?? 'صدای بختیاری')}</a></div></div>
<div class="td_block_wrap tdb_single_via tdi_40 td-pb-border-top td_block_template_8 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><span class="tdb-source-via-text">از طریق</span><a class="tdb-source-via-link" href="https://abfa-chb.ir/">روابط عمومی آبفای استان</a></div></div>
<div class="td_block_wrap tdb_single_tags tdi_41 td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>برچسب‌ها</span></li>${c.a.tags.map((t) => `<li><a href="${tagHref(`${H}/tag/`, t)}">${esc(t)}</a></li>`).join('')}</ul></div></div>
<div class="td_block_wrap tdb_single_post_share tdi_42 td-pb-border-top td_block_template_8"><div id="tdi_42" class="td-post-sharing tdb-block td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">اشتراک</div></div><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-telegram" href="https://telegram.me/share/url?text=${slug(c.a.title)}&amp;url=${encodeURIComponent(c.a.url)}" title="Telegram"><div class="td-social-but-icon"><i class="td-icon-telegram"></i></div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}" title="WhatsApp"><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-copy_url" href="#" title="Copy URL"><div class="td-social-but-icon"><i class="td-icon-copy_url"></i></div></a></div></div></div>
<div class="td_block_wrap tdb_single_next_prev tdi_43 td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index"><div class="tdb-next-post tdb-next-post-bg tdb-post-prev"><span>مقاله قبلی</span><a href="${H}/${Number(c.id) - 3}/">${esc(a.prev)}</a></div><div class="tdb-next-post tdb-next-post-bg tdb-post-next"><span>مقاله بعدی</span><a href="${H}/${Number(c.id) + 1}/">${esc(a.next)}</a></div></div></div>
<div class="td_block_wrap tdb_single_author_box tdi_44 tdb-content-vert-center td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index"><div class="tdb-author-img"><a href="${H}/author/n-ghanbari/"><img alt="" src="${H}/wp-content/uploads/avatars/ghanbari-96x96.jpg" width="96" height="96"></a></div><div class="tdb-author-info"><a href="${H}/author/n-ghanbari/" class="tdb-author-name">${esc(c.a.author ?? '')}</a><div class="tdb-author-descr">خبرنگار حوزه آب و محیط زیست؛ از سال ۱۳۹۶ با صدای بختیاری همکاری می‌کند.</div></div></div></div>
<div class="td_block_wrap tdb_single_related tdi_45 td_with_ajax_pagination td-pb-border-top td_block_template_8 tdb-single-related-posts"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>مطالب مرتبط</span></h4><div class="td-wrapper-pulldown-filter"><div class="td-pulldown-filter-display-option"><div class="td-subcat-more">بیشتر از نویسنده</div></div></div></div><div id="tdi_45" class="td_block_inner tdb-block-inner td-fix-index">
${c.a.related.map((t, i) => `<div class="tdb_module_related td_module_wrap td-animation-stack"><div class="td-module-container td-category-pos-image"><div class="td-image-container"><div class="td-module-thumb"><a href="${H}/${Number(c.id) - 25 - i * 11}/" rel="bookmark" class="td-image-wrap" title="${esc(t)}"><span class="entry-thumb td-thumb-css" style="background-image: url('${H}/wp-content/uploads/rel-${i}-218x150.jpg')"></span></a></div></div><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="${H}/${Number(c.id) - 25 - i * 11}/" rel="bookmark" title="${esc(t)}">${esc(t)}</a></h3></div></div></div>`).join('\n')}
</div></div>
<div class="td_block_wrap tdb_single_comments tdi_46 tdb-comm-layout1 td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index"><div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">لغو پاسخ</a></small></h3><form action="${H}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="دیدگاه:" id="comment" name="comment" cols="45" rows="8"></textarea><div class="td-warning-comment">لطفا نظر خود را وارد کنید!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="نام:*" type="text" value="" size="30"><div class="td-warning-author">لطفا نام خود را وارد کنید</div></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ارسال دیدگاه"><input type="hidden" name="comment_post_ID" value="${c.id}" id="comment_post_ID"></p></form></div></div></div></div>`, '33')}
</div></div>
</article></div></div></div>
<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap"><div id="tdi_60" class="tdc-zone"><div class="tdc_zone tdi_61 wpb_row td-pb-row">
${row(`<div class="td_block_wrap tdb_single_popular tdi_64 td-pb-border-top td_block_template_8"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>پربازدیدترین‌ها</span></h4></div><ul class="td_block_inner">${li(c.a.mostRead, `${H}/`, Number(c.id) - 260)}</ul></div>
<div class="td_block_wrap tdn_block_newsletter_subscribe tdi_65 td-pb-border-top td_block_template_8"><div class="tdn-info-wrap"><h3 class="tdn-title">عضویت در خبرنامه</h3><div class="tdn-descr">مهم‌ترین خبرهای چهارمحال و بختیاری را هر روز در ایمیل خود بخوانید.</div></div><div class="tdn-form-wrap"><form class="tdn-form"><input class="tdn-input" type="email" placeholder="ایمیل شما"><button class="tdn-submit-btn" type="button">عضویت</button></form></div></div>
<div class="td_block_wrap tdb_footer_text tdi_66"><div class="tdb-block-inner td-fix-index">تمامی حقوق مادی و معنوی این سایت متعلق به صدای بختیاری است.</div></div>`, '62')}
</div></div></div></div>
</div>
<script type="text/javascript" src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.6" id="td-site-min-js"></script>
<script type="text/javascript" src="/wp-content/plugins/td-cloud-library/assets/js/js_files_for_front.min.js?ver=b379c96c54343541fd8742379a419361" id="tdb_js_files_for_front-js"></script>
<script type="text/javascript">jQuery().ready(function(){ var tdbPostViews = ${js({ postId: Number(c.id), views: a.views })}; });</script>
</body>
</html>
`;
    },
  },

  // JNEWS by Jegtheme (WordPress): jeg_viewport/jeg_header with a «خبر فوری» jeg_breakingnews ticker,
  // a jeg_megamenu category menu, breadcrumbs, <h1 class="jeg_post_title">, the lead as
  // <h2 class="jeg_post_subtitle">, jeg_meta_container with author, a jeg_meta_date link showing the
  // Jalali date and time, comments and a views count; top share bar (jeg_share_button); featured
  // image with caption; content-inner with a JNews inline «بیشتر بخوانید» block, an inline ad and a
  // BALE channel invite; «منبع:» line; jeg_post_tags; bottom share; jnews_prev_next_container;
  // jnews_author_box; jnews_related_post_container «مطالب مرتبط»; jnews_popup_post; comments.
  // Rank Math schema.
  jnews: {
    site: 'بیستون نیوز',
    boiler: ['خبر فوری', 'بیشتر بخوانید', 'ما را در پیام‌رسان بله دنبال کنید', 'منبع:', 'برچسب ها:', 'مطلب قبلی', 'مطلب بعدی', 'مطالب مرتبط', 'دیدگاهتان را بنویسید', 'خبرنگار بیستون نیوز در اسلام‌آباد غرب', 'کلیه حقوق این سایت متعلق به بیستون نیوز است'],
    render: (c) => {
      const H = 'https://bistoonnews.ir';
      const a = A(c);
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
${wpHead(c, 'بیستون نیوز', 'jnews', '11.6.3', rankMath(c, H, 'بیستون نیوز', c.a.author ?? '', c.a.kicker), `<link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.3" type="text/css" media="all">
<link rel="stylesheet" id="jnews-rtl-css" href="/wp-content/themes/jnews/assets/css/rtl.css?ver=11.6.3" type="text/css" media="all">
<script type="text/javascript">var jnewsoption = {"login_reload":"${H}\\/${c.id}\\/","popup_script":"magnific","single_gallery":"","ismobile":false,"isie":"","sidefeed_ajax":"","language":"fa_IR","module_prefix":"jnews_module_ajax_","live_search":"1","postid":${c.id},"isblog":true,"admin_bar":0,"follow_video":false,"app_id":"","zoom_button":false,"ajax_url":"${H}\\/?ajax-request=jnews"};</script>`)}
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard wp-embed-responsive jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper"></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div><div class="jeg_header normal">
<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">${weekday(c)}، ${faDate(c)}</div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://t.me/bistoonnews" target="_blank" rel="external noopener nofollow" class="jeg_telegram"><i class="fa fa-telegram"></i></a><a href="https://ble.ir/bistoonnews" target="_blank" rel="external noopener nofollow" class="jeg_bale"><i class="fa fa-comment"></i></a></div></div></div></div></div></div>
<div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title" style="display:none">بیستون نیوز</h1><a href="${H}/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="${H}/wp-content/uploads/2022/10/bistoon-logo.png" alt="بیستون نیوز" data-light-src="${H}/wp-content/uploads/2022/10/bistoon-logo.png" width="260" height="64"></a></div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_grow"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class="ads-wrapper"><a href="https://kermanshah-cement.example/" target="_blank" rel="nofollow noopener" class="adlink ads_image"><img src="${H}/wp-content/uploads/2026/04/header-ad.gif" alt="آگهی" width="728" height="90"></a></div></div></div></div></div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="${H}/">خانه</a></li><li class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-has-children jeg_megamenu category_1" data-number="6" data-item-row="default"><a href="${H}/category/roads/">${esc(c.a.kicker)}</a><div class="sub-menu"><div class="jeg_newsfeed clearfix"><div class="jeg_newsfeed_list"><div data-cat-id="7" data-load-status="loaded" class="jeg_newsfeed_container no_subcat"><div class="newsfeed_carousel"><div class="jeg_newsfeed_item"><h3 class="jeg_post_title"><a href="${H}/${Number(c.id) - 15}/">آغاز لکه‌گیری آسفالت محور کرمانشاه - بیستون</a></h3></div><div class="jeg_newsfeed_item"><h3 class="jeg_post_title"><a href="${H}/${Number(c.id) - 33}/">پل روستای ده‌سرخ بازسازی شد</a></h3></div></div></div></div></div></div></li><li class="menu-item"><a href="${H}/category/province/">استانی</a></li><li class="menu-item"><a href="${H}/category/economy/">اقتصادی</a></li><li class="menu-item"><a href="${H}/category/society/">اجتماعی</a></li><li class="menu-item"><a href="${H}/category/culture/">فرهنگی</a></li></ul></div></div></div></div></div></div></div>
</div></div>
<div class="jeg_navbar_mobile_wrapper"></div>
<div class="jeg_breakingnews_wrapper"><div class="container"><div class="jeg_breakingnews clearfix"><div class="jeg_breakingnews_title"><i class="fa fa-bolt"></i> <span>خبر فوری</span></div><div class="jeg_news_ticker"><div class="jeg_news_ticker_items"><div class="jeg_news_ticker_item jeg_news_ticker_animated jeg_news_ticker_active"><span><a href="${H}/${Number(c.id) + 11}/">زمین‌لرزه ۴٫۱ ریشتری سرپل‌ذهاب را لرزاند</a></span><span class="jeg_post_meta"><i class="fa fa-clock-o"></i> ${persian(2)} ساعت پیش</span></div><div class="jeg_news_ticker_item"><span><a href="${H}/${Number(c.id) + 6}/">ساعت کاری ادارات کرمانشاه کاهش یافت</a></span></div></div><div class="jeg_news_ticker_control"><div class="jeg_news_ticker_next jeg_news_ticker_arrow"><span>بعدی</span></div><div class="jeg_news_ticker_prev jeg_news_ticker_arrow"><span>قبلی</span></div></div></div></div></div></div>
<div class="post-wrapper"><div class="post-wrap"><div class="jeg_main jeg_sidebar_right"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class="ads-wrapper"></div></div>
<div class="row"><div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="${H}/">خانه</a></span><i class="fa fa-angle-left"></i><span><a href="${H}/category/roads/">${esc(c.a.kicker)}</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">${esc(c.a.title)}</h1>
<h2 class="jeg_post_subtitle">${esc(c.a.lead ?? '')}</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="${esc(c.a.author ?? '')}" src="${H}/wp-content/uploads/avatars/karmanshahi-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80"><span class="meta_text">توسط</span> <a href="${H}/author/m-kermanshahi/">${esc(c.a.author ?? '')}</a></div><div class="jeg_meta_date"><a href="${esc(c.a.url)}">${faDate(c)} - ${faTime(c)}</a></div><div class="jeg_meta_category"><span><span class="meta_text">در</span> <a href="${H}/category/roads/" rel="category tag">${esc(c.a.kicker)}</a></span></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="${esc(c.a.url)}#comments"><i class="fa fa-comment-o"></i> ${persian(c.a.comments.length)}</a></div><div class="jeg_meta_views"><i class="fa fa-eye"></i> ${fmt(a.views)} بازدید</div></div></div></div>
</div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">${persian(14)}</div><span class="sharetext">اشتراک</span></div></div><div class="jeg_sharelist"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" rel="nofollow" class="jeg_btn-telegram expanded"><i class="fa fa-telegram"></i><span>تلگرام</span></a><a href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}" rel="nofollow" class="jeg_btn-whatsapp expanded"><i class="fa fa-whatsapp"></i><span>واتساپ</span></a><a href="https://ble.ir/share?url=${encodeURIComponent(c.a.url)}" rel="nofollow" class="jeg_btn-bale"><i class="fa fa-share"></i><span>بله</span></a></div></div></div>
<div class="jeg_featured featured_image"><a href="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:56.25%"><img width="750" height="422" src="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}-750x422.jpg" class="attachment-jnews-750x375 size-jnews-750x375 wp-post-image" alt="${esc(c.a.caption)}"></div></a><p class="wp-caption-text">${esc(c.a.caption)} / ${esc(c.a.credit)}</p></div>
<div class="jeg_ad jeg_article jnews_content_top_ads"><div class="ads-wrapper align-center"><a href="https://kermanshah-cement.example/" rel="nofollow" class="adlink ads_image"><img src="${H}/wp-content/uploads/2026/04/content-top.gif" alt="" width="728" height="90"></a></div></div>
<div class="entry-content no-share"><div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
${bodyWith(c, (t) => `<p>${t}</p>`)}
<p class="jnews-source"><strong>منبع:</strong> ${esc(a.source ?? 'بیستون نیوز')}</p>
</div>
<div class="jeg_post_tags"><span>برچسب ها:</span> ${c.a.tags.map((t) => `<a href="${tagHref(`${H}/tag/`, t)}" rel="tag">${esc(t)}</a>`).join('')}</div>
</div>
<div class="jeg_share_bottom_container"><div class="jeg_share_button share-bottom clearfix"><div class="jeg_sharelist"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" class="jeg_btn-telegram"><i class="fa fa-telegram"></i><span>تلگرام</span></a><a href="https://eitaa.com/share/url?url=${encodeURIComponent(c.a.url)}" class="jeg_btn-eitaa"><span>ایتا</span></a></div></div></div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class="ads-wrapper"></div></div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="${H}/${Number(c.id) - 2}/" class="post prev-post"><span class="caption">مطلب قبلی</span><h3 class="post-title">${esc(a.prev)}</h3></a><a href="${H}/${Number(c.id) + 3}/" class="post next-post"><span class="caption">مطلب بعدی</span><h3 class="post-title">${esc(a.next)}</h3></a></div></div>
<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt="" src="${H}/wp-content/uploads/avatars/karmanshahi-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80"></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="${H}/author/m-kermanshahi/">${esc(c.a.author ?? '')}</a></h3><p class="jeg_author_desc">خبرنگار بیستون نیوز در اسلام‌آباد غرب و دالاهو.</p><div class="jeg_author_socials"><a target="_blank" href="https://t.me/m_kermanshahi" class="telegram"><i class="fa fa-telegram"></i></a></div></div></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hover jeg_pagination_disable jeg_col_2o3 jnews_module_${c.id}_0"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>مطالب<strong> مرتبط</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">
${c.a.related.map((t, i) => `<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="${H}/${Number(c.id) - 41 - i * 9}/"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="${H}/wp-content/uploads/rel-${i}-350x250.jpg" class="attachment-jnews-350x250 size-jnews-350x250 wp-post-image" alt=""></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="${H}/${Number(c.id) - 41 - i * 9}/">${esc(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="${H}/${Number(c.id) - 41 - i * 9}/"><i class="fa fa-clock-o"></i> ${persian(Number(c.d) - 3 - i)} ${c.mn} ${persian(c.y)}</a></div></div></div></article>`).join('\n')}
</div></div></div></div></div>
<div class="jnews_popup_post_container"><section class="jeg_popup_post"><span class="caption">مطلب بعدی</span><div class="jeg_popup_content"><h3 class="post-title"><a href="${H}/${Number(c.id) + 3}/">${esc(a.next)}</a></h3></div><a href="#" class="jeg_popup_close"><i class="fa fa-close"></i></a></section></div>
<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h2 class="comments-title">${c.a.comments.length ? `${persian(c.a.comments.length)} دیدگاه` : 'بدون دیدگاه'}</h2><div class="jeg_commentlist_container"><ol class="commentlist">${comments(c, (n, t, k) => `<li class="comment" id="li-comment-${9120 + k}"><div class="comment-wrap"><div class="comment-author">${n}</div><div class="comment-time"><a href="#comment-${9120 + k}">${faDate(c)}</a></div><div class="comment-content"><p>${t}</p></div></div></li>`)}</ol></div><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید</h3><form action="${H}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">نشانی ایمیل شما منتشر نخواهد شد.</span></p><p class="comment-form-comment"><label for="comment">دیدگاه</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">نام *</label> <input id="author" name="author" type="text" value="" size="30"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="فرستادن دیدگاه"></p></form></div></div></div>
</div></div>
<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar"><div class="widget widget_jnews_module_block_21" id="jnews_module_block_21-2"><div class="jeg_postblock_21 jeg_postblock"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>پربازدیدترین‌ها</span></h3></div><div class="jeg_block_container"><ul class="jeg_posts">${li(c.a.mostRead, `${H}/`, Number(c.id) - 410)}</ul></div></div></div><div class="widget widget_jnews_module_element_ads"><div class="jeg_ad jnews_module_ads"><a href="https://kermanshah-cement.example/" rel="nofollow"><img src="${H}/wp-content/uploads/2026/04/side.gif" alt="" width="300" height="250"></a></div></div></div></div></div>
</div></div></div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_bottom"><div class="container"><div class="jeg_footer_primary clearfix"><p class="copyright">کلیه حقوق این سایت متعلق به بیستون نیوز است. طراحی و پشتیبانی: کرمانشاه وب</p><ul class="jeg_menu_footer"><li><a href="${H}/about/">درباره ما</a></li><li><a href="${H}/contact/">تماس با ما</a></li></ul></div></div></div></div></div></div>
</div>
<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a></div>
<script type="text/javascript" src="/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.3" id="jnews-frontend-js"></script>
<script type="text/javascript" id="jnews-view-counter-js-extra">var jnews_view_counter = {"post_id":${c.id},"ajax_url":"${H}\\/wp-admin\\/admin-ajax.php"};</script>
</body>
</html>
`;
    },
  },

  // PUBLISHER by BetterStudio (WordPress): the bs-header with a «تیتر یک» breaking ticker
  // (bs-pretty-tabs/better-newsticker), term-badges, <h1 class="single-post-title"><span class="post-title"
  // itemprop="headline">, the lead as <h2 class="post-subtitle">, post-meta with author and a
  // <time class="post-published updated" datetime> showing Jalali date AND time, views and a
  // reading-time chip; top share row with a SHORT LINK and «کپی لینک» button; featured image with caption;
  // the content with a BetterStudio inline related posts box («پیشنهاد سردبیر», bs-irp) and a Better Ads
  // block; tags; bottom share; author box; prev/next («نوشته قبلی / نوشته بعدی»); «مطالب مرتبط» with
  // «بیشتر از همین نویسنده» tabs; newsletter «عضویت در خبرنامه»; comments. Yoast. The whole PAGE LOST
  // its ZWNJ (a small site typed without half-spaces).
  publisher: {
    site: 'اترک خبر',
    boiler: ['تیتر یک', 'زمان مطالعه', 'لینک کوتاه', 'کپی لینک', 'پیشنهاد سردبیر', 'آگهی', 'برچسب ها', 'نوشته قبلی', 'نوشته بعدی', 'مطالب مرتبط', 'بیشتر از همین نویسنده', 'عضویت در خبرنامه', 'دیدگاهتان را بنویسید', 'خبرنگار اترک خبر', 'کلیه حقوق برای اترک خبر محفوظ است'],
    render: (c) => {
      const H = 'https://atrakkhabar.ir';
      const a = A(c);
      const short = `${H}/?p=${c.id}`;
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
${wpHead(c, 'اترک خبر', 'publisher', '7.11.0', yoast(c, H, 'اترک خبر', c.a.author ?? '', c.a.kicker), `<link rel="stylesheet" id="publisher-child-css" href="/wp-content/themes/publisher-child/style.css?ver=1.0.0" type="text/css" media="all">
<script type="text/javascript">var better_framework_loc = {"themes_url":"\\/wp-content\\/themes","better_framework_url":"\\/wp-content\\/themes\\/publisher\\/includes\\/libs\\/better-framework"}; var publisher_theme_global_loc = {"page":{"boxed":"full-width"},"header":{"style":"style-2","show":"1"},"skyscraper":[],"popup_ad":[],"lazy_loading":"disable"};</script>`)}
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard active-light-box ltr close-rh page-layout-2-col page-layout-2-col-right full-width main-menu-sticky-smart main-menu-full-width active-ajax-search single-prim-cat-5 single-cat-5 bs-ll-d" dir="rtl">
<div class="main-wrap content-main-wrap">
<header id="header" class="site-header header-style-2 full-width" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap"><div class="container"><div class="topbar-inner clearfix"><div class="section-links"><div class="better-studio-shortcode better-social-counter style-button not-colored in-vertical"><ul class="social-list bs-shortcode-list clearfix"><li class="social-item telegram"><a href="https://t.me/atrakkhabar" target="_blank"><i class="item-icon bsfi-telegram"></i><span class="item-title">تلگرام</span></a></li><li class="social-item instagram"><a href="https://instagram.com/atrakkhabar" target="_blank"><i class="item-icon bsfi-instagram"></i><span class="item-title">اینستاگرام</span></a></li></ul></div></div><div class="section-menu"><div id="menu-top" class="menu top-menu-wrapper"><nav class="top-menu-container"><ul id="top-navigation" class="top-menu menu clearfix bsm-pure"><li id="topbar-date" class="menu-item menu-item-date"><span class="topbar-date">${weekday(c)} ${faDate(c)}</span></li><li class="menu-item"><a href="${H}/about/">درباره ما</a></li><li class="menu-item"><a href="${H}/contact/">تماس با ما</a></li></ul></nav></div></div></div></div></div></section>
<div class="header-inner"><div class="content-wrap"><div class="container"><div class="row"><div class="row-height"><div class="logo-col col-xs-4"><div class="col-inside"><div id="site-branding" class="site-branding"><p id="site-title" class="logo h1 img-logo"><a href="${H}/" itemprop="url" rel="home"><img id="site-logo" src="${H}/wp-content/uploads/2023/05/atrak-logo.png" alt="اترک خبر" data-bsrjs="${H}/wp-content/uploads/2023/05/atrak-logo@2x.png"><span class="site-title">اترک خبر - پایگاه خبری خراسان شمالی</span></a></p></div></div></div><div class="sidebar-col col-xs-8"><div class="row-height"><div class="col-inside"><aside id="sidebar" class="sidebar" role="complementary"><div class="ndsb ndsb-pubadban ndsb-show-desktop ndsb-show-tablet-portrait ndsb-show-tablet-landscape ndsb-loc-header_aside_logo ndsb-align-left ndsb-column-1 ndsb-clearfix no-bg-box-model"><div id="ndsb-8213-1" class="ndsb-container ndsb-type-image" itemscope="" itemtype="https://schema.org/WPAdBlock"><a itemprop="url" class="ndsb-link" href="https://bojnourd-dairy.example/" target="_blank" rel="nofollow"><img class="ndsb-image" src="${H}/wp-content/uploads/2026/06/header-banner.gif" alt="آگهی" title="آگهی"></a></div></div></aside></div></div></div></div></div></div></div>
<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1" role="navigation"><div class="main-menu-inner"><div class="content-wrap"><div class="container"><nav class="main-menu-container"><ul id="main-navigation" class="main-menu menu bsm-pure clearfix"><li class="menu-item menu-item-type-custom menu-term-home"><a href="${H}/">صفحه اصلی</a></li><li class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor current-menu-parent menu-term-5 better-anim-fade menu-item-has-children menu-item-has-mega menu-item-mega-tabbed-grid-posts"><a href="${H}/category/city/">${esc(c.a.kicker)}</a><div class="mega-menu tabbed-grid-posts"><div class="content-wrap clearfix"><ul class="tabs-section"><li class="active"><a href="${H}/category/city/">همه</a></li><li><a href="${H}/category/city/council/">شورای شهر</a></li></ul><div class="tab-content"><div class="tab-pane bs-tab-anim bs-tab-animated active"><div class="bs-pagination-wrapper main-term-5 next_prev"><article class="post listing-item-grid-1"><h2 class="title"><a href="${H}/${Number(c.id) - 8}/" class="post-url post-title">بازگشایی خیابان طالقانی بجنورد پس از ۲ ماه</a></h2></article><article class="post listing-item-grid-1"><h2 class="title"><a href="${H}/${Number(c.id) - 21}/" class="post-url post-title">آغاز طرح تفکیک زباله از مبدأ در ۳ محله</a></h2></article></div></div></div></div></div></li><li class="menu-item menu-term-6"><a href="${H}/category/province/">استانی</a></li><li class="menu-item menu-term-7"><a href="${H}/category/economy/">اقتصادی</a></li><li class="menu-item menu-term-8"><a href="${H}/category/sport/">ورزشی</a></li></ul></nav></div></div></div></div>
</header>
<div class="bs-breaking-news-wrap"><div class="container"><div class="better-studio-shortcode bsac bs-newsticker clearfix"><div class="bs-newsticker-title"><i class="fa fa-bolt"></i> تیتر یک</div><div class="better-newsticker" data-speed="12000"><ul class="news-list"><li><a class="limit-line" href="${H}/${Number(c.id) + 5}/">جدول خاموشی برق بجنورد برای فردا اعلام شد</a></li><li><a class="limit-line" href="${H}/${Number(c.id) + 2}/">ثبت‌نام مسکن ملی در شیروان تمدید شد</a></li></ul></div></div></div></div>
<div class="content-wrap"><main id="content" class="content-container"><div class="container layout-2-col layout-2-col-1 layout-right-sidebar layout-bc-before post-template-1"><div class="row main-section">
<div class="col-sm-8 content-column">
<div class="bf-breadcrumb clearfix bc-top-style"><div class="container bf-breadcrumb-container"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bc-round"><a itemprop="item" href="${H}/" rel="home"><span itemprop="name">صفحه اصلی</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="${H}/category/city/"><span itemprop="name">${esc(c.a.kicker)}</span></a><meta itemprop="position" content="2"></li></ul></div></div>
<div class="single-container"><article id="post-${c.id}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail category-city single-post-content has-thumbnail">
<div class="post-header post-tp-1-header">
<div class="term-badges floated"><span class="term-badge term-5"><a href="${H}/category/city/">${esc(c.a.kicker)}</a></span></div>
<h1 class="single-post-title"><span class="post-title" itemprop="headline">${esc(c.a.title)}</span></h1>
<h2 class="post-subtitle">${esc(c.a.lead ?? '')}</h2>
<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta"><a href="${H}/author/r-jafari/" title="مرور نوشته‌ها" class="post-author-a post-author-avatar"><img alt="" src="${H}/wp-content/uploads/avatars/jafari-26x26.jpg" class="avatar avatar-26 photo" height="26" width="26"><span class="post-author-name">توسط <b>${esc(c.a.author ?? '')}</b></span></a> <span class="time"><time class="post-published updated" datetime="${c.iso}">${faDate(c)} ساعت ${faTime(c)}</time></span> <span class="views post-meta-views rank-default" data-bpv-post="${c.id}"><i class="bf-icon fa fa-eye"></i>${fmt(a.views)}</span> <span class="post-reading-time"><i class="fa fa-clock-o"></i> زمان مطالعه: ${persian(a.readMin)} دقیقه</span></div></div>
<div class="single-featured"><figure><img width="750" height="430" src="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}-750x430.jpg" class="attachment-publisher-full size-publisher-full wp-post-image" alt=""><figcaption class="wp-caption-text">${esc(c.a.caption)} (${esc(c.a.credit)})</figcaption></figure></div>
</div>
<div class="post-share single-post-share top-share clearfix style-4"><div class="post-share-btn-group"><a href="${H}/${c.id}/#comments" class="post-share-btn post-share-btn-comments comments" title="دیدگاه خود را درباره این نوشته بنویسید"><i class="bf-icon fa fa-comments"></i> <b class="number">${persian(c.a.comments.length)}</b></a><span class="views post-share-btn post-share-btn-views rank-default" data-bpv-post="${c.id}"><i class="bf-icon fa fa-eye"></i> <b class="number">${fmt(a.views)}</b></span></div><div class="share-handler-wrap"><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i><b class="text">اشتراک گذاری</b></span><span class="social-item telegram"><a href="https://telegram.me/share/url?url=${encodeURIComponent(c.a.url)}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-send"></i></span></a></span><span class="social-item whatsapp"><a href="whatsapp://send?text=${encodeURIComponent(c.a.url)}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-whatsapp"></i></span></a></span></div><div class="bs-shortlink"><span class="bs-shortlink-label">لینک کوتاه:</span> <input type="text" readonly value="${short}" class="bs-shortlink-input"> <button type="button" class="bs-copy-shortlink" data-clipboard-text="${short}">کپی لینک</button></div></div>
<div class="entry-content clearfix single-post-content">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="entry-terms post-tags clearfix style-15"><span class="terms-label"><i class="fa fa-tags"></i> برچسب ها</span>${c.a.tags.map((t) => `<a href="${tagHref(`${H}/tag/`, t)}" rel="tag">${esc(t)}</a>`).join('')}</div>
<div class="post-share single-post-share bottom-share clearfix style-5"><div class="share-handler-wrap"><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i><b class="text">اشتراک گذاری</b></span><span class="social-item telegram"><a href="https://telegram.me/share/url?url=${encodeURIComponent(c.a.url)}" class="bs-button-el"><span class="item-title">تلگرام</span></a></span><span class="social-item eitaa"><a href="https://eitaa.com/share/url?url=${encodeURIComponent(c.a.url)}" class="bs-button-el"><span class="item-title">ایتا</span></a></span></div></div>
</article>
<section class="post-author clearfix"><a href="${H}/author/r-jafari/" title="مرور نوشته‌ها"><span class="post-author-avatar" itemprop="image"><img alt="" src="${H}/wp-content/uploads/avatars/jafari-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80"></span></a><div class="author-title heading-typo"><a class="post-author-url" href="${H}/author/r-jafari/"><span class="post-author-name">${esc(c.a.author ?? '')}</span></a><span class="title-counts">${persian(1284)} نوشته</span></div><div class="post-author-bio" itemprop="description"><p>خبرنگار اترک خبر؛ اخبار شورای شهر و شهرداری بجنورد را پوشش می‌دهد.</p></div></section>
<section class="next-prev-post clearfix"><div class="prev-post"><p class="pre-title heading-typo"><i class="fa fa-arrow-right"></i> نوشته قبلی</p><p class="title heading-typo"><a href="${H}/${Number(c.id) - 4}/" rel="prev">${esc(a.prev)}</a></p></div><div class="next-post"><p class="pre-title heading-typo">نوشته بعدی <i class="fa fa-arrow-left"></i></p><p class="title heading-typo"><a href="${H}/${Number(c.id) + 1}/" rel="next">${esc(a.next)}</a></p></div></section>
</div>
<div class="post-related"><div class="section-heading sh-t2 sh-s1 multi-tab"><a href="#relatedposts_1_1" class="main-link active" data-toggle="tab"><span class="h-text related-posts-heading">مطالب مرتبط</span></a><a href="#relatedposts_1_2" class="other-link" data-toggle="tab"><span class="h-text related-posts-heading">بیشتر از همین نویسنده</span></a></div><div class="tab-content"><div class="tab-pane bs-tab-anim bs-tab-animated active" id="relatedposts_1_1"><div class="bs-pagination-wrapper main-term-none next_prev"><div class="listing listing-thumbnail listing-tb-2 clearfix scolumns-3 simple-grid">
${c.a.related.map((t, i) => `<div class="listing-item listing-item-thumbnail listing-item-tb-2 main-term-5"><div class="item-inner clearfix"><div class="featured featured-type-featured-image"><a class="img-holder" href="${H}/${Number(c.id) - 37 - i * 13}/"></a></div><p class="title"><a class="post-url post-title" href="${H}/${Number(c.id) - 37 - i * 13}/">${esc(t)}</a></p></div></div>`).join('\n')}
</div></div></div></div></div>
<section class="bs-newsletter-pack bs-light-scheme clearfix"><div class="bs-newsletter-pack-inner"><h4 class="bs-newsletter-title">عضویت در خبرنامه</h4><div class="bs-subscribe-message"><p>برای دریافت خبرهای بجنورد و خراسان شمالی ایمیل خود را وارد کنید.</p></div><form method="post" action="#" class="bs-subscribe-form"><input type="email" name="EMAIL" placeholder="آدرس ایمیل" class="newsletter-email"><button class="newsletter-subscribe" name="submit" type="submit">عضویت</button></form></div></section>
<section id="comments-template-${c.id}" class="comments-template"><div id="respond" class="comment-respond"><div id="reply-title" class="comment-reply-title"><div class="section-heading sh-t2 sh-s1"><span class="h-text">دیدگاهتان را بنویسید</span></div></div><form action="${H}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="note-before"><p>نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *</p></div><p class="comment-wrap"><textarea name="comment" class="comment" id="comment" cols="45" rows="10" aria-required="true" placeholder="دیدگاه شما"></textarea></p><p class="author-wrap"><input name="author" class="author" id="author" type="text" value="" size="45" aria-required="true" placeholder="نام شما *"></p><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="comment-submit" value="ارسال دیدگاه"></p></form></div></section>
</div>
<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar" class="sidebar" role="complementary"><div id="bs-thumbnail-listing-1-2" class="primary-sidebar-widget widget widget_bs-thumbnail-listing-1"><div class="section-heading sh-t2 sh-s1"><span class="h-text">پربازدیدها</span></div><div class="bs-listing bs-listing-listing-thumbnail-1 bs-listing-single-tab"><ul>${li(c.a.mostRead, `${H}/`, Number(c.id) - 190)}</ul></div></div></aside></div>
</div></div></main></div>
<footer id="site-footer" class="site-footer full-width"><div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row footer-copy-row"><div class="copy-1 col-lg-6 col-md-6 col-sm-6 col-xs-12">کلیه حقوق برای اترک خبر محفوظ است.</div><div class="copy-2 col-lg-6 col-md-6 col-sm-6 col-xs-12">طراحی و اجرا: نوین وب بجنورد</div></div></div></div></div></footer>
</div>
<span class="back-top"><i class="fa fa-arrow-up"></i></span>
<script type="text/javascript" id="publisher-theme-pagination-js-extra">var bs_pagination_loc = {"loading":"<div class=\\"bs-loading\\"><div><\\/div><\\/div>"};</script>
<script type="text/javascript" src="/wp-content/themes/publisher/includes/libs/better-framework/assets/js/better-studio.min.js?ver=3.15.0" id="better-studio-js"></script>
<script type="text/javascript" src="/wp-content/themes/publisher/js/theme-libs.min.js?ver=7.11.0" id="theme-libs-js"></script>
</body>
</html>
`;
    },
  },

  // SOLEDAD by PenciDesign (WordPress): the penci top bar with today's date and a «داغ‌ترین خبرها»
  // headline ticker (penci-headline), mega menu (penci-mega-menu), the single header with category,
  // <h1 class="post-title single-post-title entry-title">, a hidden penci-hide-tagupdated block with
  // <time class="entry-date published"> and the visible post-box-meta-single with author, Jalali date,
  // «زمان مطالعه» and views; featured image with caption; the content (inner-post-entry) with a Soledad
  // «مطالب مرتبط» inline box (penci-ilrltpost) and an EITAA channel invite; «منبع:» line; tags and
  // «اشتراک گذاری» box; author box; «مطلب قبلی / مطلب بعدی» pagination; «شاید بپسندید» related
  // carousel; comment form. Rank Math.
  soledad: {
    site: 'سیروان نیوز',
    boiler: ['داغ‌ترین خبرها', 'زمان مطالعه', 'بخوانید:', 'کانال ایتا سیروان نیوز', 'منبع:', 'اشتراک گذاری', 'مطلب قبلی', 'مطلب بعدی', 'شاید بپسندید', 'دیدگاهتان را بنویسید', 'خبرنگار گردشگری سیروان نیوز', '© ۱۴۰۵ سیروان نیوز. تمامی حقوق محفوظ است'],
    render: (c) => {
      const H = 'https://sirvannews.ir';
      const a = A(c);
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
${wpHead(c, 'سیروان نیوز', 'soledad', '8.4.8', rankMath(c, H, 'سیروان نیوز', c.a.author ?? '', c.a.kicker), `<link rel="stylesheet" id="penci-main-style-css" href="/wp-content/themes/soledad/main.css?ver=8.4.8" type="text/css" media="all">
<link rel="stylesheet" id="penci-soledad-rtl-css" href="/wp-content/themes/soledad/rtl.css?ver=8.4.8" type="text/css" media="all">
<script type="text/javascript" id="penci-main-js-extra">var ajax_var_more = {"url":"${H}\\/wp-admin\\/admin-ajax.php","nonce":"c41f0e9a7b","errorPass":"<p class=\\"message message-error\\">\\u0631\\u0645\\u0632 \\u0639\\u0628\\u0648\\u0631 \\u0645\\u0637\\u0627\\u0628\\u0642\\u062a \\u0646\\u062f\\u0627\\u0631\\u062f<\\/p>","login":"\\u0648\\u0631\\u0648\\u062f"};</script>`)}
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard soledad-ver-8-4-8 pclight-mode pcmn-drdw-style-slide_down pchds-default">
<div class="wrapper-boxed header-style-header-6 header-search-style-default">
<div class="penci-header-wrap">
<div class="penci-top-bar no-social topbar-menu"><div class="container"><div class="penci-headline" role="navigation"><div class="pctopbar-item penci-topbar-ctext">${weekday(c)} ${faDate(c)}</div><div class="pctopbar-item penci-topbar-trending"><span class="headline-title nticker-style-3">داغ‌ترین خبرها</span><span class="penci-trending-nav"><a class="penci-slider-prev" href="#"><i class="penci-faicon fa fa-angle-right"></i></a><a class="penci-slider-next" href="#"><i class="penci-faicon fa fa-angle-left"></i></a></span><div class="penci-owl-carousel penci-owl-carousel-slider penci-headline-posts" data-auto="true" data-nav="false" data-autotime="3000"><div><a class="penci-topbar-post-title" href="${H}/${Number(c.id) + 6}/">بازگشایی گردنه تته پس از ریزش کوه</a></div><div><a class="penci-topbar-post-title" href="${H}/${Number(c.id) + 3}/">برگزاری جشنواره توت فرنگی در مریوان</a></div></div></div></div></div></div>
<header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader"><div class="inner-header penci-header-second"><div class="container"><div id="logo"><a href="${H}/"><img class="penci-mainlogo penci-limg penci-logo" src="${H}/wp-content/uploads/2024/03/sirvan-logo.png" alt="سیروان نیوز" width="280" height="72"></a></div></div></div>
<nav id="navigation" class="header-layout-bottom header-6 menu-style-2" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="container"><ul id="menu-main" class="menu"><li class="menu-item menu-item-type-custom"><a href="${H}/">خانه</a></li><li class="menu-item menu-item-type-taxonomy current-post-ancestor penci-mega-menu penci-megapos-flexible"><a href="${H}/category/tourism/">${esc(c.a.kicker)}</a><ul class="sub-menu"><li class="menu-item-0"><div class="penci-megamenu normal-cat-menu penci-mega-latest-posts col-mn-4"><div class="penci-mega-child-categories"><a class="mega-cat-child cat-active" href="${H}/category/tourism/">همه</a><a class="mega-cat-child" href="${H}/category/tourism/handicrafts/">صنایع دستی</a></div><div class="penci-content-megamenu"><div class="penci-mega-row"><div class="penci-mega-post"><div class="penci-mega-meta"><h3 class="post-mega-title entry-title"><a href="${H}/${Number(c.id) - 9}/">آبیدر؛ نقشه تازه مسیرهای کوهپیمایی منتشر شد</a></h3></div></div><div class="penci-mega-post"><div class="penci-mega-meta"><h3 class="post-mega-title entry-title"><a href="${H}/${Number(c.id) - 26}/">موزه مردم‌شناسی سنندج تعطیل تابستانی ندارد</a></h3></div></div></div></div></div></li></ul></li><li class="menu-item"><a href="${H}/category/kurdistan/">کردستان</a></li><li class="menu-item"><a href="${H}/category/culture/">فرهنگ</a></li><li class="menu-item"><a href="${H}/category/economy/">اقتصاد</a></li><li class="menu-item"><a href="${H}/category/photo/">گزارش تصویری</a></li></ul></div></nav>
</header>
</div>
<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox"><div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">
<div class="penci-breadcrumb single-breadcrumb"><span><a class="crumb" href="${H}/">خانه</a></span><i class="penci-faicon fa fa-angle-left"></i><span><a class="crumb" href="${H}/category/tourism/">${esc(c.a.kicker)}</a></span></div>
<article id="post-${c.id}" class="post type-post status-publish">
<div class="header-standard header-classic single-header">
<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-4" href="${H}/category/tourism/" rel="category tag"><span>${esc(c.a.kicker)}</span></a></span></div>
<h1 class="post-title single-post-title entry-title">${esc(c.a.title)}</h1>
<div class="penci-hide-tagupdated"><span class="author-italic author vcard">توسط <a class="author-url url fn n" href="${H}/author/h-moradi/">${esc(c.a.author ?? '')}</a></span><time class="entry-date published" datetime="${c.iso}">${faDate(c)}</time></div>
<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">توسط <a class="author-url url fn n" href="${H}/author/h-moradi/">${esc(c.a.author ?? '')}</a></span></span><span><time class="entry-date published" datetime="${c.iso}">${faDate(c)}</time></span><span class="penci-readtime">زمان مطالعه: ${persian(a.readMin)} دقیقه</span><span><i class="penci-faicon fa fa-eye"></i>${fmt(a.views)} بازدید</span><span class="single-comment-o"><i class="penci-faicon fa fa-comment-o"></i>${persian(c.a.comments.length)} دیدگاه</span></div>
</div>
<div class="post-image"><a href="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}.jpg" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-lazy wp-post-image" src="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}-1170x780.jpg" alt="" width="1170" height="780"></a><div class="penci-featured-caption penci-fixed-caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
<div class="post-entry blockquote-style-2"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyWith(c, (t) => `<p>${t}</p>`)}
<p class="penci-source"><strong>منبع:</strong> ${esc(a.source ?? 'سیروان نیوز')}</p>
<div class="penci-single-link-pages"></div>
<div class="post-tags"><a href="${tagHref(`${H}/tag/`, c.a.tags[0])}" rel="tag">${esc(c.a.tags[0])}</a>${c.a.tags.slice(1).map((t) => `<a href="${tagHref(`${H}/tag/`, t)}" rel="tag">${esc(t)}</a>`).join('')}</div>
</div></div>
<div class="tags-share-box single-post-share tags-share-box-s1 center-box social-align-default disable-btnplus post-share"><span class="penci-social-share-text">اشتراک گذاری</span><span class="post-share-item post-share-plike"><span class="count-number-like">${persian(37)}</span><a href="#" aria-label="Like this post" class="penci-post-like single-like-button" data-post_id="${c.id}"><i class="penci-faicon fa fa-heart-o"></i></a></span><a class="post-share-item post-share-telegram" href="https://telegram.me/share/url?url=${encodeURIComponent(c.a.url)}" target="_blank" rel="noreferrer"><i class="penci-faicon fa fa-telegram"></i><span class="dt-share">تلگرام</span></a><a class="post-share-item post-share-whatsapp" href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}" target="_blank" rel="noreferrer"><i class="penci-faicon fa fa-whatsapp"></i><span class="dt-share">واتساپ</span></a><a class="post-share-item post-share-copy-link" href="#"><span class="dt-share">کپی لینک</span></a></div>
<div class="post-author abio-style-1 bioimg-round"><div class="author-img"><img alt="" src="${H}/wp-content/uploads/avatars/moradi-100x100.jpg" class="avatar avatar-100 photo" height="100" width="100"></div><div class="author-content"><h5><a href="${H}/author/h-moradi/" title="نوشته‌های ${esc(c.a.author ?? '')}" rel="author">${esc(c.a.author ?? '')}</a></h5><p>خبرنگار گردشگری سیروان نیوز در سنندج و اورامانات.</p></div></div>
<div class="post-pagination pcpagp-style-1"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>مطلب قبلی</span></div><a href="${H}/${Number(c.id) - 5}/"><div class="pagi-text"><h5 class="prev-title">${esc(a.prev)}</h5></div></a></div></div><div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>مطلب بعدی</span></div><a href="${H}/${Number(c.id) + 2}/"><div class="pagi-text"><h5 class="next-title">${esc(a.next)}</h5></div></a></div></div></div>
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">شاید بپسندید</h4></div><div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-lazy="true" data-item="3" data-desktop="3" data-tablet="2" data-tabsmall="2" data-auto="false" data-speed="300" data-dots="true" data-nav="false">
${c.a.related.map((t, i) => `<div class="item-related"><a class="related-thumb penci-image-holder" href="${H}/${Number(c.id) - 44 - i * 7}/" title="${esc(t)}"></a><h3><a href="${H}/${Number(c.id) - 44 - i * 7}/">${esc(t)}</a></h3><span class="date"><time class="entry-date published" datetime="${later(c, -2880 * (i + 1))}">${persian(Number(c.d) - 2 * (i + 1))} ${c.mn} ${persian(c.y)}</time></span></div>`).join('\n')}
</div></div>
<div class="post-comments no-comment-yet penci-comments-hide-0" id="comments">${c.a.comments.length ? `<div class="post-title-box"><h4 class="post-box-title">${persian(c.a.comments.length)} دیدگاه</h4></div><div class="comments">${comments(c, (n, t, k) => `<div class="comment" id="comment-${7300 + k}"><div class="thecomment"><div class="comment-text"><span class="author">${n}</span><span class="date"><i class="penci-faicon fa fa-clock-o"></i>${faDate(c)} در ${persian(k ? '21:10' : '13:25')}</span><div class="comment-content"><p>${t}</p></div></div></div></div>`)}</div>` : ''}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>دیدگاهتان را بنویسید</span></h3><form action="${H}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="دیدگاه شما" aria-required="true"></textarea></p><p class="comment-form-author"><input id="author" name="author" type="text" value="" placeholder="نام*" size="30" aria-required="true"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ارسال دیدگاه"></p></form></div></div>
</article>
</div></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-center penci-sticky-sidebar"><div class="theiaStickySidebar"><aside id="penci_popular_news_widget-3" class="widget penci_popular_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">پربیننده‌ها</span></h3><ul class="side-newsfeed">${li(c.a.mostRead, `${H}/`, Number(c.id) - 222, ' class="penci-feed"')}</ul></aside><aside class="widget widget_media_image"><a href="https://hawraman-tour.example/" rel="nofollow"><img width="300" height="250" src="${H}/wp-content/uploads/2026/05/tour-ad-300x250.jpg" alt="تبلیغات"></a></aside></div></div>
</div>
<footer id="footer-section" class="penci-footer-social-media penci-lazy footer-social-remove-radius"><div class="container"><div class="footer-logo-copyright footer-not-logo"><div id="footer-copyright"><p>© ۱۴۰۵ سیروان نیوز. تمامی حقوق محفوظ است.</p></div><div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penci-faicon fa fa-angle-up"></i><br>بازگشت به بالا</span></a></div></div></div></footer>
</div>
<script type="text/javascript" src="/wp-content/themes/soledad/js/libs-script.min.js?ver=8.4.8" id="penci-libs-js-js"></script>
<script type="text/javascript" src="/wp-content/themes/soledad/js/main.js?ver=8.4.8" id="main-scripts-js"></script>
<script type="text/javascript" id="penci_ajax_like_post-js-extra">var ajax_var = {"url":"${H}\\/wp-admin\\/admin-ajax.php","nonce":"2b8e61d0f3","errorMessage":"Something went wrong"};</script>
</body>
</html>
`;
    },
  },

  // A Persian news theme bought on the RTL-THEME marketplace («قالب خبری بامداد», /wp-content/themes/
  // bamdad/ with its own Persian class names): «اخبار لحظه‌ای» ticker, mega menu, the news box with
  // روتیتر (div.rutitr), <h1>, lead (div.lead), a meta row «کد خبر», «تاریخ انتشار» (Jalali date and time
  // from wp-parsidate), «زمان مطالعه», «بازدید», font-size buttons; photo with caption; the body with a
  // «بیشتر بخوانید» box and a BALE channel invite; «منبع:» line; tags; a «لینک کوتاه» box with a
  // «کپی لینک» button, «نسخه چاپی», «ارسال به دوستان»; «اخبار مرتبط»; comments «نظرات کاربران» with
  // «دیدگاهتان را بنویسید»; sidebar «پیشنهاد سردبیر» and «پربیننده‌ترین»; footer credit. Yoast. The
  // ARTICLE TEXT (title, lead, body, caption) is typed with ARABIC yeh and kaf; the theme chrome is not.
  bamdad: {
    site: 'کارون‌نامه',
    boiler: ['اخبار لحظه‌ای', 'کد خبر', 'زمان مطالعه', 'اندازه متن', 'بیشتر بخوانید', 'کانال کارون‌نامه در بله', 'منبع:', 'لینک کوتاه', 'کپی لینک', 'نسخه چاپی', 'اخبار مرتبط', 'نظرات کاربران', 'دیدگاهتان را بنویسید', 'پیشنهاد سردبیر', 'پربیننده‌ترین', 'کلیه حقوق مادی و معنوی این پایگاه متعلق به کارون‌نامه است'],
    render: (c) => {
      const H = 'https://karunname.ir';
      const a = A(c);
      const short = `${H}/?p=${c.id}`;
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
${wpHead(c, 'کارون‌نامه', 'bamdad', '4.2', yoast(c, H, 'کارون‌نامه', c.a.author ?? '', c.a.kicker), `<link rel="stylesheet" id="bamdad-fonts-css" href="/wp-content/themes/bamdad/assets/fonts/iransansx/fontiran.css?ver=4.2" type="text/css" media="all">
<link rel="stylesheet" id="wpp-css" href="/wp-content/plugins/wp-parsidate/assets/css/style.css?ver=5.1.1" type="text/css" media="all">`)}
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard bamdad-theme boxed">
<div class="site-wrapper">
<div class="top-header"><div class="container"><div class="today-date"><i class="icon-calendar"></i> امروز: ${weekday(c)} ${faDate(c)}</div><div class="top-links"><a href="${H}/archive/">آرشیو</a> <a href="${H}/rss/">RSS</a> <a href="${H}/contact/">تماس با ما</a></div></div></div>
<header class="main-header"><div class="container"><div class="logo"><a href="${H}/"><img src="${H}/wp-content/uploads/2022/12/karunname-logo.png" alt="کارون‌نامه" width="240" height="70"></a></div><div class="header-ad"><a href="https://ahvaz-steel.example/" rel="nofollow"><img src="${H}/wp-content/uploads/2026/06/banner-top.gif" alt="" width="728" height="90"></a></div></div>
<nav class="main-menu"><div class="container"><ul class="menu"><li class="menu-item"><a href="${H}/">صفحه نخست</a></li><li class="menu-item"><a href="${H}/category/khuzestan/">خوزستان</a></li><li class="menu-item current-post-ancestor has-mega"><a href="${H}/category/health/">${esc(c.a.kicker)}</a><div class="mega-menu"><div class="mega-posts"><a href="${H}/${Number(c.id) - 14}/">واکسیناسیون کودکان عشایر در ایذه آغاز شد</a><a href="${H}/${Number(c.id) - 30}/">کمبود داروی دیالیز در بیمارستان‌های دزفول رفع شد</a></div></div></li><li class="menu-item"><a href="${H}/category/economy/">اقتصادی</a></li><li class="menu-item"><a href="${H}/category/sport/">ورزشی</a></li><li class="menu-item"><a href="${H}/category/video/">ویدیو</a></li></ul></div></nav>
<div class="news-ticker"><div class="container"><span class="ticker-title">اخبار لحظه‌ای</span><ul class="ticker-list"><li><a href="${H}/${Number(c.id) + 8}/">ادارات اهواز فردا تعطیل است</a></li><li><a href="${H}/${Number(c.id) + 5}/">قطعی برق در ۱۲ محله اهواز؛ جدول خاموشی</a></li><li><a href="${H}/${Number(c.id) + 2}/">هشدار نارنجی گرد و خاک در غرب خوزستان</a></li></ul></div></div>
</header>
<main class="main-content"><div class="container"><div class="row">
<div class="col-content">
<div class="breadcrumbs"><a href="${H}/">خانه</a> » <a href="${H}/category/health/">${esc(c.a.kicker)}</a> » <span>${esc(c.a.title)}</span></div>
<article class="single-news" id="post-${c.id}">
<div class="news-head">
<div class="rutitr">${esc(c.a.kicker)} / گزارش</div>
<h1 class="news-title">${esc(c.a.title)}</h1>
<div class="lead">${esc(c.a.lead ?? '')}</div>
<div class="news-meta"><span class="news-code">کد خبر: ${persian(c.id)}</span><span class="news-date"><i class="icon-clock"></i> تاریخ انتشار: ${weekday(c)} ${faDate(c)} - ${faTime(c)}</span><span class="news-read-time">زمان مطالعه: ${persian(a.readMin)} دقیقه</span><span class="news-views"><i class="icon-eye"></i> ${fmt(a.views)} بازدید</span><span class="font-size">اندازه متن: <button type="button" class="fs-plus">+</button><button type="button" class="fs-minus">-</button></span></div>
</div>
<figure class="news-thumb"><img src="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}.jpg" alt="${esc(c.a.caption)}" width="800" height="500"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="news-content entry-content">
${bodyWith(c, (t) => `<p style="text-align: justify;">${t}</p>`)}
<p class="news-source">منبع: ${esc(a.source ?? 'کارون‌نامه')}</p>
</div>
<div class="news-tags"><span class="tags-title"><i class="icon-tag"></i> برچسب‌ها:</span> ${c.a.tags.map((t) => `<a href="${tagHref(`${H}/tag/`, t)}" rel="tag">${esc(t)}</a>`).join(' ')}</div>
<div class="news-tools"><div class="short-link"><label>لینک کوتاه:</label><input type="text" id="shortlink" value="${short}" readonly><button type="button" class="copy-link" onclick="navigator.clipboard.writeText('${short}')">کپی لینک</button></div><div class="tools-links"><a href="${H}/print/${c.id}/" class="print-btn" target="_blank"><i class="icon-print"></i> نسخه چاپی</a> <a href="#send-to-friend" class="send-btn"><i class="icon-mail"></i> ارسال به دوستان</a></div><div class="share-icons"><a href="https://t.me/share/url?url=${encodeURIComponent(short)}" class="telegram" title="تلگرام"></a><a href="https://eitaa.com/share/url?url=${encodeURIComponent(short)}" class="eitaa" title="ایتا"></a><a href="https://ble.ir/share/url?url=${encodeURIComponent(short)}" class="bale" title="بله"></a></div></div>
</article>
<section class="related-news"><h3 class="box-title">اخبار مرتبط</h3><ul>
${li(c.a.related, `${H}/`, Number(c.id) - 53)}
</ul></section>
<section class="comments-box" id="comments"><h3 class="box-title">نظرات کاربران</h3>
${c.a.comments.length ? `<ul class="comments-list">${comments(c, (n, t, k) => `<li class="comment-item"><div class="comment-meta"><span class="comment-author">${n}</span> <span class="comment-date">${faDate(c)} - ${persian(k ? '12:31' : '10:58')}</span></div><p>${t}</p><div class="comment-like"><span class="like">${persian(k ? 3 : 11)}</span> <span class="dislike">${persian(k ? 1 : 0)}</span></div></li>`)}</ul>` : ''}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید</h3><form action="${H}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">نظرات حاوی توهین و افترا منتشر نمی‌شود.</p><textarea name="comment" rows="6" placeholder="متن نظر"></textarea><input type="text" name="author" placeholder="نام"><button type="submit">ارسال نظر</button></form></div></section>
</div>
<aside class="col-sidebar">
<section class="widget editor-pick"><h3 class="widget-title">پیشنهاد سردبیر</h3><ul><li><a href="${H}/${Number(c.id) - 70}/">خوزستان در انتظار تابستانی داغ‌تر؛ پیش‌بینی هواشناسی</a></li><li><a href="${H}/${Number(c.id) - 96}/">روایت یک پرستار از شب‌های اورژانس اهواز</a></li></ul></section>
<section class="widget most-viewed"><h3 class="widget-title">پربیننده‌ترین</h3><ol>${li(c.a.mostRead, `${H}/`, Number(c.id) - 150)}</ol></section>
<section class="widget ad-widget"><a href="https://ahvaz-steel.example/" rel="nofollow"><img src="${H}/wp-content/uploads/2026/06/side-ad.gif" alt="" width="300" height="300"></a></section>
</aside>
</div></div></main>
<footer class="main-footer"><div class="container"><div class="footer-menu"><a href="${H}/about/">درباره ما</a> | <a href="${H}/ads/">تبلیغات</a> | <a href="${H}/contact/">تماس با ما</a></div><p class="copyright">کلیه حقوق مادی و معنوی این پایگاه متعلق به کارون‌نامه است.</p><p class="designer">طراحی: <a href="https://www.rtl-theme.com/" rel="nofollow">قالب خبری بامداد</a></p></div></footer>
</div>
<script type="text/javascript" src="/wp-content/themes/bamdad/assets/js/ticker.min.js?ver=4.2"></script>
<script type="text/javascript" src="/wp-content/themes/bamdad/assets/js/main.js?ver=4.2"></script>
<script type="text/javascript">var bamdad_vars = ${js({ ajaxurl: `${H}/wp-admin/admin-ajax.php`, post_id: Number(c.id), view_nonce: 'a81c07d2e4' })};</script>
</body>
</html>
`;
    },
  },

  // An ELEMENTOR PRO theme-builder single page on the Hello Elementor theme: header, single-post and
  // footer templates as data-elementor-type sections (e-con containers, elementor-element-* with
  // data-id/data-element_type/data-widget_type, elementor-widget-container); a Happy Addons NEWS TICKER
  // «آخرین اخبار»; the title widget (<h1 class="elementor-heading-title">); the post-info widget (author,
  // Jalali date, time, comments) as an icon list; the featured-image widget with caption; the lead in
  // an excerpt widget (theme-post-excerpt); the content widget with a TELEGRAM invite and an Elementor
  // call-to-action ad; share-buttons widget; post-navigation widget («قبلی / بعدی» with titles); a
  // posts widget «مطالب مرتبط»; a form widget «عضویت در خبرنامه»; comments «دیدگاهتان را بنویسید».
  // Rank Math.
  elementor: {
    site: 'ورزش مازندران',
    boiler: ['آخرین اخبار', 'کانال تلگرام ورزش مازندران', 'اسپانسر', 'اشتراک گذاری', 'قبلی', 'بعدی', 'مطالب مرتبط', 'عضویت در خبرنامه', 'دیدگاهتان را بنویسید', 'تمامی حقوق این وب‌سایت برای ورزش مازندران محفوظ است'],
    render: (c) => {
      const H = 'https://varzeshmazandaran.ir';
      const a = A(c);
      let n = 0x3a1f0;
      const el = (widget: string, inner: string, extraCls = '') => `<div class="elementor-element elementor-element-${(n += 0x1d3).toString(16)} ${extraCls} elementor-widget elementor-widget-${widget.split('.')[0]}" data-id="${n.toString(16)}" data-element_type="widget" data-widget_type="${widget}"><div class="elementor-widget-container">${inner}</div></div>`;
      const con = (inner: string, extraCls = '') => `<div class="elementor-element elementor-element-${(n += 0x2b1).toString(16)} e-flex e-con-boxed e-con e-parent ${extraCls}" data-id="${n.toString(16)}" data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
${wpHead(c, 'ورزش مازندران', 'hello-elementor', '3.1.0', rankMath(c, H, 'ورزش مازندران', c.a.author ?? '', c.a.kicker), `<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend-rtl.min.css?ver=3.22.3" type="text/css" media="all">
<link rel="stylesheet" id="elementor-pro-css" href="/wp-content/plugins/elementor-pro/assets/css/frontend-rtl.min.css?ver=3.22.1" type="text/css" media="all">
<link rel="stylesheet" id="elementor-post-1432-css" href="/wp-content/uploads/elementor/css/post-1432.css?ver=1719912345" type="text/css" media="all">
<link rel="stylesheet" id="happy-elementor-addons-css" href="/wp-content/plugins/happy-elementor-addons/assets/css/main.min.css?ver=3.11.1" type="text/css" media="all">
<meta name="generator" content="Elementor 3.22.3; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">`)}
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard elementor-default elementor-template-full-width elementor-kit-6 elementor-page-1432">
<a class="skip-link screen-reader-text" href="#content">پرش به محتوا</a>
<div data-elementor-type="header" data-elementor-id="118" class="elementor elementor-118 elementor-location-header" data-elementor-post-type="elementor_library">
${con(`${el('theme-site-logo.default', `<a href="${H}/"><img width="220" height="60" src="${H}/wp-content/uploads/2024/01/varzesh-mazandaran-logo.png" class="attachment-full size-full" alt="ورزش مازندران"></a>`)}
${el('nav-menu.default', `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-5d2e7f1" class="elementor-nav-menu"><li class="menu-item"><a href="${H}/" class="elementor-item">خانه</a></li><li class="menu-item current-post-ancestor"><a href="${H}/category/wrestling/" class="elementor-item">${esc(c.a.kicker)}</a></li><li class="menu-item"><a href="${H}/category/football/" class="elementor-item">فوتبال</a></li><li class="menu-item"><a href="${H}/category/volleyball/" class="elementor-item">والیبال</a></li><li class="menu-item"><a href="${H}/category/futsal/" class="elementor-item">فوتسال</a></li><li class="menu-item"><a href="${H}/contact/" class="elementor-item">تماس با ما</a></li></ul></nav>`)}
${el('elementor-date.default', `<span class="elementor-date">${weekday(c)} ${faDate(c)}</span>`)}`, 'header-main')}
${con(el('ha-news-ticker.default', `<div class="ha-news-ticker-wrapper"><div class="ha-news-ticker-title">آخرین اخبار</div><div class="ha-news-ticker-container"><ul class="ha-news-ticker-items"><li class="ha-news-ticker-item"><a href="${H}/${Number(c.id) + 9}/">نساجی با مهاجم برزیلی قرارداد بست</a></li><li class="ha-news-ticker-item"><a href="${H}/${Number(c.id) + 4}/">شهرداری ساری میزبان لیگ برتر والیبال نشسته</a></li></ul></div></div>`), 'ticker')}
</div>
<div data-elementor-type="single-post" data-elementor-id="1432" class="elementor elementor-1432 elementor-location-single post-${c.id} post type-post status-publish format-standard has-post-thumbnail hentry category-wrestling" data-elementor-post-type="elementor_library">
${con(`${el('breadcrumbs.default', `<p id="breadcrumbs"><span><span><a href="${H}/">خانه</a></span> » <span><a href="${H}/category/wrestling/">${esc(c.a.kicker)}</a></span></span></p>`)}
${el('theme-post-title.default', `<h1 class="elementor-heading-title elementor-size-default">${esc(c.a.title)}</h1>`, 'elementor-page-title')}
${el('post-info.default', `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-a1b2c3d elementor-inline-item" itemprop="author"><a href="${H}/author/s-rezaei/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">${esc(c.a.author ?? '')}</span></a></li><li class="elementor-icon-list-item elementor-repeater-item-e4f5a6b elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>${faDate(c)}</time></span></li><li class="elementor-icon-list-item elementor-repeater-item-c7d8e9f elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>${faTime(c)}</time></span></li><li class="elementor-icon-list-item elementor-repeater-item-0a1b2c3 elementor-inline-item" itemprop="commentCount"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-comment-dots"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">${c.a.comments.length ? `${persian(c.a.comments.length)} دیدگاه` : 'بدون دیدگاه'}</span></li></ul>`)}
${el('theme-post-featured-image.default', `<figure class="wp-caption"><img width="800" height="533" src="${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}-800x533.jpg" class="attachment-large size-large" alt=""><figcaption class="widget-image-caption wp-caption-text">${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>`)}
${el('theme-post-excerpt.default', `<p class="post-lead">${esc(c.a.lead ?? '')}</p>`)}
${el('theme-post-content.default', bodyWith(c, (t) => `<p>${t}</p>`))}
${el('share-buttons.default', `<div class="elementor-share-title">اشتراک گذاری</div><div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_telegram" role="button" tabindex="0" aria-label="اشتراک گذاری در telegram"><span class="elementor-share-btn__icon"><i class="fab fa-telegram" aria-hidden="true"></i></span></div></div><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_whatsapp" role="button" tabindex="0" aria-label="اشتراک گذاری در whatsapp"><span class="elementor-share-btn__icon"><i class="fab fa-whatsapp" aria-hidden="true"></i></span></div></div></div>`)}
${el('post-navigation.default', `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="${H}/${Number(c.id) - 3}/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">قبلی</span></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">قبلی</span><span class="post-navigation__prev--title">${esc(a.prev)}</span></span></a></div><div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="${H}/${Number(c.id) + 2}/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">بعدی</span><span class="post-navigation__next--title">${esc(a.next)}</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">بعدی</span></span></a></div></div>`)}
${el('heading.default', '<h2 class="elementor-heading-title elementor-size-default">مطالب مرتبط</h2>')}
${el('posts.classic', `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">${c.a.related.map((t, i) => `<article class="elementor-post elementor-grid-item post type-post"><a class="elementor-post__thumbnail__link" href="${H}/${Number(c.id) - 19 - i * 8}/" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="200" src="${H}/wp-content/uploads/rel-${i}-300x200.jpg" alt=""></div></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="${H}/${Number(c.id) - 19 - i * 8}/">${esc(t)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">${persian(Number(c.d) - 1 - i)} ${c.mn} ${persian(c.y)}</span></div></div></article>`).join('')}</div>`)}
${el('post-comments.theme_comments', `<section id="comments" class="comments-area">${c.a.comments.length ? `<h2 class="title-comments">${persian(c.a.comments.length)} دیدگاه</h2><ol class="comment-list">${comments(c, (nm, t, k) => `<li class="comment even thread-even depth-1" id="comment-${5100 + k}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${nm}</b> <span class="says">گفت:</span></div><div class="comment-metadata"><time>${faDate(c)} در ${persian(k ? '23:40' : '22:31')}</time></div></footer><div class="comment-content"><p>${t}</p></div></article></li>`)}</ol>` : ''}<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید</h2><form action="${H}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">نشانی ایمیل شما منتشر نخواهد شد.</span></p><p class="comment-form-comment"><label for="comment">دیدگاه <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="فرستادن دیدگاه"></p></form></div></section>`)}`, 'single-main')}
${con(`${el('heading.default', '<h2 class="elementor-heading-title elementor-size-default">پربازدیدترین‌ها</h2>')}${el('posts.cards', `<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards"><ul>${li(c.a.mostRead, `${H}/`, Number(c.id) - 175)}</ul></div>`)}`, 'single-sidebar')}
</div>
<div data-elementor-type="footer" data-elementor-id="125" class="elementor elementor-125 elementor-location-footer" data-elementor-post-type="elementor_library">
${con(`${el('heading.default', '<h3 class="elementor-heading-title elementor-size-default">عضویت در خبرنامه</h3>')}
${el('form.default', `<form class="elementor-form" method="post" name="خبرنامه"><input type="hidden" name="post_id" value="125"><input type="hidden" name="form_id" value="7c1e2f0"><div class="elementor-form-fields-wrapper elementor-labels-"><div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-70"><input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm elementor-field-textual" placeholder="ایمیل خود را وارد کنید" required="required"></div><div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-30 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm"><span><span class="elementor-button-text">عضویت</span></span></button></div></div></form>`)}
${el('text-editor.default', '<p>تمامی حقوق این وب‌سایت برای ورزش مازندران محفوظ است.</p>')}`, 'footer-main')}
</div>
<script type="text/javascript" id="elementor-frontend-js-before">var elementorFrontendConfig = ${js({ environmentMode: { edit: false, wpPreview: false, isScriptDebug: false }, i18n: { shareOnFacebook: 'اشتراک گذاری در Facebook', shareOnTwitter: 'اشتراک گذاری در Twitter', pinIt: 'سنجاق کردن', download: 'دانلود' }, is_rtl: true, breakpoints: { xs: 0, sm: 480, md: 768, lg: 1025, xl: 1440, xxl: 1600 }, version: '3.22.3', urls: { assets: `${H}/wp-content/plugins/elementor/assets/` }, post: { id: Number(c.id), title: `${c.a.title} - ورزش مازندران`, excerpt: '', featuredImage: `${H}/wp-content/uploads/${c.g.y}/${c.g.m}/cover-${c.id}.jpg` } })};</script>
<script type="text/javascript" src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.22.3" id="elementor-frontend-js"></script>
<script type="text/javascript" src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.22.1" id="elementor-pro-frontend-js"></script>
</body>
</html>
`;
    },
  },

  // A custom provincial site: a NUXT 3 front end (SSR, <div id="__nuxt">, data-v-* scoped attributes,
  // /_nuxt/ hashed chunks with modulepreload, the payload in <script type="application/json"
  // id="__NUXT_DATA__"> in devalue's flat-array form, window.__NUXT__.config) on a LARAVEL API (the
  // payload's news object carries Laravel's default serialisation, «published_at»:
  // "2026-07-19T08:30:00.000000Z", UTC with microseconds); NO date metadata in the head and no JSON-LD:
  // the visible date is Jalali with time; header with the province's cities menu and an «اخبار فوری»
  // ticker; service and news code; rutitr; lead (p.summary); photo; body (v-html) with an EITAA invite
  // and a «بیشتر بخوانید» card; tags; «لینک کوتاه» with «کپی»; share; «اخبار مرتبط»; a client-rendered
  // comments component with «ارسال نظر»; «پربازدیدها»; footer.
  nuxt: {
    site: 'هامون نیوز',
    boiler: ['اخبار فوری', 'کد خبر', 'بیشتر بخوانید', 'هامون نیوز را در ایتا دنبال کنید', 'برچسب‌ها', 'لینک کوتاه', 'کپی', 'اخبار مرتبط', 'ارسال نظر', 'پربازدیدها', 'تمامی حقوق این پایگاه متعلق به هامون نیوز است'],
    render: (c) => {
      const H = 'https://hamoonnews.ir';
      const a = A(c);
      const v = 'data-v-3c9f1a2e';
      const w = 'data-v-8b41d07c';
      const utcMicro = `${new Date(c.iso).toISOString().slice(0, 19)}.000000Z`;
      const body = bodyWith(c, (t) => `<p>${t}</p>`);
      // devalue's flat array: index 0 the root, objects refer to other entries by index.
      const payload: unknown[] = [['ShallowReactive', 1], { data: 2, state: 40, once: 42, _errors: 43, serverRendered: 44, path: 45 }, ['ShallowReactive', 3], { [`news-${c.id}`]: 4 },
        { data: 5 }, { id: 6, title: 7, rutitr: 8, summary: 9, body: 10, service: 11, published_at: 12, updated_at: 13, views: 14, tags: 15, image: 16, short_code: 17 },
        Number(c.id), c.a.title, `${c.a.kicker} / گزارش`, c.a.lead, body.replace(/\n/g, ''), c.a.kicker, utcMicro, `${new Date(new Date(c.iso).getTime() + 3600000).toISOString().slice(0, 19)}.000000Z`, a.views, c.a.tags, `/storage/news/${c.g.y}/${c.g.m}/${c.id}.jpg`, `h${Number(c.id).toString(36)}`];
      payload.push(...Array(40 - payload.length).fill(null));
      payload[40] = { '$scity': 41 }; payload[41] = 'zahedan'; payload[42] = ['Set']; payload[43] = ['ShallowReactive', 46]; payload[44] = true; payload[45] = new URL(c.a.url).pathname; payload[46] = {};
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl" data-capo="">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | هامون نیوز</title>
<link rel="stylesheet" href="/_nuxt/entry.Cq3v1xTb.css">
<link rel="stylesheet" href="/_nuxt/_id_.B0kTe7Lq.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/BnY4Wl2k.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/DR8pXv0q.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/C7aJm3uE.js">
<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo.Dk2fW9aQ.svg">
<script type="module" src="/_nuxt/BnY4Wl2k.js" crossorigin></script>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://api.hamoonnews.ir/storage/news/${c.g.y}/${c.g.m}/${c.id}.jpg">
<meta property="og:site_name" content="هامون نیوز">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body><div id="__nuxt"><div class="layout-default" ${v}>
<header class="site-header" ${v}><div class="container" ${v}><div class="header-top" ${v}><span class="today" ${v}>${weekday(c)} ${faDate(c)}</span><a href="/login" class="login" ${v}>ورود</a></div><a href="/" class="logo" ${v}><img src="/_nuxt/logo.Dk2fW9aQ.svg" alt="هامون نیوز" ${v}></a>
<nav class="main-nav" ${v}><ul ${v}><li ${v}><a href="/" class="router-link-active" ${v}>صفحه اصلی</a></li><li ${v}><a href="/service/province" ${v}>استان</a></li><li ${v}><a href="/service/education" class="router-link-active" ${v}>${esc(c.a.kicker)}</a></li><li ${v}><a href="/service/economy" ${v}>اقتصاد</a></li><li ${v}><a href="/service/sport" ${v}>ورزش</a></li><li class="has-sub" ${v}><a href="/cities" ${v}>شهرستان‌ها</a><ul class="sub" ${v}><li ${v}><a href="/city/zahedan" ${v}>زاهدان</a></li><li ${v}><a href="/city/zabol" ${v}>زابل</a></li><li ${v}><a href="/city/chabahar" ${v}>چابهار</a></li><li ${v}><a href="/city/iranshahr" ${v}>ایرانشهر</a></li><li ${v}><a href="/city/saravan" ${v}>سراوان</a></li></ul></li></ul></nav></div>
<div class="ticker" ${v}><div class="container" ${v}><strong ${v}>اخبار فوری</strong><div class="ticker-track" ${v}><a href="/news/${Number(c.id) + 6}" ${v}>وزش باد ۱۲۰ روزه سیستان شدت گرفت</a><a href="/news/${Number(c.id) + 2}" ${v}>ثبت‌نام دانش‌آموزان پایه اول از شنبه آغاز می‌شود</a></div></div></div></header>
<main class="container page-news" ${v}>
<div class="row" ${v}><div class="col-main" ${v}>
<article class="news" ${w}>
<div class="news-meta-top" ${w}><a href="/service/education" class="service" ${w}>${esc(c.a.kicker)}</a><span class="code" ${w}>کد خبر: ${persian(c.id)}</span><time class="date" ${w}>${weekday(c)} ${faDate(c)} - ${faTime(c)}</time><span class="views" ${w}>${fmt(a.views)} بازدید</span></div>
<div class="rutitr" ${w}>${esc(c.a.kicker)} / گزارش</div>
<h1 class="title" ${w}>${esc(c.a.title)}</h1>
<p class="summary" ${w}>${esc(c.a.lead ?? '')}</p>
<figure class="cover" ${w}><img src="https://api.hamoonnews.ir/storage/news/${c.g.y}/${c.g.m}/${c.id}.jpg" alt="${esc(c.a.caption)}" loading="eager" ${w}><figcaption ${w}>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="body" ${w}>${body}</div>
<div class="tags" ${w}><span ${w}>برچسب‌ها:</span>${c.a.tags.map((t) => `<a href="/tag/${encodeURIComponent(t)}" ${w}>${esc(t)}</a>`).join('')}</div>
<div class="share-box" ${w}><div class="short" ${w}><span ${w}>لینک کوتاه:</span><code ${w}>${H}/n/${Number(c.id).toString(36)}</code><button type="button" class="copy" ${w}>کپی</button></div><div class="social" ${w}><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" ${w}>تلگرام</a><a href="https://eitaa.com/share/url?url=${encodeURIComponent(c.a.url)}" ${w}>ایتا</a><a href="https://ble.ir/share/url?url=${encodeURIComponent(c.a.url)}" ${w}>بله</a></div></div>
</article>
<section class="related" ${v}><h2 ${v}>اخبار مرتبط</h2><ul ${v}>${c.a.related.map((t, i) => `<li ${v}><a href="/news/${Number(c.id) - 47 - i * 6}" ${v}>${esc(t)}</a></li>`).join('')}</ul></section>
<section class="comments" ${v}><h2 ${v}>نظرات</h2><!--[--><div class="comments-empty" ${v}>هنوز نظری ثبت نشده است.</div><!--]--><form class="comment-form" ${v}><input type="text" placeholder="نام" ${v}><textarea placeholder="نظر شما" ${v}></textarea><button type="button" ${v}>ارسال نظر</button></form></section>
</div>
<aside class="col-side" ${v}><section class="most" ${v}><h2 ${v}>پربازدیدها</h2><ol ${v}>${c.a.mostRead.map((t, i) => `<li ${v}><a href="/news/${Number(c.id) - 120 - i * 9}" ${v}>${esc(t)}</a></li>`).join('')}</ol></section><div class="ad" ${v}><img src="https://api.hamoonnews.ir/storage/ads/side-1.gif" alt="" ${v}></div></aside>
</div></main>
<footer class="site-footer" ${v}><div class="container" ${v}><p ${v}>تمامی حقوق این پایگاه متعلق به هامون نیوز است.</p><p ${v}><a href="/about" ${v}>درباره ما</a> | <a href="/contact" ${v}>تماس با ما</a></p></div></footer>
</div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${js(payload)}</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https:\\u002F\\u002Fapi.hamoonnews.ir\\u002Fapi\\u002Fv1",siteName:"هامون نیوز"},app:{baseURL:"\\u002F",buildId:"6f0c2a9e-4b1d-4e7a-9c3f-2d8b1e5a7c40",buildAssetsDir:"\\u002F_nuxt\\u002F",cdnURL:""}}</script>
</body></html>
`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art14[] = [
  {
    name: 'jannah-boroujerd-wheat-purchase', site: 'jannah', author: 'سمانه بهرامی', views: 1245, readMin: 3,
    inline: 'کانال تلگرام زاگرس خبر را دنبال کنید',
    url: 'https://zagroskhabar.ir/news/48217/خرید-تضمینی-گندم-در-بروجرد/',
    title: 'خرید تضمینی گندم در بروجرد از ۹۲ هزار تن گذشت',
    kicker: 'کشاورزی', date: '۱۴ تیر ۱۴۰۵ - ۱۰:۲۰',
    lead: 'مدیر جهاد کشاورزی شهرستان بروجرد از خرید بیش از ۹۲ هزار تن گندم از کشاورزان این شهرستان از ابتدای فصل برداشت خبر داد؛ رقمی که ۱۸ درصد بیشتر از مدت مشابه پارسال است.',
    paras: [
      'به گزارش زاگرس خبر، برداشت گندم در بروجرد از نیمه خرداد آغاز شده و تاکنون محصول حدود ۸۰ درصد مزارع آبی و دیم شهرستان برداشت شده است. گندم کشاورزان در ۱۲ مرکز خرید دولتی و خصوصی تحویل گرفته می‌شود.',
      'مهرداد کولیوند، مدیر جهاد کشاورزی شهرستان بروجرد، امروز (یکشنبه) در بازدید از مرکز خرید گندم اشترینان اظهار کرد: امسال سطح زیر کشت گندم آبی شهرستان ۶ هزار و ۵۰۰ هکتار و گندم دیم حدود ۲۴ هزار هکتار بوده است و پیش‌بینی می‌کنیم خرید تا پایان فصل به ۱۱۰ هزار تن برسد.',
      'وی ادامه داد: بارش‌های به‌موقع اسفند و فروردین، عملکرد مزارع دیم را به ۱٫۸ تن در هکتار رساند که در ده سال اخیر کم‌سابقه بوده است. در مزارع آبی نیز میانگین برداشت به ۵ تن و ۲۰۰ کیلوگرم در هکتار رسیده است.',
      'این مسئول با بیان اینکه نرخ خرید تضمینی هر کیلوگرم گندم امسال ۲۲ هزار تومان تعیین شده، گفت: تاکنون بیش از هزار و ۴۰۰ میلیارد تومان از بهای گندم تحویلی به حساب کشاورزان واریز شده و باقی مطالبات تا پایان تیر پرداخت می‌شود.',
      'به گفته فرشید بیرانوند، رئیس اداره غله و خدمات بازرگانی بروجرد، ظرفیت سیلوهای شهرستان ۶۵ هزار تن است و بخشی از گندم خریداری‌شده برای جلوگیری از معطلی کامیون‌ها به سیلوهای ملایر و نهاوند منتقل می‌شود.',
      'بیرانوند افزود: کشاورزان پیش از مراجعه، نوبت تحویل را از سامانه بازارگاه بگیرند تا صف کامیون‌ها در محور بروجرد - ازنا طولانی نشود. مراکز خرید هر روز از ساعت ۶ صبح تا ۲۰ فعال هستند.',
      'همه کشاورزان اما از روند پرداخت راضی نیستند. یدالله نظری، کشاورز روستای کوشکی، گفت: ۱۱ روز است گندمم را تحویل داده‌ام و هنوز پولی به حسابم نیامده. اجاره کمباین امسال هکتاری ۴ میلیون تومان شده و بیشتر ما برای برداشت قرض گرفته‌ایم.',
      'شرکت بازرگانی دولتی ایران نیز اعلام کرده است خرید تضمینی گندم در کشور تا پایان هفته گذشته از ۶ میلیون و ۲۰۰ هزار تن گذشته و لرستان با بیش از ۴۵۰ هزار تن در رده هفتم استان‌ها قرار دارد. در بازدید امروز، عباس سپهری‌راد، نماینده مردم بروجرد در مجلس، نیز کولیوند را همراهی می‌کرد.',
    ],
    extras: {
      2: `<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">تبلیغات</span><a href="https://borujerd-seed.example/" rel="nofollow noopener" target="_blank"><img src="https://zagroskhabar.ir/wp-content/uploads/2026/06/seed-ad-600x120.gif" width="600" height="120" alt="بذر گواهی‌شده گندم"></a></div>`,
      5: TG('زاگرس خبر', 'zagroskhabar'),
    },
    tags: ['خرید تضمینی گندم', 'بروجرد', 'جهاد کشاورزی', 'لرستان'],
    caption: 'تخلیه بار گندم کشاورزان در مرکز خرید اشترینان', credit: 'عکس: سمانه بهرامی',
    related: ['آغاز برداشت کلزا در مزارع دورود', 'قیمت خرید تضمینی دانه‌های روغنی اعلام شد', 'کمبود کمباین در مزارع الیگودرز'],
    mostRead: ['زمان واریز یارانه تیرماه اعلام شد', 'جدول خاموشی برق لرستان در هفته جاری', 'نتایج آزمون نمونه دولتی لرستان', 'افتتاح ۳ طرح آبرسانی روستایی در ازنا'],
    prev: 'آغاز بازسازی پل تاریخی کلاه‌فرنگی بروجرد', next: 'جشنواره توت‌فرنگی در روستای وسطه برگزار می‌شود',
    comments: [['کشاورز اشترینانی', 'ما هم ده روز است منتظر پولیم، لطفاً پیگیری کنید.'], ['رضا', 'خرید گندم خوب است ولی قیمت کود سه برابر شده.']],
    extraExcludes: ['آغاز بازسازی پل تاریخی کلاه‌فرنگی بروجرد', 'خبرنگار زاگرس خبر در بروجرد'],
    speakers: [
      { name: 'مهرداد کولیوند', role: 'مدیر جهاد کشاورزی شهرستان بروجرد', also_called: ['وی', 'این مسئول', 'کولیوند'], statements: 4 },
      { name: 'فرشید بیرانوند', role: 'رئیس اداره غله و خدمات بازرگانی بروجرد', also_called: ['بیرانوند'], statements: 2 },
      { name: 'یدالله نظری', role: 'کشاورز روستای کوشکی', also_called: [], statements: 1 },
    ],
    speakers_never: ['عباس سپهری‌راد', 'شرکت بازرگانی دولتی ایران', 'زاگرس خبر'],
    figures: [
      { value: 92000, unit: 'تن', kind: 'measure', about: '«بیش از ۹۲ هزار تن» گندم خریداری‌شده (lead)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'افزایش نسبت به پارسال (lead)' },
      { value: 80, unit: 'درصد', kind: 'percent', about: 'سهم مزارع برداشت‌شده' },
      { value: 12, unit: 'مرکز', kind: 'count', about: 'مراکز خرید' },
      { value: 6500, unit: 'هکتار', kind: 'measure', about: '«۶ هزار و ۵۰۰ هکتار» گندم آبی' },
      { value: 24000, unit: 'هکتار', kind: 'measure', about: '«حدود ۲۴ هزار هکتار» گندم دیم' },
      { value: 110000, unit: 'تن', kind: 'measure', about: 'خرید پیش‌بینی‌شده تا پایان فصل' },
      { value: 1.8, unit: 'تن', kind: 'measure', about: '«۱٫۸ تن در هکتار» عملکرد دیم (decimal; «در هکتار» its basis)' },
      { value: 5.2, unit: 'تن', kind: 'measure', about: '«۵ تن و ۲۰۰ کیلوگرم در هکتار» عملکرد آبی (a compound amount)' },
      { value: 22000, unit: 'تومان', kind: 'money', about: 'نرخ خرید تضمینی هر کیلوگرم (kept; «هر کیلوگرم» its basis)' },
      { value: 1400000000000, unit: 'تومان', kind: 'money', about: '«بیش از هزار و ۴۰۰ میلیارد تومان» واریزی به کشاورزان' },
      { value: 65000, unit: 'تن', kind: 'measure', about: 'ظرفیت سیلوهای شهرستان' },
      { value: 4000000, unit: 'تومان', kind: 'money', about: '«هکتاری ۴ میلیون تومان» اجاره کمباین (kept; per hectare)' },
      { value: 6200000, unit: 'تن', kind: 'measure', about: '«۶ میلیون و ۲۰۰ هزار تن» خرید کشور' },
      { value: 450000, unit: 'تن', kind: 'measure', about: '«بیش از ۴۵۰ هزار تن» خرید لرستان' },
    ],
    figures_never: ['«نیمه خرداد», «اسفند و فروردین», «پایان تیر», «امروز (یکشنبه)», «پایان هفته گذشته», «پایان فصل»: dates', '«ده سال اخیر», «۱۱ روز»: durations', '«ساعت ۶ صبح تا ۲۰»: clock times', '«رده هفتم»: an ordinal', '«هر کیلوگرم», «در هکتار», «هکتاری»: bases', 'the view count («۱٬۲۴۵»), «زمان مطالعه: ۳ دقیقه», the ticker and the in-post ad: not body'],
    notes: [
      'A provincial agriculture report on WORDPRESS with the JANNAH theme (TieLabs): top bar with today\'s date and the «خبر فوری» breaking-news ticker, header ad, a MEGA MENU listing recent posts of the category, breadcrumb, category badge, <h1 class="post-title entry-title">, the single-post-meta with author avatar, the date as Jalali WITHOUT time («۱۴ تیر ۱۴۰۵»), comment count, VIEWS («۱٬۲۴۵») and «زمان مطالعه: ۳ دقیقه»; the time is only in article:published_time and the Yoast @graph (datePublished +03:30) = the gold; featured image with caption and credit; top share row «اشتراک گذاری»; the lead is the BOLD FIRST PARAGRAPH of entry-content; an in-post ad (stream-item with «تبلیغات») after paragraph 3 and a TELEGRAM INVITE «کانال تلگرام زاگرس خبر را دنبال کنید» after paragraph 6, neither body; ad below the content; tags «برچسب ها»; bottom share with Eitaa; author box with a bio; previous/next post titles; «مطالب مرتبط»; two comments and the «دیدگاهتان را بنویسید» form; the «همچنین ببینید» slide-in box; sidebar tabs «محبوب / جدیدترین / دیدگاه‌ها».',
      'statements: Kolivand is first given by role only, in the lead: «ROLE از … خبر داد» (one); then «NAME، ROLE، … اظهار کرد:» (one sentence, one), «وی ادامه داد:» (two sentences, once), «این مسئول با بیان اینکه … گفت:» (one) = 4; Beiranvand: «به گفته NAME، ROLE، …» (one), «بیرانوند افزود:» (two sentences, once) = 2; Nazari, a farmer: «NAME، ROLE، گفت:» (three sentences, once) = 1.',
      'The MP Sepehri-Rad only accompanies the visit (mentioned); the state trading company («اعلام کرده است») is an organization. The per-kilogram price and the per-hectare combine rent are kept with their basis left out; «۱٫۸ تن» and «۵ تن و ۲۰۰ کیلوگرم» (= 5.2 تن) are yields per hectare kept as measures; «تن» carries seven figures, all distinct.',
    ],
  },
  {
    name: 'newspaper-shahrekord-night-water-cuts', site: 'newspaper', author: 'نرگس قنبری', views: 3876, readMin: 4,
    source: 'صدای بختیاری',
    inline: 'بارورسازی ابرها در زاگرس مرکزی از مهر آغاز می‌شود',
    url: 'https://sedayebakhtiari.ir/35904/افت-فشار-شبانه-آب-در-شهرکرد/',
    title: 'افت فشار شبانه آب در شهرکرد آغاز شد؛ آبدهی چاه‌ها ۳۰ درصد کم شد',
    kicker: 'آب و محیط زیست', date: '۹ تیر ۱۴۰۵ - ۲۱:۱۵',
    lead: 'مدیرعامل شرکت آب و فاضلاب چهارمحال و بختیاری از اعمال افت فشار شبانه آب در شهرکرد از ساعت ۲۳ تا ۵ بامداد خبر داد و گفت آبدهی چاه‌های تأمین‌کننده آب شرب این شهر نسبت به پارسال ۳۰ درصد کاهش یافته است.',
    paras: [
      'به گزارش صدای بختیاری، بارش‌های استان از ابتدای سال آبی جاری ۴۱ درصد کمتر از میانگین بلندمدت بوده و شهرکرد که بیش از ۹۰ درصد آب شرب خود را از چاه تأمین می‌کند، بیشترین آسیب را از این خشکسالی دیده است.',
      'بهروز عالی‌پور، مدیرعامل شرکت آب و فاضلاب استان چهارمحال و بختیاری، عصر امروز در نشست خبری اظهار کرد: مصرف آب شهرکرد در روزهای گرم تیر به ۲۱۰ هزار مترمکعب در شبانه‌روز رسیده، در حالی که ظرفیت تولید ما حدود ۱۷۵ هزار مترمکعب است. افت فشار شبانه تنها راه پر شدن مخازن شهر برای ساعات اوج مصرف است.',
      'وی ادامه داد: ساکنان طبقات بالای ساختمان‌ها حتماً از پمپ و مخزن ذخیره استفاده کنند. در ۳ محله مرتفع شهر، آب در ساعات افت فشار به‌طور کامل قطع می‌شود.',
      'عالی‌پور با بیان اینکه نزدیک به ٪۲۰ آب تولیدی در شبکه فرسوده هدر می‌رود، گفت: ۸۵ کیلومتر از شبکه توزیع شهرکرد بیش از ۴۰ سال عمر دارد و نوسازی آن دست‌کم ۹۰۰ میلیارد تومان اعتبار می‌خواهد، اما امسال فقط ۱۲۰ میلیارد تومان برای این کار تخصیص یافته است.',
      'به باور مریم قاسمی‌نژاد، استاد هیدرولوژی دانشگاه شهرکرد، ریشه بحران نه در شبکه شهری، بلکه در برداشت بی‌رویه از آبخوان دشت شهرکرد است. خانم قاسمی‌نژاد در گفت‌وگو با صدای بختیاری گفت: سطح آب زیرزمینی این دشت سالانه حدود ۸۰ سانتی‌متر پایین می‌رود و از یک هزار و ۱۰۰ حلقه چاه کشاورزی اطراف شهر، کمتر از نیمی کنتور هوشمند دارند.',
      'او تغییر الگوی کشت و کاهش سطح زیر کشت یونجه را تنها راه نجات آبخوان خواند و افزود که بدون این کار، جیره‌بندی آب شرب هر تابستان تکرار خواهد شد.',
      'یکی از ساکنان طبقه چهارم یک مجتمع مسکونی در خیابان ۱۰۰ متری شهرکرد هم به خبرنگار ما گفت دو شب است بعد از ساعت ۲۲ قطره‌ای آب در لوله‌ها نیست.',
      'فرمانداری شهرکرد نیز اعلام کرد ساعت کاری ادارات دولتی شهر از شنبه تا پایان مرداد از ۶ تا ۱۲ خواهد بود. شرکت آب و فاضلاب هم از شهروندان خواسته است گزارش نشت و شکستگی لوله‌ها را با سامانه ۱۲۲ در میان بگذارند.',
    ],
    extras: {
      2: `<div class="td_block_wrap td_block_related_posts tdi_50 td_with_ajax_pagination td-pb-border-top td_block_template_8 td-inline-related" data-td-block-uid="tdi_50"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>پیشنهاد سردبیر</span></h4></div><div class="td_block_inner"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="https://sedayebakhtiari.ir/35886/" rel="bookmark">بارورسازی ابرها در زاگرس مرکزی از مهر آغاز می‌شود</a></h3></div></div></div>`,
      5: `<p class="eitaa-invite" style="background:#f3f7ff;padding:8px;border-radius:6px"><a href="https://eitaa.com/sedayebakhtiari" target="_blank" rel="noopener">📢 به کانال ایتای صدای بختیاری بپیوندید</a></p>`,
    },
    tags: ['کم‌آبی', 'شهرکرد', 'آبفای چهارمحال و بختیاری', 'خشکسالی'],
    caption: 'مخزن ذخیره آب شرب در ارتفاعات شمالی شهرکرد', credit: 'عکس: آرشیو صدای بختیاری',
    related: ['حجم آب سد چغاخور به کمترین رقم ده سال اخیر رسید', 'آغاز نصب کنتور هوشمند بر چاه‌های کشاورزی بروجن', 'تونل سوم کوهرنگ کی به بهره‌برداری می‌رسد؟'],
    mostRead: ['ساعت کاری ادارات چهارمحال و بختیاری تغییر کرد', 'آتش‌سوزی در مراتع کوهرنگ مهار شد', 'نتایج کنکور سراسری کی اعلام می‌شود؟', 'تصادف زنجیره‌ای در گردنه زرگر'],
    prev: 'آغاز ثبت‌نام وام ودیعه مسکن در شهرکرد', next: 'اعزام کاروان ورزشکاران استان به المپیاد ورزشی',
    comments: [],
    extraExcludes: ['آغاز ثبت‌نام وام ودیعه مسکن در شهرکرد', 'روابط عمومی آبفای استان', 'زمان تقریبی مطالعه'],
    speakers: [
      { name: 'بهروز عالی‌پور', role: 'مدیرعامل شرکت آب و فاضلاب چهارمحال و بختیاری', also_called: ['وی', 'عالی‌پور'], statements: 4 },
      { name: 'مریم قاسمی‌نژاد', role: 'استاد هیدرولوژی دانشگاه شهرکرد', also_called: ['خانم قاسمی‌نژاد', 'او'], statements: 3 },
    ],
    speakers_never: ['یکی از ساکنان طبقه چهارم', 'فرمانداری شهرکرد', 'شرکت آب و فاضلاب', 'روابط عمومی آبفای استان'],
    figures: [
      { value: 30, unit: 'درصد', kind: 'percent', about: 'کاهش آبدهی چاه‌ها (lead)' },
      { value: 41, unit: 'درصد', kind: 'percent', about: 'کاهش بارش‌ها' },
      { value: 90, unit: 'درصد', kind: 'percent', about: '«بیش از ۹۰ درصد» سهم چاه در آب شرب' },
      { value: 210000, unit: 'مترمکعب', kind: 'measure', about: 'مصرف شبانه‌روزی (kept; «در شبانه‌روز» its basis)' },
      { value: 175000, unit: 'مترمکعب', kind: 'measure', about: 'ظرفیت تولید' },
      { value: 3, unit: 'محله', kind: 'count', about: 'محله‌های مرتفع با قطع کامل' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«نزدیک به ٪۲۰» هدررفت (written with the percent sign)' },
      { value: 85, unit: 'کیلومتر', kind: 'measure', about: 'شبکه فرسوده' },
      { value: 900000000000, unit: 'تومان', kind: 'money', about: '«دست‌کم ۹۰۰ میلیارد تومان» اعتبار لازم' },
      { value: 120000000000, unit: 'تومان', kind: 'money', about: 'اعتبار تخصیص‌یافته' },
      { value: 80, unit: 'سانتی‌متر', kind: 'measure', about: 'افت سالانه آب زیرزمینی' },
      { value: 1100, unit: 'حلقه', kind: 'count', about: '«یک هزار و ۱۰۰ حلقه چاه» کشاورزی' },
    ],
    figures_never: ['«ساعت ۲۳ تا ۵ بامداد», «بعد از ساعت ۲۲», «از ۶ تا ۱۲»: clock times', '«سامانه ۱۲۲»: a phone number', '«خیابان ۱۰۰ متری»: a street name', '«طبقه چهارم»: an ordinal', '«بیش از ۴۰ سال عمر»: an age', '«دو شب»: a duration', '«کمتر از نیمی»: vague', '«عصر امروز», «شنبه», «پایان مرداد», «هر تابستان»: dates and frequencies', 'the «منبع / از طریق» rows, views and reading time: not body'],
    notes: [
      'A water-shortage report on WORDPRESS with tagDiv\'s NEWSPAPER 12 and a tdb CLOUD TEMPLATE (tdb-template body class, tdc-zone/tdc-row wrappers, tdb_* blocks): header date and a MEGA MENU, the «اخبار داغ» trending ticker, breadcrumbs, category, <h1 class="tdb-title-text">, the lead as the tdb_single_subtitle <p>, author, <time class="entry-date updated td-module-date" datetime="2026-06-30T21:15:00+03:30"> showing «۹ تیر ۱۴۰۵ - ۲۱:۱۵» (the gold), views, «زمان تقریبی مطالعه»; featured image with caption; td-a-ad boxes «- تبلیغات -» at the top and bottom of the content; an inline «پیشنهاد سردبیر» related block after paragraph 3 and an EITAA invite after paragraph 6, neither body; the Newspaper SOURCE and VIA rows («منبع» صدای بختیاری, «از طریق» روابط عمومی آبفای استان) after the content, not body; tags, share, «مقاله قبلی / مقاله بعدی», author box, «مطالب مرتبط» with the «بیشتر از نویسنده» filter, comment form; footer most-read and a newsletter block «عضویت در خبرنامه». Yoast @graph.',
      'statements: Alipour is first given by role only, in the lead: «ROLE از … خبر داد و گفت …» (one sentence, one); «NAME، ROLE، … اظهار کرد:» (two sentences, once), «وی ادامه داد:» (two sentences, once), «عالی‌پور با بیان اینکه … گفت:» (one) = 4. His role is the lead\'s «مدیرعامل شرکت آب و فاضلاب چهارمحال و بختیاری» (the body later adds «استان»). Ghaseminejad: «به باور NAME، ROLE، …» (one), «خانم قاسمی‌نژاد … گفت:» (one), «او … را … خواند و افزود که …» (one) = 3.',
      'The resident on the fourth floor speaks («به خبرنگار ما گفت») but is unnamed: not a speaker; the governorate («اعلام کرد») and the water company («خواسته است») are organizations. «٪۲۰» is written with the percent sign (unit درصد); the daily consumption and capacity are kept as measures with «در شبانه‌روز» as their basis; «خیابان ۱۰۰ متری» is a street name and «سامانه ۱۲۲» a phone number.',
    ],
  },
  {
    name: 'jnews-eslamabad-karand-road-widening', site: 'jnews', author: 'مهسا کرمانشاهی', views: 2310, readMin: 3,
    source: 'بیستون نیوز',
    inline: 'آغاز لکه‌گیری آسفالت محور کرمانشاه - بیستون',
    url: 'https://bistoonnews.ir/61842/چهارخطه-شدن-محور-اسلام‌آباد-غرب-کرند/',
    title: 'چهارخطه شدن ۱۸ کیلومتر پایانی محور اسلام‌آباد غرب - کرند آغاز شد',
    kicker: 'راه و عمران', date: '۱۶ تیر ۱۴۰۵ - ۱۳:۰۵',
    lead: 'عملیات اجرایی چهارخطه کردن ۱۸ کیلومتر باقی‌مانده از محور اسلام‌آباد غرب - کرند، از پرترددترین بخش‌های جاده ترانزیتی ۴۸، صبح امروز (سه‌شنبه) با حضور مسئولان شهرستان آغاز شد.',
    paras: [
      'به گزارش بیستون نیوز، این محور روزانه محل تردد بیش از ۱۴ هزار خودرو، از جمله کامیون‌های ترانزیتی و زائران عازم مرز خسروی است و بر پایه آمار پلیس راه استان، در سه سال گذشته ۳۷ نفر در تصادفات آن جان باخته‌اند.',
      'سیروس یاری‌نژاد، فرماندار اسلام‌آباد غرب، در آیین آغاز عملیات اظهار کرد: این ۱۸ کیلومتر سال‌ها گلوگاه تصادفات شهرستان بوده است. با تأمین اعتبار از محل مصوبات سفر رئیس‌جمهور، پیمانکار متعهد شده تا پایان اسفند هر دو باند جدید را زیر بار ترافیک ببرد.',
      'وی ادامه داد: اعتبار این پروژه یک هزار و ۲۵۰ میلیارد تومان برآورد شده که ۶۰ درصد آن از منابع ملی و باقی از محل اعتبارات استانی تأمین می‌شود. تاکنون ۳۱۰ میلیارد تومان به حساب پیمانکار واریز شده است.',
      'فرماندار همچنین از رانندگان خواست در محدوده کارگاهی به علائم هشدار توجه کنند و گفت تردد کامیون‌ها در ساعات شب از مسیر جایگزین روستای حسن‌آباد انجام می‌شود.',
      'جمال کرمی‌پور، معاون فرماندار و رئیس شورای ترافیک شهرستان، نیز با اشاره به آمار تصادفات گفت: ۷۰ درصد تصادفات منجر به فوت این محور در همین ۱۸ کیلومتر رخ داده است. تا پایان کار، ۲ دستگاه آمبولانس به‌طور ثابت در پایگاه اورژانس کیلومتر ۱۲ مستقر می‌شود.',
      'به گفته معاون فرماندار، در کنار چهارخطه کردن، ۳ تقاطع غیرهمسطح و روشنایی ۶ کیلومتر از مسیر نیز اجرا خواهد شد.',
      'رئیس اداره راهداری و حمل‌ونقل جاده‌ای شهرستان، ژیلا رستمی، هم در این مراسم گفت: از ابتدای امسال ۲۲ هزار تن آسفالت در راه‌های روستایی شهرستان پخش شده و روکش ۹ کیلومتر از مسیر قدیم جاده ۴۸ در محدوده شهر تا شهریور به پایان می‌رسد.',
      'رستمی با بیان اینکه ناوگان راهداری شهرستان فرسوده است، افزود: از ۴۵ دستگاه ماشین‌آلات راهداری، ۱۹ دستگاه بیش از ۲۵ سال عمر دارند. در این آیین، منوچهر ساکی، نماینده مردم اسلام‌آباد غرب و دالاهو در مجلس، نیز حضور داشت.',
    ],
    extras: {
      1: `<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_29 jeg_postblock jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>بیشتر بخوانید</span></h3></div><div class="jeg_posts"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="https://bistoonnews.ir/61827/">آغاز لکه‌گیری آسفالت محور کرمانشاه - بیستون</a></h3></div></div></div></div></div>`,
      4: `<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center"><a href="https://kermanshah-cement.example/" target="_blank" rel="nofollow noopener" class="adlink ads_image"><img src="https://bistoonnews.ir/wp-content/uploads/2026/04/inline-ad.gif" alt="سیمان غرب" width="600" height="100"></a><div class="ads-text">آگهی</div></div></div>`,
      6: `<p class="bale-invite" style="text-align:center"><a href="https://ble.ir/bistoonnews" target="_blank" rel="noopener">✅ ما را در پیام‌رسان بله دنبال کنید</a></p>`,
    },
    tags: ['اسلام‌آباد غرب', 'محور ۴۸', 'راهداری', 'تصادفات جاده‌ای'],
    caption: 'آغاز عملیات چهارخطه کردن محور اسلام‌آباد غرب - کرند', credit: 'عکس: بیستون نیوز',
    related: ['نصب دوربین ثبت تخلف در گردنه چهارزبر', 'بهسازی راه روستایی هلیلان به پایان رسید', 'آمار تصادفات جاده‌ای کرمانشاه در بهار ۱۴۰۵'],
    mostRead: ['زمین‌لرزه ۴٫۱ ریشتری سرپل‌ذهاب را لرزاند', 'ساعت کاری ادارات کرمانشاه کاهش یافت', 'اعلام نتایج آزمون استخدامی آموزش و پرورش', 'قیمت جدید بلیت اتوبوس‌های بین‌شهری'],
    prev: 'برگزاری جشنواره انار در روستاهای دالاهو', next: 'افزایش ۳۰ درصدی تردد زائران از مرز خسروی',
    comments: [['راننده کامیون', 'خدا را شکر، این گردنه هر سال چند نفر را می‌کشت.']],
    extraExcludes: ['برگزاری جشنواره انار در روستاهای دالاهو', 'کرمانشاه وب'],
    speakers: [
      { name: 'سیروس یاری‌نژاد', role: 'فرماندار اسلام‌آباد غرب', also_called: ['وی', 'فرماندار'], statements: 3 },
      { name: 'جمال کرمی‌پور', role: 'معاون فرماندار و رئیس شورای ترافیک شهرستان', also_called: ['معاون فرماندار'], statements: 2 },
      { name: 'ژیلا رستمی', role: 'رئیس اداره راهداری و حمل‌ونقل جاده‌ای شهرستان', also_called: ['رستمی'], statements: 2 },
    ],
    speakers_never: ['منوچهر ساکی', 'پلیس راه استان'],
    figures: [
      { value: 18, unit: 'کیلومتر', kind: 'measure', about: 'طول بخش باقی‌مانده (lead; repeated three times)' },
      { value: 14000, unit: 'خودرو', kind: 'count', about: '«بیش از ۱۴ هزار خودرو» تردد روزانه' },
      { value: 37, unit: 'نفر', kind: 'count', about: 'جان‌باختگان سه سال گذشته' },
      { value: 1250000000000, unit: 'تومان', kind: 'money', about: '«یک هزار و ۲۵۰ میلیارد تومان» اعتبار پروژه' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم منابع ملی' },
      { value: 310000000000, unit: 'تومان', kind: 'money', about: 'پرداختی به پیمانکار' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'سهم این ۱۸ کیلومتر از تصادفات فوتی' },
      { value: 2, unit: 'دستگاه', kind: 'count', about: 'آمبولانس مستقر' },
      { value: 3, unit: 'تقاطع', kind: 'count', about: 'تقاطع غیرهمسطح' },
      { value: 6, unit: 'کیلومتر', kind: 'measure', about: 'روشنایی مسیر' },
      { value: 22000, unit: 'تن', kind: 'measure', about: 'آسفالت راه‌های روستایی' },
      { value: 9, unit: 'کیلومتر', kind: 'measure', about: 'روکش مسیر قدیم' },
      { value: 45, unit: 'دستگاه', kind: 'count', about: 'ماشین‌آلات راهداری' },
      { value: 19, unit: 'دستگاه', kind: 'count', about: 'ماشین‌آلات فرسوده' },
    ],
    figures_never: ['«جاده ترانزیتی ۴۸», «جاده ۴۸» (and the tag «محور ۴۸»): a road number', '«کیلومتر ۱۲»: a location on the road', '«سه سال گذشته»: a duration', '«بیش از ۲۵ سال عمر»: an age', '«امروز (سه‌شنبه)», «پایان اسفند», «ابتدای امسال», «شهریور»: dates', '«هر دو باند»: not a key figure', 'the ticker\'s «۴٫۱ ریشتری», the in-content ad and the views («۲٬۳۱۰ بازدید»): not body'],
    notes: [
      'A roads report on WORDPRESS with the JNEWS theme (Jegtheme): top bar with today\'s date, header ad, a jeg_megamenu category menu with a news feed, a «خبر فوری» jeg_breakingnews ticker («۲ ساعت پیش»), breadcrumbs, <h1 class="jeg_post_title">, the LEAD as <h2 class="jeg_post_subtitle"> (body), meta with author «توسط», a jeg_meta_date LINK showing «۱۶ تیر ۱۴۰۵ - ۱۳:۰۵», category, comments and «بازدید»; top share bar; featured image with caption; ad above the content; a JNews inline «بیشتر بخوانید» related block after paragraph 2, an inline ad («آگهی») after paragraph 5 and a BALE invite «ما را در پیام‌رسان بله دنبال کنید» after paragraph 7, none of them body; a «منبع: بیستون نیوز» line at the end of content-inner, not body; tags «برچسب ها:»; bottom share; «مطلب قبلی / مطلب بعدی»; author box; «مطالب مرتبط»; a popup «مطلب بعدی»; one comment and the form. The only machine date is Rank Math\'s schema graph and article:published_time (+03:30).',
      'statements: the GOVERNOR Yarinejad: «NAME، ROLE، … اظهار کرد:» (two sentences, once), «وی ادامه داد:» (two sentences, once), the role alone «فرماندار همچنین از رانندگان خواست … و گفت …» (one sentence, one) = 3; his DEPUTY Karamipour, a different person with a similar title: «NAME، معاون فرماندار و …، نیز … گفت:» (two sentences, once), «به گفته معاون فرماندار، …» (one) = 2; Rostami, introduced as «ROLE، NAME، هم … گفت:» (one), «رستمی با بیان اینکه … افزود:» (one) = 2.',
      'A reader must keep «فرماندار» (Yarinejad) and «معاون فرماندار» (Karamipour) apart: «فرماندار همچنین …» is the governor, «به گفته معاون فرماندار» the deputy. The MP Saki is only present (mentioned); the road police («بر پایه آمار») is an organization. «دستگاه» carries three counts (2 ambulances, 45 and 19 machines); «کیلومتر» three measures (18, 6, 9).',
    ],
  },
  {
    name: 'publisher-bojnurd-council-electric-buses', site: 'publisher', author: 'رضا جعفری', views: 987, readMin: 3, zwnjLost: true,
    inline: 'شورای شهر بجنورد بودجه ۱۴۰۵ شهرداری را تصویب کرد',
    url: 'https://atrakkhabar.ir/27530/شورای-شهر-بجنورد-اتوبوس-برقی/',
    title: 'شورای شهر بجنورد با خرید ۳۰ دستگاه اتوبوس برقی موافقت کرد',
    kicker: 'شهری', date: '۲۳ تیر ۱۴۰۵ - ۱۹:۴۰',
    lead: 'اعضای شورای اسلامی شهر بجنورد در دویست و چهل و هفتمین جلسه رسمی خود با ۶ رأی موافق و یک رأی مخالف از ۷ عضو حاضر، لایحه خرید ۳۰ دستگاه اتوبوس برقی برای ناوگان حمل‌ونقل عمومی شهر را تصویب کردند.',
    paras: [
      'به گزارش اترک خبر، بر اساس این لایحه، اتوبوس‌ها با تسهیلات صندوق توسعه ملی و آورده ۲۰ درصدی شهرداری خریداری می‌شوند و بهای هر دستگاه حدود ۳۸ میلیارد تومان برآورد شده است.',
      'محمدرضا شفیعی‌مقدم، رئیس شورای اسلامی شهر بجنورد، در ابتدای جلسه اظهار کرد: میانگین عمر ناوگان اتوبوسرانی بجنورد به ۱۴ سال رسیده و از ۸۵ دستگاه اتوبوس موجود، تنها ۴۸ دستگاه فعال است. شهروندان گاهی ۴۰ دقیقه در ایستگاه منتظر می‌مانند.',
      'وی ادامه داد: با ورود اتوبوس‌های جدید، سرفاصله حرکت در ۶ خط اصلی شهر به ۱۰ دقیقه کاهش می‌یابد و مصرف سالانه ۲ میلیون لیتر گازوئیل حذف می‌شود.',
      'در مقابل، زهرا اکبری‌نسب، عضو شورای شهر، تنها رأی مخالف جلسه را داد. خانم اکبری‌نسب خرید اتوبوس برقی را «تصمیمی عجولانه» خواند و گفت: شبکه برق شهر در تابستان با خاموشی روبه‌روست و هنوز حتی یک ایستگاه شارژ در بجنورد نداریم. بهتر بود ابتدا ۱۲ دستگاه به‌صورت آزمایشی خریداری شود.',
      'اکبری‌نسب همچنین به بدهی شهرداری اشاره کرد و گفت بدهی‌های معوق شهرداری به پیمانکاران از ۶۲۰ میلیارد تومان گذشته است.',
      'حمید نیک‌اندیش، شهردار بجنورد، در پاسخ به این انتقادها گفت: دو ایستگاه شارژ با ظرفیت شارژ همزمان ۱۶ اتوبوس تا پایان سال در پایانه شرقی شهر ساخته می‌شود و شرکت توزیع نیروی برق استان تأمین برق آنها را تعهد کرده است.',
      'به گفته شهردار، بودجه امسال شهرداری بجنورد ۴ هزار و ۲۰۰ میلیارد تومان است و ۱۵ درصد آن به حمل‌ونقل عمومی اختصاص یافته است.',
      'در ادامه جلسه، شورا با اختصاص یک و نیم میلیارد تومان برای تجهیز کتابخانه محله شهرک فرهنگیان، که به نام زنده‌یاد رحیم بهاری‌نژاد، شاعر بجنوردی، نام‌گذاری شده است، موافقت کرد. سازمان مدیریت حمل‌ونقل بار و مسافر شهرداری بجنورد نیز اعلام کرد شهروندان می‌توانند پیشنهادهای خود درباره خطوط جدید را با سامانه ۱۳۷ در میان بگذارند.',
    ],
    extras: {
      2: `<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text heading-typo">پیشنهاد سردبیر</span></div><div class="bs-pagination-wrapper main-term-none none"><div class="listing listing-thumbnail listing-tb-1 clearfix columns-1"><div class="post-${27530 - 31} type-post format-standard has-post-thumbnail listing-item listing-item-thumbnail listing-item-tb-1 main-term-5"><div class="item-inner clearfix"><p class="title"><a href="https://atrakkhabar.ir/${27530 - 31}/" class="post-title post-url">شورای شهر بجنورد بودجه ۱۴۰۵ شهرداری را تصویب کرد</a></p></div></div></div></div></div>`,
      5: `<div class="bsac bsac-clearfix bsac-post-inline bsac-float-center bsac-align-center bsac-column-1"><div id="bsac-9412-1" class="bsac-container bsac-type-image" itemscope="" itemtype="https://schema.org/WPAdBlock" data-adid="9412" data-type="image"><span class="bsac-caption">آگهی</span><a itemprop="url" class="bsac-link" href="https://bojnourd-dairy.example/" target="_blank" rel="nofollow"><img class="bsac-image" src="https://atrakkhabar.ir/wp-content/uploads/2026/06/inline-dairy.gif" alt="لبنیات" title="لبنیات"></a></div></div>`,
    },
    tags: ['شورای شهر بجنورد', 'اتوبوس برقی', 'حمل‌ونقل عمومی', 'شهرداری بجنورد'],
    caption: 'جلسه علنی شورای اسلامی شهر بجنورد', credit: 'عکس: اترک خبر',
    related: ['افزایش ۲۵ درصدی کرایه تاکسی در بجنورد تصویب شد', 'شهردار بجنورد: پروژه پل غدیر تا پایان سال تمام می‌شود', 'انتقاد اعضای شورا از وضعیت جمع‌آوری زباله'],
    mostRead: ['جدول خاموشی برق بجنورد برای فردا اعلام شد', 'ثبت‌نام مسکن ملی در شیروان تمدید شد', 'آغاز ثبت‌نام مدارس نمونه دولتی خراسان شمالی', 'تعطیلی ادارات استان در روز پنجشنبه'],
    prev: 'بازگشایی خیابان طالقانی بجنورد پس از ۲ ماه', next: 'جشنواره فرهنگ اقوام در اسفراین برگزار می‌شود',
    comments: [],
    extraExcludes: ['بازگشایی خیابان طالقانی بجنورد پس از ۲ ماه', 'پایگاه خبری خراسان شمالی', 'نوین وب بجنورد'],
    speakers: [
      { name: 'محمدرضا شفیعی‌مقدم', role: 'رئیس شورای اسلامی شهر بجنورد', also_called: ['وی'], statements: 2 },
      { name: 'زهرا اکبری‌نسب', role: 'عضو شورای شهر', also_called: ['خانم اکبری‌نسب', 'اکبری‌نسب'], statements: 2 },
      { name: 'حمید نیک‌اندیش', role: 'شهردار بجنورد', also_called: ['شهردار'], statements: 2 },
    ],
    speakers_never: ['رحیم بهاری‌نژاد', 'سازمان مدیریت حمل‌ونقل بار و مسافر شهرداری بجنورد', 'شرکت توزیع نیروی برق استان', 'صندوق توسعه ملی'],
    figures: [
      { value: 6, unit: 'رأی', kind: 'count', about: 'رأی موافق (lead)' },
      { value: 7, unit: 'عضو', kind: 'count', about: 'اعضای حاضر (lead)' },
      { value: 30, unit: 'دستگاه', kind: 'count', about: 'اتوبوس برقی (lead)' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«آورده ۲۰ درصدی» شهرداری (unit in base form)' },
      { value: 38000000000, unit: 'تومان', kind: 'money', about: 'بهای هر دستگاه (kept; «هر دستگاه» its basis)' },
      { value: 85, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های موجود' },
      { value: 48, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های فعال' },
      { value: 6, unit: 'خط', kind: 'count', about: 'خطوط اصلی' },
      { value: 2000000, unit: 'لیتر', kind: 'measure', about: 'گازوئیل سالانه' },
      { value: 12, unit: 'دستگاه', kind: 'count', about: 'خرید آزمایشی پیشنهادی' },
      { value: 620000000000, unit: 'تومان', kind: 'money', about: 'بدهی معوق شهرداری' },
      { value: 2, unit: 'ایستگاه', kind: 'count', about: '«دو ایستگاه شارژ» (count in words)' },
      { value: 16, unit: 'اتوبوس', kind: 'count', about: 'ظرفیت شارژ همزمان' },
      { value: 4200000000000, unit: 'تومان', kind: 'money', about: '«۴ هزار و ۲۰۰ میلیارد تومان» بودجه شهرداری' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم حمل‌ونقل عمومی از بودجه' },
      { value: 1500000000, unit: 'تومان', kind: 'money', about: '«یک و نیم میلیارد تومان» تجهیز کتابخانه' },
    ],
    figures_never: ['«دویست و چهل و هفتمین جلسه»: an ordinal in words', '«یک رأی مخالف», «حتی یک ایستگاه»: lone «یک»', '«۱۴ سال»: the fleet\'s age', '«۴۰ دقیقه», «۱۰ دقیقه»: durations', '«سامانه ۱۳۷»: a phone number', '«پایان سال», «امسال»: dates', 'the related title «افزایش ۲۵ درصدی کرایه تاکسی …» and the inline box «… بودجه ۱۴۰۵ …»: not body'],
    notes: [
      'A city-council report on WORDPRESS with BetterStudio\'s PUBLISHER theme: top bar with today\'s date, header banner (Better Ads), a tabbed MEGA MENU, the «تیتر یک» news ticker, breadcrumb, term badge, <h1 class="single-post-title"><span class="post-title">, the LEAD as <h2 class="post-subtitle"> (body), post meta with author, <time class="post-published updated" datetime="2026-07-14T19:40:00+03:30"> showing «۲۳ تیر ۱۴۰۵ ساعت ۱۹:۴۰», views and «زمان مطالعه»; featured image with caption; top share row with a «لینک کوتاه:» input and a «کپی لینک» button; the content with a BetterStudio inline related box «پیشنهاد سردبیر» (bs-irp) after paragraph 3 and a Better Ads block captioned «آگهی» after paragraph 6, neither body; tags «برچسب ها»; bottom share; author box; «نوشته قبلی / نوشته بعدی»; «مطالب مرتبط / بیشتر از همین نویسنده» tabs; newsletter box; comment form; sidebar «پربازدیدها». Yoast @graph. The whole PAGE LOST ITS ZWNJ (typed without half-spaces): body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Shafiei-Moghaddam: «NAME، ROLE، … اظهار کرد:» (two sentences, once), «وی ادامه داد:» (one) = 2; Akbarinasab, the only vote against: «… تنها رأی مخالف جلسه را داد» is a vote, not a statement; «خانم اکبری‌نسب … را «…» خواند و گفت:» (one sentence; the quote after it runs two sentences, once), «اکبری‌نسب همچنین … اشاره کرد و گفت …» (one) = 2; the mayor Nikandish: «NAME، ROLE، … گفت:» (one), the role alone «به گفته شهردار، …» (one) = 2.',
      'The poet Bahari-Nejad, after whom the library is named, is only mentioned; the transport organization («اعلام کرد»), the power distribution company («تعهد کرده است») and the National Development Fund are organizations. «دستگاه» carries four counts (30, 85, 48, 12); «دو ایستگاه شارژ» is a count in words; «یک و نیم میلیارد تومان» is 1.5e9; «۶ رأی» and «۶ خط» are two figures with different units.',
    ],
  },
  {
    name: 'soledad-hawraman-summer-tourism', site: 'soledad', author: 'هیوا مرادی', views: 4520, readMin: 4,
    source: 'خبرنگار اعزامی سیروان نیوز به هورامان',
    inline: 'موزه مردم‌شناسی سنندج تعطیل تابستانی ندارد',
    url: 'https://sirvannews.ir/53118/سفر-به-هورامان-۳۵-درصد-بیشتر-شد/',
    title: 'سفر به هورامان ۳۵ درصد بیشتر شد؛ اقامتگاه‌های بوم‌گردی تا پایان مرداد پر است',
    kicker: 'گردشگری', date: '۱۹ تیر ۱۴۰۵ - ۱۱:۳۰',
    lead: 'شمار گردشگرانی که از ابتدای تابستان به منطقه هورامان در کردستان سفر کرده‌اند، نسبت به مدت مشابه پارسال ۳۵ درصد افزایش یافته و ظرفیت اقامتگاه‌های بوم‌گردی منطقه تا پایان مرداد تکمیل شده است.',
    paras: [
      'به گزارش سیروان نیوز، منظر فرهنگی هورامان/اورامانات که در سال ۱۴۰۰ به‌عنوان بیست‌وششمین اثر ایران در فهرست میراث جهانی یونسکو ثبت شد، از ابتدای فروردین تاکنون میزبان حدود ۲۱۰ هزار گردشگر بوده است.',
      'پرستو ویسی، مدیرکل میراث فرهنگی، گردشگری و صنایع دستی کردستان، روز پنجشنبه در بازدید از روستای هورامان تخت اظهار کرد: استان کردستان سال گذشته پذیرای دو میلیون و سیصد هزار گردشگر بود و هدف ما برای امسال، رسیدن به سه میلیون گردشگر است.',
      'ویسی افزود: هم‌اکنون ۴۲ اقامتگاه بوم‌گردی در هورامان مجوز فعالیت دارند و در یک سال گذشته ۱۱ اقامتگاه جدید افتتاح شده است. برای ۸ طرح دیگر نیز تسهیلات ارزان‌قیمتی به ارزش ۶۰ میلیارد تومان تصویب شده است.',
      'مدیرکل میراث فرهنگی کردستان همچنین از گردشگران خواست از برپایی چادر در باغ‌های پلکانی روستا و رها کردن زباله در حاشیه رودخانه سیروان خودداری کنند.',
      'کاوه امینی که اقامتگاهی سنتی با ۹ اتاق در هورامان تخت دارد، می‌گوید: از نیمه خرداد حتی یک اتاق خالی نداشته‌ایم. بیشتر مهمان‌ها از تهران، اصفهان و شیراز می‌آیند و میانگین اقامتشان دو شب است. هر شب اقامت در اتاق‌های ما برای یک خانواده چهارنفره یک میلیون و ۸۰۰ هزار تومان تمام می‌شود.',
      'امینی افزود: جاده پاوه - نودشه در روزهای تعطیل قفل می‌شود و پارکینگ روستا جای بیش از ۶۰ خودرو را ندارد. گردشگرها گاهی ۲ کیلومتر پیاده تا روستا می‌آیند.',
      'به باور بهمن رشیدی، پژوهشگر گردشگری و عضو هیئت علمی دانشگاه کردستان، رشد بی‌برنامه سفرها می‌تواند به معماری پلکانی هورامان که عامل اصلی ثبت جهانی آن بوده، آسیب بزند. رشیدی تعیین سقف روزانه گردشگر برای روستا را ضروری دانست و گفت تجربه روستاهای ثبت جهانی در دیگر کشورها نشان می‌دهد بدون چنین سقفی، بافت تاریخی در کمتر از یک دهه آسیب جدی می‌بیند.',
      'اداره کل راهداری و حمل‌ونقل جاده‌ای کردستان نیز اعلام کرد عملیات تعریض ۷ کیلومتر از جاده دسترسی هورامان تخت از مهر آغاز می‌شود. عکس‌های این گزارش را آرمان فتاحی، عکاس سیروان نیوز، ثبت کرده است.',
    ],
    extras: {
      2: `<div class="penci-ilrltpost-wrapper penci-ilrltpost-left"><div class="penci-ilrltpost-title">بخوانید:</div><ul class="penci-ilrltpost-list"><li><a href="https://sirvannews.ir/53092/">موزه مردم‌شناسی سنندج تعطیل تابستانی ندارد</a></li></ul></div>`,
      5: `<p style="text-align: center;"><a href="https://eitaa.com/sirvannews" target="_blank" rel="noopener noreferrer"><strong>🔻 کانال ایتا سیروان نیوز؛ تازه‌ترین خبرهای کردستان 🔻</strong></a></p>`,
    },
    tags: ['هورامان', 'گردشگری کردستان', 'اقامتگاه بوم‌گردی', 'میراث جهانی'],
    caption: 'معماری پلکانی روستای هورامان تخت در تابستان', credit: 'عکس: آرمان فتاحی',
    related: ['آبیدر؛ نقشه تازه مسیرهای کوهپیمایی منتشر شد', 'آیین پیر شالیار امسال در بهمن برگزار می‌شود', 'صنایع دستی کردستان در بازارچه مرزی باشماق'],
    mostRead: ['بازگشایی گردنه تته پس از ریزش کوه', 'برگزاری جشنواره توت فرنگی در مریوان', 'قیمت بلیت پرواز تهران - سنندج', 'زمان برگزاری کنکور هنر اعلام شد'],
    prev: 'برگزاری جشنواره توت فرنگی در مریوان', next: 'ثبت ملی ۱۲ اثر تاریخی کردستان',
    comments: [['ناصر از کرج', 'پارسال رفتیم، واقعاً جای پارک نبود ولی مردمش بی‌نظیرند.'], ['مهمان', 'قیمت اقامتگاه‌ها خیلی بالا رفته است.']],
    extraExcludes: ['ثبت ملی ۱۲ اثر تاریخی کردستان', 'پربیننده‌ها'],
    speakers: [
      { name: 'پرستو ویسی', role: 'مدیرکل میراث فرهنگی، گردشگری و صنایع دستی کردستان', also_called: ['ویسی', 'مدیرکل میراث فرهنگی کردستان'], statements: 3 },
      { name: 'کاوه امینی', role: '', also_called: ['امینی'], statements: 2 },
      { name: 'بهمن رشیدی', role: 'پژوهشگر گردشگری و عضو هیئت علمی دانشگاه کردستان', also_called: ['رشیدی'], statements: 2 },
    ],
    speakers_never: ['آرمان فتاحی', 'اداره کل راهداری و حمل‌ونقل جاده‌ای کردستان', 'یونسکو'],
    figures: [
      { value: 35, unit: 'درصد', kind: 'percent', about: 'افزایش سفر نسبت به پارسال (lead)' },
      { value: 210000, unit: 'گردشگر', kind: 'count', about: '«حدود ۲۱۰ هزار گردشگر» هورامان از فروردین' },
      { value: 2300000, unit: 'گردشگر', kind: 'count', about: '«دو میلیون و سیصد هزار گردشگر» استان در سال گذشته (in words)' },
      { value: 3000000, unit: 'گردشگر', kind: 'count', about: '«سه میلیون گردشگر» هدف امسال (in words)' },
      { value: 42, unit: 'اقامتگاه', kind: 'count', about: 'اقامتگاه‌های دارای مجوز' },
      { value: 11, unit: 'اقامتگاه', kind: 'count', about: 'اقامتگاه‌های جدید' },
      { value: 8, unit: 'طرح', kind: 'count', about: 'طرح‌های دارای تسهیلات' },
      { value: 60000000000, unit: 'تومان', kind: 'money', about: 'تسهیلات ۶۰ میلیارد تومانی' },
      { value: 9, unit: 'اتاق', kind: 'count', about: 'اتاق‌های اقامتگاه امینی' },
      { value: 1800000, unit: 'تومان', kind: 'money', about: '«یک میلیون و ۸۰۰ هزار تومان» هر شب اقامت (kept; per night)' },
      { value: 60, unit: 'خودرو', kind: 'count', about: 'ظرفیت پارکینگ روستا' },
      { value: 2, unit: 'کیلومتر', kind: 'measure', about: 'پیاده‌روی گردشگران' },
      { value: 7, unit: 'کیلومتر', kind: 'measure', about: 'تعریض جاده دسترسی' },
    ],
    figures_never: ['«سال ۱۴۰۰»: a year', '«بیست‌وششمین اثر»: an ordinal', '«حتی یک اتاق»: lone «یک»', '«دو شب», «کمتر از یک دهه», «یک سال گذشته»: durations', '«خانواده چهارنفره»: the basis of the price', '«نیمه خرداد», «پایان مرداد», «روز پنجشنبه», «مهر»: dates', 'the reading time, the views («۴٬۵۲۰ بازدید») and the «منبع:» line: not body'],
    notes: [
      'A tourism report on WORDPRESS with PenciDesign\'s SOLEDAD theme: the penci top bar with today\'s date and the «داغ‌ترین خبرها» headline carousel, a penci MEGA MENU, breadcrumb, category, <h1 class="post-title single-post-title entry-title">, a hidden penci-hide-tagupdated block and the visible post-box-meta-single with author, <time class="entry-date published" datetime="2026-07-10T11:30:00+03:30"> showing «۱۹ تیر ۱۴۰۵» only, «زمان مطالعه: ۴ دقیقه», views and comments; featured image with caption; the lead as the BOLD FIRST PARAGRAPH of the content; a Soledad inline related box «بخوانید:» after paragraph 3 and an EITAA invite after paragraph 6, neither body; a «منبع: خبرنگار اعزامی سیروان نیوز به هورامان» line at the end of the content, not body; tags; the «اشتراک گذاری» box with a like counter and «کپی لینک»; author box; «مطلب قبلی / مطلب بعدی»; the «شاید بپسندید» related carousel; two comments and the form; sidebar «پربیننده‌ها». Rank Math schema.',
      'statements: Veisi: «NAME، ROLE، … اظهار کرد:» (one), «ویسی افزود:» (two sentences, once), the shortened role alone «مدیرکل میراث فرهنگی کردستان همچنین از گردشگران خواست …» (a request, one) = 3; Kaveh Amini, a homestay owner quoted by FIRST NAME AND SURNAME WITHOUT ANY TITLE or role apposition (only a relative clause «که اقامتگاهی … دارد»; role left empty): «… می‌گوید:» (three sentences, once), «امینی افزود:» (two sentences, once) = 2; Rashidi: «به باور NAME، ROLE، …» (one), «رشیدی … را ضروری دانست و گفت …» (one) = 2.',
      'The photographer Fattahi is only mentioned; the roads directorate («اعلام کرد») and UNESCO are organizations. «دو میلیون و سیصد هزار» and «سه میلیون» are counts in words (unit گردشگر, three distinct figures with the «۲۱۰ هزار»); the price per night for a family of four is kept as money with its basis left out.',
    ],
  },
  {
    name: 'rtltheme-khuzestan-heatstroke', site: 'bamdad', author: 'فاطمه نیسی', views: 2654, readMin: 3,
    source: 'روابط عمومی دانشگاه علوم پزشکی جندی‌شاپور اهواز',
    inline: 'کمبود داروی دیالیز در بیمارستان‌های دزفول رفع شد',
    url: 'https://karunname.ir/71406/گرمازدگی-۱۶۴۰-خوزستانی/',
    title: 'گرمازدگی ۱۶۴۰ خوزستانی از ابتدای تیر؛ کارگران فضای باز در صدر',
    kicker: 'سلامت', date: '۲۱ تیر ۱۴۰۵ - ۰۹:۴۵',
    lead: 'معاون بهداشت دانشگاه علوم پزشکی جندی‌شاپور اهواز از مراجعه یک هزار و ۶۴۰ نفر با علائم گرمازدگی به مراکز درمانی استان از ابتدای تیر خبر داد و گفت ۶۰ درصد آنان کارگرانی بوده‌اند که در فضای باز کار می‌کنند.',
    paras: [
      'به گزارش کارون‌نامه، دمای هوای اهواز در هفته گذشته سه روز پیاپی از ۵۰ درجه سانتی‌گراد گذشت و اداره کل هواشناسی خوزستان برای روزهای پایانی هفته نیز دمای ۵۱ درجه را در امیدیه و آغاجاری پیش‌بینی کرده است.',
      'نادر چنانی، معاون بهداشت دانشگاه علوم پزشکی جندی‌شاپور اهواز، اظهار کرد: از این تعداد، ۱۸۵ نفر در بیمارستان بستری شده‌اند و متأسفانه ۳ نفر جان خود را از دست داده‌اند. بیشتر بستری‌ها کارگران ساختمانی و کشاورزان ۴۰ تا ۶۰ ساله بوده‌اند.',
      'وی ادامه داد: به کارفرمایان ابلاغ شده که کار در فضای باز از ساعت ۱۱ تا ۱۷ ممنوع است. بازرسان بهداشت محیط در هفته گذشته از ۳۲۰ کارگاه بازدید کردند و برای ۴۷ کارگاه اخطار کتبی صادر شد.',
      'چنانی با بیان اینکه مراجعات گرمازدگی نسبت به تیر پارسال حدود ٪۲۲ بیشتر شده است، گفت: کودکان زیر ۵ سال، سالمندان و بیماران قلبی در ساعات گرم روز از خانه خارج نشوند و به‌طور مرتب آب بنوشند.',
      'فرهاد باوی، رئیس مرکز مدیریت حوادث و فوریت‌های پزشکی خوزستان، نیز از افزایش ۳۰ درصدی مأموریت‌های اورژانس در روزهای اوج گرما خبر داد و گفت: در هفته گذشته روزانه به‌طور میانگین ۲ هزار و ۱۰۰ تماس با اورژانس ۱۱۵ استان گرفته شد که حدود ۴۰۰ مورد آن به اعزام آمبولانس انجامید.',
      'باوی افزود: ۲۴ پایگاه اورژانس جاده‌ای و شهری استان به کولر گازی مجهز نیستند و برای تجهیز آنها ۱۸ میلیارد تومان اعتبار درخواست کرده‌ایم.',
      'دکتر لیلا سواری، متخصص طب اورژانس بیمارستان گلستان اهواز، معتقد است بسیاری از مراجعان دیر به بیمارستان می‌رسند. به گفته این پزشک، سردرد، تهوع و قطع تعریق از نشانه‌های هشدار گرمازدگی است و فرد باید بی‌درنگ به جای خنک منتقل شود.',
      'استانداری خوزستان نیز اعلام کرد ادارات و بانک‌های ۱۸ شهرستان استان روز دوشنبه به دلیل گرمای هوا تعطیل است.',
    ],
    extras: {
      1: `<div class="read-more-box"><span class="rm-label">بیشتر بخوانید</span> <a href="https://karunname.ir/71376/">کمبود داروی دیالیز در بیمارستان‌های دزفول رفع شد</a></div>`,
      4: `<div class="channel-box bale"><img src="https://karunname.ir/wp-content/themes/bamdad/assets/img/bale.svg" width="20" alt=""> <a href="https://ble.ir/karunname" target="_blank">کانال کارون‌نامه در بله؛ عضو شوید</a></div>`,
    },
    tags: ['گرمازدگی', 'خوزستان', 'دانشگاه علوم پزشکی جندی‌شاپور', 'اورژانس ۱۱۵'],
    caption: 'کارگران ساختمانی در گرمای ظهر اهواز', credit: 'عکس: فاطمه نیسی',
    related: ['واکسیناسیون کودکان عشایر در ایذه آغاز شد', 'هشدار نارنجی گرد و خاک در غرب خوزستان', 'بیمارستان جدید شادگان تا پایان سال افتتاح می‌شود'],
    mostRead: ['ادارات اهواز فردا تعطیل است', 'قطعی برق در ۱۲ محله اهواز؛ جدول خاموشی', 'نتایج المپیاد ورزشی خوزستان', 'پرواز اهواز - مشهد از سر گرفته شد'],
    prev: 'هشدار نارنجی گرد و خاک در غرب خوزستان', next: 'آغاز ثبت‌نام حج تمتع در خوزستان',
    comments: [['کارگر ساختمانی', 'کارفرما به ما می‌گوید اگر ظهر کار نکنی، فردا نیا. کسی نظارت نمی‌کند.']],
    extraExcludes: ['روایت یک پرستار از شب‌های اورژانس اهواز', 'ارسال به دوستان'],
    speakers: [
      { name: 'نادر چنانی', role: 'معاون بهداشت دانشگاه علوم پزشکی جندی‌شاپور اهواز', also_called: ['وی', 'چنانی'], statements: 4 },
      { name: 'فرهاد باوی', role: 'رئیس مرکز مدیریت حوادث و فوریت‌های پزشکی خوزستان', also_called: ['باوی'], statements: 2 },
      { name: 'لیلا سواری', role: 'متخصص طب اورژانس بیمارستان گلستان اهواز', also_called: ['این پزشک'], statements: 2 },
    ],
    speakers_never: ['اداره کل هواشناسی خوزستان', 'استانداری خوزستان'],
    figures: [
      { value: 1640, unit: 'نفر', kind: 'count', about: '«یک هزار و ۶۴۰ نفر» مراجعه‌کننده (lead; «۱۶۴۰» in the title)' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم کارگران فضای باز (lead)' },
      { value: 50, unit: 'درجه', kind: 'measure', about: 'دمای اهواز (unit «درجه» as in figures/dev.json)' },
      { value: 51, unit: 'درجه', kind: 'measure', about: 'دمای پیش‌بینی‌شده' },
      { value: 185, unit: 'نفر', kind: 'count', about: 'بستری‌ها' },
      { value: 3, unit: 'نفر', kind: 'count', about: 'جان‌باختگان' },
      { value: 320, unit: 'کارگاه', kind: 'count', about: 'کارگاه‌های بازدیدشده' },
      { value: 47, unit: 'کارگاه', kind: 'count', about: 'کارگاه‌های اخطارگرفته' },
      { value: 22, unit: 'درصد', kind: 'percent', about: '«حدود ٪۲۲» افزایش مراجعات (percent sign)' },
      { value: 30, unit: 'درصد', kind: 'percent', about: '«افزایش ۳۰ درصدی» مأموریت‌ها (unit in base form)' },
      { value: 2100, unit: 'تماس', kind: 'count', about: '«۲ هزار و ۱۰۰ تماس» روزانه (kept; «روزانه» its basis)' },
      { value: 400, unit: 'مورد', kind: 'count', about: 'اعزام آمبولانس' },
      { value: 24, unit: 'پایگاه', kind: 'count', about: 'پایگاه‌های بدون کولر' },
      { value: 18000000000, unit: 'تومان', kind: 'money', about: 'اعتبار درخواستی' },
      { value: 18, unit: 'شهرستان', kind: 'count', about: 'شهرستان‌های تعطیل' },
    ],
    figures_never: ['«۴۰ تا ۶۰ ساله», «زیر ۵ سال»: ages', '«ساعت ۱۱ تا ۱۷»: clock times', '«اورژانس ۱۱۵»: a phone number', '«سه روز پیاپی»: a duration', '«هفته گذشته», «روزهای پایانی هفته», «تیر پارسال», «روز دوشنبه», «ابتدای تیر»: dates', 'the «کد خبر» (۷۱۴۰۶), the views and the «منبع:» line: not body'],
    notes: [
      'A health report on WORDPRESS with a Persian news theme from the RTL-THEME marketplace («قالب خبری بامداد», /wp-content/themes/bamdad/, Persian class names, wp-parsidate): top bar «امروز: …», header banner, mega menu, the «اخبار لحظه‌ای» ticker, breadcrumb, the rutitr «سلامت / گزارش» (not body), <h1 class="news-title">, the LEAD in div.lead (body), a meta row «کد خبر: ۷۱۴۰۶», «تاریخ انتشار: یکشنبه ۲۱ تیر ۱۴۰۵ - ۰۹:۴۵» (the gold, also article:published_time and Yoast), «زمان مطالعه», views and «اندازه متن» buttons; photo with caption; a «بیشتر بخوانید» box after paragraph 2 and a BALE channel box after paragraph 5, neither body; a «منبع: روابط عمومی دانشگاه …» line at the end of the content, not body; tags; a «لینک کوتاه:» input with a «کپی لینک» button, «نسخه چاپی», «ارسال به دوستان»; «اخبار مرتبط»; «نظرات کاربران» with one comment and «دیدگاهتان را بنویسید»; sidebar «پیشنهاد سردبیر» and «پربیننده‌ترین»; footer credit to the theme. The ARTICLE TEXT (title, lead, body, caption) is typed with ARABIC yeh and kaf (ي ك) while the theme chrome, kicker and tags use Persian letters: the gold title and body are exactly what the page shows; speaker names, roles, figure units and speakers_never are given in Persian letters.',
      'statements: Chenani is first given by role only, in the lead: «ROLE از … خبر داد و گفت …» (one); «NAME، ROLE، اظهار کرد:» (two sentences, once), «وی ادامه داد:» (two sentences, once), «چنانی با بیان اینکه … گفت:» (one) = 4; Bavi: «NAME، ROLE، نیز از … خبر داد و گفت:» (one sentence, one), «باوی افزود:» (one) = 2; Savari, introduced with the title «دکتر» (dropped from the name): «… معتقد است …» (one), «به گفته این پزشک، …» (one) = 2.',
      'The meteorological directorate («پیش‌بینی کرده است») and the governorate («اعلام کرد») are organizations. «٪۲۲» uses the percent sign; «افزایش ۳۰ درصدی» is 30 درصد in base form; the daily calls are kept with «روزانه» as their basis; «۱۸ میلیارد تومان» (money) and «۱۸ شهرستان» (count) are two figures; «۵۰» and «۵۱ درجه» are two temperature measures.',
    ],
  },
  {
    name: 'elementor-mazandaran-cadet-wrestling', site: 'elementor', author: 'سجاد رضایی', views: 1830, readMin: 3,
    inline: 'کانال تلگرام ورزش مازندران',
    url: 'https://varzeshmazandaran.ir/19466/قهرمانی-کشتی-آزاد-نوجوانان-مازندران/',
    title: 'کشتی آزاد نوجوانان مازندران قهرمان کشور شد',
    kicker: 'کشتی', date: '۲۶ تیر ۱۴۰۵ - ۲۲:۱۰',
    lead: 'تیم کشتی آزاد نوجوانان مازندران با کسب ۴ مدال طلا، ۲ مدال نقره و ۳ مدال برنز و ۱۶۸ امتیاز، امشب در پایان رقابت‌های قهرمانی کشور در رشت، عنوان قهرمانی را به دست آورد.',
    paras: [
      'به گزارش ورزش مازندران، در این رقابت‌ها که از چهارشنبه با حضور ۲۳۰ کشتی‌گیر از ۲۸ استان در سالن ۷ تیر رشت برگزار شد، تیم‌های تهران و گیلان با ۱۵۴ و ۱۳۹ امتیاز دوم و سوم شدند و خوزستان در رده چهارم ایستاد.',
      'رضا صالحی‌کیا، سرمربی تیم کشتی آزاد نوجوانان مازندران، پس از پایان مسابقات اظهار کرد: این قهرمانی نتیجه ۸ ماه اردوی منظم در ساری و قائم‌شهر است. بچه‌ها زیر فشار فینال، کشتی خودشان را گرفتند و از هیچ حریفی نترسیدند.',
      'وی ادامه داد: ۶ نفر از ۱۰ کشتی‌گیر ما برای نخستین بار در مسابقات کشوری شرکت می‌کردند. اگر امکانات بیشتری داشتیم، در ۲ وزن دیگر هم می‌توانستیم طلا بگیریم.',
      'آقای صالحی‌کیا با انتقاد از وضعیت سالن تمرین تیم در ساری گفت: سالن ما کولر ندارد و بچه‌ها در تابستان در دمای بالای ۳۵ درجه تمرین می‌کنند. قول تعمیر سالن را بارها شنیده‌ایم.',
      '«از ۱۰ سالگی برای چنین روزی تمرین کرده‌ام. این مدال را به پدرم تقدیم می‌کنم که هر روز مرا با موتور از روستا به سالن می‌رساند.» این را امیرحسین قربانی‌پور، کشتی‌گیر ۱۶ ساله وزن ۵۵ کیلوگرم و قهرمان این وزن، پس از دریافت مدال طلا گفت.',
      'به گفته ابوالفضل نصیری‌فر، رئیس هیئت کشتی مازندران، این استان در ۵ سال اخیر ۳ بار قهرمان کشتی آزاد نوجوانان کشور شده است. نصیری‌فر این قهرمانی را «پاسخی به بی‌توجهی به کشتی پایه» خواند و از قول مساعد استانداری برای ساخت خانه کشتی ۲ هزار متری در ساری خبر داد.',
      'فدراسیون کشتی نیز اعلام کرد قهرمانان اوزان دهگانه این رقابت‌ها به اردوی تیم ملی نوجوانان دعوت می‌شوند. مراسم اهدای مدال‌ها با حضور غلامرضا توکلی‌نژاد، پیشکسوت کشتی مازندران، و جمعی از خانواده‌های کشتی‌گیران برگزار شد.',
    ],
    extras: {
      2: `<div class="tg-invite" style="background:#e8f4fb;border-radius:8px;padding:10px"><a href="https://t.me/varzeshmazandaran" target="_blank" rel="noopener">📣 کانال تلگرام ورزش مازندران؛ نتایج زنده مسابقات استان</a></div>`,
      4: `<div class="elementor-element elementor-element-8c2f41a elementor-cta--skin-classic elementor-animated-content elementor-bg-transform elementor-widget elementor-widget-call-to-action" data-id="8c2f41a" data-element_type="widget" data-widget_type="call-to-action.default"><div class="elementor-widget-container"><a class="elementor-cta" href="https://sari-sportswear.example/" rel="nofollow"><div class="elementor-cta__content"><div class="elementor-cta__label">اسپانسر</div><h3 class="elementor-cta__title elementor-content-item">لباس کشتی ساری‌پوش؛ تخفیف تابستانه</h3></div></a></div></div>`,
    },
    tags: ['کشتی آزاد', 'نوجوانان', 'هیئت کشتی مازندران', 'قهرمانی کشور'],
    caption: 'کشتی‌گیران نوجوان مازندران روی سکوی نخست رقابت‌های کشوری', credit: 'عکس: هیئت کشتی مازندران',
    related: ['نساجی با مهاجم برزیلی قرارداد بست', 'کشتی فرنگی جوانان مازندران نایب‌قهرمان شد', 'اردوی تیم ملی کشتی نوجوانان در بابل'],
    mostRead: ['برنامه هفته اول لیگ برتر فوتبال اعلام شد', 'شهرداری ساری میزبان لیگ برتر والیبال نشسته', 'نتایج المپیاد ورزشی مازندران', 'شناگر آملی رکورد کشور را شکست'],
    prev: 'والیبال ساحلی بانوان مازندران در نوشهر', next: 'تیم فوتسال بابل به لیگ دسته اول صعود کرد',
    comments: [['هوادار کشتی', 'دمتان گرم، مازندران همیشه مهد کشتی است.'], ['مربی', 'سالن ساری واقعاً وضع بدی دارد، صدای بچه‌ها را برسانید.']],
    extraExcludes: ['والیبال ساحلی بانوان مازندران در نوشهر', 'لباس کشتی ساری‌پوش؛ تخفیف تابستانه', 'پرش به محتوا'],
    speakers: [
      { name: 'رضا صالحی‌کیا', role: 'سرمربی تیم کشتی آزاد نوجوانان مازندران', also_called: ['وی', 'آقای صالحی‌کیا'], statements: 3 },
      { name: 'امیرحسین قربانی‌پور', role: 'کشتی‌گیر ۱۶ ساله وزن ۵۵ کیلوگرم و قهرمان این وزن', also_called: [], statements: 1 },
      { name: 'ابوالفضل نصیری‌فر', role: 'رئیس هیئت کشتی مازندران', also_called: ['نصیری‌فر'], statements: 2 },
    ],
    speakers_never: ['غلامرضا توکلی‌نژاد', 'فدراسیون کشتی', 'استانداری'],
    figures: [
      { value: 4, unit: 'مدال', kind: 'count', about: 'مدال طلا (lead)' },
      { value: 2, unit: 'مدال', kind: 'count', about: 'مدال نقره (lead)' },
      { value: 3, unit: 'مدال', kind: 'count', about: 'مدال برنز (lead)' },
      { value: 168, unit: 'امتیاز', kind: 'count', about: 'امتیاز مازندران (lead)' },
      { value: 230, unit: 'کشتی‌گیر', kind: 'count', about: 'شرکت‌کنندگان' },
      { value: 28, unit: 'استان', kind: 'count', about: 'استان‌های شرکت‌کننده' },
      { value: 154, unit: 'امتیاز', kind: 'count', about: 'امتیاز تهران' },
      { value: 139, unit: 'امتیاز', kind: 'count', about: 'امتیاز گیلان' },
      { value: 6, unit: 'نفر', kind: 'count', about: 'کشتی‌گیران تازه‌وارد' },
      { value: 10, unit: 'کشتی‌گیر', kind: 'count', about: 'اعضای تیم' },
      { value: 2, unit: 'وزن', kind: 'count', about: '«۲ وزن دیگر»' },
      { value: 35, unit: 'درجه', kind: 'measure', about: '«دمای بالای ۳۵ درجه» سالن تمرین' },
      { value: 3, unit: 'بار', kind: 'count', about: '«۳ بار» قهرمانی در ۵ سال' },
      { value: 2000, unit: 'متر', kind: 'measure', about: '«خانه کشتی ۲ هزار متری» (unit in base form)' },
    ],
    figures_never: ['«سالن ۷ تیر»: a hall\'s name (a date as a name)', '«دوم و سوم», «رده چهارم», «نخستین بار»: ordinals', '«۸ ماه», «۵ سال اخیر»: durations', '«۱۰ سالگی», «۱۶ ساله»: ages', '«وزن ۵۵ کیلوگرم»: a weight class, a name', '«اوزان دهگانه»: the ten weight classes, a name', '«امشب», «چهارشنبه»: dates', 'the sponsor card and the Telegram invite: not body'],
    notes: [
      'A local sports report on an ELEMENTOR PRO theme-builder page (Hello Elementor theme): header, single-post and footer templates as data-elementor-type blocks of e-con containers and elementor-widget-* elements with data-id/data-widget_type; a Happy Addons NEWS TICKER «آخرین اخبار»; Yoast-style breadcrumbs; the title widget <h1 class="elementor-heading-title">; the post-info widget as an icon list with author, the Jalali date «۲۶ تیر ۱۴۰۵» and the time «۲۲:۱۰» in SEPARATE list items (two <time> elements without datetime); the featured-image widget with caption; the LEAD in the theme-post-excerpt widget (body); the content widget with a TELEGRAM invite after paragraph 3 and an Elementor call-to-action SPONSOR card («اسپانسر») after paragraph 5, neither body; share-buttons widget «اشتراک گذاری»; post-navigation widget «قبلی / بعدی» with the neighbouring titles; «مطالب مرتبط» posts widget; comments; «پربازدیدترین‌ها»; the footer\'s «عضویت در خبرنامه» form widget; elementorFrontendConfig. Rank Math schema and article:published_time carry the ISO date (+03:30).',
      'statements: Salehikia: «NAME، ROLE، … اظهار کرد:» (two sentences, once), «وی ادامه داد:» (two sentences, once), «آقای صالحی‌کیا با انتقاد از … گفت:» (two sentences, once) = 3; Ghorbanipour: a quote paragraph closed by «این را NAME، ROLE، … گفت.» (one) = 1; Nasirifar: «به گفته NAME، ROLE، …» (one), «نصیری‌فر … را «…» خواند و از … خبر داد» (one sentence, one) = 2.',
      'The wrestling federation («اعلام کرد») and the governorate («قول مساعد») are organizations; the veteran Tavakolinejad is only mentioned. Counts: «۴/۲/۳ مدال» are three, «۱۶۸ / ۱۵۴ / ۱۳۹ امتیاز» three, «۲۳۰» and «۱۰ کشتی‌گیر» two; «سالن ۷ تیر» is a hall named after a date; «وزن ۵۵ کیلوگرم» is a weight class; «خانه کشتی ۲ هزار متری» is 2000 متر (floor area, as written).',
    ],
  },
  {
    name: 'nuxt-sistan-teacher-shortage', site: 'nuxt', author: 'مریم شهرکی', views: 3102, readMin: 4,
    inline: 'ثبت‌نام دانش‌آموزان پایه اول از شنبه آغاز می‌شود',
    url: 'https://hamoonnews.ir/news/84519/کمبود-معلم-در-سیستان-و-بلوچستان',
    title: 'کمبود بیش از ۶ هزار معلم در سیستان و بلوچستان پیش از بازگشایی مدارس',
    kicker: 'آموزش', date: '۲۸ تیر ۱۴۰۵ - ۱۲:۰۰',
    lead: 'مدیرکل آموزش و پرورش سیستان و بلوچستان از کمبود ۶ هزار و ۲۰۰ معلم در مدارس استان برای سال تحصیلی آینده خبر داد؛ کمبودی که بیشتر در مدارس روستایی و دوره ابتدایی است.',
    paras: [
      'به گزارش هامون نیوز، سیستان و بلوچستان با حدود ۷۳۰ هزار دانش‌آموز، از پرجمعیت‌ترین استان‌های کشور از نظر دانش‌آموزی است و هنوز بیش از یک هزار و ۲۰۰ کلاس درس آن در کانکس یا ساختمان‌های خشت و گلی برگزار می‌شود.',
      'عبدالرحیم شه‌بخش، مدیرکل آموزش و پرورش سیستان و بلوچستان، در نشست شورای آموزش و پرورش استان اظهار کرد: برای سال تحصیلی جدید به ۶ هزار و ۲۰۰ معلم تازه نیاز داریم، اما سهمیه استان از دانشگاه فرهنگیان و استخدام‌های ماده ۲۸ تنها ۲ هزار و ۳۰۰ نفر است.',
      'وی ادامه داد: کمبود باقی‌مانده با نیروهای حق‌التدریس و خرید خدمات آموزشی جبران می‌شود. برای این کار دست‌کم ۹۵۰ میلیارد تومان اعتبار لازم است که هنوز تخصیص نیافته است.',
      'شه‌بخش شمار مدارس چندپایه استان را ۲ هزار و ۴۰۰ مدرسه اعلام کرد و گفت در این مدارس یک معلم گاهی همزمان به دانش‌آموزان ۵ پایه درس می‌دهد.',
      'زینب نارویی، آموزگار مدرسه چندپایه روستای گزو در شهرستان سرباز، به خبرنگار هامون نیوز گفت: سال گذشته ۲۲ دانش‌آموز در ۵ پایه داشتم و کلاس ما تنها یک کولر آبی داشت که نیمی از روزها خراب بود. بسیاری از همکارانم با حقوق حق‌التدریس، ماه‌ها دیر پول می‌گیرند.',
      'نارویی افزود: اگر معلم بومی تربیت نشود، هر سال همین وضعیت تکرار می‌شود. معلم‌هایی که از شهرهای دیگر می‌آیند، معمولاً بعد از یک سال منتقل می‌شوند.',
      'به گفته عبدالله کوهکن، عضو کمیسیون آموزش، تحقیقات و فناوری مجلس، سهم سیستان و بلوچستان از پذیرش دانشگاه فرهنگیان امسال ۱۸ درصد افزایش یافته است. کوهکن کمبود معلم در استان را «زخمی کهنه» خواند که با استخدام‌های مقطعی درمان نمی‌شود.',
      'سازمان نوسازی، توسعه و تجهیز مدارس کشور نیز اعلام کرد ۴۸۰ کلاس درس جدید تا مهر در استان تحویل داده می‌شود. ثبت‌نام دانش‌آموزان پایه اول در مدارس استان از ۷ مرداد آغاز می‌شود.',
    ],
    extras: {
      2: `<div class="read-also" data-v-8b41d07c><span data-v-8b41d07c>بیشتر بخوانید</span><a href="/news/84496" data-v-8b41d07c>ثبت‌نام دانش‌آموزان پایه اول از شنبه آغاز می‌شود</a></div>`,
      5: `<p class="eitaa-cta" data-v-8b41d07c><a href="https://eitaa.com/hamoonnews" target="_blank" rel="noopener" data-v-8b41d07c>هامون نیوز را در ایتا دنبال کنید</a></p>`,
    },
    tags: ['کمبود معلم', 'سیستان و بلوچستان', 'مدارس چندپایه', 'دانشگاه فرهنگیان'],
    caption: 'کلاس چندپایه در یک مدرسه کانکسی در شهرستان سرباز', credit: 'عکس: هامون نیوز',
    related: ['۳۰۰ مدرسه کانکسی استان تا پایان سال جمع‌آوری می‌شود', 'نتایج آزمون استخدامی آموزش و پرورش اعلام شد', 'کمبود سرویس مدارس روستایی زابل'],
    mostRead: ['وزش باد ۱۲۰ روزه سیستان شدت گرفت', 'قیمت جدید بلیت پرواز زاهدان - تهران', 'برنامه قطعی برق زاهدان در هفته جاری', 'پذیرش دانشجو در دانشگاه دریانوردی چابهار'],
    prev: '', next: '',
    comments: [],
    extraExcludes: ['هنوز نظری ثبت نشده است', 'وزش باد ۱۲۰ روزه سیستان شدت گرفت'],
    speakers: [
      { name: 'عبدالرحیم شه‌بخش', role: 'مدیرکل آموزش و پرورش سیستان و بلوچستان', also_called: ['وی', 'شه‌بخش'], statements: 4 },
      { name: 'زینب نارویی', role: 'آموزگار مدرسه چندپایه روستای گزو در شهرستان سرباز', also_called: ['نارویی'], statements: 2 },
      { name: 'عبدالله کوهکن', role: 'عضو کمیسیون آموزش، تحقیقات و فناوری مجلس', also_called: ['کوهکن'], statements: 2 },
    ],
    speakers_never: ['سازمان نوسازی، توسعه و تجهیز مدارس کشور', 'دانشگاه فرهنگیان'],
    figures: [
      { value: 6200, unit: 'معلم', kind: 'count', about: '«۶ هزار و ۲۰۰ معلم» کمبود (lead and body; «بیش از ۶ هزار» in the title)' },
      { value: 730000, unit: 'دانش‌آموز', kind: 'count', about: '«حدود ۷۳۰ هزار دانش‌آموز» استان' },
      { value: 1200, unit: 'کلاس', kind: 'count', about: '«بیش از یک هزار و ۲۰۰ کلاس درس» در کانکس و خشت و گل' },
      { value: 2300, unit: 'نفر', kind: 'count', about: 'سهمیه استخدام' },
      { value: 950000000000, unit: 'تومان', kind: 'money', about: '«دست‌کم ۹۵۰ میلیارد تومان» اعتبار لازم' },
      { value: 2400, unit: 'مدرسه', kind: 'count', about: 'مدارس چندپایه' },
      { value: 5, unit: 'پایه', kind: 'count', about: '«۵ پایه» (said twice)' },
      { value: 22, unit: 'دانش‌آموز', kind: 'count', about: 'دانش‌آموزان کلاس نارویی' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'افزایش سهم پذیرش دانشگاه فرهنگیان' },
      { value: 480, unit: 'کلاس', kind: 'count', about: 'کلاس‌های جدید تا مهر' },
    ],
    figures_never: ['«ماده ۲۸»: an article of a law', '«پایه اول»: an ordinal', '«۷ مرداد», «مهر», «سال گذشته», «امسال»: dates', '«یک معلم», «یک کولر آبی»: lone «یک»', '«بعد از یک سال», «ماه‌ها»: durations', '«نیمی از روزها»: vague', 'the code «۸۴۵۱۹», the views and the ticker («باد ۱۲۰ روزه»): not body'],
    notes: [
      'An education report on a custom provincial site: a NUXT 3 front end (SSR into <div id="__nuxt">, data-v-* scoped attributes on every element, /_nuxt/ hashed chunks with modulepreload, the payload in <script type="application/json" id="__NUXT_DATA__"> in devalue\'s flat-array form, window.__NUXT__.config with the API base) on a LARAVEL API; NO date metadata in the head and no JSON-LD: the visible <time class="date"> (without datetime) shows «یکشنبه ۲۸ تیر ۱۴۰۵ - ۱۲:۰۰» (the gold) and the payload\'s news object carries Laravel\'s default serialisation «published_at»: "2026-07-19T08:30:00.000000Z" (the same instant in UTC with microseconds) next to a later «updated_at»; header with the cities menu and an «اخبار فوری» ticker; service link, «کد خبر», views; rutitr «آموزش / گزارش» (not body); <h1 class="title">; the LEAD as p.summary (body); photo; the v-html body with a «بیشتر بخوانید» card after paragraph 3 and an EITAA invite after paragraph 6, neither body; tags; a «لینک کوتاه:» code with a «کپی» button; share; «اخبار مرتبط»; a comments block «هنوز نظری ثبت نشده است» with «ارسال نظر»; «پربازدیدها». The whole body HTML is repeated inside the JSON payload (a script, not visible).',
      'statements: Shahbakhsh is first given by role only, in the lead: «ROLE از … خبر داد» (one); «NAME، ROLE، در نشست … اظهار کرد:» (one), «وی ادامه داد:» (two sentences, once), «شه‌بخش شمار … را … اعلام کرد و گفت …» (one sentence, one) = 4; Narouei, a village teacher: «NAME، ROLE، به خبرنگار … گفت:» (two sentences, once), «نارویی افزود:» (two sentences, once) = 2; Kouhkan: «به گفته NAME، ROLE، …» (one), «کوهکن … را «…» خواند که …» (one) = 2.',
      'The school renovation organization («اعلام کرد») is an organization; the teacher training university is an institution. «۶ هزار و ۲۰۰ معلم» appears in the lead and the quote and is one figure; «۵ پایه» appears twice (the director and the teacher) and is one figure; «ماده ۲۸» is a law article, not a figure.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages of the same kinds of sites that are not articles (page text written for this set).
// ---------------------------------------------------------------------------------------------

/** [title, excerpt, Jalali day of Tir 1405, views] of the category archive's posts. */
const AGRI_POSTS: [string, string, number, number][] = [
  ['خرید تضمینی گندم در بروجرد از ۹۲ هزار تن گذشت', 'مدیر جهاد کشاورزی شهرستان بروجرد از خرید بیش از ۹۲ هزار تن گندم از کشاورزان این شهرستان از ابتدای فصل برداشت خبر داد…', 14, 1245],
  ['آغاز برداشت سیب درختی در الیگودرز', 'برداشت سیب‌های زودرس از باغ‌های الیگودرز آغاز شد و پیش‌بینی می‌شود تولید امسال از سال گذشته بیشتر باشد…', 12, 806],
  ['قیمت نهاده‌های دامی در لرستان ثابت ماند', 'معاون بهبود تولیدات دامی جهاد کشاورزی لرستان گفت توزیع جو و ذرت یارانه‌ای در استان طبق برنامه ادامه دارد…', 11, 1530],
  ['هشدار آفت سن گندم در مزارع دورود', 'کارشناسان حفظ نباتات دورود از کشاورزان خواستند پیش از برداشت، مزارع را از نظر آلودگی به سن بازدید کنند…', 9, 642],
  ['آغاز برداشت کلزا در مزارع دورود', 'برداشت کلزا از مزارع آبی دورود آغاز شده و محصول در دو مرکز خرید تحویل گرفته می‌شود…', 7, 598],
  ['کمبود کمباین در مزارع الیگودرز', 'کشاورزان الیگودرز از کمبود کمباین و افزایش کرایه برداشت گلایه دارند…', 6, 1104],
  ['قیمت خرید تضمینی دانه‌های روغنی اعلام شد', 'شورای قیمت‌گذاری محصولات کشاورزی نرخ خرید تضمینی کلزا، آفتابگردان و گلرنگ را اعلام کرد…', 2, 2210],
  ['برگزاری کارگاه آموزشی آبیاری قطره‌ای در کوهدشت', 'کارگاه آموزشی آبیاری نوین با حضور بیش از ۸۰ کشاورز در مرکز خدمات کشاورزی کوهدشت برگزار شد…', 1, 377],
];

function jannahCategory(): NonArt {
  const H = 'https://zagroskhabar.ir';
  const title = 'کشاورزی';
  const html = `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR" data-skin="light">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>بایگانی‌های کشاورزی - زاگرس خبر</title>
<meta name="robots" content="index, follow, max-snippet:-1, max-video-preview:-1, max-image-preview:large">
<link rel="canonical" href="${H}/category/agriculture/">
<link rel="next" href="${H}/category/agriculture/page/2/">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="بایگانی‌های کشاورزی - زاگرس خبر">
<meta property="og:url" content="${H}/category/agriculture/">
<meta property="og:site_name" content="زاگرس خبر">
<script type="application/ld+json" class="yoast-schema-graph">${js({ '@context': 'https://schema.org', '@graph': [{ '@type': 'CollectionPage', '@id': `${H}/category/agriculture/`, url: `${H}/category/agriculture/`, name: 'بایگانی‌های کشاورزی - زاگرس خبر', isPartOf: { '@id': `${H}/#website` }, inLanguage: 'fa-IR' }, { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'خانه', item: `${H}/` }, { '@type': 'ListItem', position: 2, name: 'کشاورزی' }] }, { '@type': 'WebSite', '@id': `${H}/#website`, url: `${H}/`, name: 'زاگرس خبر', inLanguage: 'fa-IR' }] })}</script>
<link rel="stylesheet" id="tie-css-base-css" href="/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.2" type="text/css" media="all">
<meta name="generator" content="WordPress 6.5.4">
</head>
<body id="tie-body" class="rtl archive category category-agriculture category-12 wrapper-has-shadow block-head-4 magazine2 is-desktop is-header-layout-3 sidebar-left has-sidebar">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark top-nav-active">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">یکشنبه، ${persian(14)} تیر ${persian(1405)}</div><div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">خبر فوری</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal"><li class="news-item"><a href="${H}/news/48231/">آغاز ثبت‌نام وام ودیعه مسکن مستأجران لرستان</a></li><li class="news-item"><a href="${H}/news/48226/">قطعی برق بروجرد در روز دوشنبه؛ جدول خاموشی محله‌ها</a></li></ul></div></div></div></div></nav>
<div class="container header-container"><div id="logo" class="image-logo"><a title="زاگرس خبر" href="${H}/"><img src="${H}/wp-content/uploads/2023/01/zagros-logo.png" alt="زاگرس خبر" width="300" height="70"></a></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav"><div class="container"><ul id="menu-main" class="menu"><li class="menu-item"><a href="${H}/">صفحه نخست</a></li><li class="menu-item current-menu-item mega-menu mega-recent-featured"><a href="${H}/category/agriculture/">کشاورزی</a></li><li class="menu-item"><a href="${H}/category/province/">استان</a></li><li class="menu-item"><a href="${H}/category/economy/">اقتصادی</a></li><li class="menu-item"><a href="${H}/category/society/">اجتماعی</a></li><li class="menu-item"><a href="${H}/category/sport/">ورزش</a></li></ul></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<header class="entry-header-outer container-wrapper"><nav id="breadcrumb"><a href="${H}/"><span class="tie-icon-home" aria-hidden="true"></span> خانه</a><em class="delimiter">/</em><span class="current">کشاورزی</span></nav><h1 class="page-title">${title}</h1><div class="taxonomy-description entry"><p>اخبار کشاورزی، دامداری، باغداری و منابع طبیعی استان لرستان و شهرستان بروجرد</p></div></header>
<div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix"><ul id="posts-container" data-layout="default" data-settings="{'uncropped_image':'jannah-image-post','category_meta':false,'post_meta':true,'excerpt':'true','excerpt_length':'20','read_more':'true','read_more_text':false,'media_overlay':false,'title_length':0,'is_full':false,'is_category':true}" class="posts-items">
${AGRI_POSTS.map(([t, ex, d, v], i) => `<li class="post-item post-${48217 - i * 9} post type-post status-publish format-standard has-post-thumbnail category-agriculture tie-standard"><a aria-label="${esc(t)}" href="${H}/news/${48217 - i * 9}/" class="post-thumb"><img width="390" height="220" src="${H}/wp-content/uploads/2026/07/agri-${i}-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a><div class="post-details"><div class="post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="${H}/author/48217/" class="author-name tie-icon">سمانه بهرامی</a></span></span></span><span class="date meta-item tie-icon">${persian(d)} تیر ${persian(1405)}</span><div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire" aria-hidden="true"></span> ${fmt(v)} </span></div></div><h2 class="post-title"><a href="${H}/news/${48217 - i * 9}/">${esc(t)}</a></h2><p class="post-excerpt">${esc(ex)}</p><a class="more-link button" href="${H}/news/${48217 - i * 9}/">ادامه مطلب »</a></div></li>`).join('\n')}
</ul><div class="clearfix"></div></div></div></div>
<div class="pages-nav"><div class="pages-numbers pages-standard"><span class="first-page first-last-pages"></span><ul class="pages-numbers"><li class="current"><span class="pages-nav-item">${persian(1)}</span></li><li><a class="pages-nav-item" href="${H}/category/agriculture/page/2/">${persian(2)}</a></li><li><a class="pages-nav-item" href="${H}/category/agriculture/page/3/">${persian(3)}</a></li><li class="extend"><span class="pages-nav-item">...</span></li><li><a class="pages-nav-item" href="${H}/category/agriculture/page/41/">${persian(41)}</a></li></ul><span class="last-page first-last-pages"><a href="${H}/category/agriculture/page/2/"><span class="pagination-icon" aria-hidden="true"></span>صفحه بعد</a></span></div></div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side" aria-label="سایدبار اصلی"><div id="widget_tabs-2" class="container-wrapper tabs-container-wrapper"><div class="widget tabs-widget"><div class="tabs-wrapper"><ul class="tabs"><li><a href="#widget_tabs-2-popular">محبوب</a></li><li><a href="#widget_tabs-2-recent">جدیدترین</a></li></ul><div id="widget_tabs-2-popular" class="tab-content tab-content-popular"><ul class="tab-content-elements"><li class="widget-single-post-item widget-post-list"><a href="${H}/news/47917/">زمان واریز یارانه تیرماه اعلام شد</a></li><li class="widget-single-post-item widget-post-list"><a href="${H}/news/47954/">جدول خاموشی برق لرستان در هفته جاری</a></li></ul></div></div></div></div>
<div id="tag_cloud-2" class="container-wrapper widget widget_tag_cloud"><div class="widget-title the-global-title"><div class="the-subtitle">برچسب‌ها</div></div><div class="tagcloud"><a href="${H}/tag/گندم/" class="tag-cloud-link" style="font-size: 22pt;">گندم</a> <a href="${H}/tag/بروجرد/" class="tag-cloud-link" style="font-size: 18pt;">بروجرد</a> <a href="${H}/tag/خشکسالی/" class="tag-cloud-link" style="font-size: 14pt;">خشکسالی</a> <a href="${H}/tag/سیب/" class="tag-cloud-link" style="font-size: 10pt;">سیب</a> <a href="${H}/tag/جهاد-کشاورزی/" class="tag-cloud-link" style="font-size: 16pt;">جهاد کشاورزی</a></div></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="container"><div class="copyright-text copyright-text-first">تمامی حقوق برای زاگرس خبر محفوظ است. استفاده از مطالب با ذکر منبع بلامانع است.</div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.2" id="tie-scripts-js"></script>
</body>
</html>
`;
  return { name: 'nonarticle-jannah-category-archive', markup: 'category-archive-jannah', url: `${H}/category/agriculture/`, title, html,
    notes: ['A WORDPRESS CATEGORY ARCHIVE in the JANNAH theme (the same site as the Jannah article): body class «archive category», the category name as <h1 class="page-title"> with a one-line description, eight posts each with thumbnail, author, Jalali date, views, title, a one-sentence excerpt ending in «…» and «ادامه مطلب »»; numbered pagination to page ۴۱ with «صفحه بعد»; the breaking-news ticker, sidebar tabs and a tag cloud. Yoast marks it a CollectionPage; og:type is «article» as Yoast sets it on archives. A list of many stories, including the first paragraph of the wheat article as an excerpt: not an article.'] };
}

/** [title, category, Jalali day of Tir 1405, comments] of the author's posts. */
const AUTHOR_POSTS: [string, string, number, number][] = [
  ['چهارخطه شدن ۱۸ کیلومتر پایانی محور اسلام‌آباد غرب - کرند آغاز شد', 'راه و عمران', 16, 1],
  ['برگزاری جشنواره انار در روستاهای دالاهو', 'فرهنگی', 15, 0],
  ['افزایش ۳۰ درصدی تردد زائران از مرز خسروی', 'استانی', 13, 3],
  ['بهسازی راه روستایی هلیلان به پایان رسید', 'راه و عمران', 10, 0],
  ['نصب دوربین ثبت تخلف در گردنه چهارزبر', 'راه و عمران', 8, 2],
  ['بازار ماهی قزل‌آلای اسلام‌آباد غرب رونق گرفت', 'اقتصادی', 6, 0],
];

function jnewsAuthor(): NonArt {
  const H = 'https://bistoonnews.ir';
  const title = 'مهسا کرمانشاهی';
  const html = `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>مهسا کرمانشاهی، نویسنده در بیستون نیوز</title>
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="${H}/author/m-kermanshahi/">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="profile">
<meta property="og:title" content="مهسا کرمانشاهی، نویسنده در بیستون نیوز">
<meta property="og:site_name" content="بیستون نیوز">
<script type="application/ld+json" class="rank-math-schema-pro">${js({ '@context': 'https://schema.org', '@graph': [{ '@type': 'ProfilePage', '@id': `${H}/author/m-kermanshahi/#webpage`, url: `${H}/author/m-kermanshahi/`, name: 'مهسا کرمانشاهی، نویسنده در بیستون نیوز', inLanguage: 'fa-IR' }, { '@type': 'Person', '@id': `${H}/author/m-kermanshahi/`, name: 'مهسا کرمانشاهی', url: `${H}/author/m-kermanshahi/`, description: 'خبرنگار بیستون نیوز در اسلام‌آباد غرب و دالاهو.' }] })}</script>
<link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.3" type="text/css" media="all">
<meta name="generator" content="WordPress 6.5.4">
</head>
<body class="rtl archive author author-m-kermanshahi author-7 wp-embed-responsive jeg_toggle_light jnews jsc_normal">
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_item jeg_top_date">چهارشنبه، ${persian(17)} تیر ${persian(1405)}</div></div></div><div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><a href="${H}/"><img class="jeg_logo_img" src="${H}/wp-content/uploads/2022/10/bistoon-logo.png" alt="بیستون نیوز" width="260" height="64"></a></div></div></div><div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_dark"><div class="container"><ul class="jeg_menu jeg_main_menu"><li class="menu-item"><a href="${H}/">خانه</a></li><li class="menu-item"><a href="${H}/category/roads/">راه و عمران</a></li><li class="menu-item"><a href="${H}/category/province/">استانی</a></li><li class="menu-item"><a href="${H}/category/economy/">اقتصادی</a></li><li class="menu-item"><a href="${H}/category/culture/">فرهنگی</a></li></ul></div></div></div></div>
<div class="jeg_main jeg_sidebar_right"><div class="jeg_container"><div class="jeg_content"><div class="jeg_section"><div class="container">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="${H}/">خانه</a></span><i class="fa fa-angle-left"></i><span class="breadcrumb_last_link">نویسنده</span></div></div>
<div class="jeg_author_wrap vcard"><div class="jeg_author_image"><img alt="" src="${H}/wp-content/uploads/avatars/karmanshahi-110x110.jpg" class="avatar avatar-110 photo" height="110" width="110"></div><div class="jeg_author_content"><h3 class="jeg_author_name fn">${title}</h3><p class="jeg_author_desc">خبرنگار بیستون نیوز در اسلام‌آباد غرب و دالاهو. از سال ۱۳۹۹ گزارش‌های راه، عمران و اقتصاد روستایی غرب استان کرمانشاه را می‌نویسد. پیشنهادها و گزارش‌های مردمی را از طریق تلگرام برای او بفرستید.</p><div class="jeg_author_socials"><a target="_blank" href="https://t.me/m_kermanshahi" class="telegram"><i class="fa fa-telegram"></i></a><a target="_blank" href="https://instagram.com/m.kermanshahi" class="instagram"><i class="fa fa-instagram"></i></a></div></div></div>
<div class="row"><div class="jeg_main_content col-md-8"><div class="jnews_author_content_wrapper"><div class="jeg_postblock_5 jeg_postblock jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>نوشته‌های ${title} (${persian(412)})</span></h3></div><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">
${AUTHOR_POSTS.map(([t, cat, d, n], i) => `<article class="jeg_post jeg_pl_lg_2 format-standard"><div class="jeg_thumb"><a href="${H}/${61842 - i * 23}/"><div class="thumbnail-container size-715"><img width="350" height="250" src="${H}/wp-content/uploads/2026/07/a-${i}-350x250.jpg" alt=""></div></a><div class="jeg_post_category"><span><a href="${H}/category/${i}/">${cat}</a></span></div></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="${H}/${61842 - i * 23}/">${esc(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="${H}/${61842 - i * 23}/"><i class="fa fa-clock-o"></i> ${persian(d)} تیر ${persian(1405)}</a></div><div class="jeg_meta_comment"><a href="${H}/${61842 - i * 23}/#comments"><i class="fa fa-comment-o"></i> ${persian(n)}</a></div></div></div></article>`).join('\n')}
</div></div><div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter no_navtext no_pageinfo"><span class="page_number active">${persian(1)}</span><a class="page_number" href="${H}/author/m-kermanshahi/page/2/">${persian(2)}</a><a class="page_number" href="${H}/author/m-kermanshahi/page/3/">${persian(3)}</a><span class="page_number dots">…</span><a class="page_number" href="${H}/author/m-kermanshahi/page/69/">${persian(69)}</a><a class="page_nav next" href="${H}/author/m-kermanshahi/page/2/"><span class="navtext">بعدی</span></a></div></div></div></div>
<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>پربازدیدترین‌ها</span></h3></div><ul class="jeg_posts"><li><a href="${H}/61432/">زمین‌لرزه ۴٫۱ ریشتری سرپل‌ذهاب را لرزاند</a></li><li><a href="${H}/61469/">ساعت کاری ادارات کرمانشاه کاهش یافت</a></li></ul></div></div></div>
</div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="container"><p class="copyright">کلیه حقوق این سایت متعلق به بیستون نیوز است. طراحی و پشتیبانی: کرمانشاه وب</p></div></div></div></div>
</div>
<script type="text/javascript" src="/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.3" id="jnews-frontend-js"></script>
</body>
</html>
`;
  return { name: 'nonarticle-jnews-author-page', markup: 'author-archive-jnews', url: `${H}/author/m-kermanshahi/`, title, html,
    notes: ['A WORDPRESS AUTHOR PAGE in the JNEWS theme (the same site as the JNews article): body class «archive author», og:type «profile», Rank Math ProfilePage + Person; the author box (avatar, the name as <h3 class="jeg_author_name">, a three-sentence bio, social links), then «نوشته‌های مهسا کرمانشاهی (۴۱۲)» with six posts (thumbnail, category, title, Jalali date, comment count) and pagination to page ۶۹; sidebar most-read. A person\'s profile and list of headlines, with a short bio that is running text: not an article.'] };
}

function elementorContact(): NonArt {
  const H = 'https://varzeshmazandaran.ir';
  const title = 'تماس با ما';
  const html = `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تماس با ما - ورزش مازندران</title>
<meta name="robots" content="follow, index">
<link rel="canonical" href="${H}/contact/">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="website">
<meta property="og:title" content="تماس با ما - ورزش مازندران">
<meta property="og:site_name" content="ورزش مازندران">
<meta property="article:modified_time" content="2025-11-02T10:14:31+03:30">
<script type="application/ld+json" class="rank-math-schema-pro">${js({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', '@id': `${H}/#organization`, name: 'ورزش مازندران', url: H, telephone: '+98-11-33245817', address: { '@type': 'PostalAddress', streetAddress: 'ساری، خیابان فرهنگ، کوچه ورزش ۱۲، پلاک ۸', addressLocality: 'ساری', addressRegion: 'مازندران', postalCode: '4816713145', addressCountry: 'IR' } }, { '@type': 'ContactPage', '@id': `${H}/contact/#webpage`, url: `${H}/contact/`, name: 'تماس با ما - ورزش مازندران', datePublished: '2024-01-20T09:02:11+03:30', dateModified: '2025-11-02T10:14:31+03:30', inLanguage: 'fa-IR' }] })}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend-rtl.min.css?ver=3.22.3" type="text/css" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1719912345" type="text/css" media="all">
<meta name="generator" content="Elementor 3.22.3; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<meta name="generator" content="WordPress 6.5.4">
</head>
<body class="rtl page-template page-template-elementor_header_footer page page-id-88 elementor-default elementor-template-full-width elementor-kit-6 elementor-page elementor-page-88">
<div data-elementor-type="header" data-elementor-id="118" class="elementor elementor-118 elementor-location-header"><div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="${H}/"><img width="220" height="60" src="${H}/wp-content/uploads/2024/01/varzesh-mazandaran-logo.png" alt="ورزش مازندران"></a></div></div><div class="elementor-element elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li class="menu-item"><a href="${H}/" class="elementor-item">خانه</a></li><li class="menu-item"><a href="${H}/category/wrestling/" class="elementor-item">کشتی</a></li><li class="menu-item"><a href="${H}/category/football/" class="elementor-item">فوتبال</a></li><li class="menu-item"><a href="${H}/category/volleyball/" class="elementor-item">والیبال</a></li><li class="menu-item current-menu-item"><a href="${H}/contact/" class="elementor-item elementor-item-active" aria-current="page">تماس با ما</a></li></ul></nav></div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<div class="elementor-element elementor-element-2f9a1c0 e-flex e-con-boxed e-con e-parent" data-id="2f9a1c0" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-6b1e3d2 elementor-widget elementor-widget-heading" data-id="6b1e3d2" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${title}</h1></div></div>
<div class="elementor-element elementor-element-0c4d8f7 elementor-widget elementor-widget-text-editor" data-id="0c4d8f7" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>ورزش مازندران از سال ۱۳۹۶ اخبار ورزش استان را از ساری، بابل، آمل، قائم‌شهر و دیگر شهرهای مازندران پوشش می‌دهد. اگر خبر، عکس یا گزارشی از مسابقات محلی دارید، یا می‌خواهید درباره تبلیغات با ما هماهنگ کنید، از راه‌های زیر با ما در تماس باشید. پاسخ پیام‌ها معمولاً تا ۲۴ ساعت کاری داده می‌شود.</p></div></div>
<div class="elementor-element elementor-element-9d7a2b1 elementor-widget elementor-widget-icon-list" data-id="9d7a2b1" data-element_type="widget" data-widget_type="icon-list.default"><div class="elementor-widget-container"><ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-map-marker-alt"></i></span><span class="elementor-icon-list-text">نشانی: ساری، خیابان فرهنگ، کوچه ورزش ۱۲، پلاک ۸، طبقه دوم</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-phone"></i></span><span class="elementor-icon-list-text">تلفن: ${persian('011')}-${persian(33245817)}</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-mobile-alt"></i></span><span class="elementor-icon-list-text">پیامک و واتساپ: ${persian('0911')} ${persian(1247)} ${persian(385)}</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-envelope"></i></span><span class="elementor-icon-list-text">ایمیل: info@varzeshmazandaran.ir</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text">ساعت کاری: شنبه تا چهارشنبه، ${persian(9)} تا ${persian(17)}</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-mail-bulk"></i></span><span class="elementor-icon-list-text">کد پستی: ${persian(4816713145)}</span></li></ul></div></div>
<div class="elementor-element elementor-element-4e8b0a9 elementor-widget elementor-widget-heading" data-id="4e8b0a9" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">فرم ارسال پیام</h2></div></div>
<div class="elementor-element elementor-element-1a3c5e7 elementor-widget elementor-widget-form" data-id="1a3c5e7" data-element_type="widget" data-widget_type="form.default"><div class="elementor-widget-container"><form class="elementor-form" method="post" name="تماس با ما"><input type="hidden" name="post_id" value="88"><input type="hidden" name="form_id" value="1a3c5e7"><div class="elementor-form-fields-wrapper elementor-labels-above"><div class="elementor-field-type-text elementor-field-group elementor-column elementor-col-50"><label for="form-field-name" class="elementor-field-label">نام و نام خانوادگی</label><input size="1" type="text" name="form_fields[name]" id="form-field-name" class="elementor-field elementor-size-sm elementor-field-textual" required></div><div class="elementor-field-type-tel elementor-field-group elementor-column elementor-col-50"><label for="form-field-phone" class="elementor-field-label">شماره تماس</label><input size="1" type="tel" name="form_fields[phone]" id="form-field-phone" class="elementor-field elementor-size-sm elementor-field-textual" pattern="[0-9()#&+*-=.]+"></div><div class="elementor-field-type-select elementor-field-group elementor-column elementor-col-100"><label for="form-field-subject" class="elementor-field-label">موضوع</label><div class="elementor-field elementor-select-wrapper"><select name="form_fields[subject]" id="form-field-subject" class="elementor-field-textual elementor-size-sm"><option value="ارسال خبر">ارسال خبر</option><option value="تبلیغات">تبلیغات</option><option value="انتقاد و پیشنهاد">انتقاد و پیشنهاد</option><option value="همکاری">همکاری</option></select></div></div><div class="elementor-field-type-textarea elementor-field-group elementor-column elementor-col-100"><label for="form-field-message" class="elementor-field-label">متن پیام</label><textarea class="elementor-field-textual elementor-field elementor-size-sm" name="form_fields[message]" id="form-field-message" rows="5" required></textarea></div><div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm"><span><span class="elementor-button-text">ارسال پیام</span></span></button></div></div></form></div></div>
<div class="elementor-element elementor-element-7f2d9c4 elementor-widget elementor-widget-google_maps" data-id="7f2d9c4" data-element_type="widget" data-widget_type="google_maps.default"><div class="elementor-widget-container"><div class="elementor-custom-embed"><iframe loading="lazy" src="https://maps.google.com/maps?q=36.5659%2C53.0586&amp;t=m&amp;z=15&amp;output=embed&amp;iwloc=near" title="ورزش مازندران" aria-label="ورزش مازندران"></iframe></div></div></div>
<div class="elementor-element elementor-element-3b5e7a1 elementor-widget elementor-widget-social-icons" data-id="3b5e7a1" data-element_type="widget" data-widget_type="social-icons.default"><div class="elementor-widget-container"><div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-telegram" href="https://t.me/varzeshmazandaran" target="_blank"><span class="elementor-screen-only">Telegram</span><i class="fab fa-telegram"></i></a></span><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="https://instagram.com/varzeshmazandaran" target="_blank"><span class="elementor-screen-only">Instagram</span><i class="fab fa-instagram"></i></a></span></div></div></div>
</div></div>
</div>
<div data-elementor-type="footer" data-elementor-id="125" class="elementor elementor-125 elementor-location-footer"><div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container"><h3 class="elementor-heading-title elementor-size-default">عضویت در خبرنامه</h3></div></div><div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>تمامی حقوق این وب‌سایت برای ورزش مازندران محفوظ است.</p></div></div></div></div></div>
<script type="text/javascript" src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.22.3" id="elementor-frontend-js"></script>
</body>
</html>
`;
  return { name: 'nonarticle-elementor-contact-page', markup: 'contact-page-elementor', url: `${H}/contact/`, title, html,
    notes: ['A «تماس با ما» PAGE built with ELEMENTOR on the same site as the Elementor article (page-template-elementor_header_footer, data-elementor-type="wp-page"): the heading «تماس با ما» as <h1>, a three-sentence introduction (running text about the site), an icon list with address, phone and mobile numbers, email, working hours and postal code, a contact form (name, phone, subject select, message), an embedded Google map and social icons; Rank Math ContactPage with an Organization address and the page\'s own dates; og:type website. Contact details and a form, not news: not an article, although it has a paragraph of prose and many numbers.'] };
}

const NON_ARTICLES: NonArt[] = [jannahCategory(), jnewsAuthor(), elementorContact()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout14', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '48217', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['rtltheme-khuzestan-heatstroke']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true },
    },
  );
}
