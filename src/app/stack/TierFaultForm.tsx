/**
 * Breaking a tier on purpose, now: crash, black-hole, slow, error or starve one instance or all of
 * them for a while, as a live `tier-fault` (marked on the charts, recorded into the link). The
 * worker checks it against the running stack and names the field and range of a bad value.
 */
import { useId, useState } from 'react';
import type { Trigger } from '../../sim/scenario';
import { TIER_FAULTS, type Tier, type TierFault } from '../../sim/stackSchema';
import { useLab } from '../runtime/LabContext';

const FAULT_TEXT: Record<TierFault, string> = {
  crash: 'crash (errors at once)',
  'black-hole': 'black hole (no answer)',
  slow: 'slow (work × factor)',
  errors: 'errors (share of calls)',
  cores: 'fewer cores (share of slots left)',
  partition: 'partition from the tier below',
};

/** The factor a fault needs, with its range and a starting value; null: none. */
function factorOf(fault: TierFault): { label: string; min: number; max: number; step: number; initial: number } | null {
  if (fault === 'slow') return { label: 'Work ×', min: 1, max: 1000, step: 1, initial: 10 };
  if (fault === 'errors') return { label: 'Share failing', min: 0, max: 1, step: 0.05, initial: 0.5 };
  if (fault === 'cores') return { label: 'Share of slots left', min: 0, max: 1, step: 0.05, initial: 0.25 };
  return null;
}

export function TierFaultForm({ tier }: { tier: Tier }) {
  const lab = useLab();
  const id = useId();
  const [fault, setFault] = useState<TierFault>('crash');
  const [instance, setInstance] = useState('0');
  const [forS, setForS] = useState('30');
  const [factor, setFactor] = useState<string | null>(null);
  const instances = tier.kind === 'service' ? tier.instances : 1;
  const need = factorOf(fault);

  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    const cmd: Record<string, unknown> = { type: 'tier-fault', tier: tier.name, fault, forS: Number(forS) };
    if (instance !== 'all' && tier.kind === 'service') cmd.instance = Number(instance);
    if (need) cmd.factor = Number(factor ?? need.initial);
    // The worker validates it (tier, instance, factor, duration) and the banner names what is wrong.
    lab.trigger(cmd as unknown as Trigger);
  };

  return (
    // noValidate: the worker's check names the tier, the field, the value and the range; a browser tooltip would not.
    <form className="tier-fault" onSubmit={apply} aria-labelledby={`${id}-h`} noValidate>
      <h4 id={`${id}-h`} className="tier-sub">
        Fault, now
      </h4>
      <div className="tier-fault-grid">
        <label htmlFor={`${id}-f`}>Fault</label>
        <select id={`${id}-f`} value={fault} onChange={(e) => setFault(e.currentTarget.value as TierFault)}>
          {TIER_FAULTS.map((f) => (
            <option key={f} value={f}>
              {FAULT_TEXT[f]}
            </option>
          ))}
        </select>
        {tier.kind === 'service' && fault !== 'partition' && (
          <>
            <label htmlFor={`${id}-i`}>Instance</label>
            <select id={`${id}-i`} value={instance} onChange={(e) => setInstance(e.currentTarget.value)}>
              <option value="all">every instance</option>
              {Array.from({ length: Math.min(instances, 64) }, (_, i) => (
                <option key={i} value={String(i)}>
                  instance {i}
                </option>
              ))}
            </select>
          </>
        )}
        {need && (
          <>
            <label htmlFor={`${id}-x`}>{need.label}</label>
            <input
              id={`${id}-x`}
              type="number"
              min={need.min}
              max={need.max}
              step={need.step}
              value={factor ?? String(need.initial)}
              onChange={(e) => setFactor(e.currentTarget.value)}
            />
          </>
        )}
        <label htmlFor={`${id}-s`}>For (s)</label>
        <input id={`${id}-s`} type="number" min={0} max={86400} step={1} value={forS} onChange={(e) => setForS(e.currentTarget.value)} />
      </div>
      <button type="submit" className="btn btn-small btn-trigger">
        Apply to {tier.name}
      </button>
    </form>
  );
}
