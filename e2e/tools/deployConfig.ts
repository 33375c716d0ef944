/**
 * Vite config for the two-build tests: the lab's own config with the build id (METASTABLE_BUILD_ID)
 * in every output file's name, so two builds of the same source share no script, style or worker
 * file, as two deploys of changed code do. Without it they would differ only in index.html.
 */
import { mergeConfig } from 'vite';
import labConfig from '../../vite.config';

const tag = (process.env.METASTABLE_BUILD_ID ?? '').replace(/[^a-z0-9]/gi, '') || 'untagged';

export default mergeConfig(labConfig, {
  build: {
    rollupOptions: {
      output: {
        entryFileNames: `assets/[name]-[hash]-${tag}.js`,
        chunkFileNames: `assets/[name]-[hash]-${tag}.js`,
        assetFileNames: `assets/[name]-[hash]-${tag}[extname]`,
      },
    },
  },
  worker: {
    rollupOptions: {
      output: {
        entryFileNames: `assets/[name]-[hash]-${tag}.js`,
        chunkFileNames: `assets/[name]-[hash]-${tag}.js`,
        assetFileNames: `assets/[name]-[hash]-${tag}[extname]`,
      },
    },
  },
});
