/**
 * Raw DEFLATE through the platform's CompressionStream / DecompressionStream (browsers, Node ≥ 18).
 * No hand-written compression: the streams are the maintained implementation we trust.
 */

/** Compresses bytes with raw DEFLATE (RFC 1951, no zlib header: 6 bytes shorter per link). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'corrupt' };

/**
 * Decompresses raw DEFLATE, reading the output chunk by chunk and abandoning the stream as soon as
 * it exceeds `maxBytes`. A few kilobytes of DEFLATE can expand to gigabytes (a "deflate bomb"), so
 * the output is never collected whole before its size is known to be reasonable.
 */
export async function inflateRawCapped(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  // pipeThrough marks its internal promises as handled, so a corrupt input surfaces only through
  // reader.read() below, never as an unhandled rejection.
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
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
