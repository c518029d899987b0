/** Writes resources/scenarios/v*.scenario.json from validation-builders.ts (run with npx tsx). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALIDATION_FILES } from './validation-builders';

const dir = join(import.meta.dirname, '../../resources/scenarios');
for (const [name, build] of Object.entries(VALIDATION_FILES)) {
  writeFileSync(join(dir, name), JSON.stringify(build(), null, 2) + '\n');
  console.log(`wrote ${name}`);
}
