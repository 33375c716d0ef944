/** Play/pause, step, reset, speed and seed: how the run moves through simulated time. */
import { useState } from 'react';
import { SPEEDS, type Speed } from '../../worker/protocol';
import { useLab, useLabState } from '../runtime/LabContext';
import { TOP_LEVEL } from '../../sim/schema';

const speedLabel = (s: Speed) => (s === 'max' ? 'Max' : `${s}×`);
const speedTitle = (s: Speed) => (s === 'max' ? 'as fast as this machine allows' : `${s} simulated second${s === 1 ? '' : 's'} per second`);

export function Transport() {
  const lab = useLab();
  const playing = useLabState((s) => s.playing);
  const done = useLabState((s) => s.done);
  const speed = useLabState((s) => s.speed);
  const seed = useLabState((s) => s.scenario.seed);
  const [seedText, setSeedText] = useState<string | null>(null);
  const seedValue = seedText ?? String(seed);
  const seedValid = /^\d+$/.test(seedValue) && Number(seedValue) <= TOP_LEVEL.seed.max;

  return (
    <section className="transport" aria-label="Run">
      <div className="transport-buttons">
        <button
          type="button"
          className="btn btn-primary"
          aria-keyshortcuts="Space"
          title="Space"
          onClick={() => (playing ? lab.pause() : done ? lab.reset() : lab.play())}
        >
          {playing ? 'Pause' : done ? 'Run again' : 'Play'}
        </button>
        <button type="button" className="btn" aria-keyshortcuts="S" title="S" onClick={() => lab.step()} disabled={playing || done}>
          Step
        </button>
        <button type="button" className="btn" onClick={() => lab.reset()}>
          Reset
        </button>
      </div>
      <fieldset className="speed">
        <legend>Speed</legend>
        {SPEEDS.map((s) => (
          <label key={String(s)} className="seg" title={speedTitle(s)}>
            <input type="radio" name="speed" value={String(s)} checked={speed === s} onChange={() => lab.setSpeed(s)} />
            <span>{speedLabel(s)}</span>
          </label>
        ))}
      </fieldset>
      <form
        className="seed"
        onSubmit={(e) => {
          e.preventDefault();
          if (!seedValid) return;
          setSeedText(null);
          lab.reset(Number(seedValue));
        }}
      >
        <label htmlFor="seed-input">Seed</label>
        <input
          id="seed-input"
          inputMode="numeric"
          value={seedValue}
          aria-invalid={!seedValid}
          aria-describedby="seed-help"
          onChange={(e) => setSeedText(e.currentTarget.value)}
        />
        <button type="submit" className="btn" disabled={!seedValid}>
          Restart
        </button>
        <span id="seed-help" className="param-hint">
          {seedValid ? 'Same seed, same run, bit for bit.' : `A whole number from 0 to ${TOP_LEVEL.seed.max}.`}
        </span>
      </form>
    </section>
  );
}
