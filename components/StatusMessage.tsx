import { useI18n } from './i18n-context';

interface Props {
  title: string;
  body?: string;
  busy?: boolean;
}

/** A whole-popup state: loading, "not an article", "not Persian", errors. Never blank. */
export function StatusMessage({ title, body, busy }: Props) {
  const { t } = useI18n();
  return (
    <section class="status" role="status" aria-busy={busy ? 'true' : undefined}>
      <h1>{title}</h1>
      {body && <p>{body}</p>}
      {!busy && <p class="muted small">{t('privacy')}</p>}
    </section>
  );
}
