// The latest document's treemap (expenditure by function class 类 › 款 › 项) and sankey (summary
// table: revenue sources → 本年收入合计 → expenditure items). Clicking a node opens the document at
// the node's source, like the timeline points.
import { useMemo } from 'react';
import { kindLabel } from '../lib/labels';
import type { SankeyNode, SeriesPoint, SeriesResponse, TreeNode } from '../lib/series';
import { EChart, type ChartOption } from './EChart';

interface Item {
  name: string;
  value: number;
  /** Index into the flat list of points (the click handler's way back to the source). */
  ref: number;
  children?: Item[];
}

function treeItems(nodes: TreeNode[], points: SeriesPoint[]): Item[] {
  return nodes.map((n) => {
    points.push(n);
    const it: Item = { name: `${n.code} ${n.name}`, value: Number(n.value), ref: points.length - 1 };
    if (n.children?.length) it.children = treeItems(n.children, points);
    return it;
  });
}

function treemapOption(items: Item[]): ChartOption {
  return {
    animation: false,
    tooltip: { formatter: '{b}：{c} 万元' },
    series: [
      {
        type: 'treemap',
        data: items,
        roam: false,
        nodeClick: false,
        leafDepth: 2,
        breadcrumb: { show: false },
        label: { show: true, formatter: '{b}' },
        upperLabel: { show: true, height: 20 },
        levels: [{ itemStyle: { borderWidth: 2, gapWidth: 2 } }, { itemStyle: { gapWidth: 1 } }, {}],
      },
    ],
  };
}

function sankeyOption(s: NonNullable<SeriesResponse['sankey']>): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        left: 10,
        right: 160,
        nodeAlign: 'justify',
        data: s.nodes.map((n, i) => ({ name: n.name, ref: i })),
        links: s.links.map((l) => ({ source: l.source, target: l.target, value: Number(l.value) })),
        label: { formatter: '{b}' },
      },
    ],
  };
}

export function DocCharts({ s, open }: { s: SeriesResponse; open: (p: SeriesPoint | undefined) => void }) {
  const tree = useMemo(() => {
    const points: SeriesPoint[] = [];
    const items = treeItems(s.treemap ?? [], points);
    return { points, option: treemapOption(items) };
  }, [s]);
  const sankey = useMemo(() => (s.sankey ? sankeyOption(s.sankey) : undefined), [s]);
  const refOf = (data: unknown) => (data && typeof data === 'object' && 'ref' in data ? Number((data as { ref: unknown }).ref) : -1);
  const of = s.chartDoc ? `${s.chartDoc.year ?? ''}年${s.chartDoc.kind ? kindLabel(s.chartDoc.kind) : ''}` : '';
  return (
    <>
      {tree.points.length > 0 && (
        <>
          <h3>{of}支出按功能分类（类 › 款 › 项，万元）</h3>
          <EChart name="treemap" option={tree.option} height={360} onClick={({ data }) => open(tree.points[refOf(data)])} />
        </>
      )}
      {s.sankey && sankey && (
        <>
          <h3>{of}收支来源与去向（收支总表，万元）</h3>
          <EChart
            name="sankey"
            option={sankey}
            height={360}
            onClick={({ data, dataType }) => {
              if (dataType === 'node') open(s.sankey!.nodes[refOf(data)] as SankeyNode | undefined);
            }}
          />
        </>
      )}
    </>
  );
}
