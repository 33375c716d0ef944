/**
 * The paper's two capacities side by side: advertised (what the system serves with a warm cache)
 * and hidden (what the database serves alone, i.e. cold), and where the load sits between them.
 * With a stack of tiers either may be bounded by a service tier instead: the note names it.
 */
import { useLabState } from '../runtime/LabContext';
import { formatCount, formatPercent } from '../format';
import { Term } from '../glossary/Term';
import { TermText } from '../glossary/TermText';

export function CapacityReadout() {
  const caps = useLabState((s) => s.capacities);
  const load = useLabState((s) => s.params.workload.rps);
  const advertised = caps ? (Number.isFinite(caps.advertisedRps) ? formatCount(caps.advertisedRps) : '∞') : '–';
  const hidden = caps ? formatCount(caps.hiddenRps) : '–';
  return (
    <section className="capacity-readout" aria-label="Capacity">
      <dl>
        <div className="cap cap-advertised">
          <dt>
            <Term id="advertised-capacity" />
          </dt>
          <dd>
            <span className="cap-value" data-testid="advertised-capacity">
              {advertised}
            </span>{' '}
            <span className="unit">req/s</span>{' '}
            <span className="cap-note">
              warm, <Term id="che">{caps ? formatPercent(caps.warmHitRate, 0) : '–'} hits</Term>
              {caps?.advertisedBy !== undefined ? `, bounded by tier ${caps.advertisedBy}` : advertised === '∞' && ': the DB never limits it'}
            </span>
          </dd>
        </div>
        <div className="cap cap-hidden">
          <dt>
            <Term id="hidden-capacity" />
          </dt>
          <dd>
            <span className="cap-value" data-testid="hidden-capacity">
              {hidden}
            </span>{' '}
            <span className="unit">req/s</span>{' '}
            <span className="cap-note">{caps?.hiddenBy !== undefined ? `cold: bounded by tier ${caps.hiddenBy}` : 'cold: DB alone'}</span>
          </dd>
        </div>
        <div className="cap cap-load">
          <dt>Load</dt>
          <dd>
            <span className="cap-value">{formatCount(load)}</span> <span className="unit">req/s</span>{' '}
            <span className="cap-note">
              <TermText text={loadVerdict(load, caps?.hiddenRps, caps?.advertisedRps)} />
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Where the load sits between the two capacities, in the paper's words. */
export function loadVerdict(load: number, hidden?: number, advertised?: number): string {
  if (hidden === undefined || advertised === undefined) return '';
  if (load <= hidden) return '≤ hidden: stable';
  if (load <= advertised) return 'between: vulnerable';
  return '> advertised: overloaded';
}
