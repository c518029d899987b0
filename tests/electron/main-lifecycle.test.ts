import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IPC_CHANNEL, IPC_EVENT_CHANNEL } from '../../src/core/api/contract';

/**
 * The main process's wiring, run against a stand-in electron module and a stand-in backend: what happens
 * before 'ready', after it, and on a second launch. Each import of electron/main/index.ts is a fresh app.
 */

const h = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  type Listener = (...args: unknown[]) => unknown;

  class FakeWebContents extends Emitter {
    send = vi.fn();
    isDestroyed = () => false;
    setVisualZoomLevelLimits = vi.fn(async () => undefined);
  }
  class FakeWindow extends Emitter {
    static created: FakeWindow[] = [];
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => undefined);
    isMinimized = vi.fn(() => false);
    isDestroyed = () => false;
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    maximize = vi.fn();
    getNormalBounds = () => ({ x: 0, y: 0, width: 1000, height: 700 });
    isMaximized = () => false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.created.push(this);
    }
  }

  const state = {
    lock: true,
    resolveReady: (() => undefined) as () => void,
    appEvents: new Emitter(),
    ipcHandlers: new Map<string, Listener>(),
    sessionHandlers: {} as Record<string, Listener>,
  };

  const app = {
    on: vi.fn((event: string, listener: Listener) => state.appEvents.on(event, listener)),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (state.resolveReady = resolve))),
    isPackaged: false,
    name: 'Ballast',
    getAppPath: () => '/repo',
    getPath: (name: string) => `/home/user/${name}`,
    getVersion: () => '0.1.0',
    addRecentDocument: vi.fn(),
    setAppUserModelId: vi.fn(),
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener)),
      removeHandler: vi.fn(),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    utilityProcess: { fork: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (l: Listener) => (state.sessionHandlers.request = l),
        setPermissionCheckHandler: (l: Listener) => (state.sessionHandlers.check = l),
        setDevicePermissionHandler: (l: Listener) => (state.sessionHandlers.device = l),
        webRequest: { onBeforeRequest: (l: Listener) => (state.sessionHandlers.beforeRequest = l) },
      },
    },
  };
  const backend = {
    dispatch: vi.fn(async (name: string) =>
      name === 'samples.open'
        ? { ok: true, value: { path: '/home/user/documents/Ballast/Founder-led startup.ballast' } }
        : name === 'samples.list'
          ? { ok: true, value: [{ id: 'founder-led-startup', name: 'Founder-led startup' }] }
          : { ok: true, value: name },
    ),
    relay: vi.fn(async (name: string) => JSON.stringify({ ok: true, value: name })),
    grantPath: vi.fn(),
    recentProjects: vi.fn(
      async (): Promise<{ path: string; name: string; openedAt: string; exists: boolean }[]> => [],
    ),
    close: vi.fn(async () => undefined),
    running: true,
  };
  const startBackendProcess = vi.fn((..._args: unknown[]) => backend);
  return { state, electron, backend, startBackendProcess, FakeWindow };
});

vi.mock('electron', () => h.electron);
vi.mock('../../electron/main/backend-process', () => ({ startBackendProcess: h.startBackendProcess }));

const savedArgv = process.argv;
const savedBinding = process.env.BALLAST_NATIVE_BINDING;
const scratch = mkdtempSync(path.join(tmpdir(), 'ballast-main-'));
const bindingFile = path.join(scratch, 'better_sqlite3.node');
writeFileSync(bindingFile, '');

afterAll(() => {
  process.argv = savedArgv;
  if (savedBinding === undefined) delete process.env.BALLAST_NATIVE_BINDING;
  else process.env.BALLAST_NATIVE_BINDING = savedBinding;
  rmSync(scratch, { recursive: true, force: true });
});

async function launch(options: { lock?: boolean; argv?: string[]; binding?: string | null } = {}) {
  vi.resetModules();
  vi.clearAllMocks();
  h.state.lock = options.lock ?? true;
  h.state.appEvents.removeAllListeners();
  h.state.ipcHandlers.clear();
  h.state.sessionHandlers = {};
  h.FakeWindow.created.length = 0;
  process.argv = options.argv ?? ['electron', '.', '--sample', 'founder-led-startup'];
  if (options.binding === null) delete process.env.BALLAST_NATIVE_BINDING;
  else process.env.BALLAST_NATIVE_BINDING = options.binding ?? bindingFile;
  await import('../../electron/main/index');
}

