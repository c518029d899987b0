import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import type { WindowBounds } from './window-state';

/**
 * The renderer's web preferences: every setting from Electron's security checklist, spelled out even
 * where it is already the default, so a future default change or a careless edit fails a test.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    // The page and the preload live in separate JavaScript worlds; the page sees only the bridge.
    contextIsolation: true,
    // The renderer is an OS-sandboxed process; the preload gets only a small Electron/Node subset.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // Same-origin policy on, and no http content inside the app.
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Dropping a file on the window must not navigate away from the app.
    navigateOnDragDrop: false,
    // A page that spams alert() can be stopped by the user.
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}

export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

export function createWindowOptions(
  bounds: WindowBounds,
  preloadPath: string,
  options: { devTools: boolean },
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Ballast',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: secureWebPreferences(preloadPath, options),
  };
}

/** Creates the main window and loads the UI from the app protocol (never from `file://`). */
export function createMainWindow(
  bounds: WindowBounds,
  preloadPath: string,
  options: { devTools: boolean; maximized: boolean },
): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions(bounds, preloadPath, options));
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  // The canvas has its own zoom (menu: Zoom In/Out, Fit); page zoom by pinch would scale the whole UI.
  void window.webContents.setVisualZoomLevelLimits(1, 1);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
