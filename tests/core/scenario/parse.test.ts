import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioJson } from '../../../src/core/scenario/parse';
import type { Parsed, Problem } from '../../../src/core/problems';
import type { Scenario } from '../../../src/core/scenario/types';
import { errorsOf, founderLed, founderLedText, messages } from './helpers';

function refused(parsed: Parsed<Scenario>): Problem[] {
  if (parsed.ok) throw new Error('expected the scenario to be refused, but it parsed');
  return parsed.problems;
}

function accepted(parsed: Parsed<Scenario>): { value: Scenario; warnings: Problem[] } {
  if (!parsed.ok) throw new Error('expected the scenario to parse:\n' + messages(parsed.problems).join('\n'));
  return parsed;
}

describe('parseScenarioJson on the design example', () => {
  it('parses and fills every default', () => {
    const { value, warnings } = accepted(parseScenarioJson(founderLedText));
    expect(warnings).toEqual([]);
    expect(value.name).toBe('Founder-led startup');
    const eng = value.roles[1];
    expect(eng).toEqual({
      id: 'eng',
      title: 'Engineering lead',
      person: null,
      reportsTo: 'ceo',
      dottedTo: [],
      team: 12,
      strengths: {
        vision: 7,
        inspire: 7,
        innovate: 7,
        develop: 6,
        plan: 3,
        organize: 3,
        control: 3,
        direct: 3,
        trust: 5,
      },
      oneOnOnes: false,
    });
    const hire = value.events[1];
    expect(hire.type).toBe('hire');
    if (hire.type === 'hire') {
      expect(hire.role.team).toBe(0);
      expect(hire.role.strengths.vision).toBe(5);
      expect(hire.takeOver).toEqual(['eng']);
    }
    expect(value.seed).toBe(42);
  });

  it('returns fresh plain objects that share nothing with the input', () => {
    const input = founderLed();
    const { value } = accepted(parseScenario(input));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.roles[0])).toBe(Object.prototype);
    expect(value.roles).not.toBe(input.roles);
    expect(value.roles[0]).not.toBe(input.roles[0]);
    expect(value.roles[0].strengths).not.toBe(input.roles[0].strengths);
    expect(value.roles[0].dottedTo).not.toBe(input.roles[0].dottedTo);
    expect('format' in value).toBe(false);
  });
});

describe('acceptance: cycle, unknown reportsTo, strength 11, event in quarter 0', () => {
  it('refuses the scenario and names each problem', () => {
    const s = founderLed();
    s.roles.push(
      { id: 'a', title: 'A', reportsTo: 'b' },
      { id: 'b', title: 'B', reportsTo: 'a' },
      { id: 'ops', title: 'Ops', reportsTo: 'cfo' },
    );
    s.roles[1].strengths.vision = 11;
    s.events[3].quarter = 0;
    const problems = errorsOf(refused(parseScenario(s)));
    const text = messages(problems);
    expect(text).toContain('reporting lines form a cycle: "a" -> "b" -> "a"');
    expect(text).toContain('role "ops": reportsTo "cfo" is not the id of any role');
    expect(text).toContain('role "eng": strengths.vision is 11; strengths run from 0 to 10');
    expect(text).toContain('event 4 (crisis): quarter 0 is outside 1..12');
    expect(problems).toHaveLength(4);

    const strength = problems.find((p) => p.kind === 'out-of-range' && p.roleId === 'eng')!;
    expect(strength.path).toEqual(['roles', 1, 'strengths', 'vision']);
    const quarter = problems.find((p) => p.eventIndex === 3)!;
    expect(quarter.path).toEqual(['events', 3, 'quarter']);
    expect(problems.find((p) => p.kind === 'cycle')!.roleId).toBe('a');
  });
});

describe('ids', () => {
  it('refuses a number id instead of coercing it', () => {
    const s = founderLed();
    s.roles[1].id = 7;
    const text = messages(refused(parseScenario(s)));
    expect(text).toContain('role 2: id is 7; ids are strings; write it in quotes');
  });

  it('keeps leading zeros', () => {
    const s = founderLed();
    s.roles[1].id = '007';
    s.events = [];
    expect(accepted(parseScenario(s)).value.roles[1].id).toBe('007');
  });

  it('refuses empty and duplicated ids', () => {
    const s = founderLed();
    s.roles.push({ id: '', title: 'X', reportsTo: 'ceo' }, { id: 'eng', title: 'Again', reportsTo: 'ceo' });
    const problems = refused(parseScenario(s));
    expect(messages(problems)).toContain('role 3: id is ""; an id cannot be empty');
    const dup = problems.find((p) => p.kind === 'duplicate-id')!;
    expect(dup.message).toBe('role "eng" is defined 2 times (roles 2, 4 in the list); ids must be unique');
    expect(dup.path).toEqual(['roles', 3, 'id']);
  });
});

