import { describe, it, expect } from 'vitest';
import { dateElements, inPageChrome, readPageTags } from '../../utils/page-tags';
import { parseHtml } from '../../scripts/lib/dom';

describe('readPageTags', () => {
  it('reads metas from head and body once, first content per key, keys in any case', () => {
    const doc = parseHtml(`<!doctype html><html><head>
      <meta property="OG:Title" content=" تیتر اول "><meta property="og:title" content="تیتر دوم">
      <meta name="description" content="">
      <link rel="Canonical" href="https://a.ir/news/1"><link rel="canonical" href="https://a.ir/other">
      </head><body><h2>x</h2><h1>عنوان</h1><h1>دوم</h1>
      <time>۱ مهر</time><time datetime="2025-01-02">۱۳ دی</time>
      <div itemscope><meta itemprop="datePublished" content="2025-01-01T10:00:00+03:30"></div></body></html>`);
    const tags = readPageTags(doc);
    expect(tags.meta.get('og:title')).toBe('تیتر اول');
    expect(tags.meta.get('description')).toBe('');
    expect(tags.meta.get('datepublished')).toBe('2025-01-01T10:00:00+03:30');
    expect(tags.canonical).toBe('https://a.ir/news/1');
    expect(tags.timeDatetime).toBe('2025-01-02');
    expect(tags.h1?.textContent).toBe('عنوان');
  });

  it('copes with an empty document', () => {
    expect(readPageTags(parseHtml('')).meta.size).toBe(0);
  });
});

describe('dateElements', () => {
  const doc = parseHtml(`<!doctype html><html><body><header><span class="Today-Date">امروز</span></header>
    <div class="timeline"></div><p id="pubDate">x</p><time>y</time><div class="publish-info">z</div><div class="body">w</div></body></html>`);

  it('finds the elements `[class*="date" i], [class*="time" i], [class*="publish" i], [id*="date" i], time` finds, in order', () => {
    const selector = '[class*="date" i], [class*="time" i], [class*="publish" i], [id*="date" i], time';
    expect(dateElements(doc, 12)).toEqual([...doc.querySelectorAll(selector)]);
    expect(dateElements(doc, 2)).toHaveLength(2);
  });

  it('tells the page header from the story', () => {
    const [today, timeline] = dateElements(doc, 12);
    expect(inPageChrome(today)).toBe(true);
    expect(inPageChrome(timeline)).toBe(false);
  });
});
