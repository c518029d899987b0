import path from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { HostServices } from '../../src/backend/backend';
import { safeBaseName } from '../../src/core/export/file-name';

/**
 * Native open and save dialogs, offered to the backend as HostServices (the `dialog.openProject` and
 * `dialog.saveProject` operations). A path the user picks is granted to the backend before it is
 * returned: the user's choice is what makes a path outside the data folder acceptable.
 */

export const PROJECT_EXTENSION = '.ballast';
const PROJECT_FILTERS = [{ name: 'Ballast projects', extensions: ['ballast'] }];

/** The part of Electron's `dialog` module used here (injected so tests need no Electron). */
export interface DialogLike {
  showOpenDialog(
    window: BrowserWindow,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: BrowserWindow,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface DialogHostOptions {
  dialog: DialogLike;
  /** The window the dialog is modal to, if any. */
  getWindow(): BrowserWindow | null;
  /** Where the dialogs start (Documents/Ballast). */
  defaultDir: string;
  grantPath(path: string): void;
}

/** A file name (no extension) from a suggested project name, by the one file-name rule (core/export). */
export function safeFileName(suggested: string | undefined): string {
  return safeBaseName(suggested, 'Untitled');
}

export function withProjectExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(PROJECT_EXTENSION) ? filePath : filePath + PROJECT_EXTENSION;
}

export function createDialogHost(options: DialogHostOptions): Required<HostServices> {
  const { dialog, getWindow, defaultDir, grantPath } = options;
  return {
    async chooseOpenPath() {
      const dialogOptions: OpenDialogOptions = {
        title: 'Open Ballast Project',
        defaultPath: defaultDir,
        filters: PROJECT_FILTERS,
        properties: ['openFile'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showOpenDialog(window, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      if (!chosen) return null;
      grantPath(chosen);
      return chosen;
    },
    async chooseSavePath(suggestedName?: string) {
      const dialogOptions: SaveDialogOptions = {
        title: 'Save Ballast Project',
        defaultPath: path.join(defaultDir, safeFileName(suggestedName) + PROJECT_EXTENSION),
        filters: PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showSaveDialog(window, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return null;
      const chosen = withProjectExtension(result.filePath);
      grantPath(chosen);
      return chosen;
    },
  };
}
