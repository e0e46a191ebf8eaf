// Builds the FIFTH held-out fixture set, tests/fixtures/heldout5/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Twelve article pages in the markup of twelve sites that no earlier set renders
// (Ettelaat, Iran newspaper, Bourse24, Anadolu Agency Persian, Javan, Salamat News, Didban Iran,
// Ensaf News, Kayhan, a Blogsky-hosted local blog, a Ghost startup magazine, a Drupal 7 university
// portal) and four non-article pages (Shafaqna tag page, Aftab News «آخرین اخبار» ticker, Namnak search
// page with no results, Tehran municipality contact page). All twelve texts were written for this set;
// the names of all quoted officials and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout5.ts          (build + check)
//        npx tsx scripts/build-heldout5.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { checkHeldoutDir } from './lib/heldout-check';
import { bodyHtml, jsonld, li, writtenSetBuilder, type Art, type Ctx, type NonArt } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout5');


const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const faNumDate = (c: Ctx) => `${persian(c.y)}/${persian(c.m)}/${persian(c.d)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ') => c.a.tags.map((t) => `<a href="${base}${encodeURIComponent(t)}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** UTC time of the page's date (Tehran is +03:30 all year since 2022). */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', 'Z');
/** The same instant in another zone, as «HH:MM» (Anadolu shows Turkey time, UTC+3). */
const zoneTime = (c: Ctx, offsetMin: number) => new Date(Date.parse(c.iso) + offsetMin * 60000).toISOString().slice(11, 16);
const zoneDate = (c: Ctx, offsetMin: number) => new Date(Date.parse(c.iso) + offsetMin * 60000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, { site: string; render: (c: Ctx) => string; boiler: string[] }> = {
  // Ettelaat online: og + article:published_time, rutitr above the h1, lead in .lead, body <p>s in .entry-content.
  ettelaat: {
    site: 'اطلاعات آنلاین',
    boiler: ['کد خبر', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'دیدگاه‌ها', 'تمامی حقوق مادی و معنوی این سایت متعلق به مؤسسه اطلاعات است', 'لینک کوتاه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | اطلاعات آنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="اطلاعات آنلاین">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://www.ettelaat.com/files/fa/news/1404/8/12/118402_622.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="سلامت">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.ettelaat.com/client/themes/fa/main/css/style.css">
</head>
<body class="news-page">
<div class="top-bar"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.ettelaat.com/newspaper">نسخه روزنامه</a></div>
<header class="et-header"><a class="logo" href="https://www.ettelaat.com/"><img src="https://www.ettelaat.com/client/themes/fa/main/img/logo.png" alt="اطلاعات"></a>
<nav><ul class="main-menu"><li><a href="https://www.ettelaat.com/">صفحه نخست</a></li><li><a href="https://www.ettelaat.com/service/politics">سیاست</a></li><li><a href="https://www.ettelaat.com/service/economy">اقتصاد</a></li><li><a href="https://www.ettelaat.com/service/society">جامعه</a></li><li><a href="https://www.ettelaat.com/service/health">سلامت</a></li><li><a href="https://www.ettelaat.com/service/world">جهان</a></li><li><a href="https://www.ettelaat.com/service/culture">فرهنگ و هنر</a></li><li><a href="https://www.ettelaat.com/service/sport">ورزش</a></li></ul></nav></header>
<div class="container">
 <div class="breadcrumbs"><a href="https://www.ettelaat.com/">اطلاعات آنلاین</a> / <a href="https://www.ettelaat.com/service/society">جامعه</a> / <a href="https://www.ettelaat.com/service/health">${esc(c.a.kicker)}</a></div>
 <div class="row">
 <div class="col-content">
  <article class="news-content">
   <div class="news-info"><span class="news-code">کد خبر: ${persian(c.id)}</span> <span class="news-date">${faDate(c)} - ${faTime(c)}</span></div>
   <div class="rutitr">در نشست خبری هفتگی وزارت بهداشت مطرح شد</div>
   <h1 class="news-title">${esc(c.a.title)}</h1>
   <div class="lead">${esc(c.a.lead ?? '')}</div>
   <div class="entry-content">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`,
  `<div class="image-box"><img src="https://www.ettelaat.com/files/fa/news/1404/8/12/118402_622.jpg" alt=""><p class="image-caption">${esc(c.a.caption)}</p><p class="image-source">${esc(c.a.credit)}</p></div>`)}
   </div>
   <div class="news-tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.ettelaat.com/tag/', ' ')}</div>
   <div class="news-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتس‌اپ</a> <span class="short-link">لینک کوتاه: https://ettelaat.com/x${c.id}</span></div>
  </article>
  <section class="related-news"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.ettelaat.com/news/', 118100)}
  </ul></section>
  <section class="comments"><h3>دیدگاه‌ها</h3>
${comments(c, (n, t) => `<div class="comment-item"><div class="comment-author">${n}</div><div class="comment-date">${faDate(c)}</div><div class="comment-text">${t}</div></div>`)}
   <form class="comment-form"><input placeholder="نام شما"><textarea placeholder="دیدگاه شما"></textarea><button>ارسال دیدگاه</button></form>
  </section>
 </div>
 <aside class="col-side"><section class="most-visited"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://www.ettelaat.com/news/', 117900)}
 </ol></section>
 <section class="newsletter"><h3>خبرنامه اطلاعات</h3><p>برای دریافت خبرهای مهم روز ایمیل خود را وارد کنید.</p><input placeholder="ایمیل"><button>ثبت</button></section></aside>
 </div>
</div>
<footer class="et-footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به مؤسسه اطلاعات است.</p><p>تهران، خیابان میرداماد، ساختمان اطلاعات</p></footer>
</body>
</html>
`,
  },

  // Iran newspaper: only a visible Jalali date with issue and page number, no date in <head>,
  // rutitr, lead, city dateline inside the first paragraph, body <p class="text">s.
  irannewspaper: {
    site: 'روزنامه ایران',
    boiler: ['شماره ۸۸۶۰', 'صفحه ۱۲ (استان‌ها)', 'دیگر مطالب این صفحه', 'پربازدیدترین‌ها', 'نسخه PDF این صفحه', 'کلیه حقوق این وب‌سایت متعلق به روزنامه ایران است', 'ارسال نظر'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - روزنامه ایران</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://irannewspaper.ir/images/newspaper/8860/12/1.jpg">
<link rel="stylesheet" href="https://irannewspaper.ir/css/site.css">
</head>
<body>
<div class="iran-top"><a href="https://irannewspaper.ir/"><img src="https://irannewspaper.ir/images/logo-iran.png" alt="روزنامه ایران"></a>
 <div class="issue-info"><span>${weekday(c)} ${faDate(c)}</span> | <span>شماره ۸۸۶۰</span></div></div>
<ul class="pages-menu"><li><a href="https://irannewspaper.ir/newspaper/page/8860/1">صفحه اول</a></li><li><a href="https://irannewspaper.ir/newspaper/page/8860/2">سیاسی</a></li><li><a href="https://irannewspaper.ir/newspaper/page/8860/5">اقتصادی</a></li><li><a href="https://irannewspaper.ir/newspaper/page/8860/9">جامعه</a></li><li><a href="https://irannewspaper.ir/newspaper/page/8860/12">استان‌ها</a></li><li><a href="https://irannewspaper.ir/newspaper/page/8860/16">ورزشی</a></li></ul>
<div class="main">
 <div class="page-path"><a href="https://irannewspaper.ir/newspaper/8860">شماره ۸۸۶۰</a> › <a href="https://irannewspaper.ir/newspaper/page/8860/12">صفحه ۱۲ (استان‌ها)</a></div>
 <div class="news-box">
  <div class="rutitr">${esc(c.a.kicker)}</div>
  <h1 class="title">${esc(c.a.title)}</h1>
  <div class="lead">${esc(c.a.lead ?? '')}</div>
  <div class="news-body">
${bodyHtml(c, (t) => `<p class="text">${t}</p>`, (t) => `<p class="text"><strong>${t}</strong></p>`,
  `<div class="news-image"><img src="https://irannewspaper.ir/images/newspaper/8860/12/1.jpg" alt=""><div class="img-desc">${esc(c.a.caption)}</div><div class="img-source">${esc(c.a.credit)}</div></div>`)}
  </div>
  <div class="pdf-link"><a href="https://irannewspaper.ir/newspaper/pdf/8860/12">نسخه PDF این صفحه</a></div>
  <div class="share">اشتراک: <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a></div>
 </div>
 <div class="same-page"><h3>دیگر مطالب این صفحه</h3><ul>
${li(c.a.related, 'https://irannewspaper.ir/newspaper/item/', 880120)}
 </ul></div>
 <div class="comments"><h3>ارسال نظر</h3>
${comments(c, (n, t) => `<div class="cmt"><span class="cmt-name">${n}</span><p>${t}</p></div>`)}
  <form><input placeholder="نام"><textarea></textarea><button>ارسال</button></form></div>
 <div class="side-most"><h3>پربازدیدترین‌ها</h3><ul>
${li(c.a.mostRead, 'https://irannewspaper.ir/newspaper/item/', 879900)}
 </ul></div>
</div>
<div class="footer">کلیه حقوق این وب‌سایت متعلق به روزنامه ایران است. نشانی: تهران، خیابان خرمشهر، شماره ۲۰۸</div>
</body>
</html>
`,
  },

  // Bourse24: price ticker, JSON-LD NewsArticle, lead, body <p>s with an in-body «بیشتر بخوانید» box.
  bourse24: {
    site: 'بورس۲۴',
    boiler: ['کد مطلب', 'بیشتر بخوانید', 'مطالب مرتبط', 'پربازدیدها', 'نظرات', 'استفاده از مطالب بورس۲۴ با ذکر منبع آزاد است', 'اونس طلا'],
    render: (c) => `<!DOCTYPE html>
<html dir="rtl" lang="fa">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | بورس۲۴</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="بورس۲۴">
<meta property="og:image" content="https://www.bourse24.ir/uploads/news/1404/08/13/market-board.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld(c, 'NewsArticle', 'بورس۲۴', 'https://www.bourse24.ir/img/logo.png', { author: { '@type': 'Person', name: 'تحریریه بورس۲۴' } })}
</head>
<body>
<div class="ticker"><span>شاخص کل: ۳,۲۱۴,۰۰۰</span> <span>شاخص هم‌وزن: ۸۹۵,۱۲۰</span> <span>دلار: ۱۱۴,۳۰۰</span> <span>سکه امامی: ۹۸,۵۰۰,۰۰۰</span> <span>اونس طلا: ۲,۶۴۰</span></div>
<header class="b24-header"><a href="https://www.bourse24.ir/"><img src="https://www.bourse24.ir/img/logo.png" alt="بورس۲۴"></a>
<nav><a href="https://www.bourse24.ir/news/category/bourse">بورس</a> <a href="https://www.bourse24.ir/news/category/fara">فرابورس</a> <a href="https://www.bourse24.ir/news/category/forex">ارز و طلا</a> <a href="https://www.bourse24.ir/news/category/funds">صندوق‌ها</a> <a href="https://www.bourse24.ir/news/category/ipo">عرضه اولیه</a> <a href="https://www.bourse24.ir/news/category/analysis">تحلیل</a></nav></header>
<div class="b24-container">
 <main>
  <div class="b24-breadcrumb"><a href="https://www.bourse24.ir/">خانه</a> » <a href="https://www.bourse24.ir/news/category/bourse">بورس</a> » ${esc(c.a.kicker)}</div>
  <article class="b24-article">
   <div class="b24-meta"><span>کد مطلب: ${persian(c.id)}</span> <span>${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</span></div>
   <h1>${esc(c.a.title)}</h1>
   <div class="b24-lead">${esc(c.a.lead ?? '')}</div>
   <div class="b24-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<figure><img src="https://www.bourse24.ir/uploads/news/1404/08/13/market-board.jpg" alt=""><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>`,
  `<div class="read-also"><strong>بیشتر بخوانید:</strong> <a href="https://www.bourse24.ir/news/286310">${esc(c.a.inline ?? '')}</a></div>`)}
   </div>
   <div class="b24-tags">${tagLinks(c, 'https://www.bourse24.ir/tag/')}</div>
   <div class="b24-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://www.linkedin.com/shareArticle?url=${esc(c.a.url)}">لینکدین</a></div>
  </article>
  <section class="b24-related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://www.bourse24.ir/news/', 286100)}
  </ul></section>
  <section class="b24-comments"><h2>نظرات</h2>
${comments(c, (n, t) => `<div class="b24-cm"><strong>${n}</strong><p>${t}</p></div>`)}
  </section>
 </main>
 <aside><div class="b24-most"><h2>پربازدیدها</h2><ul>
${li(c.a.mostRead, 'https://www.bourse24.ir/news/', 285800)}
 </ul></div>
 <div class="b24-newsletter"><h2>خبرنامه روزانه بازار</h2><input placeholder="ایمیل خود را وارد کنید"><button>عضویت</button></div></aside>
</div>
<footer class="b24-footer"><p>استفاده از مطالب بورس۲۴ با ذکر منبع آزاد است.</p></footer>
</body>
</html>
`,
  },

  // Anadolu Agency Persian: Gregorian date (DD.MM.YYYY, Turkey time UTC+3), JSON-LD in UTC, spot summary
  // in <h4>, body <p>s in .detay-icerik, no comments.
  aa: {
    site: 'خبرگزاری آناتولی',
    boiler: ['آخرین اخبار', 'اخبار مرتبط', 'به‌روزرسانی', 'استفاده از مطالب آناتولی تنها در چارچوب قرارداد اشتراک مجاز است', 'Anadolu Ajansı', 'اشتراک‌گذاری'],
    render: (c) => {
      const [gy, gm, gd] = zoneDate(c, 180).split('-');
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="Anadolu Ajansı">
<meta property="og:image" content="https://cdnuploads.aa.com.tr/uploads/Contents/2025/11/11/thumbs_b_c_7d3a.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld({ ...c, iso: utcIso(c) }, 'NewsArticle', 'Anadolu Ajansı', 'https://www.aa.com.tr/images/logo.png')}
</head>
<body>
<header class="aa-header"><a href="https://www.aa.com.tr/fa"><img src="https://www.aa.com.tr/images/logo/aa-fa.png" alt="خبرگزاری آناتولی"></a>
<ul class="aa-menu"><li><a href="https://www.aa.com.tr/fa/ایران">ایران</a></li><li><a href="https://www.aa.com.tr/fa/ترکیه">ترکیه</a></li><li><a href="https://www.aa.com.tr/fa/جهان">جهان</a></li><li><a href="https://www.aa.com.tr/fa/آمریکا">آمریکا</a></li><li><a href="https://www.aa.com.tr/fa/اقتصاد">اقتصاد</a></li><li><a href="https://www.aa.com.tr/fa/ورزش">ورزش</a></li></ul>
<div class="aa-languages"><a href="https://www.aa.com.tr/en">English</a> <a href="https://www.aa.com.tr/tr">Türkçe</a> <a href="https://www.aa.com.tr/ar">العربية</a></div></header>
<div class="container detay">
 <div class="detay-spot-category"><a href="https://www.aa.com.tr/fa/آمریکا">${esc(c.a.kicker)}</a></div>
 <h1>${esc(c.a.title)}</h1>
 <h4>${esc(c.a.lead ?? '')}</h4>
 <div class="detay-meta"><span class="yazar">${esc(c.a.author ?? '')}</span> <span class="tarih">${persian(`${gd}.${gm}.${gy}`)}</span> <span class="saat">به‌روزرسانی: ${persian(zoneTime(c, 180))}</span></div>
 <div class="detay-foto"><img src="https://cdnuploads.aa.com.tr/uploads/Contents/2025/11/11/thumbs_b_c_7d3a.jpg" alt=""><div class="foto-aciklama">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
 <div class="detay-icerik">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
 </div>
 <div class="detay-paylas"><span>اشتراک‌گذاری</span> <a href="https://www.facebook.com/sharer/sharer.php?u=${esc(c.a.url)}">فیس‌بوک</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a></div>
 <div class="detay-ilgili"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.aa.com.tr/fa/جهان/', 3712400)}
 </ul></div>
 <div class="son-haberler"><h3>آخرین اخبار</h3><ul>
${li(c.a.mostRead, 'https://www.aa.com.tr/fa/ایران/', 3712900)}
 </ul></div>
</div>
<footer class="aa-footer"><p>استفاده از مطالب آناتولی تنها در چارچوب قرارداد اشتراک مجاز است.</p><p>© Anadolu Ajansı</p></footer>
</body>
</html>
`;
    },
  },

  // Javan online: og + article:published_time, rutitr, lead in .summary, questions in <p><strong>.
  javan: {
    site: 'جوان آنلاین',
    boiler: ['کد خبر', 'اخبار مرتبط', 'پربازدیدترین', 'نظرات', 'کلیه حقوق این سایت متعلق به روزنامه جوان است', 'نسخه چاپی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - جوان آنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="جوان آنلاین">
<meta property="og:image" content="https://www.javanonline.ir/files/fa/news/1404/8/18/1287340_811.jpg">
<meta property="article:published_time" content="${c.iso}">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<header class="jv-head"><div class="jv-logo"><a href="https://www.javanonline.ir/"><img src="https://www.javanonline.ir/client/themes/fa/main/img/logo.png" alt="جوان آنلاین"></a></div>
<div class="jv-date">${weekday(c)} ${faDate(c)}</div>
<ul class="jv-menu"><li><a href="https://www.javanonline.ir/fa/service/politics">سیاسی</a></li><li><a href="https://www.javanonline.ir/fa/service/society">اجتماعی</a></li><li><a href="https://www.javanonline.ir/fa/service/economy">اقتصادی</a></li><li><a href="https://www.javanonline.ir/fa/service/sport">ورزشی</a></li><li><a href="https://www.javanonline.ir/fa/service/culture">فرهنگی</a></li><li><a href="https://www.javanonline.ir/fa/newspaper">نسخه چاپی</a></li></ul></header>
<div class="jv-body">
 <div class="jv-path"><a href="https://www.javanonline.ir/">صفحه نخست</a> » <a href="https://www.javanonline.ir/fa/service/sport">ورزشی</a> » ${esc(c.a.kicker)}</div>
 <div class="jv-news">
  <div class="jv-news-top"><span class="jv-code">کد خبر: ${persian(c.id)}</span> <span class="jv-time">${faDate(c)} - ${faTime(c)}</span></div>
  <h3 class="jv-rutitr">گفت‌وگوی جوان با سرمربی صدرنشین لیگ برتر والیبال</h3>
  <h1 class="jv-title">${esc(c.a.title)}</h1>
  <p class="summary">${esc(c.a.lead ?? '')}</p>
  <div class="jv-author">${esc(c.a.author ?? '')}</div>
  <div class="jv-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h4>${t}</h4>`,
  `<div class="jv-photo"><img src="https://www.javanonline.ir/files/fa/news/1404/8/18/1287340_811.jpg" alt=""><p>${esc(c.a.caption)} / ${esc(c.a.credit)}</p></div>`, '', (t) => `<p><strong>${t}</strong></p>`)}
  </div>
  <div class="jv-tags">${tagLinks(c, 'https://www.javanonline.ir/fa/tag/', ' - ')}</div>
  <div class="jv-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://splus.ir/share?url=${esc(c.a.url)}">سروش</a></div>
 </div>
 <div class="jv-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.javanonline.ir/fa/news/', 1287000)}
 </ul></div>
 <div class="jv-comments"><h2>نظرات</h2>
${comments(c, (n, t) => `<div class="jv-cm"><b>${n}</b><div>${t}</div></div>`)}
 </div>
 <div class="jv-most"><h2>پربازدیدترین</h2><ul>
${li(c.a.mostRead, 'https://www.javanonline.ir/fa/news/', 1286700)}
 </ul></div>
</div>
<footer class="jv-foot">کلیه حقوق این سایت متعلق به روزنامه جوان است.</footer>
</body>
</html>
`,
  },

  // Salamat News: JSON-LD MedicalWebPage-ish NewsArticle, subtitle, lead, body <div>s (one per paragraph),
  // in-body «مطالب مرتبط» box, «انتهای پیام» after the body.
  salamatnews: {
    site: 'سلامت نیوز',
    boiler: ['شناسه خبر', 'انتهای پیام', 'مطالب مرتبط', 'پربیننده‌ترین', 'نظر خود را بنویسید', 'کلیه حقوق این سایت متعلق به سلامت نیوز است', 'نسخه چاپی'],
    render: (c) => `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | سلامت نیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="سلامت نیوز">
<meta property="og:image" content="https://www.salamatnews.com/images/docs/000412/n00412077-b.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
${jsonld(c, 'NewsArticle', 'سلامت نیوز', 'https://www.salamatnews.com/images/logo.png', { articleSection: 'پزشکی' })}
</head>
<body>
<div id="sn-header"><a href="https://www.salamatnews.com/"><img src="https://www.salamatnews.com/images/logo.png" alt="سلامت نیوز"></a>
<ul id="sn-menu"><li><a href="https://www.salamatnews.com/fa/service/1">خبر</a></li><li><a href="https://www.salamatnews.com/fa/service/2">پزشکی</a></li><li><a href="https://www.salamatnews.com/fa/service/3">تغذیه</a></li><li><a href="https://www.salamatnews.com/fa/service/4">دارو</a></li><li><a href="https://www.salamatnews.com/fa/service/5">بیمه و درمان</a></li><li><a href="https://www.salamatnews.com/fa/service/6">روان</a></li></ul></div>
<div id="sn-main">
 <div class="sn-path"><a href="https://www.salamatnews.com/">صفحه اصلی</a> &gt; <a href="https://www.salamatnews.com/fa/service/3">تغذیه</a></div>
 <div class="sn-news">
  <div class="sn-info">شناسه خبر: ${persian(c.id)} | تاریخ: ${faNumDate(c)} ساعت ${faTime(c)}</div>
  <div class="sn-subtitle">${esc(c.a.kicker)}</div>
  <h1 class="sn-title">${esc(c.a.title)}</h1>
  <div class="sn-lead">${esc(c.a.lead ?? '')}</div>
  <div class="sn-body">
${bodyHtml(c, (t) => `<div style="text-align:justify">${t}</div>`, (t) => `<div><b>${t}</b></div>`,
  `<div class="sn-img"><img src="https://www.salamatnews.com/images/docs/000412/n00412077-b.jpg" alt=""><div class="sn-img-caption">${esc(c.a.caption)}</div><div class="sn-img-credit">${esc(c.a.credit)}</div></div>`,
  `<div class="sn-related-inline"><div class="title">مطالب مرتبط</div><a href="https://www.salamatnews.com/news/411902">${esc(c.a.inline ?? '')}</a></div>`)}
  </div>
  <div class="sn-end">انتهای پیام</div>
  <div class="sn-tags">برچسب‌ها: ${tagLinks(c, 'https://www.salamatnews.com/fa/tags/', '، ')}</div>
  <div class="sn-tools"><a href="https://www.salamatnews.com/fa/print/${c.id}">نسخه چاپی</a> | <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> | <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a></div>
 </div>
 <div class="sn-more"><h3>پربیننده‌ترین</h3><ul>
${li(c.a.mostRead, 'https://www.salamatnews.com/news/', 411600)}
 </ul></div>
 <div class="sn-comments"><h3>نظر خود را بنویسید</h3>
${comments(c, (n, t) => `<div class="sn-cm"><span>${n}</span><p>${t}</p></div>`)}
 <textarea></textarea><button>ارسال</button></div>
 <div class="sn-rel"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.salamatnews.com/news/', 411800)}
 </ul></div>
</div>
<div id="sn-footer">کلیه حقوق این سایت متعلق به سلامت نیوز است.</div>
</body>
</html>
`,
  },

  // Didban Iran: og + article:published_time, rutitr, lead, body <p>s with an embedded Instagram post.
  didbaniran: {
    site: 'دیدبان ایران',
    boiler: ['کد خبر', 'View this post on Instagram', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'دیدگاه شما', 'تمامی حقوق برای دیدبان ایران محفوظ است', 'عضویت در خبرنامه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | دیدبان ایران</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="دیدبان ایران">
<meta property="og:image" content="https://www.didbaniran.ir/files/fa/news/1404/8/21/209114_330.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:tag" content="${esc(c.a.tags.join(','))}">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<header class="db-header"><a href="https://www.didbaniran.ir/"><img src="https://www.didbaniran.ir/client/themes/fa/main/img/logo.svg" alt="دیدبان ایران"></a>
<nav><a href="https://www.didbaniran.ir/fa/service/politics">سیاست</a> <a href="https://www.didbaniran.ir/fa/service/economy">اقتصاد</a> <a href="https://www.didbaniran.ir/fa/service/society">جامعه</a> <a href="https://www.didbaniran.ir/fa/service/art">فرهنگ و هنر</a> <a href="https://www.didbaniran.ir/fa/service/sport">ورزش</a> <a href="https://www.didbaniran.ir/fa/service/world">جهان</a></nav></header>
<div class="db-page">
 <div class="db-crumb"><a href="https://www.didbaniran.ir/">دیدبان ایران</a> / <a href="https://www.didbaniran.ir/fa/service/art">فرهنگ و هنر</a> / ${esc(c.a.kicker)}</div>
 <article class="db-article">
  <div class="db-meta">کد خبر: ${persian(c.id)} | ${faDate(c)} ${faTime(c)}</div>
  <h2 class="db-rutitr">${esc(c.a.kicker)}</h2>
  <h1 class="db-title">${esc(c.a.title)}</h1>
  <p class="db-lead">${esc(c.a.lead ?? '')}</p>
  <div class="db-content">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<p style="text-align:center"><img src="https://www.didbaniran.ir/files/fa/news/1404/8/21/209115_612.jpg" alt=""><br><em>${esc(c.a.caption)} (${esc(c.a.credit)})</em></p>`,
  `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/DQx8kLMs2Av/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/DQx8kLMs2Av/">View this post on Instagram</a><p>${esc(c.a.inline ?? '')}</p><p>A post shared by behzad.kianpour.music</p></div></blockquote>`)}
  </div>
  <div class="db-tags">${tagLinks(c, 'https://www.didbaniran.ir/fa/tags/', ' # ')}</div>
  <div class="db-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتس‌اپ</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a></div>
 </article>
 <section class="db-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.didbaniran.ir/fa/news/', 208900)}
 </ul></section>
 <section class="db-comments"><h3>دیدگاه شما</h3>
