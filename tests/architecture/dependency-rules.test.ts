import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  checkFile,
  importCycles,
  importSpecifiers,
  moduleImports,
  repoPath,
} from './dependency-rules';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const shipped = () =>
  new Map(
    [...sourceFiles(join(REPO_ROOT, 'src')), ...sourceFiles(join(REPO_ROOT, 'electron'))].map((file) => [
      repoPath(REPO_ROOT, file),
      readFileSync(file, 'utf8'),
    ]),
  );

describe('dependency rule (docs/ARCHITECTURE.md)', () => {
  it('holds for every source file of src/ and electron/', () => {
    const files = shipped();
    expect([...files.keys()].filter((f) => f.startsWith('electron/')).length).toBeGreaterThan(10);
    expect(files.size).toBeGreaterThan(100);
    const violations = [...files].flatMap(([file, source]) => checkFile(REPO_ROOT, file, source));
    expect(violations).toEqual([]);
  });

  it('has no import cycle between files of src/ and electron/', () => {
    expect(importCycles(shipped()).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  // The checker itself, on files that break the rule: proof that the test above can fail.
  it.each([
    ['react', "import { useState } from 'react';"],
    ['node:fs', "import { readFileSync } from 'node:fs';"],
    ['electron', "import { app } from 'electron';"],
    ['path', "const path = require('path');"],
    ['../backend/backend', "export { createBackend } from '../backend/backend';"],
    ['../renderer/main', "await import('../renderer/main');"],
  ])('flags an engine file importing %s', (specifier, line) => {
    const violations = checkFile(REPO_ROOT, 'src/engine/sneaky.ts', line);
    expect(violations.map((v) => v.specifier)).toEqual([specifier]);
  });

  it('flags the renderer importing the backend or Node, and anything importing electron/', () => {
    expect(
      checkFile(REPO_ROOT, 'src/renderer/x.tsx', "import { handlers } from '../backend/api/handlers';"),
    ).toHaveLength(1);
    expect(checkFile(REPO_ROOT, 'src/renderer/x.tsx', "import os from 'node:os';")).toHaveLength(1);
    expect(checkFile(REPO_ROOT, 'src/backend/x.ts', "import '../../electron/main/window';")).toHaveLength(2);
    expect(
      checkFile(REPO_ROOT, 'src/cli/x.ts', "import { x } from '../../electron/main/menu';"),
    ).toHaveLength(2);
  });

  it('flags the shell importing the UI, React or the engine, and shipped code importing bench, scripts or tests', () => {
    const flagged = (file: string, line: string) => checkFile(REPO_ROOT, file, line).map((v) => v.specifier);
    expect(flagged('electron/main/x.ts', "import { App } from '../../src/renderer/App';")).toEqual([
      '../../src/renderer/App',
    ]);
    expect(flagged('electron/main/x.ts', "import { useState } from 'react';")).toEqual(['react']);
    expect(flagged('electron/preload/x.ts', "import { simulate } from '../../src/engine/index';")).toEqual([
      '../../src/engine/index',
    ]);
    expect(flagged('electron/main/x.ts', "import { run } from '../../src/cli/simulate';")).toEqual([
      '../../src/cli/simulate',
    ]);
    expect(flagged('src/core/x.ts', "import { role } from '../../tests/helpers/scenarios';")).toEqual([
      '../../tests/helpers/scenarios',
    ]);
    expect(flagged('src/engine/x.ts', "import { reference } from '../../bench/reference-engine';")).toEqual([
      '../../bench/reference-engine',
    ]);
    expect(flagged('src/backend/db/x.ts', "import '../../../scripts/lib/cli-bundle.mjs';")).toEqual([
      '../../../scripts/lib/cli-bundle.mjs',
    ]);
    expect(flagged('src/renderer/x.tsx', "import { page } from '../../tests/e2e/helpers/app-page';")).toEqual(
      ['../../tests/e2e/helpers/app-page'],
    );
    expect(flagged('electron/main/x.ts', "import { big } from '../../bench/synthetic-org';")).toEqual([
      '../../bench/synthetic-org',
    ]);
  });

  it('flags a source file outside every layer', () => {
    expect(checkFile(REPO_ROOT, 'src/shared/x.ts', "import a from 'a';")).toMatchObject([
      { file: 'src/shared/x.ts', reason: expect.stringContaining('in no layer') },
    ]);
  });

  it('finds an import cycle and names its path', () => {
    const files = new Map([
      ['src/core/a.ts', "import { b } from './b';\nexport const a = 1;"],
      ['src/core/b.ts', "import { c } from './sub/c';\nexport const b = 2;"],
      ['src/core/sub/c.ts', "export { a } from '../a';\nexport const c = 3;"],
      ['src/core/d.ts', "import { a } from './a';"],
      ['src/engine/self.ts', "import './self';"],
      ['src/engine/lazy.ts', "export const load = () => import('./lazy-other');"],
      ['src/engine/lazy-other/index.ts', "import { load } from '../lazy';"],
    ]);
    expect(importCycles(files)).toEqual([
      ['src/core/a.ts', 'src/core/b.ts', 'src/core/sub/c.ts', 'src/core/a.ts'],
      ['src/engine/lazy-other/index.ts', 'src/engine/lazy.ts', 'src/engine/lazy-other/index.ts'],
      ['src/engine/self.ts', 'src/engine/self.ts'],
    ]);
  });

  it('counts no cycle through imports of types only, which are erased', () => {
    const files = new Map([
      ['src/core/a.ts', "import type { B } from './b';\nexport type A = { b: B };"],
      ['src/core/b.ts', "import { type A } from './a';\nexport type B = { a?: A };"],
      ['src/core/c.ts', "import { d } from './d';\nexport const c = 1;"],
      ['src/core/d.ts', "export type { C } from './c';\nexport const d = 1;"],
    ]);
    expect(importCycles(files)).toEqual([]);
    expect(moduleImports('x.ts', "import { type A, b } from './a';")).toEqual([
      { specifier: './a', typeOnly: false },
    ]);
  });

  it('allows what the layers may use', () => {
    expect(
      checkFile(REPO_ROOT, 'src/engine/run.ts', "import type { Scenario } from '../core/scenario/types';"),
    ).toEqual([]);
    expect(checkFile(REPO_ROOT, 'src/backend/db/x.ts', "import Database from 'better-sqlite3';")).toEqual([]);
    expect(checkFile(REPO_ROOT, 'src/renderer/x.tsx', "import { ReactFlow } from '@xyflow/react';")).toEqual(
      [],
    );
    expect(
      checkFile(
        REPO_ROOT,
        'electron/main/x.ts',
        "import { createBackend } from '../../src/backend/backend';",
      ),
    ).toEqual([]);
  });

  it('reads every import form, ignoring comments', () => {
    const source = `
      import a from 'a';
      import type { B } from "b";
      import 'c';
      export * from './d';
      const e = await import('e');
      // import nope from 'commented';
      /* import nope2 from 'block'; */
    `;
    expect(importSpecifiers(source).sort()).toEqual(['./d', 'a', 'b', 'c', 'e']);
  });
});
