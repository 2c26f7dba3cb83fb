interface CodeActionsProps {
  confirmLabel: string;
  resendLabel: string;
  isConfirming: boolean;
  isResending: boolean;
  onResend: () => void;
}

/** The buttons under a one-time code field: confirm it (the form's submit), or have a new one sent. */
export function CodeActions({
  confirmLabel,
  resendLabel,
  isConfirming,
  isResending,
  onResend,
}: CodeActionsProps) {
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={isConfirming}>
        {confirmLabel}
      </button>
      <button type="button" className="button button--secondary" disabled={isResending} onClick={onResend}>
        {resendLabel}
      </button>
    </div>
  );
}
