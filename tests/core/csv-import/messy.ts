/**
 * A messy HR export written out line by line, so each problem's expected line numbers can be read off.
 * It has a byte-order mark, CR LF endings, a quoted name with a line break (lines 4-5), and one row for
 * every problem kind the importer knows.
 */
export const MESSY_LINES = [
  /*  1 */ 'Employee ID,Name,Supervisor ID,Job Title,Dept,Team Size,vision',
  /*  2 */ '00155792,Ana Ruiz,NULL,CEO,Exec,0,8', // a root, written with the NULL placeholder
  /*  3 */ 'E2,"Bob, Jr.",00155792,CTO,R&D,4,7',
  /*  4 */ 'E3,"Cara', // the quoted name spans lines 4 and 5
  /*  5 */ 'Smith",e2,Developer,R&D,2,', // manager "e2" is "E2" in another case
  /*  6 */ 'E4,Dan,E5,Ops lead,Ops,1,', // E4 -> E5 -> E4
  /*  7 */ 'E5,Eve,E4,Ops lead,Ops,1,',
  /*  8 */ 'E6,Fay,E6,Analyst,Ops,0,', // reports to itself
  /*  9 */ 'E2,Bob Jr,00155792,CTO,R&D,5,7', // E2 again (a later record of the same person)
  /* 10 */ ',Nobody,E2,Intern,R&D,0,', // no id
  /* 11 */ 'E7,Gus,XX,Advisor,,0,', // XX placeholder: a second root
  /* 12 */ 'E8,Hal,E99,Sales,Sales,0,', // E99 is nobody
  /* 13 */ 'E9,Ivy,N/D,Sales lead,Sales,many,12', // N/D placeholder: a third root; bad team and vision
  /* 14 */ 'e9,Jo,E2,Sales,Sales,0,', // "e9" and "E9" differ only in case
  /* 15 */ 'E10,Kim M\uFFFDller,E2,Sales,Sales,0,', // a replacement character
];

export const MESSY_CSV = '\uFEFF' + MESSY_LINES.join('\r\n') + '\r\n';

/** Every decision that lets the messy file through. */
export const MESSY_FIXES = {
  'missing-manager': 'attach-to-root',
  'duplicate-id': 'keep-last',
  'self-report': 'attach-to-root',
  cycle: 'attach-to-root',
  'multiple-roots': 'add-root',
  'empty-id': 'drop',
  'case-mismatch': 'match-ignoring-case',
  'bad-value': 'clamp',
} as const;
