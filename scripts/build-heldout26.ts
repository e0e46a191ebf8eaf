// Builds the TWENTY-SIXTH held-out fixture set, tests/fixtures/heldout26/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme: sites that earlier sets only showed as non-article pages, now as ARTICLES: four
// article pages in the markup of four site families (IMNA, the Isfahan municipality's news agency, as a
// NewsStudio-style agency page; the incidents-and-society site Rokna in its /fa/news/ CMS with the
// «انتشار یافته / در انتظار بررسی» comment counters; Jamaran in its «/بخش-…/id-slug» CMS with the date
// only visible in words and in article:published_time; the sport-and-youth agency Borna News with
// <time datetime> and JSON-LD) and one non-article page (an ILNA photo gallery). All four texts were
// written for this set; the names of all quoted officials, MPs, experts, coaches and players are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout26.ts          (build + check)
//        npx tsx scripts/build-heldout26.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout26');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '_'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site family: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // IMNA (ایمنا), the news agency of the Isfahan municipality, on a NEWSSTUDIO-style agency CMS (the
  // family of /news/<id>/<slug> agencies): Bootstrap rows, ol.breadcrumb, .item-header with .item-date and
  // .item-code, the cover and p.summary.introtext inside .item-summary, .item-text[itemprop=articleBody];
  // a headline ticker «تیتر یک» under the menu; an in-body «بیشتر بخوانید:» link; reporter/editor line,
  // «کلمات کلیدی», short link, share, related, comments; sidebar most-visited, messenger invite and a
  // banner of the municipality's 137 service line; JSON-LD NewsArticle with datePublished +03:30.
  imna: {
    site: 'ایمنا',
    boiler: ['خبرگزاری کلان‌شهرهای ایران', 'تیتر یک', 'بیشتر بخوانید:', 'کلمات کلیدی', 'لینک کوتاه', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'ایمنا را در پیام‌رسان‌های داخلی دنبال کنید', 'سامانه ارتباط مردم و شهرداری اصفهان', 'کلیه حقوق این سایت متعلق به خبرگزاری ایمنا است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - ایمنا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:site_name" content="ایمنا">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://static.imna.ir/thumbnail/${c.id}/metro-line2-tbm.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="https://imna.ir/x/QmT7k">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso,
  mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url }, image: [`https://static.imna.ir/thumbnail/${c.id}/metro-line2-tbm.jpg`],
  author: { '@type': 'Organization', name: 'ایمنا' },
  publisher: { '@type': 'Organization', name: 'ایمنا', logo: { '@type': 'ImageObject', url: 'https://www.imna.ir/resources/theme/imna/img/logo.png' } },
})}</script>
<link rel="stylesheet" href="https://www.imna.ir/resources/theme/imna/css/style.min.css?v=4.1.2">
</head>
<body class="rtl news">
<header id="header">
<div class="top-bar"><div class="container"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.imna.ir/rss">RSS</a> <a href="https://www.imna.ir/archive">آرشیو</a> <a href="https://www.imna.ir/page/about">درباره ما</a> <a href="https://en.imna.ir/">English</a></div></div>
<div class="container brand"><a href="https://www.imna.ir/" class="logo"><img src="https://www.imna.ir/resources/theme/imna/img/logo.png" alt="ایمنا"></a><span class="slogan">خبرگزاری کلان‌شهرهای ایران</span></div>
<nav class="navbar main-menu"><ul class="nav navbar-nav">
<li><a href="https://www.imna.ir/service/isfahan">اصفهان</a></li><li class="active"><a href="https://www.imna.ir/service/urban">مدیریت شهری</a></li><li><a href="https://www.imna.ir/service/metropolises">کلان‌شهرها</a></li><li><a href="https://www.imna.ir/service/iran">ایران</a></li><li><a href="https://www.imna.ir/service/world">جهان</a></li><li><a href="https://www.imna.ir/service/economy">اقتصاد</a></li><li><a href="https://www.imna.ir/service/culture">فرهنگ و هنر</a></li><li><a href="https://www.imna.ir/service/sport">ورزش</a></li><li><a href="https://www.imna.ir/multimedia">چندرسانه‌ای</a></li></ul></nav>
<div class="headline-ticker"><span class="label">تیتر یک</span><ul><li><a href="https://www.imna.ir/news/${Number(c.id) - 44}">آب شرب اصفهان تا پایان شهریور جیره‌بندی نمی‌شود</a></li><li><a href="https://www.imna.ir/news/${Number(c.id) - 61}">زاینده‌رود برای کشت پاییزه باز می‌شود؟</a></li></ul></div>
</header>
<main id="main" class="container">
<div class="row">
<div class="col-md-8 col-sm-12">
<article class="news" itemscope itemtype="https://schema.org/NewsArticle">
<ol class="breadcrumb"><li><a href="https://www.imna.ir/service/isfahan">اصفهان</a></li><li><a href="https://www.imna.ir/service/urban">مدیریت شهری</a></li><li class="active"><a href="https://www.imna.ir/service/urban/transport">${esc(c.a.kicker)}</a></li></ol>
<div class="item-header">
<div class="item-nav row"><div class="col-xs-6 item-date"><span>${faDate(c)} - ${faTime(c)}</span></div><div class="col-xs-6 item-code"><span>کد خبر ${persian(c.id)}</span></div></div>
<h1 class="title" itemprop="headline">${esc(c.a.title)}</h1>
<div class="item-summary"><figure class="item-img"><img src="https://static.imna.ir/thumbnail/${c.id}/metro-line2-tbm.jpg" alt="${esc(c.a.caption)}" itemprop="image"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<p class="summary introtext" itemprop="description">${esc(c.a.lead ?? '')}</p></div>
</div>
<div class="item-body"><div class="item-text" itemprop="articleBody">
${bodyHtml(c, (t) => `<p style="text-align:justify">${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<p class="inline-related"><strong>بیشتر بخوانید:</strong> <a href="https://www.imna.ir/news/${Number(c.id) - 2317}">${esc(c.a.inline ?? '')}</a></p>`)}
</div></div>
<div class="item-footer"><div class="reporter">خبرنگار: <span>${esc(c.a.author ?? '')}</span> | ویراستار: <span>زهرا نصرآبادی</span></div>
<section class="box tags"><header><h2>کلمات کلیدی</h2></header><ul>${c.a.tags.map((t) => `<li><a href="https://www.imna.ir/tag/${encodeURIComponent(t)}">${esc(t)}</a></li>`).join('')}</ul></section>
<div class="short-link"><span>لینک کوتاه</span> <input type="text" value="https://imna.ir/x/QmT7k" readonly> <button type="button">کپی</button></div>
<div class="share"><a href="https://ble.ir/share/url?url=https://imna.ir/x/QmT7k">بله</a> <a href="https://eitaa.com/share/url?url=https://imna.ir/x/QmT7k">ایتا</a> <a href="https://t.me/share/url?url=https://imna.ir/x/QmT7k">تلگرام</a> <a href="https://www.imna.ir/print/${c.id}">چاپ</a></div></div>
</article>
<section class="box related"><header><h2>اخبار مرتبط</h2></header><ul>
${li(c.a.related, 'https://www.imna.ir/news/', Number(c.id) - 905)}
</ul></section>
<section class="box comments"><header><h2>نظرات</h2></header>
${comments(c, (n, t, k) => `<div class="comment"><div class="comment-head"><b>${n}</b> <span>${persian(k ? '13:05' : '12:41')} - ${faDate(c)}</span></div><p>${t}</p><span class="rate"><a href="#">${persian(k ? 2 : 17)}</a> <a href="#">${persian(k ? 0 : 3)}</a></span></div>`)}
<form class="comment-form"><h3>نظر شما</h3><input type="text" placeholder="نام"><input type="email" placeholder="ایمیل"><textarea placeholder="متن نظر"></textarea><button type="button">ارسال</button></form></section>
</div>
<aside class="col-md-4 col-sm-12 sidebar">
<section class="box most-visited"><header><h2>پربازدیدترین‌ها</h2></header><ol>
${li(c.a.mostRead, 'https://www.imna.ir/news/', Number(c.id) - 1482)}
</ol></section>
<section class="box messengers"><p>ایمنا را در پیام‌رسان‌های داخلی دنبال کنید</p><a href="https://ble.ir/imna_ir">بله</a> <a href="https://eitaa.com/imna_ir">ایتا</a> <a href="https://rubika.ir/imna_ir">روبیکا</a></section>
<div class="adv"><a href="https://137.isfahan.ir/"><img src="https://static.imna.ir/adv/137.gif" alt="۱۳۷">سامانه ارتباط مردم و شهرداری اصفهان</a></div>
</aside>
</div>
</main>
<footer id="footer"><div class="container"><p>کلیه حقوق این سایت متعلق به خبرگزاری ایمنا است.</p><p><a href="https://www.imna.ir/page/contact">تماس با ما</a> <a href="https://www.imna.ir/page/ads">تبلیغات</a></p></div></footer>
<script src="https://www.imna.ir/resources/theme/imna/js/app.min.js?v=4.1.2"></script>
</body>
</html>
`,
  },

  // Rokna (رکنا) in its /fa/news/<id>/<slug> CMS (the «news_path / news_id_c / news_pdate_c / subtitle /
  // body» family): the path line with «»», the code and a NUMERIC date with the time first
  // «۰۹:۴۵ - ۱۴۰۵/۰۵/۰۶»; rutitr, title, div.subtitle lead; photo with caption; an in-body «بیشتر بخوانید»
  // list of TWO links; tags; the messenger-channel invite «رکنا را در … دنبال کنید»; related; comments with
  // the CMS's three counters «انتشار یافته / در انتظار بررسی / غیر قابل انتشار», replies and votes; a
  // «اخبار فوری» strip, a sidebar of most-viewed incident news, footer. JSON-LD NewsArticle +03:30.
  rokna: {
    site: 'رکنا',
    boiler: ['اخبار فوری', 'بیشتر بخوانید', 'رکنا را در ایتا، بله و روبیکا دنبال کنید', 'اخبار مرتبط', 'نظرات بینندگان', 'در انتظار بررسی', 'غیر قابل انتشار', 'پربیننده‌ترین اخبار حوادث', 'استفاده از مطالب رکنا با ذکر منبع بلامانع است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | رکنا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join('،'))}">
<meta property="og:site_name" content="رکنا">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.rokna.net/files/fa/news/1405/5/6/${c.id}_281.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso, image: [`https://www.rokna.net/files/fa/news/1405/5/6/${c.id}_281.jpg`], publisher: { '@type': 'Organization', name: 'رکنا', logo: { '@type': 'ImageObject', url: 'https://www.rokna.net/client/themes/fa/main/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.rokna.net/client/themes/fa/main/css/news.css?v=7.3">
</head>
<body>
<div class="header_top"><span class="date_today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.rokna.net/fa/archive">آرشیو</a> <a href="https://www.rokna.net/fa/rss">آر اس اس</a> <a href="https://www.rokna.net/fa/contact">تماس با ما</a></div>
<header class="header"><a href="https://www.rokna.net/"><img src="https://www.rokna.net/client/themes/fa/main/img/logo.png" alt="رکنا"></a>
<nav class="menu"><a href="https://www.rokna.net/fa/service/incidents">حوادث</a> <a href="https://www.rokna.net/fa/service/society">اجتماعی</a> <a href="https://www.rokna.net/fa/service/economy">اقتصادی</a> <a href="https://www.rokna.net/fa/service/politics">سیاسی</a> <a href="https://www.rokna.net/fa/service/sport">ورزشی</a> <a href="https://www.rokna.net/fa/service/health">سلامت</a> <a href="https://www.rokna.net/fa/service/car">خودرو</a> <a href="https://www.rokna.net/fa/service/art">فرهنگ و هنر</a> <a href="https://www.rokna.net/fa/multimedia">ویدیو</a></nav></header>
<div class="breaking"><span>اخبار فوری</span><marquee direction="right"><a href="https://www.rokna.net/fa/news/${Number(c.id) - 12}">بازداشت سارق مسلح طلافروشی در شهرری</a> | <a href="https://www.rokna.net/fa/news/${Number(c.id) - 27}">واژگونی اتوبوس مسافربری در محور قم</a></marquee></div>
<div class="container"><div class="main_col">
<div class="news_path"><a href="https://www.rokna.net/">صفحه نخست</a> » <a href="https://www.rokna.net/fa/service/incidents">حوادث</a> » <a href="https://www.rokna.net/fa/service/incidents/tehran">${esc(c.a.kicker)}</a></div>
<div class="news_nav"><span class="news_id_c">کد خبر: ${persian(c.id)}</span> <span class="news_pdate_c">تاریخ انتشار: ${faTime(c)} - ${persian(c.y)}/${persian(c.m)}/${persian(c.d)}</span> <span class="news_hits">${fmt(38214)} بازدید</span></div>
<div class="news_content">
<div class="rutitr">نجات کارگران از پشت‌بام</div>
<h1 class="title"><a href="${esc(c.a.url)}">${esc(c.a.title)}</a></h1>
<div class="subtitle">${esc(c.a.lead ?? '')}</div>
<div class="news_image"><img src="https://www.rokna.net/files/fa/news/1405/5/6/${c.id}_281.jpg" alt="${esc(c.a.caption)}"><div class="image_caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
<div class="body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '', `<div class="more_news"><b>بیشتر بخوانید</b><ul><li><a href="https://www.rokna.net/fa/news/${Number(c.id) - 388}">${esc(c.a.inline ?? '')}</a></li><li><a href="https://www.rokna.net/fa/news/${Number(c.id) - 1024}">${esc(c.a.related[2])}</a></li></ul></div>`)}
</div>
<div class="news_tags"><span>برچسب ها:</span> ${tagLinks(c, 'https://www.rokna.net/fa/tags/', ' ')}</div>
<div class="news_channels"><a href="https://eitaa.com/rokna">رکنا را در ایتا، بله و روبیکا دنبال کنید</a></div>
<div class="news_tools"><a href="https://www.rokna.net/fa/print/${c.id}">نسخه چاپی</a> <a href="https://t.me/share/url?url=https://rokna.net/fa/tiny/news-${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://rokna.net/fa/tiny/news-${c.id}">واتساپ</a> <span>لینک کوتاه: rokna.net/fa/tiny/news-${c.id}</span></div>
</div>
<div class="news_related"><div class="box_header">اخبار مرتبط</div><ul>
${li(c.a.related.slice(0, 2), 'https://www.rokna.net/fa/news/', Number(c.id) - 219)}
</ul></div>
<div class="comments"><div class="comments_header">نظرات بینندگان</div>
<div class="comments_counts"><span>انتشار یافته: ${persian(c.a.comments.length)}</span> <span>در انتظار بررسی: ${persian(23)}</span> <span>غیر قابل انتشار: ${persian(2)}</span></div>
${comments(c, (n, t, k) => `<div class="comment_item"><div class="comment_name">${n}</div><div class="comment_date">${persian(k ? '11:02' : '10:17')} - ${persian(c.y)}/${persian(c.m)}/${persian(c.d)}</div><div class="comment_text">${t}</div><div class="comment_vote"><span>${persian(k ? 9 : 112)}</span> <span>${persian(k ? 1 : 6)}</span> <a href="#">پاسخ</a></div></div>`)}
<form class="comment_form"><input type="text" placeholder="نام"><textarea placeholder="نظر شما"></textarea><button type="button">ارسال</button></form></div>
</div>
<aside class="side_col"><div class="box_header">پربیننده‌ترین اخبار حوادث</div><ul>
${li(c.a.mostRead, 'https://www.rokna.net/fa/news/', Number(c.id) - 3160)}
</ul><div class="ads"><a href="https://www.rokna.net/fa/ads"><img src="https://www.rokna.net/files/adv/bime-300x250.gif" alt="تبلیغات"></a></div></aside>
</div>
<footer class="footer"><p>استفاده از مطالب رکنا با ذکر منبع بلامانع است.</p><p>تمامی حقوق مادی و معنوی این سایت محفوظ است.</p></footer>
</body>
</html>
`,
  },

  // Jamaran (جماران) in its «/بخش-<service>-<n>/<id>-<slug>» CMS: a top bar with links to the Imam
  // Khomeini portal; service label, rutitr, title, lead; the date ONLY in words with the weekday and
  // «ساعت», «۱۱ مرداد ۱۴۰۵ ساعت ۱۸:۱۰», and in article:published_time; NO JSON-LD; photo with caption;
  // an in-body «مطالب مرتبط» box of two links; a pull quote (a sentence of the text repeated, styled) that
  // is not a paragraph of its own; tags, print/send tools, comments «دیدگاه شما», a sidebar «آخرین اخبار»
  // with times and «پربحث‌ترین‌ها», footer.
  jamaran: {
    site: 'جماران',
    boiler: ['پرتال امام خمینی (س)', 'مطالب مرتبط', 'نسخه چاپی', 'ارسال به دوستان', 'دیدگاه شما', 'آخرین اخبار', 'پربحث‌ترین‌ها', 'تمامی حقوق این سایت متعلق به پایگاه اطلاع‌رسانی جماران است', 'در جلسه علنی مجلس'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(c.a.title)} - جماران</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="جماران">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.jamaran.news/files/fa/news/1405/5/11/${c.id}_752.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="سیاسی">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.jamaran.news/client/themes/fa/main/css/style.css?v=2.14">
</head>
<body class="news-page">
<div class="topbar"><span>${weekday(c)} ${faDate(c)}</span> <a href="http://www.imam-khomeini.ir/">پرتال امام خمینی (س)</a> <a href="https://www.jamaran.news/fa/archive">آرشیو</a> <a href="https://www.jamaran.news/fa/rss">RSS</a></div>
<header class="site-header"><a href="https://www.jamaran.news/"><img src="https://www.jamaran.news/client/themes/fa/main/img/logo.png" alt="جماران"></a>
<nav class="main-nav"><a href="https://www.jamaran.news/بخش-سیاسی-2">سیاسی</a> <a href="https://www.jamaran.news/بخش-اجتماعی-3">اجتماعی</a> <a href="https://www.jamaran.news/بخش-اقتصادی-4">اقتصادی</a> <a href="https://www.jamaran.news/بخش-بین-الملل-5">بین‌الملل</a> <a href="https://www.jamaran.news/بخش-فرهنگی-6">فرهنگی</a> <a href="https://www.jamaran.news/بخش-امام-و-انقلاب-7">امام و انقلاب</a> <a href="https://www.jamaran.news/بخش-یادداشت-8">یادداشت</a> <a href="https://www.jamaran.news/بخش-گفت-وگو-9">گفت‌وگو</a> <a href="https://www.jamaran.news/بخش-عکس-10">عکس</a></nav></header>
<div class="wrapper"><div class="content-col">
<article class="news-item">
<div class="news-head"><a class="service" href="https://www.jamaran.news/بخش-سیاسی-2">${esc(c.a.kicker)}</a> <span class="news-date">${faDate(c)} ساعت ${faTime(c)}</span> <span class="news-code">کد خبر: ${persian(c.id)}</span></div>
<div class="rutitr">در جلسه علنی مجلس</div>
<h1 class="news-title">${esc(c.a.title)}</h1>
<div class="lead">${esc(c.a.lead ?? '')}</div>
<div class="news-img"><img src="https://www.jamaran.news/files/fa/news/1405/5/11/${c.id}_752.jpg" alt="${esc(c.a.caption)}"><span class="caption">${esc(c.a.caption)} (${esc(c.a.credit)})</span></div>
<div class="news-text">
${bodyHtml(c, (t, i) => (i === 3 ? `<blockquote class="pull-quote">مردم حق دارند بدانند نماینده‌شان درباره بودجه، مالیات و قیمت بنزین چه رأیی داده است</blockquote>\n<p>${t}</p>` : `<p>${t}</p>`), (t) => `<h3>${t}</h3>`, '', `<div class="inline-related"><span>مطالب مرتبط</span><ul><li><a href="https://www.jamaran.news/بخش-سیاسی-2/${Number(c.id) - 2611}-x">${esc(c.a.inline ?? '')}</a></li><li><a href="https://www.jamaran.news/بخش-سیاسی-2/${Number(c.id) - 3940}-x">${esc(c.a.related[1])}</a></li></ul></div>`)}
</div>
<div class="news-tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.jamaran.news/fa/tags/', ' ')}</div>
<div class="news-tools"><a href="https://www.jamaran.news/fa/print/${c.id}">نسخه چاپی</a> <a href="https://www.jamaran.news/fa/send/${c.id}">ارسال به دوستان</a> <a href="https://t.me/share/url?url=https://jamaran.news/fa/tiny/news-${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://jamaran.news/fa/tiny/news-${c.id}">ایتا</a></div>
</article>
<section class="related-news"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.jamaran.news/بخش-سیاسی-2/', Number(c.id) - 733)}
</ul></section>
<section class="comments"><h2>دیدگاه شما</h2>
${comments(c, (n, t) => `<div class="comment"><strong>${n}</strong><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="دیدگاه"></textarea><button type="button">ثبت دیدگاه</button></form></section>
</div>
<aside class="side-col">
<section class="latest"><h2>آخرین اخبار</h2><ul><li><span>${persian('18:02')}</span> <a href="https://www.jamaran.news/بخش-سیاسی-2/${Number(c.id) - 3}-x">بیانیه دفتر تحکیم وحدت درباره انتخابات شوراها</a></li><li><span>${persian('17:48')}</span> <a href="https://www.jamaran.news/بخش-اجتماعی-3/${Number(c.id) - 9}-x">ثبت‌نام حج تمتع ۱۴۰۶ از شهریور</a></li><li><span>${persian('17:31')}</span> <a href="https://www.jamaran.news/بخش-بین-الملل-5/${Number(c.id) - 14}-x">نشست وزرای خارجه اکو در تهران</a></li></ul></section>
<section class="most-commented"><h2>پربحث‌ترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.jamaran.news/بخش-سیاسی-2/', Number(c.id) - 1702)}
</ol></section>
</aside></div>
<footer class="site-footer"><p>تمامی حقوق این سایت متعلق به پایگاه اطلاع‌رسانی جماران است.</p><p><a href="https://www.jamaran.news/fa/about">درباره ما</a> <a href="https://www.jamaran.news/fa/contact">تماس با ما</a></p></footer>
</body>
</html>
`,
  },

  // Borna News (خبرگزاری برنا), the sport-and-youth news agency, in its /fa/news/<id>/<slug> agency CMS:
  // a top bar with the provinces selector «برنا در استان‌ها»; service line «ورزش / والیبال»; news code and
  // <time datetime> with the weekday; JSON-LD NewsArticle; rutitr; lead; photo; an in-body «بیشتر بخوانید»
  // link; tags with «#»; a short-link box; a «گزارش تصویری» strip of photo galleries after the article;
  // related, comments, «عناوین برگزیده» sidebar and an app box; footer.
  borna: {
    site: 'خبرگزاری برنا',
    boiler: ['برنا در استان‌ها', 'بیشتر بخوانید:', 'لینک کوتاه خبر', 'گزارش تصویری', 'اخبار مرتبط', 'عناوین برگزیده', 'دریافت اپلیکیشن برنا', 'کلیه حقوق این سایت متعلق به خبرگزاری برنا است', 'ثبت نظر'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - خبرگزاری برنا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="خبرگزاری برنا">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://static.borna.news/thumbnail/${c.id}/u21-volleyball.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, articleSection: 'ورزش', image: [`https://static.borna.news/thumbnail/${c.id}/u21-volleyball.jpg`], publisher: { '@type': 'Organization', name: 'خبرگزاری برنا', logo: { '@type': 'ImageObject', url: 'https://borna.news/images/logo.png' } } })}</script>
