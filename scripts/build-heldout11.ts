// Builds the ELEVENTH held-out fixture set, tests/fixtures/heldout11/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Eight article pages in the markup of eight sites that no earlier set renders
// (Hamedan Payam on PHP-Nuke, the Bama car magazine as an Angular SSR app, the Kojaro travel magazine
// on WordPress + Elementor, the Nojum astronomy magazine as a Nuxt 3 app, the Bandar Khabar channel
// mirrored from Telegram to the web, the Iran Theatre newsletter in its web view, Tarafdari as an AMP
// page, Nour News as a Gatsby site) and three non-article pages (a Telewebion TV schedule, the TGJU
// currency converter, an ImNA «page not found»). All eight texts were written for this set; the
// names of all quoted officials and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout11.ts          (build + check)
//        npx tsx scripts/build-heldout11.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

/** An article of this set; `pullQuote` is a body sentence the Nour News template repeats as a pull quote. */
type Art11 = Art & { pullQuote?: string };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout11');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', pre = '') => c.a.tags.map((t) => `<a href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${pre}${esc(pre ? t.replace(/ /g, '_') : t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** Milliseconds since the epoch, as Angular's TransferState carries a JavaScript Date serialised by the API. */
const epochMs = (c: Ctx) => new Date(c.iso).getTime();
/** The same instant in UTC with Telegram's «+00:00» suffix, «2026-05-06T10:42:00+00:00». */
const utcPlus00 = (c: Ctx) => new Date(c.iso).toISOString().replace(/\.\d{3}Z$/, '+00:00');
/** The UTC clock time «10:42» that a copied t.me widget shows before its script localises it. */
const utcClock = (c: Ctx) => new Date(c.iso).toISOString().slice(11, 16);
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** Text typed on an Arabic keyboard layout: Arabic yeh and kaf for Persian ی and ک. */

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Hamedan Payam (a provincial daily) on PHP-NUKE with a Persian translation (PersianNuke):
  // XHTML 1.0 Transitional, table layout, modules.php?name=News&file=article&sid=…, PHP-Nuke's
  // generator meta; NO date metadata: the article date only in «ارسال شده در … ساعت … توسط …»,
  // while the header shows TODAY's date (two days later); hometext in bold as the lead, then the
  // bodytext; photo as a centred <p> with a <font size="1"> caption; in-body «همچنین بخوانید:»;
  // a print-edition line at the end of the bodytext; reads counter, print/send links, the
  // «لینک‌های مرتبط» block, rating, comments with PHP-Nuke's disclaimer, side blocks (topics, a
  // poll, most-read, stats). The article text was typed with ARABIC yeh and kaf (ي ك); the
  // PHP-Nuke chrome uses Persian letters.
  hamedanpayam: {
    site: 'همدان پیام',
    boiler: ['همچنین بخوانید:', 'این گزارش در شماره', 'بار خوانده شده', 'نسخه قابل چاپ', 'لینک‌های مرتبط', 'نظرات متعلق به نویسندگان آن هستند', 'پربازدیدترین اخبار', 'نظرسنجی', 'کلیه حقوق برای روزنامه همدان پیام محفوظ است', 'کشاورزی و منابع آب'],
    render: (c) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="fa">
<head>
<title>همدان پیام - ${esc(c.a.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="expires" content="0" />
<meta name="resource-type" content="document" />
<meta name="distribution" content="global" />
<meta name="author" content="همدان پیام" />
<meta name="copyright" content="Copyright (c) by همدان پیام" />
<meta name="keywords" content="همدان, روزنامه همدان پیام, اخبار همدان, ${esc(c.a.tags.join(', '))}" />
<meta name="description" content="روزنامه همدان پیام - اخبار استان همدان" />
<meta name="robots" content="index, follow" />
<meta name="revisit-after" content="1 days" />
<meta name="rating" content="general" />
<meta name="generator" content="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt). Persian translation by PersianNuke" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php" />
<link rel="StyleSheet" href="themes/HamedanPayam/style/style.css" type="text/css" />
<script type="text/javascript" src="includes/javascript/overlib.js"></script>
</head>
<body bgcolor="#ffffff" text="#000000" link="#003366" vlink="#003366" leftmargin="0" topmargin="0">
<table class="bodyline" width="980" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td class="header" colspan="3"><a href="index.php"><img src="themes/HamedanPayam/images/logo.gif" alt="همدان پیام" border="0" /></a>
<div class="headerdate">امروز: سه‌شنبه ${persian(8)} اردیبهشت ${persian(1405)}</div>
<div class="topnav"><a href="index.php">صفحه اصلی</a> | <a href="modules.php?name=News">اخبار</a> | <a href="modules.php?name=Topics">موضوعات</a> | <a href="modules.php?name=Archive">آرشیو</a> | <a href="modules.php?name=Newspaper">نسخه چاپی روزنامه</a> | <a href="modules.php?name=Feedback">تماس با ما</a></div></td></tr>
<tr>
<td class="rightcol" width="170" valign="top">
<table class="block" width="100%"><tr><th class="blocktitle">موضوعات</th></tr><tr><td class="blockcontent">
<a href="modules.php?name=News&amp;new_topic=1">سیاسی</a><br /><a href="modules.php?name=News&amp;new_topic=2">اجتماعی</a><br /><a href="modules.php?name=News&amp;new_topic=7">کشاورزی و منابع آب</a><br /><a href="modules.php?name=News&amp;new_topic=4">اقتصادی</a><br /><a href="modules.php?name=News&amp;new_topic=5">فرهنگی</a><br /><a href="modules.php?name=News&amp;new_topic=6">ورزشی</a><br /><a href="modules.php?name=News&amp;new_topic=9">شهرستان‌ها</a>
</td></tr></table>
<table class="block" width="100%"><tr><th class="blocktitle">نظرسنجی</th></tr><tr><td class="blockcontent">
<form action="modules.php?name=Surveys" method="post"><font class="content">به نظر شما مؤثرترین راه مقابله با کم‌آبی در استان چیست؟</font><br />
<input type="radio" name="voteID" value="1" /> اصلاح الگوی کشت<br /><input type="radio" name="voteID" value="2" /> آبیاری نوین<br /><input type="radio" name="voteID" value="3" /> انتقال آب از سدهای دیگر<br />
<input type="hidden" name="pollID" value="61" /><input type="submit" value="رای" /></form><a href="modules.php?name=Surveys&amp;op=results&amp;pollID=61">نتایج</a>
</td></tr></table>
</td>
<td class="centercol" valign="top">
<table class="story" width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td>
<font class="title"><b>${esc(c.a.title)}</b></font><br />
<font class="content">ارسال شده در ${weekday(c)} ${faDate(c)} ساعت ${faTime(c)} توسط <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=s.rahimi">${esc(c.a.author ?? '')}</a></font>
<br /><br />
<a href="modules.php?name=News&amp;new_topic=7"><img src="images/topics/water.gif" alt="${esc(c.a.kicker)}" title="${esc(c.a.kicker)}" border="0" align="left" /></a>
<font class="content"><b>${esc(c.a.lead ?? '')}</b><br /><br />
${bodyHtml(c, (t) => `<p dir="rtl" style="text-align: justify;">${t}</p>`, (t) => `<p><b>${t}</b></p>`,
  `<p align="center"><img src="uploads/news/1405/02/ekbatan-dam.jpg" width="450" border="0" alt="" /><br /><font size="1">${esc(c.a.caption)} - ${esc(c.a.credit)}</font></p>`,
  `<p><b>همچنین بخوانید:</b> <a href="modules.php?name=News&amp;file=article&amp;sid=${Number(c.id) - 57}">${esc(c.a.inline ?? '')}</a></p>`)}
<p><i>این گزارش در شماره ${persian(4218)} روزنامه همدان پیام، صفحه ${persian(3)}، منتشر شده است.</i></p>
</font>
<br /><font class="tiny">(${persian(812)} بار خوانده شده)</font>
<br /><a href="modules.php?name=News&amp;file=print&amp;sid=${c.id}"><img src="images/print.gif" border="0" alt="" /> نسخه قابل چاپ</a> &nbsp; <a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid=${c.id}"><img src="images/friend.gif" border="0" alt="" /> ارسال این مطلب به دوستان</a>
</td></tr></table>
<table class="block" width="100%"><tr><th class="blocktitle">لینک‌های مرتبط</th></tr><tr><td class="blockcontent">
· <a href="modules.php?name=Search&amp;topic=7">بیشتر درباره ${esc(c.a.kicker)}</a><br />
· <a href="modules.php?name=Search&amp;author=s.rahimi">اخبار ارسال شده توسط ${esc(c.a.author ?? '')}</a><br /><br />
مهم‌ترین مقاله درباره ${esc(c.a.kicker)}:<br /><a href="modules.php?name=News&amp;file=article&amp;sid=${Number(c.id) - 930}">${esc(c.a.related[0])}</a><br /><br />
<ul>
${li(c.a.related.slice(1), 'modules.php?name=News&amp;file=article&amp;sid=', Number(c.id) - 400)}
</ul>
</td></tr></table>
<table class="block" width="100%"><tr><th class="blocktitle">امتیاز دهی به مقاله</th></tr><tr><td class="blockcontent">میانگین امتیاز: ${persian('4.2')} &nbsp; رای: ${persian(17)}<br /><form action="modules.php?name=News" method="post"><select name="score"><option value="5">عالی</option><option value="4">خیلی خوب</option><option value="3">خوب</option><option value="2">متوسط</option><option value="1">بد</option></select> <input type="submit" value="رای دهید!" /></form></td></tr></table>
<table class="comments" width="100%"><tr><td>
<font class="content">نظرات متعلق به نویسندگان آن هستند. ما هیچ مسئولیتی در برابر محتوای آن‌ها نداریم.</font>
${comments(c, (n, t) => `<table width="100%" class="comment"><tr><td><font class="content"><b>${n}</b> نوشته است:</font><br /><font class="content">${t}</font></td></tr></table>`)}
</td></tr></table>
</td>
<td class="leftcol" width="190" valign="top">
<table class="block" width="100%"><tr><th class="blocktitle">پربازدیدترین اخبار</th></tr><tr><td class="blockcontent"><ol>
${li(c.a.mostRead, 'modules.php?name=News&amp;file=article&amp;sid=', Number(c.id) - 260)}
</ol></td></tr></table>
<table class="block" width="100%"><tr><th class="blocktitle">آمار بازدید</th></tr><tr><td class="blockcontent">بازدید امروز: ${persian(3184)}<br />بازدید دیروز: ${persian(4027)}<br />کاربران آنلاین: ${persian(46)}</td></tr></table>
</td>
</tr>
<tr><td class="footer" colspan="3" align="center"><font class="footmsg">کلیه حقوق برای روزنامه همدان پیام محفوظ است. نقل مطالب با ذکر منبع بلامانع است.<br />Powered by PHP-Nuke</font></td></tr>
</table>
</body>
</html>
`,
  },

  // Bama's car magazine as an ANGULAR SSR app (Angular 17: ng-version, ng-server-context="ssr",
  // _ngcontent/_nghost attributes, ngh hydration markers, hashed bundles); the visible date has
  // NO time; the only instant is in the TransferState script <script id="ng-state"> as
  // «publishedAt» in MILLISECONDS since the epoch; photo before the lead; in-body «بخوانید:» card;
  // a sidebar price widget; tags, share, related, comments, most-read.
  bama: {
    site: 'باما',
    boiler: ['بخوانید:', 'زمان مطالعه', 'قیمت روز خودرو', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'دیدگاه کاربران', 'تمامی حقوق این سایت متعلق به باما است', 'آگهی خودرو'],
    render: (c) => `<!DOCTYPE html><html lang="fa" dir="rtl"><head>
  <meta charset="utf-8">
  <title>${esc(c.a.title)} | مجله باما</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="stylesheet" href="styles-5INURTSO.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-5INURTSO.css"></noscript>
  <meta name="description" content="${esc(c.a.lead ?? '')}">
  <meta property="og:title" content="${esc(c.a.title)}">
  <meta property="og:type" content="article">
  <meta property="og:image" content="https://cdn.bama.ir/mag/uploads/${c.id}/cover.webp">
  <link rel="canonical" href="${esc(c.a.url)}">
<style ng-app-id="ng">.article-title[_ngcontent-ng-c2718894517]{font-size:1.6rem;font-weight:800}.article-lead[_ngcontent-ng-c2718894517]{font-weight:700}</style></head>
<body><!--nghm-->
<app-root _nghost-ng-c3904136570 ng-version="17.3.8" ngh="4" ng-server-context="ssr">
<app-header _ngcontent-ng-c3904136570 _nghost-ng-c1284967310 ngh="0"><header _ngcontent-ng-c1284967310 class="bm-header"><a _ngcontent-ng-c1284967310 href="/"><img _ngcontent-ng-c1284967310 src="assets/logo-bama.svg" alt="باما"></a>
<nav _ngcontent-ng-c1284967310><a _ngcontent-ng-c1284967310 href="/car">آگهی خودرو</a><a _ngcontent-ng-c1284967310 href="/price">قیمت خودرو</a><a _ngcontent-ng-c1284967310 href="/mag" class="active">مجله</a><a _ngcontent-ng-c1284967310 href="/dealers">نمایشگاه‌ها</a><a _ngcontent-ng-c1284967310 href="/post-ad">ثبت آگهی رایگان</a></nav></header><!--container--></app-header>
<main _ngcontent-ng-c3904136570><router-outlet _ngcontent-ng-c3904136570></router-outlet><app-article-page _nghost-ng-c2718894517 ngh="2">
<article _ngcontent-ng-c2718894517 class="article">
<nav _ngcontent-ng-c2718894517 class="breadcrumb"><a _ngcontent-ng-c2718894517 href="/mag">مجله</a> › <a _ngcontent-ng-c2718894517 href="/mag/category/news">${esc(c.a.kicker)}</a></nav>
<h1 _ngcontent-ng-c2718894517 class="article-title">${esc(c.a.title)}</h1>
<div _ngcontent-ng-c2718894517 class="article-info"><span _ngcontent-ng-c2718894517 class="author">نویسنده: ${esc(c.a.author ?? '')}</span><span _ngcontent-ng-c2718894517 class="date">${weekday(c)} ${faDate(c)}</span><span _ngcontent-ng-c2718894517 class="read-time">زمان مطالعه: ${persian(4)} دقیقه</span><!--bindings={"ng-reflect-ng-if": "true"}--></div>
<figure _ngcontent-ng-c2718894517 class="cover"><img _ngcontent-ng-c2718894517 src="https://cdn.bama.ir/mag/uploads/${c.id}/cover.webp" alt="${esc(c.a.caption)}" width="800" height="450"><figcaption _ngcontent-ng-c2718894517>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<p _ngcontent-ng-c2718894517 class="article-lead">${esc(c.a.lead ?? '')}</p>
<div _ngcontent-ng-c2718894517 class="article-content">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<app-inline-related _ngcontent-ng-c2718894517 _nghost-ng-c771539812 ngh="1"><a _ngcontent-ng-c771539812 class="inline-related" href="/mag/news/${Number(c.id) - 121}"><span _ngcontent-ng-c771539812 class="label">بخوانید:</span> <span _ngcontent-ng-c771539812 class="title">${esc(c.a.inline ?? '')}</span></a></app-inline-related>`)}
</div>
<div _ngcontent-ng-c2718894517 class="tags">${tagLinks(c, '/mag/tag/', ' ')}</div>
<div _ngcontent-ng-c2718894517 class="share"><span _ngcontent-ng-c2718894517>اشتراک‌گذاری:</span> <a _ngcontent-ng-c2718894517 href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a _ngcontent-ng-c2718894517 href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a> <button _ngcontent-ng-c2718894517 type="button">کپی لینک</button></div>
</article>
<section _ngcontent-ng-c2718894517 class="related"><h2 _ngcontent-ng-c2718894517>مطالب مرتبط</h2><ul _ngcontent-ng-c2718894517>
${li(c.a.related, '/mag/news/', Number(c.id) - 640)}
</ul></section>
<section _ngcontent-ng-c2718894517 class="comments"><h2 _ngcontent-ng-c2718894517>دیدگاه کاربران (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t) => `<div _ngcontent-ng-c2718894517 class="comment"><strong _ngcontent-ng-c2718894517>${n}</strong><p _ngcontent-ng-c2718894517>${t}</p></div>`)}
<form _ngcontent-ng-c2718894517 novalidate class="ng-untouched ng-pristine ng-invalid"><textarea _ngcontent-ng-c2718894517 placeholder="دیدگاه خود را بنویسید"></textarea><button _ngcontent-ng-c2718894517 type="submit">ارسال دیدگاه</button></form></section>
</app-article-page><!--container--></main>
<aside _ngcontent-ng-c3904136570 class="sidebar"><app-price-widget _nghost-ng-c918273645 ngh="3"><div _ngcontent-ng-c918273645 class="price-widget"><h3 _ngcontent-ng-c918273645>قیمت روز خودرو</h3><table _ngcontent-ng-c918273645>
<tr _ngcontent-ng-c918273645><td _ngcontent-ng-c918273645>تارا دستی</td><td _ngcontent-ng-c918273645>${persian('1,385,000,000').replace(/,/g, '٬')}</td></tr>
<tr _ngcontent-ng-c918273645><td _ngcontent-ng-c918273645>شاهین G</td><td _ngcontent-ng-c918273645>${persian('1,120,000,000').replace(/,/g, '٬')}</td></tr>
<tr _ngcontent-ng-c918273645><td _ngcontent-ng-c918273645>دنا پلاس توربو</td><td _ngcontent-ng-c918273645>${persian('1,640,000,000').replace(/,/g, '٬')}</td></tr>
<tr _ngcontent-ng-c918273645><td _ngcontent-ng-c918273645>کوییک R</td><td _ngcontent-ng-c918273645>${persian('745,000,000').replace(/,/g, '٬')}</td></tr>
</table><a _ngcontent-ng-c918273645 href="/price">همه قیمت‌ها (تومان)</a></div></app-price-widget>
<div _ngcontent-ng-c3904136570 class="most"><h3 _ngcontent-ng-c3904136570>پربازدیدترین‌ها</h3><ol _ngcontent-ng-c3904136570>
${li(c.a.mostRead, '/mag/news/', Number(c.id) - 1410)}
</ol></div></aside>
<app-footer _ngcontent-ng-c3904136570 _nghost-ng-c556677889 ngh="0"><footer _ngcontent-ng-c556677889 class="bm-footer"><p _ngcontent-ng-c556677889>تمامی حقوق این سایت متعلق به باما است.</p></footer></app-footer>
</app-root>
<script src="polyfills-RX4V3J3S.js" type="module"></script><script src="main-QF3XK2LM.js" type="module"></script>
<script id="ng-state" type="application/json">${js({
  __nghData__: [{}, { c: { '0': [] } }, { t: { '2': 't0' } }, {}, { c: { '1': [{ i: 'c2718894517' }] } }],
  '2184639201': { b: { id: Number(c.id), title: c.a.title, category: c.a.kicker, author: c.a.author, publishedAt: epochMs(c), cover: `https://cdn.bama.ir/mag/uploads/${c.id}/cover.webp`, readTime: 4 }, h: {}, s: 200, st: 'OK', u: `https://api.bama.ir/mag/v2/articles/${c.id}`, rt: 'json' },
})}</script>
</body></html>
`,
  },

  // The Kojaro travel magazine on WORDPRESS + ELEMENTOR PRO (Hello Elementor theme, a single-post
  // template: elementor-widget-theme-post-title / post-info / featured-image / post-excerpt /
  // post-content; Yoast @graph JSON-LD and article:published_time +03:30); the excerpt widget as
  // lead; an IMAGE GALLERY (core gallery block, three captioned images) inside the story; an
  // in-body «مطلب پیشنهادی:» box; tags, share buttons, author box, related posts, comments; a
  // COOKIE CONSENT banner (Complianz).
  kojaro: {
    site: 'کجارو',
    boiler: ['مطلب پیشنهادی:', 'مدیریت رضایت کوکی‌ها', 'برچسب‌ها:', 'مطالب مرتبط', 'پربازدیدترین مطالب', 'دیدگاه‌ها', 'تمامی حقوق مادی و معنوی این وب‌سایت متعلق به کجارو است', 'بلیط هواپیما'],
    render: (c) => `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - مجله کجارو</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="مجله کجارو">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:modified_time" content="${c.g.y}-${c.g.m}-${c.g.d}T19:02:41+03:30">
