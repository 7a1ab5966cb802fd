// Builds the workbench UI (web/) into web/dist. pdf.js's worker, CMaps, standard fonts and
// decoders are copied next to the bundle so nothing is fetched from a CDN at run time.
import { cpSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

let building = false;
const ASSET_DIRS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];

/** Where a /pdfjs/… URL's file is in the pdfjs-dist package (undefined: not one of its assets). */
function pdfjsFile(url: string): string | undefined {
  const path = normalize(decodeURIComponent(url.split('?')[0])).replace(/^\/pdfjs\//, '');
  if (path === 'pdf.worker.min.mjs') return join(pdfjsRoot, 'build', path);
  const [dir, ...rest] = path.split('/');
  if (!ASSET_DIRS.includes(dir) || !rest.length || rest.includes('..')) return undefined;
  return join(pdfjsRoot, dir, ...rest);
}

function copyPdfjsAssets(): Plugin {
  return {
    name: 'budgetlens-pdfjs-assets',
    configResolved(config) {
      building = config.command === 'build';
    },
    // `vite` (dev): serve the same files from node_modules
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const file = pdfjsFile(`/pdfjs${req.url ?? ''}`);
        if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
        if (file.endsWith('.mjs')) res.setHeader('Content-Type', 'text/javascript');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      if (!building) return;
      const out = join(here, 'dist', 'pdfjs');
      mkdirSync(out, { recursive: true });
      cpSync(join(pdfjsRoot, 'build', 'pdf.worker.min.mjs'), join(out, 'pdf.worker.min.mjs'));
      for (const dir of ASSET_DIRS) {
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
