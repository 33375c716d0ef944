/**
 * The room card (loaded only on a page the room server served). On a phone: the question the
 * presenter opened, its choices or a number, "your answer" (changeable until the lock), and after
 * the reveal the room's answers beside the run's value. On the projector (the presenter view, with
 * the presenter's key): who is connected, "N of M answered" live, the commands (ask, lock, reveal,
 * reset, next group, the discussion timer, a number question about any moment) and the same
 * histogram. Everything shown comes from the server as data and is rendered as text.
 */
import { useEffect, useId, useState } from 'react';
import { RoomHandout } from './RoomHandout';
import { roomAnswersCsv, roomAnswersJson, type RoomSummary } from './roomEvidence';
import { useStore } from 'zustand';
import { roomClient, storedPresenterKey, type RoomClient } from './roomClient';
import { RoomHistogram } from './RoomHistogram';
import { barLabels } from './roomBars';
import type { RoomQuestion, RoomState } from './roomProtocol';
import './room.css';

/** The lesson step on this screen, as a room question, and the run's value once this screen revealed it. */
export interface RoomStep {
  /** The lesson's title, for the handout. */
  title: string;
  question: RoomQuestion;
  reveal: { runValue: number; runText: string } | null;
}

export default function RoomCard({ relay, step, present }: { relay: string; step: RoomStep | null; present: boolean }) {
  const client = roomClient(relay);
  const link = useStore(client.store, (s) => s.link);
  const room = useStore(client.store, (s) => s.room);
  const linkText = link === 'connected' ? 'connected' : link === 'connecting' ? 'connecting…' : 'reconnecting…';
  return (
    <section className="room-card" aria-labelledby="room-heading" data-phase={room?.phase ?? 'idle'}>
      <h3 id="room-heading" className="room-heading">
        Room <span className="room-link">({linkText})</span>
      </h3>
      {room && (
        <p className="room-counts" aria-live="polite">
          <span className="room-connected">{room.connected} connected</span>
          {room.question && (
            <>
              {' · '}
              <span className="room-answered">
                {room.answered} of {Math.max(room.participants, room.answered)} answered
              </span>
            </>
          )}
          {room.group > 1 && ` · group ${room.group}`}
        </p>
      )}
      {room && <Timer client={client} />}
      {present && <PresenterKey client={client} room={room} />}
      {room?.presenter && <PresenterControls client={client} room={room} step={step} />}
      {room && (room.presenter ? <Projected room={room} /> : <PhoneAnswer client={client} room={room} />)}
    </section>
  );
}

function Timer({ client }: { client: RoomClient }) {
  const timerS = useStore(client.store, (s) => s.room?.timerS ?? null);
  const receivedMs = useStore(client.store, (s) => s.receivedMs);
  // Counted down here from what the server said when it sent it (no clock shared with the server).
  const [elapsedS, setElapsedS] = useState(0);
  useEffect(() => {
    if (timerS === null) return;
    const read = () => setElapsedS(Math.round((performance.now() - receivedMs) / 1000));
    const first = setTimeout(read, 0);
    const t = setInterval(read, 500);
    return () => {
      clearTimeout(first);
      clearInterval(t);
    };
  }, [timerS, receivedMs]);
  if (timerS === null) return null;
  const left = Math.max(0, timerS - elapsedS);
  return (
    <p className="room-timer" role="timer" aria-label="Discussion time left">
      Discussion: {Math.floor(left / 60)}:{String(left % 60).padStart(2, '0')}
      {left === 0 && ' — time'}
    </p>
  );
}

function PresenterKey({ client, room }: { client: RoomClient; room: RoomState | null }) {
  const id = useId();
  const [text, setText] = useState(() => storedPresenterKey() ?? '');
  const given = storedPresenterKey();
  const [shown, setShown] = useState(false);
  if (room?.presenter && given)
    return (
      // The presenter's screen is often the projector: the key shows only its end unless asked.
      <p className="room-key">
        Presenter key: <span className="room-key-value">{shown ? given : `…${given.slice(-4)}`}</span>{' '}
        <button type="button" className="btn btn-small" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? 'Hide' : 'Show'}
        </button>
      </p>
    );
  return (
    <form
      className="room-key-form"
      onSubmit={(e) => {
        e.preventDefault();
        client.useKey(text.trim() === '' ? null : text.trim().toUpperCase());
      }}
    >
      <label htmlFor={`${id}-key`}>Presenter key</label>
      <input id={`${id}-key`} type="text" autoComplete="off" spellCheck={false} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <button type="submit" className="btn btn-small">
        Use
      </button>
      {given && room && !room.presenter && (
        <p className="room-error" role="alert">
          The room server did not accept this key; it printed the key when it started.
        </p>
      )}
    </form>
  );
}

