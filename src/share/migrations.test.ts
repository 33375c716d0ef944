import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, SECTIONS, TOP_LEVEL } from '../sim/schema';
import { decodeLink } from './linkCodec';
import { chainIsComplete, FROZEN_DEFAULTS, migrate, type Migration } from './migrations';
import { linkOfText } from '../../test/support/shareArbitraries';

/** The defaults the schema table declares today, in the shape of FROZEN_DEFAULTS. */
function schemaDefaults(): Record<string, unknown> {
  const top = Object.fromEntries(
    Object.entries(TOP_LEVEL)
      .filter(([k]) => k !== 'version')
      .map(([k, s]) => [k, s.default]),
  );
  const sections = Object.fromEntries(
    Object.entries(SECTIONS).map(([name, fields]) => [name, Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, s.default]))]),
  );
  return { ...top, ...sections };
}

describe('migration chain', () => {
  it('has one migration per released version and frozen defaults for the current one', () => {
    expect(chainIsComplete()).toBe(true);
  });

  it('fails when a default changes without a version bump (old links would silently change meaning)', () => {
    expect(FROZEN_DEFAULTS[CURRENT_VERSION]).toEqual(schemaDefaults());
  });

  // A pretend future: v2 renamed db.workers to db.slots and changed the default of retries from 3 to 2.
  const v1ToV2: Migration = (d) => {
    const db = { ...(d.db as Record<string, unknown>) };
    db.slots = db.workers;
    delete db.workers;
    return { ...d, version: 2, db };
  };
  const v2ToV3: Migration = (d) => ({ ...d, version: 3, steps: [...((d.steps as string[]) ?? []), 'v2→v3'] });
  const frozen = {
    1: { client: { retries: 3 }, db: { workers: 8 } },
    2: { client: { retries: 2 }, db: { slots: 8 } },
    3: { client: { retries: 2 }, db: { slots: 8 } },
  };

  it('runs every step from the document version to the newest, in order', () => {
    const out = migrate({ version: 1, db: { workers: 5 } }, 1, [v1ToV2, v2ToV3], frozen) as Record<string, unknown>;
    expect(out.version).toBe(3);
    expect(out.db).toEqual({ slots: 5 });
    expect(out.steps).toEqual(['v2→v3']);
  });

  it('fills an omitted field with the default of the version that wrote it, not the newest default', () => {
    const out = migrate({ version: 1 }, 1, [v1ToV2, v2ToV3], frozen) as { client: { retries: number } };
    expect(out.client.retries).toBe(3);
  });

  it('starts in the middle of the chain for a middle version', () => {
    const out = migrate({ version: 2, db: { slots: 4 } }, 2, [v1ToV2, v2ToV3], frozen) as Record<string, unknown>;
    expect(out).toMatchObject({ version: 3, db: { slots: 4 }, steps: ['v2→v3'] });
  });

  it('leaves a document newer than the chain untouched and does not mutate its input', () => {
    const doc = { version: 9, db: { workers: 1 } };
    const copy = structuredClone(doc);
    expect(migrate(doc, 9, [v1ToV2, v2ToV3], frozen)).toBe(doc);
    migrate({ ...copy, version: 1 }, 1, [v1ToV2, v2ToV3], frozen);
    expect(doc).toEqual(copy);
  });

  it('keeps a present but invalid value so the parser can name it', () => {
    const out = migrate({ version: 1, db: { workers: 'many' }, client: 'x' }, 1) as Record<string, unknown>;
    expect(out.db).toMatchObject({ workers: 'many' });
    expect(out.client).toBe('x');
  });

  it('reads a link whose document omits its version as version 1', async () => {
    const r = await decodeLink(await linkOfText('{"seed":11}'));
    expect(r).toMatchObject({ errors: [], source: 'link', scenario: { version: 1, seed: 11 } });
  });
});
