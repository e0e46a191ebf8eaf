// Builds the FOURTH held-out fixture set, tests/fixtures/heldout4/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Twelve article pages in the markup of twelve sites that no earlier set renders
// (Tabnak, Alef, Fararu, Etemad, Jam-e Jam Online, IRIB News, Mizan, DW Persian, Iran International,
// EcoIran, a Blogfa-hosted local sports blog, a Joomla provincial news site) and four non-article pages
// (IBNA section index, Pana photo gallery, Tejarat News video index, IRIMO weather forecast). All twelve
// texts were written for this set; the names of all quoted officials and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout4.ts          (build + check)
//        npx tsx scripts/build-heldout4.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { checkHeldoutDir } from './lib/heldout-check';
import { bodyHtml, li, plain, writtenSetBuilder, type Art, type Ctx, type NonArt } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout4');


const jsonld = (c: Ctx, publisher: string, logo: string, extra: Record<string, unknown> = {}) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso,
    dateModified: c.iso, mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url }, image: [logo.replace('logo', 'news-photo')],
    description: c.a.lead ?? plain(c.a.paras[0]).slice(0, 150),
    publisher: { '@type': 'Organization', name: publisher, logo: { '@type': 'ImageObject', url: logo } }, ...extra,
  }).replace(/</g, '\\u003c')}</script>`;

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ') => c.a.tags.map((t) => `<a href="${base}${encodeURIComponent(t)}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const DAY_WORDS = ['', 'یکم', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم', 'دهم', 'یازدهم', 'دوازدهم', 'سیزدهم', 'چهاردهم', 'پانزدهم'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** UTC time of the page's date (Tehran is +03:30 all year since 2022). */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', 'Z');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, { site: string; render: (c: Ctx) => string; boiler: string[] }> = {
  // Tabnak: old ASP CMS, XHTML doctype, no date in <head>, body as <div> lines, rutitr + subtitle.
  tabnak: {
    site: 'تابناک',
    boiler: ['کد خبر', 'تاریخ انتشار', 'نظرات بینندگان', 'پربیننده‌ترین', 'اخبار مرتبط', 'کلیه حقوق این سایت متعلق به پایگاه خبری تحلیلی تابناک است', 'عضویت در خبرنامه'],
    render: (c) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="fa" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>تابناک | ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta name="keywords" content="${esc(c.a.tags.join(','))}" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:site_name" content="تابناک" />
<meta property="og:image" content="https://cdn.tabnak.ir/files/fa/news/1404/7/6/1702261_458.jpg" />
<link rel="stylesheet" type="text/css" href="https://www.tabnak.ir/client/themes/fa/main/css/news.css" />
<script type="text/javascript" src="https://www.tabnak.ir/client/js/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><a href="https://www.tabnak.ir/"><img src="https://www.tabnak.ir/client/themes/fa/main/img/logo.png" alt="تابناک" /></a>
 <div class="top_date">${weekday(c)} ${faDate(c)}</div></div>
<div id="menu"><ul>
 <li><a href="https://www.tabnak.ir/">صفحه نخست</a></li><li><a href="https://www.tabnak.ir/fa/service/1">سیاسی</a></li><li><a href="https://www.tabnak.ir/fa/service/6">اقتصادی</a></li>
 <li><a href="https://www.tabnak.ir/fa/service/3">اجتماعی</a></li><li><a href="https://www.tabnak.ir/fa/service/8">بین‌الملل</a></li><li><a href="https://www.tabnak.ir/fa/service/2">ورزشی</a></li>
 <li><a href="https://www.tabnak.ir/fa/service/24">فرهنگی</a></li><li><a href="https://www.tabnak.ir/fa/archive">آرشیو</a></li></ul></div>
<table class="main_table" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="right_col" valign="top">
 <div class="news_path"><a href="https://www.tabnak.ir/">تابناک</a> &gt; <a href="https://www.tabnak.ir/fa/service/1">سیاسی</a> &gt; <a href="https://www.tabnak.ir/fa/service/1/majlis">${esc(c.a.kicker)}</a></div>
 <div class="news_toolbar"><span class="news_id">کد خبر: ${persian(c.id)}</span> <span class="news_date">تاریخ انتشار: ${faTime(c)} - ${faDate(c)}</span> <a class="print_link" href="https://www.tabnak.ir/fa/print/${c.id}">چاپ</a></div>
 <div class="rutitr">در جلسه علنی امروز مجلس چه گذشت؟</div>
 <h1 class="Htag">${esc(c.a.title)}</h1>
 <div class="subtitle">${esc(c.a.lead ?? '')}</div>
 <div class="body" id="newsMainBody">
${bodyHtml(c, (t) => `<div style="text-align: justify;">${t}</div>`, (t) => `<div><strong>${t}</strong></div>`,
  `<div style="text-align: center;"><img src="https://cdn.tabnak.ir/files/fa/news/1404/7/6/1702262_722.jpg" alt="" /><div class="img_caption">${esc(c.a.caption)}</div><div class="img_credit">${esc(c.a.credit)}</div></div>`)}
 </div>
 <div class="tags_title">برچسب‌ها: ${tagLinks(c, 'https://www.tabnak.ir/fa/tag/1/', ' ، ')}</div>
 <div class="share_box">اشتراک‌گذاری: <a href="https://telegram.me/share/url?url=${esc(c.a.url)}">تلگرام</a> | <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> | <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">توییتر</a></div>
 <div class="related_news"><div class="title">اخبار مرتبط</div><ul>
${li(c.a.related, 'https://www.tabnak.ir/fa/news/', 1701800)}
 </ul></div>
 <div class="comments"><div class="title">نظرات بینندگان</div>
  <div class="comm_info">انتشار یافته: ${persian(c.a.comments.length)} | در انتظار بررسی: ۳۱ | غیر قابل انتشار: ۶</div>
${comments(c, (n, t, k) => `<div class="comm_item"><div class="comm_name">${n}</div><div class="comm_date">${faTime(c)} - ${faDate(c)}</div><div class="comm_body">${t}</div><div class="comm_rate">${persian(40 - 13 * k)} ${persian(3 + k)}</div></div>`)}
  <div class="comment_form">نام: <input type="text" name="name" /> ایمیل: <input type="text" name="email" /> <textarea name="comment"></textarea> <input type="submit" value="ارسال نظر" /></div>
 </div>
</td>
<td class="left_col" valign="top" width="300">
 <div class="box_most"><div class="title">پربیننده‌ترین</div><ul>
${li(c.a.mostRead, 'https://www.tabnak.ir/fa/news/', 1701500)}
 </ul></div>
 <div class="newsletter"><div class="title">عضویت در خبرنامه</div><input type="text" placeholder="ایمیل" /> <input type="submit" value="عضویت" /></div>
</td></tr></table>
<div id="footer"><a href="https://www.tabnak.ir/fa/about">درباره ما</a> | <a href="https://www.tabnak.ir/fa/contact">تماس با ما</a> | <a href="https://www.tabnak.ir/fa/rss">RSS</a><br />کلیه حقوق این سایت متعلق به پایگاه خبری تحلیلی تابناک است.</div>
</div>
</body>
</html>
`,
  },

  // Alef: article:published_time + og, rutitr, lead in .lead, «news_body» <p>s, newsletter box.
  alef: {
    site: 'الف',
    boiler: ['کد خبر', 'اخبار مرتبط', 'پربازدید', 'دیدگاه شما', 'تمام حقوق این پایگاه متعلق به الف است', 'در خبرنامه الف عضو شوید'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - الف</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} - الف">
<meta property="og:site_name" content="الف">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://www.alef.ir/files/news/1404/07/01/319804_233.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="اجتماعی">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.alef.ir/assets/css/main.min.css">
</head>
<body>
<header class="site-header">
 <div class="container"><a class="brand" href="https://www.alef.ir/"><img src="https://www.alef.ir/assets/img/logo.svg" alt="الف"></a>
 <span class="today">${weekday(c)} ${faDate(c)}</span></div>
 <nav class="navbar"><ul class="nav">
  <li><a href="https://www.alef.ir/">خانه</a></li><li><a href="https://www.alef.ir/service/politics">سیاسی</a></li><li><a href="https://www.alef.ir/service/social">اجتماعی</a></li>
  <li><a href="https://www.alef.ir/service/economy">اقتصادی</a></li><li><a href="https://www.alef.ir/service/world">جهان</a></li><li><a href="https://www.alef.ir/service/culture">فرهنگی</a></li>
  <li><a href="https://www.alef.ir/service/opinion">یادداشت</a></li><li><a href="https://www.alef.ir/multimedia">چندرسانه‌ای</a></li></ul></nav>
</header>
<main class="container">
 <ol class="breadcrumb"><li><a href="https://www.alef.ir/">الف</a></li><li><a href="https://www.alef.ir/service/social">اجتماعی</a></li><li>${esc(c.a.kicker)}</li></ol>
 <div class="row">
 <article class="col-md-8 news-item">
  <div class="item-meta"><span class="code">کد خبر: ${persian(c.id)}</span> <time datetime="${c.iso}">${faDate(c)} ساعت ${faTime(c)}</time></div>
  <h4 class="uptitle">${esc(c.a.kicker)}</h4>
  <h1 class="item-title">${esc(c.a.title)}</h1>
  <p class="lead">${esc(c.a.lead ?? '')}</p>
  <figure class="item-img"><img src="https://www.alef.ir/files/news/1404/07/01/319804_233.jpg" alt="${esc(c.a.title)}"><figcaption>${esc(c.a.caption)} <small>${esc(c.a.credit)}</small></figcaption></figure>
  <div class="news_body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
  </div>
  <div class="item-tags">${tagLinks(c, 'https://www.alef.ir/tag/')}</div>
  <div class="item-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتس‌اپ</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <button>لینک کوتاه</button></div>
  <section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.alef.ir/news/', 4040600)}
  </ul></section>
  <section class="comments"><h2>دیدگاه شما</h2>
${comments(c, (n, t) => `<div class="cm"><div class="cm-head"><strong>${n}</strong> <span>${faDate(c)}</span></div><p class="cm-text">${t}</p><span class="cm-like">پسندیدم</span></div>`)}
   <form class="cm-form"><input placeholder="نام"><textarea placeholder="متن دیدگاه"></textarea><button>ارسال</button></form>
  </section>
 </article>
 <aside class="col-md-4">
  <section class="most"><h3>پربازدید</h3><ol>
${li(c.a.mostRead, 'https://www.alef.ir/news/', 4040100)}
  </ol></section>
  <section class="newsletter"><h3>در خبرنامه الف عضو شوید</h3><form><input type="email" placeholder="ایمیل شما"><button>ثبت</button></form></section>
 </aside>
 </div>
</main>
<footer class="site-footer"><div class="container"><a href="https://www.alef.ir/about">درباره الف</a> · <a href="https://www.alef.ir/contact">تماس</a> · <a href="https://www.alef.ir/rss">خوراک</a><p>تمام حقوق این پایگاه متعلق به الف است.</p></div></footer>
</body>
</html>
`,
  },

  // Fararu: JSON-LD NewsArticle, lead in .lead, interview body with bold questions, byline «گفت‌وگو:».
  fararu: {
    site: 'فرارو',
    boiler: ['کد خبر', 'مطالب مرتبط', 'پربیننده ترین ها', 'ارسال نظر', 'کلیه حقوق این سایت محفوظ و متعلق به فرارو است', 'فرارو را در شبکه‌های اجتماعی دنبال کنید'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(c.a.title)} | فرارو</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} | فرارو">
<meta property="og:site_name" content="فرارو">
<meta property="og:image" content="https://fararu.com/files/fa/news/1404/7/3/2250187_118.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld(c, 'فرارو', 'https://fararu.com/client/themes/fa/main/img/logo.png', { author: { '@type': 'Person', name: c.a.author } })}
</head>
<body class="news-page">
<div class="header-wrap"><header class="header">
 <a class="logo" href="https://fararu.com/"><img src="https://fararu.com/client/themes/fa/main/img/logo.png" alt="فرارو"></a>
 <ul class="main-nav"><li><a href="https://fararu.com/">صفحه اصلی</a></li><li><a href="https://fararu.com/fa/service/politics">سیاست</a></li><li><a href="https://fararu.com/fa/service/economy">اقتصاد</a></li>
 <li><a href="https://fararu.com/fa/service/society">جامعه</a></li><li><a href="https://fararu.com/fa/service/world">جهان</a></li><li><a href="https://fararu.com/fa/service/interview">گفت‌وگو</a></li><li><a href="https://fararu.com/fa/service/science">علم و فناوری</a></li></ul>
</header></div>
<div class="container news-container">
 <div class="bread"><a href="https://fararu.com/">فرارو</a> / <a href="https://fararu.com/fa/service/economy">اقتصاد</a> / <span>${esc(c.a.kicker)}</span></div>
 <div class="news-main">
  <div class="news-head">
   <div class="news-info"><span>کد خبر: ${persian(c.id)}</span> | <span>${faDate(c)} - ${faTime(c)}</span></div>
   <h1 class="title">${esc(c.a.title)}</h1>
   <div class="lead">${esc(c.a.lead ?? '')}</div>
   <div class="byline">گفت‌وگو: ${esc(c.a.author ?? '')}</div>
  </div>
  <div class="news-body" id="echo_detail">
${bodyHtml(c, (t) => `<p style="text-align:justify">${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<p style="text-align:center"><img src="https://fararu.com/files/fa/news/1404/7/3/2250188_532.jpg" alt=""></p><p class="caption" style="text-align:center">${esc(c.a.caption)} / ${esc(c.a.credit)}</p>`, '',
  (t) => `<p style="text-align:justify"><strong>${t}</strong></p>`)}
  </div>
  <div class="news-tags">${tagLinks(c, 'https://fararu.com/fa/tag/1/')}</div>
  <div class="share">اشتراک گذاری: <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://twitter.com/share?url=${esc(c.a.url)}">ایکس</a> <a href="https://www.linkedin.com/shareArticle?url=${esc(c.a.url)}">لینکدین</a></div>
  <div class="related"><div class="block-title">مطالب مرتبط</div><ul>
${li(c.a.related, 'https://fararu.com/fa/news/', 2249700)}
  </ul></div>
  <div class="comments-area"><div class="block-title">ارسال نظر</div>
   <div class="comment-form"><input placeholder="نام"><input placeholder="ایمیل"><textarea></textarea><button>ارسال</button></div>
   <ul class="comment-list">
${comments(c, (n, t) => `<li><span class="c-name">${n}</span> <span class="c-date">${faDate(c)}</span><div class="c-text">${t}</div></li>`)}
   </ul></div>
 </div>
 <div class="news-side">
  <div class="most-viewed"><div class="block-title">پربیننده ترین ها</div><ul>
${li(c.a.mostRead, 'https://fararu.com/fa/news/', 2249300)}
  </ul></div>
  <div class="social-box">فرارو را در شبکه‌های اجتماعی دنبال کنید <a href="https://t.me/fararu">تلگرام</a> <a href="https://www.instagram.com/fararu">اینستاگرام</a></div>
 </div>
</div>
<footer class="footer"><p>کلیه حقوق این سایت محفوظ و متعلق به فرارو است.</p></footer>
</body>
</html>
`,
  },

  // Etemad daily: visible Jalali date with the issue number only, rotitr, lead, byline, <p>s.
  etemad: {
    site: 'روزنامه اعتماد',
    boiler: ['شماره روزنامه', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'نظرات', 'کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه اعتماد است', 'نسخه PDF روزنامه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | روزنامه اعتماد</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} | روزنامه اعتماد">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:image" content="https://www.etemadnewspaper.ir/images/docs/files/000321/nf00321460-1.jpg">
<link rel="stylesheet" href="https://www.etemadnewspaper.ir/css/site.css">
</head>
<body>
<div class="page">
 <header class="masthead"><a href="https://www.etemadnewspaper.ir/"><img src="https://www.etemadnewspaper.ir/images/logo.png" alt="روزنامه اعتماد"></a>
  <div class="issue">${weekday(c)} ${faDate(c)} - شماره روزنامه ۶۰۱۲</div>
  <a class="pdf" href="https://www.etemadnewspaper.ir/fa/main/pdf/6012">نسخه PDF روزنامه</a></header>
 <nav class="pages-nav"><a href="https://www.etemadnewspaper.ir/fa/main/page/1">صفحه اول</a> <a href="https://www.etemadnewspaper.ir/fa/main/page/2">سیاست</a> <a href="https://www.etemadnewspaper.ir/fa/main/page/5">اقتصاد</a> <a href="https://www.etemadnewspaper.ir/fa/main/page/8">جامعه</a> <a href="https://www.etemadnewspaper.ir/fa/main/page/11">فرهنگ</a> <a href="https://www.etemadnewspaper.ir/fa/main/page/14">جهان</a> <a href="https://www.etemadnewspaper.ir/fa/main/page/16">ورزش</a></nav>
 <div class="content">
  <div class="detail">
   <div class="path"><a href="https://www.etemadnewspaper.ir/">خانه</a> » <a href="https://www.etemadnewspaper.ir/fa/main/page/8">جامعه</a></div>
   <div class="rutitr">${esc(c.a.kicker)}</div>
   <h1>${esc(c.a.title)}</h1>
   <div class="lead">${esc(c.a.lead ?? '')}</div>
   <div class="author">${esc(c.a.author ?? '')}</div>
   <div class="text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<p><b>${t}</b></p>`,
  `<div class="photo"><img src="https://www.etemadnewspaper.ir/images/docs/files/000321/nf00321460-2.jpg" alt=""><span class="caption">${esc(c.a.caption)}</span><span class="photographer">${esc(c.a.credit)}</span></div>`)}
   </div>
   <div class="keywords">کلیدواژه‌ها: ${tagLinks(c, 'https://www.etemadnewspaper.ir/fa/main/tag/', '، ')}</div>
   <div class="share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://www.etemadnewspaper.ir/fa/main/print/${c.id}">چاپ</a></div>
   <div class="related"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://www.etemadnewspaper.ir/fa/main/detail/', 232100)}
   </ul></div>
   <div class="comments"><h3>نظرات</h3>
${comments(c, (n, t) => `<div class="comment"><b>${n}</b><p>${t}</p></div>`)}
    <form><textarea placeholder="نظر خود را بنویسید"></textarea><button>ارسال</button></form></div>
  </div>
  <div class="sidebar"><h3>پربازدیدترین‌ها</h3><ul>
${li(c.a.mostRead, 'https://www.etemadnewspaper.ir/fa/main/detail/', 231800)}
  </ul></div>
 </div>
 <footer><p>کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه اعتماد است.</p><p>نشانی: تهران، خیابان کریمخان زند - تلفن: ۸۸۳۰۹۸۶۱</p></footer>