function PresenterControls({ client, room, step }: { client: RoomClient; room: RoomState; step: RoomStep | null }) {
  const asked = room.question;
  const stepAsked = step !== null && asked?.id === step.question.id;
  const reveal = step?.reveal ?? null;
  // The lesson's own reveal on this screen reveals the room's answers too, with the run's value.
  useEffect(() => {
    if (stepAsked && reveal && (room.phase === 'open' || room.phase === 'locked')) client.send({ type: 'reveal', ...reveal });
  }, [client, stepAsked, reveal, room.phase]);
  const [custom, setCustom] = useState(false);
  return (
    <div className="room-controls" role="group" aria-label="Room commands">
      {step && (
        <button type="button" className="btn btn-small btn-primary" onClick={() => client.send({ type: 'open', question: step.question })}>
          {stepAsked ? 'Ask this step again' : 'Ask the room'}
        </button>
      )}
      {room.phase === 'open' && (
        <button type="button" className="btn btn-small" onClick={() => client.send({ type: 'lock' })}>
          Lock answers
        </button>
      )}
      {asked && room.phase !== 'idle' && (
        <button type="button" className="btn btn-small" onClick={() => client.send({ type: 'reset' })}>
          Clear answers
        </button>
      )}
      <button type="button" className="btn btn-small" onClick={() => client.send({ type: 'timer', seconds: room.timerS === null ? 120 : 0 })}>
        {room.timerS === null ? 'Timer 2:00' : 'Stop timer'}
      </button>
      <button type="button" className="btn btn-small" onClick={() => client.send({ type: 'next-group' })}>
        Next group
      </button>
      <button type="button" className="btn btn-small" aria-expanded={custom} onClick={() => setCustom(!custom)}>
        Ask a number…
      </button>
      {custom && <NumberQuestion client={client} onAsked={() => setCustom(false)} />}
      {asked && asked.id.startsWith('moment.') && room.phase !== 'revealed' && room.phase !== 'idle' && <RunValue client={client} question={asked} />}
      <RoomFiles title={step?.title ?? 'Metastable Lab'} />
      {room.refused !== null && room.refused > 0 && <p className="room-refused">Messages refused at the edge: {room.refused}</p>}
    </div>
  );
}

/** A numeric question about any moment of the lab, typed by the presenter. */
function NumberQuestion({ client, onAsked }: { client: RoomClient; onAsked: () => void }) {
  const id = useId();
  const [text, setText] = useState('What will goodput be 60 s from now?');
  const [min, setMin] = useState('0');
  const [max, setMax] = useState('100');
  const [unit, setUnit] = useState('%');
  const lo = Number(min);
  const hi = Number(max);
  const valid = text.trim() !== '' && Number.isFinite(lo) && Number.isFinite(hi) && hi > lo;
  return (
    <form
      className="room-number-question"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        client.send({
          type: 'open',
          question: { id: `moment.${Date.now().toString(36)}`, text: text.trim(), kind: 'number', min: lo, max: hi, unit: unit.trim() },
        });
        onAsked();
      }}
    >
      <label htmlFor={`${id}-q`}>Question</label>
      <input id={`${id}-q`} type="text" maxLength={300} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <label htmlFor={`${id}-min`}>From</label>
      <input id={`${id}-min`} type="text" inputMode="decimal" value={min} onChange={(e) => setMin(e.currentTarget.value)} />
      <label htmlFor={`${id}-max`}>to</label>
      <input id={`${id}-max`} type="text" inputMode="decimal" value={max} onChange={(e) => setMax(e.currentTarget.value)} />
      <label htmlFor={`${id}-unit`}>Unit</label>
      <input id={`${id}-unit`} type="text" maxLength={20} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} />
      <button type="submit" className="btn btn-small btn-primary" disabled={!valid}>
        Ask
      </button>
    </form>
  );
}

/** The run's value for a presenter's own question, read off the chart once the run got there. */
function RunValue({
  client,
  question,
}: {
  client: RoomClient;
  question: Extract<RoomQuestion, { kind: 'number' }> | Extract<RoomQuestion, { kind: 'choice' }>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const v = Number(text.replace(/,/g, ''));
  const valid = text.trim() !== '' && Number.isFinite(v);
  const unit = question.kind === 'number' ? question.unit : '';
  return (
    <form
      className="room-run-value"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) client.send({ type: 'reveal', runValue: v, runText: `${v.toLocaleString('en-US')}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}` });
      }}
    >
      <label htmlFor={`${id}-v`}>The run gave</label>
      <input id={`${id}-v`} type="text" inputMode="decimal" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <button type="submit" className="btn btn-small" disabled={!valid}>
        Reveal
      </button>
    </form>
  );
}

/** The projector's view of the question: its text, and the distribution only after the reveal. */
function Projected({ room }: { room: RoomState }) {
  const q = room.question;
  if (!q) return <p className="room-idle">No question open. “Ask the room” opens this step's question on every phone.</p>;
  return (
    <div className="room-question">
      <p className="room-question-text">{q.text}</p>
      <Result room={room} />
    </div>
  );
}

