/**
 * Every field of the scenario document says what it means, in src/sim/schemaDocs.ts and only there:
 * the sentences stay out of the schema table that the page and the simulation worker carry.
 */
import { describe, expect, it } from 'vitest';
import { SECTIONS, TOP_LEVEL, type FieldSpec } from '../../src/sim/schema';
import { SCHEMA_DOCS } from '../../src/sim/schemaDocs';
import { CACHE_TIER_FIELDS, SERVICE_TIER_FIELDS } from '../../src/sim/stackSchema';
import { TIER_DOCS } from '../../src/sim/stackSchemaDocs';

const fields: [string, FieldSpec][] = [
  ...Object.entries(TOP_LEVEL as Record<string, FieldSpec>),
  ...Object.entries(SECTIONS as Record<string, Record<string, FieldSpec>>).flatMap(([section, specs]) =>
    Object.entries(specs).map(([k, spec]) => [`${section}.${k}`, spec] as [string, FieldSpec]),
  ),
];

describe('the meaning of each schema field', () => {
  it('is a sentence in schemaDocs for every field', () => {
    const missing = fields.filter(([path]) => !(SCHEMA_DOCS[path]?.trim().length > 0)).map(([path]) => path);
    expect(missing, 'add these to src/sim/schemaDocs.ts').toEqual([]);
  });

  it('names only fields the schema has', () => {
    const known = new Set(fields.map(([path]) => path));
    expect(Object.keys(SCHEMA_DOCS).filter((path) => !known.has(path))).toEqual([]);
  });

  it('is not carried by the schema table itself (it would ship in the page and the worker again)', () => {
    const inline = fields.filter(([, spec]) => spec.doc !== undefined).map(([path]) => path);
    expect(inline, 'move these fields’ doc to src/sim/schemaDocs.ts').toEqual([]);
  });
});

const tierFields: [string, FieldSpec][] = [
  ...Object.entries(SERVICE_TIER_FIELDS as Record<string, FieldSpec>).map(([k, spec]) => [`service.${k}`, spec] as [string, FieldSpec]),
  ...Object.entries(CACHE_TIER_FIELDS as Record<string, FieldSpec>).map(([k, spec]) => [`cache.${k}`, spec] as [string, FieldSpec]),
];

describe('the meaning of each tier field', () => {
  it('is a sentence in stackSchemaDocs for every service and cache tier field, and only for those', () => {
    expect(tierFields.filter(([path]) => !(TIER_DOCS[path]?.trim().length > 0)).map(([path]) => path)).toEqual([]);
    const known = new Set(tierFields.map(([path]) => path));
    expect(Object.keys(TIER_DOCS).filter((path) => !known.has(path))).toEqual([]);
  });

  it('is not carried by the tier field tables (they ship in the page and the worker)', () => {
    expect(tierFields.filter(([, spec]) => spec.doc !== undefined).map(([path]) => path)).toEqual([]);
  });
});
