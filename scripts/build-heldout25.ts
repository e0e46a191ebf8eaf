// Builds the TWENTY-FIFTH held-out fixture set, tests/fixtures/heldout25/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Six article pages in the markup of six INTERNATIONAL PERSIAN-LANGUAGE OUTLETS AND
// PUBLISHING PLATFORMS that no earlier set renders (Pars Today, the IRIB World Service site, on Drupal 7
// with its «… Asia/Tehran» date and a GMT «last modified» line; TRT Persian with the date in Istanbul time;
// Sputnik Afghanistan in Dari on the RIA «article__block» CMS with the date in Kabul time; IranWire with a
// pull quote and a tip-line box; a Persian post on Medium by a local reporter, with Medium's English
// chrome; and Etilaatroz, a Dari daily on WordPress, with the Afghan solar month names and a Kabul-time
// clock) and two non-article pages (Pars Today's radio programme schedule, a Medium tag page listing
// Persian posts). All six texts were written for this set; the names of all quoted people are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout25.ts          (build + check)
//        npx tsx scripts/build-heldout25.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout25');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
const pad = (n: number) => String(n).padStart(2, '0');
/** The wall clock of the instant at a UTC offset in minutes (Istanbul +180, Kabul +270). */
const wall = (c: Ctx, offsetMin: number, plusMin = 0) => {
  const t = new Date(new Date(c.iso).getTime() + (offsetMin + plusMin) * 60000);
  return { y: t.getUTCFullYear(), m: pad(t.getUTCMonth() + 1), d: pad(t.getUTCDate()), hh: pad(t.getUTCHours()), mi: pad(t.getUTCMinutes()) };
};
/** The instant at a UTC offset as ISO 8601 with that offset, «2026-08-05T14:50:00+03:00». */
const isoAt = (c: Ctx, offsetMin: number, plusMin = 0) => {
  const w = wall(c, offsetMin, plusMin);
  const sign = offsetMin < 0 ? '-' : '+';
  return `${w.y}-${w.m}-${w.d}T${w.hh}:${w.mi}:00${sign}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
};
/** Unix time in seconds. */
const unix = (c: Ctx) => Math.floor(new Date(c.iso).getTime() / 1000);
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
/** The month names of the solar calendar as Afghanistan writes them (حمل … حوت). */
const AFGHAN_MONTHS = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'];
/** The Gregorian month names as Afghan Dari writes them. */
const DARI_GREG = ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتامبر', 'اکتوبر', 'نوامبر', 'دسامبر'];
/** The Gregorian month names as Iranian Persian writes them. */
const FA_GREG = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

/** The language switcher of Pars Today's top bar (shared by the article and the schedule page). */
const PT_LANGS = [['fa', 'فارسی'], ['en', 'English'], ['ar', 'العربية'], ['fr', 'Français'], ['de', 'Deutsch'], ['es', 'Español'], ['ru', 'Русский'], ['tr', 'Türkçe'], ['az', 'Azərbaycanca'], ['ur', 'اردو'], ['hi', 'हिन्दी'], ['ps', 'پښتو'], ['dari', 'دری'], ['tg', 'Тоҷикӣ'], ['uz', 'Oʻzbek'], ['zh', '中文'], ['ja', '日本語'], ['ha', 'Hausa'], ['sw', 'Kiswahili'], ['it', 'Italiano'], ['hy', 'Հայերեն'], ['bn', 'বাংলা'], ['id', 'Indonesia']]
  .map(([k, n]) => `<li class="${k}${k === 'fa' ? ' active' : ''}"><a href="https://parstoday.ir/${k}" class="language-link" xml:lang="${k}">${n}</a></li>`).join('');

const ptHeader = (active: string) => `<div id="top-bar"><div class="container"><ul class="language-switcher-locale-url">${PT_LANGS}</ul></div></div>
<header id="header" role="banner"><div class="container">
<a href="https://parstoday.ir/fa" title="صفحه اصلی" rel="home" id="logo"><img src="https://parstoday.ir/sites/all/themes/parstoday/logo-fa.png" alt="پارس تودی"/></a>
<div class="header-radio"><a href="https://parstoday.ir/fa/radio/live" class="live-radio">پخش زنده</a> <a href="https://parstoday.ir/fa/radio/schedule">جدول پخش برنامه‌ها</a> <a href="https://parstoday.ir/fa/podcasts">پادکست</a></div>
<form class="search-form" action="https://parstoday.ir/fa/search" method="get"><input type="text" name="keys" placeholder="جستجو"/><input type="submit" value="جستجو"/></form>
</div>
<nav id="main-menu" role="navigation"><ul class="menu">${[['iran', 'ایران'], ['middle_east', 'خاورمیانه'], ['afghanistan', 'افغانستان'], ['world', 'جهان'], ['economy', 'اقتصاد'], ['culture', 'فرهنگ و هنر'], ['sport', 'ورزش'], ['radio', 'رادیو'], ['video', 'ویدیو'], ['photo', 'عکس']]
  .map(([k, n]) => `<li class="leaf${k === active ? ' active-trail active' : ''}"><a href="https://parstoday.ir/fa/news/${k}">${n}</a></li>`).join('')}</ul></nav>
</header>`;

const ptFooter = `<footer id="footer"><div class="container"><ul class="menu"><li><a href="https://parstoday.ir/fa/about">درباره ما</a></li><li><a href="https://parstoday.ir/fa/contact">تماس با ما</a></li><li><a href="https://parstoday.ir/fa/rss">RSS</a></li><li><a href="https://parstoday.ir/fa/frequencies">فرکانس‌ها</a></li></ul>
<p class="copyright">پارس تودی، برون‌مرزی صدا و سیمای جمهوری اسلامی ایران</p><p>© ${persian(2026)} کلیه حقوق برای پارس تودی محفوظ است.</p></div></footer>`;

const SITES: Record<string, Site> = {
  // Pars Today (IRIB World Service) on DRUPAL 7: RDFa prefixes on <html>, body classes «page-node-<nid>
  // node-type-article i18n-fa», Drupal field markup (.field-name-field-summary for the lead,
  // .field-name-body > .field-items > .field-item[property="content:encoded"] for the text, the taxonomy
  // field «کلیدواژه»); a top bar with the LANGUAGE SWITCHER of the World Service's many languages in their
  // scripts; the radio links in the header; the date as «مرداد ۱۱, ۱۴۰۵ ۱۳:۴۰ Asia/Tehran» (month before
  // day, a comma, the time-zone name) with «(last modified Sun, 02 Aug 2026 10:52:17 GMT )» above it;
  // metatag's article:published_time; an in-body «بیشتر بخوانید» list; the social-media invitation
  // «ما را در شبکه‌های اجتماعی دنبال کنید» as the LAST PARAGRAPH INSIDE the body field; related, comments
  // with the Drupal form, most-viewed, footer.
  parstoday: {
    site: 'پارس تودی',
    boiler: ['پخش زنده', 'جدول پخش برنامه‌ها', 'last modified', 'بیشتر بخوانید', 'ما را در شبکه‌های اجتماعی دنبال کنید', 'کلیدواژه', 'مطالب مرتبط', 'افزودن نظر جدید', 'پربیننده‌ترین‌ها', 'برون‌مرزی صدا و سیمای جمهوری اسلامی ایران'],
    render: (c) => {
      const mod = new Date(new Date(c.iso).getTime() + (42 * 60 + 17) * 1000);
      const path = new URL(c.a.url).pathname;
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://parstoday.ir/sites/all/themes/parstoday/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="${esc(c.a.url)}" />
<link rel="shortlink" href="https://parstoday.ir/fa/node/${c.id}" />
<meta property="og:site_name" content="پارس تودی" />
<meta property="og:type" content="article" />
<meta property="og:url" content="${esc(c.a.url)}" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:image" content="https://parstoday.ir/sites/default/files/styles/full/public/news/${c.g.y}/${c.g.m}/caspian-${c.id}.jpg" />
<meta property="article:published_time" content="${c.iso}" />
<meta property="article:modified_time" content="${isoAt(c, 210, 42)}" />
<title>${esc(c.a.title)} | پارس تودی</title>
<style type="text/css" media="all">
@import url("https://parstoday.ir/modules/system/system.base.css?t9x2kq");
@import url("https://parstoday.ir/sites/all/themes/parstoday/css/style-rtl.css?t9x2kq");
</style>
<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"fa\\/","ajaxPageState":{"theme":"parstoday","theme_token":"kQ2v8mZ1"}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-${c.id} node-type-article i18n-fa">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">رفتن به محتوای اصلی</a></div>
<div id="page">
${ptHeader('iran')}
<div id="main" class="container">
<div class="breadcrumb"><a href="https://parstoday.ir/fa">صفحه اصلی</a> » <a href="https://parstoday.ir/fa/news/iran">${esc(c.a.kicker)}</a></div>
<div id="content" class="column" role="main"><a id="main-content"></a>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div id="node-${c.id}" class="node node-article node-promoted clearfix" about="${esc(path)}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="${esc(c.a.title)}" class="rdf-meta element-hidden"></span>
<h1 class="title" id="page-title">${esc(c.a.title)}</h1>
<div class="submitted"><span class="last-modified">(last modified ${mod.toUTCString()} )</span><br/>
<span property="dc:date dc:created" content="${c.iso}" datatype="xsd:dateTime">${c.mn} ${persian(Number(c.d))}, ${persian(c.y)} ${faTime(c)} Asia/Tehran</span></div>
<div class="field field-name-field-summary field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>${esc(c.a.lead ?? '')}</strong></div></div></div>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="https://parstoday.ir/sites/default/files/styles/full/public/news/${c.g.y}/${c.g.m}/caspian-${c.id}.jpg"><img typeof="foaf:Image" src="https://parstoday.ir/sites/default/files/styles/full/public/news/${c.g.y}/${c.g.m}/caspian-${c.id}.jpg" width="780" height="440" alt="${esc(c.a.caption)}" title="${esc(c.a.caption)}" /><div class="image-caption">${esc(c.a.caption)} (${esc(c.a.credit)})</div></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<div class="inline-related"><div class="inline-related-title">بیشتر بخوانید</div><ul><li><a href="https://parstoday.ir/fa/news/iran-i${Number(c.id) - 2213}">${esc(c.a.inline ?? '')}</a></li><li><a href="https://parstoday.ir/fa/news/iran-i${Number(c.id) - 4870}">رهاسازی ۵۰۰ هزار بچه‌ماهی خاویاری در رودخانه سفیدرود</a></li></ul></div>`)}
<p><strong>ما را در شبکه‌های اجتماعی دنبال کنید:</strong> <a href="https://t.me/parstodayfa">تلگرام</a> | <a href="https://www.instagram.com/parstodayfa">اینستاگرام</a> | <a href="https://x.com/parstodayfa">ایکس</a></p>
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">کلیدواژه:&nbsp;</div><div class="field-items">${c.a.tags.map((t, i) => `<div class="field-item ${i % 2 ? 'odd' : 'even'}" rel="dc:subject"><a href="https://parstoday.ir/fa/tag-${encodeURIComponent(t.replace(/ /g, '_'))}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">${esc(t)}</a></div>`).join('')}</div></div>
<div class="share-links"><a href="https://t.me/share/url?url=https://parstoday.ir/fa/node/${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://parstoday.ir/fa/node/${c.id}">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://parstoday.ir/fa/node/${c.id}">ایکس</a> <a href="https://parstoday.ir/fa/print/${c.id}">نسخه چاپی</a></div>
</div>
<div id="block-views-related-news-block" class="block block-views"><h2 class="block-title">مطالب مرتبط</h2><div class="view-content"><ul>
${li(c.a.related, 'https://parstoday.ir/fa/news/iran-i', Number(c.id) - 950, ' class="views-row"')}
</ul></div></div>
<div id="comments" class="comment-wrapper"><h2 class="title">نظرات</h2>
${comments(c, (n, t, k) => `<div class="comment comment-by-anonymous ${k % 2 ? 'odd' : 'even'} clearfix"><div class="attribution"><span class="username">${n}</span> <span class="comment-time">${persian(k ? '16:05' : '15:12')}</span></div><div class="content"><p>${t}</p></div></div>`)}
<h2 class="title comment-form">افزودن نظر جدید</h2><form class="comment-form" action="/fa/comment/reply/${c.id}" method="post" id="comment-form"><div class="form-item"><label>نام</label><input type="text" name="name" size="30"/></div><div class="form-item"><label>نظر <span class="form-required" title="این فیلد ضروری است.">*</span></label><textarea name="comment_body[und][0][value]" rows="5"></textarea></div><input type="submit" value="ارسال"/></form></div>
</div></div>
</div>
<aside class="region region-sidebar-second column sidebar"><div id="block-views-most-viewed-block" class="block block-views"><h2 class="block-title">پربیننده‌ترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://parstoday.ir/fa/news/world-i', Number(c.id) - 1310)}
</ol></div>
<div id="block-block-12" class="block block-block"><a href="https://parstoday.ir/fa/radio/live"><img src="https://parstoday.ir/sites/default/files/banners/radio-live.png" alt="رادیو"/></a></div></aside>
</div>
${ptFooter}
</div>
<script type="text/javascript" src="https://parstoday.ir/sites/all/themes/parstoday/js/script.js?t9x2kq"></script>
</body>
</html>
`;
    },
  },

  // TRT Persian (TRT's world-service site, trt.net.tr/persian): a KVKK COOKIE BAR at the top; the TRT
  // network bar with the other language services; the date in ISTANBUL TIME (UTC+3) as Latin-digit
  // «05.08.2026 14:50» in a <time> whose datetime, like article:published_time and the JSON-LD, carries
  // «+03:00» (the gold is the same instant in Tehran time, half an hour later); an update line; the lead as
  // an <h2 class="article-spot">; photo with caption; an EMBEDDED VIDEO with its own caption inside the
  // text; tags, share row, related, most-read, an invitation to follow the service on messengers, footer.
  trtpersian: {
    site: 'TRT فارسی',
    boiler: ['این وب‌سایت برای بهبود تجربه شما از کوکی استفاده می‌کند', 'قبول می‌کنم', 'به‌روزرسانی:', 'برچسب‌ها', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'TRT فارسی را در تلگرام، اینستاگرام و یوتیوب دنبال کنید', 'شرکت رادیو و تلویزیون ترکیه', 'به اشتراک بگذارید'],
    render: (c) => {
      const ist = wall(c, 180);
      const upd = wall(c, 180, 75);
      const trtDate = (w: ReturnType<typeof wall>) => `${w.d}.${w.m}.${w.y} ${w.hh}:${w.mi}`;
      const img = `https://cdn-i.trt.net.tr/persian/${c.g.y}/${c.g.m}/${c.g.d}/${c.id}-van-tourists.jpg`;
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | TRT فارسی</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="TRT فارسی">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="${img}">
<meta property="og:locale" content="fa_IR">
<meta property="article:published_time" content="${isoAt(c, 180)}">
<meta property="article:modified_time" content="${isoAt(c, 180, 75)}">
<meta property="article:section" content="${esc(c.a.kicker)}">
<meta name="twitter:site" content="@trtfarsi">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="alternate" hreflang="tr" href="https://www.trt.net.tr/turkce/">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: isoAt(c, 180), dateModified: isoAt(c, 180, 75), inLanguage: 'fa', image: [img], author: { '@type': 'Organization', name: 'TRT فارسی' }, publisher: { '@type': 'Organization', name: 'TRT', logo: { '@type': 'ImageObject', url: 'https://www.trt.net.tr/persian/assets/img/trt-logo.png' } }, mainEntityOfPage: c.a.url })}</script>
<link rel="stylesheet" href="https://www.trt.net.tr/persian/assets/css/main.min.css?v=3.14">
</head>
<body class="lang-fa page-article">
<div id="cookie-consent" class="kvkk-bar" role="dialog"><p>این وب‌سایت برای بهبود تجربه شما از کوکی استفاده می‌کند. برای اطلاعات بیشتر <a href="https://www.trt.net.tr/persian/kvkk">متن آگاهی‌رسانی حفاظت از داده‌های شخصی</a> را بخوانید.</p><button type="button" class="kvkk-accept">قبول می‌کنم</button></div>
<div class="trt-network"><a href="https://www.trt.net.tr/" class="trt-home">TRT</a><ul class="trt-langs"><li><a href="https://www.trt.net.tr/turkce/">Türkçe</a></li><li><a href="https://www.trt.net.tr/english/">English</a></li><li><a href="https://www.trt.net.tr/deutsch/">Deutsch</a></li><li><a href="https://www.trt.net.tr/arabic/">العربية</a></li><li><a href="https://www.trt.net.tr/russian/">Русский</a></li><li><a href="https://www.trt.net.tr/azerbaycan/">Azərbaycan</a></li><li><a href="https://www.trt.net.tr/urdu/">اردو</a></li><li class="active"><a href="https://www.trt.net.tr/persian/">فارسی</a></li></ul></div>
<header class="site-header"><a href="https://www.trt.net.tr/persian/" class="logo"><img src="https://www.trt.net.tr/persian/assets/img/trt-farsi-logo.svg" alt="TRT فارسی"></a>
<nav class="main-nav"><a href="https://www.trt.net.tr/persian/turkiye" class="active">ترکیه</a> <a href="https://www.trt.net.tr/persian/iran">ایران</a> <a href="https://www.trt.net.tr/persian/mantaghe">منطقه</a> <a href="https://www.trt.net.tr/persian/jahan">جهان</a> <a href="https://www.trt.net.tr/persian/eghtesad">اقتصاد</a> <a href="https://www.trt.net.tr/persian/farhang-va-honar">فرهنگ و هنر</a> <a href="https://www.trt.net.tr/persian/varzesh">ورزش</a> <a href="https://www.trt.net.tr/persian/video">ویدیو</a> <a href="https://www.trt.net.tr/persian/podcast">پادکست</a></nav></header>
<main class="container">
<article class="news-detail">
<ol class="breadcrumb"><li><a href="https://www.trt.net.tr/persian/">صفحه اصلی</a></li><li><a href="https://www.trt.net.tr/persian/turkiye">${esc(c.a.kicker)}</a></li></ol>
<h1 class="news-title">${esc(c.a.title)}</h1>
<div class="news-date"><time datetime="${isoAt(c, 180)}">${trtDate(ist)}</time> <span class="updated">به‌روزرسانی: ${trtDate(upd)}</span></div>
<h2 class="article-spot">${esc(c.a.lead ?? '')}</h2>
<figure class="news-image"><img src="${img}" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} <span class="credit">${esc(c.a.credit)}</span></figcaption></figure>
<div class="article-content">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<div class="video-embed"><div class="ratio"><iframe src="https://www.youtube-nocookie.com/embed/q7Lk2Vx9aRt" title="YouTube video player" allowfullscreen></iframe></div><p class="video-caption">${esc(c.a.inline ?? '')}</p></div>`)}
</div>
<div class="news-tags"><span>برچسب‌ها</span> ${tagLinks(c, 'https://www.trt.net.tr/persian/etiket/', ' ')}</div>
<div class="news-share"><span>به اشتراک بگذارید</span> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(c.a.url)}">فیسبوک</a> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <a href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}">واتساپ</a></div>
</article>
<section class="related-news"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.trt.net.tr/persian/turkiye/2026/07/', Number(c.id) - 5120)}
</ul></section>
<aside class="most-read"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.trt.net.tr/persian/jahan/2026/08/', Number(c.id) - 880)}
</ol></aside>
<div class="follow-box"><p>TRT فارسی را در تلگرام، اینستاگرام و یوتیوب دنبال کنید</p><a href="https://t.me/trtfarsi">تلگرام</a> <a href="https://www.instagram.com/trtfarsi">اینستاگرام</a> <a href="https://www.youtube.com/@trtfarsi">یوتیوب</a></div>
</main>
<footer class="site-footer"><p>© TRT ${persian(2026)} – شرکت رادیو و تلویزیون ترکیه. کلیه حقوق محفوظ است.</p><p><a href="https://www.trt.net.tr/persian/kvkk">حریم خصوصی و KVKK</a> <a href="https://www.trt.net.tr/persian/iletisim">تماس با ما</a> <a href="https://www.trt.net.tr/persian/frekanslar">فرکانس‌های رادیو</a></p></footer>
<script src="https://www.trt.net.tr/persian/assets/js/main.min.js?v=3.14" defer></script>
</body>
</html>
`;
    },
  },

  // Sputnik Afghanistan (Dari) on the RIA/Sputnik CMS: the page <title> with the date «– 03.08.2026،
  // اسپوتنیک افغانستان»; meta article:published_time in RIA's COMPACT form «20260803T1215+0430»; the
  // «18+» age mark in the header; .article__info-date with an <a data-unixtime> showing «12:15 03.08.2026»
  // in KABUL TIME (UTC+4:30, an hour ahead of Tehran) and «(به‌روز شده: …)»; .article__title,
  // .article__announce with the photo, «© Sputnik / …» copyright and title, .article__announce-text as the
  // lead; the text as .article__block[data-type="text"] > .article__text blocks, with an in-body
  // ARTICLE CARD (data-type="article") and a TELEGRAM BANNER block (data-type="banner") between them; tags,
  // share, «آخرین اخبار» feed with times, footer.
  sputnikaf: {
    site: 'اسپوتنیک افغانستان',
    boiler: ['به‌روز شده:', 'اخبار مهم افغانستان و منطقه را در کانال تلگرام اسپوتنیک دنبال کنید', 'آخرین اخبار', 'مطالب مرتبط', 'اشتراک‌گذاری', 'همه حقوق محفوظ است', 'پیوستن'],
    render: (c) => {
      const kb = wall(c, 270);
      const kbu = wall(c, 270, 47);
      const sd = (w: ReturnType<typeof wall>) => `${w.hh}:${w.mi} ${w.d}.${w.m}.${w.y}`;
      const compact = (w: ReturnType<typeof wall>) => `${w.y}${w.m}${w.d}T${w.hh}${w.mi}+0430`;
      const aid = '1098452367';
      const img = `https://cdn1.img.sputniknews.af/img/07ea/08/03/${aid}_0:160:3072:1888_1920x0_80_0_0_4b1d2e.jpg`;
      const block = (inner: string, type = 'text') => `<div class="article__block" data-type="${type}">${inner}</div>`;
      return `<!DOCTYPE html>
<html lang="fa-AF" dir="rtl" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article# ya: http://webmaster.yandex.ru/vocabularies/">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
<title>${esc(c.a.title)} - ${kb.d}.${kb.m}.${kb.y}، اسپوتنیک افغانستان</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(', '))}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="اسپوتنیک افغانستان">
<meta property="og:locale" content="fa_AF">
<meta property="og:image" content="${img}">
<meta property="article:published_time" content="${compact(kb)}">
<meta property="article:modified_time" content="${compact(kbu)}">
<meta property="article:author" content="اسپوتنیک افغانستان">
<meta property="article:section" content="${esc(c.a.kicker)}">
<meta name="analytics:title" content="${esc(c.a.title)}">
<meta name="analytics:tags" content="${esc(c.a.tags.join(', '))}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="amphtml" href="${esc(c.a.url.replace('.com/', '.com/amp/'))}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: c.a.url, mainEntityOfPage: c.a.url, headline: c.a.title, alternativeHeadline: c.a.title, description: c.a.lead, datePublished: `${kb.y}-${kb.m}-${kb.d}T${kb.hh}:${kb.mi}+04:30`, dateModified: `${kbu.y}-${kbu.m}-${kbu.d}T${kbu.hh}:${kbu.mi}+04:30`, articleSection: c.a.kicker, keywords: c.a.tags.join(', '), image: { '@type': 'ImageObject', url: img, width: 1920, height: 1080 }, author: { '@type': 'Organization', name: 'اسپوتنیک افغانستان' }, publisher: { '@type': 'Organization', name: 'اسپوتنیک افغانستان', logo: { '@type': 'ImageObject', url: 'https://cdn1.img.sputniknews.af/i/logo/logo-social.png' } } })}</script>
<link rel="stylesheet" href="https://cdn1.img.sputniknews.af/css/common.min.css?9b1f0a2c">
</head>
<body class="body m-article m-rtl" data-const-page-type="article" data-const-article-id="${aid}">
<div class="page">
<header class="header"><div class="header__inner"><a href="https://af.sputniknews.com/" class="header__logo" title="اسپوتنیک افغانستان"><img src="https://cdn1.img.sputniknews.af/i/logo/logo.svg" alt="اسپوتنیک افغانستان"></a><span class="header__age">18+</span>
<nav class="header__menu"><a href="https://af.sputniknews.com/afghanistan/">افغانستان</a> <a href="https://af.sputniknews.com/region/">منطقه</a> <a href="https://af.sputniknews.com/world/">جهان</a> <a href="https://af.sputniknews.com/economy/" class="m-active">اقتصاد</a> <a href="https://af.sputniknews.com/society/">جامعه</a> <a href="https://af.sputniknews.com/sport/">ورزش</a> <a href="https://af.sputniknews.com/multimedia/">چندرسانه‌ای</a></nav>
<div class="header__actions"><a href="https://af.sputniknews.com/search/">جستجو</a> <a href="https://t.me/sputnik_afghanistan" class="header__tg">تلگرام</a></div></div></header>
<div class="layout"><div class="layout__content">
<div class="article m-article m-image" data-article-id="${aid}">
<div class="article__header">
<div class="article__info"><div class="article__info-date"><a href="/${kb.y}${kb.m}${kb.d}/" class="" data-unixtime="${unix(c)}">${sd(kb)}</a> <span class="article__info-date-modified" data-unixtime="${unix(c) + 47 * 60}"> (به‌روز شده: ${sd(kbu)})</span></div>
<div class="article__views"><span class="statistic__item m-views">2614</span></div></div>
<h1 class="article__title">${esc(c.a.title)}</h1>
<div class="article__announce"><div class="media" data-media-tipe="ar16x9"><div class="media__size"><div class="photoview__open" data-photoview-src="${img}"><img media-type="ar16x9" data-source-sid="sputnik" alt="${esc(c.a.caption)}" title="${esc(c.a.caption)}" src="${img}"></div></div><div class="media__copyright">© Sputnik / ${esc(c.a.credit)}</div><div class="media__title">${esc(c.a.caption)}</div></div></div>
<div class="article__announce-text">${esc(c.a.lead ?? '')}</div>
</div>
<div class="article__body js-mediator-article mia-analytics">
${bodyHtml(c, (t) => block(`<div class="article__text">${t}</div>`), (t) => block(`<h3 class="article__h2">${t}</h3>`, 'h3'), '',
  block(`<div class="article__article m-image"><a href="https://af.sputniknews.com/20260722/uzbekistan-afghanistan-rail-freight-1098301142.html" class="article__article-image" inject-number="1" inject-position=""><img src="https://cdn1.img.sputniknews.af/img/07ea/07/16/1098301103_0:0:1280:720_300x0_80_0_0_d1a2b3.jpg" alt=""></a><div class="article__article-desc"><a href="https://af.sputniknews.com/20260722/uzbekistan-afghanistan-rail-freight-1098301142.html" class="article__article-link"><div class="article__article-info" data-type="date"><div class="elem-info"><div class="elem-info__date" data-unixtime="1784700600">22 جولای، 10:40</div></div></div><span class="article__article-title">${esc(c.a.inline ?? '')}</span></a></div></div>`, 'article'))}
${block(`<div class="article__banner-tg"><a href="https://t.me/sputnik_afghanistan">اخبار مهم افغانستان و منطقه را در کانال تلگرام اسپوتنیک دنبال کنید</a> <span class="article__banner-tg-button">پیوستن</span></div>`, 'banner')}
</div>
<div class="article__footer"><ul class="tags m-noButton">${c.a.tags.map((t) => `<li class="tag"><a href="https://af.sputniknews.com/keyword_${encodeURIComponent(t.replace(/ /g, '_'))}/" class="tag__text">${esc(t)}</a></li>`).join('')}</ul>
<div class="article__share"><span>اشتراک‌گذاری</span> <a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" class="share__item m-telegram">تلگرام</a> <a href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}" class="share__item m-whatsapp">واتساپ</a> <a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(c.a.url)}" class="share__item m-facebook">فیسبوک</a></div></div>
</div>
<div class="article__related"><div class="article__related-title">مطالب مرتبط</div><ul class="list">
${li(c.a.related, 'https://af.sputniknews.com/20260728/', 1098399011, ' class="list__item"')}
</ul></div>
</div>
<aside class="layout__sidebar"><div class="lenta"><div class="lenta__title">آخرین اخبار</div><ul class="lenta__list">
${c.a.mostRead.map((t, i) => `<li class="lenta__item"><span class="lenta__item-date">${pad(Number(kb.hh) - i)}:${pad((Number(kb.mi) + 37 * i) % 60)}</span> <a href="https://af.sputniknews.com/${kb.y}${kb.m}${kb.d}/${1098452300 - i * 41}.html" class="lenta__item-text">${esc(t)}</a></li>`).join('\n')}
</ul></div></aside>
</div>
<footer class="footer"><div class="footer__menu"><a href="https://af.sputniknews.com/docs/about/index.html">درباره ما</a> <a href="https://af.sputniknews.com/docs/contacts/index.html">تماس با ما</a> <a href="https://af.sputniknews.com/docs/terms_of_use.html">قوانین استفاده</a></div>
<div class="footer__copyright">© ${kb.y} اسپوتنیک | همه حقوق محفوظ است. 18+</div></footer>
</div>
<script src="https://cdn1.img.sputniknews.af/min/js/dist/article.js?6c1e8d2a"></script>
</body>
</html>
`;
    },
  },

  // IranWire (Persian edition): a top bar with the language editions and the donation link; a
  // «شهروندخبرنگار» item in the menu; breadcrumb; author line; the date as BOTH Jalali and Gregorian
  // without time, «۱۸ مرداد ۱۴۰۵ | ۹ اوت ۲۰۲۶», in a <time> whose datetime is UTC with milliseconds
  // («…T13:40:00.000Z»; JSON-LD the same with «Z»): the gold is that instant in Tehran time; lead; photo
  // with caption and credit; a PULL QUOTE (<blockquote class="pullquote">) that REPEATS a sentence of the
  // text after paragraph 4; a DONATION box inside the text container after the last paragraph; a
  // TIP-LINE box (send news by Telegram/Signal); tags, share, related, most-read, newsletter, footer.
  iranwire: {
    site: 'ایران‌وایر',
    boiler: ['حمایت از ایران‌وایر', 'شهروندخبرنگار', 'روزنامه‌نگاری مستقل بدون حمایت شما ممکن نیست', 'خبر یا گزارشی دارید؟', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'عضویت در خبرنامه ایران‌وایر', 'همه حقوق برای ایران‌وایر محفوظ است'],
    render: (c) => {
      const utc = new Date(c.iso).toISOString();
      const img = `https://iranwire.com/media/cache/article_main/uploads/articles/${c.g.y}/${c.g.m}/${c.g.d}/ahvaz-nurses-${c.id}.jpg`;
      const pull = 'در برخی بخش‌ها در شیفت شب یک پرستار مسئول ۱۸ بیمار است';
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | ایران‌وایر</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="ایران‌وایر">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="${img}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@IranWireFarsi">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="alternate" hreflang="en" href="https://iranwire.com/en/">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: utc.replace('.000Z', 'Z'), dateModified: utc.replace('.000Z', 'Z'), image: [img], inLanguage: 'fa', author: [{ '@type': 'Person', name: c.a.author }], publisher: { '@type': 'Organization', name: 'IranWire', logo: { '@type': 'ImageObject', url: 'https://iranwire.com/images/logo-fa.svg' } }, mainEntityOfPage: c.a.url })}</script>
<link rel="stylesheet" href="https://iranwire.com/build/app.7c41e2.css">
</head>
<body class="lang-fa article-page">
<div class="iw-topbar"><div class="iw-langs"><a href="https://iranwire.com/en/">English</a> <a href="https://iranwire.com/fa/" class="active">فارسی</a></div><a href="https://iranwire.com/fa/donate/" class="iw-donate">حمایت از ایران‌وایر</a></div>
<header class="iw-header"><a href="https://iranwire.com/fa/" class="iw-logo"><img src="https://iranwire.com/images/logo-fa.svg" alt="ایران‌وایر"></a>
<nav class="iw-nav"><a href="https://iranwire.com/fa/news/">خبر</a> <a href="https://iranwire.com/fa/features/" class="active">گزارش</a> <a href="https://iranwire.com/fa/human-rights/">حقوق بشر</a> <a href="https://iranwire.com/fa/women/">زنان</a> <a href="https://iranwire.com/fa/minorities/">اقلیت‌ها</a> <a href="https://iranwire.com/fa/environment/">محیط زیست</a> <a href="https://iranwire.com/fa/citizen-journalist/">شهروندخبرنگار</a> <a href="https://iranwire.com/fa/video/">ویدیو</a> <a href="https://iranwire.com/fa/podcast/">پادکست</a></nav>
<form class="iw-search" action="https://iranwire.com/fa/search/"><input type="search" name="q" placeholder="جستجو"></form></header>
<main class="iw-main">
<article class="iw-article">
<nav class="iw-breadcrumb"><a href="https://iranwire.com/fa/">صفحه اصلی</a> / <a href="https://iranwire.com/fa/features/">${esc(c.a.kicker)}</a></nav>
<h1 class="iw-title">${esc(c.a.title)}</h1>
<div class="iw-meta"><a href="https://iranwire.com/fa/author/shirin-aboudi/" class="iw-author">${esc(c.a.author ?? '')}</a> <time datetime="${utc}">${faDate(c)} | ${persian(Number(c.g.d))} ${FA_GREG[Number(c.g.m) - 1]} ${persian(c.g.y)}</time></div>
<p class="iw-lead">${esc(c.a.lead ?? '')}</p>
<figure class="iw-figure"><img src="${img}" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} <span class="iw-credit">${esc(c.a.credit)}</span></figcaption></figure>
<div class="iw-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '', `<blockquote class="pullquote"><p>«${pull}»</p></blockquote>`)}
<aside class="iw-donate-box"><h3>روزنامه‌نگاری مستقل بدون حمایت شما ممکن نیست</h3><p>ایران‌وایر را مردم سرپا نگه می‌دارند؛ با کمک مالی ماهانه از گزارش‌هایی مثل این حمایت کنید.</p><a href="https://iranwire.com/fa/donate/" class="btn">حمایت می‌کنم</a></aside>
</div>
<div class="iw-tipline"><strong>خبر یا گزارشی دارید؟</strong> اطلاعات، عکس و ویدیوهای خود را از طریق تلگرام یا سیگنال امن با ایران‌وایر در میان بگذارید. <a href="https://iranwire.com/fa/contact/">راه‌های ارتباط امن</a></div>
<div class="iw-tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://iranwire.com/fa/tag/', ' ')}</div>
<div class="iw-share"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(c.a.url)}">ایکس</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(c.a.url)}">فیسبوک</a> <button type="button" class="iw-copy">کپی لینک</button></div>
</article>
<section class="iw-related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://iranwire.com/fa/features/', Number(c.id) - 1402)}
</ul></section>
<aside class="iw-most"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://iranwire.com/fa/news/', Number(c.id) - 318)}
</ol></aside>
<section class="iw-newsletter"><h2>عضویت در خبرنامه ایران‌وایر</h2><p>گزیده گزارش‌های هفته، هر جمعه در صندوق ایمیل شما.</p><form><input type="email" placeholder="ایمیل"><button type="button">عضویت</button></form></section>
</main>
<footer class="iw-footer"><p><a href="https://iranwire.com/fa/about/">درباره ما</a> <a href="https://iranwire.com/fa/contact/">تماس با ما</a> <a href="https://iranwire.com/fa/privacy/">حریم خصوصی</a></p><p>© ${persian(2026)} همه حقوق برای ایران‌وایر محفوظ است.</p></footer>
<script src="https://iranwire.com/build/app.7c41e2.js" defer></script>
</body>
</html>
`;
    },
  },

  // A Persian post on MEDIUM by a local reporter (medium.com/@user/<slug>-<hex id>): Medium's chrome stays
  // in ENGLISH («Sign up», «Sign in», «Write», «Follow», «Listen», «Share», «4 min read», «Written by»,
  // «Responses», «More from …», «Recommended from Medium», the footer links) around a Persian story; atomic
  // CSS class names; react-helmet «data-rh» metas; the title as h1.pw-post-title; the visible date is
  // English and without time, «Aug 10, 2026»; the instant is in JSON-LD and article:published_time in UTC
  // with milliseconds and in window.__APOLLO_STATE__ as firstPublishedAt in MILLISECONDS; paragraphs
  // p.pw-post-body-paragraph with ids; one subheading (h2) inside the story; photo with caption; clap and
  // response counts; tag chips; author card; one response; footer. The <html> carries dir="rtl" (the
  // set's checker requires an rtl document) while Medium's own strings stay English.
  medium: {
    site: 'Medium',
    boiler: ['Open in app', 'Sign up', 'Sign in', 'min read', 'Written by', 'Responses', 'Recommended from Medium', 'See more recommendations', 'Text to speech', 'Listen'],
    render: (c) => {
      const utc = new Date(new Date(c.iso).getTime() + 318).toISOString();
      const ms = new Date(c.iso).getTime() + 318;
      const pid = '3f9a2c71e8b4';
      const [gy, gm, gd] = [Number(c.g.y), Number(c.g.m), Number(c.g.d)];
      const enDate = `${EN_MONTHS[gm - 1]} ${gd}, ${gy}`;
      const cls = 'pw-post-body-paragraph ne nf gu ng b nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob fq bk';
      let k = 0;
      const pidOf = () => (0x5a1e + 97 * k++).toString(16).slice(-4);
      return `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<title>${esc(c.a.title)} | by ${esc(c.a.author ?? '')} | ${EN_MONTHS[gm - 1]}, ${gy} | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"><meta data-rh="true" name="theme-color" content="#000000">
