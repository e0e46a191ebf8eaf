// Why a storage write failed, as a typed error the popup turns into a Persian message.
// Pure: utils/storage.ts raises these; nothing here touches the browser.

const QUOTA_RE = /quota|QUOTA_BYTES|NS_ERROR_DOM_QUOTA/i;

/** A write that did not happen; the stored state is what it was before. `code` picks the message. */
export class StorageWriteError extends Error {
  constructor(public readonly code: 'quota' | 'write' | 'not-found' | 'invalid', options?: { cause?: unknown }) {
    super(`storage ${code}`, options);
    this.name = 'StorageWriteError';
  }
}
/** The browser's storage is full (code 'quota'). */
export class StorageQuotaError extends StorageWriteError {
  override readonly name = 'StorageQuotaError';
  constructor(options?: { cause?: unknown }) {
    super('quota', options);
  }
}

/** Any failure of a write, classified: the browser's quota message becomes StorageQuotaError. */
export function writeError(cause: unknown): StorageWriteError {
  if (cause instanceof StorageWriteError) return cause;
  const text = `${(cause as Error)?.name ?? ''} ${(cause as Error)?.message ?? cause}`;
  return QUOTA_RE.test(text) ? new StorageQuotaError({ cause }) : new StorageWriteError('write', { cause });
}
