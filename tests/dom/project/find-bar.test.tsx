import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deleteRole } from '../../../src/core/org/edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { FindBar } from '../../../src/renderer/project/FindBar';
import { role } from '../../helpers/scenarios';

/** A lead with four analysts: "analyst" finds four roles, a1 to a4 in file order. */
function scenario(): Scenario {
  return {
    name: 'Find',
    description: '',
    horizon: 8,
    environment: { volatility: 0.3 },
    seed: 1,
    parameters: {},
    roles: [
      role('lead', null, { title: 'Lead' }),
      ...['a1', 'a2', 'a3', 'a4'].map((id) => role(id, 'lead', { title: `Analyst ${id}` })),
    ],
    events: [],
  };
}

function setup() {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', scenario());
  render(
    <EditorStoreProvider store={editor}>
      <FindBar />
    </EditorStoreProvider>,
  );
  const input = screen.getByRole('textbox', { name: 'Find a role or person' });
  const count = () => input.parentElement!.querySelector('[aria-live]')?.textContent;
  const remove = (id: string) =>
    act(() => void editor.getState().edit('Delete role', (d) => deleteRole(d, id)));
  return { editor, input, count, remove };
}

describe('the find bar', () => {
  it('counts the live matches after the current one is deleted, and Enter goes on from there', async () => {
    const { editor, input, count, remove } = setup();
    await userEvent.type(input, 'analyst');
    expect(count()).toBe('4 matches');
    for (let i = 0; i < 4; i++) await userEvent.type(input, '{Enter}');
    expect(count()).toBe('4 of 4');
    expect(editor.getState().selection).toEqual(['a4']);

    remove('a4');
    expect(count()).toBe('3 matches');
    await userEvent.type(input, '{Enter}');
    expect(count()).toBe('1 of 3'); // past the last: wraps to the first
    expect(editor.getState().selection).toEqual(['a1']);
  });

  it('keeps its place on the same role when an earlier match is deleted', async () => {
    const { editor, input, count, remove } = setup();
    await userEvent.type(input, 'analyst{Enter}{Enter}{Enter}');
    expect(count()).toBe('3 of 4');
    expect(editor.getState().selection).toEqual(['a3']);

    remove('a1');
    expect(count()).toBe('2 of 3');
    await userEvent.type(input, '{Enter}');
    expect(editor.getState().selection).toEqual(['a4']);
    expect(count()).toBe('3 of 3');
  });

  it('goes on to the match that took the place of a deleted one, and back with Shift+Enter', async () => {
    const { editor, input, count, remove } = setup();
    await userEvent.type(input, 'analyst{Enter}{Enter}');
    expect(editor.getState().selection).toEqual(['a2']);
    remove('a2');
    await userEvent.type(input, '{Enter}');
    expect(editor.getState().selection).toEqual(['a3']);
    expect(count()).toBe('2 of 3');

    remove('a3');
    await userEvent.type(input, '{Shift>}{Enter}{/Shift}');
    expect(editor.getState().selection).toEqual(['a1']);
    expect(count()).toBe('1 of 2');
  });

  it('goes to the last match on Shift+Enter before any other step', async () => {
    const { editor, input, count } = setup();
    await userEvent.type(input, 'analyst{Shift>}{Enter}{/Shift}');
    expect(editor.getState().selection).toEqual(['a4']);
    expect(count()).toBe('4 of 4');
  });
});
