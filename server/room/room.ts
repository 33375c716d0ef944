/**
 * One room's answers, as a state machine with no I/O: the server feeds it the events it accepted
 * (and the log replays the same events after a restart, so the room comes back as it was). A
 * question is open → locked → revealed; each device holds one answer to the open question, which it
 * may change until the lock. Memory is bounded: answers live only for the open question (a question
 * that is replaced or archived keeps only its histogram), devices and groups are capped
 * (ROOM_LIMITS).
 */
import { NUMBER_BINS, ROOM_LIMITS, answerFits, numberBin, type Phase, type RoomQuestion } from '../../src/app/room/roomProtocol';

/** What the server writes to the log, one JSON object a line. */
export type RoomEvent =
  | { e: 'open'; q: RoomQuestion }
  | { e: 'answer'; d: string; q: string; v: number }
  | { e: 'lock' }
  | { e: 'reveal'; v: number; t: string }
  | { e: 'reset' }
  | { e: 'next-group' }
  | { e: 'group'; n: number }
  | { e: 'short'; code: string; path: string };

/** A question once asked: the room's answers and the run's value, as the evidence and the handout read them. */
export interface AskedQuestion {
  question: RoomQuestion;
  histogram: number[];
  answered: number;
  runValue: number | null;
  runText: string | null;
}

export interface ArchivedGroup {
  group: number;
  questions: AskedQuestion[];
}

export class Room {
  group = 1;
  question: RoomQuestion | null = null;
  phase: Phase = 'idle';
  runValue: number | null = null;
  runText: string | null = null;
  /** Device → answer to the open question. */
  readonly answers = new Map<string, number>();
  /** Devices seen this group (joined or answered): the M of "N of M answered". */
  readonly devices = new Set<string>();
  /** This group's earlier questions, oldest first. */
  readonly asked: AskedQuestion[] = [];
  /** The latest archived groups, oldest first (all of them are in the archive file). */
  readonly archived: ArchivedGroup[] = [];
  readonly shorts = new Map<string, string>();
  private readonly codeOfPath = new Map<string, string>();

  /** Counts a device in this group; false when the room is full (ROOM_LIMITS.participants). */
  join(device: string): boolean {
    if (this.devices.has(device)) return true;
    if (this.devices.size >= ROOM_LIMITS.participants) return false;
    this.devices.add(device);
    return true;
  }

  /** Whether the event would change the room; the server logs only events that pass. */
  accepts(ev: RoomEvent): boolean {
    switch (ev.e) {
      case 'answer':
        return (
          this.phase === 'open' &&
          this.question !== null &&
          this.question.id === ev.q &&
          answerFits(this.question, ev.v) &&
          (this.devices.has(ev.d) || this.devices.size < ROOM_LIMITS.participants) &&
          this.answers.get(ev.d) !== ev.v
        );
      case 'open':
        return this.asked.length < ROOM_LIMITS.questionsPerGroup;
      case 'lock':
        return this.phase === 'open';
      case 'reveal':
        return this.phase === 'open' || this.phase === 'locked' || this.phase === 'revealed';
      case 'reset':
        return this.question !== null;
      default:
        return true;
    }
  }

  /** Applies an accepted event (see `accepts`). */
  apply(ev: RoomEvent): void {
    switch (ev.e) {
      case 'open':
        this.keepAsked();
        this.question = ev.q;
        this.phase = 'open';
        this.runValue = null;
        this.runText = null;
        this.answers.clear();
        return;
      case 'answer':
        this.join(ev.d);
        this.answers.set(ev.d, ev.v);
        return;
      case 'lock':
        this.phase = 'locked';
        return;
      case 'reveal':
        this.phase = 'revealed';
        this.runValue = ev.v;
        this.runText = ev.t;
        return;
      case 'reset':
        this.answers.clear();
        this.phase = 'open';
        this.runValue = null;
        this.runText = null;
        return;
      case 'next-group':
        this.archive();
        return;
      case 'group':
        this.group = ev.n;
        return;
      case 'short':
        this.remember(ev.code, ev.path);
        return;
    }
  }

  /** The code already standing for this path, if any. */
  codeFor(path: string): string | undefined {
    return this.codeOfPath.get(path);
  }

  /** Answers per choice or per bar; counted on demand (only at a reveal or an archive). */
  histogram(): number[] {
    const q = this.question;
    if (q === null) return [];
    const bars = new Array<number>(q.kind === 'choice' ? q.choices.length : NUMBER_BINS).fill(0);
    for (const v of this.answers.values()) bars[q.kind === 'choice' ? v : numberBin(q, v)]++;
    return bars;
  }

  /** The group's questions so far, the open one last: what the evidence downloads carry. */
  summary(): ArchivedGroup {
    const open = this.question === null ? [] : [this.current()];
    return { group: this.group, questions: [...this.asked, ...open] };
  }

  private current(): AskedQuestion {
    return { question: this.question!, histogram: this.histogram(), answered: this.answers.size, runValue: this.runValue, runText: this.runText };
  }

  private keepAsked() {
    if (this.question !== null && this.answers.size > 0) this.asked.push(this.current());
  }

  private archive() {
    this.archived.push(this.summary());
    if (this.archived.length > ROOM_LIMITS.groupsInMemory) this.archived.shift();
    this.group++;
    this.question = null;
    this.phase = 'idle';
    this.runValue = null;
    this.runText = null;
    this.answers.clear();
    this.devices.clear();
    this.asked.length = 0;
  }

  private remember(code: string, path: string) {
    this.shorts.set(code, path);
    this.codeOfPath.set(path, code);
    if (this.shorts.size > ROOM_LIMITS.shortLinks) {
      const [oldest, oldPath] = this.shorts.entries().next().value as [string, string];
      this.shorts.delete(oldest);
      this.codeOfPath.delete(oldPath);
    }
  }
}