<meta property="og:image" content="https://www.kojaro.com/mag/wp-content/uploads/2026/05/qamsar-golab-1.jpg">
<meta name="author" content="${esc(c.a.author ?? '')}">
<meta name="twitter:label1" content="نوشته‌شده بدست"><meta name="twitter:data1" content="${esc(c.a.author ?? '')}">
<meta name="twitter:label2" content="زمان تقریبی برای خواندن"><meta name="twitter:data2" content="۴ دقیقه">
<script type="application/ld+json" class="yoast-schema-graph">${js({
  '@context': 'https://schema.org', '@graph': [
    { '@type': 'Article', '@id': `${c.a.url}#article`, headline: c.a.title, datePublished: c.iso, dateModified: `${c.g.y}-${c.g.m}-${c.g.d}T19:02:41+03:30`, author: { name: c.a.author }, wordCount: 412, articleSection: [c.a.kicker], inLanguage: 'fa-IR', image: { '@id': `${c.a.url}#primaryimage` } },
    { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: `${c.a.title} - مجله کجارو`, datePublished: c.iso, breadcrumb: { '@id': `${c.a.url}#breadcrumb` } },
    { '@type': 'BreadcrumbList', '@id': `${c.a.url}#breadcrumb`, itemListElement: [{ '@type': 'ListItem', position: 1, name: 'خانه', item: 'https://www.kojaro.com/mag/' }, { '@type': 'ListItem', position: 2, name: c.a.kicker }] },
  ],
})}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://www.kojaro.com/mag/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://www.kojaro.com/mag/wp-content/plugins/elementor/assets/css/frontend-rtl.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-1832-css" href="https://www.kojaro.com/mag/wp-content/uploads/elementor/css/post-1832.css?ver=1714651200" media="all">
<link rel="stylesheet" id="cmplz-general-css" href="https://www.kojaro.com/mag/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1713280000" media="all">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled">
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard elementor-default elementor-kit-6 elementor-page-1832">
<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo"><div class="elementor-widget-container"><a href="https://www.kojaro.com/mag/"><img src="https://www.kojaro.com/mag/wp-content/uploads/2023/01/kojaro-logo.svg" alt="کجارو"></a></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li class="menu-item"><a href="https://www.kojaro.com/mag/category/destinations/" class="elementor-item">مقصدها</a></li><li class="menu-item current-post-ancestor"><a href="https://www.kojaro.com/mag/category/news/" class="elementor-item">${esc(c.a.kicker)}</a></li><li class="menu-item"><a href="https://www.kojaro.com/mag/category/hotels/" class="elementor-item">اقامتگاه‌ها</a></li><li class="menu-item"><a href="https://www.kojaro.com/flight/" class="elementor-item">بلیط هواپیما</a></li><li class="menu-item"><a href="https://www.kojaro.com/tour/" class="elementor-item">تور</a></li></ul></nav></div></div>
</div>
<div data-elementor-type="single-post" data-elementor-id="1832" class="elementor elementor-1832 elementor-location-single post-${c.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-breadcrumbs"><div class="elementor-widget-container"><p id="breadcrumbs"><span><span><a href="https://www.kojaro.com/mag/">خانه</a></span> » <span><a href="https://www.kojaro.com/mag/category/news/">${esc(c.a.kicker)}</a></span></span></p></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${esc(c.a.title)}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-3c1a2b9 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author"><span class="elementor-post-info__item-prefix">نویسنده: </span>${esc(c.a.author ?? '')}</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-7e4d0f2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">${faDate(c)}</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a90b5c1 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">${faTime(c)}</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-f13e6d8 elementor-inline-item" itemprop="commentCount"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">${persian(c.a.comments.length)} دیدگاه</span></li>
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption"><img width="1200" height="675" src="https://www.kojaro.com/mag/wp-content/uploads/2026/05/qamsar-golab-1.jpg" class="attachment-full size-full wp-image-${Number(c.id) + 1}" alt="${esc(c.a.caption)}"><figcaption class="widget-image-caption wp-caption-text">${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-excerpt"><div class="elementor-widget-container">${esc(c.a.lead ?? '')}</div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="wp-block-heading">${t}</h2>`,
  `<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex">
<figure class="wp-block-image size-large"><img src="https://www.kojaro.com/mag/wp-content/uploads/2026/05/qamsar-golab-2.jpg" alt=""><figcaption class="wp-element-caption">دیگ‌های مسی یک کارگاه سنتی گلاب‌گیری در قمصر</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://www.kojaro.com/mag/wp-content/uploads/2026/05/qamsar-golab-3.jpg" alt=""><figcaption class="wp-element-caption">گردشگران خارجی در باغ گل محمدی نیاسر</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://www.kojaro.com/mag/wp-content/uploads/2026/05/qamsar-golab-4.jpg" alt=""><figcaption class="wp-element-caption">بازارچه گلاب و عرقیات گیاهی قمصر</figcaption></figure>
</figure>`,
  `<div class="kj-suggest"><span class="kj-suggest__label">مطلب پیشنهادی:</span> <a href="https://www.kojaro.com/mag/kashan-travel-guide/">${esc(c.a.inline ?? '')}</a></div>`)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-post-info"><li><span class="elementor-post-info__terms-list"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.kojaro.com/mag/tag/', '، ')}</span></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_telegram"><span class="elementor-share-btn__title">تلگرام</span></div><div class="elementor-share-btn elementor-share-btn_whatsapp"><span class="elementor-share-btn__title">واتساپ</span></div><div class="elementor-share-btn elementor-share-btn_pinterest"><span class="elementor-share-btn__title">پینترست</span></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-author-box"><div class="elementor-widget-container"><div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">${esc(c.a.author ?? '')}</h4><div class="elementor-author-box__bio">نویسنده و عکاس سفر؛ عاشق روستاهای کویری و جاده‌های فرعی.</div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><h2 class="elementor-heading-title">مطالب مرتبط</h2><div class="elementor-posts-container elementor-posts elementor-grid">
${c.a.related.map((t, i) => `<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="https://www.kojaro.com/mag/?p=${Number(c.id) - 300 - i * 41}">${esc(t)}</a></h3></div></article>`).join('\n')}
</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-comments"><div class="elementor-widget-container"><section id="comments" class="comments-area"><h2 class="title-comments">دیدگاه‌ها (${persian(c.a.comments.length)})</h2><ol class="comment-list">
${comments(c, (n, t, k) => `<li class="comment ${k % 2 ? 'even' : 'odd'} depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">${n}</b></footer><div class="comment-content"><p>${t}</p></div></article></li>`)}
</ol><div id="respond" class="comment-respond"><h3 class="comment-reply-title">دیدگاهتان را بنویسید</h3><form action="https://www.kojaro.com/mag/wp-comments-post.php" method="post" id="commentform"><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="فرستادن دیدگاه"><input type="hidden" name="comment_post_ID" value="${c.id}"></form></div></section></div></div>
</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><h2 class="elementor-heading-title">پربازدیدترین مطالب</h2><ol>
${li(c.a.mostRead, 'https://www.kojaro.com/mag/?p=', Number(c.id) - 5120)}
</ol></div></div></div></div>
</div></section>
</div>
<div data-elementor-type="footer" data-elementor-id="140" class="elementor elementor-140 elementor-location-footer"><div class="elementor-widget-container"><p>تمامی حقوق مادی و معنوی این وب‌سایت متعلق به کجارو است.</p></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-bottom-right banner-1 optin cmplz-categories-type-view-preferences" role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title">مدیریت رضایت کوکی‌ها</div></div><div class="cmplz-body"><div class="cmplz-message"><p>ما برای بهبود تجربه شما در سایت و تحلیل بازدیدها از کوکی استفاده می‌کنیم.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">پذیرفتن</button><button class="cmplz-btn cmplz-deny">رد کردن</button><button class="cmplz-btn cmplz-view-preferences">تنظیمات</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = ${js({ environmentMode: { edit: false, wpPreview: false, isScriptDebug: false }, version: '3.21.4', is_static: false, post: { id: Number(c.id), title: `${c.a.title} - مجله کجارو`, excerpt: '', featuredImage: 'https://www.kojaro.com/mag/wp-content/uploads/2026/05/qamsar-golab-1.jpg' } })};</script>
<script src="https://www.kojaro.com/mag/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body>
</html>
`,
  },

  // The Nojum astronomy magazine as a NUXT 3 app (<div id="__nuxt">, data-v-* scoped attributes,
  // /_nuxt/ hashed entry, window.__NUXT__.config, the payload in <script id="__NUXT_DATA__"> in
  // devalue's flat-array form); NO date meta: the visible date has NO time, and the payload holds
  // «published_at» as a NAIVE local datetime with a SPACE, «2026-05-04 09:00:00»; an AUDIO PLAYER
  // («نسخه صوتی این خبر») above the lead; cover photo; INTERVIEW questions as <p class="qa-question">
  // (no bold); an in-body «پیشنهاد سردبیر:» box; a SOURCES line after the body; tags, share,
  // related, comments, most-read.
  nojum: {
    site: 'نجوم',
    boiler: ['نسخه صوتی این خبر', 'پیشنهاد سردبیر:', 'منبع: روابط عمومی رصدخانه ملی ایران', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'نظرات خوانندگان', 'استفاده از مطالب نجوم با ذکر منبع آزاد است', 'رصد آماتوری'],
    render: (c) => {
      const payload: unknown[] = [['ShallowReactive', 1], { data: 2, state: 12, once: 13, _errors: 14, serverRendered: 15, path: 16 }, ['ShallowReactive', 3], { [`post-${c.id}`]: 4 },
        { id: 5, title: 6, category: 7, published_at: 8, audio: 9, cover: 10, reading_time: 11 }, Number(c.id), c.a.title, c.a.kicker, `${c.g.y}-${c.g.m}-${c.g.d} ${c.hh}:${c.mi}:00`,
        `https://cdn.nojum.ir/audio/${c.id}.mp3`, `https://cdn.nojum.ir/posts/${c.id}/cover.jpg`, 5, ['Reactive', 17], ['Set'], ['ShallowReactive', 17], true, new URL(c.a.url).pathname, {}];
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | نجوم</title>
<link rel="stylesheet" href="/_nuxt/entry.Cx4Lk2Q8.css" crossorigin>
<link rel="stylesheet" href="/_nuxt/_slug_.Dp8mR1vT.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.B1xK2pQ9.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/_slug_.Ck3nW7eZ.js">
<link rel="prefetch" as="script" crossorigin href="/_nuxt/error-404.DkR3tS1a.js">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://cdn.nojum.ir/posts/${c.id}/cover.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="module" src="/_nuxt/entry.B1xK2pQ9.js" crossorigin></script></head>
<body><div id="__nuxt"><div class="layout" data-v-6f2a1c3e>
<header class="site-header" data-v-6f2a1c3e data-v-0b7d4e21><a href="/" class="logo" data-v-0b7d4e21><img src="/_nuxt/logo.D9eK2m.svg" alt="نجوم" data-v-0b7d4e21></a>
<nav data-v-0b7d4e21><a href="/news" class="router-link-active" data-v-0b7d4e21>${esc(c.a.kicker)}</a><a href="/sky" data-v-0b7d4e21>آسمان شب</a><a href="/amateur" data-v-0b7d4e21>رصد آماتوری</a><a href="/space" data-v-0b7d4e21>فضا</a><a href="/magazine" data-v-0b7d4e21>ماهنامه</a></nav></header>
<main data-v-6f2a1c3e><article class="post" data-v-9b1e5a77>
<div class="post__kicker" data-v-9b1e5a77>${esc(c.a.kicker)}</div>
<h1 class="post__title" data-v-9b1e5a77>${esc(c.a.title)}</h1>
<div class="post__meta" data-v-9b1e5a77><span data-v-9b1e5a77>${esc(c.a.author ?? '')}</span><span data-v-9b1e5a77>${weekday(c)} ${faDate(c)}</span><span data-v-9b1e5a77>${persian(5)} دقیقه مطالعه</span></div>
<div class="post__audio" data-v-9b1e5a77><span class="post__audio-label" data-v-9b1e5a77>نسخه صوتی این خبر</span><audio controls preload="none" src="https://cdn.nojum.ir/audio/${c.id}.mp3" data-v-9b1e5a77></audio><span class="post__audio-time" data-v-9b1e5a77>${persian('04:12')}</span></div>
<p class="post__lead" data-v-9b1e5a77>${esc(c.a.lead ?? '')}</p>
<figure class="post__cover" data-v-9b1e5a77><img src="https://cdn.nojum.ir/posts/${c.id}/cover.jpg" alt="${esc(c.a.caption)}" data-v-9b1e5a77><figcaption data-v-9b1e5a77>${esc(c.a.caption)} — ${esc(c.a.credit)}</figcaption></figure>
<div class="post__body" data-v-9b1e5a77>
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<aside class="editor-pick" data-v-9b1e5a77><span data-v-9b1e5a77>پیشنهاد سردبیر:</span> <a href="/sky/${Number(c.id) - 9}" data-v-9b1e5a77>${esc(c.a.inline ?? '')}</a></aside>`,
  (t) => `<p class="qa-question">${t}</p>`)}
</div>
<p class="post__source" data-v-9b1e5a77>منبع: روابط عمومی رصدخانه ملی ایران و پژوهشگاه دانش‌های بنیادی</p>
<ul class="post__tags" data-v-9b1e5a77>${c.a.tags.map((t) => `<li data-v-9b1e5a77><a href="/tag/${encodeURIComponent(t)}" data-v-9b1e5a77>#${esc(t.replace(/ /g, '_'))}</a></li>`).join('')}</ul>
<div class="post__share" data-v-9b1e5a77><a href="https://t.me/share/url?url=${esc(c.a.url)}" data-v-9b1e5a77>تلگرام</a><a href="https://x.com/intent/tweet?url=${esc(c.a.url)}" data-v-9b1e5a77>ایکس</a><button type="button" data-v-9b1e5a77>کپی لینک</button></div>
</article>
<section class="related" data-v-6f2a1c3e><h2 data-v-6f2a1c3e>مطالب مرتبط</h2><ul data-v-6f2a1c3e>
${li(c.a.related, '/news/', Number(c.id) - 77)}
</ul></section>
<section class="comments" data-v-6f2a1c3e><h2 data-v-6f2a1c3e>نظرات خوانندگان</h2>
${comments(c, (n, t) => `<div class="comment" data-v-6f2a1c3e><b data-v-6f2a1c3e>${n}</b><p data-v-6f2a1c3e>${t}</p></div>`)}
<form data-v-6f2a1c3e><textarea placeholder="نظر شما" data-v-6f2a1c3e></textarea><button data-v-6f2a1c3e>ارسال</button></form></section>
<aside class="most" data-v-6f2a1c3e><h2 data-v-6f2a1c3e>پربازدیدترین‌ها</h2><ol data-v-6f2a1c3e>
${li(c.a.mostRead, '/news/', Number(c.id) - 300)}
</ol></aside></main>
<footer data-v-6f2a1c3e><p data-v-6f2a1c3e>استفاده از مطالب نجوم با ذکر منبع آزاد است.</p></footer>
</div></div><div id="teleports"></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${js(payload)}</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.nojum.ir"},app:{baseURL:"/",buildId:"c0ffee12-4b7e-4d1a-9f0e-2a61d3b8e570",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>
</body></html>
`;
    },
  },

  // Bandar Khabar, a Bushehr news CHANNEL whose website MIRRORS its Telegram posts: the page copies
  // the t.me widget markup (tgme_widget_message_*; the photo as a CSS background; the text in one
  // div with <br/> lines; hashtags and the channel handle at the end; views; «ویرایش‌شده»; a
  // <time datetime="…+00:00"> in UTC whose visible text is the UTC clock time); the mirror's own
  // line above gives the Jalali date and Tehran time; NO title element of its own: the title is
  // the bold first line of the post, after a «🔴» marker; no lead, no caption; related posts by
  // hashtag and the channel's recent posts.
  bandarkhabar: {
    site: 'بندر خبر',
    boiler: ['عضویت در کانال', 'انتشار در کانال', 'ویرایش‌شده', 'مشاهده در تلگرام', 'پست‌های مرتبط', 'پست‌های اخیر کانال', 'این صفحه به‌صورت خودکار از کانال تلگرامی بندر خبر بازنشر شده است', '#زمین‌خواری', '@bandarkhabar'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | بندر خبر</title>
<meta property="og:title" content="بندر خبر">
<meta property="og:description" content="${esc(plain(c.a.paras[0]).slice(0, 160))}">
<meta property="og:image" content="https://bandarkhabar.ir/media/posts/${c.id}.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="/static/tgme-mirror.css?v=12">
</head>
<body class="tgme_mirror">
<header class="mirror-header"><a href="/" class="mirror-brand"><img src="/static/avatar.jpg" alt="" width="48" height="48"> <span class="mirror-title">بندر خبر</span></a> <span class="mirror-desc">کانال خبری بندر خبر | اخبار بوشهر و جنوب</span> <a class="mirror-join" href="https://t.me/bandarkhabar">عضویت در کانال</a> <span class="mirror-subs">${persian('84.2').replace('.', '٫')} هزار عضو</span></header>
<nav class="mirror-nav"><a href="/">همه پست‌ها</a> <a href="/tag/حوادث">حوادث و قضایی</a> <a href="/tag/اقتصادی">اقتصادی</a> <a href="/tag/ورزشی">ورزشی</a> <a href="/photos">عکس</a></nav>
<main class="mirror-main">
<div class="mirror-postmeta">انتشار در کانال: ${weekday(c)} ${faDate(c)} - ${faTime(c)}</div>
<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="bandarkhabar/${c.id}" data-view="eyJjIjotMTAwMTI4NDc3MzkyMCwicCI6MTgzNDIsInQiOjE3NzgwNjQ1MjB9">
<div class="tgme_widget_message_user"><a href="https://t.me/bandarkhabar"><i class="tgme_widget_message_user_photo bgcolor2" style="background-image:url('/static/avatar.jpg')"></i></a></div>
<div class="tgme_widget_message_bubble">
<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/bandarkhabar"><span dir="auto">بندر خبر</span></a></div>
<a class="tgme_widget_message_photo_wrap blured" href="https://t.me/bandarkhabar/${c.id}" style="width:800px;background-image:url('https://cdn4.telesco.pe/file/pRk2mV8xQe0sN4tB7wYc1LdF9aH3jG6u.jpg')"><div class="tgme_widget_message_photo" style="padding-top:56.25%"></div></a>
<div class="tgme_widget_message_text js-message_text" dir="auto"><b>🔴 ${esc(c.a.title)}</b><br/><br/>${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => t, (t) => `<b>${t}</b>`, '', '', undefined, '<br/><br/>')}<br/><br/>${c.a.tags.map((t) => `<a href="?q=${encodeURIComponent('#' + t)}">#${esc(t.replace(/ /g, '_'))}</a>`).join(' ')}<br/><br/>🆔 <a href="https://t.me/bandarkhabar">@bandarkhabar</a></div>
<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">18.4K</span><span class="copyonclick">ویرایش‌شده</span> <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/bandarkhabar/${c.id}"><time datetime="${utcPlus00(c)}" class="time">${utcClock(c)}</time></a></span></div></div>
</div></div></div>
<div class="mirror-actions"><a href="https://t.me/bandarkhabar/${c.id}">مشاهده در تلگرام</a> <button type="button" class="copy-text">کپی متن</button></div>
<section class="mirror-related"><h2>پست‌های مرتبط</h2><ul>
${li(c.a.related, '/post/', Number(c.id) - 233)}
</ul></section>
<section class="mirror-recent"><h2>پست‌های اخیر کانال</h2><ul>
${c.a.mostRead.map((t, i) => `<li><a href="/post/${Number(c.id) + 1 + i}">${esc(t)}</a> <span class="t">${persian(`${15 + i}:${String(5 + i * 11).padStart(2, '0')}`)}</span></li>`).join('\n')}
</ul></section>
</main>
<footer class="mirror-footer"><p>این صفحه به‌صورت خودکار از کانال تلگرامی بندر خبر بازنشر شده است.</p></footer>
</body>
</html>
`,
  },

  // The Iran Theatre NEWSLETTER in its WEB VIEW (an e-mail template rendered by the ESP: XHTML
  // Transitional doctype with VML namespaces, MSO conditional comments, nested layout tables with
  // inline styles, Mailchimp-style mcnTextContent cells); a HIDDEN PREHEADER (display:none) with a
  // teaser; «مشاهده در مرورگر»; the issue line with date and time is the only date; the title is a
  // bold 22px <td> (NO <h1>); photo with caption before the lead; the lead as a bold cell; a
  // sponsor box («آگهی |») between paragraphs; «ادامه در سایت» button; «سایر خبرها» with teasers,
  // «پربازدیدهای هفته», unsubscribe footer, tracking pixel. The page LOST EVERY ZWNJ.
  irantheatre: {
    site: 'ایران تئاتر',
    boiler: ['مشاهده در مرورگر', 'خبرنامه ایران تئاتر', 'آگهی |', 'ادامه در سایت ایران تئاتر', 'سایر خبرها', 'پربازدیدهای هفته', 'لغو اشتراک', 'مرکز هنرهای نمایشی'],
    render: (c) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" dir="rtl" lang="fa">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>خبرنامه ایران تئاتر | شماره ${persian(214)}</title>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style type="text/css">body,#bodyTable{margin:0;padding:0;width:100%!important;background:#f2efe9}table{border-collapse:collapse;mso-table-lspace:0;mso-table-rspace:0}img{border:0;outline:none}.mcnTextContent{font-family:Tahoma,Vazirmatn,sans-serif;direction:rtl;text-align:right}@media only screen and (max-width:480px){#templateContainer{width:100%!important}}</style>
</head>
<body style="margin:0;padding:0;background:#f2efe9">
<span class="preheader" style="display:none!important;visibility:hidden;mso-hide:all;font-size:1px;color:#f2efe9;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">صندلی‌های تازه، صحنه قدیمی؛ گزارش ایران تئاتر از بازدید خبرنگاران</span>
<center>
<table border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell" style="padding:16px 8px">
<table border="0" cellpadding="0" cellspacing="0" width="600" id="templateContainer" style="background:#ffffff">
<tr><td class="mcnTextContent" style="padding:8px 18px;font-size:11px;color:#888888">اگر این ایمیل به‌درستی نمایش داده نمی‌شود، <a href="${esc(c.a.url)}" style="color:#8a2b2b">مشاهده در مرورگر</a></td></tr>
<tr><td id="templateHeader" align="center" style="padding:18px;background:#2b2b2b"><img src="https://mail.theater.ir/img/logo-irantheatre-white.png" alt="ایران تئاتر" width="170" style="display:block" /><div class="mcnTextContent" style="color:#ffffff;font-size:13px;text-align:center">خبرنامه ایران تئاتر</div></td></tr>
<tr><td class="mcnTextContent" style="padding:10px 18px;font-size:12px;color:#666666;border-bottom:1px solid #eeeeee">شماره ${persian(214)} | ${weekday(c)} ${faDate(c)} | ساعت ${faTime(c)}</td></tr>
<tr><td class="mcnTextContent" style="padding:18px 18px 4px;font-size:13px;color:#a33333">${esc(c.a.kicker)}</td></tr>
<tr><td class="mcnTextContent" style="padding:0 18px 12px;font-size:22px;font-weight:bold;line-height:34px;color:#222222">${esc(c.a.title)}</td></tr>
<tr><td class="mcnImageContent" style="padding:0 18px"><img src="https://mail.theater.ir/img/214/city-theatre-hall.jpg" width="564" alt="${esc(c.a.caption)}" style="display:block;max-width:564px" /><div class="mcnTextContent" style="font-size:11px;color:#888888;padding:4px 0 12px">${esc(c.a.caption)} | ${esc(c.a.credit)}</div></td></tr>
<tr><td class="mcnTextContent" style="padding:0 18px 14px;font-size:16px;font-weight:bold;line-height:30px;color:#333333">${esc(c.a.lead ?? '')}</td></tr>
<tr><td class="mcnTextContent" style="padding:0 18px;font-size:15px;line-height:28px;color:#333333">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p style="margin:0 0 14px;text-align:justify">${t}</p>`, (t) => `<p style="margin:0 0 10px;font-weight:bold">${t}</p>`, '',
  `<table border="0" cellpadding="0" cellspacing="0" width="100%" style="margin:4px 0 18px"><tr><td class="mcnTextContent" style="border:1px dashed #cccccc;padding:10px;font-size:13px;color:#555555">آگهی | <a href="https://mail.theater.ir/c/214/ad-1" style="color:#8a2b2b">${esc(c.a.inline ?? '')}</a></td></tr></table>`)}
