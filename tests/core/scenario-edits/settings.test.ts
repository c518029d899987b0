import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/org/edits';
import {
  eventsAfter,
  resetParameters,
  setHorizon,
  setParameter,
  setSeed,
  setVolatility,
} from '../../../src/core/scenario-edits';
import { MODEL_PARAMETERS } from '../../../src/engine/parameters';
import { edit, smallOrg } from '../org/edits/fixture';

describe('setHorizon', () => {
  it('sets whole quarters from 1 to 40 and refuses anything else', () => {
    expect(edit(smallOrg(), (d) => setHorizon(d, 20)).horizon).toBe(20);
    for (const bad of [0, 41, 2.5, NaN]) {
      expect(() => edit(smallOrg(), (d) => setHorizon(d, bad))).toThrow(
        /whole number of quarters from 1 to 40/,
      );
    }
  });

  it('refuses to cut off events, saying how many and the last quarter, unless asked to drop them', () => {
    // smallOrg has events in Q1, Q2 and Q3.
    expect(eventsAfter(smallOrg(), 1)).toEqual([1, 2]);
    expect(() => edit(smallOrg(), (d) => setHorizon(d, 1))).toThrow(
      '2 events act after quarter 1 (the last in Q3); move or remove them first, or drop them with the horizon.',
    );
    const dropped = applyEdit(smallOrg(), (d) => setHorizon(d, 2, { dropLaterEvents: true })).scenario;
    expect(dropped.horizon).toBe(2);
    expect(dropped.events.map((e) => e.quarter)).toEqual([1, 2]);
  });
});

describe('setVolatility and setSeed', () => {
  it('sets volatility from 0 to 1 and refuses values outside', () => {
    expect(edit(smallOrg(), (d) => setVolatility(d, 0.75)).environment.volatility).toBe(0.75);
    expect(() => edit(smallOrg(), (d) => setVolatility(d, 1.2))).toThrow(/from 0 .* to 1/);
    expect(() => edit(smallOrg(), (d) => setVolatility(d, NaN))).toThrow(/from 0 .* to 1/);
  });

  it('sets a whole-number seed, or removes it with null', () => {
    const seeded = edit(smallOrg(), (d) => setSeed(d, 99));
    expect(seeded.seed).toBe(99);
    expect('seed' in edit(seeded, (d) => setSeed(d, null))).toBe(false);
    expect(() => edit(smallOrg(), (d) => setSeed(d, 1.5))).toThrow(/whole number/);
  });
});

describe('setParameter and resetParameters', () => {
  const info = MODEL_PARAMETERS.find((p) => p.name === 'capacityScale')!;

  it('stores an override within the documented range, refusing unknown names and values outside', () => {
    const next = applyEdit(smallOrg(), (d) =>
      setParameter(d, 'capacityScale', 10, MODEL_PARAMETERS),
    ).scenario;
    expect(next.parameters).toEqual({ capacityScale: 10 });
    expect(() =>
      edit(smallOrg(), (d) => setParameter(d, 'capacityScale', info.max + 1, MODEL_PARAMETERS)),
    ).toThrow(`${info.label} is a number from ${info.min} to ${info.max}.`);
    expect(() => edit(smallOrg(), (d) => setParameter(d, 'nope', 1, MODEL_PARAMETERS))).toThrow(
      'The model has no parameter "nope".',
    );
  });

  it('removes the override when a parameter is set back to its default, so changed means different', () => {
    const changed = edit(smallOrg(), (d) => setParameter(d, 'capacityScale', 10, MODEL_PARAMETERS));
    const back = edit(changed, (d) => setParameter(d, 'capacityScale', info.default, MODEL_PARAMETERS));
    expect(back.parameters).toBeUndefined();
  });

  it('resets named parameters, or all of them', () => {
    const changed = edit(smallOrg(), (d) => {
      setParameter(d, 'capacityScale', 10, MODEL_PARAMETERS);
      setParameter(d, 'coverageExponent', 0.5, MODEL_PARAMETERS);
    });
    expect(edit(changed, (d) => resetParameters(d, ['capacityScale'])).parameters).toEqual({
      coverageExponent: 0.5,
    });
    expect(edit(changed, (d) => resetParameters(d)).parameters).toBeUndefined();
    expect(
      edit(changed, (d) => resetParameters(d, ['capacityScale', 'coverageExponent'])).parameters,
    ).toBeUndefined();
  });

  it('undoes exactly: the inverse patches restore the scenario without a parameters field', async () => {
    const { applyPatches } = await import('immer');
    const start = smallOrg();
    const applied = applyEdit(start, (d) => setParameter(d, 'capacityScale', 10, MODEL_PARAMETERS));
    expect(applyPatches(applied.scenario, applied.inversePatches)).toEqual(start);
  });
});
