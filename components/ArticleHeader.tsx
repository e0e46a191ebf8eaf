import { formatDate } from '@/utils/i18n';
import { useI18n } from './i18n-context';

interface Props {
  title: string;
  site: string;
  published: string | null;
}

export function ArticleHeader({ title, site, published }: Props) {
  const { t, lang } = useI18n();
  const date = formatDate(published, lang);
  return (
    <header class="article-header">
      <h1 dir="auto">{title}</h1>
      <p class="meta">
        {site && (
          <span>
            <span class="visually-hidden">{t('source')}: </span>
            <bdi>{site}</bdi>
          </span>
        )}
        {date && (
          <time dateTime={published ?? undefined}>
            <span class="visually-hidden">{t('published')}: </span>
            {date}
          </time>
        )}
      </p>
    </header>
  );
}
