import { useCallback, useState } from 'react';
import { type FieldPath, type FieldValues, get, type UseFormReturn } from 'react-hook-form';
import { ApiError } from '../api-client';

/** What of a form the server's errors are put on. */
type FormMethods<T extends FieldValues> = Pick<UseFormReturn<T>, 'setError' | 'getValues'>;

export interface ServerErrorOptions<T extends FieldValues> {
  /** Codes that concern one field (`SNILS_ALREADY_REGISTERED` → `snils`): the problem's `detail` goes there. */
  codeFields?: Readonly<Record<string, FieldPath<T>>>;
}

const BODY = 'body.';

/**
 * Puts what the server refused onto the form's fields: each `errors[]` item of the problem+json whose field
 * is `body.<path>` (`body.surname`, `body.address.city`, `body.days.0.start`) and `<path>` a field of the
 * form — a field has a value, so give every field a default value —, and the `detail` of a problem whose
 * code concerns one field (`codeFields`). The first field placed takes the focus; the first message of a
 * field wins. True when the fields tell it all; false when the form must also show the problem as a whole:
 * an item with no field of the form, or a failure with none at all (a conflict, no connection).
 */
export function applyServerErrors<T extends FieldValues>(
  form: FormMethods<T>,
  error: unknown,
  options: ServerErrorOptions<T> = {},
): boolean {
  if (!(error instanceof ApiError) || !error.problem) return false;
  const values = form.getValues();
  const placed = new Set<string>();
  const place = (path: FieldPath<T>, message: string) => {
    if (placed.has(path)) return;
    form.setError(path, { type: 'server', message }, { shouldFocus: placed.size === 0 });
    placed.add(path);
  };
  let isAllPlaced = true;
  for (const item of error.problem.errors ?? []) {
    const path = item.field.startsWith(BODY) ? item.field.slice(BODY.length) : '';
    if (path !== '' && get(values, path) !== undefined) place(path as FieldPath<T>, item.message);
    else isAllPlaced = false;
  }
  const codeField = options.codeFields?.[error.problem.code];
  if (codeField) place(codeField, error.problem.detail);
  return placed.size > 0 && isAllPlaced;
}

/**
 * A form's server errors (`applyServerErrors`), for `useMutation({ onError: serverErrors.apply })`:
 * `formError` is the failure to show as a whole (`<FormAlert error={serverErrors.formError} />`), or null
 * when the fields say it all; `clear` forgets it when the form is sent again.
 */
export function useServerErrors<T extends FieldValues>(
  form: FormMethods<T>,
  options: ServerErrorOptions<T> = {},
) {
  const [formError, setFormError] = useState<unknown>(null);
  const { codeFields } = options;
  const apply = useCallback(
    (error: unknown) => setFormError(applyServerErrors(form, error, { codeFields }) ? null : error),
    [form, codeFields],
  );
  const clear = useCallback(() => setFormError(null), []);
  return { formError, apply, clear };
}
