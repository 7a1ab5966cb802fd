/**
 * Edits of pdf.worker.mjs's source (made by load-worker.ts on its copy of the module) where a hook
 * from outside cannot reach: code inside `getTextContent`'s closures and a class method whose
 * result shapes every later property access.
 *
 * Each edit replaces one exact passage, which must occur exactly once in the installed pdf.js;
 * otherwise it is not made and named in `missing` (pdf.js changed: the reader still works, plain,
 * and `pdfJsPatchProblems` says so, which fails patches.test.ts). Every replacement computes the same
 * values as the original, in the same floating-point operations and order, and keeps the original
 * behind a switch (`EDIT_SWITCH.on`, off with `setPatchesEnabled(false)`), so that patches.test.ts
 * can compare the reader's output with and without them on every sample.
 */

/** Name of the module-level switch the edits add (and load-worker.ts exports). */
export const EDIT_SWITCH = '__budgetlensEdits';

export interface SourceEdit {
  id: string;
  /** The exact passage replaced; must occur once. */
  find: string;
  replace: string;
}

const ON = `${EDIT_SWITCH}.on`;

export const SOURCE_EDITS: readonly SourceEdit[] = [
  {
    // Called twice per glyph by getTextContent: the text rendering matrix as two matrix products
    // through `Util.transform`, each allocating an array. The same products written out, one array.
    id: 'text-transform-inline',
    find: '      return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));\n',
    replace:
      `      if (!${ON}) return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));\n` +
      '      const m = textState.textMatrix, c = textState.ctm;\n' +
      '      const t0 = m[0] * tsm[0] + m[2] * tsm[1], t1 = m[1] * tsm[0] + m[3] * tsm[1], t2 = m[0] * tsm[2] + m[2] * tsm[3], t3 = m[1] * tsm[2] + m[3] * tsm[3], t4 = m[0] * tsm[4] + m[2] * tsm[5] + m[4], t5 = m[1] * tsm[4] + m[3] * tsm[5] + m[5];\n' +
      '      return [c[0] * t0 + c[2] * t1, c[1] * t0 + c[3] * t1, c[0] * t2 + c[2] * t3, c[1] * t2 + c[3] * t3, c[0] * t4 + c[2] * t5 + c[4], c[1] * t4 + c[3] * t5 + c[5]];\n',
  },
  {
    // `TextState.clone` (each `q` in a content stream) made the copy with `Object.create(this)`: the
    // saved state becomes the copy's prototype, so nested saves build prototype chains and every
    // state object is a distinct prototype, which makes each `textState.x` read in the per-glyph
    // loop a slow, megamorphic lookup. A flat copy of the own fields has the same values: a saved
    // state is not changed while it waits on the stack (StateManager.save/restore), and the fields
    // are plain data. A state made by the original clone (switch toggled mid-document) is copied the
    // original way.
    id: 'text-state-flat-clone',
    find: '  clone() {\n    const clone = Object.create(this);\n    clone.textMatrix = this.textMatrix.slice();\n',
    replace:
      '  clone() {\n' +
      `    const clone = ${ON} && Object.getPrototypeOf(this) === TextState.prototype ? Object.assign(Object.create(TextState.prototype), this) : Object.create(this);\n` +
      '    clone.textMatrix = this.textMatrix.slice();\n',
  },
];

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The switch as the edited module exports it: on/off, and the ids of the edits not made. */
export interface EditSwitch {
  on: boolean;
  missing: string[];
}

/**
 * The source with every edit whose passage occurs exactly once made, and the switch (with the ids of
 * the edits not made, so that a module loaded later from the cache still knows them) declared before
 * `beforeMarker` (the module's final export).
 */
export function applySourceEdits(source: string, beforeMarker: string, edits: readonly SourceEdit[] = SOURCE_EDITS): { source: string; missing: string[] } {
  const missing: string[] = [];
  let out = source;
  for (const e of edits) {
    if (count(out, e.find) !== 1) {
      missing.push(e.id);
      continue;
    }
    out = out.replace(e.find, () => e.replace);
  }
  const at = out.lastIndexOf(beforeMarker);
  if (at < 0) return { source, missing: edits.map((e) => e.id) };
  out = `${out.slice(0, at)}const ${EDIT_SWITCH} = { on: true, missing: ${JSON.stringify(missing)} };\n${out.slice(at)}`;
  return { source: out, missing };
}
