import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IPC_CHANNEL, IPC_EVENT_CHANNEL, requestSchemas } from '../../src/core/api/contract';
import {
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
  OPERATION_NAMES,
  isKnownOperationName,
} from '../../src/core/api/operation-names';

describe('operation-names.ts (the zod-free copy the preload uses)', () => {
  it('lists exactly the operations of the contract, in the same order', () => {
    expect([...OPERATION_NAMES]).toEqual(Object.keys(requestSchemas));
  });

  it('uses the same channel names as the contract', () => {
    expect(INVOKE_CHANNEL).toBe(IPC_CHANNEL);
    expect(EVENT_CHANNEL).toBe(IPC_EVENT_CHANNEL);
  });

  it('accepts operation names only, not inherited object keys', () => {
    expect(isKnownOperationName('app.info')).toBe(true);
    for (const name of ['constructor', '__proto__', 'hasOwnProperty', 'App.Info', '', 1, null]) {
      expect(isKnownOperationName(name)).toBe(false);
    }
  });

  it('imports nothing, so bundling it into the sandboxed preload cannot pull in zod', () => {
    const source = readFileSync(
      fileURLToPath(new URL('../../src/core/api/operation-names.ts', import.meta.url)),
      'utf8',
    );
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
