import { describe, expect, it } from 'vitest';
import { findTerms, findTermsInBlock } from './termMatch';

const linked = (text: string) =>
  findTerms(text)
    .filter((s) => s.id)
    .map((s) => `${s.text}→${s.id}`);

describe('finding glossary terms in running text', () => {
  it('links a term wherever it is written, in any case, keeping the text as written', () => {
    expect(linked('Retries, timeouts, shed')).toEqual(['Retries→retries', 'timeouts→timed-out', 'shed→shed']);
    expect(
      findTerms('CoDel shedding')
        .map((s) => s.text)
        .join(''),
    ).toBe('CoDel shedding');
  });

  it('prefers the longest name, so "p99 served" is one term and not "p99" plus text', () => {
    expect(linked('p99 served')).toEqual(['p99 served→percentile']);
    expect(linked('p99 of every request')).toEqual(['p99 of every request→all-request-latency']);
  });

  it('matches whole words only: "stable" is not found inside "metastable"', () => {
    expect(linked('a metastable system, stable again')).toEqual(['metastable→metastable', 'stable→stable']);
    expect(linked('unshedded')).toEqual([]);
  });

  it('links each entry once per text, at its first mention', () => {
    expect(linked('retries beget retries')).toEqual(['retries→retries']);
  });

  it('links each entry once per block of texts, such as a chart caption and its legend', () => {
    const [title, ...legend] = findTermsInBlock(['Retries, timeouts, shed', 'retries', 'timeouts', 'shed', 'rejected']);
    expect(title.filter((s) => s.id)).toHaveLength(3);
    expect(legend.slice(0, 3).every((segs) => segs.every((s) => !s.id))).toBe(true);
    expect(legend[3]).toEqual([{ text: 'rejected', id: 'rejected' }]);
  });

  it('leaves text without jargon as one plain run', () => {
    expect(findTerms('Queue depth')).toEqual([{ text: 'Queue depth' }]);
    expect(findTerms('')).toEqual([]);
  });
});
