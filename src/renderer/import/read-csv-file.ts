import { CSV_CHUNK_BYTES, readCsvBytes, type CsvTable, type ImportLimits } from '../../core/csv-import';

/**
 * Reads a chosen file as bytes, a slice at a time, through the same core reader and decoder as the
 * command line (readCsvBytes: UTF-8 or UTF-16 by byte-order mark or zero bytes), so a file reads the same
 * in both. It yields to the browser between slices so the window stays responsive and progress can be
 * shown; the reader's own limits stop a huge file with a clear "too-large" problem instead of freezing.
 */
export async function readCsvFile(
  file: Blob,
  onProgress: (fraction: number) => void,
  limits: Partial<ImportLimits> = {},
  chunkBytes = CSV_CHUNK_BYTES,
): Promise<CsvTable> {
  async function* slices(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < file.size; at += chunkBytes) {
      const bytes = new Uint8Array(await file.slice(at, at + chunkBytes).arrayBuffer());
      onProgress(Math.min(1, (at + bytes.length) / file.size));
      yield bytes;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  const table = await readCsvBytes(slices(), limits);
  onProgress(1);
  return table;
}
