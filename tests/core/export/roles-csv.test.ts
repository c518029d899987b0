import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../../src/core/csv-import';
import { ROLES_CSV_HEADERS, csvCell, exportRolesCsv, neutraliseFormula } from '../../../src/core/export';
import { STRENGTH_NAMES } from '../../../src/core/scenario/types';
import { richScenario, role, strengths } from '../../helpers/scenarios';

/** A minimal RFC 4180 reader for checking what was written, independent of the importer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx', '=HYPERLINK("http://evil","click")'])(
    'prefixes a quote to %j',
    (value) => expect(neutraliseFormula(value)).toBe(`'${value}`),
  );

  it.each(['Head of Sales', '1', '', ' =not at start', "'already", 'a=b', 'Zoë'])(
    'leaves %j alone',
    (value) => expect(neutraliseFormula(value)).toBe(value),
  );
});

describe('csvCell', () => {
  it('quotes per RFC 4180 only when needed, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(7.5)).toBe('7.5');
  });

  it('neutralises first, then quotes: a formula with a comma stays one text cell', () => {
    expect(csvCell('=SUM(A1,A2)')).toBe(`"'=SUM(A1,A2)"`);
    expect(csvCell('\n=1')).toBe(`"'\n=1"`);
  });
});

describe('exportRolesCsv', () => {
  it('writes a header and one row per starting role, with CR LF line ends', () => {
    const text = exportRolesCsv(richScenario());
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...ROLES_CSV_HEADERS]);
    expect(rows).toHaveLength(1 + richScenario().roles.length);
    expect(rows[1].slice(0, 6)).toEqual(['ceo', '', 'CEO', 'Ana', '', '0']);
    expect(rows[2].slice(0, 6)).toEqual(['00155792', 'ceo', '00155792', 'Bo', 'Engineering', '12']);
    expect(rows[3].slice(-2)).toEqual(['00155792', 'no']);
    expect(text.split('\r\n').length).toBe(rows.length + 1);
  });

  it('neutralises every text cell that could run as a formula, whichever column it is in', () => {
    const hostile = {
      roles: [
        role('=1+1', null, { title: '=HYPERLINK("http://x","y")', person: '@me', department: '+dept' }),
        role('r2', '=1+1', { title: '-minus', person: '\tTab', department: '\rcr' }),
      ],
    };
    const rows = parseCsv(exportRolesCsv(hostile)).slice(1);
    const cells = rows.flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
    expect(rows[0].slice(0, 5)).toEqual(["'=1+1", '', `'=HYPERLINK("http://x","y")`, "'@me", "'+dept"]);
    expect(rows[1].slice(0, 5)).toEqual(['r2', "'=1+1", "'-minus", "'\tTab", "'\rcr"]);
  });

  it('imports again through the CSV importer to the same roles (ids, lines, titles, people, teams, strengths)', () => {
    const scenario = {
      ...richScenario(),
      roles: [
        role('0001', null, { person: 'Zoë Ångström', title: 'CEO, "founder"', team: 2, department: 'Board' }),
        role('0002', '0001', {
          person: null,
          title: 'Head of Sales',
          team: 12,
          department: 'Sales',
          strengths: strengths({ vision: 7.5, trust: 2 }),
        }),
        role('0003', '0001', { person: 'Li Wei', title: 'COO\nOperations', team: 0, department: 'Ops' }),
        role('0004', '0003', { person: 'Sam', title: 'Plant lead', team: 40 }),
        // Neutralised on export, restored on import.
        role('0005', '0003', { person: '@sam', title: '=SUM(A1:A9)', team: 1, department: '-ops' }),
      ],
    };
    const outcome = importCsvText(exportRolesCsv(scenario), { fileName: 'export.csv' });
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.ok).toBe(true);
    const imported = outcome.scenario!.roles;
    expect(imported.map((r) => r.id)).toEqual(scenario.roles.map((r) => r.id));
    for (const [i, original] of scenario.roles.entries()) {
      const back = imported[i];
      expect(back.reportsTo).toBe(original.reportsTo);
      expect(back.title).toBe(original.title);
      expect(back.person ?? null).toBe(original.person ?? null);
      expect(back.team).toBe(original.team);
      expect(back.department).toBe(original.department);
      for (const name of STRENGTH_NAMES) expect(back.strengths[name]).toBe(original.strengths[name]);
    }
  });
});
