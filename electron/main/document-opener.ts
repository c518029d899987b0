import type { HostEvent } from '../../src/core/api/contract';
import { parseLaunchArgs } from './launch-args';

/**
 * Opening project files that come from outside the UI: the first launch's arguments, a second launch
 * (single-instance lock), macOS 'open-file' and the Open Recent menu. The file is granted to the backend
 * (the user chose it) and the UI is told to open it; the window is brought to the front.
 */

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface DocumentOpenerDeps {
  /** The main window, created if there is none (macOS keeps the app running with no window). */
  ensureWindow(): FocusableWindow;
  grantPath(path: string): void;
  sendEvent(event: HostEvent): void;
}

export interface DocumentOpener {
  focus(): void;
  openProjectFile(path: string): void;
  /** The 'second-instance' handler: focus this instance and open the files the second one was given. */
  handleSecondInstance(argv: readonly string[], workingDirectory: string): void;
}

export function createDocumentOpener(deps: DocumentOpenerDeps): DocumentOpener {
  const focus = () => {
    const window = deps.ensureWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  const openProjectFile = (path: string) => {
    deps.grantPath(path);
    deps.sendEvent({ type: 'open-project', path });
    focus();
  };
  return {
    focus,
    openProjectFile,
    handleSecondInstance(argv, workingDirectory) {
      focus();
      for (const file of parseLaunchArgs(argv, workingDirectory).projectFiles) openProjectFile(file);
    },
  };
}
