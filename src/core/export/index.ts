/** Exports that need no DOM and no Node: scenario JSON (format v1) and the roles CSV. */
export { exportScenarioJson, scenarioExportFileName } from './scenario-json';
export { exportRolesCsv, ROLES_CSV_HEADERS } from './roles-csv';
export { csvCell, csvLines, neutraliseFormula, quoteCsvField } from './csv-cell';
export { safeFileName, safeBaseName, MAX_BASE_LENGTH } from './file-name';
export { chartSvg, escapeXml, type CardOutcome, type ChartSvgOptions } from './chart-svg';
