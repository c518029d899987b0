/** The shipped validation scenario files are exactly what validation-builders.ts describes, and parse cleanly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../src/core/scenario/parse';
import { SCENARIO_DIR } from './load-scenario';
import { VALIDATION_FILES } from './validation-builders';
import { CLAIM_FILES } from './validation-claims';

describe('validation scenario files', () => {
  it.each(Object.entries({ ...VALIDATION_FILES, ...CLAIM_FILES }))(
    '%s matches its builder and parses without problems',
    (file, build) => {
      const text = readFileSync(join(SCENARIO_DIR, file), 'utf8');
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(build())));
      const parsed = parseScenarioJson(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.warnings).toEqual([]);
    },
  );
});
