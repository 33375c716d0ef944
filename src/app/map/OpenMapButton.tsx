/**
 * The lab's way to the map: opens the map page for the scenario running now (its share link), where
 * the trigger map of that scenario starts computing. A plain navigation, so Back returns to the lab.
 */
import { useState } from 'react';
import { encodeLink } from '../../share';
import { useLab } from '../runtime/LabContext';
import { showError } from '../store/labActions';
import { mapPageForScenario } from './mapRoute';

export function OpenMapButton() {
  const lab = useLab();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    const r = await encodeLink(lab.store.getState().scenario);
    if (!r.ok) {
      showError(lab.store, r.error);
      setBusy(false);
      return;
    }
    location.assign(mapPageForScenario(location.pathname, r.link));
  };
  return (
    <button
      type="button"
      className="btn btn-small"
      style={{ marginLeft: 'auto' }}
      disabled={busy}
      onClick={() => void open()}
      title="Where does this scenario recover from a trigger, and where does it stay stuck? A map over load and trigger size, and the hysteresis of warm and cold starts"
    >
      Map
    </button>
  );
}
