import { describe, it, expect } from 'vitest';
import { findLeads, isLeadElement, LEAD_SELECTOR } from '../../utils/lead';
import { parseHtml } from '../../scripts/lib/dom';

const lead = 'گروه اجتماعی: مدیرکل بهزیستی استان از افتتاح سه مرکز جدید نگهداری سالمندان خبر داد.';

// The hand-written matcher must agree with the selector it replaces, element by element.
const markups: Array<[string, boolean]> = [
  [`<p itemprop="description">${lead}</p>`, true],
  [`<div itemprop="description">${lead}</div>`, true],
  [`<span itemprop="description">${lead}</span>`, false],
  [`<p class="summary">${lead}</p>`, true],
  [`<div class="news summary">${lead}</div>`, true],
  [`<p class="summary-box">${lead}</p>`, false],
  [`<p class="lead">${lead}</p>`, true],
  [`<h2 class="lead">${lead}</h2>`, true],
  [`<h3 class="lead">${lead}</h3>`, true],
  [`<h4 class="lead">${lead}</h4>`, false],
  [`<span class="lead">${lead}</span>`, false],
  [`<p class="Lead">${lead}</p>`, false],
  [`<p class="introtext">${lead}</p>`, true],
  [`<section class="news-lead">${lead}</section>`, true],
  [`<span class="lead-text">${lead}</span>`, true],
  [`<p class="lid">${lead}</p>`, true],
  [`<div class="lid">${lead}</div>`, true],
  [`<h2 class="news_subtitle">${lead}</h2>`, true],
  [`<h2 class="SubTitle">${lead}</h2>`, true],
  [`<h3 class="subtitle">${lead}</h3>`, false],
  [`<div class="news-Sub-Title"><h2>${lead}</h2></div>`, true],
  [`<div class="sub-title"><div><h2>${lead}</h2></div></div>`, true],
  [`<div class="sub-title"><h3>${lead}</h3></div>`, false],
  [`<p class="body">${lead}</p>`, false],
  [`<p class="news-summary">${lead}</p>`, true],
  [`<div class="news-page--lead">${lead}</div>`, true],
  [`<div class="lead_news">${lead}</div>`, true],
  [`<div class="subtitle">${lead}</div>`, true],
  [`<div class="lead-image">${lead}</div>`, false],
  [`<div class="mislead">${lead}</div>`, false],
  [`<div class="post-description">${lead}</div>`, true],
  [`<div class="elementor-element elementor-widget elementor-widget-theme-post-excerpt"><div class="elementor-widget-container">${lead}</div></div>`, true],
  [`<span class="post-description">${lead}</span>`, false],
  [`<div class="td_block_wrap tdb_single_subtitle tdi_27"><div class="tdb-block-inner"><p>${lead}</p></div></div>`, true],
  [`<p class="entry-subtitle">${lead}</p>`, true],
  [`<h2 class="article-spot">${lead}</h2>`, true],
  [`<p class="td-post-sub-title">${lead}</p>`, true],
  [`<p class="spot">${lead}</p>`, true],
  [`<span class="entry-subtitle">${lead}</span>`, false],
];

describe('isLeadElement', () => {
  it.each(markups)('%s → %s (and agrees with LEAD_SELECTOR)', (html, expected) => {
    const doc = parseHtml(`<!doctype html><html><body><main>${html}</main></body></html>`);
    for (const el of doc.querySelectorAll('main *')) expect(isLeadElement(el)).toBe(el.matches(LEAD_SELECTOR));
    const target = doc.querySelector('main h2, main h3, main > *:not(div.sub-title):not(div.news-Sub-Title)')!;
    expect(isLeadElement(target)).toBe(expected);
  });

  it('takes the heading right under the headline as its standfirst, not a heading elsewhere', () => {
    const doc = parseHtml(`<!doctype html><html><body><main><h1>عنوان</h1><h4 id="a">${lead}</h4><p>متن</p><h4 id="b">${lead}</h4></main></body></html>`);
    for (const el of doc.querySelectorAll('main *')) expect(isLeadElement(el)).toBe(el.matches(LEAD_SELECTOR));
    expect(isLeadElement(doc.getElementById('a')!)).toBe(true);
    expect(isLeadElement(doc.getElementById('b')!)).toBe(false);
  });

  // Browsers match classes case-insensitively in quirks mode (no doctype: many older Persian CMSs);
  // jsdom's engine does so for `p.lead` alone but not inside LEAD_SELECTOR's list, so no comparison here.
  it('matches classes case-insensitively on a quirks-mode page, as browsers do', () => {
    const doc = parseHtml(`<html><body><p class="Lead">${lead}</p></body></html>`);
    expect(isLeadElement(doc.querySelector('p')!)).toBe(true);
  });
});

describe('findLeads', () => {
  it('finds leads in document order, at most `max`', () => {
    const doc = parseHtml(`<!doctype html><html><body><nav><p class="lead">۱</p></nav><div><p>x</p><p class="summary">۲</p></div><h2 class="subtitle">۳</h2></body></html>`);
    expect(findLeads(doc, 5).map((el) => el.textContent)).toEqual(['۱', '۲', '۳']);
    expect(findLeads(doc, 2).map((el) => el.textContent)).toEqual(['۱', '۲']);
    expect(findLeads(doc, 5, 2)).toHaveLength(0);
  });
});
