import { useEffect, useState } from 'react';

/** Whole seconds left until `until` (an ISO time or a timestamp), ticking once a second; 0 once past. */
export function useCountdown(until: string | number | null): number {
  const target = until === null ? null : typeof until === 'number' ? until : Date.parse(until);
  const left = () =>
    target === null || Number.isNaN(target) ? 0 : Math.max(0, Math.ceil((target - Date.now()) / 1000));
  const [seconds, setSeconds] = useState(left);

  useEffect(() => {
    setSeconds(left());
    if (target === null) return;
    const timer = window.setInterval(() => {
      const next = left();
      setSeconds(next);
      if (next === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [target]);

  return seconds;
}

/** `m:ss` */
export const formatSeconds = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
