/**
 * Linking: each model of a corpus matched to one body (names normalised: region prefixes, （本级）,
 * 委员会/委, aliases), a year and a kind; a department to its units by the unit list it prints.
 * Runs after the model stage; a reviewer's `LinkOverrides` correct any link.
 */
import { basename } from 'node:path';
import { UNIT_LIST_WORDS, type CorpusModel } from './model.js';
import { normalName, sameBody } from './names.js';
import type { Body, Corpus, CorpusDoc, LinkOverrides } from './types.js';

/**
 * `纳入…编制范围的单位包括：A、B。` / `所属单位包括：…` → the names listed. The consolidation list
 * (编制范围) wins over a list of subordinate units; running page headers caught in it are dropped.
 */
const UNIT_LIST = new RegExp(`${UNIT_LIST_WORDS.source}[^。：:]{0,24}?(?:包括|有)[:：]?([^。]+)。`, 'g');

export function unitList(m: Pick<CorpusModel, 'paragraphs'>): string[] {
  let best: string[] = [];
  let bestScope = false;
  for (const p of m.paragraphs) {
    const text = p.text.replace(/\s+/g, '');
    for (const hit of text.matchAll(UNIT_LIST)) {
      const names = hit[2]
        .split(/[、，,；;]/)
        .map((s) => s.replace(/^(?:\d+[.、]|[（(]\d+[）)])/, '').replace(/^.*?(?:预算|决算)公开/, '').replace(/等$/, ''))
        .filter((s) => s.length >= 3 && s.length <= 40 && !/\d/.test(s));
      const scope = hit[1] === '编制范围';
      if (names.length && ((scope && !bestScope) || (scope === bestScope && names.length > best.length))) {
        best = names;
        bestScope = scope;
      }
    }
  }
  return best;
}

export function linkCorpus(models: CorpusModel[], overrides: LinkOverrides = {}): Corpus {
  const bodies = new Map<string, Body>();
  const docs: CorpusDoc[] = [];
  const alias = (n: string) => overrides.aliases?.[n] ?? n;
  for (const [id, model] of models.entries()) {
    const o = overrides.docs?.[model.file] ?? overrides.docs?.[basename(model.file)] ?? {};
    const scope = o.scope ?? model.identity.scope;
    const name = alias(o.body ?? model.identity.org ?? basename(model.file));
    let body = [...bodies.values()].find((b) => (o.body ? b.key === o.body || b.names.some((n) => sameBody(n, o.body!)) : (!b.scope || !scope || b.scope === scope) && b.names.some((n) => sameBody(n, name))));
    if (!body) {
      const key = o.body ?? `${normalName(name)}${scope === 'unit' ? '|单位' : ''}`;
      body = { key, names: [], scope };
      bodies.set(key, body);
    }
    if (!body.names.includes(name)) body.names.push(name);
    docs.push({ id, model, body: body.key, year: o.year ?? model.identity.year, kind: o.kind ?? model.identity.kind, scope });
  }
  // departments and their units, by the unit list each department prints
  for (const d of docs) {
    const b = bodies.get(d.body)!;
    if (d.scope !== 'department') continue;
    const listed = unitList(d.model);
    if (!listed.length) continue;
    const units = b.units ?? [];
    for (const name of listed) {
      if (units.some((u) => sameBody(u.name, name))) continue;
      const ub = [...bodies.values()].find((x) => x !== b && x.scope !== 'department' && x.names.some((n) => sameBody(n, alias(name))));
      if (ub) ub.parent = b.key;
      units.push({ name, body: ub?.key });
    }
    b.units = units;
  }
  // a unit named as a department (its 本级 / 本部) belongs to it
  for (const u of bodies.values()) {
    if (u.scope !== 'unit' || u.parent) continue;
    const dept = [...bodies.values()].find((b) => b.scope === 'department' && b.names.some((n) => u.names.some((x) => sameBody(n, x))));
    if (dept) u.parent = dept.key;
  }
  return { docs, bodies };
}

/** The documents of a body, a year and a kind (a corpus may hold several files for one). */
export function docsOf(c: Corpus, body: string, year?: number, kind?: string): CorpusDoc[] {
  return c.docs.filter((d) => d.body === body && (year === undefined || d.year === year) && (kind === undefined || d.kind === kind));
}

/** The links as JSON a reviewer can read and correct (feed back as `LinkOverrides.docs`). */
export function linksJson(c: Corpus): { file: string; body: string; year?: number; kind?: string; scope?: string }[] {
  return c.docs.map((d) => ({ file: d.model.file, body: d.body, year: d.year, kind: d.kind, scope: d.scope }));
}
