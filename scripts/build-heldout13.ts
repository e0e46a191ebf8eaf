// Builds the THIRTEENTH held-out fixture set, tests/fixtures/heldout13/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme: the AMP, mobile and print variants of the big Iranian agencies and papers,
// the pages readers land on from search engines and messaging apps. Eight article pages in the markup
// of eight such variants (ISNA AMP, IRNA AMP, Mehr News AMP, Tasnim AMP, the Fars News mobile site,
// Hamshahri Online AMP, Khabar Online AMP, the Donya-e-Eqtesad print version) and three non-article
// pages (a YJC AMP tag page, the print version of a Tabnak photo gallery, the Entekhab mobile archive).
// All eight texts were written for this set; the names of all quoted officials, experts and citizens
// are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout13.ts          (build + check)
//        npx tsx scripts/build-heldout13.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { isHead, isQ, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

/** An article of this set; `extras` are blocks a template puts after body paragraph i (read-more boxes, embeds). */
type Art13 = Art & { extras?: Record<number, string> };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout13');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** The instant in UTC: «2026-06-30T06:55:00Z», or with milliseconds. */
const utc = (c: Ctx, ms = false) => new Date(c.iso).toISOString().replace(ms ? /$/ : '.000', '');
/** The instant moved by `min` minutes, in Tehran time with +03:30. */
const tehranPlus = (c: Ctx, min: number) => `${new Date(new Date(c.iso).getTime() + (min + 210) * 60000).toISOString().slice(0, 19)}+03:30`;
const slug = (s: string) => s.replace(/[«»؛:،.؟!]/g, '').trim().replace(/\s+/g, '-');

/** Body paragraphs in a template's markup with the blocks of `extras` after the paragraphs they follow. */
function bodyWith(c: Ctx, para: (t: string, i: number) => string, q?: (t: string) => string, sep = '\n', head = (t: string) => `<h2>${t}</h2>`): string {
  const extras = (c.a as Art13).extras ?? {};
  const out: string[] = [];
  c.a.paras.forEach((p, i) => {
    out.push(isHead(p) ? head(esc(plain(p))) : isQ(p) && q ? q(esc(plain(p))) : para(esc(plain(p)), i));
    if (extras[i]) out.push(extras[i]);
  });
  return out.join(sep);
}

/** The AMP runtime and the extensions a page declares. */
const ampScripts = (...els: string[]) => [`<script async src="https://cdn.ampproject.org/v0.js"></script>`,
  ...els.map((e) => `<script async custom-${e === 'amp-mustache' ? 'template' : 'element'}="${e}" src="https://cdn.ampproject.org/v0/${e}-0.${e === 'amp-mustache' ? '2' : '1'}.js"></script>`)].join('\n');
const AMP_BOILER = '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>';
/** A row of amp-social-share buttons (no text: icons only). */
const ampShare = (types: string[], url: string) => types.map((t) => `<amp-social-share type="${t}" width="36" height="36"${['telegram', 'whatsapp', 'eitaa'].includes(t) ? ` data-share-endpoint="${t === 'telegram' ? 'https://t.me/share/url' : t === 'whatsapp' ? 'https://api.whatsapp.com/send' : 'https://eitaa.com/share/url'}" data-param-url="${esc(url)}"` : ` data-param-url="${esc(url)}"`}></amp-social-share>`).join('');
/** A GA4 amp-analytics block. */
const ampAnalytics = (id: string) => `<amp-analytics type="gtag" data-credentials="include"><script type="application/json">${js({ vars: { gtag_id: id, config: { [id]: { groups: 'default' } } } })}</script></amp-analytics>`;

