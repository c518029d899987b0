/** src/engine runs anywhere (Node, browser, Web Worker): it imports neither the DOM, Node, Electron nor React. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../src/engine');

describe('engine purity', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports only relative engine or core modules and uses no host globals', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    for (const [, spec] of text.matchAll(/from '([^']+)'/g))
      expect(spec, file).toMatch(/^\.\/|^\.\.\/core\//);
    expect(text).not.toMatch(
      /\bprocess\.(env|argv|exit|stdout|stderr|memoryUsage)|\bwindow\.|\bdocument\.|\bperformance\.now|\bBuffer\.|\bsetTimeout\(|\brequire\(/,
    );
    expect(text).not.toMatch(/Math\.random/);
    // Nor the scenario parser and its schema library: the engine is the simulation worker's whole bundle,
    // and zod would triple it (107 KB to 318 KB) and slow the worker's start.
    expect(text).not.toMatch(/core\/scenario\/(parse|schema)'|from 'zod'/);
  });
});