</td></tr>
<tr><td align="center" style="padding:8px 18px 24px"><a href="https://theater.ir/fa/${c.id}" style="display:inline-block;background:#a33333;color:#ffffff;padding:10px 26px;font-size:14px;text-decoration:none;border-radius:3px">ادامه در سایت ایران تئاتر</a></td></tr>
<tr><td class="mcnTextContent" style="padding:0 18px 10px;border-top:4px solid #f2efe9"><h2 style="font-size:17px;margin:16px 0 8px">سایر خبرها</h2>
${c.a.related.map((t, i) => `<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td class="mcnTextContent" style="padding:6px 0;border-bottom:1px solid #eeeeee"><a href="https://theater.ir/fa/${Number(c.id) - 12 - i * 7}" style="color:#222222;font-weight:bold;text-decoration:none">${esc(t)}</a><div style="font-size:12px;color:#777777">${['فراخوان بخش‌های مسابقه و مرور منتشر شد.', 'اجراها تا پایان خرداد در هفت بوستان ادامه دارد.', 'مراسم با حضور هنرمندان پیشکسوت برگزار می‌شود.'][i] ?? ''}</div></td></tr></table>`).join('\n')}
</td></tr>
<tr><td class="mcnTextContent" style="padding:0 18px 16px"><h3 style="font-size:15px;margin:12px 0 6px">پربازدیدهای هفته</h3><ol style="margin:0;padding-right:18px">
${li(c.a.mostRead, 'https://theater.ir/fa/', Number(c.id) - 90)}
</ol></td></tr>
<tr><td class="mcnTextContent" align="center" style="padding:18px;background:#2b2b2b;color:#bbbbbb;font-size:11px;line-height:20px;text-align:center"><a href="https://t.me/irantheater" style="color:#ffffff">تلگرام</a> · <a href="https://instagram.com/irantheater" style="color:#ffffff">اینستاگرام</a> · <a href="https://eitaa.com/irantheater" style="color:#ffffff">ایتا</a><br />شما این ایمیل را دریافت کرده‌اید چون در خبرنامه ایران تئاتر عضو شده‌اید.<br /><a href="https://mail.theater.ir/u/214/7f3kQ9x2Lp" style="color:#ffffff">لغو اشتراک</a> | <a href="https://mail.theater.ir/p/7f3kQ9x2Lp" style="color:#ffffff">تغییر تنظیمات دریافت</a><br />تهران، خیابان ولیعصر، تقاطع انقلاب، مرکز هنرهای نمایشی</td></tr>
</table>
</td></tr></table>
</center>
<img src="https://mail.theater.ir/t/o/214/7f3kQ9x2Lp.gif" width="1" height="1" alt="" style="display:block" />
</body>
</html>
`,
  },

  // Tarafdari (sports community site) as an AMP page: <html amp> (not ⚡), amp-boilerplate,
  // amp-sidebar menu; JSON-LD NewsArticle whose datePublished is a DATE WITHOUT TIME
  // («2026-05-11»), the only date metadata; visible Jalali date and time; author, views; amp-img
  // cover with a caption paragraph; summary paragraph as lead; in-body «پیشنهاد طرفداری:» box; an
  // AMP-AUDIO report after the body (with a fallback sentence); tags, amp-social-share, a link to
  // the comments of the full version; related and hot lists.
  tarafdari: {
    site: 'طرفداری',
    boiler: ['پیشنهاد طرفداری:', 'گزارش صوتی', 'مرورگر شما از پخش صوت پشتیبانی نمی‌کند', 'نظر در نسخه کامل', 'مطالب مرتبط', 'داغ‌ترین‌های طرفداری', 'کلیه حقوق برای طرفداری محفوظ است', 'سایر ورزش‌ها'],
    render: (c) => `<!doctype html>
