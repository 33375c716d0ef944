/**
 * The presets gallery: a modal dialog listing every preset as a link (`#s=…`, so it can also be
 * opened in a new tab or copied), with its two-line story and the question it asks the room.
 * Escape closes it (native <dialog>), focus goes to the first preset and back to the opener.
 */
import { useEffect, useState } from 'react';
import { presetLink } from '../../presets/links';
import { PRESETS, presetScenario } from '../../presets/presets';
import { useLab } from '../runtime/LabContext';
import { useModalDialog } from '../shell/useModalDialog';

export function PresetGallery({ open, onClose }: { open: boolean; onClose: () => void }) {
  const lab = useLab();
  const { ref: dialog, close, onCancel, onClose: onDialogClose } = useModalDialog(open, onClose);
  const [hashes, setHashes] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!open || Object.keys(hashes).length > 0) return;
    let live = true;
    void Promise.all(PRESETS.map((p) => presetLink(p))).then((links) => {
      if (live) setHashes(Object.fromEntries(links.map((l) => [l.id, l.hash])));
    });
    return () => {
      live = false;
    };
  }, [open, hashes]);

  return (
    <dialog ref={dialog} className="preset-gallery" aria-labelledby="gallery-title" onCancel={onCancel} onClose={onDialogClose}>
      <header className="gallery-head">
        <h2 id="gallery-title">Scenarios</h2>
        <p className="param-hint">Each opens as a link you can share; the run starts at once.</p>
        <button type="button" className="btn btn-small" onClick={close}>
          Close
        </button>
      </header>
      <ul className="gallery-list">
        {PRESETS.map((p) => {
          const [line1, line2] = p.story.split('\n');
          const hash = hashes[p.id];
          return (
            <li key={p.id} className="gallery-item" data-preset={p.id}>
              <h3>
                <a
                  href={hash ?? '#'}
                  aria-disabled={hash === undefined}
                  onClick={(e) => {
                    if (hash === undefined) {
                      e.preventDefault();
                      return;
                    }
                    // The same hash fires no hashchange: start the preset over directly.
                    if (hash === location.hash) {
                      e.preventDefault();
                      lab.load(presetScenario(p));
                    }
                    close();
                  }}
                >
                  {p.title}
                </a>
              </h3>
              <p className="gallery-story">{line1}</p>
              {line2 && <p className="gallery-story">{line2}</p>}
              <p className="gallery-question">
                <strong>Ask:</strong> {p.question}
              </p>
            </li>
          );
        })}
      </ul>
    </dialog>
  );
}
