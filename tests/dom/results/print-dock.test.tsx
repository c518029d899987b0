/**
 * The dock's print path: "Include the role table" beside Print report, off for a big org, and the pack
 * rendered when the page is printed (the browser's print command or the button).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/types';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { ROLE_TABLE_LIMIT } from '../../../src/renderer/results/PrintSections';
import { ResultsDock } from '../../../src/renderer/results/ResultsDock';
import { simulationStore } from '../../../src/renderer/simulation/simulation-store';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { role } from '../../helpers/scenarios';

function flat(n: number): Scenario {
  const roles = [role('ceo', null, { person: 'Ceo' })];
  for (let i = 0; i < n; i++)
    roles.push(role(`r${i}`, 'ceo', { person: `P${i}`, department: i % 2 ? 'Sales' : 'Ops', team: 2 }));
  return { name: 'Flat', horizon: 4, environment: { volatility: 0.3 }, roles, events: [] };
}

function renderDock(loaded: Scenario) {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', loaded);
  render(
    <TooltipProvider>
      <EditorStoreProvider store={editor}>
        <ResultsDock />
      </EditorStoreProvider>
    </TooltipProvider>,
  );
}

const SLOW = { timeout: 15_000 };
const revision = () =>
  Number(screen.getByRole('region', { name: 'Simulation results' }).getAttribute('data-report-revision'));
const print = (event: 'beforeprint' | 'afterprint') => act(() => window.dispatchEvent(new Event(event)));
const appendix = () => screen.queryByRole('region', { name: 'Appendix: the roles' });

afterEach(() => simulationStore.getState().reset());

describe('printing from the dock', () => {
  it('leaves a big org’s role table out unless asked, and prints the title page and summary', async () => {
    renderDock(flat(ROLE_TABLE_LIMIT + 10));
    await waitFor(() => expect(revision()).toBeGreaterThan(0), SLOW);
    const box = screen.getByRole('checkbox', { name: 'Include the role table' });
    expect(box).not.toBeChecked();
    print('beforeprint');
    expect(screen.getByRole('region', { name: 'Title page' })).toHaveTextContent('Flat');
    expect(screen.getByRole('region', { name: 'Summary' })).toBeTruthy();
    expect(appendix()).toBeNull();
    print('afterprint');
    expect(screen.queryByRole('region', { name: 'Title page' })).toBeNull();
    await userEvent.click(box);
    print('beforeprint');
    expect(appendix()).not.toBeNull();
    print('afterprint');
  }, 30_000);

  it('includes a small org’s role table by default', async () => {
    renderDock(flat(5));
    await waitFor(() => expect(revision()).toBeGreaterThan(0), SLOW);
    expect(screen.getByRole('checkbox', { name: 'Include the role table' })).toBeChecked();
    print('beforeprint');
    expect(appendix()).not.toBeNull();
    print('afterprint');
  });
});
