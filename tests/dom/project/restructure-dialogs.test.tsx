import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { commandById } from '../../../src/renderer/editor/commands';
import { keyAction } from '../../../src/renderer/editor/keyboard';
import { RestructureDialogs, type RestructureKind } from '../../../src/renderer/project/RestructureDialogs';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { layeredOrg } from '../restructure-org';

function setup(kind: RestructureKind, selection: string[] = []) {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', layeredOrg());
  editor.getState().select(selection);
  let closed = 0;
  render(
    <EditorStoreProvider store={editor}>
      <TooltipProvider>
        <RestructureDialogs kind={kind} onClose={() => closed++} />
      </TooltipProvider>
    </EditorStoreProvider>,
  );
  const roles = () => editor.getState().scenario!.roles;
  const managerOf = (id: string) => roles().find((r) => r.id === id)?.reportsTo;
  return { editor, roles, managerOf, closed: () => closed, user: userEvent.setup() };
}

describe('Remove roles, promote their reports', () => {
  it('removes the 66 Linear Managers selected by title in one edit, after a preview of where their reports go', async () => {
    const { editor, roles, managerOf, user, closed } = setup('remove', ['m0']);
    editor.getState().selectLike('title');
    expect(editor.getState().selection).toHaveLength(66);
    const dialog = await screen.findByRole('dialog');
    const preview = within(dialog).getByRole('status');
    expect(preview).toHaveTextContent('66 roles will go: Linear Manager, Linear Manager');
    expect(preview).toHaveTextContent(
      '44 reports (Analyst, Analyst, Analyst, and 41 more) will report to “Director 0”',
    );
    expect(preview).toHaveTextContent('1 timeline event names these roles and will be changed or removed.');

    await user.click(within(dialog).getByRole('button', { name: 'Remove 66 roles' }));
    expect(roles()).toHaveLength(202 - 66);
    expect(managerOf('a0')).toBe('d0');
    expect(managerOf('a1')).toBe('d1');
    expect(editor.getState().scenario!.events).toEqual([
      { quarter: 2, type: 'coaching', roleIds: ['d0'], quarters: 2 },
    ]);
    expect(editor.getState().history.past).toHaveLength(1);
    expect(editor.getState().hint).toBe('Removed 66 roles; their reports moved up');
    expect(closed()).toBe(1);

    editor.getState().undo();
    expect(editor.getState().scenario).toEqual(layeredOrg());
  });

  it('removes a whole layer of the chart chosen by its number', async () => {
    const { roles, managerOf, user } = setup('remove');
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Layer' }), '2');
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      '3 roles will go: Director 0, Director 1, Director 2.',
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('66 reports');
    await user.click(within(dialog).getByRole('button', { name: 'Remove 3 roles' }));
    expect(roles()).toHaveLength(199);
    expect(managerOf('m5')).toBe('ceo');
  });

  it('says why the top role cannot go and offers nothing to confirm', async () => {
    setup('remove', ['ceo', 'd0']);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('status')).toHaveTextContent('The top role cannot be removed');
    expect(within(dialog).getByRole('button', { name: 'Remove' })).toBeDisabled();
  });
});

describe('Move to…', () => {
  it('moves the selected roles together, with their teams, under the manager picked', async () => {
    const { editor, managerOf, user } = setup('move', ['m0', 'm3', 'a0']);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAccessibleName('Move 2 roles to…');
    await user.type(within(dialog).getByRole('combobox', { name: 'New manager' }), 'director 2');
    await user.click(screen.getByRole('option', { name: 'Director 2 — Dee 2' }));
    expect(within(dialog).getByTestId('move-preview')).toHaveTextContent(
      '2 roles will report to “Director 2 — Dee 2”',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(managerOf('m0')).toBe('d2');
    expect(managerOf('m3')).toBe('d2');
    expect(managerOf('a0')).toBe('m0');
    expect(editor.getState().history.past).toHaveLength(1);
    expect(editor.getState().hint).toBe('Moved 2 roles under Director 2');
  });

  it('does not offer the moving roles or anyone in their teams', async () => {
    const { user } = setup('move', ['d0']);
    const dialog = await screen.findByRole('dialog');
    // Every Finance manager is in Director 0's team; the Directors 1 and 2 are offered.
    await user.type(within(dialog).getByRole('combobox', { name: 'New manager' }), 'linear manager finance');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await user.clear(within(dialog).getByRole('combobox', { name: 'New manager' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'New manager' }), 'director');
    expect(screen.queryAllByRole('option').map((o) => o.textContent)).toEqual([
      'Director 1 — Dee 1',
      'Director 2 — Dee 2',
    ]);
  });

  it('is the M key, and Shift+Delete removes roles', () => {
    const press = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(keyAction({ ...press, key: 'm' })).toEqual({ type: 'command', id: 'move-to' });
    expect(keyAction({ ...press, key: 'Delete', shiftKey: true })).toEqual({
      type: 'command',
      id: 'remove-roles',
    });
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', layeredOrg());
    expect(commandById('move-to').enabled(editor)).toBe(false);
    editor.getState().select(['m0']);
    expect(commandById('move-to').enabled(editor)).toBe(true);
    const opened: string[] = [];
    commandById('move-to').run({
      editor,
      confirmDelete: () => undefined,
      focusFind: () => undefined,
      focusRename: () => undefined,
      findQuery: () => '',
      openRestructure: (kind) => opened.push(kind),
    });
    expect(opened).toEqual(['move']);
  });
});

describe('Merge departments', () => {
  it('previews how many roles change and merges the departments picked into one name, in one edit', async () => {
    const { editor, roles, user } = setup('merge');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Pick the departments to merge.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sales (22 roles)' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Operations (22 roles)' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('22 roles will move into “Sales”.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Merge into' }), 'Commercial');
    expect(within(dialog).getByRole('status')).toHaveTextContent('44 roles will move into “Commercial”.');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    const count = (name: string) => roles().filter((r) => r.department === name).length;
    expect([count('Commercial'), count('Sales'), count('Operations'), count('Finance')]).toEqual([
      44, 0, 0, 154,
    ]);
    expect(editor.getState().history.past).toHaveLength(1);
    editor.getState().undo();
    expect(editor.getState().scenario).toEqual(layeredOrg());
  });
});
