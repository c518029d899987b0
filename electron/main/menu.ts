import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentProject } from '../../src/core/api/contract';

/**
 * The native menu as a pure function of the platform, so a test can read every item and accelerator.
 * Commands that concern the document (New, Open, Undo, Zoom, ...) are sent to the UI as host events; the
 * UI decides what they mean (for example, Undo inside a text field undoes typing, elsewhere an edit).
 * Clipboard items keep Electron's roles, which act on the focused text field.
 */

export type MenuPlatform = 'darwin' | 'win32' | 'linux';

export interface MenuHandlers {
  /** Send a menu command to the UI. */
  command(command: MenuCommand): void;
  /** Open a project from the Open Recent list (the path is granted by the caller). */
  openRecent(path: string): void;
}

export interface MenuOptions {
  appName: string;
  /** Adds View > Toggle Developer Tools; only when running from source. */
  devTools: boolean;
}

/** Platform conventions: Quit is Cmd+Q on macOS, Alt+F4 ("Exit") on Windows, Ctrl+Q on Linux desktops. */
export function quitAccelerator(platform: MenuPlatform): string {
  if (platform === 'darwin') return 'Cmd+Q';
  if (platform === 'win32') return 'Alt+F4';
  return 'Ctrl+Q';
}

/** Redo is Shift+Cmd+Z on macOS, Ctrl+Y on Windows, Ctrl+Shift+Z on Linux (GNOME and KDE). */
export function redoAccelerator(platform: MenuPlatform): string {
  if (platform === 'darwin') return 'Shift+Cmd+Z';
  if (platform === 'win32') return 'Ctrl+Y';
  return 'Ctrl+Shift+Z';
}

export const MAX_RECENT_IN_MENU = 10;

function commandItem(
  label: string,
  command: MenuCommand,
  handlers: MenuHandlers,
  accelerator?: string,
): MenuItemConstructorOptions {
  const item: MenuItemConstructorOptions = { id: command, label, click: () => handlers.command(command) };
  if (accelerator) item.accelerator = accelerator;
  return item;
}

function recentSubmenu(
  recent: readonly RecentProject[],
  handlers: MenuHandlers,
): MenuItemConstructorOptions[] {
  const items = recent
    .filter((project) => project.exists)
    .slice(0, MAX_RECENT_IN_MENU)
    .map<MenuItemConstructorOptions>((project) => ({
      label: project.name,
      sublabel: project.path,
      toolTip: project.path,
      click: () => handlers.openRecent(project.path),
    }));
  return items.length > 0 ? items : [{ label: 'No Recent Projects', enabled: false }];
}

function appMenu(options: MenuOptions, handlers: MenuHandlers): MenuItemConstructorOptions {
  return {
    label: options.appName,
    submenu: [
      commandItem(`About ${options.appName}`, 'about', handlers),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide', accelerator: 'Cmd+H' },
      { role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
      { role: 'unhide' },
      { type: 'separator' },
      { id: 'quit', role: 'quit', label: `Quit ${options.appName}`, accelerator: quitAccelerator('darwin') },
    ],
  };
}

function fileMenu(
  platform: MenuPlatform,
  handlers: MenuHandlers,
  recent: readonly RecentProject[],
  options: MenuOptions,
): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [
    commandItem('New Project', 'new-project', handlers, 'CmdOrCtrl+N'),
    commandItem('Open…', 'open-project', handlers, 'CmdOrCtrl+O'),
    { id: 'open-recent', label: 'Open Recent', submenu: recentSubmenu(recent, handlers) },
    { type: 'separator' },
    commandItem('Save As…', 'save-as', handlers, 'Shift+CmdOrCtrl+S'),
    { type: 'separator' },
    commandItem('Import CSV…', 'import-csv', handlers, 'CmdOrCtrl+I'),
    commandItem('Export Scenario…', 'export-scenario', handlers, 'CmdOrCtrl+E'),
  ];
  if (platform === 'darwin') {
    // On macOS, Quit lives in the app menu; the File menu closes the window.
    submenu.push({ type: 'separator' }, { role: 'close', accelerator: 'Cmd+W' });
  } else {
    submenu.push(
      { type: 'separator' },
      {
        id: 'quit',
        role: 'quit',
        label: platform === 'win32' ? 'Exit' : `Quit ${options.appName}`,
        accelerator: quitAccelerator(platform),
      },
    );
  }
  return { label: 'File', submenu };
}

function editMenu(platform: MenuPlatform, handlers: MenuHandlers): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      commandItem('Undo', 'undo', handlers, 'CmdOrCtrl+Z'),
      commandItem('Redo', 'redo', handlers, redoAccelerator(platform)),
      { type: 'separator' },
      { id: 'cut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { id: 'copy', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { id: 'paste', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { id: 'select-all', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };
}

function viewMenu(
  platform: MenuPlatform,
  handlers: MenuHandlers,
  options: MenuOptions,
): MenuItemConstructorOptions {
  // These zoom the org chart canvas, not the page (page zoom is what Electron's zoom roles would do).
  const submenu: MenuItemConstructorOptions[] = [
    commandItem('Zoom In', 'zoom-in', handlers, 'CmdOrCtrl+='),
    commandItem('Zoom Out', 'zoom-out', handlers, 'CmdOrCtrl+-'),
    commandItem('Fit to Window', 'fit-view', handlers, 'CmdOrCtrl+0'),
    { type: 'separator' },
    commandItem('Compare Scenarios…', 'compare-scenarios', handlers, 'Shift+CmdOrCtrl+K'),
    { type: 'separator' },
    commandItem('Toggle Dark Mode', 'toggle-dark-mode', handlers, 'Shift+CmdOrCtrl+D'),
  ];
  if (options.devTools) {
    submenu.push(
      { type: 'separator' },
      { role: 'toggleDevTools', accelerator: platform === 'darwin' ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
    );
  }
  return { label: 'View', submenu };
}

export function buildMenuTemplate(
  platform: MenuPlatform,
  handlers: MenuHandlers,
  recent: readonly RecentProject[],
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') template.push(appMenu(options, handlers));
  template.push(fileMenu(platform, handlers, recent, options), editMenu(platform, handlers));
  template.push(viewMenu(platform, handlers, options));
  if (platform === 'darwin') {
    template.push({ role: 'windowMenu' });
  } else {
    // macOS has About in the app menu; elsewhere it is the Help menu's one item.
    template.push({ label: 'Help', submenu: [commandItem(`About ${options.appName}`, 'about', handlers)] });
  }
  return template;
}

export function menuPlatform(platform: NodeJS.Platform): MenuPlatform {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}
