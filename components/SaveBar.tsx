import { useState } from 'preact/hooks';
import type { SavedArticle } from '@/utils/library';
import { useI18n } from './i18n-context';
import { describeStorageError } from './storage-errors';

interface Props {
  savedEntry: SavedArticle | null;
  onSave: () => Promise<void>;
  onOpenSaved: (id: string) => void;
}

/** «ذخیره»: saves the analysis, or refreshes it (note kept) when already saved. */
export function SaveBar({ savedEntry, onSave, onOpenSaved }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const save = async () => {
    setBusy(true);
    setError('');
    try {
      await onSave();
    } catch (e) {
      setError(describeStorageError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="save-bar">
      <button type="button" class="primary" onClick={save} disabled={busy} aria-busy={busy ? 'true' : undefined}>
        {t('save')}
      </button>
      {savedEntry && (
        <span class="saved-state" role="status">
          <button type="button" class="link" onClick={() => onOpenSaved(savedEntry.id)}>{t('alreadySaved')}</button>
        </span>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
