/**
 * A scripted event's own label: the words of an incident report's timeline ("16:08 scale up")
 * shown on the chart mark and the timeline instead of the generated wording. Labels come from
 * untrusted documents and links, so they are cleaned like a title (the invisible and text-direction
 * characters of ./invisibleText removed, since they can hide or disguise text) and kept short
 * enough for a chart.
 */
import { withoutInvisible } from './invisibleText';

/** Longest label, in UTF-16 code units: about what fits beside a mark on a phone. */
export const MAX_EVENT_LABEL = 60;

export interface LabelRead {
  /** The cleaned label; undefined when the input was blank or unusable. */
  label?: string;
  /** A problem to report, naming the field; undefined when the label was clean. */
  problem?: string;
  /** True when the problem makes the label unusable (as opposed to a note that it was cleaned). */
  rejected: boolean;
}

/** Reads `input` as the label at `path` (e.g. `events[2].label`). */
export function readEventLabel(input: unknown, path: string): LabelRead {
  if (typeof input !== 'string') return { problem: `${path}: ${JSON.stringify(input) ?? String(input)} is not text`, rejected: true };
  const cleaned = withoutInvisible(input).trim();
  if (cleaned.length > MAX_EVENT_LABEL) {
    return { problem: `${path}: ${cleaned.length} characters is too long (allowed: up to ${MAX_EVENT_LABEL})`, rejected: true };
  }
  const label = cleaned.length > 0 ? cleaned : undefined;
  if (cleaned !== input.trim()) return { label, problem: `${path}: control or text-direction characters were removed`, rejected: false };
  return { label, rejected: false };
}
