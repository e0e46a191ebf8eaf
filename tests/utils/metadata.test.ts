import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseJalaliDate, readJsonLd, readMetadata, stripSiteSuffix } from '../../utils/metadata';
import { parseHtml } from '../../scripts/lib/dom';

describe('stripSiteSuffix', () => {
  it.each([
    ['حمایت وزارت کشور از برنامه‌های ایران خودرو – پایگاه خبری تحلیلی خبرشهر', 'پایگاه خبری تحلیلی خبرشهر', 'حمایت وزارت کشور از برنامه‌های ایران خودرو'],
    ['خبرگزاری آریا - ورود 50 هزار میلیارد تومان نقدینگی به بورس در 3 ماه', '', 'ورود 50 هزار میلیارد تومان نقدینگی به بورس در 3 ماه'],
    ['تحلیل روزنامه اصولگرا | خبرآنلاین - سایت خبرگزاری خبرآنلاین | Khabaronline News Agency', 'خبرآنلاین', 'تحلیل روزنامه اصولگرا'],
    ['از کشف موتور قاچاق در مهریز | خبرگزاری باشگاه خبرنگاران | آخرین اخبار ایران و جهان | YJC', '', 'از کشف موتور قاچاق در مهریز'],
    // The headline's own «|» and «:» stay.
    ['فیلم | جشن پیکان‌بازها در ۵۰ سالگی', '', 'فیلم | جشن پیکان‌بازها در ۵۰ سالگی'],
    ['قالیباف: بورس شفاف می‌شود - ایسنا', 'ایسنا', 'قالیباف: بورس شفاف می‌شود'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});

describe('parseJalaliDate', () => {
  it.each([
    ['۱ شهریور ۱۴۰۴ - ۱۳:۴۶', '2025-08-23T13:46:00+03:30'],
    ['تاریخ انتشار: ۳۱ مرداد ۱۴۰۴ - ۱۵:۵۵', '2025-08-22T15:55:00+03:30'],
    // Before 1402 Iran kept summer time.
    ['2 تير 1399 - 12:09:08 ب.ظ', '2020-06-22T12:09:08+04:30'],
    ['۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹', '2020-05-10T18:59:00+04:30'],
    ['۱۱ دی ۱۴۰۳', '2024-12-31'],
    ['29 اسفند 1402', '2024-03-19'],
    ['1 فروردین 1404', '2025-03-21'],
    ['۱۵ آبان ۱۳۹۸ ساعت ۰۲:۱۰ ب.ظ', '2019-11-06T14:10:00+03:30'],
    ['بدون تاریخ', null],
  ])('%s → %s', (text, iso) => {
    expect(parseJalaliDate(text)).toBe(iso);
  });
});

describe('readMetadata', () => {
  it('reads the seed article', () => {
    const doc = parseHtml(readFileSync('tests/fixtures/seed/khabarshahr-iran-khodro.html', 'utf8'));
    const meta = readMetadata(doc, 'https://khabarshahr.ir/?p=120345&amp=1');
    expect(meta).toMatchObject({
      title: 'حمایت وزارت کشور از برنامههای ایران خودرو',
      site: 'پایگاه خبری تحلیلی خبرشهر',
      published: '2019-07-16T09:12:40+04:30',
      canonicalUrl: 'https://khabarshahr.ir/?p=120345',
    });
  });

  it('falls back to <h1>, <time> and the host', () => {
    const doc = parseHtml('<html><head><title>عنوان خبر</title></head><body><h1>عنوان کامل خبر</h1><time datetime="2025-01-02T10:00:00+03:30">۱۳ دی</time></body></html>');
    expect(readMetadata(doc, 'https://www.example.ir/news/1')).toMatchObject({
      title: 'عنوان کامل خبر', site: 'example.ir', published: '2025-01-02T10:00:00+03:30', canonicalUrl: 'https://www.example.ir/news/1',
    });
  });

  it('takes the headline and publisher from JSON-LD in a @graph', () => {
    const doc = parseHtml('<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"تیتر از جی‌سون","datePublished":"2025-09-05T13:30:00+03:30","publisher":{"@type":"Organization","name":"ایسنا"}}]}</script></head><body></body></html>');
    expect(readMetadata(doc, 'https://www.isna.ir/news/1')).toMatchObject({ title: 'تیتر از جی‌سون', site: 'ایسنا', published: '2025-09-05T13:30:00+03:30' });
  });

  it('skips malformed JSON-LD without throwing', () => {
    const doc = parseHtml('<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script><title>خبر</title></head></html>');
    expect(readJsonLd(doc)).toEqual([]);
    expect(readMetadata(doc, 'https://a.ir/').title).toBe('خبر');
  });
});

describe('readMetadata without a declared date', () => {
  it('reads the story\'s printed Solar Hijri date, not today\'s date in the header', () => {
    const doc = parseHtml(`<html><head><title>خبر</title></head><body><div class="site-header"><span class="date">۵ مهر ۱۴۰۴</span></div>
      <div class="news-info"><span class="publish-time">۱ شهریور ۱۴۰۴ - ۱۳:۴۶</span></div><p>متن</p></body></html>`);
    expect(readMetadata(doc, 'https://a.ir/news/1').published).toBe('2025-08-23T13:46:00+03:30');
  });

  it.each([
    ['microdata on any element (Blogger)', '<abbr class="published" itemprop="datePublished" title="2026-02-12T21:15:00+03:30">۹:۱۵ بعدازظهر</abbr>', '2026-02-12T21:15:00+03:30'],
    ['RDFa with content (Drupal)', '<span property="dc:date dc:created" content="2025-11-05T12:30:00+03:30">ارسال شده در ۱۴۰۴/۰۸/۱۴</span>', '2025-11-05T12:30:00+03:30'],
    ['a Next.js app state', '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"publishedAt":"2026-02-01T17:10:00.000Z"}}}}</script>', '2026-02-01T17:10:00.000Z'],
    ['the meta row under the headline', '<div class="news-detail__meta"><span>شناسه خبر: ۵۸۲۱۳</span> <span>تاریخ انتشار: ۱۴۰۴/۰۹/۲۵ - ۱۱:۴۰</span></div>', '2025-12-16T11:40:00+03:30'],
  ])('reads the date from %s', (_label, html, published) => {
    const doc = parseHtml(`<html><body><h1>خبر</h1>${html}<p>متن</p></body></html>`);
    expect(Date.parse(readMetadata(doc, 'https://a.ir/news/1').published ?? '')).toBe(Date.parse(published));
  });

  it('reads the exact date from the tooltip of a relative date («۳ روز پیش»)', () => {
    const doc = parseHtml('<html><body><h1>خبر</h1><span class="tf-date" title="شنبه ۹ اسفند ۱۴۰۴، ساعت ۰۸:۰۰">۳ روز پیش</span><p>متن</p></body></html>');
    expect(readMetadata(doc, 'https://a.ir/news/1').published).toBe('2026-02-28T08:00:00+03:30');
  });

  it('writes an offset given without a colon («+0330») in ISO form', () => {
    const doc = parseHtml('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"خبر","datePublished":"2026-02-27T16:20:00+0330"}</script></head><body><p>متن</p></body></html>');
    expect(readMetadata(doc, 'https://a.ir/news/1').published).toBe('2026-02-27T16:20:00+03:30');
  });

  it('prefers <meta itemprop> in the body to the printed date', () => {
    const doc = parseHtml('<html><body><meta itemprop="datePublished" content="2025-08-23T13:46:00+03:30"><span class="date">۵ مهر ۱۴۰۴</span></body></html>');
    expect(readMetadata(doc, 'https://a.ir/news/1').published).toBe('2025-08-23T13:46:00+03:30');
  });
});

describe('readMetadata: dates as CMSs misstate them', () => {
  it.each([
    ['a JSON-LD date with no zone is Tehran time', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"خبر","datePublished":"2026-04-04T10:40:00"}</script>', '2026-04-04T10:40:00+03:30'],
    ['a Solar Hijri date written as ISO', '<meta property="article:published_time" content="1405-01-19T13:45:00+03:30">', '2026-04-08T13:45:00+03:30'],
    ['the date in the story\'s own header (Joomla K2 «itemHeader»), not a comment\'s', '<div class="itemHeader"><span class="itemDateCreated">جمعه, 21 فروردین 1405 23:10</span></div><ul><li><span class="commentDate">جمعه, 21 فروردین 1405 23:31</span></li></ul>', '2026-04-10T23:10:00+03:30'],
  ])('%s', (_label, html, published) => {
    const doc = parseHtml(`<html><head>${html.startsWith('<div') || html.startsWith('<ul') ? '' : html}</head><body><h1>خبر</h1>${html.startsWith('<div') ? html : ''}<p>متن</p></body></html>`);
    expect(readMetadata(doc, 'https://a.ir/news/1').published).toBe(published);
  });
});

describe('readMetadata: titles when the page names itself instead of the story', () => {
  it.each([
    ['og:title is the site’s name (a Telegram mirror)', '<title>رفع تصرف از ۶۸ هکتار اراضی ساحلی بوشهر؛ ۵ متهم بازداشت شدند | بندر خبر</title><meta property="og:title" content="بندر خبر">', '', 'رفع تصرف از ۶۸ هکتار اراضی ساحلی بوشهر؛ ۵ متهم بازداشت شدند', 'بندر خبر'],
    ['<h1> is the blog’s name', '<title>ورزش نیشابور - برد پرگل شهرداری نیشابور در هفته ششم لیگ دسته دوم</title>', '<h1>ورزش نیشابور</h1>', 'برد پرگل شهرداری نیشابور در هفته ششم لیگ دسته دوم', 'ورزش نیشابور'],
    ['only <title>, the site first', '<title>همدان پیام - ذخیره سد اکباتان به ۲۹ درصد رسید؛ کشت تابستانه محدود شد</title>', '', 'ذخیره سد اکباتان به ۲۹ درصد رسید؛ کشت تابستانه محدود شد', 'همدان پیام'],
    ['a section page keeps its heading', '<title>سلامت و تندرستی | مجله اینترنتی چطور</title><meta property="og:title" content="سلامت و تندرستی">', '<h1>سلامت و تندرستی</h1>', 'سلامت و تندرستی', ''],
  ])('%s', (_label, head, body, title, site) => {
    const doc = parseHtml(`<html><head>${head}</head><body>${body}<p>متن</p></body></html>`);
    const meta = readMetadata(doc, 'https://a.ir/news/1');
    expect(meta.title).toBe(title);
    if (site) expect(meta.site).toBe(site);
  });

  it('reads the date of a «ارسال شده در …» line (PHP-Nuke)', () => {
    const doc = parseHtml('<html><body><font class="content">ارسال شده در یکشنبه ۶ اردیبهشت ۱۴۰۵ ساعت ۱۰:۲۰ توسط <a href="#">سمیه رحیمی</a></font><p>متن</p></body></html>');
    expect(readMetadata(doc, 'https://a.ir/news/1').published).toBe('2026-04-26T10:20:00+03:30');
  });

  it('reads the date of a blog post line, the day in words and the time glued on (Blogfa)', () => {
    const doc = parseHtml('<html><body><div class="postdesc">+ نوشته شده در&nbsp; شنبه دهم مرداد ۱۴۰۵ساعت 21:45&nbsp; توسط نویسنده | <a href="#">نظر بدهید</a></div><p>متن</p></body></html>');
    expect(readMetadata(doc, 'https://x.blogfa.com/post/12').published).toBe('2026-08-01T21:45:00+03:30');
  });
});
