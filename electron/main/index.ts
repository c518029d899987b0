import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  utilityProcess,
} from 'electron';
import type { BackendClient } from '../../src/backend/transport/backend-client';
import { registerIpcTransport } from '../../src/backend/transport/ipc';
import type { ProjectSummary, SampleInfo } from '../../src/core/api/contract';
import { isAppUrl } from './app-origin';
import { startBackendProcess } from './backend-process';
import { createDialogHost } from './dialogs';
import { createDocumentOpener, type DocumentOpener } from './document-opener';
import { createHostEventSender } from './host-events';
import { parseLaunchArgs } from './launch-args';
import { buildMenuTemplate, menuPlatform } from './menu';
import { chooseNativeBinding } from './native-binding';
import { builtPaths, userPaths } from './paths';
import { earlierSampleCopy } from './sample-copy';
import { registerAppSchemeAsPrivileged, serveAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { loadWindowState, restoreWindowState, trackWindowState } from './window-state';

/**
 * The app's lifecycle, and nothing else: each piece it wires together lives in its own file.
 */

export const APP_USER_MODEL_ID = 'org.ballast.desktop';

// Before 'ready': the custom scheme must be privileged, and every renderer sandboxed, from the start.
registerAppSchemeAsPrivileged(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Ballast is running; it receives our argv through 'second-instance' and opens the file.
  app.quit();
} else {
  runApp();
}

function runApp(): void {
  const launch = parseLaunchArgs(process.argv, process.cwd());
  const pendingFiles: string[] = [...launch.projectFiles];
  const events = createHostEventSender();
  let backend: BackendClient | null = null;
  let opener: DocumentOpener | null = null;
  let mainWindow: BrowserWindow | null = null;
  const devTools = !app.isPackaged;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  // macOS delivers double-clicked files as events, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (opener) opener.openProjectFile(filePath);
    else pendingFiles.push(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (opener) opener.handleSecondInstance(argv, workingDirectory);
    else pendingFiles.push(...parseLaunchArgs(argv, workingDirectory).projectFiles);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (opener) opener.focus();
  });

  // The backend process releases its project locks and clears the crash-recovery session before the app
  // goes; quitting waits for that (at most a few seconds).
  let backendClosed = false;
  app.on('will-quit', (event) => {
    if (!backend || backendClosed) return;
    backendClosed = true;
    event.preventDefault();
    void backend.close().finally(() => app.quit());
  });

  const paths = () =>
    userPaths({
      appPath: app.getAppPath(),
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      documentsDir: app.getPath('documents'),
      userDataDir: app.getPath('userData'),
      dataDirOverride: launch.dataDir,
    });

  function ensureWindow(): BrowserWindow {
    if (mainWindow && !mainWindow.isDestroyed()) return mainWindow;
    const { windowStateFile } = paths();
    const primary = screen.getPrimaryDisplay();
    const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
    const workAreas = [primary.workArea, ...others.map((display) => display.workArea)];
    const { bounds, maximized } = restoreWindowState(loadWindowState(windowStateFile), workAreas);
    const window = createMainWindow(bounds, builtPaths.preload, { devTools, maximized });
    trackWindowState(window, windowStateFile);
    const contents = window.webContents;
    contents.on('did-start-loading', () => events.detach());
    contents.on('did-finish-load', () => events.attach(contents));
    window.on('closed', () => {
      events.detach();
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    return window;
  }

  async function refreshMenu(): Promise<void> {
    if (!backend) return;
    const recent = await backend.recentProjects();
    const template = buildMenuTemplate(
      menuPlatform(process.platform),
      {
        command: (command) => {
          // On macOS the menu works with no window open; the command waits for the new window's page.
          if (!mainWindow || mainWindow.isDestroyed()) ensureWindow();
          events.send({ type: 'menu', command });
        },
        openRecent: (path) => opener?.openProjectFile(path),
      },
      recent,
      { appName: app.name, devTools },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  async function openSample(sampleId: string, dataDir: string): Promise<void> {
    if (!backend) return;
    const samples = await backend.dispatch('samples.list', {});
    const name = samples.ok
      ? (samples.value as SampleInfo[]).find((s) => s.id === sampleId)?.name
      : undefined;
    const earlier = name ? earlierSampleCopy(await backend.recentProjects(), name, dataDir) : null;
    if (earlier) {
      events.send({ type: 'open-project', path: earlier });
      return;
    }
    const result = await backend.dispatch('samples.open', { sampleId });
    if (result.ok) {
      events.send({ type: 'open-project', path: (result.value as ProjectSummary).path });
    } else {
      console.error(`[ballast] could not open the sample "${sampleId}": ${result.error.message}`);
    }
  }

  async function start(): Promise<void> {
    if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
    const binding = chooseNativeBinding({
      isPackaged: app.isPackaged,
      appRoot: app.getAppPath(),
      electronVersion: process.versions.electron,
      envPath: process.env.BALLAST_NATIVE_BINDING,
    });
    if (binding.kind === 'missing') {
      dialog.showErrorBox('Ballast cannot start', binding.message);
      app.quit();
      return;
    }

    hardenSession(session.defaultSession);
    serveAppProtocol(protocol, builtPaths.renderer);

    const { dataDir, stateDir, samplesDir } = paths();
    const grantPath = (path: string) => backend?.grantPath(path);
    // SQLite, validation and every handler run in a utility process, so a save never blocks the window;
    // main keeps the IPC sender check and the native dialogs, which the backend asks for.
    const created = startBackendProcess(utilityProcess, builtPaths.backend, {
      options: {
        transport: 'electron',
        dataDir,
        stateDir,
        samplesDir,
        version: app.getVersion(),
        nativeBinding: binding.kind === 'file' ? binding.path : undefined,
        // A room session (started from the UI) serves the built UI to participants' browsers.
        staticDir: builtPaths.renderer,
      },
      host: createDialogHost({ dialog, getWindow: () => mainWindow, defaultDir: dataDir, grantPath }),
      onProjectOpened(path) {
        app.addRecentDocument(path);
        // The backend has recorded it as recent before telling us.
        void refreshMenu();
      },
    });
    backend = created;
    // Main relays each request's JSON text and the reply's unread: parsing a scenario here would stall
    // the window's UI thread.
    registerIpcTransport(ipcMain, (name, payloadText) => created.relay(name, payloadText), isAppUrl);
    opener = createDocumentOpener({ ensureWindow, grantPath, sendEvent: (event) => events.send(event) });

    void refreshMenu();
    ensureWindow();
    for (const file of pendingFiles.splice(0)) opener.openProjectFile(file);
    if (launch.sampleId && launch.projectFiles.length === 0) await openSample(launch.sampleId, dataDir);
  }

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      dialog.showErrorBox('Ballast could not start', message);
      app.exit(1);
    });
}