</div>
</body>
</html>
`,
  },

  // Jam-e Jam Online: JSON-LD, lead, <p>s, in-body «بیشتر بخوانید» box, «انتهای پیام» absent.
  jamejam: {
    site: 'جام جم آنلاین',
    boiler: ['کد خبر', 'بیشتر بخوانید', 'اخبار مرتبط', 'پربیننده‌ترین‌ها', 'نظرات کاربران', 'تمامی حقوق این سایت متعلق به جام جم آنلاین است', 'اشتراک گذاری'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - جام جم آنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} - جام جم آنلاین">
<meta property="og:site_name" content="جام جم آنلاین">
<meta property="og:image" content="https://cdn.jamejamonline.ir/thumbnail/2Kq8Zr1PmXyz/news-photo.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld(c, 'جام جم آنلاین', 'https://jamejamonline.ir/images/logo.png')}
</head>
<body>
<header class="jj-header"><div class="jj-top"><a href="https://jamejamonline.ir/"><img src="https://jamejamonline.ir/images/logo.png" alt="جام جم آنلاین"></a><span class="jj-date">${weekday(c)} ${faDate(c)}</span></div>
<nav class="jj-nav"><a href="https://jamejamonline.ir/fa/service/politics">سیاسی</a> <a href="https://jamejamonline.ir/fa/service/society">جامعه</a> <a href="https://jamejamonline.ir/fa/service/health">سلامت</a> <a href="https://jamejamonline.ir/fa/service/economy">اقتصاد</a> <a href="https://jamejamonline.ir/fa/service/science">دانش و فناوری</a> <a href="https://jamejamonline.ir/fa/service/culture">فرهنگ و هنر</a> <a href="https://jamejamonline.ir/fa/service/sport">ورزش</a> <a href="https://jamejamonline.ir/fa/service/tv">رادیو و تلویزیون</a></nav></header>
<div class="jj-wrap">
 <div class="jj-main">
  <div class="jj-breadcrumb"><a href="https://jamejamonline.ir/">صفحه اصلی</a> › <a href="https://jamejamonline.ir/fa/service/health">سلامت</a> › ${esc(c.a.kicker)}</div>
  <div class="jj-news">
   <div class="jj-meta"><span>کد خبر: ${persian(c.id)}</span> <span>${faDate(c)} ، ${faTime(c)}</span></div>
   <h1 class="jj-title">${esc(c.a.title)}</h1>
   <p class="jj-lead">${esc(c.a.lead ?? '')}</p>
   <div class="jj-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<figure class="jj-figure"><img src="https://cdn.jamejamonline.ir/images/news-photo-2.jpg" alt=""><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>`,
  `<div class="jj-readmore"><span>بیشتر بخوانید:</span> <a href="https://jamejamonline.ir/fa/news/1711205">${esc(c.a.inline ?? '')}</a></div>`)}
   </div>
   <div class="jj-tags">${tagLinks(c, 'https://jamejamonline.ir/fa/tags/')}</div>
   <div class="jj-share"><span>اشتراک گذاری</span> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://ble.ir/share?url=${esc(c.a.url)}">بله</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a></div>
  </div>
  <section class="jj-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://jamejamonline.ir/fa/news/', 1711000)}
  </ul></section>
  <section class="jj-comments"><h3>نظرات کاربران</h3>
${comments(c, (n, t) => `<div class="jj-cm"><b>${n}</b> <small>${faDate(c)}</small><p>${t}</p></div>`)}
   <form><input placeholder="نام"><textarea placeholder="نظر"></textarea><button>ثبت نظر</button></form></section>
 </div>
 <aside class="jj-side"><section class="jj-most"><h3>پربیننده‌ترین‌ها</h3><ul>
${li(c.a.mostRead, 'https://jamejamonline.ir/fa/news/', 1710800)}
 </ul></section></aside>
