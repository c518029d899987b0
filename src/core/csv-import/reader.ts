import Papa from 'papaparse';
import { DEFAULT_LIMITS, type CsvRow, type CsvTable, type ImportLimits, type ImportProblem } from './types';
import { createCsvDecoder } from './decode';
import { notCsvProblem } from './file-kind';
import { utf8ByteLength } from './utf8';
import { formatLines, plural } from './words';

/**
 * Step (a): reads CSV text fed in chunks, as it arrives from a stream or a file picker, without holding
 * more than one unfinished row beyond the rows already read. Papaparse's core parser does the quoting
 * rules; this wrapper adds what an HR export needs: line numbers of every row (the header is line 1, and a
 * quoted field with line breaks makes a row span several lines), limits on bytes and rows that stop
 * reading with a clear problem, and warnings about encoding trouble (byte-order mark, CR LF or CR line
 * endings, U+FFFD replacement characters), malformed quotes, ragged rows and empty headers.
 *
 * Text is expected already decoded: files are read as bytes through readCsvBytes below, which decodes
 * them with the one decoder (./decode), keeping a byte-order mark so that it can be reported.
 */
export interface CsvReader {
  /** Adds a chunk of text. Returns false once a limit has stopped reading (further chunks are ignored). */
  feed(chunk: string): boolean;
  /** Finishes reading and returns the table with every problem found. */
  end(): CsvTable;
  readonly stopped: boolean;
}

const DELIMITERS = [',', ';', '\t', '|'];
/** Papaparse re-reads the unfinished tail on every chunk; waiting for it to double keeps that linear. */
const MIN_TAIL_RETRY = 64 * 1024;

