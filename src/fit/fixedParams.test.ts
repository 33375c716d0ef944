import { describe, expect, it } from 'vitest';
import { parseFixed } from './fixedParams';

describe('parameters the user fixes', () => {
  it('takes numeric document fields and fit parameters', () => {
    expect(parseFixed(['db.workers=8', 'client.timeoutMs=1500', 'db.capacityQps=50'])).toEqual({
      fixed: { 'db.workers': 8, 'client.timeoutMs': 1500, 'db.capacityQps': 50 },
      errors: [],
    });
  });

  it('names the field, the value and the allowed range of a bad one', () => {
    const { errors } = parseFixed(['db.workers=0', 'db.wrkers=8', 'client.backoff=none', 'client.retries=2.5', 'db.workers']);
    expect(errors).toEqual([
      'db.workers: 0 is out of range (allowed: 1 to 10000)',
      expect.stringMatching(/^db.wrkers: no such field/),
      'client.backoff: only numeric fields can be fixed (this one is a choice)',
      'client.retries: 2.5 is not a whole number (allowed: 0 to 20)',
      '"db.workers": write FIELD=VALUE, e.g. db.workers=8',
    ]);
  });
});