describe('the tree', () => {
  it('refuses several roots, naming them', () => {
    const s = founderLed();
    s.roles[1].reportsTo = null;
    expect(messages(refused(parseScenario(s)))).toContain(
      '2 roles have reportsTo null ("ceo", "eng"); exactly one role may be the root',
    );
  });

  it('refuses an org without a root', () => {
    const s = founderLed();
    s.roles[0].reportsTo = 'eng';
    s.events = [];
    const problems = refused(parseScenario(s));
    expect(problems.map((p) => p.kind).sort()).toEqual(['cycle', 'no-root']);
  });

  it('refuses a role reporting to itself', () => {
    const s = founderLed();
    s.roles[1].reportsTo = 'eng';
    expect(messages(refused(parseScenario(s)))).toContain(
      'role "eng": reportsTo is its own id; a role cannot report to itself',
    );
  });

  it('requires reportsTo, null for the root', () => {
    const s = founderLed();
    delete s.roles[0].reportsTo;
    expect(messages(refused(parseScenario(s)))).toContain('role "ceo": reportsTo is missing');
  });

  it('checks dotted lines: known, not the line manager, not twice', () => {
    const s = founderLed();
    s.roles.push({ id: 'pm', title: 'PM', reportsTo: 'eng', dottedTo: ['ceo', 'ceo', 'eng', 'nope', 'pm'] });
    const text = messages(refused(parseScenario(s)));
    expect(text).toEqual(
      expect.arrayContaining([
        'role "pm": dottedTo[1] "ceo" is listed twice',
        'role "pm": dottedTo[2] "eng" repeats reportsTo; a dotted line is to someone other than the line manager',
        'role "pm": dottedTo[3] "nope" is not the id of any role',
        'role "pm": dottedTo[4] is its own id; a role cannot have a dotted line to itself',
      ]),
    );
  });

  it('refuses an empty role list', () => {
    const s = founderLed();
    s.roles = [];
    s.events = [];
    expect(refused(parseScenario(s)).map((p) => p.kind)).toEqual(['no-root']);
  });
});

describe('field rules', () => {
  it('reports every broken field at once', () => {
    const s = founderLed();
    s.horizon = 41;
    s.environment.volatility = 1.5;
    s.seed = 1.5;
    s.roles[1].team = -1;
    s.roles[1].oneOnOnes = 'yes';
    s.roles[1].department = 3;
    s.roles[0].person = 5;
    s.roles[0].strengths.trust = '6';
    s.parameters = { burnoutThreshold: 'high', execBase: 0.5 };
    s.events = [];
    const text = messages(refused(parseScenario(s)));
    expect(text).toEqual(
      expect.arrayContaining([
        'horizon is 41; the horizon runs from 1 to 40 quarters',
        'environment.volatility is 1.5; it runs from 0 to 1',
        'seed is 1.5; a seed is a whole number',
        'role "eng": team is -1; a team size is 0 or more',
        'role "eng": oneOnOnes is "yes"; oneOnOnes is true or false',
        'role "eng": department is 3; a department is text',
        'role "ceo": person is 5; a person is text, or null for a vacant role',
        'role "ceo": strengths.trust is "6"; strengths are numbers',
        'parameters.burnoutThreshold is "high"; a parameter value is a finite number',
      ]),
    );
    expect(text).toHaveLength(9);
  });

  it('accepts parameters and departments and keeps them', () => {
    const s = founderLed();
    s.parameters = { burnoutThreshold: 0.2 };
    s.roles[1].department = 'Engineering';
    const { value } = accepted(parseScenario(s));
    expect(value.parameters).toEqual({ burnoutThreshold: 0.2 });
    expect(value.roles[1].department).toBe('Engineering');
  });

  it('rejects non-finite numbers handed in as values', () => {
    const s = founderLed();
    s.roles[1].strengths.plan = Number.NaN;
    s.parameters = { execBase: Infinity };
    expect(refused(parseScenario(s))).toHaveLength(2);
  });
});

