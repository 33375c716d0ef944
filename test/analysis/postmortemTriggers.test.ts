/** The postmortem and the what-if read one trigger set, the event table's: a tier fault is a trigger in both. */
import { describe, expect, it } from 'vitest';
import { postmortemMarkdown } from '../../src/analysis/postmortem';
import { incidentTrigger } from '../../src/mitigations/whatIfScenarios';
import { EVENT_SCHEMA, EVENT_TYPES, INCIDENT_TRIGGER_TYPES } from '../../src/sim/eventSchema';
import { parseScenario } from '../../src/sim/parseScenario';
import { createSimulation } from '../../src/sim/simulation';

describe('the trigger set of the postmortem and the what-if', () => {
  it("is the event types the event table marks as triggers, an operator's changes left out", () => {
    expect([...INCIDENT_TRIGGER_TYPES]).toEqual(EVENT_TYPES.filter((t) => EVENT_SCHEMA[t].trigger));
    for (const change of ['set', 'rollback', 'seed', 'tier-set']) expect(INCIDENT_TRIGGER_TYPES.has(change), change).toBe(false);
    expect(INCIDENT_TRIGGER_TYPES.has('tier-fault')).toBe(true);
  });

  it('a crashed tier is the trigger of a stack run in the postmortem timeline and the what-if, a tier change is a change', () => {
    const { value: s, errors } = parseScenario({
      durationS: 60,
      workload: { rps: 300 },
      stack: [{ kind: 'service', name: 'app', instances: 2 }],
      events: [
        { atS: 10, type: 'tier-set', tier: 'app', changes: { instances: 3 } },
        { atS: 20, type: 'tier-fault', tier: 'app', fault: 'crash', forS: 10 },
      ],
    });
    expect(errors).toEqual([]);
    const sim = createSimulation(s);
    sim.advance(Infinity);
    const md = postmortemMarkdown(s, sim.takeFrames(), sim.takeMarks());
    expect(md).toMatch(/\| 0:20 \| Trigger: app: crash for 10 s \|/);
    expect(md).toMatch(/\| 0:10 \| Change: app\.instances → 3 \|/);
    expect(incidentTrigger(s)).toEqual(s.events[1]);
  });
});
