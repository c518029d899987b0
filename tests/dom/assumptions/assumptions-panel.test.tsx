import { act, fireEvent, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MODEL_PARAMETERS } from '../../../src/engine/parameters';
import { AssumptionsPanel } from '../../../src/renderer/assumptions/AssumptionsPanel';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { simulationStore } from '../../../src/renderer/simulation/simulation-store';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { smallOrg } from '../../core/org/edits/fixture';

function setup() {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', smallOrg());
  render(
    <EditorStoreProvider store={editor}>
      <TooltipProvider>
        <AssumptionsPanel />
      </TooltipProvider>
    </EditorStoreProvider>,
  );
  return { editor, user: userEvent.setup() };
}

const scale = MODEL_PARAMETERS.find((p) => p.name === 'capacityScale')!;
// Queries are scoped to a section: a label search over all hundred parameters takes seconds in jsdom.
const simulation = () => within(document.querySelector('section[aria-label="Simulation"]') as HTMLElement);
const listHead = () =>
  within(document.querySelector('section[aria-label="Model parameters"] > div') as HTMLElement);
const row = (name: string) => document.querySelector(`[data-parameter="${name}"]`) as HTMLElement;

describe('the assumptions panel', () => {
  it('lists every model parameter with its default, range and basis', () => {
    setup();
    expect(document.querySelectorAll('[data-parameter]')).toHaveLength(MODEL_PARAMETERS.length);
    const scaleRow = within(row('capacityScale'));
    expect(scaleRow.getByLabelText(scale.label)).toHaveValue(String(scale.default));
    expect(
      scaleRow.getByText(`Default ${scale.default}, range ${scale.min} to ${scale.max} (${scale.unit}).`),
    ).toBeTruthy();
    expect(scaleRow.getByText(scale.basis)).toBeTruthy();
  });

  it('marks a changed parameter with what it changed from, saves it in the scenario, and resets it', async () => {
    const { editor, user } = setup();
    const field = within(row('capacityScale')).getByLabelText(scale.label);
    expect(row('capacityScale').dataset.changed).toBe('false');
    await user.clear(field);
    await user.type(field, '10{Enter}');
    expect(editor.getState().scenario?.parameters).toEqual({ capacityScale: 10 });
    expect(row('capacityScale').dataset.changed).toBe('true');
    expect(within(row('capacityScale')).getByText(`Changed from ${scale.default}.`)).toBeTruthy();
    expect(listHead().getByRole('button', { name: 'Reset all (1)' })).toBeEnabled();

    await user.click(
      within(row('capacityScale')).getByRole('button', { name: `Reset ${scale.label} to ${scale.default}` }),
    );
    expect(editor.getState().scenario?.parameters).toBeUndefined();
    expect(row('capacityScale').dataset.changed).toBe('false');
    expect(field).toHaveValue(String(scale.default));
    // Undo brings the change back; the whole thing was two edits.
    editor.getState().undo();
    expect(editor.getState().scenario?.parameters).toEqual({ capacityScale: 10 });
  });

  it('refuses a value outside the range, saying why, and changes nothing', async () => {
    const { editor, user } = setup();
    const field = within(row('capacityScale')).getByLabelText(scale.label);
    await user.clear(field);
    await user.type(field, '99{Enter}');
    expect(within(row('capacityScale')).getByRole('alert')).toHaveTextContent(
      `${scale.label} is a number from ${scale.min} to ${scale.max}.`,
    );
    expect(editor.getState().scenario?.parameters).toBeUndefined();
    expect(field).toHaveValue(String(scale.default));
  });

  it('resets every changed parameter at once', async () => {
    const { editor, user } = setup();
    for (const name of ['capacityScale', 'coverageExponent']) {
      const info = MODEL_PARAMETERS.find((p) => p.name === name)!;
      const field = within(row(name)).getByLabelText(info.label);
      await user.clear(field);
      await user.type(field, `${info.min}{Enter}`);
    }
    expect(Object.keys(editor.getState().scenario?.parameters ?? {})).toHaveLength(2);
    await user.click(listHead().getByRole('button', { name: 'Reset all (2)' }));
    expect(editor.getState().scenario?.parameters).toBeUndefined();
    expect(listHead().getByRole('button', { name: 'Reset all' })).toBeDisabled();
  });

  it('sets volatility and seed as undoable edits', async () => {
    const { editor, user } = setup();
    const volatility = simulation().getByLabelText('Volatility');
    await user.clear(volatility);
    await user.type(volatility, '0,65{Enter}');
    expect(editor.getState().scenario?.environment.volatility).toBe(0.65);
    const seed = simulation().getByLabelText('Seed');
    await user.type(seed, '42{Enter}');
    expect(editor.getState().scenario?.seed).toBe(42);
    editor.getState().undo();
    editor.getState().undo();
    expect(editor.getState().scenario).toEqual(smallOrg());
  });

  it('finds parameters by name and shows only the changed ones on request', async () => {
    const { user } = setup();
    const search = document.querySelector('input[aria-label="Find a parameter"]') as HTMLInputElement;
    fireEvent.change(search, { target: { value: 'coverage exponent' } });
    expect(
      [...document.querySelectorAll('[data-parameter]')].map((e) => (e as HTMLElement).dataset.parameter),
    ).toEqual(['coverageExponent']);
    fireEvent.change(search, { target: { value: '' } });
    const field = within(row('capacityScale')).getByLabelText(scale.label);
    await user.clear(field);
    await user.type(field, '9{Enter}');
    const onlyChanged = [...document.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Only changed'))!
      .querySelector('input')!;
    await user.click(onlyChanged);
    expect(
      [...document.querySelectorAll('[data-parameter]')].map((e) => (e as HTMLElement).dataset.parameter),
    ).toEqual(['capacityScale']);
  });

  it('sets Monte Carlo runs in the simulation settings, outside the scenario and its history', async () => {
    const { editor, user } = setup();
    const runs = simulation().getByLabelText('Monte Carlo runs');
    await user.clear(runs);
    await user.type(runs, '200{Enter}');
    expect(simulationStore.getState().runs).toBe(200);
    expect(editor.getState().scenario).toEqual(smallOrg());
    expect(editor.getState().history.past).toHaveLength(0);
    act(() => simulationStore.getState().reset());
  });

  it('asks before shortening the horizon past events, and drops them only when told', async () => {
    const { editor, user } = setup();
    const horizon = simulation().getByLabelText('Horizon (quarters)');
    await user.clear(horizon);
    await user.type(horizon, '2{Enter}');
    expect(simulation().getByRole('alert')).toHaveTextContent('1 event acts after quarter 2.');
    expect(editor.getState().scenario?.horizon).toBe(8);
    await user.click(simulation().getByRole('button', { name: 'Remove 1 and shorten' }));
    expect(editor.getState().scenario?.horizon).toBe(2);
    expect(editor.getState().scenario?.events.map((e) => e.quarter)).toEqual([1, 2]);
  });
});
