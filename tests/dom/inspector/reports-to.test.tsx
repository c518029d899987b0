import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { managerCandidates } from '../../../src/renderer/inspector/manager-choices';
import { ReportsToField } from '../../../src/renderer/inspector/ReportsToField';
import { layeredOrg } from '../restructure-org';

function setup(roleId: string) {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', layeredOrg());
  const Shown = () => (
    <ReportsToField role={editor.getState().scenario!.roles.find((r) => r.id === roleId)!} />
  );
  const view = render(
    <EditorStoreProvider store={editor}>
      <Shown />
    </EditorStoreProvider>,
  );
  const rerender = () =>
    view.rerender(
      <EditorStoreProvider store={editor}>
        <Shown />
      </EditorStoreProvider>,
    );
  const managerOf = (id: string) => editor.getState().scenario!.roles.find((r) => r.id === id)!.reportsTo;
  return { editor, rerender, managerOf, user: userEvent.setup() };
}

const picker = () => screen.getByRole('combobox', { name: 'Move to report to' });
const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');

describe('the Reports to field', () => {
  it('offers every role but the role itself, its own team and its current manager', async () => {
    const { user } = setup('d0');
    expect(screen.getByTestId('reports-to')).toHaveTextContent('Chief Executive — Ana');
    await user.type(picker(), 'm0');
    // m0 is in d0's own team: it is not offered.
    expect(options()).toHaveLength(0);
    await user.clear(picker());
    await user.type(picker(), 'm1');
    expect(options().map((o) => o.textContent)).toContain('Linear Manager — vacant · Sales · m1');
    const offered = managerCandidates(layeredOrg().roles, ['d0']).map((r) => r.id);
    expect(offered).toHaveLength(202 - 1 - 22 - 44);
    expect(offered).not.toContain('d0');
    expect(offered).not.toContain('a0');
    expect(offered).toContain('a1');
  });

  it('moves the role with its team in one undoable edit and says where it went', async () => {
    const { editor, user, managerOf, rerender } = setup('m0');
    await user.type(picker(), 'director 1');
    await user.click(screen.getByRole('option', { name: 'Director 1 — Dee 1' }));
    expect(managerOf('m0')).toBe('d1');
    expect(managerOf('a0')).toBe('m0');
    expect(editor.getState().hint).toBe('Moved Linear Manager under Director 1');
    expect(editor.getState().history.past).toHaveLength(1);
    rerender();
    expect(screen.getByTestId('reports-to')).toHaveTextContent('Director 1 — Dee 1');
    editor.getState().undo();
    expect(managerOf('m0')).toBe('d0');
  });

  it('is absent for the top role', () => {
    setup('ceo');
    expect(screen.queryByRole('combobox', { name: 'Move to report to' })).toBeNull();
  });
});
