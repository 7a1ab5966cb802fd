/** The job engine's vocabulary, shared by the embedded (SQLite + local pool) and distributed (BullMQ + Postgres) backends. */
import type { ConfigFile } from '../rules/config.js';

export type JobMode = 'extract' | 'check';
/** `workbench`: the server's bundle (model, lines, tables) as `output`, the check JSON as `json`. */
export type OutputFormat = 'text' | 'json' | 'csv' | 'workbench';

/** The rule configuration of a run, as read and validated by the CLI; workers resolve it against the rules. */
export interface RuleConfigSpec {
  config: ConfigFile;
  /** The configuration file it came from, for `rules` and messages. */
  file?: string;
  /** `--preset`, overriding the file's preset. */
  preset?: string;
}

/** What a worker needs to run one document. */
export interface JobSpec {
  /** Stable id (`RUN.SEQ`; no colon, as BullMQ requires): the same job is never recorded twice. */
  id: string;
  runId: string;
  seq: number;
  file: string;
  docHash: string | null;
  mode: JobMode;
  format: OutputFormat;
  /** Per-document deadline (ms); the worker is killed and replaced when it passes. */
  timeoutMs: number;
  /** Rule configuration (check runs); absent: the defaults. */
  ruleConfig?: RuleConfigSpec;
  /** Scanned pages wait for one of the pool's OCR slots (set by a pool of several workers; engine/ocr-gate.ts). */
  ocrGate?: boolean;
}

/**
 * How one document ended. `output` is rendered in the run's format; `json` is the contract JSON;
 * `corpusModel` (check runs) the slim model the cross-document pass reads (src/corpus/model.ts), stored
 * with the result but not read back with it (Store.corpusModels streams it).
 */
export type JobOutcome =
  | { ok: true; output: string; json: string; errorCount: number; ruleset: string; corpusModel?: string }
  | { ok: false; error: string; reason: FailureReason };

/**
 * Why a document has no result: `unreadable` (the reader refused it), `timeout`, `memory`, `crash`
 * (the worker died). Only `crash` is worth a retry: the others are properties of the document.
 */
export type FailureReason = 'unreadable' | 'timeout' | 'memory' | 'crash' | 'internal';

export type RunStatus = 'running' | 'interrupted' | 'stopped' | 'done';
export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

export interface RunInfo {
  id: string;
  name: string;
  mode: JobMode;
  format: OutputFormat;
  rulesetVersion: string;
  status: RunStatus;
  createdAt: string;
  /** Rule configuration the run was started with (kept in the run's options, so a resumed run checks alike). */
  ruleConfig?: RuleConfigSpec;
}

export interface JobInfo {
  id: string;
  runId: string;
  seq: number;
  file: string;
  docHash: string | null;
  status: JobStatus;
  attempts: number;
  timeoutMs: number;
}

/** A finished job as stored: exactly one per job. */
export interface StoredResult {
  jobId: string;
  seq: number;
  file: string;
  outcome: JobOutcome;
}

export type EngineEvent =
  | { type: 'started'; job: JobInfo }
  | { type: 'retry'; job: JobInfo; reason: string }
  | { type: 'finished'; job: JobInfo; result: StoredResult };
