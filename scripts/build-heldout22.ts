// Builds the TWENTY-SECOND held-out fixture set, tests/fixtures/heldout22/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme: news sites and aggregators with HEAVY IN-STORY CHROME. Six article pages in the
// markup of six such families (Asriran, Khabarfoori, Entekhab, Eghtesadnews, Rouydad24 and Tejaratnews on
// WordPress), each with several read-more boxes between paragraphs in different shapes (plain lists, cards
// with thumbnails, single bold lines that look like paragraphs), native-ad and sponsored-link blocks, an
// in-story poll, a news-timeline box, an embedded video with its title, a «آخرین اخبار» sidebar, share bars
// top and bottom, tags and comments with likes; and two non-article pages of two more families (Fararu's
// latest-news list, Didban Iran's photo-gallery index). All six texts were written for this set; the names
// of all quoted officials, experts and business people are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout22.ts          (build + check)
//        npx tsx scripts/build-heldout22.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { isHead, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout22');

/** An article of this set: besides the frame's fields, the in-story chrome its page carries. */
interface A22 extends Art {
  /** Rutitr / supertitle line above the headline (chrome). */
  rutitr: string;
  /** Headlines of the in-story read-more links and boxes («بیشتر بخوانید», «پیشنهاد ویژه»). */
  more: string[];
  /** Titles of the native-ad / sponsored links. */
  ads: string[];
  /** Title of the embedded video (where the page has one). */
  video?: string;
  /** The in-story poll: question and options (where the page has one). */
  poll?: [string, string[]];
  /** The news-timeline box: [time or date, headline], newest first (where the page has one). */
  timeline?: [string, string][];
  /** The «آخرین اخبار» sidebar: [time, headline]. */
  latest: [string, string][];
  /** Paragraph indices after which the site's in-story boxes go, in the site's order. */
  at: number[];
}

const A = (c: Ctx) => c.a as A22;
/** Anchor ids of Tejaratnews's subheadings (its table-of-contents plugin). */
const TOC_IDS: Record<string, string> = { 'قیمت سکه و طلا امروز': 'i-0', 'حباب سکه و حراج شمش': 'i-1', 'بازار جهانی طلا': 'i-2' };
const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
/** An instant n minutes after the article's, in +03:30. */
const later = (c: Ctx, minutes: number) => {
  const t = new Date(new Date(c.iso).getTime() + (minutes + 210) * 60000).toISOString();
  return `${t.slice(0, 19)}+03:30`;
};