<link rel="stylesheet" href="https://borna.news/css/main.min.css?v=3.8">
</head>
<body>
<div class="top-bar"><span>${weekday(c)} ${faDate(c)}</span> <select aria-label="برنا در استان‌ها"><option>برنا در استان‌ها</option><option>اصفهان</option><option>خراسان رضوی</option><option>هرمزگان</option><option>فارس</option></select> <a href="https://borna.news/fa/archive">آرشیو</a></div>
<header class="bn-header"><a href="https://borna.news/"><img src="https://borna.news/images/logo.png" alt="خبرگزاری برنا"></a>
<nav class="bn-menu"><a href="https://borna.news/fa/service/sport">ورزش</a> <a href="https://borna.news/fa/service/youth">جوانان</a> <a href="https://borna.news/fa/service/politics">سیاسی</a> <a href="https://borna.news/fa/service/economy">اقتصادی</a> <a href="https://borna.news/fa/service/society">اجتماعی</a> <a href="https://borna.news/fa/service/culture">فرهنگی</a> <a href="https://borna.news/fa/service/world">بین‌الملل</a> <a href="https://borna.news/fa/provinces">استان‌ها</a> <a href="https://borna.news/fa/photo">عکس</a> <a href="https://borna.news/fa/video">فیلم</a></nav></header>
<main class="bn-main"><div class="bn-col-main">
<article class="bn-news">
<div class="bn-service"><a href="https://borna.news/fa/service/sport">ورزش</a> / <a href="https://borna.news/fa/service/sport/volleyball">${esc(c.a.kicker)}</a></div>
<div class="bn-meta"><span>کد خبر: ${persian(c.id)}</span> <time datetime="${c.iso}">${weekday(c)} ${faDate(c)} - ${faTime(c)}</time></div>
<div class="bn-rutitr">قهرمانی جهان زیر ۲۱ سال</div>
<h1 class="bn-title">${esc(c.a.title)}</h1>
<p class="bn-lead">${esc(c.a.lead ?? '')}</p>
<figure class="bn-photo"><img src="https://static.borna.news/thumbnail/${c.id}/u21-volleyball.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="bn-body">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h2>${t}</h2>`, '', `<p class="bn-readmore"><strong>بیشتر بخوانید:</strong> <a href="https://borna.news/fa/news/${Number(c.id) - 847}">${esc(c.a.inline ?? '')}</a></p>`)}
</div>
<div class="bn-tags">${c.a.tags.map((t) => `<a href="https://borna.news/fa/tag/${encodeURIComponent(t)}">#${esc(t.replace(/ /g, '_'))}</a>`).join(' ')}</div>
<div class="bn-shortlink"><span>لینک کوتاه خبر</span> <input type="text" readonly value="https://borna.news/x/${c.id}"> <a href="https://borna.news/fa/print/${c.id}">نسخه چاپی</a></div>
</article>
<section class="bn-gallery-strip"><h2>گزارش تصویری</h2><ul><li><a href="https://borna.news/fa/photo/${Number(c.id) - 311}"><img src="https://static.borna.news/thumbnail/g1.jpg" alt="">تمرین تیم ملی کشتی آزاد در کمپ تیم‌های ملی</a></li><li><a href="https://borna.news/fa/photo/${Number(c.id) - 402}"><img src="https://static.borna.news/thumbnail/g2.jpg" alt="">جشنواره ورزش‌های بومی در شهرکرد</a></li></ul></section>
<section class="bn-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://borna.news/fa/news/', Number(c.id) - 520)}
</ul></section>
<section class="bn-comments"><h2>ثبت نظر</h2>
${comments(c, (n, t) => `<div class="bn-comment"><b>${n}</b><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></section>
</div>
<aside class="bn-side"><section class="bn-picked"><h2>عناوین برگزیده</h2><ol>
${li(c.a.mostRead, 'https://borna.news/fa/news/', Number(c.id) - 1290)}
</ol></section>
<div class="bn-app"><a href="https://borna.news/fa/app">دریافت اپلیکیشن برنا</a></div></aside>
</main>
<footer class="bn-footer"><p>کلیه حقوق این سایت متعلق به خبرگزاری برنا است.</p><p>خبرگزاری برنا، رسانه ورزش و جوانان</p></footer>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The four texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'imna-metro-line2-tunnel', site: 'imna', author: 'مریم شفیعی', inlineAt: 4,
    inline: 'ساعت کار متروی اصفهان در تابستان تمدید شد',
    url: 'https://www.imna.ir/news/823416/حفاری-تونل-خط-۲-قطار-شهری-اصفهان-از-۶-کیلومتر-گذشت',
    title: 'حفاری تونل خط ۲ قطار شهری اصفهان از ۶ کیلومتر گذشت',
    kicker: 'حمل‌ونقل عمومی', date: '۴ مرداد ۱۴۰۵ - ۱۳:۲۰',
    lead: 'حفاری تونل خط ۲ قطار شهری اصفهان با عبور از محدوده میدان احمدآباد به ۶ هزار و ۲۰۰ متر رسید؛ مدیران شهری می‌گویند نخستین بخش این خط با ۵ ایستگاه تا پایان سال ۱۴۰۶ به بهره‌برداری می‌رسد.',
    paras: [
      'به گزارش خبرگزاری ایمنا، خط ۲ قطار شهری اصفهان به طول ۱۶ کیلومتر شرق و غرب شهر را به هم وصل می‌کند و ۱۴ ایستگاه خواهد داشت. دستگاه حفار مکانیزه این پروژه روزانه به‌طور میانگین ۱۲ متر پیش می‌رود و تاکنون ۹۸۰ حلقه سگمنت بتنی در دیواره تونل نصب شده است.',
      'روند اجرای این طرح صبح امروز (یکشنبه) در بازدید اعضای کمیسیون عمران و حمل‌ونقل شورای اسلامی شهر اصفهان، از جمله نسرین طالب‌زاده، رئیس این کمیسیون، از کارگاه ایستگاه میدان احمدآباد بررسی شد.',
      'مهدی سلیمانی‌نژاد، معاون حمل‌ونقل و ترافیک شهرداری اصفهان، در حاشیه این بازدید در گفت‌وگو با خبرنگار ایمنا گفت: اعتبار مورد نیاز خط ۲ حدود ۱۸ همت برآورد شده که ۶۰ درصد آن از منابع شهرداری و بقیه از کمک دولت و فروش اوراق مشارکت تأمین می‌شود. امسال تاکنون ۲ هزار و ۴۰۰ میلیارد تومان برای این پروژه هزینه شده است.',
      'وی افزود: نخستین بخش خط ۲ به طول ۵ کیلومتر آماده مسافرگیری می‌شود و برای آن ۱۰ رام قطار نیاز داریم که قرارداد خریدشان نهایی شده است. هم‌زمان طراحی ایستگاه‌های بخش غربی خط نیز در حال انجام است.',
      'معاون حمل‌ونقل و ترافیک شهرداری اصفهان با اشاره به عبور تونل از هسته تاریخی شهر گفت: مسیر تونل در این محدوده از زیر ۳۲ بنای تاریخی ثبت‌شده می‌گذرد و به همین دلیل نشست زمین با ۱۲۰ نقطه سنجش به‌صورت شبانه‌روزی پایش می‌شود. تاکنون هیچ ترکی در این بناها گزارش نشده است.',
      'طالب‌زاده اما از کندی پرداخت سهم دولت انتقاد کرد و گفت: از ۷ هزار میلیارد تومانی که در بودجه سال گذشته برای قطار شهری اصفهان پیش‌بینی شده بود، کمتر از ۳۰ درصد به دست شهرداری رسید. اگر این روند ادامه پیدا کند، بار این پروژه فقط بر دوش شهروندان اصفهانی می‌ماند.',
      'رئیس کمیسیون عمران و حمل‌ونقل شورای اسلامی شهر اصفهان همچنین خبر داد که شورا هفته آینده لایحه انتشار اوراق مشارکت به ارزش ۳ هزار میلیارد تومان را برای ادامه کار خط ۲ بررسی می‌کند.',
      'به گفته حمیدرضا فروغی‌پور، مدیرعامل سازمان قطار شهری اصفهان، خط یک مترو اکنون روزانه حدود ۹۵ هزار مسافر را جابه‌جا می‌کند و با راه‌اندازی کامل خط ۲، شمار مسافران قطار شهری به بیش از ۲۰۰ هزار نفر در روز خواهد رسید.',
      'شرکت واگن‌سازی تهران نیز پیش‌تر اعلام کرده بود نخستین رام‌های سفارش اصفهان را در نیمه دوم سال آینده تحویل می‌دهد.',
    ],
    tags: ['قطار شهری اصفهان', 'خط ۲ مترو', 'شهرداری اصفهان', 'شورای شهر اصفهان'],
    caption: 'دستگاه حفار مکانیزه خط ۲ قطار شهری اصفهان', credit: 'عکس: ایمنا',
    related: ['ایستگاه‌های خط ۲ مترو اصفهان نام‌گذاری شد', 'اتوبوس‌های برقی به ناوگان اصفهان می‌پیوندند', 'پیشرفت ۴۰ درصدی ایستگاه مرکزی قطار شهری'],
    mostRead: ['جدول جیره‌بندی آب اصفهان در مرداد', 'تغییر ساعت کاری ادارات اصفهان در تابستان', 'آغاز ثبت‌نام مسکن ملی در شاهین‌شهر', 'زمان بازگشایی پل خواجو'],
    comments: [['رضا از خمینی‌شهر', 'خط یک هم قرار بود پنج ساله تمام شود؛ امیدوارم این یکی زودتر برسد.'], ['مهسا', 'لطفاً ایستگاه دانشگاه را هم در بخش اول بگذارید.']],
    speakers: [
      { name: 'مهدی سلیمانی‌نژاد', role: 'معاون حمل‌ونقل و ترافیک شهرداری اصفهان', also_called: ['وی'], statements: 3 },
      { name: 'نسرین طالب‌زاده', role: 'رئیس این کمیسیون', also_called: ['طالب‌زاده', 'رئیس کمیسیون عمران و حمل‌ونقل شورای اسلامی شهر اصفهان'], statements: 2 },
      { name: 'حمیدرضا فروغی‌پور', role: 'مدیرعامل سازمان قطار شهری اصفهان', also_called: [], statements: 1 },
    ],
    speakers_never: ['شرکت واگن‌سازی تهران', 'کمیسیون عمران و حمل‌ونقل شورای اسلامی شهر اصفهان'],
    figures: [
      { value: 6200, unit: 'متر', kind: 'measure', about: '«۶ هزار و ۲۰۰ متر» طول حفاری‌شده (lead)' },
      { value: 5, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های نخستین بخش (lead)' },
      { value: 16, unit: 'کیلومتر', kind: 'measure', about: 'طول خط ۲' },
      { value: 14, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های خط ۲' },
      { value: 12, unit: 'متر', kind: 'measure', about: 'پیشروی روزانه حفار (kept; «روزانه» is its basis)' },
      { value: 980, unit: 'حلقه', kind: 'count', about: 'حلقه‌های سگمنت نصب‌شده' },
      { value: 18000000000000, unit: 'همت', kind: 'money', about: '«حدود ۱۸ همت» اعتبار خط ۲' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم منابع شهرداری' },
      { value: 2400000000000, unit: 'تومان', kind: 'money', about: '«۲ هزار و ۴۰۰ میلیارد تومان» هزینه امسال' },
      { value: 5, unit: 'کیلومتر', kind: 'measure', about: 'طول نخستین بخش' },
      { value: 10, unit: 'رام', kind: 'count', about: 'رام‌های قطار مورد نیاز' },
      { value: 32, unit: 'بنا', kind: 'count', about: 'بناهای تاریخی ثبت‌شده روی مسیر' },
      { value: 120, unit: 'نقطه', kind: 'count', about: 'نقاط سنجش نشست' },
      { value: 7000000000000, unit: 'تومان', kind: 'money', about: '«۷ هزار میلیارد تومان» پیش‌بینی بودجه سال گذشته' },
      { value: 30, unit: 'درصد', kind: 'percent', about: '«کمتر از ۳۰ درصد» سهم پرداخت‌شده' },
      { value: 3000000000000, unit: 'تومان', kind: 'money', about: '«۳ هزار میلیارد تومان» اوراق مشارکت' },
      { value: 95000, unit: 'مسافر', kind: 'count', about: '«حدود ۹۵ هزار مسافر» روزانه خط یک (kept; «روزانه» is its basis)' },
      { value: 200000, unit: 'نفر', kind: 'count', about: '«بیش از ۲۰۰ هزار نفر در روز» (kept; «در روز» is its basis)' },
    ],
    figures_never: ['«خط ۲», «خط یک»: line names', '«پایان سال ۱۴۰۶», «صبح امروز (یکشنبه)», «امسال», «سال گذشته», «هفته آینده», «نیمه دوم سال آینده»: dates', '«روزانه», «شبانه‌روزی», «در روز»: bases', '«نخستین بخش», «نخستین رام‌ها»: ordinals', '«هیچ ترکی»: not a quantity', 'the title\'s «۶ کیلومتر» (not body; the lead gives 6200 متر), the sidebar banner «۱۳۷», comment votes: not body'],
    notes: [
      'A municipal-transport story of IMNA, the Isfahan municipality\'s news agency, on a NEWSSTUDIO-style agency page (/news/<id>/<persian-slug>, Bootstrap rows, ol.breadcrumb «اصفهان / مدیریت شهری / حمل‌ونقل عمومی», .item-header with .item-date «۴ مرداد ۱۴۰۵ - ۱۳:۲۰» and .item-code, the cover with caption BEFORE the lead p.summary.introtext inside .item-summary, .item-text[itemprop=articleBody]); JSON-LD NewsArticle with datePublished 2026-07-26T13:20:00+03:30 (the gold); a headline ticker «تیتر یک» under the menu; an in-body «بیشتر بخوانید:» link after paragraph 5, not body; reporter/editor line, «کلمات کلیدی», short link, share, related, comments with votes; sidebar most-visited, messenger invite and the «۱۳۷» banner; footer.',
      'statements: Soleimaninejad: «NAME، ROLE، در حاشیه این بازدید در گفت‌وگو با خبرنگار ایمنا گفت:» (multi-sentence quote, once), «وی افزود:» (one), «معاون حمل‌ونقل و ترافیک شهرداری اصفهان با اشاره به … گفت:» (role alone, identical to the role, so not repeated in also_called) (one) = 3; Talebzadeh is first met IN PASSING among the council members on the visit («از جمله NAME، رئیس این کمیسیون») with no statement, then speaks by surname: «طالب‌زاده اما … انتقاد کرد و گفت:» (one, multi-sentence quote), and by the full role alone: «رئیس کمیسیون عمران و حمل‌ونقل شورای اسلامی شهر اصفهان همچنین خبر داد که …» (one) = 2; her role is given as the body first gives it, «رئیس این کمیسیون»; Foroughipour: «به گفته NAME، ROLE، …» (one) = 1.',
      'The Tehran wagon company («اعلام کرده بود») is an organization; the council commission visits but does not speak as a body. «۵ ایستگاه» (lead) and «۵ کیلومتر» are two figures; «۱۲ متر» (daily advance) and «۶ هزار و ۲۰۰ متر» are two figures with one unit; «۱۸ همت» is 1.8e13 with unit همت; the daily ridership values are kept with their basis left out.',
    ],
  },
  {
    name: 'rokna-khaniabad-warehouse-fire', site: 'rokna', inlineAt: 3,
    inline: 'جزئیات آتش‌سوزی بازار مبل یافت‌آباد',
    url: 'https://www.rokna.net/fa/news/1087342/آتش‌سوزی-گسترده-انبار-لوازم-خانگی-در-جنوب-تهران',
    title: 'آتش‌سوزی گسترده انبار لوازم خانگی در جنوب تهران؛ ۴۲ کارگر نجات یافتند',
    kicker: 'حوادث تهران', date: '۶ مرداد ۱۴۰۵ - ۰۹:۴۵',
    lead: 'آتش‌سوزی یک انبار بزرگ لوازم خانگی در محدوده خانی‌آباد نو تهران بامداد امروز با تلاش ۱۱۰ آتش‌نشان پس از حدود پنج ساعت مهار شد؛ در این حادثه ۴۲ کارگر که در خوابگاه انبار بودند نجات یافتند و ۳ نفر مصدوم شدند.',
    paras: [
      'به گزارش خبرنگار رکنا، وقوع حادثه ساعت ۲ و ۴۰ دقیقه بامداد به سامانه ۱۲۵ اطلاع داده شد و نخستین گروه‌های اطفای حریق چند دقیقه بعد به محل رسیدند. انبار حدود ۴ هزار و ۵۰۰ متر مربع مساحت داشت و سقف سوله‌ای آن در همان دقایق اول فرو ریخت. هم‌زمان ۸ دستگاه آمبولانس به همراه پیمان رحیم‌خانی، رئیس مرکز مدیریت حوادث و فوریت‌های پزشکی تهران، در محل مستقر شدند.',
      'رامین اسدی‌فر، سخنگوی سازمان آتش‌نشانی و خدمات ایمنی شهرداری تهران، در گفت‌وگو با رکنا گفت: نیروهای ۱۸ ایستگاه آتش‌نشانی با ۳۵ دستگاه خودروی عملیاتی به محل اعزام شدند. کالاهای انبار بیشتر یخچال، کولر و بسته‌بندی‌های یونولیتی بود و همین موضوع دود سیاه و غلیظی در منطقه به راه انداخت.',
      'وی افزود: کارگرانی که شب‌ها در خوابگاه طبقه دوم ساختمان اداری انبار می‌ماندند، با نردبان و از مسیر پشت‌بام به بیرون منتقل شدند. سه نفر از آنان به دلیل استنشاق دود به بیمارستان اعزام شدند.',
      'به گفته سخنگوی آتش‌نشانی تهران، این انبار پیش‌تر از سوی بازرسان آتش‌نشانی اخطار گرفته بود. اسدی‌فر در این باره گفت: در بازدید اسفند سال گذشته نبود سیستم اعلام حریق و چیدن کالا تا ارتفاع ۸ متر گزارش شد، اما مالک هیچ اقدامی نکرد.',
      'رحیم‌خانی درباره وضعیت مصدومان به رکنا گفت: دو نفر از مصدومان پس از درمان سرپایی ترخیص شدند و یک نفر به دلیل سوختگی ۱۵ درصدی دست‌ها در بیمارستان شهید مطهری بستری است. حال او پایدار است.',
      'او همچنین تأکید کرد که نگه داشتن کارگران در خوابگاه‌های داخل انبار، خطر هر آتش‌سوزی را چند برابر می‌کند.',
      'یکی از کسبه خیابان مجاور به خبرنگار رکنا گفت صدای انفجار کپسول‌های گاز را چند بار شنیده است. بر اساس برآورد اولیه، خسارت این آتش‌سوزی بیش از ۲۰۰ میلیارد تومان است و تحقیقات برای روشن شدن علت حادثه با دستور بازپرس کشیک ادامه دارد.',
      'سازمان آتش‌نشانی تهران پیش‌تر اعلام کرده بود از ابتدای امسال ۲۷ انبار در جنوب پایتخت دچار حریق شده‌اند و ۶۵ درصد آنها تجهیزات اعلام و اطفای حریق نداشته‌اند.',
    ],
    tags: ['آتش‌سوزی', 'آتش‌نشانی تهران', 'خانی‌آباد نو', 'حوادث تهران'],
    caption: 'نمای انبار لوازم خانگی پس از مهار آتش', credit: 'عکس: آتش‌نشانی تهران',
    related: ['مرگ دو کارگر در آتش‌سوزی کارگاه مبل‌سازی', 'هشدار آتش‌نشانی درباره انبارهای غیرمجاز', 'آتش‌سوزی پاساژ در بازار تهران مهار شد'],
    mostRead: ['قتل مرد جوان در نزاع خیابانی نازی‌آباد', 'سقوط کارگر ساختمانی از طبقه هفتم', 'دستگیری سارقان کابل برق در شهریار', 'تصادف زنجیره‌ای در آزادراه تهران - کرج'],
    comments: [['کاربر ناشناس', 'این انبارها بمب ساعتی وسط شهر هستند؛ چرا کسی پلمبشان نمی‌کند؟'], ['علی', 'خدا را شکر کارگرها سالم ماندند.']],
    speakers: [
      { name: 'رامین اسدی‌فر', role: 'سخنگوی سازمان آتش‌نشانی و خدمات ایمنی شهرداری تهران', also_called: ['وی', 'سخنگوی آتش‌نشانی تهران', 'اسدی‌فر'], statements: 4 },
      { name: 'پیمان رحیم‌خانی', role: 'رئیس مرکز مدیریت حوادث و فوریت‌های پزشکی تهران', also_called: ['رحیم‌خانی', 'او'], statements: 2 },
    ],
    speakers_never: ['یکی از کسبه خیابان مجاور', 'سازمان آتش‌نشانی تهران', 'بازپرس کشیک'],
    figures: [
      { value: 110, unit: 'آتش‌نشان', kind: 'count', about: 'آتش‌نشانان حاضر (lead)' },
      { value: 42, unit: 'کارگر', kind: 'count', about: 'کارگران نجات‌یافته (title, lead)' },
      { value: 3, unit: 'نفر', kind: 'count', about: 'مصدومان (lead; «سه نفر» again in the body)' },
      { value: 4500, unit: 'متر مربع', kind: 'measure', about: '«حدود ۴ هزار و ۵۰۰ متر مربع» مساحت انبار' },
      { value: 8, unit: 'دستگاه', kind: 'count', about: '«۸ دستگاه آمبولانس»' },
      { value: 18, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های آتش‌نشانی اعزامی' },
      { value: 35, unit: 'دستگاه', kind: 'count', about: 'خودروهای عملیاتی' },
      { value: 8, unit: 'متر', kind: 'measure', about: 'ارتفاع چیدن کالا' },
      { value: 2, unit: 'نفر', kind: 'count', about: '«دو نفر» ترخیص‌شده (count in words)' },
      { value: 15, unit: 'درصد', kind: 'percent', about: '«سوختگی ۱۵ درصدی» (unit in base form)' },
      { value: 200000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۲۰۰ میلیارد تومان» خسارت' },
      { value: 27, unit: 'انبار', kind: 'count', about: 'انبارهای دچار حریق از ابتدای امسال' },
      { value: 65, unit: 'درصد', kind: 'percent', about: 'سهم انبارهای بی‌تجهیزات' },
    ],
    figures_never: ['«بامداد امروز», «ساعت ۲ و ۴۰ دقیقه بامداد», «اسفند سال گذشته», «ابتدای امسال»: dates and times', '«پنج ساعت», «چند دقیقه بعد»: durations', '«سامانه ۱۲۵»: a service number', '«طبقه دوم», «نخستین گروه‌ها», «دقایق اول»: ordinals', '«یک انبار», «یک نفر»: lone «یک»', '«چند برابر», «چند بار»: vague', 'comment counters («در انتظار بررسی: ۲۳»), views, comment votes: not body'],
    notes: [
      'An incident report of Rokna in its /fa/news/<id>/<slug> CMS (the path line «صفحه نخست » حوادث » حوادث تهران», span.news_id_c and span.news_pdate_c with a NUMERIC date with the time FIRST, «تاریخ انتشار: ۰۹:۴۵ - ۱۴۰۵/۰۵/۰۶», views; rutitr «نجات کارگران از پشت‌بام» (not body); the title as a link inside h1; lead div.subtitle; photo with caption; an in-body «بیشتر بخوانید» LIST of two links after paragraph 4, not body; tags, the messenger invite «رکنا را در ایتا، بله و روبیکا دنبال کنید», print/share/short link; related; comments «نظرات بینندگان» with the three counters «انتشار یافته / در انتظار بررسی / غیر قابل انتشار», times and votes; a marquee «اخبار فوری» strip; sidebar most-viewed incident news and an ad; footer). JSON-LD NewsArticle gives 2026-07-28T09:45:00+03:30 (the gold).',
      'statements: Asadifar: «NAME، ROLE، در گفت‌وگو با رکنا گفت:» (multi-sentence quote, once), «وی افزود:» (one), «به گفته سخنگوی آتش‌نشانی تهران، …» (role alone, one), «اسدی‌فر در این باره گفت:» (one) = 4; Rahimkhani is first met IN PASSING as present at the scene with the ambulances («به همراه NAME، ROLE، در محل مستقر شدند»), then speaks by surname: «رحیم‌خانی … به رکنا گفت:» (multi-sentence quote, once), and «او همچنین تأکید کرد که …» (one) = 2.',
      'The shopkeeper («یکی از کسبه …») is an unnamed source; the fire organization («اعلام کرده بود») is an organization; the on-call investigator is unnamed and only orders the inquiry. «۳ نفر» (lead) and «سه نفر» (body) are one figure; «دو نفر» is a second count; «۸ دستگاه آمبولانس» and «۳۵ دستگاه» are two figures with one unit; «سوختگی ۱۵ درصدی» is 15 درصد.',
    ],
  },
  {
    name: 'jamaran-majlis-vote-transparency', site: 'jamaran', inlineAt: 5,
    inline: 'پرونده شفافیت آرا در مجلس یازدهم چه شد؟',
    url: 'https://www.jamaran.news/بخش-سیاسی-2/1784215-کلیات-طرح-شفافیت-آرای-نمایندگان-با-۱۶۸-رأی-تصویب-شد',
    title: 'کلیات طرح شفافیت آرای نمایندگان با ۱۶۸ رأی تصویب شد',
    kicker: 'مجلس', date: '۱۱ مرداد ۱۴۰۵ - ۱۸:۱۰',
    lead: 'نمایندگان مجلس شورای اسلامی در جلسه علنی امروز (یکشنبه) کلیات طرح شفافیت آرای نمایندگان را با ۱۶۸ رأی موافق، ۵۴ رأی مخالف و ۹ رأی ممتنع از مجموع ۲۴۱ نماینده حاضر تصویب کردند.',
    paras: [
      'به گزارش جماران، بر اساس این طرح، رأی هر نماینده در جلسات علنی و کمیسیون‌های تخصصی باید حداکثر ۴۸ ساعت پس از رأی‌گیری در سامانه‌ای عمومی منتشر شود. این طرح اسفند سال گذشته با امضای ۸۲ نماینده اعلام وصول شده بود.',
      'پیش از بررسی طرح، درخواست تعویق آن که با امضای زهره امیرشاهی، نماینده مردم رشت در مجلس، و ۱۲ نماینده دیگر به هیئت‌رئیسه رسیده بود، به رأی گذاشته شد و رأی نیاورد.',
      'مرتضی حیدری‌فرد نماینده مردم اراک و سخنگوی کمیسیون آیین‌نامه داخلی مجلس در دفاع از کلیات طرح گفت: مردم حق دارند بدانند نماینده‌شان درباره بودجه، مالیات و قیمت بنزین چه رأیی داده است. پنهان ماندن آرا، اعتماد عمومی به مجلس را فرسوده کرده است.',
      'وی افزود: در دوره گذشته فقط ۱۸ درصد رأی‌گیری‌های صحن به‌صورت الکترونیکی و با نام ثبت شد. هزینه راه‌اندازی سامانه تازه نیز حدود ۴۵ میلیارد تومان برآورد شده است.',
      'امیرشاهی اما در مقام مخالف طرح گفت: شفافیت لازم است، ولی انتشار همه آرا بدون توضیح، نماینده را زیر فشار گروه‌های ذی‌نفع قرار می‌دهد. نماینده باید بتواند در موضوعات امنیتی و اقتصادی حساس بدون هیاهو تصمیم بگیرد.',
      'نماینده مردم رشت پیشنهاد داد آرای مربوط به موافقت‌نامه‌های بین‌المللی و پرونده‌های امنیتی از شمول طرح خارج شود؛ پیشنهادی که قرار است در جزئیات بررسی شود.',
      'کامبیز نوروزی‌فرد، استاد علوم سیاسی دانشگاه علامه طباطبایی، در گفت‌وگو با جماران تصویب کلیات را گامی مهم اما ناتمام دانست و گفت: اگر جزئیات طرح با استثناهای گسترده تصویب شود، شفافیت فقط روی کاغذ می‌ماند.',
      'این استاد دانشگاه با اشاره به نظرسنجی مرکز افکارسنجی دانشجویان ایران (ایسپا) افزود: در این نظرسنجی که روی یک هزار و ۵۶۰ نفر در ۳۱ استان انجام شد، ۷۱ درصد پاسخ‌گویان گفته‌اند رأی نماینده‌شان را دنبال خواهند کرد.',
      'بررسی جزئیات طرح به کمیسیون آیین‌نامه داخلی سپرده شد و هیئت‌رئیسه مجلس اعلام کرده است گزارش این کمیسیون حداکثر تا دو ماه دیگر به صحن می‌آید.',
    ],
    tags: ['شفافیت آرا', 'مجلس شورای اسلامی', 'جلسه علنی', 'کمیسیون آیین‌نامه داخلی'],
    caption: 'نمایی از صحن علنی مجلس شورای اسلامی', credit: 'عکس: خانه ملت',
    related: ['مخالفان شفافیت آرا چه می‌گویند؟', 'شفافیت آرا؛ وعده‌ای که سه مجلس به آن نرسید', 'نمایندگان به استیضاح وزیر راه رأی ندادند'],
    mostRead: ['یادداشت: مجلس و اعتماد از دست رفته', 'واکنش فعالان سیاسی به نتیجه انتخابات میاندوره‌ای', 'بیانیه جامعه روحانیون مبارز درباره انتخابات شوراها', 'روایت یک نماینده پیشین از جلسات غیرعلنی'],
    comments: [['محمد', 'تا وقتی جزئیات تصویب نشود، نمی‌شود به این رأی دل بست.']],
    speakers: [
      { name: 'مرتضی حیدری‌فرد', role: 'نماینده مردم اراک و سخنگوی کمیسیون آیین‌نامه داخلی مجلس', also_called: ['وی'], statements: 2 },
      { name: 'زهره امیرشاهی', role: 'نماینده مردم رشت در مجلس', also_called: ['امیرشاهی', 'نماینده مردم رشت'], statements: 2 },
      { name: 'کامبیز نوروزی‌فرد', role: 'استاد علوم سیاسی دانشگاه علامه طباطبایی', also_called: ['این استاد دانشگاه'], statements: 2 },
    ],
    speakers_never: ['مرکز افکارسنجی دانشجویان ایران (ایسپا)', 'هیئت‌رئیسه مجلس', 'کمیسیون آیین‌نامه داخلی'],
    figures: [
      { value: 168, unit: 'رأی', kind: 'count', about: 'آرای موافق (title, lead)' },
      { value: 54, unit: 'رأی', kind: 'count', about: 'آرای مخالف' },
      { value: 9, unit: 'رأی', kind: 'count', about: 'آرای ممتنع' },
      { value: 241, unit: 'نماینده', kind: 'count', about: 'نمایندگان حاضر' },
      { value: 82, unit: 'نماینده', kind: 'count', about: 'امضاکنندگان طرح' },
      { value: 12, unit: 'نماینده', kind: 'count', about: '«۱۲ نماینده دیگر» امضاکنندگان درخواست تعویق' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'رأی‌گیری‌های ثبت‌شده با نام در دوره گذشته' },
      { value: 45000000000, unit: 'تومان', kind: 'money', about: '«حدود ۴۵ میلیارد تومان» هزینه سامانه' },
      { value: 1560, unit: 'نفر', kind: 'count', about: '«یک هزار و ۵۶۰ نفر» نمونه نظرسنجی' },
      { value: 31, unit: 'استان', kind: 'count', about: 'استان‌های نظرسنجی' },
      { value: 71, unit: 'درصد', kind: 'percent', about: 'پاسخ‌گویانی که رأی نماینده را دنبال می‌کنند' },
    ],
    figures_never: ['«امروز (یکشنبه)», «اسفند سال گذشته», «دوره گذشته»: dates', '«۴۸ ساعت», «دو ماه دیگر»: durations', '«مجلس یازدهم» (in the read-more link): an ordinal, not body', '«سه مجلس» (a related title): not body', 'the pull quote (a repeated sentence), the sidebar times: not body'],
    notes: [
      'A parliament story of Jamaran in its «/بخش-سیاسی-2/<id>-<slug>» CMS: a top bar with the link «پرتال امام خمینی (س)»; the service label «مجلس», the date ONLY in words with «ساعت», «۱۱ مرداد ۱۴۰۵ ساعت ۱۸:۱۰», next to the news code, and article:published_time 2026-08-02T18:10:00+03:30 (the gold); NO JSON-LD; rutitr «در جلسه علنی مجلس» (not body); div.lead; photo with caption (credit in parentheses); a PULL QUOTE (blockquote.pull-quote, a sentence of Heydarifard\'s quote repeated without its final stop) before paragraph 4, not body; an in-body «مطالب مرتبط» box of two links after paragraph 6, not body; tags, print/send/share tools, related, comments «دیدگاه شما»; a sidebar «آخرین اخبار» with times and «پربحث‌ترین‌ها»; footer.',
      'statements: Heydarifard, introduced as «NAME ROLE» WITHOUT commas (name, then «نماینده مردم اراک و سخنگوی …»): «… در دفاع از کلیات طرح گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Amirshahi is first met IN PASSING as the first signatory of the postponement request (an act, no statement), then speaks by surname: «امیرشاهی اما در مقام مخالف طرح گفت:» (multi-sentence quote, once), and by her role alone: «نماینده مردم رشت پیشنهاد داد …» (one, a stated proposal) = 2; Nowruzifard: «NAME، ROLE، در گفت‌وگو با جماران … دانست و گفت:» (one), «این استاد دانشگاه … افزود:» (one) = 2.',
      'ISPA (its poll) and the presiding board («اعلام کرده است») are organizations. The three vote counts share the unit رأی; «۲۴۱», «۸۲» and «۱۲ نماینده» are three counts in نماینده; «یک هزار و ۵۶۰ نفر» is 1560 (the «یک» is part of the number).',
    ],
  },
  {
    name: 'borna-u21-volleyball-final', site: 'borna', inlineAt: 4,
    inline: 'برنامه دیدارهای تیم ملی والیبال در لیگ ملت‌ها اعلام شد',
    url: 'https://borna.news/fa/news/318742/والیبال-جوانان-ایران-فینالیست-قهرمانی-جهان-شد',
    title: 'والیبال جوانان ایران فینالیست قهرمانی جهان شد',
    kicker: 'والیبال', date: '۹ مرداد ۱۴۰۵ - ۲۲:۳۰',
    lead: 'تیم ملی والیبال زیر ۲۱ سال ایران امشب در نیمه‌نهایی مسابقات قهرمانی جهان در بلگراد با پیروزی ۳ بر یک مقابل ژاپن به فینال رسید و دست‌کم مدال نقره این رقابت‌ها را قطعی کرد.',
    paras: [
      'به گزارش خبرگزاری برنا، در این مسابقات ۲۴ تیم حضور دارند و ایران با ۷ پیروزی در ۷ بازی، تنها تیم بدون شکست تورنمنت است. شاگردان جووانی مارکتی در دیدار امشب که با حضور حدود ۳ هزار و ۸۰۰ تماشاگر برگزار شد، ۵۸ درصد حملات خود را به امتیاز تبدیل کردند. آرمین رستگارنیا، ستاره ۱۹ ساله تیم، با ۲۶ امتیاز بهترین امتیازآور دیدار شد.',
      'جووانی مارکتی، سرمربی ایتالیایی تیم ملی والیبال جوانان، پس از بازی در گفت‌وگو با خبرنگار برنا گفت: ژاپن سریع‌ترین تیم این مسابقات است و ما برای مهار دریافت آنها دو هفته تمرین ویژه داشتیم. در ست دوم تمرکزمان را از دست دادیم، اما بازیکنان نشان دادند از نظر ذهنی آماده‌اند.',
      'وی افزود: از ۱۴ بازیکن فهرستم ۱۱ نفر در این تورنمنت به میدان رفته‌اند و هیچ مصدومی نداریم. برای فینال فقط یک روز استراحت داریم و باید انرژی بازیکنان را حفظ کنیم.',
      'رستگارنیا که این فصل قراردادش با تیم شهرداری ورامین را تمدید کرده است، درباره دیدار پایانی گفت: قهرمانی جهان آرزوی همه ماست. ما سه سال است کنار هم بازی می‌کنیم و این تیم را مثل خانواده می‌دانیم.',
      'فرشید آقاجانلو، رئیس فدراسیون والیبال، نیز که برای تماشای دیدار فینال به صربستان رفته است، درباره هزینه‌های تیم‌های پایه گفت: امسال ۳۸ میلیارد تومان برای تیم‌های ملی پایه هزینه کرده‌ایم که حدود ۴۰ درصد آن را اسپانسرها پرداخته‌اند.',
      'آقاجانلو با اشاره به پاداش فدراسیون بین‌المللی والیبال افزود: به تیم قهرمان ۶۰ هزار دلار و به نایب‌قهرمان ۳۵ هزار دلار پاداش داده می‌شود و فدراسیون هم برای هر بازیکن در صورت قهرمانی ۵۰۰ میلیون تومان پاداش در نظر گرفته است.',
      'ایران در فینال که یکشنبه شب برگزار می‌شود، به مصاف برنده دیدار لهستان و برزیل می‌رود. والیبال جوانان ایران پیش از این در سال ۲۰۱۷ نیز قهرمان جهان شده بود و بسیاری از اعضای آن تیم امروز در تیم ملی بزرگسالان بازی می‌کنند.',
    ],
    tags: ['والیبال جوانان', 'قهرمانی جهان', 'جووانی مارکتی', 'فدراسیون والیبال'],
    caption: 'شادی بازیکنان تیم ملی والیبال جوانان پس از پیروزی مقابل ژاپن', credit: 'عکس: FIVB',
    related: ['پیروزی جوانان والیبال ایران مقابل آمریکا در یک‌چهارم نهایی', 'مارکتی: این نسل آینده والیبال ایران است', 'قرعه‌کشی لیگ برتر والیبال ۱۴۰۵ انجام شد'],
    mostRead: ['زمان بازی فینال والیبال جوانان جهان', 'کشتی آزاد ایران قهرمان آسیا شد', 'نقل‌وانتقالات لیگ برتر فوتبال؛ آخرین اخبار', 'بازگشت قهرمان المپیک به تشک'],
    comments: [['امید', 'دست مریزاد به بچه‌ها؛ فینال را هم ببرید.']],
    speakers: [
      { name: 'جووانی مارکتی', role: 'سرمربی ایتالیایی تیم ملی والیبال جوانان', also_called: ['وی'], statements: 2 },
      { name: 'آرمین رستگارنیا', role: 'ستاره ۱۹ ساله تیم', also_called: ['رستگارنیا'], statements: 1 },
      { name: 'فرشید آقاجانلو', role: 'رئیس فدراسیون والیبال', also_called: ['آقاجانلو'], statements: 2 },
    ],
    speakers_never: ['فدراسیون بین‌المللی والیبال', 'تیم شهرداری ورامین'],
    figures: [
      { value: 24, unit: 'تیم', kind: 'count', about: 'تیم‌های حاضر در مسابقات' },
      { value: 7, unit: 'پیروزی', kind: 'count', about: '«۷ پیروزی در ۷ بازی»' },
      { value: 7, unit: 'بازی', kind: 'count', about: '«در ۷ بازی»' },
      { value: 3800, unit: 'تماشاگر', kind: 'count', about: '«حدود ۳ هزار و ۸۰۰ تماشاگر»' },
      { value: 58, unit: 'درصد', kind: 'percent', about: 'موفقیت حملات' },
      { value: 14, unit: 'بازیکن', kind: 'count', about: 'بازیکنان فهرست' },
      { value: 11, unit: 'نفر', kind: 'count', about: 'بازیکنانی که به میدان رفته‌اند' },
      { value: 38000000000, unit: 'تومان', kind: 'money', about: '«۳۸ میلیارد تومان» هزینه تیم‌های پایه' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«حدود ۴۰ درصد» سهم اسپانسرها' },
      { value: 60000, unit: 'دلار', kind: 'money', about: '«۶۰ هزار دلار» پاداش قهرمان' },
      { value: 35000, unit: 'دلار', kind: 'money', about: '«۳۵ هزار دلار» پاداش نایب‌قهرمان' },
      { value: 500000000, unit: 'تومان', kind: 'money', about: '«۵۰۰ میلیون تومان» پاداش هر بازیکن (kept; «هر بازیکن» is its basis)' },
    ],
    figures_never: ['«زیر ۲۱ سال», «۱۹ ساله»: ages', '«۳ بر یک»: the score', '«۲۶ امتیاز»: a player\'s points in a match', '«نیمه‌نهایی», «ست دوم», «فینال»: stages and ordinals', '«امشب», «یکشنبه شب», «این فصل», «امسال», «سال ۲۰۱۷», «امروز»: dates', '«دو هفته», «یک روز», «سه سال»: durations', '«هیچ مصدومی»: not a quantity', 'the gallery strip, the read-more link, the rutitr «زیر ۲۱ سال»: not body'],
    notes: [
      'A volleyball report of Borna News, the sport-and-youth agency, in its /fa/news/<id>/<slug> agency CMS: a top bar with the provinces selector «برنا در استان‌ها»; service line «ورزش / والیبال»; news code and <time datetime="2026-07-31T22:30:00+03:30"> «جمعه ۹ مرداد ۱۴۰۵ - ۲۲:۳۰» and JSON-LD NewsArticle with the same instant (the gold); rutitr «قهرمانی جهان زیر ۲۱ سال» (not body); p.bn-lead; photo with caption; an in-body «بیشتر بخوانید:» link after paragraph 5, not body; tags as «#hashtags», a short-link box with print; a «گزارش تصویری» strip of galleries after the article; related, comments «ثبت نظر»; sidebar «عناوین برگزیده» and an app link; footer.',
      'statements: Marchetti is first met IN PASSING as the coach whose players played («شاگردان NAME»), then introduced «NAME، ROLE، … گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Rastegarnia is first met IN PASSING as the top scorer («NAME، ستاره ۱۹ ساله تیم، با ۲۶ امتیاز بهترین امتیازآور دیدار شد»), then speaks by surname: «رستگارنیا … درباره دیدار پایانی گفت:» (multi-sentence quote, once) = 1; his role is given as the body first gives it, «ستاره ۱۹ ساله تیم»; Aghajanlou: «NAME، ROLE، نیز … گفت:» (one), «آقاجانلو با اشاره به … افزود:» (one) = 2.',
      'The FIVB (its prize money) and the Varamin club are organizations. The score «۳ بر یک», a player\'s «۲۶ امتیاز» and ages are not figures; «۷ پیروزی در ۷ بازی» is two counts; «۱۴ بازیکن» and «۱۱ نفر» are two counts; «هر بازیکن» is the basis of the 500-million-toman bonus.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// One page that is not an article (page text written for this set).
// ---------------------------------------------------------------------------------------------

/** The numbers of the gallery's photos (no captions). */
const PHOTOS = Array.from({ length: 14 }, (_, i) => i + 1);

function ilnaGallery(): NonArt {
  const title = 'کار در کوره‌های آجرپزی قرچک در گرمای مرداد';
  const id = 1729483;
  const url = `https://www.ilna.ir/بخش-عکس-12/${id}-کار-در-کوره-های-آجرپزی-قرچک-در-گرمای-مرداد`;
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ایلنا - ${title}</title>
<meta name="description" content="گزارش تصویری ایلنا از کار کارگران کوره‌های آجرپزی قرچک">
<meta property="og:site_name" content="ایلنا">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:image" content="https://cdn.ilna.ir/thumbnail/${id}/1.jpg">
<link rel="canonical" href="${esc(url)}">
<link rel="stylesheet" href="https://www.ilna.ir/themes/ilna/css/gallery.css?v=5.0">
</head>
<body class="photo-page">
<div class="il-top"><span>سه‌شنبه ${persian(6)} مرداد ${persian(1405)}</span> <a href="https://www.ilna.ir/fa/archive">آرشیو</a> <a href="https://www.ilna.ir/fa/rss">RSS</a></div>
<header class="il-header"><a href="https://www.ilna.ir/"><img src="https://www.ilna.ir/themes/ilna/img/logo.png" alt="ایلنا"></a><span class="il-slogan">خبرگزاری کار ایران</span>
<nav class="il-nav"><a href="https://www.ilna.ir/بخش-کارگری-4">کارگری</a> <a href="https://www.ilna.ir/بخش-سیاسی-3">سیاسی</a> <a href="https://www.ilna.ir/بخش-اقتصادی-5">اقتصادی</a> <a href="https://www.ilna.ir/بخش-اجتماعی-7">اجتماعی</a> <a href="https://www.ilna.ir/بخش-فرهنگ-هنر-6">فرهنگ و هنر</a> <a href="https://www.ilna.ir/بخش-ورزشی-8">ورزشی</a> <a class="active" href="https://www.ilna.ir/بخش-عکس-12">عکس</a> <a href="https://www.ilna.ir/بخش-فیلم-13">فیلم</a></nav></header>
<main class="il-main">
<div class="il-path"><a href="https://www.ilna.ir/">ایلنا</a> » <a href="https://www.ilna.ir/بخش-عکس-12">عکس</a> » <a href="https://www.ilna.ir/بخش-عکس-12/اجتماعی">اجتماعی</a></div>
<div class="il-gallery-head"><span class="il-code">کد خبر: ${persian(id)}</span> <span class="il-date">${persian(6)} مرداد ${persian(1405)} - ${persian('08:30')}</span></div>
<h1 class="il-gallery-title">${title}</h1>
<div class="il-gallery-lead">گزارش تصویری</div>
<div class="il-photographer">عکاس: <a href="https://www.ilna.ir/fa/photographer/112">سعید هاشمی‌پناه</a></div>
<div class="il-gallery">
${PHOTOS.map((n) => `<figure class="il-photo"><a href="https://cdn.ilna.ir/photo/${id}/${n}.jpg"><img src="https://cdn.ilna.ir/thumbnail/${id}/${n}.jpg" alt="${title}"></a></figure>`).join('\n')}
</div>
<div class="il-tools"><a href="https://www.ilna.ir/fa/tiny/news-${id}">لینک کوتاه</a> <a href="https://t.me/share/url?url=https://www.ilna.ir/fa/tiny/news-${id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://www.ilna.ir/fa/tiny/news-${id}">ایتا</a> <a href="https://www.ilna.ir/fa/download/gallery/${id}">دانلود همه تصاویر</a></div>
<div class="il-tags"><span>برچسب ها:</span> <a href="https://www.ilna.ir/fa/tags/کوره_آجرپزی">کوره آجرپزی</a> <a href="https://www.ilna.ir/fa/tags/قرچک">قرچک</a> <a href="https://www.ilna.ir/fa/tags/کارگران">کارگران</a></div>
<section class="il-more-galleries"><h2>سایر گزارش‌های تصویری</h2><ul>
<li><a href="https://www.ilna.ir/بخش-عکس-12/1729311-x"><img src="https://cdn.ilna.ir/thumbnail/1729311/1.jpg" alt="">تجمع بازنشستگان فولاد مقابل استانداری اصفهان</a></li>
<li><a href="https://www.ilna.ir/بخش-عکس-12/1728974-x"><img src="https://cdn.ilna.ir/thumbnail/1728974/1.jpg" alt="">برداشت برنج در مزارع آمل</a></li>
<li><a href="https://www.ilna.ir/بخش-عکس-12/1728560-x"><img src="https://cdn.ilna.ir/thumbnail/1728560/1.jpg" alt="">کارگران فصلی در بازار میوه و تره‌بار</a></li>
<li><a href="https://www.ilna.ir/بخش-عکس-12/1728102-x"><img src="https://cdn.ilna.ir/thumbnail/1728102/1.jpg" alt="">نمایشگاه صنایع دستی در برج میلاد</a></li>
</ul></section>
<section class="il-comments"><h2>نظر شما</h2><form><input type="text" placeholder="نام"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></section>
</main>
<aside class="il-side"><h2>پربازدیدترین‌ها</h2><ol><li><a href="https://www.ilna.ir/بخش-کارگری-4/1729201-x">حداقل دستمزد ۱۴۰۵ چقدر افزایش یافت؟</a></li><li><a href="https://www.ilna.ir/بخش-کارگری-4/1729004-x">جزئیات بیمه کارگران ساختمانی</a></li><li><a href="https://www.ilna.ir/بخش-اقتصادی-5/1728871-x">قیمت مرغ در بازار امروز</a></li></ol></aside>
<footer class="il-footer"><p>کلیه حقوق این سایت متعلق به خبرگزاری کار ایران (ایلنا) است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-ilna-photo-gallery', markup: 'photo-gallery-ilna', url, title, html,
    notes: ['A PHOTO GALLERY page of ILNA (the labour news agency) in its «/بخش-عکس-12/<id>-<slug>» CMS: the path «ایلنا » عکس » اجتماعی», the news code and date «۶ مرداد ۱۴۰۵ - ۰۸:۳۰», the gallery title as <h1>, the line «گزارش تصویری» in place of a lead, the photographer, FOURTEEN photos without captions (each with the title as alt), short link / share / «دانلود همه تصاویر», tags, four other galleries with thumbnails, a comment form, most-visited sidebar. og:type is «article» as the CMS writes for every item, but there is no running text at all: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [ilnaGallery()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout26', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '823416', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
