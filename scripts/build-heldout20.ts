// Builds the TWENTIETH held-out fixture set, tests/fixtures/heldout20/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Six article pages in the markup of LEGACY AND NICHE PUBLISHING STACKS that no earlier set
// renders (a provincial news site on Joomla 3 with the K2 component, a university news page on Drupal 7, a
// governorate portal in ASP.NET WebForms with table layout, __VIEWSTATE and <font>/<span style> markup, a local
// reporter's Blogfa blog, a journalist's report on Virgool, and a long report split over two pages, of which
// page 1 is shown) and two non-article pages (a Joomla 3 category blog, a Virgool profile page). All six texts
// were written for this set; the names of all quoted people are invented.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout20.ts          (build + check)
//        npx tsx scripts/build-heldout20.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout20');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** The instant in UTC as Joomla stores it and K2's JSON-LD prints it, «2026-07-26T07:15:00+00:00». */
const utcPlus0 = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', '+00:00');
/** The instant in UTC with microseconds, as a Laravel/Carbon API serialises it, «2026-08-03T12:50:00.000000Z». */
const utcMicro = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', '.000000Z');
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
/** Jalali day of the month as Blogfa writes it, in ordinal words («دهم»). */
const DAY_WORDS: Record<number, string> = { 4: 'چهارم', 6: 'ششم', 7: 'هفتم', 8: 'هشتم', 9: 'نهم', 10: 'دهم', 11: 'یازدهم', 12: 'دوازدهم' };
/** A 40-odd character base64-looking blob (ASP.NET hidden fields), deterministic. */
const blob = (seed: number, n: number) => {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let x = seed, s = '';
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) % 2147483648; s += abc[x % 64]; }
  return s;
};

// ---------------------------------------------------------------------------------------------
// Article markups, one per site family: each writes the page the way that CMS renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // A provincial news site on JOOMLA 3 with the K2 COMPONENT (com_k2 item view): <base href>, the Joomla
  // generator meta, K2's og tags and its JSON-LD Article whose datePublished is the stored UTC instant
  // «…T07:15:00+00:00»; protostar-like template with module positions; breadcrumb «شما اینجا هستید»;
  // #k2Container.itemView: itemDateCreated «یکشنبه, 04 مرداد 1405 10:45» (Latin digits, comma after the
  // weekday), itemTitle as <h2> (no <h1> on the page) with a «ویژه» badge, author, the K2 toolbar (font
  // resizer, print, email, comments anchor), rating stars with a vote count, image block with caption and
  // credits, itemIntroText (the lead) and itemFullText; an editor-pasted «بیشتر بخوانید:» paragraph in
  // the full text; hits and last-modified line, social sharing, category, tags, author block, «مطالب
  // مرتبط», previous/next in category, K2 comments with the comment form, «بازگشت به بالا»; modules:
  // most-read (mod_k2_content), latest news, an Eitaa channel invite, a banner; footer.
  zagrosnews: {
    site: 'زاگرس نیوز',
    boiler: ['شما اینجا هستید', 'اندازه قلم', 'کاهش اندازه قلم', 'افزایش اندازه قلم', 'امتیاز به این مطلب', 'بیشتر بخوانید:', 'منتشر شده در', 'مطالب مرتبط', 'بیشتر در این دسته:', 'ارسال نظر', 'بازگشت به بالا', 'پربازدیدترین‌ها', 'کانال زاگرس نیوز در ایتا', 'تمامی حقوق برای پایگاه خبری زاگرس نیوز محفوظ است'],
    render: (c) => {
      const latin = `${weekday(c)}, ${c.d} ${c.mn} ${c.y} ${c.hh}:${c.mi}`;
      const modMin = Number(c.hh) * 60 + Number(c.mi) + 35;
      const mod = `${weekday(c)}, ${c.d} ${c.mn} ${c.y} ${String(Math.floor(modMin / 60)).padStart(2, '0')}:${String(modMin % 60).padStart(2, '0')}`;
      const base = new URL(c.a.url).pathname;
      return `<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="fa-ir" lang="fa-ir" dir="rtl">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="${esc(c.a.url)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="${esc(c.a.tags.join(', '))}" />
<meta name="rights" content="زاگرس نیوز" />
<meta name="author" content="${esc(c.a.author ?? '')}" />
<meta property="og:url" content="${esc(c.a.url)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:description" content="${esc(c.a.lead ?? '')}" />
<meta property="og:image" content="https://www.zagrosnews.ir/media/k2/items/cache/5c0e8a61f2b1d94e7a3c2d0f6b8e1a47_XL.jpg" />
<meta name="image" content="https://www.zagrosnews.ir/media/k2/items/cache/5c0e8a61f2b1d94e7a3c2d0f6b8e1a47_XL.jpg" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>${esc(c.a.title)} - زاگرس نیوز</title>
<link href="/templates/zagros/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/k2/assets/css/k2.fonts.css?v=2.11.20240212" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v=2.11.20240212" rel="stylesheet" />
<link href="/templates/zagros/css/template.css?6f1b3a09d2" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?6f1b3a09d2"></script>
<script src="/media/jui/js/jquery-noconflict.js?6f1b3a09d2"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.11.20240212&amp;sitepath=/"></script>
<script type="application/x-k2-headers">{"Last-Modified": "${new Date(c.iso).toUTCString()}", "ETag": "b1f0c7d2a94e3f58e16d27c0a5b9e342"}</script>
<script type="application/ld+json">${js({
  '@context': 'https://schema.org', '@type': 'Article', mainEntityOfPage: { '@type': 'WebPage', '@id': c.a.url }, url: c.a.url, headline: c.a.title,
  image: ['https://www.zagrosnews.ir/media/k2/items/cache/5c0e8a61f2b1d94e7a3c2d0f6b8e1a47_XL.jpg'], datePublished: utcPlus0(c),
  dateModified: new Date(new Date(c.iso).getTime() + 35 * 60000).toISOString().replace('.000Z', '+00:00'),
  author: { '@type': 'Person', name: c.a.author, url: `https://www.zagrosnews.ir${base.split('/item/')[0]}/itemlist/user/62` },
  publisher: { '@type': 'Organization', name: 'زاگرس نیوز', url: 'https://www.zagrosnews.ir/', logo: { '@type': 'ImageObject', name: 'زاگرس نیوز', width: '220', height: '60', url: 'https://www.zagrosnews.ir/images/logo-zagros.png' } },
  articleSection: `https://www.zagrosnews.ir${base.split('/item/')[0]}`, keywords: c.a.tags.join(','), description: c.a.lead,
})}</script>
<script>jQuery(window).on('load',  function() { new JCaption('img.caption'); });</script>
</head>
<body class="site com_k2 view-item no-layout no-task itemid-124 rtl">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-right" href="/"><img src="/images/logo-zagros.png" alt="زاگرس نیوز" /><div class="site-description">پایگاه خبری تحلیلی استان لرستان</div></a>
<div class="header-search pull-left"><div class="search"><form action="${esc(base)}" method="post" class="form-inline" role="search"><label for="mod-search-searchword" class="element-invisible">جستجو...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="جستجو..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="124" /></form></div></div>
</div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-right"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">تغییر وضعیت ناوبری</span><span class="icon-bar"></span></a></div><div class="nav-collapse">
<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php">صفحه اصلی</a></li><li class="item-124 current active"><a href="/index.php/provincial">استانی</a></li><li class="item-125"><a href="/index.php/khorramabad">خرم‌آباد</a></li><li class="item-126"><a href="/index.php/cities">شهرستان‌ها</a></li><li class="item-127"><a href="/index.php/economy">اقتصادی</a></li><li class="item-128"><a href="/index.php/culture">فرهنگ و هنر</a></li><li class="item-129"><a href="/index.php/sport">ورزش</a></li><li class="item-130"><a href="/index.php/multimedia">چندرسانه‌ای</a></li><li class="item-131"><a href="/index.php/contact">تماس با ما</a></li>
</ul></div></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>شما اینجا هستید: &#160;</li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">صفحه اصلی</span></a><span class="divider"><img src="/media/system/images/arrow_rtl.png" alt="" /></span><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/provincial" class="pathway"><span itemprop="name">${esc(c.a.kicker)}</span></a><span class="divider"><img src="/media/system/images/arrow_rtl.png" alt="" /></span><meta itemprop="position" content="2"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">${esc(c.a.title)}</span><meta itemprop="position" content="3"></li>
</ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<span id="startOfPageId${c.id}"></span>
<div id="k2Container" class="itemView itemIsFeatured">
<div class="itemHeader">
<span class="itemDateCreated">${latin}</span>
<h2 class="itemTitle">${esc(c.a.title)} <span><sup>ویژه</sup></span></h2>
<span class="itemAuthor">نوشته شده توسط&nbsp;<a rel="author" href="${esc(base.split('/item/')[0])}/itemlist/user/62-maryamdalvand">${esc(c.a.author ?? '')}</a></span>
</div>
<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">اندازه قلم</span> <a href="#" id="fontDecrease"><span>کاهش اندازه قلم</span></a> <a href="#" id="fontIncrease"><span>افزایش اندازه قلم</span></a></li>
<li><a class="itemPrintLink" rel="nofollow" href="${esc(base)}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>چاپ</span></a></li>
<li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=zagros&amp;link=5f2c1e" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;"><span>ایمیل</span></a></li>
<li><a class="itemCommentsLink k2Anchor" href="${esc(base)}#itemCommentsAnchor"><span>${c.a.comments.length}</span> نظرات</a></li>
</ul><div class="clr"></div></div>
<div class="itemRatingBlock"><span>امتیاز به این مطلب</span><div class="itemRatingForm"><ul class="itemRatingList"><li class="itemCurrentRating" id="itemCurrentRating${c.id}" style="width:72%;"></li>
<li><a href="#" data-id="${c.id}" title="1 ستاره از 5" class="one-star">1</a></li><li><a href="#" data-id="${c.id}" title="2 ستاره از 5" class="two-stars">2</a></li><li><a href="#" data-id="${c.id}" title="3 ستاره از 5" class="three-stars">3</a></li><li><a href="#" data-id="${c.id}" title="4 ستاره از 5" class="four-stars">4</a></li><li><a href="#" data-id="${c.id}" title="5 ستاره از 5" class="five-stars">5</a></li></ul>
<div id="itemRatingLog${c.id}" class="itemRatingLog">(9 رای)</div><div class="clr"></div></div><div class="clr"></div></div>
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/5c0e8a61f2b1d94e7a3c2d0f6b8e1a47_XL.jpg" title="برای مشاهده تصویر کامل کلیک کنید"><img src="/media/k2/items/cache/5c0e8a61f2b1d94e7a3c2d0f6b8e1a47_L.jpg" alt="${esc(c.a.caption)}" style="width:600px; height:auto;" /></a></span>
<span class="itemImageCaption">${esc(c.a.caption)}</span><span class="itemImageCredits">${esc(c.a.credit)}</span><div class="clr"></div></div>
<div class="itemIntroText"><p><strong>${esc(c.a.lead ?? '')}</strong></p></div>
<div class="itemFullText">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<p style="text-align: justify;"><strong><span style="color: #c00000;">بیشتر بخوانید:</span> <a href="/index.php/provincial/item/${Number(c.id) - 212}">${esc(c.a.inline ?? '')}</a></strong></p>`)}
</div>
<div class="clr"></div>
<div class="itemContentFooter"><span class="itemHits">بازدید <b>1486</b> بار</span><span class="itemDateModified">آخرین ویرایش در ${mod}</span><div class="clr"></div></div>
<div class="clr"></div>
</div>
<div class="itemSocialSharing"><div class="itemTelegramButton"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" target="_blank">اشتراک در تلگرام</a></div><div class="itemEitaaButton"><a href="https://eitaa.com/share/url?url=${encodeURIComponent(c.a.url)}" target="_blank">اشتراک در ایتا</a></div><div class="itemWhatsappButton"><a href="https://wa.me/?text=${encodeURIComponent(c.a.url)}" target="_blank">واتس‌اپ</a></div><div class="clr"></div></div>
<div class="itemLinks">
<div class="itemCategory"><span>منتشر شده در</span> <a href="/index.php/provincial">${esc(c.a.kicker)}</a></div>
<div class="itemTagsBlock"><span>برچسب ها</span><ul class="itemTags">
${c.a.tags.map((t) => `<li><a href="/index.php/provincial/itemlist/tag/${encodeURIComponent(t)}">${esc(t)}</a></li>`).join('\n')}
</ul><div class="clr"></div></div>
<div class="clr"></div></div>
<div class="itemAuthorBlock"><img class="itemAuthorAvatar" src="/components/com_k2/images/placeholder/user.png" alt="${esc(c.a.author ?? '')}" style="width:50px;height:auto;" /><div class="itemAuthorDetails"><h3 class="itemAuthorName"><a rel="author" href="/index.php/provincial/itemlist/user/62-maryamdalvand">${esc(c.a.author ?? '')}</a></h3><p>خبرنگار حوزه آب و محیط زیست زاگرس نیوز</p></div><div class="clr"></div></div>
<div class="itemRelated"><h3>مطالب مرتبط</h3><ul>
${c.a.related.map((t, i) => `<li class="${i % 2 ? 'odd' : 'even'}"><a class="itemRelTitle" href="/index.php/provincial/item/${Number(c.id) - 41 - i * 29}">${esc(t)}</a></li>`).join('\n')}
<li class="clr"></li></ul><div class="clr"></div></div>
<div class="clr"></div>
<div class="itemNavigation"><span class="itemNavigationTitle">بیشتر در این دسته:</span> <a class="itemPrevious" href="/index.php/provincial/item/${Number(c.id) - 3}">&laquo; نشست شورای اداری استان با محوریت خشکسالی برگزار شد</a> <a class="itemNext" href="/index.php/provincial/item/${Number(c.id) + 4}">افتتاح ۴ طرح بهداشتی در دلفان &raquo;</a></div>
<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
<div class="itemComments">
<h3 class="itemCommentsCounter"><span>${c.a.comments.length}</span> نظرات</h3>
<ul class="itemCommentsList">
${comments(c, (n, t, k) => `<li class="${k % 2 ? 'odd' : 'even'}"><span class="commentLink"><a href="${esc(base)}#comment${30211 + k}" name="comment${30211 + k}" id="comment${30211 + k}">لینک به نظر</a></span><span class="commentDate">${weekday(c)}, ${c.d} ${c.mn} ${c.y} ${k ? '13:02' : '12:31'}</span><span class="commentAuthorName">ارسال شده توسط ${n}</span><p>${t}</p><div class="clr"></div></li>`)}
</ul>
<div class="itemCommentsForm"><h3>ارسال نظر</h3><p class="itemCommentsFormNotes">لطفاً مطمئن شوید که تمام فیلدهای الزامی را پر کرده‌اید. کدهای HTML مجاز نیستند.</p>
<form action="/index.php" method="post" id="comment-form" class="form-validate"><label class="formComment" for="commentText">پیام *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea><label class="formName" for="userName">نام *</label><input class="inputbox" type="text" name="userName" id="userName" value="" /><label class="formEmail" for="commentEmail">ایمیل *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="" /><input type="submit" class="button" id="submitCommentButton" value="ارسال نظر" /><span id="formLog"></span><input type="hidden" name="option" value="com_k2" /><input type="hidden" name="view" value="item" /><input type="hidden" name="task" value="comment" /><input type="hidden" name="itemID" value="${c.id}" /><input type="hidden" name="f3a9c0e1d2b4" value="1" /></form></div>
</div>
<div class="itemBackToTop"><a class="k2Anchor" href="${esc(base)}#startOfPageId${c.id}">بازگشت به بالا</a></div>
<div class="clr"></div>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">پربازدیدترین‌ها</h3><div id="k2ModuleBox131" class="k2ItemsBlock"><ul>
${li(c.a.mostRead, '/index.php/provincial/item/', Number(c.id) - 690)}
</ul></div></div>
<div class="well "><h3 class="page-header">آخرین اخبار</h3><div id="k2ModuleBox132" class="k2ItemsBlock"><ul>
<li class="even"><a class="moduleItemTitle" href="/index.php/economy/item/${Number(c.id) + 9}">نرخ خرید تضمینی گندم در لرستان اعلام شد</a><span class="moduleItemDateCreated">${c.d} ${c.mn} ${c.y}</span></li>
<li class="odd"><a class="moduleItemTitle" href="/index.php/sport/item/${Number(c.id) + 7}">خیبر خرم‌آباد دو بازیکن جدید جذب کرد</a><span class="moduleItemDateCreated">${c.d} ${c.mn} ${c.y}</span></li>
<li class="even lastItem"><a class="moduleItemTitle" href="/index.php/cities/item/${Number(c.id) + 5}">آغاز عملیات اجرایی بیمارستان جدید کوهدشت</a><span class="moduleItemDateCreated">${c.d} ${c.mn} ${c.y}</span></li>
</ul></div></div>
<div class="moduletable"><div class="custom"><p style="text-align: center;"><a href="https://eitaa.com/zagrosnews"><img src="/images/banners/eitaa-channel.png" alt="" /><br />کانال زاگرس نیوز در ایتا</a></p></div></div>
<div class="moduletable"><div class="bannergroup"><div class="banneritem"><a href="/index.php/component/banners/click/7" target="_blank" rel="noopener noreferrer" title="بیمه"><img src="/images/banners/bimeh-lorestan.gif" alt="تبلیغات" width="260" height="120" /></a><div class="clr"></div></div></div></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<p class="pull-left"><a href="#top" id="back-top">بازگشت به بالا</a></p>
<p>&copy; ${c.y} تمامی حقوق برای پایگاه خبری زاگرس نیوز محفوظ است. نقل مطالب با ذکر منبع آزاد است.</p>
</div></footer>
</body>
</html>
`;
    },
  },

  // A university news site on DRUPAL 7 (XHTML+RDFa 1.0 doctype, <head profile>, the Drupal 7 generator meta,
  // shortlink /node/N, @import style blocks, Drupal.settings; body classes html not-front … page-node-N
  // node-type-news i18n-fa; #skip-link «رفتن به محتوای اصلی», #page-wrapper/#page/#header with the language
  // switcher and search block, #main-menu, .breadcrumb with «»», h1#page-title; the node with RDFa spans and
  // «ارسال شده توسط روابط عمومی در سه‌شنبه، ۶ مرداد ۱۴۰۵ - ۱۲:۱۵» (dc:date content in +03:30); fields:
  // field-lead (the lead), field-image with a separate caption field, body (text-with-summary), tags with an
  // «برچسب‌ها:» label, an ATTACHMENTS table (file name and size); links row with the read counter, print and
  // forward links; comments of anonymous users «(تایید نشده)» with titles cut from their text and the
  // «افزودن دیدگاه جدید» form; sidebar blocks (latest news view, popular content, useful links, upcoming
  // events); footer with the university's address.
  umdrupal: {
    site: 'دانشگاه فردوسی مشهد',
    boiler: ['رفتن به محتوای اصلی', 'شما اینجا هستید', 'ارسال شده توسط', 'پیوست', 'نسخه قابل چاپ', 'ارسال به دوست', 'افزودن دیدگاه جدید', 'آخرین اخبار', 'محبوب‌ترین‌های امروز', 'پیوندهای مفید', 'رویدادهای پیش رو', 'نشانی: مشهد، میدان آزادی، پردیس دانشگاه فردوسی مشهد', 'کلیه حقوق این پایگاه متعلق به دانشگاه فردوسی مشهد است'],
    render: (c) => {
      const path = new URL(c.a.url).pathname;
      return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fa" version="XHTML+RDFa 1.0" dir="rtl"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://news.um.ac.ir/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="${esc(c.a.url)}" />
<link rel="shortlink" href="https://news.um.ac.ir/fa/node/${c.id}" />
<meta property="og:site_name" content="دانشگاه فردوسی مشهد" />
<meta property="og:type" content="article" />
<meta property="og:url" content="${esc(c.a.url)}" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:image" content="https://news.um.ac.ir/sites/default/files/news/1405/05/solar-plant-campus.jpg" />
<meta property="article:published_time" content="${c.iso}" />
  <title>${esc(c.a.title)} | دانشگاه فردوسی مشهد</title>
  <style type="text/css" media="all">
@import url("https://news.um.ac.ir/modules/system/system.base.css?s9k3qa");
@import url("https://news.um.ac.ir/modules/system/system.base-rtl.css?s9k3qa");
@import url("https://news.um.ac.ir/modules/field/theme/field.css?s9k3qa");
@import url("https://news.um.ac.ir/modules/node/node.css?s9k3qa");
@import url("https://news.um.ac.ir/sites/all/modules/views/css/views.css?s9k3qa");
</style>
<style type="text/css" media="all">
@import url("https://news.um.ac.ir/sites/all/themes/um_news/css/style.css?s9k3qa");
@import url("https://news.um.ac.ir/sites/all/themes/um_news/css/style-rtl.css?s9k3qa");
</style>
  <script type="text/javascript" src="https://news.um.ac.ir/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://news.um.ac.ir/misc/jquery.once.js?v=1.2"></script>
<script type="text/javascript" src="https://news.um.ac.ir/misc/drupal.js?s9k3qa"></script>
<script type="text/javascript" src="https://news.um.ac.ir/sites/default/files/languages/fa_Wm3c8Qx1.js?s9k3qa"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"fa\\/","ajaxPageState":{"theme":"um_news","theme_token":"k3Qe8rJ0vTnB2yLw5xHf1cPzA7uDmS9g"},"statistics":{"data":{"nid":"${c.id}"},"url":"\\/modules\\/statistics\\/statistics.php"}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-${c.id} node-type-news i18n-fa" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">رفتن به محتوای اصلی</a>
  </div>
    <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
      <a href="/fa" title="صفحه اصلی" rel="home" id="logo"><img src="https://news.um.ac.ir/sites/all/themes/um_news/logo.png" alt="صفحه اصلی" /></a>
      <div id="name-and-slogan">
        <div id="site-name"><strong><a href="/fa" title="صفحه اصلی" rel="home"><span>دانشگاه فردوسی مشهد</span></a></strong></div>
        <div id="site-slogan">پایگاه خبری دانشگاه</div>
      </div>
      <div class="region region-header">
  <div id="block-locale-language" class="block block-locale"><div class="content"><ul class="language-switcher-locale-url"><li class="fa first active"><a href="${esc(path)}" class="language-link active" xml:lang="fa">فارسی</a></li><li class="en last"><a href="/en" class="language-link" xml:lang="en">English</a></li></ul></div></div>
  <div id="block-search-form" class="block block-search"><div class="content"><form action="${esc(path)}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">فرم جستجو</h2>
    <div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">جستجو </label><input title="عبارتی را که می‌خواهید جستجو کنید وارد کنید." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="جستجو" class="form-submit" /></div><input type="hidden" name="form_build_id" value="form-pXc2r8Kd1Lq0sVb7mZt4yHn6eWg3jA9fUoE5iC1xR2k" />
<input type="hidden" name="form_id" value="search_block_form" />
</div></div></form></div></div>
</div>
  </div></div>
      <div id="navigation"><div class="section">
        <h2 class="element-invisible">منوی اصلی</h2><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a href="/fa">صفحه اصلی</a></li>
<li class="menu-512 active-trail"><a href="/fa/news" class="active-trail">اخبار</a></li>
<li class="menu-513"><a href="/fa/research">پژوهش و فناوری</a></li>
<li class="menu-514"><a href="/fa/education">آموزش</a></li>
<li class="menu-515"><a href="/fa/students">دانشجویان</a></li>
<li class="menu-516"><a href="/fa/events">رویدادها</a></li>
<li class="menu-517"><a href="/fa/gallery">گالری تصاویر</a></li>
<li class="menu-518 last"><a href="/fa/contact">تماس با ما</a></li>
</ul>      </div></div>
      <div id="breadcrumb"><h2 class="element-invisible">شما اینجا هستید</h2><div class="breadcrumb"><a href="/fa">صفحه اصلی</a> » <a href="/fa/news">اخبار</a> » <a href="/fa/news/campus">${esc(c.a.kicker)}</a></div></div>
  <div id="main-wrapper"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
        <h1 class="title" id="page-title">${esc(c.a.title)}</h1>
        <div class="tabs"></div>
      <div class="region region-content">
  <div id="block-system-main" class="block block-system"><div class="content">
  <div id="node-${c.id}" class="node node-news node-promoted clearfix" about="${esc(path)}" typeof="sioc:Item foaf:Document">
      <span property="dc:title" content="${esc(c.a.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="${c.a.comments.length}" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
      <div class="meta submitted">
      <span property="dc:date dc:created" content="${c.iso}" datatype="xsd:dateTime" rel="sioc:has_creator">ارسال شده توسط <span class="username" xml:lang="" about="/fa/user/37" typeof="sioc:UserAccount" property="foaf:name" datatype="">روابط عمومی</span> در ${weekday(c)}، ${faDate(c)} - ${faTime(c)}</span>    </div>
  <div class="content clearfix">
    <div class="field field-name-field-lead field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even">${esc(c.a.lead ?? '')}</div></div></div>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="https://news.um.ac.ir/sites/default/files/styles/large/public/news/1405/05/solar-plant-campus.jpg?itok=Xq3bT8pL"><img typeof="foaf:Image" src="https://news.um.ac.ir/sites/default/files/styles/large/public/news/1405/05/solar-plant-campus.jpg?itok=Xq3bT8pL" width="640" height="427" alt="" title="${esc(c.a.caption)}" /></div></div></div>
<div class="field field-name-field-image-caption field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">${esc(c.a.caption)} / ${esc(c.a.credit)}</div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '', '', undefined, '\n')}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">برچسب‌ها:&nbsp;</div><div class="field-items">${c.a.tags.map((t, i) => `<div class="field-item ${i % 2 ? 'odd' : 'even'}" rel="dc:subject"><a href="/fa/taxonomy/term/${412 + i * 13}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">${esc(t)}</a></div>`).join('')}</div></div>
<div class="field field-name-field-attachments field-type-file field-label-hidden"><div class="field-items"><div class="field-item even"><table class="sticky-enabled">
 <thead><tr><th>پیوست</th><th>اندازه</th> </tr></thead>