${comments(c, (n, t) => `<div class="db-cm"><strong>${n}</strong> <span>${faDate(c)}</span><p>${t}</p></div>`)}
 </section>
 <aside class="db-side"><h3>پربازدیدترین‌ها</h3><ul>
${li(c.a.mostRead, 'https://www.didbaniran.ir/fa/news/', 208600)}
 </ul><div class="db-news-letter"><h3>عضویت در خبرنامه</h3><input placeholder="ایمیل"><button>ثبت</button></div></aside>
</div>
<footer class="db-footer">تمامی حقوق برای دیدبان ایران محفوظ است.</footer>
</body>
</html>
`,
  },

  // Ensaf News: og tags, kicker + h1, lead in .lead, author line, body <p>s in .news-text; date visible
  // and in og:updated_time only.
  ensafnews: {
    site: 'انصاف نیوز',
    boiler: ['شناسه خبر', 'مطالب مرتبط', 'پربازدیدها', 'دیدگاه‌ها', 'انصاف نیوز را در تلگرام دنبال کنید', 'کلیه حقوق برای انصاف نیوز محفوظ است'],
    render: (c) => `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} &#8211; انصاف نیوز</title>
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="انصاف نیوز">
<meta property="og:updated_time" content="${c.iso}">
<meta property="og:image" content="https://www.ensafnews.com/wp-content/uploads/2025/11/bakery-queue.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.ensafnews.com/wp-content/themes/ensaf/style.css">
</head>
<body class="post-template-default single single-post">
<div id="page">
<header id="masthead"><a href="https://www.ensafnews.com/"><img src="https://www.ensafnews.com/wp-content/themes/ensaf/img/logo.png" alt="انصاف نیوز"></a>
<nav id="site-navigation"><ul><li><a href="https://www.ensafnews.com/category/politics/">سیاسی</a></li><li><a href="https://www.ensafnews.com/category/society/">اجتماعی</a></li><li><a href="https://www.ensafnews.com/category/economy/">اقتصادی</a></li><li><a href="https://www.ensafnews.com/category/report/">گزارش</a></li><li><a href="https://www.ensafnews.com/category/interview/">گفت‌وگو</a></li><li><a href="https://www.ensafnews.com/category/opinion/">یادداشت</a></li></ul></nav></header>
<div id="content" class="site-content">
 <main id="main">
  <article class="post type-post">
   <div class="post-kicker">${esc(c.a.kicker)}</div>
   <h1 class="entry-title">${esc(c.a.title)}</h1>
   <div class="post-meta"><span class="post-id">شناسه خبر: ${persian(c.id)}</span> <span class="post-date">${faDate(c)} ساعت ${faTime(c)}</span></div>
   <div class="lead">${esc(c.a.lead ?? '')}</div>
   <div class="author">${esc(c.a.author ?? '')}</div>
   <div class="news-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<div class="wp-caption aligncenter"><img src="https://www.ensafnews.com/wp-content/uploads/2025/11/bakery-queue.jpg" alt=""><p class="wp-caption-text">${esc(c.a.caption)} / ${esc(c.a.credit)}</p></div>`)}
   </div>
   <div class="telegram-box">انصاف نیوز را در تلگرام دنبال کنید</div>
   <div class="post-tags">${tagLinks(c, 'https://www.ensafnews.com/tag/', ' ')}</div>
   <div class="share-links"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">توییتر</a></div>
  </article>
  <section class="related-posts"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://www.ensafnews.com/', 581200)}
  </ul></section>
  <section id="comments"><h3>دیدگاه‌ها</h3><ol class="comment-list">
${comments(c, (n, t) => `<li class="comment"><div class="comment-author">${n}</div><div class="comment-content"><p>${t}</p></div></li>`)}
  </ol></section>
 </main>
 <aside id="secondary"><section class="widget popular"><h3>پربازدیدها</h3><ul>
${li(c.a.mostRead, 'https://www.ensafnews.com/', 580900)}
 </ul></section></aside>
</div>
<footer id="colophon">کلیه حقوق برای انصاف نیوز محفوظ است.</footer>
</div>
</body>
</html>
`,
  },

  // Kayhan: HTML 4.01 doctype, table layout, rutitr + h1 + lead, body <p>s, meta «date» in the head,
  // Jalali date in the toolbar.
  kayhan: {
    site: 'روزنامه کیهان',
    boiler: ['کد خبر', 'تاریخ انتشار', 'اخبار مرتبط', 'پربیننده‌ترین اخبار', 'نظرات', 'تمامی حقوق این سایت متعلق به مؤسسه کیهان است', 'نسخه چاپی'],
    render: (c) => `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html dir="rtl" lang="fa">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="date" content="${c.iso}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="کیهان">
<link rel="stylesheet" type="text/css" href="https://kayhan.ir/css/news.css">
</head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td colspan="2" class="header"><a href="https://kayhan.ir/"><img src="https://kayhan.ir/images/logo.gif" alt="کیهان"></a> <span class="date">${weekday(c)} ${faDate(c)}</span></td></tr>
<tr><td colspan="2" class="menu"><a href="https://kayhan.ir/fa/service/1">سیاسی</a> | <a href="https://kayhan.ir/fa/service/2">اجتماعی</a> | <a href="https://kayhan.ir/fa/service/3">اقتصادی</a> | <a href="https://kayhan.ir/fa/service/4">بین‌الملل</a> | <a href="https://kayhan.ir/fa/service/5">ورزشی</a> | <a href="https://kayhan.ir/fa/service/6">حوادث</a> | <a href="https://kayhan.ir/fa/newspaper">نسخه چاپی</a></td></tr>
<tr>
<td valign="top" class="content">
 <div class="toolbar">کد خبر: ${persian(c.id)} | تاریخ انتشار: ${faDate(c)} - ${faTime(c)} | <a href="https://kayhan.ir/fa/print/${c.id}">چاپ</a></div>
 <div class="rutitr">${esc(c.a.kicker)}</div>
 <h1 class="title">${esc(c.a.title)}</h1>
 <div class="lead">${esc(c.a.lead ?? '')}</div>
 <div class="body">
${bodyHtml(c, (t) => `<p align="justify">${t}</p>`, (t) => `<p><b>${t}</b></p>`,
  `<table align="center" class="pic"><tr><td><img src="https://kayhan.ir/files/fa/news/1404/8/25/318806_140.jpg" alt=""></td></tr><tr><td class="pic_caption">${esc(c.a.caption)}</td></tr><tr><td class="pic_credit">${esc(c.a.credit)}</td></tr></table>`)}
 </div>
 <div class="tags">کلیدواژه‌ها: ${tagLinks(c, 'https://kayhan.ir/fa/tag/', ' ، ')}</div>
 <div class="related"><b>اخبار مرتبط</b><ul>
${li(c.a.related, 'https://kayhan.ir/fa/news/', 318500)}
 </ul></div>
 <div class="comments"><b>نظرات</b>
${comments(c, (n, t) => `<div class="comment"><span class="name">${n}</span>: <span class="text">${t}</span></div>`)}
 </div>
</td>
<td valign="top" width="240" class="side"><div class="box"><b>پربیننده‌ترین اخبار</b><ul>
${li(c.a.mostRead, 'https://kayhan.ir/fa/news/', 318200)}
</ul></div></td>
</tr>
<tr><td colspan="2" class="footer">تمامی حقوق این سایت متعلق به مؤسسه کیهان است.</td></tr>
</table>
</body>
</html>
`,
  },

  // Blogsky: no doctype, table layout, post text as <br><br>-separated lines, date in the post header,
  // «نوشته شده توسط» footer, comments link.
  blogsky: {
    site: 'زعفران‌نامه تربت',
    boiler: ['نوشته شده توسط', 'آخرین مطالب', 'پیوندها', 'آرشیو مطالب', 'نظرات', 'قدرت گرفته از بلاگ اسکای', 'عکس از'],
    render: (c) => `<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>زعفران‌نامه تربت - ${esc(c.a.title)}</title>
<meta name="generator" content="BlogSky">
<link rel="alternate" type="application/rss+xml" href="https://zafarannameh.blogsky.com/rss">
<style type="text/css">body{font-family:Tahoma;font-size:12px;background:#f6efe2} .posttitle{color:#7a2e8e;font-weight:bold}</style>
</head>
<body>
<table width="900" align="center" border="0" cellpadding="4">
<tr><td colspan="2" class="header"><h2><a href="https://zafarannameh.blogsky.com/">زعفران‌نامه تربت</a></h2><div>اخبار و یادداشت‌های کشاورزی شهرستان تربت حیدریه</div></td></tr>
<tr>
<td valign="top" class="main">
 <div class="post">
  <div class="postdate">${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</div>
  <div class="posttitle"><a href="${esc(c.a.url)}">${esc(c.a.title)}</a></div>
  <div class="postcontent">
${bodyHtml(c, (t) => t, (t) => `<b>${t}</b>`,
  `<div align="center"><img src="https://s6.picofile.com/file/8470012368/saffron_torbat.jpg" alt=""><br><font size="1">${esc(c.a.caption)} - ${esc(c.a.credit)}</font></div>`, '', undefined, '<br><br>\n')}
  </div>
  <div class="postfooter">نوشته شده توسط مدیر وبلاگ | <a href="${esc(c.a.url)}#comments">نظرات (${persian(c.a.comments.length)})</a> | دسته: ${tagLinks(c, 'https://zafarannameh.blogsky.com/category/', '، ')}</div>
 </div>
 <div class="comments" id="comments"><b>نظرات</b>
${comments(c, (n, t) => `<div class="comment"><b>${n}</b> گفت:<br>${t}</div>`)}
 </div>
</td>
<td valign="top" width="200" class="side">
 <div class="box"><b>آخرین مطالب</b><ul>
${li(c.a.mostRead, 'https://zafarannameh.blogsky.com/1404/08/', 10)}
 </ul></div>
 <div class="box"><b>پیوندها</b><ul>
${li(c.a.related, 'https://zafarannameh.blogsky.com/links/', 3)}
 </ul></div>
 <div class="box"><b>آرشیو مطالب</b><br><a href="https://zafarannameh.blogsky.com/1404/08/">آبان ۱۴۰۴</a><br><a href="https://zafarannameh.blogsky.com/1404/07/">مهر ۱۴۰۴</a></div>
</td></tr>
<tr><td colspan="2" align="center" class="footer">قدرت گرفته از بلاگ اسکای</td></tr>
</table>
</body>
</html>
`,
  },

  // Ghost (Casper-like theme): Latin digits, <time datetime>, custom excerpt under the title, body in
  // <section class="gh-content">, kg image card, kg audio card (podcast), no comments, newsletter form.
  ghost: {
    site: 'استارتاپ‌نامه',
    boiler: ['Subscribe', 'عضویت در خبرنامه استارتاپ‌نامه', 'مطالب بیشتر', 'Powered by Ghost', 'پرخواننده‌ها', 'دقیقه مطالعه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(c.a.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="استارتاپ‌نامه">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="article:published_time" content="${utcIso(c).replace('Z', '.000Z')}">
<meta property="article:tag" content="${esc(c.a.tags[0])}">
<meta name="generator" content="Ghost 5.96">
${jsonld({ ...c, iso: utcIso(c).replace('Z', '.000Z') }, 'Article', 'استارتاپ‌نامه', 'https://startupnameh.ir/content/images/2024/02/logo.png', { author: { '@type': 'Person', name: c.a.author } })}
</head>
<body class="post-template tag-startup">
<div class="viewport">
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="https://startupnameh.ir/">استارتاپ‌نامه</a>
<nav class="gh-head-menu"><ul class="nav"><li><a href="https://startupnameh.ir/">خانه</a></li><li><a href="https://startupnameh.ir/tag/funding/">سرمایه‌گذاری</a></li><li><a href="https://startupnameh.ir/tag/interview/">گفت‌وگو</a></li><li><a href="https://startupnameh.ir/podcast/">پادکست</a></li><li><a href="https://startupnameh.ir/about/">درباره ما</a></li></ul></nav>
<a class="gh-head-button" href="#/portal/signup">Subscribe</a></header>
<main id="site-main" class="site-main">
<article class="article post tag-funding">
 <header class="article-header gh-canvas">
  <section class="article-tag"><a href="https://startupnameh.ir/tag/funding/">${esc(c.a.kicker)}</a></section>
  <h1 class="article-title">${esc(c.a.title)}</h1>
  <p class="article-excerpt">${esc(c.a.lead ?? '')}</p>
  <div class="article-byline"><a href="https://startupnameh.ir/author/mina/">${esc(c.a.author ?? '')}</a> <time class="byline-meta-date" datetime="${c.g.y}-${c.g.m}-${c.g.d}">${Number(c.d)} ${c.mn} ${c.y}</time> <span class="byline-reading-time">6 دقیقه مطالعه</span></div>
  <figure class="article-image"><img src="https://startupnameh.ir/content/images/2025/11/barnama-team.jpg" alt=""><figcaption>${esc(c.a.caption)} <span>${esc(c.a.credit)}</span></figcaption></figure>
 </header>
 <section class="gh-content gh-canvas">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 id="h-${t.length}">${t}</h2>`, '',
  `<div class="kg-card kg-audio-card"><div class="kg-audio-player-container"><div class="kg-audio-title">${esc(c.a.inline ?? '')}</div><div class="kg-audio-player"><button class="kg-audio-play-icon">▶</button><span class="kg-audio-current-time">0:00</span> / <span class="kg-audio-duration">38:12</span></div></div></div>`)}
 </section>
 <section class="article-tags gh-canvas">${tagLinks(c, 'https://startupnameh.ir/tag/', ' ')}</section>
 <section class="footer-cta"><h2>عضویت در خبرنامه استارتاپ‌نامه</h2><p>هر پنجشنبه خلاصه خبرهای اکوسیستم را در ایمیل خود بخوانید.</p><a href="#/portal/signup">Subscribe</a></section>
