// Builds the synthetic fixture pages in tests/fixtures/pages/<case>/ from real Persian news
// texts (persian_news_leads_2025.jsonl) poured into the markup of each site's CMS
// (tests/fixtures/pages/_templates/<site>.html). Writes source.html and the mechanical fields of
// expected.json (url, title, body, excludes…); the hand annotations already in expected.json
// (speakers, figures, *_never, notes) are kept, so re-running never loses the gold standard.
// Usage: npx tsx scripts/build-fixtures.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = resolve(ROOT, 'tests/fixtures/pages');
const CORPUS = resolve(ROOT, '../shared/corpus/nlp/summarization/persian_news_leads_2025.jsonl');

interface Row {
  id: string; title: string; article: string; summary: string; source: string;
  date: string; category: string; tags: string; article_starts_with_summary: boolean;
}

/** [case folder, template, corpus row id, ZWNJ lost on the way like the seed] */
const ARTICLES: [string, string, string, boolean?][] = [
  ['isna-minab-games', 'isna', 'borna.news:2253824'],
  ['isna-aedes-mosquito', 'isna', 'hamshahrionline.ir:973056'],
  ['irna-khuzestan-budget', 'irna', 'borna.news:2253928'],
  ['irna-subsidy-removal', 'irna', 'khabaronline.ir:2105860', true],
  ['tasnim-machinery', 'tasnim', 'tasnimnews.com:3392556'],
  ['tasnim-sistan-livestock', 'tasnim', 'tasnimnews.com:3392644'],
  ['tasnim-corbyn', 'tasnim', 'tasnimnews.com:3392780'],
  ['mehr-khosravi-customs', 'mehr', 'borna.news:2253952'],
  ['mehr-eye-flu', 'mehr', 'khabaronline.ir:2105708'],
  ['mehr-solar-inverters', 'mehr', 'borna.news:2253880', true],
  ['hamshahri-deputy-payslip', 'hamshahri', 'hamshahrionline.ir:973040'],
  ['hamshahri-tehran-heat', 'hamshahri', 'hamshahrionline.ir:973104'],
  ['bbcpersian-wc135', 'bbcpersian', 'hamshahrionline.ir:973152'],
  ['bbcpersian-toyota-ev', 'bbcpersian', 'tasnimnews.com:3392684'],
  ['yjc-yasuj-crashes', 'yjc', 'borna.news:2253920'],
  ['yjc-cleric-kidnapped', 'yjc', 'hamshahrionline.ir:973168'],
  ['khabaronline-arbaeen-covid', 'khabaronline', 'khabaronline.ir:2105700'],
  ['khabaronline-mehri', 'khabaronline', 'khabaronline.ir:2105836'],
  ['independent-saeedifar', 'independentpersian', 'khabaronline.ir:2105740'],
  ['independent-baku-flights', 'independentpersian', 'tasnimnews.com:3392868'],
  ['wordpress-esteghlal-deadline', 'wordpress-amp', 'borna.news:2253832'],
  ['wordpress-mazandaran-women', 'wordpress-amp', 'borna.news:2253936', true],
  ['aryanews-summer-trips', 'aryanews', 'borna.news:2253976', true],
  ['aryanews-barley', 'aryanews', 'tasnimnews.com:3392628'],
];

/** Non-article pages: [case folder, template, page title, url, corpus rows listed on it] */
const LISTS: [string, string, string, string, number[]][] = [
  ['nonarticle-isna-tag', 'list-isna-tag', 'استاندار', 'https://www.isna.ir/tag/استاندار', [12, 13, 14, 3, 66, 18, 7, 15]],
  ['nonarticle-mehr-search', 'list-mehr-search', 'یارانه', 'https://www.mehrnews.com/search?q=یارانه', [57, 60, 55, 22, 4, 17]],
  ['nonarticle-khabaronline-archive', 'list-khabaronline-archive', 'آرشیو اخبار', 'https://www.khabaronline.ir/archive?pi=1', [40, 41, 42, 43, 44, 45, 46, 47, 48, 49]],
  ['nonarticle-tasnim-video', 'video-tasnim', 'فیلم | لحظه ورود مسافران نخستین پرواز باکو به تبریز', 'https://www.tasnimnews.com/fa/media/1404/06/15/3392870', [76, 68, 67, 73]],
];

