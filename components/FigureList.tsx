import type { Figure } from '@/utils/types';
import { formatNumber } from '@/utils/i18n';
import { useI18n } from './i18n-context';

interface Props {
  figures: Figure[];
  onJump?: (text: string) => void;
}

/** Key figures as written, with what they count and where they come from. */
export function FigureList({ figures, onJump }: Props) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('figures')}</h2>
      {figures.length === 0 && <p class="muted">{t('noFigures')}</p>}
      <ul class="figures">
        {figures.map((figure, i) => (
          <li key={i} class="figure">
            <details>
              <summary>
                <strong class="figure-text" dir="auto">{figureLabel(figure)}</strong>
                {showsScale(figure) && <span class="figure-value muted">= {formatNumber(figure.value, lang)}</span>}
                <span class="badge">{t(`kind_${figure.kind}`)}</span>
              </summary>
              {onJump ? (
                <button type="button" class="link quote" dir="auto" title={t('jumpToSentence')} onClick={() => onJump(figure.sentence)}>
                  {figure.sentence}
                </button>
              ) : (
                <p dir="auto" class="quote">{figure.sentence}</p>
              )}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** «۶۳۹ پروژه»: the figure as written, followed by its unit when the text doesn't already say it. */
export function figureLabel(figure: Figure): string {
  if (!figure.unit || figure.text.includes(figure.unit)) return figure.text;
  return `${figure.text} ${figure.unit}`;
}

/** Scale words or number words resolved: «۸۵ میلیون تومان» also shows «= ۸۵٬۰۰۰٬۰۰۰». */
function showsScale(figure: Figure): boolean {
  return Math.abs(figure.value) >= 1000 && /[^\d\u06f0-\u06f9\u0660-\u0669.,٫٬\s%٪]/.test(figure.text.replace(figure.unit, ''));
}
