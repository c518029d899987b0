import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../../src/core/scenario/parse';
import { serializeScenario } from '../../../src/core/scenario/serialize';
import { founderLed, messages } from './helpers';

/** The example with every uncertainty field the format has: a role's, a hire's, a succession's, an event's. */
function uncertain() {
  const file = founderLed();
  file.roles[0].ratingError = 0.5;
  file.roles[1].ratingError = 2;
  file.events[1].role.ratingError = 0;
  file.events[1].timingSpread = 2;
  file.events[3].timingSpread = 12;
  file.events.push({ quarter: 6, type: 'succession', roleId: 'ceo', ratingError: 5, timingSpread: 1 });
  return file;
}

describe('ratingError and timingSpread in files', () => {
  it('parse, serialize and parse again to the same scenario and the same text, without warnings', () => {
    const first = parseScenarioJson(JSON.stringify(uncertain()));
    if (!first.ok) throw new Error(messages(first.problems).join('\n'));
    expect(first.warnings).toEqual([]);
    const { roles, events } = first.value;
    expect(roles.map((r) => r.ratingError)).toEqual([0.5, 2]);
    expect(events[1]).toMatchObject({ timingSpread: 2, role: { ratingError: 0 } });
    expect(events[3].timingSpread).toBe(12);
    expect(events[4]).toMatchObject({ type: 'succession', ratingError: 5, timingSpread: 1 });

    const text = serializeScenario(first.value);
    const second = parseScenarioJson(text);
    if (!second.ok) throw new Error(messages(second.problems).join('\n'));
    expect(second.warnings).toEqual([]);
    expect(second.value).toEqual(first.value);
    expect(serializeScenario(second.value)).toBe(text);

    const written = JSON.parse(text);
    expect(Object.keys(written.events[1]).slice(0, 3)).toEqual(['quarter', 'type', 'timingSpread']);
    expect(written.roles[0].ratingError).toBe(0.5);
    expect(written.events[4].ratingError).toBe(5);
  });

  it('leaves both out when absent, and reads a spread of 0 as exact timing (not written back)', () => {
    const file = founderLed();
    file.events[0].timingSpread = 0;
    const parsed = parseScenarioJson(JSON.stringify(file));
    if (!parsed.ok) throw new Error(messages(parsed.problems).join('\n'));
    expect('timingSpread' in parsed.value.events[0]).toBe(false);
    expect(parsed.value.roles.some((r) => 'ratingError' in r)).toBe(false);
    expect(serializeScenario(parsed.value)).not.toMatch(/ratingError|timingSpread/);
  });

  it('refuses values out of range, naming the rule', () => {
    const file = uncertain();
    file.roles[1].ratingError = 6;
    file.events[0].timingSpread = 1.5;
    file.events[2].timingSpread = 13;
    const parsed = parseScenarioJson(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    const text = messages(parsed.ok ? [] : parsed.problems).join('\n');
    expect(text).toMatch(/a rating error runs from 0 to 5 points/);
    expect(text).toMatch(/a timing spread is a whole number of quarters/);
    expect(text).toMatch(/a timing spread runs from 0 to 12 quarters/);
  });
});
