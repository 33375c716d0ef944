/**
 * The paper's two capacities side by side: advertised (what the system serves with a warm cache)
 * and hidden (what the database serves alone, i.e. cold), and where the load sits between them.
 * With a stack of tiers either may be bounded by a service tier instead: the note names it. The
 * figures follow what is in force (./capacityView): the load that arrives now, the contention curve,
 * the run's own hit rate where Che cannot know it.
 */
import { useState } from 'react';
import { useLab, useLabState } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { Term } from '../glossary/Term';
import { TermText } from '../glossary/TermText';
import { capacityView, recentFrames, type RecentFrames } from './capacityView';

export function CapacityReadout() {
  const lab = useLab();
  const caps = useLabState((s) => s.capacities);
  const params = useLabState((s) => s.params);
  // Rounded so that React renders only when a shown figure changes, not on every frame.
  const [recent, setRecent] = useState<RecentFrames | null>(null);
  usePainter(() => {
    const r = recentFrames(lab.data().ring);
    const next = r && { firstRps: Math.round(r.firstRps), hitRate: Math.round(r.hitRate * 100) / 100 };
    setRecent((old) => (old?.firstRps === next?.firstRps && old?.hitRate === next?.hitRate ? old : next));
  });
  const view = caps ? capacityView(caps, params, recent) : null;
  return (
    <section className="capacity-readout" aria-label="Capacity">
      <dl>
        <div className="cap cap-advertised">
          <dt>
            <Term id="advertised-capacity" />
          </dt>
          <dd>
            <span className="cap-value" data-testid="advertised-capacity">
              {view ? view.advertised.value : '–'}
            </span>{' '}
            {view?.advertised.perSecond !== false && <span className="unit">req/s</span>}{' '}
            <span className="cap-note">{view && <TermText text={view.advertised.note} />}</span>
          </dd>
        </div>
        <div className="cap cap-hidden">
          <dt>
            <Term id="hidden-capacity" />
          </dt>
          <dd>
            <span className="cap-value" data-testid="hidden-capacity">
              {view ? view.hidden.value : '–'}
            </span>{' '}
            <span className="unit">req/s</span> <span className="cap-note">{view?.hidden.note ?? ''}</span>
          </dd>
        </div>
        <div className="cap cap-load">
          <dt>Load</dt>
          <dd>
            <span className="cap-value" data-testid="load-in-force">
              {view ? view.load.value : '–'}
            </span>{' '}
            <span className="unit">req/s</span>{' '}
            <span className="cap-note">
              {view?.load.note ? `${view.load.note} ` : ''}
              {view && <TermText text={view.load.verdict} />}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
