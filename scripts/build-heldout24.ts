// Builds the TWENTY-FOURTH held-out fixture set, tests/fixtures/heldout24/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Four article pages in the markup of four sports and religious/cultural news sites no
// earlier set renders (Varzesh3's football news page with a match-facts box and a highlights player,
// Footballi as a Next.js APP-ROUTER app with a transfer card, IQNA, the Iran Quran News Agency, with its
// language bar and time-before-date line, and Hawzah News with three calendars, a prayer-times box and a
// hadith of the day) and one non-article page (Varzesh3's league table and live scores). All four texts
// were written for this set; the names of all quoted officials, coaches, players, reciters and clerics
// are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout24.ts          (build + check)
//        npx tsx scripts/build-heldout24.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout24');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** The instant in UTC with milliseconds, «2026-08-18T09:45:00.000Z». */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString();
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Varzesh3 (own ASP.NET CMS, Bootstrap grid): the header's «مسابقات امروز» live strip; nav; a
  // MATCH-FACTS box above the text («اطلاعات بازی»: stadium, referee, spectators, scorers with minutes);
  // visible date «جمعه ۳۰ مرداد ۱۴۰۵ - ۲۳:۴۰» with views; JSON-LD NewsArticle (+03:30); the lead as
  // div.lead; a highlights VIDEO player with its own title inside the text; an in-body «بیشتر بخوانید»
  // link; tags, share, related, comments with likes, a sidebar league table, app download, footer.
  varzesh3: {
    site: 'ورزش سه',
    boiler: ['مسابقات امروز', 'اطلاعات بازی', 'ویدیو خلاصه بازی', 'بیشتر بخوانید:', 'اخبار مرتبط', 'نظرات کاربران', 'جدول لیگ برتر', 'دانلود اپلیکیشن ورزش سه', 'تمامی حقوق مادی و معنوی این سایت متعلق به ورزش سه است', 'پربازدیدترین اخبار'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ورزش سه | ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="ورزش سه">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://static.varzesh3.com/files/picture/${c.g.y}/${c.g.m}/${c.id}.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="amphtml" href="https://amp.varzesh3.com/news/${c.id}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, dateModified: c.iso, description: c.a.lead, image: [`https://static.varzesh3.com/files/picture/${c.g.y}/${c.g.m}/${c.id}.jpg`], publisher: { '@type': 'Organization', name: 'ورزش سه', logo: { '@type': 'ImageObject', url: 'https://www.varzesh3.com/content/images/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.varzesh3.com/content/css/site.min.css?v=8.4.1">
</head>
<body class="news-page">
<div class="top-live"><span class="title">مسابقات امروز</span><ul><li>پرسپولیس ${persian(0)} - ${persian(0)} گل‌گهر <i>پایان</i></li><li>سپاهان ${persian(2)} - ${persian(1)} خیبر <i>پایان</i></li><li>بارسلونا - رئال سوسیه‌داد <i>${persian('23:30')}</i></li></ul></div>
<header class="main-header"><a class="logo" href="https://www.varzesh3.com/"><img src="https://www.varzesh3.com/content/images/logo.png" alt="ورزش سه"></a>
<nav class="main-menu"><a href="https://www.varzesh3.com/">صفحه اصلی</a> <a href="https://www.varzesh3.com/news/category/1">فوتبال ایران</a> <a href="https://www.varzesh3.com/news/category/2">فوتبال جهان</a> <a href="https://www.varzesh3.com/news/category/3">والیبال</a> <a href="https://www.varzesh3.com/news/category/4">کشتی</a> <a href="https://www.varzesh3.com/news/category/5">سایر ورزش‌ها</a> <a href="https://video.varzesh3.com/">ویدیو</a> <a href="https://www.varzesh3.com/livescore">نتایج زنده</a> <a href="https://www.varzesh3.com/table">جدول لیگ‌ها</a></nav></header>
<div class="container"><div class="row">
<main class="col-lg-8">
<div class="news-main-detail">
<div class="news-category"><a href="https://www.varzesh3.com/news/category/1">${esc(c.a.kicker)}</a></div>
<h1 class="headline">${esc(c.a.title)}</h1>
<div class="news-info"><span class="date">${weekday(c)} ${faDate(c)} - ${faTime(c)}</span> <span class="views"><i class="fa fa-eye"></i> ${fmt(48213)}</span> <span class="news-id">کد خبر: ${persian(c.id)}</span></div>
<div class="match-facts"><h3>اطلاعات بازی</h3><table><tr><td>ورزشگاه</td><td>آزادی تهران</td></tr><tr><td>داور</td><td>سعید فرخ‌نژاد</td></tr><tr><td>تماشاگر</td><td>${fmt(42318)}</td></tr><tr><td>گل‌ها</td><td>قلی‌زاده (${persian(18)} و ${persian(64)})، ماتیچ (${persian(80)})؛ ترابیان (${persian('73')}، پنالتی)</td></tr><tr><td>کارت قرمز</td><td>مرتضی یاوری (${persian(55)})</td></tr></table></div>
<div class="news-image"><img src="https://static.varzesh3.com/files/picture/${c.g.y}/${c.g.m}/${c.id}.jpg" alt="${esc(c.a.caption)}"><span class="caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</span></div>
<div class="lead">${esc(c.a.lead ?? '')}</div>
<div class="news-text">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`,
  `<div class="video-box"><div class="video-title">ویدیو خلاصه بازی</div><video controls poster="https://static.varzesh3.com/files/video/${c.id}-poster.jpg"><source src="https://video.varzesh3.com/files/${c.id}/highlights.mp4" type="video/mp4"></video><span class="video-name">خلاصه بازی استقلال ${persian(3)} - ${persian(1)} ذوب‌آهن</span></div>`,
  `<p class="read-more"><strong>بیشتر بخوانید:</strong> <a href="https://www.varzesh3.com/news/${Number(c.id) - 86}">${esc(c.a.inline ?? '')}</a></p>`)}
</div>
<div class="news-tags">${tagLinks(c, 'https://www.varzesh3.com/tag/', ' ')}</div>
<div class="share-box"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=https://www.varzesh3.com/news/${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://www.varzesh3.com/news/${c.id}">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://www.varzesh3.com/news/${c.id}">ایکس</a></div>
</div>
<section class="related-news"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.varzesh3.com/news/', Number(c.id) - 140)}
</ul></section>
<section class="comments"><h2>نظرات کاربران (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t, k) => `<div class="comment"><div class="comment-head"><b>${n}</b> <span>${persian(k ? 4 : 19)} دقیقه پیش</span></div><p>${t}</p><span class="like">${persian(k ? 12 : 87)}</span> <span class="dislike">${persian(k ? 30 : 5)}</span></div>`)}
<form><textarea placeholder="نظر خود را بنویسید"></textarea><button type="button">ارسال نظر</button></form></section>
</main>
<aside class="col-lg-4 sidebar">
<div class="widget league-table"><h3>جدول لیگ برتر</h3><table><tr><th>تیم</th><th>بازی</th><th>تفاضل</th><th>امتیاز</th></tr><tr><td>استقلال</td><td>${persian(1)}</td><td>${persian(2)}+</td><td>${persian(3)}</td></tr><tr><td>سپاهان</td><td>${persian(1)}</td><td>${persian(1)}+</td><td>${persian(3)}</td></tr><tr><td>پرسپولیس</td><td>${persian(1)}</td><td>${persian(0)}</td><td>${persian(1)}</td></tr><tr><td>ذوب‌آهن</td><td>${persian(1)}</td><td>${persian(2)}-</td><td>${persian(0)}</td></tr></table><a href="https://www.varzesh3.com/table">جدول کامل</a></div>
<div class="widget most-viewed"><h3>پربازدیدترین اخبار</h3><ol>
${li(c.a.mostRead, 'https://www.varzesh3.com/news/', Number(c.id) - 611)}
</ol></div>
<div class="widget app"><a href="https://www.varzesh3.com/app">دانلود اپلیکیشن ورزش سه</a></div>
</aside>
</div></div>
<footer class="main-footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به ورزش سه است.</p><p><a href="https://www.varzesh3.com/contact">تماس با ما</a> <a href="https://www.varzesh3.com/ads">تبلیغات</a></p></footer>
<script src="https://www.varzesh3.com/content/js/site.min.js?v=8.4.1"></script>
</body>
</html>
`,
  },

  // Footballi as a NEXT.JS APP-ROUTER app (RSC payload in self.__next_f.push chunks, /_next/static/chunks/app/…,
  // Tailwind utility classes); JSON-LD NewsArticle (+03:30); visible date «۲۷ مرداد ۱۴۰۵، ۱۳:۱۵» in a
  // <time dateTime> whose attribute is UTC with milliseconds; breadcrumb; a TRANSFER CARD above the text
  // (from/to club, fee «۲٫۲ میلیون یورو», contract, type); lead; cover; an in-body «بخوانید» card; tags,
  // share, related, comments, most-read, app download with the messenger channel invite, footer.
  footballi: {
    site: 'فوتبالی',
    boiler: ['جزئیات انتقال', 'دقیقه مطالعه', 'بخوانید', 'اخبار مرتبط', 'نظرات', 'پربازدیدترین‌ها', 'فوتبالی را در روبیکا دنبال کنید', 'دانلود اپلیکیشن فوتبالی', 'تمامی حقوق برای فوتبالی محفوظ است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl" class="__variable_7c1d2e">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/2f8c9a1b4e6d0371.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-91c2a7e0d3f4b5a6.js"/>
<script src="/_next/static/chunks/main-app-1a2b3c4d5e6f7081.js" async=""></script>
<title>${esc(c.a.title)} | فوتبالی</title>
<meta name="description" content="${esc(c.a.lead ?? '')}"/>
<link rel="canonical" href="${esc(c.a.url)}"/>
<meta property="og:title" content="${esc(c.a.title)}"/>
<meta property="og:site_name" content="فوتبالی"/>
<meta property="og:image" content="https://static.footballi.net/news/${c.id}/cover.webp"/>
<meta property="og:type" content="article"/>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, description: c.a.lead, author: { '@type': 'Organization', name: 'فوتبالی' }, image: [`https://static.footballi.net/news/${c.id}/cover.webp`] })}</script>
</head>
<body class="bg-slate-50 font-vazir">
<header class="sticky top-0 z-40 bg-white shadow-sm"><div class="mx-auto flex max-w-6xl items-center gap-6 px-4 py-2"><a href="/"><img src="/images/logo-footballi.svg" alt="فوتبالی" width="110" height="32"/></a>
<nav class="flex gap-4 text-sm"><a href="/news">اخبار</a> <a href="/transfers">نقل و انتقالات</a> <a href="/matches">بازی‌ها</a> <a href="/leagues/iran-pro-league">لیگ برتر</a> <a href="/leagues/premier-league">لیگ جزیره</a> <a href="/videos">ویدیو</a></nav></div></header>
<main class="mx-auto grid max-w-6xl grid-cols-12 gap-6 px-4 py-6">
<article class="col-span-12 rounded-xl bg-white p-5 lg:col-span-8">
<nav aria-label="breadcrumb" class="mb-3 text-xs text-slate-500"><ol class="flex gap-1"><li><a href="/">فوتبالی</a></li><li>›</li><li><a href="/news">اخبار</a></li><li>›</li><li><a href="/transfers">${esc(c.a.kicker)}</a></li></ol></nav>
<h1 class="text-2xl font-extrabold leading-10">${esc(c.a.title)}</h1>
<div class="mt-2 flex gap-3 text-xs text-slate-500"><time dateTime="${utcIso(c)}">${faDate(c)}، ${faTime(c)}</time><span>${persian(5)} دقیقه مطالعه</span></div>
<div class="my-4 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm"><div class="font-bold">جزئیات انتقال</div><div class="grid grid-cols-2 gap-2"><div><span>از</span> <span>سپاهان</span></div><div><span>به</span> <span>مشلن</span></div><div><span>مبلغ انتقال</span> <span>${persian('2.2').replace('.', '٫')} میلیون یورو</span></div><div><span>قرارداد</span> <span>تا ژوئن ${persian(2029)}</span></div><div><span>نوع</span> <span>دائمی</span></div></div></div>
<p class="mb-4 text-base font-bold leading-8 text-slate-700">${esc(c.a.lead ?? '')}</p>
<figure class="mb-4"><img class="w-full rounded-lg" src="https://static.footballi.net/news/${c.id}/cover.webp" alt="${esc(c.a.caption)}"/><figcaption class="mt-1 text-xs text-slate-500">${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="prose prose-slate max-w-none leading-8">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '',
  `<div class="not-prose my-3 rounded-lg bg-slate-100 p-3"><span class="text-xs font-bold text-emerald-700">بخوانید</span> <a class="block font-bold" href="/news/${Number(c.id) - 57}">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<div class="mt-5 flex flex-wrap gap-2">${tagLinks(c, '/tag/', ' ', 'rounded-full bg-slate-100 px-3 py-1 text-xs')}</div>
<div class="mt-4 flex gap-3 text-sm"><button type="button">کپی لینک</button> <a href="https://t.me/share/url?url=https://footballi.net/n/${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://footballi.net/n/${c.id}">واتساپ</a></div>
</article>
<aside class="col-span-12 space-y-4 lg:col-span-4">
<section class="rounded-xl bg-white p-4"><h2 class="mb-2 font-bold">پربازدیدترین‌ها</h2><ol class="space-y-2 text-sm">
${li(c.a.mostRead, '/news/', Number(c.id) - 320)}
</ol></section>
<section class="rounded-xl bg-emerald-600 p-4 text-white"><p class="font-bold">دانلود اپلیکیشن فوتبالی</p><p>نتایج زنده، اعلان گل‌ها و شایعات نقل و انتقالات</p><a href="https://rubika.ir/footballi">فوتبالی را در روبیکا دنبال کنید</a></section>
</aside>
<section class="col-span-12 rounded-xl bg-white p-5 lg:col-span-8"><h2 class="mb-2 font-bold">اخبار مرتبط</h2><ul class="space-y-2">
${li(c.a.related, '/news/', Number(c.id) - 210)}
</ul></section>
<section class="col-span-12 rounded-xl bg-white p-5 lg:col-span-8"><h2 class="mb-2 font-bold">نظرات (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t, k) => `<div class="border-b py-2"><div class="text-sm font-bold">${n} <span class="font-normal text-slate-400">${persian(k ? 1 : 2)} ساعت پیش</span></div><p class="text-sm">${t}</p></div>`)}
<form><textarea placeholder="نظر خود را بنویسید..."></textarea><button type="button">ارسال</button></form></section>
</main>
<footer class="bg-slate-900 py-6 text-center text-xs text-slate-400"><p>تمامی حقوق برای فوتبالی محفوظ است.</p><p><a href="/about">درباره ما</a> <a href="/contact">تماس با ما</a></p></footer>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,${js(`1:HL["/_next/static/css/2f8c9a1b4e6d0371.css","style"]\n2:I[4817,["931","static/chunks/app/news/%5Bid%5D/page-3e1f.js"],"NewsBody"]\n`)}])</script>
<script>self.__next_f.push([1,${js(`3:{"news":{"id":${Number(c.id)},"title":${JSON.stringify(c.a.title)},"publishedAt":"${utcIso(c)}","category":"transfers","views":23940}}\n`)}])</script>
</body>
</html>
`,
  },

  // IQNA, the Iran Quran News Agency (agency CMS): a LANGUAGE BAR (فارسی، العربية، English, Türkçe,
  // اردو…) above the logo; the header date in three calendars; service path; «کد خبر» and the date
  // with the TIME FIRST, «تاریخ انتشار: ۱۹:۱۰ - ۲۲ مرداد ۱۴۰۵»; JSON-LD NewsArticle (+03:30); a rutitr
  // quoting the official; lead; photo; an in-body «بیشتر بخوانید:» LIST of two links; a photo-report
  // link; tags, the messengers invite, related, most-viewed, comments, footer.
  iqna: {
    site: 'ایکنا',
    boiler: ['خبرگزاری بین‌المللی قرآن', 'بیشتر بخوانید:', 'گزارش تصویری این مراسم را ببینید', 'برچسب‌ها', 'ایکنا را در پیام‌رسان‌ها دنبال کنید', 'اخبار مرتبط', 'پربازدیدترین', 'نظر شما', 'کلیه حقوق این سایت متعلق به خبرگزاری بین‌المللی قرآن (ایکنا) می‌باشد', 'معاون قرآن و عترت اوقاف:'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ایکنا - ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:site_name" content="ایکنا">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://iqna.ir/files/fa/news/1405/5/22/${c.id}_992.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="alternate" hreflang="ar" href="https://iqna.ir/ar/">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, dateModified: c.iso, description: c.a.lead, image: [`https://iqna.ir/files/fa/news/1405/5/22/${c.id}_992.jpg`], publisher: { '@type': 'Organization', name: 'ایکنا', logo: { '@type': 'ImageObject', url: 'https://iqna.ir/client/themes/fa/main/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://iqna.ir/client/themes/fa/main/css/news.css?v=5.1">
</head>
<body class="rtl news">
<div class="lang-bar"><a class="active" href="https://iqna.ir/fa/">فارسی</a> <a href="https://iqna.ir/ar/">العربية</a> <a href="https://iqna.ir/en/">English</a> <a href="https://iqna.ir/tr/">Türkçe</a> <a href="https://iqna.ir/ur/">اردو</a> <a href="https://iqna.ir/fr/">Français</a></div>
<header class="iq-header"><a href="https://iqna.ir/fa/"><img src="https://iqna.ir/client/themes/fa/main/img/logo.png" alt="ایکنا"></a><span class="iq-slogan">خبرگزاری بین‌المللی قرآن</span>
<div class="iq-dates"><span>${weekday(c)} ${faDate(c)}</span> <span>${persian(28)} صفر ${persian(1448)}</span> <span>${persian(13)} اوت ${persian(2026)}</span></div>
<nav class="iq-menu"><a href="https://iqna.ir/fa/service/quran-activities">فعالیت‌های قرآنی</a> <a href="https://iqna.ir/fa/service/quran-sciences">علوم و معارف قرآنی</a> <a href="https://iqna.ir/fa/service/art">ادب و هنر قرآنی</a> <a href="https://iqna.ir/fa/service/world">قرآن و جهان</a> <a href="https://iqna.ir/fa/service/islamic-world">جهان اسلام</a> <a href="https://iqna.ir/fa/service/thought">اندیشه</a> <a href="https://iqna.ir/fa/multimedia">چندرسانه‌ای</a></nav></header>
<main class="iq-main">
<article class="iq-news">
<div class="iq-path"><a href="https://iqna.ir/fa/">صفحه نخست</a> » <a href="https://iqna.ir/fa/service/quran-activities">${esc(c.a.kicker)}</a> » <span>اخبار</span></div>
<div class="iq-meta"><span>کد خبر: ${persian(c.id)}</span> <span>تاریخ انتشار: ${faTime(c)} - ${faDate(c)}</span></div>
<div class="iq-rutitr">معاون قرآن و عترت اوقاف:</div>
<h1 class="iq-title">${esc(c.a.title)}</h1>
<div class="iq-summary">${esc(c.a.lead ?? '')}</div>
<figure class="iq-photo"><img src="https://iqna.ir/files/fa/news/1405/5/22/${c.id}_992.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} / ${esc(c.a.credit)}</figcaption></figure>
<div class="iq-body">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<div class="iq-readmore"><strong>بیشتر بخوانید:</strong><ul><li><a href="https://iqna.ir/fa/news/${Number(c.id) - 3210}">${esc(c.a.inline ?? '')}</a></li><li><a href="https://iqna.ir/fa/news/${Number(c.id) - 5874}">اعزام کاروان قرآنی اربعین با حضور قاریان نوجوان</a></li></ul></div>`)}
<p class="iq-photo-link"><a href="https://iqna.ir/fa/photo/${Number(c.id) + 11}">گزارش تصویری این مراسم را ببینید</a></p>
</div>
<div class="iq-tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://iqna.ir/fa/tag/', '، ')}</div>
<div class="iq-messengers"><span>ایکنا را در پیام‌رسان‌ها دنبال کنید</span> <a href="https://eitaa.com/iqna">ایتا</a> <a href="https://ble.ir/iqna">بله</a> <a href="https://rubika.ir/iqna">روبیکا</a> <a href="https://iqna.ir/fa/print/${c.id}">چاپ</a></div>
</article>
<section class="iq-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://iqna.ir/fa/news/', Number(c.id) - 1490)}
</ul></section>
<section class="iq-comments"><h2>نظر شما</h2>
${comments(c, (n, t) => `<div class="iq-comment"><b>${n}</b><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><input type="email" placeholder="ایمیل"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></section>
<aside class="iq-most"><h2>پربازدیدترین</h2><ol>
${li(c.a.mostRead, 'https://iqna.ir/fa/news/', Number(c.id) - 2333)}
</ol></aside>
</main>
<footer class="iq-footer"><p>کلیه حقوق این سایت متعلق به خبرگزاری بین‌المللی قرآن (ایکنا) می‌باشد.</p><p>نقل مطالب با ذکر منبع آزاد است.</p></footer>
</body>
</html>
`,
  },

  // Hawzah News (the seminaries' news agency; agency CMS): a LANGUAGE BAR; the header's three calendars
  // (Jalali, Hijri, Gregorian); a PRAYER-TIMES box for Qom (اذان صبح، طلوع آفتاب، اذان ظهر، اذان مغرب)
  // and a «حدیث روز» box in the sidebar; service line, «کد خبر», visible date «۲۵ مرداد ۱۴۰۵ - ۱۱:۰۵»
  // with <time datetime>; NO JSON-LD, meta article:published_time (+03:30); lead with the role-only first
  // statement; photo; an in-body «بیشتر بخوانید:» link; tags, share, related, latest news, comments,
  // a subscription line for the agency's messenger channels, footer.
  hawzah: {
    site: 'خبرگزاری حوزه',
    boiler: ['اوقات شرعی به افق قم', 'اذان مغرب', 'حدیث روز', 'بیشتر بخوانید:', 'برچسب‌ها', 'اخبار مرتبط', 'آخرین اخبار', 'ارسال نظر', 'عضویت در کانال خبرگزاری حوزه در ایتا', 'تمامی حقوق این سایت متعلق به خبرگزاری حوزه است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - خبرگزاری حوزه</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="خبرگزاری حوزه">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://media.hawzahnews.com/d/${c.g.y}/${c.g.m}/${c.g.d}/4/${c.id}.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="حوزه">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.hawzahnews.com/resources/theme/hawzah/css/style.css?v=3.7">
</head>
<body class="news-page">
<div class="hz-lang"><a class="active" href="https://www.hawzahnews.com/">فارسی</a> <a href="https://ar.hawzahnews.com/">العربية</a> <a href="https://en.hawzahnews.com/">English</a> <a href="https://ur.hawzahnews.com/">اردو</a> <a href="https://az.hawzahnews.com/">Azərbaycan</a></div>
<header class="hz-header"><a href="https://www.hawzahnews.com/"><img src="https://www.hawzahnews.com/resources/theme/hawzah/img/logo.png" alt="خبرگزاری حوزه"></a>
<div class="hz-dates"><span>${weekday(c)} ${faDate(c)}</span> | <span>${persian(2)} ربیع‌الاول ${persian(1448)}</span> | <span>${persian(16)} August ${persian(2026)}</span></div>
<nav class="hz-menu"><a href="https://www.hawzahnews.com/service/hawzah">حوزه</a> <a href="https://www.hawzahnews.com/service/marjaiyat">مرجعیت</a> <a href="https://www.hawzahnews.com/service/provinces">استان‌ها</a> <a href="https://www.hawzahnews.com/service/world">بین‌الملل</a> <a href="https://www.hawzahnews.com/service/family">خانواده</a> <a href="https://www.hawzahnews.com/service/ahkam">احکام</a> <a href="https://www.hawzahnews.com/multimedia">چندرسانه‌ای</a></nav></header>
<div class="hz-wrap">
<main class="hz-main">
<article class="hz-news">
<div class="hz-service"><a href="https://www.hawzahnews.com/service/hawzah">${esc(c.a.kicker)}</a> <span>کد خبر: ${persian(c.id)}</span> <time datetime="${c.iso}">${faDate(c)} - ${faTime(c)}</time></div>
<h1 class="hz-title">${esc(c.a.title)}</h1>
<p class="hz-lead">${esc(c.a.lead ?? '')}</p>
<figure class="hz-photo"><img src="https://media.hawzahnews.com/d/${c.g.y}/${c.g.m}/${c.g.d}/4/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="hz-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '',
  `<p class="hz-more"><strong>بیشتر بخوانید:</strong> <a href="https://www.hawzahnews.com/news/${Number(c.id) - 4420}">${esc(c.a.inline ?? '')}</a></p>`)}
</div>
<div class="hz-tags"><span>برچسب‌ها</span> ${tagLinks(c, 'https://www.hawzahnews.com/tags/', ' ')}</div>
<div class="hz-share"><a href="https://eitaa.com/share/url?url=https://hawzahnews.com/x${c.id}">ایتا</a> <a href="https://t.me/share/url?url=https://hawzahnews.com/x${c.id}">تلگرام</a> <a href="https://www.hawzahnews.com/print/${c.id}">نسخه چاپی</a></div>
<p class="hz-join"><a href="https://eitaa.com/hawzahnews">عضویت در کانال خبرگزاری حوزه در ایتا</a></p>
</article>
<section class="hz-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.hawzahnews.com/news/', Number(c.id) - 1033)}
</ul></section>
<section class="hz-comments"><h2>ارسال نظر</h2>
${comments(c, (n, t) => `<div class="hz-comment"><b>${n}</b><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="متن نظر"></textarea><button type="button">ارسال</button></form></section>
</main>
<aside class="hz-side">
<div class="hz-owqat"><h3>اوقات شرعی به افق قم</h3><ul><li>اذان صبح <span>${persian('04:51')}</span></li><li>طلوع آفتاب <span>${persian('06:21')}</span></li><li>اذان ظهر <span>${persian('13:02')}</span></li><li>اذان مغرب <span>${persian('19:59')}</span></li></ul></div>
<div class="hz-hadith"><h3>حدیث روز</h3><p>امام صادق (ع): طلب العلم فریضة؛ دانش‌جویی واجب است.</p></div>
<div class="hz-latest"><h3>آخرین اخبار</h3><ul>
${li(c.a.mostRead, 'https://www.hawzahnews.com/news/', Number(c.id) + 7)}
</ul></div>
</aside>
</div>
<footer class="hz-footer"><p>تمامی حقوق این سایت متعلق به خبرگزاری حوزه است.</p><p>قم، میدان شهدا، دفتر تبلیغات اسلامی</p></footer>
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
    name: 'varzesh3-esteghlal-zobahan-week1', site: 'varzesh3', photoAt: 1, inlineAt: 6,
    inline: 'مهرآیین: فهرست خریدهای استقلال بسته نشده است',
    url: 'https://www.varzesh3.com/news/2104377/استقلال-با-درخشش-قلی‌زاده-از-سد-ذوب‌آهن-گذشت',
    title: 'استقلال با درخشش قلی‌زاده از سد ذوب‌آهن گذشت',
    kicker: 'فوتبال ایران', date: '۳۰ مرداد ۱۴۰۵ - ۲۳:۴۰',
    lead: 'تیم فوتبال استقلال در هفته نخست لیگ برتر، امشب (جمعه) در ورزشگاه آزادی و مقابل ۴۲ هزار تماشاگر با نتیجه ۳ بر یک ذوب‌آهن را شکست داد؛ دیداری که ستاره‌اش مهاجم تازه‌وارد آبی‌پوشان بود.',
    paras: [
      'به گزارش ورزش سه، آرمان قلی‌زاده، مهاجم جوان استقلال، در دقیقه‌های ۱۸ و ۶۴ دروازه ذوب‌آهن را باز کرد و گل سوم میزبان را هافبک کروات این تیم در دقیقه ۸۰ زد. تک گل ذوب‌آهن هم در دقیقه ۷۳ از روی نقطه پنالتی به ثمر رسید.',
      'بر اساس آمار رسمی سازمان لیگ، استقلال ۶۱ درصد مالکیت توپ را در اختیار داشت و از ۱۷ شوت خود، ۸ شوت را در چارچوب زد. ذوب‌آهن که از دقیقه ۵۵ و پس از کارت قرمز مدافع میانی‌اش با ترکیبی ناقص بازی می‌کرد، تنها ۴ شوت به سمت دروازه حریف زد. داور این دیدار سعید فرخ‌نژاد بود و سیستم کمک‌داور ویدئویی با ۱۲ دوربین بازی را زیر نظر داشت.',
      'کاوه مهرآیین، سرمربی استقلال، در نشست خبری پس از بازی گفت: شروع خوبی داشتیم، اما هنوز با تیم ایده‌آلم فاصله داریم. ۱۱ بازیکن تازه به تیم اضافه شده‌اند و طبیعی است که هماهنگی کامل چند هفته زمان ببرد.',
      'وی افزود: در نیمه دوم تمرکزمان را از دست دادیم و ذوب‌آهن با یک پنالتی به بازی برگشت. از هواداران هم تشکر می‌کنم؛ حضور این جمعیت در هفته اول لیگ برای ما بسیار ارزشمند است.',
      'سرمربی ذوب‌آهن مجید رستگارنیا اما از داوری انتقاد کرد و گفت: کارت قرمز مدافع ما دست‌کم قابل بحث بود و بعد از آن بازی از دست ما خارج شد. ما ۷ بازیکن اصلی فصل گذشته را از دست داده‌ایم و به زمان نیاز داریم.',
      'رستگارنیا با اشاره به مشکلات مالی باشگاه اصفهانی افزود که ذوب‌آهن هنوز ۳۵ درصد مطالبات بازیکنان فصل گذشته را پرداخت نکرده است.',
      'قلی‌زاده که تابستان امسال از نساجی به استقلال پیوسته، پس از بازی به خبرنگار ورزش سه گفت: هیچ‌وقت فکر نمی‌کردم در اولین بازی رسمی با پیراهن استقلال گلزنی کنم. این گل‌ها را به پدرم تقدیم می‌کنم که امشب در ورزشگاه بود.',
      'به گفته مسئولان باشگاه استقلال، درآمد این باشگاه از فروش بلیت این دیدار حدود ۸ میلیارد و ۴۰۰ میلیون تومان بوده است. قیمت هر بلیت برای این بازی ۲۰۰ هزار تومان تعیین شده بود.',
      'پلیس ورزشگاه هم اعلام کرد ۳ هزار و ۵۰۰ نیروی انتظامی تأمین امنیت این مسابقه را بر عهده داشتند. استقلال در هفته دوم در اهواز میهمان فولاد خوزستان خواهد بود و ذوب‌آهن در اصفهان از مس رفسنجان پذیرایی می‌کند.',
    ],
    tags: ['استقلال', 'ذوب‌آهن', 'لیگ برتر', 'آرمان قلی‌زاده'],
    caption: 'شادی بازیکنان استقلال پس از گل نخست', credit: 'عکس: ورزش سه',
    related: ['ترکیب استقلال برای دیدار با ذوب‌آهن مشخص شد', 'بلیت‌فروشی بازی استقلال در کمتر از ۳ ساعت تمام شد', 'رستگارنیا: با تیم جوان به تهران آمده‌ایم'],
    mostRead: ['نتایج کامل هفته نخست لیگ برتر', 'پرسپولیس در خانه متوقف شد', 'ستاره سابق سپاهان به لیگ قطر رفت', 'برنامه بازی‌های تیم ملی در شهریور'],
    comments: [['آبی تا ابد', 'قلی‌زاده بهترین خرید تابستان بود، همین‌طور ادامه بده.'], ['محسن از اصفهان', 'کارت قرمز ذوب‌آهن واقعا اشتباه بود.']],
    speakers: [
      { name: 'کاوه مهرآیین', role: 'سرمربی استقلال', also_called: ['وی'], statements: 2 },
      { name: 'مجید رستگارنیا', role: 'سرمربی ذوب‌آهن', also_called: ['رستگارنیا'], statements: 2 },
      { name: 'آرمان قلی‌زاده', role: 'مهاجم جوان استقلال', also_called: ['قلی‌زاده'], statements: 1 },
    ],
    speakers_never: ['سعید فرخ‌نژاد', 'سازمان لیگ', 'مسئولان باشگاه استقلال', 'پلیس ورزشگاه', 'هافبک کروات این تیم'],
    figures: [
      { value: 42000, unit: 'تماشاگر', kind: 'count', about: '«۴۲ هزار تماشاگر» (lead)' },
      { value: 61, unit: 'درصد', kind: 'percent', about: 'مالکیت توپ استقلال' },
      { value: 17, unit: 'شوت', kind: 'count', about: 'شوت‌های استقلال' },
      { value: 8, unit: 'شوت', kind: 'count', about: 'شوت‌های در چارچوب' },
      { value: 4, unit: 'شوت', kind: 'count', about: 'شوت‌های ذوب‌آهن' },
      { value: 12, unit: 'دوربین', kind: 'count', about: 'دوربین‌های کمک‌داور ویدئویی' },
      { value: 11, unit: 'بازیکن', kind: 'count', about: 'بازیکنان تازه استقلال' },
      { value: 7, unit: 'بازیکن', kind: 'count', about: 'بازیکنان اصلی ازدست‌رفته ذوب‌آهن' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'مطالبات پرداخت‌نشده بازیکنان ذوب‌آهن' },
      { value: 8400000000, unit: 'تومان', kind: 'money', about: '«حدود ۸ میلیارد و ۴۰۰ میلیون تومان» درآمد بلیت‌فروشی' },
      { value: 200000, unit: 'تومان', kind: 'money', about: 'قیمت هر بلیت (kept; «هر بلیت» is its basis)' },
      { value: 3500, unit: 'نیرو', kind: 'count', about: '«۳ هزار و ۵۰۰ نیروی انتظامی» (unit in base form)' },
    ],
    figures_never: ['«۳ بر یک»: the score', '«دقیقه‌های ۱۸ و ۶۴», «دقیقه ۸۰», «دقیقه ۷۳», «دقیقه ۵۵»: match minutes', '«هفته نخست», «هفته اول», «هفته دوم», «گل سوم», «نیمه دوم», «اولین بازی»: ordinals', '«امشب (جمعه)», «تابستان امسال», «فصل گذشته»: dates', '«تک گل», «یک پنالتی»: lone «یک»/one goal', '«چند هفته»: vague', 'the match-facts box («۴۲٬۳۱۸» spectators, scorers and minutes), the live strip, the highlights title «۳ - ۱», the sidebar table, comment votes: not body'],
    notes: [
      'A league-match report of Varzesh3 (own CMS, Bootstrap grid): the header\'s «مسابقات امروز» live strip with other results; a MATCH-FACTS box above the text («اطلاعات بازی»: stadium, referee, an exact attendance «۴۲٬۳۱۸» close to the text\'s rounded «۴۲ هزار», scorers with minutes, the red card), not body; the visible date «جمعه ۳۰ مرداد ۱۴۰۵ - ۲۳:۴۰» with views and news code; JSON-LD NewsArticle gives 2026-08-21T23:40:00+03:30 (the gold); photo with caption BEFORE the lead (div.lead); a highlights VIDEO box with its own title «ویدیو خلاصه بازی» and a name «خلاصه بازی استقلال ۳ - ۱ ذوب‌آهن» after paragraph 2 of the text, not body; an in-body «بیشتر بخوانید:» link after paragraph 7; tags, share row, related, comments with votes, a sidebar league table after week 1, most-viewed, app link, footer).',
      'statements: Mehrayin: «NAME، ROLE، در نشست خبری پس از بازی گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Rastegarnia, introduced as «ROLE NAME» without commas: «… از داوری انتقاد کرد و گفت:» (one), «رستگارنیا … افزود که …» (one) = 2; Gholizadeh is first met IN PASSING as the scorer («NAME، ROLE، در دقیقه‌های ۱۸ و ۶۴ دروازه … را باز کرد»), then speaks by surname: «قلی‌زاده … به خبرنگار ورزش سه گفت:» (multi-sentence quote, once) = 1. The lead\'s «مهاجم تازه‌وارد آبی‌پوشان» points at him before his name; it is not a statement.',
      'The referee Farrokhnejad is only mentioned; the Croatian midfielder who scored and the Zob Ahan penalty-taker are never named; the league organization («بر اساس آمار»), the club\'s officials («به گفته مسئولان باشگاه», unnamed) and the stadium police («اعلام کرد») are not speakers. Shots are counts with unit شوت (17, 8 and 4 are three figures); «۷ بازیکن» and «۱۱ بازیکن» are two counts; the ticket price is kept with its basis left out.',
    ],
  },
  {
    name: 'footballi-ebrahiminejad-mechelen-transfer', site: 'footballi', photoAt: -1, inlineAt: 4,
    inline: 'سپاهان به دنبال جانشین ابراهیمی‌نژاد؛ دو گزینه خارجی روی میز',
    url: 'https://footballi.net/news/318462/ابراهیمی‌نژاد-با-قراردادی-سه‌ساله-به-مشلن-بلژیک-پیوست',
    title: 'ابراهیمی‌نژاد با قراردادی سه‌ساله به مشلن بلژیک پیوست',
    kicker: 'نقل و انتقالات', date: '۲۷ مرداد ۱۴۰۵ - ۱۳:۱۵',
    lead: 'سینا ابراهیمی‌نژاد، هافبک ملی‌پوش سپاهان، با امضای قراردادی سه‌ساله رسماً به باشگاه مشلن بلژیک پیوست؛ انتقالی که به گفته مدیران سپاهان حدود ۲ میلیون و ۲۰۰ هزار یورو برای این باشگاه درآمد دارد.',
    paras: [
      'به گزارش فوتبالی، مراسم امضای قرارداد دیروز در ورزشگاه مشلن و با حضور این بازیکن ۲۴ ساله و کیارش امین‌فر، مدیر برنامه‌های او، برگزار شد. ابراهیمی‌نژاد فصل گذشته در ۳۴ بازی برای سپاهان به میدان رفت، ۹ گل زد و ۶ پاس گل داد.',
      'فرهاد نوروزی‌پور، مدیرعامل باشگاه سپاهان، درباره جزئیات این انتقال گفت: مشلن ۷۰۰ هزار یورو را همین هفته پرداخت می‌کند و باقی مبلغ در دو قسط تا پایان فصل به حساب باشگاه واریز می‌شود. ما همچنین ۱۵ درصد از مبلغ فروش بعدی بازیکن را در قرارداد گنجانده‌ایم.',
      'وی افزود: سپاهان هیچ‌وقت مانع پیشرفت بازیکنانش نبوده است. با درآمد این انتقال بخشی از بدهی‌های باشگاه را می‌پردازیم و برای جذب یک هافبک خارجی اقدام می‌کنیم.',
      'به گفته مدیرعامل سپاهان، این باشگاه تابستان امسال از فروش بازیکنان به باشگاه‌های خارجی در مجموع حدود ۵ میلیون یورو درآمد داشته است.',
      'امین‌فر که از دو ماه پیش مذاکره با باشگاه بلژیکی را آغاز کرده بود، به فوتبالی گفت: سه باشگاه از بلژیک، پرتغال و ترکیه برای سینا پیشنهاد داده بودند، اما مشلن برنامه روشن‌تری برای او داشت و دقیقه‌های بازی بیشتری تضمین کرد. دستمزد سالانه او در مشلن ۸۵۰ هزار یورو است.',
      'این مدیر برنامه درباره سهم خود از قرارداد نیز توضیح داد که کارمزد او ۱۰ درصد مبلغ انتقال است و این رقم را باشگاه بلژیکی می‌پردازد.',
      'یانیک فن‌درهاوت، مدیر ورزشی مشلن، در گفت‌وگو با رسانه رسمی باشگاه گفت: ما ابراهیمی‌نژاد را از جام ملت‌های آسیا زیر نظر داشتیم. او هافبکی است که هم دفاع می‌کند و هم پاس آخر را خوب می‌دهد و می‌تواند به‌سرعت در لیگ بلژیک جا بیفتد.',
      'ابراهیمی‌نژاد نیز در صفحه شخصی‌اش در اینستاگرام با انتشار عکسی با پیراهن شماره ۸ مشلن نوشت: از هواداران سپاهان برای ۵ سال حمایت بی‌دریغشان تشکر می‌کنم. رؤیای بازی در اروپا را از کودکی داشتم و حالا فصل تازه‌ای از زندگی‌ام شروع می‌شود.',
      'با پیوستن ابراهیمی‌نژاد، شمار بازیکنان ایرانی لیگ بلژیک به ۴ نفر رسید. این هافبک تاکنون ۱۸ بازی ملی انجام داده و نامش در فهرست تیم ملی برای دیدارهای دوستانه شهریور نیز دیده می‌شود.',
    ],
    tags: ['سینا ابراهیمی‌نژاد', 'سپاهان', 'مشلن', 'لژیونرها'],
    caption: 'سینا ابراهیمی‌نژاد با پیراهن مشلن', credit: 'عکس: سایت رسمی باشگاه مشلن',
    related: ['پیشنهاد مشلن به سپاهان رسید', 'لژیونرهای ایرانی در هفته اول لیگ بلژیک', 'سپاهان قرارداد مهاجم برزیلی را تمدید کرد'],
    mostRead: ['شایعات نقل و انتقالات امروز', 'ستاره استقلال در آستانه جدایی', 'قیمت بلیت بازی‌های لیگ برتر اعلام شد', 'ترکیب احتمالی تیم ملی مقابل ازبکستان'],
    comments: [['حسین', 'موفق باشی سینا، حیف که سپاهان او را ارزان فروخت.'], ['نگین', 'لیگ بلژیک پله خوبی برای رفتن به لیگ‌های بزرگ است.']],
    speakers: [
      { name: 'فرهاد نوروزی‌پور', role: 'مدیرعامل باشگاه سپاهان', also_called: ['وی', 'مدیرعامل سپاهان'], statements: 3 },
      { name: 'کیارش امین‌فر', role: 'مدیر برنامه‌های او', also_called: ['امین‌فر', 'این مدیر برنامه'], statements: 2 },
      { name: 'یانیک فن‌درهاوت', role: 'مدیر ورزشی مشلن', also_called: [], statements: 1 },
      { name: 'سینا ابراهیمی‌نژاد', role: 'هافبک ملی‌پوش سپاهان', also_called: ['ابراهیمی‌نژاد'], statements: 1 },
    ],
    speakers_never: ['مدیران سپاهان', 'مشلن', 'باشگاه بلژیکی'],
    figures: [
      { value: 2200000, unit: 'یورو', kind: 'money', about: '«حدود ۲ میلیون و ۲۰۰ هزار یورو» مبلغ انتقال (lead)' },
      { value: 34, unit: 'بازی', kind: 'count', about: 'بازی‌های فصل گذشته' },
      { value: 9, unit: 'گل', kind: 'count', about: 'گل‌های فصل گذشته' },
      { value: 6, unit: 'پاس گل', kind: 'count', about: 'پاس گل‌های فصل گذشته' },
      { value: 700000, unit: 'یورو', kind: 'money', about: 'قسط نخست این هفته' },
      { value: 2, unit: 'قسط', kind: 'count', about: '«دو قسط» (count in words)' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم سپاهان از فروش بعدی' },
      { value: 5000000, unit: 'یورو', kind: 'money', about: '«حدود ۵ میلیون یورو» درآمد سپاهان از فروش بازیکنان' },
      { value: 3, unit: 'باشگاه', kind: 'count', about: '«سه باشگاه» پیشنهاددهنده (count in words)' },
      { value: 850000, unit: 'یورو', kind: 'money', about: 'دستمزد سالانه (kept; «سالانه» is its basis)' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'کارمزد مدیر برنامه' },
      { value: 4, unit: 'نفر', kind: 'count', about: 'بازیکنان ایرانی لیگ بلژیک' },
      { value: 18, unit: 'بازی', kind: 'count', about: 'بازی‌های ملی' },
    ],
    figures_never: ['«قراردادی سه‌ساله»: a duration', '«۲۴ ساله»: an age', '«دو ماه پیش», «۵ سال»: durations', '«دیروز», «همین هفته», «پایان فصل», «تابستان امسال», «شهریور»: dates', '«پیراهن شماره ۸»: a shirt number', '«یک هافبک خارجی»: lone «یک»', 'the transfer card («۲٫۲ میلیون یورو», «تا ژوئن ۲۰۲۹»), «۵ دقیقه مطالعه», comment times: not body'],
    notes: [
      'A transfer story of Footballi as a NEXT.JS APP-ROUTER app (RSC payload in self.__next_f.push chunks, one holding publishedAt «2026-08-18T09:45:00.000Z»; Tailwind utility classes; no __NEXT_DATA__); JSON-LD NewsArticle gives 2026-08-18T13:15:00+03:30 (the gold); the visible date «۲۷ مرداد ۱۴۰۵، ۱۳:۱۵» is a <time dateTime> in UTC with milliseconds; breadcrumb; a TRANSFER CARD above the lead («جزئیات انتقال»: از سپاهان، به مشلن، «مبلغ انتقال ۲٫۲ میلیون یورو», contract to June 2029, دائمی), not body; the lead is a bold paragraph before the cover; an in-body «بخوانید» card after paragraph 5; tags, share, a most-read box and an app/Rubika invite in the sidebar BEFORE the related list and comments in source order; footer).',
      'statements: Nowruzipour: «NAME، ROLE، … گفت:» (multi-sentence quote, once), «وی افزود:» (one), «به گفته مدیرعامل سپاهان، …» (one) = 3; Aminfar is first met IN PASSING at the signing («با حضور … NAME، ROLE»), then speaks by surname: «امین‌فر … به فوتبالی گفت:» (multi-sentence quote, once), and by role alone: «این مدیر برنامه … توضیح داد که …» (one) = 2; his role is given as the body first gives it, «مدیر برنامه‌های او»; Van der Haut (the foreign speaker, Mechelen\'s sporting director): «NAME، ROLE، … گفت:» (one) = 1; Ebrahiminejad (named with his role in the lead, where he does not speak) writes on Instagram: «ابراهیمی‌نژاد نیز … نوشت:» (one) = 1.',
      '«به گفته مدیران سپاهان» in the lead is an unnamed source. «دو قسط» and «سه باشگاه» are counts in words; «۳۴ بازی» and «۱۸ بازی» are two counts with one unit; the yearly wage is kept with its basis left out; «سه‌ساله», «۵ سال» and the age are not figures; the shirt number is not a figure.',
    ],
  },
  {
    name: 'iqna-arbaeen-quran-convoy-closing', site: 'iqna', inlineAt: 4,
    inline: 'برگزاری محافل قرآنی ایرانیان در بین‌الحرمین',
    url: 'https://iqna.ir/fa/news/4301256/اختتامیه-کاروان-قرآنی-اربعین-تجلیل-از-۱۲۰-عضو-کاروان',
    title: 'اختتامیه کاروان قرآنی اربعین؛ تجلیل از ۱۲۰ عضو کاروان',
    kicker: 'فعالیت‌های قرآنی', date: '۲۲ مرداد ۱۴۰۵ - ۱۹:۱۰',
    lead: 'مراسم اختتامیه کاروان قرآنی اربعین حسینی عصر امروز، پنجشنبه ۲۲ مرداد، در تالار سازمان دارالقرآن الکریم در تهران برگزار شد و از ۱۲۰ عضو کاروان، شامل قاریان، حافظان و مداحان اعزامی به عراق، تجلیل شد.',
    paras: [
      'به گزارش ایکنا، اعضای این کاروان در ۱۶ روز حضور در عراق، ۴۵۰ محفل قرآنی در نجف، کربلا، کاظمین و سامرا و در موکب‌های مسیر پیاده‌روی برپا کردند. در این مراسم رضا پرهیزکار، سرپرست گروه قاریان کاروان، و جمعی از پیشکسوتان قرآنی کشور نیز حضور داشتند.',
      'حجت‌الاسلام والمسلمین حسین صدرالدینی، معاون قرآن و عترت سازمان اوقاف و امور خیریه، در این مراسم گفت: کاروان امسال با ۳۰ درصد عضو بیشتر از سال گذشته اعزام شد و برای نخستین بار ۲۴ قاری نوجوان زیر ۱۶ سال نیز در آن حضور داشتند.',
      'وی با اشاره به استقبال زائران از محافل قرآنی افزود: بر اساس برآورد ما، حدود ۸۰۰ هزار نفر به‌صورت حضوری در این محافل شرکت کردند و ویدئوهای تلاوت اعضای کاروان در فضای مجازی بیش از ۶ میلیون بار دیده شد.',
      'معاون قرآن و عترت سازمان اوقاف همچنین از برپایی ۳۸ موکب قرآنی در مسیر نجف تا کربلا خبر داد و گفت هزینه اعزام کاروان حدود ۱۴ میلیارد تومان بوده که بخشی از آن را خیران قرآنی تأمین کرده‌اند.',
      'پرهیزکار که خود در حرم امام حسین (ع) تلاوت کرده بود، در گفت‌وگو با ایکنا گفت: تلاوت در بین‌الحرمین، آن هم در شب اربعین، تجربه‌ای است که هیچ قاری فراموش نمی‌کند. بسیاری از زائران عراقی و پاکستانی پس از تلاوت جلو می‌آمدند و می‌خواستند محفل دوباره برگزار شود.',
      'سرپرست گروه قاریان کاروان افزود که امسال برای نخستین بار ۱۲ محفل ویژه بانوان نیز با حضور قاریان زن در کربلا برگزار شد.',
      'در بخش دیگری از مراسم، پیام تصویری شیخ عماد الخفاجی، مسئول مرکز قرآن کریم آستان مقدس عباسی، پخش شد. الخفاجی در این پیام گفت: همکاری قرآنی با برادران ایرانی در اربعین امسال به اوج خود رسید و آماده‌ایم در ماه مبارک رمضان نیز میزبان قاریان ایرانی در کربلا باشیم.',
      'به گفته وی، ۲۲ کشور در اربعین امسال محفل قرآنی در کربلا برپا کرده بودند که کاروان ایران بزرگ‌ترین آنها بود.',
      'در پایان مراسم به ۱۰ نفر از اعضای برتر کاروان لوح تقدیر و هدیه اهدا شد. ثبت‌نام کاروان قرآنی سال آینده از مهرماه از طریق سامانه سازمان دارالقرآن الکریم آغاز می‌شود.',
    ],
    tags: ['کاروان قرآنی اربعین', 'سازمان اوقاف و امور خیریه', 'سازمان دارالقرآن الکریم', 'اربعین ۱۴۰۵'],
    caption: 'نمایی از مراسم اختتامیه کاروان قرآنی اربعین', credit: 'عکس: ایکنا',
    related: ['تلاوت قاریان ایرانی در صحن حرم حضرت عباس (ع)', 'فراخوان جذب قاری برای کاروان قرآنی اربعین', 'محفل انس با قرآن در موکب‌های عمود ۷۰۰'],
    mostRead: ['نتایج مرحله استانی مسابقات قرآن اعلام شد', 'تلاوت مجلسی سوره فجر', 'زمان برگزاری آزمون حفظ سازمان دارالقرآن', 'قاری جوان ایرانی در مسابقات مالزی'],
    comments: [['فاطمه', 'خدا قوت به همه اعضای کاروان؛ محفل بین‌الحرمین بسیار باشکوه بود.']],
    speakers: [
      { name: 'حسین صدرالدینی', role: 'معاون قرآن و عترت سازمان اوقاف و امور خیریه', also_called: ['وی', 'معاون قرآن و عترت سازمان اوقاف'], statements: 3 },
      { name: 'رضا پرهیزکار', role: 'سرپرست گروه قاریان کاروان', also_called: ['پرهیزکار'], statements: 2 },
      { name: 'عماد الخفاجی', role: 'مسئول مرکز قرآن کریم آستان مقدس عباسی', also_called: ['الخفاجی', 'وی'], statements: 2 },
    ],
    speakers_never: ['سازمان دارالقرآن الکریم', 'سازمان اوقاف و امور خیریه', 'خیران قرآنی', 'زائران عراقی و پاکستانی'],
    figures: [
      { value: 120, unit: 'عضو', kind: 'count', about: '«۱۲۰ عضو کاروان» (title, lead)' },
      { value: 450, unit: 'محفل', kind: 'count', about: 'محافل قرآنی کاروان در عراق' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'افزایش اعضای کاروان نسبت به پارسال' },
      { value: 24, unit: 'قاری', kind: 'count', about: 'قاریان نوجوان' },
      { value: 800000, unit: 'نفر', kind: 'count', about: '«حدود ۸۰۰ هزار نفر» شرکت‌کننده حضوری' },
      { value: 6000000, unit: 'بار', kind: 'count', about: '«بیش از ۶ میلیون بار» بازدید ویدئوها' },
      { value: 38, unit: 'موکب', kind: 'count', about: 'موکب‌های قرآنی مسیر نجف تا کربلا' },
      { value: 14000000000, unit: 'تومان', kind: 'money', about: '«حدود ۱۴ میلیارد تومان» هزینه اعزام' },
      { value: 12, unit: 'محفل', kind: 'count', about: 'محافل ویژه بانوان' },
      { value: 22, unit: 'کشور', kind: 'count', about: 'کشورهای برپاکننده محفل در کربلا' },
      { value: 10, unit: 'نفر', kind: 'count', about: 'اعضای برتر تقدیرشده' },
    ],
    figures_never: ['«پنجشنبه ۲۲ مرداد», «عصر امروز», «سال گذشته», «شب اربعین», «اربعین امسال», «ماه مبارک رمضان», «سال آینده», «مهرماه»: dates', '«۱۶ روز»: a duration', '«زیر ۱۶ سال»: an age', '«نخستین بار»: ordinal', 'the header\'s three dates, the rutitr, the second read-more link and the tag «اربعین ۱۴۰۵»: not body'],
    notes: [
      'An event report of IQNA, the Iran Quran News Agency (agency CMS): a LANGUAGE BAR (فارسی، العربية، English، Türkçe، اردو، Français) above the logo and slogan; the header date in three calendars (Jalali, Hijri «۲۸ صفر ۱۴۴۸», Gregorian); a service path; «کد خبر» and the date with the TIME FIRST, «تاریخ انتشار: ۱۹:۱۰ - ۲۲ مرداد ۱۴۰۵»; JSON-LD NewsArticle gives 2026-08-13T19:10:00+03:30 (the gold); a RUTITR «معاون قرآن و عترت اوقاف:» above the title (the agency\'s quote-label, not body); lead as div.iq-summary; photo; an in-body «بیشتر بخوانید:» box with a LIST of two links after paragraph 5, and a «گزارش تصویری این مراسم را ببینید» link as the last paragraph-like line of the body container, both not body; tags, the messengers invite, related, comments, most-viewed, footer).',
      'statements: Sadreddini: «NAME، ROLE، در این مراسم گفت:» (one), «وی … افزود:» (one), «ROLE-ALONE (a shorter form) همچنین از … خبر داد و گفت …» (one) = 3; Parhizkar is first met IN PASSING among those present, then speaks by surname: «پرهیزکار … در گفت‌وگو با ایکنا گفت:» (multi-sentence quote, once), and by role alone: «سرپرست گروه قاریان کاروان افزود که …» (one) = 2; Al-Khafaji (the foreign speaker, an official of the Abbas shrine in Karbala) is first met as the sender of a video message that was played, then speaks: «الخفاجی در این پیام گفت:» (one), «به گفته وی، …» (one) = 2. Names are given without the titles «حجت‌الاسلام والمسلمین» and «شیخ».',
      'The Dar al-Quran organization and the Endowments organization are organizations; the donors and pilgrims are unnamed groups. «۴۵۰ محفل» and «۱۲ محفل», «۸۰۰ هزار نفر» and «۱۰ نفر» are pairs of distinct figures; «۶ میلیون بار» (views) is a count with unit بار; «۱۶ روز» is a duration and «زیر ۱۶ سال» an age.',
    ],
  },
  {
    name: 'hawzah-seminary-admissions-1405', site: 'hawzah', inlineAt: 5,
    inline: 'آزمون ورودی حوزه‌های علمیه؛ زمان و شرایط اعلام شد',
    url: 'https://www.hawzahnews.com/news/1298734/پذیرش-۱۸-هزار-طلبه-جدید-در-حوزه-های-علمیه',
    title: 'پذیرش ۱۸ هزار طلبه جدید در حوزه‌های علمیه',
    kicker: 'حوزه', date: '۲۵ مرداد ۱۴۰۵ - ۱۱:۰۵',
    lead: 'معاون آموزش حوزه‌های علمیه از پذیرش ۱۸ هزار طلبه جدید در حوزه‌های علمیه برادران برای سال تحصیلی پیش رو خبر داد و گفت: شمار داوطلبان امسال نسبت به سال گذشته ۱۲ درصد افزایش یافته است.',
    paras: [
      'به گزارش خبرگزاری حوزه، حجت‌الاسلام والمسلمین احمد رضوانی‌مهر صبح امروز در نشستی خبری در سالن اجتماعات مدرسه علمیه فیضیه قم گفت: امسال ۴۲ هزار نفر در فراخوان پذیرش ثبت‌نام کردند که پس از مصاحبه علمی و گزینش، پذیرش حدود ۴۳ درصد آنان قطعی شد. در این نشست معصومه شریعت‌پناه، مدیر پذیرش حوزه‌های علمیه خواهران، نیز حضور داشت.',
      'وی افزود: حدود ۲۸ درصد پذیرفته‌شدگان امسال دانش‌آموخته دانشگاه هستند و بیش از ۶۰۰ نفر از آنان مدرک کارشناسی ارشد یا دکتری دارند. این نشان می‌دهد نسل جوان تحصیل‌کرده با انگیزه علمی به حوزه می‌آید.',
      'رضوانی‌مهر درباره ظرفیت مدارس علمیه گفت: طلاب جدید در ۳۵۰ مدرسه علمیه در سراسر کشور تحصیل خواهند کرد و ۶۰ مدرسه از این تعداد در شهرستان‌های کم‌برخوردار قرار دارد. اولویت ما این است که طلبه در شهر خود درس بخواند و برای تحصیل سطح یک مجبور به مهاجرت نباشد.',
      'این مقام حوزوی همچنین از افزایش کمک‌هزینه تحصیلی طلاب پایه اول خبر داد و گفت: این کمک‌هزینه از مهرماه به ماهانه ۳ میلیون و ۲۰۰ هزار تومان می‌رسد.',
      'شریعت‌پناه نیز در ادامه این نشست درباره پذیرش حوزه‌های علمیه خواهران گفت: امسال ۱۵ هزار داوطلب در حوزه‌های خواهران ثبت‌نام کردند و ۷ هزار و ۵۰۰ نفر پذیرفته شدند. بیش از نیمی از پذیرفته‌شدگان در رشته‌های تخصصی تفسیر و مشاوره تحصیل خواهند کرد.',
      'مدیر پذیرش حوزه‌های علمیه خواهران با اشاره به آموزش مجازی افزود که ۲ هزار و ۴۰۰ نفر از پذیرفته‌شدگان، به‌ویژه بانوان خانه‌دار و شاغل، دروس خود را به‌صورت غیرحضوری می‌گذرانند.',
      'آیت‌الله محمدجواد طاهری‌نسب، استاد درس خارج فقه حوزه علمیه قم، نیز در گفت‌وگو با خبرنگار خبرگزاری حوزه درباره افزایش داوطلبان دانشگاهی گفت: حضور دانش‌آموختگان دانشگاه فرصت است، اما نظام آموزشی حوزه باید برای آنان دوره‌های فشرده طراحی کند تا ۱۰ سال را صرف دروسی نکنند که پیش‌تر خوانده‌اند.',
      'به گفته این استاد حوزه، در درس خارج او امسال ۱۴۰ طلبه حضور دارند که ۴۵ نفر از آنان پیش از ورود به حوزه در دانشگاه تحصیل کرده‌اند.',
      'جامعةالمصطفی العالمیة نیز پیش‌تر اعلام کرده بود برای سال تحصیلی جدید از ۸۵ کشور طلبه غیرایرانی می‌پذیرد. آزمون ورودی مرحله دوم حوزه‌های علمیه ۱۴ شهریور برگزار می‌شود.',
    ],
    tags: ['پذیرش حوزه', 'طلاب', 'حوزه‌های علمیه خواهران', 'مدرسه فیضیه'],
    caption: 'نشست خبری معاون آموزش حوزه‌های علمیه در مدرسه فیضیه', credit: 'عکس: خبرگزاری حوزه',
    related: ['آغاز سال تحصیلی حوزه‌ها از ۱۵ مهر', 'برنامه‌های جدید آموزشی حوزه‌های علمیه خواهران', 'دیدار طلاب جوان با مراجع تقلید'],
    mostRead: ['پیام تسلیت به مناسبت رحلت استاد اخلاق حوزه', 'برگزاری همایش تبلیغ در قم', 'احکام شرعی سفر اربعین', 'اعزام مبلغان به مناطق محروم'],
    comments: [['طلبه پایه سه', 'ای کاش کمک‌هزینه طلاب متأهل هم افزایش یابد.']],
    speakers: [
      { name: 'احمد رضوانی‌مهر', role: 'معاون آموزش حوزه‌های علمیه', also_called: ['وی', 'رضوانی‌مهر', 'این مقام حوزوی'], statements: 5 },
      { name: 'معصومه شریعت‌پناه', role: 'مدیر پذیرش حوزه‌های علمیه خواهران', also_called: ['شریعت‌پناه'], statements: 2 },
      { name: 'محمدجواد طاهری‌نسب', role: 'استاد درس خارج فقه حوزه علمیه قم', also_called: ['این استاد حوزه'], statements: 2 },
    ],
    speakers_never: ['جامعةالمصطفی العالمیة'],
    figures: [
      { value: 18000, unit: 'طلبه', kind: 'count', about: '«۱۸ هزار طلبه جدید» (title, lead)' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'افزایش داوطلبان (lead)' },
      { value: 42000, unit: 'نفر', kind: 'count', about: 'ثبت‌نام‌کنندگان فراخوان' },
      { value: 43, unit: 'درصد', kind: 'percent', about: '«حدود ۴۳ درصد» پذیرش قطعی' },
      { value: 28, unit: 'درصد', kind: 'percent', about: 'سهم دانش‌آموختگان دانشگاه' },
      { value: 600, unit: 'نفر', kind: 'count', about: '«بیش از ۶۰۰ نفر» با مدرک ارشد یا دکتری' },
      { value: 350, unit: 'مدرسه', kind: 'count', about: 'مدارس علمیه محل تحصیل' },
      { value: 60, unit: 'مدرسه', kind: 'count', about: 'مدارس در شهرستان‌های کم‌برخوردار' },
      { value: 3200000, unit: 'تومان', kind: 'money', about: '«ماهانه ۳ میلیون و ۲۰۰ هزار تومان» کمک‌هزینه (kept; «ماهانه» is its basis)' },
      { value: 15000, unit: 'داوطلب', kind: 'count', about: 'داوطلبان حوزه‌های خواهران' },
      { value: 7500, unit: 'نفر', kind: 'count', about: 'پذیرفته‌شدگان خواهران' },
      { value: 2400, unit: 'نفر', kind: 'count', about: 'پذیرفته‌شدگان غیرحضوری' },
      { value: 140, unit: 'طلبه', kind: 'count', about: 'طلاب درس خارج این استاد' },
      { value: 45, unit: 'نفر', kind: 'count', about: 'طلاب دانشگاه‌دیده درس او' },
      { value: 85, unit: 'کشور', kind: 'count', about: 'کشورهای طلاب غیرایرانی جامعةالمصطفی' },
    ],
    figures_never: ['«سال تحصیلی پیش رو», «سال گذشته», «صبح امروز», «مهرماه», «۱۴ شهریور», «سال تحصیلی جدید»: dates', '«۱۰ سال»: a duration', '«سطح یک», «پایه اول», «مرحله دوم»: levels and ordinals', '«بیش از نیمی»: vague', 'the prayer-times box (اذان صبح ۰۴:۵۱ …), the header\'s three dates, the hadith of the day: not body'],
    notes: [
      'A seminary official\'s statement on Hawzah News, the seminaries\' news agency (agency CMS): a LANGUAGE BAR (فارسی، العربية، English، اردو، Azərbaycan); the header date in THREE CALENDARS (Jalali, Hijri «۲ ربیع‌الاول ۱۴۴۸», Gregorian «۱۶ August ۲۰۲۶»); service line with «کد خبر» and <time datetime> «۲۵ مرداد ۱۴۰۵ - ۱۱:۰۵»; NO JSON-LD, meta article:published_time gives 2026-08-16T11:05:00+03:30 (the gold); lead with the ROLE-ONLY first statement; photo; an in-body «بیشتر بخوانید:» link after paragraph 6; tags, share, an Eitaa channel invite, related, comments; a sidebar with a PRAYER-TIMES box for Qom (four times in Persian digits), a «حدیث روز» box with a hadith and its Persian rendering, and «آخرین اخبار»; footer).',
      'statements: Rezvanimehr speaks first by role alone in the lead: «ROLE از پذیرش … خبر داد و گفت:» (one), then by name without role: «حجت‌الاسلام والمسلمین NAME … گفت:» (multi-sentence quote, once), «وی افزود:» (one), «رضوانی‌مهر … گفت:» (one), «این مقام حوزوی همچنین … خبر داد و گفت:» (one) = 5; his role is the role-alone form of the lead. Shariatpanah is first met IN PASSING as present at the press conference, then speaks by surname: «شریعت‌پناه نیز … گفت:» (multi-sentence quote, once), and by role alone: «مدیر پذیرش حوزه‌های علمیه خواهران … افزود که …» (one) = 2; Taherinasab: «NAME، ROLE، نیز … گفت:» (one), «به گفته این استاد حوزه، …» (one) = 2. Names are given without the titles «حجت‌الاسلام والمسلمین» and «آیت‌الله».',
      'Al-Mustafa International University («اعلام کرده بود») is an organization. «۱۸ هزار طلبه» and «۱۴۰ طلبه» share a unit; «۴۲ هزار نفر», «۶۰۰ نفر», «۷ هزار و ۵۰۰ نفر», «۲ هزار و ۴۰۰ نفر» and «۴۵ نفر» are five distinct counts; «۱۵ هزار داوطلب» is a count with unit داوطلب; the monthly allowance is kept with its basis left out; «سطح یک» is a level name, not a figure.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// One page that is not an article (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [team, played, won, drawn, lost, goals for, goals against, points]. */
const TABLE: [string, number, number, number, number, number, number, number][] = [
  ['استقلال', 2, 2, 0, 0, 5, 1, 6], ['سپاهان', 2, 2, 0, 0, 4, 1, 6], ['تراکتور', 2, 1, 1, 0, 3, 1, 4], ['پرسپولیس', 2, 1, 1, 0, 2, 0, 4],
  ['فولاد', 2, 1, 0, 1, 2, 3, 3], ['گل‌گهر', 2, 0, 2, 0, 1, 1, 2], ['ملوان', 2, 0, 2, 0, 2, 2, 2], ['مس رفسنجان', 2, 0, 1, 1, 1, 2, 1],
  ['خیبر', 2, 0, 1, 1, 2, 4, 1], ['ذوب‌آهن', 2, 0, 1, 1, 2, 4, 1],
];

/** [home, home goals, away goals, away, state]. */
const MATCHES: [string, string, string, string, string][] = [
  ['فولاد', '۲', '۰', 'ذوب‌آهن', 'پایان'], ['سپاهان', '۱', '۰', 'ملوان', 'پایان'], ['پرسپولیس', '۱', '۰', 'مس رفسنجان', 'پایان'],
  ['تراکتور', '۱', '۱', 'خیبر', 'دقیقه ۶۷'], ['گل‌گهر', '-', '-', 'استقلال', '۲۰:۴۵'],
];

function varzesh3Table(): NonArt {
  const title = 'جدول لیگ برتر فوتبال ایران';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ورزش سه | جدول لیگ برتر و نتایج زنده</title>
<meta name="description" content="جدول رده‌بندی لیگ برتر فوتبال ایران، نتایج زنده و برنامه بازی‌های هفته">
<link rel="canonical" href="https://www.varzesh3.com/table/iran-pro-league">
<link rel="stylesheet" href="https://www.varzesh3.com/content/css/site.min.css?v=8.4.1">
</head>
<body class="table-page">
<div class="top-live"><span class="title">مسابقات امروز</span><ul>${MATCHES.map(([h, hg, ag, a, s]) => `<li>${h} ${hg} - ${ag} ${a} <i>${s}</i></li>`).join('')}</ul></div>
<header class="main-header"><a class="logo" href="https://www.varzesh3.com/"><img src="https://www.varzesh3.com/content/images/logo.png" alt="ورزش سه"></a>
<nav class="main-menu"><a href="https://www.varzesh3.com/">صفحه اصلی</a> <a href="https://www.varzesh3.com/news/category/1">فوتبال ایران</a> <a href="https://www.varzesh3.com/news/category/2">فوتبال جهان</a> <a href="https://www.varzesh3.com/livescore">نتایج زنده</a> <a class="active" href="https://www.varzesh3.com/table">جدول لیگ‌ها</a></nav></header>
<div class="container"><div class="row">
<main class="col-lg-8">
<div class="league-tabs"><a class="active" href="https://www.varzesh3.com/table/iran-pro-league">لیگ برتر ایران</a> <a href="https://www.varzesh3.com/table/azadegan">لیگ دسته یک</a> <a href="https://www.varzesh3.com/table/premier-league">لیگ برتر انگلیس</a> <a href="https://www.varzesh3.com/table/laliga">لالیگا</a> <a href="https://www.varzesh3.com/table/serie-a">سری آ</a></div>
<h1 class="page-title">${title}</h1>
<div class="season">فصل ۱۴۰۵-۱۴۰۶ | پس از هفته ${persian(2)}</div>
<table class="standing"><thead><tr><th>#</th><th>تیم</th><th>بازی</th><th>برد</th><th>مساوی</th><th>باخت</th><th>زده</th><th>خورده</th><th>تفاضل</th><th>امتیاز</th></tr></thead><tbody>
${TABLE.map(([t, p, w, d, l, gf, ga, pts], i) => `<tr><td>${persian(i + 1)}</td><td><a href="https://www.varzesh3.com/team/${1200 + i}">${t}</a></td><td>${persian(p)}</td><td>${persian(w)}</td><td>${persian(d)}</td><td>${persian(l)}</td><td>${persian(gf)}</td><td>${persian(ga)}</td><td>${gf - ga > 0 ? '+' : ''}${persian(gf - ga).replace('-', '−')}</td><td><b>${persian(pts)}</b></td></tr>`).join('\n')}
</tbody></table>
<p class="table-legend"><span class="acl">سهمیه لیگ نخبگان آسیا</span> <span class="drop">سقوط به لیگ دسته یک</span></p>
<section class="week-games"><h2>نتایج و برنامه هفته سوم</h2><ul>
${MATCHES.map(([h, hg, ag, a, s]) => `<li class="match"><span class="home">${h}</span> <span class="score">${hg} - ${ag}</span> <span class="away">${a}</span> <span class="state">${s}</span></li>`).join('\n')}
</ul></section>
<section class="scorers"><h2>جدول گلزنان</h2><ol><li>آرمان قلی‌زاده (استقلال) <b>${persian(3)}</b></li><li>مهدی ترابیان (ذوب‌آهن) <b>${persian(1)}</b></li></ol></section>
</main>
<aside class="col-lg-4 sidebar"><div class="widget most-viewed"><h3>پربازدیدترین اخبار</h3><ol><li><a href="https://www.varzesh3.com/news/2104377">استقلال با درخشش قلی‌زاده از سد ذوب‌آهن گذشت</a></li><li><a href="https://www.varzesh3.com/news/2104401">پرسپولیس در خانه متوقف شد</a></li></ol></div>
<div class="widget app"><a href="https://www.varzesh3.com/app">دانلود اپلیکیشن ورزش سه</a></div></aside>
</div></div>
<footer class="main-footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به ورزش سه است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-varzesh3-league-table-live', markup: 'league-table-varzesh3', url: 'https://www.varzesh3.com/table/iran-pro-league', title, html,
    notes: ['A LEAGUE TABLE and LIVE SCORES page of Varzesh3: the header\'s live strip (three finished games, one in the 67th minute, one not started), league tabs, the heading as <h1>, the season line, a ten-team standings table (played, won, drawn, lost, goals, difference, points), a legend, the week\'s results and fixtures list, a top-scorers list, a most-viewed box with two headlines, app link, footer. Numbers and team names only, no running text: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [varzesh3Table()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout24', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '52108', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
