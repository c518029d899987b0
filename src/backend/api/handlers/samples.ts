import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectFileNameFor } from '../../paths/path-policy';
import { saveScenario } from '../../project/scenario-store';
import type { HandlerGroup } from '../handler-map';
import { opened } from './projects';

export const sampleHandlers: HandlerGroup<'samples.list' | 'samples.open'> = {
  'samples.list': (_request, { samples }) => samples.list(),

  /** A sample opens as a fresh project in the data folder, so the bundled original is never changed. */
  'samples.open': ({ sampleId }, context) => {
    const sample = context.samples.get(sampleId);
    mkdirSync(context.options.dataDir, { recursive: true });
    const path = freePath(context.options.dataDir, sample.name);
    const db = context.projects.create(path, sample.name);
    // One transaction: a crash while the sample is copied leaves a project with none of it, never half.
    db.transaction(() => {
      for (const scenario of sample.scenarios) saveScenario(db, scenario);
    })();
    return opened(path, context);
  },
};

function freePath(dir: string, name: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, projectFileNameFor(n === 1 ? name : `${name} ${n}`));
    if (!existsSync(path)) return path;
  }
}
