import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS, MODEL_PARAMETERS, checkParameters, simulate } from '../../src/engine/index';
import { loadScenario } from './load-scenario';

const doc = readFileSync(join(import.meta.dirname, '../../docs/MODEL.md'), 'utf8');

describe('model parameters', () => {
  it('lists every parameter in docs/MODEL.md with the same default, range and basis', () => {
    const table = doc.slice(doc.indexOf('<!-- parameters:start'), doc.indexOf('<!-- parameters:end'));
    const rows = new Map(
      table
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .map((l) => l.split(' | ').map((c) => c.trim()))
        .map((cells) => [cells[0].replace(/^\| `|`$/g, ''), cells]),
    );
    expect(rows.size).toBe(MODEL_PARAMETERS.length);
    for (const p of MODEL_PARAMETERS) {
      const cells = rows.get(p.name);
      expect(cells, p.name).toBeDefined();
      expect(Number(cells![2]), p.name).toBe(p.default);
      expect(cells![3], p.name).toBe(`${p.min} to ${p.max}`);
      expect(p.basis.length, p.name).toBeGreaterThan(0);
      expect(
        p.basis === 'assumption' ||
          p.basis.startsWith('assumption') ||
          /\(\d{4}|\d{4}\)|brief|Watkins|Dunbar|LinkedIn|Gallup/.test(p.basis),
        p.name,
      ).toBe(true);
    }
  });

  it('names every parameter in the equations of docs/MODEL.md', () => {
    const equations = doc.slice(0, doc.indexOf('<!-- parameters:start'));
    for (const p of MODEL_PARAMETERS) expect(equations, p.name).toContain(`\`${p.name}\``);
  });

  it('keeps every default inside its plausible range and names unique', () => {
    const names = new Set<string>();
    for (const p of MODEL_PARAMETERS) {
      expect(p.default).toBeGreaterThanOrEqual(p.min);
      expect(p.default).toBeLessThanOrEqual(p.max);
      expect(names.has(p.name)).toBe(false);
      names.add(p.name);
      expect(DEFAULT_PARAMETERS[p.name]).toBe(p.default);
    }
  });

  it('lets a caller override a parameter, and refuses unknown names and out-of-range values', () => {
    const s = loadScenario('v1-visionary-founder.scenario.json');
    const base = simulate(s).org[8].chaos;
    expect(simulate(s, { parameters: { capacityScale: 12 } }).org[8].chaos).toBeLessThan(base);
    expect(checkParameters({ capacityScale: 99 })[0]).toMatch(/capacityScale.*outside/);
    expect(checkParameters({ nope: 1 })[0]).toMatch(/Unknown model parameter "nope"/);
    expect(() => simulate(s, { parameters: { nope: 1 } as never })).toThrow(RangeError);
    expect(() => simulate({ ...s, parameters: { capacityScale: -1 } })).toThrow(/capacityScale/);
    expect(simulate({ ...s, parameters: { capacityScale: 12 } }).org[8].chaos).toBeLessThan(base);
  });
});