<html amp lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-audio" src="https://cdn.ampproject.org/v0/amp-audio-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>${esc(c.a.title)} | طرفداری</title>
<link rel="canonical" href="https://www.tarafdari.com/node/${c.id}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', mainEntityOfPage: `https://www.tarafdari.com/node/${c.id}`, headline: c.a.title,
  image: [`https://www.tarafdari.com/sites/default/files/contents/user${7731}/news/${c.id}.jpg`], datePublished: `${c.g.y}-${c.g.m}-${c.g.d}`, dateModified: `${c.g.y}-${c.g.m}-${c.g.d}`,
  author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'طرفداری', logo: { '@type': 'ImageObject', url: 'https://www.tarafdari.com/sites/all/themes/tarafdari/logo.png' } },
})}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>body{font-family:Vazirmatn,Tahoma,sans-serif;direction:rtl;margin:0;background:#f5f5f5}.summary{font-weight:700}.caption{font-size:12px;color:#777}.suggest{background:#eef6ff;padding:8px}</style>
</head>
<body>
<amp-analytics type="googleanalytics"><script type="application/json">{"vars":{"account":"UA-11286532-1"},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}}}</script></amp-analytics>
<amp-sidebar id="menu" layout="nodisplay" side="right"><nav><ul><li><a href="https://www.tarafdari.com/football">فوتبال</a></li><li><a href="https://www.tarafdari.com/volleyball">والیبال</a></li><li><a href="https://www.tarafdari.com/wrestling">کشتی</a></li><li><a href="https://www.tarafdari.com/basketball">بسکتبال</a></li><li><a href="https://www.tarafdari.com/futsal">فوتسال</a></li><li><a href="https://www.tarafdari.com/other">سایر ورزش‌ها</a></li></ul></nav></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle" aria-label="منو">☰</button> <a href="https://www.tarafdari.com/"><amp-img src="https://www.tarafdari.com/sites/all/themes/tarafdari/logo.png" width="120" height="36" alt="طرفداری"></amp-img></a> <a class="full" href="https://www.tarafdari.com/node/${c.id}">نسخه کامل</a></header>
<article class="node">
<div class="breadcrumb"><a href="https://www.tarafdari.com/">طرفداری</a> › <a href="https://www.tarafdari.com/volleyball">${esc(c.a.kicker)}</a> › <a href="https://www.tarafdari.com/volleyball/iran">تیم ملی والیبال</a></div>
<h1>${esc(c.a.title)}</h1>
<div class="meta"><span class="author">ارسال شده توسط: ${esc(c.a.author ?? '')}</span> <span class="date">${faDate(c)} - ${faTime(c)}</span> <span class="views">${persian('21,400').replace(',', '٬')} بازدید</span></div>
<amp-img src="https://www.tarafdari.com/sites/default/files/contents/user7731/news/${c.id}.jpg" width="800" height="450" layout="responsive" alt="${esc(c.a.caption)}"></amp-img>
<p class="caption">${esc(c.a.caption)} (${esc(c.a.credit)})</p>
<p class="summary">${esc(c.a.lead ?? '')}</p>
<div class="content">
${bodyHtml({ ...c, a: { ...c.a, photoAt: -1 } }, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<div class="suggest"><span>پیشنهاد طرفداری:</span> <a href="https://www.tarafdari.com/amp/node/${Number(c.id) - 2214}">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<div class="audio"><span>گزارش صوتی: نشست خبری سرمربی تیم ملی</span>
<amp-audio width="auto" height="50" src="https://cdn.tarafdari.com/audio/${c.id}.mp3"><div fallback><p>مرورگر شما از پخش صوت پشتیبانی نمی‌کند.</p></div></amp-audio></div>
<div class="tags">برچسب‌ها: ${tagLinks(c, 'https://www.tarafdari.com/tag/', '، ')}</div>
<div class="share"><amp-social-share type="telegram" width="36" height="36" data-param-url="https://www.tarafdari.com/node/${c.id}"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share></div>
<a class="comments-link" href="https://www.tarafdari.com/node/${c.id}#comments">مشاهده ${persian(47)} نظر در نسخه کامل</a>
</article>
<section class="related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://www.tarafdari.com/amp/node/', Number(c.id) - 5400)}
</ul></section>
<section class="hot"><h2>داغ‌ترین‌های طرفداری</h2><ol>
${li(c.a.mostRead, 'https://www.tarafdari.com/amp/node/', Number(c.id) - 310)}
</ol></section>
<footer><p>کلیه حقوق برای طرفداری محفوظ است.</p></footer>
</body>
</html>
`,
  },

  // Nour News as a GATSBY site (Gatsby 5 generator meta, react-helmet tags with
  // data-react-helmet, page-data.json preloads, <div id="___gatsby"> / gatsby-focus-wrapper,
  // CSS-module class names, gatsby-image-wrapper, gatsby-announcer, chunk mapping);
  // article:published_time and JSON-LD +03:30, visible date and time in a <time dateTime>; lead;
  // cover before the body; a PULL QUOTE repeating a sentence of paragraph 2 inside the body; an
  // in-body «در همین زمینه:» line; tags, share, related, most-viewed; a COOKIE CONSENT bar.
  nournews: {
    site: 'نورنیوز',
    boiler: ['در همین زمینه:', 'کد خبر', 'اخبار مرتبط', 'پربیننده‌ها', 'نورنیوز برای بهبود تجربه کاربری از کوکی استفاده می‌کند', 'تنظیمات کوکی', 'تمامی حقوق این پایگاه متعلق به نورنیوز است', 'امنیتی و دفاعی'],
    render: (c) => `<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/><meta data-react-helmet="true" name="description" content="${esc(c.a.lead ?? '')}"/><meta data-react-helmet="true" property="og:title" content="${esc(c.a.title)}"/><meta data-react-helmet="true" property="og:type" content="article"/><meta data-react-helmet="true" property="og:image" content="https://cdn.nournews.ir/news/${c.id}/cover.jpg"/><meta data-react-helmet="true" property="article:published_time" content="${c.iso}"/><meta data-react-helmet="true" property="article:section" content="${esc(c.a.kicker)}"/><style data-href="/styles.4e1b2c3d9a.css" data-identity="gatsby-global-css">.NewsPage-module--lead--2bX9k{font-weight:700}.NewsPage-module--pullquote--1Qw3e{border-right:4px solid #0a5;font-size:1.2rem}</style><link rel="preconnect" href="https://cdn.nournews.ir"/><link as="fetch" rel="preload" href="/page-data${esc(new URL(c.a.url).pathname.replace(/\/[^/]*$/, ''))}/page-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/><link rel="canonical" href="${esc(c.a.url)}" data-react-helmet="true"/><title data-react-helmet="true">${esc(c.a.title)} | نورنیوز</title><script data-react-helmet="true" type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, dateModified: c.iso, image: [`https://cdn.nournews.ir/news/${c.id}/cover.jpg`],
  publisher: { '@type': 'Organization', name: 'نورنیوز', logo: { '@type': 'ImageObject', url: 'https://nournews.ir/logo.png' } }, mainEntityOfPage: c.a.url,
})}</script></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="Header-module--header--3kQ2x"><a href="/fa/" class="Header-module--logo--1aZ0p"><img src="/static/logo-nournews-8c2f1e.svg" alt="نورنیوز"/></a><nav class="Header-module--nav--2Lm4r"><a href="/fa/service/politics">سیاسی</a><a href="/fa/service/foreign" aria-current="page" class="Header-module--active--3cV1n">${esc(c.a.kicker)}</a><a href="/fa/service/security">امنیتی و دفاعی</a><a href="/fa/service/economy">اقتصادی</a><a href="/fa/service/society">اجتماعی</a><a href="/fa/media">رسانه</a></nav></header>
<main class="NewsPage-module--main--1x2Yz"><article class="NewsPage-module--article--3PqR7">
<div class="NewsPage-module--service--2aB3c">${esc(c.a.kicker)}</div>
<h1 class="NewsPage-module--title--1mN5b">${esc(c.a.title)}</h1>
<div class="NewsPage-module--meta--2kL8d"><time dateTime="${c.iso}">${weekday(c)} ${faDate(c)} - ${faTime(c)}</time><span>کد خبر: ${persian(c.id)}</span><span>زمان مطالعه: ${persian(3)} دقیقه</span></div>
<p class="NewsPage-module--lead--2bX9k">${esc(c.a.lead ?? '')}</p>
<figure class="NewsPage-module--cover--3xT1u"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained"><div style="max-width:1200px;display:block"><img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height='675'%20width='1200'%20xmlns='http://www.w3.org/2000/svg'%20version='1.1'%3E%3C/svg%3E" style="max-width:100%;display:block;position:static"/></div><img data-main-image="" style="opacity:0" sizes="(min-width: 1200px) 1200px, 100vw" decoding="async" loading="lazy" src="https://cdn.nournews.ir/news/${c.id}/cover.jpg" alt="${esc(c.a.caption)}"/></div><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>
<div class="NewsPage-module--body--1Hh6s">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<blockquote class="NewsPage-module--pullquote--1Qw3e"><p>«${esc((c.a as Art11).pullQuote ?? '')}»</p></blockquote>`,
  `<p class="NewsPage-module--more--2sD4f"><strong>در همین زمینه:</strong> <a href="/fa/news/${Number(c.id) - 417}">${esc(c.a.inline ?? '')}</a></p>`)}
</div>
<div class="NewsPage-module--tags--3rE2w">${tagLinks(c, '/fa/tag/', ' ')}</div>
<div class="NewsPage-module--share--1vB7n"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a><a href="https://x.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a><a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a></div>
</article>
<section class="NewsPage-module--box--2pQ1a"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, '/fa/news/', Number(c.id) - 1290)}
</ul></section>
<aside class="NewsPage-module--box--2pQ1a"><h2>پربیننده‌ها</h2><ol>
${li(c.a.mostRead, '/fa/news/', Number(c.id) - 3010)}
</ol></aside></main>
<footer class="Footer-module--footer--1zX3c"><p>تمامی حقوق این پایگاه متعلق به نورنیوز است.</p></footer>
<div class="CookieConsent" style="align-items:baseline;background:#2b373b;color:white;display:flex;flex-wrap:wrap;justify-content:space-between;left:0;position:fixed;width:100%;z-index:999;bottom:0"><div class="content" style="flex:1 0 300px;margin:15px">نورنیوز برای بهبود تجربه کاربری از کوکی استفاده می‌کند. با ادامه مرور سایت، با سیاست حفظ حریم خصوصی ما موافقت می‌کنید.</div><div><button id="rcc-confirm-button" aria-label="Accept cookies">پذیرفتن</button><button id="rcc-decline-button" aria-label="Decline cookies">تنظیمات کوکی</button></div></div>
</div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="${esc(new URL(c.a.url).pathname)}";window.___webpackCompilationHash="a1b2c3d4e5f60718";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-7a8b9c0d1e.js\\"],\\"component---src-templates-news-page-tsx\\":[\\"/component---src-templates-news-page-tsx-5f6a7b.js\\"]}";/*]]>*/</script><script src="/webpack-runtime-1a2b3c4d.js" async></script><script src="/framework-4d5e6f7a.js" async></script><script src="/app-7a8b9c0d1e.js" async></script></body></html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art11[] = [
  {
    name: 'hamedanpayam-ekbatan-dam-summer-crops', site: 'hamedanpayam', photoAt: 3, inlineAt: 6, author: 'سمیه رحیمی',
    inline: 'کاهش ۳۰ درصدی بارش‌ها در استان همدان',
    url: 'http://www.hamedanpayam.com/modules.php?name=News&file=article&sid=48127',
    title: 'ذخیره سد اکباتان به ۲۹ درصد رسید؛ کشت تابستانه در دشت همدان-بهار محدود شد',
    kicker: 'کشاورزی و منابع آب', date: '۶ اردیبهشت ۱۴۰۵ - ۱۰:۲۰',
    lead: 'حجم آب سد اکباتان در آستانه فصل گرم به ۹ میلیون و ۴۰۰ هزار مترمکعب رسیده که تنها ۲۹ درصد ظرفیت این سد است؛ شورای تأمین استان همدان کشت محصولات پرآب‌بر را در تابستان امسال در بخشی از دشت همدان-بهار ممنوع کرد.',
    paras: [
      'به گزارش همدان پیام، بارش‌های استان از ابتدای سال آبی تاکنون ۲۱۴ میلی‌متر بوده که نسبت به میانگین بلندمدت ۳۲ درصد کاهش نشان می‌دهد.',
      'مهدی زارع‌پور، مدیرعامل شرکت آب منطقه‌ای همدان، صبح امروز (یکشنبه) در نشست شورای آب استان گفت: از ابتدای فروردین برداشت از سد اکباتان برای آب شرب به روزانه ۸۵ هزار مترمکعب محدود شده و سهم کشاورزی از این سد امسال صفر است. اگر تا پایان خرداد بارندگی مؤثری نداشته باشیم، بخشی از آب شرب همدان باید از چاه‌های اضطراری تأمین شود.',
      'وی افزود: سطح آب زیرزمینی دشت همدان-بهار در دو دهه گذشته به‌طور متوسط سالانه ۸۰ سانتی‌متر افت کرده است. از ۳ هزار و ۶۰۰ حلقه چاه غیرمجاز شناسایی‌شده در استان، ۴۱۰ حلقه از ابتدای امسال مسدود شده است.',
      'زارع‌پور همچنین خاطرنشان کرد که از خط انتقال آب سد تالوار به همدان تنها ۱۲ کیلومتر باقی مانده و این خط تا پایان شهریور به بهره‌برداری می‌رسد.',
      'رئیس سازمان جهاد کشاورزی استان همدان علیرضا فرهمندنیا نیز با اشاره به مصوبه شورای تأمین استان اظهار کرد: کشت سیب‌زمینی، یونجه و صیفی‌جات در ۲۳ هزار هکتار از اراضی دشت همدان-بهار در تابستان امسال مجاز نیست و کشاورزان به کشت پاییزه گندم و کلزا هدایت می‌شوند.',
      'رئیس سازمان جهاد کشاورزی استان همچنین یادآور شد که به کشاورزانی که از کشت تابستانه صرف‌نظر کنند، برای هر هکتار ۶۰ میلیون تومان خسارت پرداخت می‌شود و اعتبار این طرح حدود یک هزار و ۴۰۰ میلیارد تومان برآورد شده است.',
      '«ما سی سال است سیب‌زمینی می‌کاریم. اگر امسال نکاریم، قسط وام تراکتور را از کجا بدهیم؟ خسارتی که می‌گویند خرج بذر و کود پارسال را هم درنمی‌آورد.» این را حسن قربانی، کشاورز روستای لالجین، به خبرنگار همدان پیام گفت.',
      'به گفته مریم صدیق‌زاده، عضو هیئت علمی دانشکده کشاورزی دانشگاه بوعلی سینا، بیش از ۹۰ درصد آب مصرفی استان در بخش کشاورزی مصرف می‌شود و راندمان آبیاری در دشت همدان-بهار از ۴۵ درصد فراتر نمی‌رود. او توسعه آبیاری قطره‌ای و کم‌فشار را تنها راه ماندن کشاورزی در این دشت دانست.',
      'شرکت آب و فاضلاب استان همدان نیز اعلام کرد مصرف آب شرب شهر همدان در فروردین امسال ۷ درصد بیشتر از فروردین پارسال بوده و از مشترکان خواست مصرف خود را دست‌کم ۱۵ درصد کاهش دهند.',
      'گزارش کارشناسی مصوبه شورای تأمین را گروهی به سرپرستی فرشته یگانه، کارشناس ارشد منابع آب استان، تهیه کرده است. سد اکباتان با ظرفیت حدود ۳۲ میلیون و ۵۰۰ هزار مترمکعب، نزدیک به ۴۰ درصد آب شرب شهر همدان را تأمین می‌کند.',
    ],
    tags: ['سد اکباتان', 'کم‌آبی', 'دشت همدان-بهار', 'الگوی کشت'],
    caption: 'بستر خشک‌شده بخشی از دریاچه سد اکباتان در فروردین ۱۴۰۵', credit: 'عکس: امیر رستمی',
    related: ['سیب‌زمینی همدان در انبارها ماند', 'جیره‌بندی آب در ملایر تکذیب شد', 'آغاز خرید تضمینی گندم در همدان از خرداد'],
    mostRead: ['نتایج آزمون استخدامی آموزش و پرورش استان اعلام شد', 'ترافیک سنگین در محور همدان-کرمانشاه', 'جشنواره گردشگری علیصدر در راه است', 'افزایش نرخ کرایه تاکسی در همدان'],
    comments: [['کشاورز بهاری', 'خسارت ۶۰ میلیونی با این هزینه‌ها کافی نیست.'], ['همدانی', 'اول جلوی چاه‌های غیرمجاز بزرگ را بگیرید.']],
    speakers: [
      { name: 'مهدی زارع‌پور', role: 'مدیرعامل شرکت آب منطقه‌ای همدان', also_called: ['وی', 'زارع‌پور'], statements: 3 },
      { name: 'علیرضا فرهمندنیا', role: 'رئیس سازمان جهاد کشاورزی استان همدان', also_called: ['رئیس سازمان جهاد کشاورزی استان'], statements: 2 },
      { name: 'حسن قربانی', role: 'کشاورز روستای لالجین', also_called: [], statements: 1 },
      { name: 'مریم صدیق‌زاده', role: 'عضو هیئت علمی دانشکده کشاورزی دانشگاه بوعلی سینا', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['شورای تأمین استان همدان', 'شرکت آب و فاضلاب استان همدان', 'فرشته یگانه'],
    figures: [
      { value: 9400000, unit: 'مترمکعب', kind: 'measure', about: '«۹ میلیون و ۴۰۰ هزار مترمکعب» حجم آب سد اکباتان (lead)' },
      { value: 29, unit: 'درصد', kind: 'percent', about: 'پرشدگی سد (lead)' },
      { value: 214, unit: 'میلی‌متر', kind: 'measure', about: 'بارش از ابتدای سال آبی' },
      { value: 32, unit: 'درصد', kind: 'percent', about: 'کاهش بارش نسبت به میانگین بلندمدت' },
      { value: 85000, unit: 'مترمکعب', kind: 'measure', about: 'برداشت روزانه برای آب شرب' },
      { value: 80, unit: 'سانتی‌متر', kind: 'measure', about: 'افت سالانه سطح آب زیرزمینی' },
      { value: 3600, unit: 'حلقه', kind: 'count', about: '«۳ هزار و ۶۰۰ حلقه» چاه غیرمجاز' },
      { value: 410, unit: 'حلقه', kind: 'count', about: 'چاه‌های مسدودشده' },
      { value: 12, unit: 'کیلومتر', kind: 'measure', about: 'باقی‌مانده خط انتقال آب سد تالوار' },
      { value: 23000, unit: 'هکتار', kind: 'measure', about: 'اراضی ممنوع برای کشت تابستانه' },
      { value: 60000000, unit: 'تومان', kind: 'money', about: 'خسارت هر هکتار (value kept, «هر هکتار» is its basis)' },
      { value: 1400000000000, unit: 'تومان', kind: 'money', about: '«یک هزار و ۴۰۰ میلیارد تومان» اعتبار طرح' },
      { value: 90, unit: 'درصد', kind: 'percent', about: '«بیش از ۹۰ درصد» سهم کشاورزی از مصرف آب' },
      { value: 45, unit: 'درصد', kind: 'percent', about: 'راندمان آبیاری' },
      { value: 7, unit: 'درصد', kind: 'percent', about: 'افزایش مصرف آب شرب در فروردین' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'کاهش مصرف خواسته‌شده («دست‌کم ۱۵ درصد»)' },
      { value: 32500000, unit: 'مترمکعب', kind: 'measure', about: '«۳۲ میلیون و ۵۰۰ هزار مترمکعب» ظرفیت سد' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«نزدیک به ۴۰ درصد» سهم سد از آب شرب همدان' },
    ],
    figures_never: ['«ابتدای سال آبی», «صبح امروز (یکشنبه)», «ابتدای فروردین», «پایان خرداد», «ابتدای امسال», «پایان شهریور», «تابستان امسال», «فروردین پارسال»: dates', '«دو دهه گذشته», «سی سال»: durations', '«صفر»: a nil share, not a key figure', '«روزانه», «سالانه», «هر هکتار»: bases', '«۱۴۰۵» in the caption and «۳۰ درصدی» in the «همچنین بخوانید» line: not body'],
    notes: [
      'Water/agriculture news of a provincial daily on PHP-NUKE with a Persian translation (Hamedan Payam: XHTML 1.0 Transitional, table layout, modules.php?name=News&file=article&sid=48127, PHP-Nuke generator meta; NO date metadata: the date is only in «ارسال شده در یکشنبه ۶ اردیبهشت ۱۴۰۵ ساعت ۱۰:۲۰ توسط …», while the header shows TODAY, «امروز: سه‌شنبه ۸ اردیبهشت ۱۴۰۵», which is not the publication date; the bold hometext is the lead; photo as a centred <p> with a <font size="1"> caption after paragraph 4; an in-body «همچنین بخوانید:» line; a print-edition line «این گزارش در شماره ۴۲۱۸ …» at the end of the bodytext, not body; reads counter, print/send links, «لینک‌های مرتبط» block, rating, comments under PHP-Nuke\'s disclaimer; side blocks with topics, a poll, most-read, stats). The ARTICLE TEXT (title, hometext, bodytext, caption) was typed with ARABIC yeh and kaf (ي ك) while the PHP-Nuke chrome uses Persian letters: the gold title and body are exactly what the page shows; speaker names, roles, figure units and speakers_never are given in Persian letters.',
      'statements: Zarepour: «… گفت:» (two-sentence quote, once), «وی افزود:» (two sentences, once), the surname alone «زارع‌پور همچنین خاطرنشان کرد که …» (one) = 3; Farahmandnia, introduced as «ROLE NAME» without commas: «… اظهار کرد:» (one), the shortened role alone «رئیس سازمان جهاد کشاورزی استان همچنین یادآور شد که …» (one) = 2; Ghorbani: a quote paragraph closed by «این را NAME، ROLE، … گفت.» (one) = 1; Sedighzadeh: «به گفته مریم صدیق‌زاده …» (one), «او … را … دانست» (one) = 2.',
      'The provincial supply council (which bans the crops in the lead), the water and wastewater company («اعلام کرد … و از مشترکان خواست») are organizations; the expert Yeganeh who led the report is only mentioned. «۳۲ درصد» (rain deficit) and «۳۲ میلیون و ۵۰۰ هزار مترمکعب» (capacity) are different figures; «۹ میلیون و ۴۰۰ هزار», «۸۵ هزار» and «۳۲ میلیون و ۵۰۰ هزار» مترمکعب are three; the per-hectare compensation (۶۰ میلیون تومان) is kept although «هر هکتار» is its basis, as the per-square-metre rent was in heldout10.',
    ],
  },
  {
    name: 'bama-car-production-farvardin', site: 'bama', inlineAt: 4, author: 'نیلوفر امیری',
    inline: 'قیمت کارخانه‌ای محصولات ایران‌خودرو در اردیبهشت ۱۴۰۵',
    url: 'https://bama.ir/mag/news/38214/تولید-خودرو-در-فروردین-۱۹-درصد-کم-شد',
    title: 'تولید خودرو در فروردین ۱۹ درصد کم شد؛ ۴۲ هزار خودروی ناقص در پارکینگ‌ها',
    kicker: 'اخبار خودرو', date: '۹ اردیبهشت ۱۴۰۵ - ۱۲:۴۰',
    lead: 'خودروسازان کشور در فروردین امسال ۶۸ هزار و ۳۰۰ دستگاه خودرو تولید کردند که ۱۹ درصد کمتر از فروردین پارسال است؛ هم‌زمان شمار خودروهای ناقص در پارکینگ‌های ایران‌خودرو و سایپا از ۴۲ هزار دستگاه گذشته است.',
    paras: [
      'به گزارش باما، بر اساس آمار وزارت صنعت، معدن و تجارت، سهم ایران‌خودرو از تولید فروردین ۳۱ هزار و ۲۰۰ دستگاه و سهم سایپا ۲۴ هزار و ۸۰۰ دستگاه بوده و خودروسازان خصوصی و مونتاژکاران نیز در مجموع ۱۲ هزار و ۳۰۰ دستگاه تولید کرده‌اند. تولید وانت و خودروهای تجاری سبک در همین ماه با افت ۲۶ درصدی به ۵ هزار و ۹۰۰ دستگاه رسید.',
      'معاون صنایع حمل‌ونقل وزارت صمت حمیدرضا تقوی‌راد روز سه‌شنبه در حاشیه بازدید از یک واحد قطعه‌سازی در شهرک صنعتی کاوه ساوه گفت: تعطیلات نوروز و کمبود برخی قطعات الکترونیکی وارداتی مهم‌ترین دلیل کاهش تولید بوده است. با ترخیص محموله‌های قطعات از گمرک، انتظار داریم خودروهای ناقص تا پایان خرداد تکمیل و به مشتریان تحویل شوند.',
      'وی با بیان اینکه بیشتر خودروهای ناقص برای تکمیل به‌طور میانگین ۴ قطعه کم دارند، تصریح کرد: بدهی خودروسازان به قطعه‌سازان اکنون حدود ۷۵ همت است و تا این بدهی تسویه نشود، زنجیره تأمین روان نمی‌شود.',
      'این واحد قطعه‌سازی که فرزانه عسگری سال ۱۳۸۹ آن را راه‌اندازی کرده، دسته‌سیم خودرو تولید می‌کند و ۴۲۰ کارگر دارد.',
      'آرش نوروزی‌فر، دبیر انجمن سازندگان قطعات و مجموعه‌های خودرو، اما کمبود قطعه را نتیجه تأخیر در پرداخت مطالبات دانست و عنوان کرد که دست‌کم ۳۰۰ قطعه‌ساز کوچک به دلیل نبود نقدینگی تولید خود را کاهش داده‌اند یا با نیمی از ظرفیت کار می‌کنند.',
      'نوروزی‌فر افزود: قیمت ورق فولادی از ابتدای سال ۲۲ درصد گران شده، اما قیمت قطعه در قراردادهای ما با خودروسازان هنوز اصلاح نشده است. قطعه‌ساز نمی‌تواند با زیان تولید کند.',
      'حمید ملکشاهی، فروشنده خودرو در بازار امین‌حضور تهران، می‌گوید کاهش عرضه در هفته‌های اخیر قیمت برخی خودروها را در بازار آزاد بالا برده است. او به باما گفت: پژو ۲۰۷ دنده‌ای که اول فروردین یک میلیارد و ۴۲۰ میلیون تومان معامله می‌شد، حالا به یک میلیارد و ۵۵۰ میلیون تومان رسیده و با این حال خریدار کم است.',
      'سازمان حمایت مصرف‌کنندگان و تولیدکنندگان نیز اعلام کرد خودروسازان موظف‌اند برای تأخیر در تحویل، خسارتی معادل ۱۸ درصد سالانه مبلغ واریزی را به مشتریان بپردازند.',
      'به گفته کامران دلاوری، کارشناس صنعت خودرو، قیمت‌گذاری دستوری و زیان انباشته خودروسازان که در پایان سال ۱۴۰۳ از ۱۷۰ همت گذشته بود، اجازه سرمایه‌گذاری تازه در خطوط تولید را نمی‌دهد و تا این چرخه اصلاح نشود، آمار تولید هر سال با نوسان همراه خواهد بود.',
      'قرار است گزارش بدهی قطعه‌سازان هفته آینده در جلسه‌ای با حضور وزیر صمت بررسی شود.',
    ],
    tags: ['تولید خودرو', 'خودروهای ناقص', 'قطعه‌سازان', 'ایران‌خودرو', 'سایپا'],
    caption: 'خودروهای ناقص در پارکینگ یکی از خودروسازان در جاده مخصوص', credit: 'عکس: سینا شهیدی',
    related: ['ثبت‌نام جدید سامانه یکپارچه خودرو کی آغاز می‌شود؟', 'واردات خودروهای کارکرده؛ آیین‌نامه به کجا رسید؟', 'افت قیمت خودروهای چینی در بازار'],
    mostRead: ['قیمت روز خودروهای داخلی؛ چهارشنبه ۹ اردیبهشت', 'مقایسه فنی تارا و شاهین', 'بهترین خودروهای زیر ۲ میلیارد تومان', 'بیمه بدنه در سال ۱۴۰۵ چقدر گران شد؟'],
    comments: [['رضا از کرج', 'ماشین من از بهمن در پارکینگ مانده و هنوز خبری نیست.'], ['محمد', 'بازار آزاد هر روز گران‌تر می‌شود.']],
    speakers: [
      { name: 'حمیدرضا تقوی‌راد', role: 'معاون صنایع حمل‌ونقل وزارت صمت', also_called: ['وی'], statements: 2 },
      { name: 'آرش نوروزی‌فر', role: 'دبیر انجمن سازندگان قطعات و مجموعه‌های خودرو', also_called: ['نوروزی‌فر'], statements: 2 },
      { name: 'حمید ملکشاهی', role: 'فروشنده خودرو در بازار امین‌حضور تهران', also_called: ['او'], statements: 2 },
      { name: 'کامران دلاوری', role: 'کارشناس صنعت خودرو', also_called: [], statements: 1 },
    ],
    speakers_never: ['وزارت صنعت، معدن و تجارت', 'سازمان حمایت مصرف‌کنندگان و تولیدکنندگان', 'فرزانه عسگری', 'وزیر صمت'],
    figures: [
      { value: 68300, unit: 'دستگاه', kind: 'count', about: '«۶۸ هزار و ۳۰۰ دستگاه» تولید فروردین (lead)' },
      { value: 19, unit: 'درصد', kind: 'percent', about: 'کاهش تولید نسبت به فروردین پارسال (lead)' },
      { value: 42000, unit: 'دستگاه', kind: 'count', about: '«از ۴۲ هزار دستگاه گذشته» خودروهای ناقص (lead)' },
      { value: 31200, unit: 'دستگاه', kind: 'count', about: 'تولید ایران‌خودرو' },
      { value: 24800, unit: 'دستگاه', kind: 'count', about: 'تولید سایپا' },
      { value: 12300, unit: 'دستگاه', kind: 'count', about: 'تولید خودروسازان خصوصی و مونتاژکاران' },
      { value: 26, unit: 'درصد', kind: 'percent', about: '«افت ۲۶ درصدی» تولید وانت' },
      { value: 5900, unit: 'دستگاه', kind: 'count', about: 'تولید وانت و تجاری سبک' },
      { value: 4, unit: 'قطعه', kind: 'count', about: '«به‌طور میانگین ۴ قطعه» کسری هر خودروی ناقص (kept)' },
      { value: 75000000000000, unit: 'همت', kind: 'money', about: '«حدود ۷۵ همت» بدهی خودروسازان به قطعه‌سازان' },
      { value: 420, unit: 'کارگر', kind: 'count', about: 'کارگران واحد قطعه‌سازی' },
      { value: 300, unit: 'قطعه‌ساز', kind: 'count', about: '«دست‌کم ۳۰۰ قطعه‌ساز کوچک»' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'گرانی ورق فولادی' },
      { value: 1420000000, unit: 'تومان', kind: 'money', about: '«یک میلیارد و ۴۲۰ میلیون تومان» قیمت اول فروردین' },
      { value: 1550000000, unit: 'تومان', kind: 'money', about: '«یک میلیارد و ۵۵۰ میلیون تومان» قیمت امروز' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'نرخ سالانه خسارت تأخیر' },
      { value: 170000000000000, unit: 'همت', kind: 'money', about: '«از ۱۷۰ همت گذشته» زیان انباشته' },
    ],
    figures_never: ['«پژو ۲۰۷»: a model name', '«سال ۱۳۸۹», «پایان سال ۱۴۰۳»: years', '«روز سه‌شنبه», «پایان خرداد», «ابتدای سال», «اول فروردین», «هفته آینده», «هفته‌های اخیر»: dates', '«نیمی از ظرفیت»: vague', '«سالانه», «هر سال»: bases', 'the sidebar price widget and the «بخوانید:» card (۱۴۰۵): not body'],
    notes: [
      'Auto-industry news of a car-ads site\'s magazine as an ANGULAR SSR app (Bama: Angular 17 with ng-version and ng-server-context="ssr", _ngcontent/_nghost attributes, ngh hydration markers and <!--nghm-->, hashed polyfills/main bundles; the visible date «چهارشنبه ۹ اردیبهشت ۱۴۰۵» has NO time; the only instant is in the TransferState script <script id="ng-state"> as «publishedAt»:1777453800000 (milliseconds since the epoch) = 2026-04-29T12:40:00+03:30, the gold; photo before the lead; lead paragraph; an in-body «بخوانید:» card (app-inline-related), not body; a sidebar price widget with car prices; tags, share, related, comments, most-read).',
      'statements: Taghavirad, introduced as «ROLE NAME» without commas: «… گفت:» (two-sentence quote, once), «وی با بیان اینکه … تصریح کرد:» (one) = 2; Nowruzifar: «… دانست و عنوان کرد که …» (one), the surname alone «نوروزی‌فر افزود:» (two sentences, once) = 2; Malekshahi: «می‌گوید …» (indirect, one), «او به باما گفت:» (one) = 2; Delavari: «به گفته کامران دلاوری …» (one) = 1.',
      'The industry ministry («بر اساس آمار»), the consumer-protection organization («اعلام کرد») and the carmakers are organizations; the minister who will chair next week\'s meeting is never named; the founder of the parts plant, Asgari, is only mentioned. «همت» is 1e12 toman with unit همت; «۱۸ درصد سالانه» (the penalty rate) and «۱۹ درصد» (the fall) are different; «۴ قطعه» (the average shortfall per unfinished car) is kept as a count although it is an average per car; units «قطعه» and «قطعه‌ساز» are different.',
    ],
  },
  {
    name: 'kojaro-qamsar-rosewater-season', site: 'kojaro', photoAt: 2, inlineAt: 5, author: 'الهام قاسمی',
    inline: 'راهنمای سفر به کاشان در فصل گلاب‌گیری',
    url: 'https://www.kojaro.com/mag/news/qamsar-rosewater-festival-1405/',
    title: '۱۲۶ هزار گردشگر در ۱۰ روز؛ فصل گلاب‌گیری قمصر زودتر از همیشه آغاز شد',
    kicker: 'اخبار گردشگری', date: '۱۲ اردیبهشت ۱۴۰۵ - ۱۷:۱۵',
    lead: 'آیین گلاب‌گیری در قمصر و نیاسر کاشان امسال زودتر از همیشه آغاز شد و در ۱۰ روز نخست اردیبهشت ۱۲۶ هزار گردشگر به این منطقه سفر کردند؛ ظرفیت اقامتگاه‌های بوم‌گردی منطقه تا پایان ماه تقریباً پر شده است.',
    paras: [
      'به گزارش کجارو، گرمای زودرس فروردین باعث شد گل‌های محمدی باغ‌های قمصر حدود ۱۰ روز زودتر از سال‌های گذشته باز شوند. امسال حدود ۲ هزار و ۸۰۰ هکتار از باغ‌های شهرستان کاشان زیر کشت گل محمدی است و پیش‌بینی می‌شود بیش از ۱۱ هزار تن گل برداشت شود.',
      'سعید رحمانیان، معاون گردشگری اداره کل میراث فرهنگی، گردشگری و صنایع دستی استان اصفهان، روز پنجشنبه در قمصر به خبرنگاران گفت: از این تعداد، ۸ هزار و ۴۰۰ نفر گردشگر خارجی بوده‌اند و شمار کل بازدیدکنندگان نسبت به مدت مشابه پارسال ۲۲ درصد رشد داشته است. بیشتر گردشگران خارجی از فرانسه، ایتالیا، چین و روسیه آمده‌اند.',
      'وی ادامه داد: در این منطقه ۴۶ اقامتگاه بوم‌گردی فعال است و برای جلوگیری از گران‌فروشی، نرخ هر شب اقامت در اتاق دوتخته حداکثر ۳ میلیون و ۲۰۰ هزار تومان تعیین شده است. گردشگران می‌توانند تخلفات را با شماره ۰۹۶۳۰ گزارش کنند.',
      'محمدعلی صنیعی، صاحب یک کارگاه سنتی گلاب‌گیری در قمصر، می‌گوید امسال هر کیلو گل محمدی در باغ ۱۴۵ هزار تومان خرید و فروش می‌شود که ۳۰ درصد بیشتر از پارسال است. او افزود: گردشگرها بیشتر عکس می‌گیرند تا خرید کنند، اما همین رفت‌وآمد باعث شده جوان‌های روستا بمانند. ما امسال ۶ نفر از جوانان قمصر را برای راهنمایی گردشگران به کار گرفتیم.',
      '«بوی گل از ورودی روستا حس می‌شود. در فرانسه درباره گلاب کاشان خوانده بودم، اما فکر نمی‌کردم مراسمی به این بزرگی ببینم.» این را کلر مارشان، گردشگر فرانسوی که با یک تور ۱۲ نفره به قمصر آمده، گفت.',
      'فاطمه حیدریان، رئیس انجمن اقامتگاه‌های بوم‌گردی استان اصفهان، با انتقاد از کمبود زیرساخت‌ها اظهار کرد که در روزهای تعطیل، عبور از جاده ۲۵ کیلومتری کاشان تا قمصر گاهی ۳ ساعت طول می‌کشد و روستاهای منطقه پارکینگ و سرویس بهداشتی کافی ندارند.',
      'حیدریان خاطرنشان کرد: سهم گردشگران خارجی هنوز کمتر از ۷ درصد است. اگر تبلیغات درستی در بازارهای هدف انجام شود، می‌توان این سهم را طی دو سال دو برابر کرد.',
      'شرکت راه‌آهن جمهوری اسلامی ایران نیز اعلام کرد از ۱۷ اردیبهشت قطار گردشگری تهران-کاشان هر پنجشنبه و جمعه با ظرفیت ۳۸۰ مسافر حرکت می‌کند.',
      'در جشنواره امسال غرفه‌ای هم به نمایش عکس‌های زنده‌یاد حسین نراقی، عکاس کاشانی که چهار دهه از آیین گلاب‌گیری عکاسی کرد، اختصاص یافته است. گلاب‌گیری سنتی کاشان در فهرست میراث معنوی کشور ثبت شده است.',
    ],
    tags: ['قمصر', 'گلاب‌گیری', 'کاشان', 'گردشگری روستایی'],
    caption: 'برداشت گل محمدی در باغ‌های قمصر، صبح زود اردیبهشت', credit: 'عکس: الهام قاسمی',
    related: ['بهترین اقامتگاه‌های بوم‌گردی کاشان', 'سفر به ابیانه در بهار', 'جاذبه‌های گردشگری نیاسر'],
    mostRead: ['ارزان‌ترین پروازهای داخلی اردیبهشت', 'سفر یک‌روزه به لواسان', 'تورهای ترکیه در بهار ۱۴۰۵', 'بهترین کافه‌های شیراز'],
    comments: [['سارا', 'پارسال رفتیم، ترافیک جاده واقعاً وحشتناک بود.'], ['Reza', 'قیمت اقامتگاه‌ها خیلی بالاست.']],
    extraExcludes: ['گردشگران خارجی در باغ گل محمدی نیاسر'],
    speakers: [
      { name: 'سعید رحمانیان', role: 'معاون گردشگری اداره کل میراث فرهنگی، گردشگری و صنایع دستی استان اصفهان', also_called: ['وی'], statements: 2 },
      { name: 'محمدعلی صنیعی', role: 'صاحب یک کارگاه سنتی گلاب‌گیری در قمصر', also_called: ['او'], statements: 2 },
      { name: 'کلر مارشان', role: 'گردشگر فرانسوی که با یک تور ۱۲ نفره به قمصر آمده', also_called: [], statements: 1 },
      { name: 'فاطمه حیدریان', role: 'رئیس انجمن اقامتگاه‌های بوم‌گردی استان اصفهان', also_called: ['حیدریان'], statements: 2 },
    ],
    speakers_never: ['شرکت راه‌آهن جمهوری اسلامی ایران', 'حسین نراقی'],
    figures: [
      { value: 126000, unit: 'گردشگر', kind: 'count', about: '«۱۲۶ هزار گردشگر» در ۱۰ روز نخست اردیبهشت (lead)' },
      { value: 2800, unit: 'هکتار', kind: 'measure', about: '«۲ هزار و ۸۰۰ هکتار» زیر کشت گل محمدی' },
      { value: 11000, unit: 'تن', kind: 'measure', about: '«بیش از ۱۱ هزار تن» پیش‌بینی برداشت گل' },
      { value: 8400, unit: 'نفر', kind: 'count', about: '«۸ هزار و ۴۰۰ نفر» گردشگر خارجی' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'رشد شمار بازدیدکنندگان' },
      { value: 46, unit: 'اقامتگاه', kind: 'count', about: 'اقامتگاه‌های بوم‌گردی فعال' },
      { value: 3200000, unit: 'تومان', kind: 'money', about: '«۳ میلیون و ۲۰۰ هزار تومان» سقف نرخ هر شب اقامت' },
      { value: 145000, unit: 'تومان', kind: 'money', about: 'قیمت هر کیلو گل محمدی' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'گرانی گل نسبت به پارسال' },
      { value: 6, unit: 'نفر', kind: 'count', about: 'جوانان به کار گرفته‌شده' },
      { value: 12, unit: 'نفر', kind: 'count', about: '«تور ۱۲ نفره»' },
      { value: 25, unit: 'کیلومتر', kind: 'measure', about: '«جاده ۲۵ کیلومتری» کاشان تا قمصر' },
      { value: 7, unit: 'درصد', kind: 'percent', about: '«کمتر از ۷ درصد» سهم گردشگران خارجی' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«دو برابر کرد» هدف سهم گردشگران خارجی' },
      { value: 380, unit: 'مسافر', kind: 'count', about: 'ظرفیت قطار گردشگری' },
    ],
    figures_never: ['«۱۰ روز نخست اردیبهشت», «۱۰ روز زودتر», «۳ ساعت», «دو سال», «چهار دهه»: durations', '«روز پنجشنبه», «پایان ماه», «۱۷ اردیبهشت»: dates', '«هر پنجشنبه و جمعه»: a frequency', '«۰۹۶۳۰»: a phone number', '«هر شب», «هر کیلو»: bases', '«اتاق دوتخته»: a room type', '«از این تعداد»: anaphoric (the lead\'s 126,000)'],
    notes: [
      'Tourism news of a travel magazine on WORDPRESS + ELEMENTOR PRO (Kojaro: Hello Elementor theme, a single-post template built of elementor-widget-theme-post-title / post-info / theme-post-featured-image / theme-post-excerpt / theme-post-content; Yoast @graph JSON-LD and article:published_time +03:30, a later article:modified_time; the post-info widget shows «۱۲ اردیبهشت ۱۴۰۵» and «۱۷:۱۵» in two items; the excerpt widget is the lead; an IMAGE GALLERY (core gallery block, three captioned images) after paragraph 3 and an in-body «مطلب پیشنهادی:» box, neither body; tags, share buttons, an author box with a one-line bio, related posts, comments; a Complianz COOKIE CONSENT banner).',
      'statements: Rahmanian: «… به خبرنگاران گفت:» (two-sentence quote, once), «وی ادامه داد:» (two sentences, once) = 2; Saniei: «می‌گوید …» (indirect, one), «او افزود:» (multi-sentence quote, once) = 2; Marchand: a quote paragraph closed by «این را NAME، ROLE، گفت.» (one) = 1; Heydarian: «… با انتقاد از … اظهار کرد که …» (one), the surname alone «حیدریان خاطرنشان کرد:» (two sentences, once) = 2.',
      'The railway company («اعلام کرد») is an organization; the late photographer Naraghi is only mentioned. «از این تعداد» refers back to the lead\'s 126,000 visitors and adds no figure; «دو برابر کرد» (the target for the foreign share) is counted as 2 برابر as in earlier sets; «۸ هزار و ۴۰۰ نفر», «۶ نفر» and «۱۲ نفره» are three نفر figures; the nightly room-rate cap and the price per kilo are kept although «هر شب» / «هر کیلو» are their bases.',
    ],
  },
  {
    name: 'nojum-national-observatory-season', site: 'nojum', inlineAt: 4, author: 'بهاره نیکنام',
    inline: 'بارش شهابی اتا دلوار را کجا و چه ساعتی ببینیم؟',
    url: 'https://nojum.ir/news/16412/نخستین-فصل-رصدی-عمومی-رصدخانه-ملی',
    title: 'نخستین فصل رصدی عمومی رصدخانه ملی آغاز شد؛ ۵۲ طرح پژوهشی در نوبت تلسکوپ',
    kicker: 'نجوم ایران', date: '۱۴ اردیبهشت ۱۴۰۵ - ۰۹:۰۰',
    lead: 'تلسکوپ ۳٫۴ متری رصدخانه ملی ایران در قله گرگش از این هفته نخستین فصل رصدی خود را برای پژوهشگران دانشگاه‌های کشور آغاز کرد؛ از ۸۷ طرح پیشنهادی، ۵۲ طرح پذیرفته شده است.',
    paras: [
      'به گزارش نجوم، پژوهشگرانی از ۱۹ دانشگاه و پژوهشگاه در فراخوان این فصل شرکت کرده بودند. بیشتر طرح‌های پذیرفته‌شده به رصد ستارگان متغیر، سیارک‌های نزدیک زمین و کهکشان‌های دوردست مربوط است و ۹ طرح نیز با همکاری گروه‌های پژوهشی خارجی اجرا می‌شود.',
      'کامیار سپهری، رئیس رصدخانه ملی ایران، روز شنبه در نشستی با پژوهشگران اظهار کرد: ما امسال ۲۸ درصد شب‌های رصدی را به طرح‌های دانشگاه‌ها اختصاص داده‌ایم و بقیه زمان صرف آزمون‌های فنی و پروژه‌های کلیدی رصدخانه می‌شود. آسمان گرگش در سال به‌طور میانگین ۲۱۰ شب صاف دارد که از بهترین آمارها در منطقه است.',
      'وی افزود که طیف‌نگار تازه رصدخانه که با همکاری متخصصان داخلی ساخته شده، تا پایان تابستان روی تلسکوپ نصب می‌شود و هزینه ساخت آن حدود ۴۵ میلیارد تومان بوده است.',
      'به گفته رئیس رصدخانه ملی، سهم دانشجویان دکتری و پژوهشگران جوان از زمان رصد امسال ۴۰ درصد است.',
      'حسین مقدم‌نیا، استاد اخترفیزیک دانشگاه تحصیلات تکمیلی علوم پایه زنجان، معتقد است سهم ۲۸ درصدی برای فراخوان عمومی هنوز کم است. او یادآور شد که تلسکوپ‌های هم‌اندازه در جهان معمولاً بیش از ۷۰ درصد زمان خود را به طرح‌های پیشنهادی پژوهشگران می‌دهند.',
      'نجوم درباره این فصل رصدی با نگار فلاحی، پژوهشگر پسادکتری پژوهشکده نجوم پژوهشگاه دانش‌های بنیادی که طرحش پذیرفته شده، گفت‌وگو کرده است:',
      'Q: طرح شما درباره چیست؟',
      'می‌خواهیم تغییرات درخشش ۳۵ ستاره متغیر را در یک خوشه ستاره‌ای دنبال کنیم. تا پارسال برای چنین کاری یا باید داده تلسکوپ‌های خارجی را از آرشیوها برمی‌داشتیم یا ماه‌ها منتظر نوبت می‌ماندیم.',
      'Q: چرا داشتن تلسکوپ بزرگ در داخل کشور برای شما مهم است؟',
      'دسترسی ما به تلسکوپ‌های بزرگ دنیا محدود است. از ۶ درخواستی که در سه سال گذشته به رصدخانه‌های خارجی فرستادم، فقط یکی پذیرفته شد. حالا دانشجوی ما می‌تواند داده را خودش بگیرد و کار رصد را از نزدیک یاد بگیرد.',
      'Q: کار در گرگش چه دشواری‌هایی دارد؟',
      'جاده قله در زمستان اغلب بسته است و در ارتفاع ۳ هزار و ۶۰۰ متری، بیدار ماندن و کار کردن تا صبح برای کسی که عادت ندارد سخت است. ولی وقتی نخستین تصویر را روی صفحه می‌بینی، خستگی از یادت می‌رود.',
      'پژوهشگاه دانش‌های بنیادی نیز اعلام کرد فراخوان فصل دوم از اول مهر منتشر می‌شود و داده‌های هر طرح ۱۸ ماه پس از رصد در اختیار همه پژوهشگران قرار می‌گیرد.',
      'در نشست روز شنبه از مهدی کاویانی‌پور، تکنسین ارشد اپتیک رصدخانه، برای نگهداری آینه اصلی تلسکوپ در زمستان گذشته تقدیر شد. نخستین نور تلسکوپ رصدخانه ملی در سال ۱۴۰۱ ثبت شده بود.',
    ],
    tags: ['رصدخانه ملی ایران', 'تلسکوپ', 'گرگش', 'نجوم رصدی'],
    caption: 'گنبد تلسکوپ رصدخانه ملی ایران بر قله گرگش در غروب', credit: 'عکس: رصدخانه ملی ایران',
    related: ['ماه‌گرفتگی کامل اسفند از ایران چگونه دیده شد؟', 'رونمایی از نخستین دوربین CCD ساخت داخل', 'نجوم آماتوری در مدارس؛ طرحی که متوقف ماند'],
    mostRead: ['آسمان شب اردیبهشت ۱۴۰۵', 'جیمز وب و جو یک سیاره سنگی', 'ماموریت آرتمیس ۲ به کجا رسید؟', 'چرا ماه از زمین دور می‌شود؟'],
    comments: [['امیر', 'امیدوارم به منجمان آماتور هم زمانی برسد.'], ['دانشجوی فیزیک', 'داده‌ها بعد از یک سال و نیم آزاد می‌شود یا زودتر؟']],
    speakers: [
      { name: 'کامیار سپهری', role: 'رئیس رصدخانه ملی ایران', also_called: ['وی', 'رئیس رصدخانه ملی'], statements: 3 },
      { name: 'حسین مقدم‌نیا', role: 'استاد اخترفیزیک دانشگاه تحصیلات تکمیلی علوم پایه زنجان', also_called: ['او'], statements: 2 },
      { name: 'نگار فلاحی', role: 'پژوهشگر پسادکتری پژوهشکده نجوم پژوهشگاه دانش‌های بنیادی', also_called: [], statements: 3 },
    ],
    speakers_never: ['پژوهشگاه دانش‌های بنیادی', 'مهدی کاویانی‌پور'],
    figures: [
      { value: 3.4, unit: 'متر', kind: 'measure', about: '«تلسکوپ ۳٫۴ متری» قطر آینه (lead; kept as the telescope\'s size)' },
      { value: 87, unit: 'طرح', kind: 'count', about: 'طرح‌های پیشنهادی (lead)' },
      { value: 52, unit: 'طرح', kind: 'count', about: 'طرح‌های پذیرفته‌شده (lead)' },
      { value: 19, unit: 'دانشگاه', kind: 'count', about: '«۱۹ دانشگاه و پژوهشگاه» شرکت‌کننده' },
      { value: 9, unit: 'طرح', kind: 'count', about: 'طرح‌های مشترک با گروه‌های خارجی' },
      { value: 28, unit: 'درصد', kind: 'percent', about: 'سهم شب‌های رصدی طرح‌های دانشگاهی (repeated as «سهم ۲۸ درصدی»)' },
      { value: 210, unit: 'شب', kind: 'count', about: '«۲۱۰ شب صاف» در سال (a count of clear nights, kept)' },
      { value: 45000000000, unit: 'تومان', kind: 'money', about: '«حدود ۴۵ میلیارد تومان» هزینه ساخت طیف‌نگار' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم دانشجویان دکتری و پژوهشگران جوان' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۰ درصد» سهم فراخوان در تلسکوپ‌های هم‌اندازه' },
      { value: 35, unit: 'ستاره', kind: 'count', about: 'ستارگان متغیر طرح فلاحی' },
      { value: 6, unit: 'درخواست', kind: 'count', about: 'درخواست‌های رصد به رصدخانه‌های خارجی' },
      { value: 3600, unit: 'متر', kind: 'measure', about: '«ارتفاع ۳ هزار و ۶۰۰ متری» قله گرگش' },
    ],
    figures_never: ['«نخستین فصل», «فصل دوم», «نخستین نور», «نخستین تصویر»: ordinals', '«این هفته», «روز شنبه», «پایان تابستان», «اول مهر», «زمستان گذشته», «سال ۱۴۰۱»: dates/years', '«سه سال گذشته», «۱۸ ماه», «ماه‌ها»: durations', '«فقط یکی»: lone «یک»', '«سهم ۲۸ درصدی»: the same 28 درصد', '«در سال»: basis'],
    notes: [
      'Science news with a short interview on a NUXT 3 app (Nojum astronomy magazine: <div id="__nuxt">, data-v-* scoped attributes, /_nuxt/ hashed entry and modulepreload links, window.__NUXT__.config, the payload in <script id="__NUXT_DATA__"> in devalue\'s flat-array form; NO date meta and no JSON-LD: the visible «دوشنبه ۱۴ اردیبهشت ۱۴۰۵» has NO time, the payload carries «published_at»:"2026-05-04 09:00:00", a NAIVE local datetime with a space, read as Tehran time = the gold; an AUDIO PLAYER «نسخه صوتی این خبر» with its duration above the lead; cover photo after the lead; interview questions as <p class="qa-question"> without bold, which are body; an in-body «پیشنهاد سردبیر:» box; a SOURCES line «منبع: …» after the body, not body; hashtag tags, share, related, comments, most-read).',
      'statements: Sepehri: «… اظهار کرد:» (two-sentence quote, once), «وی افزود که …» (one), the shortened role alone «به گفته رئیس رصدخانه ملی …» (one) = 3; Moghaddamnia: «معتقد است» (one), «او یادآور شد که …» (one) = 2; Fallahi: one per interview answer = 3 (the sentence announcing the interview, which gives her name and role, is not a statement).',
      'The institute for fundamental sciences («اعلام کرد») is an organization; the technician Kavianipour is only mentioned. Calls: the telescope\'s aperture in the lead («۳٫۴ متری») is kept as a measure (it is the instrument\'s size, not a name); «۲۱۰ شب صاف» is read as a count of clear nights, not a duration; «۱۸ ماه» (the embargo) is a duration; «سهم ۲۸ درصدی» repeats the 28 percent; «۳٫۴ متر» and «۳ هزار و ۶۰۰ متر» are two figures with the same unit.',
    ],
  },
  {
    name: 'bandarkhabar-bushehr-coastal-land', site: 'bandarkhabar',
    url: 'https://bandarkhabar.ir/post/18342',
    title: 'رفع تصرف از ۶۸ هکتار اراضی ساحلی بوشهر؛ ۵ متهم بازداشت شدند',
    kicker: 'حوادث و قضایی', date: '۱۶ اردیبهشت ۱۴۰۵ - ۱۴:۱۲',
    paras: [
      'به گزارش بندر خبر، به دستور دادستانی مرکز استان بوشهر، صبح امروز ۶۸ هکتار از اراضی ساحلی و ملی در حاشیه محله بندرگاه که طی سه سال گذشته به‌صورت غیرقانونی تصرف و دیوارکشی شده بود، با حضور نیروی انتظامی و مأموران منابع طبیعی رفع تصرف شد. ارزش این اراضی ۴ هزار و ۲۰۰ میلیارد ریال برآورد شده است.',
      'رئیس کل دادگستری استان بوشهر غلامحسین صفائیان در حاشیه این عملیات به خبرنگاران گفت: در این پرونده ۵ نفر از جمله ۲ کارمند یکی از ادارات استان بازداشت شده‌اند و برای ۱۱ متهم دیگر قرار تأمین صادر شده است. متهمان با جعل اسناد و قولنامه‌های عادی، این اراضی را قطعه‌بندی کرده و به بیش از ۱۴۰ نفر فروخته‌اند.',
      'وی با اشاره به شکایت خریداران تصریح کرد: بسیاری از خریداران این قطعات خودشان فریب خورده‌اند و دستگاه قضایی پیگیری می‌کند پولی که پرداخته‌اند از محل اموال متهمان به آنها بازگردد. تاکنون حدود ۳۲۰ میلیارد ریال از اموال متهمان توقیف شده است.',
      'محمدرضا بختیاری‌نژاد، دادستان عمومی و انقلاب مرکز استان بوشهر، نیز عنوان کرد که از ابتدای سال ۱۴۰۴ تاکنون ۲۳۱ پرونده زمین‌خواری در استان تشکیل شده و در مجموع ۴۱۷ هکتار از اراضی ملی و ساحلی به بیت‌المال بازگشته است.',
      'بختیاری‌نژاد هشدار داد: هرگونه خرید و فروش زمین در حریم ۶۰ متری دریا ممنوع است و دفاتر اسناد رسمی و بنگاه‌هایی که در این معاملات نقش داشته باشند، تحت پیگرد قرار می‌گیرند.',
      'به گفته عبدالله دشتی‌زاده، صیاد و از اهالی محله بندرگاه، دیوارکشی این اراضی در دو سال اخیر راه دسترسی صیادان به اسکله سنتی را بسته بود و قایق‌داران مجبور بودند مسیری ۴ کیلومتری را دور بزنند. او گفت: بچه‌های ما کنار همین دریا بزرگ شده‌اند. هیچ‌کس نمی‌دانست این زمین‌ها کی و به چه کسی فروخته شده است.',
      'در جریان این عملیات، ۱۸ دیوار و ۶ سوله غیرمجاز با لودرهای شهرداری بوشهر تخریب شد. اداره کل بنادر و دریانوردی استان بوشهر نیز اعلام کرد بخشی از اراضی آزادشده به توسعه اسکله صیادی و ایجاد ۲ هزار متر ساحل عمومی اختصاص می‌یابد.',
      'رسیدگی به این پرونده بر عهده بازپرس شعبه سوم دادسرای مرکز استان، حمید گلستانی‌فر، است و به گفته منابع قضایی، کیفرخواست متهمان تا پایان خرداد صادر می‌شود.',
    ],
    tags: ['زمین‌خواری', 'بوشهر', 'دادگستری'],
    caption: 'لودرهای شهرداری در حال تخریب دیوارهای غیرمجاز در محله بندرگاه بوشهر', credit: '',
    related: ['دستگیری قاچاقچیان سوخت در بندر دیر', 'تخریب ویلاهای غیرمجاز در حریم ساحل گناوه', 'کشف ۳ تن ماهی قاچاق در عسلویه'],
    mostRead: ['قطعی برق در چند محله بوشهر از ساعت ۱۶', 'نتیجه دیدار شاهین بوشهر و ملوان', 'دمای هوای بوشهر به ۴۱ درجه رسید', 'پرواز بوشهر-مشهد از سر گرفته شد'],
    comments: [],
    speakers: [
      { name: 'غلامحسین صفائیان', role: 'رئیس کل دادگستری استان بوشهر', also_called: ['وی'], statements: 2 },
      { name: 'محمدرضا بختیاری‌نژاد', role: 'دادستان عمومی و انقلاب مرکز استان بوشهر', also_called: ['بختیاری‌نژاد'], statements: 2 },
      { name: 'عبدالله دشتی‌زاده', role: 'صیاد و از اهالی محله بندرگاه', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['دادستانی مرکز استان بوشهر', 'اداره کل بنادر و دریانوردی استان بوشهر', 'حمید گلستانی‌فر', 'منابع قضایی', 'شهرداری بوشهر'],
    figures: [
      { value: 68, unit: 'هکتار', kind: 'measure', about: 'اراضی رفع تصرف‌شده' },
      { value: 4200000000000, unit: 'ریال', kind: 'money', about: '«۴ هزار و ۲۰۰ میلیارد ریال» ارزش اراضی' },
      { value: 5, unit: 'نفر', kind: 'count', about: 'بازداشت‌شدگان' },
      { value: 2, unit: 'کارمند', kind: 'count', about: 'کارمندان بازداشت‌شده' },
      { value: 11, unit: 'متهم', kind: 'count', about: 'متهمان با قرار تأمین' },
      { value: 140, unit: 'نفر', kind: 'count', about: '«بیش از ۱۴۰ نفر» خریدار' },
      { value: 320000000000, unit: 'ریال', kind: 'money', about: '«حدود ۳۲۰ میلیارد ریال» اموال توقیف‌شده' },
      { value: 231, unit: 'پرونده', kind: 'count', about: 'پرونده‌های زمین‌خواری از ابتدای ۱۴۰۴' },
      { value: 417, unit: 'هکتار', kind: 'measure', about: 'اراضی بازگشته به بیت‌المال' },
      { value: 60, unit: 'متر', kind: 'measure', about: '«حریم ۶۰ متری دریا» (kept)' },
      { value: 4, unit: 'کیلومتر', kind: 'measure', about: '«مسیری ۴ کیلومتری» دور زدن صیادان' },
      { value: 18, unit: 'دیوار', kind: 'count', about: 'دیوارهای تخریب‌شده' },
      { value: 6, unit: 'سوله', kind: 'count', about: 'سوله‌های غیرمجاز' },
      { value: 2000, unit: 'متر', kind: 'measure', about: '«۲ هزار متر» ساحل عمومی' },
    ],
    figures_never: ['«سه سال گذشته», «دو سال اخیر»: durations', '«صبح امروز», «ابتدای سال ۱۴۰۴», «پایان خرداد»: dates', '«شعبه سوم»: ordinal in a name', '«۵ متهم» in the title repeats the 5 arrested (title, not body)', '«یکی از ادارات استان»: not a count'],
    notes: [
      'Judiciary news of a Bushehr news CHANNEL whose website MIRRORS its Telegram posts (Bandar Khabar: the page copies the t.me widget markup, tgme_widget_message_* classes, the post photo as a CSS background-image, the whole text in one div with <br/> line breaks, hashtags and «🆔 @bandarkhabar» at its end, views «18.4K», «ویرایش‌شده»; NO date metadata: the widget\'s <time datetime="2026-05-06T10:42:00+00:00"> is UTC and shows the UTC clock «10:42», the mirror\'s own line above gives «انتشار در کانال: چهارشنبه ۱۶ اردیبهشت ۱۴۰۵ - ۱۴:۱۲»; the gold is the same instant in Tehran time; there is no lead, no visible caption and no headline element: the title is the bold first line of the post, given WITHOUT its «🔴» marker; related posts by hashtag and the channel\'s recent posts; no comments).',
      'statements: Safaeian, introduced as «ROLE NAME» without commas: «… به خبرنگاران گفت:» (two-sentence quote, once), «وی با اشاره به … تصریح کرد:» (two sentences, once) = 2; Bakhtiarinejad: «… نیز عنوان کرد که …» (one), the surname alone «بختیاری‌نژاد هشدار داد:» (one) = 2; Dashtizadeh: «به گفته عبدالله دشتی‌زاده …» (one), «او گفت:» (two-sentence quote, once) = 2.',
      'The prosecutor\'s office (on whose order the land was cleared), the ports authority («اعلام کرد») and the municipality are organizations; «به گفته منابع قضایی» is an unnamed source; the investigating magistrate Golestanifar is only mentioned. «۵ نفر» and «۱۴۰ نفر», «۶۸» and «۴۱۷» هکتار, «۶۰ متر» and «۲ هزار متر» are distinct figures; «حریم ۶۰ متری دریا» (the legal coastal strip) is kept as a measure.',
    ],
  },
  {
    name: 'irantheatre-city-theatre-reopening', site: 'irantheatre', zwnjLost: true, inlineAt: 4,
    inline: 'ثبت‌نام دوره تابستانی کارگاه بازیگری خانه تئاتر آغاز شد',
    url: 'https://mail.theater.ir/w/214/7f3kQ9x2Lp',
    title: 'تالار اصلی تئاتر شهر پس از ۱۴ ماه بازگشایی می‌شود',
    kicker: 'گزارش ویژه', date: '۱۹ اردیبهشت ۱۴۰۵ - ۰۸:۰۰',
    lead: 'تالار اصلی مجموعه تئاتر شهر تهران پس از ۱۴ ماه تعطیلی برای بازسازی، از جمعه ۲۵ اردیبهشت با اجرای نمایش «باغ آلبالو» دوباره به روی تماشاگران باز می‌شود.',
    paras: [
      'به گزارش ایران تئاتر، در این بازسازی ۵۶۰ صندلی تالار اصلی تعویض و سیستم‌های تهویه، نور و صدا به‌طور کامل نوسازی شده است. با افزودن دو ردیف تازه، ظرفیت تالار به ۵۸۰ صندلی رسیده است. هزینه بازسازی حدود ۱۲۰ میلیارد تومان بوده که بخش عمده آن را شهرداری تهران پرداخته است.',
      'پرستو نیک‌نام، مدیر مجموعه تئاتر شهر، روز پنجشنبه در بازدید خبرنگاران از تالار گفت: این تالار بیش از پنج دهه پیش افتتاح شد و در این سال‌ها هیچ‌وقت تا این اندازه بازسازی نشده بود. ما تلاش کردیم معماری اصلی بنا دست نخورد و فقط تأسیسات فرسوده نو شود.',
      'وی یادآور شد: بهای بلیت نمایش‌های تالار اصلی امسال بین ۴۰۰ تا ۷۵۰ هزار تومان است و ۱۵ درصد صندلی‌های هر اجرا با ۵۰ درصد تخفیف به دانشجویان تئاتر اختصاص می‌یابد.',
      'کارگردان نمایش «باغ آلبالو» بهرنگ صدری‌نیا می‌گوید تمرین‌های این نمایش از دی‌ماه آغاز شده و ۲۲ بازیگر در آن به صحنه می‌روند. او افزود: اجرا در تالاری با این ظرفیت برای گروهی مثل ما هم فرصت است و هم خطر؛ اگر سالن پر نشود، هزینه‌ها برنمی‌گردد. بودجه تولید ما حدود ۹ میلیارد تومان است.',
      'کارگردان «باغ آلبالو» همچنین خاطرنشان کرد که برای این اجرا ترجمه تازه‌ای از متن چخوف آماده شده و طراحی صحنه آن را منصور دهقان‌پور بر عهده دارد.',
      '«ده سال پیش آخرین بار روی این صحنه بازی کردم. امروز که وارد سالن شدم، بوی چوب تازه می‌آمد و صندلی‌ها را نمی‌شناختم، اما صحنه همان صحنه بود.» این را ژیلا آذرفر، بازیگر پیشکسوت تئاتر که نقش مادام رانوسکایا را بازی می‌کند، به ایران تئاتر گفت.',
      'مدیرکل هنرهای نمایشی وزارت فرهنگ و ارشاد اسلامی، سیاوش مرادبیگی، نیز با اشاره به کمبود سالن در پایتخت تصریح کرد: تهران با بیش از ۹ میلیون نفر جمعیت تنها حدود ۱۲۰ سالن نمایش دارد و بیش از ۷۰ درصد آنها سالن‌های کوچک و خصوصی‌اند.',
      'به گفته مرادبیگی، ۳ سالن تازه تئاتر تا پایان سال در مناطق جنوبی تهران افتتاح می‌شود.',
      'انجمن صنفی کارگردانان تئاتر نیز در بیانیه‌ای خواستار آن شد که برنامه‌ریزی اجراهای تالار اصلی با فراخوان عمومی و شفاف انجام شود. بلیت‌فروشی «باغ آلبالو» از سه‌شنبه ۲۲ اردیبهشت در سامانه تیوال آغاز می‌شود.',
    ],
    tags: ['تئاتر شهر', 'تالار اصلی', 'باغ آلبالو'],
    caption: 'نمای تازه سالن تالار اصلی تئاتر شهر پس از بازسازی', credit: 'عکس: نوید اسدی',
    related: ['آغاز ثبت‌نام جشنواره تئاتر دانشگاهی', 'نمایش‌های خیابانی در بوستان‌های تهران', 'بزرگداشت یک طراح صحنه در تالار وحدت'],
    mostRead: ['فهرست نمایش‌های روی صحنه تهران در اردیبهشت', 'گفت‌وگو با برگزیدگان جشنواره تئاتر فجر', 'تئاتر کودک در شهرستان‌ها', 'نقد نمایش «خانه برناردا آلبا»'],
    comments: [],
    extraExcludes: ['صندلی‌های تازه، صحنه قدیمی؛ گزارش ایران تئاتر از بازدید خبرنگاران'],
    speakers: [
      { name: 'پرستو نیک‌نام', role: 'مدیر مجموعه تئاتر شهر', also_called: ['وی'], statements: 2 },
      { name: 'بهرنگ صدری‌نیا', role: 'کارگردان نمایش «باغ آلبالو»', also_called: ['او', 'کارگردان «باغ آلبالو»'], statements: 3 },
      { name: 'ژیلا آذرفر', role: 'بازیگر پیشکسوت تئاتر که نقش مادام رانوسکایا را بازی می‌کند', also_called: [], statements: 1 },
      { name: 'سیاوش مرادبیگی', role: 'مدیرکل هنرهای نمایشی وزارت فرهنگ و ارشاد اسلامی', also_called: ['مرادبیگی'], statements: 2 },
    ],
    speakers_never: ['شهرداری تهران', 'انجمن صنفی کارگردانان تئاتر', 'منصور دهقان‌پور'],
    figures: [
      { value: 560, unit: 'صندلی', kind: 'count', about: 'صندلی‌های تعویض‌شده' },
      { value: 2, unit: 'ردیف', kind: 'count', about: '«دو ردیف تازه» (count in words)' },
      { value: 580, unit: 'صندلی', kind: 'count', about: 'ظرفیت تازه تالار' },
      { value: 120000000000, unit: 'تومان', kind: 'money', about: '«حدود ۱۲۰ میلیارد تومان» هزینه بازسازی' },
      { value: 400000, unit: 'تومان', kind: 'money', about: 'بهای بلیت، کف بازه («بین ۴۰۰ تا ۷۵۰ هزار تومان»)' },
      { value: 750000, unit: 'تومان', kind: 'money', about: 'بهای بلیت، سقف بازه' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم صندلی‌های دانشجویی' },
      { value: 50, unit: 'درصد', kind: 'percent', about: 'تخفیف دانشجویی' },
      { value: 22, unit: 'بازیگر', kind: 'count', about: 'بازیگران «باغ آلبالو»' },
      { value: 9000000000, unit: 'تومان', kind: 'money', about: '«حدود ۹ میلیارد تومان» بودجه تولید' },
      { value: 9000000, unit: 'نفر', kind: 'count', about: '«بیش از ۹ میلیون نفر» جمعیت تهران' },
      { value: 120, unit: 'سالن', kind: 'count', about: 'سالن‌های نمایش تهران' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'سهم سالن‌های کوچک و خصوصی' },
      { value: 3, unit: 'سالن', kind: 'count', about: 'سالن‌های تازه تا پایان سال' },
    ],
    figures_never: ['«۱۴ ماه», «پنج دهه پیش», «ده سال پیش»: durations', '«جمعه ۲۵ اردیبهشت», «روز پنجشنبه», «دی‌ماه», «پایان سال», «سه‌شنبه ۲۲ اردیبهشت»: dates', '«هر اجرا»: basis', 'the issue number «شماره ۲۱۴» and the sponsor box: not body'],
    notes: [
      'Theatre news in a NEWSLETTER WEB VIEW (the Iran Theatre newsletter rendered by its mailing service: XHTML 1.0 Transitional with VML/Office namespaces, MSO conditional comments, nested layout tables with inline styles and Mailchimp-style mcnTextContent cells; a HIDDEN PREHEADER span (display:none) with a teaser that is not body; «مشاهده در مرورگر»; the <title> is the newsletter issue, and the story title is a bold 22px <td>: there is NO <h1>; NO date metadata: the only date is the issue line «شماره ۲۱۴ | شنبه ۱۹ اردیبهشت ۱۴۰۵ | ساعت ۰۸:۰۰»; photo and caption before the lead; the lead as a bold cell; an «آگهی |» sponsor box between paragraphs; «ادامه در سایت ایران تئاتر» button; «سایر خبرها» with one-line teasers; «پربازدیدهای هفته»; unsubscribe footer and tracking pixel). The page LOST EVERY ZWNJ: body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Niknam: «… گفت:» (two-sentence quote, once), «وی یادآور شد:» (one) = 2; Sadrinia, introduced as «ROLE NAME» without commas: «می‌گوید …» (indirect, one), «او افزود:» (multi-sentence quote, once), the shortened role alone «کارگردان «باغ آلبالو» همچنین خاطرنشان کرد که …» (one) = 3; Azarfar: a quote paragraph closed by «این را NAME، ROLE، به ایران تئاتر گفت.» (one) = 1; Moradbeigi, introduced as «ROLE، NAME،»: «… تصریح کرد:» (one), «به گفته مرادبیگی» (one) = 2.',
      'The municipality (which paid for the works) and the directors\' guild («خواستار آن شد») are organizations; the stage designer Dehghanpour is only mentioned. «بین ۴۰۰ تا ۷۵۰ هزار تومان» gives both ends with the scale word applied to both; «دو ردیف» is a count in words; «۹ میلیارد تومان» and «۹ میلیون نفر», «۵۶۰» and «۵۸۰ صندلی», «۱۲۰ سالن» and «۳ سالن» are distinct figures.',
    ],
  },
  {
    name: 'tarafdari-volleyball-vnl-squad', site: 'tarafdari', inlineAt: 3, author: 'مهدی فراهانی',
    inline: 'برنامه کامل تیم ملی والیبال در لیگ ملت‌ها',
    url: 'https://www.tarafdari.com/amp/node/3128455',
    title: 'فهرست ۲۲ نفره تیم ملی والیبال برای لیگ ملت‌ها اعلام شد؛ ۵ چهره تازه در اردو',
    kicker: 'والیبال', date: '۲۱ اردیبهشت ۱۴۰۵ - ۱۶:۴۵',
    lead: 'کادر فنی تیم ملی والیبال ایران فهرست ۲۲ بازیکن دعوت‌شده به نخستین مرحله اردوی آماده‌سازی برای لیگ ملت‌های ۲۰۲۶ را اعلام کرد؛ اردویی که از شنبه ۲۶ اردیبهشت در تهران آغاز می‌شود.',
    paras: [
      'به گزارش طرفداری، در این فهرست نام ۵ بازیکن جوان دیده می‌شود که تاکنون در تیم ملی بزرگسالان بازی نکرده‌اند. ۳ بازیکن لژیونر تیم ملی نیز پس از پایان فصل باشگاهی در ایتالیا و ترکیه به اردو اضافه می‌شوند. تیم ملی ایران پارسال در لیگ ملت‌ها از ۱۲ بازی تنها ۴ پیروزی به دست آورد و در رده چهاردهم ایستاد.',
      'رامین شجاعی‌فرد، سرمربی تیم ملی والیبال، در نشست خبری امروز در فدراسیون گفت: هدف ما در لیگ ملت‌ها فقط نتیجه نیست؛ می‌خواهیم برای قهرمانی جهان به یک ترکیب ثابت برسیم. به همین دلیل به جوان‌ها فرصت می‌دهیم و در طول رقابت‌ها دست‌کم ۸ بازیکن جابه‌جا خواهند شد.',
      'وی درباره غیبت کاپیتان تیم ملی افزود: مهرداد کیانی‌پور به دلیل آسیب‌دیدگی شانه فعلاً در اردو نیست و کادر پزشکی درباره حضورش در هفته دوم رقابت‌ها تصمیم می‌گیرد.',
      'رئیس فدراسیون والیبال جمشید نوبخت‌فر نیز با اشاره به هزینه‌های سفر تیم ملی اظهار کرد: حضور در لیگ ملت‌ها برای فدراسیون حدود یک میلیون و ۲۰۰ هزار دلار هزینه دارد که بخش بزرگی از آن باید به ارز پرداخت شود. قرارداد اسپانسر جدید تیم‌های ملی تا پایان همین ماه امضا می‌شود.',
      'رئیس فدراسیون همچنین یادآور شد که پاداش هر برد تیم ملی در لیگ ملت‌ها برای هر بازیکن ۲۵۰۰ دلار خواهد بود.',
      '«وقتی اسمم را در فهرست دیدم، باور نکردم. سه سال پیش در لیگ دسته یک بازی می‌کردم و حالا قرار است کنار بازیکنانی تمرین کنم که بازی‌هایشان را از تلویزیون می‌دیدم.» این را امیرحسین بهمنیار، دریافت‌کننده ۱۹ ساله شهرداری ارومیه که برای نخستین بار به تیم ملی دعوت شده، به طرفداری گفت.',
      'بهنام صفدری، کارشناس والیبال و بازیکن پیشین تیم ملی، از دعوت‌نشدن دو پاسور باتجربه لیگ انتقاد کرد و گفت تیم ملی در پست پاسور عمق کافی ندارد و اگر پاسور اصلی آسیب ببیند، جایگزین آماده‌ای وجود نخواهد داشت.',
      'بر اساس تازه‌ترین رده‌بندی فدراسیون جهانی والیبال، ایران با ۲۵۳ امتیاز در رده سیزدهم جهان قرار دارد. تیم ملی چهار بازی هفته نخست لیگ ملت‌ها را خارج از خانه برگزار می‌کند.',
      'بازیکنان دعوت‌شده باید تا ساعت ۱۸ جمعه ۲۵ اردیبهشت خود را به کمپ تیم‌های ملی در مجموعه ورزشی آزادی معرفی کنند.',
    ],
    tags: ['تیم ملی والیبال', 'لیگ ملت‌های والیبال', 'والیبال ایران'],
    caption: 'تمرین تیم ملی والیبال در سالن فدراسیون', credit: 'عکس: آرشیو طرفداری',
    related: ['ستاره تیم ملی والیبال به لیگ ایتالیا پیوست', 'قهرمانی شهرداری ارومیه در لیگ برتر والیبال', 'والیبال نشسته ایران در راه پارالمپیک'],
    mostRead: ['نقل و انتقالات لیگ برتر فوتبال؛ آخرین خبرها', 'برنامه هفته پایانی لیگ برتر', 'جدایی مدافع استقلال قطعی شد', 'بازگشت ستاره تیم ملی کشتی به تشک'],
    comments: [],
    speakers: [
      { name: 'رامین شجاعی‌فرد', role: 'سرمربی تیم ملی والیبال', also_called: ['وی'], statements: 2 },
      { name: 'جمشید نوبخت‌فر', role: 'رئیس فدراسیون والیبال', also_called: ['رئیس فدراسیون'], statements: 2 },
      { name: 'امیرحسین بهمنیار', role: 'دریافت‌کننده ۱۹ ساله شهرداری ارومیه که برای نخستین بار به تیم ملی دعوت شده', also_called: [], statements: 1 },
      { name: 'بهنام صفدری', role: 'کارشناس والیبال و بازیکن پیشین تیم ملی', also_called: [], statements: 1 },
    ],
    speakers_never: ['مهرداد کیانی‌پور', 'فدراسیون جهانی والیبال', 'کادر فنی تیم ملی والیبال ایران'],
    figures: [
      { value: 22, unit: 'بازیکن', kind: 'count', about: 'بازیکنان دعوت‌شده (lead)' },
      { value: 5, unit: 'بازیکن', kind: 'count', about: 'چهره‌های تازه' },
      { value: 3, unit: 'بازیکن', kind: 'count', about: 'لژیونرهایی که بعداً اضافه می‌شوند' },
      { value: 12, unit: 'بازی', kind: 'count', about: 'بازی‌های پارسال در لیگ ملت‌ها' },
      { value: 4, unit: 'پیروزی', kind: 'count', about: 'پیروزی‌های پارسال' },
      { value: 8, unit: 'بازیکن', kind: 'count', about: '«دست‌کم ۸ بازیکن» جابه‌جا می‌شوند' },
      { value: 1200000, unit: 'دلار', kind: 'money', about: '«یک میلیون و ۲۰۰ هزار دلار» هزینه حضور در لیگ ملت‌ها' },
      { value: 2500, unit: 'دلار', kind: 'money', about: 'پاداش هر برد برای هر بازیکن' },
      { value: 2, unit: 'پاسور', kind: 'count', about: '«دو پاسور باتجربه» دعوت‌نشده (count in words)' },
      { value: 253, unit: 'امتیاز', kind: 'count', about: 'امتیاز ایران در رده‌بندی جهانی' },
      { value: 4, unit: 'بازی', kind: 'count', about: '«چهار بازی» هفته نخست (count in words)' },
    ],
    figures_never: ['«لیگ ملت‌های ۲۰۲۶»: a name with a year', '«نخستین مرحله», «هفته دوم», «هفته نخست», «رده چهاردهم», «رده سیزدهم», «نخستین بار»: ordinals', '«لیگ دسته یک»: a league name', '«شنبه ۲۶ اردیبهشت», «جمعه ۲۵ اردیبهشت», «امروز», «پایان همین ماه»: dates', '«ساعت ۱۸»: time', '«۱۹ ساله»: age', '«سه سال پیش»: duration', '«هر برد», «هر بازیکن»: bases', '«یک ترکیب ثابت»: lone «یک»'],
    notes: [
      'Volleyball news of a sports community site as an AMP page (Tarafdari: <html amp> rather than ⚡, amp-boilerplate, an amp-sidebar menu; the only date metadata is a JSON-LD NewsArticle whose datePublished is a DATE WITHOUT TIME, «2026-05-11»; the visible line gives «۲۱ اردیبهشت ۱۴۰۵ - ۱۶:۴۵», which gives the gold time; author and views; amp-img cover with a caption paragraph; summary paragraph as lead; an in-body «پیشنهاد طرفداری:» box; an AMP-AUDIO «گزارش صوتی» after the body whose fallback sentence is visible text; tags, amp-social-share, a «مشاهده ۴۷ نظر در نسخه کامل» link instead of comments; related and hot lists).',
      'statements: Shojaeifard: «… گفت:» (multi-sentence quote, once), «وی درباره … افزود:» (one) = 2; Nowbakhtfar, introduced as «ROLE NAME» without commas: «… اظهار کرد:» (two sentences, once), the shortened role alone «رئیس فدراسیون همچنین یادآور شد که …» (one) = 2; Bahmanyar: a quote paragraph closed by «این را NAME، ROLE، به طرفداری گفت.» (one) = 1; Safdari: «… انتقاد کرد و گفت …» (one) = 1.',
      'The technical staff announcing the list in the lead and the world federation («بر اساس … رده‌بندی») are organizations; the injured captain Kianipour is only mentioned (the coach speaks about him). Ranking points (۲۵۳ امتیاز) are counts as league points were; «۱۲ بازی» and «چهار بازی», «۵», «۳», «۸» and «۲۲ بازیکن» are distinct figures; «دو پاسور» is a count in words.',
    ],
  },
  {
    name: 'nournews-iran-uzbekistan-commission', site: 'nournews', photoAt: 1, inlineAt: 5,
    inline: 'سفر هیئت تجاری ایران به سمرقند؛ ۳۰ قرارداد امضا شد',
    pullQuote: 'ازبکستان کشوری محصور در خشکی است و کوتاه‌ترین راه آن به آب‌های آزاد از خاک ایران می‌گذرد.',
    url: 'https://nournews.ir/fa/news/243118/اجلاس-کمیسیون-مشترک-ایران-و-ازبکستان-پایان-یافت',
    title: 'اجلاس کمیسیون مشترک ایران و ازبکستان با ۱۱ سند همکاری پایان یافت',
    kicker: 'سیاست خارجی', date: '۲۳ اردیبهشت ۱۴۰۵ - ۱۳:۰۵',
    lead: 'هفدهمین اجلاس کمیسیون مشترک همکاری‌های اقتصادی ایران و ازبکستان امروز (چهارشنبه) با امضای ۱۱ سند همکاری در تهران به کار خود پایان داد؛ دو کشور توافق کردند حجم تجارت دوجانبه را طی سه سال به ۲ میلیارد دلار برسانند.',
    paras: [
      'به گزارش نورنیوز، حجم تجارت ایران و ازبکستان در سال ۱۴۰۴ حدود ۷۴۰ میلیون دلار بوده که ۶۲ درصد آن را صادرات ایران تشکیل داده است. اسناد امضاشده حوزه‌های ترانزیت، انرژی، گمرک، بانکی و گردشگری را در بر می‌گیرد.',
      'سفیر ایران در تاشکند بهمن رضوانی‌پور در حاشیه این اجلاس گفت: ازبکستان کشوری محصور در خشکی است و کوتاه‌ترین راه آن به آب‌های آزاد از خاک ایران می‌گذرد. سال گذشته ۲ میلیون و ۱۰۰ هزار تن کالای ازبکستان از بندرعباس و چابهار ترانزیت شد و این رقم می‌تواند دو برابر شود.',
      'وی خاطرنشان کرد: مشکل اصلی تجارت دوجانبه نبود یک کانال مالی مطمئن است. در این اجلاس توافق شد بخشی از مبادلات با پول ملی دو کشور تسویه شود و ۴ بانک ایرانی با بانک‌های ازبک روابط کارگزاری برقرار کنند.',
      'معاون نخست‌وزیر ازبکستان که ریاست هیئت این کشور را بر عهده داشت نیز در نشست خبری پایانی، ایران را «شریکی راهبردی برای دسترسی به خلیج فارس» خواند.',
      'رسول کاشانی‌مهر، رئیس اتاق مشترک بازرگانی ایران و ازبکستان، معتقد است هدف ۲ میلیارد دلاری بدون حل مشکلات حمل جاده‌ای دست‌یافتنی نیست. او گفت: کامیون‌های ایرانی در مرز ترکمنستان گاهی تا ۱۰ روز معطل می‌مانند و هزینه حمل هر کامیون از مشهد تا تاشکند به ۴ هزار و ۵۰۰ دلار رسیده است.',
      'به گفته لیلا حسینی‌نسب، پژوهشگر مسائل آسیای مرکزی، رقابت ایران با ترکیه و چین در بازار ازبکستان جدی است و سهم ایران از واردات ۳۸ میلیارد دلاری این کشور هنوز کمتر از ۲ درصد است. این پژوهشگر افزود که تکمیل راه‌آهن خواف-هرات و اتصال آن به شبکه ریلی ازبکستان می‌تواند مسیر ترانزیت را کوتاه‌تر کند.',
      'وزارت امور خارجه نیز اعلام کرد پرواز مستقیم تهران-تاشکند از خرداد، هفته‌ای سه بار برقرار می‌شود.',
      'در نشست تجاری حاشیه اجلاس، ۱۴۰ شرکت ایرانی و ۶۰ شرکت ازبک حضور داشتند و از مرجان فیروزبخت، صادرکننده نمونه محصولات لبنی به آسیای مرکزی، تقدیر شد. اجلاس شانزدهم کمیسیون مشترک دو کشور سال ۱۴۰۲ در تاشکند برگزار شده بود.',
    ],
    tags: ['ازبکستان', 'کمیسیون مشترک', 'ترانزیت', 'دیپلماسی اقتصادی'],
    caption: 'نشست پایانی اجلاس کمیسیون مشترک ایران و ازبکستان در تهران', credit: 'عکس: نورنیوز',
    related: ['گسترش همکاری‌های ترانزیتی ایران و ترکمنستان', 'سفر معاون وزیر خارجه به دوشنبه', 'کریدور شمال-جنوب پس از تکمیل راه‌آهن رشت-آستارا'],
    mostRead: ['واکنش تهران به بیانیه نشست سران اروپا', 'جزئیات رزمایش مشترک دریایی در شمال اقیانوس هند', 'سفر هیئت پارلمانی عراق به تهران', 'روایت یک دیپلمات از مذاکرات ژنو'],
    comments: [],
    speakers: [
      { name: 'بهمن رضوانی‌پور', role: 'سفیر ایران در تاشکند', also_called: ['وی'], statements: 2 },
      { name: 'رسول کاشانی‌مهر', role: 'رئیس اتاق مشترک بازرگانی ایران و ازبکستان', also_called: ['او'], statements: 2 },
      { name: 'لیلا حسینی‌نسب', role: 'پژوهشگر مسائل آسیای مرکزی', also_called: ['این پژوهشگر'], statements: 2 },
    ],
    speakers_never: ['معاون نخست‌وزیر ازبکستان', 'وزارت امور خارجه', 'مرجان فیروزبخت'],
    figures: [
      { value: 11, unit: 'سند', kind: 'count', about: 'اسناد همکاری امضاشده (lead)' },
      { value: 2000000000, unit: 'دلار', kind: 'money', about: '«۲ میلیارد دلار» هدف تجارت دوجانبه (lead; repeated as «هدف ۲ میلیارد دلاری»)' },
      { value: 740000000, unit: 'دلار', kind: 'money', about: '«حدود ۷۴۰ میلیون دلار» تجارت ۱۴۰۴' },
      { value: 62, unit: 'درصد', kind: 'percent', about: 'سهم صادرات ایران' },
      { value: 2100000, unit: 'تن', kind: 'measure', about: '«۲ میلیون و ۱۰۰ هزار تن» ترانزیت کالای ازبکستان' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«می‌تواند دو برابر شود»' },
      { value: 4, unit: 'بانک', kind: 'count', about: 'بانک‌های ایرانی طرف روابط کارگزاری' },
      { value: 4500, unit: 'دلار', kind: 'money', about: '«۴ هزار و ۵۰۰ دلار» هزینه حمل هر کامیون' },
      { value: 38000000000, unit: 'دلار', kind: 'money', about: '«واردات ۳۸ میلیارد دلاری» ازبکستان' },
      { value: 2, unit: 'درصد', kind: 'percent', about: '«کمتر از ۲ درصد» سهم ایران' },
      { value: 140, unit: 'شرکت', kind: 'count', about: 'شرکت‌های ایرانی در نشست تجاری' },
      { value: 60, unit: 'شرکت', kind: 'count', about: 'شرکت‌های ازبک' },
    ],
    figures_never: ['«هفدهمین», «اجلاس شانزدهم»: ordinals', '«سه سال», «۱۰ روز»: durations', '«امروز (چهارشنبه)», «سال ۱۴۰۴», «سال گذشته», «خرداد», «سال ۱۴۰۲»: dates/years', '«هفته‌ای سه بار»: a frequency', '«هر کامیون»: basis', '«تهران-تاشکند», «خواف-هرات»: route names', '«یک کانال مالی»: lone «یک»', 'the pull quote repeats a body sentence and adds nothing'],
    notes: [
      'Foreign-policy news on a GATSBY site (Nour News: Gatsby 5 generator meta, react-helmet tags with data-react-helmet, page-data.json preloads, <div id="___gatsby"> and gatsby-focus-wrapper, CSS-module class names, a gatsby-image-wrapper with an SVG placeholder, gatsby-announcer, chunk mapping; article:published_time and JSON-LD +03:30, the visible date and time in a <time dateTime>; lead paragraph; cover with caption before the body; a PULL QUOTE <blockquote> after paragraph 2 that REPEATS its first sentence (not body: the body keeps the sentence once, where it is written); an in-body «در همین زمینه:» line; tags, share, related, most-viewed; a fixed COOKIE CONSENT bar).',
      'statements: Rezvanipour, introduced as «ROLE NAME» without commas: «… گفت:» (multi-sentence quote, once), «وی خاطرنشان کرد:» (two sentences, once) = 2; Kashanimehr: «معتقد است» (one), «او گفت:» (one) = 2; Hosseininasab: «به گفته لیلا حسینی‌نسب …» (one), the role alone «این پژوهشگر افزود که …» (one) = 2.',
      'The Uzbek deputy prime minister states a view («… خواند») but is never named: not a speaker. The foreign ministry («اعلام کرد») is an organization; the exporter Firouzbakht is only mentioned. «هدف ۲ میلیارد دلاری» repeats the lead\'s figure; «دو برابر» is count/برابر; «۲ درصد» and «۲ میلیارد دلار» are different figures; «۱۴۰ شرکت» and «۶۰ شرکت» are two.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');

/** [start, programme, genre] of Channel 3 on Saturday 19 Ordibehesht; the fourth field marks the one on air. */
const PROGRAMMES: [string, string, string, boolean?][] = [
  ['06:30', 'ورزش صبحگاهی', 'ورزشی'],
  ['07:00', 'صبح و نشاط', 'گفت‌وگو'],
  ['08:30', 'کارتون «ماجراهای بردیا»', 'کودک'],
  ['09:15', 'مستند «کوهستان‌های زاگرس» - قسمت ۳', 'مستند'],
  ['10:00', 'تکرار سریال «خانه کوچک ما» - قسمت ۱۴', 'سریال'],
  ['11:00', 'گزارش ورزشی', 'ورزشی'],
  ['12:00', 'اذان ظهر و نماز جماعت', 'مذهبی'],
  ['12:40', 'اخبار ورزشی نیمروز', 'خبر'],
  ['14:00', 'فیلم سینمایی «جاده شمال»', 'فیلم'],
  ['16:00', 'پخش مستقیم فوتبال لیگ برتر: سپاهان - ملوان', 'پخش زنده', true],
  ['18:10', 'کارشناسی داوری هفته', 'ورزشی'],
  ['19:00', 'اخبار ورزشی', 'خبر'],
  ['20:00', 'سریال «شب‌های بندر» - قسمت ۸', 'سریال'],
  ['21:00', 'مسابقه «یک قدم تا جایزه»', 'مسابقه'],
  ['22:30', 'فوتبال برتر', 'ورزشی'],
  ['00:30', 'فیلم سینمایی «آخرین ایستگاه»', 'فیلم'],
];
const CHANNELS = ['شبکه یک', 'شبکه دو', 'شبکه سه', 'شبکه چهار', 'شبکه خبر', 'شبکه ورزش', 'شبکه نمایش', 'شبکه پویا'];
const DAYS: [string, number][] = [['شنبه', 19], ['یکشنبه', 20], ['دوشنبه', 21], ['سه‌شنبه', 22], ['چهارشنبه', 23], ['پنجشنبه', 24], ['جمعه', 25]];

function telewebionSchedule(): NonArt {
  const title = 'جدول پخش شبکه سه';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} امروز | تلوبیون</title>
<meta name="description" content="جدول پخش برنامه‌های شبکه سه سیما؛ ساعت پخش سریال‌ها، فیلم‌ها و مسابقات ورزشی امروز و هفته">
<link rel="canonical" href="https://telewebion.com/schedule/tv3">
<link href="https://telewebion.com/_app/immutable/assets/0.C8x2kQ1m.css" rel="stylesheet">
<link href="https://telewebion.com/_app/immutable/entry/start.BqP3z9Lw.js" rel="modulepreload">
<link href="https://telewebion.com/_app/immutable/entry/app.D4mT7vXe.js" rel="modulepreload">
</head>
<body data-sveltekit-preload-data="hover">
<div style="display: contents"><div class="tw-app svelte-1k9q2r4">
<header class="tw-header"><a href="https://telewebion.com/"><img src="https://telewebion.com/static/logo.svg" alt="تلوبیون"></a>
<nav class="tw-nav"><a href="https://telewebion.com/live">پخش زنده</a> <a href="https://telewebion.com/archive">آرشیو</a> <a class="active" href="https://telewebion.com/schedule">جدول پخش</a> <a href="https://telewebion.com/sport">ورزش</a> <a href="https://telewebion.com/series">سریال‌ها</a> <a href="https://telewebion.com/login">ورود</a></nav></header>
<main class="tw-main">
 <h1>${title}</h1>
 <div class="tw-channels">${CHANNELS.map((ch) => `<a class="tw-channel${ch === 'شبکه سه' ? ' is-active' : ''}" href="https://telewebion.com/schedule/${encodeURIComponent(ch)}">${ch}</a>`).join(' ')}</div>
 <div class="tw-days">${DAYS.map(([w, d]) => `<button type="button" class="tw-day${d === 19 ? ' is-active' : ''}">${w}<br><span>${persian(d)} اردیبهشت</span></button>`).join('')}</div>
 <ul class="tw-programmes svelte-1k9q2r4">
${PROGRAMMES.map(([t, p, g, on]) => `  <li class="tw-programme${on ? ' is-live' : ''}"><span class="tw-time">${persian(t)}</span> <span class="tw-title">${esc(p)}</span> <span class="tw-genre">${g}</span>${on ? ' <span class="tw-badge">در حال پخش</span> <a class="tw-watch" href="https://telewebion.com/live/tv3">تماشا</a>' : ' <button type="button" class="tw-remind">یادآوری</button>'}</li>`).join('\n')}
 </ul>
 <p class="tw-note">جدول پخش بر اساس اعلام روابط عمومی شبکه است و ممکن است تغییر کند.</p>
 <section class="tw-popular"><h2>پربیننده‌ترین برنامه‌های هفته</h2><ol><li><a href="https://telewebion.com/program/football-bartar">فوتبال برتر</a></li><li><a href="https://telewebion.com/program/shabhaye-bandar">شب‌های بندر</a></li><li><a href="https://telewebion.com/program/yek-ghadam">یک قدم تا جایزه</a></li></ol></section>
</main>
<footer class="tw-footer"><p>تلوبیون، سامانه پخش زنده و آرشیو برنامه‌های تلویزیونی</p><p><a href="https://telewebion.com/apps">دریافت اپلیکیشن</a> <a href="https://telewebion.com/contact">تماس با ما</a></p></footer>
</div>
<script>{__sveltekit_1x7h2q = { base: new URL(".", location).pathname.slice(0, -1) }; const element = document.currentScript.parentElement; Promise.all([import("https://telewebion.com/_app/immutable/entry/start.BqP3z9Lw.js"), import("https://telewebion.com/_app/immutable/entry/app.D4mT7vXe.js")]).then(([kit, app]) => { kit.start(app, element, { node_ids: [0, 7], data: [null, {type:"data",data:${js({ channel: 'tv3', date: '1405-02-19', count: PROGRAMMES.length })},uses:{params:["channel"]}}], form: null, error: null }); });}</script>
</div>
</body>
</html>
`;
  return { name: 'nonarticle-telewebion-tv-schedule', markup: 'tv-schedule-telewebion', url: 'https://telewebion.com/schedule/tv3', title, html,
    notes: ['A TV schedule of an IPTV site: the channel as <h1>, eight channel tabs, seven day tabs, sixteen programmes with start time, title and genre (one marked «در حال پخش» with a watch link, the others with reminder buttons), a one-line note that the schedule may change, three popular programmes and SvelteKit\'s inline start script with the page data. Times and programme names only, no running text: not an article.'] };
}

