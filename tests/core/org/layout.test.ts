import fc from 'fast-check';
import { hierarchy, tree } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, layoutOrg } from '../../../src/core/org/layout';

interface RefNode {
  id: string;
  children: RefNode[];
}

const lines = (pairs: [string, string | null][]) => pairs.map(([id, reportsTo]) => ({ id, reportsTo }));

describe('layoutOrg', () => {
  it('centres a parent over its reports, one layer per depth', () => {
    const { placed } = layoutOrg(
      lines([
        ['ceo', null],
        ['a', 'ceo'],
        ['b', 'ceo'],
        ['c', 'ceo'],
      ]),
    );
    const at = Object.fromEntries(placed.map((p) => [p.id, p]));
    expect(at.ceo.x).toBeCloseTo(at.b.x);
    expect(at.a.y).toBe(DEFAULT_LAYOUT.nodeHeight + DEFAULT_LAYOUT.gapY);
    expect(at.b.x - at.a.x).toBe(DEFAULT_LAYOUT.nodeWidth + DEFAULT_LAYOUT.gapX);
    expect(Math.min(...placed.map((p) => p.x))).toBe(0);
  });

  it('hides the reports of a collapsed role and counts them', () => {
    const org = lines([
      ['ceo', null],
      ['a', 'ceo'],
      ['a1', 'a'],
      ['a2', 'a'],
      ['a21', 'a2'],
      ['b', 'ceo'],
    ]);
    const { placed } = layoutOrg(org, { ...DEFAULT_LAYOUT, collapsed: new Set(['a']) });
    expect(placed.map((p) => p.id).sort()).toEqual(['a', 'b', 'ceo']);
    expect(placed.find((p) => p.id === 'a')).toMatchObject({ hiddenCount: 3, childCount: 2 });
  });

  it('never overlaps two cards, for any tree', () => {
    const trees = fc
      .array(fc.nat(), { minLength: 1, maxLength: 60 })
      .map((parents) =>
        lines([['r0', null], ...parents.map((p, i): [string, string] => [`r${i + 1}`, `r${p % (i + 1)}`])]),
      );
    fc.assert(
      fc.property(trees, (org) => {
        const { placed } = layoutOrg(org);
        expect(placed).toHaveLength(org.length);
        const byLayer = new Map<number, number[]>();
        for (const p of placed) byLayer.set(p.y, [...(byLayer.get(p.y) ?? []), p.x]);
        for (const xs of byLayer.values()) {
          xs.sort((a, b) => a - b);
          for (let i = 1; i < xs.length; i++) {
            expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(
              DEFAULT_LAYOUT.nodeWidth + DEFAULT_LAYOUT.gapX - 1e-6,
            );
          }
        }
      }),
    );
  });

  it('survives a cycle below the root without looping', () => {
    const { placed } = layoutOrg(
      lines([
        ['ceo', null],
        ['a', 'b'],
        ['b', 'a'],
      ]),
    );
    expect(placed.map((p) => p.id)).toEqual(['ceo']);
  });

  it('places the same positions as d3-hierarchy built by its own hierarchy(), for any tree', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (parents) => {
        const org = lines([
          ['r0', null],
          ...parents.map((p, i): [string, string] => [`r${i + 1}`, `r${p % (i + 1)}`]),
        ]);
        const byId = new Map(org.map((r) => [r.id, { id: r.id, children: [] as RefNode[] } as RefNode]));
        for (const r of org) if (r.reportsTo !== null) byId.get(r.reportsTo)!.children.push(byId.get(r.id)!);
        const step = [
          DEFAULT_LAYOUT.nodeWidth + DEFAULT_LAYOUT.gapX,
          DEFAULT_LAYOUT.nodeHeight + DEFAULT_LAYOUT.gapY,
        ];
        const reference = tree<RefNode>()
          .nodeSize([step[0], step[1]])
          .separation(() => 1)(hierarchy(byId.get('r0')!, (d) => d.children));
        const minX = Math.min(...reference.descendants().map((n) => n.x));
        const expected = new Map(reference.descendants().map((n) => [n.data.id, [n.x - minX, n.y, n.depth]]));
        const { placed } = layoutOrg(org);
        expect(placed).toHaveLength(org.length);
        for (const p of placed) expect([p.x, p.y, p.depth]).toEqual(expected.get(p.id));
      }),
      { numRuns: 200 },
    );
  });

  // d3's hierarchy() walked every node's ancestors (quadratic in depth): 51 s for this chain. The
  // generous timeout only catches that; the speed itself is not asserted.
  it('lays out a 100,000-deep reporting chain without overflowing the stack', { timeout: 30_000 }, () => {
    const n = 100_000;
    const chain = Array.from({ length: n }, (_, i) => ({
      id: `r${i}`,
      reportsTo: i === 0 ? null : `r${i - 1}`,
    }));
    const { placed, height } = layoutOrg(chain);
    expect(placed).toHaveLength(n);
    expect(placed[n - 1]).toMatchObject({ id: `r${n - 1}`, depth: n - 1 });
    expect(height).toBe(
      (n - 1) * (DEFAULT_LAYOUT.nodeHeight + DEFAULT_LAYOUT.gapY) + DEFAULT_LAYOUT.nodeHeight,
    );
  });
});
