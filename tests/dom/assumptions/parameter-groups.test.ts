import { describe, expect, it } from 'vitest';
import { MODEL_PARAMETERS } from '../../../src/engine/parameters';
import { parameterGroups } from '../../../src/renderer/assumptions/parameter-groups';

describe('parameter groups', () => {
  it('puts every parameter in exactly one group, each named in words, in the order of docs/MODEL.md', () => {
    const groups = parameterGroups();
    expect(groups.flatMap((g) => g.parameters)).toHaveLength(MODEL_PARAMETERS.length);
    for (const group of groups) expect(group.title).not.toBe(group.equation);
    const order = groups.map((g) => g.equation);
    expect(order.slice(0, 3)).toEqual(['E0', 'E1', 'E2']);
    expect(order.indexOf('E12')).toBeLessThan(order.indexOf('I1'));
    expect(order.indexOf('I3')).toBeLessThan(order.indexOf('O1'));
  });
});
