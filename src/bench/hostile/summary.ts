/** Figures of a hostile-corpus run, for the report and the test. */
import type { HostileCase } from './corpus.js';
import type { RunResult } from './run.js';

export interface KindSummary {
  kind: string;
  files: number;
  read: number;
  /** ReadError codes and how often. */
  errors: Record<string, number>;
  hangs: number;
  died: number;
  crashes: number;
  /** Files poppler reads (pdftotext) that we did not. */
  missed: number;
  /** Documents read with a damaged-font warning. */
  fontsSkipped: number;
  maxMs: number;
  maxRssMb: number;
}

/** What went against the rules: hangs, dead children, crashes, wrong outcomes, readable files not read. */
export function violations(cases: HostileCase[], results: RunResult[]): string[] {
  const out: string[] = [];
  results.forEach((r, i) => {
    const c = cases[i];
    const name = `${c.kind} ${r.file}`;
    if (r.hang) out.push(`${name}: hang (killed after the hard deadline)`);
    else if (r.died) out.push(`${name}: the reader's process died`);
    else if (!r.ok && (r.code === 'crash' || r.code === 'internal')) out.push(`${name}: crash: ${r.message}`);
    else if (c.expect === 'read' && !r.ok) out.push(`${name}: should be read, got ${r.code}: ${r.message}`);
    else if (c.expect === 'error' && r.ok) out.push(`${name}: should fail, was read`);
    else if (r.popplerReads && !r.ok) out.push(`${name}: poppler reads it, we did not (${r.code}: ${r.message})`);
  });
  return out;
}

export function summarise(cases: HostileCase[], results: RunResult[]): KindSummary[] {
  const by = new Map<string, KindSummary>();
  results.forEach((r, i) => {
    const kind = cases[i].kind;
    let s = by.get(kind);
    if (!s) by.set(kind, (s = { kind, files: 0, read: 0, errors: {}, hangs: 0, died: 0, crashes: 0, missed: 0, fontsSkipped: 0, maxMs: 0, maxRssMb: 0 }));
    s.files++;
    if (r.hang) s.hangs++;
    else if (r.died) s.died++;
    else if (r.ok) s.read++;
    else if (r.code === 'crash' || r.code === 'internal') s.crashes++;
    else s.errors[r.code ?? '?'] = (s.errors[r.code ?? '?'] ?? 0) + 1;
    if (r.popplerReads && !r.ok) s.missed++;
    if (r.warnings?.includes('damaged-font')) s.fontsSkipped++;
    s.maxMs = Math.max(s.maxMs, r.ms ?? 0);
    s.maxRssMb = Math.max(s.maxRssMb, (r.maxRss ?? 0) / 1048576);
  });
  return [...by.values()];
}

export function summaryTable(rows: KindSummary[]): string {
  const lines = [
    '| kind | files | read | errors (code × n) | hangs | died | crashes | poppler reads, we do not | font skipped | max s | peak RSS MiB |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of rows) {
    const errs = Object.entries(s.errors).map(([k, v]) => `${k} × ${v}`).join(', ') || '—';
    lines.push(`| ${s.kind} | ${s.files} | ${s.read} | ${errs} | ${s.hangs} | ${s.died} | ${s.crashes} | ${s.missed} | ${s.fontsSkipped} | ${(s.maxMs / 1000).toFixed(1)} | ${Math.round(s.maxRssMb)} |`);
  }
  return lines.join('\n');
}