async function ready() {
  h.state.resolveReady();
  await vi.waitFor(() =>
    expect(h.FakeWindow.created.length + h.electron.dialog.showErrorBox.mock.calls.length).toBeGreaterThan(0),
  );
  // let start() finish (it awaits the sample being opened)
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const mainWindow = () => h.FakeWindow.created[0];

describe('main process before ready', () => {
  beforeEach(async () => launch());

  it('registers the app scheme as privileged and sandboxes every renderer before ready', () => {
    expect(h.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(h.electron.app.enableSandbox).toHaveBeenCalled();
    expect(h.FakeWindow.created).toHaveLength(0);
    expect(h.electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('takes the single-instance lock and listens for second launches and macOS open-file', () => {
    expect(h.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(h.state.appEvents.listenerCount('second-instance')).toBe(1);
    expect(h.state.appEvents.listenerCount('open-file')).toBe(1);
    expect(h.state.appEvents.listenerCount('web-contents-created')).toBe(1);
  });
});

describe('second launch', () => {
  it('quits at once when another instance holds the lock, without opening a window', async () => {
    await launch({ lock: false });
    expect(h.electron.app.quit).toHaveBeenCalled();
    expect(h.electron.app.whenReady).not.toHaveBeenCalled();
    expect(h.state.appEvents.listenerCount('second-instance')).toBe(0);
  });
});

describe('main process after ready', () => {
  beforeEach(async () => {
    await launch();
    await ready();
  });

  it('serves the UI from app:// and hardens the session (permissions denied, foreign requests blocked)', () => {
    expect(h.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const callback = vi.fn();
    h.state.sessionHandlers.request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(h.state.sessionHandlers.check()).toBe(false);
    expect(h.state.sessionHandlers.beforeRequest).toBeTypeOf('function');
  });

  it('starts the backend in a utility process, with the Electron-ABI binding and the app folders', () => {
    expect(h.startBackendProcess).toHaveBeenCalledTimes(1);
    const [utilityProcess, modulePath, options] = h.startBackendProcess.mock.calls[0];
    expect(utilityProcess).toBe(h.electron.utilityProcess);
    expect(String(modulePath)).toMatch(/main[/\\]backend\.js$/);
    expect(options).toMatchObject({
      options: {
        transport: 'electron',
        nativeBinding: bindingFile,
        stateDir: '/home/user/userData',
        dataDir: path.join('/home/user/documents', 'Ballast'),
        samplesDir: path.join('/repo', 'resources', 'samples'),
        version: '0.1.0',
      },
      // The dialogs stay in main; the backend asks for them.
      host: { chooseOpenPath: expect.any(Function), chooseSavePath: expect.any(Function) },
    });
  });

  it('tells the OS and rebuilds the menu when the backend says a project was opened', async () => {
    const [, , options] = h.startBackendProcess.mock.calls[0] as [
      unknown,
      unknown,
      { onProjectOpened(p: string): void },
    ];
    h.backend.recentProjects.mockResolvedValueOnce([
      { path: '/p/Acme.ballast', name: 'Acme', openedAt: '2026-01-01T00:00:00Z', exists: true },
    ]);
    const menus = h.electron.Menu.buildFromTemplate.mock.calls.length;
    options.onProjectOpened('/p/Acme.ballast');
    expect(h.electron.app.addRecentDocument).toHaveBeenCalledWith('/p/Acme.ballast');
    await vi.waitFor(() => expect(h.electron.Menu.buildFromTemplate.mock.calls.length).toBe(menus + 1));
    expect(JSON.stringify(h.electron.Menu.buildFromTemplate.mock.calls.at(-1))).toContain('Acme');
  });

  it('opens one secure window on app://ballast/index.html with the CommonJS preload', () => {
    expect(h.FakeWindow.created).toHaveLength(1);
    const prefs = mainWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(mainWindow().loadURL).toHaveBeenCalledWith('app://ballast/index.html');
    expect(h.electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('registers the API on one IPC channel and checks the sender frame', async () => {
    expect([...h.state.ipcHandlers.keys()]).toEqual([IPC_CHANNEL]);
    const handler = h.state.ipcHandlers.get(IPC_CHANNEL)!;
    const message = { name: 'app.info', payload: '{}' };
    const refused = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, message);
    expect(JSON.parse(refused as string)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h.backend.relay).not.toHaveBeenCalled();
    // The payload's JSON text is relayed unread, and so is the reply's.
    const reply = await handler({ senderFrame: { url: 'app://ballast/index.html', parent: null } }, message);
    expect(h.backend.relay).toHaveBeenCalledWith('app.info', '{}');
    expect(h.backend.dispatch).not.toHaveBeenCalledWith('app.info', expect.anything());
    expect(reply).toBe('{"ok":true,"value":"app.info"}');
  });

  it('opens the --sample project and tells the UI once the page has loaded', () => {
    expect(h.backend.dispatch).toHaveBeenCalledWith('samples.open', { sampleId: 'founder-led-startup' });
    const contents = mainWindow().webContents;
    expect(contents.send).not.toHaveBeenCalled();
    contents.emit('did-finish-load');
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      type: 'open-project',
      path: '/home/user/documents/Ballast/Founder-led startup.ballast',
    });
  });

  it('on a second launch, focuses the window and opens the file from its arguments', () => {
    const window = mainWindow();
    window.webContents.emit('did-finish-load');
    window.isMinimized.mockReturnValue(true);
    h.state.appEvents.emit(
      'second-instance',
      {},
      ['/opt/Ballast/ballast', 'Plan.ballast'],
      '/home/user/work',
    );
    const file = path.resolve('/home/user/work', 'Plan.ballast');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(h.backend.grantPath).toHaveBeenCalledWith(file);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      type: 'open-project',
      path: file,
    });
    expect(h.FakeWindow.created).toHaveLength(1);
  });

  it('opens a file macOS hands over with open-file', () => {
    const window = mainWindow();
    window.webContents.emit('did-finish-load');
    const event = { preventDefault: vi.fn() };
    h.state.appEvents.emit('open-file', event, '/Users/u/Org.ballast');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(h.backend.grantPath).toHaveBeenCalledWith('/Users/u/Org.ballast');
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      type: 'open-project',
      path: '/Users/u/Org.ballast',
    });
  });

  it('hardens every web contents created later (window.open denied)', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    h.state.appEvents.emit('web-contents-created', {}, contents);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0][0];
    expect(openHandler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('sends menu commands to the UI, opening a window first when none is left (macOS)', () => {
    const lastTemplate = () =>
      (
        h.electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{
          submenu?: Array<{ id?: string; click?: () => void }>;
        }>
      ).flatMap((menu) => menu.submenu ?? []);
    const first = mainWindow();
    first.webContents.emit('did-finish-load');
    lastTemplate().find((item) => item.id === 'undo')!.click!();
    expect(first.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { type: 'menu', command: 'undo' });

    first.emit('closed');
    lastTemplate().find((item) => item.id === 'new-project')!.click!();
    expect(h.FakeWindow.created).toHaveLength(2);
    const second = h.FakeWindow.created[1];
    second.webContents.emit('did-finish-load');
    expect(second.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      type: 'menu',
      command: 'new-project',
    });
  });

  it('waits for the backend process to close cleanly before quitting', async () => {
    const event = { preventDefault: vi.fn() };
    h.state.appEvents.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(h.backend.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(h.electron.app.quit).toHaveBeenCalled());
    // The second will-quit (from that quit) goes through.
    const again = { preventDefault: vi.fn() };
    h.state.appEvents.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(h.backend.close).toHaveBeenCalledTimes(1);
  });
});

describe('missing Electron build of better-sqlite3', () => {
  it('explains how to get it and quits, instead of loading the Node build', async () => {
    await launch({ binding: path.join(scratch, 'nope.node') });
    await ready();
    expect(h.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Ballast cannot start',
      expect.stringContaining('npm start'),
    );
    expect(h.electron.app.quit).toHaveBeenCalled();
    expect(h.startBackendProcess).not.toHaveBeenCalled();
    expect(h.FakeWindow.created).toHaveLength(0);
  });
});

describe('npm start after an earlier start opened the sample', () => {
  const copy = '/home/user/documents/Ballast/Founder-led startup.ballast';
  afterAll(() => h.backend.recentProjects.mockResolvedValue([]));

  it('reopens that copy, keeping its edits, instead of making another', async () => {
    h.backend.recentProjects.mockResolvedValue([
      { path: copy, name: 'Founder-led startup', openedAt: '2026-11-27T10:00:00Z', exists: true },
    ]);
    await launch();
    await ready();
    expect(h.backend.dispatch).not.toHaveBeenCalledWith('samples.open', expect.anything());
    mainWindow().webContents.emit('did-finish-load');
    expect(mainWindow().webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      type: 'open-project',
      path: copy,
    });
  });
});