<tbody>
 <tr class="odd"><td><span class="file"><img class="file-icon" alt="" title="application/pdf" src="https://news.um.ac.ir/modules/file/icons/application-pdf.png" /> <a href="https://news.um.ac.ir/sites/default/files/news/1405/05/solar-plant-report.pdf" type="application/pdf; length=1258291">solar-plant-report.pdf</a></span></td><td>1.2 مگابایت</td> </tr>
</tbody>
</table>
</div></div></div>  </div>
      <ul class="links inline"><li class="statistics_counter first"><span>${fmt(874)} بازدید</span></li>
<li class="print_html"><a href="/fa/print/${c.id}" title="نمایش نسخه قابل چاپ این صفحه." class="print-page" rel="nofollow">نسخه قابل چاپ</a></li>
<li class="forward_links last"><a href="/fa/forward?path=node/${c.id}" title="این صفحه را برای یک دوست بفرستید" class="forward-page" rel="nofollow">ارسال به دوست</a></li>
</ul>
  <div id="comments" class="comment-wrapper">
          <h2 class="title">دیدگاه‌ها</h2>
${comments(c, (n, t, k) => `<a id="comment-${1287 + k}"></a>
<div class="comment comment-by-anonymous ${k % 2 ? 'even' : 'odd'} clearfix" about="/fa/comment/${1287 + k}#comment-${1287 + k}" typeof="sioc:Post sioct:Comment">
  <div class="attribution"><div class="submitted"><p class="commenter-name"><span rel="sioc:has_creator"><span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">${n} (تایید نشده)</span></span></p><p class="comment-time"><span property="dc:date dc:created" content="${c.iso}" datatype="xsd:dateTime">${faDate(c)} - ${persian(k ? '15:48' : '13:02')}</span></p></div></div>
  <div class="comment-text"><h3 property="dc:title" datatype=""><a href="/fa/comment/${1287 + k}#comment-${1287 + k}" class="permalink" rel="bookmark">${t.split(' ').slice(0, 4).join(' ')}</a></h3>
    <div class="content"><span rel="sioc:reply_of" resource="${esc(path)}" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>${t}</p>
</div></div></div></div>
    <ul class="links inline"><li class="comment_forbidden first last"><span><a href="/fa/user/login?destination=node/${c.id}%23comment-form">وارد شوید</a> تا دیدگاه ارسال کنید</span></li></ul>
  </div>
</div>`)}
      <h2 class="title comment-form">افزودن دیدگاه جدید</h2>
    <form class="comment-form" action="/fa/comment/reply/${c.id}" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">نام شما </label><input type="text" id="edit-name" name="name" value="ناشناس" size="30" maxlength="60" class="form-text" /></div>
<div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body"><div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">دیدگاه <span class="form-required" title="این فیلد الزامی است.">*</span></label><div class="form-textarea-wrapper resizable"><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div></div></div>
<div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="ذخیره" class="form-submit" /><input type="submit" id="edit-preview" name="op" value="پیش‌نمایش" class="form-submit" /></div></div></form>  </div>
</div>
  </div></div>
</div>
    </div></div>
      <div id="sidebar-second" class="column sidebar"><div class="section">
        <div class="region region-sidebar-second">
  <div id="block-views-latest-news-block" class="block block-views"><h2>آخرین اخبار</h2><div class="content"><div class="view view-latest-news view-id-latest_news view-display-id-block"><div class="view-content"><div class="item-list"><ul>
${c.a.related.map((t, i) => `<li class="views-row views-row-${i + 1} views-row-${i % 2 ? 'even' : 'odd'}${i ? '' : ' views-row-first'}"><div class="views-field views-field-title"><span class="field-content"><a href="/fa/node/${Number(c.id) - 3 - i * 5}">${esc(t)}</a></span></div><div class="views-field views-field-created"><span class="field-content">${persian(Number(c.d) - i - 1)} ${c.mn} ${persian(c.y)}</span></div></li>`).join('\n')}
</ul></div></div><div class="more-link"><a href="/fa/news">بیشتر</a></div></div></div></div>
  <div id="block-statistics-popular" class="block block-statistics"><h2>محبوب‌ترین‌های امروز</h2><div class="content"><div class="item-list"><ul>
${li(c.a.mostRead, '/fa/node/', Number(c.id) - 410)}
</ul></div></div></div>
  <div id="block-menu-menu-useful-links" class="block block-menu"><h2>پیوندهای مفید</h2><div class="content"><ul class="menu"><li class="first leaf"><a href="https://pooya.um.ac.ir/">سامانه آموزشی پویا</a></li>
<li class="leaf"><a href="https://library.um.ac.ir/">کتابخانه مرکزی</a></li>
<li class="leaf"><a href="https://research.um.ac.ir/">سامانه پژوهشی</a></li>
<li class="last leaf"><a href="https://tech.um.ac.ir/">پارک علم و فناوری دانشگاه</a></li>
</ul></div></div>
  <div id="block-views-events-block" class="block block-views"><h2>رویدادهای پیش رو</h2><div class="content"><div class="view view-events"><div class="view-content"><div class="views-row views-row-1 views-row-odd views-row-first"><span class="date-display-single">${persian(18)} ${c.mn} ${persian(c.y)}</span> <a href="/fa/events/3120">همایش ملی انرژی‌های تجدیدپذیر و تولید پراکنده</a></div>
<div class="views-row views-row-2 views-row-even views-row-last"><span class="date-display-single">${persian(1)} شهریور ${persian(c.y)}</span> <a href="/fa/events/3124">کارگاه آموزشی نگارش مقاله علمی</a></div></div></div></div></div>
</div>
      </div></div>
  </div></div>
  <div id="footer"><div class="section">
      <div class="region region-footer">
  <div id="block-block-3" class="block block-block"><div class="content"><p>نشانی: مشهد، میدان آزادی، پردیس دانشگاه فردوسی مشهد - کد پستی: ${persian('9177948974')}</p>
<p>کلیه حقوق این پایگاه متعلق به دانشگاه فردوسی مشهد است.</p></div></div>
</div>
  </div></div>
  </div></div>
  </body>
