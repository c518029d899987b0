import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../src/core/api/contract';
import { createApiClient } from '../../../src/renderer/api/client';
import { ApiProvider } from '../../../src/renderer/app/api-context';
import { createAppStore } from '../../../src/renderer/app/app-store';
import { AppStoreProvider } from '../../../src/renderer/app/store-context';
import { startAutosave } from '../../../src/renderer/editor/autosave';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { MakeGroupsDialog } from '../../../src/renderer/workshop/MakeGroupsDialog';
import { engineRichScenario } from '../../helpers/scenarios';
import { fakeTransport, ok } from '../fake-transport';

const summary = (id: string, name: string) => ({
  id,
  name,
  description: '',
  roleCount: 4,
  headcount: 26,
  updatedAt: '',
});
const project: ProjectSummary = {
  path: '/data/W.ballast',
  fileName: 'W',
  name: 'W',
  scenarios: [summary('base', 'Baseline'), summary('other', 'Group 2')],
};

function renderDialog() {
  const fake = fakeTransport({
    'workshop.createGroups': () => ok({ baselineId: 'base', groups: [] }),
    'project.open': () => ok(project),
    'scenario.list': () => ok(project.scenarios),
    'scenario.load': () => ok({ id: 'base', scenario: engineRichScenario(), updatedAt: '' }),
  });
  const api = createApiClient(fake.transport);
  const editor = createEditorStore();
  editor.getState().load(project.path, 'base', engineRichScenario());
  const app = createAppStore(api, editor, startAutosave(editor, api, 10));
  app.setState({ project, scenarioId: 'base' });
  render(
    <ApiProvider api={api}>
      <AppStoreProvider store={app}>
        <EditorStoreProvider store={editor}>
          <TooltipProvider>
            <MakeGroupsDialog open onClose={() => {}} />
          </TooltipProvider>
        </EditorStoreProvider>
      </AppStoreProvider>
    </ApiProvider>,
  );
  return fake.calls;
}

const names = () => screen.getByLabelText('Group names, one per line') as HTMLTextAreaElement;
const count = () => screen.getByLabelText('Number of groups') as HTMLInputElement;

describe('Make groups', () => {
  it('refuses a name the project already has, saying so, until it is changed', () => {
    renderDialog();
    expect(names().value).toBe('Group 1\nGroup 2\nGroup 3');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A scenario called "Group 2" already exists in this project; choose another name for the group.',
    );
    expect(screen.getByRole('button', { name: 'Make 3 groups' })).toBeDisabled();
    fireEvent.change(names(), { target: { value: 'Group 1\nRed\nGroup 3' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Make 3 groups' })).toBeEnabled();
  });

  it('keeps typed names when the number changes, filling new lines with free default names', () => {
    renderDialog();
    fireEvent.change(names(), { target: { value: 'Red\nBlue' } });
    fireEvent.change(count(), { target: { value: '4' } });
    expect(names().value).toBe('Red\nBlue\nGroup 1\nGroup 2');
    fireEvent.change(count(), { target: { value: '1' } });
    expect(names().value).toBe('Red');
  });

  it('makes the groups from the scenario on screen, in the order typed', async () => {
    const calls = renderDialog();
    fireEvent.change(names(), { target: { value: 'Red\n\nBlue\nGreen ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make 3 groups' }));
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('workshop.createGroups'));
    expect(calls.find((c) => c.name === 'workshop.createGroups')!.payload).toEqual({
      path: project.path,
      baselineId: 'base',
      names: ['Red', 'Blue', 'Green'],
    });
  });
});
