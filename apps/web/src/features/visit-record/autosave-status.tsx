import { useTranslation } from 'react-i18next';
import type { AutosaveState } from './use-autosave';

/**
 * What an autosaved draft's save is doing: «Сохраняется…», «Сохранено в 10:42», a failure, or «Черновик»;
 * `settled` instead once the draft is no longer edited (a finished visit, a signed document). A polite live
 * region that stays mounted: the doctor hears «Сохранено в 10:42» without leaving the field.
 */
export function AutosaveStatus({ state, settled }: { state: AutosaveState; settled: string | null }) {
  const { t, i18n } = useTranslation();
  const time = (at: Date) => at.toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  const text =
    settled ??
    (state.kind === 'saving'
      ? t('visit.saving')
      : state.kind === 'saved'
        ? t('visit.saved', { time: time(state.at) })
        : state.kind === 'failed'
          ? t('visit.saveFailed')
          : t('visit.draft'));
  return (
    <p
      role="status"
      aria-live="polite"
      className={state.kind === 'failed' ? 'visit-save visit-save--failed' : 'visit-save'}
    >
      {text}
    </p>
  );
}
