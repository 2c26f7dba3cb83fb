// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useQueryParam } from './use-query-param';

const reactAct = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

describe('useQueryParam', () => {
  let root: Root;
  let container: HTMLElement;
  beforeEach(() => {
    reactAct.IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    reactAct.IS_REACT_ACT_ENVIRONMENT = false;
  });

  /** A page with two filters in the URL; the setters are handed out to be called as an event handler would. */
  function renderFilters(initial: string) {
    const seen: { search: string; setFrom: (value: string) => void; setTo: (value: string) => void } = {
      search: '',
      setFrom: () => undefined,
      setTo: () => undefined,
    };
    function Filters() {
      const [, setFrom] = useQueryParam('from');
      const [, setTo] = useQueryParam('to');
      seen.search = useLocation().search;
      seen.setFrom = setFrom;
      seen.setTo = setTo;
      return null;
    }
    const router = createMemoryRouter([{ path: '/report', Component: Filters }], {
      initialEntries: [initial],
    });
    act(() => root.render(createElement(RouterProvider, { router })));
    return seen;
  }

  it('keeps both params set in the same tick', async () => {
    const page = renderFilters('/report?status=all');
    await act(async () => {
      page.setFrom('2026-01-01');
      page.setTo('2026-03-31');
    });
    const params = new URLSearchParams(page.search);
    expect(params.get('from')).toBe('2026-01-01');
    expect(params.get('to')).toBe('2026-03-31');
    expect(params.get('status')).toBe('all');
  });

  it('removes a param set to empty and builds later updates on the new URL', async () => {
    const page = renderFilters('/report?from=2026-01-01&to=2026-03-31');
    await act(async () => page.setFrom(''));
    expect(page.search).toBe('?to=2026-03-31');
    await act(async () => page.setTo('2026-04-30'));
    expect(page.search).toBe('?to=2026-04-30');
  });
});
