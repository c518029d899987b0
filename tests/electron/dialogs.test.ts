import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { createDialogHost, safeFileName, type DialogLike } from '../../electron/main/dialogs';

function setup(
  answers: {
    open?: { canceled: boolean; filePaths: string[] };
    save?: { canceled: boolean; filePath?: string };
  },
  window: BrowserWindow | null = null,
) {
  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => answers.open ?? { canceled: true, filePaths: [] }),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => answers.save ?? { canceled: true }),
  };
  const grantPath = vi.fn();
  const host = createDialogHost({
    dialog: dialog as unknown as DialogLike,
    getWindow: () => window,
    defaultDir: '/docs/Ballast',
    grantPath,
  });
  return { dialog, grantPath, host };
}

describe('native dialogs as host services', () => {
  it('grants and returns the file chosen in the open dialog, filtered to .ballast', async () => {
    const { dialog, grantPath, host } = setup({ open: { canceled: false, filePaths: ['/x/Acme.ballast'] } });
    await expect(host.chooseOpenPath()).resolves.toBe('/x/Acme.ballast');
    expect(grantPath).toHaveBeenCalledWith('/x/Acme.ballast');
    const options = dialog.showOpenDialog.mock.calls[0].at(-1) as Record<string, unknown>;
    expect(options).toMatchObject({
      properties: ['openFile'],
      filters: [{ name: 'Ballast projects', extensions: ['ballast'] }],
      defaultPath: '/docs/Ballast',
    });
  });

  it('returns null and grants nothing when a dialog is cancelled', async () => {
    const { grantPath, host } = setup({});
    await expect(host.chooseOpenPath()).resolves.toBeNull();
    await expect(host.chooseSavePath('Acme')).resolves.toBeNull();
    expect(grantPath).not.toHaveBeenCalled();
  });

  it('suggests a safe file name, adds .ballast when missing, and grants the result', async () => {
    const { dialog, grantPath, host } = setup({ save: { canceled: false, filePath: '/x/Plan B' } });
    await expect(host.chooseSavePath('Acme: 2027/Q1')).resolves.toBe('/x/Plan B.ballast');
    expect(grantPath).toHaveBeenCalledWith('/x/Plan B.ballast');
    const options = dialog.showSaveDialog.mock.calls[0].at(-1) as { defaultPath: string };
    expect(options.defaultPath).toBe(path.join('/docs/Ballast', 'Acme 2027 Q1.ballast'));
  });

  it('is modal to the main window when there is one', async () => {
    const window = {} as BrowserWindow;
    const { dialog, host } = setup({}, window);
    await host.chooseOpenPath();
    expect(dialog.showOpenDialog.mock.calls[0][0]).toBe(window);
  });

  it('makes file names safe on every platform', () => {
    expect(safeFileName(undefined)).toBe('Untitled');
    expect(safeFileName('  ../..  ')).toBe('Untitled');
    expect(safeFileName('a<b>c|d?e*f"g')).toBe('a b c d e f g');
  });
});
