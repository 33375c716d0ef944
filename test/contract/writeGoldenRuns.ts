/**
 * Writes test/contract/golden-runs.json once, from the build that defines the contract. Never rerun
 * it to make a failing golden test pass: a failure means old links would open a different run.
 * Usage: node --import tsx test/contract/writeGoldenRuns.ts
 */
import { writeFileSync } from 'node:fs';
import { PRESETS, presetScenario } from '../../src/presets/presets';
import { FIXTURE_SCENARIOS } from '../support/linkFixtureScenarios';
import { columnDigests, type GoldenRun } from './goldenRuns';

const runs: GoldenRun[] = [];
for (const p of PRESETS) {
  const scenario = JSON.parse(JSON.stringify(presetScenario(p)));
  runs.push({ name: `preset ${p.id}`, scenario, columns: columnDigests(scenario) });
}
for (const [name, s] of Object.entries(FIXTURE_SCENARIOS)) {
  const scenario = JSON.parse(JSON.stringify(s));
  runs.push({ name: `fixture ${name}`, scenario, columns: columnDigests(scenario) });
}
writeFileSync(new URL('./golden-runs.json', import.meta.url), JSON.stringify({ written: new Date().toISOString().slice(0, 10), runs }, null, 1) + '\n');
console.log(`${runs.length} golden runs written`);
