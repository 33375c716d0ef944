/**
 * `npm run preset-links`: prints each preset's id, link length and `#s=` link (tab-separated), and
 * the longest link last, so the longest preset link is one command away. Takes no arguments.
 */
import { parseArgs } from 'node:util';
import { PRESETS, presetLink } from '../src/presets';
import { printHelp, runCli, writeOut } from './cli';

const USAGE = 'usage: npm run preset-links';

runCli('preset-links', USAGE, async () => {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h', default: false } }, strict: true, allowPositionals: false });
  if (values.help) return printHelp("Prints every preset's share link and its length.", USAGE);
  let longest = { id: '', length: 0 };
  for (const p of PRESETS) {
    const link = await presetLink(p);
    await writeOut(`${p.id}\t${link.hash.length}\t${link.hash}\n`);
    if (link.hash.length > longest.length) longest = { id: p.id, length: link.hash.length };
  }
  await writeOut(`longest: ${longest.id} (${longest.length} characters)\n`);
});
