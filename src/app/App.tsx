/**
 * The lab's layout. Left: what you can do (run, trigger, knobs, events). Right: what happens — the
 * state with its reason and the paper's capacities on top, then the timeline and the charts, all
 * sized to fit a 1280×720 projector without scrolling.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { TimeChart } from './charts/TimeChart';
import { markText, useChartParts, useChartSpecs } from './featureParts';
import { Timeline } from './charts/Timeline';
import { ControlPanel } from './controls/ControlPanel';
import { PanelTabs } from './mitigations/PanelTabs';
import { OpenMapButton } from './map/OpenMapButton';
import { Transport } from './controls/Transport';
import { ThemeToggle, WindowToggle } from './controls/ViewOptions';
import { useShortcuts } from './controls/useShortcuts';
import { KeysButton, KeysDialog } from './controls/KeysDialog';
import { useMomentFromAddress } from './room/useMomentFromAddress';
import { CapacityReadout } from './readouts/CapacityReadout';
import { EventsLog } from './readouts/EventsLog';
import { Fingerprint, RunClock } from './readouts/RunStatus';
import { StateReadout } from './readouts/StateReadout';
import { useLab, useLabState } from './runtime/LabContext';
import { ErrorBanner } from './shell/ErrorBanner';
import { ScenarioBar } from './scenarios/ScenarioBar';
import { TimelineEditor } from './scenarios/TimelineEditor';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { EvidenceMenu } from './workshop/evidence/EvidenceMenu';
import { StackButton, StackSlot, TierEditorSlot } from './stack/StackSlot';
import { WorkshopSlot, WorkshopToggle } from './workshop/WorkshopSlot';
import { workshopView } from './workshop/viewState';

// Tabs the lab does not open with load on first visit, so they are not first-load weight.
const ComparePanel = lazy(() => import('./compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const MitigationPanel = lazy(() => import('./mitigations/MitigationPanel').then((m) => ({ default: m.MitigationPanel })));
const FitPanel = lazy(() => import('./fit/FitPanel').then((m) => ({ default: m.FitPanel })));
const loading = <p className="hint">Loading…</p>;

export function App() {
  const theme = useLabState((s) => s.theme);
  const title = useLabState((s) => s.scenario.title);
  const charts = useChartSpecs();
  const parts = useChartParts();
  // Phones only (narrow.css): the controls sheet can shrink to the run buttons.
  const [sheet, setSheet] = useState<'full' | 'compact'>('full');
  useShortcuts();
  useMomentFromAddress(useLab(), workshopView.getState().lessonId !== null);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="lab" data-sheet={sheet}>
      <div className="banners">
        <UpdatePrompt />
        <ErrorBanner />
      </div>
      <aside className="lab-controls" aria-label="Controls">
        <button type="button" className="sheet-toggle" aria-expanded={sheet === 'full'} onClick={() => setSheet(sheet === 'full' ? 'compact' : 'full')}>
          {sheet === 'full' ? 'Controls ▾ (show more chart)' : 'Controls ▴ (knobs, mitigations, compare)'}
        </button>
        <header className="brand">
          <div>
            <h1>Metastable Lab</h1>
            <p className="subtitle">{title ?? 'Look-aside cache · capacity-limited database'}</p>
          </div>
          <div className="brand-toggles">
            <WorkshopToggle />
            <KeysButton />
            <ThemeToggle />
          </div>
        </header>
        <ScenarioBar />
        <Transport />
        <StackButton />
        <TierEditorSlot />
        <PanelTabs
          label="Control panels"
          tabs={[
            { id: 'knobs', label: 'Knobs', content: <ControlPanel /> },
            {
              id: 'mitigations',
              label: 'Mitigations',
              onFirstVisit: true,
              content: (
                <Suspense fallback={loading}>
                  <MitigationPanel />
                </Suspense>
              ),
            },
            {
              id: 'compare',
              label: 'Compare',
              onFirstVisit: true,
              content: (
                <Suspense fallback={loading}>
                  <ComparePanel />
                </Suspense>
              ),
            },
            {
              id: 'fit',
              label: 'Fit',
              onFirstVisit: true,
              content: (
                <Suspense fallback={loading}>
                  <FitPanel />
                </Suspense>
              ),
            },
          ]}
        />
        <EventsLog />
        <EvidenceMenu />
        <Fingerprint />
      </aside>
      <main className="lab-charts">
        <div className="status-strip">
          <StateReadout />
          <RunClock />
        </div>
        <div className="capacity-strip">
          <CapacityReadout />
          <OpenMapButton />
          <WindowToggle />
        </div>
        <StackSlot />
        <Timeline markText={markText} />
        <div className="chart-grid">
          {charts.map((c) => (
            <TimeChart key={c.id} spec={c} layers={parts.layers} CaptionValue={parts.CaptionValue} />
          ))}
        </div>
        <TimelineEditor />
      </main>
      <WorkshopSlot />
      <KeysDialog />
    </div>
  );
}
