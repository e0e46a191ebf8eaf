// Builds the THIRD held-out fixture set, tests/fixtures/heldout3/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Twelve article pages in the markup of twelve sites that no earlier set renders
// (Fars article, Entekhab article, Donya-e-Eqtesad, Eghtesad Online, Euronews Persian, Radio Farda,
// Shargh, Digiato WordPress, Khabarfoori, Varzesh3, Asriran, ILNA) and four non-article pages (Rokna
// home, Borna search, Zoomit author profile, Jamaran «درباره ما»). Four texts are real (the rows of
// persian_news_leads_2025.jsonl no set used); eight are news texts written for this set (names of
// officials are invented). Gold annotations (speakers, figures, notes) live next to each text below
// and are written into expected.json as they are; nothing is kept from a previous build.
// Usage: npx tsx scripts/build-heldout3.ts          (build + check)
//        npx tsx scripts/build-heldout3.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, and that every text_excludes string is in the page and not in the body.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, parseDate, persian } from './build-heldout';
import { checkHeldoutDir, squash, visibleText } from './lib/heldout-check';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout3');
const CORPUS = resolve(ROOT, '../shared/corpus/nlp/summarization/persian_news_leads_2025.jsonl');
const ZWNJ_RE = /\u200c/g;

interface Speaker { name: string; role: string; also_called: string[]; statements: number }
interface Figure { value: number; unit: string; kind: 'count' | 'percent' | 'money' | 'measure'; about: string }

/** One article page: its text (lead + paragraphs; «## » marks a subheading line), page furniture, gold. */
export interface Art {
  name: string; site: string; url: string; title: string; kicker: string; date: string;
  lead?: string; paras: string[]; tags: string[]; caption: string; credit: string; photoAt?: number;
  related: string[]; mostRead: string[]; inline?: string; comments: [string, string][];
  zwnjLost?: boolean; author?: string; weekday?: string; utc?: string;
  source: Record<string, unknown>;
  speakers: Speaker[]; speakers_never: string[]; figures: Figure[]; figures_never: string[]; notes: string[];
}

interface Ctx { a: Art; mn: string; iso: string; faDate: string; y: string; m: string; d: string; hh: string; mi: string; id: string }

const isHead = (p: string) => p.startsWith('## ');
const plain = (p: string) => (isHead(p) ? p.slice(3) : p);

/** Paragraph markup of the body; the photo (and, on some sites, the in-body link box) go inside it. */
function bodyHtml(c: Ctx, para: (t: string) => string, head: (t: string) => string, photo: string, inline = ''): string {
  const at = c.a.photoAt ?? 1;
  const out: string[] = [];
  c.a.paras.forEach((p, i) => {
    out.push(isHead(p) ? head(esc(plain(p))) : para(esc(p)));
    if (i === at) out.push(photo);
    if (inline && i === at + 2) out.push(inline);
  });
  return out.join('\n');
}

const li = (titles: string[], base: string, n0: number, extra = '') =>
  titles.map((t, i) => `<li${extra}><a href="${base}${n0 + i * 37}/">${esc(t)}</a></li>`).join('\n');

