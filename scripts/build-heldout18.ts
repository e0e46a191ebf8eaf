// Builds the EIGHTEENTH held-out fixture set, tests/fixtures/heldout18/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Theme: OFFICIAL PORTALS and institutional news pages that readers reach from agency
// links. Eight article pages in the markup of eight portals (the Ministry of Energy on Sitefinity, the
// Central Bank on a custom ASP.NET WebForms site with <form id="aspnetForm">, the Governorate of Isfahan
// on Liferay 6.2, the Municipality of Shiraz on Joomla 3 + K2, the University of Tabriz on Drupal 7, the
// Judiciary of Fars province on ASP.NET MVC, the Kermanshah Chamber of Commerce on DotNetNuke with the
// DNN Blog module, the IRIB Gilan centre on an old table-layout PHP site) and three non-article pages
// (a ministry portal's home page, a ministry's e-services page, a news archive with pagination). All
// eight texts were written for this set in the public-relations register of official portals; the
// names of all quoted officials and citizens are invented, the offices and institutions are real.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout18.ts          (build + check)
//        npx tsx scripts/build-heldout18.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, li, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout18');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A persian number with the Persian thousands separator, «۱۲٬۴۳۱». */
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
/** The in-body box of a template, or nothing when the article has none. */
const box = (c: Ctx, html: (t: string) => string) => (c.a.inline && (c.a.inlineAt ?? 0) >= 0 ? html(esc(c.a.inline)) : '');
/** The 12-hour Persian clock some .NET modules print, «۰۲:۲۰ ب.ظ». */
const faClock12 = (c: Ctx) => {
  const h = Number(c.hh);
  return `${persian(String(h % 12 || 12).padStart(2, '0'))}:${persian(c.mi)} ${h < 12 ? 'ق.ظ' : 'ب.ظ'}`;
};

// ---------------------------------------------------------------------------------------------
// Article markups, one per portal: each writes the page the way that portal's CMS renders a story.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // The Ministry of Energy's news portal on SITEFINITY (Telerik: Sitefinity generator meta, WebForms
  // <form id="form1"> with __VIEWSTATE and Telerik.Web.UI WebResource/ScriptResource scripts,
  // sf_cols / sf_colsIn layout, the news widget's sfnewsDetails with sfnewsAuthorAndDate,
  // sfnewsTitle (<h1>), sfnewsSummary as lead, sfnewsContent); an ACCESSIBILITY BAR (نسخه نابینایان,
  // font size, contrast) and login link; NO date metadata: the date only in the author line,
  // «روابط عمومی | تاریخ انتشار: سه‌شنبه ۱۶ تیر ۱۴۰۵ - ۱۰:۲۵», and a «آخرین بروزرسانی» a day later
  // under the story; news code, views, RATING STARS, print and send-to-friend links, tags, related,
  // an empty comment section, side boxes with latest news, links and the ministry's e-services,
  // a footer with address, phone and a visitor counter.
  moe: {
    site: 'پایگاه اطلاع‌رسانی وزارت نیرو',
    boiler: ['نسخه نابینایان', 'ورود کاربران', 'کد خبر', 'تعداد بازدید', 'امتیاز دهید', 'ارسال به دوست', 'آخرین بروزرسانی', 'نظرات کاربران', 'اخبار مرتبط', 'آخرین اخبار', 'سامانه‌های وزارت نیرو', 'بازدید امروز', 'نشانی: تهران، خیابان فلسطین شمالی'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head id="Head1"><meta charset="utf-8" /><title>
	${esc(c.a.title)} - پایگاه اطلاع‌رسانی وزارت نیرو
</title>
<meta name="Generator" content="Sitefinity 13.3.7630.0 PE" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="${esc(c.a.url)}" />
<meta property="og:site_name" content="پایگاه اطلاع‌رسانی وزارت نیرو" />
<link href="/Telerik.Web.UI.WebResource.axd?d=PMrIT5dOWaVYIcpFWUE4nLE7qvS5o8Yw8pD2sW7sZ9hPRt6bQ1&amp;t=638227152000000000&amp;compress=0&amp;_TSM_CombinedScripts_=%3b%3bTelerik.Sitefinity.Resources" type="text/css" rel="stylesheet" />
<link href="/ResourcePackages/MoeTheme/assets/dist/css/main.min.css?v=2.4.11" rel="stylesheet" type="text/css" />
<link rel="canonical" href="${esc(c.a.url)}" />
</head>
<body class="rtl">
<form method="post" action="${esc(new URL(c.a.url).pathname)}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="ctl05_TSM" id="ctl05_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTI3NTc2NjQ3Ng9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPZBYCZg8WAh4EVGV4dAUQ2KfYrtio2KfYsQ==" />
</div>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl05_TSM&amp;compress=0&amp;_TSM_CombinedScripts_=%3b%3bSystem.Web.Extensions%2c+Version%3d4.0.0.0" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvqyJvM8Z1Q0lVt6vRkVxYv5nM4o0&amp;t=7c776dc1" type="text/javascript"></script>
<div class="sfPublicWrapper" id="PublicWrapper">
<div class="access-bar"><a href="/blind">نسخه نابینایان</a> <button type="button" class="font-up">A+</button> <button type="button" class="font-down">A-</button> <button type="button" class="contrast">کنتراست بالا</button> <span class="today">${weekday(c)} ${faDate(c)}</span> <a href="/Sitefinity/Authenticate/SWT">ورود کاربران</a> <a href="/en">English</a></div>
<header class="moe-header"><a href="/" class="moe-logo"><img src="/images/default-source/logo/moe-logo.png" alt="وزارت نیرو" /></a><div class="moe-brand"><span>جمهوری اسلامی ایران</span> <strong>وزارت نیرو</strong> <span>پایگاه اطلاع‌رسانی</span></div>
<div class="sfsearchBox"><input type="text" title="جستجو" class="sfsearchTxt" placeholder="جستجو..." /><input type="button" value="جستجو" class="sfsearchSubmit" /></div></header>
<nav class="moe-nav"><ul class="sfNavHorizontalDropDown"><li><a href="/">صفحه نخست</a></li><li><a href="/about">درباره وزارت</a></li><li><a href="/deputies">معاونت‌ها</a></li><li class="rmSelected"><a href="/news">اخبار</a></li><li><a href="/electricity">برق و انرژی</a></li><li><a href="/water">آب و آبفا</a></li><li><a href="/laws">قوانین و مقررات</a></li><li><a href="/contact">تماس با ما</a></li></ul></nav>
<div class="sfBreadcrumbWrp"><a href="/" class="sfBreadcrumbNavigation">صفحه نخست</a> <span class="sfBreadcrumbNodeSeparator">/</span> <a href="/news">اخبار</a> <span class="sfBreadcrumbNodeSeparator">/</span> <span>${esc(c.a.kicker)}</span></div>
<div class="sf_cols">
<div class="sf_colsOut sf_2cols_1_75"><div id="Contentplaceholder1_C001_Col00" class="sf_colsIn sf_2cols_1in_75">
<div class="sfnewsDetails sfdetails">
<div class="sfnewsAuthorAndDate">${esc(c.a.author ?? '')} | تاریخ انتشار: ${weekday(c)} ${faDate(c)} - ${faTime(c)}</div>
<h1 class="sfnewsTitle">${esc(c.a.title)}</h1>
<div class="sfnewsSummary">${esc(c.a.lead ?? '')}</div>
<div class="sfnewsContent sfcontent">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, `<p style="text-align: center;"><img src="/images/default-source/news/1405/04/${c.id}.jpg" alt="${esc(c.a.caption)}" /><br /><em>${esc(c.a.caption)} - ${esc(c.a.credit)}</em></p>`, box(c, (t) => `<div class="sf-related-inline"><strong>بیشتر بخوانید:</strong> <a href="/news/1405/04/related">${t}</a></div>`))}
</div>
<div class="sfnewsMeta"><span>کد خبر: ${persian(c.id)}</span> <span>تعداد بازدید: ${persian(2871)}</span> <span>آخرین بروزرسانی: ${persian(Number(c.d) + 1)} ${c.mn} ${persian(c.y)} - ${persian('08:40')}</span></div>
<div class="sfRating"><span>امتیاز دهید:</span> <span class="rrtItem">★</span><span class="rrtItem">★</span><span class="rrtItem">★</span><span class="rrtItem">☆</span><span class="rrtItem">☆</span> <span class="sfRatingAverage">(${persian(14)} رأی)</span></div>
<div class="sfnewsTools"><a href="javascript:window.print()">چاپ</a> <a href="/sendtofriend?item=${c.id}">ارسال به دوست</a> <a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a></div>
<div class="sfTags"><span>برچسب‌ها:</span> ${tagLinks(c, '/news/-in-tags/tags/', ' ')}</div>
</div>
<div class="sfrelatedNews"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, '/news/1405/04/', Number(c.id) - 88)}
</ul></div>
<div class="sfcommentsWrp"><h2 class="sfcommentsTitle">نظرات کاربران (${persian(0)})</h2><p class="sfcommentsEmpty">هنوز نظری ثبت نشده است. نخستین نفری باشید که نظر می‌دهد.</p><div class="sfcommentsForm"><input type="text" placeholder="نام" /><textarea placeholder="متن نظر"></textarea><input type="submit" value="ثبت نظر" /></div></div>
</div></div>
<div class="sf_colsOut sf_2cols_2_25"><div id="Contentplaceholder1_C001_Col01" class="sf_colsIn sf_2cols_2in_25">
<div class="side-box"><h3>آخرین اخبار</h3><ul>
${li(c.a.mostRead, '/news/1405/04/', Number(c.id) + 3)}
</ul></div>
<div class="side-box"><h3>سامانه‌های وزارت نیرو</h3><ul><li><a href="https://my.tavanir.org.ir/">برق من</a></li><li><a href="https://ab-man.abfa.ir/">آبفای من</a></li><li><a href="/services/license">صدور پروانه چاه</a></li><li><a href="/services/complaints">سامانه پاسخگویی به شکایات</a></li><li><a href="https://saman.moe.gov.ir/">سامانه مدیریت نیروی انسانی</a></li></ul></div>
<div class="side-box"><h3>پیوندها</h3><ul><li><a href="https://www.tavanir.org.ir/">شرکت توانیر</a></li><li><a href="https://www.igmc.ir/">شرکت مدیریت شبکه برق ایران</a></li><li><a href="https://www.abfa.ir/">شرکت مهندسی آب و فاضلاب کشور</a></li><li><a href="https://www.satba.gov.ir/">سازمان انرژی‌های تجدیدپذیر و بهره‌وری انرژی برق</a></li></ul></div>
</div></div>
</div>
<footer class="moe-footer"><p>نشانی: تهران، خیابان فلسطین شمالی، پلاک ۸۱، ستاد وزارت نیرو | تلفن: ${persian('021-81606000')} | سامانه ارتباط مردمی: ${persian(1528)}</p><p>بازدید امروز: ${fmt(12431)} | بازدید کل: ${fmt(48920117)}</p><p>تمامی حقوق این پایگاه متعلق به وزارت نیرو است.</p></footer>
</div>
<script type="text/javascript">Sys.Application.initialize();</script>
</form>
</body>
</html>
`,
  },

  // The Central Bank's site on a CUSTOM ASP.NET WebForms application: the whole page inside
  // <form name="aspnetForm" id="aspnetForm"> (master page, ctl00_ ids, __VIEWSTATE and
  // __EVENTVALIDATION, WebResource.axd), /showitem/NNNNN.aspx addresses; a header with today's date in
  // words and an EXCHANGE-RATE BOX in the side column (numbers, not body); the story date in a
  // <span id="ctl00_…_lblDate"> in LATIN-digit Jalali, «1405/04/22», and the time in a separate span;
  // no <meta> date; the title as <h1>; a lead div; the body in a <span id="ctl00_…_lblBody"> holding
  // the paragraphs; an ATTACHMENTS list with the PDF of the report and its size; views, print,
  // send-to-friend, related; a footer with the bank's address, postal code and phone.
  cbi: {
    site: 'بانک مرکزی جمهوری اسلامی ایران',
    boiler: ['نقشه سایت', 'نرخ ارزهای مبادله‌ای', 'فایل‌های پیوست', 'تعداد بازدید', 'ارسال به دوست', 'اخبار و اطلاعیه‌های مرتبط', 'دسترسی سریع', 'کد پستی', 'کلیه حقوق این پایگاه متعلق به بانک مرکزی جمهوری اسلامی ایران است'],
    render: (c) => `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="fa">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	${esc(c.a.title)}
</title><link href="/App_Themes/Default/Default.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Default/Menu.css" type="text/css" rel="stylesheet" /><meta name="keywords" content="${esc(c.a.tags.join(','))}" /></head>
<body>
<form name="aspnetForm" method="post" action="./${c.id}.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWCAIBDw8WAh4EVGV4dAUKMTQwNS8wNC8yMmRkAgMPDxYCHwAFBTE2OjQwZGRkZWqH3mA9pRqu0sWgTzQn0fLFe9XW" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiu_IlDtT4VYx0&amp;t=638286137964787378" type="text/javascript"></script>
<div id="ctl00_divWrapper" class="wrapper">
<div class="top-links"><a href="/default.aspx">صفحه اصلی</a> | <a href="/sitemap.aspx">نقشه سایت</a> | <a href="/contactus.aspx">تماس با ما</a> | <a href="https://www.cbi.ir/default_en.aspx">English</a> | <a href="/default_ar.aspx">العربية</a> <span id="ctl00_lblToday" class="today">${weekday(c)} ${faDate(c)}</span></div>
<div class="header"><a href="/default.aspx"><img src="/images/cbi-logo.png" alt="بانک مرکزی جمهوری اسلامی ایران" /></a><span class="header-title">بانک مرکزی جمهوری اسلامی ایران</span></div>
<div id="ctl00_mnuMain" class="menu"><ul><li><a href="/section/1.aspx">درباره بانک</a></li><li><a href="/section/2.aspx">سیاست پولی</a></li><li><a href="/section/3.aspx">نظارت بانکی</a></li><li><a href="/section/4.aspx">نظام‌های پرداخت</a></li><li><a href="/section/5.aspx">آمار و داده‌ها</a></li><li><a href="/section/6.aspx">قوانین و مقررات</a></li><li><a href="/section/7.aspx">اخبار و اطلاعیه‌ها</a></li></ul></div>
<table class="layout" cellpadding="0" cellspacing="0"><tr>
<td class="main-col" valign="top">
<div id="ctl00_ContentPlaceHolder1_pnlItem" class="item-view">
<div class="item-info"><span class="item-cat">${esc(c.a.kicker)}</span> | <span id="ctl00_ContentPlaceHolder1_lblDate" class="item-date">${c.y}/${c.m}/${c.d}</span> <span id="ctl00_ContentPlaceHolder1_lblTime" class="item-time">${c.hh}:${c.mi}</span></div>
<h1 id="ctl00_ContentPlaceHolder1_lblTitle" class="item-title">${esc(c.a.title)}</h1>
<div id="ctl00_ContentPlaceHolder1_lblAbstract" class="item-abstract">${esc(c.a.lead ?? '')}</div>
<span id="ctl00_ContentPlaceHolder1_lblBody" class="item-body">
${bodyHtml(c, (t) => `<p dir="rtl" style="text-align: justify; line-height: 200%;">${t}</p>`, (t) => `<p><strong>${t}</strong></p>`, `<p style="text-align: center;"><img src="/images/news/${c.id}.jpg" alt="${esc(c.a.caption)}" /></p><p style="text-align: center; font-size: 8pt;">${esc(c.a.caption)} (${esc(c.a.credit)})</p>`)}
</span>
<div id="ctl00_ContentPlaceHolder1_pnlAttach" class="attach"><h3>فایل‌های پیوست</h3><ul><li><a href="/Page.aspx?d=${c.id}&amp;f=PaymentReport1405Q1.pdf">گزارش عملکرد نظام‌های پرداخت کشور - فصل بهار ${persian(1405)}</a> (PDF، ${persian('2.4')} مگابایت)</li><li><a href="/Page.aspx?d=${c.id}&amp;f=Bakhshnameh.pdf">متن بخشنامه</a> (PDF، ${persian(310)} کیلوبایت)</li></ul></div>
<div class="item-tools"><span>تعداد بازدید: ${persian(2318)}</span> | <a href="/print/${c.id}.aspx" target="_blank">چاپ</a> | <a href="/sendtofriend.aspx?id=${c.id}">ارسال به دوست</a></div>
<div class="item-related"><h3>اخبار و اطلاعیه‌های مرتبط</h3><ul>
${li(c.a.related, '/showitem/', Number(c.id) - 140)}
</ul></div>
</div>
</td>
<td class="side-col" valign="top">
<div class="side-box rates"><h3>نرخ ارزهای مبادله‌ای</h3><table><tr><td>دلار آمریکا</td><td>${fmt(285000)}</td></tr><tr><td>یورو</td><td>${fmt(309420)}</td></tr><tr><td>درهم امارات</td><td>${fmt(77605)}</td></tr><tr><td>یوان چین</td><td>${fmt(39680)}</td></tr></table><p class="rates-note">ریال - مرکز مبادله ارز و طلای ایران</p></div>
<div class="side-box"><h3>آخرین اخبار</h3><ul>
${li(c.a.mostRead, '/showitem/', Number(c.id) + 5)}
</ul></div>
<div class="side-box"><h3>دسترسی سریع</h3><ul><li><a href="https://sahab.cbi.ir/">سامانه صیاد (چک)</a></li><li><a href="https://sana.cbi.ir/">سامانه سنا</a></li><li><a href="/exrates/rates_fa.aspx">نرخ ارز</a></li><li><a href="/inflation/inflation_fa.aspx">تورم</a></li><li><a href="/complaints.aspx">رسیدگی به شکایات</a></li></ul></div>
</td>
</tr></table>
<div class="footer"><p>نشانی: تهران، بلوار میرداماد، شماره ${persian(144)} | کد پستی: ${persian('1549617111')} | تلفن: ${persian('021-29951')}</p><p>کلیه حقوق این پایگاه متعلق به بانک مرکزی جمهوری اسلامی ایران است.</p></div>
</div>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgK3x7DnBALM54rGBsHc1s6QH+4Z2rTk7B1qD3x0t6lm" /></div>
</form>
</body>
</html>
`,
  },

  // The Governorate of Isfahan's portal on LIFERAY 6.2 (barebone.jsp, the themeDisplay object,
  // portlet-boundary_101_ Asset Publisher and portlet-boundary_56_ web content portlets with
  // p_p_id_…_INSTANCE_… ids, the liferay-ui:header with «بازگشت» link and the title in
  // <h1 class="header-title">, asset-metadata spans, AUI().use at the end); a skip link and an
  // accessibility link; the date in the asset metadata as numeric Jalali in Persian digits with the
  // time and NO date meta; a bold lead; photo with caption; an in-body «مطالب مرتبط» box; ratings
  // «میانگین (… رأی)», an empty discussion; side portlets with most-read, the governorate's
  // e-services and the province's counties; footer with address, phone and postal code.
  ostan: {
    site: 'استانداری اصفهان',
    boiler: ['پرش به محتوا', '۸۷۴ بازدید', 'مطالب مرتبط', 'میانگین (۹ رأی)', 'هنوز نظری ثبت نشده است', 'اخبار پربازدید', 'خدمات الکترونیک استانداری', 'کلیه حقوق این پورتال متعلق به استانداری اصفهان است', 'نشانی: اصفهان، خیابان استانداری'],
    render: (c) => {
      const ap = '101_INSTANCE_Tq8Xr2LbW9aK';
      return `<!DOCTYPE html>
