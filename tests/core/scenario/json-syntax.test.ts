import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../../src/core/scenario/json-syntax';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, 2))).toBeNull();
      }),
    );
  });

  it('agrees with JSON.parse about whether text is valid', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', '}', ',', '"', ']', 'x', '\n'),
        (json, at, junk) => {
          const i = at % (json.length + 1);
          const text = json.slice(0, i) + junk + json.slice(i);
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(findJsonSyntaxError(text) === null).toBe(valid);
        },
      ),
    );
  });

  it('places the error by line and column', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      line: 3,
      column: 3,
      message: 'expected "," or "}" but found "\\""',
    });
    expect(findJsonSyntaxError('[1, 2')).toMatchObject({
      line: 1,
      column: 6,
      message: expect.stringContaining('the end'),
    });
    expect(findJsonSyntaxError('{"a": "x\ny"}')).toMatchObject({ line: 1, column: 9 });
  });
});