const jsonld = (c: Ctx, publisher: string, logo: string, extra: Record<string, unknown> = {}) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso,
    dateModified: c.iso, mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url }, image: [logo.replace('logo', 'news-photo')],
    description: c.a.lead ?? c.a.paras[0].slice(0, 150),
    publisher: { '@type': 'Organization', name: publisher, logo: { '@type': 'ImageObject', url: logo } }, ...extra,
  }).replace(/</g, '\\u003c')}</script>`;

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, { site: string; render: (c: Ctx) => string; boiler: string[] }> = {
  farsnews: {
    site: 'خبرگزاری فارس',
    boiler: ['کد خبر', 'اخبار مرتبط', 'پربازدیدترین', 'تمامی حقوق مادی و معنوی این سایت متعلق به خبرگزاری فارس است', 'نظرات خوانندگان', 'اشتراک گذاری'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | خبرگزاری فارس</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="خبرگزاری فارس">
<meta property="og:title" content="${esc(c.a.title)} | خبرگزاری فارس">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:image" content="https://media.farsnews.ir/Uploaded/Files/Images/1404/06/24/14040624000811_Test_PhotoN.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="${esc(c.a.kicker)}">
${jsonld(c, 'خبرگزاری فارس', 'https://www.farsnews.ir/assets/images/logo.png')}
<link rel="stylesheet" href="https://www.farsnews.ir/_next/static/css/a81c2f0e.css">
</head>
<body class="rtl">
<div id="__next">
<header class="header">
 <div class="header-top container"><a class="logo" href="https://www.farsnews.ir/"><img src="https://www.farsnews.ir/assets/images/logo.png" alt="خبرگزاری فارس"></a>
  <div class="header-date">${persian(c.d)} ${c.mn} ${persian(c.y)}</div>
  <form class="search" action="https://www.farsnews.ir/search"><input type="text" name="q" placeholder="جستجو"></form></div>
 <nav class="main-menu container"><ul>
  <li><a href="https://www.farsnews.ir/">صفحه نخست</a></li><li><a href="https://www.farsnews.ir/politics">سیاسی</a></li>
  <li><a href="https://www.farsnews.ir/economy">اقتصادی</a></li><li><a href="https://www.farsnews.ir/social">اجتماعی</a></li>
  <li><a href="https://www.farsnews.ir/world">بین‌الملل</a></li><li><a href="https://www.farsnews.ir/sports">ورزشی</a></li>
  <li><a href="https://www.farsnews.ir/culture">فرهنگی</a></li><li><a href="https://www.farsnews.ir/provinces">استان‌ها</a></li>
  <li><a href="https://www.farsnews.ir/multimedia">چندرسانه‌ای</a></li></ul></nav>
</header>
<div class="container page-news">
 <nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="https://www.farsnews.ir/">فارس</a></li><li><a href="https://www.farsnews.ir/sports">ورزشی</a></li><li><a href="https://www.farsnews.ir/sports/wrestling">${esc(c.a.kicker)}</a></li></ol></nav>
 <div class="row">
  <div class="col-lg-8">
   <div class="news-box">
    <div class="news-meta d-flex"><span class="publish-time">${persian(c.d)} ${c.mn} ${persian(c.y)} - ${persian(c.hh)}:${persian(c.mi)}</span><span class="news-code">کد خبر: ${persian(c.id)}</span></div>
    <h1 class="title">${esc(c.a.title)}</h1>
    <p class="lead">${esc(c.a.lead ?? '')}</p>
    <div class="nt-body text-justify" id="nt-body">
${bodyHtml(c, (t) => `<p dir="RTL">${t}</p>`, (t) => `<p dir="RTL"><strong>${t}</strong></p>`,
  `<div class="image-box"><img src="https://media.farsnews.ir/Uploaded/Files/Images/1404/06/24/14040624000812_Test_PhotoN.jpg" alt="${esc(c.a.title)}"><p class="image-caption">${esc(c.a.caption)}</p><span class="photographer">${esc(c.a.credit)}</span></div>`)}
    </div>
    <div class="news-tags"><span>برچسب‌ها:</span> ${c.a.tags.map((t) => `<a href="https://www.farsnews.ir/tag/${encodeURIComponent(t)}">${esc(t)}</a>`).join(' ')}</div>
    <div class="share-box"><span>اشتراک گذاری</span> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://ble.ir/share/url?url=${esc(c.a.url)}">بله</a> <a href="https://twitter.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <button class="copy-link">کپی لینک</button></div>
   </div>
   <section class="related-news"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.farsnews.ir/news/14040623000', 510)}
   </ul></section>
   <section class="comments"><h2>نظرات خوانندگان</h2>
${comments(c, (n, t) => `<div class="comment-item"><div class="comment-head"><b>${n}</b> <span>${persian(c.d)} ${c.mn} ${persian(c.y)}</span></div><p>${t}</p><div class="comment-vote"><button>۱۲</button><button>۲</button></div></div>`)}
    <form class="comment-form"><textarea placeholder="نظر خود را بنویسید"></textarea><input placeholder="نام"><button type="submit">ارسال نظر</button></form>
   </section>
  </div>
  <aside class="col-lg-4">
   <section class="most-visited"><h3>پربازدیدترین</h3><ol>
${li(c.a.mostRead, 'https://www.farsnews.ir/news/14040622000', 301)}
   </ol></section>
   <div class="apps-box"><p>فارس را در شبکه‌های اجتماعی دنبال کنید</p><a href="https://eitaa.com/farsna">ایتا</a> <a href="https://rubika.ir/farsna">روبیکا</a></div>
  </aside>
 </div>
</div>
<footer class="footer"><div class="container"><ul class="footer-links"><li><a href="https://www.farsnews.ir/about">درباره ما</a></li><li><a href="https://www.farsnews.ir/contact">تماس با ما</a></li><li><a href="https://www.farsnews.ir/rss">آر اس اس</a></li></ul>
<p class="copyright">تمامی حقوق مادی و معنوی این سایت متعلق به خبرگزاری فارس است</p></div></footer>
</div>
</body>
</html>
`,
  },

  entekhab: {
    site: 'انتخاب',
    boiler: ['تاریخ انتشار', 'کد مطلب', 'نظرات بینندگان', 'پربیننده‌ترین', 'استفاده از مطالب این سایت با ذکر منبع بلامانع است', 'منتشر شده', 'در انتظار بررسی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(c.a.title)} - انتخاب</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} - انتخاب">
<meta property="og:site_name" content="پایگاه خبری تحلیلی انتخاب | Entekhab.ir">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://www.entekhab.ir/files/fa/news/1404/6/25/912344_533.jpg">
<link rel="shortcut icon" href="https://www.entekhab.ir/client/themes/fa/main/img/favicon.ico">
<link rel="stylesheet" href="https://www.entekhab.ir/client/themes/fa/main/css/news_style.css">
</head>
<body>
<div id="header">
 <div class="header_logo"><a href="https://www.entekhab.ir/"><img src="https://www.entekhab.ir/client/themes/fa/main/img/logo.png" alt="انتخاب"></a></div>
 <div class="header_date">${c.a.weekday ?? ''} ${persian(c.d)} ${c.mn} ${persian(c.y)}</div>
 <ul class="menu">
  <li><a href="https://www.entekhab.ir/">صفحه اصلی</a></li><li><a href="https://www.entekhab.ir/fa/service/politic">سیاسی</a></li>
  <li><a href="https://www.entekhab.ir/fa/service/economy">اقتصادی</a></li><li><a href="https://www.entekhab.ir/fa/service/social">اجتماعی</a></li>
  <li><a href="https://www.entekhab.ir/fa/service/world">بین‌الملل</a></li><li><a href="https://www.entekhab.ir/fa/service/sport">ورزشی</a></li>
  <li><a href="https://www.entekhab.ir/fa/service/photo">عکس</a></li><li><a href="https://www.entekhab.ir/fa/service/video">فیلم</a></li>
 </ul>
</div>
<div id="container">
 <div class="right_col">
  <div class="news_path"><a href="https://www.entekhab.ir/">صفحه نخست</a> » <a href="https://www.entekhab.ir/fa/service/social">${esc(c.a.kicker)}</a></div>
  <div class="news_toolbar"><span class="news_pdate_c">تاریخ انتشار: ${persian(c.hh)}:${persian(c.mi)} - ${persian(c.d)} ${c.mn} ${persian(c.y)}</span> <span class="news_id_c">کد مطلب: ${persian(c.id)}</span> <a class="print" href="https://www.entekhab.ir/fa/print/${c.id}">نسخه چاپی</a></div>
  <div class="news_title_c"><div class="rutitr">گزارش انتخاب از پروژه‌های حمل‌ونقل عمومی پایتخت</div><h1 class="title">${esc(c.a.title)}</h1></div>
  <div class="subtitle">${esc(c.a.lead ?? '')}</div>
  <div class="news_body" id="news_body_con">
${bodyHtml(c, (t) => `<div style="text-align: justify;">${t}</div>`, (t) => `<div><b>${t}</b></div>`,
  `<div style="text-align: center;"><img alt="" src="https://www.entekhab.ir/files/fa/news/1404/6/25/912345_807.jpg"><br><span class="img_caption">${esc(c.a.caption)}</span> <span class="img_credit">${esc(c.a.credit)}</span></div>`)}
  </div>
  <div class="tags_title">برچسب ها: ${c.a.tags.map((t) => `<a class="tags_item" href="https://www.entekhab.ir/fa/tag/1/${encodeURIComponent(t)}">${esc(t)}</a>`).join(' ، ')}</div>
  <div class="share_news">اشتراک گذاری: <a href="#">تلگرام</a> | <a href="#">واتس‌اپ</a> | <a href="#">فیسبوک</a></div>
  <div class="related_news"><div class="related_title">اخبار مرتبط</div><ul>
${li(c.a.related, 'https://www.entekhab.ir/fa/news/', 912100)}
  </ul></div>
  <div class="comments_block"><div class="comments_title">نظرات بینندگان</div>
   <div class="comments_note">منتشر شده: ${persian(c.a.comments.length)} | در انتظار بررسی: ۴ | غیرقابل انتشار: ۱</div>
${comments(c, (n, t) => `<div class="comm_item"><div class="comm_name">${n}</div><div class="comm_country">ایران</div><div class="comm_date">${persian(c.hh)}:۴۵ - ${persian(c.d)} ${c.mn} ${persian(c.y)}</div><div class="comm_body">${t}</div><div class="comm_rate">پاسخ ۲۱ ۳</div></div>`)}
   <div class="comment_form"><div>نام:</div><input name="name"><div>ایمیل:</div><input name="email"><div>نظر:</div><textarea name="body"></textarea><input type="submit" value="ارسال"></div>
  </div>
 </div>
 <div class="left_col">
  <div class="box_most"><div class="box_title">پربیننده‌ترین</div><ul>
${li(c.a.mostRead, 'https://www.entekhab.ir/fa/news/', 911800)}
  </ul></div>
  <div class="box_ads"><a href="https://www.entekhab.ir/fa/ads"><img src="https://www.entekhab.ir/files/adv/banner_300x250.gif" alt="تبلیغات"></a></div>
 </div>
</div>
<div id="footer"><div class="footer_links"><a href="https://www.entekhab.ir/fa/about">درباره ما</a> | <a href="https://www.entekhab.ir/fa/contact">تماس با ما</a> | <a href="https://www.entekhab.ir/fa/rss">RSS</a></div>
<div class="copyright">کلیه حقوق این سایت متعلق به پایگاه خبری تحلیلی انتخاب است. استفاده از مطالب این سایت با ذکر منبع بلامانع است.</div></div>
</body>
</html>
`,
  },

  donyaeqtesad: {
    site: 'دنیای اقتصاد',
    boiler: ['کد خبر', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'کلیه حقوق این سایت محفوظ و متعلق به روزنامه دنیای اقتصاد است', 'عضویت در خبرنامه', 'نسخه چاپی'],
    render: (c) => `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | دنیای اقتصاد</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="دنیای اقتصاد">
<meta property="og:title" content="${esc(c.a.title)} | دنیای اقتصاد">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://static2.donya-e-eqtesad.com/thumbnail/4219873.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:author" content="دنیای اقتصاد">
${jsonld(c, 'دنیای اقتصاد', 'https://donya-e-eqtesad.com/resources/theme/logo.png', { articleSection: c.a.kicker, inLanguage: 'fa' })}
</head>
<body class="page-news">
<div class="topbar"><div class="wrap"><span class="today">${c.a.weekday ?? ''} ${persian(c.d)} ${c.mn} ${persian(c.y)}</span> <a href="https://donya-e-eqtesad.com/newspaper">نسخه روزنامه</a> <a href="https://donya-e-eqtesad.com/archive">آرشیو</a> <a href="https://donya-e-eqtesad.com/login">ورود / ثبت‌نام</a></div></div>
<header class="site-header wrap"><a class="brand" href="https://donya-e-eqtesad.com/"><img src="https://donya-e-eqtesad.com/resources/theme/logo.png" alt="دنیای اقتصاد"></a>
 <nav class="nav-main"><ul>
  <li><a href="https://donya-e-eqtesad.com/بخش-اقتصاد-کلان-19">اقتصاد کلان</a></li><li><a href="https://donya-e-eqtesad.com/بخش-بورس-183">بورس</a></li>
  <li><a href="https://donya-e-eqtesad.com/بخش-بازار-ارز-و-طلا-152">طلا و ارز</a></li><li><a href="https://donya-e-eqtesad.com/بخش-مسکن-13">مسکن</a></li>
  <li><a href="https://donya-e-eqtesad.com/بخش-تجارت-184">تجارت</a></li><li><a href="https://donya-e-eqtesad.com/بخش-خودرو-57">خودرو</a></li>
  <li><a href="https://donya-e-eqtesad.com/بخش-صنعت-معدن-37">صنعت و معدن</a></li><li><a href="https://donya-e-eqtesad.com/بخش-بین-الملل-75">جهان</a></li></ul></nav>
</header>
<main class="wrap grid">
 <article class="news-article" itemscope itemtype="https://schema.org/NewsArticle">
  <ul class="breadcrumbs"><li><a href="https://donya-e-eqtesad.com/">خانه</a></li><li><a href="https://donya-e-eqtesad.com/بخش-تجارت-184">${esc(c.a.kicker)}</a></li></ul>
  <header class="article-head">
   <h1 class="article-title" itemprop="headline">${esc(c.a.title)}</h1>
   <div class="article-meta"><time>${persian(c.d)} ${c.mn} ${persian(c.y)} ساعت ${persian(c.hh)}:${persian(c.mi)}</time> <span class="code">کد خبر: ${persian(c.id)}</span> <a class="print" href="https://donya-e-eqtesad.com/fa/print/${c.id}">نسخه چاپی</a></div>
   <div class="article-lead" itemprop="description"><p>${esc(c.a.lead ?? '')}</p></div>
  </header>
  <div class="article-body" id="echo-detail" itemprop="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<figure class="inline-image"><img src="https://static2.donya-e-eqtesad.com/servev2/Xy8kLmPq/4219874.jpg" alt=""><figcaption>${esc(c.a.caption)} <small>${esc(c.a.credit)}</small></figcaption></figure>`,
  `<aside class="inline-related"><strong>بیشتر بخوانید:</strong> <a href="https://donya-e-eqtesad.com/بخش-تجارت-184/4219512">${esc(c.a.inline ?? '')}</a></aside>`)}
  </div>
  <footer class="article-foot">
   <div class="tags"><h4>برچسب‌ها</h4>${c.a.tags.map((t) => `<a href="https://donya-e-eqtesad.com/tags/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</div>
   <div class="share"><span>اشتراک‌گذاری:</span> <a href="#">تلگرام</a> <a href="#">لینکدین</a> <a href="#">ایکس</a> <a href="#">کپی لینک</a></div>
  </footer>
  <section class="related-box"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://donya-e-eqtesad.com/بخش-تجارت-184/421', 8800)}
  </ul></section>
  <section class="comments-box"><h2>دیدگاه خوانندگان</h2>
${comments(c, (n, t) => `<div class="comment"><span class="author">${n}</span><p>${t}</p></div>`)}
   <form class="comment-form"><label>نام</label><input><label>متن دیدگاه</label><textarea></textarea><button>ثبت دیدگاه</button></form>
  </section>
 </article>
 <aside class="sidebar">
  <section class="most-viewed"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://donya-e-eqtesad.com/بخش-اقتصاد-کلان-19/421', 7700)}
  </ol></section>
  <section class="newsletter"><h2>عضویت در خبرنامه</h2><p>مهم‌ترین خبرهای اقتصادی هر روز صبح در ایمیل شما</p><form><input type="email" placeholder="ایمیل"><button>عضویت</button></form></section>
 </aside>
</main>
<footer class="site-footer"><div class="wrap"><nav><a href="https://donya-e-eqtesad.com/about">درباره ما</a> <a href="https://donya-e-eqtesad.com/ads">تبلیغات</a> <a href="https://donya-e-eqtesad.com/contact">تماس با ما</a></nav>
<p>کلیه حقوق این سایت محفوظ و متعلق به روزنامه دنیای اقتصاد است.</p></div></footer>
</body>
</html>
`,
  },

  eghtesadonline: {
    site: 'اقتصادآنلاین',
    boiler: ['کد خبر', 'اخبار مرتبط', 'پربیننده‌ترین‌ها', 'تمامی حقوق این پایگاه خبری متعلق به اقتصادآنلاین است', 'ارسال نظر', 'لینک کوتاه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>${esc(c.a.title)} - اقتصادآنلاین</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} - اقتصادآنلاین">
<meta property="og:site_name" content="اقتصادآنلاین">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://media.eghtesadonline.com/d/2025/09/02/4/54821.jpg">
<meta name="dc.date" content="${c.iso}">
${jsonld(c, 'اقتصادآنلاین', 'https://www.eghtesadonline.com/resources/theme/eghtesad/img/logo.png')}
</head>
<body>
<header>
 <section class="header-top"><a href="https://www.eghtesadonline.com/" class="logo"><img src="https://www.eghtesadonline.com/resources/theme/eghtesad/img/logo.png" alt="اقتصادآنلاین"></a>
  <div class="market-ticker"><span>دلار</span> <span>سکه امامی</span> <span>شاخص بورس</span></div></section>
 <section class="header-menu"><ul>
  <li><a href="https://www.eghtesadonline.com/">صفحه اصلی</a></li><li><a href="https://www.eghtesadonline.com/بخش-بورس-7">بورس</a></li>
  <li><a href="https://www.eghtesadonline.com/بخش-بانک-بیمه-9">بانک و بیمه</a></li><li><a href="https://www.eghtesadonline.com/بخش-کشاورزی-12">کشاورزی</a></li>
  <li><a href="https://www.eghtesadonline.com/بخش-مسکن-8">مسکن</a></li><li><a href="https://www.eghtesadonline.com/بخش-خودرو-10">خودرو</a></li>
  <li><a href="https://www.eghtesadonline.com/بخش-انرژی-11">انرژی</a></li><li><a href="https://www.eghtesadonline.com/بخش-اقتصاد-جهان-5">اقتصاد جهان</a></li></ul></section>
</header>
<section class="page-content">
 <section class="main-col">
  <div class="breadcrumb"><a href="https://www.eghtesadonline.com/">اقتصادآنلاین</a> / <a href="https://www.eghtesadonline.com/بخش-کشاورزی-12">${esc(c.a.kicker)}</a></div>
  <section class="news-header">
   <div class="news-info"><span class="news-code">کد خبر: ${persian(c.id)}</span> <span class="date">${persian(c.d)} ${c.mn} ${persian(c.y)} - ${persian(c.hh)}:${persian(c.mi)}</span></div>
   <h1 class="news-title">${esc(c.a.title)}</h1>
   <p class="news-summary">${esc(c.a.lead ?? '')}</p>
   <figure class="news-main-img"><img src="https://media.eghtesadonline.com/d/2025/09/02/4/54821.jpg" alt="${esc(c.a.title)}"><figcaption>${esc(c.a.caption)} <span class="credit">${esc(c.a.credit)}</span></figcaption></figure>
  </section>
  <section class="news-content" id="news-content">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<div class="see-also"><span>بیشتر بخوانید</span><a href="https://www.eghtesadonline.com/بخش-کشاورزی-12/1052110">${esc(c.a.inline ?? '')}</a></div>`)}
  </section>
  <section class="news-tools">
   <div class="short-link">لینک کوتاه: <input readonly value="https://www.eghtesadonline.com/n/3Fq8"></div>
   <div class="tags"><span>کلمات کلیدی</span>${c.a.tags.map((t) => `<a href="https://www.eghtesadonline.com/tags/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</div>
  </section>
  <section class="related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.eghtesadonline.com/بخش-کشاورزی-12/10519', 10)}
  </ul></section>
  <section class="comments"><h3>ارسال نظر</h3>
   <form><input placeholder="نام"><input placeholder="ایمیل"><textarea placeholder="نظر شما"></textarea><button>ارسال</button></form>
${comments(c, (n, t) => `<article class="comment"><header>${n} <time>${persian(c.d)} ${c.mn} ${persian(c.y)}</time></header><p>${t}</p></article>`)}
  </section>
 </section>
 <aside class="side-col">
  <section class="most-visited"><h3>پربیننده‌ترین‌ها</h3><ul>
${li(c.a.mostRead, 'https://www.eghtesadonline.com/بخش-اقتصاد-کلان-4/10517', 12)}
  </ul></section>
 </aside>
</section>
<footer><p>تمامی حقوق این پایگاه خبری متعلق به اقتصادآنلاین است.</p><p><a href="https://www.eghtesadonline.com/about-us">درباره ما</a> - <a href="https://www.eghtesadonline.com/ads">تعرفه تبلیغات</a></p></footer>
</body>
</html>
`,
  },

  euronews: {
    site: 'یورونیوز فارسی',
    boiler: ['بیشتر بخوانید', 'به اشتراک بگذارید', 'مطالب مرتبط', 'پربیننده‌ترین', 'Copyright © euronews 2025', 'رفتن به محتوای اصلی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | یورونیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="euronews">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://static.euronews.com/articles/stories/09/41/27/62/1200x675_cmsv2_sudan-chad-refugees.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="جهان">
<meta name="twitter:site" content="@euronewspe">
${jsonld(c, 'Euronews', 'https://static.euronews.com/website/images/euronews-logo-main-blue-403x60.png', { author: { '@type': 'Organization', name: 'یورونیوز' } })}
</head>
<body class="page-article">
<a class="c-skip-link" href="#enw-main-content">رفتن به محتوای اصلی</a>
<header class="c-header">
 <div class="c-header__logo"><a href="https://parsi.euronews.com/"><img src="https://static.euronews.com/website/images/euronews-logo-main-blue-403x60.png" alt="euronews"></a></div>
 <nav class="c-header__nav"><ul class="c-nav">
  <li><a href="https://parsi.euronews.com/news/international">جهان</a></li><li><a href="https://parsi.euronews.com/news/europe">اروپا</a></li>
  <li><a href="https://parsi.euronews.com/news/iran">ایران</a></li><li><a href="https://parsi.euronews.com/business">اقتصاد</a></li>
  <li><a href="https://parsi.euronews.com/culture">فرهنگ</a></li><li><a href="https://parsi.euronews.com/next">علم و فناوری</a></li>
  <li><a href="https://parsi.euronews.com/video">ویدیو</a></li></ul></nav>
 <div class="c-header__lang">فارسی ▾</div>
</header>
<main id="enw-main-content" class="o-layout">
 <div class="o-article">
  <nav class="c-breadcrumb"><a href="https://parsi.euronews.com/">خانه</a> › <a href="https://parsi.euronews.com/news/international">${esc(c.a.kicker)}</a></nav>
  <h1 class="c-article-title">${esc(c.a.title)}</h1>
  <div class="c-article-byline"><span class="c-article-author">یورونیوز</span> <span class="c-article-partner">با رویترز و خبرگزاری فرانسه</span></div>
  <div class="c-article-date"><time datetime="${c.iso}">آخرین به روز رسانی: ${persian(c.d)}/${persian(c.m)}/${persian(c.y)} - ${persian(c.hh)}:${persian(c.mi)}</time></div>
  <div class="c-article-share"><span>به اشتراک بگذارید</span> <a href="#">فیسبوک</a> <a href="#">ایکس</a> <a href="#">تلگرام</a> <a href="#">ایمیل</a></div>
  <figure class="c-article-media"><img src="https://static.euronews.com/articles/stories/09/41/27/62/1200x675_cmsv2_sudan-chad-refugees.jpg" alt=""><figcaption class="c-article-caption">${esc(c.a.caption)} <span class="c-article-copyright">${esc(c.a.credit)}</span></figcaption></figure>
  <div class="c-article-content js-article-content">
   <p class="c-article-summary"><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<div class="widget widget--type-related"><div class="widget__title">بیشتر بخوانید</div><ul><li><a href="https://parsi.euronews.com/2025/08/29/sudan-el-fasher-siege">${esc(c.a.inline ?? '')}</a></li></ul></div>`)}
  </div>
  <div class="c-article-tags">${c.a.tags.map((t) => `<a class="c-tag" href="https://parsi.euronews.com/tag/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</div>
  <section class="c-related"><h2 class="c-related__title">مطالب مرتبط</h2><ul>
${li(c.a.related, 'https://parsi.euronews.com/2025/09/0', 1)}
  </ul></section>
 </div>
 <aside class="o-sidebar"><section class="c-most-viewed"><h2>پربیننده‌ترین</h2><ol>
${li(c.a.mostRead, 'https://parsi.euronews.com/2025/09/1', 0)}
 </ol></section>
 <section class="c-newsletter"><h2>خبرنامه</h2><p>خبرهای روز را هر شب در ایمیل خود دریافت کنید</p><input type="email" placeholder="ایمیل شما"><button>ثبت‌نام</button></section></aside>
</main>
<footer class="c-footer"><ul><li><a href="https://parsi.euronews.com/about">درباره یورونیوز</a></li><li><a href="https://parsi.euronews.com/privacy-policy">حریم خصوصی</a></li><li><a href="https://parsi.euronews.com/terms">شرایط استفاده</a></li></ul>
<p class="c-footer__copyright">Copyright © euronews 2025</p></footer>
</body>
</html>
`,
  },

  radiofarda: {
    site: 'رادیو فردا',
    boiler: ['مرتبط', 'پربیننده‌ترین', 'همرسانی', '© ۲۰۲۵ RFE/RL, Inc. تمامی حقوق محفوظ است.', 'برنامه‌های رادیو فردا', 'درباره ما'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl" class="no-js">
<head>
<meta charset="utf-8">
<title>${esc(c.a.title)} - رادیو فردا</title>
<meta name="description" content="${esc(c.a.paras[0].slice(0, 160))}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="رادیو فردا">
<meta property="og:title" content="${esc(c.a.title)} - رادیو فردا">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://gdb.rferl.org/01000000-0aff-0242-a1c2-08dcf2b5a6b1_w1200_r1.jpg">
<meta name="twitter:site" content="@RadioFarda_">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.radiofarda.com/Content/responsive/RFE/fa-IR/RFE-fa-IR.css">
</head>
<body dir="rtl">
<div id="page">
 <header class="hdr"><div class="hdr__logo"><a href="https://www.radiofarda.com/"><img src="https://www.radiofarda.com/Content/responsive/RFE/fa-IR/img/logo.svg" alt="رادیو فردا"></a></div>
  <nav class="main-menu"><ul>
   <li><a href="https://www.radiofarda.com/z/20003">ایران</a></li><li><a href="https://www.radiofarda.com/z/20004">جهان</a></li>
   <li><a href="https://www.radiofarda.com/z/20006">اقتصاد</a></li><li><a href="https://www.radiofarda.com/z/20020">حقوق بشر</a></li>
   <li><a href="https://www.radiofarda.com/z/20008">فرهنگ</a></li><li><a href="https://www.radiofarda.com/z/20010">دیدگاه</a></li>
   <li><a href="https://www.radiofarda.com/programs">برنامه‌های رادیو فردا</a></li></ul></nav></header>
 <div id="content">
  <div class="container">
   <div class="category"><a href="https://www.radiofarda.com/z/20003">${esc(c.a.kicker)}</a></div>
   <div class="col-title"><h1 class="title pg-title">${esc(c.a.title)}</h1></div>
   <div class="publishing-details"><span class="date"><time pubdate="pubdate" datetime="${c.a.utc}">${persian(c.d)} ${c.mn} ${persian(c.y)} ایران ${persian(c.hh)}:${persian(c.mi)}</time></span></div>
   <div class="links"><span>همرسانی</span> <a href="#">فیسبوک</a> <a href="#">ایکس</a> <a href="#">تلگرام</a> <a href="#">ایمیل</a></div>
   <div class="cover-media"><figure class="media-image"><img src="https://gdb.rferl.org/01000000-0aff-0242-a1c2-08dcf2b5a6b1_w1023_r1_s.jpg" alt="${esc(c.a.caption)}"><figcaption><span class="caption">${esc(c.a.caption)}</span> <span class="credit">${esc(c.a.credit)}</span></figcaption></figure></div>
   <div class="body-container"><div class="wsw" id="article-content">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="wsw__h2">${t}</h2>`, '',
  `<div class="wsw__embed"><div class="media-block also-read"><span class="also-read__text--label">مرتبط</span><a class="also-read__link" href="https://www.radiofarda.com/a/iran-medicine-insurance-debt/33510244.html" title="${esc(c.a.inline ?? '')}"><span class="also-read__text">${esc(c.a.inline ?? '')}</span></a></div></div>`)}
   </div></div>
   <div class="content-tags"><span>موضوعات:</span> ${c.a.tags.map((t) => `<a href="https://www.radiofarda.com/s?k=${encodeURIComponent(t)}">${esc(t)}</a>`).join('، ')}</div>
   <div class="related-content"><h2 class="section-head">مرتبط</h2><ul>
${li(c.a.related, 'https://www.radiofarda.com/a/335', 10221, ' class="media-block"')}
   </ul></div>
  </div>
  <aside class="sidebar"><h2 class="section-head">پربیننده‌ترین</h2><ol class="most-popular">
${li(c.a.mostRead, 'https://www.radiofarda.com/a/335', 20117)}
  </ol></aside>
 </div>
 <footer class="ftr"><div class="ftr__links"><a href="https://www.radiofarda.com/p/4000.html">درباره ما</a> <a href="https://www.radiofarda.com/p/4001.html">تماس با ما</a> <a href="https://www.radiofarda.com/p/4002.html">حریم خصوصی</a></div>
 <p class="ftr__copyright">© ۲۰۲۵ RFE/RL, Inc. تمامی حقوق محفوظ است.</p></footer>
</div>
</body>
</html>
`,
  },

  shargh: {
    site: 'روزنامه شرق',
    boiler: ['کد خبر', 'مطالب مرتبط', 'پربازدیدترین‌ها', 'کلیه حقوق مادی و معنوی برای روزنامه شرق محفوظ است', 'دیدگاه‌ها', 'خرید اشتراک روزنامه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | روزنامه شرق</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} | روزنامه شرق">
<meta property="og:site_name" content="روزنامه شرق">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="article:published_time" content="${c.iso}">
${jsonld(c, 'روزنامه شرق', 'https://www.sharghdaily.com/resources/theme/sharghdaily/img/logo.png')}
</head>
<body class="news-page">
<div class="top-strip">روزنامه صبح ایران | <span>شماره ۵۰۴۸</span> | <a href="https://www.sharghdaily.com/subscribe">خرید اشتراک روزنامه</a></div>
<header class="masthead"><a href="https://www.sharghdaily.com/"><img src="https://www.sharghdaily.com/resources/theme/sharghdaily/img/logo.png" alt="روزنامه شرق"></a>
<nav><ul><li><a href="https://www.sharghdaily.com/بخش-سیاسی-1">سیاسی</a></li><li><a href="https://www.sharghdaily.com/بخش-اقتصادی-2">اقتصادی</a></li><li><a href="https://www.sharghdaily.com/بخش-جامعه-3">جامعه</a></li><li><a href="https://www.sharghdaily.com/بخش-فرهنگ-و-هنر-4">فرهنگ و هنر</a></li><li><a href="https://www.sharghdaily.com/بخش-ورزشی-5">ورزشی</a></li><li><a href="https://www.sharghdaily.com/بخش-اندیشه-6">اندیشه</a></li><li><a href="https://www.sharghdaily.com/pdf">نسخه PDF</a></li></ul></nav></header>
<div class="layout">
 <div class="content-col">
  <div class="path"><a href="https://www.sharghdaily.com/">شرق</a> <span>›</span> <a href="https://www.sharghdaily.com/بخش-جامعه-3">${esc(c.a.kicker)}</a></div>
  <div class="news-head">
   <div class="rotitr">بحران آب در پایتخت</div>
   <h1 class="news-title">${esc(c.a.title)}</h1>
   <div class="news-lead">${esc(c.a.lead ?? '')}</div>
   <div class="news-data"><span>${persian(c.d)} ${c.mn} ${persian(c.y)} - ${persian(c.hh)}:${persian(c.mi)}</span> <span>کد خبر: ${persian(c.id)}</span> <span>${esc(c.a.author ?? '')}</span></div>
  </div>
  <div class="news-body" id="newsBody">
${bodyHtml(c, (t) => `<div class="p">${t}</div>`, (t) => `<div class="p"><strong>${t}</strong></div>`,
  `<div class="pic"><img src="https://www.sharghdaily.com/files/fa/news/1404/6/26/1004512_208.jpg" alt=""><div class="pic-caption">${esc(c.a.caption)}</div><div class="pic-credit">${esc(c.a.credit)}</div></div>`)}
  </div>
  <div class="news-tags">${c.a.tags.map((t) => `<a href="https://www.sharghdaily.com/tags/${encodeURIComponent(t)}">#${esc(t)}</a>`).join(' ')}</div>
  <div class="share-row"><a href="#">تلگرام</a><a href="#">واتس‌اپ</a><a href="#">ایکس</a><a href="#">لینک کوتاه</a></div>
  <section class="related"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://www.sharghdaily.com/بخش-جامعه-3/100', 4021)}
  </ul></section>
  <section class="comments"><h3>دیدگاه‌ها</h3>
${comments(c, (n, t) => `<div class="cm"><div class="cm-name">${n}</div><div class="cm-text">${t}</div></div>`)}
   <form class="cm-form"><textarea placeholder="دیدگاه شما"></textarea><button>ارسال دیدگاه</button></form>
  </section>
 </div>
 <aside class="side-col"><section class="popular"><h3>پربازدیدترین‌ها</h3><ul>
${li(c.a.mostRead, 'https://www.sharghdaily.com/بخش-سیاسی-1/100', 3907)}
 </ul></section></aside>
</div>
<footer class="site-foot"><p>کلیه حقوق مادی و معنوی برای روزنامه شرق محفوظ است.</p><p>نشانی: تهران، خیابان خرمشهر، کوچه نیلوفر</p></footer>
</body>
</html>
`,
  },

  digiato: {
    site: 'دیجیاتو',
    boiler: ['مطالب مرتبط', 'دیدگاهتان را بنویسید', 'نشانی ایمیل شما منتشر نخواهد شد', 'تمامی حقوق برای دیجیاتو محفوظ است', 'اشتراک‌گذاری', 'زمان مطالعه'],
    render: (c) => `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - دیجیاتو</title>
<meta name="description" content="${esc(c.a.paras[0].slice(0, 155))}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} - دیجیاتو">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="دیجیاتو">
<meta property="article:publisher" content="https://www.facebook.com/digiato">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:modified_time" content="${c.iso}">
<meta name="author" content="${esc(c.a.author ?? '')}">
<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify({
      '@context': 'https://schema.org', '@graph': [
        { '@type': 'Article', '@id': `${c.a.url}#article`, isPartOf: { '@id': c.a.url }, author: { name: c.a.author }, headline: c.a.title, datePublished: c.iso, dateModified: c.iso, publisher: { '@id': 'https://digiato.com/#organization' }, articleSection: [c.a.kicker], inLanguage: 'fa-IR' },
        { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: `${c.a.title} - دیجیاتو`, datePublished: c.iso },
        { '@type': 'Organization', '@id': 'https://digiato.com/#organization', name: 'دیجیاتو', url: 'https://digiato.com/' },
      ] }).replace(/</g, '\\u003c')}</script>
<link rel='stylesheet' id='digiato-main-css' href='https://digiato.com/wp-content/themes/digiato/assets/css/main.min.css?ver=3.4.1' media='all'>
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header">
 <div class="site-branding"><a href="https://digiato.com/" rel="home"><img src="https://digiato.com/wp-content/uploads/2023/01/digiato-logo.svg" alt="دیجیاتو"></a></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="https://digiato.com/topic/tech">تکنولوژی</a></li><li class="menu-item"><a href="https://digiato.com/topic/science">علم</a></li>
  <li class="menu-item"><a href="https://digiato.com/topic/mobile">موبایل</a></li><li class="menu-item"><a href="https://digiato.com/topic/startup">استارتاپ</a></li>
  <li class="menu-item"><a href="https://digiato.com/topic/game">بازی</a></li><li class="menu-item"><a href="https://digiato.com/topic/review">بررسی</a></li>
  <li class="menu-item"><a href="https://digiato.com/topic/health">سلامت</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${c.id}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail hentry category-science">
 <header class="entry-header">
  <div class="cat-links"><a href="https://digiato.com/topic/science" rel="category tag">${esc(c.a.kicker)}</a></div>
  <h1 class="entry-title">${esc(c.a.title)}</h1>
  <div class="entry-meta"><span class="byline">نویسنده: <span class="author vcard"><a class="url fn n" href="https://digiato.com/author/m-salehi">${esc(c.a.author ?? '')}</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="${c.iso}">${persian(c.d)} ${c.mn} ${persian(c.y)}</time></span> <span class="reading-time">زمان مطالعه: ۴ دقیقه</span></div>
 </header>
 <div class="post-thumbnail"><img width="1200" height="675" src="https://digiato.com/wp-content/uploads/2025/09/nanofiber-wound-dressing-1200x675.jpg" class="wp-post-image" alt=""></div>
 <div class="entry-content">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="wp-block-heading">${t}</h2>`,
  `<figure class="wp-block-image size-large"><img src="https://digiato.com/wp-content/uploads/2025/09/nanofiber-sem-1024x576.jpg" alt=""><figcaption class="wp-element-caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>`,
  `<div class="wp-block-digiato-related"><span>بیشتر بخوانید:</span> <a href="https://digiato.com/science/royan-stem-cell-cornea">${esc(c.a.inline ?? '')}</a></div>`)}
 </div>
 <footer class="entry-footer"><span class="tags-links">${c.a.tags.map((t) => `<a href="https://digiato.com/tag/${encodeURIComponent(t)}" rel="tag">${esc(t)}</a>`).join('')}</span>
  <div class="share-post"><span>اشتراک‌گذاری</span> <a href="#">تلگرام</a> <a href="#">لینکدین</a> <a href="#">ایکس</a></div></footer>
</article>
<section class="related-posts"><h3 class="widget-title">مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://digiato.com/science/p', 1200)}
</ul></section>
<div id="comments" class="comments-area">
 <h2 class="comments-title">${persian(c.a.comments.length)} دیدگاه</h2>
 <ol class="comment-list">
${comments(c, (n, t, k) => `<li id="comment-${88120 + k}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${n}</b> <time>${persian(c.d)} ${c.mn} ${persian(c.y)} در ${persian(c.hh)}:۳${k}</time></footer><div class="comment-content"><p>${t}</p></div><div class="reply"><a class="comment-reply-link" href="#">پاسخ</a></div></article></li>`)}
 </ol>
 <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید</h3>
  <form id="commentform" class="comment-form"><p class="comment-notes">نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *</p><textarea id="comment" name="comment"></textarea><input id="author" name="author"><input id="email" name="email"><input name="submit" type="submit" id="submit" class="submit" value="فرستادن دیدگاه"></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_popular"><h2 class="widget-title">محبوب‌ترین‌ها</h2><ul>
${li(c.a.mostRead, 'https://digiato.com/tech/p', 900)}
</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">تمامی حقوق برای دیجیاتو محفوظ است. © ۱۴۰۴</div></footer>
</div>
</body>
</html>
`,
  },

  khabarfoori: {
    site: 'خبرفوری',
    boiler: ['کد خبر', 'اخبار مرتبط', 'پربیننده‌ترین', 'کلیه حقوق این سایت متعلق به خبرفوری است', 'ارسال نظر', 'منبع'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>${esc(c.a.title)} | خبرفوری</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} | خبرفوری">
<meta property="og:site_name" content="خبرفوری">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://cdn.khabarfoori.com/thumbnail/GhRm2Wq1s9xA/instagram-spotify.jpg">
<meta property="article:published_time" content="${c.iso}">
${jsonld(c, 'خبرفوری', 'https://www.khabarfoori.com/resources/theme/khabarfoori/img/logo.png')}
</head>
<body>
<div class="wrapper">
<header class="kf-header"><a class="kf-logo" href="https://www.khabarfoori.com/"><img src="https://www.khabarfoori.com/resources/theme/khabarfoori/img/logo.png" alt="خبرفوری"></a>
 <ul class="kf-menu"><li><a href="https://www.khabarfoori.com/بخش-سیاسی-1">سیاسی</a></li><li><a href="https://www.khabarfoori.com/بخش-اقتصادی-2">اقتصادی</a></li><li><a href="https://www.khabarfoori.com/بخش-اجتماعی-3">اجتماعی</a></li><li><a href="https://www.khabarfoori.com/بخش-علم-تکنولوژی-46">علم و تکنولوژی</a></li><li><a href="https://www.khabarfoori.com/بخش-ورزشی-6">ورزشی</a></li><li><a href="https://www.khabarfoori.com/بخش-سبک-زندگی-58">سبک زندگی</a></li></ul></header>
<div class="kf-main">
 <div class="kf-news">
  <div class="kf-bread"><a href="https://www.khabarfoori.com/">خبرفوری</a> » <a href="https://www.khabarfoori.com/بخش-علم-تکنولوژی-46">${esc(c.a.kicker)}</a></div>
  <table class="news-info"><tr><td>کد خبر: ${persian(c.id)}</td><td>${persian(c.d)} ${c.mn} ${persian(c.y)} - ${persian(c.hh)}:${persian(c.mi)}</td></tr></table>
  <h1 class="kf-title">${esc(c.a.title)}</h1>
  <div class="kf-lead"><p>${esc(c.a.lead ?? '')}</p></div>
  <div class="kf-img"><img src="https://cdn.khabarfoori.com/thumbnail/GhRm2Wq1s9xA/instagram-spotify.jpg" alt=""><span class="kf-img-caption">${esc(c.a.caption)}</span></div>
  <div class="kf-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
  </div>
  <div class="kf-source">منبع: <a href="https://www.hamshahrionline.ir/">${esc(c.a.credit)}</a></div>
  <div class="kf-tags">${c.a.tags.map((t) => `<a href="https://www.khabarfoori.com/tags/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</div>
  <div class="kf-share">اشتراک در: <a href="#">تلگرام</a> <a href="#">واتساپ</a> <a href="#">ایتا</a></div>
  <div class="kf-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.khabarfoori.com/بخش-علم-تکنولوژی-46/30', 11890)}
  </ul></div>
  <div class="kf-comments"><h2>ارسال نظر</h2><form><input placeholder="نام"><textarea placeholder="نظر"></textarea><button>ارسال</button></form>
${comments(c, (n, t) => `<div class="kf-cm"><b>${n}</b><p>${t}</p></div>`)}
  </div>
 </div>
 <div class="kf-side"><h2>پربیننده‌ترین</h2><ul>
${li(c.a.mostRead, 'https://www.khabarfoori.com/بخش-اجتماعی-3/30', 11702)}
 </ul></div>
</div>
<footer class="kf-footer">کلیه حقوق این سایت متعلق به خبرفوری است. <a href="https://www.khabarfoori.com/about">درباره ما</a></footer>
</div>
</body>
</html>
`,
  },

  varzesh3: {
    site: 'ورزش سه',
    boiler: ['اخبار مرتبط', 'پربازدیدترین‌ها', 'نظرات کاربران', 'کلیه حقوق این وب‌سایت متعلق به ورزش سه است', 'جدول لیگ برتر', 'پخش زنده'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | ورزش سه</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="ورزش سه">
<meta property="og:image" content="https://news-cdn.varzesh3.com/pictures/2025/08/23/B/oneing-persepolis.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body>
<div class="site-wrapper">
<header class="main-header"><div class="container"><a class="brand" href="https://www.varzesh3.com/"><img src="https://www.varzesh3.com/images/logo-v3.svg" alt="ورزش سه"></a>
 <nav class="main-nav"><a href="https://www.varzesh3.com/">خانه</a> <a href="https://www.varzesh3.com/football">فوتبال ایران</a> <a href="https://www.varzesh3.com/football/world">فوتبال جهان</a> <a href="https://www.varzesh3.com/volleyball">والیبال</a> <a href="https://www.varzesh3.com/wrestling">کشتی</a> <a href="https://www.varzesh3.com/livescore">نتایج زنده</a> <a href="https://video.varzesh3.com/">ویدیو</a> <a href="https://www.varzesh3.com/live">پخش زنده</a></nav></div></header>
<div class="container main-content">
 <div class="right-column">
  <div class="news-page--news-content">
   <div class="news-info"><span class="news-category">${esc(c.a.kicker)}</span> <span class="news-date">${c.a.weekday ?? ''} ${persian(c.d)} ${c.mn} ${persian(c.y)} ساعت ${persian(c.hh)}:${persian(c.mi)}</span></div>
   <h1 class="headline">${esc(c.a.title)}</h1>
   <div class="news-page--lead">${esc(c.a.lead ?? '')}</div>
   <div class="news-page-image"><img src="https://news-cdn.varzesh3.com/pictures/2025/08/23/B/oneing-persepolis.jpg" alt="${esc(c.a.title)}"><div class="image-caption">${esc(c.a.caption)}</div></div>
   <div class="news-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
   </div>
   <div class="news-tags">${c.a.tags.map((t) => `<a href="https://www.varzesh3.com/tag/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</div>
   <div class="share-links"><a href="#">تلگرام</a> <a href="#">ایکس</a> <a href="#">کپی</a></div>
  </div>
  <div class="news-related"><div class="widget-header">اخبار مرتبط</div><ul>
${li(c.a.related, 'https://www.varzesh3.com/news/20234', 10)}
  </ul></div>
  <div class="comments"><div class="widget-header">نظرات کاربران</div>
${comments(c, (n, t) => `<div class="comment"><div class="comment-user">${n}</div><div class="comment-text">${t}</div><div class="comment-like">👍 ۳۴ 👎 ۵</div></div>`)}
  </div>
 </div>
 <div class="left-column">
  <div class="widget most-viewed"><div class="widget-header">پربازدیدترین‌ها</div><ul>
${li(c.a.mostRead, 'https://www.varzesh3.com/news/20233', 77)}
  </ul></div>
  <div class="widget league-table"><div class="widget-header">جدول لیگ برتر</div><table><tr><th>تیم</th><th>بازی</th><th>امتیاز</th></tr><tr><td>تراکتور</td><td>۲</td><td>۶</td></tr><tr><td>سپاهان</td><td>۲</td><td>۴</td></tr><tr><td>پرسپولیس</td><td>۲</td><td>۴</td></tr></table></div>
 </div>
</div>
<footer class="footer"><div class="container">کلیه حقوق این وب‌سایت متعلق به ورزش سه است. <a href="https://www.varzesh3.com/about">درباره ما</a></div></footer>
</div>
</body>
</html>
`,
  },

  asriran: {
    site: 'عصر ایران',
    boiler: ['تاریخ انتشار', 'کد خبر', 'پربیننده‌ترین', 'نظر شما', 'کلیه حقوق برای عصر ایران محفوظ است', 'ارسال به دوستان'],
    render: (c) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="fa" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>عصر ایران - ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(c.a.title)} - عصر ایران" />
<meta property="og:site_name" content="عصر ایران" />
<link href="https://www.asriran.com/client/themes/fa/main/css/news.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="990" border="0" cellspacing="0" cellpadding="0" align="center" class="main_table">
<tr><td class="header_td" colspan="3"><a href="https://www.asriran.com/"><img src="https://www.asriran.com/client/themes/fa/main/img/header_logo.gif" alt="عصر ایران" border="0" /></a>
<div class="header_menu"><a href="https://www.asriran.com/fa/services/1">سیاسی</a> | <a href="https://www.asriran.com/fa/services/2">اقتصادی</a> | <a href="https://www.asriran.com/fa/services/3">اجتماعی</a> | <a href="https://www.asriran.com/fa/services/4">بین‌الملل</a> | <a href="https://www.asriran.com/fa/services/8">سلامت</a> | <a href="https://www.asriran.com/fa/services/10">خواندنی‌ها و دیدنی‌ها</a> | <a href="https://www.asriran.com/fa/archive">آرشیو</a></div></td></tr>
<tr>
<td width="180" valign="top" class="right_td"><div class="box_title">پربیننده‌ترین</div><ul class="most_list">
${li(c.a.mostRead, 'https://www.asriran.com/fa/news/10676', 10)}
</ul></td>
<td width="630" valign="top" class="center_td">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="news_path_print"><a href="https://www.asriran.com/">صفحه نخست</a> &raquo; <a href="https://www.asriran.com/fa/services/8">${esc(c.a.kicker)}</a></td></tr>
<tr><td class="news_toolbar">تاریخ انتشار: ${persian(c.hh)}:${persian(c.mi)} - ${persian(c.d)} ${c.mn} ${persian(c.y)} | کد خبر: ${persian(c.id)} | <a href="https://www.asriran.com/fa/print/${c.id}">نسخه چاپی</a> | <a href="https://www.asriran.com/fa/send/${c.id}">ارسال به دوستان</a></td></tr>
<tr><td><div class="title"><h1 class="Htag">${esc(c.a.title)}</h1></div></td></tr>
<tr><td class="lead_td"><div class="lead_news">${esc(c.a.lead ?? '')}</div></td></tr>
<tr><td class="body_td"><div class="body">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<p style="text-align: justify;"><strong>${t}</strong></p>`,
  `<div style="text-align: center;"><img src="https://www.asriran.com/files/fa/news/1404/6/1/1650432_599.jpg" alt="" /><br /><span class="caption">${esc(c.a.caption)}</span></div>`)}
