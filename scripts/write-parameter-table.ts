/**
 * Writes the parameter table at the end of docs/MODEL.md from src/core/scenario/parameter-table.ts (the
 * rows between the parameters markers), so the document never lags the code:
 *   npx tsx scripts/write-parameter-table.ts   (then npx prettier --write docs/MODEL.md)
 * tests/engine/parameters.test.ts checks the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARAMETER_TABLE } from '../src/core/scenario/parameter-table';

const path = join(import.meta.dirname, '../docs/MODEL.md');
const doc = readFileSync(path, 'utf8');
const start = doc.indexOf('\n', doc.indexOf('<!-- parameters:start')) + 1;
const end = doc.indexOf('<!-- parameters:end');
const rows = PARAMETER_TABLE.map(
  (p) =>
    `| \`${p.name}\` | ${p.label} | ${p.default} | ${p.min} to ${p.max} | ${p.unit} | ${p.equation} | ${p.basis} |`,
);
const table = [
  '| name | meaning | default | allowed range | unit | equation | basis |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
writeFileSync(path, `${doc.slice(0, start)}\n${table}\n\n${doc.slice(end)}`);
console.log(`wrote ${rows.length} parameter rows to docs/MODEL.md`);
