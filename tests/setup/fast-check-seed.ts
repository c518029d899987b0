import fc from 'fast-check';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

// Before each test file: every fc.assert of the run draws from the run's seed (fast-check-seed.global.ts),
// so a failing property replays with BALLAST_FC_SEED. The number of runs stays each property's own.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('fcSeed') });
