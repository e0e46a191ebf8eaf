import type { Speaker } from '@/utils/types';
import { useI18n } from './i18n-context';

interface Props {
  speakers: Speaker[];
  /** Present when the article is open in the tab: statements become jump links. */
  onJump?: (text: string) => void;
}

/** Each named speaker with role; statements fold out. */
export function SpeakerList({ speakers, onJump }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakers')}</h2>
      {speakers.length === 0 && <p class="muted">{t('noSpeakers')}</p>}
      <ul class="speakers">
        {speakers.map((speaker) => (
          <li key={speaker.name} class="speaker">
            <details>
              <summary>
                <bdi class="speaker-name">{speaker.name}</bdi>
                {speaker.role && <span class="speaker-role" dir="auto">{speaker.role}</span>}
                <span class="badge">{t('statements', { n: speaker.quotes.length })}</span>
              </summary>
              <ul class="quotes">
                {speaker.quotes.map((quote, i) => (
                  <li key={i}>
                    {onJump ? (
                      <button type="button" class="link quote" dir="auto" title={t('jumpToSentence')} onClick={() => onJump(quote)}>
                        {quote}
                      </button>
                    ) : (
                      <q dir="auto">{quote}</q>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
