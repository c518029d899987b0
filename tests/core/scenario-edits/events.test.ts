import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/org/edits';
import { addEvent, moveEvent, removeEvent, updateEvent } from '../../../src/core/scenario-edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { role } from '../../helpers/scenarios';
import { smallOrg } from '../org/edits/fixture';

/** Edits the way the editor does, with the format check after the edit. */
const apply = (scenario: Scenario, recipe: (d: Scenario) => unknown) => applyEdit(scenario, recipe).scenario;

describe('addEvent', () => {
  it('adds every event type, after the events of its own quarter and earlier', () => {
    let s = smallOrg(); // Q1 grow, Q2 coaching, Q3 reorg
    s = apply(s, (d) => addEvent(d, { quarter: 2, type: 'crisis', severity: 0.6, quarters: 2 }));
    expect(s.events.map((e) => e.type)).toEqual(['grow', 'coaching', 'crisis', 'reorg']);
    const more = [
      { quarter: 4, type: 'marketShift', size: 0.3 },
      { quarter: 4, type: 'feedback360', roleIds: ['eng'] },
      { quarter: 5, type: 'oneOnOnes', roleIds: ['sales'], enabled: true },
      { quarter: 5, type: 'depart', roleId: 'be' },
      { quarter: 6, type: 'grow', roleId: 'sales', team: 9 },
      { quarter: 6, type: 'coaching', roleIds: ['fe'], quarters: 1 },
    ] as const;
    for (const event of more) s = apply(s, (d) => addEvent(d, structuredClone(event) as never));
    expect(s.events).toHaveLength(10);
    expect(s.events.at(-1)).toEqual({ quarter: 6, type: 'coaching', roleIds: ['fe'], quarters: 1 });
  });

  it('refuses a quarter outside the horizon and fields out of range, with the reason', () => {
    expect(() =>
      apply(smallOrg(), (d) => addEvent(d, { quarter: 9, type: 'marketShift', size: 0.2 })),
    ).toThrow("Quarter 9 is outside this scenario's horizon (quarters 1 to 8).");
    expect(() =>
      apply(smallOrg(), (d) => addEvent(d, { quarter: 2, type: 'crisis', severity: 1.5, quarters: 1 })),
    ).toThrow('A crisis severity is from 0 to 1.');
    expect(() =>
      apply(smallOrg(), (d) => addEvent(d, { quarter: 2, type: 'feedback360', roleIds: [] })),
    ).toThrow('Pick at least one role.');
  });

  it('refuses an event naming a role that is not there, through the format check', () => {
    expect(() =>
      apply(smallOrg(), (d) => addEvent(d, { quarter: 2, type: 'grow', roleId: 'ghost', team: 3 })),
    ).toThrow(/would break the scenario: .*"ghost" is not the id of any role/);
  });
});

describe('updateEvent', () => {
  it('changes fields in place and removes a field set to undefined', () => {
    let s = apply(smallOrg(), (d) =>
      addEvent(d, { quarter: 4, type: 'depart', roleId: 'eng', reportsTo: 'sales' }),
    );
    const index = s.events.findIndex((e) => e.type === 'depart');
    s = apply(s, (d) => updateEvent(d, index, { reportsTo: undefined }));
    expect(s.events[index]).toEqual({ quarter: 4, type: 'depart', roleId: 'eng' });
    s = apply(s, (d) => updateEvent(d, 0, { team: 11 }));
    expect(s.events[0]).toEqual({ quarter: 1, type: 'grow', roleId: 'eng', team: 11 });
  });

  it('refuses a change of type, a missing event and bad values', () => {
    expect(() => apply(smallOrg(), (d) => updateEvent(d, 0, { type: 'crisis' } as never))).toThrow(
      /keeps its type/,
    );
    expect(() => apply(smallOrg(), (d) => updateEvent(d, 7, { quarter: 2 }))).toThrow(
      'There is no event 8 in this scenario.',
    );
    expect(() => apply(smallOrg(), (d) => updateEvent(d, 0, { team: -2 }))).toThrow(/whole number of people/);
  });
});

describe('moveEvent', () => {
  it('moves an event to another quarter, keeping its index', () => {
    const s = apply(smallOrg(), (d) => moveEvent(d, 1, 5));
    expect(s.events[1]).toMatchObject({ type: 'coaching', quarter: 5 });
  });

  it('refuses a quarter outside the horizon, and a move that breaks the timeline', () => {
    expect(() => apply(smallOrg(), (d) => moveEvent(d, 0, 0))).toThrow(/outside this scenario's horizon/);
    const s = apply(smallOrg(), (d) => addEvent(d, { quarter: 5, type: 'depart', roleId: 'sales' }));
    const depart = s.events.findIndex((e) => e.type === 'depart');
    // The reorg in Q3 moves fe under sales; with sales gone in Q2 that reorg would name nobody.
    expect(() => apply(s, (d) => moveEvent(d, depart, 2))).toThrow(
      /would break the scenario: .*"sales" has departed/,
    );
  });
});

describe('removeEvent', () => {
  it('removes an event', () => {
    const s = apply(smallOrg(), (d) => removeEvent(d, 1));
    expect(s.events.map((e) => e.type)).toEqual(['grow', 'reorg']);
  });

  it('refuses to remove a hire that later events still name', () => {
    let s = apply(smallOrg(), (d) =>
      addEvent(d, {
        quarter: 2,
        type: 'hire',
        role: { ...role('coo', 'ceo'), title: 'COO' },
      }),
    );
    s = apply(s, (d) => addEvent(d, { quarter: 4, type: 'grow', roleId: 'coo', team: 5 }));
    const hire = s.events.findIndex((e) => e.type === 'hire');
    expect(() => apply(s, (d) => removeEvent(d, hire))).toThrow(
      '1 other event names "COO"; remove it before the hire.',
    );
  });
});
