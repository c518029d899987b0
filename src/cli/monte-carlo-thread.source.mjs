// The Monte Carlo thread started from the TypeScript sources (tests, benchmarks): a worker thread does not
// inherit the test runner's loader, so it registers tsx itself, then runs monte-carlo-thread.ts. The
// shipped command line starts the bundled monte-carlo-thread.mjs instead (worker-pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./monte-carlo-thread.ts');
