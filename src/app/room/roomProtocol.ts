/**
 * The room relay's wire format, read by both ends: the room server (server/room/) validates every
 * message a phone or the presenter sends with `parseClientMessage`, and the page reads the server's
 * state with `parseRoomState`. Pure TypeScript, no DOM: a message is JSON text of at most
 * ROOM_LIMITS.messageBytes, with a `type` and only the fields that type allows, each in its range.
 * Strings are plain text (control characters removed); the page only ever puts them in text nodes.
 */

/** The documented bounds of one room server (docs/serving-a-room.md repeats them). */
export const ROOM_LIMITS = {
  /** Largest message a client may send, in bytes; a larger one is dropped (and the socket closed). */
  messageBytes: 2048,
  /** Devices one room keeps (answers are per device); a device beyond this is refused. */
  participants: 500,
  /** Open sockets at once (phones with two tabs, a presenter); more are refused. */
  connections: 600,
  /** Messages per second a socket may send on average… */
  messagesPerSecond: 5,
  /** …and in one burst. Beyond it a message is dropped and counted. */
  burst: 20,
  /** Choices a question may have (the presenter's keys are 1–9). */
  choices: 9,
  questionChars: 300,
  choiceChars: 80,
  unitChars: 20,
  /** Questions one group may be asked before "next group". */
  questionsPerGroup: 200,
  /** Archived groups the server keeps in memory (all stay in the archive file). */
  groupsInMemory: 20,
  /** Short addresses the server keeps; the oldest is forgotten beyond this. */
  shortLinks: 2000,
  /** Longest path (with query and hash) a short address may stand for. */
  pathChars: 8192,
  /** Longest discussion timer, in seconds. */
  timerS: 3600,
} as const;

/** Number of bars of a numeric question's histogram, over [min, max]. */
export const NUMBER_BINS = 10;

export type RoomQuestion =
  { id: string; text: string; kind: 'choice'; choices: string[] } | { id: string; text: string; kind: 'number'; min: number; max: number; unit: string };

export type ClientMessage =
  | { type: 'hello'; device: string; key: string | null }
  | { type: 'answer'; questionId: string; value: number }
  | { type: 'open'; question: RoomQuestion }
  | { type: 'lock' }
  | { type: 'reveal'; runValue: number; runText: string }
  | { type: 'reset' }
  | { type: 'next-group' }
  | { type: 'timer'; seconds: number }
  | { type: 'shorten'; path: string };

/** Messages only the presenter (who gave the key in `hello`) may send. */
export const PRESENTER_ONLY: ReadonlySet<ClientMessage['type']> = new Set(['open', 'lock', 'reveal', 'reset', 'next-group', 'timer', 'shorten']);

export type Phase = 'idle' | 'open' | 'locked' | 'revealed';

/** What the server tells every socket (a presenter also gets `refused` and `shortCode`). */
export interface RoomState {
  type: 'state';
  /** Devices with at least one open socket. */
  connected: number;
  /** Phones connected now plus phones that answered and left (the M of "N of M answered"). */
  participants: number;
  group: number;
  question: RoomQuestion | null;
  phase: Phase;
  answered: number;
  /** Answers per choice (or per bar of a numeric question): only once revealed, else null. */
  histogram: number[] | null;
  runValue: number | null;
  runText: string | null;
  /** Seconds left on the discussion timer when the server sent this, or null when none runs. */
  timerS: number | null;
  /** This device's answer to the open question. */
  mine: number | null;
  presenter: boolean;
  /** Messages dropped at the edge since the server started (presenter only). */
  refused: number | null;
}

export interface ShortLink {
  type: 'short';
  code: string;
  path: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const DEVICE = /^[A-Za-z0-9_-]{8,64}$/;
const ID = /^[A-Za-z0-9_.:-]{1,80}$/;

/** Plain text: control characters (and the bidi overrides) removed, trimmed, at most `max` characters. */
export function plainText(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = v.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return text.length > 0 && text.length <= max ? text : null;
}

const finite = (v: unknown, min: number, max: number): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : null);
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

function parseQuestion(q: unknown): Parsed<RoomQuestion> {
  if (typeof q !== 'object' || q === null) return bad('question: not an object');
  const o = q as Record<string, unknown>;
  const id = typeof o.id === 'string' && ID.test(o.id) ? o.id : null;
  if (id === null) return bad('question.id: expected 1–80 letters, digits or _.:-');
  const text = plainText(o.text, ROOM_LIMITS.questionChars);
  if (text === null) return bad(`question.text: expected text of 1–${ROOM_LIMITS.questionChars} characters`);
  if (o.kind === 'choice') {
    if (!Array.isArray(o.choices) || o.choices.length < 2 || o.choices.length > ROOM_LIMITS.choices)
      return bad(`question.choices: expected 2–${ROOM_LIMITS.choices} choices`);
    const choices = o.choices.map((c) => plainText(c, ROOM_LIMITS.choiceChars));
    if (choices.some((c) => c === null)) return bad(`question.choices: each choice is text of 1–${ROOM_LIMITS.choiceChars} characters`);
    return { ok: true, value: { id, text, kind: 'choice', choices: choices as string[] } };
  }
  if (o.kind === 'number') {
    const min = finite(o.min, -1e9, 1e9);
    const max = finite(o.max, -1e9, 1e9);
    if (min === null || max === null || !(max > min)) return bad('question.min/max: expected two numbers within ±1e9, min below max');
    const unit = o.unit === '' ? '' : plainText(o.unit, ROOM_LIMITS.unitChars);
    if (unit === null) return bad(`question.unit: expected text of 0–${ROOM_LIMITS.unitChars} characters`);
    return { ok: true, value: { id, text, kind: 'number', min, max, unit } };
  }
  return bad('question.kind: expected "choice" or "number"');
}

