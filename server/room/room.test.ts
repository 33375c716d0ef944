import { mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOM_LIMITS, parseClientMessage } from '../../src/app/room/roomProtocol';
import { LESSONS } from '../../src/app/workshop/lessons';
import { lessonRoomQuestion } from '../../src/app/workshop/lessonRoomQuestion';
import { Room } from './room';
import { RoomLog } from './roomLog';
import { TokenBucket } from './edge';

const q = { id: 'q.1', text: 'Which?', kind: 'choice' as const, choices: ['a', 'b', 'c'] };

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'room-log-'));
  dirs.push(d);
  return d;
};

describe('a room', () => {
  it('takes one answer per device for the open question, changeable until the lock', () => {
    const room = new Room();
    room.apply({ e: 'open', q });
    for (const [d, v] of [
      ['d1', 0],
      ['d2', 1],
      ['d2', 2],
    ] as const)
      if (room.accepts({ e: 'answer', d, q: 'q.1', v })) room.apply({ e: 'answer', d, q: 'q.1', v });
    expect(room.histogram()).toEqual([1, 0, 1]);
    room.apply({ e: 'lock' });
    expect(room.accepts({ e: 'answer', d: 'd1', q: 'q.1', v: 1 })).toBe(false);
    expect(room.accepts({ e: 'answer', d: 'd3', q: 'other', v: 1 })).toBe(false);
  });

  it(`refuses a device beyond ${ROOM_LIMITS.participants} and keeps only the open question's answers in memory`, () => {
    const room = new Room();
    for (let k = 0; k < ROOM_LIMITS.participants; k++) expect(room.join(`d${k}`)).toBe(true);
    expect(room.join('one-too-many')).toBe(false);
    for (let n = 0; n < 50; n++) {
      room.apply({ e: 'open', q: { ...q, id: `q.${n}` } });
      for (let k = 0; k < ROOM_LIMITS.participants; k++) room.apply({ e: 'answer', d: `d${k}`, q: `q.${n}`, v: k % 3 });
    }
    expect(room.answers.size).toBe(ROOM_LIMITS.participants);
    expect(room.asked).toHaveLength(49);
    expect(room.asked[0].histogram.reduce((a, b) => a + b)).toBe(ROOM_LIMITS.participants);
  });

  it(`keeps at most ${ROOM_LIMITS.groupsInMemory} archived groups and ${ROOM_LIMITS.shortLinks} short addresses in memory`, () => {
    const room = new Room();
    for (let g = 0; g < ROOM_LIMITS.groupsInMemory + 5; g++) room.apply({ e: 'next-group' });
    expect(room.archived).toHaveLength(ROOM_LIMITS.groupsInMemory);
    for (let k = 0; k < ROOM_LIMITS.shortLinks + 10; k++) room.apply({ e: 'short', code: `c${k}`, path: `/p${k}` });
    expect(room.shorts.size).toBe(ROOM_LIMITS.shortLinks);
    expect(room.shorts.has('c0')).toBe(false);
    expect(room.codeFor('/p0')).toBeUndefined();
  });
});

describe("the room's log on disk", () => {
  it('replays to the same room, skipping a line cut short by a crash', () => {
    const dir = tmp();
    const log = new RoomLog(dir);
    log.record({ e: 'open', q });
    log.record({ e: 'answer', d: 'd1', q: 'q.1', v: 2 });
    log.close();
    appendFileSync(join(dir, 'events.jsonl'), '{"e":"answer","d":"d2","q":"q.1"');
    const back = new RoomLog(dir);
    expect(back.room.question).toEqual(q);
    expect([...back.room.answers]).toEqual([['d1', 2]]);
    back.close();
  });

  it('archives a group and shrinks the log to what outlives it (the group number, the short addresses)', () => {
    const dir = tmp();
    const log = new RoomLog(dir);
    log.record({ e: 'short', code: 'ab23', path: '/?lesson=herd' });
    log.record({ e: 'open', q });
    log.record({ e: 'answer', d: 'd1', q: 'q.1', v: 0 });
    log.record({ e: 'next-group' });
    log.record({ e: 'open', q: { ...q, id: 'q.2' } });
    log.close();
    const lines = readFileSync(join(dir, 'events.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).e)).toEqual(['group', 'short', 'open']);
    expect(JSON.parse(readFileSync(join(dir, 'archive.jsonl'), 'utf8')).questions[0].histogram).toEqual([1, 0, 0]);
    const back = new RoomLog(dir);
    expect(back.room.group).toBe(2);
    expect(back.room.shorts.get('ab23')).toBe('/?lesson=herd');
    back.close();
  });
});

describe('the edge', () => {
  it(`lets a socket send ${ROOM_LIMITS.burst} messages at once and then ${ROOM_LIMITS.messagesPerSecond} a second`, () => {
    const bucket = new TokenBucket(0);
    let sent = 0;
    for (let k = 0; k < 100; k++) if (bucket.take(0)) sent++;
    expect(sent).toBe(ROOM_LIMITS.burst);
    expect(bucket.take(100)).toBe(false);
    expect(bucket.take(1000)).toBe(true);
  });
});

describe('lesson steps as room questions', () => {
  it("every step of every lesson goes through the edge as the presenter's open message", () => {
    for (const lesson of LESSONS)
      lesson.steps.forEach((_, k) => {
        const text = JSON.stringify({ type: 'open', question: lessonRoomQuestion(lesson, k) });
        expect(parseClientMessage(text, Buffer.byteLength(text)), `${lesson.id} step ${k + 1}`).toMatchObject({ ok: true });
      });
  });

  it("sets a number's slider range by its unit, never by the step's answer", () => {
    for (const lesson of LESSONS)
      lesson.steps.forEach((s, k) => {
        if (s.predict.kind !== 'number') return;
        const other = {
          ...lesson,
          steps: lesson.steps.map((t, j) => (j === k ? { ...t, predict: { ...s.predict, expected: s.predict.expected * 7 + 1 } } : t)),
        };
        expect(lessonRoomQuestion(other, k)).toEqual(lessonRoomQuestion(lesson, k));
      });
  });
});
