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
      {/* Loading is not a heading: the page's h1 is the article title or the final message. */}
      {busy ? <p class="status-title">{title}</p> : <h1>{title}</h1>}
      {body && <p>{body}</p>}
      {!busy && <p class="muted small">{t('privacy')}</p>}
    </section>
  );
}
