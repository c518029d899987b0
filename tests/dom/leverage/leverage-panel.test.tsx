/**
 * The "Where to act" panel in jsdom: the engine runs in process (jsdom has no Worker) on the same request
 * handler as the app's worker, so the panel shows exactly what `leverage` answers. Progress is checked
 * with a client whose answer the test releases, so nothing waits on time.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/types';
import { applyLeverageMove, leverage, type Leverage } from '../../../src/engine/index';
import { LeveragePanel } from '../../../src/renderer/leverage/LeveragePanel';
import {
  baselineText,
  healthText,
  moveText,
  sharesChangeText,
  tryName,
} from '../../../src/renderer/leverage/leverage-text';
import { leverageRuns } from '../../../src/renderer/leverage/use-leverage';
import type { SimulationClient } from '../../../src/renderer/simulation/simulation-client';
import { role, strengths } from '../../helpers/scenarios';

const leader = strengths({
  vision: 9,
  inspire: 9,
  innovate: 8,
  develop: 8,
  plan: 3,
  organize: 3,
  control: 3,
  direct: 3,
});

/** A visionary founder with thin management: the org drifts into chaos, so management moves help. */
function founderOrg(): Scenario {
  return {
    name: 'Founder',
    horizon: 6,
    environment: { volatility: 0.4 },
    roles: [
      role('ceo', null, { title: 'CEO', person: 'Ada', team: 3, strengths: leader }),
      role('eng', 'ceo', { title: 'Engineering lead', person: 'Bo', team: 12, strengths: leader }),
      role('sales', 'ceo', { title: 'Sales lead', person: 'Cy', team: 6, strengths: strengths() }),
    ],
    events: [],
  };
}

const SLOW = { timeout: 20_000 };

function renderPanel(scenario: Scenario, props: Partial<Parameters<typeof LeveragePanel>[0]> = {}) {
  const onTry = vi.fn();
  render(
    <LeveragePanel
      open
      onOpenChange={() => {}}
      scenario={scenario}
      quarter={scenario.horizon}
      runs={8}
      seed={3}
      onTry={onTry}
      {...props}
    />,
  );
  return { onTry };
}

describe('the Where to act panel', () => {
  it('lists the engine’s suggestions for the quarter, best first, each with its figures', async () => {
    const scenario = founderOrg();
    const expected = leverage(scenario, { quarter: 6, runs: 8, seed: 3 });
    expect(expected.suggestions.length).toBeGreaterThan(0);
    renderPanel(scenario);
    const list = await screen.findByRole('list', { name: 'Suggestions' }, SLOW);
    const items = within(list).getAllByTestId('leverage-suggestion');
    expect(items).toHaveLength(expected.suggestions.length);
    expected.suggestions.forEach((s, k) => {
      expect(items[k]).toHaveTextContent(moveText(s));
      expect(items[k]).toHaveTextContent(healthText(s));
      expect(items[k]).toHaveTextContent(sharesChangeText(s)!);
    });
    expect(screen.getByRole('heading', { name: 'Where to act in Q6' })).toBeInTheDocument();
    expect(screen.getByTestId('leverage-baseline')).toHaveTextContent(baselineText(expected));
    expect(baselineText(expected)).toMatch(
      /^In Q6 the org is (chaos|balance|bureaucracy|stagnation|borderline)/,
    );
    const bars = within(screen.getByRole('list', { name: 'Tornado' })).getAllByTestId('tornado-bar');
    expect(bars.map((b) => b.querySelector('span')!.textContent)).toEqual(
      expected.tornado.map((b) => b.label),
    );
  });

  it('tries a suggestion as a new scenario: the current one with that move made, under a new name', async () => {
    const scenario = founderOrg();
    const { onTry } = renderPanel(scenario);
    const tries = await screen.findAllByRole('button', { name: /^Try as new scenario/ }, SLOW);
    const first = leverage(scenario, { quarter: 6, runs: 8, seed: 3 }).suggestions[0];
    await userEvent.setup().click(tries[0]);
    expect(onTry).toHaveBeenCalledTimes(1);
    const tried = onTry.mock.calls[0][0] as Scenario;
    expect(tried).toEqual({ ...applyLeverageMove(scenario, first), name: tryName('Founder', first) });
    const changed = tried.roles.find((r) => r.id === first.roleId)!;
    for (const { name, after } of first.strengths)
      expect(changed.strengths[name as keyof typeof changed.strengths]).toBe(after);
  });

  it('teaches what a suggestion is when there is none: an org with no managers', async () => {
    const solo: Scenario = {
      name: 'Solo',
      horizon: 3,
      environment: { volatility: 0.2 },
      roles: [role('a', null, { person: 'Ann' })],
      events: [],
    };
    renderPanel(solo);
    const empty = await screen.findByTestId('leverage-empty', {}, SLOW);
    expect(empty).toHaveTextContent(/No role manages anyone/);
    expect(empty).toHaveTextContent(/raised by one point/);
    expect(screen.queryByRole('button', { name: /Try as new scenario/ })).toBeNull();
    // The tornado still answers: the verdict's assumptions do not need a manager.
    expect(
      within(screen.getByRole('list', { name: 'Tornado' })).getAllByTestId('tornado-bar').length,
    ).toBeGreaterThan(0);
  });

  it('shows progress while it computes, then the answer', async () => {
    let report: ((done: number, total: number) => void) | undefined;
    let answer: ((l: Leverage) => void) | undefined;
    const dispose = vi.fn();
    const client = {
      leverage: vi.fn((_s, _q, _r, _seed, onProgress) => {
        report = onProgress;
        return new Promise<Leverage>((resolve) => (answer = resolve));
      }),
      dispose,
    } as unknown as SimulationClient;
    const scenario = founderOrg();
    const { unmount } = render(
      <LeveragePanel
        open
        onOpenChange={() => {}}
        scenario={scenario}
        quarter={4}
        runs={5}
        seed={9}
        createClient={() => client}
      />,
    );
    expect(client.leverage).toHaveBeenCalledWith(scenario, 4, 5, 9, expect.any(Function));
    expect(await screen.findByRole('status')).toHaveTextContent(/Trying each manager/);
    report!(30, 120);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('30 of 120 runs'));
    expect(screen.getByRole('progressbar', { name: 'Where to act: progress' })).toHaveAttribute(
      'value',
      '30',
    );
    answer!(leverage(scenario, { quarter: 4, runs: 5, seed: 9 }));
    await screen.findByRole('list', { name: 'Suggestions' });
    expect(screen.queryByRole('status')).toBeNull();
    unmount();
    expect(dispose).toHaveBeenCalled();
  });

  it('uses the results’ own Monte Carlo runs, or its default when the results run once', () => {
    expect(leverageRuns(200)).toBe(200);
    expect(leverageRuns(1)).toBeGreaterThan(1);
  });
});