/** The article's paragraphs with the site's in-story boxes after the paragraphs listed in `at`. */
function storyHtml(c: Ctx, para: (t: string, i: number) => string, head: (t: string) => string, boxes: string[]): string {
  const at = A(c).at;
  const out: string[] = [];
  c.a.paras.forEach((p, i) => {
    out.push(isHead(p) ? head(esc(plain(p))) : para(esc(plain(p)), i));
    at.forEach((j, k) => { if (j === i && boxes[k]) out.push(boxes[k]); });
  });
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Article markups, one per site family: each writes the page the way that site's CMS renders a story.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Asriran (the «nsite» agency CMS shared by several Tehran news sites: /fa/news/<id>/<slug>,
  // /client/themes/fa/main/, .news_path breadcrumbs, .news_nav code and date lines, .rutitr, h1.title,
  // .subtitle lead, div.body): the date line puts the TIME FIRST with a zero-padded day, «تاریخ انتشار:
  // ۱۱:۲۰ - ۰۴ مرداد ۱۴۰۵»; JSON-LD NewsArticle; share bar on top (with print and short link) and at
  // the bottom; inside the body a plain «بیشتر بخوانید» LIST, a Yektanet NATIVE-AD grid with thumbnails
  // («تبلیغات»), an Aparat VIDEO with its title, an in-story POLL; tags; comments with the nsite counts line
  // (published / pending / not publishable) and likes/dislikes; «آخرین اخبار» and most-viewed sidebars;
  // messenger invite; footer.
  asriran: {
    site: 'عصر ایران',
    boiler: ['بیشتر بخوانید', 'تبلیغات', 'نظرسنجی', 'ثبت رأی', 'آخرین اخبار', 'پربیننده‌ترین', 'نظرات بینندگان', 'انتشار یافته', 'در انتظار بررسی', 'غیر قابل انتشار', 'عصر ایران را در تلگرام دنبال کنید', 'استفاده از مطالب عصر ایران با ذکر منبع بلامانع است', 'نسخه چاپی'],
    render: (c) => {
      const a = A(c);
      const short = `https://www.asriran.com/00${c.id.slice(-4)}Yq`;
      const share = (pos: string) => `<div class="news_share news_share_${pos}"><span>اشتراک‌گذاری</span> <a class="telegram" href="https://t.me/share/url?url=${short}">تلگرام</a> <a class="whatsapp" href="https://wa.me/?text=${short}">واتساپ</a> <a class="x" href="https://x.com/intent/tweet?url=${short}">ایکس</a> <a class="eitaa" href="https://eitaa.com/share/url?url=${short}">ایتا</a> <a class="print" href="https://www.asriran.com/fa/print/${c.id}">نسخه چاپی</a> <span class="short_link">${short}</span></div>`;
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - عصر ایران</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:site_name" content="عصر ایران">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.lead ?? '')}">
<meta property="og:image" content="https://www.asriran.com/files/fa/news/1405/5/4/${c.id}_918.jpg">
<meta property="og:url" content="${esc(c.a.url)}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="shortlink" href="${short}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url }, headline: c.a.title, description: c.a.lead, image: [`https://www.asriran.com/files/fa/news/1405/5/4/${c.id}_918.jpg`], datePublished: c.iso, dateModified: c.iso, publisher: { '@type': 'Organization', name: 'عصر ایران', logo: { '@type': 'ImageObject', url: 'https://www.asriran.com/client/themes/fa/main/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.asriran.com/client/themes/fa/main/css/news.css?v=7.41">
<script async src="https://cdn.yektanet.com/js/asriran.com/article.js"></script>
</head>
<body class="news_page">
<div class="header"><div class="header_top"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="https://www.asriran.com/fa/rss">RSS</a> <a href="https://www.asriran.com/fa/archive">آرشیو</a> <a href="https://www.asriran.com/fa/contact">تماس با ما</a> <a href="https://www.asriran.com/fa/ads">تبلیغات در عصر ایران</a></div>
<div class="logo"><a href="https://www.asriran.com/"><img src="https://www.asriran.com/client/themes/fa/main/img/logo.png" alt="عصر ایران"></a></div>
<ul class="main_menu"><li><a href="https://www.asriran.com/">صفحه نخست</a></li><li><a href="https://www.asriran.com/fa/services/1">سیاسی</a></li><li><a href="https://www.asriran.com/fa/services/2">بین‌الملل</a></li><li><a href="https://www.asriran.com/fa/services/3">اقتصادی</a></li><li class="active"><a href="https://www.asriran.com/fa/services/4">جامعه</a></li><li><a href="https://www.asriran.com/fa/services/5">فرهنگی</a></li><li><a href="https://www.asriran.com/fa/services/6">ورزشی</a></li><li><a href="https://www.asriran.com/fa/services/7">دانش</a></li><li><a href="https://www.asriran.com/fa/services/8">خواندنی‌ها</a></li><li><a href="https://www.asriran.com/fa/video">ویدیو</a></li><li><a href="https://www.asriran.com/fa/photo">عکس</a></li></ul></div>
<div class="container"><div class="row">
<div class="col-md-8 news_column">
<div class="news_path"><a href="https://www.asriran.com/">صفحه نخست</a> » <a href="https://www.asriran.com/fa/services/4">${esc(c.a.kicker)}</a></div>
<div class="news_nav_row"><div class="news_nav news_id_c">کد خبر: ${persian(c.id)}</div> <div class="news_nav news_pdate_c">تاریخ انتشار: ${faTime(c)} - ${persian(c.d)} ${c.mn} ${persian(c.y)}</div></div>
${share('top')}
<div class="rutitr">${esc(a.rutitr)}</div>
<h1 class="title">${esc(c.a.title)}</h1>
<div class="subtitle">${esc(c.a.lead ?? '')}</div>
<div class="news_body_img"><img src="https://www.asriran.com/files/fa/news/1405/5/4/${c.id}_918.jpg" alt="${esc(c.a.caption)}"><div class="img_caption">${esc(c.a.caption)} (${esc(c.a.credit)})</div></div>
<div class="body">
${storyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h2>${t}</h2>`, [
  `<div class="inline_more"><div class="inline_more_title">بیشتر بخوانید</div><ul>${li(a.more.slice(0, 2), 'https://www.asriran.com/fa/news/', Number(c.id) - 913)}</ul></div>`,
  `<div class="yn-article-display" id="pos-article-display-68213"><div class="yn-row">${a.ads.map((t, i) => `<div class="yn-item"><a href="https://yektanet.com/click/${8812 + i}" rel="nofollow sponsored"><img src="https://cdn.yektanet.com/ads/${8812 + i}.jpg" alt=""><span class="yn-item-title">${esc(t)}</span></a></div>`).join('')}</div><span class="yn-label">تبلیغات</span></div>`,
  `<div class="video_box"><div class="video_title">ویدیو | ${esc(a.video!)}</div><div class="h_iframe_aparat_embed_frame"><span style="display: block;padding-top: 57%"></span><iframe src="https://www.aparat.com/video/video/embed/videohash/qW3zr/vt/frame" allowfullscreen="true"></iframe></div></div>`,
  `<div class="poll_box"><div class="poll_title">نظرسنجی</div><div class="poll_question">${esc(a.poll![0])}</div><form action="https://www.asriran.com/fa/poll/vote" method="post">${a.poll![1].map((o, i) => `<label><input type="radio" name="poll_1184" value="${i}"> ${esc(o)}</label>`).join(' ')} <button type="submit">ثبت رأی</button> <a href="https://www.asriran.com/fa/poll/1184">مشاهده نتایج</a></form></div>`,
])}
</div>
<div class="tags_container"><div class="tags_title">برچسب‌ها</div> ${tagLinks(c, 'https://www.asriran.com/fa/tag/1/', ' ', 'tag_item')}</div>
${share('bottom')}
<div class="related_news"><div class="block_title">اخبار مرتبط</div><ul>
${li(c.a.related, 'https://www.asriran.com/fa/news/', Number(c.id) - 2210)}
</ul></div>
<div class="comments"><div class="block_title">نظرات بینندگان</div>
<div class="comments_stat">انتشار یافته: ${persian(c.a.comments.length)} | در انتظار بررسی: ${persian(7)} | غیر قابل انتشار: ${persian(2)}</div>
${comments(c, (n, t, k) => `<div class="comm_item"><div class="comm_info"><span class="comm_name">${n}</span> <span class="comm_date">${persian(c.d)} ${c.mn} ${persian(c.y)} - ${persian(k ? '13:02' : '12:14')}</span></div><p class="comm_body">${t}</p><div class="comm_like"><a class="like" href="#">${persian(k ? 9 : 64)}</a> <a class="dislike" href="#">${persian(k ? 14 : 3)}</a> <a class="reply" href="#">پاسخ</a></div></div>`)}
<form class="comm_form"><input type="text" placeholder="نام"><textarea placeholder="نظر شما"></textarea><button type="button">ارسال</button></form></div>
</div>
<div class="col-md-4 side_column">
<div class="side_box latest"><div class="block_title">آخرین اخبار</div><ul>
${a.latest.map(([tm, t], i) => `<li><span class="time">${persian(tm)}</span> <a href="https://www.asriran.com/fa/news/${Number(c.id) + 3 + i * 2}">${esc(t)}</a></li>`).join('\n')}
</ul></div>
<div class="side_box most_viewed"><div class="block_title">پربیننده‌ترین</div><ol>
${li(c.a.mostRead, 'https://www.asriran.com/fa/news/', Number(c.id) - 640)}
</ol></div>
<div class="side_box messenger"><a href="https://t.me/asriran_press">عصر ایران را در تلگرام دنبال کنید</a></div>
</div>
</div></div>
<div class="footer"><p>استفاده از مطالب عصر ایران با ذکر منبع بلامانع است.</p><p><a href="https://www.asriran.com/fa/about">درباره ما</a> | <a href="https://www.asriran.com/fa/contact">تماس با ما</a></p></div>
</body>
</html>
`;
    },
  },

  // Khabarfoori (news site with «بخش-<service>-<n>/<id>-<slug>» URLs; its own CMS, Bootstrap grid):
  // meta article:published_time and JSON-LD NewsArticle; the visible date in words with weekday and «ساعت»;
  // a STICKY SHARE BAR at the top and a share row at the bottom; a «روند خبر» NEWS-TIMELINE box (the earlier
  // stories of the heatwave file, with times) right after the lead; inside the body a «پیشنهاد ویژه» box of
  // CARDS WITH THUMBNAILS, a video with its title and duration, a «بیشتر بخوانید» single line, a SPONSORED
  // link list («پیشنهاد ویژه» of the ad network); tags; an ITA/BALE channel invite; comments with likes;
  // «آخرین اخبار» sidebar with times; cookie bar.
  khabarfoori: {
    site: 'خبرفوری',
    boiler: ['روند خبر', 'پیشنهاد ویژه', 'بیشتر بخوانید:', 'مدت ویدیو', 'لینک‌های پیشنهادی', 'آخرین اخبار', 'خبرفوری را در ایتا و بله دنبال کنید', 'دیدگاه کاربران', 'این سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند', 'تمامی حقوق این سایت متعلق به خبرفوری است', 'ارسال نظر'],
    render: (c) => {
      const a = A(c);
      const enc = encodeURIComponent(c.a.url);
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>${esc(c.a.title)} | خبرفوری</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:site_name" content="خبرفوری">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://static.khabarfoori.com/thumbnail/${c.id}/heat-ahvaz.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:section" content="${esc(c.a.kicker)}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="amphtml" href="https://www.khabarfoori.com/amp/${c.id}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: later(c, 25), image: { '@type': 'ImageObject', url: `https://static.khabarfoori.com/thumbnail/${c.id}/heat-ahvaz.jpg`, width: 1200, height: 675 }, author: { '@type': 'Organization', name: 'خبرفوری' }, publisher: { '@type': 'Organization', name: 'خبرفوری', logo: { '@type': 'ImageObject', url: 'https://www.khabarfoori.com/images/logo.svg' } } })}</script>
<link rel="stylesheet" href="https://www.khabarfoori.com/css/bootstrap.rtl.min.css">
<link rel="stylesheet" href="https://www.khabarfoori.com/css/news.min.css?v=5.12">
</head>
<body class="page-news">
<header class="kf-header"><div class="container"><a class="kf-logo" href="https://www.khabarfoori.com/"><img src="https://www.khabarfoori.com/images/logo.svg" alt="خبرفوری"></a>
<nav class="kf-nav"><a href="https://www.khabarfoori.com/بخش-اخبار-سیاسی-1">سیاسی</a> <a href="https://www.khabarfoori.com/بخش-اخبار-اقتصادی-2">اقتصادی</a> <a class="active" href="https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3">اجتماعی</a> <a href="https://www.khabarfoori.com/بخش-حوادث-5">حوادث</a> <a href="https://www.khabarfoori.com/بخش-بین-الملل-6">بین‌الملل</a> <a href="https://www.khabarfoori.com/بخش-ورزشی-7">ورزشی</a> <a href="https://www.khabarfoori.com/بخش-سبک-زندگی-9">سبک زندگی</a> <a href="https://www.khabarfoori.com/بخش-ویدیو-11">ویدیو</a></nav>
<span class="kf-today">${weekday(c)} ${faDate(c)}</span></div></header>
<main class="container"><div class="row">
<div class="col-lg-8">
<div class="kf-sticky-share"><a href="https://t.me/share/url?url=${enc}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${enc}">ایتا</a> <a href="https://wa.me/?text=${enc}">واتساپ</a> <button type="button" class="kf-copy">کپی لینک</button></div>
<nav class="kf-breadcrumb"><a href="https://www.khabarfoori.com/">خانه</a> / <a href="https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3">${esc(c.a.kicker)}</a></nav>
<article class="kf-article">
<div class="kf-rutitr">${esc(a.rutitr)}</div>
<h1 class="kf-title">${esc(c.a.title)}</h1>
<div class="kf-meta"><span class="kf-date">${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</span> <span class="kf-code">کد خبر: ${persian(c.id)}</span> <span class="kf-views">${fmt(18406)} بازدید</span></div>
<p class="kf-lead">${esc(c.a.lead ?? '')}</p>
<div class="kf-timeline"><div class="kf-timeline-head">روند خبر</div><ul>${a.timeline!.map(([tm, t], i) => `<li><time>${tm}</time> <a href="https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3/${Number(c.id) - 41 - i * 29}">${esc(t)}</a></li>`).join('')}</ul></div>
<figure class="kf-cover"><img src="https://static.khabarfoori.com/thumbnail/${c.id}/heat-ahvaz.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="kf-body" id="news-body">
${storyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, [
  `<div class="kf-special"><div class="kf-special-head">پیشنهاد ویژه</div><div class="row">${a.more.slice(0, 2).map((t, i) => `<div class="col-6 kf-card"><a href="https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3/${Number(c.id) - 300 - i * 71}"><img src="https://static.khabarfoori.com/thumbnail/${Number(c.id) - 300 - i * 71}/s.jpg" alt=""><span>${esc(t)}</span></a></div>`).join('')}</div></div>`,
  `<div class="kf-video"><video controls preload="none" poster="https://static.khabarfoori.com/video/${c.id}/poster.jpg"><source src="https://static.khabarfoori.com/video/${c.id}/clip.mp4" type="video/mp4"></video><div class="kf-video-title">${esc(a.video!)}</div><span class="kf-video-time">مدت ویدیو: ${persian('01:42')}</span></div>`,
  `<p class="kf-readmore"><strong>بیشتر بخوانید:</strong> <a href="https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3/${Number(c.id) - 512}">${esc(a.more[2])}</a></p>`,
  `<div class="kf-native"><div class="kf-native-head">لینک‌های پیشنهادی</div><ul>${a.ads.map((t, i) => `<li><a href="https://www.khabarfoori.com/redirect/ad/${3301 + i}" rel="sponsored nofollow">${esc(t)}</a></li>`).join('')}</ul></div>`,
])}
</div>
<div class="kf-tags">${tagLinks(c, 'https://www.khabarfoori.com/tags/', ' ', 'kf-tag')}</div>
<div class="kf-share-bottom"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=${enc}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${enc}">ایتا</a> <a href="https://ble.ir/share/url?url=${enc}">بله</a> <a href="https://x.com/intent/tweet?url=${enc}">ایکس</a></div>
<div class="kf-channel"><a href="https://eitaa.com/khabarfoori">خبرفوری را در ایتا و بله دنبال کنید</a></div>
</article>
<section class="kf-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3/', Number(c.id) - 880)}
</ul></section>
<section class="kf-comments"><h3>دیدگاه کاربران</h3>
${comments(c, (n, t, k) => `<div class="kf-comment"><div><b>${n}</b> <span>${persian(k ? 18 : 42)} دقیقه پیش</span></div><p>${t}</p><button type="button" class="kf-like">${persian(k ? 7 : 35)}</button> <button type="button" class="kf-dislike">${persian(k ? 1 : 4)}</button></div>`)}
<form><textarea placeholder="نظر خود را بنویسید"></textarea><input type="text" placeholder="نام"><button type="button">ارسال نظر</button></form></section>
</div>
<aside class="col-lg-4 kf-side">
<div class="kf-latest"><h3>آخرین اخبار</h3><ul>
${a.latest.map(([tm, t], i) => `<li><span>${persian(tm)}</span> <a href="https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3/${Number(c.id) + 5 + i * 3}">${esc(t)}</a></li>`).join('\n')}
</ul></div>
<div class="kf-most"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3/', Number(c.id) - 1400)}
</ol></div>
</aside>
</div></main>
<footer class="kf-footer"><div class="container"><p>تمامی حقوق این سایت متعلق به خبرفوری است.</p><p><a href="https://www.khabarfoori.com/about">درباره ما</a> <a href="https://www.khabarfoori.com/ads">تبلیغات</a></p></div></footer>
<div class="kf-cookie"><span>این سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند.</span> <button type="button">متوجه شدم</button></div>
<script src="https://www.khabarfoori.com/js/news.min.js?v=5.12" defer></script>
</body>
</html>
`;
    },
  },

  // Entekhab (the nsite agency CMS in Entekhab's theme): the date NUMERIC Jalali with a dash, «۱۴۰۵/۰۵/۰۷ -
  // ۱۸:۱۰», next to the code; NO JSON-LD, NO article:published_time: the instant is only in the visible line;
  // the in-body read-more links are SINGLE BOLD LINES in <p> that look like paragraphs («بخوانید:» + link),
  // twice; a «رپورتاژ آگهی» SPONSORED LIST; an in-story POLL; «اخبار پیشنهادی» cards after the story; share
  // rows top and bottom; tags; comments with «موافق / مخالف» counts; «آخرین اخبار» and «پربازدید» sidebars.
  entekhab: {
    site: 'انتخاب',
    boiler: ['بخوانید:', 'رپورتاژ آگهی', 'نظرسنجی', 'اخبار پیشنهادی', 'آخرین اخبار', 'پربازدیدترین‌ها', 'نظرات خوانندگان', 'موافق', 'مخالف', 'پایگاه خبری تحلیلی انتخاب', 'انتشار مطالب این سایت با ذکر منبع آزاد است', 'ارسال به دوستان'],
    render: (c) => {
      const a = A(c);
      const share = `<div class="ent_share"><a href="https://t.me/share/url?url=https://www.entekhab.ir/fa/news/${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://www.entekhab.ir/fa/news/${c.id}">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://www.entekhab.ir/fa/news/${c.id}">ایکس</a> <a href="https://www.entekhab.ir/fa/send/${c.id}">ارسال به دوستان</a> <a href="https://www.entekhab.ir/fa/print/${c.id}">چاپ</a></div>`;
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)}</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="keywords" content="${esc(c.a.tags.join(','))}">
<meta property="og:site_name" content="انتخاب">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://www.entekhab.ir/files/fa/news/1405/5/7/${c.id}_277.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="stylesheet" href="https://www.entekhab.ir/client/themes/fa/main/css/style.css?v=4.06">
</head>
<body>
<div id="header"><div class="top_bar"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://www.entekhab.ir/fa/rss">خبرخوان</a> <a href="https://www.entekhab.ir/fa/archive">آرشیو</a></div>
<div class="logo_bar"><a href="https://www.entekhab.ir/"><img src="https://www.entekhab.ir/client/themes/fa/main/img/logo.png" alt="انتخاب"></a> <span class="slogan">پایگاه خبری تحلیلی انتخاب</span></div>
<ul class="menu"><li><a href="https://www.entekhab.ir/fa/service/1">سیاسی</a></li><li class="active"><a href="https://www.entekhab.ir/fa/service/2">اقتصادی</a></li><li><a href="https://www.entekhab.ir/fa/service/3">اجتماعی</a></li><li><a href="https://www.entekhab.ir/fa/service/4">بین‌الملل</a></li><li><a href="https://www.entekhab.ir/fa/service/5">فرهنگی</a></li><li><a href="https://www.entekhab.ir/fa/service/6">ورزشی</a></li><li><a href="https://www.entekhab.ir/fa/service/8">فناوری</a></li><li><a href="https://www.entekhab.ir/fa/service/10">چندرسانه‌ای</a></li></ul></div>
<div id="content"><div class="main_col">
<div class="news_path"><a href="https://www.entekhab.ir/">صفحه اصلی</a> <span>»</span> <a href="https://www.entekhab.ir/fa/service/2">${esc(c.a.kicker)}</a></div>
<div class="news_head_info"><span class="news_id">کد خبر: ${persian(c.id)}</span> <span class="news_date">${persian(c.y)}/${persian(c.m)}/${persian(c.d)} - ${faTime(c)}</span></div>
${share}
<div class="rutitr">${esc(a.rutitr)}</div>
<h1 class="title"><a href="${esc(c.a.url)}">${esc(c.a.title)}</a></h1>
<div class="subtitle">${esc(c.a.lead ?? '')}</div>
<div class="news_img"><img src="https://www.entekhab.ir/files/fa/news/1405/5/7/${c.id}_277.jpg" alt="${esc(c.a.caption)}"><div class="news_img_caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</div></div>
<div class="body">
${storyHtml(c, (t) => `<p>${t}</p>`, (t) => `<p><strong>${t}</strong></p>`, [
  `<p><strong>بخوانید:</strong> <a href="https://www.entekhab.ir/fa/news/${Number(c.id) - 2314}">${esc(a.more[0])}</a></p>`,
  `<div class="reportage_box"><div class="reportage_title">رپورتاژ آگهی</div><ul>${a.ads.map((t, i) => `<li><a href="https://www.entekhab.ir/fa/ads/${712 + i}" rel="sponsored">${esc(t)}</a></li>`).join('')}</ul></div>`,
  `<p><strong>بخوانید:</strong> <a href="https://www.entekhab.ir/fa/news/${Number(c.id) - 3187}">${esc(a.more[1])}</a></p>`,
  `<div class="poll"><div class="poll_title">نظرسنجی</div><p class="poll_q">${esc(a.poll![0])}</p><ul>${a.poll![1].map((o, i) => `<li><input type="radio" name="poll" id="po${i}"><label for="po${i}">${esc(o)}</label></li>`).join('')}</ul><button type="button">ثبت نظر</button></div>`,
])}
</div>
<div class="tags_title">برچسب‌ها:</div><div class="tags">${tagLinks(c, 'https://www.entekhab.ir/fa/tag/1/', ' ')}</div>
${share}
<div class="suggested"><div class="box_title">اخبار پیشنهادی</div>${c.a.related.map((t, i) => `<div class="sugg_card"><img src="https://www.entekhab.ir/files/fa/news/1405/5/6/${Number(c.id) - 80 - i * 13}_s.jpg" alt=""><a href="https://www.entekhab.ir/fa/news/${Number(c.id) - 80 - i * 13}">${esc(t)}</a></div>`).join('\n')}</div>
<div class="comments"><div class="box_title">نظرات خوانندگان</div>
${comments(c, (n, t, k) => `<div class="comment"><div class="c_head"><b>${n}</b> <span>${persian(c.y)}/${persian(c.m)}/${persian(c.d)}</span></div><p>${t}</p><div class="c_vote"><span class="c_up">موافق ${persian(k ? 11 : 87)}</span> <span class="c_down">مخالف ${persian(k ? 26 : 6)}</span></div></div>`)}
<form><input type="text" placeholder="نام"><input type="text" placeholder="ایمیل"><textarea></textarea><button type="button">ارسال</button></form></div>
</div>
<div class="side_col">
<div class="side_box"><div class="box_title">آخرین اخبار</div><ul>
${a.latest.map(([tm, t], i) => `<li><a href="https://www.entekhab.ir/fa/news/${Number(c.id) + 2 + i}">${esc(t)}</a> <span>${persian(tm)}</span></li>`).join('\n')}
</ul></div>
<div class="side_box"><div class="box_title">پربازدیدترین‌ها</div><ul>
${li(c.a.mostRead, 'https://www.entekhab.ir/fa/news/', Number(c.id) - 1120)}
</ul></div>
</div></div>
<div id="footer"><p>انتشار مطالب این سایت با ذکر منبع آزاد است.</p><p>© ${persian(1405)} پایگاه خبری تحلیلی انتخاب</p></div>
</body>
</html>
`;
    },
  },

  // Eghtesadnews (economy news site, «بخش-<service>-<n>/<id>-<slug>» URLs, own CMS): a LIVE RATES
  // strip in the header (dollar, euro, coin, index) with numbers; JSON-LD NewsArticle with datePublished
  // and a later dateModified; the visible date «۱۰ مرداد ۱۴۰۵ | ۱۳:۰۵»; share row at the top; a lead in
  // <p class="lead">; a «اخبار مرتبط با وام ازدواج» TIMELINE box (dated headlines); inside the body a
  // «بیشتر بخوانید» CARD with thumbnail, a NATIVE-AD row with thumbnails, a second read-more card, an
  // in-story POLL with vote counts; tags; comments with likes; a «آخرین اخبار» sidebar with a «قیمت ارز»
  // table; newsletter box; footer.
  eghtesadnews: {
    site: 'اقتصادنیوز',
    boiler: ['دلار آزاد', 'سکه امامی', 'بیشتر بخوانید', 'مطالب پیشنهادی', 'نظرسنجی اقتصادنیوز', 'آخرین اخبار', 'قیمت ارز', 'عضویت در خبرنامه اقتصادنیوز', 'نظرات کاربران', 'کلیه حقوق این سایت متعلق به اقتصادنیوز است'],
    render: (c) => {
      const a = A(c);
      const base = 'https://www.eghtesadnews.com/بخش-بانک-بیمه-11/';
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | اقتصادنیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="اقتصادنیوز">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://static.eghtesadnews.com/thumbnail/${c.id}/main.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, alternativeHeadline: A(c).rutitr, description: c.a.lead, datePublished: c.iso, dateModified: later(c, 140), keywords: c.a.tags.join(', '), image: [`https://static.eghtesadnews.com/thumbnail/${c.id}/main.jpg`], publisher: { '@type': 'NewsMediaOrganization', name: 'اقتصادنیوز', logo: { '@type': 'ImageObject', url: 'https://www.eghtesadnews.com/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://www.eghtesadnews.com/css/app.css?id=4c1e7a">
</head>
<body>
<div class="en-rates"><ul><li>دلار آزاد <b>${fmt(91350)}</b> <i class="up">${persian('0.4')}٪</i></li><li>یورو <b>${fmt(103900)}</b></li><li>سکه امامی <b>${fmt(115300000)}</b></li><li>طلای ۱۸ عیار <b>${fmt(10840000)}</b></li><li>شاخص بورس <b>${fmt(3401120)}</b></li></ul></div>
<header class="en-header"><a href="https://www.eghtesadnews.com/"><img src="https://www.eghtesadnews.com/img/logo.png" alt="اقتصادنیوز"></a>
<nav><a href="https://www.eghtesadnews.com/بخش-اقتصاد-کلان-2">اقتصاد کلان</a> <a class="active" href="https://www.eghtesadnews.com/بخش-بانک-بیمه-11">بانک و بیمه</a> <a href="https://www.eghtesadnews.com/بخش-بازار-مسکن-14">مسکن</a> <a href="https://www.eghtesadnews.com/بخش-خودرو-15">خودرو</a> <a href="https://www.eghtesadnews.com/بخش-بورس-6">بورس</a> <a href="https://www.eghtesadnews.com/بخش-طلا-ارز-18">طلا و ارز</a> <a href="https://www.eghtesadnews.com/بخش-سیاست-20">سیاست</a> <a href="https://www.eghtesadnews.com/بخش-بین-الملل-21">بین‌الملل</a></nav></header>
<main class="en-main"><div class="en-content">
<div class="en-crumb"><a href="https://www.eghtesadnews.com/">اقتصادنیوز</a> › <a href="https://www.eghtesadnews.com/بخش-بانک-بیمه-11">${esc(c.a.kicker)}</a></div>
<article>
<div class="en-share-top"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${encodeURIComponent(c.a.url)}">واتساپ</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(c.a.url)}">لینکدین</a> <span class="en-code">کد خبر: ${persian(c.id)}</span></div>
<h2 class="en-rutitr">${esc(a.rutitr)}</h2>
<h1 class="en-title">${esc(c.a.title)}</h1>
<div class="en-date">${faDate(c)} | ${faTime(c)}</div>
<p class="lead">${esc(c.a.lead ?? '')}</p>
<figure><img src="https://static.eghtesadnews.com/thumbnail/${c.id}/main.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)}، ${esc(c.a.credit)}</figcaption></figure>
<div class="en-timeline"><h3>اخبار مرتبط با وام ازدواج</h3><ol>${a.timeline!.map(([d, t], i) => `<li><span>${d}</span> <a href="${base}${Number(c.id) - 160 - i * 211}">${esc(t)}</a></li>`).join('')}</ol></div>
<div class="en-body">
${storyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, [
  `<div class="en-readmore-card"><span class="en-rm-label">بیشتر بخوانید</span><a href="${base}${Number(c.id) - 95}"><img src="https://static.eghtesadnews.com/thumbnail/${Number(c.id) - 95}/s.jpg" alt=""><span>${esc(a.more[0])}</span></a></div>`,
  `<div class="en-native"><div class="en-native-title">مطالب پیشنهادی</div>${a.ads.map((t, i) => `<a class="en-native-item" href="https://native.eghtesadnews.com/c/${4410 + i}" rel="sponsored"><img src="https://native.eghtesadnews.com/img/${4410 + i}.jpg" alt=""><span>${esc(t)}</span></a>`).join('')}</div>`,
  `<div class="en-readmore-card"><span class="en-rm-label">بیشتر بخوانید</span><a href="${base}${Number(c.id) - 1730}"><img src="https://static.eghtesadnews.com/thumbnail/${Number(c.id) - 1730}/s.jpg" alt=""><span>${esc(a.more[1])}</span></a></div>`,
  `<div class="en-poll"><div class="en-poll-title">نظرسنجی اقتصادنیوز</div><p>${esc(a.poll![0])}</p>${a.poll![1].map((o, i) => `<label><input type="radio" name="p"> ${esc(o)} <small>(${fmt([1284, 3071, 562][i] ?? 90)} رأی)</small></label>`).join('')}<button type="button">رأی می‌دهم</button></div>`,
])}
</div>
<div class="en-tags"><b>برچسب‌ها:</b> ${tagLinks(c, 'https://www.eghtesadnews.com/tag/', '، ')}</div>
<div class="en-share-bottom"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${encodeURIComponent(c.a.url)}">ایتا</a> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(c.a.url)}">ایکس</a> <button type="button">کپی لینک</button></div>
</article>
<section class="en-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, base, Number(c.id) - 507)}
</ul></section>
<section class="en-comments"><h3>نظرات کاربران</h3>
${comments(c, (n, t, k) => `<div class="en-comment"><b>${n}</b> <span>${persian(k ? 1 : 3)} ساعت پیش</span><p>${t}</p><span class="en-like">👍 ${persian(k ? 19 : 52)}</span> <span class="en-dislike">👎 ${persian(k ? 2 : 8)}</span></div>`)}
<form><textarea placeholder="دیدگاه شما"></textarea><button type="button">ثبت دیدگاه</button></form></section>
</div>
<aside class="en-side">
<div class="en-latest"><h3>آخرین اخبار</h3><ul>
${a.latest.map(([tm, t], i) => `<li><a href="https://www.eghtesadnews.com/بخش-اقتصاد-کلان-2/${Number(c.id) + 4 + i * 2}">${esc(t)}</a> <time>${persian(tm)}</time></li>`).join('\n')}
</ul></div>
<div class="en-rates-table"><h3>قیمت ارز</h3><table><tr><td>دلار آمریکا</td><td>${fmt(91350)}</td></tr><tr><td>یورو</td><td>${fmt(103900)}</td></tr><tr><td>درهم امارات</td><td>${fmt(24870)}</td></tr></table></div>
<div class="en-most"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, base, Number(c.id) - 2040)}
</ol></div>
<div class="en-newsletter"><h3>عضویت در خبرنامه اقتصادنیوز</h3><input type="email" placeholder="ایمیل"><button type="button">عضویت</button></div>
</aside>
</main>
<footer class="en-footer"><p>کلیه حقوق این سایت متعلق به اقتصادنیوز است.</p></footer>
</body>
</html>
`;
    },
  },

  // Rouydad24 (the nsite agency CMS in Rouydad24's theme, /fa/news/<id>/<slug>): meta article:published_time
  // and JSON-LD NewsArticle; visible date in words with weekday, «یکشنبه ۱۱ مرداد ۱۴۰۵ - ۲۰:۳۰»; share
  // row on top; a «پیشنهاد ویژه» list of two links right after the lead; inside the body a VIDEO PLAYER
  // block with the video's title, a «بیشتر بخوانید» single line, a block of SPONSORED links with
  // thumbnails («تبلیغات»), a «ماجرا چیست؟» background box (a news timeline); a photo strip of related
  // galleries after the story; tags; comments with likes; «آخرین اخبار»; footer.
  rouydad24: {
    site: 'رویداد۲۴',
    boiler: ['پیشنهاد ویژه', 'بیشتر بخوانید:', 'تبلیغات', 'ماجرا چیست؟', 'گزارش تصویری', 'آخرین اخبار', 'پربازدیدترین‌ها', 'نظرات', 'رویداد۲۴ را در تلگرام دنبال کنید', 'تمامی حقوق مادی و معنوی این سایت متعلق به رویداد۲۴ است'],
    render: (c) => {
      const a = A(c);
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} | رویداد۲۴</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="رویداد۲۴">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:image" content="https://www.rouydad24.ir/files/fa/news/1405/5/11/${c.id}_514.jpg">
<meta property="article:published_time" content="${c.iso}">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, dateModified: c.iso, description: c.a.lead, image: [`https://www.rouydad24.ir/files/fa/news/1405/5/11/${c.id}_514.jpg`], publisher: { '@type': 'Organization', name: 'رویداد۲۴', logo: { '@type': 'ImageObject', url: 'https://www.rouydad24.ir/client/themes/fa/main/img/logo.svg' } } })}</script>
<link rel="stylesheet" href="https://www.rouydad24.ir/client/themes/fa/main/css/news.css?v=3.3">
</head>
<body class="rd-news">
<header class="rd-header"><div class="rd-top"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://t.me/rouydad24">رویداد۲۴ را در تلگرام دنبال کنید</a></div>
<a class="rd-logo" href="https://www.rouydad24.ir/"><img src="https://www.rouydad24.ir/client/themes/fa/main/img/logo.svg" alt="رویداد۲۴"></a>
<ul class="rd-menu"><li><a href="https://www.rouydad24.ir/fa/service/politic">سیاست</a></li><li><a href="https://www.rouydad24.ir/fa/service/economy">اقتصاد</a></li><li class="active"><a href="https://www.rouydad24.ir/fa/service/society">جامعه</a></li><li><a href="https://www.rouydad24.ir/fa/service/world">جهان</a></li><li><a href="https://www.rouydad24.ir/fa/service/culture">فرهنگ</a></li><li><a href="https://www.rouydad24.ir/fa/service/sport">ورزش</a></li><li><a href="https://www.rouydad24.ir/fa/photo">عکس</a></li><li><a href="https://www.rouydad24.ir/fa/video">فیلم</a></li></ul></header>
<div class="rd-wrap"><div class="rd-main">
<div class="rd-path"><a href="https://www.rouydad24.ir/">رویداد۲۴</a> / <a href="https://www.rouydad24.ir/fa/service/society">${esc(c.a.kicker)}</a></div>
<div class="rd-info"><span>${weekday(c)} ${faDate(c)} - ${faTime(c)}</span> <span>کد خبر: ${persian(c.id)}</span></div>
<div class="rd-share"><a href="https://t.me/share/url?url=https://www.rouydad24.ir/fa/news/${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://www.rouydad24.ir/fa/news/${c.id}">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://www.rouydad24.ir/fa/news/${c.id}">ایکس</a></div>
<div class="rd-rutitr">${esc(a.rutitr)}</div>
<h1 class="rd-title">${esc(c.a.title)}</h1>
<div class="rd-lead">${esc(c.a.lead ?? '')}</div>
<div class="rd-special"><span class="rd-special-label">پیشنهاد ویژه</span><ul>${li(a.more.slice(0, 2), 'https://www.rouydad24.ir/fa/news/', Number(c.id) - 610)}</ul></div>
<div class="rd-img"><img src="https://www.rouydad24.ir/files/fa/news/1405/5/11/${c.id}_514.jpg" alt="${esc(c.a.caption)}"><p class="rd-caption">${esc(c.a.caption)}/${esc(c.a.credit)}</p></div>
<div class="rd-body body">
${storyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, [
  `<div class="rd-video"><div class="rd-player" data-src="https://www.rouydad24.ir/files/fa/news/1405/5/11/${c.id}_v.mp4"><img src="https://www.rouydad24.ir/files/fa/news/1405/5/11/${c.id}_vposter.jpg" alt=""><span class="rd-play">▶</span></div><h4 class="rd-video-title">${esc(a.video!)}</h4></div>`,
  `<p class="rd-more"><b>بیشتر بخوانید:</b> <a href="https://www.rouydad24.ir/fa/news/${Number(c.id) - 1455}">${esc(a.more[2])}</a></p>`,
  `<div class="rd-sponsored"><div class="rd-sponsored-label">تبلیغات</div>${a.ads.map((t, i) => `<a href="https://www.rouydad24.ir/ads/go/${219 + i}" rel="sponsored nofollow"><img src="https://www.rouydad24.ir/ads/img/${219 + i}.jpg" alt=""><span>${esc(t)}</span></a>`).join('')}</div>`,
  `<div class="rd-background"><h4>ماجرا چیست؟</h4><ul>${a.timeline!.map(([d, t]) => `<li><b>${d}:</b> ${esc(t)}</li>`).join('')}</ul></div>`,
])}
</div>
<div class="rd-tags">${tagLinks(c, 'https://www.rouydad24.ir/fa/tags/', ' ')}</div>
<div class="rd-share rd-share-bottom"><a href="https://t.me/share/url?url=https://www.rouydad24.ir/fa/news/${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://www.rouydad24.ir/fa/news/${c.id}">ایتا</a> <button type="button">کپی لینک</button></div>
<div class="rd-photos"><h3>گزارش تصویری</h3>${['تصاویر | میدان نقش جهان در شب‌های تابستان', 'تصاویر | کاروانسرای زین‌الدین یزد', 'تصاویر | جزیره هرمز از نگاه گردشگران'].map((t, i) => `<a href="https://www.rouydad24.ir/fa/photo/${Number(c.id) - 90 - i * 40}"><img src="https://www.rouydad24.ir/files/fa/photo/${Number(c.id) - 90 - i * 40}.jpg" alt=""><span>${t}</span></a>`).join('')}</div>
<div class="rd-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, 'https://www.rouydad24.ir/fa/news/', Number(c.id) - 333)}
</ul></div>
<div class="rd-comments"><h3>نظرات</h3>
${comments(c, (n, t, k) => `<div class="rd-comment"><b>${n}</b> <span>${faDate(c)}</span><p>${t}</p><span class="rd-like">${persian(k ? 5 : 23)}</span> <span class="rd-dislike">${persian(k ? 0 : 2)}</span></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="نظر"></textarea><button type="button">ارسال</button></form></div>
</div>
<aside class="rd-side"><div class="rd-latest"><h3>آخرین اخبار</h3><ul>
${a.latest.map(([tm, t], i) => `<li><time>${persian(tm)}</time> <a href="https://www.rouydad24.ir/fa/news/${Number(c.id) + 1 + i}">${esc(t)}</a></li>`).join('\n')}
</ul></div>
<div class="rd-most"><h3>پربازدیدترین‌ها</h3><ol>
${li(c.a.mostRead, 'https://www.rouydad24.ir/fa/news/', Number(c.id) - 901)}
</ol></div></aside>
</div>
<footer class="rd-footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به رویداد۲۴ است.</p></footer>
</body>
</html>
`;
    },
  },

  // Tejaratnews on WORDPRESS (a custom theme: .single-post, .entry-content; Rank Math SEO: its schema graph
  // with datePublished/dateModified in +03:30, article:published_time and article:modified_time); the
  // visible date «دوشنبه ۱۲ مرداد ۱۴۰۵ ساعت ۱۵:۵۰» with «زمان مطالعه»; a LIVE PRICE TABLE of coins and gold
  // in the sidebar (numbers close to the text's); a table of contents box («فهرست مطالب») at the top of the
  // content; inside .entry-content two «بیشتر بخوانید» boxes as <blockquote class="wp-block-quote"> with a
  // link, a «پیشنهاد سردبیر» list (related posts plugin) and a sponsored «مطالب حمایت‌شده» block; a
  // «قیمت لحظه‌ای سکه» telegram invite; tags; share; wpDiscuz-style comments with likes; footer.
  tejaratnews: {
    site: 'تجارت‌نیوز',
    boiler: ['فهرست مطالب', 'بیشتر بخوانید', 'پیشنهاد سردبیر', 'مطالب حمایت‌شده', 'قیمت لحظه‌ای', 'زمان مطالعه', 'آخرین اخبار', 'برای اطلاع از قیمت لحظه‌ای طلا و سکه به کانال تجارت‌نیوز بپیوندید', 'دیدگاه‌ها', 'کلیه حقوق برای تجارت‌نیوز محفوظ است'],
    render: (c) => {
      const a = A(c);
      const mod = later(c, 12);
      return `<!DOCTYPE html>
<html dir="rtl" lang="fa-IR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - تجارت‌نیوز</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">
<link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:locale" content="fa_IR">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:site_name" content="تجارت‌نیوز">
<meta property="article:section" content="${esc(c.a.kicker)}">
<meta property="og:updated_time" content="${mod}">
<meta property="og:image" content="https://tejaratnews.com/wp-content/uploads/2026/08/sekke-emami.jpg">
<meta property="article:published_time" content="${c.iso}">
<meta property="article:modified_time" content="${mod}">
<script type="application/ld+json" class="rank-math-schema">${js({ '@context': 'https://schema.org', '@graph': [
  { '@type': 'Organization', '@id': 'https://tejaratnews.com/#organization', name: 'تجارت‌نیوز' },
  { '@type': 'WebPage', '@id': `${c.a.url}#webpage`, url: c.a.url, name: c.a.title, datePublished: c.iso, dateModified: mod, inLanguage: 'fa-IR' },
  { '@type': 'NewsArticle', headline: c.a.title, datePublished: c.iso, dateModified: mod, articleSection: c.a.kicker, author: { '@type': 'Person', name: c.a.author }, publisher: { '@id': 'https://tejaratnews.com/#organization' }, '@id': `${c.a.url}#richSnippet`, isPartOf: { '@id': `${c.a.url}#webpage` }, inLanguage: 'fa-IR' },
] })}</script>
<link rel="stylesheet" id="tejarat-style-css" href="https://tejaratnews.com/wp-content/themes/tejarat/assets/css/main.css?ver=3.8.1" media="all">
<link rel="shortlink" href="https://tejaratnews.com/?p=${c.id}">
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="rtl post-template-default single single-post postid-${c.id} single-format-standard">
<div class="site">
<header class="site-header"><div class="container"><a class="custom-logo-link" href="https://tejaratnews.com/"><img src="https://tejaratnews.com/wp-content/uploads/2023/05/logo.svg" alt="تجارت‌نیوز"></a>
<nav class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://tejaratnews.com/category/economy/">اقتصاد</a></li><li class="menu-item current-post-ancestor"><a href="https://tejaratnews.com/category/gold-coin/">طلا و سکه</a></li><li class="menu-item"><a href="https://tejaratnews.com/category/currency/">ارز</a></li><li class="menu-item"><a href="https://tejaratnews.com/category/bourse/">بورس</a></li><li class="menu-item"><a href="https://tejaratnews.com/category/crypto/">ارز دیجیتال</a></li><li class="menu-item"><a href="https://tejaratnews.com/category/car/">خودرو</a></li><li class="menu-item"><a href="https://tejaratnews.com/category/housing/">مسکن</a></li></ul></nav></div></header>
<div class="container content-area"><div class="row">
<main id="main" class="col-lg-8 site-main">
<nav class="rank-math-breadcrumb"><p><a href="https://tejaratnews.com/">خانه</a><span class="separator"> » </span><a href="https://tejaratnews.com/category/gold-coin/">${esc(c.a.kicker)}</a></p></nav>
<article id="post-${c.id}" class="post-${c.id} post type-post status-publish format-standard has-post-thumbnail hentry category-gold-coin">
<header class="entry-header"><span class="entry-rutitr">${esc(a.rutitr)}</span>
<h1 class="entry-title">${esc(c.a.title)}</h1>
<div class="entry-meta"><span class="byline">نویسنده: <a href="https://tejaratnews.com/author/m-karimi/">${esc(c.a.author ?? '')}</a></span> <span class="posted-on">${weekday(c)} ${faDate(c)} ساعت ${faTime(c)}</span> <span class="reading-time">زمان مطالعه: ${persian(3)} دقیقه</span></div>
<div class="share-top"><a href="https://t.me/share/url?url=https://tejaratnews.com/?p=${c.id}">تلگرام</a> <a href="https://wa.me/?text=https://tejaratnews.com/?p=${c.id}">واتساپ</a> <a href="https://x.com/intent/tweet?url=https://tejaratnews.com/?p=${c.id}">ایکس</a></div></header>
<div class="post-thumbnail"><img width="1200" height="675" src="https://tejaratnews.com/wp-content/uploads/2026/08/sekke-emami.jpg" class="attachment-post-thumbnail wp-post-image" alt="${esc(c.a.caption)}"><span class="thumb-caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</span></div>
<div class="entry-content">
<p class="post-lead"><strong>${esc(c.a.lead ?? '')}</strong></p>
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-light-blue"><p class="ez-toc-title">فهرست مطالب</p><ul class="ez-toc-list">${c.a.paras.filter(isHead).map((h) => `<li><a href="#${TOC_IDS[esc(plain(h))] ?? 'h'}">${esc(plain(h))}</a></li>`).join('')}</ul></div>
${storyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${TOC_IDS[t] ?? 'h'}"></span>${t}</h2>`, [
  `<blockquote class="wp-block-quote is-style-readmore"><p><strong>بیشتر بخوانید</strong>: <a href="https://tejaratnews.com/?p=${Number(c.id) - 2406}">${esc(a.more[0])}</a></p></blockquote>`,
  `<div class="crp_related crp-rounded-thumbs"><h3>پیشنهاد سردبیر</h3><ul>${li(a.more.slice(1, 3), 'https://tejaratnews.com/?p=', Number(c.id) - 711, ' class="crp_title"')}</ul></div>`,
  `<div class="sponsored-links"><h4>مطالب حمایت‌شده</h4><ul>${a.ads.map((t, i) => `<li><a href="https://tejaratnews.com/go/ad-${58 + i}" rel="sponsored nofollow"><img src="https://tejaratnews.com/wp-content/uploads/ads/${58 + i}.jpg" alt="">${esc(t)}</a></li>`).join('')}</ul></div>`,
  `<blockquote class="wp-block-quote is-style-readmore"><p><strong>بیشتر بخوانید</strong>: <a href="https://tejaratnews.com/?p=${Number(c.id) - 3980}">${esc(a.more[3])}</a></p></blockquote>`,
])}
<div class="telegram-invite"><a href="https://t.me/tejaratnews">برای اطلاع از قیمت لحظه‌ای طلا و سکه به کانال تجارت‌نیوز بپیوندید</a></div>
</div>
<footer class="entry-footer"><span class="tags-links">برچسب‌ها: ${tagLinks(c, 'https://tejaratnews.com/tag/', '، ')}</span>
<div class="share-bottom"><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=https://tejaratnews.com/?p=${c.id}">تلگرام</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://tejaratnews.com/?p=${c.id}">لینکدین</a> <span class="shortlink">tejaratnews.com/?p=${c.id}</span></div></footer>
</article>
<section class="related-posts"><h3 class="related-title">مطالب مرتبط</h3><ul>
${li(c.a.related, 'https://tejaratnews.com/?p=', Number(c.id) - 140)}
</ul></section>
<div id="comments" class="comments-area"><h3 class="comments-title">دیدگاه‌ها</h3>
${comments(c, (n, t, k) => `<div class="wpd-comment"><div class="wpd-comment-author">${n}</div><div class="wpd-comment-date">${persian(k ? 20 : 45)} دقیقه پیش</div><div class="wpd-comment-text"><p>${t}</p></div><div class="wpd-vote"><span class="wpd-vote-up">${persian(k ? 4 : 17)}</span> <span class="wpd-vote-down">${persian(k ? 1 : 5)}</span></div></div>`)}
<form id="commentform"><textarea name="comment" placeholder="دیدگاه شما"></textarea><input type="submit" value="ارسال دیدگاه"></form></div>
</main>
<aside id="secondary" class="col-lg-4 widget-area">
<section class="widget price-widget"><h2 class="widget-title">قیمت لحظه‌ای سکه و طلا</h2><table><tr><td>سکه امامی</td><td>${fmt(118420000)}</td></tr><tr><td>سکه بهار آزادی</td><td>${fmt(109700000)}</td></tr><tr><td>نیم سکه</td><td>${fmt(63150000)}</td></tr><tr><td>ربع سکه</td><td>${fmt(36750000)}</td></tr><tr><td>طلای ۱۸ عیار (گرم)</td><td>${fmt(11087000)}</td></tr><tr><td>انس جهانی (دلار)</td><td>${fmt(3478)}</td></tr></table><span class="price-time">به‌روزرسانی: ${persian('15:40')}</span></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">آخرین اخبار</h2><ul>
${a.latest.map(([tm, t], i) => `<li><a href="https://tejaratnews.com/?p=${Number(c.id) + 6 + i * 4}">${esc(t)}</a> <span class="post-date">${persian(tm)}</span></li>`).join('\n')}
</ul></section>
<section class="widget popular-posts"><h2 class="widget-title">پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://tejaratnews.com/?p=', Number(c.id) - 3300)}
</ol></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info">کلیه حقوق برای تجارت‌نیوز محفوظ است.</div></footer>
</div>
<script id="tejarat-main-js" src="https://tejaratnews.com/wp-content/themes/tejarat/assets/js/main.js?ver=3.8.1"></script>
</body>
</html>
`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The six texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES_RAW: A22[] = [
  {
    name: 'asriran-tehran-dams-water-pressure', site: 'asriran', at: [1, 4, 6, 8],
    url: 'https://www.asriran.com/fa/news/1048213/حجم-آب-سدهای-تهران-به-۱۴-درصد-رسید',
    title: 'حجم آب سدهای تهران به ۱۴ درصد رسید؛ افت فشار شبانه در ۲۲ منطقه ادامه دارد',
    kicker: 'جامعه', date: '۴ مرداد ۱۴۰۵ - ۱۱:۲۰', rutitr: 'کارگروه مدیریت تنش آبی استان تهران تشکیل جلسه داد',
    lead: 'حجم آب ذخیره‌شده در پنج سد تأمین‌کننده آب تهران به ۲۷۰ میلیون مترمکعب رسیده که تنها ۱۴ درصد ظرفیت این سدهاست؛ شرکت آب و فاضلاب استان تهران می‌گوید کاهش فشار شبانه آب تا پایان شهریور در هر ۲۲ منطقه پایتخت ادامه می‌یابد.',
    paras: [
      'به گزارش عصر ایران، بر اساس تازه‌ترین آمار شرکت مدیریت منابع آب ایران، حجم آب ورودی به سدهای تهران از ابتدای سال آبی جاری ۴۱ درصد کمتر از میانگین بلندمدت بوده است. سد لار با ۶ درصد و سد امیرکبیر با ۱۱ درصد پرشدگی، کم‌آب‌ترین سدهای استان هستند.',
      'این آمار صبح امروز (یکشنبه) در جلسه کارگروه مدیریت تنش آبی استان تهران بررسی شد؛ جلسه‌ای که با حضور معاون عمرانی استاندار، نمایندگان شهرداری و نسرین طاهرخانی، عضو کمیسیون محیط زیست شورای شهر تهران، در ساختمان استانداری برگزار شد.',
      'مدیرعامل شرکت آب و فاضلاب استان تهران، کیومرث دلاوری‌زاده، پس از این جلسه به خبرنگاران گفت: مصرف روزانه آب تهران در هفته گذشته به ۳ میلیون و ۴۰۰ هزار مترمکعب رسید، در حالی که سقف پایدار برای تابستان امسال ۲ میلیون و ۹۰۰ هزار مترمکعب است. اگر مصرف پایین نیاید، ناچاریم ساعت‌های کاهش فشار را بیشتر کنیم.',
      'وی افزود: از یک میلیون و ۹۰۰ هزار مشترک آب در تهران، حدود ۳۰۰ هزار مشترک پرمصرف شناسایی شده‌اند و برای ۴۲ هزار مشترکی که مصرفشان چند ماه پیاپی از الگو بالاتر بوده، پیامک اخطار فرستاده شده است.',
      'به گفته دلاوری‌زاده، نصب ۱۲ هزار دستگاه کاهنده فشار در ساختمان‌های بلندمرتبه نیز تا پایان مرداد تمام می‌شود.',
      'محمدصادق رفیعیان، استاد مهندسی منابع آب دانشگاه تربیت مدرس، در گفت‌وگو با عصر ایران گفت: بحران امروز تهران حاصل یک تابستان خشک نیست. برداشت از آبخوان دشت تهران سال‌هاست بیشتر از تغذیه آن است و فرونشست زمین در برخی نقاط جنوب غربی پایتخت به ۲۵ سانتی‌متر در سال رسیده است.',
      'این استاد دانشگاه با بیان اینکه کاهش فشار شبانه فقط راه‌حلی کوتاه‌مدت است، افزود: دست‌کم ۲۲ درصد آب تصفیه‌شده تهران در شبکه فرسوده توزیع هدر می‌رود و بازسازی این شبکه باید اولویت نخست مدیریت شهری باشد.',
      'طاهرخانی اما از نبود اطلاع‌رسانی دقیق انتقاد کرد و گفت: مردم حق دارند بدانند آب محله‌شان چه ساعتی کم‌فشار می‌شود. شورای شهر از شرکت آب و فاضلاب خواسته است جدول ساعت‌های کاهش فشار هر منطقه را هر هفته منتشر کند.',
      'به گفته عضو کمیسیون محیط زیست شورای شهر، شهرداری تهران اکنون ۸۵۰ هکتار از فضای سبز پایتخت را با پساب تصفیه‌خانه جنوب آبیاری می‌کند و قرار است این رقم تا پایان سال به هزار و ۲۰۰ هکتار برسد.',
      'اداره کل هواشناسی استان تهران نیز اعلام کرده است که دست‌کم تا دو هفته آینده بارشی در استان پیش‌بینی نمی‌شود و دمای هوای پایتخت در روزهای پایانی هفته به ۴۰ درجه سانتی‌گراد می‌رسد.',
    ],
    tags: ['کم‌آبی تهران', 'سدهای تهران', 'افت فشار آب', 'شورای شهر تهران'],
    caption: 'نمایی از دریاچه پشت سد امیرکبیر در تیر امسال', credit: 'عکس: ایسنا',
    more: ['جدول ساعت‌های افت فشار آب در مناطق شمالی تهران', 'فرونشست زمین به فرودگاه امام رسید؟'],
    ads: ['خرید پکیج تصفیه آب خانگی با ۱۸ ماه گارانتی', 'مخزن آب ۱۰۰۰ لیتری با ارسال رایگان', 'پمپ آب بی‌صدا برای آپارتمان'],
    video: 'وضعیت سد لار از نگاه پهپاد',
    poll: ['به نظر شما مؤثرترین راه کاهش مصرف آب در تهران چیست؟', ['افزایش قیمت آب پرمصرف‌ها', 'نصب کاهنده فشار', 'اطلاع‌رسانی و آموزش', 'جیره‌بندی']],
    latest: [['11:12', 'زمان واریز یارانه مرداد اعلام شد'], ['11:05', 'واکنش وزارت خارجه به بیانیه اتحادیه اروپا'], ['10:58', 'آتش‌سوزی در بازار تجریش مهار شد'], ['10:41', 'قیمت دلار امروز یکشنبه ۴ مرداد'], ['10:30', 'پیش‌فروش بلیت قطارهای شهریور آغاز شد']],
    related: ['تهران در آستانه جیره‌بندی آب؟', 'مصرف آب در تهران از مرز ۳ میلیون مترمکعب گذشت', 'وزیر نیرو: انتقال آب طالقان به تهران تا پاییز'],
    mostRead: ['ساعت کاری ادارات تهران در مرداد تغییر کرد', 'فهرست مناطق پرمصرف آب در پایتخت', 'زمان بارش‌های پاییزی از نگاه هواشناسی', 'قیمت کولر آبی در بازار'],
    comments: [['شهروند منطقه ۵', 'شب‌ها آب قطع کامل است، نه افت فشار. چرا راستش را نمی‌گویند؟'], ['بهرام', 'تا وقتی آب تقریباً مجانی است، کسی صرفه‌جویی نمی‌کند.']],
    speakers: [
      { name: 'کیومرث دلاوری‌زاده', role: 'مدیرعامل شرکت آب و فاضلاب استان تهران', also_called: ['وی', 'دلاوری‌زاده'], statements: 3 },
      { name: 'محمدصادق رفیعیان', role: 'استاد مهندسی منابع آب دانشگاه تربیت مدرس', also_called: ['این استاد دانشگاه'], statements: 2 },
      { name: 'نسرین طاهرخانی', role: 'عضو کمیسیون محیط زیست شورای شهر تهران', also_called: ['طاهرخانی', 'عضو کمیسیون محیط زیست شورای شهر'], statements: 2 },
    ],
    speakers_never: ['شرکت آب و فاضلاب استان تهران', 'شرکت مدیریت منابع آب ایران', 'معاون عمرانی استاندار', 'اداره کل هواشناسی استان تهران', 'شورای شهر'],
    figures: [
      { value: 5, unit: 'سد', kind: 'count', about: '«پنج سد» تأمین‌کننده آب تهران (count in words, lead)' },
      { value: 270000000, unit: 'مترمکعب', kind: 'measure', about: '«۲۷۰ میلیون مترمکعب» حجم آب سدها (lead)' },
      { value: 14, unit: 'درصد', kind: 'percent', about: 'پرشدگی سدها (title, lead)' },
      { value: 22, unit: 'منطقه', kind: 'count', about: '«هر ۲۲ منطقه» پایتخت (title, lead)' },
      { value: 41, unit: 'درصد', kind: 'percent', about: 'کاهش ورودی سدها نسبت به میانگین بلندمدت' },
      { value: 6, unit: 'درصد', kind: 'percent', about: 'پرشدگی سد لار' },
      { value: 11, unit: 'درصد', kind: 'percent', about: 'پرشدگی سد امیرکبیر' },
      { value: 3400000, unit: 'مترمکعب', kind: 'measure', about: '«۳ میلیون و ۴۰۰ هزار مترمکعب» مصرف روزانه (kept; «روزانه» is its basis)' },
      { value: 2900000, unit: 'مترمکعب', kind: 'measure', about: '«۲ میلیون و ۹۰۰ هزار مترمکعب» سقف پایدار مصرف' },
      { value: 1900000, unit: 'مشترک', kind: 'count', about: '«یک میلیون و ۹۰۰ هزار مشترک» آب تهران' },
      { value: 300000, unit: 'مشترک', kind: 'count', about: '«حدود ۳۰۰ هزار مشترک» پرمصرف' },
      { value: 42000, unit: 'مشترک', kind: 'count', about: 'مشترکان اخطارگرفته' },
      { value: 12000, unit: 'دستگاه', kind: 'count', about: '«۱۲ هزار دستگاه» کاهنده فشار' },
      { value: 25, unit: 'سانتی‌متر', kind: 'measure', about: 'فرونشست سالانه (kept; «در سال» is its basis)' },
      { value: 22, unit: 'درصد', kind: 'percent', about: '«دست‌کم ۲۲ درصد» هدررفت آب در شبکه' },
      { value: 850, unit: 'هکتار', kind: 'measure', about: 'فضای سبز آبیاری‌شده با پساب' },
      { value: 1200, unit: 'هکتار', kind: 'measure', about: '«هزار و ۲۰۰ هکتار» هدف پایان سال' },
      { value: 40, unit: 'درجه سانتی‌گراد', kind: 'measure', about: 'دمای پیش‌بینی‌شده پایتخت' },
    ],
    figures_never: ['«پایان شهریور», «ابتدای سال آبی جاری», «صبح امروز (یکشنبه)», «هفته گذشته», «تابستان امسال», «پایان مرداد», «پایان سال», «روزهای پایانی هفته»: dates', '«دو هفته آینده», «سال‌هاست»: durations', '«چند ماه پیاپی»: vague', '«یک تابستان خشک»: lone «یک»', '«اولویت نخست»: ordinal', '«روزانه», «در سال», «هر هفته»: bases and frequencies', 'the native-ad titles («۱۸ ماه گارانتی», «مخزن آب ۱۰۰۰ لیتری»), the read-more list, the poll, the video title, the «آخرین اخبار» sidebar, comment likes and the comment counts line: not body'],
    notes: [
      'A society story of Asriran (the «nsite» agency CMS: /fa/news/<id>/<slug>, .news_path breadcrumb, .news_nav code and date lines, .rutitr, h1.title, .subtitle lead, div.body). The date line puts the TIME BEFORE the date with a zero-padded day, «تاریخ انتشار: ۱۱:۲۰ - ۰۴ مرداد ۱۴۰۵»; JSON-LD NewsArticle gives 2026-07-26T11:20:00+03:30 (the gold). Share bars top and bottom (with print and a short link); cover with caption and credit; INSIDE the body, in this order: a plain «بیشتر بخوانید» LIST of two links after paragraph 2, a Yektanet NATIVE-AD grid with thumbnails and the label «تبلیغات» after paragraph 5, an Aparat VIDEO box with its title «ویدیو | …» after paragraph 7, an in-story POLL («نظرسنجی», four options, «ثبت رأی», «مشاهده نتایج») after paragraph 9; then tags, related, comments with the nsite counts line («انتشار یافته / در انتظار بررسی / غیر قابل انتشار») and likes/dislikes, a «آخرین اخبار» sidebar with times, most-viewed, a Telegram invite, footer.',
      'statements: Delavarizadeh, introduced as «ROLE، NAME،»: «… پس از این جلسه به خبرنگاران گفت:» (multi-sentence quote, once), «وی افزود:» (one), «به گفته دلاوری‌زاده، …» (one) = 3; Rafieian: «NAME، ROLE، در گفت‌وگو با عصر ایران گفت:» (multi-sentence quote, once), «این استاد دانشگاه با بیان اینکه … افزود:» (one sentence, one) = 2; Taherkhani is first met IN PASSING among those present at the meeting, then speaks by surname, «طاهرخانی اما … انتقاد کرد و گفت:» (one, multi-sentence quote), and by a shorter role alone, «به گفته عضو کمیسیون محیط زیست شورای شهر، …» (one) = 2.',
      'The water company in the lead («… می‌گوید») and the weather office («اعلام کرده است») are organizations; the deputy governor is present only and never named. «پنج سد» is a count in words; «۲۲ منطقه» and «۲۲ درصد» are two figures; the daily consumption and the yearly subsidence are kept with their basis left out; «هزار و ۲۰۰ هکتار» is 1200.',
    ],
  },
  {
    name: 'khabarfoori-khuzestan-heat-closure', site: 'khabarfoori', at: [1, 4, 6, 8],
    url: 'https://www.khabarfoori.com/بخش-اخبار-اجتماعی-3/3124587-دمای-اهواز-به-۵۱-درجه-رسید',
    title: 'دمای اهواز به ۵۱ درجه رسید؛ ادارات ۱۹ شهرستان خوزستان فردا تعطیل است',
    kicker: 'اجتماعی', date: '۶ مرداد ۱۴۰۵ - ۲۱:۱۵', rutitr: 'موج گرما در جنوب غرب کشور',
    lead: 'با ثبت دمای ۵۱ درجه سانتی‌گراد در اهواز و ۵۰ درجه در امیدیه، ادارات و بانک‌های ۱۹ شهرستان خوزستان فردا (چهارشنبه) تعطیل است؛ شمار گرمازدگانی که در سه روز گذشته به مراکز درمانی استان مراجعه کرده‌اند به ۴۱۶ نفر رسیده است.',
    paras: [
      'به گزارش خبرفوری، تصمیم تعطیلی عصر امروز در جلسه شورای هماهنگی مدیریت بحران استان گرفته شد. بر اساس این مصوبه، مراکز درمانی، آتش‌نشانی و واحدهای خدمات‌رسان آب و برق از تعطیلی مستثنا هستند و کار در کارگاه‌های ساختمانی روباز نیز از ساعت ۱۰ تا ۱۷ ممنوع است.',
      'مدیرکل مدیریت بحران استانداری خوزستان بهنام سواری‌نژاد پس از این جلسه گفت: شاخص گرمایی در نوار جنوبی استان به دلیل رطوبت بالای ۷۰ درصد به سطح خطرناک رسیده است. تا زمانی که دمای هوا از ۴۹ درجه پایین‌تر نیاید، تصمیم تعطیلی هر روز بازبینی می‌شود.',
      'وی افزود: مصرف برق استان دیشب به ۸ هزار و ۷۰۰ مگاوات رسید که رکورد تازه‌ای است. از مردم می‌خواهیم کولرهای گازی را روی دمای ۲۵ درجه تنظیم کنند تا شبکه دچار خاموشی گسترده نشود.',
      'به گفته سواری‌نژاد، ۶۰ دستگاه آب‌سردکن سیار نیز در ایستگاه‌های اتوبوس و پایانه‌های مسافربری اهواز مستقر شده است.',
      'در همین حال، اورژانس بیمارستان‌های اهواز از روز شنبه در حالت آماده‌باش کامل است. در بیمارستان گلستان، تیم‌های درمانی به سرپرستی لیلا عبیداوی، رئیس بخش اورژانس این بیمارستان، نیروهای شیفت شب را افزایش داده‌اند.',
      'سخنگوی دانشگاه علوم پزشکی جندی‌شاپور اهواز، فرهاد نیسی‌پور، نیز اعلام کرد که از ۴۱۶ مراجع گرمازده، ۳۸ نفر در بیمارستان بستری شده‌اند و حال ۳ نفر از آنان وخیم است. او گفت: بیشتر بستری‌ها کارگران ساختمانی و کشاورزانی هستند که در ساعات میانی روز زیر آفتاب کار کرده‌اند.',
      'عبیداوی در گفت‌وگو با خبرفوری گفت: علائم گرمازدگی در سالمندان گاهی با سکته مغزی اشتباه گرفته می‌شود. هر کس دچار سرگیجه، تهوع یا تعریق شدید شد، باید فوراً به جای خنک برده شود و مایعات بنوشد.',
      'او افزود که در ۴۸ ساعت گذشته ۱۲ کودک با کم‌آبی شدید به اورژانس این بیمارستان آورده شده‌اند و خانواده‌ها نباید کودکان را حتی چند دقیقه در خودروی پارک‌شده تنها بگذارند.',
      'اداره کل هواشناسی خوزستان نیز پیش‌بینی کرده است که موج گرما دست‌کم تا پایان هفته ادامه دارد. به گزارش این اداره کل، میانگین دمای بیشینه استان در تیر امسال ۲٫۳ درجه بالاتر از میانگین بلندمدت بوده است.',
    ],
    tags: ['موج گرما', 'خوزستان', 'تعطیلی ادارات', 'گرمازدگی'],
    caption: 'خیابان‌های خلوت اهواز در ظهر سه‌شنبه', credit: 'عکس: خبرفوری',
    more: ['ادارات کدام استان‌ها فردا تعطیل است؟', 'رکورد مصرف برق کشور شکسته شد', 'چه کنیم تا کولر گازی کمتر برق مصرف کند؟'],
    ads: ['کولر گازی اینورتر با ۲۴ قسط بدون سود', 'بیمه درمان تکمیلی آنلاین؛ استعلام در ۲ دقیقه', 'سفر به ارمنستان با تور ۴ شب فقط با ۱۹ میلیون'],
    video: 'ویدیو | خیابان‌های اهواز در ساعت ۲ بعدازظهر',
    timeline: [['۲۰:۴۰', 'ادارات خوزستان فردا تعطیل شد'], ['۱۴:۱۵', 'دمای اهواز از ۵۰ درجه گذشت'], ['دیروز', 'هشدار قرمز هواشناسی برای خوزستان']],
    latest: [['21:09', 'نتایج کنکور سراسری کی اعلام می‌شود؟'], ['21:02', 'تصادف زنجیره‌ای در آزادراه قزوین-رشت'], ['20:55', 'آتش‌سوزی جنگل‌های گلستان مهار شد'], ['20:47', 'قیمت طلا امروز سه‌شنبه ۶ مرداد'], ['20:31', 'جزئیات تازه از طرح ترافیک تابستانی']],
    related: ['تعطیلی ادارات خوزستان در تیر؛ پنج روز در یک ماه', 'برق چند شهر خوزستان قطع شد', 'گرمازدگی ۴۰ کارگر در ماهشهر'],
    mostRead: ['جدول خاموشی‌های تهران برای فردا', 'مرخصی استحقاقی کارکنان دولت افزایش یافت', 'کدام استان‌ها فردا تعطیل هستند؟', 'علائم گرمازدگی را بشناسید'],
    comments: [['اهوازی', 'هر سال همین است؛ برق که قطع می‌شود، تعطیلی هم دردی دوا نمی‌کند.'], ['کارگر ساختمانی', 'ساعت ۱۰ تا ۱۷ کار نکنیم، حقوقمان را چه کسی می‌دهد؟']],
    speakers: [
      { name: 'بهنام سواری‌نژاد', role: 'مدیرکل مدیریت بحران استانداری خوزستان', also_called: ['وی', 'سواری‌نژاد'], statements: 3 },
      { name: 'فرهاد نیسی‌پور', role: 'سخنگوی دانشگاه علوم پزشکی جندی‌شاپور اهواز', also_called: ['او'], statements: 2 },
      { name: 'لیلا عبیداوی', role: 'رئیس بخش اورژانس این بیمارستان', also_called: ['عبیداوی', 'او'], statements: 2 },
    ],
    speakers_never: ['شورای هماهنگی مدیریت بحران', 'اداره کل هواشناسی خوزستان', 'بیمارستان گلستان'],
    figures: [
      { value: 51, unit: 'درجه سانتی‌گراد', kind: 'measure', about: 'دمای اهواز (title, lead)' },
      { value: 50, unit: 'درجه سانتی‌گراد', kind: 'measure', about: '«۵۰ درجه در امیدیه» (lead)' },
      { value: 19, unit: 'شهرستان', kind: 'count', about: 'شهرستان‌های تعطیل (title, lead)' },
      { value: 416, unit: 'نفر', kind: 'count', about: 'گرمازدگان سه روز گذشته (lead; repeated «۴۱۶ مراجع»)' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بالای ۷۰ درصد» رطوبت' },
      { value: 49, unit: 'درجه سانتی‌گراد', kind: 'measure', about: 'آستانه دمای تعطیلی' },
      { value: 8700, unit: 'مگاوات', kind: 'measure', about: '«۸ هزار و ۷۰۰ مگاوات» مصرف برق' },
      { value: 25, unit: 'درجه سانتی‌گراد', kind: 'measure', about: 'دمای توصیه‌شده کولر' },
      { value: 60, unit: 'دستگاه', kind: 'count', about: 'آب‌سردکن‌های سیار' },
      { value: 38, unit: 'نفر', kind: 'count', about: 'بستری‌ها' },
      { value: 3, unit: 'نفر', kind: 'count', about: 'بیماران وخیم' },
      { value: 12, unit: 'کودک', kind: 'count', about: 'کودکان دچار کم‌آبی' },
      { value: 2.3, unit: 'درجه سانتی‌گراد', kind: 'measure', about: '«۲٫۳ درجه» بالاتر بودن میانگین دمای بیشینه تیر' },
    ],
    figures_never: ['«فردا (چهارشنبه)», «عصر امروز», «دیشب», «روز شنبه», «پایان هفته», «تیر امسال»: dates', '«سه روز گذشته», «۴۸ ساعت گذشته», «چند دقیقه»: durations', '«ساعت ۱۰ تا ۱۷»: clock times', '«هر روز»: frequency', 'the timeline box («۲۰:۴۰», «۵۰ درجه» in a headline), the special-offer cards, the video title and its duration, the sponsored links («۲۴ قسط», «۴ شب», «۱۹ میلیون»), view count, comment likes, the «آخرین اخبار» sidebar: not body'],
    notes: [
      'A society story of Khabarfoori (own CMS, «بخش-اخبار-اجتماعی-3/<id>-<slug>» URLs, Bootstrap grid): meta article:published_time and JSON-LD NewsArticle give 2026-07-28T21:15:00+03:30 (the gold; dateModified 25 minutes later); visible «سه‌شنبه ۶ مرداد ۱۴۰۵ ساعت ۲۱:۱۵» next to the news code and views. A STICKY SHARE BAR and breadcrumb before the rutitr; lead <p class="kf-lead">; a «روند خبر» NEWS-TIMELINE box (three earlier headlines of the heat file with times) BETWEEN THE LEAD AND THE COVER; inside the body: a «پیشنهاد ویژه» box of two CARDS WITH THUMBNAILS after paragraph 2, an HTML5 VIDEO with its title «ویدیو | …» and «مدت ویدیو» after paragraph 5, a single bold «بیشتر بخوانید:» line after paragraph 7, a SPONSORED «لینک‌های پیشنهادی» list after paragraph 9; tags, bottom share row, an Eitaa/Bale channel invite, related, comments with minutes-ago times and likes, «آخرین اخبار» sidebar with times, most-viewed, footer and a COOKIE BAR.',
      'statements: Savarinejad, introduced as «ROLE NAME» without commas: «… پس از این جلسه گفت:» (multi-sentence quote, once), «وی افزود:» (two-sentence quote, once), «به گفته سواری‌نژاد، …» (one) = 3; Neisipour: «ROLE، NAME، نیز اعلام کرد که …» (one), «او گفت:» (one) = 2; Abidawi is first met IN PASSING as the head of the emergency ward leading the teams (no statement), then speaks by surname, «عبیداوی در گفت‌وگو با خبرفوری گفت:» (multi-sentence quote, once), and «او افزود که …» (one) = 2. Her role is given as the body first gives it, «رئیس بخش اورژانس این بیمارستان» (the hospital is named just before: بیمارستان گلستان).',
      'The crisis council and the weather office («پیش‌بینی کرده است», «به گزارش این اداره کل») are organizations. Temperatures are measures in درجه سانتی‌گراد, also where the body writes only «درجه» (۵۰، ۴۹، ۲۵ and the anomaly ۲٫۳); «۴۱۶ مراجع» repeats the lead\'s 416 نفر; «ساعت ۱۰ تا ۱۷» is a clock range, not a figure.',
    ],
  },
  {
    name: 'entekhab-norduz-armenia-transit', site: 'entekhab', at: [1, 3, 5, 7],
    url: 'https://www.entekhab.ir/fa/news/856214/تردد-کامیون‌ها-از-مرز-نوردوز-۳۴-درصد-بیشتر-شد',
    title: 'تردد کامیون‌ها از مرز نوردوز ۳۴ درصد بیشتر شد؛ ارمنستان جاده جنوبی را تعریض می‌کند',
    kicker: 'اقتصادی', date: '۷ مرداد ۱۴۰۵ - ۱۸:۱۰', rutitr: 'نشست مشترک حمل‌ونقل ایران و ارمنستان در تبریز',
    lead: 'در چهار ماه نخست امسال ۶۸ هزار کامیون از گذرگاه مرزی نوردوز میان ایران و ارمنستان عبور کرده‌اند که ۳۴ درصد بیشتر از مدت مشابه پارسال است؛ ایروان وعده داده بخش کوهستانی جاده منتهی به مرز ایران تا پایان ۲۰۲۷ تعریض شود.',
    paras: [
      'به گزارش انتخاب، بر اساس آمار سازمان راهداری و حمل‌ونقل جاده‌ای، وزن کالاهایی که در این مدت از نوردوز جابه‌جا شده به یک میلیون و ۱۵۰ هزار تن رسیده و حدود ۴۰ درصد آن، بار ترانزیتی میان بنادر خلیج فارس و دریای سیاه بوده است.',
      'علیرضا شهبازی‌نیا، معاون وزیر راه و شهرسازی و رئیس سازمان راهداری و حمل‌ونقل جاده‌ای، امروز در نشست مشترک با هیئت ارمنستان در تبریز گفت: نوردوز برای ما فقط یک مرز دوجانبه نیست، بلکه کوتاه‌ترین راه زمینی ایران به گرجستان و دریای سیاه است. می‌خواهیم ظرفیت عبور روزانه این گذرگاه را از ۵۰۰ به هزار کامیون برسانیم.',
      'وی افزود: توقف کامیون‌ها در صف مرز اکنون به‌طور میانگین ۹ ساعت است و با نصب دستگاه دوم ایکس‌ری، این زمان تا پایان سال به کمتر از ۳ ساعت می‌رسد.',
      'در این نشست که رحیم صفرزاده، دبیر انجمن شرکت‌های حمل‌ونقل بین‌المللی آذربایجان شرقی، نیز در آن حضور داشت، دو طرف درباره ساخت پایانه مشترک بار در دو سوی رود ارس گفت‌وگو کردند.',
      'آرمن هاروتیونیان، معاون وزیر مدیریت سرزمینی و زیرساخت‌های ارمنستان، در این نشست گفت: عملیات تعریض ۳۲ کیلومتر از جاده کاجاران به مغری از پاییز آغاز می‌شود و بانک توسعه آسیایی ۱۸۰ میلیون دلار از هزینه آن را می‌پردازد. با پایان این طرح، عبور کامیون‌ها از گردنه‌های جنوب ارمنستان دست‌کم دو ساعت کوتاه‌تر می‌شود.',
      'هاروتیونیان افزود که ارمنستان آماده است شمار مجوزهای تردد کامیون‌های ایرانی را در سال آینده میلادی به ۱۲ هزار مجوز برساند.',
      'صفرزاده اما به خبرنگار انتخاب گفت: مشکل اصلی رانندگان ما در این مسیر جاده نیست، سوخت است. هر لیتر گازوئیل در ارمنستان حدود یک دلار و ۲۰ سنت قیمت دارد و کامیون‌های ایرانی اجازه ندارند بیش از ۳۰۰ لیتر سوخت در باک داشته باشند.',
      'دبیر انجمن شرکت‌های حمل‌ونقل بین‌المللی آذربایجان شرقی همچنین گفت از حدود ۲ هزار و ۶۰۰ کامیون ایرانی فعال در این مسیر، نزدیک به ۷۰۰ دستگاه بیش از ۲۵ سال عمر دارند و از پس شیب‌های تند جاده‌های ارمنستان برنمی‌آیند.',
      'شهبازی‌نیا در پایان نشست از امضای تفاهم‌نامه‌ای برای صدور الکترونیکی بارنامه در دو طرف مرز خبر داد. به گفته رئیس سازمان راهداری، این سامانه از مهر امسال به‌صورت آزمایشی در نوردوز راه‌اندازی می‌شود.',
    ],
    tags: ['نوردوز', 'ارمنستان', 'ترانزیت', 'سازمان راهداری'],
    caption: 'صف کامیون‌ها در گذرگاه مرزی نوردوز', credit: 'عکس: ایرنا',
    more: ['کریدور شمال-جنوب؛ ارمنستان یا جمهوری آذربایجان؟', 'قیمت گازوئیل در کشورهای همسایه چقدر است؟'],
    ads: ['اخذ ویزای گرجستان در ۷ روز کاری', 'فروش اقساطی کامیون کشنده با ۳۰ درصد پیش‌پرداخت', 'بیمه باربری بین‌المللی با پوشش کامل'],
    poll: ['کدام مسیر ترانزیتی برای ایران مهم‌تر است؟', ['ارمنستان و گرجستان', 'جمهوری آذربایجان و روسیه', 'ترکیه']],
    latest: [['18:02', 'نشست خبری سخنگوی دولت لغو شد'], ['17:55', 'تیم ملی والیبال به نیمه‌نهایی رسید'], ['17:48', 'قیمت خودرو امروز چهارشنبه ۷ مرداد'], ['17:36', 'بازداشت عامل انتشار شایعه در فضای مجازی'], ['17:20', 'اعلام زمان ثبت‌نام مدارس غیردولتی']],
    related: ['مرز نوردوز ۲۴ ساعته شد', 'ایروان: کریدور ارمنستان جایگزین ندارد', 'کامیون‌داران ایرانی در گرجستان چه مشکلی دارند؟'],
    mostRead: ['جزئیات سفر وزیر خارجه ارمنستان به تهران', 'کدام کالاها از نوردوز صادر می‌شوند؟', 'قیمت تازه کامیون‌های وارداتی', 'ممنوعیت تردد شبانه کامیون در جاده چالوس'],
    comments: [['راننده تبریزی', 'گردنه‌های ارمنستان در زمستان واقعاً خطرناک است؛ تعریض جاده کار درستی است.'], ['ناصر', 'آمار ۶۸ هزار کامیون خیلی زیاد نیست، مرز بازرگان چند برابر این است.']],
    speakers: [
      { name: 'علیرضا شهبازی‌نیا', role: 'معاون وزیر راه و شهرسازی و رئیس سازمان راهداری و حمل‌ونقل جاده‌ای', also_called: ['وی', 'شهبازی‌نیا', 'رئیس سازمان راهداری'], statements: 4 },
      { name: 'آرمن هاروتیونیان', role: 'معاون وزیر مدیریت سرزمینی و زیرساخت‌های ارمنستان', also_called: ['هاروتیونیان'], statements: 2 },
      { name: 'رحیم صفرزاده', role: 'دبیر انجمن شرکت‌های حمل‌ونقل بین‌المللی آذربایجان شرقی', also_called: ['صفرزاده'], statements: 2 },
    ],
    speakers_never: ['سازمان راهداری و حمل‌ونقل جاده‌ای', 'ایروان', 'بانک توسعه آسیایی', 'هیئت ارمنستان'],
    figures: [
      { value: 68000, unit: 'کامیون', kind: 'count', about: '«۶۸ هزار کامیون» عبوری در چهار ماه (lead)' },
      { value: 34, unit: 'درصد', kind: 'percent', about: 'رشد تردد (title, lead)' },
      { value: 1150000, unit: 'تن', kind: 'measure', about: '«یک میلیون و ۱۵۰ هزار تن» کالا' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«حدود ۴۰ درصد» سهم بار ترانزیتی' },
      { value: 500, unit: 'کامیون', kind: 'count', about: 'ظرفیت روزانه کنونی (kept; «روزانه» is its basis)' },
      { value: 1000, unit: 'کامیون', kind: 'count', about: '«هزار کامیون» ظرفیت روزانه هدف' },
      { value: 32, unit: 'کیلومتر', kind: 'measure', about: 'طول جاده در دست تعریض' },
      { value: 180000000, unit: 'دلار', kind: 'money', about: '«۱۸۰ میلیون دلار» سهم بانک توسعه آسیایی' },
      { value: 12000, unit: 'مجوز', kind: 'count', about: 'مجوزهای تردد سال آینده' },
      { value: 1.2, unit: 'دلار', kind: 'money', about: '«یک دلار و ۲۰ سنت» قیمت هر لیتر گازوئیل (kept; «هر لیتر» is its basis; not a lone «یک»)' },
      { value: 300, unit: 'لیتر', kind: 'measure', about: 'سقف سوخت در باک' },
      { value: 2600, unit: 'کامیون', kind: 'count', about: '«۲ هزار و ۶۰۰ کامیون» فعال' },
      { value: 700, unit: 'دستگاه', kind: 'count', about: '«نزدیک به ۷۰۰ دستگاه» کامیون فرسوده' },
    ],
    figures_never: ['«چهار ماه نخست امسال», «پارسال», «پایان ۲۰۲۷», «امروز», «پاییز», «پایان سال», «سال آینده میلادی», «مهر امسال»: dates', '«۹ ساعت», «کمتر از ۳ ساعت», «دو ساعت»: durations', '«۲۵ سال عمر»: an age', '«دستگاه دوم»: ordinal', '«دو طرف», «دو سوی رود ارس»: anaphoric pairs', '«یک مرز دوجانبه»: lone «یک»', '«هر لیتر»: basis', 'the sponsored «رپورتاژ آگهی» list («۷ روز کاری», «۳۰ درصد پیش‌پرداخت»), the poll, the two «بخوانید:» lines, comment votes and the sidebar: not body'],
    notes: [
      'A transit story of Entekhab (the nsite agency CMS in Entekhab\'s theme): the date is NUMERIC Jalali with a dash, «۱۴۰۵/۰۵/۰۷ - ۱۸:۱۰», next to the news code; NO JSON-LD and NO article:published_time: the visible line is the only source of 2026-07-29T18:10:00+03:30 (the gold). Share rows top and bottom; rutitr, h1 title wrapped in a link, .subtitle lead, photo with caption; INSIDE div.body the read-more links are SINGLE BOLD LINES IN <p> that look like paragraphs («<p><strong>بخوانید:</strong> <a>…</a></p>», after paragraphs 2 and 6), a «رپورتاژ آگهی» SPONSORED LIST after paragraph 4, an in-story POLL after paragraph 8; tags, «اخبار پیشنهادی» cards with thumbnails, comments with «موافق / مخالف» counts, «آخرین اخبار» and most-viewed sidebars, footer.',
      'statements: Shahbazinia: «NAME، ROLE، امروز … گفت:» (multi-sentence quote, once), «وی افزود:» (one), «شهبازی‌نیا در پایان نشست از … خبر داد.» (one), «به گفته رئیس سازمان راهداری، …» (one; a shortened role-alone form) = 4; Harutyunyan (the foreign speaker, an Armenian deputy minister): «NAME، ROLE، در این نشست گفت:» (multi-sentence quote, once), «هاروتیونیان افزود که …» (one) = 2; Safarzadeh is first met IN PASSING as present at the meeting, then speaks by surname, «صفرزاده اما به خبرنگار انتخاب گفت:» (multi-sentence quote, once), and by his role alone, «دبیر انجمن … همچنین گفت …» (one) = 2 (that role-alone form is his role as first given, so it is not repeated in also_called).',
      'The road organization («بر اساس آمار»), Yerevan («وعده داده»), the Asian Development Bank and the Armenian delegation are not speakers. «یک دلار و ۲۰ سنت» is 1.2 دلار (not a lone «یک»); the capacity «از ۵۰۰ به هزار کامیون» gives two figures, kept with their basis left out; «۷۰۰ دستگاه» counts trucks with their classifier.',
    ],
  },
  {
    name: 'eghtesadnews-marriage-loan-queue', site: 'eghtesadnews', at: [0, 3, 5, 7],
    url: 'https://www.eghtesadnews.com/بخش-بانک-بیمه-11/687412-صف-وام-ازدواج-به-۸۴۰-هزار-نفر-رسید',
    title: 'صف وام ازدواج به ۸۴۰ هزار نفر رسید؛ سقف وام ۳۰۰ میلیون تومان ماند',
    kicker: 'بانک و بیمه', date: '۱۰ مرداد ۱۴۰۵ - ۱۳:۰۵', rutitr: 'گزارش بانک مرکزی به کمیسیون اقتصادی مجلس',
    lead: 'شمار متقاضیانی که در صف دریافت وام ازدواج مانده‌اند تا پایان تیر به ۸۴۰ هزار نفر رسیده و بانک‌ها در چهار ماه نخست امسال تنها به ۲۱۵ هزار نفر وام داده‌اند؛ سقف این وام برای هر یک از زوجین همچنان ۳۰۰ میلیون تومان است.',
    paras: [
      'به گزارش اقتصادنیوز، بر اساس گزارش بانک مرکزی، مبلغ وام‌های قرض‌الحسنه ازدواج پرداخت‌شده در این مدت به ۶۱ هزار میلیارد تومان رسیده است. بانک ملی با ۴۸ هزار فقره و بانک سپه با ۳۶ هزار فقره، بیشترین شمار وام ازدواج را پرداخت کرده‌اند.',
      'این آمار روز گذشته در نشست کمیسیون اقتصادی مجلس بررسی شد؛ نشستی که زهره سلیمانی‌فر، عضو کمیسیون اقتصادی مجلس، آن را اداره می‌کرد و مدیران عامل بانک‌های دولتی نیز در آن حضور داشتند.',
      'معاون نظارت بانک مرکزی فریدون اکبری‌کلور در این نشست گفت: منابع قرض‌الحسنه بانک‌ها محدود است و هر بانک باید دست‌کم ۶۵ درصد این منابع را به وام ازدواج و فرزندآوری اختصاص دهد. بانک‌هایی که از این سهم عقب بمانند، در رتبه‌بندی نظارتی امتیاز منفی می‌گیرند.',
      'وی افزود: هشت بانک تاکنون کمتر از نیمی از سهمیه خود را پرداخت کرده‌اند و نام آنها هفته آینده در فهرست بانک‌های متخلف اعلام می‌شود.',
      'سلیمانی‌فر پس از این نشست به اقتصادنیوز گفت: زوج‌ها گاهی بیش از ۹ ماه در صف می‌مانند و با تورم بالای ۳۵ درصد، در این مدت ارزش واقعی وام آب می‌رود. مجلس پیشنهاد کرده است سقف وام ازدواج در لایحه بودجه سال آینده به ۴۰۰ میلیون تومان برسد.',
      'این نماینده مجلس همچنین گفت که بیشتر بانک‌ها برای پرداخت وام، ضامن کارمند رسمی می‌خواهند و همین شرط دست‌کم ۲۰ درصد متقاضیان را از صف بیرون رانده است.',
      'پویا سرلک‌زاده، پژوهشگر اقتصاد پولی در مؤسسه عالی آموزش و پژوهش مدیریت و برنامه‌ریزی، در یادداشتی برای اقتصادنیوز نوشت: بالا بردن سقف وام بدون افزایش منابع، فقط صف را طولانی‌تر می‌کند. مانده سپرده‌های قرض‌الحسنه پس‌انداز در کل شبکه بانکی اکنون حدود ۳۸۰ هزار میلیارد تومان است و بخش بزرگی از آن صرف وام‌های دیگر می‌شود.',
      'به نوشته این پژوهشگر، اگر نرخ سپرده قانونی این نوع سپرده‌ها از ۱۰ به ۵ درصد کاهش یابد، منابع تازه‌ای برای کوتاه کردن صف وام ازدواج آزاد می‌شود.',
      'بانک مرکزی نیز اعلام کرده است که از ابتدای شهریور، ثبت‌نام متقاضیان فقط از طریق سامانه یکپارچه تسهیلات قرض‌الحسنه انجام می‌شود و بانک‌ها حق ندارند متقاضی را به شعبه دیگری ارجاع دهند.',
    ],
    tags: ['وام ازدواج', 'بانک مرکزی', 'قرض‌الحسنه', 'کمیسیون اقتصادی مجلس'],
    caption: 'صف متقاضیان وام در یکی از شعب بانک ملی در تهران', credit: 'عکس: تسنیم',
    more: ['کدام بانک‌ها وام ازدواج را زودتر می‌دهند؟', 'شرایط تازه ضامن برای وام‌های قرض‌الحسنه'],
    ads: ['وام فوری ۲۰۰ میلیونی بدون ضامن با چک صیادی', 'خرید جهیزیه اقساطی تا ۳۶ ماه', 'تالار عروسی با ۲۰ درصد تخفیف تابستانه'],
    poll: ['وام ازدواج را چند ماه پس از ثبت‌نام دریافت کردید؟', ['کمتر از ۳ ماه', 'بین ۳ تا ۹ ماه', 'هنوز دریافت نکرده‌ام']],
    timeline: [['۸ مرداد', 'بانک مرکزی: سامانه وام ازدواج یکپارچه می‌شود'], ['۲۹ تیر', 'فهرست بانک‌های بدقول در پرداخت وام ازدواج'], ['۱۸ تیر', 'سقف وام فرزندآوری تغییر کرد']],
    latest: [['12:58', 'نرخ سود بین‌بانکی کاهش یافت'], ['12:51', 'قیمت دلار امروز شنبه ۱۰ مرداد'], ['12:40', 'واریز سود سهام عدالت آغاز شد'], ['12:32', 'صادرات نفت ایران در تیر'], ['12:20', 'قیمت مسکن در منطقه ۲۲ تهران']],
    related: ['وام ازدواج ۱۴۰۵ چقدر است؟', 'بانک‌های متخلف در پرداخت وام فرزندآوری جریمه شدند', 'مصوبه مجلس درباره ضامن وام‌های خرد'],
    mostRead: ['زمان واریز عیدی بازنشستگان اعلام شد', 'قیمت طلا و سکه امروز شنبه', 'شرایط وام مسکن جوانان در سال ۱۴۰۵', 'مالیات بر خانه‌های خالی از مهر اجرا می‌شود'],
    comments: [['زوج جوان', 'یک سال است در صف بانک سپه هستیم و هنوز خبری نیست.'], ['محمد', 'ضامن کارمند رسمی از کجا بیاوریم؟ این شرط باید برداشته شود.']],
    speakers: [
      { name: 'فریدون اکبری‌کلور', role: 'معاون نظارت بانک مرکزی', also_called: ['وی'], statements: 2 },
      { name: 'زهره سلیمانی‌فر', role: 'عضو کمیسیون اقتصادی مجلس', also_called: ['سلیمانی‌فر', 'این نماینده مجلس'], statements: 2 },
      { name: 'پویا سرلک‌زاده', role: 'پژوهشگر اقتصاد پولی در مؤسسه عالی آموزش و پژوهش مدیریت و برنامه‌ریزی', also_called: ['این پژوهشگر'], statements: 2 },
    ],
    speakers_never: ['بانک مرکزی', 'بانک ملی', 'بانک سپه', 'کمیسیون اقتصادی مجلس', 'مدیران عامل بانک‌های دولتی'],
    figures: [
      { value: 840000, unit: 'نفر', kind: 'count', about: '«۸۴۰ هزار نفر» در صف وام (title, lead)' },
      { value: 215000, unit: 'نفر', kind: 'count', about: 'دریافت‌کنندگان وام در چهار ماه (lead)' },
      { value: 300000000, unit: 'تومان', kind: 'money', about: '«۳۰۰ میلیون تومان» سقف وام (title, lead)' },
      { value: 61000000000000, unit: 'تومان', kind: 'money', about: '«۶۱ هزار میلیارد تومان» وام‌های پرداخت‌شده' },
      { value: 48000, unit: 'فقره', kind: 'count', about: 'وام‌های بانک ملی' },
      { value: 36000, unit: 'فقره', kind: 'count', about: 'وام‌های بانک سپه' },
      { value: 65, unit: 'درصد', kind: 'percent', about: '«دست‌کم ۶۵ درصد» سهم وام ازدواج و فرزندآوری' },
      { value: 8, unit: 'بانک', kind: 'count', about: '«هشت بانک» عقب‌مانده (count in words)' },
      { value: 35, unit: 'درصد', kind: 'percent', about: '«بالای ۳۵ درصد» تورم' },
      { value: 400000000, unit: 'تومان', kind: 'money', about: '«۴۰۰ میلیون تومان» سقف پیشنهادی' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«دست‌کم ۲۰ درصد» متقاضیان بیرون‌رانده' },
      { value: 380000000000000, unit: 'تومان', kind: 'money', about: '«حدود ۳۸۰ هزار میلیارد تومان» مانده سپرده‌های قرض‌الحسنه پس‌انداز' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'نرخ سپرده قانونی کنونی' },
      { value: 5, unit: 'درصد', kind: 'percent', about: 'نرخ سپرده قانونی پیشنهادی' },
    ],
    figures_never: ['«پایان تیر», «چهار ماه نخست امسال», «روز گذشته», «هفته آینده», «سال آینده», «ابتدای شهریور»: dates', '«بیش از ۹ ماه»: a duration', '«کمتر از نیمی»: vague', '«هر یک از زوجین», «هر بانک»: not quantities', 'the live-rates strip and the «قیمت ارز» table, the timeline box, the read-more cards, the native ads («۲۰۰ میلیونی», «۳۶ ماه», «۲۰ درصد تخفیف»), the poll with its vote counts, comment likes: not body'],
    notes: [
      'A banking story of Eghtesadnews (own CMS, «بخش-بانک-بیمه-11/<id>-<slug>» URLs): a LIVE RATES strip above the header (dollar, euro, coin, 18k gold, stock index); JSON-LD NewsArticle with datePublished 2026-08-01T13:05:00+03:30 (the gold) and a dateModified 140 minutes later; visible «۱۰ مرداد ۱۴۰۵ | ۱۳:۰۵» BELOW the title; the rutitr is an <h2> ABOVE the <h1>; top share row with the news code; lead <p class="lead">; photo; a «اخبار مرتبط با وام ازدواج» TIMELINE box of dated headlines BEFORE the body; inside the body a «بیشتر بخوانید» CARD with thumbnail after paragraph 1 (the first body paragraph after the lead), a «مطالب پیشنهادی» NATIVE-AD row with thumbnails after paragraph 4, a second read-more card after paragraph 6, an in-story POLL with vote counts («رأی می‌دهم») after paragraph 8; tags, bottom share row, related, comments with likes, «آخرین اخبار» sidebar with times, a «قیمت ارز» table, most-viewed, newsletter box, footer.',
      'statements: Akbari-Kalour, introduced as «ROLE NAME» without commas: «… در این نشست گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Soleimanifar is first met IN PASSING as chairing the committee meeting (no statement), then speaks by surname, «سلیمانی‌فر پس از این نشست به اقتصادنیوز گفت:» (multi-sentence quote, once), and by a role-alone form, «این نماینده مجلس همچنین گفت که …» (one) = 2; Sarlakzadeh: «NAME، ROLE، در یادداشتی برای اقتصادنیوز نوشت:» (multi-sentence quote, once), «به نوشته این پژوهشگر، …» (one) = 2.',
      'The central bank («بر اساس گزارش», «اعلام کرده است») and the banks are organizations; the state banks\' CEOs are present only. «۶۱ هزار میلیارد تومان» and «۳۸۰ هزار میلیارد تومان» are written with scale words, unit تومان (not همت); «هشت بانک» is a count in words; «از ۱۰ به ۵ درصد» gives two percents.',
    ],
  },
  {
    name: 'rouydad24-foreign-tourists-evisa', site: 'rouydad24', at: [1, 3, 5, 8],
    url: 'https://www.rouydad24.ir/fa/news/452871/ورود-گردشگران-خارجی-۱۸-درصد-بیشتر-شد',
    title: 'ورود گردشگران خارجی ۱۸ درصد بیشتر شد؛ روادید الکترونیکی گروهی برای ۲۸ کشور',
    kicker: 'جامعه', date: '۱۱ مرداد ۱۴۰۵ - ۲۰:۳۰', rutitr: 'آمار چهارماهه گردشگری ورودی',
    lead: 'یک میلیون و ۹۲۰ هزار گردشگر خارجی در چهار ماه نخست امسال به ایران سفر کرده‌اند که ۱۸ درصد بیشتر از مدت مشابه پارسال است؛ درآمد ارزی کشور از گردشگری در این مدت حدود یک میلیارد و ۴۰۰ میلیون دلار برآورد شده است.',
    paras: [
      'به گزارش رویداد۲۴، بر اساس آمار وزارت میراث فرهنگی، گردشگری و صنایع دستی، عراق با ۷۱۰ هزار نفر بیشترین سهم را در میان کشورهای مبدأ داشته و پس از آن ترکیه، جمهوری آذربایجان و پاکستان قرار دارند. شمار گردشگران چینی نیز با رشد ۱۱۰ درصدی به ۴۶ هزار نفر رسیده است.',
      'مهرانگیز اسدی‌پناه معاون گردشگری وزارت میراث فرهنگی امروز در آیین آغاز صدور روادید الکترونیکی گروهی در تهران گفت: از این پس تورهای گروهی از ۲۸ کشور می‌توانند روادید خود را در کمتر از ۷۲ ساعت و بدون مراجعه به سفارت دریافت کنند. هدف ما رسیدن به ۷ میلیون گردشگر خارجی تا پایان سال است.',
      'وی افزود: ظرفیت اقامتی کشور اکنون حدود ۲۹۰ هزار تخت است و برای پذیرش این شمار گردشگر، ۴۵ هتل تازه باید تا پایان ۱۴۰۶ به بهره‌برداری برسد.',
      'در این آیین نمایندگان ۱۲ شرکت هواپیمایی خارجی و سهیل مرادخانی، رئیس انجمن صنفی دفاتر خدمات مسافرتی، نیز حضور داشتند و از سامانه تازه صدور روادید بازدید کردند.',
      'چن هائویو، مدیر بخش سفرهای خاورمیانه آژانس مسافرتی جین‌هوا در شانگهای، که برای بازدید از اصفهان و شیراز به ایران آمده است، به رویداد۲۴ گفت: گردشگر چینی سفرهای ۱۰ روزه با پرواز مستقیم را ترجیح می‌دهد. از شانگهای به تهران هنوز هفته‌ای فقط دو پرواز هست و همین، قیمت تور را بالا نگه داشته است.',
      'این مدیر چینی افزود که قیمت یک تور ۱۰ روزه ایران برای هر گردشگر چینی اکنون حدود ۲ هزار و ۳۰۰ دلار است؛ تقریباً هم‌قیمت سفری مشابه به ترکیه.',
      'مرادخانی اما گفت: دفاتر خدمات مسافرتی هنوز برای دریافت پول تورهای خارجی مشکل دارند و بخشی از گردشگران ناچارند هزینه سفر را به‌صورت نقدی همراه بیاورند. تا وقتی کارت بانکی بین‌المللی در ایران کار نکند، گردشگر اروپایی به‌سختی راضی به سفر می‌شود.',
      'رئیس انجمن صنفی دفاتر خدمات مسافرتی همچنین خبر داد که ۳۶۰ دفتر در سال گذشته مجوز جذب گردشگر خارجی گرفته‌اند، اما کمتر از یک‌سوم آنها تور ورودی برگزار کرده‌اند.',
      'پلیس مهاجرت و گذرنامه نیز اعلام کرد گردشگرانی که با روادید الکترونیکی گروهی وارد کشور می‌شوند، می‌توانند اقامت خود را یک بار و حداکثر تا ۱۵ روز تمدید کنند.',
    ],
    tags: ['گردشگری', 'روادید الکترونیکی', 'گردشگران چینی', 'وزارت میراث فرهنگی'],
    caption: 'گردشگران خارجی در میدان نقش جهان اصفهان', credit: 'عکس: ایرنا',
    more: ['سفر بدون ویزا به ایران برای شهروندان کدام کشورها آزاد است؟', 'گردشگران چینی بیشتر به کدام شهرهای ایران می‌روند؟', 'قیمت هتل‌های اصفهان در تابستان ۱۴۰۵'],
    ads: ['تور کیش ۳ شب با پرواز از ۸ میلیون تومان', 'رزرو آنلاین هتل در شیراز با تخفیف ویژه', 'آموزش زبان چینی برای راهنمایان تور'],
    video: 'گردشگران چینی در بازار وکیل شیراز',
    timeline: [['خرداد ۱۴۰۵', 'طرح روادید الکترونیکی گروهی در هیئت دولت تصویب شد'], ['تیر ۱۴۰۵', 'فهرست ۲۸ کشور مشمول اعلام شد'], ['امروز', 'صدور روادید گروهی به‌صورت رسمی آغاز شد']],
    latest: [['20:24', 'هواشناسی: گرما تا آخر هفته ادامه دارد'], ['20:19', 'سرمربی استقلال استعفا داد؟'], ['20:10', 'افزایش قیمت بلیت مترو از شهریور'], ['20:02', 'سفر وزیر امور خارجه به مسکو'], ['19:51', 'زمان اکران فیلم‌های تابستانی اعلام شد']],
    related: ['گردشگران عراقی بیشتر به کدام شهرها سفر می‌کنند؟', 'پرواز مستقیم شانگهای-تهران از سر گرفته شد', 'کارت بانکی گردشگری برای خارجی‌ها صادر می‌شود'],
    mostRead: ['تعطیلات تابستانی ادارات تهران', 'جاذبه‌های گردشگری کمتر شناخته‌شده ایران', 'قیمت بلیت هواپیمای مشهد', 'ماجرای بازداشت یک گردشگر اروپایی'],
    comments: [['مهدی از اصفهان', 'تا وقتی اینترنت و کارت بانکی مشکل دارد، گردشگر اروپایی نمی‌آید.'], ['راهنمای تور', 'روادید الکترونیکی گروهی خبر خوبی است؛ کاش برای گردشگر تک‌نفره هم باشد.']],
    speakers: [
      { name: 'مهرانگیز اسدی‌پناه', role: 'معاون گردشگری وزارت میراث فرهنگی', also_called: ['وی'], statements: 2 },
      { name: 'چن هائویو', role: 'مدیر بخش سفرهای خاورمیانه آژانس مسافرتی جین‌هوا در شانگهای', also_called: ['این مدیر چینی'], statements: 2 },
      { name: 'سهیل مرادخانی', role: 'رئیس انجمن صنفی دفاتر خدمات مسافرتی', also_called: ['مرادخانی'], statements: 2 },
    ],
    speakers_never: ['وزارت میراث فرهنگی، گردشگری و صنایع دستی', 'پلیس مهاجرت و گذرنامه', 'آژانس مسافرتی جین‌هوا'],
    figures: [
      { value: 1920000, unit: 'گردشگر', kind: 'count', about: '«یک میلیون و ۹۲۰ هزار گردشگر خارجی» (lead)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'رشد ورود گردشگران (title, lead)' },
      { value: 1400000000, unit: 'دلار', kind: 'money', about: '«یک میلیارد و ۴۰۰ میلیون دلار» درآمد ارزی (lead)' },
      { value: 710000, unit: 'نفر', kind: 'count', about: 'گردشگران عراقی' },
      { value: 110, unit: 'درصد', kind: 'percent', about: '«رشد ۱۱۰ درصدی» گردشگران چینی (unit in base form)' },
      { value: 46000, unit: 'نفر', kind: 'count', about: 'گردشگران چینی' },
      { value: 28, unit: 'کشور', kind: 'count', about: 'کشورهای مشمول روادید گروهی (title)' },
      { value: 7000000, unit: 'گردشگر', kind: 'count', about: '«۷ میلیون گردشگر خارجی» هدف پایان سال' },
      { value: 290000, unit: 'تخت', kind: 'count', about: '«حدود ۲۹۰ هزار تخت» ظرفیت اقامتی' },
      { value: 45, unit: 'هتل', kind: 'count', about: 'هتل‌های تازه لازم' },
      { value: 12, unit: 'شرکت', kind: 'count', about: 'شرکت‌های هواپیمایی خارجی حاضر' },
      { value: 2300, unit: 'دلار', kind: 'money', about: '«حدود ۲ هزار و ۳۰۰ دلار» قیمت تور ۱۰ روزه' },
      { value: 360, unit: 'دفتر', kind: 'count', about: 'دفاتر دارای مجوز جذب گردشگر خارجی' },
    ],
    figures_never: ['«چهار ماه نخست امسال», «پارسال», «امروز», «پایان سال», «پایان ۱۴۰۶», «سال گذشته»: dates', '«کمتر از ۷۲ ساعت», «۱۰ روزه», «۱۵ روز»: durations', '«هفته‌ای فقط دو پرواز»: a frequency', '«کمتر از یک‌سوم»: vague', '«یک تور», «یک بار»: lone «یک»', 'the special-offer list, the video title, the «بیشتر بخوانید:» line, the sponsored block («۳ شب», «۸ میلیون تومان»), the «ماجرا چیست؟» box («۲۸ کشور» in a headline), the photo strip, comment likes, the sidebar: not body'],
    notes: [
      'A tourism story of Rouydad24 (the nsite agency CMS in Rouydad24\'s theme, /fa/news/<id>/<slug>): meta article:published_time and JSON-LD NewsArticle give 2026-08-02T20:30:00+03:30 (the gold); visible «یکشنبه ۱۱ مرداد ۱۴۰۵ - ۲۰:۳۰» with the news code ABOVE the title; top share row; rutitr, title, lead div; a «پیشنهاد ویژه» LIST of two links BETWEEN THE LEAD AND THE PHOTO; inside the body: a VIDEO PLAYER block (poster, play button) with the video\'s title as an <h4> after paragraph 2, a single bold «بیشتر بخوانید:» line after paragraph 4, a SPONSORED block with thumbnails labelled «تبلیغات» after paragraph 6, a «ماجرا چیست؟» BACKGROUND TIMELINE (three dated steps of the e-visa plan) after paragraph 9, i.e. AFTER THE LAST PARAGRAPH; then tags, bottom share row, a «گزارش تصویری» strip of gallery links, related, comments with likes, «آخرین اخبار» sidebar with times, most-viewed, footer.',
      'statements: Asadipanah, introduced as «NAME ROLE» without commas: «… امروز در آیین … گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Chen Haoyu (the foreign speaker, a Chinese travel agency\'s manager): «NAME، ROLE، که …، به رویداد۲۴ گفت:» (multi-sentence quote, once), «این مدیر چینی افزود که …» (one) = 2; Moradkhani is first met IN PASSING among those present at the ceremony, then speaks by surname, «مرادخانی اما گفت:» (multi-sentence quote, once), and by his role alone, «رئیس انجمن صنفی دفاتر خدمات مسافرتی همچنین خبر داد که …» (one) = 2 (that role-alone form is his role as first given).',
      'The ministry («بر اساس آمار») and the migration police («اعلام کرد») are organizations; the airline representatives are present only. «رشد ۱۱۰ درصدی» is 110 درصد; «۷ میلیون گردشگر» and «یک میلیون و ۹۲۰ هزار گردشگر» are two figures with one unit; «هفته‌ای فقط دو پرواز» is a frequency, not a figure.',
    ],
  },
  {
    name: 'tejaratnews-gold-coin-bubble', site: 'tejaratnews', at: [1, 5, 7, 10], author: 'مهسا کریمی‌نژاد',
    url: 'https://tejaratnews.com/قیمت-سکه-امامی-امروز-۱۲-مرداد-۱۴۰۵-حباب-سکه/',
    title: 'سکه امامی از ۱۱۸ میلیون تومان گذشت؛ حباب سکه به ۶ درصد رسید',
    kicker: 'طلا و سکه', date: '۱۲ مرداد ۱۴۰۵ - ۱۵:۵۰', rutitr: 'گزارش بازار طلا و سکه دوشنبه',
    lead: 'قیمت سکه تمام‌بهار آزادی طرح جدید در بازار امروز (دوشنبه) تهران با ۳ میلیون و ۲۰۰ هزار تومان افزایش به ۱۱۸ میلیون و ۵۰۰ هزار تومان رسید و هر گرم طلای ۱۸ عیار نیز ۱۱ میلیون و ۹۰ هزار تومان معامله شد.',
    paras: [
      '## قیمت سکه و طلا امروز',
      'به گزارش تجارت‌نیوز، در بازار امروز نیم‌سکه ۶۳ میلیون تومان، ربع‌سکه ۳۶ میلیون و ۸۰۰ هزار تومان و سکه گرمی ۱۹ میلیون تومان قیمت خورد. اونس جهانی طلا نیز با ۱٫۴ درصد رشد به ۳ هزار و ۴۸۰ دلار رسید.',
      'محمود اسکندری‌راد، نایب‌رئیس اتحادیه طلا، جواهر و سکه تهران، در گفت‌وگو با تجارت‌نیوز گفت: حباب سکه امامی به حدود ۶ درصد رسیده است. خریداران باید بدانند بخشی از قیمت امروز هیجان بازار است، نه ارزش طلای سکه.',
      'وی افزود: حجم خرید و فروش طلا در بازار تهران در هفته گذشته حدود ۲۵ درصد کم شده و بسیاری از مشتریان به‌جای زیورآلات، سکه و شمش می‌خرند.',
      '## حباب سکه و حراج شمش',
      'مرکز مبادله ارز و طلای ایران نیز امروز ۱۸۵ کیلوگرم شمش طلا را در حراج هفتگی عرضه کرد که ۱۶۲ کیلوگرم آن فروش رفت. در این حراج نمایندگان چند صندوق طلای بورسی، از جمله کاوه یزدان‌مهر، مدیر سرمایه‌گذاری صندوق طلای نگین، حضور داشتند.',
      'یزدان‌مهر پس از حراج به تجارت‌نیوز گفت: صندوق‌های طلا امروز بزرگ‌ترین خریدار شمش بودند. ارزش صندوق‌های طلای بورسی از ابتدای سال به ۵۴ همت رسیده و مردم این صندوق‌ها را به خرید فیزیکی سکه ترجیح می‌دهند.',
      'به گفته مدیر سرمایه‌گذاری صندوق طلای نگین، سهم صندوق‌ها از شمش فروخته‌شده در حراج امروز بیش از ۷۰ درصد بود.',
      '## بازار جهانی طلا',
      'در بازار جهانی نیز سوفی لامبر، تحلیلگر ارشد فلزات گران‌بها در بانک سوسیته ژنرال، در یادداشتی برای مشتریان این بانک نوشت: خرید طلا از سوی بانک‌های مرکزی در نیمه نخست ۲۰۲۶ به ۵۲۰ تن رسیده است. تا وقتی این روند ادامه دارد، بعید است اونس طلا به زیر ۳ هزار و ۳۰۰ دلار برگردد.',
      'لامبر همچنین پیش‌بینی کرد که کاهش نرخ بهره آمریکا در پاییز، قیمت هر اونس طلا را تا پایان سال میلادی به ۳ هزار و ۷۰۰ دلار برساند.',
      'فعالان بازار می‌گویند تا زمانی که نرخ دلار در بازار آزاد تهران بالای ۹۰ هزار تومان بماند، احتمال افت محسوس قیمت سکه کم است.',
    ],
    tags: ['قیمت سکه', 'حباب سکه', 'حراج شمش طلا', 'اونس جهانی'],
    caption: 'ویترین یک طلافروشی در بازار بزرگ تهران', credit: 'عکس: تجارت‌نیوز',
    more: ['پیش‌بینی قیمت سکه برای هفته دوم مرداد', 'خرید سکه بهتر است یا صندوق طلا؟', 'مالیات بر خرید طلا از مهر اجرا می‌شود؟', 'نتیجه حراج شمش طلا در هفته گذشته'],
    ads: ['خرید طلای آب‌شده آنلاین از ۱۰۰ هزار تومان', 'صندوق طلای بورسی؛ سرمایه‌گذاری بدون دغدغه نگهداری', 'سرویس طلای عروس با اجرت ۷ درصد'],
    latest: [['15:44', 'قیمت دلار امروز دوشنبه ۱۲ مرداد'], ['15:37', 'شاخص بورس در کانال ۳ میلیون و ۴۰۰ هزار واحد'], ['15:30', 'قیمت خودروهای ایران‌خودرو در بازار'], ['15:18', 'قیمت بیت‌کوین امروز'], ['15:02', 'نرخ حواله درهم در مرکز مبادله']],
    related: ['قیمت طلا و سکه امروز یکشنبه ۱۱ مرداد', 'حباب سکه ربع از ۱۵ درصد گذشت', 'چرا قیمت اونس طلا بالا رفت؟'],
    mostRead: ['پیش‌بینی قیمت طلا در هفته آینده', 'قیمت سکه در بانک کشاورزی', 'خرید طلا با کارت ملی', 'بهترین صندوق‌های طلای بورس'],
    comments: [['سرمایه‌گذار خرد', 'حباب ۶ درصد یعنی الان وقت خرید نیست.'], ['فریبا', 'صندوق طلا خیلی راحت‌تر از نگهداری سکه در خانه است.']],
    speakers: [
      { name: 'محمود اسکندری‌راد', role: 'نایب‌رئیس اتحادیه طلا، جواهر و سکه تهران', also_called: ['وی'], statements: 2 },
      { name: 'کاوه یزدان‌مهر', role: 'مدیر سرمایه‌گذاری صندوق طلای نگین', also_called: ['یزدان‌مهر'], statements: 2 },
      { name: 'سوفی لامبر', role: 'تحلیلگر ارشد فلزات گران‌بها در بانک سوسیته ژنرال', also_called: ['لامبر'], statements: 2 },
    ],
    speakers_never: ['مرکز مبادله ارز و طلای ایران', 'فعالان بازار', 'بانک سوسیته ژنرال', 'صندوق طلای نگین'],
    figures: [
      { value: 3200000, unit: 'تومان', kind: 'money', about: '«۳ میلیون و ۲۰۰ هزار تومان» افزایش قیمت سکه (lead)' },
      { value: 118500000, unit: 'تومان', kind: 'money', about: '«۱۱۸ میلیون و ۵۰۰ هزار تومان» قیمت سکه امامی (lead; the title\'s «۱۱۸ میلیون تومان» is the same price rounded)' },
      { value: 11090000, unit: 'تومان', kind: 'money', about: '«۱۱ میلیون و ۹۰ هزار تومان» هر گرم طلای ۱۸ عیار (kept; «هر گرم» is its basis)' },
      { value: 63000000, unit: 'تومان', kind: 'money', about: 'نیم‌سکه' },
      { value: 36800000, unit: 'تومان', kind: 'money', about: 'ربع‌سکه' },
      { value: 19000000, unit: 'تومان', kind: 'money', about: 'سکه گرمی' },
      { value: 1.4, unit: 'درصد', kind: 'percent', about: 'رشد اونس' },
      { value: 3480, unit: 'دلار', kind: 'money', about: '«۳ هزار و ۴۸۰ دلار» اونس جهانی' },
      { value: 6, unit: 'درصد', kind: 'percent', about: '«حدود ۶ درصد» حباب سکه (title)' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'کاهش حجم معاملات طلا' },
      { value: 185, unit: 'کیلوگرم', kind: 'measure', about: 'شمش عرضه‌شده در حراج' },
      { value: 162, unit: 'کیلوگرم', kind: 'measure', about: 'شمش فروخته‌شده' },
      { value: 54000000000000, unit: 'همت', kind: 'money', about: '«۵۴ همت» ارزش صندوق‌های طلا' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۰ درصد» سهم صندوق‌ها از خرید' },
      { value: 520, unit: 'تن', kind: 'measure', about: 'خرید طلای بانک‌های مرکزی' },
      { value: 3300, unit: 'دلار', kind: 'money', about: '«زیر ۳ هزار و ۳۰۰ دلار» کف اونس' },
      { value: 3700, unit: 'دلار', kind: 'money', about: '«۳ هزار و ۷۰۰ دلار» پیش‌بینی پایان سال' },
      { value: 90000, unit: 'تومان', kind: 'money', about: '«بالای ۹۰ هزار تومان» آستانه نرخ دلار' },
    ],
    figures_never: ['«۱۸ عیار»: a grade of gold, not a quantity', '«امروز (دوشنبه)», «هفته گذشته», «ابتدای سال», «نیمه نخست ۲۰۲۶», «پاییز», «پایان سال میلادی»: dates', '«حراج هفتگی»: frequency', '«هر گرم», «هر اونس»: bases', 'the sidebar LIVE PRICE TABLE (۱۱۸٬۴۲۰٬۰۰۰ etc., close to the text\'s prices), the table of contents (its entries repeat the three subheadings, which are body), the read-more quotes, the «پیشنهاد سردبیر» list, the sponsored links («۱۰۰ هزار تومان», «اجرت ۷ درصد»), «زمان مطالعه: ۳ دقیقه», comment votes: not body'],
    notes: [
      'A gold-market report of Tejaratnews on WORDPRESS (custom theme; Rank Math SEO: a schema graph with WebPage and NewsArticle, datePublished 2026-08-03T15:50:00+03:30 (the gold) and dateModified 12 minutes later, article:published_time / article:modified_time, og:updated_time; shortlink ?p=<id>); visible «دوشنبه ۱۲ مرداد ۱۴۰۵ ساعت ۱۵:۵۰» with the author and «زمان مطالعه»; top share row; featured image with caption; .entry-content starts with the BOLD LEAD paragraph, then an EASY-TOC «فهرست مطالب» box whose entries REPEAT THE THREE SUBHEADINGS of the text (h2 with anchor spans; the subheadings are body lines, the TOC is not); inside the content: a «بیشتر بخوانید» box as <blockquote class="wp-block-quote"> after the first text paragraph, a «پیشنهاد سردبیر» related-posts list (two links) after the fourth, a «مطالب حمایت‌شده» SPONSORED list with thumbnails after the sixth, a second read-more blockquote after the eighth (paragraphs counted without the subheadings), a Telegram invite closing the content; tags and bottom share row with the short link in .entry-footer; related; wpDiscuz-style comments with votes; a sidebar LIVE PRICE TABLE of coins, gold and the ounce (values close to but not equal to the text\'s), «آخرین اخبار» with times, most-viewed; footer.',
      'statements: Eskandarirad: «NAME، ROLE، در گفت‌وگو با تجارت‌نیوز گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Yazdanmehr is first met IN PASSING among the funds\' representatives at the auction (no statement), then speaks by surname, «یزدان‌مهر پس از حراج به تجارت‌نیوز گفت:» (multi-sentence quote, once), and by his role alone, «به گفته مدیر سرمایه‌گذاری صندوق طلای نگین، …» (one) = 2 (that role-alone form is his role as first given); Lambert (the foreign speaker, a Société Générale analyst): «NAME، ROLE، در یادداشتی … نوشت:» (multi-sentence quote, once), «لامبر همچنین پیش‌بینی کرد که …» (one) = 2.',
      'The exchange centre («عرضه کرد») is an organization; «فعالان بازار می‌گویند» is an unnamed group. «۵۴ همت» is 5.4e13 with unit همت; the title\'s rounded «۱۱۸ میلیون تومان» is the lead\'s 118.5e6 price, not a second figure; «۱۸ عیار» is a grade; the per-gram gold price is kept with its basis left out; «زیر ۳ هزار و ۳۰۰ دلار» and «بالای ۹۰ هزار تومان» are thresholds kept as figures.',
    ],
  },
];

/** The in-story chrome strings each family renders (boxes, ads, video, poll, timeline, sidebar). */
const RENDERS: Record<string, { more: number; video: boolean; poll: boolean; timeline: boolean }> = {
  asriran: { more: 2, video: true, poll: true, timeline: false },
  khabarfoori: { more: 3, video: true, poll: false, timeline: true },
  entekhab: { more: 2, video: false, poll: true, timeline: false },
  eghtesadnews: { more: 2, video: false, poll: true, timeline: true },
  rouydad24: { more: 3, video: true, poll: false, timeline: true },
  tejaratnews: { more: 4, video: false, poll: false, timeline: false },
};

/** Each article with the in-story chrome its page shows added to its text_excludes candidates. */
const ARTICLES: A22[] = ARTICLES_RAW.map((a) => {
  const r = RENDERS[a.site];
  return {
    ...a,
    extraExcludes: [
      a.rutitr, ...a.more.slice(0, r.more), a.ads[0], a.ads[1],
      ...(r.video ? [a.video ?? ''] : []), ...(r.poll ? [a.poll?.[0] ?? ''] : []), ...(r.timeline ? [a.timeline?.[0]?.[1] ?? ''] : []),
      a.latest[0][1], a.related[1], ...(a.extraExcludes ?? []),
    ].filter(Boolean),
  };
});

// ---------------------------------------------------------------------------------------------
// Two pages that are not articles (page text written for this set).
// ---------------------------------------------------------------------------------------------

/** [time, service, title, lead] of Fararu's latest-news list. */
const LATEST: [string, string, string, string][] = [
  ['۱۴:۵۲', 'اقتصادی', 'قیمت دلار و یورو امروز سه‌شنبه ۱۳ مرداد ۱۴۰۵', 'نرخ دلار در بازار آزاد تهران امروز در محدوده ۹۱ هزار تومان معامله شد.'],
  ['۱۴:۴۷', 'ورزشی', 'استقلال با مدافع برزیلی قرارداد بست', 'باشگاه استقلال از عقد قرارداد دوساله با یک مدافع برزیلی خبر داد.'],
  ['۱۴:۴۱', 'اجتماعی', 'ادارات کدام استان‌ها فردا تعطیل است؟', 'فهرست استان‌هایی که به دلیل گرما و صرفه‌جویی در برق فردا تعطیل هستند.'],
  ['۱۴:۳۵', 'سیاسی', 'واکنش سخنگوی وزارت خارجه به بیانیه گروه هفت', ''],
  ['۱۴:۲۸', 'بین‌الملل', 'آتش‌بس در غزه؛ دور تازه مذاکرات در قاهره', 'هیئت‌های مذاکره‌کننده برای دور تازه گفت‌وگوها وارد قاهره شدند.'],
  ['۱۴:۲۰', 'دانش', 'تلسکوپ جیمز وب تصویر تازه‌ای از سحابی شکارچی منتشر کرد', ''],
  ['۱۴:۱۳', 'اقتصادی', 'زمان واریز یارانه مرداد ۱۴۰۵ اعلام شد', 'یارانه نقدی مرداد ماه روز جمعه به حساب سرپرستان خانوار واریز می‌شود.'],
  ['۱۴:۰۶', 'سبک زندگی', 'پنج اشتباه رایج در نگهداری کولر آبی', ''],
  ['۱۳:۵۹', 'فرهنگی', 'فروش «زن و بچه» از ۱۵۰ میلیارد تومان گذشت', 'فیلم «زن و بچه» در هفته هفتم اکران همچنان پرفروش‌ترین فیلم سینماهاست.'],
  ['۱۳:۵۱', 'اجتماعی', 'نتایج اولیه کنکور سراسری هفته آینده اعلام می‌شود', ''],
  ['۱۳:۴۴', 'حوادث', 'تصادف اتوبوس زائران در محور ایلام-مهران', 'این حادثه ۱۴ مصدوم داشت که به بیمارستان منتقل شدند.'],
  ['۱۳:۳۸', 'اقتصادی', 'شاخص بورس تهران ۱٫۲ درصد رشد کرد', ''],
];

function fararuLatest(): NonArt {
  const title = 'آخرین اخبار';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آخرین اخبار | فرارو</title>
<meta name="description" content="آخرین اخبار و تازه‌ترین گزارش‌های سیاسی، اقتصادی، اجتماعی و ورزشی فرارو">
<meta name="robots" content="index, follow">
<link rel="canonical" href="https://fararu.com/fa/archive">
<link rel="stylesheet" href="https://fararu.com/client/themes/fa/main/css/archive.css?v=2.7">
</head>
<body class="archive_page">
<div class="header"><div class="header_top"><span>سه‌شنبه ${persian(13)} مرداد ${persian(1405)}</span> <a href="https://fararu.com/fa/rss">RSS</a> <a href="https://fararu.com/fa/contact">تماس با ما</a></div>
<a class="logo" href="https://fararu.com/"><img src="https://fararu.com/client/themes/fa/main/img/logo.png" alt="فرارو"></a>
<ul class="menu"><li><a href="https://fararu.com/fa/service/politics">سیاسی</a></li><li><a href="https://fararu.com/fa/service/economy">اقتصادی</a></li><li><a href="https://fararu.com/fa/service/society">اجتماعی</a></li><li><a href="https://fararu.com/fa/service/world">بین‌الملل</a></li><li><a href="https://fararu.com/fa/service/sport">ورزشی</a></li><li><a href="https://fararu.com/fa/service/science">دانش</a></li><li><a href="https://fararu.com/fa/service/lifestyle">سبک زندگی</a></li><li class="active"><a href="https://fararu.com/fa/archive">آخرین اخبار</a></li></ul></div>
<div class="container">
<div class="archive_main">
<h1 class="archive_title">${title}</h1>
<form class="archive_filter" action="https://fararu.com/fa/archive" method="get"><select name="service_id"><option value="-1">همه سرویس‌ها</option><option value="1">سیاسی</option><option value="2">اقتصادی</option><option value="3">اجتماعی</option><option value="4">ورزشی</option></select><input type="text" name="from" placeholder="از تاریخ"><input type="text" name="to" placeholder="تا تاریخ"><button type="submit">نمایش</button></form>
<div class="archive_day">سه‌شنبه ${persian(13)} مرداد ${persian(1405)}</div>
<ul class="archive_list">
${LATEST.map(([tm, svc, t, lead], i) => `<li class="archive_item"><span class="archive_time">${tm}</span> <span class="archive_service">${svc}</span> <a class="archive_item_title" href="https://fararu.com/fa/news/${874410 - i * 3}">${esc(t)}</a>${lead ? `<div class="archive_lead">${esc(lead)}</div>` : ''}</li>`).join('\n')}
</ul>
<div class="pagination"><span class="current">${persian(1)}</span> <a href="https://fararu.com/fa/archive?page=2">${persian(2)}</a> <a href="https://fararu.com/fa/archive?page=3">${persian(3)}</a> <a href="https://fararu.com/fa/archive?page=4">${persian(4)}</a> … <a href="https://fararu.com/fa/archive?page=2">صفحه بعد</a></div>
</div>
<div class="archive_side">
<div class="side_box"><div class="box_title">پربازدیدترین‌های امروز</div><ol><li><a href="https://fararu.com/fa/news/874322">جدول خاموشی برق تهران فردا</a></li><li><a href="https://fararu.com/fa/news/874201">ماجرای بازداشت یک مدیر بانکی</a></li><li><a href="https://fararu.com/fa/news/874190">قیمت طلا و سکه امروز</a></li></ol></div>
<div class="side_box ad"><a href="https://fararu.com/fa/ads" rel="sponsored"><img src="https://fararu.com/files/ads/banner-300x250.gif" alt="تبلیغات"></a></div>
<div class="side_box"><a href="https://t.me/fararu">فرارو را در تلگرام دنبال کنید</a></div>
</div>
</div>
<div class="footer"><p>کلیه حقوق این سایت متعلق به فرارو است.</p><p><a href="https://fararu.com/fa/about">درباره ما</a> | <a href="https://fararu.com/fa/ads">تبلیغات</a></p></div>
</body>
</html>
`;
  return { name: 'nonarticle-fararu-latest-news', markup: 'latest-news-fararu', url: 'https://fararu.com/fa/archive', title, html,
    notes: ['A LATEST-NEWS list of Fararu (the nsite agency CMS, /fa/archive): the heading «آخرین اخبار» as <h1> (also the active menu item), a service and date-range filter form, a day line, twelve items each with a time, a service, a linked headline and, for seven of them, a one-sentence lead («نرخ دلار … ۹۱ هزار تومان», «۱۴ مصدوم»), a pager, a most-viewed box, an ad and a Telegram invite. Many stories, each one sentence or less: not an article.'] };
}

