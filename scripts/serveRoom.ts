/**
 * Serves the built lab to a room: `npm run serve:room` builds, then runs `vite preview` on every
 * network interface and prints the addresses phones on the same network should open. Open one of
 * them on the presenter's machine too (not localhost), so QR codes and Copy link carry it.
 * Options: --port N (default 4173), --no-build (serve the existing dist/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const portText = portAt >= 0 ? args[portAt + 1] : '4173';
const port = Number(portText);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`--port: "${portText}" is not a port number from 1 to 65535`);
  process.exit(2);
}

/** IPv4 addresses of this machine that other machines can reach (no loopback, no link-local). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'))
    .map((a) => a!.address);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (!args.includes('--no-build')) {
  const built = spawnSync(npx, ['vite', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const addresses = lanAddresses();
console.log('');
if (addresses.length === 0) {
  console.log('No network address found: this machine is on no network the room can reach (check Wi-Fi).');
} else {
  console.log('Phones on the same network open (and so should the presenter, for the QR codes):');
  for (const a of addresses) console.log(`  http://${a}:${port}/`);
  console.log(`Presenter view: http://${addresses[0]}:${port}/?view=present`);
}
console.log('A firewall may have to allow incoming connections on this port. Ctrl+C stops the server.');
console.log('');
const server = spawn(npx, ['vite', 'preview', '--host', '0.0.0.0', '--port', String(port), '--strictPort'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
