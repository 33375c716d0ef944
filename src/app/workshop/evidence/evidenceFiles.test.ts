import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../../sim/metrics';
import { createSimulation } from '../../../sim/simulation';
import { defaultScenario } from '../../../sim/parseScenario';
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
  it('SVG: one document with every chart and escaped captions', () => {
    const doc = chartsSvgDocument(
      [
        { x: 0, y: 0, width: 300, height: 100, caption: 'Goodput <1>', svg: '<svg width="300" height="100"></svg>' },
        { x: 310, y: 0, width: 300, height: 100, caption: 'Hit rate', svg: '<svg width="300" height="100"></svg>' },
      ],
      scenario.title,
      '#fff',
      '#000',
    );
    expect(doc).toContain('width="610"');
    expect(doc).toContain('Goodput &lt;1&gt;');
    expect(doc).toContain('<title>HotOS &apos;21: a &lt;test&gt;</title>');
  });
  it('file names say what, which run and how far', () => {
    expect(evidenceFileName("HotOS '21: a look-aside cache becomes a load-bearing wall", 600, 'csv')).toBe('metastable-lab_hotos-21-a-look-aside-cache-becomes-a-load_t10m00s.csv');
    expect(evidenceFileName(undefined, 61.7, 'png', 'charts')).toBe('metastable-lab_run_charts_t1m01s.png');
  });
});
