// Builds the TWELFTH held-out fixture set, tests/fixtures/heldout12/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Eight article pages in the markup of eight sites that no earlier set renders
// (Mashregh News with embedded tweet, the Forests, Range and Watershed Management Organization's portal
// on DotNetNuke + EasyDNNnews, Fardaye Eghtesad as a Next.js App Router app, the daily Qanoon seen
// through a Wayback Machine snapshot, the parliament's portal on Liferay, Football360 on Ruby on Rails +
// Hotwire, the Energy Press print version, Musicema on Joomla 4) and three non-article pages (a Vajehyab
// dictionary entry, a Tiwall event calendar, a Divar classified ad). All eight texts were written for
// this set; the names of all quoted officials, experts and citizens are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout12.ts          (build + check)
//        npx tsx scripts/build-heldout12.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { isHead, isQ, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

/** An article of this set; `extras` are blocks a template puts after body paragraph i (embeds, cards, boxes). */
type Art12 = Art & { extras?: Record<number, string> };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout12');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** Text typed on an Arabic keyboard layout: Arabic yeh and kaf for Persian ی and ک. */
/** The instant in UTC with milliseconds, «2026-06-08T08:15:00.000Z». */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString();
/** .NET's en-US DateTime.ToString(): «6/17/2026 10:15:00 AM» (month first, 12-hour clock, no zone). */
const usDateTime = (c: Ctx) => {
  const h = Number(c.hh);
  return `${Number(c.g.m)}/${Number(c.g.d)}/${c.g.y} ${h % 12 || 12}:${c.mi}:00 ${h < 12 ? 'AM' : 'PM'}`;
};
/** The UTC text the Rails local_time helper renders before its script localises it, «June 11, 2026 11:20am». */
const localTimeText = (c: Ctx) => {
  const d = new Date(c.iso);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const h = d.getUTCHours();
  return `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
};

/** Body paragraphs in a template's markup with the blocks of `extras` after the paragraphs they follow. */
function bodyWith(c: Ctx, para: (t: string, i: number) => string, q?: (t: string) => string, sep = '\n', head = (t: string) => `<h2>${t}</h2>`): string {
  const extras = (c.a as Art12).extras ?? {};
  const out: string[] = [];
  c.a.paras.forEach((p, i) => {
    out.push(isHead(p) ? head(esc(plain(p))) : isQ(p) && q ? q(esc(plain(p))) : para(esc(plain(p)), i));
    if (extras[i]) out.push(extras[i]);
  });
  return out.join(sep);
}

// ---------------------------------------------------------------------------------------------
// Article markups, one per site: each writes the page the way that site's CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Mashregh News (own agency CMS): JSON-LD NewsArticle with datePublished +03:30 is the only
  // date metadata; the visible date is NUMERIC Jalali with Persian digits next to the news code;
  // service line, rutitr, summary lead, photo after the lead; an EMBEDDED TWEET (blockquote
  // .twitter-tweet with its own English text and Gregorian date) inside the body; an in-body
  // «بیشتر بخوانید:» box; tags, share row with short link and print link, related, comments with
  // counts, most-read.
  mashregh: {
    site: 'مشرق نیوز',
    boiler: ['بیشتر بخوانید:', 'لینک کوتاه', 'نسخه چاپی', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'نظرات بینندگان', 'در انتظار بررسی', 'کلیه حقوق این سایت متعلق به مشرق نیوز است', 'گزارش رسانه‌ها از بحران آب در حوضه خزر', 'Dredging of the port approach channels continues'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - مشرق نیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:site_name" content="مشرق نیوز">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://cdn.mashreghnews.ir/d/2026/05/25/4/3948172.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="https://mshrgh.ir/${c.id}">
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso,
  image: ['https://cdn.mashreghnews.ir/d/2026/05/25/4/3948172.jpg'], mainEntityOfPage: c.a.url,
  publisher: { '@type': 'Organization', name: 'مشرق نیوز', logo: { '@type': 'ImageObject', url: 'https://www.mashreghnews.ir/resources/theme/mashregh/img/logo.png' } },
})}</script>
<link rel="stylesheet" href="https://www.mashreghnews.ir/resources/theme/mashregh/css/main.css?v=5.4.1">
</head>
<body class="news-page">
<header class="mh-header">
<div class="mh-top"><span class="mh-today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.mashreghnews.ir/rss">RSS</a> <a href="https://www.mashreghnews.ir/en">English</a></div>
<a class="mh-logo" href="https://www.mashreghnews.ir/"><img src="https://www.mashreghnews.ir/resources/theme/mashregh/img/logo.png" alt="مشرق نیوز"></a>
<nav class="mh-nav"><a href="https://www.mashreghnews.ir/service/politics">سیاسی</a> <a class="active" href="https://www.mashreghnews.ir/service/world">بین‌الملل</a> <a href="https://www.mashreghnews.ir/service/economy">اقتصادی</a> <a href="https://www.mashreghnews.ir/service/society">اجتماعی</a> <a href="https://www.mashreghnews.ir/service/culture">فرهنگی</a> <a href="https://www.mashreghnews.ir/service/sport">ورزشی</a> <a href="https://www.mashreghnews.ir/photo">عکس</a> <a href="https://www.mashreghnews.ir/video">فیلم</a></nav>
</header>
<main class="mh-main">
<article class="news-item">
<div class="item-service"><a href="https://www.mashreghnews.ir/service/world">بین‌الملل</a> › <a href="https://www.mashreghnews.ir/service/world/media">${esc(c.a.kicker)}</a></div>
<div class="item-meta"><span class="item-code">کد خبر: ${persian(c.id)}</span> <span class="item-date">${persian(c.y)}/${persian(c.m)}/${persian(c.d)} - ${faTime(c)}</span></div>
<div class="item-rutitr">گزارش رسانه‌ها از بحران آب در حوضه خزر</div>
<h1 class="item-title">${esc(c.a.title)}</h1>
<p class="item-summary introtext">${esc(c.a.lead ?? '')}</p>
<figure class="item-img"><img src="https://cdn.mashreghnews.ir/d/2026/05/25/4/3948172.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="item-text" itemprop="articleBody">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="item-tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://www.mashreghnews.ir/tag/', ' ')}</div>
<div class="item-share"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=https://mshrgh.ir/${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://mshrgh.ir/${c.id}">ایتا</a> <a href="https://ble.ir/share/url?url=https://mshrgh.ir/${c.id}">بله</a> <a href="https://x.com/intent/tweet?url=https://mshrgh.ir/${c.id}">ایکس</a> <span class="short-link">لینک کوتاه: <input type="text" readonly value="https://mshrgh.ir/${c.id}"></span> <a href="https://www.mashreghnews.ir/print/${c.id}">نسخه چاپی</a></div>
</article>
<section class="mh-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.mashreghnews.ir/news/', Number(c.id) - 911)}
</ul></section>
<section class="mh-comments"><h2>نظرات بینندگان</h2><div class="comment-stats">انتشار یافته: ${persian(c.a.comments.length)} | در انتظار بررسی: ${persian(3)} | غیرقابل انتشار: ${persian(1)}</div>
${comments(c, (n, t, k) => `<div class="comment"><div class="comment-head"><b>${n}</b> <span>${persian(k ? '13:02' : '12:47')}</span></div><p>${t}</p><span class="likes">${persian(k ? 4 : 17)} 👍</span></div>`)}
<form class="comment-form"><input type="text" placeholder="نام"><textarea placeholder="نظر شما"></textarea><button type="button">ارسال نظر</button></form></section>
<aside class="mh-most"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://www.mashreghnews.ir/news/', Number(c.id) - 2280)}
</ol></aside>
</main>
<footer class="mh-footer"><p>کلیه حقوق این سایت متعلق به مشرق نیوز است.</p></footer>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</body>
</html>
`,
  },

  // The Forests, Range and Watershed Management Organization's portal on DOTNETNUKE with the
  // EasyDNNnews module (ASP.NET WebForms <form id="Form">, __VIEWSTATE, dnn_ctr…_ ids, DnnModule
  // wrappers, /Portals/0/ and /DesktopModules/ paths, DotNetNuke generator meta); the government
  // header (نشان, ministry, organization) with TODAY in Latin-digit Jalali; the article date visible
  // in Latin-digit Jalali WITHOUT time, and the only instant in a microdata <meta itemprop=
  // "datePublished"> in .NET's en-US format «6/17/2026 10:15:00 AM» (month first, 12-hour clock,
  // no zone); summary as lead; photo with caption; a SCAN OF THE SIGNED MESSAGE with its own caption
  // inside the body; views, tags, print/send links, related, a comment form without comments; a
  // footer «آخرین بروزرسانی» date. The ARTICLE TEXT is typed with ARABIC yeh and kaf (ي ك); the
  // DNN chrome uses Persian letters.
  frw: {
    site: 'سازمان منابع طبیعی و آبخیزداری کشور',
    boiler: ['تصویر متن پیام رئیس سازمان', 'تعداد بازدید', 'ارسال به دوستان', 'اخبار مرتبط', 'پربازدیدترین اخبار', 'نظر شما پس از تأیید مدیر سایت منتشر می‌شود', 'کلیه حقوق این پایگاه متعلق به سازمان منابع طبیعی و آبخیزداری کشور است', 'آخرین بروزرسانی', 'سامانه‌ها'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>${esc(c.a.title)}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="${esc(c.a.lead ?? '')}" />
<meta id="MetaKeywords" name="KEYWORDS" content="${esc(c.a.tags.join(','))}" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=412" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/skins/frw1400/skin.css?cdv=412" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=412" type="text/javascript"></script>
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:image" content="https://frw.ir/Portals/0/EasyDNNnews/${c.id}/images/kanoon-farsayesh.jpg" />
<link rel="canonical" href="${esc(c.a.url)}" />
</head>
<body id="Body">
<form method="post" action="/fa-ir/news/articleType/ArticleView/articleId/${c.id}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="k7Lq2xVb0Hn3Qm9ZpTgW4cYdF1sJrA8eUo5iNwE6yRhXvKzCBtMaP" />
</div>
<script src="/ScriptResource.axd?d=Ql2mXr8K1pBvN4cT0zYsW9fEhJ6aUoGd&amp;t=ffffffffb53e74b8" type="text/javascript"></script>
<div id="dnn_wrapper" class="frw-skin">
<header class="frw-header">
<div class="frw-top"><span class="frw-today">${weekday(c)} ${c.y}/${c.m}/${c.d}</span> <a href="/fa-ir/Login">ورود</a> <a href="/en-us/">English</a></div>
<div class="frw-brand"><img src="/Portals/_default/skins/frw1400/images/nishan.png" alt="نشان جمهوری اسلامی ایران" /> <span>جمهوری اسلامی ایران</span> <span>وزارت جهاد کشاورزی</span> <strong>سازمان منابع طبیعی و آبخیزداری کشور</strong></div>
<nav id="dnn_dnnMENU_RadMenu1" class="frw-menu"><ul><li><a href="/fa-ir/">صفحه اصلی</a></li><li><a href="/fa-ir/about">درباره سازمان</a></li><li><a href="/fa-ir/deputies">معاونت‌ها</a></li><li><a href="/fa-ir/provinces">ادارات کل استان‌ها</a></li><li class="selected"><a href="/fa-ir/news">اخبار</a></li><li><a href="/fa-ir/laws">قوانین و مقررات</a></li><li><a href="/fa-ir/systems">سامانه‌ها</a></li><li><a href="/fa-ir/contact">تماس با ما</a></li></ul></nav>
</header>
<div class="frw-columns">
<div id="dnn_ContentPane" class="contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1125"><a name="1125"></a>
<div class="eds_containers_Ozone"><div id="dnn_ctr1125_ContentPane"><div id="dnn_ctr1125_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_1125 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">
<div class="edn_article edn_clearFix" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="${usDateTime(c)}" />
<meta itemprop="author" content="روابط عمومی سازمان" />
<div class="edn_metaDetails"><span class="edn_articleDate">${c.y}/${c.m}/${c.d}</span> <span class="edn_category"><a href="/fa-ir/news/category/1">${esc(c.a.kicker)}</a></span> <span class="edn_numberOfViews">تعداد بازدید: 1284</span></div>
<h1 class="edn_articleTitle" itemprop="headline">${esc(c.a.title)}</h1>
<div class="edn_articleSummary" itemprop="description"><p>${esc(c.a.lead ?? '')}</p></div>
<div class="edn_mediaContainer"><img src="/Portals/0/EasyDNNnews/${c.id}/images/kanoon-farsayesh.jpg" alt="${esc(c.a.caption)}" /><p class="edn_mediaCaption">${esc(c.a.caption)} - ${esc(c.a.credit)}</p></div>
<div class="edn_articleContent" itemprop="articleBody">
${bodyWith(c, (t) => `<p style="text-align: justify;">${t}</p>`)}
</div>
<div class="edn_tags"><span>برچسب‌ها:</span> ${tagLinks(c, '/fa-ir/news/tag/', '، ')}</div>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/fa-ir/news/articleType/ArticleView/articleId/${c.id}/print" target="_blank">چاپ</a> <a class="edn_emailButton" href="/fa-ir/news/sendtofriend/${c.id}">ارسال به دوستان</a> <span class="edn_share">اشتراک در: <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a></span></div>
<div class="edn_relatedArticles"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, '/fa-ir/news/articleType/ArticleView/articleId/', Number(c.id) - 96)}
</ul></div>
<div class="edn_commentForm"><h3>ارسال نظر</h3><p class="edn_note">نظر شما پس از تأیید مدیر سایت منتشر می‌شود.</p><input name="dnn$ctr1125$ViewEasyDNNNewsMain$ctl00$tbCommentName" type="text" placeholder="نام" /><textarea name="dnn$ctr1125$ViewEasyDNNNewsMain$ctl00$tbComment" rows="4"></textarea><input type="submit" name="dnn$ctr1125$ViewEasyDNNNewsMain$ctl00$btnAddComment" value="ثبت نظر" /></div>
</div>
</div></div></div></div></div>
</div>
<div id="dnn_LeftPane" class="leftPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1130"><div class="frw-box"><h3>پربازدیدترین اخبار</h3><ul>
${li(c.a.mostRead, '/fa-ir/news/articleType/ArticleView/articleId/', Number(c.id) - 410)}
</ul></div></div>
<div class="DnnModule DnnModule-DNN_HTML DnnModule-1131"><div class="frw-box"><h3>پیوندها</h3><ul><li><a href="https://www.maj.ir/">وزارت جهاد کشاورزی</a></li><li><a href="https://www.doe.ir/">سازمان حفاظت محیط زیست</a></li><li><a href="https://www.unccd.int/">UNCCD</a></li></ul></div></div>
</div>
</div>
<footer class="frw-footer"><p>نشانی: تهران، لویزان، بلوار قاضی طباطبایی، سازمان منابع طبیعی و آبخیزداری کشور</p><p>کلیه حقوق این پایگاه متعلق به سازمان منابع طبیعی و آبخیزداری کشور است.</p><p>تعداد بازدید امروز: 4217 | آخرین بروزرسانی: ${c.y}/${c.m}/${c.d}</p></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="{&quot;__scdoff&quot;:&quot;1&quot;}" />
</form>
</body>
</html>
`,
  },

  // Fardaye Eghtesad as a NEXT.JS APP ROUTER app (React Server Components: /_next/static chunks with
  // async script tags, CSS-module classes, NO __NEXT_DATA__; the RSC flight data in a series of
  // «self.__next_f.push([1,"…"])» scripts); NO date meta: the visible date has NO time, the only
  // instant is «publishedAt» in UTC with milliseconds inside the flight data; market ticker; lead;
  // cover with caption; a QUOTE CARD (an image with a blockquote repeating an expert's sentence
  // and a cite line) inside the body; an in-body «بیشتر بخوانید» card; tags; share row; an AUTHOR
  // BOX with a bio; related; comments; newsletter box.
  fardayeeghtesad: {
    site: 'فردای اقتصاد',
    boiler: ['بیشتر بخوانید', 'اشتراک‌گذاری', 'همه مطالب نویسنده', 'مطالب مرتبط', 'پربازدیدها', 'عضویت در خبرنامه', 'کلیه حقوق مادی و معنوی برای فردای اقتصاد محفوظ است', 'سکه امامی'],
    render: (c) => {
      const flight = [
        `0:["$","$L1",null,{"buildId":"fe-2026-06-01","assetPrefix":"","initialCanonicalUrl":${JSON.stringify(new URL(c.a.url).pathname)}}]`,
        `4:I[8124,["8124","static/chunks/app/news/%5Bid%5D/page-5a1c0e9b.js"],"ArticleView"]`,
        `5:{"article":{"id":${Number(c.id)},"title":${JSON.stringify(c.a.title)},"category":"انرژی","kicker":${JSON.stringify(c.a.kicker)},"author":{"name":${JSON.stringify(c.a.author)},"slug":"n-sobhani"},"publishedAt":"${utcIso(c)}","updatedAt":"${new Date(new Date(c.iso).getTime() + 47 * 60000).toISOString()}","readingTime":5,"cover":"https://cdn.fardayeeghtesad.com/uploads/${c.id}/cover.webp"}}`,
        `6:["$","$L4",null,{"data":"$5"}]`,
      ].join('\n') + '\n';
      return `<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/7c1e2f4a9b0d3e51.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-3b1d9f2e6c8a4f70.js"/><script src="/_next/static/chunks/4bd1b696-2a8c9e1f0d3b7a55.js" async=""></script><script src="/_next/static/chunks/1684-0e7a3c5d9b2f1a48.js" async=""></script><script src="/_next/static/chunks/main-app-6f0b2d8e4a1c9375.js" async=""></script><script src="/_next/static/chunks/app/news/%5Bid%5D/page-5a1c0e9b.js" async=""></script><title>${esc(c.a.title)} | فردای اقتصاد</title><meta name="description" content="${esc(c.a.lead ?? '')}"/><link rel="canonical" href="${esc(c.a.url)}"/><meta property="og:title" content="${esc(c.a.title)}"/><meta property="og:image" content="https://cdn.fardayeeghtesad.com/uploads/${c.id}/cover.webp"/><meta property="og:type" content="article"/><meta name="twitter:card" content="summary_large_image"/><meta name="next-size-adjust"/></head><body class="__variable_a3f9c1 vazirmatn_2c7e1b"><div class="layout_root__Pq7xL">
