import { useEffect, useRef } from 'react';

/** Calls `fn` now and then every `ms` while mounted (skips a tick while the last call runs). */
export function usePolling(fn: () => Promise<unknown>, ms: number, deps: unknown[]): void {
  const busy = useRef(false);
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      if (busy.current || stopped) return;
      busy.current = true;
      try {
        await latest.current();
      } catch {
        /* shown by the caller's own error state */
      } finally {
        busy.current = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), ms);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ms, ...deps]);
}
