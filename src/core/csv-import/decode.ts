/**
 * Bytes to text for the CSV importer: the one decoder behind both the command line
 * (src/cli/import-read.ts) and the app's import wizard (src/renderer/import/read-csv-file.ts), so the two
 * cannot read the same file differently. The pure core has no TextDecoder, so this is written out; it
 * follows the WHATWG Encoding standard's UTF-8 and UTF-16 decoders (what TextDecoder does), replacing
 * bytes that are not valid in the encoding with U+FFFD.
 *
 * The encoding is sniffed from the first bytes:
 * - a byte-order mark: EF BB BF is UTF-8, FF FE UTF-16 little-endian, FE FF UTF-16 big-endian;
 * - with no mark, zero bytes at odd positions (ASCII letters saved as UTF-16LE: "i\0d\0") or at even
 *   positions (UTF-16BE: "\0i\0d") in the first kilobyte mean UTF-16, as Excel's and PowerShell's
 *   "Unicode" exports have no mark at times;
 * - otherwise UTF-8.
 * A byte-order mark is kept in the text as U+FEFF, so the reader can report it.
 */

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

  const start = (bytes: Uint8Array, final: boolean): string => {
    head = concat(head!, bytes);
    if (head.length < SNIFF_BYTES && !final) return '';
    sniffed = sniffEncoding(head);
    decode = sniffed.encoding === 'utf-8' ? utf8Decoder() : utf16Decoder(sniffed.encoding === 'utf-16be');
    const all = head;
    head = null;
    return decode(all, final);
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

/** Collects UTF-16 code units and turns them into a string a slice at a time. */
class Units {
  private units: number[] = [];
  private text = '';
  add(unit: number) {
    this.units.push(unit);
    if (this.units.length >= 8192) this.flush();
  }
  take(): string {
    this.flush();
    const out = this.text;
    this.text = '';
    return out;
  }
  private flush() {
    if (this.units.length === 0) return;
    this.text += String.fromCharCode(...this.units);
    this.units = [];
  }
}

const REPLACEMENT = 0xfffd;

/** The WHATWG UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD. */
function utf8Decoder(): (bytes: Uint8Array, final: boolean) => string {
  let codePoint = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  const out = new Units();
  const emit = (cp: number) => {
    if (cp > 0xffff) {
      cp -= 0x10000;
      out.add(0xd800 + (cp >> 10));
      out.add(0xdc00 + (cp & 0x3ff));
    } else out.add(cp);
  };
  return (bytes, final) => {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (needed === 0) {
        if (byte <= 0x7f) out.add(byte);
        else if (byte >= 0xc2 && byte <= 0xdf) {
          needed = 1;
          codePoint = byte & 0x1f;
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) lower = 0xa0;
          if (byte === 0xed) upper = 0x9f;
          needed = 2;
          codePoint = byte & 0xf;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) lower = 0x90;
          if (byte === 0xf4) upper = 0x8f;
          needed = 3;
          codePoint = byte & 0x7;
        } else out.add(REPLACEMENT);
        continue;
      }
      if (byte < lower || byte > upper) {
        codePoint = needed = seen = 0;
        lower = 0x80;
        upper = 0xbf;
        out.add(REPLACEMENT);
        i--; // the byte starts over
        continue;
      }
      lower = 0x80;
      upper = 0xbf;
      codePoint = (codePoint << 6) | (byte & 0x3f);
      if (++seen === needed) {
        emit(codePoint);
        codePoint = needed = seen = 0;
      }
    }
    if (final && needed !== 0) {
      codePoint = needed = seen = 0;
      out.add(REPLACEMENT);
    }
    return out.take();
  };
}

/** The WHATWG UTF-16 decoder: a surrogate that is not half of a pair becomes U+FFFD. */
function utf16Decoder(bigEndian: boolean): (bytes: Uint8Array, final: boolean) => string {
  let leadByte = -1;
  let leadSurrogate = -1;
  const out = new Units();
  return (bytes, final) => {
    for (let i = 0; i < bytes.length; i++) {
      if (leadByte === -1) {
        leadByte = bytes[i];
        continue;
      }
      const unit = bigEndian ? (leadByte << 8) | bytes[i] : (bytes[i] << 8) | leadByte;
      leadByte = -1;
      if (leadSurrogate !== -1) {
        const lead = leadSurrogate;
        leadSurrogate = -1;
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          out.add(lead);
          out.add(unit);
          continue;
        }
        out.add(REPLACEMENT);
      }
      if (unit >= 0xd800 && unit <= 0xdbff) leadSurrogate = unit;
      else if (unit >= 0xdc00 && unit <= 0xdfff) out.add(REPLACEMENT);
      else out.add(unit);
    }
    if (final && (leadByte !== -1 || leadSurrogate !== -1)) {
      leadByte = leadSurrogate = -1;
      out.add(REPLACEMENT);
    }
    return out.take();
  };
}
