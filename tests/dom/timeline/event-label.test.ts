import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../../src/core/scenario/types';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import { eventLabel } from '../../../src/renderer/timeline/event-label';
import { role, strengths } from '../../helpers/scenarios';

const titles = new Map([
  ['eng', 'Engineering lead'],
  ['ceo', 'CEO'],
  ['cs', 'Customer success lead'],
  ['ops', 'Ops'],
]);

describe('event labels', () => {
  it('says what each event type does, short on a chip and in full for its accessible name', () => {
    const cases: [ScenarioEvent, string, string][] = [
      [
        { quarter: 1, type: 'grow', roleId: 'eng', team: 30 },
        'Engineering grows to 30',
        'Engineering lead grows to 30',
      ],
      [
        { quarter: 3, type: 'hire', role: { ...role('coo', 'ceo'), title: 'COO' }, takeOver: ['eng', 'cs'] },
        'Hire COO',
        'Hire COO, taking over Engineering lead, Customer success lead',
      ],
      [{ quarter: 2, type: 'depart', roleId: 'ops' }, 'Ops leaves', 'Ops leaves'],
      [
        { quarter: 2, type: 'succession', roleId: 'eng', person: 'Olu', strengths: strengths() },
        'Olu takes over Engineering',
        'Olu takes over Engineering lead',
      ],
      [
        { quarter: 2, type: 'succession', roleId: 'ceo', person: null, strengths: strengths() },
        'New CEO',
        'New CEO, to be hired',
      ],
      [
        { quarter: 2, type: 'reorg', roleId: 'ops', reportsTo: 'eng' },
        'Ops to Engineering',
        'Ops to Engineering lead',
      ],
      [{ quarter: 5, type: 'crisis', severity: 0.6, quarters: 2 }, 'Crisis 0.6 ×2', 'Crisis 0.6 ×2'],
      [{ quarter: 4, type: 'marketShift', size: 0.3 }, 'Market shift 0.3', 'Market shift 0.3'],
      [
        { quarter: 4, type: 'coaching', roleIds: ['eng', 'cs', 'ops'], quarters: 2 },
        'Coaching 3 roles ×2',
        'Coaching Engineering lead, Customer success lead, Ops ×2',
      ],
      [{ quarter: 4, type: 'feedback360', roleIds: ['ops'] }, '360 for Ops', '360 for Ops'],
      [{ quarter: 4, type: 'oneOnOnes', roleIds: ['ceo'], enabled: false }, '1:1s off: CEO', '1:1s off: CEO'],
    ];
    for (const [event, short, full] of cases) {
      expect(eventLabel(event, titles, true)).toBe(short);
      expect(eventLabel(event, titles)).toBe(full);
    }
  });

  it('knows the titles of hired roles as well as starting ones', () => {
    const scenario = {
      name: 's',
      horizon: 4,
      environment: { volatility: 0 },
      roles: [role('ceo', null)],
      events: [{ quarter: 1, type: 'hire' as const, role: { ...role('coo', 'ceo'), title: 'COO' } }],
    };
    expect(roleTitles(scenario)).toEqual(
      new Map([
        ['ceo', 'CEO'],
        ['coo', 'COO'],
      ]),
    );
  });
});
