import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/org/edits';
import { STRENGTH_PRESETS } from '../../../src/core/org/presets';
import { addHire, removeEvent } from '../../../src/core/scenario-edits';
import type { HireEvent, Scenario } from '../../../src/core/scenario/types';
import { smallOrg } from '../org/edits/fixture';

const apply = <T>(scenario: Scenario, recipe: (d: Scenario) => T) => applyEdit(scenario, recipe);
const operator = STRENGTH_PRESETS.find((p) => p.id === 'operator')!.strengths;

describe('addHire', () => {
  it('hires a role at a quarter, reporting where chosen and taking over the chosen reports', () => {
    const { scenario, result } = apply(smallOrg(), (d) =>
      addHire(d, 3, { title: 'COO', person: 'Kim', strengths: operator }, 'ceo', ['eng', 'sales']),
    );
    expect(result).toEqual({ roleId: 'coo', index: 3 });
    const hire = scenario.events[result.index] as HireEvent;
    expect(hire).toMatchObject({
      quarter: 3,
      type: 'hire',
      role: { id: 'coo', title: 'COO', person: 'Kim', reportsTo: 'ceo', team: 0, strengths: operator },
      takeOver: ['eng', 'sales'],
    });
  });

  it('makes a readable id from the title, unique across roles and earlier hires', () => {
    let s = apply(smallOrg(), (d) => addHire(d, 2, { title: 'Chief of Staff' }, 'ceo')).scenario;
    const second = apply(s, (d) => addHire(d, 4, { title: 'Chief of staff!' }, 'ceo'));
    expect(second.result.roleId).toBe('chief-of-staff-2');
    s = apply(smallOrg(), (d) => addHire(d, 2, { title: 'Eng' }, 'ceo')).scenario;
    expect((s.events.find((e) => e.type === 'hire') as HireEvent).role.id).toBe('eng-2');
  });

  it('refuses a blank title, taking over its own manager, and a hire that would make a cycle', () => {
    expect(() => apply(smallOrg(), (d) => addHire(d, 2, { title: ' ' }, 'ceo'))).toThrow(/needs a title/);
    expect(() => apply(smallOrg(), (d) => addHire(d, 2, { title: 'X' }, 'eng', ['eng']))).toThrow(
      /cannot take over the role it reports to/,
    );
    expect(() => apply(smallOrg(), (d) => addHire(d, 2, { title: 'X' }, 'fe', ['eng']))).toThrow(
      /would break the scenario: .*cycle/,
    );
  });

  it('is removed again like any event', () => {
    const { scenario, result } = apply(smallOrg(), (d) => addHire(d, 3, { title: 'COO' }, 'ceo', ['eng']));
    expect(apply(scenario, (d) => removeEvent(d, result.index)).scenario).toEqual(smallOrg());
  });
});
