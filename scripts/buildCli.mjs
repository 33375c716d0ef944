// @ts-check
/**
 * Builds the command-line tools once into `dist-cli/`: each entry in CLI_ENTRIES bundled with its
 * imports (src/sim, presets, comlink…) into one ES module Node starts without compiling anything.
 * `npm ci` / `npm install` run it (package.json `prepare`); `scripts/runBuilt.mjs` runs it again on
 * first use or when a source it bundled has changed since, so a build can never be stale.
 *
 * Plain JavaScript on purpose: it runs before any TypeScript loader is in the process, and the
 * launcher imports it only when a rebuild is due.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist-cli');
export const MANIFEST = join(OUT_DIR, 'manifest.json');

/** `scripts/NAME.ts` for each NAME: the CLIs package.json runs, and the worker threads they start. */
export const CLI_ENTRIES = [
  'simulate',
  'fit',
  'fitWorker',
  'sweep',
  'sweepWorker',
  'budget',
  'preset-links',
  'presets-doc',
  'incidents-doc',
  'mitigations-table',
  'model-doc',
  'glossary-doc',
  'serveRoom',
];

/**
 * Bundles every entry; returns the manifest written next to them. `clean` empties the folder first
 * (the explicit `npm run build:cli`); a rebuild on first use leaves other processes' files alone and
 * replaces each file by rename, so a CLI starting beside it never reads half a file.
 * @param {{ clean?: boolean }} [options]
 * @returns {Promise<{ builtAtMs: number, inputs: string[] }>}
 */
export async function buildCli({ clean = false } = {}) {
  // esbuild is loaded here, not at the top: the launcher imports this module only to rebuild.
  const { build } = await import('esbuild');
  // Taken before reading any source: an edit made while the build runs makes the next start rebuild.
  const builtAtMs = Date.now();
  const result = await build({
    entryPoints: CLI_ENTRIES.map((name) => join(ROOT, 'scripts', `${name}.ts`)),
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    // Content-named chunks: two rebuilds racing write the same names with the same bytes.
    chunkNames: 'chunk-[hash]',
    // Bundled CommonJS packages may call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  if (clean) rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
  const inputs = [...Object.keys(result.metafile.inputs), relative(ROOT, fileURLToPath(import.meta.url))];
  const manifest = { builtAtMs, inputs };
  const temp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(manifest)}\n`);
  renameSync(temp, MANIFEST);
  return manifest;
}

/**
 * Why `OUT_DIR/NAME.mjs` cannot be used as it is, or undefined when it can: not built, or one of the
 * files it was built from is newer than the build (an edit, a checkout, a fresh `npm ci`).
 * @param {string} name
 * @param {{ outDir?: string, root?: string }} [where] the build folder and the folder its inputs are relative to
 * @returns {string | undefined}
 */
export function staleReason(name, { outDir = OUT_DIR, root = ROOT } = {}) {
  /** @type {{ builtAtMs: number, inputs: string[] }} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    statSync(join(outDir, `${name}.mjs`));
  } catch {
    return 'not built yet';
  }
  for (const input of manifest.inputs) {
    let mtimeMs;
    try {
      mtimeMs = statSync(join(root, input)).mtimeMs;
    } catch {
      return `${input} is gone`;
    }
    if (mtimeMs > manifest.builtAtMs) return `${input} changed`;
  }
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { inputs } = await buildCli({ clean: true });
  process.stdout.write(
    `build:cli: ${CLI_ENTRIES.length} tools from ${inputs.length} sources into dist-cli/ in ${Math.round(performance.now() - started)} ms\n`,
  );
}
