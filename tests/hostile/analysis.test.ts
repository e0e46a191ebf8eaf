// Hostile pages through the whole analysis (extract + speakers + figures + summary), as the
// CLI and popup run it. Each ends in a clear outcome and never throws. Big inputs are built
// here at test time from the fixtures' real paragraphs (scripts/lib/bench-pages.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analyze-document';
import { detectArticle } from '@/utils/detect';
import type { Analysis } from '@/utils/types';
import { parseHtml } from '../../scripts/lib/dom';
import { buildLargeArticle, persianParagraphs } from '../../scripts/lib/bench-pages';
import { PAGES_DIR } from '../../scripts/lib/fixture-server';

const URL = 'https://news.example.invalid/fa/news/1';
const paragraphs = persianParagraphs();

function analyze(html: string, url = URL): Analysis {
  const doc = parseHtml(html, url);
  expect(() => detectArticle(doc)).not.toThrow();
  return analyzeDocument(doc, url);
}

/** A plain article page around the given body HTML. */
function page(body: string, head = '<title>خبر آزمایشی</title>'): string {
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const story = (n = 6) => paragraphs.slice(0, n).map((p) => `<p>${p}</p>`).join('\n');

/** Nothing invented: no summary, no speakers, no figures, no text. */
function expectNothingInvented(a: Analysis) {
  expect(a.summary).toEqual([]);
  expect(a.speakers).toEqual([]);
  expect(a.figures).toEqual([]);
  expect(a.text).toBe('');
}

/** Every sentence, quote and figure the analysis returns comes from the page's text. */
function expectGrounded(a: Analysis) {
  for (const s of a.summary) expect(a.text).toContain(s);
  for (const f of a.figures) expect(a.text).toContain(f.text);
}

describe('size', () => {
  it('a 5 MB article page: analyzed or refused as too large, never a crash', () => {
    const html = buildLargeArticle(5_000_000);
    expect(Buffer.byteLength(html)).toBeGreaterThanOrEqual(5_000_000);
    const a = analyze(html);
    if (a.reason === 'too-large') {
      expectNothingInvented(a);
    } else {
      expect(a.isArticle).toBe(true);
      expect(a.language).toBe('fa');
      expect(a.summary.length).toBeGreaterThan(0);
      expectGrounded(a);
    }
    expect(a.title).toContain('سخنگوی دولت');
  }, 600_000);

  it('a page of 20,000 numbers: figures come from the text and the analysis finishes', () => {
    const rows = Array.from({ length: 2000 }, (_, i) =>
      `<p>در ردیف ${i + 1} جدول، ${(i * 7) % 1000} پروژه با ${i % 97} درصد پیشرفت، ${i * 3} میلیارد ریال اعتبار، ${i % 50} کارگاه، ${1400 + (i % 5)} سال شروع، ${i % 12 + 1} ماه تاخیر، ${(i * 13) % 500} نفر نیرو و ${i % 9} دستگاه ماشین‌آلات ثبت شده و ${i % 31} روز کار مانده است.</p>`,
    ).join('\n');
    const html = page(`<article><h1>آمار طرح‌های عمرانی استان</h1>${story(3)}${rows}</article>`);
    const digits = (html.match(/\d+/g) ?? []).length;
    expect(digits).toBeGreaterThanOrEqual(20_000);
    const a = analyze(html);
    expect(a.language).toBe('fa');
    if (a.reason === 'too-large') return expectNothingInvented(a);
    expect(a.figures.length).toBeGreaterThan(0);
    expectGrounded(a);
  }, 300_000);
});

describe('shape', () => {
  it('a DOM 5,000 levels deep around a story: no stack overflow, a clear outcome', () => {
    const depth = 5000;
    const html = page(`${'<div>'.repeat(depth)}<h1>خبر عمیق</h1>${story(6)}${'</div>'.repeat(depth)}`);
    const a = analyze(html);
    expect(['fa', 'other']).toContain(a.language);
    if (a.text) {
      expectGrounded(a);
      expect(a.text).toContain(paragraphs[0].slice(0, 30));
    } else {
      expect(a.reason).toBeDefined();
      expectNothingInvented(a);
    }
  }, 120_000);

  it('a page with no text at all says no-text and invents nothing', () => {
    const a = analyze(page('<div><img src="/a.jpg"><div></div><span> </span><video src="/v.mp4"></video></div>'));
    expect(a.isArticle).toBe(false);
    expect(a.reason).toBe('no-text');
    expectNothingInvented(a);
  });

  it('an empty document and a document with only whitespace do not throw', () => {
    for (const html of ['', '   ', '<!doctype html>', '<html></html>']) {
      const a = analyze(html);
      expect(a.isArticle).toBe(false);
      expectNothingInvented(a);
    }
  });

  it('malformed HTML (unclosed, misnested, stray end tags, broken attributes, NUL, lone surrogates) still gives the story', () => {
    const body = [
      `<div class="news"><h1>خبر با نشانه‌گذاری خراب`,
      `<p>${paragraphs[0]}<p>${paragraphs[1]}</b></i></div></span>`,
      `<p class="x" id=>${paragraphs[2]}<b><i>${paragraphs[3]}</p></i></b>`,
      `<p title="بی‌پایان>${paragraphs[4]}</p>`,
      `<p>${paragraphs[5]}\u0000\ud800 &#0; &#xD800; &bogus; <![CDATA[ x ]]> <!-- unclosed comment`,
    ].join('\n');
    const a = analyze(`<html lang="fa"><head><title>خبر خراب</title></head><body>${body}`);
    expect(a.language).toBe('fa');
    expect(a.text).toContain(paragraphs[0].slice(0, 30));
    expectGrounded(a);
  });

  it('frames: a frameset page and an iframe page analyze the top document only', () => {
    const frameset = analyze(`<html lang="fa"><head><title>قاب‌ها</title></head><frameset cols="50%,50%"><frame src="/a.html"><frame src="/b.html"></frameset></html>`);
    expect(frameset.isArticle).toBe(false);
    expectNothingInvented(frameset);
    const srcdoc = story(6).replace(/"/g, '&quot;');
    const iframe = analyze(page(`<h1>صفحه با قاب</h1><iframe srcdoc="${srcdoc}"></iframe><iframe src="javascript:alert(1)"></iframe>`));
    expect(iframe.isArticle).toBe(false);
    expectNothingInvented(iframe);
  });
});

describe('not Persian', () => {
  const english = page(`<article><h1>Government announces new budget for provinces</h1>
    <p>The government spokesman said on Tuesday that the budget for next year would cut the deficit and raise spending on roads and schools in every province.</p>
    <p>"We will not allow inflation to eat the wages of workers," the spokesman, Ali Rezaei, told reporters in Tehran, adding that 639 projects would be finished by March.</p>
    <p>The minister of roads, Farzaneh Sadegh, said 12 new highways were planned and that the price of housing had risen by 40 percent in two years.</p>
    <p>Economists were skeptical. "The numbers do not add up," said Hadi Zamani, a professor at the University of Tehran, noting that oil revenue was falling.</p>
    <p>Parliament is expected to debate the bill next month, with a vote scheduled before the end of the Iranian year on March 20.</p></article>`,
    '<title>Government announces new budget</title><meta property="og:type" content="article">').replace('lang="fa" dir="rtl"', 'lang="en"');

  it('an English article is not Persian and gets no speakers, summary or figures', () => {
    const a = analyze(english);
    expect(a.language).toBe('en');
    expect(a.reason).toBe('not-persian');
    expectNothingInvented(a);
  });

  it('an English article mislabelled lang="fa" is still not Persian', () => {
    const a = analyze(english.replace('lang="en"', 'lang="fa" dir="rtl"'));
    expect(a.language).not.toBe('fa');
    expectNothingInvented(a);
  });

  it.each(['ar-assabah', 'ar-bbcarabic', 'ar-cnnarabic', 'ar-lbcgroup'])('the real Arabic page %s is not Persian and gets nothing invented', (name) => {
    const expected = JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8'));
    const a = analyze(readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8'), expected.url);
    expect(a.language).toBe('ar');
    expect(a.reason === 'not-persian' || a.reason === 'not-article' || a.reason === 'no-text').toBe(true);
    expectNothingInvented(a);
  }, 60_000);
});

describe('script-injection payloads in the page', () => {
  const PAYLOADS = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '[click](javascript:alert(3))', '"><svg onload=alert(4)>'];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  it('are kept as literal text in title, body and quotes; scripts and handlers never run', () => {
    const quote = `${PAYLOADS[0]} ${PAYLOADS[2]}`;
    const body = `<article><h1>${esc(PAYLOADS[1])} خبر آزمایشی</h1>
      <p>${paragraphs[0]}</p>
      <p>بابک دین‌پرست، معاون وزیر کشور گفت: «${esc(quote)} این برنامه‌ها ادامه دارد و ۶۳۹ پروژه تا پایان سال به بهره‌برداری می‌رسد.»</p>
      <p>${paragraphs[1]} ${esc(PAYLOADS[3])}</p>
      <p><a href="javascript:alert(5)">${paragraphs[2]}</a></p><script>window.__ran = true</script>
      <p onclick="alert(6)">${paragraphs[3]}</p><img src=x onerror="window.__ran = true"><p>${paragraphs[4]}</p></article>`;
    const doc = parseHtml(page(body, `<title>${esc(PAYLOADS[1])} خبر آزمایشی</title>`), URL);
    const a = analyzeDocument(doc, URL);
    expect((doc.defaultView as unknown as { __ran?: boolean }).__ran).toBeUndefined();
    expect(a.title).toContain(PAYLOADS[1]);
    expect(a.text).toContain(PAYLOADS[0]);
    expect(a.text).not.toContain('window.__ran');
    const quotes = a.speakers.flatMap((s) => s.quotes).join('\n');
    if (quotes) expect(quotes).toContain(PAYLOADS[0]);
    expectGrounded(a);
  });
});
