import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SampleInfo } from '../../core/api/contract';
import { ApiFailure } from '../../core/api/errors';
import { parseScenario } from '../../core/scenario/parse';
import type { Scenario } from '../../core/scenario/types';

const SAMPLE_SUFFIX = '.sample.json';

const sampleFile = z.object({
  format: z.literal('ballast.sample'),
  id: z.string().min(1),
  name: z.string().min(1),
  audience: z.string(),
  description: z.string(),
  scenarios: z.array(z.unknown()).min(1),
});

export interface Sample extends SampleInfo {
  scenarios: Scenario[];
}

/**
 * The bundled sample projects in resources/samples: each a file of scenarios in format v1, so they are
 * readable, diffable and checked by the same parser as any user's file.
 */
export class SampleLibrary {
  /**
   * Samples already read and checked. They are read-only resources, so each is parsed once, not at every
   * listing of the start screen; a malformed one is not kept, and fails again each time it is asked for.
   */
  private readonly checked = new Map<string, Sample>();

  constructor(private readonly samplesDir: string) {}

  list(): SampleInfo[] {
    return this.fileNames().map((file) => {
      const { scenarios: _scenarios, ...info } = this.read(file);
      return info;
    });
  }

  get(sampleId: string): Sample {
    const file = this.fileNames().find((name) => name === `${sampleId}${SAMPLE_SUFFIX}`);
    if (!file) throw new ApiFailure('not-found', `There is no bundled sample called "${sampleId}".`);
    return this.read(file);
  }

  private fileNames(): string[] {
    try {
      return readdirSync(this.samplesDir)
        .filter((name) => name.endsWith(SAMPLE_SUFFIX))
        .sort();
    } catch {
      return [];
    }
  }

  private read(file: string): Sample {
    let sample = this.checked.get(file);
    if (!sample) {
      sample = this.parse(file);
      this.checked.set(file, sample);
    }
    return sample;
  }

  private parse(file: string): Sample {
    const where = join(this.samplesDir, file);
    const header = sampleFile.safeParse(JSON.parse(readFileSync(where, 'utf8')));
    if (!header.success) throw new ApiFailure('internal', `The bundled sample ${file} is malformed.`);
    const scenarios = header.data.scenarios.map((raw, index) => {
      const parsed = parseScenario(raw);
      if (!parsed.ok) {
        throw new ApiFailure(
          'internal',
          `Scenario ${index + 1} of the bundled sample ${file} is invalid.`,
          parsed.problems,
        );
      }
      return parsed.value;
    });
    const { format: _format, ...info } = header.data;
    return { ...info, scenarioCount: scenarios.length, scenarios };
  }
}
