import fc from 'fast-check';
import { applyPatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  addDottedLine,
  addPeer,
  addReport,
  applyEdit,
  copySubtree,
  deleteRole,
  duplicateSubtree,
  EditRefused,
  moveSubtree,
  pasteSubtree,
  setStrengths,
  updateRole,
} from '../../../../src/core/org/edits';
import { parseScenario } from '../../../../src/core/scenario/parse';
import type { Scenario } from '../../../../src/core/scenario/types';
import { smallOrg } from './fixture';

type Pick = (ids: string[]) => string;
type Step = (draft: Scenario, pick: Pick) => void;

// Every kind of edit, with its arguments drawn from whatever roles exist at that moment.
const steps: Record<string, Step> = {
  addReport: (d, pick) => void addReport(d, pick(d.roles.map((r) => r.id)), { title: 'R' }),
  addPeer: (d, pick) => void addPeer(d, pick(d.roles.map((r) => r.id))),
  delete: (d, pick) => deleteRole(d, pick(d.roles.map((r) => r.id))),
  move: (d, pick) => moveSubtree(d, pick(d.roles.map((r) => r.id)), pick(d.roles.map((r) => r.id))),
  rename: (d, pick) => updateRole(d, pick(d.roles.map((r) => r.id)), { title: 'Renamed', person: 'P' }),
  vacate: (d, pick) => updateRole(d, pick(d.roles.map((r) => r.id)), { person: null, team: 3 }),
  strengths: (d, pick) => setStrengths(d, [pick(d.roles.map((r) => r.id))], { plan: 9, vision: 1 }),
  dotted: (d, pick) => addDottedLine(d, pick(d.roles.map((r) => r.id)), pick(d.roles.map((r) => r.id))),
  duplicate: (d, pick) => void duplicateSubtree(d, pick(d.roles.map((r) => r.id))),
  copyPaste: (d, pick) => {
    const ids = d.roles.map((r) => r.id);
    pasteSubtree(d, copySubtree(d, pick(ids)), pick(ids));
  },
};

const stepArb = fc.tuple(
  fc.constantFrom(...Object.keys(steps)),
  fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
);

describe('any sequence of edits', () => {
  it('keeps one valid tree, and undoing every edit restores the start exactly', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 25 }), (sequence) => {
        const start = smallOrg();
        let current = start;
        const undo: Patch[][] = [];
        for (const [name, numbers] of sequence) {
          let n = 0;
          const pick: Pick = (ids) => ids[numbers[n++ % numbers.length] % ids.length];
          try {
            const applied = applyEdit(current, (draft) => steps[name](draft, pick));
            current = applied.scenario;
            undo.push(applied.inversePatches);
          } catch (error) {
            // A refused edit changes nothing; anything else is a bug.
            if (!(error instanceof EditRefused)) throw error;
          }
          // Independent of applyEdit's own check: the result must parse as format v1.
          const parsed = parseScenario({ format: 'ballast.scenario', version: 1, ...current });
          if (!parsed.ok) throw new Error(`${name} broke the scenario: ${parsed.problems[0].message}`);
        }
        for (const inverse of undo.reverse()) current = applyPatches(current, inverse);
        expect(current).toEqual(start);
      }),
      { numRuns: 300 },
    );
  });
});
