/** The live knobs: the trigger (Flush cache) first, then every parameter slider. */
import { useLab } from '../runtime/LabContext';
import { CONTROLS } from '../store/controls';
import { MoreTriggers } from './MoreTriggers';
import { ParamSlider } from './ParamSlider';

export function ControlPanel() {
  const lab = useLab();
  return (
    <section className="control-panel" aria-labelledby="controls-heading">
      <h2 id="controls-heading" className="panel-heading">
        Live controls
      </h2>
      <button type="button" className="btn btn-trigger" onClick={() => lab.flushCache()} aria-describedby="flush-hint" aria-keyshortcuts="F">
        Flush cache
      </button>
      <p id="flush-hint" className="param-hint">
        The trigger: empties the cache at once, now. Keys: <kbd>F</kbd> flush, <kbd>Space</kbd> play/pause, <kbd>?</kbd> all keys.
      </p>
      <MoreTriggers />
      {CONTROLS.map((c) => (
        <ParamSlider key={c.id} spec={c} />
      ))}
    </section>
  );
}