function Result({ room }: { room: RoomState }) {
  const q = room.question!;
  if (room.phase === 'revealed' && room.histogram)
    return (
      <div className="room-result">
        <p className="room-run">
          The run: <strong>{room.runText}</strong>
        </p>
        <RoomHistogram question={q} counts={room.histogram} runValue={room.runValue} mine={room.mine} />
      </div>
    );
  return <p className="room-hidden">{room.phase === 'locked' ? 'Answers locked.' : 'Answering.'} The room's answers stay hidden until the reveal.</p>;
}

function PhoneAnswer({ client, room }: { client: RoomClient; room: RoomState }) {
  const q = room.question;
  if (!q) return <p className="room-idle">Waiting for the presenter's question.</p>;
  const labels = q.kind === 'choice' ? q.choices : barLabels(q);
  const mineText =
    room.mine === null
      ? null
      : q.kind === 'choice'
        ? labels[room.mine]
        : `${room.mine.toLocaleString('en-US')}${q.unit === '%' ? '%' : q.unit ? ` ${q.unit}` : ''}`;
  return (
    <div className="room-question">
      <p className="room-question-text">{q.text}</p>
      {room.phase === 'open' && <AnswerForm key={q.id} client={client} question={q} mine={room.mine} />}
      {mineText !== null && (
        <p className="room-mine">
          Your answer: <strong>{mineText}</strong>
          {room.phase === 'open' ? ' (you can change it until the presenter locks)' : ''}
        </p>
      )}
      {room.phase === 'locked' && mineText === null && <p className="room-mine">Answers are locked.</p>}
      {room.phase !== 'open' && <Result room={room} />}
    </div>
  );
}

function AnswerForm({ client, question: q, mine }: { client: RoomClient; question: RoomQuestion; mine: number | null }) {
  const id = useId();
  const [value, setValue] = useState<number>(mine ?? (q.kind === 'number' ? Math.round((q.min + q.max) / 2) : -1));
  if (q.kind === 'choice')
    return (
      <fieldset className="room-choices">
        <legend className="visually-hidden">{q.text}</legend>
        {q.choices.map((c, k) => (
          <button key={k} type="button" className="btn room-choice" aria-pressed={mine === k} onClick={() => client.answer(q.id, k)}>
            {c}
          </button>
        ))}
      </fieldset>
    );
  const step = (q.max - q.min) / 100;
  return (
    <form
      className="room-slider"
      onSubmit={(e) => {
        e.preventDefault();
        client.answer(q.id, value);
      }}
    >
      <label htmlFor={`${id}-n`}>
        Your number: <output htmlFor={`${id}-n`}>{value.toLocaleString('en-US')}</output> {q.unit}
      </label>
      <input id={`${id}-n`} type="range" min={q.min} max={q.max} step={step} value={value} onChange={(e) => setValue(Number(e.currentTarget.value))} />
      <button type="submit" className="btn btn-primary">
        Send
      </button>
    </form>
  );
}

/** The room's answers as files (CSV, JSON) and as the printed handout, read from the server's summary. */
function RoomFiles({ title }: { title: string }) {
  const [handout, setHandout] = useState<RoomSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const summary = async (): Promise<RoomSummary | null> => {
    try {
      const res = await fetch(new URL('/room/summary', location.href));
      if (!res.ok) throw new Error(`the room server answered ${res.status}`);
      setError(null);
      return (await res.json()) as RoomSummary;
    } catch (e) {
      setError(`No room answers: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  };
  const save = async (kind: 'csv' | 'json') => {
    const s = await summary();
    if (!s) return;
    const blob = new Blob([kind === 'csv' ? roomAnswersCsv(s) : roomAnswersJson(s)], { type: kind === 'csv' ? 'text/csv' : 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `room-answers-group-${s.group.group}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  useEffect(() => {
    if (!handout) return;
    const html = document.documentElement;
    html.setAttribute('data-handout', '');
    const done = () => {
      html.removeAttribute('data-handout');
      setHandout(null);
    };
    window.addEventListener('afterprint', done, { once: true });
    const t = setTimeout(() => window.print(), 0);
    return () => {
      clearTimeout(t);
      window.removeEventListener('afterprint', done);
      html.removeAttribute('data-handout');
    };
  }, [handout]);
  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => void save('csv')}>
        Answers CSV
      </button>
      <button type="button" className="btn btn-small" onClick={() => void save('json')}>
        Answers JSON
      </button>
      <button type="button" className="btn btn-small" onClick={() => void summary().then(setHandout)}>
        Print handout
      </button>
      {handout && <RoomHandout summary={handout} title={title} />}
      {error && (
        <p className="room-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
