// @vitest-environment happy-dom
import i18next from 'i18next';
import { act, createElement, useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, dataOf } from '../../shared/api-client';
import ru from '../../shared/i18n/locales/ru.json';
import { WaitingRoomGate } from './waiting-room-gate';

const reactAct = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
const TOKEN = `00000000-0000-4000-8000-000000000001.${'a'.repeat(43)}`;
const UNTIL = new Date(Date.now() + 600_000).toISOString();

/** An EventSource the test speaks through: `emit('position', place)`. */
class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  emit(type: string, data: unknown) {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  close() {
    this.closed = true;
  }
}

const place = (position: number, status: 'waiting' | 'admitted' = 'waiting') => ({
  token: TOKEN,
  status,
  position,
  estimatedWaitSeconds: position * 2,
  admittedUntil: status === 'admitted' ? UNTIL : null,
  joinedAt: '2026-12-07T05:00:00.000Z',
});

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** The server at the rush: /slots refused until a request carries the admitted token. */
function serveRush() {
  const calls: { method: string; path: string; token: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      const token = request.headers.get('Talon-Queue-Token');
      calls.push({ method: request.method, path: pathname, token });
      if (pathname === '/api/v1/waiting-room') return json(place(3));
      if (pathname === '/api/v1/slots') {
        if (token === TOKEN) return json({ items: [], total: 0 });
        return json(
          { type: 'about:blank', title: 'Busy', status: 503, detail: 'Очередь', code: 'WAITING_ROOM' },
          503,
          { 'Retry-After': '6', 'Talon-Waiting-Room': 'active' },
        );
      }
      return json({}, 404);
    }),
  );
  return calls;
}

/** A page with a choice of its own and a request of the booking path. */
function TimeChoice() {
  const [chosen, setChosen] = useState('');
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void dataOf(api.GET('/api/v1/slots', { params: { query: {} } })).then(() => setLoaded(true));
  }, []);
  return createElement(
    'div',
    null,
    createElement('h1', { tabIndex: -1 }, 'Запись к врачу'),
    createElement('button', { type: 'button', onClick: () => setChosen('09:30') }, chosen || 'Выбрать'),
    loaded ? createElement('p', null, 'Времена') : null,
  );
}

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'ru',
  resources: { ru: { translation: ru } },
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

describe('WaitingRoomGate', () => {
  let root: Root;
  let container: HTMLElement;
  beforeEach(() => {
    reactAct.IS_REACT_ACT_ENVIRONMENT = true;
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    localStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.unstubAllGlobals();
    reactAct.IS_REACT_ACT_ENVIRONMENT = false;
  });

  const settle = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
  const text = () => container.textContent ?? '';
  const page = () => container.querySelector('h1:not(#waiting-room-heading)')?.closest('[hidden]');

  it('shows the room in place of the page, follows the place live, and lets the page go on when admitted', async () => {
    const calls = serveRush();
    await act(async () =>
      root.render(
        createElement(
          I18nextProvider,
          { i18n },
          createElement(WaitingRoomGate, null, createElement(TimeChoice)),
        ),
      ),
    );
    // What the patient chose before the rush stays chosen.
    act(() => container.querySelector<HTMLButtonElement>('button')?.click());
    for (let i = 0; i < 5 && FakeEventSource.opened.length === 0; i += 1) await settle();

    expect(container.querySelector('#waiting-room-heading')).not.toBeNull();
    expect(document.activeElement?.id).toBe('waiting-room-heading');
    expect(page()).toBeTruthy();
    expect(text()).not.toContain('Времена');
    expect(calls.filter((call) => call.path === '/api/v1/waiting-room')).toHaveLength(1);
    expect(FakeEventSource.opened.map((source) => source.url)).toEqual([
      `/api/v1/waiting-room/${encodeURIComponent(TOKEN)}/events`,
    ]);
    expect(container.querySelector('.waiting-room__position')?.textContent).toBe('Вы 3-й в очереди');
    const status = () => container.querySelector('[role="status"]')?.textContent;
    expect(status()).toBe('Вы 3-й в очереди. Примерное ожидание: меньше минуты.');

    const stream = FakeEventSource.opened[0]!;
    await act(async () => stream.emit('position', place(1)));
    expect(container.querySelector('.waiting-room__position')?.textContent).toBe('Ваша очередь — следующая');
    expect(status()).toBe('Ваша очередь — следующая.');

    await act(async () => stream.emit('admitted', place(0, 'admitted')));
    for (let i = 0; i < 5 && !text().includes('Времена'); i += 1) await settle();
    expect(container.querySelector('#waiting-room-heading')).toBeNull();
    expect(page()).toBeFalsy();
    expect(text()).toContain('Времена');
    expect(text()).toContain('09:30');
    expect(document.activeElement?.textContent).toBe('Запись к врачу');
    expect(status()).toBe('Ваша очередь подошла — открываем запись.');
    expect(stream.closed).toBe(true);
    const slots = calls.filter((call) => call.path === '/api/v1/slots');
    expect(slots.map((call) => call.token)).toEqual([null, TOKEN]);
    expect(JSON.parse(localStorage.getItem('talon.waitingRoom.place') ?? '{}')).toEqual({
      token: TOKEN,
      status: 'admitted',
      admittedUntil: UNTIL,
    });
  });
});
