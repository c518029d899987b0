import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/renderer/editor/commands';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore, type EditorStore } from '../../../src/renderer/editor/editor-store';
import { useEditorKeyboard } from '../../../src/renderer/editor/use-editor-keyboard';
import { FindBar } from '../../../src/renderer/project/FindBar';
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

/** The Find bar wired as the project screen wires it: the keyboard's find query is the bar's text. */
function FindAndChart({ editor }: { editor: EditorStore }) {
  const find = useRef<HTMLInputElement>(null);
  const chart = useRef<HTMLDivElement>(null);
  const context = useMemo<CommandContext>(
    () => ({
      editor,
      confirmDelete: () => undefined,
      focusFind: () => find.current?.focus(),
      focusRename: () => undefined,
      findQuery: () => find.current?.value ?? '',
    }),
    [editor],
  );
  useEditorKeyboard(chart, context);
  return (
    <>
      <FindBar ref={find} />
      <div ref={chart} tabIndex={0} />
      <SelectionAnnouncer />
    </>
  );
}

describe('the Find bar', () => {
  it('selects every match with Alt+Enter in its field', async () => {
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', departments(3));
    render(
      <EditorStoreProvider store={editor}>
        <FindAndChart editor={editor} />
      </EditorStoreProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Find a role or person' }), 'lead');
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(editor.getState().selection).toEqual(['engineering-1', 'sales-1', 'ops-1']);
    expect(screen.getByTestId('selection-announcer')).toHaveTextContent(
      '3 roles selected: every match for “lead”',
    );
  });
});
