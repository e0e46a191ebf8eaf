import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '@/utils/i18n';
import type { IndexEntry, SavedArticle } from '@/utils/library';
import { matchKey } from '@/utils/normalize';
import { ArticleSearch } from '@/utils/search';
import { useI18n } from './i18n-context';
import type { LibraryApi } from './services';
import { Notice, type NoticeData } from './Notice';
import { describeStorageError } from './storage-errors';
import { LibraryTransfer } from './LibraryTransfer';

interface Props {
  library: LibraryApi;
  now: () => Date;
  onOpen: (id: string) => void;
  onChanged: () => void;
}

const PAGE_SIZE = 50;

/**
 * «ذخیره‌شده‌ها»: newest first from the small index (fast first render with thousands
 * of entries); the full-text search index is built on the first keystroke.
 */
export function SavedLibrary({ library, now, onOpen, onChanged }: Props) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Set<string> | null>(null);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [notice, setNotice] = useState<NoticeData | null>(null);
  const search = useRef<Promise<ArticleSearch> | null>(null);
  const indexReady = useRef(false);
  /** Entries the index lists but storage holds damaged: hidden, and the reader told. */
  const [corrupted, setCorrupted] = useState<Set<string>>(new Set());
  const latestQuery = useRef('');

  const reload = async () => {
    setEntries(await library.listSaved());
    search.current = null;
    indexReady.current = false;
    if (query) void runSearch(query);
  };
  useEffect(() => void reload(), []);

  // The full-text index needs every article: start building it as soon as the list is
  // shown, in small slices, so it is usually ready before the reader types.
  const searchIndex = () =>
    (search.current ??= library.loadAll().then(({ articles, corrupted }) => {
      if (corrupted.length) {
        setCorrupted(new Set(corrupted));
        setNotice({ text: t('corruptedEntries', { n: corrupted.length }), error: true });
      }
      return ArticleSearch.build(articles);
    }));
  useEffect(() => {
    if (!entries?.length) return;
    const timer = setTimeout(() => void searchIndex(), 200);
    return () => clearTimeout(timer);
  }, [entries]);

  async function runSearch(text: string) {
    setQuery(text);
    latestQuery.current = text;
    if (!text.trim()) return setMatches(null);
    // Until the index is ready, titles answer at once; the full result replaces them.
    if (!indexReady.current) setMatches(matchTitles(entries ?? [], text));
    const index = await searchIndex();
    indexReady.current = true;
    if (latestQuery.current === text) setMatches(new Set(index.search(text)));
  }

  const remove = async (entry: IndexEntry) => {
    try {
      const deleted = await library.deleteSaved(entry.id);
      // The list and the search index change by one entry; nothing is rebuilt.
      setEntries(await library.listSaved());
      void search.current?.then((index) => index.remove(entry.id));
      onChanged();
      if (deleted) {
        const undo = async () => {
          await library.restoreSaved(deleted);
          setEntries(await library.listSaved());
          void search.current?.then((index) => index.add(deleted));
          onChanged();
        };
        setNotice({ text: t('deleted', { title: entry.title }), undo: () => void undo() });
      }
    } catch (error) {
      setNotice({ text: describeStorageError(error, t), error: true });
    }
  };

  const readable = (entries ?? []).filter((e) => !corrupted.has(e.id));
  const visible = readable.filter((e) => !matches || matches.has(e.id));
  const selectedArticles = async (): Promise<SavedArticle[]> => {
    const { articles } = await library.loadAll();
    return matches ? articles.filter((a) => matches.has(a.id)) : articles;
  };

  return (
    <section class="library" aria-labelledby="library-heading">
      <h1 id="library-heading">{t('savedList')}</h1>
      <p class="muted small" aria-live="polite">{entries ? t('savedCount', { n: readable.length }) : t('loading')}</p>
      <label>
        <span class="visually-hidden">{t('search')}</span>
        <input type="search" dir="auto" aria-label={t('search')} placeholder={t('searchPlaceholder')} value={query}
          onInput={(e) => void runSearch(e.currentTarget.value)} />
      </label>
      <LibraryTransfer
        library={library}
        now={now}
        selectedArticles={selectedArticles}
        onImported={(text) => { setNotice({ text }); void reload(); onChanged(); }}
        onError={(text) => setNotice({ text, error: true })}
      />
      {entries && readable.length === 0 && <p class="empty">{t('emptyLibrary')}</p>}
      {readable.length > 0 && visible.length === 0 && <p class="empty">{t('noResults')}</p>}
      <ul class="saved-list">
        {visible.slice(0, shown).map((entry) => (
          <li key={entry.id} class="saved-item">
            <div class="grow">
              <button type="button" class="link title" dir="auto" onClick={() => onOpen(entry.id)}>{entry.title}</button>
              <span class="muted small">
                <bdi>{entry.site}</bdi> · {formatDate(entry.savedAt, lang)}
              </span>
            </div>
            <button type="button" class="danger" aria-label={`${t('delete')}: ${entry.title}`} onClick={() => void remove(entry)}>
              {t('delete')}
            </button>
          </li>
        ))}
      </ul>
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE_SIZE)}>…</button>
      )}
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
    </section>
  );
}

/** Entries whose title holds every typed word, spelling variants folded (the quick first answer). */
function matchTitles(entries: IndexEntry[], query: string): Set<string> {
  const words = query.split(/\s+/).map(matchKey).filter(Boolean);
  return new Set(entries.filter((e) => {
    const title = matchKey(e.title);
    return words.every((w) => title.includes(w));
  }).map((e) => e.id));
}
