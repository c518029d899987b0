import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../src/core/api/contract';
import { createApiClient } from '../../../src/renderer/api/client';
import { createAppStore } from '../../../src/renderer/app/app-store';
import { handleHostEvent } from '../../../src/renderer/app/host-events';
import { startAutosave } from '../../../src/renderer/editor/autosave';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { fakeTransport } from '../fake-transport';

const project: ProjectSummary = {
  path: '/data/Two.ballast',
  fileName: 'Two',
  name: 'Two scenarios',
  scenarios: [],
};

function setup() {
  const api = createApiClient(fakeTransport({}).transport);
  const editor = createEditorStore();
  const store = createAppStore(api, editor, startAutosave(editor, api, 10));
  return { store, editor };
}

describe('host events (the desktop menu)', () => {
  it('opens the scenario comparison from the menu, only with a project open', () => {
    const { store, editor } = setup();
    handleHostEvent(store, editor, { type: 'menu', command: 'compare-scenarios' });
    expect(store.getState().dialog).toBeNull();
    store.setState({ project });
    handleHostEvent(store, editor, { type: 'menu', command: 'compare-scenarios' });
    expect(store.getState().dialog).toBe('compare');
  });
});