</html>
`;
    },
  },

  // A governorate portal in ASP.NET WEBFORMS (XHTML 1.0 Transitional; <head id="ctl00_Head1"> with the
  // title on its own lines; one <form id="aspnetForm"> around the whole page with __EVENTTARGET,
  // __VIEWSTATE, __VIEWSTATEGENERATOR, __EVENTVALIDATION, __doPostBack, WebResource.axd/ScriptResource.axd;
  // a fixed-width TABLE LAYOUT with a header image, a top menu row, a MARQUEE of headlines «اخبار ویژه»,
  // three columns; ctl00_ContentPlaceHolder1_… <span> controls with inline styles; <font face="Tahoma"> markup);
  // no og, no JSON-LD, no date meta: the only date is the visible line «تاریخ انتشار : 1405/05/07 ساعت : 09:40»
  // (Latin digits) next to the news code and visit count; rutitr span, title span, lead span with a grey
  // background; photo with caption; the BODY IS ONE <span> WHOSE PARAGRAPHS ARE SEPARATED BY <br /><br />;
  // print / send-to-friends postback links, «اخبار مرتبط» table, «نظرات بینندگان» form with a captcha,
  // a poll, a visit counter, a links box (government systems), most-viewed, footer «… می باشد».
  ostanzn: {
    site: 'استانداری زنجان',
    boiler: ['اخبار ویژه :', 'شما در حال مشاهده :', 'تعداد بازدید :', 'نسخه چاپی', 'ارسال به دوستان', 'اخبار مرتبط', 'نظرات بینندگان', 'کد امنیتی', 'نظرسنجی', 'عملکرد پایگاه اطلاع رسانی استانداری را چگونه ارزیابی می کنید؟', 'آمار بازدید', 'پنجره ملی خدمات دولت هوشمند', 'پربیننده ترین اخبار', 'کلیه حقوق این پورتال متعلق به استانداری زنجان می باشد'],
    render: (c) => {
      const ph = 'ctl00_ContentPlaceHolder1_';
      const td = (s: string) => `<tr>\n<td>${s}</td>\n</tr>`;
      return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	پایگاه اطلاع رسانی استانداری زنجان - ${esc(c.a.title)}
</title><link href="../App_Themes/Default/StyleSheet.css" type="text/css" rel="stylesheet" /><meta name="keywords" content="استانداری زنجان,اخبار استان زنجان,${esc(c.a.tags.join(','))}" /><meta name="description" content="${esc(c.a.title)}" /></head>
<body style="margin:0px;background-color:#E8EEF4;">
    <form name="aspnetForm" method="post" action="./NewsDetail.aspx?NewsID=${c.id}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWCAIBDw8WAh4EVGV4dAUc${blob(7, 420)}ZGQ=" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA${blob(11, 40)}2&amp;t=638250884551812500" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvk${blob(13, 60)}1&amp;t=ffffffffc820c398" type="text/javascript"></script>
<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9D2E1A47" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWCAK${blob(17, 96)}" />
</div>
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center" style="background-color:#FFFFFF;">
<tr>
<td colspan="3"><img src="../images/header-ostan.jpg" width="980" height="140" alt="استانداری زنجان" border="0" /></td>
</tr>
<tr>
<td colspan="3" bgcolor="#1F4E79" height="28" align="center"><font face="Tahoma" size="2" color="#FFFFFF"><a href="../Default.aspx"><font color="#FFFFFF">صفحه اصلی</font></a> | <a href="../Pages.aspx?ID=2"><font color="#FFFFFF">معرفی استان</font></a> | <a href="../Pages.aspx?ID=5"><font color="#FFFFFF">استاندار</font></a> | <a href="../News.aspx"><font color="#FFFFFF">اخبار</font></a> | <a href="../Pages.aspx?ID=9"><font color="#FFFFFF">معاونت ها</font></a> | <a href="../Pages.aspx?ID=14"><font color="#FFFFFF">فرمانداری ها</font></a> | <a href="../Gallery.aspx"><font color="#FFFFFF">گالری تصاویر</font></a> | <a href="../Contact.aspx"><font color="#FFFFFF">تماس با ما</font></a></font></td>
</tr>
<tr>
<td colspan="3" height="24"><table width="100%" border="0" cellpadding="2" cellspacing="0"><tr><td width="90" bgcolor="#C00000"><font face="Tahoma" size="1" color="#FFFFFF"><b>اخبار ویژه :</b></font></td><td><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font face="Tahoma" size="1"><a href="NewsDetail.aspx?NewsID=${Number(c.id) - 2}">دیدار مردمی استاندار در شهرستان ابهر</a> *** <a href="NewsDetail.aspx?NewsID=${Number(c.id) - 5}">ساعت کاری ادارات استان تا پایان مرداد تغییر کرد</a> *** <a href="NewsDetail.aspx?NewsID=${Number(c.id) - 9}">برگزاری جلسه ستاد تنظیم بازار استان</a></font></marquee></td><td width="150" align="left"><span id="ctl00_lblToday" style="font-family:Tahoma;font-size:8pt;">${weekday(c)} ${c.y}/${c.m}/${c.d}</span></td></tr></table></td>
</tr>
<tr>
<td width="190" valign="top" style="border-left:1px solid #CCCCCC;">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#DDE6F0"><font face="Tahoma" size="2"><b>پیوندها</b></font></td></tr>
<tr><td><font face="Tahoma" size="1"><a href="https://my.gov.ir/">پنجره ملی خدمات دولت هوشمند</a><br /><a href="https://sapp.ir/">سامانه سامد</a><br /><a href="https://www.moi.ir/">وزارت کشور</a><br /><a href="https://www.president.ir/">پایگاه اطلاع رسانی ریاست جمهوری</a><br /><a href="../Pages.aspx?ID=31">فرمانداری های تابعه</a></font></td></tr>
<tr><td bgcolor="#DDE6F0"><font face="Tahoma" size="2"><b>آمار بازدید</b></font></td></tr>
<tr><td><font face="Tahoma" size="1">بازدید امروز : <span id="ctl00_lblTodayVisit">1,284</span><br />بازدید دیروز : <span id="ctl00_lblYesterdayVisit">2,017</span><br />بازدید کل : <span id="ctl00_lblTotalVisit">3,905,112</span><br />افراد آنلاین : <span id="ctl00_lblOnline">23</span></font></td></tr>
</table>
</td>
<td width="600" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
${td(`<font face="Tahoma" size="1" color="#555555">شما در حال مشاهده : <a href="../Default.aspx">صفحه اصلی</a> &gt; <a href="../News.aspx">اخبار</a> &gt; <a href="../News.aspx?CatID=3">${esc(c.a.kicker)}</a></font>`)}
${td(`<font face="Tahoma" size="1" color="#666666">کد خبر : <span id="${ph}lblNewsID">${c.id}</span> &nbsp;&nbsp; تاریخ انتشار : <span id="${ph}lblDate">${c.y}/${c.m}/${c.d}</span> &nbsp; ساعت : <span id="${ph}lblTime">${c.hh}:${c.mi}</span> &nbsp;&nbsp; تعداد بازدید : <span id="${ph}lblVisit">312</span></font>`)}
${td(`<span id="${ph}lblRootTitle" style="color:#666666;font-family:Tahoma;font-size:8pt;">در جلسه شورای برنامه ریزی و توسعه استان مطرح شد</span>`)}
${td(`<span id="${ph}lblTitle" style="color:#990000;font-family:Tahoma;font-size:11pt;font-weight:bold;">${esc(c.a.title)}</span>`)}
${td(`<span id="${ph}lblLead" style="display:block;background-color:#F2F2F2;border:1px solid #DDDDDD;padding:6px;font-family:Tahoma;font-size:9pt;">${esc(c.a.lead ?? '')}</span>`)}
${td(`<div align="center"><img id="${ph}imgNews" src="../Upload/News/${c.id}.jpg" style="border-width:0px;width:400px;" /><br /><span id="${ph}lblImageCaption" style="font-family:Tahoma;font-size:7pt;color:#333333;">${esc(c.a.caption)}</span></div>`)}
${td(`<span id="${ph}lblBody" style="font-family:Tahoma;font-size:9pt;line-height:22px;text-align:justify;"><font face="Tahoma" size="2">${bodyHtml(c, (t) => t, (t) => `<b>${t}</b>`, '', '', undefined, '<br />\n<br />\n')}</font></span>`)}
${td(`<font face="Tahoma" size="1"><a id="${ph}lnkPrint" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkPrint','')"><img src="../images/print.gif" border="0" alt="" /> نسخه چاپی</a> | <a id="${ph}lnkSend" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkSend','')"><img src="../images/mail.gif" border="0" alt="" /> ارسال به دوستان</a> | <a href="../News.aspx?CatID=3">بازگشت</a></font>`)}
<tr>
<td bgcolor="#DDE6F0"><font face="Tahoma" size="2"><b>اخبار مرتبط</b></font></td>
</tr>
${td(`<table id="${ph}dlRelated" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">${c.a.related.map((t, i) => `<tr><td><img src="../images/bullet.gif" alt="" /> <a id="${ph}dlRelated_ctl0${i}_lnkTitle" href="NewsDetail.aspx?NewsID=${Number(c.id) - 14 - i * 23}"><font face="Tahoma" size="1">${esc(t)}</font></a></td></tr>`).join('')}</table>`)}
<tr>
<td bgcolor="#DDE6F0"><font face="Tahoma" size="2"><b>نظرات بینندگان</b></font></td>
</tr>
${td(`<span id="${ph}lblNoComment" style="font-family:Tahoma;font-size:8pt;">نظری برای این خبر ثبت نشده است.</span><br /><font face="Tahoma" size="1">نام : <input name="ctl00$ContentPlaceHolder1$txtName" type="text" id="${ph}txtName" /><br />پست الکترونیک : <input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="${ph}txtEmail" /><br />متن نظر : <textarea name="ctl00$ContentPlaceHolder1$txtComment" rows="4" cols="40" id="${ph}txtComment"></textarea><br />کد امنیتی : <img src="../CaptchaImage.aspx?guid=5f1c0e2a" alt="" /> <input name="ctl00$ContentPlaceHolder1$txtCaptcha" type="text" id="${ph}txtCaptcha" style="width:60px;" /><br /><input type="submit" name="ctl00$ContentPlaceHolder1$btnSend" value="ارسال نظر" id="${ph}btnSend" /></font>`)}
</table>
</td>
<td width="190" valign="top" style="border-right:1px solid #CCCCCC;">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#DDE6F0"><font face="Tahoma" size="2"><b>نظرسنجی</b></font></td></tr>
<tr><td><font face="Tahoma" size="1">عملکرد پایگاه اطلاع رسانی استانداری را چگونه ارزیابی می کنید؟<br /><input id="ctl00_rblPoll_0" type="radio" name="ctl00$rblPoll" value="1" /><label for="ctl00_rblPoll_0">عالی</label><br /><input id="ctl00_rblPoll_1" type="radio" name="ctl00$rblPoll" value="2" /><label for="ctl00_rblPoll_1">خوب</label><br /><input id="ctl00_rblPoll_2" type="radio" name="ctl00$rblPoll" value="3" /><label for="ctl00_rblPoll_2">متوسط</label><br /><input id="ctl00_rblPoll_3" type="radio" name="ctl00$rblPoll" value="4" /><label for="ctl00_rblPoll_3">ضعیف</label><br /><input type="submit" name="ctl00$btnVote" value="ثبت رای" id="ctl00_btnVote" /> <a href="../PollResult.aspx?ID=12">مشاهده نتایج</a></font></td></tr>
<tr><td bgcolor="#DDE6F0"><font face="Tahoma" size="2"><b>پربیننده ترین اخبار</b></font></td></tr>
<tr><td><font face="Tahoma" size="1">${c.a.mostRead.map((t, i) => `<a href="NewsDetail.aspx?NewsID=${Number(c.id) - 61 - i * 17}">${esc(t)}</a>`).join('<br />')}</font></td></tr>
</table>
</td>
</tr>
<tr>
<td colspan="3" bgcolor="#1F4E79" align="center" height="40"><font face="Tahoma" size="1" color="#FFFFFF">کلیه حقوق این پورتال متعلق به استانداری زنجان می باشد.<br />نشانی : زنجان، بلوار آزادی، ساختمان استانداری - تلفن : 024-33779000<br />طراحی و پیاده سازی : واحد فناوری اطلاعات استانداری زنجان</font></td>
</tr>
</table>

<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
</body>
</html>
`;
    },
  },

  // A local reporter's news blog on BLOGFA (an old Blogfa template: NO DOCTYPE, <html dir="rtl">, the
  // <title> «blog name - post title», an RSS link, inline <style>, a two-column TABLE; the post in
  // div.post: the title as a link in div.posttitle (no <h1>/<h2>), the text in div.postbody with a photo
  // and the reporter's line «گزارش و عکس: …» at its end, then the Blogfa post line «+ نوشته شده در شنبه
  // دهم مرداد ۱۴۰۵ساعت 21:45 توسط …» — the DAY OF THE MONTH IN ORDINAL WORDS, no space before «ساعت», Latin
  // time — with the comment count as a popup link «نظرات (۷)», the post's topics; previous-post link;
  // sidebar boxes: about the blog, monthly ARCHIVE, topics with counts, LINKS, daily links, blog stats,
  // search, a Telegram channel invite; footer «Powered by Blogfa»). No og, no JSON-LD, no date meta.
  blogfa: {
    site: 'خبرنامه مریوان',
    boiler: ['نوشته شده در', 'نظرات (۷)', 'مطلب قبلی', 'درباره وبلاگ', 'آرشیو وبلاگ', 'موضوعات وبلاگ', 'پیوندها', 'پیوندهای روزانه', 'آمار وبلاگ', 'کل بازدید', 'خبرنامه مریوان را در تلگرام دنبال کنید', 'تمامی حقوق این وبلاگ محفوظ است'],
    render: (c) => `<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>خبرنامه مریوان - ${esc(c.a.title)}</title>
