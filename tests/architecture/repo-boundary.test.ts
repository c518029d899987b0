import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './dependency-rules';
import { BoundaryChecker, SCANNED_FILE, SCANNED_FOLDERS, type NotRead } from './repo-boundary';

const TRAVERSAL = 'a path-traversal request that the code under test must refuse; never read';
const SPECIFIER = 'import specifiers given to the dependency checker as text, resolved from src/; never read';
const SELF = "the checker's own test for a climb out of the repository";
/** Literals that name a path outside the repository on purpose, without reading it. */
const NOT_READ: NotRead[] = [
  { file: 'tests/backend/api-handlers.test.ts', text: "'../outside.ballast'", why: TRAVERSAL },
  { file: 'tests/backend/http-server.test.ts', text: "'../../etc/passwd.ballast'", why: TRAVERSAL },
  { file: 'tests/backend/project-files.test.ts', text: "'../../data/Careful.ballast'", why: TRAVERSAL },
  { file: 'tests/electron/single-instance.test.ts', text: "'../../etc'", why: TRAVERSAL },
  { file: 'tests/core/export/file-name.test.ts', text: "'../../etc/passwd'", why: TRAVERSAL },
  { file: 'tests/architecture/dependency-rules.test.ts', why: SPECIFIER },
  { file: 'tests/architecture/repo-boundary.ts', text: "'..'", why: SELF },
  { file: 'tests/architecture/repo-boundary.ts', text: "'../'", why: SELF },
  { file: 'tests/architecture/repo-boundary.ts', text: "'..\\\\'", why: SELF },
  {
    file: 'tests/architecture/repo-boundary.test.ts',
    text: "join(REPO_ROOT, '..', 'shared', 'orgcharts')",
    why: SELF,
  },
];

function scannedFiles(): string[] {
  const inFolders = SCANNED_FOLDERS.flatMap((folder) =>
    readdirSync(join(REPO_ROOT, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && SCANNED_FILE.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  const configs = readdirSync(REPO_ROOT)
    .filter((name) => /\.config\.(ts|mts|js|mjs)$/.test(name))
    .map((name) => join(REPO_ROOT, name));
  return [...inFolders, ...configs];
}

/** Runs the checker on one made-up file (and the files it imports), none of them on disk. */
function violationsOf(file: string, text: string, others: Record<string, string> = {}) {
  const sources = new Map(
    Object.entries({ [file]: text, ...others }).map(([name, source]) => [join(REPO_ROOT, name), source]),
  );
  return new BoundaryChecker(REPO_ROOT, [], sources).check(join(REPO_ROOT, file));
}

describe('tests, benchmarks and scripts read nothing outside the repository', () => {
  it('holds for every file of tests/, bench/, scripts/ and the configs', () => {
    const files = scannedFiles();
    expect(files.length).toBeGreaterThan(100);
    const checker = new BoundaryChecker(REPO_ROOT, NOT_READ);
    const violations = files.flatMap((file) => checker.check(file));
    expect(violations).toEqual([]);
  });

  // The checker on files that break the rule: proof that the test above can fail.
  it.each([
    ['a path joined from the repo root', "const F = join(REPO_ROOT, '..', 'shared', 'fixtures');"],
    ['a path resolved from the file', "readFileSync(resolve(import.meta.dirname, '../../../shared/x.csv'));"],
    [
      'a folder climbed from the file',
      "const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');",
    ],
    ['a URL from the file', "readFileSync(new URL('../../../shared/x.csv', import.meta.url));"],
    [
      'a relative argument to a CLI run in the repo',
      "await cli(['../shared/fixtures/x.csv', '--out', out]);",
    ],
    ['a template literal', 'readFileSync(`${REPO_ROOT}/../shared/x.csv`);'],
    ['a resolved relative path', "readFileSync(resolve('../shared/x.csv'));"],
  ])('flags %s', (_, line) => {
    const text = `const REPO_ROOT = join(import.meta.dirname, '..', '..');\n${line}\n`;
    expect(violationsOf('tests/cli/sneaky.test.ts', text)).toHaveLength(1);
  });

  it('follows a root imported from another file', () => {
    const violations = violationsOf(
      'tests/e2e/sneaky.test.ts',
      "import { REPO_ROOT } from './helpers/root';\nconst F = join(REPO_ROOT, '..', 'shared', 'orgcharts');\n",
      {
        'tests/e2e/helpers/root.ts':
          "export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');\n",
      },
    );
    expect(violations).toMatchObject([
      { file: 'tests/e2e/sneaky.test.ts', line: 2, resolved: join(REPO_ROOT, '..', 'shared', 'orgcharts') },
    ]);
  });

  it('allows paths inside the repository, outside anchors and marked literals', () => {
    const text = [
      "import { x } from '../../src/core/x';",
      "vi.mock('../../src/backend/backend', () => ({}));",
      "const { y } = await import('../../src/core/y');",
      "const REPO = join(import.meta.dirname, '..', '..');",
      "const F = join(REPO, 'tests', 'fixtures', 'orgcharts');",
      "const G = resolve(import.meta.dirname, '../fixtures/orgcharts');",
      "const H = new URL('../fixtures/scenarios/a.json', import.meta.url);",
      "const work = mkdtempSync(join(tmpdir(), 'x-'));",
      "const up = join(work, '..', 'sibling');",
      "const etc = resolve('/etc/passwd');",
    ].join('\n');
    expect(violationsOf('tests/cli/fine.test.ts', text)).toEqual([]);
  });
});
