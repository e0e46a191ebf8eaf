import { useEffect, useState } from 'preact/hooks';
import type { SavedArticle } from '@/utils/library';
import type { FigureKind } from '@/utils/types';
import { ArticleView } from './ArticleView';
import { NoteEditor } from './NoteEditor';
import { StatusMessage } from './StatusMessage';
import { useI18n } from './i18n-context';
import type { LibraryApi } from './services';

interface Props {
  id: string;
  library: LibraryApi;
  now: () => Date;
  openUrl: (url: string) => void;
  figureKinds?: FigureKind[];
}

/** One saved article: its analysis as saved, a link to the original, and the reader's note. */
export function SavedEntryView({ id, library, now, openUrl, figureKinds }: Props) {
  const { t } = useI18n();
  const [article, setArticle] = useState<SavedArticle | null | undefined>(undefined);
  useEffect(() => void library.getSaved(id).then(setArticle, () => setArticle(null)), [id]);

  if (article === undefined) return <StatusMessage title={t('loading')} busy />;
  if (article === null) return <StatusMessage title={t('errorTitle')} body={t('corruptedEntry')} />;
  const safeUrl = /^https?:\/\//i.test(article.url) ? article.url : '';
  return (
    <>
      <NoteEditor
        note={article.note}
        tags={article.tags}
        onSaveNote={(note) => library.updateNote(article.id, note, now()).then(() => undefined)}
        onDraft={(note) => void library.saveNoteDraft(article.id, note, now())}
        onSaveTags={(tags) => library.updateTags(article.id, tags, now()).then(() => undefined)}
      />
      {safeUrl && (
        <p><button type="button" class="link" onClick={() => openUrl(safeUrl)}>{t('openOriginal')}</button></p>
      )}
      <ArticleView analysis={article} figureKinds={figureKinds} />
    </>
  );
}
