import type { NotCsvKind } from './types';

/**
 * How to turn a file that is not CSV text into one: the same advice in the command line and the app
 * (it happens outside both); each adds how to import the result in its own medium.
 */
export function saveAsCsvAdvice(kind: NotCsvKind): string {
  switch (kind) {
    case 'xlsx':
    case 'xls':
    case 'xml':
    case 'html':
      return 'open it in Excel and save it as CSV (File > Save As > "CSV UTF-8")';
    case 'ods':
      return 'open it in LibreOffice Calc and save it as CSV (File > Save As > "Text CSV", UTF-8)';
    case 'docx':
      return 'copy the table into a spreadsheet and save that as CSV';
    case 'pdf':
      return 'a PDF cannot be read back as a table: export the data again from the system it came from, as CSV';
    case 'utf-32':
      return 'save it again as UTF-8 (or UTF-16) text';
    case 'zip':
    case 'archive':
      return 'unpack it and use the CSV file inside';
    case 'image':
    case 'binary':
      return 'export the org chart from its system as CSV (one row per person or post, with a manager column)';
  }
}
