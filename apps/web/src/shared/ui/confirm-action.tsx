import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** Text of the button that starts the action: «Прекратить». */
  label: string;
  /** Read after the label by screen readers only, to tell the buttons of a list apart: «связь с Ивановым». */
  labelDetail?: string;
  /** The question, with the consequences in words: «Прекратить связь? Вы больше не сможете…». */
  question: ReactNode;
  /** Text of the button that does it: «Да, прекратить». */
  confirmLabel: string;
  isPending?: boolean;
  /** Shown in the confirmation when a first attempt failed. */
  error?: ReactNode;
  onConfirm: () => void;
  /** A destructive action (ending, revoking): the confirming button is drawn as a warning. */
  isDestructive?: boolean;
  /** Fields that go with the confirmation (a reason), shown under the question. */
  children?: ReactNode;
}

/**
 * A button whose action is confirmed first, in place: pressing it shows the question with «Да, …» and
 * «Отмена» right under it and moves the focus to the question. Not a modal dialog: nothing to trap, it
 * reads in order, works at 200 % zoom and on a 360 px phone, and Escape or «Отмена» returns to the button.
 */
export function ConfirmAction({
  label,
  labelDetail,
  question,
  confirmLabel,
  isPending = false,
  error,
  onConfirm,
  isDestructive = true,
  children,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const hasAsked = useRef(false);

  useEffect(() => {
    if (isAsking) {
      hasAsked.current = true;
      questionRef.current?.focus();
    } else if (hasAsked.current) {
      triggerRef.current?.focus();
    }
  }, [isAsking]);

  if (!isAsking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--secondary"
        onClick={() => setAsking(true)}
      >
        {label}
        {labelDetail ? <span className="visually-hidden"> {labelDetail}</span> : null}
      </button>
    );
  }

  return (
    // A fieldset is a group named by its question; Escape from any of its controls closes it.
    <fieldset
      className="confirm-action"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <p id={questionId} ref={questionRef} className="confirm-action__question" tabIndex={-1}>
        {question}
      </p>
      {children}
      {error ? (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className={isDestructive ? 'button button--danger' : 'button button--primary'}
          onClick={onConfirm}
          disabled={isPending}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