const SITES: Record<string, { site: string; url: (id: string, y: string, m: string, d: string, slug: string) => string }> = {
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
const persian = (s: string | number) => String(s).replace(/[0-9]/g, (c) => String.fromCharCode(0x06f0 + Number(c)));
const pad = (n: number) => String(n).padStart(2, '0');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

interface PageDate { y: string; m: string; d: string; faLine: string; iso: string }

function parseDate(raw: string): PageDate {
  const text = latin(raw);
  const n = NUMERIC_DATE_RE.exec(text);
  const w = WORD_DATE_RE.exec(text);
  if (!n && !w) throw new Error(`unparsed date: ${raw}`);
  const [jy, jm, jd, hh, mi] = n
    ? [+n[1], +n[2], +n[3], n[4], n[5]]
    : [+w![3], MONTHS.indexOf(w![2]) + 1, +w![1], w![4], w![5]];
  const [gy, gm, gd] = jalaliToGregorian(jy, jm, jd);
  return {
    y: String(jy), m: pad(jm), d: pad(jd),
    faLine: `${persian(jd)} ${MONTHS[jm - 1]} ${persian(jy)} - ${persian(hh)}:${persian(mi)}`,
    iso: `${gy}-${pad(gm)}-${pad(gd)}T${hh}:${mi}:00+03:30`,
  };
}

const slug = (title: string) => title.replace(/[^\p{L}\p{N}\u200c ]/gu, '').trim().replace(/ +/g, '-');

/** Splits a template into its directives (first-line comments) and its HTML. */
function loadTemplate(name: string): { html: string; dir: Record<string, string> } {
  const dir: Record<string, string> = {};
  const html = readFileSync(resolve(PAGES, '_templates', `${name}.html`), 'utf8')
    .replace(/^<!--(\w+):(.*)-->\n/gm, (_m, key: string, value: string) => ((dir[key] = value), ''));
  return { html, dir };
}

function fill(html: string, values: Record<string, string>): string {
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

function writeCase(name: string, html: string, generated: Record<string, unknown>): void {
  const dir = resolve(PAGES, name);
  mkdirSync(dir, { recursive: true });
  const old = readExpected(dir);
  const hand = Object.fromEntries(HAND_FIELDS.map((k) => [k, old[k] ?? []]));
  writeFileSync(resolve(dir, 'source.html'), html);
  writeFileSync(resolve(dir, 'expected.json'), JSON.stringify({ ...generated, ...hand }, null, 1) + '\n');
}

function buildArticle(rows: Row[], [name, template, rowId, zwnjLost]: (typeof ARTICLES)[number]): void {
  const index = rows.findIndex((r) => r.id === rowId);
  const row = rows[index];
  const { html, dir } = loadTemplate(template);
  const date = parseDate(row.date);
  const url = SITES[template].url(rowId.split(':')[1], date.y, date.m, date.d, slug(row.title));
  const paragraphs = row.article.split('\n').map((p) => p.trim()).filter((p) => p && !END_OF_NEWS_RE.test(p));
  const lead = row.article_starts_with_summary || template === 'wordpress-amp' ? '' : row.summary.trim();
  const shown = (s: string) => escapeHtml(zwnjLost ? s.replace(/\u200c/g, '') : s);
  const others = [7, 13, 29, 41, 53, 61, 71].map((k) => rows[(index + k) % rows.length].title);
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
  // A page that lost its half-spaces lost them everywhere, chrome included.
  const page = zwnjLost ? filled.replace(/\u200c/g, '') : filled;
  const asShown = (s: string) => (zwnjLost ? s.replace(/\u200c/g, '') : s);
  const goldLead = lead && template === 'aryanews' ? `خبرگزاری آریا - ${lead}` : lead;
  const body = [goldLead, ...paragraphs].filter(Boolean).join('\n\n');
  const pageText = page.replace(/<[^>]+>/g, ' ');
  const excludes = [...(dir.excludes ?? '').split('|'), others[0], others[3], ...(dir.inline ? [others[6]] : [])]
    .map(asShown).filter((s) => s && pageText.includes(escapeHtml(s)) && !body.includes(s));
  writeCase(name, page, {
    url, site_markup: template, isArticle: true, language: 'fa', title: row.title, site, published: date.iso, body,
    text_starts_with: words(body, 8), text_ends_with: words(body, 8, true), text_excludes: excludes,
    source: { corpus: 'persian_news_leads_2025.jsonl', id: rowId, zwnj_lost: !!zwnjLost, synthetic_markup: true },
  });
}

function buildList(rows: Row[], [name, template, title, url, listed]: (typeof LISTS)[number]): void {
  const { html, dir } = loadTemplate(template);
  const items = listed.map((i) => {
    const r = rows[i];
    return dir.item.replace('$ID', r.id.split(':')[1]).replace('$TITLE', escapeHtml(r.title))
      .replace('$LEAD', escapeHtml(r.summary)).replace('$DATE', escapeHtml(r.date));
  }).join('\n');
  const first = rows[listed[0]];
  const date = parseDate(first.date);
  const page = fill(html, {
    TITLE: escapeHtml(title), URL: escapeHtml(url), ID: first.id.split(':')[1], LIST: items, DESC: escapeHtml(first.summary),
    DATE_FA: date.faLine, JSONLD: JSON.stringify({ '@context': 'https://schema.org', '@type': 'VideoObject', name: title, uploadDate: date.iso }),
  });
  writeCase(name, page, {
    url, site_markup: template, isArticle: false, language: 'fa', title, site: '', published: null, body: '',
    text_starts_with: '', text_ends_with: '', text_excludes: [],
    source: { corpus: 'persian_news_leads_2025.jsonl', listed: listed.map((i) => rows[i].id), synthetic_markup: true },
  });
}

const rows: Row[] = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
for (const c of ARTICLES) buildArticle(rows, c);
for (const c of LISTS) buildList(rows, c);
console.log(`built ${ARTICLES.length} article and ${LISTS.length} non-article fixtures in ${PAGES}`);
