// Builds the workbench UI (web/) into web/dist. pdf.js's worker, CMaps, standard fonts and
// decoders are copied next to the bundle so nothing is fetched from a CDN at run time.
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

function copyPdfjsAssets(): Plugin {
  return {
    name: 'budgetlens-copy-pdfjs-assets',
    apply: 'build',
    closeBundle() {
      const out = join(here, 'dist', 'pdfjs');
      mkdirSync(out, { recursive: true });
      cpSync(join(pdfjsRoot, 'build', 'pdf.worker.min.mjs'), join(out, 'pdf.worker.min.mjs'));
      for (const dir of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        cpSync(join(pdfjsRoot, dir), join(out, dir), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [copyPdfjsAssets()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: join(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000, target: 'es2022' },
  server: { proxy: { '/api': process.env.BUDGETLENS_API ?? 'http://127.0.0.1:8080' } },
});
