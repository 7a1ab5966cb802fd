/** The ordered migrations, run on open. Add a file `NNNN_name.ts` and list it here; never edit a shipped one. */
import type { Migration } from 'kysely';
import * as m0001 from './0001_init.js';
import * as m0002 from './0002_workbench.js';
import * as m0003 from './0003_link_corrections.js';
import * as m0004 from './0004_corpus_models.js';

export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_workbench': m0002,
  '0003_link_corrections': m0003,
  '0004_corpus_models': m0004,
};