</div></td></tr>
<tr><td class="tags_td">برچسب‌ها: ${c.a.tags.map((t) => `<a href="https://www.asriran.com/fa/tag/1/${encodeURIComponent(t)}">${esc(t)}</a>`).join(' - ')}</td></tr>
<tr><td class="related_td"><div class="box_title">اخبار مرتبط</div><ul>
${li(c.a.related, 'https://www.asriran.com/fa/news/10678', 40)}
</ul></td></tr>
<tr><td class="comments_td"><div class="box_title">نظر شما</div>
${comments(c, (n, t) => `<table class="comm_table" width="100%"><tr><td class="comm_name">${n}</td><td class="comm_date">${persian(c.d)} ${c.mn} ${persian(c.y)}</td></tr><tr><td colspan="2" class="comm_body">${t}</td></tr></table>`)}
<form><table><tr><td>نام:</td><td><input type="text" /></td></tr><tr><td>نظر:</td><td><textarea></textarea></td></tr><tr><td colspan="2"><input type="submit" value="ارسال" /></td></tr></table></form>
</td></tr>
</table>
</td>
<td width="180" valign="top" class="left_td"><div class="box_title">عصر ایران در شبکه‌های اجتماعی</div><a href="https://t.me/asriran_press">تلگرام</a><br /><a href="https://www.instagram.com/asriran">اینستاگرام</a></td>
</tr>
<tr><td colspan="3" class="footer_td">کلیه حقوق برای عصر ایران محفوظ است. نقل مطالب با ذکر منبع بلامانع است.</td></tr>
</table>
</body>
</html>
`,
  },

  ilna: {
    site: 'ایلنا',
    boiler: ['کد خبر', 'اخبار مرتبط', 'پربازدیدترین', 'تمامی حقوق این سایت متعلق به خبرگزاری کار ایران است', 'انتهای پیام', 'نظر شما'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | ایلنا</title>
<meta name="description" content="${esc(c.a.paras[0].slice(0, 160))}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)} | ایلنا">
<meta property="og:site_name" content="ایلنا | خبرگزاری کار ایران">
<meta property="og:url" content="${esc(c.a.url)}">
${jsonld(c, 'خبرگزاری کار ایران (ایلنا)', 'https://www.ilna.ir/resources/theme/ilna/img/logo.png')}
</head>
<body class="news">
<header id="header"><div class="container">
 <div class="logo"><a href="https://www.ilna.ir/"><img src="https://www.ilna.ir/resources/theme/ilna/img/logo.png" alt="ایلنا"></a><span>خبرگزاری کار ایران</span></div>
 <ul class="nav"><li><a href="https://www.ilna.ir/بخش-کارگری-6">کارگری</a></li><li><a href="https://www.ilna.ir/بخش-سیاسی-3">سیاسی</a></li><li><a href="https://www.ilna.ir/بخش-اقتصادی-4">اقتصادی</a></li><li><a href="https://www.ilna.ir/بخش-اجتماعی-5">اجتماعی</a></li><li><a href="https://www.ilna.ir/بخش-فرهنگی-هنری-7">فرهنگی و هنری</a></li><li><a href="https://www.ilna.ir/بخش-ورزشی-8">ورزشی</a></li><li><a href="https://www.ilna.ir/بخش-استان-ها-9">استان‌ها</a></li></ul>
</div></header>
<main class="container">
 <div class="row">
  <div class="col-8">
   <ol class="breadcrumb"><li><a href="https://www.ilna.ir/">ایلنا</a></li><li><a href="https://www.ilna.ir/بخش-فرهنگی-هنری-7">${esc(c.a.kicker)}</a></li></ol>
   <section class="item-header">
    <h1 class="title">${esc(c.a.title)}</h1>
    <div class="item-date"><span>${persian(c.d)} ${c.mn} ${persian(c.y)} - ${persian(c.hh)}:${persian(c.mi)}</span></div>
    <div class="item-code">کد خبر : ${persian(c.id)}</div>
   </section>
   <section class="item-body">
    <div class="item-text" id="news-body">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<p><strong>${t}</strong></p>`,
  `<p style="text-align: center;"><img src="https://www.ilna.ir/files/fa/news/1404/5/31/1680112_371.jpg" alt=""></p><p class="caption" style="text-align: center;"><em>${esc(c.a.caption)}</em></p>`)}
     <p><strong>انتهای پیام/</strong></p>
    </div>
   </section>
   <section class="tags"><span>برچسب‌ها:</span> ${c.a.tags.map((t) => `<a href="https://www.ilna.ir/tags/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</section>
   <section class="share">اشتراک گذاری: <a href="#">تلگرام</a> <a href="#">بله</a> <a href="#">ایتا</a> <a href="#">لینک کوتاه</a></section>
   <section class="related-items"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.ilna.ir/بخش-فرهنگی-هنری-7/16800', 50)}
   </ul></section>
   <section class="comments"><h2>نظر شما</h2><form><textarea></textarea><input placeholder="نام"><button>ارسال</button></form>
${comments(c, (n, t) => `<div class="comment-item"><span class="name">${n}</span><p>${t}</p></div>`)}
   </section>
  </div>
  <aside class="col-4"><section class="box most-visited"><h2>پربازدیدترین</h2><ul>
${li(c.a.mostRead, 'https://www.ilna.ir/بخش-اجتماعی-5/16799', 21)}
  </ul></section></aside>
 </div>
</main>
<footer id="footer"><p>تمامی حقوق این سایت متعلق به خبرگزاری کار ایران است.</p><p><a href="https://www.ilna.ir/page/about">درباره ایلنا</a> | <a href="https://www.ilna.ir/page/contact">تماس با ما</a></p></footer>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). Officials' names are invented.
// ---------------------------------------------------------------------------------------------

const WRITTEN = { corpus: 'written for heldout3', synthetic_markup: true, synthetic_text: true, heldout: true };

const SYNTHETIC: Art[] = [
  {
    name: 'farsnews-wrestling-worlds', site: 'farsnews', weekday: 'دوشنبه',
    url: 'https://www.farsnews.ir/news/14040624000812/طلای-زارعی‌نیا-و-سلطانی‌فر-و-برنز-کاظم‌پور-در-روز-نخست-کشتی-آزاد-جهان',
    title: 'طلای زارعی‌نیا و سلطانی‌فر و برنز کاظم‌پور در روز نخست کشتی آزاد جهان',
    kicker: 'کشتی و وزنه‌برداری', date: '۲۴ شهریور ۱۴۰۴ - ۲۳:۴۰',
    lead: 'تیم ملی کشتی آزاد ایران در پایان روز نخست رقابت‌های قهرمانی جهان با کسب دو مدال طلا و یک مدال برنز به کار خود پایان داد.',
    paras: [
      'به گزارش خبرنگار ورزشی خبرگزاری فارس، رقابت‌های کشتی آزاد قهرمانی جهان ۲۰۲۵ امروز (دوشنبه) در شهر زاگرب کرواسی آغاز شد و در این روز رقابت‌های پنج وزن برگزار شد. امیرحسین زارعی‌نیا در وزن ۶۵ کیلوگرم و مهدی سلطانی‌فر در وزن ۹۲ کیلوگرم به مدال طلا رسیدند و علیرضا کاظم‌پور در وزن ۵۷ کیلوگرم صاحب مدال برنز شد.',
      'زارعی‌نیا در دیدار نهایی با نتیجه ۶ بر ۲ از سد حریف آمریکایی گذشت و سلطانی‌فر نیز در فینال با برتری ۱۰ بر صفر مقابل نماینده روسیه، دومین طلای کاروان ایران را قطعی کرد. کاظم‌پور هم که در مرحله نیمه‌نهایی مغلوب کشتی‌گیر ژاپنی شده بود، در دیدار رده‌بندی با نتیجه ۴ بر ۳ حریف گرجستانی خود را شکست داد.',
      'سرمربی تیم ملی کشتی آزاد پس از پایان مسابقات در گفت‌وگو با خبرنگار فارس اظهار کرد: روز خوبی را پشت سر گذاشتیم و بچه‌ها با وجود فشار سنگین مسابقات، طبق برنامه کشتی گرفتند. از ۱۰ کشتی‌گیر اعزامی، سه نفر امروز روی تشک رفتند و هر سه با مدال برگشتند که این نتیجه برای روحیه تیم بسیار ارزشمند است.',
      'رسول قنبری درباره عملکرد داوران نیز گفت: در یکی دو کشتی قضاوت‌ها به ضرر ما بود، اما کادر فنی با چالش‌های به‌موقع حق کشتی‌گیران را گرفت.',
      'وی افزود: فردا چهار کشتی‌گیر دیگر ما در اوزان ۶۱، ۷۴، ۸۶ و ۱۲۵ کیلوگرم به میدان می‌روند و امیدواریم این روند ادامه پیدا کند. حریفان روسی و آمریکایی در این اوزان بسیار قدرتمند هستند و کار سختی در پیش داریم.',
      'قنبری همچنین با اشاره به حضور تماشاگران ایرانی در سالن تصریح کرد: حمایت هموطنان مقیم اروپا دلگرمی بزرگی برای تیم بود و از همه آنها تشکر می‌کنم.',
      'حمید نوروزی، رئیس فدراسیون کشتی نیز که رقابت‌ها را از نزدیک دنبال می‌کرد، پس از پایان فینال‌ها به مدال‌آوران تبریک گفت و اعلام کرد پاداش هر مدال طلا ۵۰۰ میلیون تومان خواهد بود. به گفته نوروزی، فدراسیون برای قهرمانی تیمی در این دوره برنامه‌ریزی کرده و کسب دست‌کم ۱۵۰ امتیاز در رده‌بندی تیمی هدف‌گذاری شده است.',
      'گفتنی است تیم ملی کشتی آزاد ایران در دوره گذشته این رقابت‌ها با کسب ۱۴۲ امتیاز و سه مدال طلا پس از آمریکا در رده دوم جهان ایستاد. رقابت‌های کشتی آزاد تا چهارشنبه ۲۶ شهریور ادامه دارد و پس از آن فرنگی‌کاران به میدان خواهند رفت.',
    ],
    tags: ['کشتی آزاد', 'قهرمانی جهان', 'رسول قنبری', 'زاگرب'],
    caption: 'امیرحسین زارعی‌نیا پس از پیروزی در دیدار فینال', credit: 'عکاس: حامد ملک‌نیا',
    related: ['برنامه کامل کشتی‌گیران ایران در روز دوم رقابت‌های جهانی', 'قهرمانان مسابقات دستجات آزاد اسکیت سرعت و اینلاین هاکی مشخص شدند', 'کاراته قهرمانی رده‌های سنی آسیا| ۸ مدال برای نوجوانان ایران'],
    mostRead: ['فرصت ۵ روزه استقلال برای خرید بازیکن خارجی', 'خدابنده‌لو دیدار با فولاد را از دست داد', 'سعید مهری: خیلی پشیمانم به پرسپولیس آمدم!', 'تقابل آلومینیوم و خیبر برنده نداشت'],
    comments: [['علی از کرج', 'دست مریزاد به قهرمانان، فردا هم منتظر خبرهای خوب هستیم'], ['ناشناس', 'داوری فینال ۹۲ کیلو واقعا عجیب بود ولی خدا را شکر نتیجه گرفتیم']],
    source: WRITTEN,
    speakers: [
      { name: 'رسول قنبری', role: 'سرمربی تیم ملی کشتی آزاد', also_called: ['سرمربی تیم ملی کشتی آزاد', 'وی', 'قنبری'], statements: 4 },
      { name: 'حمید نوروزی', role: 'رئیس فدراسیون کشتی', also_called: ['نوروزی'], statements: 2 },
    ],
    speakers_never: ['امیرحسین زارعی‌نیا', 'مهدی سلطانی‌فر', 'علیرضا کاظم‌پور', 'خبرگزاری فارس'],
    figures: [
      { value: 2, unit: 'مدال', kind: 'count', about: 'lead: «دو مدال طلا»' },
      { value: 5, unit: 'وزن', kind: 'count', about: '«رقابت‌های پنج وزن برگزار شد»' },
      { value: 10, unit: 'کشتی‌گیر', kind: 'count', about: '«از ۱۰ کشتی‌گیر اعزامی»' },
      { value: 3, unit: 'نفر', kind: 'count', about: '«سه نفر امروز روی تشک رفتند»' },
      { value: 4, unit: 'کشتی‌گیر', kind: 'count', about: '«چهار کشتی‌گیر دیگر ما»' },
      { value: 500000000, unit: 'تومان', kind: 'money', about: 'پاداش هر مدال طلا (۵۰۰ میلیون تومان)' },
      { value: 150, unit: 'امتیاز', kind: 'count', about: 'هدف امتیاز تیمی' },
      { value: 142, unit: 'امتیاز', kind: 'count', about: 'امتیاز دوره گذشته' },
      { value: 3, unit: 'مدال', kind: 'count', about: '«سه مدال طلا» در دوره گذشته' },
    ],
    figures_never: [
      '«یک مدال برنز» (lead): lone «یک» (convention: never a figure)',
      '«وزن ۶۵ کیلوگرم», «۹۲ کیلوگرم», «۵۷ کیلوگرم», «اوزان ۶۱، ۷۴، ۸۶ و ۱۲۵ کیلوگرم»: weight-class names',
      '«۶ بر ۲», «۱۰ بر صفر», «۴ بر ۳»: scores',
      '«جهان ۲۰۲۵»: year (event name)', '«چهارشنبه ۲۶ شهریور»: date',
      '«روز نخست», «دومین طلای», «رده دوم»: ordinals', '«یکی دو کشتی»: vague', '«هر سه»: refers back to «سه نفر»',
    ],
    notes: [
      'The head coach is introduced by role only («سرمربی تیم ملی کشتی آزاد … اظهار کرد:») and named in the next paragraph («رسول قنبری … گفت:»): one person.',
      'statements: Ghanbari: اظهار کرد, گفت, وی افزود (one quote of two sentences), تصریح کرد = 4; Nowruzi: «به مدال‌آوران تبریک گفت و اعلام کرد …» (one sentence), «به گفته نوروزی …» = 2.',
      'The three medallists are only reported on, never quoted.',
    ],
  },
  {
    name: 'entekhab-metro-line10', site: 'entekhab', weekday: 'چهارشنبه',
    url: 'https://www.entekhab.ir/fa/news/912346/پیشرفت-۴۰-درصدی-خط-۱۰-متروی-تهران',
    title: 'پیشرفت ۴۰ درصدی خط ۱۰ متروی تهران؛ نخستین ایستگاه‌ها سال ۱۴۰۶ افتتاح می‌شود',
    kicker: 'شهری', date: '۲۶ شهریور ۱۴۰۴ - ۱۱:۲۰',
    lead: 'مدیرعامل شرکت راه‌آهن شهری تهران و حومه از پیشرفت 40 درصدی عملیات ساخت خط 10 مترو خبر داد و گفت نخستین قطعه این خط در سال 1406 به بهره‌برداری می‌رسد.',
    paras: [
      'به گزارش خبرنگار انتخاب، محسن رحیمی‌پور، مدیرعامل شرکت راه‌آهن شهری تهران و حومه، صبح امروز در بازدید از کارگاه ایستگاه میدان کاج به همراه علیرضا نادری، معاون حمل‌ونقل و ترافیک شهرداری تهران، گفت: عملیات حفاری تونل خط 10 با دو دستگاه حفار مکانیزه (TBM) از غرب به شرق در حال انجام است و تاکنون بیش از 11 کیلومتر از مسیر تونل حفاری شده است.',
      'وی با اشاره به اینکه طول کل این خط 43 کیلومتر است و 35 ایستگاه خواهد داشت، افزود: پیشرفت فیزیکی پروژه به حدود 40 درصد رسیده و اگر منابع مالی به‌موقع تأمین شود، نخستین قطعه خط با شش ایستگاه در نیمه دوم سال 1406 به بهره‌برداری می‌رسد.',
      'رحیمی‌پور هزینه تکمیل خط 10 را بیش از 70 همت برآورد کرد و گفت: تاکنون حدود 18 هزار میلیارد تومان برای این پروژه هزینه شده و سهم دولت از محل اوراق مشارکت و منابع صندوق توسعه ملی، کمتر از 15 درصد بوده است.',
      'مدیرعامل شرکت راه‌آهن شهری تهران ادامه داد: برای بهره‌برداری کامل از این خط به 210 واگن نیاز داریم که قرارداد ساخت 105 دستگاه آن با یک شرکت داخلی امضا شده و تحویل نخستین رام‌ها از سال آینده آغاز می‌شود.',
      'در همین حال، سمیه کاظمی، عضو کمیسیون عمران و حمل‌ونقل شورای شهر تهران، در گفت‌وگو با انتخاب تأکید کرد: ساکنان مناطق 5، 9 و 10 سال‌ها منتظر این خط بوده‌اند و شورا اجازه نمی‌دهد پروژه به دلیل کمبود بودجه متوقف شود.',
      'به گفته خانم کاظمی، در بودجه سال جاری شهرداری 9 هزار و 500 میلیارد تومان برای توسعه خطوط مترو پیش‌بینی شده که حدود 3 هزار میلیارد تومان آن به خط 10 اختصاص دارد.',
      'کاظمی افزود: پیش‌بینی می‌شود پس از تکمیل این خط، روزانه حدود 600 هزار سفر با آن انجام شود و بخشی از بار ترافیکی بزرگراه‌های غرب تهران کم شود.',
      'گفتنی است عملیات اجرایی خط 10 متروی تهران از سال 1398 آغاز شده و این خط پس از تکمیل، با هفت خط دیگر مترو تقاطع خواهد داشت.',
    ],
    tags: ['مترو تهران', 'خط ۱۰ مترو', 'شورای شهر تهران', 'حمل و نقل عمومی'],
    caption: 'دستگاه حفار مکانیزه در کارگاه ایستگاه میدان کاج', credit: 'عکس: ایرنا',
    related: ['بوستانی بدون آب نمی ماند', 'امضای تفاهم‌نامه همکاری کیش و پرشین خودرو برای توسعه و نوسازی ناوگان حمل‌ونقل عمومی جزیره', 'گرما تا چه روزی در تهران ماندگار است؟'],
    mostRead: ['حذف یارانه ۱۸ میلیون نفر قطعی شد/ از این تاریخ دیگر یارانه نقدی واریز نمی شود!', 'قیمت جدید طلا و سکه اول شهریورماه ۱۴۰۴/ شدت تغییر قیمت سکه تند شد', 'آمریکا برای پیدا کردن اورانیوم غنی‌شده ایران جاسوس فرستاد', 'ربوده شدن یک روحانی با سلاح گرم توسط افراد ناشناس + واکنش پلیس'],
    comments: [['رضا', 'این خط را از دهه نود وعده داده‌اند، ببینیم این بار واقعا تمام می‌شود یا نه'], ['ساکن منطقه ۹', 'لطفا ایستگاه‌های جنوب غرب را زودتر افتتاح کنید، ترافیک آزادی غیرقابل تحمل است']],
    source: WRITTEN,
    speakers: [
      { name: 'محسن رحیمی‌پور', role: 'مدیرعامل شرکت راه‌آهن شهری تهران و حومه', also_called: ['مدیرعامل شرکت راه‌آهن شهری تهران', 'وی', 'رحیمی‌پور'], statements: 5 },
      { name: 'سمیه کاظمی', role: 'عضو کمیسیون عمران و حمل‌ونقل شورای شهر تهران', also_called: ['خانم کاظمی', 'کاظمی'], statements: 3 },
    ],
    speakers_never: ['علیرضا نادری', 'صندوق توسعه ملی'],
    figures: [
      { value: 40, unit: 'درصد', kind: 'percent', about: 'پیشرفت فیزیکی (lead «40 درصدی» and body)' },
      { value: 2, unit: 'دستگاه', kind: 'count', about: '«دو دستگاه حفار مکانیزه»' },
      { value: 11, unit: 'کیلومتر', kind: 'measure', about: '«بیش از 11 کیلومتر» حفاری‌شده' },
      { value: 43, unit: 'کیلومتر', kind: 'measure', about: 'طول کل خط' },
      { value: 35, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های خط' },
      { value: 6, unit: 'ایستگاه', kind: 'count', about: '«نخستین قطعه خط با شش ایستگاه»' },
      { value: 70000000000000, unit: 'همت', kind: 'money', about: 'هزینه تکمیل «بیش از 70 همت»' },
      { value: 18000000000000, unit: 'تومان', kind: 'money', about: '«18 هزار میلیارد تومان» هزینه‌شده' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم دولت' },
      { value: 210, unit: 'واگن', kind: 'count', about: 'واگن مورد نیاز' },
      { value: 105, unit: 'دستگاه', kind: 'count', about: '«105 دستگاه آن» (واگن) under contract' },
      { value: 9500000000000, unit: 'تومان', kind: 'money', about: '«9 هزار و 500 میلیارد تومان» بودجه مترو' },
      { value: 3000000000000, unit: 'تومان', kind: 'money', about: '«3 هزار میلیارد تومان» سهم خط 10' },
      { value: 600000, unit: 'سفر', kind: 'count', about: 'سفر روزانه' },
      { value: 7, unit: 'خط', kind: 'count', about: '«با هفت خط دیگر مترو تقاطع»' },
    ],
    figures_never: [
      '«خط 10», «خط ۱۰» (title): the line name', '«مناطق 5، 9 و 10»: district numbers',
      '«سال 1406», «سال 1398», «۱۴۰۶» (title): years', '«نخستین قطعه», «نیمه دوم», «نخستین رام‌ها»: ordinals',
      '«یک شرکت داخلی»: indefinite', '«TBM»: not a number',
    ],
    notes: [
      'Latin digits in the body (Entekhab republishing an agency text), Persian digits in the title.',
      'statements: Rahimipour: lead «… خبر داد و گفت …» (one sentence, role only), گفت:, وی … افزود:, «… برآورد کرد و گفت:» (one sentence), «مدیرعامل شرکت راه‌آهن شهری تهران ادامه داد:» = 5; Kazemi: تأکید کرد:, «به گفته خانم کاظمی», افزود: = 3.',
      'Alireza Naderi is present at the visit but says nothing.',
      '«105 دستگاه آن» counts wagons with the classifier «دستگاه»; «2 دستگاه» are the boring machines: two distinct values with the same unit word.',
    ],
  },
  {
    name: 'donyaeqtesad-nonoil-trade', site: 'donyaeqtesad', weekday: 'سه‌شنبه',
    url: 'https://donya-e-eqtesad.com/بخش-تجارت-184/4219873-کاهش-۱۲-درصدی-ارزش-صادرات-غیرنفتی-در-پنج-ماه-نخست-امسال',
    title: 'کاهش ۱۲ درصدی ارزش صادرات غیرنفتی در پنج ماه نخست امسال',
    kicker: 'تجارت', date: '۲۵ شهریور ۱۴۰۴ - ۱۴:۰۵',
    lead: 'آمار گمرک ایران نشان می‌دهد ارزش صادرات غیرنفتی کشور در پنج ماه نخست ۱۴۰۴ نسبت به مدت مشابه سال قبل ۱۲ درصد کاهش یافته و به ۱۸ میلیارد و ۴۰۰ میلیون دلار رسیده است؛ در حالی که وزن کالاهای صادراتی افزایش داشته است.',
    paras: [
      'به گزارش دنیای اقتصاد، سخنگوی گمرک ایران روز سه‌شنبه در نشست خبری با اعلام آخرین آمار تجارت خارجی کشور گفت: از ابتدای فروردین تا پایان مرداد امسال ۵۴ میلیون و ۷۰۰ هزار تن کالا به ارزش ۱۸ میلیارد و ۴۰۰ میلیون دلار از کشور صادر شده که از نظر وزنی ۳ درصد افزایش و از نظر ارزشی ۱۲ درصد کاهش داشته است.',
      'حسین نوری‌زاد با بیان اینکه در همین مدت ۱۳ میلیون و ۲۰۰ هزار تن کالا به ارزش ۲۴ میلیارد و ۱۰۰ میلیون دلار وارد کشور شده، افزود: ارزش واردات ۴ درصد رشد داشته و به این ترتیب کسری تراز تجاری غیرنفتی کشور در پنج ماه به ۵ میلیارد و ۷۰۰ میلیون دلار رسیده است.',
      'وی چین، عراق، امارات، ترکیه و افغانستان را عمده‌ترین مقاصد صادراتی ایران عنوان کرد و گفت: چین با خرید ۴ میلیارد و ۹۰۰ میلیون دلار کالا همچنان نخستین خریدار کالاهای ایرانی است و عراق با ۳ میلیارد و ۸۰۰ میلیون دلار در رده دوم قرار دارد.',
      'سخنگوی گمرک درباره ترخیص کالاهای اساسی نیز توضیح داد: از ابتدای سال تاکنون ۱۱ میلیون و ۶۰۰ هزار تن کالای اساسی ترخیص شده و در حال حاضر حدود دو میلیون تن کالا در بنادر و گمرکات کشور در انتظار تخصیص ارز است.',
      '## کاهش قیمت‌ها، عامل اصلی افت ارزش صادرات',
      'کامران ندیمی، عضو هیئت نمایندگان اتاق بازرگانی تهران، در گفت‌وگو با دنیای اقتصاد کاهش ارزش صادرات را بیش از هر چیز ناشی از افت قیمت جهانی محصولات پتروشیمی و میعانات گازی می‌داند. به گفته او، متوسط قیمت هر تن کالای صادراتی ایران در این دوره به ۳۳۶ دلار رسیده که در مقایسه با سال گذشته حدود ۱۵ درصد کمتر است.',
      'ندیمی توضیح داد: وقتی بیش از نیمی از صادرات ما را مواد خام و نیمه‌خام تشکیل می‌دهد، هر نوسان قیمت در بازارهای جهانی مستقیماً به آمار صادرات منتقل می‌شود. تا زمانی که سهم کالاهای با ارزش افزوده بالا افزایش پیدا نکند، این آسیب‌پذیری باقی می‌ماند.',
      'این عضو اتاق تهران همچنین یادآور شد که الزام صادرکنندگان به بازگشت ۸۵ درصد ارز حاصل از صادرات از طریق مرکز مبادله، انگیزه صادرات را به‌ویژه برای بنگاه‌های کوچک کاهش داده است.',
      'یک فعال بخش خصوصی در حوزه صادرات مصالح ساختمانی نیز که نخواست نامش فاش شود، به دنیای اقتصاد گفت: صادرکنندگان کوچک با این نرخ ارز و هزینه‌های حمل دیگر توان رقابت در بازار عراق را ندارند.',
      'گفتنی است بر اساس گزارش گمرک، ۱۰ قلم عمده کالای صادراتی در این پنج ماه ۴۲ درصد از کل ارزش صادرات غیرنفتی را به خود اختصاص داده‌اند که گاز طبیعی مایع، پروپان و متانول در صدر آنها قرار دارند.',
    ],
    tags: ['گمرک', 'صادرات غیرنفتی', 'تراز تجاری', 'تجارت خارجی'],
    caption: 'کانتینرهای صادراتی در بندر شهید رجایی', credit: 'عکس: آرشیو دنیای اقتصاد',
    inline: 'بازار عراق از دست صادرکنندگان ایرانی خارج می‌شود؟',
    related: ['افزایش وزن و ارزش کالا‌های صادراتی از گمرک خسروی', 'سقف قیمت نفت صادرات روسیه را محدود نکرده است', 'چشم‌انداز مبهم مذاکرات تجاری آمریکا و کانادا'],
    mostRead: ['طلای جهانی در نقطه تاریخی/ رشد ۳۷ درصدی در کمتر از یکسال', 'اعتراض نمایندگان مجلس به افزایش قیمت کود/ آیا نرخ تسعیر ارز محور بررسی بودجه ۴۰۵ می‌شود؟', 'برنامه تویوتا برای تولید اولین خودروی تمام‌برقی در اروپا', 'آمادگی مهندسان ایرانی برای تولید هر تجهیز پالایشگاهی و پتروشیمی'],
    comments: [['صادرکننده', 'تا وقتی رفع تعهد ارزی این شکلی است وضع همین خواهد بود'], ['محمد', 'کاش آمار به تفکیک استان هم منتشر می‌شد']],
    source: WRITTEN,
    speakers: [
      { name: 'حسین نوری‌زاد', role: 'سخنگوی گمرک ایران', also_called: ['سخنگوی گمرک', 'وی', 'نوری‌زاد'], statements: 4 },
      { name: 'کامران ندیمی', role: 'عضو هیئت نمایندگان اتاق بازرگانی تهران', also_called: ['این عضو اتاق تهران', 'او', 'ندیمی'], statements: 4 },
    ],
    speakers_never: ['گمرک ایران', 'دنیای اقتصاد'],
    figures: [
      { value: 12, unit: 'درصد', kind: 'percent', about: 'کاهش ارزش صادرات (lead and body)' },
      { value: 18400000000, unit: 'دلار', kind: 'money', about: 'ارزش صادرات (۱۸ میلیارد و ۴۰۰ میلیون دلار)' },
      { value: 54700000, unit: 'تن', kind: 'measure', about: 'وزن صادرات (۵۴ میلیون و ۷۰۰ هزار تن)' },
      { value: 3, unit: 'درصد', kind: 'percent', about: 'افزایش وزنی' },
      { value: 13200000, unit: 'تن', kind: 'measure', about: 'وزن واردات' },
      { value: 24100000000, unit: 'دلار', kind: 'money', about: 'ارزش واردات' },
      { value: 4, unit: 'درصد', kind: 'percent', about: 'رشد ارزش واردات' },
      { value: 5700000000, unit: 'دلار', kind: 'money', about: 'کسری تراز تجاری' },
      { value: 4900000000, unit: 'دلار', kind: 'money', about: 'خرید چین' },
      { value: 3800000000, unit: 'دلار', kind: 'money', about: 'خرید عراق' },
      { value: 11600000, unit: 'تن', kind: 'measure', about: 'کالای اساسی ترخیص‌شده' },
      { value: 2000000, unit: 'تن', kind: 'measure', about: '«حدود دو میلیون تن» در انتظار ارز (word + scale)' },
      { value: 336, unit: 'دلار', kind: 'money', about: 'متوسط قیمت هر تن' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'افت قیمت هر تن' },
      { value: 85, unit: 'درصد', kind: 'percent', about: 'الزام بازگشت ارز' },
      { value: 10, unit: 'قلم', kind: 'count', about: '۱۰ قلم عمده کالا' },
      { value: 42, unit: 'درصد', kind: 'percent', about: 'سهم ۱۰ قلم عمده' },
    ],
    figures_never: [
      '«پنج ماه نخست», «در پنج ماه», «این پنج ماه»: durations', '«۱۴۰۴»: year',
      '«نخستین خریدار», «رده دوم»: ordinals', '«بیش از نیمی از»: vague fraction', '«هر تن» (no number)',
    ],
    notes: [
      'The spokesman is introduced by role («سخنگوی گمرک ایران … گفت:») and named in the next paragraph.',
      'statements: Nourizad: گفت:, «با بیان اینکه … افزود:» (one sentence), «… عنوان کرد و گفت:» (one sentence), توضیح داد: = 4; Nadimi: «… ناشی از … می‌داند» (his view), «به گفته او», «ندیمی توضیح داد:» (two-sentence quote, once), «یادآور شد که …» = 4.',
      'The lead is the paper\'s summary of customs data («آمار گمرک نشان می‌دهد»), no person. The private-sector exporter «که نخواست نامش فاش شود» is unnamed: not a speaker. The body has a subheading line, part of the text.',
    ],
  },
  {
    name: 'eghtesadonline-wheat-purchase', site: 'eghtesadonline',
    url: 'https://www.eghtesadonline.com/بخش-کشاورزی-12/1052348-خرید-تضمینی-گندم-از-۷-میلیون-تن-گذشت',
    title: 'خرید تضمینی گندم از ۷ میلیون تن گذشت',
    kicker: 'کشاورزی', date: '۲ شهریور ۱۴۰۴ - ۱۰:۳۵',
    lead: 'مدیرعامل شرکت بازرگانی دولتی ایران از خرید بیش از هفت میلیون و ۲۰۰ هزار تن گندم از کشاورزان از ابتدای فصل برداشت امسال خبر داد.',
    paras: [
      'به گزارش اقتصادآنلاین به نقل از ایرنا، بهروز صدرایی، مدیرعامل شرکت بازرگانی دولتی ایران، اظهار کرد: تاکنون ۷ میلیون و ۲۰۰ هزار تن گندم از گندمکاران خریداری شده و ارزش این خرید به حدود ۱۴۷ همت می‌رسد.',
      'وی افزود: از این مبلغ بیش از ۱۲۰ همت به حساب کشاورزان واریز شده و باقی مطالبات آنها تا پایان شهریور پرداخت خواهد شد.',
      'صدرایی با اشاره به نرخ خرید تضمینی هر کیلوگرم گندم در سال زراعی جاری که ۲۰ هزار و ۵۰۰ تومان تعیین شده بود، ادامه داد: استان‌های خوزستان، گلستان، فارس و خراسان رضوی به ترتیب بیشترین سهم را در خرید تضمینی داشته‌اند و خوزستان به‌تنهایی یک میلیون و ۴۰۰ هزار تن گندم تحویل داده است.',
      'مدیرعامل شرکت بازرگانی دولتی ایران درباره کیفیت گندم امسال گفت: به دلیل خشکسالی و کاهش ۴۰ درصدی بارندگی در برخی استان‌ها، عملکرد مزارع دیم افت کرده اما کیفیت گندم تحویلی مطلوب است و نیازی به واردات گسترده نخواهیم داشت.',
      'در مقابل، غلامرضا میرزایی، دبیر بنیاد ملی گندمکاران، به اقتصادآنلاین گفت: تأخیر در پرداخت پول گندم، کشاورزان را برای خرید نهاده و بذر کشت پاییزه با مشکل روبه‌رو کرده است.',
      'به گفته میرزایی، هزینه تولید هر هکتار گندم آبی امسال به بیش از ۱۲۰ میلیون تومان رسیده و با نرخ فعلی، سود گندمکاران بسیار ناچیز است.',
      'او تأکید کرد: نرخ خرید تضمینی سال آینده باید دست‌کم ۳۰ درصد افزایش یابد، در غیر این صورت بخشی از کشاورزان کشت گندم را کنار می‌گذارند و به سراغ محصولات پرآب‌بر و سودآورتر می‌روند.',
      'گفتنی است سطح زیر کشت گندم در سال زراعی ۱۴۰۳-۱۴۰۴ حدود پنج میلیون و ۸۰۰ هزار هکتار بوده و وزارت جهاد کشاورزی پیش از آغاز برداشت، تولید ۱۱ میلیون تن گندم را پیش‌بینی کرده بود.',
    ],
    tags: ['گندم', 'خرید تضمینی', 'شرکت بازرگانی دولتی ایران', 'کشاورزان'],
    caption: 'برداشت گندم در یکی از مزارع دشت آزادگان', credit: 'عکس: تسنیم',
    inline: 'نرخ خرید تضمینی گندم ۱۴۰۵ چقدر می‌شود؟',
    related: ['سطح زیر کشت جو ۲۲ درصد کاهش یافت', 'سیستان و بلوچستان رتبه اول کشوری در تخصیص اعتبارات پرواربندی', 'اعتراض نمایندگان مجلس به افزایش قیمت کود/ آیا نرخ تسعیر ارز محور بررسی بودجه ۴۰۵ می‌شود؟'],
    mostRead: ['قیمت جدید طلا و سکه اول شهریورماه ۱۴۰۴/ شدت تغییر قیمت سکه تند شد', 'حذف یارانه ۱۸ میلیون نفر قطعی شد/ از این تاریخ دیگر یارانه نقدی واریز نمی شود!', 'گام بلند فولادسل برای دیجیتالی‌ کردن بازار سنتی آهن در ایران', 'برق هیچ خانه‌ای با داشتن نیروگاه خورشیدی خاموش نمی‌شود'],
    comments: [['کشاورز خوزستانی', 'هنوز پول گندم تیرماه ما را نداده‌اند، این آمار واریز از کجا آمده؟'], ['حسین', 'با این نرخ کود و سم، کاشت گندم دیگر صرف ندارد']],
    source: WRITTEN,
    speakers: [
      { name: 'بهروز صدرایی', role: 'مدیرعامل شرکت بازرگانی دولتی ایران', also_called: ['وی', 'صدرایی'], statements: 5 },
      { name: 'غلامرضا میرزایی', role: 'دبیر بنیاد ملی گندمکاران', also_called: ['میرزایی', 'او'], statements: 3 },
    ],
    speakers_never: ['ایرنا', 'وزارت جهاد کشاورزی'],
    figures: [
      { value: 7200000, unit: 'تن', kind: 'measure', about: '«هفت میلیون و ۲۰۰ هزار تن» (lead, word + digits) = «۷ میلیون و ۲۰۰ هزار تن» (body)' },
      { value: 147000000000000, unit: 'همت', kind: 'money', about: 'ارزش خرید' },
      { value: 120000000000000, unit: 'همت', kind: 'money', about: 'واریزشده' },
      { value: 20500, unit: 'تومان', kind: 'money', about: 'نرخ هر کیلوگرم (۲۰ هزار و ۵۰۰ تومان)' },
      { value: 1400000, unit: 'تن', kind: 'measure', about: 'تحویل خوزستان (یک میلیون و ۴۰۰ هزار تن)' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«کاهش ۴۰ درصدی بارندگی»' },
      { value: 120000000, unit: 'تومان', kind: 'money', about: 'هزینه تولید هر هکتار' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'افزایش پیشنهادی نرخ' },
      { value: 5800000, unit: 'هکتار', kind: 'measure', about: 'سطح زیر کشت (پنج میلیون و ۸۰۰ هزار هکتار)' },
      { value: 11000000, unit: 'تن', kind: 'measure', about: 'پیش‌بینی تولید' },
    ],
    figures_never: ['«سال زراعی ۱۴۰۳-۱۴۰۴»: years', '«پایان شهریور»: date', '«هر کیلوگرم», «هر هکتار»: no number', '«۷ میلیون تن» (title only; the body has the exact 7.2 million)'],
    notes: [
      'statements: Sadraei: lead «… خبر داد» (role only), اظهار کرد:, وی افزود:, ادامه داد:, «مدیرعامل شرکت بازرگانی دولتی ایران … گفت:» = 5; Mirzaei: گفت:, «به گفته میرزایی», «او تأکید کرد:» = 3.',
      '«۱۲۰ همت» (money paid) and «۱۲۰ میلیون تومان» (cost per hectare) are different values.',
    ],
  },
  {
    name: 'euronews-sudan-refugees-aid', site: 'euronews',
    url: 'https://parsi.euronews.com/2025/09/11/eu-allocates-120-million-euros-sudanese-refugees-chad',
    title: 'اتحادیه اروپا ۱۲۰ میلیون یورو برای پناهجویان سودانی اختصاص داد',
    kicker: 'جهان', date: '۲۰ شهریور ۱۴۰۴ - ۱۶:۴۵',
    lead: 'کمیسیون اروپا اعلام کرد بسته‌ای ۱۲۰ میلیون یورویی برای کمک به پناهجویان سودانی در چاد و دیگر کشورهای همسایه سودان اختصاص می‌دهد؛ کمکی که سازمان‌های امدادی می‌گویند تنها بخش کوچکی از نیاز فوری منطقه را پوشش می‌دهد.',
    paras: [
      'ایوا هرناندز، سخنگوی کمیسیون اروپا در امور کمک‌های بشردوستانه، روز پنجشنبه در بروکسل به خبرنگاران گفت: «این بسته شامل غذا، آب آشامیدنی، خدمات درمانی و سرپناه برای بیش از ۸۰۰ هزار نفر است و ۳۵ میلیون یورو از آن مستقیماً در اختیار برنامه جهانی غذا قرار می‌گیرد.»',
      'به گفته خانم هرناندز، اتحادیه اروپا از آغاز جنگ داخلی سودان در آوریل ۲۰۲۳ تاکنون در مجموع بیش از ۹۵۰ میلیون یورو به سودان و کشورهای میزبان پناهجویان سودانی کمک کرده است. او افزود که بروکسل از دیگر کمک‌کنندگان بین‌المللی می‌خواهد «پیش از فصل باران‌های سنگین» به تعهدات خود عمل کنند.',
      'جنگ میان ارتش سودان و نیروهای واکنش سریع که بیش از دو سال است ادامه دارد، به گفته سازمان ملل متحد بزرگ‌ترین بحران آوارگی جهان را رقم زده است. بر اساس آخرین آمار کمیساریای عالی سازمان ملل در امور پناهندگان، نزدیک به ۱۲ میلیون نفر در داخل و خارج سودان آواره شده‌اند و حدود ۸۶۰ هزار نفر از آنان به چاد پناه برده‌اند.',
      'پاتریک موانگی، نماینده کمیساریای عالی پناهندگان در چاد، در گفت‌وگو با یورونیوز از وضعیت اردوگاه‌های شرق این کشور ابراز نگرانی کرد و گفت: «در برخی اردوگاه‌ها به ازای هر ۲۵۰ نفر تنها یک توالت وجود دارد و هر نفر روزانه کمتر از ۱۰ لیتر آب دریافت می‌کند. این بسیار پایین‌تر از حداقل استانداردهای انسانی است.»',
      'آقای موانگی هشدار داد که با نزدیک شدن اوج فصل باران، خطر شیوع وبا در اردوگاه‌ها افزایش یافته است. او گفت: «از ابتدای ژوئیه تاکنون ۱۴۰ مورد ابتلا به وبا در منطقه ادره ثبت شده و دست‌کم ۹ نفر جان خود را از دست داده‌اند.»',
      'برنامه جهانی غذا نیز پیش‌تر اعلام کرده بود که به دلیل کمبود بودجه، جیره غذایی پناهجویان در چاد را تا ۵۰ درصد کاهش داده است. این سازمان می‌گوید برای ادامه کمک‌رسانی تا پایان سال جاری میلادی به ۲۸۰ میلیون دلار نیاز دارد.',
      'در همین حال، تلاش‌های میانجی‌گری برای برقراری آتش‌بس میان عبدالفتاح البرهان، فرمانده ارتش سودان، و محمد حمدان دقلو، فرمانده نیروهای واکنش سریع، همچنان بی‌نتیجه مانده است. نشست هفته گذشته میانجی‌گران در جده نیز بدون توافق به پایان رسید.',
    ],
    tags: ['سودان', 'چاد', 'اتحادیه اروپا', 'پناهجویان', 'کمک‌های بشردوستانه'],
    caption: 'زنان و کودکان سودانی در صف دریافت آب در اردوگاهی در شرق چاد', credit: 'Copyright 2025 The Associated Press. All rights reserved',
    inline: 'محاصره الفاشر؛ هشدار سازمان ملل درباره قحطی در دارفور',
    related: ['تاکید بر همدستی دولت انگلیس با رژیم صهیونیستی در ارتکاب جنایات علیه مردم غزه', 'تهدیدهای نظامی و اقتصادی جدید آمریکا علیه دولت لبنان', 'ارمنستان آماده اجرای «مسیر ترامپ» می‌شود'],
    mostRead: ['عضر ارشد حماس دست نتانیاهو را رو کرد', 'آغاز مجدد پروازهای باکو - تبریز و باکو-تهران', 'برنامه تویوتا برای تولید اولین خودروی تمام‌برقی در اروپا', 'چشم‌انداز مبهم مذاکرات تجاری آمریکا و کانادا'],
    comments: [], source: WRITTEN,
    speakers: [
      { name: 'ایوا هرناندز', role: 'سخنگوی کمیسیون اروپا در امور کمک‌های بشردوستانه', also_called: ['خانم هرناندز', 'او'], statements: 3 },
      { name: 'پاتریک موانگی', role: 'نماینده کمیساریای عالی پناهندگان در چاد', also_called: ['آقای موانگی', 'او'], statements: 3 },
    ],
    speakers_never: ['عبدالفتاح البرهان', 'محمد حمدان دقلو', 'کمیسیون اروپا', 'برنامه جهانی غذا', 'سازمان ملل متحد'],
    figures: [
      { value: 120000000, unit: 'یورو', kind: 'money', about: '«بسته‌ای ۱۲۰ میلیون یورویی» (lead; title)' },
      { value: 800000, unit: 'نفر', kind: 'count', about: 'بیش از ۸۰۰ هزار نفر' },
      { value: 35000000, unit: 'یورو', kind: 'money', about: 'سهم برنامه جهانی غذا' },
      { value: 950000000, unit: 'یورو', kind: 'money', about: 'کمک از آوریل ۲۰۲۳' },
      { value: 12000000, unit: 'نفر', kind: 'count', about: 'آوارگان' },
      { value: 860000, unit: 'نفر', kind: 'count', about: 'پناه‌برده به چاد' },
      { value: 250, unit: 'نفر', kind: 'count', about: '«به ازای هر ۲۵۰ نفر»' },
      { value: 10, unit: 'لیتر', kind: 'measure', about: 'آب روزانه هر نفر' },
      { value: 140, unit: 'مورد', kind: 'count', about: 'موارد وبا' },
      { value: 9, unit: 'نفر', kind: 'count', about: 'جان‌باختگان وبا' },
      { value: 50, unit: 'درصد', kind: 'percent', about: 'کاهش جیره' },
      { value: 280000000, unit: 'دلار', kind: 'money', about: 'نیاز برنامه جهانی غذا' },
    ],
    figures_never: ['«آوریل ۲۰۲۳», «ابتدای ژوئیه»: dates', '«بیش از دو سال»: duration', '«تنها یک توالت»: lone «یک»', '«هفته گذشته», «روز پنجشنبه»: dates'],
    notes: [
      'No «به گزارش» opening: Euronews writes its own copy; the lead is shown in bold as the first paragraph of the article content. The photo caption sits above the body.',
      'statements: Hernandez: گفت: «…», «به گفته خانم هرناندز», «او افزود که … می‌خواهد …» = 3; Mwangi: «… ابراز نگرانی کرد و گفت: «…»» (one sentence, two-sentence quote), «هشدار داد که …», «او گفت: «…»» = 3.',
      '«کمیسیون اروپا اعلام کرد», «سازمان ملل», «برنامه جهانی غذا … اعلام کرده بود», «سازمان‌های امدادی می‌گویند» are organisations, not people. Burhan and Dagalo are only mentioned.',
    ],
  },
  {
    name: 'radiofarda-drug-shortage', site: 'radiofarda', utc: '2025-09-13T10:50:00Z',
    url: 'https://www.radiofarda.com/a/iran-drug-shortage-pharmacies-insurance-debt/33534567.html',
    title: 'کمبود بیش از ۲۰۰ قلم دارو در ایران؛ داروخانه‌ها زیر بار بدهی بیمه‌ها',
    kicker: 'ایران', date: '۲۲ شهریور ۱۴۰۴ - ۱۴:۲۰',
    paras: [
      'رئیس انجمن داروسازان ایران می‌گوید شمار اقلام دارویی کمیاب در کشور از ۲۰۰ قلم گذشته و بیماران برای تهیه برخی داروهای اساسی ناچار به مراجعه به بازار آزاد شده‌اند.',
      'سید حمید رضوانی روز شنبه، ۲۲ شهریور، به خبرگزاری ایلنا گفت بدهی سازمان‌های بیمه‌گر و دانشگاه‌های علوم پزشکی به داروخانه‌ها و شرکت‌های پخش به بیش از ۶۰ هزار میلیارد تومان رسیده و همین بدهی‌ها چرخه تأمین دارو را مختل کرده است.',
      'به گفته آقای رضوانی، حدود ۴۰ درصد از داروخانه‌های کشور با زیان کار می‌کنند و در شش ماه گذشته دست‌کم ۳۰۰ داروخانه تعطیل شده‌اند.',
      'او افزود: «مشکل اصلی کمبود مواد اولیه نیست، مشکل نقدینگی است. شرکتی که شش ماه پول نگرفته، نمی‌تواند مواد اولیه وارد کند و خط تولیدش می‌خوابد.»',
      'در مقابل، رضا قاسمی‌نژاد، معاون وزیر بهداشت و رئیس سازمان غذا و دارو، کمبودها را «مقطعی» خوانده و گفته است ۹۵ درصد داروهای مورد نیاز کشور در داخل تولید می‌شود.',
      'معاون وزیر بهداشت همچنین به خبرگزاری ایسنا گفته است که برای واردات داروهای خاص و مواد اولیه دارویی در سال جاری یک میلیارد و ۸۰۰ میلیون دلار ارز ترجیحی اختصاص یافته است.',
      'موضوع کمبود دارو هفته گذشته در جلسه غیرعلنی مجلس نیز مطرح شد؛ جلسه‌ای که به درخواست کمیسیون بهداشت و با حضور محمدرضا ظفرقندی، وزیر بهداشت، برگزار شد. گزارشی از جزئیات این جلسه منتشر نشده است.',
      'یک بیمار مبتلا به ام‌اس در تهران به رادیو فردا گفت برای تهیه آمپول اینترفرون ناچار است ماهانه بیش از ۱۵ میلیون تومان به بازار آزاد بپردازد، در حالی که قیمت همین دارو با پوشش بیمه کمتر از دو میلیون تومان است.',
      'بر اساس گزارش مرکز پژوهش‌های مجلس، سهم دارو و درمان از سبد هزینه خانوارهای دهک‌های پایین در سه سال گذشته تقریباً دو برابر شده است.',
    ],
    tags: ['دارو', 'سازمان غذا و دارو', 'داروخانه', 'بیمه'],
    caption: 'صف بیماران مقابل یک داروخانه در مرکز تهران (عکس از آرشیو)', credit: 'عکس: ایسنا',
    inline: 'بدهی ۵۰ هزار میلیاردی بیمه‌ها به داروخانه‌ها؛ بیماران سرگردان',
    related: ['شیوع کرونا میان زائران اربعین؛ ۴۰ درصد تست‌ها مثبت شد', 'رئیس انجمن علمی مددکاری اجتماعی: آن که غم نان سر سفره خود را دارد فکر دندانپزشکی نیست', 'مراقب بیماری مسری «سرماخوردگی چشمی» باشید'],
    mostRead: ['آمریکا برای پیدا کردن اورانیوم غنی‌شده ایران جاسوس فرستاد', 'کنکور در انتظار بازنگری سهمیه ها ؛ این کلاف به زودی باز می‌شود', 'جنجال دریافتی ۹۷۰۰۰۰۰۰ تومانی خانم مدیر؛ فیش نادره رضایی تائید شد | اصل ماجرا چیست؟', 'این پشه برای جنوب کشور دردسرساز نشود!'],
    comments: [], source: WRITTEN,
    speakers: [
      { name: 'سید حمید رضوانی', role: 'رئیس انجمن داروسازان ایران', also_called: ['آقای رضوانی', 'او'], statements: 4 },
      { name: 'رضا قاسمی‌نژاد', role: 'معاون وزیر بهداشت و رئیس سازمان غذا و دارو', also_called: ['معاون وزیر بهداشت', 'رئیس سازمان غذا و دارو'], statements: 2 },
    ],
    speakers_never: ['محمدرضا ظفرقندی', 'ایلنا', 'ایسنا', 'رادیو فردا'],
    figures: [
      { value: 200, unit: 'قلم', kind: 'count', about: 'اقلام دارویی کمیاب (also in the title)' },
      { value: 60000000000000, unit: 'تومان', kind: 'money', about: 'بدهی بیمه‌ها (۶۰ هزار میلیارد تومان)' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'داروخانه‌های زیان‌ده' },
      { value: 300, unit: 'داروخانه', kind: 'count', about: 'داروخانه‌های تعطیل‌شده' },
      { value: 95, unit: 'درصد', kind: 'percent', about: 'تولید داخل' },
      { value: 1800000000, unit: 'دلار', kind: 'money', about: 'ارز ترجیحی (یک میلیارد و ۸۰۰ میلیون دلار)' },
      { value: 15000000, unit: 'تومان', kind: 'money', about: 'هزینه ماهانه در بازار آزاد' },
      { value: 2000000, unit: 'تومان', kind: 'money', about: '«کمتر از دو میلیون تومان» با بیمه' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«تقریباً دو برابر شده»' },
    ],
    figures_never: ['«روز شنبه، ۲۲ شهریور»: date', '«شش ماه گذشته», «شش ماه», «سه سال گذشته»: durations', '«هفته گذشته»: date', '«۵۰ هزار میلیاردی» (in-body link box, not article text)'],
    notes: [
      'Radio Farda style: no «به گزارش» opening; the first paragraph attributes by role only («رئیس انجمن داروسازان ایران می‌گوید …»), the name comes in the second.',
      'statements: Rezvani: می‌گوید, «… به خبرگزاری ایلنا گفت …» (indirect), «به گفته آقای رضوانی», «او افزود: «…»» (two-sentence quote, once) = 4; Ghaseminejad: «… را «مقطعی» خوانده و گفته است …» (one sentence), «معاون وزیر بهداشت همچنین … گفته است که …» = 2.',
      'The MS patient is unnamed, not a speaker; the health minister Zafarghandi is only mentioned. The page\'s <time datetime> is in UTC (10:50Z = 14:20 Tehran).',
    ],
  },
  {
    name: 'shargh-tehran-dams', site: 'shargh', zwnjLost: true, author: 'مریم شکرانی',
    url: 'https://www.sharghdaily.com/بخش-جامعه-3/1004512-ذخایر-سدهای-تهران-به-۱۳-درصد-رسید',
    title: 'ذخایر سدهای تهران به ۱۳ درصد رسید',
    kicker: 'جامعه', date: '۲۷ شهریور ۱۴۰۴ - ۰۸:۳۰',
    lead: 'حجم آب پشت پنج سد تأمین‌کننده آب تهران به کمتر از ۲۵۰ میلیون مترمکعب رسیده است؛ رقمی که به گفته مسئولان آب استان در شش دهه گذشته بی‌سابقه بوده است.',
    paras: [
      'به گزارش شرق، مدیرعامل شرکت آب منطقه‌ای تهران دیروز در نشستی خبری اعلام کرد حجم آب ذخیره‌شده در سدهای امیرکبیر، لار، لتیان، طالقان و ماملو به ۲۴۶ میلیون مترمکعب رسیده که تنها ۱۳ درصد ظرفیت آنهاست.',
      'بهزاد پارسانژاد با اشاره به اینکه بارش‌های سال آبی گذشته در حوضه آبریز تهران ۴۰ درصد کمتر از میانگین بلندمدت بوده، افزود: ورودی سدها در این مدت نسبت به سال قبل ۴۳ درصد کاهش یافته و سد لار عملاً به حجم مرده رسیده است.',
      'وی ادامه داد: مصرف روزانه آب تهران در روزهای گرم تابستان به سه میلیون و ۱۰۰ هزار مترمکعب رسید، در حالی که ظرفیت مطمئن تأمین ما حدود دو میلیون و ۶۰۰ هزار مترمکعب در روز است.',
      'پارسانژاد تصریح کرد: اگر تا پایان آبان بارندگی مؤثری نداشته باشیم، برنامه‌های کاهش فشار آب در ساعات شب ادامه پیدا می‌کند و ممکن است به ساعات روز هم کشیده شود.',
      '## کارشناسان: مشکل فقط خشکسالی نیست',
      'اما کارشناسان معتقدند بحران آب تهران تنها نتیجه کم‌بارشی نیست. ناصر کریمی‌مقدم، استاد مهندسی منابع آب دانشگاه تهران، در گفت‌وگو با شرق اظهارکرد: جمعیت تهران در سه دهه گذشته نزدیک به دو برابر شده، اما منابع آب تجدیدپذیر حوضه ثابت مانده یا حتی کم شده است.',
      'این استاد دانشگاه با بیان اینکه برداشت بی‌رویه از آبخوان‌های دشت تهران سالانه تا ۲۰ سانتی‌متر فرونشست زمین در برخی مناطق جنوبی پایتخت ایجاد کرده است، گفت: انتقال آب از سدهای دوردست راه‌حل کوتاه‌مدت است و بدون اصلاح الگوی مصرف و کاهش هدررفت شبکه که حدود ۲۵ درصد است، هیچ طرحی کارساز نخواهد بود.',
      'به باور کریمی‌مقدم، افزایش تعرفه آب برای مشترکان پرمصرف که از سوی وزارت نیرو مطرح شده، تنها در صورتی نتیجه می‌دهد که کنتورهای هوشمند در سطح گسترده نصب شود.',
      'گفتنی است بر اساس اعلام شرکت آب و فاضلاب استان تهران، حدود ۸۰۰ هزار مشترک در تهران الگوی مصرف را رعایت نمی‌کنند و از ابتدای تابستان تاکنون برای ۱۲ هزار مشترک پرمصرف اخطار صادر شده است.',
    ],
    tags: ['بحران آب', 'سدهای تهران', 'خشکسالی', 'فرونشست'],
    caption: 'دریاچه پشت سد امیرکبیر در شهریور امسال', credit: 'عکس: مهر',
    related: ['گرما تا چه روزی در تهران ماندگار است؟', 'بوستانی بدون آب نمی ماند', 'برق هیچ خانه‌ای با داشتن نیروگاه خورشیدی خاموش نمی‌شود'],
    mostRead: ['۱۶۶ میلیون سفر تابستانی و ۲۷۰۰ کشته در ۷۵ روز تابستان', 'کنکور در انتظار بازنگری سهمیه ها ؛ این کلاف به زودی باز می‌شود', 'اظهارات سران قوا در هفته‌ای که گذشت/ بازتاب این اظهارات چه بود؟', 'عوامل خطر خودکشی در میان دانشجویان علوم پزشکی'],
    comments: [['نرگس', 'تا وقتی آب تقریبا مجانی است کسی صرفه‌جویی نمی‌کند'], ['بهمن', 'فشار آب شب‌ها در غرب تهران عملا صفر است و کسی پاسخگو نیست']],
    source: { ...WRITTEN, zwnj_lost: true },
    speakers: [
      { name: 'بهزاد پارسانژاد', role: 'مدیرعامل شرکت آب منطقه‌ای تهران', also_called: ['وی', 'پارسانژاد'], statements: 4 },
      { name: 'ناصر کریمی‌مقدم', role: 'استاد مهندسی منابع آب دانشگاه تهران', also_called: ['این استاد دانشگاه', 'کریمی‌مقدم'], statements: 3 },
    ],
    speakers_never: ['امیرکبیر', 'مریم شکرانی', 'وزارت نیرو'],
    figures: [
      { value: 5, unit: 'سد', kind: 'count', about: 'lead: «پنج سد تأمین‌کننده»' },
      { value: 250000000, unit: 'مترمکعب', kind: 'measure', about: 'lead: «کمتر از ۲۵۰ میلیون مترمکعب»' },
      { value: 246000000, unit: 'مترمکعب', kind: 'measure', about: 'حجم ذخیره سدها' },
      { value: 13, unit: 'درصد', kind: 'percent', about: 'پرشدگی سدها (also title)' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'کاهش بارش' },
      { value: 43, unit: 'درصد', kind: 'percent', about: 'کاهش ورودی سدها' },
      { value: 3100000, unit: 'مترمکعب', kind: 'measure', about: 'مصرف روزانه (سه میلیون و ۱۰۰ هزار)' },
      { value: 2600000, unit: 'مترمکعب', kind: 'measure', about: 'ظرفیت مطمئن (دو میلیون و ۶۰۰ هزار)' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«نزدیک به دو برابر شده»' },
      { value: 20, unit: 'سانتی‌متر', kind: 'measure', about: 'فرونشست سالانه' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'هدررفت شبکه' },
      { value: 800000, unit: 'مشترک', kind: 'count', about: 'مشترکان پرمصرف' },
      { value: 12000, unit: 'مشترک', kind: 'count', about: 'اخطارها' },
    ],
    figures_never: ['«شش دهه گذشته», «سه دهه گذشته»: durations', '«پایان آبان», «ابتدای تابستان», «سال آبی گذشته»: dates'],
    notes: [
      'ZWNJ deleted from the whole page like the seed («برنامههای», «میشود», «کریمیمقدم», «سانتیمتر»); gold body and title are as shown, names and roles are given in clean form (compared ZWNJ-insensitively). The verb «اظهارکرد» is glued as in the source.',
      'statements: Parsanejad: «مدیرعامل شرکت آب منطقه‌ای تهران … اعلام کرد …» (role only), «با اشاره به اینکه … افزود:» (one sentence), وی ادامه داد:, تصریح کرد: = 4; Karimi-Moghaddam: اظهارکرد:, «این استاد دانشگاه با بیان اینکه … گفت:» (one sentence), «به باور کریمی‌مقدم» = 3.',
      '«به گفته مسئولان آب استان» (lead) and «کارشناسان معتقدند» are unnamed groups. «امیرکبیر» here is a dam. The reporter byline (مریم شکرانی) is outside the body.',
    ],
  },
  {
    name: 'digiato-nanofiber-dressing', site: 'digiato', author: 'مهسا صالحی',
    url: 'https://digiato.com/science/iranian-researchers-nanofiber-diabetic-wound-dressing',
    title: 'پژوهشگران ایرانی پانسمان نانوالیافی برای زخم پای دیابتی ساختند',
    kicker: 'علم', date: '۱۸ شهریور ۱۴۰۴ - ۱۳:۱۰',
    paras: [
      'پژوهشگران پژوهشگاه رویان و دانشگاه صنعتی امیرکبیر موفق به ساخت نوعی پانسمان زیست‌تخریب‌پذیر از نانوالیاف شده‌اند که به گفته سازندگانش، زمان ترمیم زخم‌های پای دیابتی را تا 35 درصد کاهش می‌دهد.',
      'نتایج این پژوهش که در نشریه Journal of Biomaterials Applications منتشر شده، نشان می‌دهد پانسمان جدید در آزمایش روی 48 نمونه حیوانی، زمان بسته شدن زخم را به‌طور میانگین از 21 روز به 14 روز رسانده است.',
      'دکتر لیلا منصوری‌فر، عضو هیئت علمی پژوهشگاه رویان و مجری طرح، در گفت‌وگو با دیجیاتو توضیح داد: این پانسمان از سه لایه ساخته شده است؛ لایه میانی حاوی نانوذرات نقره و عصاره گیاه بابونه است که به‌تدریج آزاد می‌شود و از عفونت زخم جلوگیری می‌کند.',
      'او افزود: قطر هر رشته از این نانوالیاف حدود 200 نانومتر است و ساختار متخلخل پانسمان، تبادل اکسیژن را بدون خشک کردن بستر زخم ممکن می‌کند.',
      'به گفته منصوری‌فر، هزینه تولید هر عدد از این پانسمان‌ها در مقیاس آزمایشگاهی حدود 180 هزار تومان است که در تولید انبوه به کمتر از نصف کاهش می‌یابد؛ در حالی که نمونه‌های وارداتی مشابه بیش از 1.2 میلیون تومان قیمت دارند.',
      '## مرحله بعد: کارآزمایی بالینی',
      'محمدرضا اکبری، استادیار دانشکده مهندسی پزشکی دانشگاه صنعتی امیرکبیر و دیگر عضو این تیم، می‌گوید مرحله بعدی، کارآزمایی بالینی روی 60 بیمار دیابتی در دو بیمارستان تهران است که مجوز آن از کمیته اخلاق گرفته شده است.',
      'اکبری درباره زمان ورود محصول به بازار گفت: اگر نتایج کارآزمایی بالینی مطابق انتظار باشد، امیدواریم ظرف 2 سال آینده با همکاری یک شرکت دانش‌بنیان، تولید صنعتی را آغاز کنیم.',
      'بر اساس برآورد فدراسیون بین‌المللی دیابت، حدود 5.5 میلیون نفر در ایران به دیابت مبتلا هستند و تخمین زده می‌شود 15 تا 25 درصد از بیماران دیابتی در طول عمر خود به زخم پای دیابتی دچار شوند.',
      'این طرح با حمایت ستاد توسعه فناوری‌های نانو اجرا شده و درخواست ثبت اختراع آن نیز به اداره ثبت اختراعات ایران ارائه شده است.',
    ],
    tags: ['نانوفناوری', 'دیابت', 'پژوهشگاه رویان', 'پزشکی'],
    caption: 'تصویر میکروسکوپ الکترونی از نانوالیاف پانسمان', credit: 'عکس: روابط عمومی پژوهشگاه رویان',
    inline: 'پژوهشگاه رویان قرنیه مصنوعی از سلول‌های بنیادی ساخت',
    related: ['آیا ماهی‌ها نیز مثل ما زبان دارند؟', '۵ ویتامین مفید برای کاهش اضطراب', 'قابلیت‌های جدید اینستاگرام و اسپاتیفای'],
    mostRead: ['برنامه تویوتا برای تولید اولین خودروی تمام‌برقی در اروپا', 'گام بلند فولادسل برای دیجیتالی‌ کردن بازار سنتی آهن در ایران', 'آمادگی مهندسان ایرانی برای تولید هر تجهیز پالایشگاهی و پتروشیمی', 'آیا ماهی‌ها نیز مثل ما زبان دارند؟'],
    comments: [['امیر', 'پدرم سال‌هاست با زخم دیابتی درگیر است، کی این پانسمان به داروخانه‌ها می‌رسد؟'], ['سارا', 'خسته نباشید به تیم تحقیقاتی، امیدوارم مثل خیلی از طرح‌ها در حد مقاله نماند']],
    source: WRITTEN,
    speakers: [
      { name: 'لیلا منصوری‌فر', role: 'عضو هیئت علمی پژوهشگاه رویان و مجری طرح', also_called: ['مجری طرح', 'او', 'منصوری‌فر'], statements: 3 },
      { name: 'محمدرضا اکبری', role: 'استادیار دانشکده مهندسی پزشکی دانشگاه صنعتی امیرکبیر', also_called: ['اکبری'], statements: 2 },
    ],
    speakers_never: ['امیرکبیر', 'مهسا صالحی'],
    figures: [
      { value: 35, unit: 'درصد', kind: 'percent', about: 'کاهش زمان ترمیم' },
      { value: 48, unit: 'نمونه', kind: 'count', about: 'نمونه حیوانی' },
      { value: 3, unit: 'لایه', kind: 'count', about: '«از سه لایه»' },
      { value: 200, unit: 'نانومتر', kind: 'measure', about: 'قطر هر رشته' },
      { value: 180000, unit: 'تومان', kind: 'money', about: 'هزینه تولید آزمایشگاهی' },
      { value: 1200000, unit: 'تومان', kind: 'money', about: '«1.2 میلیون تومان» نمونه وارداتی' },
      { value: 60, unit: 'بیمار', kind: 'count', about: 'کارآزمایی بالینی' },
      { value: 2, unit: 'بیمارستان', kind: 'count', about: '«در دو بیمارستان»' },
      { value: 5500000, unit: 'نفر', kind: 'count', about: '«5.5 میلیون نفر» مبتلا' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'range «15 تا 25 درصد» (low end)' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'range «15 تا 25 درصد» (high end)' },
    ],
    figures_never: ['«از 21 روز به 14 روز»: durations', '«ظرف 2 سال آینده»: duration', '«کمتر از نصف»: vague fraction', '«یک شرکت دانش‌بنیان»: indefinite', '«هر عدد», «هر رشته»: no number'],
    notes: [
      'WordPress (non-AMP) post with Latin digits; no lead, one subheading inside the body.',
      'statements: Mansourifar: توضیح داد:, او افزود:, «به گفته منصوری‌فر» = 3; Akbari: «… می‌گوید …» (indirect), گفت: = 2. «دکتر» is a title, not part of the name.',
      '«به گفته سازندگانش» (first paragraph) is the unnamed team, not a speaker.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// The four real texts (rows no other set uses), republished in other sites' markup.
// ---------------------------------------------------------------------------------------------

interface Row { id: string; title: string; article: string; summary: string; date: string; article_starts_with_summary: boolean }
const rows: Row[] = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const row = (id: string) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no corpus row ${id}`);
  return r;
};
const real = (id: string, zwnjLost = false) => ({ corpus: 'persian_news_leads_2025.jsonl', id, zwnj_lost: zwnjLost, synthetic_markup: true, synthetic_text: false, heldout: true });
/** The row's paragraphs; lines listed in `heads` are subheadings (marked «## »). */
const rowParas = (r: Row, heads: string[] = []) => r.article.split('\n').map((p) => p.trim()).filter(Boolean).map((p) => (heads.includes(p) ? `## ${p}` : p));

