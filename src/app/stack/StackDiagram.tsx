/**
 * The request path as a strip over the charts: users → each tier → the look-aside cache → the
 * database. Each tier shows its live utilization (a cache tier: its hit rate), queue and errors;
 * each arrow the attempts arriving there per user request. The numbers are painted from the metric
 * frames (textContent, no re-render per frame); React renders only when the stack changes. A tier
 * is a button: click it, or focus it and press Enter, to edit it in the controls column.
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Tier } from '../../sim/stackSchema';
import type { FrameRing } from '../data/frameRing';
import { formatCount, formatPercent } from '../format';
import { useLab, useLabState } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { showError } from '../store/labActions';
import { formatAmplification, pathReadout } from './pathReadout';
import { addTier } from './stackEdits';
import { stackViewFor } from './stackView';
import './stack.css';

const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 2 });
/** 1835 → "1.8K", 796.5 → "800", 0.071 → "0.1": short enough for a tier's box at 1280 px; NaN → "–". */
const compact = (v: number) => (!Number.isFinite(v) ? '–' : Math.abs(v) < 10 ? String(Math.round(v * 10) / 10) : compactFormat.format(v));

/**
 * The frame the charts show: the one pointed at, else the newest (as charts/hoverLayer's frameAt,
 * restated here so this lazily loaded chunk does not pull that module out of the first load).
 */
function frameShown(ring: FrameRing, tS: number | null): number {
  if (ring.length === 0) return -1;
  return tS === null ? ring.length - 1 : Math.min(ring.length - 1, ring.lowerBound(tS));
}

/** Text nodes the painter fills, per tier and for the fixed ends of the path. */
interface Cells {
  amp: (HTMLElement | null)[];
  load: (HTMLElement | null)[];
  queue: (HTMLElement | null)[];
  errors: (HTMLElement | null)[];
  bar: (HTMLElement | null)[];
  users: HTMLElement | null;
  usersAmp: HTMLElement | null;
  hit: HTMLElement | null;
  db: HTMLElement | null;
  dbLoad: HTMLElement | null;
  dbAmp: HTMLElement | null;
}

