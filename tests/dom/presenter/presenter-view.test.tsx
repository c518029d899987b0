/**
 * The presenter view inside the app (jsdom, the simulation in process): F5 shows the stage without the
 * editing chrome, even where full screen is refused (jsdom has none); a clicker's Page Down steps one
 * quarter, not two (the dock listens for it too); the overlay's shock adds one event, one undo removes
 * it; Esc brings the editor back.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, ProjectSummary } from '../../../src/core/api/contract';
import { createApiClient } from '../../../src/renderer/api/client';
import { App } from '../../../src/renderer/app/App';
import { ApiProvider } from '../../../src/renderer/app/api-context';
import { createAppStore } from '../../../src/renderer/app/app-store';
import { AppStoreProvider } from '../../../src/renderer/app/store-context';
import { startAutosave } from '../../../src/renderer/editor/autosave';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { presenterStore } from '../../../src/renderer/presenter/presenter-store';
import { simulationStore } from '../../../src/renderer/simulation/simulation-store';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { engineRichScenario } from '../../helpers/scenarios';
import { fakeTransport, ok } from '../fake-transport';

const info: AppInfo = {
  name: 'Ballast',
  version: '0.0.0',
  transport: 'web',
  dataDir: '/data',
  nativeDialogs: false,
  schemaVersion: 1,
};
const project: ProjectSummary = {
  path: '/data/Rich.ballast',
  fileName: 'Rich',
  name: 'Rich project',
  scenarios: [
    { id: 's1', name: 'Rich', description: '', roleCount: 4, headcount: 26, updatedAt: '' },
    {
      id: 's2',
      name: 'Group 1: a name of twenty-four',
      description: '',
      roleCount: 4,
      headcount: 26,
      updatedAt: '',
    },
  ],
};

async function openProject() {
  const fake = fakeTransport({
    'app.info': () => ok(info),
    'recent.list': () => ok([{ path: project.path, name: project.name, openedAt: '', exists: true }]),
    'samples.list': () => ok([]),
    'project.open': () => ok(project),
    'scenario.load': () => ok({ id: 's1', scenario: engineRichScenario(), updatedAt: '' }),
    'scenario.save': () => ok({ updatedAt: '' }),
  });
  const api = createApiClient(fake.transport);
  const editor = createEditorStore();
  const autosave = startAutosave(editor, api, 10);
  render(
    <ApiProvider api={api}>
      <AppStoreProvider store={createAppStore(api, editor, autosave)}>
        <EditorStoreProvider store={editor}>
          <TooltipProvider>
            <App />
          </TooltipProvider>
        </EditorStoreProvider>
      </AppStoreProvider>
    </ApiProvider>,
  );
  await userEvent.click(await screen.findByRole('button', { name: /^Rich project/ }));
  await waitFor(() => expect(simulationStore.getState().report).not.toBeNull(), { timeout: 20_000 });
  return editor;
}

afterEach(() => {
  presenterStore.getState().exit();
  simulationStore.getState().reset();
});

describe('the presenter view', () => {
  it('shows the stage on F5 without the editing chrome, and Esc brings the editor back', async () => {
    await openProject();
    expect(screen.getByRole('tablist', { name: 'Side panel' })).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'F5' });
    const stage = await screen.findByRole('banner', { name: 'Presenter view' });
    // Every scenario's name in full, the headline, and a word that full screen was not allowed here.
    expect(
      within(stage)
        .getAllByTestId('presenter-tab')
        .map((t) => t.textContent),
    ).toEqual(['Rich', 'Group 1: a name of twenty-four']);
    expect(within(stage).getByTestId('presenter-headline').textContent).not.toBe('Simulating…');
    expect(within(stage).getByText(/Full screen was not allowed here/)).toBeInTheDocument();
    // The toolbar is hidden by the stage's CSS (the browser test checks it); the side panel is not there.
    expect(screen.queryByRole('tablist', { name: 'Side panel' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Event timeline' })).not.toBeInTheDocument();
    expect(screen.getByTestId('presenter-bottom')).toBeInTheDocument();

    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() =>
      expect(screen.queryByRole('banner', { name: 'Presenter view' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('tablist', { name: 'Side panel' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Event timeline' })).toBeInTheDocument();
  });

  it('steps one quarter per Page Down, and a shock from the overlay is one undoable event', async () => {
    const editor = await openProject();
    fireEvent.keyDown(document.body, { key: 'F5' });
    await screen.findByRole('banner', { name: 'Presenter view' });
    fireEvent.keyDown(document.body, { key: 'Home' });
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(simulationStore.getState().quarter).toBe(1);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(simulationStore.getState().quarter).toBe(3);

    fireEvent.keyDown(document.body, { key: 'c' });
    const controls = await screen.findByRole('complementary', { name: 'Facilitator controls' });
    // A departure needs a role: the button is off and says why.
    const departure = within(controls).getByRole('button', { name: 'Departure of the selected role' });
    expect(departure).toBeDisabled();
    expect(departure).toHaveAccessibleDescription(/^Select a role on the chart first/);
    const events = editor.getState().scenario!.events.length;
    await userEvent.click(within(controls).getByRole('button', { name: 'Market shift' }));
    expect(editor.getState().scenario!.events.length).toBe(events + 1);
    expect(
      editor.getState().scenario!.events.filter((e) => e.type === 'marketShift' && e.quarter === 3),
    ).toHaveLength(1);
    const effect = await screen.findByRole('region', { name: 'Shock effect' });
    await within(effect).findByTestId('shock-after', {}, { timeout: 20_000 });
    expect(within(effect).getByRole('heading').textContent).toBe('Market shift in Q3');
    editor.getState().undo();
    expect(editor.getState().scenario!.events.length).toBe(events);
  });
});
