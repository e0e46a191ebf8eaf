// Builds the HELD-OUT fixture pages in tests/fixtures/heldout/<case>/ the same way
// scripts/build-fixtures.ts builds tests/fixtures/pages: real Persian news texts from
// persian_news_leads_2025.jsonl poured into the markup of a site's CMS. The texts here are used by
// none of the tuning sets (tests/fixtures/pages, tests/fixtures/speakers/*, tests/fixtures/figures/dev.json).
// Article markup comes from tests/fixtures/pages/_templates; the three non-article page kinds
// (category list, tag page, live ticker) from tests/fixtures/heldout/_templates.
// build-fixtures.ts runs its build when imported and exports nothing, so its page-filling steps are
// repeated here (same directives, same placeholders) rather than imported.
// Hand annotations already in expected.json (speakers, figures, *_never, notes) are kept.
// Usage: npx tsx scripts/build-heldout.ts
// scripts/build-heldout2.ts imports the page-filling steps below (buildArticle, buildList) for the
// second held-out folder; the build here runs only when this file is executed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HELDOUT = resolve(ROOT, 'tests/fixtures/heldout');
const PAGE_TEMPLATES = resolve(ROOT, 'tests/fixtures/pages/_templates');
const OWN_TEMPLATES = resolve(HELDOUT, '_templates');
const CORPUS = resolve(ROOT, '../shared/corpus/nlp/summarization/persian_news_leads_2025.jsonl');

export interface Row {
  id: string; title: string; article: string; summary: string; source: string;
  date: string; category: string; tags: string; article_starts_with_summary: boolean;
  /** Rows from another corpus file (pn_summary): its name and the row's own id. */
  corpus?: string; corpus_id?: string;
}

/** [case folder, template, corpus row id, ZWNJ lost on the way like the seed] */
export type ArticleCase = [string, string, string, boolean?];
const ARTICLES: ArticleCase[] = [
  ['isna-minab-mango-festival', 'isna', 'borna.news:2253896'],
  ['irna-moscow-book-fair', 'irna', 'borna.news:2253864'],
  ['yjc-khamesian-aref', 'yjc', 'borna.news:2253960'],
  ['hamshahri-konkur-quotas', 'hamshahri', 'hamshahrionline.ir:973088'],
  ['bbcpersian-gabbard-deep-state', 'bbcpersian', 'hamshahrionline.ir:973216'],
  ['independent-mediterranean-diet', 'independentpersian', 'hamshahrionline.ir:973184'],
  ['khabaronline-damghan-drill', 'khabaronline', 'khabaronline.ir:2105828', true],
  ['mehr-armenia-trump-route', 'mehr', 'khabaronline.ir:2105852'],
  ['aryanews-gaza-famine', 'aryanews', 'khabaronline.ir:2105868'],
  ['tasnim-student-suicide', 'tasnim', 'tasnimnews.com:3392908', true],
  ['wordpress-youth-orchestra', 'wordpress-amp', 'tasnimnews.com:3392924'],
  ['isna-russia-oil-cap', 'isna', 'tasnimnews.com:3392580'],
];

/** Non-article pages: [case folder, own template, page title, url, description, corpus rows listed] */
export type ListCase = [string, string, string, string, string, number[]];
const LISTS: ListCase[] = [
  ['nonarticle-farsnews-category', 'list-category-farsnews', 'اقتصادی', 'https://www.farsnews.ir/economy',
    'بازار سرمایه، انرژی، کشاورزی و تجارت خارجی؛ مهم‌ترین خبرهای اقتصادی امروز را اینجا دنبال کنید.', [4, 8, 24, 33, 55, 57, 64, 69, 75]],
  ['nonarticle-entekhab-tag', 'list-tag-entekhab', 'غزه', 'https://www.entekhab.ir/fa/tag/1/غزه',
    'باریکه غزه سرزمینی در کرانه شرقی دریای مدیترانه است که از سال ۲۰۰۷ در محاصره قرار دارد. در این صفحه تازه‌ترین اخبار، گزارش‌ها و تحلیل‌های مربوط به غزه را می‌خوانید.', [58, 78, 23, 56, 26, 38]],
  ['nonarticle-khabaronline-live', 'live-ticker-khabaronline', 'لحظه به لحظه با تحولات منطقه؛ روز دوم شهریور',
    'https://www.khabaronline.ir/live/2105900/لحظه-به-لحظه-تحولات-منطقه', 'پوشش زنده خبرآنلاین از تازه‌ترین تحولات سیاسی و امنیتی منطقه', [53, 56, 26, 58, 38, 23, 21, 64, 27, 16]],
];

