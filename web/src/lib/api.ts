// Fetch wrapper for the workbench API: same-origin cookie session, CSRF header on every
// mutating request, errors surfaced as ApiError with the server's Chinese message.
import type { Session } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
let onUnauthorized: (() => void) | undefined;

export function setCsrf(token: string): void {
  csrfToken = token;
}
export function getCsrf(): string {
  return csrfToken;
}
/** Called when a request comes back 401 (session expired): the app shows the login screen. */
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

async function errorFrom(res: Response): Promise<ApiError> {
  let message = `请求失败（HTTP ${res.status}）`;
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === 'string' && body.error) message = body.error;
  } catch {
    /* not JSON: keep the generic message */
  }
  return new ApiError(res.status, message);
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) {
    const err = await errorFrom(res);
    if (res.status === 401 && !path.startsWith('/api/login') && onUnauthorized) onUnauthorized();
    throw err;
  }
  if (res.status === 204) return {} as T;
  return (await res.json()) as T;
}

export async function fetchSession(): Promise<Session | null> {
  try {
    const s = await api<Session>('/api/me');
    setCsrf(s.csrf);
    return s;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return null;
    throw e;
  }
}

/** Multipart upload with progress (fetch has no upload progress, so XMLHttpRequest). */
export function uploadFiles<T>(files: File[], onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, relativeName(f));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, '网络错误，上传失败'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      const isResult = !!body && typeof body === 'object' && Array.isArray((body as { rejected?: unknown }).rejected);
      // a request whose every file was refused comes back 400 with the reasons per file
      if ((xhr.status >= 200 && xhr.status < 300) || (xhr.status === 400 && isResult)) resolve(body as T);
      else {
        const msg = (body as { error?: string } | undefined)?.error ?? `上传失败（HTTP ${xhr.status}）`;
        if (xhr.status === 401 && onUnauthorized) onUnauthorized();
        reject(new ApiError(xhr.status, msg));
      }
    };
    xhr.send(form);
  });
}

/** A file picked from a folder keeps its path inside the folder (webkitRelativePath). */
function relativeName(f: File): string {
  const rel = (f as File & { webkitRelativePath?: string }).webkitRelativePath;
  return rel || f.name;
}
