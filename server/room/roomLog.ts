/**
 * The room on disk, so a restart loses no answer: every accepted event is appended to
 * `events.jsonl` (one JSON line, written before the room is told, with a synchronous write: an
 * answer the phone saw counted is on disk). At start the log is replayed into a fresh Room. "Next
 * group" moves the finished group to `archive.jsonl` and rewrites the log with only what outlives a
 * group (the group number and the short addresses), so the log stays as small as one group's
 * answers however long the day. A torn last line (power cut mid-write) is skipped.
 */
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Room, type RoomEvent } from './room';

export class RoomLog {
  readonly room = new Room();
  private fd: number;
  private readonly eventsPath: string;
  private readonly archivePath: string;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.eventsPath = join(dir, 'events.jsonl');
    this.archivePath = join(dir, 'archive.jsonl');
    if (existsSync(this.eventsPath)) {
      for (const line of readFileSync(this.eventsPath, 'utf8').split('\n')) {
        if (line === '') continue;
        try {
          const ev = JSON.parse(line) as RoomEvent;
          if (this.room.accepts(ev)) this.room.apply(ev);
        } catch {
          // a line cut short by a crash: everything before it is kept
        }
      }
    }
    this.fd = openSync(this.eventsPath, 'a');
  }

  /** Logs and applies an event; false (and nothing written) when the room refuses it. */
  record(ev: RoomEvent): boolean {
    if (!this.room.accepts(ev)) return false;
    if (ev.e === 'next-group') {
      appendFileSync(this.archivePath, `${JSON.stringify(this.room.summary())}\n`);
      this.room.apply(ev);
      this.compact();
      return true;
    }
    writeSync(this.fd, `${JSON.stringify(ev)}\n`);
    this.room.apply(ev);
    return true;
  }

  close(): void {
    closeSync(this.fd);
  }

  private compact() {
    const keep: RoomEvent[] = [{ e: 'group', n: this.room.group }, ...[...this.room.shorts].map(([code, path]): RoomEvent => ({ e: 'short', code, path }))];
    const tmp = `${this.eventsPath}.tmp`;
    writeFileSync(tmp, keep.map((ev) => `${JSON.stringify(ev)}\n`).join(''));
    closeSync(this.fd);
    renameSync(tmp, this.eventsPath);
    this.fd = openSync(this.eventsPath, 'a');
  }
}
