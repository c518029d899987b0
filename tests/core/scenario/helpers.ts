import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../../src/core/problems';

/** The design document's example scenario, as text. */
export const founderLedText = readFileSync(
  fileURLToPath(new URL('../../fixtures/scenarios/founder-led.scenario.json', import.meta.url)),
  'utf8',
);

/** A fresh mutable copy of the example, for tests that break one thing in it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function founderLed(): any {
  return JSON.parse(founderLedText);
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

export function messages(problems: readonly Problem[]): string[] {
  return problems.map((p) => p.message);
}
