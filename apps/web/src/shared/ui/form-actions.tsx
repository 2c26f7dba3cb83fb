interface FormActionsProps {
  submitLabel: string;
  /** Shown on the submit button while the request is on its way (and the button is disabled). */
  pendingLabel: string;
  isPending: boolean;
  /** Disables the submit for another reason than a request in flight (a hold that has expired). */
  isSubmitDisabled?: boolean;
  /** The way back out of the form: «Отмена», «Выбрать другое время». */
  secondaryLabel: string;
  onSecondary: () => void;
}

/** The button row closing a form: its submit, which tells that the request is sent, and a way back. */
export function FormActions({
  submitLabel,
  pendingLabel,
  isPending,
  isSubmitDisabled = false,
  secondaryLabel,
  onSecondary,
}: FormActionsProps) {
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" disabled={isPending || isSubmitDisabled}>
        {isPending ? pendingLabel : submitLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onSecondary}>
        {secondaryLabel}
      </button>
    </div>
  );
}
