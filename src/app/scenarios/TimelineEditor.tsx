/**
 * The script under the charts: every scripted trigger and change as a chip on a track spanning the
 * whole run. Drag a chip (or focus it and press ←/→, Shift for 10 s) to move it, Delete to remove it,
 * Enter to edit it; "Add event" adds one. Any edit restarts the run from the edited script, so what
 * you see is exactly what the link (which now carries the edit) shows everyone else.
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { describeTrigger } from '../../sim/describeTrigger';
import type { Scenario, ScenarioEvent } from '../../sim/scenario';
import { markText } from '../featureParts';
import { formatSimTime } from '../format';
import { useLab, useLabState } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { chipLanes } from './chipLanes';
import { addEvent, clampTime, removeEvent, replaceEvent } from './scriptChanges';

// The event form (every field of every event kind) loads when an event is first added or edited.
const EventForm = lazy(() => import('./EventForm').then((m) => ({ default: m.EventForm })));

type Editing = { mode: 'add'; atS: number } | { mode: 'edit'; index: number } | null;

const chipText = (ev: ScenarioEvent) => markText({ tS: ev.atS, trigger: ev, source: 'script', label: ev.label ?? describeTrigger(ev), eventLabel: ev.label });
/** Quiet time after the last arrow key before a keyboard move restarts the run, ms. */
const KEY_SETTLE_MS = 400;
/** Pointer travel below which a press on a chip is a click (edit), not a drag, px. */
const DRAG_PX = 4;
/** Height of one lane of chips, px; chips that would overlap go one lane down. */
const LANE_PX = 22;

/** Puts the track's chips in lanes so none covers another (measured after every layout change). */
function layOutChips(track: HTMLElement): void {
  const chips = Array.from(track.querySelectorAll<HTMLElement>('.script-chip'));
  const edge = track.getBoundingClientRect();
  // A chip centred near either end would hang over the 0:00 or end-time label: nudge it inside.
  const boxes = chips.map((c) => {
    c.style.marginLeft = '';
    const r = c.getBoundingClientRect();
    const shift = Math.max(0, edge.left - r.left) - Math.max(0, r.right - edge.right);
    if (shift !== 0) c.style.marginLeft = `${shift}px`;
    return { left: r.left + shift, right: r.right + shift };
  });
  const { lanes, count } = chipLanes(boxes);
  chips.forEach((c, i) => {
    c.style.top = `${2 + lanes[i] * LANE_PX}px`;
  });
  track.style.height = `${6 + count * LANE_PX}px`;
}

