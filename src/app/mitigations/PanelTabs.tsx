/**
 * The control column's tabs (live knobs, mitigations, compare): one panel at a time keeps the
 * column short enough for a 1280×720 projector. ARIA tabs pattern: arrow keys, Home and End move
 * between tabs. Hidden panels stay mounted, so a pending slider value survives a tab switch. A tab
 * marked `onFirstVisit` mounts its content only when first opened (its code can then load on demand).
 */
import { useId, useRef, useState, type ReactNode } from 'react';

export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
  /** Mount the content when the tab is first opened, not with the page. */
  onFirstVisit?: boolean;
}

export function PanelTabs({ tabs, label }: { tabs: readonly PanelTab[]; label: string }) {
  const [active, setActiveTab] = useState(tabs[0].id);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([tabs[0].id]));
  const setActive = (id: string) => {
    setActiveTab(id);
    setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
  };
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: React.KeyboardEvent, k: number) => {
    const n = tabs.length;
    const to = e.key === 'ArrowRight' ? (k + 1) % n : e.key === 'ArrowLeft' ? (k + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    setActive(tabs[to].id);
    refs.current[to]?.focus();
  };
  return (
    <div className="panel-tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((t, k) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[k] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-controls={`${base}-panel-${t.id}`}
            aria-selected={active === t.id}
            tabIndex={active === t.id ? 0 : -1}
            className="tab"
            onClick={() => setActive(t.id)}
            onKeyDown={(e) => move(e, k)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`${base}-panel-${t.id}`} aria-labelledby={`${base}-tab-${t.id}`} hidden={active !== t.id} className="tab-panel">
          {t.onFirstVisit && !visited.has(t.id) ? null : t.content}
        </div>
      ))}
    </div>
  );
}
