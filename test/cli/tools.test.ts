/** The smaller command-line tools keep the same conventions: usage errors exit 2 with the usage line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './run';

describe('command-line conventions', () => {
  it.each([
    ['preset-links', ['extra'], /Unexpected argument 'extra'/],
    ['presets-doc', ['--out', 'x.md'], /unknown option --out/],
    ['mitigations-table', ['--writ'], /unknown option --writ/],
    ['budget', ['--budget-kb', 'lots'], /--budget-kb must be a positive number, not "lots"/],
  ])('%s refuses bad arguments with the usage line and status 2', (name, args, message) => {
    const r = runScript(name, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(new RegExp(`usage: npm run ${name === 'budget' ? 'test:budget' : name}`));
    expect(r.stdout).toBe('');
  });

  it.each(['simulate', 'sweep', 'preset-links', 'presets-doc', 'mitigations-table', 'budget'])('%s --help prints its usage on stdout and exits 0', (name) => {
    const r = runScript(name, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage: npm run /);
  });

  it('sweep refuses a document nested 4,100 levels deep with a message and status 2', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sweep-deep-')), 'deep.json');
    writeFileSync(file, `{"events":[${'['.repeat(4100)}${']'.repeat(4100)}]}`);
    const r = runScript('sweep', [file, '--x', 'workload.rps=1:2:2', '--y', 'seed=1:2:2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nested more than 12 levels deep/);
    expect(r.stderr).not.toMatch(/RangeError|\n\s+at /);
  });
});
