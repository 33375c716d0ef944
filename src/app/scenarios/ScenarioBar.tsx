/**
 * What travels with a scenario, in one row under the title: the presets gallery, Copy link, Export
 * and Import. Problems with an imported file are listed in an alert; the running scenario is kept
 * when a file is unusable.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { askToRun } from '../cost/askToRun';
import { useLab } from '../runtime/LabContext';
import { setScenarioIssues } from '../store/labActions';
import { CopyLink } from './CopyLink';
import { downloadScenario, readScenarioFile } from './scenarioFiles';
import { startShareSync, type ShareSync } from './shareSync';

const PresetGallery = lazy(() => import('./PresetGallery').then((m) => ({ default: m.PresetGallery })));

interface Notice {
  title: string;
  items: string[];
}

export function ScenarioBar() {
  const lab = useLab();
  const sync = useRef<ShareSync | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [galleryOpen, setGalleryOpen] = useState(false);
  // The gallery (every preset, its story and its link) loads on first open: it is not first-load weight.
  const [galleryWanted, setGalleryWanted] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    const s = startShareSync(lab);
    sync.current = s;
    return () => {
      s.dispose();
      sync.current = null;
    };
  }, [lab]);

  const importFile = async (file: File) => {
    const r = await readScenarioFile(file);
    if (!r.usable) {
      setNotice({ title: `${file.name} could not be used; the current scenario keeps running:`, items: r.errors });
      return;
    }
    if (!(await askToRun(r.scenario, { source: 'file', declineText: 'Keep the current run' }))) {
      setNotice({ title: `${file.name} was not run; the current scenario keeps running.`, items: [] });
      return;
    }
    setScenarioIssues(lab.store, []);
    lab.load(r.scenario);
    setNotice(r.errors.length > 0 ? { title: `${file.name} was imported with problems; what could be used runs:`, items: r.errors } : null);
  };

  return (
    <div className="scenario-bar">
      <div className="scenario-buttons" role="group" aria-label="Scenario">
        <button
          type="button"
          className="btn btn-small"
          aria-haspopup="dialog"
          onClick={() => {
            setGalleryWanted(true);
            setGalleryOpen(true);
          }}
        >
          Scenarios…
        </button>
        <CopyLink link={() => sync.current?.currentLink() ?? Promise.resolve(location.href)} />
        <button
          type="button"
          className="btn btn-small"
          title="Download the scenario as a JSON file (the document npm run simulate reads)"
          onClick={() => downloadScenario(lab.store.getState().scenario)}
        >
          Export
        </button>
        <button type="button" className="btn btn-small" title="Load a scenario JSON file" onClick={() => fileInput.current?.click()}>
          Import
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file can be chosen again
            if (file) void importFile(file);
          }}
        />
      </div>
      {notice && (
        <div className="scenario-notice" role="alert">
          <p>{notice.title}</p>
          <ul>
            {notice.items.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {galleryWanted ? (
        <Suspense fallback={null}>
          <PresetGallery open={galleryOpen} onClose={() => setGalleryOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
