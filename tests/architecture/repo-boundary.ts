import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * The repository boundary: tests, benchmarks and scripts read only what is inside the repository, so
 * that `npm test` passes on a fresh clone. The checker reads each file's syntax tree and works out, as
 * far as it can without running it, every path the file builds:
 *
 * - `join(…)`, `resolve(…)`, `dirname(…)`, `fileURLToPath(…)` and `new URL(…, import.meta.url)` from an
 *   anchor inside the repository (`import.meta.dirname`, `import.meta.url`, `__dirname`, `process.cwd()`,
 *   or a constant built from one, in the file or imported from another), e.g.
 *   `join(REPO_ROOT, '..', 'shared')` or `resolve(import.meta.dirname, '../../../../shared')`;
 * - relative string literals such as `'../shared/fixtures/x.csv'` (given to a child process whose working
 *   directory is the repository, or to fs with the repository as cwd), resolved both from the
 *   repository root and from the file's folder.
 *
 * A path that leaves the repository is a violation. Paths that start outside it (`tmpdir()`, `/etc/…`)
 * are not this rule's business. A literal that deliberately names an outside path without reading it
 * (a path-traversal request that must be refused, an import specifier under test) is listed, with why,
 * as a `NotRead` exception.
 */
export interface NotRead {
  /** Repo-relative, with '/' separators. */
  file: string;
  /**
   * The literal exactly as written in the source, quotes included; none: every relative string literal
   * of the file (a file whose literals are specifiers, never paths). Paths it builds are still checked.
   */
  text?: string;
  why: string;
}

export interface BoundaryViolation {
  file: string;
  line: number;
  text: string;
  resolved: string;
}

type Value =
  | { kind: 'path'; path: string; fromRepo: boolean }
  | { kind: 'url'; url: URL }
  | { kind: 'text'; text: string };

const MODULE_EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '/index.ts'];

/** Names whose calls take a module specifier, which is resolved from the file, not read as data. */
const SPECIFIER_CALLS = new Set(['require', 'mock', 'doMock', 'unmock', 'importActual', 'importMock']);

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function isInside(repoRoot: string, path: string): boolean {
  const rel = relative(repoRoot, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

class FileAnalysis {
  readonly source: ts.SourceFile;
  readonly dir: string;
  private readonly constants = new Map<string, ts.Expression | null>();
  private readonly imported = new Map<string, { from: string; name: string }>();
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly checker: BoundaryChecker,
    readonly absolute: string,
    text: string,
  ) {
    this.dir = dirname(absolute);
    this.source = ts.createSourceFile(absolute, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        // A name declared twice (in two scopes) is not followed: its value depends on where it is read.
        const name = node.name.text;
        this.constants.set(name, this.constants.has(name) ? null : node.initializer);
      }
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const name = (element.propertyName ?? element.name).text;
            this.imported.set(element.name.text, { from: node.moduleSpecifier.text, name });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(this.source);
  }

  /** The value of an exported (or top-level) constant of this file, if it can be worked out. */
  constantValue(name: string): Value | undefined {
    if (this.evaluating.has(name)) return undefined;
    this.evaluating.add(name);
    try {
      const initializer = this.constants.get(name);
      if (initializer) return this.evaluate(initializer);
      const from = this.imported.get(name);
      if (from?.from.startsWith('.'))
        return this.checker.analysisOf(resolve(this.dir, from.from))?.constantValue(from.name);
      return undefined;
    } finally {
      this.evaluating.delete(name);
    }
  }

  evaluate(node: ts.Expression): Value | undefined {
    const repoRoot = this.checker.repoRoot;
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
      return this.evaluate(node.expression);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      return { kind: 'text', text: node.text };
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      let fromRepo = false;
      for (const [i, span] of node.templateSpans.entries()) {
        const value = this.evaluate(span.expression);
        if (!value || value.kind === 'url') return undefined;
        if (value.kind === 'path' && i === 0 && node.head.text === '') fromRepo = value.fromRepo;
        text += (value.kind === 'path' ? value.path : value.text) + span.literal.text;
      }
      return fromRepo ? { kind: 'path', path: resolve(text), fromRepo } : { kind: 'text', text };
    }
    if (ts.isIdentifier(node)) {
      if (node.text === '__dirname') return { kind: 'path', path: this.dir, fromRepo: true };
      if (node.text === '__filename') return { kind: 'path', path: this.absolute, fromRepo: true };
      return this.constantValue(node.text);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression)) {
      if (node.name.text === 'dirname') return { kind: 'path', path: this.dir, fromRepo: true };
      if (node.name.text === 'filename') return { kind: 'path', path: this.absolute, fromRepo: true };
      if (node.name.text === 'url') return { kind: 'url', url: pathToFileURL(this.absolute) };
      return undefined;
    }
    if (ts.isNewExpression(node) && calleeName(node.expression) === 'URL' && node.arguments?.length === 2) {
      const [spec, base] = node.arguments.map((a) => this.evaluate(a));
      if (spec?.kind === 'text' && base?.kind === 'url')
        return { kind: 'url', url: new URL(spec.text, base.url) };
      return undefined;
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const args = node.arguments.map((a) => this.evaluate(a));
      if (name === 'cwd') return { kind: 'path', path: repoRoot, fromRepo: true };
      if (name === 'fileURLToPath' && args[0]?.kind === 'url') {
        return { kind: 'path', path: fileURLToPath(args[0].url), fromRepo: true };
      }
      if (name === 'dirname' && args[0]?.kind === 'path') return { ...args[0], path: dirname(args[0].path) };
      if (name === 'join' || name === 'resolve') return this.joined(name, args);
    }
    return undefined;
  }

  /** join/resolve of the arguments up to the first unknown one: enough to see a climb out of the repo. */
  private joined(name: 'join' | 'resolve', args: (Value | undefined)[]): Value | undefined {
    const parts: string[] = [];
    for (const arg of args) {
      if (!arg || arg.kind === 'url') break;
      parts.push(arg.kind === 'path' ? arg.path : arg.text);
    }
    if (parts.length === 0) return undefined;
    const first = args[0];
    const fromRepo =
      (first?.kind === 'path' && first.fromRepo) ||
      (name === 'resolve' && first?.kind === 'text' && !isAbsolute(first.text));
    const path = name === 'resolve' ? resolve(this.checker.repoRoot, ...parts) : join(...parts);
    if (!isAbsolute(path)) return undefined;
    return { kind: 'path', path, fromRepo };
  }
}