/** Only these keys, for each type: anything else in a message makes it hostile. */
const FIELDS: Record<ClientMessage['type'], readonly string[]> = {
  hello: ['device', 'key'],
  answer: ['questionId', 'value'],
  open: ['question'],
  lock: [],
  reveal: ['runValue', 'runText'],
  reset: [],
  'next-group': [],
  timer: ['seconds'],
  shorten: ['path'],
};

/**
 * Reads one message from a client. `bytes` is its size on the wire. Answers are range-checked
 * against the question only by the room (which knows it); everything else is checked here.
 */
export function parseClientMessage(text: string, bytes: number): Parsed<ClientMessage> {
  if (bytes > ROOM_LIMITS.messageBytes) return bad(`message: ${bytes} bytes, more than ${ROOM_LIMITS.messageBytes}`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return bad('message: not JSON');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad('message: not an object');
  const o = v as Record<string, unknown>;
  const type = o.type as ClientMessage['type'];
  const allowed = typeof type === 'string' ? FIELDS[type] : undefined;
  if (!Object.hasOwn(FIELDS, type) || allowed === undefined) return bad(`type: "${String(o.type).slice(0, 20)}" is not a room message`);
  const extra = Object.keys(o).find((k) => k !== 'type' && !allowed.includes(k));
  if (extra !== undefined) return bad(`${type}: unexpected field "${extra.slice(0, 20)}"`);
  switch (type) {
    case 'hello': {
      if (typeof o.device !== 'string' || !DEVICE.test(o.device)) return bad('hello.device: expected 8–64 letters, digits, _ or -');
      const key = o.key === undefined || o.key === null ? null : typeof o.key === 'string' && o.key.length <= 64 ? o.key : undefined;
      if (key === undefined) return bad('hello.key: expected text of at most 64 characters');
      return { ok: true, value: { type, device: o.device, key } };
    }
    case 'answer': {
      if (typeof o.questionId !== 'string' || !ID.test(o.questionId)) return bad('answer.questionId: not a question id');
      const value = finite(o.value, -1e9, 1e9);
      if (value === null) return bad('answer.value: expected a number within ±1e9');
      return { ok: true, value: { type, questionId: o.questionId, value } };
    }
    case 'open': {
      const q = parseQuestion(o.question);
      return q.ok ? { ok: true, value: { type, question: q.value } } : q;
    }
    case 'reveal': {
      const runValue = finite(o.runValue, -1e12, 1e12);
      const runText = plainText(o.runText, 60);
      if (runValue === null || runText === null) return bad('reveal: expected runValue (a number) and runText (1–60 characters)');
      return { ok: true, value: { type, runValue, runText } };
    }
    case 'timer': {
      const seconds = finite(o.seconds, 0, ROOM_LIMITS.timerS);
      if (seconds === null || !Number.isInteger(seconds)) return bad(`timer.seconds: expected a whole number from 0 to ${ROOM_LIMITS.timerS}`);
      return { ok: true, value: { type, seconds } };
    }
    case 'shorten': {
      if (typeof o.path !== 'string' || !o.path.startsWith('/') || o.path.startsWith('//') || o.path.length > ROOM_LIMITS.pathChars)
        return bad(`shorten.path: expected a path on this server starting with /, at most ${ROOM_LIMITS.pathChars} characters`);
      return { ok: true, value: { type, path: o.path } };
    }
    default:
      return { ok: true, value: { type } as ClientMessage };
  }
}

/** Whether an answer fits the question: a choice's index, or a number within [min, max]. */
export function answerFits(q: RoomQuestion, value: number): boolean {
  if (q.kind === 'choice') return Number.isInteger(value) && value >= 0 && value < q.choices.length;
  return value >= q.min && value <= q.max;
}

/** The bar a numeric answer falls in (the top edge belongs to the last bar). */
export function numberBin(q: Extract<RoomQuestion, { kind: 'number' }>, value: number): number {
  const k = Math.floor(((value - q.min) / (q.max - q.min)) * NUMBER_BINS);
  return Math.min(NUMBER_BINS - 1, Math.max(0, k));
}

/** The page's reading of a server message: a state, a short link, or null for anything else. */
export function parseServerMessage(text: string): RoomState | ShortLink | null {
  try {
    const v = JSON.parse(text) as { type?: unknown };
    if (v && v.type === 'state') return v as RoomState;
    if (v && v.type === 'short') return v as ShortLink;
  } catch {
    // not for us
  }
  return null;
}
