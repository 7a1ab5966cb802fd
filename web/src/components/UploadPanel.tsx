// Upload: drag and drop (files or folders), a file picker, a folder picker (webkitdirectory) and
// zip archives; a progress bar over all bytes; what the server accepted and rejected.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { uploadFiles } from '../lib/api';
import { ACCEPT, acceptedName, batches, filesFromDrop } from '../lib/files';
import type { UploadResult } from '../lib/types';

export function UploadPanel({ onUploaded }: { onUploaded: () => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<UploadResult | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    // not in React's typings: set the folder picker's attributes directly
    folderInput.current?.setAttribute('webkitdirectory', '');
    folderInput.current?.setAttribute('directory', '');
  }, []);

  const send = async (picked: File[]) => {
    const skipped = picked.filter((f) => !acceptedName(f.name));
    const files = picked.filter((f) => acceptedName(f.name));
    setError('');
    setResult(null);
    if (!files.length) {
      setError(picked.length ? '没有可上传的文件（支持 PDF、文本、Excel、Word、HTML 和 zip 压缩包）' : '');
      return;
    }
    const total = files.reduce((s, f) => s + f.size, 0) || 1;
    let sent = 0;
    const merged: UploadResult = { documents: [], rejected: skipped.map((f) => ({ name: f.name, reason: '不支持的文件类型' })) };
    setProgress(0);
    try {
      for (const batch of batches(files)) {
        const size = batch.reduce((s, f) => s + f.size, 0);
        const r = await uploadFiles<UploadResult>(batch, (frac) => setProgress((sent + frac * size) / total));
        sent += size;
        merged.documents.push(...(r.documents ?? []));
        merged.rejected.push(...(r.rejected ?? []));
        onUploaded();
      }
      setResult(merged);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      if (merged.documents.length || merged.rejected.length) setResult(merged);
    } finally {
      setProgress(null);
    }
  };

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    await send(await filesFromDrop(e.dataTransfer));
  };

  return (
    <section className="upload-panel">
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>把文件、文件夹或 zip 压缩包拖到这里上传</p>
        <div className="upload-buttons">
          <button type="button" onClick={() => fileInput.current?.click()} disabled={progress !== null}>
            选择文件
          </button>
          <button type="button" onClick={() => folderInput.current?.click()} disabled={progress !== null}>
            选择文件夹
          </button>
        </div>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="file-input"
          onChange={(e) => {
            void send(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          data-testid="folder-input"
          onChange={(e) => {
            void send(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <p className="muted small">单个文件不超过 50 MB；每次最多 200 个文件。支持 PDF、TXT、MD、XLSX、XLS、DOCX、DOC、HTML、ZIP。</p>
      </div>
      {progress !== null && (
        <div className="progress" data-testid="upload-progress">
          <div className="bar" style={{ width: `${Math.round(progress * 100)}%` }} />
          <span>上传中 {Math.round(progress * 100)}%</span>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="upload-result" data-testid="upload-result">
          <p>已接收 {result.documents.length} 个文件{result.rejected.length ? `，拒绝 ${result.rejected.length} 个` : ''}。</p>
          {result.rejected.length > 0 && (
            <ul className="rejected">
              {result.rejected.map((r, i) => (
                <li key={i}>
                  {r.name}：{r.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
