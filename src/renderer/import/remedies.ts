import { saveAsCsvAdvice, type ImportField, type ImportProblem } from '../../core/csv-import';

/** The wizard's names of the fields, as its "Map columns" step labels them. */
export const FIELD_LABELS: Partial<Record<ImportField, string>> = {
  id: 'Id (required)',
  reportsTo: 'Manager id',
  title: 'Title',
  person: 'Person (first or full name)',
  lastName: 'Last name',
  team: 'Team size',
  department: 'Department',
  salary: 'Salary (annual)',
  icSalary: 'Team member salary',
  payFloor: 'Pay band floor',
  payCeiling: 'Pay band ceiling',
  fte: 'FTE (0 to 1)',
  grade: 'Grade',
  location: 'Location',
};

export const fieldLabel = (field: ImportField): string => FIELD_LABELS[field] ?? `Strength: ${field}`;

/** "the file is empty (0 bytes)" -> "The file is empty (0 bytes)." */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const first = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/**
 * What to do about a problem, in the app: the core report says what is wrong in neutral terms
 * (problem.remedy), and the wizard says where to click (the command line names its flags instead:
 * src/cli/import-remedy.ts). Undefined when the wizard asks in its own control (blank names).
 */
export function appRemedy(problem: ImportProblem): string | undefined {
  const remedy = problem.remedy;
  if (!remedy) return undefined;
  switch (remedy.kind) {
    case 'map-column':
      return `Go Back to “Map columns” and choose the column under “${fieldLabel(remedy.field)}”.`;
    case 'map-by-number':
      return `To use it, choose “column ${remedy.column}” for a field in “Map columns”.`;
    case 'limit':
      return remedy.limit === 'rows'
        ? `The import reads at most ${remedy.value.toLocaleString('en-US')} rows: export part of the org (one division, say), or split the file, and import each part.`
        : 'Export part of the org (one division, say), or only the columns needed, and import that file.';
    case 'save-as-csv':
      return sentence(`${saveAsCsvAdvice(remedy.from)}, then choose that file here`);
    case 'add-rows':
      return remedy.header
        ? 'Export the org again with its rows (check the export’s filters), then choose that file here.'
        : 'Check that this is the file the export wrote, or export it again, then choose it here.';
    case 'choose-blank-names':
      return undefined;
  }
}
