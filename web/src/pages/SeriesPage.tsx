// Series views: the linked bodies of the stored documents, and one body's timeline (budget vs final
// per year, execution rate), its function classes over time and its units side by side. Every
// point opens the document at the page, line and box it came from.
import { useEffect, useMemo, useState } from 'react';
import { api } from '../lib/api';
import { hrefFor, navigate } from '../lib/route';
import { budgetOf, chartValue, classColumns, pointRoute, type BodyRow, type Comparison, type SeriesPoint, type SeriesResponse } from '../lib/series';
import { kindLabel, scopeLabel } from '../lib/labels';
import { EChart, type ChartOption } from '../components/EChart';
import { DocCharts } from '../components/DocCharts';
import { CompareChart } from '../components/CompareChart';

const open = (p: SeriesPoint | undefined) => {
  const r = pointRoute(p);
  if (r) navigate(r);
};

function PointLink({ p, testId }: { p?: SeriesPoint; testId?: string }) {
  const r = pointRoute(p);
  if (!p) return <span className="muted">—</span>;
  const where = p.page != null ? `第${p.page}页` : `第${p.line}行`;
  return r ? (
    <a href={hrefFor(r)} title={`${p.documentName ?? ''} ${where}：${p.label}`} data-testid={testId}>
      {p.value}
    </a>
  ) : (
    <span>{p.value}</span>
  );
}

function timelineOption(s: SeriesResponse): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['预算', '决算', '执行率'] },
    grid: { left: 70, right: 60, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: s.timeline.map((t) => String(t.year)) },
    yAxis: [
      { type: 'value', name: '万元' },
      { type: 'value', name: '%', splitLine: { show: false } },
    ],
    series: [
      { name: '预算', type: 'bar', barMaxWidth: 56, data: s.timeline.map((t) => chartValue(budgetOf(t))) },
      { name: '决算', type: 'bar', barMaxWidth: 56, data: s.timeline.map((t) => chartValue(t.final)) },
      { name: '执行率', type: 'line', yAxisIndex: 1, data: s.timeline.map((t) => (t.executionRate ? Number(t.executionRate) : null)) },
    ],
  };
}

function classesOption(s: SeriesResponse): ChartOption {
  const cols = classColumns(s.classes);
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 70, right: 20, top: 50, bottom: 30 },
    xAxis: { type: 'category', data: cols.map((c) => c.label) },
    yAxis: { type: 'value', name: '万元' },
    series: s.classes.map((c) => ({
      name: `${c.code} ${c.name}`,
      type: 'line',
      connectNulls: true,
      data: cols.map((col) => chartValue(c.points.find((p) => p.year === col.year && p.kind === col.kind))),
    })),
  };
}

function unitsOption(s: SeriesResponse): ChartOption {
  const years = [...new Set(s.units.flatMap((u) => u.timeline.map((t) => t.year)))].sort((a, b) => a - b);
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 70, right: 20, top: 50, bottom: 30 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', name: '万元' },
    series: s.units.map((u) => ({ name: u.name, type: 'bar', barMaxWidth: 56, data: years.map((y) => chartValue(budgetOf(u.timeline.find((t) => t.year === y) ?? { year: y }))) })),
  };
}

