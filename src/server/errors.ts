/** Errors with a status and a Chinese message for the client; anything else becomes a generic 500. */
import type { FastifyError, FastifyInstance } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

const GENERIC: Record<number, string> = {
  400: '请求格式不正确',
  401: '请先登录',
  403: '权限不足',
  404: '资源不存在',
  405: '不支持的请求方法',
  406: '无法提供所请求的格式',
  413: '请求体过大',
  415: '不支持的请求类型',
  429: '请求过于频繁，请稍后再试',
};

/** Framework errors whose meaning the user should see (multipart limits). */
const BY_CODE: Record<string, string> = {
  FST_FILES_LIMIT: '一次上传的文件过多',
  FST_PARTS_LIMIT: '一次上传的文件过多',
  FST_FIELDS_LIMIT: '表单字段过多',
  FST_PROTO_VIOLATION: '请求格式不正确',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '请用 multipart/form-data 上传文件',
};

export function installErrorHandlers(app: FastifyInstance, log: (line: string) => void): void {
  app.setErrorHandler((err: FastifyError | HttpError | { statusCode?: number; error?: string }, _req, reply) => {
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    let message: string;
    if (err instanceof HttpError) message = err.message;
    else if (status === 429 && 'error' in err && typeof err.error === 'string') message = err.error;
    else if ('code' in err && typeof err.code === 'string' && BY_CODE[err.code]) message = BY_CODE[err.code];
    else message = GENERIC[status] ?? (status >= 500 ? '服务器内部错误' : '请求失败');
    if (status >= 500) log(`服务器内部错误：${err instanceof Error ? (err.stack ?? err.message) : JSON.stringify(err)}`);
    void reply.status(status).send({ error: message });
  });
}
