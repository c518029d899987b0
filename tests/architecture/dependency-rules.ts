import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

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

/** Development-only folders: shipped code never imports them. */
const DEV_FOLDERS = ['bench', 'scripts', 'tests'];

export const LAYER_RULES: LayerRule[] = [
  {
    layer: 'src/core',
    forbiddenFolders: ['src/engine', 'src/backend', 'src/renderer', 'src/cli', 'electron', ...DEV_FOLDERS],
    forbiddenPackages: (s) => isNode(s) || isDom(s) || isElectron(s) || isNative(s),
    why: 'the org model runs anywhere: no DOM, no Node, no Electron',
  },
  {
    layer: 'src/engine',
    forbiddenFolders: ['src/backend', 'src/renderer', 'src/cli', 'electron', ...DEV_FOLDERS],
    forbiddenPackages: (s) => isNode(s) || isDom(s) || isElectron(s) || isNative(s),
    why: 'the engine runs in a Web Worker and in worker_threads: no DOM, no Node, no Electron',
  },
  {
    layer: 'src/backend',
    forbiddenFolders: ['src/renderer', 'src/cli', 'electron', ...DEV_FOLDERS],
    forbiddenPackages: (s) => isDom(s) || isElectron(s),
    why: 'the backend runs in plain Node for both transports',
  },
  {
    layer: 'src/renderer',
    forbiddenFolders: ['src/backend', 'src/cli', 'electron', ...DEV_FOLDERS],
    forbiddenPackages: (s) => isNode(s) || isElectron(s) || isNative(s),
    why: 'the UI reaches the backend only through the typed API',
  },
  {
    layer: 'src/cli',
    forbiddenFolders: ['src/renderer', 'electron', ...DEV_FOLDERS],
    forbiddenPackages: (s) => isDom(s) || isElectron(s),
    why: 'the command line is Node only',
  },
  {
    layer: 'electron',
    forbiddenFolders: ['src/renderer', 'src/cli', 'src/engine', ...DEV_FOLDERS],
    forbiddenPackages: isDom,
    why: 'the desktop shell imports the backend (and the core contract it speaks); the UI reaches it only through IPC',
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
  if (!rule) {
    violations.push({
      file,
      specifier: '',
      reason: `${file} is in no layer of docs/ARCHITECTURE.md (${LAYER_RULES.map((r) => r.layer).join(', ')})`,
    });
  }
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

/** One import of a module: what it names, and whether it brings in types only (erased at build). */
export interface ModuleImport {
  specifier: string;
  typeOnly: boolean;
}

/** Every static import, re-export and dynamic import of a source file, read from its syntax tree. */
export function moduleImports(file: string, source: string): ModuleImport[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false);
  const found: ModuleImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedAreTypes =
        !!bindings &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((e) => e.isTypeOnly);
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && allNamedAreTypes));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const allNamedAreTypes =
        !!clause &&
        ts.isNamedExports(clause) &&
        clause.elements.length > 0 &&
        clause.elements.every((e) => e.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || allNamedAreTypes });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const MODULE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.cts', '/index.ts', '/index.tsx'];

/** The file (repo-relative, '/' separators) a relative specifier names, if it is one of `files`. */
export function resolveImport(
  from: string,
  specifier: string,
  files: ReadonlySet<string>,
): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier).split(sep).join('/');
  const stem = base.replace(/\.(m|c)?js$/, '');
  for (const candidate of [base, ...MODULE_SUFFIXES.map((suffix) => stem + suffix)]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Import cycles between files (runtime imports; `import type` is erased and cannot form one), each as
 * the path that closes it: [a, b, c, a]. One cycle per strongly connected group of files, the shortest
 * through its first file.
 */
export function importCycles(sources: ReadonlyMap<string, string>): string[][] {
  const files = new Set(sources.keys());
  const edges = new Map<string, string[]>();
  for (const [file, source] of sources) {
    const targets = moduleImports(file, source)
      .filter((i) => !i.typeOnly)
      .map((i) => resolveImport(file, i.specifier, files))
      .filter((t): t is string => t !== undefined);
    edges.set(file, [...new Set(targets)].sort());
  }
  // Tarjan's strongly connected components, iteratively (no recursion limit on deep graphs).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  for (const root of [...files].sort()) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const out = edges.get(frame.node)!;
      if (frame.edge < out.length) {
        const to = out[frame.edge++];
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = edges.get(frame.node)!.includes(frame.node);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.map((component) => shortestCycle(component[0], new Set(component), edges));
}

/** The shortest path from start back to start inside one strongly connected group (breadth first). */
function shortestCycle(
  start: string,
  within: ReadonlySet<string>,
  edges: ReadonlyMap<string, string[]>,
): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let k = 0; k < queue.length; k++) {
    const at = queue[k];
    for (const to of edges.get(at)!) {
      if (!within.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (
          let node: string | undefined = at;
          node !== undefined && node !== start;
          node = previous.get(node)
        )
          path.unshift(node);
        return [start, ...path];
      }
      if (!previous.has(to)) {
        previous.set(to, at);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
