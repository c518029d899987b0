import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/backend';
import { startWebServer } from '../backend/transport/http-server';
import { UsageError, parseWebArgs } from './web-options';

// Browser mode: the same backend and UI as the desktop app, over HTTP on 127.0.0.1.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const options = parseWebArgs(process.argv.slice(2), repoRoot);
  if (!existsSync(join(options.staticDir, 'index.html'))) {
    throw new UsageError(
      `The UI is not built (${options.staticDir} has no index.html). Run \`npm run web\`, which builds it first.`,
    );
  }
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const backend = createBackend({
    transport: 'web',
    dataDir: options.dataDir,
    stateDir: options.stateDir,
    samplesDir: join(repoRoot, 'resources', 'samples'),
    version,
    // A room session (started from the UI) serves the same built UI to participants.
    staticDir: options.staticDir,
  });
  const server = await startWebServer({
    dispatch: backend.dispatch,
    staticDir: options.staticDir,
    secret: randomBytes(24).toString('base64url'),
    port: options.port,
  });
  console.log(`Ballast is running in browser mode. Projects are kept in ${options.dataDir}`);
  console.log(`Open: ${server.url}`);
  const stop = async () => {
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(2);
});
