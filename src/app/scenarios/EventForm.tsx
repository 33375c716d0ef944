/**
 * The form behind a timeline chip or "Add": kind (when adding), simulated time and the kind's own
 * fields, as the event table gives them (src/sim/eventSchema.ts); saving an edited event keeps every
 * field its form does not show. "At" takes m:ss like the rest of the lab (or plain seconds); a parameter is chosen by its
 * human name, and its value with the control its kind calls for (on/off, a list, a number with its
 * unit). Values are checked by the scenario parser; its message (field, value, range) is shown.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Scenario, ScenarioEvent } from '../../sim/scenario';
import { clockText, parseClockText } from './clockText';
import { paramLabel, paramSpec, sectionLabel } from './paramLabels';
import { buildEvent, EVENT_KINDS, fieldsOf, formOf, kindOf, SET_FIELD, SET_PARAMS, shownFields, type EventKind } from './scriptEdits';

export interface EventFormProps {
  scenario: Scenario;
  /** The event being edited; absent when adding one. */
  event?: ScenarioEvent;
  /** Time to propose when adding, seconds. */
  atS: number;
  onSave: (ev: ScenarioEvent) => void;
  onRemove?: () => void;
  onCancel: () => void;
}

const initialFields = (kind: EventKind) => Object.fromEntries((formOf(kind)?.fields ?? []).map((f) => [f.name, f.initial]));

export function EventForm({ scenario, event, atS, onSave, onRemove, onCancel }: EventFormProps) {
  const [kind, setKind] = useState<EventKind>(event ? kindOf(event) : 'flush');
  const [time, setTime] = useState(clockText(event?.atS ?? atS));
  const [fields, setFields] = useState<Record<string, string>>(event ? fieldsOf(event) : initialFields('flush'));
  const [errors, setErrors] = useState<string[]>([]);
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  const id = useId();
  useEffect(() => first.current?.focus(), []);
  // Editing shows the fields that apply to the event (a crash has no factor); the rest are kept as they were.
  const formFields = shownFields(kind, (event ?? { type: formOf(kind)?.type }) as Record<string, unknown>);

  return (
    <form
      // The parser explains a bad value (field, value, range); the browser's own bubbles would not.
      noValidate
      className="event-form"
      aria-label={event ? 'Edit scripted event' : 'Add a scripted event'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        const atS = parseClockText(time);
        if (Number.isNaN(atS)) {
          setErrors([`At: "${time}" is not a time; write m:ss (2:30) or seconds (150), from 0:00 to ${clockText(scenario.durationS)}`]);
          return;
        }
        const r = buildEvent(kind, String(atS), fields, scenario, event);
        if (r.ok) onSave(r.event);
        else setErrors(r.errors);
      }}
    >
      <div className="event-form-row">
        {!event && (
          <span className="event-field">
            <label htmlFor={`${id}-type`}>Type</label>
            <select
              id={`${id}-type`}
              ref={first}
              value={kind}
              onChange={(e) => {
                const k = e.currentTarget.value as EventKind;
                setKind(k);
                setFields(initialFields(k));
                setErrors([]);
              }}
            >
              {EVENT_KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
          </span>
        )}
        <span className="event-field">
          <label htmlFor={`${id}-at`}>At (m:ss)</label>
          <input id={`${id}-at`} ref={event ? first : undefined} size={7} value={time} placeholder="2:30" onChange={(e) => setTime(e.currentTarget.value)} />
        </span>
        {formFields.map((f) =>
          f.name === SET_FIELD ? (
            <span className="event-field" key={f.name}>
              <label htmlFor={`${id}-${f.name}`}>{f.label}</label>
              <select
                id={`${id}-${f.name}`}
                value={fields[f.name] ?? f.initial}
                onChange={(e) => {
                  const path = e.currentTarget.value;
                  setFields({ ...fields, [f.name]: path, value: initialValue(path) });
                }}
              >
                {SECTIONS_IN_ORDER.map((section) => (
                  <optgroup key={section} label={sectionLabel(section)}>
                    {SET_PARAMS.filter((p) => p.startsWith(`${section}.`)).map((p) => (
                      <option key={p} value={p}>
                        {paramLabel(p)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </span>
          ) : kind === 'set' && f.name === 'value' ? (
            <ValueField
              key={f.name}
              id={`${id}-${f.name}`}
              label={f.label}
              path={fields[SET_FIELD] ?? ''}
              value={fields.value ?? ''}
              onChange={(v) => setFields({ ...fields, value: v })}
            />
          ) : (
            <span className="event-field" key={f.name}>
              <label htmlFor={`${id}-${f.name}`}>{f.label}</label>
              <input
                id={`${id}-${f.name}`}
                type="number"
                step="any"
                min={0}
                value={fields[f.name] ?? ''}
                onChange={(e) => setFields({ ...fields, [f.name]: e.currentTarget.value })}
              />
            </span>
          ),
        )}
      </div>
      {errors.length > 0 && (
        <ul className="event-form-errors" role="alert">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div className="event-form-row event-form-actions">
        <button type="submit" className="btn btn-small btn-primary">
          {event ? 'Save' : 'Add'}
        </button>
        {onRemove && (
          <button type="button" className="btn btn-small" onClick={onRemove}>
            Remove
          </button>
        )}
        <button type="button" className="btn btn-small btn-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const SECTIONS_IN_ORDER = [...new Set(SET_PARAMS.map((p) => p.split('.')[0]))];

/** The form text a parameter starts with when chosen: its default, as the value control shows it. */
function initialValue(path: string): string {
  const spec = paramSpec(path);
  if (!spec) return '';
  if (spec.kind === 'bool') return spec.default ? 'true' : 'false';
  return String(spec.default);
}

/** The value of a "Change a parameter" event, with the control the parameter's kind calls for. */
function ValueField({ id, label, path, value, onChange }: { id: string; label: string; path: string; value: string; onChange: (v: string) => void }) {
  const spec = paramSpec(path);
  const unit = spec && (spec.kind === 'int' || spec.kind === 'number') ? spec.unit : undefined;
  return (
    <span className="event-field">
      <label htmlFor={id}>
        {label}
        {unit ? ` (${unit})` : ''}
      </label>
      {spec?.kind === 'bool' ? (
        <select id={id} value={value === 'true' || value === 'on' ? 'true' : 'false'} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="true">On</option>
          <option value="false">Off</option>
        </select>
      ) : spec?.kind === 'enum' ? (
        <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {spec.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="number"
          min={spec?.kind === 'int' || spec?.kind === 'number' ? spec.min : undefined}
          max={spec?.kind === 'int' || spec?.kind === 'number' ? spec.max : undefined}
          step={spec?.kind === 'int' ? 1 : 'any'}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </span>
  );
}
