// Shapes of the workbench HTTP API (docs: /work/brief/API.md, mirrored in README's workbench section).

export type Role = 'admin' | 'reviewer' | 'readonly';
export interface User {
  name: string;
  role: Role;
}
export interface Session {
  user: User;
  csrf: string;
}

export type DocStatus = 'queued' | 'running' | 'done' | 'failed';
export interface DocumentRow {
  id: string;
  name: string;
  org?: string | null;
  region?: string | null;
  department?: string | null;
  unit?: string | null;
  year?: number | null;
  kind?: string | null;
  scope?: string | null;
  format?: string | null;
  pages?: number | null;
  status: DocStatus;
  error?: string | null;
  errors: number;
  warnings: number;
  updatedAt: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface Evidence {
  file?: string;
  page?: number;
  line?: number;
  box?: Box;
  /** Spreadsheets: sheet and A1 cell; Word/HTML: paragraph number and element path. */
  sheet?: string;
  cell?: string;
  paragraph?: number;
  path?: string;
  text: string;
}
export type ReviewStatus = 'confirmed' | 'dismissed' | 'open';
export interface Review {
  status: ReviewStatus;
  reason?: string | null;
  comment?: string | null;
  by: string;
  at: string;
}
export type Severity = 'error' | 'warning' | 'info';
export interface Finding {
  fingerprint: string;
  rule: string;
  title?: string;
  severity: Severity;
  message: string;
  stated?: string;
  expected?: string;
  suggestion?: string;
  evidence: Evidence[];
  review: Review | null;
}
export interface TableCell {
  text: string;
  page?: number;
  box?: Box;
  /** Spreadsheets, Word, HTML: the cell's place in the original and its line. */
  line?: number;
  sheet?: string;
  cell?: string;
  paragraph?: number;
  path?: string;
}
export interface ExtractedTable {
  id: string;
  title: string;
  page?: number;
  rows: { cells: TableCell[] }[];
}
export interface DocumentDetail {
  document: DocumentRow;
  rulesetVersion?: string;
  model?: unknown;
  findings: Finding[];
  tables: ExtractedTable[];
}
export interface Line {
  lineNo: number;
  page?: number;
  text: string;
  box?: Box;
}
export interface LinesResponse {
  lines: Line[];
  pages: { number: number; width?: number; height?: number }[];
}
export interface Progress {
  queued: number;
  running: number;
  done: number;
  failed: number;
}
export interface AuditEvent {
  at: string;
  by: string;
  action: string;
  fingerprint?: string | null;
  detail?: unknown;
}
export interface UploadResult {
  documents: { id: string; name: string; status: DocStatus }[];
  rejected: { name: string; reason: string }[];
}

/** GET /api/documents/:id/original (src/readers/original.ts). */
export interface OriginalSheet {
  name: string;
  hidden?: boolean;
  rowCount: number;
  colCount: number;
  cells: { ref: string; r: number; c: number; text: string; line?: number }[];
  merges: string[];
  hiddenRows: number[];
  hiddenCols: number[];
  truncated?: boolean;
}
export interface OriginalBlockCell {
  text: string;
  col: number;
  span?: number;
  path?: string;
  paragraph?: number;
}
export type OriginalBlock =
  | { kind: 'paragraph'; text: string; paragraph?: number; path?: string; lines: number[] }
  | { kind: 'table'; path?: string; rows: { path?: string; paragraph?: number; line?: number; cells: OriginalBlockCell[] }[] };
export type Original = { kind: 'sheets'; sheets: OriginalSheet[]; truncated?: boolean } | { kind: 'blocks'; blocks: OriginalBlock[]; truncated?: boolean };
