import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n-context';

interface Props {
  note: string;
  tags: string[];
  onSaveNote: (note: string) => Promise<void>;
  /** Called on every keystroke; must hand the text to storage at once. */
  onDraft: (note: string) => void;
  onSaveTags: (tags: string[]) => Promise<void>;
}

const NOTE_DEBOUNCE_MS = 300;

/**
 * The reader's note: every keystroke is kept as a draft at once, and folded into the
 * saved article after a pause or when the popup is hidden, so closing it mid-word loses nothing.
 */
export function NoteEditor({ note, tags, onSaveNote, onDraft, onSaveTags }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(note);
  const [status, setStatus] = useState('');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const text = pending.current;
    pending.current = null;
    onSaveNote(text).then(
      () => setStatus(t('noteSaved')),
      (error: Error) => setStatus(error.message),
    );
  };

  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);

  const onInput = (value: string) => {
    setDraft(value);
    setStatus('');
    onDraft(value);
    pending.current = value;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTE_DEBOUNCE_MS);
  };

  return (
    <section class="note" aria-labelledby="note-heading">
      <h2 id="note-heading"><label for="note-text">{t('note')}</label></h2>
      <textarea
        id="note-text"
        dir="auto"
        rows={4}
        value={draft}
        placeholder={t('notePlaceholder')}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={flush}
      />
      <label class="tags">
        <span>{t('tags')}</span>
        <input
          type="text"
          dir="auto"
          defaultValue={tags.join('، ')}
          placeholder={t('tagsPlaceholder')}
          onChange={(e) => void onSaveTags(parseTags(e.currentTarget.value))}
        />
      </label>
      <p class="muted small" aria-live="polite">{status}</p>
    </section>
  );
}

/** Tags typed with Persian or Latin commas, trimmed, without duplicates. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,،؛;\n]/).map((tag) => tag.trim()).filter(Boolean))];
}
