/** The list of every keyboard shortcut (KEY_LIST), as a native modal dialog opened by `?` or a Keys button. */
import { useStore } from 'zustand';
import { useModalDialog } from '../shell/useModalDialog';
import { keysDialog, setKeysDialogOpen } from './keysDialogStore';
import { KEY_LIST } from './shortcuts';

export function KeysDialog() {
  const open = useStore(keysDialog, (s) => s.open);
  const { ref, close, onCancel, onClose } = useModalDialog(open, () => setKeysDialogOpen(false));
  return (
    <dialog ref={ref} className="lab-dialog keys-dialog" aria-labelledby="keys-heading" onCancel={onCancel} onClose={onClose}>
      <h2 id="keys-heading">Keyboard shortcuts</h2>
      <p className="param-hint">The keys act when no field, slider or button has the focus.</p>
      {KEY_LIST.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3 className="keys-group">{g.title}</h3>
          <dl className="key-list">
            {g.keys.map(([key, what]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <button type="button" className="btn" autoFocus onClick={close}>
        Close (Esc)
      </button>
    </dialog>
  );
}

/** A small button that opens the list of keys, for those who don't know `?`. */
export function KeysButton() {
  return (
    <button type="button" className="btn btn-quiet btn-small" onClick={() => setKeysDialogOpen(true)} aria-keyshortcuts="?" title="Keyboard shortcuts (?)">
      Keys ?
    </button>
  );
}
