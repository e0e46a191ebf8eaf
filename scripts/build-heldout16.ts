// Builds the SIXTEENTH held-out fixture set, tests/fixtures/heldout16/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme: ARTICLE PAGES WHOSE SHAPE IS HARD FOR AN EXTRACTOR, on sites no earlier set
// renders: a Khabarfarsi aggregator page showing a story's first paragraphs with «ادامه خبر در سایت
// منبع» among dozens of other headlines, an Akharinkhabar story whose body is split over sibling
// containers with ads and suggestion boxes between them, a long Namehnews opinion column, a Bartarinha
// news page whose comment thread is longer than the article, a Tabnak Khorasan page whose lead is only
// an <h2> above the body and the meta description, an IQNA page with the whole text in one <div> of
// <br><br> lines, a Shahrvand report with a data table and a bulleted list inside the body, and a photo
// story of the regional daily Gilan-e Emrooz (eight photos, each with a caption paragraph, between the
// body paragraphs); and three non-article pages (a Bultan News live index of timed headlines, the
// Resalat print edition's table of contents, a Pishkhan page of the day's front pages). All eight texts
// were written for this set; the names of all quoted officials, experts and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout16.ts          (build + check)
//        npx tsx scripts/build-heldout16.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { isHead, isQ, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

/**
 * An article of this set. `extras`: blocks a template puts after body paragraph i (photos, ads, boxes,
 * the data table); `listItems`: indices of the paragraphs that are items of a bulleted list (rendered as
 * one <ul> per run); `parts`: indices of the paragraphs that open a new sibling container (Akharinkhabar).
 */
type Art16 = Art & { extras?: Record<number, string>; listItems?: number[]; parts?: number[] };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout16');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** Thousands with the Persian separator, «۱۲٬۸۴۰». */
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');

/** Body paragraphs in a template's markup, list runs as <ul>, the blocks of `extras` after the paragraphs they follow. */
function bodyWith(c: Ctx, para: (t: string, i: number) => string, sep = '\n', head = (t: string) => `<h2>${t}</h2>`, from = 0, to = c.a.paras.length): string {
  const a = c.a as Art16;
  const extras = a.extras ?? {};
  const list = new Set(a.listItems ?? []);
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const p = a.paras[i];
    if (list.has(i)) {
      if (!list.has(i - 1) || i === from) out.push('<ul class="body-list">');
      out.push(`<li>${esc(p)}</li>`);
      if (!list.has(i + 1) || i === to - 1) out.push('</ul>');
    } else out.push(isHead(p) ? head(esc(plain(p))) : isQ(p) ? `<p><strong>${esc(plain(p))}</strong></p>` : para(esc(plain(p)), i));
    if (extras[i]) out.push(extras[i]);
  }
  return out.join(sep);
}

// ---------------------------------------------------------------------------------------------
// Page furniture shared by a few templates: long lists of other headlines.
// ---------------------------------------------------------------------------------------------

