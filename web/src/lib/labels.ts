// Chinese labels for the API's codes, and small formatting helpers.
import type { DocStatus, ReviewStatus, Role, Severity } from './types';

export const statusLabel: Record<DocStatus, string> = {
  queued: '排队中',
  running: '检查中',
  done: '已完成',
  failed: '失败',
};
export const severityLabel: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const reviewLabel: Record<ReviewStatus, string> = { confirmed: '已确认', dismissed: '已驳回', open: '待审核' };
export const roleLabel: Record<Role, string> = { admin: '管理员', reviewer: '审核员', readonly: '只读' };

export function kindLabel(kind?: string | null): string {
  if (kind === 'budget') return '预算';
  if (kind === 'final') return '决算';
  return kind ?? '—';
}
export function scopeLabel(scope?: string | null): string {
  if (scope === 'department') return '部门';
  if (scope === 'unit') return '单位';
  return scope ?? '—';
}

const REGIONS: Record<string, string> = {
  beijing: '北京市',
  shanghai: '上海市',
  tianjin: '天津市',
  chongqing: '重庆市',
  jiangsu: '江苏省',
  zhejiang: '浙江省',
  guangdong: '广东省',
  xinjiang: '新疆维吾尔自治区',
  karamay: '克拉玛依市',
};
/** Region codes the extractor reports (e.g. `beijing`) in Chinese; anything else as given. */
export function regionLabel(region?: string | null): string | undefined {
  if (!region) return undefined;
  return REGIONS[region.toLowerCase()] ?? region;
}

export function formatTime(iso?: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export const auditActionLabel: Record<string, string> = {
  upload: '上传',
  uploaded: '上传',
  confirmed: '确认',
  dismissed: '驳回',
  open: '重新打开',
  review: '审核',
  comment: '评论',
  recheck: '重新检查',
  checked: '检查完成',
  failed: '检查失败',
};

/** Audit detail (object or string) as one readable line. */
export function auditDetail(detail: unknown): string {
  if (detail == null) return '';
  if (typeof detail === 'string') return detail;
  if (typeof detail !== 'object') return String(detail);
  const d = detail as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof d.status === 'string') parts.push(reviewLabel[d.status as ReviewStatus] ?? d.status);
  if (typeof d.reason === 'string' && d.reason) parts.push(`理由：${d.reason}`);
  if (typeof d.comment === 'string' && d.comment) parts.push(`备注：${d.comment}`);
  if (parts.length) return parts.join('；');
  return JSON.stringify(detail);
}
