import { useI18n } from './i18n-context';

export interface NoticeData {
  text: string;
  undo?: () => void;
  error?: boolean;
}

/** A one-line message at the bottom, with «بازگرداندن» when the action can be undone. */
export function Notice({ notice, onDismiss }: { notice: NoticeData | null; onDismiss: () => void }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div class={`notice${notice.error ? ' error' : ''}`} role={notice.error ? 'alert' : 'status'}>
      <span dir="auto">{notice.text}</span>
      {notice.undo && (
        <button type="button" onClick={() => { notice.undo?.(); onDismiss(); }}>{t('undo')}</button>
      )}
    </div>
  );
}
