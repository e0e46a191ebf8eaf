// Builds the TWENTY-THIRD held-out fixture set, tests/fixtures/heldout23/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Six article pages in the markup of six health, science, tech and lifestyle magazines
// that publish news items (Salamat News, Hamshahri Salamat, Digiato, Techrasa, Chetor, Khabar Online's
// science section), with the furniture such magazines carry (key-points and table-of-contents boxes, an FAQ
// block, star ratings, author cards with a bio, «مطالب مشابه» grids, reading progress bars, newsletter and
// app-download banners, medical disclaimers), and two non-article pages (a Namnak BMI calculator, a
// Beytoote category page). All six texts were written for this set; the names of all quoted officials,
// researchers, executives and analysts are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout23.ts          (build + check)
//        npx tsx scripts/build-heldout23.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout23');

/** An article of this set: the page furniture some magazines render from the text (key points, FAQ). */
interface Art23 extends Art { points?: string[]; faq?: [string, string][]; bio?: string }
const A = (c: Ctx) => c.a as Art23;

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** The instant moved by `min` minutes, in Tehran time («…+03:30»). */
const later = (c: Ctx, min: number) => {
  const t = new Date(new Date(c.iso).getTime() + (min + 210) * 60000).toISOString();
  return `${t.slice(0, 19)}+03:30`;
};
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
const stars = (v: number) => '★'.repeat(Math.round(v)) + '☆'.repeat(5 - Math.round(v));
const points = (c: Ctx, item = (t: string) => `<li>${esc(t)}</li>`) => (A(c).points ?? []).map(item).join('\n');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Salamat News (salamatnews.com, its own older news CMS): header with the slogan and the date line,
  // service menu, a breadcrumb path; news code, visible date «سه‌شنبه ۶ مرداد ۱۴۰۵ ساعت ۱۱:۴۰» and views;
  // og and article:published_time meta, NO JSON-LD; rutitr, title, lead in a box, photo; an in-body
  // «بخوانید:» link; «منبع:» line; tags; a STAR RATING («به این خبر امتیاز دهید», average and votes);
  // the medical disclaimer; an APP-DOWNLOAD banner; «مطالب مشابه» grid with thumbnails; most-viewed;
  // comments with the form; footer.
  salamatnews: {
    site: 'سلامت نیوز',
    boiler: ['پایگاه خبری تحلیلی سلامت نیوز', 'به این خبر امتیاز دهید', 'مطالب مشابه', 'پربیننده‌ترین اخبار', 'ارسال نظر', 'اپلیکیشن سلامت نیوز را نصب کنید', 'مطالب این خبر جنبه اطلاع‌رسانی دارد و جایگزین مشاوره با پزشک نیست', 'کلیه حقوق مادی و معنوی این سایت متعلق به سلامت نیوز است', 'بخوانید:'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>سلامت نیوز - ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:site_name" content="سلامت نیوز">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://www.salamatnews.com/images/docs/000${c.id.slice(0, 3)}/n00${c.id}-b.jpg">
<meta property="article:published_time" content="${c.iso}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.salamatnews.com/css/style.css?v=3.14">
</head>
<body>
<div id="wrapper">
<div class="header"><div class="top_line"><span class="today_date">${weekday(c)} ${faDate(c)}</span> <a href="https://www.salamatnews.com/rss">RSS</a> <a href="https://www.salamatnews.com/page/archive.html">آرشیو</a> <a href="https://www.salamatnews.com/page/contact.html">تماس با ما</a></div>
<div class="logo"><a href="https://www.salamatnews.com/"><img src="https://www.salamatnews.com/images/logo.png" alt="سلامت نیوز"></a><span class="slogan">پایگاه خبری تحلیلی سلامت نیوز</span></div>
<ul class="main_menu"><li><a href="https://www.salamatnews.com/">صفحه نخست</a></li><li><a href="https://www.salamatnews.com/service/medical">پزشکی</a></li><li><a href="https://www.salamatnews.com/service/drug">دارو و درمان</a></li><li><a href="https://www.salamatnews.com/service/health">بهداشت</a></li><li><a href="https://www.salamatnews.com/service/nutrition">تغذیه</a></li><li><a href="https://www.salamatnews.com/service/society">اجتماعی</a></li><li><a href="https://www.salamatnews.com/service/insurance">بیمه سلامت</a></li></ul></div>
<div class="ad_top"><a href="https://www.salamatnews.com/ads/click/218"><img src="https://www.salamatnews.com/files/adv/218_bime-takmili.gif" alt="بیمه تکمیلی درمان"></a></div>
<div class="main_body">
<div class="news_path"><a href="https://www.salamatnews.com/">صفحه نخست</a> » <a href="https://www.salamatnews.com/service/health">${esc(c.a.kicker)}</a></div>
<div class="news_toolsbar"><span class="news_nav news_id_c">کد خبر: ${persian(c.id)}</span> <span class="news_nav news_pdate_c">تاریخ انتشار: ${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</span> <span class="news_nav">تعداد بازدید: ${fmt(2184)}</span> <a class="news_print" href="https://www.salamatnews.com/news/print/${c.id}">نسخه چاپی</a></div>
<div class="news_body">
<div class="rutitr">غربالگری سرطان</div>
<h1 class="title">${esc(c.a.title)}</h1>
<div class="subtitle">${esc(c.a.lead ?? '')}</div>
<div class="news_image"><img src="https://www.salamatnews.com/images/docs/000${c.id.slice(0, 3)}/n00${c.id}-b.jpg" alt="${esc(c.a.caption)}"><div class="image_caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</div></div>
<div class="body" id="news_body_text">
${bodyHtml(c, (t) => `<div style="text-align: justify;">${t}</div>`, (t) => `<div><strong>${t}</strong></div>`, '', `<div class="read_also"><strong>بخوانید:</strong> <a href="https://www.salamatnews.com/news/${Number(c.id) - 1480}">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<div class="news_source">منبع: ${esc(c.a.author ?? '')}</div>
<div class="tags_title">برچسب‌ها</div><div class="tags_content">${tagLinks(c, 'https://www.salamatnews.com/tag/', ' | ')}</div>
<div class="news_rating"><span class="rating_title">به این خبر امتیاز دهید</span> <span class="stars">${stars(4)}</span> <span class="rating_avg">میانگین ${persian('4.2').replace('.', '٫')} از ${persian(5)}</span> <span class="rating_votes">(${persian(37)} رأی)</span></div>
<div class="med_disclaimer">مطالب این خبر جنبه اطلاع‌رسانی دارد و جایگزین مشاوره با پزشک نیست.</div>
<div class="share_box"><a href="https://t.me/share/url?url=https://www.salamatnews.com/fa/${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://www.salamatnews.com/fa/${c.id}">ایتا</a> <a href="https://wa.me/?text=https://www.salamatnews.com/fa/${c.id}">واتساپ</a> <span class="short_link">لینک کوتاه: salamatnews.com/fa/${c.id}</span></div>
</div>
<div class="app_banner"><a href="https://www.salamatnews.com/app"><img src="https://www.salamatnews.com/images/app-icon.png" alt=""><span>اپلیکیشن سلامت نیوز را نصب کنید</span><span>دریافت از بازار و مایکت</span></a></div>
<div class="similar_news"><div class="box_title">مطالب مشابه</div><div class="similar_grid">
${c.a.related.map((t, i) => `<div class="similar_item"><a href="https://www.salamatnews.com/news/${Number(c.id) - 211 - i * 43}"><img src="https://www.salamatnews.com/images/docs/thumb/${Number(c.id) - 211 - i * 43}.jpg" alt=""><span>${esc(t)}</span></a></div>`).join('\n')}
</div></div>
<div class="comments"><div class="box_title">نظرات</div>
${comments(c, (n, t, k) => `<div class="comment_item"><div class="comment_name">${n}</div><div class="comment_date">${persian(k ? '13:02' : '12:18')} - ${faDate(c)}</div><div class="comment_text">${t}</div></div>`)}
<form class="comment_form"><div class="box_title">ارسال نظر</div><input type="text" placeholder="نام"><input type="email" placeholder="ایمیل"><textarea placeholder="نظر شما"></textarea><button type="button">ارسال</button></form></div>
</div>
<div class="side_bar"><div class="box_title">پربیننده‌ترین اخبار</div><ul class="most_viewed">
${li(c.a.mostRead, 'https://www.salamatnews.com/news/', Number(c.id) - 3320)}
</ul></div>
<div class="footer"><p>کلیه حقوق مادی و معنوی این سایت متعلق به سلامت نیوز است.</p><p>نقل مطالب با ذکر منبع بلامانع است.</p></div>
</div>
<script src="https://www.salamatnews.com/js/jquery.min.js"></script>
</body>
</html>
`,
  },

  // Hamshahri Salamat (the health weekly of Hamshahri on the Hamshahri Online news CMS, salamat.hamshahrionline.ir):
  // the Hamshahri network bar (همشهری آنلاین، همشهری سلامت، همشهری جوان…), JSON-LD NewsArticle and
  // article:published_time +03:30, visible «تاریخ انتشار: پنجشنبه ۸ مرداد ۱۴۰۵ - ۰۹:۱۵»; a KEY-POINTS box
  // «خلاصه خبر» (bullets paraphrasing the text, with its numbers) between the lead and the body; the print
  // line «این مطلب در شماره … هفته‌نامه همشهری سلامت منتشر شده است»; the medical disclaimer; tags, related
  // «مطالب مرتبط», most-viewed, a NEWSLETTER box, comments, footer.
  hamshahrisalamat: {
    site: 'همشهری سلامت',
    boiler: ['خلاصه خبر', 'این مطلب در شماره ۹۱۴ هفته‌نامه همشهری سلامت منتشر شده است', 'این مطلب صرفاً جنبه اطلاع‌رسانی دارد و جایگزین تشخیص و درمان پزشک نیست', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'عضویت در خبرنامه همشهری سلامت', 'تمامی حقوق این سایت متعلق به مؤسسه همشهری است', 'همشهری جوان'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | همشهری سلامت</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="همشهری سلامت">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://images.hamshahrionline.ir/images/2026/7/salamat-${c.id}.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="تغذیه">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso, image: [`https://images.hamshahrionline.ir/images/2026/7/salamat-${c.id}.jpg`], author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'همشهری سلامت', logo: { '@type': 'ImageObject', url: 'https://salamat.hamshahrionline.ir/resources/theme/salamat/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://salamat.hamshahrionline.ir/resources/theme/salamat/css/style.css?v=5.1">
</head>
<body class="news-page">
<div class="network-bar"><a href="https://www.hamshahrionline.ir/">همشهری آنلاین</a> <a href="https://salamat.hamshahrionline.ir/" class="active">همشهری سلامت</a> <a href="https://javan.hamshahrionline.ir/">همشهری جوان</a> <a href="https://dochar.hamshahrionline.ir/">دوچرخه</a> <a href="https://newspaper.hamshahrionline.ir/">روزنامه همشهری</a></div>
<header class="header"><a href="https://salamat.hamshahrionline.ir/" class="logo"><img src="https://salamat.hamshahrionline.ir/resources/theme/salamat/img/logo.png" alt="همشهری سلامت"></a>
<nav class="menu"><a href="https://salamat.hamshahrionline.ir/service/news">خبر</a> <a href="https://salamat.hamshahrionline.ir/service/nutrition">تغذیه</a> <a href="https://salamat.hamshahrionline.ir/service/child">کودک</a> <a href="https://salamat.hamshahrionline.ir/service/psychology">روان‌شناسی</a> <a href="https://salamat.hamshahrionline.ir/service/disease">بیماری‌ها</a> <a href="https://salamat.hamshahrionline.ir/service/fitness">تناسب اندام</a> <a href="https://salamat.hamshahrionline.ir/service/beauty">زیبایی</a></nav></header>
<main class="container">
<article class="news" itemscope itemtype="https://schema.org/NewsArticle">
<ol class="breadcrumb"><li><a href="https://salamat.hamshahrionline.ir/">همشهری سلامت</a></li><li><a href="https://salamat.hamshahrionline.ir/service/nutrition">${esc(c.a.kicker)}</a></li></ol>
<div class="item-header"><h1 class="title" itemprop="headline">${esc(c.a.title)}</h1>
<div class="item-date"><span>تاریخ انتشار: ${weekday(c)} ${faDate(c)} - ${faTime(c)}</span> <span>کد خبر ${persian(c.id)}</span> <span class="author">نویسنده: ${esc(c.a.author ?? '')}</span></div></div>
<p class="introtext" itemprop="description">${esc(c.a.lead ?? '')}</p>
<figure class="item-img"><img src="https://images.hamshahrionline.ir/images/2026/7/salamat-${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="key-points"><h2>خلاصه خبر</h2><ul>
${points(c)}
</ul></div>
<div class="item-text" itemprop="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
</div>
<p class="print-line">این مطلب در شماره ۹۱۴ هفته‌نامه همشهری سلامت منتشر شده است.</p>
<div class="disclaimer">این مطلب صرفاً جنبه اطلاع‌رسانی دارد و جایگزین تشخیص و درمان پزشک نیست.</div>
<section class="tags"><h3>برچسب‌ها</h3>${tagLinks(c, 'https://salamat.hamshahrionline.ir/tags/', ' ')}</section>
<div class="short-link">لینک کوتاه: https://salamat.hamshahrionline.ir/x/${c.id}</div>
</article>
<section class="related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://salamat.hamshahrionline.ir/news/', Number(c.id) - 288)}
</ul></section>
<section class="newsletter"><h2>عضویت در خبرنامه همشهری سلامت</h2><p>هر هفته تازه‌ترین خبرها و توصیه‌های سلامت را در ایمیل خود بخوانید.</p><input type="email" placeholder="ایمیل شما"><button type="button">عضویت</button></section>
<section class="comments"><h2>نظر شما</h2>
${comments(c, (n, t) => `<div class="comment"><strong>${n}</strong><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="نظر"></textarea><button type="button">ارسال نظر</button></form></section>
<aside class="most-viewed"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://salamat.hamshahrionline.ir/news/', Number(c.id) - 1630)}
</ol></aside>
</main>
<footer class="footer"><p>تمامی حقوق این سایت متعلق به مؤسسه همشهری است.</p><p>هفته‌نامه همشهری سلامت، هر پنجشنبه در دکه‌های مطبوعاتی</p></footer>
</body>
</html>
`,
  },

  // Digiato (its own Laravel/Vue front end since it left WordPress): a READING PROGRESS BAR at the top, header
  // with menu and search; breadcrumb; the visible date «۱ مرداد ۱۴۰۵» WITHOUT time next to the reading time,
  // the instant only in JSON-LD NewsArticle (datePublished +03:30, a later dateModified); bold lead; cover with
  // caption; an in-body «بیشتر بخوانید:» LIST of two links; a PRODUCT CARD after the body with the phone's
  // specs (numbers the text also gives); tags, share, an AUTHOR CARD with bio, related, comments with
  // likes, a NEWSLETTER box, footer.
  digiato: {
    site: 'دیجیاتو',
    boiler: ['بیشتر بخوانید:', 'مشخصات کلیدی', 'مقایسه با سایر گوشی‌ها', 'زمان مطالعه', 'درباره نویسنده', 'مطالب مرتبط', 'دیدگاه کاربران', 'عضویت در خبرنامه دیجیاتو', 'تمامی حقوق برای دیجیاتو محفوظ است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - دیجیاتو</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:site_name" content="دیجیاتو">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://static.digiato.com/digiato/2026/07/galaxy-z-fold8-unpacked.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: later(c, 135), author: [{ '@type': 'Person', name: c.a.author, url: 'https://digiato.com/author/a-sadeghi' }], image: ['https://static.digiato.com/digiato/2026/07/galaxy-z-fold8-unpacked.jpg'], publisher: { '@type': 'Organization', name: 'دیجیاتو', logo: { '@type': 'ImageObject', url: 'https://digiato.com/img/logo.svg' } } })}</script>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'دیجیاتو', item: 'https://digiato.com/' }, { '@type': 'ListItem', position: 2, name: 'موبایل', item: 'https://digiato.com/topic/mobile' }, { '@type': 'ListItem', position: 3, name: c.a.title }] })}</script>
<link rel="stylesheet" href="https://digiato.com/build/assets/app-5b1f9c0e.css">
</head>
<body class="single-post">
<div class="readingProgress" role="progressbar" aria-label="پیشرفت مطالعه"><div class="readingProgress__bar" style="width:0%"></div></div>
<header class="dgHeader"><a href="https://digiato.com/" class="dgHeader__logo"><img src="https://digiato.com/img/logo.svg" alt="دیجیاتو"></a>
<nav class="dgHeader__menu"><a href="https://digiato.com/topic/mobile">موبایل</a> <a href="https://digiato.com/topic/tech">تکنولوژی</a> <a href="https://digiato.com/topic/startup">استارتاپ</a> <a href="https://digiato.com/topic/car">خودرو</a> <a href="https://digiato.com/topic/game">بازی</a> <a href="https://digiato.com/topic/science">علم</a> <a href="https://digiato.com/review">بررسی</a> <a href="https://digiato.com/video">ویدیو</a></nav>
<form class="dgHeader__search" action="https://digiato.com/search"><input type="search" name="q" placeholder="جستجو در دیجیاتو"></form></header>
<main class="dgMain">
<article class="dgArticle">
<nav class="dgBreadcrumb"><a href="https://digiato.com/">دیجیاتو</a> › <a href="https://digiato.com/topic/mobile">موبایل</a> › <span>${esc(c.a.kicker)}</span></nav>
<h1 class="dgArticle__title">${esc(c.a.title)}</h1>
<div class="dgArticle__meta"><a href="https://digiato.com/author/a-sadeghi" class="dgArticle__author"><img src="https://static.digiato.com/authors/a-sadeghi.jpg" alt="">${esc(c.a.author ?? '')}</a> <span class="dgArticle__date">${faDate(c)}</span> <span class="dgArticle__read">زمان مطالعه: ${persian(4)} دقیقه</span> <span class="dgArticle__comments">${persian(c.a.comments.length)} دیدگاه</span></div>
<div class="dgArticle__excerpt"><p><strong>${esc(c.a.lead ?? '')}</strong></p></div>
<figure class="dgArticle__cover"><img src="https://static.digiato.com/digiato/2026/07/galaxy-z-fold8-unpacked.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>
<div class="dgArticle__content articlePost">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '', `<div class="readMore"><strong>بیشتر بخوانید:</strong><ul><li><a href="https://digiato.com/mobile/galaxy-z-fold7-review">${esc(c.a.inline ?? '')}</a></li><li><a href="https://digiato.com/mobile/foldable-phones-market-2025">بازار گوشی‌های تاشو در سال ۲۰۲۵ چقدر رشد کرد؟</a></li></ul></div>`)}
</div>
<div class="productCard"><img src="https://static.digiato.com/products/galaxy-z-fold8.png" alt=""><div><h3>مشخصات کلیدی گلکسی زد فولد ۸</h3><ul><li>نمایشگر داخلی: ${persian('8.2').replace('.', '٫')} اینچ Dynamic AMOLED</li><li>نمایشگر بیرونی: ${persian('6.5').replace('.', '٫')} اینچ</li><li>دوربین اصلی: ${persian(200)} مگاپیکسل</li><li>باتری: ${fmt(5000)} میلی‌آمپر ساعت</li><li>وزن: ${persian(212)} گرم</li></ul><a href="https://digiato.com/compare">مقایسه با سایر گوشی‌ها</a></div></div>
<div class="dgTags">${tagLinks(c, 'https://digiato.com/tag/', ' ', 'dgTag')}</div>
<div class="dgShare"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=https://dgto.ir/3k9z">تلگرام</a> <a href="https://x.com/intent/tweet?url=https://dgto.ir/3k9z">ایکس</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://dgto.ir/3k9z">لینکدین</a> <button type="button" data-copy="https://dgto.ir/3k9z">کپی لینک</button></div>
<div class="authorBox"><img src="https://static.digiato.com/authors/a-sadeghi.jpg" alt=""><div><span class="authorBox__label">درباره نویسنده</span><strong>${esc(c.a.author ?? '')}</strong><p>${esc(A(c).bio ?? '')}</p><a href="https://digiato.com/author/a-sadeghi">مشاهده همه مطالب</a></div></div>
</article>
<section class="dgRelated"><h2>مطالب مرتبط</h2><div class="dgRelated__grid">
${c.a.related.map((t, i) => `<a class="dgCard" href="https://digiato.com/mobile/${Number(c.id) - 40 - i * 9}"><img src="https://static.digiato.com/thumb/${Number(c.id) - 40 - i * 9}.jpg" alt=""><h3>${esc(t)}</h3></a>`).join('\n')}
</div></section>
<section class="dgComments"><h2>دیدگاه کاربران</h2>
${comments(c, (n, t, k) => `<div class="dgComment"><div class="dgComment__head"><b>${n}</b> <span>${persian(k ? 1 : 2)} ساعت پیش</span></div><p>${t}</p><span class="dgComment__like">${persian(k ? 4 : 17)}</span></div>`)}
<form><textarea placeholder="دیدگاه خود را بنویسید"></textarea><button type="button">ثبت دیدگاه</button></form></section>
<aside class="dgSidebar"><h2>پربازدیدترین‌های دیجیاتو</h2><ol>
${li(c.a.mostRead, 'https://digiato.com/tech/', Number(c.id) - 700)}
</ol>
<div class="dgNewsletter"><h3>عضویت در خبرنامه دیجیاتو</h3><p>خلاصه مهم‌ترین خبرهای فناوری، هر صبح در ایمیل شما.</p><input type="email" placeholder="آدرس ایمیل"><button type="button">عضویت</button></div></aside>
</main>
<footer class="dgFooter"><p>تمامی حقوق برای دیجیاتو محفوظ است.</p><p><a href="https://digiato.com/about">درباره ما</a> <a href="https://digiato.com/contact">تماس با ما</a> <a href="https://digiato.com/advertising">تبلیغات</a></p></footer>
<script type="module" src="https://digiato.com/build/assets/app-9d2e4a71.js"></script>
</body>
</html>
`,
  },

  // Techrasa on WORDPRESS (its own theme; Yoast SEO's schema graph and article:published_time in Tehran time,
  // the site's clock set to Asia/Tehran; visible date «۱۱ مرداد ۱۴۰۵» without time); a KEY-POINTS box
  // «نکات کلیدی» INSIDE .entry-content before the first paragraph (bullets paraphrasing the text); the lead is
  // the first content paragraph in bold; an in-body event banner for Techrasa's own event; tags, share,
  // an AUTHOR CARD with bio, «مطالب مشابه» grid, a NEWSLETTER box, comments, footer with the English edition link.
  techrasa: {
    site: 'تک‌رسا',
    boiler: ['نکات کلیدی', 'درباره نویسنده', 'مطالب مشابه', 'عضویت در خبرنامه تک‌رسا', 'دیدگاهتان را بنویسید', 'تمامی حقوق برای تک‌رسا محفوظ است', 'رسانه اکوسیستم استارتاپی ایران', 'ثبت‌نام در همایش'],
    render: (c) => `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - تک‌رسا</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="تک‌رسا">
<meta property="article:publisher" content="https://www.facebook.com/techrasa">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:modified_time" content="${later(c, 50)}">
<meta property="og:image" content="https://techrasa.com/wp-content/uploads/2026/08/innovation-fund-ai-loans.jpg">
<meta name="author" content="${esc(c.a.author ?? '')}">
<script type="application/ld+json" class="yoast-schema-graph">${js({ '@context': 'https://schema.org', '@graph': [
  { '@type': 'Article', '@id': `${c.a.url}#article`, isPartOf: { '@id': c.a.url }, author: { name: c.a.author }, headline: c.a.title, datePublished: c.iso, dateModified: later(c, 50), articleSection: ['اخبار', 'تامین مالی'], inLanguage: 'fa-IR' },
  { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: `${c.a.title} - تک‌رسا`, datePublished: c.iso, breadcrumb: { '@id': `${c.a.url}#breadcrumb` } },
  { '@type': 'Organization', name: 'تک‌رسا', url: 'https://techrasa.com/' },
] })}</script>
<link rel="stylesheet" id="techrasa-style-css" href="https://techrasa.com/wp-content/themes/techrasa/style.css?ver=4.3.1" type="text/css" media="all">
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard">
<div class="tr-progress"><span class="tr-progress__bar"></span></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://techrasa.com/" rel="home"><img src="https://techrasa.com/wp-content/uploads/2023/01/techrasa-logo.svg" alt="تک‌رسا"></a><p class="site-description">رسانه اکوسیستم استارتاپی ایران</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item current-menu-parent"><a href="https://techrasa.com/category/news/">اخبار</a></li><li class="menu-item"><a href="https://techrasa.com/category/startups/">استارتاپ‌ها</a></li><li class="menu-item"><a href="https://techrasa.com/category/investment/">سرمایه‌گذاری</a></li><li class="menu-item"><a href="https://techrasa.com/category/ai/">هوش مصنوعی</a></li><li class="menu-item"><a href="https://techrasa.com/category/events/">رویدادها</a></li><li class="menu-item"><a href="https://techrasa.com/category/interview/">گفت‌وگو</a></li><li class="menu-item"><a href="https://techrasa.com/en/">English</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${c.id}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail category-news">
<header class="entry-header"><div class="breadcrumbs"><span><a href="https://techrasa.com/">خانه</a></span> » <span><a href="https://techrasa.com/category/news/">${esc(c.a.kicker)}</a></span></div>
<h1 class="entry-title">${esc(c.a.title)}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="https://techrasa.com/author/m-azizi/">${esc(c.a.author ?? '')}</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="${c.iso}">${faDate(c)}</time></span> <span class="reading-time">${persian(5)} دقیقه مطالعه</span></div></header>
<div class="post-thumbnail"><img width="1200" height="675" src="https://techrasa.com/wp-content/uploads/2026/08/innovation-fund-ai-loans.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="${esc(c.a.caption)}"><span class="thumbnail-caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</span></div>
<div class="entry-content">
<div class="key-takeaways"><p class="key-takeaways__title">نکات کلیدی</p><ul>
${points(c)}
</ul></div>
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="wp-block-heading">${t}</h2>`, '', `<div class="tr-event-banner"><a href="https://techrasa.com/events/ai-summit-1405/"><img src="https://techrasa.com/wp-content/uploads/2026/07/ai-summit-banner.jpg" alt=""><span>${esc(c.a.inline ?? '')}</span><span class="tr-event-banner__cta">ثبت‌نام در همایش</span></a></div>`)}
</div>
<footer class="entry-footer"><span class="tags-links">برچسب‌ها: ${tagLinks(c, 'https://techrasa.com/tag/', '، ')}</span>
<div class="tr-share"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(c.a.url)}">لینکدین</a> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(c.a.url)}">ایکس</a></div></footer>
<div class="author-card"><img src="https://techrasa.com/wp-content/uploads/avatars/m-azizi.jpg" alt=""><div class="author-card__info"><span class="author-card__label">درباره نویسنده</span><a href="https://techrasa.com/author/m-azizi/">${esc(c.a.author ?? '')}</a><p>${esc(A(c).bio ?? '')}</p></div></div>
</article>
<section class="related-posts"><h2 class="related-posts__title">مطالب مشابه</h2><div class="related-posts__grid">
${c.a.related.map((t, i) => `<article class="related-post"><a href="https://techrasa.com/${c.g.y}/${c.g.m}/${Number(c.g.d) - 1 - i}/related-${i}/"><img src="https://techrasa.com/wp-content/uploads/2026/07/related-${i}-300x169.jpg" alt=""><h3>${esc(t)}</h3></a></article>`).join('\n')}
</div></section>
<section class="newsletter-box"><h2>عضویت در خبرنامه تک‌رسا</h2><p>هر هفته مهم‌ترین خبرهای استارتاپی و سرمایه‌گذاری را دریافت کنید.</p><form><input type="email" placeholder="ایمیل"><button type="submit">عضویت</button></form></section>
<div id="comments" class="comments-area">
${comments(c, (n, t) => `<div class="comment-body"><div class="comment-author vcard"><b class="fn">${n}</b></div><div class="comment-content"><p>${t}</p></div></div>`)}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید</h3><form action="https://techrasa.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment" rows="6"></textarea><input name="submit" type="submit" id="submit" class="submit" value="فرستادن دیدگاه"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_popular"><h2 class="widget-title">پربازدیدترین‌ها</h2><ul>
${li(c.a.mostRead, 'https://techrasa.com/?p=', Number(c.id) - 5100)}
</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">تمامی حقوق برای تک‌رسا محفوظ است. <a href="https://techrasa.com/en/">TechRasa English</a></div></footer>
<script src="https://techrasa.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</body>
</html>
`,
  },

  // Chetor (chetor.com, WORDPRESS with its own magazine theme): a READING PROGRESS BAR; the visible date is only
  // «آخرین به‌روزرسانی: ۱۴ مرداد ۱۴۰۵» (the next day), the publication instant only in article:published_time
  // and the JSON-LD graph (+03:30); author and reading time; the lead as a bold intro paragraph, then a
  // TABLE-OF-CONTENTS box «فهرست مطالب» (the text's subheadings, numbered), the text with subheadings; a
  // pull-out «بیشتر بخوانید» link; after the text an FAQ block «سوالات متداول» (questions and short answers
  // with numbers) with FAQPage JSON-LD, the MEDICAL DISCLAIMER, a STAR RATING, an AUTHOR CARD with bio,
  // «مطالب مشابه» grid, an APP-DOWNLOAD banner, comments, footer.
  chetor: {
    site: 'چطور',
    boiler: ['فهرست مطالب', 'سوالات متداول', 'این مقاله صرفاً جنبه آموزشی و اطلاع‌رسانی دارد و جایگزین مشاوره با پزشک یا روانپزشک نیست', 'به این مطلب امتیاز دهید', 'مطالب مشابه', 'اپلیکیشن چطور را نصب کنید', 'دیدگاه‌ها', 'کلیه حقوق مادی و معنوی برای مجله اینترنتی چطور محفوظ است', 'آخرین به‌روزرسانی', 'بیشتر بخوانید'],
    render: (c) => {
      const heads = c.a.paras.filter((p) => p.startsWith('## ')).map(plain);
      const faq = A(c).faq ?? [];
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | مجله اینترنتی چطور</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="چطور">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:modified_time" content="${later(c, 1140)}">
<meta property="og:image" content="https://chetor.com/wp-content/uploads/2026/08/walking-depression-study.jpg">
<script type="application/ld+json" class="yoast-schema-graph">${js({ '@context': 'https://schema.org', '@graph': [
  { '@type': 'NewsArticle', '@id': `${c.a.url}#article`, headline: c.a.title, datePublished: c.iso, dateModified: later(c, 1140), author: { '@type': 'Person', name: c.a.author }, articleSection: ['سلامت روان', 'اخبار سلامت'], inLanguage: 'fa-IR' },
  { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: c.a.title, datePublished: c.iso, dateModified: later(c, 1140) },
] })}</script>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: faq.map(([q, a]) => ({ '@type': 'Question', name: q, acceptedAnswer: { '@type': 'Answer', text: a } })) })}</script>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'CreativeWorkSeries', name: c.a.title, aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', bestRating: '5', ratingCount: '128' } })}</script>
<link rel="stylesheet" href="https://chetor.com/wp-content/themes/chetor/assets/css/main.min.css?ver=9.4.2" type="text/css" media="all">
</head>
<body class="rtl post-template-default single single-post postid-${c.id}">
<div id="reading-progress" class="reading-progress"><div class="reading-progress-fill"></div></div>
<header class="ch-header"><a class="ch-logo" href="https://chetor.com/"><img src="https://chetor.com/wp-content/themes/chetor/assets/img/logo.svg" alt="مجله اینترنتی چطور"></a>
<nav class="ch-menu"><a href="https://chetor.com/category/health/">سلامت</a> <a href="https://chetor.com/category/psychology/">روانشناسی</a> <a href="https://chetor.com/category/fitness/">ورزش و تناسب اندام</a> <a href="https://chetor.com/category/nutrition/">تغذیه</a> <a href="https://chetor.com/category/family/">خانواده</a> <a href="https://chetor.com/category/success/">موفقیت</a> <a href="https://chetor.com/category/news/">اخبار سلامت</a></nav></header>
<main class="ch-main">
<article class="ch-post">
<nav class="ch-breadcrumb"><a href="https://chetor.com/">چطور</a> / <a href="https://chetor.com/category/psychology/">روانشناسی</a> / <a href="https://chetor.com/category/news/">${esc(c.a.kicker)}</a></nav>
<h1 class="ch-post__title">${esc(c.a.title)}</h1>
<div class="ch-post__meta"><span class="ch-post__author">نویسنده: <a href="https://chetor.com/author/n-karimi/">${esc(c.a.author ?? '')}</a></span> <span class="ch-post__updated">آخرین به‌روزرسانی: ${persian(Number(c.d) + 1)} ${c.mn} ${persian(c.y)}</span> <span class="ch-post__read">زمان مطالعه: ${persian(5)} دقیقه</span></div>
<figure class="ch-post__thumb"><img src="https://chetor.com/wp-content/uploads/2026/08/walking-depression-study.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} (${esc(c.a.credit)})</figcaption></figure>
<div class="ch-post__content entry-content">
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter-rtl"><div class="ez-toc-title-container"><p class="ez-toc-title">فهرست مطالب</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle" aria-label="نمایش/پنهان کردن فهرست">نمایش/پنهان</a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${heads.map((h, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#h-${i + 1}">${esc(h)}</a></li>`).join('')}</ul></nav></div>
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2><span class="ez-toc-section"></span>${t}</h2>`, '', `<p class="ch-readmore">بیشتر بخوانید: <a href="https://chetor.com/${Number(c.id) - 9120}-walking-benefits/">${esc(c.a.inline ?? '')}</a></p>`)}
<div class="ch-faq"><h2>سوالات متداول</h2>
${faq.map(([q, a]) => `<div class="ch-faq__item"><h3 class="ch-faq__q">${esc(q)}</h3><div class="ch-faq__a"><p>${esc(a)}</p></div></div>`).join('\n')}
</div>
<div class="ch-disclaimer"><p>این مقاله صرفاً جنبه آموزشی و اطلاع‌رسانی دارد و جایگزین مشاوره با پزشک یا روانپزشک نیست.</p></div>
</div>
<div class="ch-rating"><span class="ch-rating__title">به این مطلب امتیاز دهید</span> <span class="ch-rating__stars">${stars(4.6)}</span> <span class="ch-rating__value">${persian('4.6').replace('.', '٫')} از ${persian(5)} (${persian(128)} رأی)</span></div>
<div class="ch-tags">${tagLinks(c, 'https://chetor.com/tag/', ' ', 'ch-tag')}</div>
<div class="ch-author-card"><img src="https://chetor.com/wp-content/uploads/avatars/n-karimi-96x96.jpg" alt=""><div><a href="https://chetor.com/author/n-karimi/" class="ch-author-card__name">${esc(c.a.author ?? '')}</a><p class="ch-author-card__bio">${esc(A(c).bio ?? '')}</p></div></div>
</article>
<section class="ch-related"><h2>مطالب مشابه</h2><div class="ch-related__grid">
${c.a.related.map((t, i) => `<a class="ch-card" href="https://chetor.com/${Number(c.id) - 300 - i * 57}-related/"><img src="https://chetor.com/wp-content/uploads/2026/07/related-${i}-360x240.jpg" alt=""><span class="ch-card__cat">روانشناسی</span><h3>${esc(t)}</h3></a>`).join('\n')}
</div></section>
<div class="ch-app-banner"><img src="https://chetor.com/wp-content/themes/chetor/assets/img/app.png" alt=""><p>اپلیکیشن چطور را نصب کنید</p><p>دوره‌های آموزشی و مقالات چطور، همیشه در جیب شما</p><a href="https://chetor.com/app/">دانلود</a></div>
<section id="comments" class="ch-comments"><h2>دیدگاه‌ها</h2>
${comments(c, (n, t) => `<div class="comment-body"><b class="fn">${n}</b><div class="comment-content"><p>${t}</p></div></div>`)}
<form id="commentform"><textarea name="comment" placeholder="دیدگاه شما"></textarea><input type="submit" value="ارسال دیدگاه"></form></section>
<aside class="ch-sidebar"><h2>پربازدیدترین مطالب</h2><ul>
${li(c.a.mostRead, 'https://chetor.com/', Number(c.id) - 14100)}
</ul></aside>
</main>
<footer class="ch-footer"><p>کلیه حقوق مادی و معنوی برای مجله اینترنتی چطور محفوظ است.</p><p><a href="https://chetor.com/about/">درباره ما</a> <a href="https://chetor.com/contact/">تماس با ما</a></p></footer>
</body>
</html>
`;
    },
  },

  // Khabar Online's SCIENCE section (the agency CMS of khabaronline.ir): top bar with the date, service menu
  // and the science sub-menu (نجوم، فناوری، محیط زیست…); «کد خبر ۲۰۴۵۸۷۱» and the date «پنجشنبه ۱۵ مرداد
  // ۱۴۰۵ - ۱۰:۲۰» in .item-date; JSON-LD NewsArticle +03:30 and article:published_time; the lead in
  // p.introtext, a photo; an in-body «بیشتر بخوانید» box; a small GALLERY of the first spectra with captions
  // after the text; «منبع» line; tags, share row, short link, «اخبار مرتبط», «پربازدیدترین‌ها», comments,
  // an APP banner and the footer.
  khabaronline: {
    site: 'خبرآنلاین',
    boiler: ['بیشتر بخوانید', 'تصاویر نخستین طیف‌های ثبت‌شده', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'نظر شما', 'اپلیکیشن خبرآنلاین', 'کلیه حقوق این سایت متعلق به خبرآنلاین است', 'لینک کوتاه', 'طیف یکی از ستارگان متغیر در طیف‌نگار تازه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - خبرآنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="خبرآنلاین">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://media.khabaronline.ir/d/2026/08/06/4/${c.id}.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="علم و فناوری">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="https://khabaronline.ir/x${c.id.slice(-5)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso, image: [`https://media.khabaronline.ir/d/2026/08/06/4/${c.id}.jpg`], mainEntityOfPage: c.a.url, publisher: { '@type': 'Organization', name: 'خبرآنلاین', logo: { '@type': 'ImageObject', url: 'https://www.khabaronline.ir/resources/theme/khabaronline/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.khabaronline.ir/resources/theme/khabaronline/css/style.css?v=7.3">
</head>
<body class="news">
<div class="top-bar"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.khabaronline.ir/newsstudios/archive">آرشیو</a> <a href="https://www.khabaronline.ir/rss-help">RSS</a></div>
<header class="header"><a href="https://www.khabaronline.ir/" class="logo"><img src="https://www.khabaronline.ir/resources/theme/khabaronline/img/logo.png" alt="خبرآنلاین"></a>
<nav class="menu"><a href="https://www.khabaronline.ir/service/Politics">سیاسی</a> <a href="https://www.khabaronline.ir/service/Economy">اقتصادی</a> <a href="https://www.khabaronline.ir/service/society">جامعه</a> <a href="https://www.khabaronline.ir/service/World">جهان</a> <a href="https://www.khabaronline.ir/service/culture">فرهنگی</a> <a href="https://www.khabaronline.ir/service/sport">ورزشی</a> <a class="active" href="https://www.khabaronline.ir/service/science">علم و فناوری</a></nav>
<nav class="sub-menu"><a href="https://www.khabaronline.ir/service/science/astronomy">نجوم</a> <a href="https://www.khabaronline.ir/service/science/technology">فناوری</a> <a href="https://www.khabaronline.ir/service/science/environment">محیط زیست</a> <a href="https://www.khabaronline.ir/service/science/health">پزشکی</a> <a href="https://www.khabaronline.ir/service/science/space">فضا</a></nav></header>
<main class="main">
<article class="item" itemscope itemtype="https://schema.org/NewsArticle">
<ol class="breadcrumb"><li><a href="https://www.khabaronline.ir/service/science">علم و فناوری</a></li><li><a href="https://www.khabaronline.ir/service/science/astronomy">${esc(c.a.kicker)}</a></li></ol>
<div class="item-date"><span>کد خبر ${persian(c.id)}</span> <span>${weekday(c)} ${faDate(c)} - ${faTime(c)}</span></div>
<h1 class="title" itemprop="headline">${esc(c.a.title)}</h1>
<p class="introtext" itemprop="description">${esc(c.a.lead ?? '')}</p>
<figure class="item-img"><img src="https://media.khabaronline.ir/d/2026/08/06/4/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="item-text" itemprop="articleBody">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<div class="more-box"><span>بیشتر بخوانید</span><ul><li><a href="https://www.khabaronline.ir/news/${Number(c.id) - 3911}">${esc(c.a.inline ?? '')}</a></li></ul></div>`)}
</div>
<div class="item-gallery"><h3>تصاویر نخستین طیف‌های ثبت‌شده</h3><figure><img src="https://media.khabaronline.ir/d/2026/08/06/4/${c.id}-g1.jpg" alt=""><figcaption>طیف یکی از ستارگان متغیر در طیف‌نگار تازه</figcaption></figure><figure><img src="https://media.khabaronline.ir/d/2026/08/06/4/${c.id}-g2.jpg" alt=""><figcaption>گنبد تلسکوپ رصدخانه ملی در شب نخست طیف‌نگاری</figcaption></figure></div>
<div class="item-source">منبع: خبرآنلاین</div>
<section class="tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.khabaronline.ir/tag/', ' ')}</section>
<div class="item-share"><a href="https://t.me/share/url?url=https://khabaronline.ir/x${c.id.slice(-5)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://khabaronline.ir/x${c.id.slice(-5)}">ایتا</a> <a href="https://x.com/intent/tweet?url=https://khabaronline.ir/x${c.id.slice(-5)}">ایکس</a> <span class="short-link">لینک کوتاه: khabaronline.ir/x${c.id.slice(-5)}</span> <a href="https://www.khabaronline.ir/print/${c.id}">نسخه چاپی</a></div>
</article>
<section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.khabaronline.ir/news/', Number(c.id) - 6120)}
</ul></section>
<section class="comments"><h2>نظر شما</h2>
${comments(c, (n, t) => `<div class="comment"><b>${n}</b><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></section>
<aside class="most-viewed"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.khabaronline.ir/news/', Number(c.id) - 9420)}
</ol></aside>
<div class="app-banner"><a href="https://www.khabaronline.ir/app">اپلیکیشن خبرآنلاین</a> <span>نسخه اندروید و iOS</span></div>
</main>
<footer class="footer"><p>کلیه حقوق این سایت متعلق به خبرآنلاین است.</p><p>استفاده از مطالب با ذکر منبع آزاد است.</p></footer>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The six texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art23[] = [
  {
    name: 'salamatnews-colorectal-screening-provinces', site: 'salamatnews', author: 'سلامت نیوز', inlineAt: 4,
    inline: 'نرخ بقای بیماران سرطانی در ایران چقدر است؟',
    url: 'https://www.salamatnews.com/news/412587/غربالگری-رایگان-سرطان-روده-بزرگ-به-۱۲-استان-رسید',
    title: 'غربالگری رایگان سرطان روده بزرگ به ۱۲ استان رسید؛ هدف، آزمایش ۳ میلیون نفر تا پایان سال',
    kicker: 'بهداشت', date: '۶ مرداد ۱۴۰۵ - ۱۱:۴۰',
    lead: 'رئیس اداره سرطان وزارت بهداشت از آغاز مرحله تازه برنامه ملی غربالگری سرطان روده بزرگ در ۱۲ استان خبر داد و گفت آزمایش خون مخفی در مدفوع برای افراد ۵۰ تا ۶۵ ساله در مراکز خدمات جامع سلامت رایگان انجام می‌شود.',
    paras: [
      'به گزارش سلامت نیوز، محمدحسین طاهرخانی امروز (سه‌شنبه) در نشست خبری مشترک وزارت بهداشت و دفتر سازمان جهانی بهداشت در تهران افزود: در مرحله نخست این برنامه که از سال ۱۴۰۳ در ۵ استان اجرا شد، یک میلیون و ۲۰۰ هزار نفر آزمایش دادند و برای ۳۸ هزار نفر که نتیجه آزمایششان مثبت بود، کولونوسکوپی درخواست شد.',
      'وی ادامه داد: در ۶۴۰ نفر از این گروه سرطان و در بیش از ۴ هزار و ۳۰۰ نفر پولیپ پیش‌سرطانی تشخیص داده شد. بیشتر این بیماران در مرحله‌ای شناسایی شدند که درمانشان ساده‌تر و کم‌هزینه‌تر است.',
      'در این نشست که نسرین اقبالی‌زاده، دبیر انجمن متخصصان گوارش و کبد ایران، و نمایندگان معاونت درمان وزارت بهداشت نیز حضور داشتند، طاهرخانی گفت هدف این است که تا پایان سال ۱۴۰۵ دست‌کم ۳ میلیون نفر در ۱۲ استان آزمایش شوند. به گفته او، اعتبار این مرحله هزار و ۸۰۰ میلیارد تومان است و هر کیت آزمایش حدود ۲۴۰ هزار تومان برای دولت هزینه دارد.',
      'یوهانس برگمن، نماینده سازمان جهانی بهداشت در ایران، نیز در این نشست گفت: سرطان روده بزرگ در جهان سومین سرطان شایع و دومین علت مرگ ناشی از سرطان است. کشورهایی که غربالگری منظم را اجرا کرده‌اند، مرگ ناشی از این بیماری را تا ۳۰ درصد کاهش داده‌اند.',
      'برگمن افزود که سازمان جهانی بهداشت ۵۰ هزار کیت آزمایش و هزینه آموزش ۲۰۰ پزشک خانواده را برای استان‌های مرزی تأمین می‌کند.',
      'اقبالی‌زاده اما از کمبود مراکز کولونوسکوپی در استان‌های کم‌برخوردار انتقاد کرد و گفت: در برخی استان‌ها بیمار تا سه ماه در نوبت کولونوسکوپی می‌ماند. وقتی نتیجه آزمایش مثبت است و بیمار ماه‌ها منتظر می‌ماند، غربالگری عملاً بی‌اثر می‌شود.',
      'دبیر انجمن متخصصان گوارش و کبد ایران افزود: در کل کشور حدود ۹۰۰ فوق‌تخصص گوارش فعالیت می‌کنند که نزدیک به ۶۰ درصد آنان در تهران، مشهد، اصفهان، شیراز و تبریز مستقرند.',
      'طاهرخانی در پاسخ به این انتقاد گفت: قرارداد خرید ۴۰ دستگاه کولونوسکوپ بسته شده و این دستگاه‌ها تا پایان آذر میان بیمارستان‌های دانشگاهی سیستان و بلوچستان، کردستان، لرستان و خراسان جنوبی توزیع می‌شود.',
      'بر اساس اعلام وزارت بهداشت، ساکنان ۵۰ تا ۶۵ ساله این ۱۲ استان می‌توانند با مراجعه به نزدیک‌ترین مرکز خدمات جامع سلامت یا ثبت‌نام در سامانه سیب، کیت آزمایش را رایگان دریافت کنند. به گزارش این وزارتخانه، سالانه حدود ۱۰ هزار نفر در کشور بر اثر سرطان روده بزرگ جان خود را از دست می‌دهند.',
    ],
    tags: ['سرطان روده بزرگ', 'غربالگری سرطان', 'سامانه سیب', 'کولونوسکوپی'],
    caption: 'کیت آزمایش خون مخفی در مدفوع در یک مرکز خدمات جامع سلامت', credit: 'عکس: ایسنا',
    related: ['هزینه شیمی‌درمانی در بیمه پایه چقدر است؟', 'علائم هشداردهنده سرطان روده که نباید نادیده گرفت', 'غربالگری سرطان پستان در مراکز بهداشت رایگان شد'],
    mostRead: ['افزایش حقوق پرستاران از مرداد اجرا می‌شود', 'کمبود انسولین قلمی در داروخانه‌ها', 'نوبت‌دهی اینترنتی بیمارستان‌های دولتی تغییر کرد', 'هشدار درباره گرمازدگی در روزهای آینده'],
    comments: [['محمد از زاهدان', 'در زاهدان برای کولونوسکوپی دو ماه نوبت دادند؛ کاش زودتر دستگاه‌ها برسد.'], ['ناشناس', 'سامانه سیب برای ثبت‌نام خیلی کند است.']],
    speakers: [
      { name: 'محمدحسین طاهرخانی', role: 'رئیس اداره سرطان وزارت بهداشت', also_called: ['وی', 'طاهرخانی', 'او'], statements: 6 },
      { name: 'یوهانس برگمن', role: 'نماینده سازمان جهانی بهداشت در ایران', also_called: ['برگمن'], statements: 2 },
      { name: 'نسرین اقبالی‌زاده', role: 'دبیر انجمن متخصصان گوارش و کبد ایران', also_called: ['اقبالی‌زاده'], statements: 2 },
    ],
    speakers_never: ['وزارت بهداشت', 'سازمان جهانی بهداشت', 'معاونت درمان وزارت بهداشت'],
    figures: [
      { value: 12, unit: 'استان', kind: 'count', about: 'استان‌های مرحله تازه غربالگری (title, lead, last paragraph)' },
      { value: 3000000, unit: 'نفر', kind: 'count', about: '«۳ میلیون نفر» هدف آزمایش تا پایان سال (title)' },
      { value: 5, unit: 'استان', kind: 'count', about: 'استان‌های مرحله نخست' },
      { value: 1200000, unit: 'نفر', kind: 'count', about: '«یک میلیون و ۲۰۰ هزار نفر» آزمایش‌شده در مرحله نخست' },
      { value: 38000, unit: 'نفر', kind: 'count', about: 'نتیجه مثبت و ارجاع به کولونوسکوپی' },
      { value: 640, unit: 'نفر', kind: 'count', about: 'سرطان تشخیص‌داده‌شده' },
      { value: 4300, unit: 'نفر', kind: 'count', about: '«بیش از ۴ هزار و ۳۰۰ نفر» پولیپ پیش‌سرطانی' },
      { value: 1800000000000, unit: 'تومان', kind: 'money', about: '«هزار و ۸۰۰ میلیارد تومان» اعتبار مرحله تازه' },
      { value: 240000, unit: 'تومان', kind: 'money', about: 'هزینه هر کیت برای دولت (kept; «هر کیت» is its basis)' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'کاهش مرگ در کشورهای دارای غربالگری منظم' },
      { value: 50000, unit: 'کیت', kind: 'count', about: 'کیت‌های اهدایی سازمان جهانی بهداشت' },
      { value: 200, unit: 'پزشک', kind: 'count', about: 'آموزش پزشکان خانواده' },
      { value: 900, unit: 'فوق‌تخصص', kind: 'count', about: '«حدود ۹۰۰ فوق‌تخصص گوارش»' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم پنج کلان‌شهر نام‌برده' },
      { value: 40, unit: 'دستگاه', kind: 'count', about: 'کولونوسکوپ‌های خریداری‌شده' },
      { value: 10000, unit: 'نفر', kind: 'count', about: '«حدود ۱۰ هزار نفر» مرگ سالانه (kept; «سالانه» is its basis)' },
    ],
    figures_never: ['«۵۰ تا ۶۵ ساله»: ages', '«امروز (سه‌شنبه)», «سال ۱۴۰۳», «پایان سال ۱۴۰۵», «پایان آذر»: dates', '«سه ماه», «ماه‌ها»: durations', '«مرحله نخست», «سومین سرطان», «دومین علت»: ordinals', '«هر کیت», «سالانه»: bases', 'the star rating («۴٫۲ از ۵», «۳۷ رأی»), the views, the «بخوانید:» link and the comments: not body'],
    notes: [
      'A health-ministry announcement on Salamat News (its own older news CMS): header with slogan and date line, service menu, a top ad, a breadcrumb path; a tools bar with «کد خبر», the visible date «تاریخ انتشار: سه‌شنبه ۶ مرداد ۱۴۰۵ ساعت ۱۱:۴۰», views and print; og meta and article:published_time 2026-07-28T11:40:00+03:30 (the gold), NO JSON-LD; rutitr «غربالگری سرطان» (not body); title; the lead in div.subtitle; photo with caption and credit; paragraphs as justified <div>s; an in-body «بخوانید:» link after paragraph 5 (not body); «منبع: سلامت نیوز»; tags; a STAR RATING «به این خبر امتیاز دهید» with average and votes; the MEDICAL DISCLAIMER; share row with short link; an APP-DOWNLOAD banner; «مطالب مشابه» grid with thumbnails; comments with dates and the form; «پربیننده‌ترین اخبار»; footer.',
      'statements: Taherkhani: the lead\'s role-only «رئیس اداره سرطان وزارت بهداشت از … خبر داد و گفت …» (one), «NAME … افزود:» (one), «وی ادامه داد:» (multi-sentence quote, once), «طاهرخانی گفت هدف …» (one), «به گفته او، …» (one), «طاهرخانی در پاسخ به این انتقاد گفت:» (one) = 6; Bergman (the foreign speaker, WHO\'s representative): «NAME، ROLE، نیز در این نشست گفت:» (multi-sentence quote, once), «برگمن افزود که …» (one) = 2; Eghbalizadeh is first met IN PASSING among those present at the press conference (no statement there), then speaks by surname, «اقبالی‌زاده اما … انتقاد کرد و گفت:» (one, multi-sentence quote), and by role alone, «دبیر انجمن متخصصان گوارش و کبد ایران افزود:» (one) = 2 (the role-alone form is her role as first given, so it is not repeated in also_called).',
      'The ministry («بر اساس اعلام وزارت بهداشت», «به گزارش این وزارتخانه»), WHO and the ministry\'s treatment deputy are organizations. «۱۲ استان» and «۵ استان» are two counts; six distinct counts in نفر (3e6, 1.2e6, 38000, 640, 4300, 10000); the kit price «۲۴۰ هزار تومان» is kept with its basis left out; the five cities are named, not counted.',
    ],
  },
  {
    name: 'hamshahrisalamat-sugary-drinks-children', site: 'hamshahrisalamat', author: 'نگار صمدیان',
    url: 'https://salamat.hamshahrionline.ir/news/98412/۴۲-درصد-کودکان-دبستانی-تهران-هر-روز-نوشیدنی-شیرین-می‌نوشند',
    title: '۴۲ درصد کودکان دبستانی تهران هر روز نوشیدنی شیرین می‌نوشند',
    kicker: 'تغذیه کودک', date: '۸ مرداد ۱۴۰۵ - ۰۹:۱۵',
    lead: 'نتایج یک مطالعه تازه پژوهشگران دانشگاه علوم پزشکی شهید بهشتی نشان می‌دهد ۴۲ درصد کودکان ۷ تا ۱۲ ساله تهرانی هر روز دست‌کم یک نوشیدنی شیرین مصرف می‌کنند و شیوع اضافه‌وزن در این گروه ۳۱ درصد است؛ در حالی که این رقم در کودکانی که چنین نوشیدنی‌هایی نمی‌نوشند، ۱۷ درصد گزارش شده است.',
    paras: [
      'به گزارش همشهری سلامت، این مطالعه روی ۳ هزار و ۶۰۰ دانش‌آموز از ۴۸ دبستان دولتی و غیردولتی در ۱۱ منطقه تهران انجام شده و پرسشنامه‌های تغذیه‌ای آن را والدین تکمیل کرده‌اند. نتایج آن در شماره تازه یکی از مجله‌های بین‌المللی تغذیه منتشر شده است.',
      'این طرح با حمایت وزارت بهداشت اجرا شد و نتایج آن روز چهارشنبه در جلسه‌ای با حضور بابک فرخی‌مهر، مدیرکل دفتر بهبود تغذیه جامعه وزارت بهداشت، و جمعی از مدیران آموزش و پرورش شهر تهران ارائه شد.',
      'لیلا کاظم‌زاده‌نوری، دانشیار تغذیه دانشگاه علوم پزشکی شهید بهشتی و مجری این طرح، به همشهری سلامت گفت: نوشابه‌های گازدار فقط بخشی از ماجراست. بیشترین سهم را آبمیوه‌های صنعتی و شیرهای طعم‌دار دارند که بسیاری از والدین آن‌ها را سالم می‌دانند. هر بطری ۲۵۰ میلی‌لیتری آبمیوه صنعتی به‌طور میانگین ۲۶ گرم قند دارد؛ یعنی بیش از سقف روزانه‌ای که سازمان جهانی بهداشت برای کودکان توصیه می‌کند.',
      'وی افزود: در خانواده‌هایی که دست‌کم یکی از والدین تحصیلات دانشگاهی داشت، ۲۹ درصد کودکان هر روز نوشیدنی شیرین می‌خوردند، اما در خانواده‌های دیگر این رقم به ۵۳ درصد رسید.',
      'کاظم‌زاده‌نوری همچنین گفت پژوهشگران در معاینه دندان ۹۰۰ کودک از همین گروه، در ۶۸ درصد آنان دست‌کم یک دندان پوسیده درمان‌نشده پیدا کرده‌اند.',
      'فرخی‌مهر نیز در گفت‌وگو با همشهری سلامت از برنامه وزارت بهداشت برای افزایش عوارض نوشیدنی‌های شیرین خبر داد و گفت: پیشنهاد ما این است که عوارض این محصولات از ۱۰ درصد فعلی به ۲۰ درصد برسد و درآمد آن صرف تغذیه سالم در مدارس شود.',
      'این مدیرکل افزود: از مهر امسال فروش نوشابه‌های گازدار و نوشیدنی‌های انرژی‌زا در بوفه‌های حدود ۱۰۰ هزار مدرسه کشور ممنوع می‌شود و بازرسان بهداشت محیط بر اجرای آن نظارت خواهند کرد.',
      'کامبیز رفیعی‌نژاد، دبیر انجمن صنفی تولیدکنندگان نوشیدنی، اما پیشنهاد افزایش عوارض را غیرکارشناسی دانست و به همشهری سلامت گفت: افزایش عوارض، قاچاق و تولید زیرزمینی را بیشتر می‌کند. کارخانه‌ها در دو سال گذشته میزان قند ۱۴۰ محصول را کاهش داده‌اند و این روند باید با مشوق ادامه پیدا کند، نه با جریمه.',
      'رفیعی‌نژاد افزود که صنعت نوشیدنی کشور حدود ۲۵ هزار نفر را به‌طور مستقیم به کار گرفته است.',
      'پژوهشگران این مطالعه به والدین توصیه کرده‌اند به‌جای آبمیوه صنعتی، میوه تازه و آب در اختیار کودکان بگذارند و شیر ساده را جایگزین شیرهای طعم‌دار کنند.',
    ],
    points: ['مصرف روزانه نوشیدنی شیرین در میان دانش‌آموزان دبستانی تهران: ۴۲ درصد', 'سهم آبمیوه صنعتی و شیر طعم‌دار از نوشابه بیشتر است', 'پیشنهاد وزارت بهداشت: عوارض ۲۰ درصدی برای نوشیدنی‌های شیرین', 'ممنوعیت فروش نوشابه در بوفه مدارس از مهر'],
    extraExcludes: ['مصرف روزانه نوشیدنی شیرین در میان دانش‌آموزان دبستانی تهران: ۴۲ درصد', 'پیشنهاد وزارت بهداشت: عوارض ۲۰ درصدی برای نوشیدنی‌های شیرین'],
    tags: ['نوشیدنی شیرین', 'تغذیه کودک', 'چاقی کودکان', 'بوفه مدارس'],
    caption: 'نوشیدنی‌های شیرین در قفسه یک فروشگاه در تهران', credit: 'عکس: همشهری / امیر پناهی',
    related: ['چرا آبمیوه صنعتی جای میوه را نمی‌گیرد؟', 'قند پنهان در خوراکی‌های کودکان', 'برنامه تغذیه رایگان در مدارس مناطق محروم'],
    mostRead: ['۱۰ نشانه کم‌آبی بدن در گرما', 'ویتامین D را با چه بخوریم؟', 'خواب کافی برای نوجوانان چند ساعت است؟', 'مسمومیت غذایی تابستانی و راه‌های پیشگیری'],
    comments: [['مادر آرین', 'پسرم هر روز از بوفه مدرسه آبمیوه می‌خرد؛ خوب است که ممنوع شود.'], ['علی', 'عوارض بیشتر فقط قیمت را بالا می‌برد.']],
    speakers: [
      { name: 'لیلا کاظم‌زاده‌نوری', role: 'دانشیار تغذیه دانشگاه علوم پزشکی شهید بهشتی و مجری این طرح', also_called: ['وی', 'کاظم‌زاده‌نوری'], statements: 3 },
      { name: 'بابک فرخی‌مهر', role: 'مدیرکل دفتر بهبود تغذیه جامعه وزارت بهداشت', also_called: ['فرخی‌مهر', 'این مدیرکل'], statements: 2 },
      { name: 'کامبیز رفیعی‌نژاد', role: 'دبیر انجمن صنفی تولیدکنندگان نوشیدنی', also_called: ['رفیعی‌نژاد'], statements: 2 },
    ],
    speakers_never: ['دانشگاه علوم پزشکی شهید بهشتی', 'وزارت بهداشت', 'سازمان جهانی بهداشت', 'پژوهشگران این مطالعه'],
    figures: [
      { value: 42, unit: 'درصد', kind: 'percent', about: 'کودکانی که هر روز نوشیدنی شیرین می‌نوشند (title, lead)' },
      { value: 31, unit: 'درصد', kind: 'percent', about: 'شیوع اضافه‌وزن در مصرف‌کنندگان' },
      { value: 17, unit: 'درصد', kind: 'percent', about: 'شیوع اضافه‌وزن در غیرمصرف‌کنندگان' },
      { value: 3600, unit: 'دانش‌آموز', kind: 'count', about: '«۳ هزار و ۶۰۰ دانش‌آموز» نمونه مطالعه' },
      { value: 48, unit: 'دبستان', kind: 'count', about: 'دبستان‌های مطالعه' },
      { value: 11, unit: 'منطقه', kind: 'count', about: 'مناطق تهران' },
      { value: 250, unit: 'میلی‌لیتر', kind: 'measure', about: '«بطری ۲۵۰ میلی‌لیتری» (unit in base form)' },
      { value: 26, unit: 'گرم', kind: 'measure', about: 'قند هر بطری آبمیوه صنعتی (kept; «هر بطری» is its basis)' },
      { value: 29, unit: 'درصد', kind: 'percent', about: 'مصرف روزانه در خانواده‌های دارای تحصیلات دانشگاهی' },
      { value: 53, unit: 'درصد', kind: 'percent', about: 'مصرف روزانه در خانواده‌های دیگر' },
      { value: 900, unit: 'کودک', kind: 'count', about: 'کودکان معاینه‌شده' },
      { value: 68, unit: 'درصد', kind: 'percent', about: 'کودکان با دندان پوسیده درمان‌نشده' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'عوارض فعلی' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'عوارض پیشنهادی' },
      { value: 100000, unit: 'مدرسه', kind: 'count', about: '«حدود ۱۰۰ هزار مدرسه»' },
      { value: 140, unit: 'محصول', kind: 'count', about: 'محصولاتی که قندشان کاهش یافت' },
      { value: 25000, unit: 'نفر', kind: 'count', about: '«حدود ۲۵ هزار نفر» اشتغال مستقیم صنعت نوشیدنی' },
    ],
    figures_never: ['«۷ تا ۱۲ ساله»: ages', '«دست‌کم یک نوشیدنی», «یکی از والدین», «یک دندان»: lone یک', '«روز چهارشنبه», «مهر امسال»: dates', '«دو سال گذشته»: a duration', '«هر بطری», «سقف روزانه»: bases', 'the key-points box «خلاصه خبر» («۴۲ درصد», «عوارض ۲۰ درصدی»), the print line «شماره ۹۱۴» and the most-read list: not body'],
    notes: [
      'A study result in Hamshahri Salamat, the health weekly of Hamshahri on the Hamshahri Online news CMS (salamat.hamshahrionline.ir): the Hamshahri NETWORK BAR (همشهری آنلاین، همشهری سلامت، همشهری جوان، دوچرخه، روزنامه همشهری); JSON-LD NewsArticle and article:published_time 2026-07-30T09:15:00+03:30 (the gold), the visible «تاریخ انتشار: پنجشنبه ۸ مرداد ۱۴۰۵ - ۰۹:۱۵» with the news code and the reporter; lead in p.introtext; photo; a KEY-POINTS box «خلاصه خبر» between the photo and the body, four bullets that paraphrase the text with its numbers (not body); after the text the PRINT LINE «این مطلب در شماره ۹۱۴ هفته‌نامه همشهری سلامت منتشر شده است» and the MEDICAL DISCLAIMER (not body); tags, short link, «مطالب مرتبط», a NEWSLETTER box, comments, most-viewed, footer.',
      'statements: Kazemzadeh-Nouri: «NAME، ROLE، به همشهری سلامت گفت:» (multi-sentence quote, once), «وی افزود:» (one), «کاظم‌زاده‌نوری همچنین گفت …» (one) = 3; Farrokhimehr is first met IN PASSING at the meeting where the results were presented (no statement there), then speaks by surname, «فرخی‌مهر نیز … خبر داد و گفت:» (one), and by role alone, «این مدیرکل افزود:» (one) = 2; Rafiei-Nejad (the industry side): «NAME، ROLE، اما … غیرکارشناسی دانست و به همشهری سلامت گفت:» (one, multi-sentence quote), «رفیعی‌نژاد افزود که …» (one) = 2.',
      'The university, the ministry, WHO and «پژوهشگران این مطالعه» (who «توصیه کرده‌اند») are not named persons. «بطری ۲۵۰ میلی‌لیتری» → 250 میلی‌لیتر; the sugar per bottle «۲۶ گرم» is kept with its basis left out; eight distinct percents (42, 31, 17, 29, 53, 68, 10, 20).',
    ],
  },
  {
    name: 'digiato-galaxy-z-fold8-unpacked', site: 'digiato', author: 'آرش صادقی', inlineAt: 4,
    bio: 'خبرنگار موبایل و گجت‌های پوشیدنی دیجیاتو؛ از سال ۱۳۹۸ رویدادهای معرفی محصول را پوشش می‌دهد.',
    inline: 'بررسی گلکسی زد فولد ۷: تاشوی سبک‌وزن سامسونگ',
    url: 'https://digiato.com/mobile/samsung-galaxy-z-fold8-unveiled',
    title: 'سامسونگ گلکسی زد فولد ۸ را معرفی کرد؛ باتری ۵ هزار میلی‌آمپر ساعتی و قیمت ۱۹۹۹ دلاری',
    kicker: 'اخبار موبایل', date: '۱ مرداد ۱۴۰۵ - ۲۱:۲۰',
    lead: 'سامسونگ امشب در رویداد «گلکسی آنپکد» در نیویورک از گوشی تاشوی گلکسی زد فولد ۸ رونمایی کرد؛ گوشی‌ای که با ضخامت ۸٫۶ میلی‌متر در حالت بسته، باریک‌ترین تاشوی کتابی این شرکت است و قیمت آن در آمریکا از ۱۹۹۹ دلار آغاز می‌شود.',
    paras: [
      'به گزارش دیجیاتو، نمایشگر داخلی فولد ۸ به ۸٫۲ اینچ رسیده و نمایشگر بیرونی آن ۶٫۵ اینچ است. وزن گوشی ۲۱۲ گرم اعلام شده که ۳۳ گرم کمتر از نسل قبل است. ظرفیت باتری نیز برای نخستین بار در سری فولد به ۵ هزار میلی‌آمپر ساعت رسیده است.',
      'در این مراسم که جنیفر والدرون، تحلیلگر ارشد بازار موبایل مؤسسه کانالیس، هم در میان مهمانان آن بود، سامسونگ نسل تازه گلکسی زد فلیپ را نیز با قیمت پایه ۱۱۹۹ دلار معرفی کرد.',
      'هیون‌وو کیم، معاون اجرایی و رئیس گروه محصولات تاشوی بخش موبایل سامسونگ، روی صحنه گفت: ما در سه سال گذشته لولای فولد را از نو طراحی کرده‌ایم. چین وسط نمایشگر اکنون ۴۰ درصد کم‌عمق‌تر از نسل قبل است و وزن لولا ۲۵ درصد کاهش یافته است.',
      'کیم افزود که دوربین اصلی فولد ۸ اکنون حسگری ۲۰۰ مگاپیکسلی دارد و قابلیت‌های هوش مصنوعی گلکسی، از جمله ترجمه هم‌زمان تماس‌ها، روی هر دو گوشی بدون اتصال به اینترنت هم کار می‌کند.',
      'والدرون پس از مراسم در یادداشتی برای مشتریان کانالیس نوشت: بازار جهانی گوشی‌های تاشو در سال ۲۰۲۵ حدود ۲۰ میلیون دستگاه بود و سامسونگ هنوز بیش از ۳۵ درصد آن را در اختیار دارد، اما رقبای چینی به‌سرعت فاصله را کم می‌کنند.',
      'به نوشته این تحلیلگر، قیمت بالا همچنان بزرگ‌ترین مانع گسترش گوشی‌های تاشوست و سهم این گوشی‌ها از کل بازار گوشی هوشمند هنوز از ۲ درصد فراتر نرفته است.',
      'پیش‌فروش هر دو گوشی از امشب آغاز شده و عرضه رسمی آن‌ها در ۴۰ کشور از ۱۶ مرداد شروع می‌شود. سامسونگ اعلام کرده است که تا ۷ سال به‌روزرسانی سیستم‌عامل برای این گوشی‌ها ارائه می‌کند.',
      'واردات این گوشی‌ها به ایران هنوز آغاز نشده است. فرهاد نجف‌زاده‌کیا، رئیس انجمن واردکنندگان موبایل، تبلت و لوازم جانبی، به دیجیاتو گفت: برآورد ما این است که فولد ۸ با نرخ ارز فعلی با قیمتی حدود ۱۸۵ میلیون تومان به بازار ایران برسد.',
      'وی افزود: پارسال از نسل قبلی این گوشی فقط حدود ۶ هزار دستگاه به‌صورت رسمی وارد کشور شد و بیشتر خریداران آن را از بازار مسافری تهیه کردند.',
    ],
    tags: ['سامسونگ', 'گلکسی زد فولد ۸', 'گوشی تاشو', 'گلکسی آنپکد'],
    caption: 'گلکسی زد فولد ۸ روی صحنه رویداد آنپکد نیویورک', credit: 'منبع تصویر: سامسونگ',
    related: ['رونمایی از گلکسی واچ ۹؛ حسگر تازه برای سنجش قند خون', 'شیائومی میکس فولد ۵ با باتری بزرگ‌تر معرفی شد', 'قیمت گوشی‌های سامسونگ در بازار ایران؛ مرداد ۱۴۰۵'],
    mostRead: ['قیمت جدید بسته‌های اینترنت همراه اعلام شد', 'بهترین گوشی‌های تا ۲۰ میلیون تومان', 'آیفون ۱۸ پرو بدون دکمه فیزیکی؟', 'راهنمای خرید هدفون بی‌سیم'],
    comments: [['امیرحسین', 'با این قیمت در ایران، فولد فقط برای ویترین است.'], ['نیلوفر', 'چین نمایشگر فولد قبلی واقعاً آزاردهنده بود؛ امیدوارم این بار حل شده باشد.']],
    extraExcludes: ['مشخصات کلیدی گلکسی زد فولد ۸', 'درباره نویسنده'],
    speakers: [
      { name: 'هیون‌وو کیم', role: 'معاون اجرایی و رئیس گروه محصولات تاشوی بخش موبایل سامسونگ', also_called: ['کیم'], statements: 2 },
      { name: 'جنیفر والدرون', role: 'تحلیلگر ارشد بازار موبایل مؤسسه کانالیس', also_called: ['والدرون', 'این تحلیلگر'], statements: 2 },
      { name: 'فرهاد نجف‌زاده‌کیا', role: 'رئیس انجمن واردکنندگان موبایل، تبلت و لوازم جانبی', also_called: ['وی'], statements: 2 },
    ],
    speakers_never: ['سامسونگ', 'کانالیس'],
    figures: [
      { value: 8.6, unit: 'میلی‌متر', kind: 'measure', about: 'ضخامت در حالت بسته (lead)' },
      { value: 1999, unit: 'دلار', kind: 'money', about: 'قیمت پایه فولد ۸ در آمریکا (title, lead)' },
      { value: 8.2, unit: 'اینچ', kind: 'measure', about: 'نمایشگر داخلی' },
      { value: 6.5, unit: 'اینچ', kind: 'measure', about: 'نمایشگر بیرونی' },
      { value: 212, unit: 'گرم', kind: 'measure', about: 'وزن گوشی' },
      { value: 33, unit: 'گرم', kind: 'measure', about: 'کاهش وزن نسبت به نسل قبل' },
      { value: 5000, unit: 'میلی‌آمپر ساعت', kind: 'measure', about: '«۵ هزار میلی‌آمپر ساعت» ظرفیت باتری (title, paragraph 1)' },
      { value: 1199, unit: 'دلار', kind: 'money', about: 'قیمت پایه فلیپ' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'کم‌عمق‌تر شدن چین نمایشگر' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'کاهش وزن لولا' },
      { value: 200, unit: 'مگاپیکسل', kind: 'measure', about: '«حسگری ۲۰۰ مگاپیکسلی» (unit in base form)' },
      { value: 20000000, unit: 'دستگاه', kind: 'count', about: '«حدود ۲۰ میلیون دستگاه» بازار جهانی تاشوها در ۲۰۲۵' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'سهم سامسونگ از بازار تاشوها' },
      { value: 2, unit: 'درصد', kind: 'percent', about: 'سهم تاشوها از کل بازار گوشی' },
      { value: 40, unit: 'کشور', kind: 'count', about: 'کشورهای عرضه رسمی' },
      { value: 185000000, unit: 'تومان', kind: 'money', about: '«حدود ۱۸۵ میلیون تومان» قیمت برآوردی در ایران' },
      { value: 6000, unit: 'دستگاه', kind: 'count', about: '«حدود ۶ هزار دستگاه» واردات رسمی نسل قبل' },
    ],
    figures_never: ['«گلکسی زد فولد ۸», «فولد ۸», «گلکسی زد فولد ۷»: names with digits', '«امشب», «سال ۲۰۲۵», «۱۶ مرداد», «پارسال»: dates', '«سه سال گذشته», «۷ سال» (updates): durations', '«نخستین بار»: ordinal', '«هر دو گوشی»: anaphoric', 'the PRODUCT CARD after the text («۸٫۲ اینچ», «۲۰۰ مگاپیکسل», «۵٬۰۰۰ میلی‌آمپر ساعت», «۲۱۲ گرم»), «زمان مطالعه: ۴ دقیقه», the read-more list and the comment likes: not body'],
    notes: [
      'A product-launch story on Digiato (its own front end, not WordPress): a READING PROGRESS BAR at the top; header with menu and search; breadcrumb; the visible date is «۱ مرداد ۱۴۰۵» WITHOUT time, next to the author, «زمان مطالعه: ۴ دقیقه» and the comment count; the instant only in JSON-LD NewsArticle (datePublished 2026-07-23T21:20:00+03:30, the gold; dateModified 135 minutes later) beside a BreadcrumbList; bold lead in .dgArticle__excerpt; cover with caption; an in-body «بیشتر بخوانید:» LIST of two links after paragraph 5 (not body); a PRODUCT CARD «مشخصات کلیدی گلکسی زد فولد ۸» after the text repeating the text\'s specs (not body); tags, share row, an AUTHOR CARD «درباره نویسنده» with bio, «مطالب مرتبط» grid, comments with likes, most-viewed, a NEWSLETTER box, footer. The URL has no numeric id.',
      'statements: Kim (the foreign executive): «NAME، ROLE، روی صحنه گفت:» (multi-sentence quote, once), «کیم افزود که …» (one) = 2; Waldron is first met IN PASSING among the guests of the event (no statement there), then speaks by surname, «والدرون … در یادداشتی برای مشتریان کانالیس نوشت:» (one), and by role alone, «به نوشته این تحلیلگر، …» (one) = 2; Najafzadeh-Kia: «NAME، ROLE، به دیجیاتو گفت:» (one), «وی افزود:» (one) = 2.',
      'Samsung («اعلام کرده است», «معرفی کرد») and Canalys are companies. Product names with digits are not figures; «۷ سال» of updates is a duration; «۴۰ درصد» and «۴۰ کشور» are two figures; the ampere-hour unit is written «میلی‌آمپر ساعت» as in the text.',
    ],
  },
  {
    name: 'techrasa-innovation-fund-ai-loans', site: 'techrasa', author: 'مریم عزیزی', inlineAt: 5,
    bio: 'دبیر بخش سرمایه‌گذاری تک‌رسا؛ درباره تأمین مالی استارتاپ‌ها و صندوق‌های جسورانه می‌نویسد.',
    inline: 'همایش هوش مصنوعی و کسب‌وکار؛ ۲۹ مرداد، تهران',
    url: 'https://techrasa.com/2026/08/02/innovation-fund-ai-startups-loans/',
    title: 'صندوق نوآوری ۴ همت وام بدون وثیقه ملکی به استارتاپ‌های هوش مصنوعی می‌دهد',
    kicker: 'اخبار', date: '۱۱ مرداد ۱۴۰۵ - ۱۴:۰۵',
    lead: 'صندوق نوآوری و شکوفایی از اختصاص ۴ همت تسهیلات بدون وثیقه ملکی به شرکت‌های دانش‌بنیان و استارتاپ‌های فعال در حوزه هوش مصنوعی در سال جاری خبر داد؛ سقف تسهیلات هر شرکت ۶۰ میلیارد تومان تعیین شده است.',
    paras: [
      'به گزارش تک‌رسا، این برنامه امروز (یکشنبه) در نشستی در کارخانه نوآوری آزادی تهران معرفی شد؛ نشستی که شیدا منصوری‌فر، هم‌بنیان‌گذار و مدیرعامل استارتاپ ترجمه ماشینی «واژه‌یاب»، و نمایندگان ۳۰ شرکت دانش‌بنیان در آن حضور داشتند.',
      'پرویز عسگری‌پناه، معاون توسعه فناوری صندوق نوآوری و شکوفایی، در این نشست گفت: نرخ سود این تسهیلات ۱۸ درصد است و بازپرداخت آن پس از یک دوره تنفس ۱۲ ماهه آغاز می‌شود. ما به‌جای سند ملکی، قرارداد فروش و ضمانت‌نامه صندوق‌های پژوهش و فناوری را می‌پذیریم.',
      'وی افزود: پارسال ۲۱۵ شرکت در حوزه هوش مصنوعی از صندوق تسهیلات گرفتند و میانگین مبلغ هر قرارداد ۱۴ میلیارد تومان بود. امسال انتظار داریم شمار این شرکت‌ها به ۴۰۰ شرکت برسد.',
      'به گفته معاون توسعه فناوری صندوق، ۸۰۰ میلیارد تومان از این اعتبار برای خرید یا اجاره توان پردازشی کنار گذاشته شده تا شرکت‌ها بتوانند مدل‌های زبانی فارسی را روی زیرساخت داخلی آموزش دهند.',
      'منصوری‌فر اما در همین نشست گفت: مشکل اصلی ما پول نیست، دسترسی به سخت‌افزار است. یک سرور با هشت پردازنده گرافیکی امروز در بازار ایران بیش از ۲۵ میلیارد تومان قیمت دارد و تحریم‌ها خرید آن را ماه‌ها عقب می‌اندازد.',
      'مدیرعامل «واژه‌یاب» افزود: تیم ما ۴۵ نفر است و ماهانه حدود ۳ میلیون کاربر داریم، اما هزینه زیرساخت ۶۰ درصد درآمدمان را می‌بلعد.',
      'کوروش دلاوری‌پور، مدیر سرمایه‌گذاری صندوق جسورانه نوآفرین، نیز به تک‌رسا گفت: در چهار ماه نخست امسال، سرمایه‌گذاری خطرپذیر در استارتاپ‌های هوش مصنوعی ایرانی به حدود هزار و ۲۰۰ میلیارد تومان رسیده که ۴۸ درصد کل سرمایه‌گذاری خطرپذیر کشور در این مدت است.',
      'دلاوری‌پور افزود که تسهیلات دولتی نباید جای سرمایه خطرپذیر را بگیرد، چون وام باید بازپرداخت شود و بسیاری از استارتاپ‌ها در سال‌های نخست فعالیت درآمد کافی ندارند.',
      'صندوق نوآوری و شکوفایی اعلام کرده است ثبت درخواست‌ها از ۱۵ مرداد در سامانه صندوق آغاز می‌شود و بررسی هر پرونده حداکثر ۴۵ روز طول می‌کشد.',
    ],
    points: ['سقف وام هر شرکت: ۶۰ میلیارد تومان با نرخ سود ۱۸ درصد', 'وثیقه ملکی لازم نیست؛ قرارداد فروش و ضمانت‌نامه پذیرفته می‌شود', 'ثبت درخواست از ۱۵ مرداد در سامانه صندوق'],
    extraExcludes: ['سقف وام هر شرکت: ۶۰ میلیارد تومان با نرخ سود ۱۸ درصد', 'وثیقه ملکی لازم نیست؛ قرارداد فروش و ضمانت‌نامه پذیرفته می‌شود'],
    tags: ['صندوق نوآوری و شکوفایی', 'هوش مصنوعی', 'تامین مالی استارتاپ', 'سرمایه‌گذاری خطرپذیر'],
    caption: 'نشست معرفی تسهیلات هوش مصنوعی در کارخانه نوآوری آزادی', credit: 'عکس: تک‌رسا',
    related: ['سرمایه‌گذاری خطرپذیر در ایران در بهار ۱۴۰۵ چقدر بود؟', 'مدل زبانی فارسی تازه با ۷ میلیارد پارامتر منتشر شد', 'صندوق‌های پژوهش و فناوری ضمانت‌نامه استارتاپ‌ها را آسان‌تر می‌کنند'],
    mostRead: ['فهرست شتاب‌دهنده‌های فعال ایران در ۱۴۰۵', 'مهاجرت نیروی فنی؛ آمار تازه نظام صنفی رایانه‌ای', 'چرا استارتاپ‌های ایرانی به بورس نمی‌روند؟', 'راهنمای ثبت شرکت دانش‌بنیان'],
    comments: [['سینا', 'وثیقه ملکی حذف شد ولی ضمانت‌نامه هم برای استارتاپ کوچک سخت است.'], ['فاطمه', 'کاش بخشی از این پول برای GPU مشترک دانشگاه‌ها هم برود.']],
    speakers: [
      { name: 'پرویز عسگری‌پناه', role: 'معاون توسعه فناوری صندوق نوآوری و شکوفایی', also_called: ['وی', 'معاون توسعه فناوری صندوق'], statements: 3 },
      { name: 'شیدا منصوری‌فر', role: 'هم‌بنیان‌گذار و مدیرعامل استارتاپ ترجمه ماشینی «واژه‌یاب»', also_called: ['منصوری‌فر', 'مدیرعامل «واژه‌یاب»'], statements: 2 },
      { name: 'کوروش دلاوری‌پور', role: 'مدیر سرمایه‌گذاری صندوق جسورانه نوآفرین', also_called: ['دلاوری‌پور'], statements: 2 },
    ],
    speakers_never: ['صندوق نوآوری و شکوفایی', 'کارخانه نوآوری آزادی', 'صندوق جسورانه نوآفرین'],
    figures: [
      { value: 4000000000000, unit: 'همت', kind: 'money', about: '«۴ همت» تسهیلات (title, lead)' },
      { value: 60000000000, unit: 'تومان', kind: 'money', about: '«۶۰ میلیارد تومان» سقف تسهیلات هر شرکت' },
      { value: 30, unit: 'شرکت', kind: 'count', about: 'شرکت‌های دانش‌بنیان حاضر در نشست' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'نرخ سود تسهیلات' },
      { value: 215, unit: 'شرکت', kind: 'count', about: 'شرکت‌های وام‌گیرنده پارسال' },
      { value: 14000000000, unit: 'تومان', kind: 'money', about: 'میانگین مبلغ هر قرارداد (kept; «هر قرارداد» is its basis)' },
      { value: 400, unit: 'شرکت', kind: 'count', about: 'هدف شمار شرکت‌ها در امسال' },
      { value: 800000000000, unit: 'تومان', kind: 'money', about: '«۸۰۰ میلیارد تومان» برای توان پردازشی' },
      { value: 8, unit: 'پردازنده', kind: 'count', about: '«هشت پردازنده گرافیکی» (count in words)' },
      { value: 25000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۲۵ میلیارد تومان» قیمت سرور' },
      { value: 45, unit: 'نفر', kind: 'count', about: 'اعضای تیم «واژه‌یاب»' },
      { value: 3000000, unit: 'کاربر', kind: 'count', about: '«حدود ۳ میلیون کاربر» ماهانه (kept; «ماهانه» is its basis)' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم هزینه زیرساخت از درآمد' },
      { value: 1200000000000, unit: 'تومان', kind: 'money', about: '«هزار و ۲۰۰ میلیارد تومان» سرمایه‌گذاری خطرپذیر در هوش مصنوعی' },
      { value: 48, unit: 'درصد', kind: 'percent', about: 'سهم از کل سرمایه‌گذاری خطرپذیر' },
    ],
    figures_never: ['«امروز (یکشنبه)», «پارسال», «امسال», «چهار ماه نخست امسال», «۱۵ مرداد»: dates', '«۱۲ ماهه», «ماه‌ها», «۴۵ روز», «سال‌های نخست»: durations', '«یک دوره», «یک سرور»: lone یک', '«هر قرارداد», «ماهانه», «هر پرونده»: bases', 'the key-points box «نکات کلیدی» («۶۰ میلیارد تومان», «۱۸ درصد», «۱۵ مرداد»), the event banner («۲۹ مرداد») and «۵ دقیقه مطالعه»: not body'],
    notes: [
      'An official announcement on Techrasa (WORDPRESS with its own theme and Yoast SEO): a reading progress bar; header with the slogan «رسانه اکوسیستم استارتاپی ایران» and the English edition link; breadcrumb; the visible date «۱۱ مرداد ۱۴۰۵» in <time class="entry-date published" datetime="2026-08-02T14:05:00+03:30"> (the gold, also article:published_time and the Yoast graph in Tehran time; modified 50 minutes later); reading time; featured image with caption; INSIDE .entry-content a KEY-POINTS box «نکات کلیدی» with three bullets that paraphrase the text (not body) BEFORE the lead, which is the first content paragraph in bold; an in-body EVENT BANNER for Techrasa\'s own summit («ثبت‌نام در همایش») after paragraph 6 (not body); tags, share row, an AUTHOR CARD «درباره نویسنده» with bio, a «مطالب مشابه» grid, a NEWSLETTER box, WordPress comments and form, popular posts, footer. The URL has no numeric id.',
      'statements: Asgaripanah: «NAME، ROLE، در این نشست گفت:» (multi-sentence quote, once), «وی افزود:» (one), «به گفته معاون توسعه فناوری صندوق، …» (one) = 3; Mansourifar is first met IN PASSING among those present at the meeting (no statement there), then speaks by surname, «منصوری‌فر اما در همین نشست گفت:» (one, multi-sentence quote), and by a shorter role alone, «مدیرعامل «واژه‌یاب» افزود:» (one) = 2; Delavaripour: «NAME، ROLE، نیز به تک‌رسا گفت:» (one), «دلاوری‌پور افزود که …» (one) = 2.',
      'The fund (lead «خبر داد», last paragraph «اعلام کرده است») is an organization; «واژه‌یاب» and «نوآفرین» are companies. «۴ همت» is 4e12 with unit همت; «هشت پردازنده گرافیکی» is a count in words; «۴۵ نفر» is a figure, «۴۵ روز» a duration; «۳۰», «۲۱۵» and «۴۰۰ شرکت» are three counts.',
    ],
  },
  {
    name: 'chetor-daily-steps-depression-study', site: 'chetor', author: 'نازنین کریمی', inlineAt: 3,
    bio: 'کارشناس ارشد روانشناسی بالینی و نویسنده حوزه سلامت روان در مجله چطور.',
    inline: 'فواید پیاده‌روی روزانه برای قلب و ذهن',
    url: 'https://chetor.com/318764-daily-steps-depression-risk-study/',
    title: 'مطالعه تازه: روزانه ۷ هزار قدم خطر افسردگی را ۳۱ درصد کاهش می‌دهد',
    kicker: 'اخبار سلامت', date: '۱۳ مرداد ۱۴۰۵ - ۱۸:۳۰',
    lead: 'پژوهشگران دانشگاه سیدنی با بررسی داده‌های بیش از ۹۶ هزار بزرگسال در ۱۳ کشور دریافتند کسانی که روزانه دست‌کم ۷ هزار قدم راه می‌روند، ۳۱ درصد کمتر از افرادی که کمتر از ۵ هزار قدم برمی‌دارند دچار علائم افسردگی می‌شوند.',
    paras: [
      '## این مطالعه چه چیزی را بررسی کرد؟',
      'به گزارش چطور، این مطالعه که نتایج آن این هفته در مجله «جاما نتورک اوپن» منتشر شد، داده‌های ۲۷ پژوهش را کنار هم گذاشته که قدم‌های روزانه شرکت‌کنندگانشان با گام‌شمار یا ساعت هوشمند ثبت شده بود. میانگین سنی شرکت‌کنندگان ۵۴ سال بود.',
      'امیلی هارگریوز، استاد علوم ورزشی دانشگاه سیدنی و نویسنده اصلی مقاله، در بیانیه این دانشگاه گفت: لازم نیست همه ۱۰ هزار قدم را هدف بگیرند. منحنی ما نشان می‌دهد بیشترین اثر بین ۵ هزار تا ۷ هزار و ۵۰۰ قدم در روز دیده می‌شود و پس از آن سود اضافه کم می‌شود.',
      'وی افزود: حتی افزودن یک پیاده‌روی ۱۵ دقیقه‌ای به برنامه روزانه، خطر بروز علائم افسردگی را در شرکت‌کنندگان حدود ۹ درصد کم کرد.',
      '## وضعیت افسردگی و تحرک در ایران',
      'نتایج این پژوهش روز دوشنبه در نشست علمی انجمن علمی روانپزشکان ایران نیز مرور شد؛ نشستی که سحر میرجلالی‌فرد، روانپزشک و عضو هیئت علمی دانشگاه علوم پزشکی ایران، ارائه‌دهنده آن بود.',
      'علی‌اصغر پاک‌سرشت، مدیرکل دفتر سلامت روانی، اجتماعی و اعتیاد وزارت بهداشت، به چطور گفت: بر اساس پیمایش ملی سلامت روان، حدود ۱۲ درصد بزرگسالان ایرانی علائم افسردگی متوسط تا شدید دارند و تنها ۳۵ درصد آنان به دنبال درمان می‌روند.',
      'وی ادامه داد: میانگین قدم‌های روزانه ایرانیان بر اساس داده‌های گوشی‌های هوشمند حدود ۴ هزار و ۸۰۰ قدم است و در کلان‌شهرها به کمتر از ۴ هزار قدم می‌رسد.',
      'میرجلالی‌فرد اما تأکید کرد: پیاده‌روی درمان افسردگی نیست و جای دارو و روان‌درمانی را نمی‌گیرد. این مطالعه یک همبستگی را نشان می‌دهد، نه رابطه علت و معلول را؛ ممکن است افراد افسرده کمتر راه بروند.',
      'این روانپزشک افزود: با این حال، در پژوهشی که پارسال در بیمارستان روزبه روی ۱۲۰ بیمار انجام دادیم، گروهی که پیاده‌روی منظم را به درمان خود اضافه کردند، ۲۲ درصد بهبود بیشتری نشان دادند.',
      '## محدودیت‌های این پژوهش',
      'هارگریوز نیز در بیانیه دانشگاه سیدنی یادآوری کرده است که ۸۰ درصد داده‌ها از کشورهای پردرآمد به دست آمده و نتایج ممکن است در کشورهایی با سبک زندگی و آب‌وهوای متفاوت یکسان نباشد.',
    ],
    faq: [
      ['روزانه چند قدم برای سلامت روان کافی است؟', 'بر اساس این مطالعه، بیشترین فایده بین ۵ تا ۷٫۵ هزار قدم در روز دیده شده است.'],
      ['آیا پیاده‌روی می‌تواند جای داروی ضدافسردگی را بگیرد؟', 'خیر؛ پیاده‌روی مکمل درمان است و قطع دارو فقط باید با نظر پزشک انجام شود.'],
      ['اگر وقت پیاده‌روی طولانی ندارم چه کنم؟', 'چند پیاده‌روی کوتاه ۱۰ دقیقه‌ای در طول روز هم به افزایش قدم‌ها کمک می‌کند.'],
    ],
    extraExcludes: ['روزانه چند قدم برای سلامت روان کافی است؟', 'بر اساس این مطالعه، بیشترین فایده بین ۵ تا ۷٫۵ هزار قدم در روز دیده شده است.', 'کارشناس ارشد روانشناسی بالینی و نویسنده حوزه سلامت روان در مجله چطور.'],
    tags: ['افسردگی', 'پیاده‌روی', 'سلامت روان', 'ورزش'],
    caption: 'پیاده‌روی روزانه در پارک', credit: 'عکس: آن‌اسپلش',
    related: ['۱۲ راه ساده برای کنار آمدن با اضطراب', 'پیاده‌روی سریع بهتر است یا طولانی؟', 'علائم افسردگی پنهان در بزرگسالان', 'ورزش صبحگاهی یا عصرگاهی؟ پاسخ علم'],
    mostRead: ['چطور عزت نفس خود را بالا ببریم؟', 'رژیم مدیترانه‌ای چیست؟', 'تست شخصیت رایگان', 'راهکارهای بهبود کیفیت خواب'],
    comments: [['زهرا', 'من از وقتی روزی یک ساعت پیاده می‌روم، حالم خیلی بهتر شده.'], ['مهران', 'در تهران با این هوای آلوده کجا پیاده‌روی کنیم؟']],
    speakers: [
      { name: 'امیلی هارگریوز', role: 'استاد علوم ورزشی دانشگاه سیدنی و نویسنده اصلی مقاله', also_called: ['وی', 'هارگریوز'], statements: 3 },
      { name: 'علی‌اصغر پاک‌سرشت', role: 'مدیرکل دفتر سلامت روانی، اجتماعی و اعتیاد وزارت بهداشت', also_called: ['وی'], statements: 2 },
      { name: 'سحر میرجلالی‌فرد', role: 'روانپزشک و عضو هیئت علمی دانشگاه علوم پزشکی ایران', also_called: ['میرجلالی‌فرد', 'این روانپزشک'], statements: 2 },
    ],
    speakers_never: ['دانشگاه سیدنی', 'انجمن علمی روانپزشکان ایران', 'وزارت بهداشت'],
    figures: [
      { value: 96000, unit: 'بزرگسال', kind: 'count', about: '«بیش از ۹۶ هزار بزرگسال» شرکت‌کنندگان (lead)' },
      { value: 13, unit: 'کشور', kind: 'count', about: 'کشورهای مطالعه (lead)' },
      { value: 7000, unit: 'قدم', kind: 'count', about: '«دست‌کم ۷ هزار قدم» (title, lead)' },
      { value: 31, unit: 'درصد', kind: 'percent', about: 'کاهش خطر علائم افسردگی (title, lead)' },
      { value: 5000, unit: 'قدم', kind: 'count', about: '«کمتر از ۵ هزار قدم» (lead) and the lower end of «۵ هزار تا ۷ هزار و ۵۰۰ قدم»' },
      { value: 27, unit: 'پژوهش', kind: 'count', about: 'پژوهش‌های ترکیب‌شده' },
      { value: 10000, unit: 'قدم', kind: 'count', about: '«۱۰ هزار قدم» هدف رایج' },
      { value: 7500, unit: 'قدم', kind: 'count', about: '«۷ هزار و ۵۰۰ قدم» upper end of the range' },
      { value: 9, unit: 'درصد', kind: 'percent', about: 'کاهش خطر با پیاده‌روی ۱۵ دقیقه‌ای' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'بزرگسالان ایرانی با افسردگی متوسط تا شدید' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'درمان‌جویان' },
      { value: 4800, unit: 'قدم', kind: 'count', about: '«۴ هزار و ۸۰۰ قدم» میانگین ایرانیان' },
      { value: 4000, unit: 'قدم', kind: 'count', about: '«کمتر از ۴ هزار قدم» در کلان‌شهرها' },
      { value: 120, unit: 'بیمار', kind: 'count', about: 'بیماران پژوهش بیمارستان روزبه' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'بهبود بیشتر با پیاده‌روی' },
      { value: 80, unit: 'درصد', kind: 'percent', about: 'سهم داده‌های کشورهای پردرآمد' },
    ],
    figures_never: ['«۵۴ سال»: an age', '«۱۵ دقیقه‌ای»: a duration', '«این هفته», «روز دوشنبه», «پارسال»: dates', '«یک پیاده‌روی», «یک همبستگی»: lone یک', 'the FAQ block («۵ تا ۷٫۵ هزار قدم», «۱۰ دقیقه‌ای»), the star rating («۴٫۶ از ۵», «۱۲۸ رأی»), «زمان مطالعه: ۵ دقیقه» and the related titles («۱۲ راه …»): not body'],
    notes: [
      'A study-result news item in Chetor\'s magazine (WORDPRESS with its own theme): a READING PROGRESS BAR; the only visible date is «آخرین به‌روزرسانی: ۱۴ مرداد ۱۴۰۵» (the next day, no time); the publication instant is only in article:published_time and the Yoast-style graph, 2026-08-04T18:30:00+03:30 (the gold; modified 19 hours later); author and reading time; the lead is a bold first content paragraph, followed by a TABLE-OF-CONTENTS box «فهرست مطالب» (ez-toc) listing the three subheadings, which are body lines; a «بیشتر بخوانید:» link after paragraph 4 (not body); after the text, still inside .entry-content, an FAQ block «سوالات متداول» (three questions with short answers with numbers, also as FAQPage JSON-LD) and the MEDICAL DISCLAIMER (not body); a STAR RATING «به این مطلب امتیاز دهید» (۴٫۶ از ۵، ۱۲۸ رأی; an AggregateRating JSON-LD); tags; an AUTHOR CARD with bio; «مطالب مشابه» grid; an APP-DOWNLOAD banner; comments; most-read; footer.',
      'statements: Hargreaves (the foreign researcher): «NAME، ROLE، در بیانیه این دانشگاه گفت:» (multi-sentence quote, once), «وی افزود:» (one), «هارگریوز نیز … یادآوری کرده است که …» (one) = 3; Pakseresht: «NAME، ROLE، به چطور گفت:» (one), «وی ادامه داد:» (one) = 2; Mirjalalifard is first met IN PASSING as the presenter of the meeting where the study was reviewed (no reported words there), then speaks by surname, «میرجلالی‌فرد اما تأکید کرد:» (one, multi-sentence quote), and by role alone, «این روانپزشک افزود:» (one) = 2.',
      'The University of Sydney, the psychiatrists\' association and the ministry are institutions. «۵ هزار قدم» occurs in the lead and in the range «بین ۵ هزار تا ۷ هزار و ۵۰۰ قدم»: one entry; each end of the range keeps the unit; five distinct step counts in قدم; «۵۴ سال» is an age and «۱۵ دقیقه‌ای» a duration.',
    ],
  },
  {
    name: 'khabaronline-ino-first-spectra', site: 'khabaronline', inlineAt: 4,
    inline: 'آسمان مرداد؛ زمان اوج بارش شهابی برساوشی',
    url: 'https://www.khabaronline.ir/news/2045871/رصدخانه-ملی-ایران-در-نخستین-شب-طیف‌نگاری-طیف-۱۲۰-ستاره-را-ثبت-کرد',
    title: 'رصدخانه ملی ایران در نخستین شب طیف‌نگاری، طیف ۱۲۰ ستاره را ثبت کرد',
    kicker: 'نجوم', date: '۱۵ مرداد ۱۴۰۵ - ۱۰:۲۰',
    lead: 'مدیر طرح رصدخانه ملی ایران از ثبت نخستین طیف‌ها با طیف‌نگار تازه این رصدخانه خبر داد و گفت تلسکوپ ۳٫۴ متری قله گرگش در نخستین شب کار این ابزار، طیف ۱۲۰ ستاره را ثبت کرده است.',
    paras: [
      'به گزارش خبرآنلاین، حمیدرضا طالب‌زاده‌نیک دیروز (چهارشنبه) در نشستی در پژوهشگاه دانش‌های بنیادی افزود: این طیف‌نگار که طراحی و ساخت آن ۶ سال طول کشید، با مشارکت ۴۲ نفر از مهندسان و پژوهشگران داخلی ساخته شده و ۸۵ درصد قطعات آن ایرانی است.',
      'وی ادامه داد: هزینه ساخت این ابزار حدود ۹۵ میلیارد تومان بوده است؛ در حالی که خرید نمونه مشابه خارجی، اگر تحریم‌ها اجازه می‌داد، دست‌کم ۴ میلیون یورو هزینه داشت.',
      'در این نشست، الهام ستاری‌فرد، اخترفیزیکدان و سرپرست گروه ستارگان متغیر رصدخانه ملی، نیز حضور داشت و چند طیف ثبت‌شده روی پرده نمایش داده شد.',
      'طالب‌زاده‌نیک درباره محل رصدخانه گفت: قله گرگش در ارتفاع ۳ هزار و ۶۰۰ متری و در نزدیکی کاشان قرار دارد و سالانه حدود ۲۵۰ شب صاف دارد؛ همین ویژگی آن را در شمار بهترین مکان‌های رصدی منطقه قرار می‌دهد.',
      'ستاری‌فرد پس از این نشست به خبرآنلاین گفت: از ۱۲۰ ستاره‌ای که در شب نخست رصد شد، ۱۸ مورد ستارگان متغیری هستند که تاکنون طیف دقیقی از آن‌ها منتشر نشده بود. این داده‌ها برای تعیین جرم و دمای این ستاره‌ها ارزشمند است.',
      'این اخترفیزیکدان افزود: تاکنون ۳۵ پژوهشگر از ۹ دانشگاه کشور برای استفاده از زمان رصدی این ابزار درخواست داده‌اند و در نیمه دوم سال، ۴۰ درصد زمان تلسکوپ به طیف‌نگاری اختصاص می‌یابد.',
      'ماتیاس لندگرن، استاد اخترفیزیک دانشگاه اوپسالا در سوئد، که از طریق ارتباط تصویری در این نشست شرکت داشت، گفت: تلسکوپ‌هایی در اندازه تلسکوپ ایران هنوز ستون اصلی طیف‌نگاری ستاره‌ای در جهان‌اند و داده‌های آن‌ها پشتوانه بخش بزرگی از مقاله‌های این حوزه است.',
      'لندگرن افزود که رصد طیفی ستارگان متغیر نیمکره شمالی از قله گرگش می‌تواند داده‌های ماهواره گایا را کامل کند.',
      'رصدخانه ملی ایران در سال ۱۴۰۱ نخستین نور خود را ثبت کرد. به گفته طالب‌زاده‌نیک، ساخت دوربین فروسرخ این رصدخانه هم آغاز شده و اعتبار ۳۰ میلیارد تومانی آن تأمین شده است.',
    ],
    tags: ['رصدخانه ملی ایران', 'نجوم', 'قله گرگش', 'طیف‌نگاری'],
    caption: 'تلسکوپ ۳٫۴ متری رصدخانه ملی ایران بر فراز قله گرگش', credit: 'عکس: رصدخانه ملی ایران',
    related: ['نخستین نور رصدخانه ملی؛ سه سال بعد', 'تلسکوپ جیمز وب کهکشان تازه‌ای در آغاز کیهان یافت', 'ماهواره سنجشی ایرانی به مدار رسید'],
    mostRead: ['خورشیدگرفتگی ۲۱ مرداد از ایران دیده نمی‌شود', 'هوش مصنوعی چطور شغل‌ها را تغییر می‌دهد؟', 'کشف گونه تازه مارمولک در زاگرس', 'رکورد دمای تهران شکسته شد'],
    comments: [['کاوه', 'دست مریزاد به مهندسان ایرانی؛ کاش بودجه پایدار داشته باشند.'], ['ناشناس', 'زمان رصد به دانشجوهای ارشد هم می‌رسد؟']],
    extraExcludes: ['گنبد تلسکوپ رصدخانه ملی در شب نخست طیف‌نگاری'],
    speakers: [
      { name: 'حمیدرضا طالب‌زاده‌نیک', role: 'مدیر طرح رصدخانه ملی ایران', also_called: ['وی', 'طالب‌زاده‌نیک'], statements: 5 },
      { name: 'الهام ستاری‌فرد', role: 'اخترفیزیکدان و سرپرست گروه ستارگان متغیر رصدخانه ملی', also_called: ['ستاری‌فرد', 'این اخترفیزیکدان'], statements: 2 },
      { name: 'ماتیاس لندگرن', role: 'استاد اخترفیزیک دانشگاه اوپسالا در سوئد', also_called: ['لندگرن'], statements: 2 },
    ],
    speakers_never: ['پژوهشگاه دانش‌های بنیادی', 'رصدخانه ملی ایران'],
    figures: [
      { value: 3.4, unit: 'متر', kind: 'measure', about: '«تلسکوپ ۳٫۴ متری» (lead; unit in base form)' },
      { value: 120, unit: 'ستاره', kind: 'count', about: 'ستارگانی که طیفشان ثبت شد (title, lead, paragraph 5)' },
      { value: 42, unit: 'نفر', kind: 'count', about: '«۴۲ نفر از مهندسان و پژوهشگران»' },
      { value: 85, unit: 'درصد', kind: 'percent', about: 'سهم قطعات ایرانی' },
      { value: 95000000000, unit: 'تومان', kind: 'money', about: '«حدود ۹۵ میلیارد تومان» هزینه ساخت' },
      { value: 4000000, unit: 'یورو', kind: 'money', about: '«دست‌کم ۴ میلیون یورو» نمونه خارجی' },
      { value: 3600, unit: 'متر', kind: 'measure', about: '«ارتفاع ۳ هزار و ۶۰۰ متری» قله گرگش' },
      { value: 250, unit: 'شب', kind: 'count', about: '«حدود ۲۵۰ شب صاف» (kept; «سالانه» is its basis)' },
      { value: 18, unit: 'مورد', kind: 'count', about: 'ستارگان متغیر بدون طیف منتشرشده' },
      { value: 35, unit: 'پژوهشگر', kind: 'count', about: 'متقاضیان زمان رصدی' },
      { value: 9, unit: 'دانشگاه', kind: 'count', about: 'دانشگاه‌های متقاضی' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم طیف‌نگاری از زمان تلسکوپ' },
      { value: 30000000000, unit: 'تومان', kind: 'money', about: '«اعتبار ۳۰ میلیارد تومانی» دوربین فروسرخ (unit in base form)' },
    ],
    figures_never: ['«۶ سال»: a duration', '«دیروز (چهارشنبه)», «نیمه دوم سال», «سال ۱۴۰۱»: dates', '«نخستین شب», «شب نخست», «نخستین نور», «نخستین طیف‌ها»: ordinals', '«سالانه»: basis', 'the gallery captions, the read-more box, the caption «تلسکوپ ۳٫۴ متری …» and the most-read title «خورشیدگرفتگی ۲۱ مرداد …»: not body'],
    notes: [
      'A science news story in Khabar Online\'s science section (the agency CMS of khabaronline.ir): top bar with the date, the service menu with «علم و فناوری» active and its SUB-MENU (نجوم، فناوری، محیط زیست، پزشکی، فضا); breadcrumb; .item-date with «کد خبر ۲۰۴۵۸۷۱» and «پنجشنبه ۱۵ مرداد ۱۴۰۵ - ۱۰:۲۰»; JSON-LD NewsArticle and article:published_time 2026-08-06T10:20:00+03:30 (the gold); lead in p.introtext; photo; an in-body «بیشتر بخوانید» box after paragraph 5 (not body); after the text a small GALLERY «تصاویر نخستین طیف‌های ثبت‌شده» with two captioned figures (not body); «منبع: خبرآنلاین»; tags, share row, short link, print; «اخبار مرتبط», comments, «پربازدیدترین‌ها», an APP banner, footer.',
      'statements: Talebzadeh-Nik: the lead\'s role-only «مدیر طرح رصدخانه ملی ایران از … خبر داد و گفت …» (one), «NAME … افزود:» (one), «وی ادامه داد:» (one), «طالب‌زاده‌نیک درباره محل رصدخانه گفت:» (one), «به گفته طالب‌زاده‌نیک، …» (one) = 5; Sattarifard is first met IN PASSING as present at the meeting while spectra were shown (no statement there), then speaks by surname, «ستاری‌فرد … به خبرآنلاین گفت:» (multi-sentence quote, once), and by a shorter role alone, «این اخترفیزیکدان افزود:» (one) = 2; Landgren (the foreign speaker): «NAME، ROLE، … گفت:» (one), «لندگرن افزود که …» (one) = 2.',
      'IPM and the observatory are institutions. «۳٫۴ متر» (the telescope) and «۳۶۰۰ متر» (altitude) are two measures in متر; «اعتبار ۳۰ میلیارد تومانی» → 3e10 تومان; «۲۵۰ شب صاف» is kept with its yearly basis left out; «۱۲۰ ستاره» occurs three times: one entry.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Two pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [label, range] of the BMI table. */
const BMI_TABLE: [string, string][] = [
  ['کمبود وزن', 'کمتر از ۱۸٫۵'],
  ['وزن طبیعی', '۱۸٫۵ تا ۲۴٫۹'],
  ['اضافه وزن', '۲۵ تا ۲۹٫۹'],
  ['چاقی درجه یک', '۳۰ تا ۳۴٫۹'],
  ['چاقی درجه دو', '۳۵ تا ۳۹٫۹'],
  ['چاقی شدید', '۴۰ و بیشتر'],
];

function namnakBmiCalculator(): NonArt {
  const title = 'محاسبه BMI آنلاین؛ شاخص توده بدنی خود را بسنجید';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>محاسبه BMI آنلاین (شاخص توده بدنی) | نمناک</title>
<meta name="description" content="ماشین حساب BMI نمناک: با وارد کردن قد و وزن، شاخص توده بدنی و وزن ایده‌آل خود را محاسبه کنید.">
<meta property="og:site_name" content="نمناک">
<meta property="og:type" content="website">
<meta property="og:title" content="محاسبه BMI آنلاین">
<link rel="canonical" href="https://namnak.com/tools/bmi-calculator">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'محاسبه BMI نمناک', applicationCategory: 'HealthApplication', operatingSystem: 'All', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', ratingCount: '2315' } })}</script>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'BMI طبیعی چند است؟', acceptedAnswer: { '@type': 'Answer', text: 'برای بزرگسالان، عدد ۱۸٫۵ تا ۲۴٫۹ طبیعی است.' } }] })}</script>
<link rel="stylesheet" href="https://namnak.com/Content/css/site.min.css?v=12.6">
</head>
<body class="tool-page">
<header class="nm-header"><a href="https://namnak.com/" class="nm-logo"><img src="https://namnak.com/Content/img/logo.png" alt="نمناک"></a>
<nav class="nm-menu"><a href="https://namnak.com/health">سلامت</a> <a href="https://namnak.com/nutrition">تغذیه</a> <a href="https://namnak.com/beauty">زیبایی</a> <a href="https://namnak.com/psychology">روانشناسی</a> <a href="https://namnak.com/cooking">آشپزی</a> <a href="https://namnak.com/family">خانواده</a> <a href="https://namnak.com/tools" class="active">ابزارها</a></nav>
<form class="nm-search" action="https://namnak.com/search"><input type="search" name="q" placeholder="جستجو در نمناک"></form></header>
<main class="nm-main">
<nav class="nm-breadcrumb"><a href="https://namnak.com/">نمناک</a> › <a href="https://namnak.com/tools">ابزارها</a> › <span>محاسبه BMI</span></nav>
<h1 class="nm-tool-title">${title}</h1>
<div class="nm-tool-rating"><span>${stars(4.7)}</span> ${persian('4.7').replace('.', '٫')} از ${persian(5)} (${fmt(2315)} رأی) | ${fmt(418920)} بار استفاده</div>
<section class="nm-calculator">
<form id="bmiForm" onsubmit="return false">
<div class="nm-field"><label for="gender">جنسیت</label><select id="gender"><option>زن</option><option>مرد</option></select></div>
<div class="nm-field"><label for="age">سن (سال)</label><input id="age" type="number" min="2" max="120" placeholder="مثلاً ۳۰"></div>
<div class="nm-field"><label for="height">قد (سانتی‌متر)</label><input id="height" type="number" placeholder="مثلاً ۱۶۵"></div>
<div class="nm-field"><label for="weight">وزن (کیلوگرم)</label><input id="weight" type="number" placeholder="مثلاً ۶۲"></div>
<button type="button" id="bmiCalc">محاسبه کن</button> <button type="reset">پاک کردن</button>
</form>
<div class="nm-result" id="bmiResult" hidden><p>شاخص توده بدنی شما: <b id="bmiValue">—</b></p><p>وضعیت: <b id="bmiState">—</b></p><p>محدوده وزن مناسب برای قد شما: <b id="bmiRange">—</b></p></div>
</section>
<section class="nm-table"><h2>جدول طبقه‌بندی BMI بزرگسالان</h2><table><thead><tr><th>وضعیت</th><th>شاخص توده بدنی</th></tr></thead><tbody>
${BMI_TABLE.map(([l, r]) => `<tr><td>${l}</td><td>${r}</td></tr>`).join('\n')}
</tbody></table><p class="nm-note">این جدول برای افراد بالای ۲۰ سال است؛ BMI کودکان و نوجوانان با نمودار صدک سنی سنجیده می‌شود.</p></section>
<section class="nm-howto"><h2>BMI چگونه محاسبه می‌شود؟</h2><p>شاخص توده بدنی از تقسیم وزن (به کیلوگرم) بر مجذور قد (به متر) به دست می‌آید. برای مثال فردی با قد ${persian(170)} سانتی‌متر و وزن ${persian(72)} کیلوگرم، BMI حدود ${persian('24.9').replace('.', '٫')} دارد.</p><p>BMI ابزاری ساده برای غربالگری است و چربی بدن را مستقیم اندازه نمی‌گیرد؛ ورزشکاران عضلانی، زنان باردار و سالمندان باید نتیجه را با پزشک بررسی کنند.</p></section>
<section class="nm-faq"><h2>پرسش‌های پرتکرار</h2><details><summary>BMI طبیعی چند است؟</summary><p>برای بزرگسالان، عدد ۱۸٫۵ تا ۲۴٫۹ طبیعی است.</p></details><details><summary>آیا BMI برای کودکان هم کاربرد دارد؟</summary><p>بله، اما با جدول صدک سنی و جنسی تفسیر می‌شود.</p></details><details><summary>دور کمر مهم‌تر است یا BMI؟</summary><p>هر دو؛ دور کمر چربی شکمی را بهتر نشان می‌دهد.</p></details></section>
<div class="nm-disclaimer">نتیجه این ابزار جایگزین معاینه و مشاوره پزشک نیست.</div>
<section class="nm-tools"><h2>ابزارهای دیگر نمناک</h2><ul><li><a href="https://namnak.com/tools/calorie-calculator">محاسبه کالری روزانه</a></li><li><a href="https://namnak.com/tools/ideal-weight">محاسبه وزن ایده‌آل</a></li><li><a href="https://namnak.com/tools/pregnancy-calculator">محاسبه سن بارداری</a></li><li><a href="https://namnak.com/tools/ovulation-calculator">محاسبه روز تخمک‌گذاری</a></li><li><a href="https://namnak.com/tools/water-intake">محاسبه آب مورد نیاز بدن</a></li></ul></section>
<section class="nm-related"><h2>مطالب مرتبط</h2><ul><li><a href="https://namnak.com/lose-weight-diet.p81240">رژیم کاهش وزن سریع و سالم</a></li><li><a href="https://namnak.com/belly-fat.p79915">راه‌های آب کردن چربی شکم</a></li><li><a href="https://namnak.com/healthy-weight-gain.p80372">چاق شدن اصولی در ۳۰ روز</a></li></ul></section>
<section class="nm-comments"><h2>نظرات کاربران (${persian(346)})</h2><div class="nm-comment"><b>سمیرا</b><span>۲ روز پیش</span><p>عدد من ۲۶ شد؛ یعنی باید رژیم بگیرم؟</p><div class="nm-reply"><b>کارشناس نمناک</b><p>در محدوده اضافه وزن هستید؛ برای برنامه غذایی با متخصص تغذیه مشورت کنید.</p></div></div><div class="nm-comment"><b>رضا</b><span>۵ روز پیش</span><p>ابزار خیلی ساده و کاربردی است، ممنون.</p></div></section>
</main>
<div class="nm-app"><a href="https://namnak.com/app">دانلود اپلیکیشن نمناک</a></div>
<footer class="nm-footer"><p>کلیه حقوق برای نمناک محفوظ است.</p><p><a href="https://namnak.com/about">درباره ما</a> <a href="https://namnak.com/contact">تماس با ما</a> <a href="https://namnak.com/ads">تبلیغات</a></p></footer>
<script src="https://namnak.com/Scripts/tools/bmi.min.js?v=3"></script>
</body>
</html>
`;
  return { name: 'nonarticle-namnak-bmi-calculator', markup: 'tool-page-namnak', url: 'https://namnak.com/tools/bmi-calculator', title, html,
    notes: ['A HEALTH CALCULATOR page of the lifestyle magazine Namnak: breadcrumb to «ابزارها», the tool title as <h1>, a star rating and a usage count, a FORM (gender, age, height, weight, «محاسبه کن») with an empty hidden result box, a BMI classification TABLE, two short explanatory paragraphs («BMI چگونه محاسبه می‌شود؟», with a worked example), an FAQ in <details>, a disclaimer, a list of other tools, related posts, two comments with a reply, an app link; WebApplication and FAQPage JSON-LD. Explanatory text of a tool, not a news article: no author, no date, no reported speech.'] };
}

/** [title, intro, thumb id] of the category's items. */
const BEYTOOTE_ITEMS: [string, string][] = [
  ['علائم کمبود منیزیم در بدن و راه‌های جبران آن', 'منیزیم در بیش از سیصد واکنش آنزیمی بدن نقش دارد. گرفتگی عضلات، خستگی مداوم و بی‌خوابی از نشانه‌های کمبود این ماده معدنی است که…'],
  ['فشار خون بالا در جوانی؛ دلایل و درمان', 'فشار خون بالا دیگر بیماری سالمندان نیست. کم‌تحرکی، مصرف نمک زیاد و استرس باعث شده شمار جوانانی که داروی فشار خون مصرف می‌کنند…'],
  ['خواص زنجبیل برای معده و سرماخوردگی', 'زنجبیل از قدیمی‌ترین گیاهان دارویی است که برای تهوع، سوءهاضمه و التهاب توصیه می‌شود. در این مطلب با خواص و عوارض مصرف زیاد آن آشنا می‌شوید…'],
  ['چرا بعد از غذا خواب‌آلود می‌شویم؟', 'احساس خواب‌آلودگی پس از ناهار به نوع غذا، حجم وعده و ساعت خواب شب قبل بستگی دارد. متخصصان برای کاهش این حالت توصیه می‌کنند…'],
  ['آیا نوشیدن آب یخ برای بدن ضرر دارد؟', 'در روزهای گرم تابستان بسیاری از ما به آب یخ پناه می‌بریم. اما آیا این عادت برای معده و گلو مضر است؟ پاسخ پزشکان را بخوانید…'],
  ['۸ عادت ساده برای داشتن قلبی سالم', 'بیماری‌های قلبی همچنان نخستین علت مرگ در ایران است. خوشبختانه با چند تغییر کوچک در سبک زندگی می‌توان خطر آن را به شکل چشمگیری کم کرد…'],
  ['سردرد میگرنی را چطور از سردرد تنشی تشخیص دهیم؟', 'سردردهای یک‌طرفه و ضربان‌دار همراه با حساسیت به نور اغلب میگرنی هستند. در ادامه تفاوت‌های این دو نوع سردرد را مرور می‌کنیم…'],
];

function beytooteHealthCategory(): NonArt {
  const title = 'پزشکی و سلامت';
  const html = `<!DOCTYPE html>
<html lang="fa-ir" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="https://www.beytoote.com/health">
<meta name="keywords" content="پزشکی, سلامت, بیماری, درمان, بیتوته">
<meta name="description" content="مطالب پزشکی و سلامت بیتوته: بیماری‌ها، درمان‌های خانگی، تغذیه سالم و توصیه‌های پزشکان">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>پزشکی و سلامت - بیتوته</title>
<link href="/health?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">
<link rel="stylesheet" href="/templates/beytoote/css/template.css" type="text/css">
</head>
<body class="site com_content view-category layout-blog itemid-214">
<div id="bt-top"><span>${weekday2(9)} ${persian(9)} مرداد ${persian(1405)}</span> <a href="/contact-us">تماس با ما</a> <a href="/advertise">تبلیغات</a></div>
<header id="bt-header"><a href="https://www.beytoote.com/"><img src="/templates/beytoote/images/logo.png" alt="بیتوته"></a>
<ul class="nav menu mod-list"><li class="item-101"><a href="/">صفحه اصلی</a></li><li class="item-214 current active"><a href="/health">پزشکی و سلامت</a></li><li class="item-220"><a href="/cooking">آشپزی</a></li><li class="item-231"><a href="/psychology">روانشناسی</a></li><li class="item-240"><a href="/beauty">زیبایی</a></li><li class="item-251"><a href="/family">خانواده</a></li><li class="item-262"><a href="/news">اخبار</a></li><li class="item-270"><a href="/entertainment">سرگرمی</a></li></ul></header>
<div id="bt-body"><main id="content">
<ul class="breadcrumb"><li><a href="/" class="pathway">صفحه اصلی</a><span class="divider">»</span></li><li class="active"><span>پزشکی و سلامت</span></li></ul>
<div class="blog">
<div class="page-header"><h1>${title}</h1></div>
<div class="category-desc"><p>در این بخش مطالب آموزشی درباره بیماری‌ها، درمان‌های خانگی و راه‌های پیشگیری را می‌خوانید.</p></div>
<ul class="subcategories"><li><a href="/health/hearth-diseas">قلب و عروق</a></li><li><a href="/health/nutrition-health">تغذیه و سلامت</a></li><li><a href="/health/women-health">سلامت زنان</a></li><li><a href="/health/child-health">سلامت کودکان</a></li><li><a href="/health/herbal-medicine">طب سنتی</a></li></ul>
<div class="items-leading clearfix">
${BEYTOOTE_ITEMS.map(([t, intro], i) => `<div class="leading-${i} item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="pull-right item-image"><a href="/health/item/${38912 - i * 17}"><img src="/images/stories/health/h${38912 - i * 17}.jpg" alt="${esc(t)}"></a></div><div class="page-header"><h2 itemprop="name"><a href="/health/item/${38912 - i * 17}" itemprop="url">${esc(t)}</a></h2></div><dl class="article-info muted"><dd class="hits"><span class="icon-eye-open"></span> بازدید: ${fmt(24180 - i * 2315)}</dd></dl><p>${esc(intro)}</p><p class="readmore"><a class="btn" href="/health/item/${38912 - i * 17}" itemprop="url">ادامه مطلب</a></p></div>`).join('\n')}
</div>
<div class="pagination"><p class="counter pull-right">صفحه ${persian(1)} از ${persian(612)}</p><ul><li class="pagination-start"><span class="pagenav">شروع</span></li><li class="pagination-prev"><span class="pagenav">قبلی</span></li><li><span class="pagenav">${persian(1)}</span></li><li><a href="/health?start=7" class="pagenav">${persian(2)}</a></li><li><a href="/health?start=14" class="pagenav">${persian(3)}</a></li><li class="pagination-next"><a href="/health?start=7" class="pagenav">بعدی</a></li><li class="pagination-end"><a href="/health?start=4277" class="pagenav">پایان</a></li></ul></div>
</div>
</main>
<aside id="bt-side"><div class="moduletable"><h3>پربازدیدترین‌های سلامت</h3><ul class="mostread mod-list"><li><a href="/health/item/30155">درمان خانگی سرماخوردگی در یک روز</a></li><li><a href="/health/item/28740">علائم کم‌خونی در زنان</a></li><li><a href="/health/item/27311">بهترین زمان خوردن ویتامین D</a></li></ul></div>
<div class="moduletable"><a href="/ads/click/77"><img src="/images/banners/bime-salamat.gif" alt="تبلیغات"></a></div>
<div class="moduletable"><h3>عضویت در کانال بیتوته</h3><p><a href="https://t.me/beytoote">تلگرام</a> | <a href="https://eitaa.com/beytoote">ایتا</a></p></div></aside></div>
<footer id="bt-footer"><p>کلیه حقوق مطالب برای بیتوته محفوظ است. استفاده از مطالب فقط با ذکر منبع مجاز است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-beytoote-health-category', markup: 'category-beytoote', url: 'https://www.beytoote.com/health', title, html,
    notes: ['A CATEGORY page of the lifestyle magazine Beytoote on JOOMLA (com_content category blog layout: <base href>, generator meta, breadcrumb, the category title «پزشکی و سلامت» as <h1> in .page-header, a category description, sub-category links, seven .items-leading entries each with image, an <h2> linked title, hits and a cut intro ending in «…» with «ادامه مطلب», a Joomla pagination «صفحه ۱ از ۶۱۲», a most-read module, an ad, messenger links, footer). Intros of many posts, each two sentences or less: not an article.'] };
}

function weekday2(mordadDay: number): string {
  // 1 Mordad 1405 = Thursday 23 July 2026.
  return WEEKDAYS[(4 + mordadDay - 1) % 7];
}

const NON_ARTICLES: NonArt[] = [namnakBmiCalculator(), beytooteHealthCategory()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout23', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '275310', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
