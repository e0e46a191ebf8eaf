// Builds the TWENTY-SEVENTH held-out fixture set, tests/fixtures/heldout27/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Six article pages in the markup of six Persian news sites that earlier sets showed
// only as non-articles or not at all: the seminary news agency Rasa (IranSamaneh CMS, a rutitr naming the
// speaker's office, a lead photo whose caption is the speaker's name and office, the editor's code
// «/۹۸۸/ ن» closing the text), the student news agency PANA (an ASP.NET WebForms page: the whole page inside
// <form id="form1"> with __VIEWSTATE, #Content_rutitr / #Content_title / #Content_UnderTitle deck /
// #Content_lid with a «تهران (پانا) -» dateline, microdata datePublished), the book news agency IBNA
// (Nastooh CMS: .item-date, .item-summary, .item-text, JSON-LD datePublished in UTC with «Z»), Fararu
// (IranSamaneh: «تاریخ انتشار: ۱۲:۳۰ - ۰۸ مرداد ۱۴۰۵» with the time BEFORE the date, an exchange-rate strip,
// in-body «بیشتر بخوانید», sponsored «رپورتاژ» links), Aftab News (IranSamaneh: .col_r_inner_news, the label
// div.aftab_news «آفتاب‌نیوز :» opening the body, a native ad inside the text, no date metadata at all) and
// the daily Resalat on WordPress with the tagDiv «Newspaper» theme (Jalali date in LATIN digits, Yoast
// times in UTC, the theme's <time datetime> in +03:30, «مقاله قبلی / مقاله بعدی»); and two non-article
// pages (a Fararu author page, IBNA's «تازه‌های نشر» list of new books). All six texts were written for this
// set; the names of all quoted officials, experts, publishers, students and clerics are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout27.ts          (build + check)
//        npx tsx scripts/build-heldout27.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout27');

/** An article of this set: the shared fields plus the headline furniture some sites print around the title. */
interface Art27 extends Art {
  /** The line above the title (rutitr / kicker), not body. */ rutitr?: string;
  /** A second headline under the title (PANA's #Content_UnderTitle), not body. */ deck?: string;
}
const a27 = (c: Ctx) => c.a as Art27;

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** The instant in UTC as Nastooh's JSON-LD writes it, «2026-07-29T11:00:00Z». */
const utcZ = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', 'Z');
/** The instant in UTC as Yoast writes it, «2026-08-03T03:45:00+00:00». */
const utcPlus0 = (c: Ctx, plusMin = 0) => new Date(new Date(c.iso).getTime() + plusMin * 60000).toISOString().replace('.000Z', '+00:00');
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
const pathOf = (url: string) => new URL(url).pathname;

