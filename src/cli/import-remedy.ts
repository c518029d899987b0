import { FIX_ACTIONS, saveAsCsvAdvice, type ImportProblem } from '../core/csv-import';

/**
 * The command line's wording of what would settle a problem: the core report says what is wrong in
 * neutral terms (problem.remedy), and each medium says what to do in it (the wizard:
 * src/renderer/import/remedies.ts).
 */
export function cliRemedy(problem: ImportProblem): string | undefined {
  const remedy = problem.remedy;
  if (!remedy) return undefined;
  switch (remedy.kind) {
    case 'map-column':
      return `name it with --map ${remedy.field}=HEADER`;
    case 'map-by-number':
      return `use it with --map FIELD=#${remedy.column}`;
    case 'limit':
      return remedy.limit === 'rows'
        ? `raise the limit with --max-rows N, or split the file`
        : `raise the limit with --max-bytes N, or split the file`;
    case 'save-as-csv':
      return `${saveAsCsvAdvice(remedy.from)}, then run the import on that file`;
    case 'add-rows':
      return remedy.header
        ? 'export the org again with its rows (check the export’s filters), then run the import on that file'
        : 'check that this is the file the export wrote, or export it again';
    case 'choose-blank-names':
      return `choose with --blank-names ${Object.keys(FIX_ACTIONS['blank-name']).join('|')}`;
  }
}
