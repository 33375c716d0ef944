/**
 * Share links: `v1.` + base64url(zlib-deflate(UTF-8(canonical JSON without defaults))).
 *
 * The `v<n>.` prefix is the *link format* (how the bytes are packed); the document inside carries
 * its own `version` (what the fields mean, see ./migrations). Either being newer than this build
 * produces "made by a newer version of Metastable Lab". Decoding never throws: every failure becomes
 * a message and the caller keeps a usable scenario.
 */
import { defaultScenario } from '../sim/parseScenario';
import type { Scenario } from '../sim/scenario';
import { fromBase64Url, toBase64Url } from './base64url';
import { scenarioToDocument } from './canonical';
import { deflate, inflateCapped } from './compression';
import { readDocument } from './readDocument';

/** The link format this build writes and the newest it reads. */
export const LINK_VERSION = 1;
/** Longer links are refused before any decoding work (8 KiB fits every URL limit that matters). */
export const MAX_LINK_CHARS = 8192;
/** Decompressed documents larger than this are abandoned mid-stream (deflate-bomb guard). */
export const MAX_DOCUMENT_BYTES = 64 * 1024;

export interface DecodedLink {
  scenario: Scenario;
  /** Human messages naming what was wrong; empty when the link was read exactly. */
  errors: string[];
  /** `link`: the scenario (or its valid part) came from the link; `default`: nothing usable in it. */
  source: 'link' | 'default';
}

export type EncodedLink = { ok: true; link: string } | { ok: false; error: string };

/** Encodes a scenario as a link payload (no `#`). Fails only if the result would be refused. */
export async function encodeLink(scenario: Scenario): Promise<EncodedLink> {
  const bytes = new TextEncoder().encode(JSON.stringify(scenarioToDocument(scenario, true)));
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      error: `This scenario is too large to share as a link (${bytes.byteLength} bytes; up to ${MAX_DOCUMENT_BYTES}). Export it as a file instead.`,
    };
  }
  const link = `v${LINK_VERSION}.${toBase64Url(await deflate(bytes))}`;
  if (link.length > MAX_LINK_CHARS) {
    return { ok: false, error: `This scenario's link would be ${link.length} characters long (up to ${MAX_LINK_CHARS}). Export it as a file instead.` };
  }
  return { ok: true, link };
}

const PREFIX = /^v(\d{1,9})\./;

/** Transport-level failure: nothing in the link is usable, run the fallback. */
function refuse(fallback: () => Scenario, why: string): DecodedLink {
  return { scenario: fallback(), errors: [`This link could not be read: ${why}. Showing the default scenario.`], source: 'default' };
}

/**
 * Decodes an untrusted link payload (no `#`). Never throws and never rejects. `fallback` supplies
 * the scenario used when nothing in the link is usable (defaults to the lab's default scenario).
 */
export async function decodeLink(input: unknown, fallback: () => Scenario = defaultScenario): Promise<DecodedLink> {
  try {
    if (typeof input !== 'string') return refuse(fallback, 'it is not text');
    const text = input.trim();
    if (text.length === 0) return refuse(fallback, 'it is empty');
    if (text.length > MAX_LINK_CHARS) return refuse(fallback, `it is ${text.length} characters long, more than the ${MAX_LINK_CHARS} a scenario link can have`);
    const m = PREFIX.exec(text);
    if (!m) return refuse(fallback, `it does not start with "v${LINK_VERSION}." like a Metastable Lab scenario link`);
    const format = Number(m[1]);
    if (format > LINK_VERSION) {
      return refuse(
        fallback,
        `it was made by a newer version of Metastable Lab (link format v${format}; this one reads up to v${LINK_VERSION}). Open it with the newer version`,
      );
    }
    if (format < 1) return refuse(fallback, `link format v${format} does not exist`);

    const raw = fromBase64Url(text.slice(m[0].length));
    if (!raw.ok) return refuse(fallback, raw.message);
    const inflated = await inflateCapped(raw.bytes, MAX_DOCUMENT_BYTES);
    if (!inflated.ok) {
      return refuse(
        fallback,
        inflated.reason === 'too-large'
          ? `its scenario unpacks to more than ${MAX_DOCUMENT_BYTES} bytes`
          : 'its data is damaged (it may have been cut off or changed while being copied)',
      );
    }
    let json: string;
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    } catch {
      return refuse(fallback, 'its data is not text');
    }
    let doc: unknown;
    try {
      doc = JSON.parse(json);
    } catch {
      return refuse(fallback, 'its data is not a JSON document');
    }
    const read = readDocument(doc);
    if (!read.usable) return { scenario: fallback(), errors: read.errors, source: 'default' };
    return { scenario: read.scenario, errors: read.errors, source: 'link' };
  } catch (e) {
    // Defence in depth: every known failure is handled above; an unknown one must not crash the lab.
    return refuse(fallback, `an unexpected problem occurred (${e instanceof Error ? e.message.slice(0, 80) : 'unknown'})`);
  }
}
