// Reader preferences: defaults and validation (pure; stored by utils/storage.ts).
import type { FigureKind } from './types';
import { KEY_FIGURE_KINDS } from './types';
import type { UiLanguageSetting } from './i18n';

export interface Settings {
  summarySentences: number;
  figureKinds: FigureKind[];
  uiLanguage: UiLanguageSetting;
}

export const ALL_FIGURE_KINDS: readonly FigureKind[] = ['count', 'percent', 'money', 'measure', 'date', 'time', 'ordinal', 'duration'];

export const DEFAULT_SETTINGS: Settings = {
  summarySentences: 3,
  figureKinds: [...KEY_FIGURE_KINDS],
  uiLanguage: 'auto',
};

/** Whatever was stored, a valid Settings: unknown or damaged fields fall back to defaults. */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const n = Number(value.summarySentences);
  const kinds = Array.isArray(value.figureKinds)
    ? value.figureKinds.filter((k): k is FigureKind => ALL_FIGURE_KINDS.includes(k as FigureKind))
    : DEFAULT_SETTINGS.figureKinds;
  const lang = value.uiLanguage;
  return {
    summarySentences: Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_SETTINGS.summarySentences,
    figureKinds: kinds,
    uiLanguage: lang === 'fa' || lang === 'en' || lang === 'auto' ? lang : DEFAULT_SETTINGS.uiLanguage,
  };
}
