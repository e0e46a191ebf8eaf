// Builds the NINETEENTH held-out fixture set, tests/fixtures/heldout19/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Six article pages in the markup of six specialised Persian outlets that no earlier set
// renders (Zoomit's tech news as a Next.js pages-router app, the capital-market agency Bourse Press with
// its market ticker, the university news agency ANA, Cinema Cinema on WordPress + Jannah with a Yoast graph
// in UTC, the sports site Navad8 as a Nuxt 2 app with a unix-timestamp date, and the economy page of the
// daily Vatan Emrooz in its newspaper-page view) and two non-article pages (Asr Khuzestan's most-visited
// page, a Mardom Salari search results page). All six texts were written for this set; the names of all
// quoted officials, experts, players and artists are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout19.ts          (build + check)
//        npx tsx scripts/build-heldout19.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout19');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** The instant in UTC with milliseconds, «2026-07-09T11:00:00.000Z». */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString();
/** The instant in UTC as WordPress/Yoast writes it when the site's clock is UTC, «2026-07-11T15:15:00+00:00». */
const utcPlus0 = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', '+00:00');
/** Unix time in seconds. */
const unix = (c: Ctx) => Math.floor(new Date(c.iso).getTime() / 1000);
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Zoomit as a NEXT.JS PAGES-ROUTER app (__NEXT_DATA__ with publishedAt in UTC with milliseconds and a
  // later updatedAt; MUI/emotion «css-…» class names); JSON-LD NewsArticle with datePublished +03:30 and
  // article:published_time; visible date in words with «ساعت», next to «زمان مطالعه»; breadcrumb; bold
  // lead; cover with caption; an in-body PRICE WIDGET of best-selling phones (prices in toman) after a
  // paragraph; tags, share row with short link, author card, related, comments with replies and likes,
  // newsletter box, footer.
  zoomit: {
    site: 'زومیت',
    boiler: ['قیمت روز گوشی‌های پرفروش', 'زمان مطالعه', 'لینک کوتاه', 'مطالب مرتبط', 'دیدگاه‌ها', 'عضویت در خبرنامه زومیت', 'کلیه حقوق مادی و معنوی این وب‌سایت متعلق به زومیت است', 'مقایسه گوشی‌ها', 'مشاهده همه قیمت‌ها'],
    render: (c) => {
      const upd = new Date(new Date(c.iso).getTime() + 95 * 60000).toISOString();
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${esc(c.a.title)} - زومیت</title>
<meta name="description" content="${esc(c.a.lead ?? '')}"/>
<meta property="og:site_name" content="زومیت"/>
<meta property="og:type" content="article"/>
<meta property="og:title" content="${esc(c.a.title)}"/>
<meta property="og:image" content="https://api2.zoomit.ir/media/2026/7/phone-assembly-line-${c.id}.jpg"/>
<meta property="article:published_time" content="${c.iso}"/>
<meta property="article:section" content="موبایل"/>
<link rel="canonical" href="${esc(c.a.url)}"/>
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso,
  author: { '@type': 'Person', name: c.a.author }, image: [`https://api2.zoomit.ir/media/2026/7/phone-assembly-line-${c.id}.jpg`],
  publisher: { '@type': 'Organization', name: 'زومیت', logo: { '@type': 'ImageObject', url: 'https://www.zoomit.ir/logo.png' } },
})}</script>
<meta name="next-head-count" content="14"/>
<link rel="preload" href="/_next/static/css/7b2e91c4d0f3a655.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/7b2e91c4d0f3a655.css" data-n-g=""/>
</head>
<body>
<div id="__next">
<header class="css-1q8y3kd"><div class="css-9x2f1a"><a href="/" class="css-lg0z1"><img src="/logo.svg" alt="زومیت"/></a>
<nav class="css-14m7b2c"><a href="/mobile/">موبایل</a> <a href="/hardware/">سخت‌افزار</a> <a href="/software-application/">نرم‌افزار و اپلیکیشن</a> <a href="/game/">بازی</a> <a href="/science/">علم و دانش</a> <a href="/car/">خودرو</a> <a href="/reviews/">بررسی</a> <a href="/video/">ویدیو</a></nav>
<div class="css-7yx0q2"><a href="/product/list/mobile/">قیمت گوشی</a> <a href="/compare/">مقایسه گوشی‌ها</a> <a href="/account/login/">ورود / ثبت‌نام</a></div></div></header>
<main class="css-1n6z4mi">
<article class="css-u4p24i">
<nav aria-label="breadcrumb" class="MuiBreadcrumbs-root css-rb7i1k"><ol class="MuiBreadcrumbs-ol"><li><a href="/">زومیت</a></li><li>/</li><li><a href="/mobile/">موبایل</a></li><li>/</li><li><a href="/mobile/news/">${esc(c.a.kicker)}</a></li></ol></nav>
<h1 class="MuiTypography-root MuiTypography-h1 css-1fk8kz2">${esc(c.a.title)}</h1>
<div class="css-8atqhb"><a href="/author/s-rezvani/" class="css-3c9jv"><img src="https://api2.zoomit.ir/media/authors/s-rezvani.jpg" alt="" width="32" height="32"/><span class="MuiTypography-root MuiTypography-caption">${esc(c.a.author ?? '')}</span></a>
<span class="MuiTypography-root MuiTypography-caption css-1x4cqc2">${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</span>
<span class="MuiTypography-root MuiTypography-caption css-1x4cqc2">زمان مطالعه: ${persian(4)} دقیقه</span></div>
<p class="MuiTypography-root MuiTypography-body1 css-lead21"><strong>${esc(c.a.lead ?? '')}</strong></p>
<figure class="css-9n1k0s"><img src="https://api2.zoomit.ir/media/2026/7/phone-assembly-line-${c.id}.jpg" alt="${esc(c.a.caption)}" loading="eager"/><figcaption class="css-1vd84sn">${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="article-body css-1d3mw6z">
${bodyHtml(c, (t) => `<p class="MuiTypography-root MuiTypography-body1 css-1pr4p6k">${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<div class="css-price-widget"><h3>قیمت روز گوشی‌های پرفروش</h3><ul><li>سامسونگ گلکسی A56 <span>${fmt(31450000)} تومان</span></li><li>شیائومی ردمی نوت ۱۵ <span>${fmt(17900000)} تومان</span></li><li>آیفون ۱۶ پرو مکس <span>${fmt(168000000)} تومان</span></li><li>پوکو X7 پرو <span>${fmt(24300000)} تومان</span></li></ul><a href="/product/list/mobile/">مشاهده همه قیمت‌ها</a></div>`)}
</div>
<div class="css-tags0"><span>برچسب‌ها:</span> ${tagLinks(c, '/tag/', ' ')}</div>
<div class="css-share1"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=https://zoomit.ir/x/Kq3Zm">تلگرام</a> <a href="https://x.com/intent/tweet?url=https://zoomit.ir/x/Kq3Zm">ایکس</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://zoomit.ir/x/Kq3Zm">لینکدین</a> <span>لینک کوتاه: zoomit.ir/x/Kq3Zm</span></div>
<div class="css-authorcard"><img src="https://api2.zoomit.ir/media/authors/s-rezvani.jpg" alt=""/><div><strong>${esc(c.a.author ?? '')}</strong><p>خبرنگار حوزه موبایل و بازار سخت‌افزار زومیت.</p></div></div>
</article>
<section class="css-related"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, '/mobile/', Number(c.id) - 612)}
</ul></section>
<section class="css-comments"><h2>دیدگاه‌ها (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t, k) => `<div class="css-comment"><div class="css-comment-head"><b>${n}</b> <span>${persian(k ? 2 : 5)} ساعت پیش</span></div><p>${t}</p><span class="css-likes">${persian(k ? 3 : 21)} پسند</span> <button type="button">پاسخ</button></div>`)}
<form><textarea placeholder="دیدگاه خود را بنویسید…"></textarea><button type="button">ارسال دیدگاه</button></form></section>
<aside class="css-mostread"><h2>پربازدیدترین‌های هفته</h2><ol>
${li(c.a.mostRead, '/mobile/', Number(c.id) - 1840)}
</ol></aside>
<section class="css-newsletter"><h2>عضویت در خبرنامه زومیت</h2><p>مهم‌ترین خبرهای فناوری هر روز در ایمیل شما.</p><input type="email" placeholder="ایمیل"/><button type="button">عضویت</button></section>
</main>
<footer class="css-footer"><p>کلیه حقوق مادی و معنوی این وب‌سایت متعلق به زومیت است.</p><p><a href="/about-us/">درباره ما</a> <a href="/contact-us/">تماس با ما</a> <a href="/ads/">تبلیغات در زومیت</a></p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">${js({ props: { pageProps: { article: { id: Number(c.id), title: c.a.title, slug: c.a.url.split('/').at(-2), publishedAt: utcIso(c), updatedAt: upd, readingTime: 4, category: { slug: 'mobile', title: 'موبایل' }, author: { name: c.a.author } } } }, page: '/[category]/[slug]', query: { category: 'mobile', slug: c.a.url.split('/').at(-2) }, buildId: 'zm-Rk2s9Lq', isFallback: false, gssp: true })}</script>
<script src="/_next/static/chunks/main-3a9c1e8d4b2f7a60.js" defer=""></script>
</body>
</html>
`;
    },
  },

  // Bourse Press, the capital-market news agency (own agency CMS): a MARKET TICKER in the header with
  // the day's index values and changes (شاخص کل، شاخص هم‌وزن، فرابورس، ارزش معاملات); the date as
  // NUMERIC Jalali without a dash between date and time, «۱۴۰۵/۰۴/۱۵ ۱۶:۲۵», next to the news code;
  // meta article:published_time +03:30 and a JSON-LD NewsArticle; service, rutitr, lead, photo; an in-body
  // «بیشتر بخوانید» link; tags, short link, related, most-viewed, comments, footer with the licence line.
  boursepress: {
    site: 'بورس پرس',
    boiler: ['شاخص هم‌وزن', 'ارزش معاملات خرد (همت)', 'بیشتر بخوانید:', 'لینک کوتاه', 'اخبار مرتبط', 'پربیننده‌ترین‌ها', 'نظر شما', 'پایگاه خبری بازار سرمایه ایران', 'کلیه حقوق این پایگاه متعلق به بورس پرس است', 'گزارش پایان بازار'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | بورس پرس</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join('،'))}">
<meta property="og:site_name" content="بورس پرس">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.boursepress.ir/files/fa/news/1405/4/15/${c.id}_611.jpg">
<meta property="article:published_time" content="${c.iso}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="https://boursepress.ir/x/${c.id}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, dateModified: c.iso, description: c.a.lead, publisher: { '@type': 'Organization', name: 'بورس پرس', logo: { '@type': 'ImageObject', url: 'https://www.boursepress.ir/client/themes/fa/main/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.boursepress.ir/client/themes/fa/main/css/news.css?v=2.9">
</head>
<body class="news-page">
<header class="bp-header">
<div class="bp-top"><span class="bp-today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.boursepress.ir/rss">RSS</a> <a href="https://www.boursepress.ir/archive">آرشیو</a> <a href="https://www.boursepress.ir/contact">تماس با ما</a></div>
<div class="bp-brand"><a href="https://www.boursepress.ir/"><img src="https://www.boursepress.ir/client/themes/fa/main/img/logo.png" alt="بورس پرس"></a><span class="bp-slogan">پایگاه خبری بازار سرمایه ایران</span></div>
<nav class="bp-menu"><a href="https://www.boursepress.ir/service/stock">بازار سهام</a> <a href="https://www.boursepress.ir/service/farabourse">فرابورس</a> <a href="https://www.boursepress.ir/service/commodity">بورس کالا</a> <a href="https://www.boursepress.ir/service/energy">بورس انرژی</a> <a href="https://www.boursepress.ir/service/funds">صندوق‌ها</a> <a href="https://www.boursepress.ir/service/codal">کدال</a> <a href="https://www.boursepress.ir/service/world">بازارهای جهانی</a> <a href="https://www.boursepress.ir/multimedia">چندرسانه‌ای</a></nav>
<div class="bp-ticker"><table><tr><td>شاخص کل</td><td>${fmt(3312006)}</td><td class="up">${persian('58,391').replace(',', '٬')}+</td></tr><tr><td>شاخص هم‌وزن</td><td>${fmt(1045872)}</td><td class="up">${fmt(12388)}+</td></tr><tr><td>شاخص فرابورس</td><td>${fmt(41877)}</td><td class="up">${persian('512')}+</td></tr><tr><td>ارزش معاملات خرد (همت)</td><td>${persian('13.04').replace('.', '٫')}</td><td></td></tr></table><span class="bp-ticker-time">به‌روزرسانی: ${persian('12:30')}</span></div>
</header>
<main class="bp-main">
<article class="bp-news">
<div class="bp-service"><a href="https://www.boursepress.ir/service/stock">${esc(c.a.kicker)}</a></div>
<div class="bp-meta"><span>کد خبر: ${persian(c.id)}</span> <span>تاریخ انتشار: ${persian(c.y)}/${persian(c.m)}/${persian(c.d)} ${faTime(c)}</span> <span>بازدید: ${fmt(4172)}</span></div>
<div class="bp-rutitr">گزارش پایان بازار</div>
<h1 class="bp-title">${esc(c.a.title)}</h1>
<p class="bp-lead">${esc(c.a.lead ?? '')}</p>
<figure class="bp-photo"><img src="https://www.boursepress.ir/files/fa/news/1405/4/15/${c.id}_611.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="bp-body">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<p class="bp-readmore"><strong>بیشتر بخوانید:</strong> <a href="https://www.boursepress.ir/news/${Number(c.id) - 218}">${esc(c.a.inline ?? '')}</a></p>`)}
</div>
<div class="bp-tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.boursepress.ir/tag/', '، ')}</div>
<div class="bp-share"><a href="https://t.me/share/url?url=https://boursepress.ir/x/${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://boursepress.ir/x/${c.id}">ایتا</a> <a href="https://wa.me/?text=https://boursepress.ir/x/${c.id}">واتساپ</a> <span class="bp-shortlink">لینک کوتاه: https://boursepress.ir/x/${c.id}</span> <a href="https://www.boursepress.ir/print/${c.id}">چاپ</a></div>
</article>
<section class="bp-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.boursepress.ir/news/', Number(c.id) - 340)}
</ul></section>
<section class="bp-comments"><h2>نظر شما</h2>
${comments(c, (n, t, k) => `<div class="bp-comment"><b>${n}</b> <span>${persian(k ? '17:02' : '16:48')}</span><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="متن نظر"></textarea><button type="button">ارسال</button></form></section>
<aside class="bp-most"><h2>پربیننده‌ترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.boursepress.ir/news/', Number(c.id) - 1210)}
</ol></aside>
</main>
<footer class="bp-footer"><p>کلیه حقوق این پایگاه متعلق به بورس پرس است. استفاده از مطالب با ذکر منبع بلامانع است.</p><p>دارای مجوز از هیئت نظارت بر مطبوعات</p></footer>
</body>
</html>
`,
  },

  // ANA (Azad News Agency, the news agency of Islamic Azad University; agency CMS): the university's
  // own top bar («دانشگاه آزاد اسلامی», links to the university portals); service line; news code and
  // the date in words with the weekday; JSON-LD NewsArticle with datePublished +03:30 and
  // <time datetime>; rutitr, title, lead; photo; an in-body «بیشتر بخوانید» box; «کلیدواژه‌ها», share
  // row, related, most-viewed, comments, a registration banner ad for the university's entrance, footer.
  anapress: {
    site: 'خبرگزاری آنا',
    boiler: ['کلیدواژه‌ها', 'بیشتر بخوانید', 'اخبار مرتبط', 'پربازدیدترین', 'ثبت نظر', 'ثبت‌نام بدون آزمون دانشگاه آزاد اسلامی آغاز شد', 'تمامی حقوق این سایت متعلق به خبرگزاری آنا است', 'پورتال دانشگاه آزاد اسلامی', 'میزبانی از دانشجویان بین‌الملل'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - خبرگزاری آنا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="خبرگزاری آنا">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://static.ana.press/thumbnail/${c.id}/main.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, image: [`https://static.ana.press/thumbnail/${c.id}/main.jpg`], publisher: { '@type': 'Organization', name: 'خبرگزاری آنا', logo: { '@type': 'ImageObject', url: 'https://ana.press/images/logo.png' } } })}</script>
<link rel="stylesheet" href="https://ana.press/css/main.min.css?v=6.2">
</head>
<body>
<div class="ana-uni-bar"><span>دانشگاه آزاد اسلامی</span> <a href="https://iau.ir/">پورتال دانشگاه آزاد اسلامی</a> <a href="https://azmoon.iau.ir/">مرکز سنجش</a> <a href="https://ana.press/fa/service/iau">اخبار واحدها</a></div>
<header class="ana-header"><a href="https://ana.press/"><img src="https://ana.press/images/logo.png" alt="خبرگزاری آنا"></a>
<nav class="ana-menu"><a href="https://ana.press/fa/service/iau">دانشگاه آزاد</a> <a href="https://ana.press/fa/service/science">علم و فناوری</a> <a href="https://ana.press/fa/service/education">آموزش</a> <a href="https://ana.press/fa/service/society">جامعه</a> <a href="https://ana.press/fa/service/politics">سیاسی</a> <a href="https://ana.press/fa/service/economy">اقتصادی</a> <a href="https://ana.press/fa/service/sport">ورزشی</a> <a href="https://ana.press/fa/service/photo">عکس</a></nav>
<div class="ana-date">${weekday(c)} ${faDate(c)}</div></header>
<div class="ana-banner"><a href="https://azmoon.iau.ir/"><img src="https://static.ana.press/banners/bedoon-azmoon-1405.gif" alt="">ثبت‌نام بدون آزمون دانشگاه آزاد اسلامی آغاز شد</a></div>
<main class="ana-main">
<article class="ana-news" itemscope itemtype="https://schema.org/NewsArticle">
<div class="ana-service"><a href="https://ana.press/fa/service/iau">${esc(c.a.kicker)}</a> <span class="ana-code">کد خبر: ${persian(c.id)}</span> <time datetime="${c.iso}" itemprop="datePublished">${weekday(c)} ${faDate(c)} - ${faTime(c)}</time></div>
<div class="ana-rutitr">میزبانی از دانشجویان بین‌الملل</div>
<h1 class="ana-title" itemprop="headline">${esc(c.a.title)}</h1>
<p class="ana-lead" itemprop="description">${esc(c.a.lead ?? '')}</p>
<figure class="ana-photo"><img src="https://static.ana.press/thumbnail/${c.id}/main.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>
<div class="ana-body" itemprop="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '', `<div class="ana-readmore"><span>بیشتر بخوانید</span><a href="https://ana.press/news/${Number(c.id) - 3114}">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<div class="ana-tags"><span>کلیدواژه‌ها:</span> ${tagLinks(c, 'https://ana.press/fa/tag/', ' ')}</div>
<div class="ana-share"><a href="https://t.me/share/url?url=https://ana.press/x/${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://ana.press/x/${c.id}">ایتا</a> <a href="https://ble.ir/share/url?url=https://ana.press/x/${c.id}">بله</a> <a href="https://ana.press/print/${c.id}">نسخه چاپی</a></div>
</article>
<section class="ana-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://ana.press/news/', Number(c.id) - 904)}
</ul></section>
<section class="ana-comments"><h2>ثبت نظر</h2>
${comments(c, (n, t) => `<div class="ana-comment"><b>${n}</b><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><input type="email" placeholder="ایمیل"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></section>
<aside class="ana-most"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, 'https://ana.press/news/', Number(c.id) - 2755)}
</ol></aside>
</main>
<footer class="ana-footer"><p>تمامی حقوق این سایت متعلق به خبرگزاری آنا است.</p><p>خبرگزاری آنا، وابسته به دانشگاه آزاد اسلامی</p></footer>
</body>
</html>
`,
  },

  // Cinema Cinema on WORDPRESS with the JANNAH theme (TieLabs: #tie-wrapper, .entry-header, .post-meta
  // with a Persian date WITHOUT time, .entry-content, .post-components, .share-buttons, «شاید این
  // مطالب را هم دوست داشته باشید» related, #comments with the WordPress form); Yoast SEO's schema graph
  // and article:published_time give the instant in UTC, «…T16:15:00+00:00» (the site's clock set to
  // UTC): the gold is that instant in Tehran time; an in-body festival poster with caption; a sticky
  // box-office table «جدول فروش هفتگی» in the sidebar (film titles with sales in toman); newsletter.
  // The page LOST EVERY ZWNJ.
  cinemacinema: {
    site: 'سینما سینما',
    boiler: ['پوستر رسمی جشنواره لوکارنو', 'جدول فروش هفتگی', 'شاید این مطالب را هم دوست داشته باشید', 'دیدگاهتان را بنویسید', 'اشتراک گذاری', 'تمامی حقوق برای سینما سینما محفوظ است', 'پربازدیدترین ها', 'مرجع خبر و نقد سینمای ایران و جهان'],
    render: (c) => `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - سینما سینما</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="سینما سینما">
<meta property="article:published_time" content="${utcPlus0(c)}">
<meta property="article:modified_time" content="${new Date(new Date(c.iso).getTime() + 40 * 60000).toISOString().replace('.000Z', '+00:00')}">
<meta property="og:image" content="https://cinemacinema.ir/wp-content/uploads/2026/07/khane-rooye-ab.jpg">
<meta name="author" content="${esc(c.a.author ?? '')}">
<script type="application/ld+json" class="yoast-schema-graph">${js({ '@context': 'https://schema.org', '@graph': [
  { '@type': 'Article', '@id': `${c.a.url}#article`, isPartOf: { '@id': c.a.url }, author: { name: c.a.author }, headline: c.a.title, datePublished: utcPlus0(c), dateModified: new Date(new Date(c.iso).getTime() + 40 * 60000).toISOString().replace('.000Z', '+00:00'), articleSection: [c.a.kicker], inLanguage: 'fa-IR' },
  { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: `${c.a.title} - سینما سینما`, datePublished: utcPlus0(c) },
  { '@type': 'Organization', name: 'سینما سینما', url: 'https://cinemacinema.ir/' },
] })}</script>
<link rel="stylesheet" id="tie-css-base-css" href="https://cinemacinema.ir/wp-content/themes/jannah/assets/css/base.min.css?ver=7.2.0" type="text/css" media="all">
<meta name="generator" content="WordPress 6.5.5">
</head>
<body id="tie-body" class="rtl post-template-default single single-post postid-${c.id} single-format-standard wrapper-has-shadow block-head-1 magazine1 is-desktop">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark"><div id="top-nav" class="top-nav"><div class="topbar-today-date">${weekday(c)} ${faDate(c)}</div></div>
<div class="container header-container"><div id="logo" class="image-logo"><a title="سینما سینما" href="https://cinemacinema.ir/"><img src="https://cinemacinema.ir/wp-content/uploads/2021/03/logo.png" alt="سینما سینما"></a><span class="site-description">مرجع خبر و نقد سینمای ایران و جهان</span></div></div>
<div class="main-nav-wrapper"><nav id="main-nav"><ul id="menu-main" class="menu"><li class="menu-item current-post-ancestor"><a href="https://cinemacinema.ir/category/iran-cinema/">سینمای ایران</a></li><li class="menu-item"><a href="https://cinemacinema.ir/category/world-cinema/">سینمای جهان</a></li><li class="menu-item"><a href="https://cinemacinema.ir/category/review/">نقد</a></li><li class="menu-item"><a href="https://cinemacinema.ir/category/interview/">گفت‌وگو</a></li><li class="menu-item"><a href="https://cinemacinema.ir/category/box-office/">گیشه</a></li><li class="menu-item"><a href="https://cinemacinema.ir/category/series/">سریال</a></li></ul></nav></div></header>
<div id="content" class="site-content container"><div class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="https://cinemacinema.ir/">خانه</a><em class="delimiter">/</em><a href="https://cinemacinema.ir/category/iran-cinema/">${esc(c.a.kicker)}</a><em class="delimiter">/</em><span class="current">${esc(c.a.title)}</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="https://cinemacinema.ir/category/iran-cinema/">${esc(c.a.kicker)}</a></span>
<h1 class="post-title entry-title">${esc(c.a.title)}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-3"><span class="meta-author"><a href="https://cinemacinema.ir/author/n-abbasian/" class="author-name tie-icon" title="${esc(c.a.author ?? '')}">${esc(c.a.author ?? '')}</a></span></span></span><span class="date meta-item tie-icon">${faDate(c)}</span><div class="tie-alignleft"><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> ${fmt(1936)} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> ${persian(3)} دقیقه</span></div></div></div></header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="https://cinemacinema.ir/wp-content/uploads/2026/07/khane-rooye-ab-780x470.jpg" class="attachment-jannah-image-post wp-post-image" alt="${esc(c.a.caption)}"><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> ${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, `<figure class="wp-block-image aligncenter size-large"><img src="https://cinemacinema.ir/wp-content/uploads/2026/07/locarno-2026-poster.jpg" alt=""><figcaption class="wp-element-caption">پوستر رسمی جشنواره لوکارنو ${persian(2026)}</figcaption></figure>`)}
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"></div></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> برچسب ها</div><span class="tagcloud">${tagLinks(c, 'https://cinemacinema.ir/tag/', ' ')}</span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links icons-text"><span class="share-title">اشتراک گذاری</span> <a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" class="telegram-share-btn" target="_blank"><span class="social-text">تلگرام</span></a> <a href="https://api.whatsapp.com/send?text=${encodeURIComponent(c.a.url)}" class="whatsapp-share-btn" target="_blank"><span class="social-text">واتس اپ</span></a> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(c.a.url)}" class="twitter-share-btn" target="_blank"><span class="social-text">ایکس</span></a></div></div>
</article>
<div class="post-components">
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>شاید این مطالب را هم دوست داشته باشید</h3></div><div class="related-posts-list">
${c.a.related.map((t, i) => `<div class="related-item tie-standard"><h3 class="post-title"><a href="https://cinemacinema.ir/news/${Number(c.id) - 31 - i * 17}/">${esc(t)}</a></h3></div>`).join('\n')}
</div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">دیدگاهتان را بنویسید</h3>
${comments(c, (n, t) => `<div class="comment-body"><div class="comment-author vcard"><b class="fn">${n}</b></div><div class="comment-content"><p>${t}</p></div></div>`)}
<form action="https://cinemacinema.ir/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="دیدگاه"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="فرستادن دیدگاه"></p></form></div></div>
</div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky"><div class="theiaStickySidebar">
<div id="box-office-3" class="container-wrapper widget"><div class="widget-title the-global-title"><div class="the-subtitle">جدول فروش هفتگی</div></div><table class="box-office"><tr><td>زن و بچه</td><td>${fmt(48200000000)} تومان</td></tr><tr><td>مست عشق</td><td>${fmt(31750000000)} تومان</td></tr><tr><td>پیرپسر</td><td>${fmt(9400000000)} تومان</td></tr></table></div>
<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">پربازدیدترین ها</div></div><ul class="posts-list-items">
${li(c.a.mostRead, 'https://cinemacinema.ir/news/', Number(c.id) - 460, ' class="widget-single-post-item"')}
</ul></div>
<div id="newsletter-2" class="container-wrapper widget subscribe-widget"><div class="widget-inner-wrap"><h3>خبرنامه سینما سینما</h3><form><input type="email" placeholder="ایمیل"><input type="submit" value="عضویت"></form></div></div>
</div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="copyright-text">تمامی حقوق برای سینما سینما محفوظ است.</div></div></footer>
</div></div></div>
<script type="text/javascript" id="tie-scripts-js-extra">var tie = {"is_rtl":"1","ajaxurl":"https:\\/\\/cinemacinema.ir\\/wp-admin\\/admin-ajax.php","is_taqyeem_active":"","is_sticky_video":""};</script>
<script type="text/javascript" src="https://cinemacinema.ir/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.2.0" id="tie-scripts-js"></script>
</body>
</html>
`,
  },

  // Navad8 as a NUXT 2 SSR app (<div id="__nuxt"><div id="__layout">, data-v-… scoped attributes,
  // window.__NUXT__ as an IIFE whose article holds published_at as a UNIX TIMESTAMP in seconds, /_nuxt/
  // chunks, data-n-head meta); NO date meta and no JSON-LD: the visible date is «۲۲ تیر ۱۴۰۵ | ۲۳:۰۵»;
  // a LIVE-SCORES strip of other friendlies and World Cup results in the header; a LEAGUE TABLE of the last
  // season in the sidebar (teams, games, points); lead; cover; an in-body «بیشتر بخوانید» link; tags,
  // share, related, comments, app download box.
  navad8: {
    site: 'نود۸',
    boiler: ['نتایج زنده', 'جدول لیگ برتر', 'بیشتر بخوانید:', 'اخبار مرتبط', 'نظرات کاربران', 'دانلود اپلیکیشن نود۸', 'تمامی حقوق مادی و معنوی این سایت متعلق به نود۸ است', 'فصل ۱۴۰۴-۱۴۰۵'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fa%22%7D,%22dir%22:%7B%22ssr%22:%22rtl%22%7D%7D">
<head>
<title>${esc(c.a.title)} | نود۸</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="${esc(c.a.lead ?? '')}">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="${esc(c.a.title)}">
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="نود۸">
<meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://cdn.navad8.com/news/${c.id}/cover.webp">
<link data-n-head="ssr" rel="canonical" href="${esc(c.a.url)}">
<link rel="preload" href="/_nuxt/a4f1c2e.js" as="script"><link rel="preload" href="/_nuxt/7d3b9e0.js" as="script">
<style data-vue-ssr-id="3c1f9a2e:0">.news-body[data-v-2f7a1c3e]{line-height:2}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-6b1e0d44 class="app">
<header data-v-6b1e0d44 class="n8-header"><a data-v-6b1e0d44 href="/" class="n8-logo"><img data-v-6b1e0d44 src="/img/logo-navad8.svg" alt="نود۸"></a>
<nav data-v-6b1e0d44 class="n8-nav"><a data-v-6b1e0d44 href="/league/persian-gulf" class="nuxt-link-active">لیگ برتر</a> <a data-v-6b1e0d44 href="/national-team">تیم ملی</a> <a data-v-6b1e0d44 href="/world-cup-2026">جام جهانی</a> <a data-v-6b1e0d44 href="/transfers">نقل و انتقالات</a> <a data-v-6b1e0d44 href="/world">فوتبال جهان</a> <a data-v-6b1e0d44 href="/other-sports">سایر ورزش‌ها</a> <a data-v-6b1e0d44 href="/live">نتایج زنده</a></nav></header>
<div data-v-8c2d7f10 class="n8-live"><span data-v-8c2d7f10 class="n8-live-label">نتایج زنده</span><ul data-v-8c2d7f10><li data-v-8c2d7f10>سپاهان ${persian(3)} - ${persian(0)} آلانیااسپور (دوستانه)</li><li data-v-8c2d7f10>تراکتور ${persian(1)} - ${persian(1)} نفت‌چی باکو (دوستانه)</li><li data-v-8c2d7f10>فرانسه ${persian(2)} - ${persian(1)} آرژانتین (جام جهانی، یک‌چهارم نهایی)</li></ul></div>
<main data-v-6b1e0d44 class="n8-main">
<article data-v-2f7a1c3e class="n8-article">
<div data-v-2f7a1c3e class="n8-kicker"><a data-v-2f7a1c3e href="/league/persian-gulf">${esc(c.a.kicker)}</a></div>
<h1 data-v-2f7a1c3e class="n8-title">${esc(c.a.title)}</h1>
<div data-v-2f7a1c3e class="n8-meta"><span data-v-2f7a1c3e>${faDate(c)} | ${faTime(c)}</span> <span data-v-2f7a1c3e>کد مطلب: ${persian(c.id)}</span> <span data-v-2f7a1c3e>${fmt(9215)} بازدید</span></div>
<figure data-v-2f7a1c3e class="n8-cover"><img data-v-2f7a1c3e src="https://cdn.navad8.com/news/${c.id}/cover.webp" alt="${esc(c.a.caption)}"><figcaption data-v-2f7a1c3e>${esc(c.a.caption)} (${esc(c.a.credit)})</figcaption></figure>
<p data-v-2f7a1c3e class="n8-lead">${esc(c.a.lead ?? '')}</p>
<div data-v-2f7a1c3e class="news-body">
${bodyHtml(c, (t) => `<p data-v-2f7a1c3e>${t}</p>`, (t) => `<h2 data-v-2f7a1c3e>${t}</h2>`, '', `<p data-v-2f7a1c3e class="n8-more"><b>بیشتر بخوانید:</b> <a href="/news/${Number(c.id) - 95}">${esc(c.a.inline ?? '')}</a></p>`)}
</div>
<div data-v-2f7a1c3e class="n8-tags">${tagLinks(c, '/tag/', ' ', 'n8-tag')}</div>
<div data-v-2f7a1c3e class="n8-share"><a href="https://t.me/share/url?url=https://navad8.com/n/${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://navad8.com/n/${c.id}">واتساپ</a> <button type="button">کپی لینک</button></div>
</article>
<section data-v-4d0e2a91 class="n8-related"><h2 data-v-4d0e2a91>اخبار مرتبط</h2><ul data-v-4d0e2a91>
${li(c.a.related, '/news/', Number(c.id) - 77)}
</ul></section>
<section data-v-5e91b3c7 class="n8-comments"><h2 data-v-5e91b3c7>نظرات کاربران (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t, k) => `<div data-v-5e91b3c7 class="n8-comment"><b>${n}</b> <span>${persian(k ? 12 : 31)} دقیقه پیش</span><p>${t}</p><span>👍 ${persian(k ? 6 : 44)}</span> <span>👎 ${persian(k ? 9 : 2)}</span></div>`)}
</section>
<aside data-v-1a2b3c4d class="n8-side">
<div data-v-1a2b3c4d class="n8-table"><h3 data-v-1a2b3c4d>جدول لیگ برتر</h3><table data-v-1a2b3c4d><tr><th>تیم</th><th>بازی</th><th>امتیاز</th></tr><tr><td>سپاهان</td><td>${persian(30)}</td><td>${persian(64)}</td></tr><tr><td>پرسپولیس</td><td>${persian(30)}</td><td>${persian(61)}</td></tr><tr><td>تراکتور</td><td>${persian(30)}</td><td>${persian(58)}</td></tr><tr><td>فولاد</td><td>${persian(30)}</td><td>${persian(47)}</td></tr></table><span data-v-1a2b3c4d>فصل ۱۴۰۴-۱۴۰۵</span></div>
<div data-v-1a2b3c4d class="n8-app"><a href="/app">دانلود اپلیکیشن نود۸</a></div>
<div data-v-1a2b3c4d class="n8-most"><h3 data-v-1a2b3c4d>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 420)}
</ol></div>
</aside>
</main>
<footer data-v-6b1e0d44 class="n8-footer"><p data-v-6b1e0d44>تمامی حقوق مادی و معنوی این سایت متعلق به نود۸ است.</p></footer>
</div></div></div>
<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{article:{id:${Number(c.id)},title:${js(c.a.title)},published_at:${unix(c)},category:a,views:9215,comments_count:${c.a.comments.length}}}],fetch:{},error:b,state:{live:{matches:c},auth:{user:b}},serverRendered:true,routePath:${js(new URL(c.a.url).pathname)},config:{apiBase:"https:\\u002F\\u002Fapi.navad8.com",_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:b}}}}("league",null,[]));</script>
<script src="/_nuxt/a4f1c2e.js" defer></script><script src="/_nuxt/7d3b9e0.js" defer></script>
</body>
</html>
`,
  },

  // Vatan Emrooz's NEWSPAPER-PAGE VIEW (/newspaper/page/<issue>/<page>/<id>/0): the issue bar «شماره
  // ۴۵۱۲ | سه‌شنبه ۱۶ تیر ۱۴۰۵ | صفحه ۶ | اقتصاد» with the page's PDF link and a thumbnail of the printed
  // page, previous/next page links; the service as a desk line («گروه اقتصادی») above the title; lead;
  // subheadings in the text; the date visible only as the issue date (no time), the instant in
  // article:published_time «…T00:00:00+03:30»; «سایر مطالب این صفحه» (the other stories of page 6) and
  // most-viewed, the archive calendar, footer. The ARTICLE TEXT is typed with ARABIC yeh and kaf; the
  // chrome uses Persian letters.
  vatanemrooz: {
    site: 'روزنامه وطن امروز',
    boiler: ['دانلود PDF این صفحه', 'سایر مطالب این صفحه', 'گروه اقتصادی', 'صفحه قبل', 'آرشیو روزنامه', 'پربازدیدترین مطالب', 'کلیه حقوق این سایت متعلق به روزنامه وطن امروز است', 'نسخه چاپی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | روزنامه وطن امروز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="روزنامه وطن امروز">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="اقتصاد">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.vatanemrooz.ir/static/css/newspaper.css?v=41">
</head>
<body class="newspaper-page">
<header class="vt-header"><a href="https://www.vatanemrooz.ir/"><img src="https://www.vatanemrooz.ir/static/img/logo-vatan.png" alt="روزنامه وطن امروز"></a>
<nav class="vt-nav"><a href="https://www.vatanemrooz.ir/newspaper">روزنامه امروز</a> <a href="https://www.vatanemrooz.ir/service/politics">سیاسی</a> <a class="active" href="https://www.vatanemrooz.ir/service/economy">اقتصادی</a> <a href="https://www.vatanemrooz.ir/service/world">بین‌الملل</a> <a href="https://www.vatanemrooz.ir/service/culture">فرهنگی</a> <a href="https://www.vatanemrooz.ir/service/sport">ورزشی</a> <a href="https://www.vatanemrooz.ir/newspaper/archive">آرشیو روزنامه</a></nav></header>
<div class="vt-issue-bar"><span>شماره ${persian(4512)}</span> | <span>${weekday(c)} ${faDate(c)}</span> | <span>صفحه ${persian(6)}</span> | <span>${esc(c.a.kicker)}</span> <a class="vt-pdf" href="https://www.vatanemrooz.ir/files/newspaper/4512/page6.pdf">دانلود PDF این صفحه</a></div>
<div class="vt-pager"><a href="https://www.vatanemrooz.ir/newspaper/page/4512/5">صفحه قبل</a> <a href="https://www.vatanemrooz.ir/newspaper/page/4512/7">صفحه بعد</a></div>
<main class="vt-main">
<div class="vt-page-thumb"><a href="https://www.vatanemrooz.ir/newspaper/page/4512/6"><img src="https://www.vatanemrooz.ir/files/newspaper/4512/page6-thumb.jpg" alt="تصویر صفحه ۶ شماره ۴۵۱۲"></a></div>
<article class="vt-article">
<div class="vt-desk">گروه اقتصادی</div>
<h1 class="vt-title">${esc(c.a.title)}</h1>
<div class="vt-lead">${esc(c.a.lead ?? '')}</div>
<figure class="vt-photo"><img src="https://www.vatanemrooz.ir/files/newspaper/4512/${c.id}.jpg" alt=""><figcaption>${esc(c.a.caption)}</figcaption></figure>
<div class="vt-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3 class="vt-subhead">${t}</h3>`, '')}
</div>
<div class="vt-tools"><a href="https://www.vatanemrooz.ir/newspaper/print/${c.id}">نسخه چاپی</a> <a href="https://t.me/share/url?url=https://www.vatanemrooz.ir/newspaper/page/4512/6/${c.id}/0">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://www.vatanemrooz.ir/newspaper/page/4512/6/${c.id}/0">ایتا</a></div>
</article>
<section class="vt-same-page"><h2>سایر مطالب این صفحه</h2><ul>
${li(c.a.related, 'https://www.vatanemrooz.ir/newspaper/page/4512/6/', Number(c.id) + 1)}
</ul></section>
<aside class="vt-most"><h2>پربازدیدترین مطالب</h2><ol>
${li(c.a.mostRead, 'https://www.vatanemrooz.ir/newspaper/page/4511/1/', Number(c.id) - 240)}
</ol></aside>
<aside class="vt-archive"><h2>آرشیو روزنامه</h2><form action="https://www.vatanemrooz.ir/newspaper/archive"><select name="y"><option>۱۴۰۵</option><option>۱۴۰۴</option></select><select name="m"><option selected>تیر</option><option>خرداد</option></select><button type="submit">نمایش</button></form></aside>
</main>
<footer class="vt-footer"><p>کلیه حقوق این سایت متعلق به روزنامه وطن امروز است.</p><p>نشانی: تهران، خیابان ولیعصر، کوچه بهار</p></footer>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The six texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'zoomit-phone-assembly-spring', site: 'zoomit', author: 'سینا رضوانی', inlineAt: 4,
    url: 'https://www.zoomit.ir/mobile/431852-iran-smartphone-assembly-spring-1405/',
    title: 'مونتاژ گوشی در ایران ۶۲ درصد رشد کرد؛ سهم تولید داخل به ۲۲ درصد رسید',
    kicker: 'اخبار موبایل', date: '۱۸ تیر ۱۴۰۵ - ۱۴:۳۰',
    lead: 'بر اساس آمار وزارت صنعت، معدن و تجارت، در سه ماه نخست امسال یک میلیون و ۴۵۰ هزار دستگاه گوشی هوشمند در کارخانه‌های داخلی مونتاژ شده که ۶۲ درصد بیشتر از مدت مشابه پارسال است؛ سهم تولید داخل از بازار گوشی کشور اکنون به حدود ۲۲ درصد رسیده است.',
    paras: [
      'به گزارش زومیت، بیشتر این گوشی‌ها در رده قیمتی زیر ۲۰ میلیون تومان قرار دارند و در ۹ واحد مونتاژ در استان‌های تهران، البرز و سمنان تولید می‌شوند. در همین مدت، واردات رسمی گوشی به گزارش گمرک ایران به ۳ میلیون و ۸۰۰ هزار دستگاه به ارزش حدود ۹۲۰ میلیون دلار رسیده است.',
      'این آمار در نشستی خبری اعلام شد که صبح امروز با حضور مهدیه سلطانی‌راد، دبیر انجمن تولیدکنندگان تلفن همراه، و مدیران چند شرکت مونتاژکننده در ساختمان وزارت صمت برگزار شد.',
      'کامران فرهمندپور، مدیرکل دفتر صنایع برق و الکترونیک وزارت صمت، در این نشست گفت: هدف ما این است که تا پایان سال ۱۴۰۶ دست‌کم ۳۵ درصد گوشی‌های بازار در داخل مونتاژ شود. امروز عمده قطعات، از برد اصلی تا نمایشگر، وارد می‌شود و عمق ساخت داخل از ۱۲ درصد فراتر نمی‌رود.',
      'وی افزود: تعرفه واردات قطعات گوشی ۴ درصد و تعرفه گوشی کامل ۱۵ درصد است و همین اختلاف، مونتاژ را برای شرکت‌ها به‌صرفه کرده است. به گفته این مدیرکل، مجوز دو خط مونتاژ تازه در شهرک صنعتی سمنان نیز تا پایان شهریور صادر می‌شود.',
      'نخستین خط مونتاژ گوشی در سمنان سال ۱۴۰۰ با سرمایه‌گذاری شرکتی به مدیریت فرشاد کاظمی‌نیا راه‌اندازی شده بود و ظرفیت تولید روزانه آن اکنون به ۴ هزار دستگاه رسیده است.',
      'سلطانی‌راد اما از تفاوت نرخ ارز در واردات قطعات و گوشی کامل انتقاد کرد و گفت: مونتاژکاران قطعات را با ارز بازار آزاد وارد می‌کنند، اما بخشی از گوشی‌های وارداتی هنوز با ارز مرکز مبادله ترخیص می‌شود. این یعنی رقابت نابرابر.',
      'دبیر انجمن تولیدکنندگان تلفن همراه همچنین خبر داد که شمار کارکنان خطوط مونتاژ گوشی در کشور از ۲ هزار و ۳۰۰ نفر گذشته و حدود ۴۰ درصد آنان زن هستند.',
      'آرجون ناگپال، مدیر بازرگانی منطقه خاورمیانه شرکت هندی دیکسون تکنولوژیز، که در این نشست حضور داشت، به زومیت گفت: ما آماده‌ایم ظرفیت تأمین برد الکترونیکی برای مونتاژکاران ایرانی را تا سال آینده به ۵۰۰ هزار عدد در سال برسانیم، به شرط آنکه مسیر نقل‌وانتقال پول روشن شود. ناگپال افزود که شرکت او اکنون ماهانه حدود ۲۰ هزار برد به ایران می‌فرستد.',
      'سازمان حمایت مصرف‌کنندگان و تولیدکنندگان هم اعلام کرد گوشی‌های مونتاژ داخل از مرداد فقط با برچسب قیمت مصرف‌کننده عرضه می‌شوند. به گفته یک فروشنده در پاساژ علاءالدین تهران، این گوشی‌ها به‌طور میانگین ۱۰ درصد ارزان‌تر از نمونه‌های وارداتی مشابه فروخته می‌شوند.',
    ],
    tags: ['مونتاژ گوشی', 'وزارت صمت', 'بازار موبایل', 'واردات گوشی'],
    caption: 'خط مونتاژ گوشی هوشمند در شهرک صنعتی سمنان', credit: 'عکس: ایرنا',
    related: ['رجیستری گوشی‌های مسافری از مرداد تغییر می‌کند', 'قیمت گوشی‌های سامسونگ در بازار؛ کاهش ۵ درصدی', 'واردات آیفون ۱۶ همچنان ممنوع ماند'],
    mostRead: ['بهترین گوشی‌های میان‌رده تابستان ۱۴۰۵', 'مقایسه گلکسی S26 و آیفون ۱۷', 'سرعت اینترنت ایران در رتبه‌بندی اوکلا', 'راهنمای خرید لپ‌تاپ دانشجویی'],
    comments: [['مهدی', 'مونتاژ یعنی همان واردات با برچسب ایرانی؛ قیمت‌ها که پایین نیامده.'], ['سارا از کرج', 'کیفیت گوشی‌های مونتاژی خدمات پس از فروش را هم شامل می‌شود؟']],
    speakers: [
      { name: 'کامران فرهمندپور', role: 'مدیرکل دفتر صنایع برق و الکترونیک وزارت صمت', also_called: ['وی', 'این مدیرکل'], statements: 3 },
      { name: 'مهدیه سلطانی‌راد', role: 'دبیر انجمن تولیدکنندگان تلفن همراه', also_called: ['سلطانی‌راد'], statements: 2 },
      { name: 'آرجون ناگپال', role: 'مدیر بازرگانی منطقه خاورمیانه شرکت هندی دیکسون تکنولوژیز', also_called: ['ناگپال'], statements: 2 },
    ],
    speakers_never: ['وزارت صنعت، معدن و تجارت', 'گمرک ایران', 'فرشاد کاظمی‌نیا', 'سازمان حمایت مصرف‌کنندگان و تولیدکنندگان', 'یک فروشنده در پاساژ علاءالدین تهران', 'دیکسون تکنولوژیز'],
    figures: [
      { value: 1450000, unit: 'دستگاه', kind: 'count', about: '«یک میلیون و ۴۵۰ هزار دستگاه» گوشی مونتاژی در سه ماه (lead)' },
      { value: 62, unit: 'درصد', kind: 'percent', about: 'رشد مونتاژ نسبت به پارسال (title, lead)' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'سهم تولید داخل از بازار (title, lead)' },
      { value: 20000000, unit: 'تومان', kind: 'money', about: '«زیر ۲۰ میلیون تومان» رده قیمتی' },
      { value: 9, unit: 'واحد', kind: 'count', about: 'واحدهای مونتاژ' },
      { value: 3800000, unit: 'دستگاه', kind: 'count', about: 'واردات رسمی گوشی' },
      { value: 920000000, unit: 'دلار', kind: 'money', about: '«حدود ۹۲۰ میلیون دلار» ارزش واردات' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'هدف سهم مونتاژ داخل تا پایان ۱۴۰۶' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'عمق ساخت داخل' },
      { value: 4, unit: 'درصد', kind: 'percent', about: 'تعرفه واردات قطعات' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'تعرفه گوشی کامل' },
      { value: 2, unit: 'خط', kind: 'count', about: '«دو خط مونتاژ تازه» (count in words)' },
      { value: 4000, unit: 'دستگاه', kind: 'count', about: '«۴ هزار دستگاه» ظرفیت روزانه خط سمنان (kept; «روزانه» is its basis)' },
      { value: 2300, unit: 'نفر', kind: 'count', about: '«۲ هزار و ۳۰۰ نفر» کارکنان خطوط مونتاژ' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم زنان' },
      { value: 500000, unit: 'عدد', kind: 'count', about: '«۵۰۰ هزار عدد در سال» ظرفیت تأمین برد (kept; «در سال» is its basis)' },
      { value: 20000, unit: 'برد', kind: 'count', about: '«حدود ۲۰ هزار برد» ارسال ماهانه' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'ارزان‌تر بودن گوشی‌های مونتاژ داخل' },
    ],
    figures_never: ['«سه ماه نخست امسال», «پارسال», «صبح امروز», «پایان سال ۱۴۰۶», «پایان شهریور», «سال ۱۴۰۰», «سال آینده», «مرداد»: dates', '«روزانه», «در سال», «ماهانه»: bases', '«نخستین خط»: ordinal', 'the price widget («قیمت روز گوشی‌های پرفروش» with toman prices), «زمان مطالعه: ۴ دقیقه», the comment times and likes: not body'],
    notes: [
      'A tech-industry news story of Zoomit as a NEXT.JS PAGES-ROUTER app (__NEXT_DATA__ whose article has publishedAt «2026-07-09T11:00:00.000Z», UTC with milliseconds, and an updatedAt 95 minutes later; MUI/emotion «css-…» class names; next-head-count); JSON-LD NewsArticle and article:published_time give 2026-07-09T14:30:00+03:30 (the gold); the visible date is «پنجشنبه ۱۸ تیر ۱۴۰۵ ساعت ۱۴:۳۰» next to «زمان مطالعه: ۴ دقیقه»; breadcrumb; the lead is a bold paragraph before the cover; a PRICE WIDGET of best-selling phones (names and toman prices, «مشاهده همه قیمت‌ها») after paragraph 5, not body; tags, share row with a short link, author card, related, comments with hours-ago times and likes, most-read, newsletter box, footer).',
      'statements: Farahmandpour: «NAME، ROLE، در این نشست گفت:» (multi-sentence quote, once), «وی افزود:» (one), «به گفته این مدیرکل، …» (one) = 3; Soltanirad is first met IN PASSING among those present at the press conference (no statement there), then speaks by surname: «سلطانی‌راد اما … انتقاد کرد و گفت:» (one, multi-sentence quote), and by role alone: «دبیر انجمن تولیدکنندگان تلفن همراه همچنین خبر داد که …» (one) = 2 (the role-alone form is her role as first given, so it is not repeated in also_called); Nagpal (the foreign speaker, an Indian company\'s manager): «NAME، ROLE، … به زومیت گفت:» (one), «ناگپال افزود که …» (one) = 2.',
      'The ministry («بر اساس آمار»), customs («به گزارش گمرک ایران») and the consumer-protection organization («اعلام کرد») are organizations; the unnamed seller («به گفته یک فروشنده …») is an unnamed source; Kazeminia is only mentioned. «دو خط مونتاژ» is a count in words; the daily capacity («۴ هزار دستگاه») and the yearly board capacity («۵۰۰ هزار عدد در سال») are kept with their basis left out; «۳۵», «۱۲», «۴», «۱۵», «۴۰», «۱۰», «۶۲» and «۲۲ درصد» are eight distinct percents.',
    ],
  },
  {
    name: 'boursepress-index-copper-rally', site: 'boursepress', inlineAt: 5,
    inline: 'نرخ بهره بین‌بانکی دو هفته پیاپی کاهش یافت',
    url: 'https://www.boursepress.ir/news/248913/رشد-۱٫۸-درصدی-شاخص-کل-با-صعود-مس',
    title: 'رشد ۱٫۸ درصدی شاخص کل با صعود مس؛ ارزش معاملات خرد به ۱۳ همت رسید',
    kicker: 'بازار سهام', date: '۱۵ تیر ۱۴۰۵ - ۱۶:۲۵',
    lead: 'شاخص کل بورس تهران در معاملات امروز (دوشنبه) با ۵۸ هزار و ۴۰۰ واحد افزایش معادل ۱٫۸ درصد به ۳ میلیون و ۳۱۲ هزار واحد رسید؛ ارزش معاملات خرد سهام نیز با ۲۷ درصد رشد نسبت به روز کاری قبل به ۱۳ همت رسید.',
    paras: [
      'به گزارش بورس پرس، نمادهای گروه فلزات اساسی و به‌ویژه «فملی» و «فخوز» بیشترین اثر مثبت را بر شاخص داشتند. قیمت سهام شرکت ملی صنایع مس ایران امروز ۵ درصد بالا رفت و این نماد با ۶۴۰ میلیون سهم، بیشترین حجم معاملات بازار را به خود اختصاص داد.',
      'در پایان معاملات ۶۱۲ نماد مثبت و ۱۸۴ نماد منفی بسته شدند و ارزش صف‌های خرید به ۲ هزار و ۹۰۰ میلیارد تومان رسید. شاخص کل هم‌وزن نیز ۱٫۲ درصد رشد کرد.',
      'بر اساس آمار شرکت مدیریت فناوری بورس تهران، ورود پول حقیقی به سهام امروز به ۸۷۰ میلیارد تومان رسید که بیشترین رقم از ابتدای خرداد است. این آمار عصر امروز در نشست هفتگی کانون نهادهای سرمایه‌گذاری ایران هم مرور شد؛ نشستی که با حضور مدیران صندوق‌ها و سیما قربانی‌فرد، عضو هیئت‌مدیره این کانون، برگزار شد.',
      'مدیرعامل سبدگردان آرمان‌اندیش بهروز کیان‌پور در گفت‌وگو با بورس پرس گفت: رشد قیمت جهانی مس و کاهش نرخ بهره بین‌بانکی دو موتور اصلی بازار در هفته اخیر بوده‌اند. نسبت قیمت به درآمد بازار هنوز حدود ۶ برابر است و با میانگین بلندمدت فاصله زیادی دارد.',
      'وی افزود: نرخ بهره بین‌بانکی هفته گذشته به ۲۳٫۵ درصد رسید و اگر زیر ۲۳ درصد بماند، جذابیت سپرده‌ها و اوراق در مقایسه با سهام کمتر می‌شود.',
      'در بازارهای جهانی نیز قیمت هر تن مس در بورس فلزات لندن دیروز با ۲٫۴ درصد افزایش به ۱۰ هزار و ۸۵۰ دلار رسید. الیور هارتمن، تحلیلگر بازار فلزات در مؤسسه مکواری، در گزارشی برای مشتریان این مؤسسه نوشت: کمبود عرضه معادن شیلی و پرو و تقاضای بالای شبکه‌های برق چین، قیمت مس را تا پایان سال میلادی به ۱۱ هزار و ۵۰۰ دلار می‌رساند. به نوشته هارتمن، موجودی انبارهای بورس فلزات لندن به کمترین سطح ۱۸ ماه اخیر رسیده است.',
      'قربانی‌فرد اما درباره هیجان خریداران هشدار داد و گفت: بخشی از خریدهای این روزها هیجانی است. سهامداران تازه‌وارد نباید با اعتبار کارگزاری یا وام بانکی وارد بازار شوند؛ تجربه سال ۱۳۹۹ را فراموش نکنیم.',
      'به گفته عضو هیئت‌مدیره کانون نهادهای سرمایه‌گذاری، خالص خروج پول از صندوق‌های درآمد ثابت در هفته گذشته ۴ هزار و ۱۰۰ میلیارد تومان بوده که بخش بزرگی از آن راهی صندوق‌های سهامی شده است.',
      'سازمان بورس و اوراق بهادار نیز اعلام کرد عرضه اولیه سهام یک شرکت پتروشیمی به ارزش ۳ هزار میلیارد تومان روز چهارشنبه در فرابورس انجام می‌شود. در حاشیه نشست کانون نیز از مهرداد صالحی‌نیا، از پیشکسوتان بازار سرمایه، تقدیر شد.',
    ],
    tags: ['شاخص کل', 'فملی', 'مس', 'صندوق‌های درآمد ثابت'],
    caption: 'تالار معاملات شرکت بورس اوراق بهادار تهران', credit: 'عکس: بورس پرس',
    related: ['بازدهی صندوق‌های سهامی در خرداد ۱۴۰۵', 'افزایش سرمایه ۶۰ درصدی فملی تصویب شد', 'قیمت مس در بورس لندن رکورد زد'],
    mostRead: ['زمان عرضه اولیه بعدی فرابورس اعلام شد', 'سود نقدی فولاد مبارکه کی واریز می‌شود؟', 'پیش‌بینی شاخص کل در هفته سوم تیر', 'جدول نمادهای پربازده بهار'],
    comments: [['سهامدار قدیمی', 'هر وقت صف خرید شد، دو هفته بعد صف فروش می‌شود؛ مراقب باشید.'], ['رضا', 'فملی هنوز جای رشد دارد.']],
    speakers: [
      { name: 'بهروز کیان‌پور', role: 'مدیرعامل سبدگردان آرمان‌اندیش', also_called: ['وی'], statements: 2 },
      { name: 'الیور هارتمن', role: 'تحلیلگر بازار فلزات در مؤسسه مکواری', also_called: ['هارتمن'], statements: 2 },
      { name: 'سیما قربانی‌فرد', role: 'عضو هیئت‌مدیره این کانون', also_called: ['قربانی‌فرد', 'عضو هیئت‌مدیره کانون نهادهای سرمایه‌گذاری'], statements: 2 },
    ],
    speakers_never: ['شرکت مدیریت فناوری بورس تهران', 'کانون نهادهای سرمایه‌گذاری ایران', 'سازمان بورس و اوراق بهادار', 'مهرداد صالحی‌نیا', 'مؤسسه مکواری'],
    figures: [
      { value: 58400, unit: 'واحد', kind: 'measure', about: '«۵۸ هزار و ۴۰۰ واحد» رشد شاخص کل (lead)' },
      { value: 1.8, unit: 'درصد', kind: 'percent', about: 'رشد شاخص کل (title, lead)' },
      { value: 3312000, unit: 'واحد', kind: 'measure', about: '«۳ میلیون و ۳۱۲ هزار واحد» شاخص کل (lead)' },
      { value: 27, unit: 'درصد', kind: 'percent', about: 'رشد ارزش معاملات خرد' },
      { value: 13000000000000, unit: 'همت', kind: 'money', about: '«۱۳ همت» ارزش معاملات خرد (title, lead)' },
      { value: 5, unit: 'درصد', kind: 'percent', about: 'رشد قیمت سهام فملی' },
      { value: 640000000, unit: 'سهم', kind: 'count', about: '«۶۴۰ میلیون سهم» حجم معاملات فملی' },
      { value: 612, unit: 'نماد', kind: 'count', about: 'نمادهای مثبت' },
      { value: 184, unit: 'نماد', kind: 'count', about: 'نمادهای منفی' },
      { value: 2900000000000, unit: 'تومان', kind: 'money', about: '«۲ هزار و ۹۰۰ میلیارد تومان» صف‌های خرید' },
      { value: 1.2, unit: 'درصد', kind: 'percent', about: 'رشد شاخص هم‌وزن' },
      { value: 870000000000, unit: 'تومان', kind: 'money', about: 'ورود پول حقیقی' },
      { value: 6, unit: 'برابر', kind: 'count', about: '«حدود ۶ برابر» نسبت قیمت به درآمد' },
      { value: 23.5, unit: 'درصد', kind: 'percent', about: 'نرخ بهره بین‌بانکی' },
      { value: 23, unit: 'درصد', kind: 'percent', about: '«زیر ۲۳ درصد» آستانه نرخ بهره' },
      { value: 2.4, unit: 'درصد', kind: 'percent', about: 'رشد قیمت مس در لندن' },
      { value: 10850, unit: 'دلار', kind: 'money', about: 'قیمت هر تن مس (kept; «هر تن» is its basis)' },
      { value: 11500, unit: 'دلار', kind: 'money', about: 'پیش‌بینی قیمت مس تا پایان سال میلادی' },
      { value: 4100000000000, unit: 'تومان', kind: 'money', about: '«۴ هزار و ۱۰۰ میلیارد تومان» خروج پول از صندوق‌های درآمد ثابت' },
      { value: 3000000000000, unit: 'تومان', kind: 'money', about: '«۳ هزار میلیارد تومان» ارزش عرضه اولیه' },
    ],
    figures_never: ['«امروز (دوشنبه)», «روز کاری قبل», «ابتدای خرداد», «هفته اخیر», «هفته گذشته», «دیروز», «پایان سال میلادی», «سال ۱۳۹۹», «روز چهارشنبه»: dates', '«۱۸ ماه اخیر»: a duration', '«دو موتور اصلی»: not a quantity of anything measured', '«فملی», «فخوز»: ticker symbols', '«هر تن»: basis', 'the header market ticker (index values, «۱۳٫۰۴» همت at 12:30) and the read-more link: not body'],
    notes: [
      'An after-market report of the capital-market agency Bourse Press (own agency CMS): a MARKET TICKER table in the header with the index values and changes at 12:30 (شاخص کل ۳٬۳۱۲٬۰۰۶ +۵۸٬۳۹۱، شاخص هم‌وزن، شاخص فرابورس، ارزش معاملات خرد ۱۳٫۰۴ همت), numbers close to but not the same as the text\'s rounded ones, not body; the date as NUMERIC Jalali with a space and no dash before the time, «تاریخ انتشار: ۱۴۰۵/۰۴/۱۵ ۱۶:۲۵», next to the news code and views; article:published_time and JSON-LD give 2026-07-06T16:25:00+03:30; rutitr «گزارش پایان بازار» (not body), lead, photo; an in-body «بیشتر بخوانید:» link after paragraph 6, not body; tags, share row with short link and print, related, comments, most-viewed, footer with the licence line).',
      'statements: Kianpour, introduced as «ROLE NAME» without commas: «… در گفت‌وگو با بورس پرس گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Hartmann (the foreign analyst): «NAME، ROLE، در گزارشی … نوشت:» (one), «به نوشته هارتمن، …» (one) = 2; Ghorbanifard is first met IN PASSING among those at the funds\' meeting (no statement), then speaks by surname, «قربانی‌فرد اما … هشدار داد و گفت:» (one, multi-sentence quote), and by a fuller role alone, «به گفته عضو هیئت‌مدیره کانون نهادهای سرمایه‌گذاری، …» (one) = 2. Her role is given as the body first gives it, «عضو هیئت‌مدیره این کانون».',
      'The exchange\'s technology company («بر اساس آمار»), the funds\' association (a meeting) and the Securities and Exchange Organization («اعلام کرد») are organizations; the veteran Salehinia is only mentioned; Macquarie is the analyst\'s firm. Index points (واحد) are measures; «۱۳ همت» is 1.3e13 with unit همت; the copper price per tonne is kept with its basis left out; «۶ برابر» is count/برابر; «۲۳٫۵» and the threshold «۲۳ درصد» are two figures.',
    ],
  },
  {
    name: 'anapress-azad-international-students', site: 'anapress', inlineAt: 5,
    inline: 'سامانه جامع دانشجویان بین‌الملل دانشگاه آزاد رونمایی شد',
    url: 'https://ana.press/news/912457/دانشگاه-آزاد-امسال-۱۲-هزار-دانشجوی-بین‌الملل-می‌پذیرد',
    title: 'دانشگاه آزاد امسال ۱۲ هزار دانشجوی بین‌الملل می‌پذیرد',
    kicker: 'دانشگاه آزاد', date: '۲۱ تیر ۱۴۰۵ - ۱۳:۱۰',
    lead: 'معاون امور بین‌الملل دانشگاه آزاد اسلامی از پذیرش ۱۲ هزار دانشجوی خارجی در سال تحصیلی پیش رو خبر داد و گفت بیش از ۷۰ درصد متقاضیان از عراق، افغانستان و سوریه هستند.',
    paras: [
      'به گزارش خبرگزاری آنا، سعید رحمانی‌مقدم امروز (یکشنبه) در آیین آغاز ثبت‌نام دانشجویان بین‌الملل در واحد علوم و تحقیقات افزود: شمار دانشجویان خارجی دانشگاه در سه سال گذشته دو برابر شده و اکنون حدود ۱۸ هزار و ۵۰۰ دانشجوی غیرایرانی در ۴۶ واحد دانشگاهی تحصیل می‌کنند.',
      'وی ادامه داد: رشته‌های پزشکی، دندانپزشکی و مهندسی عمران بیشترین متقاضی را دارند. شهریه سالانه رشته پزشکی برای دانشجویان خارجی ۶ هزار و ۵۰۰ دلار تعیین شده که کمتر از نصف شهریه دانشگاه‌های کشورهای همسایه است.',
      'در این آیین که مریم شاه‌حسینی، رئیس مرکز جذب دانشجویان بین‌الملل واحد علوم و تحقیقات، و جمعی از رایزنان فرهنگی سفارت‌های کشورهای همسایه نیز حضور داشتند، از ۲۰ دانشجوی ممتاز خارجی تقدیر شد؛ از جمله زینب الموسوی، دانشجوی عراقی رشته دندانپزشکی که رتبه نخست آزمون جامع علوم پایه را کسب کرده است.',
      'حیدر عبدالامیر الساعدی، مدیرکل بورس‌های تحصیلی وزارت آموزش عالی عراق، که برای امضای تفاهم‌نامه همکاری به تهران آمده است، در این مراسم گفت: سال گذشته نزدیک به ۹ هزار دانشجوی عراقی برای تحصیل به ایران آمدند و انتظار داریم این رقم امسال به ۱۱ هزار نفر برسد.',
      'الساعدی افزود: وزارت آموزش عالی عراق تاکنون مدرک ۳۲ رشته دانشگاه آزاد را به رسمیت شناخته و فهرست تازه‌ای شامل ۸ رشته دیگر در دست بررسی است.',
      'شاه‌حسینی نیز در حاشیه این مراسم به خبرنگار آنا گفت: ظرفیت خوابگاه‌های ویژه دانشجویان بین‌الملل در این واحد به هزار و ۲۰۰ تخت رسیده و قرارداد ساخت ۶۰۰ تخت دیگر هم امضا شده است.',
      'او تصریح کرد که دوره فشرده زبان فارسی برای پذیرفته‌شدگان خارجی از ۱۵ مرداد و به مدت ۱۰ هفته برگزار می‌شود و هزینه آن ۴۵۰ دلار است.',
      'رحمانی‌مقدم همچنین گفت صدور روادید تحصیلی دانشجویان خارجی اکنون به‌طور میانگین ۲۵ روز طول می‌کشد و دانشگاه از وزارت امور خارجه خواسته است این زمان را به کمتر از ۱۰ روز برساند.',
      'مرکز سنجش و پذیرش دانشگاه آزاد اسلامی نیز اعلام کرد مهلت ثبت‌نام متقاضیان خارجی تا ۳۱ شهریور ادامه دارد و ثبت‌نام فقط از طریق سامانه جامع دانشجویان بین‌الملل انجام می‌شود.',
    ],
    tags: ['دانشگاه آزاد اسلامی', 'دانشجویان بین‌الملل', 'عراق', 'واحد علوم و تحقیقات'],
    caption: 'دانشجویان خارجی واحد علوم و تحقیقات در نخستین روز ثبت‌نام', credit: 'عکس: آنا',
    related: ['تفاهم‌نامه دانشگاه آزاد با دانشگاه بغداد امضا شد', 'شهریه دانشجویان خارجی در سال تحصیلی جدید اعلام شد', 'افتتاح خوابگاه بین‌المللی واحد مشهد'],
    mostRead: ['نتایج پذیرش بدون آزمون کاردانی اعلام شد', 'زمان انتخاب رشته کنکور ۱۴۰۵', 'تقویم آموزشی نیمسال اول ۱۴۰۵-۱۴۰۶', 'وام شهریه دانشجویان دانشگاه آزاد'],
    comments: [['علی', 'خوابگاه دانشجویان ایرانی هم کم است؛ به فکر آنها هم باشید.']],
    speakers: [
      { name: 'سعید رحمانی‌مقدم', role: 'معاون امور بین‌الملل دانشگاه آزاد اسلامی', also_called: ['وی', 'رحمانی‌مقدم'], statements: 4 },
      { name: 'حیدر عبدالامیر الساعدی', role: 'مدیرکل بورس‌های تحصیلی وزارت آموزش عالی عراق', also_called: ['الساعدی'], statements: 2 },
      { name: 'مریم شاه‌حسینی', role: 'رئیس مرکز جذب دانشجویان بین‌الملل واحد علوم و تحقیقات', also_called: ['شاه‌حسینی', 'او'], statements: 2 },
    ],
    speakers_never: ['زینب الموسوی', 'وزارت امور خارجه', 'مرکز سنجش و پذیرش دانشگاه آزاد اسلامی', 'رایزنان فرهنگی'],
    figures: [
      { value: 12000, unit: 'دانشجو', kind: 'count', about: '«۱۲ هزار دانشجوی خارجی» پذیرش امسال (title, lead)' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۰ درصد» متقاضیان از سه کشور (lead)' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«دو برابر» شدن شمار دانشجویان خارجی' },
      { value: 18500, unit: 'دانشجو', kind: 'count', about: '«حدود ۱۸ هزار و ۵۰۰ دانشجوی غیرایرانی»' },
      { value: 46, unit: 'واحد', kind: 'count', about: 'واحدهای دانشگاهی' },
      { value: 6500, unit: 'دلار', kind: 'money', about: 'شهریه سالانه پزشکی (kept; «سالانه» is its basis)' },
      { value: 20, unit: 'دانشجو', kind: 'count', about: 'دانشجویان ممتاز تقدیرشده' },
      { value: 9000, unit: 'دانشجو', kind: 'count', about: '«نزدیک به ۹ هزار دانشجوی عراقی» سال گذشته' },
      { value: 11000, unit: 'نفر', kind: 'count', about: 'انتظار امسال' },
      { value: 32, unit: 'رشته', kind: 'count', about: 'رشته‌های به رسمیت شناخته‌شده' },
      { value: 8, unit: 'رشته', kind: 'count', about: 'رشته‌های در دست بررسی' },
      { value: 1200, unit: 'تخت', kind: 'count', about: '«هزار و ۲۰۰ تخت» ظرفیت خوابگاه' },
      { value: 600, unit: 'تخت', kind: 'count', about: 'تخت‌های در دست ساخت' },
      { value: 450, unit: 'دلار', kind: 'money', about: 'هزینه دوره زبان فارسی' },
    ],
    figures_never: ['«سال تحصیلی پیش رو», «امروز (یکشنبه)», «سال گذشته», «امسال», «۱۵ مرداد», «۳۱ شهریور»: dates', '«سه سال گذشته», «۱۰ هفته», «۲۵ روز», «کمتر از ۱۰ روز»: durations', '«کمتر از نصف»: vague', '«رتبه نخست»: ordinal', '«سالانه»: basis', 'the entrance banner and the read-more box: not body'],
    notes: [
      'A university story of ANA, the news agency of Islamic Azad University (agency CMS): the university\'s top bar (portal and testing-centre links), a REGISTRATION BANNER ad («ثبت‌نام بدون آزمون دانشگاه آزاد اسلامی آغاز شد») above the article, the service line with the news code and a <time itemprop="datePublished" datetime="2026-07-12T13:10:00+03:30"> showing «یکشنبه ۲۱ تیر ۱۴۰۵ - ۱۳:۱۰», JSON-LD with the same instant; rutitr «میزبانی از دانشجویان بین‌الملل» (not body), title, lead, photo; an in-body «بیشتر بخوانید» box after paragraph 6, not body; «کلیدواژه‌ها», share row, related, one comment, most-viewed, footer).',
      'statements: Rahmani-Moghaddam is first given by ROLE ONLY, in the lead: «ROLE از … خبر داد و گفت …» (one); then by name without his role: «NAME امروز … افزود:» (one), «وی ادامه داد:» (two-sentence quote, once), and by surname at the end: «رحمانی‌مقدم همچنین گفت … و دانشگاه از وزارت امور خارجه خواسته است …» (one sentence, one) = 4; Al-Saedi (the foreign speaker, an Iraqi official): «NAME، ROLE، … در این مراسم گفت:» (one), «الساعدی افزود:» (one) = 2; Shahhosseini is first met IN PASSING among those present at the ceremony, then speaks by surname: «شاه‌حسینی نیز … به خبرنگار آنا گفت:» (one), «او تصریح کرد که …» (one) = 2.',
      'The honoured student Al-Mousawi is only mentioned; the testing centre («اعلام کرد») is an organization; the cultural attachés are present only. Students are counted with unit دانشجو («۱۲ هزار دانشجوی خارجی», «۱۸ هزار و ۵۰۰ دانشجوی غیرایرانی», «۲۰ دانشجوی ممتاز», «۹ هزار دانشجوی عراقی») and «۱۱ هزار نفر» with unit نفر; «دو برابر» is count/برابر; «هزار و ۲۰۰ تخت» is 1200; the visa times (۲۵ and ۱۰ روز) are durations.',
    ],
  },
  {
    name: 'cinemacinema-locarno-competition', site: 'cinemacinema', author: 'نگار عباسیان', zwnjLost: true, photoAt: 0,
    url: 'https://cinemacinema.ir/news/68421/',
    title: '«خانه‌ای روی آب» به بخش مسابقه جشنواره لوکارنو راه یافت',
    kicker: 'سینمای ایران', date: '۲۰ تیر ۱۴۰۵ - ۱۹:۴۵',
    lead: 'فیلم سینمایی «خانه‌ای روی آب» به کارگردانی پرستو میرزاخانی، تنها نماینده سینمای ایران در بخش مسابقه بین‌الملل هفتاد و نهمین جشنواره فیلم لوکارنو است؛ جشنواره‌ای که از ۱۴ مرداد در سوئیس آغاز می‌شود.',
    paras: [
      'به گزارش سینما سینما، فهرست فیلم‌های بخش مسابقه بین‌الملل این جشنواره امروز اعلام شد و ۱۷ فیلم از ۱۵ کشور در آن حضور دارند. «خانه‌ای روی آب» نخستین نمایش جهانی خود را در لوکارنو تجربه می‌کند.',
      'این فیلم داستان خانواده‌ای ماهیگیر در حاشیه تالاب انزلی است که با خشک شدن تالاب، خانه و کارشان را از دست می‌دهند. رویا افشارنیا و بهمن کاظمی‌راد بازیگران اصلی فیلم هستند و فیلمبرداری آن در ۶ روستای حاشیه تالاب انجام شده است.',
      'میرزاخانی در گفت‌وگو با سینما سینما گفت: ما این فیلم را در روزهایی ساختیم که آب تالاب هر هفته عقب‌تر می‌رفت. نمی‌خواستیم فیلمی درباره محیط زیست بسازیم؛ می‌خواستیم نشان دهیم وقتی آب می‌رود، آدم‌ها چطور از هم دور می‌شوند.',
      'کارگردان «خانه‌ای روی آب» افزود: بیش از ۸۰ درصد بازیگران فیلم از مردم همان روستاها هستند و بسیاری از آنها پیش از این هرگز جلوی دوربین نرفته بودند.',
      'جواد صدرنشین، تهیه‌کننده فیلم، نیز درباره هزینه ساخت آن گفت: بودجه فیلم حدود ۳۵ میلیارد تومان بود که ۳۰ درصد آن را یک شریک فرانسوی تأمین کرد. بدون این مشارکت، ساخت فیلم با این کیفیت ممکن نبود.',
      'وی درباره اکران داخلی فیلم توضیح داد که «خانه‌ای روی آب» پس از لوکارنو در چند جشنواره دیگر هم نمایش داده می‌شود و اکران آن در ایران به پاییز موکول شده است.',
      'ماتئو بروناتی، عضو کمیته انتخاب جشنواره لوکارنو، در یادداشتی که همراه فهرست فیلم‌ها منتشر شد، درباره این فیلم نوشت: میرزاخانی با کمترین امکانات، تصویری شاعرانه و در عین حال تلخ از زوال یک سرزمین ساخته است؛ فیلمی که تماشاگر را تا مدت‌ها رها نمی‌کند.',
      'بروناتی همچنین یادآور شد که امسال بیش از ۲ هزار و ۸۰۰ فیلم برای حضور در بخش‌های مختلف جشنواره به دبیرخانه رسیده بود.',
      'سازمان سینمایی نیز با انتشار پیامی حضور این فیلم در لوکارنو را تبریک گفت. آخرین بار یک فیلم ایرانی شش سال پیش در بخش مسابقه بین‌الملل این جشنواره حضور داشت.',
    ],
    tags: ['جشنواره لوکارنو', 'خانه‌ای روی آب', 'پرستو میرزاخانی', 'سینمای ایران'],
    caption: 'نمایی از فیلم «خانه‌ای روی آب»', credit: 'عکس: روابط عمومی فیلم',
    related: ['فهرست کامل فیلم‌های لوکارنو ۲۰۲۶', 'سه فیلم ایرانی در بازار فیلم کن', 'تالاب انزلی در سینما؛ از «ماهی و گربه» تا امروز'],
    mostRead: ['فروش هفتگی سینماها؛ «زن و بچه» صدرنشین ماند', 'اکران تابستانی ۱۴۰۵ با ۱۲ فیلم', 'نقد فیلم «پیرپسر»', 'بازیگران سریال تازه شبکه نمایش خانگی'],
    comments: [['حمید', 'تبریک به خانم میرزاخانی؛ کاش زودتر در ایران اکران شود.']],
    speakers: [
      { name: 'پرستو میرزاخانی', role: 'کارگردان «خانه‌ای روی آب»', also_called: ['میرزاخانی'], statements: 2 },
      { name: 'جواد صدرنشین', role: 'تهیه‌کننده فیلم', also_called: ['وی'], statements: 2 },
      { name: 'ماتئو بروناتی', role: 'عضو کمیته انتخاب جشنواره لوکارنو', also_called: ['بروناتی'], statements: 2 },
    ],
    speakers_never: ['رویا افشارنیا', 'بهمن کاظمی‌راد', 'سازمان سینمایی', 'یک شریک فرانسوی'],
    figures: [
      { value: 17, unit: 'فیلم', kind: 'count', about: 'فیلم‌های بخش مسابقه' },
      { value: 15, unit: 'کشور', kind: 'count', about: 'کشورهای حاضر در مسابقه' },
      { value: 6, unit: 'روستا', kind: 'count', about: 'روستاهای محل فیلمبرداری' },
      { value: 80, unit: 'درصد', kind: 'percent', about: '«بیش از ۸۰ درصد» بازیگران بومی' },
      { value: 35000000000, unit: 'تومان', kind: 'money', about: '«حدود ۳۵ میلیارد تومان» بودجه فیلم' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'سهم شریک فرانسوی' },
      { value: 2800, unit: 'فیلم', kind: 'count', about: '«بیش از ۲ هزار و ۸۰۰ فیلم» ارسالی به جشنواره' },
    ],
    figures_never: ['«هفتاد و نهمین جشنواره», «نخستین نمایش جهانی», «آخرین بار»: ordinals', '«۱۴ مرداد», «امروز», «پاییز», «امسال», «شش سال پیش»: dates', '«یک شریک فرانسوی», «یک فیلم ایرانی», «یک سرزمین»: lone «یک»', '«هر هفته»: frequency', 'the festival-poster caption («لوکارنو ۲۰۲۶») and the sidebar box-office table: not body'],
    notes: [
      'A festival story of Cinema Cinema on WORDPRESS with the JANNAH theme (TieLabs: #tie-wrapper, .entry-header with the category pill, .post-meta with the author, a Persian date WITHOUT time «۲۰ تیر ۱۴۰۵», views and reading time; featured image with caption; .entry-content whose first paragraph is the bold lead; a festival POSTER figure with its own caption after the first body paragraph, not body; tags, share buttons, «شاید این مطالب را هم دوست داشته باشید» related, the WordPress comment form with one comment; a sticky sidebar with a weekly BOX-OFFICE table in toman, most-read and a newsletter). The instant is only in Yoast\'s schema graph and article:published_time, in UTC as «2026-07-11T16:15:00+00:00» (the site clock set to UTC): the gold is the same instant in Tehran time, 2026-07-11T19:45:00+03:30. The page LOST EVERY ZWNJ (text and chrome): the gold title and body are exactly what the page shows; names, roles, units and speakers_never are given in clean form.',
      'statements: Mirzakhani is first met IN PASSING in the lead as the film\'s director («به کارگردانی NAME»), then speaks by surname: «میرزاخانی در گفت‌وگو با سینما سینما گفت:» (multi-sentence quote, once), and by role alone: «کارگردان «خانه‌ای روی آب» افزود:» (one) = 2 (that role-alone form is the role given); Sadrneshin: «NAME، ROLE، نیز … گفت:» (multi-sentence quote, once), «وی … توضیح داد که …» (one) = 2; Brunati (the foreign speaker, a Locarno selector): «NAME، ROLE، در یادداشتی … نوشت:» (one), «بروناتی همچنین یادآور شد که …» (one) = 2.',
      'The lead actors Afsharnia and Kazemirad are only mentioned; the Cinema Organization («تبریک گفت») is an organization; «یک شریک فرانسوی» is unnamed. «هفتاد و نهمین» is an ordinal in words; «۱۷ فیلم» and «۲ هزار و ۸۰۰ فیلم» are two figures with one unit; «شش سال پیش» is a date.',
    ],
  },
  {
    name: 'navad8-foolad-antalya-friendly', site: 'navad8', inlineAt: 5,
    inline: 'فهرست خریدهای فولاد برای فصل جدید؛ دو خارجی در راه',
    url: 'https://www.navad8.com/news/173904/پیروزی-فولاد-در-دومین-بازی-تدارکاتی-اردوی-آنتالیا',
    title: 'پیروزی فولاد در دومین بازی تدارکاتی اردوی آنتالیا',
    kicker: 'لیگ برتر', date: '۲۲ تیر ۱۴۰۵ - ۲۳:۰۵',
    lead: 'تیم فوتبال فولاد خوزستان در دومین دیدار تدارکاتی اردوی پیش‌فصل خود در آنتالیای ترکیه، امشب (دوشنبه) ۲ بر یک از سد اسکی‌شهیراسپور گذشت.',
    paras: [
      'به گزارش نود۸، گل‌های فولاد را امیرعلی صادقی‌پور، مهاجم تازه‌وارد این تیم، در دقیقه ۳۸ و هافبک برزیلی فولاد در دقیقه ۷۱ به ثمر رساندند. این دیدار در زمین تمرینی هتل محل اقامت تیم و با حضور حدود ۳۰۰ تماشاگر برگزار شد.',
      'میلان ستویانوویچ، سرمربی صرب فولاد، پس از بازی در گفت‌وگو با خبرنگار اعزامی نود۸ گفت: هنوز در هفته دوم تمرینات هستیم و نمی‌خواهم درباره نتیجه زیاد صحبت کنم. بدنسازی ما طبق برنامه پیش می‌رود و آمادگی بازیکنان به حدود ۷۰ درصد رسیده است.',
      'وی افزود: در این اردو ۲۶ بازیکن در اختیار داریم و تا پایان آن باید فهرست را به ۲۴ نفر برسانیم. هنوز منتظر جذب یک مهاجم خارجی و یک مدافع میانی هستیم.',
      'ستویانوویچ درباره برنامه باقی‌مانده اردو نیز توضیح داد که فولاد تا پایان اردو ۳ بازی دیگر انجام می‌دهد که مهم‌ترین آنها دیدار با یک تیم از لیگ برتر روسیه است.',
      'صادقی‌پور که تابستان امسال با قراردادی دوساله از ملوان به فولاد پیوسته، پس از بازی به نود۸ گفت: گلزنی در نخستین بازی با پیراهن فولاد حس خیلی خوبی دارد. هوای آنتالیا گرم است، اما کادر فنی فشار تمرینات را کم نکرده و روزی دو جلسه تمرین می‌کنیم.',
      'مدیرعامل باشگاه فولاد حمیدرضا نیک‌بخت هم که همراه تیم در ترکیه است، درباره نقل‌وانتقالات گفت: سقف بودجه باشگاه برای فصل جدید ۴۸۰ میلیارد تومان تعیین شده و بیش از ۶۰ درصد آن صرف قراردادهای بازیکنان می‌شود.',
      'نیک‌بخت افزود که مذاکره با دو بازیکن خارجی در مراحل پایانی است و هزینه اردوی ترکیه نیز حدود ۱۸۰ هزار یورو برآورد شده است.',
      'سرمربی اسکی‌شهیراسپور نیز پس از بازی گفت فولاد تیمی منظم و بدنی است و در ضدحملات خطرناک بازی می‌کند.',
      'سازمان لیگ فوتبال ایران پیش‌تر اعلام کرده بود فصل جدید لیگ برتر از ۳۰ مرداد آغاز می‌شود. فولاد در هفته نخست میزبان استقلال خوزستان است. پوریا شریفی‌نسب، هافبک فولاد، به دلیل مصدومیت در این اردو حضور ندارد.',
    ],
    tags: ['فولاد خوزستان', 'اردوی آنتالیا', 'بازی تدارکاتی', 'لیگ برتر'],
    caption: 'بازیکنان فولاد در دیدار تدارکاتی امشب در آنتالیا', credit: 'عکس: باشگاه فولاد',
    related: ['اولین بازی تدارکاتی فولاد در ترکیه بدون گل تمام شد', 'ستویانوویچ فهرست مازاد فولاد را اعلام کرد', 'قرعه‌کشی لیگ برتر ۱۴۰۵-۱۴۰۶ انجام شد'],
    mostRead: ['برنامه نیمه‌نهایی جام جهانی ۲۰۲۶', 'مهاجم پرسپولیس در راه لیگ قطر', 'تمدید قرارداد سرمربی سپاهان', 'زمان بسته شدن پنجره نقل و انتقالات'],
    comments: [['هوادار فولاد', 'ستویانوویچ کار را بلد است، فقط مهاجم خارجی خوب بیاورند.'], ['امیر از اهواز', 'صادقی‌پور گل خوبی زد.']],
    speakers: [
      { name: 'میلان ستویانوویچ', role: 'سرمربی صرب فولاد', also_called: ['وی', 'ستویانوویچ'], statements: 3 },
      { name: 'امیرعلی صادقی‌پور', role: 'مهاجم تازه‌وارد این تیم', also_called: ['صادقی‌پور'], statements: 1 },
      { name: 'حمیدرضا نیک‌بخت', role: 'مدیرعامل باشگاه فولاد', also_called: ['نیک‌بخت'], statements: 2 },
    ],
    speakers_never: ['سرمربی اسکی‌شهیراسپور', 'سازمان لیگ فوتبال ایران', 'پوریا شریفی‌نسب', 'هافبک برزیلی فولاد'],
    figures: [
      { value: 300, unit: 'تماشاگر', kind: 'count', about: '«حدود ۳۰۰ تماشاگر»' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'آمادگی بازیکنان' },
      { value: 26, unit: 'بازیکن', kind: 'count', about: 'بازیکنان حاضر در اردو' },
      { value: 24, unit: 'نفر', kind: 'count', about: 'فهرست نهایی' },
      { value: 3, unit: 'بازی', kind: 'count', about: 'بازی‌های باقی‌مانده اردو' },
      { value: 480000000000, unit: 'تومان', kind: 'money', about: '«۴۸۰ میلیارد تومان» سقف بودجه باشگاه' },
      { value: 60, unit: 'درصد', kind: 'percent', about: '«بیش از ۶۰ درصد» سهم قراردادهای بازیکنان' },
      { value: 2, unit: 'بازیکن', kind: 'count', about: '«دو بازیکن خارجی» در مذاکره (count in words)' },
      { value: 180000, unit: 'یورو', kind: 'money', about: '«حدود ۱۸۰ هزار یورو» هزینه اردو' },
    ],
    figures_never: ['«۲ بر یک»: the score', '«دقیقه ۳۸», «دقیقه ۷۱»: match minutes', '«دومین دیدار», «دومین بازی», «هفته دوم», «نخستین بازی», «هفته نخست»: ordinals', '«امشب (دوشنبه)», «تابستان امسال», «فصل جدید», «۳۰ مرداد»: dates', '«دوساله»: a duration', '«روزی دو جلسه»: a frequency', '«یک مهاجم خارجی», «یک مدافع میانی», «یک تیم»: lone «یک»', 'the live-scores strip, the sidebar league table, comment votes: not body'],
    notes: [
      'A pre-season friendly report of the sports site Navad8 as a NUXT 2 SSR app (<div id="__nuxt"><div id="__layout">, data-v-… scoped attributes, data-n-head metas, /_nuxt/ chunks, and window.__NUXT__ as an IIFE whose article holds published_at as a UNIX TIMESTAMP in seconds, 1783971300 = 2026-07-13T19:35:00Z); NO date meta and NO JSON-LD: the visible date is «۲۲ تیر ۱۴۰۵ | ۲۳:۰۵» next to «کد مطلب»; a LIVE-SCORES strip with other friendlies and a World Cup quarter-final in the header; cover before the lead; an in-body «بیشتر بخوانید:» link after paragraph 6, not body; tags, share, related, comments with votes; a sidebar LEAGUE TABLE of the last season (games, points), an app-download link and most-read).',
      'statements: Stojanovic (the foreign speaker, the Serbian head coach): «NAME، ROLE، … گفت:» (multi-sentence quote, once), «وی افزود:» (one), «ستویانوویچ … توضیح داد که …» (one) = 3; Sadeghipour is first met IN PASSING as the scorer («گل‌های فولاد را NAME، ROLE، … به ثمر رساندند»), then speaks by surname: «صادقی‌پور … به نود۸ گفت:» (multi-sentence quote, once) = 1; Nikbakht, introduced as «ROLE NAME» without commas: «… درباره نقل‌وانتقالات گفت:» (one), «نیک‌بخت افزود که …» (one) = 2.',
      'The Eskisehirspor head coach speaks («سرمربی اسکی‌شهیراسپور نیز … گفت …») but is named only by role: not a speaker; the Brazilian midfielder who scored is never named; the league organization («اعلام کرده بود») is an organization; the injured Sharifinasab is only mentioned. The score «۲ بر یک» and the minutes are not figures; «دو بازیکن خارجی» is a count in words; «۲۶ بازیکن» and «۲۴ نفر» are two figures.',
    ],
  },
  {
    name: 'vatanemrooz-iraq-exports-spring', site: 'vatanemrooz', inlineAt: -1, photoAt: 0,
    url: 'https://www.vatanemrooz.ir/newspaper/page/4512/6/287345/0',
    title: 'صادرات غیرنفتی به عراق در بهار به ۲ میلیارد و ۸۰۰ میلیون دلار رسید',
    kicker: 'اقتصاد', date: '۱۶ تیر ۱۴۰۵ - ۰۰:۰۰',
    lead: 'صادرات غیرنفتی ایران به عراق در سه ماه نخست امسال به ۲ میلیارد و ۸۰۰ میلیون دلار رسید که ۱۱ درصد بیشتر از بهار پارسال است؛ با این حال سهم ایران از واردات کالاهای مصرفی عراق در برابر ترکیه و چین رو به کاهش است.',
    paras: [
      'بر اساس آمار گمرک ایران، مصالح ساختمانی، محصولات لبنی و مواد غذایی، فولاد و میوه و تره‌بار بیشترین سهم را در صادرات به عراق داشته‌اند و وزن کالاهای صادرشده در این مدت به ۹ میلیون و ۴۰۰ هزار تن رسیده است. مرزهای مهران، شلمچه و پرویزخان نیز بیش از ۶۵ درصد این کالاها را عبور داده‌اند.',
      '## رقابت سخت با ترکیه',
      'حمید سیاوشی‌فر، دبیرکل اتاق بازرگانی مشترک ایران و عراق، در گفت‌وگو با «وطن امروز» می‌گوید رشد صادرات بیشتر حاصل افزایش قیمت‌هاست و نه حجم. به گفته او، سهم ایران از بازار مواد غذایی عراق در ۵ سال گذشته از ۲۸ درصد به ۱۹ درصد کاهش یافته است.',
      'سیاوشی‌فر می‌افزاید: کامیون‌های ترکیه‌ای در کمتر از ۴۸ ساعت از مرز عبور می‌کنند، اما کامیون ایرانی گاهی ۵ روز پشت مرز می‌ماند. صادرکننده ما هزینه هر روز توقف را می‌پردازد و این هزینه در قیمت نهایی کالا گم نمی‌شود.',
      'در نشست هفته گذشته کمیسیون مشترک اقتصادی دو کشور در بغداد که فرزانه مقدم‌جو، اقتصاددان و عضو هیئت علمی دانشگاه شهید بهشتی، نیز به‌عنوان مشاور هیئت ایرانی در آن حضور داشت، یکسان‌سازی تعرفه‌ها و راه‌اندازی پایانه مرزی مشترک در مهران مطرح شد.',
      'عادل حسون الربیعی، معاون وزیر تجارت عراق، در پایان این نشست به خبرنگاران گفته بود: بغداد آماده است حجم مبادلات با ایران را تا سال ۲۰۲۸ به ۱۵ میلیارد دلار برساند، به شرط آنکه مشکل انتقال پول و استانداردهای کالا حل شود.',
      '## مشکل قدیمی انتقال پول',
      'مقدم‌جو اما معتقد است گره اصلی صادرات به عراق، بازگشت ارز است. وی می‌گوید: بخش بزرگی از ارز حاصل از صادرات به عراق به‌صورت دینار و از طریق صرافی‌های سلیمانیه و اربیل برمی‌گردد و نزدیک به ۴۰ درصد آن هرگز وارد سامانه نیما نمی‌شود.',
      'این عضو هیئت علمی دانشگاه شهید بهشتی تصریح می‌کند: تا وقتی بانک مرکزی عراق محدودیت‌های دلاری را ادامه دهد، تهاتر کالا با کالا و بازگشایی حساب‌های ریالی در بانک‌های عراقی، تنها راه کاهش هزینه تجارت است.',
      'سازمان توسعه تجارت ایران نیز اعلام کرده است هدف‌گذاری صادرات غیرنفتی به عراق برای کل سال ۱۴۰۵ حدود ۱۲ میلیارد دلار است. هیئت تجاری ۴۰ نفره‌ای از فعالان اقتصادی استان کرمانشاه هم هفته آینده به سرپرستی رضا ملکی‌پور، رئیس اتاق بازرگانی کرمانشاه، عازم بغداد می‌شود.',
    ],
    tags: [],
    caption: 'صف کامیون‌های صادراتی در مرز مهران', credit: '',
    related: ['نرخ تورم نقطه‌ای خرداد به ۳۸ درصد رسید', 'بازار مسکن در انتظار مصوبه سقف اجاره‌بها', 'جزئیات تازه واردات خودروهای کارکرده'],
    mostRead: ['روایت «وطن امروز» از مذاکرات عمان', 'پشت پرده گرانی لبنیات', 'بودجه ۱۴۰۶ با کدام نفت بسته می‌شود؟', 'گزارشی از بازار طلای تهران'],
    comments: [],
    speakers: [
      { name: 'حمید سیاوشی‌فر', role: 'دبیرکل اتاق بازرگانی مشترک ایران و عراق', also_called: ['او', 'سیاوشی‌فر'], statements: 3 },
      { name: 'عادل حسون الربیعی', role: 'معاون وزیر تجارت عراق', also_called: [], statements: 1 },
      { name: 'فرزانه مقدم‌جو', role: 'اقتصاددان و عضو هیئت علمی دانشگاه شهید بهشتی', also_called: ['مقدم‌جو', 'وی', 'این عضو هیئت علمی دانشگاه شهید بهشتی'], statements: 3 },
    ],
    speakers_never: ['گمرک ایران', 'کمیسیون مشترک اقتصادی دو کشور', 'بانک مرکزی عراق', 'سازمان توسعه تجارت ایران', 'رضا ملکی‌پور'],
    figures: [
      { value: 2800000000, unit: 'دلار', kind: 'money', about: '«۲ میلیارد و ۸۰۰ میلیون دلار» صادرات بهار (title, lead)' },
      { value: 11, unit: 'درصد', kind: 'percent', about: 'رشد نسبت به بهار پارسال (lead)' },
      { value: 9400000, unit: 'تن', kind: 'measure', about: '«۹ میلیون و ۴۰۰ هزار تن» وزن کالاها' },
      { value: 65, unit: 'درصد', kind: 'percent', about: '«بیش از ۶۵ درصد» سهم سه مرز' },
      { value: 28, unit: 'درصد', kind: 'percent', about: 'سهم پیشین ایران از بازار مواد غذایی عراق' },
      { value: 19, unit: 'درصد', kind: 'percent', about: 'سهم کنونی' },
      { value: 15000000000, unit: 'دلار', kind: 'money', about: '«۱۵ میلیارد دلار» حجم مبادلات تا ۲۰۲۸' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«نزدیک به ۴۰ درصد» ارزی که به نیما نمی‌رسد' },
      { value: 12000000000, unit: 'دلار', kind: 'money', about: '«حدود ۱۲ میلیارد دلار» هدف صادرات ۱۴۰۵' },
      { value: 40, unit: 'نفر', kind: 'count', about: '«هیئت تجاری ۴۰ نفره» (unit in base form)' },
    ],
    figures_never: ['«سه ماه نخست امسال», «بهار پارسال», «هفته گذشته», «سال ۲۰۲۸», «سال ۱۴۰۵», «هفته آینده»: dates', '«۵ سال گذشته», «کمتر از ۴۸ ساعت», «۵ روز»: durations', '«هر روز توقف»: basis', 'the issue bar («شماره ۴۵۱۲», «صفحه ۶»), the page thumbnail and the other stories of the page: not body'],
    notes: [
      'An economy report in Vatan Emrooz\'s NEWSPAPER-PAGE VIEW (/newspaper/page/4512/6/287345/0): the issue bar «شماره ۴۵۱۲ | سه‌شنبه ۱۶ تیر ۱۴۰۵ | صفحه ۶ | اقتصاد» with a PDF link for the page, previous/next page links and a thumbnail of the printed page; the desk line «گروه اقتصادی» above the title (not body); lead div; photo with caption (no credit); two SUBHEADINGS inside the text (<h3>, body lines); the only date visible is the issue date without time, the instant in article:published_time «2026-07-07T00:00:00+03:30» (the issue\'s midnight, the gold); «سایر مطالب این صفحه» (the page\'s other stories), most-viewed, an archive form, footer). The ARTICLE TEXT (title, lead, body, caption) is typed with ARABIC yeh and kaf (ي ك) while the site chrome uses Persian letters: the gold title and body are exactly what the page shows; names, roles, units and speakers_never are given in Persian letters.',
      'statements: Siavashifar: «NAME، ROLE، در گفت‌وگو با «وطن امروز» می‌گوید …» (one), «به گفته او، …» (one), «سیاوشی‌فر می‌افزاید:» (multi-sentence quote, once) = 3; Al-Rubaie (the foreign speaker, an Iraqi deputy minister): «NAME، ROLE، … به خبرنگاران گفته بود:» (one) = 1; Moghaddamjou is first met IN PASSING as an adviser present at the joint commission, then speaks by surname: «مقدم‌جو اما معتقد است …» (one), «وی می‌گوید:» (one), and by role alone: «این عضو هیئت علمی دانشگاه شهید بهشتی تصریح می‌کند:» (one) = 3. Newspaper reports speak in the present tense («می‌گوید», «می‌افزاید», «تصریح می‌کند»); they count as «گفت».',
      'Customs («بر اساس آمار»), the joint commission, the Iraqi central bank and the Trade Promotion Organization («اعلام کرده است») are organizations; Malekipour is only mentioned (leading a delegation). «هیئت تجاری ۴۰ نفره» is 40 نفر; «۴۰ درصد» is a separate figure; the three border crossings are named, not counted.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Two pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [title, time ago, views, service] of Asr Khuzestan's most-visited list. */
const MOST_VISITED: [string, string, number, string][] = [
  ['قطعی برق در اهواز؛ جدول خاموشی مناطق هفت‌گانه برای فردا', '۳ ساعت پیش', 18420, 'اهواز'],
  ['دمای هوای امیدیه به ۵۱ درجه رسید', '۵ ساعت پیش', 15230, 'محیط زیست'],
  ['ادارات خوزستان فردا تعطیل است', '۷ ساعت پیش', 14890, 'استانی'],
  ['آب شرب ۱۲ روستای شادگان با تانکر تأمین می‌شود', 'دیروز', 9875, 'شهرستان‌ها'],
  ['فولاد خوزستان در آنتالیا ۲ بر یک برد', 'دیروز', 8740, 'ورزش'],
  ['ریزگردها دوباره به آبادان و خرمشهر بازگشت', 'دیروز', 8120, 'محیط زیست'],
  ['آغاز ثبت‌نام وام ودیعه مسکن مستأجران در خوزستان', '۲ روز پیش', 7604, 'اقتصادی'],
  ['کارون در محدوده پل سفید لایروبی می‌شود', '۲ روز پیش', 6933, 'اهواز'],
  ['اعلام نتایج پذیرش دانشگاه جندی‌شاپور', '۳ روز پیش', 6215, 'آموزش'],
  ['پروازهای اهواز - مشهد دو برابر شد', '۴ روز پیش', 5480, 'اقتصادی'],
];

function asrKhuzestanMostVisited(): NonArt {
  const title = 'پربازدیدترین اخبار هفته';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>پربازدیدترین اخبار | عصر خوزستان</title>
<meta name="description" content="پربازدیدترین اخبار امروز، هفته و ماه پایگاه خبری تحلیلی عصر خوزستان">
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="https://www.asrkhuzestan.ir/fa/mostvisited?period=week">
<link rel="stylesheet" href="https://www.asrkhuzestan.ir/client/themes/fa/main/css/main.css?v=1.8">
</head>
<body class="list-page">
<header class="ak-header"><div class="ak-top"><span>سه‌شنبه ${persian(23)} تیر ${persian(1405)}</span> <span>اهواز: ${persian(49)}° | آبادان: ${persian(47)}°</span></div>
<a href="https://www.asrkhuzestan.ir/"><img src="https://www.asrkhuzestan.ir/client/themes/fa/main/img/logo.png" alt="عصر خوزستان"></a>
<nav class="ak-nav"><a href="https://www.asrkhuzestan.ir/fa/service/ahvaz">اهواز</a> <a href="https://www.asrkhuzestan.ir/fa/service/cities">شهرستان‌ها</a> <a href="https://www.asrkhuzestan.ir/fa/service/economy">اقتصادی</a> <a href="https://www.asrkhuzestan.ir/fa/service/environment">محیط زیست</a> <a href="https://www.asrkhuzestan.ir/fa/service/sport">ورزش</a> <a href="https://www.asrkhuzestan.ir/fa/service/culture">فرهنگی</a> <a href="https://www.asrkhuzestan.ir/fa/photo">عکس</a></nav></header>
<main class="ak-main">
<h1 class="ak-page-title">${title}</h1>
<div class="ak-tabs"><a href="https://www.asrkhuzestan.ir/fa/mostvisited?period=day">امروز</a> <a class="active" href="https://www.asrkhuzestan.ir/fa/mostvisited?period=week">هفته</a> <a href="https://www.asrkhuzestan.ir/fa/mostvisited?period=month">ماه</a></div>
<ol class="ak-list">
${MOST_VISITED.map(([t, ago, views, svc], i) => `<li class="ak-item"><span class="ak-rank">${persian(i + 1)}</span><img src="https://www.asrkhuzestan.ir/files/fa/news/thumb/${24810 + i}.jpg" alt=""><div><a class="ak-item-title" href="https://www.asrkhuzestan.ir/fa/news/${24810 + i * 7}">${esc(t)}</a><div class="ak-item-meta"><span>${svc}</span> | <span>${ago}</span> | <span>${fmt(views)} بازدید</span></div></div></li>`).join('\n')}
</ol>
<div class="ak-pager"><span class="active">${persian(1)}</span> <a href="https://www.asrkhuzestan.ir/fa/mostvisited?period=week&amp;page=2">${persian(2)}</a> <a href="https://www.asrkhuzestan.ir/fa/mostvisited?period=week&amp;page=3">${persian(3)}</a> <a href="https://www.asrkhuzestan.ir/fa/mostvisited?period=week&amp;page=2">بعدی</a></div>
</main>
<aside class="ak-side"><h2>پربحث‌ترین‌ها</h2><ul><li><a href="https://www.asrkhuzestan.ir/fa/news/24790">چرا آب کارون شور شد؟</a> <span>(${persian(48)} نظر)</span></li><li><a href="https://www.asrkhuzestan.ir/fa/news/24771">طرح انتقال آب بهشت‌آباد دوباره روی میز</a> <span>(${persian(31)} نظر)</span></li></ul>
<div class="ak-ad"><a href="https://www.asrkhuzestan.ir/ads"><img src="https://www.asrkhuzestan.ir/files/ads/karoon-mall.gif" alt="تبلیغات"></a></div></aside>
<footer class="ak-footer"><p>عصر خوزستان، پایگاه خبری تحلیلی استان خوزستان</p><p>کلیه حقوق این سایت محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-asrkhuzestan-most-visited', markup: 'most-visited-asrkhuzestan', url: 'https://www.asrkhuzestan.ir/fa/mostvisited?period=week', title, html,
    notes: ['A MOST-VISITED page of a provincial news site (Asr Khuzestan, noindex): the heading as <h1>, day/week/month tabs (week active), ten ranked headlines with thumbnail, service, relative time («۳ ساعت پیش», «دیروز») and view counts, a pager, a «پربحث‌ترین‌ها» box with comment counts, an ad, the header\'s date and temperatures. Headlines with numbers («۵۱ درجه», «۱۲ روستا», «۲ بر یک») but no running text: not an article.'] };
}

/** [title, snippet, date, service] of the search results. */
const RESULTS: [string, string, string, string][] = [
  ['سهمیه بنزین مرداد امشب واریز می‌شود', 'سهمیه بنزین خودروهای شخصی برای مرداد ماه امشب ساعت ۲۴ به کارت‌های سوخت واریز می‌شود؛ سهمیه ماهانه …', '۲۲ تیر ۱۴۰۵', 'اقتصادی'],
  ['نماینده مجلس: طرح سهمیه بنزین خانوار اصلاح شود', '… گفت سهمیه بنزین باید به‌جای خودرو به کد ملی سرپرست خانوار تعلق گیرد و …', '۲۰ تیر ۱۴۰۵', 'سیاسی'],
  ['مصرف بنزین در تابستان به ۱۳۵ میلیون لیتر رسید', 'میانگین مصرف روزانه بنزین کشور در هفته نخست تیر به ۱۳۵ میلیون لیتر رسید که …', '۱۷ تیر ۱۴۰۵', 'اقتصادی'],
  ['یادداشت: سهمیه بنزین و عدالت در توزیع یارانه', 'بحث بر سر سهمیه بنزین دوباره داغ شده است. آیا توزیع سهمیه بر اساس خودرو عادلانه است؟ …', '۱۴ تیر ۱۴۰۵', 'یادداشت'],
  ['کارت سوخت جایگاه‌ها حذف می‌شود؟', 'سخنگوی شرکت ملی پخش فرآورده‌های نفتی درباره حذف کارت سوخت جایگاه‌داران و سهمیه بنزین …', '۹ تیر ۱۴۰۵', 'اقتصادی'],
  ['سهمیه بنزین تاکسی‌های اینترنتی افزایش یافت', 'سهمیه بنزین رانندگان تاکسی‌های اینترنتی با سابقه فعالیت بیش از ۶ ماه …', '۲ تیر ۱۴۰۵', 'اجتماعی'],
];

function mardomSalariSearch(): NonArt {
  const title = 'نتایج جستجو برای «سهمیه بنزین»';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>جستجو: سهمیه بنزین - روزنامه مردم‌سالاری</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="https://www.mardomsalari.ir/client/themes/fa/main/css/search.css?v=3.0">
</head>
<body class="search-page">
<header class="ms-header"><div class="ms-top"><span>دوشنبه ${persian(22)} تیر ${persian(1405)}</span> <a href="https://www.mardomsalari.ir/newspaper">نسخه PDF روزنامه</a></div>
<a href="https://www.mardomsalari.ir/"><img src="https://www.mardomsalari.ir/client/themes/fa/main/img/logo.png" alt="روزنامه مردم‌سالاری"></a>
<nav class="ms-nav"><a href="https://www.mardomsalari.ir/service/politics">سیاسی</a> <a href="https://www.mardomsalari.ir/service/economy">اقتصادی</a> <a href="https://www.mardomsalari.ir/service/society">اجتماعی</a> <a href="https://www.mardomsalari.ir/service/world">بین‌الملل</a> <a href="https://www.mardomsalari.ir/service/note">یادداشت</a> <a href="https://www.mardomsalari.ir/service/culture">فرهنگی</a></nav></header>
<main class="ms-main">
<form class="ms-search-form" action="https://www.mardomsalari.ir/search" method="get"><input type="search" name="q" value="سهمیه بنزین"><select name="service"><option>همه سرویس‌ها</option><option>سیاسی</option><option>اقتصادی</option><option>اجتماعی</option></select><input type="text" name="from" placeholder="از تاریخ"><input type="text" name="to" placeholder="تا تاریخ"><button type="submit">جستجو</button></form>
<h1 class="ms-search-title">${title}</h1>
<p class="ms-search-count">${persian(246)} نتیجه یافت شد (صفحه ${persian(1)} از ${persian(41)})</p>
<ul class="ms-results">
${RESULTS.map(([t, s, d, svc], i) => `<li class="ms-result"><a class="ms-result-title" href="https://www.mardomsalari.ir/news/${261840 - i * 93}">${esc(t)}</a><p class="ms-result-snippet">${esc(s)}</p><div class="ms-result-meta"><span>${d}</span> | <span>${svc}</span></div></li>`).join('\n')}
</ul>
<div class="ms-pager"><span class="active">${persian(1)}</span> <a href="https://www.mardomsalari.ir/search?q=سهمیه+بنزین&amp;page=2">${persian(2)}</a> <a href="https://www.mardomsalari.ir/search?q=سهمیه+بنزین&amp;page=3">${persian(3)}</a> … <a href="https://www.mardomsalari.ir/search?q=سهمیه+بنزین&amp;page=41">${persian(41)}</a></div>
</main>
<footer class="ms-footer"><p>روزنامه مردم‌سالاری، صاحب امتیاز و مدیرمسئول: …</p><p>کلیه حقوق این سایت متعلق به روزنامه مردم‌سالاری است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-mardomsalari-search-results', markup: 'search-results-mardomsalari', url: 'https://www.mardomsalari.ir/search?q=سهمیه+بنزین', title, html,
    notes: ['A SEARCH RESULTS page of a daily newspaper\'s site (Mardom Salari, noindex): a search form with the query, service filter and date range, the heading «نتایج جستجو برای «سهمیه بنزین»» as <h1>, a count line «۲۴۶ نتیجه یافت شد (صفحه ۱ از ۴۱)», six results each with title, a cut snippet ending in «…», date and service, a pager. Snippets of many stories, each one sentence or less: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [asrKhuzestanMostVisited(), mardomSalariSearch()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout19', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '68421', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['vatanemrooz-iraq-exports-spring']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
