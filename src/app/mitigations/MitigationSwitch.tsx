/**
 * One mitigation: a switch applied live to the running simulation (a `set` of the catalogue's
 * on/off patch, so the sim marks it on every chart), its one-line mechanism, what it needs to act,
 * what it is doing right now, and its numbers while it is on.
 */
import { useCallback, useId, useMemo, useRef } from 'react';
import { findTermsInBlock } from '../glossary/termMatch';
import { TermSegments } from '../glossary/TermText';
import type { Mitigation } from '../../mitigations/catalog';
import { useLab, useLabState } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { useSliderDraft } from '../runtime/useSliderDraft';
import { liveText } from './liveReadout';
import { isOn } from './patches';
import { SettingSlider } from './SettingSlider';
import { settingsOf } from './settings';

export function MitigationSwitch({ mitigation: m }: { mitigation: Mitigation }) {
  const lab = useLab();
  const id = useId();
  const actual = useLabState((s) => isOn(m, s.params));
  // A switch is a control with two positions: its draft shows the flip until the worker confirms it.
  const send = useCallback((v: boolean) => lab.apply({ type: 'set', changes: v ? m.on : m.off }), [lab, m]);
  const draft = useSliderDraft(actual, send);
  const on = draft.shown;
  const liveRef = useRef<HTMLParagraphElement>(null);

  usePainter(() => {
    const el = liveRef.current;
    if (!el) return;
    const ring = lab.data().ring;
    el.textContent = on ? liveText(m.id, (c) => ring.latest(c)) : '';
  });

  const flip = () => draft.commit(!on);
  const settings = settingsOf(m.id);
  // Its jargon (CoDel, jitter, XFetch…) explains itself; a term inside the label shows its entry
  // when pressed, without flipping the switch (a label ignores clicks on its interactive content).
  const [labelTerms, docTerms] = useMemo(() => findTermsInBlock([m.label, m.doc]), [m]);
  return (
    <li className="mit" data-mitigation={m.id} data-on={on ? 'true' : undefined}>
      <div className="mit-head">
        <input id={id} type="checkbox" role="switch" className="mit-switch" checked={on} aria-checked={on} onChange={flip} aria-describedby={`${id}-doc`} />
        <label htmlFor={id} className="mit-label">
          <TermSegments segments={labelTerms} />
        </label>
      </div>
      {/* What it does right now; its own line, so streaming numbers never push the label around. */}
      <p className="mit-live" ref={liveRef} />
      <p id={`${id}-doc`} className="mit-doc">
        <TermSegments segments={docTerms} />
        {m.needs && <span className="mit-needs"> Needs {m.needs}.</span>}
      </p>
      {on && settings.length > 0 && (
        <div className="mit-settings">
          {settings.map((s) => (
            <SettingSlider key={s.field} setting={s} />
          ))}
        </div>
      )}
    </li>
  );
}
