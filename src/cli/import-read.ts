import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { createCsvReader, type CsvTable, type ImportLimits } from '../core/csv-import';

/**
 * The Node edge of the importer: streams a file from disk into the core reader, decoding bytes here
 * (the core has no TextDecoder). A UTF-8 byte-order mark is passed on as text so the core can report it;
 * a UTF-16 one switches the decoder. Reading stops as soon as the core says a limit was reached, so a
 * huge file costs no more than the limit.
 */
export async function readCsvFile(path: string, limits: ImportLimits): Promise<CsvTable> {
  const reader = createCsvReader(limits);
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  let decoder: TextDecoder | undefined;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (decoder === undefined) decoder = new TextDecoder(encodingOf(chunk), { ignoreBOM: true });
      if (!reader.feed(decoder.decode(chunk, { stream: true }))) break;
    }
    if (!reader.stopped && decoder !== undefined) reader.feed(decoder.decode());
  } finally {
    stream.destroy();
  }
  return reader.end();
}

function encodingOf(firstChunk: Buffer): string {
  if (firstChunk[0] === 0xff && firstChunk[1] === 0xfe) return 'utf-16le';
  if (firstChunk[0] === 0xfe && firstChunk[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
