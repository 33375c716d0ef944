import { describe, expect, it } from 'vitest';
import { NUMBER_BINS, ROOM_LIMITS, answerFits, numberBin, parseClientMessage, plainText } from './roomProtocol';
import { deviceId, newDeviceId } from './deviceId';
import { relayAddress } from './roomServed';
import { ROOM_CSV_HEADER, roomAnswersCsv, roomPostmortemSection, type RoomSummary } from './roomEvidence';

const parse = (m: unknown) => {
  const text = typeof m === 'string' ? m : JSON.stringify(m);
  return parseClientMessage(text, new TextEncoder().encode(text).length);
};

describe('the room protocol at the edge', () => {
  it('reads the messages it knows, each with only its own fields', () => {
    expect(parse({ type: 'hello', device: 'abcdef0123456789', key: null })).toEqual({
      ok: true,
      value: { type: 'hello', device: 'abcdef0123456789', key: null },
    });
    expect(parse({ type: 'answer', questionId: 'herd.1', value: 2 })).toMatchObject({ ok: true });
    expect(parse({ type: 'lock' })).toEqual({ ok: true, value: { type: 'lock' } });
    expect(parse({ type: 'timer', seconds: 120 })).toMatchObject({ ok: true });
  });

  it('refuses, naming the field: oversize, not JSON, unknown types, extra fields, bad ids, numbers out of range', () => {
    expect(parseClientMessage('x'.repeat(10), ROOM_LIMITS.messageBytes + 1)).toEqual({
      ok: false,
      reason: `message: ${ROOM_LIMITS.messageBytes + 1} bytes, more than ${ROOM_LIMITS.messageBytes}`,
    });
    expect(parse('{nope')).toEqual({ ok: false, reason: 'message: not JSON' });
    expect(parse([1, 2])).toEqual({ ok: false, reason: 'message: not an object' });
    expect(parse({ type: '__proto__' })).toMatchObject({ ok: false });
    expect(parse({ type: 'toString' })).toMatchObject({ ok: false });
    expect(parse({ type: 'lock', extra: 1 })).toEqual({ ok: false, reason: 'lock: unexpected field "extra"' });
    expect(parse({ type: 'hello', device: 'short' })).toEqual({ ok: false, reason: 'hello.device: expected 8–64 letters, digits, _ or -' });
    expect(parse({ type: 'answer', questionId: '<script>', value: 1 })).toMatchObject({ ok: false });
    expect(parse({ type: 'answer', questionId: 'q', value: 'NaN' })).toMatchObject({ ok: false });
    expect(parse({ type: 'timer', seconds: ROOM_LIMITS.timerS + 1 })).toMatchObject({ ok: false });
    expect(parse({ type: 'shorten', path: '//evil.example/' })).toMatchObject({ ok: false });
    expect(parse({ type: 'open', question: { id: 'q', text: 'x', kind: 'choice', choices: ['only one'] } })).toMatchObject({ ok: false });
    expect(parse({ type: 'open', question: { id: 'q', text: 'x', kind: 'number', min: 5, max: 5, unit: '' } })).toMatchObject({ ok: false });
  });

  it('keeps question text plain: control and direction-override characters go, length is bounded', () => {
    expect(plainText('a\u0000b\u202ec', 10)).toBe('a b c');
    expect(plainText('x'.repeat(11), 10)).toBeNull();
    expect(plainText('   ', 10)).toBeNull();
  });

  it("checks an answer against the question: a choice's index, a number within its range, each in its bar", () => {
    const choice = { id: 'q', text: 't', kind: 'choice' as const, choices: ['a', 'b'] };
    expect([answerFits(choice, 0), answerFits(choice, 1), answerFits(choice, 2), answerFits(choice, 0.5)]).toEqual([true, true, false, false]);
    const number = { id: 'q', text: 't', kind: 'number' as const, min: 0, max: 100, unit: '%' };
    expect([answerFits(number, 0), answerFits(number, 100), answerFits(number, 101)]).toEqual([true, true, false]);
    expect([numberBin(number, 0), numberBin(number, 9.99), numberBin(number, 10), numberBin(number, 100)]).toEqual([0, 0, 1, NUMBER_BINS - 1]);
  });
});

describe("the phone's place in the room", () => {
  it('keeps one anonymous device id in storage and makes a new one only when none is kept', () => {
    const m = new Map<string, string>();
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    const first = deviceId(storage);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(deviceId(storage)).toBe(first);
    expect(newDeviceId()).not.toBe(first);
  });

  it('knows a page the room server served by its marker, and finds the relay on the same origin', () => {
    const doc = (content: string | null) => ({ querySelector: () => (content === null ? null : ({ getAttribute: () => content } as unknown as Element)) });
    expect(relayAddress(doc('/relay'), 'http://192.168.1.20:4173/?lesson=herd')).toBe('ws://192.168.1.20:4173/relay');
    expect(relayAddress(doc('/relay'), 'https://lab.example.org/')).toBe('wss://lab.example.org/relay');
    expect(relayAddress(doc(null), 'http://x/')).toBeNull();
    expect(relayAddress(doc('//evil.example/relay'), 'http://x/')).toBeNull();
  });
});

describe("the room's answers as evidence", () => {
  const summary: RoomSummary = {
    group: {
      group: 2,
      questions: [
        {
          question: { id: 'herd.1', text: 'Share served?', kind: 'choice', choices: ['All', '=HYPERLINK("x")', 'Half'] },
          histogram: [1, 0, 2],
          answered: 3,
          runValue: 2,
          runText: '57% (Half)',
        },
      ],
    },
    archived: [
      {
        group: 1,
        questions: [
          {
            question: { id: 'm.1', text: 'Goodput, "later"?', kind: 'number', min: 0, max: 100, unit: '%' },
            histogram: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
            answered: 1,
            runValue: null,
            runText: null,
          },
        ],
      },
    ],
  };

  it('writes one CSV row per bar, oldest group first, quoting and defusing what a spreadsheet would run', () => {
    const lines = roomAnswersCsv(summary).trim().split('\n');
    expect(lines[0]).toBe(ROOM_CSV_HEADER);
    expect(lines).toHaveLength(1 + 10 + 3);
    expect(lines[1]).toBe('1,m.1,"Goodput, ""later""?",0–10 %,0,1,,');
    expect(lines[12]).toBe(`2,herd.1,Share served?,"'=HYPERLINK(""x"")",0,3,2,57% (Half)`);
  });

  it('says in the postmortem draft what the room predicted and what the run gave', () => {
    const section = roomPostmortemSection(summary);
    expect(section).toContain('## What the room predicted');
    expect(section).toContain('- Group 2, "Share served?": the room predicted Half (2 of 3), All (1 of 3); the run gave 57% (Half).');
    expect(section).toContain('- Group 1, "Goodput, "later"?": the room predicted 50–60 % (1 of 1); the run was not revealed.');
  });
});
