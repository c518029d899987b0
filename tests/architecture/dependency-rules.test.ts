import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, checkFile, importSpecifiers, repoPath } from './dependency-rules';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('dependency rule (docs/ARCHITECTURE.md)', () => {
  it('holds for every source file', () => {
    const files = [...sourceFiles(join(REPO_ROOT, 'src')), ...sourceFiles(join(REPO_ROOT, 'electron'))];
    expect(files.length).toBeGreaterThan(20);
    const violations = files.flatMap((file) =>
      checkFile(REPO_ROOT, repoPath(REPO_ROOT, file), readFileSync(file, 'utf8')),
    );
    expect(violations).toEqual([]);
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
