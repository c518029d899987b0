import type { EventType, ScenarioEvent } from '../../core/scenario/types';

/** The name of each event type as the timeline shows it. */
export const EVENT_TYPE_NAMES: Record<EventType, string> = {
  grow: 'Grow a team',
  hire: 'Hire',
  depart: 'Departure',
  reorg: 'Reorg',
  crisis: 'Crisis',
  marketShift: 'Market shift',
  coaching: 'Coaching',
  feedback360: '360 feedback',
  oneOnOnes: 'One-on-ones',
  succession: 'New holder of a role',
};

/** A title short enough for a chip: "Engineering lead" -> "Engineering". */
export function shortTitle(title: string): string {
  if (title.length <= 12) return title;
  return title.split(/\s+/)[0];
}

const names = (ids: readonly string[], titles: ReadonlyMap<string, string>, short: boolean) => {
  const list = ids.map((id) => {
    const title = titles.get(id) ?? id;
    return short ? shortTitle(title) : title;
  });
  if (short && list.length > 2) return `${list.length} roles`;
  return list.join(', ');
};

/**
 * What an event does, in a few words: "Hire COO", "Crisis 0.6 ×2", "Engineering grows to 30". With
 * `short`, long titles are cut to their first word (the chip's text); without it, for accessible names.
 */
export function eventLabel(event: ScenarioEvent, titles: ReadonlyMap<string, string>, short = false): string {
  const title = (id: string) => {
    const full = titles.get(id) ?? id;
    return short ? shortTitle(full) : full;
  };
  switch (event.type) {
    case 'grow':
      return `${title(event.roleId)} grows to ${event.team}`;
    case 'hire': {
      const takes = event.takeOver?.length ?? 0;
      return `Hire ${short ? shortTitle(event.role.title) : event.role.title}${!short && takes > 0 ? `, taking over ${names(event.takeOver!, titles, false)}` : ''}`;
    }
    case 'depart':
      return `${title(event.roleId)} leaves`;
    case 'reorg':
      return `${title(event.roleId)} to ${title(event.reportsTo)}`;
    case 'crisis':
      return `Crisis ${event.severity} ×${event.quarters}`;
    case 'marketShift':
      return `Market shift ${event.size}`;
    case 'coaching':
      return `Coaching ${names(event.roleIds, titles, short)} ×${event.quarters}`;
    case 'feedback360':
      return `360 for ${names(event.roleIds, titles, short)}`;
    case 'oneOnOnes':
      return `1:1s ${event.enabled ? 'on' : 'off'}: ${names(event.roleIds, titles, short)}`;
    case 'succession': {
      const person = event.person?.trim() ?? '';
      return person === ''
        ? `New ${title(event.roleId)}${short ? '' : ', to be hired'}`
        : `${person} takes over ${title(event.roleId)}`;
    }
  }
}

/** When an event acts, for its accessible name: "quarter 5", or "quarter 5 ±2 quarters" when uncertain. */
export function eventWhen(event: ScenarioEvent): string {
  const spread = event.timingSpread ?? 0;
  if (spread <= 0) return `quarter ${event.quarter}`;
  return `quarter ${event.quarter} ±${spread} quarter${spread === 1 ? '' : 's'}`;
}

/** The chip's short mark of uncertain timing, "Q5 ±2"; null when the event acts exactly in its quarter. */
export function spreadMark(event: ScenarioEvent): string | null {
  const spread = event.timingSpread ?? 0;
  return spread > 0 ? `Q${event.quarter} ±${spread}` : null;
}
