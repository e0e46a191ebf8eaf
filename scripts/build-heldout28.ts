// Builds the TWENTY-EIGHTH held-out fixture set, tests/fixtures/heldout28/<case>/{source.html, expected.json}.
// Blind by construction: written and annotated by reading, without running the engine (nothing here
// imports utils/). Six article pages in the markup of six Persian news and magazine sites on MODERN STACKS
// that no earlier set renders (a Next.js pages-router news site whose __NEXT_DATA__ carries the whole story
// again, a Gatsby environment magazine, an Astro health magazine with content islands, a Persian newsletter
// post on Substack, a Webflow startup magazine, a Squarespace heritage magazine) and two non-article pages
// (the Substack newsletter's archive, the Next.js site's search results). All six texts were written for this
// set; the names of all quoted officials, experts and business people are invented, and so are the outlets.
// Gold annotations (speakers, figures, notes) live next to each text below and are written into
// expected.json as they are.
// Usage: npx tsx scripts/build-heldout28.ts          (build + check)
//        npx tsx scripts/build-heldout28.ts --check  (check only)
// The check parses every expected.json and verifies, with jsdom, that every gold body paragraph
// occurs verbatim in the visible text of source.html, that text_starts_with/ends_with are in the
// body, that every text_excludes string is in the page and not in the body, and that speaker names,
// roles and also_called forms occur in the body.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc, persian } from './build-heldout';
import { bodyHtml, isHead, li, plain, runWrittenSet, type Art, type Ctx, type NonArt, type Site } from './lib/written-pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout28');

const comments = (c: Ctx, item: (n: string, t: string, k: number) => string) => c.a.comments.map(([n, t], k) => item(esc(n), esc(t), k)).join('\n');
const faDate = (c: Ctx) => `${persian(Number(c.d))} ${c.mn} ${persian(c.y)}`;
const faTime = (c: Ctx) => `${persian(c.hh)}:${persian(c.mi)}`;
const tagLinks = (c: Ctx, base: string, sep = ' ', cls = '') => c.a.tags.map((t) => `<a${cls ? ` class="${cls}"` : ''} href="${base}${encodeURIComponent(t.replace(/ /g, '-'))}">${esc(t)}</a>`).join(sep);
const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const weekday = (c: Ctx) => WEEKDAYS[new Date(`${c.g.y}-${c.g.m}-${c.g.d}T12:00:00Z`).getUTCDay()];
/** A JSON value inside an inline <script>. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\u002F');
/** The instant in UTC with milliseconds, «2026-08-10T06:00:00.000Z». */
const utcIso = (c: Ctx) => new Date(c.iso).toISOString();
/** The instant in UTC as «2026-08-08T04:30:00+00:00». */
const utcPlus0 = (c: Ctx) => new Date(c.iso).toISOString().replace('.000Z', '+00:00');
/** The instant with an offset without colon, as Squarespace writes it, «2026-08-12T10:40:00+0330». */
const plus0330 = (c: Ctx) => c.iso.replace('+03:30', '+0330');
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** «Aug 08, 2026» (Substack) */
const enShort = (c: Ctx) => `${MONTHS_EN[Number(c.g.m) - 1]} ${c.g.d}, ${c.g.y}`;
/** «August 12, 2026» (Squarespace) */
const enLong = (c: Ctx) => `${MONTHS_EN_LONG[Number(c.g.m) - 1]} ${Number(c.g.d)}, ${c.g.y}`;
const fmt = (n: number) => persian(n.toLocaleString('en-US')).replace(/,/g, '٬');
/** The story as one HTML string (the CMS field the JSON state carries). */
const storyHtml = (c: Ctx) => [c.a.lead ? `<p><strong>${esc(c.a.lead)}</strong></p>` : '', ...c.a.paras.map((p) => (isHead(p) ? `<h2>${esc(plain(p))}</h2>` : `<p>${esc(p)}</p>`))].join('');
const slugOf = (c: Ctx) => decodeURIComponent(new URL(c.a.url).pathname.split('/').filter(Boolean).at(-1) ?? '');

// ---------------------------------------------------------------------------------------------
// Article markups, one per site family: each writes the page the way that stack renders an article.
// ---------------------------------------------------------------------------------------------

const SITES: Record<string, Site> = {
  // Roozaneh, a news site as a NEXT.JS PAGES-ROUTER app: server-rendered HTML with CSS-modules class names
  // («Article_body__3fQ1c»), next/image (<img data-nimg srcSet="/_next/image?…">), next-head-count, and
  // the WHOLE STORY AGAIN inside __NEXT_DATA__ (pageProps.post.content as an HTML string, lead, publishedAt
  // +03:30, tags, the most-visited list); a breaking-news ticker; breadcrumb; kicker; lead; cover with
  // caption; an in-body «بیشتر بخوانید» card; tags; share row with copy-link; most-visited; comments;
  // a web-push permission prompt; footer.
  roozaneh: {
    site: 'روزنه',
    boiler: ['اخبار فوری', 'بیشتر بخوانید', 'کپی لینک', 'پربازدیدترین‌ها', 'دیدگاه خود را بنویسید', 'می‌خواهید مهم‌ترین خبرها را زودتر از همه ببینید؟', 'همه حقوق این وب‌سایت برای رسانه روزنه محفوظ است', 'برچسب‌ها'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${esc(c.a.title)} | روزنه</title>
<meta name="description" content="${esc(c.a.lead ?? '')}"/>
<meta property="og:site_name" content="روزنه"/>
<meta property="og:type" content="article"/>
<meta property="og:title" content="${esc(c.a.title)}"/>
<meta property="og:url" content="${esc(c.a.url)}"/>
<meta property="og:image" content="https://cdn.roozaneh.news/uploads/2026/08/e-moto-${c.id}.jpg"/>
<meta property="article:published_time" content="${c.iso}"/>
<link rel="canonical" href="${esc(c.a.url)}"/>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: c.iso, dateModified: c.iso, image: [`https://cdn.roozaneh.news/uploads/2026/08/e-moto-${c.id}.jpg`], author: { '@type': 'Organization', name: 'روزنه' }, publisher: { '@type': 'Organization', name: 'روزنه', logo: { '@type': 'ImageObject', url: 'https://roozaneh.news/logo.png' } } })}</script>
<meta name="next-head-count" content="13"/>
<link rel="preload" href="/_next/static/css/a81c3f0e92d4b7c5.css" as="style"/><link rel="stylesheet" href="/_next/static/css/a81c3f0e92d4b7c5.css" data-n-g=""/>
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5f1e2c7b3a90d4e1.js" defer=""></script><script src="/_next/static/chunks/framework-ce84985cd166733a.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bid%5D/%5Bslug%5D-0b7d2e4c91a3f6e8.js" defer=""></script>
</head>
<body>
<div id="__next">
<header class="Header_header__Q2m7x"><div class="Header_top__1xVb0"><span>${weekday(c)} ${faDate(c)}</span> <a href="/archive">آرشیو</a> <a href="/rss">RSS</a></div>
<div class="Header_brand__d8Ks2"><a href="/"><img alt="روزنه" loading="lazy" width="132" height="40" decoding="async" data-nimg="1" src="/logo.svg"/></a>
<form action="/search" class="Header_search__pE3n1"><input type="search" name="q" placeholder="جستجو در روزنه"/></form></div>
<nav class="Header_nav__7tRw4"><a href="/politics">سیاسی</a> <a href="/economy">اقتصادی</a> <a class="Header_active__9Jq1" href="/city">شهری</a> <a href="/society">اجتماعی</a> <a href="/world">جهان</a> <a href="/sport">ورزش</a> <a href="/video">ویدیو</a></nav>
<div class="Ticker_ticker__u8Zc3"><strong>اخبار فوری</strong><ul><li><a href="/news/${Number(c.id) + 14}">جدول خاموشی‌های فردای تهران منتشر شد</a></li><li><a href="/news/${Number(c.id) + 9}">نرخ ارز در بازار امروز ثابت ماند</a></li></ul></div></header>
<main class="Layout_main__H1w9e">
<article class="Article_article__kP0s7">
<nav class="Breadcrumb_root__zV3aq" aria-label="breadcrumb"><ol><li><a href="/">خانه</a></li><li><a href="/city">شهری</a></li><li><a href="/city/transport">${esc(c.a.kicker)}</a></li></ol></nav>
<span class="Article_kicker__Jx5pE">${esc(c.a.kicker)}</span>
<h1 class="Article_title__5cLrN">${esc(c.a.title)}</h1>
<div class="Article_meta__b2FqA"><time dateTime="${c.iso}">${weekday(c)} ${faDate(c)} - ${faTime(c)}</time><span>کد خبر: ${persian(c.id)}</span></div>
<p class="Article_lead__x2Kq9">${esc(c.a.lead ?? '')}</p>
<figure class="Article_cover__w1Ln6"><img alt="${esc(c.a.caption)}" fetchpriority="high" width="1200" height="675" decoding="async" data-nimg="1" srcSet="/_next/image?url=https%3A%2F%2Fcdn.roozaneh.news%2Fuploads%2F2026%2F08%2Fe-moto-${c.id}.jpg&amp;w=1200&amp;q=75 1x, /_next/image?url=https%3A%2F%2Fcdn.roozaneh.news%2Fuploads%2F2026%2F08%2Fe-moto-${c.id}.jpg&amp;w=3840&amp;q=75 2x" src="/_next/image?url=https%3A%2F%2Fcdn.roozaneh.news%2Fuploads%2F2026%2F08%2Fe-moto-${c.id}.jpg&amp;w=3840&amp;q=75"/><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>
<div class="Article_body__3fQ1c">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, '', `<aside class="ReadMore_card__0oYk4"><span>بیشتر بخوانید</span><a href="/news/${Number(c.id) - 211}"><img alt="" loading="lazy" width="96" height="64" decoding="async" data-nimg="1" src="/_next/image?url=https%3A%2F%2Fcdn.roozaneh.news%2Fthumbs%2F${Number(c.id) - 211}.jpg&amp;w=256&amp;q=75"/>${esc(c.a.inline ?? '')}</a></aside>`)}
</div>
<div class="Article_tags__Lm0sD"><span>برچسب‌ها:</span> ${tagLinks(c, '/tag/', ' ')}</div>
<div class="Share_row__fQ7c2"><a href="https://t.me/share/url?url=https://roozaneh.news/n/${c.id}">تلگرام</a> <a href="https://x.com/intent/post?url=https://roozaneh.news/n/${c.id}">ایکس</a> <a href="https://wa.me/?text=https://roozaneh.news/n/${c.id}">واتساپ</a> <button type="button" class="Share_copy__3Ufa0">کپی لینک</button></div>
</article>
<aside class="Sidebar_most__Vb8nT"><h2>پربازدیدترین‌ها</h2><ol>
${li(c.a.mostRead, '/news/', Number(c.id) - 508)}
</ol></aside>
<section class="Related_root__9dKcQ"><h2>اخبار مرتبط</h2><ul>
${li(c.a.related, '/news/', Number(c.id) - 93)}
</ul></section>
<section class="Comments_root__r6yPz"><h2>دیدگاه‌ها (${persian(c.a.comments.length)})</h2>
${comments(c, (n, t, k) => `<div class="Comments_item__aQ1fE"><b>${n}</b> <span>${persian(k ? 40 : 75)} دقیقه پیش</span><p>${t}</p></div>`)}
<form class="Comments_form__Kz2vB"><h3>دیدگاه خود را بنویسید</h3><input placeholder="نام"/><textarea placeholder="متن دیدگاه"></textarea><button type="button">ارسال</button></form></section>
</main>
<div class="Push_prompt__gW5tN" role="dialog"><p>می‌خواهید مهم‌ترین خبرها را زودتر از همه ببینید؟</p><button type="button">بله، خبرم کن</button> <button type="button">بعداً</button></div>
<footer class="Footer_footer__kT3bM"><nav><a href="/about">درباره روزنه</a> <a href="/contact">تماس با ما</a> <a href="/ads">آگهی</a></nav><p>همه حقوق این وب‌سایت برای رسانه روزنه محفوظ است.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">${js({ props: { pageProps: { post: { id: Number(c.id), title: c.a.title, kicker: c.a.kicker, lead: c.a.lead, content: storyHtml(c), cover: { src: `https://cdn.roozaneh.news/uploads/2026/08/e-moto-${c.id}.jpg`, caption: c.a.caption }, publishedAt: c.iso, tags: c.a.tags, category: { slug: 'city', title: 'شهری' } }, mostVisited: c.a.mostRead.map((t, i) => ({ id: Number(c.id) - 508 - i * 37, title: t })) }, __N_SSP: true }, page: '/news/[id]/[slug]', query: { id: c.id, slug: slugOf(c) }, buildId: 'rZ7kP2mQx9', isFallback: false, gssp: true, scriptLoader: [] })}</script>
</body>
</html>
`,
  },

  // Sabznameh, an environment magazine built with GATSBY 5: <div id="___gatsby"><div id="gatsby-focus-wrapper">,
  // Head API metas (data-gatsby-head), gatsby-plugin-image wrappers (a blurred placeholder <img> plus
  // <picture> and a <noscript> copy), gatsby-remark-autolink-headers anchors (an inline SVG) on the
  // subheading, the page-data.json preload, window.pagePath in #gatsby-script-loader and an empty
  // #gatsby-announcer; visible date without time from the frontmatter plus «۴ دقیقه مطالعه»; JSON-LD from
  // the SEO component with the instant; category pill, lead, cover, a «همچنین بخوانید» list after the
  // post, tags, author box, a Disqus placeholder, newsletter, footer.
  sabznameh: {
    site: 'سبزنامه',
    boiler: ['دقیقه مطالعه', 'همچنین بخوانید', 'درباره نویسنده', 'نظرات خوانندگان', 'خبرنامه سبزنامه', 'هر پنجشنبه، خلاصه خبرهای محیط زیست ایران در ایمیل شما', 'مجله خبری محیط زیست ایران', 'انتشار مطالب سبزنامه با ذکر منبع آزاد است'],
    render: (c) => `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charSet="utf-8"/>
<meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>
<meta name="generator" content="Gatsby 5.13.7"/>
<title data-gatsby-head="true">${esc(c.a.title)} | سبزنامه</title>
<meta name="description" content="${esc(c.a.lead ?? '')}" data-gatsby-head="true"/>
<meta property="og:title" content="${esc(c.a.title)}" data-gatsby-head="true"/>
<meta property="og:type" content="article" data-gatsby-head="true"/>
<meta property="og:image" content="https://sabznameh.com/static/8c2f1d0a7e3b5c94/hamoun-dust.jpg" data-gatsby-head="true"/>
<link rel="canonical" href="${esc(c.a.url)}" data-gatsby-head="true"/>
<script type="application/ld+json" data-gatsby-head="true">${js({ '@context': 'https://schema.org', '@type': 'Article', headline: c.a.title, datePublished: c.iso, author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'سبزنامه' } })}</script>
<style>.gatsby-image-wrapper{position:relative;overflow:hidden}.gatsby-image-wrapper picture.object-fit-polyfill{position:static!important}.gatsby-image-wrapper img{bottom:0;height:100%;left:0;margin:0;max-width:none;padding:0;position:absolute;right:0;top:0;width:100%;object-fit:cover}</style>
<link as="fetch" rel="preload" href="/page-data${esc(new URL(c.a.url).pathname)}page-data.json" crossorigin="anonymous"/>
<link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/>
<link rel="stylesheet" href="/styles.4c1e9b2a7d3f8e60.css"/>
</head>
<body>
<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="site-header"><a class="site-logo" href="/"><img src="/static/logo-sabznameh.svg" alt="سبزنامه"/><span>مجله خبری محیط زیست ایران</span></a>
<nav class="site-nav"><a href="/category/water/">آب</a> <a href="/category/air/">هوا و آلودگی</a> <a href="/category/wildlife/">حیات وحش</a> <a aria-current="page" class="active" href="/category/wetlands/">تالاب‌ها</a> <a href="/category/climate/">اقلیم</a> <a href="/about/">درباره ما</a></nav></header>
<main class="post-layout">
<article class="blog-post" itemscope="" itemType="http://schema.org/Article">
<header><a class="category-pill" href="/category/wetlands/">${esc(c.a.kicker)}</a>
<h1 itemProp="headline">${esc(c.a.title)}</h1>
<p class="post-meta"><span>${esc(c.a.author ?? '')}</span> · <span>${faDate(c)}</span> · <span>${persian(4)} دقیقه مطالعه</span></p></header>
<p class="post-lead">${esc(c.a.lead ?? '')}</p>
<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained post-cover"><div style="max-width:1200px;display:block"><img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height='675'%20width='1200'%20xmlns='http://www.w3.org/2000/svg'%20version='1.1'%3E%3C/svg%3E" style="max-width:100%;display:block;position:static"/></div><img aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear" decoding="async" src="data:image/jpeg;base64,/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/" alt=""/><picture><source type="image/webp" srcSet="/static/8c2f1d0a7e3b5c94/a2e4f/hamoun-dust.webp 300w,/static/8c2f1d0a7e3b5c94/b1f3c/hamoun-dust.webp 600w,/static/8c2f1d0a7e3b5c94/9d7a2/hamoun-dust.webp 1200w" sizes="(min-width: 1200px) 1200px, 100vw"/><img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="(min-width: 1200px) 1200px, 100vw" decoding="async" loading="lazy" src="/static/8c2f1d0a7e3b5c94/9d7a2/hamoun-dust.jpg" alt="${esc(c.a.caption)}"/></picture><noscript><picture><img loading="lazy" decoding="async" src="/static/8c2f1d0a7e3b5c94/9d7a2/hamoun-dust.jpg" alt="${esc(c.a.caption)}"/></picture></noscript></div>
<p class="post-cover-caption">${esc(c.a.caption)} (${esc(c.a.credit)})</p>
<section class="post-body" itemProp="articleBody">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 id="${encodeURIComponent(t.replace(/ /g, '-'))}" style="position:relative"><a href="#${encodeURIComponent(t.replace(/ /g, '-'))}" aria-label="${t} permalink" class="anchor before"><svg aria-hidden="true" focusable="false" height="16" version="1.1" viewBox="0 0 16 16" width="16"><path fill-rule="evenodd" d="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5S2.55 3 4 3h4c1.45 0 3 1.69 3 3.5 0 1.41-.91 2.72-2 3.25V8.59c.58-.45 1-1.27 1-2.09C10 5.22 8.98 4 8 4H4c-.98 0-2 1.22-2 2.5S3 9 4 9z"></path></svg></a>${t}</h2>`, '')}
</section>
<footer class="post-footer"><div class="post-tags">${tagLinks(c, '/tags/', ' ', 'tag')}</div>
<div class="author-bio"><h3>درباره نویسنده</h3><p><strong>${esc(c.a.author ?? '')}</strong>، خبرنگار سبزنامه در استان‌های شرقی کشور.</p></div></footer>
</article>
<nav class="read-also"><h2>همچنین بخوانید</h2><ul>
${li(c.a.related, '/news/', 4400 + Number(c.id) % 1000)}
</ul></nav>
<section class="comments"><h2>نظرات خوانندگان</h2><div id="disqus_thread"></div></section>
<aside class="popular"><h2>پربازدیدترین مطالب ماه</h2><ol>
${li(c.a.mostRead, '/news/', 3100 + Number(c.id) % 1000)}
</ol></aside>
<section class="newsletter"><h2>خبرنامه سبزنامه</h2><p>هر پنجشنبه، خلاصه خبرهای محیط زیست ایران در ایمیل شما</p><form name="newsletter" method="post" data-netlify="true"><input type="email" name="email" placeholder="ایمیل شما"/><button type="submit">عضویت</button></form></section>
</main>
<footer class="site-footer"><p>انتشار مطالب سبزنامه با ذکر منبع آزاد است.</p><p><a href="/rss.xml">RSS</a> · <a href="https://instagram.com/sabznameh">اینستاگرام</a> · <a href="https://t.me/sabznameh">تلگرام</a></p></footer>
</div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath=${js(new URL(c.a.url).pathname)};/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-7f2c9e1b4d8a3e60.js\\"],\\"component---src-templates-blog-post-js\\":[\\"/component---src-templates-blog-post-js-3b8e1f0c2a9d7e45.js\\"]}";/*]]>*/</script>
<script src="/app-7f2c9e1b4d8a3e60.js" async=""></script><script src="/component---src-templates-blog-post-js-3b8e1f0c2a9d7e45.js" async=""></script>
</body>
</html>
`,
  },

  // Tandorost, a health magazine built with ASTRO 4: <meta name="generator" content="Astro v4.16.7">,
  // scoped data-astro-cid-… attributes, /_astro/ hashed assets, view transitions, and ISLANDS: an
  // <astro-island> share bar rendered on the server (its props attribute repeats the title), a comments
  // island with client="only" (empty on the server) and a newsletter island; a «فهرست مطالب» table of
  // contents in the sidebar that repeats the two subheadings; the date as <time datetime> with the
  // instant, shown as «۱۴ مرداد ۱۴۰۵» (Intl fa-IR, no time); lead, cover, a «مطالب مرتبط» card grid,
  // a medical disclaimer under the text, tags, footer.
  tandorost: {
    site: 'تندرست',
    boiler: ['فهرست مطالب', 'مطالب مرتبط', 'اشتراک‌گذاری', 'مطالب این وب‌سایت جایگزین مشاوره پزشکی نیست', 'ثبت‌نام در خبرنامه سلامت', 'زمان مطالعه', 'مجله خبری سلامت و پزشکی', 'تمام حقوق برای مجله تندرست محفوظ است'],
    render: (c) => {
      const heads = c.a.paras.filter(isHead).map(plain);
      const anchor = (t: string) => t.replace(/\s+/g, '-').replace(/[«»،؛]/g, '');
      const island = (uid: string, comp: string, props: Record<string, unknown>, client: string, inner = '') =>
        `<astro-island uid="${uid}" prefix="r${uid.length}" component-url="/_astro/${comp}.${uid}Qx.js" component-export="default" renderer-url="/_astro/client.DnR8sKxk.js" props="${esc(JSON.stringify(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, [0, v]]))))}" ${client === 'only' ? '' : 'ssr="" '}client="${client}" opts="${esc(JSON.stringify({ name: comp, value: client === 'only' ? 'react' : true }))}" await-children="">${inner}</astro-island>`;
      return `<!DOCTYPE html><html lang="fa" dir="rtl" data-astro-cid-sckkx6r4>
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="Astro v4.16.7">
<title>${esc(c.a.title)} | مجله تندرست</title><meta name="description" content="${esc(c.a.lead ?? '')}"><link rel="canonical" href="${esc(c.a.url)}">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(c.a.title)}"><meta property="og:image" content="https://tandorost.media/_astro/kidney-transplant.B7x2kQ.webp"><meta property="article:published_time" content="${c.iso}">
<meta name="astro-view-transitions-enabled" content="true"><meta name="astro-view-transitions-fallback" content="animate">
<link rel="stylesheet" href="/_astro/_slug_.C4pLm2Qd.css"><script type="module" src="/_astro/hoisted.Bv9kT1yw.js"></script>
<style>astro-island,astro-slot,astro-static-slot{display:contents}</style><script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).only=e;window.dispatchEvent(new Event("astro:only"));})();</script>
</head>
<body data-astro-cid-sckkx6r4>
<header class="site-header" data-astro-cid-3ef6ksr2><a href="/" class="logo" data-astro-cid-3ef6ksr2><img src="/_astro/logo.Cq1aZ8.svg" alt="تندرست" width="120" height="36" data-astro-cid-3ef6ksr2><span data-astro-cid-3ef6ksr2>مجله خبری سلامت و پزشکی</span></a>
<nav data-astro-cid-3ef6ksr2><a href="/news/" data-astro-cid-3ef6ksr2 aria-current="page">خبر</a> <a href="/nutrition/" data-astro-cid-3ef6ksr2>تغذیه</a> <a href="/mental-health/" data-astro-cid-3ef6ksr2>سلامت روان</a> <a href="/children/" data-astro-cid-3ef6ksr2>کودکان</a> <a href="/drugs/" data-astro-cid-3ef6ksr2>دارو</a> <a href="/doctors/" data-astro-cid-3ef6ksr2>پزشکان</a></nav></header>
<main class="post" data-astro-cid-bvzihdzo>
<article data-astro-cid-bvzihdzo>
<div class="post-head" data-astro-cid-bvzihdzo><a class="cat" href="/news/" data-astro-cid-bvzihdzo>${esc(c.a.kicker)}</a>
<h1 data-astro-cid-bvzihdzo>${esc(c.a.title)}</h1>
<div class="meta" data-astro-cid-bvzihdzo><span data-astro-cid-bvzihdzo>${esc(c.a.author ?? '')}</span> <time datetime="${c.iso}" data-astro-cid-bvzihdzo>${faDate(c)}</time> <span data-astro-cid-bvzihdzo>زمان مطالعه: ${persian(5)} دقیقه</span></div></div>
<p class="lead" data-astro-cid-bvzihdzo>${esc(c.a.lead ?? '')}</p>
<figure class="cover" data-astro-cid-bvzihdzo><img src="/_astro/kidney-transplant.B7x2kQ_Z1Yx0rF.webp" alt="${esc(c.a.caption)}" width="1200" height="675" loading="eager" decoding="async" data-astro-cid-bvzihdzo><figcaption data-astro-cid-bvzihdzo>${esc(c.a.caption)} | ${esc(c.a.credit)}</figcaption></figure>
${island('Z2kq8rV', 'ShareBar', { url: c.a.url, title: c.a.title }, 'visible', `<div class="share" data-astro-cid-7yvn2k4q><span>اشتراک‌گذاری:</span> <a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}">تلگرام</a> <a href="https://wa.me/?text=${encodeURIComponent(c.a.url)}">واتساپ</a> <button type="button">کپی پیوند</button></div>`)}
<div class="prose" data-astro-cid-bvzihdzo>
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 id="${anchor(t)}">${t}</h2>`, '')}
</div>
<p class="disclaimer" data-astro-cid-bvzihdzo>مطالب این وب‌سایت جایگزین مشاوره پزشکی نیست؛ برای تشخیص و درمان به پزشک مراجعه کنید.</p>
<div class="tags" data-astro-cid-bvzihdzo>${tagLinks(c, '/tags/', ' ', 'tag')}</div>
</article>
<aside class="toc" data-astro-cid-xj2uyz6m><h2 data-astro-cid-xj2uyz6m>فهرست مطالب</h2><ol data-astro-cid-xj2uyz6m>${heads.map((t) => `<li data-astro-cid-xj2uyz6m><a href="#${anchor(t)}" data-astro-cid-xj2uyz6m>${esc(t)}</a></li>`).join('')}</ol></aside>
<section class="related" data-astro-cid-bvzihdzo><h2 data-astro-cid-bvzihdzo>مطالب مرتبط</h2><div class="cards" data-astro-cid-bvzihdzo>
${c.a.related.map((t, i) => `<a class="card" href="/news/${Number(c.id) - 40 - i * 13}/" data-astro-cid-lq4k2u9e><img src="/_astro/rel-${i}.Dx1.webp" alt="" loading="lazy" decoding="async" data-astro-cid-lq4k2u9e><h3 data-astro-cid-lq4k2u9e>${esc(t)}</h3></a>`).join('\n')}
</div></section>
<section class="comments" data-astro-cid-bvzihdzo><h2 data-astro-cid-bvzihdzo>دیدگاه‌ها</h2>
${island('Z1mW3pQ', 'Comments', { postId: Number(c.id) }, 'only')}
</section>
<aside class="most" data-astro-cid-bvzihdzo><h2 data-astro-cid-bvzihdzo>پربازدیدهای هفته</h2><ol data-astro-cid-bvzihdzo>
${li(c.a.mostRead, '/news/', Number(c.id) - 300)}
</ol></aside>
${island('Z9aH5tC', 'Newsletter', { list: 'weekly-health' }, 'idle', `<form class="newsletter" data-astro-cid-n3wq8x1b><h2>ثبت‌نام در خبرنامه سلامت</h2><input type="email" placeholder="ایمیل"><button type="submit">ثبت‌نام</button></form>`)}
</main>
<footer data-astro-cid-sz7xmlte><p data-astro-cid-sz7xmlte>تمام حقوق برای مجله تندرست محفوظ است.</p><p data-astro-cid-sz7xmlte><a href="/about/" data-astro-cid-sz7xmlte>درباره ما</a> <a href="/rss.xml" data-astro-cid-sz7xmlte>RSS</a></p></footer>
</body></html>
`;
    },
  },

  // TORMOZ, a Persian car-market newsletter on SUBSTACK: the post page with the publication's topbar
  // (English UI: «Subscribe», «Sign in»), h1.post-title and h3.subtitle (the issue line), the byline with
  // the date in English «Aug 08, 2026» (no time), the like/comment/restack/share row, the body in
  // div.available-content > div.body.markup with a CAPTIONED IMAGE and a Persian SUBSCRIBE WIDGET
  // («… را رایگان دریافت کنید») and a «Share» button INSIDE the body; the post footer with like counts,
  // «Discussion about this post» with two comments, «Ready for more?», the Substack footer; JSON-LD
  // NewsArticle with datePublished in UTC (+00:00), and window._preloads whose post carries body_html
  // (the whole text again).
  tormoz: {
    site: 'ترمز',
    boiler: ['Subscribe', 'Sign in', 'Discussion about this post', 'Ready for more?', 'Substack is the home for great culture', 'Privacy ∙ Terms ∙ Collection notice', 'Start writing', 'Get the app', 'ترمز را رایگان دریافت کنید؛ هر شنبه صبح در ایمیل شما', 'Share', 'Restacks'],
    render: (c) => {
      const pub = 'https://tormoz.substack.com';
      const share = `<p class="button-wrapper" data-attrs="${esc(JSON.stringify({ url: `${c.a.url}?utm_source=substack&utm_medium=email&utm_content=share&action=share`, text: 'Share', action: null, class: null }))}" data-component-name="ButtonCreateButton"><a class="button primary" href="${esc(c.a.url)}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>`;
      const subscribe = `<div class="subscription-widget-wrap-editor" data-attrs="${esc(JSON.stringify({ url: `${pub}/subscribe?`, text: 'Subscribe', language: 'en' }))}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">ترمز را رایگان دریافت کنید؛ هر شنبه صبح در ایمیل شما.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>`;
      const image = `<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F7d1c2e90-bandar-abbas-cars_1456x970.jpeg" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_1456,c_limit,f_webp,q_auto:good/bandar-abbas-cars_1456x970.jpeg 1456w" sizes="100vw"><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good/bandar-abbas-cars_1456x970.jpeg" width="1456" height="970" data-attrs="${esc(JSON.stringify({ src: 'bandar-abbas-cars_1456x970.jpeg', height: 970, width: 1456, alt: null, title: null, type: 'image/jpeg' }))}" class="sizing-normal" alt="" loading="lazy"></picture></div></a><figcaption class="image-caption">${esc(c.a.caption)} (${esc(c.a.credit)})</figcaption></figure></div>`;
      const body = bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2 class="header-anchor-post">${t}</h2>`, image, subscribe);
      const preloads = { isEU: false, language: 'en', base_url: pub, pub: { id: 2381904, name: 'ترمز', subdomain: 'tormoz', language: 'fa', author_name: c.a.author }, post: { id: Number(c.id), title: c.a.title, subtitle: c.a.kicker, slug: slugOf(c), post_date: utcIso(c), audience: 'everyone', type: 'newsletter', body_html: body.replace(subscribe, '') + share, reaction_count: 27, comment_count: c.a.comments.length } };
      return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>${esc(c.a.title)} - ترمز</title>
<meta name="description" content="${esc(c.a.kicker)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(c.a.title)}">
<meta property="og:description" content="${esc(c.a.kicker)}">
<meta property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto/bandar-abbas-cars_1456x970.jpeg">
<meta name="twitter:card" content="summary_large_image">
<meta name="author" content="${esc(c.a.author ?? '')}">
<link rel="canonical" href="${esc(c.a.url)}">
<link rel="alternate" type="application/rss+xml" href="${pub}/feed" title="ترمز">
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: c.a.url, mainEntityOfPage: c.a.url, headline: c.a.title, description: c.a.kicker, image: [{ '@type': 'ImageObject', url: 'https://substackcdn.com/image/fetch/bandar-abbas-cars_1456x970.jpeg' }], datePublished: utcPlus0(c), dateModified: utcPlus0(c), isAccessibleForFree: true, author: [{ '@type': 'Person', name: c.a.author, url: 'https://substack.com/@tormoz' }], publisher: { '@type': 'Organization', name: 'ترمز', url: pub } })}</script>
<link rel="stylesheet" href="https://substackcdn.com/bundle/static/css/main.7f3a1c92.css">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a class="navbar-logo-container" href="/"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80,h_80/tormoz-logo.png" alt="ترمز"></a><h1 class="navbar-title"><a class="navbar-title-link" href="/">ترمز</a></h1><div class="navbar-buttons"><button class="button primary subscribe-btn" type="button">Subscribe</button><a class="button sign-in-link" href="https://substack.com/sign-in?redirect=%2Fp%2F${encodeURIComponent(slugOf(c))}&amp;for_pub=tormoz">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
<h1 dir="auto" class="post-title published title-X77sOw">${esc(c.a.title)}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${esc(c.a.kicker)}</h3>
<div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.com/@tormoz" class="pencraft">${esc(c.a.author ?? '')}</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">${enShort(c)}</div></div>
<div class="post-ufi"><button class="like-button-container post-ufi-button" aria-label="Like (27)"><span class="label">27</span></button><a class="post-ufi-button" href="${esc(c.a.url)}/comments" aria-label="View comments (${c.a.comments.length})"><span class="label">${c.a.comments.length}</span></a><button class="post-ufi-button" aria-label="Restack">Restack</button><button class="post-ufi-button" aria-label="Share">Share</button></div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
${body}
${share}
</div></div>
<div class="post-footer"><div class="post-ufi"><span>27 Likes</span> ∙ <span>4 Restacks</span></div></div>
</article>
<div class="visibility-check"></div>
<div class="post-footer-subscribe"><h2 class="pencraft">Ready for more?</h2><form><input type="email" placeholder="Type your email…"><button class="button primary" type="submit">Subscribe</button></form></div>
<div id="discussion" class="single-post-section comments-section"><div class="container"><h4 class="pencraft">Discussion about this post</h4><div class="tabs"><span class="active">Comments</span> <span>Restacks</span></div>
${comments(c, (n, t, k) => `<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/profile/${88021 + k}">${n}</a> <span>${enShort(c).slice(0, 6)}</span></div><div class="comment-body"><p>${t}</p></div><div class="comment-actions"><button type="button">Like (${k ? 1 : 6})</button> <button type="button">Reply</button></div></div>`)}
</div></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">© ${c.g.y} ${esc(c.a.author ?? '')}</div><div class="footer-terms"><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><a class="footer-substack-cta" href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Start writing</a> <a href="https://substack.com/app/app-store-redirect">Get the app</a><p class="footer-substack-tag"><a href="https://substack.com">Substack</a> is the home for great culture</p></div></div>
</div></div>
<script>window._preloads = JSON.parse(${JSON.stringify(JSON.stringify(preloads)).replace(/</g, '\\u003c')})</script>
<script src="https://substackcdn.com/bundle/static/js/main.7c2b9e31.js" charset="utf-8" defer></script>
</body>
</html>
`;
    },
  },

  // Pishran, a startup and tech-business magazine on WEBFLOW: <html data-wf-domain data-wf-page data-wf-site
  // data-wf-item-slug data-wf-collection>, the «This site was created in Webflow» and «Last Published» (UTC)
  // comments, w-nav navbar with its menu button, a CMS template page: category, title, summary (lead), a
  // plain-text Jalali date field WITHOUT time, author and reading time; the body a w-richtext block with a
  // captioned w-richtext-figure inside; a w-condition-invisible «به‌روزرسانی» block still in the DOM;
  // the instant only in a custom-code JSON-LD in UTC with milliseconds (Webflow's ISO date format); a w-dyn-list
  // of related posts, a sponsor banner (w-inline-block), a w-form newsletter whose success and failure
  // messages (w-form-done, w-form-fail) sit in the markup, footer; jQuery from Webflow's CDN and webflow.js.
  pishran: {
    site: 'پیشران',
    boiler: ['منو', 'آخرین به‌روزرسانی این گزارش', 'مطالب مرتبط', 'حامی این بخش', 'عضویت در خبرنامه پیشران', 'ممنون! عضویت شما در خبرنامه ثبت شد.', 'مشکلی پیش آمد. لطفاً دوباره تلاش کنید.', 'همه حقوق برای مجله پیشران محفوظ است', 'دقیقه مطالعه'],
    render: (c) => `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: ${((d) => `${d.toUTCString().slice(0, 3)} ${MONTHS_EN[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)} GMT+0000 (Coordinated Universal Time)`)(new Date(new Date(c.iso).getTime() + 130 * 60000))} -->
<html data-wf-domain="www.pishran.media" data-wf-page="66b1f0c2a9e4d3b7c1a5e812" data-wf-site="65d2c0a1b7e4f3a9d8c6b501" lang="fa" dir="rtl" data-wf-collection="66b1f0c2a9e4d3b7c1a5e7f0" data-wf-item-slug="${esc(slugOf(c))}">
<head><meta charset="utf-8"/><title>${esc(c.a.title)} | پیشران</title><meta content="${esc(c.a.lead ?? '')}" name="description"/><meta content="${esc(c.a.title)}" property="og:title"/><meta content="${esc(c.a.lead ?? '')}" property="og:description"/><meta content="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/66b7a3e1f0c2d9b4a8e51c07_vc-spring-1405.jpg" property="og:image"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/css/pishran.webflow.5b7e2a91c.min.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/65d2c3f1e7a0b9c4d2f81a33_favicon.png" rel="shortcut icon" type="image/x-icon"/>
<link rel="canonical" href="${esc(c.a.url)}"/>
<script type="application/ld+json">${js({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.a.title, description: c.a.lead, datePublished: utcIso(c), author: { '@type': 'Person', name: c.a.author }, publisher: { '@type': 'Organization', name: 'پیشران' } })}</script>
</head>
<body class="body-rtl">
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/65d2c40a7c1e9f0b3d6a2e11_logo-pishran.svg" loading="lazy" alt="پیشران" class="logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/category/startups" class="nav-link w-nav-link">استارتاپ‌ها</a><a href="/category/investment" class="nav-link w-nav-link w--current">سرمایه‌گذاری</a><a href="/category/ecommerce" class="nav-link w-nav-link">تجارت الکترونیک</a><a href="/category/fintech" class="nav-link w-nav-link">فین‌تک</a><a href="/category/interviews" class="nav-link w-nav-link">گفت‌وگو</a><a href="/events" class="nav-link w-nav-link">رویدادها</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div><div class="menu-text">منو</div></div></div></div>
<section class="section-article"><div class="container-article w-container">
<a href="/category/investment" class="category-tag w-inline-block"><div>${esc(c.a.kicker)}</div></a>
<h1 class="article-title">${esc(c.a.title)}</h1>
<p class="article-summary">${esc(c.a.lead ?? '')}</p>
<div class="article-meta"><div class="meta-date">${faDate(c)}</div><div class="meta-divider">|</div><div class="meta-author">${esc(c.a.author ?? '')}</div><div class="meta-divider">|</div><div class="meta-read">${persian(5)} دقیقه مطالعه</div></div>
<div class="updated-block w-condition-invisible"><div class="updated-label">آخرین به‌روزرسانی این گزارش:</div><div class="w-dyn-bind-empty"></div></div>
<img src="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/66b7a3e1f0c2d9b4a8e51c07_vc-spring-1405.jpg" loading="eager" alt="" sizes="(max-width: 991px) 90vw, 820px" srcset="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/66b7a3e1f0c2d9b4a8e51c07_vc-spring-1405-p-500.jpg 500w, https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/66b7a3e1f0c2d9b4a8e51c07_vc-spring-1405.jpg 1600w" class="article-cover"/>
<div class="article-body w-richtext">
${bodyHtml(c, (t) => `<p>${t}</p>`, (t) => `<h2>${t}</h2>`, `<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/66b7a41c2e9f0a3b7d1c6e28_pardis-demo-day.jpg" loading="lazy" alt=""/></div><figcaption>${esc(c.a.caption)} - ${esc(c.a.credit)}</figcaption></figure>`)}
</div>
<div class="article-tags w-dyn-list"><div role="list" class="tags-list w-dyn-items">${c.a.tags.map((t) => `<div role="listitem" class="w-dyn-item"><a href="/tags/${encodeURIComponent(t.replace(/ /g, '-'))}" class="tag-link">${esc(t)}</a></div>`).join('')}</div></div>
<div class="share-row"><a href="https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(c.a.url)}" target="_blank" class="share-link w-inline-block"><div>لینکدین</div></a><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" target="_blank" class="share-link w-inline-block"><div>تلگرام</div></a><a href="https://x.com/intent/post?url=${encodeURIComponent(c.a.url)}" target="_blank" class="share-link w-inline-block"><div>ایکس</div></a></div>
</div></section>
<section class="section-sponsor"><a href="https://www.pishran.media/go/sponsor-q2" class="sponsor-banner w-inline-block"><div class="sponsor-label">حامی این بخش</div><div class="sponsor-text">شتاب‌دهنده‌ای که با شما تا جذب سرمایه می‌آید</div></a></section>
<section class="section-related"><div class="w-container"><h2 class="related-heading">مطالب مرتبط</h2><div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">
${c.a.related.map((t, i) => `<div role="listitem" class="related-item w-dyn-item"><a href="/posts/related-${i + 1}" class="related-card w-inline-block"><img src="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/rel-${i}.jpg" loading="lazy" alt="" class="related-image"/><h3 class="related-title">${esc(t)}</h3></a></div>`).join('\n')}
</div></div></div></section>
<section class="section-popular"><div class="w-container"><h2 class="related-heading">پربازدیدترین‌ها</h2><div class="w-dyn-list"><div role="list" class="popular-list w-dyn-items">
${c.a.mostRead.map((t, i) => `<div role="listitem" class="w-dyn-item"><a href="/posts/popular-${i + 1}" class="popular-link">${esc(t)}</a></div>`).join('\n')}
</div></div></div></section>
<section class="section-newsletter"><div class="w-container"><h2>عضویت در خبرنامه پیشران</h2><p>گزارش هفتگی سرمایه‌گذاری و استارتاپ‌ها، هر یکشنبه.</p><div class="newsletter-form w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="form" data-wf-page-id="66b1f0c2a9e4d3b7c1a5e812" data-wf-element-id="b2c4e1f0-7a3d-9e6b-1c8f-0d2a5e7b9c31"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="ایمیل شما" type="email" id="email" required=""/><input type="submit" data-wait="لطفاً صبر کنید..." class="submit-button w-button" value="عضویت"/></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>ممنون! عضویت شما در خبرنامه ثبت شد.</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>مشکلی پیش آمد. لطفاً دوباره تلاش کنید.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><p class="footer-text">همه حقوق برای مجله پیشران محفوظ است.</p><div class="footer-links"><a href="/about" class="footer-link">درباره ما</a><a href="/advertise" class="footer-link">همکاری تبلیغاتی</a><a href="/contact" class="footer-link">تماس</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65d2c0a1b7e4f3a9d8c6b501" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.com/65d2c0a1b7e4f3a9d8c6b501/js/webflow.3e1a7c9b2.js" type="text/javascript"></script>
</body></html>
`,
  },

  // Rahavard, a travel and heritage magazine on SQUARESPACE 7.1: the announcement bar, header with nav,
  // a blog item (article.entry.h-entry with data-content-field="title", the byline and <time class="dt-published"
  // datetime="2026-08-12"> shown in ENGLISH, «August 12, 2026»), the body in .sqs-layout rows of
  // sqs-block html blocks (<p style="white-space:pre-wrap;">), the cover in an sqs-block image block with its
  // caption; the instant in <meta itemprop="datePublished"> and JSON-LD as «…T10:40:00+0330» (offset without
  // colon); Static.SQUARESPACE_CONTEXT with the site's time zone Asia/Tehran; a newsletter block, the
  // previous/next blog-item pagination with the neighbours' titles, share links, the comments link, the
  // footer and the cookie banner.
  rahavard: {
    site: 'ره‌آورد',
    boiler: ['اشتراک نسخه چاپی ره‌آورد', 'مطلب قبلی', 'مطلب بعدی', 'در خبرنامه ره‌آورد عضو شوید', 'ما با ارسال ایمیل شما را آزار نمی‌دهیم.', 'این وب‌سایت برای بهتر کردن تجربه شما از کوکی استفاده می‌کند.', 'فصلنامه سفر و میراث ایران', 'نظر بدهید'],
    render: (c) => {
      const block = (inner: string, id: number) => `<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_172${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div></div>`;
      const paras = bodyHtml(c, (t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`, (t) => `<h3 style="white-space:pre-wrap;">${t}</h3>`, '', '', undefined, '\n@@\n').split('\n@@\n');
      const half = Math.ceil(paras.length / 2);
      const image = `<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1723411029000_8812"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/64a1c2e3f4b5a6c7d8e9f012/1723411029000-KASHAN/khaneh-sharifian.jpg" data-image-dimensions="2000x1333" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="https://images.squarespace-cdn.com/content/v1/64a1c2e3f4b5a6c7d8e9f012/1723411029000-KASHAN/khaneh-sharifian.jpg?format=1000w" width="2000" height="1333" sizes="100vw" loading="lazy"/></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${esc(c.a.caption)} / ${esc(c.a.credit)}</p></div></figcaption></figure></div></div></div></div>`;
      return `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="fa-IR" dir="rtl">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- rahavard-mag -->
<base href="">
<meta charset="utf-8" />
<title>${esc(c.a.title)} — ره‌آورد</title>
<link rel="canonical" href="${esc(c.a.url)}"/>
<meta property="og:site_name" content="ره‌آورد"/>
<meta property="og:title" content="${esc(c.a.title)} — ره‌آورد"/>
<meta property="og:url" content="${esc(c.a.url)}"/>
<meta property="og:type" content="article"/>
<meta property="og:description" content="${esc(c.a.lead ?? '')}"/>
<meta property="og:image" content="http://static1.squarespace.com/static/64a1c2e3f4b5a6c7d8e9f012/t/66b9c1d2/1723411029000/khaneh-sharifian.jpg?format=1500w"/>
<meta itemprop="name" content="${esc(c.a.title)} — ره‌آورد"/>
<meta itemprop="url" content="${esc(c.a.url)}"/>
<meta itemprop="description" content="${esc(c.a.lead ?? '')}"/>
<meta itemprop="author" content="${esc(c.a.author ?? '')}"/>
<meta itemprop="datePublished" content="${plus0330(c)}"/>
<meta itemprop="dateModified" content="${plus0330(c)}"/>
<meta itemprop="headline" content="${esc(c.a.title)}"/>
<meta itemprop="publisher" content="ره‌آورد"/>
<meta name="twitter:title" content="${esc(c.a.title)} — ره‌آورد"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="description" content="${esc(c.a.lead ?? '')}" />
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = ${js({ facebookAppId: '314192535267336', rollups: {}, pageType: 50, website: { id: '64a1c2e3f4b5a6c7d8e9f012', identifier: 'rahavard-mag', websiteType: 1, contentModifiedOn: new Date(c.iso).getTime() + 3600000, siteTitle: 'ره‌آورد', language: 'fa-IR', timeZone: 'Asia/Tehran', timeZoneOffset: 12600000 }, collectionId: '64a1c5f0e2b3d4a5c6e7f801', itemId: `66b9c1d2${c.id}`, templateId: '5c5a519771c10ba3470d8101', templateVersion: '7.1', pageFeatures: [1, 2, 4], impersonatedSession: false, tzData: { zones: [[210, null, '+0330', null]], rules: {} } })};</script>
<script type="application/ld+json">${js({ url: c.a.url, name: 'ره‌آورد', '@context': 'http://schema.org', '@type': 'WebSite' })}</script>
<script type="application/ld+json">${js({ '@context': 'http://schema.org', '@type': 'Article', name: c.a.title, headline: c.a.title, author: { '@type': 'Person', name: c.a.author }, datePublished: plus0330(c), dateModified: plus0330(c), image: 'http://static1.squarespace.com/static/64a1c2e3f4b5a6c7d8e9f012/t/66b9c1d2/1723411029000/khaneh-sharifian.jpg', publisher: { '@type': 'Organization', name: 'ره‌آورد' } })}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1c2e3f4b5a6c7d8e9f012/41/5c5a519771c10ba3470d8101/64a1c2e3f4b5a6c7d8e9f030/1611/site.css" rel="stylesheet" type="text/css"/>
</head>
<body id="item-66b9c1d2${c.id}" class="header-overlay-alignment-center tweak-blog-item-width-narrow tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title primary-button-style-solid collection-type-blog-basic-grid view-item collection-64a1c5f0e2b3d4a5c6e7f801 mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/subscribe" class="sqs-announcement-bar-url"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text-inner"><p>اشتراک نسخه چاپی ره‌آورد؛ ارسال رایگان به سراسر ایران</p></div></div></a></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64a1c2e3f4b5a6c7d8e9f012/logo-rahavard.png?format=1500w" alt="ره‌آورد" style="display:block"/></a></div><p class="header-tagline">فصلنامه سفر و میراث ایران</p></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/journal" aria-current="page">ژورنال</a></div><div class="header-nav-item header-nav-item--collection"><a href="/destinations">مقصدها</a></div><div class="header-nav-item header-nav-item--collection"><a href="/heritage">میراث</a></div><div class="header-nav-item header-nav-item--collection"><a href="/issues">شماره‌ها</a></div><div class="header-nav-item header-nav-item--collection"><a href="/shop">فروشگاه</a></div></nav></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c5f0e2b3d4a5c6e7f8aa"><section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-${esc((c.a.author ?? '').replace(/ /g, '-'))} post-type-text article-index-1 category-${encodeURIComponent(c.a.kicker)}" data-item-id="66b9c1d2${c.id}">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=${encodeURIComponent(c.a.kicker)}" class="blog-item-category">${esc(c.a.kicker)}</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${esc(c.a.title)}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=64a1c7" class="blog-author">${esc(c.a.author ?? '')}</a></div><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="${c.g.y}-${c.g.m}-${c.g.d}">${enLong(c)}</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="${new Date(c.iso).getTime() + 600000}" id="item-66b9c1d2${c.id}">
${block(`<p class="" style="white-space:pre-wrap;"><strong>${esc(c.a.lead ?? '')}</strong></p>`, 1)}
${image}
${block(paras.slice(0, half).join('\n'), 2)}
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">در خبرنامه ره‌آورد عضو شوید</h2><div class="newsletter-form-header-description"><p>ما با ارسال ایمیل شما را آزار نمی‌دهیم.</p></div></div><form class="newsletter-form" data-form-id="64a1c9f0"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><input type="email" class="newsletter-form-field-element field-element" name="email" placeholder="نشانی ایمیل"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit" value="ثبت‌نام"><span class="newsletter-form-button-label">ثبت‌نام</span></button></div><div class="hidden form-submission-text">سپاس! عضویت شما ثبت شد.</div></form></div></div></div></div></div>
${block(paras.slice(half).join('\n'), 3)}
</div></div>
<div class="blog-item-tags-wrapper">${c.a.tags.map((t) => `<a href="/journal?tag=${encodeURIComponent(t)}" class="blog-item-tag">${esc(t)}</a>`).join(', ')}</div>
<div class="blog-item-share"><div class="blog-item-share-links"><a href="https://t.me/share/url?url=${encodeURIComponent(c.a.url)}" class="blog-item-share-link">تلگرام</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(c.a.url)}" class="blog-item-share-link">فیسبوک</a> <a href="mailto:?subject=${encodeURIComponent(c.a.title)}" class="blog-item-share-link">ایمیل</a></div></div>
<div class="blog-item-comment-wrapper"><div class="squarespace-comments" id="comments-66b9c1d2${c.id}"><a href="#comments-66b9c1d2${c.id}" class="sqs-comment-link" data-id="66b9c1d2${c.id}">نظر بدهید</a></div></div>
</div>
</article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination=""><a class="item-pagination-link item-pagination-link--prev" href="/journal/${encodeURIComponent(c.a.related[0].replace(/ /g, '-'))}"><div class="item-pagination-prev-next">مطلب قبلی</div><h2 class="item-pagination-title">${esc(c.a.related[0])}</h2></a><a class="item-pagination-link item-pagination-link--next" href="/journal/${encodeURIComponent(c.a.related[1].replace(/ /g, '-'))}"><div class="item-pagination-prev-next">مطلب بعدی</div><h2 class="item-pagination-title">${esc(c.a.related[1])}</h2></a></section>
<section class="summary-block-wrapper"><h2 class="summary-heading">بیشترین خواندن‌ها</h2><div class="summary-item-list">${c.a.mostRead.map((t, i) => `<div class="summary-item"><a href="/journal/popular-${i + 1}" class="summary-title-link">${esc(t)}</a></div>`).join('')}</div></section>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><p style="white-space:pre-wrap;">ره‌آورد، فصلنامه سفر و میراث ایران — تهران، خیابان انقلاب</p><p style="white-space:pre-wrap;">© ${persian(1405)} ره‌آورد</p></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"><div class="sqs-cookie-banner-v2-text"><p>این وب‌سایت برای بهتر کردن تجربه شما از کوکی استفاده می‌کند.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" type="button">قبول</button> <button class="sqs-cookie-banner-v2-decline" type="button">نپذیرفتن</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.7e2a19c0b3d4f5e6.js" type="text/javascript"></script>
</body>
</html>
`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The six texts written for this set (synthetic_text: true). All quoted people are invented.
// ---------------------------------------------------------------------------------------------

const ARTICLES: Art[] = [
  {
    name: 'roozaneh-nextjs-electric-motorcycles', site: 'roozaneh', inlineAt: 4,
    inline: 'طرح اسقاط موتورسیکلت‌های فرسوده از شهریور اجرا می‌شود',
    url: 'https://roozaneh.news/news/58317/تحویل-۲۰-هزار-موتورسیکلت-برقی-در-تهران',
    title: 'شهرداری تهران ۲۰ هزار موتورسیکلت برقی را تا پایان سال تحویل می‌دهد',
    kicker: 'حمل‌ونقل شهری', date: '۱۲ مرداد ۱۴۰۵ - ۱۳:۲۰',
    lead: 'شهرداری تهران تا پایان امسال ۲۰ هزار موتورسیکلت برقی را با تسهیلات ارزان‌قیمت به پیک‌ها و موتورسواران شاغل تحویل می‌دهد؛ طرحی که قرار است سهم موتورسیکلت‌های کاربراتوری از آلودگی هوای پایتخت را کاهش دهد.',
    paras: [
      'به گزارش روزنه، بر اساس برآورد شرکت کنترل کیفیت هوای تهران، حدود ۳ میلیون و ۵۰۰ هزار موتورسیکلت در پایتخت تردد می‌کنند و این وسایل با وجود سهم کمتر از ۱۰ درصدی در سفرهای شهری، نزدیک به ۲۲ درصد منوکسید کربن هوای تهران را تولید می‌کنند.',
      'حسین کریمی‌مهر، معاون حمل‌ونقل و ترافیک شهرداری تهران، امروز (دوشنبه) در آیین تحویل نخستین محموله این موتورسیکلت‌ها در میدان آزادی گفت: هر موتورسیکلت برقی با قیمت ۱۴۰ میلیون تومان عرضه می‌شود و خریدار می‌تواند ۸۰ درصد آن را با وامی چهارساله و سود ۴ درصد بپردازد.',
      'وی افزود: در مرحله نخست ۲ هزار و ۵۰۰ دستگاه تحویل می‌شود و ۱۲۰ ایستگاه شارژ و تعویض باتری تا پایان مهر در سطح شهر راه‌اندازی خواهد شد.',
      'به گفته کریمی‌مهر، موتورسیکلت‌های کاربراتوری پیک‌هایی که در این طرح ثبت‌نام می‌کنند، در ازای ۱۵ میلیون تومان از چرخه خارج و اسقاط می‌شوند.',
      'در این آیین که لیلا صمدی‌پور، عضو کمیسیون سلامت، محیط زیست و خدمات شهری شورای شهر تهران، و نمایندگان چند شرکت پیک موتوری نیز حضور داشتند، ۳۰۰ موتورسیکلت به رانندگان تحویل شد.',
      'صمدی‌پور اما درباره تأمین برق ایستگاه‌های شارژ هشدار داد و گفت: در روزهایی که تهران با خاموشی روبه‌روست، نمی‌توان هزاران موتورسیکلت را به شبکه برق وصل کرد. دست‌کم ۴۰ درصد برق این ایستگاه‌ها باید از پنل‌های خورشیدی تأمین شود.',
      'عضو کمیسیون سلامت شورای شهر همچنین گفت که بودجه این طرح در سال جاری ۲ هزار و ۸۰۰ میلیارد تومان است و هنوز کمتر از نیمی از آن تخصیص یافته است.',
      'وانگ لی‌مین، مدیر فروش منطقه‌ای شرکت چینی یادئا که باتری‌های این موتورسیکلت‌ها را تأمین می‌کند، به روزنه گفت: عمر باتری‌ها دست‌کم پنج سال است و هر موتورسیکلت با یک بار شارژ کامل ۹۰ کیلومتر راه می‌رود. وانگ افزود که شرکت او ۳۵ کارشناس فنی را برای آموزش تعمیرکاران ایرانی به تهران فرستاده است.',
      'سازمان حفاظت محیط زیست نیز پیش‌تر اعلام کرده بود که از ابتدای سال ۱۴۰۶ شماره‌گذاری موتورسیکلت‌های کاربراتوری تازه در تهران متوقف می‌شود.',
    ],
    tags: ['موتورسیکلت برقی', 'آلودگی هوا', 'شهرداری تهران', 'پیک موتوری'],
    caption: 'نخستین موتورسیکلت‌های برقی تحویلی در میدان آزادی', credit: 'عکس: روزنه / سارا نیک‌فر',
    related: ['ایستگاه‌های شارژ خودروی برقی در تهران به ۶۰ رسید', 'قیمت موتورسیکلت در بازار ۳۰ درصد گران شد', 'پیک‌های موتوری بیمه می‌شوند'],
    mostRead: ['جدول خاموشی برق تهران برای فردا', 'ساعت کاری ادارات تهران تغییر کرد', 'قیمت طلا و سکه امروز', 'زمان واریز یارانه مرداد اعلام شد'],
    comments: [['پیک محله', 'با این قیمت هم باز پیک‌ها نمی‌توانند بخرند؛ قسط ماهانه چقدر است؟'], ['نرگس', 'کاش اول ایستگاه شارژ بسازند بعد موتور بدهند.']],
    speakers: [
      { name: 'حسین کریمی‌مهر', role: 'معاون حمل‌ونقل و ترافیک شهرداری تهران', also_called: ['وی', 'کریمی‌مهر'], statements: 3 },
      { name: 'لیلا صمدی‌پور', role: 'عضو کمیسیون سلامت، محیط زیست و خدمات شهری شورای شهر تهران', also_called: ['صمدی‌پور', 'عضو کمیسیون سلامت شورای شهر'], statements: 2 },
      { name: 'وانگ لی‌مین', role: 'مدیر فروش منطقه‌ای شرکت چینی یادئا', also_called: ['وانگ', 'او'], statements: 2 },
    ],
    speakers_never: ['شرکت کنترل کیفیت هوای تهران', 'سازمان حفاظت محیط زیست', 'یادئا'],
    figures: [
      { value: 20000, unit: 'موتورسیکلت', kind: 'count', about: '«۲۰ هزار موتورسیکلت برقی» تا پایان سال (title, lead)' },
      { value: 3500000, unit: 'موتورسیکلت', kind: 'count', about: '«حدود ۳ میلیون و ۵۰۰ هزار موتورسیکلت» در تهران' },
      { value: 10, unit: 'درصد', kind: 'percent', about: '«کمتر از ۱۰ درصدی» سهم در سفرها' },
      { value: 22, unit: 'درصد', kind: 'percent', about: '«نزدیک به ۲۲ درصد» سهم از منوکسید کربن' },
      { value: 140000000, unit: 'تومان', kind: 'money', about: 'قیمت هر موتورسیکلت برقی (kept; «هر» is its basis)' },
      { value: 80, unit: 'درصد', kind: 'percent', about: 'سهم قابل پرداخت با وام' },
      { value: 4, unit: 'درصد', kind: 'percent', about: 'سود وام' },
      { value: 2500, unit: 'دستگاه', kind: 'count', about: '«۲ هزار و ۵۰۰ دستگاه» مرحله نخست' },
      { value: 120, unit: 'ایستگاه', kind: 'count', about: 'ایستگاه‌های شارژ و تعویض باتری' },
      { value: 15000000, unit: 'تومان', kind: 'money', about: 'مبلغ اسقاط موتورسیکلت کاربراتوری' },
      { value: 300, unit: 'موتورسیکلت', kind: 'count', about: 'موتورسیکلت‌های تحویل‌شده در آیین' },
      { value: 40, unit: 'درصد', kind: 'percent', about: '«دست‌کم ۴۰ درصد» برق خورشیدی ایستگاه‌ها' },
      { value: 2800000000000, unit: 'تومان', kind: 'money', about: '«۲ هزار و ۸۰۰ میلیارد تومان» بودجه طرح' },
      { value: 90, unit: 'کیلومتر', kind: 'measure', about: 'برد هر موتورسیکلت با یک شارژ (basis left out)' },
      { value: 35, unit: 'کارشناس', kind: 'count', about: 'کارشناسان فنی اعزامی یادئا' },
    ],
    figures_never: ['«پایان امسال», «امروز (دوشنبه)», «پایان مهر», «سال جاری», «ابتدای سال ۱۴۰۶»: dates', '«وامی چهارساله», «پنج سال» عمر باتری: durations', '«مرحله نخست», «نخستین محموله»: ordinals', '«هزاران موتورسیکلت», «کمتر از نیمی», «چند شرکت»: vague', '«یک بار شارژ»: lone «یک»', 'the breaking-news ticker, the read-more card, comment times: not body'],
    notes: [
      'A city-transport story of Roozaneh (an invented news site) as a NEXT.JS PAGES-ROUTER app: CSS-modules class names («Article_body__3fQ1c»), next/image <img data-nimg> with /_next/image srcSet, next-head-count, and __NEXT_DATA__ whose pageProps.post carries THE WHOLE STORY AGAIN (lead and content as an HTML string with every paragraph), publishedAt «2026-08-03T13:20:00+03:30», tags and the most-visited list; JSON-LD NewsArticle and article:published_time give the same instant (the gold); the visible <time dateTime> shows «دوشنبه ۱۲ مرداد ۱۴۰۵ - ۱۳:۲۰». Chrome: header date, a breaking-news ticker («اخبار فوری» with two headlines), nav, breadcrumb, kicker, lead (p.Article_lead), cover with caption and credit, an in-body «بیشتر بخوانید» card with thumbnail after paragraph 5, tags, share row with a copy-link button, most-visited, related, two comments, a web-push permission prompt, footer.',
      'statements: Karimi-Mehr: «NAME، ROLE، امروز … گفت:» (one), «وی افزود:» (one), «به گفته کریمی‌مهر، …» (one) = 3; Samadipour is first met IN PASSING among those present at the ceremony, then speaks by surname: «صمدی‌پور اما … هشدار داد و گفت:» (multi-sentence quote, once), and by a shorter role alone: «عضو کمیسیون سلامت شورای شهر همچنین گفت که …» (one) = 2; Wang (the foreign speaker, a Chinese battery supplier\'s manager): «NAME، ROLE …، به روزنه گفت:» (one), «وانگ افزود که شرکت او …» (one) = 2 («او» in «شرکت او» refers to him and is kept in also_called).',
      'The air-quality company («بر اساس برآورد») and the Department of Environment («اعلام کرده بود») are organizations; Yadea is the speaker\'s company. Prices «۱۴۰ میلیون تومان» per motorcycle and the 90 km range per charge are kept with their basis left out; «۱۰ درصدی» is a percent; three counts share the unit موتورسیکلت (20000, 3500000, 300).',
    ],
  },
  {
    name: 'sabznameh-gatsby-hamoun-dust', site: 'sabznameh', author: 'مهدی شهرکی',
    url: 'https://sabznameh.com/news/hamoun-dust-zabol-12407/',
    title: 'هامون خشک شد؛ گردوغبار ادارات زابل را تعطیل کرد',
    kicker: 'تالاب‌ها', date: '۵ مرداد ۱۴۰۵ - ۱۱:۱۰',
    lead: 'غلظت ذرات معلق در هوای زابل امروز به ۲ هزار و ۴۰۰ میکروگرم بر مترمکعب رسید و ادارات و بانک‌های ۵ شهر شمال سیستان‌وبلوچستان تعطیل شد؛ تالاب‌های هامون اکنون بیش از ۹۵ درصد خشک هستند.',
    paras: [
      'به گزارش سبزنامه، بادهای ۱۲۰ روزه سیستان از هفته گذشته با سرعت ۸۰ کیلومتر بر ساعت می‌وزد و بر اساس آمار دانشگاه علوم پزشکی زابل، از ابتدای تیر تاکنون یک هزار و ۶۵۰ نفر با مشکلات تنفسی و چشمی به مراکز درمانی مراجعه کرده‌اند.',
      'مدیرکل حفاظت محیط زیست سیستان‌وبلوچستان بهزاد قلی‌زاده‌اصل در بازدید از بستر خشک هامون هیرمند گفت: از ۵ هزار و ۷۰۰ کیلومتر مربع وسعت تالاب‌های هامون، امروز کمتر از ۳۰۰ کیلومتر مربع آب دارد. این بستر خشک به بزرگ‌ترین کانون گردوغبار شرق کشور تبدیل شده است.',
      'وی افزود: طبق معاهده ۱۳۵۱، افغانستان باید سالانه ۸۲۰ میلیون مترمکعب از آب هیرمند را به ایران تحویل دهد، اما امسال تاکنون کمتر از ۱۵ درصد این حقابه به مرز رسیده است.',
      '## مالچ‌پاشی و نهال‌کاری',
      'در این بازدید، نسرین آقامیری، استاد اقلیم‌شناسی دانشگاه زابل، و کارشناسان منابع طبیعی استان نیز قلی‌زاده‌اصل را همراهی کردند و از پروژه مالچ‌پاشی در کانون‌های بحرانی بازدید شد.',
      'آقامیری در گفت‌وگو با سبزنامه گفت: تاکنون روی ۱۲ هزار هکتار از کانون‌های گردوغبار مالچ پاشیده شده، اما وسعت کانون‌های فعال در سیستان بیش از ۱۸۰ هزار هکتار است. مالچ بدون پوشش گیاهی تنها چند سال دوام دارد.',
      'این استاد دانشگاه زابل تصریح کرد: کاشت گونه‌های بومی مثل تاغ و گز در سه هزار هکتار آغاز شده و نرخ زنده‌مانی نهال‌ها تاکنون ۶۰ درصد بوده است.',
      'کنجی ماتسودا، کارشناس ارشد برنامه محیط زیست سازمان ملل (یونپ) در تهران، نیز در نشستی مجازی گفت: بحران هامون بدون همکاری کابل و تهران حل نمی‌شود و یونپ آماده است نشست فنی مشترک دو کشور را میزبانی کند. ماتسودا افزود که یونپ برای پایش ماهواره‌ای گردوغبار در سیستان ۲ میلیون و ۲۰۰ هزار دلار اختصاص داده است.',
      'اداره کل هواشناسی سیستان‌وبلوچستان نیز هشدار داده است که وزش باد شدید دست‌کم تا پایان هفته ادامه دارد؛ دید افقی در زابل امروز به کمتر از ۲۰۰ متر رسید.',
    ],
    tags: ['هامون', 'گردوغبار', 'زابل', 'حقابه هیرمند'],
    caption: 'بستر خشک هامون هیرمند در شمال زابل', credit: 'عکس: سبزنامه',
    related: ['حقابه هیرمند؛ پنجاه سال اختلاف', 'گوزن زرد در دشت ارژن دوباره دیده شد', 'تالاب انزلی در فهرست مونترو ماند'],
    mostRead: ['نقشه کانون‌های گردوغبار ایران', 'خشکسالی در ۲۰ استان', 'پلنگ ایرانی در پارک ملی گلستان', 'بحران آب مشهد در تابستان'],
    comments: [],
    speakers: [
      { name: 'بهزاد قلی‌زاده‌اصل', role: 'مدیرکل حفاظت محیط زیست سیستان‌وبلوچستان', also_called: ['وی', 'قلی‌زاده‌اصل'], statements: 2 },
      { name: 'نسرین آقامیری', role: 'استاد اقلیم‌شناسی دانشگاه زابل', also_called: ['آقامیری', 'این استاد دانشگاه زابل'], statements: 2 },
      { name: 'کنجی ماتسودا', role: 'کارشناس ارشد برنامه محیط زیست سازمان ملل (یونپ) در تهران', also_called: ['ماتسودا'], statements: 2 },
    ],
    speakers_never: ['دانشگاه علوم پزشکی زابل', 'اداره کل هواشناسی سیستان‌وبلوچستان', 'یونپ', 'کارشناسان منابع طبیعی استان'],
    figures: [
      { value: 2400, unit: 'میکروگرم بر مترمکعب', kind: 'measure', about: '«۲ هزار و ۴۰۰ میکروگرم بر مترمکعب» غلظت ذرات معلق (lead)' },
      { value: 5, unit: 'شهر', kind: 'count', about: 'شهرهای تعطیل‌شده (lead)' },
      { value: 95, unit: 'درصد', kind: 'percent', about: '«بیش از ۹۵ درصد» خشکی هامون (lead)' },
      { value: 80, unit: 'کیلومتر بر ساعت', kind: 'measure', about: 'سرعت باد' },
      { value: 1650, unit: 'نفر', kind: 'count', about: '«یک هزار و ۶۵۰ نفر» مراجعه‌کنندگان به مراکز درمانی' },
      { value: 5700, unit: 'کیلومتر مربع', kind: 'measure', about: 'وسعت تالاب‌های هامون' },
      { value: 300, unit: 'کیلومتر مربع', kind: 'measure', about: '«کمتر از ۳۰۰ کیلومتر مربع» پهنه آبی' },
      { value: 820000000, unit: 'مترمکعب', kind: 'measure', about: 'حقابه سالانه هیرمند (kept; «سالانه» is its basis)' },
      { value: 15, unit: 'درصد', kind: 'percent', about: '«کمتر از ۱۵ درصد» حقابه رسیده' },
      { value: 12000, unit: 'هکتار', kind: 'measure', about: 'مالچ‌پاشی' },
      { value: 180000, unit: 'هکتار', kind: 'measure', about: '«بیش از ۱۸۰ هزار هکتار» کانون‌های فعال' },
      { value: 3000, unit: 'هکتار', kind: 'measure', about: '«سه هزار هکتار» کاشت گونه‌های بومی (in words)' },
      { value: 60, unit: 'درصد', kind: 'percent', about: 'نرخ زنده‌مانی نهال‌ها' },
      { value: 2200000, unit: 'دلار', kind: 'money', about: '«۲ میلیون و ۲۰۰ هزار دلار» اعتبار یونپ' },
      { value: 200, unit: 'متر', kind: 'measure', about: '«کمتر از ۲۰۰ متر» دید افقی' },
    ],
    figures_never: ['«بادهای ۱۲۰ روزه»: the name of the seasonal wind', '«معاهده ۱۳۵۱», «امروز», «هفته گذشته», «ابتدای تیر», «امسال», «پایان هفته»: dates', '«چند سال»: vague', '«دو کشور»: anaphoric group', '«سالانه»: basis', 'the reading time, the cover placeholder, the read-also list: not body'],
    notes: [
      'An environment story of Sabznameh (an invented magazine) built with GATSBY 5: <div id="___gatsby"><div id="gatsby-focus-wrapper">, Head API metas with data-gatsby-head, gatsby-plugin-image markup (a sizing <img role="presentation">, a blurred base64 placeholder <img data-placeholder-image>, <picture> and a <noscript> copy, all with empty or caption alt), the subheading rendered by gatsby-remark-autolink-headers with an anchor link holding an inline SVG before the text (aria-label «… permalink» as an attribute only), the page-data.json preloads, window.pagePath in #gatsby-script-loader, ___chunkMapping and an empty #gatsby-announcer. The visible date is the frontmatter date without time, «۵ مرداد ۱۴۰۵», next to the author and «۴ دقیقه مطالعه»; the instant is only in the SEO component\'s JSON-LD Article, «2026-07-27T11:10:00+03:30» (the gold). Chrome: logo tagline, nav, category pill, lead (p.post-lead), cover caption line, tags, author box, «همچنین بخوانید» list, an empty Disqus placeholder under «نظرات خوانندگان», most-read, a Netlify newsletter form, footer.',
      'statements: Gholizadeh-Asl, introduced as «ROLE NAME» without commas: «… در بازدید از … گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; his later surname in «… قلی‌زاده‌اصل را همراهی کردند» is a mention, not a statement; Aghamiri is first met IN PASSING among those accompanying him, then speaks by surname: «آقامیری در گفت‌وگو با سبزنامه گفت:» (multi-sentence quote, once) and by role alone: «این استاد دانشگاه زابل تصریح کرد:» (one) = 2; Matsuda (the foreign speaker, a UNEP officer): «NAME، ROLE، نیز … گفت:» (one), «ماتسودا افزود که …» (one) = 2.',
      'The medical university («بر اساس آمار»), the provincial weather office («هشدار داده است») and UNEP are organizations; the natural-resources experts are unnamed and only present. «بادهای ۱۲۰ روزه» is the name of the wind; the yearly water right «۸۲۰ میلیون مترمکعب» is kept with its basis left out; «یک هزار و ۶۵۰ نفر» is 1650 (the «یک» is part of the number); «سه هزار هکتار» is a figure in words; area units کیلومتر مربع and هکتار are measures; the subheading is a body line.',
    ],
  },
  {
    name: 'tandorost-astro-kidney-transplant', site: 'tandorost', author: 'الهام رسولی',
    url: 'https://tandorost.media/news/30415/kidney-transplant-waiting-list/',
    title: '۲۵ هزار بیمار در انتظار پیوند کلیه؛ اهدای عضو ۱۲ درصد کاهش یافت',
    kicker: 'خبر', date: '۱۴ مرداد ۱۴۰۵ - ۱۰:۴۵',
    lead: 'شمار بیماران فهرست انتظار پیوند کلیه در کشور به حدود ۲۵ هزار نفر رسیده، در حالی که موارد اهدای عضو از بیماران مرگ مغزی در چهار ماه نخست امسال ۱۲ درصد کمتر از مدت مشابه پارسال بوده است.',
    paras: [
      'به گزارش تندرست، بر اساس آمار مرکز مدیریت پیوند و درمان بیماری‌های وزارت بهداشت، از ابتدای فروردین تا پایان تیر ۲۸۴ مورد اهدای عضو در کشور ثبت شده و با اعضای این اهداکنندگان به ۹۴۰ بیمار زندگی دوباره بخشیده شده است.',
      '## رضایت خانواده‌ها هنوز پایین است',
      'سیمین افخمی‌نژاد، رئیس انجمن اهدای عضو ایرانیان، در نشستی خبری در تهران گفت: از هر ۱۰۰ بیمار مرگ مغزی شناسایی‌شده، تنها ۴۲ خانواده به اهدای عضو رضایت می‌دهند. این رقم در اسپانیا بالای ۸۵ درصد است.',
      'وی افزود: هر روز به‌طور میانگین ۷ تا ۱۰ بیمار در فهرست انتظار پیوند اعضا جان خود را از دست می‌دهند و ۳۰ درصد بیمارستان‌های دارای بخش مراقبت‌های ویژه هنوز هماهنگ‌کننده اهدای عضو ندارند.',
      'در این نشست، فرهاد توانگر، جراح پیوند بیمارستان شهید لبافی‌نژاد، و چند تن از خانواده‌های اهداکننده نیز حضور داشتند.',
      'توانگر که تاکنون بیش از هزار و ۲۰۰ عمل پیوند کلیه انجام داده است، به تندرست گفت: هزینه دیالیز هر بیمار برای نظام سلامت سالانه حدود ۴۵۰ میلیون تومان است، در حالی که هزینه پیوند کلیه کمتر از ۲۰۰ میلیون تومان تمام می‌شود. پیوند، هم جان بیمار را نجات می‌دهد و هم هزینه را پایین می‌آورد.',
      'این جراح پیوند همچنین هشدار داد که بیش از ۶۰ درصد بیماران دیالیزی کشور در شهرهای فاقد مرکز پیوند زندگی می‌کنند و برای پیگیری درمان باید به تهران، شیراز یا مشهد سفر کنند.',
      '## برنامه وزارت بهداشت',
      'رئیس مرکز مدیریت پیوند و درمان بیماری‌های وزارت بهداشت کامران صفی‌زاده نیز در حاشیه این نشست گفت: تعرفه هماهنگ‌کنندگان اهدای عضو از مهر ۵۰ درصد افزایش می‌یابد و ۸۵ هماهنگ‌کننده تازه در بیمارستان‌های ۱۸ استان به کار گرفته می‌شوند.',
      'صفی‌زاده افزود که ثبت‌نام کارت اهدای عضو از امسال از طریق سامانه ملی سلامت انجام می‌شود و تاکنون ۱۶۰ هزار نفر در این سامانه ثبت‌نام کرده‌اند.',
      'انجمن اهدای عضو ایرانیان نیز اعلام کرده است که هفته ملی اهدای عضو امسال با برنامه‌های آموزشی در دانشگاه‌های علوم پزشکی سراسر کشور برگزار می‌شود.',
    ],
    tags: ['اهدای عضو', 'پیوند کلیه', 'مرگ مغزی', 'وزارت بهداشت'],
    caption: 'بخش پیوند کلیه یکی از بیمارستان‌های تهران', credit: 'عکس: تندرست',
    related: ['دیالیز در شهرهای کوچک؛ صف‌های طولانی', 'کارت اهدای عضو چگونه صادر می‌شود؟', 'داروی پیوندی‌ها کمیاب شد'],
    mostRead: ['۱۰ نشانه کم‌آبی بدن در گرما', 'رژیم غذایی مناسب بیماران کلیوی', 'واکسن آنفلوآنزا کی می‌رسد؟', 'خواب کافی برای نوجوانان چقدر است؟'],
    comments: [],
    extraExcludes: ['دیدگاه‌ها', 'پربازدیدهای هفته'],
    speakers: [
      { name: 'سیمین افخمی‌نژاد', role: 'رئیس انجمن اهدای عضو ایرانیان', also_called: ['وی'], statements: 2 },
      { name: 'فرهاد توانگر', role: 'جراح پیوند بیمارستان شهید لبافی‌نژاد', also_called: ['توانگر', 'این جراح پیوند'], statements: 2 },
      { name: 'کامران صفی‌زاده', role: 'رئیس مرکز مدیریت پیوند و درمان بیماری‌های وزارت بهداشت', also_called: ['صفی‌زاده'], statements: 2 },
    ],
    speakers_never: ['انجمن اهدای عضو ایرانیان', 'مرکز مدیریت پیوند و درمان بیماری‌های وزارت بهداشت', 'خانواده‌های اهداکننده'],
    figures: [
      { value: 25000, unit: 'نفر', kind: 'count', about: '«حدود ۲۵ هزار نفر» فهرست انتظار پیوند کلیه (title, lead)' },
      { value: 12, unit: 'درصد', kind: 'percent', about: 'کاهش اهدای عضو (title, lead)' },
      { value: 284, unit: 'مورد', kind: 'count', about: 'موارد اهدای عضو در چهار ماه' },
      { value: 940, unit: 'بیمار', kind: 'count', about: 'بیماران دریافت‌کننده عضو' },
      { value: 42, unit: 'خانواده', kind: 'count', about: '«از هر ۱۰۰ … تنها ۴۲ خانواده» رضایت (kept; «از هر ۱۰۰» is its basis)' },
      { value: 85, unit: 'درصد', kind: 'percent', about: '«بالای ۸۵ درصد» رضایت در اسپانیا' },
      { value: 7, unit: 'بیمار', kind: 'count', about: '«۷ تا ۱۰ بیمار» مرگ روزانه، lower end (basis «هر روز» left out)' },
      { value: 10, unit: 'بیمار', kind: 'count', about: '«۷ تا ۱۰ بیمار», upper end' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'بیمارستان‌های بدون هماهنگ‌کننده' },
      { value: 1200, unit: 'عمل', kind: 'count', about: '«بیش از هزار و ۲۰۰ عمل پیوند کلیه»' },
      { value: 450000000, unit: 'تومان', kind: 'money', about: 'هزینه سالانه دیالیز هر بیمار (basis left out)' },
      { value: 200000000, unit: 'تومان', kind: 'money', about: '«کمتر از ۲۰۰ میلیون تومان» هزینه پیوند' },
      { value: 60, unit: 'درصد', kind: 'percent', about: '«بیش از ۶۰ درصد» بیماران دیالیزی در شهرهای بی‌مرکز پیوند' },
      { value: 50, unit: 'درصد', kind: 'percent', about: 'افزایش تعرفه هماهنگ‌کنندگان' },
      { value: 85, unit: 'هماهنگ‌کننده', kind: 'count', about: 'هماهنگ‌کنندگان تازه' },
      { value: 18, unit: 'استان', kind: 'count', about: 'استان‌های محل به‌کارگیری' },
      { value: 160000, unit: 'نفر', kind: 'count', about: 'ثبت‌نام‌کنندگان کارت اهدای عضو' },
    ],
    figures_never: ['«چهار ماه نخست امسال», «ابتدای فروردین», «پایان تیر», «مهر», «امسال»: dates', '«از هر ۱۰۰», «هر روز», «سالانه»: bases', '«چند تن»: vague', '«شهید لبافی‌نژاد»: a hospital name', 'the table of contents (repeating the subheadings), the disclaimer, the reading time: not body'],
    notes: [
      'A health story of Tandorost (an invented magazine) built with ASTRO 4 (meta generator «Astro v4.16.7», data-astro-cid-… scoped attributes, /_astro/ hashed assets, view-transitions metas, the inline astro:only bootstrap); three ISLANDS: a share bar <astro-island ssr client="visible"> whose props attribute repeats the URL and title (an attribute, not text), a comments island with client="only" and no server content under «دیدگاه‌ها», and a newsletter island rendered on the server; a «فهرست مطالب» table of contents in an aside that REPEATS THE TWO SUBHEADINGS as links (the subheadings are body lines in the text; their copies in the aside are not). The date is <time datetime="2026-08-05T10:45:00+03:30"> shown as «۱۴ مرداد ۱۴۰۵» (no time), the same instant in article:published_time (the gold). Chrome: tagline, nav, category, author, reading time, lead (p.lead), cover with caption, a medical disclaimer after the text, tags, a related card grid, most-read, footer.',
      'statements: Afkhaminejad: «NAME، ROLE، در نشستی خبری … گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Tavangar is first met IN PASSING among those present, then speaks by surname: «توانگر که … به تندرست گفت:» (multi-sentence quote, once), and by role alone: «این جراح پیوند همچنین هشدار داد که …» (one) = 2; Safizadeh, introduced as «ROLE NAME» without commas: «… نیز در حاشیه این نشست گفت:» (one), «صفی‌زاده افزود که …» (one) = 2.',
      'The transplant centre («بر اساس آمار») and the donation association at the end («اعلام کرده است») speak as organizations; the donor families are present only. The range «۷ تا ۱۰ بیمار» gives two figures; «۴۲ خانواده» is kept with its basis «از هر ۱۰۰» left out (it is not turned into a percent); «۸۵ درصد» and «۸۵ هماهنگ‌کننده» are two figures; «هزار و ۲۰۰ عمل» is 1200.',
    ],
  },
  {
    name: 'tormoz-substack-car-imports', site: 'tormoz', author: 'آرش توکلی', photoAt: 1, inlineAt: 4,
    url: 'https://tormoz.substack.com/p/32600-imported-cars-spring',
    title: '۳۲ هزار خودروی وارداتی ترخیص شد؛ ۸ هزار دستگاه هنوز در گمرک مانده است',
    kicker: 'شماره ۶۴ ترمز؛ گزارش هفتگی بازار خودرو', date: '۱۷ مرداد ۱۴۰۵ - ۰۸:۰۰',
    paras: [
      'از ابتدای امسال تا پایان تیر ۳۲ هزار و ۶۰۰ دستگاه خودروی وارداتی ترخیص و به متقاضیان تحویل شده، اما حدود ۸ هزار خودرو به دلیل تأخیر در تخصیص ارز هنوز در گمرکات بندرعباس و انزلی مانده است.',
      'به گزارش ترمز، ارزش ارزی خودروهای ترخیص‌شده حدود ۶۹۰ میلیون دلار بوده و پنج برند چینی بیش از ۷۰ درصد این خودروها را به خود اختصاص داده‌اند. بیشتر این خودروها شاسی‌بلندهای کوچک و سدان‌های اقتصادی هستند.',
      'مصطفی رجب‌زاده، سخنگوی انجمن واردکنندگان خودرو، در نشست خبری هفتگی خود که روز چهارشنبه برگزار شد، گفت: هر روز توقف خودرو در گمرک برای واردکننده هزینه انبارداری دارد. برخی خودروها بیش از ۹۰ روز در بندر مانده‌اند و هزینه انبارداری هر دستگاه به ۴۵ میلیون تومان رسیده است.',
      'وی افزود: از ۱۸ هزار نفری که در سامانه یکپارچه تخصیص خودروهای وارداتی ثبت‌نام و وجه واریز کرده‌اند، ۶ هزار نفر هنوز خودروی خود را تحویل نگرفته‌اند.',
      'به گفته رجب‌زاده، قیمت خودروهای وارداتی در بازار آزاد از ابتدای سال ۳۵ درصد افزایش یافته و فاصله قیمت کارخانه و بازار در برخی مدل‌ها بیشتر شده است.',
      'نشست هفته گذشته کمیسیون صنایع و معادن مجلس درباره واردات خودرو نیز با حضور فریبا نوروزی‌ثابت، نایب‌رئیس این کمیسیون، و نمایندگان وزارت صمت و بانک مرکزی برگزار شد.',
      'نوروزی‌ثابت در گفت‌وگو با ترمز گفت: مجوز واردات ۱۲۰ هزار خودرو برای امسال صادر شده، اما با ارزی که بانک مرکزی تاکنون تخصیص داده، واردات بیش از ۴۰ هزار دستگاه ممکن نیست. مجلس از وزارت صمت گزارش دقیق خواسته است.',
      'نایب‌رئیس کمیسیون صنایع همچنین گفت که در طرح تازه مجلس، سقف قیمت خودروهای وارداتی مشمول تخصیص ارز ۲ میلیارد تومان پیشنهاد شده است.',
      'چن هایتائو، مدیر صادرات منطقه خاورمیانه شرکت چینی چری، ماه گذشته در مصاحبه با یک نشریه تخصصی خودرو در شانگهای گفته بود: بازار ایران برای ما اهمیت زیادی دارد، اما نقل‌وانتقال پول بزرگ‌ترین مانع است. به گفته چن، این شرکت سال گذشته ۱۱ هزار خودرو به ایران صادر کرده است.',
      'وزارت صمت نیز اعلام کرده است فهرست تازه خودروهای مجاز به واردات تا پایان مرداد منتشر می‌شود و تکلیف واردات خودروهای کارکرده هم در این فهرست روشن خواهد شد.',
    ],
    tags: [],
    caption: 'خودروهای وارداتی در انتظار ترخیص در بندر شهید رجایی', credit: 'عکس: ایرنا',
    related: [], mostRead: [],
    comments: [['Behrouz K.', 'خودروی من از خرداد در بندر است و هنوز کسی جواب نمی‌دهد.'], ['نیما', 'گزارش خوبی بود؛ لطفاً جدول قیمت‌ها را هم بگذارید.']],
    extraExcludes: ['شماره ۶۴ ترمز؛ گزارش هفتگی بازار خودرو', '27 Likes'],
    speakers: [
      { name: 'مصطفی رجب‌زاده', role: 'سخنگوی انجمن واردکنندگان خودرو', also_called: ['وی', 'رجب‌زاده'], statements: 3 },
      { name: 'فریبا نوروزی‌ثابت', role: 'نایب‌رئیس این کمیسیون', also_called: ['نوروزی‌ثابت', 'نایب‌رئیس کمیسیون صنایع'], statements: 2 },
      { name: 'چن هایتائو', role: 'مدیر صادرات منطقه خاورمیانه شرکت چینی چری', also_called: ['چن'], statements: 2 },
    ],
    speakers_never: ['کمیسیون صنایع و معادن مجلس', 'وزارت صمت', 'بانک مرکزی', 'انجمن واردکنندگان خودرو', 'چری'],
    figures: [
      { value: 32600, unit: 'دستگاه', kind: 'count', about: '«۳۲ هزار و ۶۰۰ دستگاه» خودروی ترخیص‌شده' },
      { value: 8000, unit: 'خودرو', kind: 'count', about: '«حدود ۸ هزار خودرو» مانده در گمرک' },
      { value: 690000000, unit: 'دلار', kind: 'money', about: '«حدود ۶۹۰ میلیون دلار» ارزش ارزی' },
      { value: 5, unit: 'برند', kind: 'count', about: '«پنج برند چینی» (in words)' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۰ درصد» سهم برندهای چینی' },
      { value: 45000000, unit: 'تومان', kind: 'money', about: 'هزینه انبارداری هر دستگاه (basis left out)' },
      { value: 18000, unit: 'نفر', kind: 'count', about: 'ثبت‌نام‌کنندگان سامانه' },
      { value: 6000, unit: 'نفر', kind: 'count', about: 'منتظران تحویل' },
      { value: 35, unit: 'درصد', kind: 'percent', about: 'افزایش قیمت خودروهای وارداتی' },
      { value: 120000, unit: 'خودرو', kind: 'count', about: 'مجوز واردات امسال' },
      { value: 40000, unit: 'دستگاه', kind: 'count', about: '«بیش از ۴۰ هزار دستگاه» سقف ممکن' },
      { value: 2000000000, unit: 'تومان', kind: 'money', about: 'سقف قیمت پیشنهادی' },
      { value: 11000, unit: 'خودرو', kind: 'count', about: 'صادرات چری به ایران در سال گذشته' },
    ],
    figures_never: ['«ابتدای امسال», «پایان تیر», «روز چهارشنبه», «هفته گذشته», «ماه گذشته», «سال گذشته», «پایان مرداد»: dates', '«بیش از ۹۰ روز»: a duration', '«هر روز توقف», «هر دستگاه»: bases', '«شماره ۶۴» in the subtitle, like and restack counts («27 Likes», «4 Restacks»): not body'],
    notes: [
      'A car-market story from TORMOZ, an invented Persian newsletter on SUBSTACK: the post page with the publication topbar in Substack\'s English UI («Subscribe», «Sign in»), h1.post-title, the issue line as h3.subtitle («شماره ۶۴ ترمز؛ گزارش هفتگی بازار خودرو», not body), the byline with the date in ENGLISH and without time, «Aug 08, 2026», the like/comment/restack/share row; the body in div.available-content > div.body.markup[dir=auto], with a CAPTIONED IMAGE (figcaption with credit) after paragraph 2 and a Persian SUBSCRIBE WIDGET («ترمز را رایگان دریافت کنید؛ هر شنبه صبح در ایمیل شما.» with an English «Type your email…» / «Subscribe» form) after paragraph 5, both INSIDE the body container, and a «Share» button paragraph at its end; after the post: «27 Likes ∙ 4 Restacks», «Ready for more?», «Discussion about this post» with two comments (one by a Latin-named reader), the Substack footer («Privacy ∙ Terms ∙ Collection notice», «Start writing», «Get the app», «Substack is the home for great culture»). The instant is only in the JSON-LD NewsArticle, datePublished «2026-08-08T04:30:00+00:00» (UTC), and window._preloads (post_date «2026-08-08T04:30:00.000Z»): the gold is 2026-08-08T08:00:00+03:30. window._preloads also carries the whole text again as body_html inside a JSON string. The page is given lang="fa" dir="rtl" (the publication\'s language set to Persian) while the UI strings stay English. The newsletter has no lead field: the first body paragraph is the lead.',
      'statements: Rajabzadeh: «NAME، ROLE، در نشست خبری … گفت:» (multi-sentence quote, once), «وی افزود:» (one), «به گفته رجب‌زاده، …» (one) = 3; Norouzi-Sabet is first met IN PASSING at the parliamentary commission\'s meeting, with the role «نایب‌رئیس این کمیسیون» (that is how the body first gives it), then speaks by surname: «نوروزی‌ثابت در گفت‌وگو با ترمز گفت:» (multi-sentence quote, once), and by a fuller role alone: «نایب‌رئیس کمیسیون صنایع همچنین گفت که …» (one) = 2; Chen (the foreign speaker, a Chery export manager): «NAME، ROLE، … گفته بود:» (one), «به گفته چن، …» (one) = 2.',
      'The ministry («اعلام کرده است»), the central bank, the commission and the importers\' association are organizations; Chery is the speaker\'s company. Units as the text counts: دستگاه (32600, 40000), خودرو (8000, 120000, 11000), نفر (18000, 6000); «پنج برند» is a count in words; the storage cost per car is kept with its basis left out.',
    ],
  },
  {
    name: 'pishran-webflow-vc-spring', site: 'pishran', author: 'نیما فرجی', photoAt: 4,
    url: 'https://www.pishran.media/posts/vc-investment-spring-1405',
    title: 'سرمایه‌گذاری جسورانه در استارتاپ‌ها در بهار ۳۸ درصد افت کرد',
    kicker: 'سرمایه‌گذاری', date: '۱۹ مرداد ۱۴۰۵ - ۰۹:۳۰',
    lead: 'ارزش سرمایه‌گذاری صندوق‌های جسورانه در استارتاپ‌های ایرانی در سه ماه نخست امسال به ۲ هزار و ۱۰۰ میلیارد تومان رسید که ۳۸ درصد کمتر از بهار پارسال است؛ شمار قراردادها نیز از ۶۴ به ۴۱ کاهش یافت.',
    paras: [
      'به گزارش پیشران، بر اساس گزارش فصلی انجمن سرمایه‌گذاری خطرپذیر ایران، بیشترین سرمایه به استارتاپ‌های حوزه سلامت دیجیتال و لجستیک رسیده و سهم این دو حوزه از کل سرمایه‌گذاری‌ها ۵۵ درصد بوده است. میانگین ارزش هر قرارداد نیز حدود ۵۱ میلیارد تومان بوده است.',
      'رئیس هیئت‌مدیره انجمن سرمایه‌گذاری خطرپذیر ایران علی‌اکبر مهرپویا در رویداد «روز سرمایه‌گذاری» که دیروز در پارک فناوری پردیس برگزار شد، گفت: افت سرمایه‌گذاری بیشتر به نااطمینانی اقتصادی و محدودیت‌های اینترنت برمی‌گردد تا کمبود پول. صندوق‌های عضو انجمن امسال ۸ هزار میلیارد تومان منابع آماده سرمایه‌گذاری دارند.',
      'وی افزود: از ۱۰ هزار و ۲۰۰ شرکت دانش‌بنیان کشور، حدود ۱۵ درصد استارتاپ‌های نرم‌افزاری هستند که بیش از همه از فیلترینگ و کندی اینترنت آسیب دیده‌اند. این شرکت‌ها برای جذب مشتری خارجی هم با مشکل پرداخت بین‌المللی روبه‌رو هستند.',
      'در این رویداد که نیلوفر صدری‌زاده، مدیرعامل صندوق جسورانه فیروزه پارس، و نمایندگان ده‌ها استارتاپ نیز حضور داشتند، ۶ استارتاپ طرح‌های خود را برای جذب سرمایه ارائه کردند.',
      'صدری‌زاده در حاشیه این رویداد به پیشران گفت: صندوق‌ها محتاط‌تر شده‌اند، نه کم‌پول‌تر. ما امسال تنها در چهار شرکت سرمایه‌گذاری کرده‌ایم، در حالی که پارسال در همین مدت ۹ شرکت را تأمین مالی کرده بودیم.',
      'به گفته این مدیرعامل صندوق جسورانه، ارزش‌گذاری استارتاپ‌ها در دور اول جذب سرمایه طی یک سال گذشته به‌طور میانگین ۳۰ درصد پایین آمده است.',
      'کاوه زرین‌قلم، هم‌بنیان‌گذار استارتاپ لجستیکی بارنت، که در همین رویداد ۹۰ میلیارد تومان سرمایه جذب کرد، گفت: با این سرمایه ناوگان خود را در ۱۲ شهر به ۳ هزار و ۴۰۰ راننده می‌رسانیم. بیش از ۷۰ درصد سفارش‌های ما از فروشگاه‌های اینترنتی کوچک است.',
      'زرین‌قلم افزود که بارنت سال گذشته ۴ میلیون مرسوله جابه‌جا کرده است.',
      'انجمن سرمایه‌گذاری خطرپذیر ایران اعلام کرده است گزارش کامل تابستان را در مهر منتشر می‌کند؛ گزارشی که برای نخستین بار سرمایه‌گذاری فرشتگان کسب‌وکار و شتاب‌دهنده‌ها را هم در بر می‌گیرد.',
    ],
    tags: ['سرمایه‌گذاری جسورانه', 'استارتاپ', 'روز سرمایه‌گذاری', 'لجستیک'],
    caption: 'ارائه استارتاپ‌ها در رویداد روز سرمایه‌گذاری در پارک فناوری پردیس', credit: 'عکس: پیشران',
    related: ['نقشه صندوق‌های جسورانه ایران در ۱۴۰۵', 'گفت‌وگو با بنیان‌گذار یک استارتاپ سلامت دیجیتال', 'چرا استارتاپ‌های لجستیک رشد کردند؟'],
    mostRead: ['۱۰ استارتاپ پرسرمایه سال گذشته', 'راهنمای جذب سرمایه بذری', 'فیلترینگ و هزینه کسب‌وکارهای آنلاین', 'مصاحبه با مدیر یک شتاب‌دهنده'],
    comments: [],
    extraExcludes: ['شتاب‌دهنده‌ای که با شما تا جذب سرمایه می‌آید'],
    speakers: [
      { name: 'علی‌اکبر مهرپویا', role: 'رئیس هیئت‌مدیره انجمن سرمایه‌گذاری خطرپذیر ایران', also_called: ['وی'], statements: 2 },
      { name: 'نیلوفر صدری‌زاده', role: 'مدیرعامل صندوق جسورانه فیروزه پارس', also_called: ['صدری‌زاده', 'این مدیرعامل صندوق جسورانه'], statements: 2 },
      { name: 'کاوه زرین‌قلم', role: 'هم‌بنیان‌گذار استارتاپ لجستیکی بارنت', also_called: ['زرین‌قلم'], statements: 2 },
    ],
    speakers_never: ['انجمن سرمایه‌گذاری خطرپذیر ایران', 'پارک فناوری پردیس', 'بارنت'],
    figures: [
      { value: 2100000000000, unit: 'تومان', kind: 'money', about: '«۲ هزار و ۱۰۰ میلیارد تومان» سرمایه‌گذاری بهار (lead)' },
      { value: 38, unit: 'درصد', kind: 'percent', about: 'افت نسبت به بهار پارسال (title, lead)' },
      { value: 64, unit: 'قرارداد', kind: 'count', about: '«شمار قراردادها … از ۶۴» (unit from «قراردادها»)' },
      { value: 41, unit: 'قرارداد', kind: 'count', about: '«… به ۴۱» قرارداد' },
      { value: 55, unit: 'درصد', kind: 'percent', about: 'سهم سلامت دیجیتال و لجستیک' },
      { value: 51000000000, unit: 'تومان', kind: 'money', about: 'میانگین ارزش هر قرارداد (basis left out)' },
      { value: 8000000000000, unit: 'تومان', kind: 'money', about: '«۸ هزار میلیارد تومان» منابع صندوق‌ها' },
      { value: 10200, unit: 'شرکت', kind: 'count', about: '«۱۰ هزار و ۲۰۰ شرکت دانش‌بنیان»' },
      { value: 15, unit: 'درصد', kind: 'percent', about: 'سهم استارتاپ‌های نرم‌افزاری' },
      { value: 6, unit: 'استارتاپ', kind: 'count', about: 'استارتاپ‌های ارائه‌دهنده' },
      { value: 4, unit: 'شرکت', kind: 'count', about: '«چهار شرکت» سرمایه‌پذیر امسال (in words)' },
      { value: 9, unit: 'شرکت', kind: 'count', about: 'شرکت‌های تأمین مالی‌شده پارسال' },
      { value: 30, unit: 'درصد', kind: 'percent', about: 'افت ارزش‌گذاری' },
      { value: 90000000000, unit: 'تومان', kind: 'money', about: 'سرمایه جذب‌شده بارنت' },
      { value: 12, unit: 'شهر', kind: 'count', about: 'شهرهای فعالیت بارنت' },
      { value: 3400, unit: 'راننده', kind: 'count', about: '«۳ هزار و ۴۰۰ راننده»' },
      { value: 70, unit: 'درصد', kind: 'percent', about: '«بیش از ۷۰ درصد» سفارش‌های فروشگاه‌های کوچک' },
      { value: 4000000, unit: 'مرسوله', kind: 'count', about: '«۴ میلیون مرسوله» سال گذشته' },
    ],
    figures_never: ['«سه ماه نخست امسال», «بهار پارسال», «دیروز», «پارسال», «یک سال گذشته», «سال گذشته», «مهر»: dates and durations', '«دور اول», «نخستین بار»: ordinals', '«ده‌ها استارتاپ»: vague', '«این دو حوزه»: anaphoric group', 'the sponsor banner, the hidden update block, the form messages: not body'],
    notes: [
      'A startup-investment story of Pishran (an invented magazine) on WEBFLOW: the «This site was created in Webflow» comment and a «Last Published» comment in UTC (the site\'s last publish, 130 minutes after the story, not its date) BEFORE the <html> tag, <html data-wf-domain data-wf-page data-wf-site data-wf-collection data-wf-item-slug lang="fa" dir="rtl">, the w-mod-js inline script, a w-nav navbar with a «منو» menu button, a CMS template page: category tag (w-inline-block), title, summary paragraph (p.article-summary = the lead), a plain-text Jalali date field WITHOUT time «۱۹ مرداد ۱۴۰۵», author and «۵ دقیقه مطالعه»; an «آخرین به‌روزرسانی این گزارش:» block with w-condition-invisible (hidden by Webflow\'s CSS but present in the DOM); the cover; the body a w-richtext block with a CAPTIONED w-richtext-figure after paragraph 5; tags as a w-dyn-list; share links; a sponsor banner («حامی این بخش»); related and most-read w-dyn-lists; a w-form newsletter whose success («ممنون! عضویت شما در خبرنامه ثبت شد.») and failure («مشکلی پیش آمد. لطفاً دوباره تلاش کنید.») messages sit in the markup; footer; jQuery from Webflow\'s CDN. The instant is only in a custom-code JSON-LD in Webflow\'s ISO date format, UTC with milliseconds, «2026-08-10T06:00:00.000Z»: the gold is 2026-08-10T09:30:00+03:30.',
      'statements: Mehrpouya, introduced as «ROLE NAME» without commas: «… در رویداد … گفت:» (multi-sentence quote, once), «وی افزود:» (one) = 2; Sadrizadeh is first met IN PASSING among those present at the event, then speaks by surname: «صدری‌زاده … به پیشران گفت:» (multi-sentence quote, once), and by role alone: «به گفته این مدیرعامل صندوق جسورانه، …» (one) = 2; Zarrin-Ghalam: «NAME، ROLE، که … جذب کرد، گفت:» (multi-sentence quote, once), «زرین‌قلم افزود که …» (one) = 2.',
      'The VC association speaks as an organization («بر اساس گزارش», «اعلام کرده است»); Barnet is the speaker\'s startup. «شمار قراردادها نیز از ۶۴ به ۴۱» gives two counts of قرارداد; «چهار شرکت» is a count in words; «ده‌ها استارتاپ» is vague.',
    ],
  },
  {
    name: 'rahavard-squarespace-kashan-houses', site: 'rahavard', author: 'سپیده کاشانی‌فرد',
    url: 'https://www.rahavard-mag.com/journal/kashan-historic-houses-42-hotels',
    title: '۴۲ خانه تاریخی کاشان به اقامتگاه تبدیل شد',
    kicker: 'میراث', date: '۲۱ مرداد ۱۴۰۵ - ۱۰:۴۰',
    lead: 'با بهره‌برداری از ۶ خانه تاریخی مرمت‌شده در بافت قدیم کاشان، شمار خانه‌های تاریخی این شهر که به اقامتگاه گردشگری تبدیل شده‌اند به ۴۲ رسید؛ ظرفیت این اقامتگاه‌ها اکنون ۹۵۰ تخت است.',
    paras: [
      'به گزارش ره‌آورد، مرمت این شش خانه که بیشتر آنها به دوره قاجار تعلق دارند، حدود سه سال طول کشیده و ۱۸۵ میلیارد تومان هزینه داشته است. ۷۰ درصد این هزینه را سرمایه‌گذاران خصوصی و بقیه را صندوق احیا و بهره‌برداری از بناها و اماکن تاریخی و فرهنگی پرداخت کرده‌اند.',
      'رحیم سبحانی‌راد، مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان اصفهان، روز سه‌شنبه در آیین بهره‌برداری از این خانه‌ها گفت: بافت تاریخی کاشان بیش از ۲۰۰ خانه ثبت‌شده دارد و هدف ما این است که تا پایان برنامه هفتم توسعه دست‌کم ۶۰ خانه دیگر مرمت و بهره‌برداری شود.',
      'وی افزود: شمار گردشگران خارجی کاشان در بهار امسال به ۲۳ هزار نفر رسیده که ۱۹ درصد بیشتر از بهار پارسال است. به گفته سبحانی‌راد، اقامتگاه‌های بافت تاریخی نیز در این مدت به‌طور میانگین ۶۸ درصد ضریب اشغال داشته‌اند.',
      'در این آیین از شیرین مستوفی، معمار مرمتگری که طراحی مرمت خانه‌های شریفیان و ملاباشی را بر عهده داشت، و ۱۴ استادکار سنتی تقدیر شد.',
      'مستوفی در گفت‌وگو با ره‌آورد گفت: در مرمت این خانه‌ها بیش از ۴۰۰ هزار خشت سنتی در کوره‌های محلی پخته و به کار رفته است. بزرگ‌ترین خطر برای این بناها رطوبت و فرونشست زمین است، نه کهنگی.',
      'این معمار مرمتگر هشدار داد که فرونشست زمین در برخی محله‌های بافت تاریخی کاشان به ۸ سانتی‌متر در سال رسیده و ترک‌های تازه در دیوار دست‌کم ۱۱ بنای ثبت‌شده دیده می‌شود.',
      'مارکو بلینی، مشاور ایتالیایی پروژه و استاد مرمت دانشگاه فلورانس، که از ابتدای کار در کاشان حضور داشته، گفت: کیفیت کار استادکاران کاشانی در سطح بهترین پروژه‌های مرمت اروپا است. اکنون باید آموزش نسل تازه استادکاران را جدی گرفت؛ بیشتر استادکاران این پروژه بالای ۵۵ سال سن دارند.',
      'بلینی افزود که دانشگاه فلورانس آماده است هر سال ۱۵ دانشجوی ایرانی رشته مرمت را برای دوره‌های کوتاه‌مدت بپذیرد.',
      'اداره کل میراث فرهنگی استان اصفهان نیز اعلام کرد نرخ اقامت در خانه‌های تازه‌افتتاح‌شده از شبی ۳ میلیون تومان آغاز می‌شود.',
    ],
    tags: ['کاشان', 'خانه‌های تاریخی', 'مرمت', 'اقامتگاه سنتی'],
    caption: 'حیاط خانه شریفیان پس از مرمت', credit: 'عکس از ره‌آورد',
    related: ['یک روز در بازار کاشان', 'سفر به ابیانه در تابستان'],
    mostRead: ['راهنمای سفر به یزد در پاییز', 'کاروانسراهای جاده ابریشم', 'بهترین زمان سفر به قشم'],
    comments: [],
    speakers: [
      { name: 'رحیم سبحانی‌راد', role: 'مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان اصفهان', also_called: ['وی', 'سبحانی‌راد'], statements: 3 },
      { name: 'شیرین مستوفی', role: 'معمار مرمتگر', also_called: ['مستوفی', 'این معمار مرمتگر'], statements: 2 },
      { name: 'مارکو بلینی', role: 'مشاور ایتالیایی پروژه و استاد مرمت دانشگاه فلورانس', also_called: ['بلینی'], statements: 2 },
    ],
    speakers_never: ['صندوق احیا و بهره‌برداری از بناها و اماکن تاریخی و فرهنگی', 'اداره کل میراث فرهنگی استان اصفهان', 'دانشگاه فلورانس'],
    figures: [
      { value: 6, unit: 'خانه', kind: 'count', about: '«۶ خانه تاریخی» تازه (lead; «این شش خانه» in words later)' },
      { value: 42, unit: 'خانه', kind: 'count', about: 'خانه‌های تبدیل‌شده به اقامتگاه (title, lead)' },
      { value: 950, unit: 'تخت', kind: 'count', about: 'ظرفیت اقامتگاه‌ها (lead)' },
      { value: 185000000000, unit: 'تومان', kind: 'money', about: '«۱۸۵ میلیارد تومان» هزینه مرمت' },
      { value: 70, unit: 'درصد', kind: 'percent', about: 'سهم سرمایه‌گذاران خصوصی' },
      { value: 200, unit: 'خانه', kind: 'count', about: '«بیش از ۲۰۰ خانه ثبت‌شده»' },
      { value: 60, unit: 'خانه', kind: 'count', about: '«دست‌کم ۶۰ خانه دیگر» هدف' },
      { value: 23000, unit: 'نفر', kind: 'count', about: 'گردشگران خارجی بهار' },
      { value: 19, unit: 'درصد', kind: 'percent', about: 'رشد گردشگران خارجی' },
      { value: 68, unit: 'درصد', kind: 'percent', about: 'ضریب اشغال' },
      { value: 14, unit: 'استادکار', kind: 'count', about: 'استادکاران تقدیرشده' },
      { value: 400000, unit: 'خشت', kind: 'count', about: '«بیش از ۴۰۰ هزار خشت»' },
      { value: 8, unit: 'سانتی‌متر', kind: 'measure', about: 'فرونشست «۸ سانتی‌متر در سال» (basis left out)' },
      { value: 11, unit: 'بنا', kind: 'count', about: '«دست‌کم ۱۱ بنای ثبت‌شده»' },
      { value: 15, unit: 'دانشجو', kind: 'count', about: 'دانشجویان ایرانی هر سال (basis left out)' },
      { value: 3000000, unit: 'تومان', kind: 'money', about: 'نرخ اقامت «از شبی ۳ میلیون تومان» (basis left out)' },
    ],
    figures_never: ['«دوره قاجار», «روز سه‌شنبه», «بهار امسال», «بهار پارسال», «ابتدای کار»: dates', '«سه سال»: a duration', '«برنامه هفتم توسعه»: ordinal name', '«بالای ۵۵ سال سن»: an age', '«در سال», «هر سال», «شبی»: bases', 'the newsletter block between the body blocks, the cookie banner, the English date: not body'],
    notes: [
      'A heritage story of Rahavard (an invented travel and heritage quarterly) on SQUARESPACE 7.1: the «This is Squarespace.» comment, <html … lang="fa-IR" dir="rtl">, a lowercase <!doctype html>, Static.SQUARESPACE_CONTEXT with the website\'s timeZone «Asia/Tehran» and offset 12600000 ms, the announcement bar, the header tagline and nav, a blog item article.entry.h-entry with the category above the title (h1.entry-title[data-content-field="title"]), the byline and <time class="dt-published" datetime="2026-08-12"> shown in ENGLISH, «August 12, 2026» (no time); the body in .sqs-layout rows of html blocks (<p style="white-space:pre-wrap;">): the lead as a bold first block, then an IMAGE BLOCK with its caption, then the first half of the text, then a NEWSLETTER BLOCK («در خبرنامه ره‌آورد عضو شوید», «ما با ارسال ایمیل شما را آزار نمی‌دهیم.», a hidden «سپاس! عضویت شما ثبت شد.») INSIDE the content layout, then the second half; tags, share links, a «نظر بدهید» comments link (the comments load by script), the previous/next item pagination with the neighbours\' titles («مطلب قبلی», «مطلب بعدی»), a most-read summary block, footer, cookie banner. The instant is in <meta itemprop="datePublished"> and the JSON-LD Article as «2026-08-12T10:40:00+0330» (offset WITHOUT colon): the gold is 2026-08-12T10:40:00+03:30.',
      'statements: Sobhanirad: «NAME، ROLE، روز سه‌شنبه … گفت:» (one), «وی افزود:» (one), «به گفته سبحانی‌راد، …» (one) = 3; Mostofi is first met IN PASSING as honoured at the ceremony («از NAME، معمار مرمتگری که … بر عهده داشت، … تقدیر شد»), then speaks by surname: «مستوفی در گفت‌وگو با ره‌آورد گفت:» (multi-sentence quote, once), and by role alone: «این معمار مرمتگر هشدار داد که …» (one) = 2; her role is «معمار مرمتگر» (the relative clause after it is description); Belini (the foreign speaker, an Italian adviser): «NAME، ROLE، که … حضور داشته، گفت:» (multi-sentence quote, once), «بلینی افزود که …» (one) = 2.',
      'The restoration fund («پرداخت کرده‌اند») and the provincial heritage office («اعلام کرد») are organizations; the 14 master builders are unnamed. «۶ خانه» (and «این شش خانه»), «۴۲», «۲۰۰» and «۶۰ خانه» are four counts of خانه; the subsidence rate per year, the 15 students per year and the nightly rate «شبی ۳ میلیون تومان» are kept with their basis left out; ages («بالای ۵۵ سال سن») and «سه سال» are not figures.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Two pages that are not articles (page text and figures written for this set).
// ---------------------------------------------------------------------------------------------

/** [title, subtitle, English date, likes, comments] of Tormoz's archive. */
const ARCHIVE: [string, string, string, number, number][] = [
  ['۳۲ هزار خودروی وارداتی ترخیص شد؛ ۸ هزار دستگاه هنوز در گمرک مانده است', 'شماره ۶۴ ترمز؛ گزارش هفتگی بازار خودرو', 'Aug 8', 27, 2],
  ['قیمت کارخانه‌ای سه محصول ایران‌خودرو ۱۸ درصد بالا رفت', 'شماره ۶۳ ترمز؛ شورای رقابت، فروش فوق‌العاده و بازار دست‌دوم', 'Aug 1', 19, 5],
  ['بازار خودروهای برقی؛ ۱۲۰۰ دستگاه در چهار ماه', 'شماره ۶۲ ترمز؛ تعرفه صفر، شارژرها و خریداران', 'Jul 25', 31, 8],
  ['گزارش ویژه: چرا قرعه‌کشی سامانه یکپارچه عقب افتاد؟', 'یادداشت سردبیر درباره تعویق‌های تابستان', 'Jul 21', 44, 12],
  ['قطعه‌سازان ۹۰ همت از خودروسازان طلب دارند', 'شماره ۶۱ ترمز؛ زنجیره تأمین و کمبود قطعه', 'Jul 18', 22, 3],
  ['پلاک ملی خودروهای مناطق آزاد؛ قانون تازه چه می‌گوید؟', 'شماره ۶۰ ترمز؛ پرسش و پاسخ خوانندگان', 'Jul 11', 17, 9],
  ['بیمه بدنه گران شد؛ جدول نرخ‌های ۱۴۰۵', 'شماره ۵۹ ترمز؛ بیمه، مالیات و هزینه نگهداری', 'Jul 4', 25, 6],
];

function tormozArchive(): NonArt {
  const title = 'ترمز';
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>Archive - ترمز</title>
<meta name="description" content="گزارش هفتگی بازار خودروی ایران: واردات، قیمت‌ها، قرعه‌کشی‌ها و قانون‌ها. Click to read ترمز, a Substack publication.">
<meta property="og:type" content="website">
<meta property="og:title" content="ترمز | Substack">
<link rel="canonical" href="https://tormoz.substack.com/archive">
<link rel="alternate" type="application/rss+xml" href="https://tormoz.substack.com/feed" title="ترمز">
<link rel="stylesheet" href="https://substackcdn.com/bundle/static/css/main.7f3a1c92.css">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a class="navbar-logo-container" href="/"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80,h_80/tormoz-logo.png" alt="ترمز"></a><h1 class="navbar-title"><a class="navbar-title-link" href="/">${title}</a></h1><div class="navbar-buttons"><button class="button primary subscribe-btn" type="button">Subscribe</button><a class="button sign-in-link" href="https://substack.com/sign-in?redirect=%2Farchive&amp;for_pub=tormoz">Sign in</a></div></div>
<div class="topbar-nav"><a href="/">Home</a> <a href="/s/weekly">هفتگی</a> <a href="/s/qa">پرسش و پاسخ</a> <a class="active" href="/archive">Archive</a> <a href="/about">About</a></div></div>
<div class="container archive-page"><div class="portable-archive">
<div class="portable-archive-tabs"><a class="active" href="/archive?sort=new">Latest</a> <a href="/archive?sort=top">Top</a> <a href="/archive?sort=community">Discussions</a> <input type="search" class="archive-search" placeholder="Search"></div>
<div class="portable-archive-list">
${ARCHIVE.map(([t, s, d, likes, cmt], i) => `<div class="post-preview portable-archive-post" data-testid="post-preview-${i}"><div class="post-preview-content"><a class="post-preview-title newsletter" dir="auto" href="https://tormoz.substack.com/p/issue-${64 - i}">${esc(t)}</a><a class="post-preview-description" dir="auto" href="https://tormoz.substack.com/p/issue-${64 - i}">${esc(s)}</a><div class="post-preview-meta"><time datetime="2026-${d.startsWith('Aug') ? '08' : '07'}-${d.split(' ')[1].padStart(2, '0')}T04:30:00.000Z">${d}</time> ∙ <span class="post-preview-byline">آرش توکلی</span></div><div class="post-ufi"><span class="like-count">${likes}</span> <span class="comment-count">${cmt}</span> <button type="button" aria-label="Share">Share</button></div></div><div class="post-preview-image"><img src="https://substackcdn.com/image/fetch/w_320,h_213,c_fill/issue-${64 - i}.jpeg" alt="" loading="lazy"></div></div>`).join('\n')}
</div>
<button class="button load-more" type="button">Load more</button>
</div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">© 2026 آرش توکلی</div><div class="footer-terms"><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><a class="footer-substack-cta" href="https://substack.com/signup">Start writing</a> <a href="https://substack.com/app/app-store-redirect">Get the app</a><p class="footer-substack-tag"><a href="https://substack.com">Substack</a> is the home for great culture</p></div></div>
</div></div>
<script>window._preloads = JSON.parse(${JSON.stringify(JSON.stringify({ isEU: false, language: 'en', pub: { id: 2381904, name: 'ترمز', subdomain: 'tormoz', language: 'fa' }, archive: { sort: 'new', posts: ARCHIVE.map(([t, s], i) => ({ id: 149000 + i, title: t, subtitle: s, slug: `issue-${64 - i}` })) } })).replace(/</g, '\\u003c')})</script>
</body>
</html>
`;
  return { name: 'nonarticle-tormoz-substack-archive', markup: 'substack-archive-tormoz', url: 'https://tormoz.substack.com/archive?sort=new', title, html,
    notes: ['The ARCHIVE page of a Persian newsletter on Substack (Tormoz, invented): the publication name as the topbar <h1> (no archive heading), English UI («Subscribe», «Sign in», «Latest / Top / Discussions», «Search», «Load more», «Share»), seven post previews each with a Persian title, the issue subtitle, an English short date («Aug 8»), the author, like and comment counts and a thumbnail, the Substack footer, and window._preloads with the list. Headlines with numbers («۱۸ درصد», «۱۲۰۰ دستگاه», «۹۰ همت») but no running text: not an article. The first preview is this set\'s Substack article.'] };
}

/** [title, snippet, date, section] of Roozaneh's search results. */
const RESULTS: [string, string, string, string][] = [
  ['شهرداری تهران ۲۰ هزار موتورسیکلت برقی را تا پایان سال تحویل می‌دهد', 'شهرداری تهران تا پایان امسال ۲۰ هزار موتورسیکلت برقی را با تسهیلات ارزان‌قیمت به پیک‌ها و موتورسواران شاغل …', '۱۲ مرداد ۱۴۰۵', 'شهری'],
  ['طرح اسقاط موتورسیکلت‌های فرسوده از شهریور اجرا می‌شود', '… موتورسیکلت‌های کاربراتوری با عمر بیش از ۱۰ سال در ازای دریافت تسهیلات خرید موتورسیکلت برقی …', '۴ مرداد ۱۴۰۵', 'شهری'],
  ['ایستگاه‌های شارژ خودروی برقی در تهران به ۶۰ رسید', 'شمار ایستگاه‌های شارژ عمومی خودرو و موتورسیکلت برقی در پایتخت به ۶۰ رسید که بیشتر آنها در …', '۲۹ تیر ۱۴۰۵', 'شهری'],
  ['واردات موتورسیکلت برقی بدون تعرفه شد', 'هیئت وزیران تعرفه واردات موتورسیکلت برقی را تا پایان سال صفر کرد؛ واردکنندگان می‌گویند …', '۱۸ تیر ۱۴۰۵', 'اقتصادی'],
  ['پیک‌های موتوری بیمه می‌شوند', '… بیمه تأمین اجتماعی پیک‌های موتوری شرکت‌های اینترنتی از مهر اجرا می‌شود و موتورسیکلت برقی …', '۳ تیر ۱۴۰۵', 'اجتماعی'],
];

function roozanehSearch(): NonArt {
  const q = 'موتورسیکلت برقی';
  const title = `نتایج جستجو برای «${q}»`;
  const html = `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>جستجو: ${q} | روزنه</title>
<meta name="robots" content="noindex, follow"/>
<meta name="next-head-count" content="4"/>
<link rel="stylesheet" href="/_next/static/css/a81c3f0e92d4b7c5.css" data-n-g=""/>
<script src="/_next/static/chunks/pages/search-6e1b0c9d2a7f3e45.js" defer=""></script>
</head>
<body>
<div id="__next">
<header class="Header_header__Q2m7x"><div class="Header_top__1xVb0"><span>سه‌شنبه ${persian(13)} مرداد ${persian(1405)}</span> <a href="/archive">آرشیو</a> <a href="/rss">RSS</a></div>
<div class="Header_brand__d8Ks2"><a href="/"><img alt="روزنه" loading="lazy" width="132" height="40" decoding="async" data-nimg="1" src="/logo.svg"/></a></div>
<nav class="Header_nav__7tRw4"><a href="/politics">سیاسی</a> <a href="/economy">اقتصادی</a> <a href="/city">شهری</a> <a href="/society">اجتماعی</a> <a href="/world">جهان</a> <a href="/sport">ورزش</a> <a href="/video">ویدیو</a></nav></header>
<main class="Search_main__pQ4w1">
<form action="/search" class="Search_form__s8Kd2"><input type="search" name="q" value="${q}"/><select name="section"><option>همه بخش‌ها</option><option>شهری</option><option>اقتصادی</option><option>اجتماعی</option></select><select name="sort"><option>جدیدترین</option><option>مرتبط‌ترین</option></select><button type="submit">جستجو</button></form>
<h1 class="Search_title__3nV0x">${title}</h1>
<p class="Search_count__aW2mE">${persian(38)} نتیجه؛ صفحه ${persian(1)} از ${persian(8)}</p>
<ul class="Search_results__t1Qz8">
${RESULTS.map(([t, s, d, sec], i) => `<li class="Search_item__Vd7cE"><a href="/news/${58317 - i * 141}"><img alt="" loading="lazy" width="160" height="90" decoding="async" data-nimg="1" src="/_next/image?url=https%3A%2F%2Fcdn.roozaneh.news%2Fthumbs%2F${58317 - i * 141}.jpg&amp;w=384&amp;q=75"/><h2>${esc(t)}</h2></a><p>${esc(s)}</p><div class="Search_meta__Q8lrz"><span>${d}</span> · <span>${sec}</span></div></li>`).join('\n')}
</ul>
<nav class="Pagination_root__k2Xf9"><span aria-current="page">${persian(1)}</span> <a href="/search?q=${encodeURIComponent(q)}&amp;page=2">${persian(2)}</a> <a href="/search?q=${encodeURIComponent(q)}&amp;page=3">${persian(3)}</a> … <a href="/search?q=${encodeURIComponent(q)}&amp;page=8">${persian(8)}</a> <a href="/search?q=${encodeURIComponent(q)}&amp;page=2">صفحه بعد</a></nav>
</main>
<footer class="Footer_footer__kT3bM"><nav><a href="/about">درباره روزنه</a> <a href="/contact">تماس با ما</a> <a href="/ads">آگهی</a></nav><p>همه حقوق این وب‌سایت برای رسانه روزنه محفوظ است.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">${js({ props: { pageProps: { q, total: 38, page: 1, pages: 8, results: RESULTS.map(([t, s, d, sec], i) => ({ id: 58317 - i * 141, title: t, snippet: s, date: d, section: sec })) }, __N_SSP: true }, page: '/search', query: { q }, buildId: 'rZ7kP2mQx9', isFallback: false, gssp: true, scriptLoader: [] })}</script>
</body>
</html>
`;
  return { name: 'nonarticle-roozaneh-nextjs-search', markup: 'nextjs-search-roozaneh', url: `https://roozaneh.news/search?q=${encodeURIComponent(q)}`, title, html,
    notes: ['The SEARCH RESULTS page of the Next.js news site of this set (Roozaneh, invented; noindex): the same header and footer as its article page, a search form with the query, section and sort selects, «نتایج جستجو برای «موتورسیکلت برقی»» as <h1>, a count line «۳۸ نتیجه؛ صفحه ۱ از ۸», five results with thumbnail, title, a cut snippet ending or starting with «…», date and section, a pager, and __NEXT_DATA__ (page «/search») carrying the same results as JSON. The first result is this set\'s Next.js article with its lead cut: snippets of many stories, not an article.'] };
}

const NON_ARTICLES: NonArt[] = [tormozArchive(), roozanehSearch()];

// ---------------------------------------------------------------------------------------------
// Build and check.
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runWrittenSet(
    { out: OUT, sites: SITES, source: { corpus: 'written for heldout28', heldout: true, synthetic_markup: true, synthetic_text: true }, idDigits: 5, fallbackId: '41207', siteNameShown: true },
    {
      articles: ARTICLES, nonArticles: NON_ARTICLES, arabicTyped: new Set<string>(),
      check: { noDoctype: new Set<string>(), minExcludes: 6, wordRange: [330, 450], zwnjInCleanBody: true, unitsNotWritten: [] },
    },
  );
}