<header class="header_header__Xk2p1"><a href="/" class="header_logo__9aQw2"><img alt="فردای اقتصاد" src="/logo.svg" width="150" height="40"/></a><nav class="header_nav__3bV8n"><a href="/economy">اقتصاد کلان</a><a href="/energy" aria-current="page">انرژی</a><a href="/industry">صنعت</a><a href="/bourse">بورس</a><a href="/housing">مسکن</a><a href="/analysis">تحلیل</a></nav>
<div class="ticker_ticker__M2k8d"><span>دلار: ${persian('95,780').replace(',', '٬')}</span><span>سکه امامی: ${persian('79,400,000').replace(/,/g, '٬')}</span><span>شاخص کل: ${persian('3,461,920').replace(/,/g, '٬')}</span></div></header>
<main class="layout_main__7hT2q"><article class="article_article__Q9z3W">
<nav class="article_crumbs__4xR1s"><a href="/">خانه</a> › <a href="/energy">انرژی</a> › <span>${esc(c.a.kicker)}</span></nav>
<h1 class="article_title__2Kd9p">${esc(c.a.title)}</h1>
<div class="article_meta__8Yb3m"><a href="/author/n-sobhani">${esc(c.a.author ?? '')}</a><span>${weekday(c)} ${faDate(c)}</span><span>زمان مطالعه: ${persian(5)} دقیقه</span></div>
<p class="article_lead__6Fz0c">${esc(c.a.lead ?? '')}</p>
<figure class="article_cover__1Nc4e"><img alt="${esc(c.a.caption)}" loading="eager" width="1200" height="675" decoding="async" src="/_next/image?url=https%3A%2F%2Fcdn.fardayeeghtesad.com%2Fuploads%2F${c.id}%2Fcover.webp&amp;w=1200&amp;q=75"/><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="article_body__5Tg2w">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="article_tags__0Lp6v">${tagLinks(c, '/tag/', '')}</div>
<div class="share_share__3Hn5k"><span>اشتراک‌گذاری</span><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a><a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a><a href="https://www.linkedin.com/sharing/share-offsite/?url=${esc(c.a.url)}">لینکدین</a><button type="button">کپی لینک</button></div>
<section class="author_box__6Wc1q"><img alt="" src="/authors/n-sobhani.webp" width="72" height="72"/><div><strong>${esc(c.a.author ?? '')}</strong><p>خبرنگار حوزه انرژی و صنعت؛ پیش از این در چند روزنامه اقتصادی درباره بازار برق و گاز نوشته است.</p><a href="/author/n-sobhani">همه مطالب نویسنده</a></div></section>
</article>
<section class="related_related__2Dd8s"><h2>مطالب مرتبط</h2><ul>
${li(c.a.related, '/news/', Number(c.id) - 57)}
</ul></section>
<section class="comments_comments__9Qa1z"><h2>نظرات (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t) => `<div class="comments_item__1Bv7x"><b>${n}</b><p>${t}</p></div>`)}
<form><textarea placeholder="نظر خود را بنویسید"></textarea><button type="submit">ارسال</button></form></section>
<aside class="most_most__5Rr2t"><h2>پربازدیدها</h2><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 640)}
</ol></aside>
<section class="newsletter_box__8Ee4u"><h2>عضویت در خبرنامه</h2><p>خلاصه مهم‌ترین خبرهای اقتصادی هر روز صبح در ایمیل شما.</p><input type="email" placeholder="ایمیل"/><button type="button">عضویت</button></section>
</main>
<footer class="footer_footer__4Jm1k"><p>کلیه حقوق مادی و معنوی برای فردای اقتصاد محفوظ است.</p></footer></div>
<script src="/_next/static/chunks/webpack-3b1d9f2e6c8a4f70.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,${js(flight)}])</script><script>self.__next_f.push([2,null])</script></body></html>
`;
    },
  },

  // The daily Qanoon seen through a WAYBACK MACHINE SNAPSHOT (web.archive.org: the playback scripts
  // and __wm.wombat call in the head, the «BEGIN WAYBACK TOOLBAR INSERT» toolbar with the capture
  // date and time, «captures», the capture range and the calendar, the print-only «The Wayback
  // Machine - …» line, every link and image rewritten to /web/20260611031240…/, the «FILE ARCHIVED
  // ON …» comment at the end); the original page is WORDPRESS with tagDiv's NEWSPAPER theme
  // (td-post-header, td-post-sub-title as lead, <time class="entry-date"> with +03:30,
  // article:published_time; featured image with caption; td inline «بیشتر بخوانید»; a PRINT-EDITION
  // line at the end of the content; tags, share rows, an AUTHOR BOX, related posts, an empty comment
  // form). The capture (11 June 03:12 UTC) is the day after publication.
  qanoon: {
    site: 'روزنامه قانون',
    boiler: ['The Wayback Machine', 'captures', 'بیشتر بخوانید', 'این مطلب در شماره', 'برچسب‌ها', 'مطالب مرتبط', 'دیدگاهتان را بنویسید', 'خبرنگار حوزه قضایی روزنامه قانون', 'تمامی حقوق برای روزنامه قانون محفوظ است', 'پربازدیدترین‌ها'],
    render: (c) => {
      const W = 'https://web.archive.org/web/20260611031240';
      const orig = 'https://ghanoondaily.ir/news/248715/';
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR"><head><script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("${orig}","20260611031240","https://web.archive.org/","web","https://web-static.archive.org/_static/","1781147560");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi" />
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(c.a.title)} - روزنامه قانون</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="${orig}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${orig}">
<meta property="og:site_name" content="روزنامه قانون">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:modified_time" content="${c.g.y}-${c.g.m}-${c.g.d}T09:12:33+03:30">
<meta property="og:image" content="${W}im_/https://ghanoondaily.ir/wp-content/uploads/2026/06/dadgah-arz-1.jpg">
<link rel="stylesheet" id="td-theme-css" href="${W}cs_/https://ghanoondaily.ir/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all">
<meta name="generator" content="WordPress 6.5.3">
</head>
<body class="rtl post-template-default single single-post postid-248715 single-format-standard td-standard-pack global-block-template-1 single_template_2 tdb-template">
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;"><div id="donato-base"><iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=${encodeURIComponent(W + '/' + orig)}" scrolling="no" frameborder="0" style="width:100%; height:100%"></iframe></div></div>
<div id="wm-ipp-inside">
<div id="wm-logo" style="float:left;width:110px;padding-top:12px;"><a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine" width="100" height="29"></a></div>
<div class="r" style="float:right;"><div id="wm-btns"><a href="https://archive.org/account/login">Sign In</a></div></div>
<div class="c"><form target="_top" method="get" action="/web/submit" name="wmtb" id="wm-ipp-url-form"><input type="hidden" name="type" value="replay"><input type="hidden" name="date" value="20260611031240"><input type="text" name="url" value="${orig}" style="width:400px;"><input type="submit" value="Go"></form>
<div id="wm-nav-captures"><a class="t" href="/web/20260611031240*/${orig}" title="See a list of every capture for this URL">3 captures</a><div class="r" title="Timespan for captures of this URL">11 Jun 2026 - 14 Jun 2026</div></div>
<table class="c" id="wm-ipp-sparkline"><tr><td class="b" nowrap="nowrap"><a href="${W.replace('20260611031240', '20260514000000')}/${orig}">MAY</a></td><td class="c" nowrap="nowrap">JUN</td><td class="f" nowrap="nowrap"><a href="${W.replace('20260611031240', '20260714000000')}/${orig}">JUL</a></td></tr><tr><td class="b"></td><td class="c">11</td><td class="f"></td></tr><tr><td class="b">2025</td><td class="c">2026</td><td class="f">2027</td></tr></table>
<div id="wm-capinfo"><span>03:12:40</span> <span>Jun 11, 2026</span></div>
</div></div></div></div>
<div id="wm-ipp-print">The Wayback Machine - ${W}/${orig}</div>
<script type="text/javascript">__wm.bt(750,27,25,2,"web","${orig}","20260611031240",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi"],false);</script>
<!-- END WAYBACK TOOLBAR INSERT -->
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu"><span class="td_data_time">${weekday(c)} ${faDate(c)}</span> <a href="${W}/https://ghanoondaily.ir/archive/">آرشیو روزنامه</a> <a href="${W}/https://ghanoondaily.ir/pdf/">نسخه PDF</a></div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="${W}/https://ghanoondaily.ir/"><img src="${W}im_/https://ghanoondaily.ir/wp-content/uploads/2023/02/logo-ghanoon.png" alt="روزنامه قانون"></a></div>
<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu"><li><a href="${W}/https://ghanoondaily.ir/category/politics/">سیاسی</a></li><li class="current-post-ancestor"><a href="${W}/https://ghanoondaily.ir/category/legal/">${esc(c.a.kicker)}</a></li><li><a href="${W}/https://ghanoondaily.ir/category/society/">جامعه</a></li><li><a href="${W}/https://ghanoondaily.ir/category/economy/">اقتصاد</a></li><li><a href="${W}/https://ghanoondaily.ir/category/culture/">فرهنگ</a></li></ul></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="${W}/https://ghanoondaily.ir/">خانه</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="${W}/https://ghanoondaily.ir/category/legal/">${esc(c.a.kicker)}</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-248715" class="post-248715 post type-post status-publish format-standard has-post-thumbnail category-legal">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="${W}/https://ghanoondaily.ir/category/legal/">${esc(c.a.kicker)}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${esc(c.a.title)}</h1>
<p class="td-post-sub-title">${esc(c.a.lead ?? '')}</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">توسط</div> <a href="${W}/https://ghanoondaily.ir/author/m-karimi/">${esc(c.a.author ?? '')}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="${c.iso}">${faDate(c)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-248715">${persian(1842)}</span></div>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>${persian(0)}</a></div></div>
</header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-telegram" href="https://t.me/share/url?url=${encodeURIComponent(orig)}"><span class="td-social-but-text">تلگرام</span></a><a class="td-social-sharing-button td-social-whatsapp" href="https://api.whatsapp.com/send?text=${encodeURIComponent(orig)}"><span class="td-social-but-text">واتساپ</span></a><a class="td-social-sharing-button td-social-mail" href="mailto:?subject=${encodeURIComponent(c.a.title)}"><span class="td-social-but-text">ایمیل</span></a></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img width="696" height="392" class="entry-thumb" src="${W}im_/https://ghanoondaily.ir/wp-content/uploads/2026/06/dadgah-arz-1-696x392.jpg" alt="${esc(c.a.caption)}"><figcaption class="wp-caption-text">${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure></div>
${bodyWith(c, (t) => `<p>${t}</p>`)}
<p><em>این مطلب در شماره ${persian(2487)} روزنامه قانون، ${weekday(c)} ${faDate(c)}، صفحه ${persian(6)} (حقوقی) منتشر شده است.</em></p>
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>برچسب‌ها</span></li>${c.a.tags.map((t) => `<li><a href="${W}/https://ghanoondaily.ir/tag/${encodeURIComponent(t.replace(/ /g, '-'))}/">${esc(t)}</a></li>`).join('')}</ul></div>
<div class="td-post-sharing-bottom"><a class="td-social-sharing-button td-social-telegram" href="https://t.me/share/url?url=${encodeURIComponent(orig)}">تلگرام</a> <a class="td-social-sharing-button td-social-whatsapp" href="https://api.whatsapp.com/send?text=${encodeURIComponent(orig)}">واتساپ</a></div>
<div class="author-box-wrap"><a href="${W}/https://ghanoondaily.ir/author/m-karimi/"><img alt="" src="${W}im_/https://ghanoondaily.ir/wp-content/uploads/avatars/m-karimi-96x96.jpg" class="avatar" height="96" width="96"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="${W}/https://ghanoondaily.ir/author/m-karimi/">${esc(c.a.author ?? '')}</a></span></div><div class="td-author-description">خبرنگار حوزه قضایی روزنامه قانون؛ گزارش دادگاه‌های اقتصادی را از سال ۱۳۹۸ پوشش می‌دهد.</div></div></div>
</footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">مطالب مرتبط</a></h4><div class="td_block_inner">
${c.a.related.map((t, i) => `<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="${W}/https://ghanoondaily.ir/news/${248715 - 41 - i * 13}/">${esc(t)}</a></h3></div>`).join('\n')}
</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید</h3><form action="${W}/https://ghanoondaily.ir/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="دیدگاه:" id="comment" name="comment" cols="45" rows="8"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="نام:*" type="text" value="" size="30"></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ارسال دیدگاه"><input type="hidden" name="comment_post_ID" value="248715" id="comment_post_ID"></p></form></div></div>
</article>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>پربازدیدترین‌ها</span></h4><ol>
${li(c.a.mostRead, `${W}/https://ghanoondaily.ir/news/`, 248715 - 302)}
</ol></div></div></div>
</div></div></div>
<div class="td-footer-wrap"><div class="td-sub-footer-container"><div class="td-sub-footer-copy">تمامی حقوق برای روزنامه قانون محفوظ است.</div></div></div>
</div>
<script type="text/javascript" id="td-generated-footer-js">var tdBlocksArray = []; var tdLocalCache = {};</script>
</body>
</html>
<!--
     FILE ARCHIVED ON 03:12:40 Jun 11, 2026 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 09:41:55 Jun 20, 2026.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.61
  exclusion.robots: 0.022
  RedisCDXSource: 4.117
  load_resource: 318.4
-->
`;
    },
  },

  // The parliament's portal on LIFERAY (Liferay DXP 7.4: the Liferay.ThemeDisplay script,
  // portlet-boundary wrappers with p_p_id ids, an Asset Publisher portlet rendering a
  // journal-content-article, senna-tracked theme CSS, AUI script at the end); the story title in
  // the asset publisher's <p class="component-title h4"> (NO <h1>); NO date metadata: the date is
  // visible only in the asset metadata as DAY-FIRST numeric Jalali with time, «۱۷/۰۳/۱۴۰۵ - ۱۱:۴۰»,
  // while the header shows today; surtitle; bold lead; photo with caption; an in-body «مطالب
  // مرتبط:» box; asset tags, rating, share row and print link; side portlets with the day's AGENDA,
  // most-read and related news.
  parliran: {
    site: 'مجلس شورای اسلامی',
    boiler: ['مطالب مرتبط:', 'دستور جلسه امروز', 'پربازدیدترین اخبار', 'میانگین امتیاز', 'چاپ خبر', 'تمامی حقوق این پایگاه متعلق به مجلس شورای اسلامی است', 'سامانه‌های مجلس', 'گزارش جلسه علنی'],
    render: (c) => {
      const ap = 'com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk3r';
      return `<!DOCTYPE html>
