/**
 * Base64url (RFC 4648 §5, no padding) on top of the platform's `btoa`/`atob`, which exist in every
 * browser and in Node ≥ 16. Links live in the location hash, so `+`, `/` and `=` are avoided.
 */

/** Encodes bytes as unpadded base64url text. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so String.fromCharCode never receives more arguments than the engine allows.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Decodes unpadded base64url text. Returns an error message instead of throwing, naming the first
 * character that cannot belong to base64url, or the impossible length.
 */
export function fromBase64Url(text: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  const bad = /[^A-Za-z0-9_-]/.exec(text);
  if (bad) {
    return { ok: false, message: `it contains ${JSON.stringify(bad[0])} at position ${bad.index + 1}, which cannot be part of a link` };
  }
  // A length of 4n+1 cannot come from any byte sequence: the link was cut or padded by hand.
  if (text.length % 4 === 1) return { ok: false, message: 'its data has an impossible length (it was probably cut off)' };
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return { ok: false, message: 'its data is not valid base64url' };
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { ok: true, bytes };
}
