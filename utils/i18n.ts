// Interface language: Persian by default, English on request or when the browser is English.
// Every string lives in the extension's locales (public/_locales/{fa,en}/messages.json), which the
// browser also reads for the manifest's name, description and shortcut. browser.i18n.getMessage
// answers only in the browser's own language, so the interface reads the same files itself and
// the reader can switch language in the options.
import fa from '../public/_locales/fa/messages.json';
import en from '../public/_locales/en/messages.json';

export type UiLanguage = 'fa' | 'en';
export type UiLanguageSetting = UiLanguage | 'auto';
export type MessageKey = keyof typeof fa;

type Messages = Record<MessageKey, { message: string }>;
// Typed this way, the compiler rejects an English file that lacks a Persian key.
const MESSAGES: Record<UiLanguage, Messages> = { fa, en };

/** The language to show: the setting, or the browser's when the setting is 'auto'. */
export function resolveUiLanguage(setting: UiLanguageSetting, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('en') ? 'en' : 'fa';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one language; numbers in params are shown with that language's digits. */
export function translator(lang: UiLanguage): Translate {
  return (key, params) =>
    MESSAGES[lang][key].message.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params?.[name] ?? '';
      return typeof value === 'number' ? formatNumber(value, lang) : value;
    });
}

export function formatNumber(value: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}

/**
 * A date as readers expect it: Jalali with Persian digits in Persian, Gregorian in English.
 * Returns '' for missing or unparseable dates rather than «Invalid Date».
 */
export function formatDate(iso: string | null | undefined, lang: UiLanguage): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const locale = lang === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tehran' }).format(date);
}
