import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/renderer/editor/commands';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { SelectMenu } from '../../../src/renderer/project/SelectMenu';
import { SelectionAnnouncer } from '../../../src/renderer/project/SelectionAnnouncer';
import { departments } from '../canvas/chart-harness';

function setup(find = '') {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', departments(3));
  const commands: CommandContext = {
    editor,
    confirmDelete: () => undefined,
    focusFind: () => undefined,
    focusRename: () => undefined,
    findQuery: () => find,
  };
  render(
    <EditorStoreProvider store={editor}>
      <SelectMenu commands={commands} />
      <SelectionAnnouncer />
    </EditorStoreProvider>,
  );
  return { editor, user: userEvent.setup() };
}

const open = async (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Select' }));

describe('the Select menu', () => {
  it('selects everyone in the selected role’s department, and announces it', async () => {
    const { editor, user } = setup();
    editor.getState().select(['ops-1']);
    await open(user);
    await user.click(screen.getByRole('menuitem', { name: /Select all in department/ }));
    expect(editor.getState().selection).toEqual(['ops-1', 'ops', 'ops-0', 'ops-2']);
    expect(screen.getByTestId('selection-announcer')).toHaveTextContent('4 roles selected: everyone in Ops');
  });

  it('offers the commands that need a selection only with one, and selects the Find bar’s matches', async () => {
    const { editor, user } = setup('lead');
    await open(user);
    expect(screen.getByRole('menuitem', { name: /Select all at this layer/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('menuitem', { name: /Select find results/ }));
    expect(editor.getState().selection).toEqual(['engineering-1', 'sales-1', 'ops-1']);
  });
});
