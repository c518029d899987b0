import type { CsvTable, ImportProblem, NotCsvKind } from './types';

/**
 * Files that are not CSV text, told apart from their first bytes, so that the import says "this is an
 * Excel workbook" instead of reading a zip archive as one garbled header ("0 rows, 0 columns"). Judged
 * on the same leading bytes as the encoding (decode.ts, SNIFF_BYTES), after a byte-order mark has been
 * ruled out, so a UTF-8 or UTF-16 CSV is never refused.
 */
export function sniffNotCsv(head: Uint8Array): NotCsvKind | undefined {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  const ascii = (from = 0) => String.fromCharCode(...head.subarray(from, Math.min(head.length, 1024)));
  // UTF-32 before UTF-16: FF FE 00 00 starts like a UTF-16 little-endian mark.
  if (starts(0xff, 0xfe, 0x00, 0x00) || starts(0x00, 0x00, 0xfe, 0xff)) return 'utf-32';
  if (starts(0xef, 0xbb, 0xbf) || starts(0xff, 0xfe) || starts(0xfe, 0xff)) return undefined;
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    // A zip archive: Office Open XML and OpenDocument files are zips; their first entries name them.
    const names = ascii();
    if (names.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (names.includes('xl/')) return 'xlsx';
    if (names.includes('word/')) return 'docx';
    return names.includes('[Content_Types].xml') ? 'xlsx' : 'zip';
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'xls';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38))
    return 'image';
  if (starts(0x1f, 0x8b) || starts(0x52, 0x61, 0x72, 0x21) || starts(0x37, 0x7a, 0xbc, 0xaf))
    return 'archive'; // gzip, rar, 7z
  const text = ascii().trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return 'html';
  if (text.startsWith('<?xml')) return 'xml';
  return undefined;
}

/**
 * Text with control characters a CSV never has (NUL, and C0 controls other than tab, line feed, form feed
 * and carriage return) in more than 1 in 50 characters of its first kilobyte, and at least 3: a binary file of another
 * kind. Run on decoded text, so a UTF-16 file (whose zero bytes are part of its letters) passes.
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 1024);
  if (head.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  }
  // At least three, so that one stray byte in a short file is left to the encoding warnings.
  return controls >= 3 && controls * 50 > head.length;
}

const WHAT: Record<NotCsvKind, string> = {
  xlsx: 'an Excel workbook (.xlsx)',
  xls: 'an Excel 97-2003 workbook (.xls) or another old Office file',
  ods: 'an OpenDocument spreadsheet (.ods)',
  docx: 'a Word document (.docx)',
  zip: 'a zip archive',
  pdf: 'a PDF document',
  html: 'a web page (HTML), as some systems save "Excel" exports',
  xml: 'an XML file (perhaps an Excel 2003 XML spreadsheet)',
  'utf-32': 'text in the UTF-32 encoding, which the import does not read',
  image: 'an image',
  archive: 'a compressed archive (gzip, rar or 7z)',
  binary: 'a binary file, not text',
};

/** The problem for a file that is not CSV text; the remedy (save it as CSV) is phrased by each medium. */
export function notCsvProblem(kind: NotCsvKind): ImportProblem {
  return {
    kind: 'not-csv',
    message: `the file is not CSV text: it looks like ${WHAT[kind]}`,
    rows: [],
    ids: [],
    severity: 'error',
    remedy: { kind: 'save-as-csv', from: kind },
  };
}

/**
 * The file-level problem that stops an import before any column is looked at: not CSV text (found while
 * reading), an empty file, blank lines only, or a header with no rows under it. Undefined when the file
 * has rows. The wizard stays on its first step with this problem; importTable reports it alone.
 */
export function fileProblem(table: CsvTable): ImportProblem | undefined {
  const notCsv = table.problems.find((p) => p.kind === 'not-csv');
  if (notCsv) return notCsv;
  if (table.rows.length > 0 || table.stopped) return undefined;
  const header = table.headers.length > 0;
  const message = header
    ? `the file has a header row (line ${table.headerLine}: ${table.headers.map((h) => JSON.stringify(h)).join(', ')}) but no rows under it`
    : table.bytes === 0
      ? 'the file is empty (0 bytes)'
      : 'the file has only blank lines';
  return {
    kind: 'no-rows',
    message,
    rows: header ? [table.headerLine] : [],
    ids: [],
    severity: 'error',
    remedy: { kind: 'add-rows', header },
  };
}
