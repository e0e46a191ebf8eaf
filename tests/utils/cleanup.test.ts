import { describe, it, expect } from 'vitest';
import { cleanParagraphs, cloneWithoutChrome, removeChrome } from '../../utils/cleanup';
import { parseHtml } from '../../scripts/lib/dom';

const BODY = [
  'به گزارش خبرنگار ایسنا، رئیس سازمان بورس گفت: ورود نقدینگی به بازار سرمایه در سه ماه نخست سال به پنجاه هزار میلیارد تومان رسید.',
  'وی افزود: تعداد کدهای معاملاتی در این مدت دو برابر شده است و انتظار می‌رود این روند ادامه یابد.',
  'قالیباف اصل در پایان گفت: نهادهای نظارتی باید بر شفافیت بازار تمرکز کنند تا اعتماد سرمایه‌گذاران حفظ شود.',
];

describe('cleanParagraphs', () => {
  it.each([
    ['agency code line', [...BODY, 'کد خبر: 1353889']],
    ['«انتهای پیام» line', [...BODY, 'انتهای پیام/']],
    ['tags row', [...BODY, 'برچسب‌ها', 'بورس', 'نقدینگی']],
    ['related-news box', [...BODY, 'اخبار مرتبط', 'افزایش شاخص بورس در معاملات امروز', 'عرضه اولیه سهام جدید']],
    ['most-read box', [...BODY, 'پربازدیدترین', 'خبر اول پربازدید', 'خبر دوم پربازدید']],
    ['comments', [...BODY, 'نظرات', 'ارسال نظر', 'نام شما']],
    ['short link and share', [...BODY, 'لینک کوتاه', 'اشتراک گذاری']],
    ['AMP chrome', ['نماد سایت پایگاه خبری', 'خروج از نسخه موبایل', ...BODY]],
    ['photo credit', [BODY[0], 'عکس: محمد حسینی', BODY[1], BODY[2]]],
    ['bare number', [...BODY, '17302']],
    ['title repeated', ['ورود نقدینگی به بورس', ...BODY]],
    ['«بیشتر بخوانید» teaser inside the body', [BODY[0], 'بیشتر بخوانید:', 'شاخص بورس امروز چقدر رشد کرد', BODY[1], BODY[2]]],
    ['the date and code row above the story', ['۲۵ شهریور ۱۴۰۴ ساعت ۱۴:۰۵ کد خبر: ۴۲۱۹۸۷۳', ...BODY]],
    ['a section label with the date', ['فوتبال ایران شنبه ۱ شهریور ۱۴۰۴ ساعت ۱۸:۳۰', ...BODY]],
    ['a caption that ends in its credit', [BODY[0], 'شادی بازیکنان پس از گل دوم - عکس: وبلاگ ورزش نیشابور', BODY[1], BODY[2]]],
    ['a caption with «عکس از»', [BODY[0], 'گلچینی در مزرعه‌ای در حاشیه تربت حیدریه - عکس از مدیر وبلاگ', BODY[1], BODY[2]]],
    ['a caption with its credit in brackets', [BODY[0], 'کیان‌پور و صدری در نشست رونمایی آلبوم (عکس: مهسا رضایی)', BODY[1], BODY[2]]],
    ['an in-story link under «مرتبط:»', [BODY[0], 'مرتبط: پیش‌بینی افزایش ۱۵ درصدی تولید خرما در هرمزگان', BODY[1], BODY[2]]],
    ['an in-story link under «در همین صفحه بخوانید:»', [BODY[0], BODY[1], 'در همین صفحه بخوانید: فوتسال بانوان مشهد در یک قدمی فینال', BODY[2]]],
    ['an audio player’s label', [BODY[0], 'بشنوید: قطعه «بی‌قرار» با کمانچه اردلان', BODY[1], BODY[2]]],
    ['a headline under «در همین زمینه:»', [BODY[0], 'در همین زمینه: سفر هیئت تجاری ایران به سمرقند؛ ۳۰ قرارداد امضا شد', BODY[1], BODY[2]]],
    ['the print edition’s line', [...BODY, 'این گزارش در شماره ۴۲۱۸ روزنامه همدان پیام، صفحه ۳، منتشر شده است.']],
    ['a paged story’s note', [...BODY, 'این گزارش در ۲ صفحه منتشر شده است']],
    ['the desk’s label above the story', ['صفحه اقتصادی', ...BODY]],
    ['a fact card of label/value rows above the lead', ['جزئیات انتقال', 'از ذوب‌آهن', 'به گنت', 'مبلغ انتقال ۱٫۸ میلیون یورو', 'نوع دائمی', ...BODY]],
    ['a sponsored reports box', [BODY[0], 'رپورتاژ آگهی', BODY[1], BODY[2]]],
    ['a timeline box', [BODY[0], 'ماجرا چیست؟', 'خرداد ۱۴۰۵: طرح روادید گروهی تصویب شد', 'امروز: صدور روادید آغاز شد', BODY[1], BODY[2]]],
    ['a key-points box', ['نکات کلیدی', ...BODY]],
    ['an FAQ block after the story', [...BODY, 'سوالات متداول', 'روزانه چند قدم کافی است؟', 'بین ۵ تا ۷ هزار قدم در روز.']],
    ['the headline again with a marker before it', ['🔴 ورود نقدینگی به بورس', ...BODY]],
    ['a video teaser line inside the story', [BODY[0], 'ویدئو | خلاصه دیدار فولاد و تراکتور', BODY[1], BODY[2]]],
    ['a date row with its update time', ['تاریخ انتشار: دوشنبه ۱۱ اسفند ۱۴۰۴ - ۱۰:۱۵ | آخرین به‌روزرسانی: ۱۱ اسفند ۱۴۰۴ - ۱۸:۴۰', ...BODY]],
    ['a Bale channel invitation', [BODY[0], '✅ ما را در پیام‌رسان بله دنبال کنید', BODY[1], BODY[2]]],
    ['a social-media invitation after the story', [...BODY, 'ما را در شبکه‌های اجتماعی دنبال کنید: تلگرام | اینستاگرام | ایکس']],
    ['a site label with nothing after its colon', [BODY[0], 'آفتاب‌نیوز :', BODY[1], BODY[2]]],
    ['the outlet asking for tips', [...BODY, 'خبر یا گزارشی دارید؟ اطلاعات، عکس و ویدیوهای خود را از طریق تلگرام با ما در میان بگذارید.']],
    ['a time row with its update, in Latin digits', ['12:15 03.08.2026 (به‌روز شده: 13:02 03.08.2026)', ...BODY]],
    ['an Eitaa channel invitation', [BODY[0], BODY[1], '📢 به کانال ایتای صدای بختیاری بپیوندید', BODY[2]]],
    ['a channel link line', [BODY[0], '🔻 کانال ایتا سیروان نیوز؛ تازه‌ترین خبرهای کردستان 🔻', BODY[1], BODY[2]]],
    ['an ad slot’s label', [BODY[0], '- تبلیغات -', BODY[1], BODY[2]]],
    ['a meta row with the reading time', ['۲۳ تیر ۱۴۰۵ ساعت ۱۹:۴۰ ۹۸۷ زمان مطالعه: ۳ دقیقه', ...BODY]],
    ['a chart’s caption', [BODY[0], 'نمودار: ارزش معاملات خرد سهام در سه ماه اخیر', BODY[1], BODY[2]]],
    ['a column’s disclaimer', [...BODY, 'انتشار این یادداشت به معنای تأیید محتوای آن از سوی نامه نیوز نیست.']],
    ['a breadcrumb', ['فعالیت‌های قرآنی › آموزش قرآن', ...BODY]],
    ['a portal’s reporter and camera credits', [...BODY, 'خبرنگار: سپیده رحمانی | تصویربردار: مهران قلی‌زاده']],
    ['a licence notice', [...BODY, 'این اثر تحت مجوز کریتیو کامنز منتشر شده است.']],
    ['a portal’s rating widget', [...BODY, 'امتیاز دهید: ★★★☆☆']],
    ['a row of post metadata', ['ارسال شده در ۱۴۰۵/۰۴/۲۸ ۰۲:۲۰ ب.ظ توسط روابط عمومی اتاق | دسته‌بندی: اخبار اتاق | تعداد بازدید: ۴۱۲', ...BODY]],
    ['BBC Persian’s byline labels', ['نویسنده،سپیده صالحی', 'نقش،بی‌بی‌سی فارسی', ...BODY]],
    ['BBC Persian’s photo label', [BODY[0], 'توضیح تصویر، جنگل‌زدایی در حاشیه آمازون', BODY[1], BODY[2]]],
    ['BBC Persian’s skip links around an embedded post', [BODY[0], 'نادیده گرفتن مطلب توییتر, ۱', BODY[1], 'پایان مطلب توییتر, ۱', BODY[2]]],
    ['a «مطالب پیشنهادی» box', [...BODY, 'مطالب پیشنهادی', 'کاپ ۳۰ چیست و چرا در آمازون برگزار می‌شود؟']],
  ])('drops %s', (_name, input) => {
    expect(cleanParagraphs(input, 'ورود نقدینگی به بورس')).toEqual(BODY);
  });

  it('drops a box of suggested stories set inside the story, and keeps the story after it', () => {
    const more = 'بانک مرکزی نیز اعلام کرده است که از ابتدای شهریور، ثبت‌نام متقاضیان وام فقط از طریق سامانه یکپارچه انجام می‌شود و بانک‌ها حق ندارند متقاضی را به شعبه دیگری ارجاع دهند یا برای پرداخت وام ضامن دوم بخواهند.';
    const input = [...BODY, 'مطالب پیشنهادی', 'وام فوری بدون ضامن', 'خرید اقساطی خودرو', more];
    expect(cleanParagraphs(input, 'ورود نقدینگی به بورس')).toEqual([...BODY, more]);
  });

  it('strips «انتهای پیام» glued to the last paragraph', () => {
    const input = [BODY[0], BODY[1], BODY[2] + ' انتهای پیام/ی'];
    expect(cleanParagraphs(input)).toEqual(BODY);
  });

  it('keeps the agency byline and ZWNJ', () => {
    const out = cleanParagraphs(BODY);
    expect(out[0].startsWith('به گزارش خبرنگار')).toBe(true);
    expect(out[1]).toContain('می‌رود');
  });
});

