import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing must pause before the draft is saved (issue 12, item 3: «autosave of the draft»). */
export const AUTOSAVE_DELAY_MS = 1_500;

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown };

/**
 * Saves a draft `AUTOSAVE_DELAY_MS` after the last change (`schedule`) or at once (`flush`: a field left, the
 * visit finished). Saves never overlap: each waits for the one before, and a change made while one is in
 * flight is saved after it. `flush` resolves when everything changed so far is on the server.
 */
export function useAutosave(save: () => Promise<unknown>) {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<number | null>(null);
  const isDirty = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(async () => {
      if (!isDirty.current) return;
      isDirty.current = false;
      setState({ kind: 'saving' });
      try {
        await saveRef.current();
        setState({ kind: 'saved', at: new Date() });
      } catch (error) {
        // Kept dirty: the next change or the next flush tries again.
        isDirty.current = true;
        setState({ kind: 'failed', error });
        throw error;
      }
    });
    return chain.current.catch(() => {
      chain.current = Promise.resolve();
      throw new Error('the draft was not saved');
    });
  }, []);

  const schedule = useCallback(() => {
    isDirty.current = true;
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void flush().catch(() => undefined);
    }, AUTOSAVE_DELAY_MS);
  }, [flush]);

  // Leaving the page saves what is left.
  useEffect(
    () => () => {
      if (timer.current !== null) {
        window.clearTimeout(timer.current);
        void saveRef.current();
      }
    },
    [],
  );

  return { state, schedule, flush };
}
