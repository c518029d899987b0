import { ReactFlowProvider } from '@xyflow/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/types';
import { EditableCanvas } from '../../../src/renderer/canvas/EditableCanvas';
import type { CommandContext } from '../../../src/renderer/editor/commands';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore, type EditorStore } from '../../../src/renderer/editor/editor-store';
import { useEditorKeyboard } from '../../../src/renderer/editor/use-editor-keyboard';
import { SelectionAnnouncer } from '../../../src/renderer/project/SelectionAnnouncer';
import { role } from '../../helpers/scenarios';

/** ceo -> three department heads, each with `size` reports in the head's department. */
export function departments(size = 4): Scenario {
  const roles = [role('ceo', null, { title: 'CEO', person: 'Ana' })];
  for (const dept of ['Engineering', 'Sales', 'Ops']) {
    const head = dept.toLowerCase();
    roles.push(role(head, 'ceo', { title: `Head of ${dept}`, department: dept, person: `${dept} head` }));
    for (let i = 0; i < size; i++)
      roles.push(
        role(`${head}-${i}`, head, { title: i % 2 ? 'Lead' : 'Engineer', department: dept, person: `P${i}` }),
      );
  }
  return { name: 'Departments', horizon: 8, environment: { volatility: 0.3 }, roles, events: [] };
}

function Chart({ editor, find = '' }: { editor: EditorStore; find?: string }) {
  const chart = useRef<HTMLDivElement>(null);
  const context = useMemo<CommandContext>(
    () => ({
      editor,
      confirmDelete: () => undefined,
      focusFind: () => undefined,
      focusRename: () => undefined,
      findQuery: () => find,
    }),
    [editor, find],
  );
  useEditorKeyboard(chart, context);
  return (
    <div ref={chart} tabIndex={0} data-testid="chart" style={{ width: 1280, height: 800 }}>
      <ReactFlowProvider>
        <EditableCanvas />
      </ReactFlowProvider>
      <SelectionAnnouncer />
    </div>
  );
}

export async function renderChart(scenario = departments(), find = '') {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', scenario);
  render(
    <EditorStoreProvider store={editor}>
      <Chart editor={editor} find={find} />
    </EditorStoreProvider>,
  );
  await waitFor(() => expect(screen.getAllByTestId('role-card')).toHaveLength(scenario.roles.length));
  return { editor, user: userEvent.setup() };
}

type Modifier = 'shiftKey' | 'ctrlKey' | 'metaKey';
const KEY_OF: Record<Modifier, string> = { shiftKey: 'Shift', ctrlKey: 'Control', metaKey: 'Meta' };

/**
 * A click on a card as a browser sends it: the modifier pressed first (React Flow tracks it), then
 * pointer and mouse down, up, and the click. (user-event's mouse events carry no window, which
 * d3-drag, under React Flow's cards, needs.)
 */
export function clickCard(id: string, modifier?: Modifier) {
  const target = card(id);
  const mods = modifier ? { [modifier]: true } : {};
  if (modifier) fireEvent.keyDown(target, { key: KEY_OF[modifier], ...mods });
  const at = { button: 0, clientX: 10, clientY: 10, ...mods };
  // jsdom refuses its own window as an event's view here, so the view is set after construction.
  const mouse = (type: string) => {
    const event = new MouseEvent(type, { ...at, bubbles: true, cancelable: true });
    Object.defineProperty(event, 'view', { value: window });
    act(() => void target.dispatchEvent(event));
  };
  fireEvent.pointerDown(target, { ...at, pointerId: 1, isPrimary: true });
  mouse('mousedown');
  fireEvent.pointerUp(target, { ...at, pointerId: 1 });
  mouse('mouseup');
  mouse('click');
  if (modifier) fireEvent.keyUp(target, { key: KEY_OF[modifier] });
}

/** Where a click in the chart leaves focus in a browser (jsdom moves focus on no click). */
const focusChart = () => act(() => screen.getByTestId('chart').focus());

export const card = (id: string) =>
  screen.getAllByTestId('role-card').find((c) => c.getAttribute('data-role-id') === id)!;
export const selectedCards = () =>
  screen
    .getAllByTestId('role-card')
    .filter((c) => c.getAttribute('data-selected') === 'true')
    .map((c) => c.getAttribute('data-role-id')!)
    .sort();
const announced = () => screen.getByTestId('selection-announcer').textContent;

