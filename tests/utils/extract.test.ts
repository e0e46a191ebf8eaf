import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { blockTexts, extractArticle } from '../../utils/extract';
import { matchKey } from '../../utils/normalize';
import { parseHtml } from '../../scripts/lib/dom';

const CORPUS = '../shared/corpus/pages';
const FIXTURES = 'tests/fixtures/pages';
const load = (path: string, url: string) => parseHtml(readFileSync(path, 'utf8'), url);
const bodyOf = (paragraphs: string[]) => paragraphs.join('\n\n');

describe('extractArticle on the seed article', () => {
  const expected = JSON.parse(readFileSync('tests/fixtures/seed/expected.json', 'utf8'));
  const url = 'https://khabarshahr.ir/?p=120345&amp=1';
  const article = extractArticle(load('tests/fixtures/seed/khabarshahr-iran-khodro.html', url), url);
  const body = bodyOf(article.paragraphs);

  it('keeps the body, start to end, without AMP chrome', () => {
    expect(article).toMatchObject({ isArticle: true, language: 'fa' });
    expect(article.reason).toBeUndefined();
    expect(matchKey(body).startsWith(matchKey(expected.text_starts_with))).toBe(true);
    expect(matchKey(body).endsWith(matchKey(expected.text_ends_with))).toBe(true);
    for (const chrome of expected.text_excludes) expect(body).not.toContain(chrome);
  });

  it('reads the title without the site suffix (half-spaces repaired later)', () => {
    expect(matchKey(article.title)).toBe(matchKey(expected.title));
    expect(article.site).toBe('پایگاه خبری تحلیلی خبرشهر');
  });
});

describe.skipIf(!existsSync(CORPUS))('extractArticle on the corpus pages', () => {
  it.each([
    ['khabaronline-1.html', 'روزنامه جوان نوشت', 'این‌ها هم باید در انتخابات شرکت کنند.', ['کد خبر', 'اخبار مرتبط', 'شکست تحقیرآمیز شهرخودرو', '17302']],
    ['yjc-1.html', 'مهمترین بسته حوادث استان یزد', 'اقدام به سرقت طلا و جواهرات نموده است.', ['انتهای پیام']],
    ['aryanews-1.html', 'خبرگزاری آریا - رییس سازمان بورس', 'به شدت افزایش پیدا کند.', ['-->', 'ارسال نظر']],
  ])('%s', (file, start, end, excludes) => {
    const article = extractArticle(load(`${CORPUS}/${file}`, 'https://example.invalid/news/1'), 'https://example.invalid/news/1');
    const body = bodyOf(article.paragraphs);
    expect(article).toMatchObject({ isArticle: true, language: 'fa' });
    expect(body.startsWith(start)).toBe(true);
    expect(body.trimEnd().endsWith(end)).toBe(true);
    for (const text of excludes) expect(body).not.toContain(text);
  });

  it.each(['bbcarabic-1.html', 'cnnarabic-1.html', 'assabah-1.html', 'lbcgroup-1.html'])('%s is not Persian', (file) => {
    const article = extractArticle(load(`${CORPUS}/${file}`, 'https://example.invalid/a'), 'https://example.invalid/a');
    expect(article).toMatchObject({ language: 'ar', reason: 'not-persian' });
  });

  it.each(['home-radiofarda.html', 'home-khabaronline.html', 'home-akhbarostanha.html'])('%s is not an article', (file) => {
    const article = extractArticle(load(`${CORPUS}/${file}`, 'https://example.invalid/'), 'https://example.invalid/');
    expect(article.isArticle).toBe(false);
  });
});

const fixtureCases = existsSync(FIXTURES)
  ? readdirSync(FIXTURES).filter((c) => existsSync(`${FIXTURES}/${c}/expected.json`)).sort()
  : [];

