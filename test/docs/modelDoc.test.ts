/** docs/model.md carries the scenario schema exactly as src/sim/schema.ts defines it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS, TOP_LEVEL } from '../../src/sim/schema';
import { renderSchemaTable, spliceSchemaTable } from '../../scripts/modelDoc';

const DOC = readFileSync(join(import.meta.dirname, '../../docs/model.md'), 'utf8');

describe('the schema table in docs/model.md', () => {
  it('is up to date with src/sim/schema.ts (if not: npm run model-doc -- --write)', () => {
    expect(spliceSchemaTable(DOC, renderSchemaTable())).toBe(DOC);
  });

  it('has one row per field, with its default', () => {
    const table = renderSchemaTable();
    const fields = [...Object.keys(TOP_LEVEL), ...Object.entries(SECTIONS).flatMap(([s, f]) => Object.keys(f).map((k) => `${s}.${k}`))];
    expect(table.split('\n')).toHaveLength(fields.length + 2);
    for (const f of fields) expect(table).toContain(`| \`${f}\` |`);
    expect(table).toContain('| `db.workers` | `8` |  | whole number, 1 to 10,000 |');
    expect(table).toContain('| `workload.rps` | `3,000` | req/s | 0 to 1,000,000 |');
  });
});