// ---------------------------------------------------------------------------------------------
// Article markups, one per site variant: each writes the page the way that CMS renders it.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // ISNA's AMP page (/amp/<13-digit id>/): the AMP runtime and boilerplate, amp-sidebar menu opened
  // by a ☰ button, a «نسخه کامل» link to the canonical page, amp-analytics, amp-user-notification
  // cookie bar; the date visible as ISNA prints it, Latin-order numeric «۱۴۰۵-۰۴-۰۹ ۱۰:۲۵», and the
  // JSON-LD datePublished in UTC («…T06:55:00Z»); service line; summary lead; amp-img with a
  // figcaption and credit; an in-body «بیشتر بخوانید:» link; «انتهای پیام» after the text; «کد
  // خبر»; tags; amp-social-share row; related, most-read; an amp-form comment box; footer.
  isnaAmp: {
    site: 'ایسنا',
    boiler: ['نسخه کامل', 'بیشتر بخوانید:', 'انتهای پیام', 'کد خبر', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'نظر شما پس از تأیید منتشر می‌شود', 'کلیه حقوق این سایت متعلق به خبرگزاری دانشجویان ایران (ایسنا) است', 'این سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند', 'خبرگزاری دانشجویان ایران'],
    render: (c) => `<!doctype html>
<html ⚡ lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
${ampScripts('amp-sidebar', 'amp-social-share', 'amp-analytics', 'amp-user-notification', 'amp-form')}
<title>${esc(c.a.title)} - ایسنا</title>
<link rel="canonical" href="https://www.isna.ir/news/${c.id}/${encodeURIComponent(slug(c.a.title))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="ایسنا">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://cdn.isna.ir/d/2026/06/30/3/63014572.jpg">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', mainEntityOfPage: { '@type': 'WebPage', '@id': `https://www.isna.ir/news/${c.id}/` },
  headline: c.a.title, description: c.a.lead, datePublished: utc(c), image: { '@type': 'ImageObject', url: 'https://cdn.isna.ir/d/2026/06/30/3/63014572.jpg', width: 1200, height: 800 },
  publisher: { '@type': 'Organization', name: 'ایسنا', logo: { '@type': 'ImageObject', url: 'https://www.isna.ir/resources/theme/isna/img/logo-amp.png', width: 240, height: 60 } },
})}</script>
${AMP_BOILER}
<style amp-custom>body{font-family:IRANSans,Tahoma;background:#fff;color:#222}.amp-header{display:flex;align-items:center;background:#0a4f8e;padding:8px}.item-body p{line-height:2;text-align:justify}.end-of-news{color:#999}</style>
</head>
<body>
${ampAnalytics('G-ISNA4MP21')}
<amp-sidebar id="sidebar" layout="nodisplay" side="right"><button class="close" on="tap:sidebar.close" aria-label="بستن منو">✕</button>
<ul class="menu"><li><a href="https://www.isna.ir/">صفحه نخست</a></li><li><a href="https://www.isna.ir/service/Politics">سیاسی</a></li><li><a href="https://www.isna.ir/service/Economy">اقتصادی</a></li><li><a href="https://www.isna.ir/service/Social">اجتماعی</a></li><li><a href="https://www.isna.ir/service/Health">سلامت</a></li><li><a href="https://www.isna.ir/service/Science-Academia">علمی و دانشگاهی</a></li><li><a href="https://www.isna.ir/service/Sport">ورزشی</a></li><li><a href="https://www.isna.ir/service/Province">استان‌ها</a></li><li><a href="https://www.isna.ir/photo">عکس</a></li><li><a href="https://www.isna.ir/video">فیلم</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" aria-label="منو">☰</button> <a href="https://www.isna.ir/"><amp-img src="https://www.isna.ir/resources/theme/isna/img/logo-amp.png" width="120" height="30" alt="ایسنا"></amp-img></a> <a class="full-version" href="https://www.isna.ir/news/${c.id}/">نسخه کامل</a></header>
<div class="slogan">خبرگزاری دانشجویان ایران</div>
<main>
<article class="item">
<div class="service"><a href="https://www.isna.ir/service/Health">${esc(c.a.kicker)}</a></div>
<div class="meta"><span class="date">${persian(c.y)}-${persian(c.m)}-${persian(c.d)} ${faTime(c)}</span> <span class="sep">/</span> <span class="code">کد خبر: ${persian(c.id)}</span></div>
<h1 class="first-title">${esc(c.a.title)}</h1>
<p class="summary">${esc(c.a.lead ?? '')}</p>
<figure class="item-img"><amp-img src="https://cdn.isna.ir/d/2026/06/30/3/63014572.jpg" width="800" height="533" layout="responsive" alt="${esc(c.a.caption)}"></amp-img><figcaption>${esc(c.a.caption)} <span class="credit">${esc(c.a.credit)}</span></figcaption></figure>
<div class="item-body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<p class="end-of-news">انتهای پیام</p>
<div class="tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.isna.ir/tag/', ' ')}</div>
<div class="share"><span>اشتراک‌گذاری</span> ${ampShare(['telegram', 'whatsapp', 'twitter', 'email'], c.a.url)}</div>
</article>
<section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.isna.ir/amp/', Number(c.id.slice(-7)) - 3101)}
</ul></section>
<section class="comments"><h2>نظرات</h2>
${comments(c, (n, t, k) => `<div class="comment"><div class="comment-head"><b>${n}</b> <span>${persian(k ? '11:48' : '10:59')}</span></div><p>${t}</p></div>`)}
<form method="post" action-xhr="https://www.isna.ir/amp/comment/${c.id}" target="_top"><input type="text" name="name" placeholder="نام"><textarea name="body" placeholder="نظر شما"></textarea><p class="note">نظر شما پس از تأیید منتشر می‌شود.</p><button type="submit">ارسال</button><div submit-success><template type="amp-mustache">نظر شما ثبت شد.</template></div></form></section>
<section class="most-read"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.isna.ir/amp/', Number(c.id.slice(-7)) - 5120)}
</ol></section>
</main>
<footer class="amp-footer"><p>کلیه حقوق این سایت متعلق به خبرگزاری دانشجویان ایران (ایسنا) است.</p><p><a href="https://www.isna.ir/news/${c.id}/">مشاهده نسخه کامل</a> | <a href="https://www.isna.ir/rss">RSS</a></p></footer>
<amp-user-notification id="cookie-notice" layout="nodisplay"><p>این سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند.</p><button on="tap:cookie-notice.dismiss">متوجه شدم</button></amp-user-notification>
</body>
</html>
`,
  },

  // IRNA's AMP page (/amp/<8-digit id>/): amp-sidebar with the service menu and the provinces list,
  // «نسخه کامل» and «کد خبر ۸۵…» line, an app-download banner (amp-app-banner); the date visible in
  // words with an UNPADDED hour, «۱۰ تیر ۱۴۰۵، ۹:۴۵», with article:published_time +03:30 in the head
  // and the JSON-LD; reporter and editor line; the province dateline service «گرگان - ایرنا»; summary;
  // amp-img with caption; an in-body «بیشتر بخوانید» block; tags; amp-social-share row; a short link;
  // related, «آخرین اخبار استان»; footer. The whole page LOST ITS ZWNJ (applied by the frame).
  irnaAmp: {
    site: 'ایرنا',
    boiler: ['نسخه کامل', 'کد خبر', 'بیشتر بخوانید', 'خبرنگار:', 'دبیر:', 'لینک کوتاه', 'اخبار مرتبط', 'آخرین اخبار استان', 'اپلیکیشن ایرنا را نصب کنید', 'تمامی حقوق این سایت برای خبرگزاری جمهوری اسلامی محفوظ است'],
    render: (c) => `<!doctype html>
<html amp lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
${ampScripts('amp-sidebar', 'amp-social-share', 'amp-analytics', 'amp-app-banner', 'amp-accordion')}
<title>${esc(c.a.title)} - ایرنا</title>
<link rel="canonical" href="https://www.irna.ir/news/${c.id}/${encodeURIComponent(slug(c.a.title))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="${esc(c.a.kicker)}">
<link rel="manifest" href="https://www.irna.ir/manifest.json">
<meta name="apple-itunes-app" content="app-id=1473916215">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, dateModified: c.iso,
  author: { '@type': 'Person', name: c.a.author }, image: ['https://img9.irna.ir/d/r2/2026/07/01/4/171842561.jpg'],
  publisher: { '@type': 'Organization', name: 'ایرنا', logo: { '@type': 'ImageObject', url: 'https://www.irna.ir/resources/theme/irna/img/logo-amp.png' } },
})}</script>
${AMP_BOILER}
<style amp-custom>body{font-family:Vazirmatn,Tahoma}.hdr{background:#00508a;color:#fff}.body p{line-height:2.1}</style>
</head>
<body>
${ampAnalytics('G-IRNA8AMP5')}
<amp-app-banner layout="nodisplay" id="irna-app"><amp-img src="https://www.irna.ir/resources/theme/irna/img/app-icon.png" width="48" height="48"></amp-img><div class="app-text"><strong>اپلیکیشن ایرنا را نصب کنید</strong><span>سریع‌ترین راه دسترسی به اخبار</span></div><button open-button>نصب</button></amp-app-banner>
<amp-sidebar id="menu" layout="nodisplay" side="right"><button on="tap:menu.close">بستن</button>
<ul><li><a href="https://www.irna.ir/">صفحه اصلی</a></li><li><a href="https://www.irna.ir/service/politic">سیاسی</a></li><li><a href="https://www.irna.ir/service/economy">اقتصادی</a></li><li><a href="https://www.irna.ir/service/society">جامعه</a></li><li><a href="https://www.irna.ir/service/world">بین‌الملل</a></li></ul>
<amp-accordion><section><h4>استان‌ها</h4><ul><li><a href="https://www.irna.ir/service/province/golestan">گلستان</a></li><li><a href="https://www.irna.ir/service/province/mazandaran">مازندران</a></li><li><a href="https://www.irna.ir/service/province/khorasan-north">خراسان شمالی</a></li><li><a href="https://www.irna.ir/service/province/semnan">سمنان</a></li></ul></section></amp-accordion></amp-sidebar>
<header class="hdr"><button on="tap:menu.toggle" aria-label="منو">☰</button> <a href="https://www.irna.ir/"><amp-img src="https://www.irna.ir/resources/theme/irna/img/logo-amp.png" width="110" height="32" alt="ایرنا"></amp-img></a> <a href="https://www.irna.ir/news/${c.id}/" class="full">نسخه کامل</a></header>
<main>
<article>
<div class="breadcrumb"><a href="https://www.irna.ir/service/province">استان‌ها</a> › <a href="https://www.irna.ir/service/province/golestan">${esc(c.a.kicker)}</a></div>
<h1>${esc(c.a.title)}</h1>
<div class="info"><time datetime="${c.iso}">${faDate(c)}، ${persian(Number(c.hh))}:${persian(c.mi)}</time> <span class="code">کد خبر: ${persian(c.id)}</span></div>
<p class="lead">${esc(c.a.lead ?? '')}</p>
<figure><amp-img src="https://img9.irna.ir/d/r2/2026/07/01/4/171842561.jpg" width="800" height="534" layout="responsive" alt="${esc(c.a.caption)}"></amp-img><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>
<div class="body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="reporter"><span>خبرنگار: ${esc(c.a.author ?? '')}</span> <span>دبیر: مرضیه فیروزکوهی</span></div>
<div class="tags">${tagLinks(c, 'https://www.irna.ir/tag/', ' ')}</div>
<div class="share">${ampShare(['telegram', 'whatsapp', 'eitaa', 'twitter'], c.a.url)} <span class="short">لینک کوتاه: irna.ir/xjT${c.id.slice(-4)}</span></div>
</article>
<section class="related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.irna.ir/amp/', Number(c.id) - 2211)}
</ul></section>
<section class="province-latest"><h3>آخرین اخبار استان</h3><ul>
${li(c.a.mostRead, 'https://www.irna.ir/amp/', Number(c.id) - 38)}
</ul></section>
</main>
<footer><p>تمامی حقوق این سایت برای خبرگزاری جمهوری اسلامی محفوظ است.</p><p><a href="https://www.irna.ir/news/${c.id}/">نسخه کامل</a></p></footer>
</body>
</html>
`,
  },

  // Mehr News' AMP page (/amp/<7-digit id>/): amp-sidebar, a top bar with «نسخه کامل» and the
  // weekday-date of today, amp-analytics; the date visible in words with a comma, «۱۳ تیر ۱۴۰۵،
  // ۱۱:۰۵», and in the JSON-LD datePublished +03:30 with a dateModified an hour later; rutitr; summary
  // lead; amp-img with caption; an amp-iframe VIDEO (Aparat) with its own caption line inside the body;
  // an in-body «بیشتر بخوانید:» box; «کد خبر» and «لینک کوتاه»; tags; amp-social-share; related,
  // «آخرین اخبار»; an amp-form comment box with «نظر شما»; footer with the e-trust seal («نماد
  // اعتماد الکترونیکی»).
  mehrAmp: {
    site: 'خبرگزاری مهر',
    boiler: ['نسخه کامل', 'بیشتر بخوانید:', 'ویدئو: آیین رونمایی از سه محصول جدید شرکت', 'کد خبر', 'لینک کوتاه', 'اخبار مرتبط', 'آخرین اخبار', 'نظر شما', 'نماد اعتماد الکترونیکی', 'کلیه حقوق این وب‌سایت متعلق به خبرگزاری مهر است'],
    render: (c) => `<!doctype html>
<html ⚡ lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
${ampScripts('amp-sidebar', 'amp-social-share', 'amp-analytics', 'amp-iframe', 'amp-form', 'amp-mustache')}
<title>${esc(c.a.title)} - خبرگزاری مهر | اخبار ایران و جهان | Mehr News Agency</title>
<link rel="canonical" href="https://www.mehrnews.com/news/${c.id}/${encodeURIComponent(slug(c.a.title))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="خبرگزاری مهر">
<meta property="og:image" content="https://media.mehrnews.com/d/2026/07/04/4/5318274.jpg">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, alternativeHeadline: 'رونمایی در پارک علم و فناوری پردیس',
  datePublished: c.iso, dateModified: tehranPlus(c, 64), inLanguage: 'fa-IR', image: ['https://media.mehrnews.com/d/2026/07/04/4/5318274.jpg'],
  author: { '@type': 'Organization', name: 'خبرگزاری مهر' },
  publisher: { '@type': 'Organization', name: 'خبرگزاری مهر', logo: { '@type': 'ImageObject', url: 'https://www.mehrnews.com/resources/theme/mehr/img/amp-logo.png' } },
})}</script>
${AMP_BOILER}
<style amp-custom>body{font-family:IRANYekan,Tahoma}.top-bar{background:#1d2a3a;color:#ddd;font-size:12px}.item-text p{line-height:2}</style>
</head>
<body>
${ampAnalytics('G-MEHRAMP88')}
<amp-sidebar id="sb" layout="nodisplay" side="right"><button on="tap:sb.close">✕</button><nav><ul><li><a href="https://www.mehrnews.com/">صفحه نخست</a></li><li><a href="https://www.mehrnews.com/service/politics">سیاست</a></li><li><a href="https://www.mehrnews.com/service/economy">اقتصاد</a></li><li><a href="https://www.mehrnews.com/service/science">دانش و فناوری</a></li><li><a href="https://www.mehrnews.com/service/society">جامعه</a></li><li><a href="https://www.mehrnews.com/service/culture">فرهنگ و هنر</a></li><li><a href="https://www.mehrnews.com/service/sports">ورزش</a></li><li><a href="https://www.mehrnews.com/service/world">بین‌الملل</a></li></ul></nav></amp-sidebar>
<div class="top-bar"><span>امروز: ${weekday(c)} ${faDate(c)}</span> <a href="https://www.mehrnews.com/news/${c.id}/">نسخه کامل</a></div>
<header><button on="tap:sb.toggle" aria-label="فهرست">☰</button> <a href="https://www.mehrnews.com/"><amp-img src="https://www.mehrnews.com/resources/theme/mehr/img/amp-logo.png" width="130" height="36" alt="خبرگزاری مهر"></amp-img></a></header>
<main>
<article class="item">
<div class="item-nav"><a href="https://www.mehrnews.com/service/science">دانش و فناوری</a> › <a href="https://www.mehrnews.com/service/science/knowledge-based">${esc(c.a.kicker)}</a></div>
<div class="item-date"><span>${faDate(c)}، ${faTime(c)}</span> <span class="item-code">کد خبر: ${persian(c.id)}</span></div>
<div class="rutitr">رونمایی در پارک علم و فناوری پردیس</div>
<h1>${esc(c.a.title)}</h1>
<p class="summary introtext">${esc(c.a.lead ?? '')}</p>
<figure><amp-img src="https://media.mehrnews.com/d/2026/07/04/4/5318274.jpg" width="1024" height="683" layout="responsive" alt="${esc(c.a.caption)}"></amp-img><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="item-text">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="short-link">لینک کوتاه: <span>mehrnews.com/yB${c.id.slice(-4)}</span></div>
<div class="tags"><span>برچسب‌ها</span> ${tagLinks(c, 'https://www.mehrnews.com/tag/', ' ')}</div>
<div class="share">${ampShare(['telegram', 'whatsapp', 'twitter', 'linkedin'], c.a.url)}</div>
</article>
<section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.mehrnews.com/amp/', Number(c.id) - 1402)}
</ul></section>
<section class="comments"><h2>نظر شما</h2>
${comments(c, (n, t) => `<div class="comment"><b>${n}</b><p>${t}</p></div>`)}
<form method="post" action-xhr="https://www.mehrnews.com/amp/comments/${c.id}" target="_top"><input name="name" placeholder="نام"><input name="email" type="email" placeholder="ایمیل"><textarea name="text" placeholder="نظر خود را بنویسید"></textarea><button type="submit">ارسال</button><div submit-success><template type="amp-mustache">با تشکر، نظر شما پس از بررسی منتشر خواهد شد.</template></div></form></section>
<section class="latest"><h2>آخرین اخبار</h2><ul>
${li(c.a.mostRead, 'https://www.mehrnews.com/amp/', Number(c.id) + 17)}
</ul></section>
</main>
<footer><p>کلیه حقوق این وب‌سایت متعلق به خبرگزاری مهر است.</p><a href="https://trustseal.enamad.ir/?id=20513&amp;Code=Mehr"><amp-img src="https://www.mehrnews.com/resources/theme/mehr/img/enamad.png" width="60" height="65" alt="نماد اعتماد الکترونیکی"></amp-img></a> <span class="enamad-label">نماد اعتماد الکترونیکی</span></footer>
</body>
</html>
`,
  },

  // Tasnim's AMP page (/fa/amp/news/<y>/<m>/<d>/<id>/): amp-sidebar, a sticky amp-ad slot with
  // «تبلیغات», «نسخه کامل»; the date visible as «زمان انتشار: ۱۵ تیر ۱۴۰۵ - ۰۹:۱۰» AND an UPDATE
  // line «به‌روزرسانی: ۱۵ تیر ۱۴۰۵ - ۱۱:۳۲», the JSON-LD carrying both (datePublished the gold);
  // service line «ورزشی › والیبال»; lead; amp-img with caption; an in-body «بیشتر بخوانید» block;
  // «انتهای پیام/»; tags; amp-social-share; related, «پربیننده‌ترین»; a notification prompt
  // (amp-web-push style) and footer.
  tasnimAmp: {
    site: 'خبرگزاری تسنیم',
    boiler: ['نسخه کامل', 'تبلیغات', 'به‌روزرسانی:', 'بیشتر بخوانید', 'انتهای پیام/', 'اخبار مرتبط', 'پربیننده‌ترین', 'آیا مایلید از آخرین اخبار تسنیم مطلع شوید؟', 'تمامی حقوق این سایت متعلق به خبرگزاری تسنیم است', 'زمان انتشار:'],
    render: (c) => `<!doctype html>
<html ⚡ lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
${ampScripts('amp-sidebar', 'amp-social-share', 'amp-analytics', 'amp-ad', 'amp-sticky-ad', 'amp-user-notification')}
<title>${esc(c.a.title)} - تسنیم</title>
<link rel="canonical" href="https://www.tasnimnews.com/fa/news/${c.y}/${c.m}/${c.d}/${c.id}/${encodeURIComponent(slug(c.a.title))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:image" content="https://newsmedia.tasnimnews.com/Tasnim/Uploaded/Image/1405/04/15/14050415091022618312345.jpg">
<script type="application/ld+json">${js({
  '@context': 'http://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, dateModified: tehranPlus(c, 142),
  description: c.a.lead, articleSection: 'ورزشی', image: { '@type': 'ImageObject', url: 'https://newsmedia.tasnimnews.com/Tasnim/Uploaded/Image/1405/04/15/14050415091022618312345.jpg' },
  publisher: { '@type': 'Organization', name: 'خبرگزاری تسنیم', logo: { '@type': 'ImageObject', url: 'https://www.tasnimnews.com/_content/images/logo-amp.png' } },
})}</script>
${AMP_BOILER}
<style amp-custom>body{font-family:Shabnam,Tahoma}.tasnim-hdr{background:#b40000}.story p{line-height:2}</style>
</head>
<body>
${ampAnalytics('G-TSNM4MP01')}
<amp-sidebar id="nav" layout="nodisplay" side="right"><ul><li><a href="https://www.tasnimnews.com/fa/">صفحه اصلی</a></li><li><a href="https://www.tasnimnews.com/fa/service/1/سیاسی">سیاسی</a></li><li><a href="https://www.tasnimnews.com/fa/service/7/اقتصادی">اقتصادی</a></li><li><a href="https://www.tasnimnews.com/fa/service/3/ورزشی">ورزشی</a></li><li><a href="https://www.tasnimnews.com/fa/service/8/بین-الملل">بین‌الملل</a></li><li><a href="https://www.tasnimnews.com/fa/service/2/اجتماعی">اجتماعی</a></li></ul></amp-sidebar>
<header class="tasnim-hdr"><button on="tap:nav.toggle" aria-label="منو">☰</button> <a href="https://www.tasnimnews.com/fa/"><amp-img src="https://www.tasnimnews.com/_content/images/logo-amp.png" width="112" height="36" alt="خبرگزاری تسنیم"></amp-img></a> <a class="canonical" href="https://www.tasnimnews.com/fa/news/${c.y}/${c.m}/${c.d}/${c.id}/">نسخه کامل</a></header>
<main>
<article class="story">
<div class="service"><a href="https://www.tasnimnews.com/fa/service/3/ورزشی">ورزشی</a> › <a href="https://www.tasnimnews.com/fa/service/45/والیبال">${esc(c.a.kicker)}</a></div>
<h1 class="title">${esc(c.a.title)}</h1>
<ul class="story-meta"><li>زمان انتشار: ${faDate(c)} - ${faTime(c)}</li><li>به‌روزرسانی: ${faDate(c)} - ${persian(tehranPlus(c, 142).slice(11, 16))}</li><li>کد خبر: ${persian(c.id)}</li></ul>
<p class="lead">${esc(c.a.lead ?? '')}</p>
<figure><amp-img src="https://newsmedia.tasnimnews.com/Tasnim/Uploaded/Image/1405/04/15/14050415091022618312345.jpg" width="800" height="533" layout="responsive" alt="${esc(c.a.caption)}"></amp-img><figcaption>${esc(c.a.caption)}<br>${esc(c.a.credit)}</figcaption></figure>
<div class="story-body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<p class="end">انتهای پیام/</p>
<div class="tags">${tagLinks(c, 'https://www.tasnimnews.com/fa/tag/', ' ')}</div>
<div class="share">${ampShare(['telegram', 'whatsapp', 'twitter', 'email'], c.a.url)}</div>
</article>
<div class="ad-slot"><span class="ad-label">تبلیغات</span><amp-ad width="320" height="100" type="yektanet" data-slot="tasnim-amp-1"></amp-ad></div>
<section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.tasnimnews.com/fa/amp/news/1405/04/14/', Number(c.id) - 644)}
</ul></section>
<section class="top"><h2>پربیننده‌ترین</h2><ol>
${li(c.a.mostRead, 'https://www.tasnimnews.com/fa/amp/news/1405/04/15/', Number(c.id) - 90)}
</ol></section>
</main>
<footer><p>تمامی حقوق این سایت متعلق به خبرگزاری تسنیم است.</p></footer>
<amp-user-notification id="push-prompt" layout="nodisplay"><p>آیا مایلید از آخرین اخبار تسنیم مطلع شوید؟</p><button on="tap:push-prompt.dismiss">بله</button> <button on="tap:push-prompt.dismiss">بعداً</button></amp-user-notification>
<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="yektanet" data-slot="tasnim-amp-sticky"></amp-ad></amp-sticky-ad>
</body>
</html>
`,
  },

  // The Fars News MOBILE site (m.farsnews.ir, not AMP: a plain responsive page with a bottom app
  // bar): «خروج از نسخه موبایل», an app-install bar, a hamburger drawer; the date visible ONLY as a
  // relative time «۳ ساعت پیش» whose <time datetime> is the instant in UTC with milliseconds
  // («2026-07-07T17:45:00.000Z»); NO other date metadata; service and «کد خبر: ۱۴۰۵۰۴۱۶…»; lead;
  // photo with caption; two in-body «بیشتر بخوانید» links; «انتهای پیام»; tags; share buttons;
  // related, «پربازدید»; a comment list with likes and a form; the bottom tab bar.
  farsMobile: {
    site: 'خبرگزاری فارس',
    boiler: ['خروج از نسخه موبایل', 'اپلیکیشن خبرگزاری فارس را دریافت کنید', 'بیشتر بخوانید', 'انتهای پیام', 'کد خبر', 'اخبار مرتبط', 'پربازدید', 'ثبت نظر', 'کلیه حقوق مادی و معنوی این سایت متعلق به خبرگزاری فارس است', 'ساعت پیش'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<meta name="theme-color" content="#0d3b66">
<title>${esc(c.a.title)} | خبرگزاری فارس</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="https://www.farsnews.ir/news/${c.id}/${encodeURIComponent(slug(c.a.title))}">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" href="https://m.farsnews.ir/static/css/mobile.min.css?v=4.2.7">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-FARSMOB09');</script>
</head>
<body class="m-news">
<div class="m-appbar" id="app-install"><span>اپلیکیشن خبرگزاری فارس را دریافت کنید</span> <a href="https://www.farsnews.ir/app">دریافت</a> <button type="button" onclick="this.parentNode.remove()">✕</button></div>
<header class="m-header"><button class="m-burger" type="button" aria-label="منو" onclick="document.body.classList.toggle('drawer-open')">☰</button> <a href="https://m.farsnews.ir/"><img src="https://m.farsnews.ir/static/img/logo-white.svg" alt="خبرگزاری فارس" width="104" height="32"></a> <a class="m-search" href="https://m.farsnews.ir/search" aria-label="جستجو">🔍</a></header>
<nav class="m-drawer"><ul><li><a href="https://m.farsnews.ir/">صفحه نخست</a></li><li><a href="https://m.farsnews.ir/politics">سیاسی</a></li><li><a href="https://m.farsnews.ir/world">بین‌الملل</a></li><li><a href="https://m.farsnews.ir/economy">اقتصادی</a></li><li><a href="https://m.farsnews.ir/social">اجتماعی</a></li><li><a href="https://m.farsnews.ir/sports">ورزشی</a></li><li><a href="https://m.farsnews.ir/provinces">استان‌ها</a></li></ul><a class="m-desktop" href="https://www.farsnews.ir/news/${c.id}/?mobile=0">خروج از نسخه موبایل</a></nav>
<main class="m-main">
<article class="m-article">
<div class="m-service"><a href="https://m.farsnews.ir/world">بین‌الملل</a> / <a href="https://m.farsnews.ir/world/iran-neighbors">${esc(c.a.kicker)}</a></div>
<h1 class="m-title">${esc(c.a.title)}</h1>
<div class="m-meta"><time datetime="${utc(c, true)}" class="m-time" data-relative="true">${persian(3)} ساعت پیش</time> <span class="m-code">کد خبر: ${persian(c.id)}</span></div>
<p class="m-lead">${esc(c.a.lead ?? '')}</p>
<figure class="m-photo"><img src="https://media.farsnews.ir/Uploaded/Files/Images/1405/04/16/14050416000731_Test_PhotoN.jpg" alt="${esc(c.a.caption)}" loading="lazy"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="m-body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<p class="m-end">انتهای پیام</p>
<div class="m-tags">${tagLinks(c, 'https://m.farsnews.ir/tag/', ' ', 'm-tag')}</div>
<div class="m-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://ble.ir/share/url?url=${esc(c.a.url)}">بله</a> <button type="button" data-copy="${esc(c.a.url)}">کپی لینک</button></div>
</article>
<section class="m-box"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://m.farsnews.ir/news/', Number(c.id.slice(-6)) - 420)}
</ul></section>
<section class="m-comments"><h2>نظرات کاربران (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t, k) => `<div class="m-comment"><div><b>${n}</b> <span>${persian(k ? 1 : 2)} ساعت پیش</span></div><p>${t}</p><span class="m-like">👍 ${persian(k ? 6 : 31)}</span> <span class="m-dislike">👎 ${persian(k ? 2 : 4)}</span></div>`)}
<form class="m-comment-form"><textarea placeholder="نظر خود را بنویسید..."></textarea><button type="button">ثبت نظر</button></form></section>
<section class="m-box"><h2>پربازدید</h2><ol>
${li(c.a.mostRead, 'https://m.farsnews.ir/news/', Number(c.id.slice(-6)) - 75)}
</ol></section>
</main>
<footer class="m-footer"><p>کلیه حقوق مادی و معنوی این سایت متعلق به خبرگزاری فارس است.</p><a href="https://www.farsnews.ir/news/${c.id}/?mobile=0">خروج از نسخه موبایل</a></footer>
<nav class="m-tabbar"><a href="https://m.farsnews.ir/">خانه</a> <a href="https://m.farsnews.ir/latest">آخرین اخبار</a> <a href="https://m.farsnews.ir/video">ویدیو</a> <a href="https://m.farsnews.ir/bookmarks">ذخیره‌ها</a></nav>
<script src="https://m.farsnews.ir/static/js/relative-time.min.js" defer></script>
</body>
</html>
`,
  },

  // Hamshahri Online's AMP page (/amp/<6-digit id>/): amp-sidebar, «نسخه کامل»; the date visible
  // with its weekday, «پنجشنبه ۱۸ تیر ۱۴۰۵ - ۰۸:۵۰», article:published_time +03:30 in the head and
  // NO JSON-LD date; «زمان مطالعه: ۳ دقیقه»; «منبع: همشهری آنلاین»; lead; amp-img with caption; an
  // AMP-CAROUSEL photo slideshow with its own captions after paragraph 3 and an in-body «بخوانید:»
  // link; «کد خبر»; tags; amp-social-share; related, «پربازدیدترین»; comment form; footer; a
  // «دریافت اعلان‌ها» bar.
  hamshahriAmp: {
    site: 'همشهری آنلاین',
    boiler: ['نسخه کامل', 'زمان مطالعه', 'منبع: همشهری آنلاین', 'بخوانید:', 'تالار آینه پیش از مرمت', 'کد خبر', 'اخبار مرتبط', 'پربازدیدترین', 'دیدگاه شما', 'دریافت اعلان‌های همشهری آنلاین', 'تمام حقوق مادی و معنوی این سایت متعلق به همشهری آنلاین است'],
    render: (c) => `<!doctype html>
<html amp lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
${ampScripts('amp-sidebar', 'amp-carousel', 'amp-social-share', 'amp-analytics', 'amp-user-notification', 'amp-form')}
<title>${esc(c.a.title)} | همشهری آنلاین</title>
<link rel="canonical" href="https://www.hamshahrionline.ir/news/${c.id}/${encodeURIComponent(slug(c.a.title))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="همشهری آنلاین">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="${esc(c.a.kicker)}">
${AMP_BOILER}
<style amp-custom>body{font-family:Vazir,Tahoma}.h-head{background:#00796b}.news-text p{line-height:2}</style>
</head>
<body>
${ampAnalytics('G-HMSH4MP02')}
<amp-sidebar id="drawer" layout="nodisplay" side="right"><button on="tap:drawer.close">بستن</button><ul><li><a href="https://www.hamshahrionline.ir/">صفحه اول</a></li><li><a href="https://www.hamshahrionline.ir/service/Tehran">شهری</a></li><li><a href="https://www.hamshahrionline.ir/service/Culture">فرهنگی</a></li><li><a href="https://www.hamshahrionline.ir/service/Economy">اقتصادی</a></li><li><a href="https://www.hamshahrionline.ir/service/Sport">ورزشی</a></li><li><a href="https://www.hamshahrionline.ir/service/World">جهان</a></li><li><a href="https://www.hamshahrionline.ir/service/Life">زندگی</a></li></ul></amp-sidebar>
<header class="h-head"><button on="tap:drawer.toggle" aria-label="منو">☰</button> <a href="https://www.hamshahrionline.ir/"><amp-img src="https://www.hamshahrionline.ir/resources/theme/hamshahri/img/logo-amp.png" width="140" height="34" alt="همشهری آنلاین"></amp-img></a> <a href="https://www.hamshahrionline.ir/news/${c.id}/" class="full">نسخه کامل</a></header>
<main>
<article>
<div class="kicker"><a href="https://www.hamshahrionline.ir/service/Culture">فرهنگی</a> › <a href="https://www.hamshahrionline.ir/service/Culture/heritage">${esc(c.a.kicker)}</a></div>
<h1>${esc(c.a.title)}</h1>
<div class="meta"><span class="date">${weekday(c)} ${faDate(c)} - ${faTime(c)}</span> <span class="read-time">زمان مطالعه: ${persian(3)} دقیقه</span> <span class="source">منبع: همشهری آنلاین</span></div>
<p class="lead">${esc(c.a.lead ?? '')}</p>
<figure><amp-img src="https://media.hamshahrionline.ir/d/2026/07/09/4/5402187.jpg" width="900" height="600" layout="responsive" alt="${esc(c.a.caption)}"></amp-img><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="news-text">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="code">کد خبر ${persian(c.id)}</div>
<div class="tags">${tagLinks(c, 'https://www.hamshahrionline.ir/tag/', ' ')}</div>
<div class="share">${ampShare(['telegram', 'whatsapp', 'twitter', 'email'], c.a.url)}</div>
</article>
<section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.hamshahrionline.ir/amp/', Number(c.id) - 233)}
</ul></section>
<section class="comment"><h2>دیدگاه شما</h2>
${comments(c, (n, t) => `<div class="c-item"><strong>${n}</strong><p>${t}</p></div>`)}
<form method="post" action-xhr="https://www.hamshahrionline.ir/amp/comment/${c.id}" target="_top"><input name="name" placeholder="نام"><textarea name="comment" placeholder="دیدگاه"></textarea><button type="submit">ارسال دیدگاه</button></form></section>
<section class="popular"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, 'https://www.hamshahrionline.ir/amp/', Number(c.id) - 61)}
</ol></section>
</main>
<footer><p>تمام حقوق مادی و معنوی این سایت متعلق به همشهری آنلاین است.</p></footer>
<amp-user-notification id="notif" layout="nodisplay"><span>دریافت اعلان‌های همشهری آنلاین</span> <button on="tap:notif.dismiss">فعال‌سازی</button> <button on="tap:notif.dismiss">نه، ممنون</button></amp-user-notification>
</body>
</html>
`,
  },

  // Khabar Online's AMP page (/amp/<7-digit id>/): amp-sidebar, «نسخه اصلی»; the date visible
  // TIME FIRST, «۱۲:۰۰ - ۲۰ تیر ۱۴۰۵», under a «تاریخ انتشار» label, article:published_time and the
  // JSON-LD datePublished in UTC ('…T08:30:00Z'); the interview's rutitr «گفت‌وگو»; lead; amp-img
  // with caption; questions in <p><strong>; an amp-iframe INFOGRAPHIC of the faults with its own
  // title line; «بیشتر بخوانید» inline; tags; amp-social-share; related, most-read; comments with
  // replies; footer; a cookie notice.
  khabaronlineAmp: {
    site: 'خبرآنلاین',
    boiler: ['نسخه اصلی', 'تاریخ انتشار', 'اینفوگرافیک: گسل‌های فعال اطراف تهران', 'بیشتر بخوانید', 'کد خبر', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'پاسخ خبرآنلاین', 'ارسال نظر', 'این وب‌سایت از کوکی استفاده می‌کند', 'استفاده از مطالب خبرآنلاین با ذکر منبع بلامانع است'],
    render: (c) => `<!doctype html>
<html ⚡ lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
${ampScripts('amp-sidebar', 'amp-iframe', 'amp-social-share', 'amp-analytics', 'amp-user-notification')}
<title>${esc(c.a.title)} - خبرآنلاین</title>
<link rel="canonical" href="https://www.khabaronline.ir/news/${c.id}/${encodeURIComponent(slug(c.a.title))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="article:published_time" content="${utc(c)}">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: utc(c), author: [{ '@type': 'Person', name: c.a.author }],
  image: ['https://media.khabaronline.ir/d/2026/07/11/4/6091732.jpg'], publisher: { '@type': 'Organization', name: 'خبرآنلاین', logo: { '@type': 'ImageObject', url: 'https://www.khabaronline.ir/resources/theme/khabaronline/img/logo.png' } },
})}</script>
${AMP_BOILER}
<style amp-custom>body{font-family:IRANSansX,Tahoma}.ko-head{background:#c62828}.item-text p{line-height:2.05}</style>
</head>
<body>
${ampAnalytics('G-KHBR0AMP7')}
<amp-sidebar id="side" layout="nodisplay" side="right"><ul><li><a href="https://www.khabaronline.ir/">صفحه اصلی</a></li><li><a href="https://www.khabaronline.ir/service/Politics">سیاسی</a></li><li><a href="https://www.khabaronline.ir/service/Economy">اقتصادی</a></li><li><a href="https://www.khabaronline.ir/service/society">جامعه</a></li><li><a href="https://www.khabaronline.ir/service/science">دانش</a></li><li><a href="https://www.khabaronline.ir/service/culture">فرهنگ</a></li><li><a href="https://www.khabaronline.ir/service/sport">ورزش</a></li></ul></amp-sidebar>
<header class="ko-head"><button on="tap:side.toggle" aria-label="منو">☰</button> <a href="https://www.khabaronline.ir/"><amp-img src="https://www.khabaronline.ir/resources/theme/khabaronline/img/logo.png" width="120" height="36" alt="خبرآنلاین"></amp-img></a> <a href="https://www.khabaronline.ir/news/${c.id}/">نسخه اصلی</a></header>
<main>
<article class="item">
<div class="item-service"><a href="https://www.khabaronline.ir/service/society">جامعه</a> › ${esc(c.a.kicker)}</div>
<div class="item-date"><span>تاریخ انتشار:</span> ${faTime(c)} - ${faDate(c)} <span class="item-code">کد خبر ${persian(c.id)}</span></div>
<div class="rutitr">گفت‌وگو</div>
<h1>${esc(c.a.title)}</h1>
<p class="lead">${esc(c.a.lead ?? '')}</p>
<figure><amp-img src="https://media.khabaronline.ir/d/2026/07/11/4/6091732.jpg" width="800" height="533" layout="responsive" alt="${esc(c.a.caption)}"></amp-img><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="item-text">
${bodyWith(c, (t) => `<p>${t}</p>`, (t) => `<p><strong>${t}</strong></p>`)}
</div>
<div class="author">${esc(c.a.author ?? '')}</div>
<div class="tags">${tagLinks(c, 'https://www.khabaronline.ir/tags/', ' ')}</div>
<div class="share">${ampShare(['telegram', 'whatsapp', 'twitter', 'linkedin'], c.a.url)}</div>
</article>
<section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.khabaronline.ir/amp/', Number(c.id) - 3120)}
</ul></section>
<section class="comments"><h2>نظرات</h2>
${comments(c, (n, t, k) => `<div class="comment"><b>${n}</b> <span>${persian(k ? '13:40' : '12:31')}</span><p>${t}</p>${k === 0 ? '<div class="reply"><b>پاسخ خبرآنلاین</b><p>سامانه ۱۳۷ در همه مناطق تهران فعال است.</p></div>' : ''}</div>`)}
<a class="comment-link" href="https://www.khabaronline.ir/news/${c.id}/#comments">ارسال نظر</a></section>
<section class="most"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.khabaronline.ir/amp/', Number(c.id) - 880)}
</ol></section>
</main>
<footer><p>استفاده از مطالب خبرآنلاین با ذکر منبع بلامانع است.</p></footer>
<amp-user-notification id="ko-cookie" layout="nodisplay"><p>این وب‌سایت از کوکی استفاده می‌کند.</p><button on="tap:ko-cookie.dismiss">قبول</button></amp-user-notification>
</body>
</html>
`,
  },

  // Donya-e-Eqtesad's PRINT VERSION (/fa/print/<id>: noindex, print stylesheet, <body
  // onload="window.print()">): a print header with the logo, the paper's ISSUE line «روزنامه دنیای
  // اقتصاد، شماره ۶۱۳۲، دوشنبه ۲۲ تیر ۱۴۰۵، صفحه ۵ (بورس)»; the online publication date in a
  // print-info table as Latin-order numeric «۱۴۰۵/۰۴/۲۲ ساعت ۰۰:۴۵» («ساعت» between date and time),
  // next to the news code and the section; the author line; title as <h1>; lead; photo with caption;
  // subheads as <h3>; a chart line («نمودار») kept as text; tags and related as text; a footer with the
  // PRINT date two days later and the address; «چاپ» / «بستن» buttons. The ARTICLE TEXT (title,
  // lead, body, caption) is typed with ARABIC yeh and kaf (applied by the frame).
  donyaPrint: {
    site: 'دنیای اقتصاد',
    boiler: ['نسخه قابل چاپ', 'روزنامه دنیای اقتصاد، شماره', 'کد خبر', 'نمودار: ارزش معاملات خرد سهام در سه ماه اخیر', 'اخبار مرتبط', 'این صفحه در تاریخ', 'نشانی مطلب', 'تمامی حقوق مادی و معنوی این سایت متعلق به روزنامه دنیای اقتصاد است', 'چاپ این صفحه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>${esc(c.a.title)} | دنیای اقتصاد - نسخه قابل چاپ</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="https://donya-e-eqtesad.com/بخش-بورس-4/${c.id}-${encodeURIComponent(slug(c.a.title))}">
<link rel="stylesheet" href="https://donya-e-eqtesad.com/static/css/print.css?v=9.3" media="all">
</head>
<body class="print" onload="window.print()">
<div class="print-head"><img src="https://donya-e-eqtesad.com/static/img/logo-print.png" alt="دنیای اقتصاد" width="180"> <span class="print-kind">نسخه قابل چاپ</span></div>
<div class="issue">روزنامه دنیای اقتصاد، شماره ${persian(6132)}، ${weekday(c)} ${faDate(c)}، صفحه ${persian(5)} (${esc(c.a.kicker)})</div>
<table class="print-info" width="100%" cellpadding="3"><tr><td>کد خبر: ${persian(c.id)}</td><td>تاریخ انتشار: ${persian(c.y)}/${persian(c.m)}/${persian(c.d)} ساعت ${faTime(c)}</td><td>بخش: ${esc(c.a.kicker)}</td></tr></table>
<div class="print-author">نویسنده: ${esc(c.a.author ?? '')}</div>
<h1>${esc(c.a.title)}</h1>
<div class="print-lead"><p>${esc(c.a.lead ?? '')}</p></div>
<div class="print-photo"><img src="https://donya-e-eqtesad.com/files/fa/news/1405/4/22/${c.id}_551.jpg" alt=""><div class="caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
<div class="print-body">
${bodyWith(c, (t) => `<p>${t}</p>`, undefined, '\n', (t) => `<h3>${t}</h3>`)}
</div>
<div class="print-tags">برچسب‌ها: ${c.a.tags.map(esc).join(' - ')}</div>
<div class="print-related"><strong>اخبار مرتبط</strong><ol>${c.a.related.map((t) => `<li>${esc(t)}</li>`).join('')}</ol></div>
<div class="print-foot"><p>نشانی مطلب: https://donya-e-eqtesad.com/fa/tiny/news-${c.id}</p><p>این صفحه در تاریخ ${persian(c.y)}/${persian(c.m)}/${persian(String(Number(c.d) + 2).padStart(2, '0'))} ساعت ${persian('10:08')} چاپ شده است.</p><p>تمامی حقوق مادی و معنوی این سایت متعلق به روزنامه دنیای اقتصاد است.</p></div>
<div class="no-print"><button type="button" onclick="window.print()">چاپ این صفحه</button> <button type="button" onclick="window.close()">بستن</button></div>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const readMore = (cls: string, label: string, href: string, title: string) => `<div class="${cls}"><span>${label}</span> <a href="${href}">${esc(title)}</a></div>`;

const ARTICLES: Art13[] = [
  {
    name: 'isna-amp-hypertension-diabetes-screening', site: 'isnaAmp',
    inline: 'نرخ ابتلا به فشار خون بالا در کشور چقدر است؟',
    url: 'https://www.isna.ir/amp/1405040905318/',
    title: 'دور تازه غربالگری فشار خون و دیابت از ۱۵ تیر آغاز می‌شود؛ ۲۰ میلیون نفر غربالگری می‌شوند',
    kicker: 'سلامت', date: '۹ تیر ۱۴۰۵ - ۱۰:۲۵',
    lead: 'معاون بهداشت وزارت بهداشت از آغاز دور تازه طرح ملی غربالگری فشار خون و دیابت از ۱۵ تیر خبر داد و گفت در این دور دست‌کم ۲۰ میلیون نفر از جمعیت بالای ۳۰ سال کشور غربالگری می‌شوند.',
    paras: [
      'به گزارش ایسنا، کامبیز صفایی‌پور روز سه‌شنبه در نشست خبری ستاد اجرایی طرح در تهران اظهار کرد: در دور قبلی این طرح حدود ۱۶ میلیون و ۵۰۰ هزار نفر غربالگری شدند و برای نزدیک به ۲ میلیون و ۳۰۰ هزار نفر از آنان، فشار خون بالا یا دیابت برای نخستین بار تشخیص داده شد. بیشتر این افراد از بیماری خود خبر نداشتند.',
      'وی افزود: امسال غربالگری علاوه بر خانه‌های بهداشت و پایگاه‌های سلامت، در ۴۵۰ ایستگاه سیار در پایانه‌ها، مساجد و بازارها هم انجام می‌شود. مردم می‌توانند از طریق سامانه «سلامت من» یا با تماس با شماره ۴۰۳۰ نوبت بگیرند.',
      'معاون وزیر بهداشت با اشاره به اعتبار طرح تصریح کرد که برای اجرای این دور ۳ هزار و ۲۰۰ میلیارد تومان پیش‌بینی شده و ۶۰ درصد آن از محل سهم سلامت از مالیات بر ارزش افزوده تأمین می‌شود.',
      'نگار فرهمند، فوق‌تخصص غدد و متابولیسم و رئیس انجمن دیابت ایران، نیز در این نشست گفت: حدود ۱۴ درصد ایرانیان بالای ۲۵ سال دیابت دارند و تقریباً نیمی از آنان از بیماری خود بی‌خبرند. دیابتی که دیر تشخیص داده شود، پنج تا ده سال بعد خود را با نارسایی کلیه، قطع عضو یا نابینایی نشان می‌دهد.',
      'فرهمند با بیان اینکه هزینه درمان یک بیمار دیابتی دچار عارضه تا ۸ برابر بیمار بدون عارضه است، غربالگری را «ارزان‌ترین سرمایه‌گذاری نظام سلامت» دانست.',
      'به گفته حمید باقری‌نسب، رئیس مرکز بهداشت استان فارس، در ۱۰ روز نخست اجرای آزمایشی طرح در شیراز، ۳۸ هزار نفر غربالگری شدند و ۱۲ درصد آنان برای پیگیری به پزشک ارجاع داده شدند. باقری‌نسب افزود که کمبود بهورز در روستاهای جنوب استان، بزرگ‌ترین مشکل اجرای طرح در فارس است.',
      'سازمان جهانی بهداشت نیز در گزارش سال ۲۰۲۵ خود، بیماری‌های غیرواگیر را عامل ۸۲ درصد مرگ‌ها در ایران اعلام کرده است.',
      'در پایان این نشست از شهره کیانی، بهورز خانه بهداشت روستای دهنو در کازرون که در دور قبلی بیشترین غربالگری کشور را انجام داده بود، تقدیر شد.',
      'دور تازه طرح تا ۳۱ شهریور ادامه دارد و افراد بالای ۳۰ سال می‌توانند همه روزه به جز جمعه‌ها از ساعت ۸ تا ۱۴ به نزدیک‌ترین مرکز خدمات جامع سلامت مراجعه کنند.',
    ],
    extras: { 2: readMore('read-more', 'بیشتر بخوانید:', 'https://www.isna.ir/amp/1405032107781/', 'نرخ ابتلا به فشار خون بالا در کشور چقدر است؟') },
    tags: ['غربالگری', 'دیابت', 'فشار خون', 'وزارت بهداشت'],
    caption: 'اندازه‌گیری فشار خون در یکی از پایگاه‌های سلامت تهران', credit: 'عکاس: مهسا صالحی',
    related: ['افزایش ۲۰ درصدی مصرف نمک در خانوارهای ایرانی', 'بیمه سلامت هزینه نوار قند را پوشش می‌دهد', 'هشدار درباره چاقی کودکان در تابستان'],
    mostRead: ['زمان اعلام نتایج کنکور ۱۴۰۵ مشخص شد', 'ساعت کاری ادارات تهران در تیرماه کاهش یافت', 'قیمت جدید بلیت مترو و اتوبوس', 'جزئیات افزایش حقوق بازنشستگان'],
    comments: [['پرستار', 'در مرکز ما دستگاه فشارسنج دیجیتال کم داریم، لطفاً پیگیری کنید.'], ['رضا از کرج', 'پارسال غربالگری شدم ولی هیچ‌کس برای پیگیری تماس نگرفت.']],
    speakers: [
      { name: 'کامبیز صفایی‌پور', role: 'معاون بهداشت وزارت بهداشت', also_called: ['وی', 'معاون وزیر بهداشت'], statements: 4 },
      { name: 'نگار فرهمند', role: 'فوق‌تخصص غدد و متابولیسم و رئیس انجمن دیابت ایران', also_called: ['فرهمند'], statements: 2 },
      { name: 'حمید باقری‌نسب', role: 'رئیس مرکز بهداشت استان فارس', also_called: ['باقری‌نسب'], statements: 2 },
    ],
    speakers_never: ['سازمان جهانی بهداشت', 'شهره کیانی', 'ایسنا', 'مهسا صالحی'],
    figures: [
      { value: 20000000, unit: 'نفر', kind: 'count', about: '«دست‌کم ۲۰ میلیون نفر» هدف دور تازه (lead, title)' },
      { value: 16500000, unit: 'نفر', kind: 'count', about: '«حدود ۱۶ میلیون و ۵۰۰ هزار نفر» غربالگری‌شده در دور قبلی' },
      { value: 2300000, unit: 'نفر', kind: 'count', about: '«نزدیک به ۲ میلیون و ۳۰۰ هزار نفر» با تشخیص تازه' },
      { value: 450, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های سیار' },
      { value: 3200000000000, unit: 'تومان', kind: 'money', about: '«۳ هزار و ۲۰۰ میلیارد تومان» اعتبار طرح' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم مالیات بر ارزش افزوده از اعتبار' },
      { value: 14, unit: 'درصد', kind: 'percent', about: 'شیوع دیابت در بالای ۲۵ سال' },
      { value: 8, unit: 'برابر', kind: 'count', about: '«تا ۸ برابر» هزینه درمان بیمار دچار عارضه' },
      { value: 38000, unit: 'نفر', kind: 'count', about: 'غربالگری‌شدگان اجرای آزمایشی شیراز' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'ارجاع‌شدگان به پزشک' },
      { value: 82, unit: 'درصد', kind: 'percent', about: 'سهم بیماری‌های غیرواگیر از مرگ‌ها' },
    ],
    figures_never: ['«۱۵ تیر», «روز سه‌شنبه», «۳۱ شهریور», «امسال»: dates', '«سال ۲۰۲۵»: a year', '«بالای ۳۰ سال», «بالای ۲۵ سال»: ages', '«شماره ۴۰۳۰»: a phone number', '«ساعت ۸ تا ۱۴»: clock times', '«پنج تا ده سال بعد», «۱۰ روز نخست»: durations', '«دور قبلی», «نخستین بار»: ordinals', '«نیمی از آنان»: vague', '«یک بیمار»: lone «یک»', 'the «بیشتر بخوانید:» box, «انتهای پیام», «کد خبر: ۱۴۰۵۰۴۰۹۰۵۳۱۸» and the visible «۱۴۰۵-۰۴-۰۹ ۱۰:۲۵»: not body'],
    notes: [
      'A health news item on ISNA\'s AMP page (/amp/1405040905318/: the AMP runtime, amp-boilerplate, amp-sidebar menu opened by a ☰ button, «نسخه کامل» link to the canonical page, the slogan «خبرگزاری دانشجویان ایران», amp-analytics, an amp-user-notification COOKIE bar; the date visible as ISNA prints it, numeric «۱۴۰۵-۰۴-۰۹ ۱۰:۲۵», next to «کد خبر»; the JSON-LD datePublished in UTC, «2026-06-30T06:55:00Z» = 10:25 Tehran, the gold; service line; summary lead; amp-img with figcaption and a photographer credit; an in-body «بیشتر بخوانید:» box after paragraph 3; «انتهای پیام» after the text; tags; an amp-social-share row (icons only); related; comments and an amp-form comment box with «نظر شما پس از تأیید منتشر می‌شود»; most-read; footer).',
      'statements: Safaeipour is first given by role only, in the lead: «ROLE … از … خبر داد و گفت …» (one sentence, one); then named: «NAME … اظهار کرد:» (two-sentence quote, once), «وی افزود:» (two sentences, once), the shortened role alone «معاون وزیر بهداشت … تصریح کرد که …» (one) = 4; Farahmand: «… گفت:» (two sentences, once), «فرهمند با بیان اینکه … «…» دانست» (one) = 2; Bagherinasab: «به گفته NAME، ROLE، …» (one), «باقری‌نسب افزود که …» (one) = 2.',
      'WHO («اعلام کرده است») is an organization; the health worker Kiani is only mentioned (honoured); the photographer is chrome. «۸ برابر» is count/برابر; «۲۰ میلیون», «۱۶ میلیون و ۵۰۰ هزار», «۲ میلیون و ۳۰۰ هزار» and «۳۸ هزار» نفر are four figures with one unit; «۴۰۳۰» is a phone number and «بالای ۳۰ سال» an age.',
    ],
  },
  {
    name: 'irna-amp-golestan-wheat-purchase', site: 'irnaAmp', zwnjLost: true, author: 'محمدرضا سارانی',
    inline: 'آغاز برداشت گندم از ۴۵ هزار هکتار مزارع شمال گلستان',
    url: 'https://www.irna.ir/amp/85917463/',
    title: 'خرید تضمینی گندم در گلستان از ۹۴۰ هزار تن گذشت',
    kicker: 'گلستان', date: '۱۰ تیر ۱۴۰۵ - ۰۹:۴۵',
    lead: 'مدیرکل غله و خدمات بازرگانی گلستان گفت: از آغاز فصل خرید تضمینی تاکنون ۹۴۰ هزار تن گندم از کشاورزان این استان خریداری شده که نسبت به مدت مشابه پارسال ۱۸ درصد بیشتر است.',
    paras: [
      'به گزارش خبرنگار ایرنا از گرگان، منصور قربانی‌زاده روز چهارشنبه در جلسه ستاد خرید تضمینی استان که با حضور ستار قجقی، فرماندار گنبدکاووس، برگزار شد افزود: این گندم در ۸۶ مرکز خرید تحویل گرفته شده و پیش‌بینی می‌کنیم تا پایان فصل، خرید به یک میلیون و ۱۰۰ هزار تن برسد. گلستان امسال پس از خوزستان دومین استان کشور در خرید گندم است.',
      'وی درباره پرداخت مطالبات کشاورزان گفت: تاکنون ۴۲ هزار و ۸۰۰ میلیارد ریال از بهای گندم تحویلی پرداخت شده و ۳۱ درصد مطالبات هنوز باقی مانده است. پول گندم به ترتیب تاریخ تحویل و مستقیم به حساب کشاورزان واریز می‌شود.',
      'شورای قیمت‌گذاری محصولات اساسی کشاورزی نرخ خرید تضمینی هر کیلوگرم گندم را برای امسال ۲۰ هزار تومان تعیین کرده است.',
      'علی‌اصغر طهماسبی، معاون هماهنگی امور اقتصادی استاندار گلستان، نیز در این جلسه با انتقاد از کمبود کامیون برای حمل گندم به سیلوها گفت: در روزهای اوج برداشت، صف کامیون‌ها پشت برخی مراکز خرید به ۶ کیلومتر رسید و کشاورزان تا ۴۸ ساعت منتظر ماندند. این وضعیت به هیچ وجه قابل قبول نیست.',
      'معاون استاندار از شرکت غله و خدمات بازرگانی منطقه ۵ خواست تا پایان هفته، ظرفیت دو سیلوی تازه‌ساز آق‌قلا و گنبدکاووس را به چرخه خرید اضافه کند.',
      'قربان‌محمد آق‌آتابای، کشاورز اهل گنبدکاووس، به خبرنگار ایرنا گفت امسال از هر هکتار زمین دیم حدود ۳ تن و ۲۰۰ کیلوگرم گندم برداشت کرده که به خاطر بارش‌های خوب بهاری، بیشتر از سال‌های قبل است. او افزود: هزینه کود و سم نسبت به پارسال دو برابر شده و اگر پول گندم دیر برسد، برای کشت پاییزه دستمان خالی می‌ماند.',
      'بر اساس اعلام شرکت بازرگانی دولتی ایران، خرید تضمینی گندم در کل کشور تاکنون به ۷ میلیون و ۴۰۰ هزار تن رسیده و پیش‌بینی می‌شود خرید امسال از نه و نیم میلیون تن فراتر برود.',
      'سطح زیر کشت گندم در گلستان امسال ۳۶۰ هزار هکتار بوده که ۶۵ درصد آن دیم است. کشاورزان برای پیگیری مطالبات خود می‌توانند با شماره ۳۲۲۲۴۰۱۰-۰۱۷ تماس بگیرند.',
    ],
    extras: { 3: readMore('readmore-box', 'بیشتر بخوانید', 'https://www.irna.ir/amp/85901177/', 'آغاز برداشت گندم از ۴۵ هزار هکتار مزارع شمال گلستان') },
    tags: ['خرید تضمینی گندم', 'گلستان', 'کشاورزان', 'سیلو'],
    caption: 'تخلیه گندم کشاورزان در مرکز خرید شهرستان گنبدکاووس', credit: 'عکس: ایرنا / حسین رستمی',
    related: ['۲۵ درصد مطالبات گندمکاران مازندران پرداخت شد', 'کاهش تولید کلزا در گلستان بر اثر سرمای بهاره', 'صف کامیون‌ها پشت سیلوهای گنبد کوتاه شد'],
    mostRead: ['ساعت کاری ادارات گلستان در تابستان تغییر کرد', 'آتش‌سوزی در مراتع کلاله مهار شد', 'جاده گرگان - مشهد یکطرفه می‌شود', 'دیدار استاندار با خانواده شهدای گلستان'],
    comments: [],
    speakers: [
      { name: 'منصور قربانی‌زاده', role: 'مدیرکل غله و خدمات بازرگانی گلستان', also_called: ['وی'], statements: 3 },
      { name: 'علی‌اصغر طهماسبی', role: 'معاون هماهنگی امور اقتصادی استاندار گلستان', also_called: ['معاون استاندار'], statements: 2 },
      { name: 'قربان‌محمد آق‌آتابای', role: 'کشاورز اهل گنبدکاووس', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['ستار قجقی', 'شورای قیمت‌گذاری محصولات اساسی کشاورزی', 'شرکت بازرگانی دولتی ایران', 'ایرنا'],
    figures: [
      { value: 940000, unit: 'تن', kind: 'measure', about: '«۹۴۰ هزار تن» گندم خریداری‌شده (lead, title)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'افزایش نسبت به پارسال (lead)' },
      { value: 86, unit: 'مرکز', kind: 'count', about: 'مراکز خرید' },
      { value: 1100000, unit: 'تن', kind: 'measure', about: '«یک میلیون و ۱۰۰ هزار تن» خرید پیش‌بینی‌شده تا پایان فصل' },
      { value: 42800000000000, unit: 'ریال', kind: 'money', about: '«۴۲ هزار و ۸۰۰ میلیارد ریال» پرداخت‌شده' },
      { value: 31, unit: 'درصد', kind: 'percent', about: 'مطالبات باقی‌مانده' },
      { value: 20000, unit: 'تومان', kind: 'money', about: 'نرخ خرید هر کیلوگرم گندم (kept; «هر کیلوگرم» is its basis)' },
      { value: 6, unit: 'کیلومتر', kind: 'measure', about: 'طول صف کامیون‌ها' },
      { value: 2, unit: 'سیلو', kind: 'count', about: '«دو سیلوی تازه‌ساز» (count in words)' },
      { value: 3.2, unit: 'تن', kind: 'measure', about: '«۳ تن و ۲۰۰ کیلوگرم» برداشت هر هکتار دیم (compound amount)' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«دو برابر» هزینه کود و سم' },
      { value: 7400000, unit: 'تن', kind: 'measure', about: '«۷ میلیون و ۴۰۰ هزار تن» خرید کشور' },
      { value: 9500000, unit: 'تن', kind: 'measure', about: '«نه و نیم میلیون تن» پیش‌بینی خرید کشور (number and half in words)' },
      { value: 360000, unit: 'هکتار', kind: 'measure', about: 'سطح زیر کشت گندم گلستان' },
      { value: 65, unit: 'درصد', kind: 'percent', about: 'سهم دیم' },
    ],
    figures_never: ['«دومین استان»: an ordinal', '«منطقه ۵»: part of a name', '«۴۸ ساعت»: a duration', '«روز چهارشنبه», «پایان هفته», «پایان فصل», «پارسال», «کشت پاییزه»: dates', '«شماره ۳۲۲۲۴۰۱۰-۰۱۷»: a phone number', '«هر هکتار», «هر کیلوگرم»: bases', 'the visible «۱۰ تیر ۱۴۰۵، ۹:۴۵», «کد خبر», the short link and «آخرین اخبار استان»: not body'],
    notes: [
      'A provincial news item on IRNA\'s AMP page (/amp/85917463/: AMP runtime and boilerplate, an amp-app-banner «اپلیکیشن ایرنا را نصب کنید», amp-sidebar with the service menu and an amp-accordion of provinces, «نسخه کامل»; the date visible in words with an UNPADDED hour after a comma, «۱۰ تیر ۱۴۰۵، ۹:۴۵», in a <time datetime> with +03:30, plus article:published_time and the JSON-LD datePublished, all the gold; breadcrumb «استان‌ها › گلستان»; summary lead; amp-img with caption and credit; an in-body «بیشتر بخوانید» box after paragraph 4; the reporter/editor line; tags; amp-social-share and a short link; related; «آخرین اخبار استان»; footer). The page LOST EVERY ZWNJ: body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Ghorbanizadeh is first given by role only, in the lead: «ROLE گفت: …» (one); then named: «NAME … افزود:» (two-sentence quote, once), «وی درباره … گفت:» (two sentences, once) = 3; Tahmasbi: «… با انتقاد از … گفت:» (multi-sentence quote, once), the shortened role alone «معاون استاندار از … خواست …» (a request, one) = 2; Aghatabai: «… به خبرنگار ایرنا گفت …» (indirect, one), «او افزود:» (one) = 2. The governor of Gonbad, present at the meeting, is only mentioned.',
      'The pricing council («تعیین کرده است») and the state trading company («بر اساس اعلام») are organizations. «۳ تن و ۲۰۰ کیلوگرم» is one compound amount, 3.2 تن; «نه و نیم میلیون تن» is 9.5e6; «دو سیلوی» is 2 سیلو (unit in base form) and «دو برابر» count/برابر; the per-kilogram price is kept with «هر کیلوگرم» as its basis; «منطقه ۵» is part of the company\'s name.',
    ],
  },
  {
    name: 'mehr-amp-lithium-battery-unveiling', site: 'mehrAmp',
    inline: 'تولید نخستین سلول باتری لیتیومی ایرانی در سال ۱۴۰۶',
    url: 'https://www.mehrnews.com/amp/6531842/',
    title: 'رونمایی از سه محصول جدید یک شرکت دانش‌بنیان در حوزه باتری لیتیومی',
    kicker: 'شرکت‌های دانش‌بنیان', date: '۱۳ تیر ۱۴۰۵ - ۱۱:۰۵',
    lead: 'سه محصول جدید یک شرکت دانش‌بنیان در حوزه ذخیره‌سازی انرژی، شامل بسته باتری لیتیوم‌یون موتورسیکلت برقی، ذخیره‌ساز خانگی برق و سامانه مدیریت باتری، امروز (شنبه) در پارک علم و فناوری پردیس رونمایی شد.',
    paras: [
      'به گزارش خبرنگار مهر، مهدیه سلطانی‌راد، مدیرعامل این شرکت، در آیین رونمایی گفت: ما سال ۱۳۹۷ با ۶ نفر کار را شروع کردیم و امروز ۱۴۰ نیروی متخصص داریم که میانگین سنی آنها ۳۱ سال است. ظرفیت خط تولید ما اکنون سالانه ۱۲ هزار بسته باتری است.',
      'وی افزود: سلول‌های باتری هنوز وارد می‌شود، اما ۷۰ درصد ارزش افزوده هر بسته، یعنی سامانه مدیریت، پوسته و مونتاژ، در داخل ایجاد می‌شود. قیمت تمام‌شده بسته‌های ما ۳۰ درصد کمتر از نمونه مشابه وارداتی است.',
      'سلطانی‌راد با اشاره به مشکل تأمین مالی تصریح کرد که شرکت برای توسعه خط تولید به ۸۵۰ میلیارد ریال تسهیلات نیاز دارد و تاکنون تنها ۳۰۰ میلیارد ریال آن از صندوق نوآوری و شکوفایی دریافت شده است.',
      'بهروز نیک‌فرجام، معاون توسعه فناوری معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست جمهوری، نیز در این مراسم اظهار داشت: بازار باتری لیتیومی کشور تا سال ۱۴۱۰ به حدود یک و نیم میلیارد دلار می‌رسد. اگر امروز برای ساخت سلول در داخل سرمایه‌گذاری نکنیم، این بازار را هم مثل بازار پنل خورشیدی به واردات واگذار می‌کنیم.',
      'به گفته معاون توسعه فناوری، هم‌اکنون ۵۴ شرکت دانش‌بنیان در زنجیره تولید باتری فعال‌اند و حمایت از راه‌اندازی نخستین خط تولید سلول با ظرفیت ۵۰۰ مگاوات‌ساعت در سال، در دستور کار معاونت قرار دارد.',
      'کلاوس ریشتر، مشاور آلمانی طرح و استاد بازنشسته دانشگاه فنی آخن، که در این مراسم حضور داشت، به خبرنگار مهر گفت کیفیت سامانه مدیریت باتری این شرکت با نمونه‌های اروپایی هم‌رده قابل مقایسه است. ریشتر همچنین تأکید کرد که بزرگ‌ترین چالش تولیدکنندگان ایرانی، دسترسی نداشتن به تجهیزات آزمون ایمنی و گواهی‌های بین‌المللی است.',
      'ستاد توسعه فناوری‌های حوزه انرژی نیز اعلام کرد واردات باتری لیتیومی کشور در سال گذشته حدود ۴۲۰ میلیون دلار بوده است.',
      'طراحی سامانه مدیریت باتری این شرکت بر پایه رساله دکتری آرش ملکی در دانشگاه صنعتی شریف انجام شده است. به گفته سازندگان، موتورسیکلت برقی مجهز به بسته جدید با هر بار شارژ ۱۱۰ کیلومتر پیمایش دارد و شارژ کامل آن ۴ ساعت طول می‌کشد.',
    ],
    extras: {
      1: `<figure class="item-video"><amp-iframe width="640" height="360" layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups" allowfullscreen frameborder="0" src="https://www.aparat.com/video/video/embed/videohash/qW7xT2m/vt/frame"><amp-img layout="fill" src="https://media.mehrnews.com/d/2026/07/04/0/5318290.jpg" placeholder></amp-img></amp-iframe><figcaption>ویدئو: آیین رونمایی از سه محصول جدید شرکت</figcaption></figure>`,
      4: readMore('item-readmore', 'بیشتر بخوانید:', 'https://www.mehrnews.com/amp/6497714/', 'تولید نخستین سلول باتری لیتیومی ایرانی در سال ۱۴۰۶'),
    },
    tags: ['شرکت دانش‌بنیان', 'باتری لیتیومی', 'معاونت علمی', 'پارک فناوری پردیس'],
    caption: 'بسته باتری موتورسیکلت برقی در آیین رونمایی', credit: 'عکس: مهر / امیرحسین خورشیدی',
    related: ['صادرات محصولات دانش‌بنیان به ۱۸ کشور رسید', 'موتورسیکلت‌های برقی شماره‌گذاری می‌شوند', 'پارک فناوری پردیس میزبان ۴۰ شرکت تازه شد'],
    mostRead: ['قیمت خودروهای داخلی در بازار امروز', 'زمان ثبت‌نام وام ازدواج ۱۴۰۵', 'پیش‌بینی هوای تهران برای آخر هفته', 'نتایج آزمون استخدامی آموزش و پرورش'],
    comments: [['محمد', 'قیمت این باتری برای مصرف‌کننده چقدر است؟']],
    speakers: [
      { name: 'مهدیه سلطانی‌راد', role: 'مدیرعامل این شرکت', also_called: ['وی', 'سلطانی‌راد'], statements: 3 },
      { name: 'بهروز نیک‌فرجام', role: 'معاون توسعه فناوری معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست جمهوری', also_called: ['معاون توسعه فناوری'], statements: 2 },
      { name: 'کلاوس ریشتر', role: 'مشاور آلمانی طرح و استاد بازنشسته دانشگاه فنی آخن', also_called: ['ریشتر'], statements: 2 },
    ],
    speakers_never: ['ستاد توسعه فناوری‌های حوزه انرژی', 'صندوق نوآوری و شکوفایی', 'آرش ملکی', 'سازندگان'],
    figures: [
      { value: 3, unit: 'محصول', kind: 'count', about: '«سه محصول جدید» (lead, title; count in words)' },
      { value: 6, unit: 'نفر', kind: 'count', about: 'تیم آغازین شرکت' },
      { value: 140, unit: 'نیرو', kind: 'count', about: '«۱۴۰ نیروی متخصص» (unit in base form)' },
      { value: 12000, unit: 'بسته', kind: 'count', about: '«۱۲ هزار بسته باتری» ظرفیت سالانه' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'سهم ارزش افزوده داخلی' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'ارزان‌تر از نمونه وارداتی' },
      { value: 850000000000, unit: 'ریال', kind: 'money', about: 'تسهیلات مورد نیاز' },
      { value: 300000000000, unit: 'ریال', kind: 'money', about: 'تسهیلات دریافت‌شده' },
      { value: 1500000000, unit: 'دلار', kind: 'money', about: '«یک و نیم میلیارد دلار» بازار باتری تا ۱۴۱۰' },
      { value: 54, unit: 'شرکت', kind: 'count', about: 'شرکت‌های دانش‌بنیان زنجیره باتری' },
      { value: 500, unit: 'مگاوات‌ساعت', kind: 'measure', about: 'ظرفیت خط تولید سلول' },
      { value: 420000000, unit: 'دلار', kind: 'money', about: 'واردات باتری لیتیومی در سال گذشته' },
      { value: 110, unit: 'کیلومتر', kind: 'measure', about: 'پیمایش با هر بار شارژ' },
    ],
    figures_never: ['«سال ۱۳۹۷», «سال ۱۴۱۰»: years', '«امروز (شنبه)», «سال گذشته»: dates', '«۳۱ سال»: an age', '«۴ ساعت»: a duration', '«نخستین خط»: an ordinal', '«سالانه», «در سال», «هر بار شارژ»: bases', 'the video caption, the read-more box (its title has «۱۴۰۶»), «کد خبر» and the short link: not body'],
    notes: [
      'A science and technology item on Mehr News\' AMP page (/amp/6531842/: AMP runtime and boilerplate, amp-sidebar, a top bar with today\'s date and «نسخه کامل», amp-analytics; the date visible in words with a comma, «۱۳ تیر ۱۴۰۵، ۱۱:۰۵», next to «کد خبر»; the JSON-LD datePublished +03:30 (the gold) with a dateModified an hour later; rutitr (not body); summary lead; amp-img with caption and credit; an amp-iframe VIDEO (Aparat) with its own caption line «ویدئو: …» after paragraph 2 and a «بیشتر بخوانید:» box after paragraph 5, neither body; short link; tags; amp-social-share; related; a comment and an amp-form; «آخرین اخبار»; footer with the e-trust seal «نماد اعتماد الکترونیکی»).',
      'statements: Soltanirad: «NAME، ROLE، … گفت:» (two sentences, once), «وی افزود:» (two sentences, once), «سلطانی‌راد … تصریح کرد که …» (one) = 3; Nikfarjam: «… اظهار داشت:» (two sentences, once), «به گفته معاون توسعه فناوری، …» (the shortened role alone, one) = 2; Richter, a German consultant: «… به خبرنگار مهر گفت …» (indirect, one), «ریشتر همچنین تأکید کرد که …» (one) = 2.',
      'The energy technology headquarters («اعلام کرد») and the innovation fund are organizations; the doctoral researcher Maleki is only mentioned; «به گفته سازندگان» is an unnamed group. «سه محصول» is a count in words; «یک و نیم میلیارد دلار» is 1.5e9; «۱۴۰ نیروی» takes the unit نیرو in base form; «۵۰۰ مگاوات‌ساعت در سال» is kept with «در سال» as its basis.',
    ],
  },
  {
    name: 'tasnim-amp-volleyball-nations-league', site: 'tasnimAmp',
    inline: 'برنامه کامل دیدارهای تیم ملی والیبال در لیگ ملت‌ها',
    url: 'https://www.tasnimnews.com/fa/amp/news/1405/04/15/3418276/',
    title: 'ماریانی پس از برد مقابل ژاپن: دریافت تیم هنوز مشکل دارد',
    kicker: 'والیبال', date: '۱۵ تیر ۱۴۰۵ - ۰۹:۱۰',
    lead: 'سرمربی تیم ملی والیبال ایران پس از پیروزی مقابل ژاپن در هفته دوم لیگ ملت‌ها گفت تیمش با وجود این برد، در دریافت سرویس هنوز مشکل جدی دارد.',
    paras: [
      'به گزارش خبرنگار ورزشی خبرگزاری تسنیم، تیم ملی والیبال ایران بامداد امروز (دوشنبه) در ششمین دیدار خود در لیگ ملت‌ها، در شهر چیبا میزبان خود ژاپن را پس از ۲ ساعت و ۱۸ دقیقه بازی با نتیجه ۳ بر ۲ شکست داد تا با ۴ پیروزی، ۲ شکست و ۱۱ امتیاز در رده پنجم جدول قرار بگیرد.',
      'لورنتسو ماریانی، سرمربی ایتالیایی تیم ملی، در نشست خبری پس از بازی گفت: «در دو ست اول بازی خوبی ارائه دادیم، اما در ست‌های سوم و چهارم دریافت ما از هم پاشید. ژاپن با سرویس‌های پرشی فشار زیادی آورد و ما ۹ امتیاز مستقیم از روی سرویس از دست دادیم. این رقم برای تیمی که می‌خواهد به مرحله نهایی برسد، زیاد است.»',
      'وی درباره عملکرد بازیکنان جوان افزود: «امیرعلی رستمی در نخستین بازی‌اش در ترکیب اصلی نشان داد که آینده دارد. او ۱۷ امتیاز گرفت و در لحظات حساس ست پنجم نترسید.»',
      'ماریانی همچنین تأکید کرد که تیم برای حضور در مرحله نهایی که ۸ تیم در آن بازی می‌کنند، باید از ۶ بازی باقی‌مانده دست‌کم ۴ برد دیگر به دست آورد.',
      'سجاد کاظمیان، کاپیتان تیم ملی، نیز پس از بازی به خبرنگار تسنیم گفت بازیکنان پس از ۱۴ ساعت پرواز و تنها دو روز تمرین در ژاپن، با خستگی وارد این مسابقه شدند. کاظمیان تیم ملی را «خانواده‌ای که هیچ‌وقت تسلیم نمی‌شود» توصیف کرد و از حدود ۲ هزار هوادار ایرانی حاضر در سالن قدردانی کرد.',
      'سرمربی ژاپن هم در نشست خبری، شکست تیمش را نتیجه اشتباهات پرتعداد بازیکنانش در ست پنجم دانست.',
      'بر اساس گزارش کادر پزشکی تیم ملی، مصدومیت مچ پای پویا صادقی‌نیا، پاسور اصلی تیم، جدی نیست و او احتمالاً در دیدار فردا به میدان می‌رود. صادقی‌نیا در ست چهارم به دلیل همین مصدومیت تعویض شده بود.',
      'فدراسیون والیبال اعلام کرد دیدار بعدی ملی‌پوشان فردا (سه‌شنبه) ساعت ۱۰:۴۰ به وقت تهران مقابل کانادا برگزار می‌شود. بر اساس آیین‌نامه فدراسیون بین‌المللی والیبال، تیم قهرمان لیگ ملت‌ها یک میلیون دلار جایزه می‌گیرد.',
    ],
    extras: { 3: readMore('more-news', 'بیشتر بخوانید', 'https://www.tasnimnews.com/fa/amp/news/1405/03/28/3399150/', 'برنامه کامل دیدارهای تیم ملی والیبال در لیگ ملت‌ها') },
    tags: ['تیم ملی والیبال', 'لیگ ملت‌های والیبال', 'ژاپن', 'لورنتسو ماریانی'],
    caption: 'شادی بازیکنان تیم ملی پس از امتیاز آخر ست پنجم', credit: 'عکس: فدراسیون بین‌المللی والیبال',
    related: ['پیروزی والیبال ایران مقابل آرژانتین در هفته نخست', 'ترکیب تیم ملی برای هفته دوم لیگ ملت‌ها اعلام شد', 'ماریانی: از بازیکنان جوان استفاده می‌کنم'],
    mostRead: ['نقل و انتقالات لیگ برتر؛ مهاجم استقلال در راه قطر', 'زمان قرعه‌کشی لیگ نخبگان آسیا', 'محرومیت دو بازیکن پرسپولیس قطعی شد', 'جدول رده‌بندی لیگ ملت‌ها'],
    comments: [],
    speakers: [
      { name: 'لورنتسو ماریانی', role: 'سرمربی تیم ملی والیبال ایران', also_called: ['وی', 'ماریانی'], statements: 4 },
      { name: 'سجاد کاظمیان', role: 'کاپیتان تیم ملی', also_called: ['کاظمیان'], statements: 2 },
    ],
    speakers_never: ['سرمربی ژاپن', 'امیرعلی رستمی', 'پویا صادقی‌نیا', 'کادر پزشکی تیم ملی', 'فدراسیون والیبال', 'فدراسیون بین‌المللی والیبال'],
    figures: [
      { value: 4, unit: 'پیروزی', kind: 'count', about: 'پیروزی‌های ایران در جدول' },
      { value: 2, unit: 'شکست', kind: 'count', about: 'شکست‌های ایران' },
      { value: 11, unit: 'امتیاز', kind: 'count', about: 'امتیاز ایران در جدول' },
      { value: 9, unit: 'امتیاز', kind: 'count', about: 'امتیازهای از دست‌رفته روی سرویس' },
      { value: 17, unit: 'امتیاز', kind: 'count', about: 'امتیازهای رستمی' },
      { value: 8, unit: 'تیم', kind: 'count', about: 'تیم‌های مرحله نهایی' },
      { value: 6, unit: 'بازی', kind: 'count', about: 'بازی‌های باقی‌مانده' },
      { value: 4, unit: 'برد', kind: 'count', about: 'بردهای لازم' },
      { value: 2000, unit: 'هوادار', kind: 'count', about: '«حدود ۲ هزار هوادار» ایرانی در سالن' },
      { value: 1000000, unit: 'دلار', kind: 'money', about: '«یک میلیون دلار» جایزه قهرمان' },
    ],
    figures_never: ['«۳ بر ۲»: a score', '«۲ ساعت و ۱۸ دقیقه», «۱۴ ساعت», «دو روز»: durations', '«هفته دوم», «ششمین دیدار», «رده پنجم», «دو ست اول», «ست‌های سوم و چهارم», «ست پنجم», «ست چهارم», «نخستین بازی»: ordinals', '«ساعت ۱۰:۴۰»: a clock time', '«امروز (دوشنبه)», «فردا (سه‌شنبه)»: dates', 'the «زمان انتشار» and «به‌روزرسانی» lines, «انتهای پیام/» and the ad slot: not body'],
    notes: [
      'A sports report on Tasnim\'s AMP page (/fa/amp/news/1405/04/15/3418276/: AMP runtime and boilerplate, amp-sidebar, «نسخه کامل», an amp-ad slot labelled «تبلیغات» and an amp-sticky-ad, an amp-user-notification PUSH PROMPT «آیا مایلید از آخرین اخبار تسنیم مطلع شوید؟»; the date visible as «زمان انتشار: ۱۵ تیر ۱۴۰۵ - ۰۹:۱۰» AND an UPDATE line «به‌روزرسانی: ۱۵ تیر ۱۴۰۵ - ۱۱:۳۲»; the JSON-LD carries datePublished (the gold) and dateModified; service line «ورزشی › والیبال»; lead; amp-img with caption and credit on two lines; an in-body «بیشتر بخوانید» block after paragraph 4; «انتهای پیام/»; tags; amp-social-share; related; «پربیننده‌ترین»; footer).',
      'statements: Mariani is first given by role only, in the lead: «ROLE … گفت …» (one); then «NAME، سرمربی ایتالیایی تیم ملی، … گفت: «…»» (a three-sentence quote, once), «وی … افزود: «…»» (two sentences, once), «ماریانی همچنین تأکید کرد که …» (one) = 4; Kazemian: «… به خبرنگار تسنیم گفت …» (indirect, one), «کاظمیان … را «…» توصیف کرد و … قدردانی کرد» (one sentence, one) = 2.',
      'The Japan head coach speaks («… را نتیجه … دانست») but is named only by role: not a speaker. The young player Rostami is only talked about (inside Mariani\'s quote), the setter Sadeghinia only mentioned; the medical staff («بر اساس گزارش»), the federation («اعلام کرد») and the FIVB are organizations. «۳ بر ۲» is a score, not a figure; «۴ پیروزی» and «۴ برد» have different units; three امتیاز figures (۱۱ in the table, ۹ lost on serve, ۱۷ scored by Rostami) are distinct.',
    ],
  },
  {
    name: 'fars-mobile-armenia-economy-minister', site: 'farsMobile',
    inline: 'پل دوم نوردوز تا پایان سال افتتاح می‌شود',
    extraExcludes: ['قرارداد گاز در برابر برق با ارمنستان تمدید شد'],
    url: 'https://m.farsnews.ir/news/14050416000731/',
    title: 'هاکوبیان در تهران: تجارت ایران و ارمنستان باید به ۳ میلیارد دلار برسد',
    kicker: 'ایران و همسایگان', date: '۱۶ تیر ۱۴۰۵ - ۲۱:۱۵',
    lead: 'وزیر اقتصاد ارمنستان در نشست خبری مشترک با معاون دیپلماسی اقتصادی وزارت امور خارجه کشورمان در تهران گفت دو کشور برنامه‌ای تدوین کرده‌اند که حجم مبادلات تجاری را ظرف سه سال به ۳ میلیارد دلار برساند.',
    paras: [
      'به گزارش خبرنگار سیاست خارجی خبرگزاری فارس، گئورگ هاکوبیان، وزیر اقتصاد ارمنستان، که روز دوشنبه در رأس هیئتی ۴۰ نفره از مقامات و فعالان اقتصادی این کشور وارد تهران شد، امروز (سه‌شنبه) در این نشست اظهار کرد: تجارت ما در سال ۲۰۲۵ حدود ۷۲۰ میلیون دلار بود. این رقم با ظرفیت دو همسایه فاصله زیادی دارد و ما آماده‌ایم موانع گمرکی و حمل‌ونقل را یکی‌یکی برداریم.',
      'وی با اشاره به گذرگاه مرزی نوردوز افزود: «روزانه حدود ۴۵۰ کامیون از نوردوز عبور می‌کند، اما صف کامیون‌ها گاهی به سه روز می‌رسد. با افتتاح پل دوم مرزی که ساخت آن ۸۵ درصد پیشرفت فیزیکی دارد، این ظرفیت دو برابر خواهد شد.»',
      'هاکوبیان همچنین گفت ایروان از حضور شرکت‌های ایرانی در منطقه آزاد مغری استقبال می‌کند و هم‌اکنون بیش از ۲۰۰ شرکت ایرانی در ارمنستان ثبت شده‌اند.',
      'محمدرضا افشاری‌نسب، معاون دیپلماسی اقتصادی وزارت امور خارجه، نیز در این نشست گفت: سالانه حدود ۵۰۰ میلیون مترمکعب گاز به ارمنستان صادر می‌کنیم و در برابر آن برق دریافت می‌کنیم. این قرارداد تا سال ۲۰۳۰ تمدید شده است.',
      'افشاری‌نسب با بیان اینکه هرگونه تغییر در مرزهای شناخته‌شده منطقه برای ایران پذیرفتنی نیست، تأکید کرد که مسیر ترانزیتی خلیج فارس - دریای سیاه از خاک ارمنستان، اولویت تهران در همکاری‌های منطقه‌ای است.',
      'معاون وزیر خارجه در پاسخ به پرسش خبرنگار فارس درباره تعرفه‌ها نیز توافق تازه دو کشور برای کاهش تعرفه ۳۲۰ قلم کالا را «گام نخست» خواند.',
      'یک مقام ارمنی که نخواست نامش فاش شود، به خبرنگار فارس گفت موضوع کریدور زنگزور در گفت‌وگوهای این سفر مطرح نشده است.',
      'سازمان توسعه تجارت ایران نیز اعلام کرد صادرات غیرنفتی ایران به ارمنستان در سه ماه نخست امسال با ۲۲ درصد افزایش به ۱۶۸ میلیون دلار رسیده است. در این نشست عباس نوروزی‌فر، سفیر ایران در ایروان، نیز حضور داشت. قرار است نخست‌وزیر ارمنستان اواخر مرداد به تهران سفر کند.',
    ],
    extras: {
      1: readMore('m-inline', 'بیشتر بخوانید', 'https://m.farsnews.ir/news/14050322000418/', 'پل دوم نوردوز تا پایان سال افتتاح می‌شود'),
      4: readMore('m-inline', 'بیشتر بخوانید', 'https://m.farsnews.ir/news/14050207000913/', 'قرارداد گاز در برابر برق با ارمنستان تمدید شد'),
    },
    tags: ['ارمنستان', 'دیپلماسی اقتصادی', 'نوردوز', 'تجارت خارجی'],
    caption: 'نشست خبری مشترک وزیر اقتصاد ارمنستان و معاون وزیر امور خارجه در تهران', credit: 'عکس: فارس / علی خلیلی',
    related: ['رایزنی وزیر خارجه با همتای ارمنی درباره ترانزیت', 'رشد ۱۵ درصدی تردد کامیون‌ها در مرز نوردوز', 'نمایشگاه اختصاصی کالای ایرانی در ایروان برگزار می‌شود'],
    mostRead: ['واکنش تهران به بیانیه پایانی نشست بروکسل', 'جزئیات طرح جدید مجلس درباره حجاب', 'هشدار پلیس درباره کلاهبرداری با پیامک عدالت', 'قیمت بنزین در سال ۱۴۰۵ تغییر نمی‌کند'],
    comments: [['کاربر ناشناس', 'ارمنستان همسایه مهمی است، باید کار را به بخش خصوصی بسپارند.'], ['مسعود از تبریز', 'مرز نوردوز واقعاً صف طولانی دارد، امیدواریم پل دوم زودتر تمام شود.']],
    speakers: [
      { name: 'گئورگ هاکوبیان', role: 'وزیر اقتصاد ارمنستان', also_called: ['وی', 'هاکوبیان'], statements: 4 },
      { name: 'محمدرضا افشاری‌نسب', role: 'معاون دیپلماسی اقتصادی وزارت امور خارجه', also_called: ['افشاری‌نسب', 'معاون وزیر خارجه'], statements: 3 },
    ],
    speakers_never: ['یک مقام ارمنی', 'عباس نوروزی‌فر', 'نخست‌وزیر ارمنستان', 'سازمان توسعه تجارت ایران'],
    figures: [
      { value: 3000000000, unit: 'دلار', kind: 'money', about: '«۳ میلیارد دلار» هدف تجارت (lead, title)' },
      { value: 40, unit: 'نفر', kind: 'count', about: '«هیئتی ۴۰ نفره» (unit in base form)' },
      { value: 720000000, unit: 'دلار', kind: 'money', about: 'تجارت دو کشور در ۲۰۲۵' },
      { value: 450, unit: 'کامیون', kind: 'count', about: 'عبور روزانه کامیون از نوردوز (kept; «روزانه» is its basis)' },
      { value: 85, unit: 'درصد', kind: 'percent', about: 'پیشرفت فیزیکی پل دوم' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«دو برابر» ظرفیت' },
      { value: 200, unit: 'شرکت', kind: 'count', about: '«بیش از ۲۰۰ شرکت ایرانی»' },
      { value: 500000000, unit: 'مترمکعب', kind: 'measure', about: '«حدود ۵۰۰ میلیون مترمکعب» صادرات سالانه گاز' },
      { value: 320, unit: 'قلم', kind: 'count', about: 'اقلام کالایی کاهش تعرفه' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'رشد صادرات غیرنفتی' },
      { value: 168000000, unit: 'دلار', kind: 'money', about: 'صادرات غیرنفتی سه ماه نخست' },
    ],
    figures_never: ['«سال ۲۰۲۵», «سال ۲۰۳۰»: years', '«ظرف سه سال», «سه روز»: durations', '«پل دوم», «گام نخست», «سه ماه نخست»: ordinals and periods', '«روز دوشنبه», «امروز (سه‌شنبه)», «اواخر مرداد»: dates', '«روزانه», «سالانه»: bases', 'the relative time «۳ ساعت پیش», «کد خبر: ۱۴۰۵۰۴۱۶۰۰۰۷۳۱» and the two «بیشتر بخوانید» links: not body'],
    notes: [
      'A foreign-affairs report on the Fars News MOBILE site (m.farsnews.ir, a responsive page, not AMP: an app-install bar «اپلیکیشن خبرگزاری فارس را دریافت کنید», a hamburger drawer and a footer with «خروج از نسخه موبایل», a bottom tab bar; NO date metadata: the only date is a RELATIVE time «۳ ساعت پیش» whose <time datetime> is the instant in UTC with milliseconds, «2026-07-07T17:45:00.000Z» = 21:15 Tehran, the gold (the news code 14050416… agrees on the day); service line; lead; photo with caption and credit; TWO in-body «بیشتر بخوانید» links, after paragraphs 2 and 5, not body; «انتهای پیام»; tags; share links and «کپی لینک»; related; comments with likes and relative times, and a form «ثبت نظر»; «پربازدید»).',
      'statements: Hakobyan, the Armenian minister, is first given by role only, in the lead: «ROLE … گفت …» (one); then «NAME، ROLE، … اظهار کرد:» (two-sentence quote, once), «وی … افزود: «…»» (two sentences, once), «هاکوبیان همچنین گفت …» (one) = 4; Afsharinasab: «… گفت:» (two sentences, once), «افشاری‌نسب با بیان اینکه … تأکید کرد که …» (one), the shortened role alone «معاون وزیر خارجه … را «…» خواند» (one) = 3. The lead names Afsharinasab\'s office but not as a speaker; his role is taken from the body.',
      'The Armenian official «که نخواست نامش فاش شود» is an unnamed source; the ambassador Nowruzifar is only mentioned (present); the Armenian prime minister is only mentioned (a planned visit); the trade promotion organization («اعلام کرد») is an organization. «هیئتی ۴۰ نفره» is 40 نفر in base form; «۴۵۰ کامیون» a day is kept with «روزانه» as its basis; «دو برابر» is count/برابر; «گام نخست» is a quoted phrase, not a figure.',
    ],
  },
  {
    name: 'hamshahri-amp-oudlajan-house-restoration', site: 'hamshahriAmp',
    inline: 'عودلاجان؛ محله‌ای که دوباره جان می‌گیرد',
    url: 'https://www.hamshahrionline.ir/amp/978412/',
    title: 'خانه تاریخی مستوفی‌زاده پس از چهار سال مرمت به روی مردم باز شد',
    kicker: 'میراث فرهنگی', date: '۱۸ تیر ۱۴۰۵ - ۰۸:۵۰',
    lead: 'خانه تاریخی مستوفی‌زاده در محله عودلاجان تهران پس از چهار سال مرمت، از امروز (پنجشنبه) به روی بازدیدکنندگان باز می‌شود؛ مرمت این خانه قاجاری ۴۸۰ میلیارد تومان هزینه داشته است.',
    paras: [
      'به گزارش همشهری آنلاین، این خانه که حدود ۱۶۰ سال پیش ساخته شده، با زیربنای ۲ هزار و ۴۰۰ متر مربع، دو حیاط اندرونی و بیرونی و ۲۲ اتاق، بزرگ‌ترین خانه تاریخی باقی‌مانده در عودلاجان است. شهرداری تهران این خانه را سال ۱۴۰۱ از وراث آن خریداری کرد.',
      'الهام کاشانی‌فر، مدیر پروژه مرمت و معمار مرمتگر، در آیین بازگشایی گفت: وقتی کار را شروع کردیم، سقف تالار اصلی در حال فرو ریختن بود و ۶۰ درصد آینه‌کاری‌ها آسیب دیده بود. تصمیم گرفتیم هیچ آینه‌ای را دور نریزیم و هر قطعه را شماره‌گذاری کنیم. بیش از ۱۸۰ هزار قطعه آینه یکی‌یکی تمیز و دوباره نصب شد.',
      'وی افزود: بیشترین زمان را ارسی‌های طبقه بالا گرفت. از ۱۴ ارسی این خانه فقط ۵ ارسی سالم مانده بود و بقیه را استادکاران اصفهانی با همان چوب و همان گره‌ها بازسازی کردند.',
      'داوود مرادبیگی، معاون امور اجتماعی و فرهنگی شهرداری تهران، نیز در این مراسم گفت این خانه از این پس میزبان موزه خوشنویسی تهران خواهد بود و بیش از ۳۰۰ اثر از مجموعه کتابخانه‌ها و موزه‌های شهرداری در آن به نمایش درمی‌آید.',
      'معاون شهردار تهران با اشاره به بافت تاریخی منطقه ۱۲ تصریح کرد: ۳۵ خانه تاریخی دیگر در این منطقه در انتظار مرمت است و شهرداری امسال هزار و ۲۰۰ میلیارد تومان برای مرمت بافت تاریخی اعتبار پیش‌بینی کرده است. نمی‌خواهیم این خانه‌ها فقط موزه شوند؛ کافه، اقامتگاه و کارگاه صنایع‌دستی هم می‌تواند زندگی را به عودلاجان برگرداند.',
      'مینا قدیری، یکی از نخستین بازدیدکنندگان که کودکی‌اش را در کوچه‌های عودلاجان گذرانده، به خبرنگار همشهری گفت: مادربزرگم تعریف می‌کرد در همین حیاط عروسی می‌گرفتند. فکر نمی‌کردم روزی دوباره در این خانه باز شود.',
      'سازمان زیباسازی شهر تهران اعلام کرد بازدید از خانه مستوفی‌زاده از شنبه تا پنجشنبه، ساعت ۹ تا ۱۸ آزاد است و بهای بلیت ورودی ۵۰ هزار تومان است. نورپردازی شبانه بنا را نیلوفر صدری، طراح نور، انجام داده است.',
    ],
    extras: {
      2: `<div class="slideshow"><amp-carousel width="800" height="533" layout="responsive" type="slides" controls loop>
<figure><amp-img src="https://media.hamshahrionline.ir/d/2026/07/09/4/5402190.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>تالار آینه پیش از مرمت</figcaption></figure>
<figure><amp-img src="https://media.hamshahrionline.ir/d/2026/07/09/4/5402191.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>ارسی‌های بازسازی‌شده طبقه بالا</figcaption></figure>
<figure><amp-img src="https://media.hamshahrionline.ir/d/2026/07/09/4/5402192.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>حوضخانه و حیاط اندرونی</figcaption></figure>
</amp-carousel></div>`,
      4: readMore('inline-read', 'بخوانید:', 'https://www.hamshahrionline.ir/amp/971905/', 'عودلاجان؛ محله‌ای که دوباره جان می‌گیرد'),
    },
    tags: ['عودلاجان', 'خانه تاریخی', 'مرمت', 'شهرداری تهران'],
    caption: 'حیاط بیرونی خانه مستوفی‌زاده پس از مرمت', credit: 'عکس: همشهری / آرمان طاهری',
    related: ['حمام تاریخی خان در بازار تهران موزه می‌شود', 'بافت تاریخی تهران چند خانه قاجاری دارد؟', 'پیاده‌راه ناصرخسرو تا پایان سال تکمیل می‌شود'],
    mostRead: ['زمان بازگشایی پل طبیعت پس از تعمیرات', 'مترو تهران در تابستان تا ساعت ۲۴ کار می‌کند', 'شهرداری برای ساماندهی دستفروشان چه برنامه‌ای دارد؟', 'بلیت الکترونیک اتوبوس‌های تهران رایگان شد'],
    comments: [['سارا', 'کاش بلیت دانشجویی هم داشته باشد.'], ['حسین', 'عودلاجان را دریابید، خیلی از خانه‌ها در حال ریزش است.']],
    speakers: [
      { name: 'الهام کاشانی‌فر', role: 'مدیر پروژه مرمت و معمار مرمتگر', also_called: ['وی'], statements: 2 },
      { name: 'داوود مرادبیگی', role: 'معاون امور اجتماعی و فرهنگی شهرداری تهران', also_called: ['معاون شهردار تهران'], statements: 2 },
      { name: 'مینا قدیری', role: 'یکی از نخستین بازدیدکنندگان', also_called: [], statements: 1 },
    ],
    speakers_never: ['سازمان زیباسازی شهر تهران', 'نیلوفر صدری', 'همشهری آنلاین', 'آرمان طاهری'],
    figures: [
      { value: 480000000000, unit: 'تومان', kind: 'money', about: '«۴۸۰ میلیارد تومان» هزینه مرمت (lead)' },
      { value: 2400, unit: 'متر مربع', kind: 'measure', about: '«۲ هزار و ۴۰۰ متر مربع» زیربنا' },
      { value: 2, unit: 'حیاط', kind: 'count', about: '«دو حیاط» (count in words)' },
      { value: 22, unit: 'اتاق', kind: 'count', about: 'اتاق‌های خانه' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'آینه‌کاری‌های آسیب‌دیده' },
      { value: 180000, unit: 'قطعه', kind: 'count', about: '«بیش از ۱۸۰ هزار قطعه آینه»' },
      { value: 14, unit: 'ارسی', kind: 'count', about: 'ارسی‌های خانه' },
      { value: 5, unit: 'ارسی', kind: 'count', about: 'ارسی‌های سالم‌مانده' },
      { value: 300, unit: 'اثر', kind: 'count', about: '«بیش از ۳۰۰ اثر» خوشنویسی' },
      { value: 35, unit: 'خانه', kind: 'count', about: 'خانه‌های تاریخی در انتظار مرمت' },
      { value: 1200000000000, unit: 'تومان', kind: 'money', about: '«هزار و ۲۰۰ میلیارد تومان» اعتبار مرمت بافت تاریخی' },
      { value: 50000, unit: 'تومان', kind: 'money', about: 'بهای بلیت' },
    ],
    figures_never: ['«چهار سال»: a duration (title, lead)', '«حدود ۱۶۰ سال پیش», «سال ۱۴۰۱», «امروز (پنجشنبه)», «امسال»: dates and years', '«منطقه ۱۲»: part of a name', '«ساعت ۹ تا ۱۸», «از شنبه تا پنجشنبه»: opening hours and days', '«نخستین بازدیدکنندگان»: an ordinal', 'the slideshow captions, «زمان مطالعه: ۳ دقیقه», «کد خبر ۹۷۸۴۱۲» and the «بخوانید:» link: not body'],
    notes: [
      'A heritage news item on Hamshahri Online\'s AMP page (/amp/978412/: AMP runtime and boilerplate, amp-sidebar, «نسخه کامل», amp-analytics, an amp-user-notification bar «دریافت اعلان‌های همشهری آنلاین»; the date visible with its weekday, «پنجشنبه ۱۸ تیر ۱۴۰۵ - ۰۸:۵۰», next to «زمان مطالعه: ۳ دقیقه» and «منبع: همشهری آنلاین»; article:published_time +03:30 in the head is the only date metadata (no JSON-LD); lead; amp-img with caption and credit; an AMP-CAROUSEL slideshow of three photos with their own captions after paragraph 3 and an inline «بخوانید:» link after paragraph 5, neither body; «کد خبر ۹۷۸۴۱۲»; tags; amp-social-share; related; comments and a form under «دیدگاه شما»; «پربازدیدترین»; footer).',
      'statements: Kashanifar: «NAME، ROLE، … گفت:» (a three-sentence quote, once), «وی افزود:» (two sentences, once) = 2; Moradbeigi: «NAME، ROLE، … گفت …» (indirect, one), the shortened role alone «معاون شهردار تهران … تصریح کرد:» (multi-sentence quote, once) = 2; Ghadiri, a visitor: «… به خبرنگار همشهری گفت:» (two sentences, once) = 1; the relative clause on her childhood adds nothing.',
      'The city beautification organization («اعلام کرد») is an organization; the light designer Sadri is only mentioned. «دو حیاط» is a count in words; «۱۴ ارسی» and «۵ ارسی» are two figures with one unit; «هزار و ۲۰۰ میلیارد تومان» is 1.2e12 (the leading «هزار» without a digit); «منطقه ۱۲» is a district\'s name.',
    ],
  },
  {
    name: 'khabaronline-amp-tehran-earthquake-interview', site: 'khabaronlineAmp', author: 'نگین باقری',
    inline: 'نقشه پهنه‌بندی خطر زلزله تهران به‌روزرسانی شد',
    url: 'https://www.khabaronline.ir/amp/2118436/',
    title: 'زلزله‌شناس در گفت‌وگو با خبرآنلاین: هیچ‌کس نمی‌تواند بگوید زلزله کوچک پیش‌لرزه است یا نه',
    kicker: 'حوادث طبیعی', date: '۲۰ تیر ۱۴۰۵ - ۱۲:۰۰',
    lead: 'زمین‌لرزه ۴٫۱ ریشتری بامداد پنجشنبه در حوالی پردیس، بار دیگر پرسش از آمادگی تهران برای زلزله بزرگ را پیش کشید. خبرآنلاین در این باره با پروانه شاکری‌فر، زلزله‌شناس و عضو هیئت علمی پژوهشگاه بین‌المللی زلزله‌شناسی و مهندسی زلزله، گفت‌وگو کرده است.',
    paras: [
      'کیوان سلیمانی‌پور، رئیس سازمان پیشگیری و مدیریت بحران شهر تهران، روز پنجشنبه گفته بود این زمین‌لرزه خسارتی در پایتخت نداشته، اما در ۲ ساعت نخست پس از آن، ۴۸ هزار تماس با سامانه ۱۳۷ شهرداری گرفته شده است. سلیمانی‌پور همچنین گفته بود ۱۳۰ هزار ساختمان ناایمن در تهران شناسایی شده که نیمی از آنها در مناطق جنوبی شهر قرار دارند.',
      'Q: زمین‌لرزه پنجشنبه از کدام گسل بود و آیا باید آن را پیش‌نشانگر یک زلزله بزرگ دانست؟',
      'رومرکز این زمین‌لرزه نزدیک گسل مشا بود، اما هیچ زلزله‌شناسی در دنیا نمی‌تواند با اطمینان بگوید یک زمین‌لرزه کوچک پیش‌لرزه است یا نه. در ۱۰ سال گذشته در شعاع ۱۰۰ کیلومتری تهران بیش از ۹۰۰ زمین‌لرزه کوچک‌تر از ۴ ریشتر ثبت شده و هیچ‌کدام به زلزله بزرگ ختم نشده است.',
      'Q: تهران چند گسل فعال دارد؟',
      'سه گسل اصلی مشا، شمال تهران و ری در اطراف شهر فعال‌اند و گسل‌های کوچک‌تر زیادی هم زیر خود شهر هست. گسل شمال تهران به تنهایی توان ایجاد زمین‌لرزه‌ای تا ۷٫۲ ریشتر را دارد.',
      'Q: اگر زلزله‌ای با این بزرگی رخ دهد، چه اتفاقی می‌افتد؟',
      'بر اساس سناریوی مطالعه مشترکی که سال‌ها پیش با آژانس همکاری‌های بین‌المللی ژاپن (جایکا) انجام شد، اگر گسل ری فعال شود، حدود ۵۵ درصد ساختمان‌های شهر آسیب جدی می‌بینند. البته آن مطالعه قدیمی است و شهر از آن زمان بسیار تغییر کرده؛ هم ساختمان‌های مقاوم بیشتر شده و هم جمعیت.',
      'Q: مهم‌ترین کاری که یک خانواده تهرانی باید همین امروز انجام دهد چیست؟',
      'کیف اضطراری و تمرین. همکار ژاپنی‌ام، تاکه‌شی ایشیدا، همیشه می‌گوید زلزله آدم نمی‌کشد، ساختمان آدم می‌کشد. نظرسنجی سال گذشته ما نشان داد بیش از ۷۰ درصد تهرانی‌ها نمی‌دانند نزدیک‌ترین فضای باز امن محله‌شان کجاست. این را باید قبل از زلزله بدانیم، نه بعد از آن.',
      'Q: و حرف آخر؟',
      'زلزله را نمی‌شود پیش‌بینی کرد، اما تلفات آن را می‌شود کم کرد. هر تومانی که امروز صرف مقاوم‌سازی شود، فردا چند برابرش را برمی‌گرداند.',
    ],
    extras: {
      4: `<figure class="infographic"><amp-iframe width="600" height="800" layout="responsive" sandbox="allow-scripts allow-same-origin" frameborder="0" src="https://media.khabaronline.ir/infographic/faults-tehran-1405/index.html"><amp-img layout="fill" src="https://media.khabaronline.ir/d/2026/07/11/0/6091740.png" placeholder></amp-img></amp-iframe><figcaption>اینفوگرافیک: گسل‌های فعال اطراف تهران</figcaption></figure>`,
      8: readMore('ko-inline', 'بیشتر بخوانید', 'https://www.khabaronline.ir/amp/2109984/', 'نقشه پهنه‌بندی خطر زلزله تهران به‌روزرسانی شد'),
    },
    tags: ['زلزله', 'گسل مشا', 'تهران', 'مدیریت بحران'],
    caption: 'پروانه شاکری‌فر در ایستگاه لرزه‌نگاری پژوهشگاه', credit: 'عکس: خبرآنلاین',
    related: ['زلزله ۴٫۱ ریشتری پردیس خسارت نداشت', 'چند ساختمان ناایمن در تهران داریم؟', 'کیف اضطراری زلزله چه چیزهایی داشته باشد؟'],
    mostRead: ['ثبت‌نام خودروهای وارداتی از امروز', 'جدول پخش سریال‌های تابستانی تلویزیون', 'پیش‌بینی گرمای ۴۵ درجه در تهران', 'ماجرای قطعی اینترنت در شهرهای شمالی'],
    comments: [['مهسا', 'شماره سامانه مدیریت بحران در همه محله‌ها جواب می‌دهد؟'], ['علی', 'ساختمان ما ۴۰ سال عمر دارد، برای مقاوم‌سازی به کجا مراجعه کنیم؟']],
    speakers: [
      { name: 'پروانه شاکری‌فر', role: 'زلزله‌شناس و عضو هیئت علمی پژوهشگاه بین‌المللی زلزله‌شناسی و مهندسی زلزله', also_called: [], statements: 5 },
      { name: 'کیوان سلیمانی‌پور', role: 'رئیس سازمان پیشگیری و مدیریت بحران شهر تهران', also_called: ['سلیمانی‌پور'], statements: 2 },
      { name: 'تاکه‌شی ایشیدا', role: 'همکار ژاپنی', also_called: [], statements: 1 },
    ],
    speakers_never: ['آژانس همکاری‌های بین‌المللی ژاپن', 'جایکا', 'خبرآنلاین'],
    figures: [
      { value: 4.1, unit: 'ریشتر', kind: 'measure', about: '«زمین‌لرزه ۴٫۱ ریشتری» (lead; unit in base form)' },
      { value: 48000, unit: 'تماس', kind: 'count', about: 'تماس‌ها با سامانه ۱۳۷' },
      { value: 130000, unit: 'ساختمان', kind: 'count', about: 'ساختمان‌های ناایمن' },
      { value: 100, unit: 'کیلومتر', kind: 'measure', about: '«شعاع ۱۰۰ کیلومتری» (unit in base form)' },
      { value: 900, unit: 'زمین‌لرزه', kind: 'count', about: '«بیش از ۹۰۰ زمین‌لرزه» کوچک' },
      { value: 4, unit: 'ریشتر', kind: 'measure', about: '«کوچک‌تر از ۴ ریشتر»' },
      { value: 3, unit: 'گسل', kind: 'count', about: '«سه گسل اصلی» (count in words)' },
      { value: 7.2, unit: 'ریشتر', kind: 'measure', about: 'توان گسل شمال تهران' },
      { value: 55, unit: 'درصد', kind: 'percent', about: 'ساختمان‌های آسیب‌دیده در سناریوی گسل ری' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'تهرانی‌هایی که فضای باز امن را نمی‌شناسند' },
    ],
    figures_never: ['«سامانه ۱۳۷»: a phone number', '«۲ ساعت نخست», «۱۰ سال گذشته»: durations', '«بامداد پنجشنبه», «روز پنجشنبه», «سال گذشته», «سال‌ها پیش»: dates', '«نیمی از آنها»: vague', '«چند برابر»: vague', '«هر تومانی»: no number', 'the infographic line, the read-more link, the comment reply about «سامانه ۱۳۷» and the «۱۲:۰۰ - ۲۰ تیر ۱۴۰۵» line: not body'],
    notes: [
      'A Q&A interview on Khabar Online\'s AMP page (/amp/2118436/: AMP runtime and boilerplate, amp-sidebar, «نسخه اصلی», amp-analytics, a cookie amp-user-notification; the date visible TIME FIRST after a label, «تاریخ انتشار: ۱۲:۰۰ - ۲۰ تیر ۱۴۰۵»; article:published_time and the JSON-LD datePublished both in UTC, «2026-07-11T08:30:00Z» = 12:00 Tehran, the gold; service line; rutitr «گفت‌وگو» (not body); lead; amp-img with caption; an intro paragraph, then questions as bold paragraphs (body) and answers; an amp-iframe INFOGRAPHIC with its own title line after paragraph 5 and a «بیشتر بخوانید» link after the fourth answer, neither body; author line; tags; amp-social-share; related; comments with a «پاسخ خبرآنلاین» reply and an «ارسال نظر» link; most-read; footer «استفاده از مطالب خبرآنلاین با ذکر منبع بلامانع است»).',
      'statements: Shakerifar: one per interview answer = 5 (the lead sentence announcing the interview, which gives her name and role, is not a statement); Soleimanipour, reported in the past perfect: «NAME، ROLE، روز پنجشنبه گفته بود …» (one), «سلیمانی‌پور همچنین گفته بود …» (one) = 2; Ishida, the Japanese colleague quoted INSIDE her fourth answer: «همکار ژاپنی‌ام، NAME، همیشه می‌گوید …» = 1 (the answer still counts once for her); his role is given as the body gives it, «همکار ژاپنی(‌ام)».',
      'JICA («مطالعه مشترکی که … با … جایکا انجام شد») is an organization. «۴٫۱ ریشتری» is 4.1 ریشتر (unit in base form), distinct from «۴ ریشتر» and «۷٫۲ ریشتر»; «سه گسل اصلی» is a count in words; «شعاع ۱۰۰ کیلومتری» is 100 کیلومتر; «سامانه ۱۳۷» is a phone number; «چند برابر» is vague.',
    ],
  },
  {
    name: 'donya-print-ipo-wave-stock-market', site: 'donyaPrint', author: 'سمانه طاهرخانی',
    url: 'https://donya-e-eqtesad.com/fa/print/4187652',
    title: 'سه عرضه اولیه در راه بازار سهام؛ بورس به دنبال ۱۲ هزار و ۴۰۰ میلیارد ریال نقدینگی',
    kicker: 'بورس', date: '۲۲ تیر ۱۴۰۵ - ۰۰:۴۵',
    extraExcludes: ['نمودار: ارزش معاملات خرد سهام در سه ماه اخیر'],
    lead: 'شرکت بورس تهران از عرضه اولیه سهام سه شرکت تا پایان تیرماه خبر داده است؛ مجموع ارزش این عرضه‌ها به قیمت پایه حدود ۱۲ هزار و ۴۰۰ میلیارد ریال برآورد می‌شود، در حالی که ارزش معاملات خرد بازار در هفته گذشته به کمترین رقم سه ماه اخیر رسید.',
    paras: [
      'سهام این سه شرکت، یعنی یک تولیدکننده لوازم خانگی، یک شرکت پتروشیمی و یک هلدینگ کشتیرانی، به‌صورت جداگانه و به روش ثبت سفارش عرضه می‌شود. بر اساس اطلاعیه شرکت بورس، سقف خرید هر کد معاملاتی در هر عرضه ۱۵۰ میلیون ریال است.',
      'نخستین عرضه روز ۲۸ تیر و مربوط به شرکت لوازم خانگی «آرام‌سازان» است که ۴۵ درصد سهام آن در اختیار گروه صنعتی نیکان به ریاست فریدون اصلانی قرار دارد.',
      '## بازار توان جذب دارد؟',
      'حمیدرضا توکلی‌زاده، مدیرعامل شرکت بورس تهران، در گفت‌وگو با «دنیای اقتصاد» گفت: عرضه‌های امسال با فاصله دست‌کم دو هفته از یکدیگر انجام می‌شود تا فشار فروش روی سایر نمادها ایجاد نشود. در عرضه‌های اولیه سال گذشته به‌طور میانگین ۲ میلیون و ۶۰۰ هزار کد معاملاتی مشارکت داشتند.',
      'توکلی‌زاده افزود: در هر عرضه ۱۰ درصد سهام شرکت به بازار می‌آید و ناشر متعهد شده تا یک ماه پس از عرضه از قیمت سهم حمایت کند.',
      'اما به اعتقاد ساناز وکیلی، مدیر سرمایه‌گذاری شرکت سبدگردان آتیه نوین، بازار در شرایط فعلی توان جذب این حجم عرضه را ندارد. وکیلی می‌گوید ارزش معاملات خرد سهام در هفته گذشته به‌طور میانگین روزانه ۴ هزار و ۲۰۰ میلیارد ریال بوده که نسبت به اردیبهشت ۳۸ درصد کمتر است.',
      'این کارشناس بازار سرمایه تأکید کرد: وقتی نرخ سود اوراق بدهی دولتی به ۳۴ درصد رسیده، پول تازه‌ای به بورس نمی‌آید. عرضه اولیه در این شرایط فقط نقدینگی را از یک نماد به نماد دیگر جابه‌جا می‌کند.',
      '## واکنش ناظر بازار',
      'امید جهانبخش، معاون نظارت بر بازار سازمان بورس و اوراق بهادار، در واکنش به این نگرانی‌ها به «دنیای اقتصاد» گفت عرضه اولیه یکی از معدود ابزارهای جذب سرمایه‌گذار تازه است و توقف آن، پیام منفی به بازار می‌دهد.',
      'بر اساس آمار سازمان بورس و اوراق بهادار، در سه ماه نخست امسال ۱۸ هزار و ۷۰۰ میلیارد ریال پول حقیقی از بازار سهام خارج شده و شاخص کل بورس تهران در همین مدت ۶ درصد افت کرده است.',
    ],
    extras: { 5: '<p class="chart-line">نمودار: ارزش معاملات خرد سهام در سه ماه اخیر</p>' },
    tags: ['عرضه اولیه', 'بورس تهران', 'معاملات خرد', 'سازمان بورس'],
    caption: 'تالار معاملات بورس تهران', credit: 'عکس: دنیای اقتصاد',
    related: ['ارزش معاملات خرد در کف سه‌ماهه', 'سود اوراق دولتی رکورد زد', 'فرابورس دو عرضه اولیه را به مرداد برد'],
    mostRead: [],
    comments: [],
    speakers: [
      { name: 'حمیدرضا توکلی‌زاده', role: 'مدیرعامل شرکت بورس تهران', also_called: ['توکلی‌زاده'], statements: 2 },
      { name: 'ساناز وکیلی', role: 'مدیر سرمایه‌گذاری شرکت سبدگردان آتیه نوین', also_called: ['وکیلی', 'این کارشناس بازار سرمایه'], statements: 3 },
      { name: 'امید جهانبخش', role: 'معاون نظارت بر بازار سازمان بورس و اوراق بهادار', also_called: [], statements: 1 },
    ],
    speakers_never: ['شرکت بورس تهران', 'سازمان بورس و اوراق بهادار', 'فریدون اصلانی', 'دنیای اقتصاد'],
    figures: [
      { value: 3, unit: 'شرکت', kind: 'count', about: '«سه شرکت» (lead; count in words)' },
      { value: 12400000000000, unit: 'ریال', kind: 'money', about: '«۱۲ هزار و ۴۰۰ میلیارد ریال» ارزش عرضه‌ها (lead, title)' },
      { value: 150000000, unit: 'ریال', kind: 'money', about: 'سقف خرید هر کد' },
      { value: 45, unit: 'درصد', kind: 'percent', about: 'سهم گروه صنعتی نیکان' },
      { value: 2600000, unit: 'کد', kind: 'count', about: '«۲ میلیون و ۶۰۰ هزار کد معاملاتی»' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'سهام عرضه‌شده در هر عرضه' },
      { value: 4200000000000, unit: 'ریال', kind: 'money', about: '«۴ هزار و ۲۰۰ میلیارد ریال» معاملات خرد روزانه (kept; «روزانه» is its basis)' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'کاهش نسبت به اردیبهشت' },
      { value: 34, unit: 'درصد', kind: 'percent', about: 'نرخ سود اوراق بدهی' },
      { value: 18700000000000, unit: 'ریال', kind: 'money', about: '«۱۸ هزار و ۷۰۰ میلیارد ریال» خروج پول حقیقی' },
      { value: 6, unit: 'درصد', kind: 'percent', about: 'افت شاخص کل' },
    ],
    figures_never: ['«پایان تیرماه», «روز ۲۸ تیر», «هفته گذشته», «سال گذشته», «اردیبهشت», «امسال»: dates', '«سه ماه اخیر», «دو هفته», «یک ماه», «سه ماه نخست»: durations and periods', '«نخستین عرضه»: an ordinal', '«هر کد», «هر عرضه», «روزانه»: bases', '«یک نماد»: lone «یک»', 'the issue line (شماره ۶۱۳۲، صفحه ۵), the chart line, «کد خبر» and the print date: not body'],
    notes: [
      'A market analysis in the Donya-e-Eqtesad PRINT VERSION (/fa/print/4187652: noindex, a print stylesheet, <body onload="window.print()">, no menus; «نسخه قابل چاپ»; the paper\'s ISSUE line «روزنامه دنیای اقتصاد، شماره ۶۱۳۲، دوشنبه ۲۲ تیر ۱۴۰۵، صفحه ۵ (بورس)»; the online publication time in the print-info table as numeric «تاریخ انتشار: ۱۴۰۵/۰۴/۲۲ ساعت ۰۰:۴۵» (ساعت between date and time, just after midnight), the gold, next to «کد خبر» and the section; the footer gives the PRINT date two days later, «این صفحه در تاریخ ۱۴۰۵/۰۴/۲۴ ساعت ۱۰:۰۸ چاپ شده است», and the address; author line; title as <h1>; lead; photo with caption; two subheads as <h3> (body); a chart line «نمودار: …» kept as a text paragraph after paragraph 6, not body; tags and related as text; «چاپ این صفحه» / «بستن»). The ARTICLE TEXT (title, lead, body with subheads, caption) is typed with ARABIC yeh and kaf (ي ك) while the print chrome uses Persian letters: the gold title and body are exactly what the page shows; names, roles, units and speakers_never are given in Persian letters.',
      'statements: Tavakolizadeh: «NAME، ROLE، در گفت‌وگو با «دنیای اقتصاد» گفت:» (two sentences, once), «توکلی‌زاده افزود:» (one) = 2; Vakili: «به اعتقاد NAME، ROLE، …» (one), «وکیلی می‌گوید …» (one), the descriptive reference alone «این کارشناس بازار سرمایه تأکید کرد:» (two sentences, once) = 3; Jahanbakhsh: «NAME، ROLE، … گفت …» (indirect, one) = 1.',
      'The Tehran Stock Exchange company announces the offerings in the lead («از … خبر داده است», «بر اساس اطلاعیه») and the SEO gives data («بر اساس آمار»): organizations; the chairman of the holding, Aslani, is only mentioned; «دنیای اقتصاد» is the paper itself. «سه شرکت» is a count in words; «۱۲ هزار و ۴۰۰ میلیارد ریال» is 1.24e13; the per-code cap and the daily trading value are kept with their bases left out; the subhead questions are body.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (page text written for this set).
// ---------------------------------------------------------------------------------------------

/** [headline, clock time, one-line summary] of the YJC tag page. */
const YJC_TAG_ITEMS: [string, string, string][] = [
  ['ادارات ۱۰ استان فردا تعطیل شد', '19:42', 'به دلیل گرمای شدید هوا و صرفه‌جویی در مصرف برق، ادارات ۱۰ استان روز پنجشنبه تعطیل است.'],
  ['دمای اهواز به ۵۰ درجه رسید', '17:15', 'ایستگاه هواشناسی فرودگاه اهواز بیشینه دمای امروز را ۵۰ درجه سانتی‌گراد ثبت کرد.'],
  ['هشدار نارنجی هواشناسی برای ۶ استان جنوبی', '15:03', 'سازمان هواشناسی نسبت به تداوم دمای بالای ۴۵ درجه تا پایان هفته هشدار داد.'],
  ['مصرف برق از ۷۸ هزار مگاوات گذشت', '13:30', 'اوج مصرف برق کشور امروز رکورد تازه‌ای ثبت کرد.'],
  ['توصیه‌های پزشکی برای پیشگیری از گرمازدگی', '11:48', 'از ساعت ۱۱ تا ۱۶ از قرار گرفتن طولانی در معرض آفتاب خودداری کنید.'],
  ['ساعت کاری بانک‌ها در تیر تغییر کرد', '10:20', 'بانک‌ها از شنبه از ساعت ۷ تا ۱۲ پذیرای مشتریان هستند.'],
  ['مراجعه ۳۴۰ نفر به دلیل گرمازدگی در خوزستان', 'دیروز', 'بیشتر مراجعه‌کنندگان کارگران فضای باز و سالمندان بوده‌اند.'],
  ['برنامه خاموشی‌های امروز تهران اعلام شد', 'دیروز', 'جدول خاموشی مناطق تهران در سامانه برق من منتشر شد.'],
  ['کاهش ۳ درجه‌ای دما از اواخر هفته', 'دیروز', 'ورود جریان هوای خنک‌تر از شمال غرب دمای استان‌های مرکزی را کاهش می‌دهد.'],
  ['آتش‌سوزی در جنگل‌های گلستان مهار شد', '۲ روز پیش', 'آتش‌سوزی در ۱۲ هکتار از جنگل‌های توسکستان پس از ۸ ساعت مهار شد.'],
];

function yjcAmpTag(): NonArt {
  const title = 'موج گرما';
  const html = `<!doctype html>
<html ⚡ lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
${ampScripts('amp-sidebar', 'amp-analytics', 'amp-list', 'amp-mustache')}
<title>اخبار موج گرما - باشگاه خبرنگاران جوان</title>
<link rel="canonical" href="https://www.yjc.ir/fa/tags/${encodeURIComponent('موج_گرما')}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="آخرین اخبار و گزارش‌های موج گرما در باشگاه خبرنگاران جوان">
<meta name="robots" content="index, follow">
${AMP_BOILER}
<style amp-custom>body{font-family:IRANSans,Tahoma}.yjc-head{background:#03224c}.tag-list li{border-bottom:1px solid #eee}</style>
</head>
<body>
${ampAnalytics('G-YJC4MP33')}
<amp-sidebar id="yjc-menu" layout="nodisplay" side="right"><ul><li><a href="https://www.yjc.ir/">صفحه نخست</a></li><li><a href="https://www.yjc.ir/fa/services/3">سیاسی</a></li><li><a href="https://www.yjc.ir/fa/services/6">اقتصادی</a></li><li><a href="https://www.yjc.ir/fa/services/5">اجتماعی</a></li><li><a href="https://www.yjc.ir/fa/services/8">ورزشی</a></li><li><a href="https://www.yjc.ir/fa/services/2">استان‌ها</a></li></ul></amp-sidebar>
<header class="yjc-head"><button on="tap:yjc-menu.toggle" aria-label="منو">☰</button> <a href="https://www.yjc.ir/"><amp-img src="https://www.yjc.ir/client/themes/fa/main/img/logo-amp.png" width="150" height="34" alt="باشگاه خبرنگاران جوان"></amp-img></a> <a href="https://www.yjc.ir/fa/tags/${encodeURIComponent('موج_گرما')}">نسخه کامل</a></header>
<main>
<div class="tag-head"><span class="tag-label">برچسب:</span> <h1>${title}</h1> <span class="tag-count">${persian(248)} خبر</span></div>
<ul class="tag-list">
${YJC_TAG_ITEMS.map(([t, time, s], i) => `<li><a href="https://www.yjc.ir/fa/amp/news/${8912340 - i * 57}/"><amp-img src="https://cdn.yjc.ir/files/fa/news/1405/4/16/${19843201 - i * 211}_thumb.jpg" width="96" height="64" alt=""></amp-img><h2>${esc(t)}</h2></a><span class="time">${/\d/.test(time) ? persian(time) : esc(time)}</span><p>${esc(s)}</p></li>`).join('\n')}
</ul>
<div class="more"><a href="https://www.yjc.ir/fa/amp/tags/${encodeURIComponent('موج_گرما')}?page=2">اخبار بیشتر</a></div>
<div class="related-tags"><span>برچسب‌های مرتبط:</span> <a href="https://www.yjc.ir/fa/tags/گرمازدگی">گرمازدگی</a> <a href="https://www.yjc.ir/fa/tags/تعطیلی_ادارات">تعطیلی ادارات</a> <a href="https://www.yjc.ir/fa/tags/مصرف_برق">مصرف برق</a> <a href="https://www.yjc.ir/fa/tags/هواشناسی">هواشناسی</a></div>
</main>
<footer><p>تمامی حقوق این سایت متعلق به باشگاه خبرنگاران جوان است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-yjc-amp-tag-page', markup: 'tag-list-yjc-amp', url: `https://www.yjc.ir/fa/amp/tags/موج_گرما`, title, html,
    notes: ['An AMP TAG PAGE of an agency (YJC, «برچسب: موج گرما»: AMP runtime and boilerplate, amp-sidebar, «نسخه کامل»): the tag as <h1> with a «۲۴۸ خبر» count, then ten teasers, each a thumbnail, a headline, a clock time or «دیروز» / «۲ روز پیش», and a one-sentence summary, an «اخبار بیشتر» link and related tags. Ten stories, none of them in full: not an article, although every teaser has a number and a sentence.'] };
}

/** [caption] of each photo of the Tabnak gallery. */
const GALLERY: string[] = [
  'گل‌چینان پیش از طلوع آفتاب در باغ‌های قمصر',
  'گل محمدی باید پیش از گرم شدن هوا چیده شود',
  'توزین گل‌های چیده‌شده در کنار باغ',
  'بار زدن کیسه‌های گل برای انتقال به کارگاه گلاب‌گیری',
  'دیگ‌های مسی گلاب‌گیری سنتی در نیاسر',
  'گردشگران در جشنواره گلاب‌گیری',
  'پر کردن بطری‌های گلاب در یک کارگاه خانوادگی',
  'فروش گلاب و عرقیات در بازارچه قمصر',
];

function tabnakPrintGallery(): NonArt {
  const title = 'تصاویر | برداشت گل محمدی در قمصر کاشان';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>نسخه چاپی - ${title} - تابناک</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="https://www.tabnak.ir/fa/news/1328456/${encodeURIComponent('تصاویر-برداشت-گل-محمدی-در-قمصر-کاشان')}">
<link rel="stylesheet" href="https://www.tabnak.ir/client/themes/fa/main/css/print.css?v=2.4" media="all">
</head>
<body class="print-gallery" onload="window.print()">
<div class="print-header"><img src="https://www.tabnak.ir/client/themes/fa/main/img/logo-print.gif" alt="تابناک" width="150"> <span>تابناک | TABNAK</span> <span class="print-type">نسخه چاپی</span></div>
<table class="print-meta" width="100%"><tr><td>کد خبر: ${persian(1328456)}</td><td>تاریخ انتشار: ${persian('1405/02/24')} - ${persian('08:20')}</td><td>سرویس: عکس</td></tr></table>
<h1 class="print-title">${title}</h1>
<div class="print-photographer">عکاس: مریم نوروزی</div>
<div class="print-gallery-items">
${GALLERY.map((cap, i) => `<div class="g-item"><img src="https://cdn.tabnak.ir/files/fa/album/1405/2/24/${2211045 + i}_${300 + i * 7}.jpg" alt="" width="600"><p class="g-cap">${persian(i + 1)}. ${esc(cap)}</p></div>`).join('\n')}
</div>
<div class="print-footer"><p>نشانی خبر: https://www.tabnak.ir/fa/news/1328456</p><p>تاریخ چاپ: ${persian('1405/04/16')} - ${persian('17:52')}</p><p>تمام حقوق این سایت متعلق به پایگاه خبری تحلیلی تابناک است.</p></div>
<div class="no-print"><button type="button" onclick="window.print()">چاپ</button> <button type="button" onclick="window.close()">بستن پنجره</button></div>
</body>
</html>
`;
  return { name: 'nonarticle-tabnak-print-photo-gallery', markup: 'photo-gallery-print-tabnak', url: 'https://www.tabnak.ir/fa/print/1328456', title, html,
    notes: ['The PRINT VERSION of a PHOTO GALLERY (Tabnak «نسخه چاپی», noindex, onload="window.print()"): the print header, a table with the news code, the publication date and the service «عکس», the gallery title as <h1>, the photographer line, then eight photos each with a one-line numbered caption, the print footer (address, print date, copyright) and print/close buttons. Photos and captions, no running text: not an article, although it has a news code, a date and a print layout like the print versions of articles.'] };
}

/** [service, headline, clock time] of the Entekhab mobile archive page. */
const ARCHIVE: [string, string, string][] = [
  ['سیاسی', 'نشست هیئت دولت با محوریت ناترازی انرژی برگزار شد', '23:48'],
  ['اقتصادی', 'قیمت دلار در بازار آزاد امروز سه‌شنبه ۱۶ تیر', '23:30'],
  ['ورزشی', 'برنامه دیدارهای هفته نخست لیگ برتر اعلام شد', '22:57'],
  ['بین‌الملل', 'سفر وزیر اقتصاد ارمنستان به تهران', '22:41'],
  ['اجتماعی', 'ثبت‌نام مدارس غیردولتی تا پایان تیر تمدید شد', '22:10'],
  ['فرهنگی', 'اکران تابستانی با ۹ فیلم آغاز شد', '21:36'],
  ['اقتصادی', 'جزئیات افزایش سقف وام مسکن روستایی', '21:02'],
  ['حوادث', 'واژگونی اتوبوس مسافربری در محور شیراز - اصفهان', '20:44'],
  ['سیاسی', 'واکنش سخنگوی وزارت خارجه به بیانیه اتحادیه اروپا', '20:15'],
  ['سلامت', 'هشدار درباره مصرف آب‌میوه‌های صنعتی در تابستان', '19:50'],
  ['اجتماعی', 'ساعت کاری ادارات استان تهران کاهش یافت', '19:22'],
  ['ورزشی', 'والیبال ایران به مصاف کانادا می‌رود', '18:58'],
];

function entekhabMobileArchive(): NonArt {
  const title = 'آرشیو اخبار';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آرشیو اخبار - پایگاه خبری تحلیلی انتخاب</title>
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="https://www.entekhab.ir/fa/archive">
<link rel="stylesheet" href="https://m.entekhab.ir/client/themes/fa/mobile/css/style.css?v=1.9">
</head>
<body class="m-archive">
<header class="m-top"><a href="https://m.entekhab.ir/"><img src="https://m.entekhab.ir/client/themes/fa/mobile/img/logo.png" alt="انتخاب" width="110"></a> <button type="button" class="m-menu-btn" aria-label="منو">☰</button></header>
<nav class="m-menu"><a href="https://m.entekhab.ir/">صفحه نخست</a> <a href="https://m.entekhab.ir/fa/service/1">سیاسی</a> <a href="https://m.entekhab.ir/fa/service/2">اقتصادی</a> <a href="https://m.entekhab.ir/fa/service/4">اجتماعی</a> <a href="https://m.entekhab.ir/fa/archive">آرشیو</a></nav>
<main>
<h1 class="m-page-title">${title}</h1>
<form class="m-archive-filter" action="https://m.entekhab.ir/fa/archive" method="get">
<label>سرویس: <select name="service_id"><option value="-1" selected>همه</option><option value="1">سیاسی</option><option value="2">اقتصادی</option><option value="4">اجتماعی</option><option value="5">ورزشی</option><option value="7">بین‌الملل</option></select></label>
<label>از تاریخ: <input type="text" name="from" value="${persian('1405/04/16')}"></label> <label>تا تاریخ: <input type="text" name="to" value="${persian('1405/04/16')}"></label>
<button type="submit">نمایش</button></form>
<div class="m-archive-day">اخبار سه‌شنبه ${persian(16)} تیر ${persian(1405)}</div>
<ul class="m-archive-list">
${ARCHIVE.map(([s, t, h], i) => `<li><span class="m-service">${s}</span> <a href="https://m.entekhab.ir/fa/news/${873210 - i * 9}/">${esc(t)}</a> <span class="m-time">${persian(h)}</span></li>`).join('\n')}
</ul>
<div class="m-pager"><a class="prev" href="#">قبلی</a> <span>صفحه ${persian(1)} از ${persian(23)}</span> <a class="next" href="https://m.entekhab.ir/fa/archive?from=1405/04/16&amp;to=1405/04/16&amp;page=2">بعدی</a></div>
</main>
<footer class="m-foot"><p>کلیه حقوق این سایت متعلق به پایگاه خبری تحلیلی انتخاب است.</p><a href="https://www.entekhab.ir/fa/archive?mobile=0">نسخه دسکتاپ</a></footer>
</body>
</html>
`;
  return { name: 'nonarticle-entekhab-mobile-archive', markup: 'archive-mobile-entekhab', url: 'https://m.entekhab.ir/fa/archive?from=1405/04/16&to=1405/04/16', title, html,
    notes: ['An agency\'s ARCHIVE page on its MOBILE site (Entekhab, m.entekhab.ir/fa/archive): «آرشیو اخبار» as <h1>, a filter form (service, from/to date), the day line «اخبار سه‌شنبه ۱۶ تیر ۱۴۰۵», twelve headlines each with its service and clock time, a pager «صفحه ۱ از ۲۳» and a «نسخه دسکتاپ» link. A list of headlines without any text: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [yjcAmpTag(), tabnakPrintGallery(), entekhabMobileArchive()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout13', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '4187652', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['donya-print-ipo-wave-stock-market']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true },
    },
  );
}