</div>
<footer class="jj-footer"><p>تمامی حقوق این سایت متعلق به جام جم آنلاین است.</p></footer>
</body>
</html>
`,
  },

  // IRIB News: article:published_time, lead in .item-summary, body <p>s, «انتهای پیام» after the body.
  iribnews: {
    site: 'خبرگزاری صدا و سیما',
    boiler: ['کد خبر', 'انتهای پیام', 'اخبار مرتبط', 'پربازدیدترین', 'نظر شما', 'کلیه حقوق این سایت متعلق به خبرگزاری صدا و سیما است', 'در حال بارگذاری'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>خبرگزاری صدا و سیما | ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="خبرگزاری صدا و سیما">
<meta property="og:image" content="https://www.iribnews.ir/files/fa/news/1404/7/2/5382016_440.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<header id="header"><div class="container"><a href="https://www.iribnews.ir/"><img src="https://www.iribnews.ir/client/themes/fa/main/img/logo.png" alt="خبرگزاری صدا و سیما"></a>
<ul class="menu"><li><a href="https://www.iribnews.ir/fa/service/1">سیاسی</a></li><li><a href="https://www.iribnews.ir/fa/service/2">اقتصادی</a></li><li><a href="https://www.iribnews.ir/fa/service/3">اجتماعی</a></li><li><a href="https://www.iribnews.ir/fa/service/5">بین‌الملل</a></li><li><a href="https://www.iribnews.ir/fa/service/7">استان‌ها</a></li><li><a href="https://www.iribnews.ir/fa/service/8">ورزشی</a></li><li><a href="https://www.iribnews.ir/fa/live">پخش زنده</a></li></ul></div></header>
<main class="container">
 <div class="row">
 <div class="col-main">
  <ul class="breadcrumb"><li><a href="https://www.iribnews.ir/">خانه</a></li><li><a href="https://www.iribnews.ir/fa/service/7">استان‌ها</a></li><li><a href="https://www.iribnews.ir/fa/service/7/ardabil">${esc(c.a.kicker)}</a></li></ul>
  <article class="news">
   <div class="item-date"><span>${faDate(c)} - ${faTime(c)}</span> <span class="item-code">کد خبر: ${persian(c.id)}</span></div>
   <h1 class="title">${esc(c.a.title)}</h1>
   <p class="item-summary">${esc(c.a.lead ?? '')}</p>
   <figure class="item-img"><img src="https://www.iribnews.ir/files/fa/news/1404/7/2/5382016_440.jpg" alt="${esc(c.a.title)}"><figcaption>${esc(c.a.caption)} <span>${esc(c.a.credit)}</span></figcaption></figure>
   <div class="item-text">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
   </div>
   <div class="end-news">انتهای پیام/</div>
   <div class="tags">${tagLinks(c, 'https://www.iribnews.ir/fa/tag/1/')}</div>
   <div class="share-box"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://rubika.ir/share?url=${esc(c.a.url)}">روبیکا</a></div>
  </article>
  <section class="related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.iribnews.ir/fa/news/', 5381500)}
  </ul></section>
  <section class="comments"><h2>نظر شما</h2><div class="loading">در حال بارگذاری</div>
${comments(c, (n, t) => `<div class="comment"><span class="name">${n}</span><p>${t}</p></div>`)}
   <form><input placeholder="نام"><textarea></textarea><button>ارسال</button></form></section>
 </div>
 <aside class="col-side"><section class="most"><h2>پربازدیدترین</h2><ul>
${li(c.a.mostRead, 'https://www.iribnews.ir/fa/news/', 5381200)}
 </ul></section></aside>
 </div>
</main>
<footer><p>کلیه حقوق این سایت متعلق به خبرگزاری صدا و سیما است.</p></footer>
</body>
</html>
`,
  },

  // Mizan: JSON-LD, rutitr, lead, body <p>s with «انتهای پیام/» as the last paragraph inside the body div.
  mizan: {
    site: 'خبرگزاری میزان',
    boiler: ['کد خبر', 'انتهای پیام', 'اخبار مرتبط', 'پربیننده ترین اخبار', 'ارسال دیدگاه', 'کلیه حقوق برای خبرگزاری میزان محفوظ است', 'لینک کوتاه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - خبرگزاری میزان</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} - خبرگزاری میزان">
<meta property="og:image" content="https://media.mizan.news/d/2025/09/30/4/5218842.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld(c, 'خبرگزاری میزان', 'https://www.mizan.news/resources/theme/mizan/img/logo.png')}
</head>
<body>
<header class="header"><a class="logo" href="https://www.mizan.news/"><img src="https://www.mizan.news/resources/theme/mizan/img/logo.png" alt="میزان"></a>
<nav><ul><li><a href="https://www.mizan.news/بخش-قضایی-6">قضایی</a></li><li><a href="https://www.mizan.news/بخش-حقوقی-7">حقوقی</a></li><li><a href="https://www.mizan.news/بخش-سیاسی-1">سیاسی</a></li><li><a href="https://www.mizan.news/بخش-اجتماعی-3">اجتماعی</a></li><li><a href="https://www.mizan.news/بخش-استان-ها-11">استان‌ها</a></li><li><a href="https://www.mizan.news/بخش-چندرسانه-ای-9">چندرسانه‌ای</a></li></ul></nav></header>
<div class="container">
 <div class="main">
  <div class="breadcrumb"><a href="https://www.mizan.news/">میزان</a> » <a href="https://www.mizan.news/بخش-استان-ها-11">استان‌ها</a> » <a href="https://www.mizan.news/بخش-استان-ها-11/هرمزگان">${esc(c.a.kicker)}</a></div>
  <div class="news-content">
   <div class="news-info"><span class="code">کد خبر: ${persian(c.id)}</span> <span class="date">${faDate(c)} - ${faTime(c)}</span></div>
   <h2 class="rutitr">دادستان مرکز استان هرمزگان خبر داد</h2>
   <h1 class="title">${esc(c.a.title)}</h1>
   <p class="lead">${esc(c.a.lead ?? '')}</p>
   <div class="primary-image"><img src="https://media.mizan.news/d/2025/09/30/4/5218842.jpg" alt=""><p class="img-caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</p></div>
   <div id="item-text" class="item-text">
${bodyHtml(c, (t) => `<p style="text-align:justify">${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
<p>انتهای پیام/</p>
   </div>
   <div class="tags"><span>برچسب ها:</span> ${tagLinks(c, 'https://www.mizan.news/tags/')}</div>
   <div class="short-link">لینک کوتاه: <span>https://www.mizan.news/00GqZx</span></div>
   <div class="share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://ble.ir/share?url=${esc(c.a.url)}">بله</a></div>
  </div>
  <section class="related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.mizan.news/بخش-قضایی-6/', 5218100)}
  </ul></section>
  <section class="comments"><h3>ارسال دیدگاه</h3><form><input placeholder="نام"><textarea placeholder="دیدگاه شما"></textarea><button>ارسال</button></form>
${comments(c, (n, t) => `<div class="comment"><div class="c-author">${n}</div><div class="c-body">${t}</div></div>`)}
  </section>
 </div>
 <aside class="side"><h3>پربیننده ترین اخبار</h3><ul>
${li(c.a.mostRead, 'https://www.mizan.news/بخش-قضایی-6/', 5217800)}
 </ul></aside>
</div>
<footer><p>کلیه حقوق برای خبرگزاری میزان محفوظ است.</p></footer>
</body>
</html>
`,
  },

  // DW Persian: Gregorian date in Latin digits (DD.MM.YYYY), JSON-LD in UTC, teaser in <p class="intro">,
  // body <p>s with a video box inside, «مطالب مرتبط» and «نسخه چاپی» chrome.
  dw: {
    site: 'دویچه‌وله فارسی',
    boiler: ['لینک کوتاه', 'مطالب مرتبط', 'پربیننده‌ترین', 'پیشنهاد برای ادامه مطالعه', '© 2025 Deutsche Welle', 'رفتن به محتوای اصلی', 'ویدیو را ببینید'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} – DW – ${c.g.d}.${c.g.m}.${c.g.y}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} – DW – ${c.g.d}.${c.g.m}.${c.g.y}">
<meta property="og:site_name" content="DW">
<meta property="og:image" content="https://static.dw.com/image/73851204_6.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld(c, 'Deutsche Welle', 'https://static.dw.com/logo.png', { datePublished: utcIso(c), dateModified: utcIso(c), inLanguage: 'fa' })}
</head>
<body>
<a class="skip" href="#main">رفتن به محتوای اصلی</a>
<header class="dw-header"><a href="https://www.dw.com/fa-ir/"><img src="https://static.dw.com/dw-logo.svg" alt="DW"></a>
<nav><a href="https://www.dw.com/fa-ir/ایران/s-12011">ایران</a> <a href="https://www.dw.com/fa-ir/جهان/s-12012">جهان</a> <a href="https://www.dw.com/fa-ir/افغانستان/s-12019">افغانستان</a> <a href="https://www.dw.com/fa-ir/آلمان/s-12013">آلمان</a> <a href="https://www.dw.com/fa-ir/فرهنگ/s-12015">فرهنگ</a> <a href="https://www.dw.com/fa-ir/ویدیو/s-100948">ویدیو</a></nav></header>
<main id="main">
 <article>
  <div class="kicker"><a href="https://www.dw.com/fa-ir/افغانستان/s-12019">${esc(c.a.kicker)}</a></div>
  <h1>${esc(c.a.title)}</h1>
  <div class="publication"><span class="date"><time datetime="${utcIso(c)}">${c.g.d}.${c.g.m}.${c.g.y}</time></span> <span class="link">لینک کوتاه https://p.dw.com/p/4xQ7t</span></div>
  <p class="intro"><strong>${esc(c.a.lead ?? '')}</strong></p>
  <figure class="hero"><img src="https://static.dw.com/image/73851204_6.jpg" alt=""><figcaption>${esc(c.a.caption)}<span class="copyright">${esc(c.a.credit)}</span></figcaption></figure>
  <div class="rich-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<div class="video-player"><video poster="https://static.dw.com/image/73850011_6.jpg"></video><div class="video-title">${esc(c.a.inline ?? '')}</div><span>ویدیو را ببینید ۰۲:۴۱</span></div>`)}
  </div>
  <p class="source">${esc(c.a.author ?? '')}</p>
  <div class="topics">موضوعات: ${tagLinks(c, 'https://www.dw.com/fa-ir/t-', ' ')}</div>
  <div class="share">اشتراک‌گذاری: <a href="https://www.facebook.com/sharer/sharer.php?u=${esc(c.a.url)}">فیس‌بوک</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتس‌اپ</a></div>
 </article>
 <section class="related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://www.dw.com/fa-ir/a-7385', 1000)}
 </ul></section>
 <section class="recommend"><h2>پیشنهاد برای ادامه مطالعه</h2><ul>
${li(c.a.mostRead.slice(2), 'https://www.dw.com/fa-ir/a-7384', 1500)}
 </ul></section>
 <section class="most"><h2>پربیننده‌ترین</h2><ul>
${li(c.a.mostRead.slice(0, 2), 'https://www.dw.com/fa-ir/a-7383', 2000)}
 </ul></section>
</main>
<footer class="dw-footer"><a href="https://www.dw.com/fa-ir/درباره-dw/s-12021">درباره DW</a> <a href="https://www.dw.com/fa-ir/impressum">Impressum</a><p>© 2025 Deutsche Welle</p></footer>
</body>
</html>
`,
  },

  // Iran International: Next.js, <time datetime> in UTC, lead, embedded tweet blockquote in the body.
  iranintl: {
    site: 'ایران اینترنشنال',
    boiler: ['بیشتر بخوانید', 'پربیننده‌ترین‌ها', 'ایران اینترنشنال را دنبال کنید', 'عضویت در خبرنامه', 'تمامی حقوق برای ایران اینترنشنال محفوظ است', 'پخش زنده'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | ایران اینترنشنال</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="ایران اینترنشنال">
<meta property="og:image" content="https://i.iranintl.com/images/rx/1200x675/202509294519.jpg">
<meta property="article:published_time" content="${utcIso(c)}">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<div id="__next">
<header class="Header_root"><a href="https://www.iranintl.com/"><img src="https://www.iranintl.com/logo.svg" alt="ایران اینترنشنال"></a>
<nav class="Header_nav"><a href="https://www.iranintl.com/iran">ایران</a> <a href="https://www.iranintl.com/world">جهان</a> <a href="https://www.iranintl.com/economy">اقتصاد</a> <a href="https://www.iranintl.com/society">جامعه</a> <a href="https://www.iranintl.com/environment">محیط زیست</a> <a href="https://www.iranintl.com/opinion">دیدگاه</a> <a href="https://www.iranintl.com/live">پخش زنده</a></nav></header>
<main class="ArticlePage_main">
 <article>
  <a class="ArticlePage_tag" href="https://www.iranintl.com/environment">${esc(c.a.kicker)}</a>
  <h1 class="ArticlePage_title">${esc(c.a.title)}</h1>
  <div class="ArticlePage_meta"><time datetime="${utcIso(c)}">${faDate(c)}، ${faTime(c)}</time></div>
  <p class="ArticlePage_lead">${esc(c.a.lead ?? '')}</p>
  <figure><img src="https://i.iranintl.com/images/rx/1200x675/202509294519.jpg" alt=""><figcaption>${esc(c.a.caption)} <span>${esc(c.a.credit)}</span></figcaption></figure>
  <div class="ArticlePage_body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<blockquote class="twitter-tweet" data-lang="fa"><p lang="fa" dir="rtl">${esc(c.a.inline ?? '')}</p>— محیط زیست ایران (@IranEnvWatch) <a href="https://twitter.com/IranEnvWatch/status/1972651028374651904">September 29, 2025</a></blockquote>`,
  `<div class="ReadMore"><span>بیشتر بخوانید</span><a href="https://www.iranintl.com/202509215137">${esc(c.a.extraExcludes?.[0] ?? '')}</a></div>`)}
  </div>
  <div class="ArticlePage_tags">${tagLinks(c, 'https://www.iranintl.com/tags/')}</div>
 </article>
 <aside><h3>پربیننده‌ترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://www.iranintl.com/2025092', 8100)}
 </ol>
 <div class="Follow"><h3>ایران اینترنشنال را دنبال کنید</h3><a href="https://t.me/iranintl">تلگرام</a> <a href="https://www.instagram.com/iranintl">اینستاگرام</a> <a href="https://x.com/IranIntl">ایکس</a></div>
 <div class="Newsletter"><h3>عضویت در خبرنامه</h3><input placeholder="ایمیل"><button>عضویت</button></div>
 <h3>مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://www.iranintl.com/2025091', 4400)}
 </ul></aside>
</main>
<footer><p>تمامی حقوق برای ایران اینترنشنال محفوظ است.</p></footer>
</div>
<script async src="https://platform.twitter.com/widgets.js"></script>
</body>
</html>
`,
  },

  // EcoIran: article:published_time, lead, body in <section>s (one per paragraph block), «بیشتر بخوانید».
  ecoiran: {
    site: 'اکوایران',
    boiler: ['بیشتر بخوانید', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'نظرات', 'تمامی حقوق مادی و معنوی برای اکوایران محفوظ است', 'کد خبر', 'خبرنامه اکوایران'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | اکوایران</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} | اکوایران">
<meta property="og:image" content="https://static3.ecoiran.com/thumbnail/pistachio-export.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="تجارت">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<header class="eco-header"><a href="https://ecoiran.com/"><img src="https://ecoiran.com/images/logo.svg" alt="اکوایران"></a>
<nav><a href="https://ecoiran.com/بخش-اقتصاد-کلان-1">اقتصاد کلان</a> <a href="https://ecoiran.com/بخش-بازارها-2">بازارها</a> <a href="https://ecoiran.com/بخش-تجارت-5">تجارت</a> <a href="https://ecoiran.com/بخش-انرژی-6">انرژی</a> <a href="https://ecoiran.com/بخش-کشاورزی-8">کشاورزی</a> <a href="https://ecoiran.com/بخش-اقتصاد-جهان-9">اقتصاد جهان</a></nav>
<div class="ticker">دلار ۱۱۲,۴۰۰ | یورو ۱۳۱,۲۰۰ | سکه امامی ۱۰۳,۵۰۰,۰۰۰</div></header>
<div class="eco-page">
 <section class="eco-article">
  <div class="crumbs"><a href="https://ecoiran.com/">اکوایران</a> / <a href="https://ecoiran.com/بخش-تجارت-5">${esc(c.a.kicker)}</a></div>
  <section class="eco-head">
   <div class="eco-meta"><span>کد خبر: ${persian(c.id)}</span> <time datetime="${c.iso}">${faDate(c)} ${faTime(c)}</time> <span>زمان مطالعه: ۴ دقیقه</span></div>
   <h1>${esc(c.a.title)}</h1>
   <p class="eco-lead">${esc(c.a.lead ?? '')}</p>
  </section>
  <section class="eco-body">
${bodyHtml(c, (t) => `<section class="paragraph"><p>${t}</p></section>`, (t) => `<section class="paragraph"><h2>${t}</h2></section>`,
  `<section class="media"><img src="https://static3.ecoiran.com/images/pistachio-2.jpg" alt=""><p class="caption">${esc(c.a.caption)}</p><p class="credit">${esc(c.a.credit)}</p></section>`,
  `<section class="read-more"><h4>بیشتر بخوانید</h4><a href="https://ecoiran.com/بخش-تجارت-5/158822">${esc(c.a.inline ?? '')}</a></section>`)}
  </section>
  <section class="eco-tags">${tagLinks(c, 'https://ecoiran.com/tags/')}</section>
  <section class="eco-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=${esc(c.a.url)}">لینکدین</a></section>
  <section class="eco-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://ecoiran.com/بخش-تجارت-5/1588', 10)}
  </ul></section>
  <section class="eco-comments"><h3>نظرات</h3>
${comments(c, (n, t) => `<div class="cmt"><span>${n}</span><p>${t}</p></div>`)}
   <form><textarea></textarea><button>ارسال</button></form></section>
 </section>
 <aside class="eco-aside"><h3>پربازدیدترین‌ها</h3><ul>
${li(c.a.mostRead, 'https://ecoiran.com/بخش-بازارها-2/1587', 10)}
 </ul>
 <div class="newsletter"><h3>خبرنامه اکوایران</h3><p>هر صبح مهم‌ترین اخبار اقتصادی را در ایمیل خود بخوانید.</p><input placeholder="ایمیل"><button>عضویت</button></div></aside>
</div>
<footer><p>تمامی حقوق مادی و معنوی برای اکوایران محفوظ است.</p></footer>
</body>
</html>
`,
  },

  // A Blogfa-hosted local sports news blog: no doctype, table layout, the post as <br>-separated text.
  blogfa: {
    site: 'ورزش نیشابور',
    boiler: ['نوشته شده در', 'آرشیو مطالب', 'لینک دوستان', 'آخرین مطالب', 'قدرت گرفته از بلاگفا', 'نظرات', 'پیوندهای روزانه'],
    render: (c) => `<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>ورزش نیشابور - ${esc(c.a.title)}</title>
<meta name="description" content="اخبار ورزشی شهرستان نیشابور" />
<meta name="generator" content="BlogFa.com" />
<link href="https://www.blogfa.com/blogs/themes/t34/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="https://www.blogfa.com/bf/bfscript.js"></script>
</head>
<body>
<table width="900" align="center" border="0" cellpadding="0" cellspacing="0" class="maintable">
<tr><td colspan="2" class="header"><a href="https://neyshabursport.blogfa.com/"><h1 class="blogtitle">ورزش نیشابور</h1></a><div class="blogdesc">اخبار و گزارش‌های ورزشی شهرستان نیشابور</div></td></tr>
<tr>
<td valign="top" class="posts">
<div class="post">
<h2 class="posttitle"><a href="${esc(c.a.url)}">${esc(c.a.title)}</a></h2>
<div class="postcontent">
${c.a.paras.map((p, i) => esc(plain(p)) + (i === (c.a.photoAt ?? 1) ? `<br />\n<br />\n<img src="https://s8.uupload.ir/files/neyshabursport/shahrdari-aria.jpg" alt="" width="500" /><br />\n<span style="font-size: 8pt; color: #808080;">${esc(c.a.caption)} - ${esc(c.a.credit)}</span>` : '')).join('<br />\n<br />\n')}
</div>
<div class="postfooter">نوشته شده در ${weekday(c)} ${DAY_WORDS[Number(c.d)] ?? persian(Number(c.d))} ${c.mn} ${persian(c.y)} ساعت ${c.hh}:${c.mi} توسط ${esc(c.a.author ?? '')} | <a href="https://neyshabursport.blogfa.com/post/412#comments">نظرات (${persian(c.a.comments.length)})</a></div>
</div>
<div class="comments"><div class="ctitle">نظرات</div>
${comments(c, (n, t) => `<div class="cbox"><div class="cname">${n} گفت:</div><div class="ctext">${t}</div><div class="cdate">${faDate(c)}</div></div>`)}
</div>
</td>
<td valign="top" width="220" class="sidebar">
<div class="sidetitle">درباره وبلاگ</div><div class="sidebody">اخبار تیم‌های ورزشی نیشابور؛ فوتبال، والیبال، کشتی و ورزش همگانی. تماس: 09151234567</div>
<div class="sidetitle">آخرین مطالب</div><div class="sidebody"><ul>
${li(c.a.related, 'https://neyshabursport.blogfa.com/post/', 380)}
</ul></div>
<div class="sidetitle">پیوندهای روزانه</div><div class="sidebody"><ul>
${li(c.a.mostRead, 'https://neyshabursport.blogfa.com/dailylink/', 20)}
</ul></div>
<div class="sidetitle">آرشیو مطالب</div><div class="sidebody"><a href="https://neyshabursport.blogfa.com/1404/07">مهر ۱۴۰۴</a><br /><a href="https://neyshabursport.blogfa.com/1404/06">شهریور ۱۴۰۴</a><br /><a href="https://neyshabursport.blogfa.com/1404/05">مرداد ۱۴۰۴</a></div>
<div class="sidetitle">لینک دوستان</div><div class="sidebody"><a href="https://khorasansport.blogfa.com/">ورزش خراسان</a><br /><a href="https://fajrsepasi.blogfa.com/">هواداران فجر</a></div>
</td></tr>
<tr><td colspan="2" class="footer">قدرت گرفته از بلاگفا | طراحی قالب: بلاگ‌اسکین</td></tr>
</table>
</body>
</html>
`,
  },

  // A Joomla 3 provincial news site: schema.org Article microdata, <time itemprop="datePublished">,
  // Latin digits in the date and body, modules in the sidebar, JComments.
  joomla: {
    site: 'گیلان‌نما',
    boiler: ['منتشر شده در', 'بازدید', 'آخرین اخبار', 'پربازدیدترین ها', 'نظرات', 'کلیه حقوق این سایت متعلق به پایگاه خبری گیلان‌نما است', 'ارسال نظر'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa-ir" dir="rtl">
<head>
<meta charset="utf-8">
<base href="${esc(c.a.url)}">
<meta name="keywords" content="${esc(c.a.tags.join(', '))}">
<meta name="author" content="${esc(c.a.author ?? '')}">
<meta name="description" content="${esc(plain(c.a.paras[0]).slice(0, 160))}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>${esc(c.a.title)} - گیلان‌نما</title>
<link href="/templates/gilannama/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link href="/media/jui/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/gilannama/css/template.css" rel="stylesheet">
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-right" href="/"><img src="https://www.gilannama.ir/images/logo.png" alt="گیلان‌نما"></a><div class="header-search pull-left"><form action="/component/search/"><input name="searchword" placeholder="جستجو..."></form></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills">
<li class="item-101"><a href="/">صفحه اصلی</a></li><li class="item-108"><a href="/rasht">رشت</a></li><li class="item-109"><a href="/shahrestanha">شهرستان‌ها</a></li><li class="item-110"><a href="/eghtesadi">اقتصادی</a></li><li class="item-112 current active"><a href="/farhangi">فرهنگی و هنری</a></li><li class="item-113"><a href="/varzeshi">ورزشی</a></li><li class="item-115"><a href="/tamas">تماس با ما</a></li></ul></nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>شما اینجا هستید: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">صفحه اصلی</span></a></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/farhangi" class="pathway"><span itemprop="name">فرهنگی و هنری</span></a></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="fa-IR">
<div class="page-header"><h2 itemprop="headline">${esc(c.a.title)}</h2></div>
<dl class="article-info muted">
<dt class="article-info-term">جزئیات</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">نوشته شده توسط <span itemprop="name">${esc(c.a.author ?? '')}</span></dd>
<dd class="category-name">دسته: <a href="/farhangi" itemprop="genre">${esc(c.a.kicker)}</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="${c.iso}" itemprop="datePublished">منتشر شده در ${weekday(c)}, ${c.d} ${c.mn} ${c.y} ${c.hh}:${c.mi}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1874">بازدید: 1874</dd>
</dl>
<div class="pull-left item-image"><img src="/images/news/1404/07/ketab-sepidrud.jpg" alt="${esc(c.a.caption)}" itemprop="image"><p class="img_caption">${esc(c.a.caption)} (${esc(c.a.credit)})</p></div>
<div itemprop="articleBody">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<p><strong>${t}</strong></p>`, '')}
</div>
<div class="tags">${c.a.tags.map((t, i) => `<span class="tag-${i + 3} tag-list${i}" itemprop="keywords"><a href="/component/tags/tag/${i + 3}" class="label label-info">${esc(t)}</a></span>`).join(' ')}</div>
<ul class="pager pagenav"><li class="previous"><a href="/farhangi/2291-${encodeURIComponent('نمایشگاه-عکس')}" rel="prev">&lt; قبلی</a></li><li class="next"><a href="/farhangi/2289-${encodeURIComponent('جشنواره-تئاتر')}" rel="next">بعدی &gt;</a></li></ul>
</div>
<div id="jc"><h4>نظرات (${c.a.comments.length})</h4>
${comments(c, (n, t) => `<div class="comment"><span class="comment-author">${n}</span> <span class="comment-date">${c.d}.07.${c.y}</span><div class="comment-body">${t}</div></div>`)}
<h4>ارسال نظر</h4><form id="comments-form"><input name="name" placeholder="نام"><textarea name="comment"></textarea><input type="submit" value="ارسال"></form></div>
</main>
<div id="aside" class="span3">
<div class="well"><h3 class="page-header">آخرین اخبار</h3><ul class="latestnews">
${li(c.a.related, '/farhangi/22', 60)}
</ul></div>
<div class="well"><h3 class="page-header">پربازدیدترین ها</h3><ul class="mostread">
${li(c.a.mostRead, '/rasht/21', 40)}
</ul></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p class="pull-left"><a href="#top" id="back-top">بازگشت به بالا</a></p><p>کلیه حقوق این سایت متعلق به پایگاه خبری گیلان‌نما است. © 2025</p></div></footer>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The twelve texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'tabnak-majlis-fuel-quota', site: 'tabnak', zwnjLost: true,
    url: 'https://www.tabnak.ir/fa/news/1702261/تصویب-کلیات-طرح-اصلاح-قانون-مدیریت-مصرف-سوخت',
    title: 'تصویب کلیات طرح کاهش سهمیه بنزین در مجلس؛ مخالفان: فشار بر شهرهای کوچک است',
    kicker: 'مجلس', date: '۶ مهر ۱۴۰۴ - ۱۴:۲۵',
    lead: 'نمایندگان مجلس در جلسه علنی امروز (یکشنبه) با ۱۴۸ رأی موافق، کلیات طرح اصلاح قانون مدیریت مصرف سوخت را تصویب کردند؛ طرحی که به گفته مخالفان، سهمیه ماهانه بنزین خودروهای شخصی را از ۶۰ لیتر به ۴۵ لیتر کاهش می‌دهد.',
    paras: [
      'به گزارش تابناک، در جلسه علنی امروز مجلس شورای اسلامی که به ریاست نایب رئیس مجلس برگزار شد، کلیات طرح اصلاح قانون مدیریت مصرف سوخت با ۱۴۸ رأی موافق، ۷۶ رأی مخالف و ۱۱ رأی ممتنع از مجموع ۲۴۲ نماینده حاضر در صحن به تصویب رسید.',
      'مجید صالحی‌راد، نماینده مردم کرمانشاه و عضو کمیسیون انرژی، به عنوان موافق طرح گفت: مصرف روزانه بنزین کشور از مرز ۱۳۰ میلیون لیتر گذشته و این در حالی است که ظرفیت تولید پالایشگاه‌ها حدود ۱۰۵ میلیون لیتر در روز است. ما هر روز نزدیک به ۲۵ میلیون لیتر کسری داریم که یا باید با واردات جبران شود یا از ذخایر برداشت کنیم.',
      'وی افزود: سال گذشته بیش از دو میلیارد دلار صرف واردات بنزین شد و اگر امروز تصمیم نگیریم، این رقم امسال به سه میلیارد دلار می‌رسد.',
      'صالحی‌راد با بیان اینکه این طرح قیمت بنزین را تغییر نمی‌دهد، تصریح کرد: سهمیه خودروهای عمومی و تاکسی‌ها دست نخواهد خورد و کاهش سهمیه فقط شامل خودروهای شخصی می‌شود.',
      'در مقابل، زهرا امینی‌فر نماینده مردم شیراز در مخالفت با کلیات طرح اظهارکرد: بیش از ۴۰ درصد خانوارهای شهرهای کوچک جز خودروی شخصی وسیله دیگری برای رفت‌وآمد ندارند و کاهش سهمیه عملاً آنها را به بازار آزاد بنزین می‌فرستد.',
      'امینی‌فر ادامه داد: دولت به‌جای فشار بر مردم باید وعده توسعه حمل‌ونقل عمومی را عملی کند؛ از ۲ هزار و ۸۰۰ اتوبوسی که قرار بود امسال وارد ناوگان شود، تاکنون تنها ۳۲۰ دستگاه تحویل شده است.',
      'به گفته این نماینده مجلس، در استان فارس بیش از یک میلیون و ۲۰۰ هزار خودروی شخصی پلاک شده که بخش بزرگی از آنها برای مسافرکشی استفاده می‌شود و یکی از منابع درآمد خانوارها به شمار می‌رود.',
      'حسن طاهرخانی، سخنگوی کمیسیون انرژی مجلس، نیز پس از رأی‌گیری در جمع خبرنگاران گفت: جزئیات طرح از هفته آینده در کمیسیون بررسی می‌شود و پیشنهاد نمایندگان برای اختصاص سهمیه ویژه به خانوارهای بدون خودرو هم در دستور کار قرار دارد. به گفته وی، جلسه مشترکی نیز با حضور نمایندگان قوای سه‌گانه برای تعیین سهمیه ناوگان حمل بار برگزار خواهد شد.',
      'او یادآور شد که اجرای طرح در صورت تصویب نهایی و تأیید شورای نگهبان، از ابتدای سال ۱۴۰۵ آغاز خواهد شد.',
      'گفتنی است طرح یادشده با امضای ۵۲ نماینده و به پیشنهاد علی‌اکبر نیک‌سرشت، نماینده مردم مشهد، اسفند سال گذشته اعلام وصول شده بود.',
    ],
    tags: ['مجلس', 'سهمیه بنزین', 'کمیسیون انرژی', 'قانون مدیریت مصرف سوخت'],
    caption: 'نمای صحن علنی مجلس شورای اسلامی در جلسه امروز', credit: 'عکس: خانه ملت',
    related: ['واردات بنزین از مرز ۵ میلیون لیتر در روز گذشت', 'سهمیه بنزین مهرماه کی واریز می‌شود؟', 'جزئیات جلسه غیرعلنی مجلس با وزیر نفت'],
    mostRead: ['قیمت دلار امروز در بازار آزاد', 'زمان واریز یارانه مهرماه اعلام شد', 'پیش‌بینی هواشناسی برای آخر هفته', 'جدول لیگ برتر پس از پایان هفته ششم'],
    comments: [['رضا از بوشهر', 'در شهر ما اتوبوس درست و حسابی وجود ندارد، سهمیه را کم کنید با چه برویم سر کار؟'], ['ناشناس', 'اول قاچاق سوخت را جمع کنید بعد سراغ سهمیه مردم بروید']],
    speakers: [
      { name: 'مجید صالحی‌راد', role: 'نماینده مردم کرمانشاه و عضو کمیسیون انرژی', also_called: ['وی', 'صالحی‌راد'], statements: 3 },
      { name: 'زهرا امینی‌فر', role: 'نماینده مردم شیراز', also_called: ['امینی‌فر', 'این نماینده مجلس'], statements: 3 },
      { name: 'حسن طاهرخانی', role: 'سخنگوی کمیسیون انرژی مجلس', also_called: ['او', 'وی'], statements: 3 },
    ],
    speakers_never: ['علی‌اکبر نیک‌سرشت', 'شورای نگهبان', 'تابناک'],
    figures: [
      { value: 148, unit: 'رأی', kind: 'count', about: 'رأی موافق (lead and body)' },
      { value: 60, unit: 'لیتر', kind: 'measure', about: 'lead: سهمیه فعلی «از ۶۰ لیتر»' },
      { value: 45, unit: 'لیتر', kind: 'measure', about: 'lead: سهمیه جدید «به ۴۵ لیتر»' },
      { value: 76, unit: 'رأی', kind: 'count', about: 'رأی مخالف' },
      { value: 11, unit: 'رأی', kind: 'count', about: 'رأی ممتنع' },
      { value: 242, unit: 'نماینده', kind: 'count', about: 'نمایندگان حاضر' },
      { value: 130000000, unit: 'لیتر', kind: 'measure', about: 'مصرف روزانه «۱۳۰ میلیون لیتر»' },
      { value: 105000000, unit: 'لیتر', kind: 'measure', about: 'ظرفیت تولید «۱۰۵ میلیون لیتر در روز»' },
      { value: 25000000, unit: 'لیتر', kind: 'measure', about: 'کسری روزانه' },
      { value: 2000000000, unit: 'دلار', kind: 'money', about: '«دو میلیارد دلار» واردات سال گذشته' },
      { value: 3000000000, unit: 'دلار', kind: 'money', about: '«سه میلیارد دلار» امسال' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'خانوارهای شهرهای کوچک' },
      { value: 2800, unit: 'اتوبوس', kind: 'count', about: '«۲ هزار و ۸۰۰ اتوبوسی»' },
      { value: 320, unit: 'دستگاه', kind: 'count', about: '«۳۲۰ دستگاه» (اتوبوس) تحویل‌شده' },
      { value: 1200000, unit: 'خودرو', kind: 'count', about: '«یک میلیون و ۲۰۰ هزار خودروی شخصی» in Fars' },
      { value: 52, unit: 'نماینده', kind: 'count', about: 'امضاکنندگان طرح' },
    ],
    figures_never: [
      '«سال ۱۴۰۵», «اسفند سال گذشته», «هفته آینده», «سال گذشته»: dates', '«یکی از منابع درآمد»: idiom', '«قوای سه‌گانه»: idiom (the three branches)',
      '«هر روز», «در روز»: rate words, no number',
    ],
    notes: [
      'ZWNJ deleted from the whole page like the seed («میشود», «صالحیراد», «رفتوآمد»); gold body and title are as shown, names and roles in clean form (compared ZWNJ-insensitively). The verb «اظهارکرد» is glued. Tabnak gives the date only in the visible toolbar (no meta date).',
      'statements: Salehi-Rad: گفت: (two-sentence quote, once), وی افزود:, «با بیان اینکه … تصریح کرد:» (one sentence) = 3; Amini-Far: اظهارکرد:, ادامه داد:, «به گفته این نماینده مجلس» = 3; Taherkhani: گفت:, «به گفته وی، …» (a new sentence in the same paragraph after his quote: the narrator attributes again), «او یادآور شد که …» = 3.',
      '«به گفته مخالفان» (lead) is an unnamed group. The vice-speaker chairing the session is unnamed. Nik-Seresht proposed the bill but is not quoted.',
      '«۳۲۰ دستگاه» counts buses with the classifier «دستگاه»; unit as written.',
    ],
  },
  {
    name: 'alef-school-year-presser', site: 'alef',
    url: 'https://www.alef.ir/news/4040631077.html',
    title: 'حضور ۱۶ میلیون دانش‌آموز در مدارس از فردا؛ کمبود ۴۰ هزار معلم با نیروی حق‌التدریس جبران می‌شود',
    kicker: 'آموزش و پرورش', date: '۳۱ شهریور ۱۴۰۴ - ۱۳:۴۵',
    lead: 'معاون آموزش ابتدایی وزارت آموزش و پرورش در نشست خبری آغاز سال تحصیلی از حضور بیش از ۱۶ میلیون و ۴۰۰ هزار دانش‌آموز در کلاس‌های درس از فردا خبر داد.',
    paras: [
      'به گزارش الف، نشست خبری آغاز سال تحصیلی ۱۴۰۴-۱۴۰۵ صبح امروز با حضور مسئولان آموزش و پرورش و پلیس راهور و با اجرای مسعود حیدرزاده، مدیرکل روابط عمومی وزارت آموزش و پرورش، در محل این وزارتخانه برگزار شد.',
      'فرزانه قدیری، معاون آموزش ابتدایی وزارت آموزش و پرورش، در این نشست گفت: امسال یک میلیون و ۳۰ هزار نوآموز برای نخستین بار به کلاس اول می‌روند و برای همه آنها سنجش سلامت و آمادگی تحصیلی انجام شده است.',
      'وی با اشاره به کمبود نیروی انسانی در مدارس افزود: با بازنشستگی حدود ۵۵ هزار معلم در سال گذشته، امسال با کمبود نزدیک به ۴۰ هزار معلم روبه‌رو هستیم که بخشی از آن با جذب ۱۸ هزار نیروی حق‌التدریس و بخش دیگر با اضافه‌کار معلمان شاغل جبران می‌شود.',
      'قدیری درباره تراکم کلاس‌ها نیز توضیح داد: میانگین تراکم کلاس‌های ابتدایی کشور ۲۸ نفر است، اما در برخی مناطق حاشیه‌ای تهران، کرج و مشهد این عدد به بیش از ۴۰ نفر می‌رسد.',
      'در ادامه این نشست، مدیرکل آموزش و پرورش شهر تهران از آمادگی ۴ هزار و ۷۰۰ مدرسه پایتخت برای آغاز سال تحصیلی خبر داد. محمدرضا کیانی با بیان اینکه ۱۲۰ مدرسه تخریبی تهران در تابستان امسال تعطیل یا تخلیه شده‌اند، گفت: دانش‌آموزان این مدارس به مدارس مجاور منتقل شده‌اند و هیچ دانش‌آموزی در ساختمان ناایمن درس نخواهد خواند.',
      'کیانی افزود: امسال سرویس مدارس پایتخت با نرخ مصوب شورای شهر فعالیت می‌کند و افزایش کرایه آن نسبت به سال گذشته ۳۰ درصد است؛ خانواده‌ها در صورت مشاهده تخلف می‌توانند با سامانه ۱۸۸۸ تماس بگیرند.',
      'سرهنگ بهمن رستمی، رئیس پلیس راهور تهران بزرگ، هم در این نشست اعلام کرد: از فردا بیش از ۳ هزار مأمور پلیس در اطراف مدارس مستقر می‌شوند و طرح ترافیکی مهر تا پایان هفته دوم مهرماه اجرا خواهد شد.',
      'به گفته رستمی، ساعت شروع به کار مدارس ابتدایی تهران ۷:۳۰ و مدارس متوسطه ساعت ۸ تعیین شده تا بار ترافیک صبحگاهی کاهش یابد.',
      'رئیس پلیس راهور تهران بزرگ همچنین از رانندگان خواست در محدوده مدارس با احتیاط بیشتری رانندگی کنند و از توقف دوبله در کنار در مدارس خودداری کنند.',
      'گفتنی است وزیر آموزش و پرورش فردا در مراسم نواختن زنگ مهر در یکی از مدارس منطقه ۱۹ تهران حضور خواهد یافت.',
    ],
    tags: ['آموزش و پرورش', 'بازگشایی مدارس', 'کمبود معلم', 'پلیس راهور'],
    caption: 'نشست خبری آغاز سال تحصیلی در وزارت آموزش و پرورش', credit: 'عکس: مهدی قاسمی',
    related: ['ثبت‌نام ۹۰ هزار نیروی خرید خدمات آموزشی آغاز شد', 'شهریه مدارس غیردولتی تهران چقدر افزایش یافت؟', 'جزئیات طرح ترافیکی مهر ۱۴۰۴'],
    mostRead: ['ساعت کار ادارات تهران تغییر کرد', 'زمان واریز حقوق مهرماه فرهنگیان', 'فهرست کتاب‌های درسی تغییر یافته امسال', 'هوای تهران تا پایان هفته گرم می‌ماند'],
    comments: [['مادر یک کلاس اولی', 'مدرسه پسرم هنوز معلم کلاس اول را معرفی نکرده، فردا چه کسی سر کلاس می‌رود؟'], ['معلم بازنشسته', 'با حق‌التدریس نمی‌شود کیفیت آموزش را حفظ کرد']],
    speakers: [
      { name: 'فرزانه قدیری', role: 'معاون آموزش ابتدایی وزارت آموزش و پرورش', also_called: ['وی', 'قدیری'], statements: 4 },
      { name: 'محمدرضا کیانی', role: 'مدیرکل آموزش و پرورش شهر تهران', also_called: ['کیانی'], statements: 3 },
      { name: 'بهمن رستمی', role: 'رئیس پلیس راهور تهران بزرگ', also_called: ['رستمی'], statements: 3 },
    ],
    speakers_never: ['مسعود حیدرزاده', 'شورای شهر', 'الف'],
    figures: [
      { value: 16400000, unit: 'دانش‌آموز', kind: 'count', about: 'lead: «۱۶ میلیون و ۴۰۰ هزار دانش‌آموز»' },
      { value: 1030000, unit: 'نوآموز', kind: 'count', about: '«یک میلیون و ۳۰ هزار نوآموز»' },
      { value: 55000, unit: 'معلم', kind: 'count', about: 'بازنشستگان' },
      { value: 40000, unit: 'معلم', kind: 'count', about: 'کمبود معلم' },
      { value: 18000, unit: 'نیرو', kind: 'count', about: '«۱۸ هزار نیروی حق‌التدریس»' },
      { value: 28, unit: 'نفر', kind: 'count', about: 'تراکم میانگین کلاس' },
      { value: 40, unit: 'نفر', kind: 'count', about: '«بیش از ۴۰ نفر» در مناطق حاشیه‌ای' },
      { value: 4700, unit: 'مدرسه', kind: 'count', about: 'مدارس پایتخت' },
      { value: 120, unit: 'مدرسه', kind: 'count', about: 'مدارس تخریبی' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'افزایش کرایه سرویس' },
      { value: 3000, unit: 'مأمور', kind: 'count', about: 'مأموران پلیس' },
    ],
    figures_never: [
      '«۱۴۰۴-۱۴۰۵»: school years', '«کلاس اول», «نخستین بار», «هفته دوم مهرماه»: ordinals', '«سامانه ۱۸۸۸»: phone number',
      '«۷:۳۰», «ساعت ۸»: times', '«منطقه ۱۹»: district number', '«یکی از مدارس»: idiom',
      'title «۱۶ میلیون دانش‌آموز», «۴۰ هزار معلم»: title only (the body has ۱۶٬۴۰۰٬۰۰۰ and the same ۴۰ هزار معلم)',
    ],
    notes: [
      'A press conference with three officials; the first is introduced by role in the lead and named in paragraph 2, the second by role and named in the next sentence.',
      'statements: Ghadiri: lead «… خبر داد», گفت:, «وی با اشاره به … افزود:» (one sentence), توضیح داد: = 4; Kiani: «مدیرکل … از آمادگی … خبر داد.» (role only), «محمدرضا کیانی با بیان اینکه … گفت:», افزود: = 3; Rostami: اعلام کرد:, «به گفته رستمی», «… همچنین از رانندگان خواست …» (a request, one indirect statement as in speakers/dev.json) = 3.',
      '«سرهنگ» is a title, not part of the name. Heydarzadeh hosts the session and says nothing. The minister is unnamed and not quoted.',
    ],
  },
  {
    name: 'fararu-rent-interview', site: 'fararu', author: 'نیلوفر حاتمی',
    url: 'https://fararu.com/fa/news/2250187/اقتصاددان-مسکن-اجاره‌بها-امسال-هم-از-تورم-جلو-می‌زند',
    title: 'اقتصاددان مسکن: اجاره‌بها امسال هم از تورم جلو می‌زند',
    kicker: 'مسکن', date: '۳ مهر ۱۴۰۴ - ۰۹:۳۰', photoAt: 2,
    lead: 'فصل جابه‌جایی مستأجران رو به پایان است، اما بازار اجاره هنوز آرام نشده است. سعید مرادخانی، اقتصاددان حوزه مسکن، در گفت‌وگو با فرارو می‌گوید سقف ۲۵ درصدی افزایش اجاره‌بها در عمل رعایت نشده و ریشه مشکل کمبود عرضه است.',
    paras: [
      'Q: آقای مرادخانی، آمارهای رسمی از رشد حدود ۳۸ درصدی اجاره‌بها در تهران حکایت دارد. این عدد با واقعیت بازار می‌خواند؟',
      'آمار رسمی میانگین قراردادهای ثبت‌شده در سامانه‌هاست و بخش زیادی از قراردادها که دست‌به‌دست و بدون کد رهگیری بسته می‌شود، در آن دیده نمی‌شود. برآورد ما این است که در مناطق میانی تهران رشد واقعی اجاره بین ۴۰ تا ۵۰ درصد بوده است. یعنی مستأجری که پارسال ماهی ۱۵ میلیون تومان اجاره می‌داد، امسال باید ۲۱ تا ۲۲ میلیون تومان بپردازد.',
      'Q: مصوبه سقف ۲۵ درصدی افزایش اجاره چرا اثر نداشت؟',
      'سقف‌گذاری دستوری وقتی عرضه کم است جواب نمی‌دهد. موجر یا قرارداد را تمدید نمی‌کند یا بخشی از اجاره را به ودیعه منتقل می‌کند. تجربه سال‌های ۱۳۹۹ تا ۱۴۰۱ هم همین را نشان داد. ضمن اینکه سازوکاری برای نظارت بر اجرای این مصوبه عملاً وجود ندارد.',
      'Q: کمبود عرضه چقدر است؟',
      'طبق برآوردهای وزارت راه و شهرسازی، کشور سالانه به حدود یک میلیون واحد مسکونی جدید نیاز دارد، اما در سه سال گذشته به‌طور متوسط کمتر از ۴۰۰ هزار واحد ساخته شده است. در تهران تعداد پروانه‌های ساختمانی صادرشده در سال گذشته نسبت به اوج دهه ۹۰ حدود ۶۰ درصد کمتر بوده است. این شکاف هر سال بزرگ‌تر می‌شود.',
      'Q: طرح‌های دولتی مثل نهضت ملی مسکن نمی‌تواند این شکاف را پر کند؟',
      'نهضت ملی مسکن بیشتر در شهرهای جدید و حاشیه‌ای ساخته می‌شود و مشکل مستأجر تهرانی را حل نمی‌کند. از آن گذشته، از چهار میلیون واحد وعده‌داده‌شده، به گفته خود مسئولان کمتر از ۵۰۰ هزار واحد تحویل شده است.',
      'Q: به مستأجران چه توصیه‌ای دارید؟',
      'اگر امکانش هست، قرارداد را دوساله ببندند و حتماً کد رهگیری بگیرند. دولت هم به‌جای سقف‌گذاری باید وام ودیعه را واقعی کند؛ سقف فعلی این وام در تهران ۳۶۵ میلیون تومان است که با ودیعه‌های امروز تناسبی ندارد.',
      'Q: پیش‌بینی شما برای سال آینده چیست؟',
      'اگر تورم عمومی در همین سطح بالای ۳۵ درصد بماند و ساخت‌وساز رونق نگیرد، اجاره‌بها دست‌کم به همان اندازه بالا می‌رود. بازار اجاره آینه بازار ساخت است؛ تا ساخت راه نیفتد، مستأجر روی آرامش نمی‌بیند.',
    ],
    tags: ['اجاره‌بها', 'بازار مسکن', 'مستأجران', 'نهضت ملی مسکن'],
    caption: 'آگهی‌های اجاره روی شیشه یک مشاور املاک در غرب تهران', credit: 'عکس: فرارو',
    related: ['ودیعه مسکن در تهران از یک میلیارد تومان گذشت', 'وام ودیعه مسکن ۱۴۰۴ به چه کسانی می‌رسد؟', 'مهاجرت مستأجران تهرانی به شهرهای اقماری'],
    mostRead: ['قیمت طلا و سکه امروز', 'شرط جدید بانک مرکزی برای وام ازدواج', 'خودروهای ارزان بازار در مهر ۱۴۰۴', 'آغاز ثبت‌نام حج تمتع'],
    comments: [['مستأجر خسته', 'امسال صاحبخانه ۶۰ درصد اضافه کرد، همه این حرف‌ها درست است'], ['امیر', 'سقف ۲۵ درصد فقط روی کاغذ بود']],
    speakers: [
      { name: 'سعید مرادخانی', role: 'اقتصاددان حوزه مسکن', also_called: ['آقای مرادخانی'], statements: 7 },
    ],
    speakers_never: ['نیلوفر حاتمی', 'وزارت راه و شهرسازی', 'نهضت ملی مسکن'],
    figures: [
      { value: 25, unit: 'درصد', kind: 'percent', about: 'سقف ۲۵ درصدی (lead and question 2)' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'question 1: رشد رسمی اجاره «۳۸ درصدی»' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'range «۴۰ تا ۵۰ درصد», low end' },
      { value: 50, unit: 'درصد', kind: 'percent', about: 'range «۴۰ تا ۵۰ درصد», high end' },
      { value: 15000000, unit: 'تومان', kind: 'money', about: 'اجاره پارسال' },
      { value: 21000000, unit: 'تومان', kind: 'money', about: 'range «۲۱ تا ۲۲ میلیون تومان», low end' },
      { value: 22000000, unit: 'تومان', kind: 'money', about: 'range «۲۱ تا ۲۲ میلیون تومان», high end' },
      { value: 1000000, unit: 'واحد', kind: 'count', about: '«یک میلیون واحد مسکونی» نیاز سالانه' },
      { value: 400000, unit: 'واحد', kind: 'count', about: 'ساخت سالانه' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'کاهش پروانه‌ها' },
      { value: 4000000, unit: 'واحد', kind: 'count', about: 'وعده نهضت ملی مسکن' },
      { value: 500000, unit: 'واحد', kind: 'count', about: 'تحویل‌شده' },
      { value: 365000000, unit: 'تومان', kind: 'money', about: 'سقف وام ودیعه' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'تورم عمومی' },
    ],
    figures_never: [
      '«سال‌های ۱۳۹۹ تا ۱۴۰۱», «دهه ۹۰»: years', '«سه سال گذشته», «دوساله»: durations',
      '«ماهی»: a rate word, no number', '«دست‌کم به همان اندازه»: vague',
    ],
    notes: [
      'A Q&A interview: the lead (written by the site, part of the body as on all its pages) introduces the interviewee; the six questions (bold) are the reporter\'s and are body paragraphs; the six answers have no reporting verb.',
      'statements: Moradkhani: lead «… در گفت‌وگو با فرارو می‌گوید …» = 1, plus one per answer (6) = 7 (as heldout2 wordpress-ghadir-unity counts interview answers).',
      '«آقای مرادخانی» is how question 1 addresses him. The byline «گفت‌وگو: نیلوفر حاتمی» is outside the body. «به گفته خود مسئولان» is unnamed.',
      'The ranges «۴۰ تا ۵۰ درصد» and «۲۱ تا ۲۲ میلیون تومان» give both ends (the scale word applies to both).',
    ],
  },
  {
    name: 'etemad-blackout-shopkeepers', site: 'etemad', author: 'گزارش: ساره افشار',
    url: 'https://www.etemadnewspaper.ir/fa/main/detail/232418/روزهای-بی‌برق-بازار',
    title: 'روزهای بی‌برق بازار؛ کاسب‌ها از خاموشی‌ها چه می‌گویند',
    kicker: 'گزارش «اعتماد» از خیابان جمهوری تا بازار تجریش', date: '۱۹ مرداد ۱۴۰۴ - ۰۸:۰۰', photoAt: 2,
    lead: 'خاموشی‌های دوساعته حالا بخشی از برنامه روزانه مغازه‌داران تهرانی شده است؛ از نانوایی‌ها و قصابی‌ها تا تعمیرکاران موبایل، هر کدام راهی برای کنار آمدن با این روزها پیدا کرده‌اند.',
    paras: [
      'ساعت ۱۰ صبح است و خیابان جمهوری در سکوت عجیبی فرو رفته. صدای موتور برق‌های کوچک از جلوی چند مغازه بلند است و بوی بنزین در هوا پیچیده. رحیم جعفری، فروشنده لوازم صوتی که ۲۳ سال است در این راسته کار می‌کند، کنار در مغازه‌اش ایستاده و می‌گوید: «از وقتی جدول خاموشی آمده، روزی دو ساعت عملاً تعطیلیم. مشتری هم که بداند برق نیست، نمی‌آید.»',
      'جعفری ماه گذشته یک موتور برق خریده و درباره هزینه‌اش می‌گوید: «۴۸ میلیون تومان دادم برای یک موتور برق دست‌دوم. بنزینش هم روزی ۱۰ لیتر است. حساب کنید چقدر باید بفروشم تا فقط خرج همین را دربیاورم.»',
      'چند مغازه آن‌طرف‌تر، مریم سلطانی، صاحب یک تعمیرگاه کوچک موبایل، اوضاع را جور دیگری تعریف می‌کند: «ما که موتور برق نداریم. وقتی برق می‌رود، با چراغ‌قوه و پاوربانک کارهای ساده را انجام می‌دهیم، ولی دستگاه‌های لحیم‌کاری بدون برق کار نمی‌کنند.» او می‌گوید در این دو ماه دست‌کم سه دستگاه گران‌قیمتش به خاطر قطع و وصل ناگهانی برق سوخته است.',
      'به گفته خانم سلطانی، تعمیر هر کدام از این دستگاه‌ها دست‌کم ۱۵ میلیون تومان خرج داشته و هیچ نهادی هم پاسخگوی این خسارت نیست.',
      'در بازار تجریش اما وضع نانوایی‌ها از همه سخت‌تر است. «تنور ما برقی است. دو ساعت برق نباشد، یعنی ۴۰۰ نان کمتر.» این را علی‌اکبر نیک‌پی، نانوای سنگکی محله، می‌گوید که حالا پیش از شروع خاموشی، خمیر کمتری آماده می‌کند تا خراب نشود.',
      'صاحبان کسب‌وکارها تنها ناراضیان نیستند. شهره کامرانی، معلم بازنشسته‌ای که برای خرید به تجریش آمده، می‌گوید دیگر خریدهایش را با جدول خاموشی تنظیم می‌کند: «اول برنامه برق محله را نگاه می‌کنم، بعد بیرون می‌آیم. یک بار وسط خاموشی توی آسانسور پاساژ گیر کردم.»',
      'بر اساس اعلام شرکت توزیع برق تهران بزرگ، مصرف برق پایتخت در روزهای اوج به بیش از ۶ هزار و ۲۰۰ مگاوات رسیده و کمبود تولید در کل کشور حدود ۱۸ هزار مگاوات برآورد می‌شود. یک مقام مسئول در وزارت نیرو که نخواست نامش منتشر شود، به «اعتماد» گفت برنامه خاموشی‌ها دست‌کم تا پایان شهریور ادامه خواهد داشت.',
      'رحیم جعفری اما امید چندانی به پایان این وضع ندارد و می‌گوید: «هر سال می‌گویند سال بعد درست می‌شود. ما هم دیگر عادت کرده‌ایم.»',
    ],
    tags: ['خاموشی', 'کمبود برق', 'کسب‌وکارهای کوچک', 'تهران'],
    caption: 'یک مغازه‌دار در خیابان جمهوری در ساعت خاموشی', credit: 'عکس: علی محمدی / اعتماد',
    related: ['جدول خاموشی‌های تهران برای هفته آینده', 'ادارات استان تهران چهارشنبه‌ها تعطیل شد', 'صنایع، قربانی اول کمبود برق'],
    mostRead: ['روایت یک پرستار از شیفت‌های بی‌پایان', 'گرانی دارو و صف داروخانه‌ها', 'چرا آب تهران شب‌ها قطع می‌شود؟', 'بازگشت گرد و غبار به خوزستان'],
    comments: [['کاسب بازار', 'دقیقا همین است، مغازه ما هم دو ساعت در روز تعطیل است'], ['نسرین', 'کاش مسئولان یک روز در این گرما بدون کولر کار کنند']],
    speakers: [
      { name: 'رحیم جعفری', role: 'فروشنده لوازم صوتی', also_called: ['جعفری'], statements: 3 },
      { name: 'مریم سلطانی', role: 'صاحب یک تعمیرگاه کوچک موبایل', also_called: ['او', 'خانم سلطانی'], statements: 3 },
      { name: 'علی‌اکبر نیک‌پی', role: 'نانوای سنگکی محله', also_called: [], statements: 1 },
      { name: 'شهره کامرانی', role: 'معلم بازنشسته', also_called: [], statements: 1 },
    ],
    speakers_never: ['ساره افشار', 'علی محمدی', 'شرکت توزیع برق تهران بزرگ', 'وزارت نیرو'],
    figures: [
      { value: 48000000, unit: 'تومان', kind: 'money', about: 'قیمت موتور برق' },
      { value: 10, unit: 'لیتر', kind: 'measure', about: '«روزی ۱۰ لیتر» بنزین' },
      { value: 3, unit: 'دستگاه', kind: 'count', about: '«سه دستگاه گران‌قیمتش»' },
      { value: 15000000, unit: 'تومان', kind: 'money', about: 'هزینه تعمیر هر دستگاه' },
      { value: 400, unit: 'نان', kind: 'count', about: '«۴۰۰ نان کمتر»' },
      { value: 6200, unit: 'مگاوات', kind: 'measure', about: 'مصرف برق پایتخت' },
      { value: 18000, unit: 'مگاوات', kind: 'measure', about: 'کمبود تولید کشور' },
    ],
    figures_never: [
      '«ساعت ۱۰ صبح»: time', '«۲۳ سال», «دو ساعت», «دو ماه», «دوساعته» (lead): durations',
      '«یک موتور برق», «یک بار», «یک تعمیرگاه»: lone «یک»', '«چند مغازه»: vague', '«پایان شهریور»: date',
    ],
    notes: [
      'A feature with four ordinary citizens quoted in «»; their description in the text serves as role. The unnamed «یک مقام مسئول در وزارت نیرو» is not a speaker.',
      'statements: Jafari: «… ایستاده و می‌گوید: «…»», «… خریده و درباره هزینه‌اش می‌گوید: «…»», «… ندارد و می‌گوید: «…»» = 3; Soltani: «… تعریف می‌کند: «…»» (the quote after «:» counts with its verb), «او می‌گوید …», «به گفته خانم سلطانی» = 3; Nik-Pey: ««…» این را … می‌گوید» = 1; Kamrani: «… می‌گوید … تنظیم می‌کند: «…»» = 1.',
      'The reporter (ساره افشار) and photographer are outside the body. The kicker above the headline is not body.',
    ],
  },
  {
    name: 'jamejam-headphone-hearing', site: 'jamejam', inline: 'چرا گوش‌درد کودکان در پاییز بیشتر می‌شود؟',
    url: 'https://jamejamonline.ir/fa/news/1711642/افت-شنوایی-در-یک-سوم-دانش‌آموزان-دبیرستانی',
    title: 'افت شنوایی خفیف در یک سوم دانش‌آموزان دبیرستانی',
    kicker: 'پزشکی', date: '۵ مهر ۱۴۰۴ - ۱۱:۲۰',
    lead: 'نتایج یک پژوهش تازه در اصفهان نشان می‌دهد حدود ۳۲ درصد نوجوانان ۱۵ تا ۱۸ ساله‌ای که روزانه بیش از دو ساعت از هدفون استفاده می‌کنند، درجاتی از افت شنوایی در فرکانس‌های بالا دارند.',
    paras: [
      'به گزارش جام‌جم آنلاین، این پژوهش که نتایج آن در شماره مهرماه مجله «پژوهش در علوم پزشکی» منتشر شده، روی ۲ هزار و ۴۰۰ دانش‌آموز دبیرستانی در ۳۶ مدرسه شهر اصفهان انجام شده است.',
      'نگار توکلی، متخصص گوش و حلق و بینی و مجری این طرح، در گفت‌وگو با جام‌جم گفت: دانش‌آموزان شرکت‌کننده ابتدا پرسشنامه‌ای درباره عادت‌های شنیداری خود پر کردند و سپس آزمون شنوایی‌سنجی کامل در اتاق آکوستیک از آنها گرفته شد. نتایج نشان داد هرچه مدت استفاده روزانه از هدفون بیشتر باشد، آسیب در فرکانس‌های بالا شدیدتر است.',
      'وی افزود: در گروهی که روزانه بیش از چهار ساعت از هدفون استفاده می‌کردند، نسبت افت شنوایی به ۴۷ درصد رسید، در حالی که این رقم در گروهی که کمتر از یک ساعت از هدفون استفاده می‌کردند حدود ۹ درصد بود.',
      'این پژوهشگر با بیان اینکه بیشتر دانش‌آموزان از افت شنوایی خود بی‌خبر بودند، تصریح کرد: این نوع آسیب بی‌درد و تدریجی است و معمولاً زمانی متوجه آن می‌شویم که برگشت‌ناپذیر شده است. حدود ۷۰ درصد نوجوانان مبتلا هیچ شکایتی از شنوایی خود نداشتند.',
      'توکلی قانون «۶۰-۶۰» را ساده‌ترین راه پیشگیری دانست و توضیح داد: صدای هدفون نباید از ۶۰ درصد حداکثر صدای دستگاه بیشتر باشد و پس از ۶۰ دقیقه استفاده باید دست‌کم ۱۰ دقیقه به گوش استراحت داد.',
      'به گفته مجری طرح، هدفون‌های دارای قابلیت حذف نویز به این دلیل که کاربر را به بالا بردن صدا در محیط‌های شلوغ وادار نمی‌کنند، گزینه کم‌خطرتری هستند.',
      'رئیس انجمن شنوایی‌شناسی ایران، مهدی سبحانی، نیز درباره این پژوهش به جام‌جم اظهار کرد: نتایج مطالعه اصفهان با آمارهای جهانی همخوانی دارد. سازمان جهانی بهداشت برآورد کرده بیش از یک میلیارد جوان در جهان به دلیل عادت‌های شنیداری ناایمن در معرض افت شنوایی قرار دارند.',
      'سبحانی پیشنهاد کرد آزمون غربالگری شنوایی در معاینات بدو ورود به دبیرستان گنجانده شود؛ آزمونی که هزینه آن برای هر دانش‌آموز کمتر از ۲۰۰ هزار تومان است.',
      'گفتنی است بر اساس آمار وزارت بهداشت، حدود ۵ درصد جمعیت کشور با درجاتی از کم‌شنوایی زندگی می‌کنند.',
    ],
    tags: ['شنوایی', 'هدفون', 'نوجوانان', 'سلامت گوش'],
    caption: 'آزمون شنوایی‌سنجی یک دانش‌آموز در اتاق آکوستیک', credit: 'عکس: جام‌جم',
    related: ['نشانه‌های کم‌شنوایی در کودکان را جدی بگیرید', 'وزوز گوش چه زمانی خطرناک است؟', 'سمعک رایگان برای کودکان زیر پنج سال'],
    mostRead: ['فواید پیاده‌روی بعد از شام', 'کدام ویتامین‌ها برای پاییز ضروری است؟', 'واکسن آنفلوآنزا به داروخانه‌ها رسید', 'ده نشانه کمبود آهن'],
    comments: [['مادر یک نوجوان', 'پسرم از صبح تا شب هدفون در گوشش است، حتما آزمایش می‌برمش'], ['دانشجو', 'کاش این آزمون در مدارس رایگان باشد']],
    speakers: [
      { name: 'نگار توکلی', role: 'متخصص گوش و حلق و بینی و مجری این طرح', also_called: ['وی', 'این پژوهشگر', 'توکلی', 'مجری طرح'], statements: 5 },
      { name: 'مهدی سبحانی', role: 'رئیس انجمن شنوایی‌شناسی ایران', also_called: ['سبحانی'], statements: 2 },
    ],
    speakers_never: ['سازمان جهانی بهداشت', 'وزارت بهداشت', 'جام‌جم'],
    figures: [
      { value: 32, unit: 'درصد', kind: 'percent', about: 'lead: نوجوانان دچار افت شنوایی' },
      { value: 2400, unit: 'دانش‌آموز', kind: 'count', about: 'نمونه پژوهش' },
      { value: 36, unit: 'مدرسه', kind: 'count', about: 'مدارس نمونه' },
      { value: 47, unit: 'درصد', kind: 'percent', about: 'گروه بیش از چهار ساعت' },
      { value: 9, unit: 'درصد', kind: 'percent', about: 'گروه کمتر از یک ساعت' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'مبتلایان بی‌شکایت' },
      { value: 60, unit: 'درصد', kind: 'percent', about: '«۶۰ درصد حداکثر صدای دستگاه»' },
      { value: 1000000000, unit: 'جوان', kind: 'count', about: '«یک میلیارد جوان» (WHO)' },
      { value: 200000, unit: 'تومان', kind: 'money', about: 'هزینه غربالگری' },
      { value: 5, unit: 'درصد', kind: 'percent', about: 'کم‌شنوایی در جمعیت کشور' },
    ],
    figures_never: [
      '«۱۵ تا ۱۸ ساله»: ages', '«دو ساعت», «چهار ساعت», «یک ساعت», «۶۰ دقیقه», «۱۰ دقیقه»: durations',
      '«قانون «۶۰-۶۰»»: the rule\'s name', '«شماره مهرماه»: date', 'title «یک سوم»: title only',
    ],
    notes: [
      'statements: Tavakoli: گفت: (multi-sentence quote, once), وی افزود:, «این پژوهشگر با بیان اینکه … تصریح کرد:» (one sentence), «… دانست و توضیح داد:» (one sentence), «به گفته مجری طرح» = 5; Sobhani (introduced «ROLE، NAME، … اظهار کرد:»): اظهار کرد:, «سبحانی پیشنهاد کرد …» (a proposal, reported speech) = 2.',
      'The lead reports study results, no person. «سازمان جهانی بهداشت برآورد کرده» is inside Sobhani\'s quote and an organisation.',
      '«60 درصد» here is the volume advice; it occurs once as a figure (the «۶۰-۶۰» rule name and «۶۰ دقیقه» are not figures).',
    ],
  },
  {
    name: 'iribnews-ardabil-potato', site: 'iribnews',
    url: 'https://www.iribnews.ir/fa/news/5382016/پیش‌بینی-برداشت-۹۰۰-هزار-تن-سیب‌زمینی-در-اردبیل',
    title: 'پیش‌بینی برداشت ۹۰۰ هزار تن سیب‌زمینی از مزارع استان اردبیل',
    kicker: 'اردبیل', date: '۲ مهر ۱۴۰۴ - ۱۶:۰۵',
    lead: 'رئیس سازمان جهاد کشاورزی استان اردبیل از آغاز برداشت سیب‌زمینی پاییزه در این استان خبر داد و گفت پیش‌بینی می‌شود امسال ۹۰۰ هزار تن سیب‌زمینی از مزارع استان برداشت شود.',
    paras: [
      'به گزارش خبرگزاری صدا و سیما از اردبیل، کامران آقایی‌نژاد امروز در حاشیه آیین آغاز برداشت سیب‌زمینی در روستای شمس‌آباد شهرستان اردبیل اظهار کرد: امسال ۲۶ هزار و ۵۰۰ هکتار از اراضی استان زیر کشت سیب‌زمینی رفته که نسبت به سال گذشته حدود ۸ درصد کاهش دارد.',
      'وی کاهش سطح کشت را نتیجه کم‌آبی و محدودیت برداشت از چاه‌های کشاورزی دانست و افزود: با وجود کاهش سطح زیر کشت، استفاده از بذرهای اصلاح‌شده و آبیاری قطره‌ای باعث شده متوسط عملکرد در هکتار به ۳۴ تن برسد.',
      'آقایی‌نژاد با اشاره به اینکه اردبیل پس از همدان دومین تولیدکننده سیب‌زمینی کشور است، گفت: حدود ۳۰ درصد محصول استان به استان‌های دیگر و ۱۵ درصد آن به کشورهای همسایه از جمله جمهوری آذربایجان، روسیه و عراق صادر می‌شود.',
      'رئیس سازمان جهاد کشاورزی استان همچنین از کشاورزان خواست برای جلوگیری از افت قیمت در فصل برداشت، بخشی از محصول خود را در ۱۴۰ سردخانه استان که ظرفیتی بیش از ۳۵۰ هزار تن دارند، ذخیره کنند.',
      'در این آیین، یوسف محمدزاده، کشاورز نمونه روستای شمس‌آباد، نیز به خبرنگار ما گفت: قیمت هر کیلوگرم سیب‌زمینی سر مزرعه امسال بین ۱۴ تا ۱۶ هزار تومان است، اما هزینه کود و سم و کارگر آن‌قدر بالا رفته که سود چندانی برای کشاورز نمی‌ماند.',
      'او افزود: دستمزد هر کارگر برای یک روز برداشت به یک میلیون و ۲۰۰ هزار تومان رسیده و بیشتر کشاورزان منطقه از کارگران فصلی اهل خلخال و کوثر استفاده می‌کنند.',
      'گفتنی است در این مراسم که با حضور رحیم قلی‌زاده، فرماندار شهرستان اردبیل، و جمعی از مسئولان محلی برگزار شد، از سه کشاورز نمونه استان تقدیر شد. سیب‌زمینی اردبیل سال ۱۳۹۸ به ثبت ملی رسیده است.',
    ],
    tags: ['اردبیل', 'سیب‌زمینی', 'جهاد کشاورزی', 'برداشت محصول'],
    caption: 'برداشت سیب‌زمینی در روستای شمس‌آباد اردبیل', credit: 'عکس: صدا و سیمای مرکز اردبیل',
    related: ['صادرات ۵۰ هزار تن سیب‌زمینی از گمرک آستارا', 'آغاز برداشت گندم دیم در مشگین‌شهر', 'افتتاح سردخانه ۱۰ هزار تنی در نمین'],
    mostRead: ['بارش باران در ارتفاعات اردبیل', 'تعطیلی مدارس اردبیل در روز شنبه تکذیب شد', 'راه‌اندازی پرواز اردبیل - مشهد', 'جزئیات ثبت‌نام وام ازدواج در استان'],
    comments: [['کشاورز نمینی', 'قیمت سر مزرعه را دلال‌ها تعیین می‌کنند نه کشاورز'], ['علی', 'سردخانه‌ها همه پر هستند، جا نیست']],
    speakers: [
      { name: 'کامران آقایی‌نژاد', role: 'رئیس سازمان جهاد کشاورزی استان اردبیل', also_called: ['وی', 'آقایی‌نژاد', 'رئیس سازمان جهاد کشاورزی استان'], statements: 5 },
      { name: 'یوسف محمدزاده', role: 'کشاورز نمونه روستای شمس‌آباد', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['رحیم قلی‌زاده', 'شمس‌آباد', 'کوثر'],
    figures: [
      { value: 900000, unit: 'تن', kind: 'measure', about: 'lead: پیش‌بینی برداشت' },
      { value: 26500, unit: 'هکتار', kind: 'measure', about: 'سطح زیر کشت' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'کاهش سطح کشت' },
      { value: 34, unit: 'تن', kind: 'measure', about: 'عملکرد در هکتار' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'سهم ارسال به استان‌های دیگر' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم صادرات' },
      { value: 140, unit: 'سردخانه', kind: 'count', about: 'سردخانه‌های استان' },
      { value: 350000, unit: 'تن', kind: 'measure', about: 'ظرفیت سردخانه‌ها' },
      { value: 14000, unit: 'تومان', kind: 'money', about: 'range «بین ۱۴ تا ۱۶ هزار تومان», low end' },
      { value: 16000, unit: 'تومان', kind: 'money', about: 'range, high end' },
      { value: 1200000, unit: 'تومان', kind: 'money', about: 'دستمزد روزانه کارگر' },
      { value: 3, unit: 'کشاورز', kind: 'count', about: '«سه کشاورز نمونه»' },
    ],
    figures_never: ['«دومین تولیدکننده»: ordinal', '«سال ۱۳۹۸»: year', '«یک روز برداشت»: duration', '«هر کیلوگرم», «هر کارگر»: no number'],
    notes: [
      'A provincial agency item. The official is introduced by role in the lead and named in paragraph 1.',
      'statements: Aghaei-Nejad: lead «… خبر داد و گفت …» (one sentence), اظهار کرد:, «… دانست و افزود:» (one sentence), «با اشاره به اینکه … گفت:», «… از کشاورزان خواست …» (a request) = 5; Mohammadzadeh: گفت:, او افزود: = 2.',
      'The governor (رحیم قلی‌زاده) attends and is not quoted. «کوثر» here is a county.',
    ],
  },
  {
    name: 'mizan-drug-smuggling-ring', site: 'mizan',
    url: 'https://www.mizan.news/بخش-استان-ها-11/5218842-متلاشی-شدن-باند-قاچاق-دارو-در-بندرعباس',
    title: 'متلاشی شدن باند قاچاق دارو در بندرعباس/ ۷ متهم بازداشت شدند',
    kicker: 'هرمزگان', date: '۸ مهر ۱۴۰۴ - ۱۳:۳۰',
    lead: 'دادستان عمومی و انقلاب مرکز استان هرمزگان از متلاشی شدن یک باند قاچاق سازمان‌یافته دارو و بازداشت هفت متهم این پرونده خبر داد.',
    paras: [
      'به گزارش خبرگزاری میزان، مجتبی قاسمی‌فرد امروز در جمع خبرنگاران اظهار کرد: در پی اطلاعات به‌دست‌آمده از سوی سازمان اطلاعات سپاه، محموله‌ای شامل ۱۲ تن داروی خارجی فاقد مجوز که در یک انبار در حاشیه شهر بندرعباس نگهداری می‌شد، کشف و ضبط شد.',
      'وی ارزش ریالی داروهای کشف‌شده را بیش از ۸۵۰ میلیارد ریال اعلام کرد و افزود: بخش عمده این محموله داروهای ضدسرطان، انسولین و داروهای بیهوشی است که با سوءاستفاده از ارز ترجیحی وارد شده و قرار بود به جای توزیع در داروخانه‌ها، به کشورهای همسایه قاچاق شود.',
      'دادستان مرکز استان هرمزگان با بیان اینکه سرکرده این باند یک شرکت پخش داروی دارای مجوز را پوشش فعالیت‌های خود قرار داده بود، تصریح کرد: برای هر هفت متهم قرار بازداشت موقت صادر شده و حساب‌های بانکی مرتبط با پرونده که گردش مالی آنها به بیش از ۳ هزار میلیارد ریال می‌رسد، مسدود شده است.',
      'قاسمی‌فرد ادامه داد: پرونده با جدیت در حال رسیدگی است و به‌زودی کیفرخواست متهمان صادر و برای رسیدگی به دادگاه انقلاب ارسال می‌شود. دستگاه قضایی با کسانی که سلامت مردم را به بازی می‌گیرند، بدون اغماض برخورد خواهد کرد.',
      'در همین حال، رئیس پلیس آگاهی استان هرمزگان سرهنگ فرهاد نظری نیز در گفت‌وگو با میزان گفت: متهمان برای جابه‌جایی داروها از ۹ دستگاه کامیون یخچال‌دار استفاده می‌کردند و دو نفر از آنها سابقه محکومیت در پرونده‌های قاچاق کالا داشتند.',
      'به گفته رئیس پلیس آگاهی هرمزگان، از ابتدای سال جاری تاکنون بیش از ۴۰ تن داروی قاچاق در استان کشف شده که نسبت به مدت مشابه سال گذشته ۶۵ درصد افزایش نشان می‌دهد.',
      'نظری از شهروندان خواست هرگونه اطلاعات درباره انبار یا توزیع غیرقانونی دارو را از طریق تلفن ۱۱۰ به پلیس اطلاع دهند.',
      'گفتنی است طبق اعلام سازمان غذا و دارو، کمبود برخی داروهای ضدسرطان در ماه‌های اخیر به یکی از دغدغه‌های بیماران تبدیل شده است.',
    ],
    tags: ['قاچاق دارو', 'دادستانی هرمزگان', 'بندرعباس', 'پلیس آگاهی'],
    caption: 'بخشی از داروهای قاچاق کشف‌شده در انبار بندرعباس', credit: 'عکس: میزان',
    related: ['کشف ۳ میلیارد ریال کالای قاچاق در میناب', 'صدور کیفرخواست برای متهمان پرونده احتکار لوازم خانگی', 'برخورد قاطع با اخلالگران نظام اقتصادی'],
    mostRead: ['رأی دادگاه پرونده چای دبش صادر شد', 'آزادی ۱۲۰ زندانی جرائم غیرعمد در هرمزگان', 'جزئیات جدید از پرونده کلاهبرداری ارز دیجیتال', 'قانون جدید چک از امروز اجرا می‌شود'],
    comments: [['یک بیمار', 'ما ماه‌ها دنبال همین داروها در داروخانه‌ها گشتیم'], ['حمید', 'اسم شرکت پخش را هم اعلام کنید']],
    speakers: [
      { name: 'مجتبی قاسمی‌فرد', role: 'دادستان عمومی و انقلاب مرکز استان هرمزگان', also_called: ['وی', 'دادستان مرکز استان هرمزگان', 'قاسمی‌فرد'], statements: 5 },
      { name: 'فرهاد نظری', role: 'رئیس پلیس آگاهی استان هرمزگان', also_called: ['رئیس پلیس آگاهی هرمزگان', 'نظری'], statements: 3 },
    ],
    speakers_never: ['سازمان اطلاعات سپاه', 'سازمان غذا و دارو', 'میزان'],
    figures: [
      { value: 7, unit: 'متهم', kind: 'count', about: 'lead «هفت متهم» (and «هر هفت متهم»)' },
      { value: 12, unit: 'تن', kind: 'measure', about: 'محموله دارو' },
      { value: 850000000000, unit: 'ریال', kind: 'money', about: '«۸۵۰ میلیارد ریال» ارزش دارو' },
      { value: 3000000000000, unit: 'ریال', kind: 'money', about: '«۳ هزار میلیارد ریال» گردش مالی' },
      { value: 9, unit: 'دستگاه', kind: 'count', about: '«۹ دستگاه کامیون»' },
      { value: 2, unit: 'نفر', kind: 'count', about: '«دو نفر از آنها» با سابقه' },
      { value: 40, unit: 'تن', kind: 'measure', about: 'دارو کشف‌شده از ابتدای سال' },
      { value: 65, unit: 'درصد', kind: 'percent', about: 'افزایش کشفیات' },
    ],
    figures_never: ['«تلفن ۱۱۰»: phone number', '«یک باند», «یک انبار», «یک شرکت پخش»: lone «یک»', '«یکی از دغدغه‌ها»: idiom', 'title «۷ متهم»: same figure as the lead'],
    notes: [
      'statements: Ghasemi-Fard: lead «… خبر داد» (role only), اظهار کرد:, «… اعلام کرد و افزود:» (one sentence), «… با بیان اینکه … تصریح کرد:», ادامه داد: (two-sentence quote, once) = 5; Nazari: گفت:, «به گفته رئیس پلیس آگاهی هرمزگان», «نظری از شهروندان خواست …» = 3.',
      'Nazari is introduced «ROLE NAME نیز … گفت:» (role before the name, no commas). «سرهنگ» is a title. «انتهای پیام/» closes the body div on Mizan and is not body.',
    ],
  },
  {
    name: 'dw-germany-afghan-returnees', site: 'dw', author: 'م. ر. (رویترز، خبرگزاری فرانسه)',
    url: 'https://www.dw.com/fa-ir/آلمان-۵۰-میلیون-یورو-برای-بازگشت-کنندگان-افغان-اختصاص-داد/a-73851204',
    title: 'آلمان ۵۰ میلیون یورو برای بازگشت‌کنندگان افغان اختصاص داد',
    kicker: 'افغانستان', date: '۹ مهر ۱۴۰۴ - ۱۶:۴۰', inline: 'بازگشت اجباری؛ روایت زنان افغان در مرز اسلام‌قلعه',
    lead: 'دولت آلمان از اختصاص ۵۰ میلیون یورو کمک بشردوستانه برای افغان‌هایی خبر داد که در ماه‌های اخیر از ایران و پاکستان بازگردانده شده‌اند. سازمان ملل هشدار می‌دهد که با نزدیک شدن زمستان، وضعیت این افراد بحرانی‌تر می‌شود.',
    paras: [
      'زابینه کرولیک، سخنگوی وزارت خارجه آلمان، روز چهارشنبه (۱ اکتبر) در نشست خبری هفتگی این وزارتخانه در برلین گفت که این کمک از طریق برنامه جهانی غذا، کمیساریای عالی پناهندگان سازمان ملل و چند سازمان غیردولتی در اختیار بازگشت‌کنندگان قرار می‌گیرد.',
      'او افزود: «ما شاهد یکی از بزرگ‌ترین موج‌های بازگشت در تاریخ اخیر افغانستان هستیم. بسیاری از این افراد سال‌ها در ایران یا پاکستان زندگی کرده‌اند و اکنون با دست خالی به کشوری بازمی‌گردند که اقتصادش در حال فروپاشی است.»',
      'به گفته خانم کرولیک، ۲۰ میلیون یورو از این بودجه به تأمین غذا و سرپناه زمستانی و بقیه به خدمات بهداشتی و آموزش کودکان اختصاص می‌یابد. او تأکید کرد که هیچ بخشی از این کمک‌ها از طریق حکومت طالبان توزیع نخواهد شد.',
      'بر اساس آمار سازمان بین‌المللی مهاجرت، از ابتدای سال ۲۰۲۵ میلادی تاکنون بیش از یک میلیون و ۸۰۰ هزار افغان از ایران و حدود ۴۵۰ هزار نفر از پاکستان به افغانستان بازگشته یا اخراج شده‌اند. نزدیک به ۶۰ درصد آنها زنان و کودکان هستند.',
      'ژان‌لوک مارتینو، سخنگوی کمیساریای عالی پناهندگان سازمان ملل در کابل، در گفت‌وگو با دویچه‌وله گفت: «گذرگاه‌های اسلام‌قلعه و تورخم روزانه هزاران نفر را پذیرا هستند و ظرفیت اردوگاه‌های موقت مدت‌هاست تکمیل شده است. ما در حال حاضر تنها برای ۳۵ درصد نیازهای زمستانی این افراد بودجه داریم.»',
      'مارتینو هشدار داد که دمای هوا در مناطق مرکزی و شمالی افغانستان در زمستان تا منفی ۲۰ درجه سانتی‌گراد پایین می‌آید و بدون سرپناه مناسب، جان ده‌ها هزار نفر در خطر خواهد بود.',
      'سخنگوی وزارت خارجه آلمان در پاسخ به پرسشی درباره ادامه اخراج مهاجران افغان از آلمان گفت برلین همچنان بازگرداندن مجرمان خطرناک را در دستور کار دارد، اما این موضوع ارتباطی با کمک‌های بشردوستانه ندارد.',
      'آلمان پس از بازگشت طالبان به قدرت در اوت ۲۰۲۱، کمک‌های توسعه‌ای خود به افغانستان را متوقف کرد و تنها کمک‌های بشردوستانه را ادامه داده است. توماس برگر، نماینده ویژه آلمان در امور افغانستان، ماه گذشته با مقام‌های سازمان ملل در دوحه دیدار کرده بود.',
    ],
    tags: ['افغانستان', 'آلمان', 'مهاجران افغان', 'کمک بشردوستانه'],
    caption: 'بازگشت‌کنندگان افغان در گذرگاه مرزی اسلام‌قلعه', credit: 'عکس: Wakil Kohsar/AFP/Getty Images',
    related: ['اخراج گسترده افغان‌ها از ایران؛ «ما را مثل مجرم برگرداندند»', 'پاکستان مهلت خروج مهاجران افغان را تمدید نکرد', 'زمستان سخت در انتظار میلیون‌ها افغان'],
    mostRead: ['اروپا و پرونده هسته‌ای ایران؛ بازگشت تحریم‌ها', 'بحران آب در ایران؛ تهران در آستانه جیره‌بندی', 'انتخابات ایالتی در آلمان؛ پیشروی راست افراطی', 'نوبل ادبیات ۲۰۲۵ به چه کسی می‌رسد؟'],
    comments: [],
    speakers: [
      { name: 'زابینه کرولیک', role: 'سخنگوی وزارت خارجه آلمان', also_called: ['خانم کرولیک', 'او'], statements: 5 },
      { name: 'ژان‌لوک مارتینو', role: 'سخنگوی کمیساریای عالی پناهندگان سازمان ملل در کابل', also_called: ['مارتینو'], statements: 2 },
    ],
    speakers_never: ['توماس برگر', 'طالبان', 'سازمان بین‌المللی مهاجرت', 'برنامه جهانی غذا'],
    figures: [
      { value: 50000000, unit: 'یورو', kind: 'money', about: 'lead: کل کمک آلمان' },
      { value: 20000000, unit: 'یورو', kind: 'money', about: 'سهم غذا و سرپناه' },
      { value: 1800000, unit: 'افغان', kind: 'count', about: '«یک میلیون و ۸۰۰ هزار افغان» از ایران' },
      { value: 450000, unit: 'نفر', kind: 'count', about: 'از پاکستان' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'زنان و کودکان' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'تأمین نیازهای زمستانی' },
      { value: -20, unit: 'درجه', kind: 'measure', about: '«منفی ۲۰ درجه سانتی‌گراد»: a temperature, unit as in figures/dev.json («درجه»)' },
    ],
    figures_never: [
      '«۱ اکتبر», «سال ۲۰۲۵», «اوت ۲۰۲۱»: dates', '«یکی از بزرگ‌ترین»: idiom', '«هزاران نفر», «ده‌ها هزار نفر», «چند سازمان»: vague',
      'title «۵۰ میلیون یورو»: same as the lead',
    ],
    notes: [
      'Foreign desk, DW Persian: Gregorian date in Latin digits on the page (01.10.2025) and UTC in JSON-LD (13:10Z = 16:40 Tehran). Transliterated foreign names (invented people).',
      'statements: Krolik: «زابینه کرولیک، سخنگوی …، … گفت که …», «او افزود: «…»» (two-sentence quote, once), «به گفته خانم کرولیک», «او تأکید کرد که …», «سخنگوی وزارت خارجه آلمان … گفت …» (role only) = 5; Martineau: گفت: «…» (once), «مارتینو هشدار داد که …» = 2.',
      'The lead\'s «دولت آلمان … خبر داد» and «سازمان ملل هشدار می‌دهد» are organisations, not people. Thomas Berger is only mentioned. The page has no comments (DW has none).',
      'Uncertain: «منفی ۲۰ درجه» is given as -20 with unit «درجه» (the dev set writes temperatures with unit «درجه»).',
    ],
  },
  {
    name: 'iranintl-urmia-lake', site: 'iranintl',
    url: 'https://www.iranintl.com/202509294519',
    title: 'دریاچه ارومیه به کمترین حجم ثبت‌شده رسید',
    kicker: 'محیط زیست', date: '۷ مهر ۱۴۰۴ - ۱۷:۵۵', photoAt: 2, inlineAt: 5,
    inline: 'تصاویر ماهواره‌ای امروز دریاچه ارومیه؛ آنچه می‌بینید نمک است، نه آب.',
    extraExcludes: ['بیش از ۴۰۰ روستا در حاشیه هامون خالی از سکنه شده‌اند'],
    lead: 'حجم آب دریاچه ارومیه به کمتر از ۵۰۰ میلیون مترمکعب رسیده و به گفته کارشناسان، بیش از ۹۰ درصد بستر این دریاچه اکنون خشک است.',
    paras: [
      'بر اساس داده‌های دفتر حفاظت و احیای دریاچه ارومیه، تراز آب دریاچه روز دوشنبه ۷ مهر به ۱۲۶۹ متر رسید که حدود ۸۰ سانتی‌متر کمتر از زمان مشابه سال گذشته است.',
      'یک مقام محلی در استان آذربایجان غربی که به دلیل نگرانی‌های امنیتی نخواست نامش فاش شود، به ایران اینترنشنال گفت که از حدود ۵ هزار و ۲۰۰ کیلومتر مربع وسعت دریاچه، اکنون کمتر از ۵۰۰ کیلومتر مربع پوشیده از آب است.',
      'نسرین قربانی، فعال محیط زیست ساکن تبریز، به ایران اینترنشنال گفت: «توفان‌های نمک دیگر پدیده‌ای استثنایی نیست. در تابستان امسال دست‌کم ۱۴ بار گرد و غبار نمکی شهرهای اطراف دریاچه را فرا گرفت و مردم از سوزش چشم و مشکلات تنفسی شکایت داشتند.»',
      'خانم قربانی افزود که انتقال آب از سد کانی‌سیب و رودخانه زاب تنها بخش کوچکی از نیاز دریاچه را تأمین می‌کند و برداشت بی‌رویه از آب‌های زیرزمینی برای کشاورزی همچنان ادامه دارد.',
      'در همین حال، خبرگزاری ایرنا به نقل از علی‌اصغر پورمحمدی، مدیرکل حفاظت محیط زیست آذربایجان غربی، گزارش داد که دریاچه برای بازگشت به تراز اکولوژیک به سالانه ۳ میلیارد و ۱۰۰ میلیون مترمکعب آب نیاز دارد، اما در سال آبی گذشته تنها حدود ۹۰۰ میلیون مترمکعب آب وارد آن شده است.',
      'پورمحمدی همچنین گفته بود بارش‌ها در حوضه آبریز دریاچه ۳۵ درصد کمتر از میانگین بلندمدت بوده است.',
      'دریاچه ارومیه که زمانی بزرگ‌ترین دریاچه داخلی ایران و یکی از بزرگ‌ترین دریاچه‌های شور جهان بود، از اواخر دهه ۱۳۷۰ به‌تدریج کوچک شد. ستاد احیای دریاچه ارومیه در سال ۱۳۹۲ با وعده احیای کامل دریاچه در ۱۰ سال تشکیل شد و به گفته منتقدان، بیش از ۲ میلیارد دلار برای طرح‌های آن هزینه شده است.',
    ],
    tags: ['دریاچه ارومیه', 'محیط زیست', 'بحران آب', 'آذربایجان غربی'],
    caption: 'بستر خشک‌شده دریاچه ارومیه در نزدیکی بندر شرفخانه', credit: 'عکس: شبکه‌های اجتماعی',
    related: ['فرونشست زمین در اصفهان به مرز بحران رسید', 'خشک شدن تالاب گاوخونی', 'هشدار درباره توفان‌های نمکی در تبریز'],
    mostRead: ['افزایش قیمت بنزین در دستور کار دولت', 'اعتراض بازنشستگان در چند شهر', 'خاموشی‌های گسترده در تهران', 'بازگشت تحریم‌های سازمان ملل'],
    comments: [],
    speakers: [
      { name: 'نسرین قربانی', role: 'فعال محیط زیست ساکن تبریز', also_called: ['خانم قربانی'], statements: 2 },
      { name: 'علی‌اصغر پورمحمدی', role: 'مدیرکل حفاظت محیط زیست آذربایجان غربی', also_called: ['پورمحمدی'], statements: 2 },
    ],
    speakers_never: ['ایرنا', 'ستاد احیای دریاچه ارومیه', 'کانی‌سیب'],
    figures: [
      { value: 500000000, unit: 'مترمکعب', kind: 'measure', about: 'lead: حجم آب دریاچه' },
      { value: 90, unit: 'درصد', kind: 'percent', about: 'lead: بستر خشک' },
      { value: 1269, unit: 'متر', kind: 'measure', about: 'تراز آب' },
      { value: 80, unit: 'سانتی‌متر', kind: 'measure', about: 'افت تراز' },
      { value: 5200, unit: 'کیلومتر مربع', kind: 'measure', about: 'وسعت دریاچه' },
      { value: 500, unit: 'کیلومتر مربع', kind: 'measure', about: 'سطح پوشیده از آب' },
      { value: 14, unit: 'بار', kind: 'count', about: '«دست‌کم ۱۴ بار» توفان نمک' },
      { value: 3100000000, unit: 'مترمکعب', kind: 'measure', about: 'نیاز سالانه' },
      { value: 900000000, unit: 'مترمکعب', kind: 'measure', about: 'ورودی سال آبی گذشته' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'کاهش بارش' },
      { value: 2000000000, unit: 'دلار', kind: 'money', about: 'هزینه طرح‌های احیا' },
    ],
    figures_never: [
      '«۷ مهر», «سال ۱۳۹۲», «دهه ۱۳۷۰», «سال آبی گذشته»: dates', '«۱۰ سال»: duration', '«یکی از بزرگ‌ترین»: idiom',
      'the tweet («نمک است، نه آب») and the read-more link («۴۰۰ روستا») are not body',
    ],
    notes: [
      'Environment desk with an embedded tweet (blockquote.twitter-tweet) and a «بیشتر بخوانید» box inside the body; neither is body. Date in <time datetime> (UTC) and article:published_time (UTC).',
      'statements: Ghorbani: گفت: «…» (two sentences, once), «خانم قربانی افزود که …» = 2; Pourmohammadi: «ایرنا به نقل از … گزارش داد که …» (his words, relayed by IRNA), «پورمحمدی همچنین گفته بود …» = 2.',
      'Unnamed: «به گفته کارشناسان» (lead), «یک مقام محلی … که نخواست نامش فاش شود», «به گفته منتقدان». IRNA is an agency, not a speaker.',
      'Uncertain: «۱۴ بار» counts events (unit «بار»); «۱۲۶۹ متر» is the lake\'s water level (a measure).',
    ],
  },
  {
    name: 'ecoiran-pistachio-exports', site: 'ecoiran', inline: 'بازار چین برای خشکبار ایران چقدر جا دارد؟', photoAt: 3, inlineAt: 6,
    url: 'https://ecoiran.com/بخش-تجارت-5/158904-صادرات-پسته-ایران-از-یک-و-نیم-میلیارد-دلار-گذشت',
    title: 'صادرات پسته ایران از یک و نیم میلیارد دلار گذشت',
    kicker: 'تجارت', date: '۱۵ مهر ۱۴۰۴ - ۱۰:۴۵',
    lead: 'ایران در سال زراعی گذشته بیش از ۲۱۰ هزار تن پسته به ارزش یک و نیم میلیارد دلار صادر کرده است؛ رقمی که با وجود کاهش ۱۸ درصدی تولید، از سال قبل بیشتر است.',
    paras: [
      'به گزارش اکوایران، دبیر انجمن پسته ایران روز سه‌شنبه در نشستی خبری اعلام کرد که تولید پسته کشور در سال زراعی ۱۴۰۳-۱۴۰۴ به حدود ۱۹۰ هزار تن رسیده که نسبت به سال قبل ۱۸ درصد کاهش دارد، اما ذخایر انبارها و افزایش قیمت جهانی باعث شده ارزش صادرات رشد کند.',
      'محمدعلی شریفی‌زاده افزود: قیمت صادراتی هر کیلوگرم پسته ایران امسال به طور میانگین بین ۶ تا ۸ دلار بوده و پسته‌های درجه یک در بازار چین تا ۱۰ دلار هم فروخته شده‌اند.',
      'وی با اشاره به سهم بازارهای مقصد گفت: چین با خرید ۶۲ هزار تن بزرگ‌ترین مشتری پسته ایران بوده و پس از آن هنگ‌کنگ، امارات، هند و آلمان قرار دارند. صادرات به اتحادیه اروپا هم با ۱۴ هزار و ۸۰۰ تن نسبت به سال گذشته ۲۲ درصد افزایش یافته است.',
      'شریفی‌زاده درباره رقابت با آمریکا، بزرگ‌ترین تولیدکننده پسته جهان، توضیح داد: تولید آمریکا امسال به رکورد ۶۰۰ هزار تن رسیده و سهم ایران از بازار جهانی از بیش از ۵۰ درصد در دهه ۸۰ به حدود ۲۵ تا ۳۰ درصد کاهش یافته است.',
      '## هزینه آب، تهدید اصلی باغداران',
      'بر اساس آمار وزارت جهاد کشاورزی، سطح باغ‌های پسته کشور حدود ۵۰۰ هزار هکتار است که ۶ هزار و ۵۰۰ هکتار از آن در سال گذشته به دلیل کم‌آبی و شوری خاک خشک شده است. استان کرمان با حدود ۲۹۰ هزار هکتار، بیش از نیمی از باغ‌های پسته کشور را در اختیار دارد.',
      'کاظم رفیعی، باغدار و عضو هیئت مدیره تعاونی تولیدکنندگان پسته رفسنجان، به اکوایران گفت: هزینه استخراج هر مترمکعب آب از چاه‌های عمیق به دلیل افت سطح آب و گرانی برق به بیش از ۱۲ هزار تومان رسیده است. باغی که پنج سال پیش با دو میلیون و سیصد هزار تومان در هکتار آبیاری می‌شد، امروز چند برابر هزینه دارد.',
      'به گفته رفیعی، دست‌کم ۲۰ درصد باغداران کوچک منطقه در سه سال گذشته باغ خود را فروخته یا رها کرده‌اند.',
      'او افزود: اگر دولت تعرفه برق چاه‌های کشاورزی را سه برابر کند، چنان‌که در لایحه بودجه ۱۴۰۵ پیشنهاد شده، صادرات پسته در سال‌های آینده به زیر یک میلیارد دلار سقوط خواهد کرد.',
      'گفتنی است ارزش صادرات پسته در سال ۱۴۰۲ حدود یک میلیارد و ۱۰۰ میلیون دلار و در سال ۱۴۰۱ حدود ۹۵۰ میلیون دلار بوده است.',
    ],
    tags: ['پسته', 'صادرات غیرنفتی', 'انجمن پسته ایران', 'کم‌آبی'],
    caption: 'خشک کردن پسته در یکی از باغ‌های رفسنجان', credit: 'عکس: ایرنا',
    related: ['صادرات زعفران ۳۰ درصد کاهش یافت', 'سهم ایران از بازار جهانی خشکبار کوچک‌تر شد', 'تعرفه برق کشاورزی چقدر افزایش می‌یابد؟'],
    mostRead: ['پیش‌بینی قیمت دلار در هفته دوم مهر', 'بورس تهران در کانال جدید', 'نرخ تورم شهریور اعلام شد', 'خودروسازان قیمت‌ها را بالا بردند'],
    comments: [['باغدار کرمانی', 'آب نیست، برق گران است، کارگر پیدا نمی‌شود؛ سال دیگر نصف باغ‌ها خشک است'], ['تاجر خشکبار', 'آمار صادرات درست است اما سود به باغدار نمی‌رسد']],
    speakers: [
      { name: 'محمدعلی شریفی‌زاده', role: 'دبیر انجمن پسته ایران', also_called: ['وی', 'شریفی‌زاده'], statements: 4 },
      { name: 'کاظم رفیعی', role: 'باغدار و عضو هیئت مدیره تعاونی تولیدکنندگان پسته رفسنجان', also_called: ['رفیعی', 'او'], statements: 3 },
    ],
    speakers_never: ['وزارت جهاد کشاورزی', 'انجمن پسته ایران', 'اکوایران'],
    figures: [
      { value: 210000, unit: 'تن', kind: 'measure', about: 'lead: صادرات پسته' },
      { value: 1500000000, unit: 'دلار', kind: 'money', about: 'lead: «یک و نیم میلیارد دلار»' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'کاهش تولید (lead «۱۸ درصدی» and body)' },
      { value: 190000, unit: 'تن', kind: 'measure', about: 'تولید' },
      { value: 6, unit: 'دلار', kind: 'money', about: 'range «بین ۶ تا ۸ دلار», low end' },
      { value: 8, unit: 'دلار', kind: 'money', about: 'range, high end' },
      { value: 10, unit: 'دلار', kind: 'money', about: 'پسته درجه یک در چین' },
      { value: 62000, unit: 'تن', kind: 'measure', about: 'خرید چین' },
      { value: 14800, unit: 'تن', kind: 'measure', about: 'صادرات به اتحادیه اروپا' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'رشد صادرات به اروپا' },
      { value: 600000, unit: 'تن', kind: 'measure', about: 'تولید آمریکا' },
      { value: 50, unit: 'درصد', kind: 'percent', about: 'سهم ایران در دهه ۸۰' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'range «۲۵ تا ۳۰ درصد», low end' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'range, high end' },
      { value: 500000, unit: 'هکتار', kind: 'measure', about: 'سطح باغ‌های پسته' },
      { value: 6500, unit: 'هکتار', kind: 'measure', about: '«۶ هزار و ۵۰۰ هکتار» خشک‌شده' },
      { value: 290000, unit: 'هکتار', kind: 'measure', about: 'باغ‌های کرمان' },
      { value: 12000, unit: 'تومان', kind: 'money', about: 'هزینه هر مترمکعب آب' },
      { value: 2300000, unit: 'تومان', kind: 'money', about: '«دو میلیون و سیصد هزار تومان» در هکتار' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'باغداران فروخته/رهاکرده' },
      { value: 3, unit: 'برابر', kind: 'count', about: '«سه برابر» تعرفه برق' },
      { value: 1000000000, unit: 'دلار', kind: 'money', about: '«یک میلیارد دلار» (scale word, not a lone «یک»)' },
      { value: 1100000000, unit: 'دلار', kind: 'money', about: 'صادرات ۱۴۰۲' },
      { value: 950000000, unit: 'دلار', kind: 'money', about: 'صادرات ۱۴۰۱' },
    ],
    figures_never: [
      '«سال زراعی ۱۴۰۳-۱۴۰۴», «سال ۱۴۰۲», «سال ۱۴۰۱», «لایحه بودجه ۱۴۰۵», «دهه ۸۰»: years', '«پنج سال پیش», «سه سال گذشته»: durations',
      '«درجه یک»: a grade', '«بیش از نیمی از», «چند برابر»: vague', '«هر کیلوگرم», «هر مترمکعب»: no number',
    ],
    notes: [
      'Economy item dense with numbers: scale words («یک و نیم میلیارد», «دو میلیون و سیصد هزار», «۶ هزار و ۵۰۰»), ranges, digits and number words. The body has a subheading line, part of the text.',
      'statements: Sharifi-Zadeh: «دبیر انجمن پسته ایران … اعلام کرد که …» (role only), افزود:, «وی با اشاره به … گفت:» (two-sentence quote, once), توضیح داد: = 4; Rafiei: گفت: (two sentences, once), «به گفته رفیعی», «او افزود:» = 3.',
      'The spokesman of the association is introduced by role only («دبیر انجمن پسته ایران … اعلام کرد») and named only in the next paragraph («محمدعلی شریفی‌زاده افزود:»), as agencies often write: one person.',
      '«۱۸ درصدی» (lead) and «۱۸ درصد» (body) are one figure.',
    ],
  },
  {
    name: 'blogfa-neyshabur-football', site: 'blogfa', zwnjLost: true, author: 'رضا خسروی', photoAt: 1,
    url: 'https://neyshabursport.blogfa.com/post/412',
    title: 'برد پرگل شهرداری نیشابور در هفته ششم لیگ دسته دوم',
    kicker: 'فوتبال', date: '۱۱ مهر ۱۴۰۴ - ۲۱:۴۰',
    paras: [
      'تیم فوتبال شهرداری نیشابور در هفته ششم لیگ دسته دوم فوتبال کشور عصر امروز در ورزشگاه ۱۵ خرداد این شهر با نتیجه ۳ بر یک از سد آریا سبزوار گذشت تا با ۱۱ امتیاز به رده سوم جدول گروه دوم صعود کند.',
      'در این دیدار که با حضور نزدیک به ۴ هزار تماشاگر برگزار شد، محمد رضایی در دقیقه ۱۲ و ۵۸ و امین کاشفی در دقیقه ۷۷ برای شهرداری گلزنی کردند و تک گل میهمان را علی صادق‌پور در دقیقه ۸۴ به ثمر رساند.',
      'حمید فرهادی سرمربی شهرداری نیشابور پس از بازی در نشست خبری گفت: بازی سختی بود و حریف در نیمه اول خیلی خوب بسته بازی کرد، اما بچه‌ها با صبر و حوصله موقعیت ساختند و نتیجه را گرفتند. از هواداران هم تشکر می‌کنم که با وجود ساعت نامناسب بازی، ورزشگاه را پر کردند.',
      'وی درباره مصدومیت دو بازیکن کلیدی تیم افزود: متاسفانه سجاد نوری و میلاد ابراهیمی را به خاطر مصدومیت در اختیار نداشتیم و امیدوارم تا بازی هفته بعد آماده شوند.',
      'فرهادی تصریح کرد: هدف ما صعود به لیگ یک است و با این روند فکر می‌کنم می‌توانیم تا پایان نیم‌فصل در جمع دو تیم اول جدول قرار بگیریم.',
      'به گفته مهدی اسدی مدیر باشگاه شهرداری نیشابور، بودجه تیم در فصل جاری حدود ۲۵ میلیارد تومان است که ۴۰ درصد آن از سوی شهرداری و بقیه از محل اسپانسر و حق پخش تامین می‌شود.',
      'اسدی همچنین اعلام کرد قیمت بلیت بازی هفته آینده مقابل نساجی گناباد ۵۰ هزار تومان خواهد بود و دانش‌آموزان با ارائه کارت دانش‌آموزی رایگان وارد ورزشگاه می‌شوند.',
      'شهرداری نیشابور جمعه ۱۸ مهر ساعت ۱۵:۳۰ در گناباد به مصاف نساجی خواهد رفت.',
    ],
    tags: [],
    caption: 'شادی بازیکنان شهرداری نیشابور پس از گل دوم', credit: 'عکس: وبلاگ ورزش نیشابور',
    related: ['تساوی شهرداری نیشابور در خانه پاس قوچان', 'قهرمانی تیم والیبال نوجوانان نیشابور در خراسان رضوی', 'برگزاری همایش پیاده‌روی خانوادگی در بوستان کوهسنگی'],
    mostRead: ['جدول لیگ دسته دوم فوتبال', 'سایت هیئت فوتبال خراسان رضوی', 'برنامه بازی‌های هفته هفتم'],
    comments: [['هوادار شهرداری', 'دمتون گرم، امسال باید صعود کنیم'], ['امید', 'آقای خسروی عکس‌های بیشتری از بازی بگذارید']],
    speakers: [
      { name: 'حمید فرهادی', role: 'سرمربی شهرداری نیشابور', also_called: ['وی', 'فرهادی'], statements: 3 },
      { name: 'مهدی اسدی', role: 'مدیر باشگاه شهرداری نیشابور', also_called: ['اسدی'], statements: 2 },
    ],
    speakers_never: ['محمد رضایی', 'امین کاشفی', 'علی صادق‌پور', 'سجاد نوری', 'میلاد ابراهیمی', 'رضا خسروی'],
    figures: [
      { value: 11, unit: 'امتیاز', kind: 'count', about: 'امتیاز تیم' },
      { value: 4000, unit: 'تماشاگر', kind: 'count', about: '«نزدیک به ۴ هزار تماشاگر»' },
      { value: 2, unit: 'بازیکن', kind: 'count', about: '«دو بازیکن کلیدی» مصدوم' },
      { value: 25000000000, unit: 'تومان', kind: 'money', about: 'بودجه تیم «۲۵ میلیارد تومان»' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم شهرداری' },
      { value: 50000, unit: 'تومان', kind: 'money', about: 'قیمت بلیت' },
    ],
    figures_never: [
      '«۳ بر یک»: score', '«هفته ششم», «رده سوم», «گروه دوم», «گل دوم» (caption): ordinals', '«ورزشگاه ۱۵ خرداد»: a name',
      '«دقیقه ۱۲ و ۵۸», «دقیقه ۷۷», «دقیقه ۸۴»: match minutes', '«دو تیم اول»: a ranking', '«لیگ یک»: a league name',
      '«جمعه ۱۸ مهر», «ساعت ۱۵:۳۰»: date and time', 'sidebar «09151234567»: phone number, not body', '«تک گل»: not a number',
    ],
    notes: [
      'A Blogfa-hosted local sports blog: no doctype, table layout, the post is plain text separated by <br><br> (no <p>), no lead, date only in the post footer («نوشته شده در جمعه یازدهم مهر ۱۴۰۴ ساعت 21:40»).',
      'ZWNJ deleted from the whole page like the seed («بچهها», «میشود», «صادقپور»); gold body and title are as shown, names and roles in clean form.',
      'statements: Farhadi («NAME ROLE … گفت», no commas): گفت: (multi-sentence quote, once), «وی … افزود:», «فرهادی تصریح کرد:» = 3; Asadi: «به گفته مهدی اسدی مدیر باشگاه …», «اسدی همچنین اعلام کرد …» = 2.',
      'The scorers and the two injured players are only mentioned. The blog author is outside the body.',
    ],
  },
  {
    name: 'joomla-rasht-novel-launch', site: 'joomla', author: 'سمیرا پورعلی',
    url: 'https://www.gilannama.ir/farhangi/2290-رونمایی-از-رمان-مه-روی-سپیدرود-در-رشت',
    title: 'رونمایی از رمان «مه روی سپیدرود» در رشت',
    kicker: 'فرهنگی و هنری', date: '۵ مهر ۱۴۰۴ - ۱۰:۱۵',
    paras: [
      'آیین رونمایی از رمان «مه روی سپیدرود» نوشته مهرداد صفری‌پور، نویسنده گیلانی، عصر پنجشنبه با حضور جمعی از اهالی فرهنگ و ادب استان و محمود بیگی، مدیر نشر باران گیلان، در تالار اندیشه کتابخانه عمومی رشت برگزار شد.',
      'صفری‌پور در این مراسم درباره رمان خود گفت: این کتاب روایت چند نسل از یک خانواده شالیکار در روستاهای حاشیه سپیدرود است؛ از سال‌های اصلاحات ارضی تا امروز. نوشتن آن حدود 7 سال طول کشید و بارها بازنویسی شد.',
      'این نویسنده افزود: زبان گیلکی بخش مهمی از هویت این رمان است و من تلاش کردم گفت‌وگوهای شخصیت‌ها را تا جایی که برای خواننده غیرگیلک قابل فهم باشد، به همان زبان مادری‌شان بنویسم. در پایان کتاب هم واژه‌نامه‌ای با بیش از 300 واژه گیلکی آمده است.',
      'وی با اشاره به دشواری‌های نشر کتاب در شرایط کنونی اظهار داشت: قیمت کاغذ در یک سال گذشته تقریبا دو برابر شده و ناشر ناچار شد شمارگان چاپ اول را به 500 نسخه کاهش دهد؛ در حالی که رمان قبلی من در 1100 نسخه منتشر شده بود.',
      'رمان «مه روی سپیدرود» در 420 صفحه و با قیمت 480 هزار تومان از سوی نشر باران گیلان منتشر شده است.',
      'در ادامه این آیین، جواد موسوی‌نژاد، مدیرکل فرهنگ و ارشاد اسلامی گیلان، با بیان اینکه استان گیلان سالانه بیش از 1200 عنوان کتاب تولید می‌کند، گفت: حمایت از نویسندگان بومی و ترجمه آثار شاخص ادبیات گیلان به زبان‌های دیگر از برنامه‌های امسال اداره‌کل است.',
      'موسوی‌نژاد همچنین از مشارکت 45 کتابفروشی استان در طرح پاییزه کتاب خبر داد که از 15 مهر آغاز می‌شود و خریداران می‌توانند کتاب‌های مورد نظر خود را با 20 درصد تخفیف تهیه کنند.',
      'ناهید بهشتی، منتقد ادبی و مدرس دانشگاه گیلان، نیز در این مراسم رمان صفری‌پور را «ادامه سنت داستان‌نویسی اقلیمی شمال» توصیف کرد و گفت: نویسنده با پرهیز از نوستالژی‌پردازی، تصویری بی‌پرده از فروپاشی اقتصاد شالیکاری ارائه داده است.',
      'گفتنی است مهرداد صفری‌پور متولد 1352 در لاهیجان است و پیش از این مجموعه داستان «خانه‌ای در مرداب» و رمان «کوچ» را منتشر کرده است.',
    ],
    tags: ['رمان', 'رونمایی کتاب', 'ادبیات گیلان', 'رشت'],
    caption: 'جلد رمان مه روی سپیدرود', credit: 'عکس: گیلان‌نما',
    related: ['برگزاری نمایشگاه عکس «رشت قدیم» در خانه فرهنگ', 'جشنواره تئاتر استانی گیلان برگزیدگان خود را شناخت', 'کتابخانه سیار به روستاهای شفت می‌رود'],
    mostRead: ['ترافیک سنگین در محور رشت - قزوین', 'بارش باران در گیلان از فردا', 'زمان برگزاری جشنواره برنج اعلام شد', 'افتتاح پل جدید در منطقه گلسار'],
    comments: [['کتابخوان رشتی', 'خسته نباشید به آقای صفری‌پور، رمان کوچ را خیلی دوست داشتم'], ['مریم', 'کاش قیمت کتاب کمتر بود']],
    speakers: [
      { name: 'مهرداد صفری‌پور', role: 'نویسنده گیلانی', also_called: ['صفری‌پور', 'این نویسنده', 'وی'], statements: 3 },
      { name: 'جواد موسوی‌نژاد', role: 'مدیرکل فرهنگ و ارشاد اسلامی گیلان', also_called: ['موسوی‌نژاد'], statements: 2 },
      { name: 'ناهید بهشتی', role: 'منتقد ادبی و مدرس دانشگاه گیلان', also_called: [], statements: 1 },
    ],
    speakers_never: ['محمود بیگی', 'سمیرا پورعلی', 'سپیدرود', 'نشر باران گیلان'],
    figures: [
      { value: 300, unit: 'واژه', kind: 'count', about: 'واژه‌نامه گیلکی' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«دو برابر» قیمت کاغذ' },
      { value: 500, unit: 'نسخه', kind: 'count', about: 'شمارگان چاپ اول' },
      { value: 1100, unit: 'نسخه', kind: 'count', about: 'شمارگان رمان قبلی' },
      { value: 420, unit: 'صفحه', kind: 'count', about: 'حجم کتاب' },
      { value: 480000, unit: 'تومان', kind: 'money', about: 'قیمت کتاب' },
      { value: 1200, unit: 'عنوان', kind: 'count', about: 'تولید سالانه کتاب گیلان' },
      { value: 45, unit: 'کتابفروشی', kind: 'count', about: 'کتابفروشی‌های طرح پاییزه' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'تخفیف' },
    ],
    figures_never: [
      '«7 سال», «یک سال گذشته»: durations', '«چاپ اول»: ordinal', '«15 مهر»: date', '«متولد 1352»: year of birth',
      '«چند نسل»: vague', '«یک خانواده»: lone «یک»',
    ],
    notes: [
      'A Joomla 3 provincial site: headline in <h2 itemprop="headline">, body in <div itemprop="articleBody">, date in <time itemprop="datePublished"> with Latin digits; Latin digits throughout the body. No lead.',
      'statements: Safaripour: گفت: (multi-sentence quote, once), «این نویسنده افزود:», «وی با اشاره به … اظهار داشت:» = 3; Mousavinejad: «با بیان اینکه … گفت:», «… از مشارکت … خبر داد که …» = 2; Beheshti: «… توصیف کرد و گفت:» (one sentence) = 1.',
      'Mahmoud Beigi (publisher) is present and not quoted. «سپیدرود» is a river.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Four pages that are not articles (headlines, captions and forecast written for this set).
// ---------------------------------------------------------------------------------------------


const IBNA_ITEMS: [string, string, string][] = [
  ['نشست نقد و بررسی رمان «سال‌های ابری» برگزار می‌شود', 'نشست نقد و بررسی رمان علی‌اشرف درویشیان با حضور منتقدان ادبی در سرای اهل قلم برگزار می‌شود.', '۱۰ مهر ۱۴۰۴'],
  ['فراخوان دوازدهمین جایزه ادبی داستان کوتاه منتشر شد', 'علاقه‌مندان تا پایان آبان فرصت دارند آثار خود را به دبیرخانه جایزه ارسال کنند.', '۹ مهر ۱۴۰۴'],
  ['ترجمه تازه‌ای از «صد سال تنهایی» به بازار آمد', 'ترجمه جدید رمان مشهور گابریل گارسیا مارکز با مقدمه‌ای درباره رئالیسم جادویی منتشر شد.', '۹ مهر ۱۴۰۴'],
  ['شب شعر پاییزی در خانه کتاب و ادبیات ایران', 'شاعران جوان و پیشکسوت در نخستین شب شعر پاییزی خانه کتاب شعرخوانی می‌کنند.', '۸ مهر ۱۴۰۴'],
  ['مجموعه داستان «کوچه‌های بی‌نام» به چاپ دوم رسید', 'این مجموعه شامل دوازده داستان کوتاه درباره زندگی شهری در دهه شصت است.', '۸ مهر ۱۴۰۴'],
  ['برگزیدگان جشنواره شعر فجر استانی معرفی شدند', 'داوران از میان آثار رسیده سه اثر را شایسته تقدیر دانستند.', '۷ مهر ۱۴۰۴'],
  ['کارگاه داستان‌نویسی برای نوجوانان در کتابخانه‌های عمومی', 'دوره‌های رایگان داستان‌نویسی از نیمه مهر در کتابخانه‌های عمومی تهران آغاز می‌شود.', '۶ مهر ۱۴۰۴'],
  ['یادبود یک مترجم پیشکسوت در شهر کتاب', 'دوستان و شاگردان این مترجم در مراسمی از کارنامه پنجاه‌ساله او یاد کردند.', '۵ مهر ۱۴۰۴'],
];

function ibnaSection(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ادبیات | خبرگزاری کتاب ایران (ایبنا)</title>
<meta name="description" content="آخرین اخبار ادبیات، شعر و داستان در خبرگزاری کتاب ایران">
<meta property="og:type" content="website">
<meta property="og:title" content="ادبیات - ایبنا">
<link rel="canonical" href="https://www.ibna.ir/service/literature">
</head>
<body>
<header class="ibna-header"><a href="https://www.ibna.ir/"><img src="https://www.ibna.ir/resources/theme/ibna/img/logo.png" alt="ایبنا"></a>
<ul class="menu"><li><a href="https://www.ibna.ir/service/book">کتاب</a></li><li class="active"><a href="https://www.ibna.ir/service/literature">ادبیات</a></li><li><a href="https://www.ibna.ir/service/publishing">نشر</a></li><li><a href="https://www.ibna.ir/service/religion">دین و اندیشه</a></li><li><a href="https://www.ibna.ir/service/children">کودک و نوجوان</a></li><li><a href="https://www.ibna.ir/service/translation">ترجمه</a></li></ul></header>
<main class="container">
 <div class="breadcrumb"><a href="https://www.ibna.ir/">صفحه نخست</a> › ادبیات</div>
 <h1 class="service-title">ادبیات</h1>
 <ul class="news-list">
${IBNA_ITEMS.map(([t, l, d], k) => `  <li class="news-item"><a href="https://www.ibna.ir/news/${531200 + k * 13}"><img src="https://media.ibna.ir/d/2025/10/0${k + 1}/1/thumb.jpg" alt=""><h3>${esc(t)}</h3></a><p class="lead">${esc(l)}</p><time>${esc(d)}</time></li>`).join('\n')}
 </ul>
 <nav class="pagination"><span class="current">۱</span> <a href="?page=2">۲</a> <a href="?page=3">۳</a> <a href="?page=2">بعدی</a></nav>
</main>
<footer><p>تمامی حقوق این سایت متعلق به خبرگزاری کتاب ایران است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-ibna-section', markup: 'section-ibna', url: 'https://www.ibna.ir/service/literature', title: 'ادبیات', html,
    notes: ['A section index (og:type website): eight story cards, each a headline, a one-sentence lead and a date, then pagination. Not an article.'] };
}

const PANA_PHOTOS = [
  'دانش‌آموزان کلاس اولی در صف صبحگاه',
  'نواختن زنگ مهر در حیاط مدرسه',
  'مادری فرزندش را تا در کلاس همراهی می‌کند',
  'نخستین درس روی تخته کلاس',
  'پخش کتاب‌های درسی میان نوآموزان',
  'بادکنک‌ها و تزئین در ورودی مدرسه',
  'دانش‌آموزی در نخستین روز مدرسه',
  'ترافیک سرویس‌های مدارس در خیابان شریعتی',
  'معلم کلاس اول در میان شاگردانش',
  'پایان نخستین روز مدرسه',
];

function panaGallery(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>عکس | نخستین روز مدرسه در تهران - پانا</title>
<meta name="description" content="گزارش تصویری پانا از نخستین روز سال تحصیلی در مدارس تهران">
<meta property="og:title" content="نخستین روز مدرسه در تهران">
<meta property="og:image" content="https://media.pana.ir/d/2025/09/23/3/1.jpg">
<link rel="canonical" href="https://www.pana.ir/news/1498320">
</head>
<body class="photo-page">
<header class="pana-header"><a href="https://www.pana.ir/"><img src="https://www.pana.ir/resources/theme/pana/img/logo.png" alt="پانا"></a>
<nav><a href="https://www.pana.ir/service/education">آموزش و پرورش</a> <a href="https://www.pana.ir/service/students">دانش‌آموزی</a> <a href="https://www.pana.ir/service/society">جامعه</a> <a href="https://www.pana.ir/service/photo">عکس</a> <a href="https://www.pana.ir/service/video">فیلم</a></nav></header>
<main class="container">
 <div class="breadcrumb"><a href="https://www.pana.ir/">پانا</a> › <a href="https://www.pana.ir/service/photo">عکس</a></div>
 <div class="photo-head"><span class="code">کد خبر: ۱۴۹۸۳۲۰</span> <span class="date">۱ مهر ۱۴۰۴ - ۱۰:۱۵</span>
 <h1>نخستین روز مدرسه در تهران</h1>
 <div class="photographer">عکاس: سارا کریمی</div></div>
 <div class="gallery">
${PANA_PHOTOS.map((c, k) => `  <figure class="gallery-item"><a href="https://media.pana.ir/d/2025/09/23/4/${k + 1}.jpg"><img src="https://media.pana.ir/d/2025/09/23/3/${k + 1}.jpg" alt="${esc(c)}"></a><figcaption>${esc(c)}</figcaption></figure>`).join('\n')}
 </div>
 <div class="share"><a href="https://t.me/share/url?url=https://www.pana.ir/news/1498320">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://www.pana.ir/news/1498320">ایتا</a></div>
 <section class="related"><h3>گزارش‌های تصویری دیگر</h3><ul><li><a href="https://www.pana.ir/news/1498100">جشن شکوفه‌ها در مشهد</a></li><li><a href="https://www.pana.ir/news/1497800">بازار لوازم‌التحریر در آستانه مهر</a></li></ul></section>
</main>
<footer><p>کلیه حقوق این سایت متعلق به خبرگزاری پانا است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-pana-gallery', markup: 'gallery-pana', url: 'https://www.pana.ir/news/1498320', title: 'نخستین روز مدرسه در تهران', html,
    notes: ['A photo gallery: a headline, the photographer and ten photos with short captions, no running text. It has a news code and a date like an article page, but no body: not an article.'] };
}

const TEJARAT_VIDEOS: [string, string, string][] = [
  ['ویدیو | پیش‌بینی بازار طلا در هفته دوم مهر', '۰۴:۱۲', '۱۲ مهر ۱۴۰۴'],
  ['ویدیو | چرا بورس تهران سبزپوش شد؟', '۰۳:۲۷', '۱۲ مهر ۱۴۰۴'],
  ['ویدیو | صف خرید خودرو در سامانه یکپارچه', '۰۲:۵۸', '۱۱ مهر ۱۴۰۴'],
  ['ویدیو | گفت‌وگو با یک فعال بازار مسکن درباره اجاره‌بها', '۱۱:۰۴', '۱۱ مهر ۱۴۰۴'],
  ['ویدیو | قیمت میوه در میدان مرکزی', '۰۱:۴۵', '۱۰ مهر ۱۴۰۴'],
  ['ویدیو | رمزارزها در هفته‌ای که گذشت', '۰۶:۳۰', '۱۰ مهر ۱۴۰۴'],
  ['ویدیو | آموزش خرید اوراق گام', '۰۵:۱۹', '۹ مهر ۱۴۰۴'],
  ['ویدیو | بازار دلار پس از بازگشت تحریم‌ها', '۰۳:۵۰', '۹ مهر ۱۴۰۴'],
];

function tejaratVideos(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ویدیو | تجارت نیوز</title>
<meta name="description" content="ویدیوهای اقتصادی تجارت نیوز: بازار طلا، ارز، بورس، مسکن و خودرو">
<meta property="og:type" content="website">
<meta property="og:title" content="ویدیو - تجارت نیوز">
<link rel="canonical" href="https://tejaratnews.com/video">
</head>
<body class="archive category-video">
<header class="tn-header"><a href="https://tejaratnews.com/"><img src="https://tejaratnews.com/wp-content/themes/tejarat/img/logo.svg" alt="تجارت نیوز"></a>
<nav><a href="https://tejaratnews.com/category/gold">طلا و سکه</a> <a href="https://tejaratnews.com/category/currency">ارز</a> <a href="https://tejaratnews.com/category/bourse">بورس</a> <a href="https://tejaratnews.com/category/housing">مسکن</a> <a href="https://tejaratnews.com/category/car">خودرو</a> <a href="https://tejaratnews.com/video">ویدیو</a> <a href="https://tejaratnews.com/podcast">پادکست</a></nav>
<div class="prices">طلای ۱۸ عیار ۹,۸۴۰,۰۰۰ | دلار ۱۱۲,۳۰۰ | شاخص کل ۳,۱۲۰,۴۵۰</div></header>
<main class="tn-archive">
 <h1 class="archive-title">ویدیو</h1>
 <div class="video-grid">
${TEJARAT_VIDEOS.map(([t, d, date], k) => `  <article class="video-card"><a href="https://tejaratnews.com/video/${812400 + k * 11}"><div class="thumb"><img src="https://tejaratnews.com/wp-content/uploads/2025/10/v${k + 1}.jpg" alt=""><span class="duration">${d}</span><span class="play">▶</span></div><h2>${esc(t)}</h2></a><time>${esc(date)}</time></article>`).join('\n')}
 </div>
 <div class="load-more"><button>ویدیوهای بیشتر</button></div>
</main>
<footer class="tn-footer"><p>کلیه حقوق مادی و معنوی این سایت متعلق به تجارت نیوز است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-tejaratnews-videos', markup: 'video-index-tejaratnews', url: 'https://tejaratnews.com/video', title: 'ویدیو', html,
    notes: ['A video index: eight video cards (title, duration, date), a price ticker and a «ویدیوهای بیشتر» button. Not an article.'] };
}

const FORECAST: [string, string, number, number][] = [
  ['شنبه ۱۲ مهر', 'آفتابی', 29, 17], ['یکشنبه ۱۳ مهر', 'کمی ابری', 28, 16], ['دوشنبه ۱۴ مهر', 'ابری، وزش باد', 25, 15],
  ['سه‌شنبه ۱۵ مهر', 'رگبار پراکنده', 22, 13], ['چهارشنبه ۱۶ مهر', 'آفتابی', 24, 13],
];

function irimoWeather(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>پیش‌بینی وضع هوای تهران - سازمان هواشناسی کشور</title>
<meta name="description" content="پیش‌بینی پنج‌روزه وضع هوای تهران">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.irimo.ir/far/wd/701-Tehran.html">
</head>
<body>
<div id="header"><a href="https://www.irimo.ir/"><img src="https://www.irimo.ir/images/logo-fa.png" alt="سازمان هواشناسی کشور"></a>
<ul class="topmenu"><li><a href="https://www.irimo.ir/far/">صفحه اصلی</a></li><li><a href="https://www.irimo.ir/far/wd/">پیش‌بینی شهرها</a></li><li><a href="https://www.irimo.ir/far/warning">هشدارها</a></li><li><a href="https://www.irimo.ir/far/satellite">تصاویر ماهواره‌ای</a></li><li><a href="https://www.irimo.ir/far/climate">اقلیم</a></li></ul></div>
<div id="content">
 <h1>پیش‌بینی وضع هوای تهران</h1>
 <div class="issued">صادره: ۱۲ مهر ۱۴۰۴ ساعت ۰۶:۰۰</div>
 <table class="forecast" border="1">
  <tr><th>روز</th><th>وضع هوا</th><th>بیشینه (درجه سانتی‌گراد)</th><th>کمینه (درجه سانتی‌گراد)</th></tr>
${FORECAST.map(([d, w, hi, lo]) => `  <tr><td>${d}</td><td>${w}</td><td>${persian(hi)}</td><td>${persian(lo)}</td></tr>`).join('\n')}
 </table>
 <div class="now"><h2>وضع هوای کنونی مهرآباد</h2><ul><li>دما: ۱۹ درجه</li><li>رطوبت نسبی: ۲۸ درصد</li><li>باد: شمال غربی ۱۲ کیلومتر بر ساعت</li><li>دید افقی: ۱۰ کیلومتر</li></ul></div>
 <div class="warning"><h2>هشدار</h2><p>هشدار زرد: وزش باد شدید و احتمال گرد و خاک در نیمه غربی استان، دوشنبه ۱۴ مهر.</p></div>
 <div class="cities">سایر شهرها: <a href="https://www.irimo.ir/far/wd/702-Karaj.html">کرج</a> <a href="https://www.irimo.ir/far/wd/703-Qom.html">قم</a> <a href="https://www.irimo.ir/far/wd/704-Isfahan.html">اصفهان</a> <a href="https://www.irimo.ir/far/wd/705-Tabriz.html">تبریز</a> <a href="https://www.irimo.ir/far/wd/706-Mashhad.html">مشهد</a></div>
</div>
<div id="footer">سازمان هواشناسی کشور - تلفن گویا: ۱۳۴</div>
</body>
</html>
`;
  return { name: 'nonarticle-irimo-weather', markup: 'weather-irimo', url: 'https://www.irimo.ir/far/wd/701-Tehran.html', title: 'پیش‌بینی وضع هوای تهران', html,
    notes: ['A weather forecast page: a five-day table, current conditions and a one-line warning. Numbers everywhere, no running text: not an article.'] };
}

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

const SOURCE = { corpus: 'written for heldout4', heldout: true, synthetic_markup: true, synthetic_text: true };
const NO_DOCTYPE = new Set(['blogfa-neyshabur-football']);
const { buildArticle, buildNonArticle } = writtenSetBuilder({ out: OUT, sites: SITES, source: SOURCE, idDigits: 6, fallbackId: '412', siteNameShown: false });

/** What a reader sees: body text without scripts and styles, whitespace collapsed. */


if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--check')) {
    mkdirSync(OUT, { recursive: true });
    for (const a of ARTICLES) buildArticle(a);
    for (const n of [ibnaSection(), panaGallery(), tejaratVideos(), irimoWeather()]) buildNonArticle(n);
    console.log(`built ${ARTICLES.length} article and 4 non-article pages in ${OUT}`);
  }
  process.exitCode = checkHeldoutDir(OUT, { noDoctype: NO_DOCTYPE, minExcludes: 6, wordRange: [250, 700], zwnjInCleanBody: true, unitsNotWritten: ['همت'] }) ? 1 : 0;
}