<html class="rtl" dir="rtl" lang="fa-IR">
<head>
<title>${esc(c.a.title)} - مجلس شورای اسلامی</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="${esc(c.a.lead ?? '')}" lang="fa-IR" name="description" />
<meta content="${esc(c.a.tags.join(','))}" lang="fa-IR" name="keywords" />
<link href="https://www.parliran.ir/o/parliran-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://www.parliran.ir/o/parliran-theme/css/main.css?browserId=other&amp;themeId=parlirantheme_WAR_parlirantheme&amp;languageId=fa_IR&amp;b=7413&amp;t=1780401234000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};
Liferay.Browser = { acceptsGzip: function() { return true; }, getMajorVersion: function() { return 125.0; }, isIe: function() { return false; } };
Liferay.Data = Liferay.Data || {}; Liferay.Data.ICONS_INLINE_SVG = true; Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.ThemeDisplay = { getLayoutId: function() { return "42"; }, getLayoutURL: function() { return "https://www.parliran.ir/web/guest/news"; }, getLanguageId: function() { return "fa_IR"; }, getScopeGroupId: function() { return "20121"; }, getPathThemeImages: function() { return "https://www.parliran.ir/o/parliran-theme/images"; }, isSignedIn: function() { return false; }, isImpersonated: function() { return false; } };
var themeDisplay = Liferay.ThemeDisplay;
Liferay.AUI = { getAvailableLangPath: function() { return 'available_languages.jsp?browserId=other&themeId=parlirantheme_WAR_parlirantheme&colorSchemeId=01&languageId=fa_IR&b=7413&t=1780401234000'; } };
Liferay.authToken = 'Xk2mQ9pL';
Liferay.currentURL = ${js(new URL(c.a.url).pathname)};
// ]]>
</script>
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="container-fluid d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner" role="banner">
<div class="pi-top"><span class="pi-today">امروز: ${weekday(c)} ${faDate(c)}</span> <a href="https://www.parliran.ir/web/guest/systems">سامانه‌های مجلس</a> <a href="https://www.icana.ir/">خانه ملت</a> <a href="https://www.parliran.ir/web/guest/en">English</a></div>
<div id="heading"><a class="logo custom-logo" href="https://www.parliran.ir/web/guest" title="مجلس شورای اسلامی"><img alt="مجلس شورای اسلامی" height="72" src="https://www.parliran.ir/image/layout_set_logo?img_id=38101&amp;t=1780401234000" width="220" /></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="صفحات سایت" role="menubar"><li><a href="https://www.parliran.ir/web/guest/home" role="menuitem"><span>صفحه اصلی</span></a></li><li class="selected"><a href="https://www.parliran.ir/web/guest/news" role="menuitem"><span>اخبار</span></a></li><li><a href="https://www.parliran.ir/web/guest/members" role="menuitem"><span>نمایندگان</span></a></li><li><a href="https://www.parliran.ir/web/guest/commissions" role="menuitem"><span>کمیسیون‌ها</span></a></li><li><a href="https://www.parliran.ir/web/guest/laws" role="menuitem"><span>قوانین و مصوبات</span></a></li></ul></nav>
</header>
<section class="flex-fill" id="content">
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_${ap}_"><span id="p_${ap}"></span>
<section class="portlet" id="portlet_${ap}"><div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">اخبار</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="news-surtitle">گزارش جلسه علنی</div>
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="asset-title d-inline">${esc(c.a.title)}</span></p></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">${persian(c.d)}/${persian(c.m)}/${persian(c.y)} - ${faTime(c)}</span> <span class="metadata-entry metadata-categories">${esc(c.a.kicker)}</span> <span class="metadata-entry metadata-view-count">${persian('2,418').replace(',', '٬')} بازدید</span></div>
<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="${c.id}" data-analytics-asset-title="${esc(c.a.title)}" data-analytics-asset-type="web-content">
<div class="news-lead"><strong>${esc(c.a.lead ?? '')}</strong></div>
<div class="news-image"><img alt="${esc(c.a.caption)}" src="https://www.parliran.ir/documents/20121/0/sahn-${c.id}.jpg" /><div class="news-image-caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
<div class="news-body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
</div></div>
<div class="asset-links"><span class="taglib-asset-tags-summary">${tagLinks(c, 'https://www.parliran.ir/web/guest/news/-/tags/', ' ', 'badge badge-default badge-sm')}</span></div>
<div class="asset-ratings"><span class="rating-label">میانگین امتیاز (${persian(0)} رأی)</span> <span class="ratings-stars">☆☆☆☆☆</span></div>
<div class="social-bookmarks"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="https://ble.ir/share/url?url=${esc(c.a.url)}">بله</a> <a class="asset-print" href="javascript:window.print();">چاپ خبر</a></div>
</div>
</div></div></div></section></div>
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_agenda_"><section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">دستور جلسه امروز</h2><ol><li>گزارش کمیسیون کشاورزی، آب و منابع طبیعی درباره طرح اصلاح قانون تعیین تکلیف چاه‌های آب فاقد پروانه بهره‌برداری</li><li>ادامه رسیدگی به لایحه الحاق دولت جمهوری اسلامی ایران به کنوانسیون بین‌المللی مدیریت آب توازن کشتی‌ها</li><li>گزارش کمیسیون اصل نود درباره عملکرد بانک‌ها در پرداخت تسهیلات ازدواج</li></ol></div></section></div>
<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_most_"><section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">پربازدیدترین اخبار</h2><ul>
${li(c.a.mostRead, 'https://www.parliran.ir/web/guest/news/-/asset_publisher/Xk3r/content/', Number(c.id) - 530)}
</ul></div></section></div>
<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_related_"><section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://www.parliran.ir/web/guest/news/-/asset_publisher/Xk3r/content/', Number(c.id) - 2100)}
</ul></div></section></div>
</div></div>
</div></div>
</section>
<footer id="footer" role="contentinfo"><p>تمامی حقوق این پایگاه متعلق به مجلس شورای اسلامی است.</p><p>نشانی: تهران، میدان بهارستان، مجلس شورای اسلامی</p></footer>
</div></div>
<script type="text/javascript">
// <![CDATA[
AUI().use('liferay-menu', 'liferay-notice', 'liferay-poller', function(A) { (function() { Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) { Liferay.Util.addInputType(node); }); })(); });
// ]]>
</script>
</body>
</html>
`;
    },
  },

  // Football360 on RUBY ON RAILS + HOTWIRE (csrf-param/csrf-token metas, an importmap with
  // turbo-rails, stimulus and local-time, data-turbo-track assets, Stimulus data-controller
  // attributes, a lazy <turbo-frame> for the comments with its «loading» fallback); the body is
  // ACTION TEXT (<div class="trix-content"> holding ONE <div> whose paragraphs are separated by
  // <br><br>, embeds as <action-text-attachment>s: a MATCH-FACTS CARD and an EMBEDDED INSTAGRAM
  // POST); NO date meta: the visible Jalali date has NO time, and the only instant is the
  // local_time helper's <time data-local="time-ago" datetime="…Z"> whose text before its script
  // runs is the UTC time in English, «June 11, 2026 11:20am»; cover before the lead; World Cup
  // ticker; tags, share row, related, most-read.
  football360: {
    site: 'فوتبال ۳۶۰',
    boiler: ['بازی در یک نگاه', 'View this post on Instagram', 'در حال بارگذاری نظرات', 'اشتراک‌گذاری:', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'تمامی حقوق برای فوتبال ۳۶۰ محفوظ است', 'شمارش معکوس جام جهانی ۲۰۲۶', 'نتایج زنده'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<title>${esc(c.a.title)} | فوتبال ۳۶۰</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="kQ3xV9mL2pR7tY1zB8nC4wE6fH0jK5aS-dG3hJ7kL9qW2eR4tY6uI8oP0aS1dF3gH5jK7lZ9xC" />
<meta name="turbo-prefetch" content="false">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://football360.ir/rails/active_storage/representations/redirect/eyJfcmFpbHMiOnsiZGF0YSI6ODQxMjc3fQ/presser-${c.id}.webp">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="/assets/application-9c1f0e7d2b3a6e41.css" data-turbo-track="reload" />
<script type="importmap" data-turbo-track="reload">{"imports":{"application":"/assets/application-4e2d8b1a.js","@hotwired/turbo-rails":"/assets/turbo.min-5f1a9c3e.js","@hotwired/stimulus":"/assets/stimulus.min-7b3c2d1f.js","local-time":"/assets/local-time-2a9e6b4d.js","controllers/application":"/assets/controllers/application-3e8f.js"}}</script>
<link rel="modulepreload" href="/assets/application-4e2d8b1a.js">
<link rel="modulepreload" href="/assets/turbo.min-5f1a9c3e.js">
<script type="module">import "application"</script>
</head>
<body data-controller="theme">
<header class="f360-header"><a class="f360-logo" href="/"><img src="/assets/logo-f360-8d2e.svg" alt="فوتبال ۳۶۰"></a>
<nav class="f360-nav"><a href="/news">اخبار</a> <a href="/league/iran-pro-league">لیگ برتر</a> <a class="active" href="/league/hazfi-cup">جام حذفی</a> <a href="/world">فوتبال جهان</a> <a href="/world-cup-2026">جام جهانی ۲۰۲۶</a> <a href="/live">نتایج زنده</a> <a href="/videos">ویدیو</a> <a href="/users/sign_in">ورود / ثبت‌نام</a></nav></header>
<div class="f360-ticker" data-controller="ticker"><span>شمارش معکوس جام جهانی ۲۰۲۶: امشب بازی افتتاحیه در ورزشگاه آزتکا</span></div>
<main class="f360-main">
<article class="news-show" data-controller="article" data-article-id-value="${c.id}">
<nav class="breadcrumb"><a href="/">فوتبال ۳۶۰</a> › <a href="/iran">فوتبال ایران</a> › <a href="/league/hazfi-cup">${esc(c.a.kicker)}</a></nav>
<h1 class="news-title">${esc(c.a.title)}</h1>
<div class="news-meta"><span class="news-author">${esc(c.a.author ?? '')}</span> <span class="news-date-fa">${weekday(c)} ${faDate(c)}</span> <time data-local="time-ago" datetime="${new Date(c.iso).toISOString().replace('.000', '')}">${localTimeText(c)}</time> <span class="news-views">${persian('12,840').replace(',', '٬')} بازدید</span></div>
<figure class="news-cover"><img src="https://football360.ir/rails/active_storage/representations/redirect/eyJfcmFpbHMiOnsiZGF0YSI6ODQxMjc3fQ/presser-${c.id}.webp" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<p class="news-lead">${esc(c.a.lead ?? '')}</p>
<div class="news-body"><div class="trix-content">
<div>${bodyWith(c, (t) => t, undefined, '<br><br>')}</div>
</div></div>
<div class="news-tags">${tagLinks(c, '/tags/', ' ')}</div>
<div class="news-share" data-controller="share"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a> <a href="https://x.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a> <button type="button" data-action="share#copy">کپی لینک</button></div>
<turbo-frame id="comments_news_${c.id}" src="/news/${c.id}/comments" loading="lazy"><p class="loading">در حال بارگذاری نظرات…</p></turbo-frame>
</article>
<aside class="f360-side">
<section><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, '/news/', Number(c.id) - 188)}
</ul></section>
<section><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 73)}
</ol></section>
</aside>
</main>
<footer class="f360-footer"><p>تمامی حقوق برای فوتبال ۳۶۰ محفوظ است.</p></footer>
<script async src="https://www.instagram.com/embed.js"></script>
</body>
</html>
`,
  },

  // The Energy Press PRINT VERSION («نسخه چاپی», /print/<id>: noindex, a print stylesheet,
  // <body onload="window.print()">, no site chrome but a print logo and slogan); the date only in
  // the print info table, «تاریخ انتشار: … - ۰۹:۴۰», next to the news code and service, while the
  // footer gives the PRINT date and time (two days later) and the article address; title as <h1>;
  // lead; photo with caption; the inline «بیشتر بخوانید:» link kept as a text line in the body;
  // tags and related as text lists; «چاپ این صفحه» / «بستن» buttons. The page LOST EVERY ZWNJ.
  energypress: {
    site: 'انرژی پرس',
    boiler: ['نسخه چاپی', 'کد خبر', 'انرژی پرس، پایگاه خبری تحلیلی صنعت انرژی', 'بیشتر بخوانید:', 'نشانی خبر', 'تاریخ چاپ', 'اخبار مرتبط', 'کلیه حقوق مادی و معنوی این سایت متعلق به انرژی پرس است', 'چاپ این صفحه'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>نسخه چاپی: ${esc(c.a.title)} - انرژی پرس</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="https://www.energypress.ir/news/${c.id}/${encodeURIComponent(c.a.title.replace(/ /g, '-'))}">
<link rel="stylesheet" href="https://www.energypress.ir/client/themes/fa/main/css/print.css?v=3.1" media="all">
</head>
<body class="print-page" onload="window.print()">
<div class="print-header"><img src="https://www.energypress.ir/client/themes/fa/main/img/logo-print.png" alt="انرژی پرس"> <span class="print-slogan">انرژی پرس، پایگاه خبری تحلیلی صنعت انرژی</span> <span class="print-label">نسخه چاپی</span></div>
<table class="print-info" border="0" cellpadding="4" cellspacing="0" width="100%"><tr><td>کد خبر: ${persian(c.id)}</td><td>تاریخ انتشار: ${weekday(c)} ${faDate(c)} - ${faTime(c)}</td><td>سرویس: ${esc(c.a.kicker)}</td></tr></table>
<div class="print-title"><h1>${esc(c.a.title)}</h1></div>
<div class="print-lead">${esc(c.a.lead ?? '')}</div>
<div class="print-image"><img src="https://www.energypress.ir/files/fa/news/1405/3/12/${c.id}_812.jpg" alt=""><p>${esc(c.a.caption)} - ${esc(c.a.credit)}</p></div>
<div class="print-body">
${bodyWith(c, (t) => `<p>${t}</p>`)}
</div>
<div class="print-tags">برچسب‌ها: ${c.a.tags.map(esc).join('، ')}</div>
<div class="print-related"><b>اخبار مرتبط:</b><ul>${c.a.related.map((t) => `<li>${esc(t)}</li>`).join('')}</ul></div>
<div class="print-footer"><p>نشانی خبر: https://www.energypress.ir/news/${c.id}/${esc(c.a.title.replace(/ /g, '-'))}</p><p>تاریخ چاپ: ${persian(c.y)}/${persian(c.m)}/${persian(String(Number(c.d) + 2).padStart(2, '0'))} - ${persian('22:14')}</p><p>کلیه حقوق مادی و معنوی این سایت متعلق به انرژی پرس است.</p></div>
<div class="no-print"><button type="button" onclick="window.print()">چاپ این صفحه</button> <button type="button" onclick="window.close()">بستن</button></div>
</body>
</html>
`,
  },

  // Musicema on JOOMLA 4 with the Cassiopeia template (Joomla generator meta, joomla-script-options
  // with csrf.token, /media/templates/site/cassiopeia/, com-content-article item-page with
  // schema.org/Article microdata, breadcrumbs that repeat the title); the article-info <dl> holds
  // THREE <time>s: «ایجاد شده» (dateCreated, the evening before), «منتشر شده» (datePublished, the
  // gold) and «آخرین به‌روزرسانی» (dateModified), each with a full ISO datetime but a visible DATE
  // ONLY; the lead is the bold first paragraph of the article body; a SOUNDCLOUD player iframe with a
  // «بشنوید:» line inside the body; interview questions in bold paragraphs; an in-body «پیشنهاد
  // موسیقی ما:» alert box; tags, previous/next navigation, share row, author box, comments, sidebar
  // modules, «بازگشت به بالا».
  musicema: {
    site: 'موسیقی ما',
    boiler: ['بشنوید:', 'پیشنهاد موسیقی ما:', 'شما اینجا هستید', 'نوشته شده توسط', 'اشتراک‌گذاری', 'آخرین گفت‌وگوها', 'پربازدیدترین‌ها', 'بازگشت به بالا', 'کلیه حقوق این وب‌سایت متعلق به موسیقی ما است'],
    render: (c) => {
      const plus = (min: number) => new Date(new Date(c.iso).getTime() + min * 60000);
      const tehran = (d: Date) => { const t = new Date(d.getTime() + 210 * 60000).toISOString().slice(0, 19); return `${t}+03:30`; };
      return `<!DOCTYPE html>
<html lang="fa-ir" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="author" content="${esc(c.a.author ?? '')}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>${esc(c.a.title)} - موسیقی ما</title>
<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
<link href="/media/system/css/joomla-fontawesome.min.css?4.4.3" rel="lazy-stylesheet">
<link href="/media/templates/site/cassiopeia/css/template-rtl.min.css?4.4.3" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/user.css?4.4.3" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"خطا","MESSAGE":"پیام","NOTICE":"توجه","WARNING":"هشدار"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.musicema.com\\/","base":"","baseFull":"https:\\/\\/www.musicema.com\\/"},"csrf.token":"9c1e7b3a0d5f2e8c4a6b1d9f3e7c2a5b"}</script>
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.3" defer></script>
<link rel="canonical" href="${esc(c.a.url)}">
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-142 has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-musicema.svg" alt="موسیقی ما"></a><div class="site-description">پایگاه خبری تحلیلی موسیقی ایران</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item item-101"><a href="/news">خبر</a></li><li class="nav-item item-142 current active"><a href="/interview" aria-current="page">گفت‌وگو</a></li><li class="nav-item item-143"><a href="/review">نقد</a></li><li class="nav-item item-144"><a href="/dossier">پرونده</a></li><li class="nav-item item-145"><a href="/video">ویدئو</a></li><li class="nav-item item-146"><a href="/podcast">پادکست</a></li></ul></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">شما اینجا هستید: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>خانه</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/interview" class="pathway"><span>گفت‌وگو</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>${esc(c.a.title)}</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="fa-IR">
<div class="page-header"><h1 itemprop="headline">${esc(c.a.title)}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">جزئیات</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>نوشته شده توسط: <span itemprop="name">${esc(c.a.author ?? '')}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>مجموعه: <a href="/interview" itemprop="genre">${esc(c.a.kicker)}</a></dd>
<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="${tehran(plus(-1160))}" itemprop="dateCreated">ایجاد شده: ${persian(Number(c.d) - 1)} ${c.mn} ${persian(c.y)}</time></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="${c.iso}" itemprop="datePublished">منتشر شده: ${faDate(c)}</time></dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="${tehran(plus(35))}" itemprop="dateModified">آخرین به‌روزرسانی: ${faDate(c)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:3127">بازدید: ${persian(3127)}</dd>
</dl>
<figure class="left item-image"><img src="/images/2026/06/moradkhani-kamancheh.jpg" itemprop="image" alt="${esc(c.a.caption)}" width="1000" height="600" loading="eager"><figcaption class="caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyWith(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<p><strong>${t}</strong></p>`)}
</div>
<ul class="tags list-inline">${c.a.tags.map((t, i) => `<li class="list-inline-item tag-${31 + i} tag-list${i}" itemprop="keywords"><a href="/tags/${encodeURIComponent(t.replace(/ /g, '-'))}" class="btn btn-sm btn-info">${esc(t)}</a></li>`).join('')}</ul>
<nav class="pagenavigation" aria-label="پیمایش صفحه"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/interview/48297" rel="prev"><span class="visually-hidden">مقاله قبلی: گفت‌وگو با رهبر ارکستر ملی</span><span class="icon-chevron-right" aria-hidden="true"></span> <span aria-hidden="true">قبلی</span></a><a class="btn btn-sm btn-secondary next" href="/interview/48330" rel="next"><span class="visually-hidden">مقاله بعدی: نقد آلبوم «کوچه‌باغ»</span><span aria-hidden="true">بعدی</span> <span class="icon-chevron-left" aria-hidden="true"></span></a></span></nav>
<div class="share-row"><span>اشتراک‌گذاری</span> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a> <a href="https://x.com/intent/tweet?url=${esc(c.a.url)}">ایکس</a></div>
<div class="author-box"><img src="/images/authors/a-hosseini.jpg" alt=""><div><strong>${esc(c.a.author ?? '')}</strong><p>روزنامه‌نگار موسیقی؛ درباره موسیقی نواحی و آرشیوهای صوتی می‌نویسد.</p></div></div>
<section class="comments"><h3>نظرات (${persian(c.a.comments.length)})</h3>
${comments(c, (n, t, k) => `<div class="comment"><div class="comment-author">${n} <span class="comment-date">${persian(Number(c.d))} ${c.mn} ${persian(c.y)} - ${persian(k ? '21:40' : '20:12')}</span></div><p>${t}</p></div>`)}
<form class="comment-form"><input type="text" placeholder="نام"><textarea placeholder="نظر شما"></textarea><button type="button" class="btn btn-primary">ارسال نظر</button></form></section>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card"><h3 class="card-header">پربازدیدترین‌ها</h3><div class="card-body"><ul class="mostread mod-list">
${li(c.a.mostRead, '/news/', Number(c.id) - 420)}
</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">آخرین گفت‌وگوها</h3><div class="card-body"><ul class="latestnews mod-list">
${li(c.a.related, '/interview/', Number(c.id) - 15)}
</ul></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>کلیه حقوق این وب‌سایت متعلق به موسیقی ما است.</p></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="بازگشت به بالا"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span> بازگشت به بالا</a>
</body>
</html>
`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art12[] = [
  {
    name: 'mashreghnews-caspian-level-foreign-press', site: 'mashregh', inlineAt: 4,
    inline: 'طرح انتقال آب خزر به فلات مرکزی؛ از ایده تا واقعیت',
    url: 'https://www.mashreghnews.ir/news/1748293/افت-تراز-خزر-در-آینه-رسانه‌های-خارجی',
    title: 'افت تراز خزر در آینه رسانه‌های خارجی؛ «بندرها از دریا جدا می‌شوند»',
    kicker: 'رسانه‌های خارجی', date: '۴ خرداد ۱۴۰۵ - ۱۱:۲۰',
    lead: 'کاهش تراز آب دریای خزر در هفته‌های اخیر بار دیگر به تیتر رسانه‌های روسیه، قزاقستان، آذربایجان و چند رسانه غربی تبدیل شده است؛ به نوشته این رسانه‌ها، سطح آب بزرگ‌ترین دریاچه جهان در ۱۲ ماه گذشته حدود ۳۱ سانتی‌متر پایین رفته است.',
    paras: [
      'به گزارش مشرق، خبرگزاری رویترز روز یکشنبه در گزارشی از بندر آکتائو قزاقستان نوشت که تراز دریای خزر به منفی ۲۹٫۴ متر نسبت به سطح آب‌های آزاد رسیده که پایین‌ترین رقم از آغاز اندازه‌گیری‌های منظم است. رویترز به نقل از نورلان ساتپایف، معاون وزیر اکولوژی و منابع طبیعی قزاقستان، افزود که کشتی‌هایی با آبخور بیش از ۴ متر دیگر نمی‌توانند بدون لایروبی به بخشی از اسکله‌های این بندر وارد شوند.',
      'ساتپایف به این خبرگزاری گفت: «ما امسال برای لایروبی کانال‌های ورودی بندرهای آکتائو و کوریک ۱۲ میلیارد تنگه هزینه کرده‌ایم. اگر روند فعلی ادامه پیدا کند، تا پایان این دهه بخشی از سواحل شمالی قزاقستان عملاً از دریا جدا می‌شود.»',
      'روزنامه روسی کامرسانت نیز به کاهش آب ورودی رود ولگا پرداخت. این روزنامه افزود: یوگنی لاپتف، پژوهشگر مؤسسه مسائل آب آکادمی علوم روسیه، گفت سهم ولگا از آب ورودی به خزر حدود ۸۰ درصد است و جریان این رود در سه سال اخیر به‌طور متوسط ۱۵ درصد کمتر از میانگین بلندمدت بوده است.',
      'لاپتف ساخت سدها و برداشت آب برای کشاورزی در حوضه ولگا را عامل اصلی این وضعیت دانست و یادآور شد که با گرم‌تر شدن هوا، تبخیر از سطح دریا هم بیشتر شده است.',
      'پایگاه خبری ترند در باکو هم به نقل از رامیز حسن‌اف، رئیس اداره هیدرومتئورولوژی وزارت اکولوژی آذربایجان، گزارش داد که خط ساحلی در برخی نقاط شبه‌جزیره آبشوران تا ۲۰۰ متر عقب نشسته است. حسن‌اف تصریح کرد: «کاهش تراز آب فقط یک مسئله زیست‌محیطی نیست؛ ماهیگیران، بنادر و گردشگری ساحلی ما هم از آن آسیب می‌بینند.»',
      'روزنامه انگلیسی گاردین هم درباره فک خزری نوشت جمعیت این گونه بومی از حدود یک میلیون قلاده در آغاز قرن بیستم به کمتر از ۷۰ هزار قلاده رسیده است. به نوشته گاردین، ماری‌لوئیز هنسن، اقلیم‌شناس دانشگاه کپنهاگ، معتقد است تراز خزر تا پایان قرن جاری ممکن است ۹ تا ۱۸ متر دیگر پایین برود. هنسن می‌گوید در بدترین حالت، بخش شمالی و کم‌عمق دریا، مهم‌ترین زیستگاه ماهیان خاویاری، کاملاً خشک می‌شود.',
      'الجزیره نیز به نقل از یک مقام وزارت منابع طبیعی روسیه که نخواست نامش فاش شود، نوشت مسکو تشکیل کارگروه مشترک پنج کشور ساحلی برای پایش تراز آب را در نشست تیرماه وزیران محیط زیست کشورهای حاشیه خزر در عشق‌آباد پیشنهاد می‌کند.',
      'در ایران نیز سازمان بنادر و دریانوردی پیش‌تر اعلام کرده بود لایروبی کانال ورودی بندر انزلی با حجم ۸۰۰ هزار مترمکعب تا پایان شهریور ادامه دارد. گزارش رویترز را اولژاس بکوف، خبرنگار این خبرگزاری در آکتائو، تهیه کرده است.',
    ],
    extras: {
      1: `<blockquote class="twitter-tweet" data-lang="en" data-dnt="true"><p lang="en" dir="ltr">Caspian Sea level at the Aktau gauge: −29.4 m below sea level, the lowest since regular records began. Dredging of the port approach channels continues. <a href="https://t.co/x8Kq2LmZ0p">pic.twitter.com/x8Kq2LmZ0p</a></p>&mdash; Kazhydromet (@Kazhydromet_kz) <a href="https://twitter.com/Kazhydromet_kz/status/2058391746205184011">May 24, 2026</a></blockquote>`,
      4: `<div class="item-readmore"><strong>بیشتر بخوانید:</strong> <a href="https://www.mashreghnews.ir/news/1739507">طرح انتقال آب خزر به فلات مرکزی؛ از ایده تا واقعیت</a></div>`,
    },
    tags: ['دریای خزر', 'تراز آب', 'قزاقستان', 'رسانه‌های خارجی'],
    caption: 'اسکله‌ای در بندر آکتائو قزاقستان که با پایین رفتن آب از دریا فاصله گرفته است', credit: 'عکس: رویترز',
    related: ['فرونشست در سواحل مازندران؛ هشدار تازه کارشناسان', 'صید ماهیان خاویاری در خزر همچنان ممنوع ماند', 'روسیه و قزاقستان درباره رهاسازی آب ولگا گفت‌وگو کردند'],
    mostRead: ['قیمت دلار در بازار آزاد امروز', 'زمان برگزاری کنکور ۱۴۰۵ تغییر نمی‌کند', 'برنامه بازی‌های تیم ملی در جام جهانی', 'افزایش حقوق بازنشستگان از خرداد'],
    comments: [['علی از رشت', 'ساحل انزلی هم هر سال عقب‌تر می‌رود، چرا کسی گزارش نمی‌دهد؟'], ['ناشناس', 'روسیه باید جوابگوی سدهای ولگا باشد.']],
    speakers: [
      { name: 'نورلان ساتپایف', role: 'معاون وزیر اکولوژی و منابع طبیعی قزاقستان', also_called: ['ساتپایف'], statements: 2 },
      { name: 'یوگنی لاپتف', role: 'پژوهشگر مؤسسه مسائل آب آکادمی علوم روسیه', also_called: ['لاپتف'], statements: 2 },
      { name: 'رامیز حسن‌اف', role: 'رئیس اداره هیدرومتئورولوژی وزارت اکولوژی آذربایجان', also_called: ['حسن‌اف'], statements: 2 },
      { name: 'ماری‌لوئیز هنسن', role: 'اقلیم‌شناس دانشگاه کپنهاگ', also_called: ['هنسن'], statements: 2 },
    ],
    speakers_never: ['رویترز', 'کامرسانت', 'گاردین', 'الجزیره', 'یک مقام وزارت منابع طبیعی روسیه', 'سازمان بنادر و دریانوردی', 'اولژاس بکوف', 'Kazhydromet'],
    figures: [
      { value: 31, unit: 'سانتی‌متر', kind: 'measure', about: '«حدود ۳۱ سانتی‌متر» افت سطح آب در ۱۲ ماه (lead)' },
      { value: -29.4, unit: 'متر', kind: 'measure', about: '«منفی ۲۹٫۴ متر» تراز خزر نسبت به آب‌های آزاد (a negative decimal level)' },
      { value: 4, unit: 'متر', kind: 'measure', about: '«آبخور بیش از ۴ متر»' },
      { value: 12000000000, unit: 'تنگه', kind: 'money', about: '«۱۲ میلیارد تنگه» هزینه لایروبی' },
      { value: 80, unit: 'درصد', kind: 'percent', about: 'سهم ولگا از آب ورودی خزر' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'کاهش جریان ولگا نسبت به میانگین بلندمدت' },
      { value: 200, unit: 'متر', kind: 'measure', about: 'عقب‌نشینی خط ساحلی آبشوران' },
      { value: 1000000, unit: 'قلاده', kind: 'count', about: '«حدود یک میلیون قلاده» فک در آغاز قرن بیستم' },
      { value: 70000, unit: 'قلاده', kind: 'count', about: '«کمتر از ۷۰ هزار قلاده» فک امروز' },
      { value: 9, unit: 'متر', kind: 'measure', about: 'افت پیش‌بینی‌شده تا پایان قرن، کف بازه («۹ تا ۱۸ متر»)' },
      { value: 18, unit: 'متر', kind: 'measure', about: 'افت پیش‌بینی‌شده، سقف بازه' },
      { value: 5, unit: 'کشور', kind: 'count', about: '«پنج کشور ساحلی» (count in words)' },
      { value: 800000, unit: 'مترمکعب', kind: 'measure', about: 'حجم لایروبی کانال بندر انزلی' },
    ],
    figures_never: ['«۱۲ ماه گذشته», «سه سال اخیر»: durations', '«روز یکشنبه», «پایان این دهه», «آغاز قرن بیستم», «پایان قرن جاری», «تیرماه», «پایان شهریور»: dates', '«بزرگ‌ترین دریاچه جهان»: no number', '«یک مسئله»: lone «یک»', 'the embedded tweet («−29.4 m», «May 24, 2026») and the «بیشتر بخوانید:» box: not body'],
    notes: [
      'A foreign-press roundup of an agency on its own CMS (Mashregh News: the only date metadata is a JSON-LD NewsArticle with datePublished +03:30; the visible date is NUMERIC Jalali with Persian digits, «۱۴۰۵/۰۳/۰۴ - ۱۱:۲۰», next to the news code; the header shows the same day in words; service line, rutitr (not body), summary paragraph as lead, photo with caption after the lead; an EMBEDDED TWEET (blockquote.twitter-tweet, English text and its own Gregorian date «May 24, 2026», the day before) after paragraph 2 and an in-body «بیشتر بخوانید:» box after paragraph 5, neither body; tags, share row with a short link and a print link, related, comments with counts «انتشار یافته / در انتظار بررسی», most-read).',
      'statements: Satpayev, quoted through Reuters: «رویترز به نقل از NAME، ROLE، افزود که …» (one), «ساتپایف به این خبرگزاری گفت: «…»» (two-sentence quote, once) = 2; Laptev, quoted inside Kommersant\'s report: «این روزنامه افزود: NAME، ROLE، گفت …» (one), «لاپتف … را … دانست و یادآور شد که …» (one) = 2; Hasanov, quoted through Trend: «… به نقل از NAME، ROLE، گزارش داد که …» (one), «حسن‌اف تصریح کرد: «…»» (one) = 2; Hansen, quoted through the Guardian: «به نوشته گاردین، NAME، ROLE، معتقد است …» (one), «هنسن می‌گوید …» (one) = 2.',
      'The outlets (Reuters «نوشت», Kommersant «پرداخت … افزود», Trend, the Guardian «نوشت», Al Jazeera «نوشت») are not speakers: the people they quote are; the Russian official «که نخواست نامش فاش شود» is an unnamed source; the ports organization («اعلام کرده بود») is an organization; the Reuters reporter Bekov is only mentioned; the tweeting hydromet service is an account, and its tweet is not body. «منفی ۲۹٫۴ متر» is a negative decimal measure; «۹ تا ۱۸ متر» gives both ends; «۴ متر», «۲۰۰ متر», «۹» and «۱۸ متر» are four متر figures; «پنج کشور ساحلی» is a count in words.',
    ],
  },
  {
    name: 'frw-desertification-day-message', site: 'frw', inlineAt: -1,
    url: 'https://frw.ir/fa-ir/news/articleType/ArticleView/articleId/31846/پیام-رئیس-سازمان-به-مناسبت-روز-جهانی-مقابله-با-بیابان‌زایی',
    title: 'پیام رئیس سازمان منابع طبیعی به مناسبت روز جهانی مقابله با بیابان‌زایی؛ ۲۴۰ هزار هکتار کانون فرسایش بادی مهار می‌شود',
    kicker: 'اخبار سازمان', date: '۲۷ خرداد ۱۴۰۵ - ۱۰:۱۵',
    lead: 'رئیس سازمان منابع طبیعی و آبخیزداری کشور در پیامی به مناسبت روز جهانی مقابله با بیابان‌زایی و خشکسالی، از اجرای عملیات بیابان‌زدایی در ۲۴۰ هزار هکتار از کانون‌های بحرانی فرسایش بادی در سال جاری خبر داد.',
    paras: [
      'به گزارش روابط عمومی سازمان منابع طبیعی و آبخیزداری کشور، متن پیام حمیدرضا بهشتی‌مقدم به این مناسبت به شرح زیر است:',
      '۲۷ خرداد، روز جهانی مقابله با بیابان‌زایی و خشکسالی، فرصتی است تا به یاد آوریم که بیش از ۳۲ میلیون هکتار از پهنه کشورمان را بیابان‌ها پوشانده‌اند و حدود ۱۴ میلیون هکتار از آن، کانون بحرانی فرسایش بادی است. گرد و غباری که امروز زندگی مردم سیستان، خوزستان، کرمان و خراسان جنوبی را دشوار کرده، از همین کانون‌ها برمی‌خیزد.',
      'در سال گذشته با همت جوامع محلی و همراهی دستگاه‌های اجرایی، نهال‌کاری و مالچ‌پاشی در ۱۸۵ هزار هکتار از این کانون‌ها انجام شد و برای امسال، اجرای عملیات در ۲۴۰ هزار هکتار با اعتباری بالغ بر ۸ هزار و ۵۰۰ میلیارد ریال برنامه‌ریزی شده است. بیش از ۶۰ درصد این عملیات را تشکل‌های مردمی و تعاونی‌های روستایی اجرا خواهند کرد.',
      'بیابان‌زدایی بدون مشارکت مردم به نتیجه نمی‌رسد. از همه همکارانم در ادارات کل منابع طبیعی ۳۱ استان، از قرق‌بانان و جنگلبانان و از روستاییانی که با کاشت هر نهال تاغ و گز، سدی در برابر شن‌های روان می‌سازند، صمیمانه سپاسگزاری می‌کنم.',
      'مدیرکل دفتر امور بیابان این سازمان فاطمه رضایی‌فر نیز در گفت‌وگو با ایرنا گفت: امسال ۷۲ میلیون اصله نهال در کانون‌های فرسایش بادی کاشته می‌شود که سهم سیستان و بلوچستان از آن ۱۵ میلیون اصله است.',
      'وی با اشاره به خشکسالی‌های پیاپی تصریح کرد: زنده‌مانی نهال‌ها در سال‌های کم‌بارش به حدود ۵۵ درصد رسیده و آبیاری تکمیلی با تانکر، هزینه هر هکتار را تا دو برابر بالا برده است.',
      'به گفته عبدالغفور ریگی، دهیار روستای جزینک زابل، بادهای ۱۲۰ روزه سیستان هر سال بخشی از راه‌ها و کانال‌های آب روستا را زیر شن می‌برد. او گفت: از وقتی نوار سبز دور روستا کاشته شده، دیگر مجبور نیستیم هر هفته شن را از خانه‌ها بیرون بریزیم. ۴۰ خانوار روستا در همین طرح کار می‌کنند.',
      'بر اساس گزارش دبیرخانه کنوانسیون مقابله با بیابان‌زایی سازمان ملل، سالانه حدود ۱۰۰ میلیون هکتار از زمین‌های سالم جهان تخریب می‌شود. در مراسمی که به همین مناسبت امروز در زابل برگزار می‌شود، از غلامحسین نخعی، قرق‌بان پیشکسوت منطقه، تقدیر خواهد شد.',
    ],
    extras: {
      3: `<p style="text-align: center;"><img src="/Portals/0/EasyDNNnews/31846/payam-scan.jpg" alt="تصویر پیام" width="520" /><br /><span style="font-size: 11px;">تصویر متن پیام رئیس سازمان</span></p>`,
    },
    tags: ['بیابان‌زدایی', 'فرسایش بادی', 'روز جهانی مقابله با بیابان‌زایی', 'سیستان'],
    caption: 'نهال‌کاری تاغ در کانون فرسایش بادی دشت سیستان', credit: 'عکس: روابط عمومی اداره کل منابع طبیعی سیستان و بلوچستان',
    related: ['آغاز طرح مالچ‌پاشی در کانون‌های گرد و غبار خوزستان', 'برگزاری کارگاه آموزشی قرق‌بانان در یزد', 'نشست هم‌اندیشی مقابله با ریزگردها در کرمان'],
    mostRead: ['فراخوان جذب قرق‌بان در ۱۲ استان', 'آمار حریق جنگل‌ها و مراتع در اردیبهشت ۱۴۰۵', 'سامانه استعلام اراضی ملی به‌روزرسانی شد', 'اطلاعیه آزمون استخدامی جنگلبانی'],
    comments: [],
    speakers: [
      { name: 'حمیدرضا بهشتی‌مقدم', role: 'رئیس سازمان منابع طبیعی و آبخیزداری کشور', also_called: [], statements: 2 },
      { name: 'فاطمه رضایی‌فر', role: 'مدیرکل دفتر امور بیابان این سازمان', also_called: ['وی'], statements: 2 },
      { name: 'عبدالغفور ریگی', role: 'دهیار روستای جزینک زابل', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['روابط عمومی سازمان منابع طبیعی و آبخیزداری کشور', 'ایرنا', 'دبیرخانه کنوانسیون مقابله با بیابان‌زایی سازمان ملل', 'غلامحسین نخعی'],
    figures: [
      { value: 240000, unit: 'هکتار', kind: 'measure', about: '«۲۴۰ هزار هکتار» عملیات امسال (lead; repeated in the message)' },
      { value: 32000000, unit: 'هکتار', kind: 'measure', about: '«بیش از ۳۲ میلیون هکتار» بیابان‌های کشور' },
      { value: 14000000, unit: 'هکتار', kind: 'measure', about: '«حدود ۱۴ میلیون هکتار» کانون بحرانی' },
      { value: 185000, unit: 'هکتار', kind: 'measure', about: 'عملیات سال گذشته' },
      { value: 8500000000000, unit: 'ریال', kind: 'money', about: '«۸ هزار و ۵۰۰ میلیارد ریال» اعتبار امسال' },
      { value: 60, unit: 'درصد', kind: 'percent', about: '«بیش از ۶۰ درصد» سهم تشکل‌ها و تعاونی‌ها' },
      { value: 31, unit: 'استان', kind: 'count', about: 'ادارات کل منابع طبیعی ۳۱ استان' },
      { value: 72000000, unit: 'اصله', kind: 'count', about: '«۷۲ میلیون اصله» نهال' },
      { value: 15000000, unit: 'اصله', kind: 'count', about: 'سهم سیستان و بلوچستان' },
      { value: 55, unit: 'درصد', kind: 'percent', about: 'زنده‌مانی نهال‌ها' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«تا دو برابر» هزینه هر هکتار' },
      { value: 40, unit: 'خانوار', kind: 'count', about: 'خانوارهای شاغل در طرح' },
      { value: 100000000, unit: 'هکتار', kind: 'measure', about: '«حدود ۱۰۰ میلیون هکتار» تخریب سالانه زمین در جهان' },
    ],
    figures_never: ['«۲۷ خرداد», «سال جاری», «سال گذشته», «امسال», «امروز»: dates', '«بادهای ۱۲۰ روزه»: the name of Sistan\'s wind', '«هر هکتار», «هر نهال», «سالانه»: bases', '«هر سال», «هر هفته»: frequencies', 'the visible «1405/03/27», the US-format microdata and the footer «آخرین بروزرسانی»: dates, not body'],
    notes: [
      'An official\'s MESSAGE on a government portal built with DOTNETNUKE and the EasyDNNnews module (Forests, Range and Watershed Management Organization: ASP.NET WebForms <form id="Form"> with __VIEWSTATE, dnn_ctr1125_ ids, DnnModule wrappers, /Portals/0/ and /DesktopModules/ paths, «DotNetNuke» generator meta; the government header with today\'s date; the article date visible in LATIN-digit Jalali WITHOUT time, «1405/03/27», and the only instant in a microdata <meta itemprop="datePublished" content="6/17/2026 10:15:00 AM">, .NET\'s en-US format (month first, 12-hour clock, no zone), read as Tehran time = the gold; summary as lead; photo with caption; a SCAN of the signed message with its own caption after the message, not body; views, tags, print/send links, related, a comment form without comments; a footer «آخرین بروزرسانی» date). The ARTICLE TEXT (title, summary, body, caption) is typed with ARABIC yeh and kaf (ي ك) while the DNN chrome uses Persian letters: the gold title and body are exactly what the page shows; speaker names, roles, figure units and speakers_never are given in Persian letters.',
      'statements: Beheshti-Moghaddam is first given by role only, in the lead: «رئیس سازمان … در پیامی … از … خبر داد» (one); then his named message: «متن پیام NAME … به شرح زیر است:» followed by the three paragraphs of the message (one quoted text after «:», counted once, as a multi-sentence quote is) = 2; Rezaeifar, introduced as «ROLE NAME» without commas: «… در گفت‌وگو با ایرنا گفت:» (one), «وی با اشاره به … تصریح کرد:» (one) = 2; Rigi: «به گفته NAME، ROLE، …» (one), «او گفت:» (multi-sentence quote, once) = 2.',
      'The organization\'s public relations («به گزارش»), IRNA, the UNCCD secretariat («بر اساس گزارش») are not speakers; the veteran ranger Nakhaei is only mentioned. The role of Rezaeifar is given as the body gives it, «مدیرکل دفتر امور بیابان این سازمان». «بادهای ۱۲۰ روزه» is the name of a seasonal wind, not a figure; «تا دو برابر» is count/برابر; «۳۲ میلیون», «۱۴ میلیون», «۲۴۰ هزار», «۱۸۵ هزار» and «۱۰۰ میلیون» هکتار are five figures with one unit.',
    ],
  },
  {
    name: 'fardayeeghtesad-industry-power-cuts', site: 'fardayeeghtesad', author: 'نیما سبحانی',
    inline: 'جدول خاموشی شهرک‌های صنعتی تهران در خرداد',
    url: 'https://www.fardayeeghtesad.com/news/36418/خاموشی‌های-تابستانی-چقدر-برای-صنعت-هزینه-دارد',
    title: 'خاموشی‌های تابستانی چقدر برای صنعت هزینه دارد؟',
    kicker: 'تحلیل', date: '۱۸ خرداد ۱۴۰۵ - ۱۱:۴۵',
    lead: 'با آغاز محدودیت برق صنایع از هفته گذشته، شهرک‌های صنعتی در بیشتر استان‌ها دو روز در هفته بی‌برق می‌مانند؛ برآوردها نشان می‌دهد هر روز قطعی برق صنعتی دست‌کم ۱۰ همت به تولید کشور زیان می‌زند.',
    paras: [
      'به گزارش فردای اقتصاد، ناترازی برق امسال زودتر از سال‌های گذشته خود را نشان داده است. بر اساس داده‌های شرکت مدیریت شبکه برق ایران، اوج مصرف برق کشور در هفته نخست خرداد به ۶۸ هزار و ۲۰۰ مگاوات رسید، در حالی که توان تولید پایدار نیروگاه‌ها حدود ۵۷ هزار مگاوات است؛ کسری بیش از ۱۱ هزار مگاواتی که بخش بزرگ آن بر دوش صنایع گذاشته شده است.',
      'محسن طالبی‌نژاد، اقتصاددان انرژی و عضو هیئت علمی دانشگاه علامه طباطبایی، می‌گوید مشکل فقط کمبود نیروگاه نیست. به گفته او، دست‌کم ۱۳ درصد برق تولیدی کشور در شبکه‌های انتقال و توزیع هدر می‌رود که تقریباً دو برابر میانگین جهانی است.',
      'طالبی‌نژاد افزود: «وقتی برق خانگی تقریباً رایگان است، انگیزه‌ای برای صرفه‌جویی باقی نمی‌ماند و هر تابستان کارخانه‌ها تاوان این قیمت‌گذاری را می‌دهند. سهم خانوارها از مصرف برق در ساعات اوج تابستان به ۴۰ درصد می‌رسد.»',
      'نسرین کامرانی، رئیس کمیسیون انرژی اتاق بازرگانی تهران، نیز با انتقاد از شیوه اعلام برنامه خاموشی‌ها اظهار کرد: بسیاری از واحدها جدول قطعی را فقط ۲۴ ساعت قبل دریافت می‌کنند. کوره فولاد یا سیمان را نمی‌شود مثل چراغ یک مغازه خاموش و روشن کرد.',
      'کامرانی با اشاره به نظرسنجی اتاق تهران از ۴۲۰ واحد صنعتی عنوان کرد که ۶۷ درصد این واحدها سال گذشته به دلیل خاموشی دست‌کم یک سفارش صادراتی را از دست داده‌اند و ۲۳ درصد ناچار به تعدیل نیرو شده‌اند.',
      'سازمان توسعه تجارت ایران هم اعلام کرده است صادرات غیرنفتی کشور در دو ماه نخست امسال ۸ درصد کمتر از مدت مشابه پارسال بوده است.',
      'وزیر نیرو هفته گذشته در حاشیه جلسه هیئت دولت گفته بود با ورود ۳ هزار و ۵۰۰ مگاوات نیروگاه خورشیدی تازه به مدار تا پایان تیر، محدودیت صنایع به یک روز در هفته کاهش می‌یابد. وزیر نیرو همچنین از مشترکان خانگی خواسته بود دمای کولرهای گازی را روی ۲۵ درجه تنظیم کنند.',
      'طالبی‌نژاد اما این وعده را خوش‌بینانه می‌داند و می‌گوید نیروگاه‌های خورشیدی در ساعات عصر که مصرف به اوج می‌رسد، کمک چندانی نمی‌کنند و راه‌حل، تعرفه پلکانی واقعی برای ۱۰ درصد پرمصرف‌ترین مشترکان خانگی است.',
      'گزارش تازه مرکز پژوهش‌های مجلس که با سرپرستی مریم صفوی‌زاده تهیه شده نیز زیان خاموشی‌های تابستان پارسال را برای بخش صنعت حدود ۲۵۰ همت برآورد کرده بود.',
    ],
    extras: {
      2: `<figure class="quote-card_card__P2m7q"><img alt="" src="/_next/image?url=%2Fcards%2F36418-quote.png&amp;w=828&amp;q=75" width="828" height="828" loading="lazy"/><figcaption><blockquote>«وقتی برق خانگی تقریباً رایگان است، انگیزه‌ای برای صرفه‌جویی باقی نمی‌ماند.»</blockquote><cite>محسن طالبی‌نژاد، اقتصاددان انرژی</cite></figcaption></figure>`,
      5: `<aside class="readmore_card__7Tq2e"><span class="readmore_label__2Lk0a">بیشتر بخوانید</span><a href="/news/36377">جدول خاموشی شهرک‌های صنعتی تهران در خرداد</a></aside>`,
    },
    tags: ['ناترازی برق', 'خاموشی صنایع', 'وزارت نیرو', 'اتاق بازرگانی تهران'],
    caption: 'خط تولید یک کارخانه در شهرک صنعتی عباس‌آباد در روز قطعی برق', credit: 'عکس: فردای اقتصاد',
    related: ['ناترازی گاز زمستان را هم تهدید می‌کند', 'سهم تجدیدپذیرها از برق کشور چقدر است؟', 'قیمت برق صنایع از تیر گران می‌شود'],
    mostRead: ['پیش‌بینی بازار سکه در هفته سوم خرداد', 'وام ۳۰۰ میلیونی مسکن کی پرداخت می‌شود؟', 'بورس در انتظار نرخ سود بین‌بانکی', 'اجاره‌بها در تهران چقدر بالا رفت؟'],
    comments: [['مهندس تولید', 'کارخانه ما هفته‌ای دو روز تعطیل است و حقوق کارگر را باید کامل بدهیم.'], ['رضا', 'اول جلوی ماینرهای غیرمجاز را بگیرید.']],
    speakers: [
      { name: 'محسن طالبی‌نژاد', role: 'اقتصاددان انرژی و عضو هیئت علمی دانشگاه علامه طباطبایی', also_called: ['او', 'طالبی‌نژاد'], statements: 4 },
      { name: 'نسرین کامرانی', role: 'رئیس کمیسیون انرژی اتاق بازرگانی تهران', also_called: ['کامرانی'], statements: 2 },
    ],
    speakers_never: ['وزیر نیرو', 'شرکت مدیریت شبکه برق ایران', 'سازمان توسعه تجارت ایران', 'مرکز پژوهش‌های مجلس', 'مریم صفوی‌زاده'],
    figures: [
      { value: 10000000000000, unit: 'همت', kind: 'money', about: '«دست‌کم ۱۰ همت» زیان هر روز قطعی (lead)' },
      { value: 68200, unit: 'مگاوات', kind: 'measure', about: '«۶۸ هزار و ۲۰۰ مگاوات» اوج مصرف' },
      { value: 57000, unit: 'مگاوات', kind: 'measure', about: 'توان تولید پایدار' },
      { value: 11000, unit: 'مگاوات', kind: 'measure', about: '«کسری بیش از ۱۱ هزار مگاواتی»' },
      { value: 13, unit: 'درصد', kind: 'percent', about: 'هدررفت شبکه' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«دو برابر میانگین جهانی»' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم خانوارها در ساعات اوج' },
      { value: 420, unit: 'واحد', kind: 'count', about: 'واحدهای صنعتی نظرسنجی' },
      { value: 67, unit: 'درصد', kind: 'percent', about: 'واحدهایی که سفارش صادراتی از دست دادند' },
      { value: 23, unit: 'درصد', kind: 'percent', about: 'واحدهای ناچار به تعدیل نیرو' },
      { value: 8, unit: 'درصد', kind: 'percent', about: 'کاهش صادرات غیرنفتی' },
      { value: 3500, unit: 'مگاوات', kind: 'measure', about: '«۳ هزار و ۵۰۰ مگاوات» نیروگاه خورشیدی تازه' },
      { value: 25, unit: 'درجه', kind: 'measure', about: 'دمای توصیه‌شده کولر (unit «درجه» as in figures/dev.json)' },
      { value: 10, unit: 'درصد', kind: 'percent', about: '«۱۰ درصد پرمصرف‌ترین مشترکان»' },
      { value: 250000000000000, unit: 'همت', kind: 'money', about: '«حدود ۲۵۰ همت» زیان خاموشی‌های پارسال' },
    ],
    figures_never: ['«دو روز در هفته», «یک روز در هفته»: frequencies', '«هفته گذشته», «هفته نخست خرداد», «سال گذشته», «دو ماه نخست امسال», «پایان تیر», «تابستان پارسال»: dates and periods', '«۲۴ ساعت»: a duration', '«یک سفارش», «یک مغازه»: lone «یک»', '«هر روز», «هر تابستان»: bases', 'the quote card (a repeat of a body sentence) and the market ticker: not body'],
    notes: [
      'An analysis piece on a NEXT.JS APP ROUTER app (Fardaye Eghtesad: React Server Components, /_next/static chunks with async scripts, CSS-module class names, no __NEXT_DATA__, the RSC flight data in «self.__next_f.push([1,"…"])» scripts; NO date metadata: the visible «دوشنبه ۱۸ خرداد ۱۴۰۵» has NO time and the only instant is «publishedAt»:"2026-06-08T08:15:00.000Z" (UTC with milliseconds) in the flight data, next to a later «updatedAt»; the gold is that instant in Tehran time; market ticker; lead paragraph; cover with caption; a QUOTE CARD (an image with a blockquote repeating Talebinejad\'s first quoted sentence and a cite line) after paragraph 3, not body; an in-body «بیشتر بخوانید» card; tags; share row; an AUTHOR BOX with a one-line bio; related; comments; newsletter box).',
      'statements: Talebinejad: «NAME، ROLE، می‌گوید …» (one), «به گفته او، …» (one), «طالبی‌نژاد افزود: «…»» (two-sentence quote, once), «طالبی‌نژاد اما این وعده را خوش‌بینانه می‌داند و می‌گوید …» (one sentence, one) = 4; Kamrani: «… با انتقاد از … اظهار کرد:» (two sentences, once), «کامرانی با اشاره به … عنوان کرد که …» (one) = 2.',
      'The minister of energy is met only by title, late in the piece («وزیر نیرو … گفته بود», «وزیر نیرو همچنین … خواسته بود»): a never-named office holder, not a speaker. The grid company («بر اساس داده‌های»), the trade promotion organization («اعلام کرده است») and the parliament\'s research centre («برآورد کرده بود») are organizations; Safavizadeh, who led the research centre\'s report, is only mentioned. «همت» is 1e12 toman with unit همت; «۱۱ هزار مگاواتی» is kept as a measure (the gap); «۲۵ درجه» (the advised thermostat setting) is kept as a measure.',
    ],
  },
  {
    name: 'qanoon-wayback-medical-currency-trial', site: 'qanoon', author: 'مریم کریمی',
    inline: 'پرونده ارز دارو؛ کیفرخواست ۱۴ متهم صادر شد',
    url: 'https://web.archive.org/web/20260611031240/https://ghanoondaily.ir/news/248715/',
    title: 'دومین جلسه دادگاه پرونده ارز تجهیزات پزشکی؛ متهم ردیف اول: کالا را وارد کردم، اسنادش گم شد',
    kicker: 'حقوقی و قضایی', date: '۲۰ خرداد ۱۴۰۵ - ۰۸:۳۰',
    lead: 'دومین جلسه رسیدگی به اتهامات مدیرعامل یک شرکت واردکننده تجهیزات پزشکی و ۶ متهم دیگر که متهم‌اند ۴۲ میلیون یورو ارز دولتی دریافت کرده و کالایی در برابر آن وارد نکرده‌اند، دیروز در شعبه سوم دادگاه ویژه رسیدگی به جرائم اخلالگران و مفسدان اقتصادی برگزار شد.',
    paras: [
      'به گزارش «قانون»، در ابتدای جلسه، قاضی ابوالفضل میرشکاری، رئیس شعبه، پس از اعلام رسمیت جلسه از نماینده دادستان خواست ادامه کیفرخواست را قرائت کند.',
      'سعید رحمت‌پناه، نماینده دادستان تهران، گفت: شرکت متهم در سال‌های ۱۴۰۱ و ۱۴۰۲ با ارائه ۱۹ پیش‌فاکتور، ۴۲ میلیون یورو ارز با نرخ ترجیحی برای واردات ۳۵۰ دستگاه دیالیز و تجهیزات آزمایشگاهی دریافت کرده، اما بر اساس استعلام گمرک، تنها کالایی به ارزش ۶ میلیون و ۸۰۰ هزار یورو ترخیص شده است.',
      'وی افزود: بخشی از ارز دریافتی در بازار آزاد فروخته شده و سود حاصل از آن، بنا بر گزارش سازمان بازرسی کل کشور، از ۲ هزار و ۱۰۰ میلیارد تومان فراتر رفته است. متهمان برای پنهان کردن این مبالغ از حساب‌های ۱۱ نفر از بستگان و کارکنان شرکت استفاده کرده‌اند.',
      'نماینده دادستان با اشاره به کمبود دستگاه دیالیز در بیمارستان‌های چند استان در همان سال‌ها، برای متهم ردیف اول تقاضای اشد مجازات کرد.',
      'سپس متهم ردیف اول، کامران صدرالدینی، در جایگاه قرار گرفت. صدرالدینی اتهامات را نپذیرفت و گفت: «کالا را وارد کردم، اما بخشی از اسناد ترخیص در جابه‌جایی دفتر شرکت گم شد. من ۲۶ سال است در این کار هستم و تا امروز حتی یک پرونده هم نداشته‌ام.»',
      'قاضی میرشکاری خطاب به متهم گفت: «اگر کالا وارد شده، چرا در سامانه جامع تجارت هیچ اظهارنامه‌ای به نام شرکت شما ثبت نشده است؟» صدرالدینی در پاسخ مدعی شد بخشی از محموله‌ها با کارت بازرگانی شرکت دیگری ترخیص شده است.',
      'مهتاب سلحشور، وکیل متهم ردیف اول، در دفاع از موکل خود اظهار داشت: گزارش کارشناسی ناقص است. کارشناس منتخب دادگاه، مهندس رضا قنبری، در نظر تکمیلی خود نوشته است که «ترخیص بخشی از محموله‌ها از گمرک بازرگان محرز است و اسناد آن در بایگانی گمرک موجود است.»',
      'سلحشور همچنین از دادگاه خواست برای بررسی دوباره اسناد، هیئت کارشناسی سه‌نفره تشکیل شود و قرار بازداشت موکلش به وثیقه ۵۰۰ میلیارد تومانی تبدیل شود.',
      'متهم ردیف دوم، بهرام صدرالدینی، برادر مدیرعامل، از ابتدای پرونده در خارج از کشور به سر می‌برد و غیابی محاکمه می‌شود.',
      'رئیس دادگاه در پایان جلسه گفت جلسه بعدی پس از وصول پاسخ استعلام‌ها از گمرک ایران و بانک مرکزی، ۱۰ تیرماه برگزار می‌شود.',
    ],
    extras: {
      4: `<div class="td_block_wrap td_block_related_inline td-pb-border-top"><span class="td-related-label">بیشتر بخوانید</span> <a href="https://web.archive.org/web/20260611031240/https://ghanoondaily.ir/news/247310/">پرونده ارز دارو؛ کیفرخواست ۱۴ متهم صادر شد</a></div>`,
    },
    tags: ['دادگاه', 'ارز ترجیحی', 'تجهیزات پزشکی', 'مفسدان اقتصادی'],
    caption: 'متهم ردیف اول پرونده در جایگاه دفاع', credit: 'عکس: میزان',
    related: ['محکومیت ۱۲ ساله در پرونده قاچاق دارو', 'کیفرخواست پرونده چای صادر شد', 'بازداشت مدیران یک شرکت بازرگانی در بندرعباس'],
    mostRead: ['افزایش مهریه در سال ۱۴۰۵؛ نرخ تازه سکه', 'قانون جدید چک از تیر اجرا می‌شود', 'اجاره‌نامه‌های کاغذی اعتبار ندارند؟', 'حکم قصاص در پرونده قتل شهرری'],
    comments: [],
    speakers: [
      { name: 'ابوالفضل میرشکاری', role: 'رئیس شعبه', also_called: ['میرشکاری', 'رئیس دادگاه'], statements: 3 },
      { name: 'سعید رحمت‌پناه', role: 'نماینده دادستان تهران', also_called: ['وی', 'نماینده دادستان'], statements: 3 },
      { name: 'کامران صدرالدینی', role: 'متهم ردیف اول', also_called: ['صدرالدینی'], statements: 2 },
      { name: 'مهتاب سلحشور', role: 'وکیل متهم ردیف اول', also_called: ['سلحشور'], statements: 2 },
      { name: 'رضا قنبری', role: 'کارشناس منتخب دادگاه', also_called: [], statements: 1 },
    ],
    speakers_never: ['بهرام صدرالدینی', 'سازمان بازرسی کل کشور', 'گمرک ایران', 'بانک مرکزی', 'روزنامه قانون'],
    figures: [
      { value: 6, unit: 'متهم', kind: 'count', about: '«۶ متهم دیگر» (lead)' },
      { value: 42000000, unit: 'یورو', kind: 'money', about: '«۴۲ میلیون یورو» ارز دریافتی (lead and body)' },
      { value: 19, unit: 'پیش‌فاکتور', kind: 'count', about: 'پیش‌فاکتورهای ارائه‌شده' },
      { value: 350, unit: 'دستگاه', kind: 'count', about: 'دستگاه‌های دیالیز' },
      { value: 6800000, unit: 'یورو', kind: 'money', about: '«۶ میلیون و ۸۰۰ هزار یورو» کالای ترخیص‌شده' },
      { value: 2100000000000, unit: 'تومان', kind: 'money', about: '«از ۲ هزار و ۱۰۰ میلیارد تومان فراتر» سود فروش ارز' },
      { value: 11, unit: 'نفر', kind: 'count', about: 'صاحبان حساب‌های استفاده‌شده' },
      { value: 3, unit: 'نفر', kind: 'count', about: '«هیئت کارشناسی سه‌نفره» (count in words, unit in base form)' },
      { value: 500000000000, unit: 'تومان', kind: 'money', about: '«وثیقه ۵۰۰ میلیارد تومانی» درخواستی وکیل' },
    ],
    figures_never: ['«دومین جلسه», «شعبه سوم», «متهم ردیف اول», «متهم ردیف دوم»: ordinals', '«سال‌های ۱۴۰۱ و ۱۴۰۲»: years', '«۲۶ سال»: a duration', '«دیروز», «همان سال‌ها», «۱۰ تیرماه»: dates', '«حتی یک پرونده»: lone «یک»', 'the Wayback capture («03:12:40 Jun 11, 2026», «3 captures»), the print-edition line (شماره ۲۴۸۷، صفحه ۶) and the author bio (سال ۱۳۹۸): not body'],
    notes: [
      'A court session report of a daily seen through a WAYBACK MACHINE SNAPSHOT (web.archive.org: bundle-playback.js, wombat.js and the __wm.wombat call in the head; the «BEGIN WAYBACK TOOLBAR INSERT» toolbar, English, with the URL form, «3 captures», «11 Jun 2026 - 14 Jun 2026», the MAY/JUN/JUL sparkline and the capture time «03:12:40 Jun 11, 2026»; the print-only «The Wayback Machine - https://web.archive.org/web/20260611031240/…» line; every link and image rewritten to /web/20260611031240…/ (im_, cs_); the «FILE ARCHIVED ON …» and playback-timings comments after </html>). The archived page is WORDPRESS with tagDiv\'s NEWSPAPER theme: article:published_time and <time class="entry-date" datetime="2026-06-10T08:30:00+03:30"> (visible «۲۰ خرداد ۱۴۰۵», no time) give the gold, NOT the capture time (the next day, 06:42 Tehran) nor the modified time; the td-post-sub-title is the lead; featured image with caption; a td inline «بیشتر بخوانید» after paragraph 5; a PRINT-EDITION line at the end of the content, not body; tags, two share rows, an AUTHOR BOX with a bio, related posts, an empty comment form, sidebar most-read. The case url is the snapshot\'s.',
      'statements: Mirshekari, introduced as «قاضی NAME، ROLE،» (title dropped from the name): «… از نماینده دادستان خواست …» (a request, one), «قاضی میرشکاری خطاب به متهم گفت: «…»» (a question, one), the role alone «رئیس دادگاه در پایان جلسه گفت …» (one) = 3; Rahmatpanah: «… گفت:» (one), «وی افزود:» (two sentences, once), the role alone «نماینده دادستان … تقاضای اشد مجازات کرد» (a request, one) = 3; Sadreddini, the first defendant, named when he takes the stand: «صدرالدینی اتهامات را نپذیرفت و گفت: «…»» (one sentence, two-sentence quote, once), «صدرالدینی در پاسخ مدعی شد …» (one) = 2; Salahshour: «… اظهار داشت:» (her quote, which contains the expert\'s written words, once), «سلحشور همچنین از دادگاه خواست …» (one) = 2; Ghanbari, quoted INSIDE the lawyer\'s quote: «NAME … در نظر تکمیلی خود نوشته است که «…»» = 1 (title «مهندس» dropped).',
      'The first defendant\'s brother Bahram Sadreddini (tried in absentia) is only mentioned; the General Inspection Organization («بنا بر گزارش»), the customs and the central bank are organizations. «سه‌نفره» is 3 نفر in base form, distinct from «۱۱ نفر»; «۴۲ میلیون یورو» appears in the lead and the prosecutor\'s quote and is one figure; the surname alone «صدرالدینی» always means Kamran (Bahram appears once, later, with his first name).',
    ],
  },
  {
    name: 'parliran-unlicensed-wells-bill', site: 'parliran', inlineAt: -1,
    inline: 'گزارش کمیسیون کشاورزی درباره فرونشست دشت‌های کشور',
    url: 'https://www.parliran.ir/web/guest/news/-/asset_publisher/Xk3r/content/1842675',
    title: 'کلیات طرح تعیین تکلیف چاه‌های فاقد پروانه در مجلس تصویب شد',
    kicker: 'اخبار جلسه علنی', date: '۱۷ خرداد ۱۴۰۵ - ۱۱:۴۰',
    lead: 'نمایندگان مجلس در جلسه علنی امروز (یکشنبه) با ۱۵۶ رأی موافق، ۸۲ رأی مخالف و ۹ رأی ممتنع از مجموع ۲۵۷ نماینده حاضر، کلیات طرح اصلاح قانون تعیین تکلیف چاه‌های آب فاقد پروانه بهره‌برداری را تصویب کردند.',
    paras: [
      'بر اساس این طرح، به حدود ۳۴۰ هزار حلقه چاه کشاورزی فاقد پروانه که پیش از سال ۱۳۹۰ حفر شده‌اند، در صورت نصب کنتور هوشمند، پروانه موقت پنج‌ساله داده می‌شود و برداشت سالانه هر چاه به ۲۰ هزار مترمکعب محدود خواهد شد.',
      'مهدی صفاری‌نیا، مخبر کمیسیون کشاورزی، آب و منابع طبیعی، گزارش کمیسیون را قرائت کرد و گفت: معیشت نزدیک به ۸ میلیون نفر از روستاییان به همین چاه‌ها وابسته است. امروز نه این چاه‌ها پلمب می‌شوند و نه برداشت از آنها اندازه‌گیری می‌شود؛ این طرح دست‌کم برداشت را شفاف می‌کند.',
      'یدالله شهریاری‌نژاد، نماینده مردم جیرفت و عنبرآباد، در موافقت با کلیات طرح اظهار کرد: در حوزه انتخابیه من بیش از ۱۲ هزار چاه بدون پروانه وجود دارد که کشاورزان خرده‌پا سی سال است از آنها آب برمی‌دارند. پلمب این چاه‌ها یعنی مهاجرت هزاران خانوار به حاشیه شهرها.',
      'در مقابل، سمیه افشارطوس، نماینده مردم تهران، ری، شمیرانات، اسلامشهر و پردیس، در مخالفت با طرح گفت: این طرح یعنی قانونی کردن تخلف. از ۶۰۹ دشت کشور، ۴۰۵ دشت ممنوعه اعلام شده‌اند و ما با این مصوبه به کسانی که قانون را دور زده‌اند جایزه می‌دهیم.',
      'افشارطوس افزود: هنوز روی بیش از نیمی از چاه‌های مجاز کنتور هوشمند نصب نشده است؛ چطور می‌خواهیم برداشت ۳۴۰ هزار حلقه چاه غیرمجاز را کنترل کنیم؟',
      'رحیم قاسم‌زاده، نماینده مردم رفسنجان و انار، نیز با کلیات طرح مخالفت کرد و دشت رفسنجان را نمونه روشن فرونشست دانست. او گفت زمین در برخی نقاط این دشت سالانه تا ۲۵ سانتی‌متر نشست می‌کند.',
      'به گفته علیرضا مهدوی‌کیا، نماینده مردم بیرجند، درمیان و خوسف، که در موافقت با طرح سخن گفت، بیش از ۷۰ درصد چاه‌های فاقد پروانه در استان‌های شرقی کمتر از ۵ هکتار زمین را آبیاری می‌کنند و صاحبانشان توان خرید آب از منابع دیگر را ندارند.',
      'معاون آب و آبفای وزیر نیرو نادر اسکندری‌فرد به نمایندگی از دولت با کلیات طرح موافقت کرد و گفت: دولت مشروط بر اینکه پروانه‌ها موقت بماند و برداشت با کنتور هوشمند کنترل شود، با طرح مخالفتی ندارد. وی یادآور شد که نصب هر کنتور هوشمند حدود ۶۵ میلیون تومان هزینه دارد و ۴۰ درصد آن را دولت پرداخت می‌کند.',
      'پس از رأی‌گیری، نایب‌رئیس مجلس که ریاست جلسه را بر عهده داشت، اعلام کرد طرح برای بررسی جزئیات به کمیسیون کشاورزی بازمی‌گردد. مرکز پژوهش‌های مجلس پیش‌تر در گزارشی برداشت غیرمجاز از آب‌های زیرزمینی کشور را سالانه حدود ۵ میلیارد مترمکعب برآورد کرده بود.',
    ],
    extras: {
      5: `<div class="related-box"><strong>مطالب مرتبط:</strong> <a href="https://www.parliran.ir/web/guest/news/-/asset_publisher/Xk3r/content/1839022">گزارش کمیسیون کشاورزی درباره فرونشست دشت‌های کشور</a></div>`,
    },
    tags: ['جلسه علنی', 'چاه‌های غیرمجاز', 'آب‌های زیرزمینی', 'کمیسیون کشاورزی'],
    caption: 'نمایی از صحن علنی مجلس شورای اسلامی در جلسه امروز', credit: 'عکس: خانه ملت',
    related: ['فرونشست زمین در ۴۰۰ دشت؛ هشدار مرکز پژوهش‌ها', 'طرح الزام نصب کنتور هوشمند در کمیسیون تصویب شد', 'نشست کمیسیون کشاورزی با وزیر نیرو'],
    mostRead: ['جزئیات لایحه بودجه ۱۴۰۶ در دولت', 'تذکر کتبی نمایندگان به وزیر راه و شهرسازی', 'سؤال از وزیر آموزش و پرورش اعلام وصول شد', 'استیضاح وزیر صمت از دستور خارج شد'],
    comments: [],
    speakers: [
      { name: 'مهدی صفاری‌نیا', role: 'مخبر کمیسیون کشاورزی، آب و منابع طبیعی', also_called: [], statements: 1 },
      { name: 'یدالله شهریاری‌نژاد', role: 'نماینده مردم جیرفت و عنبرآباد', also_called: [], statements: 1 },
      { name: 'سمیه افشارطوس', role: 'نماینده مردم تهران، ری، شمیرانات، اسلامشهر و پردیس', also_called: ['افشارطوس'], statements: 2 },
      { name: 'رحیم قاسم‌زاده', role: 'نماینده مردم رفسنجان و انار', also_called: ['او'], statements: 2 },
      { name: 'علیرضا مهدوی‌کیا', role: 'نماینده مردم بیرجند، درمیان و خوسف', also_called: [], statements: 1 },
      { name: 'نادر اسکندری‌فرد', role: 'معاون آب و آبفای وزیر نیرو', also_called: ['وی'], statements: 2 },
    ],
    speakers_never: ['نایب‌رئیس مجلس', 'مرکز پژوهش‌های مجلس', 'کمیسیون کشاورزی'],
    figures: [
      { value: 156, unit: 'رأی', kind: 'count', about: 'رأی موافق (lead)' },
      { value: 82, unit: 'رأی', kind: 'count', about: 'رأی مخالف (lead)' },
      { value: 9, unit: 'رأی', kind: 'count', about: 'رأی ممتنع (lead)' },
      { value: 257, unit: 'نماینده', kind: 'count', about: 'نمایندگان حاضر (lead)' },
      { value: 340000, unit: 'حلقه', kind: 'count', about: '«حدود ۳۴۰ هزار حلقه چاه» فاقد پروانه (repeated by Afshartous)' },
      { value: 20000, unit: 'مترمکعب', kind: 'measure', about: 'سقف برداشت سالانه هر چاه (kept; «هر چاه» is its basis)' },
      { value: 8000000, unit: 'نفر', kind: 'count', about: '«نزدیک به ۸ میلیون نفر» روستایی' },
      { value: 12000, unit: 'چاه', kind: 'count', about: '«بیش از ۱۲ هزار چاه» در حوزه جیرفت' },
      { value: 609, unit: 'دشت', kind: 'count', about: 'دشت‌های کشور' },
      { value: 405, unit: 'دشت', kind: 'count', about: 'دشت‌های ممنوعه' },
      { value: 25, unit: 'سانتی‌متر', kind: 'measure', about: 'نشست سالانه زمین در دشت رفسنجان' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'سهم چاه‌هایی که کمتر از ۵ هکتار را آبیاری می‌کنند' },
      { value: 5, unit: 'هکتار', kind: 'measure', about: '«کمتر از ۵ هکتار»' },
      { value: 65000000, unit: 'تومان', kind: 'money', about: 'هزینه نصب هر کنتور هوشمند' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم دولت از هزینه کنتور' },
      { value: 5000000000, unit: 'مترمکعب', kind: 'measure', about: '«حدود ۵ میلیارد مترمکعب» برداشت غیرمجاز سالانه' },
    ],
    figures_never: ['«امروز (یکشنبه)», «سال ۱۳۹۰»: a date and a year', '«پنج‌ساله», «سی سال»: durations', '«سالانه», «هر چاه», «هر کنتور»: bases', '«بیش از نیمی»: vague', '«هزاران خانوار»: vague', 'the visible «۱۷/۰۳/۱۴۰۵ - ۱۱:۴۰» and the agenda portlet: not body'],
    notes: [
      'A parliament session report on the parliament\'s portal built with LIFERAY (DXP 7.4: the Liferay.ThemeDisplay/authToken script, portlet-boundary wrappers with p_p_id_…_ ids, an Asset Publisher portlet rendering a journal-content-article, senna-tracked theme CSS, AUI() at the end); NO <h1>: the story title is the asset publisher\'s <p class="component-title h4">, under the portlet title «اخبار» (an <h2>); NO date metadata: the date is visible only in the asset metadata as DAY-FIRST numeric Jalali, «۱۷/۰۳/۱۴۰۵ - ۱۱:۴۰», while the header shows «امروز: یکشنبه ۱۷ خرداد ۱۴۰۵»; surtitle «گزارش جلسه علنی» (not body); bold lead; photo with caption; an in-body «مطالب مرتبط:» box after paragraph 6; asset tags, rating, share row and «چاپ خبر»; side portlets with the day\'s AGENDA (which names the bill again), most-read and related news).',
      'statements: Saffarinia: «… گزارش کمیسیون را قرائت کرد و گفت:» (one sentence, multi-sentence quote, once) = 1; Shahriarinejad (for): «… در موافقت با کلیات طرح اظهار کرد:» (two sentences, once) = 1; Afshartous (against): «… در مخالفت با طرح گفت:» (multi-sentence quote, once), «افشارطوس افزود:» (one) = 2; Ghasemzadeh (against): «… با کلیات طرح مخالفت کرد و دشت رفسنجان را … دانست» (one), «او گفت …» (one) = 2; Mahdavikia (for): «به گفته NAME، ROLE، …» (one) = 1; Eskandarifard (the government), introduced as «ROLE NAME» without commas: «… با کلیات طرح موافقت کرد و گفت:» (one), «وی یادآور شد که …» (one) = 2.',
      'The deputy speaker chairing the session («اعلام کرد») is never named: not a speaker; the research centre («برآورد کرده بود») and the commission are organizations. Votes (رأی) are counts; «۳۴۰ هزار حلقه چاه» appears twice (once in a question of Afshartous) and is one figure; «۱۲ هزار چاه» has the unit چاه; the per-well cap (۲۰ هزار مترمکعب) and the per-meter cost (۶۵ میلیون تومان) are kept although «هر چاه» / «هر کنتور» are their bases; «۴۰۵» and «۶۰۹ دشت» are two.',
    ],
  },
  {
    name: 'football360-hazfi-final-presser', site: 'football360', author: 'امیرحسین توکلی', inlineAt: -1,
    url: 'https://football360.ir/news/271934/نشست-خبری-پیش-از-فینال-جام-حذفی',
    title: 'نشست خبری پیش از فینال جام حذفی؛ رستم‌خانی: از فینال نمی‌ترسیم',
    kicker: 'جام حذفی', date: '۲۱ خرداد ۱۴۰۵ - ۱۴:۵۰',
    lead: 'نشست خبری پیش از دیدار نهایی جام حذفی فوتبال ایران امروز (پنجشنبه) با حضور سرمربیان گل‌گهر سیرجان و خیبر خرم‌آباد در اصفهان برگزار شد؛ دو تیم فردا ساعت ۲۰:۳۰ در ورزشگاه نقش جهان به مصاف هم می‌روند.',
    paras: [
      'به گزارش فوتبال ۳۶۰، هیچ‌یک از دو تیم تاکنون قهرمان جام حذفی نشده‌اند و برنده این دیدار، علاوه بر جام، سهمیه حضور در لیگ قهرمانان آسیا ۲ را هم به دست می‌آورد.',
      'کوروش رستم‌خانی، سرمربی گل‌گهر، در این نشست گفت: فشار روی ماست، چون همه ما را مدعی می‌دانند، اما از فینال نمی‌ترسیم. ما در ۱۱ بازی آخر فصل شکست نخوردیم و بازیکنانم یاد گرفته‌اند زیر فشار بازی کنند.',
      'وی درباره وضعیت تیمش افزود: ۲ بازیکن به دلیل محرومیت و یک بازیکن به دلیل مصدومیت فردا را از دست می‌دهند. جای خالی آنها را حس می‌کنیم، ولی نیمکت ما آماده است.',
      'رستم‌خانی در پاسخ به پرسشی درباره آینده‌اش در گل‌گهر خاطرنشان کرد که قراردادش تا پایان فصل آینده اعتبار دارد و تا پایان فینال درباره پیشنهادهای دیگر صحبت نمی‌کند.',
      'سرمربی خیبر نیز در بخش دیگری از این نشست با اشاره به فشردگی برنامه تیمش اظهار کرد: ما در ۲۴ روز ۷ بازی انجام داده‌ایم و بازیکنانم خسته‌اند، اما این خستگی در فینال دیده نمی‌شود. خیبر برای جنگیدن به اصفهان آمده است.',
      'او همچنین از زمان‌بندی دیدار انتقاد کرد و گفت برگزاری فینال در هوای گرم خرداد، آن هم ساعت ۲۰:۳۰، به نفع تیمی است که استراحت بیشتری داشته است.',
      '«این بزرگ‌ترین بازی زندگی من است. پدرم از سیرجان با اتوبوس می‌آید تا بازی را از نزدیک ببیند.» این را میلاد کرم‌ویسی، کاپیتان ۲۹ ساله گل‌گهر، پس از نشست به خبرنگاران گفت.',
      'به گفته فرهاد سپهوند، مدیرعامل باشگاه خیبر، ۱۲ هزار بلیت سهمیه هواداران این تیم ظرف ۳ ساعت فروش رفت. او افزود: باشگاه ۶۰ اتوبوس برای اعزام هواداران از خرم‌آباد به اصفهان اجاره کرده است.',
      'سازمان لیگ فوتبال ایران نیز اعلام کرد ظرفیت ورزشگاه نقش جهان برای این دیدار ۳۵ هزار نفر تعیین شده و قضاوت بازی بر عهده حمیدرضا شاه‌نظری خواهد بود. جایزه نقدی تیم قهرمان ۲۰ میلیارد تومان و نایب‌قهرمان ۱۰ میلیارد تومان است.',
    ],
    extras: {
      0: `<action-text-attachment sgid="BAh7CEkiCGdpZAY6BkVUSSI0Z2lkOi8vZm9vdGJhbGwzNjAvTWF0Y2gvODQxMgY7AFQ" content-type="application/vnd.football360.match"><aside class="match-card"><h3>بازی در یک نگاه</h3><ul><li>فینال جام حذفی فوتبال ایران</li><li>گل‌گهر سیرجان - خیبر خرم‌آباد</li><li>جمعه ۲۲ خرداد، ساعت ۲۰:۳۰</li><li>ورزشگاه نقش جهان اصفهان</li><li>پخش زنده: شبکه سه و شبکه ورزش</li></ul></aside></action-text-attachment>`,
      6: `<action-text-attachment sgid="BAh7CEkiCGdpZAY6BkVUSSI2Z2lkOi8vZm9vdGJhbGwzNjAvRW1iZWQvMjE5MwY7AFQ" content-type="application/vnd.football360.embed"><blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/DKx3Lm9tQ2r/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/DKx3Lm9tQ2r/?utm_source=ig_embed" target="_blank">View this post on Instagram</a></div><p><a href="https://www.instagram.com/p/DKx3Lm9tQ2r/">آخرین تمرین پیش از فینال؛ سیرجان پشت ماست 💚 #گل_گهر #فینال_جام_حذفی</a></p><p>A post shared by باشگاه گل‌گهر سیرجان (@golgohar_fc)</p></blockquote></action-text-attachment>`,
    },
    tags: ['جام حذفی', 'گل‌گهر سیرجان', 'خیبر خرم‌آباد', 'ورزشگاه نقش جهان'],
    caption: 'سرمربیان دو تیم در نشست خبری پیش از فینال', credit: 'عکس: فوتبال ۳۶۰',
    related: ['مسیر خیبر تا فینال؛ از دسته یک تا نقش جهان', 'گل‌گهر با شکست سپاهان فینالیست شد', 'داور فینال جام حذفی مشخص شد'],
    mostRead: ['برنامه کامل جام جهانی ۲۰۲۶', 'ترکیب احتمالی تیم ملی در نخستین بازی جام جهانی', 'نقل و انتقالات؛ مهاجم پرسپولیس در راه ترکیه', 'جدول نهایی لیگ برتر ۱۴۰۴-۱۴۰۵'],
    comments: [],
    speakers: [
      { name: 'کوروش رستم‌خانی', role: 'سرمربی گل‌گهر', also_called: ['وی', 'رستم‌خانی'], statements: 3 },
      { name: 'میلاد کرم‌ویسی', role: 'کاپیتان ۲۹ ساله گل‌گهر', also_called: [], statements: 1 },
      { name: 'فرهاد سپهوند', role: 'مدیرعامل باشگاه خیبر', also_called: ['او'], statements: 2 },
    ],
    speakers_never: ['سرمربی خیبر', 'سازمان لیگ فوتبال ایران', 'حمیدرضا شاه‌نظری'],
    figures: [
      { value: 11, unit: 'بازی', kind: 'count', about: 'بازی‌های بدون شکست گل‌گهر' },
      { value: 2, unit: 'بازیکن', kind: 'count', about: 'بازیکنان محروم' },
      { value: 7, unit: 'بازی', kind: 'count', about: '«در ۲۴ روز ۷ بازی» خیبر' },
      { value: 12000, unit: 'بلیت', kind: 'count', about: '«۱۲ هزار بلیت» سهمیه هواداران خیبر' },
      { value: 60, unit: 'اتوبوس', kind: 'count', about: 'اتوبوس‌های اجاره‌ای' },
      { value: 35000, unit: 'نفر', kind: 'count', about: 'ظرفیت ورزشگاه' },
      { value: 20000000000, unit: 'تومان', kind: 'money', about: 'جایزه قهرمان' },
      { value: 10000000000, unit: 'تومان', kind: 'money', about: 'جایزه نایب‌قهرمان' },
    ],
    figures_never: ['«فوتبال ۳۶۰»: the site\'s name', '«لیگ قهرمانان آسیا ۲»: a competition\'s name', '«ساعت ۲۰:۳۰»: a time', '«۲۴ روز», «۳ ساعت»: durations', '«۲۹ ساله»: an age', '«یک بازیکن»: lone «یک»', '«امروز (پنجشنبه)», «فردا», «پایان فصل آینده»: dates', 'the match card and the Instagram post: not body'],
    notes: [
      'A press conference report of a football site on RUBY ON RAILS + HOTWIRE (Football360: csrf-param/csrf-token metas, an importmap with turbo-rails, stimulus and local-time, data-turbo-track assets, Stimulus data-controller attributes, Active Storage image URLs, a lazy <turbo-frame> for the comments showing only «در حال بارگذاری نظرات…»); the body is ACTION TEXT: one <div class="trix-content"> holding ONE <div> whose paragraphs are separated by <br><br>, with two <action-text-attachment>s inside: a MATCH CARD «بازی در یک نگاه» after paragraph 1 and an EMBEDDED INSTAGRAM POST of the club after paragraph 7, neither body; NO date metadata: the visible «پنجشنبه ۲۱ خرداد ۱۴۰۵» has no time and the only instant is the local_time helper\'s <time data-local="time-ago" datetime="2026-06-11T11:20:00Z"> whose text, before its script runs, is the UTC time in English, «June 11, 2026 11:20am»; the gold is that instant in Tehran time (14:50); cover before the lead; World Cup ticker; tags, share row, related, most-read).',
      'statements: Rostamkhani: «… در این نشست گفت:» (multi-sentence quote, once), «وی درباره … افزود:» (two sentences, once), «رستم‌خانی … خاطرنشان کرد که …» (one) = 3; Karamveisi: a quote paragraph closed by «این را NAME، ROLE، … گفت.» (one) = 1; Sepahvand: «به گفته NAME، ROLE، …» (one), «او افزود:» (one) = 2.',
      'The Kheybar head coach speaks twice («سرمربی خیبر … اظهار کرد», «او همچنین … انتقاد کرد و گفت») but is named ONLY by role: not a speaker (like the never-named coaches of heldout10). The league organization («اعلام کرد») is an organization; the referee Shahnazari is only mentioned (also in the match card). «۱۱ بازی» and «۷ بازی» are two; «۲ بازیکن» is kept, «یک بازیکن» is a lone «یک»; «۳۵ هزار نفر» is the stadium capacity.',
    ],
  },
  {
    name: 'energypress-print-iran-oil-exports-may', site: 'energypress', zwnjLost: true, inlineAt: -1,
    inline: 'تخفیف نفت ایران در بازار چین به کمترین رقم دو سال اخیر رسید',
    url: 'https://www.energypress.ir/print/189452',
    title: 'صادرات نفت ایران در ماه مه به یک میلیون و ۶۲۰ هزار بشکه در روز رسید',
    kicker: 'نفت', date: '۱۲ خرداد ۱۴۰۵ - ۰۹:۴۰',
    lead: 'بر اساس داده‌های ردیابی نفتکش‌ها، صادرات نفت خام ایران در ماه مه به‌طور میانگین به یک میلیون و ۶۲۰ هزار بشکه در روز رسید که ۷ درصد بیشتر از ماه آوریل است؛ بیش از ۹۰ درصد این محموله‌ها راهی چین شده است.',
    paras: [
      'به گزارش انرژی پرس، بر اساس آمار شرکت داده‌کاوی کپلر، مجموع بارگیری نفتکش‌ها از پایانه‌های خارگ، جاسک و سیری در ماه گذشته میلادی به حدود ۵۰ میلیون و ۲۰۰ هزار بشکه رسید. صادرات میعانات گازی نیز با ۱۸۰ هزار بشکه در روز تقریباً ثابت ماند.',
      'ماتیاس برگمان، تحلیلگر ارشد بازار نفت در مؤسسه مشاوره انرژی اف‌جی‌ای، در یادداشتی برای مشتریان این مؤسسه نوشت: تقاضای پالایشگاه‌های مستقل چین در استان شاندونگ پس از پایان تعمیرات بهاره افزایش یافته و تخفیف نفت سنگین ایران نسبت به برنت به حدود ۶ دلار در هر بشکه کاهش یافته است.',
      'برگمان افزود: اگر تحریم‌های تازه آمریکا پالایشگاه‌های کوچک چینی بیشتری را هدف بگیرد، این تخفیف می‌تواند دوباره تا ۹ دلار بالا برود و صادرات ایران در ماه‌های تابستان به زیر یک میلیون و ۳۰۰ هزار بشکه در روز برگردد.',
      'خبرگزاری رویترز نیز به نقل از لی جیان‌هوا، مدیر بازرگانی یک پالایشگاه مستقل در شهر دونگ‌اینگ، گزارش داد که نفت ایران اکنون حدود ۴۰ درصد خوراک این پالایشگاه را تأمین می‌کند. به گفته لی، پالایشگاه او ماهانه نزدیک به ۲ میلیون بشکه نفت ایران می‌خرد و بهای آن را به یوان می‌پردازد.',
      'بر اساس آمار گمرک چین، واردات رسمی نفت خام این کشور در ماه آوریل به ۱۱ میلیون و ۳۰۰ هزار بشکه در روز رسید و در آمار رسمی، نامی از ایران به‌عنوان مبدأ دیده نمی‌شود.',
      'سازمان کشورهای صادرکننده نفت (اوپک) هم در تازه‌ترین گزارش ماهانه خود، تولید نفت ایران را در ماه آوریل بر اساس منابع ثانویه ۳ میلیون و ۲۸۰ هزار بشکه در روز برآورد کرد.',
      'به گزارش شرکت ورتکسا، حدود ۴۸ میلیون بشکه نفت ایران روی نفتکش‌های شناور در آب‌های مالزی و سنگاپور ذخیره شده است. قیمت هر بشکه نفت برنت نیز در معاملات روز جمعه با ۱٫۲ درصد افت به ۶۴ دلار و ۳۰ سنت رسید.',
      'به گفته معامله‌گران در سنگاپور، کرایه حمل هر نفتکش بزرگ از خلیج فارس به بنادر چین نیز در هفته‌های اخیر ۱۵ درصد افزایش یافته است.',
    ],
    extras: {
      3: '<p>بیشتر بخوانید: تخفیف نفت ایران در بازار چین به کمترین رقم دو سال اخیر رسید</p>',
    },
    tags: ['صادرات نفت', 'کپلر', 'پالایشگاه‌های مستقل چین', 'اوپک'],
    caption: 'بارگیری نفتکش در پایانه نفتی خارگ', credit: 'عکس: آرشیو انرژی پرس',
    related: ['قیمت نفت برنت در هفته دوم خرداد', 'برنامه افزایش ظرفیت پایانه جاسک', 'گزارش ماهانه اوپک؛ تقاضای جهانی ثابت ماند'],
    mostRead: [],
    comments: [],
    speakers: [
      { name: 'ماتیاس برگمان', role: 'تحلیلگر ارشد بازار نفت در مؤسسه مشاوره انرژی اف‌جی‌ای', also_called: ['برگمان'], statements: 2 },
      { name: 'لی جیان‌هوا', role: 'مدیر بازرگانی یک پالایشگاه مستقل در شهر دونگ‌اینگ', also_called: ['لی'], statements: 2 },
    ],
    speakers_never: ['کپلر', 'رویترز', 'گمرک چین', 'اوپک', 'ورتکسا', 'معامله‌گران در سنگاپور'],
    figures: [
      { value: 1620000, unit: 'بشکه', kind: 'measure', about: '«یک میلیون و ۶۲۰ هزار بشکه در روز» صادرات ماه مه (lead)' },
      { value: 7, unit: 'درصد', kind: 'percent', about: 'افزایش نسبت به آوریل (lead)' },
      { value: 90, unit: 'درصد', kind: 'percent', about: '«بیش از ۹۰ درصد» سهم چین (lead)' },
      { value: 50200000, unit: 'بشکه', kind: 'measure', about: '«حدود ۵۰ میلیون و ۲۰۰ هزار بشکه» بارگیری ماه' },
      { value: 180000, unit: 'بشکه', kind: 'measure', about: 'صادرات میعانات گازی در روز' },
      { value: 6, unit: 'دلار', kind: 'money', about: 'تخفیف نفت ایران در هر بشکه (kept; «در هر بشکه» is its basis)' },
      { value: 9, unit: 'دلار', kind: 'money', about: 'تخفیف احتمالی' },
      { value: 1300000, unit: 'بشکه', kind: 'measure', about: '«زیر یک میلیون و ۳۰۰ هزار بشکه در روز»' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم نفت ایران از خوراک پالایشگاه' },
      { value: 2000000, unit: 'بشکه', kind: 'measure', about: 'خرید ماهانه پالایشگاه' },
      { value: 11300000, unit: 'بشکه', kind: 'measure', about: 'واردات رسمی نفت چین در روز' },
      { value: 3280000, unit: 'بشکه', kind: 'measure', about: 'تولید نفت ایران به برآورد اوپک' },
      { value: 48000000, unit: 'بشکه', kind: 'measure', about: 'ذخیره شناور' },
      { value: 1.2, unit: 'درصد', kind: 'percent', about: 'افت قیمت برنت' },
      { value: 64.3, unit: 'دلار', kind: 'money', about: '«۶۴ دلار و ۳۰ سنت» قیمت برنت' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'افزایش کرایه حمل' },
    ],
    figures_never: ['«ماه مه», «ماه آوریل», «ماه گذشته میلادی», «روز جمعه», «هفته‌های اخیر», «ماه‌های تابستان»: dates', '«در روز», «در هر بشکه», «ماهانه», «هر نفتکش»: bases', 'the print header («کد خبر: ۱۸۹۴۵۲», «تاریخ انتشار») and footer («تاریخ چاپ: ۱۴۰۵/۰۳/۱۴ - ۲۲:۱۴»): not body'],
    notes: [
      'An economic report in a site\'s PRINT VERSION (Energy Press «نسخه چاپی», /print/189452: noindex, a print stylesheet, <body onload="window.print()">, no menus or sidebars, a print logo with the slogan; the date only in the print info table, «تاریخ انتشار: سهشنبه ۱۲ خرداد ۱۴۰۵ - ۰۹:۴۰» (the weekday without its ZWNJ, as shown), next to the news code and the service, while the footer gives the PRINT date, «تاریخ چاپ: ۱۴۰۵/۰۳/۱۴ - ۲۲:۱۴», two days later, and the article\'s address; title as <h1>; lead div; photo with caption; the inline related link kept as a TEXT LINE «بیشتر بخوانید: …» after paragraph 4, not body; tags and related titles as text lists; «چاپ این صفحه» / «بستن» buttons). The page LOST EVERY ZWNJ: body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Bergmann: «NAME، ROLE، در یادداشتی … نوشت:» (one), «برگمان افزود:» (one) = 2; Li Jianhua, quoted through Reuters: «رویترز نیز به نقل از NAME، ROLE، گزارش داد که …» (one), «به گفته لی، …» (one) = 2. Li is the family name (Chinese order), so the surname alone is «لی».',
      'Agency and company data (Kpler «بر اساس آمار», Chinese customs, OPEC «برآورد کرد», Vortexa «به گزارش») are organizations; «به گفته معامله‌گران در سنگاپور» is an unnamed group; Reuters is an outlet. Barrels per day are kept with unit بشکه («در روز» is the basis), as are the per-barrel discount (۶ دلار) and the monthly purchase; «۶۴ دلار و ۳۰ سنت» is 64.3 دلار; «۱٫۲ درصد» is a decimal; the two «۹۰» and «۴۰» درصد, «۶» and «۹ دلار» are distinct.',
    ],
  },
  {
    name: 'musicema-kamancheh-album-interview', site: 'musicema', author: 'آزاده حسینی',
    inline: 'موسیقی نواحی در آرشیو رادیو؛ صداهایی که دیجیتال شدند',
    url: 'https://www.musicema.com/interview/48312-گفت‌وگو-با-شیرین-مرادخانی',
    title: 'گفت‌وگو با شیرین مرادخانی درباره «هوره‌های خاموش»؛ آلبومی که در ۱۴ روستا ضبط شد',
    kicker: 'گفت‌وگو', date: '۲۳ خرداد ۱۴۰۵ - ۱۸:۳۰',
    lead: 'آلبوم «هوره‌های خاموش» با آهنگسازی و نوازندگی کمانچه شیرین مرادخانی، شامل ۹ قطعه که در ۱۴ روستای کردستان و کرمانشاه ضبط شده، از روز گذشته در فروشگاه‌های اینترنتی موسیقی منتشر شده است.',
    paras: [
      'به گزارش موسیقی ما، ضبط این آلبوم نزدیک به دو سال طول کشیده و ۲۳ نوازنده و خواننده محلی، از جمله چهار خواننده هوره بالای ۷۰ سال، در آن همکاری کرده‌اند. نسخه فیزیکی آلبوم در ۲ هزار نسخه منتشر می‌شود.',
      'بهزاد اردلان، پژوهشگر موسیقی نواحی، این آلبوم را «سندی صوتی از آوازی که در حال فراموشی است» خواند و گفت شمار خوانندگان هوره در کرمانشاه در دو دهه گذشته به کمتر از ۴۰ نفر رسیده است. اردلان یادآور شد که بیشتر این خوانندگان بالای ۶۰ سال دارند و شاگردی تربیت نکرده‌اند.',
      'موسیقی ما درباره این آلبوم با شیرین مرادخانی، نوازنده کمانچه و آهنگساز، گفت‌وگو کرده است:',
      'Q: ایده ضبط در روستاها از کجا آمد؟',
      'دو سال پیش برای یک پژوهش دانشگاهی به روستاهای اطراف گهواره رفتم و دیدم خواننده‌هایی که هوره می‌خوانند، یکی‌یکی از دنیا می‌روند و صدایشان جایی ثبت نشده است. تصمیم گرفتم به‌جای آوردن آنها به استودیو، استودیو را به خانه‌هایشان ببرم.',
      'Q: ضبط در خانه‌های روستایی چه دشواری‌هایی داشت؟',
      'صدای باد، مرغ و خروس و حتی عروسی همسایه‌ها! بیش از ۳۰۰ ساعت صدا ضبط کردیم که کمتر از ۵۰ دقیقه آن در آلبوم آمده است. هزینه ضبط و تدوین حدود یک میلیارد و ۸۰۰ میلیون تومان شد که نیمی از آن را خودم پرداختم.',
      'Q: مخاطب امروز چقدر با هوره ارتباط می‌گیرد؟',
      'بیشتر از آنچه فکر می‌کردم. قطعه اول را سه هفته پیش در صفحه اینستاگرامم گذاشتم و بیش از ۴۵۰ هزار بار دیده شد. جوان‌های زیادی پیام دادند که صدای مادربزرگشان را در این آلبوم شنیده‌اند.',
      'موسسه فرهنگی‌هنری نوای کهن، ناشر آلبوم، نیز اعلام کرد نخستین اجرای زنده قطعات «هوره‌های خاموش» ۱۲ شهریور در تالار رودکی برگزار می‌شود و ۲۰ درصد درآمد فروش آلبوم به خوانندگان سالخورده آن اختصاص می‌یابد. طرح جلد آلبوم را هانیه قبادی طراحی کرده است.',
    ],
    extras: {
      1: `<p><iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1843527791&amp;color=%23a33333&amp;auto_play=false"></iframe></p>
<p style="text-align: center; font-size: 12px;">بشنوید: قطعه نخست آلبوم «هوره‌های خاموش»</p>`,
      8: `<div class="alert alert-info">پیشنهاد موسیقی ما: <a href="/dossier/47990">موسیقی نواحی در آرشیو رادیو؛ صداهایی که دیجیتال شدند</a></div>`,
    },
    tags: ['هوره', 'کمانچه', 'موسیقی نواحی', 'کرمانشاه'],
    caption: 'شیرین مرادخانی هنگام ضبط با یکی از خوانندگان هوره در روستای گهواره', credit: 'عکس: آرشیو شخصی هنرمند',
    related: ['گفت‌وگو با رهبر ارکستر ملی', 'نوازنده تنبور: شاگردها صبر ندارند', 'آهنگساز «کوچه‌باغ»: موسیقی فیلم دیده نمی‌شود'],
    mostRead: ['فهرست کنسرت‌های تهران در خرداد ۱۴۰۵', 'نقد آلبوم «کوچه‌باغ»', 'جشنواره موسیقی نواحی به آبان رسید', 'تالار وحدت پس از تعمیرات بازگشایی شد'],
    comments: [['سیروان', 'صدای این پیرمردها و پیرزن‌ها گنج است، دستتان درد نکند.'], ['مریم از سنندج', 'نسخه فیزیکی را از کجا می‌شود خرید؟']],
    speakers: [
      { name: 'بهزاد اردلان', role: 'پژوهشگر موسیقی نواحی', also_called: ['اردلان'], statements: 2 },
      { name: 'شیرین مرادخانی', role: 'نوازنده کمانچه و آهنگساز', also_called: [], statements: 3 },
    ],
    speakers_never: ['موسسه فرهنگی‌هنری نوای کهن', 'هانیه قبادی'],
    figures: [
      { value: 9, unit: 'قطعه', kind: 'count', about: 'قطعات آلبوم (lead)' },
      { value: 14, unit: 'روستا', kind: 'count', about: 'روستاهای محل ضبط (lead)' },
      { value: 23, unit: 'نوازنده', kind: 'count', about: '«۲۳ نوازنده و خواننده محلی»' },
      { value: 4, unit: 'خواننده', kind: 'count', about: '«چهار خواننده هوره» (count in words)' },
      { value: 2000, unit: 'نسخه', kind: 'count', about: '«۲ هزار نسخه» شمارگان فیزیکی' },
      { value: 40, unit: 'نفر', kind: 'count', about: '«کمتر از ۴۰ نفر» خواننده هوره' },
      { value: 1800000000, unit: 'تومان', kind: 'money', about: '«یک میلیارد و ۸۰۰ میلیون تومان» هزینه ضبط و تدوین' },
      { value: 450000, unit: 'بار', kind: 'count', about: '«بیش از ۴۵۰ هزار بار» بازدید' },
      { value: 20, unit: 'درصد', kind: 'percent', about: 'سهم خوانندگان از درآمد' },
    ],
    figures_never: ['«بالای ۷۰ سال», «بالای ۶۰ سال»: ages', '«دو سال», «دو دهه گذشته», «سه هفته پیش»: durations and dates', '«۳۰۰ ساعت صدا», «۵۰ دقیقه»: durations of recorded sound (read as durations, the rule\'s side)', '«روز گذشته», «۱۲ شهریور»: dates', '«قطعه اول», «قطعه نخست», «نخستین اجرا»: ordinals', '«نیمی از آن»: vague', 'the created and modified dates, the SoundCloud line and the alert box: not body'],
    notes: [
      'A culture interview on JOOMLA 4 with the Cassiopeia template (Musicema: Joomla generator meta, joomla-script-options with csrf.token, /media/templates/site/cassiopeia/ assets, com-content-article item-page with schema.org/Article microdata, breadcrumbs that repeat the title); the article-info <dl> holds THREE <time>s, each with a full ISO datetime and a visible DATE ONLY: «ایجاد شده: ۲۲ خرداد ۱۴۰۵» (dateCreated 2026-06-12T23:10+03:30, the evening before), «منتشر شده: ۲۳ خرداد ۱۴۰۵» (datePublished 2026-06-13T18:30+03:30, the gold) and «آخرین به‌روزرسانی» (dateModified 19:05); the lead is the bold first paragraph of the article body (Joomla intro text); photo with caption before it; a SOUNDCLOUD player iframe with a «بشنوید:» line after paragraph 2 and a «پیشنهاد موسیقی ما:» alert box before the last paragraph, neither body; interview questions as bold paragraphs, which are body; tags, previous/next navigation with hidden titles, share row, author box, comments, sidebar modules, «بازگشت به بالا»).',
      'statements: Ardalan: «… این آلبوم را «…» خواند و گفت …» (one sentence, one), «اردلان یادآور شد که …» (one) = 2; Moradkhani: one per interview answer = 3 (the sentence announcing the interview, which gives her name and role, is not a statement; the lead names her as composer and player, not as a speaker).',
      'The publisher («اعلام کرد») is an organization; the cover designer Ghobadi is only mentioned. Calls: «۳۰۰ ساعت صدا» and «۵۰ دقیقه» (amounts of recorded sound) are read as durations and left out; «چهار خواننده» is a count in words; «۲۳ نوازنده و خواننده» takes the first noun as unit; views («۴۵۰ هزار بار») are a count with unit بار.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Three pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');

/** [dictionary, definition paragraphs] of the dictionary entry. */
const DEFINITIONS: [string, string[]][] = [
  ['فرهنگ فارسی عمید', ['(اسم مصدر) ۱. توانایی تحمل سختی‌ها و فشارها و بازگشت به حالت عادی پس از آن‌ها.', '۲. (فیزیک) توانایی ماده در جذب انرژی هنگام تغییر شکل کشسان و بازگرداندن آن.']],
  ['واژه‌های مصوب فرهنگستان', ['[روان‌شناسی] توانایی فرد یا گروه در سازگاری مثبت با شرایط دشوار. معادل انگلیسی: resilience', '[مدیریت بحران] توان یک جامعه یا سامانه برای حفظ کارکردهای اصلی خود در برابر رخداد و بازیابی پس از آن.']],
  ['لغت‌نامه دهخدا', ['تاب‌آوری. [ وَ ] (حامص مرکب) تاب آوردن. تحمل. طاقت. شکیبایی. (یادداشت مؤلف).']],
];
const SYNONYMS = ['پایداری', 'تحمل', 'شکیبایی', 'طاقت', 'مقاومت'];
const RELATED_WORDS = ['تاب آوردن', 'تاب‌آور', 'بی‌تابی', 'تاب و توان', 'پایداری', 'سرسختی'];

function vajehyabEntry(): NonArt {
  const title = 'تاب‌آوری';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>معنی تاب‌آوری | واژه‌یاب</title>
<meta name="description" content="معنی واژه تاب‌آوری در فرهنگ فارسی عمید، واژه‌های مصوب فرهنگستان و لغت‌نامه دهخدا؛ مترادف، متضاد و معادل انگلیسی تاب‌آوری">
<link rel="canonical" href="https://vajehyab.com/dehkhoda/تاب‌آوری">
<meta name="next-head-count" content="5">
<link rel="preload" href="/_next/static/css/a4c2e19b7d3f8e01.css" as="style">
<link rel="stylesheet" href="/_next/static/css/a4c2e19b7d3f8e01.css" data-n-g="">
</head>
<body>
<div id="__next">
<header class="vy-header"><a href="/" class="vy-logo"><img src="/images/logo.svg" alt="واژه‌یاب"></a>
<form class="vy-search" action="/search" method="get"><input type="search" name="q" value="تاب‌آوری" placeholder="جست‌وجوی واژه"><select name="db"><option>همه فرهنگ‌ها</option><option>دهخدا</option><option>معین</option><option>عمید</option><option>مترادف</option></select><button type="submit">جست‌وجو</button></form>
<nav class="vy-nav"><a href="/dehkhoda">لغت‌نامه دهخدا</a> <a href="/moein">فرهنگ معین</a> <a href="/amid">فرهنگ عمید</a> <a href="/motaradef">مترادف و متضاد</a> <a href="/en-fa">انگلیسی به فارسی</a></nav></header>
<main class="vy-main">
<div class="vy-word"><h1>${title}</h1> <span class="vy-pron">tāb-āvari</span> <button type="button" class="vy-audio" aria-label="تلفظ">🔊</button></div>
<p class="vy-sum">معنی تاب‌آوری در ${persian(DEFINITIONS.length)} فرهنگ</p>
${DEFINITIONS.map(([d, defs]) => `<section class="vy-dict"><h2>${d}</h2>${defs.map((x) => `<p>${esc(x)}</p>`).join('')}<a class="vy-more" href="/${d === 'لغت‌نامه دهخدا' ? 'dehkhoda' : d === 'فرهنگ فارسی عمید' ? 'amid' : 'farhangestan'}/تاب‌آوری">مشاهده در ${d}</a></section>`).join('\n')}
<section class="vy-syn"><h2>مترادف و متضاد</h2><p>${SYNONYMS.join('، ')} ≠ شکنندگی، ناپایداری</p></section>
<section class="vy-en"><h2>معادل انگلیسی</h2><p>resilience, resiliency</p></section>
<section class="vy-ex"><h2>تاب‌آوری در جمله</h2><ul><li>تاب‌آوری شهرها در برابر زلزله به کیفیت ساخت‌وساز بستگی دارد.</li><li>ورزش منظم تاب‌آوری روانی را افزایش می‌دهد.</li></ul></section>
<section class="vy-related"><h2>واژه‌های مرتبط</h2><ul>${RELATED_WORDS.map((w) => `<li><a href="/search?q=${encodeURIComponent(w)}">${w}</a></li>`).join('')}</ul></section>
<section class="vy-report"><button type="button">گزارش اشکال در معنی</button> <button type="button">پیشنهاد معنی تازه</button></section>
<aside class="vy-popular"><h2>پرجست‌وجوترین‌های امروز</h2><ol><li><a href="/search?q=سرانجام">سرانجام</a></li><li><a href="/search?q=فرهیخته">فرهیخته</a></li><li><a href="/search?q=استیصال">استیصال</a></li><li><a href="/search?q=مستأجر">مستأجر</a></li><li><a href="/search?q=ابتذال">ابتذال</a></li></ol></aside>
</main>
<footer class="vy-footer"><p>واژه‌یاب، جست‌وجوگر واژه‌های فارسی در ${persian(9)} فرهنگ معتبر</p><p><a href="/about">درباره ما</a> <a href="/app">اپلیکیشن واژه‌یاب</a></p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">${js({ props: { pageProps: { word: 'تاب‌آوری', results: DEFINITIONS.map(([d, defs]) => ({ db: d, count: defs.length })), synonyms: SYNONYMS } }, page: '/[db]/[word]', query: { db: 'dehkhoda', word: 'تاب‌آوری' }, buildId: 'vy-7d2c1a', isFallback: false, gssp: true })}</script>
</body>
</html>
`;
  return { name: 'nonarticle-vajehyab-dictionary-entry', markup: 'dictionary-entry-vajehyab', url: 'https://vajehyab.com/dehkhoda/تاب‌آوری', title, html,
    notes: ['A DICTIONARY ENTRY of a Persian dictionary search engine (a Next.js pages-router app with __NEXT_DATA__): the word as <h1> with its transcription and an audio button, a count line, definitions from three dictionaries (numbered senses, field labels, an English equivalent), synonyms and antonyms, two example sentences, related words, report buttons, today\'s most-searched words. Short definitions, not running news text: not an article.'] };
}

/** [title, kind, venue, start time, price range in thousand toman, badge] of the calendar day. */
const EVENTS: [string, string, string, string, [number, number], string?][] = [
  ['نمایش «باغ آلبالو»', 'تئاتر', 'تالار اصلی مجموعه تئاتر شهر', '19:00', [400, 750], 'رو به اتمام'],
  ['کنسرت ارکستر سمفونیک تهران', 'کنسرت', 'تالار وحدت', '20:30', [600, 1500]],
  ['نمایش «خانه برناردا آلبا»', 'تئاتر', 'تماشاخانه ایرانشهر - سالن ناظرزاده', '18:30', [350, 500]],
  ['کنسرت گروه کر «آوای شهر»', 'کنسرت', 'تالار رودکی', '19:30', [300, 450]],
  ['استندآپ کمدی «یک شب با خنده»', 'کمدی', 'پردیس تئاتر شهرزاد - سالن ۱', '21:00', [450, 650], 'جدید'],
  ['نمایشگاه عکس «خزر، دریای رفتنی»', 'نمایشگاه', 'گالری آران', '16:00', [0, 0]],
  ['کارگاه آشنایی با ساز کمانچه', 'کارگاه', 'خانه موسیقی ایران', '10:00', [1200, 1200]],
  ['نمایش کودک «ماهی سیاه کوچولو»', 'کودک', 'تماشاخانه سنگلج', '17:00', [200, 250]],
  ['رسیتال پیانو', 'کنسرت', 'فرهنگسرای نیاوران', '20:00', [350, 600]],
  ['نمایش «مرگ فروشنده»', 'تئاتر', 'تماشاخانه مهرگان', '19:45', [300, 420], 'رو به اتمام'],
];

function tiwallCalendar(): NonArt {
  const title = 'تقویم رویدادهای فرهنگی تهران؛ خرداد ۱۴۰۵';
  const price = ([a, b]: [number, number]) => (a === 0 ? 'رایگان' : a === b ? `${fmt(a * 1000)} تومان` : `${fmt(a * 1000)} تا ${fmt(b * 1000)} تومان`);
  const weekdays = ['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج'];
  // 1 Khordad 1405 is a Friday: the grid's first row starts with six empty cells.
  const cells = [...Array(6).fill(''), ...Array.from({ length: 31 }, (_, i) => String(i + 1))];
  const rows: string[] = [];
  for (let r = 0; r < cells.length; r += 7) rows.push(`<tr>${cells.slice(r, r + 7).map((d) => (d ? `<td class="${d === '23' ? 'is-selected' : Number(d) % 3 === 0 ? 'has-events' : ''}"><a href="https://www.tiwall.com/calendar/1405-03-${d.padStart(2, '0')}">${persian(d)}</a></td>` : '<td></td>')).join('')}</tr>`);
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تقویم رویدادها - خرداد ۱۴۰۵ | تیوال</title>
<meta name="description" content="تقویم تئاتر، کنسرت، نمایشگاه و کارگاه‌های تهران در خرداد ۱۴۰۵؛ خرید بلیت از تیوال">
<link rel="canonical" href="https://www.tiwall.com/calendar/1405-03">
<link rel="stylesheet" href="https://www.tiwall.com/static/css/tiwall.min.css?v=88">
</head>
<body class="page-calendar">
<header class="tw-head"><a href="https://www.tiwall.com/"><img src="https://www.tiwall.com/static/img/tiwall-logo.svg" alt="تیوال"></a>
<nav><a href="https://www.tiwall.com/theater">تئاتر</a> <a href="https://www.tiwall.com/music">کنسرت</a> <a href="https://www.tiwall.com/cinema">سینما</a> <a href="https://www.tiwall.com/exhibition">نمایشگاه</a> <a href="https://www.tiwall.com/workshop">کارگاه</a> <a class="active" href="https://www.tiwall.com/calendar">تقویم</a> <a href="https://www.tiwall.com/login">ورود</a></nav>
<select class="tw-city"><option selected>تهران</option><option>اصفهان</option><option>شیراز</option><option>مشهد</option><option>تبریز</option></select></header>
<main>
<h1>${title}</h1>
<div class="tw-filters"><button class="is-active">همه</button> <button>تئاتر</button> <button>کنسرت</button> <button>کمدی</button> <button>نمایشگاه</button> <button>کارگاه</button> <button>کودک</button></div>
<div class="tw-month"><a href="https://www.tiwall.com/calendar/1405-02">‹ اردیبهشت</a> <strong>خرداد ${persian(1405)}</strong> <a href="https://www.tiwall.com/calendar/1405-04">تیر ›</a></div>
<table class="tw-grid"><thead><tr>${weekdays.map((w) => `<th>${w}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<h2 class="tw-day">رویدادهای شنبه ${persian(23)} خرداد (${persian(EVENTS.length)} رویداد)</h2>
<ul class="tw-events">
${EVENTS.map(([t, k, v, h, p, b], i) => `<li class="tw-event"><img src="https://www.tiwall.com/media/posters/${9120 + i}.jpg" alt=""><div><a class="tw-event-title" href="https://www.tiwall.com/p/${9120 + i}">${esc(t)}</a>${b ? ` <span class="tw-badge">${b}</span>` : ''}<div class="tw-event-meta">${k} | ${esc(v)} | ساعت ${persian(h)}</div><div class="tw-price">${price(p)}</div></div><a class="tw-buy" href="https://www.tiwall.com/p/${9120 + i}#tickets">${p[0] === 0 ? 'اطلاعات بیشتر' : 'خرید بلیت'}</a></li>`).join('\n')}
</ul>
<p class="tw-note">ساعت و قیمت‌ها را برگزارکنندگان اعلام کرده‌اند و ممکن است تغییر کند.</p>
</main>
<footer class="tw-foot"><p>تیوال، سامانه خرید بلیت رویدادهای فرهنگی و هنری</p><p><a href="https://www.tiwall.com/about">درباره تیوال</a> <a href="https://www.tiwall.com/support">پشتیبانی</a></p></footer>
<script>window.__CAL__ = ${js({ month: '1405-03', selected: '1405-03-23', city: 'tehran', events: EVENTS.length })};</script>
</body>
</html>
`;
  return { name: 'nonarticle-tiwall-event-calendar', markup: 'event-calendar-tiwall', url: 'https://www.tiwall.com/calendar/1405-03', title, html,
    notes: ['An EVENT CALENDAR of a ticketing site: the month as <h1>, category filters, a city selector, a month grid of Khordad 1405 (1 Khordad is a Friday) with one selected day, then that day\'s ten events, each with poster, title, badge, category, venue, start time, price or price range and a buy button, and a one-line note that times and prices may change. Titles, places and prices, no running text: not an article.'] };
}

/** [label, value] rows of the classified ad's attribute table. */
const AD_ROWS: [string, string][] = [
  ['متراژ', `${persian(85)} متر`], ['ساخت', persian(1398)], ['اتاق', persian(2)], ['قیمت کل', `${fmt(14450000000)} تومان`],
  ['قیمت هر متر', `${fmt(170000000)} تومان`], ['طبقه', `${persian(4)} از ${persian(6)}`], ['آسانسور', 'دارد'], ['پارکینگ', 'دارد'], ['انباری', 'دارد'],
];

function divarAd(): NonArt {
  const title = 'آپارتمان ۸۵ متری دو خوابه در سعادت‌آباد';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - دیوار</title>
<meta name="description" content="آپارتمان ۸۵ متری، ساخت ۱۳۹۸، دو خواب، طبقه چهارم، سعادت‌آباد تهران">
<meta name="robots" content="index, follow">
<link rel="canonical" href="https://divar.ir/v/آپارتمان-۸۵-متری-دو-خوابه-در-سعادت-آباد/wZk3QmT8">
<link rel="stylesheet" href="https://s100.divarcdn.com/static/css/post-page.4c1d2e9a.css">
</head>
<body>
<div id="app">
<header class="kt-header"><a href="https://divar.ir/s/tehran"><img src="https://s100.divarcdn.com/static/imgs/divar-logo.svg" alt="دیوار"></a> <button type="button" class="kt-city">تهران</button> <a href="https://divar.ir/s/tehran/real-estate">املاک</a> <a href="https://divar.ir/my-divar">دیوار من</a> <a href="https://divar.ir/chat">چت</a> <a class="kt-post-btn" href="https://divar.ir/new">ثبت آگهی</a></header>
<main class="kt-post">
<nav class="kt-breadcrumbs"><a href="https://divar.ir/s/tehran/real-estate">املاک</a> › <a href="https://divar.ir/s/tehran/buy-apartment">فروش آپارتمان</a> › <a href="https://divar.ir/s/tehran/buy-apartment/saadat-abad">سعادت‌آباد</a></nav>
<div class="kt-gallery"><img src="https://s100.divarcdn.com/static/photo/afra/post/wZk3QmT8-1.jpg" alt="${title}"><span class="kt-gallery-count">${persian(1)} از ${persian(8)}</span></div>
<h1 class="kt-page-title">${title}</h1>
<div class="kt-page-subtitle">لحظاتی پیش در تهران، سعادت‌آباد</div>
<div class="kt-actions"><button type="button" class="kt-contact">اطلاعات تماس</button> <button type="button" class="kt-chat">چت</button> <button type="button" aria-label="نشان کردن">نشان کردن</button> <button type="button" aria-label="اشتراک‌گذاری">اشتراک‌گذاری</button></div>
<div class="kt-alert">زنگ خطرهای قبل از معامله: پیش از دیدن ملک و بررسی مدارک، بیعانه پرداخت نکنید.</div>
<table class="kt-group-row">${AD_ROWS.map(([k, v]) => `<tr><td class="kt-label">${k}</td><td class="kt-value">${v}</td></tr>`).join('')}</table>
<section class="kt-description"><h2>توضیحات</h2><p>آپارتمان ${persian(85)} متری، نورگیر و دنج در بهترین نقطه سعادت‌آباد، نزدیک به میدان کاج. دو خواب با کمد دیواری، آشپزخانه اپن با کابینت‌های های‌گلاس، کف سرامیک. ساختمان ${persian(12)} واحدی با لابی و سرایدار. سند شش‌دانگ و آماده انتقال. قیمت کمی قابل مذاکره است. لطفاً فقط خریداران واقعی تماس بگیرند، مشاور املاک تماس نگیرد.</p></section>
<div class="kt-map"><img src="https://s100.divarcdn.com/static/map/wZk3QmT8.png" alt="موقعیت تقریبی"><span>موقعیت مکانی تقریبی است.</span></div>
<div class="kt-report"><a href="https://divar.ir/report/wZk3QmT8">گزارش مشکل آگهی</a></div>
<section class="kt-similar"><h2>آگهی‌های مشابه</h2><ul>
<li><a href="https://divar.ir/v/qP2xL9mA">آپارتمان ۹۰ متری شهرک غرب</a> <span>${fmt(15800000000)} تومان</span></li>
<li><a href="https://divar.ir/v/rT7kW3nB">آپارتمان ۷۸ متری سعادت‌آباد، ساخت ۱۴۰۰</a> <span>${fmt(13200000000)} تومان</span></li>
<li><a href="https://divar.ir/v/sU4jH8cD">آپارتمان ۱۰۵ متری پونک</a> <span>${fmt(11900000000)} تومان</span></li>
</ul></section>
</main>
<footer class="kt-footer"><p>دیوار، پلتفرم خرید و فروش بی‌واسطه</p></footer>
</div>
<script>window.__PRELOADED_STATE__ = ${js({ currentPost: { token: 'wZk3QmT8', category: 'apartment-sell', city: 'tehran', district: 'saadat-abad', size: 85, price: 14450000000, rooms: 2, year: 1398 } })};</script>
</body>
</html>
`;
  return { name: 'nonarticle-divar-apartment-ad', markup: 'classified-ad-divar', url: 'https://divar.ir/v/آپارتمان-۸۵-متری-دو-خوابه-در-سعادت-آباد/wZk3QmT8', title, html,
    notes: ['A CLASSIFIED AD of a listings platform (a real-estate sale): the ad title as <h1>, «لحظاتی پیش» place line, photo gallery counter, contact/chat/bookmark buttons, a safety warning, an attribute table (size, year, rooms, total price, price per metre, floor, lift, parking, storage), the seller\'s short description paragraph, a map, a report link, three similar ads with prices and the preloaded state. A seller\'s listing, not news: not an article, although it has a paragraph of free text and many numbers.'] };
}

const NON_ARTICLES: NonArt[] = [vajehyabEntry(), tiwallCalendar(), divarAd()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout12', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '31846', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['frw-desertification-day-message']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [300, 450], zwnjInCleanBody: true },
    },
  );
}
