import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The query string that the setters called since the last rendered location have built, with the key of
 * that location. The router renders a navigation only after the handler returns, so a second setter of the
 * same tick (a page setting two filters at once) must build on the first one's result: react-router's own
 * functional `setSearchParams` hands it the rendered, stale params and the second update drops the first.
 */
let pending: { key: string; search: string } | null = null;

/**
 * One query-string parameter as state. Filters live in the URL so that a result can be shared, reloaded
 * and reached with the back button; updates replace the history entry so that typing does not flood it.
 * Setters compose: each one starts from the URL as the setters before it left it.
 */
export function useQueryParam(name: string): [string, (value: string) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const value = new URLSearchParams(location.search).get(name) ?? '';
  const rendered = useRef(location);
  rendered.current = location;
  // Once a newer location has rendered, what was pending is in it.
  useEffect(() => {
    if (pending && pending.key !== location.key) pending = null;
  }, [location.key]);
  const setValue = useCallback(
    (next: string) => {
      const { key, search } = rendered.current;
      const updated = new URLSearchParams(pending?.key === key ? pending.search : search);
      if (next) updated.set(name, next);
      else updated.delete(name);
      pending = { key, search: updated.toString() };
      navigate(`?${updated}`, { replace: true, preventScrollReset: true });
    },
    [name, navigate],
  );
  return [value, setValue];
}
