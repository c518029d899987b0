import { describe, expect, it } from 'vitest';
import { updateRole } from '../../../src/core/org/edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { createApiClient } from '../../../src/renderer/api/client';
import { startAutosave } from '../../../src/renderer/editor/autosave';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { smallOrg } from '../../core/org/edits/fixture';
import { fakeTransport, ok } from '../fake-transport';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

function setup(answer: () => ReturnType<typeof ok> | { ok: false; error: { code: 'io'; message: string } }) {
  const saved: Scenario[] = [];
  const { transport } = fakeTransport({
    'scenario.save': (payload) => {
      saved.push((payload as { scenario: Scenario }).scenario);
      return answer();
    },
  });
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', smallOrg());
  const autosave = startAutosave(editor, createApiClient(transport), 20);
  return { editor, autosave, saved };
}

describe('autosave', () => {
  it('saves once after a burst of edits, then reports saved', async () => {
    const { editor, autosave, saved } = setup(() => ok({}));
    for (const title of ['A', 'B', 'C'])
      editor.getState().edit('Rename', (d) => updateRole(d, 'eng', { title }));
    expect(editor.getState().saveState).toBe('unsaved');
    await wait(60);
    await autosave.flush();
    expect(saved).toHaveLength(1);
    expect(saved[0].roles.find((r) => r.id === 'eng')?.title).toBe('C');
    expect(editor.getState().saveState).toBe('saved');
    autosave.stop();
  });

  it('saves at once on flush, without waiting for the delay', async () => {
    const { editor, autosave, saved } = setup(() => ok({}));
    editor.getState().edit('Rename', (d) => updateRole(d, 'eng', { title: 'Now' }));
    await autosave.flush();
    expect(saved).toHaveLength(1);
    autosave.stop();
  });

  it('keeps the edits and says why when a save fails', async () => {
    const { editor, autosave } = setup(() => ({ ok: false, error: { code: 'io', message: 'disk full' } }));
    editor.getState().edit('Rename', (d) => updateRole(d, 'eng', { title: 'Kept' }));
    await autosave.flush();
    expect(editor.getState()).toMatchObject({ saveState: 'failed', saveError: 'disk full' });
    expect(editor.getState().scenario?.roles.find((r) => r.id === 'eng')?.title).toBe('Kept');
    autosave.stop();
  });
});
