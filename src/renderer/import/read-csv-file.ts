import { createCsvReader, type CsvTable, type ImportLimits } from '../../core/csv-import';

/**
 * Reads a chosen file through the same streaming reader as the command line, chunk by chunk, yielding to
 * the browser between chunks so the window stays responsive and progress can be shown. The reader's own
 * limits stop a huge file with a clear "too-large" problem instead of freezing.
 */
export async function readCsvFile(
  file: Blob,
  onProgress: (fraction: number) => void,
  limits: Partial<ImportLimits> = {},
): Promise<CsvTable> {
  const reader = createCsvReader(limits);
  const chunks = file.stream().pipeThrough(new TextDecoderStream('utf-8')).getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await chunks.read();
    if (done) break;
    read += value.length;
    onProgress(file.size === 0 ? 1 : Math.min(1, read / file.size));
    if (!reader.feed(value)) {
      await chunks.cancel();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  onProgress(1);
  return reader.end();
}
