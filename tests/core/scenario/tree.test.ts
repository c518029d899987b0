import { describe, expect, it } from 'vitest';
import {
  childrenIndex,
  depths,
  findCycle,
  findCycles,
  findRoots,
  isSelfOrAncestor,
  layerCount,
  parentIndex,
  subtreeHeadcount,
  subtreeIds,
  totalHeadcount,
} from '../../../src/core/scenario/tree';
import { DEFAULT_STRENGTH, STRENGTH_NAMES, type Role } from '../../../src/core/scenario/types';

const line = (id: string, reportsTo: string | null) => ({ id, reportsTo });
const strengths = Object.fromEntries(STRENGTH_NAMES.map((n) => [n, DEFAULT_STRENGTH])) as Role['strengths'];
const role = (
  id: string,
  reportsTo: string | null,
  team: number,
  person: string | null = 'Someone',
): Role => ({
  id,
  title: id,
  person,
  reportsTo,
  team,
  strengths,
});

//   ceo
//   ├─ eng ── dev
//   └─ ops
const org = [line('ceo', null), line('eng', 'ceo'), line('dev', 'eng'), line('ops', 'ceo')];

describe('tree helpers', () => {
  it('indexes children in list order and finds roots', () => {
    expect(childrenIndex(org)).toEqual(
      new Map([
        ['ceo', ['eng', 'ops']],
        ['eng', ['dev']],
      ]),
    );
    expect(findRoots(org)).toEqual(['ceo']);
    expect(findRoots([...org, line('x', null)])).toEqual(['ceo', 'x']);
  });

  it('measures depth and layers', () => {
    expect(depths(org)).toEqual(
      new Map([
        ['ceo', 0],
        ['eng', 1],
        ['ops', 1],
        ['dev', 2],
      ]),
    );
    expect(layerCount(org)).toBe(3);
    expect(layerCount([line('solo', null)])).toBe(1);
    expect(layerCount([])).toBe(0);
  });

  it('leaves roles in cycles or under unknown managers out of depths', () => {
    const broken = [...org, line('a', 'b'), line('b', 'a'), line('c', 'ghost')];
    expect([...depths(broken).keys()].sort()).toEqual(['ceo', 'dev', 'eng', 'ops']);
  });

  it('finds each cycle once, starting at the role listed first', () => {
    expect(findCycle(org)).toBeNull();
    const lines = [line('b', 'c'), line('a', 'b'), line('c', 'a'), line('x', 'x'), line('y', 'a')];
    expect(findCycles(lines)).toEqual([['b', 'c', 'a'], ['x']]);
    expect(findCycle(lines)).toEqual(['b', 'c', 'a']);
  });

  it('collects a subtree and its headcount', () => {
    expect(subtreeIds(org, 'eng')).toEqual(['eng', 'dev']);
    expect(subtreeIds(org, 'ceo')).toEqual(['ceo', 'eng', 'ops', 'dev']);
    const roles = [
      role('ceo', null, 0),
      role('eng', 'ceo', 12),
      role('dev', 'eng', 3, null),
      role('ops', 'ceo', 4),
    ];
    expect(subtreeHeadcount(roles, 'eng')).toBe(1 + 12 + 0 + 3);
    expect(subtreeHeadcount(roles, 'ceo')).toBe(1 + 13 + 3 + 5);
    expect(subtreeHeadcount(roles, 'nobody')).toBe(0);
    expect(totalHeadcount(roles)).toBe(22);
  });

  it('is safe on cycles', () => {
    const cyclic = [line('a', 'b'), line('b', 'a')];
    expect(subtreeIds(cyclic, 'a')).toEqual(['a', 'b']);
    expect(isSelfOrAncestor(parentIndex(cyclic), 'z', 'a')).toBe(false);
    expect(isSelfOrAncestor(parentIndex(org), 'ceo', 'dev')).toBe(true);
    expect(isSelfOrAncestor(parentIndex(org), 'ops', 'dev')).toBe(false);
  });
});
