import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The layers of docs/ARCHITECTURE.md and what each may not import. A rule names a layer by its folder
 * (relative to the repo root) and forbids other layers' folders and packages.
 */
export interface LayerRule {
  layer: string;
  forbiddenFolders: string[];
  forbiddenPackages: (specifier: string) => boolean;
  why: string;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isNode = (s: string) => s.startsWith('node:') || NODE_BUILTINS.has(s.split('/')[0]);
const isDom = (s: string) =>
  /^(react|react-dom|@xyflow\/|recharts|radix-ui|@radix-ui\/|lucide-react|zustand)(\/|$)/.test(s);
const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/');
const isNative = (s: string) => s === 'better-sqlite3';

export const LAYER_RULES: LayerRule[] = [
  {
    layer: 'src/core',
    forbiddenFolders: ['src/engine', 'src/backend', 'src/renderer', 'src/cli', 'electron'],
    forbiddenPackages: (s) => isNode(s) || isDom(s) || isElectron(s) || isNative(s),
    why: 'the org model runs anywhere: no DOM, no Node, no Electron',
  },
  {
    layer: 'src/engine',
    forbiddenFolders: ['src/backend', 'src/renderer', 'src/cli', 'electron'],
    forbiddenPackages: (s) => isNode(s) || isDom(s) || isElectron(s) || isNative(s),
    why: 'the engine runs in a Web Worker and in worker_threads: no DOM, no Node, no Electron',
  },
  {
    layer: 'src/backend',
    forbiddenFolders: ['src/renderer', 'src/cli', 'electron'],
    forbiddenPackages: (s) => isDom(s) || isElectron(s),
    why: 'the backend runs in plain Node for both transports',
  },
  {
    layer: 'src/renderer',
    forbiddenFolders: ['src/backend', 'src/cli', 'electron'],
    forbiddenPackages: (s) => isNode(s) || isElectron(s) || isNative(s),
    why: 'the UI reaches the backend only through the typed API',
  },
  {
    layer: 'src/cli',
    forbiddenFolders: ['src/renderer', 'electron'],
    forbiddenPackages: (s) => isDom(s) || isElectron(s),
    why: 'the command line is Node only',
  },
];

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?[\w*{}\s,]+?\s+from\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

export function importSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of withoutComments.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

/** Every rule a file (path relative to repoRoot, with '/' separators) breaks. */
export function checkFile(repoRoot: string, file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  const rule = LAYER_RULES.find((r) => file.startsWith(`${r.layer}/`));
  for (const specifier of importSpecifiers(source)) {
    if (specifier.startsWith('.')) {
      const target = relative(repoRoot, resolve(repoRoot, dirname(file), specifier))
        .split(sep)
        .join('/');
      if (!file.startsWith('electron/') && (target === 'electron' || target.startsWith('electron/'))) {
        violations.push({ file, specifier, reason: 'nothing imports electron/: it is the outermost shell' });
      }
      const folder = rule?.forbiddenFolders.find((f) => target === f || target.startsWith(`${f}/`));
      if (rule && folder)
        violations.push({ file, specifier, reason: `${rule.layer} may not import ${folder}: ${rule.why}` });
    } else if (rule?.forbiddenPackages(specifier)) {
      violations.push({
        file,
        specifier,
        reason: `${rule.layer} may not import "${specifier}": ${rule.why}`,
      });
    }
  }
  return violations;
}

export function repoPath(repoRoot: string, absolute: string): string {
  return relative(repoRoot, absolute).split(sep).join('/');
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
