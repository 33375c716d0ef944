/** The lectern keys, shown with `?`. */
import { PRESENTER_KEYS } from '../presenterKeys';
import { useWorkshop, useWorkshopState } from './WorkshopContext';

export function HelpOverlay() {
  const workshop = useWorkshop();
  const open = useWorkshopState((s) => s.helpOpen);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-heading" onClick={() => workshop.toggle('helpOpen', false)}>
      <div className="overlay-card help-card" onClick={(e) => e.stopPropagation()}>
        <h2 id="help-heading">Keyboard shortcuts</h2>
        <dl className="key-list">
          {PRESENTER_KEYS.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="btn" autoFocus onClick={() => workshop.toggle('helpOpen', false)}>
          Close (Esc)
        </button>
      </div>
    </div>
  );
}