export function createCsvReader(limits: Partial<ImportLimits> = {}): CsvReader {
  const { maxBytes, maxRows } = { ...DEFAULT_LIMITS, ...limits };
  let bytes = 0;
  let started = false;
  let bom = false;
  let heldCR = false;
  let sawCRLF = false;
  let sawLoneCR = false;
  let buffer = '';
  let retryAt = 0;
  let parser: Papa.Parser | null = null;
  let delimiter = ',';
  let headers: string[] | null = null;
  let headerLine = 1;
  let nextLine = 1;
  let stopped = false;
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  const replacementLines: number[] = [];
  const quoteLines: number[] = [];
  const raggedLines: number[] = [];

  const stop = (message: string, line: number, limit: 'bytes' | 'rows') => {
    stopped = true;
    buffer = '';
    problems.push({
      kind: 'too-large',
      message,
      rows: [line],
      ids: [],
      severity: 'error',
      remedy: { kind: 'limit', limit, value: limit === 'bytes' ? maxBytes : maxRows },
    });
  };

  /** Line endings become "\n" so line numbers are simple to count and papaparse sees one style. */
  const normalise = (chunk: string): string => {
    let text = (heldCR ? '\r' : '') + chunk;
    heldCR = text.endsWith('\r');
    if (heldCR) text = text.slice(0, -1); // it may be the first half of a CR LF split across chunks
    if (text.includes('\r\n')) {
      sawCRLF = true;
      text = text.replace(/\r\n/g, '\n');
    }
    if (text.includes('\r')) {
      sawLoneCR = true;
      text = text.replace(/\r/g, '\n');
    }
    return text;
  };

  const startParser = () => {
    delimiter = guessDelimiter(buffer);
    parser = new Papa.Parser({ delimiter, newline: '\n' });
  };

  const take = (row: string[], errorsInRow: boolean) => {
    const line = nextLine;
    for (const cell of row)
      for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) nextLine++;
    nextLine++;
    if (errorsInRow) quoteLines.push(line);
    if (row.length === 1 && row[0].trim() === '') return; // a blank line
    if (row.some((cell) => cell.includes('\uFFFD'))) replacementLines.push(line);
    if (headers === null) {
      headers = row;
      headerLine = line;
      return;
    }
    if (rows.length >= maxRows) {
      stop(
        `the file has more than ${maxRows.toLocaleString('en-US')} rows, the import limit; reading stopped at line ${line}`,
        line,
        'rows',
      );
      return;
    }
    if (row.length !== headers.length) raggedLines.push(line);
    rows.push({ line, cells: row });
  };

  const parse = (final: boolean) => {
    if (parser === null) startParser();
    const result = parser!.parse(buffer, 0, !final) as {
      data: string[][];
      errors: { row: number }[];
      meta: { cursor: number };
    };
    const badRows = new Set(result.errors.map((e) => e.row));
    result.data.forEach((row, i) => {
      if (!stopped) take(row, badRows.has(i));
    });
    if (stopped) return;
    buffer = final ? '' : buffer.slice(result.meta.cursor);
    retryAt = result.data.length === 0 ? Math.max(MIN_TAIL_RETRY, buffer.length * 2) : 0;
  };

  return {
    get stopped() {
      return stopped;
    },
    feed(chunk) {
      if (stopped) return false;
      bytes += utf8ByteLength(chunk);
      if (bytes > maxBytes) {
        stop(
          `the file is larger than ${formatBytes(maxBytes)}, the import limit; reading stopped near line ${nextLine}`,
          nextLine,
          'bytes',
        );
        return false;
      }
      if (!started) {
        started = true;
        if (chunk.startsWith('\uFEFF')) {
          bom = true;
          chunk = chunk.slice(1);
        }
      }
      buffer += normalise(chunk);
      if (!buffer.includes('\n') || buffer.length < retryAt) return true;
      parse(false);
      return !stopped;
    },
    end() {
      if (!stopped) {
        if (heldCR) {
          sawLoneCR = true;
          buffer += '\n';
          heldCR = false;
        }
        if (buffer !== '') parse(true);
      }
      return {
        headers: headers ?? [],
        headerLine,
        rows,
        problems: [...readingProblems(), ...problems],
        stopped,
        delimiter,
        bytes,
      };
    },
  };

  function readingProblems(): ImportProblem[] {
    const out: ImportProblem[] = [];
    const warn = (
      kind: ImportProblem['kind'],
      message: string,
      lines: number[] = [],
      remedy?: ImportProblem['remedy'],
    ) =>
      out.push({ kind, message, rows: lines, ids: [], severity: 'warning', ...(remedy ? { remedy } : {}) });
    if (bom) warn('encoding', 'the file starts with a byte-order mark (U+FEFF); it was ignored', [1]);
    if (sawCRLF)
      warn('encoding', 'the file uses Windows line endings (CR LF); they were read as ordinary line breaks');
    if (sawLoneCR)
      warn(
        'encoding',
        'the file has line breaks made of a bare CR (old Mac style); they were read as ordinary line breaks',
      );
    if (replacementLines.length > 0) {
      warn(
        'encoding',
        `${plural(replacementLines.length, 'line')} (${formatLines(replacementLines)}) ${replacementLines.length === 1 ? 'contains' : 'contain'} the replacement character U+FFFD: bytes that were not valid UTF-8, perhaps because the file was saved as Windows-1252 or Latin-1. They are kept as "\uFFFD"; export the file as UTF-8 to keep those letters`,
        replacementLines,
      );
    }
    if (quoteLines.length > 0) {
      warn(
        'bad-value',
        `malformed quotes on ${formatLines(quoteLines)}; the fields of those rows may be split wrongly (a quote that is never closed swallows the lines after it)`,
        quoteLines,
      );
    }
    if (headers !== null) {
      const width = (headers as string[]).length;
      if (raggedLines.length > 0) {
        warn(
          'bad-value',
          `${plural(raggedLines.length, 'row')} (${formatLines(raggedLines)}) ${raggedLines.length === 1 ? 'does' : 'do'} not have ${width} fields like the header; missing fields are read as empty and extra ones ignored`,
          raggedLines,
        );
      }
      const seen = new Map<string, number>();
      (headers as string[]).forEach((header, i) => {
        const name = header.trim();
        if (name === '') {
          warn(
            'bad-value',
            `column ${i + 1} has an empty header; it is used only when chosen by its number`,
            [headerLine],
            { kind: 'map-by-number', column: i + 1 },
          );
        } else if (seen.has(name)) {
          warn(
            'bad-value',
            `columns ${seen.get(name)! + 1} and ${i + 1} share the header "${name}"; the first is used unless the other is chosen by its number`,
            [headerLine],
            { kind: 'map-by-number', column: i + 1 },
          );
        } else seen.set(name, i);
      });
    }
    return out;
  }
}

