/** `npm run simulate` as a user runs it: files, stdin, presets, bad input and a reader that leaves early. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS, presetScenario } from '../../src/presets';
import { METRIC_NAMES } from '../../src/sim/metrics';
import { firstLineThenClose, runScript } from './run';

const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const SHORT = file('short.json', JSON.stringify({ durationS: 5 }));
/** A day of simulated time at a high rate: hours of computing if nothing stopped it. */
const ENDLESS = file('endless.json', JSON.stringify({ durationS: 86_400, workload: { rps: 50_000 } }));
const simulate = (...args: string[]) => runScript('simulate', args);

describe('npm run simulate', () => {
  it('prints a CSV header and one row per one-second interval', () => {
    const r = simulate(SHORT);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(METRIC_NAMES.join(','));
    expect(lines).toHaveLength(6);
  });

  it('reads the document from stdin when the file is -, and prints NDJSON on request', () => {
    const r = runScript('simulate', ['-', '--format', 'ndjson'], JSON.stringify({ durationS: 3 }));
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, number>);
    expect(rows.map((row) => row.t_s)).toEqual([1, 2, 3]);
  });

  it('runs a preset by id: the same rows as the preset scenario written to a file', () => {
    const preset = PRESETS[0];
    const byId = simulate('--preset', preset.id);
    const byFile = simulate(file('preset.json', JSON.stringify(presetScenario(preset))));
    expect(byId.status).toBe(0);
    expect(byId.stdout.split('\n').length).toBeGreaterThan(100);
    expect(byId.stdout).toBe(byFile.stdout);
  });

  it('lists every preset id with its title', () => {
    const r = simulate('--list-presets');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(PRESETS.map((p) => `${p.id}\t${p.title}`));
  });

  it.each([
    [['--preset', 'no-such-preset'], /unknown preset "no-such-preset" \(known: .*hotos-lookaside/],
    [[SHORT, '--format', 'xml'], /--format must be csv or ndjson, not "xml"/],
    [[SHORT, '--colour'], /unknown option --colour/],
    [[SHORT, SHORT], /unexpected argument/],
    [[SHORT, '--preset', 'hotos-lookaside'], /a scenario file or --preset ID, not both/],
    [[], /missing scenario file/],
    [[join(dir, 'missing.json')], /cannot read .*missing\.json/],
  ])('refuses bad arguments %# with the usage line and status 2', (args, message) => {
    const r = simulate(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/usage: npm run simulate/);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['not JSON', '{"durationS": 5', /not valid JSON/],
    ['an invalid scenario', JSON.stringify({ durationS: -1, db: { workers: 0 } }), /the scenario has 2 problems:\n {2}- durationS: .*\n {2}- db\.workers/],
    ['nested 4,100 levels deep', `{"events":[${'['.repeat(4100)}${']'.repeat(4100)}]}`, /nested more than 12 levels deep/],
    ['an object nested 4,100 levels deep', `${'{"a":'.repeat(4100)}1${'}'.repeat(4100)}`, /nested more than 12 levels deep/],
  ])('refuses a document that is %s with a message, no stack trace, and status 2', (_what, text, message) => {
    const r = simulate(file('bad.json', text));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('stops quietly, and stops computing, when the reader closes the pipe after one line', async () => {
    const r = await firstLineThenClose('simulate', [ENDLESS, '--yes']);
    expect(r.firstLine).toBe(METRIC_NAMES.join(','));
    // A day at 50,000 req/s is costly, so the runner says so first; beyond that warning, nothing (no EPIPE trace).
    const rest = r.stderr.split('\n').filter((line) => line !== '' && !line.startsWith(`${ENDLESS}: warning:`));
    expect(rest).toEqual([]);
    expect(r.status).toBe(0);
  });
});
