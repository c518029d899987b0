import { describe, expect, it } from 'vitest';
import { OPENING_CARDS, openingNodes, toFlowElements } from '../../../src/renderer/canvas/flow-elements';
import { role } from '../../helpers/scenarios';
import { smallOrg } from '../../core/org/edits/fixture';

describe('the cards a scenario opens on', () => {
  it('is the whole chart for a small org', () => {
    const { nodes } = toFlowElements(smallOrg().roles);
    expect(openingNodes(nodes)).toHaveLength(6);
  });

  it('is the top layers that stay readable for a wide org', () => {
    // A root, 8 managers, 8 x 10 reports: the third layer would make 89 cards.
    const roles = [role('r', null)];
    for (let m = 0; m < 8; m++) {
      roles.push(role(`m${m}`, 'r'));
      for (let i = 0; i < 10; i++) roles.push(role(`m${m}-${i}`, `m${m}`));
    }
    const ids = openingNodes(toFlowElements(roles).nodes).map((n) => n.id);
    expect(ids).toHaveLength(9);
    expect(ids.length).toBeLessThanOrEqual(OPENING_CARDS);
    expect(ids).not.toContain('m0-0');
  });
});
