/**
 * Serves the lab to a room: `npm run serve:room` builds the lab, then one Node process serves the
 * build and the room's relay (server/room/) on every network interface, and prints the addresses.
 * Answers, short addresses and the presenter's key live in the data folder, so a restart keeps them.
 * Options: --port N (default 4173), --host H (default 0.0.0.0, every interface), --no-build (serve
 * the existing build), --dist DIR (default dist), --data DIR (default .room), --key KEY (the
 * presenter's key; default: the one in the data folder, or a new one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createRoomServer, newKey } from '../server/room/roomServer';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? '') : fallback;
};
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
const known = new Set(['--port', '--host', '--no-build', '--dist', '--data', '--key']);
for (let k = 0; k < args.length; k++) {
  if (!known.has(args[k])) fail(`serve:room: unknown option "${args[k]}"; the options are ${[...known].join(', ')}`);
  if (args[k] !== '--no-build') k++;
}
const portText = option('--port', '4173');
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port: "${portText}" is not a port number from 0 (any free port) to 65535`);
const host = option('--host', '0.0.0.0');
const distDir = option('--dist', 'dist');
const dataDir = option('--data', '.room');
const keyText = option('--key', '');
if (keyText !== '' && !/^[A-Za-z0-9-]{6,64}$/.test(keyText)) fail(`--key: "${keyText}" must be 6–64 letters, digits or -`);

/** IPv4 addresses of this machine that other machines can reach (no loopback, no link-local). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'))
    .map((a) => a!.address);
}

/** The presenter's key outlives a restart: kept beside the answers. */
function presenterKey(): string {
  if (keyText !== '') return keyText.toUpperCase();
  const file = join(dataDir, 'presenter-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = newKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (!args.includes('--no-build')) {
  const built = spawnSync(npx, ['vite', 'build', '--outDir', distDir, '--emptyOutDir'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync(join(distDir, 'index.html'))) fail(`--dist: "${distDir}" has no index.html; build first (drop --no-build)`);

const server = createRoomServer({ distDir, dataDir, key: presenterKey() });
server.listen(port, host).then(
  (bound) => {
    const lan = host === '0.0.0.0' ? lanAddresses() : [host];
    console.log('');
    console.log(`Room server: the lab and its relay on port ${bound}; answers kept in ${dataDir}/`);
    console.log(`Presenter key (type it in the Room card of the presenter view; never put it in a link): ${server.key}`);
    console.log('A firewall may have to allow incoming connections on this port. Ctrl+C stops the server.');
    if (lan.length === 0) {
      console.log('No network address found: this machine is on no network the room can reach (check Wi-Fi).');
      console.log(`Presenter view on this machine only: http://localhost:${bound}/?view=present`);
    } else {
      console.log(`Presenter view: http://${lan[0]}:${bound}/?view=present`);
      console.log('Phones on the same network open:');
      for (const a of lan) console.log(`  http://${a}:${bound}/`);
    }
  },
  (e: unknown) => fail(`--port: ${port} cannot be used (${e instanceof Error ? e.message : String(e)})`),
);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
