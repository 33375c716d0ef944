/**
 * Where tests go (docs/architecture.md): a unit test of one module sits beside it, named after it
 * (`foo.test.ts`, or `foo.<aspect>.test.ts` such as `linkCodec.property.test.ts`, for `foo.ts`,
 * `foo.tsx` or the folder module `foo/index.ts`); test/ holds the suites that validate the model or a
 * contract across modules.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImportGraph } from '../support/importGraph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
/** `foo` for foo.test.ts and foo.property.test.ts. */
const moduleName = (file: string) => basename(file).split('.')[0];
const moduleFiles = (folder: string, name: string) => [`${name}.ts`, `${name}.tsx`, `${name}/index.ts`].map((f) => `${folder}/${f}`);

describe('where tests go', () => {
  const srcTests = [...readImportGraph(ROOT, 'src').keys()].filter(isTest);
  const suites = [...readImportGraph(ROOT, 'test')].filter(([file]) => isTest(file));

  it('finds the tests on both sides', () => {
    expect(srcTests.length).toBeGreaterThan(50);
    expect(suites.length).toBeGreaterThan(30);
  });

  it('puts each test under src/ beside the module it is named after', () => {
    const orphans = srcTests.filter((file) => !moduleFiles(dirname(file), moduleName(file)).some((f) => existsSync(join(ROOT, f))));
    expect(orphans).toEqual([]);
  });

  it('keeps unit tests out of test/: no suite there is named after the one module of src/ it imports', () => {
    const unitTests = suites
      .filter(([file, imports]) => {
        const fromSrc = imports.filter((to) => to.startsWith('src/'));
        return fromSrc.length === 1 && moduleFiles(dirname(fromSrc[0]), moduleName(file)).includes(fromSrc[0]);
      })
      .map(([file, imports]) => `${file} tests only ${imports.find((to) => to.startsWith('src/'))}: move it beside that module`);
    expect(unitTests).toEqual([]);
  });
});
