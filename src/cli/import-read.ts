import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { readCsvChunks, type CsvTable, type ImportLimits } from '../core/csv-import';

/**
 * The Node edge of the importer: streams a file from disk into the core reader, decoding bytes here
 * (the core has no TextDecoder). A UTF-8 byte-order mark is passed on as text so the core can report it;
 * a UTF-16 one switches the decoder. The core stops pulling chunks as soon as a limit is reached, which
 * ends the loop below and closes the file, so a huge file costs no more than the limit.
 */
export async function readCsvFile(path: string, limits: ImportLimits): Promise<CsvTable> {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    return await readCsvChunks(decode(stream as AsyncIterable<Buffer>), limits);
  } finally {
    stream.destroy();
  }
}

async function* decode(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  for await (const chunk of bytes) {
    decoder ??= new TextDecoder(encodingOf(chunk), { ignoreBOM: true });
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder !== undefined) yield decoder.decode();
}

function encodingOf(firstChunk: Buffer): string {
  if (firstChunk[0] === 0xff && firstChunk[1] === 0xfe) return 'utf-16le';
  if (firstChunk[0] === 0xfe && firstChunk[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
