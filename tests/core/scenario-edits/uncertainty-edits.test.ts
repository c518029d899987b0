import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/org/edits';
import { addEvent, addHire, setRatingError, updateEvent } from '../../../src/core/scenario-edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { smallOrg } from '../org/edits/fixture';

const apply = (scenario: Scenario, recipe: (d: Scenario) => unknown) => applyEdit(scenario, recipe);
const roleOf = (s: Scenario, id: string) => s.roles.find((r) => r.id === id)!;

describe('setRatingError', () => {
  it('stores a rating error on each role named, as one edit whose inverse restores the roles', () => {
    const before = smallOrg();
    const { scenario, inversePatches } = apply(before, (d) => setRatingError(d, ['eng', 'sales'], 0.5));
    expect(roleOf(scenario, 'eng').ratingError).toBe(0.5);
    expect(roleOf(scenario, 'sales').ratingError).toBe(0.5);
    expect(roleOf(scenario, 'ceo').ratingError).toBeUndefined();
    expect(inversePatches.length).toBeGreaterThan(0);
    const guessed = apply(scenario, (d) => setRatingError(d, ['eng'], 2)).scenario;
    expect(roleOf(guessed, 'eng').ratingError).toBe(2);
  });

  it('removes the field for the default (1) or null, since absent already means an informed estimate', () => {
    const sure = apply(smallOrg(), (d) => setRatingError(d, ['eng'], 0.5)).scenario;
    expect('ratingError' in roleOf(apply(sure, (d) => setRatingError(d, ['eng'], 1)).scenario, 'eng')).toBe(
      false,
    );
    expect(
      'ratingError' in roleOf(apply(sure, (d) => setRatingError(d, ['eng'], null)).scenario, 'eng'),
    ).toBe(false);
  });

  it('refuses values outside 0..5 points and unknown roles, changing nothing', () => {
    for (const bad of [-0.5, 5.5, NaN, Infinity]) {
      expect(() => apply(smallOrg(), (d) => setRatingError(d, ['eng'], bad))).toThrow(
        'A rating error is a number of points from 0 to 5.',
      );
    }
    expect(apply(smallOrg(), (d) => setRatingError(d, ['eng'], 0)).scenario.roles[1].ratingError).toBe(0);
    expect(apply(smallOrg(), (d) => setRatingError(d, ['eng'], 5)).scenario.roles[1].ratingError).toBe(5);
    expect(() => apply(smallOrg(), (d) => setRatingError(d, ['nobody'], 2))).toThrow(
      'There is no role "nobody" in this scenario.',
    );
  });
});

describe('ratingError and timingSpread on events', () => {
  it('sets and removes an event’s timing spread, 0 to 12 whole quarters', () => {
    const spread = apply(smallOrg(), (d) => updateEvent(d, 0, { timingSpread: 2 })).scenario;
    expect(spread.events[0].timingSpread).toBe(2);
    const exact = apply(spread, (d) => updateEvent(d, 0, { timingSpread: undefined })).scenario;
    expect('timingSpread' in exact.events[0]).toBe(false);
    for (const bad of [-1, 13, 1.5, NaN]) {
      expect(() => apply(smallOrg(), (d) => updateEvent(d, 0, { timingSpread: bad }))).toThrow(
        "An event's timing is uncertain by a whole number of quarters from 0 to 12.",
      );
    }
    const crisis = apply(smallOrg(), (d) =>
      addEvent(d, { quarter: 4, type: 'crisis', severity: 0.5, quarters: 1, timingSpread: 12 }),
    ).scenario;
    expect(crisis.events.find((e) => e.type === 'crisis')!.timingSpread).toBe(12);
  });

  it('gives a hire’s role and a succession’s newcomer a rating error, checked like a role’s', () => {
    const hired = apply(smallOrg(), (d) => addHire(d, 2, { title: 'COO', ratingError: 2 }, 'ceo')).scenario;
    const hire = hired.events.find((e) => e.type === 'hire')!;
    expect(hire.type === 'hire' && hire.role.ratingError).toBe(2);
    const plain = apply(smallOrg(), (d) => addHire(d, 2, { title: 'COO' }, 'ceo')).scenario;
    const plainHire = plain.events.find((e) => e.type === 'hire')!;
    expect(plainHire.type === 'hire' && 'ratingError' in plainHire.role).toBe(false);
    expect(() => apply(smallOrg(), (d) => addHire(d, 2, { title: 'COO', ratingError: 9 }, 'ceo'))).toThrow(
      'A rating error is a number of points from 0 to 5.',
    );
    const succession = {
      quarter: 3,
      type: 'succession' as const,
      roleId: 'ceo',
      person: null,
      strengths: roleOf(smallOrg(), 'ceo').strengths,
    };
    const next = apply(smallOrg(), (d) => addEvent(d, { ...succession, ratingError: 0.5 })).scenario;
    expect(next.events.find((e) => e.type === 'succession')).toMatchObject({ ratingError: 0.5 });
    expect(() => apply(smallOrg(), (d) => addEvent(d, { ...succession, ratingError: -1 }))).toThrow(
      'A rating error is a number of points from 0 to 5.',
    );
  });
});
