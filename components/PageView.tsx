import type { ComponentChildren } from 'preact';
import type { SavedArticle } from '@/utils/library';
import type { Analysis, FigureKind, NoAnalysisReason } from '@/utils/types';
import type { MessageKey } from '@/utils/i18n';
import { ArticleView } from './ArticleView';
import { SaveBar } from './SaveBar';
import { StatusMessage } from './StatusMessage';
import { useI18n } from './i18n-context';

export type PageState =
  | { status: 'loading' }
  | { status: 'ready'; analysis: Analysis }
  | { status: 'unavailable'; reason: NoAnalysisReason | 'restricted' | 'error' };

const UNAVAILABLE: Record<Exclude<PageState, { status: 'ready' | 'loading' }>['reason'], [MessageKey, MessageKey]> = {
  'not-article': ['notArticleTitle', 'notArticleBody'],
  'not-persian': ['notPersianTitle', 'notPersianBody'],
  'no-text': ['noTextTitle', 'noTextBody'],
  'too-large': ['tooLargeTitle', 'tooLargeBody'],
  restricted: ['restrictedTitle', 'restrictedBody'],
  error: ['errorTitle', 'restrictedBody'],
};

interface Props {
  page: PageState;
  savedEntry: SavedArticle | null;
  onSave: (analysis: Analysis) => Promise<void>;
  onOpenSaved: (id: string) => void;
  onJump?: (text: string) => void;
  /** Figure kinds the reader chose to see (all when absent). */
  figureKinds?: FigureKind[];
  /** The note editor, shown once the article is saved. */
  note?: ComponentChildren;
}

/** The analysis of the tab's page, or a clear message saying why there is none. */
export function PageView({ page, savedEntry, onSave, onOpenSaved, onJump, figureKinds, note }: Props) {
  const { t } = useI18n();
  if (page.status === 'loading') return <StatusMessage title={t('loading')} busy />;
  if (page.status === 'unavailable') {
    const [title, body] = UNAVAILABLE[page.reason];
    return <StatusMessage title={t(title)} body={t(body)} />;
  }
  return (
    <>
      <SaveBar
        savedEntry={savedEntry}
        onSave={() => onSave(page.analysis)}
        onOpenSaved={onOpenSaved}
      />
      {note}
      <ArticleView analysis={page.analysis} onJump={onJump} figureKinds={figureKinds} />
    </>
  );
}
