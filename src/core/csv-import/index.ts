/**
 * CSV import, shared by the command line (src/cli/import-csv.ts) and the app's import wizard. The steps,
 * each usable on its own: read (createCsvReader / readCsvText) -> preview (previewTable) -> map columns
 * (recogniseColumns, applyColumnOverrides) -> check, decide and build (importTable) -> report
 * (importReport, formatImportReport). See docs/CSV-IMPORT.md.
 */
export * from './types';
export {
  createCsvReader,
  readCsvBytes,
  readCsvBlob,
  readCsvChunks,
  readCsvText,
  guessDelimiter,
  CSV_CHUNK_BYTES,
  type CsvReader,
  type ByteFile,
  type ReadBlobOptions,
} from './reader';
export {
  createCsvDecoder,
  decodeCsvBytes,
  sniffEncoding,
  SNIFF_BYTES,
  type CsvDecoder,
  type CsvEncoding,
} from './decode';
export { previewTable, type CsvPreview } from './preview';
export { KNOWN_HEADERS, IMPORT_FIELDS, foldHeader, recogniseColumns, applyColumnOverrides } from './headers';
export {
  FIX_ACTIONS,
  parseFixArgs,
  isFixableKind,
  type FixableKind,
  type FixAction,
  type ImportFixes,
} from './fixes';
export { PLACEHOLDERS, isPlaceholder, isNotDisclosed, isVacantMark } from './records';
export { UNNAMED_PERSON, decideBlankNames, type BlankNames, type BlankNameAction } from './blank-names';
export { saveAsCsvAdvice } from './remedy';
export { fileProblem, notCsvProblem, sniffNotCsv, looksBinary } from './file-kind';
export { IMPORT_DEFAULTS, scenarioNameFromFile } from './build';
export { importTable, importCsvText, type ImportOptions, type ImportOutcome } from './import-table';
export { importReport, formatImportReport, pendingDecisions, type ImportReport } from './report';
