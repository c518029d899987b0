import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuPlatform } from '../../electron/main/menu';
import { MENU_COMMANDS, type RecentProject } from '../../src/core/api/contract';

const recent: RecentProject[] = [
  { path: '/home/u/Acme.ballast', name: 'Acme', openedAt: '2026-01-01T00:00:00Z', exists: true },
  { path: '/home/u/Gone.ballast', name: 'Gone', openedAt: '2026-01-01T00:00:00Z', exists: false },
];

function build(platform: MenuPlatform, recentProjects: RecentProject[] = recent, devTools = false) {
  const handlers = { command: vi.fn(), openRecent: vi.fn() };
  const template = buildMenuTemplate(platform, handlers, recentProjects, { appName: 'Ballast', devTools });
  return { template, handlers };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found)
    throw new Error(`no item ${label} in ${items.map((entry) => entry.label ?? entry.role).join(', ')}`);
  return found;
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((entry) => [entry, ...(Array.isArray(entry.submenu) ? allItems(entry.submenu) : [])]);
}

const click = (entry: MenuItemConstructorOptions) => (entry.click as unknown as () => void)();

describe.each(['darwin', 'win32', 'linux'] as const)('menu on %s', (platform) => {
  it('has File: New, Open, Open Recent, Save As, Import, Export with CmdOrCtrl accelerators', () => {
    const file = submenu(build(platform).template, 'File');
    expect(item(file, 'New Project').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Open Recent').submenu).toBeDefined();
    expect(item(file, 'Save As…').accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(item(file, 'Import CSV…').accelerator).toBe('CmdOrCtrl+I');
    expect(item(file, 'Export Scenario…').accelerator).toBe('CmdOrCtrl+E');
  });

  it('has Edit: Undo, Redo, Cut, Copy, Paste, Select All', () => {
    const edit = submenu(build(platform).template, 'Edit');
    expect(item(edit, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    const redo = item(edit, 'Redo').accelerator;
    expect(redo).toBe({ darwin: 'Shift+Cmd+Z', win32: 'Ctrl+Y', linux: 'Ctrl+Shift+Z' }[platform]);
    const roles = Object.fromEntries(
      edit.filter((entry) => entry.role).map((entry) => [entry.role, entry.accelerator]),
    );
    expect(roles).toEqual({
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      selectAll: 'CmdOrCtrl+A',
    });
  });

  it('has View: Zoom In, Zoom Out, Fit, Compare Scenarios, Toggle Dark Mode, zooming the canvas rather than the page', () => {
    const view = submenu(build(platform).template, 'View');
    expect(item(view, 'Zoom In').accelerator).toBe('CmdOrCtrl+=');
    expect(item(view, 'Zoom Out').accelerator).toBe('CmdOrCtrl+-');
    expect(item(view, 'Fit to Window').accelerator).toBe('CmdOrCtrl+0');
    expect(item(view, 'Toggle Dark Mode').accelerator).toBe('Shift+CmdOrCtrl+D');
    expect(item(view, 'Compare Scenarios…').accelerator).toBe('Shift+CmdOrCtrl+K');
    expect(view.some((entry) => ['zoomIn', 'zoomOut', 'resetZoom'].includes(String(entry.role)))).toBe(false);
  });

  it('has About, and Quit with the platform’s accelerator', () => {
    const { template } = build(platform);
    const items = allItems(template);
    const quit = items.filter((entry) => entry.role === 'quit');
    expect(quit).toHaveLength(1);
    expect(quit[0].accelerator).toBe({ darwin: 'Cmd+Q', win32: 'Alt+F4', linux: 'Ctrl+Q' }[platform]);
    expect(items.filter((entry) => entry.label === 'About Ballast')).toHaveLength(1);
  });

  it('sends every menu command the UI understands, and only those', () => {
    const { template, handlers } = build(platform);
    const commandItems = allItems(template).filter(
      (entry) => entry.id && (MENU_COMMANDS as readonly string[]).includes(entry.id),
    );
    for (const entry of commandItems) click(entry);
    const sent = handlers.command.mock.calls.map(([command]) => command);
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('lists recent projects that still exist and opens them by path', () => {
    const { template, handlers } = build(platform);
    const recentMenu = item(submenu(template, 'File'), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recentMenu.map((entry) => entry.label)).toEqual(['Acme']);
    click(recentMenu[0]);
    expect(handlers.openRecent).toHaveBeenCalledWith('/home/u/Acme.ballast');
  });

  it('shows a disabled placeholder when there are no recent projects', () => {
    const recentMenu = item(submenu(build(platform, []).template, 'File'), 'Open Recent')
      .submenu as MenuItemConstructorOptions[];
    expect(recentMenu).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('offers DevTools only when running from source', () => {
    expect(allItems(build(platform).template).some((entry) => entry.role === 'toggleDevTools')).toBe(false);
    expect(
      allItems(build(platform, recent, true).template).some((entry) => entry.role === 'toggleDevTools'),
    ).toBe(true);
  });

  it('uses no accelerator twice', () => {
    const accelerators = allItems(build(platform, recent, true).template)
      .map((entry) => entry.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('platform menu layout', () => {
  it('macOS: the app menu comes first with About, Hide and Quit; a Window menu; File closes the window', () => {
    const { template } = build('darwin');
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual([
      'Ballast',
      'File',
      'Edit',
      'View',
      'windowMenu',
    ]);
    const appMenu = submenu(template, 'Ballast');
    expect(appMenu.map((entry) => entry.role ?? entry.label).filter((x) => x)).toEqual(
      expect.arrayContaining(['About Ballast', 'hide', 'hideOthers', 'services', 'quit']),
    );
    expect(
      submenu(template, 'File').some((entry) => entry.role === 'close' && entry.accelerator === 'Cmd+W'),
    ).toBe(true);
  });

  it('Windows: File > Exit (Alt+F4), Help > About', () => {
    const { template } = build('win32');
    expect(template.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(item(submenu(template, 'File'), 'Exit').accelerator).toBe('Alt+F4');
    expect(item(submenu(template, 'Help'), 'About Ballast')).toBeDefined();
  });

  it('Linux: File > Quit Ballast (Ctrl+Q), Help > About', () => {
    const { template } = build('linux');
    expect(item(submenu(template, 'File'), 'Quit Ballast').accelerator).toBe('Ctrl+Q');
    expect(item(submenu(template, 'Help'), 'About Ballast')).toBeDefined();
  });
});
