import { ReactFlowProvider } from '@xyflow/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useRef } from 'react';
import { expect } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/types';
import { EditableCanvas } from '../../../src/renderer/canvas/EditableCanvas';
import type { CommandContext } from '../../../src/renderer/editor/commands';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore, type EditorStore } from '../../../src/renderer/editor/editor-store';
import { useEditorKeyboard } from '../../../src/renderer/editor/use-editor-keyboard';
import { SelectionAnnouncer } from '../../../src/renderer/project/SelectionAnnouncer';
import { role } from '../../helpers/scenarios';

// The editable chart as the project screen mounts it (the editor's keyboard on the chart, the
// selection announced), for the canvas tests.

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
  // The opening view first (a chart wider than the pane opens readable on its top role), then the whole
  // chart in view, so every card is mounted.
  // (jsdom's animation frames are slow under a loaded machine: a generous wait.)
  await waitFor(() => expect(document.querySelector('[data-opened="true"]')).not.toBeNull(), {
    timeout: 10_000,
  });
  act(() => editor.getState().requestFit());
  await waitFor(() => expect(screen.getAllByTestId('role-card')).toHaveLength(scenario.roles.length), {
    timeout: 10_000,
  });
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
export const focusChart = () => act(() => screen.getByTestId('chart').focus());

export const card = (id: string) =>
  screen.getAllByTestId('role-card').find((c) => c.getAttribute('data-role-id') === id)!;
export const selectedCards = () =>
  screen
    .getAllByTestId('role-card')
    .filter((c) => c.getAttribute('data-selected') === 'true')
    .map((c) => c.getAttribute('data-role-id')!)
    .sort();
