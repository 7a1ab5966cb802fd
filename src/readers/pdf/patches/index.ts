/**
 * Speed patches for pdf.js text extraction (see fonts.ts, flate.ts, graphics.ts, direct-text.ts, and
 * the edits of the worker's source in source-edits.ts). Each keeps
 * the text content pdf.js produces unchanged; the reader's output with and without them is compared
 * on the sample documents by patches.test.ts.
 *
 * They are installed on the classes of this process's pdf.js worker module (loaded by
 * load-worker.ts), are on by default, and can be switched off at run time (`setPatchesEnabled`),
 * which gives plain pdf.js behaviour for documents opened afterwards.
 */
import { patchDirectText } from './direct-text.js';
import { patchFlate } from './flate.js';
import { patchFontGuard } from './font-guard.js';
import { patchFonts } from './fonts.js';
import { patchGraphics } from './graphics.js';
import { missingInternals, type WorkerInternals } from './internals.js';
import { EDIT_SWITCH, SOURCE_EDITS, type EditSwitch } from './source-edits.js';

export { directTextContent, type DirectTextContent } from './direct-text.js';
export { GRAPHICS_ITEM } from './graphics.js';
export { takeSkippedFonts } from './font-guard.js';

let installed = false;
let enabled = true;
const isEnabled = () => enabled;
/** The source edits' switch in the loaded module (source-edits.ts); absent when not edited. */
let editSwitch: EditSwitch | undefined;

/**
 * Installs the patches on a worker module that exports the internals; returns what is missing
 * (nothing installed then) or an empty list.
 */
export function installPatches(ns: Record<string, unknown>): string[] {
  const missing = missingInternals(ns);
  if (missing.length || installed) return missing;
  const internals = ns as unknown as WorkerInternals;
  patchFontGuard(internals);
  patchFonts(internals, isEnabled);
  patchFlate(internals, isEnabled);
  patchGraphics(internals, isEnabled);
  patchDirectText(internals, isEnabled);
  editSwitch = ns[EDIT_SWITCH] as EditSwitch | undefined;
  if (editSwitch) editSwitch.on = enabled;
  installed = true;
  return [];
}

/** The source edits not in effect although the patches are installed (pdf.js changed), by id. */
export function sourceEditDrift(): string[] {
  if (!installed) return [];
  return editSwitch ? [...editSwitch.missing] : SOURCE_EDITS.map((e) => e.id);
}

/** Are the patches installed and on? */
export function patchesActive(): boolean {
  return installed && enabled;
}

/** Switches the patches off (plain pdf.js) or on again, for documents opened afterwards. */
export function setPatchesEnabled(on: boolean): void {
  enabled = on;
  if (editSwitch) editSwitch.on = on;
}
