// An X display (Xvfb) and a real keyboard and mouse (xdotool) for the tests that need Chromium's
// own window: extension shortcuts and native context menus are handled by the browser window,
// which headless Chromium does not have, and CDP's synthetic input never reaches them.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":99". */
  display: string;
  /** Presses a key combination in the focused window, e.g. "alt+shift+s". */
  key(...combos: string[]): void;
  /** Right-clicks at screen coordinates and waits for the native context menu's window. */
  openContextMenuAt(x: number, y: number): Promise<void>;
  /** Gives keyboard focus to the newest visible Chromium window. */
  focusBrowser(): void;
  close(): Promise<void>;
}

const MISSING = 'Xvfb and xdotool are needed for the keyboard and context-menu tests (apt-get install xvfb xdotool).';

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  for (const tool of ['Xvfb', 'xdotool']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`]);
    } catch {
      throw new Error(MISSING);
    }
  }
  // -displayfd lets Xvfb pick a free display number and report it once the server is ready.
  const server: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    server.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
  const display = `:${number}`;
  const xdotool = (...args: string[]) =>
    execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display } }).toString().trim();

  return {
    display,
    key: (...combos) => void xdotool('key', '--clearmodifiers', '--delay', '60', ...combos),
    async openContextMenuAt(x, y) {
      const visibleWindows = () => xdotool('search', '--onlyvisible', '--name', '').split('\n').length;
      const before = visibleWindows();
      xdotool('mousemove', '--sync', String(Math.round(x)), String(Math.round(y)));
      xdotool('click', '3');
      for (let waited = 0; visibleWindows() <= before; waited += 50) {
        if (waited > 10_000) throw new Error('no context menu opened');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    focusBrowser() {
      const windows = xdotool('search', '--onlyvisible', '--class', 'chromium').split('\n').filter(Boolean);
      // No window manager runs here, so focus is set directly rather than "activated".
      xdotool('windowfocus', '--sync', windows[windows.length - 1]);
    },
    async close() {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}
