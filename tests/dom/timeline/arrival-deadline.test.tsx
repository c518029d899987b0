/**
 * "By when must this hire arrive?" in jsdom, on the validation founder scenarios: the answer, then what
 * it relies on (named with the timeline's event labels) and, when no quarter works, the main driver of
 * what remains. The simulation runs in process here (jsdom has no Worker), on the same request handler
 * as the app's worker. No figure is asserted: the labels come from the scenario, the quarters from the
 * engine.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import { parseScenario } from '../../../src/core/scenario/parse';
import type { HireEvent, Scenario } from '../../../src/core/scenario/types';
import { arrivalDependencies } from '../../../src/engine/index';
import { ArrivalDeadline } from '../../../src/renderer/timeline/ArrivalDeadline';
import { eventLabel } from '../../../src/renderer/timeline/event-label';
import { scenario1, scenario2, scenario2WithAllManagers } from '../../engine/validation-builders';

function parsed(spec: unknown): Scenario {
  const result = parseScenario(spec);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

const hireOf = (scenario: Scenario, id: string) =>
  scenario.events.findIndex((e) => e.type === 'hire' && e.role.id === id);

async function ask(scenario: Scenario, eventIndex: number) {
  render(
    <ArrivalDeadline
      scenario={scenario}
      eventIndex={eventIndex}
      quarter={scenario.events[eventIndex].quarter}
      onMoveTo={() => {}}
    />,
  );
  await userEvent.setup().click(screen.getByRole('button', { name: 'By when must this hire arrive?' }));
  const answer = await screen.findByRole(
    'region',
    { name: 'By when must this hire arrive' },
    { timeout: 10_000 },
  );
  return within(answer).findByRole('region', { name: 'What this answer relies on' }, { timeout: 10_000 });
}

describe('ArrivalDeadline', () => {
  it('says which other events the answer relies on, in the words of the timeline', async () => {
    const scenario = parsed(scenario2WithAllManagers());
    const titles = roleTitles(scenario);
    const relied = within(await ask(scenario, hireOf(scenario, 'coo')));
    const ids = ['mgr-eng', 'mgr-product', 'mgr-sales', 'mgr-ops'];
    const order = arrivalDependencies(scenario, hireOf(scenario, 'coo')).reliesOn.map((d) => d.eventIndex);
    expect([...order].sort((a, b) => a - b)).toEqual(
      ids.map((id) => hireOf(scenario, id)).sort((a, b) => a - b),
    );
    const named = order.map(
      (i) => `${eventLabel(scenario.events[i], titles)} in Q${scenario.events[i].quarter}`,
    );
    expect(named).toContain('Hire Engineering manager in Q4');
    expect(relied.getByText(`This relies on: ${named.join('; ')}.`)).toBeTruthy();
    // Each with what the answer becomes without it.
    const items = relied.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items.find((t) => t?.startsWith('Without Hire Engineering manager'))).toMatch(
      /^Without Hire Engineering manager in Q4 \(its \d+ people staying with eng lead\), (arrive by Q\d+|any quarter does|no quarter keeps the org out of confirmed imbalance)\.$/,
    );
    // And how many events were left unexamined.
    expect(relied.getByText(/^\d+ more events were not examined/)).toBeTruthy();
  });

  it('when no quarter works, says what remains even at the earliest arrival, and its main driver', async () => {
    const founder = parsed(scenario1());
    const coo = (parsed(scenario2()).events[hireOf(parsed(scenario2()), 'coo')] as HireEvent).role;
    const lone = parsed({
      format: 'ballast.scenario',
      version: 1,
      ...founder,
      events: [...founder.events, { quarter: 3, type: 'hire', role: coo, takeOver: [] }],
    });
    const index = hireOf(lone, 'coo');
    const expected = arrivalDependencies(lone, index).shortfall!;
    expect(expected).not.toBeNull(); // the precondition: no quarter works for a lone COO
    await ask(lone, index);
    const text = screen.getByTestId('arrival-shortfall').textContent!;
    expect(text).toContain(`Even in Q${expected.arrival} the org `);
    expect(text).toContain(`Main driver: ${expected.team!.title}, ${expected.driver!.driver.label} (`);
    expect(text.includes('needs managers of its own')).toBe(expected.spanPastCapacity);
  });
});
