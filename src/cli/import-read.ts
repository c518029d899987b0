import { createReadStream } from 'node:fs';
import { CSV_CHUNK_BYTES, readCsvBytes, type CsvTable, type ImportLimits } from '../core/csv-import';

/**
 * The Node edge of the importer: streams a file's bytes from disk into the core's readCsvBytes, which
 * decodes them (UTF-8 or UTF-16, by byte-order mark or zero bytes) with the same decoder as the app's
 * wizard. The core stops pulling chunks as soon as a limit is reached, which ends its loop and closes
 * the file here, so a huge file costs no more than the limit.
 */
export async function readCsvFile(
  path: string,
  limits: Partial<ImportLimits>,
  chunkBytes = CSV_CHUNK_BYTES,
): Promise<CsvTable> {
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  try {
    return await readCsvBytes(stream as AsyncIterable<Buffer>, limits);
  } finally {
    stream.destroy();
  }
}