</article>
<aside class="read-more-wrap"><h3>مطالب بیشتر</h3><div class="read-more">
${c.a.related.map((t, i) => `<article class="post-card"><a class="post-card-content-link" href="https://startupnameh.ir/p${i + 40}/"><h2 class="post-card-title">${esc(t)}</h2></a></article>`).join('\n')}
</div>
<h3>پرخواننده‌ها</h3><ul>
${li(c.a.mostRead, 'https://startupnameh.ir/p', 200)}
</ul></aside>
</main>
<footer class="site-footer"><div class="inner"><section class="copyright">استارتاپ‌نامه © 2025</section><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></footer>
</div>
</body>
</html>
`,
  },

  // Drupal 7 university portal: RDFa dc:date span, node title in h1#page-title, submitted line with a
  // numeric Jalali date, field-name-body, field-name-field-image, no comments, quick links.
  drupal: {
    site: 'دانشگاه فردوسی مشهد',
    boiler: ['ارسال شده در', 'بازدید', 'اخبار مرتبط', 'پیوندهای سریع', 'آخرین اخبار', 'تمامی حقوق برای دانشگاه فردوسی مشهد محفوظ است', 'سامانه آموزشی'],
    render: (c) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fa" version="XHTML+RDFa 1.0" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="${esc(c.a.url)}" />
<link rel="shortlink" href="https://news.um.ac.ir/node/${c.id}" />
<title>${esc(c.a.title)} | پایگاه خبری دانشگاه فردوسی مشهد</title>
<link type="text/css" rel="stylesheet" href="https://news.um.ac.ir/sites/all/themes/ferdowsi/css/style.css" media="all" />
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- node-type-news i18n-fa">
<div id="page-wrapper"><div id="page">
<div id="header"><a href="https://news.um.ac.ir/" title="خانه" rel="home" id="logo"><img src="https://news.um.ac.ir/sites/all/themes/ferdowsi/logo.png" alt="خانه" /></a>
 <div id="site-name"><a href="https://news.um.ac.ir/">پایگاه خبری دانشگاه فردوسی مشهد</a></div>
 <ul class="menu"><li class="first leaf"><a href="https://news.um.ac.ir/">صفحه اصلی</a></li><li class="leaf"><a href="https://news.um.ac.ir/news/education">آموزشی</a></li><li class="leaf"><a href="https://news.um.ac.ir/news/research">پژوهشی</a></li><li class="leaf"><a href="https://news.um.ac.ir/news/students">دانشجویی</a></li><li class="leaf"><a href="https://news.um.ac.ir/news/international">بین‌الملل</a></li><li class="last leaf"><a href="https://news.um.ac.ir/gallery">گالری تصاویر</a></li></ul></div>
<div id="main-wrapper"><div id="main" class="clearfix">
 <div class="breadcrumb"><a href="https://news.um.ac.ir/">خانه</a> » <a href="https://news.um.ac.ir/news/education">${esc(c.a.kicker)}</a></div>
 <div id="content" class="column"><div class="section">
  <h1 class="title" id="page-title">${esc(c.a.title)}</h1>
  <div id="node-${c.id}" class="node node-news node-full clearfix" about="/node/${c.id}" typeof="sioc:Item foaf:Document">
   <span property="dc:title" content="${esc(c.a.title)}" class="rdf-meta element-hidden"></span>
   <div class="submitted"><span property="dc:date dc:created" content="${c.iso}" datatype="xsd:dateTime">ارسال شده در ${faNumDate(c)} - ${faTime(c)}</span> | بازدید: ۱۲۸۴</div>
   <div class="field field-name-field-image field-type-image"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="https://news.um.ac.ir/sites/default/files/styles/large/public/news/1404/ceremony.jpg" alt="" /><div class="image-caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div></div></div>
   <div class="content">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
    </div></div></div>
    <div class="field field-name-field-tags"><div class="field-label">برچسب‌ها:&nbsp;</div><div class="field-items">${tagLinks(c, 'https://news.um.ac.ir/tags/', ' ')}</div></div>
   </div>
   <ul class="links inline"><li class="print_html first"><a href="https://news.um.ac.ir/print/${c.id}">نسخه قابل چاپ</a></li><li class="last"><a href="https://news.um.ac.ir/printpdf/${c.id}">PDF</a></li></ul>
  </div>
  <div class="block block-views"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://news.um.ac.ir/node/', 41200)}
  </ul></div>
 </div></div>
 <div id="sidebar-first" class="column sidebar"><div class="section">
  <div class="block"><h2>آخرین اخبار</h2><ul>
${li(c.a.mostRead, 'https://news.um.ac.ir/node/', 41400)}
  </ul></div>
  <div class="block"><h2>پیوندهای سریع</h2><ul><li><a href="https://pooya.um.ac.ir/">سامانه آموزشی</a></li><li><a href="https://library.um.ac.ir/">کتابخانه مرکزی</a></li><li><a href="https://dorm.um.ac.ir/">امور خوابگاه‌ها</a></li></ul></div>
 </div></div>
</div></div>
<div id="footer">تمامی حقوق برای دانشگاه فردوسی مشهد محفوظ است. مشهد، میدان آزادی، پردیس دانشگاه فردوسی</div>
</div></div>
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
    name: 'ettelaat-flu-vaccine-presser', site: 'ettelaat',
    url: 'https://www.ettelaat.com/news/118402/سخنگوی-وزارت-بهداشت-واکسن-آنفلوآنزای-گروه‌های-پرخطر-از-هفته-آینده-توزیع-می‌شود',
    title: 'سخنگوی وزارت بهداشت: واکسن آنفلوآنزای گروه‌های پرخطر از هفته آینده توزیع می‌شود',
    kicker: 'سلامت', date: '۱۲ آبان ۱۴۰۴ - ۱۳:۱۰',
    lead: 'سخنگوی وزارت بهداشت، درمان و آموزش پزشکی در نشست خبری امروز از توزیع دو میلیون و ۸۰۰ هزار دوز واکسن آنفلوآنزا میان گروه‌های پرخطر از هفته آینده خبر داد.',
    paras: [
      'به گزارش اطلاعات آنلاین، نشست خبری هفتگی وزارت بهداشت صبح امروز (دوشنبه) با حضور سخنگوی این وزارتخانه و معاونان درمان و بهداشت وزیر و با اجرای مریم شاکری، مدیرکل روابط عمومی وزارت بهداشت، در ساختمان ستاد این وزارتخانه در شهرک غرب برگزار شد.',
      'کاوه نیک‌اندیش، سخنگوی وزارت بهداشت، در ابتدای این نشست گفت: امسال دو میلیون و ۸۰۰ هزار دوز واکسن آنفلوآنزا تأمین شده که حدود ۷۰ درصد آن تولید داخل است. این واکسن‌ها از هفته آینده به‌صورت رایگان در اختیار سالمندان بالای ۶۵ سال، بیماران دیابتی، زنان باردار و کادر درمان قرار می‌گیرد.',
      'وی افزود: سهمیه هر استان بر اساس جمعیت گروه‌های هدف تعیین شده و مردم برای تزریق باید به مراکز جامع سلامت مراجعه کنند؛ فهرست این مراکز از طریق سامانه ۴۰۳۰ در دسترس است.',
      'نیک‌اندیش درباره کمبود دارو نیز تصریح کرد که از ۳۲۰ قلم داروی کمیاب در ابتدای سال، اکنون تنها ۴۵ قلم در فهرست کمبود باقی مانده و بیشتر آنها داروهای وارداتی بیماری‌های خاص است.',
      'در ادامه، معاون درمان وزارت بهداشت با اشاره به افزایش مراجعه بیماران تنفسی اظهار کرد: در دو هفته گذشته مراجعه به اورژانس بیمارستان‌های تهران حدود ۲۵ درصد بیشتر شده و ۱۸ درصد تخت‌های بخش ویژه کودکان در اختیار بیماران مبتلا به آنفلوآنزا است.',
      'سیمین رهنورد افزود: برای جلوگیری از فشار بر بیمارستان‌ها، ۱۲۰ درمانگاه منتخب در سراسر کشور تا ساعت ۲۴ فعال خواهند بود و بیماران با علائم خفیف بهتر است به این مراکز مراجعه کنند. رهنورد همچنین از مردم خواست از مصرف خودسرانه آنتی‌بیوتیک خودداری کنند.',
      'بهروز فتحی‌زاده معاون بهداشت وزارت بهداشت نیز با بیان اینکه پوشش واکسیناسیون روتین کودکان در کشور بالای ۹۸ درصد است، تصریح کرد: در برخی شهرستان‌های مرزی این رقم به ۸۵ درصد کاهش یافته و تیم‌های سیار از ابتدای آذر برای واکسیناسیون کودکان جامانده به این مناطق اعزام می‌شوند.',
      'به گفته فتحی‌زاده، از ابتدای امسال ۱۴ مورد ابتلا به سرخک در استان‌های سیستان و بلوچستان و کرمان ثبت شده که همگی در کودکان واکسینه‌نشده بوده است.',
      'او در پاسخ به پرسشی درباره واکسن HPV گفت: خرید این واکسن در دستور کار است، اما زمان آغاز تزریق رایگان آن هنوز قطعی نشده است.',
      'گفتنی است به گفته روابط عمومی وزارت بهداشت، نشست خبری بعدی این وزارتخانه دوشنبه هفته آینده با حضور وزیر بهداشت برگزار خواهد شد.',
    ],
    tags: ['وزارت بهداشت', 'واکسن آنفلوآنزا', 'کمبود دارو', 'سرخک'],
    caption: 'نشست خبری هفتگی وزارت بهداشت در ساختمان ستاد این وزارتخانه', credit: 'عکس: سعید زارعیان',
    related: ['آنفلوآنزا زودتر از هر سال به تهران رسید', 'قیمت واکسن آنفلوآنزا در داروخانه‌ها چند؟', 'ماجرای کمبود شربت‌های کودکان چیست؟'],
    mostRead: ['ساعت کاری ادارات تهران در آذرماه اعلام شد', 'جزئیات افزایش حقوق بازنشستگان', 'بارش برف در جاده چالوس', 'نتایج قرعه‌کشی خودرو اعلام شد'],
    comments: [['محمد از قم', 'پارسال هم همین را گفتند ولی مرکز بهداشت محل ما واکسن نداشت.'], ['پرستار', 'کادر درمان هنوز واکسن سال قبل را هم نزده است.']],
    speakers: [
      { name: 'کاوه نیک‌اندیش', role: 'سخنگوی وزارت بهداشت، درمان و آموزش پزشکی', also_called: ['سخنگوی وزارت بهداشت', 'وی', 'نیک‌اندیش'], statements: 4 },
      { name: 'سیمین رهنورد', role: 'معاون درمان وزارت بهداشت', also_called: ['رهنورد'], statements: 3 },
      { name: 'بهروز فتحی‌زاده', role: 'معاون بهداشت وزارت بهداشت', also_called: ['فتحی‌زاده', 'او'], statements: 3 },
    ],
    speakers_never: ['مریم شاکری', 'اطلاعات آنلاین'],
    figures: [
      { value: 2800000, unit: 'دوز', kind: 'count', about: '«دو میلیون و ۸۰۰ هزار دوز» (lead and paragraph 2)' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'سهم تولید داخل' },
      { value: 320, unit: 'قلم', kind: 'count', about: 'داروی کمیاب در ابتدای سال' },
      { value: 45, unit: 'قلم', kind: 'count', about: 'اقلام باقی‌مانده در فهرست کمبود' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'افزایش مراجعه به اورژانس' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'تخت‌های ویژه کودکان' },
      { value: 120, unit: 'درمانگاه', kind: 'count', about: 'درمانگاه منتخب' },
      { value: 98, unit: 'درصد', kind: 'percent', about: 'پوشش واکسیناسیون «بالای ۹۸ درصد»' },
      { value: 85, unit: 'درصد', kind: 'percent', about: 'پوشش در شهرستان‌های مرزی' },
      { value: 14, unit: 'مورد', kind: 'count', about: 'ابتلا به سرخک' },
    ],
    figures_never: [
      '«بالای ۶۵ سال»: age', '«سامانه ۴۰۳۰»: a phone/system number', '«دو هفته گذشته»: duration', '«ساعت ۲۴»: time',
      '«هفته آینده», «ابتدای آذر», «ابتدای امسال», «دوشنبه هفته آینده»: dates', '«HPV»: a name',
    ],
    notes: [
      'Ministerial press conference: a spokesperson and two deputies. The spokesperson is introduced by role only in the lead and named in paragraph 2; the deputy for treatment is introduced by role only («معاون درمان وزارت بهداشت … اظهار کرد») and named in the next paragraph («سیمین رهنورد افزود»); the deputy for health in the form «NAME ROLE … تصریح کرد» without commas.',
      'statements: Nik-Andish: lead «… خبر داد», «گفت:» (two-sentence quote, once), «وی افزود:», «تصریح کرد که …» = 4; Rahnavard: «اظهار کرد:» (role only), «افزود:», «از مردم خواست …» (indirect request) = 3; Fathizadeh: «با بیان اینکه … تصریح کرد:» (one sentence), «به گفته فتحی‌زاده», «او … گفت:» = 3.',
      'Shakeri hosts the session and is not quoted. «به گفته روابط عمومی وزارت بهداشت» is an office, not a person. The minister is unnamed and not quoted.',
    ],
  },
  {
    name: 'irannewspaper-golestan-flood', site: 'irannewspaper',
    url: 'https://irannewspaper.ir/newspaper/item/880157',
    title: 'سیلاب در شرق گلستان؛ ارتباط ۳۲ روستا قطع شد',
    kicker: 'خسارت سنگین بارش‌های پاییزی در گالیکش و کلاله', date: '۱۵ آبان ۱۴۰۴ - ۰۷:۰۰',
    lead: 'بارش‌های سیل‌آسای دو روز گذشته در شرق استان گلستان ارتباط ۳۲ روستا را با مراکز شهرستان‌ها قطع کرد و به ۴۰۰ واحد مسکونی خسارت زد.',
    paras: [
      'گرگان - خبرنگار ایران: باران شدیدی که از عصر سه‌شنبه در شهرستان‌های گالیکش، مینودشت و کلاله آغاز شد، تا صبح دیروز ادامه داشت و با طغیان رودخانه‌های فصلی، بخش‌هایی از این شهرستان‌ها را زیر آب برد. بر اساس اعلام اداره‌کل هواشناسی استان، در کمتر از ۲۴ ساعت ۸۶ میلی‌متر باران در ایستگاه گالیکش ثبت شده است.',
      'مدیرکل مدیریت بحران استانداری گلستان دیروز در جمع خبرنگاران گفت: تاکنون ارتباط ۳۲ روستا با مرکز شهرستان قطع شده و به ۴۰۰ واحد مسکونی، ۱۷ پل روستایی و حدود ۶۵ کیلومتر از راه‌های فرعی خسارت وارد شده است.',
      'علیرضا قربان‌نژاد افزود: برآورد اولیه خسارت‌ها بیش از یک هزار و ۲۰۰ میلیارد تومان است و با فروکش کردن آب، ارزیابی دقیق‌تر آغاز می‌شود. ۹ تیم ارزیاب از استان‌های همجوار نیز در راه گلستان هستند.',
      'وی تصریح کرد: تا این لحظه گزارشی از تلفات جانی نداشته‌ایم، اما یک نفر در حوالی روستای قلعه‌جیق مفقود شده و جست‌وجو برای یافتن او با کمک نیروهای محلی ادامه دارد.',
      'قربان‌نژاد از مردم خواست تا اطلاع ثانوی از تردد در جاده گالیکش - مراوه‌تپه و نزدیک شدن به حاشیه رودخانه‌ها خودداری کنند.',
      'به گفته رئیس جمعیت هلال احمر استان گلستان، ۲۱۰ نجاتگر در قالب ۳۸ تیم عملیاتی در مناطق سیل‌زده مستقر شده‌اند.',
      'مهدی ارازی در گفت‌وگو با ایران افزود: تاکنون یک هزار و ۱۵۰ نفر از ساکنان روستاهای آسیب‌دیده به محل‌های امن منتقل و اسکان اضطراری داده شده‌اند و ۶۰۰ بسته غذایی، ۸۵۰ تخته پتو و ۱۲۰ دستگاه چادر میان آنها توزیع شده است.',
      'او ادامه داد: دو فروند بالگرد هلال احمر نیز از صبح دیروز برای رساندن اقلام امدادی به روستاهای صعب‌العبور به کار گرفته شده‌اند.',
      'حسن قزلی، فرماندار گالیکش، نیز عصر دیروز همراه با مسئولان محلی از روستاهای آسیب‌دیده بازدید کرد. یکی از اهالی روستای تمرقره‌قوزی که نخواست نامش فاش شود، به خبرنگار ما گفت: آب تا نیمه دیوار خانه‌ها بالا آمد و بیشتر دام‌ها تلف شدند.',
      'گفتنی است سیلاب فروردین سال ۱۳۹۸ در همین مناطق بیش از ۵۰ روستا را درگیر کرده بود.',
    ],
    tags: ['سیل', 'گلستان', 'هلال احمر'],
    caption: 'آبگرفتگی معابر روستایی در شهرستان گالیکش', credit: 'عکس: هلال احمر گلستان',
    related: ['بازگشایی مدارس مازندران پس از بارش‌های سنگین', 'هشدار نارنجی هواشناسی برای استان‌های شمالی', 'خسارت ۳۰۰ میلیاردی تگرگ به باغ‌های خراسان'],
    mostRead: ['جزئیات لایحه بودجه ۱۴۰۵', 'بلیت‌فروشی قطارهای زمستانی آغاز شد', 'واریز کالابرگ مرحله سوم', 'قیمت مرغ در بازار کاهش یافت'],
    comments: [['کاربری از گنبد', 'هر سال همین داستان است، لایروبی رودخانه‌ها کی انجام می‌شود؟'], ['رضا', 'خدا به مردم گالیکش صبر بدهد.']],
    speakers: [
      { name: 'علیرضا قربان‌نژاد', role: 'مدیرکل مدیریت بحران استانداری گلستان', also_called: ['قربان‌نژاد', 'وی'], statements: 4 },
      { name: 'مهدی ارازی', role: 'رئیس جمعیت هلال احمر استان گلستان', also_called: ['او'], statements: 3 },
    ],
    speakers_never: ['حسن قزلی', 'قلعه‌جیق', 'تمرقره‌قوزی', 'مراوه‌تپه'],
    figures: [
      { value: 32, unit: 'روستا', kind: 'count', about: 'روستاهای قطع‌ارتباط (lead and paragraph 2)' },
      { value: 400, unit: 'واحد', kind: 'count', about: 'واحد مسکونی آسیب‌دیده' },
      { value: 86, unit: 'میلی‌متر', kind: 'measure', about: 'بارش در ایستگاه گالیکش' },
      { value: 17, unit: 'پل', kind: 'count', about: 'پل روستایی' },
      { value: 65, unit: 'کیلومتر', kind: 'measure', about: 'راه‌های فرعی آسیب‌دیده' },
      { value: 1200000000000, unit: 'تومان', kind: 'money', about: '«یک هزار و ۲۰۰ میلیارد تومان» خسارت' },
      { value: 9, unit: 'تیم', kind: 'count', about: 'تیم ارزیاب' },
      { value: 210, unit: 'نجاتگر', kind: 'count', about: 'نجاتگران هلال احمر' },
      { value: 38, unit: 'تیم', kind: 'count', about: 'تیم عملیاتی' },
      { value: 1150, unit: 'نفر', kind: 'count', about: '«یک هزار و ۱۵۰ نفر» اسکان اضطراری' },
      { value: 600, unit: 'بسته', kind: 'count', about: 'بسته غذایی' },
      { value: 850, unit: 'تخته', kind: 'count', about: 'پتو' },
      { value: 120, unit: 'دستگاه', kind: 'count', about: 'چادر' },
      { value: 2, unit: 'فروند', kind: 'count', about: '«دو فروند بالگرد»' },
      { value: 50, unit: 'روستا', kind: 'count', about: 'سیلاب ۱۳۹۸ «بیش از ۵۰ روستا»' },
    ],
    figures_never: [
      '«دو روز گذشته», «کمتر از ۲۴ ساعت»: durations', '«یک نفر» (missing person): a lone «یک», not counted by the convention',
      '«سال ۱۳۹۸», «فروردین», «عصر سه‌شنبه»: dates', '«یکی از اهالی»: idiom',
    ],
    notes: [
      'Iran newspaper page: no date in <head>; the visible issue line gives only the day («پنجشنبه ۱۵ آبان ۱۴۰۴ | شماره ۸۸۶۰»), so `published` carries a nominal 07:00. The first paragraph opens with the dateline «گرگان - خبرنگار ایران:», which is part of the paragraph as printed.',
      'statements: Ghorban-Nejad: «مدیرکل … گفت:» (role only, named in the next paragraph), «علیرضا قربان‌نژاد افزود:» (two-sentence quote, once), «وی تصریح کرد:», «قربان‌نژاد از مردم خواست …» = 4; Arazi: «به گفته رئیس جمعیت هلال احمر …» (role only), «مهدی ارازی در گفت‌وگو با ایران افزود:», «او ادامه داد:» = 3.',
      'The villager («یکی از اهالی … که نخواست نامش فاش شود») is unnamed and is not a speaker. The governor Ghezeli only visits. «گفت‌وگو با ایران»: ایران is the newspaper.',
      '«یک نفر در حوالی روستای قلعه‌جیق مفقود شده» is left out of the figures (lone «یک»); an annotator could list it as count 1 نفر.',
    ],
  },
  {
    name: 'bourse24-market-rally', site: 'bourse24', inline: 'پیش‌بینی بورس در هفته سوم آبان؛ حقیقی‌ها برمی‌گردند؟', photoAt: 1, inlineAt: 4,
    url: 'https://www.bourse24.ir/news/286417',
    title: 'شاخص بورس به ۳ میلیون و ۲۱۴ هزار واحد رسید؛ دلار ۱۱۴ هزار تومانی شد',
    kicker: 'گزارش بازار', date: '۱۳ آبان ۱۴۰۴ - ۱۶:۴۵',
    lead: 'شاخص کل بورس تهران در معاملات امروز با افزایش ۲۸ هزار و ۵۰۰ واحدی به ۳ میلیون و ۲۱۴ هزار واحد رسید و ارزش معاملات خرد برای نخستین بار در دو ماه گذشته از مرز ۶ هزار و ۵۰۰ میلیارد تومان گذشت.',
    paras: [
      'به گزارش بورس۲۴، شاخص کل در پایان معاملات امروز (سه‌شنبه) رشد ۰٫۹ درصدی را تجربه کرد و شاخص هم‌وزن نیز با یک و دو دهم درصد افزایش در ارتفاع ۸۹۵ هزار واحد ایستاد. در فرابورس هم شاخص کل با ۱۸۰ واحد افزایش به ۲۸ هزار و ۴۰۰ واحد رسید.',
      'در معاملات امروز ۱۴٫۲ میلیارد سهم به ارزش ۹ هزار و ۸۰۰ میلیارد تومان دست‌به‌دست شد که سهم معاملات خرد از آن ۶ هزار و ۵۸۰ میلیارد تومان بود. از ۷۱۰ نماد معامله‌شده، ۳۸۴ نماد مثبت و ۲۶۲ نماد منفی بسته شدند و برآیند تغییر مالکیت حقیقی‌ها به سود خریداران ۴۱۰ میلیارد تومان بود.',
      '## بازار در مسیر تثبیت',
      'علی صادق‌پور، کارشناس بازار سرمایه، در گفت‌وگو با بورس۲۴ گفت: بازار در محدوده ۳ میلیون و ۱۰۰ تا ۳ میلیون و ۳۰۰ هزار واحد در حال تثبیت است و تا زمانی که نرخ بهره بین‌بانکی بالای ۲۳ درصد باشد، نباید انتظار رشد پرشتاب داشت.',
      'وی افزود: ورود نقدینگی امروز بیشتر در گروه‌های فلزات اساسی و پالایشی بود؛ این دو گروه به‌تنهایی ۳۵ درصد ارزش معاملات خرد را به خود اختصاص دادند.',
      '## بازار ارز و طلا',
      'در بازار ارز، قیمت دلار آمریکا در بازار آزاد تهران امروز با یک هزار و ۲۰۰ تومان افزایش به ۱۱۴ هزار و ۳۰۰ تومان رسید و یورو نیز ۱۳۲ هزار تومان معامله شد. در مرکز مبادله ارز و طلای ایران نرخ حواله درهم امارات بین ۲۱ هزار و ۸۰۰ تا ۲۱ هزار و ۹۵۰ تومان اعلام شد.',
      'در بازار طلا نیز هر سکه تمام بهار آزادی طرح جدید ۹۸ میلیون و ۵۰۰ هزار تومان و هر گرم طلای ۱۸ عیار ۹ میلیون و ۸۴۰ هزار تومان قیمت خورد.',
      'معاون نظارت بر بازار سازمان بورس و اوراق بهادار نیز امروز از عرضه اولیه سهام یک شرکت پتروشیمی در هفته آینده خبر داد. سعید مظاهری با بیان اینکه ارزش این عرضه حدود یک و نیم همت است، گفت: ۴ درصد از سهام شرکت عرضه می‌شود و سقف خرید هر کد معاملاتی ۲۰ میلیون تومان تعیین شده است. این شرکت سال گذشته یک و نیم میلیارد دلار صادرات داشته است.',
    ],
    tags: ['شاخص کل', 'بازار سرمایه', 'قیمت دلار', 'عرضه اولیه'],
    caption: 'تابلوی معاملات در تالار بورس تهران', credit: 'عکس: آرشیو بورس۲۴',
    related: ['حقیقی‌ها در هفته گذشته ۲ همت از بورس خارج کردند', 'جزئیات عرضه اولیه پتروشیمی اعلام شد', 'صندوق‌های درآمد ثابت رکورد زدند'],
    mostRead: ['قیمت طلا و سکه امروز سه‌شنبه', 'سود سهام عدالت کی واریز می‌شود؟', 'دلار در کانال ۱۱۴ هزار تومان', 'نماد خودرو از توقف خارج شد'],
    comments: [['سهامدار خرد', 'تا وقتی نرخ بهره بالاست این سبزی ماندگار نیست.'], ['حسین', 'سقف ۲۰ میلیون برای عرضه اولیه خیلی کم است.']],
    speakers: [
      { name: 'علی صادق‌پور', role: 'کارشناس بازار سرمایه', also_called: ['وی'], statements: 2 },
      { name: 'سعید مظاهری', role: 'معاون نظارت بر بازار سازمان بورس و اوراق بهادار', also_called: [], statements: 2 },
    ],
    speakers_never: ['بورس۲۴'],
    figures: [
      { value: 28500, unit: 'واحد', kind: 'count', about: 'lead: افزایش شاخص «۲۸ هزار و ۵۰۰ واحدی»' },
      { value: 3214000, unit: 'واحد', kind: 'count', about: 'lead: شاخص کل (also in the title)' },
      { value: 6500000000000, unit: 'تومان', kind: 'money', about: 'lead: «مرز ۶ هزار و ۵۰۰ میلیارد تومان»' },
      { value: 0.9, unit: 'درصد', kind: 'percent', about: '«رشد ۰٫۹ درصدی»' },
      { value: 1.2, unit: 'درصد', kind: 'percent', about: '«یک و دو دهم درصد» شاخص هم‌وزن' },
      { value: 895000, unit: 'واحد', kind: 'count', about: 'شاخص هم‌وزن' },
      { value: 180, unit: 'واحد', kind: 'count', about: 'افزایش شاخص فرابورس' },
      { value: 28400, unit: 'واحد', kind: 'count', about: 'شاخص فرابورس' },
      { value: 14200000000, unit: 'سهم', kind: 'count', about: '«۱۴٫۲ میلیارد سهم»' },
      { value: 9800000000000, unit: 'تومان', kind: 'money', about: 'ارزش کل معاملات' },
      { value: 6580000000000, unit: 'تومان', kind: 'money', about: 'ارزش معاملات خرد' },
      { value: 710, unit: 'نماد', kind: 'count', about: 'نمادهای معامله‌شده' },
      { value: 384, unit: 'نماد', kind: 'count', about: 'نماد مثبت' },
      { value: 262, unit: 'نماد', kind: 'count', about: 'نماد منفی' },
      { value: 410000000000, unit: 'تومان', kind: 'money', about: 'تغییر مالکیت حقیقی' },
      { value: 3100000, unit: 'واحد', kind: 'count', about: 'range «۳ میلیون و ۱۰۰ تا ۳ میلیون و ۳۰۰ هزار واحد», lower end (the هزار of the upper end applies to both)' },
      { value: 3300000, unit: 'واحد', kind: 'count', about: 'range, upper end' },
      { value: 23, unit: 'درصد', kind: 'percent', about: 'نرخ بهره بین‌بانکی' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'سهم دو گروه از معاملات خرد' },
      { value: 1200, unit: 'تومان', kind: 'money', about: '«یک هزار و ۲۰۰ تومان» افزایش دلار' },
      { value: 114300, unit: 'تومان', kind: 'money', about: 'دلار آزاد' },
      { value: 132000, unit: 'تومان', kind: 'money', about: 'یورو' },
      { value: 21800, unit: 'تومان', kind: 'money', about: 'درهم، lower end' },
      { value: 21950, unit: 'تومان', kind: 'money', about: 'درهم، upper end' },
      { value: 98500000, unit: 'تومان', kind: 'money', about: 'سکه تمام' },
      { value: 9840000, unit: 'تومان', kind: 'money', about: 'طلای ۱۸ عیار، هر گرم' },
      { value: 1500000000000, unit: 'همت', kind: 'money', about: '«یک و نیم همت» ارزش عرضه' },
      { value: 4, unit: 'درصد', kind: 'percent', about: 'سهام عرضه‌شده' },
      { value: 20000000, unit: 'تومان', kind: 'money', about: 'سقف خرید هر کد' },
      { value: 1500000000, unit: 'دلار', kind: 'money', about: '«یک و نیم میلیارد دلار» صادرات' },
    ],
    figures_never: [
      '«بورس۲۴»: a name', '«۱۸ عیار»: karat, part of the name of the gold grade', '«نخستین بار», «دو ماه گذشته»: ordinal, duration',
      '«این دو گروه»: refers back to the two groups just named, not a new count', '«یک شرکت پتروشیمی»: lone «یک»', '«هفته آینده», «سال گذشته»: dates',
      '«هر گرم», «هر کد معاملاتی»: rate words', 'title «۱۱۴ هزار تومانی»: title only (the body has ۱۱۴ هزار و ۳۰۰ تومان)',
    ],
    notes: [
      'Market report dense with numbers: scale words inside compound numbers («۹ هزار و ۸۰۰ میلیارد تومان» = 9.8e12), decimals with «٫», a number in words with a fraction («یک و دو دهم درصد»), «یک و نیم همت» and «یک و نیم میلیارد دلار», and two ranges. Index points («واحد») are counts, as points («امتیاز») are in earlier sets.',
      'The range «۳ میلیون و ۱۰۰ تا ۳ میلیون و ۳۰۰ هزار واحد» is read as 3,100,000 to 3,300,000 (the «هزار» of the upper end applies to the lower end too).',
      'statements: Sadeghpour: «در گفت‌وگو با بورس۲۴ گفت:», «وی افزود:» = 2; Mazaheri: «معاون نظارت … خبر داد.» (role only; named in the next sentence), «سعید مظاهری با بیان اینکه … گفت:» (the quote runs two sentences) = 2.',
      'Two subheadings («بازار در مسیر تثبیت», «بازار ارز و طلا») are body lines; the «بیشتر بخوانید» box after the fourth paragraph is not.',
    ],
  },
  {
    name: 'aa-brazil-argentina-gas', site: 'aa', author: 'برازیلیا - آناتولی',
    url: 'https://www.aa.com.tr/fa/آمریکا/توافق-برزیل-و-آرژانتین-برای-انتقال-گاز-واکا-مورتا/3712455',
    title: 'توافق برزیل و آرژانتین برای انتقال گاز «واکا مورتا»',
    kicker: 'آمریکا', date: '۲۰ آبان ۱۴۰۴ - ۱۸:۳۰',
    lead: 'برزیل و آرژانتین روز سه‌شنبه در برازیلیا توافق‌نامه‌ای امضا کردند که بر اساس آن روزانه تا ۳۰ میلیون مترمکعب گاز از میدان «واکا مورتا» در جنوب آرژانتین به ایالت‌های صنعتی جنوب برزیل منتقل می‌شود.',
    paras: [
      'سند این توافق را کارلوس بنیتس، سفیر آرژانتین در برزیل، و مقام‌های وزارت معادن و انرژی برزیل در کاخ ایتاماراتی امضا کردند.',
      'رافائل مندونسا، سخنگوی وزارت امور خارجه برزیل، در نشست خبری پس از مراسم امضا گفت: این توافق وابستگی برزیل به واردات گاز مایع از آن سوی اقیانوس اطلس را کاهش می‌دهد و برای هر دو کشور سودآور است.',
      'به گفته مندونسا، هزینه ساخت خط لوله ۱۲۰۰ کیلومتری که از استان نئوکن آغاز می‌شود و به شهر پورتو آلگره می‌رسد، حدود ۴٫۸ میلیارد دلار برآورد شده و بانک توسعه آمریکای لاتین ۴۰ درصد آن را تأمین می‌کند.',
      'وی تصریح کرد که عملیات اجرایی از ژانویه ۲۰۲۶ آغاز می‌شود و نخستین محموله گاز پیش از پایان سال ۲۰۲۸ به برزیل خواهد رسید.',
      'مارتین اچه‌وری، دبیر انرژی آرژانتین، نیز که در این مراسم حضور داشت، اظهار کرد: تولید گاز واکا مورتا در پنج سال گذشته دو برابر شده و به ۱۵۰ میلیون مترمکعب در روز رسیده است. ما اکنون مازاد صادراتی داریم.',
      'اچه‌وری افزود که آرژانتین با شیلی و اروگوئه نیز برای قراردادهای مشابه در حال مذاکره است.',
      'خبرگزاری رویترز به نقل از یک مقام ارشد شرکت دولتی انرژی آرژانتین گزارش داد که قیمت گاز در این قرارداد حدود ۷ دلار برای هر میلیون بی‌تی‌یو تعیین شده است؛ رقمی که از قیمت گاز مایع وارداتی برزیل حدود ۳۰ درصد کمتر است.',
      'فعالان محیط زیست اما به این توافق انتقاد کرده‌اند. لوسیانا فریتاس، هماهنگ‌کننده کارزار انرژی در گروه محیط‌زیستی «ائتلاف آب و اقلیم»، این پروژه را «گامی به عقب در مسیر گذار انرژی» خواند و گفت: بخش بزرگی از گاز واکا مورتا با روش شکست هیدرولیکی استخراج می‌شود که منابع آب زیرزمینی پاتاگونیا را تهدید می‌کند.',
      'فریتاس هشدار داد که مسیر خط لوله از دست‌کم ۱۱ منطقه حفاظت‌شده عبور می‌کند.',
      'برزیل سالانه حدود ۱۲ میلیارد مترمکعب گاز وارد می‌کند که بخش عمده آن از بولیوی و بازار جهانی ال‌ان‌جی تأمین می‌شود.',
    ],
    tags: ['برزیل', 'آرژانتین', 'گاز', 'خط لوله'],
    caption: 'مراسم امضای توافق‌نامه گازی در کاخ ایتاماراتی', credit: 'عکس: آناتولی',
    related: ['آرژانتین رکورد صادرات نفت خام را شکست', 'شیلی در پی خرید گاز از همسایگان', 'نشست سران مرکوسور به تعویق افتاد'],
    mostRead: ['دیدار وزیران خارجه ایران و ترکیه در آنکارا', 'زلزله ۵ ریشتری در استان وان', 'افزایش مبادلات تجاری ایران و ترکیه', 'نرخ تورم ترکیه در ماه اکتبر اعلام شد'],
    comments: [],
    speakers: [
      { name: 'رافائل مندونسا', role: 'سخنگوی وزارت امور خارجه برزیل', also_called: ['مندونسا', 'وی'], statements: 3 },
      { name: 'مارتین اچه‌وری', role: 'دبیر انرژی آرژانتین', also_called: ['اچه‌وری'], statements: 2 },
      { name: 'لوسیانا فریتاس', role: 'هماهنگ‌کننده کارزار انرژی در گروه محیط‌زیستی «ائتلاف آب و اقلیم»', also_called: ['فریتاس'], statements: 2 },
    ],
    speakers_never: ['کارلوس بنیتس', 'رویترز', 'واکا مورتا', 'پورتو آلگره', 'ایتاماراتی', 'پاتاگونیا'],
    figures: [
      { value: 30000000, unit: 'مترمکعب', kind: 'measure', about: 'lead: «تا ۳۰ میلیون مترمکعب» روزانه' },
      { value: 1200, unit: 'کیلومتر', kind: 'measure', about: '«خط لوله ۱۲۰۰ کیلومتری»' },
      { value: 4800000000, unit: 'دلار', kind: 'money', about: '«۴٫۸ میلیارد دلار» هزینه ساخت' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم بانک توسعه' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«دو برابر شده»' },
      { value: 150000000, unit: 'مترمکعب', kind: 'measure', about: 'تولید روزانه واکا مورتا' },
      { value: 7, unit: 'دلار', kind: 'money', about: 'قیمت «۷ دلار برای هر میلیون بی‌تی‌یو»' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'ارزان‌تر از گاز مایع' },
      { value: 11, unit: 'منطقه', kind: 'count', about: 'مناطق حفاظت‌شده' },
      { value: 12000000000, unit: 'مترمکعب', kind: 'measure', about: 'واردات سالانه برزیل' },
    ],
    figures_never: [
      '«ژانویه ۲۰۲۶», «سال ۲۰۲۸»: dates', '«پنج سال گذشته»: duration', '«هر میلیون بی‌تی‌یو»: the price basis, not a quantity (not 1000000)',
      '«هر دو کشور»: idiom', '«نخستین محموله»: ordinal',
    ],
    notes: [
      'Foreign desk, Anadolu Agency Persian: the page shows only a Gregorian date in Persian digits («۱۱.۱۱.۲۰۲۵») and Turkey time («۱۸:۰۰», UTC+3); JSON-LD gives 15:00Z. `published` is the same instant in Tehran time (18:30 +03:30). Transliterated foreign names; all the people are invented.',
      'statements: Mendonça: «گفت:», «به گفته مندونسا», «وی تصریح کرد که …» = 3; Echeverri: «اظهار کرد:» (two-sentence quote, once), «اچه‌وری افزود که …» = 2; Freitas: «… خواند و گفت:» (one sentence), «هشدار داد که …» = 2.',
      'The Argentine ambassador Benítez signs the document and is not quoted. Reuters’ source is an unnamed official. «واکا مورتا», «ایتاماراتی», «پورتو آلگره» are places.',
    ],
  },
  {
    name: 'javan-volleyball-interview', site: 'javan', author: 'گفت‌وگو: امید شاکرمی', photoAt: 3,
    url: 'https://www.javanonline.ir/fa/news/1287340/یوسفی‌راد-وقتی-صدرنشینی-نمی‌توانی-بگویی-هدفت-چهارم-شدن-است',
    title: 'یوسفی‌راد: وقتی صدرنشینی، نمی‌توانی بگویی هدفت چهارم شدن است',
    kicker: 'والیبال', date: '۱۸ آبان ۱۴۰۴ - ۲۲:۱۰',
    lead: 'تیم والیبال شهداب یزد این روزها صدرنشین لیگ برتر است. ناصر یوسفی‌راد، سرمربی شهداب، در گفت‌وگو با جوان از رمز موفقیت تیمش، مشکلات مالی باشگاه و هدفش در این فصل می‌گوید.',
    paras: [
      'Q: آقای یوسفی‌راد، شهداب بعد از هفت هفته در صدر جدول است. انتظارش را داشتید؟',
      'راستش نه به این زودی. ما تابستان هشت بازیکن جدید گرفتیم و فکر می‌کردم جا افتادن تیم دست‌کم تا نیم‌فصل طول بکشد. اما بچه‌ها خیلی زود با هم هماهنگ شدند. تا اینجا فقط یک بار باخته‌ایم، آن هم ۳ بر ۲ مقابل پیکان و در تهران.',
      'Q: بودجه باشگاه امسال چقدر است؟ شنیده می‌شود با مشکل مالی روبه‌رو هستید.',
      'بودجه ما امسال حدود ۴۵ میلیارد تومان است؛ تیم‌های پرخرج لیگ بیش از ۱۵۰ میلیارد تومان هزینه می‌کنند. هنوز ۳۰ درصد از قرارداد بازیکنان پرداخت نشده، ولی مدیریت باشگاه قول داده تا پایان آذر بخش عمده مطالبات را بدهد. بازیکنان هم با وجود این شرایط یک روز تمرین را تعطیل نکرده‌اند.',
      'Q: کدام بازیکن بیشتر از همه شما را غافلگیر کرده است؟',
      'امیرحسین توکلی، پاسور ۱۹ ساله‌مان. او پارسال در تیم جوانان بازی می‌کرد و حالا بازیکن ثابت ماست. در آمار لیگ هم با ۲۱۴ پاس منجر به امتیاز، بهترین پاسور هفت هفته نخست بوده است.',
      'Q: سالن خانگی‌تان هم این فصل شلوغ بوده است.',
      'بله، سالن شهید صدوقی ۵ هزار نفر گنجایش دارد و در بازی‌های اخیر بلیت‌ها زودتر از روز مسابقه تمام شد. مردم یزد والیبال را دوست دارند و این برای ما امتیاز بزرگی است. امیدوارم فدراسیون اجازه بدهد بازی‌های حساس را هم با تماشاگر برگزار کنیم.',
      'Q: هدف شما در این فصل چیست؟',
      'قهرمانی. وقتی صدرنشینی، نمی‌توانی بگویی هدفت چهارم شدن است. البته می‌دانم لیگ طولانی است و ۲۲ هفته دیگر بازی داریم؛ پس فعلاً هدف کوتاه‌مدت ما حضور در جمع چهار تیم اول و گرفتن سهمیه آسیاست.',
      'Q: صحبت‌هایی درباره حضور شما در کادر فنی تیم ملی شنیده می‌شود. پیشنهادی داشته‌اید؟',
      'نه، هیچ پیشنهادی نداشته‌ام و الان تمام فکرم شهداب است. من با این باشگاه دو سال دیگر قرارداد دارم و می‌خواهم کاری را که شروع کرده‌ام تمام کنم.',
    ],
    tags: ['والیبال', 'لیگ برتر والیبال', 'شهداب یزد'],
    caption: 'ناصر یوسفی‌راد در حاشیه تمرین شهداب', credit: 'عکس: فدراسیون والیبال',
    related: ['برنامه هفته هشتم لیگ برتر والیبال اعلام شد', 'پیکان با برد مقابل فولاد به رده دوم رسید', 'جدول رده‌بندی لیگ برتر والیبال'],
    mostRead: ['ترکیب احتمالی تیم ملی فوتبال برای دیدار دوستانه', 'نتایج کامل هفته دوازدهم لیگ برتر فوتبال', 'کشتی آزاد؛ اعلام اسامی اردوی تیم ملی', 'زمان قرعه‌کشی جام حذفی مشخص شد'],
    comments: [['یزدی', 'دمتان گرم، امسال قهرمانی حق شهداب است.'], ['علی', 'توکلی را هرچه زودتر به تیم ملی دعوت کنند.']],
    speakers: [
      { name: 'ناصر یوسفی‌راد', role: 'سرمربی شهداب', also_called: ['آقای یوسفی‌راد'], statements: 7 },
    ],
    speakers_never: ['امیرحسین توکلی', 'امید شاکرمی', 'پیکان'],
    figures: [
      { value: 8, unit: 'بازیکن', kind: 'count', about: '«هشت بازیکن جدید»' },
      { value: 45000000000, unit: 'تومان', kind: 'money', about: 'بودجه شهداب' },
      { value: 150000000000, unit: 'تومان', kind: 'money', about: 'بودجه تیم‌های پرخرج «بیش از ۱۵۰ میلیارد تومان»' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'قرارداد پرداخت‌نشده' },
      { value: 214, unit: 'پاس', kind: 'count', about: 'پاس منجر به امتیاز' },
      { value: 5000, unit: 'نفر', kind: 'count', about: 'گنجایش سالن' },
    ],
    figures_never: [
      '«۳ بر ۲»: score', '«یک بار», «یک روز»: lone «یک»', '«۱۹ ساله»: age', '«هفت هفته», «۲۲ هفته دیگر», «دو سال دیگر»: durations',
      '«چهارم شدن», «چهار تیم اول», «هفت هفته نخست»: rankings and ordinals', '«سالن شهید صدوقی»: a name',
    ],
    notes: [
      'Q&A interview. Questions (in <strong>) are body paragraphs. The lead introduces the interviewee with «در گفت‌وگو با جوان … می‌گوید».',
      'statements: lead «می‌گوید» (1) + six answers (1 each) = 7.',
      'Tavakoli is only talked about; Shakarami is the interviewer (byline); Peykan is a club.',
    ],
  },
  {
    name: 'salamatnews-salt-study', site: 'salamatnews', inline: 'چرا فشار خون در جوانان ایرانی بالا رفته است؟', photoAt: 2, inlineAt: 5,
    url: 'https://www.salamatnews.com/news/412077/مصرف-نمک-در-شیراز-دو-برابر-حد-مجاز-است',
    title: 'مصرف نمک در شیراز دو برابر حد مجاز است',
    kicker: 'نتایج یک پژوهش تازه در دانشگاه علوم پزشکی شیراز', date: '۱۹ آبان ۱۴۰۴ - ۰۹:۲۰',
    lead: 'نتایج یک پژوهش تازه در دانشگاه علوم پزشکی شیراز نشان می‌دهد میانگین مصرف روزانه نمک در بزرگسالان این شهر ۱۰٫۲ گرم است؛ بیش از دو برابر مقداری که سازمان جهانی بهداشت توصیه می‌کند.',
    paras: [
      'به گزارش سلامت نیوز، در این مطالعه که نتایج آن در شماره پاییز فصلنامه «تغذیه و سلامت جامعه» منتشر شده، نمونه ادرار ۲۴ ساعته یک هزار و ۸۴۰ بزرگسال ۲۵ تا ۶۵ ساله ساکن شیراز بررسی شده است. این پژوهش با همکاری مرکز تحقیقات قلب و عروق شیراز و با راهنمایی دکتر رضا سعیدی انجام شده است.',
      'دکتر لیلا بهرامی، متخصص تغذیه و مجری این طرح، در گفت‌وگو با سلامت نیوز گفت: سازمان جهانی بهداشت مصرف روزانه کمتر از ۵ گرم نمک را توصیه می‌کند، اما در نمونه ما فقط ۷ درصد شرکت‌کنندگان زیر این حد بودند.',
      'بهرامی افزود: حدود ۷۵ درصد نمک دریافتی از غذاهای آماده و نان می‌آید، نه از نمکدان سر سفره. سهم نان به‌تنهایی ۲۸ درصد است و پس از آن پنیر، ترشی و سوسیس و کالباس قرار دارند.',
      'وی تصریح کرد که میانگین مصرف نمک در مردان ۱۱٫۶ گرم و در زنان ۸٫۹ گرم بوده و بیشترین مصرف در گروه سنی ۳۵ تا ۴۵ سال دیده شده است.',
      'عضو هیئت علمی دانشگاه علوم پزشکی شیراز و فوق‌تخصص قلب و عروق، دکتر کامران فرهمند، با اشاره به نتایج این پژوهش اظهار کرد: حدود ۲۵ درصد بزرگسالان ایرانی فشار خون بالا دارند و نیمی از آنها از بیماری خود خبر ندارند. مصرف زیاد نمک یکی از اصلی‌ترین عوامل این بیماری است.',
      'فرهمند ادامه داد: کاهش مصرف نمک به میزان ۳ گرم در روز می‌تواند فشار خون سیستولیک را به‌طور میانگین ۵ میلی‌متر جیوه پایین بیاورد و خطر سکته مغزی را تا ۲۰ درصد کم کند.',
      'این متخصص از صنایع غذایی خواست میزان نمک محصولات خود را با برچسب‌های رنگی و خوانا روی بسته‌بندی درج کنند و افزود که نانوایی‌ها نیز باید زیر نظارت دقیق‌تری قرار گیرند.',
      'گفتنی است وزارت بهداشت از سال ۱۳۹۴ برنامه کاهش ۳۰ درصدی مصرف نمک را دنبال می‌کند، اما به گفته کارشناسان، این هدف هنوز محقق نشده است.',
    ],
    tags: ['نمک', 'فشار خون', 'تغذیه', 'دانشگاه علوم پزشکی شیراز'],
    caption: 'نان و پنیر، دو منبع پنهان نمک در سفره ایرانی', credit: 'عکس تزئینی است',
    related: ['نمک نان‌های صنعتی کاهش می‌یابد', 'برچسب رنگی روی کدام خوراکی‌ها اجباری است؟', 'فشار خون بالا؛ قاتل خاموش'],
    mostRead: ['علائم آنفلوآنزای جدید چیست؟', 'قیمت جدید داروهای دیابت', 'ده خوراکی برای تقویت سیستم ایمنی', 'آیا قهوه برای قلب مفید است؟'],
    comments: [['مریم', 'نان سنگک محله ما آن‌قدر شور است که نمی‌شود خورد.'], ['دکتر داروساز', 'پژوهش خوبی است، کاش نتایج کامل منتشر شود.']],
    speakers: [
      { name: 'لیلا بهرامی', role: 'متخصص تغذیه و مجری این طرح', also_called: ['بهرامی', 'وی'], statements: 3 },
      { name: 'کامران فرهمند', role: 'عضو هیئت علمی دانشگاه علوم پزشکی شیراز و فوق‌تخصص قلب و عروق', also_called: ['فرهمند', 'این متخصص'], statements: 3 },
    ],
    speakers_never: ['رضا سعیدی', 'سلامت نیوز'],
    figures: [
      { value: 10.2, unit: 'گرم', kind: 'measure', about: 'lead: میانگین مصرف روزانه نمک' },
      { value: 2, unit: 'برابر', kind: 'count', about: 'lead: «بیش از دو برابر» (also in the title)' },
      { value: 1840, unit: 'بزرگسال', kind: 'count', about: '«یک هزار و ۸۴۰ بزرگسال»' },
      { value: 5, unit: 'گرم', kind: 'measure', about: 'حد توصیه‌شده' },
      { value: 7, unit: 'درصد', kind: 'percent', about: 'شرکت‌کنندگان زیر حد' },
      { value: 75, unit: 'درصد', kind: 'percent', about: 'نمک از غذای آماده و نان' },
      { value: 28, unit: 'درصد', kind: 'percent', about: 'سهم نان' },
      { value: 11.6, unit: 'گرم', kind: 'measure', about: 'مردان' },
      { value: 8.9, unit: 'گرم', kind: 'measure', about: 'زنان' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'شیوع فشار خون بالا' },
      { value: 3, unit: 'گرم', kind: 'measure', about: 'کاهش مصرف' },
      { value: 5, unit: 'میلی‌متر جیوه', kind: 'measure', about: 'کاهش فشار سیستولیک' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'کاهش خطر سکته' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'برنامه «کاهش ۳۰ درصدی»' },
    ],
    figures_never: [
      '«۲۴ ساعته»: duration', '«۲۵ تا ۶۵ ساله», «۳۵ تا ۴۵ سال»: ages', '«نیمی از آنها»: vague fraction', '«یکی از اصلی‌ترین»: idiom',
      '«سال ۱۳۹۴»: year', '«در روز»: rate words',
    ],
    notes: [
      'Health research with two doctors. «دکتر» is a title, not part of the name. The second doctor is introduced in the form «ROLE، دکتر NAME، … اظهار کرد».',
      'statements: Bahrami: «در گفت‌وگو با سلامت نیوز گفت:», «بهرامی افزود:» (two-sentence quote, once), «وی تصریح کرد که …» = 3; Farahmand: «اظهار کرد:» (two-sentence quote, once), «فرهمند ادامه داد:», «این متخصص از صنایع غذایی خواست … و افزود که …» (one sentence, one statement) = 3.',
      'Saeedi supervised the study and is not quoted. «به گفته کارشناسان» is an unnamed group.',
      'Two figures share the value 5 with different units («۵ گرم», «۵ میلی‌متر جیوه»).',
    ],
  },
  {
    name: 'didbaniran-album-release', site: 'didbaniran', inline: 'امشب، بعد از دو سال انتظار، «شب‌های بی‌ستاره» مال شماست. ممنون از همه همراهان این راه.', photoAt: 0, inlineAt: 3,
    url: 'https://www.didbaniran.ir/fa/news/209114/کیان‌پور-موسیقی-ما-به-سکوت-احتیاج-دارد',
    title: 'کیان‌پور: موسیقی ما به سکوت احتیاج دارد؛ «شب‌های بی‌ستاره» منتشر شد',
    kicker: 'موسیقی', date: '۲۱ آبان ۱۴۰۴ - ۱۱:۰۵',
    lead: 'آلبوم «شب‌های بی‌ستاره» به آهنگسازی بهزاد کیان‌پور و با صدای ترانه صدری، پس از دو سال انتظار برای دریافت مجوز، از امروز در سکوهای پخش آنلاین موسیقی در دسترس است.',
    paras: [
      'این آلبوم شامل ۹ قطعه است که بر اساس اشعاری از هوشنگ ابتهاج و سیمین بهبهانی ساخته شده و ۲۴ نوازنده در ضبط آن همکاری کرده‌اند.',
      '«ما نمی‌خواستیم آلبومی بسازیم که فقط شنیده شود؛ می‌خواستیم شنونده با آن مکث کند. موسیقی امروز ما بیش از هر چیز به سکوت احتیاج دارد.» این را بهزاد کیان‌پور، آهنگساز و نوازنده کمانچه، روز گذشته در نشست رسانه‌ای رونمایی از آلبوم گفت.',
      'کیان‌پور درباره روند ساخت اثر توضیح داد: ضبط قطعات حدود ۱۴ ماه طول کشید، چون می‌خواستیم سازهای زهی و کوبه‌ای جداگانه و در فضای آکوستیک طبیعی ضبط شوند. هزینه تولید آلبوم نزدیک به ۲ میلیارد و ۳۰۰ میلیون تومان شد که بخش عمده آن را خودمان پرداختیم.',
      'این آهنگساز با انتقاد از وضعیت کپی‌رایت در ایران گفت: در هفته نخست انتشار آلبوم قبلی‌ام، بیش از ۶۰ درصد فروش احتمالی‌اش از دست رفت، چون نسخه‌های غیرقانونی در کانال‌های تلگرامی دست‌به‌دست شد.',
      'ترانه صدری، خواننده این آلبوم، که نخستین تجربه همکاری‌اش با کیان‌پور را پشت سر گذاشته، در گفت‌وگو با دیدبان ایران گفت: خواندن شعر سیمین بهبهانی برای من هم افتخار بود و هم مسئولیت؛ سعی کردم صدایم در خدمت کلام باشد، نه برعکس.',
      'صدری افزود که قطعات آلبوم ۲۵ و ۲۶ آذر در تالار وحدت به‌صورت زنده اجرا می‌شود و گروه برای این اجرا از دو هفته پیش تمرین را آغاز کرده است.',
      'به گفته این خواننده، قیمت بلیت‌های کنسرت از ۸۰۰ هزار تا دو میلیون و ۵۰۰ هزار تومان است و ۴۰ درصد ظرفیت سالن در ساعات نخست پیش‌فروش به فروش رفته است.',
      'آلبوم «شب‌های بی‌ستاره» از سوی مؤسسه فرهنگی هنری «آوای باران» منتشر شده و طراحی جلد آن را نیلوفر شمس انجام داده است.',
    ],
    tags: ['موسیقی', 'آلبوم', 'بهزاد کیان‌پور', 'ترانه صدری'],
    caption: 'بهزاد کیان‌پور و ترانه صدری در نشست رونمایی آلبوم', credit: 'عکس: مهسا رضایی',
    related: ['کنسرت‌های آذرماه تالار وحدت اعلام شد', 'آلبوم‌های پرفروش پاییز را بشناسید', 'مجوز سه آلبوم موسیقی سنتی صادر شد'],
    mostRead: ['بازیگر سرشناس سینما در بیمارستان بستری شد', 'فروش فیلم‌های روی پرده سینماها', 'سریال تازه شبکه نمایش خانگی توقیف شد', 'اسامی داوران جشنواره فجر'],
    comments: [['شیدا', 'صدای خانم صدری بی‌نظیر است، منتظر کنسرت هستیم.'], ['کاربر ناشناس', 'قیمت بلیت‌ها خیلی بالاست.']],
    speakers: [
      { name: 'بهزاد کیان‌پور', role: 'آهنگساز و نوازنده کمانچه', also_called: ['کیان‌پور', 'این آهنگساز'], statements: 3 },
      { name: 'ترانه صدری', role: 'خواننده این آلبوم', also_called: ['صدری', 'این خواننده'], statements: 3 },
    ],
    speakers_never: ['هوشنگ ابتهاج', 'سیمین بهبهانی', 'نیلوفر شمس', 'آوای باران'],
    figures: [
      { value: 9, unit: 'قطعه', kind: 'count', about: 'قطعات آلبوم' },
      { value: 24, unit: 'نوازنده', kind: 'count', about: 'نوازندگان' },
      { value: 2300000000, unit: 'تومان', kind: 'money', about: '«۲ میلیارد و ۳۰۰ میلیون تومان» هزینه تولید' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'فروش از دست رفته' },
      { value: 800000, unit: 'تومان', kind: 'money', about: 'بلیت، lower end of «از ۸۰۰ هزار تا دو میلیون و ۵۰۰ هزار تومان»' },
      { value: 2500000, unit: 'تومان', kind: 'money', about: 'بلیت، upper end' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'ظرفیت فروخته‌شده' },
    ],
    figures_never: [
      '«دو سال انتظار», «۱۴ ماه», «دو هفته پیش»: durations', '«۲۵ و ۲۶ آذر»: dates', '«هفته نخست», «نخستین تجربه», «ساعات نخست»: ordinals',
      'the Instagram post’s «دو سال»: embed, not body',
    ],
    notes: [
      'Music item. The composer is introduced in the form «“quote” این را NAME، ROLE، … گفت»; the quoted paragraph opens with «» and the attribution follows it.',
      'statements: Kianpour: «این را … گفت» (the two-sentence quote before it, once), «توضیح داد:», «این آهنگساز … گفت:» = 3; Sadri: «در گفت‌وگو با دیدبان ایران گفت:», «صدری افزود که …», «به گفته این خواننده» = 3.',
      'Ebtehaj and Behbahani are poets whose verses were set; Shams designed the cover; «آوای باران» is the publisher. An embedded Instagram post from the composer’s account sits inside the body and is not body text.',
    ],
  },
  {
    name: 'ensafnews-bread-queue', site: 'ensafnews', zwnjLost: true, author: 'گزارش: سمیرا اکبری', photoAt: 0,
    url: 'https://www.ensafnews.com/581377/نان-گران-شد-صف‌ها-کوتاه-نشد/',
    title: 'نان گران شد، صف‌ها کوتاه نشد؛ روایت مردم از نانوایی‌های جنوب تهران',
    kicker: 'گزارش', date: '۲۲ آبان ۱۴۰۴ - ۰۸:۴۰',
    lead: 'سه هفته از افزایش ۴۰ درصدی نرخ نان در تهران می‌گذرد. در نانوایی‌های محله‌های جنوبی شهر، هم نانواها گله دارند و هم مشتریان.',
    paras: [
      'ساعت هفت صبح است و صف نانوایی سنگکی خیابان خاوران به سر کوچه رسیده. نرخ هر نان سنگک ساده از ۴ هزار تومان به ۵ هزار و ۶۰۰ تومان رسیده و سنگک کنجدی ۷ هزار تومان شده است. بخشنامه نرخ جدید با امضای رضا شکوهی، رئیس اتحادیه نانوایان سنتی تهران، به نانوایی‌ها ابلاغ شد.',
      'محمود رحیمی، نانوای ۵۸ ساله‌ای که ۳۰ سال است پشت این تنور کار می‌کند، می‌گوید: «مردم خیال می‌کنند ما سود کرده‌ایم. سهمیه آرد یارانه‌ای ما از ۱۲۰ کیسه به ۹۵ کیسه در ماه کم شده و بقیه را باید آزاد بخریم. هر کیسه آرد آزاد یک میلیون و ۴۰۰ هزار تومان است.»',
      'او ادامه می‌دهد: «شاطرم ماهی ۲۵ میلیون تومان مزد می‌گیرد، قبض گاز هم دو برابر شده. اگر نرخ را بالا نمی‌بردیم، باید در مغازه را می‌بستیم.»',
      'در صف، فاطمه قاسمی، معلم بازنشسته، کیسه پارچه‌ای به دست دارد. «هر روز برای خانواده‌ام نان می‌خرم؛ یعنی ماهی نزدیک ۷۰۰ هزار تومان فقط پول نان. حقوق بازنشستگی‌ام ۱۴ میلیون تومان است و اجاره‌خانه نصفش را می‌برد.» این را می‌گوید و سرش را تکان می‌دهد.',
      'به گفته قاسمی، بسیاری از همسایه‌هایش به‌جای سنگک به نان صنعتی و لواش بسته‌بندی روی آورده‌اند که ارزان‌تر تمام می‌شود.',
      'کنار او، جواد نوروزی، کارگر ساختمانی ۳۴ ساله، می‌گوید: «من روزمزدم. روزهایی که کار نیست، همین نان هم سخت می‌شود. مزد روزانه‌ام یک میلیون و ۲۰۰ هزار تومان است، آن هم اگر کار باشد.»',
      'گفت‌وگو با نانواهای دیگر محله هم همین تصویر را نشان می‌دهد. یک مقام مسئول در اتحادیه نانوایان تهران که نخواست نامش فاش شود، به انصاف نیوز گفت از یک هزار و ۲۰۰ نانوایی سنگکی پایتخت، دست‌کم ۱۵۰ واحد در یک سال گذشته تعطیل شده‌اند.',
      'ساعت از نه گذشته است. رحیمی آخرین چانه را به دیواره تنور می‌چسباند و می‌گوید: «فردا هم همین صف است، پس‌فردا هم.»',
    ],
    tags: ['نان', 'نانوایی', 'گرانی', 'تهران'],
    caption: 'صف نانوایی سنگکی در خیابان خاوران', credit: 'عکس: انصاف نیوز',
    related: ['نرخ جدید نان در تهران اعلام شد', 'آرد یارانه‌ای کجا می‌رود؟', 'سفره‌های کوچک‌تر؛ گزارشی از بازار میوه'],
    mostRead: ['متن کامل نامه جمعی از اقتصاددانان به رئیس‌جمهور', 'گفت‌وگو با یک جامعه‌شناس درباره مهاجرت', 'واکنش‌ها به افزایش قیمت بنزین', 'حقوق کارمندان در سال آینده چقدر افزایش می‌یابد؟'],
    comments: [['بهروز', 'در محله ما هم نان تافتون به ۶ هزار تومان رسیده.'], ['ناشناس', 'گزارش واقعی و تلخی بود، ممنون از خبرنگار.']],
    speakers: [
      { name: 'محمود رحیمی', role: 'نانوای ۵۸ ساله', also_called: ['او', 'رحیمی'], statements: 3 },
      { name: 'فاطمه قاسمی', role: 'معلم بازنشسته', also_called: ['قاسمی'], statements: 2 },
      { name: 'جواد نوروزی', role: 'کارگر ساختمانی ۳۴ ساله', also_called: [], statements: 1 },
    ],
    speakers_never: ['رضا شکوهی', 'سمیرا اکبری', 'انصاف نیوز'],
    figures: [
      { value: 40, unit: 'درصد', kind: 'percent', about: 'lead: «افزایش ۴۰ درصدی»' },
      { value: 4000, unit: 'تومان', kind: 'money', about: 'سنگک ساده، نرخ قبلی' },
      { value: 5600, unit: 'تومان', kind: 'money', about: 'سنگک ساده، نرخ جدید' },
      { value: 7000, unit: 'تومان', kind: 'money', about: 'سنگک کنجدی' },
      { value: 120, unit: 'کیسه', kind: 'count', about: 'سهمیه آرد، قبلی' },
      { value: 95, unit: 'کیسه', kind: 'count', about: 'سهمیه آرد، جدید' },
      { value: 1400000, unit: 'تومان', kind: 'money', about: 'هر کیسه آرد آزاد' },
      { value: 25000000, unit: 'تومان', kind: 'money', about: 'مزد ماهانه شاطر' },
      { value: 2, unit: 'برابر', kind: 'count', about: 'قبض گاز «دو برابر شده»' },
      { value: 700000, unit: 'تومان', kind: 'money', about: 'هزینه ماهانه نان' },
      { value: 14000000, unit: 'تومان', kind: 'money', about: 'حقوق بازنشستگی' },
      { value: 1200000, unit: 'تومان', kind: 'money', about: 'مزد روزانه کارگر' },
      { value: 1200, unit: 'نانوایی', kind: 'count', about: '«یک هزار و ۲۰۰ نانوایی سنگکی»' },
      { value: 150, unit: 'واحد', kind: 'count', about: 'نانوایی‌های تعطیل‌شده' },
    ],
    figures_never: [
      '«سه هفته», «۳۰ سال», «یک سال گذشته»: durations', '«۵۸ ساله», «۳۴ ساله»: ages', '«ساعت هفت صبح», «از نه گذشته»: times',
      '«نصفش»: vague fraction', '«هر کیسه», «ماهی», «در ماه», «هر روز»: rate words',
    ],
    notes: [
      'ZWNJ deleted from the whole page like the seed («میگوید», «صفها», «گفتوگو»); gold body and title are as shown, names and roles in clean form (compared ZWNJ-insensitively). Ensaf News gives the date only in the visible post meta and og:updated_time.',
      'Feature with three named citizens quoted in «». statements: Rahimi: «… می‌گوید: «…»» (three-sentence quote, once), «او ادامه می‌دهد:», «… می‌چسباند و می‌گوید:» (last paragraph) = 3; Ghasemi: ««…» این را می‌گوید» (the quote comes first), «به گفته قاسمی» = 2; Nowruzi: «می‌گوید:» = 1.',
      'Shokouhi signed the circular and is not quoted. The union official («یک مقام مسئول … که نخواست نامش فاش شود») is unnamed. «گفت‌وگو با نانواهای دیگر» is a noun. The reporter (byline) is not a speaker.',
      'Roles of citizens are the descriptions the text gives; «نانوای ۵۸ ساله» keeps the age because the article’s appositive does.',
    ],
  },
  {
    name: 'kayhan-car-import-case', site: 'kayhan',
    url: 'https://kayhan.ir/fa/news/318806',
    title: 'سخنگوی قوه قضاییه: ۱۸ متهم پرونده واردات خودرو محاکمه می‌شوند',
    kicker: 'در نشست خبری هفتگی سخنگوی دستگاه قضا اعلام شد', date: '۲۵ آبان ۱۴۰۴ - ۰۷:۳۰',
    lead: 'سخنگوی قوه قضاییه از صدور کیفرخواست برای ۱۸ متهم پرونده تخلفات ارزی در واردات خودرو خبر داد.',
    paras: [
      'به گزارش خبرنگار کیهان، حمیدرضا کاویانی، سخنگوی قوه قضاییه، در نشست خبری هفتگی خود که صبح دیروز برگزار شد، گفت: در این پرونده حدود ۴۲۰ میلیون یورو ارز دولتی برای واردات خودرو دریافت شده، اما از ۵ هزار دستگاه خودروی تعهدشده تنها یک هزار و ۶۰۰ دستگاه وارد کشور شده است.',
      'وی افزود: از مجموع متهمان این پرونده ۳ نفر در بازداشت هستند و برای بقیه قرار وثیقه صادر شده است؛ مجموع وثیقه‌ها به ۸۵۰ میلیارد تومان می‌رسد.',
      'کاویانی با بیان اینکه نخستین جلسه دادگاه ۱۲ آذر در شعبه ۴ دادگاه ویژه رسیدگی به جرائم اقتصادی برگزار می‌شود، تصریح کرد: جلسات دادگاه علنی است و خبرنگاران می‌توانند در آن حضور داشته باشند.',
      'سخنگوی قوه قضاییه در بخش دیگری از این نشست، در پاسخ به پرسشی درباره زندانیان جرائم غیرعمد اظهارکرد: از ابتدای امسال ۲ هزار و ۳۰۰ زندانی جرائم غیرعمد با کمک خیران و ستاد دیه آزاد شده‌اند و آزادی ۶۰۰ زندانی دیگر تا پایان سال در دستور کار است.',
      'به گفته وی، از ابتدای اجرای طرح کاهش جمعیت کیفری، جمعیت زندان‌های کشور ۱۲ درصد کاهش یافته است.',
      'رضا فلاحی، دادستان عمومی و انقلاب مشهد، نیز دیروز در گفت‌وگو با خبرنگاران از شناسایی ۱۲ شرکت صوری مرتبط با این پرونده در خراسان رضوی خبر داد و گفت: این شرکت‌ها با کارت‌های بازرگانی اجاره‌ای ثبت شده بودند و صاحبان واقعی آنها در حال شناسایی هستند.',
      'فلاحی افزود که حساب‌های بانکی این شرکت‌ها مسدود شده و ۴۷ دستگاه خودروی وارداتی نیز در انبارهای گمرک مشهد توقیف شده است.',
      'گفتنی است بهنام رستگار، وکیل یکی از متهمان اصلی پرونده، تاکنون از اظهارنظر درباره اتهامات موکل خود خودداری کرده است.',
    ],
    tags: ['قوه قضاییه', 'واردات خودرو', 'فساد اقتصادی', 'زندانیان غیرعمد'],
    caption: 'نشست خبری هفتگی سخنگوی قوه قضاییه', credit: 'عکس: میزان',
    related: ['جزئیات تازه از پرونده ارز دولتی خودرو', 'آزادی زندانیان جرائم غیرعمد به مناسبت هفته وحدت', 'برخورد با شرکت‌های صوری در دستور کار'],
    mostRead: ['هشدار درباره نفوذ در بازار ارز', 'گزارش کیهان از نمایشگاه صنعت', 'جزئیات جلسه شورای عالی اقتصادی', 'نتایج مسابقات کشتی فرنگی'],
    comments: [['علیرضا', 'امیدواریم این بار با متخلفان بزرگ هم برخورد شود.'], ['ناشناس', 'چرا نام شرکت‌ها اعلام نمی‌شود؟']],
    speakers: [
      { name: 'حمیدرضا کاویانی', role: 'سخنگوی قوه قضاییه', also_called: ['وی', 'کاویانی'], statements: 6 },
      { name: 'رضا فلاحی', role: 'دادستان عمومی و انقلاب مشهد', also_called: ['فلاحی'], statements: 2 },
    ],
    speakers_never: ['بهنام رستگار', 'کیهان'],
    figures: [
      { value: 18, unit: 'متهم', kind: 'count', about: 'lead: متهمان (also in the title)' },
      { value: 420000000, unit: 'یورو', kind: 'money', about: 'ارز دولتی دریافتی' },
      { value: 5000, unit: 'دستگاه', kind: 'count', about: 'خودروی تعهدشده' },
      { value: 1600, unit: 'دستگاه', kind: 'count', about: '«یک هزار و ۶۰۰ دستگاه» واردشده' },
      { value: 3, unit: 'نفر', kind: 'count', about: 'متهمان بازداشتی' },
      { value: 850000000000, unit: 'تومان', kind: 'money', about: 'مجموع وثیقه‌ها' },
      { value: 2300, unit: 'زندانی', kind: 'count', about: 'زندانیان آزادشده' },
      { value: 600, unit: 'زندانی', kind: 'count', about: 'آزادی تا پایان سال' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'کاهش جمعیت زندان‌ها' },
      { value: 12, unit: 'شرکت', kind: 'count', about: 'شرکت صوری' },
      { value: 47, unit: 'دستگاه', kind: 'count', about: 'خودروی توقیف‌شده' },
    ],
    figures_never: [
      '«۱۲ آذر», «ابتدای امسال», «پایان سال», «صبح دیروز»: dates', '«شعبه ۴»: branch number', '«نخستین جلسه»: ordinal', '«یکی از متهمان»: idiom',
    ],
    notes: [
      'Court item in Kayhan: HTML 4.01 doctype, table layout, date in a <meta name="date"> and the toolbar. The verb «اظهارکرد» is glued.',
      'statements: Kaviani: lead «سخنگوی قوه قضاییه … خبر داد» (role only), «گفت:», «وی افزود:», «با بیان اینکه … تصریح کرد:» (one sentence), «سخنگوی قوه قضاییه … اظهارکرد:» (role alone, same person), «به گفته وی» = 6; Fallahi: «… خبر داد و گفت:» (one sentence), «فلاحی افزود که …» = 2.',
      'The defence lawyer Rastegar declined to comment («از اظهارنظر … خودداری کرده است»): mentioned, not quoted.',
      'Two figures share the value 12 («۱۲ درصد», «۱۲ شرکت»); «۱۲ آذر» is a date.',
    ],
  },
  {
    name: 'blogsky-torbat-saffron', site: 'blogsky', zwnjLost: true, photoAt: 1,
    url: 'https://zafarannameh.blogsky.com/1404/08/26/post-214/',
    title: 'آغاز برداشت زعفران در تربت حیدریه؛ پیش‌بینی کاهش ۱۵ درصدی تولید',
    kicker: 'کشاورزی', date: '۲۶ آبان ۱۴۰۴ - ۲۱:۱۵',
    paras: [
      'برداشت گل زعفران از مزارع شهرستان تربت حیدریه از اوایل هفته جاری آغاز شده و تا اواسط آذر ادامه دارد. امسال زعفران در ۱۸ هزار و ۵۰۰ هکتار از اراضی این شهرستان کشت شده است.',
      'مدیر جهاد کشاورزی شهرستان تربت حیدریه، حسین زارعی، در گفت‌وگو با خبرنگاران اظهارکرد: پیش‌بینی می‌کنیم امسال حدود ۴۲ تن زعفران خشک از مزارع شهرستان برداشت شود که نسبت به سال گذشته ۱۵ درصد کمتر است.',
      'وی علت کاهش تولید را کم‌آبی و گرمای کم‌سابقه تابستان دانست و افزود: میانگین بارندگی در سال زراعی گذشته ۱۴۲ میلی‌متر بود، در حالی که میانگین بلندمدت شهرستان ۲۶۸ میلی‌متر است.',
      'زارعی با اشاره به قیمت زعفران گفت: هم‌اکنون هر کیلوگرم زعفران سرگل در بازار محلی بین ۲۰۰ تا ۲۳۰ میلیون تومان خرید و فروش می‌شود و خریداران عمده هنوز وارد بازار نشده‌اند.',
      'به گفته این مسئول، حدود ۲۲ هزار خانوار در شهرستان به‌طور مستقیم از کشت زعفران امرار معاش می‌کنند.',
      'زارعی همچنین از کشاورزان خواست گل‌ها را پیش از طلوع آفتاب برداشت کنند و برای خشک کردن زعفران از روش‌های بهداشتی استفاده کنند تا کیفیت محصول برای صادرات حفظ شود. بر اساس اعلام اداره استاندارد شهرستان، امسال ۱۲۰ کارگاه فرآوری زعفران در تربت حیدریه زیر پوشش بازرسی قرار گرفته‌اند.',
      'غلامرضا نظری، کشاورز روستای کدکن که ۳ هکتار زمین زیر کشت زعفران دارد، به ما گفت: پارسال از هر هکتار ۵ کیلو زعفران برداشت کردم، ولی امسال فکر نمی‌کنم به ۳ کیلو برسد. کارگر گل‌چین هم روزی ۸۰۰ هزار تومان مزد می‌گیرد.',
      'نظری افزود: دلال‌ها منتظرند کشاورز مجبور شود زعفرانش را ارزان بفروشد. اگر صندوق توسعه زعفران به‌موقع خرید تضمینی را شروع کند، دست دلال‌ها کوتاه می‌شود.',
      'گفتنی است بر اساس آمار سازمان جهاد کشاورزی خراسان رضوی، تربت حیدریه بیش از ۳۰ درصد زعفران کشور را تولید می‌کند.',
    ],
    tags: ['زعفران', 'کشاورزی'],
    caption: 'گل‌چینی در مزرعه‌ای در حاشیه تربت حیدریه', credit: 'عکس از مدیر وبلاگ',
    related: ['وبلاگ کشاورزان خراسان', 'سامانه قیمت محصولات کشاورزی', 'انجمن زعفران‌کاران'],
    mostRead: ['قیمت پیاز زعفران در بازار تربت', 'آموزش خشک کردن زعفران به روش سنتی', 'آبیاری پاییزه مزارع زعفران', 'بیمه محصولات کشاورزی چه شرایطی دارد؟'],
    comments: [['کشاورز از رشتخوار', 'امسال در روستای ما هم محصول نصف شده.'], ['مهدی', 'ممنون از اطلاع‌رسانی، قیمت امروز بازار را هم بگذارید.']],
    speakers: [
      { name: 'حسین زارعی', role: 'مدیر جهاد کشاورزی شهرستان تربت حیدریه', also_called: ['وی', 'زارعی', 'این مسئول'], statements: 5 },
      { name: 'غلامرضا نظری', role: 'کشاورز روستای کدکن', also_called: ['نظری'], statements: 2 },
    ],
    speakers_never: ['کدکن', 'صندوق توسعه زعفران'],
    figures: [
      { value: 18500, unit: 'هکتار', kind: 'measure', about: 'سطح زیر کشت' },
      { value: 42, unit: 'تن', kind: 'measure', about: 'پیش‌بینی تولید' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'کاهش تولید (also in the title)' },
      { value: 142, unit: 'میلی‌متر', kind: 'measure', about: 'بارندگی سال زراعی گذشته' },
      { value: 268, unit: 'میلی‌متر', kind: 'measure', about: 'میانگین بلندمدت' },
      { value: 200000000, unit: 'تومان', kind: 'money', about: 'قیمت هر کیلوگرم، lower end of «بین ۲۰۰ تا ۲۳۰ میلیون تومان»' },
      { value: 230000000, unit: 'تومان', kind: 'money', about: 'upper end' },
      { value: 22000, unit: 'خانوار', kind: 'count', about: 'خانوارهای زعفران‌کار' },
      { value: 120, unit: 'کارگاه', kind: 'count', about: 'کارگاه‌های فرآوری زیر بازرسی' },
      { value: 3, unit: 'هکتار', kind: 'measure', about: 'زمین نظری' },
      { value: 5, unit: 'کیلو', kind: 'measure', about: 'برداشت پارسال از هر هکتار' },
      { value: 3, unit: 'کیلو', kind: 'measure', about: 'برداشت امسال' },
      { value: 800000, unit: 'تومان', kind: 'money', about: 'مزد روزانه کارگر' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'سهم تربت حیدریه از زعفران کشور' },
    ],
    figures_never: [
      '«سال گذشته», «اوایل هفته جاری», «اواسط آذر», «پارسال»: dates', '«هر هکتار», «هر کیلوگرم», «روزی»: rate words',
    ],
    notes: [
      'A Blogsky local agriculture blog: no doctype, table layout, the post text is <br><br>-separated lines in div.postcontent, the photo sits between the first two lines with its caption; the date is only in the post header. No lead. ZWNJ deleted from the whole page like the seed; gold body and title are as shown. The verb «اظهارکرد» is glued.',
      'statements: Zarei: «ROLE، NAME، … اظهارکرد:», «وی … دانست و افزود:» (one sentence), «زارعی … گفت:», «به گفته این مسئول», «زارعی همچنین از کشاورزان خواست …» (indirect request) = 5; Nazari: «به ما گفت:» (quote of two sentences, once), «نظری افزود:» = 2.',
      '«کیلو» is the unit as written (kilograms of saffron).',
    ],
  },
  {
    name: 'ghost-barnama-funding', site: 'ghost', author: 'مینا جهانگیری', inline: 'قسمت 41 پادکست استارتاپ‌نامه: گفت‌وگو با نگار صدیقی درباره لجستیک دیجیتال', inlineAt: 3,
    url: 'https://startupnameh.ir/barnama-series-b/',
    title: 'بارنما 180 میلیارد تومان سرمایه جذب کرد',
    kicker: 'سرمایه‌گذاری', date: '۲۷ آبان ۱۴۰۴ - ۱۰:۰۰',
    lead: 'پلتفرم اعلام بار «بارنما» در دور دوم جذب سرمایه خود 180 میلیارد تومان از دو صندوق جسورانه گرفت و قصد دارد خدماتش را به 12 استان دیگر ببرد.',
    paras: [
      'بارنما که در سال 1399 در اصفهان راه‌اندازی شد، کامیون‌داران و صاحبان بار را به هم وصل می‌کند. به گفته بنیان‌گذاران، اکنون 46 هزار راننده کامیون و 3200 شرکت حمل‌ونقل در این پلتفرم ثبت‌نام کرده‌اند.',
      'نگار صدیقی، هم‌بنیان‌گذار و مدیرعامل بارنما، در گفت‌وگو با استارتاپ‌نامه گفت: ما ماهانه حدود 90 هزار بار را جابه‌جا می‌کنیم و توانسته‌ایم سهم سفرهای برگشت خالی کامیون‌ها را در مسیرهای اصلی از 45 درصد به 28 درصد برسانیم. این یعنی صرفه‌جویی در سوخت و درآمد بیشتر برای راننده.',
      'صدیقی افزود: بیشتر این سرمایه صرف توسعه سامانه قیمت‌گذاری هوشمند و استخدام حدود 60 برنامه‌نویس می‌شود. تیم ما امروز 85 نفر است.',
      'او درباره رقبا یادآور شد که بازار اعلام بار هنوز به‌شدت پراکنده است و هیچ بازیگری بیش از 10 درصد سهم بازار را در اختیار ندارد.',
      'به گفته کیوان امیرخانی، شریک مدیریتی صندوق پیشران فردا که رهبری این دور سرمایه‌گذاری را بر عهده داشت، ارزش‌گذاری بارنما در این دور حدود 1.2 همت بوده است.',
      'امیرخانی ادامه داد: بازار حمل بار جاده‌ای ایران سالانه بیش از 400 هزار میلیارد تومان گردش مالی دارد و کمتر از 5 درصد آن دیجیتال شده است. ما فکر می‌کنیم این سهم در پنج سال آینده دست‌کم به 20 درصد می‌رسد.',
      'او همچنین تأکید کرد که صندوق در دو سال گذشته بیش از نیمی از سرمایه خود را در استارتاپ‌های لجستیک و حمل‌ونقل سرمایه‌گذاری کرده است.',
      'دور نخست جذب سرمایه بارنما در سال 1401 انجام شده بود و این شرکت در آن دور 25 میلیارد تومان از سرمایه‌گذاران فرشته جذب کرد. سعید نوری، هم‌بنیان‌گذار دیگر بارنما، پس از آن دور از مدیریت اجرایی کناره گرفت و اکنون عضو هیئت‌مدیره است.',
    ],
    tags: ['سرمایه‌گذاری', 'لجستیک', 'بارنما'],
    caption: 'تیم بارنما در دفتر اصفهان', credit: 'عکس: بارنما',
    related: ['صندوق‌های جسورانه در سال 1404 چقدر سرمایه‌گذاری کردند؟', 'اسنپ‌باکس به شهرهای کوچک می‌رود', 'مصاحبه با بنیان‌گذار یک استارتاپ کشاورزی'],
    mostRead: ['فهرست 20 استارتاپ برتر سال', 'آیا بازار سرمایه خطرپذیر ایران جان می‌گیرد؟', 'راهنمای نوشتن پیچ‌دک برای سرمایه‌گذار', 'چرا استارتاپ‌های فین‌تک تعطیل می‌شوند؟'],
    comments: [],
    extraExcludes: ['هر پنجشنبه خلاصه خبرهای اکوسیستم را در ایمیل خود بخوانید.'],
    speakers: [
      { name: 'نگار صدیقی', role: 'هم‌بنیان‌گذار و مدیرعامل بارنما', also_called: ['صدیقی', 'او'], statements: 3 },
      { name: 'کیوان امیرخانی', role: 'شریک مدیریتی صندوق پیشران فردا', also_called: ['امیرخانی', 'او'], statements: 3 },
    ],
    speakers_never: ['سعید نوری', 'مینا جهانگیری', 'پیشران فردا'],
    figures: [
      { value: 180000000000, unit: 'تومان', kind: 'money', about: 'lead: سرمایه جذب‌شده (also in the title)' },
      { value: 2, unit: 'صندوق', kind: 'count', about: 'lead: «دو صندوق جسورانه»' },
      { value: 12, unit: 'استان', kind: 'count', about: 'lead: استان‌های جدید' },
      { value: 46000, unit: 'راننده', kind: 'count', about: 'رانندگان ثبت‌نامی' },
      { value: 3200, unit: 'شرکت', kind: 'count', about: 'شرکت‌های حمل‌ونقل' },
      { value: 90000, unit: 'بار', kind: 'count', about: 'بار جابه‌جاشده در ماه' },
      { value: 45, unit: 'درصد', kind: 'percent', about: 'برگشت خالی، قبل' },
      { value: 28, unit: 'درصد', kind: 'percent', about: 'برگشت خالی، بعد' },
      { value: 60, unit: 'برنامه‌نویس', kind: 'count', about: 'استخدام' },
      { value: 85, unit: 'نفر', kind: 'count', about: 'اندازه تیم' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'سهم بازار' },
      { value: 1200000000000, unit: 'همت', kind: 'money', about: '«1.2 همت» ارزش‌گذاری' },
      { value: 400000000000000, unit: 'تومان', kind: 'money', about: '«400 هزار میلیارد تومان» گردش مالی' },
      { value: 5, unit: 'درصد', kind: 'percent', about: 'سهم دیجیتال' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'پیش‌بینی سهم دیجیتال' },
      { value: 25000000000, unit: 'تومان', kind: 'money', about: 'دور نخست' },
    ],
    figures_never: [
      '«سال 1399», «سال 1401»: years', '«پنج سال آینده», «دو سال گذشته»: durations', '«دور دوم», «دور نخست»: ordinals',
      '«بیش از نیمی از»: vague fraction', '«قسمت 41» (audio card): not body',
    ],
    notes: [
      'A Ghost (Casper-like) startup magazine with Latin digits in the body, the byline date («27 آبان 1404») and <time datetime>. article:published_time and JSON-LD are UTC (06:30Z = 10:00 Tehran). The custom excerpt under the title is the lead and is body. A Ghost audio card (podcast episode) sits inside the body and is not body text.',
      'statements: Sedighi: «در گفت‌وگو با استارتاپ‌نامه گفت:» (two-sentence quote, once), «صدیقی افزود:», «او … یادآور شد که …» = 3; Amirkhani: «به گفته کیوان امیرخانی، …», «امیرخانی ادامه داد:», «او همچنین تأکید کرد که …» = 3.',
      '«به گفته بنیان‌گذاران» is an unnamed group. Nouri, the other co-founder, is only mentioned.',
      '«دو صندوق جسورانه» is counted (2 صندوق) as «دو بازیکن کلیدی» was in heldout4; an annotator could leave it out.',
    ],
  },
  {
    name: 'drupal-ferdowsi-new-students', site: 'drupal', photoAt: 0,
    url: 'https://news.um.ac.ir/node/41288',
    title: 'ورود ۴ هزار و ۲۰۰ دانشجوی جدید به دانشگاه فردوسی مشهد؛ ۱۱ رشته میان‌رشته‌ای راه‌اندازی شد',
    kicker: 'آموزشی', date: '۱۴ آبان ۱۴۰۴ - ۱۲:۳۰',
    paras: [
      'آیین آغاز سال تحصیلی ۱۴۰۴-۱۴۰۵ دانشگاه فردوسی مشهد صبح روز سه‌شنبه ۱۳ آبان‌ماه با حضور رئیس دانشگاه، معاونان، جمعی از استادان و دانشجویان جدیدالورود در تالار فردوسی برگزار شد. اجرای این آیین را دکتر سعید افشار، مدیر روابط عمومی دانشگاه، بر عهده داشت.',
      'دکتر مجید صفاییان، رئیس دانشگاه فردوسی مشهد، در این آیین با خوشامدگویی به دانشجویان جدید گفت: امسال ۴ هزار و ۲۰۰ دانشجو در مقاطع مختلف وارد دانشگاه شده‌اند که ۵۸ درصد آنها دختر هستند و ۶۵۰ نفر در مقطع دکتری پذیرفته شده‌اند.',
      'وی افزود: دانشگاه امسال ۱۱ رشته میان‌رشته‌ای جدید از جمله علوم داده، اقتصاد سلامت و مدیریت منابع آب را در مقطع کارشناسی ارشد راه‌اندازی کرده است.',
      'صفاییان با اشاره به همکاری‌های بین‌المللی دانشگاه یادآور شد که اکنون ۴۸۰ دانشجوی بین‌المللی از ۱۹ کشور در دانشگاه فردوسی تحصیل می‌کنند و تفاهم‌نامه‌های همکاری با ۳۲ دانشگاه خارجی فعال است.',
      'الهام نوروزیان معاون آموزشی دانشگاه فردوسی مشهد نیز در این مراسم تصریح کرد: امسال ۱۲۰ عضو هیئت علمی جدید جذب شده‌اند و نسبت استاد به دانشجو در دانشگاه به یک به ۲۴ رسیده است.',
      'نوروزیان افزود: ظرفیت خوابگاه‌های دانشگاه ۱۱ هزار تخت است و امسال برای نوسازی خوابگاه‌ها ۹۵ میلیارد تومان اعتبار اختصاص یافته است. همه دانشجویان جدید غیربومی مقطع کارشناسی خوابگاه گرفته‌اند.',
      'در ادامه این آیین، محمدحسین رضایی، دبیر شورای صنفی دانشجویان، از مسئولان دانشگاه خواست کیفیت غذای سلف و سرویس‌های رفت‌وآمد پردیس را بهبود دهند.',
      'به گفته رضایی، قیمت هر وعده غذای دانشجویی امسال از ۵ هزار تومان به ۱۲ هزار تومان افزایش یافته است.',
      'گفتنی است دانشگاه فردوسی مشهد در آخرین رتبه‌بندی مؤسسه استنادی علوم جهان اسلام (ISC) در جایگاه هفتم دانشگاه‌های جامع کشور قرار گرفت.',
    ],
    tags: ['آغاز سال تحصیلی', 'دانشجویان جدیدالورود', 'رشته‌های میان‌رشته‌ای'],
    caption: 'آیین آغاز سال تحصیلی در تالار فردوسی', credit: 'عکس: روابط عمومی دانشگاه',
    related: ['برنامه هفته معارفه دانشجویان جدیدالورود اعلام شد', 'تمدید مهلت ثبت‌نام خوابگاه‌های متأهلی', 'دیدار رئیس دانشگاه با دانشجویان بین‌المللی'],
    mostRead: ['زمان‌بندی حذف و اضافه نیمسال اول', 'فراخوان جذب دستیار آموزشی', 'نتایج انتخابات شورای صنفی دانشجویان', 'ساعات کار کتابخانه مرکزی در آبان'],
    comments: [],
    speakers: [
      { name: 'مجید صفاییان', role: 'رئیس دانشگاه فردوسی مشهد', also_called: ['وی', 'صفاییان'], statements: 3 },
      { name: 'الهام نوروزیان', role: 'معاون آموزشی دانشگاه فردوسی مشهد', also_called: ['نوروزیان'], statements: 2 },
      { name: 'محمدحسین رضایی', role: 'دبیر شورای صنفی دانشجویان', also_called: ['رضایی'], statements: 2 },
    ],
    speakers_never: ['سعید افشار', 'تالار فردوسی'],
    figures: [
      { value: 4200, unit: 'دانشجو', kind: 'count', about: 'دانشجویان جدید (also in the title)' },
      { value: 58, unit: 'درصد', kind: 'percent', about: 'سهم دختران' },
      { value: 650, unit: 'نفر', kind: 'count', about: 'دانشجوی دکتری' },
      { value: 11, unit: 'رشته', kind: 'count', about: 'رشته میان‌رشته‌ای (also in the title)' },
      { value: 480, unit: 'دانشجو', kind: 'count', about: '«۴۸۰ دانشجوی بین‌المللی»' },
      { value: 19, unit: 'کشور', kind: 'count', about: 'کشورهای مبدأ' },
      { value: 32, unit: 'دانشگاه', kind: 'count', about: 'دانشگاه خارجی' },
      { value: 120, unit: 'عضو', kind: 'count', about: 'عضو هیئت علمی جدید' },
      { value: 11000, unit: 'تخت', kind: 'count', about: 'ظرفیت خوابگاه' },
      { value: 95000000000, unit: 'تومان', kind: 'money', about: 'اعتبار نوسازی' },
      { value: 5000, unit: 'تومان', kind: 'money', about: 'غذا، قبلی' },
      { value: 12000, unit: 'تومان', kind: 'money', about: 'غذا، جدید' },
    ],
    figures_never: [
      '«۱۴۰۴-۱۴۰۵»: school year', '«سه‌شنبه ۱۳ آبان‌ماه»: date', '«یک به ۲۴»: a ratio', '«جایگاه هفتم»: ordinal', '«هر وعده»: rate word', '«ISC»: a name',
    ],
    notes: [
      'A Drupal 7 university news portal: the date is in an RDFa span (property="dc:date", content=ISO) around the visible «ارسال شده در ۱۴۰۴/۰۸/۱۴ - ۱۲:۳۰»; the image field comes before the body; no lead, no comments.',
      'statements: Safaeian: «گفت:», «وی افزود:», «… یادآور شد که …» = 3; Nowruzian: «NAME ROLE نیز … تصریح کرد:» (no commas), «نوروزیان افزود:» (two-sentence quote, once) = 2; Rezaei: «… از مسئولان دانشگاه خواست …» (indirect request), «به گفته رضایی» = 2.',
      'Afshar hosted the ceremony and is not quoted. «دکتر» is a title, not part of the names.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Four pages that are not articles (headlines and page text written for this set).
// ---------------------------------------------------------------------------------------------


const SHAFAQNA_ITEMS: [string, string, string][] = [
  ['تعطیلی مدارس ابتدایی تهران به دلیل آلودگی هوا', 'مدارس ابتدایی و پیش‌دبستانی پایتخت فردا غیرحضوری است.', '۲۴ آبان ۱۴۰۴'],
  ['شاخص کیفیت هوای اصفهان در وضعیت قرمز', 'ایستگاه‌های سنجش در چهار منطقه شهر وضعیت ناسالم برای همه گروه‌ها را ثبت کردند.', '۲۳ آبان ۱۴۰۴'],
  ['طرح زوج و فرد از شنبه در تهران اجرا می‌شود', 'پلیس راهور از اجرای طرح محدودیت تردد در روزهای آلوده خبر داد.', '۲۳ آبان ۱۴۰۴'],
  ['آلودگی هوا و بیماری‌های قلبی؛ هشدار متخصصان', 'متخصصان توصیه می‌کنند سالمندان و بیماران قلبی در روزهای آلوده از خانه خارج نشوند.', '۲۲ آبان ۱۴۰۴'],
  ['سوخت مازوت در نیروگاه‌ها؛ واقعیت یا شایعه؟', 'گزارشی درباره سهم نیروگاه‌ها در آلودگی هوای کلان‌شهرها.', '۲۱ آبان ۱۴۰۴'],
  ['کاهش آلودگی با بارش باران در راه است', 'هواشناسی از ورود سامانه بارشی به شمال و غرب کشور از اواخر هفته خبر داد.', '۲۰ آبان ۱۴۰۴'],
  ['ماسک‌های N95 در داروخانه‌ها کمیاب شد', 'شهروندان از کمبود ماسک‌های استاندارد در برخی داروخانه‌های تهران گلایه دارند.', '۱۹ آبان ۱۴۰۴'],
];

function shafaqnaTag(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آلودگی هوا Archives - شفقنا</title>
<meta name="robots" content="noindex, follow">
<meta property="og:type" content="website">
<meta property="og:title" content="آلودگی هوا - شفقنا">
<link rel="canonical" href="https://fa.shafaqna.com/tag/آلودگی-هوا/">
</head>
<body class="archive tag tag-air-pollution">
<header class="sh-header"><a href="https://fa.shafaqna.com/"><img src="https://fa.shafaqna.com/wp-content/themes/shafaqna/img/logo.png" alt="شفقنا"></a>
<nav><a href="https://fa.shafaqna.com/category/news/">اخبار</a> <a href="https://fa.shafaqna.com/category/society/">اجتماعی</a> <a href="https://fa.shafaqna.com/category/religion/">دین و اندیشه</a> <a href="https://fa.shafaqna.com/category/world/">بین‌الملل</a> <a href="https://fa.shafaqna.com/category/health/">سلامت</a></nav>
<form class="search" action="https://fa.shafaqna.com/"><input name="s" placeholder="جستجو..."></form></header>
<main class="sh-archive">
 <div class="breadcrumbs"><a href="https://fa.shafaqna.com/">خانه</a> / برچسب: آلودگی هوا</div>
 <h1 class="archive-title">آلودگی هوا</h1>
 <div class="archive-desc">همه مطالب برچسب‌خورده با «آلودگی هوا»</div>
${SHAFAQNA_ITEMS.map(([t, l, d], k) => ` <article class="post-item"><a href="https://fa.shafaqna.com/news/${2051300 + k * 17}/"><img src="https://fa.shafaqna.com/wp-content/uploads/2025/11/air-${k + 1}.jpg" alt=""></a><h2><a href="https://fa.shafaqna.com/news/${2051300 + k * 17}/">${esc(t)}</a></h2><div class="excerpt">${esc(l)}</div><span class="date">${esc(d)}</span></article>`).join('\n')}
 <div class="nav-links"><span class="page-numbers current">۱</span> <a class="page-numbers" href="https://fa.shafaqna.com/tag/آلودگی-هوا/page/2/">۲</a> <a class="page-numbers" href="https://fa.shafaqna.com/tag/آلودگی-هوا/page/3/">۳</a> <a class="next page-numbers" href="https://fa.shafaqna.com/tag/آلودگی-هوا/page/2/">بعدی »</a></div>
</main>
<footer class="sh-footer"><p>شفقنا - پایگاه بین‌المللی همکاری‌های خبری شیعه</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-shafaqna-tag', markup: 'tag-shafaqna', url: 'https://fa.shafaqna.com/tag/آلودگی-هوا/', title: 'آلودگی هوا', html,
    notes: ['A WordPress tag archive (noindex, og:type website): seven post cards (headline, one-line excerpt, date) and pagination. Not an article.'] };
}

const AFTAB_LATEST: [string, string][] = [
  ['۱۸:۴۲', 'رئیس‌جمهور فردا به استان کرمان سفر می‌کند'], ['۱۸:۳۵', 'قیمت دلار در معاملات عصر امروز'], ['۱۸:۲۰', 'بازداشت عاملان سرقت از طلافروشی در شیراز'],
  ['۱۸:۰۵', 'هشدار هواشناسی برای بارش برف در جاده‌های شمالی'], ['۱۷:۵۰', 'نتیجه دیدار استقلال و سپاهان'], ['۱۷:۴۱', 'جلسه علنی مجلس فردا برگزار نمی‌شود'],
  ['۱۷:۳۰', 'واکنش سخنگوی وزارت خارجه به بیانیه اتحادیه اروپا'], ['۱۷:۱۲', 'افزایش ساعت کار مترو تهران از هفته آینده'], ['۱۶:۵۸', 'پیش‌فروش بلیت قطارهای نوروزی از دی‌ماه'],
  ['۱۶:۴۰', 'زلزله ۴.۲ ریشتری حوالی سمنان را لرزاند'], ['۱۶:۲۵', 'کاهش قیمت طلا در بازار تهران'], ['۱۶:۱۰', 'آغاز ثبت‌نام وام ازدواج در بانک‌های عامل'],
];

function aftabLatest(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>آخرین اخبار | آفتاب نیوز</title>
<meta name="description" content="آخرین اخبار ایران و جهان به صورت لحظه‌ای در آفتاب نیوز">
<meta property="og:type" content="website">
<meta http-equiv="refresh" content="300">
<link rel="canonical" href="https://aftabnews.ir/fa/latest">
</head>
<body>
<div id="header"><a href="https://aftabnews.ir/"><img src="https://aftabnews.ir/client/themes/fa/main/img/logo.png" alt="آفتاب نیوز"></a> <span class="date">یکشنبه ۲۵ آبان ۱۴۰۴</span>
<ul class="menu"><li><a href="https://aftabnews.ir/fa/service/1">سیاسی</a></li><li><a href="https://aftabnews.ir/fa/service/2">اقتصادی</a></li><li><a href="https://aftabnews.ir/fa/service/3">اجتماعی</a></li><li><a href="https://aftabnews.ir/fa/service/4">ورزشی</a></li><li class="active"><a href="https://aftabnews.ir/fa/latest">آخرین اخبار</a></li></ul></div>
<div id="content">
 <h1 class="page-title">آخرین اخبار</h1>
 <div class="latest-filter">نمایش: <a href="?s=all">همه</a> | <a href="?s=1">سیاسی</a> | <a href="?s=2">اقتصادی</a> | <a href="?s=3">اجتماعی</a> | <a href="?s=4">ورزشی</a></div>
 <ul class="latest-list">
${AFTAB_LATEST.map(([t, h], k) => `  <li><span class="time">${t}</span> <a href="https://aftabnews.ir/fa/news/${1020400 - k * 3}">${esc(h)}</a></li>`).join('\n')}
 </ul>
 <div class="more"><a href="https://aftabnews.ir/fa/archive">آرشیو اخبار</a></div>
</div>
<div id="footer">کلیه حقوق این سایت متعلق به آفتاب نیوز است.</div>
</body>
</html>
`;
  return { name: 'nonarticle-aftabnews-latest', markup: 'latest-aftabnews', url: 'https://aftabnews.ir/fa/latest', title: 'آخرین اخبار', html,
    notes: ['A «آخرین اخبار» ticker: twelve timed headlines (each a link), a section filter and an archive link. Not an article.'] };
}

