import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario, parseScenarioJson } from '../../../src/core/scenario/parse';
import { serializeScenario } from '../../../src/core/scenario/serialize';
import { validScenario } from './arbitraries';
import { founderLedText } from './helpers';

describe('serializeScenario', () => {
  it('round-trips: serialize then parse gives an equal scenario, without warnings', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const parsed = parseScenarioJson(serializeScenario(scenario));
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
        expect(parsed.warnings).toEqual([]);
        expect(parsed.value).toEqual(scenario);
      }),
      { numRuns: 300 },
    );
  });

  it('is stable: a parsed file serializes to the same text again', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const once = serializeScenario(scenario);
        const parsed = parseScenarioJson(once);
        expect(parsed.ok && serializeScenario(parsed.value)).toBe(once);
      }),
      { numRuns: 100 },
    );
  });

  it('writes the header first and keys in a fixed order', () => {
    const parsed = parseScenarioJson(founderLedText);
    if (!parsed.ok) throw new Error('example must parse');
    const text = serializeScenario(parsed.value);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'name',
      'description',
      'horizon',
      'environment',
      'seed',
      'roles',
      'events',
    ]);
    expect(file.format).toBe('ballast.scenario');
    expect(file.version).toBe(1);
    expect(Object.keys(file.roles[1])).toEqual([
      'id',
      'title',
      'person',
      'reportsTo',
      'dottedTo',
      'team',
      'strengths',
      'oneOnOnes',
    ]);
    expect(Object.keys(file.roles[1].strengths)).toEqual([
      'vision',
      'inspire',
      'innovate',
      'develop',
      'plan',
      'organize',
      'control',
      'direct',
      'trust',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "name": "Founder-led startup",\n');
  });
});

describe('parseScenario never throws', () => {
  it('on values JSON cannot hold', () => {
    const s = JSON.parse(serializeScenario(fc.sample(validScenario, { numRuns: 1, seed: 1 })[0]));
    s.events = [
      { quarter: 1, type: 10n },
      { quarter: Number.NaN, type: 'crisis', severity: 1n, quarters: 1 },
    ];
    s.roles[0].strengths.vision = 10n;
    s.roles[0].title = Symbol('t');
    s.seed = () => 1;
    const parsed = parseScenario(s);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok || parsed.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'event 1: type a bigint is not an event type; the types are grow, hire, depart, reorg, crisis, marketShift, coaching, feedback360, oneOnOnes, succession',
      ]),
    );
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseScenario(value);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('on valid scenarios with one value somewhere replaced', () => {
    fc.assert(
      fc.property(validScenario, fc.nat(), fc.jsonValue(), (scenario, pick, replacement) => {
        const file = JSON.parse(serializeScenario(scenario));
        // Collect every object/array slot and overwrite one of them.
        const slots: [Record<string, unknown>, string][] = [];
        const walk = (node: unknown) => {
          if (node === null || typeof node !== 'object') return;
          for (const key of Object.keys(node)) {
            slots.push([node as Record<string, unknown>, key]);
            walk((node as Record<string, unknown>)[key]);
          }
        };
        walk(file);
        const [holder, key] = slots[pick % slots.length];
        holder[key] = replacement;
        const parsed = parseScenario(file);
        if (!parsed.ok) {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems) expect(p.message).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });
});
