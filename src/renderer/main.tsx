import '@xyflow/react/dist/style.css';
import './theme/tokens.css';
import './theme/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { createApiClient } from './api/client';
import { roomTransport, servedByRoom } from './api/room-transport';
import { detectTransport } from './api/transport';
import { App } from './app/App';
import { ApiProvider } from './app/api-context';
import { createAppStore } from './app/app-store';
import { handleHostEvent } from './app/host-events';
import { AppStoreProvider } from './app/store-context';
import { startAutosave } from './editor/autosave';
import { EditorStoreProvider } from './editor/editor-context';
import { createEditorStore } from './editor/editor-store';
import { ParticipantApp } from './room/ParticipantApp';
import { applyTheme, readThemeChoice } from './theme/theme';
import { TooltipProvider } from './ui/Tooltip';
import { isFacilitatorTab } from './presenter/FacilitatorTab';
import { showFacilitatorTab } from './presenter/facilitator-entry';

// zod compiles validators with `new Function` unless told not to; the CSP forbids eval.
z.config({ jitless: true });
applyTheme(readThemeChoice());

// A room session's server serves this same page to participants, who get the participant shell. The
// presenter's controls tab (browser mode) talks to the project's tab over a channel, not to the API.
if (isFacilitatorTab()) showFacilitatorTab(document.getElementById('root')!);
else void servedByRoom().then(start);

function start(inRoom: boolean): void {
  const room = inRoom ? roomTransport() : null;
  const transport = room ?? detectTransport();
  const api = createApiClient(transport);
  const editor = createEditorStore();
  const autosave = startAutosave(editor, api);
  const store = createAppStore(api, editor, autosave);
  transport.onEvent((event) => handleHostEvent(store, editor, event));
  // Edits not yet written when the window closes are saved first where the browser allows it.
  window.addEventListener('beforeunload', (event) => {
    if (editor.getState().saveState !== 'saved') {
      void autosave.flush();
      event.preventDefault();
    }
  });

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApiProvider api={api}>
        <AppStoreProvider store={store}>
          <EditorStoreProvider store={editor}>
            <TooltipProvider>{room ? <ParticipantApp room={room} /> : <App />}</TooltipProvider>
          </EditorStoreProvider>
        </AppStoreProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