<meta name="keywords" content="مریوان,زریوار,سروآباد,اخبار مریوان,${esc(c.a.tags.join(','))}" />
<meta name="description" content="اخبار و گزارش‌های مریوان، سروآباد و دریاچه زریوار" />
<link rel="alternate" type="application/rss+xml" title="خبرنامه مریوان" href="https://marivan-news.blogfa.com/rss" />
<link rel="canonical" href="${esc(c.a.url)}" />
<style type="text/css">
body{margin:0;background:#dfe8e1 url(https://marivan-news.blogfa.com/images/bg.jpg);font-family:Tahoma,Arial;font-size:8pt;color:#333}
a{color:#1a5d2c;text-decoration:none}
.main{background:#fff;border:1px solid #b9c9bc}
.header{height:150px;background:url(https://marivan-news.blogfa.com/images/zrebar-header.jpg) no-repeat}
.post{margin:10px;border-bottom:1px dashed #b9c9bc}
.posttitle{font-size:11pt;font-weight:bold;padding:6px}
.postbody{line-height:22px;text-align:justify;padding:6px}
.postdesc{font-size:7pt;color:#777;padding:4px}
.boxtitle{background:#1a5d2c;color:#fff;font-weight:bold;padding:4px}
.boxbody{padding:6px;line-height:18px}
</style>
<script type="text/javascript" src="https://blogfa.com/sys/blogfa.js?v=14"></script>
</head>
<body>
<table width="860" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td colspan="2" class="header" valign="bottom"><div style="padding:20px"><a href="https://marivan-news.blogfa.com/"><font size="5" color="#ffffff"><b>خبرنامه مریوان</b></font></a><br /><font color="#ffffff">اخبار و گزارش‌های مریوان، سروآباد و دریاچه زریوار</font></div></td></tr>
<tr><td colspan="2" bgcolor="#1a5d2c" height="24"><a href="https://marivan-news.blogfa.com/"><font color="#ffffff">صفحه نخست</font></a> | <a href="https://marivan-news.blogfa.com/profile"><font color="#ffffff">درباره من</font></a> | <a href="mailto:marivan.news@gmail.com"><font color="#ffffff">تماس با من</font></a> | <a href="https://marivan-news.blogfa.com/rss"><font color="#ffffff">RSS</font></a></td></tr>
<tr>
<td valign="top">
<div class="post">
<div class="posttitle"><a href="https://marivan-news.blogfa.com/post/${c.id}">${esc(c.a.title)}</a></div>
<div class="postbody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<p><b>${t}</b></p>`, `<p style="text-align: center;"><img src="https://s8.uupload.ir/files/marivan/zrebar-fish-1405.jpg" alt="" width="480" /><br /><span style="font-size: 7pt; color: #666666;">${esc(c.a.caption)}</span></p>`)}
<p style="text-align: left;"><b>گزارش و عکس: ${esc(c.a.author ?? '')}</b></p>
</div>
<div class="postdesc">+ نوشته شده در&nbsp; ${weekday(c)} ${DAY_WORDS[Number(c.d)]} ${c.mn} ${persian(c.y)}ساعت ${Number(c.hh)}:${c.mi}&nbsp; توسط ${esc(c.a.author ?? '')}&nbsp; | &nbsp;<a href="javascript:void(0)" onclick="javascript:window.open('/comments/?blogid=marivan-news&amp;postid=${c.id}','blogfa_comments','status=yes,scrollbars=yes,toolbar=no,menubar=no,location=no,width=500px,height=500px')">نظرات (۷)</a>&nbsp; |</div>
<div class="postdesc">موضوع: ${c.a.tags.map((t, i) => `<a href="https://marivan-news.blogfa.com/category/${i + 2}">${esc(t)}</a>`).join(' ، ')}</div>
</div>
<div style="padding:10px"><a href="https://marivan-news.blogfa.com/post/${Number(c.id) - 1}">« مطلب قبلی</a> | <a href="https://marivan-news.blogfa.com/">صفحه نخست وبلاگ</a></div>
</td>
<td width="210" valign="top" style="border-right:1px solid #b9c9bc">
<div class="boxtitle">درباره وبلاگ</div>
<div class="boxbody"><img src="https://marivan-news.blogfa.com/images/avatar.jpg" alt="" width="80" /><br />سلام. این وبلاگ را از سال ${persian(1389)} برای انعکاس اخبار و مشکلات مردم مریوان و سروآباد می‌نویسم. خبرنگار محلی و همکار چند رسانه استانی هستم.<br /><b>مدیر وبلاگ :</b> ${esc(c.a.author ?? '')}</div>
<div class="boxtitle">آرشیو وبلاگ</div>
<div class="boxbody"><a href="https://marivan-news.blogfa.com/1405/05">مرداد ${persian(1405)}</a><br /><a href="https://marivan-news.blogfa.com/1405/04">تیر ${persian(1405)}</a><br /><a href="https://marivan-news.blogfa.com/1405/03">خرداد ${persian(1405)}</a><br /><a href="https://marivan-news.blogfa.com/1405/02">اردیبهشت ${persian(1405)}</a><br /><a href="https://marivan-news.blogfa.com/1405/01">فروردین ${persian(1405)}</a><br /><a href="https://marivan-news.blogfa.com/1404/12">اسفند ${persian(1404)}</a><br /><a href="https://marivan-news.blogfa.com/1404/11">بهمن ${persian(1404)}</a><br /><a href="https://marivan-news.blogfa.com/archive">آرشیو کامل</a></div>
<div class="boxtitle">موضوعات وبلاگ</div>
<div class="boxbody"><a href="https://marivan-news.blogfa.com/category/1">اخبار مریوان</a> (${persian(318)})<br /><a href="https://marivan-news.blogfa.com/category/2">محیط زیست</a> (${persian(74)})<br /><a href="https://marivan-news.blogfa.com/category/3">دریاچه زریوار</a> (${persian(41)})<br /><a href="https://marivan-news.blogfa.com/category/4">سروآباد</a> (${persian(56)})<br /><a href="https://marivan-news.blogfa.com/category/5">ورزش</a> (${persian(23)})</div>
<div class="boxtitle">پیوندها</div>
<div class="boxbody"><a href="https://www.irna.ir/service/province/kurdistan">ایرنا کردستان</a><br /><a href="https://www.doe.ir/">سازمان حفاظت محیط زیست</a><br /><a href="https://marivan.ostan-kd.ir/">فرمانداری مریوان</a><br /><a href="https://sarvabad-news.blogfa.com/">وبلاگ اخبار سروآباد</a><br /><a href="https://www.uok.ac.ir/">دانشگاه کردستان</a></div>
<div class="boxtitle">پیوندهای روزانه</div>
<div class="boxbody"><a href="https://marivan-news.blogfa.com/dailylink/?lnk=1">جدول قطعی برق مریوان</a><br /><a href="https://marivan-news.blogfa.com/dailylink/?lnk=2">وضعیت هوای کردستان</a><br /><a href="https://marivan-news.blogfa.com/dailylink/?lnk=3">قیمت روز کالاهای بازارچه باشماق</a></div>
<div class="boxtitle">آمار وبلاگ</div>
<div class="boxbody">کل بازدید : ${fmt(482110)}<br />بازدید امروز : ${fmt(641)}<br />بازدید دیروز : ${fmt(812)}<br />تعداد کل پست‌ها : ${fmt(612)}</div>
<div class="boxtitle">جستجو</div>
<div class="boxbody"><form action="https://marivan-news.blogfa.com/search" method="get"><input type="text" name="q" size="16" /> <input type="submit" value="جستجو" /></form></div>
<div class="boxtitle">کانال تلگرام</div>
<div class="boxbody"><a href="https://t.me/marivan_news">خبرنامه مریوان را در تلگرام دنبال کنید</a></div>
</td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#1a5d2c" height="30"><font color="#ffffff">تمامی حقوق این وبلاگ محفوظ است | طراح قالب: وبلاگ‌آرا | <a href="https://blogfa.com/"><font color="#ffffff">Powered by Blogfa.com</font></a></font></td></tr>
</table>
</body>
</html>
`,
  },

  // A journalist's report on VIRGOOL as a NUXT 3 app (<div id="__nuxt">, /_nuxt/ hashed ES modules, the
  // payload in <script type="application/json" id="__NUXT_DATA__"> as a devalue ARRAY whose post has
  // published_at «2026-08-03T12:50:00.000000Z», UTC with MICROSECONDS, as a Laravel API writes it); JSON-LD
  // BlogPosting with the same string; og tags; the visible date is «۱۲ مرداد ۱۴۰۵» WITHOUT TIME next to
  // «خواندن ۵ دقیقه»; the author row above the title with «دنبال کردن»; cover with caption; the post body
  // with two <h3> SUBHEADINGS and an embedded LINK CARD to an earlier post of the author; tags; the clap
  // bar («👏» with count, responses, save, share); author card with follower count; responses with claps;
  // «بیشتر از …» and «پیشنهادهای ویرگول» (other writers' posts with read times); an app banner; footer.
  virgool: {
    site: 'ویرگول',
    boiler: ['دنبال کردن', 'خواندن ۵ دقیقه', 'virgool.io', 'ذخیره', 'اشتراک‌گذاری', 'نوشته شده توسط', 'دنبال‌کننده', 'بیشتر از نیلوفر صدری', 'پیشنهادهای ویرگول', 'ویرگول را در اپلیکیشن بخوانید', 'درباره ویرگول'],
    render: (c) => {
      const slug = new URL(c.a.url).pathname.split('/').at(-1)!;
      const pub = utcMicro(c);
      const upd = new Date(new Date(c.iso).getTime() + 22 * 60000).toISOString().replace('.000Z', '.000000Z');
      // devalue: every property value is the index of its value in the array.
      const payload = [['ShallowReactive', 1], { data: 2, state: 12, once: 15, _errors: 16, serverRendered: 18, path: 19 }, ['ShallowReactive', 3], { [`post-${slug}`]: 4 },
        { id: 5, title: 6, slug: 7, published_at: 8, updated_at: 9, reading_time: 10, user: 11 }, 3914482, c.a.title, slug, pub, upd, 5, { username: 20, name: 21 },
        ['Reactive', 13], { 'auth-user': 14 }, null, ['Set'], ['ShallowReactive', 17], {}, true, new URL(c.a.url).pathname, 'niloofar-sadri', c.a.author];
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - ویرگول</title>
<link rel="stylesheet" href="/_nuxt/entry.B7k2xQ1c.css" crossorigin>
<link rel="stylesheet" href="/_nuxt/_slug_.Cq81fZ0a.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/DfX8mK2p.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/BaR4t7Lq.js">
<meta name="description" content="${esc(c.a.paras[0].slice(0, 150))}">
<meta property="og:site_name" content="ویرگول">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://files.virgool.io/upload/users/418207/posts/${slug}/cover-shamsabad.jpeg">
<meta property="article:author" content="https://virgool.io/@niloofar-sadri">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${esc(c.a.url)}">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: c.a.title, datePublished: pub, dateModified: upd, mainEntityOfPage: c.a.url, image: `https://files.virgool.io/upload/users/418207/posts/${slug}/cover-shamsabad.jpeg`, author: { '@type': 'Person', name: c.a.author, url: 'https://virgool.io/@niloofar-sadri' }, publisher: { '@type': 'Organization', name: 'ویرگول', logo: { '@type': 'ImageObject', url: 'https://virgool.io/images/logo.png' } } })}</script>
</head>
<body><div id="__nuxt"><div class="layout-default">
<header class="v-header"><div class="v-container"><a href="/" class="v-logo" aria-label="ویرگول"><svg width="88" height="28" viewBox="0 0 88 28"><path d="M4 4h8l6 16 6-16h8L20 26h-4z"></path></svg></a>
<nav class="v-header-nav"><a href="/search" class="v-icon-btn" aria-label="جستجو">جستجو</a> <a href="/write" class="v-btn v-btn--primary">نوشتن</a> <a href="/login" class="v-btn v-btn--outline">ورود / ثبت‌نام</a></nav></div></header>
<main class="post-page v-container">
<article class="post">
<div class="post-header"><a href="/@niloofar-sadri" class="author-row"><img class="avatar" src="https://files.virgool.io/upload/users/418207/avatar/n-sadri.jpeg" alt="${esc(c.a.author ?? '')}" width="44" height="44"><span class="author-name">${esc(c.a.author ?? '')}</span></a> <button type="button" class="v-btn v-btn--follow">دنبال کردن</button>
<div class="post-meta"><span class="post-date">${faDate(c)}</span><span class="dot">•</span><span class="read-time">خواندن ${persian(5)} دقیقه</span></div></div>
<h1 class="post-title">${esc(c.a.title)}</h1>
<figure class="post-cover"><img src="https://files.virgool.io/upload/users/418207/posts/${slug}/cover-shamsabad.jpeg" alt=""><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="post-content" dir="auto">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h3>${t}</h3>`, '', `<div class="embed-card embed-card--virgool"><a href="https://virgool.io/@niloofar-sadri/diesel-queue-qom-road-x1k9pq2mf0a" target="_blank" rel="noopener"><div class="embed-card__text"><strong>${esc(c.a.inline ?? '')}</strong><span>${esc(c.a.author ?? '')} در ویرگول</span><span class="embed-card__host">virgool.io</span></div><img src="https://files.virgool.io/upload/users/418207/posts/x1k9pq2mf0a/cover.jpeg" alt=""></a></div>`)}
</div>
<div class="post-tags">${tagLinks(c, '/tag/', ' ', 'v-tag')}</div>
<div class="post-actions"><button type="button" class="clap-btn" aria-label="پسندیدم">👏 <span>${persian(124)}</span></button> <a href="#responses" class="responses-btn">${persian(c.a.comments.length)} پاسخ</a> <button type="button" aria-label="ذخیره">ذخیره</button> <button type="button" aria-label="اشتراک‌گذاری">اشتراک‌گذاری</button></div>
<div class="post-author-card"><img class="avatar" src="https://files.virgool.io/upload/users/418207/avatar/n-sadri.jpeg" alt="" width="64" height="64"><div><span class="muted">نوشته شده توسط</span> <a href="/@niloofar-sadri" class="author-name">${esc(c.a.author ?? '')}</a><p class="bio">خبرنگار حوزه صنعت و انرژی؛ گزارش‌هایم را اینجا هم منتشر می‌کنم.</p><span class="followers">${persian('2.4').replace('.', '٫')} هزار دنبال‌کننده</span></div><button type="button" class="v-btn v-btn--follow">دنبال کردن</button></div>
</article>
<section id="responses" class="responses"><h2>پاسخ‌ها (${persian(c.a.comments.length)})</h2>
<div class="response-form"><textarea placeholder="پاسخ خود را بنویسید…"></textarea><button type="button" class="v-btn v-btn--primary">انتشار</button></div>
${comments(c, (n, t, k) => `<div class="response"><a href="/@reader-${k + 1}" class="author-row"><img class="avatar" src="/images/default-avatar.png" alt="" width="32" height="32"><span>${n}</span></a> <span class="muted">${persian(k ? 2 : 5)} ساعت پیش</span><p>${t}</p><button type="button" class="clap-btn">👏 <span>${persian(k ? 3 : 17)}</span></button></div>`)}
</section>
<section class="more-from-author"><h2>بیشتر از ${esc(c.a.author ?? '')}</h2><ul>
${li(c.a.related, 'https://virgool.io/@niloofar-sadri/p', Number(c.id) % 900 + 11)}
</ul></section>
<section class="recommended"><h2>پیشنهادهای ویرگول</h2><ul>
${c.a.mostRead.map((t, i) => `<li><a href="https://virgool.io/p/r${i + 41}k${i * 7}"><strong>${esc(t)}</strong></a> <span class="muted">${['مهدی ناصری', 'سارا فتحی', 'امید ک.', 'ترانه'][i % 4]} · خواندن ${persian(3 + i)} دقیقه</span></li>`).join('\n')}
</ul></section>
<div class="app-banner"><a href="https://virgool.io/app">ویرگول را در اپلیکیشن بخوانید</a></div>
</main>
<footer class="v-footer"><a href="/about">درباره ویرگول</a> · <a href="/terms">قوانین و حریم خصوصی</a> · <a href="/help">راهنما</a> · <a href="/jobs">فرصت‌های شغلی</a></footer>
</div></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">${JSON.stringify(payload).replace(/</g, '\\u003c')}</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.virgool.io/api/v1.4",cdn:"https://files.virgool.io"},app:{baseURL:"/",buildId:"b3e1f9c2-7a44-4d1e-9c0b-5d2f8e6a1b07",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>
<script type="module" src="/_nuxt/DfX8mK2p.js" crossorigin></script>
</body>
</html>
`;
    },
  },

  // A LONG REPORT SPLIT OVER TWO PAGES on the site of the daily Payam-e Ma (its own PHP CMS): the URL and
  // canonical of page 1, <link rel="next"> to «?page=2», the <title> with «- صفحه ۱»; JSON-LD NewsArticle
  // (+03:30) with pagination fields; service line, news code, the date in words with the time; rutitr,
  // title, lead, photo; a note «این گزارش در ۲ صفحه منتشر شده است»; page 1 holds the FIRST HALF of the
  // report (one subheading), which stops at a paragraph end; an in-body «پیشنهاد سردبیر» box; below the
  // text «ادامه گزارش در صفحه بعد»; a PAGER «صفحه ۱ از ۲» with page numbers and «صفحه بعد»; the link
  // «نمایش کامل گزارش در یک صفحه»; tags, share, related, most-read, comments, newsletter, footer.
  payamema: {
    site: 'پیام ما',
    boiler: ['این گزارش در ۲ صفحه منتشر شده است', 'پیشنهاد سردبیر:', 'ادامه گزارش در صفحه بعد', 'صفحه ۱ از ۲', 'صفحه بعد', 'نمایش کامل گزارش در یک صفحه', 'برچسب‌ها', 'اخبار مرتبط', 'پربازدیدترین‌ها', 'دیدگاه شما', 'عضویت در خبرنامه پیام ما', 'روزنامه صبح ایران؛ توسعه پایدار، محیط زیست، جامعه', 'تمامی حقوق مادی و معنوی این سایت متعلق به روزنامه پیام ما است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.a.title)} - صفحه ۱ | پیام ما</title>
<meta name="description" content="${esc(c.a.lead ?? '')}">
<meta property="og:site_name" content="پیام ما">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:url" content="${esc(c.a.url)}">
<meta property="og:image" content="https://payamema.ir/files/fa/news/1405/5/14/${c.id}_219.jpg">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="next" href="${esc(c.a.url)}?page=2">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso, pageStart: 1, pageEnd: 2, image: [`https://payamema.ir/files/fa/news/1405/5/14/${c.id}_219.jpg`], author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'پیام ما', logo: { '@type': 'ImageObject', url: 'https://payamema.ir/client/img/logo.png' } } })}</script>
<link rel="stylesheet" href="https://payamema.ir/client/css/main.css?v=5.3">
</head>
<body class="news-page">
<header class="pm-header"><div class="pm-top"><span>${weekday(c)} ${faDate(c)}</span> <a href="https://payamema.ir/newspaper">نسخه PDF روزنامه</a> <a href="https://payamema.ir/archive">آرشیو</a></div>
<a class="pm-logo" href="https://payamema.ir/"><img src="https://payamema.ir/client/img/logo.png" alt="پیام ما"></a><span class="pm-slogan">روزنامه صبح ایران؛ توسعه پایدار، محیط زیست، جامعه</span>
<nav class="pm-nav"><a href="https://payamema.ir/service/environment">محیط زیست</a> <a href="https://payamema.ir/service/water">آب</a> <a href="https://payamema.ir/service/society">جامعه</a> <a href="https://payamema.ir/service/economy">اقتصاد</a> <a href="https://payamema.ir/service/provinces">استان‌ها</a> <a href="https://payamema.ir/service/report">گزارش</a> <a href="https://payamema.ir/service/note">یادداشت</a> <a href="https://payamema.ir/photo">عکس</a></nav></header>
<main class="pm-main">
<article class="pm-news">
<div class="pm-service"><a href="https://payamema.ir/service/water">${esc(c.a.kicker)}</a> <span>کد خبر: ${persian(c.id)}</span> <span>${faDate(c)} - ${faTime(c)}</span> <span>نویسنده: ${esc(c.a.author ?? '')}</span></div>
<div class="pm-rutitr">گزارش «پیام ما» از فرونشست دشت رفسنجان</div>
<h1 class="pm-title">${esc(c.a.title)}</h1>
<p class="pm-lead">${esc(c.a.lead ?? '')}</p>
<figure class="pm-photo"><img src="https://payamema.ir/files/fa/news/1405/5/14/${c.id}_219.jpg" alt="${esc(c.a.caption)}"><figcaption>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
<div class="pm-pages-note">این گزارش در ۲ صفحه منتشر شده است</div>
<div class="pm-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '', `<div class="pm-suggest"><b>پیشنهاد سردبیر:</b> <a href="https://payamema.ir/news/${Number(c.id) - 1380}">${esc(c.a.inline ?? '')}</a></div>`)}
</div>
<div class="pm-continue"><a href="${esc(c.a.url)}?page=2">ادامه گزارش در صفحه بعد ←</a></div>
<div class="pm-pager"><span class="pm-pager-count">صفحه ۱ از ۲</span> <span class="current">۱</span> <a href="${esc(c.a.url)}?page=2">۲</a> <a class="next" href="${esc(c.a.url)}?page=2">صفحه بعد</a></div>
<div class="pm-onepage"><a href="${esc(c.a.url)}?page=all">نمایش کامل گزارش در یک صفحه</a></div>
<div class="pm-tags"><span>برچسب‌ها:</span> ${tagLinks(c, 'https://payamema.ir/tag/', ' ')}</div>
<div class="pm-share"><a href="https://t.me/share/url?url=https://payamema.ir/x/${c.id}">تلگرام</a> <a href="https://eitaa.com/share/url?url=https://payamema.ir/x/${c.id}">ایتا</a> <a href="https://x.com/intent/tweet?url=https://payamema.ir/x/${c.id}">ایکس</a> <span>لینک کوتاه: payamema.ir/x/${c.id}</span></div>
</article>
<section class="pm-related"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, 'https://payamema.ir/news/', Number(c.id) - 2210)}
</ul></section>
<aside class="pm-most"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, 'https://payamema.ir/news/', Number(c.id) - 540)}
</ol></aside>
<section class="pm-comments"><h2>دیدگاه شما</h2>
${comments(c, (n, t, k) => `<div class="pm-comment"><b>${n}</b> <span>${persian(k ? '11:20' : '09:52')}</span><p>${t}</p></div>`)}
<form><input type="text" placeholder="نام"><textarea placeholder="دیدگاه"></textarea><button type="button">ارسال</button></form></section>
<section class="pm-newsletter"><h2>عضویت در خبرنامه پیام ما</h2><input type="email" placeholder="ایمیل"><button type="button">عضویت</button></section>
</main>
<footer class="pm-footer"><p>تمامی حقوق مادی و معنوی این سایت متعلق به روزنامه پیام ما است.</p><p>صاحب امتیاز: مؤسسه فرهنگی پیام ما</p></footer>
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
    name: 'zagrosnews-k2-lorestan-water-tankers', site: 'zagrosnews', author: 'مریم دالوند', inlineAt: 4,
    inline: 'کاهش ۴۰ درصدی آورد رودخانه‌های لرستان در بهار',
    url: 'https://www.zagrosnews.ir/index.php/provincial/item/38517-abresani-sayar-148-roosta',
    title: 'آبرسانی سیار به ۱۴۸ روستای لرستان؛ دبی چشمه‌ها ۳۵ درصد کم شد',
    kicker: 'استانی', date: '۴ مرداد ۱۴۰۵ - ۱۰:۴۵',
    lead: 'مدیرعامل شرکت آب و فاضلاب لرستان علیرضا کرم‌پور از آبرسانی سیار با تانکر به ۱۴۸ روستای استان خبر داد و گفت دبی چشمه‌ها و قنات‌هایی که آب شرب این روستاها را تأمین می‌کنند، نسبت به تابستان پارسال ۳۵ درصد کم شده است.',
    paras: [
      'به گزارش زاگرس نیوز، وی صبح امروز در جلسه کارگروه مدیریت تنش آبی استان که در سالن جلسات استانداری برگزار شد، افزود: بیشتر روستاهای درگیر کم‌آبی در شهرستان‌های الیگودرز، ازنا و کوهدشت قرار دارند و هر روز ۹۵ دستگاه تانکر در این مناطق آب شرب جابه‌جا می‌کنند.',
      'کرم‌پور با اشاره به اینکه حدود ۶۲ هزار نفر در این روستاها زندگی می‌کنند، ادامه داد: سهم هر نفر در آبرسانی سیار ۵۰ لیتر در روز است. این مقدار برای نوشیدن و بهداشت کافی است، اما جوابگوی نیاز دام و باغچه‌های روستایی نیست.',
      'در این جلسه که فرهاد سپهوند، مدیرکل دفتر مدیریت بحران استانداری لرستان، و فرمانداران شهرستان‌های درگیر نیز حضور داشتند، گزارشی از وضعیت منابع آبی استان ارائه شد. بر اساس این گزارش، بارش‌های سال آبی جاری در لرستان ۲۸ درصد کمتر از میانگین بلندمدت بوده و حجم آب پشت سد مروک به ۱۹ میلیون مترمکعب رسیده است.',
      'مدیرعامل آبفای لرستان همچنین گفت: برای عبور از تابستان، حفر ۴۲ حلقه چاه تازه آغاز شده و تا پایان شهریور ۱۸ حلقه از آنها وارد مدار می‌شود. اعتبار این طرح‌ها ۳۸۰ میلیارد ریال است که ۶۰ درصد آن تاکنون تخصیص یافته است.',
      'سپهوند نیز در ادامه جلسه گفت: تانکر راه‌حل موقت است و اگر تا مهر باران نبارد، باید آبرسانی سیار را در ۳۰ روستای دیگر هم آغاز کنیم. به گفته مدیرکل مدیریت بحران استانداری، ستاد بحران استان برای خرید ۲۰ دستگاه تانکر تازه از محل اعتبارات ملی درخواست داده است.',
      'وضعیت در روستای چشمه‌کبود در بخش زز و ماهرو الیگودرز از همه جا سخت‌تر است. محمدرضا بیرانوند، دهیار این روستا، به خبرنگار زاگرس نیوز گفت: تانکر هر سه روز یک بار به روستا می‌آید و مردم آب را در مخزن‌های پلاستیکی نگه می‌دارند. از ۲۱۰ خانوار روستا، نزدیک به ۴۰ خانوار در یک سال اخیر به شهر کوچ کرده‌اند.',
      'بیرانوند افزود که چشمه اصلی روستا که تا پنج سال پیش در همه فصل‌ها جاری بود، از اواسط تیر به‌کلی خشک شده است.',
      'شرکت آب منطقه‌ای لرستان نیز اعلام کرد از ابتدای امسال برداشت از ۱۲۰ حلقه چاه غیرمجاز در استان متوقف شده و پلمب ۷۵ حلقه دیگر در دستور کار است.',
    ],
    tags: ['کم‌آبی', 'آبرسانی سیار', 'آبفای لرستان', 'الیگودرز'],
    caption: 'تانکر آبرسانی در یکی از روستاهای شهرستان الیگودرز', credit: 'عکس: زاگرس نیوز',
    related: ['جیره‌بندی آب در ۶ شهر لرستان منتفی شد', 'خشکسالی و کوچ روستاییان زز و ماهرو', 'وضعیت ذخایر سدهای لرستان در نیمه تیر'],
    mostRead: ['زمان اعلام نتایج استخدام آموزش و پرورش لرستان', 'قیمت جدید نان در خرم‌آباد اعلام شد', 'تصادف زنجیره‌ای در آزادراه خرم‌آباد - پل‌زال', 'جدول خاموشی‌های برق خرم‌آباد'],
    comments: [['رضا از ازنا', 'در روستای ما هم تانکر هفته‌ای یک بار می‌آید؛ کسی پیگیری نمی‌کند.'], ['یک الیگودرزی', 'چاه زدن راه حل نیست، آب زیرزمینی را هم تمام می‌کنیم.']],
    speakers: [
      { name: 'علیرضا کرم‌پور', role: 'مدیرعامل شرکت آب و فاضلاب لرستان', also_called: ['وی', 'کرم‌پور', 'مدیرعامل آبفای لرستان'], statements: 4 },
      { name: 'فرهاد سپهوند', role: 'مدیرکل دفتر مدیریت بحران استانداری لرستان', also_called: ['سپهوند', 'مدیرکل مدیریت بحران استانداری'], statements: 2 },
      { name: 'محمدرضا بیرانوند', role: 'دهیار این روستا', also_called: ['بیرانوند'], statements: 2 },
    ],
    speakers_never: ['شرکت آب منطقه‌ای لرستان', 'فرمانداران شهرستان‌های درگیر', 'ستاد بحران استان'],
    figures: [
      { value: 148, unit: 'روستا', kind: 'count', about: 'روستاهای زیر پوشش آبرسانی سیار (title, lead)' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'کاهش دبی چشمه‌ها و قنات‌ها (title, lead)' },
      { value: 95, unit: 'دستگاه', kind: 'count', about: 'تانکرهای فعال هر روز (kept; «هر روز» is its basis)' },
      { value: 62000, unit: 'نفر', kind: 'count', about: '«حدود ۶۲ هزار نفر» ساکنان روستاها' },
      { value: 50, unit: 'لیتر', kind: 'measure', about: 'سهم هر نفر (kept; «در روز» is its basis)' },
      { value: 28, unit: 'درصد', kind: 'percent', about: 'کمبود بارش نسبت به میانگین بلندمدت' },
      { value: 19000000, unit: 'مترمکعب', kind: 'measure', about: '«۱۹ میلیون مترمکعب» حجم آب سد مروک' },
      { value: 42, unit: 'حلقه', kind: 'count', about: 'چاه‌های در دست حفر' },
      { value: 18, unit: 'حلقه', kind: 'count', about: 'چاه‌هایی که تا پایان شهریور وارد مدار می‌شوند' },
      { value: 380000000000, unit: 'ریال', kind: 'money', about: '«۳۸۰ میلیارد ریال» اعتبار طرح‌ها' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'سهم تخصیص‌یافته از اعتبار' },
      { value: 30, unit: 'روستا', kind: 'count', about: 'روستاهای دیگری که ممکن است آبرسانی سیار بگیرند' },
      { value: 20, unit: 'دستگاه', kind: 'count', about: 'تانکرهای درخواستی' },
      { value: 210, unit: 'خانوار', kind: 'count', about: 'خانوارهای روستای چشمه‌کبود' },
      { value: 40, unit: 'خانوار', kind: 'count', about: '«نزدیک به ۴۰ خانوار» کوچ‌کرده' },
      { value: 120, unit: 'حلقه', kind: 'count', about: 'چاه‌های غیرمجاز متوقف‌شده' },
      { value: 75, unit: 'حلقه', kind: 'count', about: 'چاه‌های در نوبت پلمب' },
    ],
    figures_never: ['«تابستان پارسال», «صبح امروز», «پایان شهریور», «مهر», «اواسط تیر», «ابتدای امسال»: dates', '«یک سال اخیر», «پنج سال پیش»: durations', '«هر سه روز یک بار»: a frequency', '«هر روز», «در روز»: bases', '«سال آبی جاری»: a period', 'the read-more link («کاهش ۴۰ درصدی …»), the rating (۹ رای), hits (1486), comments: not body'],
    notes: [
      'A provincial water story of a news site on JOOMLA 3 with the K2 COMPONENT (com_k2 item view; <base href>, the Joomla generator meta, K2 og tags, application/x-k2-headers, and K2\'s JSON-LD Article whose datePublished is the stored UTC instant «2026-07-26T07:15:00+00:00» = 10:45 Tehran, the gold 2026-07-26T10:45:00+03:30); the visible date is K2\'s itemDateCreated «یکشنبه, 04 مرداد 1405 10:45» (Latin digits, a comma after the weekday) and a last-modified line 35 minutes later; the title is an <h2 class="itemTitle"> with a «ویژه» badge and there is no <h1>; breadcrumb «شما اینجا هستید:»; K2 toolbar (font resizer, print, email, comment count), rating stars «(9 رای)»; image block with caption and credits; the lead is the bold itemIntroText; the itemFullText holds an editor-pasted «بیشتر بخوانید:» paragraph after paragraph 5 (not body); hits, social sharing, category «منتشر شده در», tags, author block, «مطالب مرتبط», previous/next in the category, two K2 comments and the comment form, «بازگشت به بالا»; side modules: most-read, latest news, an Eitaa channel invite, a banner).',
      'statements: Karampour is introduced as «ROLE NAME» without commas in the lead: «… خبر داد و گفت …» (one); «وی … افزود:» (one); «کرم‌پور … ادامه داد:» (two-sentence quote, once); by a shorter role alone, «مدیرعامل آبفای لرستان همچنین گفت:» (two-sentence quote, once) = 4; Sepahvand is first met IN PASSING among those present at the meeting (no statement there), then speaks by surname, «سپهوند نیز … گفت:» (one), and by a shorter role alone, «به گفته مدیرکل مدیریت بحران استانداری، …» (one) = 2; Beiranvand, the village head: «NAME، ROLE، به خبرنگار زاگرس نیوز گفت:» (multi-sentence quote, once), «بیرانوند افزود که …» (one) = 2.',
      'The regional water company («اعلام کرد») is an organization; the governors are present only; the crisis HQ «درخواست داده است» is an organization. Well counts use the classifier حلقه (۴۲، ۱۸، ۱۲۰، ۷۵: four values); tanker counts use دستگاه (۹۵ and ۲۰); «۵۰ لیتر در روز» is kept as 50 لیتر; «۳۸۰ میلیارد ریال» is 3.8e11.',
    ],
  },
  {
    name: 'um-drupal7-campus-solar-plant', site: 'umdrupal',
    url: 'https://news.um.ac.ir/fa/content/نیروگاه-خورشیدی-۲-مگاواتی-پردیس-دانشگاه-به-بهره‌برداری-رسید',
    title: 'نیروگاه خورشیدی ۲ مگاواتی پردیس دانشگاه فردوسی مشهد به بهره‌برداری رسید',
    kicker: 'اخبار دانشگاه', date: '۶ مرداد ۱۴۰۵ - ۱۲:۱۵',
    lead: 'نیروگاه خورشیدی ۲ مگاواتی پردیس دانشگاه فردوسی مشهد امروز با حضور مسئولان دانشگاه و شرکت توزیع نیروی برق مشهد به بهره‌برداری رسید؛ این نیروگاه سالانه حدود ۳ میلیون و ۲۰۰ هزار کیلووات‌ساعت برق تولید می‌کند و ۱۸ درصد مصرف برق پردیس را تأمین خواهد کرد.',
    paras: [
      'به گزارش روابط عمومی دانشگاه فردوسی مشهد، این نیروگاه با ۳ هزار و ۶۰۰ پنل خورشیدی روی زمینی به مساحت ۴ هکتار در ضلع شرقی پردیس ساخته شده و هزینه احداث آن ۸۵ میلیارد تومان بوده است. ۴۰ درصد این هزینه از محل تسهیلات صندوق نوآوری و شکوفایی و بقیه از منابع داخلی دانشگاه تأمین شده است.',
      'در آیین افتتاح این طرح، دکتر سمیرا قائم‌پناه، عضو هیئت علمی گروه مهندسی برق و مجری طرح، گزارشی از مراحل ساخت نیروگاه ارائه کرد و از ۳۵ دانشجوی کارشناسی ارشد و دکتری که در طراحی و نصب آن مشارکت داشتند، تقدیر شد.',
      'دکتر مهدی نیک‌سرشت، معاون پژوهش و فناوری دانشگاه، در این آیین گفت: دانشگاه سال گذشته حدود ۱۸ میلیون کیلووات‌ساعت برق مصرف کرد و هزینه برق پردیس به بیش از ۲۲ میلیارد تومان رسید. با این نیروگاه بخشی از این هزینه به درآمد تبدیل می‌شود، چون برق مازاد در روزهای تعطیل به شبکه فروخته می‌شود.',
      'وی افزود: طبق برنامه، ظرفیت نیروگاه‌های خورشیدی دانشگاه تا پایان سال ۱۴۰۶ به ۵ مگاوات می‌رسد و پشت‌بام ۱۲ دانشکده نیز برای نصب پنل بررسی شده است.',
      'حسن یزدان‌دوست، مدیرعامل شرکت توزیع نیروی برق مشهد، نیز گفت: در ساعت‌های اوج مصرف تابستان، کمبود برق شهر مشهد به حدود ۱۵۰ مگاوات می‌رسد و هر نیروگاه خورشیدی کوچکی که در شهر ساخته شود، بخشی از فشار را از روی شبکه برمی‌دارد.',
      'به گفته یزدان‌دوست، شرکت توزیع برق قرارداد خرید تضمینی برق این نیروگاه را برای ۲۰ سال امضا کرده و نرخ خرید هر کیلووات‌ساعت ۳ هزار و ۴۰۰ ریال تعیین شده است.',
      'قائم‌پناه نیز در حاشیه مراسم به خبرنگار روابط عمومی دانشگاه گفت: بازده پنل‌ها در گرمای تابستان مشهد کمی افت می‌کند، اما ما سامانه شست‌وشوی خودکاری طراحی کرده‌ایم که گرد و غبار پنل‌ها را هر هفته پاک می‌کند و افت تولید را به کمتر از ۷ درصد می‌رساند.',
      'مجری طرح افزود: این نیروگاه هر سال از انتشار حدود ۲ هزار و ۲۰۰ تن دی‌اکسید کربن جلوگیری می‌کند و داده‌های تولید آن به‌صورت برخط در اختیار دانشجویان رشته‌های انرژی قرار می‌گیرد تا در پروژه‌های درسی از آن استفاده کنند.',
      'عملیات ساخت این نیروگاه از شهریور ۱۴۰۴ آغاز شده بود و ۱۰ ماه طول کشید. دانشگاه فردوسی مشهد پیش از این نیز یک نیروگاه خورشیدی آزمایشی کوچک روی بام دانشکده مهندسی راه‌اندازی کرده بود.',
    ],
    tags: ['نیروگاه خورشیدی', 'انرژی تجدیدپذیر', 'معاونت پژوهش و فناوری', 'دانشکده مهندسی'],
    caption: 'نمایی از پنل‌های نیروگاه خورشیدی در ضلع شرقی پردیس دانشگاه', credit: 'عکس: مرکز عکس روابط عمومی',
    related: ['برگزاری نشست هم‌اندیشی مدیریت مصرف انرژی در دانشگاه', 'تقدیر از پژوهشگران برتر دانشگاه در هفته پژوهش', 'آغاز ثبت‌نام خوابگاه‌های دانشجویی نیمسال اول'],
    mostRead: ['اطلاعیه زمان‌بندی انتخاب واحد نیمسال اول ۱۴۰۵-۱۴۰۶', 'رتبه دانشگاه در نظام رتبه‌بندی تایمز', 'فراخوان جذب دانشجوی دکتری استعداد درخشان'],
    comments: [['دانشجوی ارشد قدرت', 'کاش داده‌های لحظه‌ای تولید را روی سایت دانشکده هم بگذارید.'], ['کارمند دانشگاه', 'پارکینگ ضلع شرقی هم سایه‌بان خورشیدی لازم دارد.']],
    speakers: [
      { name: 'مهدی نیک‌سرشت', role: 'معاون پژوهش و فناوری دانشگاه', also_called: ['وی'], statements: 2 },
      { name: 'حسن یزدان‌دوست', role: 'مدیرعامل شرکت توزیع نیروی برق مشهد', also_called: ['یزدان‌دوست'], statements: 2 },
      { name: 'سمیرا قائم‌پناه', role: 'عضو هیئت علمی گروه مهندسی برق و مجری طرح', also_called: ['قائم‌پناه', 'مجری طرح'], statements: 2 },
    ],
    speakers_never: ['روابط عمومی دانشگاه فردوسی مشهد', 'صندوق نوآوری و شکوفایی', 'شرکت توزیع برق'],
    figures: [
      { value: 2, unit: 'مگاوات', kind: 'measure', about: 'ظرفیت نیروگاه (title, lead)' },
      { value: 3200000, unit: 'کیلووات‌ساعت', kind: 'measure', about: '«۳ میلیون و ۲۰۰ هزار کیلووات‌ساعت» تولید سالانه (kept; «سالانه» is its basis) (lead)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'سهم از مصرف برق پردیس (lead)' },
      { value: 3600, unit: 'پنل', kind: 'count', about: '«۳ هزار و ۶۰۰ پنل»' },
      { value: 4, unit: 'هکتار', kind: 'measure', about: 'مساحت زمین نیروگاه' },
      { value: 85000000000, unit: 'تومان', kind: 'money', about: '«۸۵ میلیارد تومان» هزینه احداث' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم تسهیلات صندوق' },
      { value: 35, unit: 'دانشجو', kind: 'count', about: 'دانشجویان مشارکت‌کننده' },
      { value: 18000000, unit: 'کیلووات‌ساعت', kind: 'measure', about: '«حدود ۱۸ میلیون کیلووات‌ساعت» مصرف سال گذشته' },
      { value: 22000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۲۲ میلیارد تومان» هزینه برق پردیس' },
      { value: 5, unit: 'مگاوات', kind: 'measure', about: 'ظرفیت هدف تا پایان ۱۴۰۶' },
      { value: 12, unit: 'دانشکده', kind: 'count', about: 'بام دانشکده‌های بررسی‌شده' },
      { value: 150, unit: 'مگاوات', kind: 'measure', about: '«حدود ۱۵۰ مگاوات» کمبود برق مشهد در اوج' },
      { value: 3400, unit: 'ریال', kind: 'money', about: '«۳ هزار و ۴۰۰ ریال» نرخ خرید (kept; «هر کیلووات‌ساعت» is its basis)' },
      { value: 7, unit: 'درصد', kind: 'percent', about: '«کمتر از ۷ درصد» افت تولید' },
      { value: 2200, unit: 'تن', kind: 'measure', about: '«حدود ۲ هزار و ۲۰۰ تن» دی‌اکسید کربن در سال (kept; «هر سال» is its basis)' },
    ],
    figures_never: ['«امروز», «سال گذشته», «پایان سال ۱۴۰۶», «شهریور ۱۴۰۴»: dates', '«۲۰ سال», «۱۰ ماه»: durations', '«هر هفته»: a frequency', '«سالانه», «هر سال», «هر کیلووات‌ساعت»: bases', '«یک نیروگاه خورشیدی آزمایشی»: lone «یک»', 'the attachment size «1.2 مگابایت», the read counter (۸۷۴), the upcoming-events dates: not body'],
    notes: [
      'A university news page on DRUPAL 7 (XHTML+RDFa 1.0 doctype, <head profile>, generator «Drupal 7», shortlink /fa/node/48213, @import style blocks, Drupal.settings inside a CDATA comment; body classes «html not-front not-logged-in … page-node-48213 node-type-news i18n-fa»; #skip-link «رفتن به محتوای اصلی»; header with the site name, slogan, language switcher and search block with invisible labels; #main-menu; breadcrumb with «»» and an invisible «شما اینجا هستید»; h1#page-title; the node with RDFa spans and the submitted line «ارسال شده توسط روابط عمومی در سه‌شنبه، ۶ مرداد ۱۴۰۵ - ۱۲:۱۵» whose dc:date content is 2026-07-28T12:15:00+03:30, as is article:published_time (the gold)). Fields in order: field-lead (the lead, a plain div), field-image (no caption in the image), a separate image-caption field «caption / credit» (not body), body (text-with-summary, paragraphs), tags with the label «برچسب‌ها:», an ATTACHMENTS table («پیوست | اندازه», a PDF of 1.2 مگابایت); the links row (read counter, print, forward); two anonymous comments «(تایید نشده)» with titles cut from their first words, and the «افزودن دیدگاه جدید» form; sidebar blocks: latest news (view), «محبوب‌ترین‌های امروز», useful links, upcoming events; footer with the postal address.',
      'statements: Niksersht (written «دکتر NAME، ROLE،»; the gold name leaves the title «دکتر» out): «… در این آیین گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Yazdandoost: «NAME، ROLE، نیز گفت:» (one), «به گفته یزدان‌دوست، …» (one) = 2; Ghaempanah (also «دکتر») is first met IN PASSING at the ceremony («گزارشی از مراحل ساخت … ارائه کرد»: she presents a report whose content is not given — not a statement), then speaks by surname, «قائم‌پناه نیز … گفت:» (one), and by the second half of her role alone, «مجری طرح افزود:» (one) = 2.',
      'The university PR office («به گزارش»), the innovation fund and the distribution company as an organization are not speakers. «کیلووات‌ساعت» values are measures (۳٫۲ میلیون and ۱۸ میلیون), «مگاوات» values are measures (۲، ۵، ۱۵۰); the purchase price per kWh is kept with its basis left out; «۲۰ سال» (contract length) and «۱۰ ماه» (construction time) are durations.',
    ],
  },
  {
    name: 'ostanzn-aspnet-rural-roads-budget', site: 'ostanzn',
    url: 'https://www.ostan-zn.ir/News/NewsDetail.aspx?NewsID=18452',
    title: 'تصویب ۴ هزار و ۲۰۰ میلیارد ریال اعتبار برای راه‌های روستایی استان زنجان',
    kicker: 'اخبار عمرانی', date: '۷ مرداد ۱۴۰۵ - ۰۹:۴۰',
    lead: 'شورای برنامه‌ریزی و توسعه استان زنجان صبح امروز ۴ هزار و ۲۰۰ میلیارد ریال اعتبار برای بهسازی و آسفالت راه‌های روستایی استان در سال جاری تصویب کرد؛ با این اعتبار، ۳۲۰ کیلومتر از راه‌های روستایی استان آسفالت می‌شود.',
    paras: [
      'به گزارش روابط عمومی استانداری زنجان، استاندار زنجان اکبر شاهوردی‌نژاد در این جلسه گفت: هنوز ۱۸۶ روستای استان راه آسفالته ندارند و بیشتر آنها در شهرستان‌های ماهنشان، طارم و ایجرود قرار دارند. رساندن آسفالت به این روستاها اولویت نخست اعتبارات عمرانی امسال است.',
      'وی با بیان اینکه سهم استان از اعتبارات ملی راه روستایی نسبت به پارسال ۲۵ درصد افزایش یافته است، افزود: از فرمانداران می‌خواهم پیمانکاران را ملزم کنند که تا پیش از بارش‌های پاییزی، دست‌کم ۷۰ درصد عملیات آسفالت را به پایان برسانند.',
      'در این جلسه که رضا قربانلو، مدیرکل راهداری و حمل‌ونقل جاده‌ای استان زنجان، و نمایندگان مردم استان در مجلس شورای اسلامی نیز حضور داشتند، سهم هر شهرستان از این اعتبار به تصویب رسید. بر این اساس، شهرستان ماهنشان با ۹۶۰ میلیارد ریال بیشترین سهم را به خود اختصاص داد.',
      'معاون هماهنگی امور عمرانی استانداری زنجان، فاطمه جهانبخشی، نیز در این جلسه گفت: قیمت هر تن قیر از ابتدای امسال حدود ۴۰ درصد گران شده و همین موضوع هزینه آسفالت هر کیلومتر راه روستایی را به ۱۳ میلیارد ریال رسانده است.',
      'جهانبخشی افزود: برای جبران این افزایش هزینه، ۶۵ هزار تن قیر از سهمیه قیر رایگان دولت به استان اختصاص یافته و تحویل ۳۰ هزار تن آن به پیمانکاران آغاز شده است.',
      'قربانلو نیز با اشاره به وضعیت راه‌های روستایی استان گفت: از ۴ هزار و ۸۰۰ کیلومتر راه روستایی استان، نزدیک به یک هزار و ۱۰۰ کیلومتر هنوز خاکی یا شنی است. زمستان گذشته ارتباط ۴۴ روستا به دلیل برف و رانش زمین برای چند روز قطع شد.',
      'مدیرکل راهداری استان همچنین از تجهیز ۱۲ راهدارخانه تازه در گردنه‌ها و مسیرهای کوهستانی استان تا آغاز فصل سرما خبر داد و گفت ماشین‌آلات این راهدارخانه‌ها از محل همین مصوبه خریداری می‌شود.',
      'در پایان این جلسه، تفاهم‌نامه‌ای میان استانداری و بنیاد مسکن انقلاب اسلامی استان برای آسفالت معابر ۵۰ روستای هدف گردشگری نیز امضا شد. بر پایه این تفاهم‌نامه، بنیاد مسکن طراحی و نظارت بر اجرای طرح‌ها را بر عهده دارد و دهیاری‌ها نیز بخشی از هزینه را از محل عوارض محلی تأمین می‌کنند.',
    ],
    tags: ['راه روستایی', 'شورای برنامه‌ریزی و توسعه استان', 'آسفالت', 'ماهنشان'],
    caption: 'جلسه شورای برنامه‌ریزی و توسعه استان زنجان', credit: '',
    related: ['بازدید استاندار از پروژه راه ارتباطی روستاهای طارم', 'برگزاری جلسه شورای ترافیک استان', 'افتتاح ۸ طرح عمرانی در شهرستان ایجرود'],
    mostRead: ['ساعت کاری ادارات استان تا پایان مرداد تغییر کرد', 'نتایج آزمون استخدامی دهیاری‌ها اعلام شد', 'دیدار مردمی استاندار در شهرستان ابهر'],
    comments: [],
    speakers: [
      { name: 'اکبر شاهوردی‌نژاد', role: 'استاندار زنجان', also_called: ['وی'], statements: 2 },
      { name: 'فاطمه جهانبخشی', role: 'معاون هماهنگی امور عمرانی استانداری زنجان', also_called: ['جهانبخشی'], statements: 2 },
      { name: 'رضا قربانلو', role: 'مدیرکل راهداری و حمل‌ونقل جاده‌ای استان زنجان', also_called: ['قربانلو', 'مدیرکل راهداری استان'], statements: 2 },
    ],
    speakers_never: ['شورای برنامه‌ریزی و توسعه استان زنجان', 'روابط عمومی استانداری زنجان', 'نمایندگان مردم استان در مجلس شورای اسلامی', 'بنیاد مسکن انقلاب اسلامی استان'],
    figures: [
      { value: 4200000000000, unit: 'ریال', kind: 'money', about: '«۴ هزار و ۲۰۰ میلیارد ریال» اعتبار مصوب (title, lead)' },
      { value: 320, unit: 'کیلومتر', kind: 'measure', about: 'راه روستایی که آسفالت می‌شود (lead)' },
      { value: 186, unit: 'روستا', kind: 'count', about: 'روستاهای بدون راه آسفالته' },
      { value: 25, unit: 'درصد', kind: 'percent', about: 'افزایش سهم استان از اعتبارات ملی' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«دست‌کم ۷۰ درصد» عملیات آسفالت پیش از پاییز' },
      { value: 960000000000, unit: 'ریال', kind: 'money', about: '«۹۶۰ میلیارد ریال» سهم ماهنشان' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«حدود ۴۰ درصد» گرانی قیر' },
      { value: 13000000000, unit: 'ریال', kind: 'money', about: '«۱۳ میلیارد ریال» هزینه آسفالت (kept; «هر کیلومتر» is its basis)' },
      { value: 65000, unit: 'تن', kind: 'measure', about: '«۶۵ هزار تن» قیر رایگان' },
      { value: 30000, unit: 'تن', kind: 'measure', about: '«۳۰ هزار تن» قیر در حال تحویل' },
      { value: 4800, unit: 'کیلومتر', kind: 'measure', about: '«۴ هزار و ۸۰۰ کیلومتر» کل راه روستایی استان' },
      { value: 1100, unit: 'کیلومتر', kind: 'measure', about: '«نزدیک به یک هزار و ۱۰۰ کیلومتر» راه خاکی یا شنی' },
      { value: 44, unit: 'روستا', kind: 'count', about: 'روستاهایی که ارتباطشان قطع شد' },
      { value: 12, unit: 'راهدارخانه', kind: 'count', about: 'راهدارخانه‌های تازه' },
      { value: 50, unit: 'روستا', kind: 'count', about: 'روستاهای هدف گردشگری' },
    ],
    figures_never: ['«صبح امروز», «سال جاری», «امسال», «پارسال», «ابتدای امسال», «زمستان گذشته», «آغاز فصل سرما»: dates', '«اولویت نخست»: ordinal', '«چند روز»: vague duration', '«هر تن», «هر کیلومتر»: bases', 'the page\'s news code (18452), visit count (312), the visit counter and the poll: not body'],
    notes: [
      'A governorate news item of a provincial portal in ASP.NET WEBFORMS (XHTML 1.0 Transitional doctype; <head id="ctl00_Head1"> with the <title> on its own indented line; the whole page inside <form id="aspnetForm"> with __EVENTTARGET, __VIEWSTATE, __VIEWSTATEGENERATOR, __EVENTVALIDATION, __doPostBack, WebResource.axd and ScriptResource.axd; a 980px TABLE LAYOUT: header image, menu row, a red «اخبار ویژه :» cell with a MARQUEE of headlines and today\'s date, then three table columns (links and visit counter | content | poll and most-viewed); <font face="Tahoma"> everywhere). NO og, NO JSON-LD, NO date meta: the only date is the line «کد خبر : 18452   تاریخ انتشار : 1405/05/07   ساعت : 09:40   تعداد بازدید : 312» in Latin digits (the gold 2026-07-29T09:40:00+03:30). The rutitr span «در جلسه شورای برنامه ریزی و توسعه استان مطرح شد» (not body), the title span, the lead span on a grey background, photo with caption (no credit); the BODY is ONE <span id="ctl00_ContentPlaceHolder1_lblBody"> wrapped in <font>, its paragraphs separated only by <br /><br /> (no <p>); print / send-to-friends __doPostBack links; «اخبار مرتبط» as a DataList table; «نظرات بینندگان» with «نظری برای این خبر ثبت نشده است.» and a form with a captcha; the chrome is typed without ZWNJ («می باشد», «برنامه ریزی») while the text has them.',
      'statements: Shahverdinejad is introduced as «ROLE NAME» without commas: «… در این جلسه گفت:» (two-sentence quote, once), «وی با بیان اینکه …، افزود:» (one) = 2; Jahanbakhshi is introduced ROLE first with the name between commas: «ROLE، NAME، نیز … گفت:» (one), «جهانبخشی افزود:» (one) = 2; Ghorbanloo is first met IN PASSING among those present at the meeting (no statement), then speaks by surname, «قربانلو نیز … گفت:» (two-sentence quote, once), and by a shorter role alone, «مدیرکل راهداری استان همچنین از … خبر داد و گفت …» (one) = 2.',
      'The planning council (it approves), the PR office («به گزارش»), the MPs (present only) and the Housing Foundation are not speakers. «۴ هزار و ۲۰۰ میلیارد ریال» is 4.2e12 and «۹۶۰ میلیارد ریال» 9.6e11; the per-kilometre cost «۱۳ میلیارد ریال» is kept with its basis left out; «یک هزار و ۱۰۰ کیلومتر» is 1100 (not a lone «یک»); «۴۰ درصد» is the bitumen price rise.',
    ],
  },
  {
    name: 'blogfa-marivan-zrebar-fish-deaths', site: 'blogfa', author: 'هیوا کریمی', photoAt: 0,
    url: 'https://marivan-news.blogfa.com/post/612',
    title: 'شکوفایی جلبک‌ها در زریوار؛ ماهی‌ها در ساحل شرقی دریاچه تلف شدند',
    kicker: 'محیط زیست', date: '۱۰ مرداد ۱۴۰۵ - ۲۱:۴۵',
    extraExcludes: ['گزارش و عکس: هیوا کریمی', 'اخبار و گزارش‌های مریوان، سروآباد و دریاچه زریوار'],
    paras: [
      'مریوان - ساحل شرقی دریاچه زریوار از صبح امروز شاهد تلف شدن ماهی‌ها بود و تا عصر بیش از ۲ تن ماهی مرده در نواری به طول حدود ۳ کیلومتر از آب جمع‌آوری شد. رنگ آب در بخش‌هایی از دریاچه به سبز تیره درآمده و بوی نامطبوعی در روستاهای حاشیه آن پیچیده است.',
      'کاوه رحمانی‌فر، رئیس اداره حفاظت محیط زیست شهرستان مریوان، که عصر امروز همراه کارشناسان این اداره از ساحل دریاچه بازدید کرد، به خبرنامه مریوان گفت: نمونه‌های آب برای آزمایش به سنندج فرستاده شده، اما شواهد اولیه نشان می‌دهد شکوفایی جلبک‌ها و کمبود اکسیژن محلول در آب، علت تلف شدن ماهی‌هاست.',
      'وی افزود: اکسیژن محلول آب در ساحل شرقی امروز صبح به ۲٫۱ میلی‌گرم در لیتر رسیده که کمتر از نیمی از حد لازم برای زندگی ماهی‌هاست. دمای آب سطحی هم به ۲۹ درجه سانتی‌گراد رسیده که برای زریوار بی‌سابقه است.',
      'به گفته رئیس محیط زیست مریوان، ورود فاضلاب ۱۱ روستای حاشیه دریاچه و پساب کودهای شیمیایی زمین‌های کشاورزی، مهم‌ترین عامل رشد جلبک‌هاست و تاکنون فقط ۳ روستا به شبکه جمع‌آوری فاضلاب وصل شده‌اند.',
      'جمال ویسی، مدیرعامل تعاونی صیادان زریوار، هم در ساحل دریاچه به خبرنگار ما گفت: ۸۵ صیاد عضو تعاونی هستند و بیشتر آنها از ماهیگیری در زریوار روزگار می‌گذرانند. اگر تلفات ادامه پیدا کند، صید امسال به نصف پارسال هم نمی‌رسد. پارسال اعضای تعاونی حدود ۴۰ تن ماهی صید کردند.',
      'دکتر ژیلا امینی‌پور، عضو هیئت علمی گروه شیلات دانشگاه کردستان، که سال‌هاست کیفیت آب زریوار را پایش می‌کند، هم عصر امروز برای نمونه‌برداری به دریاچه آمده بود.',
      'امینی‌پور در گفت‌وگو با خبرنامه مریوان گفت: بررسی‌های ما نشان می‌دهد غلظت فسفر آب دریاچه در ۱۰ سال گذشته از ۰٫۰۴ به ۰٫۱۱ میلی‌گرم در لیتر رسیده است. تا وقتی فاضلاب و کود به دریاچه می‌ریزد، این اتفاق هر تابستان تکرار می‌شود.',
      'این استاد دانشگاه کردستان پیشنهاد کرد لایروبی نیزارهای ساحل شرقی در پاییز انجام شود و کشاورزان حاشیه دریاچه برای کم کردن مصرف کود شیمیایی آموزش ببینند. به گفته او، مساحت دریاچه در فصل کم‌آبی به حدود ۸۰۰ هکتار کاهش می‌یابد و همین، دریاچه را در برابر آلودگی آسیب‌پذیرتر می‌کند.',
      'فرمانداری مریوان نیز اعلام کرد جلسه ویژه بررسی وضعیت زریوار فردا با حضور دستگاه‌های مسئول برگزار می‌شود. تا روشن شدن نتیجه آزمایش‌ها، صید در ساحل شرقی دریاچه ممنوع شده و اداره محیط زیست ۶ دستگاه هواده را برای افزایش اکسیژن آب در این بخش به کار انداخته است.',
    ],
    tags: ['محیط زیست', 'دریاچه زریوار'],
    caption: 'ماهی‌های تلف‌شده در ساحل شرقی زریوار - عصر امروز', credit: '',
    related: [], mostRead: [], comments: [],
    speakers: [
      { name: 'کاوه رحمانی‌فر', role: 'رئیس اداره حفاظت محیط زیست شهرستان مریوان', also_called: ['وی', 'رئیس محیط زیست مریوان'], statements: 3 },
      { name: 'جمال ویسی', role: 'مدیرعامل تعاونی صیادان زریوار', also_called: [], statements: 1 },
      { name: 'ژیلا امینی‌پور', role: 'عضو هیئت علمی گروه شیلات دانشگاه کردستان', also_called: ['امینی‌پور', 'این استاد دانشگاه کردستان', 'او'], statements: 3 },
    ],
    speakers_never: ['فرمانداری مریوان', 'اداره محیط زیست', 'هیوا کریمی'],
    figures: [
      { value: 2, unit: 'تن', kind: 'measure', about: '«بیش از ۲ تن» ماهی مرده' },
      { value: 3, unit: 'کیلومتر', kind: 'measure', about: '«حدود ۳ کیلومتر» طول نوار ساحلی' },
      { value: 2.1, unit: 'میلی‌گرم در لیتر', kind: 'measure', about: 'اکسیژن محلول آب' },
      { value: 29, unit: 'درجه سانتی‌گراد', kind: 'measure', about: 'دمای آب سطحی' },
      { value: 11, unit: 'روستا', kind: 'count', about: 'روستاهای حاشیه که فاضلابشان وارد دریاچه می‌شود' },
      { value: 3, unit: 'روستا', kind: 'count', about: 'روستاهای وصل به شبکه فاضلاب' },
      { value: 85, unit: 'صیاد', kind: 'count', about: 'اعضای تعاونی' },
      { value: 40, unit: 'تن', kind: 'measure', about: '«حدود ۴۰ تن» صید پارسال' },
      { value: 0.04, unit: 'میلی‌گرم در لیتر', kind: 'measure', about: 'غلظت فسفر ۱۰ سال پیش' },
      { value: 0.11, unit: 'میلی‌گرم در لیتر', kind: 'measure', about: 'غلظت فسفر کنونی' },
      { value: 800, unit: 'هکتار', kind: 'measure', about: '«حدود ۸۰۰ هکتار» مساحت دریاچه در کم‌آبی' },
      { value: 6, unit: 'دستگاه', kind: 'count', about: 'هواده‌ها' },
    ],
    figures_never: ['«صبح امروز», «عصر امروز», «امسال», «پارسال», «پاییز», «فردا»: dates', '«۱۰ سال گذشته», «سال‌هاست»: durations', '«کمتر از نیمی», «نصف پارسال»: vague', '«هر تابستان»: a frequency', 'the Blogfa post line («دهم مرداد ۱۴۰۵ساعت 21:45»), «نظرات (۷)», the blog stats and the archive months: not body'],
    notes: [
      'A local reporter\'s news post on BLOGFA (an old Blogfa template with NO DOCTYPE, <html dir="rtl">, inline <style>, the <title> «خبرنامه مریوان - …», an RSS link; a two-column TABLE; the post title is only a link inside div.posttitle, there is no <h1>/<h2>; div.postbody holds a centred photo with a small caption after the first paragraph (not body) and, at the end, the reporter\'s line «گزارش و عکس: هیوا کریمی» (left-aligned, bold; not body); then the Blogfa post line «+ نوشته شده در  شنبه دهم مرداد ۱۴۰۵ساعت 21:45  توسط هیوا کریمی | نظرات (۷) |» — the day of the month in ORDINAL WORDS, no space between the year and «ساعت», Latin time, the comment count as a popup link (the comments themselves are not on the page) — and the topic line; previous-post link; sidebar boxes: about the blog (with its manager), monthly ARCHIVE, topics with counts, LINKS (ایرنا کردستان، سازمان حفاظت محیط زیست، …), daily links, blog stats (کل بازدید …), search, a Telegram invite; footer «Powered by Blogfa.com»). No og, no JSON-LD, no date meta: the gold 2026-08-01T21:45:00+03:30 comes from the post line. There is no lead; the first paragraph opens with the dateline «مریوان -». The site is the blog\'s name.',
      'statements: Rahmanifar: «NAME، ROLE، که … بازدید کرد، به خبرنامه مریوان گفت:» (one), «وی افزود:» (two-sentence quote, once), «به گفته رئیس محیط زیست مریوان، …» (a shorter role alone, one) = 3; Veisi: «NAME، ROLE، هم … به خبرنگار ما گفت:» (multi-sentence quote, once) = 1; Aminipour (written «دکتر NAME»; the gold name leaves the title out) is first met IN PASSING, come to the lake to take samples (no statement), then speaks by surname, «امینی‌پور … گفت:» (two-sentence quote, once), by a different role alone, «این استاد دانشگاه کردستان پیشنهاد کرد …» (one), and «به گفته او، …» (one) = 3.',
      'The governor\'s office of Marivan («اعلام کرد») and the environment office (switched on aerators) are organizations; the blogger Hiva Karimi reports and is not quoted. Three values share the unit «میلی‌گرم در لیتر» (۲٫۱ oxygen, ۰٫۰۴ and ۰٫۱۱ phosphorus); «۲ تن» and «۴۰ تن» are two figures; «۳ کیلومتر» and «۳ روستا» are two figures; «۲۹ درجه سانتی‌گراد» is a measure.',
    ],
  },
  {
    name: 'virgool-shamsabad-industrial-blackouts', site: 'virgool', author: 'نیلوفر صدری', inlineAt: 3,
    inline: 'صف گازوئیل کامیون‌ها در جایگاه‌های جاده قدیم قم',
    url: 'https://virgool.io/@niloofar-sadri/shamsabad-blackouts-k7x2m9qd3rt1',
    title: 'شهرک صنعتی شمس‌آباد با دو روز خاموشی در هفته؛ تولید ۳۰ درصد کم شد',
    kicker: 'صنعت', date: '۱۲ مرداد ۱۴۰۵ - ۱۶:۲۰',
    paras: [
      'واحدهای تولیدی شهرک صنعتی شمس‌آباد در جنوب تهران از ابتدای تیر هر هفته دو روز کامل بی‌برق‌اند. به گفته مدیران شهرک، تولید بیشتر کارگاه‌ها در این مدت حدود ۳۰ درصد کم شده و برخی از آنها بخشی از کارگرانشان را به مرخصی بدون حقوق فرستاده‌اند.',
      'شمس‌آباد با حدود هزار و ۲۰۰ واحد تولیدی یکی از بزرگ‌ترین شهرک‌های صنعتی استان تهران است و نزدیک به ۳۸ هزار نفر در آن کار می‌کنند.',
      '## «هفته‌ای دو روز تعطیلیم»',
      'ناصر ملک‌زاده، رئیس هیئت‌مدیره شرکت خدماتی شهرک صنعتی شمس‌آباد، به من گفت: برنامه خاموشی را فقط ۲۴ ساعت قبل اعلام می‌کنند و کارگاه نمی‌تواند مواد اولیه و نیروی کارش را برنامه‌ریزی کند. بیش از ۴۰۰ واحد شهرک کوره یا دستگاه تزریق دارند که خاموش و روشن شدن مکرر به آنها آسیب می‌زند.',
      'او می‌گوید ۶۰ واحد شهرک برای خرید دیزل‌ژنراتور اقدام کرده‌اند، اما قیمت هر دستگاه ژنراتور ۵۰۰ کیلوواتی به حدود ۹ میلیارد تومان رسیده و از توان بیشتر کارگاه‌های کوچک بیرون است.',
      'در یکی از کارگاه‌های تولید قطعات پلاستیکی خودرو در همین شهرک، با اکبر حیدرخانی، صاحب کارگاه، و چند نفر از کارگرانش هم صحبت کردم. دستگاه‌های تزریق خاموش بودند و کارگرها در حیاط نشسته بودند.',
      'حیدرخانی که ۲۲ کارگر دارد، می‌گوید: روزهای خاموشی دستگاه‌ها می‌خوابند، اما اجاره و حقوق را باید کامل بدهم. سفارش یکی از خودروسازها را هم به خاطر تأخیر در تحویل از دست دادم.',
      '## پاسخ شرکت توزیع برق',
      'رامین فتوحی، سخنگوی شرکت توزیع نیروی برق استان تهران، در پاسخ به پرسش من گفت: کمبود تولید برق در روزهای گرم تابستان به حدود ۱۸ هزار مگاوات رسیده و صنایع ناچارند سهم بیشتری از مدیریت مصرف را بپذیرند تا برق خانه‌ها و بیمارستان‌ها قطع نشود.',
      'به گفته فتوحی، واحدهایی که مصرف خود را در ساعت‌های اوج دست‌کم ۲۰ درصد کاهش دهند، از یکی از دو روز خاموشی معاف می‌شوند و تاکنون ۱۴۰ واحد در شمس‌آباد این شرط را پذیرفته‌اند.',
      'لیلا سرداری، اقتصاددان و پژوهشگر اقتصاد انرژی، معتقد است خسارت خاموشی برای صنایع کوچک بسیار بیشتر از برقی است که صرفه‌جویی می‌شود. این پژوهشگر در گفت‌وگو با من برآورد کرد که هر روز خاموشی صنعتی در استان تهران حدود هزار و ۵۰۰ میلیارد تومان به تولید خسارت می‌زند.',
      'سرداری می‌گوید: راه کوتاه‌مدت، نصب نیروگاه‌های خورشیدی روی بام کارخانه‌هاست. بام‌های همین شهرک می‌تواند دست‌کم ۵۰ مگاوات برق تولید کند، اما وام و مجوز آن هنوز گره دارد.',
      'سازمان صنایع کوچک و شهرک‌های صنعتی ایران هفته گذشته اعلام کرده بود برنامه خاموشی صنایع تا پایان شهریور ادامه دارد.',
    ],
    tags: ['خاموشی', 'شهرک صنعتی', 'شمس‌آباد', 'صنعت برق'],
    caption: 'کارگاه تولید قطعات پلاستیکی در شهرک صنعتی شمس‌آباد در روز خاموشی', credit: 'عکس از نویسنده',
    related: ['صف گازوئیل کامیون‌ها در جایگاه‌های جاده قدیم قم', 'کارگران فصلی آجرپزی‌های ورامین کجا می‌روند؟', 'قیمت مرغ، از مرغداری تا مغازه'],
    mostRead: ['چرا هنوز اجاره‌نشین هستیم؟', 'یک روز با رانندگان اسنپ در ترافیک تهران', 'تجربه من از مهاجرت معکوس', 'یادداشتی درباره کم‌آبی مشهد'],
    comments: [['امیرحسین', 'ما هم در شهرک صنعتی عباس‌آباد همین وضع را داریم؛ ممنون که نوشتید.'], ['سمیه ر.', 'گزارش خوبی بود، کاش عددهای خسارت را هم از وزارت صمت می‌پرسیدید.']],
    speakers: [
      { name: 'ناصر ملک‌زاده', role: 'رئیس هیئت‌مدیره شرکت خدماتی شهرک صنعتی شمس‌آباد', also_called: ['او'], statements: 2 },
      { name: 'اکبر حیدرخانی', role: 'صاحب کارگاه', also_called: ['حیدرخانی'], statements: 1 },
      { name: 'رامین فتوحی', role: 'سخنگوی شرکت توزیع نیروی برق استان تهران', also_called: ['فتوحی'], statements: 2 },
      { name: 'لیلا سرداری', role: 'اقتصاددان و پژوهشگر اقتصاد انرژی', also_called: ['این پژوهشگر', 'سرداری'], statements: 3 },
    ],
    speakers_never: ['مدیران شهرک', 'سازمان صنایع کوچک و شهرک‌های صنعتی ایران', 'نیلوفر صدری'],
    figures: [
      { value: 30, unit: 'درصد', kind: 'percent', about: 'کاهش تولید کارگاه‌ها (title)' },
      { value: 1200, unit: 'واحد', kind: 'count', about: '«حدود هزار و ۲۰۰ واحد تولیدی»' },
      { value: 38000, unit: 'نفر', kind: 'count', about: '«نزدیک به ۳۸ هزار نفر» شاغلان شهرک' },
      { value: 400, unit: 'واحد', kind: 'count', about: '«بیش از ۴۰۰ واحد» با کوره یا دستگاه تزریق' },
      { value: 60, unit: 'واحد', kind: 'count', about: 'واحدهای خریدار دیزل‌ژنراتور' },
      { value: 500, unit: 'کیلووات', kind: 'measure', about: '«ژنراتور ۵۰۰ کیلوواتی» (unit in base form)' },
      { value: 9000000000, unit: 'تومان', kind: 'money', about: '«حدود ۹ میلیارد تومان» قیمت هر ژنراتور (kept; «هر دستگاه» is its basis)' },
      { value: 22, unit: 'کارگر', kind: 'count', about: 'کارگران کارگاه حیدرخانی' },
      { value: 18000, unit: 'مگاوات', kind: 'measure', about: '«حدود ۱۸ هزار مگاوات» کمبود تولید برق' },
      { value: 20, unit: 'درصد', kind: 'percent', about: '«دست‌کم ۲۰ درصد» کاهش مصرف برای معافیت' },
      { value: 140, unit: 'واحد', kind: 'count', about: 'واحدهایی که شرط را پذیرفته‌اند' },
      { value: 1500000000000, unit: 'تومان', kind: 'money', about: '«حدود هزار و ۵۰۰ میلیارد تومان» خسارت هر روز خاموشی (kept; «هر روز» is its basis)' },
      { value: 50, unit: 'مگاوات', kind: 'measure', about: '«دست‌کم ۵۰ مگاوات» ظرفیت خورشیدی بام‌ها' },
    ],
    figures_never: ['«دو روز» (خاموشی در هفته), «هفته‌ای دو روز», «یکی از دو روز»: frequencies / durations, not key figures', '«۲۴ ساعت قبل»: a duration', '«ابتدای تیر», «هفته گذشته», «پایان شهریور»: dates', '«یکی از کارگاه‌ها», «یکی از خودروسازها»: not quantities', '«هر دستگاه», «هر روز»: bases', 'the claps (۱۲۴), «خواندن ۵ دقیقه», follower count, response claps, the read times of recommendations: not body'],
    notes: [
      'A freelance journalist\'s news report published on VIRGOOL, rendered as a NUXT 3 app (<div id="__nuxt">, hashed /_nuxt/ ES modules, the payload in <script type="application/json" id="__NUXT_DATA__" data-ssr="true"> as a DEVALUE ARRAY whose post has published_at «2026-08-03T12:50:00.000000Z», UTC with MICROSECONDS, and updated_at 22 minutes later; window.__NUXT__.config); JSON-LD BlogPosting with datePublished in the same microsecond UTC string: the gold is that instant in Tehran time, 2026-08-03T16:20:00+03:30. The visible date is «۱۲ مرداد ۱۴۰۵» WITHOUT TIME, next to «خواندن ۵ دقیقه»; the author row with «دنبال کردن» sits ABOVE the <h1>; cover with caption «… - عکس از نویسنده» (not body); no lead; two <h3> SUBHEADINGS in the text (body lines); an embedded LINK CARD to an earlier post of the author after paragraph 4 (title, «… در ویرگول», «virgool.io»; not body); tags; the clap bar (👏 ۱۲۴, responses, ذخیره, اشتراک‌گذاری); author card with bio and «۲٫۴ هزار دنبال‌کننده»; two responses with claps and the response box; «بیشتر از نیلوفر صدری» and «پیشنهادهای ویرگول»; an app banner; footer. The site is «ویرگول» (og:site_name), the platform.',
      'statements: Malekzadeh: «NAME، ROLE، به من گفت:» (multi-sentence quote, once), «او می‌گوید …» (one) = 2; Heydarkhani is first met IN PASSING in the workshop («با NAME، ROLE، … صحبت کردم»: no statement), then speaks by surname, «حیدرخانی که ۲۲ کارگر دارد، می‌گوید:» (multi-sentence quote, once) = 1; Fotouhi: «NAME، ROLE، در پاسخ به پرسش من گفت:» (one), «به گفته فتوحی، …» (one) = 2; Sardari: «NAME، ROLE، معتقد است …» (one), «این پژوهشگر … برآورد کرد که …» (one), «سرداری می‌گوید:» (two-sentence quote, once) = 3. The first person «من» is the journalist (the author), not a speaker.',
      '«به گفته مدیران شهرک» is an unnamed group; the small-industries organization («اعلام کرده بود») is an organization. Counts of units use «واحد» (هزار و ۲۰۰، ۴۰۰، ۶۰، ۱۴۰); «مگاوات» is a measure (۱۸ هزار and ۵۰); «ژنراتور ۵۰۰ کیلوواتی» → 500 کیلووات; the two-days-a-week blackout is a frequency and not a key figure.',
    ],
  },
  {
    name: 'payamema-paged-rafsanjan-subsidence-p1', site: 'payamema', author: 'الهام رنجبر', inlineAt: 5,
    inline: 'فرونشست دشت‌های کرمان به ۴۰ سانتی‌متر در سال رسید',
    url: 'https://payamema.ir/news/72814/زمین-زیر-پای-پسته‌کاران-رفسنجان-می‌نشیند',
    title: 'زمین زیر پای پسته‌کاران رفسنجان می‌نشیند',
    kicker: 'آب', date: '۱۴ مرداد ۱۴۰۵ - ۰۸:۳۰',
    lead: 'دشت رفسنجان سال‌هاست در فهرست دشت‌های بحرانی فرونشست زمین در ایران قرار دارد. نقشه‌های راداری تازه نشان می‌دهد زمین در بخش‌هایی از این دشت سالانه تا ۲۲ سانتی‌متر پایین می‌رود و شکاف‌های آن حالا به خانه‌ها و جاده‌ها رسیده است.',
    paras: [
      'در روستای بهرمان در شمال رفسنجان، دیوار حیاط چند خانه ترک برداشته و کف استخر ذخیره آب یکی از باغ‌ها ۶۰ سانتی‌متر پایین رفته است. عباس میرحسینی، باغدار بهرمانی که ۱۲ هکتار باغ پسته دارد، می‌گوید: سی سال پیش آب چاه ما در عمق ۸۰ متری بود، حالا پمپ را تا ۲۸۰ متر پایین برده‌ایم و باز هم آب کم می‌آید.',
      'به گفته او، از ۴ حلقه چاه باغ، ۲ حلقه در پنج سال اخیر خشک شده و هزینه کف‌شکنی هر چاه به بیش از ۲ میلیارد تومان رسیده است.',
      'رفسنجان با حدود ۸۵ هزار هکتار باغ پسته، بزرگ‌ترین قطب تولید پسته کشور است. بر اساس آمار شرکت آب منطقه‌ای کرمان، بیش از ۴ هزار و ۶۰۰ حلقه چاه مجاز در دشت رفسنجان فعال است و سطح آب زیرزمینی دشت هر سال به‌طور میانگین ۱٫۲ متر پایین می‌رود.',
      '## شکاف‌هایی که به جاده رسید',
      'در نشستی که هفته گذشته در فرمانداری رفسنجان برگزار شد، مهندس پرویز کاظمی‌زاده، کارشناس ارشد سازمان زمین‌شناسی و اکتشافات معدنی کشور، نقشه‌های تازه فرونشست دشت را به اعضای شورای تأمین آب شهرستان نشان داد. در همین نشست، محسن طاهرپور، مدیر امور منابع آب رفسنجان، گفت: از ابتدای امسال ۲۱۰ حلقه چاه غیرمجاز در دشت پلمب شده، اما تا وقتی اقتصاد منطقه به پسته وابسته است، کاهش برداشت با مقاومت باغداران روبه‌رو می‌شود.',
      'طاهرپور افزود: طرح انتقال آب از خلیج فارس تاکنون سالانه ۱۵ میلیون مترمکعب آب به صنایع رفسنجان رسانده که فقط بخش کوچکی از کسری مخزن دشت را جبران می‌کند.',
      'کاظمی‌زاده پس از این نشست در گفت‌وگو با «پیام ما» گفت: بیشترین نرخ فرونشست در محدوده جنوب‌شرقی دشت ثبت شده و در این محدوده دست‌کم ۳۰ روستا در معرض خطر جدی هستند. شکاف‌های زمین در مسیر جاده رفسنجان به کرمان هم دیده می‌شود و طول یکی از آنها به حدود ۱۴ کیلومتر رسیده است.',
      'این کارشناس سازمان زمین‌شناسی هشدار داد که فرونشست برگشت‌ناپذیر است: وقتی لایه‌های رسی زیر زمین فشرده شوند، حتی اگر آب دوباره به دشت برگردد، دیگر ظرفیت قبلی خود را پیدا نمی‌کنند.',
      'به گفته او، خطوط انتقال گاز و راه‌آهن رفسنجان نیز در پهنه‌های پرخطر قرار دارند و شرکت راه‌آهن باید در ۶ نقطه از مسیر، پایش ماهانه ریل‌ها را آغاز کند.',
    ],
    tags: ['فرونشست زمین', 'رفسنجان', 'پسته', 'آب زیرزمینی'],
    caption: 'شکاف ناشی از فرونشست زمین در حاشیه یکی از باغ‌های پسته رفسنجان', credit: 'عکس: پیام ما',
    related: ['فرونشست تهران و خطری که از زیر پای شهر می‌گذرد', 'چاه‌های غیرمجاز کرمان کی بسته می‌شوند؟', 'پسته ایران و بازار جهانی؛ سهمی که کوچک می‌شود'],
    mostRead: ['جیره‌بندی آب در ۱۲ شهر کشور', 'دمای هوای اهواز به ۵۱ درجه رسید', 'آخرین وضعیت سدهای تهران', 'تالاب گاوخونی در آستانه خشکی کامل'],
    comments: [['باغدار کرمانی', 'کسی به فکر آینده این دشت نیست؛ بچه‌های ما دیگر اینجا نمی‌مانند.']],
    speakers: [
      { name: 'عباس میرحسینی', role: 'باغدار بهرمانی', also_called: ['او'], statements: 2 },
      { name: 'محسن طاهرپور', role: 'مدیر امور منابع آب رفسنجان', also_called: ['طاهرپور'], statements: 2 },
      { name: 'پرویز کاظمی‌زاده', role: 'کارشناس ارشد سازمان زمین‌شناسی و اکتشافات معدنی کشور', also_called: ['کاظمی‌زاده', 'این کارشناس سازمان زمین‌شناسی', 'او'], statements: 3 },
    ],
    speakers_never: ['شرکت آب منطقه‌ای کرمان', 'شورای تأمین آب شهرستان', 'شرکت راه‌آهن', 'الهام رنجبر'],
    figures: [
      { value: 22, unit: 'سانتی‌متر', kind: 'measure', about: '«سالانه تا ۲۲ سانتی‌متر» نرخ فرونشست (kept; «سالانه» is its basis) (lead)' },
      { value: 60, unit: 'سانتی‌متر', kind: 'measure', about: 'نشست کف استخر ذخیره آب' },
      { value: 12, unit: 'هکتار', kind: 'measure', about: 'باغ پسته میرحسینی' },
      { value: 80, unit: 'متر', kind: 'measure', about: '«عمق ۸۰ متری» آب چاه سی سال پیش (unit in base form)' },
      { value: 280, unit: 'متر', kind: 'measure', about: 'عمق کنونی پمپ' },
      { value: 4, unit: 'حلقه', kind: 'count', about: 'چاه‌های باغ' },
      { value: 2, unit: 'حلقه', kind: 'count', about: 'چاه‌های خشک‌شده' },
      { value: 2000000000, unit: 'تومان', kind: 'money', about: '«بیش از ۲ میلیارد تومان» هزینه کف‌شکنی (kept; «هر چاه» is its basis)' },
      { value: 85000, unit: 'هکتار', kind: 'measure', about: '«حدود ۸۵ هزار هکتار» باغ پسته رفسنجان' },
      { value: 4600, unit: 'حلقه', kind: 'count', about: '«بیش از ۴ هزار و ۶۰۰ حلقه» چاه مجاز' },
      { value: 1.2, unit: 'متر', kind: 'measure', about: 'افت سالانه سطح آب زیرزمینی (kept; «هر سال» is its basis)' },
      { value: 210, unit: 'حلقه', kind: 'count', about: 'چاه‌های غیرمجاز پلمب‌شده' },
      { value: 15000000, unit: 'مترمکعب', kind: 'measure', about: '«۱۵ میلیون مترمکعب» آب انتقالی از خلیج فارس (kept; «سالانه» is its basis)' },
      { value: 30, unit: 'روستا', kind: 'count', about: '«دست‌کم ۳۰ روستا» در معرض خطر' },
      { value: 14, unit: 'کیلومتر', kind: 'measure', about: '«حدود ۱۴ کیلومتر» طول یک شکاف' },
      { value: 6, unit: 'نقطه', kind: 'count', about: 'نقاط پایش ریل' },
    ],
    figures_never: ['«سی سال پیش», «هفته گذشته», «ابتدای امسال»: dates', '«پنج سال اخیر», «سال‌هاست»: durations', '«ماهانه», «سالانه», «هر سال», «هر چاه»: bases / frequencies', '«یکی از باغ‌ها», «یکی از آنها»: not quantities', 'page 2 of the report is not on this page; the pager («صفحه ۱ از ۲»), «این گزارش در ۲ صفحه منتشر شده است», the editor\'s-pick box («… ۴۰ سانتی‌متر در سال …») and the most-read titles: not body'],
    notes: [
      'PAGE 1 OF A LONG REPORT SPLIT OVER TWO PAGES on the site of the daily Payam-e Ma (own PHP CMS): canonical = the page-1 URL, <link rel="next" href="…?page=2">, the <title> «… - صفحه ۱ | پیام ما»; JSON-LD NewsArticle with datePublished 2026-08-05T08:30:00+03:30 (the gold) and pageStart/pageEnd; service line with news code, the date «۱۴ مرداد ۱۴۰۵ - ۰۸:۳۰» and the writer; rutitr «گزارش «پیام ما» از فرونشست دشت رفسنجان» (not body), title, lead, photo; a note «این گزارش در ۲ صفحه منتشر شده است» above the text; the text of PAGE 1 ONLY, i.e. the first half of the report with one subheading (<h2>, a body line); an in-body «پیشنهاد سردبیر:» box after paragraph 6 (not body); below the text «ادامه گزارش در صفحه بعد ←», a PAGER «صفحه ۱ از ۲ | ۱ ۲ | صفحه بعد» and the link «نمایش کامل گزارش در یک صفحه»; tags, share with short link, related, most-read, one comment, newsletter, footer. The gold body is what THIS page shows: it ends with the last paragraph of page 1 (the second half, on «?page=2», is not part of it).',
      'statements: Mirhosseini, a pistachio grower, «NAME، ROLE که … دارد، می‌گوید:» (one), «به گفته او، …» (one) = 2; Taherpour: «… در همین نشست، NAME، ROLE، گفت:» (one), «طاهرپور افزود:» (one) = 2; Kazemizadeh (written «مهندس NAME»; the gold name leaves the title out) is first met IN PASSING showing the subsidence maps to the council (no statement), then speaks by surname, «کاظمی‌زاده … در گفت‌وگو با «پیام ما» گفت:» (two-sentence quote, once), by a shorter role alone, «این کارشناس سازمان زمین‌شناسی هشدار داد که …» (one), and «به گفته او، …» (one) = 3.',
      'The regional water company («بر اساس آمار»), the water council and the railway company are organizations. Well counts use حلقه (۴، ۲، ۴ هزار و ۶۰۰، ۲۱۰); «عمق ۸۰ متری» → 80 متر, with «۲۸۰ متر» and «۱٫۲ متر» three values of متر; «سانتی‌متر» has two values (۲۲ in the lead, ۶۰); per-year and per-well values are kept with their basis left out; «سی سال پیش» is a date.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Two pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [title, intro, date (Latin, as Joomla prints it), ISO instant, hits] of the Joomla category blog. */
const CATEGORY_ITEMS: [string, string, string, string, number][] = [
  ['نرخ خرید تضمینی گندم در ایلام اعلام شد', 'مدیر تعاون روستایی استان ایلام گفت: از ابتدای فصل خرید تاکنون ۱۸۴ هزار تن گندم از کشاورزان استان خریداری شده و ۶۲ درصد مطالبات آنان پرداخت شده است. به گفته وی، خرید گندم تا پایان مرداد در ۳۱ مرکز خرید ادامه دارد و کشاورزان برای تحویل محصول باید از سامانه نوبت بگیرند.', '12 مرداد 1405', '2026-08-03T11:20:00+03:30', 412],
  ['بازارچه مرزی مهران پس از اربعین بازگشایی می‌شود', 'فرماندار مهران از بازگشایی بازارچه مرزی این شهرستان پس از پایان مراسم اربعین خبر داد و گفت ارزش صادرات از این بازارچه در چهار ماه نخست امسال به ۴۸ میلیون دلار رسیده است.', '11 مرداد 1405', '2026-08-02T09:05:00+03:30', 307],
  ['پرداخت تسهیلات اشتغال روستایی به ۹۲۰ طرح', 'معاون توسعه روستایی استانداری ایلام گفت: از ابتدای امسال ۹۲۰ طرح اشتغال روستایی و عشایری با تسهیلات ارزان‌قیمت تأمین مالی شده که پیش‌بینی می‌شود برای یک هزار و ۶۰۰ نفر شغل ایجاد کند.', '10 مرداد 1405', '2026-08-01T13:40:00+03:30', 268],
  ['قیمت دام زنده در بازار ایلام کاهش یافت', 'با افزایش عرضه دام در پی خشکسالی و کمبود علوفه، قیمت هر کیلوگرم دام زنده در بازار ایلام طی دو هفته اخیر حدود ۸ درصد کاهش یافته است.', '08 مرداد 1405', '2026-07-30T10:15:00+03:30', 520],
  ['افتتاح کارخانه فرآوری بلوط در ایوان', 'نخستین کارخانه فرآوری میوه بلوط استان با ظرفیت سالانه ۳ هزار تن در شهرک صنعتی ایوان به بهره‌برداری رسید.', '07 مرداد 1405', '2026-07-29T12:00:00+03:30', 198],
];

function joomlaCategoryBlog(): NonArt {
  const title = 'اخبار اقتصادی';
  const item = ([t, intro, d, iso, hits]: [string, string, string, string, number], i: number, leading: boolean) => `<div class="${leading ? 'leading-0' : 'span6'}"><div class="item column-${i % 2 + 1}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header">
		<h2 itemprop="name">
			<a href="/index.php/economy/${2140 - i * 3}-item-${i}" itemprop="url">${esc(t)}</a>
		</h2>
	</div>
	<dl class="article-info muted">
		<dt class="article-info-term">جزئیات</dt>
		<dd class="category-name"><span class="icon-folder-open icon-fw"></span> دسته: <a href="/index.php/economy" itemprop="genre">اقتصادی</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="${iso}" itemprop="datePublished">منتشر شده در: ${d}</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:${hits}" />بازدید: ${hits}</dd>
	</dl>
	<p>${esc(intro)}</p>
	<p class="readmore"><a class="btn" href="/index.php/economy/${2140 - i * 3}-item-${i}" itemprop="url" aria-label="ادامه مطلب:  ${esc(t)}"><span class="icon-chevron-left" aria-hidden="true"></span> ادامه مطلب: ${esc(t)}</a></p>
</div></div>`;
  const html = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fa-ir" lang="fa-ir" dir="rtl">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="https://www.seymarehnews.ir/index.php/economy" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="description" content="اخبار اقتصادی استان ایلام؛ کشاورزی، بازار، صنعت و اشتغال" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>اخبار اقتصادی - سیمره نیوز</title>
<link href="/index.php/economy?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="/index.php/economy?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?3f1a6c2e7b" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?3f1a6c2e7b"></script>
<script src="/media/jui/js/bootstrap.min.js?3f1a6c2e7b"></script>
</head>
<body class="site com_content view-category layout-blog no-task itemid-118 rtl">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-right" href="/"><img src="https://www.seymarehnews.ir/images/logo-seymareh.png" alt="سیمره نیوز" /></a><div class="header-search pull-left"><div class="search"><form action="/index.php/economy" method="post" class="form-inline" role="search"><label for="mod-search-searchword117" class="element-invisible">جستجو...</label> <input name="searchword" id="mod-search-searchword117" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="جستجو..." /></form></div></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/index.php">صفحه اصلی</a></li><li class="item-116"><a href="/index.php/provincial">استانی</a></li><li class="item-117"><a href="/index.php/politics">سیاسی</a></li><li class="item-118 current active"><a href="/index.php/economy">اقتصادی</a></li><li class="item-119"><a href="/index.php/society">اجتماعی</a></li><li class="item-120"><a href="/index.php/sport">ورزشی</a></li><li class="item-121"><a href="/index.php/contact">تماس با ما</a></li></ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>شما اینجا هستید: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">صفحه اصلی</span></a><span class="divider"><img src="/media/system/images/arrow_rtl.png" alt="" /></span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">اقتصادی</span><meta itemprop="position" content="2"></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>${title}</h1></div>
<div class="category-desc clearfix"><p>تازه‌ترین اخبار اقتصادی استان ایلام؛ کشاورزی، دامداری، بازارچه‌های مرزی، صنعت و اشتغال.</p></div>
<div class="items-leading clearfix">
${item(CATEGORY_ITEMS[0], 0, true)}
</div>
<div class="items-row cols-2 row-0 row-fluid clearfix">
${item(CATEGORY_ITEMS[1], 1, false)}
${item(CATEGORY_ITEMS[2], 2, false)}
</div>
<div class="items-row cols-2 row-1 row-fluid clearfix">
${item(CATEGORY_ITEMS[3], 3, false)}
${item(CATEGORY_ITEMS[4], 4, false)}
</div>
<div class="items-more">
<ol class="nav nav-tabs nav-stacked">
<li><a href="/index.php/economy/2125-asal">برداشت ۴۲۰ تن عسل از زنبورستان‌های دهلران</a></li>
<li><a href="/index.php/economy/2122-bank">جلسه شورای هماهنگی بانک‌های استان برگزار شد</a></li>
<li><a href="/index.php/economy/2119-gas">گازرسانی به ۱۴ روستای بدره تا پایان سال</a></li>
</ol>
</div>
<div class="pagination">
<p class="counter pull-right">صفحه 1 از 24</p>
<ul class="pagination-list"><li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li><li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li><li class="active hidden-phone"><a aria-current="true" aria-label="صفحه 1">1</a></li><li class="hidden-phone"><a title="2" href="/index.php/economy?start=8" class="pagenav" aria-label="برو به صفحه 2">2</a></li><li class="hidden-phone"><a title="3" href="/index.php/economy?start=16" class="pagenav" aria-label="برو به صفحه 3">3</a></li><li><a title="بعدی" href="/index.php/economy?start=8" class="pagenav" aria-label="برو به صفحه بعدی"><span class="icon-next" aria-hidden="true"></span></a></li><li><a title="پایان" href="/index.php/economy?start=184" class="pagenav" aria-label="برو به صفحه پایان"><span class="icon-last" aria-hidden="true"></span></a></li></ul>
</div>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">پربازدیدترین‌ها</h3><ul class="mostread mod-list"><li itemscope itemtype="https://schema.org/Article"><a href="/index.php/provincial/2101-sadd" itemprop="url"><span itemprop="name">حجم آب سد ایلام به کمترین حد رسید</span></a></li><li itemscope itemtype="https://schema.org/Article"><a href="/index.php/society/2098-nan" itemprop="url"><span itemprop="name">قیمت جدید نان در ایلام</span></a></li></ul></div>
<div class="well "><h3 class="page-header">آرشیو</h3><ul class="archive-module mod-list"><li><a href="/index.php/component/content/archive?year=2026&amp;month=07">تیر 1405</a></li><li><a href="/index.php/component/content/archive?year=2026&amp;month=06">خرداد 1405</a></li></ul></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-left"><a href="#top" id="back-top">بازگشت به بالا</a></p><p>&copy; 1405 سیمره نیوز؛ پایگاه خبری استان ایلام</p></div></footer>
</body>
</html>
`;
  return { name: 'nonarticle-joomla-category-blog-economy', markup: 'joomla3-category-blog-seymarehnews', url: 'https://www.seymarehnews.ir/index.php/economy', title, html,
    notes: ['A JOOMLA 3 CATEGORY BLOG (com_content view=category layout=blog) of a provincial news site: <h1> «اخبار اقتصادی» in .page-header, a category description, one LEADING item and two rows of two items (items-row cols-2), each a schema.org BlogPosting with an <h2> title link, the article-info block («جزئیات», category, «منتشر شده در: 12 مرداد 1405» with <time datetime>, hits) and a FULL INTRO PARAGRAPH of one or two sentences with quotes and figures («۱۸۴ هزار تن», «۶۲ درصد», «۴۸ میلیون دلار»), then «ادامه مطلب: …» buttons; «items-more» links, the Joomla pagination «صفحه 1 از 24»; side modules (most read, archive). Five teasers of five stories, none complete: not an article.'] };
}

/** [title, excerpt, date, read minutes, claps] of the Virgool profile's posts. */
const PROFILE_POSTS: [string, string, string, number, number][] = [
  ['شهرک صنعتی شمس‌آباد با دو روز خاموشی در هفته؛ تولید ۳۰ درصد کم شد', 'واحدهای تولیدی شهرک صنعتی شمس‌آباد در جنوب تهران از ابتدای تیر هر هفته دو روز کامل بی‌برق‌اند…', '۱۲ مرداد ۱۴۰۵', 5, 124],
  ['صف گازوئیل کامیون‌ها در جایگاه‌های جاده قدیم قم', 'رانندگان کامیون می‌گویند برای گرفتن سهمیه گازوئیل گاهی تا شش ساعت در صف می‌مانند…', '۲۹ تیر ۱۴۰۵', 4, 86],
  ['کارگران فصلی آجرپزی‌های ورامین کجا می‌روند؟', 'با تعطیلی کوره‌های سنتی آجرپزی، صدها کارگر فصلی که هر سال از استان‌های غربی می‌آمدند…', '۱۱ تیر ۱۴۰۵', 7, 152],
  ['قیمت مرغ، از مرغداری تا مغازه', 'یک کیلو مرغ از در مرغداری تا ویترین مغازه چند بار دست به دست می‌شود؟ این گزارش مسیر را دنبال کرده است…', '۲۵ خرداد ۱۴۰۵', 6, 97],
  ['سه روز در بازار آهن شادآباد', 'بازار آهن شادآباد این روزها خلوت‌تر از همیشه است؛ فروشنده‌ها از رکود می‌گویند و خریدارها از قیمت…', '۳ خرداد ۱۴۰۵', 8, 210],
];

function virgoolProfile(): NonArt {
  const title = 'نیلوفر صدری';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>نیلوفر صدری (@niloofar-sadri) - ویرگول</title>
<link rel="stylesheet" href="/_nuxt/entry.B7k2xQ1c.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/DfX8mK2p.js">
<meta name="description" content="خبرنگار حوزه صنعت و انرژی؛ گزارش‌هایم را اینجا هم منتشر می‌کنم.">
<meta property="og:site_name" content="ویرگول">
<meta property="og:type" content="profile">
<meta property="og:title" content="نیلوفر صدری - ویرگول">
<link rel="canonical" href="https://virgool.io/@niloofar-sadri">
</head>
<body><div id="__nuxt"><div class="layout-default">
<header class="v-header"><div class="v-container"><a href="/" class="v-logo" aria-label="ویرگول"><svg width="88" height="28" viewBox="0 0 88 28"><path d="M4 4h8l6 16 6-16h8L20 26h-4z"></path></svg></a>
<nav class="v-header-nav"><a href="/search" class="v-icon-btn" aria-label="جستجو">جستجو</a> <a href="/write" class="v-btn v-btn--primary">نوشتن</a> <a href="/login" class="v-btn v-btn--outline">ورود / ثبت‌نام</a></nav></div></header>
<main class="profile-page v-container">
<section class="profile-header"><img class="avatar" src="https://files.virgool.io/upload/users/418207/avatar/n-sadri.jpeg" alt="" width="96" height="96">
<h1 class="profile-name">${title}</h1><span class="profile-username">@niloofar-sadri</span>
<p class="profile-bio">خبرنگار حوزه صنعت و انرژی؛ گزارش‌هایم را اینجا هم منتشر می‌کنم.</p>
<div class="profile-stats"><a href="/@niloofar-sadri/followers"><b>${persian('2.4').replace('.', '٫')} هزار</b> دنبال‌کننده</a> <a href="/@niloofar-sadri/following"><b>${persian(187)}</b> دنبال‌شونده</a></div>
<button type="button" class="v-btn v-btn--follow">دنبال کردن</button></section>
<nav class="profile-tabs"><a class="active" href="/@niloofar-sadri">پست‌ها</a> <a href="/@niloofar-sadri/lists">لیست‌ها</a> <a href="/@niloofar-sadri/about">درباره</a></nav>
<div class="profile-posts">
${PROFILE_POSTS.map(([t, ex, d, min, claps], i) => `<article class="post-card"><div class="post-card__meta"><span>${d}</span><span class="dot">•</span><span>خواندن ${persian(min)} دقیقه</span></div><h2 class="post-card__title"><a href="https://virgool.io/@niloofar-sadri/p${i + 1}">${esc(t)}</a></h2><p class="post-card__excerpt">${esc(ex)}</p><div class="post-card__actions"><span>👏 ${persian(claps)}</span> <button type="button" aria-label="ذخیره">ذخیره</button></div></article>`).join('\n')}
</div>
<button type="button" class="v-btn v-btn--outline load-more">نمایش بیشتر</button>
</main>
<footer class="v-footer"><a href="/about">درباره ویرگول</a> · <a href="/terms">قوانین و حریم خصوصی</a> · <a href="/help">راهنما</a></footer>
</div></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">${JSON.stringify([['ShallowReactive', 1], { data: 2, state: 6, serverRendered: 7, path: 8 }, ['ShallowReactive', 3], { 'user-niloofar-sadri': 4 }, { username: 9, name: 5, followers_count: 10, posts_count: 11 }, title, {}, true, '/@niloofar-sadri', 'niloofar-sadri', 2412, 37]).replace(/</g, '\\u003c')}</script>
<script type="module" src="/_nuxt/DfX8mK2p.js" crossorigin></script>
</body>
</html>
`;
  return { name: 'nonarticle-virgool-profile', markup: 'virgool-profile', url: 'https://virgool.io/@niloofar-sadri', title, html,
    notes: ['A VIRGOOL PROFILE PAGE (Nuxt 3, the same header and footer as the post page): the writer\'s name as <h1>, username, bio, follower and following counts, «دنبال کردن», tabs (پست‌ها | لیست‌ها | درباره), five post cards each with date, read time, an <h2> title link, a one-sentence excerpt cut with «…» and claps, «نمایش بیشتر». A person\'s page listing her posts: not an article. One of the cards is the heldout20 Virgool post itself.'] };
}

const NON_ARTICLES: NonArt[] = [joomlaCategoryBlog(), virgoolProfile()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout20', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '48213', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set(['blogfa-marivan-zrebar-fish-deaths']), minExcludes: 6, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