/**
 * Reads decoded chunks from any (async) iterable — a Node stream mapped through a decoder, a browser
 * File's stream piped through TextDecoderStream — and stops pulling as soon as a limit is reached.
 */
export async function readCsvChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  limits: Partial<ImportLimits> = {},
): Promise<CsvTable> {
  const reader = createCsvReader(limits);
  for await (const chunk of chunks) if (!reader.feed(chunk)) break;
  return reader.end();
}

/** How many bytes the command line and the app's wizard read at a time, so they read alike. */
export const CSV_CHUNK_BYTES = 64 * 1024;

/**
 * Reads a file's bytes, in chunks of any size, through the one decoder (./decode: byte-order mark or
 * zero-byte sniffing, UTF-8 or UTF-16) and the reader. The command line and the app's wizard both read
 * files this way, so the same bytes become the same table in both. Stops pulling chunks as soon as a
 * limit is reached.
 */
export async function readCsvBytes(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limits: Partial<ImportLimits> = {},
): Promise<CsvTable> {
  const decoder = createCsvDecoder();
  const reader = createCsvReader(limits);
  let open = true;
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    const text = decoder.push(chunk);
    // A workbook, a PDF or other binary data is not read any further: it is explained instead.
    if (decoder.notCsv !== undefined) break;
    if (text !== '' && !reader.feed(text)) {
      open = false;
      break;
    }
  }
  if (open && decoder.notCsv === undefined) {
    const rest = decoder.end();
    if (decoder.notCsv === undefined && rest !== '') reader.feed(rest);
  }
  if (decoder.notCsv !== undefined) {
    return {
      headers: [],
      headerLine: 1,
      rows: [],
      problems: [notCsvProblem(decoder.notCsv)],
      stopped: true,
      delimiter: ',',
      bytes,
    };
  }
  const table = reader.end();
  if (decoder.detectedBy === 'zero-bytes') {
    const order = decoder.encoding === 'utf-16be' ? 'big-endian' : 'little-endian';
    table.problems.unshift({
      kind: 'encoding',
      message: `the file has no byte-order mark, but its zero bytes show it is UTF-16 (${order}); it was read as such`,
      rows: [],
      ids: [],
      severity: 'warning',
    });
  }
  return table;
}

/** A file the app was handed (a browser Blob or File): its size and its bytes, a slice at a time. */
export interface ByteFile {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface ReadBlobOptions {
  limits?: Partial<ImportLimits>;
  chunkBytes?: number;
  /** Told the share of the file read so far, after each slice and 1 at the end. */
  onProgress?(fraction: number): void;
  /** Awaited after each slice: the app yields to the browser there so the window stays responsive. */
  pause?(): Promise<void>;
}

/**
 * The app's wizard's reading: the file's bytes a slice at a time into readCsvBytes, the same decoder and
 * reader as the command line's. Here in core so that tests can hold it against the command line's.
 */
export async function readCsvBlob(file: ByteFile, options: ReadBlobOptions = {}): Promise<CsvTable> {
  const { limits = {}, chunkBytes = CSV_CHUNK_BYTES, onProgress, pause } = options;
  async function* slices(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < file.size; at += chunkBytes) {
      const bytes = new Uint8Array(await file.slice(at, at + chunkBytes).arrayBuffer());
      onProgress?.(Math.min(1, (at + bytes.length) / file.size));
      yield bytes;
      if (pause) await pause();
    }
  }
  const table = await readCsvBytes(slices(), limits);
  onProgress?.(1);
  return table;
}

/** Reads a whole text at once (the wizard's preview of a small file, tests). */
export function readCsvText(text: string, limits: Partial<ImportLimits> = {}): CsvTable {
  const reader = createCsvReader(limits);
  reader.feed(text);
  return reader.end();
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * The delimiter is the candidate found most often outside quotes in the first non-blank line (the
 * header), so a semicolon export from a European spreadsheet reads as well as a comma one.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '\n' && !inQuotes) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    if (char.trim() !== '') seenContent = true;
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}