<html class="rtl" dir="rtl" lang="fa-IR">
<head>
<title>${esc(c.a.title)} - استانداری اصفهان</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="${esc(c.a.lead ?? '')}" lang="fa-IR" name="description" />
<link href="/ostan-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="${esc(c.a.url)}" rel="canonical" />
<link class="lfr-css-file" href="/ostan-theme/css/aui.css?browserId=other&amp;themeId=ostantheme_WAR_ostantheme&amp;minifierType=css&amp;languageId=fa_IR&amp;b=6210&amp;t=1761912000000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=ostantheme_WAR_ostantheme&amp;minifierType=css&amp;languageId=fa_IR&amp;b=6210&amp;t=1761912000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
/*<![CDATA[*/
var Liferay = { Browser: { acceptsGzip: function() { return true; } }, Data: { NAV_SELECTOR: '#navigation', isCustomizationView: function() { return false; } }, ThemeDisplay: {
getCompanyId: function() { return "10154"; }, getLanguageId: function() { return "fa_IR"; }, getPathMain: function() { return "/c"; }, getPlid: function() { return "20512"; },
getScopeGroupId: function() { return "10181"; }, isSignedIn: function() { return false; }, getPortalURL: function() { return "https://www.ostan-es.ir"; } }, PropsValues: { NTLM_AUTH_ENABLED: false } };
var themeDisplay = Liferay.ThemeDisplay;
/*]]>*/
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=ostantheme_WAR_ostantheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=fa_IR&amp;b=6210&amp;t=1761912000000" type="text/javascript"></script>
</head>
<body class="blue yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">پرش به محتوا</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="today">امروز: ${weekday(c)} ${faDate(c)}</span> <a href="/web/guest/blind">نسخه نابینایان</a> <a href="/c/portal/login?p_l_id=20512" id="sign-in" rel="nofollow">ورود</a> <a href="/web/guest/en">English</a></div>
<div id="heading"><h2 class="site-title"><a class="logo custom-logo" href="/web/guest" title="برو به استانداری اصفهان"><img alt="استانداری اصفهان" height="90" src="/image/company_logo?img_id=10178&amp;t=1761912000000" width="320" /></a></h2></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="صفحات تارنما" role="menubar"><li><a href="/web/guest/home"><span>صفحه اصلی</span></a></li><li><a href="/web/guest/ostandar"><span>استاندار</span></a></li><li><a href="/web/guest/moavenat"><span>معاونت‌ها</span></a></li><li class="selected"><a href="/web/guest/news"><span>اخبار</span></a></li><li><a href="/web/guest/shahrestanha"><span>شهرستان‌ها</span></a></li><li><a href="/web/guest/shora"><span>شورای برنامه‌ریزی</span></a></li><li><a href="/web/guest/contact"><span>تماس با ما</span></a></li></ul></nav>
</header>
<div id="content">
<div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_${ap}_"><span id="p_${ap}"></span>
<div class="portlet-body">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/guest/news" id="_${ap}_TabsBack" title="بازگشت"><span class="helper-hidden-accessible">بازگشت</span></a></span><h1 class="header-title"><span>${esc(c.a.title)}</span></h1></div>
<div class="asset-full-content default-asset-publisher no-title">
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">${persian(c.y)}/${persian(c.m)}/${persian(c.d)} ${faTime(c)}</span> <span class="metadata-entry metadata-categories">${esc(c.a.kicker)}</span> <span class="metadata-entry metadata-view-count">${persian(874)} بازدید</span></div>
<div class="asset-content" id="_${ap}_${c.id}">
<div class="journal-content-article">
<p><strong>${esc(c.a.lead ?? '')}</strong></p>
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<p><strong>${t}</strong></p>`, `<p style="text-align: center;"><img alt="${esc(c.a.caption)}" src="/documents/10181/${c.id}/shora-1405.jpg" /></p><p style="text-align: center;"><span style="font-size:11px;">${esc(c.a.caption)} - ${esc(c.a.credit)}</span></p>`, box(c, (t) => `<div class="related-box"><strong>مطالب مرتبط:</strong> <a href="/web/guest/news/-/asset_publisher/Tq8Xr2LbW9aK/content/related">${t}</a></div>`))}
</div>
</div>
<div class="asset-ratings"><div class="taglib-ratings stars"><span>امتیاز:</span> <span class="rating-label">میانگین (${persian(9)} رأی)</span> <span class="icon-star"></span><span class="icon-star"></span><span class="icon-star"></span><span class="icon-star"></span><span class="icon-star-empty"></span></div></div>
<div class="taglib-asset-tags-summary">${tagLinks(c, '/web/guest/news/-/asset_publisher/Tq8Xr2LbW9aK/tag/', ' ', 'tag')}</div>
<div class="taglib-social-bookmarks"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://eitaa.com/share/url?url=${esc(c.a.url)}">ایتا</a> <a href="javascript:print();">چاپ</a></div>
<div class="asset-discussion"><div class="taglib-discussion"><div class="lfr-message-response">هنوز نظری ثبت نشده است.</div><a href="#" class="btn">ثبت نظر</a></div></div>
</div>
</div></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_101_INSTANCE_mR4pQ7_"><div class="portlet-body"><h2 class="portlet-title-text">اخبار پربازدید</h2><ul class="title-list">
${li(c.a.mostRead, '/web/guest/news/-/asset_publisher/Tq8Xr2LbW9aK/content/', Number(c.id) - 311)}
</ul></div></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-journal-content" id="p_p_id_56_INSTANCE_e7Kd3S_"><div class="portlet-body"><h2 class="portlet-title-text">خدمات الکترونیک استانداری</h2><div class="journal-content-article"><ul><li><a href="/web/guest/mizekhedmat">میز خدمت الکترونیک</a></li><li><a href="/web/guest/sabtnameh">ثبت نامه و پیگیری</a></li><li><a href="/web/guest/saman">سامانه سامد</a></li><li><a href="/web/guest/atba">صدور مجوز اتباع</a></li></ul></div></div></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-journal-content" id="p_p_id_56_INSTANCE_h2Lm8T_"><div class="portlet-body"><h2 class="portlet-title-text">فرمانداری‌ها</h2><div class="journal-content-article"><ul><li><a href="https://kashan.ostan-es.ir/">کاشان</a></li><li><a href="https://najafabad.ostan-es.ir/">نجف‌آباد</a></li><li><a href="https://khomeinishahr.ostan-es.ir/">خمینی‌شهر</a></li><li><a href="https://shahinshahr.ostan-es.ir/">شاهین‌شهر و میمه</a></li><li><a href="https://golpayegan.ostan-es.ir/">گلپایگان</a></li></ul></div></div></div>
</div></div>
</div></div>
</div>
<footer id="footer" role="contentinfo"><p>نشانی: اصفهان، خیابان استانداری، ساختمان مرکزی استانداری | تلفن: ${persian('031-32221001')} | کد پستی: ${persian('8145113111')}</p><p>کلیه حقوق این پورتال متعلق به استانداری اصفهان است.</p></footer>
</div>
<script type="text/javascript">
/*<![CDATA[*/
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) { (function() { Liferay.Menu(); Liferay.Notice.prototype.setClosing(); })(); });
/*]]>*/
</script>
</body>
</html>
`;
    },
  },

  // The Municipality of Shiraz's news site on JOOMLA 3 with the K2 component (Joomla generator meta,
  // /media/jui/ and /components/com_k2/ assets, body class com_k2 view-item, K2's itemView block:
  // itemDateCreated in Latin digits with the weekday and a COMMA, «شنبه, 20 تیر 1405 09:50», the
  // title in <h2 class="itemTitle"> (NO <h1>), itemToolbar with font size, print and email, a
  // rating block «(۱۲ رای)», itemImageBlock with caption and credits, itemIntroText as lead,
  // itemFullText, itemHits and itemDateModified «آخرین بروزرسانی در …» the next day, tags, related,
  // comments with a form); side modules with latest news and the municipality's e-services; footer
  // with the 137 hotline. The WHOLE PAGE LOST ITS ZWNJ (an old editor that strips U+200C).
  shiraz: {
    site: 'شهرداری شیراز',
    boiler: ['ورود شهروندان', 'اندازه فونت', 'امتیاز کاربران', 'بازدید 1846 بار', 'آخرین بروزرسانی در', 'برچسب ها', 'مطالب مرتبط', '۲ نظرات', 'آخرین اخبار', 'خدمات الکترونیک شهرداری', 'پرداخت عوارض نوسازی', 'کلیه حقوق این سایت متعلق به شهرداری شیراز می‌باشد'],
    render: (c) => `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fa-ir" lang="fa-ir" dir="rtl">
<head>
<base href="${esc(c.a.url)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="${esc(c.a.tags.join(', '))}" />
<meta name="title" content="${esc(c.a.title)}" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<meta property="og:url" content="${esc(c.a.url)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:image" content="https://news.shiraz.ir/media/k2/items/cache/${c.id}_XL.jpg" />
<title>${esc(c.a.title)} - شهرداری شیراز</title>
<link href="/components/com_k2/css/k2.css?v=2.10.3&amp;b=20200429" rel="stylesheet" type="text/css" />
<link href="/templates/shirazcity/css/template-rtl.css" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?4b0a1d3f1c2e5d7a9b8c6e4f2a1d3c5b" type="text/javascript"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/" type="text/javascript"></script>
</head>
<body class="site com_k2 view-item no-layout no-task itemid-213 rtl">
<div class="top-header"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="/index.php/login">ورود شهروندان</a> <a href="tel:137">سامانه ۱۳۷</a> <a href="/index.php/en">English</a></div>
<header class="header"><a class="brand" href="/"><img src="/images/logo-shiraz.png" alt="شهرداری شیراز" /></a><div class="brand-text">شهرداری شیراز<br /><small>پایگاه اطلاع‌رسانی</small></div></header>
<nav class="navigation"><ul class="nav menu"><li class="item-101"><a href="/">صفحه اصلی</a></li><li class="item-213 current active"><a href="/index.php/news">اخبار</a></li><li class="item-214"><a href="/index.php/mayor">شهردار</a></li><li class="item-215"><a href="/index.php/districts">مناطق شهرداری</a></li><li class="item-216"><a href="/index.php/organizations">سازمان‌ها</a></li><li class="item-217"><a href="/index.php/tenders">مناقصات و مزایدات</a></li><li class="item-218"><a href="/index.php/contact">تماس با ما</a></li></ul></nav>
<div class="main row-fluid">
<main id="content" role="main" class="span9">
<span id="startOfPageId${c.id}"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">${weekday(c)}, ${Number(c.d)} ${c.mn} ${c.y} ${c.hh}:${c.mi}</span>
<h2 class="itemTitle">${esc(c.a.title)}</h2>
<span class="itemAuthor">نوشته شده توسط&nbsp;<a rel="author" href="/index.php/news/itemlist/user/62">${esc(c.a.author ?? '')}</a></span>
</div>
<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">اندازه فونت</span> <a href="#" id="fontDecrease">کاهش اندازه فونت</a> <a href="#" id="fontIncrease">افزایش اندازه فونت</a></li><li><a class="itemPrintLink" rel="nofollow" href="/index.php/news/item/${c.id}?tmpl=component&amp;print=1">چاپ</a></li><li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component">ایمیل</a></li></ul></div>
<div class="itemRatingBlock"><span>امتیاز کاربران</span><div class="itemRatingForm"><ul class="itemRatingList"><li class="itemCurrentRating" id="itemCurrentRating${c.id}" style="width:76%;"></li><li><a href="#" title="۱ ستاره از ۵" class="one-star">1</a></li><li><a href="#" title="۲ ستاره از ۵" class="two-stars">2</a></li><li><a href="#" title="۳ ستاره از ۵" class="three-stars">3</a></li><li><a href="#" title="۴ ستاره از ۵" class="four-stars">4</a></li><li><a href="#" title="۵ ستاره از ۵" class="five-stars">5</a></li></ul><div id="itemRatingLog${c.id}" class="itemRatingLog">(${persian(12)} رای)</div></div></div>
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/${c.id}_XL.jpg" title="برای دیدن تصویر در اندازه اصلی کلیک کنید"><img src="/media/k2/items/cache/${c.id}_L.jpg" alt="${esc(c.a.caption)}" style="width:600px; height:auto;" /></a></span><span class="itemImageCaption">${esc(c.a.caption)}</span><span class="itemImageCredits">${esc(c.a.credit)}</span></div>
<div class="itemIntroText"><p>${esc(c.a.lead ?? '')}</p></div>
<div class="itemFullText">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '', box(c, (t) => `<p><strong>بیشتر بخوانید: </strong><a href="/index.php/news/item/related">${t}</a></p>`))}
</div>
<div class="itemContentFooter"><span class="itemHits">بازدید <b>${1846}</b> بار</span> <span class="itemDateModified">آخرین بروزرسانی در ${WEEKDAYS[(new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay() + 1) % 7]}, ${Number(c.d) + 1} ${c.mn} ${c.y} 08:12</span></div>
</div>
<div class="itemLinks"><div class="itemTagsBlock"><span>برچسب ها</span><ul class="itemTags">${c.a.tags.map((t) => `<li><a href="/index.php/news/itemlist/tag/${encodeURIComponent(t)}">${esc(t)}</a></li>`).join('')}</ul></div></div>
<div class="itemSocialSharing"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${esc(c.a.url)}">واتساپ</a></div>
<div class="itemRelated"><h3>مطالب مرتبط</h3><ul>
${li(c.a.related, '/index.php/news/item/', Number(c.id) - 64, ' class="even"')}
</ul></div>
<div class="itemComments"><h3 class="itemCommentsCounter"><span>${persian(c.a.comments.length)}</span> نظرات</h3><ul class="itemCommentsList">
${comments(c, (n, t, k) => `<li class="${k % 2 ? 'odd' : 'even'}"><span class="commentDate">${Number(c.d)} ${c.mn} ${c.y} ${k ? '14:02' : '11:37'}</span><span class="commentAuthorName">ارسال شده توسط ${n}</span><p>${t}</p></li>`)}
</ul><div class="itemCommentsForm"><h3>ارسال نظر</h3><form action="/index.php" method="post" id="comment-form"><label>پیام</label><textarea rows="20" cols="10" name="commentText" id="commentText"></textarea><label>نام</label><input type="text" name="userName" id="userName" /><input type="submit" class="button" id="submitCommentButton" value="ارسال نظر" /></form></div></div>
</div>
</main>
<aside class="span3 sidebar">
<div class="moduletable"><h3>آخرین اخبار</h3><ul class="latestnews">
${li(c.a.mostRead, '/index.php/news/item/', Number(c.id) + 7)}
</ul></div>
<div class="moduletable"><h3>خدمات الکترونیک شهرداری</h3><ul class="menu"><li><a href="https://e.shiraz.ir/avarez">پرداخت عوارض نوسازی</a></li><li><a href="https://e.shiraz.ir/parvaneh">پیگیری پروانه ساختمانی</a></li><li><a href="https://e.shiraz.ir/khalafi">استعلام خلافی خودرو</a></li><li><a href="https://137.shiraz.ir/">ثبت درخواست در سامانه ۱۳۷</a></li></ul></div>
</aside>
</div>
<footer class="footer"><p>نشانی: شیراز، میدان شهرداری، ساختمان مرکزی شهرداری شیراز | تلفن: ${persian('071-32351000')} | سامانه ارتباط مردمی ۱۳۷</p><p>کلیه حقوق این سایت متعلق به شهرداری شیراز می‌باشد.</p></footer>
</body>
</html>
`,
  },

  // The University of Tabriz's site on DRUPAL 7 (XHTML+RDFa doctype, Drupal generator meta, shortlink
  // /node/NNNNN, body classes page-node-NNNNN node-type-news, the skip link, RDFa: the date in
  // <span property="dc:date dc:created" content="…+03:30"> with a visible «سه‌شنبه، ۲۳ تیر ۱۴۰۵ -
  // ۱۱:۳۰»; the title in <h1 id="page-title">; field-name-field-lead, an image field with a caption,
  // field-name-body; news code field, tags, «نسخه قابل چاپ» and the statistics counter; a Views
  // block of related news; side blocks with upcoming EVENTS (dates and halls) and links to the
  // student portal; footer with the university's address, postal code and phone.
  tabrizu: {
    site: 'دانشگاه تبریز',
    boiler: ['پرش به محتوای اصلی', 'سامانه آموزشی گلستان', 'کد خبر', 'نسخه قابل چاپ', 'اخبار مرتبط', 'رویدادهای پیش رو', 'پیوندهای مهم', 'کد پستی', 'تمامی حقوق برای دانشگاه تبریز محفوظ است'],
    render: (c) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fa" version="XHTML+RDFa 1.0" dir="rtl"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://tabrizu.ac.ir/sites/all/themes/tabrizu/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="${esc(c.a.url)}" />
<link rel="shortlink" href="/fa/node/${c.id}" />
<title>${esc(c.a.title)} | دانشگاه تبریز</title>
<style type="text/css" media="all">
@import url("https://tabrizu.ac.ir/modules/system/system.base.css?t8kq2z");
@import url("https://tabrizu.ac.ir/sites/all/themes/tabrizu/css/style-rtl.css?t8kq2z");
</style>
<script type="text/javascript" src="https://tabrizu.ac.ir/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://tabrizu.ac.ir/misc/drupal.js?t8kq2z"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"fa\\/","ajaxPageState":{"theme":"tabrizu","theme_token":"Hc3Q7lZ1x0pV8mWnRk2YbT5sE9aJfD4u"},"statistics":{"data":{"nid":"${c.id}"},"url":"\\/modules\\/statistics\\/statistics.php"}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-${c.id} node-type-news i18n-fa" >
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">پرش به محتوای اصلی</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<div class="top-links"><a href="https://golestan.tabrizu.ac.ir/">سامانه آموزشی گلستان</a> | <a href="https://mail.tabrizu.ac.ir/">پست الکترونیک</a> | <a href="https://lib.tabrizu.ac.ir/">کتابخانه مرکزی</a> | <a href="/en">English</a> | <a href="/user/login">ورود</a></div>
<a href="/fa" title="خانه" rel="home" id="logo"><img src="https://tabrizu.ac.ir/sites/all/themes/tabrizu/logo.png" alt="خانه" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/fa" title="خانه" rel="home"><span>دانشگاه تبریز</span></a></strong></div></div>
</div></div>
<div id="navigation"><div class="section"><ul class="menu"><li class="first leaf"><a href="/fa">خانه</a></li><li class="leaf"><a href="/fa/about">معرفی دانشگاه</a></li><li class="leaf"><a href="/fa/faculties">دانشکده‌ها</a></li><li class="leaf"><a href="/fa/research">پژوهش و فناوری</a></li><li class="leaf"><a href="/fa/students">دانشجویان</a></li><li class="leaf active-trail"><a href="/fa/news" class="active-trail">اخبار</a></li><li class="last leaf"><a href="/fa/contact">تماس با ما</a></li></ul></div></div>
<div id="breadcrumb"><h2 class="element-invisible">شما اینجا هستید</h2><div class="breadcrumb"><a href="/fa">خانه</a> » <a href="/fa/news">اخبار</a> » ${esc(c.a.kicker)}</div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">${esc(c.a.title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-${c.id}" class="node node-news node-promoted node-full clearfix" about="/fa/news/${c.id}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="${esc(c.a.title)}" class="rdf-meta element-hidden"></span>
<div class="submitted"><span property="dc:date dc:created" content="${c.iso}" datatype="xsd:dateTime">${weekday(c)}، ${faDate(c)} - ${faTime(c)}</span></div>
<div class="content">
<div class="field field-name-field-lead field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even">${esc(c.a.lead ?? '')}</div></div></div>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="https://tabrizu.ac.ir/sites/default/files/styles/large/public/news/${c.id}.jpg"><img typeof="foaf:Image" src="https://tabrizu.ac.ir/sites/default/files/styles/large/public/news/${c.id}.jpg" width="640" height="427" alt="${esc(c.a.caption)}" /><blockquote class="image-field-caption"><p>${esc(c.a.caption)} - ${esc(c.a.credit)}</p></blockquote></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
${bodyHtml(c, (t) => `<p dir="rtl" style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '', box(c, (t) => `<p class="rtejustify"><strong>بیشتر بخوانید: </strong><a href="/fa/news/related">${t}</a></p>`))}
</div></div></div>
<div class="field field-name-field-news-code field-type-number-integer field-label-inline clearfix"><div class="field-label">کد خبر:&nbsp;</div><div class="field-items"><div class="field-item even">${c.id}</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">برچسب‌ها:&nbsp;</div><div class="field-items">${c.a.tags.map((t, i) => `<div class="field-item ${i % 2 ? 'odd' : 'even'}" rel="dc:subject"><a href="/fa/taxonomy/term/${410 + i}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">${esc(t)}</a></div>`).join('')}</div></div>
</div>
<ul class="links inline"><li class="print_html first"><a href="/fa/print/${c.id}" title="نمایش نسخه قابل چاپ این صفحه." class="print-page" rel="nofollow">نسخه قابل چاپ</a></li><li class="statistics_counter last"><span>${persian(652)} بازدید</span></li></ul>
</div>
</div></div></div>
<div id="block-views-related-news-block" class="block block-views"><h2>اخبار مرتبط</h2><div class="content"><div class="view view-related-news view-id-related_news view-display-id-block"><div class="view-content"><ul>
${li(c.a.related, '/fa/news/', Number(c.id) - 23, ' class="views-row"')}
</ul></div></div></div></div>
</div>
</div></div>
<div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-sidebar-first">
<div id="block-views-events-block" class="block block-views"><h2>رویدادهای پیش رو</h2><div class="content"><ul>${c.a.mostRead.map((t, i) => `<li class="views-row"><span class="date-display-single">${persian(27 + i)} تیر ${persian(1405)}</span> <a href="/fa/event/${2210 + i}">${esc(t)}</a></li>`).join('')}</ul></div></div>
<div id="block-block-7" class="block block-block"><h2>پیوندهای مهم</h2><div class="content"><ul><li><a href="https://www.msrt.ir/">وزارت علوم، تحقیقات و فناوری</a></li><li><a href="https://www.sanjesh.org/">سازمان سنجش آموزش کشور</a></li><li><a href="https://tstp.ir/">پارک علم و فناوری دانشگاه تبریز</a></li></ul></div></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section"><p>نشانی: تبریز، بلوار ۲۹ بهمن، دانشگاه تبریز | کد پستی: ${persian('5166616471')} | تلفن: ${persian('041-33392000')}</p><p>تمامی حقوق برای دانشگاه تبریز محفوظ است.</p></div></div>
</div></div>
<script type="text/javascript" src="https://tabrizu.ac.ir/sites/all/modules/statistics/statistics.js?t8kq2z"></script>
</body>
</html>
`,
  },

  // The Judiciary of Fars province's news page on ASP.NET MVC (Razor: /Content/css?v= and
  // /bundles/… script bundles, a hidden __RequestVerificationToken in the comment form, jquery
  // unobtrusive validation attributes); the judiciary's header with the emblem; quick links to
  // the judicial e-services («سامانه ثنا», «ابلاغ الکترونیک», «پیگیری پرونده»); the info row ABOVE
  // the title «کد خبر | تاریخ خبر: ۱۴۰۵/۰۴/۲۱ | ساعت: ۱۲:۰۵ | تعداد بازدید»; a SURTITLE; the title in
  // <h1>; lead; photo with caption; body; print, send and short-link tools; keywords; a comment
  // form; related news; side boxes with latest news and the judicial e-services; footer with the
  // address, phone and the 129 hotline. No date metadata.
  fars: {
    site: 'دادگستری کل استان فارس',
    boiler: ['قوه قضاییه جمهوری اسلامی ایران', 'سامانه ثنا', 'پیگیری پرونده', 'تاریخ خبر', 'تعداد بازدید', 'ارسال به دوستان', 'لینک کوتاه', 'کلیدواژه‌ها', 'نظر شما پس از بررسی منتشر خواهد شد', 'اخبار مرتبط', 'آخرین اخبار', 'خدمات الکترونیک قضایی', 'کلیه حقوق این پایگاه متعلق به دادگستری کل استان فارس است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${esc(c.a.title)} - دادگستری کل استان فارس</title>
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<meta property="og:title" content="${esc(c.a.title)}" />
<meta property="og:url" content="${esc(c.a.url)}" />
<link href="/Content/css?v=Jm3kZ8p2QyXrT5vB9nW1cL4hF7dS0aE6uI3oP8gK2m1" rel="stylesheet"/>
<script src="/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1"></script>
</head>
<body>
<div class="navbar-top"><div class="container"><span class="today">${weekday(c)} ${faDate(c)}</span> <a href="/Account/Login">ورود</a> <a href="/Home/SiteMap">نقشه سایت</a> <a href="/Home/Contact">تماس با ما</a></div></div>
<header class="judiciary-header"><div class="container"><img src="/Content/images/ghoveh-logo.png" alt="نشان قوه قضاییه" /><div class="titles"><span>قوه قضاییه جمهوری اسلامی ایران</span><strong>دادگستری کل استان فارس</strong></div></div></header>
<div class="quick-links"><div class="container"><a href="https://adliran.ir/">سامانه ثنا</a> <a href="https://eblagh.adliran.ir/">ابلاغ الکترونیک</a> <a href="https://adliran.ir/Home/CaseTracking">پیگیری پرونده</a> <a href="/Services/Meeting">ملاقات مردمی</a></div></div>
<nav class="main-menu"><div class="container"><ul><li><a href="/">صفحه اصلی</a></li><li><a href="/About">درباره ما</a></li><li class="active"><a href="/News">اخبار</a></li><li><a href="/Photo">گزارش تصویری</a></li><li><a href="/Courts">حوزه‌های قضایی</a></li><li><a href="/Laws">قوانین و بخشنامه‌ها</a></li></ul></div></nav>
<div class="container body-content"><div class="row">
<div class="col-md-8">
<div class="news-detail">
<div class="news-info"><span>کد خبر: ${persian(c.id)}</span> | <span>تاریخ خبر: ${persian(c.y)}/${persian(c.m)}/${persian(c.d)}</span> | <span>ساعت: ${faTime(c)}</span> | <span>تعداد بازدید: ${persian(983)}</span></div>
<h4 class="news-rootitle">${esc(c.a.kicker)}</h4>
<h1 class="news-title">${esc(c.a.title)}</h1>
<div class="news-lead">${esc(c.a.lead ?? '')}</div>
<div class="news-image"><img src="/Files/News/${c.id}/main.jpg" alt="${esc(c.a.caption)}" class="img-responsive" /><div class="caption">${esc(c.a.caption)} | ${esc(c.a.credit)}</div></div>
<div class="news-body">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<p><strong>${t}</strong></p>`, '', box(c, (t) => `<div class="alert alert-info">بیشتر بخوانید: <a href="/News/Details/related">${t}</a></div>`))}
</div>
<div class="news-tools"><a href="/News/Print/${c.id}" target="_blank">چاپ</a> | <a href="/News/SendToFriend/${c.id}">ارسال به دوستان</a> | <span>لینک کوتاه: <input type="text" readonly value="https://fars.eadl.ir/n/${c.id}" /></span></div>
<div class="news-keywords"><span>کلیدواژه‌ها:</span> ${tagLinks(c, '/News/Tag/', ' ')}</div>
<div class="news-comment"><h3>ارسال نظر</h3><form action="/Comment/Add" method="post"><input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq3-kZp1QvYxT8mW2rL5sB0eH7uA4dF9gJ6iK3oP1cX" /><input type="hidden" name="NewsId" value="${c.id}" /><input data-val="true" data-val-required="نام را وارد کنید" name="Name" type="text" placeholder="نام" /><textarea data-val="true" data-val-required="متن نظر را وارد کنید" name="Body" placeholder="متن نظر"></textarea><p class="note">نظر شما پس از بررسی منتشر خواهد شد.</p><button type="submit" class="btn btn-primary">ارسال</button></form></div>
<div class="news-related"><h3>اخبار مرتبط</h3><ul>
${li(c.a.related, '/News/Details/', Number(c.id) - 51)}
</ul></div>
</div>
</div>
<div class="col-md-4">
<div class="side-box"><h3>آخرین اخبار</h3><ul>
${li(c.a.mostRead, '/News/Details/', Number(c.id) + 4)}
</ul></div>
<div class="side-box"><h3>خدمات الکترونیک قضایی</h3><ul><li><a href="https://adliran.ir/">ثبت‌نام در سامانه ثنا</a></li><li><a href="https://adliran.ir/Home/Petition">ثبت دادخواست</a></li><li><a href="https://setad.dadiran.ir/">ستاد دیه کشور</a></li><li><a href="https://adliran.ir/Home/Certificate">استعلام سوءپیشینه</a></li></ul></div>
</div>
</div></div>
<footer class="footer"><div class="container"><p>نشانی: شیراز، خیابان زند، ساختمان دادگستری کل استان فارس | تلفن: ${persian('071-32224000')} | سامانه پاسخگویی قوه قضاییه: ${persian(129)}</p><p>کلیه حقوق این پایگاه متعلق به دادگستری کل استان فارس است.</p></div></footer>
<script src="/bundles/jquery?v=2u0aRenDpYxArEyILB59ETSCA2cfQkSMlxb6jbMBqf81"></script>
<script src="/bundles/jqueryval?v=9uaE6r0r8KqzYdWmfHiWLqOeIvn8kvBqzpA5F1y7fRo1"></script>
</body>
</html>
`,
  },

  // The Kermanshah Chamber of Commerce on DOTNETNUKE with the DNN BLOG module (WebForms <form
  // id="Form">, __VIEWSTATE, dnn_ctr742_ ids, DnnModule-Blog wrappers, /Portals/0/ and
  // /DesktopModules/Blog/ paths, DotNetNuke generator meta); the post title in <h1 class="bl-title">;
  // the post meta «ارسال شده در ۱۴۰۵/۰۴/۲۸ ۰۲:۲۰ ب.ظ توسط روابط عمومی اتاق» with a 12-HOUR clock
  // and «ب.ظ»; the only machine date a microdata datePublished «2026-07-19T14:20:00» with NO zone;
  // the summary as lead; categories, views, share row, «۰ نظر» and a comment form; side panes with
  // latest news, the chamber's e-services and an exhibitions calendar; footer with address and phone.
  otaghks: {
    site: 'اتاق بازرگانی، صنایع، معادن و کشاورزی کرمانشاه',
    boiler: ['ارسال شده در', 'دسته‌بندی', 'تعداد بازدید', 'ثبت نظر', 'آخرین اخبار', 'خدمات الکترونیک اتاق', 'صدور کارت بازرگانی هوشمند', 'تقویم نمایشگاه‌ها', 'کلیه حقوق این سایت برای اتاق کرمانشاه محفوظ است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>${esc(c.a.title)} &gt; اتاق بازرگانی، صنایع، معادن و کشاورزی کرمانشاه</title>
<meta id="MetaDescription" name="DESCRIPTION" content="${esc(c.a.lead ?? '')}" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=233" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/Blog/module.css?cdv=233" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/skins/otaghks/skin.css?cdv=233" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=233" type="text/javascript"></script>
<link rel="canonical" href="${esc(c.a.url)}" />
</head>
<body id="Body">
<form method="post" action="${esc(new URL(c.a.url).pathname)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="Ax9bQ2rT7kLm4pW1cN8vY3sF6hJ0dE5uG2iO7qZ4xB9nV1mC3" />
</div>
<script src="/ScriptResource.axd?d=eE6V8nDbUVn4ixZnGPB8p7kQ2mXr5tW9cL1yF4hJ0aS3&amp;t=ffffffffc820c398" type="text/javascript"></script>
<div id="dnn_wrapper" class="otagh-skin">
<div class="otagh-top"><span class="today">${weekday(c)} ${faDate(c)}</span> <a id="dnn_dnnLOGIN_loginLink" href="/fa-ir/Login">ورود</a> <a id="dnn_dnnUSER_registerLink" href="/fa-ir/Register">عضویت</a> <a href="/en-us/">English</a></div>
<header class="otagh-header"><img src="/Portals/0/logo-otagh-ks.png" alt="اتاق کرمانشاه" /> <strong>اتاق بازرگانی، صنایع، معادن و کشاورزی کرمانشاه</strong></header>
<nav id="dnn_dnnNAV_ctldnnNAV" class="otagh-menu"><ul><li><a href="/fa-ir/">صفحه اصلی</a></li><li><a href="/fa-ir/about">درباره اتاق</a></li><li><a href="/fa-ir/board">هیئت نمایندگان</a></li><li class="selected"><a href="/fa-ir/news">اخبار</a></li><li><a href="/fa-ir/commissions">کمیسیون‌ها</a></li><li><a href="/fa-ir/members">اعضا</a></li><li><a href="/fa-ir/contact">تماس با ما</a></li></ul></nav>
<div class="otagh-cols">
<div id="dnn_ContentPane" class="contentPane">
<div class="DnnModule DnnModule-Blog DnnModule-742"><a name="742"></a>
<div class="c_container"><div id="dnn_ctr742_ContentPane" class="contentpane"><div id="dnn_ctr742_ModuleContent" class="DNNModuleContent ModBlogC">
<div class="bl-post" itemscope itemtype="http://schema.org/BlogPosting">
<meta itemprop="datePublished" content="${c.g.y}-${c.g.m}-${c.g.d}T${c.hh}:${c.mi}:00" />
<h1 class="bl-title" itemprop="headline">${esc(c.a.title)}</h1>
<div class="bl-meta">ارسال شده در ${persian(c.y)}/${persian(c.m)}/${persian(c.d)} ${faClock12(c)} توسط <span itemprop="author">${esc(c.a.author ?? '')}</span> | دسته‌بندی: <a href="/fa-ir/news/Term/12">${esc(c.a.kicker)}</a> | تعداد بازدید: ${persian(547)}</div>
<div class="bl-summary" itemprop="description">${esc(c.a.lead ?? '')}</div>
<div class="bl-image"><img src="/Portals/0/Blog/Files/1/${c.id}/hayat-namayandegan.jpg" alt="${esc(c.a.caption)}" /><span class="bl-caption">${esc(c.a.caption)} - ${esc(c.a.credit)}</span></div>
<div class="bl-content" itemprop="articleBody">
${bodyHtml(c, (t) => `<p style="text-align: justify;">${t}</p>`, (t) => `<h3>${t}</h3>`, '', box(c, (t) => `<div class="bl-inline">مطلب مرتبط: <a href="/fa-ir/news/Post/related">${t}</a></div>`))}
</div>
<div class="bl-tags">برچسب‌ها: ${tagLinks(c, '/fa-ir/news/Term/', '، ')}</div>
<div class="bl-share"><a href="https://t.me/share/url?url=${esc(c.a.url)}">تلگرام</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=${esc(c.a.url)}">لینکدین</a> <a href="/fa-ir/news/Post/${c.id}/print">چاپ</a></div>
<div class="bl-comments"><h3>${persian(0)} نظر</h3><div class="bl-comment-form"><input name="dnn$ctr742$Blog$ctl00$txtName" type="text" placeholder="نام" /><textarea name="dnn$ctr742$Blog$ctl00$txtComment" rows="4"></textarea><input type="submit" name="dnn$ctr742$Blog$ctl00$cmdAdd" value="ثبت نظر" /></div></div>
</div>
</div></div></div>
</div>
</div>
<div id="dnn_LeftPane" class="leftPane">
<div class="DnnModule DnnModule-Blog DnnModule-743"><div class="otagh-box"><h3>آخرین اخبار</h3><ul>
${li(c.a.mostRead, '/fa-ir/news/Post/', Number(c.id) + 2)}
</ul></div></div>
<div class="DnnModule DnnModule-DNN_HTML DnnModule-744"><div class="otagh-box"><h3>خدمات الکترونیک اتاق</h3><ul><li><a href="https://eservices.iccima.ir/">صدور کارت بازرگانی هوشمند</a></li><li><a href="https://co.iccima.ir/">صدور گواهی مبدأ</a></li><li><a href="/fa-ir/arbitration">مرکز داوری</a></li></ul></div></div>
<div class="DnnModule DnnModule-DNN_HTML DnnModule-745"><div class="otagh-box"><h3>تقویم نمایشگاه‌ها</h3><ul>${c.a.related.map((t, i) => `<li><a href="/fa-ir/expo/${31 + i}">${esc(t)}</a></li>`).join('')}</ul></div></div>
</div>
</div>
<footer class="otagh-footer"><p>نشانی: کرمانشاه، بلوار شهید بهشتی، ساختمان اتاق بازرگانی | تلفن: ${persian('083-38244000')} | نمابر: ${persian('083-38244010')}</p><p>کلیه حقوق این سایت برای اتاق کرمانشاه محفوظ است.</p></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="{&quot;__scdoff&quot;:&quot;1&quot;}" />
</form>
</body>
</html>
`,
  },

  // The IRIB Gilan centre's news site on an OLD CUSTOM PHP system (HTML 4.01 Transitional doctype,
  // a 980-pixel TABLE LAYOUT, <font> tags, a <marquee> news ticker, news.php?id= addresses, no
  // metadata beyond the charset); the header image and the centre's channels; the story in a
  // <td class="newsbody">: surtitle in <font>, the title in <h1 class="titr">, the date line
  // «تاریخ: دوشنبه ۲۹ تیر ۱۴۰۵ - ساعت: ۱۸:۴۵» next to the news code and views, a bold lead, photo
  // with caption, paragraphs, the REPORTER LINE «خبرنگار: … | تصویربردار: …» after the text (not
  // body), print and send links, one viewer comment; a side column with the day's TV SCHEDULE
  // (clock times and programme names) and links. The ARTICLE TEXT is typed with ARABIC yeh and
  // kaf (ي ك); the chrome uses Persian letters.
  iribgilan: {
    site: 'صداوسیمای مرکز گیلان',
    boiler: ['سیمای باران', 'آخرین اخبار', 'کد خبر', 'تعداد بازدید', 'خبرنگار: سپیده رحمانی', 'نسخه چاپی', 'ارسال به دوست', 'نظرات بینندگان', 'جدول پخش امروز سیمای باران', 'کلیه حقوق این سایت متعلق به صداوسیمای مرکز گیلان می‌باشد'],
    render: (c) => `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>صداوسیمای مرکز گیلان - ${esc(c.a.title)}</title>
<link href="style/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/menu.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E8EEF4">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header_gilan.jpg" width="980" height="120" alt="صداوسیمای مرکز گیلان - سیمای باران"></td></tr>
<tr><td colspan="2" class="menu" bgcolor="#1D4E89"><a href="index.php">صفحه اصلی</a> | <a href="news.php">اخبار</a> | <a href="sima.php">سیمای باران</a> | <a href="seda.php">صدای گیلان</a> | <a href="jadval.php">جدول پخش</a> | <a href="live.php">پخش زنده</a> | <a href="contact.php">تماس با ما</a></td></tr>
<tr><td colspan="2" class="ticker"><font color="#C00000"><b>آخرین اخبار:</b></font> <marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">${c.a.mostRead.map((t, i) => `<a href="news.php?id=${Number(c.id) + 3 + i}">${esc(t)}</a>`).join(' ◄ ')}</marquee></td></tr>
<tr>
<td width="700" valign="top" class="newsbody">
<table width="100%" cellpadding="8"><tr><td>
<font class="rootitr" color="#1D4E89">${esc(c.a.kicker)}</font>
<h1 class="titr">${esc(c.a.title)}</h1>
<table width="100%" class="newsinfo"><tr><td>تاریخ: ${weekday(c)} ${faDate(c)} - ساعت: ${faTime(c)}</td><td>کد خبر: ${c.id}</td><td>تعداد بازدید: ${412}</td></tr></table>
<p class="lead"><b>${esc(c.a.lead ?? '')}</b></p>
<div align="center"><img src="upload/news/${c.id}.jpg" width="500" border="0" alt="${esc(c.a.caption)}"><br><font size="1">${esc(c.a.caption)} - ${esc(c.a.credit)}</font></div>
${bodyHtml(c, (t) => `<p align="justify">${t}</p>`, (t) => `<p><b>${t}</b></p>`, '', box(c, (t) => `<p><font color="#1D4E89">مطلب مرتبط: <a href="news.php?id=related">${t}</a></font></p>`))}
<p><font size="2" color="#666666">خبرنگار: سپیده رحمانی | تصویربردار: مهران قلی‌زاده</font></p>
<p class="tools"><a href="print.php?id=${c.id}" target="_blank">نسخه چاپی</a> | <a href="send.php?id=${c.id}">ارسال به دوست</a></p>
<table width="100%" class="comments"><tr><td><b>نظرات بینندگان</b></td></tr>
${comments(c, (n, t) => `<tr><td><font color="#1D4E89">${n}</font>: ${t}</td></tr>`)}
<tr><td><form action="comment.php" method="post"><input type="hidden" name="nid" value="${c.id}">نام: <input type="text" name="name"> <br><textarea name="body" cols="50" rows="4"></textarea><br><input type="submit" value="ارسال نظر"></form></td></tr></table>
</td></tr></table>
</td>
<td width="280" valign="top" class="side" bgcolor="#F3F6FA">
<table width="100%" cellpadding="5"><tr><td class="sidetitle">جدول پخش امروز سیمای باران</td></tr>
<tr><td>${persian('07:00')} - صبح بخیر گیلان</td></tr><tr><td>${persian('10:30')} - شالیزار (ویژه کشاورزان)</td></tr><tr><td>${persian('14:00')} - خبر سیمای باران</td></tr><tr><td>${persian('18:30')} - گیلان امروز</td></tr><tr><td>${persian('21:00')} - خبر ساعت ۲۱</td></tr></table>
<table width="100%" cellpadding="5"><tr><td class="sidetitle">پیوندها</td></tr>
<tr><td><a href="https://www.irib.ir/">سازمان صداوسیما</a></td></tr><tr><td><a href="https://www.iribnews.ir/">خبرگزاری صداوسیما</a></td></tr><tr><td><a href="https://www.telewebion.com/">تلوبیون</a></td></tr></table>
<table width="100%" cellpadding="5"><tr><td class="sidetitle">اخبار مرتبط</td></tr>
${c.a.related.map((t, i) => `<tr><td><a href="news.php?id=${Number(c.id) - 40 - i}">${esc(t)}</a></td></tr>`).join('\n')}
</table>
</td>
</tr>
<tr><td colspan="2" class="footer" align="center" bgcolor="#1D4E89"><font color="#FFFFFF">نشانی: رشت، بلوار امام خمینی، صداوسیمای مرکز گیلان | تلفن: ${persian('013-33690000')}<br>کلیه حقوق این سایت متعلق به صداوسیمای مرکز گیلان می‌باشد.<br>تعداد بازدیدکنندگان: ${fmt(3184520)}</font></td></tr>
</table>
</body>
</html>
`,
  },
};

// ---------------------------------------------------------------------------------------------
// The eight texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'moe-summer-peak-two-deputies', site: 'moe', author: 'روابط عمومی', inlineAt: -1,
    url: 'https://www.moe.gov.ir/news/2026/07/07/نشست-ستاد-مدیریت-اوج-تابستان-با-حضور-معاونان-وزیر-نیرو',
    title: 'معاونان وزیر نیرو در نشست ستاد مدیریت اوج تابستان: نیاز مصرف برق به ۷۹ هزار و ۴۰۰ مگاوات رسید',
    kicker: 'اخبار وزارت', date: '۱۶ تیر ۱۴۰۵ - ۱۰:۲۵',
    lead: 'معاون برق و انرژی و معاون آب و آبفای وزیر نیرو در نشست ستاد مدیریت اوج بار تابستان، از رسیدن نیاز مصرف برق کشور به ۷۹ هزار و ۴۰۰ مگاوات و کاهش ۱۲ درصدی مصرف آب در ۲۶ شهر پرمصرف خبر دادند.',
    paras: [
      'به گزارش پایگاه اطلاع‌رسانی وزارت نیرو (پاون)، در این جلسه که روز دوشنبه ۱۵ تیرماه با حضور مدیران عامل شرکت‌های توانیر، مدیریت شبکه برق ایران و مهندسی آب و فاضلاب کشور در ساختمان ستادی وزارت نیرو برگزار شد، آخرین وضعیت تأمین برق و آب در هفته دوم تیر بررسی شد.',
      'محمدجواد نیک‌سرشت، معاون برق و انرژی وزیر نیرو، در این نشست گفت: نیاز مصرف برق کشور روز یکشنبه به ۷۹ هزار و ۴۰۰ مگاوات رسید که نسبت به روز مشابه سال گذشته ۶ درصد بیشتر است. با وجود این رکورد، خاموشی برنامه‌ریزی‌شده برای مشترکان خانگی اعمال نشد.',
      'وی با اشاره به توسعه انرژی‌های تجدیدپذیر افزود: از ابتدای امسال تاکنون ۲ هزار و ۳۰۰ مگاوات نیروگاه خورشیدی وارد مدار شده و برنامه وزارت نیرو، رسیدن این ظرفیت به ۷ هزار مگاوات تا پایان سال است. برای این بخش اعتباری بالغ بر ۱۸۰ هزار میلیارد ریال پیش‌بینی شده است.',
      'معاون برق و انرژی وزیر نیرو همچنین از صنایع بزرگ خواست برنامه تعمیرات سالانه خود را به مرداد منتقل کنند و یادآور شد که با همکاری صنایع فولاد و سیمان، روزانه حدود ۴ هزار مگاوات از بار شبکه در ساعات اوج کاسته می‌شود.',
      'در ادامه این جلسه، فرزانه قدیمی‌پور، معاون آب و آبفای وزیر نیرو، وضعیت منابع آب شرب را تشریح کرد و گفت: حجم آب مخازن سدهای کشور به ۲۴ میلیارد و ۶۰۰ میلیون مترمکعب رسیده که ۵۲ درصد ظرفیت آنهاست. در ۲۶ شهر پرمصرف، با مدیریت فشار شبکه، مصرف آب نسبت به مدت مشابه سال گذشته ۱۲ درصد کاهش یافته است.',
      'قدیمی‌پور تصریح کرد: در تهران، مشهد و اصفهان همچنان تنش آبی داریم و مشترکانی که بیش از دو برابر الگو مصرف کنند، مشمول تعرفه تصاعدی و در صورت تکرار، نصب قطعه کاهنده فشار خواهند شد. مشترکان می‌توانند گزارش نشت و هدررفت آب را از طریق سامانه ۱۲۲ ثبت کنند.',
      'در پایان این نشست مقرر شد: ۱- شرکت توانیر گزارش روزانه مصرف برق ادارات را به استانداری‌ها ارسال کند؛ ۲- ساعت کار ادارات دولتی در ۱۸ استان گرم کشور تا پایان مرداد از ساعت ۶ تا ۱۳ باشد؛ ۳- طرح پاداش کاهش مصرف برای ۳ میلیون مشترک خانگی کم‌مصرف اجرا شود.',
    ],
    tags: ['اوج بار تابستان', 'نیروگاه خورشیدی', 'مدیریت مصرف آب', 'وزارت نیرو'],
    caption: 'نشست ستاد مدیریت اوج بار تابستان در ساختمان ستادی وزارت نیرو', credit: 'عکس: پاون',
    related: ['ثبت رکورد تازه مصرف برق در نخستین هفته تیر', 'آغاز طرح پاداش کاهش مصرف برای مشترکان خانگی', 'بهره‌برداری از نیروگاه خورشیدی ۱۰۰ مگاواتی در یزد'],
    mostRead: ['بازدید وزیر نیرو از سد طالقان', 'اطلاعیه شرکت توانیر درباره جدول مدیریت بار', 'نشست هم‌اندیشی بخش خصوصی صنعت آب', 'آغاز ثبت‌نام طرح برق امید'],
    comments: [],
    speakers: [
      { name: 'محمدجواد نیک‌سرشت', role: 'معاون برق و انرژی وزیر نیرو', also_called: ['وی'], statements: 4 },
      { name: 'فرزانه قدیمی‌پور', role: 'معاون آب و آبفای وزیر نیرو', also_called: ['قدیمی‌پور'], statements: 3 },
    ],
    speakers_never: ['پایگاه اطلاع‌رسانی وزارت نیرو', 'توانیر', 'مدیریت شبکه برق ایران'],
    figures: [
      { value: 79400, unit: 'مگاوات', kind: 'measure', about: '«۷۹ هزار و ۴۰۰ مگاوات» نیاز مصرف برق (title, lead, body)' },
      { value: 12, unit: 'درصد', kind: 'percent', about: '«کاهش ۱۲ درصدی» مصرف آب در ۲۶ شهر (lead; «۱۲ درصد» in the body)' },
      { value: 26, unit: 'شهر', kind: 'count', about: 'شهرهای پرمصرف (lead and body)' },
      { value: 6, unit: 'درصد', kind: 'percent', about: 'افزایش نیاز مصرف نسبت به روز مشابه سال گذشته' },
      { value: 2300, unit: 'مگاوات', kind: 'measure', about: '«۲ هزار و ۳۰۰ مگاوات» نیروگاه خورشیدی واردشده' },
      { value: 7000, unit: 'مگاوات', kind: 'measure', about: 'هدف ظرفیت خورشیدی تا پایان سال' },
      { value: 180000000000000, unit: 'ریال', kind: 'money', about: '«۱۸۰ هزار میلیارد ریال» اعتبار' },
      { value: 4000, unit: 'مگاوات', kind: 'measure', about: 'کاهش روزانه بار با همکاری صنایع (kept; «روزانه» is its basis)' },
      { value: 24600000000, unit: 'مترمکعب', kind: 'measure', about: '«۲۴ میلیارد و ۶۰۰ میلیون مترمکعب» حجم مخازن سدها' },
      { value: 52, unit: 'درصد', kind: 'percent', about: 'پرشدگی سدها' },
      { value: 2, unit: 'برابر', kind: 'count', about: '«بیش از دو برابر الگو» آستانه تعرفه تصاعدی (count in words)' },
      { value: 18, unit: 'استان', kind: 'count', about: 'استان‌های گرم با ساعت کاری تازه' },
      { value: 3000000, unit: 'مشترک', kind: 'count', about: '«۳ میلیون مشترک خانگی» طرح پاداش' },
    ],
    figures_never: ['«روز دوشنبه ۱۵ تیرماه», «روز یکشنبه», «هفته دوم تیر», «پایان سال», «پایان مرداد»: dates', '«از ساعت ۶ تا ۱۳»: clock times', '«سامانه ۱۲۲»: a hotline number', '«۱-», «۲-», «۳-»: list numbers of the decisions', 'the footer phone, «سامانه ارتباط مردمی ۱۵۲۸», the visitor counter, news code and views: not body'],
    notes: [
      'A ministry meeting report on the Ministry of Energy\'s portal built with SITEFINITY (generator meta, WebForms <form id="form1"> with __VIEWSTATE and Telerik WebResource/ScriptResource, sf_cols layout, the news widget\'s sfnewsDetails: author-and-date line, sfnewsTitle <h1>, sfnewsSummary as lead, sfnewsContent with the photo and its caption after paragraph 2); an accessibility bar, login link and today\'s date; NO date metadata: the date only in «روابط عمومی | تاریخ انتشار: سه‌شنبه ۱۶ تیر ۱۴۰۵ - ۱۰:۲۵», while the meta row under the text gives «آخرین بروزرسانی: ۱۷ تیر ۱۴۰۵ - ۰۸:۴۰» (the next day, not the gold); news code, views, rating stars, print, send to friend, tags, related, an empty «نظرات کاربران», side boxes (latest news, e-services, links), footer with address, phone, hotline and visitor counter.',
      'TWO DEPUTIES OF THE SAME MINISTER, both first met in the lead by role only and jointly («معاون برق و انرژی و معاون آب و آبفای وزیر نیرو … خبر دادند»; the shared «وزیر نیرو» is written once). statements: Nikseresht: the lead\'s joint «خبر دادند» (one), «… در این نشست گفت:» (two-sentence quote, once), «وی … افزود:» (one), «معاون برق و انرژی وزیر نیرو همچنین از صنایع بزرگ خواست … و یادآور شد که …» (a request and a remark in one sentence, one; his full role used alone) = 4; Ghadimipour: the lead (one), «… تشریح کرد و گفت:» (one), «قدیمی‌پور تصریح کرد:» (one) = 3. A reader who does not count the joint lead sentence gives 3 and 2.',
      'The portal («به گزارش پایگاه اطلاع‌رسانی وزارت نیرو (پاون)») and the companies attending are not speakers; the decisions («مقرر شد») belong to the meeting. «۱۲ درصد» appears as «کاهش ۱۲ درصدی» in the lead and as «۱۲ درصد» in the body: one figure; «۲۶ شهر» likewise. «دو برابر الگو» is kept as 2 برابر (the README\'s «دو برابر» rule); «۴ هزار مگاوات» a day is kept with its basis left out.',
    ],
  },
  {
    name: 'cbi-payment-systems-spring-report', site: 'cbi', inlineAt: -1,
    url: 'https://www.cbi.ir/showitem/31427.aspx',
    title: 'گزارش بانک مرکزی از عملکرد نظام‌های پرداخت در بهار ۱۴۰۵؛ ارزش تراکنش‌های شاپرک از ۴ هزار همت گذشت',
    kicker: 'اخبار و اطلاعیه‌ها', date: '۲۲ تیر ۱۴۰۵ - ۱۶:۴۰',
    lead: 'بر اساس گزارش اداره نظام‌های پرداخت بانک مرکزی، ارزش تراکنش‌های کارتی شبکه شاپرک در سه ماه نخست سال ۱۴۰۵ به ۴ هزار و ۲۵۰ همت رسید که نسبت به مدت مشابه سال قبل ۳۸ درصد رشد نشان می‌دهد.',
    paras: [
      'به گزارش روابط عمومی بانک مرکزی جمهوری اسلامی ایران، تعداد این تراکنش‌ها در فصل بهار ۱۰ میلیارد و ۸۰۰ میلیون فقره بوده و میانگین مبلغ هر تراکنش به حدود ۳۹۳ هزار تومان رسیده است. سهم پرداخت‌های اینترنتی و موبایلی از کل تراکنش‌ها نیز به ۴۶ درصد افزایش یافته است.',
      'کیوان رستگارمنش، معاون فناوری‌های نوین بانک مرکزی، در نشست خبری امروز با اشاره به این آمار گفت: رشد تراکنش‌ها بیشتر از محل پرداخت‌های خرد و کیف پول‌های الکترونیک است. اکنون بیش از ۱۸ میلیون کیف پول فعال در کشور داریم و روزانه به‌طور متوسط ۱۲۰ میلیون تراکنش در شبکه پرداخت پردازش می‌شود.',
      'وی درباره طرح ریال دیجیتال توضیح داد: فاز دوم این طرح از مهرماه در ۵ استان اجرا می‌شود و پیش‌بینی می‌کنیم تا پایان سال حدود ۲ میلیون نفر از آن استفاده کنند. تاکنون ۶۸۰ میلیارد تومان ریال دیجیتال در مرحله آزمایشی صادر شده است.',
      'رستگارمنش همچنین با استناد به ماده ۱۸ قانون بانک مرکزی جمهوری اسلامی ایران مصوب ۱۴۰۲ یادآور شد که دارندگان درگاه‌های پرداخت موظف‌اند هویت پذیرندگان را احراز کنند و تاکنون ۲۱۰ هزار درگاه اجاره‌ای و بدون هویت مسدود شده است.',
      'در ادامه این نشست، سپیده امین‌زاده، مدیر اداره نظام‌های پرداخت، از ابلاغ بخشنامه شماره ۰۲/۴۸۷۶۵ به بانک‌ها و مؤسسات اعتباری خبر داد و گفت: بر اساس این بخشنامه، سقف انتقال وجه کارت به کارت از ابتدای مرداد برای هر کارت به ۱۰ میلیون تومان در روز کاهش می‌یابد و انتقال مبالغ بیشتر باید از طریق سامانه‌های پایا و ساتنا انجام شود.',
      'امین‌زاده افزود: نرخ موفقیت تراکنش‌ها در خرداد به ۹۹٫۲ درصد رسیده و مجموع زمان قطعی سامانه شاپرک در ماه گذشته کمتر از ۴۰ دقیقه بوده است. مشتریانی که وجه از حسابشان کسر شده اما خدمتی دریافت نکرده‌اند، می‌توانند با شماره ۰۲۱-۸۲۸۱ تماس بگیرند یا شکایت خود را در سامانه رسیدگی به شکایات بانکی ثبت کنند.',
      'گزارش کامل عملکرد نظام‌های پرداخت در فصل بهار در بخش آمار و داده‌های پایگاه اینترنتی بانک مرکزی منتشر شده است.',
    ],
    tags: ['نظام‌های پرداخت', 'شاپرک', 'ریال دیجیتال', 'کارت به کارت'],
    caption: 'نشست خبری معاون فناوری‌های نوین بانک مرکزی', credit: 'عکس: روابط عمومی بانک مرکزی',
    related: ['اطلاعیه بانک مرکزی درباره سقف تراکنش‌های کارت به کارت', 'آغاز فاز آزمایشی ریال دیجیتال در جزیره کیش', 'گزارش تحولات بازار بین بانکی در خرداد ۱۴۰۵'],
    mostRead: ['نتیجه حراج اوراق مالی اسلامی دولت', 'نرخ تورم نقطه به نقطه خرداد ۱۴۰۵', 'ابلاغ دستورالعمل تسهیلات ازدواج', 'اطلاعیه درباره سامانه صیاد'],
    comments: [],
    speakers: [
      { name: 'کیوان رستگارمنش', role: 'معاون فناوری‌های نوین بانک مرکزی', also_called: ['وی', 'رستگارمنش'], statements: 3 },
      { name: 'سپیده امین‌زاده', role: 'مدیر اداره نظام‌های پرداخت', also_called: ['امین‌زاده'], statements: 2 },
    ],
    speakers_never: ['اداره نظام‌های پرداخت بانک مرکزی', 'روابط عمومی بانک مرکزی جمهوری اسلامی ایران', 'شاپرک'],
    figures: [
      { value: 4250, unit: 'همت', kind: 'money', about: '«۴ هزار و ۲۵۰ همت» ارزش تراکنش‌های شاپرک در بهار (lead; «۴ هزار همت» in the title is the rounded threshold)' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'رشد نسبت به مدت مشابه سال قبل' },
      { value: 10800000000, unit: 'فقره', kind: 'count', about: '«۱۰ میلیارد و ۸۰۰ میلیون فقره» تراکنش' },
      { value: 393000, unit: 'تومان', kind: 'money', about: '«حدود ۳۹۳ هزار تومان» میانگین هر تراکنش' },
      { value: 46, unit: 'درصد', kind: 'percent', about: 'سهم پرداخت‌های اینترنتی و موبایلی' },
      { value: 18000000, unit: 'کیف پول', kind: 'count', about: '«بیش از ۱۸ میلیون کیف پول فعال»' },
      { value: 120000000, unit: 'تراکنش', kind: 'count', about: 'تراکنش روزانه (kept; «روزانه» is its basis)' },
      { value: 5, unit: 'استان', kind: 'count', about: 'استان‌های فاز دوم ریال دیجیتال' },
      { value: 2000000, unit: 'نفر', kind: 'count', about: 'کاربران پیش‌بینی‌شده ریال دیجیتال' },
      { value: 680000000000, unit: 'تومان', kind: 'money', about: '«۶۸۰ میلیارد تومان» ریال دیجیتال صادرشده' },
      { value: 210000, unit: 'درگاه', kind: 'count', about: 'درگاه‌های مسدودشده' },
      { value: 10000000, unit: 'تومان', kind: 'money', about: 'سقف تازه کارت به کارت در روز (kept; «در روز» is its basis)' },
      { value: 99.2, unit: 'درصد', kind: 'percent', about: '«۹۹٫۲ درصد» نرخ موفقیت تراکنش‌ها (decimal)' },
    ],
    figures_never: ['«سه ماه نخست سال ۱۴۰۵», «فصل بهار», «مهرماه», «پایان سال», «ابتدای مرداد», «خرداد», «ماه گذشته»: dates', '«ماده ۱۸ قانون بانک مرکزی … مصوب ۱۴۰۲»: an article number and a year', '«بخشنامه شماره ۰۲/۴۸۷۶۵»: a letter number', '«۰۲۱-۸۲۸۱»: a phone number', '«کمتر از ۴۰ دقیقه»: a duration', '«فاز دوم»: an ordinal', '«۴ هزار همت» of the title: the rounded form of ۴۲۵۰ همت', 'the exchange-rate box, the attachment sizes («۲٫۴ مگابایت», «۳۱۰ کیلوبایت») and the footer (شماره ۱۴۴، کد پستی): not body'],
    notes: [
      'A central bank press release with a press conference on a CUSTOM ASP.NET WEBFORMS site (the whole page inside <form name="aspnetForm" id="aspnetForm">: master page, ctl00_ ids, __VIEWSTATE, __EVENTVALIDATION, __doPostBack, WebResource.axd; /showitem/31427.aspx): the story date in a <span id="ctl00_ContentPlaceHolder1_lblDate"> in LATIN-digit Jalali, «1405/04/22», and the time in its own span, «16:40»; no meta date; the header shows today in words; the title as <h1>; the abstract div is the lead; the body in a <span id="…_lblBody"> with the photo and its caption after paragraph 2; an ATTACHMENTS box (the report PDF «… فصل بهار ۱۴۰۵» and its size, the circular), views, print and send links, related; side boxes with EXCHANGE RATES (rial figures), latest news and quick links; footer with address, postal code and phone.',
      'statements: Rastegarmanesh: «… در نشست خبری امروز … گفت:» (two-sentence quote, once), «وی درباره … توضیح داد:» (one), «رستگارمنش همچنین با استناد به ماده ۱۸ … یادآور شد که …» (one) = 3; Aminzadeh: «… از ابلاغ بخشنامه … خبر داد و گفت:» (one sentence, one), «امین‌زاده افزود:» (one) = 2.',
      'The central bank\'s payment department («بر اساس گزارش») and public relations are organizations. «همت» (هزار میلیارد تومان) is kept as the unit, value 4250; «۴ هزار همت» in the title is the same figure rounded. The per-day transfer cap (۱۰ میلیون تومان) and the daily transactions are kept with the basis left out; the average per transaction (۳۹۳ هزار تومان) is kept. The article number of the law, the circular number and the phone number are not figures.',
    ],
  },
  {
    name: 'ostan-esfahan-planning-council-water', site: 'ostan', inlineAt: 3,
    inline: 'بازدید استاندار از طرح آبرسانی به روستاهای شرق اصفهان',
    url: 'https://www.ostan-es.ir/web/guest/news/-/asset_publisher/Tq8Xr2LbW9aK/content/84106',
    title: 'در جلسه شورای برنامه‌ریزی و توسعه استان اصفهان؛ ۴۸۰ میلیارد تومان برای تکمیل طرح‌های آبرسانی روستایی تخصیص یافت',
    kicker: 'اخبار استاندار', date: '۱۴ تیر ۱۴۰۵ - ۱۳:۱۰',
    lead: 'شورای برنامه‌ریزی و توسعه استان اصفهان در نخستین جلسه تابستانی خود، تخصیص ۴۸۰ میلیارد تومان اعتبار برای تکمیل طرح‌های نیمه‌تمام آبرسانی روستایی را به همراه ۱۲ مصوبه دیگر تصویب کرد.',
    paras: [
      'به گزارش روابط عمومی استانداری اصفهان، این جلسه صبح امروز (یکشنبه) به ریاست حسین امیرشاهی، استاندار اصفهان، و با حضور مهدی سلطانی‌نژاد، معاون هماهنگی امور عمرانی استاندار، زهره کاظمی‌راد، رئیس سازمان مدیریت و برنامه‌ریزی استان، فرمانداران شهرستان‌ها و مدیران کل دستگاه‌های اجرایی در سالن اجتماعات استانداری برگزار شد.',
      'استاندار اصفهان در این جلسه با اشاره به تنش آبی در ۴۲۰ روستای استان گفت: آبرسانی سیار با تانکر به این روستاها روزانه حدود ۲ میلیارد ریال هزینه دارد و تنها راه پایدار، تکمیل مجتمع‌های آبرسانی است که سال‌هاست نیمه‌تمام مانده‌اند.',
      'ایشان با تأکید بر پرهیز از تعریف طرح‌های جدید افزود: تا زمانی که طرح‌های نیمه‌تمام تکمیل نشده، هیچ طرح تازه‌ای در شورا تصویب نخواهد شد. فرمانداران موظف‌اند ظرف ۱۵ روز، فهرست اولویت‌های شهرستان خود را در پاسخ به نامه شماره ۴۵۲۱/۱۱۰ به دبیرخانه شورا ارسال کنند.',
      'سپس سلطانی‌نژاد گزارشی از وضعیت طرح‌های عمرانی ارائه کرد و گفت: از ۳۱۰ طرح نیمه‌تمام آبرسانی استان، ۸۶ طرح پیشرفت فیزیکی بالای ۷۰ درصد دارند و با تأمین اعتبار، تا پایان سال به بهره‌برداری می‌رسند. با تکمیل این طرح‌ها، آب شرب پایدار برای حدود ۱۴۰ هزار نفر از جمعیت روستایی استان تأمین خواهد شد.',
      'کاظمی‌راد نیز با اشاره به منابع استانی اظهار داشت: از مجموع ۱۲ هزار و ۴۰۰ میلیارد تومان اعتبارات تملک دارایی‌های سرمایه‌ای استان در قانون بودجه ۱۴۰۵، تاکنون ۳۲ درصد تخصیص یافته است. بر اساس تبصره ۱۸ قانون بودجه، سهم استان از محل فروش اموال مازاد دولتی نیز ۹۵۰ میلیارد تومان پیش‌بینی شده است.',
      'در پایان این جلسه مصوب شد: ۱- مبلغ ۴۸۰ میلیارد تومان از محل اعتبارات استانی به تکمیل ۸۶ طرح آبرسانی روستایی اختصاص یابد؛ ۲- ۱۵ درصد اعتبارات شهرستان‌های شرق استان به طرح‌های مقابله با فرونشست و کانون‌های ریزگرد اختصاص یابد؛ ۳- شرکت آب و فاضلاب استان هر ماه گزارش پیشرفت طرح‌ها را به دبیرخانه شورا ارائه کند.',
      'جلسه بعدی شورای برنامه‌ریزی و توسعه استان ۱۸ مرداد با دستور بررسی طرح‌های حمل‌ونقل عمومی برگزار می‌شود.',
    ],
    tags: ['شورای برنامه‌ریزی و توسعه استان', 'آبرسانی روستایی', 'طرح‌های نیمه‌تمام', 'استانداری اصفهان'],
    caption: 'جلسه شورای برنامه‌ریزی و توسعه استان اصفهان', credit: 'عکس: روابط عمومی استانداری',
    related: ['بازدید استاندار از طرح آبرسانی به روستاهای شرق اصفهان'],
    mostRead: ['زمان کاری ادارات استان در تابستان اعلام شد', 'نشست شورای اداری استان با حضور وزیر کشور', 'تعطیلی ادارات اصفهان به دلیل گرما تکذیب شد', 'آغاز عملیات اجرایی کنارگذر شرق اصفهان'],
    comments: [],
    speakers: [
      { name: 'حسین امیرشاهی', role: 'استاندار اصفهان', also_called: ['ایشان'], statements: 2 },
      { name: 'مهدی سلطانی‌نژاد', role: 'معاون هماهنگی امور عمرانی استاندار', also_called: ['سلطانی‌نژاد'], statements: 1 },
      { name: 'زهره کاظمی‌راد', role: 'رئیس سازمان مدیریت و برنامه‌ریزی استان', also_called: ['کاظمی‌راد'], statements: 1 },
    ],
    speakers_never: ['شورای برنامه‌ریزی و توسعه استان اصفهان', 'روابط عمومی استانداری اصفهان', 'شرکت آب و فاضلاب استان'],
    figures: [
      { value: 480000000000, unit: 'تومان', kind: 'money', about: '«۴۸۰ میلیارد تومان» برای طرح‌های آبرسانی (title, lead, decision 1)' },
      { value: 12, unit: 'مصوبه', kind: 'count', about: '«۱۲ مصوبه دیگر» (lead)' },
      { value: 420, unit: 'روستا', kind: 'count', about: 'روستاهای دچار تنش آبی' },
      { value: 2000000000, unit: 'ریال', kind: 'money', about: 'هزینه روزانه آبرسانی سیار (kept; «روزانه» is its basis)' },
      { value: 310, unit: 'طرح', kind: 'count', about: 'طرح‌های نیمه‌تمام آبرسانی استان' },
      { value: 86, unit: 'طرح', kind: 'count', about: 'طرح‌های با پیشرفت بالای ۷۰ درصد (repeated in decision 1)' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'پیشرفت فیزیکی' },
      { value: 140000, unit: 'نفر', kind: 'count', about: 'جمعیت روستایی بهره‌مند' },
      { value: 12400000000000, unit: 'تومان', kind: 'money', about: '«۱۲ هزار و ۴۰۰ میلیارد تومان» اعتبارات تملک دارایی‌های سرمایه‌ای استان' },
      { value: 32, unit: 'درصد', kind: 'percent', about: 'تخصیص تاکنون' },
      { value: 950000000000, unit: 'تومان', kind: 'money', about: 'سهم استان از فروش اموال مازاد' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم طرح‌های فرونشست و ریزگرد از اعتبارات شهرستان‌های شرق' },
    ],
    figures_never: ['«صبح امروز (یکشنبه)», «پایان سال», «۱۸ مرداد», «هر ماه»: dates and a frequency', '«ظرف ۱۵ روز»: a duration', '«نامه شماره ۴۵۲۱/۱۱۰»: a letter number', '«قانون بودجه ۱۴۰۵», «تبصره ۱۸»: a year and a clause number', '«۱-», «۲-», «۳-»: list numbers', '«نخستین جلسه تابستانی»: an ordinal', 'the asset metadata («۸۷۴ بازدید», «میانگین (۹ رأی)») and the footer phone and postal code: not body'],
    notes: [
      'A provincial planning council report on the Governorate of Isfahan\'s portal built with LIFERAY 6.2 (the themeDisplay object, barebone.jsp, p_p_id_101_INSTANCE_… Asset Publisher and 56_INSTANCE_… web-content portlets, the liferay-ui header with a hidden «بازگشت» link and the title in <h1 class="header-title">, asset-metadata spans, AUI().use at the end; «پرش به محتوا» skip link); NO date metadata: the date only in the asset metadata as numeric Jalali in Persian digits, «۱۴۰۵/۰۴/۱۴ ۱۳:۱۰», next to the category and view count, while the top bar shows today; the bold first paragraph of the journal article is the lead; photo with caption after paragraph 2; an in-body «مطالب مرتبط:» box after paragraph 4; ratings, tags, share and print, an empty discussion; side portlets with most-read, e-services and counties; footer with address, phone and postal code.',
      'The SPEAKERS ARE INTRODUCED IN THE LIST OF ATTENDEES before they speak: «به ریاست NAME، ROLE، و با حضور NAME، ROLE، NAME، ROLE، …» (no statement there). statements: Amirshahi, who then speaks by role only: «استاندار اصفهان … گفت:» (one), «ایشان با تأکید بر … افزود:» (two sentences, once) = 2; Soltaninejad: «سپس سلطانی‌نژاد گزارشی … ارائه کرد و گفت:» (one) = 1; Kazemirad: «کاظمی‌راد نیز … اظهار داشت:» (two sentences, once) = 1. «ایشان» is the honorific pronoun of the governor.',
      'The council («تصویب کرد», «مصوب شد») is a body, not a speaker. «۴۸۰ میلیارد تومان» (title, lead, decision) and «۸۶ طرح» (Soltaninejad, decision) are each one figure; «۳۱۰» and «۸۶ طرح» are two; the daily cost of tanker supply is kept with its basis left out.',
    ],
  },
  {
    name: 'shiraz-municipality-electric-buses', site: 'shiraz', author: 'اداره کل ارتباطات و امور بین‌الملل', zwnjLost: true, inlineAt: -1,
    url: 'https://news.shiraz.ir/index.php/news/item/52817-بهره‌برداری-از-۶۰-دستگاه-اتوبوس-برقی',
    title: 'شهردار شیراز در آیین بهره‌برداری از ۶۰ دستگاه اتوبوس برقی: سهم حمل‌ونقل عمومی به ۳۵ درصد می‌رسد',
    kicker: 'حمل‌ونقل و ترافیک', date: '۲۰ تیر ۱۴۰۵ - ۰۹:۵۰',
    lead: 'با حضور شهردار و اعضای شورای اسلامی شهر شیراز، ۶۰ دستگاه اتوبوس برقی جدید صبح امروز در پایانه کاراندیش به ناوگان حمل‌ونقل عمومی شهر پیوست.',
    paras: [
      'به گزارش پایگاه اطلاع‌رسانی شهرداری شیراز، این اتوبوس‌ها با اعتباری بالغ بر ۳ هزار و ۶۰۰ میلیارد ریال از محل منابع شهرداری و تسهیلات صندوق توسعه ملی خریداری شده و هر دستگاه با یک بار شارژ کامل، ۲۸۰ کیلومتر پیمایش دارد.',
      'امیرحسین دهقان‌پور، شهردار شیراز، در این آیین گفت: با ورود این اتوبوس‌ها، تعداد اتوبوس‌های فعال شهر به ۷۲۰ دستگاه می‌رسد و میانگین سن ناوگان از ۱۴ سال به ۱۱ سال کاهش می‌یابد. هدف ما این است که سهم حمل‌ونقل عمومی از سفرهای درون‌شهری تا پایان سال ۱۴۰۶ از ۲۲ درصد فعلی به ۳۵ درصد برسد.',
      'وی با اشاره به آلودگی هوای شیراز در روزهای گرم افزود: هر اتوبوس برقی سالانه از انتشار حدود ۹۰ تن دی‌اکسید کربن جلوگیری می‌کند. قرارداد خرید ۱۰۰ دستگاه دیگر نیز امضا شده که تا پایان مهر تحویل می‌شود.',
      'شهردار شیراز همچنین از راه‌اندازی ۱۲ ایستگاه شارژ سریع در پایانه‌های شهر خبر داد و یادآور شد که کرایه اتوبوس‌های برقی با دیگر اتوبوس‌ها یکسان و ۱۵ هزار ریال است.',
      'لیلا صدری‌نژاد، رئیس شورای اسلامی شهر شیراز، نیز در این مراسم اظهار کرد: شورا در بودجه امسال ۴۰ درصد اعتبارات عمرانی شهرداری را به حمل‌ونقل عمومی اختصاص داده است. خط ۲ قطار شهری نیز تا پایان سال با ۶ ایستگاه به بهره‌برداری می‌رسد.',
      'رضا فتحی، راننده خط ۷۰ (پایانه کاراندیش - میدان ولیعصر) که از امروز پشت فرمان یکی از اتوبوس‌های برقی نشسته است، گفت: صدای این اتوبوس‌ها تقریباً شنیده نمی‌شود و مسافران از خنکی آن راضی‌اند. ۲۲ سال است راننده اتوبوس هستم و چنین ماشینی ندیده بودم.',
      'شهروندان می‌توانند برای اطلاع از مسیر و زمان حرکت اتوبوس‌ها از اپلیکیشن «شیراز من» یا سامانه ۱۳۷ استفاده کنند.',
    ],
    tags: ['اتوبوس برقی', 'حمل‌ونقل عمومی', 'شهرداری شیراز', 'آلودگی هوا'],
    caption: 'اتوبوس‌های برقی جدید در پایانه کاراندیش شیراز', credit: 'عکاس: محسن زارعی',
    related: ['آغاز عملیات ساخت ایستگاه‌های خط ۳ قطار شهری', 'نصب سامانه پرداخت الکترونیک کرایه در ۴۰۰ اتوبوس', 'طرح ترافیک شیراز در تابستان اجرا نمی‌شود'],
    mostRead: ['آغاز طرح بهسازی بلوار چمران', 'مهلت پرداخت عوارض نوسازی تمدید شد', 'جشنواره تابستانی باغ ارم', 'بازدید شهردار از پروژه پل غدیر'],
    comments: [['ساکن معالی‌آباد', 'خط ما هنوز اتوبوس ندارد، لطفاً به مناطق حاشیه‌ای هم توجه کنید.'], ['مریم', 'دست مریزاد، فقط تعداد اتوبوس‌ها در ساعت اوج کم است.']],
    speakers: [
      { name: 'امیرحسین دهقان‌پور', role: 'شهردار شیراز', also_called: ['وی'], statements: 3 },
      { name: 'لیلا صدری‌نژاد', role: 'رئیس شورای اسلامی شهر شیراز', also_called: [], statements: 1 },
      { name: 'رضا فتحی', role: 'راننده خط ۷۰', also_called: [], statements: 1 },
    ],
    speakers_never: ['پایگاه اطلاع‌رسانی شهرداری شیراز', 'صندوق توسعه ملی', 'محسن زارعی'],
    figures: [
      { value: 60, unit: 'دستگاه', kind: 'count', about: '«۶۰ دستگاه اتوبوس برقی» (title, lead)' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'هدف سهم حمل‌ونقل عمومی (title, body)' },
      { value: 3600000000000, unit: 'ریال', kind: 'money', about: '«۳ هزار و ۶۰۰ میلیارد ریال» اعتبار خرید' },
      { value: 280, unit: 'کیلومتر', kind: 'measure', about: 'پیمایش با یک بار شارژ' },
      { value: 720, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های فعال شهر' },
      { value: 22, unit: 'درصد', kind: 'percent', about: 'سهم فعلی حمل‌ونقل عمومی' },
      { value: 90, unit: 'تن', kind: 'measure', about: 'کاهش سالانه انتشار دی‌اکسید کربن هر اتوبوس (kept; «سالانه», «هر اتوبوس» are its basis)' },
      { value: 100, unit: 'دستگاه', kind: 'count', about: 'اتوبوس‌های قرارداد تازه' },
      { value: 12, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های شارژ سریع' },
      { value: 15000, unit: 'ریال', kind: 'money', about: 'کرایه اتوبوس' },
      { value: 40, unit: 'درصد', kind: 'percent', about: 'سهم حمل‌ونقل عمومی از اعتبارات عمرانی' },
      { value: 6, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های خط ۲ قطار شهری' },
    ],
    figures_never: ['«از ۱۴ سال به ۱۱ سال»: the fleet\'s average age', '«۲۲ سال است راننده اتوبوس هستم»: a duration', '«خط ۲ قطار شهری», «خط ۷۰»: line names', '«سامانه ۱۳۷»: a hotline', '«پایان سال ۱۴۰۶», «پایان مهر», «صبح امروز»: dates', '«یک بار شارژ», «یکی از اتوبوس‌ها»: lone «یک»', 'K2\'s hits («۱۸۴۶ بار»), the rating «(۱۲ رای)» and the «آخرین بروزرسانی در» line: not body'],
    notes: [
      'A municipality ceremony report on JOOMLA 3 with K2 (Joomla generator meta, /media/jui/ and com_k2 assets, body class com_k2 view-item, K2\'s itemView: itemDateCreated in LATIN digits with the weekday and a comma, «شنبه, 20 تیر 1405 09:50», the title in <h2 class="itemTitle"> with NO <h1>, itemAuthor, a toolbar with font size, print and email, a rating block, the image block with caption and credits BEFORE the intro text, itemIntroText as lead, itemFullText, itemHits and itemDateModified «آخرین بروزرسانی در یکشنبه, 21 تیر 1405 08:12» (the next day, not the gold), tags, share, related, two comments and a comment form; side modules with latest news and e-services; footer). The WHOLE PAGE LOST ITS ZWNJ: body, title and site are as the page shows them; names, roles, units and speakers_never are given in clean form.',
      'statements: Dehghanpour: «… در این آیین گفت:» (two sentences, once), «وی … افزود:» (one), «شهردار شیراز همچنین از … خبر داد و یادآور شد که …» (one) = 3; the lead\'s «با حضور شهردار …» is not a statement. Sadrinejad: «… اظهار کرد:» (two sentences, once) = 1; Fathi, a bus driver: «NAME، ROLE (route) که …، گفت:» (one) = 1, role without the route in brackets.',
      'The fleet\'s average age («از ۱۴ سال به ۱۱ سال») is an age and left out; «خط ۲» and «خط ۷۰» are names. «۶۰», «۷۲۰» and «۱۰۰ دستگاه» are three; «۱۲» and «۶ ایستگاه» two; «۳۵ درصد» (title and quote) is one figure; the per-bus yearly CO2 saving is kept.',
    ],
  },
  {
    name: 'tabrizu-research-awards-president', site: 'tabrizu', inlineAt: -1,
    url: 'https://tabrizu.ac.ir/fa/news/40918/تجلیل-از-پژوهشگران-و-فناوران-برتر-دانشگاه-تبریز',
    title: 'رئیس دانشگاه تبریز در آیین تجلیل از پژوهشگران برتر: ۲ هزار و ۱۰۰ مقاله بین‌المللی در سال گذشته منتشر شد',
    kicker: 'پژوهش و فناوری', date: '۲۳ تیر ۱۴۰۵ - ۱۱:۳۰',
    lead: 'رئیس دانشگاه تبریز در آیین تجلیل از ۴۵ پژوهشگر برتر دانشگاه اعلام کرد: اعضای هیئت علمی این دانشگاه در سال گذشته ۲ هزار و ۱۰۰ مقاله در نشریات نمایه‌شده بین‌المللی منتشر کرده‌اند.',
    paras: [
      'به گزارش اداره کل روابط عمومی دانشگاه تبریز، این آیین عصر دیروز با حضور معاونان، رؤسای دانشکده‌ها و جمعی از اعضای هیئت علمی و دانشجویان در تالار فجر دانشگاه برگزار شد.',
      'دکتر یوسف نادری‌اصل، رئیس دانشگاه تبریز، در این آیین گفت: دانشگاه تبریز در رتبه‌بندی تایمز ۲۰۲۶ در میان ۸۰۰ دانشگاه برتر جهان قرار گرفته و در شاخص استنادات، جایگاه خود را نسبت به سال قبل ۱۲۰ پله ارتقا داده است.',
      'وی افزود: درآمد دانشگاه از قراردادهای پژوهشی با صنعت امسال به ۳۸۰ میلیارد تومان رسیده که ۲۷ درصد بیشتر از سال گذشته است. ۶۴ شرکت دانش‌بنیان نیز اکنون در پارک علم و فناوری و مرکز رشد دانشگاه مستقر هستند.',
      'نادری‌اصل با انتقاد از کمبود اعتبارات تجهیزات آزمایشگاهی خاطرنشان کرد: عمر بیش از نیمی از دستگاه‌های آزمایشگاهی دانشگاه از ۲۰ سال گذشته و برای نوسازی آنها دست‌کم ۱۵ میلیون یورو ارز نیاز داریم. این موضوع را بارها با وزارت علوم در میان گذاشته‌ایم.',
      'در ادامه، دکتر نسرین بهبودی، معاون پژوهش و فناوری دانشگاه، گزارشی از عملکرد پژوهشی ارائه کرد و گفت: تعداد طرح‌های پژوهشی خاتمه‌یافته در سال ۱۴۰۴ به ۴۱۲ طرح رسید و ۳۷ اختراع اعضای هیئت علمی و دانشجویان در اداره ثبت اختراعات به ثبت رسید.',
      'بهبودی تصریح کرد: بر اساس آیین‌نامه پژوهانه مصوب هیئت امنا، از امسال سقف پژوهانه سالانه هر عضو هیئت علمی به ۲۵۰ میلیون ریال افزایش می‌یابد و ۱۰ درصد آن به جذب دانشجوی پسادکتری اختصاص خواهد داشت.',
      'در پایان این مراسم، از ۴۵ پژوهشگر برتر، ۱۲ فناور نمونه و ۳ دانشکده برتر با اهدای لوح تقدیر و جایزه نقدی تجلیل شد. دانشکده شیمی برای سومین سال پیاپی عنوان دانشکده برتر پژوهشی را به دست آورد.',
    ],
    tags: ['پژوهشگران برتر', 'رتبه‌بندی تایمز', 'شرکت‌های دانش‌بنیان', 'دانشگاه تبریز'],
    caption: 'آیین تجلیل از پژوهشگران و فناوران برتر دانشگاه تبریز در تالار فجر', credit: 'عکس: اداره کل روابط عمومی دانشگاه',
    related: ['دانشگاه تبریز در رتبه‌بندی لایدن ۲۰۲۶', 'انعقاد تفاهم‌نامه همکاری با شرکت پتروشیمی تبریز', 'آغاز ثبت‌نام پذیرش دانشجوی پسادکتری'],
    mostRead: ['کارگاه آموزشی نگارش مقاله علمی', 'نشست تخصصی اقتصاد دانش‌بنیان', 'همایش ملی زبان و ادبیات ترکی آذربایجانی', 'جلسه دفاع رساله دکتری رشته عمران'],
    comments: [],
    speakers: [
      { name: 'یوسف نادری‌اصل', role: 'رئیس دانشگاه تبریز', also_called: ['وی', 'نادری‌اصل'], statements: 4 },
      { name: 'نسرین بهبودی', role: 'معاون پژوهش و فناوری دانشگاه', also_called: ['بهبودی'], statements: 2 },
    ],
    speakers_never: ['اداره کل روابط عمومی دانشگاه تبریز', 'وزارت علوم', 'دانشکده شیمی'],
    figures: [
      { value: 2100, unit: 'مقاله', kind: 'count', about: '«۲ هزار و ۱۰۰ مقاله» (title, lead)' },
      { value: 45, unit: 'پژوهشگر', kind: 'count', about: 'پژوهشگران برتر تجلیل‌شده (lead, last paragraph)' },
      { value: 800, unit: 'دانشگاه', kind: 'count', about: '«در میان ۸۰۰ دانشگاه برتر جهان» (a ranking band, kept as a count)' },
      { value: 120, unit: 'پله', kind: 'count', about: 'ارتقای جایگاه در شاخص استنادات' },
      { value: 380000000000, unit: 'تومان', kind: 'money', about: 'درآمد قراردادهای پژوهشی با صنعت' },
      { value: 27, unit: 'درصد', kind: 'percent', about: 'رشد درآمد نسبت به سال گذشته' },
      { value: 64, unit: 'شرکت', kind: 'count', about: 'شرکت‌های دانش‌بنیان مستقر' },
      { value: 15000000, unit: 'یورو', kind: 'money', about: '«دست‌کم ۱۵ میلیون یورو» برای نوسازی تجهیزات' },
      { value: 412, unit: 'طرح', kind: 'count', about: 'طرح‌های پژوهشی خاتمه‌یافته' },
      { value: 37, unit: 'اختراع', kind: 'count', about: 'اختراعات ثبت‌شده' },
      { value: 250000000, unit: 'ریال', kind: 'money', about: 'سقف پژوهانه سالانه هر عضو هیئت علمی (kept; «سالانه», «هر عضو» are its basis)' },
      { value: 10, unit: 'درصد', kind: 'percent', about: 'سهم جذب دانشجوی پسادکتری از پژوهانه' },
      { value: 12, unit: 'فناور', kind: 'count', about: 'فناوران نمونه' },
      { value: 3, unit: 'دانشکده', kind: 'count', about: 'دانشکده‌های برتر' },
    ],
    figures_never: ['«رتبه‌بندی تایمز ۲۰۲۶»: the name of a ranking with its year', '«سال ۱۴۰۴», «سال گذشته», «امسال», «عصر دیروز»: dates', '«از ۲۰ سال گذشته»: the age of the equipment', '«بیش از نیمی»: vague', '«سومین سال پیاپی»: an ordinal', 'the events block (dates in تیر), the footer (بلوار ۲۹ بهمن، کد پستی، تلفن), the node id and «۶۵۲ بازدید»: not body'],
    notes: [
      'A university ceremony report on DRUPAL 7 (XHTML+RDFa doctype, Drupal generator meta, shortlink /fa/node/40918, node-type-news body classes, the element-invisible skip link, Drupal.settings with the statistics module); the date in RDFa, <span property="dc:date dc:created" content="2026-07-14T11:30:00+03:30"> with the visible «سه‌شنبه، ۲۳ تیر ۱۴۰۵ - ۱۱:۳۰»; the title in <h1 id="page-title">; field-name-field-lead is the lead; an image field with its caption in a blockquote; field-name-body; news code and tag fields; «نسخه قابل چاپ» and «۶۵۲ بازدید» links; a Views block of related news; side blocks with UPCOMING EVENTS (Jalali dates) and links; footer with the university\'s address, postal code and phone.',
      'statements: Naderiasl: the lead\'s role-only «رئیس دانشگاه تبریز … اعلام کرد:» (one), «دکتر NAME، ROLE، … گفت:» (one; title «دکتر» dropped), «وی افزود:» (two sentences, once), «نادری‌اصل … خاطرنشان کرد:» (two sentences, once) = 4; Behboudi: «دکتر NAME، ROLE، گزارشی … ارائه کرد و گفت:» (one), «بهبودی تصریح کرد:» (one) = 2.',
      'The ranking band «در میان ۸۰۰ دانشگاه برتر» is kept as a count (a reader could leave it out as a rank); «۱۲۰ پله» is a count of places. «۴۵ پژوهشگر» (lead and last paragraph) is one figure; «۱۲ فناور» and «۳ دانشکده» are counts; the age of the equipment (۲۰ سال) and the name «تایمز ۲۰۲۶» are not figures.',
    ],
  },
  {
    name: 'fars-judiciary-prisoners-released', site: 'fars', inlineAt: 4,
    inline: 'رفع تصرف از ۴۰ هکتار اراضی ملی در حاشیه دریاچه مهارلو',
    url: 'https://fars.eadl.ir/News/Details/84217',
    title: 'رئیس کل دادگستری استان فارس: ۶۲۰ زندانی جرائم غیرعمد و مالی با کمک خیران آزاد شدند',
    kicker: 'جلسه شورای قضایی استان', date: '۲۱ تیر ۱۴۰۵ - ۱۲:۰۵',
    lead: 'رئیس کل دادگستری استان فارس در جلسه شورای قضایی استان از آزادی ۶۲۰ زندانی جرائم غیرعمد و محکومان مالی از ابتدای سال تاکنون با کمک ستاد دیه و خیران خبر داد.',
    paras: [
      'به گزارش روابط عمومی دادگستری کل استان فارس، حجت‌الاسلام والمسلمین کاظم رفیعی‌پور در این جلسه که با حضور دادستان عمومی و انقلاب مرکز استان، مدیرکل زندان‌ها و اقدامات تأمینی و تربیتی استان و رؤسای حوزه‌های قضایی شهرستان‌ها برگزار شد، اظهار کرد: مجموع بدهی این زندانیان ۸۳۰ میلیارد تومان بوده که ۴۱۰ میلیارد تومان آن با گذشت شکات و ۲۶۵ میلیارد تومان با کمک خیران و ستاد دیه پرداخت شده است.',
      'نامبرده با اشاره به ظرفیت شوراهای حل اختلاف افزود: در سه ماه نخست امسال ۴۸ هزار پرونده در شوراهای حل اختلاف استان به صلح و سازش ختم شد که ۳۴ درصد کل پرونده‌های واصله به شوراها است.',
      'رئیس کل دادگستری استان فارس همچنین با استناد به ماده ۳ قانون نحوه اجرای محکومیت‌های مالی تأکید کرد: بازداشت محکومان مالی که اعسار آنها ثابت شده، خلاف قانون است و قضات اجرای احکام باید پیش از صدور دستور جلب، وضعیت دارایی محکوم‌علیه را از سامانه‌های استعلام بررسی کنند.',
      'در ادامه این جلسه، محسن طاهری‌نسب، دادستان عمومی و انقلاب مرکز استان فارس، از تشکیل ۱۴۰ پرونده برای زمین‌خواری در حریم شهر شیراز از ابتدای سال خبر داد و گفت: با رسیدگی به این پرونده‌ها، ۲۳۵ هکتار از اراضی ملی و دولتی به ارزش تقریبی ۹ همت به بیت‌المال بازگردانده شده است.',
      'وی افزود: ۱۸ نفر از کارکنان دستگاه‌های اجرایی که در صدور مجوزهای غیرقانونی نقش داشته‌اند، در این پرونده‌ها تحت تعقیب قرار گرفته‌اند و با هیچ متخلفی مماشات نخواهد شد.',
      'در پایان این جلسه مقرر شد رؤسای حوزه‌های قضایی شهرستان‌ها، گزارش ماهانه آزادی زندانیان و پرونده‌های زمین‌خواری را به معاونت قضایی دادگستری کل استان ارسال کنند. شهروندان نیز می‌توانند گزارش‌های مربوط به زمین‌خواری را از طریق سامانه ۱۲۹ یا درگاه خدمات الکترونیک قضایی ثبت کنند.',
    ],
    tags: ['آزادی زندانیان', 'ستاد دیه', 'زمین‌خواری', 'شورای حل اختلاف'],
    caption: 'جلسه شورای قضایی استان فارس', credit: 'عکس: روابط عمومی دادگستری کل استان فارس',
    related: ['آزادی ۴۵ زندانی جرائم غیرعمد به مناسبت عید غدیر', 'برگزاری ملاقات مردمی رئیس کل دادگستری در کازرون', 'ابلاغ دستورالعمل رسیدگی خارج از نوبت به پرونده‌های زمین‌خواری'],
    mostRead: ['بازدید دادستان شیراز از زندان عادل‌آباد', 'صدور حکم قطعی در پرونده اخلال در بازار خودرو', 'اطلاعیه درباره ثبت‌نام در سامانه ثنا', 'تشکیل پرونده برای ۲۰ واحد صنفی متخلف'],
    comments: [],
    speakers: [
      { name: 'کاظم رفیعی‌پور', role: 'رئیس کل دادگستری استان فارس', also_called: ['نامبرده'], statements: 4 },
      { name: 'محسن طاهری‌نسب', role: 'دادستان عمومی و انقلاب مرکز استان فارس', also_called: ['وی'], statements: 2 },
    ],
    speakers_never: ['روابط عمومی دادگستری کل استان فارس', 'ستاد دیه', 'مدیرکل زندان‌ها و اقدامات تأمینی و تربیتی استان'],
    figures: [
      { value: 620, unit: 'زندانی', kind: 'count', about: '«۶۲۰ زندانی» آزادشده (title, lead)' },
      { value: 830000000000, unit: 'تومان', kind: 'money', about: 'مجموع بدهی زندانیان' },
      { value: 410000000000, unit: 'تومان', kind: 'money', about: 'با گذشت شکات' },
      { value: 265000000000, unit: 'تومان', kind: 'money', about: 'با کمک خیران و ستاد دیه' },
      { value: 48000, unit: 'پرونده', kind: 'count', about: '«۴۸ هزار پرونده» صلح و سازش' },
      { value: 34, unit: 'درصد', kind: 'percent', about: 'سهم از پرونده‌های واصله به شوراها' },
      { value: 140, unit: 'پرونده', kind: 'count', about: 'پرونده‌های زمین‌خواری' },
      { value: 235, unit: 'هکتار', kind: 'measure', about: 'اراضی بازگردانده‌شده' },
      { value: 9, unit: 'همت', kind: 'money', about: '«به ارزش تقریبی ۹ همت»' },
      { value: 18, unit: 'نفر', kind: 'count', about: 'کارکنان تحت تعقیب' },
    ],
    figures_never: ['«ماده ۳ قانون نحوه اجرای محکومیت‌های مالی»: an article number', '«سامانه ۱۲۹»: a hotline', '«سه ماه نخست امسال», «ابتدای سال»: dates', '«گزارش ماهانه»: a frequency', 'the info row (کد خبر، تاریخ خبر، ساعت، «تعداد بازدید: ۹۸۳»), the in-body box (۴۰ هکتار) and the footer: not body'],
    notes: [
      'A provincial judicial council report on the Judiciary of Fars province\'s page built with ASP.NET MVC (Razor /Content/css?v= and /bundles/… bundles, a comment form with __RequestVerificationToken and data-val attributes); the judiciary\'s header, quick links to judicial e-services; an INFO ROW ABOVE the title «کد خبر: ۸۴۲۱۷ | تاریخ خبر: ۱۴۰۵/۰۴/۲۱ | ساعت: ۱۲:۰۵ | تعداد بازدید: ۹۸۳» (Persian digits, the date and the time in separate spans; no date metadata); a surtitle <h4> (not body); title <h1>; lead; photo with caption before the body; an in-body «بیشتر بخوانید:» alert box after paragraph 5; print, send, short link; keywords; comment form; related; side boxes; footer with the 129 hotline.',
      'The head of the provincial judiciary is met first by ROLE in the lead, then by NAME with a clerical title in paragraph 1, then as «نامبرده» («the aforementioned») and by role again. statements: Rafieipour: the lead\'s role-only «… خبر داد» (one), «حجت‌الاسلام والمسلمین NAME … اظهار کرد:» (one; the title dropped from the name), «نامبرده … افزود:» (one), «رئیس کل دادگستری استان فارس همچنین … تأکید کرد:» (one) = 4; Taherinasab: «NAME، ROLE، از تشکیل … خبر داد و گفت:» (one), «وی افزود:» (one) = 2.',
      'The prosecutor appears first in the attendees list by role («با حضور دادستان عمومی و انقلاب مرکز استان»), then by name with a fuller role; the director-general of prisons attends and never speaks. «همت» is kept as the unit (value 9); the three تومان amounts are distinct; «۴۸ هزار» and «۱۴۰ پرونده» are two. The article number of the law and the hotline are not figures.',
    ],
  },
  {
    name: 'otaghks-kermanshah-exports-iraq', site: 'otaghks', author: 'روابط عمومی اتاق', inlineAt: -1,
    url: 'https://www.otaghks.ir/fa-ir/news/Post/4182/صادرات-یک-میلیارد-و-۱۲۰-میلیون-دلاری-کرمانشاه-به-عراق',
    title: 'صادرات استان کرمانشاه به عراق در بهار امسال از یک میلیارد دلار گذشت؛ صف ۱۲ کیلومتری کامیون‌ها در مرز پرویزخان',
    kicker: 'اخبار اتاق', date: '۲۸ تیر ۱۴۰۵ - ۱۴:۲۰',
    lead: 'صادرات کالا از مرزهای استان کرمانشاه به عراق در سه ماه نخست امسال به یک میلیارد و ۱۲۰ میلیون دلار رسید؛ رقمی که به گفته رئیس اتاق کرمانشاه، ۱۸ درصد بیشتر از مدت مشابه سال قبل است.',
    paras: [
      'به گزارش روابط عمومی اتاق بازرگانی، صنایع، معادن و کشاورزی کرمانشاه، در نشست ماهانه هیئت نمایندگان اتاق که با حضور معاون اقتصادی استاندار، مدیرکل گمرکات استان و جمعی از فعالان اقتصادی برگزار شد، وضعیت صادرات و مشکلات مرزهای خسروی و پرویزخان بررسی شد.',
      'بهروز سپهرآرا، رئیس اتاق کرمانشاه، در این نشست گفت: مرز پرویزخان با سهم ۴۶ درصدی همچنان اصلی‌ترین گذرگاه صادراتی استان است، اما صف کامیون‌ها در این مرز گاهی به ۱۲ کیلومتر می‌رسد و هر روز توقف، برای هر کامیون حدود ۸ میلیون تومان هزینه اضافه دارد.',
      'وی افزود: اتاق کرمانشاه به ستاد تسهیل و رفع موانع تولید استان پیشنهاد کرده است که ساعت کار مرز پرویزخان شبانه‌روزی شود و پایانه صادراتی دوم با ظرفیت روزانه هزار و ۵۰۰ کامیون در این مرز ساخته شود.',
      'سپهرآرا با اشاره به بازگشت ارز صادراتی خاطرنشان کرد: بیش از ۷۰ درصد صادرکنندگان استان پیمان‌سپاری ارزی خود را انجام داده‌اند، اما مصوبه بانک مرکزی درباره رفع تعهد ارزی از طریق واردات در مقابل صادرات، برای صادرکنندگان کوچک کارایی ندارد و باید اصلاح شود.',
      'فرهاد نظری‌مهر، مدیرکل گمرکات استان کرمانشاه، نیز با ارائه آمار تجارت خارجی استان اظهار کرد: در این مدت ۲ میلیون و ۸۰۰ هزار تن کالا از گمرکات استان صادر شده که مصالح ساختمانی، مواد غذایی و محصولات پتروشیمی به ترتیب بیشترین سهم را داشته‌اند. واردات استان نیز ۲۱۰ میلیون دلار بوده است.',
      'وی از ابلاغ دستورالعمل شماره ۲۴۱۳۵۸/۱۴۰۵ گمرک ایران خبر داد که بر اساس آن، ارزیابی کالاهای صادراتی کم‌خطر در مسیر سبز و بدون بازرسی فیزیکی ظرف ۲ ساعت انجام می‌شود.',
      'در پایان نشست، هیئت نمایندگان اتاق با اختصاص ۵ میلیارد تومان برای برگزاری نمایشگاه اختصاصی کالاهای ایرانی در سلیمانیه موافقت کرد. این نمایشگاه ۱۵ تا ۱۸ مهر برگزار می‌شود و متقاضیان می‌توانند برای ثبت‌نام با شماره ۰۸۳-۳۸۲۶۰۹۱۰ تماس بگیرند.',
    ],
    tags: ['صادرات', 'عراق', 'مرز پرویزخان', 'اتاق کرمانشاه'],
    caption: 'نشست هیئت نمایندگان اتاق بازرگانی کرمانشاه', credit: 'عکس: روابط عمومی اتاق',
    related: ['نمایشگاه اختصاصی کالاهای ایرانی در سلیمانیه - مهر ۱۴۰۵', 'نمایشگاه صنعت ساختمان کرمانشاه - آبان ۱۴۰۵', 'نمایشگاه مواد غذایی اربیل - آذر ۱۴۰۵'],
    mostRead: ['برگزاری دوره آموزشی تجارت با عراق', 'فراخوان تمدید کارت بازرگانی', 'نشست کمیسیون کشاورزی اتاق', 'دیدار هیئت تجاری اقلیم کردستان با فعالان اقتصادی استان'],
    comments: [],
    speakers: [
      { name: 'بهروز سپهرآرا', role: 'رئیس اتاق کرمانشاه', also_called: ['وی', 'سپهرآرا'], statements: 4 },
      { name: 'فرهاد نظری‌مهر', role: 'مدیرکل گمرکات استان کرمانشاه', also_called: ['وی'], statements: 2 },
    ],
    speakers_never: ['روابط عمومی اتاق بازرگانی، صنایع، معادن و کشاورزی کرمانشاه', 'معاون اقتصادی استاندار', 'بانک مرکزی', 'گمرک ایران', 'هیئت نمایندگان اتاق'],
    figures: [
      { value: 1120000000, unit: 'دلار', kind: 'money', about: '«یک میلیارد و ۱۲۰ میلیون دلار» صادرات به عراق (lead; «یک میلیارد دلار» of the title is the threshold)' },
      { value: 18, unit: 'درصد', kind: 'percent', about: 'رشد نسبت به مدت مشابه سال قبل' },
      { value: 46, unit: 'درصد', kind: 'percent', about: '«سهم ۴۶ درصدی» مرز پرویزخان' },
      { value: 12, unit: 'کیلومتر', kind: 'measure', about: 'صف کامیون‌ها (title «صف ۱۲ کیلومتری», body)' },
      { value: 8000000, unit: 'تومان', kind: 'money', about: 'هزینه اضافه هر روز توقف برای هر کامیون (kept with its basis left out)' },
      { value: 1500, unit: 'کامیون', kind: 'count', about: '«هزار و ۵۰۰ کامیون» ظرفیت روزانه پایانه دوم' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۰ درصد» صادرکنندگان با پیمان‌سپاری' },
      { value: 2800000, unit: 'تن', kind: 'measure', about: '«۲ میلیون و ۸۰۰ هزار تن» کالای صادرشده' },
      { value: 210000000, unit: 'دلار', kind: 'money', about: 'واردات استان' },
      { value: 5000000000, unit: 'تومان', kind: 'money', about: 'اعتبار نمایشگاه سلیمانیه' },
    ],
    figures_never: ['«سه ماه نخست امسال», «۱۵ تا ۱۸ مهر»: dates', '«ظرف ۲ ساعت», «شبانه‌روزی»: durations', '«دستورالعمل شماره ۲۴۱۳۵۸/۱۴۰۵»: a letter number', '«۰۸۳-۳۸۲۶۰۹۱۰»: a phone number', '«پایانه صادراتی دوم»: an ordinal', '«نشست ماهانه»: a frequency', 'the post meta («ارسال شده در ۱۴۰۵/۰۴/۲۸ ۰۲:۲۰ ب.ظ», «تعداد بازدید: ۵۴۷»), the exhibitions calendar and the footer phones: not body'],
    notes: [
      'A chamber of commerce board meeting report on DOTNETNUKE with the DNN BLOG module (WebForms <form id="Form">, __VIEWSTATE, dnn_ctr742_ ids, DnnModule-Blog wrappers, /DesktopModules/Blog/ and /Portals/0/Blog/ paths, DotNetNuke generator meta); the title in <h1 class="bl-title">; the post meta «ارسال شده در ۱۴۰۵/۰۴/۲۸ ۰۲:۲۰ ب.ظ توسط روابط عمومی اتاق» with a 12-HOUR clock and «ب.ظ» (p.m.: 14:20 = the gold); the only machine date a microdata datePublished «2026-07-19T14:20:00» WITHOUT a zone (read as Tehran time); the summary is the lead; photo with caption; tags, share, «۰ نظر» and a comment form; side panes with latest news, e-services and an EXHIBITIONS CALENDAR (its first title names the Sulaymaniyah exhibition of the text); footer with address, phone and fax.',
      'statements: Sepehrara: the lead\'s «به گفته رئیس اتاق کرمانشاه» (role only, one), «NAME، ROLE، در این نشست گفت:» (one), «وی افزود:» (one), «سپهرآرا … خاطرنشان کرد:» (one) = 4; Nazarimehr: «NAME، ROLE، نیز … اظهار کرد:» (two sentences, once), «وی از ابلاغ دستورالعمل … خبر داد که …» (one) = 2. Both are also «وی» once.',
      'The deputy governor for economic affairs attends and never speaks; the board («موافقت کرد»), the central bank (its «مصوبه») and the customs administration are bodies. «یک میلیارد و ۱۲۰ میلیون دلار» is 1.12e9 and «یک میلیارد دلار» in the title is the same figure as a threshold; «هزار و ۵۰۰ کامیون» is 1500 (a count written without a leading digit); the per-truck per-day cost is kept.',
    ],
  },
  {
    name: 'iribgilan-flood-damage-rice-fields', site: 'iribgilan', inlineAt: -1,
    url: 'http://gilan.irib.ir/news.php?id=98231',
    title: 'مدیرکل مدیریت بحران استانداری گیلان: خسارت بارش‌های سیل‌آسا به ۳ هزار و ۲۰۰ میلیارد ریال رسید',
    kicker: 'اخبار استان', date: '۲۹ تیر ۱۴۰۵ - ۱۸:۴۵',
    lead: 'مدیرکل مدیریت بحران استانداری گیلان گفت: خسارت بارش‌های سیل‌آسای هفته گذشته در ۹ شهرستان استان به ۳ هزار و ۲۰۰ میلیارد ریال رسیده است.',
    paras: [
      'کامبیز نوروزی‌فرد در گفت‌وگو با خبرنگار صداوسیمای مرکز گیلان افزود: در این بارندگی‌ها که از بامداد سه‌شنبه ۲۳ تیر آغاز شد، ایستگاه هواشناسی آستارا ۱۸۵ میلی‌متر باران را در ۲۴ ساعت ثبت کرد که در ۴۰ سال گذشته بی‌سابقه بوده است.',
      'وی ادامه داد: ۴ هزار و ۳۰۰ واحد مسکونی دچار آبگرفتگی شدند و ۸۵ کیلومتر از راه‌های روستایی آسیب دید. خوشبختانه این حادثه تلفات جانی نداشت و ۱۲ نفر مصدوم شدند که همگی به‌صورت سرپایی درمان شدند.',
      'مدیرکل مدیریت بحران استانداری گیلان تصریح کرد: برای جبران خسارت‌ها، درخواست تخصیص ۸۰۰ میلیارد ریال از محل ماده ۱۲ قانون مدیریت بحران کشور به سازمان مدیریت بحران کشور ارسال شده است.',
      'در همین حال، ماهرخ صفری‌پور، رئیس سازمان جهاد کشاورزی گیلان، به صداوسیما گفت: ۱۱ هزار هکتار از شالیزارهای استان که در آستانه برداشت بودند، زیر آب رفته و برآورد اولیه از کاهش تولید، حدود ۲۵ هزار تن برنج است.',
      'صفری‌پور افزود: شالیکارانی که محصول خود را بیمه کرده‌اند، می‌توانند تا ۱۰ مرداد برای ثبت خسارت به مراکز خدمات جهاد کشاورزی مراجعه کنند. اکنون تنها ۳۸ درصد شالیزارهای استان تحت پوشش بیمه هستند.',
      'حسن پورقلی، شالیکار روستای لیسار تالش که ۲ هکتار از شالیزارش زیر آب رفته، گفت: همه زحمت یک سال ما در یک شب از بین رفت. بیمه نداشتیم و امیدمان به کمک دولت است.',
      'بنا بر اعلام اداره کل هواشناسی گیلان، بارش‌های پراکنده تا پایان هفته ادامه دارد و شهروندان می‌توانند حوادث را با شماره ۱۱۲ گزارش کنند.',
    ],
    tags: ['سیل گیلان', 'مدیریت بحران', 'شالیزار', 'خسارت'],
    caption: 'آبگرفتگی شالیزارهای شهرستان تالش', credit: 'عکس: واحد خبر مرکز گیلان',
    related: ['هشدار نارنجی هواشناسی گیلان', 'امدادرسانی هلال احمر به روستاهای سیل‌زده آستارا', 'بازدید معاون استاندار از مناطق سیل‌زده'],
    mostRead: ['تعطیلی ادارات رشت در روز سه‌شنبه', 'آغاز برداشت برنج در فومن', 'بازگشایی جاده اسالم به خلخال', 'مسابقات قایقرانی در تالاب انزلی'],
    comments: [['بیننده از تالش', 'مسئولان لطفاً به روستاهای کوهستانی هم سر بزنند، راه‌ها هنوز بسته است.']],
    speakers: [
      { name: 'کامبیز نوروزی‌فرد', role: 'مدیرکل مدیریت بحران استانداری گیلان', also_called: ['وی'], statements: 4 },
      { name: 'ماهرخ صفری‌پور', role: 'رئیس سازمان جهاد کشاورزی گیلان', also_called: ['صفری‌پور'], statements: 2 },
      { name: 'حسن پورقلی', role: 'شالیکار روستای لیسار تالش', also_called: [], statements: 1 },
    ],
    speakers_never: ['صداوسیمای مرکز گیلان', 'اداره کل هواشناسی گیلان', 'سازمان مدیریت بحران کشور', 'سپیده رحمانی'],
    figures: [
      { value: 3200000000000, unit: 'ریال', kind: 'money', about: '«۳ هزار و ۲۰۰ میلیارد ریال» خسارت (title, lead)' },
      { value: 9, unit: 'شهرستان', kind: 'count', about: 'شهرستان‌های آسیب‌دیده' },
      { value: 185, unit: 'میلی‌متر', kind: 'measure', about: 'بارش ثبت‌شده در آستارا در ۲۴ ساعت' },
      { value: 4300, unit: 'واحد', kind: 'count', about: '«۴ هزار و ۳۰۰ واحد مسکونی» آبگرفته' },
      { value: 85, unit: 'کیلومتر', kind: 'measure', about: 'راه‌های روستایی آسیب‌دیده' },
      { value: 12, unit: 'نفر', kind: 'count', about: 'مصدومان' },
      { value: 800000000000, unit: 'ریال', kind: 'money', about: 'درخواست تخصیص برای جبران خسارت' },
      { value: 11000, unit: 'هکتار', kind: 'measure', about: 'شالیزارهای زیر آب' },
      { value: 25000, unit: 'تن', kind: 'measure', about: 'برآورد کاهش تولید برنج' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'پوشش بیمه شالیزارها' },
      { value: 2, unit: 'هکتار', kind: 'measure', about: 'شالیزار زیر آب رفته پورقلی' },
    ],
    figures_never: ['«در ۲۴ ساعت»: the basis of the rainfall', '«۴۰ سال گذشته», «یک سال», «یک شب»: durations', '«سه‌شنبه ۲۳ تیر», «هفته گذشته», «۱۰ مرداد», «پایان هفته»: dates', '«ماده ۱۲ قانون مدیریت بحران کشور»: an article number', '«شماره ۱۱۲»: a phone number', 'the TV schedule (clock times, «خبر ساعت ۲۱»), the ticker, the reporter line, «کد خبر: 98231», «تعداد بازدید: 412» and the visitor counter: not body'],
    notes: [
      'A provincial broadcaster\'s interview report on an OLD CUSTOM PHP site (IRIB Gilan centre: HTML 4.01 Transitional doctype, a 980-pixel TABLE layout, <font> tags, <marquee> ticker of latest news, news.php?id=98231, no metadata beyond the charset); the date only in the info table, «تاریخ: دوشنبه ۲۹ تیر ۱۴۰۵ - ساعت: ۱۸:۴۵», next to the news code and views in Latin digits; surtitle in <font>; title <h1 class="titr">; bold lead; photo with caption; paragraphs; a REPORTER LINE «خبرنگار: سپیده رحمانی | تصویربردار: مهران قلی‌زاده» after the text (not body); print and send links; one viewer comment and a form; a side column with today\'s TV SCHEDULE (clock times), links and related news; footer with address, phone and a visitor counter. The ARTICLE TEXT (title, lead, body, caption) is typed with ARABIC yeh and kaf (ي ك) while the chrome uses Persian letters: gold title and body are exactly what the page shows; names, roles, units and speakers_never are given in Persian letters.',
      'The lead is the official\'s first statement, by ROLE only («مدیرکل مدیریت بحران استانداری گیلان گفت:»), and the first body paragraph opens with his bare NAME and «افزود»: the reader ties the name to the lead\'s role. statements: Nowruzifard: lead (one), «NAME در گفت‌وگو با … افزود:» (one), «وی ادامه داد:» (two sentences, once), «مدیرکل … تصریح کرد:» (one) = 4; Safaripour: «NAME، ROLE، به صداوسیما گفت:» (one), «صفری‌پور افزود:» (two sentences, once) = 2; Pourgholi, a farmer: «… گفت:» (one) = 1.',
      'The broadcaster, the meteorological office («بنا بر اعلام») and the national crisis organization are organizations; the reporter named in the reporter line is not in the body. «۱۸۵ میلی‌متر» keeps its 24-hour basis out; «۲ هکتار» (one farmer\'s field) is kept as a measure, distinct from «۱۱ هزار هکتار»; the two ریال amounts and the two تن/هکتار figures are distinct.',
    ],
  },
];


// ---------------------------------------------------------------------------------------------
// Three portal pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [headline, Jalali date, one-line summary] of the ministry home page's news list. */
const MRUD_NEWS: [string, string, string][] = [
  ['آغاز عملیات اجرایی آزادراه غدیر در استان قزوین', '۱۴۰۵/۰۴/۲۴', 'با حضور وزیر راه و شهرسازی، عملیات اجرایی قطعه دوم آزادراه غدیر به طول ۴۲ کیلومتر آغاز شد.'],
  ['واگذاری ۱۲ هزار واحد نهضت ملی مسکن در هفته دولت', '۱۴۰۵/۰۴/۲۴', 'معاون مسکن و ساختمان از تحویل واحدهای تکمیل‌شده در ۱۸ استان تا پایان شهریور خبر داد.'],
  ['نشست بررسی ایمنی راه‌های کشور در ایام تابستان', '۱۴۰۵/۰۴/۲۳', 'وضعیت نقاط حادثه‌خیز و برنامه رفع آنها در جلسه کمیسیون ایمنی راه‌ها بررسی شد.'],
  ['ورود ۸۰ دستگاه واگن مسافری جدید به ناوگان ریلی', '۱۴۰۵/۰۴/۲۲', 'واگن‌های جدید در مسیرهای تهران - مشهد و تهران - بندرعباس به کار گرفته می‌شوند.'],
  ['تمدید مهلت ثبت‌نام طرح اجاره‌داری حرفه‌ای', '۱۴۰۵/۰۴/۲۱', 'متقاضیان تا پایان تیرماه فرصت دارند در سامانه طرح ثبت‌نام کنند.'],
  ['بازدید معاون وزیر از پروژه راه‌آهن رشت - آستارا', '۱۴۰۵/۰۴/۲۰', 'پیشرفت عملیات تملک اراضی مسیر راه‌آهن رشت - آستارا بررسی شد.'],
];

function mrudHome(): NonArt {
  const title = 'وزارت راه و شهرسازی';
  const html = `<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>وزارت راه و شهرسازی &gt; صفحه اصلی</title>
<meta id="MetaDescription" name="DESCRIPTION" content="پایگاه اطلاع‌رسانی وزارت راه و شهرسازی جمهوری اسلامی ایران" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/skins/mrud/skin.css?cdv=918" type="text/css" rel="stylesheet"/>
<link rel="canonical" href="https://www.mrud.ir/" />
</head>
<body id="Body">
<form method="post" action="/" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="Wq2LmP8xT3kR9vB1nC4yF7hJ0dS5aE6uI3oG2zX8" /></div>
<div class="access-bar"><a href="/blind">نسخه نابینایان</a> <a href="/fa-ir/Login">ورود</a> <a href="/en-us/">English</a> <span>${persian('۱۴۰۵/۰۴/۲۵')}</span></div>
<header class="mrud-header"><img src="/Portals/0/nishan.png" alt="نشان جمهوری اسلامی ایران" /><h1>${title}</h1><span>جمهوری اسلامی ایران</span>
<div class="search"><input type="text" placeholder="جستجو در سایت" /><button type="button">جستجو</button></div></header>
<nav class="mrud-menu"><ul><li><a href="/fa-ir/">صفحه اصلی</a></li><li><a href="/fa-ir/about">درباره وزارتخانه</a></li><li><a href="/fa-ir/deputies">معاونت‌ها</a></li><li><a href="/fa-ir/organizations">سازمان‌ها و شرکت‌های تابعه</a></li><li><a href="/fa-ir/news">اخبار</a></li><li><a href="/fa-ir/laws">قوانین و مقررات</a></li><li><a href="/fa-ir/services">خدمات الکترونیک</a></li><li><a href="/fa-ir/contact">ارتباط با ما</a></li></ul></nav>
<div class="slider">${MRUD_NEWS.slice(0, 3).map(([t], i) => `<div class="slide${i ? '' : ' active'}"><img src="/Portals/0/slider/${i + 1}.jpg" alt="" /><a href="/fa-ir/news/ArticleId/${88120 - i}">${esc(t)}</a></div>`).join('')}<div class="slider-dots"><span></span><span></span><span></span></div></div>
<div class="home-cols">
<section class="home-news"><h2>آخرین اخبار</h2><ul>
${MRUD_NEWS.map(([t, d, s], i) => `<li><img src="/Portals/0/EasyDNNnews/${88120 - i}/thumb.jpg" alt="" /><div><span class="date">${d}</span><a href="/fa-ir/news/ArticleId/${88120 - i}">${esc(t)}</a><p>${esc(s)}</p></div></li>`).join('\n')}
</ul><a class="more" href="/fa-ir/news">آرشیو اخبار</a></section>
<aside class="home-side">
<div class="box"><h2>خدمات الکترونیک</h2><ul><li><a href="https://saman.mrud.ir/">سامانه ملی املاک و اسکان</a></li><li><a href="https://eng.mrud.ir/">صدور پروانه اشتغال مهندسان</a></li><li><a href="https://tarh.mrud.ir/">سامانه طرح نهضت ملی مسکن</a></li><li><a href="https://141.ir/">اطلاعات راه‌ها (۱۴۱)</a></li><li><a href="https://mrud.ir/tenders">مناقصات و مزایدات</a></li></ul></div>
<div class="box"><h2>سازمان‌های تابعه</h2><ul><li><a href="https://www.rmto.ir/">سازمان راهداری و حمل‌ونقل جاده‌ای</a></li><li><a href="https://www.cao.ir/">سازمان هواپیمایی کشوری</a></li><li><a href="https://www.pmo.ir/">سازمان بنادر و دریانوردی</a></li><li><a href="https://www.rai.ir/">شرکت راه‌آهن جمهوری اسلامی ایران</a></li></ul></div>
<div class="box poll"><h2>نظرسنجی</h2><p>کیفیت خدمات الکترونیک وزارتخانه را چگونه ارزیابی می‌کنید؟</p><label><input type="radio" name="poll" /> خوب</label> <label><input type="radio" name="poll" /> متوسط</label> <label><input type="radio" name="poll" /> ضعیف</label> <button type="button">ثبت</button></div>
</aside>
</div>
<section class="home-multimedia"><h2>گزارش تصویری</h2><ul><li><a href="/fa-ir/photo/1">افتتاح پل چهارم اهواز</a></li><li><a href="/fa-ir/photo/2">بازدید از فرودگاه بین‌المللی امام خمینی (ره)</a></li><li><a href="/fa-ir/photo/3">عملیات روکش آسفالت محور هراز</a></li></ul></section>
<footer class="mrud-footer"><p>نشانی: تهران، بزرگراه شیخ فضل‌الله نوری، نبش میدان ${persian(3)}، وزارت راه و شهرسازی | تلفن: ${persian('021-88086101')} | سامانه سامد: ${persian(111)}</p><p>بازدید امروز: ${fmt(9832)} | بازدید کل: ${fmt(31457820)}</p><p>کلیه حقوق این پایگاه متعلق به وزارت راه و شهرسازی است.</p></footer>
</form>
</body>
</html>
`;
  return { name: 'nonarticle-mrud-portal-home', markup: 'portal-home-dnn-mrud', url: 'https://www.mrud.ir/', title, html,
    notes: ['The HOME PAGE of a ministry portal (Ministry of Roads and Urban Development on DotNetNuke: WebForms <form id="Form">, __VIEWSTATE, DNN generator meta): the ministry\'s name as <h1> in the government header, accessibility bar, menu, a slider with three headlines, «آخرین اخبار» with six items (date, headline, one-sentence summary, each with numbers), e-services, subsidiary organizations, a poll, a photo-report box, footer with address, phone and visitor counters. A list of teasers, no story: not an article.'] };
}

/** [service, description, access] of the ministry's e-services page. */
const SERVICES: [string, string, string][] = [
  ['سامانه نوبت‌دهی اینترنتی بیمارستان‌های دولتی', 'دریافت نوبت درمانگاه‌های تخصصی بیمارستان‌های دانشگاهی در سراسر کشور.', 'عمومی'],
  ['سامانه صدور و تمدید پروانه مطب', 'ثبت درخواست صدور، تمدید و انتقال پروانه مطب پزشکان و دندانپزشکان.', 'ورود با کد ملی'],
  ['سامانه استعلام اصالت دارو و تجهیزات پزشکی', 'استعلام کد رهگیری و اصالت کالاهای سلامت با ارسال کد ۲۰ رقمی.', 'عمومی'],
  ['سامانه ثبت شکایات درمانی', 'ثبت و پیگیری شکایت از مراکز و کادر درمانی در دانشگاه‌های علوم پزشکی.', 'ورود با کد ملی'],
  ['سامانه پرونده الکترونیک سلامت (سپاس)', 'مشاهده سوابق خدمات سلامت دریافت‌شده از مراکز درمانی.', 'ورود با کد ملی'],
  ['سامانه ثبت‌نام طرح نیروی انسانی', 'ثبت‌نام مشمولان قانون خدمت پزشکان و پیراپزشکان و انتخاب محل خدمت.', 'ورود با کد ملی'],
  ['سامانه صدور مجوز واردات دارو', 'ثبت درخواست شرکت‌های واردکننده و پیگیری مجوز سازمان غذا و دارو.', 'ویژه شرکت‌ها'],
  ['سامانه گواهی سلامت مسافران', 'صدور گواهی واکسیناسیون بین‌المللی و گواهی سلامت سفر.', 'عمومی'],
];

function behdashtServices(): NonArt {
  const title = 'خدمات الکترونیک وزارت بهداشت، درمان و آموزش پزشکی';
  const html = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="fa">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	${title}
</title><link href="/App_Themes/Behdasht/style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="aspnetForm" method="post" action="./services.aspx" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEwNjQ0NjI3OTJkZLr9Q1m3xT8kV7pN2cY4wF6hJ0" /></div>
<div class="top"><a href="/">صفحه اصلی</a> | <a href="/sitemap">نقشه سایت</a> | <a href="/login">ورود</a> | <a href="/en">English</a></div>
<div class="header"><img src="/images/behdasht-logo.png" alt="وزارت بهداشت، درمان و آموزش پزشکی" /><span>وزارت بهداشت، درمان و آموزش پزشکی</span></div>
<div id="ctl00_menu" class="menu"><a href="/about">درباره وزارتخانه</a> <a href="/deputies">معاونت‌ها</a> <a href="/news">اخبار</a> <a class="active" href="/services.aspx">خدمات الکترونیک</a> <a href="/universities">دانشگاه‌های علوم پزشکی</a> <a href="/contact">ارتباط با ما</a></div>
<div id="ctl00_ContentPlaceHolder1_pnlServices" class="services">
<h1>${title}</h1>
<p class="intro">فهرست خدمات الکترونیک وزارتخانه و سازمان‌های تابعه؛ برای استفاده از خدمات «ورود با کد ملی» ابتدا در درگاه ملی خدمات دولت هوشمند احراز هویت کنید.</p>
<div class="filter"><label>دسته‌بندی:</label> <select id="ctl00_ContentPlaceHolder1_ddlCat"><option>همه خدمات</option><option>خدمات شهروندان</option><option>خدمات کادر درمان</option><option>خدمات شرکت‌ها</option></select> <input type="text" placeholder="جستجوی خدمت" /> <input type="submit" value="جستجو" /></div>
<table class="service-table"><thead><tr><th>ردیف</th><th>عنوان خدمت</th><th>شرح</th><th>نحوه دسترسی</th><th></th></tr></thead><tbody>
${SERVICES.map(([s, d, a], i) => `<tr><td>${persian(i + 1)}</td><td>${esc(s)}</td><td>${esc(d)}</td><td>${a}</td><td><a class="btn" href="/services/go.aspx?id=${101 + i}">ورود به سامانه</a></td></tr>`).join('\n')}
</tbody></table>
<div class="help"><h2>راهنما و پشتیبانی</h2><p>پشتیبانی سامانه‌ها: ${persian('021-81451000')} (شنبه تا چهارشنبه، ساعت ${persian(8)} تا ${persian(16)}) | سامانه پاسخگویی ${persian(190)}</p><p>تعداد خدمات: ${persian(SERVICES.length)} | آخرین به‌روزرسانی فهرست: ${persian('1405/04/18')}</p></div>
</div>
<div class="footer"><p>نشانی: تهران، شهرک قدس، بین فلامک و زرافشان، ستاد مرکزی وزارت بهداشت، درمان و آموزش پزشکی</p><p>کلیه حقوق این سایت متعلق به وزارت بهداشت، درمان و آموزش پزشکی است.</p></div>
</form>
</body>
</html>
`;
  return { name: 'nonarticle-behdasht-eservices', markup: 'eservices-aspnet-behdasht', url: 'https://behdasht.gov.ir/services.aspx', title, html,
    notes: ['An E-SERVICES PAGE of a ministry portal (Ministry of Health on ASP.NET WebForms: <form id="aspnetForm">, __VIEWSTATE, ctl00_ ids): the page title as <h1>, a one-sentence instruction, a category filter and search box, a TABLE of eight services (row number, title, one-sentence description, access type, «ورود به سامانه» button), a support box with phone numbers and hours, footer. A directory of services, no story: not an article.'] };
}

/** [headline, Jalali date, summary] of the statistical centre's news archive page 3. */
const AMAR_NEWS: [string, string, string][] = [
  ['نتایج طرح آمارگیری نیروی کار بهار ۱۴۰۵ منتشر شد', '۱۴۰۵/۰۴/۱۰', 'نرخ بیکاری جمعیت ۱۵ ساله و بیشتر در بهار ۱۴۰۵ به ۷٫۶ درصد رسید.'],
  ['شاخص قیمت مصرف‌کننده خرداد ۱۴۰۵', '۱۴۰۵/۰۴/۰۱', 'تورم نقطه به نقطه خانوارهای کشور در خرداد ۱۴۰۵ اعلام شد.'],
  ['شاخص قیمت تولیدکننده بخش صنعت؛ فصل زمستان ۱۴۰۴', '۱۴۰۵/۰۳/۲۸', 'تورم فصلی تولیدکننده بخش صنعت در زمستان ۱۴۰۴ منتشر شد.'],
  ['نتایج آمارگیری از کارگاه‌های صنعتی ۱۰ نفر کارکن و بیشتر', '۱۴۰۵/۰۳/۲۴', 'نتایج طرح آمارگیری از کارگاه‌های صنعتی سال ۱۴۰۳ در دسترس قرار گرفت.'],
  ['شاخص قیمت مسکن اجاری در مناطق شهری', '۱۴۰۵/۰۳/۲۰', 'تغییرات اجاره‌بها در نقاط شهری کشور در فصل زمستان ۱۴۰۴ منتشر شد.'],
  ['برگزاری نشست هم‌اندیشی آمار ثبتی', '۱۴۰۵/۰۳/۱۷', 'نشست هم‌اندیشی گذار به سرشماری مبتنی بر ثبت با حضور دستگاه‌های اجرایی برگزار شد.'],
  ['شاخص قیمت کالاهای وارداتی و صادراتی', '۱۴۰۵/۰۳/۱۳', 'شاخص قیمت کالاهای وارداتی و صادراتی فصل زمستان ۱۴۰۴ منتشر شد.'],
  ['نتایج طرح هزینه و درآمد خانوار ۱۴۰۴', '۱۴۰۵/۰۳/۰۶', 'متوسط هزینه ناخالص سالانه خانوارهای شهری و روستایی اعلام شد.'],
  ['متوسط قیمت اقلام خوراکی منتخب در مناطق شهری', '۱۴۰۵/۰۳/۰۳', 'متوسط قیمت ۴۵ قلم کالای خوراکی منتخب در اردیبهشت ۱۴۰۵ منتشر شد.'],
  ['گزارش سالانه حساب‌های ملی ۱۴۰۳', '۱۴۰۵/۰۲/۳۰', 'نتایج حساب‌های ملی و رشد اقتصادی سال ۱۴۰۳ به قیمت‌های ثابت منتشر شد.'],
];

function amarArchive(): NonArt {
  const title = 'آرشیو اخبار مرکز آمار ایران';
  const pages = [1, 2, 3, 4, 5];
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>آرشیو اخبار - صفحه ۳ - مرکز آمار ایران</title>
<meta name="robots" content="noindex, follow">
<link rel="prev" href="https://www.amar.org.ir/news/archive?page=2">
<link rel="next" href="https://www.amar.org.ir/news/archive?page=4">
<link rel="stylesheet" href="https://www.amar.org.ir/Portals/_default/skins/amar/css/main.css?v=3.2">
</head>
<body class="archive">
<div class="topbar"><a href="https://www.amar.org.ir/">صفحه اصلی</a> <a href="https://www.amar.org.ir/login">ورود</a> <a href="https://www.amar.org.ir/english">English</a></div>
<header class="amar-header"><img src="https://www.amar.org.ir/Portals/0/logo-amar.png" alt="مرکز آمار ایران"><span>سازمان برنامه و بودجه کشور</span> <strong>مرکز آمار ایران</strong></header>
<nav class="amar-menu"><a href="https://www.amar.org.ir/about">درباره مرکز</a> <a href="https://www.amar.org.ir/statistics">آمارهای رسمی</a> <a href="https://www.amar.org.ir/census">سرشماری</a> <a class="active" href="https://www.amar.org.ir/news">اخبار</a> <a href="https://www.amar.org.ir/calendar">تقویم انتشار</a> <a href="https://www.amar.org.ir/data">داده‌های باز</a></nav>
<main>
<h1>${title}</h1>
<form class="archive-filter" action="https://www.amar.org.ir/news/archive" method="get"><label>از تاریخ <input type="text" name="from" placeholder="۱۴۰۵/۰۱/۰۱"></label> <label>تا تاریخ <input type="text" name="to" placeholder="۱۴۰۵/۰۴/۲۵"></label> <select name="cat"><option>همه دسته‌ها</option><option>اخبار مرکز</option><option>نتایج طرح‌ها</option><option>شاخص‌های قیمت</option></select> <button type="submit">جستجو</button></form>
<p class="archive-count">${persian(487)} خبر | صفحه ${persian(3)} از ${persian(49)}</p>
<ul class="archive-list">
${AMAR_NEWS.map(([t, d, s], i) => `<li><span class="date">${d}</span> <a href="https://www.amar.org.ir/news/ID/${25410 - i * 7}">${esc(t)}</a><p>${esc(s)}</p></li>`).join('\n')}
</ul>
<nav class="pagination"><a href="https://www.amar.org.ir/news/archive?page=2">« قبلی</a> ${pages.map((p) => (p === 3 ? `<span class="current">${persian(p)}</span>` : `<a href="https://www.amar.org.ir/news/archive?page=${p}">${persian(p)}</a>`)).join(' ')} … <a href="https://www.amar.org.ir/news/archive?page=49">${persian(49)}</a> <a href="https://www.amar.org.ir/news/archive?page=4">بعدی »</a></nav>
</main>
<footer class="amar-footer"><p>نشانی: تهران، میدان فاطمی، خیابان رهی معیری، مرکز آمار ایران | تلفن: ${persian('021-89281')}</p><p>کلیه حقوق این پایگاه متعلق به مرکز آمار ایران است.</p></footer>
</body>
</html>
`;
  return { name: 'nonarticle-amar-news-archive', markup: 'news-archive-amar', url: 'https://www.amar.org.ir/news/archive?page=3', title, html,
    notes: ['A NEWS ARCHIVE PAGE with pagination (Statistical Centre of Iran, page 3 of 49: rel prev/next links, noindex): the archive title as <h1>, a date-range and category filter, a count line «۴۸۷ خبر | صفحه ۳ از ۴۹», ten items (date, headline, one-sentence summary with figures such as «۷٫۶ درصد»), a pagination bar «« قبلی ۱ ۲ ۳ ۴ ۵ … ۴۹ بعدی »», footer. A list of teasers: not an article.'] };
}

const NON_ARTICLES: NonArt[] = [mrudHome(), behdashtServices(), amarArchive()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout18', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '48213', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set(['iribgilan-flood-damage-rice-fields']),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [250, 450], zwnjInCleanBody: true },
    },
  );
}