export const SITES: Record<string, { site: string; url: (id: string, y: string, m: string, d: string, slug: string) => string }> = {
  isna: { site: 'ایسنا', url: (id, y, m, d, s) => `https://www.isna.ir/news/${y}${m}${d}${id.slice(-5)}/${s}` },
  irna: { site: 'ایرنا', url: (id, _y, _m, _d, s) => `https://www.irna.ir/news/85${id.slice(-6)}/${s}` },
  mehr: { site: 'خبرگزاری مهر', url: (id, _y, _m, _d, s) => `https://www.mehrnews.com/news/65${id.slice(-5)}/${s}` },
  tasnim: { site: 'خبرگزاری تسنیم', url: (id, y, m, d, s) => `https://www.tasnimnews.com/fa/news/${y}/${m}/${d}/${id.slice(-7)}/${s}` },
  hamshahri: { site: 'همشهری آنلاین', url: (id, _y, _m, _d, s) => `https://www.hamshahrionline.ir/news/97${id.slice(-4)}/${s}` },
  khabaronline: { site: 'خبرآنلاین', url: (id, _y, _m, _d, s) => `https://www.khabaronline.ir/news/21${id.slice(-5)}/${s}` },
  bbcpersian: { site: 'BBC News فارسی', url: (id) => `https://www.bbc.com/persian/articles/c${Number(id.slice(-7)).toString(36)}x4o` },
  yjc: { site: 'باشگاه خبرنگاران جوان', url: (id, _y, _m, _d, s) => `https://www.yjc.ir/fa/news/89${id.slice(-5)}/${s}` },
  independentpersian: { site: 'ایندیپندنت فارسی', url: (id, _y, _m, _d, s) => `https://www.independentpersian.com/node/41${id.slice(-4)}/${s}` },
  'wordpress-amp': { site: 'پایگاه خبری صبح خبر', url: (id) => `https://sobhkhabar.ir/?p=${id.slice(-6)}` },
  aryanews: { site: 'خبرگزاری آریا', url: (id, y, m, d, s) => `http://www.aryanews.com/News/1${y}${m}${d}${id.slice(-6)}/${s}` },
};

const MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const NUMERIC_DATE_RE = /(\d{4})\/(\d{2})\/(\d{2})\s*-\s*(\d{2}):(\d{2})/;
const WORD_DATE_RE = new RegExp(`(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\s*-\\s*(\\d{2}):(\\d{2})`);
const END_OF_NEWS_RE = /^انتهای پیام/;

const latin = (s: string) => s.replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x06f0));
export const persian = (s: string | number) => String(s).replace(/[0-9]/g, (c) => String.fromCharCode(0x06f0 + Number(c)));
const pad = (n: number) => String(n).padStart(2, '0');
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Jalali (Solar Hijri) to Gregorian, the arithmetic of the 33-year cycle. */
function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  const y = jy + 1595;
  let days = -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd
    + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    gy += 100 * Math.floor(--days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gd = days + 1;
  let gm = 0;
  while (gm < 12 && gd > monthDays[gm]) gd -= monthDays[gm++];
  return [gy, gm + 1, gd];
}

interface PageDate { y: string; m: string; d: string; hh: string; mi: string; faLine: string; iso: string }

