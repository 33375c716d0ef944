/**
 * The map page (`?view=map`): a trigger map or a hysteresis sweep of the scenario in the link. The
 * page's setup (scenario + axes) is always in the address, so the address is the map's share link;
 * a new setup restarts the sweep. The lab is one link away with the same scenario.
 */
import { useEffect, useRef, useState } from 'react';
import type { MapSpec } from '../../map';
import { encodeLink } from '../../share';
import { defaultSpec, labPageUrl, mapPageUrl } from './mapAddress';
import { MapForm } from './MapForm';
import { prepareSetup, readMapStartup, type MapSetup, type MapStartup } from './mapStartup';
import { HysteresisView } from './HysteresisView';
import { TriggerMapView } from './TriggerMapView';

const MODES: { mode: MapSpec['mode']; label: string }[] = [
  { mode: 'map', label: 'Trigger map' },
  { mode: 'hysteresis', label: 'Hysteresis' },
];

export function MapPage({ startup }: { startup: MapStartup }) {
  const [setup, setSetup] = useState<MapSetup>({ scenario: startup.scenario, spec: startup.spec });
  const [notes, setNotes] = useState(startup.notes);
  const [issues, setIssues] = useState(startup.issues);
  const [labHref, setLabHref] = useState('./');
  const lastSpec = useRef(new Map<MapSpec['mode'], MapSpec>());
  // Remembered after commit, for switching back to a mode with the axes it had.
  useEffect(() => {
    lastSpec.current.set(setup.spec.mode, setup.spec);
  }, [setup]);

  // The address follows the setup (replaceState: a sequence of sweeps is not a history of pages).
  useEffect(() => {
    let live = true;
    void encodeLink(setup.scenario).then((r) => {
      if (!live || !r.ok) return;
      history.replaceState(history.state, '', mapPageUrl(location.pathname, r.link, setup.spec));
      setLabHref(labPageUrl(location.pathname, r.link));
    });
    return () => {
      live = false;
    };
  }, [setup]);

  // A map link pasted into the address bar of this page changes only the hash: no reload happens.
  useEffect(() => {
    const onHashChange = () =>
      void readMapStartup(location).then((next) => {
        setSetup({ scenario: next.scenario, spec: next.spec });
        setNotes(next.notes);
        setIssues(next.issues);
      });
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  const switchMode = (mode: MapSpec['mode']) => {
    if (mode === setup.spec.mode) return;
    const spec = lastSpec.current.get(mode) ?? defaultSpec(setup.scenario, mode);
    try {
      const next = prepareSetup(setup.scenario, spec);
      setSetup(next.setup);
      setNotes(next.notes);
    } catch (e) {
      setNotes([(e as Error).message]);
    }
  };

  const formKey = `${setup.spec.mode}:${JSON.stringify(setup.spec)}:${setup.scenario.durationS}`;
  return (
    <div className="map-page">
      <header className="map-header">
        <h1>Metastability map</h1>
        <nav aria-label="Map views" className="map-modes">
          {MODES.map((m) => (
            <button key={m.mode} type="button" className="btn btn-small" aria-pressed={setup.spec.mode === m.mode} onClick={() => switchMode(m.mode)}>
              {m.label}
            </button>
          ))}
        </nav>
        <a className="btn btn-small map-back" href={labHref}>
          ← Back to the lab
        </a>
      </header>
      <aside className="map-side" aria-label="Sweep settings">
        {setup.scenario.title && <p className="map-scenario">Scenario: {setup.scenario.title}</p>}
        <MapForm
          key={formKey}
          setup={setup}
          onCompute={(s, n) => {
            setSetup(s);
            setNotes(n);
          }}
        />
        {issues.length > 0 && (
          <ul className="map-notes map-issues" role="alert">
            {issues.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        {notes.length > 0 && (
          <ul className="map-notes">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </aside>
      <main className="map-main">
        {setup.spec.mode === 'map' ? <TriggerMapView key={formKey} setup={setup} /> : <HysteresisView key={formKey} setup={setup} />}
      </main>
    </div>
  );
}
