import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Facts about the installed Electron and better-sqlite3, read from their package files. Reading
 * node_modules/electron's package.json (not `import 'electron'`) matters: importing it would try to
 * download the Electron binary.
 */
export function readElectronInfo(root) {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  let abi = null;
  try {
    abi = readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim() || null;
  } catch {
    abi = null; // older Electron packages do not ship abi_version; the ABI check is then skipped
  }
  return { version, abi };
}

export function readBetterSqliteVersion(root) {
  const file = path.join(root, 'node_modules', 'better-sqlite3', 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}