/** [title, photo count, date, photographer] of Didban Iran's photo galleries. */
const GALLERIES: [string, number, string, string][] = [
  ['تصاویر | موج گرما در خیابان‌های اهواز', 18, '۱۳ مرداد ۱۴۰۵', 'عکاس: علی شریفی'],
  ['تصاویر | دریاچه پشت سد امیرکبیر در کم‌آب‌ترین تابستان', 14, '۱۳ مرداد ۱۴۰۵', 'عکاس: نگار صمدی'],
  ['تصاویر | صف کامیون‌ها در مرز نوردوز', 12, '۱۲ مرداد ۱۴۰۵', 'عکاس: رضا اکبری'],
  ['تصاویر | بازار بزرگ تهران در روزهای گرانی طلا', 20, '۱۲ مرداد ۱۴۰۵', 'عکاس: مهدی بهرامی'],
  ['تصاویر | گردشگران خارجی در میدان نقش جهان', 16, '۱۱ مرداد ۱۴۰۵', 'عکاس: سارا نیک‌پور'],
  ['تصاویر | برداشت انگور در روستاهای ملایر', 22, '۱۰ مرداد ۱۴۰۵', 'عکاس: حسین مرادی'],
  ['تصاویر | تمرین تیم ملی والیبال پیش از لیگ ملت‌ها', 11, '۱۰ مرداد ۱۴۰۵', 'عکاس: امیر توکلی'],
  ['تصاویر | شب‌های تابستان در پارک جمشیدیه', 15, '۹ مرداد ۱۴۰۵', 'عکاس: لیلا فرهادی'],
  ['تصاویر | آتش‌سوزی جنگل‌های گلستان از نمای نزدیک', 19, '۸ مرداد ۱۴۰۵', 'عکاس: یاسر قربانی'],
];

