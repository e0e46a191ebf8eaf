import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { translator, resolveUiLanguage } from '@/utils/i18n';
import { onMessage, sendMessage } from '@/utils/messaging';
import { analyzePage } from '@/utils/page-analysis';
import { appendToNote, savePage } from '@/utils/save-page';
import { getSettings, saveAnalysis, updateNote } from '@/utils/storage';

const MENU_SAVE = 'chekideh-save-page';
// Chrome (MV3) has `action`; Firefox's MV2 build only `browserAction`.
const toolbar = browser.action ?? browser.browserAction;
const MENU_ADD_SELECTION = 'chekideh-add-selection';

export default defineBackground(() => {
  onMessage('pageDetected', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const t = await interfaceTranslator();
    const article = data.isArticle && data.language === 'fa';
    await toolbar.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' });
    await toolbar.setBadgeText({ tabId, text: article ? '✓' : '' });
    // The tooltip says the verdict in words, for readers (and tests) that don't see the badge.
    await toolbar.setTitle({ tabId, title: `${t('appName')}: ${t(article ? 'badgeArticle' : 'badgeNotArticle')}` });
  });

  onMessage('analyzeTab', ({ data: tabId }) =>
    analyzePage({ extract: () => sendMessage('extractPage', undefined, tabId), settings: getSettings }),
  );

  browser.runtime.onInstalled.addListener(createMenus);
  // Menu titles follow the interface language chosen in the options.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) void createMenus();
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (tab?.id === undefined) return;
    const result = await saveTab(tab.id);
    if (result.ok && info.menuItemId === MENU_ADD_SELECTION && info.selectionText) {
      await updateNote(result.article.id, appendToNote(result.article.note, info.selectionText), new Date());
    }
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'save-article') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await saveTab(tab.id);
  });
});

let menusReady: Promise<void> = Promise.resolve();
/** (Re)creates the menus; calls queue up so two rebuilds never interleave. */
function createMenus(): Promise<void> {
  menusReady = menusReady.then(buildMenus, buildMenus);
  return menusReady;
}

async function buildMenus() {
  const t = await interfaceTranslator();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE, title: t('contextSavePage'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_ADD_SELECTION, title: t('contextAddSelection'), contexts: ['selection'] });
}

async function interfaceTranslator() {
  const settings = await getSettings();
  return translator(resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage()));
}

async function saveTab(tabId: number) {
  const result = await savePage({
    extract: () => sendMessage('extractPage', undefined, tabId),
    settings: getSettings,
    saveAnalysis,
    now: () => new Date(),
  });
  // A short badge flash tells the reader the shortcut or menu did something.
  await toolbar.setBadgeText({ tabId, text: result.ok ? '✓' : '!' });
  return result;
}
