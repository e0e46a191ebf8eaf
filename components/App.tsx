import { useEffect, useMemo, useState } from 'preact/hooks';
import { resolveUiLanguage, translator } from '@/utils/i18n';
import type { SavedArticle } from '@/utils/library';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { Analysis } from '@/utils/types';
import { I18nContext, type I18n } from './i18n-context';
import type { PopupServices } from './services';
import { PageView, type PageState } from './PageView';
import { SavedLibrary } from './SavedLibrary';
import { SavedEntryView } from './SavedEntryView';
import { NoteEditor } from './NoteEditor';

type View = { name: 'page' } | { name: 'library' } | { name: 'entry'; id: string };

/** The popup. All of its state lives here; children get data and callbacks. */
export function App({ services }: { services: PopupServices }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [savedEntry, setSavedEntry] = useState<SavedArticle | null>(null);
  const [view, setView] = useState<View>({ name: 'page' });

  const i18n: I18n = useMemo(() => {
    const lang = resolveUiLanguage(settings?.uiLanguage ?? 'auto', services.browserLanguage);
    return { lang, t: translator(lang) };
  }, [settings?.uiLanguage]);

  useEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.lang === 'fa' ? 'rtl' : 'ltr';
  }, [i18n.lang]);

  useEffect(() => {
    void loadPage();
  }, []);

  async function loadPage() {
    // Settings and the analysis are independent: ask for both at once.
    const analyzing = services.analyzePage();
    setSettings(await services.loadSettings().catch(() => DEFAULT_SETTINGS));
    const result = await analyzing;
    if (!result.ok) return setPage({ status: 'unavailable', reason: result.reason });
    const { analysis } = result;
    if (analysis.reason || !analysis.isArticle) {
      return setPage({ status: 'unavailable', reason: analysis.reason ?? 'not-article' });
    }
    // The whole analysis is kept (and saved); the figure-kind setting only filters what is shown.
    setPage({ status: 'ready', analysis });
    setSavedEntry(await services.library.findByUrl(analysis.canonicalUrl || analysis.url).catch(() => null));
  }

  async function save(analysis: Analysis) {
    const { article } = await services.library.saveAnalysis(analysis, services.now());
    setSavedEntry(article);
  }

  const jump = page.status === 'ready' ? (text: string) => void services.highlight(text) : undefined;

  return (
    <I18nContext.Provider value={i18n}>
      <div class="popup">
        <nav class="toolbar" aria-label={i18n.t('appName')}>
          <span class="brand">{i18n.t('appName')}</span>
          {view.name === 'page' ? (
            <button type="button" onClick={() => setView({ name: 'library' })}>{i18n.t('savedList')}</button>
          ) : (
            <button type="button" onClick={() => setView(view.name === 'entry' ? { name: 'library' } : { name: 'page' })}>
              {i18n.t('back')}
            </button>
          )}
        </nav>
        <main>
          {view.name === 'page' && (
            <PageView
              page={page}
              savedEntry={savedEntry}
              onSave={save}
              onOpenSaved={(id) => setView({ name: 'entry', id })}
              onJump={jump}
              figureKinds={settings?.figureKinds}
              note={
                savedEntry && (
                  <NoteEditor
                    key={savedEntry.id}
                    note={savedEntry.note}
                    tags={savedEntry.tags}
                    onSaveNote={(note) => services.library.updateNote(savedEntry.id, note, services.now()).then(() => undefined)}
                    onDraft={(note) => void services.library.saveNoteDraft(savedEntry.id, note, services.now())}
                    onSaveTags={(tags) => services.library.updateTags(savedEntry.id, tags, services.now()).then(() => undefined)}
                  />
                )
              }
            />
          )}
          {view.name === 'library' && (
            <SavedLibrary
              library={services.library}
              now={services.now}
              onOpen={(id) => setView({ name: 'entry', id })}
              onChanged={() => void refreshSavedEntry()}
            />
          )}
          {view.name === 'entry' && (
            <SavedEntryView id={view.id} library={services.library} now={services.now} openUrl={services.openUrl} figureKinds={settings?.figureKinds} />
          )}
        </main>
      </div>
    </I18nContext.Provider>
  );

  async function refreshSavedEntry() {
    if (page.status !== 'ready') return;
    const a = page.analysis;
    setSavedEntry(await services.library.findByUrl(a.canonicalUrl || a.url).catch(() => null));
  }
}
