/**
 * Share links of the presets: the `#s=` fragment the lab reads, built with the share codec so a
 * preset's link is exactly what "Copy link" would produce for that scenario.
 */
import { encodeLink, HASH_KEY } from '../share';
import { presetScenario } from './presets';
import type { Preset } from './types';

export interface PresetLink {
  id: string;
  /** The link payload (`v1.…`), without `#s=`. */
  payload: string;
  /** The URL fragment, `#s=v1.…`: append it to the lab's address. */
  hash: string;
}

/** Encodes a preset as a share link; throws if the codec refuses it (a preset too large to share is a bug). */
export async function presetLink(preset: Preset): Promise<PresetLink> {
  const encoded = await encodeLink(presetScenario(preset));
  if (!encoded.ok) throw new Error(`preset ${preset.id}: ${encoded.error}`);
  return { id: preset.id, payload: encoded.link, hash: `#${HASH_KEY}=${encoded.link}` };
}
