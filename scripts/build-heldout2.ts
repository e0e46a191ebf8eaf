// Builds the SECOND held-out fixture set, tests/fixtures/heldout2/<case>/, with the page-filling steps
// of scripts/build-heldout.ts. The first held-out set is being fixed against, so this one takes the
// texts that NO set uses (tests/fixtures/pages, tests/fixtures/heldout, tests/fixtures/speakers/*,
// tests/fixtures/figures/dev.json): the unused rows of persian_news_leads_2025.jsonl and the three rows
// of pn_summary_test_sample.jsonl. pn_summary rows carry no date, tags or Persian category, so those
// are supplied here (marked in PN_EXTRA) and the page id comes from the row's link.
// Non-article pages: a photo gallery with short captions written for this set, and a «آخرین اخبار»
// list; their templates are in tests/fixtures/heldout2/_templates.
// Hand annotations already in expected.json are kept (see writeCase).
// Usage: npx tsx scripts/build-heldout2.ts
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildList, escapeHtml, fill, loadTemplate, parseDate, readLeads, writeCase,
  type ArticleCase, type ListCase, type Row, buildArticle,
} from './build-heldout';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'tests/fixtures/heldout2');
const OWN_TEMPLATES = resolve(OUT, '_templates');
const PN = resolve(ROOT, '../shared/corpus/nlp/summarization/pn_summary_test_sample.jsonl');

interface PnRow { id: string; title: string; article: string; summary: string; source: string; category: string; link: string }

/** What pn_summary lacks, chosen to fit each text (its own dates: «سه ماه نخست امسال», «آذر ماه ۹۹»). */
const PN_EXTRA: Record<string, { date: string; category: string; tags: string }> = {
  ff49386698b87be4fc3943bd3cf88987157e1d47: { date: '۱۲ تیر ۱۳۹۸ - ۱۰:۳۰', category: 'نفت و انرژی', tags: 'نفت کوره,سبزوار,مصرف سوخت' },
  e5e51e36172c654486371824f1b3aea648f5130f: { date: '۱۴ مهر ۱۳۹۹ - ۱۱:۲۰', category: 'علم و فناوری', tags: 'نقشه برداری مغز,معاونت علمی و فناوری,بیوبانک' },
  '1ffbe01ead18b7ef38bbb3cc492c558be23061a3': { date: '۲۵ خرداد ۱۳۹۸ - ۱۵:۴۰', category: 'بین‌الملل', tags: 'اوپک,تغییرات اقلیمی,بارکیندو' },
};

function pnRows(): Row[] {
  return readFileSync(PN, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const r = JSON.parse(l) as PnRow;
    const pageId = decodeURIComponent(r.link).match(/\/news\/(\d+)\//)![1];
    return {
      id: `pn_summary:${pageId}`, title: r.title, article: r.article, summary: r.summary, source: r.source,
      ...PN_EXTRA[r.id], article_starts_with_summary: false, corpus: 'pn_summary_test_sample.jsonl', corpus_id: r.id,
    };
  });
}

/** [case folder, template, row id (pn_summary:<page id> for pn rows), ZWNJ lost] */
const ARTICLES: ArticleCase[] = [
  ['irna-sabzevar-fuel', 'irna', 'pn_summary:243726', true],
  ['independent-opec-climate', 'independentpersian', 'pn_summary:293777'],
  ['mehr-brain-mapping-challenge', 'mehr', 'pn_summary:5041956'],
  ['hamshahri-exercise-myths', 'hamshahri', 'hamshahrionline.ir:973112', true],
  ['tasnim-mehrabi-poetry-night', 'tasnim', 'tasnimnews.com:3392876'],
  ['khabaronline-real-barca-laliga', 'khabaronline', 'hamshahrionline.ir:973000'],
  ['isna-asian-karate', 'isna', 'tasnimnews.com:3392548'],
  ['wordpress-ghadir-unity', 'wordpress-amp', 'tasnimnews.com:3392708'],
  ['yjc-taremi-inter', 'yjc', 'hamshahrionline.ir:973192'],
  ['aryanews-skating-results', 'aryanews', 'borna.news:2253992'],
  ['bbcpersian-khodabandelou-injury', 'bbcpersian', 'tasnimnews.com:3392532'],
  ['isna-aluminium-kheybar', 'isna', 'tasnimnews.com:3392764'],
];

