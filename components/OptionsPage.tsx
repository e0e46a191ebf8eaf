import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatNumber, resolveUiLanguage, translator, type UiLanguageSetting } from '@/utils/i18n';
import { ALL_FIGURE_KINDS, DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { FigureKind } from '@/utils/types';
import { I18nContext } from './i18n-context';

export interface OptionsServices {
  browserLanguage: string;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<unknown>;
  storageUsage(): Promise<number>;
  clearAll(): Promise<void>;
  confirm(message: string): boolean;
}

/** The options page: summary length, figure kinds, language, storage used, delete all. */
export function OptionsPage({ services }: { services: OptionsServices }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [usage, setUsage] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const lang = resolveUiLanguage(settings.uiLanguage, services.browserLanguage);
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    void services.loadSettings().then(setSettings);
    void services.storageUsage().then(setUsage);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
    document.title = t('options');
  }, [lang]);

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void services.saveSettings(next);
  };
  const toggleKind = (kind: FigureKind, on: boolean) =>
    update({ figureKinds: on ? [...settings.figureKinds, kind] : settings.figureKinds.filter((k) => k !== kind) });

  const deleteAll = async () => {
    if (!services.confirm(t('deleteAllConfirm'))) return;
    await services.clearAll();
    setUsage(await services.storageUsage());
    setStatus(t('deleteAllDone'));
  };

  return (
    <I18nContext.Provider value={{ lang, t }}>
      <main class="options">
        <h1>{t('options')}</h1>
        <label class="field">
          <span>{t('summaryLength')}</span>
          <select value={String(settings.summarySentences)} onChange={(e) => update({ summarySentences: Number(e.currentTarget.value) })}>
            {[1, 2, 3, 4, 5, 6].map((n) => <option key={n} value={String(n)}>{formatNumber(n, lang)}</option>)}
          </select>
        </label>
        <fieldset class="field">
          <legend>{t('figureKinds')}</legend>
          {ALL_FIGURE_KINDS.map((kind) => (
            <label key={kind} class="check">
              <input type="checkbox" checked={settings.figureKinds.includes(kind)} onChange={(e) => toggleKind(kind, e.currentTarget.checked)} />
              {t(`kind_${kind}`)}
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>{t('interfaceLanguage')}</span>
          <select value={settings.uiLanguage} onChange={(e) => update({ uiLanguage: e.currentTarget.value as UiLanguageSetting })}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="fa">فارسی</option>
            <option value="en">English</option>
          </select>
        </label>
        <section class="field">
          <p>{usage === null ? '' : t('storageUsed', { size: formatBytes(usage, lang) })}</p>
          <button type="button" class="danger" onClick={deleteAll}>{t('deleteAll')}</button>
          <p role="status">{status}</p>
        </section>
        <p class="muted small">{t('privacy')}</p>
      </main>
    </I18nContext.Provider>
  );
}

function formatBytes(bytes: number, lang: 'fa' | 'en'): string {
  const kb = bytes / 1024;
  return kb < 1024 ? `${formatNumber(Math.ceil(kb), lang)} KB` : `${formatNumber(kb / 1024, lang)} MB`;
}
