/** The lab's layout: header with state and capacities, controls on the left, charts on the right. */
import { useEffect } from 'react';
import { CHARTS } from './charts/chartSpecs';
import { TimeChart } from './charts/TimeChart';
import { Timeline } from './charts/Timeline';
import { ControlPanel } from './controls/ControlPanel';
import { Transport } from './controls/Transport';
import { ThemeToggle, WindowToggle } from './controls/ViewOptions';
import { CapacityReadout } from './readouts/CapacityReadout';
import { EventsLog } from './readouts/EventsLog';
import { RunStatus } from './readouts/RunStatus';
import { StateReadout } from './readouts/StateReadout';
import { useLabState } from './runtime/LabContext';
import { ErrorBanner } from './shell/ErrorBanner';

export function App() {
  const theme = useLabState((s) => s.theme);
  const title = useLabState((s) => s.scenario.title);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="lab">
      <header className="lab-header">
        <div className="brand">
          <h1>Metastable Lab</h1>
          <p className="subtitle">{title ?? 'A look-aside cache in front of a capacity-limited database'}</p>
        </div>
        <StateReadout />
        <CapacityReadout />
        <ThemeToggle />
      </header>
      <ErrorBanner />
      <aside className="lab-controls" aria-label="Controls">
        <Transport />
        <ControlPanel />
        <EventsLog />
      </aside>
      <main className="lab-charts">
        <div className="charts-bar">
          <RunStatus />
          <WindowToggle />
        </div>
        <Timeline />
        <div className="chart-grid">
          {CHARTS.map((c) => (
            <TimeChart key={c.id} spec={c} />
          ))}
        </div>
      </main>
    </div>
  );
}
