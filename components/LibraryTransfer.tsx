import { parseBackup, type BackupError } from '@/utils/import';
import type { MessageKey } from '@/utils/i18n';
import type { SavedArticle } from '@/utils/library';
import { downloadText } from './download';
import { useI18n } from './i18n-context';
import type { LibraryApi } from './services';
import { describeStorageError } from './storage-errors';

interface Props {
  library: LibraryApi;
  now: () => Date;
  /** All saved articles, or the current search result. */
  selectedArticles: () => Promise<SavedArticle[]>;
  onImported: (message: string) => void;
  onError: (message: string) => void;
}

const IMPORT_ERRORS: Record<BackupError, MessageKey> = {
  'invalid-json': 'importInvalidJson',
  truncated: 'importInvalidJson',
  'not-a-backup': 'importForeign',
  'newer-schema': 'importNewerSchema',
  'too-large': 'importTooLarge',
  empty: 'importEmpty',
};

/** Export (Markdown, JSON, CSV) and «بازگردانی از پشتیبان». */
export function LibraryTransfer({ library, now, selectedArticles, onImported, onError }: Props) {
  const { t } = useI18n();

  const exportAs = async (kind: 'md' | 'json' | 'csv') => {
    // The builders (and papaparse) load on first use, not with the popup.
    const [{ buildCsvExport, buildJsonExport, buildMarkdownExport, exportFileName }, articles] = await Promise.all([
      import('@/utils/export'),
      selectedArticles(),
    ]);
    const at = now();
    const [content, mime] =
      kind === 'md' ? [buildMarkdownExport(articles, at), 'text/markdown']
      : kind === 'json' ? [buildJsonExport(articles, at), 'application/json']
      : [buildCsvExport(articles), 'text/csv'];
    downloadText(exportFileName(kind, at), content, mime);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) return onError(t(IMPORT_ERRORS[parsed.error]));
    try {
      const counts = await library.importBackup(parsed.articles);
      onImported(t('importResult', counts));
    } catch (error) {
      onError(describeStorageError(error, t));
    }
  };

  return (
    <div class="library-tools">
      <button type="button" onClick={() => void exportAs('md')}>{t('exportMarkdown')}</button>
      <button type="button" onClick={() => void exportAs('json')}>{t('exportJson')}</button>
      <button type="button" onClick={() => void exportAs('csv')}>{t('exportCsv')}</button>
      <label class="file-label">
        {t('importBackup')}
        <input type="file" accept="application/json,.json"
          onChange={(e) => { void importFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      </label>
    </div>
  );
}
