import type { Analysis } from '@/utils/types';
import { ArticleHeader } from './ArticleHeader';
import { SummarySection } from './SummarySection';
import { SpeakerList } from './SpeakerList';
import { FigureList } from './FigureList';

interface Props {
  analysis: Pick<Analysis, 'title' | 'site' | 'published' | 'summary' | 'speakers' | 'figures'>;
  onJump?: (text: string) => void;
}

/** The analysis of one article: the same view for the open page and a saved entry. */
export function ArticleView({ analysis, onJump }: Props) {
  return (
    <article class="analysis">
      <ArticleHeader title={analysis.title} site={analysis.site} published={analysis.published} />
      <SummarySection sentences={analysis.summary} />
      <SpeakerList speakers={analysis.speakers} onJump={onJump} />
      <FigureList figures={analysis.figures} onJump={onJump} />
    </article>
  );
}