export function TimelineEditor() {
  const lab = useLab();
  const scenario = useLabState((s) => s.scenario);
  const [editing, setEditing] = useState<Editing>(null);
  const [preview, setPreview] = useState<{ index: number; atS: number } | null>(null);
  const track = useRef<HTMLDivElement>(null);
  const cursor = useRef<HTMLDivElement>(null);
  const keyTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const drag = useRef<{ index: number; x0: number; moved: boolean } | null>(null);
  const dragged = useRef(false);
  /** Where focus goes after an edit re-renders the chips: a chip's time, or the Add button. */
  const refocus = useRef<number | 'add' | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const dur = scenario.durationS;

  useEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (target === null) return;
    const chip = target === 'add' ? null : track.current?.querySelector<HTMLElement>(`[data-at-s="${target}"]`);
    (chip ?? addButton.current)?.focus();
  }, [scenario]);

  useLayoutEffect(() => {
    if (track.current) layOutChips(track.current);
  });
  useEffect(() => {
    const t = track.current;
    if (!t || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => layOutChips(t));
    ro.observe(t);
    return () => ro.disconnect();
  }, []);

  usePainter(() => {
    const d = lab.data();
    if (cursor.current) cursor.current.style.left = `${(100 * Math.min(d.nowS, dur)) / dur}%`;
  });

  const commit = (next: Scenario, focusAt: number | 'add' = 'add') => {
    refocus.current = focusAt;
    const s = lab.store.getState();
    lab.load(next, s.playing || s.done);
  };
  const move = (index: number, atS: number) => {
    setPreview(null);
    const ev = scenario.events[index];
    if (ev && ev.atS !== atS) commit(replaceEvent(scenario, index, { ...ev, atS }), atS);
  };
  const timeAt = (clientX: number) => {
    const r = track.current?.getBoundingClientRect();
    return r ? clampTime(((clientX - r.left) / r.width) * dur, dur) : 0;
  };
  const shown = (i: number) => (preview?.index === i ? preview.atS : scenario.events[i].atS);

  return (
    <section className="script-editor" aria-labelledby="script-heading">
      <h2 id="script-heading" className="script-heading">
        Script <span className="count">{scenario.events.length}</span>
      </h2>
      <div className="script-track" ref={track} data-testid="script-track">
        <span className="script-tick script-tick-start">0:00</span>
        <span className="script-tick script-tick-end">{formatSimTime(dur)}</span>
        <div className="script-cursor" ref={cursor} aria-hidden="true" />
        {scenario.events.map((ev, i) => (
          <button
            key={`${i}-${ev.type}-${ev.atS}`}
            type="button"
            className="script-chip"
            data-at-s={shown(i)}
            data-type={ev.type}
            style={{ left: `${(100 * shown(i)) / dur}%` }}
            aria-label={`${chipText(ev)} at ${formatSimTime(shown(i))} (${shown(i)} s). Arrows move it, Delete removes it, Enter edits it.`}
            title={`${chipText(ev)} at ${shown(i)} s`}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              drag.current = { index: i, x0: e.clientX, moved: false };
            }}
            onPointerMove={(e) => {
              const d = drag.current;
              if (!d || d.index !== i) return;
              if (Math.abs(e.clientX - d.x0) >= DRAG_PX) d.moved = true;
              if (d.moved) setPreview({ index: i, atS: timeAt(e.clientX) });
            }}
            onPointerUp={(e) => {
              const d = drag.current;
              drag.current = null;
              dragged.current = d?.moved ?? false;
              if (d?.moved) move(i, timeAt(e.clientX));
            }}
            onClick={(e) => {
              // A drag ends in a click too; only a press that did not move opens the form.
              if (dragged.current) {
                dragged.current = false;
                return;
              }
              opener.current = e.currentTarget;
              setEditing({ mode: 'edit', index: i });
            }}
            onKeyDown={(e) => {
              const stepS = e.shiftKey ? 10 : 1;
              if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                e.preventDefault();
                const atS = clampTime(shown(i) + (e.key === 'ArrowLeft' ? -stepS : stepS), dur);
                setPreview({ index: i, atS });
                clearTimeout(keyTimer.current);
                keyTimer.current = setTimeout(() => move(i, atS), KEY_SETTLE_MS);
              } else if (e.key === 'Delete' || e.key === 'Backspace') {
                e.preventDefault();
                commit(removeEvent(scenario, i));
              }
            }}
          >
            {chipText(ev)}
          </button>
        ))}
      </div>
      <button
        ref={addButton}
        type="button"
        className="btn btn-small"
        aria-haspopup="true"
        onClick={(e) => {
          opener.current = e.currentTarget;
          setEditing({ mode: 'add', atS: Math.round(Math.min(lab.data().nowS, dur)) });
        }}
      >
        Add event
      </button>
      {editing && (
        <div className="script-popover">
          <Suspense fallback={<p className="hint">Loading…</p>}>
            <EventForm
              key={editing.mode === 'edit' ? `e${editing.index}` : 'add'}
              scenario={scenario}
              event={editing.mode === 'edit' ? scenario.events[editing.index] : undefined}
              atS={editing.mode === 'add' ? editing.atS : 0}
              onCancel={() => {
                setEditing(null);
                opener.current?.focus();
              }}
              onSave={(ev) => {
                setEditing(null);
                commit(editing.mode === 'edit' ? replaceEvent(scenario, editing.index, ev) : addEvent(scenario, ev), ev.atS);
              }}
              onRemove={editing.mode === 'edit' ? () => (setEditing(null), commit(removeEvent(scenario, editing.index))) : undefined}
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}
