import type { HostEvent } from '../../core/api/contract';
import { toggleTheme } from '../theme/theme';
import type { AppStore } from './app-store';

/**
 * What the desktop app's native menu and the OS ask of the UI. Commands that need later features
 * (import, export, undo) are ignored until those land.
 */
export function handleHostEvent(store: AppStore, event: HostEvent): void {
  const state = store.getState();
  if (event.type === 'open-project') {
    void state.openProject(event.path);
    return;
  }
  switch (event.command) {
    case 'open-project':
      void state.chooseProjectToOpen();
      break;
    case 'toggle-dark-mode':
      toggleTheme();
      break;
    default:
      break;
  }
}
