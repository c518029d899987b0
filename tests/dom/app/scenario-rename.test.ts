import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../src/core/api/contract';
import { updateRole } from '../../../src/core/org/edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { createApiClient } from '../../../src/renderer/api/client';
import { createAppStore } from '../../../src/renderer/app/app-store';
import { startAutosave } from '../../../src/renderer/editor/autosave';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { smallOrg } from '../../core/org/edits/fixture';
import { fakeTransport, ok } from '../fake-transport';

const PATH = '/data/P.ballast';

/** A project file of one scenario held in memory, answering as the backend does (rename, save, load). */
function projectBackend() {
  let stored: Scenario = { ...smallOrg(), name: 'Draft' };
  const summary = (): ProjectSummary => ({
    path: PATH,
    fileName: 'P',
    name: 'P',
    scenarios: [
      {
        id: 's1',
        name: stored.name,
        description: '',
        roleCount: stored.roles.length,
        headcount: 0,
        updatedAt: '',
      },
    ],
  });
  const { transport } = fakeTransport({
    'project.open': () => ok(summary()),
    'scenario.load': () => ok({ id: 's1', scenario: stored, updatedAt: '' }),
    'scenario.rename': (payload) => {
      stored = { ...stored, name: (payload as { name: string }).name };
      return ok(summary().scenarios[0]);
    },
    'scenario.save': (payload) => {
      stored = (payload as { scenario: Scenario }).scenario;
      return ok(summary().scenarios[0]);
    },
  });
  return { transport, stored: () => stored };
}

describe('renaming a scenario', () => {
  it('holds through the next edit: the file, the editor and the project list keep the new name', async () => {
    const backend = projectBackend();
    const api = createApiClient(backend.transport);
    const editor = createEditorStore();
    const autosave = startAutosave(editor, api, 10);
    const app = createAppStore(api, editor, autosave);
    await app.getState().openProject(PATH);
    expect(editor.getState().scenario?.name).toBe('Draft');

    await app.getState().renameScenario('s1', 'Plan B');
    expect(app.getState().error).toBeNull();
    expect(backend.stored().name).toBe('Plan B');
    // The window title and the results' file name are read from the scenario being edited.
    expect(editor.getState().scenario?.name).toBe('Plan B');

    editor.getState().edit('Rename role', (d) => updateRole(d, 'eng', { title: 'Platform' }));
    await autosave.flush();
    expect(backend.stored().roles.find((r) => r.id === 'eng')?.title).toBe('Platform');
    expect(backend.stored().name).toBe('Plan B');

    await app.getState().selectScenario('s1');
    expect(editor.getState().scenario?.name).toBe('Plan B');
    expect(app.getState().project?.scenarios[0].name).toBe('Plan B');
    autosave.stop();
  });

  it('keeps an edit made before the rename, saved under the new name', async () => {
    const backend = projectBackend();
    const api = createApiClient(backend.transport);
    const editor = createEditorStore();
    const autosave = startAutosave(editor, api, 60_000);
    const app = createAppStore(api, editor, autosave);
    await app.getState().openProject(PATH);

    editor.getState().edit('Rename role', (d) => updateRole(d, 'eng', { title: 'Pending' }));
    await app.getState().renameScenario('s1', 'Plan C');
    await autosave.flush();
    expect(backend.stored().name).toBe('Plan C');
    expect(backend.stored().roles.find((r) => r.id === 'eng')?.title).toBe('Pending');
    expect(editor.getState().scenario?.name).toBe('Plan C');
    autosave.stop();
  });
});
