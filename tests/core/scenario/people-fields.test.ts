import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioJson } from '../../../src/core/scenario/parse';
import { isPlainRole } from '../../../src/core/scenario/plain-role';
import { serializeScenario } from '../../../src/core/scenario/serialize';
import { founderLed, messages } from './helpers';

/** The example with every people-data field on its first role, and a hire carrying a salary. */
function withPeople() {
  const file = founderLed();
  Object.assign(file.roles[0], {
    salary: 150000,
    icSalary: 52000.5,
    fte: 0.8,
    grade: 'SCS2',
    location: 'Leeds',
  });
  file.roles[1].salary = 0;
  file.events[1].role.salary = 90000;
  return file;
}

describe('people data in files (salary, icSalary, fte, grade, location)', () => {
  it('parse, serialize and parse again to the same scenario and text, without warnings', () => {
    const first = parseScenarioJson(JSON.stringify(withPeople()));
    if (!first.ok) throw new Error(messages(first.problems).join('\n'));
    expect(first.warnings).toEqual([]);
    expect(first.value.roles[0]).toMatchObject({
      salary: 150000,
      icSalary: 52000.5,
      fte: 0.8,
      grade: 'SCS2',
      location: 'Leeds',
    });
    expect(first.value.roles[1].salary).toBe(0);
    expect(first.value.roles[1]).not.toHaveProperty('fte');
    expect(first.value.events[1]).toMatchObject({ role: { salary: 90000 } });

    const text = serializeScenario(first.value);
    const second = parseScenarioJson(text);
    if (!second.ok) throw new Error(messages(second.problems).join('\n'));
    expect(second.value).toEqual(first.value);
    expect(serializeScenario(second.value)).toBe(text);
    const written = JSON.parse(text);
    expect(Object.keys(written.roles[0]).slice(-5)).toEqual([
      'salary',
      'icSalary',
      'fte',
      'grade',
      'location',
    ]);
    expect(written.roles[1]).not.toHaveProperty('grade');
  });

  it('refuses wrong values with worded errors', () => {
    const file = withPeople();
    Object.assign(file.roles[0], { salary: -1, icSalary: '40k', fte: 1.5, grade: 7, location: false });
    const parsed = parseScenario(file);
    expect(parsed.ok).toBe(false);
    const text = messages(parsed.ok ? [] : parsed.problems).join('\n');
    expect(text).toMatch(/salary is -1; a salary is 0 or more/);
    expect(text).toMatch(/icSalary .*is a number, an annual amount/);
    expect(text).toMatch(/fte is 1\.5; fte runs from 0 to 1 \(1 is full time\)/);
    expect(text).toMatch(/grade .*a grade is text/);
    expect(text).toMatch(/location .*a location is text/);
  });

  it('a role with valid people data is plain; one with a wrong value goes through the full checks', () => {
    const role = {
      id: 'a',
      title: 'A',
      reportsTo: null,
      salary: 1,
      icSalary: 0,
      fte: 1,
      grade: 'G',
      location: 'L',
    };
    expect(isPlainRole(role)).toBe(true);
    expect(isPlainRole({ ...role, fte: 1.01 })).toBe(false);
    expect(isPlainRole({ ...role, salary: -0.5 })).toBe(false);
    expect(isPlainRole({ ...role, icSalary: Number.NaN })).toBe(false);
    expect(isPlainRole({ ...role, grade: 3 })).toBe(false);
  });
});
