import { defineConfig } from 'wxt';

// Permissions are the fewest that do the job; README.md says why each is there.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fa',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // AMO requires data_collection_permissions; Firefox knows the key from 140
          // (the current ESR) and Firefox for Android from 142, so those are the minimums.
          browser_specific_settings: {
            gecko: {
              id: 'chekideh@chekideh.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', 'scripts/**', '.ci/**', 'BENCHMARKS.md', 'docs/**', '.output/**'],
  },
});
