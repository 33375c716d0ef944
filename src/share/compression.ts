/**
 * DEFLATE in its zlib wrapper (RFC 1950) through the platform's CompressionStream /
 * DecompressionStream (browsers, Node ≥ 18). No hand-written compression.
 *
 * Why 'deflate' and not 'deflate-raw': raw DEFLATE has no checksum, and the property tests found
 * that flipping one byte of a raw stream can silently turn `thinkMs: 1.78864096…` into
 * `1.78864093…` — a different, valid scenario with no message. The zlib wrapper's Adler-32 (6 bytes,
 * 8 link characters) makes the decompressor reject such damage, so a link decodes exactly or not at all.
 */

/** The stream format used by links. */
export const FORMAT = 'deflate';

/** Compresses bytes with zlib-wrapped DEFLATE. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream(FORMAT));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

/**
 * Decompresses zlib-wrapped DEFLATE (checksum verified at the end of the stream), reading the output chunk by chunk and abandoning the stream as soon as
 * it exceeds `maxBytes`. A few kilobytes of DEFLATE can expand to gigabytes (a "deflate bomb"), so
 * the output is never collected whole before its size is known to be reasonable.
 */
export async function inflateCapped(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  // pipeThrough marks its internal promises as handled, so a corrupt input surfaces only through
  // reader.read() below, never as an unhandled rejection.
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(FORMAT)).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop the decompressor; errors from cancelling a stream we no longer want are irrelevant.
        reader.cancel().catch(() => {});
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes: out };
}
