import { describe, it, expect } from 'vitest';
import { countLetters, isUnlikely, measureBody } from '../../utils/detect-body';
import { parseHtml } from '../../scripts/lib/dom';

const LETTER_RE = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeffA-Za-z]/g;
const paragraph = 'به گزارش خبرنگار ما، فرماندار شهرستان در جلسه شورای اداری گفت که پروژه آبرسانی به روستاهای منطقه تا پایان سال به بهره‌برداری می‌رسد.';

describe('countLetters', () => {
  it.each([
    [paragraph],
    ['Reuters said on Monday: 42% [AZ] `az` {x} @home'],
    ['ﻻ ﷲ ﺑﺴﻢ ۱۴۰۴/۰۲/۲۱ ٪۲۵ ٫'],
    ['\u200c\u200f\u00a0«»؟،؛'],
    [''],
  ])('counts the letters LETTER_RE matches: %s', (text) => {
    expect(countLetters(text)).toBe(text.match(LETTER_RE)?.length ?? 0);
  });
});

describe('isUnlikely', () => {
  it.each([
    ['<div class="comments"><div><p id="t">x</p></div></div>', true],
    ['<nav><p id="t">x</p></nav>', true],
    ['<article><div class="menu-wrap"><p id="t">x</p></div></article>', true],
    ['<div class="menu"><article><p id="t">x</p></article></div>', false],
    ['<div class="body"><p id="t">x</p></div>', false],
  ])('%s → %s', (html, expected) => {
    const doc = parseHtml(`<!doctype html><html><body>${html}</body></html>`);
    expect(isUnlikely(doc.getElementById('t')!)).toBe(expected);
  });
});

describe('measureBody', () => {
  it('reads a body written as <div> paragraphs when <p> and <br> give none', () => {
    const divs = Array.from({ length: 4 }, () => `<div style="text-align: justify">${paragraph}</div>`).join('');
    const doc = parseHtml(`<!doctype html><html><body><h1>عنوان خبر در اینجا</h1><div class="news_body">${divs}</div><p>کوتاه</p></body></html>`);
    expect(measureBody(doc).best).toBe(4 * countLetters(paragraph));
  });

  it('clusters sibling paragraphs and skips those in chrome', () => {
    const body = `<div class="news"><h1>عنوان خبر درباره آبرسانی روستاها</h1><div class="text">${`<p>${paragraph}</p>`.repeat(4)}</div></div><div class="related">${`<p>${paragraph}</p>`.repeat(6)}</div>`;
    const shape = measureBody(parseHtml(`<!doctype html><html><body>${body}</body></html>`));
    expect(shape.best).toBe(countLetters(paragraph) * 4);
    expect(shape.headed).toBe(true);
    expect(shape.sample.startsWith(paragraph)).toBe(true);
  });

  it('stops reading once one cluster is plainly a story (a 2,000-paragraph page)', () => {
    const doc = parseHtml(`<!doctype html><html><body><div>${`<p>${paragraph}</p>`.repeat(2000)}</div></body></html>`);
    const shape = measureBody(doc);
    expect(shape.best).toBeGreaterThanOrEqual(20_000);
    expect(shape.best).toBeLessThan(20_000 + countLetters(paragraph) + 1);
  });
});

describe('measureBody on a Telegram post mirrored to the web', () => {
  it('reads the post text, though its class says «widget»', () => {
    const text = 'به گزارش بندر خبر، به دستور دادستانی مرکز استان بوشهر، صبح امروز ۶۸ هکتار از اراضی ساحلی رفع تصرف شد. '.repeat(6);
    const doc = parseHtml(`<html><body><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text js-message_text" dir="auto"><b>🔴 رفع تصرف</b><br/><br/>${text}<br/><br/>${text}</div></div></body></html>`);
    expect(measureBody(doc).best).toBeGreaterThan(600);
  });
});
