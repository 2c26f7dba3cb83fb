import { type FormEvent, useState } from 'react';

/**
 * A form's submission: one request at a time (a submit while one is on its way does nothing), and its
 * failure kept to show until the next try. `send` fails by throwing; `onFailed` is told of the failure too.
 */
export function useSubmission(send: () => Promise<void>, onFailed?: (error: unknown) => void) {
  const [error, setError] = useState<unknown>(null);
  const [isSending, setIsSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isSending) return;
    setIsSending(true);
    setError(null);
    try {
      await send();
    } catch (caught) {
      setError(caught);
      onFailed?.(caught);
    } finally {
      setIsSending(false);
    }
  }

  return { submit, error, isSending };
}