// ---------------------------------------------------------------------------------------------
// Article markups, one per site family: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Rasa, the news agency of the seminaries (rasanews.ir) on the IRANSAMANEH CMS (/fa/news/<id>/<slug>,
  // /client/themes/fa/main/…, .news_path breadcrumb, div.news_content with .news_id_c and .news_pdate_c, .rutitr,
  // h1.title, .subtitle, .lead_image with a VISIBLE caption, .body, .tags_title, the IranSamaneh comment
  // counters «انتشار یافته / در انتظار بررسی / غیر قابل انتشار»); the language editions in the top bar
  // (English, العربية, اردو); JSON-LD NewsArticle with datePublished +03:30; the date shown with a zero-padded
  // day «۰۴ مرداد ۱۴۰۵ - ۱۱:۲۰»; the rutitr is the speaker's office with a colon; the LEAD PHOTO'S CAPTION IS
  // THE SPEAKER'S NAME AND OFFICE; the text closes with the editor's code «/۹۸۸/ ن» as its own paragraph.
  rasanews: {
    site: 'خبرگزاری رسا',
    boiler: ['پایگاه خبری حوزه‌های علمیه و روحانیت', 'کد خبر', 'برچسب‌ها', 'لینک کوتاه', 'نسخه چاپی', 'اخبار مرتبط', 'نظرات بینندگان', 'انتشار یافته', 'در انتظار بررسی', 'پربیننده‌ترین', 'کلیه حقوق این سایت متعلق به خبرگزاری رسا می‌باشد'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - خبرگزاری رسا</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:type" content="article">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="خبرگزاری رسا">
<meta property="og:image" content="https://rasanews.ir/files/fa/news/1405/5/4/${c.id}_584.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="https://rasanews.ir/002Qk7">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, image: [`https://rasanews.ir/files/fa/news/1405/5/4/${c.id}_584.jpg`], publisher: { '@type': 'Organization', name: 'خبرگزاری رسا', logo: { '@type': 'ImageObject', url: 'https://rasanews.ir/client/themes/fa/main/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://rasanews.ir/client/themes/fa/main/css/news.css?v=4.1">
</head>
<body class="news_page">
<div class="top_bar"><span class="today_date">${weekday(c)} ${faDate(c)}</span> <a href="https://rasanews.ir/fa/rss">RSS</a> <a href="https://rasanews.ir/fa/archive">آرشیو</a> <a href="https://rasanews.ir/fa/about">درباره ما</a> <a href="https://rasanews.ir/fa/contact">تماس با ما</a> <span class="langs"><a href="https://en.rasanews.ir/">English</a> <a href="https://ar.rasanews.ir/">العربية</a> <a href="https://ur.rasanews.ir/">اردو</a></span></div>
<header class="header"><a href="https://rasanews.ir/"><img src="https://rasanews.ir/client/themes/fa/main/img/logo.png" alt="خبرگزاری رسا"></a><span class="slogan">پایگاه خبری حوزه‌های علمیه و روحانیت</span>
<form class="search_form" action="https://rasanews.ir/fa/search"><input type="text" name="query" placeholder="جستجو"><button type="submit">جستجو</button></form></header>
<nav class="main_menu"><a href="https://rasanews.ir/">صفحه نخست</a> <a href="https://rasanews.ir/fa/service/hawzah">حوزه</a> <a href="https://rasanews.ir/fa/service/maraje">مراجع و علما</a> <a href="https://rasanews.ir/fa/service/politics">سیاسی</a> <a href="https://rasanews.ir/fa/service/culture">فرهنگی</a> <a href="https://rasanews.ir/fa/service/society">اجتماعی</a> <a href="https://rasanews.ir/fa/service/world">بین‌الملل</a> <a href="https://rasanews.ir/fa/service/provinces">استان‌ها</a> <a href="https://rasanews.ir/fa/multimedia">چندرسانه‌ای</a></nav>
<div class="container">
<div class="col_right">
<div class="news_path"><a href="https://rasanews.ir/">صفحه نخست</a> » <a href="https://rasanews.ir/fa/service/hawzah">${esc(c.a.kicker)}</a> » <a href="https://rasanews.ir/fa/service/hawzah/admission">پذیرش و آموزش</a></div>
<div class="news_content">
<div class="news_nav"><span class="news_pdate_c">${persian(c.d)} ${c.mn} ${persian(c.y)} - ${faTime(c)}</span> <span class="news_id_c">کد خبر: ${persian(c.id)}</span></div>
<div class="rutitr">${esc(a27(c).rutitr ?? '')}</div>
<h1 class="title"><a href="${esc(pathOf(c.a.url))}">${esc(c.a.title)}</a></h1>
<div class="subtitle">${esc(c.a.lead ?? '')}</div>
<div class="lead_image"><img class="image_btn" src="https://rasanews.ir/files/fa/news/1405/5/4/${c.id}_584.jpg" alt="${esc(c.a.caption)}" title="${esc(c.a.caption)}"><div class="lead_image_caption">${esc(c.a.caption)}</div></div>
<div class="body">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '')}
<p style="text-align: justify;">/${persian(988)}/ ن</p>
</div>
<div class="tags_title">برچسب‌ها</div><div class="tags">${tagLinks(c, 'https://rasanews.ir/fa/tag/1/', ' ')}</div>
<div class="news_tools"><span class="short_link">لینک کوتاه: rasanews.ir/002Qk7</span> <a href="https://rasanews.ir/fa/print/${c.id}">نسخه چاپی</a> <a href="https://rasanews.ir/fa/send/${c.id}">ارسال به دوستان</a> <a href="https://eitaa.com/share/url?url=https://rasanews.ir/002Qk7">ایتا</a> <a href="https://ble.ir/share/url?url=https://rasanews.ir/002Qk7">بله</a> <a href="https://t.me/share/url?url=https://rasanews.ir/002Qk7">تلگرام</a></div>
</div>
<div class="related_news"><div class="box_title">اخبار مرتبط</div><ul>
${li(c.a.related, 'https://rasanews.ir/fa/news/', Number(c.id) - 214)}
</ul></div>
<div class="comments_box"><div class="box_title">نظرات بینندگان</div>
<div class="comm_counter"><span>انتشار یافته: ${persian(c.a.comments.length)}</span> <span>در انتظار بررسی: ${persian(0)}</span> <span>غیر قابل انتشار: ${persian(0)}</span></div>
${comments(c, (n, t) => `<div class="comments_item"><div class="comm_info"><span class="comm_info_name">${n}</span> <span class="comm_info_date">${persian(c.d)} ${c.mn} ${persian(c.y)} - ${persian('13:02')}</span></div><div class="comments">${t}</div></div>`)}
<form class="comment_form"><div class="box_title">نظر شما</div><input type="text" placeholder="نام"><input type="text" placeholder="ایمیل"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></div>
</div>
<div class="col_left">
<div class="most_viewed"><div class="box_title">پربیننده‌ترین</div><ol>
${li(c.a.mostRead, 'https://rasanews.ir/fa/news/', Number(c.id) - 1322)}
</ol></div>
<div class="photo_reports"><div class="box_title">گزارش تصویری</div><a href="https://rasanews.ir/fa/news/${Number(c.id) - 40}"><img src="https://rasanews.ir/files/fa/news/1405/5/3/thumb.jpg" alt="">درس خارج فقه در مسجد اعظم قم</a></div>
</div>
</div>
<footer class="footer"><p>کلیه حقوق این سایت متعلق به خبرگزاری رسا می‌باشد. نقل مطالب با ذکر منبع بلامانع است.</p><p>قم، خیابان معلم</p></footer>
<script src="https://rasanews.ir/client/themes/fa/main/js/news.js?v=4.1"></script>
</body>
</html>
`,
  },

  // PANA, the students' news agency (pana.ir), an ASP.NET WEBFORMS page: the whole body sits inside
  // <form method="post" id="form1"> with the hidden __VIEWSTATE / __VIEWSTATEGENERATOR / __EVENTVALIDATION
  // fields; the section in the URL («/بخش-آموزش-و-پرورش-2/<id>-<slug>»); the old data-vocabulary breadcrumb
  // (#breadCrumbsContainer [itemprop=title]); article[itemscope] with a <meta itemprop="datePublished"> (the
  // only machine date) and the visible «۱۴۰۵/۰۵/۰۵ - ۱۰:۴۵» in #Content_publishdate; «کد مطلب» and a short-link
  // button with its toast «لینک کوتاه کپی شد»; #Content_rutitr (the speaker's office with a colon),
  // #Content_title, a SECOND HEADLINE #Content_UnderTitle (not body), #Content_lid (the lead, opening with
  // the dateline «تهران (پانا) -»), .NewsText with an in-body «بخوانید:» link, the byline of the student
  // reporter and the editor, #keyWordContainer with <strong> tags, messenger share row, a banner for the
  // student-journalist courses, related, most-viewed, comments, footer.
  pana: {
    site: 'خبرگزاری پانا',
    boiler: ['خبرگزاری دانش‌آموزی ایران', 'کد مطلب', 'لینک کوتاه کپی شد', 'بخوانید:', 'کلیدواژه‌ها', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'ارسال نظر', 'ثبت‌نام دوره‌های آموزش خبرنگاری دانش‌آموزی آغاز شد', 'تمامی حقوق مادی و معنوی این سایت متعلق به خبرگزاری پانا است', 'رادیو پانا'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	${esc(c.a.title)} - خبرگزاری پانا
</title><meta name="description" content="${esc(c.a.lead ?? '')}" /><meta name="keywords" content="${esc(c.a.tags.join('،'))}" /><meta property="og:title" content="${esc(c.a.title)}" /><meta property="og:type" content="article" /><meta property="og:site_name" content="خبرگزاری پانا" /><meta property="og:image" content="https://www.pana.ir/Images/News/Larg_Pic/5-5-1405/IMAGE638${c.id}.jpg" /><link rel="canonical" href="${esc(c.a.url)}" /><link href="/Content/css/bootstrap.rtl.min.css?v=3" rel="stylesheet" /><link href="/Content/css/site.css?v=3.7" rel="stylesheet" /></head>
<body>
<form method="post" action="./${c.id}-${esc(c.a.url.split(`/${c.id}-`)[1] ?? '')}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTE2NzQ1MjQ3Mg9kFgJmD2QWAgIDD2QWBAIBDxYCHgRUZXh0BQrYp9iu2KjYp9ixZGS5qk0e2yEzq1Wk8m1pQ7c3c6N0Vg==" />
</div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOu3k2n6Jb1f0tq8l5c2cQxKhoCyVdJtLIis5AgYZ/RYe4sciJO3Hoc68xTFtZGQEgvbq0=" />
</div>
<header class="pana-header"><div class="top-line"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://www.pana.ir/radio">رادیو پانا</a> <a href="https://www.pana.ir/static/page/about">درباره پانا</a> <a href="https://www.pana.ir/static/page/contact">تماس با ما</a></div>
<a class="logo" href="https://www.pana.ir/"><img src="/Content/img/logo-pana.png" alt="پانا" /><span>خبرگزاری دانش‌آموزی ایران</span></a>
<nav class="main-menu"><ul><li><a href="https://www.pana.ir/بخش-آموزش-و-پرورش-2">آموزش و پرورش</a></li><li><a href="https://www.pana.ir/بخش-دانش-آموزی-9">دانش‌آموزی</a></li><li><a href="https://www.pana.ir/بخش-تشکل-های-دانش-آموزی-160">تشکل‌های دانش‌آموزی</a></li><li><a href="https://www.pana.ir/بخش-استان-ها-4">استان‌ها</a></li><li><a href="https://www.pana.ir/بخش-فرهنگی-و-هنری-6">فرهنگی و هنری</a></li><li><a href="https://www.pana.ir/بخش-علمی-7">علمی</a></li><li><a href="https://www.pana.ir/بخش-ورزشی-8">ورزشی</a></li><li><a href="https://www.pana.ir/photo">عکس</a></li><li><a href="https://www.pana.ir/video">فیلم</a></li></ul></nav></header>
<div class="ad-banner"><a href="https://www.pana.ir/static/page/khabarnegari"><img src="/Images/banners/khabarnegari-1405.gif" alt="" />ثبت‌نام دوره‌های آموزش خبرنگاری دانش‌آموزی آغاز شد</a></div>
<div class="container"><div class="row">
<div class="col-md-8">
<div id="breadCrumbsContainer"><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="https://www.pana.ir/" itemprop="url"><span itemprop="title">پانا</span></a></span> » <span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="https://www.pana.ir/بخش-آموزش-و-پرورش-2" itemprop="url"><span itemprop="title">${esc(c.a.kicker)}</span></a></span></div>
<article itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="${c.iso}" />
<div class="news-info"><span id="Content_publishdate">${persian(c.y)}/${persian(c.m)}/${persian(c.d)} - ${faTime(c)}</span> <span class="news-code">کد مطلب: ${persian(c.id)}</span> <button type="button" class="btn btn-copy" data-link="https://pana.ir/x/${c.id}">لینک کوتاه</button> <span class="copy-toast">لینک کوتاه کپی شد</span></div>
<h3 id="Content_rutitr">${esc(a27(c).rutitr ?? '')}</h3>
<h1 id="Content_title" itemprop="headline">${esc(c.a.title)}</h1>
<h2 id="Content_UnderTitle">${esc(a27(c).deck ?? '')}</h2>
<p id="Content_lid" itemprop="description">${esc(c.a.lead ?? '')}</p>
<figure class="news-pic"><img src="https://www.pana.ir/Images/News/Larg_Pic/5-5-1405/IMAGE638${c.id}.jpg" alt="${esc(c.a.caption)}" /><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="NewsText" itemprop="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<p class="read-also"><strong>بخوانید:</strong> <a href="https://www.pana.ir/بخش-آموزش-و-پرورش-2/${Number(c.id) - 3712}">${esc(c.a.inline ?? '')}</a></p>`)}
</div>
<div class="news-author">دانش‌آموز خبرنگار: نیایش کرمانی | دبیر: مریم صالحی</div>
<div id="keyWordContainer"><span>کلیدواژه‌ها:</span> ${c.a.tags.map((t) => `<a href="https://www.pana.ir/tags/${encodeURIComponent(t.replace(/ /g, '_'))}"><strong>${esc(t)}</strong></a>`).join(' ')}</div>
<div class="share-row"><span>اشتراک‌گذاری:</span> <a href="https://eitaa.com/share/url?url=https://pana.ir/x/${c.id}">ایتا</a> <a href="https://ble.ir/share/url?url=https://pana.ir/x/${c.id}">بله</a> <a href="https://splus.ir/share/url?url=https://pana.ir/x/${c.id}">سروش پلاس</a> <a href="https://rubika.ir/share/url?url=https://pana.ir/x/${c.id}">روبیکا</a></div>
</article>
<section class="related"><h4>اخبار مرتبط</h4><ul>
${li(c.a.related, 'https://www.pana.ir/بخش-آموزش-و-پرورش-2/', Number(c.id) - 884)}
</ul></section>
<section class="comments"><h4>نظرات</h4>
${comments(c, (n, t) => `<div class="comment-item"><b>${n}</b><p>${t}</p></div>`)}
<div class="comment-form"><h4>ارسال نظر</h4><input name="ctl00$Content$txtName" type="text" id="Content_txtName" placeholder="نام" /><textarea name="ctl00$Content$txtComment" id="Content_txtComment" placeholder="متن نظر"></textarea><input type="submit" name="ctl00$Content$btnSend" value="ارسال" id="Content_btnSend" /></div></section>
</div>
<aside class="col-md-4"><section class="most-visited"><h4>پربازدیدترین‌ها</h4><ol>
${li(c.a.mostRead, 'https://www.pana.ir/بخش-آموزش-و-پرورش-2/', Number(c.id) - 2417)}
</ol></section>
<section class="pana-apps"><a href="https://www.pana.ir/static/page/app">دریافت اپلیکیشن پانا</a></section></aside>
</div></div>
<footer class="pana-footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به خبرگزاری پانا است.</p><p>خبرگزاری دانش‌آموزی ایران (پانا)، وابسته به سازمان دانش‌آموزی</p></footer>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', [], [], [], 90, 'ctl00');
//]]>
</script>
</form>
</body>
</html>
`,
  },

  // IBNA, the Book News Agency of Iran (ibna.ir), on the NASTOOH CMS (the same family as Mehr and ISNA):
  // the nastooh:* metas (pageType, publishDate as a Jalali date only, nid), JSON-LD NewsArticle whose
  // datePublished is in UTC with «Z» («2026-07-29T11:00:00Z» = 14:30 Tehran); #item.item-news with .item-nav
  // (.item-date «چهارشنبه ۷ مرداد ۱۴۰۵ - ۱۴:۳۰», .item-code «کد خبر ۵۴۸۲۱۷», breadcrumb), .item-title with
  // h4.kicker and h1.title, .item-summary (image + p.introtext = the lead), .item-body .item-text with a
  // photo and its caption after the second paragraph and an in-body «بیشتر بخوانید» box; tags, short link,
  // related, «نظر شما» comments; a sidebar of most-viewed items and a «تازه‌های نشر» box of new books (pages and
  // prices), the House of Book top link, footer.
  ibna: {
    site: 'خبرگزاری کتاب ایران',
    boiler: ['کد خبر', 'بیشتر بخوانید', 'برچسب‌ها', 'لینک کوتاه', 'خبرهای مرتبط', 'نظر شما', 'پربازدیدترین‌ها', 'تازه‌های نشر', 'کلیه حقوق این سایت متعلق به خبرگزاری کتاب ایران (ایبنا) است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - خبرگزاری کتاب ایران (ایبنا)</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="خبرگزاری کتاب ایران (ایبنا)">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:image" content="https://media.ibna.ir/d/2026/07/29/4/${c.id}.jpg">
<meta property="nastooh:pageType" content="news">
<meta property="nastooh:newsType" content="news">
<meta property="nastooh:publishDate" content="${c.y}-${c.m}-${c.d}">
<meta property="nastooh:topic" content="publishing">
<meta property="nastooh:nid" content="${c.id}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="https://www.ibna.ir/x/6yTq">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url }, headline: c.a.title, description: c.a.lead, datePublished: utcZ(c), dateModified: utcZ(c), image: { '@type': 'ImageObject', url: `https://media.ibna.ir/d/2026/07/29/4/${c.id}.jpg` }, publisher: { '@type': 'Organization', name: 'خبرگزاری کتاب ایران (ایبنا)', logo: { '@type': 'ImageObject', url: 'https://www.ibna.ir/resources/theme/ibna/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.ibna.ir/resources/theme/ibna/css/style.css?v=2.31">
</head>
<body class="rtl news">
<header id="header"><div class="header-top container"><span class="date">${weekday(c)} ${faDate(c)}</span> <a href="https://ketab.ir/">خانه کتاب و ادبیات ایران</a> <a href="https://www.ibna.ir/en">English</a> <a href="https://www.ibna.ir/ar">العربیة</a> <a href="https://www.ibna.ir/rss">RSS</a></div>
<div class="container"><a class="logo" href="https://www.ibna.ir/"><img src="https://www.ibna.ir/resources/theme/ibna/img/logo.png" alt="خبرگزاری کتاب ایران"></a></div>
<nav class="navbar"><ul class="nav"><li><a href="https://www.ibna.ir/service/literature">کتاب و ادبیات</a></li><li><a href="https://www.ibna.ir/service/history">تاریخ و سیاست</a></li><li><a href="https://www.ibna.ir/service/religion">دین و اندیشه</a></li><li><a href="https://www.ibna.ir/service/science">علم و فناوری</a></li><li><a href="https://www.ibna.ir/service/children">کودک و نوجوان</a></li><li class="active"><a href="https://www.ibna.ir/service/publishing">نشر و کتابخانه</a></li><li><a href="https://www.ibna.ir/service/provinces">استان‌ها</a></li><li><a href="https://www.ibna.ir/service/international">بین‌الملل</a></li><li><a href="https://www.ibna.ir/multimedia">چندرسانه‌ای</a></li></ul></nav></header>
<main id="main"><div class="container"><div class="row">
<div class="col-md-8">
<article id="item" class="item-news" itemscope itemtype="https://schema.org/NewsArticle">
<div class="item-header">
<div class="item-nav row"><div class="col-6 col-sm-4 item-date"><span>${weekday(c)} ${faDate(c)} - ${faTime(c)}</span></div><div class="col-6 col-sm-4 item-code"><span>کد خبر ${persian(c.id)}</span></div><div class="col-12 col-sm-4 item-nav-links"><ol class="breadcrumb"><li><a href="https://www.ibna.ir/service/publishing">${esc(c.a.kicker)}</a></li><li><a href="https://www.ibna.ir/service/publishing/industry">صنعت نشر</a></li></ol></div></div>
<div class="item-title"><h4 class="kicker">${esc(a27(c).rutitr ?? '')}</h4><h1 class="title" itemprop="headline"><a href="${esc(pathOf(c.a.url))}">${esc(c.a.title)}</a></h1></div>
<div class="item-summary"><figure class="item-img"><img src="https://media.ibna.ir/d/2026/07/29/3/${c.id}.jpg" alt="${esc(c.a.title)}"></figure><p class="summary introtext" itemprop="description">${esc(c.a.lead ?? '')}</p></div>
</div>
<div class="item-body"><div class="item-text" itemprop="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, `<figure class="align-center"><img src="https://media.ibna.ir/d/2026/07/29/4/${c.id}.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>`, `<section class="box related-inline"><header><h4>بیشتر بخوانید</h4></header><ul><li><a href="https://www.ibna.ir/news/${Number(c.id) - 1460}">${esc(c.a.inline ?? '')}</a></li></ul></section>`)}
</div></div>
<section class="box tags"><header><h2>برچسب‌ها</h2></header><ul>${c.a.tags.map((t) => `<li><a href="https://www.ibna.ir/tag/${encodeURIComponent(t.replace(/ /g, '+'))}">${esc(t)}</a></li>`).join('')}</ul></section>
<div class="item-footer"><div class="short-link"><span>لینک کوتاه</span> <input type="text" readonly value="https://www.ibna.ir/x/6yTq"></div><div class="share"><a href="https://t.me/share/url?url=https://www.ibna.ir/x/6yTq">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://www.ibna.ir/x/6yTq">ایتا</a> <a href="https://x.com/intent/tweet?url=https://www.ibna.ir/x/6yTq">ایکس</a></div></div>
</article>
<section class="box related"><header><h2>خبرهای مرتبط</h2></header><ul>
${li(c.a.related, 'https://www.ibna.ir/news/', Number(c.id) - 733)}
</ul></section>
<section id="comments" class="box comments"><header><h2>نظر شما</h2></header><ul class="comments-list">
${comments(c, (n, t) => `<li><div class="comment-info"><span class="author">${n}</span> <span class="date">${persian(c.d)} ${c.mn} ${persian(c.y)}</span></div><p class="comment-body">${t}</p></li>`)}
</ul><form class="comment-form"><input type="text" placeholder="نام"><input type="email" placeholder="ایمیل"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></section>
</div>
<aside class="col-md-4">
<section class="box most-viewed"><header><h2>پربازدیدترین‌ها</h2></header><ul>
${li(c.a.mostRead, 'https://www.ibna.ir/news/', Number(c.id) - 2901)}
</ul></section>
<section class="box newbooks"><header><h2>تازه‌های نشر</h2></header><ul><li><a href="https://www.ibna.ir/news/${Number(c.id) - 6}">«خانه‌ای در انتهای کوچه اقاقیا»</a> <span>${persian(312)} صفحه | ${fmt(345000)} تومان</span></li><li><a href="https://www.ibna.ir/news/${Number(c.id) - 19}">«تاریخ شفاهی چاپخانه‌های لاله‌زار»</a> <span>${persian(428)} صفحه | ${fmt(520000)} تومان</span></li><li><a href="https://www.ibna.ir/news/${Number(c.id) - 27}">«ماهی‌ها شب نمی‌خوابند»</a> <span>${persian(96)} صفحه | ${fmt(140000)} تومان</span></li></ul></section>
</aside>
</div></div></main>
<footer id="footer"><div class="container"><p>کلیه حقوق این سایت متعلق به خبرگزاری کتاب ایران (ایبنا) است.</p><p>خبرگزاری کتاب ایران وابسته به خانه کتاب و ادبیات ایران</p></div></footer>
<script src="https://www.ibna.ir/resources/theme/ibna/js/scripts.js?v=2.31"></script>
</body>
</html>
`,
  },

  // Fararu (fararu.com) on IRANSAMANEH with its own theme: /fa/news/<id>/<slug>; a strip of exchange and gold
  // rates in the header; .news_path breadcrumb; div.col-main-news with «کد خبر» and the date written
  // TIME FIRST, «تاریخ انتشار: ۱۲:۳۰ - ۰۸ مرداد ۱۴۰۵»; meta article:published_time +03:30 and no JSON-LD; .rutitr,
  // h1.title, .content-lead-news (the lead), lead image with caption and credit, .body with an in-body
  // «بیشتر بخوانید:» box; a messenger invite under the text; the author's byline linking to the author page;
  // tags, short link, related, sponsored «رپورتاژ آگهی» links, IranSamaneh comment counters, most-viewed, footer.
  fararu: {
    site: 'فرارو',
    boiler: ['دلار آزاد', 'سکه امامی', 'کد خبر', 'بیشتر بخوانید:', 'فرارو را در بله و ایتا دنبال کنید', 'برچسب‌ها', 'لینک کوتاه', 'اخبار مرتبط', 'رپورتاژ آگهی', 'نظرات بینندگان', 'انتشار یافته', 'پربیننده‌ترین', 'تمامی حقوق این سایت برای فرارو محفوظ است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | فرارو</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="فرارو">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://fararu.com/files/fa/news/1405/5/8/${c.id}_611.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="جامعه">
<meta name="author" content="${esc(c.a.author ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://fararu.com/client/themes/fa/main/css/news.css?v=7.4">
</head>
<body class="news_page">
<header class="fr-header"><div class="fr-top"><span>${weekday(c)} ${faDate(c)}</span>
<ul class="fr-rates"><li>دلار آزاد <b>${fmt(92350)}</b></li><li>یورو <b>${fmt(103900)}</b></li><li>سکه امامی <b>${fmt(98400000)}</b></li><li>طلای ۱۸ عیار <b>${fmt(9215000)}</b></li></ul></div>
<a class="fr-logo" href="https://fararu.com/"><img src="https://fararu.com/client/themes/fa/main/img/logo.svg" alt="فرارو"></a>
<nav class="fr-menu"><a href="https://fararu.com/fa/service/politics">سیاست</a> <a href="https://fararu.com/fa/service/economy">اقتصاد</a> <a class="active" href="https://fararu.com/fa/service/society">جامعه</a> <a href="https://fararu.com/fa/service/world">جهان</a> <a href="https://fararu.com/fa/service/culture">فرهنگ و هنر</a> <a href="https://fararu.com/fa/service/sport">ورزش</a> <a href="https://fararu.com/fa/service/science">علم و تکنولوژی</a> <a href="https://fararu.com/fa/service/lifestyle">سبک زندگی</a> <a href="https://fararu.com/fa/video">ویدیو</a></nav></header>
<div class="container"><div class="row">
<div class="col-main-news">
<div class="news_path"><a href="https://fararu.com/">فرارو</a> » <a href="https://fararu.com/fa/service/society">جامعه</a> » <a href="https://fararu.com/fa/service/society/environment">${esc(c.a.kicker)}</a></div>
<div class="news-info"><span class="news_id_c">کد خبر: ${persian(c.id)}</span> <span class="news_pdate_c">تاریخ انتشار: ${faTime(c)} - ${persian(c.d)} ${c.mn} ${persian(c.y)}</span></div>
<div class="rutitr">${esc(a27(c).rutitr ?? '')}</div>
<h1 class="title">${esc(c.a.title)}</h1>
<div class="content-lead-news">${esc(c.a.lead ?? '')}</div>
<div class="lead_image"><img src="https://fararu.com/files/fa/news/1405/5/8/${c.id}_611.jpg" alt="${esc(c.a.caption)}"><span class="lead_image_caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</span></div>
<div class="body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '', `<div class="inline-related"><span>بیشتر بخوانید:</span> <a href="https://fararu.com/fa/news/${Number(c.id) - 2318}">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<div class="join-channel"><a href="https://ble.ir/fararu">فرارو را در بله و ایتا دنبال کنید</a></div>
<div class="news-author">نویسنده: <a href="https://fararu.com/fa/author/214/${encodeURIComponent((c.a.author ?? '').replace(/ /g, '-'))}">${esc(c.a.author ?? '')}</a></div>
<div class="tags_title">برچسب‌ها</div><div class="tags">${tagLinks(c, 'https://fararu.com/fa/tag/1/', ' ')}</div>
<div class="news_tools"><span>لینک کوتاه: fararu.com/003vRk</span> <a href="https://fararu.com/fa/print/${c.id}">چاپ</a> <a href="https://t.me/share/url?url=https://fararu.com/003vRk">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://fararu.com/003vRk">ایتا</a> <a href="https://api.whatsapp.com/send?text=https://fararu.com/003vRk">واتساپ</a></div>
<div class="related_news"><div class="box_title">اخبار مرتبط</div><ul>
${li(c.a.related, 'https://fararu.com/fa/news/', Number(c.id) - 1504)}
</ul></div>
<div class="reportage"><div class="box_title">رپورتاژ آگهی</div><ul><li><a href="https://fararu.com/fa/news/${Number(c.id) - 11}">خرید اقساطی کولر گازی با چک صیادی؛ بدون پیش‌پرداخت</a></li><li><a href="https://fararu.com/fa/news/${Number(c.id) - 29}">ثبت‌نام کلاس‌های تابستانه زبان انگلیسی کودکان آغاز شد</a></li></ul></div>
<div class="comments_box"><div class="box_title">نظرات بینندگان</div>
<div class="comm_counter"><span>انتشار یافته: ${persian(c.a.comments.length)}</span> <span>در انتظار بررسی: ${persian(4)}</span> <span>غیر قابل انتشار: ${persian(1)}</span></div>
${comments(c, (n, t, k) => `<div class="comments_item"><div class="comm_info"><span class="comm_info_name">${n}</span> <span class="comm_info_date">${persian(k ? '14:10' : '13:05')} - ${persian(c.d)} ${c.mn} ${persian(c.y)}</span></div><div class="comments">${t}</div><span class="comm_like">${persian(k ? 7 : 32)}</span> <span class="comm_dislike">${persian(k ? 2 : 3)}</span></div>`)}
<form class="comment_form"><input type="text" placeholder="نام"><textarea placeholder="نظر شما"></textarea><button type="button">ارسال</button></form></div>
</div>
<aside class="col-side"><div class="most_viewed"><div class="box_title">پربیننده‌ترین</div><ol>
${li(c.a.mostRead, 'https://fararu.com/fa/news/', Number(c.id) - 3110)}
</ol></div>
<div class="ad-side"><a href="https://fararu.com/ads"><img src="https://fararu.com/files/ads/side-300x250.gif" alt="تبلیغات"></a></div></aside>
</div></div>
<footer class="fr-footer"><p>تمامی حقوق این سایت برای فرارو محفوظ است.</p><p><a href="https://fararu.com/fa/about">درباره ما</a> <a href="https://fararu.com/fa/ads">تبلیغات</a> <a href="https://fararu.com/fa/contact">تماس با ما</a></p></footer>
</body>
</html>
`,
  },

  // Aftab News (aftabnews.ir) on IRANSAMANEH with its older theme: .col_r_inner_news holds the article; NO
  // date metadata at all (no article:published_time, no JSON-LD): the only date is the visible «تاریخ انتشار :
  // شنبه ۱۰ مرداد ۱۴۰۵ ساعت ۱۷:۴۵» (weekday, «ساعت», a space before the colon); .news_path; h1.title;
  // .subtitle (the lead); lead image with caption; the body opens with the site label div.aftab_news
  // «آفتاب‌نیوز :» (not body) and carries a NATIVE AD as a paragraph-like box after the fourth paragraph
  // (not body); tags, short link, related, «سایر اخبار», IranSamaneh comment counters, most-viewed, footer.
  aftabnews: {
    site: 'آفتاب‌نیوز',
    boiler: ['آفتاب‌نیوز :', 'کد خبر', 'تبلیغات', 'برچسب‌ها', 'لینک کوتاه', 'اخبار مرتبط', 'سایر اخبار', 'نظرات', 'انتشار یافته', 'در انتظار بررسی', 'پربیننده‌ترین', 'کلیه حقوق این سایت محفوظ و متعلق به آفتاب‌نیوز است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آفتاب‌نیوز - ${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="آفتاب‌نیوز">
<meta property="og:image" content="https://aftabnews.ir/files/fa/news/1405/5/10/${c.id}_270.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://aftabnews.ir/client/themes/fa/main/css/news.css?v=2.6">
</head>
<body>
<div class="top_header"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://aftabnews.ir/fa/rss/allnews">RSS</a> <a href="https://aftabnews.ir/fa/archive">آرشیو</a> <a href="https://aftabnews.ir/fa/contact">تماس با ما</a></div>
<header class="header"><a href="https://aftabnews.ir/"><img src="https://aftabnews.ir/client/themes/fa/main/img/logo.png" alt="آفتاب‌نیوز"></a></header>
<nav class="menu"><a href="https://aftabnews.ir/">صفحه نخست</a> <a href="https://aftabnews.ir/fa/service/politics">سیاسی</a> <a href="https://aftabnews.ir/fa/service/economy">اقتصادی</a> <a href="https://aftabnews.ir/fa/service/society">اجتماعی</a> <a href="https://aftabnews.ir/fa/service/world">بین‌الملل</a> <a href="https://aftabnews.ir/fa/service/culture">فرهنگی</a> <a href="https://aftabnews.ir/fa/service/sport">ورزشی</a> <a href="https://aftabnews.ir/fa/service/health">سلامت</a> <a href="https://aftabnews.ir/fa/service/science">علم و فناوری</a> <a href="https://aftabnews.ir/fa/multimedia">چندرسانه‌ای</a></nav>
<div class="ads_top"><a href="https://aftabnews.ir/fa/ads"><img src="https://aftabnews.ir/files/ads/top-728x90.gif" alt="">تبلیغات</a></div>
<div class="container">
<div class="col_r">
<div class="col_r_inner_news">
<div class="news_path"><a href="https://aftabnews.ir/">صفحه نخست</a> » <a href="https://aftabnews.ir/fa/service/health">${esc(c.a.kicker)}</a></div>
<div class="news_id_c">کد خبر: ${persian(c.id)}</div>
<div class="news_pdate_c">تاریخ انتشار : ${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</div>
<h1 class="title">${esc(c.a.title)}</h1>
<div class="subtitle">${esc(c.a.lead ?? '')}</div>
<div class="lead_image"><img src="https://aftabnews.ir/files/fa/news/1405/5/10/${c.id}_270.jpg" alt="${esc(c.a.caption)}"><div class="lead_image_caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
<div class="body">
<div class="aftab_news">آفتاب‌نیوز :</div>
${bodyHtml(c, (t) => `<div style="text-align: justify;">${t}</div>`, (t) => `<h2>${t}</h2>`, '', `<div class="ads_in_news"><span class="ad_label">تبلیغات</span> <a href="https://aftabnews.ir/fa/ads/click/311">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<div class="tags_title">برچسب‌ها</div><div class="tags">${tagLinks(c, 'https://aftabnews.ir/fa/tag/1/', ' ')}</div>
<div class="news_tools"><span>لینک کوتاه: aftabnews.ir/005jNp</span> <a href="https://aftabnews.ir/fa/print/${c.id}">نسخه چاپی</a> <a href="https://eitaa.com/share/url?url=https://aftabnews.ir/005jNp">ایتا</a> <a href="https://t.me/share/url?url=https://aftabnews.ir/005jNp">تلگرام</a></div>
</div>
<div class="related_news"><div class="box_title">اخبار مرتبط</div><ul>
${li(c.a.related, 'https://aftabnews.ir/fa/news/', Number(c.id) - 402)}
</ul></div>
<div class="other_news"><div class="box_title">سایر اخبار</div><ul><li><a href="https://aftabnews.ir/fa/news/${Number(c.id) - 3}">هشدار زرد هواشناسی برای تهران و البرز</a></li><li><a href="https://aftabnews.ir/fa/news/${Number(c.id) - 8}">جزئیات طرح جدید مجلس برای بیمه روستاییان</a></li></ul></div>
<div class="comments_box"><div class="box_title">نظرات</div>
<div class="comm_counter"><span>انتشار یافته: ${persian(c.a.comments.length)}</span> <span>در انتظار بررسی: ${persian(2)}</span> <span>غیر قابل انتشار: ${persian(0)}</span></div>
${comments(c, (n, t, k) => `<div class="comments_item"><div class="comm_info"><span class="comm_info_name">${n}</span> <span class="comm_info_date">${persian(k ? '19:02' : '18:20')} - ${persian(c.y)}/${persian(c.m)}/${persian(c.d)}</span></div><div class="comments">${t}</div></div>`)}
<form class="comment_form"><input type="text" placeholder="نام"><input type="text" placeholder="ایمیل"><textarea placeholder="نظر"></textarea><button type="button">ارسال نظر</button></form></div>
</div>
<div class="col_l"><div class="most_viewed"><div class="box_title">پربیننده‌ترین</div><ol>
${li(c.a.mostRead, 'https://aftabnews.ir/fa/news/', Number(c.id) - 1180)}
</ol></div></div>
</div>
<footer class="footer"><p>کلیه حقوق این سایت محفوظ و متعلق به آفتاب‌نیوز است.</p><p>استفاده از مطالب با ذکر منبع بلامانع است.</p></footer>
</body>
</html>
`,
  },

  // Resalat, the daily (resalat-news.com), on WORDPRESS with the tagDiv «Newspaper» theme and Yoast SEO: the title
  // tag «… - روزنامه رسالت | روزنامه رسالت» (Yoast's separator plus the theme's suffix); Yoast's og/article metas
  // and schema graph give the instant in UTC («…T03:45:00+00:00»); the theme's <time class="entry-date"
  // datetime> gives it in +03:30, and its visible text is a Jalali date in LATIN digits without time, «12
  // مرداد 1405»; .td-category pill; h1.entry-title; p.td-post-sub-title (the lead); featured image with
  // caption; .td-post-content with an in-content ad box (td-a-rec) after the fourth paragraph; share row,
  // tags, «مقاله قبلی / مقاله بعدی», related posts «مطالب مرتبط», the WP comment form «پاسخی بگذارید»; a
  // sidebar with the day's issue («شماره ۱۱۶۴۸») and its PDF, most-read; footer.
  resalat: {
    site: 'روزنامه رسالت',
    boiler: ['نسخه PDF روزنامه امروز', 'اشتراک گذاری', 'برچسب‌ها', 'مقاله قبلی', 'مقاله بعدی', 'مطالب مرتبط', 'پاسخی بگذارید', 'پربازدیدترین مطالب', 'تمامی حقوق برای روزنامه رسالت محفوظ است'],
    render: (c) => {
      const upd = utcPlus0(c, 150);
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(c.a.title)} - روزنامه رسالت | روزنامه رسالت</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="${esc(c.a.url)}" />
<meta property="og:locale" content="fa_IR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(c.a.title)} - روزنامه رسالت" />
<meta property="og:description" content="${esc(c.a.lead ?? '')}" />
<meta property="og:url" content="${esc(c.a.url)}" />
<meta property="og:site_name" content="روزنامه رسالت" />
<meta property="article:published_time" content="${utcPlus0(c)}" />
<meta property="article:modified_time" content="${upd}" />
<meta property="og:image" content="https://resalat-news.com/wp-content/uploads/2026/08/maskan-pardis.jpg" />
<meta name="author" content="${esc(c.a.author ?? '')}" />
<script type="application/ld+json" class="yoast-schema-graph">${js({ '@context': 'https://schema.org', '@graph': [
  { '@type': 'NewsArticle', '@id': `${c.a.url}#article`, isPartOf: { '@id': c.a.url }, author: { name: c.a.author }, headline: c.a.title, datePublished: utcPlus0(c), dateModified: upd, articleSection: [c.a.kicker], inLanguage: 'fa-IR', publisher: { '@id': 'https://resalat-news.com/#organization' } },
  { '@type': 'WebPage', '@id': c.a.url, url: c.a.url, name: `${c.a.title} - روزنامه رسالت`, datePublished: utcPlus0(c), dateModified: upd },
  { '@type': 'Organization', '@id': 'https://resalat-news.com/#organization', name: 'روزنامه رسالت', url: 'https://resalat-news.com/' },
] })}</script>
<link rel='shortlink' href='https://resalat-news.com/?p=${c.id}' />
<link rel='stylesheet' id='td-theme-css' href='https://resalat-news.com/wp-content/themes/Newspaper/style.css?ver=12.6.6' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu"><div class="td_data_time">${weekday(c)} ${Number(c.d)} ${c.mn} ${c.y}</div> <a href="https://resalat-news.com/newspaper/">نسخه PDF روزنامه امروز</a></div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="https://resalat-news.com/"><img src="https://resalat-news.com/wp-content/uploads/2023/01/logo-resalat.png" alt="روزنامه رسالت"/><span class="td-visual-hidden">روزنامه رسالت</span></a></div>
<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu"><li class="menu-item"><a href="https://resalat-news.com/">صفحه اصلی</a></li><li class="menu-item"><a href="https://resalat-news.com/category/سرمقاله/">سرمقاله</a></li><li class="menu-item"><a href="https://resalat-news.com/category/سیاسی/">سیاسی</a></li><li class="menu-item current-post-ancestor"><a href="https://resalat-news.com/category/اقتصادی/">اقتصادی</a></li><li class="menu-item"><a href="https://resalat-news.com/category/اجتماعی/">اجتماعی</a></li><li class="menu-item"><a href="https://resalat-news.com/category/بین-الملل/">بین‌الملل</a></li><li class="menu-item"><a href="https://resalat-news.com/category/فرهنگی/">فرهنگی</a></li><li class="menu-item"><a href="https://resalat-news.com/category/ورزشی/">ورزشی</a></li></ul></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-${c.id}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail category-economic" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="https://resalat-news.com/">خانه</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="https://resalat-news.com/category/اقتصادی/">${esc(c.a.kicker)}</a></span></div></div>
<ul class="td-category"><li class="entry-category"><a href="https://resalat-news.com/category/اقتصادی/">${esc(c.a.kicker)}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${esc(c.a.title)}</h1>
<p class="td-post-sub-title">${esc(c.a.lead ?? '')}</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">توسط</div> <a href="https://resalat-news.com/author/eghtesadi/">${esc(c.a.author ?? '')}</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="${c.iso}">${Number(c.d)} ${c.mn} ${c.y}</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-${c.id}">${(1264).toLocaleString('en-US')}</span></div></div></header></div>
<div class="td-post-featured-image"><figure><img width="696" height="392" class="entry-thumb" src="https://resalat-news.com/wp-content/uploads/2026/08/maskan-pardis-696x392.jpg" alt="" title="maskan-pardis"/><figcaption class="wp-caption-text">${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<div class="td-a-rec td-a-rec-id-content_inline tdi_31 td_block_template_1"><span class="td-adspot-title">- آگهی -</span><a href="https://resalat-news.com/eshterak/">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<footer><div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><span class="td-social-but-text">اشتراک گذاری</span> <a class="td-social-sharing-button td-social-telegram" href="https://t.me/share/url?text=${encodeURIComponent(c.a.title)}&amp;url=https://resalat-news.com/?p=${c.id}">تلگرام</a> <a class="td-social-sharing-button td-social-whatsapp" href="https://api.whatsapp.com/send?text=https://resalat-news.com/?p=${c.id}">واتس‌اپ</a> <a class="td-social-sharing-button td-social-twitter" href="https://x.com/intent/tweet?url=https://resalat-news.com/?p=${c.id}">ایکس</a></div></div>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>برچسب‌ها</span></li>${c.a.tags.map((t) => `<li><a href="https://resalat-news.com/tag/${encodeURIComponent(t.replace(/ /g, '-'))}/">${esc(t)}</a></li>`).join('')}</ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>مقاله قبلی</span><a href="https://resalat-news.com/?p=${Number(c.id) - 7}">افزایش ۳ درصدی صادرات فولاد در تیرماه</a></div></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>مقاله بعدی</span><a href="https://resalat-news.com/?p=${Number(c.id) + 5}">بازار خودرو در انتظار قیمت‌های جدید کارخانه</a></div></div></div>
</footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_44 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a id="td_uid_5" class="td-related-left td-cur-simple-item" href="#">مطالب مرتبط</a><a class="td-related-right" href="#">بیشتر از نویسنده</a></h4><div class="td_block_inner">
${c.a.related.map((t, i) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="https://resalat-news.com/?p=${Number(c.id) - 40 - i * 13}" rel="bookmark">${esc(t)}</a></h3></div></div>`).join('\n')}
</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">پاسخی بگذارید</h3><form action="https://resalat-news.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="دیدگاه:" id="comment" name="comment" cols="45" rows="8"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="نام:*" type="text" value="" size="30" /></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ارسال دیدگاه" /></p></form></div>
${comments(c, (n, t) => `<ol class="comment-list"><li class="comment"><article><footer><cite>${n}</cite></footer><div class="comment-content"><p>${t}</p></div></article></li></ol>`)}
</div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_text_with_title"><h4 class="block-title"><span>روزنامه امروز</span></h4><div class="td_mod_wrap">شماره ${(11648).toString()} | ${weekday(c)} ${Number(c.d)} ${c.mn} ${c.y} <a href="https://resalat-news.com/newspaper/11648.pdf">دانلود PDF</a></div></div>
<div class="td_block_wrap td_block_7"><h4 class="block-title"><span>پربازدیدترین مطالب</span></h4><div class="td_block_inner">
${c.a.mostRead.map((t, i) => `<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="https://resalat-news.com/?p=${Number(c.id) - 300 - i * 21}">${esc(t)}</a></h3></div>`).join('\n')}
</div></div>
</div></div>
</div></div></div>
<div class="td-footer-wrap td-container-wrap"><div class="td-footer-bottom-full"><div class="footer-text-wrap">روزنامه رسالت، صاحب امتیاز: بنیاد رسالت. تمامی حقوق برای روزنامه رسالت محفوظ است.</div></div></div>
</div>
<script type='text/javascript' src='https://resalat-news.com/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.6' id='td-site-min-js'></script>
</body>
</html>
`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The six texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art27[] = [
  {
    name: 'rasanews-seminary-admissions', site: 'rasanews',
    rutitr: 'مدیر مرکز پذیرش حوزه‌های علمیه:',
    extraExcludes: ['مدیر مرکز پذیرش حوزه‌های علمیه:', '/۹۸۸/ ن', 'پذیرش و آموزش', 'درس خارج فقه در مسجد اعظم قم'],
    url: 'https://rasanews.ir/fa/news/796418/ثبت-نام-۴۸-هزار-داوطلب-در-پذیرش-حوزه-های-علمیه',
    title: 'ثبت‌نام ۴۸ هزار داوطلب در پذیرش حوزه‌های علمیه؛ سهم خواهران ۴۱ درصد شد',
    kicker: 'حوزه', date: '۴ مرداد ۱۴۰۵ - ۱۱:۲۰',
    lead: 'مدیر مرکز پذیرش حوزه‌های علمیه از ثبت‌نام ۴۸ هزار و ۳۰۰ داوطلب در فراخوان پذیرش سال تحصیلی جدید خبر داد و گفت: ۴۱ درصد متقاضیان امسال را خواهران تشکیل می‌دهند.',
    paras: [
      'به گزارش خبرنگار خبرگزاری رسا، حجت‌الاسلام والمسلمین مهدی رضوانی‌فرد صبح امروز در نشست خبری که در سالن اجتماعات مرکز مدیریت حوزه‌های علمیه در قم برگزار شد، اظهار کرد: مهلت ثبت‌نام اینترنتی داوطلبان روز گذشته به پایان رسید و شمار متقاضیان امسال نسبت به سال گذشته ۹ درصد افزایش یافته است.',
      'وی افزود: از این تعداد ۱۹ هزار و ۸۰۰ نفر خواهر هستند و بیش از ۷۲ درصد داوطلبان دیپلم دارند؛ حدود ۶ هزار نفر نیز دانش‌آموخته دانشگاه‌اند که بیشتر آنها در رشته‌های فنی و مهندسی تحصیل کرده‌اند.',
      'مدیر مرکز پذیرش حوزه‌های علمیه با بیان اینکه ظرفیت پذیرش امسال ۱۴ هزار نفر در ۴۲۰ مدرسه علمیه سراسر کشور است، تصریح کرد: مصاحبه علمی و اخلاقی داوطلبان از ۱۵ مرداد آغاز می‌شود و نتایج نهایی تا پایان شهریور اعلام خواهد شد.',
      'در این نشست که حجت‌الاسلام حسن طاهری‌مقدم، معاون آموزش حوزه علمیه خراسان رضوی، و مدیران حوزه‌های علمیه دوازده استان نیز حضور داشتند، از سامانه تازه مشاوره تحصیلی داوطلبان رونمایی شد.',
      'طاهری‌مقدم در حاشیه این نشست در گفت‌وگو با خبرنگار رسا گفت: در خراسان رضوی ۵ هزار و ۱۰۰ نفر ثبت‌نام کرده‌اند و امسال ۳ مدرسه علمیه تازه در شهرهای مرزی تایباد، سرخس و خواف نیز طلبه می‌پذیرند. این مدارس برای جوانان همین مناطق ساخته شده‌اند تا ناچار به مهاجرت به مشهد نباشند.',
      'این مقام حوزوی افزود: سهم خواهران در این استان از نیمی از داوطلبان فراتر رفته و به ۵۳ درصد رسیده است.',
      'ثاقب حسین بخاری، معاون پذیرش نمایندگی جامعة المصطفی العالمیه در پاکستان، که به دعوت مرکز پذیرش در این نشست شرکت کرده بود، نیز گفت: امسال ۲ هزار و ۶۰۰ داوطلب پاکستانی برای تحصیل در حوزه‌های قم و مشهد درخواست داده‌اند که ۳۰ درصد بیشتر از سال گذشته است.',
      'به گفته بخاری، هزینه سفر و اقامت ۴۰۰ طلبه پاکستانی در سال نخست تحصیل را مؤسسات خیریه این کشور می‌پردازند.',
      'مرکز مدیریت حوزه‌های علمیه نیز اعلام کرده است شهریه ماهانه طلاب پایه یک تا سه از مهر امسال ۲۵ درصد افزایش می‌یابد.',
    ],
    tags: ['پذیرش حوزه', 'حوزه‌های علمیه', 'طلاب خواهر', 'جامعة المصطفی'],
    caption: 'حجت‌الاسلام والمسلمین مهدی رضوانی‌فرد، مدیر مرکز پذیرش حوزه‌های علمیه', credit: '',
    related: ['آغاز ثبت‌نام اینترنتی پذیرش حوزه‌های علمیه خواهران', 'برگزاری دوره‌های تابستانه ویژه طلاب جوان در مشهد', 'جزئیات پذیرش طلاب غیرایرانی در جامعة المصطفی'],
    mostRead: ['دیدار اعضای جامعه مدرسین با مراجع تقلید', 'آغاز درس خارج اساتید حوزه علمیه قم پس از تعطیلات تابستانی', 'بیانیه شورای عالی حوزه‌های علمیه درباره اربعین', 'اعزام ۲۰۰۰ مبلغ به مرزهای اربعین'],
    comments: [['طلبه پایه دو', 'کاش ظرفیت مدارس شهرستان‌ها هم بیشتر شود؛ خیلی‌ها نمی‌توانند به قم بیایند.']],
    speakers: [
      { name: 'مهدی رضوانی‌فرد', role: 'مدیر مرکز پذیرش حوزه‌های علمیه', also_called: ['وی'], statements: 4 },
      { name: 'حسن طاهری‌مقدم', role: 'معاون آموزش حوزه علمیه خراسان رضوی', also_called: ['طاهری‌مقدم', 'این مقام حوزوی'], statements: 2 },
      { name: 'ثاقب حسین بخاری', role: 'معاون پذیرش نمایندگی جامعة المصطفی العالمیه در پاکستان', also_called: ['بخاری'], statements: 2 },
    ],
    speakers_never: ['مرکز مدیریت حوزه‌های علمیه', 'جامعة المصطفی العالمیه', 'مرکز پذیرش', 'مؤسسات خیریه'],
    figures: [
      { value: 48300, unit: 'داوطلب', kind: 'count', about: '«۴۸ هزار و ۳۰۰ داوطلب» ثبت‌نام‌شده (lead; the title\'s rounded «۴۸ هزار» is not body)' },
      { value: 41, unit: 'درصد', kind: 'percent', about: 'سهم خواهران از متقاضیان (lead)' },
      { value: 9, unit: 'درصد', kind: 'percent', about: 'افزایش شمار متقاضیان نسبت به سال گذشته' },
      { value: 19800, unit: 'نفر', kind: 'count', about: '«۱۹ هزار و ۸۰۰ نفر» داوطلب خواهر' },
      { value: 72, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۲ درصد» داوطلبان دیپلم‌دار' },
      { value: 6000, unit: 'نفر', kind: 'count', about: '«حدود ۶ هزار نفر» دانش‌آموخته دانشگاه' },
      { value: 14000, unit: 'نفر', kind: 'count', about: 'ظرفیت پذیرش امسال' },
      { value: 420, unit: 'مدرسه', kind: 'count', about: 'مدارس علمیه پذیرنده' },
      { value: 5100, unit: 'نفر', kind: 'count', about: '«۵ هزار و ۱۰۰ نفر» ثبت‌نام در خراسان رضوی' },
      { value: 12, unit: 'استان', kind: 'count', about: '«مدیران حوزه‌های علمیه دوازده استان» حاضر در نشست (count in words)' },
      { value: 3, unit: 'مدرسه', kind: 'count', about: '«۳ مدرسه علمیه تازه» در شهرهای مرزی (three named towns, counted in digits)' },
      { value: 53, unit: 'درصد', kind: 'percent', about: 'سهم خواهران در خراسان رضوی' },
      { value: 2600, unit: 'داوطلب', kind: 'count', about: '«۲ هزار و ۶۰۰ داوطلب پاکستانی»' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'رشد داوطلبان پاکستانی' },
      { value: 400, unit: 'طلبه', kind: 'count', about: 'طلاب پاکستانی با هزینه مؤسسات خیریه' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'افزایش شهریه ماهانه طلاب (kept; «ماهانه» is its basis)' },
    ],
    figures_never: ['«سال تحصیلی جدید», «صبح امروز», «روز گذشته», «سال گذشته», «۱۵ مرداد», «پایان شهریور», «مهر امسال»: dates', '«سال نخست تحصیل»: ordinal', '«پایه یک تا سه»: seminary grade levels, not quantities', '«از نیمی از داوطلبان فراتر»: vague', '«ماهانه»: basis', 'the editor\'s code «/۹۸۸/ ن», the caption, the rutitr, «اعزام ۲۰۰۰ مبلغ» in most-viewed: not body'],
    notes: [
      'A seminary-admissions story of Rasa, the seminaries\' news agency, on the IRANSAMANEH CMS (/fa/news/796418/…, /client/themes/fa/main/ assets; top bar with the date and the English/Arabic/Urdu editions; .news_path «صفحه نخست » حوزه » پذیرش و آموزش»; the date as «۰۴ مرداد ۱۴۰۵ - ۱۱:۲۰» with a ZERO-PADDED day next to «کد خبر: ۷۹۶۴۱۸»; JSON-LD NewsArticle datePublished 2026-07-26T11:20:00+03:30, the gold). The rutitr «مدیر مرکز پذیرش حوزه‌های علمیه:» (the speaker\'s office with a colon) sits above h1.title; .subtitle is the lead (body); the lead photo has a VISIBLE caption that is the speaker\'s honorific, name and office («حجت‌الاسلام والمسلمین مهدی رضوانی‌فرد، مدیر مرکز پذیرش حوزه‌های علمیه»), not body; the text in .body closes with the editor\'s code «/۹۸۸/ ن» as its own paragraph, not body (the gold body ends with the text\'s last sentence); tags, short link, print, related, the IranSamaneh comment counters («انتشار یافته / در انتظار بررسی / غیر قابل انتشار») with one comment, most-viewed, a photo-report teaser, footer.',
      'statements: Rezvanifard is first given by ROLE ONLY in the lead: «ROLE از … خبر داد و گفت: …» (one); then with the honorific «حجت‌الاسلام والمسلمین» before his name (the gold name is the name without the honorific): «NAME صبح امروز … اظهار کرد:» (one), «وی افزود:» (one), and by role alone «مدیر مرکز پذیرش حوزه‌های علمیه با بیان اینکه … تصریح کرد:» (one; the «با بیان اینکه» clause belongs to the same sentence) = 4 (the role-alone form is his role as first given, so it is not repeated in also_called); Taheri-Moghaddam is first met IN PASSING among those present at the press conference («حجت‌الاسلام NAME، ROLE، … نیز حضور داشتند»), then speaks by surname: «طاهری‌مقدم … گفت:» (multi-sentence quote, once) and «این مقام حوزوی افزود:» (one) = 2; Bukhari (the foreign speaker, a Pakistani official of Al-Mustafa): «NAME، ROLE، که … شرکت کرده بود، نیز گفت:» (one), «به گفته بخاری، …» (one) = 2.',
      'The seminaries\' management centre («اعلام کرده است») is an organization; Al-Mustafa, the admissions centre and the Pakistani charities are only mentioned. «۴۸ هزار و ۳۰۰ داوطلب» and «۲ هزار و ۶۰۰ داوطلب» share a unit; «۱۹ هزار و ۸۰۰ نفر», «۶ هزار نفر», «۱۴ هزار نفر» and «۵ هزار و ۱۰۰ نفر» are four figures in نفر; «۴۲۰ مدرسه» and «۳ مدرسه» two figures in مدرسه; «دوازده استان» is a count in words; the monthly tuition rise is kept with its basis left out.',
    ],
  },
  {
    name: 'pana-sampad-entrance-results', site: 'pana', inlineAt: 4,
    rutitr: 'رئیس سازمان ملی پرورش استعدادهای درخشان:',
    deck: 'سهم دانش‌آموزان مناطق کم‌برخوردار از صندلی‌های مدارس سمپاد ۱۵ درصد ماند',
    inline: 'زمان ثبت‌نام مدارس نمونه دولتی اعلام شد',
    extraExcludes: ['رئیس سازمان ملی پرورش استعدادهای درخشان:', 'سهم دانش‌آموزان مناطق کم‌برخوردار از صندلی‌های مدارس سمپاد ۱۵ درصد ماند', 'دانش‌آموز خبرنگار: نیایش کرمانی | دبیر: مریم صالحی', 'دریافت اپلیکیشن پانا'],
    url: 'https://www.pana.ir/بخش-آموزش-و-پرورش-2/1489231-نتایج-آزمون-ورودی-مدارس-سمپاد-اعلام-شد',
    title: 'نتایج آزمون ورودی مدارس سمپاد اعلام شد؛ ۱۶ هزار و ۴۰۰ نفر پذیرفته شدند',
    kicker: 'آموزش و پرورش', date: '۵ مرداد ۱۴۰۵ - ۱۰:۴۵',
    lead: 'تهران (پانا) - نتایج آزمون ورودی پایه دهم مدارس استعدادهای درخشان امروز اعلام شد و از میان ۱۱۲ هزار شرکت‌کننده، ۱۶ هزار و ۴۰۰ دانش‌آموز به این مدارس راه یافتند.',
    paras: [
      'به گزارش خبرگزاری پانا، فرشته کاظمی‌زاده، رئیس سازمان ملی پرورش استعدادهای درخشان، در نشست خبری امروز گفت: ظرفیت پذیرش امسال نسبت به سال گذشته ۸ درصد بیشتر شده و ۶۵۰ مدرسه در سراسر کشور دانش‌آموز پایه دهم می‌پذیرند؛ سه مدرسه تازه هم امسال در سیستان و بلوچستان راه‌اندازی شده است.',
      'وی با اشاره به سهم مناطق کم‌برخوردار افزود: ۱۵ درصد ظرفیت هر استان به دانش‌آموزان مناطق محروم اختصاص یافته و امسال ۲ هزار و ۱۰۰ نفر از این سهمیه پذیرفته شدند.',
      'در این نشست که زهرا اسدی‌نیا، دارنده رتبه نخست کشوری آزمون از شهرستان بم، نیز حضور داشت، از ۲۵ دانش‌آموز برتر با اهدای لوح تقدیر و کمک‌هزینه تحصیلی ۲۰ میلیون تومانی تجلیل شد. این دانش‌آموزان از ۱۹ استان کشور بودند.',
      'اسدی‌نیا در گفت‌وگو با دانش‌آموز خبرنگار پانا گفت: در روستای ما کلاس تقویتی نبود و بیشتر درس‌ها را با ویدئوهای شبکه شاد و کتاب‌های کمک‌آموزشی خواهرم خواندم. هیچ‌وقت فکر نمی‌کردم رتبه اول کشور شوم.',
      'او افزود که می‌خواهد در رشته ریاضی و فیزیک ادامه تحصیل دهد و سال آینده در المپیاد کامپیوتر شرکت کند.',
      'محمدرضا نوروزی‌پور، عضو کمیسیون آموزش، تحقیقات و فناوری مجلس، اما با انتقاد از رقابت فشرده برای ورود به این مدارس به پانا گفت: هزینه کلاس‌های آمادگی آزمون سمپاد برای برخی خانواده‌ها به ماهی ۸ میلیون تومان رسیده است. وقتی ۸۵ درصد پذیرفته‌شدگان از مراکز استان‌ها هستند، نمی‌توان از عدالت آموزشی حرف زد.',
      'این نماینده مجلس پیشنهاد کرد سهمیه مناطق محروم در سال‌های آینده به ۲۵ درصد ظرفیت مدارس برسد.',
      'کاظمی‌زاده در پاسخ به این انتقادها گفت: سؤالات آزمون امسال بیشتر مهارتی بود و ۴۰ درصد آنها مستقیماً از محتوای کتاب‌های درسی پایه نهم طرح شد تا وابستگی داوطلبان به کلاس‌های خصوصی کمتر شود.',
      'وزارت آموزش و پرورش نیز اعلام کرد مهلت ثبت‌نام پذیرفته‌شدگان در مدارس استعدادهای درخشان تا ۲۰ مرداد ادامه دارد و کارنامه داوطلبان از فردا در سامانه «مای مدیو» در دسترس است؛ ظرفیت پذیرفته‌شدگانی که در این مهلت ثبت‌نام نکنند، به داوطلبان ذخیره واگذار می‌شود.',
    ],
    tags: ['سمپاد', 'استعدادهای درخشان', 'آزمون ورودی', 'عدالت آموزشی'],
    caption: 'تجلیل از دانش‌آموزان برتر آزمون ورودی مدارس سمپاد', credit: 'عکس: پانا',
    related: ['کارنامه آزمون سمپاد چگونه تحلیل شود؟', 'جزئیات ثبت‌نام پایه دهم در مدارس دولتی', 'افزایش ظرفیت مدارس شبانه‌روزی در استان‌های مرزی'],
    mostRead: ['تقویم آموزشی سال تحصیلی ۱۴۰۵-۱۴۰۶ اعلام شد', 'برگزاری انتخابات مجلس دانش‌آموزی در مهرماه', 'معرفی برگزیدگان جشنواره خبرنگاری دانش‌آموزی', 'نحوه انتخاب رشته پایه دهم'],
    comments: [['مادر یک داوطلب', 'پسرم یک سال کلاس رفت و قبول نشد؛ این آزمون فقط برای کسانی است که پول کلاس دارند.']],
    speakers: [
      { name: 'فرشته کاظمی‌زاده', role: 'رئیس سازمان ملی پرورش استعدادهای درخشان', also_called: ['وی', 'کاظمی‌زاده'], statements: 3 },
      { name: 'زهرا اسدی‌نیا', role: 'دارنده رتبه نخست کشوری آزمون از شهرستان بم', also_called: ['اسدی‌نیا', 'او'], statements: 2 },
      { name: 'محمدرضا نوروزی‌پور', role: 'عضو کمیسیون آموزش، تحقیقات و فناوری مجلس', also_called: ['این نماینده مجلس'], statements: 2 },
    ],
    speakers_never: ['وزارت آموزش و پرورش', 'سازمان ملی پرورش استعدادهای درخشان', 'دانش‌آموز خبرنگار پانا'],
    figures: [
      { value: 112000, unit: 'شرکت‌کننده', kind: 'count', about: '«۱۱۲ هزار شرکت‌کننده» آزمون (lead)' },
      { value: 16400, unit: 'دانش‌آموز', kind: 'count', about: '«۱۶ هزار و ۴۰۰ دانش‌آموز» پذیرفته‌شده (lead; also in the title as «نفر», not body)' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'افزایش ظرفیت پذیرش' },
      { value: 650, unit: 'مدرسه', kind: 'count', about: 'مدارس پذیرنده پایه دهم' },
      { value: 3, unit: 'مدرسه', kind: 'count', about: '«سه مدرسه تازه» در سیستان و بلوچستان (count in words)' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهمیه مناطق محروم از ظرفیت هر استان' },
      { value: 2100, unit: 'نفر', kind: 'count', about: '«۲ هزار و ۱۰۰ نفر» پذیرفته‌شده از سهمیه' },
      { value: 25, unit: 'دانش‌آموز', kind: 'count', about: 'دانش‌آموزان برتر تجلیل‌شده' },
      { value: 20000000, unit: 'تومان', kind: 'money', about: '«کمک‌هزینه تحصیلی ۲۰ میلیون تومانی» (unit in base form)' },
      { value: 19, unit: 'استان', kind: 'count', about: 'استان‌های دانش‌آموزان برتر' },
      { value: 8000000, unit: 'تومان', kind: 'money', about: '«ماهی ۸ میلیون تومان» هزینه کلاس آمادگی (kept; «ماهی» is its basis)' },
      { value: 85, unit: 'درصد', kind: 'percent', about: 'سهم پذیرفته‌شدگان مراکز استان‌ها' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'سهمیه پیشنهادی مناطق محروم' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم سؤالات از کتاب‌های درسی پایه نهم' },
    ],
    figures_never: ['«پایه دهم», «پایه نهم»: school grades', '«رتبه نخست کشوری», «رتبه اول کشور»: ordinals', '«امروز», «سال گذشته», «سال آینده», «سال‌های آینده», «۲۰ مرداد», «فردا»: dates', '«ماهی»: basis', 'the deck under the title («… ۱۵ درصد ماند»), the rutitr, the byline and the read-also link: not body'],
    notes: [
      'A school-admissions story of PANA, the students\' news agency, as an ASP.NET WEBFORMS page: everything in <body> sits inside <form method="post" id="form1"> with __VIEWSTATE, __VIEWSTATEGENERATOR and __EVENTVALIDATION hidden fields and a closing Sys.WebForms script; the URL carries the section («/بخش-آموزش-و-پرورش-2/1489231-…»); the breadcrumb is the old data-vocabulary markup in #breadCrumbsContainer; article[itemscope] holds <meta itemprop="datePublished" content="2026-07-27T10:45:00+03:30"> (the only machine date, the gold) and the visible «۱۴۰۵/۰۵/۰۵ - ۱۰:۴۵» in #Content_publishdate next to «کد مطلب» and a short-link button with its toast «لینک کوتاه کپی شد». Headline furniture: #Content_rutitr «رئیس سازمان ملی پرورش استعدادهای درخشان:», h1#Content_title, a SECOND HEADLINE h2#Content_UnderTitle (a deck, not body), then p#Content_lid, the lead, which opens with the agency dateline «تهران (پانا) -» (kept: it is part of the lead as written). .NewsText holds the text with a «بخوانید:» link after paragraph 5 (not body); the byline «دانش‌آموز خبرنگار: … | دبیر: …», #keyWordContainer with <strong> tags, messenger share row, a banner for the student-journalist courses above the content, related, comments with a WebForms comment form, most-viewed, app link, footer.',
      'statements: Kazemizadeh: «NAME، ROLE، در نشست خبری امروز گفت:» (one), «وی … افزود:» (one), «کاظمی‌زاده در پاسخ به این انتقادها گفت:» (one) = 3; Asadinia, a ninth-grader, is first met IN PASSING as the top scorer present at the ceremony («NAME، ROLE، نیز حضور داشت»), then speaks by surname: «اسدی‌نیا … گفت:» (multi-sentence quote, once), «او افزود که …» (one) = 2; Norouzipour: «NAME، ROLE، اما … به پانا گفت:» (multi-sentence quote, once), «این نماینده مجلس پیشنهاد کرد …» (one) = 2.',
      'The Ministry of Education («اعلام کرد») is an organization; the Sampad organization is only named in roles; the «دانش‌آموز خبرنگار پانا» is the reporter. «۲۵ دانش‌آموز» and «۲۵ درصد» are two figures; «۶۵۰ مدرسه» and «سه مدرسه» (in words) are two figures in مدرسه; «۱۵ درصد» is in the body (paragraph 2), the deck repeats it in other words; the prep-class cost per month is kept with its basis left out; the prize «۲۰ میلیون تومانی» is money in تومان.',
    ],
  },
  {
    name: 'ibna-print-runs-paper-price', site: 'ibna', inlineAt: 5, photoAt: 1,
    rutitr: 'آمار نشر بهار ۱۴۰۵',
    inline: 'کاغذ یارانه‌ای ناشران از شهریور توزیع می‌شود',
    extraExcludes: ['آمار نشر بهار ۱۴۰۵', 'صنعت نشر', '«تاریخ شفاهی چاپخانه‌های لاله‌زار»'],
    url: 'https://www.ibna.ir/news/548217/میانگین-شمارگان-کتاب-به-۴۹۰-نسخه-رسید',
    title: 'میانگین شمارگان کتاب به ۴۹۰ نسخه رسید؛ گرانی کاغذ تیراژها را پایین آورد',
    kicker: 'نشر و کتابخانه', date: '۷ مرداد ۱۴۰۵ - ۱۴:۳۰',
    lead: 'آمار خانه کتاب و ادبیات ایران نشان می‌دهد در سه ماه نخست امسال ۲۱ هزار و ۶۰۰ عنوان کتاب در کشور منتشر شده و میانگین شمارگان هر عنوان به ۴۹۰ نسخه رسیده است؛ رقمی که ۱۲ درصد کمتر از بهار پارسال است.',
    paras: [
      'به گزارش خبرگزاری کتاب ایران (ایبنا)، از این تعداد ۸ هزار و ۹۰۰ عنوان چاپ نخست و بقیه تجدید چاپ بوده‌اند. کتاب‌های حوزه ادبیات با ۲۷ درصد بیشترین سهم را در میان عناوین منتشرشده داشته‌اند و کتاب‌های کودک و نوجوان با ۱۹ درصد پس از آن قرار گرفته‌اند.',
      'سعید نیک‌فرجام، مدیرعامل خانه کتاب و ادبیات ایران، در این باره به ایبنا گفت: کاهش شمارگان بیش از هر چیز نتیجه گرانی کاغذ است. قیمت هر بند کاغذ تحریر در بازار آزاد از ابتدای سال تاکنون از ۴ میلیون و ۲۰۰ هزار تومان به ۶ میلیون و ۱۰۰ هزار تومان رسیده و ناشران ناچارند شمارگان را پایین بیاورند.',
      'وی افزود: میانگین قیمت پشت جلد کتاب در همین مدت به ۲۸۵ هزار تومان رسیده که ۳۴ درصد بیشتر از بهار پارسال است و این یعنی خریدار کمتر و شمارگان پایین‌تر.',
      'وضعیت بازار کاغذ موضوع نشستی هم بود که عصر دیروز با حضور نمایندگان اتحادیه ناشران و کتابفروشان تهران، از جمله فرهاد توکلی‌راد، مدیر نشر کاروان سپید، در معاونت امور فرهنگی وزارت فرهنگ و ارشاد اسلامی برگزار شد.',
      'توکلی‌راد پس از این نشست به خبرنگار ایبنا گفت: بیشتر کتاب‌های تازه ما اکنون با شمارگان ۳۰۰ نسخه چاپ می‌شود. چند سال پیش کتاب زیر هزار نسخه اصلاً چاپ نمی‌کردیم؛ امروز چاپ هزار نسخه برای یک ناشر متوسط ریسک بزرگی است.',
      'مدیر نشر کاروان سپید همچنین خواستار افزایش سهمیه کاغذ یارانه‌ای ناشران شد و گفت سهمیه‌ای که پارسال توزیع شد تنها ۱۸ درصد نیاز بازار را پوشش می‌داد.',
      'در همین حال یوناس ورنر، مدیر بخش حقوق نشر نمایشگاه کتاب فرانکفورت، در پیامی به ایبنا از توجه بیشتر ناشران اروپایی به ادبیات معاصر فارسی خبر داد و نوشت: در دو سال گذشته حق ترجمه ۴۶ عنوان رمان و مجموعه داستان ایرانی به ناشران آلمانی، ایتالیایی و اسپانیایی فروخته شده است.',
      'به نوشته ورنر، ۱۴ آژانس ادبی ایرانی برای حضور در مرکز حقوق نشر نمایشگاه مهر امسال ثبت‌نام کرده‌اند.',
      'نیک‌فرجام در پایان با اشاره به طرح‌های حمایتی گفت: در طرح تابستانه کتاب که از ۱۰ مرداد آغاز می‌شود، هزار و ۸۰۰ کتابفروشی کتاب را با ۲۰ درصد تخفیف عرضه می‌کنند و ۲۵۰ میلیارد تومان یارانه برای این طرح در نظر گرفته شده است.',
    ],
    tags: ['شمارگان کتاب', 'قیمت کاغذ', 'خانه کتاب و ادبیات ایران', 'طرح تابستانه کتاب', 'نمایشگاه کتاب فرانکفورت'],
    caption: 'نمایی از کتابفروشی‌های خیابان انقلاب تهران', credit: 'عکس: ایبنا',
    related: ['جزئیات طرح تابستانه کتاب ۱۴۰۵ اعلام شد', 'ناشران: سهمیه کاغذ یارانه‌ای کافی نیست', 'فروش حق نشر کتاب‌های کودک ایرانی در نمایشگاه بولونیا'],
    mostRead: ['فهرست نامزدهای جایزه کتاب سال اعلام شد', 'گفت‌وگو با مترجم تازه‌ترین رمان پرفروش اسپانیایی', 'زمان برگزاری نمایشگاه کتاب استان‌ها', 'کتابخانه‌های عمومی تابستان تا ساعت ۲۱ باز هستند'],
    comments: [['ناشر شهرستانی', 'در شهرستان‌ها وضع بدتر است؛ ما دیگر بیشتر از ۲۰۰ نسخه چاپ نمی‌کنیم.'], ['نسرین', 'کتاب کودک با این قیمت‌ها از سبد خانواده‌ها حذف شده است.']],
    speakers: [
      { name: 'سعید نیک‌فرجام', role: 'مدیرعامل خانه کتاب و ادبیات ایران', also_called: ['وی', 'نیک‌فرجام'], statements: 3 },
      { name: 'فرهاد توکلی‌راد', role: 'مدیر نشر کاروان سپید', also_called: ['توکلی‌راد'], statements: 2 },
      { name: 'یوناس ورنر', role: 'مدیر بخش حقوق نشر نمایشگاه کتاب فرانکفورت', also_called: ['ورنر'], statements: 2 },
    ],
    speakers_never: ['خانه کتاب و ادبیات ایران', 'اتحادیه ناشران و کتابفروشان تهران', 'وزارت فرهنگ و ارشاد اسلامی'],
    figures: [
      { value: 21600, unit: 'عنوان', kind: 'count', about: '«۲۱ هزار و ۶۰۰ عنوان» کتاب منتشرشده در بهار (lead)' },
      { value: 490, unit: 'نسخه', kind: 'count', about: 'میانگین شمارگان هر عنوان (lead, title)' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'کاهش میانگین شمارگان (lead)' },
      { value: 8900, unit: 'عنوان', kind: 'count', about: '«۸ هزار و ۹۰۰ عنوان» چاپ نخست' },
      { value: 27, unit: 'درصد', kind: 'percent', about: 'سهم کتاب‌های ادبیات' },
      { value: 19, unit: 'درصد', kind: 'percent', about: 'سهم کتاب‌های کودک و نوجوان' },
      { value: 4200000, unit: 'تومان', kind: 'money', about: '«۴ میلیون و ۲۰۰ هزار تومان» قیمت هر بند کاغذ در ابتدای سال (kept; «هر بند» is its basis)' },
      { value: 6100000, unit: 'تومان', kind: 'money', about: '«۶ میلیون و ۱۰۰ هزار تومان» قیمت کنونی هر بند کاغذ' },
      { value: 285000, unit: 'تومان', kind: 'money', about: 'میانگین قیمت پشت جلد' },
      { value: 34, unit: 'درصد', kind: 'percent', about: 'رشد قیمت پشت جلد' },
      { value: 300, unit: 'نسخه', kind: 'count', about: 'شمارگان کتاب‌های تازه نشر کاروان سپید' },
      { value: 1000, unit: 'نسخه', kind: 'count', about: '«زیر هزار نسخه» / «چاپ هزار نسخه» (one value, written in words)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'سهم پوشش کاغذ یارانه‌ای از نیاز بازار' },
      { value: 46, unit: 'عنوان', kind: 'count', about: 'عناوین ایرانی با حق ترجمه فروخته‌شده' },
      { value: 14, unit: 'آژانس', kind: 'count', about: 'آژانس‌های ادبی ایرانی ثبت‌نام‌کرده' },
      { value: 1800, unit: 'کتابفروشی', kind: 'count', about: '«هزار و ۸۰۰ کتابفروشی» طرح تابستانه' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'تخفیف طرح تابستانه' },
      { value: 250000000000, unit: 'تومان', kind: 'money', about: '«۲۵۰ میلیارد تومان» یارانه طرح' },
    ],
    figures_never: ['«سه ماه نخست امسال», «بهار پارسال», «ابتدای سال», «عصر دیروز», «پارسال», «مهر امسال», «۱۰ مرداد»: dates', '«دو سال گذشته»: a duration', '«چند سال پیش»: a vague date', '«چاپ نخست»: ordinal', '«یک ناشر متوسط»: lone «یک»', '«هر بند»: basis', 'the kicker «آمار نشر بهار ۱۴۰۵», the sidebar «تازه‌های نشر» (pages and prices of three books), the read-more box: not body'],
    notes: [
      'A publishing-statistics story of IBNA, the Book News Agency of Iran, on the NASTOOH CMS (the family of Mehr and ISNA): nastooh:* metas (pageType news, publishDate «1405-05-07» as a Jalali date only, nid); JSON-LD NewsArticle whose datePublished is in UTC with «Z», «2026-07-29T11:00:00Z» (the gold is the same instant in Tehran time, 2026-07-29T14:30:00+03:30); #item.item-news with .item-nav (.item-date «چهارشنبه ۷ مرداد ۱۴۰۵ - ۱۴:۳۰», .item-code «کد خبر ۵۴۸۲۱۷», a breadcrumb «نشر و کتابخانه / صنعت نشر»), .item-title with h4.kicker «آمار نشر بهار ۱۴۰۵» (not body) and h1.title, .item-summary with an image and p.introtext (the lead, body); .item-body .item-text holds the paragraphs, a photo with caption and credit after paragraph 2 and an in-body «بیشتر بخوانید» box after paragraph 6 (not body); tags, short link, share row, «خبرهای مرتبط», «نظر شما» with two comments, a sidebar of most-viewed items and a «تازه‌های نشر» box listing three new books with page counts and prices in toman, a House of Book link in the top bar, footer.',
      'statements: Nikfarjam: «NAME، ROLE، در این باره به ایبنا گفت:» (multi-sentence quote, once), «وی افزود:» (one), «نیک‌فرجام در پایان … گفت:» (one) = 3; Tavakolirad is first met IN PASSING among those at the meeting on paper («از جمله NAME، ROLE، …»), then speaks by surname: «توکلی‌راد … به خبرنگار ایبنا گفت:» (multi-sentence quote, once), and by role alone: «مدیر نشر کاروان سپید همچنین خواستار … شد و گفت …» (one) = 2 (the role-alone form is his role as first given); Werner (the foreign speaker, a Frankfurt Book Fair manager): «NAME، ROLE، در پیامی به ایبنا … خبر داد و نوشت:» (one), «به نوشته ورنر، …» (one) = 2.',
      'The House of Book («آمار … نشان می‌دهد»), the Tehran publishers\' union and the ministry are organizations; the publisher «کاروان سپید» is invented. «هزار نسخه» occurs twice in one sentence (the old floor and today\'s risky print run) and is one figure; «۲۱ هزار و ۶۰۰ عنوان», «۸ هزار و ۹۰۰ عنوان» and «۴۶ عنوان» are three figures in عنوان; paper prices per ream are kept with the basis left out; «هزار و ۸۰۰ کتابفروشی» is 1800.',
    ],
  },
  {
    name: 'fararu-tehran-dams-water', site: 'fararu', author: 'سپیده مرادخانی', inlineAt: 3,
    rutitr: 'بحران آب پایتخت',
    inline: 'نقشه مناطقی از تهران که شب‌ها افت فشار آب دارند',
    extraExcludes: ['بحران آب پایتخت', 'خرید اقساطی کولر گازی با چک صیادی؛ بدون پیش‌پرداخت', 'نویسنده: سپیده مرادخانی'],
    url: 'https://fararu.com/fa/news/893417/ذخایر-سدهای-تهران-به-۱۴-درصد-رسید',
    title: 'ذخایر سدهای تهران به ۱۴ درصد رسید؛ کاهش فشار شبانه آب گسترده‌تر می‌شود',
    kicker: 'محیط زیست', date: '۸ مرداد ۱۴۰۵ - ۱۲:۳۰',
    lead: 'حجم آب پشت پنج سد تأمین‌کننده آب تهران به ۲۶۵ میلیون مترمکعب رسیده که تنها ۱۴ درصد ظرفیت این سدهاست؛ مدیرعامل شرکت آب منطقه‌ای تهران می‌گوید اگر مصرف کاهش نیابد، طرح کاهش فشار شبانه آب از نیمه مرداد به مناطق بیشتری از پایتخت می‌رسد.',
    paras: [
      'به گزارش فرارو، بر اساس تازه‌ترین آمار شرکت مدیریت منابع آب ایران، ورودی سدهای امیرکبیر، لار، لتیان، طالقان و ماملو از ابتدای سال آبی جاری ۴۲ درصد کمتر از میانگین بلندمدت بوده و مجموع بارش استان تهران در همین مدت به ۱۵۸ میلی‌متر رسیده است.',
      'محسن اردکانی‌پور، مدیرعامل شرکت آب منطقه‌ای تهران، روز گذشته در جلسه کمیسیون سلامت، محیط زیست و خدمات شهری شورای شهر تهران که به ریاست حمیدرضا شاکرنیا، رئیس این کمیسیون، برگزار شد گفت: مصرف روزانه آب تهران هنوز حدود ۳ میلیون و ۱۰۰ هزار مترمکعب است. برای عبور از تابستان باید دست‌کم ۱۰ درصد کمتر مصرف کنیم.',
      'وی افزود: اکنون ۳۸ درصد آب شرب تهران از چاه‌ها تأمین می‌شود و ۱۲۰ حلقه چاه تازه نیز در حال تجهیز است، اما برداشت بیشتر از آبخوان‌ها فرونشست زمین را در جنوب تهران تشدید می‌کند.',
      'به گفته این مقام مسئول، کاهش فشار آب در ساعات شب اکنون در ۹ منطقه تهران اجرا می‌شود و مشترکانی که مخزن و پمپ ندارند، باید برای ساعات اوج مصرف آماده باشند.',
      'شاکرنیا نیز در این جلسه با انتقاد از کندی نوسازی شبکه فرسوده گفت: هنوز حدود ۲۲ درصد آب تصفیه‌شده تهران در شبکه توزیع هدر می‌رود. با این میزان هدررفت، نمی‌توان همه بار کم‌آبی را بر دوش مشترکان گذاشت.',
      'رئیس کمیسیون سلامت، محیط زیست و خدمات شهری شورای شهر تهران همچنین خبر داد که شهرداری از این پس برای آبیاری فضای سبز فقط از پساب و آب چاه‌های غیرشرب استفاده می‌کند.',
      'ناهید صفایی‌نژاد، استاد دانشکده محیط زیست دانشگاه تهران، در گفت‌وگو با فرارو می‌گوید مشکل تهران فقط خشکسالی امسال نیست. او توضیح می‌دهد: جمعیت تهران در دو دهه گذشته نزدیک به ۲ میلیون نفر بیشتر شده، در حالی که منابع آب تجدیدپذیر حوضه آبریز آن ثابت مانده است.',
      'صفایی‌نژاد می‌افزاید: سرانه مصرف خانگی در تهران حدود ۲۱۰ لیتر در روز است، در حالی که این رقم در بسیاری از کلان‌شهرهای کم‌آب دنیا به ۱۵۰ لیتر هم نمی‌رسد. بدون اصلاح تعرفه آب برای مشترکان پرمصرف، این فاصله کم نمی‌شود.',
      'سخنگوی صنعت آب کشور نیز روز گذشته اعلام کرده بود حدود ۶۰۰ هزار مشترک پرمصرف در تهران شناسایی شده‌اند و از ابتدای شهریور مشمول تعرفه تصاعدی جدید می‌شوند.',
    ],
    tags: ['کم‌آبی تهران', 'سدهای تهران', 'کاهش فشار آب', 'شرکت آب منطقه‌ای تهران', 'فرونشست زمین'],
    caption: 'نمایی از دریاچه کم‌آب سد امیرکبیر در جاده چالوس', credit: 'عکس: آرشیو فرارو',
    related: ['چرا فرونشست زمین در جنوب تهران سرعت گرفت؟', 'سه سناریو برای تابستان بی‌آب پایتخت', 'تعرفه آب مشترکان پرمصرف چقدر می‌شود؟'],
    mostRead: ['قیمت دلار و سکه امروز پنجشنبه', 'جدول خاموشی برق تهران برای فردا', 'ادارات تهران شنبه تعطیل است؟', 'اعلام نتایج نهایی کنکور سراسری'],
    comments: [['آرش', 'سال‌هاست می‌گویند صرفه‌جویی کنید، ولی کسی درباره برج‌سازی و مهاجرت به تهران حرف نمی‌زند.'], ['مهسا از نارمک', 'ما از دو هفته پیش شب‌ها آب نداریم و هیچ اطلاع‌رسانی هم نشده بود.']],
    speakers: [
      { name: 'محسن اردکانی‌پور', role: 'مدیرعامل شرکت آب منطقه‌ای تهران', also_called: ['وی', 'این مقام مسئول'], statements: 4 },
      { name: 'حمیدرضا شاکرنیا', role: 'رئیس این کمیسیون', also_called: ['شاکرنیا', 'رئیس کمیسیون سلامت، محیط زیست و خدمات شهری شورای شهر تهران'], statements: 2 },
      { name: 'ناهید صفایی‌نژاد', role: 'استاد دانشکده محیط زیست دانشگاه تهران', also_called: ['او', 'صفایی‌نژاد'], statements: 3 },
    ],
    speakers_never: ['شرکت مدیریت منابع آب ایران', 'سخنگوی صنعت آب کشور', 'شهرداری'],
    figures: [
      { value: 5, unit: 'سد', kind: 'count', about: '«پنج سد تأمین‌کننده آب تهران» (count in words, lead)' },
      { value: 265000000, unit: 'مترمکعب', kind: 'measure', about: '«۲۶۵ میلیون مترمکعب» حجم آب پشت سدها (lead)' },
      { value: 14, unit: 'درصد', kind: 'percent', about: 'پرشدگی سدها (lead, title)' },
      { value: 42, unit: 'درصد', kind: 'percent', about: 'کاهش ورودی سدها نسبت به میانگین بلندمدت' },
      { value: 158, unit: 'میلی‌متر', kind: 'measure', about: 'بارش استان تهران در سال آبی' },
      { value: 3100000, unit: 'مترمکعب', kind: 'measure', about: '«۳ میلیون و ۱۰۰ هزار مترمکعب» مصرف روزانه (kept; «روزانه» is its basis)' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'کاهش مصرف لازم' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'سهم چاه‌ها از آب شرب' },
      { value: 120, unit: 'حلقه', kind: 'count', about: '«۱۲۰ حلقه چاه» تازه (classifier as unit)' },
      { value: 9, unit: 'منطقه', kind: 'count', about: 'مناطق مشمول کاهش فشار شبانه' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'هدررفت آب در شبکه' },
      { value: 2000000, unit: 'نفر', kind: 'count', about: '«نزدیک به ۲ میلیون نفر» افزایش جمعیت' },
      { value: 210, unit: 'لیتر', kind: 'measure', about: 'سرانه مصرف خانگی در روز (kept; «در روز» is its basis)' },
      { value: 150, unit: 'لیتر', kind: 'measure', about: 'سرانه کلان‌شهرهای کم‌آب' },
      { value: 600000, unit: 'مشترک', kind: 'count', about: '«حدود ۶۰۰ هزار مشترک پرمصرف»' },
    ],
    figures_never: ['«نیمه مرداد», «ابتدای سال آبی جاری», «روز گذشته», «امسال», «ابتدای شهریور»: dates', '«دو دهه گذشته»: a duration', '«روزانه», «در روز», «سرانه»: bases', '«میانگین بلندمدت»: not a number', 'the header strip of exchange and gold rates, the sponsored «رپورتاژ آگهی» links, comment votes: not body'],
    notes: [
      'A Tehran water-crisis story of Fararu on IRANSAMANEH with its own theme (/fa/news/893417/…; a header strip of exchange and gold rates, «دلار آزاد», «یورو», «سکه امامی», «طلای ۱۸ عیار», with toman values, not body; .news_path «فرارو » جامعه » محیط زیست»; div.col-main-news with «کد خبر: ۸۹۳۴۱۷» and the date written TIME FIRST, «تاریخ انتشار: ۱۲:۳۰ - ۰۸ مرداد ۱۴۰۵»; article:published_time 2026-07-30T12:30:00+03:30, the gold; no JSON-LD). The rutitr «بحران آب پایتخت» is not body; .content-lead-news is the lead (body); the lead image has caption and credit; .body has an in-body «بیشتر بخوانید:» box after paragraph 4 (not body); under the text a messenger invite «فرارو را در بله و ایتا دنبال کنید», the byline «نویسنده: سپیده مرادخانی» linking to her author page (the non-article case of this set), tags, short link, related, two sponsored «رپورتاژ آگهی» links, IranSamaneh comment counters with two comments and votes, most-viewed, a side ad, footer.',
      'statements: Ardakanipour is first given by ROLE ONLY in the lead: «ROLE می‌گوید اگر …» (one); then «NAME، ROLE، روز گذشته در جلسه … گفت:» (multi-sentence quote, once), «وی افزود:» (one), «به گفته این مقام مسئول، …» (one) = 4; Shakernia is first met IN PASSING as the chair of the council commission («به ریاست NAME، رئیس این کمیسیون، برگزار شد»): his role is given as the body first gives it, «رئیس این کمیسیون», and the full title used later alone goes into also_called; then «شاکرنیا نیز … با انتقاد از … گفت:» (multi-sentence quote, once), «رئیس کمیسیون … همچنین خبر داد که …» (one) = 2; Safaeinejad, in Fararu\'s present tense: «NAME، ROLE، در گفت‌وگو با فرارو می‌گوید …» (one), «او توضیح می‌دهد:» (one), «صفایی‌نژاد می‌افزاید:» (multi-sentence quote, once) = 3.',
      'The national water-resources company («بر اساس … آمار») and the municipality are organizations; the water-industry spokesman speaks («اعلام کرده بود») but is never named: not a speaker. The five dams are counted in words («پنج سد») and then named; volumes in مترمکعب, rainfall in میلی‌متر and per-capita use in لیتر are measures; the daily consumption and the per-day per-capita use are kept with their bases left out.',
    ],
  },
  {
    name: 'aftabnews-drug-shortage-currency', site: 'aftabnews', inlineAt: 3,
    inline: 'بیمه تکمیلی درمان خانواده با پوشش بستری و دارو؛ همین امروز استعلام بگیرید',
    extraExcludes: ['هشدار زرد هواشناسی برای تهران و البرز'],
    url: 'https://aftabnews.ir/fa/news/958214/کمبود-۱۶۰-قلم-دارو-در-داروخانه-ها',
    title: 'کمبود ۱۶۰ قلم دارو در داروخانه‌ها؛ تنها ۸۵۰ میلیون یورو ارز دارو تخصیص یافت',
    kicker: 'سلامت', date: '۱۰ مرداد ۱۴۰۵ - ۱۷:۴۵',
    lead: 'سخنگوی سازمان غذا و دارو از کمبود ۱۶۰ قلم دارو در داروخانه‌های کشور خبر داد و گفت تخصیص ارز برای واردات دارو و مواد اولیه دارویی در چهار ماه نخست امسال ۲۵ درصد کمتر از برنامه بوده است.',
    paras: [
      'به گزارش آفتاب‌نیوز، مهرداد شجاعی‌فرد امروز در نشست خبری سازمان غذا و دارو گفت: از این ۱۶۰ قلم، ۴۵ قلم داروی حیاتی است؛ از جمله انسولین قلمی، چند داروی شیمی‌درمانی و برخی داروهای ضدتشنج کودکان. برای بقیه اقلام جایگزین داخلی در بازار وجود دارد.',
      'وی ادامه داد: نیاز سالانه صنعت دارو به ارز حدود ۳ میلیارد و ۴۰۰ میلیون یورو است، اما تا پایان تیر فقط ۸۵۰ میلیون یورو تخصیص یافته است.',
      'سخنگوی سازمان غذا و دارو درباره انسولین نیز توضیح داد: ماهانه حدود ۲ میلیون و ۳۰۰ هزار قلم انسولین در کشور مصرف می‌شود و محموله ۶۰۰ هزار قلمی که هفته گذشته ترخیص شد، تنها نیاز یک هفته بیماران را پوشش می‌دهد.',
      'هم‌زمان با این نشست، شش داروساز از استان‌های مختلف به همراه شیرین مؤمنی‌زاده، رئیس انجمن داروسازان ایران، با اعضای کمیسیون بهداشت و درمان مجلس دیدار کردند.',
      'مؤمنی‌زاده پس از این دیدار به آفتاب‌نیوز گفت: بدهی بیمه‌ها به داروخانه‌ها به ۱۸ هزار میلیارد تومان رسیده و بعضی داروخانه‌ها هنوز مطالبات هشت ماه پیش خود را دریافت نکرده‌اند. در این شرایط داروخانه نمی‌تواند داروی گران را در قفسه نگه دارد.',
      'او افزود که از ابتدای سال تاکنون دست‌کم ۳۴۰ داروخانه در کشور تعطیل شده یا پروانه خود را واگذار کرده‌اند.',
      'علیرضا بهبودی‌نیا، عضو کمیسیون بهداشت و درمان مجلس که در این دیدار حضور داشت، نیز به آفتاب‌نیوز گفت: کمیسیون از وزیر بهداشت خواسته است گزارش تخصیص ارز دارو را ظرف دو هفته به مجلس ارائه کند. اگر ۲۰ درصد ارز کالاهای اساسی به دارو منتقل شود، کمبودها در کمتر از سه ماه برطرف می‌شود.',
      'بهبودی‌نیا افزود: قیمت برخی داروهای تولید داخل از ابتدای سال ۴۰ تا ۶۰ درصد بالا رفته و بیمه‌ها هنوز سهم خود را با قیمت‌های پارسال محاسبه می‌کنند.',
      'سازمان تأمین اجتماعی نیز امروز اعلام کرد ۲ هزار و ۵۰۰ میلیارد تومان از بدهی خود به داروخانه‌ها را تا پایان مرداد پرداخت می‌کند.',
    ],
    tags: ['کمبود دارو', 'سازمان غذا و دارو', 'ارز دارو', 'انسولین', 'داروخانه'],
    caption: 'صف بیماران مقابل داروخانه ۱۳ آبان تهران', credit: 'عکس: آرشیو',
    related: ['انسولین قلمی از بازار آزاد هم جمع شد', 'بدهی بیمه‌ها به داروخانه‌ها؛ چرا پرداخت نمی‌شود؟', 'فهرست داروهای کمیاب به‌روزرسانی شد'],
    mostRead: ['افزایش حقوق بازنشستگان از مرداد اعمال می‌شود', 'زمان واریز یارانه مرداد اعلام شد', 'جزئیات تعطیلی اربعین', 'نرخ جدید کرایه تاکسی‌های تهران'],
    comments: [['پدر یک بیمار دیابتی', 'سه داروخانه رفتم و انسولین پیدا نکردم؛ مسئولان فقط آمار می‌دهند.'], ['داروساز', 'بدهی بیمه‌ها را بدهند، دارو هم در قفسه‌ها پیدا می‌شود.']],
    speakers: [
      { name: 'مهرداد شجاعی‌فرد', role: 'سخنگوی سازمان غذا و دارو', also_called: ['وی'], statements: 4 },
      { name: 'شیرین مؤمنی‌زاده', role: 'رئیس انجمن داروسازان ایران', also_called: ['مؤمنی‌زاده', 'او'], statements: 2 },
      { name: 'علیرضا بهبودی‌نیا', role: 'عضو کمیسیون بهداشت و درمان مجلس', also_called: ['بهبودی‌نیا'], statements: 2 },
    ],
    speakers_never: ['سازمان غذا و دارو', 'سازمان تأمین اجتماعی', 'وزیر بهداشت', 'انجمن داروسازان ایران'],
    figures: [
      { value: 160, unit: 'قلم', kind: 'count', about: '«۱۶۰ قلم دارو» کمیاب (lead, title)' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'کمبود تخصیص ارز نسبت به برنامه (lead)' },
      { value: 45, unit: 'قلم', kind: 'count', about: 'داروهای حیاتی کمیاب' },
      { value: 3400000000, unit: 'یورو', kind: 'money', about: '«۳ میلیارد و ۴۰۰ میلیون یورو» نیاز سالانه (kept; «سالانه» is its basis)' },
      { value: 850000000, unit: 'یورو', kind: 'money', about: '«۸۵۰ میلیون یورو» ارز تخصیص‌یافته (title)' },
      { value: 2300000, unit: 'قلم', kind: 'count', about: '«۲ میلیون و ۳۰۰ هزار قلم انسولین» مصرف ماهانه (kept; «ماهانه» is its basis; قلم = pen here)' },
      { value: 600000, unit: 'قلم', kind: 'count', about: '«محموله ۶۰۰ هزار قلمی» (unit in base form)' },
      { value: 6, unit: 'داروساز', kind: 'count', about: '«شش داروساز» در دیدار با کمیسیون بهداشت (count in words)' },
      { value: 18000000000000, unit: 'تومان', kind: 'money', about: '«۱۸ هزار میلیارد تومان» بدهی بیمه‌ها به داروخانه‌ها' },
      { value: 340, unit: 'داروخانه', kind: 'count', about: '«دست‌کم ۳۴۰ داروخانه» تعطیل‌شده' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'سهم پیشنهادی از ارز کالاهای اساسی' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'حد پایین بازه «۴۰ تا ۶۰ درصد» رشد قیمت' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'حد بالای بازه «۴۰ تا ۶۰ درصد»' },
      { value: 2500000000000, unit: 'تومان', kind: 'money', about: '«۲ هزار و ۵۰۰ میلیارد تومان» پرداخت تأمین اجتماعی' },
    ],
    figures_never: ['«چهار ماه نخست امسال», «امروز», «پایان تیر», «هفته گذشته», «هشت ماه پیش», «ابتدای سال», «پارسال», «پایان مرداد»: dates', '«یک هفته», «دو هفته», «کمتر از سه ماه»: durations', '«سالانه», «ماهانه»: bases', '«چند داروی شیمی‌درمانی»: vague', 'the native ad inside the text, the «سایر اخبار» box, comments: not body'],
    notes: [
      'A drug-shortage story of Aftab News on IRANSAMANEH with its older theme: the article in div.col_r_inner_news; NO DATE METADATA at all (no article:published_time, no JSON-LD, no <time>): the only date is the visible «تاریخ انتشار : شنبه ۱۰ مرداد ۱۴۰۵ ساعت ۱۷:۴۵» (weekday, «ساعت» before the time, a space before the colon), the gold 2026-08-01T17:45:00+03:30; the <title> puts the site name first, «آفتاب‌نیوز - …»; .news_path; h1.title; .subtitle (the lead, body); lead image with caption and credit; the body is a run of justified <div>s (not <p>) opening with the site label div.aftab_news «آفتاب‌نیوز :» (not body) and carrying a NATIVE AD box («تبلیغات» + a one-line insurance offer) after paragraph 4 (not body); tags, short link, print, related, «سایر اخبار», IranSamaneh comment counters with two comments, most-viewed, a top banner, footer.',
      'statements: Shojaeifard is first given by ROLE ONLY in the lead: «ROLE از … خبر داد و گفت …» (one); then «NAME امروز در نشست خبری … گفت:» (multi-sentence quote, once), «وی ادامه داد:» (one), and by role alone «سخنگوی سازمان غذا و دارو درباره انسولین نیز توضیح داد:» (one) = 4; Momenizadeh is first met IN PASSING leading the six pharmacists who met the health commission («به همراه NAME، ROLE، … دیدار کردند»), then speaks by surname: «مؤمنی‌زاده … به آفتاب‌نیوز گفت:» (multi-sentence quote, once), «او افزود که …» (one) = 2; Behboudinia: «NAME، ROLE … نیز به آفتاب‌نیوز گفت:» (multi-sentence quote, once), «بهبودی‌نیا افزود:» (one) = 2.',
      'The Food and Drug Administration (named only in the role and as the host of the press conference), the Social Security Organization («اعلام کرد») and the pharmacists\' association are organizations; the health minister is only mentioned. «قلم» is the unit of drug items («۱۶۰ قلم», «۴۵ قلم») and of insulin pens («۲ میلیون و ۳۰۰ هزار قلم», «۶۰۰ هزار قلمی»): four figures with one unit; the range «۴۰ تا ۶۰ درصد» gives two figures; «شش داروساز» is a count in words; «۲۵ درصد» and «۲۰ درصد» are distinct.',
    ],
  },
  {
    name: 'resalat-housing-movement-units', site: 'resalat', author: 'گروه اقتصادی', inlineAt: 3,
    inline: 'اشتراک نسخه چاپی روزنامه رسالت؛ ارسال رایگان به سراسر تهران',
    extraExcludes: ['افزایش ۳ درصدی صادرات فولاد در تیرماه', 'بیشتر از نویسنده', 'شماره 11648'],
    url: 'https://resalat-news.com/تحویل-۶۸-هزار-واحد-نهضت-ملی-مسکن-از-ابتدای-امسال/',
    title: 'تحویل ۶۸ هزار واحد نهضت ملی مسکن از ابتدای امسال',
    kicker: 'اقتصادی', date: '۱۲ مرداد ۱۴۰۵ - ۰۷:۱۵',
    lead: 'معاون مسکن و ساختمان وزارت راه و شهرسازی می‌گوید از ابتدای امسال ۶۸ هزار واحد نهضت ملی مسکن به متقاضیان تحویل شده و تا پایان سال ۲۱۰ هزار واحد دیگر آماده تحویل می‌شود.',
    paras: [
      'به گزارش رسالت، رضا قاسمیان‌پور روز گذشته در بازدید از پروژه‌های نهضت ملی مسکن در شهر جدید پردیس که کوروش بهرام‌نژاد، مدیرعامل بانک مسکن، نیز او را همراهی می‌کرد، گفت: در پردیس به‌تنهایی ۱۲ هزار واحد در مرحله نازک‌کاری است و انشعاب آب و برق ۴ هزار واحد آن تا پایان شهریور وصل می‌شود.',
      'وی افزود: متوسط هزینه ساخت هر متر مربع در این طرح اکنون ۱۴ میلیون تومان است و سهم آورده متقاضی به حدود ۳۵ درصد قیمت تمام‌شده رسیده است.',
      'معاون وزیر راه و شهرسازی با بیان اینکه ۴۵۰ هزار متقاضی هنوز در صف تخصیص زمین یا تکمیل آورده هستند، تصریح کرد: اولویت امسال تکمیل واحدهای نیمه‌کاره است و تا تعیین تکلیف این متقاضیان، پروژه تازه‌ای در شهرهای بزرگ کلنگ‌زنی نمی‌شود.',
      'بهرام‌نژاد نیز در این بازدید درباره تسهیلات طرح گفت: بانک مسکن از آغاز طرح تاکنون ۱۱۵ هزار میلیارد تومان تسهیلات ساخت پرداخت کرده است. سقف وام هر واحد در تهران و شهرهای جدید اطراف آن ۶۵۰ میلیون تومان و نرخ سود آن ۱۸ درصد است.',
      'مدیرعامل بانک مسکن افزود که سهم دیگر بانک‌ها از تأمین مالی نهضت ملی مسکن هنوز کمتر از ۳۰ درصد است و از میان بانک‌های عامل، تنها چهار بانک سهمیه خود را کامل پرداخت کرده‌اند.',
      'الهام رستگارفر، اقتصاددان و پژوهشگر حوزه مسکن، اما در گفت‌وگو با «رسالت» می‌گوید سرعت تحویل واحدها با نیاز بازار فاصله زیادی دارد. به گفته او، کشور سالانه دست‌کم به ۹۰۰ هزار واحد مسکونی تازه نیاز دارد، در حالی که ساخت‌وساز بخش خصوصی در سه سال گذشته به کمتر از ۳۰۰ هزار واحد در سال رسیده است.',
      'رستگارفر می‌افزاید: اجاره‌بها در تهران در یک سال گذشته به‌طور میانگین ۴۲ درصد بالا رفته است. تا وقتی عرضه مسکن ارزان در اطراف کلان‌شهرها به‌موقع انجام نشود، فشار بر مستأجران کم نخواهد شد.',
      'وزارت راه و شهرسازی نیز اعلام کرده است ثبت‌نام مرحله تازه طرح در ۴۰ شهر زیر ۱۰۰ هزار نفر جمعیت از نیمه شهریور آغاز می‌شود و متقاضیان می‌توانند از طریق سامانه طرح‌های حمایتی مسکن ثبت‌نام کنند.',
    ],
    tags: ['نهضت ملی مسکن', 'بانک مسکن', 'وزارت راه و شهرسازی', 'پردیس', 'اجاره‌بها'],
    caption: 'بازدید معاون وزیر راه و شهرسازی از واحدهای نیمه‌کاره پردیس', credit: 'عکس: رسالت',
    related: ['سقف وام ساخت مسکن در سال ۱۴۰۵ افزایش یافت', 'متقاضیان جامانده نهضت ملی مسکن چه کنند؟', 'بازار اجاره در آستانه فصل نقل‌وانتقال'],
    mostRead: ['سرمقاله: صحت‌سنجی وعده‌ها', 'نامه نمایندگان به رئیس‌جمهور درباره قیمت خودرو', 'واکنش تهران به بیانیه تروئیکای اروپایی', 'نرخ تورم تیرماه اعلام شد'],
    comments: [['محمد از پرند', 'چهار سال است ثبت‌نام کرده‌ایم و هنوز کلنگ پروژه ما زده نشده است.']],
    speakers: [
      { name: 'رضا قاسمیان‌پور', role: 'معاون مسکن و ساختمان وزارت راه و شهرسازی', also_called: ['وی', 'معاون وزیر راه و شهرسازی'], statements: 4 },
      { name: 'کوروش بهرام‌نژاد', role: 'مدیرعامل بانک مسکن', also_called: ['بهرام‌نژاد'], statements: 2 },
      { name: 'الهام رستگارفر', role: 'اقتصاددان و پژوهشگر حوزه مسکن', also_called: ['او', 'رستگارفر'], statements: 3 },
    ],
    speakers_never: ['وزارت راه و شهرسازی', 'بانک مسکن'],
    figures: [
      { value: 68000, unit: 'واحد', kind: 'count', about: '«۶۸ هزار واحد» تحویل‌شده از ابتدای امسال (lead, title)' },
      { value: 210000, unit: 'واحد', kind: 'count', about: '«۲۱۰ هزار واحد دیگر» تا پایان سال (lead)' },
      { value: 12000, unit: 'واحد', kind: 'count', about: 'واحدهای در مرحله نازک‌کاری در پردیس' },
      { value: 4000, unit: 'واحد', kind: 'count', about: 'واحدهایی که تا شهریور انشعاب می‌گیرند' },
      { value: 14000000, unit: 'تومان', kind: 'money', about: 'هزینه ساخت هر متر مربع (kept; «هر متر مربع» is its basis)' },
      { value: 35, unit: 'درصد', kind: 'percent', about: '«حدود ۳۵ درصد» سهم آورده متقاضی' },
      { value: 450000, unit: 'متقاضی', kind: 'count', about: 'متقاضیان در صف تخصیص زمین یا تکمیل آورده' },
      { value: 115000000000000, unit: 'تومان', kind: 'money', about: '«۱۱۵ هزار میلیارد تومان» تسهیلات پرداخت‌شده' },
      { value: 650000000, unit: 'تومان', kind: 'money', about: 'سقف وام هر واحد (kept; «هر واحد» is its basis)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'نرخ سود وام' },
      { value: 30, unit: 'درصد', kind: 'percent', about: '«کمتر از ۳۰ درصد» سهم دیگر بانک‌ها' },
      { value: 4, unit: 'بانک', kind: 'count', about: '«تنها چهار بانک» با سهمیه کامل (count in words)' },
      { value: 900000, unit: 'واحد', kind: 'count', about: '«دست‌کم ۹۰۰ هزار واحد» نیاز سالانه (kept; «سالانه» is its basis)' },
      { value: 300000, unit: 'واحد', kind: 'count', about: '«کمتر از ۳۰۰ هزار واحد در سال» ساخت بخش خصوصی' },
      { value: 42, unit: 'درصد', kind: 'percent', about: 'رشد اجاره‌بها در تهران' },
      { value: 40, unit: 'شهر', kind: 'count', about: 'شهرهای مرحله تازه ثبت‌نام' },
      { value: 100000, unit: 'نفر', kind: 'count', about: '«زیر ۱۰۰ هزار نفر جمعیت» آستانه جمعیتی (kept, like a threshold)' },
    ],
    figures_never: ['«ابتدای امسال», «پایان سال», «روز گذشته», «پایان شهریور», «امسال», «نیمه شهریور»: dates', '«سه سال گذشته», «یک سال گذشته»: durations', '«هر متر مربع», «هر واحد», «سالانه», «در سال»: bases', 'the in-content ad, the issue number «شماره 11648» and the previous/next article links: not body'],
    notes: [
      'A housing story of the daily Resalat on WORDPRESS with the tagDiv «Newspaper» theme and Yoast SEO: the <title> «… - روزنامه رسالت | روزنامه رسالت» (Yoast\'s separator plus the theme\'s own suffix); Yoast\'s article:published_time and schema graph give the instant in UTC, «2026-08-03T03:45:00+00:00», with a later modified time; the theme\'s <time class="entry-date updated td-module-date" datetime="2026-08-03T07:15:00+03:30"> gives it in Tehran time (the gold) and shows a Jalali date in LATIN digits without time, «12 مرداد 1405» (the same Latin digits in the header date and the sidebar\'s issue box «شماره 11648»); the author line is the desk «توسط گروه اقتصادی» with a Latin-digit view count. Crumbs, the .td-category pill, h1.entry-title, p.td-post-sub-title (the lead, body), the featured image with caption and credit, .td-post-content with an in-content ad (td-a-rec, «- آگهی -» and a subscription offer) after paragraph 4 (not body); share row «اشتراک گذاری», tags, «مقاله قبلی / مقاله بعدی» links, related posts with the tabs «مطالب مرتبط / بیشتر از نویسنده», the WP comment form «پاسخی بگذارید» with one comment, a sidebar with the day\'s issue and its PDF and «پربازدیدترین مطالب», footer.',
      'statements: Ghasemianpour is first given by ROLE ONLY in the lead: «ROLE می‌گوید …» (one); then by name without role: «NAME روز گذشته در بازدید … گفت:» (one), «وی افزود:» (one), and by a shorter role alone: «معاون وزیر راه و شهرسازی با بیان اینکه … تصریح کرد:» (one) = 4; Bahramnejad is first met IN PASSING as the official accompanying the deputy minister («که NAME، ROLE، نیز او را همراهی می‌کرد»), then speaks by surname: «بهرام‌نژاد نیز … گفت:» (multi-sentence quote, once), and by role alone: «مدیرعامل بانک مسکن افزود که …» (one) = 2; Rastegarfar, in the newspaper\'s present tense: «NAME، ROLE، اما … می‌گوید …» (one), «به گفته او، …» (one), «رستگارفر می‌افزاید:» (multi-sentence quote, once) = 3.',
      'The ministry («اعلام کرده است») and Bank Maskan (as an institution) are organizations. Six figures share the unit واحد (۶۸ هزار، ۲۱۰ هزار، ۱۲ هزار، ۴ هزار، ۹۰۰ هزار، ۳۰۰ هزار); the construction cost per square metre, the loan ceiling per unit and the yearly need are kept with their bases left out; the population threshold «زیر ۱۰۰ هزار نفر جمعیت» is kept as a figure in نفر; «چهار بانک» is a count in words.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Two pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [title, lead snippet, time, date] of the author's latest pieces on Fararu. */
const AUTHOR_ITEMS: [string, string, string, string][] = [
  ['ذخایر سدهای تهران به ۱۴ درصد رسید؛ کاهش فشار شبانه آب گسترده‌تر می‌شود', 'حجم آب پشت پنج سد تأمین‌کننده آب تهران به ۲۶۵ میلیون مترمکعب رسیده که تنها ۱۴ درصد ظرفیت این سدهاست …', '۱۲:۳۰', '۰۸ مرداد ۱۴۰۵'],
  ['فرونشست در دشت ورامین به ۳۱ سانتی‌متر در سال رسید', 'تازه‌ترین تصاویر ماهواره‌ای نشان می‌دهد سرعت فرونشست زمین در جنوب استان تهران همچنان رو به افزایش است …', '۱۰:۱۵', '۰۴ مرداد ۱۴۰۵'],
  ['گزارش فرارو از روستاهایی که با تانکر زندگی می‌کنند', 'در ۴۷ روستای شهرستان فیروزکوه آب شرب با تانکر توزیع می‌شود؛ اهالی می‌گویند …', '۰۹:۴۰', '۳۱ تیر ۱۴۰۵'],
  ['آلودگی هوای تابستانی؛ ازن مهمان تازه تهران', 'شاخص آلودگی ازن در چهار ایستگاه سنجش تهران در هفته گذشته از حد مجاز عبور کرد …', '۱۷:۲۰', '۲۷ تیر ۱۴۰۵'],
  ['پساب فاضلاب تهران کجا می‌رود؟', 'تصفیه‌خانه جنوب تهران روزانه بخشی از پساب پایتخت را برای کشاورزی دشت ورامین آماده می‌کند …', '۱۱:۰۵', '۲۳ تیر ۱۴۰۵'],
  ['درختان چنار ولیعصر تشنه‌اند', 'کارشناسان فضای سبز می‌گویند قطع آب جوی‌های خیابان ولیعصر چنارهای کهنسال را تهدید می‌کند …', '۱۳:۵۰', '۱۸ تیر ۱۴۰۵'],
  ['نقشه مناطقی از تهران که شب‌ها افت فشار آب دارند', 'شرکت آب و فاضلاب استان تهران فهرست مناطق مشمول کاهش فشار شبانه را منتشر کرد …', '۱۶:۳۰', '۱۵ تیر ۱۴۰۵'],
  ['کولر آبی یا گازی؛ کدام آب کمتری مصرف می‌کند؟', 'با نزدیک شدن به اوج گرمای تابستان، مقایسه مصرف آب و برق وسایل سرمایشی اهمیت بیشتری پیدا کرده است …', '۰۸:۲۵', '۱۲ تیر ۱۴۰۵'],
];

function fararuAuthorPage(): NonArt {
  const title = 'سپیده مرادخانی';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>مطالب سپیده مرادخانی | فرارو</title>
<meta name="description" content="آخرین گزارش‌ها و یادداشت‌های سپیده مرادخانی، خبرنگار گروه جامعه فرارو">
<meta property="og:type" content="profile">
<meta property="og:site_name" content="فرارو">
<link rel="canonical" href="https://fararu.com/fa/author/214/سپیده-مرادخانی">
<link rel="stylesheet" href="https://fararu.com/client/themes/fa/main/css/list.css?v=7.4">
</head>
<body class="author_page">
<header class="fr-header"><div class="fr-top"><span>پنجشنبه ${persian(8)} مرداد ${persian(1405)}</span>
<ul class="fr-rates"><li>دلار آزاد <b>${fmt(92350)}</b></li><li>یورو <b>${fmt(103900)}</b></li><li>سکه امامی <b>${fmt(98400000)}</b></li></ul></div>
<a class="fr-logo" href="https://fararu.com/"><img src="https://fararu.com/client/themes/fa/main/img/logo.svg" alt="فرارو"></a>
<nav class="fr-menu"><a href="https://fararu.com/fa/service/politics">سیاست</a> <a href="https://fararu.com/fa/service/economy">اقتصاد</a> <a href="https://fararu.com/fa/service/society">جامعه</a> <a href="https://fararu.com/fa/service/world">جهان</a> <a href="https://fararu.com/fa/service/culture">فرهنگ و هنر</a> <a href="https://fararu.com/fa/service/sport">ورزش</a> <a href="https://fararu.com/fa/service/science">علم و تکنولوژی</a> <a href="https://fararu.com/fa/service/lifestyle">سبک زندگی</a> <a href="https://fararu.com/fa/video">ویدیو</a></nav></header>
<div class="container"><div class="row">
<div class="col-main">
<div class="news_path"><a href="https://fararu.com/">فرارو</a> » <a href="https://fararu.com/fa/authors">نویسندگان</a> » <span>${title}</span></div>
<section class="author-card"><img src="https://fararu.com/files/fa/authors/214.jpg" alt="${title}">
<h1 class="author-name">${title}</h1>
<div class="author-role">خبرنگار گروه جامعه و محیط زیست</div>
<p class="author-bio">دانش‌آموخته مهندسی منابع آب از دانشگاه تربیت مدرس؛ از سال ${persian(1398)} در فرارو درباره آب، فرونشست و آلودگی هوا گزارش می‌نویسد.</p>
<ul class="author-stats"><li>${persian(412)} مطلب</li><li>عضویت از ${persian(1398)}</li></ul>
<div class="author-social"><a href="https://x.com/s_moradkhani">ایکس</a> <a href="https://www.linkedin.com/in/s-moradkhani">لینکدین</a> <a href="mailto:moradkhani@fararu.com">ایمیل</a></div></section>
<div class="box_title">آخرین مطالب این نویسنده</div>
<ul class="news-list">
${AUTHOR_ITEMS.map(([t, lead, time, date], i) => `<li class="news-item"><a class="thumb" href="https://fararu.com/fa/news/${893417 - i * 1611}"><img src="https://fararu.com/files/fa/news/thumb/${893417 - i * 1611}.jpg" alt=""></a><div class="desc"><h3><a href="https://fararu.com/fa/news/${893417 - i * 1611}">${esc(t)}</a></h3><p class="lead">${esc(lead)}</p><span class="news_pdate_c">${time} - ${date}</span></div></li>`).join('\n')}
</ul>
<div class="pagination"><span class="current">${persian(1)}</span> <a href="https://fararu.com/fa/author/214/سپیده-مرادخانی?page=2">${persian(2)}</a> <a href="https://fararu.com/fa/author/214/سپیده-مرادخانی?page=3">${persian(3)}</a> … <a href="https://fararu.com/fa/author/214/سپیده-مرادخانی?page=52">${persian(52)}</a> <a href="https://fararu.com/fa/author/214/سپیده-مرادخانی?page=2">صفحه بعد</a></div>
</div>
<aside class="col-side"><div class="most_viewed"><div class="box_title">پربیننده‌ترین</div><ol><li><a href="https://fararu.com/fa/news/893301">قیمت دلار و سکه امروز پنجشنبه</a></li><li><a href="https://fararu.com/fa/news/893288">جدول خاموشی برق تهران برای فردا</a></li><li><a href="https://fararu.com/fa/news/893120">ادارات تهران شنبه تعطیل است؟</a></li></ol></div>
<div class="join-channel"><a href="https://ble.ir/fararu">فرارو را در بله و ایتا دنبال کنید</a></div></aside>
</div></div>
<footer class="fr-footer"><p>تمامی حقوق این سایت برای فرارو محفوظ است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-fararu-author-page', markup: 'author-page-fararu', url: 'https://fararu.com/fa/author/214/سپیده-مرادخانی', title, html,
    notes: ['An AUTHOR PAGE of Fararu (IranSamaneh theme, og:type profile): the header with the exchange-rate strip and the menu, a breadcrumb «فرارو » نویسندگان » NAME», an author card with photo, the name as <h1>, her beat, a two-line bio, «۴۱۲ مطلب» and social links, then «آخرین مطالب این نویسنده»: eight items, each a headline, a cut lead ending in «…» and «time - date» (the first is the article fararu-tehran-dams-water of this set), a pager to page ۵۲, most-viewed and a messenger invite. A person\'s name as the heading and many cut leads with numbers («۳۱ سانتی‌متر», «۴۷ روستا»), but no running text of one story: not an article.'] };
}

/** [book title, author (and translator), publisher, pages, print run, price in toman, one-line blurb, time ago] of IBNA's new-books list. */
const NEW_BOOKS: [string, string, string, number, number, number, string, string][] = [
  ['خانه‌ای در انتهای کوچه اقاقیا', 'نوشته نسیم رهنما', 'نشر کاروان سپید', 312, 300, 345000, 'رمانی درباره سه نسل از یک خانواده در محله‌ای قدیمی از شیراز.', '۲ ساعت پیش'],
  ['تاریخ شفاهی چاپخانه‌های لاله‌زار', 'گردآوری بهروز فتحی‌پور', 'نشر دفتر ایام', 428, 500, 520000, 'گفت‌وگو با حروف‌چین‌ها و چاپچی‌هایی که نیم قرن در خیابان لاله‌زار کار کرده‌اند.', '۵ ساعت پیش'],
  ['ماهی‌ها شب نمی‌خوابند', 'نوشته آیدا صدری، تصویرگر مانی کیان', 'نشر پرنده آبی', 96, 1000, 140000, 'کتاب تصویری برای کودکان ۶ تا ۹ سال درباره زندگی زیر آب.', 'دیروز'],
  ['اقتصاد آب در ایران', 'نوشته کامران بیگدلی', 'نشر اندیشه فردا', 376, 300, 410000, 'بررسی سیاست‌های تعرفه و یارانه آب از دهه ۱۳۷۰ تاکنون.', 'دیروز'],
  ['زنی که با باد می‌رفت', 'نوشته الیزا مورتی، ترجمه شیما نوروزی', 'نشر پل سپید', 264, 500, 298000, 'نخستین ترجمه فارسی از رمان نویسنده ایتالیایی درباره یک زن کوهنورد.', '۲ روز پیش'],
  ['فقه و حکمرانی شهری', 'نوشته محمدجواد شریعت‌نیا', 'انتشارات حوزه نو', 240, 300, 260000, 'مجموعه مقالاتی درباره احکام فقهی مالکیت، عوارض و فضای عمومی شهر.', '۳ روز پیش'],
];

function ibnaNewBooks(): NonArt {
  const title = 'تازه‌های نشر';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تازه‌های نشر - خبرگزاری کتاب ایران (ایبنا)</title>
<meta name="description" content="معرفی تازه‌ترین کتاب‌های منتشرشده ناشران ایرانی">
<meta property="og:site_name" content="خبرگزاری کتاب ایران (ایبنا)">
<meta property="og:type" content="website">
<meta property="nastooh:pageType" content="service">
<link rel="canonical" href="https://www.ibna.ir/service/new-books">
<link rel="stylesheet" href="https://www.ibna.ir/resources/theme/ibna/css/style.css?v=2.31">
</head>
<body class="rtl service">
<header id="header"><div class="header-top container"><span class="date">چهارشنبه ${persian(7)} مرداد ${persian(1405)}</span> <a href="https://ketab.ir/">خانه کتاب و ادبیات ایران</a> <a href="https://www.ibna.ir/en">English</a> <a href="https://www.ibna.ir/rss">RSS</a></div>
<div class="container"><a class="logo" href="https://www.ibna.ir/"><img src="https://www.ibna.ir/resources/theme/ibna/img/logo.png" alt="خبرگزاری کتاب ایران"></a></div>
<nav class="navbar"><ul class="nav"><li><a href="https://www.ibna.ir/service/literature">کتاب و ادبیات</a></li><li><a href="https://www.ibna.ir/service/history">تاریخ و سیاست</a></li><li><a href="https://www.ibna.ir/service/religion">دین و اندیشه</a></li><li><a href="https://www.ibna.ir/service/children">کودک و نوجوان</a></li><li><a href="https://www.ibna.ir/service/publishing">نشر و کتابخانه</a></li><li class="active"><a href="https://www.ibna.ir/service/new-books">تازه‌های نشر</a></li></ul></nav></header>
<main id="main"><div class="container"><div class="row">
<div class="col-md-8">
<section id="box-service" class="box service-list">
<header><h1 class="service-title">${title}</h1></header>
<form class="filter" action="https://www.ibna.ir/service/new-books"><select name="subject"><option>همه موضوعات</option><option>ادبیات داستانی</option><option>کودک و نوجوان</option><option>تاریخ</option><option>دین و اندیشه</option><option>اقتصاد</option></select><button type="submit">نمایش</button></form>
<ul class="list-unstyled">
${NEW_BOOKS.map(([t, by, pub, pages, run, price, blurb, ago], i) => `<li class="news" data-conf="{}"><figure><a href="https://www.ibna.ir/news/${548230 - i * 17}"><img src="https://media.ibna.ir/d/2026/07/29/1/${548230 - i * 17}.jpg" alt="${esc(t)}"></a></figure><div class="desc"><h3><a href="https://www.ibna.ir/news/${548230 - i * 17}">«${esc(t)}» منتشر شد</a></h3><p>${esc(by)} | ${esc(pub)} | ${persian(pages)} صفحه | شمارگان ${fmt(run)} نسخه | ${fmt(price)} تومان</p><p class="introtext">${esc(blurb)}</p><time>${ago}</time></div></li>`).join('\n')}
</ul>
<div class="pagination"><a class="active" href="https://www.ibna.ir/service/new-books?page=1">${persian(1)}</a> <a href="https://www.ibna.ir/service/new-books?page=2">${persian(2)}</a> <a href="https://www.ibna.ir/service/new-books?page=3">${persian(3)}</a> <a href="https://www.ibna.ir/service/new-books?page=2">بیشتر</a></div>
</section>
</div>
<aside class="col-md-4"><section class="box"><header><h2>پربازدیدترین‌ها</h2></header><ul><li><a href="https://www.ibna.ir/news/548217">میانگین شمارگان کتاب به ۴۹۰ نسخه رسید؛ گرانی کاغذ تیراژها را پایین آورد</a></li><li><a href="https://www.ibna.ir/news/545316">فهرست نامزدهای جایزه کتاب سال اعلام شد</a></li></ul></section>
<section class="box"><header><h2>پربازدیدترین ناشران هفته</h2></header><ol><li>نشر کاروان سپید</li><li>نشر پرنده آبی</li><li>نشر دفتر ایام</li></ol></section></aside>
</div></div></main>
<footer id="footer"><div class="container"><p>کلیه حقوق این سایت متعلق به خبرگزاری کتاب ایران (ایبنا) است.</p></div></footer>
</body>
</html>
`;
  return { name: 'nonarticle-ibna-new-books', markup: 'new-books-list-ibna', url: 'https://www.ibna.ir/service/new-books', title, html,
    notes: ['IBNA\'s NEW-BOOKS LIST «تازه‌های نشر» (Nastooh service page, nastooh:pageType service, og:type website): the heading as <h1>, a subject filter, six book items each with a cover, a headline ««…» منتشر شد», one metadata line (author or translator, publisher, pages, print run, price in toman), a one-sentence blurb and a relative time, a pager, most-viewed and most-viewed publishers in the sidebar. Numbers everywhere (pages, print runs, prices) but each item is one line of catalogue data and a blurb: not an article. All book titles, authors and publishers are invented.'] };
}

const NON_ARTICLES: NonArt[] = [fararuAuthorPage(), ibnaNewBooks()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout27', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '214873', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
