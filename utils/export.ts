// Export builders: Markdown (to read), JSON (the full backup), CSV (for spreadsheets).
// Pure: articles and `now` in, file text out; the popup does the download.
import Papa from 'papaparse';
import { BACKUP_FORMAT } from './import';
import { toPersianDigits } from './normalize';
import { ARTICLE_SCHEMA_VERSION, compareNewestFirst, type SavedArticle } from './library';

export type ExportKind = 'md' | 'json' | 'csv';

const CSV_COLUMNS = ['id', 'title', 'site', 'url', 'published', 'savedAt', 'summary', 'speakers', 'figures', 'note', 'tags'] as const;
const BOM = '\ufeff';
// What spreadsheets run as a formula. Papa's own escapeFormulae misses multi-line cells.
const FORMULA_RE = /^[=+\-@\t\r]/;

// Characters that start Markdown or HTML anywhere in a line (Obsidian adds $ math, %% comments, == highlight).
const INLINE_ACTIVE_RE = /[\\`*_{}[\]<>|~$%=#!]/g;
// At the start of a line these make a heading, list, quote or rule.
const LINE_START_MARK_RE = /^[+-]/;
const LINE_START_NUMBER_RE = /^(\d+)([.)])/;
const SAFE_URL_RE = /^https?:\/\/[^\s<>"'`\\]+$/i;
// In the reader's own note Markdown is kept (quotes from «add selection», lists); only HTML and links are made inert.
const NOTE_ACTIVE_RE = /[<[\]\\]/g;

/** Page-derived text as inert Markdown on one line: `<img onerror>` and `[x](javascript:…)` stay text. */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s*\n\s*/g, ' ').trim();
  return line.replace(INLINE_ACTIVE_RE, '\\$&').replace(LINE_START_MARK_RE, '\\$&').replace(LINE_START_NUMBER_RE, '$1\\$2');
}

function escapeNote(note: string): string {
  return note.trim().replace(NOTE_ACTIVE_RE, '\\$&');
}

function link(url: string): string {
  return SAFE_URL_RE.test(url) ? `<${url}>` : escapeMarkdown(url);
}

/** «۱ فروردین ۱۴۰۳ (2024-03-20T09:30:00+03:30)»: Jalali for readers, the stored ISO form for tools. */
function jalaliAndIso(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return escapeMarkdown(iso);
  const jalali = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tehran' }).format(date);
  return `${jalali} (${iso})`;
}

function blockquote(text: string): string {
  return text.split(/\n+/).map((line) => `> ${escapeMarkdown(line)}`).join('\n');
}

function markdownSection(a: SavedArticle): string {
  const out = [`## ${escapeMarkdown(a.title) || 'بی‌عنوان'}`, ''];
  out.push(`- منبع: ${escapeMarkdown(a.site) || '—'}`);
  out.push(`- تاریخ انتشار: ${jalaliAndIso(a.published)}`);
  out.push(`- نشانی: ${link(a.canonicalUrl || a.url)}`);
  out.push(`- ذخیره: ${jalaliAndIso(a.savedAt)}`);
  if (a.tags.length) out.push(`- برچسب‌ها: ${a.tags.map(escapeMarkdown).join('، ')}`);
  if (a.summary.length) out.push('', '### خلاصه', '', ...a.summary.map((s) => `- ${escapeMarkdown(s)}`));
  if (a.speakers.length) {
    out.push('', '### گویندگان');
    for (const s of a.speakers) {
      out.push('', `**${escapeMarkdown(s.name)}**${s.role ? ` (${escapeMarkdown(s.role)})` : ''}`);
      if (s.quotes.length) out.push('', s.quotes.map(blockquote).join('\n>\n'));
    }
  }
  if (a.figures.length) {
    out.push('', '### ارقام', '', ...a.figures.map((f) => `- **${escapeMarkdown(f.text)}**${f.sentence ? `: ${escapeMarkdown(f.sentence)}` : ''}`));
  }
  if (a.note.trim()) out.push('', '### یادداشت', '', escapeNote(a.note));
  return out.join('\n');
}

/** One Markdown document, an article per section (newest first); readable in Obsidian and on GitHub. */
export function buildMarkdownExport(articles: readonly SavedArticle[], now: Date): string {
  const sorted = [...articles].sort(compareNewestFirst);
  const head = ['# چکیده: مقاله‌های ذخیره‌شده', '', `خروجی ${jalaliAndIso(now.toISOString())}، ${toPersianDigits(sorted.length)} مقاله`];
  return [head.join('\n'), ...sorted.map(markdownSection)].join('\n\n---\n\n') + '\n';
}

/** The full backup (every field), read back by parseBackup in utils/import.ts. */
export function buildJsonExport(articles: readonly SavedArticle[], now: Date): string {
  const backup = {
    format: BACKUP_FORMAT,
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    articles: [...articles].sort(compareNewestFirst),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

function csvRow(a: SavedArticle): Record<(typeof CSV_COLUMNS)[number], string> {
  return {
    id: a.id,
    title: a.title,
    site: a.site,
    url: a.url,
    published: a.published ?? '',
    savedAt: a.savedAt,
    summary: a.summary.join('\n'),
    speakers: a.speakers.map((s) => `${s.name}${s.role ? ` (${s.role})` : ''}${s.quotes.length ? `: ${s.quotes.map((q) => `«${q}»`).join(' ')}` : ''}`).join('\n'),
    figures: a.figures.map((f) => f.text).join('\n'),
    note: a.note,
    tags: a.tags.join('، '),
  };
}

/**
 * One row per article, UTF-8 with a BOM (so Excel reads Persian). Cells that a
 * spreadsheet would run as a formula (= + - @ tab CR first) get a leading «'».
 */
export function buildCsvExport(articles: readonly SavedArticle[]): string {
  const rows = [...articles].sort(compareNewestFirst).map(csvRow);
  const data = rows.map((r) => CSV_COLUMNS.map((c) => (FORMULA_RE.test(r[c]) ? `'${r[c]}` : r[c])));
  return `${BOM}${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

/** «chekideh-2024-03-20-0830.md», «chekideh-backup-2024-03-20-0830.json» (UTC). */
export function exportFileName(kind: ExportKind, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return kind === 'json' ? `chekideh-backup-${stamp}.json` : `chekideh-${stamp}.${kind}`;
}
