/**
 * The other triggers of the literature, one click each, for ten simulated seconds: a network
 * outage (the HotOS '21 retry example), a load spike, and a database slowdown (OSDI '22's CPU
 * contention). Each is shaded on the charts while in force.
 */
import type { Trigger } from '../../sim/scenario';
import { useLab } from '../runtime/LabContext';

/** Length of each trigger, simulated seconds. */
export const TRIGGER_S = 10;

const TRIGGERS: { label: string; title: string; trigger: Trigger }[] = [
  { label: 'Outage', title: `The database is unreachable for ${TRIGGER_S} s`, trigger: { type: 'outage', forS: TRIGGER_S } },
  { label: 'Spike ×2', title: `Twice the load for ${TRIGGER_S} s`, trigger: { type: 'spike', factor: 2, forS: TRIGGER_S } },
  { label: 'Slow DB', title: `Queries take 5× as long for ${TRIGGER_S} s`, trigger: { type: 'db-slowdown', factor: 5, forS: TRIGGER_S } },
];

export function MoreTriggers() {
  const lab = useLab();
  return (
    <div className="more-triggers" role="group" aria-label={`Other triggers, ${TRIGGER_S} s each`}>
      {TRIGGERS.map((t) => (
        <button key={t.label} type="button" className="btn btn-small" title={t.title} onClick={() => lab.trigger(t.trigger)}>
          {t.label}
        </button>
      ))}
    </div>
  );
}