describe('header', () => {
  it('requires format and version in files', () => {
    const s = founderLed();
    delete s.format;
    delete s.version;
    expect(refused(parseScenario(s)).map((p) => p.kind)).toEqual(['format', 'version']);
  });

  it('may be left out of scenario bodies when asked, but is checked when present', () => {
    const s = founderLed();
    delete s.format;
    delete s.version;
    expect(parseScenario(s, { requireHeader: false }).ok).toBe(true);
    s.format = 'something.else';
    expect(refused(parseScenario(s, { requireHeader: false })).map((p) => p.kind)).toEqual(['format']);
  });

  it('says when a file is from a newer version', () => {
    const s = founderLed();
    s.version = 2;
    expect(messages(refused(parseScenario(s)))).toEqual([
      'version is 2, newer than this app reads (1); update Ballast to open it',
    ]);
  });
});

describe('keys', () => {
  it('warns about unknown keys, with their place, and still parses', () => {
    const s = founderLed();
    s.colour = 'blue';
    s.roles[1].mood = 'good';
    s.roles[1].strengths.charisma = 3;
    s.events[0].note = 'x';
    s.events[1].role.extra = true;
    const { value, warnings } = accepted(parseScenario(s));
    expect(messages(warnings)).toEqual(
      expect.arrayContaining([
        'colour is not a field of format version 1 and is ignored',
        'role "eng": mood is not a field of format version 1 and is ignored',
        'role "eng": strengths.charisma is not a field of format version 1 and is ignored',
        'event 1 (grow): note is not a field of format version 1 and is ignored',
        'event 2 (hire): role.extra is not a field of format version 1 and is ignored',
      ]),
    );
    expect(warnings.every((w) => w.severity === 'warning' && w.kind === 'unknown-key')).toBe(true);
    expect('colour' in value).toBe(false);
    expect('mood' in value.roles[1]).toBe(false);
  });

  it('refuses __proto__, constructor and prototype anywhere', () => {
    const text = founderLedText
      .replace('"seed": 42', '"seed": 42, "__proto__": { "polluted": true }')
      .replace('"oneOnOnes": false', '"oneOnOnes": false, "constructor": {}')
      .replace('"size": 0.3', '"size": 0.3, "prototype": 1');
    const problems = refused(parseScenarioJson(text));
    const forbidden = problems.filter((p) => p.kind === 'forbidden-key');
    expect(forbidden.map((p) => p.path)).toEqual(
      expect.arrayContaining([['__proto__'], ['roles', 0, 'constructor'], ['events', 2, 'prototype']]),
    );
    expect(forbidden).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a forbidden key in parameters', () => {
    const s = founderLed();
    s.parameters = JSON.parse('{"__proto__": 1}');
    expect(refused(parseScenario(s)).map((p) => p.kind)).toEqual(['forbidden-key']);
  });
});

