/**
 * How large a metrics file may be, in the Fit tab and for `npm run fit`: one constant and one
 * message, in a module with no imports so the page can check a file's size without loading the
 * importers.
 */

/** Metrics files larger than this are refused unread, in the Fit tab and by `npm run fit`. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The refusal of a file too large to import; `atLeast`: the size is where reading stopped (stdin). */
export function importTooLargeMessage(bytes: number, atLeast = false): string {
  return `${atLeast ? 'more than ' : ''}${bytes} bytes is too large (up to ${MAX_IMPORT_BYTES} bytes)`;
}
