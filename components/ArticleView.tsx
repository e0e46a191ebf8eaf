import type { Analysis, FigureKind } from '@/utils/types';
import { ArticleHeader } from './ArticleHeader';
import { SummarySection } from './SummarySection';
import { SpeakerList } from './SpeakerList';
import { FigureList } from './FigureList';

interface Props {
  analysis: Pick<Analysis, 'title' | 'site' | 'published' | 'summary' | 'speakers' | 'figures'>;
  onJump?: (text: string) => void;
  /** Figure kinds the reader chose to see (all when absent). */
  figureKinds?: FigureKind[];
}

/** The analysis of one article: the same view for the open page and a saved entry. */
export function ArticleView({ analysis, onJump, figureKinds }: Props) {
  const figures = figureKinds ? analysis.figures.filter((f) => figureKinds.includes(f.kind)) : analysis.figures;
  return (
    <article class="analysis">
      <ArticleHeader title={analysis.title} site={analysis.site} published={analysis.published} />
      <SummarySection sentences={analysis.summary} />
      <SpeakerList speakers={analysis.speakers} onJump={onJump} />
      <FigureList figures={figures} onJump={onJump} />
    </article>
  );
}
