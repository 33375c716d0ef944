import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../../sim/metrics';
import { createSimulation } from '../../../sim/simulation';
import { defaultScenario } from '../../../sim/parseScenario';
import { csvHeader } from '../../../sim/formatFrames';
import { TIER_METRIC_COUNT } from '../../../sim/stackSchema';
import { presetById, presetScenario } from '../../../presets';
import { scenarioFromJsonText } from '../../../share/scenarioFile';
import { chartsSvgDocument, evidenceFileName, metricsCsv, postmortemDraft, scenarioJson } from './evidenceFiles';

const scenario = { ...defaultScenario(), durationS: 200, title: "HotOS '21: a <test>" };
const sim = createSimulation(scenario);
sim.advance(Infinity);
const frames = sim.takeFrames();
const marks = sim.takeMarks();

describe('evidence files', () => {
  it('CSV: the runner’s header (the metric names) and one row per frame', () => {
    const lines = metricsCsv(frames).trimEnd().split('\n');
    expect(lines[0].split(',')).toEqual([...METRIC_NAMES]);
    expect(lines).toHaveLength(1 + 200);
  });
  it('CSV of a stack run: exactly what the runner prints, the tiers’ columns after the core’s', () => {
    const preset = presetById('lb-sinkholing')!;
    const stackSim = createSimulation(presetScenario(preset));
    stackSim.advance(Infinity);
    const tiers = { names: (stackSim.scenario.stack ?? []).map((t) => t.name), frames: stackSim.takeTierFrames!() };
    const csv = metricsCsv(stackSim.takeFrames(), tiers);
    const header = csv.slice(0, csv.indexOf('\n'));
    expect(header).toBe(csvHeader(tiers.names));
    expect(header.split(',').length).toBe(METRIC_NAMES.length + tiers.names.length * TIER_METRIC_COUNT);
    // The simulate CLI's rows for the same run (scripts/simulate.ts prints csvRows of these frames).
    expect(csv.split('\n')[1].split(',')).toHaveLength(header.split(',').length);
  });
  it('JSON: reads back as the same scenario', () => {
    const back = scenarioFromJsonText(scenarioJson(scenario));
    expect(back.errors).toEqual([]);
    expect(back.scenario).toEqual(scenario);
  });
  it('Markdown: a postmortem timeline with the flush', () => {
    const md = postmortemDraft(scenario, frames, marks);
    expect(md).toContain('## Timeline');
    expect(md).toMatch(/\| 2:30 \| Trigger: flush/);
  });
  it('SVG: every chart with its title, legend and units, under a header with the run and its time', () => {
    const text = (x: number, y: number, t: string) => ({ x, y, text: t, fontSize: 13, fontWeight: '700', color: '#111' });
    const doc = chartsSvgDocument(
      [
        {
          x: 0,
          y: 170,
          width: 300,
          height: 150,
          texts: [text(10, 18, 'Goodput <1>'), text(90, 18, '1,793 req/s'), text(36, 36, 'offered')],
          pieces: [
            { x: 10, y: 30, width: 22, height: 10, svg: '<svg class="swatch" width="22" height="10"></svg>' },
            { x: 10, y: 50, width: 280, height: 90, svg: '<svg width="280" height="90"><text x="280" y="88">10:00</text></svg>' },
          ],
        },
        { x: 310, y: 170, width: 300, height: 150, texts: [text(10, 18, 'Hit rate')], pieces: [] },
      ],
      { title: scenario.title, when: 'the whole run, 0:00 to 3:20 of 10:00 simulated · seed 7' },
      '#fff',
      '#000',
    );
    expect(doc).toContain('Goodput &lt;1&gt;');
    expect(doc).toContain('>1,793 req/s<');
    expect(doc).toContain('>offered<');
    expect(doc).toContain('<title>HotOS &apos;21: a &lt;test&gt;</title>');
    expect(doc).toContain('the whole run, 0:00 to 3:20 of 10:00 simulated · seed 7');
    // Shifted up under the header: no band of the page's status strips above the first chart.
    expect(doc).toMatch(/<g transform="translate\(16\.0,52\.0\)">/);
    // Margins on both sides, and plots drawn unclipped so the last tick label shows whole.
    expect(doc).toContain('width="642"');
    expect(doc).toContain('<svg overflow="visible" width="280" height="90">');
  });
  it('file names say what, which run and how far', () => {
    expect(evidenceFileName("HotOS '21: a look-aside cache becomes a load-bearing wall", 600, 'csv')).toBe(
      'metastable-lab_hotos-21-a-look-aside-cache-becomes-a-load_t10m00s.csv',
    );
    expect(evidenceFileName(undefined, 61.7, 'png', 'charts')).toBe('metastable-lab_run_charts_t1m01s.png');
  });
});
