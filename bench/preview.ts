/** Builds the lab and serves it with Vite's preview server, for the browser benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';

const VITE = 'node_modules/vite/bin/vite.js';

/** Runs `vite build` (into `outDir`, default dist) and waits for it to finish. */
export async function buildLab(outDir?: string): Promise<void> {
  const args = [VITE, 'build', ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : [])];
  const build = spawn(process.execPath, args, { stdio: 'ignore' });
  await new Promise<void>((ok, fail) => build.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`vite build exited ${code}`)))));
}

/**
 * Starts `vite preview` on `port` and resolves once it answers. Vite's own script is spawned, not
 * npx: killing npx would leave the server running.
 */
export async function startPreview(port: number, outDir?: string): Promise<ChildProcess> {
  const base = `http://localhost:${port}/`;
  const child = spawn(process.execPath, [VITE, 'preview', ...(outDir ? ['--outDir', outDir] : []), '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`vite preview did not start on ${base}`);
}