export class BoundaryChecker {
  private readonly analyses = new Map<string, FileAnalysis | null>();

  /** `sources` (absolute path → text) overrides the disk, so the checker can run on files that do not exist. */
  constructor(
    readonly repoRoot: string,
    private readonly notRead: readonly NotRead[] = [],
    private readonly sources: Map<string, string> = new Map(),
  ) {}

  analysisOf(absoluteWithoutExtension: string): FileAnalysis | undefined {
    for (const extension of MODULE_EXTENSIONS) {
      const candidate = absoluteWithoutExtension + extension;
      if (this.analyses.has(candidate)) return this.analyses.get(candidate) ?? undefined;
      const text = this.sources.get(candidate) ?? (existsSync(candidate) ? safeRead(candidate) : undefined);
      if (text === undefined) continue;
      const analysis = new FileAnalysis(this, candidate, text);
      this.analyses.set(candidate, analysis);
      return analysis;
    }
    return undefined;
  }

  check(absolute: string): BoundaryViolation[] {
    const analysis = this.analysisOf(absolute);
    if (!analysis) throw new Error(`cannot read ${absolute}`);
    const { source } = analysis;
    const file = relative(this.repoRoot, absolute).split(sep).join('/');
    const violations: BoundaryViolation[] = [];
    const report = (node: ts.Node, resolved: string) => {
      const text = node.getText();
      if (this.notRead.some((n) => n.file === file && n.text === text)) return;
      violations.push({
        file,
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text,
        resolved,
      });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const name = calleeName(node.expression);
        if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
        if (name && SPECIFIER_CALLS.has(name)) return;
        if (name === 'join' || name === 'resolve' || name === 'URL' || name === 'fileURLToPath') {
          const value = analysis.evaluate(node);
          const path =
            value?.kind === 'url'
              ? value.url.protocol === 'file:'
                ? fileURLToPath(value.url)
                : undefined
              : value?.kind === 'path' && value.fromRepo
                ? value.path
                : undefined;
          if (path && !isInside(this.repoRoot, path)) {
            report(node, path);
            return;
          }
          // The literals of a path built from a known anchor were judged with it; those of one built
          // from an unknown anchor (a temp folder) are relative to that anchor, not to the repository.
          if (value || name === 'join' || name === 'resolve') {
            ts.forEachChild(node, (child) => {
              if (!(ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child))) visit(child);
            });
            return;
          }
        }
      }
      if (ts.isTemplateExpression(node)) {
        const value = analysis.evaluate(node);
        if (value?.kind === 'path' && value.fromRepo && !isInside(this.repoRoot, value.path)) {
          report(node, value.path);
          return;
        }
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const text = node.text;
        const literalsExempt = this.notRead.some((n) => n.file === file && n.text === undefined);
        if (!literalsExempt && (text === '..' || text.startsWith('../') || text.startsWith('..\\'))) {
          const escaped = [resolve(this.repoRoot, text), resolve(analysis.dir, text)].find(
            (p) => !isInside(this.repoRoot, p),
          );
          if (escaped) report(node, escaped);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return violations;
  }
}

function safeRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export const SCANNED_FOLDERS = ['tests', 'bench', 'scripts'];
export const SCANNED_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