describe('removeChrome', () => {
  it('removes menus, comments and related boxes but keeps an ASP.NET page form', () => {
    const doc = parseHtml(`<html><body><form id="aspnetForm"><nav>منو</nav><h1>عنوان</h1>
      <div class="body"><p>${BODY[0]}</p></div>
      <div class="related-news"><a href="/1">خبر مرتبط</a></div>
      <div id="comments">نظر کاربر</div><form class="comment-form"><textarea></textarea></form>
      <footer>حقوق محفوظ است</footer></form></body></html>`);
    removeChrome(doc);
    const text = doc.body.textContent ?? '';
    expect(text).toContain(BODY[0]);
    expect(text).not.toMatch(/منو|خبر مرتبط|نظر کاربر|حقوق محفوظ/);
    expect(doc.getElementById('aspnetForm')).not.toBeNull();
  });

  it('removes a poll and a vote box inside the story', () => {
    const doc = parseHtml(`<html><body><h1>عنوان</h1><div class="body"><p>${BODY[0]}</p>
      <div class="poll"><h3>نظرسنجی</h3><p class="poll-q">آیا موافقید؟</p></div>
      <div class="ic-votebox"><div>نتیجه رأی‌گیری</div><ul><li>موافق: ۱۷۲</li></ul></div><p>${BODY[1]}</p></div></body></html>`);
    removeChrome(doc);
    const text = doc.body.textContent ?? '';
    expect(text).toContain(BODY[1]);
    expect(text).not.toMatch(/نظرسنجی|آیا موافقید|نتیجه رأی‌گیری/);
  });
});