function namnakSearch(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>جستجو: آموزش پخت کیک زعفرانی بدون فر - نمناک</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="https://namnak.com/search?q=آموزش+پخت+کیک+زعفرانی+بدون+فر">
</head>
<body class="search-page">
<header class="nk-header"><a href="https://namnak.com/"><img src="https://namnak.com/images/logo.svg" alt="نمناک"></a>
<nav><a href="https://namnak.com/cat/cooking">آشپزی</a> <a href="https://namnak.com/cat/health">سلامت</a> <a href="https://namnak.com/cat/beauty">زیبایی</a> <a href="https://namnak.com/cat/psychology">روانشناسی</a> <a href="https://namnak.com/cat/entertainment">سرگرمی</a></nav></header>
<main class="nk-search">
 <form class="nk-search-form" action="https://namnak.com/search"><input name="q" value="آموزش پخت کیک زعفرانی بدون فر"><button>جستجو</button></form>
 <h1>نتایج جستجو برای «آموزش پخت کیک زعفرانی بدون فر»</h1>
 <div class="no-result"><p>متأسفانه مطلبی با این عبارت پیدا نشد.</p><ul><li>املای کلمات را بررسی کنید.</li><li>از کلمات کلیدی کوتاه‌تر یا عمومی‌تر استفاده کنید.</li><li>عبارت را بدون «بدون فر» جستجو کنید.</li></ul></div>
 <section class="nk-suggest"><h2>شاید این مطالب را بپسندید</h2><ul>
  <li><a href="https://namnak.com/saffron-cake.p41022">طرز تهیه کیک زعفرانی مجلسی</a></li>
  <li><a href="https://namnak.com/pan-cake.p38810">کیک تابه‌ای ساده و سریع</a></li>
  <li><a href="https://namnak.com/saffron-tips.p29014">نکات دم کردن زعفران برای شیرینی</a></li>
 </ul></section>
 <section class="nk-popular"><h2>جستجوهای پرطرفدار</h2><a href="https://namnak.com/search?q=شله+زرد">شله زرد</a> <a href="https://namnak.com/search?q=کیک+شکلاتی">کیک شکلاتی</a> <a href="https://namnak.com/search?q=فال+حافظ">فال حافظ</a></section>
</main>
<footer class="nk-footer">© نمناک - مجله اینترنتی سبک زندگی</footer>
</body>
</html>
`;
  return { name: 'nonarticle-namnak-search', markup: 'search-namnak', url: 'https://namnak.com/search?q=آموزش+پخت+کیک+زعفرانی+بدون+فر', title: 'نتایج جستجو برای «آموزش پخت کیک زعفرانی بدون فر»', html,
    notes: ['A site search page with no results (noindex): the query, a «no result» message with tips, three suggested links and popular searches. Not an article.'] };
}

function tehranContact(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تماس با ما - پایگاه اطلاع‌رسانی شهرداری تهران</title>
<meta name="description" content="راه‌های ارتباط با شهرداری تهران: سامانه ۱۳۷، نشانی ساختمان مرکزی و فرم ارسال پیام">
<link rel="canonical" href="https://www.tehran.ir/contact">
</head>
<body>
<div class="th-top"><a href="https://www.tehran.ir/"><img src="https://www.tehran.ir/images/logo-tehran.png" alt="شهرداری تهران"></a>
<ul class="th-menu"><li><a href="https://www.tehran.ir/news">اخبار</a></li><li><a href="https://www.tehran.ir/services">خدمات الکترونیک</a></li><li><a href="https://www.tehran.ir/districts">مناطق ۲۲گانه</a></li><li><a href="https://www.tehran.ir/council">شورای شهر</a></li><li><a href="https://www.tehran.ir/contact">تماس با ما</a></li></ul></div>
<div class="th-main">
 <div class="th-path"><a href="https://www.tehran.ir/">صفحه اصلی</a> » تماس با ما</div>
 <h1>تماس با ما</h1>
 <table class="th-contact">
  <tr><th>سامانه مدیریت شهری</th><td>۱۳۷ (شبانه‌روزی)</td></tr>
  <tr><th>نشانی ساختمان مرکزی</th><td>تهران، خیابان بهشت، ساختمان شهرداری تهران</td></tr>
  <tr><th>کد پستی</th><td>۱۱۱۴۹۴۳۸۱۱</td></tr>
  <tr><th>تلفن روابط عمومی</th><td>۰۲۱-۵۵۶۳۹۰۰۰</td></tr>
  <tr><th>ساعات پاسخگویی حضوری</th><td>شنبه تا چهارشنبه، ۸ تا ۱۴</td></tr>
  <tr><th>پست الکترونیک</th><td>info@tehran.ir</td></tr>
 </table>
 <form class="th-form"><h2>ارسال پیام</h2><label>نام و نام خانوادگی <input></label><label>شماره همراه <input></label><label>موضوع <select><option>شکایت</option><option>پیشنهاد</option><option>انتقاد</option></select></label><label>متن پیام <textarea></textarea></label><button>ارسال</button></form>
 <div class="th-map"><img src="https://www.tehran.ir/images/map-building.png" alt="موقعیت ساختمان شهرداری روی نقشه"></div>
</div>
<div class="th-footer">کلیه حقوق این پایگاه متعلق به شهرداری تهران است.</div>
</body>
</html>
`;
  return { name: 'nonarticle-tehran-contact', markup: 'contact-tehran', url: 'https://www.tehran.ir/contact', title: 'تماس با ما', html,
    notes: ['A municipal contact page: a table of phone numbers, address and hours, a message form and a map. Not an article.'] };
}

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

const SOURCE = { corpus: 'written for heldout5', heldout: true, synthetic_markup: true, synthetic_text: true };
const NO_DOCTYPE = new Set(['blogsky-torbat-saffron']);
const { buildArticle, buildNonArticle } = writtenSetBuilder({ out: OUT, sites: SITES, source: SOURCE, idDigits: 5, fallbackId: '214', siteNameShown: true });

/** What a reader sees: body text without scripts and styles, whitespace collapsed. */


if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--check')) {
    mkdirSync(OUT, { recursive: true });
    for (const a of ARTICLES) buildArticle(a);
    for (const n of [shafaqnaTag(), aftabLatest(), namnakSearch(), tehranContact()]) buildNonArticle(n);
    console.log(`built ${ARTICLES.length} article and 4 non-article pages in ${OUT}`);
  }
  process.exitCode = checkHeldoutDir(OUT, { noDoctype: NO_DOCTYPE, minExcludes: 6, wordRange: [250, 700], zwnjInCleanBody: true }) ? 1 : 0;
}
