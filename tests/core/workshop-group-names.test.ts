import { describe, expect, it } from 'vitest';
import { defaultGroupNames, groupNamesProblem } from '../../src/core/workshop/group-names';

describe('workshop group names', () => {
  it('defaults to Group 1..N', () => {
    expect(defaultGroupNames(3)).toEqual(['Group 1', 'Group 2', 'Group 3']);
  });

  it('accepts distinct new names and names the first problem otherwise', () => {
    expect(groupNamesProblem(['Red', 'Blue'], ['Baseline'])).toBeNull();
    expect(groupNamesProblem([], [])).toBe('Give at least one group name.');
    expect(groupNamesProblem(['Red', ' '], [])).toBe('Group 2 has no name; give every group a name.');
    expect(groupNamesProblem(['Red', 'red '], [])).toBe(
      '"red" is listed twice; each group needs its own name.',
    );
    expect(groupNamesProblem(['baseline'], ['Baseline'])).toContain(
      'A scenario called "baseline" already exists',
    );
    expect(groupNamesProblem(['x'.repeat(41)], [])).toContain('keep group names to 40');
    expect(groupNamesProblem(defaultGroupNames(31), [])).toContain('at most 30');
  });
});
