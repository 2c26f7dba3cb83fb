import { useEffect, useState } from 'react';

/** `value` once it has stayed unchanged for `delay` ms (compared with `Object.is`: pass a string or a number). */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
