import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { Inspector } from '../../../src/renderer/inspector/Inspector';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { smallOrg } from '../../core/org/edits/fixture';

function setup(selection: string[]) {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', smallOrg());
  editor.getState().select(selection);
  render(
    <EditorStoreProvider store={editor}>
      <TooltipProvider>
        <Inspector onDelete={() => {}} />
      </TooltipProvider>
    </EditorStoreProvider>,
  );
  const roleOf = (id: string) => editor.getState().scenario!.roles.find((r) => r.id === id)!;
  return { editor, roleOf, user: userEvent.setup() };
}

const field = (name: string) => screen.getByRole('textbox', { name });

describe('the inspector’s people data', () => {
  it('edits salary, FTE, grade and location of one role, each one undoable edit', async () => {
    const { editor, roleOf, user } = setup(['eng']);
    await user.type(field('Salary (annual cost of the holder)'), '95,000{Enter}');
    await user.type(field('FTE (0 to 1)'), '0.8{Enter}');
    await user.type(field('Grade'), 'L6{Enter}');
    await user.type(field('Location'), 'Leeds{Enter}');
    expect(roleOf('eng')).toMatchObject({ salary: 95000, fte: 0.8, grade: 'L6', location: 'Leeds' });
    act(() => editor.getState().undo());
    expect(roleOf('eng')).not.toHaveProperty('location');
    expect(roleOf('eng').grade).toBe('L6');
    expect(field('Location')).toHaveValue('');
  });

  it('refuses an FTE above 1, saying why, and changes nothing', async () => {
    const { roleOf, user } = setup(['eng']);
    await user.type(field('FTE (0 to 1)'), '1.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('FTE runs from 0 to 1 (1 is full time).');
    expect(roleOf('eng')).not.toHaveProperty('fte');
  });

  it('sets a field of a multi-selection in one edit, and says when values differ', async () => {
    const { editor, roleOf, user } = setup(['fe', 'be']);
    await user.type(field('Grade'), 'L4{Enter}');
    expect([roleOf('fe').grade, roleOf('be').grade]).toEqual(['L4', 'L4']);
    act(() => editor.getState().undo());
    expect([roleOf('fe').grade, roleOf('be').grade]).toEqual([undefined, undefined]);
    await user.type(field('Salary (annual cost of the holder)'), '70000{Enter}');
    act(() => editor.getState().select(['fe', 'be', 'eng']));
    expect(field('Salary (annual cost of the holder)')).toHaveAttribute('placeholder', 'Mixed: 2 values');
  });
});
