// One ECharts chart (bundled, tree-shaken; no CDN) in a div that follows its width. The chart
// instance is registered on window.__budgetlensCharts[name] so browser tests can ask it where a
// point is drawn (chart.convertToPixel).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, SankeyChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, TreemapChart, SankeyChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;
export interface ChartClick {
  seriesIndex?: number;
  dataIndex: number;
  /** The clicked data item as given in the option (treemap and sankey nodes carry their point). */
  data?: unknown;
  /** Sankey: 'node' or 'edge'. */
  dataType?: string;
}

declare global {
  interface Window {
    __budgetlensCharts?: Record<string, echarts.ECharts>;
  }
}

export function EChart({ name, option, onClick, height = 320 }: { name: string; option: ChartOption; onClick?: (p: ChartClick) => void; height?: number }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => click.current?.({ seriesIndex: p.seriesIndex, dataIndex: p.dataIndex, data: p.data, dataType: p.dataType }));
    (window.__budgetlensCharts ??= {})[name] = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      if (window.__budgetlensCharts?.[name] === c) delete window.__budgetlensCharts[name];
      c.dispose();
      chart.current = null;
    };
  }, [name]);

  useEffect(() => {
    chart.current?.setOption(option, true);
    el.current?.setAttribute('data-ready', 'true');
  }, [option]);

  return <div ref={el} className="echart" style={{ height }} data-testid={`chart-${name}`} />;
}