describe('cloneWithoutChrome', () => {
  const html = `<!doctype html><html><head><title>t</title><script>x()</script></head><body class="news-page">
    <nav class="menu"><a href="/">خانه</a></nav>
    <form id="search"><input name="q"></form>
    <div class="related-box"><div class="item" id="r1"><p>خبر مرتبط</p></div></div>
    <div class="share-row content"><h1>عنوان</h1><div itemprop="articleBody"><p>${BODY[0]}</p><p hidden>پنهان</p><svg><g class="share"></g></svg></div></div>
    <div class="tags"><a href="/tag/1">برچسب‌نمونه</a></div><footer>حقوق</footer></body></html>`;

  it('gives the document removeChrome leaves, without cloning the chrome', () => {
    const doc = parseHtml(html, 'https://a.ir/news/1');
    const clone = cloneWithoutChrome(doc);
    const inPlace = parseHtml(html, 'https://a.ir/news/1');
    removeChrome(inPlace);
    expect(clone.documentElement.outerHTML).toBe(inPlace.documentElement.outerHTML);
    expect(clone.body.textContent).toContain(BODY[0]);
    expect(clone.body.textContent).not.toMatch(/خانه|خبر مرتبط|پنهان|برچسب‌نمونه|حقوق/);
    // A box named «share» that holds the headline is the story's container and stays.
    expect(clone.querySelector('.share-row h1')).not.toBeNull();
    expect(clone.URL).toBe(doc.URL);
    // The original is untouched.
    expect(doc.querySelector('nav')).not.toBeNull();
  });

  it('keeps a <form> that wraps the page (ASP.NET WebForms)', () => {
    const doc = parseHtml(`<!doctype html><html><body><form id="form1"><article><p>${BODY[1]}</p></article></form></body></html>`);
    expect(cloneWithoutChrome(doc).body.textContent).toContain(BODY[1]);
  });
});

