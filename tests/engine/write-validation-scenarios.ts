/**
 * Writes resources/scenarios/v*.scenario.json from validation-builders.ts, formatted as the repo's
 * prettier check expects:  npx tsx tests/engine/write-validation-scenarios.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';
import { VALIDATION_FILES } from './validation-builders';
import { CLAIM_FILES } from './validation-claims';

const dir = join(import.meta.dirname, '../../resources/scenarios');
const options = (await prettier.resolveConfig(join(dir, 'x.json'))) ?? {};
for (const [name, build] of Object.entries({ ...VALIDATION_FILES, ...CLAIM_FILES })) {
  const text = await prettier.format(JSON.stringify(build(), null, 2), { ...options, parser: 'json' });
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${name}`);
}
