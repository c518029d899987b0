import { describe, expect, it } from 'vitest';
import { scenarioNameFromFile } from '../../../src/core/csv-import/build';
import { importCsvText } from '../../../src/core/csv-import/import-table';
import { previewTable } from '../../../src/core/csv-import/preview';
import { readCsvText } from '../../../src/core/csv-import/reader';
import { formatImportReport, importReport } from '../../../src/core/csv-import/report';
import { cliRemedy } from '../../../src/cli/import-remedy';

describe('preview, naming and the report', () => {
  it('previews headers and the first rows with their lines', () => {
    const preview = previewTable(readCsvText('id;manager\n1;\n2;1\n3;1\n'), 2);
    expect(preview).toEqual({
      headers: ['id', 'manager'],
      rows: [
        { line: 2, cells: ['1', ''] },
        { line: 3, cells: ['2', '1'] },
      ],
      totalRows: 3,
      delimiter: ';',
    });
  });

  it('names the scenario after the file', () => {
    expect(scenarioNameFromFile('exports/HR Org.2024.csv')).toBe('HR Org.2024');
    expect(scenarioNameFromFile('C:\\data\\team.CSV')).toBe('team');
    expect(scenarioNameFromFile(undefined)).toBe('Imported org');
    expect(scenarioNameFromFile('.csv')).toBe('Imported org');
  });

  it('reports columns, problems and the decisions still open', () => {
    const outcome = importCsvText('Employee ID,Manager ID\na,\nb,a\nc,c\nd,zz\n', {
      fixes: { 'self-report': 'attach-to-root' },
    });
    const report = importReport(outcome, 'x.csv', 'x.json');
    expect(report).toMatchObject({
      ok: false,
      out: null,
      roles: 0,
      rowsRead: 4,
      columns: { id: 'Employee ID', reportsTo: 'Manager ID' },
      decisions: { 'missing-manager': ['attach-to-root', 'make-root', 'drop'] },
    });
    expect(formatImportReport(report, cliRemedy)).toBe(
      [
        'Not imported: x.csv cannot become one valid org tree yet; nothing was written.',
        'Columns: id <- "Employee ID", reportsTo <- "Manager ID"',
        'warning blank-name: no column is the person\'s name, so none of the 4 rows has one; they are read as filled roles whose holder is not named ("(unnamed)"), which count in headcount (by default: no column holds names, so the file lists posts without their holders); choose with --blank-names vacant|filled-unnamed',
        'fixed (attach-to-root) self-report: "c" on line 4 names itself as manager',
        'error missing-manager: manager id "zz" on line 5 is not the id of any row',
        'Decide with:',
        '  --fix missing-manager=attach-to-root|make-root|drop',
        '',
      ].join('\n'),
    );
  });

  it('says what is wrong in neutral terms; the command line adds its own remedy', () => {
    const report = importReport(importCsvText('Name,Title\nAna,CEO\n'), 'y.csv', 'y.json');
    const neutral = formatImportReport(report);
    expect(neutral).not.toContain('--');
    expect(neutral).toContain(
      'error no-id-column: no column was recognised as the id (headers: "Name", "Title")\n',
    );
    expect(formatImportReport(report, cliRemedy)).toContain(
      'error no-id-column: no column was recognised as the manager id (headers: "Name", "Title"); name it with --map reportsTo=HEADER\n',
    );
  });
});
