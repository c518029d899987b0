import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../src/core/export';
import {
  collapsedBelowLayer,
  departmentDrawings,
  depthThatFits,
} from '../../../src/core/export/department-charts';
import { role } from '../../helpers/scenarios';

// ceo (Exec) ── cfo (Finance) ── ap, ar (Finance) ── ap1, ap2 (Finance)
//            └─ cto (Eng) ── dev1..dev3 (Eng); dev1 ── intern (no department)
//            └─ fin-liaison (Finance, reports to cto: a second Finance tree)
const ORG = [
  role('ceo', null, { department: 'Exec' }),
  role('cfo', 'ceo', { department: 'Finance' }),
  role('ap', 'cfo', { department: 'Finance' }),
  role('ar', 'cfo', { department: 'Finance' }),
  role('ap1', 'ap', { department: 'Finance' }),
  role('ap2', 'ap', { department: 'Finance' }),
  role('cto', 'ceo', { department: 'Eng' }),
  role('dev1', 'cto', { department: 'Eng' }),
  role('dev2', 'cto', { department: 'Eng' }),
  role('dev3', 'cto', { department: 'Eng' }),
  role('intern', 'dev1'),
  role('fin-liaison', 'cto', { department: 'Finance' }),
];

describe('departmentDrawings', () => {
  it('splits each department into the trees it forms, in order of first appearance, no department last', () => {
    const drawings = departmentDrawings(ORG);
    expect(drawings.map((d) => [d.department, d.roleCount])).toEqual([
      ['Exec', 1],
      ['Finance', 6],
      ['Eng', 4],
      [null, 1],
    ]);
    const finance = drawings[1];
    // Two heads: the CFO (five roles below and with it) and the liaison who reports into Eng.
    expect(finance.trees.map((t) => [t.headId, t.roles.length])).toEqual([
      ['cfo', 5],
      ['fin-liaison', 1],
    ]);
    // Each tree is re-rooted at its head so it lays out alone; the roles below keep their managers.
    expect(finance.trees[0].roles[0]).toMatchObject({ id: 'cfo', reportsTo: null });
    expect(finance.trees[0].roles.find((r) => r.id === 'ap1')?.reportsTo).toBe('ap');
  });

  it('collapses roles at the depth limit that have reports, so their cards count what they hide', () => {
    const [, finance] = departmentDrawings(ORG, { depth: 2, maxTrees: 6, maxWidth: 2000 });
    expect([...finance.trees[0].collapsed]).toEqual(['ap']);
    const svg = chartSvg(finance.trees[0].roles, { collapsed: finance.trees[0].collapsed });
    expect(svg).toContain('>AP<');
    expect(svg).not.toContain('>AP1<');
    expect(svg).toContain('Team 0 · 2 hidden');
  });

  it('draws the largest trees and counts the rest', () => {
    const [, finance] = departmentDrawings(ORG, { depth: 3, maxTrees: 1, maxWidth: 2000 });
    expect(finance.trees.map((t) => t.headId)).toEqual(['cfo']);
    expect(finance.undrawnHeads).toBe(1);
    expect(finance.undrawnRoles).toBe(1);
  });
});

describe('collapsedBelowLayer', () => {
  it('collapses the roles of the last drawn layer that have reports', () => {
    expect([...collapsedBelowLayer(ORG, 2)].sort()).toEqual(['cfo', 'cto']);
    expect([...collapsedBelowLayer(ORG, 3)].sort()).toEqual(['ap', 'dev1']);
    expect([...collapsedBelowLayer(ORG, 1)]).toEqual(['ceo']);
  });
});

describe('depthThatFits', () => {
  // A head with 12 managers of 12 each: three layers are twelve stacks across, two are one stack.
  const wide = [
    role('head', null),
    ...Array.from({ length: 12 }, (_, m) => [
      role(`m${m}`, 'head'),
      ...Array.from({ length: 12 }, (_, k) => role(`m${m}-${k}`, `m${m}`)),
    ]).flat(),
  ];

  it('draws three layers where they fit and fewer where they would be too wide to read', () => {
    expect(depthThatFits(ORG, 3, 2000)).toBe(3);
    expect(depthThatFits(wide, 3, 2000)).toBe(2);
    expect(depthThatFits(wide, 3, 100_000)).toBe(3);
  });

  it('is used for each department tree', () => {
    const [tree] = departmentDrawings(wide)[0].trees;
    expect(tree.collapsed.size).toBe(12); // the twelve managers, each counting its twelve
  });
});
