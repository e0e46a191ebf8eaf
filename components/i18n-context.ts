import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate, type UiLanguage } from '@/utils/i18n';

export interface I18n {
  lang: UiLanguage;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'fa', t: translator('fa') });

export const useI18n = () => useContext(I18nContext);
