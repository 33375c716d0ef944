/**
 * Reading a file (or `-` for stdin) for the command-line tools with a size cap checked while
 * reading, before anything parses: `/dev/zero`, an endless pipe or a 200 MB export is refused after
 * the cap's worth of bytes, in a fraction of a second and a few MB of memory, instead of being read
 * whole into gigabytes.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { InputError, UsageError } from './cli';

/** Bytes read per call: small next to any cap, large enough that a big file takes few calls. */
const CHUNK_BYTES = 1 << 20;

/**
 * The bytes of `file` (`-`: stdin), at most `maxBytes`; more is an InputError from `tooLarge`
 * (given the bytes read before stopping). A file that cannot be opened is a UsageError (the argument
 * names nothing readable).
 */
export function readBounded(file: string, maxBytes: number, tooLarge: (readBytes: number) => string): Buffer {
  let fd: number;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A non-blocking stdin (a terminal, some pipes) has nothing yet: wait for it by reading again.
        if (code === 'EAGAIN') continue;
        if (code === 'EOF') break;
        throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new InputError(`${file}: ${tooLarge(total - 1)}`);
      chunks.push(chunk.subarray(0, n));
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}