/** [currency, code, price in toman, change percent] of the converter's rate table. */
const RATES: [string, string, number, number][] = [
  ['دلار آمریکا', 'USD', 95620, 0.4], ['یورو', 'EUR', 108340, 0.2], ['درهم امارات', 'AED', 26030, 0.3], ['پوند انگلیس', 'GBP', 127910, -0.1],
  ['لیر ترکیه', 'TRY', 2410, -0.6], ['یوان چین', 'CNY', 13180, 0.1], ['۱۰۰۰ دینار عراق', 'IQD', 72900, 0.5], ['روبل روسیه', 'RUB', 1180, -0.3],
  ['افغانی', 'AFN', 1360, 0.0], ['دلار کانادا', 'CAD', 69450, 0.2], ['فرانک سوئیس', 'CHF', 115700, 0.1], ['۱۰۰ ین ژاپن', 'JPY', 61800, -0.2],
];

function tgjuConverter(): NonArt {
  const title = 'مبدل ارز؛ تبدیل دلار، یورو و درهم به تومان';
  const pct = (n: number) => `${n > 0 ? '+' : n < 0 ? '-' : ''}${persian(Math.abs(n).toFixed(1)).replace('.', '٫')}٪`;
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تبدیل ارز آنلاین | تی‌جی‌جو</title>
<meta name="description" content="ماشین حساب تبدیل ارز به تومان بر اساس نرخ لحظه‌ای بازار آزاد">
<link rel="canonical" href="https://www.tgju.org/converter">
<link rel="stylesheet" href="https://www.tgju.org/assets/css/app.css?v=2026.5">
</head>
<body class="converter-page">
<div class="tg-ticker"><span>طلای ۱۸ عیار: ${fmt(6842000)}</span> <span>سکه امامی: ${fmt(79150000)}</span> <span>دلار: ${fmt(95620)}</span> <span>شاخص بورس: ${fmt(3455210)}</span></div>
<header class="tg-header"><a href="https://www.tgju.org/"><img src="https://www.tgju.org/assets/img/logo.png" alt="تی‌جی‌جو"></a>
<nav class="tg-nav"><a href="https://www.tgju.org/currency">ارز</a> <a href="https://www.tgju.org/gold-chart">طلا</a> <a href="https://www.tgju.org/coin">سکه</a> <a href="https://www.tgju.org/crypto">رمزارز</a> <a class="active" href="https://www.tgju.org/converter">مبدل</a> <a href="https://www.tgju.org/news">اخبار بازار</a></nav></header>
<main class="tg-main">
 <h1>${title}</h1>
 <form class="tg-converter" onsubmit="return false"><label>مبلغ <input type="number" value="100" min="0"></label>
 <label>از <select>${RATES.map(([n, c]) => `<option value="${c}"${c === 'USD' ? ' selected' : ''}>${n}</option>`).join('')}</select></label>
 <button type="button" class="tg-swap" aria-label="جابه‌جایی">⇄</button>
 <label>به <select><option selected>تومان</option><option>ریال</option></select></label></form>
 <div class="tg-result"><span>${persian(100)} دلار آمریکا</span> = <strong>${fmt(9562000)} تومان</strong></div>
 <p class="tg-updated">آخرین به‌روزرسانی: ${persian('14:30:12')}</p>
 <table class="tg-rates"><thead><tr><th>ارز</th><th>نماد</th><th>نرخ (تومان)</th><th>تغییر</th></tr></thead><tbody>
${RATES.map(([n, c, p, ch]) => `  <tr><td>${n}</td><td>${c}</td><td>${fmt(p)}</td><td class="${ch > 0 ? 'up' : ch < 0 ? 'down' : ''}">${pct(ch)}</td></tr>`).join('\n')}
 </tbody></table>
 <p class="tg-note">نرخ‌ها میانگین بازار آزاد تهران است و برای معاملات رسمی ملاک نیست.</p>
 <div class="tg-tools"><a href="https://www.tgju.org/profile/price_dollar_rl/history">تاریخچه قیمت دلار</a> <a href="https://www.tgju.org/chart/price_eur">نمودار یورو</a> <a href="https://www.tgju.org/gold-calculator">محاسبه قیمت طلا</a></div>
</main>
<footer class="tg-footer"><p>کلیه حقوق برای تی‌جی‌جو محفوظ است.</p></footer>
<script>var rates = ${js(Object.fromEntries(RATES.map(([, c, p]) => [c, p])))};</script>
</body>
</html>
`;
  return { name: 'nonarticle-tgju-currency-converter', markup: 'currency-converter-tgju', url: 'https://www.tgju.org/converter', title, html,
    notes: ['A currency converter of a market-prices site: a price ticker, the tool name as <h1>, an amount/from/to form with a swap button, one computed result («۱۰۰ دلار آمریکا = ۹٬۵۶۲٬۰۰۰ تومان»), an update time, a twelve-row rate table (currency, code, rate, change), a one-sentence note on the rates and three tool links. Numbers and a form, no running text: not an article.'] };
}

const IMNA_HEADLINES: [string, string, string][] = [
  ['آغاز عملیات اجرایی ایستگاه‌های خط دوم متروی اصفهان', 'مدیریت شهری', '۳ ساعت پیش'],
  ['جشنواره گل و گیاه باغ گل‌ها تا پایان اردیبهشت تمدید شد', 'اصفهان', '۵ ساعت پیش'],
  ['جریان آب زاینده‌رود برای کشت بهاره شرق اصفهان برقرار شد', 'اصفهان', '۷ ساعت پیش'],
  ['بلیت اتوبوس‌های شهری الکترونیکی می‌شود', 'مدیریت شهری', 'دیروز'],
  ['برگزاری نمایشگاه صنایع دستی در میدان نقش جهان', 'فرهنگ و هنر', 'دیروز'],
  ['سپاهان برای دیدار با ملوان آماده می‌شود', 'ورزش', 'دیروز'],
];

function imnaNotFound(): NonArt {
  const title = 'صفحه مورد نظر یافت نشد';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, follow">
<title>خطای ۴۰۴ - ${title} | خبرگزاری ایمنا</title>
<link rel="stylesheet" href="https://www.imna.ir/resources/theme/imna/css/style.css?v=120">
</head>
<body class="error-page">
<header class="im-header"><div class="im-top"><span>شنبه ${persian(19)} اردیبهشت ${persian(1405)}</span> <a href="https://www.imna.ir/rss">RSS</a> <a href="https://www.imna.ir/en">English</a></div>
<a href="https://www.imna.ir/"><img src="https://www.imna.ir/resources/theme/imna/img/logo.png" alt="خبرگزاری ایمنا"></a>
<nav class="im-nav"><a href="https://www.imna.ir/service/urban">مدیریت شهری</a> <a href="https://www.imna.ir/service/isfahan">اصفهان</a> <a href="https://www.imna.ir/service/iran">ایران</a> <a href="https://www.imna.ir/service/world">جهان</a> <a href="https://www.imna.ir/service/culture">فرهنگ و هنر</a> <a href="https://www.imna.ir/service/sport">ورزش</a> <a href="https://www.imna.ir/multimedia">چندرسانه‌ای</a></nav></header>
<main class="im-main">
 <div class="im-404"><div class="im-404__code">${persian(404)}</div>
 <h1>${title}</h1>
 <p>ممکن است نشانی را اشتباه وارد کرده باشید یا این مطلب حذف یا جابه‌جا شده باشد.</p>
 <form class="im-search" action="https://www.imna.ir/search" method="get"><input type="search" name="q" placeholder="جست‌وجو در خبرگزاری ایمنا"><button type="submit">جست‌وجو</button></form>
 <a class="im-home" href="https://www.imna.ir/">بازگشت به صفحه اصلی</a></div>
 <section class="im-suggest"><h2>شاید این مطالب برایتان جالب باشد</h2><ul>
${IMNA_HEADLINES.map(([t, s, w], i) => `  <li><a href="https://www.imna.ir/news/${793120 - i * 29}"><img src="https://www.imna.ir/d/2026/05/09/${i + 1}.jpg" alt=""><span class="im-title">${esc(t)}</span></a> <span class="im-service">${s}</span> <span class="im-time">${w}</span></li>`).join('\n')}
 </ul></section>
</main>
<footer class="im-footer"><p>خبرگزاری ایمنا، خبرگزاری مدیریت شهری ایران</p><p>کلیه حقوق این سایت محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-imna-not-found', markup: 'not-found-imna', url: 'https://www.imna.ir/news/7931/', title, html,
    notes: ['A «page not found» (404) page of a news agency, reached through a truncated article URL: noindex, the site header with date and services, a big «۴۰۴», the message as <h1> and one sentence of explanation, a search form, a link home and six suggested headlines with service and age. No article: not an article, although the URL has the shape of one.'] };
}

const NON_ARTICLES: NonArt[] = [telewebionSchedule(), tgjuConverter(), imnaNotFound()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout11', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '30518', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['hamedanpayam-ekbatan-dam-summer-crops']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true },
    },
  );
}