function BodyList({ bodies }: { bodies: BodyRow[] }) {
  if (!bodies.length) return <p className="muted">还没有已检查的文档可以组成系列。</p>;
  return (
    <table className="grid" data-testid="body-list">
      <thead>
        <tr>
          <th>主体</th>
          <th>范围</th>
          <th>年度</th>
          <th>类型</th>
          <th>文档</th>
        </tr>
      </thead>
      <tbody>
        {bodies.map((b) => (
          <tr key={b.key}>
            <td>
              <a href={hrefFor({ page: 'series', key: b.key })} data-testid="body-link">
                {b.name}
              </a>
            </td>
            <td>{scopeLabel(b.scope ?? null)}</td>
            <td>{b.years.join('、') || '—'}</td>
            <td>{b.kinds.map((k) => kindLabel(k)).join('、')}</td>
            <td>{b.documents.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SeriesPage({ bodyKey, doc }: { bodyKey?: string; doc?: string }) {
  const [bodies, setBodies] = useState<BodyRow[] | null>(null);
  const [compare, setCompare] = useState<Comparison | null>(null);
  const [series, setSeries] = useState<SeriesResponse | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (bodyKey) return;
    api<{ bodies: BodyRow[]; compare?: Comparison | null }>('/api/bodies').then(
      (r) => {
        const of = doc ? r.bodies.find((b) => b.documents.some((d) => d.id === doc)) : undefined;
        if (of) window.location.replace(hrefFor({ page: 'series', key: of.key }));
        else {
          setBodies(r.bodies);
          setCompare(r.compare ?? null);
        }
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [bodyKey, doc]);

  useEffect(() => {
    if (!bodyKey) return;
    setSeries(null);
    api<SeriesResponse>(`/api/bodies/${encodeURIComponent(bodyKey)}/series`).then(setSeries, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [bodyKey]);

  const options = useMemo(() => series && { timeline: timelineOption(series), classes: classesOption(series), units: unitsOption(series) }, [series]);

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!bodyKey)
    return (
      <section className="page series-page">
        <h2>系列</h2>
        {doc && bodies && <p className="notice">该文档尚未归入系列（检查完成后再试）。</p>}
        {bodies ? <BodyList bodies={bodies} /> : <p className="muted">正在加载…</p>}
        {bodies && compare && bodies.filter((b) => b.scope === 'department').length > 1 && (
          <CompareChart
            c={compare}
            open={open}
            onYear={(y) =>
              api<{ compare: Comparison | null }>(`/api/bodies?year=${y}`).then(
                (r) => r.compare && setCompare(r.compare),
                (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
              )
            }
          />
        )}
      </section>
    );
  if (!series || !options) return <p className="muted">正在加载…</p>;
  const s = series;
  return (
    <section className="page series-page">
      <div className="doc-header">
        <a href={hrefFor({ page: 'series' })} className="back">
          ← 全部主体
        </a>
        <h2 data-testid="series-title">{s.name}</h2>
        <span className="small muted">
          {scopeLabel(s.scope ?? null)}
          {s.names.length > 1 ? ` · 又名 ${s.names.slice(1).join('、')}` : ''}
          {s.parent ? (
            <>
              {' '}
              · 所属部门 <a href={hrefFor({ page: 'series', key: s.parent })}>{s.parent}</a>
            </>
          ) : null}
        </span>
      </div>
      <h3>预算与决算（一般公共预算财政拨款支出，万元）</h3>
      <EChart
        name="timeline"
        option={options.timeline}
        onClick={({ seriesIndex, dataIndex }) => {
          const t = s.timeline[dataIndex];
          if (t) open(seriesIndex === 0 ? budgetOf(t) : t.final);
        }}
      />
      <table className="grid" data-testid="timeline-table">
        <thead>
          <tr>
            <th>年度</th>
            <th>预算</th>
            <th>决算</th>
            <th>执行率</th>
          </tr>
        </thead>
        <tbody>
          {s.timeline.map((t) => (
            <tr key={t.year}>
              <td>{t.year}</td>
              <td>
                <PointLink p={budgetOf(t)} testId={`budget-${t.year}`} />
                {!t.budget && t.budgetInFinal ? <span className="small muted">（决算所列年初预算）</span> : null}
              </td>
              <td>
                <PointLink p={t.final} testId={`final-${t.year}`} />
              </td>
              <td>{t.executionRate ? `${t.executionRate}%` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.classes.length > 0 && (
        <>
          <h3>功能分类（类）历年变化（万元）</h3>
          <EChart
            name="classes"
            option={options.classes}
            onClick={({ seriesIndex, dataIndex }) => {
              const c = s.classes[seriesIndex ?? -1];
              const col = classColumns(s.classes)[dataIndex];
              if (c && col) open(c.points.find((p) => p.year === col.year && p.kind === col.kind));
            }}
          />
        </>
      )}
      <DocCharts s={s} open={open} />
      {s.units.length > 0 && (
        <>
          <h3>下属单位对比（预算，万元）</h3>
          <EChart
            name="units"
            option={options.units}
            onClick={({ seriesIndex, dataIndex }) => {
              const u = s.units[seriesIndex ?? -1];
              const years = [...new Set(s.units.flatMap((x) => x.timeline.map((t) => t.year)))].sort((a, b) => a - b);
              const t = u?.timeline.find((x) => x.year === years[dataIndex]);
              if (t) open(budgetOf(t));
            }}
          />
          <ul className="unit-links">
            {s.units.map((u) => (
              <li key={u.key}>
                <a href={hrefFor({ page: 'series', key: u.key })}>{u.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
