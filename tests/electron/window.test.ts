import { beforeEach, describe, expect, it, vi } from 'vitest';

const constructed: Array<{ options: Record<string, unknown>; window: FakeWindow }> = [];

class FakeWindow {
  readonly listeners = new Map<string, () => void>();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  readonly webContents = { setVisualZoomLevelLimits: vi.fn(async () => undefined) };
  constructor(options: Record<string, unknown>) {
    constructed.push({ options, window: this });
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { secureWebPreferences, createWindowOptions, createMainWindow, MIN_WINDOW_SIZE } =
  await import('../../electron/main/window');

describe('window security settings', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs', { devTools: false });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
  ] as const)('sets %s to %s explicitly', (key, value) => {
    expect(prefs).toHaveProperty(key, value);
  });

  it('enables no extra Blink features and uses the CommonJS preload', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('has DevTools only when asked (running from source)', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('builds window options from the remembered bounds, hidden until ready, with the secure preferences', () => {
    const options = createWindowOptions({ x: 10, y: 20, width: 1000, height: 700 }, '/p.cjs', {
      devTools: false,
    });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs', { devTools: false }));
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    constructed.length = 0;
  });

  it('loads the UI from the app protocol, never file://, and shows it when ready', () => {
    createMainWindow({ width: 900, height: 600 }, '/p.cjs', { devTools: false, maximized: true });
    const { options, window } = constructed[0];
    expect((options.webPreferences as Record<string, unknown>).sandbox).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith('app://ballast/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')?.();
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
  });

  it('turns off pinch zoom of the whole page (the canvas zooms itself)', () => {
    createMainWindow({ width: 900, height: 600 }, '/p.cjs', { devTools: false, maximized: false });
    expect(constructed[0].window.webContents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
  });
});
