/** The report formats, without the renderers (the CLI lists them before it loads any). */
export type ReportFormat = 'html' | 'pdf' | 'xlsx' | 'csv' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'xlsx', 'csv', 'json'];
