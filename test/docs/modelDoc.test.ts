/** docs/model.md carries the scenario schema and its events exactly as src/sim/schema.ts and src/sim/eventSchema.ts define them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS, TOP_LEVEL } from '../../src/sim/schema';
import { renderEventTable, renderSchemaTable, spliceEventTable, spliceSchemaTable } from '../../scripts/modelDoc';
import { EVENT_TYPES } from '../../src/sim/eventSchema';

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

describe('the events table in docs/model.md', () => {
  it('is up to date with src/sim/eventSchema.ts (if not: npm run model-doc -- --write)', () => {
    expect(spliceEventTable(DOC, renderEventTable())).toBe(DOC);
  });

  it('has one row per event type of the table, seed and the tier events included', () => {
    const table = renderEventTable();
    expect(table.split('\n')).toHaveLength(EVENT_TYPES.length + 2);
    for (const t of EVENT_TYPES) expect(table).toContain(`| \`${t}\` |`);
    expect(table).toContain('| `seed` | `hottest` (whole number, 1 to `workload.keys` keys) | at once | no |');
    expect(table).toContain('| `spike` | `factor` (0 to 100), `forS` (0 to 86,400 s) | for `forS` | yes |');
  });
});
