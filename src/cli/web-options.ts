import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WebCliOptions {
  port: number;
  dataDir: string;
  stateDir: string;
  staticDir: string;
}

export class UsageError extends Error {}

const USAGE = 'usage: npm run web -- [--port N] [--data DIR] [--state DIR]';

/** Parses `npm run web` arguments; defaults: a free port and a Ballast folder in the user's documents. */
export function parseWebArgs(argv: string[], repoRoot: string, home = homedir()): WebCliOptions {
  const options: WebCliOptions = {
    port: 0,
    dataDir: join(home, 'Documents', 'Ballast'),
    stateDir: join(home, '.config', 'ballast'),
    staticDir: join(repoRoot, 'out', 'renderer'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const needValue = () => {
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${flag} needs a value. ${USAGE}`);
      i++;
      return value;
    };
    switch (flag) {
      case '--port': {
        const raw = needValue();
        const port = Number(raw);
        if (!/^\d+$/.test(raw) || port > 65535) {
          throw new UsageError(`--port must be a whole number from 0 to 65535, not "${raw}".`);
        }
        options.port = port;
        break;
      }
      case '--data':
        options.dataDir = resolve(needValue());
        break;
      case '--state':
        options.stateDir = resolve(needValue());
        break;
      case '--static':
        options.staticDir = resolve(needValue());
        break;
      default:
        throw new UsageError(`Unknown argument "${flag}". ${USAGE}`);
    }
  }
  return options;
}