export function parseDate(raw: string): PageDate {
  const text = latin(raw);
  const n = NUMERIC_DATE_RE.exec(text);
  const w = WORD_DATE_RE.exec(text);
  if (!n && !w) throw new Error(`unparsed date: ${raw}`);
  const [jy, jm, jd, hh, mi] = n
    ? [+n[1], +n[2], +n[3], n[4], n[5]]
    : [+w![3], MONTHS.indexOf(w![2]) + 1, +w![1], w![4], w![5]];
  const [gy, gm, gd] = jalaliToGregorian(jy, jm, jd);
  return {
    y: String(jy), m: pad(jm), d: pad(jd), hh, mi,
    faLine: `${persian(jd)} ${MONTHS[jm - 1]} ${persian(jy)} - ${persian(hh)}:${persian(mi)}`,
    iso: `${gy}-${pad(gm)}-${pad(gd)}T${hh}:${mi}:00+03:30`,
  };
}

const slug = (title: string) => title.replace(/[^\p{L}\p{N}\u200c ]/gu, '').trim().replace(/ +/g, '-');

export function loadTemplate(dirPath: string, name: string): { html: string; dir: Record<string, string> } {
  const dir: Record<string, string> = {};
  const html = readFileSync(resolve(dirPath, `${name}.html`), 'utf8')
    .replace(/^<!--(\w+):(.*)-->\n/gm, (_m, key: string, value: string) => ((dir[key] = value), ''));
  return { html, dir };
}

export function fill(html: string, values: Record<string, string>): string {
  return html
    .replace(/\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_m, key: string, inner: string) => (values[key] ? inner : ''))
    .replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');
}

const links = (titles: string[], tag = 'li') => titles.map((t, i) => `<${tag}><a href="/news/${1000 + i}/">${escapeHtml(t)}</a></${tag}>`).join('');
const words = (text: string, n: number, fromEnd = false) => {
  const all = text.split(/\s+/).filter(Boolean);
  return (fromEnd ? all.slice(-n) : all.slice(0, n)).join(' ');
};

