/**
 * Characters that can hide or disguise text a document carries (a title, an event's label): they
 * draw nothing, or turn what follows around, so "flush" can read as something else on a projector.
 * Titles and labels are only ever shown as text, so removing them is all the cleaning they need;
 * every way in (links, files, the address, the command lines) removes the same set.
 *
 * - C0 and C1 controls and DEL (tabs and line breaks included: a title is one line);
 * - bidirectional marks, embeddings, overrides and isolates: U+061C, U+200E, U+200F, U+202A–U+202E,
 *   U+2066–U+2069;
 * - zero-width and invisible characters: U+00AD soft hyphen, U+180E, U+200B zero-width space,
 *   U+2060–U+2064 (word joiner, invisible operators), U+FEFF byte-order mark / zero-width no-break
 *   space, U+FFF9–U+FFFB interlinear annotation;
 * - U+2028 and U+2029, line and paragraph separators.
 *
 * U+200C and U+200D (zero-width non-joiner and joiner) are kept: Persian and Indic words need them,
 * and emoji sequences are built with them.
 */
export const INVISIBLE_TEXT_CHARS =
  // eslint-disable-next-line no-control-regex -- the pattern exists to name the control characters it removes
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** `text` without the characters above. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_TEXT_CHARS, '');
}
