import { describe, expect, it } from 'vitest';
import modelDoc from '../../../docs/MODEL.md?raw';
import { MODEL_PARAMETERS } from '../../../src/engine/parameters';
import { parameterGroups } from '../../../src/renderer/assumptions/parameter-groups';

/** The equations as docs/MODEL.md introduces them, each paragraph opening "**E2 alignment.**". */
const DOC_ORDER = [...modelDoc.matchAll(/^\*\*([EIOM]\d+) /gm)].map((m) => m[1]);

describe('parameter groups', () => {
  it('puts every parameter in exactly one group, each named in words, in the order of docs/MODEL.md', () => {
    const groups = parameterGroups();
    // Exactly one group: every parameter appears once, in the group of its own equation.
    const grouped = groups.flatMap((g) => g.parameters.map((p) => p.name));
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual(MODEL_PARAMETERS.map((p) => p.name).sort());
    for (const group of groups) {
      for (const p of group.parameters) expect(p.equation, p.name).toBe(group.equation);
    }
    // Named in words: "Span, capacity and coverage", never the bare code "E1".
    for (const group of groups) {
      expect(group.title, group.equation).toMatch(/^[A-Z][a-z]+(?:,? [A-Za-z-]+)*$/);
    }
    // In the order of docs/MODEL.md, whose every equation with parameters has a group.
    expect(DOC_ORDER.length).toBeGreaterThan(15);
    const withParameters = new Set(MODEL_PARAMETERS.map((p) => p.equation));
    expect(groups.map((g) => g.equation)).toEqual(DOC_ORDER.filter((e) => withParameters.has(e)));
  });
});