const LISTS: ListCase[] = [
  ['nonarticle-hamshahri-latest', 'list-latest-hamshahri', 'آخرین اخبار', 'https://www.hamshahrionline.ir/latest',
    'تازه‌ترین خبرهای ایران و جهان به ترتیب زمان انتشار', [3, 12, 29, 41, 44, 52, 60, 66, 70, 74, 79, 9, 17, 33, 47]],
];

/** A photo report: a one-line lead and short captions, no running text (captions written for this set). */
const GALLERY = {
  name: 'nonarticle-tasnim-gallery', template: 'gallery-tasnim-photo',
  title: 'برداشت خرمای مضافتی در نخلستان‌های جیرفت',
  desc: 'فصل برداشت خرمای مضافتی در نخلستان‌های جنوب استان کرمان آغاز شده است.',
  url: 'https://www.tasnimnews.com/fa/news/1404/06/16/3393012/تصاویر-برداشت-خرمای-مضافتی-در-نخلستان-های-جیرفت',
  date: '۱۶ شهریور ۱۴۰۴ - ۰۸:۴۵', photographer: 'مرتضی ریگی', tags: 'جیرفت,خرما,کشاورزی',
  captions: [
    'نخلستانی در حاشیه شهر جیرفت در نخستین روز برداشت',
    'کارگری با طناب از نخل بالا می‌رود',
    'خوشه‌های خرما پیش از چیدن',
    'چیدن خوشه‌ها با داس در ارتفاع ده متری',
    'زنان روستای دهکهان خرماها را جدا می‌کنند',
    'جعبه‌های خرما در انتظار بارگیری',
    'بسته‌بندی دستی در یکی از کارگاه‌های محلی',
    'کودکی در میان سبدهای خرما',
    'وزن کردن محصول پیش از فروش',
    'کامیون‌ها بار خرما را به سردخانه می‌برند',
    'غروب آفتاب در نخلستان‌های جنوب کرمان',
  ],
};

function buildGallery(rows: Row[]): void {
  const g = GALLERY;
  const { html, dir } = loadTemplate(OWN_TEMPLATES, g.template);
  const date = parseDate(g.date);
  const id = g.url.match(/\/(\d{7})\//)![1];
  const items = g.captions.map((c, i) => dir.item.replaceAll('$URL', escapeHtml(g.url)).replaceAll('$N', String(i + 1))
    .replaceAll('$CAPTION', escapeHtml(c))).join('\n');
  const links = (titles: string[]) => titles.map((t, i) => `<li><a href="/fa/news/${2000 + i}/">${escapeHtml(t)}</a></li>`).join('');
  const jsonld = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: g.title, datePublished: date.iso,
    mainEntityOfPage: g.url, description: g.desc, publisher: { '@type': 'Organization', name: 'خبرگزاری تسنیم' },
  }).replace(/</g, '\\u003c');
  const page = fill(html, {
    TITLE: escapeHtml(g.title), DESC: escapeHtml(g.desc), URL: escapeHtml(g.url), ID: id, DATE_FA: date.faLine,
    PHOTOGRAPHER: escapeHtml(g.photographer), LIST: items, JSONLD: jsonld,
    TAGS: links(g.tags.split(',')), RELATED: links([rows[6].title, rows[14].title, rows[22].title]),
    MOSTREAD: links([rows[27].title, rows[39].title, rows[58].title]),
  });
  writeCase(g.name, page, {
    url: g.url, site_markup: g.template, isArticle: false, language: 'fa', title: g.title, site: '', published: null, body: '',
    text_starts_with: '', text_ends_with: '', text_excludes: [],
    source: { corpus: 'captions written for this set', synthetic_markup: true, heldout: true },
  }, OUT);
}

const rows = [...readLeads(), ...pnRows()];
for (const c of ARTICLES) buildArticle(rows, c, OUT);
for (const c of LISTS) buildList(rows, c, OUT, OWN_TEMPLATES);
buildGallery(rows);
console.log(`built ${ARTICLES.length} article and ${LISTS.length + 1} non-article held-out fixtures in ${OUT}`);
