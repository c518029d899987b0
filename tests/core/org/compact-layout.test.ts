import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, STACK_GAP_Y, layoutOrg, type PlacedRole } from '../../../src/core/org/layout';

const COMPACT = { ...DEFAULT_LAYOUT, compact: true };
const { nodeWidth: W, nodeHeight: H } = DEFAULT_LAYOUT;

const lines = (pairs: [string, string | null][]) => pairs.map(([id, reportsTo]) => ({ id, reportsTo }));

/** Any tree of up to 80 roles: each role reports to one listed before it. */
const trees = fc
  .array(fc.nat(), { minLength: 1, maxLength: 80 })
  .map((parents) =>
    lines([['r0', null], ...parents.map((p, i): [string, string] => [`r${i + 1}`, `r${p % (i + 1)}`])]),
  );

/** The d3 org chart's public sample, the 1,516-role import of issue 13 (id and parentId columns). */
function d3Sample(): { id: string; reportsTo: string | null }[] {
  const text = readFileSync(
    join(import.meta.dirname, '../../fixtures/orgcharts/d3-org-chart-sample.csv'),
    'utf8',
  );
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const columns = header.split(',');
  const id = columns.indexOf('id');
  const parentId = columns.indexOf('parentId');
  // Quoted fields hold commas (tags), but id and parentId come after them: read from the end.
  const fromEnd = columns.length;
  return rows.map((row) => {
    const cells = row.split(',');
    const at = (i: number) => cells[cells.length - (fromEnd - i)];
    return { id: at(id), reportsTo: at(parentId) || null };
  });
}

function overlaps(a: PlacedRole, b: PlacedRole): boolean {
  return a.x < b.x + W && b.x < a.x + W && a.y < b.y + H && b.y < a.y + H;
}

describe('compact layout', () => {
  it('stacks a manager’s reports who have no reports of their own under it, in one or two columns', () => {
    const six = lines([['m', null], ...[1, 2, 3, 4, 5, 6].map((i): [string, string] => [`l${i}`, 'm'])]);
    const one = layoutOrg(six, COMPACT);
    const leaves = one.placed.filter((p) => p.id !== 'm');
    expect(new Set(leaves.map((p) => p.x)).size).toBe(1); // one column
    expect(one.width).toBeLessThan(W + 2 * DEFAULT_LAYOUT.gapX + 1);
    const ten = lines([
      ['m', null],
      ...Array.from({ length: 10 }, (_, i): [string, string] => [`l${i}`, 'm']),
    ]);
    const two = layoutOrg(ten, COMPACT);
    const columns = new Set(two.placed.filter((p) => p.id !== 'm').map((p) => p.x));
    expect(columns.size).toBe(2);
    expect(new Set(two.placed.filter((p) => p.id !== 'm').map((p) => p.y)).size).toBe(5); // five rows
    // Rows closer together than layers.
    const ys = [...new Set(two.placed.filter((p) => p.id !== 'm').map((p) => p.y))].sort((a, b) => a - b);
    expect(ys[1] - ys[0]).toBe(H + STACK_GAP_Y);
    // The plain layout keeps the ten in a row.
    expect(layoutOrg(ten).width).toBeGreaterThan(4 * two.width);
  });

  it('keeps a mixed manager’s subtrees in a row, its leaf reports stacked beside them', () => {
    const org = lines([
      ['ceo', null],
      ['a', 'ceo'],
      ['b', 'ceo'],
      ['x', 'ceo'],
      ['y', 'ceo'],
      ['a1', 'a'],
      ['a2', 'a'],
      ['b1', 'b'],
      ['b2', 'b'],
    ]);
    const at = Object.fromEntries(layoutOrg(org, COMPACT).placed.map((p) => [p.id, p]));
    // a and b (managers) side by side on layer 1; x and y (leaves) stacked, one above the other.
    expect(at.a.y).toBe(at.b.y);
    expect(at.a.x).not.toBe(at.b.x);
    expect(at.x.x).toBe(at.y.x);
    expect(at.y.y - at.x.y).toBe(H + STACK_GAP_Y);
    expect(at.x.trunkX).toBeDefined();
    expect(at.a.trunkX).toBeUndefined(); // a manager in the row is not stacked
    expect(at.x.depth).toBe(1);
  });

  it('never overlaps two cards and puts every manager above its reports, for any tree', () => {
    fc.assert(
      fc.property(trees, (org) => {
        const { placed, width, height } = layoutOrg(org, COMPACT);
        expect(placed).toHaveLength(org.length);
        const at = new Map(placed.map((p) => [p.id, p]));
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i], placed[j])).toBe(false);
        for (const role of org) {
          if (role.reportsTo === null) continue;
          expect(at.get(role.id)!.y).toBeGreaterThanOrEqual(at.get(role.reportsTo)!.y + H);
        }
        // Everything inside the reported size, from 0.
        for (const p of placed) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x + W).toBeLessThanOrEqual(width + 1e-6);
          expect(p.y + H).toBeLessThanOrEqual(height + 1e-6);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('runs a stacked card’s reporting line beside the cards, never through one', () => {
    fc.assert(
      fc.property(trees, (org) => {
        const { placed } = layoutOrg(org, COMPACT);
        const at = new Map(placed.map((p) => [p.id, p]));
        for (const role of org) {
          const card = at.get(role.id)!;
          if (card.trunkX === undefined) continue;
          const manager = at.get(role.reportsTo!)!;
          // The connector runs down x = trunkX from below the manager to the card's middle, and turns
          // into the card's side: it crosses no card on the way, and meets this one at its edge.
          const from = manager.y + H;
          const to = card.y + H / 2;
          for (const other of placed) {
            const besideX = card.trunkX <= other.x || card.trunkX >= other.x + W;
            const besideY = other.y + H <= from || other.y >= to;
            expect(besideX || besideY).toBe(true);
          }
          expect(
            Math.abs(card.trunkX - card.x) <= W / 2 || Math.abs(card.trunkX - (card.x + W)) <= W / 2,
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lays out the 1,516-role import far narrower than the plain layout', () => {
    const org = d3Sample();
    expect(org).toHaveLength(1516);
    const plain = layoutOrg(org);
    const compact = layoutOrg(org, COMPACT);
    expect(compact.placed).toHaveLength(1516);
    expect(compact.width).toBeLessThan(0.7 * plain.width);
    // Its area (what a fit view has to show) shrinks too, not only its width.
    expect(compact.width * compact.height).toBeLessThan(0.8 * plain.width * plain.height);
  });

  it('lays out a 1,500-role org with six reports per manager at a third of the plain width', () => {
    const org = Array.from({ length: 1500 }, (_, k) => ({
      id: `r${k}`,
      reportsTo: k === 0 ? null : `r${Math.floor((k - 1) / 6)}`,
    }));
    expect(layoutOrg(org, COMPACT).width).toBeLessThan(layoutOrg(org).width / 2.5);
  });

  it('is the plain layout when no manager has two leaf reports', () => {
    const chain = lines([
      ['a', null],
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'a'],
      ['e', 'd'],
    ]);
    expect(layoutOrg(chain, COMPACT)).toEqual(layoutOrg(chain));
  });
});
