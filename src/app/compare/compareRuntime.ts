/**
 * The compare view's page side: run B's settings (a small Zustand store), its frames (a FrameRing
 * the charts read next to A's) and the lockstep pump. The pump runs as a painter of the page's
 * FrameClock: whenever A's frames arrive, B is asked to reach A's simulated time, one request in
 * flight at a time, so B never runs ahead, never queues up work, and the page still paints once per
 * animation frame for both runs. One per lab (created lazily, so a lab without compare pays nothing).
 */
import * as Comlink from 'comlink';
import { createStore } from 'zustand/vanilla';
import { FrameRing } from '../data/frameRing';
import type { LabRuntime } from '../runtime/labRuntime';
import { MAX_FRAMES_KEPT } from '../runtime/runData';
import { showError } from '../store/labActions';
import type { CompareBatch, CompareWorkerApi } from './protocol';
import { loadedCompare, putCompare, type CompareRuntime, type CompareState } from './compareSlot';
import { newLifelineName, watchLifeline } from '../../platform/lifeline';
import { answerWithin } from '../../platform/watchdog';
import { answerBoundMs } from '../runtime/answerBound';
import { triggersForB, variantScenario } from './variant';
import { estimateBatchCost, needsConsent } from '../../sim/cost';
import { askToRun } from '../cost/askToRun';

const createCompareStore = () => createStore<CompareState>()(() => ({ enabled: false, plan: { ids: [], fromS: 0 }, bRunId: 0 }));

/**
 * How far A may run ahead of B, simulated ms. Far less than the charts' rolling window, so B's line
 * always shares A's axes; enough for several of A's batches, so A rarely waits on a quick machine.
 */
export const B_LEAD_MS = 10_000;

/** The lab's compare runtime, created on first use and then found by the charts through compareSlot.ts. */
export function compareFor(lab: LabRuntime): CompareRuntime {
  let c = loadedCompare(lab);
  if (!c) {
    c = startCompare(lab);
    putCompare(lab, c);
  }
  return c;
}

function startCompare(lab: LabRuntime): CompareRuntime {
  const store = createCompareStore();
  let worker: Worker | null = null;
  let api: Comlink.Remote<CompareWorkerApi> | null = null;
  let ring: FrameRing | null = null;
  let bNowMs = 0;
  let aRunId = -1;
  /** A's marks (counted over the run) already replayed on B or already in B's script. */
  let forwarded = 0;
  let inFlight = false;
  let unpaint: (() => void) | null = null;
  let unwatch = () => {};

  const fail = (e: unknown) => showError(lab.store, `The compare run failed: ${e instanceof Error ? e.message : String(e)}`);

  /** Starts B from A's scenario as it stands now: live changes A made so far are already in its script. */
  const restartB = () => {
    const a = lab.store.getState();
    const data = lab.data();
    aRunId = data.runId;
    forwarded = a.markCount;
    bNowMs = 0;
    ring = new FrameRing(Math.min(MAX_FRAMES_KEPT, Math.ceil((a.scenario.durationS * 1000) / a.scenario.intervalMs) + 1));
    const bRunId = store.getState().bRunId + 1;
    store.setState({ bRunId });
    lab.holdAt(B_LEAD_MS);
    api?.load(variantScenario(a.scenario, store.getState().plan), bRunId).catch(fail);
  };

  const pump = () => {
    if (!api || !store.getState().enabled) return;
    const data = lab.data();
    if (data.runId !== aRunId) restartB();
    if (inFlight) return;
    const { markCount } = lab.store.getState();
    // data.marks holds the newest marks of the run; the first `markCount − length` were dropped.
    const firstHeld = markCount - data.marks.length;
    const fresh = data.marks.slice(Math.max(0, forwarded - firstHeld));
    const untilMs = data.nowS * 1000;
    if (fresh.length === 0 && untilMs <= bNowMs) return;
    forwarded = markCount;
    inFlight = true;
    const sentFor = store.getState().bRunId;
    const remote = api;
    // A stuck worker (an endless loop) is alive but never answers, and B would hold A with it: wait
    // as long as B's stretch of simulated time (and its build, which may still be under way) can
    // take, then end the comparison so A runs on.
    const boundMs = answerBoundMs(variantScenario(lab.store.getState().scenario, store.getState().plan), (untilMs - bNowMs) / 1000);
    answerWithin(remote.follow(untilMs, triggersForB(fresh, store.getState().plan)), boundMs, () => {
      if (api !== remote) return;
      setEnabled(false);
      fail(
        `run B stopped answering (no answer in ${Math.round(boundMs / 1000)} s: its worker was stuck and has been ended, so run A runs on); press Compare to start B again`,
      );
    })
      .then((batch: CompareBatch) => {
        inFlight = false;
        if (batch.runId === sentFor && sentFor === store.getState().bRunId && ring) {
          ring.push(batch.frames);
          bNowMs = batch.nowMs;
          lab.holdAt(bNowMs + B_LEAD_MS);
          lab.clock.invalidate();
        }
        // A may have moved on (or paused, so no paint will come): catch up now.
        pump();
      })
      .catch((e: unknown) => {
        inFlight = false;
        fail(e);
      });
  };

  /**
   * Comparing runs a second simulation beside A: a run agreed to as costly doubles, so the cost of
   * both (memory at once, work of both) is asked about first; a cheap pair starts at once.
   */
  const setEnabled = (on: boolean) => {
    if (on && !store.getState().enabled) {
      const a = lab.store.getState().scenario;
      const both = estimateBatchCost([a, variantScenario(a, store.getState().plan)], 2);
      if (needsConsent(both)) {
        void askToRun(a, { source: 'comparison', declineText: 'Do not compare', cost: both }).then((yes) => {
          if (yes) turn(true);
        });
        return;
      }
    }
    turn(on);
  };

  const turn = (on: boolean) => {
    if (on === store.getState().enabled) return;
    store.setState({ enabled: on });
    if (on) {
      worker = new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module', name: 'compare' });
      worker.addEventListener('error', (e) => fail(e.message || 'worker error'));
      const remote = Comlink.wrap<CompareWorkerApi>(worker);
      api = remote;
      // A dead worker never answers, so B would stand still and hold A with it: end the comparison.
      const lifeline = newLifelineName('compare');
      remote
        .lifeline(lifeline)
        .then(() => {
          if (api !== remote) return;
          unwatch = watchLifeline(lifeline, () => {
            if (api !== remote) return;
            setEnabled(false);
            fail('its worker stopped unexpectedly (the browser may have run short of memory); press Compare to start B again');
          });
        })
        .catch(fail);
      restartB();
      unpaint = lab.clock.add(pump);
    } else {
      unpaint?.();
      unpaint = null;
      unwatch();
      unwatch = () => {};
      lab.holdAt(null);
      api?.[Comlink.releaseProxy]();
      worker?.terminate();
      worker = null;
      api = null;
      ring = null;
      inFlight = false;
      aRunId = -1;
      // The charts drop B's lines on the next paint.
      lab.clock.invalidate();
    }
  };

  return {
    store,
    ring: () => ring,
    nowS: () => bNowMs / 1000,
    setEnabled,
    setPlan: (plan) => {
      store.setState({ plan });
      if (store.getState().enabled) {
        restartB();
        lab.clock.invalidate();
      }
    },
  };
}
