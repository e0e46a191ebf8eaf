import { useI18n } from './i18n-context';

export function SummarySection({ sentences }: { sentences: string[] }) {
  const { t } = useI18n();
  if (sentences.length === 0) return null;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary')}</h2>
      {sentences.map((s, i) => (
        <p key={i} dir="auto" class="summary-sentence">{s}</p>
      ))}
    </section>
  );
}
