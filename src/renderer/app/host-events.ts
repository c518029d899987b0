import type { HostEvent } from '../../core/api/contract';
import { toggleTheme } from '../theme/theme';
import type { EditorStore } from '../editor/editor-store';
import { exportScenario } from '../export/export-actions';
import type { AppStore } from './app-store';

/**
 * What the desktop app's native menu and the OS ask of the UI.
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
    case 'new-project':
      state.openDialog('new-project');
      break;
    case 'save-as':
      if (state.project) void state.saveProjectAs();
      break;
    case 'import-csv':
      if (state.project) state.openDialog('import');
      break;
    case 'compare-scenarios':
      if (state.project) state.openDialog('compare');
      break;
    case 'export-scenario':
      void exportScenario(editor, 'scenario-json');
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
