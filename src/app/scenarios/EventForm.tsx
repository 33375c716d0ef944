/**
 * The form behind a timeline chip or "Add": kind (when adding), simulated time and the kind's own
 * fields. Values are checked by the scenario parser; its message (field, value, range) is shown.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Scenario, ScenarioEvent } from '../../sim/scenario';
import { buildEvent, EVENT_KINDS, fieldsOf, kindOf, SET_FIELD, SET_PARAMS, type EventKind } from './scriptEdits';

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

const initialFields = (kind: EventKind) => Object.fromEntries((EVENT_KINDS.find((k) => k.kind === kind)?.fields ?? []).map((f) => [f.name, f.initial]));

export function EventForm({ scenario, event, atS, onSave, onRemove, onCancel }: EventFormProps) {
  const [kind, setKind] = useState<EventKind>(event ? kindOf(event) : 'flush');
  const [time, setTime] = useState(String(event?.atS ?? atS));
  const [fields, setFields] = useState<Record<string, string>>(event ? fieldsOf(event) : initialFields('flush'));
  const [errors, setErrors] = useState<string[]>([]);
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  const id = useId();
  useEffect(() => first.current?.focus(), []);
  const spec = EVENT_KINDS.find((k) => k.kind === kind) ?? EVENT_KINDS[0];

  return (
    <form
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
        const r = buildEvent(kind, time, fields, scenario);
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
          <label htmlFor={`${id}-at`}>At (s)</label>
          <input id={`${id}-at`} ref={event ? first : undefined} inputMode="decimal" size={6} value={time} onChange={(e) => setTime(e.currentTarget.value)} />
        </span>
        {spec.fields.map((f) =>
          f.name === SET_FIELD ? (
            <span className="event-field" key={f.name}>
              <label htmlFor={`${id}-${f.name}`}>{f.label}</label>
              <select id={`${id}-${f.name}`} value={fields[f.name] ?? f.initial} onChange={(e) => setFields({ ...fields, [f.name]: e.currentTarget.value })}>
                {SET_PARAMS.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </span>
          ) : (
            <span className="event-field" key={f.name}>
              <label htmlFor={`${id}-${f.name}`}>{f.label}</label>
              <input id={`${id}-${f.name}`} size={6} value={fields[f.name] ?? ''} onChange={(e) => setFields({ ...fields, [f.name]: e.currentTarget.value })} />
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