describe.skipIf(fixtureCases.length === 0)('extractArticle on the page fixtures', () => {
  it.each(fixtureCases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}/expected.json`, 'utf8'));
    const article = extractArticle(load(`${FIXTURES}/${name}/source.html`, expected.url), expected.url);
    expect(article.isArticle).toBe(expected.isArticle);
    expect(article.language).toBe(expected.language);
    if (!expected.isArticle || expected.language !== 'fa') return;
    const body = matchKey(bodyOf(article.paragraphs));
    expect(body.startsWith(matchKey(expected.text_starts_with))).toBe(true);
    expect(body.endsWith(matchKey(expected.text_ends_with))).toBe(true);
    for (const text of expected.text_excludes ?? []) expect(body).not.toContain(matchKey(text));
    expect(matchKey(article.title)).toBe(matchKey(expected.title));
    if (expected.published) expect(Date.parse(article.published ?? '')).toBeCloseTo(Date.parse(expected.published), -5);
  });
});

describe('blockTexts', () => {
  it('splits on blocks and <br>, joins inline markup, keeps ZWNJ', () => {
    const doc = parseHtml('<div><p>اول <b>پررنگ</b> می‌شود</p>دوم<br>سوم<div>چهارم</div></div>');
    expect(blockTexts(doc.body.firstElementChild!)).toEqual(['اول پررنگ می‌شود', 'دوم', 'سوم', 'چهارم']);
  });

  // Invented: links to other stories standing as paragraphs, under labels no rule names.
  const story = 'استاندار <a href="/tag/1">هرمزگان</a> گفت: برداشت خرما از هفته آینده آغاز می‌شود.';
  const teasers = [
    '<p><a href="/news/2">افزایش ۱۵ درصدی تولید خرما در هرمزگان پیش‌بینی شد</a></p>',
    '<blockquote>پیوند: <a href="/news/3">سفر هیئت تجاری به سمرقند؛ ۳۰ قرارداد امضا شد</a></blockquote>',
    '<p>🔹 <a href="/news/4">کاپ ۳۰ چیست و چرا در آمازون برگزار می‌شود؟</a></p>',
    '<div>گزارش ویدئویی | <a href="/news/5">خلاصه دیدار فولاد و تراکتور</a></div>',
  ];

  it('leaves out short links to other stories, alone or under a short label, when asked', () => {
    const doc = parseHtml(`<div><p>${story}</p>${teasers.join('')}</div>`);
    expect(blockTexts(doc.body.firstElementChild!, true)).toEqual(['استاندار هرمزگان گفت: برداشت خرما از هفته آینده آغاز می‌شود.']);
    expect(blockTexts(doc.body.firstElementChild!)).toHaveLength(5);
  });

  it('keeps story lines that hold a link, and short lines that start with one', () => {
    const kept = [
      '<p><a href="/p/1">وزیر کشور</a> امروز گفت: انتخابات شوراها به موقع برگزار می‌شود.</p>',
      '<p>به گزارش <a href="/">ایسنا</a>، نشست امروز لغو شد.</p>',
      '<p>متن کامل این گزارش در <a href="/x">پایگاه وزارتخانه</a> منتشر شده است و در دسترس همه است.</p>',
    ];
    const doc = parseHtml(`<div>${kept.join('')}</div>`);
    expect(blockTexts(doc.body.firstElementChild!, true)).toHaveLength(3);
  });
});

describe('extractArticle: a page of links only', () => {
  it('is not an article (it has text, only no body), not an unreadable page', () => {
    const items = Array.from({ length: 40 }, (_, i) => `<li><a href="/n/${i}">خبر شماره ${i} دربارهٔ اقتصاد و ورزش</a></li>`).join('');
    const doc = parseHtml(`<html lang="fa"><head><title>آرشیو خبرها</title></head><body><ul>${items}</ul></body></html>`, 'https://news.example/archive');
    const article = extractArticle(doc, 'https://news.example/archive');
    expect([article.isArticle, article.reason]).toEqual([false, 'not-article']);
  });
});

describe('extractArticle: the lead', () => {
  // Invented: the lead (an <h2> subtitle outside the body) ends with the body's last sentence.
  const quote = 'وزیر در پایان گفت: این طرح تا پایان سال در همه استان‌های کشور اجرا خواهد شد و هیچ خانواده‌ای از آن جا نمی‌ماند.';
  const leadText = `گروه اقتصادی: وزیر رفاه در نشست خبری امروز از طرح تازه حمایت معیشتی سخن گفت و افزود: ${quote}`;
  const first = 'به گزارش خبرنگار ما، وزیر رفاه در نشست خبری امروز جزئیات طرح تازه حمایت معیشتی را برای خانواده‌های کم‌درآمد تشریح کرد و از آغاز ثبت‌نام در هفته آینده خبر داد.';
  const html = `<html lang="fa"><head><title>طرح تازه</title></head><body><div class="news"><h1>طرح تازه حمایت معیشتی</h1><h2 class="news_subtitle">${leadText}</h2><div class="body"><p>${first}</p><p>${quote}</p></div></div></body></html>`;

  it('is put in front even when it quotes a body paragraph verbatim', () => {
    const article = extractArticle(parseHtml(html, 'https://news.example/fa/news/8123456/x'), 'https://news.example/fa/news/8123456/x');
    expect(article.paragraphs[0]).toBe(leadText);
    expect(article.paragraphs).toContain(quote);
  });

  it('leaves out a photo caption set in the lead’s box', () => {
    const page = html.replace(`<h2 class="news_subtitle">${leadText}</h2>`, `<div class="item-summary"><figure><img src="a.jpg" alt=""><figcaption>دستگاه حفار خط ۲ قطار شهری | عکس: ایمنا</figcaption></figure><p class="summary">${leadText}</p></div>`);
    const article = extractArticle(parseHtml(page, 'https://news.example/fa/news/8123456/x'), 'https://news.example/fa/news/8123456/x');
    expect(article.paragraphs[0]).toBe(leadText);
  });

  it('is not a bare second headline under the title, which is no sentence', () => {
    const second = 'سهم دانش‌آموزان مناطق کم‌برخوردار از صندلی‌های مدارس ویژه ۱۵ درصد ماند';
    const page = html.replace(`<h2 class="news_subtitle">${leadText}</h2>`, `<h2 id="UnderTitle">${second}</h2>`);
    const article = extractArticle(parseHtml(page, 'https://news.example/fa/news/8123456/x'), 'https://news.example/fa/news/8123456/x');
    expect(article.paragraphs).not.toContain(second);
  });

  it('is not repeated when the body already holds it', () => {
    const inside = html.replace(`<p>${first}</p>`, `<p>${leadText}</p><p>${first}</p>`);
    const article = extractArticle(parseHtml(inside, 'https://news.example/fa/news/8123456/x'), 'https://news.example/fa/news/8123456/x');
    expect(article.paragraphs.filter((p) => p === leadText)).toHaveLength(1);
  });
});

describe('extractArticle with the page-load detection', () => {
  const paragraph = 'به گزارش خبرنگار ما، فرماندار شهرستان در جلسه شورای اداری گفت که پروژه آبرسانی به روستاهای منطقه تا پایان سال به بهره‌برداری می‌رسد.';
  const html = `<html lang="fa"><head><title>خبر</title></head><body><div class="body"><p>${paragraph}</p><p>${paragraph}</p></div></body></html>`;

  it('takes the verdict it is given instead of measuring the page again', () => {
    const doc = parseHtml(html, 'https://a.ir/');
    expect(extractArticle(doc, 'https://a.ir/').isArticle).toBe(false);
    const given = extractArticle(doc, 'https://a.ir/', { isArticle: true, language: 'fa', reasons: ['test'] });
    expect(given).toMatchObject({ isArticle: true, language: 'fa' });
    expect(given.reason).toBeUndefined();
  });
});

describe('extractArticle never throws', () => {
  it.each([
    ['empty document', ''],
    ['text-less page', '<html><body><div><img src="a.png"></div></body></html>'],
  ])('%s → no-text', (_name, html) => {
    expect(extractArticle(parseHtml(html), 'https://a.ir/').reason).toBe('no-text');
  });

  it('a 5,000-level-deep DOM gets a verdict, not an exception', () => {
    const doc = parseHtml('<html><body></body></html>');
    let node: Element = doc.body;
    for (let i = 0; i < 5000; i++) node = node.appendChild(doc.createElement('div'));
    node.textContent = 'متن';
    expect(() => extractArticle(doc, 'https://a.ir/')).not.toThrow();
  });
});

describe('extractArticle: language of a page with next to no body', () => {
  it('keeps the page’s own language when the body is too short to tell («نسخه کامل» on an AMP tag page)', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li><a href="/fa/news/${9000 + i}/x">خبر شماره ${i + 1} درباره بازار مسکن و اجاره‌بها در تهران و شهرهای بزرگ</a></li>`).join('');
    const html = `<html lang="fa" amp><head><title>برچسب: مسکن - باشگاه خبرنگاران جوان</title></head><body><header><a href="/">نسخه کامل</a></header><main><h1>مسکن</h1><ul>${items}</ul></main></body></html>`;
    const article = extractArticle(parseHtml(html, 'https://www.yjc.ir/fa/tag/مسکن/amp'), 'https://www.yjc.ir/fa/tag/مسکن/amp');
    expect(article.isArticle).toBe(false);
    expect(article.language).toBe('fa');
  });

  it('keeps it when the only paragraph found is a platform’s English line (a Persian Substack archive)', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<div class="post-preview"><a href="/p/post-${i}">گزارش هفته ${i + 1}: قیمت خودروهای وارداتی و صف ترخیص در گمرک</a></div>`).join('');
    const html = `<html lang="fa" dir="rtl"><head><title>Archive - ترمز</title></head><body><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav><main>${items}</main><footer><p>Substack is the home for great culture</p></footer></body></html>`;
    const article = extractArticle(parseHtml(html, 'https://tormoz.substack.com/archive'), 'https://tormoz.substack.com/archive');
    expect(article.isArticle).toBe(false);
    expect(article.language).toBe('fa');
  });
});

describe('extractArticle: a story split into blocks of one kind', () => {
  // Invented: a site builder's html blocks with an image block and a newsletter block between them.
  const sentences = [
    'به گزارش ره‌آورد، مرمت شش خانه تاریخی کاشان که بیشتر آنها به دوره قاجار تعلق دارند، حدود سه سال طول کشیده است.',
    'رحیم سبحانی‌راد، مدیرکل میراث فرهنگی استان اصفهان، گفت: این خانه‌ها اکنون ۱۲۰ اتاق برای اقامت گردشگران دارند.',
    'وی افزود: شمار گردشگران خارجی کاشان در بهار امسال به ۲۳ هزار نفر رسیده که ۱۹ درصد بیشتر از پارسال است.',
    'مارکو بلینی، مشاور ایتالیایی پروژه و استاد مرمت دانشگاه فلورانس، گفت: کیفیت کار استادکاران کاشانی کم‌نظیر است.',
    'بلینی افزود که دانشگاه فلورانس آماده است هر سال ۱۵ دانشجوی ایرانی رشته مرمت را برای دوره‌های کوتاه بپذیرد.',
  ];
  const block = (ps: string[], id: number) => `<div class="row sqs-row"><div class="col sqs-col-12"><div class="sqs-block html-block sqs-block-html" id="block-yui_${id}"><div class="sqs-block-content">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div>`;
  const html = `<html lang="fa"><head><title>خانه‌های کاشان</title></head><body><article><h1>خانه‌های تاریخی کاشان هتل شدند</h1><div class="blog-item-content">` +
    block(sentences.slice(0, 1), 1) + '<div class="row sqs-row"><div class="col sqs-col-12"><div class="sqs-block image-block"><div class="sqs-block-content"><img src="a.jpg" alt=""></div></div></div></div>' +
    block(sentences.slice(1, 3), 2) + '<div class="row sqs-row"><div class="col sqs-col-12"><div class="sqs-block newsletter-block"><div class="sqs-block-content"><h2>خبرنامه</h2><p>ایمیل خود را وارد کنید</p></div></div></div></div>' +
    block(sentences.slice(3), 3) + '</div></article></body></html>';

  it('keeps every block of the story’s kind, in order', () => {
    const article = extractArticle(parseHtml(html, 'https://rahavard.example/blog/kashan'), 'https://rahavard.example/blog/kashan');
    expect(article.paragraphs).toEqual(sentences);
  });
});