<meta data-rh="true" name="twitter:app:name:iphone" content="Medium"><meta data-rh="true" property="al:ios:app_name" content="Medium">
<meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="${utc}">
<meta data-rh="true" name="title" content="${esc(c.a.title)} | by ${esc(c.a.author ?? '')} | ${EN_MONTHS[gm - 1]}, ${gy} | Medium">
<meta data-rh="true" property="og:title" content="${esc(c.a.title)}">
<meta data-rh="true" property="og:description" content="${esc((c.a.lead ?? '').slice(0, 140))}">
<meta data-rh="true" property="og:url" content="${esc(c.a.url)}">
<meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/1*Qm4rT8vLw2ZkN0aUeYp3Jg.jpeg">
<meta data-rh="true" property="article:author" content="https://medium.com/@aydin.rahimzadeh">
<meta data-rh="true" name="author" content="${esc(c.a.author ?? '')}">
<meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large">
<meta data-rh="true" name="referrer" content="unsafe-url">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="4 min read">
<link data-rh="true" rel="canonical" href="${esc(c.a.url)}">
<link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/${pid}">
<script data-rh="true" type="application/ld+json">${js({ '@context': 'http://schema.org', '@type': 'NewsArticle', image: ['https://miro.medium.com/v2/resize:fit:1200/1*Qm4rT8vLw2ZkN0aUeYp3Jg.jpeg'], url: c.a.url, dateCreated: utc, datePublished: utc, dateModified: new Date(ms + 3 * 3600000 + 1234).toISOString(), headline: c.a.title, name: c.a.title, description: (c.a.lead ?? '').slice(0, 140), identifier: pid, author: { '@type': 'Person', name: c.a.author, url: 'https://medium.com/@aydin.rahimzadeh' }, creator: [c.a.author], publisher: { '@type': 'Organization', name: 'Medium', url: 'https://medium.com/', logo: { '@type': 'ImageObject', width: 500, height: 110, url: 'https://miro.medium.com/v2/resize:fit:500/7*V1_7XP4snlmqrc_0Njontw.png' } }, mainEntityOfPage: c.a.url, isAccessibleForFree: true })}</script>
<style type="text/css" data-fela-rehydration="532" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style>
</head>
<body>
<div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l m n o"><div class="p q r s t u"><a href="https://rsci.app.link/?%24canonical_url=${encodeURIComponent(c.a.url)}" class="bm ab">Open in app</a></div></div>
<div class="ab ca cb"><div class="cc ab cd"><a aria-label="Homepage" href="https://medium.com/?source=---two_column_layout_nav----------------------------------" class="ce"><svg viewBox="0 0 1043.63 592.71" class="cf cg"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"></path></svg></a>
<div class="ch ci"><input role="combobox" placeholder="Search" class="cj ck" value=""></div>
<a href="https://medium.com/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story" class="cl">Write</a>
<a href="https://medium.com/m/signin?operation=register&amp;redirect=${encodeURIComponent(c.a.url)}" class="cm"><button class="cn co">Sign up</button></a>
<a href="https://medium.com/m/signin?operation=login&amp;redirect=${encodeURIComponent(c.a.url)}" class="cp">Sign in</a></div></div>
<div class="l"><article><div class="l"><div class="l"><section><div><div class="ft fu fv fw fx"></div><div class="gm gn go gp gq"><div class="ab ca"><div class="ch bg gr gs gt gu">
<div><h1 id="${pidOf()}" class="pw-post-title gv gw gx bf gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv bk" data-testid="storyTitle" data-selectable-paragraph="">${esc(c.a.title)}</h1></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hw hx hy hz ia ab"><div><div class="ab ib"><a href="https://medium.com/@aydin.rahimzadeh?source=post_page---byline--${pid}---------------------------------------" rel="noopener follow"><div class="l ic id bx ie if"><img alt="${esc(c.a.author ?? '')}" class="l ep bx ig ih cw" src="https://miro.medium.com/v2/resize:fill:64:64/1*aR7nXw2cJ9pT5yQe8LmK0w.jpeg" width="32" height="32" loading="lazy" data-testid="authorPhoto"></div></a></div></div>
<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ii ab q"><div class="ab q ij"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b ik il bk"><a class="af ag ah ai aj ak al am an ao ap aq ar im" data-testid="authorName" href="https://medium.com/@aydin.rahimzadeh?source=post_page---byline--${pid}---------------------------------------" rel="noopener follow">${esc(c.a.author ?? '')}</a></p></div></div></div><span class="in io" aria-hidden="true"><span class="bf b bg z du">·</span></span><p class="bf b ik il du"><button class="ip iq ah ai aj ak al am an ao ap aq ar ir is it" disabled="">Follow</button></p></div></div></span></div></div>
<div class="l iu"><span class="bf b bg z du"><div class="ab cn iv iw ix"><span class="bf b bg z du"><div class="ab ae"><span data-testid="storyReadTime">4 min read</span><div class="iy iz l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z du">·</span></span></div><span data-testid="storyPublishDate">${enDate}</span></div></span></div></span></div></div></div>
<div class="ab co ja jb jc jd je jf jg jh ji jj jk jl jm jn jo jp"><div class="h k w ea eb q"><div class="kf l"><div class="ab q kg kh"><div class="pw-multi-vote-icon ed kj kk kl km"><button class="kn ko kp kq"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454zM15.421 1.84l-1.185-.388-.338 2.5z"></path></svg></button></div><div class="pw-multi-vote-count l kr ks kt ku kv kw kx"><p class="bf b dv z du"><span class="ky">214</span></p></div></div></div>
<div><div class="bm" aria-hidden="false"><button class="ao kn lb lc ab q ee ld le" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24" class="la"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482.817 0 1.622-.111 2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008.4-.112.486-.287a.49.49 0 0 0-.042-.518c-.495-.67-.845-1.364-1.04-2.057a4 4 0 0 1-.125-.598zm-3.122 1.055-.067-.223-.315.096a8 8 0 0 1-2.311.338c-4.023 0-7.292-2.955-7.292-6.587 0-3.633 3.269-6.588 7.292-6.588 4.014 0 7.112 2.958 7.112 6.593 0 1.794-.608 3.469-2.027 4.72l-.195.168v.255c0 .056 0 .151.016.295.025.231.081.478.154.733.154.558.398 1.117.722 1.659a5.3 5.3 0 0 1-2.165-.845c-.276-.176-.714-.383-.941-.59z"></path></svg><p class="bf b dv z du"><span class="pw-responses-count lf lg">9</span></p></button></div></div></div>
<div class="ab q jq jr js jt ju jv jw jx jy jz ka kb kc kd ke"><div class="lh k j i d"></div><div class="h k"><div><div class="bm" aria-hidden="false"><button aria-label="Add to list bookmark button" class="af ee ah ai aj ak al li an ao ap ex lj lk ll" disabled=""><svg width="25" height="25" viewBox="0 0 25 25" fill="none" class="lm"><path fill="#000" d="M18 2.5a.5.5 0 0 1 1 0V5h2.5a.5.5 0 0 1 0 1H19v2.5a.5.5 0 1 1-1 0V6h-2.5a.5.5 0 0 1 0-1H18zM7 7a1 1 0 0 1 1-1h3.5a.5.5 0 0 0 0-1H8a2 2 0 0 0-2 2v14a.5.5 0 0 0 .805.396L12.5 17l5.695 4.396A.5.5 0 0 0 19 21v-8.5a.5.5 0 0 0-1 0v7.485l-5.195-4.012a.5.5 0 0 0-.61 0L7 19.985z"></path></svg></button></div></div></div>
<div class="ep ln cn"><div class="l ae"><div class="ab cb"><div class="lo lp lq lr ls lt ci bh"><div class="ab"><div class="bm bh" aria-hidden="false"><div><div class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af ee ah ai aj ak al li an ao ap ex lu lv lf lw lx ly lz ma s mb mc md me mf mg mh u mi mj mk"><div class="ab ce ml"><p class="bf b dv z du"><span class="pw-listen">Listen</span></p></div></button></div></div></div></div></div></div></div></div>
<div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af ee ah ai aj ak al li an ao ap ex lu lv lf lw lx ly lz ma s mb mc md me mf mg mh u mi mj mk"><div class="ab ce ml"><p class="bf b dv z du"><span class="pw-share">Share</span></p></div></button></div></div></div></div></div></div></div></div>
<figure class="mq mr ms mt mu mv mn mo paragraph-image"><div role="button" tabindex="0" class="mw mx ed my bh mz"><div class="mn mo mp"><picture><source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/1*Qm4rT8vLw2ZkN0aUeYp3Jg.jpeg 640w, https://miro.medium.com/v2/resize:fit:1400/format:webp/1*Qm4rT8vLw2ZkN0aUeYp3Jg.jpeg 1400w" type="image/webp"><img alt="" class="bh lp na c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*Qm4rT8vLw2ZkN0aUeYp3Jg.jpeg"></picture></div></div><figcaption class="nb ff nc mn mo nd ne bf b bg z du" data-selectable-paragraph="">${esc(c.a.caption)} — ${esc(c.a.credit)}</figcaption></figure>
<p id="${pidOf()}" class="${cls}" data-selectable-paragraph="">${esc(c.a.lead ?? '')}</p>
${bodyHtml(c, (t) => `<p id="${pidOf()}" class="${cls}" data-selectable-paragraph="">${t}</p>`, (t) => `<h2 id="${pidOf()}" class="od oe gu bf of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz pa bk" data-selectable-paragraph="">${t}</h2>`, '')}
</div></div></div></div></section></div></div></div></article></div>
<div class="l pb"><div class="ab ca"><div class="ch bg gr gs gt gu"><div class="pc pd ab iv"><div class="pe ab">${c.a.tags.map((t) => `<a href="https://medium.com/tag/${encodeURIComponent(t.replace(/ /g, '-'))}?source=post_page-----${pid}---------------------------------------" class="pf pg"><div class="ph ed cx pi gi pj pk bf b bg z bk pl">${esc(t)}</div></a>`).join('')}</div></div></div></div></div>
<div class="l"><div class="pm pn po pp pq l"><div class="ab ca"><div class="ch bg gr gs gt gu"><div class="ab pr ps"><div class="pt pu"><div class="l"><p class="bf b pv pw bk"><span class="pm-clap">214</span> <span class="du">claps</span></p></div></div><a href="https://medium.com/@aydin.rahimzadeh?source=post_page---post_author_info--${pid}---------------------------------------"><img alt="${esc(c.a.author ?? '')}" src="https://miro.medium.com/v2/resize:fill:96:96/1*aR7nXw2cJ9pT5yQe8LmK0w.jpeg" width="48" height="48"></a>
<div class="ab cn qb"><div class="qc qd l"><a href="https://medium.com/@aydin.rahimzadeh?source=post_page---post_author_info--${pid}---------------------------------------"><h2 class="pw-author-name bf qe qf qg bk"><span class="hf">Written by ${esc(c.a.author ?? '')}</span></h2></a><div class="qh ab ib"><div class="l iu"><span class="pw-follower-count bf b bg z du"><a href="https://medium.com/@aydin.rahimzadeh/followers">1.3K Followers</a></span></div><div class="bf b bg z du ab qi"><span class="in l" aria-hidden="true"><span class="bf b bg z du">·</span></span><a href="https://medium.com/@aydin.rahimzadeh/following">212 Following</a></div></div><div class="qj l"><p class="bf b bg z bk"><span class="hf">خبرنگار محلی در ارومیه؛ محیط زیست، کشاورزی و زندگی روستایی آذربایجان غربی.</span></p></div></div><div class="h k"><button class="bf b bg z qk ql">Follow</button></div></div></div></div></div></div></div>
<div class="l"><div class="qm qn qo qp qq l bx"><div class="ab ca"><div class="ch bg gr gs gt gu"><div class="qr ab iv hm"><h2 class="bf qe qs qt bk">Responses (9)</h2></div>
${comments(c, (n, t) => `<div class="qu l"><div class="ab q"><p class="bf b bg z bk">${n}</p><span class="bf b bg z du">${EN_MONTHS[gm - 1]} ${gd + 1}, ${gy}</span></div><pre class="bf b dv z bk qv" dir="auto">${t}</pre><div class="ab q"><span class="bf b bg z du">37</span> <span class="bf b bg z du">Reply</span></div></div>`)}
<a href="https://medium.com/@aydin.rahimzadeh/${pid}/responses" class="qw">See all responses</a></div></div></div></div>
<div class="l qx"><div class="ab ca"><div class="ch bg gr gs gt gu"><h2 class="bf qe qy qz bk">More from ${esc(c.a.author ?? '')}</h2><div class="ra rb">
${c.a.related.map((t, i) => `<div class="rc"><a href="https://medium.com/@aydin.rahimzadeh/${(0x2b8e7f10a9c3 + i * 0x111).toString(16)}"><h2 class="bf qe rd re bk">${esc(t)}</h2></a><span class="bf b bg z du">${EN_MONTHS[(gm + 10 - i) % 12]} ${3 + i * 9}, ${gy}</span></div>`).join('\n')}
</div><a href="https://medium.com/@aydin.rahimzadeh">See all from ${esc(c.a.author ?? '')}</a></div></div></div>
<div class="l rf"><div class="ab ca"><div class="ch bg gr gs gt gu"><h2 class="bf qe qy qz bk">Recommended from Medium</h2><div class="ra rb">
${c.a.mostRead.map((t, i) => `<div class="rc"><div class="ab q"><p class="bf b bg z bk">${['Nima Farzad', 'سپیده کاظمی', 'Reza T.', 'Bahar Nouri'][i % 4]}</p></div><a href="https://medium.com/p/${(0x7d02ab33c140 + i * 0x2f1).toString(16)}"><h2 class="bf qe rd re bk">${esc(t)}</h2></a><span class="bf b bg z du">${EN_MONTHS[(gm + 10) % 12]} ${12 + i * 4}</span></div>`).join('\n')}
</div><a href="https://medium.com/?source=post_page---read_next_recirc">See more recommendations</a></div></div></div>
<footer class="rg rh ri"><div class="rj"><a href="https://help.medium.com/hc/en-us">Help</a> <a href="https://medium.statuspage.io/">Status</a> <a href="https://medium.com/about">About</a> <a href="https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e">Careers</a> <a href="mailto:pressinquiries@medium.com">Press</a> <a href="https://blog.medium.com/">Blog</a> <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a> <a href="https://policy.medium.com/medium-rules-30e5502c4eb4">Rules</a> <a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a> <a href="https://speechify.com/medium">Text to speech</a></div></footer>
</div></div></div>
<script>window.__BUILD_ID__="main-20260807-221530-2f7c9e41d0"</script>
<script>window.__APOLLO_STATE__ = ${js({ ROOT_QUERY: { __typename: 'Query', [`postResult({"id":"${pid}"})`]: { __ref: `Post:${pid}` } }, [`Post:${pid}`]: { __typename: 'Post', id: pid, title: c.a.title, firstPublishedAt: ms, latestPublishedAt: ms + 3 * 3600000 + 1234, readingTime: 3.9, isLocked: false, visibility: 'PUBLIC', clapCount: 214, postResponses: { __typename: 'PostResponses', count: 9 }, creator: { __ref: 'User:8c1d4e7a2b90' }, mediumUrl: c.a.url, detectedLanguage: 'fa' }, 'User:8c1d4e7a2b90': { __typename: 'User', id: '8c1d4e7a2b90', name: c.a.author, username: 'aydin.rahimzadeh' } })}</script>
<script src="https://cdn-client.medium.com/lite/static/js/main.7b1e2c4d.js" async></script>
</body>
</html>
`;
    },
  },

  // Etilaatroz (a Dari daily) on WORDPRESS with its own theme: Yoast SEO metas and schema graph with the
  // instant in KABUL TIME, «…T21:15:00+04:30» (the WordPress clock set to Kabul: the gold is the same
  // instant in Tehran time, an hour earlier); the top bar's date in the AFGHAN SOLAR MONTH NAMES and the
  // Dari Gregorian names, «سه‌شنبه ۱۳ اسد ۱۴۰۵ – ۴ اگست ۲۰۲۶»; the post date «۱۳ اسد ۱۴۰۵» without time;
  // category pill, author; featured image with caption; .entry-content whose FIRST PARAGRAPH is the lead;
  // an in-body «بیشتر بخوانید:» link; a DONATION block at the end of .entry-content; tags, share row,
  // related, the WordPress comment area with one comment, most-viewed sidebar, footer.
  etilaatroz: {
    site: 'اطلاعات روز',
    boiler: ['حمایت از اطلاعات روز', 'بیشتر بخوانید:', 'اطلاعات روز یک رسانه مستقل است', 'برچسب‌ها:', 'مطالب مرتبط', 'دیدگاهتان را بنویسید', 'پربیننده‌ترین‌ها', 'تمامی حقوق برای روزنامه اطلاعات روز محفوظ است'],
    render: (c) => {
      const kb = wall(c, 270);
      const kbMod = isoAt(c, 270, 96);
      const img = `https://www.etilaatroz.com/wp-content/uploads/${kb.y}/${kb.m}/islam-qala-returnees-${c.id}.jpg`;
      const afDate = `${persian(Number(c.d))} ${AFGHAN_MONTHS[Number(c.m) - 1]} ${persian(c.y)}`;
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | اطلاعات روز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="اطلاعات روز | Etilaatroz">
<meta property="article:publisher" content="https://www.facebook.com/Etilaatroz">
<meta property="article:published_time" content="${isoAt(c, 270)}">
<meta property="article:modified_time" content="${kbMod}">
<meta property="og:image" content="${img}">
<meta name="author" content="${esc(c.a.author ?? '')}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="نوشته‌شده توسط"><meta name="twitter:data1" content="${esc(c.a.author ?? '')}">
<meta name="twitter:label2" content="زمان تقریبی برای خواندن"><meta name="twitter:data2" content="۴ دقیقه">
<script type="application/ld+json" class="yoast-schema-graph">${js({ '@context': 'https://schema.org', '@graph': [
  { '@type': 'NewsArticle', '@id': `${c.a.url}#article`, isPartOf: { '@id': c.a.url }, author: { name: c.a.author, '@id': 'https://www.etilaatroz.com/#/schema/person/5e1c' }, headline: c.a.title, datePublished: isoAt(c, 270), dateModified: kbMod, mainEntityOfPage: { '@id': c.a.url }, wordCount: 412, publisher: { '@id': 'https://www.etilaatroz.com/#organization' }, image: { '@id': `${c.a.url}#primaryimage` }, articleSection: [c.a.kicker], inLanguage: 'fa-IR' },
  { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: `${c.a.title} | اطلاعات روز`, datePublished: isoAt(c, 270), dateModified: kbMod, inLanguage: 'fa-IR' },
  { '@type': 'Organization', '@id': 'https://www.etilaatroz.com/#organization', name: 'اطلاعات روز', url: 'https://www.etilaatroz.com/' },
] })}</script>
<link rel="stylesheet" id="etilaatroz-style-css" href="https://www.etilaatroz.com/wp-content/themes/etilaatroz/style.css?ver=4.3.2" type="text/css" media="all">
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard">
<div id="page" class="site">
<div class="top-bar"><span class="today">${weekday(c)} ${afDate} – ${persian(Number(c.g.d))} ${DARI_GREG[Number(c.g.m) - 1]} ${persian(c.g.y)}</span> <a href="https://www.etilaatroz.com/en/">English</a> <a href="https://www.etilaatroz.com/support-us/" class="support">حمایت از اطلاعات روز</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://www.etilaatroz.com/" rel="home"><img src="https://www.etilaatroz.com/wp-content/themes/etilaatroz/images/logo.svg" alt="اطلاعات روز"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://www.etilaatroz.com/category/news/">خبر</a></li><li class="menu-item current-post-ancestor"><a href="https://www.etilaatroz.com/category/report/">گزارش</a></li><li class="menu-item"><a href="https://www.etilaatroz.com/category/opinion/">دیدگاه</a></li><li class="menu-item"><a href="https://www.etilaatroz.com/category/society/">جامعه</a></li><li class="menu-item"><a href="https://www.etilaatroz.com/category/economy/">اقتصاد</a></li><li class="menu-item"><a href="https://www.etilaatroz.com/category/women/">زنان</a></li><li class="menu-item"><a href="https://www.etilaatroz.com/category/culture/">فرهنگ</a></li><li class="menu-item"><a href="https://www.etilaatroz.com/category/sport/">ورزش</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${c.id}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail hentry category-report">
<header class="entry-header"><span class="cat-links"><a href="https://www.etilaatroz.com/category/report/" rel="category tag">${esc(c.a.kicker)}</a></span>
<h1 class="entry-title">${esc(c.a.title)}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="https://www.etilaatroz.com/author/${encodeURIComponent('etilaatroz')}/">${esc(c.a.author ?? '')}</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="${isoAt(c, 270)}">${afDate}</time><time class="updated" datetime="${kbMod}" hidden></time></span></div></header>
<div class="post-thumbnail"><img width="1024" height="576" src="${img}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="${esc(c.a.caption)}" decoding="async"><div class="thumbnail-caption">${esc(c.a.caption)} ${esc(c.a.credit)}</div></div>
<div class="entry-content">
<p>${esc(c.a.lead ?? '')}</p>
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3 class="wp-block-heading">${t}</h3>`, '', `<p><strong>بیشتر بخوانید:</strong> <a href="https://www.etilaatroz.com/${Number(c.id) - 1730}/">${esc(c.a.inline ?? '')}</a></p>`)}
<div class="wp-block-group donate-box"><p>اطلاعات روز یک رسانه مستقل است و با حمایت خوانندگانش کار می‌کند. <a href="https://www.etilaatroz.com/support-us/">برای حمایت از اطلاعات روز اینجا کلیک کنید.</a></p></div>
</div>
<footer class="entry-footer"><span class="tags-links">برچسب‌ها: ${tagLinks(c, 'https://www.etilaatroz.com/tag/', '، ')}</span>
<div class="share-post"><span>اشتراک‌گذاری:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(c.a.url)}">فیسبوک</a> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <a href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}">واتس‌اپ</a></div></footer>
</article>
<section class="related-posts"><h2 class="section-title">مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://www.etilaatroz.com/', Number(c.id) - 610)}
</ul></section>
<div id="comments" class="comments-area"><h2 class="comments-title">یک دیدگاه</h2><ol class="comment-list">
${comments(c, (n, t) => `<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${n}</b> <span class="says">می‌گوید:</span></div><div class="comment-metadata"><time datetime="${isoAt(c, 270, 140)}">${afDate} ساعت ${persian(wall(c, 270, 140).hh)}:${persian(wall(c, 270, 140).mi)}</time></div></footer><div class="comment-content"><p>${t}</p></div></article></li>`)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید</h3><form action="https://www.etilaatroz.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">نشانی ایمیل شما منتشر نخواهد شد.</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="فرستادن دیدگاه"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="most-viewed-2" class="widget widget_most_viewed"><h2 class="widget-title">پربیننده‌ترین‌ها</h2><ul>
${li(c.a.mostRead, 'https://www.etilaatroz.com/', Number(c.id) - 2290)}
</ul></section>
<section id="custom_html-3" class="widget widget_custom_html"><div class="textwidget custom-html-widget"><a href="https://t.me/etilaatroz">اطلاعات روز در تلگرام</a></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>تمامی حقوق برای روزنامه اطلاعات روز محفوظ است. © ${persian(2026)}</p><p><a href="https://www.etilaatroz.com/about-us/">درباره ما</a> <a href="https://www.etilaatroz.com/contact-us/">تماس با ما</a></p></div></footer>
</div>
<script src="https://www.etilaatroz.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</body>
</html>
`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The six texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'parstoday-caspian-level-seals', site: 'parstoday', inlineAt: 4,
    inline: 'نشست کارشناسی کشورهای حاشیه خزر درباره آلودگی نفتی در باکو',
    url: 'https://parstoday.ir/fa/news/iran-i318452-تراز_آب_خزر_در_یک_سال_۲۸_سانتی‌متر_پایین_رفت_هشدار_درباره_زیستگاه_فوک‌ها',
    title: 'تراز آب خزر در یک سال ۲۸ سانتی‌متر پایین رفت؛ هشدار درباره زیستگاه فوک‌ها',
    kicker: 'ایران', date: '۱۱ مرداد ۱۴۰۵ - ۱۳:۴۰',
    lead: 'معاون محیط زیست دریایی و تالاب‌های سازمان حفاظت محیط زیست از کاهش ۲۸ سانتی‌متری تراز آب دریای خزر در یک سال گذشته خبر داد و گفت ادامه این روند، زیستگاه‌های ساحلی و ذخایر ماهیان خاویاری را با خطری جدی روبه‌رو کرده است.',
    paras: [
      'به گزارش پارس تودی، هومن رستگارنیا روز یکشنبه در همایش «خزر، دریای مشترک» که با حضور کارشناسانی از کشورهای ساحلی در رشت برگزار شد، افزود: تراز آب خزر اکنون به پایین‌ترین سطح خود در دست‌کم ۷۰ سال اخیر رسیده و در سواحل استان گلستان، خط ساحلی در برخی نقاط بیش از ۵۰۰ متر عقب نشسته است.',
      'وی ادامه داد: کاهش بارش در حوضه رود ولگا که حدود ۸۰ درصد آب ورودی خزر را تأمین می‌کند و افزایش تبخیر در تابستان‌های گرم، مهم‌ترین عوامل این افت هستند. برداشت بی‌رویه آب برای کشاورزی در کشورهای حاشیه دریا را هم نباید نادیده گرفت.',
      'در این همایش که رحیم قاسم‌زاده، رئیس اتحادیه تعاونی‌های پره صیادی استان گیلان، و نمایندگانی از شیلات ایران نیز در آن حضور داشتند، از طرح پایش مشترک فوک‌های خزری رونمایی شد. بر اساس این طرح، ۱۲ ایستگاه پایش در سواحل ایران، روسیه و قزاقستان راه‌اندازی می‌شود و سه کشتی تحقیقاتی نیز به کار گرفته خواهد شد.',
      'ایگور سمیونوف، پژوهشگر ارشد مؤسسه اقیانوس‌شناسی شیرشوف آکادمی علوم روسیه، که به‌صورت برخط در همایش شرکت داشت، گفت: شمار فوک‌های خزری در نیم قرن گذشته از حدود یک میلیون به کمتر از ۲۰۰ هزار رأس رسیده است. با پایین رفتن آب، جزیره‌های کم‌عمق شمال خزر که فوک‌ها روی یخ‌های زمستانی اطراف آنها زاد و ولد می‌کنند، به خشکی می‌پیوندند و به دسترس شکارچیان و گرگ‌ها می‌افتند.',
      'سمیونوف افزود که در زمستان گذشته بیش از ۲ هزار و ۵۰۰ لاشه فوک در سواحل داغستان و قزاقستان پیدا شده و علت مرگ بخش بزرگی از آنها هنوز روشن نیست.',
      'قاسم‌زاده اما از وضعیت صیادان گیلانی گلایه کرد و گفت: صید ماهی سفید در فصل گذشته ۳۵ درصد کمتر از سال قبل بود. دهانه بسیاری از رودخانه‌ها گل‌آلود و کم‌عمق شده و ماهی‌ها دیگر برای تخم‌ریزی به رودخانه برنمی‌گردند.',
      'رئیس اتحادیه تعاونی‌های پره صیادی گیلان همچنین خبر داد که از ۱۴۵ تعاونی پره فعال در این استان، ۱۸ تعاونی امسال به دلیل عقب‌نشینی آب، محل صید خود را از دست داده‌اند.',
      'رستگارنیا در پایان سخنانش گفت سازمان حفاظت محیط زیست امسال با همکاری شیلات ۲ میلیون و ۴۰۰ هزار بچه‌ماهی خاویاری در رودخانه‌های شمال کشور رها می‌کند و برای لایروبی دهانه ۹ رودخانه نیز ۶۵۰ میلیارد ریال اعتبار گرفته است.',
      'بر اساس گزارش سازمان هواشناسی، میانگین دمای هوای سواحل جنوبی خزر در تیر امسال ۱٫۶ درجه سانتی‌گراد بالاتر از میانگین بلندمدت بوده است. نشست وزیران محیط زیست کشورهای ساحلی خزر قرار است مهر امسال در باکو برگزار شود.',
    ],
    tags: ['دریای خزر', 'محیط زیست', 'فوک خزری', 'ماهیان خاویاری'],
    caption: 'ساحل دریای خزر در بندر ترکمن پس از عقب‌نشینی آب', credit: 'عکس: ایرنا',
    related: ['افت تراز خزر و آینده بندرهای شمالی ایران', 'تولید خاویار پرورشی ایران افزایش یافت', 'رونمایی از اطلس زیستگاه‌های تالاب انزلی'],
    mostRead: ['رایزنی وزیران خارجه ایران و عمان در مسقط', 'افزایش صادرات غیرنفتی ایران به آسیای مرکزی', 'لیگ ملت‌های والیبال؛ پیروزی ایران برابر لهستان', 'نمایشگاه کتاب تهران مهر ماه برگزار می‌شود'],
    comments: [['مهدی از بندر انزلی', 'سال‌هاست صیادان همین را می‌گویند و کسی گوش نمی‌دهد.']],
    speakers: [
      { name: 'هومن رستگارنیا', role: 'معاون محیط زیست دریایی و تالاب‌های سازمان حفاظت محیط زیست', also_called: ['وی', 'رستگارنیا'], statements: 4 },
      { name: 'ایگور سمیونوف', role: 'پژوهشگر ارشد مؤسسه اقیانوس‌شناسی شیرشوف آکادمی علوم روسیه', also_called: ['سمیونوف'], statements: 2 },
      { name: 'رحیم قاسم‌زاده', role: 'رئیس اتحادیه تعاونی‌های پره صیادی استان گیلان', also_called: ['قاسم‌زاده', 'رئیس اتحادیه تعاونی‌های پره صیادی گیلان'], statements: 2 },
    ],
    speakers_never: ['سازمان هواشناسی', 'شیلات ایران', 'مؤسسه اقیانوس‌شناسی شیرشوف'],
    figures: [
      { value: 28, unit: 'سانتی‌متر', kind: 'measure', about: '«۲۸ سانتی‌متری» افت تراز خزر در یک سال (title, lead)' },
      { value: 500, unit: 'متر', kind: 'measure', about: '«بیش از ۵۰۰ متر» عقب‌نشینی خط ساحلی در گلستان' },
      { value: 80, unit: 'درصد', kind: 'percent', about: '«حدود ۸۰ درصد» سهم ولگا از آب ورودی خزر' },
      { value: 12, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های پایش فوک' },
      { value: 3, unit: 'کشتی', kind: 'count', about: '«سه کشتی تحقیقاتی» (count in words)' },
      { value: 1000000, unit: 'رأس', kind: 'count', about: '«حدود یک میلیون» فوک در گذشته (unit shared with «۲۰۰ هزار رأس»)' },
      { value: 200000, unit: 'رأس', kind: 'count', about: '«کمتر از ۲۰۰ هزار رأس» فوک امروز' },
      { value: 2500, unit: 'لاشه', kind: 'count', about: '«بیش از ۲ هزار و ۵۰۰ لاشه» فوک در زمستان گذشته' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'کاهش صید ماهی سفید' },
      { value: 145, unit: 'تعاونی', kind: 'count', about: 'تعاونی‌های پره فعال گیلان' },
      { value: 18, unit: 'تعاونی', kind: 'count', about: 'تعاونی‌هایی که محل صید را از دست داده‌اند' },
      { value: 2400000, unit: 'بچه‌ماهی', kind: 'count', about: '«۲ میلیون و ۴۰۰ هزار بچه‌ماهی خاویاری» رهاسازی امسال' },
      { value: 9, unit: 'رودخانه', kind: 'count', about: 'دهانه رودخانه‌هایی که لایروبی می‌شوند' },
      { value: 650000000000, unit: 'ریال', kind: 'money', about: '«۶۵۰ میلیارد ریال» اعتبار لایروبی' },
      { value: 1.6, unit: 'درجه سانتی‌گراد', kind: 'measure', about: 'گرم‌تر بودن تیر امسال از میانگین بلندمدت' },
    ],
    figures_never: ['«یک سال گذشته», «۷۰ سال اخیر», «نیم قرن گذشته»: durations', '«روز یکشنبه», «زمستان گذشته», «فصل گذشته», «سال قبل», «امسال», «تیر امسال», «مهر امسال»: dates', '«کشورهای ساحلی», «کشورهای حاشیه دریا»: not counted', 'the date line, the GMT «last modified» line, the in-body read-more list (incl. «۵۰۰ هزار بچه‌ماهی» of a linked title) and comment times: not body'],
    notes: [
      'An environment story of Pars Today (the IRIB World Service site) on DRUPAL 7: RDFa prefixes on <html>, body classes «page-node-318452 node-type-article i18n-fa», Drupal field markup (the lead in .field-name-field-summary as bold text before the photo, the text in .field-name-body > .field-item[property="content:encoded"], tags in the taxonomy field «کلیدواژه:»); a top bar with the World Service LANGUAGE SWITCHER (23 languages in their own scripts), the radio links «پخش زنده» and «جدول پخش برنامه‌ها» in the header; the date line is «مرداد ۱۱, ۱۴۰۵ ۱۳:۴۰ Asia/Tehran» (month before day, a comma, the time-zone NAME instead of an offset) under «(last modified Sun, 02 Aug 2026 10:52:17 GMT )»; article:published_time 2026-08-02T13:40:00+03:30 (the gold) and a modified_time 42 minutes later; photo with caption and credit; an in-body «بیشتر بخوانید» list of two links after paragraph 5; the invitation «ما را در شبکه‌های اجتماعی دنبال کنید: تلگرام | اینستاگرام | ایکس» is the LAST <p> INSIDE the body field, not body; share row, related, one comment and the Drupal comment form, most-viewed, footer.',
      'statements: Rastegarnia is first given by ROLE ONLY, in the lead: «ROLE از … خبر داد و گفت …» (one); then by name without role: «NAME روز یکشنبه در همایش … افزود:» (one); «وی ادامه داد:» (two-sentence quote, once); «رستگارنیا در پایان سخنانش گفت …» (one) = 4; Semionov (the foreign speaker, a Russian oceanographer): «NAME، ROLE، … گفت:» (multi-sentence quote, once), «سمیونوف افزود که …» (one) = 2; Ghasemzadeh is first met IN PASSING among those present at the conference, then speaks by surname: «قاسم‌زاده اما … گلایه کرد و گفت:» (one), and by a shorter role-alone form, «رئیس اتحادیه تعاونی‌های پره صیادی گیلان همچنین خبر داد که …» (one) = 2.',
      'The meteorological organization («بر اساس گزارش»), the fisheries organization (present) and the Shirshov institute (the speaker\'s employer) are organizations. «حدود یک میلیون» is read with the unit of the second half of the phrase, «رأس»: 1e6 رأس; «سه کشتی» is a count in words; «۶۵۰ میلیارد ریال» is 6.5e11; «۱٫۶ درجه سانتی‌گراد» is a measure; the two «تعاونی» counts are two figures.',
    ],
  },
  {
    name: 'trtpersian-iranian-tourists-van', site: 'trtpersian', inlineAt: 4,
    inline: 'ویدیو: ساحل دریاچه وان در روزهای پرمسافر تابستان',
    url: 'https://www.trt.net.tr/persian/turkiye/2026/08/05/یک-میلیون-و-۳۵۰-هزار-گردشگر-ایرانی-در-شش-ماه-به-ترکیه-سفر-کردند-2398114',
    title: 'یک میلیون و ۳۵۰ هزار گردشگر ایرانی در شش ماه به ترکیه سفر کردند',
    kicker: 'ترکیه', date: '۱۴ مرداد ۱۴۰۵ - ۱۵:۲۰',
    lead: 'بر اساس آمار وزارت فرهنگ و گردشگری ترکیه، یک میلیون و ۳۵۰ هزار گردشگر ایرانی در شش ماه نخست سال ۲۰۲۶ به این کشور سفر کرده‌اند که ۹ درصد بیشتر از مدت مشابه سال گذشته است. ایرانیان پس از روس‌ها، آلمانی‌ها و انگلیسی‌ها چهارمین گروه بزرگ گردشگران خارجی ترکیه هستند.',
    paras: [
      'به گزارش TRT فارسی، استانبول، وان و آنتالیا همچنان محبوب‌ترین مقصدهای ایرانیان در ترکیه هستند. تنها در ماه ژوئن ۲۸۶ هزار ایرانی از مرزهای زمینی و فرودگاه‌ها وارد ترکیه شدند. شمار پروازهای هفتگی میان شهرهای دو کشور نیز به ۲۱۰ پرواز رسیده و دو شرکت هواپیمایی تازه از ماه گذشته به این مسیرها اضافه شده‌اند.',
      'تانر اوزگوون، معاون مدیر فرهنگ و گردشگری استان وان، در گفت‌وگو با TRT فارسی گفت: وان در شش ماه نخست امسال میزبان ۳۴۰ هزار گردشگر ایرانی بود. ایرانی‌ها به‌طور میانگین چهار شب در وان می‌مانند و بیشترشان برای خرید و تفریح به این شهر می‌آیند.',
      'وی افزود: ظرفیت هتل‌های وان در سه سال گذشته ۴۰ درصد بیشتر شده و اکنون به ۱۲ هزار تخت رسیده است، اما در تعطیلات نوروز و تابستان ایرانیان باز هم کمبود اتاق داریم. به گفته این مقام ترکیه‌ای، پرواز مستقیم تبریز به وان نیز از ماه سپتامبر هفته‌ای سه بار برقرار می‌شود.',
      'هفته گذشته در نشست مشترک فعالان گردشگری دو کشور در استانبول، که نیلوفر احمدی‌زاده، دبیر انجمن صنفی دفاتر خدمات مسافرتی ایران، نیز در آن حضور داشت، ادامه معافیت روادید ۹۰ روزه ایرانیان و صدور بیمه‌نامه مسافرتی مشترک بررسی شد.',
      'احمدی‌زاده پس از این نشست به TRT فارسی گفت: قیمت تور هفت‌شبه استانبول برای هر نفر اکنون بین ۳۸ تا ۶۵ میلیون تومان است و افزایش نرخ ارز، سفر خانواده‌های طبقه متوسط را سخت‌تر کرده است. با این حال تقاضا برای وان و ترابزون که ارزان‌ترند، بالا رفته است.',
      'دبیر انجمن صنفی دفاتر خدمات مسافرتی ایران همچنین گفت حدود ۶۰ درصد مسافران ایرانی ترکیه اکنون با تورهای زمینی و اتوبوس سفر می‌کنند.',
      'رئیس اتاق بازرگانی و صنایع وان جنگیز آکیوز نیز با اشاره به اهمیت بازار ایرانیان برای این شهر گفت: ایرانی‌ها در بازارهای وان بیش از همه پوشاک و لوازم خانگی می‌خرند و نزدیک به نیمی از فروش تابستانی فروشگاه‌های مرکز شهر به آنها وابسته است.',
      'آکیوز افزود که از ابتدای امسال ۷۵ فروشگاه تازه در خیابان‌های مرکزی وان باز شده که بیشتر آنها فروشندگان فارسی‌زبان استخدام کرده‌اند.',
      'داده‌های مؤسسه آمار ترکیه نشان می‌دهد هر گردشگر ایرانی در سفر به ترکیه به‌طور میانگین ۸۷۰ دلار خرج می‌کند و درآمد این کشور از گردشگران ایرانی در سال ۲۰۲۵ به یک میلیارد و ۹۰۰ میلیون دلار رسیده بود. وزارت فرهنگ و گردشگری ترکیه هدف‌گذاری کرده است شمار گردشگران خارجی این کشور در سال ۲۰۲۶ به ۶۴ میلیون نفر برسد.',
    ],
    tags: ['گردشگری', 'وان', 'گردشگران ایرانی', 'استانبول'],
    caption: 'گردشگران ایرانی در بازار مرکزی وان', credit: 'عکس: آژانس آناتولی',
    related: ['پرواز مستقیم ارومیه به استانبول از سر گرفته شد', 'آنتالیا رکورد گردشگران خارجی را شکست', 'ترکیه و ایران درباره پایانه مرزی مشترک توافق کردند'],
    mostRead: ['بانک مرکزی ترکیه نرخ بهره را ثابت نگه داشت', 'زمین‌لرزه ۴٫۶ ریشتری در ملاطیه', 'آغاز ثبت‌نام بورسیه‌های تحصیلی ترکیه', 'تیم ملی والیبال زنان ترکیه به نیمه‌نهایی رسید'],
    comments: [],
    speakers: [
      { name: 'تانر اوزگوون', role: 'معاون مدیر فرهنگ و گردشگری استان وان', also_called: ['وی', 'این مقام ترکیه‌ای'], statements: 3 },
      { name: 'نیلوفر احمدی‌زاده', role: 'دبیر انجمن صنفی دفاتر خدمات مسافرتی ایران', also_called: ['احمدی‌زاده'], statements: 2 },
      { name: 'جنگیز آکیوز', role: 'رئیس اتاق بازرگانی و صنایع وان', also_called: ['آکیوز'], statements: 2 },
    ],
    speakers_never: ['وزارت فرهنگ و گردشگری ترکیه', 'مؤسسه آمار ترکیه'],
    figures: [
      { value: 1350000, unit: 'گردشگر', kind: 'count', about: '«یک میلیون و ۳۵۰ هزار گردشگر ایرانی» در شش ماه (title, lead)' },
      { value: 9, unit: 'درصد', kind: 'percent', about: 'رشد نسبت به مدت مشابه (lead)' },
      { value: 286000, unit: 'ایرانی', kind: 'count', about: '«۲۸۶ هزار ایرانی» ورودی ژوئن' },
      { value: 210, unit: 'پرواز', kind: 'count', about: 'پروازهای هفتگی (kept; «هفتگی» is its basis)' },
      { value: 2, unit: 'شرکت', kind: 'count', about: '«دو شرکت هواپیمایی تازه» (count in words)' },
      { value: 340000, unit: 'گردشگر', kind: 'count', about: 'گردشگران ایرانی وان در شش ماه' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'افزایش ظرفیت هتل‌های وان' },
      { value: 12000, unit: 'تخت', kind: 'count', about: '«۱۲ هزار تخت» ظرفیت هتل‌های وان' },
      { value: 38000000, unit: 'تومان', kind: 'money', about: '«بین ۳۸ تا ۶۵ میلیون تومان»: low end of the tour price range (per person)' },
      { value: 65000000, unit: 'تومان', kind: 'money', about: 'high end of the range' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم سفرهای زمینی' },
      { value: 75, unit: 'فروشگاه', kind: 'count', about: 'فروشگاه‌های تازه مرکز وان' },
      { value: 870, unit: 'دلار', kind: 'money', about: 'میانگین خرج هر گردشگر ایرانی (kept; «هر گردشگر» is its basis)' },
      { value: 1900000000, unit: 'دلار', kind: 'money', about: '«یک میلیارد و ۹۰۰ میلیون دلار» درآمد ۲۰۲۵' },
      { value: 64000000, unit: 'نفر', kind: 'count', about: '«۶۴ میلیون نفر» هدف گردشگران خارجی ۲۰۲۶' },
    ],
    figures_never: ['«شش ماه نخست سال ۲۰۲۶», «ماه ژوئن», «ماه گذشته», «سپتامبر», «هفته گذشته», «سال ۲۰۲۵»: dates', '«چهار شب», «سه سال گذشته», «۹۰ روزه», «هفت‌شبه»: durations', '«هفته‌ای سه بار»: a frequency', '«چهارمین گروه»: ordinal', '«نزدیک به نیمی»: vague', '«دو کشور»: anaphoric group', 'the Istanbul-time date, the update line, the video caption and the most-read «۴٫۶ ریشتری»: not body'],
    notes: [
      'A tourism story of TRT Persian (TRT\'s world-service site, trt.net.tr/persian): a KVKK COOKIE BAR first in the body; the TRT network bar with the other language services; breadcrumb; the date in ISTANBUL TIME (UTC+3) as Latin-digit «05.08.2026 14:50» in <time datetime="2026-08-05T14:50:00+03:00">, the same «+03:00» instant in article:published_time and the JSON-LD; the gold is that instant in Tehran time, 2026-08-05T15:20:00+03:30, half an hour later on the clock; an update line «به‌روزرسانی: 05.08.2026 16:05»; the lead as <h2 class="article-spot"> (body); photo with caption and credit; an EMBEDDED YouTube VIDEO with its own caption after paragraph 5, not body; tags, share row, related, most-read, the messenger invitation, footer. No comments.',
      'statements: Özgüven (the foreign speaker, a Turkish provincial official): «NAME، ROLE، در گفت‌وگو با TRT فارسی گفت:» (two-sentence quote, once), «وی افزود:» (one), «به گفته این مقام ترکیه‌ای، …» (one) = 3; Ahmadizadeh is first met IN PASSING among those at the joint meeting in Istanbul, then speaks by surname: «احمدی‌زاده پس از این نشست به TRT فارسی گفت:» (one), and by her role alone: «دبیر انجمن صنفی دفاتر خدمات مسافرتی ایران همچنین گفت …» (one) = 2 (that role-alone form is her role, not repeated in also_called); Akyüz, introduced as «ROLE NAME» without commas: «… گفت:» (one), «آکیوز افزود که …» (one) = 2.',
      'The Turkish culture and tourism ministry («بر اساس آمار», «هدف‌گذاری کرده است») and TurkStat («داده‌ها نشان می‌دهد») are organizations. The price range «بین ۳۸ تا ۶۵ میلیون تومان» gives both ends the unit; «۲۸۶ هزار ایرانی» is counted in «ایرانی»; «دو شرکت هواپیمایی» is a count in words; «۱۳۵۰۰۰۰ گردشگر» and «۳۴۰ هزار گردشگر» are two figures with one unit; «چهار شب» (length of stay) and «۹۰ روزه» (the visa-free stay) are durations.',
    ],
  },
  {
    name: 'sputnikaf-fruit-exports-russia', site: 'sputnikaf', inlineAt: 3,
    inline: 'ترانزیت بار ازبکستان به افغانستان از راه خط آهن حیرتان افزایش یافت',
    url: 'https://af.sputniknews.com/20260803/afghanistan-fruit-exports-russia-hairatan-1098452367.html',
    title: 'صادرات میوه افغانستان به روسیه ۴۰ درصد افزایش یافت',
    kicker: 'اقتصاد', date: '۱۲ مرداد ۱۴۰۵ - ۱۱:۱۵',
    lead: 'صادرات میوه تازه و خشک افغانستان به روسیه در چهار ماه نخست سال روان ۴۰ درصد افزایش یافته و به ۷۸ هزار تن رسیده است. بیشتر این محموله‌ها از راه بندر حیرتان و خط آهن ازبکستان به بازارهای مسکو و قازان می‌رسد.',
    paras: [
      'به گزارش اسپوتنیک، عبدالقدیر سلطانزی، معاون اتاق تجارت و سرمایه‌گذاری افغانستان، روز دوشنبه در یک نشست خبری در کابل گفت که ارزش این صادرات به ۶۲ میلیون دالر رسیده است. او افزود: انار، انگور، کشمش و جلغوزه بیشترین سهم را دارند و تقاضا برای کشمش افغانستان در بازار روسیه هر سال بیشتر می‌شود.',
      'به گفته وی، روزانه به‌طور میانگین ۱۲۰ لاری میوه از بندر حیرتان عبور می‌کند و زمان انتظار لاری‌ها در این بندر از پنج روز به کمتر از ۴۸ ساعت کاهش یافته است.',
      'در این نشست که نورالله اچکزی، رئیس اتحادیه صادرکنندگان میوه قندهار، و شماری از تاجران ولایت‌های شمالی نیز حضور داشتند، از ساخت یک سردخانه ۵ هزار تنی در مزار شریف خبر داده شد. این سردخانه با سرمایه‌گذاری ۱۴ میلیون دالری یک شرکت مشترک افغان و روسی ساخته می‌شود.',
      'آرتیوم ساولیف، نماینده تجاری روسیه در افغانستان، در گفت‌وگو با اسپوتنیک گفت: حجم مبادلات تجاری دو کشور در سال ۲۰۲۵ از یک میلیارد و ۱۰۰ میلیون دالر گذشت و مسکو می‌خواهد این رقم را تا سه سال دیگر به سه میلیارد دالر برساند. ما در روسیه برای محصولات زراعتی افغانستان بازار بزرگی می‌بینیم.',
      'ساولیف افزود که روسیه در مقابل، سالانه حدود ۲۵۰ هزار تن گندم و آرد و نزدیک به یک میلیون تن مواد نفتی به افغانستان صادر می‌کند.',
      'اچکزی اما از مشکل انتقال پول شکایت کرد و گفت: بانک‌های روسیه هنوز با بانک‌های افغانستان حساب مستقیم ندارند و ما پول خود را از راه صرافان و با کمیشن ۳ تا ۵ درصد دریافت می‌کنیم. این هزینه، سود تاجر را از بین می‌برد.',
      'رئیس اتحادیه صادرکنندگان میوه قندهار همچنین گفت که هر کیلو انار قندهار در بازار مسکو اکنون تا ۳۵۰ روبل فروخته می‌شود، در حالی که قیمت آن در کابل حدود ۶۰ افغانی است.',
      'وزارت صنعت و تجارت افغانستان نیز اعلام کرده است که قرارداد حمل و نقل ترانزیتی میان افغانستان، ازبکستان و روسیه قرار است ماه آینده در تاشکند امضا شود. بر اساس این قرارداد، هزینه انتقال هر کانتینر از حیرتان تا مسکو ۱۵ درصد کاهش می‌یابد.',
    ],
    tags: ['افغانستان', 'روسیه', 'تجارت', 'بندر حیرتان', 'میوه'],
    caption: 'بازار میوه در کابل', credit: 'ذبیح‌الله نوری',
    related: ['کشمش افغانستان در نمایشگاه مواد غذایی مسکو', 'ازبکستان از آغاز ساخت خط آهن ترانس‌افغان خبر داد', 'واردات گندم روسیه به افغانستان افزایش یافت'],
    mostRead: ['سیلاب در ولایت بدخشان خسارت زد', 'نرخ افغانی در برابر دالر ثابت ماند', 'نشست فارمت مسکو درباره افغانستان در پاییز برگزار می‌شود', 'تیم کریکت افغانستان برای سفر به زیمبابوی آماده می‌شود'],
    comments: [],
    speakers: [
      { name: 'عبدالقدیر سلطانزی', role: 'معاون اتاق تجارت و سرمایه‌گذاری افغانستان', also_called: ['او', 'وی'], statements: 3 },
      { name: 'آرتیوم ساولیف', role: 'نماینده تجاری روسیه در افغانستان', also_called: ['ساولیف'], statements: 2 },
      { name: 'نورالله اچکزی', role: 'رئیس اتحادیه صادرکنندگان میوه قندهار', also_called: ['اچکزی'], statements: 2 },
    ],
    speakers_never: ['وزارت صنعت و تجارت افغانستان', 'ذبیح‌الله نوری'],
    figures: [
      { value: 40, unit: 'درصد', kind: 'percent', about: 'رشد صادرات میوه به روسیه (title, lead)' },
      { value: 78000, unit: 'تن', kind: 'measure', about: '«۷۸ هزار تن» صادرات میوه (lead)' },
      { value: 62000000, unit: 'دالر', kind: 'money', about: '«۶۲ میلیون دالر» ارزش صادرات (Dari spelling of the unit)' },
      { value: 120, unit: 'لاری', kind: 'count', about: 'لاری‌های میوه در روز (kept; «روزانه» is its basis)' },
      { value: 5000, unit: 'تن', kind: 'measure', about: '«سردخانه ۵ هزار تنی» (unit in base form)' },
      { value: 14000000, unit: 'دالر', kind: 'money', about: '«سرمایه‌گذاری ۱۴ میلیون دالری» (unit in base form)' },
      { value: 1100000000, unit: 'دالر', kind: 'money', about: '«یک میلیارد و ۱۰۰ میلیون دالر» مبادلات ۲۰۲۵' },
      { value: 3000000000, unit: 'دالر', kind: 'money', about: '«سه میلیارد دالر» هدف مبادلات (in words)' },
      { value: 250000, unit: 'تن', kind: 'measure', about: '«حدود ۲۵۰ هزار تن» گندم و آرد در سال (kept; «سالانه» is its basis)' },
      { value: 1000000, unit: 'تن', kind: 'measure', about: '«نزدیک به یک میلیون تن» مواد نفتی' },
      { value: 3, unit: 'درصد', kind: 'percent', about: '«کمیشن ۳ تا ۵ درصد»: low end' },
      { value: 5, unit: 'درصد', kind: 'percent', about: 'high end of the commission range' },
      { value: 350, unit: 'روبل', kind: 'money', about: 'قیمت هر کیلو انار در مسکو (kept; «هر کیلو» is its basis)' },
      { value: 60, unit: 'افغانی', kind: 'money', about: 'قیمت انار در کابل' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'کاهش هزینه انتقال هر کانتینر' },
    ],
    figures_never: ['«چهار ماه نخست سال روان», «روز دوشنبه», «سال ۲۰۲۵», «ماه آینده»: dates', '«پنج روز», «۴۸ ساعت», «سه سال دیگر»: durations', '«هر سال», «روزانه», «سالانه», «هر کیلو», «هر کانتینر»: bases and frequencies', '«دو کشور»: anaphoric group', '«یک نشست», «یک سردخانه», «یک شرکت»: lone «یک»', 'the Kabul-time date line, the view count, the in-body article card and the Telegram banner: not body'],
    notes: [
      'A trade story in DARI (دالر، لاری، کمیشن، افغانی، ولایت، زراعتی، «سال روان») of Sputnik Afghanistan on the RIA/Sputnik CMS: the page <title> ends «– 03.08.2026، اسپوتنیک افغانستان»; article:published_time in RIA\'s COMPACT form «20260803T1215+0430» and the JSON-LD «2026-08-03T12:15+04:30» (no seconds), both KABUL TIME (UTC+4:30); the visible date .article__info-date > a[data-unixtime="1785743100"] «12:15 03.08.2026» (time before date, Latin digits, Kabul time) with «(به‌روز شده: 13:02 03.08.2026)»; the gold is that instant in Tehran time, 2026-08-03T11:15:00+03:30, an hour earlier on the clock; the «18+» age mark in the header; .article__announce with the photo, «© Sputnik / ذبیح‌الله نوری» and the photo title (caption); the lead as .article__announce-text; the text as .article__block[data-type="text"] > .article__text blocks with an in-body ARTICLE CARD (data-type="article": image, date «22 جولای، 10:40», linked title) after paragraph 4 and a TELEGRAM BANNER block (data-type="banner", «… پیوستن») after the last paragraph, neither body; tags, share, related, the «آخرین اخبار» feed with times, footer with «18+».',
      'statements: Soltanzai: «NAME، ROLE، روز دوشنبه … گفت که …» (one), «او افزود:» (one), «به گفته وی، …» (one) = 3; Savelyev (the foreign speaker, Russia\'s trade representative): «NAME، ROLE، در گفت‌وگو با اسپوتنیک گفت:» (two-sentence quote, once), «ساولیف افزود که …» (one) = 2; Achakzai is first met IN PASSING among those present at the press conference, then speaks by surname: «اچکزی اما … شکایت کرد و گفت:» (multi-sentence quote, once), and by his role alone: «رئیس اتحادیه صادرکنندگان میوه قندهار همچنین گفت که …» (one) = 2.',
      'The ministry («اعلام کرده است») is an organization; the photographer in the copyright line is not in the text. Units as the Dari text spells them: «دالر» (not «دلار»), «افغانی», «لاری». «سردخانه ۵ هزار تنی» → 5000 تن and «سرمایه‌گذاری ۱۴ میلیون دالری» → 1.4e7 دالر (base forms); «سه میلیارد دالر» is in words; the commission range «۳ تا ۵ درصد» gives both ends; the four «تن» figures (۷۸ هزار، ۵ هزار، ۲۵۰ هزار، یک میلیون) are distinct.',
    ],
  },
  {
    name: 'iranwire-ahvaz-nurses-overtime', site: 'iranwire', author: 'شیرین عبودی', inlineAt: 3,
    url: 'https://iranwire.com/fa/features/138274-تجمع-پرستاران-اهواز-برای-اضافه-کار-پرداخت-نشده/',
    title: 'تجمع پرستاران اهواز برای اضافه‌کار پرداخت‌نشده؛ «یک پرستار برای ۱۸ بیمار»',
    kicker: 'گزارش', date: '۱۸ مرداد ۱۴۰۵ - ۱۷:۱۰',
    lead: 'دست‌کم ۳۰۰ پرستار بیمارستان‌های دولتی اهواز روز شنبه ۱۷ مرداد در برابر ساختمان مرکزی دانشگاه علوم پزشکی جندی‌شاپور تجمع کردند. آنها می‌گویند اضافه‌کار هفت ماه گذشته‌شان پرداخت نشده و کمبود نیرو، شیفت‌های شب را به مرز فروپاشی رسانده است.',
    paras: [
      'به گزارش ایران‌وایر، تجمع‌کنندگان که بیشترشان در بیمارستان‌های گلستان، رازی و امام خمینی اهواز کار می‌کنند، پلاکاردهایی با شعار «پرستار خسته، بیمار در خطر» در دست داشتند و خواستار دیدار با کاوه منصوری‌نژاد، معاون توسعه مدیریت و منابع دانشگاه، بودند.',
      'محمدرضا باوی، عضو هیئت‌مدیره نظام پرستاری اهواز، به ایران‌وایر گفت: بدهی دانشگاه به پرستاران استان بابت اضافه‌کار و کارانه به حدود ۸۵۰ میلیارد تومان رسیده است. در برخی بخش‌ها در شیفت شب یک پرستار مسئول ۱۸ بیمار است؛ در حالی که استاندارد برای بخش‌های عمومی حداکثر شش بیمار برای هر پرستار است.',
      'وی افزود: از ابتدای سال ۱۴۰۴ تاکنون دست‌کم ۲۱۰ پرستار در خوزستان استعفا داده یا بازنشستگی پیش از موعد گرفته‌اند و حدود ۹۰ نفر از آنان به کشورهای حاشیه خلیج فارس و اروپا مهاجرت کرده‌اند.',
      'یکی از پرستاران بخش مراقبت‌های ویژه بیمارستان رازی که نخواست نامش منتشر شود، گفت حقوق ثابت او با ۱۴ سال سابقه ۲۱ میلیون تومان است و طلب اضافه‌کارش از دی ماه به بیش از ۶۰ میلیون تومان رسیده است. او گفت: اجاره خانه را با قرض می‌دهم و شب‌ها بعد از شیفت در یک درمانگاه خصوصی کار می‌کنم.',
      'منصوری‌نژاد حدود دو ساعت بعد در جمع تجمع‌کنندگان حاضر شد و گفت: دانشگاه تا پایان شهریور اضافه‌کار سه ماه را پرداخت می‌کند. سهم ما از اعتبارات ابلاغی امسال تاکنون فقط ۴۲ درصد بوده و بقیه هنوز از سازمان برنامه و بودجه نرسیده است.',
      'معاون توسعه مدیریت و منابع دانشگاه همچنین خبر داد که ۱۲۰ پرستار طرحی و قراردادی تا پایان مهر به بیمارستان‌های اهواز اضافه می‌شوند.',
      'حسین کرمی‌زاده، معاون پرستاری وزارت بهداشت، هفته گذشته به خبرگزاری ایسنا گفته بود کمبود پرستار در کشور به حدود ۱۰۰ هزار نفر رسیده و مجوز استخدام ۱۶ هزار پرستار تازه صادر شده است. به گفته کرمی‌زاده، تعرفه هر ساعت اضافه‌کار پرستاران از ابتدای امسال ۲۵ درصد افزایش یافته است.',
      'سازمان نظام پرستاری کشور پیش‌تر اعلام کرده بود سال گذشته بیش از ۳ هزار پرستار از ایران مهاجرت کرده‌اند. تجمع روز شنبه، سومین تجمع صنفی کادر درمان خوزستان از ابتدای تابستان بود.',
    ],
    tags: ['پرستاران', 'اهواز', 'خوزستان', 'اعتراضات صنفی'],
    caption: 'تجمع پرستاران در برابر دانشگاه علوم پزشکی جندی‌شاپور اهواز، ۱۷ مرداد', credit: 'عکس: شبکه‌های اجتماعی',
    related: ['مهاجرت پرستاران؛ بخش‌هایی که شب‌ها خالی می‌مانند', 'اعتراض کارکنان پالایشگاه آبادان به تعویق حقوق', 'روایت یک پرستار از شیفت‌های ۳۶ ساعته'],
    mostRead: ['بازداشت دو فعال محیط زیست در کرمانشاه', 'قطعی برق و آب در شهرهای خوزستان در دمای ۵۰ درجه', 'افزایش اعدام‌ها در شش ماه نخست سال', 'تعطیلی ادارات تهران برای صرفه‌جویی در برق'],
    comments: [],
    speakers: [
      { name: 'محمدرضا باوی', role: 'عضو هیئت‌مدیره نظام پرستاری اهواز', also_called: ['وی'], statements: 2 },
      { name: 'کاوه منصوری‌نژاد', role: 'معاون توسعه مدیریت و منابع دانشگاه', also_called: ['منصوری‌نژاد'], statements: 2 },
      { name: 'حسین کرمی‌زاده', role: 'معاون پرستاری وزارت بهداشت', also_called: ['کرمی‌زاده'], statements: 2 },
    ],
    speakers_never: ['یکی از پرستاران بخش مراقبت‌های ویژه بیمارستان رازی', 'سازمان نظام پرستاری کشور', 'سازمان برنامه و بودجه', 'شیرین عبودی'],
    figures: [
      { value: 300, unit: 'پرستار', kind: 'count', about: '«دست‌کم ۳۰۰ پرستار» تجمع‌کننده (lead)' },
      { value: 850000000000, unit: 'تومان', kind: 'money', about: '«حدود ۸۵۰ میلیارد تومان» بدهی دانشگاه به پرستاران' },
      { value: 18, unit: 'بیمار', kind: 'count', about: 'بیماران هر پرستار در شیفت شب (title, body)' },
      { value: 6, unit: 'بیمار', kind: 'count', about: '«حداکثر شش بیمار» استاندارد (in words)' },
      { value: 210, unit: 'پرستار', kind: 'count', about: 'پرستاران مستعفی یا بازنشسته در خوزستان' },
      { value: 90, unit: 'نفر', kind: 'count', about: 'پرستاران مهاجرت‌کرده' },
      { value: 21000000, unit: 'تومان', kind: 'money', about: 'حقوق ثابت پرستار بی‌نام' },
      { value: 60000000, unit: 'تومان', kind: 'money', about: '«بیش از ۶۰ میلیون تومان» طلب اضافه‌کار' },
      { value: 42, unit: 'درصد', kind: 'percent', about: 'سهم دریافتی دانشگاه از اعتبارات' },
      { value: 120, unit: 'پرستار', kind: 'count', about: 'پرستاران طرحی و قراردادی تازه' },
      { value: 100000, unit: 'نفر', kind: 'count', about: '«حدود ۱۰۰ هزار نفر» کمبود پرستار در کشور' },
      { value: 16000, unit: 'پرستار', kind: 'count', about: '«۱۶ هزار پرستار» مجوز استخدام' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'افزایش تعرفه اضافه‌کار (per hour; the basis left out)' },
      { value: 3000, unit: 'پرستار', kind: 'count', about: '«بیش از ۳ هزار پرستار» مهاجر در سال گذشته' },
    ],
    figures_never: ['«روز شنبه ۱۷ مرداد», «دی ماه», «پایان شهریور», «پایان مهر», «هفته گذشته», «ابتدای سال ۱۴۰۴», «سال گذشته», «ابتدای تابستان»: dates', '«هفت ماه گذشته», «۱۴ سال سابقه», «دو ساعت بعد», «اضافه‌کار سه ماه»: durations', '«سومین تجمع»: ordinal', '«یک پرستار», «یک درمانگاه»: lone «یک»', '«هر ساعت», «هر پرستار»: bases', 'the pull quote (a repeat of a body sentence), the caption date, the donation and tip-line boxes: not body'],
    notes: [
      'A labour report of IranWire\'s Persian edition: a top bar with the English/Persian editions and «حمایت از ایران‌وایر»; the menu with «شهروندخبرنگار»; breadcrumb; author line; the date as BOTH Jalali and Gregorian WITHOUT time, «۱۸ مرداد ۱۴۰۵ | ۹ اوت ۲۰۲۶», in <time datetime="2026-08-09T13:40:00.000Z"> (UTC with milliseconds) and JSON-LD «2026-08-09T13:40:00Z»: the gold is that instant in Tehran time, 2026-08-09T17:10:00+03:30; lead paragraph (body); photo with caption and credit; a PULL QUOTE <blockquote class="pullquote"> after paragraph 4 that REPEATS a sentence of paragraph 2 («در برخی بخش‌ها در شیفت شب یک پرستار مسئول ۱۸ بیمار است»), not a body paragraph of its own (it cannot be listed in text_excludes, being body text); a DONATION box inside the text container after the last paragraph, not body; a secure TIP-LINE box; tags, share, related, most-read, newsletter, footer. No comments.',
      'statements: Bavi: «NAME، ROLE، به ایران‌وایر گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Mansourinejad is first met IN PASSING as the official the protesters asked to see, then speaks by surname: «منصوری‌نژاد … حاضر شد و گفت:» (multi-sentence quote, once), and by his role alone: «معاون توسعه مدیریت و منابع دانشگاه همچنین خبر داد که …» (one) = 2; Karamizadeh: «NAME، ROLE، هفته گذشته به خبرگزاری ایسنا گفته بود …» (one), «به گفته کرمی‌زاده، …» (one) = 2.',
      'The ICU nurse speaks («گفت …», «او گفت:») but is never named («نخواست نامش منتشر شود»): an unnamed source, not a speaker; «او» in her paragraph refers to her, not to any named speaker. The nursing council («اعلام کرده بود») and the budget organization are organizations; the author (byline) is not in the text. «شش بیمار» is a count in words; «۲۱۰ پرستار», «۱۲۰ پرستار», «۳۰۰ پرستار», «۱۶ هزار پرستار», «۳ هزار پرستار» are five figures with one unit; «۹۰ نفر» and «۱۰۰ هزار نفر» two more.',
    ],
  },
  {
    name: 'medium-urmia-lake-salt-orchards', site: 'medium', author: 'آیدین رحیم‌زاده',
    url: 'https://medium.com/@aydin.rahimzadeh/دریاچه-ارومیه-در-آستانه-خشکی-کامل-گرد-نمک-به-باغ-های-سیب-رسید-3f9a2c71e8b4',
    title: 'دریاچه ارومیه در آستانه خشکی کامل؛ گرد نمک به باغ‌های سیب رسید',
    kicker: '', date: '۱۹ مرداد ۱۴۰۵ - ۰۹:۴۲',
    lead: 'بر اساس تازه‌ترین تصاویر ماهواره‌ای، مساحت آب دریاچه ارومیه در هفته نخست مرداد به حدود ۵۰۰ کیلومتر مربع رسیده است؛ یعنی کمتر از ۱۰ درصد پهنه‌ای که دریاچه در دوران پرآبی داشت. باغداران حاشیه دریاچه می‌گویند گرد نمک امسال زودتر از همیشه به باغ‌ها رسیده است.',
    paras: [
      'در اسکله گلمانخانه، در ساحل غربی دریاچه، آب حالا بیش از ۸ کیلومتر با اسکله فاصله دارد. قایق‌های گردشگری که زمانی مسافران را به جزیره‌های دریاچه می‌بردند، روی خاک نمکی رها شده و زنگ زده‌اند.',
      'جعفر اسدی‌قلعه، مدیرکل حفاظت محیط زیست آذربایجان غربی، روز شنبه در نشست شورای برنامه‌ریزی استان گفت: تراز دریاچه نسبت به مرداد پارسال ۴۵ سانتی‌متر پایین‌تر است و حجم آب آن به کمتر از ۴۰۰ میلیون مترمکعب رسیده. اگر این روند ادامه پیدا کند، تا پایان شهریور پهنه آبی دریاچه تقریباً از بین می‌رود.',
      'وی افزود: از حدود ۳ میلیارد مترمکعب حق‌آبه‌ای که قرار بود امسال از سدهای حوضه آبریز به دریاچه برسد، تنها ۳۸ درصد رهاسازی شده است.',
      '## نمک روی باغ‌های سیب',
      'در این نشست که فرماندار نقده و سیاوش ملک‌زاده، عضو هیئت علمی دانشکده کشاورزی دانشگاه ارومیه، نیز در آن حضور داشتند، گزارش کارگروه ویژه استان درباره خسارت طوفان‌های نمکی به باغ‌های شرق و جنوب دریاچه ارائه شد. بر اساس این گزارش، ۱۱ هزار هکتار باغ در شهرستان‌های نقده، میاندوآب و اشنویه در معرض ریزگردهای نمکی قرار دارند.',
      'ملک‌زاده پس از نشست در گفت‌وگو با نویسنده این گزارش گفت: نمکی که روی برگ درخت سیب می‌نشیند، روزنه‌های برگ را می‌بندد و رشد میوه را متوقف می‌کند. در نمونه‌برداری‌های ما، عملکرد باغ‌های حاشیه دریاچه در سه سال گذشته تا ۲۵ درصد کم شده و بعضی باغداران درختانشان را بریده‌اند.',
      'این عضو هیئت علمی دانشگاه ارومیه افزود که هر هکتار باغ سیب در این منطقه در سال‌های عادی به‌طور میانگین ۴۰ تن محصول می‌دهد و زیان باغداران را امسال دست‌کم ۲ هزار میلیارد تومان برآورد کرد.',
      'رحمان قادری، باغدار روستای حسنلو در نقده، که ۶۴ سال دارد، می‌گوید: پدرم از همین باغ ۶۰ تن سیب برمی‌داشت. پارسال ۲۲ تن برداشتم و امسال، با این نمک، معلوم نیست به نصف آن برسم. جوان‌های روستا یکی‌یکی به تبریز و تهران می‌روند.',
      'بر اساس اعلام شرکت آب منطقه‌ای آذربایجان غربی، بارش‌های سال آبی گذشته در حوضه دریاچه ۳۱ درصد کمتر از میانگین بلندمدت بوده است. طرح انتقال آب از سد کانی‌سیب به دریاچه که قرار بود سال گذشته به بهره‌برداری برسد، هنوز کامل نشده است.',
    ],
    tags: ['دریاچه ارومیه', 'محیط زیست', 'آذربایجان غربی', 'کشاورزی'],
    caption: 'اسکله گلمانخانه، مرداد ۱۴۰۵', credit: 'عکس از نویسنده',
    related: ['سد کانی‌سیب: آبی که هنوز به دریاچه نرسیده', 'چغندرکاران میاندوآب و بحران آب', 'روایتی از جزیره اسلامی در روزهای بی‌آبی'],
    mostRead: ['زاینده‌رود؛ رودخانه‌ای که فقط در تقویم جاری است', 'چرا تهران فرو می‌نشیند؟', 'How Iran’s Farmers Are Adapting to Drought', 'یادداشت‌های یک معلم روستایی در سیستان'],
    comments: [['Sara M.', 'ممنون از این گزارش. پدربزرگم در گلمانخانه قایق داشت؛ باورم نمی‌شود این تصاویر مال همان‌جاست.']],
    extraExcludes: ['More from', 'claps', 'Followers'],
    speakers: [
      { name: 'جعفر اسدی‌قلعه', role: 'مدیرکل حفاظت محیط زیست آذربایجان غربی', also_called: ['وی'], statements: 2 },
      { name: 'سیاوش ملک‌زاده', role: 'عضو هیئت علمی دانشکده کشاورزی دانشگاه ارومیه', also_called: ['ملک‌زاده', 'این عضو هیئت علمی دانشگاه ارومیه'], statements: 2 },
      { name: 'رحمان قادری', role: 'باغدار روستای حسنلو در نقده', also_called: [], statements: 1 },
    ],
    speakers_never: ['فرماندار نقده', 'شرکت آب منطقه‌ای آذربایجان غربی', 'آیدین رحیم‌زاده'],
    figures: [
      { value: 500, unit: 'کیلومتر مربع', kind: 'measure', about: '«حدود ۵۰۰ کیلومتر مربع» مساحت آب دریاچه' },
      { value: 10, unit: 'درصد', kind: 'percent', about: '«کمتر از ۱۰ درصد» پهنه دوران پرآبی' },
      { value: 8, unit: 'کیلومتر', kind: 'measure', about: 'فاصله آب از اسکله گلمانخانه' },
      { value: 45, unit: 'سانتی‌متر', kind: 'measure', about: 'افت تراز نسبت به مرداد پارسال' },
      { value: 400000000, unit: 'مترمکعب', kind: 'measure', about: '«کمتر از ۴۰۰ میلیون مترمکعب» حجم آب' },
      { value: 3000000000, unit: 'مترمکعب', kind: 'measure', about: '«حدود ۳ میلیارد مترمکعب» حق‌آبه' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'سهم رهاسازی‌شده از حق‌آبه' },
      { value: 11000, unit: 'هکتار', kind: 'measure', about: '«۱۱ هزار هکتار» باغ در معرض ریزگرد نمکی' },
      { value: 25, unit: 'درصد', kind: 'percent', about: '«تا ۲۵ درصد» کاهش عملکرد باغ‌ها' },
      { value: 40, unit: 'تن', kind: 'measure', about: 'محصول هر هکتار (kept; «هر هکتار» is its basis)' },
      { value: 2000000000000, unit: 'تومان', kind: 'money', about: '«۲ هزار میلیارد تومان» زیان باغداران' },
      { value: 60, unit: 'تن', kind: 'measure', about: 'برداشت گذشته باغ قادری' },
      { value: 22, unit: 'تن', kind: 'measure', about: 'برداشت پارسال باغ قادری' },
      { value: 31, unit: 'درصد', kind: 'percent', about: 'کمبود بارش سال آبی گذشته' },
    ],
    figures_never: ['«هفته نخست مرداد», «مرداد پارسال», «روز شنبه», «پایان شهریور», «امسال», «پارسال», «سال گذشته»: dates', '«سه سال گذشته»: duration', '«۶۴ سال»: an age', '«نصف آن»: vague', '«هر هکتار»: basis', 'Medium\'s clap, response and follower counts («214», «9», «1.3K Followers»), «4 min read» and the caption «مرداد ۱۴۰۵»: not body'],
    notes: [
      'An environment story posted on MEDIUM by a local reporter (medium.com/@aydin.rahimzadeh/<Persian slug>-3f9a2c71e8b4): Medium\'s chrome is in ENGLISH around the Persian story («Open in app», «Write», «Sign up», «Sign in», «Follow», «4 min read», «Listen», «Share», claps «214», «Responses (9)», «Written by …», «1.3K Followers», «More from …», «Recommended from Medium», «See more recommendations», the footer «Help Status About … Text to speech»); atomic CSS class names; react-helmet «data-rh» metas, og:site_name «Medium»; the title h1.pw-post-title[data-testid="storyTitle"]; the only visible date is «Aug 10, 2026» (English, no time, data-testid="storyPublishDate"); the instant is in article:published_time and JSON-LD (NewsArticle, dateCreated = datePublished) as UTC with milliseconds «2026-08-10T06:12:00.318Z», a dateModified three hours later, and in window.__APOLLO_STATE__ as firstPublishedAt in MILLISECONDS (1786342320318): the gold is 2026-08-10T09:42:00+03:30. The <html> carries lang="fa" dir="rtl" (the set\'s checker wants an rtl document). The photo and its caption come before the text; the lead is the story\'s first paragraph p.pw-post-body-paragraph (body); one SUBHEADING (h2 «نمک روی باغ‌های سیب») is a body line; tag chips, author card with follower counts and bio, one response, «More from» and «Recommended from Medium» lists, footer.',
      'statements: Asadi-Ghaleh: «NAME، ROLE، روز شنبه … گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Malekzadeh is first met IN PASSING among those present at the planning council, then speaks by surname: «ملک‌زاده پس از نشست در گفت‌وگو با نویسنده این گزارش گفت:» (multi-sentence quote, once), and by a shorter role-alone form: «این عضو هیئت علمی دانشگاه ارومیه افزود که … و … برآورد کرد» (one sentence, one) = 2; Ghaderi, the farmer: «NAME، ROLE، که ۶۴ سال دارد، می‌گوید:» (multi-sentence quote, once) = 1.',
      'The governor of Naqadeh is present but never named and says nothing; the regional water company («بر اساس اعلام») is an organization; the author («آیدین رحیم‌زاده», byline and «Written by») is not quoted. «کیلومتر مربع», «کیلومتر», «سانتی‌متر», «مترمکعب», «هکتار», «تن» are measures; the three «تن» figures (۴۰ per hectare, ۶۰ and ۲۲ of one orchard) are distinct; «۶۴ سال» is an age.',
    ],
  },
  {
    name: 'etilaatroz-islam-qala-returnees', site: 'etilaatroz', author: 'نادیه صدیقی', inlineAt: 2,
    inline: 'زنان سرپرست خانوار در صف بازگشت از ایران',
    url: 'https://www.etilaatroz.com/248731/daily-returnees-islam-qala-iom-funding-gap/',
    title: 'بازگشت روزانه ۸ هزار مهاجر از ایران؛ سازمان بین‌المللی مهاجرت از کمبود ۲۳۰ میلیون دالری خبر داد',
    kicker: 'گزارش', date: '۱۳ مرداد ۱۴۰۵ - ۲۰:۱۵',
    lead: 'سازمان بین‌المللی مهاجرت می‌گوید در هفته‌های اخیر روزانه به‌طور میانگین ۸ هزار مهاجر افغانستانی از راه بندر اسلام‌قلعه از ایران به کشور برگشته‌اند و بودجه کمک‌رسانی به آنان با کمبود ۲۳۰ میلیون دالری روبه‌رو است.',
    paras: [
      'به گزارش اطلاعات روز، بیشتر این بازگشت‌کنندگان به‌گونه اجباری اخراج شده‌اند و شمار زیادی از آنان زنان و کودکانی هستند که بدون سرپرست مرد به مرز می‌رسند. از آغاز سال ۲۰۲۶ تاکنون بیش از یک میلیون و ۲۰۰ هزار نفر از ایران به افغانستان برگشته‌اند.',
      'کاترینا لیندکویست، رئیس دفتر سازمان بین‌المللی مهاجرت در هرات، در گفت‌وگو با اطلاعات روز گفت: ظرفیت اردوگاه موقت ما در اسلام‌قلعه ۳ هزار نفر است، اما در برخی شب‌ها بیش از ۱۱ هزار نفر در داخل و اطراف آن می‌مانند. ما تنها توانسته‌ایم به ۴۰ درصد خانواده‌ها کمک نقدی بدهیم.',
      'او افزود: هر خانواده بازگشت‌کننده اکنون ۱۵۰ دالر کمک نقدی، یک بسته غذایی و یک سیم‌کارت دریافت می‌کند، اما با این کمبود بودجه ممکن است این مبلغ از ماه آینده کاهش یابد.',
      'در میان مسافران یک بس که عصر دوشنبه به اسلام‌قلعه رسید، شکیلا رحیمی، آموزگار پیشین یک مکتب خصوصی در هرات، با چهار فرزندش دیده می‌شد؛ زنی که ۱۲ سال در اصفهان زندگی کرده بود.',
      'رحیمی به اطلاعات روز گفت: مأموران ما را از خانه به اردوگاه بردند و فرصت ندادند حتی پول پیش خانه را پس بگیریم. ۲۸۰ میلیون تومان پول پیش و مزد دو ماه کارم در ایران ماند. دخترانم اینجا نمی‌توانند به مکتب بروند.',
      'مولوی عبدالرحمن حقیار، مسئول کمیسیون رسیدگی به مشکلات مهاجران طالبان در هرات، به رسانه‌های محلی گفته است که این کمیسیون برای هر خانواده ۱۰ هزار افغانی پول نقد و انتقال رایگان تا ولایت اصلی‌شان فراهم می‌کند و تاکنون ۶۵ هزار خانواده را به ولایت‌هایشان فرستاده است.',
      'به گفته حقیار، ساخت ۲ هزار سرپناه موقت در شهرک‌های تازه در حومه شهر هرات نیز آغاز شده است. این در حالی است که نهادهای کمک‌رسان می‌گویند بیشتر این شهرک‌ها آب آشامیدنی و درمانگاه ندارند.',
      'کمیساریای عالی سازمان ملل در امور پناهندگان پیش‌تر هشدار داده بود که با ادامه این روند، شمار بازگشت‌کنندگان از ایران و پاکستان تا پایان سال ۲۰۲۶ ممکن است به ۳ میلیون نفر برسد.',
    ],
    tags: ['مهاجران', 'اسلام‌قلعه', 'ایران', 'سازمان بین‌المللی مهاجرت', 'هرات'],
    caption: 'مهاجران اخراج‌شده از ایران در اردوگاه موقت اسلام‌قلعه.', credit: 'عکس: اطلاعات روز',
    related: ['کودکان کار در شهرک‌های بازگشت‌کنندگان هرات', 'پاکستان مهلت اقامت مهاجران افغانستانی را تمدید نکرد', 'بازگشت‌کنندگان و بازار کار شکننده افغانستان'],
    mostRead: ['طالبان آموزش زنان در انستیتوت‌های صحی را نیز ممنوع کردند', 'خشکسالی در بلخ؛ کشاورزان زمین‌هایشان را رها می‌کنند', 'نرخ مواد غذایی در کابل بالا رفت', 'سانسور رسانه‌ها در ولایت‌ها شدیدتر شده است'],
    comments: [['احمد از هرات', 'کسی پاسخگوی مال و خانه‌ای که این خانواده‌ها در ایران جا گذاشتند نیست.']],
    speakers: [
      { name: 'کاترینا لیندکویست', role: 'رئیس دفتر سازمان بین‌المللی مهاجرت در هرات', also_called: ['او'], statements: 2 },
      { name: 'شکیلا رحیمی', role: 'آموزگار پیشین یک مکتب خصوصی در هرات', also_called: ['رحیمی'], statements: 1 },
      { name: 'عبدالرحمن حقیار', role: 'مسئول کمیسیون رسیدگی به مشکلات مهاجران طالبان در هرات', also_called: ['حقیار'], statements: 2 },
    ],
    speakers_never: ['سازمان بین‌المللی مهاجرت', 'کمیساریای عالی سازمان ملل در امور پناهندگان', 'نهادهای کمک‌رسان', 'نادیه صدیقی'],
    figures: [
      { value: 8000, unit: 'مهاجر', kind: 'count', about: '«۸ هزار مهاجر» بازگشت روزانه (title, lead; «روزانه» is its basis)' },
      { value: 230000000, unit: 'دالر', kind: 'money', about: '«کمبود ۲۳۰ میلیون دالری» (title, lead; unit in base form)' },
      { value: 1200000, unit: 'نفر', kind: 'count', about: '«بیش از یک میلیون و ۲۰۰ هزار نفر» بازگشت از آغاز ۲۰۲۶' },
      { value: 3000, unit: 'نفر', kind: 'count', about: 'ظرفیت اردوگاه موقت' },
      { value: 11000, unit: 'نفر', kind: 'count', about: '«بیش از ۱۱ هزار نفر» در برخی شب‌ها' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'خانواده‌های دریافت‌کننده کمک نقدی' },
      { value: 150, unit: 'دالر', kind: 'money', about: 'کمک نقدی هر خانواده (kept; «هر خانواده» is its basis)' },
      { value: 4, unit: 'فرزند', kind: 'count', about: '«چهار فرزندش» (count in words)' },
      { value: 280000000, unit: 'تومان', kind: 'money', about: '«۲۸۰ میلیون تومان» پول پیش جامانده در ایران' },
      { value: 10000, unit: 'افغانی', kind: 'money', about: '«۱۰ هزار افغانی» پول نقد هر خانواده' },
      { value: 65000, unit: 'خانواده', kind: 'count', about: 'خانواده‌های منتقل‌شده به ولایت‌ها' },
      { value: 2000, unit: 'سرپناه', kind: 'count', about: '«۲ هزار سرپناه موقت»' },
      { value: 3000000, unit: 'نفر', kind: 'count', about: '«۳ میلیون نفر» پیش‌بینی بازگشت تا پایان ۲۰۲۶' },
    ],
    figures_never: ['«هفته‌های اخیر», «آغاز سال ۲۰۲۶», «ماه آینده», «عصر دوشنبه», «پایان سال ۲۰۲۶»: dates', '«۱۲ سال», «دو ماه»: durations', '«یک بسته غذایی», «یک سیم‌کارت», «یک بس», «یک مکتب»: lone «یک»', '«هر خانواده», «روزانه»: bases', 'the Afghan-calendar dates of the top bar, the post and the comment: not body'],
    notes: [
      'A migration report in DARI (بندر اسلام‌قلعه for the border crossing، دالر، افغانی، بس، مکتب، ولایت، «به‌گونه») of Etilaatroz on WORDPRESS with its own theme: Yoast metas and schema graph whose article:published_time and datePublished are in KABUL TIME, «2026-08-04T21:15:00+04:30» (the WordPress clock set to Kabul): the gold is that instant in Tehran time, 2026-08-04T20:15:00+03:30, an hour earlier on the clock; the top bar\'s date uses the AFGHAN SOLAR MONTH NAMES and the Dari Gregorian names, «سه‌شنبه ۱۳ اسد ۱۴۰۵ – ۴ اگست ۲۰۲۶» (اسد = مرداد); the post date «۱۳ اسد ۱۴۰۵» without time; category pill and author; featured image with caption; .entry-content whose FIRST PARAGRAPH is the lead (body); an in-body «بیشتر بخوانید:» link after paragraph 3; a DONATION paragraph at the end of .entry-content («اطلاعات روز یک رسانه مستقل است …»), not body; tags, share row, related, one comment with an Afghan-calendar time and the WordPress form, a most-viewed sidebar, footer.',
      'statements: Lindqvist (the foreign speaker, IOM\'s Herat head): «NAME، ROLE، در گفت‌وگو با اطلاعات روز گفت:» (multi-sentence quote, once), «او افزود:» (one) = 2; Rahimi is first met IN PASSING among the passengers of a bus (seen with her children; «زنی که ۱۲ سال در اصفهان زندگی کرده بود» is description, not a statement), then speaks by surname: «رحیمی به اطلاعات روز گفت:» (multi-sentence quote, once) = 1; Haqyar, a Taliban official introduced with the title «مولوی» before his name: «مولوی NAME، ROLE، به رسانه‌های محلی گفته است که …» (one), «به گفته حقیار، …» (one) = 2.',
      'IOM in the lead («می‌گوید») and UNHCR («هشدار داده بود») are organizations; the aid groups («نهادهای کمک‌رسان می‌گویند») are unnamed; the author is not in the text. «کمبود ۲۳۰ میلیون دالری» → 2.3e8 دالر (base form); «چهار فرزند» is a count in words; the four «نفر» figures are distinct; money in three currencies (دالر، تومان، افغانی).',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Two pages that are not articles (page text written for this set).
// ---------------------------------------------------------------------------------------------

/** [Tehran time, GMT, programme, description] of the radio schedule. */
const SCHEDULE: [string, string, string, string][] = [
  ['06:30', '03:00', 'خبر', 'تازه‌ترین خبرهای ایران و جهان'],
  ['07:00', '03:30', 'صبح بخیر همسایه', 'برنامه صبحگاهی با گزارش‌هایی از کشورهای منطقه'],
  ['08:00', '04:30', 'نگاهی به مطبوعات', 'مرور روزنامه‌های صبح تهران'],
  ['09:30', '06:00', 'ایران‌گردی', 'آشنایی با جاذبه‌های طبیعی و تاریخی ایران'],
  ['11:00', '07:30', 'سلامت خانواده', 'گفت‌وگو با پزشکان و مشاوران خانواده'],
  ['13:00', '09:30', 'خبر', 'خبرهای نیمروز'],
  ['14:15', '10:45', 'شعر و ادب پارسی', 'خوانش شعر و حکایت‌های کهن فارسی'],
  ['16:00', '12:30', 'ورزش جهان', 'مروری بر رویدادهای ورزشی روز'],
  ['18:30', '15:00', 'تحلیل روز', 'نگاهی به مهم‌ترین رویداد سیاسی روز با حضور کارشناسان'],
  ['20:00', '16:30', 'خبر', 'خبرهای شامگاهی'],
  ['21:00', '17:30', 'رادیو قصه', 'داستان‌های کوتاه برای شب'],
  ['23:00', '19:30', 'موسیقی ایرانی', 'گزیده‌ای از آثار استادان موسیقی ایرانی'],
];

function parstodaySchedule(): NonArt {
  const title = 'جدول پخش برنامه‌های رادیو';
  const days = ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'];
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="جدول پخش روزانه برنامه‌های رادیو پارس تودی به وقت تهران و گرینویچ، همراه با فرکانس‌های موج کوتاه و ماهواره" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="https://parstoday.ir/fa/radio/schedule" />
<meta property="og:site_name" content="پارس تودی" />
<meta property="og:type" content="website" />
<meta property="og:title" content="${title}" />
<title>${title} | پارس تودی</title>
<style type="text/css" media="all">
@import url("https://parstoday.ir/modules/system/system.base.css?t9x2kq");
@import url("https://parstoday.ir/sites/all/themes/parstoday/css/style-rtl.css?t9x2kq");
</style>
</head>
<body class="html not-front not-logged-in no-sidebars page-radio page-radio-schedule i18n-fa">
<div id="page">
${ptHeader('radio')}
<div id="main" class="container">
<div class="breadcrumb"><a href="https://parstoday.ir/fa">صفحه اصلی</a> » <a href="https://parstoday.ir/fa/radio">رادیو</a></div>
<div id="content" class="column" role="main">
<h1 class="title" id="page-title">${title}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div class="view view-radio-schedule view-id-radio_schedule view-display-id-page">
<div class="view-header"><p>همه ساعت‌ها به وقت تهران و گرینویچ است. برای شنیدن برنامه‌ها به‌صورت زنده روی «پخش زنده» بزنید.</p>
<div class="live-player"><a href="https://parstoday.ir/fa/radio/live" class="live-radio">پخش زنده</a> <span class="now-playing">در حال پخش: صبح بخیر همسایه</span></div></div>
<ul class="quicktabs-tabs">${days.map((d, i) => `<li${i === 1 ? ' class="active"' : ''}><a href="https://parstoday.ir/fa/radio/schedule?day=${i}">${d}</a></li>`).join('')}</ul>
<div class="view-content"><table class="views-table cols-4"><thead><tr><th class="views-field views-field-field-time">ساعت (تهران)</th><th class="views-field views-field-field-gmt">ساعت (گرینویچ)</th><th class="views-field views-field-title">برنامه</th><th class="views-field views-field-body">توضیح</th></tr></thead><tbody>
${SCHEDULE.map(([t, g, p, d], i) => `<tr class="${i % 2 ? 'even' : 'odd'}${i === 0 ? ' views-row-first' : ''}${i === SCHEDULE.length - 1 ? ' views-row-last' : ''}"><td class="views-field views-field-field-time">${persian(t)}</td><td class="views-field views-field-field-gmt">${persian(g)}</td><td class="views-field views-field-title"><a href="https://parstoday.ir/fa/radio/programs/${1200 + i * 7}">${esc(p)}</a></td><td class="views-field views-field-body">${esc(d)}</td></tr>`).join('\n')}
</tbody></table></div>
<div class="view-footer"><h2>فرکانس‌ها</h2><ul><li>موج کوتاه: ${persian(9855)} و ${persian(11975)} کیلوهرتز (${persian('03:00')} تا ${persian('19:30')} گرینویچ)</li><li>ماهواره: یاه‌ست، فرکانس ${persian(11766)} مگاهرتز، قطبش عمودی</li><li>پخش اینترنتی: parstoday.ir/fa/radio/live</li></ul></div>
</div></div></div></div>
</div>
${ptFooter}
</div>
</body>
</html>
`;
  return { name: 'nonarticle-parstoday-radio-schedule', markup: 'radio-schedule-parstoday', url: 'https://parstoday.ir/fa/radio/schedule', title, html,
    notes: ['A RADIO PROGRAMME SCHEDULE page of Pars Today (Drupal 7, a Views page: view-radio-schedule with a views-table): the same header, language switcher and footer as the article page, breadcrumb «صفحه اصلی » رادیو», the heading «جدول پخش برنامه‌های رادیو» as <h1>, a header line on time zones, a live-player link with the programme now playing, day tabs (شنبه … جمعه, یکشنبه active), a four-column table of twelve programmes (Tehran time, GMT, programme name linked, one-line description) and a frequencies block (short-wave kHz, satellite MHz). Times, frequencies and one-line descriptions, no running text: not an article.'] };
}

/** [author, publication, title, snippet, date, claps, responses] of the Medium tag page. */
const TAG_POSTS: [string, string, string, string, string, string, number][] = [
  ['سپیده کاظمی', '', 'چرا هنوز «شاهنامه» می‌خوانیم؟', 'هزار سال از سرودن شاهنامه گذشته و هنوز هر نسل راه تازه‌ای برای خواندنش پیدا می‌کند. این یادداشت درباره…', 'Jul 28', '1.1K', 24],
  ['Nima Farzad', 'Persian Tech', 'راهنمای ساده راه‌اندازی فونت وزیرمتن در وب‌سایت', 'اگر می‌خواهید متن فارسی سایتتان خواناتر شود، انتخاب فونت و تنظیم فاصله خطوط نخستین قدم است…', 'Jul 30', '486', 11],
  ['آیدین رحیم‌زاده', '', 'سد کانی‌سیب: آبی که هنوز به دریاچه نرسیده', 'تونل انتقال آب سال‌هاست آماده است، اما دریچه‌ها هنوز باز نشده‌اند. روایتی از پشت سد…', 'Jul 3', '302', 7],
  ['مریم شریفی', 'روایت', 'شهری که با قطار به آن رسیدم', 'ساعت چهار صبح بود که قطار به ایستگاه رسید. شهر هنوز خواب بود و بوی نان تازه…', 'Aug 2', '219', 5],
  ['Reza T.', '', 'یادگیری زبان فارسی برای کودکان مهاجر؛ تجربه یک سال کلاس آنلاین', 'وقتی کلاس را با سه شاگرد شروع کردیم، فکر نمی‌کردم یک سال بعد…', 'Aug 5', '157', 9],
  ['فرشته احمدی', 'دفتر شعر', 'چند شعر کوتاه برای تابستان', 'گرما / روی شانه‌های شهر / مثل پیراهنی خیس…', 'Aug 6', '94', 3],
  ['Bahar Nouri', 'Startup Diaries', 'از کابل تا برلین: نوشتن کد به زبان مادری', 'در این نوشته از تجربه ساخت یک اپ آموزشی به دری و فارسی برای دختران افغانستان می‌گویم…', 'Aug 7', '368', 14],
];

function mediumTagPage(): NonArt {
  const title = 'فارسی';
  const html = `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<title>The most insightful stories about فارسی - Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" property="og:title" content="The most insightful stories about فارسی - Medium">
<meta data-rh="true" name="description" content="Read stories about فارسی on Medium. Discover smart, unique perspectives on فارسی and the topics that matter most to you like Persian, Iran, Farsi, Poetry, and more.">
<meta data-rh="true" property="og:type" content="website">
<meta data-rh="true" name="robots" content="index,follow,max-image-preview:large">
<link data-rh="true" rel="canonical" href="https://medium.com/tag/%D9%81%D8%A7%D8%B1%D8%B3%DB%8C">
</head>
<body>
<div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l m n o"><a href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Ftag%2F%25D9%2581%25D8%25A7%25D8%25B1%25D8%25B3%25DB%258C" class="bm ab">Open in app</a></div>
<div class="ab ca cb"><a aria-label="Homepage" href="https://medium.com/" class="ce">Medium</a><div class="ch ci"><input role="combobox" placeholder="Search" class="cj ck" value=""></div><a href="https://medium.com/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story" class="cl">Write</a> <a href="https://medium.com/m/signin?operation=register" class="cm"><button class="cn co">Sign up</button></a> <a href="https://medium.com/m/signin?operation=login" class="cp">Sign in</a></div>
<div class="ab ca"><div class="ch bg gr gs gt gu">
<div class="tag-header ab cn"><p class="bf b bg z du">Topic</p><h1 class="bf qe fs ft bk" dir="auto">${title}</h1><p class="bf b bg z du"><span>2.7K Followers</span> · <span>1.4K Stories</span></p><button class="bf b bg z qk ql">Follow</button></div>
<div class="related-tags ab"><a href="https://medium.com/tag/persian">Persian</a> <a href="https://medium.com/tag/iran">Iran</a> <a href="https://medium.com/tag/farsi">Farsi</a> <a href="https://medium.com/tag/%D8%B4%D8%B9%D8%B1">شعر</a> <a href="https://medium.com/tag/%D8%A7%D8%AF%D8%A8%DB%8C%D8%A7%D8%AA">ادبیات</a> <a href="https://medium.com/tag/afghanistan">Afghanistan</a></div>
<div class="tabs ab"><a href="https://medium.com/tag/%D9%81%D8%A7%D8%B1%D8%B3%DB%8C" class="active">Recommended stories</a> <a href="https://medium.com/tag/%D9%81%D8%A7%D8%B1%D8%B3%DB%8C/archive">Archive</a></div>
<div class="story-list">
${TAG_POSTS.map(([a, pub, t, s, d, claps, resp], i) => `<article class="story-card" data-testid="post-preview"><div class="ab q"><img alt="${esc(a)}" src="https://miro.medium.com/v2/resize:fill:40:40/1*av${i}Xq7Lm2.jpeg" width="20" height="20"><p class="bf b bg z bk" dir="auto">${esc(a)}</p>${pub ? `<p class="bf b bg z du">in</p><p class="bf b bg z bk">${esc(pub)}</p>` : ''}</div><a href="https://medium.com/p/${(0x9a31c0e7d2f4 + i * 0x3c5).toString(16)}"><h2 class="bf qe rd re bk" dir="auto">${esc(t)}</h2><h3 class="bf b dv z du" dir="auto">${esc(s)}</h3></a><div class="ab q"><span class="bf b bg z du">${d}</span> <span class="bf b bg z du">${claps}</span> <span class="bf b bg z du">${resp}</span></div></article>`).join('\n')}
</div>
<a href="https://medium.com/tag/%D9%81%D8%A7%D8%B1%D8%B3%DB%8C/archive" class="see-more">See more stories</a>
</div></div>
<aside class="who-to-follow"><h2>Who to follow</h2><ul><li><a href="https://medium.com/@sepideh.kazemi">سپیده کاظمی</a> <span>نویسنده و مترجم</span> <button>Follow</button></li><li><a href="https://medium.com/persian-tech">Persian Tech</a> <span>Publication</span> <button>Follow</button></li></ul></aside>
<footer class="rg rh ri"><a href="https://help.medium.com/hc/en-us">Help</a> <a href="https://medium.statuspage.io/">Status</a> <a href="https://medium.com/about">About</a> <a href="https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e">Careers</a> <a href="mailto:pressinquiries@medium.com">Press</a> <a href="https://blog.medium.com/">Blog</a> <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a> <a href="https://policy.medium.com/medium-rules-30e5502c4eb4">Rules</a> <a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a> <a href="https://speechify.com/medium">Text to speech</a></footer>
</div></div></div>
<script>window.__APOLLO_STATE__ = ${js({ ROOT_QUERY: { __typename: 'Query', 'tagFromSlug({"tagSlug":"فارسی"})': { __ref: 'Tag:فارسی' } }, 'Tag:فارسی': { __typename: 'Tag', id: 'فارسی', displayTitle: 'فارسی', followerCount: 2712, postCount: 1408 } })}</script>
</body>
</html>
`;
  return { name: 'nonarticle-medium-tag-farsi', markup: 'tag-page-medium', url: 'https://medium.com/tag/فارسی', title, html,
    notes: ['A TAG PAGE of Medium listing Persian posts (medium.com/tag/فارسی): Medium\'s English chrome («Open in app», «Write», «Sign up», «Sign in», «Topic», «2.7K Followers · 1.4K Stories», «Follow», «Recommended stories», «See more stories», «Who to follow», footer) around seven story previews written in Persian, each with author (and publication), a linked title as <h2>, a one-sentence subtitle cut with «…» as <h3>, a short English date («Jul 28») and clap and response counts; related-tag chips; the tag name «فارسی» as <h1>; an __APOLLO_STATE__ with the tag\'s counts. Headlines and cut subtitles of many posts by many authors: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [parstodaySchedule(), mediumTagPage()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout25', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '64190', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
