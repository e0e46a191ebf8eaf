// One Chromium with the built extension and one fixture server per test file.
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { startServer, type FixtureServer } from '../../scripts/lib/fixture-server';

export interface ExtensionEnv {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

/** Starts both before the file's tests and closes them after; read the fields inside tests. */
export function useExtension(options: Parameters<typeof launchWithExtension>[0] = {}): ExtensionEnv {
  const env = {} as ExtensionEnv;
  beforeAll(async () => {
    env.server = await startServer();
    env.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
