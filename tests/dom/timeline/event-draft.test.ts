import { describe, expect, it } from 'vitest';
import type { HireEvent, ScenarioEvent } from '../../../src/core/scenario/types';
import { draftOf, eventPatch, newDraft, toEvent } from '../../../src/renderer/timeline/event-draft';
import { eventWhen, spreadMark } from '../../../src/renderer/timeline/event-label';
import { smallOrg } from '../../core/org/edits/fixture';

const hire: HireEvent = {
  quarter: 3,
  type: 'hire',
  timingSpread: 2,
  role: {
    id: 'coo',
    title: 'COO',
    person: null,
    reportsTo: 'ceo',
    dottedTo: [],
    team: 0,
    strengths: smallOrg().roles[0].strengths,
    oneOnOnes: false,
    ratingError: 0.5,
  },
  takeOver: ['eng'],
};

describe('event drafts and uncertainty', () => {
  it('gives back the event it was drafted from, spread and rating errors included', () => {
    const succession: ScenarioEvent = {
      quarter: 2,
      type: 'succession',
      roleId: 'ceo',
      person: 'Kim',
      strengths: smallOrg().roles[0].strengths,
      ratingError: 2,
      timingSpread: 1,
    };
    const crisis: ScenarioEvent = {
      quarter: 4,
      type: 'crisis',
      severity: 0.5,
      quarters: 2,
      timingSpread: 12,
    };
    for (const event of [hire, succession, crisis]) expect(toEvent(draftOf(event), event)).toEqual(event);
  });

  it('leaves out a spread of 0 and a default rating error, and clears them on update', () => {
    const draft = { ...draftOf(hire), timingSpread: 0, ratingError: undefined };
    const event = toEvent(draft, hire) as HireEvent;
    expect('timingSpread' in event).toBe(false);
    expect('ratingError' in event.role).toBe(false);
    expect(eventPatch(event)).toMatchObject({ timingSpread: undefined });
    expect('timingSpread' in eventPatch(event)).toBe(true);

    const fresh = toEvent(newDraft('succession', 2, smallOrg()), undefined);
    expect(fresh).not.toHaveProperty('timingSpread');
    expect(fresh).not.toHaveProperty('ratingError');
    const patch = eventPatch(fresh);
    expect('ratingError' in patch && patch.ratingError === undefined).toBe(true);
    // A hire's role goes whole, so its rating error needs no clearing.
    expect(eventPatch(hire)).toMatchObject({ timingSpread: 2, role: { ratingError: 0.5 } });
  });

  it('says when an event acts, with its spread', () => {
    expect(eventWhen(hire)).toBe('quarter 3 ±2 quarters');
    expect(eventWhen({ ...hire, timingSpread: 1 })).toBe('quarter 3 ±1 quarter');
    expect(eventWhen({ ...hire, timingSpread: undefined })).toBe('quarter 3');
    expect(spreadMark(hire)).toBe('Q3 ±2');
    expect(spreadMark({ ...hire, timingSpread: 0 })).toBeNull();
  });
});