afterEach(() => {
  document.body.focus();
});

describe('selecting roles on the chart', () => {
  it('selects one card on a click, adds and removes cards with Shift-, Ctrl- or ⌘-click', async () => {
    const { editor } = await renderChart();
    clickCard('sales');
    expect(editor.getState().selection).toEqual(['sales']);
    expect(selectedCards()).toEqual(['sales']);

    clickCard('ops', 'shiftKey');
    expect(editor.getState().selection).toEqual(['sales', 'ops']);

    clickCard('engineering-0', 'ctrlKey');
    clickCard('ceo', 'metaKey');
    expect(editor.getState().selection).toEqual(['sales', 'ops', 'engineering-0', 'ceo']);
    expect(selectedCards()).toEqual(['ceo', 'engineering-0', 'ops', 'sales']);
    expect(announced()).toBe('4 roles selected');

    // A second modified click takes a card out again; a plain click selects that card alone.
    clickCard('ops', 'shiftKey');
    expect(editor.getState().selection).toEqual(['sales', 'engineering-0', 'ceo']);
    clickCard('ops-1');
    expect(selectedCards()).toEqual(['ops-1']);
  });

  it('clears the selection with Escape in the chart', async () => {
    const { editor, user } = await renderChart();
    clickCard('sales');
    clickCard('ops', 'shiftKey');
    focusChart();
    expect(screen.getByTestId('chart').contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(editor.getState().selection).toEqual([]);
    expect(selectedCards()).toEqual([]);
  });

  it('selects everyone in the department, on the layer or with the title of the selection, and announces it', async () => {
    const { editor, user } = await renderChart();
    clickCard('sales-2');
    focusChart();
    await user.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}');
    expect(selectedCards()).toEqual(['sales', 'sales-0', 'sales-1', 'sales-2', 'sales-3']);
    // The role the selection started from stays first.
    expect(editor.getState().selection[0]).toBe('sales-2');
    await waitFor(() => expect(announced()).toBe('5 roles selected: everyone in Sales'));

    clickCard('ops');
    focusChart();
    await user.keyboard('{Alt>}{Shift>}L{/Shift}{/Alt}');
    expect(selectedCards()).toEqual(['engineering', 'ops', 'sales']);
    expect(announced()).toBe('3 roles selected: everyone on layer 2');

    clickCard('ops-1');
    focusChart();
    await user.keyboard('{Alt>}{Shift>}T{/Shift}{/Alt}');
    expect(selectedCards()).toEqual([
      'engineering-1',
      'engineering-3',
      'ops-1',
      'ops-3',
      'sales-1',
      'sales-3',
    ]);
    expect(announced()).toBe('6 roles selected: every Lead');
  });

  it('selects the Find bar’s matches with Alt+Enter', async () => {
    const { editor, user } = await renderChart(departments(), 'head');
    focusChart();
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(editor.getState().selection).toEqual(['engineering', 'sales', 'ops']);
    expect(announced()).toBe('3 roles selected: every match for “head”');
  });

  it('says why when there is nothing to select', async () => {
    const { editor, user } = await renderChart();
    clickCard('ceo');
    focusChart();
    await user.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}');
    expect(editor.getState().selection).toEqual(['ceo']);
    expect(editor.getState().hint).toBe('CEO has no department.');
  });

  it('adds the cards inside a Shift-drag marquee to the selection, and an empty-canvas click clears it', async () => {
    const { editor } = await renderChart();
    const pane = document.querySelector('.react-flow__pane')!;
    fireEvent.keyDown(window, { key: 'Shift' });
    fireEvent.pointerDown(pane, { button: 0, isPrimary: true, clientX: 0, clientY: 0, pointerId: 1 });
    fireEvent.pointerMove(pane, { clientX: 5000, clientY: 5000, pointerId: 1, buttons: 1 });
    fireEvent.pointerUp(pane, { button: 0, clientX: 5000, clientY: 5000, pointerId: 1 });
    fireEvent.click(pane, { shiftKey: true }); // the click that ends the drag selects nothing
    fireEvent.keyUp(window, { key: 'Shift' });
    await waitFor(() => expect(editor.getState().selection.length).toBeGreaterThan(0));
    expect(selectedCards().length).toBe(editor.getState().selection.length);
    fireEvent.click(pane);
    expect(editor.getState().selection).toEqual([]);
  });
});
