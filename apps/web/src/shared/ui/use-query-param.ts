import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One query-string parameter as state. Filters live in the URL so that a result can be shared, reloaded
 * and reached with the back button; updates replace the history entry so that typing does not flood it.
 */
export function useQueryParam(name: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? '';
  const setValue = useCallback(
    (next: string) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next) updated.set(name, next);
          else updated.delete(name);
          return updated;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [name, setParams],
  );
  return [value, setValue];
}
