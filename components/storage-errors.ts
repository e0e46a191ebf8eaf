import type { Translate } from '@/utils/i18n';

/** A storage failure in the reader's language; the message says nothing was lost. */
export function describeStorageError(error: unknown, t: Translate): string {
  const code = (error as { code?: string } | null)?.code;
  return code === 'quota' ? t('quotaError') : t('writeError');
}
