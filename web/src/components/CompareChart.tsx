// Departments compared side by side: one year's 一般公共预算支出 totals (budget and final) of every
// department, a grouped bar per department; clicking a bar opens the document at the figure's
// page and line, like the timeline points.
import { useMemo } from 'react';
import { chartValue, type Comparison, type SeriesPoint } from '../lib/series';
import { EChart, type ChartOption } from './EChart';

function compareOption(c: Comparison): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['预算', '决算'] },
    grid: { left: 70, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: c.bodies.map((b) => b.name), axisLabel: { interval: 0, width: 160, overflow: 'truncate' } },
    yAxis: { type: 'value', name: '万元' },
    series: [
      { name: '预算', type: 'bar', barMaxWidth: 56, data: c.bodies.map((b) => chartValue(b.budget)) },
      { name: '决算', type: 'bar', barMaxWidth: 56, data: c.bodies.map((b) => chartValue(b.final)) },
    ],
  };
}

export function CompareChart({ c, open, onYear }: { c: Comparison; open: (p: SeriesPoint | undefined) => void; onYear: (year: number) => void }) {
  const option = useMemo(() => compareOption(c), [c]);
  return (
    <>
      <h3 data-testid="compare-title">部门对比（{c.year}年一般公共预算财政拨款支出，万元）</h3>
      {c.years.length > 1 && (
        <label className="small">
          年度{' '}
          <select value={c.year} onChange={(e) => onYear(Number(e.target.value))} data-testid="compare-year">
            {c.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      )}
      <EChart
        name="compare"
        option={option}
        onClick={({ seriesIndex, dataIndex }) => {
          const b = c.bodies[dataIndex];
          if (b) open(seriesIndex === 0 ? b.budget : b.final);
        }}
      />
    </>
  );
}
