import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './jsonSyntax';

const parses = (t: string) => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

describe('locating JSON syntax errors', () => {
  it('points at the line and column of a missing comma', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({ offset: 13, line: 3, column: 3, message: 'unexpected "\\"", expected "," or "}"' });
  });

  it('reports a trailing comma, a comment and an unterminated string where they start', () => {
    expect(findJsonSyntaxError('[1,]')).toMatchObject({ line: 1, column: 4 });
    expect(findJsonSyntaxError('{"a":1 // note\n}')).toMatchObject({ line: 1, column: 8 });
    expect(findJsonSyntaxError('{"a":"x')).toMatchObject({ column: 8, message: 'unexpected end of text' });
  });

  it('survives nesting deep enough to overflow a recursive parser', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ offset: 200_000, message: 'unexpected end of text' });
  });

  it('agrees with JSON.parse on every generated JSON text (property)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 5 }), (t) => {
        expect(findJsonSyntaxError(t)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with JSON.parse on damaged JSON: an error is found exactly when JSON.parse fails (property)', () => {
    const damaged = fc
      .tuple(
        fc.json({ maxDepth: 4 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '{', '[', '-', '0', 'e', '\\', '\n', ' ', 'tru', '01', '1.'),
      )
      .map(([t, at, len, ins]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + ins + t.slice(i + (len % 3));
      });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string({ maxLength: 30 })), (t) => {
        const err = findJsonSyntaxError(t);
        expect(err === undefined).toBe(parses(t));
        if (err) expect(err.offset).toBeLessThanOrEqual(t.length);
      }),
      { numRuns: 5000 },
    );
  });
});
