/**
 * `npm run preset-links`: prints each preset's id, link length and `#s=` link (tab-separated), and
 * the longest link last, so the "report the longest preset's link" is one command.
 */
import { PRESETS, presetLink } from '../src/presets';

let longest = { id: '', length: 0 };
for (const p of PRESETS) {
  const link = await presetLink(p);
  process.stdout.write(`${p.id}\t${link.hash.length}\t${link.hash}\n`);
  if (link.hash.length > longest.length) longest = { id: p.id, length: link.hash.length };
}
process.stdout.write(`longest: ${longest.id} (${longest.length} characters)\n`);
