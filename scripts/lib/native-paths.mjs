import path from 'node:path';

/**
 * Where the Electron-ABI build of better-sqlite3 lives, apart from node_modules/better-sqlite3/build
 * (the Node-ABI build the tests load). electron/main/native-binding.ts reads the same path; a unit test
 * keeps the two in step.
 */
export function electronNativeDir(root, electronVersion) {
  return path.join(root, '.native', `electron-${electronVersion}`);
}

export function electronNativeBindingPath(root, electronVersion) {
  return path.join(electronNativeDir(root, electronVersion), 'better_sqlite3.node');
}
