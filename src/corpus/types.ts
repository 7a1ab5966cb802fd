/** A corpus: the documents checked together, linked to bodies, years and kinds (see link.ts). */
import type { DocKind, Scope } from '../model/types.js';
import type { CorpusModel } from './model.js';

export interface CorpusDoc {
  /** Index in `Corpus.docs`. */
  id: number;
  /** What cross-document readers may read of the document (a full model or its slim corpus model). */
  model: CorpusModel;
  /** The body the document is linked to (`Corpus.bodies` key). */
  body: string;
  year?: number;
  kind?: DocKind;
  scope?: Scope;
}

export interface Body {
  key: string;
  /** The names printed by its documents (as printed). */
  names: string[];
  scope?: Scope;
  /** For a department: the units it lists as consolidated (names as printed) and the body keys found. */
  units?: { name: string; body?: string }[];
  /** The department a unit belongs to. */
  parent?: string;
}

/** A reviewer's corrections: a file's body, year or kind, or a unit's department. */
export interface LinkOverrides {
  docs?: Record<string, { body?: string; year?: number; kind?: DocKind; scope?: Scope }>;
  /** Names that denote the same body: alias → canonical name. */
  aliases?: Record<string, string>;
}

export interface Corpus {
  docs: CorpusDoc[];
  bodies: Map<string, Body>;
}