const SLEEP = row('khabaronline.ir:2105796');
const INSTA = row('hamshahrionline.ir:973128');
const COACH = row('hamshahrionline.ir:973176');
const MUSIC = row('khabaronline.ir:2105812');

const REAL: Art[] = [
  {
    name: 'khabarfoori-instagram-spotify', site: 'khabarfoori',
    url: 'https://www.khabarfoori.com/بخش-علم-تکنولوژی-46/3011934-قابلیت-های-جدید-اینستاگرام-و-اسپاتیفای',
    title: INSTA.title, kicker: 'علم و تکنولوژی', date: '۳۱ مرداد ۱۴۰۴ - ۱۸:۲۰',
    lead: INSTA.summary, paras: rowParas(INSTA),
    tags: ['اینستاگرام', 'اسپاتیفای', 'شبکه‌های اجتماعی'],
    caption: 'نمایی از استوری موسیقی در اینستاگرام', credit: 'همشهری آنلاین',
    related: ['آیا ماهی‌ها نیز مثل ما زبان دارند؟', 'برنامه تویوتا برای تولید اولین خودروی تمام‌برقی در اروپا', 'گام بلند فولادسل برای دیجیتالی‌ کردن بازار سنتی آهن در ایران'],
    mostRead: ['جنجال دریافتی ۹۷۰۰۰۰۰۰ تومانی خانم مدیر؛ فیش نادره رضایی تائید شد | اصل ماجرا چیست؟', 'این یکی از سالم‌ترین رژیم‌های غذایی است!', 'ستاره ایرانی از لیست افعی‌ها خط خورد! | این تصمیم دائمی است؟', 'شلیک موشک های جدید از کشتی‌های جنگی ایران | رسانه های عربی: ایران در حال افزایش قدرت دفاعی خود است'],
    comments: [['کاربر', 'اینستاگرام که بدون فیلترشکن باز نمی‌شود، این قابلیت‌ها به چه درد ما می‌خورد']],
    source: real(INSTA.id),
    speakers: [], speakers_never: ['دیجیاتو', 'همشهری آنلاین', 'اسپاتیفای', 'اینستاگرام'],
    figures: [{ value: 2, unit: 'قابلیت', kind: 'count', about: 'lead: «از دو قابلیت یکپارچه‌سازی جدید رونمایی کردند»' }],
    figures_never: ['«iOS و اندروید»: platform names'],
    notes: [
      'Khabarfoori republishes Hamshahri Online\'s item (the text keeps «به گزارش همشهری آنلاین») with the original lead shown above the body; the lead is part of the gold body.',
      'No person is named or quoted; the companies «رونمایی کردند», they are not speakers.',
    ],
  },
  {
    name: 'varzesh3-persepolis-coach', site: 'varzesh3', weekday: 'شنبه',
    url: 'https://www.varzesh3.com/news/2023522/مربی-جدید-پرسپولیس-در-راه-ایران-دستیار-هاشمیان-وارد-تهران-می-شود',
    title: COACH.title, kicker: 'فوتبال ایران', date: '۱ شهریور ۱۴۰۴ - ۱۸:۳۰',
    lead: COACH.summary, paras: rowParas(COACH),
    tags: ['پرسپولیس', 'وحید هاشمیان', 'لیگ برتر'],
    caption: 'مربی آلمانی، عضو جدید کادر فنی سرخپوشان', credit: '',
    related: ['سعید مهری: خیلی پشیمانم به پرسپولیس آمدم!', 'جزئیات جدید از وضعیت اوریه؛ مدافع پرسپولیس در تاتنهام و پاری‌سن‌ژرمن هم با هپاتیت بازی کرد', 'دروازه‌بان استقلالی در آستانه لژیونر شدن'],
    mostRead: ['برای ایران می‌جنگیم؛ حسم گفت برگرد | دستم را برای ایران روی آتش می‌گذارم | بازیکنان می‌خواهند برای مردم بجنگند', 'برتری سه گله استقلال در بازی دوستانه', 'مصایب رئال و بارسا بودن', 'ستاره ایرانی از لیست افعی‌ها خط خورد! | این تصمیم دائمی است؟'],
    comments: [['سرخ', 'امیدوارم این یکی مثل مربی‌های خارجی قبلی زود نرود'], ['علی', 'هاشمیان خودش آلمان بازی کرده، انتخاب خوبی است']],
    source: real(COACH.id),
    speakers: [], speakers_never: ['مایکل اونینگ', 'وحید هاشمیان'],
    figures: [], figures_never: ['«ساعات ابتدایی فردا (یکشنبه)»: time', '«ساعاتی را … توقف»: vague duration'],
    notes: ['A short transfer item: the coach and Hashemian are only reported on, nobody is quoted. Varzesh3 markup shows only a visible Jalali date (no meta date).'],
  },
  {
    name: 'asriran-wake-up-early', site: 'asriran', zwnjLost: true,
    url: 'https://www.asriran.com/fa/news/1067912/چگونه-صبح-ها-زودتر-بیدار-شویم',
    title: SLEEP.title, kicker: 'سلامت', date: '۱ شهریور ۱۴۰۴ - ۰۹:۴۰',
    lead: SLEEP.summary,
    paras: rowParas(SLEEP, ['چگونه صبح‌ها زودتر بیدار شویم؟', '۱. شب‌ها موبایل و رایانه را کنار بگذارید', '۲. به موقع شام بخورید', '۳. آلارم صبحگاهی را از خود دور نگه دارید', '۴. خواب کافی داشته باشید', '۵. مکمل ملاتونین مصرف کنید']),
    photoAt: 2,
    tags: ['خواب', 'سبک زندگی', 'ملاتونین'],
    caption: 'بیدار شدن با نور طبیعی صبح، ریتم شبانه‌روزی بدن را تنظیم می‌کند', credit: '',
    related: ['۵ ویتامین مفید برای کاهش اضطراب', 'این یکی از سالم‌ترین رژیم‌های غذایی است!', '۴ باور اشتباه درباره ورزش | ورزش صبحگاهی برای این افراد مناسب نیست'],
    mostRead: ['کنکور در انتظار بازنگری سهمیه ها ؛ این کلاف به زودی باز می‌شود', 'حذف یارانه ۱۸ میلیون نفر قطعی شد/ از این تاریخ دیگر یارانه نقدی واریز نمی شود!', 'قیمت جدید طلا و سکه اول شهریورماه ۱۴۰۴/ شدت تغییر قیمت سکه تند شد', 'شیوع کرونا میان زائران اربعین؛ ۴۰ درصد تست‌ها مثبت شد'],
    comments: [['مهدی', 'من شب‌کارم و هیچ‌کدام از این‌ها برای من جواب نمی‌دهد'], ['ناشناس', 'گذاشتن گوشی بیرون از اتاق واقعا مؤثر است، امتحان کنید']],
    source: real(SLEEP.id, true),
    speakers: [], speakers_never: [],
    figures: [],
    figures_never: ['«یک الی دو ساعت قبل از خواب»: duration', '«۷ تا ۹ ساعت بخوابند»: duration (hours of sleep)', '«چند ساعت قبل از خواب»: vague', '«۱.» … «۵.»: list numbering', '«یکی از علل», «یک روش تضمینی», «یک روال ثابت»: not figures'],
    notes: [
      'ZWNJ deleted from the whole page like the seed («صبحها», «میشود», «برنامههای» style); gold body and title as shown.',
      'A service piece with numbered subheadings (kept as their own paragraphs in the body, like the corpus row); the closing «منابع: chriswinfield ، betterup» line is part of the article text.',
      'No speakers: the advice is the writer\'s. No key figures: every number is a duration or list number.',
    ],
  },
  {
    name: 'ilna-youth-music-festival', site: 'ilna',
    url: 'https://www.ilna.ir/بخش-فرهنگی-هنری-7/1680112-آخرین-فهرست-راه-یافتگان-به-مرحله-نهایی-جشنواره-موسیقی-جوان-اعلام-شد',
    title: MUSIC.title, kicker: 'فرهنگی و هنری', date: '۳۱ مرداد ۱۴۰۴ - ۲۱:۴۵',
    paras: rowParas(MUSIC), photoAt: 0,
    tags: ['جشنواره موسیقی جوان', 'انجمن موسیقی ایران', 'موسیقی'],
    caption: 'نوازندگان جوان در دوره گذشته جشنواره در تالار رودکی', credit: '',
    related: ['پنجمین جشنواره موسیقی نواحی کرمان به میزبانی بافت برگزار می‌شود', 'ارکستر سمفونیک جوانان رونمایی شد / برای ایران؛ موسیقی محلی و کلاسیک به هم رسید', 'رسانه‌های سمنان در میدان رقابت؛ نهمین جشنواره ابوذر کلید خورد'],
    mostRead: ['پیگرد قانونی کارفرمایان متخلف/ استخدام مشمولان فراری در خوزستان ممنوع', 'پیوند مهارت‌آموزی با بازار کار؛ شرط تحقق اشتغال پایدار', 'نمایشگاه دستاوردهای دولت در خوزستان سوم شهریور در اهواز گشایش می‌یابد', 'گرامیداشت هزار‌وپانصدمین سالگرد ولادت پیامبر اکرم در سی‌وهشتمین نمایشگاه کتاب مسکو'],
    comments: [],
    source: real(MUSIC.id),
    speakers: [], speakers_never: ['حمیدرضا اردلان', 'انجمن موسیقی ایران'],
    figures: [], figures_never: ['«هجدهمین»: ordinal', '«مرحله دوم»: ordinal', '«تک‌مرحله‌ای»: not a figure'],
    notes: [
      'The row is flagged article_starts_with_summary, so no separate lead is shown (ILNA shows none here). The text keeps an U+200F mark after «بخش» as in the corpus.',
      'The festival secretariat «اعلام کرد» (an organisation); Ardalan is only mentioned as the festival\'s secretary.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Non-article pages: a home page, a search page, an author profile, an «درباره ما» page.
// ---------------------------------------------------------------------------------------------

interface NonArt { name: string; markup: string; url: string; title: string; html: string; listed?: string[]; source: string; notes: string[] }

const pick = (ids: number[]) => ids.map((i) => rows[i]);
const shortLead = (s: string, n = 28) => { const w = s.split(/\s+/); return w.length > n ? `${w.slice(0, n).join(' ')} ...` : s; };

function rokna(): NonArt {
  const [top, ...rest] = pick([22, 34, 11, 18, 40, 57, 55, 24, 29, 49, 60, 25, 76]);
  const card = (r: Row, k: number) => `<div class="news-card"><a href="https://www.rokna.net/بخش-اجتماعی-4/${1150200 + k * 13}"><img src="https://cdn.rokna.net/thumbnail/x${k}.jpg" alt=""></a><h3><a href="https://www.rokna.net/بخش-اجتماعی-4/${1150200 + k * 13}">${esc(r.title)}</a></h3><p class="lead">${esc(r.summary)}</p><span class="time">${esc(r.date)}</span></div>`;
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>رکنا | پایگاه خبری تحلیلی رکنا - آخرین اخبار ایران و جهان</title>
<meta name="description" content="رکنا؛ آخرین اخبار حوادث، اجتماعی، اقتصادی، سیاسی و ورزشی ایران و جهان">
<meta property="og:type" content="website">
<meta property="og:title" content="رکنا">
<meta property="og:site_name" content="رکنا">
<meta property="og:url" content="https://www.rokna.net/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"رکنا","url":"https://www.rokna.net/","potentialAction":{"@type":"SearchAction","target":"https://www.rokna.net/search?q={q}","query-input":"required name=q"}}</script>
</head>
<body class="home">
<header class="rk-header"><h1 class="rk-logo"><a href="https://www.rokna.net/"><img src="https://www.rokna.net/resources/theme/rokna/img/logo.png" alt="رکنا"><span class="sr-only">رکنا</span></a></h1>
<nav><ul><li><a href="https://www.rokna.net/بخش-حوادث-2">حوادث</a></li><li><a href="https://www.rokna.net/بخش-اجتماعی-4">اجتماعی</a></li><li><a href="https://www.rokna.net/بخش-اقتصادی-5">اقتصادی</a></li><li><a href="https://www.rokna.net/بخش-سیاسی-3">سیاسی</a></li><li><a href="https://www.rokna.net/بخش-ورزشی-6">ورزشی</a></li><li><a href="https://www.rokna.net/بخش-سلامت-9">سلامت</a></li><li><a href="https://www.rokna.net/بخش-بین-الملل-7">بین‌الملل</a></li></ul></nav>
<div class="rk-today">یکشنبه ۲ شهریور ۱۴۰۴</div></header>
<main class="rk-home">
 <section class="top-news"><h2 class="section-title">تیتر یک</h2>
  <div class="top-story"><img src="https://cdn.rokna.net/thumbnail/top.jpg" alt=""><h2 class="top-title"><a href="https://www.rokna.net/بخش-سیاسی-3/1150188">${esc(top.title)}</a></h2><p class="lead">${esc(top.summary)}</p></div>
 </section>
 <section class="latest"><h2 class="section-title">آخرین اخبار</h2>
${rest.slice(0, 6).map(card).join('\n')}
 </section>
 <section class="cat-block"><h2 class="section-title"><a href="https://www.rokna.net/بخش-سلامت-9">سلامت و زندگی</a></h2>
${rest.slice(6, 9).map((r, k) => card(r, k + 6)).join('\n')}
 </section>
 <section class="cat-block"><h2 class="section-title"><a href="https://www.rokna.net/بخش-بین-الملل-7">جهان</a></h2>
${rest.slice(9).map((r, k) => card(r, k + 9)).join('\n')}
 </section>
 <aside class="most-viewed"><h2>پربازدیدترین‌ها</h2><ol>${pick([35, 54, 45, 21]).map((r, k) => `<li><a href="https://www.rokna.net/بخش-ورزشی-6/${1150100 + k}">${esc(r.title)}</a></li>`).join('')}</ol></aside>
 <section class="newsletter"><h2>خبرنامه رکنا</h2><p>برای دریافت مهم‌ترین خبرهای روز ایمیل خود را وارد کنید</p><input type="email"><button>عضویت</button></section>
</main>
<footer class="rk-footer"><p>تمامی حقوق برای پایگاه خبری تحلیلی رکنا محفوظ است.</p><a href="https://www.rokna.net/about">درباره ما</a> | <a href="https://www.rokna.net/contact">تماس با ما</a></footer>
</body>
</html>
`;
  return { name: 'nonarticle-rokna-home', markup: 'home-rokna', url: 'https://www.rokna.net/', title: 'رکنا', html,
    listed: [top, ...rest].map((r) => r.id).concat(pick([35, 54, 45, 21]).map((r) => r.id)), source: 'persian_news_leads_2025.jsonl',
    notes: ['A news home page: a top story with its lead, three blocks of headline + full agency lead, a most-viewed list; og:type website. Many stories, none of them the page\'s article.'] };
}

function bornaSearch(): NonArt {
  const hits = pick([9, 43, 70, 79, 5, 0, 19]);
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>جستجو - خبرگزاری برنا</title>
<meta name="robots" content="noindex, follow">
<meta property="og:type" content="website">
<meta property="og:site_name" content="خبرگزاری برنا">
<link rel="canonical" href="https://www.borna.news/search">
</head>
<body>
<header class="header"><a href="https://www.borna.news/" class="logo"><img src="https://www.borna.news/resources/theme/borna/img/logo.png" alt="برنا"></a>
 <ul class="menu"><li><a href="https://www.borna.news/بخش-سیاسی-1">سیاسی</a></li><li><a href="https://www.borna.news/بخش-اقتصادی-2">اقتصادی</a></li><li><a href="https://www.borna.news/بخش-ورزشی-4">ورزشی</a></li><li><a href="https://www.borna.news/بخش-فرهنگ-و-هنر-5">فرهنگ و هنر</a></li><li><a href="https://www.borna.news/بخش-استان-ها-8">استان‌ها</a></li></ul></header>
<main class="container">
 <h1 class="page-title">جستجو</h1>
 <form class="search-form" action="https://www.borna.news/search"><input type="text" name="q" value="جشنواره"><select name="section"><option>همه بخش‌ها</option><option>فرهنگ و هنر</option><option>استان‌ها</option></select><input type="text" name="from" placeholder="از تاریخ"><input type="text" name="to" placeholder="تا تاریخ"><button>جستجو</button></form>
 <div class="search-summary">${persian(hits.length * 19)} نتیجه برای «جشنواره» یافت شد</div>
 <ul class="search-results">
${hits.map((r, k) => `  <li class="result"><h3><a href="https://www.borna.news/بخش-فرهنگ-و-هنر-5/${2253000 + k * 97}">${esc(r.title)}</a></h3><time>${esc(r.date)}</time><p>${esc(shortLead(r.summary))}</p></li>`).join('\n')}
 </ul>
 <nav class="pagination"><span class="current">۱</span> <a href="?q=جشنواره&amp;page=2">۲</a> <a href="?q=جشنواره&amp;page=3">۳</a> <a href="?q=جشنواره&amp;page=2">صفحه بعد</a></nav>
</main>
<footer class="footer"><p>کلیه حقوق این سایت متعلق به خبرگزاری برنا است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-borna-search', markup: 'search-borna', url: 'https://www.borna.news/search?q=جشنواره', title: 'جستجو', html,
    listed: hits.map((r) => r.id), source: 'persian_news_leads_2025.jsonl',
    notes: ['A search-results page for «جشنواره»: seven hits with title, date and a cut lead, pagination; robots noindex. Not an article.'] };
}

const ZOOMIT_POSTS: [string, string, string][] = [
  ['بررسی گوشی گلکسی A56 سامسونگ؛ میان‌رده‌ای با ادعای پرچمداری', 'گلکسی A56 با بدنه فلزی، نمایشگر ۱۲۰ هرتز و وعده شش سال به‌روزرسانی عرضه شده است؛ اما آیا در بازار ایران ارزش خرید دارد؟', '۲۷ شهریور ۱۴۰۴'],
  ['اپل از آیفون ۱۷ رونمایی کرد؛ هر آنچه باید بدانید', 'نسل جدید آیفون با طراحی تازه دوربین، تراشه A19 و نسخه‌ای باریک‌تر به نام Air معرفی شد. در این مطلب مشخصات و قیمت‌ها را مرور کرده‌ایم.', '۱۹ شهریور ۱۴۰۴'],
  ['مقایسه دوربین پیکسل ۱۰ و آیفون ۱۷؛ کدام بهتر عکس می‌گیرد؟', 'دو پرچمدار را در نور روز، شب و عکاسی پرتره کنار هم گذاشتیم تا ببینیم پردازش تصویر گوگل هنوز پیشتاز است یا نه.', '۱۵ شهریور ۱۴۰۴'],
  ['راهنمای خرید لپ‌تاپ دانشجویی؛ بهترین انتخاب‌ها در هر بودجه', 'با نزدیک شدن به مهر، فهرستی از لپ‌تاپ‌های مناسب دانشجویان رشته‌های مختلف با توجه به قیمت‌های بازار تهیه کرده‌ایم.', '۱۰ شهریور ۱۴۰۴'],
  ['پشتیبانی ویندوز ۱۰ به پایان می‌رسد؛ حالا چه کنیم؟', 'مایکروسافت از مهر به‌روزرسانی‌های امنیتی ویندوز ۱۰ را متوقف می‌کند. گزینه‌های پیش روی کاربرانی که سخت‌افزارشان با ویندوز ۱۱ سازگار نیست چیست؟', '۴ شهریور ۱۴۰۴'],
  ['چرا باتری گوشی‌های نو زودتر از انتظار خالی می‌شود؟', 'از ایندکس شدن فایل‌ها پس از انتقال اطلاعات تا تنظیمات نمایشگر؛ دلایل رایج افت شارژ در روزهای اول استفاده را بررسی کرده‌ایم.', '۲۹ مرداد ۱۴۰۴'],
  ['بررسی هدفون سونی WH-1000XM6؛ سکوت، این بار کامل‌تر', 'سونی در نسل ششم هدفون‌های حذف نویز خود پردازنده جدید و طراحی تاشو را برگردانده است. تجربه دو هفته استفاده را بخوانید.', '۲۲ مرداد ۱۴۰۴'],
  ['جمینای به خودروهای مجهز به اندروید اتو می‌آید', 'گوگل اعلام کرد دستیار هوش مصنوعی جمینای تا پایان سال جایگزین دستیار گوگل در اندروید اتو می‌شود.', '۱۶ مرداد ۱۴۰۴'],
];

function zoomitAuthor(): NonArt {
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آرش رستمی | نویسنده زومیت</title>
<meta name="description" content="مطالب آرش رستمی، نویسنده بخش موبایل و سخت‌افزار زومیت">
<meta property="og:type" content="profile">
<meta property="og:title" content="آرش رستمی">
<meta property="og:site_name" content="زومیت">
<link rel="canonical" href="https://www.zoomit.ir/author/arash-rostami/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"آرش رستمی","jobTitle":"نویسنده","worksFor":{"@type":"Organization","name":"زومیت"}}}</script>
</head>
<body>
<div id="__next">
<header class="zm-header"><a href="https://www.zoomit.ir/" class="zm-logo">زومیت</a>
<nav><a href="https://www.zoomit.ir/mobile/">موبایل</a> <a href="https://www.zoomit.ir/laptop/">لپ‌تاپ</a> <a href="https://www.zoomit.ir/tech-news/">اخبار تکنولوژی</a> <a href="https://www.zoomit.ir/science/">علمی</a> <a href="https://www.zoomit.ir/product-review/">بررسی محصول</a> <a href="https://www.zoomit.ir/video/">ویدیو</a> <a href="https://www.zoomit.ir/car/">خودرو</a></nav></header>
<main class="zm-author">
 <section class="author-card">
  <img class="avatar" src="https://api2.zoomit.ir/media/author/arash-rostami.jpg" alt="آرش رستمی">
  <h1>آرش رستمی</h1>
  <div class="author-role">نویسنده بخش موبایل و سخت‌افزار</div>
  <p class="author-bio">دانش‌آموخته مهندسی برق که از سال ۱۳۹۶ درباره گوشی‌های هوشمند و لپ‌تاپ‌ها می‌نویسد. علاقه اصلی‌اش بررسی دوربین موبایل و مقایسه پردازنده‌هاست.</p>
  <div class="author-stats"><span>${persian(412)} مطلب</span> <span>عضویت از ۱۳۹۶</span></div>
  <div class="author-social"><a href="https://x.com/arashrostami">ایکس</a> <a href="https://www.linkedin.com/in/arashrostami">لینکدین</a></div>
 </section>
 <section class="author-posts"><h2>آخرین مطالب آرش رستمی</h2>
${ZOOMIT_POSTS.map(([t, e, d], k) => `  <article class="post-card"><a href="https://www.zoomit.ir/mobile/${431200 + k * 17}-${encodeURIComponent(t.split(' ').slice(0, 3).join('-'))}/"><img src="https://api2.zoomit.ir/media/${k}.jpg" alt=""><h3>${esc(t)}</h3></a><p>${esc(e)}</p><span class="meta">${esc(d)} · ${persian(5 + k)} دقیقه مطالعه</span></article>`).join('\n')}
 </section>
 <nav class="pagination"><a class="active">۱</a><a href="?page=2">۲</a><a href="?page=3">۳</a><span>…</span><a href="?page=52">۵۲</a></nav>
</main>
<footer class="zm-footer"><p>کلیه حقوق مادی و معنوی این وب‌سایت متعلق به زومیت است.</p></footer>
</div>
</body>
</html>
`;
  return { name: 'nonarticle-zoomit-author', markup: 'author-zoomit', url: 'https://www.zoomit.ir/author/arash-rostami/', title: 'آرش رستمی', html,
    source: 'headlines and excerpts written for this set',
    notes: ['An author profile (og:type profile, ProfilePage JSON-LD): a short bio and eight story cards with one-sentence excerpts. The bio is prose but not a news article.'] };
}

function jamaranAbout(): NonArt {
  const paras = [
    'پایگاه خبری جماران در سال ۱۳۸۷ فعالیت خود را آغاز کرد و از سال ۱۳۹۲ با مجوز رسمی هیئت نظارت بر مطبوعات به عنوان یک رسانه خبری و تحلیلی به کار خود ادامه می‌دهد.',
    'جماران می‌کوشد با رعایت اصول حرفه‌ای روزنامه‌نگاری، اخبار سیاسی، اجتماعی، فرهنگی و بین‌المللی را دقیق و بی‌طرفانه به مخاطبان برساند و بستری برای گفت‌وگو میان دیدگاه‌های گوناگون فراهم کند.',
    'انتشار اسناد، خاطرات و تصاویر تاریخی، گفت‌وگو با چهره‌های سیاسی و فرهنگی و پوشش ویژه مناسبت‌های ملی و مذهبی از جمله بخش‌هایی است که جماران در آن‌ها تولید محتوای اختصاصی دارد.',
    'استفاده از مطالب جماران با ذکر منبع آزاد است. مخاطبان می‌توانند پیشنهادها، انتقادها و اصلاحیه‌های خود را از راه‌های زیر با تحریریه در میان بگذارند.',
  ];
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>درباره ما | جماران</title>
<meta name="description" content="آشنایی با پایگاه خبری جماران، اعضای تحریریه و راه‌های تماس">
<meta property="og:type" content="website">
<meta property="og:title" content="درباره ما">
<meta property="og:site_name" content="جماران">
<link rel="canonical" href="https://www.jamaran.news/page/about">
</head>
<body class="static-page">
<header class="jm-header"><a href="https://www.jamaran.news/"><img src="https://www.jamaran.news/resources/theme/jamaran/img/logo.png" alt="جماران"></a>
<ul class="jm-menu"><li><a href="https://www.jamaran.news/بخش-سیاسی-1">سیاسی</a></li><li><a href="https://www.jamaran.news/بخش-اجتماعی-2">اجتماعی</a></li><li><a href="https://www.jamaran.news/بخش-فرهنگی-3">فرهنگی</a></li><li><a href="https://www.jamaran.news/بخش-بین-الملل-4">بین‌الملل</a></li><li><a href="https://www.jamaran.news/بخش-اسناد-9">اسناد و خاطرات</a></li></ul></header>
<main class="jm-page">
 <div class="breadcrumb"><a href="https://www.jamaran.news/">صفحه نخست</a> › درباره ما</div>
 <h1>درباره ما</h1>
 <div class="page-body">
${paras.map((p) => `  <p>${esc(p)}</p>`).join('\n')}
  <h2>اعضای تحریریه</h2>
  <table class="staff"><tr><td>مدیرمسئول</td><td>سید مهدی طاهری</td></tr><tr><td>سردبیر</td><td>فاطمه نیک‌اندیش</td></tr><tr><td>دبیر سرویس سیاسی</td><td>حامد کرمانی</td></tr><tr><td>دبیر سرویس اجتماعی</td><td>الهه مرادی</td></tr></table>
  <h2>تماس با ما</h2>
  <ul class="contact"><li>نشانی: تهران، خیابان شهید باهنر (نیاوران)، کوچه جماران، پلاک ۱۲</li><li>تلفن: ۰۲۱-۲۲۲۸۴۵۶۱</li><li>نمابر: ۰۲۱-۲۲۲۸۴۵۶۲</li><li>پست الکترونیک: info@jamaran.news</li></ul>
  <form class="contact-form"><input placeholder="نام و نام خانوادگی"><input placeholder="ایمیل"><textarea placeholder="متن پیام"></textarea><button>ارسال پیام</button></form>
 </div>
</main>
<footer class="jm-footer"><p>تمامی حقوق برای پایگاه خبری جماران محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-jamaran-about', markup: 'about-jamaran', url: 'https://www.jamaran.news/page/about', title: 'درباره ما', html,
    source: 'text written for this set',
    notes: ['A «درباره ما» page: four paragraphs of prose about the site, a staff table and contact details (phone numbers, address). Running text, but not news: not an article.'] };
}

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------


/** What a reader sees: body text without scripts and styles, whitespace collapsed. */

/** The first (or last) n words of the body, cut from it verbatim (spacing as in the text). */
const words = (text: string, n: number, fromEnd = false) =>
  (fromEnd ? new RegExp(`\\S+(?:\\s+\\S+){0,${n - 1}}$`) : new RegExp(`^\\S+(?:\\s+\\S+){0,${n - 1}}`)).exec(text.trim())![0];

function ctxOf(a: Art): Ctx {
  const d = parseDate(a.date);
  const id = a.url.match(/(\d{6,})/)?.[1] ?? '418273';
  return { a, mn: d.faLine.split(' ')[1], iso: d.iso, faDate: d.faLine, y: d.y, m: d.m, d: String(Number(d.d)), hh: d.hh, mi: d.mi, id };
}

function writeCase(name: string, html: string, expected: Record<string, unknown>): void {
  const dir = resolve(OUT, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'source.html'), html);
  writeFileSync(resolve(dir, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
}

function buildArticle(a: Art): void {
  const site = SITES[a.site];
  const c = ctxOf(a);
  const shown = (s: string) => (a.zwnjLost ? s.replace(ZWNJ_RE, '') : s);
  const html = shown(site.render(c));
  const body = [a.lead, ...a.paras.map(plain)].filter((p): p is string => !!p).map(shown).join('\n\n');
  const page = visibleText(html);
  const candidates = [...site.boiler, a.caption, a.credit, a.related[0], a.mostRead[0], a.inline ?? '', a.comments[0]?.[1] ?? '']
    .filter(Boolean).map(shown);
  const excludes = [...new Set(candidates.filter((s) => page.includes(squash(s)) && !body.includes(s)))];
  const dropped = candidates.filter((s) => !excludes.includes(s));
  if (dropped.length) console.log(`  ${a.name}: not used as text_excludes: ${dropped.join(' | ')}`);
  writeCase(a.name, html, {
    url: a.url, site_markup: a.site, isArticle: true, language: 'fa', title: shown(a.title), site: site.site, published: c.iso,
    body, text_starts_with: words(body.split('\n\n')[0], 8), text_ends_with: words(body.split('\n\n').at(-1)!, 8, true), text_excludes: excludes,
    source: a.source, speakers: a.speakers, speakers_never: a.speakers_never, figures: a.figures, figures_never: a.figures_never, notes: a.notes,
  });
}

function buildNonArticle(n: NonArt): void {
  writeCase(n.name, n.html, {
    url: n.url, site_markup: n.markup, isArticle: false, language: 'fa', title: n.title, site: '', published: null, body: '',
    text_starts_with: '', text_ends_with: '', text_excludes: [],
    source: { corpus: n.source, ...(n.listed ? { listed: n.listed } : {}), synthetic_markup: true, heldout: true },
    speakers: [], speakers_never: [], figures: [], figures_never: [], notes: n.notes,
  });
}



if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--check')) {
    mkdirSync(OUT, { recursive: true });
    for (const a of [...SYNTHETIC, ...REAL]) buildArticle(a);
    for (const n of [rokna(), bornaSearch(), zoomitAuthor(), jamaranAbout()]) buildNonArticle(n);
    console.log(`built ${SYNTHETIC.length + REAL.length} article and 4 non-article pages in ${OUT}`);
  }
  process.exitCode = checkHeldoutDir(OUT, { unitsNotWritten: ['همت'] }) ? 1 : 0;
}