function didbanIranPhotoIndex(): NonArt {
  const title = 'گالری عکس';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>گالری عکس - دیدبان ایران</title>
<meta name="description" content="گزارش‌های تصویری دیدبان ایران از رویدادهای ایران و جهان">
<meta property="og:site_name" content="دیدبان ایران">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.didbaniran.ir/fa/photo">
<link rel="stylesheet" href="https://www.didbaniran.ir/client/themes/fa/main/css/photo.css?v=1.9">
</head>
<body class="photo_service">
<div class="header"><div class="top"><span>سه‌شنبه ${persian(13)} مرداد ${persian(1405)}</span> <a href="https://www.didbaniran.ir/fa/archive">آرشیو</a> <a href="https://www.didbaniran.ir/fa/contact">تماس با ما</a></div>
<a href="https://www.didbaniran.ir/"><img src="https://www.didbaniran.ir/client/themes/fa/main/img/logo.png" alt="دیدبان ایران"></a>
<ul class="nav"><li><a href="https://www.didbaniran.ir/fa/service/politics">سیاسی</a></li><li><a href="https://www.didbaniran.ir/fa/service/economy">اقتصادی</a></li><li><a href="https://www.didbaniran.ir/fa/service/society">اجتماعی</a></li><li><a href="https://www.didbaniran.ir/fa/service/world">بین‌الملل</a></li><li><a href="https://www.didbaniran.ir/fa/service/sport">ورزشی</a></li><li class="active"><a href="https://www.didbaniran.ir/fa/photo">عکس</a></li><li><a href="https://www.didbaniran.ir/fa/video">فیلم</a></li></ul></div>
<div class="container">
<div class="photo_path"><a href="https://www.didbaniran.ir/">صفحه نخست</a> » <span>عکس</span></div>
<h1 class="service_title">${title}</h1>
<div class="photo_tabs"><a class="active" href="https://www.didbaniran.ir/fa/photo">همه</a> <a href="https://www.didbaniran.ir/fa/photo/iran">ایران</a> <a href="https://www.didbaniran.ir/fa/photo/world">جهان</a> <a href="https://www.didbaniran.ir/fa/photo/sport">ورزشی</a></div>
<div class="photo_featured"><a href="https://www.didbaniran.ir/fa/news/${201877}"><img src="https://www.didbaniran.ir/files/fa/news/1405/5/13/201877_912.jpg" alt=""><span class="photo_badge">${persian(GALLERIES[0][1])} عکس</span><h2>${esc(GALLERIES[0][0])}</h2></a><div class="photo_meta">${GALLERIES[0][2]} | ${GALLERIES[0][3]}</div></div>
<div class="photo_grid">
${GALLERIES.slice(1).map(([t, n, d, who], i) => `<div class="photo_card"><a href="https://www.didbaniran.ir/fa/news/${201870 - i * 11}"><img src="https://www.didbaniran.ir/files/fa/news/1405/5/${201870 - i * 11}_s.jpg" alt=""><span class="photo_badge">${persian(n)} عکس</span><h3>${esc(t)}</h3></a><div class="photo_meta">${d} | ${who}</div></div>`).join('\n')}
</div>
<div class="pager"><span class="current">${persian(1)}</span> <a href="https://www.didbaniran.ir/fa/photo?page=2">${persian(2)}</a> <a href="https://www.didbaniran.ir/fa/photo?page=3">${persian(3)}</a> <a href="https://www.didbaniran.ir/fa/photo?page=2">بعدی</a></div>
<div class="side"><div class="box_title">آخرین اخبار</div><ul><li><a href="https://www.didbaniran.ir/fa/news/201880">قیمت دلار امروز سه‌شنبه ۱۳ مرداد</a></li><li><a href="https://www.didbaniran.ir/fa/news/201879">ادارات کدام استان‌ها فردا تعطیل است؟</a></li><li><a href="https://www.didbaniran.ir/fa/news/201876">زمان اعلام نتایج کنکور</a></li></ul>
<div class="ad"><a href="https://www.didbaniran.ir/fa/ads" rel="sponsored"><img src="https://www.didbaniran.ir/files/ads/side-1.gif" alt="تبلیغات"></a></div></div>
</div>
<div class="footer"><p>تمامی حقوق برای دیدبان ایران محفوظ است.</p></div>
</body>
</html>
`;
  return { name: 'nonarticle-didbaniran-photo-gallery-index', markup: 'photo-index-didbaniran', url: 'https://www.didbaniran.ir/fa/photo', title, html,
    notes: ['A PHOTO-GALLERY INDEX of Didban Iran (the nsite agency CMS, /fa/photo): breadcrumb, the heading «گالری عکس» as <h1>, category tabs, one featured gallery with a photo-count badge («۱۸ عکس») and an <h2> headline, a grid of eight more galleries (thumbnail, badge, <h3> headline «تصاویر | …», date and photographer), a pager, a «آخرین اخبار» box and an ad. Headlines and captions only, no running text: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [fararuLatest(), didbanIranPhotoIndex()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout22', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '734518', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set<string>(), minExcludes: 8, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