describe('captions, credits, embeds and in-story boxes', () => {
  it.each(['caption', 'img_caption', 'kf-img-caption', 'pic-credit', 'photographer', 'wp-caption-text', 'read-more', 'recommend', 'video-player', 'twitter-tweet', 'article-info', 'kg-audio-card', 'rutitr', 'jv-rutitr', 'kicker', 'tdb-author-descr', 'author-box', 'ad-native', 'nn-disclaimer'])('drops an element of class %s', (cls) => {
    const doc = parseHtml(`<!doctype html><html><body><article><p>${BODY[0]}</p><div><img src="x.jpg"><span class="${cls}">نمایی از نمایشگاه</span></div><p>${BODY[1]}</p></article></body></html>`);
    removeChrome(doc);
    expect(doc.body.textContent).not.toContain('نمایی از نمایشگاه');
    expect(doc.body.textContent).toContain(BODY[1]);
  });
});

describe('a photo with its caption in plain markup', () => {
  it.each([
    ['<p><img src="x.jpg"><br><em>نمایی از نمایشگاه کتاب تهران</em></p>'],
    ['<div align="center"><img src="x.jpg"><br><font size="1">نمایی از نمایشگاه کتاب تهران</font></div>'],
    ['<div><img src="x.jpg"><p>نمایی از نمایشگاه کتاب تهران</p></div>'],
  ])('drops %s', (html) => {
    const doc = parseHtml(`<!doctype html><html><body><article><p>${BODY[0]}</p>${html}<p>${BODY[1]}</p></article></body></html>`);
    removeChrome(doc);
    expect(doc.body.textContent).not.toContain('نمایی از نمایشگاه');
    expect(doc.body.textContent).toContain(BODY[1]);
  });

  it('keeps a paragraph that holds an image and a sentence', () => {
    const doc = parseHtml(`<!doctype html><html><body><article><p><img src="x.jpg">${BODY[0]}</p></article></body></html>`);
    removeChrome(doc);
    expect(doc.body.textContent).toContain(BODY[0]);
  });
});

describe('cloneWithoutChrome with a text bound', () => {
  it('stops copying past maxTextChars, keeping what came first', () => {
    const doc = parseHtml(`<!doctype html><html><body><div>${BODY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`);
    const clone = cloneWithoutChrome(doc, BODY[0].length + 10);
    expect([...clone.querySelectorAll('p')].map((p) => p.textContent)).toEqual([BODY[0], BODY[1]]);
  });
});
