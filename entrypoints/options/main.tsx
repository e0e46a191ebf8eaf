import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '@/components/OptionsPage';
import { clearAll, getSettings, saveSettings, storageUsage } from '@/utils/storage';
import './style.css';

render(
  <OptionsPage
    services={{
      browserLanguage: browser.i18n.getUILanguage(),
      loadSettings: getSettings,
      saveSettings,
      storageUsage,
      clearAll,
      confirm: (message) => window.confirm(message),
    }}
  />,
  document.getElementById('app')!,
);