/** [time, source, headline] of the aggregator's «آخرین اخبار» column. */
const KF_LATEST: [string, string, string][] = [
  ['10:31', 'مهر', 'آغاز ثبت‌نام وام ودیعه مسکن مستأجران از هفته آینده'],
  ['10:28', 'فارس', 'تیم ملی والیبال ایران برابر لهستان شکست خورد'],
  ['10:24', 'ایرنا', 'سفر وزیر امور خارجه به مسقط؛ دیدار با همتای عمانی'],
  ['10:19', 'تسنیم', 'قیمت طلا و سکه امروز در بازار تهران'],
  ['10:15', 'همشهری آنلاین', 'ساعت کار ادارات تهران در تیر و مرداد تغییر کرد'],
  ['10:11', 'خبرآنلاین', 'هشدار نارنجی هواشناسی برای گرد و خاک در خوزستان'],
  ['10:06', 'ایلنا', 'مطالبات بازنشستگان تأمین اجتماعی تا پایان تیر پرداخت می‌شود'],
  ['10:02', 'دنیای اقتصاد', 'شاخص بورس تهران در نیمه اول معاملات ۲۲ هزار واحد بالا رفت'],
  ['09:58', 'ورزش سه', 'مهاجم پرسپولیس قراردادش را تمدید کرد'],
  ['09:54', 'برنا', 'نتایج اولیه آزمون سراسری شهریور اعلام می‌شود'],
  ['09:49', 'عصر ایران', 'واکنش وزارت نیرو به خاموشی‌های شمال تهران'],
  ['09:45', 'باشگاه خبرنگاران جوان', 'زمان واریز یارانه تیرماه اعلام شد'],
];

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Khabarfarsi, a NEWS AGGREGATOR: the story page of one item fetched from ISNA. Header with search
  // and categories, a «داغ‌ترین‌ها» strip of hot topics; the item's title as <h1>, the SOURCE box (ISNA
  // logo, «منبع: ایسنا», the source's publication time, «۳۴ دقیقه پیش»), the FIRST PARAGRAPHS of the
  // story as the aggregator keeps them (plain <p>s without photo), a «ادامه خبر در سایت منبع» button and
  // a «گزارش تخلف» link; then a cluster «این خبر در منابع دیگر» (the same story from five other
  // outlets, each with source and time), «سایر اخبار ایسنا», a long «آخرین اخبار» column of timed
  // headlines from a dozen outlets and a most-read list. article:published_time holds the source's time.
  // The page LOST EVERY ZWNJ (aggregated text and chrome alike).
  khabarfarsi: {
    site: 'خبرفارسی',
    boiler: ['ادامه خبر در سایت منبع', 'این خبر در منابع دیگر', 'سایر اخبار ایسنا', 'آخرین اخبار', 'پربازدیدترین‌ها', 'گزارش تخلف', 'خبرفارسی، موتور جستجوی خبر فارسی', 'داغ‌ترین‌ها', 'آغاز ثبت‌نام وام ودیعه مسکن مستأجران از هفته آینده'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | خبرفارسی</title>
<meta name="description" content="${esc(plain(c.a.paras[0]).slice(0, 160))}">
<meta property="og:site_name" content="خبرفارسی">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="${esc(c.a.kicker)}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://khabarfarsi.com/static/css/kf.min.css?v=2105">
</head>
<body class="kf-item">
<header class="kf-header">
<a class="kf-logo" href="https://khabarfarsi.com/"><img src="https://khabarfarsi.com/static/img/logo.svg" alt="خبرفارسی"></a>
<form class="kf-search" action="https://khabarfarsi.com/search"><input type="search" name="q" placeholder="جستجو در اخبار"><button type="submit">جستجو</button></form>
<nav class="kf-cats"><a href="https://khabarfarsi.com/c/politics">سیاسی</a> <a href="https://khabarfarsi.com/c/economy">اقتصادی</a> <a class="on" href="https://khabarfarsi.com/c/society">اجتماعی</a> <a href="https://khabarfarsi.com/c/world">بین‌الملل</a> <a href="https://khabarfarsi.com/c/sport">ورزشی</a> <a href="https://khabarfarsi.com/c/culture">فرهنگی</a> <a href="https://khabarfarsi.com/c/tech">فناوری</a> <a href="https://khabarfarsi.com/c/provinces">استان‌ها</a></nav>
<div class="kf-hot"><span>داغ‌ترین‌ها:</span> <a href="https://khabarfarsi.com/tag/کم‌آبی">کم‌آبی</a> <a href="https://khabarfarsi.com/tag/قیمت-دلار">قیمت دلار</a> <a href="https://khabarfarsi.com/tag/کنکور">کنکور</a> <a href="https://khabarfarsi.com/tag/والیبال">والیبال</a> <a href="https://khabarfarsi.com/tag/یارانه">یارانه</a></div>
</header>
<div class="kf-wrap">
<main class="kf-main">
<nav class="kf-crumbs"><a href="https://khabarfarsi.com/">خبرفارسی</a> › <a href="https://khabarfarsi.com/c/society">اجتماعی</a> › <a href="https://khabarfarsi.com/c/society/city">${esc(c.a.kicker)}</a></nav>
<div class="kf-story">
<h1 class="kf-title">${esc(c.a.title)}</h1>
<div class="kf-source"><img src="https://khabarfarsi.com/static/sources/isna.png" alt="ایسنا" width="32" height="32"> <span>منبع: <a href="https://www.isna.ir/">ایسنا</a></span> <span class="kf-time">${weekday(c)} ${faDate(c)} - ${faTime(c)}</span> <span class="kf-ago">${persian(34)} دقیقه پیش</span></div>
<div class="kf-text">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<a class="kf-continue" rel="nofollow noopener" target="_blank" href="https://www.isna.ir/news/1405041509318/">ادامه خبر در سایت منبع</a>
<div class="kf-tools"><a href="https://khabarfarsi.com/report/${c.id}">گزارش تخلف</a> <a href="https://t.me/share/url?url=https://khabarfarsi.com/u/${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://khabarfarsi.com/u/${c.id}">ایتا</a></div>
</div>
<section class="kf-cluster"><h2>این خبر در منابع دیگر</h2><ul>
${c.a.related.map((t, i) => `<li><a href="https://khabarfarsi.com/u/${Number(c.id) + 11 + i}">${esc(t)}</a> <span class="kf-src">${['همشهری آنلاین', 'تسنیم', 'ایرنا', 'خبرآنلاین', 'اعتماد آنلاین'][i % 5]}</span> <span class="kf-t">${persian(12 + i * 9)} دقیقه پیش</span></li>`).join('\n')}
</ul></section>
<section class="kf-same-source"><h2>سایر اخبار ایسنا</h2><ul>
<li><a href="https://khabarfarsi.com/u/${Number(c.id) - 40}">کاهش ۱۵ درصدی تصادفات درون‌شهری تهران در خرداد</a></li>
<li><a href="https://khabarfarsi.com/u/${Number(c.id) - 77}">واکسیناسیون دام‌های عشایر در استان فارس آغاز شد</a></li>
<li><a href="https://khabarfarsi.com/u/${Number(c.id) - 95}">تمدید مهلت ثبت‌نام مدارس سمپاد</a></li>
</ul></section>
</main>
<aside class="kf-side">
<section class="kf-latest"><h2>آخرین اخبار</h2><ul>
${KF_LATEST.map(([t, s, h], i) => `<li><span class="kf-t">${persian(t)}</span> <a href="https://khabarfarsi.com/u/${Number(c.id) + 100 + i}">${esc(h)}</a> <span class="kf-src">${s}</span></li>`).join('\n')}
</ul></section>
<section class="kf-most"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://khabarfarsi.com/u/', Number(c.id) - 300)}
</ol></section>
</aside>
</div>
<footer class="kf-footer"><p>خبرفارسی، موتور جستجوی خبر فارسی؛ مسئولیت محتوای هر خبر با منبع آن است.</p><p><a href="https://khabarfarsi.com/about">درباره ما</a> <a href="https://khabarfarsi.com/sources">فهرست منابع</a></p></footer>
</body>
</html>
`,
  },

  // Akharinkhabar (aggregating portal with its own editors): the story body is SPLIT OVER SIBLING
  // CONTAINERS — a lead <div class="lead"> and three <div class="news-part"> siblings — with, between
  // them, a Yektanet-style native AD BLOCK («تبلیغات», four sponsored headlines), a «مطالب پیشنهادی»
  // box of the site's own stories and a BANNER AD («آگهی»); date in a Jalali line with time and
  // itemprop datePublished; cover with caption; short link, tags, related, most-viewed, an app banner.
  akharinkhabar: {
    site: 'آخرین خبر',
    boiler: ['تبلیغات', 'مطالب پیشنهادی', 'آگهی', 'لینک کوتاه', 'اخبار مرتبط', 'پربیننده‌ترین', 'تمامی حقوق این سایت برای آخرین خبر محفوظ است', 'دانلود اپلیکیشن آخرین خبر', 'بلیت هواپیمای مشهد با تخفیف ویژه تابستان', 'ویزای شینگن؛ وقت سفارت در کمتر از یک ماه'],
    render: (c) => {
      const a = c.a as Art16;
      const cuts = [0, ...(a.parts ?? []), a.paras.length];
      const gaps = [
        `<div class="ad-native" data-ad="yn-480"><span class="ad-label">تبلیغات</span><ul><li><a rel="sponsored" href="https://click.yektanet.com/a1">بلیت هواپیمای مشهد با تخفیف ویژه تابستان</a></li><li><a rel="sponsored" href="https://click.yektanet.com/a2">ویزای شینگن؛ وقت سفارت در کمتر از یک ماه</a></li><li><a rel="sponsored" href="https://click.yektanet.com/a3">با این روش ساده قبض برق‌تان نصف می‌شود</a></li><li><a rel="sponsored" href="https://click.yektanet.com/a4">فروش اقساطی کولر گازی بدون ضامن</a></li></ul></div>`,
        `<div class="suggest-box"><h4>مطالب پیشنهادی</h4><ul><li><a href="https://www.akharinkhabar.ir/money/${Number(c.id) - 61}">قیمت بلیت اتوبوس‌های بین‌شهری هم گران شد؟</a></li><li><a href="https://www.akharinkhabar.ir/society/${Number(c.id) - 144}">قطار گردشگری تهران–یزد دوباره راه افتاد</a></li><li><a href="https://www.akharinkhabar.ir/money/${Number(c.id) - 203}">جدول نرخ جدید کرایه تاکسی‌های تهران</a></li></ul></div>`,
        `<div class="ad-banner"><span class="ad-label">آگهی</span><a rel="sponsored" href="https://ads.akharinkhabar.ir/c/9912"><img src="https://cdn.akharinkhabar.ir/ads/summer-tour-728x90.gif" alt="تور کیش ۳ شب فقط ۹ میلیون" width="728" height="90"></a></div>`,
      ];
      const parts = cuts.slice(0, -1).map((s, k) => `<div class="news-part" data-part="${k + 1}">\n${bodyWith(c, (t) => `<p>${t}</p>`, '\n', undefined, s, cuts[k + 1])}\n</div>${k < cuts.length - 2 ? `\n${gaps[k % gaps.length]}` : ''}`).join('\n');
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | آخرین خبر</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="آخرین خبر">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://cdn.akharinkhabar.ir/images/1405/04/${c.id}.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.akharinkhabar.ir/assets/css/site.min.css?v=77">
<script async src="https://cdn.yektanet.com/js/akharinkhabar/native-akharinkhabar-3120.js"></script>
</head>
<body>
<header class="ak-header"><a href="https://www.akharinkhabar.ir/"><img src="https://www.akharinkhabar.ir/assets/img/logo.png" alt="آخرین خبر"></a>
<nav><a href="https://www.akharinkhabar.ir/politics">سیاسی</a> <a class="active" href="https://www.akharinkhabar.ir/money">اقتصادی</a> <a href="https://www.akharinkhabar.ir/society">اجتماعی</a> <a href="https://www.akharinkhabar.ir/sport">ورزشی</a> <a href="https://www.akharinkhabar.ir/world">جهان</a> <a href="https://www.akharinkhabar.ir/interesting">خواندنی</a> <a href="https://www.akharinkhabar.ir/video">ویدیو</a></nav>
<div class="ak-app"><a href="https://www.akharinkhabar.ir/app">دانلود اپلیکیشن آخرین خبر</a></div></header>
<main class="ak-main">
<article class="ak-news" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="${c.iso}">
<div class="ak-cat"><a href="https://www.akharinkhabar.ir/money">اقتصادی</a> / <span>${esc(c.a.kicker)}</span></div>
<h1 itemprop="headline">${esc(c.a.title)}</h1>
<div class="ak-info"><span class="ak-date">${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</span> <span class="ak-views">${fmt(18342)} بازدید</span> <span class="ak-code">کد خبر: ${persian(c.id)}</span></div>
<figure class="ak-cover"><img src="https://cdn.akharinkhabar.ir/images/1405/04/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} (${esc(c.a.credit)})</figcaption></figure>
<div class="lead" itemprop="description">${esc(c.a.lead ?? '')}</div>
${parts}
<div class="ak-shortlink">لینک کوتاه: <input type="text" readonly value="https://akhr.ir/${c.id}"></div>
<div class="ak-tags">${tagLinks(c, 'https://www.akharinkhabar.ir/tag/', ' ')}</div>
</article>
<section class="ak-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.akharinkhabar.ir/money/', Number(c.id) - 35)}
</ul></section>
<aside class="ak-most"><h3>پربیننده‌ترین</h3><ol>
${li(c.a.mostRead, 'https://www.akharinkhabar.ir/interesting/', Number(c.id) - 520)}
</ol></aside>
</main>
<footer class="ak-footer"><p>تمامی حقوق این سایت برای آخرین خبر محفوظ است.</p></footer>
</body>
</html>
`;
    },
  },

  // Namehnews, an OPINION COLUMN («یادداشت»): the service line, the title, the column's intro as a
  // bold «lead», the AUTHOR LINE with photo and a one-line role, a long first-person text with <h3>-less
  // paragraphs and one pull quote (<blockquote class="pullquote"> repeating a sentence of the column),
  // the disclaimer «انتشار این یادداشت به معنای تأیید …», an author box with bio and «سایر یادداشت‌های
  // این نویسنده», related, most-read, comment form. Dates: JSON-LD OpinionNewsArticle and a visible
  // Jalali line with time.
  namehnews: {
    site: 'نامه نیوز',
    boiler: ['درباره نویسنده', 'سایر یادداشت‌های این نویسنده', 'انتشار این یادداشت به معنای تأیید محتوای آن از سوی نامه نیوز نیست', 'اخبار مرتبط', 'پربازدیدها', 'ارسال نظر', 'کلیه حقوق این سایت متعلق به نامه نیوز است', 'پژوهشگر سیاست‌گذاری سلامت و نویسنده کتاب «نظام ارجاع در ایران»'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - نامه نیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="author" content="${esc(c.a.author ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'OpinionNewsArticle', headline: c.a.title, datePublished: c.iso, description: c.a.lead,
  author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'نامه نیوز', logo: { '@type': 'ImageObject', url: 'https://www.namehnews.com/images/logo.png' } },
})}</script>
<link rel="stylesheet" href="https://www.namehnews.com/themes/nameh/css/style.css?v=4.2">
</head>
<body class="page-news page-opinion">
<header class="nn-header"><span class="nn-today">${weekday(c)} ${faDate(c)}</span> <a class="nn-logo" href="https://www.namehnews.com/"><img src="https://www.namehnews.com/images/logo.png" alt="نامه نیوز"></a>
<nav><a href="https://www.namehnews.com/fa/service/politics">سیاسی</a> <a href="https://www.namehnews.com/fa/service/economy">اقتصادی</a> <a href="https://www.namehnews.com/fa/service/society">اجتماعی</a> <a class="active" href="https://www.namehnews.com/fa/service/opinion">یادداشت</a> <a href="https://www.namehnews.com/fa/service/interview">گفت‌وگو</a> <a href="https://www.namehnews.com/fa/service/culture">فرهنگی</a></nav></header>
<main class="nn-main">
<article class="nn-article">
<div class="nn-service"><a href="https://www.namehnews.com/fa/service/opinion">یادداشت</a> › ${esc(c.a.kicker)}</div>
<h1>${esc(c.a.title)}</h1>
<div class="nn-byline"><img src="https://www.namehnews.com/files/authors/s-kazeminia.jpg" alt="${esc(c.a.author ?? '')}" width="56" height="56"> <div><a class="nn-author" href="https://www.namehnews.com/fa/author/412">${esc(c.a.author ?? '')}</a><span class="nn-author-role">پژوهشگر سیاست‌گذاری سلامت</span></div> <span class="nn-date">${faDate(c)} - ${faTime(c)}</span> <span class="nn-code">کد مطلب: ${persian(c.id)}</span></div>
<p class="nn-lead"><strong>${esc(c.a.lead ?? '')}</strong></p>
<figure class="nn-photo"><img src="https://www.namehnews.com/files/fa/news/1405/4/20/${c.id}_331.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>
<div class="nn-body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<p class="nn-disclaimer">انتشار این یادداشت به معنای تأیید محتوای آن از سوی نامه نیوز نیست.</p>
<div class="nn-tags">${tagLinks(c, 'https://www.namehnews.com/fa/tag/', ' ')}</div>
<section class="nn-authorbox"><h3>درباره نویسنده</h3><p><b>${esc(c.a.author ?? '')}</b>، پژوهشگر سیاست‌گذاری سلامت و نویسنده کتاب «نظام ارجاع در ایران».</p><a href="https://www.namehnews.com/fa/author/412">سایر یادداشت‌های این نویسنده</a></section>
</article>
<section class="nn-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.namehnews.com/fa/news/', Number(c.id) - 48)}
</ul></section>
<aside class="nn-most"><h3>پربازدیدها</h3><ol>
${li(c.a.mostRead, 'https://www.namehnews.com/fa/news/', Number(c.id) - 390)}
</ol></aside>
<section class="nn-comment"><h3>ارسال نظر</h3><form><input type="text" placeholder="نام"><textarea placeholder="نظر شما"></textarea><button type="button">ثبت</button></form></section>
</main>
<footer class="nn-footer"><p>کلیه حقوق این سایت متعلق به نامه نیوز است.</p></footer>
</body>
</html>
`,
  },

  // Bartarinha: a short news story followed by a COMMENT THREAD LONGER THAN THE ARTICLE (fifteen
  // comments, some with replies nested in <div class="replies">, each with name, Jalali time, like and
  // dislike counts and «ارسال پاسخ»); header with the site's service menu; breadcrumb; title; lead in
  // <p class="lead">; cover; an in-body «بیشتر بخوانید» link; tags; related; «پربحث‌ترین‌ها»; footer.
  // Dates: article:published_time and a visible Jalali line.
  bartarinha: {
    site: 'برترین‌ها',
    boiler: ['نظرات کاربران', 'ارسال پاسخ', 'بیشتر بخوانید', 'پربحث‌ترین‌ها', 'اخبار مرتبط', 'کلیه حقوق این سایت محفوظ و متعلق به برترین‌ها است', 'دیدگاه شما چیست؟', 'نظرات حاوی توهین منتشر نمی‌شود'],
    render: (c) => {
      const times = ['۱۱:۴۸', '۱۱:۵۲', '۱۲:۰۳', '۱۲:۰۹', '۱۲:۱۷', '۱۲:۲۶', '۱۲:۴۰', '۱۲:۵۵', '۱۳:۱۱', '۱۳:۲۴', '۱۳:۳۸', '۱۴:۰۲', '۱۴:۱۵', '۱۴:۳۱', '۱۴:۵۰'];
      const one = (n: string, t: string, k: number) => `<div class="cm" id="cm-${9120 + k}"><div class="cm-head"><b>${n}</b> <span class="cm-time">${times[k % times.length]}</span></div><p class="cm-text">${t}</p><div class="cm-foot"><span class="cm-like">${persian(33 - k * 2)} 👍</span> <span class="cm-dislike">${persian(3 + (k % 4))} 👎</span> <a href="#reply-${9120 + k}">ارسال پاسخ</a></div></div>`;
      // Comments 3 and 8 are replies to the comment before them.
      const thread = c.a.comments.map(([n, t], k) => (k === 3 || k === 8 ? `<div class="replies">${one(esc(n), esc(t), k)}</div>` : one(esc(n), esc(t), k))).join('\n');
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | برترین‌ها</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="برترین‌ها">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="article:published_time" content="${c.iso}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.bartarinha.ir/client/themes/fa/main/css/news.css?v=12">
</head>
<body>
<header class="bt-header"><a href="https://www.bartarinha.ir/"><img src="https://www.bartarinha.ir/client/themes/fa/main/img/logo.png" alt="برترین‌ها"></a>
<nav><a href="https://www.bartarinha.ir/fa/news">اخبار</a> <a class="active" href="https://www.bartarinha.ir/fa/economy">اقتصاد</a> <a href="https://www.bartarinha.ir/fa/health">سلامت</a> <a href="https://www.bartarinha.ir/fa/life">سبک زندگی</a> <a href="https://www.bartarinha.ir/fa/tech">فناوری</a> <a href="https://www.bartarinha.ir/fa/photo">عکس</a> <a href="https://www.bartarinha.ir/fa/fun">سرگرمی</a></nav></header>
<main class="bt-main">
<article class="bt-news">
<div class="bt-crumb"><a href="https://www.bartarinha.ir/">برترین‌ها</a> » <a href="https://www.bartarinha.ir/fa/economy">اقتصاد</a> » ${esc(c.a.kicker)}</div>
<h1>${esc(c.a.title)}</h1>
<div class="bt-meta"><span>${faDate(c)} - ${faTime(c)}</span> <span>کد خبر: ${persian(c.id)}</span> <span>${persian(c.a.comments.length)} نظر</span></div>
<p class="lead">${esc(c.a.lead ?? '')}</p>
<figure><img src="https://www.bartarinha.ir/files/fa/news/1405/4/22/${c.id}_118.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="bt-body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="bt-tags">${tagLinks(c, 'https://www.bartarinha.ir/fa/tags/', ' ')}</div>
</article>
<section class="bt-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.bartarinha.ir/fa/news/', Number(c.id) - 71)}
</ul></section>
<section class="bt-comments" id="comments"><h3>نظرات کاربران (${persian(c.a.comments.length)})</h3><p class="bt-rules">نظرات حاوی توهین منتشر نمی‌شود.</p>
${thread}
<form class="bt-form"><h4>دیدگاه شما چیست؟</h4><input type="text" placeholder="نام"><textarea></textarea><button type="button">ارسال</button></form></section>
<aside class="bt-hot"><h3>پربحث‌ترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://www.bartarinha.ir/fa/news/', Number(c.id) - 640)}
</ol></aside>
</main>
<footer class="bt-footer"><p>کلیه حقوق این سایت محفوظ و متعلق به برترین‌ها است.</p></footer>
</body>
</html>
`;
    },
  },

  // Tabnak Khorasan (provincial site of Tabnak's CMS family): the LEAD IS ONLY AN <h2 class="subtitle">
  // ABOVE THE BODY and the meta description — no lead paragraph; rutitr over the title; the body
  // paragraphs in <div class="body"> under a cover photo; news code, Jalali date line with time, view
  // count; tags; related; most-viewed; comments with «منتشر شده / در انتظار بررسی» counts.
  tabnakkhorasan: {
    site: 'تابناک خراسان',
    boiler: ['کد خبر', 'تعداد بازدید', 'برچسب‌ها', 'اخبار مرتبط', 'پربیننده‌ترین', 'نظر شما', 'تابناک خراسان؛ پایگاه خبری تحلیلی خراسان رضوی', 'در انتظار بررسی', 'ویژه سفرهای تابستانی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>${esc(c.a.title)} - تابناک خراسان</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="تابناک خراسان">
<meta name="dc.date" content="${c.iso}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.tabnakkhorasan.ir/client/themes/fa/main/css/news.css?v=3">
</head>
<body>
<div id="top"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.tabnakkhorasan.ir/fa/rss">RSS</a></div>
<header><a href="https://www.tabnakkhorasan.ir/"><img src="https://www.tabnakkhorasan.ir/client/themes/fa/main/img/logo.png" alt="تابناک خراسان"></a>
<ul class="menu"><li><a href="https://www.tabnakkhorasan.ir/fa/service/1">سیاسی</a></li><li><a href="https://www.tabnakkhorasan.ir/fa/service/2">اقتصادی</a></li><li class="on"><a href="https://www.tabnakkhorasan.ir/fa/service/3">اجتماعی</a></li><li><a href="https://www.tabnakkhorasan.ir/fa/service/4">زیارت و گردشگری</a></li><li><a href="https://www.tabnakkhorasan.ir/fa/service/5">شهرستان‌ها</a></li><li><a href="https://www.tabnakkhorasan.ir/fa/service/6">ورزش</a></li></ul></header>
<div class="news_body">
<div class="news_nav"><span class="news_id">کد خبر: ${persian(c.id)}</span> <span class="news_pdate_c">تاریخ انتشار: ${faDate(c)} - ${faTime(c)}</span> <span class="news_hits">تعداد بازدید: ${fmt(6281)}</span></div>
<div class="rutitr">ویژه سفرهای تابستانی</div>
<h1 class="title">${esc(c.a.title)}</h1>
<h2 class="subtitle">${esc(c.a.lead ?? '')}</h2>
<div class="image_top"><img src="https://www.tabnakkhorasan.ir/files/fa/news/1405/4/10/${c.id}_640.jpg" alt="${esc(c.a.caption)}"><div class="image_caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
<div class="body">
${bodyWith(c, (t) => `<p style="text-align:justify">${t}</p>`)}
</div>
<div class="tags_title">برچسب‌ها: ${tagLinks(c, 'https://www.tabnakkhorasan.ir/fa/tags/', '، ')}</div>
</div>
<div class="related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.tabnakkhorasan.ir/fa/news/', Number(c.id) - 27)}
</ul></div>
<div class="comments"><h3>نظر شما</h3><div class="cm-count">منتشر شده: ${persian(c.a.comments.length)} | در انتظار بررسی: ${persian(4)} | غیر قابل انتشار: ${persian(2)}</div>
${comments(c, (n, t, k) => `<div class="cm"><b>${n}</b> <span>${k ? '۱۳:۰۵' : '۱۲:۴۱'}</span><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea></textarea><button type="button">ارسال</button></form></div>
<div class="most"><h3>پربیننده‌ترین</h3><ul>
${li(c.a.mostRead, 'https://www.tabnakkhorasan.ir/fa/news/', Number(c.id) - 301)}
</ul></div>
<footer><p>تابناک خراسان؛ پایگاه خبری تحلیلی خراسان رضوی</p></footer>
</body>
</html>
`,
  },

  // IQNA, the international Quran news agency: the WHOLE TEXT, lead included, sits in ONE
  // <div class="item-text"> as lines separated by <br><br> (no <p> at all); the summary exists only in
  // the meta description; service line, news code, date with time, cover with caption, tags, print
  // link, related, latest, comments. The ARTICLE TEXT (title, body, caption) is typed with ARABIC
  // yeh and kaf (ي ك); the chrome uses Persian letters.
  iqna: {
    site: 'ایکنا',
    boiler: ['کد خبر', 'برچسب‌ها', 'نظر شما', 'اخبار مرتبط', 'پربازدیدترین', 'خبرگزاری بین‌المللی قرآن', 'آخرین اخبار', 'نسخه چاپی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - ایکنا</title>
<meta name="description" content="${esc(plain(c.a.paras[0]))}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:site_name" content="ایکنا - خبرگزاری بین‌المللی قرآن">
<meta property="article:published_time" content="${c.iso}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://iqna.ir/client/themes/fa/main/css/main.css?v=18">
</head>
<body>
<header class="iq-header"><a href="https://iqna.ir/fa"><img src="https://iqna.ir/client/themes/fa/main/img/logo-iqna.png" alt="ایکنا"></a> <span class="iq-slogan">خبرگزاری بین‌المللی قرآن</span>
<nav><a href="https://iqna.ir/fa/service/quran">قرآن</a> <a class="active" href="https://iqna.ir/fa/service/activities">فعالیت‌های قرآنی</a> <a href="https://iqna.ir/fa/service/thought">اندیشه</a> <a href="https://iqna.ir/fa/service/world">جهان اسلام</a> <a href="https://iqna.ir/fa/service/provinces">استان‌ها</a> <a href="https://iqna.ir/fa/multimedia">چندرسانه‌ای</a></nav></header>
<main class="iq-main">
<article>
<div class="iq-service">فعالیت‌های قرآنی › ${esc(c.a.kicker)}</div>
<div class="iq-info"><span>کد خبر: ${persian(c.id)}</span> <span>${faDate(c)} - ${faTime(c)}</span></div>
<h1 class="iq-title">${esc(c.a.title)}</h1>
<div class="iq-img"><img src="https://iqna.ir/files/fa/news/1405/4/13/${c.id}_802.jpg" alt="${esc(c.a.caption)}"><span class="iq-caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</span></div>
<div class="item-text">${bodyWith(c, (t) => t, '<br><br>')}</div>
<div class="iq-tags">برچسب‌ها: ${tagLinks(c, 'https://iqna.ir/fa/tags/', '، ')}</div>
<div class="iq-tools"><a href="https://iqna.ir/fa/news/${c.id}/print">نسخه چاپی</a> <a href="https://t.me/share/url?url=https://iqna.ir/00${c.id}">تلگرام</a></div>
</article>
<section class="iq-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://iqna.ir/fa/news/', Number(c.id) - 52)}
</ul></section>
<section class="iq-comments"><h3>نظر شما</h3><form><input type="text" placeholder="نام"><textarea></textarea><button type="button">ارسال</button></form></section>
<aside><section><h3>آخرین اخبار</h3><ul><li><a href="https://iqna.ir/fa/news/${Number(c.id) + 3}">نشست علمی «قرآن و محیط زیست» در قم برگزار می‌شود</a></li><li><a href="https://iqna.ir/fa/news/${Number(c.id) + 5}">اعزام ۴۰ قاری به کشورهای آسیای میانه</a></li></ul></section>
<section><h3>پربازدیدترین</h3><ol>
${li(c.a.mostRead, 'https://iqna.ir/fa/news/', Number(c.id) - 410)}
</ol></section></aside>
</main>
<footer class="iq-footer"><p>تمامی حقوق برای ایکنا، خبرگزاری بین‌المللی قرآن محفوظ است.</p></footer>
</body>
</html>
`,
  },

  // Shahrvand, the daily's site built around the print edition: the page line «صفحه ۵ - اجتماعی» and
  // issue number, rutitr, title, lead, cover; the body holds a DATA TABLE (<table> with a caption, a
  // header row, five province rows and a total row) and a BULLETED LIST (<ul> of four items) between
  // the paragraphs; «این مطلب در شماره … منتشر شده است», PDF link, «سایر مطالب این صفحه», most-read.
  // Dates: a Jalali line with time and itemprop datePublished.
  shahrvand: {
    site: 'روزنامه شهروند',
    boiler: ['نسخه PDF', 'سایر مطالب این صفحه', 'پربازدیدها', 'تمام حقوق مادی و معنوی این وب‌سایت متعلق به روزنامه شهروند است', 'این مطلب در شماره', 'ازدواج در بهار؛ کمتر و دیرتر'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | روزنامه شهروند</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://shahrvand-newspaper.ir/assets/css/app.css?v=9">
</head>
<body>
<header class="sh-header"><a href="https://shahrvand-newspaper.ir/"><img src="https://shahrvand-newspaper.ir/assets/img/logo.svg" alt="روزنامه شهروند"></a> <span class="sh-issue">شماره ${persian(3187)} | ${weekday(c)} ${faDate(c)}</span>
<nav><a href="https://shahrvand-newspaper.ir/pages/1">صفحه اول</a> <a href="https://shahrvand-newspaper.ir/pages/2">سیاسی</a> <a href="https://shahrvand-newspaper.ir/pages/3">اقتصادی</a> <a class="on" href="https://shahrvand-newspaper.ir/pages/5">اجتماعی</a> <a href="https://shahrvand-newspaper.ir/pages/8">فرهنگی</a> <a href="https://shahrvand-newspaper.ir/archive">آرشیو</a></nav></header>
<main class="sh-main">
<article itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="${c.iso}">
<div class="sh-page">صفحه ${persian(5)} - اجتماعی</div>
<div class="sh-rutitr">ازدواج در بهار؛ کمتر و دیرتر</div>
<h1 itemprop="headline">${esc(c.a.title)}</h1>
<div class="sh-date">${faDate(c)} - ${faTime(c)}</div>
<p class="sh-lead">${esc(c.a.lead ?? '')}</p>
<figure><img src="https://shahrvand-newspaper.ir/uploads/1405/04/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="sh-body" itemprop="articleBody">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<p class="sh-print">این مطلب در شماره ${persian(3187)} روزنامه شهروند، صفحه ${persian(5)}، منتشر شده است. <a href="https://shahrvand-newspaper.ir/pdf/3187/5.pdf">نسخه PDF</a></p>
<div class="sh-tags">${tagLinks(c, 'https://shahrvand-newspaper.ir/tag/', ' ')}</div>
</article>
<section class="sh-samepage"><h3>سایر مطالب این صفحه</h3><ul>
${li(c.a.related, 'https://shahrvand-newspaper.ir/news/', Number(c.id) + 3)}
</ul></section>
<aside class="sh-most"><h3>پربازدیدها</h3><ol>
${li(c.a.mostRead, 'https://shahrvand-newspaper.ir/news/', Number(c.id) - 280)}
</ol></aside>
</main>
<footer class="sh-footer"><p>تمام حقوق مادی و معنوی این وب‌سایت متعلق به روزنامه شهروند است.</p></footer>
</body>
</html>
`,
  },

  // Gilan-e Emrooz, a regional daily of Rasht: a PHOTO STORY («گزارش تصویری») whose body paragraphs
  // alternate with EIGHT PHOTOS, each a <figure> followed by its CAPTION AS A <p class="photo-caption">
  // paragraph; a cover with caption and the photographer's credit; «تعداد عکس», photographer line,
  // date with time (JSON-LD and visible), tags, «سایر گزارش‌های تصویری», a weather widget and
  // «اخبار گیلان» in the sidebar.
  gilanemrooz: {
    site: 'گیلان امروز',
    boiler: ['تعداد عکس', 'سایر گزارش‌های تصویری', 'اخبار گیلان', 'آب و هوای رشت', 'روزنامه صبح استان گیلان', 'کلیه حقوق برای گیلان امروز محفوظ است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - گیلان امروز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, description: c.a.lead,
  image: [`https://gilanemrooz.ir/uploads/photo/1405/04/${c.id}/01.jpg`], publisher: { '@type': 'Organization', name: 'گیلان امروز' },
})}</script>
<link rel="stylesheet" href="https://gilanemrooz.ir/theme/css/style.css?v=5">
</head>
<body class="photo-report">
<header class="ge-header"><a href="https://gilanemrooz.ir/"><img src="https://gilanemrooz.ir/theme/img/logo.png" alt="گیلان امروز"></a> <span class="ge-slogan">روزنامه صبح استان گیلان</span>
<nav><a href="https://gilanemrooz.ir/cat/gilan">اخبار گیلان</a> <a href="https://gilanemrooz.ir/cat/economy">اقتصاد</a> <a href="https://gilanemrooz.ir/cat/society">جامعه</a> <a class="on" href="https://gilanemrooz.ir/cat/photo">گزارش تصویری</a> <a href="https://gilanemrooz.ir/cat/culture">فرهنگ</a> <a href="https://gilanemrooz.ir/pdf">روزنامه امروز</a></nav></header>
<div class="ge-wrap">
<main>
<article class="ge-photo-story">
<div class="ge-kicker">گزارش تصویری › ${esc(c.a.kicker)}</div>
<h1>${esc(c.a.title)}</h1>
<div class="ge-meta"><span>${weekday(c)} ${faDate(c)} - ${faTime(c)}</span> <span>عکاس: ${esc(c.a.credit.replace('عکس: ', ''))}</span> <span>تعداد عکس: ${persian(9)}</span></div>
<p class="ge-lead">${esc(c.a.lead ?? '')}</p>
<figure class="ge-cover"><img src="https://gilanemrooz.ir/uploads/photo/1405/04/${c.id}/01.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="ge-text">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="ge-tags">${tagLinks(c, 'https://gilanemrooz.ir/tag/', ' ')}</div>
</article>
<section class="ge-more"><h3>سایر گزارش‌های تصویری</h3><ul>
${li(c.a.related, 'https://gilanemrooz.ir/photo/', Number(c.id) - 19)}
</ul></section>
</main>
<aside class="ge-side">
<section class="ge-weather"><h3>آب و هوای رشت</h3><p>${persian(31)}° ابری، رطوبت ${persian(78)}٪</p></section>
<section class="ge-news"><h3>اخبار گیلان</h3><ul>
${li(c.a.mostRead, 'https://gilanemrooz.ir/news/', Number(c.id) - 233)}
</ul></section>
</aside>
</div>
<footer class="ge-footer"><p>کلیه حقوق برای گیلان امروز محفوظ است.</p></footer>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

/** A photo of the photo story with its caption paragraph. */
const photo = (id: string, n: number, caption: string) =>
  `<figure class="ge-photo"><img src="https://gilanemrooz.ir/uploads/photo/1405/04/${id}/${String(n).padStart(2, '0')}.jpg" alt="" loading="lazy"></figure>\n<p class="photo-caption">${esc(caption)}</p>`;
const GE_ID = '248391';
const GE_CAPTIONS = [
  'زنان چایکار در باغی در حاشیه لاهیجان، برگ‌های تازه را با دست می‌چینند',
  'برگ‌های چیده‌شده در کیسه‌های کنفی جمع می‌شود',
  'کیسه‌های برگ سبز پیش از تحویل به مرکز خرید وزن می‌شوند',
  'مرکز خرید برگ سبز روستای لیالستان؛ هر کیسه حدود ۲۵ کیلوگرم وزن دارد',
  'برگ سبز در سالن پلاس کارخانه پهن می‌شود تا رطوبتش کم شود',
  'دستگاه‌های مالش و خشک‌کن کارخانه سبزکوه که بیش از چهار دهه کار کرده‌اند',
  'کارگران کارخانه در حال درجه‌بندی چای خشک',
  'نمایی از باغ‌های پلکانی چای در دامنه شیطان‌کوه لاهیجان',
];

/** The Shahrvand data table: [province, marriages, divorces, divorces per 100 marriages]. */
const SH_ROWS: [string, number, number, number][] = [
  ['تهران', 14920, 7310, 49], ['خراسان رضوی', 9840, 3450, 35], ['خوزستان', 7610, 2130, 28], ['اصفهان', 6980, 2640, 38], ['فارس', 6120, 2080, 34],
];
const SH_TABLE = `<table class="data-table"><caption>ازدواج و طلاق ثبت‌شده در پنج استان نخست، بهار ۱۴۰۵</caption>
<thead><tr><th>استان</th><th>ازدواج</th><th>طلاق</th><th>نسبت طلاق به ازدواج (درصد)</th></tr></thead>
<tbody>
${SH_ROWS.map(([p, m, d, r]) => `<tr><td>${p}</td><td>${fmt(m)}</td><td>${fmt(d)}</td><td>${persian(r)}</td></tr>`).join('\n')}
<tr class="total"><td>کل کشور</td><td>${fmt(108400)}</td><td>${fmt(39200)}</td><td>${persian(36)}</td></tr>
</tbody></table>
<p class="table-source">منبع: سازمان ثبت احوال کشور</p>`;

/** The Bartarinha comment thread (longer than the story). */
const BT_COMMENTS: [string, string][] = [
  ['محمد از کرج', 'ما روزی چهار تا بربری می‌خریم، یعنی ماهی نزدیک یک میلیون تومان فقط نان. حقوق من کارگر ۱۴ میلیون است. آقایان بفرمایند با بقیه‌اش چه کنیم؟ هر سال می‌گویند نانوا ضرر می‌کند، ولی هیچ‌وقت نمی‌گویند خریدار چه ضرری می‌کند.'],
  ['نانوای سنگکی', 'من خودم نانوا هستم. بیست و دو سال است نان می‌پزم. باور کنید با نرخ قبلی آخر ماه حقوق شاطر را از جیب می‌دادیم. گاز و برق ما حساب تجاری دارد و قبض دو ماه پیش سه برابر شد. کسی که می‌گوید نانوا پولدار است بیاید یک روز پشت تنور بایستد.'],
  ['سارا', 'مشکل قیمت نیست، مشکل کیفیت است. نان بربری محله ما نصف روز بعد مثل چوب می‌شود و نصفش خمیر است. اول کیفیت را درست کنید بعد گران کنید. بازرس‌ها هم فقط روز اول ماه می‌آیند.'],
  ['پاسخ به سارا', 'دقیقاً همین است. تازه چانه را هم کوچک کرده‌اند. نان سنگکی که پارسال می‌خریدم الان دو سوم شده.'],
  ['رضا', 'در شهرستان ما نان لواش هنوز ارزان‌تر است ولی صف‌ها طولانی شده. ساعت شش صبح باید بروی که به نان برسی. بعد از ساعت ده نانوایی بسته است و می‌گویند آرد تمام شد. آرد یارانه‌ای کجا می‌رود؟'],
  ['ناشناس', 'این ۲۵ درصدی که اعلام کرده‌اند واقعی نیست. نانوایی‌های آزادپز از همین حالا بربری را ده هزار تومان می‌فروشند و کسی هم جلویشان را نمی‌گیرد. سامانه ۱۲۴ هم که زنگ می‌زنی یا جواب نمی‌دهد یا می‌گوید پیگیری می‌کنیم.'],
  ['مهندس', 'یک راه حل ساده دارد: آرد را آزاد کنند و یارانه را مستقیم به مردم بدهند. این‌طوری نانوا مجبور نیست آرد را در بازار سیاه بفروشد و مردم هم نان با کیفیت می‌خرند. سی سال است این سیستم جواب نداده.'],
  ['مادر سه فرزند', 'برای خانواده پنج‌نفره ما نان بیشترین هزینه خوراکی بعد از برنج است. گوشت که سال‌هاست از سفره رفته. حالا نان هم. واقعاً کسی صدای ما را می‌شنود؟'],
  ['پاسخ به مادر سه فرزند', 'خواهرم دقیقاً حرف دل ما را زدید. ما هم پنج نفریم و همین وضع را داریم.'],
  ['علی', 'من یک سال در ترکیه زندگی کردم. آنجا نان را دولت با قیمت ثابت در کیوسک‌های شهرداری می‌فروشد و کیفیتش هم خوب است. چرا از تجربه کشورهای دیگر استفاده نمی‌کنیم؟'],
  ['کارمند بازنشسته', 'حقوق بازنشستگی ما امسال ۲۰ درصد زیاد شد، اجاره ۴۰ درصد، نان ۲۵ درصد. حساب کنید چه چیزی برای ما می‌ماند.'],
  ['فرشته', 'من در یک نانوایی لواش کار می‌کنم. صاحبکار ما می‌گوید اگر نرخ جدید اجرا نشود، تا آخر تابستان نانوایی را می‌بندد. ما سه نفر کارگریم و اگر ببندد، هر سه بیکار می‌شویم. کسی که فقط به قیمت نگاه می‌کند، کارگر نانوایی را نمی‌بیند.'],
  ['امید از اصفهان', 'اینجا از ماه پیش نرخ جدید را اجرا کرده‌اند و هیچ فرقی در کیفیت ندیده‌ایم. فقط نان گران‌تر شد. بازرسی هم نیامد. به نظرم تا وقتی نظارت واقعی نباشد، هر افزایشی فقط جیب مردم را خالی‌تر می‌کند.'],
  ['دانشجو', 'در خوابگاه ما بیشتر بچه‌ها شام را فقط با نان و پنیر می‌گذرانند. با این قیمت‌ها همین هم سخت می‌شود. لطفاً یک گزارش هم از وضعیت دانشجوها بنویسید.'],
  ['حمید', 'تیتر را درست بنویسید. بربری ۷ هزار تومان برای نانوایی یارانه‌ای است، ما در محله‌مان اصلاً نانوایی یارانه‌ای بربری نداریم و همه آزادپزند.'],
];

const ARTICLES: Art16[] = [
  {
    name: 'khabarfarsi-aggregated-tehran-water-pressure', site: 'khabarfarsi', zwnjLost: true,
    url: 'https://khabarfarsi.com/u/195731604',
    title: 'کاهش فشار آب تهران در ساعات شب از هفته آینده؛ ذخایر سدها ۱۸ درصد است',
    kicker: 'شهری', date: '۱۵ تیر ۱۴۰۵ - ۰۹:۵۰',
    paras: [
      'به گزارش ایسنا، مدیرعامل شرکت آب و فاضلاب استان تهران از اجرای طرح کاهش فشار شبانه آب در همه مناطق پایتخت از شنبه هفته آینده خبر داد و گفت حجم آب موجود در پنج سد تأمین‌کننده آب تهران به حدود ۳۱۰ میلیون مترمکعب رسیده که تنها ۱۸ درصد ظرفیت آنهاست.',
      'بهروز کیانی‌فر در نشست خبری امروز افزود: فشار آب از ساعت ۲۳ تا ۵ صبح در شبکه توزیع کاهش پیدا می‌کند و ساکنان طبقات بالاتر از طبقه چهارم که مخزن و پمپ ندارند ممکن است با افت فشار روبه‌رو شوند. از شهروندان می‌خواهیم پیش از ساعت ۲۳ نیاز آب خود را ذخیره کنند.',
      'وی با اشاره به افزایش مصرف در روزهای گرم تیرماه تصریح کرد: مصرف روزانه آب تهران در هفته گذشته به سه میلیون و ۴۰۰ هزار مترمکعب رسید که ۱۲ درصد بیشتر از مدت مشابه پارسال است. اگر این روند ادامه پیدا کند، مجبور به اعمال محدودیت‌های بیشتری خواهیم شد.',
      'این مقام مسئول درباره وضعیت سدها گفت: سد لار با ۴ درصد و سد امیرکبیر با ۱۱ درصد پرشدگی کمترین ذخیره را دارند و بخش مهمی از آب شرب امروز تهران از ۶۵۰ حلقه چاه اضطراری تأمین می‌شود.',
      'کیانی‌فر همچنین از نصب ۲۸۰ هزار دستگاه کاهنده مصرف به‌صورت رایگان در منازل مشترکان پرمصرف خبر داد و گفت مشترکانی که بیش از الگوی مصرف، یعنی ۱۴ مترمکعب در ماه، آب مصرف کنند با تعرفه‌ای تا سه برابر روبه‌رو می‌شوند.',
      'در همین حال لیلا صدرزاده، رئیس کمیسیون سلامت، محیط زیست و خدمات شهری شورای شهر تهران، در گفت‌وگو با ایسنا گفت: شهرداری آبیاری فضای سبز را به ساعات شب منتقل کرده و برای آبیاری از پساب تصفیه‌خانه‌های جنوب تهران استفاده می‌کند. به گفته صدرزاده، مصرف آب شرب در فضای سبز شهری امسال ۴۰ درصد کاهش یافته است.',
      'شرکت مدیریت منابع آب ایران نیز اعلام کرده است میزان بارش‌ها در حوضه آبریز تهران از ابتدای سال آبی تاکنون ۲۱۸ میلی‌متر بوده که ۲۹ درصد کمتر از میانگین بلندمدت است. بر اساس این گزارش، ورودی آب به سدهای تهران از ابتدای سال آبی ۴۳ درصد کاهش داشته است.',
    ],
    tags: [], caption: '', credit: '',
    related: ['فشار آب تهران شب‌ها کم می‌شود', 'جیره‌بندی آب در تهران در کار نیست؛ فقط کاهش فشار', 'ذخایر سدهای تهران به ۱۸ درصد رسید', 'هشدار شورای شهر درباره مصرف آب در فضای سبز', 'طرح کاهش فشار آب از شنبه اجرا می‌شود'],
    mostRead: ['قیمت دلار و سکه امروز ۱۵ تیر ۱۴۰۵', 'جدول پخش بازی‌های لیگ ملت‌های والیبال', 'یارانه تیرماه کی واریز می‌شود؟', 'زمان اعلام نتایج کنکور ۱۴۰۵'],
    comments: [],
    speakers: [
      { name: 'بهروز کیانی‌فر', role: 'مدیرعامل شرکت آب و فاضلاب استان تهران', also_called: ['وی', 'این مقام مسئول', 'کیانی‌فر'], statements: 5 },
      { name: 'لیلا صدرزاده', role: 'رئیس کمیسیون سلامت، محیط زیست و خدمات شهری شورای شهر تهران', also_called: ['صدرزاده'], statements: 2 },
    ],
    speakers_never: ['ایسنا', 'شرکت مدیریت منابع آب ایران', 'شهرداری', 'خبرفارسی', 'همشهری آنلاین'],
    figures: [
      { value: 5, unit: 'سد', kind: 'count', about: '«پنج سد» تأمین‌کننده آب تهران (count in words)' },
      { value: 310000000, unit: 'مترمکعب', kind: 'measure', about: '«حدود ۳۱۰ میلیون مترمکعب» آب موجود در سدها' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'پرشدگی سدها (also in the title)' },
      { value: 3400000, unit: 'مترمکعب', kind: 'measure', about: '«سه میلیون و ۴۰۰ هزار مترمکعب» مصرف روزانه (word «سه» + digits; a per-day value, basis left out)' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'افزایش مصرف نسبت به پارسال' },
      { value: 4, unit: 'درصد', kind: 'percent', about: 'پرشدگی سد لار' },
      { value: 11, unit: 'درصد', kind: 'percent', about: 'پرشدگی سد امیرکبیر' },
      { value: 650, unit: 'حلقه', kind: 'count', about: 'چاه‌های اضطراری' },
      { value: 280000, unit: 'دستگاه', kind: 'count', about: 'دستگاه‌های کاهنده مصرف' },
      { value: 14, unit: 'مترمکعب', kind: 'measure', about: 'الگوی مصرف ماهانه («۱۴ مترمکعب در ماه», basis left out)' },
      { value: 3, unit: 'برابر', kind: 'count', about: '«تا سه برابر» تعرفه' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'کاهش مصرف آب شرب در فضای سبز' },
      { value: 218, unit: 'میلی‌متر', kind: 'measure', about: 'بارش حوضه آبریز تهران' },
      { value: 29, unit: 'درصد', kind: 'percent', about: 'کاهش بارش نسبت به میانگین بلندمدت' },
      { value: 43, unit: 'درصد', kind: 'percent', about: 'کاهش ورودی آب به سدها' },
    ],
    figures_never: ['«ساعت ۲۳ تا ۵ صبح», «پیش از ساعت ۲۳»: clock times', '«طبقه چهارم»: an ordinal', '«شنبه هفته آینده», «هفته گذشته», «امسال», «ابتدای سال آبی»: dates', 'the times and «۳۴ دقیقه پیش» of the source box and the headline columns, «۲۲ هزار واحد» and «۱۵ درصدی» of other headlines: not body'],
    notes: [
      'A NEWS AGGREGATOR\'s story page (Khabarfarsi) for an ISNA item: header with search, categories and a «داغ‌ترین‌ها» strip; the item\'s title as <h1>; a source box (ISNA logo, «منبع: ایسنا», the source\'s publication time «دوشنبه ۱۵ تیر ۱۴۰۵ - ۰۹:۵۰» = article:published_time, and «۳۴ دقیقه پیش»); the story\'s paragraphs as the aggregator keeps them; a «ادامه خبر در سایت منبع» button to isna.ir; a «گزارش تخلف» link; the same story from five other outlets («این خبر در منابع دیگر»), «سایر اخبار ایسنا», a column of twelve timed headlines from a dozen outlets («آخرین اخبار») and a most-read list. The page LOST EVERY ZWNJ: the gold body and title are exactly what the page shows; speaker names, roles and figure units are given in their clean form.',
      'IS IT AN ARTICLE? Read as an editor: yes. The page is about ONE story, gives its headline, its source and time, and shows seven full paragraphs of its text (a complete news item, 300+ words; the «ادامه» button points to the original, which may hold more). The many other headlines are navigation. So isArticle is true, body = the paragraphs shown, the «ادامه خبر در سایت منبع» button and every headline list are boilerplate. `site` is the page\'s own site, «خبرفارسی», not the source ISNA (ISNA is named in the source box and in the text). A reader could call the page a link card and not an article; the amount of text shown decides it here.',
      'statements: Kianifar, first by role in the opening sentence «مدیرعامل … از اجرای طرح … خبر داد و گفت …» (one), then by name «بهروز کیانی‌فر … افزود:» (two sentences, once), «وی … تصریح کرد:» (once), «این مقام مسئول … گفت:» (once), «کیانی‌فر همچنین … خبر داد و گفت …» (one) = 5; Sadrzadeh: «… در گفت‌وگو با ایسنا گفت:» (one), «به گفته صدرزاده، …» (one) = 2. ISNA (the reporting outlet), the water resources company («اعلام کرده است»), and the municipality (the subject of Sadrzadeh\'s sentence) are not speakers.',
    ],
  },
  {
    name: 'akharinkhabar-split-body-train-fares', site: 'akharinkhabar', parts: [2, 4, 6],
    url: 'https://www.akharinkhabar.ir/money/8841276/بلیت-قطارهای-مسافری-از-مرداد-۲۰-درصد-گران-می‌شود',
    title: 'بلیت قطارهای مسافری از مرداد ۲۰ درصد گران می‌شود',
    kicker: 'حمل و نقل', date: '۱۸ تیر ۱۴۰۵ - ۱۴:۱۰',
    lead: 'شرکت راه‌آهن جمهوری اسلامی ایران با افزایش ۲۰ درصدی نرخ بلیت قطارهای مسافری از اول مرداد موافقت کرد؛ افزایشی که به گفته شرکت‌های ریلی، کمتر از نیمی از رشد هزینه‌هایشان را جبران می‌کند.',
    paras: [
      'به گزارش آخرین خبر به نقل از تسنیم، مسعود ترابی‌نسب، معاون مسافری شرکت راه‌آهن، امروز در جمع خبرنگاران گفت: نرخ بلیت همه قطارهای مسافری، از قطارهای عادی تا قطارهای پنج‌ستاره، از یکم مرداد ۲۰ درصد افزایش می‌یابد و فروش بلیت سفرهای مرداد از ۲۵ تیر با نرخ جدید آغاز می‌شود.',
      'وی افزود: شرکت‌های ریلی خواستار افزایش ۴۵ درصدی نرخ‌ها بودند، اما با توجه به ایام تابستان و سفرهای خانوادگی، سقف ۲۰ درصد تعیین شد. بر این اساس بلیت قطار عادی تهران–مشهد از ۶۲۰ هزار تومان به حدود ۷۴۴ هزار تومان می‌رسد.',
      'ترابی‌نسب درباره ظرفیت حمل مسافر در تابستان گفت: روزانه ۱۱۸ رام قطار مسافری در شبکه ریلی کشور تردد می‌کند و برای تابستان امسال ۲۲ قطار فوق‌العاده به محورهای مشهد، اهواز و بندرعباس اضافه شده است. پیش‌بینی می‌کنیم تا پایان شهریور بیش از ۹ میلیون مسافر با قطار جابه‌جا شوند.',
      'این مقام مسئول با اشاره به تخفیف‌های ویژه یادآور شد که خانواده‌های دارای سه فرزند و بیشتر و جانبازان همچنان از تخفیف ۵۰ درصدی بلیت برخوردارند.',
      'در مقابل، کامبیز رستگارمنش، دبیر انجمن صنفی شرکت‌های حمل‌ونقل ریلی و خدمات وابسته، افزایش ۲۰ درصدی را ناکافی دانست. او به آخرین خبر گفت: قیمت قطعات یدکی واگن در یک سال گذشته بیش از ۷۰ درصد بالا رفته و حقوق کارکنان هم ۳۸ درصد افزایش یافته است. با این نرخ، بسیاری از شرکت‌ها ناچارند تعداد سفرهای خود را کم کنند.',
      'رستگارمنش افزود: عمر متوسط واگن‌های مسافری کشور به ۲۷ سال رسیده و از حدود ۲ هزار و ۱۰۰ واگن مسافری، نزدیک به ۴۰۰ واگن به دلیل نبود قطعه متوقف مانده است.',
      'مرکز پژوهش‌های مجلس نیز پیش‌تر در گزارشی سهم حمل‌ونقل ریلی از جابه‌جایی مسافران بین‌شهری را کمتر از ۸ درصد اعلام کرده بود.',
      'مسافران می‌توانند بلیت سفرهای خود را تا ۲۴ تیر با نرخ قبلی از سامانه‌های مجاز فروش بلیت تهیه کنند.',
    ],
    tags: ['بلیت قطار', 'راه‌آهن', 'گرانی', 'سفر تابستانی'],
    caption: 'قطار مسافری تهران–مشهد در ایستگاه راه‌آهن تهران', credit: 'عکس: تسنیم',
    related: ['قیمت بلیت هواپیما در تابستان ثابت می‌ماند؟', 'قطار تهران–کربلا از مرداد راه می‌افتد', 'نوسازی ۳۰۰ واگن مسافری در برنامه هفتم'],
    mostRead: ['ماجرای عجیب عروسی در روستای ماسوله', 'قیمت خودروهای داخلی امروز ۱۸ تیر', 'این خوراکی‌ها را در گرما نخورید', 'پیش‌بینی هوای تهران برای آخر هفته'],
    comments: [],
    speakers: [
      { name: 'مسعود ترابی‌نسب', role: 'معاون مسافری شرکت راه‌آهن', also_called: ['وی', 'ترابی‌نسب', 'این مقام مسئول'], statements: 4 },
      { name: 'کامبیز رستگارمنش', role: 'دبیر انجمن صنفی شرکت‌های حمل‌ونقل ریلی و خدمات وابسته', also_called: ['او', 'رستگارمنش'], statements: 3 },
    ],
    speakers_never: ['تسنیم', 'شرکت راه‌آهن جمهوری اسلامی ایران', 'شرکت‌های ریلی', 'مرکز پژوهش‌های مجلس', 'آخرین خبر'],
    figures: [
      { value: 20, unit: 'درصد', kind: 'percent', about: 'افزایش نرخ بلیت (title, lead, body)' },
      { value: 45, unit: 'درصد', kind: 'percent', about: 'افزایش درخواستی شرکت‌های ریلی' },
      { value: 620000, unit: 'تومان', kind: 'money', about: 'بلیت قطار عادی تهران–مشهد، نرخ فعلی' },
      { value: 744000, unit: 'تومان', kind: 'money', about: '«حدود ۷۴۴ هزار تومان» نرخ جدید' },
      { value: 118, unit: 'رام', kind: 'count', about: 'قطارهای مسافری روزانه (basis left out)' },
      { value: 22, unit: 'قطار', kind: 'count', about: 'قطارهای فوق‌العاده' },
      { value: 9000000, unit: 'مسافر', kind: 'count', about: '«بیش از ۹ میلیون مسافر» تا پایان شهریور' },
      { value: 50, unit: 'درصد', kind: 'percent', about: 'تخفیف خانواده‌های پرجمعیت و جانبازان' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'رشد قیمت قطعات یدکی' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'افزایش حقوق کارکنان' },
      { value: 2100, unit: 'واگن', kind: 'count', about: '«حدود ۲ هزار و ۱۰۰ واگن» مسافری' },
      { value: 400, unit: 'واگن', kind: 'count', about: 'واگن‌های متوقف' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'سهم ریل از جابه‌جایی مسافر بین‌شهری' },
    ],
    figures_never: ['«یکم مرداد», «اول مرداد», «۲۵ تیر», «۲۴ تیر», «پایان شهریور», «یک سال گذشته»: dates and periods', '«۲۷ سال»: an age (of the wagons)', '«پنج‌ستاره»: a class of train', '«سه فرزند و بیشتر»: a condition of eligibility', '«کمتر از نیمی»: vague', 'the ads («تور کیش ۳ شب فقط ۹ میلیون», «نصف»), the suggestion box and the view count: not body'],
    notes: [
      'A transport story of an aggregating portal with its own editors (Akharinkhabar) whose BODY IS SPLIT OVER SIBLING CONTAINERS: the lead in <div class="lead">, then four <div class="news-part"> siblings (paragraphs 1–2, 3–4, 5–6, 7–8) with, between them, a native AD BLOCK («تبلیغات» and four sponsored headlines), a «مطالب پیشنهادی» box of three of the site\'s own stories and a BANNER AD («آگهی», an image whose alt text is a Kish tour price). The gold body is the lead and all eight paragraphs, in order, without any of the three blocks between them. Dates: itemprop datePublished and a visible Jalali line with time; cover with caption; short link, tags, related, most-viewed, app banner.',
      'statements: Torabinasab: «NAME، ROLE، … گفت:» (one), «وی افزود:» (two sentences, once), «ترابی‌نسب … گفت:» (two sentences, once), «این مقام مسئول … یادآور شد که …» (one) = 4; Rastegarmanesh: «NAME، ROLE، … را ناکافی دانست» (a stated view, one), «او به آخرین خبر گفت:» (two sentences, once), «رستگارمنش افزود:» (one) = 3. The railway company («موافقت کرد»), the rail companies as a group (in the lead, «به گفته شرکت‌های ریلی») and the parliament\'s research centre («اعلام کرده بود») are not named persons. Tasnim is the outlet Akharinkhabar quotes.',
      '«۱۱۸ رام» is a per-day count kept with its basis left out; «۲۷ سال», the average age of the wagons, is an age and left out; «۷۴۴ هزار تومان» is «حدود» (kept).',
    ],
  },
  {
    name: 'namehnews-opinion-doctors-emigration', site: 'namehnews', author: 'سپیده کاظمی‌نیا',
    extras: { 4: '<blockquote class="pullquote">«من نرفتم که پولدار شوم.»</blockquote>' },
    url: 'https://www.namehnews.com/fa/news/512874/چرا-پزشکان-جوان-می‌روند',
    title: 'چرا پزشکان جوان می‌روند؟',
    kicker: 'سلامت', date: '۲۰ تیر ۱۴۰۵ - ۰۸:۰۰',
    lead: 'مهاجرت پزشکان دیگر یک خبر نیست، یک روند است؛ روندی که اگر امروز برایش فکری نشود، فردا در صف اورژانس بیمارستان‌های شهرستان‌ها خود را نشان می‌دهد.',
    paras: [
      'چند هفته پیش در راهروی یکی از بیمارستان‌های آموزشی تهران با دستیار سال سوم بیهوشی هم‌صحبت شدم. از او پرسیدم بعد از پایان دوره چه می‌کند. بی‌مکث گفت: «آلمان؛ زبانم را گرفته‌ام و منتظر پذیرش هستم.» این پاسخ را در یک سال گذشته بارها شنیده‌ام و دیگر تعجبی برنمی‌انگیزد.',
      'آمارها هم همین را می‌گویند. شمار درخواست‌های گواهی «گوداستندینگ» از سازمان نظام پزشکی، گواهی‌ای که پزشک برای کار در خارج از کشور لازم دارد، در سال ۱۴۰۴ به حدود ۷ هزار و ۲۰۰ مورد رسید؛ یعنی تقریباً سه برابر سال ۱۴۰۰.',
      'مهرداد صالحی‌راد، رئیس سازمان نظام پزشکی، ماه گذشته در همایشی گفته بود: «ما هر سال حدود ۵ هزار پزشک عمومی تربیت می‌کنیم و اگر نیمی از آنها بروند، هیچ برنامه‌ای برای جایگزینی‌شان نداریم.» صالحی‌راد در همان سخنرانی هزینه تربیت هر پزشک متخصص را بیش از ۸ میلیارد تومان برآورد کرد.',
      'ماجرا فقط حقوق نیست، هرچند حقوق هم هست. پزشک عمومی‌ای که در یک درمانگاه شبانه‌روزی در حاشیه شهر کار می‌کند، ماهانه حدود ۴۰ میلیون تومان می‌گیرد؛ همکارش با همان مدرک در کشورهای حاشیه خلیج فارس ۱۰ برابر این رقم درآمد دارد. اما وقتی با پزشکان جوان حرف می‌زنی، پیش از پول از چیزهای دیگری می‌گویند: از امنیت شغلی، از پرونده‌های شکایت، از شیفت‌های ۳۶ ساعته.',
      'الهام نوروزی، متخصص زنان که سال گذشته از بیمارستانی در زاهدان به عمان رفت، در گفت‌وگویی تلفنی به من گفت: «من نرفتم که پولدار شوم. رفتم چون در دو سال، سه بار به خاطر کمبود تجهیزات از همراهان بیمار کتک خوردم و کسی پشتم نبود.» نوروزی می‌گوید از ۱۲ متخصص زنانی که با او فارغ‌التحصیل شده‌اند، امروز فقط چهار نفر در ایران کار می‌کنند.',
      'وزارت بهداشت پاسخ همیشگی خود را دارد: افزایش ظرفیت پذیرش دانشجوی پزشکی. معاون آموزشی این وزارتخانه هفته گذشته اعلام کرد ظرفیت پذیرش رشته پزشکی در کنکور امسال ۱۵ درصد افزایش می‌یابد. اما این راه‌حل، اگر راه‌حل باشد، دست‌کم هفت سال بعد اثر می‌کند و تازه معلوم نیست فارغ‌التحصیلان آن دوره هم بمانند.',
      'حسین طاهرخانی، اقتصاددان سلامت و عضو هیئت علمی دانشگاه علوم پزشکی شهید بهشتی، معتقد است مسئله را باید از سمت تعرفه‌ها دید. به گفته طاهرخانی، تعرفه ویزیت پزشک عمومی در بخش دولتی امسال تنها ۱۸ درصد زیاد شد، در حالی که تورم رسمی سال گذشته بیش از ۳۵ درصد بوده است.',
      'پیشنهاد من ساده است و تازه هم نیست: به جای افزودن صندلی‌های کنکور، همان پزشکانی را که امروز داریم نگه داریم. طرح نگهداشت پزشک در مناطق محروم، با حقوقی دست‌کم دو برابر و قراردادی پنج‌ساله که دولت به آن پایبند بماند، ارزان‌تر از تربیت پزشک تازه‌ای است که او هم روزی چمدانش را می‌بندد.',
      'آن دستیار بیهوشی حق دارد برود. پرسش این است که ما چه کرده‌ایم تا ماندن برایش منطقی باشد.',
    ],
    tags: ['مهاجرت پزشکان', 'نظام پزشکی', 'وزارت بهداشت', 'یادداشت'],
    caption: 'راهروی بخش اورژانس یک بیمارستان دولتی در تهران', credit: 'عکس: آرشیو',
    related: ['ظرفیت پذیرش پزشکی در کنکور ۱۴۰۵ افزایش یافت', 'کمبود متخصص بیهوشی در ۱۲ استان', 'پرستاران هم می‌روند؟'],
    mostRead: ['جزئیات افزایش حقوق کارمندان در تیرماه', 'واکنش‌ها به سخنان سخنگوی دولت', 'قیمت مسکن در تهران متری چند؟', 'لیست تازه داروهای کمیاب'],
    comments: [],
    speakers: [
      { name: 'مهرداد صالحی‌راد', role: 'رئیس سازمان نظام پزشکی', also_called: ['صالحی‌راد'], statements: 2 },
      { name: 'الهام نوروزی', role: 'متخصص زنان', also_called: ['نوروزی'], statements: 2 },
      { name: 'حسین طاهرخانی', role: 'اقتصاددان سلامت و عضو هیئت علمی دانشگاه علوم پزشکی شهید بهشتی', also_called: ['طاهرخانی'], statements: 2 },
    ],
    speakers_never: ['سپیده کاظمی‌نیا', 'دستیار سال سوم بیهوشی', 'معاون آموزشی این وزارتخانه', 'وزارت بهداشت', 'سازمان نظام پزشکی'],
    figures: [
      { value: 7200, unit: 'مورد', kind: 'count', about: '«حدود ۷ هزار و ۲۰۰ مورد» درخواست گواهی گوداستندینگ در ۱۴۰۴' },
      { value: 3, unit: 'برابر', kind: 'count', about: '«تقریباً سه برابر سال ۱۴۰۰»' },
      { value: 5000, unit: 'پزشک', kind: 'count', about: '«حدود ۵ هزار پزشک عمومی» در سال (basis left out)' },
      { value: 8000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۸ میلیارد تومان» هزینه تربیت هر متخصص' },
      { value: 40000000, unit: 'تومان', kind: 'money', about: '«حدود ۴۰ میلیون تومان» درآمد ماهانه پزشک عمومی' },
      { value: 10, unit: 'برابر', kind: 'count', about: 'درآمد در کشورهای حاشیه خلیج فارس' },
      { value: 12, unit: 'متخصص', kind: 'count', about: 'هم‌دوره‌ای‌های نوروزی' },
      { value: 4, unit: 'نفر', kind: 'count', about: '«فقط چهار نفر» مانده در ایران (count in words)' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'افزایش ظرفیت پذیرش پزشکی' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'افزایش تعرفه ویزیت' },
      { value: 35, unit: 'درصد', kind: 'percent', about: '«بیش از ۳۵ درصد» تورم رسمی سال گذشته' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«حقوقی دست‌کم دو برابر» پیشنهادی نویسنده' },
    ],
    figures_never: ['«سال ۱۴۰۴», «سال ۱۴۰۰»: years', '«سال سوم»: an ordinal', '«شیفت‌های ۳۶ ساعته», «دو سال», «هفت سال», «پنج‌ساله»: durations', '«سه بار»: a frequency', '«نیمی از آنها»: vague', '«چند هفته پیش», «ماه گذشته», «هفته گذشته»: dates', 'the pull quote (a repeat of a body sentence): not body'],
    notes: [
      'A LONG OPINION COLUMN («یادداشت») of a news site (Namehnews): service line, title, the column\'s intro in bold as a lead paragraph, an AUTHOR LINE (photo, name, one-line role) before the text, a photo with caption, nine paragraphs written in the FIRST PERSON, a PULL QUOTE (<blockquote class="pullquote">) after paragraph 5 repeating a sentence of Norouzi\'s quote (not body), the disclaimer «انتشار این یادداشت به معنای تأیید محتوای آن از سوی نامه نیوز نیست», tags, an author box with bio and «سایر یادداشت‌های این نویسنده», related, most-read, comment form. Dates: JSON-LD OpinionNewsArticle datePublished and a visible Jalali line with time.',
      'THE AUTHOR IS NOT A SPEAKER: Sepideh Kazeminia writes the whole text («هم‌صحبت شدم», «به من گفت», «پیشنهاد من») and her own claims are the column, not reported speech; she appears only in the byline, the meta author and the author box. The people she QUOTES are speakers: Salehirad: «NAME، ROLE، … در همایشی گفته بود: «…»» (one), «صالحی‌راد … هزینه … را … برآورد کرد» (a stated estimate, one) = 2; Norouzi: «NAME، ROLE … به من گفت: «…»» (two-sentence quote, once), «نوروزی می‌گوید …» (one) = 2; Taherkhani: «NAME، ROLE، معتقد است …» (one), «به گفته طاهرخانی، …» (one) = 2. The anaesthesia resident who answers «آلمان؛ …» is never named; the ministry\'s deputy for education («اعلام کرد») is met only by title; the ministry and the medical council as institutions are not speakers.',
      'Norouzi\'s role «متخصص زنان» is given before a relative clause («که سال گذشته از بیمارستانی در زاهدان به عمان رفت»). Three «برابر» figures (3, 10, 2) are distinct values; «حقوقی دست‌کم دو برابر» is the author\'s proposal, kept as a figure of the text. «فقط چهار نفر» is a count in words.',
    ],
  },
  {
    name: 'bartarinha-bread-price-long-comments', site: 'bartarinha',
    extras: { 4: '<div class="bt-readmore"><b>بیشتر بخوانید</b>: <a href="https://www.bartarinha.ir/fa/news/1940211">نان کامل؛ چرا نانوایی‌ها نان سبوس‌دار نمی‌پزند؟</a></div>' },
    inline: 'نان کامل؛ چرا نانوایی‌ها نان سبوس‌دار نمی‌پزند؟',
    url: 'https://www.bartarinha.ir/fa/news/1940387/نرخ-جدید-نان-در-تهران-اعلام-شد',
    title: 'نرخ جدید نان در تهران اعلام شد؛ نان بربری ۷ هزار تومان',
    kicker: 'بازار', date: '۲۲ تیر ۱۴۰۵ - ۱۱:۳۵',
    lead: 'نرخ جدید انواع نان در نانوایی‌های یارانه‌ای تهران پس از تصویب در کارگروه آرد و نان استان اعلام شد و از شنبه هفته آینده اجرا می‌شود.',
    paras: [
      'به گزارش سرویس اقتصادی برترین‌ها، بر اساس مصوبه کارگروه آرد و نان استان تهران، قیمت نان در نانوایی‌های یارانه‌ای به طور میانگین ۲۵ درصد افزایش یافته است. با نرخ جدید، هر قرص نان بربری ۷ هزار تومان، نان سنگک ۶ هزار تومان، نان تافتون ۲ هزار و ۵۰۰ تومان و نان لواش ۱ هزار و ۵۰۰ تومان قیمت خواهد داشت.',
      'اکبر شیرزادی، رئیس اتحادیه نانوایان سنتی تهران، در این باره به برترین‌ها گفت: آخرین افزایش قیمت نان در تهران ۲۰ ماه پیش بود و در این مدت دستمزد کارگران نانوایی دو برابر شده و هزینه گاز و برق هم بالا رفته است. بسیاری از همکاران ما در این مدت با زیان کار کرده‌اند.',
      'وی افزود: از حدود ۸ هزار نانوایی فعال در استان تهران، نزدیک به ۶۰۰ واحد در یک سال گذشته به دلیل زیان تعطیل شده‌اند. اگر نرخ‌ها واقعی نشود، این عدد بیشتر هم می‌شود.',
      'شیرزادی درباره وزن چانه نیز یادآور شد که نانوایان موظف‌اند وزن چانه را مطابق مصوبه رعایت کنند و مردم می‌توانند تخلفات را از طریق سامانه ۱۲۴ گزارش دهند.',
      'از سوی دیگر، فریبا احمدی‌مهر، مدیرکل بازرسی و نظارت سازمان صنعت، معدن و تجارت استان تهران، از تشدید نظارت بر نانوایی‌ها خبر داد. این مقام مسئول گفت: در سه ماه نخست امسال ۴ هزار و ۸۰۰ بازرسی از نانوایی‌های تهران انجام شده و برای ۹۲۰ واحد متخلف پرونده تشکیل شده است. بیشتر تخلفات مربوط به کم‌فروشی و گران‌فروشی بوده است.',
      'احمدی‌مهر تأکید کرد: سهمیه آرد یارانه‌ای نانوایی‌ها تغییری نکرده و هر نانوایی که نان را بیش از نرخ مصوب بفروشد، علاوه بر جریمه، با کاهش سهمیه آرد روبه‌رو می‌شود.',
      'بر اساس اعلام مرکز آمار ایران، تورم نقطه‌به‌نقطه گروه نان و غلات در خرداد امسال ۴۱ درصد بوده است. سهم نان از سبد غذایی دهک‌های پایین درآمدی نیز حدود ۱۴ درصد برآورد می‌شود.',
      'نرخ نان در نانوایی‌های آزادپز همچنان بر عهده اتحادیه است و این واحدها باید نرخ‌نامه را در محل قابل رؤیت نصب کنند.',
    ],
    tags: ['قیمت نان', 'نانوایی', 'گرانی', 'تهران'],
    caption: 'صف خرید نان بربری در یکی از نانوایی‌های جنوب تهران', credit: 'عکس: برترین‌ها',
    related: ['نرخ نان در مشهد و اصفهان هم تغییر کرد', 'آرد یارانه‌ای کجا می‌رود؟', 'قیمت برنج ایرانی در تیر ۱۴۰۵'],
    mostRead: ['حقوق ۱۴ میلیونی کارگران کفاف چند روز را می‌دهد؟', 'واکنش کاربران به گرانی بلیت قطار', 'اجاره‌بها در تهران امسال چقدر بالا رفت؟', 'ماجرای بنزین سهمیه‌ای مرداد'],
    comments: BT_COMMENTS,
    speakers: [
      { name: 'اکبر شیرزادی', role: 'رئیس اتحادیه نانوایان سنتی تهران', also_called: ['وی', 'شیرزادی'], statements: 3 },
      { name: 'فریبا احمدی‌مهر', role: 'مدیرکل بازرسی و نظارت سازمان صنعت، معدن و تجارت استان تهران', also_called: ['این مقام مسئول', 'احمدی‌مهر'], statements: 3 },
    ],
    speakers_never: ['کارگروه آرد و نان استان تهران', 'مرکز آمار ایران', 'محمد از کرج', 'نانوای سنگکی', 'سارا', 'کارمند بازنشسته'],
    figures: [
      { value: 25, unit: 'درصد', kind: 'percent', about: 'افزایش میانگین قیمت نان' },
      { value: 7000, unit: 'تومان', kind: 'money', about: 'نان بربری (also in the title)' },
      { value: 6000, unit: 'تومان', kind: 'money', about: 'نان سنگک' },
      { value: 2500, unit: 'تومان', kind: 'money', about: '«۲ هزار و ۵۰۰ تومان» نان تافتون' },
      { value: 1500, unit: 'تومان', kind: 'money', about: '«۱ هزار و ۵۰۰ تومان» نان لواش' },
      { value: 2, unit: 'برابر', kind: 'count', about: 'دستمزد کارگران نانوایی' },
      { value: 8000, unit: 'نانوایی', kind: 'count', about: '«حدود ۸ هزار نانوایی» فعال' },
      { value: 600, unit: 'واحد', kind: 'count', about: 'نانوایی‌های تعطیل‌شده' },
      { value: 4800, unit: 'بازرسی', kind: 'count', about: '«۴ هزار و ۸۰۰ بازرسی»' },
      { value: 920, unit: 'واحد', kind: 'count', about: 'واحدهای متخلف' },
      { value: 41, unit: 'درصد', kind: 'percent', about: 'تورم نقطه‌به‌نقطه نان و غلات' },
      { value: 14, unit: 'درصد', kind: 'percent', about: 'سهم نان از سبد غذایی دهک‌های پایین' },
    ],
    figures_never: ['«۲۰ ماه پیش»: a date/duration', '«سامانه ۱۲۴»: a phone number', '«شنبه هفته آینده», «سه ماه نخست امسال», «خرداد امسال», «یک سال گذشته»: dates and periods', 'EVERY number of the comments («۱۴ میلیون», «ده هزار تومان», «۲۰ درصد», «۴۰ درصد», «سه برابر», «بیست و دو سال», «سی سال», «پنج نفر»…): not body'],
    notes: [
      'A short market story of Bartarinha followed by a COMMENT THREAD LONGER THAN THE ARTICLE: fifteen reader comments (two of them replies nested in <div class="replies">), about 480 words against the story\'s 344, each with a name, a time, like/dislike counts and «ارسال پاسخ»; the comments repeat the story\'s numbers («۷ هزار تومان», «۲۵ درصدی»), quote other prices and name the union («شیرزادی» is not quoted there), and are neither body nor figures nor speakers. Page: breadcrumb, title, Jalali date line with time (article:published_time +03:30), comment count, lead in <p class="lead">, cover with caption, an in-body «بیشتر بخوانید» link after paragraph 5, tags, related, the thread with rules line and form, «پربحث‌ترین‌ها».',
      'statements: Shirzadi: «NAME، ROLE، … گفت:» (two sentences, once), «وی افزود:» (one), «شیرزادی … یادآور شد که …» (one) = 3; Ahmadi-Mehr: «NAME، ROLE، از تشدید نظارت … خبر داد» (one), «این مقام مسئول گفت:» (two sentences, once), «احمدی‌مهر تأکید کرد:» (one) = 3. The provincial flour-and-bread working group (a decision, «مصوبه»), the Statistical Centre («بر اساس اعلام») and the union as a body are not speakers; the commenters are pseudonymous readers, not speakers.',
      'The four bread prices are four money figures; «دو برابر» is count/برابر; the per-loaf basis («هر قرص») is left out.',
    ],
  },
  {
    name: 'tabnakkhorasan-h2-lead-mashhad-lodging', site: 'tabnakkhorasan',
    url: 'https://www.tabnakkhorasan.ir/fa/news/73592/۱۲-هزار-اتاق-اجاره‌ای-در-مشهد-بدون-مجوز',
    title: '۱۲ هزار اتاق اجاره‌ای در مشهد بدون مجوز فعالیت می‌کنند',
    kicker: 'زیارت و گردشگری', date: '۱۰ تیر ۱۴۰۵ - ۱۲:۲۰',
    lead: 'مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی خراسان رضوی از شناسایی حدود ۱۲ هزار اتاق و سوئیت اجاره‌ای بدون مجوز در مشهد خبر داد و گفت با آغاز سفرهای تابستانی، برخورد با این اقامتگاه‌ها تشدید می‌شود.',
    paras: [
      'به گزارش تابناک خراسان، جواد نیک‌سرشت در نشست شورای هماهنگی گردشگری استان افزود: مشهد امروز حدود ۶۸ هزار اتاق در هتل‌ها، هتل‌آپارتمان‌ها و مهمانپذیرهای دارای مجوز دارد، اما بخش قابل‌توجهی از زائران به سوئیت‌ها و خانه‌های اجاره‌ای غیرمجاز می‌روند که نه نظارت بهداشتی دارند و نه بیمه.',
      'وی با بیان اینکه در تابستان پارسال بیش از ۴ میلیون و ۳۰۰ هزار زائر به مشهد سفر کردند، تصریح کرد: پیش‌بینی ما این است که امسال شمار زائران تابستانی ۱۰ درصد بیشتر شود. به همین دلیل از ابتدای تیر ۱۵ تیم مشترک بازرسی با همکاری پلیس اماکن در محدوده حرم مطهر مستقر شده‌اند.',
      'نیک‌سرشت گفت: از ابتدای تیر تاکنون ۳۴۰ واحد اقامتی غیرمجاز پلمب شده و برای ۱۲۰ مسافرخانه دارای مجوز هم به دلیل گران‌فروشی اخطار صادر شده است.',
      'اما به گفته مرتضی حسن‌زاده‌طوسی، رئیس جامعه هتلداران خراسان رضوی، مشکل فقط اقامتگاه‌های غیرمجاز نیست. او گفت: ضریب اشغال هتل‌های مشهد در خرداد امسال به ۵۲ درصد رسیده که در ده سال اخیر بی‌سابقه است. هزینه انرژی و دستمزد هتل‌ها در یک سال ۶۰ درصد بالا رفته، اما نرخ اتاق‌ها به دلیل سقف قیمتی تنها ۲۵ درصد افزایش یافته است.',
      'حسن‌زاده‌طوسی افزود: اجاره یک سوئیت غیرمجاز در نزدیکی حرم شبی ۲ میلیون تومان است، در حالی که اتاق دوتخته یک هتل سه‌ستاره در همان محدوده ۳ میلیون و ۴۰۰ هزار تومان قیمت دارد. طبیعی است که خانواده‌ها سراغ گزینه ارزان‌تر بروند.',
      'عبدالرضا ساکی، زائری از اهواز که با خانواده شش‌نفره‌اش در یکی از سوئیت‌های خیابان امام رضا (ع) اقامت دارد، به خبرنگار تابناک خراسان گفت: هتل‌ها برای شش نفر دست‌کم دو اتاق می‌خواهند و ما توان پرداختش را نداریم. این سوئیت را از طریق یک آگهی در فضای مجازی پیدا کردیم و تا امروز مشکلی نداشته‌ایم.',
      'استانداری خراسان رضوی نیز اعلام کرده است ثبت‌نام اقامتگاه‌های بوم‌گردی و خانه‌مسافرها در سامانه جامع گردشگری تا پایان تیر رایگان است و واحدهایی که تا این تاریخ ثبت‌نام کنند، از جریمه معاف می‌شوند.',
    ],
    tags: ['مشهد', 'اقامتگاه غیرمجاز', 'زائران', 'هتلداران'],
    caption: 'خیابان امام رضا (ع) مشهد در روزهای شلوغ تابستان', credit: 'عکس: تابناک خراسان',
    related: ['پروازهای فوق‌العاده مشهد در تابستان افزایش یافت', 'نرخ هتل‌های مشهد برای تابستان ۱۴۰۵ اعلام شد', 'ساماندهی مسافرپذیرهای غیرمجاز به کجا رسید؟'],
    mostRead: ['زمان اعلام نتایج شورای شهر مشهد', 'ترافیک سنگین در محور مشهد–قوچان', 'قطعی آب در پنج منطقه مشهد', 'فینال لیگ فوتسال در مشهد برگزار می‌شود'],
    comments: [['زائر تهرانی', 'هتل‌ها اول قیمت را منطقی کنند بعد از غیرمجازها گلایه کنند.'], ['مشهدی', 'این سوئیت‌ها آرامش محله‌های اطراف حرم را گرفته‌اند.']],
    speakers: [
      { name: 'جواد نیک‌سرشت', role: 'مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی خراسان رضوی', also_called: ['وی', 'نیک‌سرشت'], statements: 4 },
      { name: 'مرتضی حسن‌زاده‌طوسی', role: 'رئیس جامعه هتلداران خراسان رضوی', also_called: ['او', 'حسن‌زاده‌طوسی'], statements: 3 },
      { name: 'عبدالرضا ساکی', role: 'زائری از اهواز', also_called: [], statements: 1 },
    ],
    speakers_never: ['استانداری خراسان رضوی', 'پلیس اماکن', 'تابناک خراسان', 'زائر تهرانی'],
    figures: [
      { value: 12000, unit: 'اتاق', kind: 'count', about: '«حدود ۱۲ هزار اتاق» بدون مجوز (lead, h2; also in the title)' },
      { value: 68000, unit: 'اتاق', kind: 'count', about: '«حدود ۶۸ هزار اتاق» دارای مجوز' },
      { value: 4300000, unit: 'زائر', kind: 'count', about: '«بیش از ۴ میلیون و ۳۰۰ هزار زائر» تابستان پارسال' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'رشد پیش‌بینی‌شده زائران' },
      { value: 15, unit: 'تیم', kind: 'count', about: 'تیم‌های مشترک بازرسی' },
      { value: 340, unit: 'واحد', kind: 'count', about: 'واحدهای پلمب‌شده' },
      { value: 120, unit: 'مسافرخانه', kind: 'count', about: 'اخطار گران‌فروشی' },
      { value: 52, unit: 'درصد', kind: 'percent', about: 'ضریب اشغال هتل‌ها' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'رشد هزینه انرژی و دستمزد' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'افزایش نرخ اتاق' },
      { value: 2000000, unit: 'تومان', kind: 'money', about: 'اجاره شبانه سوئیت غیرمجاز (basis «شبی» left out)' },
      { value: 3400000, unit: 'تومان', kind: 'money', about: '«۳ میلیون و ۴۰۰ هزار تومان» اتاق هتل سه‌ستاره' },
    ],
    figures_never: ['«خانواده شش‌نفره», «برای شش نفر», «دو اتاق»: one pilgrim family\'s size and need, an anecdote', '«ابتدای تیر», «ده سال اخیر», «یک سال», «تابستان پارسال», «پایان تیر»: periods and dates', '«سه‌ستاره», «دوتخته»: classes', 'the view count «۶٬۲۸۱» and the comment counts: not body'],
    notes: [
      'A provincial news page (Tabnak Khorasan) whose LEAD IS ONLY AN <h2 class="subtitle"> ABOVE THE BODY and the meta/og description: there is no lead paragraph, and the first <p> of <div class="body"> continues the lead («… در نشست … افزود:» — the name first appears there, the role only in the h2). The h2 is read as the lead and is the first paragraph of the gold body; the rutitr «ویژه سفرهای تابستانی» over the title is not body. News code, «تاریخ انتشار» line with time (= dc.date), view count, cover with caption, tags, related, comments with «منتشر شده / در انتظار بررسی» counts, most-viewed.',
      'statements: Nik-Seresht, by role in the h2 lead «ROLE از شناسایی … خبر داد و گفت …» (one), by name «جواد نیک‌سرشت … افزود:» (one), «وی با بیان اینکه …، تصریح کرد:» (two sentences, once), «نیک‌سرشت گفت:» (one) = 4; Hasanzadeh-Tousi: «به گفته NAME، ROLE، …» (one), «او گفت:» (two sentences, once), «حسن‌زاده‌طوسی افزود:» (once) = 3; Saki, a pilgrim: «NAME، زائری از اهواز که …، … گفت:» (once) = 1. The provincial governorate («اعلام کرده است») and the police are not speakers; the commenters are readers.',
      '«۱۲ هزار اتاق» appears in the title and the h2 lead (one figure); a family of six is an anecdote, not a key figure (a reader could keep «۶ نفر»); the nightly price keeps its value without the «شبی» basis.',
    ],
  },
  {
    name: 'iqna-br-text-summer-quran-classes', site: 'iqna',
    url: 'https://iqna.ir/fa/news/4301266/دوره‌های-تابستانی-حفظ-قرآن-در-۶-هزار-مسجد-کشور-آغاز-شد',
    title: 'دوره‌های تابستانی حفظ قرآن در ۶ هزار مسجد کشور آغاز شد',
    kicker: 'آموزش قرآن', date: '۱۳ تیر ۱۴۰۵ - ۱۰:۰۵',
    paras: [
      'دوره‌های تابستانی آموزش و حفظ قرآن کریم ویژه دانش‌آموزان با مشارکت ۶ هزار مسجد و دارالقرآن در سراسر کشور از امروز آغاز شد و تا پایان مرداد ادامه دارد.',
      'به گزارش ایکنا، حجت‌الاسلام محمدمهدی فاضلیان، رئیس سازمان دارالقرآن الکریم، در آیین آغاز این دوره‌ها که صبح امروز در مسجد جامع نارمک تهران برگزار شد، گفت: امسال بیش از ۴۵۰ هزار دانش‌آموز در این دوره‌ها ثبت‌نام کرده‌اند که نسبت به تابستان پارسال ۱۸ درصد افزایش نشان می‌دهد. حدود ۶۰ درصد ثبت‌نام‌کنندگان دختر هستند.',
      'وی افزود: دوره‌ها در سه سطح روخوانی، روان‌خوانی و حفظ جزء سی‌ام برگزار می‌شود و برای نخستین بار، ۸۰۰ کلاس ویژه کودکان دارای اختلال یادگیری نیز پیش‌بینی شده است.',
      'فاضلیان با اشاره به تأمین مربیان تصریح کرد: ۲۲ هزار مربی قرآنی که دوره‌های تربیت مربی را گذرانده‌اند در این طرح حضور دارند و حق‌الزحمه هر مربی برای هر ساعت آموزش ۳۵۰ هزار تومان تعیین شده است.',
      'رئیس سازمان دارالقرآن الکریم همچنین از اختصاص اعتباری بالغ بر ۹۰۰ میلیارد تومان برای این دوره‌ها خبر داد و گفت بخشی از این اعتبار از محل کمک‌های مردمی و موقوفات قرآنی تأمین شده است.',
      'در ادامه این مراسم، زهرا موسوی‌نژاد، مسئول دارالقرآن مسجد جامع نارمک، گفت: در محله ما پارسال ۱۲۰ نوجوان در کلاس‌های تابستانی شرکت کردند و ۳۴ نفر از آنها حفظ جزء سی‌ام را کامل کردند. امسال ظرفیت را دو برابر کرده‌ایم، اما باز هم فهرست انتظار داریم.',
      'موسوی‌نژاد افزود: بزرگ‌ترین مشکل ما کمبود فضای خنک در روزهای گرم تیر است؛ بسیاری از مساجد کولر مناسب ندارند و ناچار شده‌ایم کلاس‌ها را به ساعات صبح منتقل کنیم. اگر خیران برای خرید کولر کمک کنند، می‌توانیم کلاس‌های عصر را هم دوباره راه بیندازیم.',
      'سازمان تبلیغات اسلامی نیز اعلام کرده است برگزیدگان این دوره‌ها در مهرماه به مرحله استانی مسابقات قرآن دانش‌آموزی راه می‌یابند. ثبت‌نام در دوره‌ها تا ۲۰ تیر از طریق سامانه دارالقرآن‌های کشور و مساجد محل ادامه دارد و شرکت در کلاس‌ها برای همه دانش‌آموزان رایگان است.',
    ],
    tags: ['دوره‌های تابستانی', 'حفظ قرآن', 'دارالقرآن', 'مساجد'],
    caption: 'کلاس تابستانی قرآن در مسجد جامع نارمک تهران', credit: 'عکس: ایکنا',
    related: ['برگزاری طرح «تابستان قرآنی» در ۳۱ استان', 'آغاز ثبت‌نام مسابقات قرآن دانش‌آموزی', 'کلاس‌های قرآن مساجد در گرما تعطیل نمی‌شود'],
    mostRead: ['اعلام اسامی برگزیدگان مسابقات بین‌المللی قرآن', 'تلاوت مجلسی قاری مصری در تهران', 'ثبت‌نام آزمون حفظ قرآن سازمان سنجش', 'نمایشگاه قرآن در مصلی تهران'],
    comments: [],
    speakers: [
      { name: 'محمدمهدی فاضلیان', role: 'رئیس سازمان دارالقرآن الکریم', also_called: ['وی', 'فاضلیان'], statements: 4 },
      { name: 'زهرا موسوی‌نژاد', role: 'مسئول دارالقرآن مسجد جامع نارمک', also_called: ['موسوی‌نژاد'], statements: 2 },
    ],
    speakers_never: ['سازمان تبلیغات اسلامی', 'ایکنا', 'سازمان دارالقرآن الکریم'],
    figures: [
      { value: 6000, unit: 'مسجد', kind: 'count', about: '«۶ هزار مسجد و دارالقرآن» (first line; also in the title)' },
      { value: 450000, unit: 'دانش‌آموز', kind: 'count', about: '«بیش از ۴۵۰ هزار دانش‌آموز» ثبت‌نامی' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'رشد ثبت‌نام' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم دختران' },
      { value: 800, unit: 'کلاس', kind: 'count', about: 'کلاس‌های ویژه اختلال یادگیری' },
      { value: 22000, unit: 'مربی', kind: 'count', about: 'مربیان قرآنی' },
      { value: 350000, unit: 'تومان', kind: 'money', about: 'حق‌الزحمه هر ساعت (basis left out)' },
      { value: 900000000000, unit: 'تومان', kind: 'money', about: '«بالغ بر ۹۰۰ میلیارد تومان» اعتبار' },
      { value: 120, unit: 'نوجوان', kind: 'count', about: 'شرکت‌کنندگان پارسال در یک محله' },
      { value: 34, unit: 'نفر', kind: 'count', about: 'حافظان جزء سی‌ام' },
      { value: 2, unit: 'برابر', kind: 'count', about: 'ظرفیت کلاس‌های محله' },
    ],
    figures_never: ['«جزء سی‌ام»: an ordinal (the thirtieth part of the Quran)', '«سه سطح»: the course\'s structure, not a key figure', '«پایان مرداد», «مهرماه», «۲۰ تیر», «صبح امروز», «تابستان پارسال»: dates', '«برای نخستین بار»: an ordinal', '«اعزام ۴۰ قاری» and «۳۱ استان» of the side lists: not body'],
    notes: [
      'A Quran-activities story of IQNA whose WHOLE TEXT, the lead sentence included, sits in ONE <div class="item-text"> as eight lines separated by <br><br> — no <p> element at all; the summary exists otherwise only in the meta description (og:site_name «ایکنا - خبرگزاری بین‌المللی قرآن»). Each <br><br>-separated line is a gold paragraph, the first being the lead. Service line, news code, date with time (article:published_time +03:30), cover with caption, tags, print link, related, comment form, «آخرین اخبار» and most-read. The ARTICLE TEXT (title, body, caption) is typed with ARABIC yeh and kaf (ي ك) while the chrome uses Persian letters: the gold title and body are exactly what the page shows; speaker names, roles, figure units and speakers_never are given in Persian letters.',
      'statements: Fazelian (name without the clerical title «حجت‌الاسلام»): «… NAME، ROLE، در آیین … گفت:» (two sentences, once), «وی افزود:» (once), «فاضلیان … تصریح کرد:» (once), the full role alone «رئیس سازمان دارالقرآن الکریم همچنین … خبر داد و گفت …» (one) = 4 (the role-alone form is his full role, so it is not repeated in also_called); Mousavinejad: «NAME، ROLE، گفت:» (three sentences, once), «موسوی‌نژاد افزود:» (once) = 2. The Islamic Propagation Organization («اعلام کرده است») is not a speaker; the Dar al-Quran organization is met only inside the role.',
      '«سه سطح» (three course levels) is structure and left out; a reader could keep it as a count in words. «۶ هزار مسجد و دارالقرآن» is kept with unit مسجد.',
    ],
  },
  {
    name: 'shahrvand-table-list-marriage-divorce', site: 'shahrvand', listItems: [4, 5, 6, 7],
    extras: { 0: SH_TABLE },
    url: 'https://shahrvand-newspaper.ir/news/118264/ثبت-ازدواج-در-بهار-۱۴۰۵-هفت-درصد-کم-شد',
    title: 'ثبت ازدواج در بهار ۱۴۰۵ هفت درصد کم شد؛ در برابر هر ۱۰۰ ازدواج، ۳۶ طلاق',
    kicker: 'جامعه', date: '۲۴ تیر ۱۴۰۵ - ۰۹:۳۰',
    lead: 'آمار تازه سازمان ثبت احوال کشور نشان می‌دهد در سه ماه نخست امسال ۱۰۸ هزار و ۴۰۰ ازدواج در کشور ثبت شده که ۷ درصد کمتر از مدت مشابه پارسال است؛ در همین مدت ۳۹ هزار و ۲۰۰ طلاق نیز به ثبت رسیده است.',
    paras: [
      'به گزارش شهروند، بر اساس این آمار، نسبت طلاق به ازدواج در بهار امسال به ۳۶ درصد رسیده؛ یعنی در برابر هر ۱۰۰ ازدواج، ۳۶ طلاق ثبت شده است. این نسبت در بهار پارسال ۳۳ درصد بود. جدول زیر وضعیت پنج استانی را نشان می‌دهد که در این مدت بیشترین ازدواج را ثبت کرده‌اند:',
      'سیمین رحیم‌پور، مدیرکل دفتر آمار و اطلاعات جمعیتی سازمان ثبت احوال کشور، درباره این آمار به شهروند گفت: کاهش ازدواج را باید در کنار کوچک شدن جمعیت جوانان در سن ازدواج دید؛ متولدان دهه هفتاد کمتر از متولدان دهه شصت هستند و طبیعی است که شمار ازدواج‌ها هم کم شود. اما بالا رفتن نسبت طلاق نگران‌کننده است.',
      'وی افزود: حدود ۴۰ درصد طلاق‌های ثبت‌شده در بهار امسال مربوط به زوج‌هایی بوده که کمتر از پنج سال از ازدواجشان گذشته است.',
      'رحیم‌پور به نکات دیگری از این گزارش هم اشاره کرد و گفت:',
      'سهم ازدواج‌های ثبت‌شده در شهرها ۷۶ درصد و در روستاها ۲۴ درصد بوده است.',
      '۱۱ هزار و ۶۰۰ طلاق، یعنی نزدیک به ۳۰ درصد کل طلاق‌ها، به صورت توافقی ثبت شده است.',
      'استان ایلام با ۱۹ درصد کمترین و استان تهران با ۴۹ درصد بیشترین نسبت طلاق به ازدواج را داشته‌اند.',
      'شمار ازدواج‌های ثبت‌شده در خرداد ۸ درصد بیشتر از فروردین بوده است.',
      'در مقابل، مهدی قربانیان، جامعه‌شناس و عضو هیئت علمی دانشگاه تهران، معتقد است آمار رسمی تصویر کاملی از وضعیت خانواده به دست نمی‌دهد. قربانیان گفت: بخش بزرگی از جدایی‌ها هرگز به دفاتر ثبت نمی‌رسد و به «طلاق عاطفی» محدود می‌ماند. هزینه مسکن و جهیزیه هم ازدواج را عقب انداخته است؛ امروز هزینه یک جهیزیه ساده در تهران کمتر از ۳۰۰ میلیون تومان نیست.',
      'مرکز آمار ایران نیز پیش‌تر اعلام کرده بود نرخ باروری کل در کشور به ۱٫۶ فرزند برای هر زن رسیده است.',
    ],
    tags: ['ازدواج', 'طلاق', 'ثبت احوال', 'خانواده'],
    caption: 'مراسم عقد در یکی از دفترخانه‌های تهران', credit: 'عکس: شهروند',
    related: ['وام ازدواج ۱۴۰۵؛ صف ۹۰۰ هزار نفری', 'سن ازدواج در ایران چقدر بالا رفته است؟', 'مشاوره پیش از ازدواج اجباری می‌شود'],
    mostRead: ['ماجرای مدرسه‌ای که تعطیل نشد', 'گزارش شهروند از صف داروخانه‌های ۱۳ آبان', 'ترافیک تابستانی تهران؛ این بار بدون مدرسه', 'کولرهای آبی و قبض‌های سنگین'],
    comments: [],
    speakers: [
      { name: 'سیمین رحیم‌پور', role: 'مدیرکل دفتر آمار و اطلاعات جمعیتی سازمان ثبت احوال کشور', also_called: ['وی', 'رحیم‌پور'], statements: 3 },
      { name: 'مهدی قربانیان', role: 'جامعه‌شناس و عضو هیئت علمی دانشگاه تهران', also_called: ['قربانیان'], statements: 2 },
    ],
    speakers_never: ['سازمان ثبت احوال کشور', 'مرکز آمار ایران', 'شهروند'],
    figures: [
      { value: 108400, unit: 'ازدواج', kind: 'count', about: '«۱۰۸ هزار و ۴۰۰ ازدواج» بهار ۱۴۰۵ (lead; repeated in the table\'s total row)' },
      { value: 7, unit: 'درصد', kind: 'percent', about: 'کاهش ازدواج (title: «هفت درصد»)' },
      { value: 39200, unit: 'طلاق', kind: 'count', about: '«۳۹ هزار و ۲۰۰ طلاق» (lead; table total)' },
      { value: 36, unit: 'درصد', kind: 'percent', about: 'نسبت طلاق به ازدواج («۳۶ طلاق» در برابر هر ۱۰۰ ازدواج is the same figure)' },
      { value: 33, unit: 'درصد', kind: 'percent', about: 'نسبت بهار پارسال' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'طلاق‌های پنج سال نخست زندگی' },
      { value: 76, unit: 'درصد', kind: 'percent', about: 'سهم شهرها (list item)' },
      { value: 24, unit: 'درصد', kind: 'percent', about: 'سهم روستاها (list item)' },
      { value: 11600, unit: 'طلاق', kind: 'count', about: 'طلاق توافقی (list item)' },
      { value: 30, unit: 'درصد', kind: 'percent', about: '«نزدیک به ۳۰ درصد» سهم طلاق توافقی (list item)' },
      { value: 19, unit: 'درصد', kind: 'percent', about: 'ایلام، کمترین نسبت (list item)' },
      { value: 49, unit: 'درصد', kind: 'percent', about: 'تهران، بیشترین نسبت (list item; also a table cell)' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'رشد ازدواج خرداد نسبت به فروردین (list item)' },
      { value: 300000000, unit: 'تومان', kind: 'money', about: '«کمتر از ۳۰۰ میلیون تومان نیست» هزینه جهیزیه' },
      { value: 1.6, unit: 'فرزند', kind: 'count', about: '«۱٫۶ فرزند» نرخ باروری کل (a decimal)' },
    ],
    figures_never: ['THE TABLE\'s cells (provinces\' marriages, divorces and ratios, e.g. «۱۴٬۹۲۰», «۷٬۳۱۰», «۳۵», «۲۸»): data, not key figures of the text — except the totals and «۴۹» that the text itself states', '«هر ۱۰۰ ازدواج»: the basis of a ratio', '«پنج استان», «پنج سال»: the table\'s scope and a duration', '«دهه هفتاد», «دهه شصت», «بهار امسال», «سه ماه نخست», «خرداد», «فروردین»: periods', '«بهار ۱۴۰۵»: a season and year'],
    notes: [
      'A report of the daily Shahrvand on its print-based site whose BODY HOLDS A DATA TABLE AND A BULLETED LIST: after the first paragraph (which ends «جدول زیر … :») a <table> with a caption («ازدواج و طلاق ثبت‌شده در پنج استان نخست، بهار ۱۴۰۵»), a header row, five province rows, a «کل کشور» total row and a source line; after the speaker\'s «… اشاره کرد و گفت:» a <ul> of four items. Page line «صفحه ۵ - اجتماعی», issue number, rutitr, title, lead <p>, cover, the print line «این مطلب در شماره ۳۱۸۷ … منتشر شده است» with a PDF link, «سایر مطالب این صفحه», most-read. Dates: itemprop datePublished and a visible Jalali line with time.',
      'BODY as an editor reads it: the LIST ITEMS ARE BODY (four full sentences, each a gold paragraph, they are what the speaker said); the TABLE is part of the article but not running text, so it is left out of the gold body and ALSO left out of text_excludes (an extractor that keeps its rows is not penalised by an exclude); its caption and source line likewise. The table\'s numbers are not key figures: the text already states the national totals and Tehran\'s ratio (49), which are listed once as figures of the text.',
      'statements: Rahimpour: «NAME، ROLE، … به شهروند گفت:» (three sentences, once), «وی افزود:» (once), «رحیم‌پور به نکات دیگری … اشاره کرد و گفت:» followed by the four-item list (one statement: the list is one multi-part quote) = 3; Ghorbanian: «NAME، ROLE، معتقد است …» (one), «قربانیان گفت:» (three sentences, once) = 2. The civil registration organization (whose figures these are) and the Statistical Centre («اعلام کرده بود») are not speakers. A reader could count the four list items as four statements.',
    ],
  },
  {
    name: 'gilanemrooz-photo-story-tea-harvest', site: 'gilanemrooz',
    extras: {
      2: [1, 2, 3, 4].map((n) => photo(GE_ID, n + 1, GE_CAPTIONS[n - 1])).join('\n'),
      4: [5, 6].map((n) => photo(GE_ID, n + 1, GE_CAPTIONS[n - 1])).join('\n'),
      6: [7, 8].map((n) => photo(GE_ID, n + 1, GE_CAPTIONS[n - 1])).join('\n'),
    },
    extraExcludes: [GE_CAPTIONS[0], GE_CAPTIONS[4], GE_CAPTIONS[7]],
    url: `https://gilanemrooz.ir/photo/${GE_ID}/چین-دوم-برگ-سبز-چای-در-باغ‌های-لاهیجان`,
    title: 'گزارش تصویری| چین دوم برگ سبز چای در باغ‌های لاهیجان',
    kicker: 'کشاورزی', date: '۱۶ تیر ۱۴۰۵ - ۱۸:۴۵',
    lead: 'برداشت چین دوم برگ سبز چای در باغ‌های گیلان و مازندران در حالی ادامه دارد که تاکنون ۴۲ هزار و ۶۰۰ تن برگ سبز از چایکاران خریداری شده است.',
    paras: [
      'به گزارش گیلان امروز، بر اساس اعلام سازمان چای کشور، از آغاز فصل برداشت در اردیبهشت تا امروز، برگ سبز خریداری‌شده به ارزش ۱ هزار و ۳۴۰ میلیارد تومان بوده و ۸۵ درصد بهای آن به چایکاران پرداخت شده است.',
      'امیرحسین لطفی‌پور، رئیس سازمان چای کشور، در بازدید از کارخانه‌های چای‌سازی لاهیجان گفت: قیمت تضمینی هر کیلوگرم برگ سبز درجه یک امسال ۳۱ هزار و ۵۰۰ تومان تعیین شده که ۳۰ درصد بیشتر از پارسال است. پیش‌بینی می‌کنیم تا پایان فصل، خرید برگ سبز به ۱۱۰ هزار تن برسد.',
      'وی افزود: از حدود ۲۶ هزار هکتار باغ چای کشور، نزدیک به ۴ هزار هکتار به دلیل رها شدن یا تغییر کاربری از چرخه تولید خارج شده است. برای احیای این باغ‌ها ۲۰۰ میلیارد تومان تسهیلات کم‌بهره در نظر گرفته‌ایم.',
      'رحمت شعبانی، چایکار ۶۸ ساله روستای لیالستان، در حالی که کیسه‌های برگ سبز را روی ترازوی مرکز خرید می‌گذاشت، گفت: از ۱۷ سالگی چای می‌چینم. آن وقت‌ها همه روستا چایکار بود، حالا از ۲۰۰ خانوار شاید ۳۰ خانوار باغشان را نگه داشته‌اند. جوان‌ها می‌روند رشت و تهران.',
      'شعبانی افزود: قیمت امسال بد نیست، اما کارگر چین پیدا نمی‌شود. دستمزد یک کارگر در روز ۱ میلیون و ۲۰۰ هزار تومان است و بیشتر باغدارها خودشان با خانواده برگ می‌چینند.',
      'ناصر پوررضا، مدیرعامل کارخانه چای‌سازی سبزکوه، نیز گفت: ظرفیت کارخانه ما روزانه ۶۰ تن برگ سبز است، اما امسال به‌سختی به نیمی از آن می‌رسیم. ماشین‌آلات بیشتر کارخانه‌ها بیش از ۴۰ سال عمر دارند و قطعاتشان دیگر ساخته نمی‌شود.',
      'بر اساس آمار گمرک ایران، واردات چای در سال گذشته حدود ۸۸ هزار تن بوده و سهم چای داخلی از مصرف کشور کمتر از ۲۵ درصد است. چای ایرانی بیشتر در خود گیلان و مازندران و چند استان شمال‌غرب کشور مصرف می‌شود.',
    ],
    tags: ['چای', 'لاهیجان', 'برگ سبز', 'چایکاران'],
    caption: 'چایکاران روستای لیالستان در روز برداشت', credit: 'عکس: مهسا قربانی',
    related: ['گزارش تصویری| نشاکاری برنج در شالیزارهای فومن', 'گزارش تصویری| بازار ماهی انزلی در گرمای تیر', 'گزارش تصویری| جشنواره گل گاوزبان در املش'],
    mostRead: ['قطعی برق در رشت از فردا؛ جدول خاموشی‌ها', 'ترافیک سنگین در جاده رشت–قزوین', 'بیمارستان پورسینا بخش جدید افتتاح کرد', 'ساحل انزلی امروز شنا ممنوع است'],
    comments: [],
    speakers: [
      { name: 'امیرحسین لطفی‌پور', role: 'رئیس سازمان چای کشور', also_called: ['وی'], statements: 2 },
      { name: 'رحمت شعبانی', role: 'چایکار ۶۸ ساله روستای لیالستان', also_called: ['شعبانی'], statements: 2 },
      { name: 'ناصر پوررضا', role: 'مدیرعامل کارخانه چای‌سازی سبزکوه', also_called: [], statements: 1 },
    ],
    speakers_never: ['سازمان چای کشور', 'گمرک ایران', 'مهسا قربانی', 'گیلان امروز'],
    figures: [
      { value: 42600, unit: 'تن', kind: 'measure', about: '«۴۲ هزار و ۶۰۰ تن» برگ سبز خریداری‌شده (lead)' },
      { value: 1340000000000, unit: 'تومان', kind: 'money', about: '«۱ هزار و ۳۴۰ میلیارد تومان» ارزش خرید' },
      { value: 85, unit: 'درصد', kind: 'percent', about: 'سهم پرداخت‌شده' },
      { value: 31500, unit: 'تومان', kind: 'money', about: 'قیمت تضمینی هر کیلوگرم برگ درجه یک (basis left out)' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'رشد قیمت تضمینی' },
      { value: 110000, unit: 'تن', kind: 'measure', about: 'خرید پیش‌بینی‌شده تا پایان فصل' },
      { value: 26000, unit: 'هکتار', kind: 'measure', about: 'باغ‌های چای کشور' },
      { value: 4000, unit: 'هکتار', kind: 'measure', about: 'باغ‌های خارج‌شده از تولید' },
      { value: 200000000000, unit: 'تومان', kind: 'money', about: 'تسهیلات احیای باغ‌ها' },
      { value: 200, unit: 'خانوار', kind: 'count', about: 'خانوارهای روستا' },
      { value: 30, unit: 'خانوار', kind: 'count', about: 'خانوارهایی که باغ را نگه داشته‌اند' },
      { value: 1200000, unit: 'تومان', kind: 'money', about: '«۱ میلیون و ۲۰۰ هزار تومان» دستمزد روزانه کارگر چین (basis left out)' },
      { value: 60, unit: 'تن', kind: 'measure', about: 'ظرفیت روزانه کارخانه (basis left out)' },
      { value: 88000, unit: 'تن', kind: 'measure', about: 'واردات چای سال گذشته' },
      { value: 25, unit: 'درصد', kind: 'percent', about: '«کمتر از ۲۵ درصد» سهم چای داخلی' },
    ],
    figures_never: ['«چین دوم», «درجه یک»: ordinals/grades', '«۶۸ ساله», «۱۷ سالگی»: ages', '«بیش از ۴۰ سال»: an age (of the machines)', '«نیمی از آن»: vague', '«اردیبهشت», «پارسال», «سال گذشته», «پایان فصل»: dates and periods', 'the captions («حدود ۲۵ کیلوگرم» per bag, «چهار دهه»), «تعداد عکس: ۹», the weather widget («۳۱°», «۷۸٪»): not body'],
    notes: [
      'A PHOTO STORY («گزارش تصویری») of a regional daily (Gilan-e Emrooz, Rasht): kicker, title with the «گزارش تصویری|» prefix, date line with time (= JSON-LD datePublished), photographer and «تعداد عکس: ۹», a lead <p>, a cover with caption and credit, then seven body paragraphs with EIGHT PHOTOS between them (after paragraphs 3, 5 and 7), EACH a <figure> followed by its CAPTION AS A <p class="photo-caption"> — a paragraph sibling of the body paragraphs; tags, «سایر گزارش‌های تصویری», and a sidebar with a weather widget and «اخبار گیلان».',
      'BODY as an editor reads it: the lead and the seven paragraphs of the report; the eight caption paragraphs describe the photos and are NOT body (three of them, and the cover caption, are in text_excludes; the others are not listed but are not body either). The last two photos come after the last body paragraph.',
      'statements: Lotfipour: «NAME، ROLE، … گفت:» (two sentences, once), «وی افزود:» (two sentences, once) = 2; Shabani, a farmer: «NAME، ROLE، در حالی که …، گفت:» (once), «شعبانی افزود:» (once) = 2 (his role keeps the age as written, «چایکار ۶۸ ساله روستای لیالستان»); Pourreza: «NAME، ROLE، نیز گفت:» (once) = 1. The Tea Organization as a body («بر اساس اعلام») and the customs («بر اساس آمار») are not speakers; the photographer is credited only outside the body.',
      '«تن» figures are measures; «۳۰ درصد» and «۳۰ خانوار» are different units; per-kilo, per-day and per-day-capacity values are kept with their basis left out.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles.
// ---------------------------------------------------------------------------------------------

/** [time, service, headline] of the live index, newest first. */
const LIVE: [string, string, string][] = [
  ['14:52', 'اقتصادی', 'قیمت دلار در بازار آزاد به ۹۶ هزار و ۲۰۰ تومان رسید'],
  ['14:47', 'سیاسی', 'سخنگوی دولت: لایحه بودجه اصلاحی هفته آینده به مجلس می‌رود'],
  ['14:41', 'ورزشی', 'ترکیب استقلال برای دیدار دوستانه با الوحده اعلام شد'],
  ['14:35', 'اجتماعی', 'ادارات خوزستان فردا به دلیل گرما تعطیل است'],
  ['14:30', 'بین‌الملل', 'نشست شورای امنیت درباره سودان به تعویق افتاد'],
  ['14:22', 'اقتصادی', 'شاخص کل بورس ۳۸ هزار واحد افزایش یافت'],
  ['14:16', 'حوادث', 'آتش‌سوزی در انبار لوازم خانگی در جاده خاوران مهار شد'],
  ['14:09', 'فرهنگی', 'فراخوان جشنواره فیلم فجر منتشر شد'],
  ['14:03', 'سیاسی', 'وزیر امور خارجه با همتای ترکیه‌ای تلفنی گفت‌وگو کرد'],
  ['13:57', 'اجتماعی', 'زمان ثبت‌نام مدارس غیردولتی تمدید شد'],
  ['13:50', 'اقتصادی', 'نرخ سود بین‌بانکی کاهش یافت'],
  ['13:44', 'ورزشی', 'والیبال ایران به مرحله نهایی لیگ ملت‌ها نرسید'],
  ['13:38', 'استان‌ها', 'سد دوستی مشهد به کمترین حجم ده سال اخیر رسید'],
  ['13:31', 'بین‌الملل', 'انتخابات زودهنگام در ژاپن؛ حزب حاکم پیشتاز است'],
  ['13:25', 'سلامت', 'هشدار درباره مسمومیت با قارچ‌های وحشی در گیلان'],
  ['13:18', 'اقتصادی', 'ثبت‌نام خودروهای وارداتی از شنبه آغاز می‌شود'],
  ['13:12', 'سیاسی', 'جلسه علنی مجلس فردا با دستور بررسی لایحه مالیات بر ارزش افزوده'],
  ['13:05', 'حوادث', 'زلزله ۴٫۱ ریشتری حوالی بم را لرزاند'],
];

function bultanLiveIndex(): NonArt {
  const title = 'اخبار لحظه به لحظه؛ سه‌شنبه ۲۳ تیر ۱۴۰۵';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>اخبار لحظه به لحظه امروز | بولتن نیوز</title>
<meta name="description" content="آخرین اخبار لحظه به لحظه سیاسی، اقتصادی، اجتماعی و ورزشی امروز در بولتن نیوز">
<meta http-equiv="refresh" content="120">
<link rel="canonical" href="https://www.bultannews.com/fa/live">
<link rel="stylesheet" href="https://www.bultannews.com/client/themes/fa/main/css/live.css?v=6">
</head>
<body class="live-index">
<header class="bn-header"><a href="https://www.bultannews.com/"><img src="https://www.bultannews.com/client/themes/fa/main/img/logo.png" alt="بولتن نیوز"></a>
<nav><a href="https://www.bultannews.com/fa/service/1">سیاسی</a> <a href="https://www.bultannews.com/fa/service/2">اقتصادی</a> <a href="https://www.bultannews.com/fa/service/3">اجتماعی</a> <a href="https://www.bultannews.com/fa/service/4">بین‌الملل</a> <a href="https://www.bultannews.com/fa/service/5">ورزشی</a> <a class="on" href="https://www.bultannews.com/fa/live">لحظه به لحظه</a></nav></header>
<main>
<h1>${title}</h1>
<div class="live-bar"><span class="live-dot">● زنده</span> <span>به‌روزرسانی خودکار هر ${persian(2)} دقیقه</span> <button type="button">توقف به‌روزرسانی</button></div>
<div class="live-filter"><button class="on">همه</button> <button>سیاسی</button> <button>اقتصادی</button> <button>اجتماعی</button> <button>ورزشی</button> <button>بین‌الملل</button></div>
<ul class="live-list">
${LIVE.map(([t, s, h], i) => `<li class="live-item"><time datetime="2026-07-14T${t}:00+03:30">${persian(t)}</time> <span class="live-service">${s}</span> <a href="https://www.bultannews.com/fa/news/${884120 - i * 3}">${esc(h)}</a></li>`).join('\n')}
</ul>
<a class="live-more" href="https://www.bultannews.com/fa/live?page=2">اخبار قبلی</a>
</main>
<footer class="bn-footer"><p>بولتن نیوز؛ کلیه حقوق محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-bultannews-live-headlines', markup: 'live-index-bultannews', url: 'https://www.bultannews.com/fa/live', title, html,
    notes: ['A LIVE INDEX of a news site («اخبار لحظه به لحظه»): the day as <h1>, a «● زنده» bar with auto-refresh (meta refresh) and a stop button, service filters, and eighteen timed headlines of unrelated stories (each a <time> with +03:30, a service label and a link; one of them names a number, «زلزله ۴٫۱ ریشتری»), «اخبار قبلی». Not a live blog of one story but a stream of links to many: not an article, although each line is a news sentence.'] };
}

/** [page, section, [headline, author?][]] of the print edition. */
const RESALAT_PAGES: [number, string, [string, string?][]][] = [
  [1, 'صفحه اول', [['دولت و مجلس بر سر بودجه اصلاحی به توافق رسیدند'], ['سرمقاله: اقتصاد مقاومتی و صادرات غیرنفتی', 'محمدکاظم انبارلویی'], ['افت تراز سدهای تهران؛ کاهش فشار آب از شنبه']]],
  [2, 'سیاسی', [['گزارش رسالت از جلسه غیرعلنی مجلس درباره سیاست خارجی'], ['یادداشت: دیپلماسی همسایگی در سال دوم', 'علیرضا صالحی']]],
  [3, 'اقتصادی', [['نرخ سود بانکی؛ کاهش یا ثبات؟'], ['گفت‌وگوی رسالت با رئیس اتاق بازرگانی اصفهان'], ['جدول قیمت کالاهای اساسی در تیرماه']]],
  [4, 'اجتماعی', [['آمار تازه ازدواج و طلاق در بهار ۱۴۰۵'], ['مدارس تابستانی و دغدغه خانواده‌ها']]],
  [5, 'فرهنگی', [['نگاهی به فیلم‌های اکران تابستان'], ['یادداشت: کتاب‌خوانی در عصر شبکه‌های اجتماعی', 'زهرا کاشانی']]],
  [6, 'بین‌الملل', [['بحران سودان و سکوت جامعه جهانی'], ['انتخابات ژاپن؛ پیروزی دوباره حزب حاکم؟']]],
  [7, 'ورزشی', [['والیبال ایران و پایان ناکام لیگ ملت‌ها'], ['نقل و انتقالات لیگ برتر در نیمه راه']]],
  [8, 'آخر', [['آگهی‌ها و مناقصات'], ['جدول و سرگرمی']]],
];

function resalatPrintToc(): NonArt {
  const title = 'روزنامه رسالت، شماره ۱۱۴۲۸';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>فهرست مطالب روزنامه رسالت شماره ۱۱۴۲۸ - سه‌شنبه ۲۳ تیر ۱۴۰۵</title>
<meta name="description" content="فهرست مطالب و نسخه PDF روزنامه رسالت، شماره ۱۱۴۲۸، سه‌شنبه ۲۳ تیر ۱۴۰۵">
<link rel="canonical" href="https://www.resalat-news.com/newspaper/11428">
<link rel="stylesheet" href="https://www.resalat-news.com/static/css/paper.css?v=4">
</head>
<body class="newspaper-issue">
<header class="rs-header"><a href="https://www.resalat-news.com/"><img src="https://www.resalat-news.com/static/img/logo.png" alt="روزنامه رسالت"></a> <span>صاحب امتیاز: مؤسسه فرهنگی رسالت</span>
<nav><a href="https://www.resalat-news.com/">صفحه اصلی</a> <a class="on" href="https://www.resalat-news.com/newspaper">روزنامه امروز</a> <a href="https://www.resalat-news.com/archive">آرشیو شماره‌ها</a> <a href="https://www.resalat-news.com/subscribe">اشتراک</a></nav></header>
<main>
<h1>${title}</h1>
<div class="rs-issue-meta"><span>سه‌شنبه ${persian(23)} تیر ${persian(1405)}</span> <span>${persian(12)} صفحه</span> <span>قیمت: ${fmt(10000)} تومان</span> <a href="https://www.resalat-news.com/pdf/11428/full.pdf">دانلود PDF کامل شماره</a></div>
<div class="rs-issue-nav"><a href="https://www.resalat-news.com/newspaper/11427">‹ شماره قبل</a> <a href="https://www.resalat-news.com/newspaper/11429">شماره بعد ›</a></div>
${RESALAT_PAGES.map(([p, s, items]) => `<section class="rs-page"><h2>صفحه ${persian(p)}: ${s}</h2><img src="https://www.resalat-news.com/pdf/11428/thumb-${p}.jpg" alt="صفحه ${persian(p)}"><ul>${items.map(([h, au]) => `<li><a href="https://www.resalat-news.com/newspaper/11428/${p}/${encodeURIComponent(h.slice(0, 12))}">${esc(h)}</a>${au ? ` <span class="rs-author">${au}</span>` : ''}</li>`).join('')}</ul><a class="rs-pdf" href="https://www.resalat-news.com/pdf/11428/${p}.pdf">PDF صفحه ${persian(p)}</a></section>`).join('\n')}
</main>
<footer class="rs-footer"><p>نشانی: تهران، خیابان استاد نجات‌الهی — کلیه حقوق برای روزنامه رسالت محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-resalat-print-toc', markup: 'print-edition-toc-resalat', url: 'https://www.resalat-news.com/newspaper/11428', title, html,
    notes: ['A PRINT EDITION\'s TABLE OF CONTENTS (Resalat, issue 11428): issue number as <h1>, date, page count, price, full-issue PDF link, previous/next issue, then eight page sections («صفحه ۱: صفحه اول» … «صفحه ۸: آخر»), each with a thumbnail, two or three linked headlines (a few with an author name) and a page PDF link. Headlines and authors, no running text: not an article.'] };
}

/** [newspaper, main front-page headline] of the day's front pages. */
const FRONTS: [string, string][] = [
  ['اطلاعات', 'توافق دولت و مجلس بر سر بودجه اصلاحی'], ['کیهان', 'پایان بازی دوگانه غرب'], ['همشهری', 'تهران تشنه است'], ['ایران', 'بسته حمایتی تابستان در راه است'],
  ['شرق', 'آب، مسئله اول پایتخت'], ['اعتماد', 'گرما، ادارات را تعطیل کرد'], ['جوان', 'روایت یک مقاومت'], ['دنیای اقتصاد', 'سیگنال بین‌بانکی به بازار'],
  ['جام جم', 'مدرسه در تابستان'], ['خراسان', 'سد دوستی در آستانه خشکی'], ['هم‌میهن', 'سکوت در برابر سودان'], ['آرمان ملی', 'نان گران شد'],
  ['فرهیختگان', 'دانشگاه در آینه کنکور ۱۴۰۵'], ['ابتکار', 'قطار هم گران شد'], ['وطن امروز', 'وعده‌های بی‌پشتوانه'], ['رسالت', 'اقتصاد مقاومتی؛ گام دوم'],
];

function pishkhanFronts(): NonArt {
  const title = 'صفحه اول روزنامه‌های امروز؛ سه‌شنبه ۲۳ تیر ۱۴۰۵';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>پیشخوان؛ صفحه اول روزنامه‌های سه‌شنبه ۲۳ تیر ۱۴۰۵</title>
<meta name="description" content="تصویر صفحه اول روزنامه‌های سراسری، اقتصادی، ورزشی و استانی امروز">
<link rel="canonical" href="https://www.pishkhan.com/">
<link rel="stylesheet" href="https://www.pishkhan.com/css/site.css?v=31">
</head>
<body>
<header class="pk-header"><a href="https://www.pishkhan.com/"><img src="https://www.pishkhan.com/images/logo.png" alt="پیشخوان"></a>
<nav><a class="on" href="https://www.pishkhan.com/">سراسری</a> <a href="https://www.pishkhan.com/economic">اقتصادی</a> <a href="https://www.pishkhan.com/sport">ورزشی</a> <a href="https://www.pishkhan.com/provincial">استانی</a> <a href="https://www.pishkhan.com/magazines">مجلات</a> <a href="https://www.pishkhan.com/archive">آرشیو</a></nav>
<div class="pk-date"><a href="https://www.pishkhan.com/?date=14050422">‹ دیروز</a> <input type="text" value="۱۴۰۵/۰۴/۲۳" readonly> <span>فردا ›</span></div></header>
<main>
<h1>${title}</h1>
<p class="pk-count">${persian(FRONTS.length)} روزنامه سراسری</p>
<div class="pk-grid">
${FRONTS.map(([n, h], i) => `<div class="pk-paper"><a href="https://www.pishkhan.com/paper/${1200 + i * 7}/14050423"><img src="https://www.pishkhan.com/newspapers/14050423/${1200 + i * 7}.jpg" alt="صفحه اول روزنامه ${n}" loading="lazy"></a><div class="pk-name">${n}</div><div class="pk-headline">${esc(h)}</div></div>`).join('\n')}
</div>
<div class="pk-pages"><span>${persian(1)}</span> <a href="https://www.pishkhan.com/?page=2">${persian(2)}</a> <a href="https://www.pishkhan.com/?page=3">${persian(3)}</a> <a href="https://www.pishkhan.com/?page=2">بعدی</a></div>
</main>
<footer class="pk-footer"><p>پیشخوان، نمایش صفحه اول روزنامه‌ها و مجلات کشور</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-pishkhan-front-pages', markup: 'front-pages-pishkhan', url: 'https://www.pishkhan.com/', title, html,
    notes: ['A PAGE OF THE DAY\'S NEWSPAPER FRONT PAGES (Pishkhan): the day as <h1>, a date picker, category tabs (national, economic, sport, provincial, magazines), a count line, a grid of sixteen front-page images, each with the paper\'s name and its main headline, and paging. Images and one-line headlines of many papers: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [bultanLiveIndex(), resalatPrintToc(), pishkhanFronts()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout16', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '41608', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['iqna-br-text-summer-quran-classes']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 500], zwnjInCleanBody: true },
    },
  );
}
