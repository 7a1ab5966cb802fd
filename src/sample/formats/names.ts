/** The sample formats, without the renderers (the CLI lists them before it loads any). */
export const SAMPLE_FORMATS = ['txt', 'xlsx', 'xls', 'docx', 'doc', 'rtf', 'html', 'html-gbk'] as const;
export type SampleFormat = (typeof SAMPLE_FORMATS)[number];