export function StackDiagram() {
  const lab = useLab();
  const view = stackViewFor(lab);
  const stack = useLabState((s) => s.stack);
  const selected = useStore(view, (s) => s.selected);
  const cells = useRef<Cells>({
    amp: [],
    load: [],
    queue: [],
    errors: [],
    bar: [],
    users: null,
    usersAmp: null,
    hit: null,
    db: null,
    dbLoad: null,
    dbAmp: null,
  });

  // Once the run has tiers the diagram shows for them; "building" ends, so a scenario loaded later
  // without tiers closes the diagram again.
  useEffect(() => {
    if (stack.length > 0 && view.getState().building) view.setState({ building: false });
  }, [stack.length, view]);

  usePainter(() => {
    const data = lab.data();
    const r = pathReadout(data.ring, data.tiers, lab.store.getState().stack, frameShown(data.ring, lab.hover.tS));
    const c = cells.current;
    const put = (el: HTMLElement | null, text: string) => {
      if (el && el.textContent !== text) el.textContent = text;
    };
    put(c.users, r ? `${formatCount(r.usersRps)} req/s` : '–');
    put(c.usersAmp, formatAmplification(r?.usersAmplification ?? Number.NaN));
    r?.tiers.forEach((t, k) => {
      const cache = stack[k]?.kind === 'cache';
      put(c.amp[k], formatAmplification(t.amplification));
      put(c.load[k], formatPercent(t.load, 0));
      put(c.queue[k], cache ? `${compact(t.queue)} joined/s` : `q ${compact(t.queue)}`);
      put(c.errors[k], `${compact(t.errorsRps)} err/s`);
      c.errors[k]?.toggleAttribute('data-failing', t.errorsRps >= 1);
      const bar = c.bar[k];
      if (bar) bar.style.width = `${Math.round(100 * Math.min(1, Math.max(0, Number.isFinite(t.load) ? t.load : 0)))}%`;
    });
    put(c.hit, r ? `${formatPercent(r.hitRate, 0)} hit` : '–');
    put(c.dbLoad, r ? formatPercent(r.dbUtil, 0) : '–');
    put(c.db, r ? `q ${compact(r.dbQueue)}` : '–');
    put(c.dbAmp, formatAmplification(r?.dbAmplification ?? Number.NaN));
  });

  const select = (name: string) => {
    view.setState({ selected: selected === name ? null : name });
    lab.clock.invalidate();
  };
  const add = (kind: Tier['kind']) => {
    const s = lab.store.getState();
    const r = addTier(s.scenario, kind);
    if (!r.ok) return showError(lab.store, r.error);
    const added = r.scenario.stack?.[r.scenario.stack.length - 1]?.name ?? null;
    // Still "building" until the run restarts with the tier, so the diagram (and its focus) stays.
    view.setState({ selected: added });
    lab.load(r.scenario, s.playing || s.done);
  };
  const ref =
    <K extends 'amp' | 'load' | 'queue' | 'errors' | 'bar'>(key: K, k: number) =>
    (el: HTMLElement | null) => {
      cells.current[key][k] = el;
    };

  return (
    <section className="stack-diagram" aria-labelledby="stack-heading" aria-describedby="stack-hint">
      <h2 id="stack-heading" className="visually-hidden">
        Request path
      </h2>
      <p className="visually-hidden" id="stack-hint">
        Select a tier to edit it. The figure on each arrow is attempts arriving there per user request.
      </p>
      <p className="visually-hidden" id="stack-restart">
        Adding, removing or moving a tier rewrites the scenario and restarts the run from 0 s.
      </p>
      <ol className="stack-path">
        <li className="stack-node stack-end">
          <span className="stack-name">users</span>
          <span
            className="stack-line"
            ref={(el) => {
              cells.current.users = el;
            }}
          >
            –
          </span>
        </li>
        {stack.map((t, k) => (
          <li key={t.name} className="stack-hop">
            <Arrow what="attempts per user request" cell={ref('amp', k)} />
            <button
              type="button"
              className="stack-node stack-tier"
              data-tier={t.name}
              data-kind={t.kind}
              aria-pressed={selected === t.name}
              aria-describedby="stack-hint"
              onClick={() => select(t.name)}
            >
              <span className="stack-bar" ref={ref('bar', k)} aria-hidden="true" />
              <span className="stack-top">
                <span className="stack-name">
                  {t.name} <span className="stack-shape">{t.kind === 'service' ? `${compact(t.instances)}×${compact(t.slots)}` : 'cache'}</span>
                </span>
                <span className="stack-load" title={t.kind === 'cache' ? 'hit rate' : 'share of slots held'}>
                  <span data-cell="load" ref={ref('load', k)}>
                    –
                  </span>
                  <span className="visually-hidden">{t.kind === 'cache' ? ' hit rate' : ' of slots busy'}</span>
                </span>
              </span>
              <span className="stack-line">
                <span data-cell="queue" ref={ref('queue', k)}>
                  –
                </span>
                {' · '}
                <span data-cell="errors" className="stack-errors" ref={ref('errors', k)}>
                  –
                </span>
              </span>
            </button>
          </li>
        ))}
        <li className="stack-hop">
          {/* No column counts the calls the last tier makes to the cache: the figure is the users' own, without tiers. */}
          <Arrow
            what="attempts per user request"
            cell={
              stack.length === 0
                ? (el) => {
                    cells.current.usersAmp = el;
                  }
                : undefined
            }
          />
          <div className="stack-node stack-end">
            <span className="stack-name">cache</span>
            <span
              className="stack-line"
              ref={(el) => {
                cells.current.hit = el;
              }}
            >
              –
            </span>
          </div>
        </li>
        <li className="stack-hop">
          <Arrow
            what="database queries per user request"
            cell={(el) => {
              cells.current.dbAmp = el;
            }}
          />
          <div className="stack-node stack-end">
            <span className="stack-top">
              <span className="stack-name" title="database">
                DB
              </span>
              <span className="stack-load" title="share of database worker time busy">
                <span
                  ref={(el) => {
                    cells.current.dbLoad = el;
                  }}
                >
                  –
                </span>
                <span className="visually-hidden"> busy</span>
              </span>
            </span>
            <span
              className="stack-line"
              ref={(el) => {
                cells.current.db = el;
              }}
            >
              –
            </span>
          </div>
        </li>
        <li className="stack-add">
          <button
            type="button"
            className="btn btn-small"
            aria-describedby="stack-restart"
            title="Adds a service tier above the cache; restarts the run"
            onClick={() => add('service')}
          >
            + Service tier
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-describedby="stack-restart"
            title="Adds a cache tier above the cache; restarts the run"
            onClick={() => add('cache')}
          >
            + Cache tier
          </button>
        </li>
      </ol>
      {stack.length === 0 && (
        <p className="stack-building">
          Add tiers between the users and the cache. Adding, removing or moving a tier restarts the run from 0 s.{' '}
          <button type="button" className="btn btn-small" onClick={() => view.setState({ building: false })}>
            Close
          </button>
        </p>
      )}
    </section>
  );
}

/** An arrow of the path with its amplification (`what` it counts); without `cell`, an arrow without a figure. */
function Arrow({ cell, what }: { cell?: (el: HTMLElement | null) => void; what: string }) {
  return (
    <span className="stack-arrow">
      {cell && (
        <span className="stack-amp" title={what}>
          <span data-amplification="" ref={cell}>
            ×–
          </span>
          <span className="visually-hidden"> {what}</span>
        </span>
      )}
      <span aria-hidden="true">→</span>
    </span>
  );
}
