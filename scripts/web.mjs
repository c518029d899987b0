// `npm run web`: build the UI, then serve it and the API from Node on 127.0.0.1.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const serve = spawnSync(npx, ['tsx', 'src/cli/web.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(serve.status ?? 1);
