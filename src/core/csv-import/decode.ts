/**
 * Bytes to text for the CSV importer: the one decoder behind both the command line
 * (src/cli/import-read.ts) and the app's import wizard (src/renderer/import/read-csv-file.ts), so the two
 * cannot read the same file differently. The decoding itself is the WHATWG Encoding standard's
 * TextDecoder, which every runtime the core runs in has (browsers, workers, Node); it replaces bytes that
 * are not valid in the encoding with U+FFFD.
 *
 * The encoding is sniffed from the first bytes:
 * - a byte-order mark: EF BB BF is UTF-8, FF FE UTF-16 little-endian, FE FF UTF-16 big-endian;
 * - with no mark, zero bytes at odd positions (ASCII letters saved as UTF-16LE: "i\0d\0") or at even
 *   positions (UTF-16BE: "\0i\0d") in the first kilobyte mean UTF-16, as Excel's and PowerShell's
 *   "Unicode" exports have no mark at times;
 * - otherwise UTF-8.
 * A byte-order mark is kept in the text as U+FEFF, so the reader can report it.
 */

import { looksBinary, sniffNotCsv } from './file-kind';
import type { NotCsvKind } from './types';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface CsvDecoder {
  /** Decodes the next bytes; an unfinished character at the end is held for the next call. */
  push(bytes: Uint8Array): string;
  /** Decodes what is left (an unfinished character becomes U+FFFD). */
  end(): string;
  /** The encoding, once the first bytes have been seen (undefined before). */
  readonly encoding: CsvEncoding | undefined;
  /** How it was chosen: a byte-order mark, the pattern of zero bytes, or neither (UTF-8). */
  readonly detectedBy: 'bom' | 'zero-bytes' | 'default' | undefined;
  /**
   * Set when the first bytes show the file is not CSV text (a workbook, a PDF, binary data; see
   * file-kind.ts): the reader then stops and explains instead of reading it.
   */
  readonly notCsv: NotCsvKind | undefined;
}

/** How many leading bytes the zero-byte pattern is judged on. */
export const SNIFF_BYTES = 1024;

export interface SniffResult {
  encoding: CsvEncoding;
  detectedBy: 'bom' | 'zero-bytes' | 'default';
}

/** The encoding of a file from its first bytes (all of them when it is shorter than SNIFF_BYTES). */
export function sniffEncoding(head: Uint8Array): SniffResult {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', detectedBy: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', detectedBy: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', detectedBy: 'bom' };
  const pairs = Math.floor(Math.min(head.length, SNIFF_BYTES) / 2);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  // A quarter of the pairs is far more zeros than any text file saved as UTF-8 has, and well below the
  // share of ASCII (digits, commas, line breaks) in a UTF-16 CSV, even one of names in Chinese.
  if (pairs > 0 && oddZeros * 4 >= pairs && evenZeros * 4 <= oddZeros)
    return { encoding: 'utf-16le', detectedBy: 'zero-bytes' };
  if (pairs > 0 && evenZeros * 4 >= pairs && oddZeros * 4 <= evenZeros)
    return { encoding: 'utf-16be', detectedBy: 'zero-bytes' };
  return { encoding: 'utf-8', detectedBy: 'default' };
}

/** A streaming decoder: feed it a file's bytes in chunks of any size. */
export function createCsvDecoder(): CsvDecoder {
  let head: Uint8Array | null = new Uint8Array(0);
  let sniffed: SniffResult | undefined;
  let decode: ((bytes: Uint8Array, final: boolean) => string) | undefined;
  let notCsv: NotCsvKind | undefined;

  const start = (bytes: Uint8Array, final: boolean): string => {
    head = concat(head!, bytes);
    if (head.length < SNIFF_BYTES && !final) return '';
    notCsv = sniffNotCsv(head);
    sniffed = sniffEncoding(head);
    decode = textDecoder(sniffed.encoding);
    const all = head;
    head = null;
    const text = decode(all, final);
    if (notCsv === undefined && looksBinary(text)) notCsv = 'binary';
    return text;
  };

  return {
    push: (bytes) => (decode ? decode(bytes, false) : start(bytes, false)),
    end: () => (decode ? decode(new Uint8Array(0), true) : start(new Uint8Array(0), true)),
    get encoding() {
      return sniffed?.encoding;
    },
    get detectedBy() {
      return sniffed?.detectedBy;
    },
    get notCsv() {
      return notCsv;
    },
  };
}

/** A whole file's bytes as text. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const decoder = createCsvDecoder();
  return decoder.push(bytes) + decoder.end();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * The platform's TextDecoder, typed here: the pure core is compiled without the DOM's or Node's
 * declarations, though every runtime it runs in has this WHATWG global.
 */
interface StreamingTextDecoder {
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}
const TextDecoderClass = (
  globalThis as unknown as {
    TextDecoder: new (label: string, options: { ignoreBOM: boolean }) => StreamingTextDecoder;
  }
).TextDecoder;

function textDecoder(encoding: CsvEncoding): (bytes: Uint8Array, final: boolean) => string {
  // ignoreBOM keeps a byte-order mark in the text as U+FEFF, so the reader can report it.
  const decoder = new TextDecoderClass(encoding, { ignoreBOM: true });
  return (bytes, final) => decoder.decode(bytes, { stream: !final });
}