describe('events', () => {
  const withEvents = (events: unknown[]) => {
    const s = founderLed();
    s.events = events;
    return parseScenario(s);
  };

  it('lets later events use a hired id, and refuses earlier ones', () => {
    const hire = { quarter: 3, type: 'hire', role: { id: 'cto', title: 'CTO', reportsTo: 'ceo' } };
    expect(withEvents([hire, { quarter: 4, type: 'grow', roleId: 'cto', team: 3 }]).ok).toBe(true);
    // Same quarter, later in the file: acts after the hire.
    expect(withEvents([hire, { quarter: 3, type: 'feedback360', roleIds: ['cto'] }]).ok).toBe(true);
    const early = refused(withEvents([hire, { quarter: 2, type: 'grow', roleId: 'cto', team: 3 }]));
    expect(messages(early)).toEqual([
      'event 2 (grow): roleId "cto" is only hired by a later event (event 1)',
    ]);
  });

  it('forgets a departed id, and allows it to be hired again', () => {
    const depart = { quarter: 2, type: 'depart', roleId: 'eng' };
    const problems = refused(
      withEvents([depart, { quarter: 3, type: 'coaching', roleIds: ['eng'], quarters: 1 }]),
    );
    expect(messages(problems)).toEqual(['event 2 (coaching): roleIds[0] "eng" has departed (event 1)']);
    const rehire = { quarter: 3, type: 'hire', role: { id: 'eng', title: 'New lead', reportsTo: 'ceo' } };
    expect(withEvents([depart, rehire]).ok).toBe(true);
  });

  it('refuses a hire that reuses a live id or makes a second root', () => {
    const problems = refused(
      withEvents([
        { quarter: 1, type: 'hire', role: { id: 'eng', title: 'Again', reportsTo: 'ceo' } },
        { quarter: 1, type: 'hire', role: { id: 'boss', title: 'Boss', reportsTo: null } },
      ]),
    );
    expect(messages(problems)).toEqual([
      'event 1 (hire): hires "eng", but a role with that id is already alive then',
      'event 2 (hire): a hired role must report to a live role; reportsTo null would make a second root',
    ]);
  });

  it('refuses reorgs and take-overs that would make a cycle', () => {
    const s = founderLed();
    s.roles.push({ id: 'dev', title: 'Dev', reportsTo: 'eng' });
    s.events = [
      { quarter: 1, type: 'reorg', roleId: 'eng', reportsTo: 'dev' },
      { quarter: 1, type: 'reorg', roleId: 'ceo', reportsTo: 'eng' },
      { quarter: 2, type: 'hire', role: { id: 'lead', title: 'Lead', reportsTo: 'dev' }, takeOver: ['eng'] },
      { quarter: 3, type: 'depart', roleId: 'eng', reportsTo: 'dev' },
    ];
    const problems = refused(parseScenario(s));
    expect(problems.map((p) => [p.eventIndex, p.kind])).toEqual([
      [0, 'cycle'],
      [1, 'cycle'],
      [2, 'cycle'],
      [3, 'cycle'],
    ]);
    expect(problems[0].message).toBe(
      'event 1 (reorg): moving "eng" under "dev" would make a cycle, since "dev" is in "eng"\'s own subtree',
    );
  });

  it('moves reports of a departed role to its parent or the named role', () => {
    const s = founderLed();
    s.roles.push({ id: 'dev', title: 'Dev', reportsTo: 'eng' }, { id: 'qa', title: 'QA', reportsTo: 'ceo' });
    s.events = [
      { quarter: 1, type: 'depart', roleId: 'eng', reportsTo: 'qa' },
      // dev now reports to qa, so moving qa under dev is a cycle.
      { quarter: 2, type: 'reorg', roleId: 'qa', reportsTo: 'dev' },
    ];
    expect(refused(parseScenario(s)).map((p) => p.kind)).toEqual(['cycle']);
  });

  it('refuses a departing root', () => {
    expect(messages(refused(withEvents([{ quarter: 1, type: 'depart', roleId: 'ceo' }])))).toEqual([
      'event 1 (depart): "ceo" is the root and cannot depart; reorg the org under a new root first',
    ]);
  });

  it('checks each type of event against its own fields', () => {
    const problems = refused(
      withEvents([
        { quarter: 1, type: 'crisis', severity: 2, quarters: 0 },
        { quarter: 1.5, type: 'marketShift', size: -0.1 },
        { quarter: 13, type: 'oneOnOnes', roleIds: ['eng'] },
        { quarter: 1, type: 'promote', roleId: 'eng' },
        { quarter: 1, roleId: 'eng' },
        'grow',
        { quarter: 1, type: 'grow', roleId: 'eng', team: 2.5 },
      ]),
    );
    expect(messages(problems)).toEqual(
      expect.arrayContaining([
        'event 1 (crisis): severity is 2; it runs from 0 to 1',
        'event 1 (crisis): quarters is 0; quarters is 1 or more',
        'event 2 (marketShift): quarter is 1.5; a quarter is a whole number',
        'event 2 (marketShift): size is -0.1; it runs from 0 to 1',
        'event 3 (oneOnOnes): quarter 13 is outside 1..12',
        'event 3 (oneOnOnes): enabled is missing',
        'event 4 (promote): type "promote" is not an event type; the types are grow, hire, depart, reorg, crisis, marketShift, coaching, feedback360, oneOnOnes, succession',
        'event 5: type is missing; the types are grow, hire, depart, reorg, crisis, marketShift, coaching, feedback360, oneOnOnes, succession',
        'event 6 is "grow"; an event is an object',
        'event 7 (grow): team is 2.5; a team size is a whole number',
      ]),
    );
    expect(problems).toHaveLength(10);
  });

  it('accepts a succession in a live role, the root included, filling the defaults', () => {
    const { value, warnings } = accepted(
      withEvents([
        { quarter: 2, type: 'succession', roleId: 'ceo', person: 'Olu', strengths: { plan: 8, trust: 7 } },
        { quarter: 3, type: 'succession', roleId: 'eng' },
        { quarter: 4, type: 'succession', roleId: 'eng', person: '', strengths: {} },
      ]),
    );
    expect(warnings).toEqual([]);
    expect(value.events[0]).toEqual({
      quarter: 2,
      type: 'succession',
      roleId: 'ceo',
      person: 'Olu',
      strengths: {
        vision: 5,
        inspire: 5,
        innovate: 5,
        develop: 5,
        plan: 8,
        organize: 5,
        control: 5,
        direct: 5,
        trust: 7,
      },
    });
    // No person, or an empty one, is "to be hired": kept as written, the role still filled.
    expect(value.events[1]).toMatchObject({ roleId: 'eng', person: null });
    expect(value.events[2]).toMatchObject({ roleId: 'eng', person: '' });
    expect(Object.values((value.events[1] as { strengths: object }).strengths)).toEqual(Array(9).fill(5));
  });

  it('refuses a broken succession, naming the event and the field', () => {
    const hire = { quarter: 3, type: 'hire', role: { id: 'cto', title: 'CTO', reportsTo: 'ceo' } };
    const problems = refused(
      withEvents([
        { quarter: 1, type: 'succession', roleId: 'nobody' },
        { quarter: 1, type: 'succession', roleId: 'eng', strengths: { vision: 11 }, person: 7 },
        { quarter: 1, type: 'succession', person: 'Olu' },
        hire,
        { quarter: 2, type: 'succession', roleId: 'cto' },
        { quarter: 1, type: 'succession', roleId: 'eng', strengths: { charisma: 9 } },
      ]),
    );
    expect(messages(problems)).toEqual(
      expect.arrayContaining([
        'event 1 (succession): roleId "nobody" is not the id of any role',
        'event 2 (succession): strengths.vision is 11; strengths run from 0 to 10',
        'event 2 (succession): person is 7; a person is text, or null for "to be hired"',
        'event 3 (succession): roleId is missing',
        'event 5 (succession): roleId "cto" is only hired by a later event (event 4)',
        'event 6 (succession): strengths.charisma is not a field of format version 1 and is ignored',
      ]),
    );
    expect(problems.find((p) => p.message.startsWith('event 2 (succession): strengths'))).toMatchObject({
      eventIndex: 1,
      path: ['events', 1, 'strengths', 'vision'],
    });
  });

  it('warns about an event that names no roles', () => {
    const parsed = withEvents([{ quarter: 1, type: 'feedback360', roleIds: [] }]);
    expect(parsed.ok && messages(parsed.warnings)).toEqual([
      'event 1 (feedback360): roleIds is empty, so the event does nothing',
    ]);
  });

  it('treats missing events as none', () => {
    const s = founderLed();
    delete s.events;
    expect(accepted(parseScenario(s)).value.events).toEqual([]);
  });
});

describe('JSON text', () => {
  it('reports syntax errors with line and column', () => {
    const text = '{\n  "name": "x",\n  "horizon": 4,\n  "roles": [ , ]\n}';
    expect(messages(refused(parseScenarioJson(text)))).toEqual([
      'the file is not valid JSON: line 4, column 14: expected a value but found ","',
    ]);
  });

  it('reports a truncated file', () => {
    const text = founderLedText.slice(0, 200);
    const [problem] = refused(parseScenarioJson(text));
    expect(problem.kind).toBe('syntax');
    expect(problem.message).toMatch(/^the file is not valid JSON: line \d+, column \d+: /);
  });

  it('ignores a byte-order mark with a warning', () => {
    const parsed = parseScenarioJson('\uFEFF' + founderLedText);
    expect(parsed.ok && parsed.warnings.map((w) => w.kind)).toEqual(['encoding']);
  });

  it('refuses values that are not objects', () => {
    expect(messages(refused(parseScenarioJson('[]')))).toEqual([
      'the scenario is a list; a scenario is a JSON object',
    ]);
    expect(refused(parseScenario(null))).toHaveLength(1);
  });
});
