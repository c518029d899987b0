import type { HostEvent } from '../../core/api/contract';
import { toggleTheme } from '../theme/theme';
import type { EditorStore } from '../editor/editor-store';
import type { AppStore } from './app-store';

/**
 * What the desktop app's native menu and the OS ask of the UI. Commands that need later features
 * (import, export) are ignored until those land.
 */
export function handleHostEvent(store: AppStore, editor: EditorStore, event: HostEvent): void {
  const state = store.getState();
  if (event.type === 'open-project') {
    void state.openProject(event.path);
    return;
  }
  switch (event.command) {
    case 'open-project':
      void state.chooseProjectToOpen();
      break;
    // The menu's Undo reaches the UI even while a text field has focus: there it undoes the typing.
    case 'undo':
      if (typing()) document.execCommand('undo');
      else editor.getState().undo();
      break;
    case 'redo':
      if (typing()) document.execCommand('redo');
      else editor.getState().redo();
      break;
    case 'fit-view':
      editor.getState().requestFit();
      break;
    case 'toggle-dark-mode':
      toggleTheme();
      break;
    default:
      break;
  }
}

function typing(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
}