function readExpected(dir: string): Record<string, unknown> {
  const file = resolve(dir, 'expected.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

const HAND_FIELDS = ['speakers', 'speakers_never', 'figures', 'figures_never', 'notes'];

export function writeCase(name: string, html: string, generated: Record<string, unknown>, out = HELDOUT): void {
  const dir = resolve(out, name);
  mkdirSync(dir, { recursive: true });
  const old = readExpected(dir);
  const hand = Object.fromEntries(HAND_FIELDS.map((k) => [k, old[k] ?? []]));
  writeFileSync(resolve(dir, 'source.html'), html);
  writeFileSync(resolve(dir, 'expected.json'), JSON.stringify({ ...generated, ...hand }, null, 1) + '\n');
}

export function buildArticle(rows: Row[], [name, template, rowId, zwnjLost]: ArticleCase, out = HELDOUT): void {
  const index = rows.findIndex((r) => r.id === rowId);
  if (index < 0) throw new Error(`no corpus row ${rowId}`);
  const row = rows[index];
  const { html, dir } = loadTemplate(PAGE_TEMPLATES, template);
  const date = parseDate(row.date);
  const url = SITES[template].url(rowId.split(':')[1], date.y, date.m, date.d, slug(row.title));
  const paragraphs = row.article.split('\n').map((p) => p.trim()).filter((p) => p && !END_OF_NEWS_RE.test(p));
  const lead = row.article_starts_with_summary || template === 'wordpress-amp' ? '' : row.summary.trim();
  const shown = (s: string) => escapeHtml(zwnjLost ? s.replace(/\u200c/g, '') : s);
  // Chrome links (related, most read, in-body box) name other stories, offset differently from build-fixtures.
  const others = [5, 11, 23, 37, 47, 59, 67].map((k) => rows[(index + k) % rows.length].title);
  const bodyHtml = paragraphs.map((p, i) => {
    const para = dir.para.replace('$', shown(p));
    return dir.inline && i === 1 && paragraphs.length > 2 ? para + '\n' + dir.inline.replace('$', escapeHtml(others[6])) : para;
  }).join('\n');
  const site = SITES[template].site;
  const jsonld = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: zwnjLost ? row.title.replace(/\u200c/g, '') : row.title,
    datePublished: date.iso, dateModified: date.iso, mainEntityOfPage: url, description: row.summary,
    publisher: { '@type': 'Organization', name: site },
  }).replace(/</g, '\\u003c');
  const filled = fill(html, {
    TITLE: shown(row.title), DESC: shown(row.summary), URL: escapeHtml(url), ID: url.match(/\d{6,}/)?.[0] ?? rowId.split(':')[1],
    DATE_FA: date.faLine, DATE_ISO: date.iso, LEAD: lead ? shown(lead) : '', BODY: bodyHtml, JSONLD: jsonld,
    KICKER: escapeHtml(row.category), TAGS: links(row.tags.split(',').map((t) => t.trim()).filter(Boolean)),
    RELATED: links(others.slice(0, 3)), MOSTREAD: links(others.slice(3, 6)),
  });
  const page = zwnjLost ? filled.replace(/\u200c/g, '') : filled;
  const asShown = (s: string) => (zwnjLost ? s.replace(/\u200c/g, '') : s);
  const goldLead = lead && template === 'aryanews' ? `خبرگزاری آریا - ${lead}` : lead;
  const body = [goldLead, ...paragraphs].filter(Boolean).map(asShown).join('\n\n');
  const pageText = page.replace(/<[^>]+>/g, ' ');
  const excludes = [...(dir.excludes ?? '').split('|'), others[0], others[3], ...(dir.inline ? [others[6]] : [])]
    .map(asShown).filter((s) => s && pageText.includes(escapeHtml(s)) && !body.includes(s));
  writeCase(name, page, {
    url, site_markup: template, isArticle: true, language: 'fa', title: asShown(row.title), site, published: date.iso, body,
    text_starts_with: words(body, 8), text_ends_with: words(body, 8, true), text_excludes: excludes,
    source: { corpus: row.corpus ?? 'persian_news_leads_2025.jsonl', id: row.corpus_id ?? rowId, zwnj_lost: !!zwnjLost, synthetic_markup: true, heldout: true },
  }, out);
}

export function buildList(rows: Row[], [name, template, title, url, desc, listed]: ListCase, out = HELDOUT, templates = OWN_TEMPLATES): void {
  const { html, dir } = loadTemplate(templates, template);
  const live = template.startsWith('live-');
  const items = listed.map((i, k) => {
    const r = rows[i];
    const d = parseDate(r.date);
    // A ticker shows only the clock, newest first, a few minutes apart.
    const when = live ? persian(`${pad(14 - Math.floor((k * 7) / 60))}:${pad(59 - ((k * 7) % 60))}`) : r.date;
    return dir.item.replaceAll('$ID', r.id.split(':')[1]).replaceAll('$TITLE', escapeHtml(r.title))
      .replace('$LEAD', escapeHtml(r.summary)).replace('$DATE', escapeHtml(when || d.faLine));
  }).join('\n');
  const first = rows[listed[0]];
  const date = parseDate(first.date);
  const page = fill(html, {
    TITLE: escapeHtml(title), URL: escapeHtml(url), ID: first.id.split(':')[1], LIST: items, DESC: escapeHtml(desc),
    DATE_FA: date.faLine,
  });
  writeCase(name, page, {
    url, site_markup: template, isArticle: false, language: 'fa', title, site: '', published: null, body: '',
    text_starts_with: '', text_ends_with: '', text_excludes: [],
    source: { corpus: 'persian_news_leads_2025.jsonl', listed: listed.map((i) => rows[i].id), synthetic_markup: true, heldout: true },
  }, out);
}

export const readLeads = (): Row[] => readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = readLeads();
  for (const c of ARTICLES) buildArticle(rows, c);
  for (const c of LISTS) buildList(rows, c);
  console.log(`built ${ARTICLES.length} article and ${LISTS.length} non-article held-out fixtures in ${HELDOUT}`);
}
