/**
 * package-lock.json stays in step with package.json, so `npm install` on a fresh clone leaves the tree
 * clean and `npm ci` installs what package.json says. npm copies these fields of package.json into the
 * lock's root package; when one lags (a license added, the engines narrowed), the next install rewrites
 * the lock. Fix a failure with `npm install --package-lock-only` and commit the lock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
const manifest = readJson('package.json');
const lock = readJson('package-lock.json') as { name: string; version: string; packages: Record<string, Record<string, unknown>> };
const lockRoot = lock.packages[''];

/** The fields of package.json that npm writes into the lock's root package. */
const COPIED_FIELDS = ['name', 'version', 'license', 'bin', 'engines', 'dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

describe('package-lock.json', () => {
  it('names the same package and version as package.json', () => {
    expect([lock.name, lock.version]).toEqual([manifest.name, manifest.version]);
  });

  it.each(COPIED_FIELDS)('has package.json’s %s in its root package', (field) => {
    expect(lockRoot[field]).toEqual(manifest[field]);
  });

  it('locks every dependency package.json names', () => {
    const named = Object.keys({ ...(manifest.dependencies as object), ...(manifest.devDependencies as object) });
    expect(named.filter((name) => lock.packages[`node_modules/${name}`] === undefined)).toEqual([]);
  });
});
