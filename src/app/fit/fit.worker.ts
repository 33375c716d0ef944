/**
 * Web Worker entry of the fit: simulates one scenario and returns all its frames (transferred).
 * Cancelling a fit terminates the workers rather than interrupting a run.
 */
import * as Comlink from 'comlink';
import { simulateFrames } from '../../fit/simulateFrames';
import type { Scenario } from '../../sim/scenario';

export interface FitWorkerApi {
  run(scenario: Scenario): Float64Array;
}

const api: FitWorkerApi = {
  run: (scenario) => {
    const frames = simulateFrames(scenario);
    return Comlink.transfer(frames, [frames.buffer as ArrayBuffer]);
  },
};

Comlink.expose(api);
