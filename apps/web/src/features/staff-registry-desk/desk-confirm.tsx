import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client';
import { describeError } from '../../shared/ui/error-message';
import { TextField } from '../../shared/ui/text-field';
import { bookingApi } from '../booking/booking.api';
import { type ChosenSlot, ChosenSlotFacts } from '../booking/confirm-booking';
import type { TAppointment } from './registry-desk.api';

/**
 * The refusals the front desk may override with a reason (docs/domain.md rule 5a; the server's
 * `OVERRIDABLE_REFUSALS`): the slot's channel, the priority quota, one visit per specialty, attachment.
 */
const OVERRIDABLE = new Set(['CHANNEL_NOT_ALLOWED', 'PRIORITY_QUOTA', 'SPECIALTY_LIMIT', 'NOT_ATTACHED']);

interface DeskConfirmProps {
  slot: ChosenSlot;
  patientId: string;
  moving?: TAppointment | undefined;
  /** False for a doctor's follow-up: no override is offered, the refusal is shown as it is. */
  canOverride?: boolean;
  onDone: (appointment: TAppointment) => void;
  onBack: () => void;
}

/**
 * The chosen time, held while the desk confirms (a move holds nothing: the person already has a visit of
 * this specialty), with «Записать» focused. A refusal staff may override offers «Записать с исключением»
 * with a mandatory reason, which the appointment and the audit log keep.
 */
export function DeskConfirm({
  slot,
  patientId,
  moving,
  canOverride: mayOverride = true,
  onDone,
  onBack,
}: DeskConfirmProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [isSending, setIsSending] = useState(false);
  const [isHeld, setIsHeld] = useState(moving !== undefined);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  // One key per confirmation: a repeated Enter or a retry after a lost answer books once (rule 2).
  const idempotencyKey = useRef(crypto.randomUUID());
  const code = error instanceof ApiError ? error.code : null;
  const canOverride = mayOverride && !moving && code !== null && OVERRIDABLE.has(code);

  useEffect(() => {
    if (moving) return;
    let isCurrent = true;
    bookingApi.hold(slot.id, patientId).then(
      () => isCurrent && setIsHeld(true),
      (caught: unknown) => isCurrent && setError(caught),
    );
    return () => {
      isCurrent = false;
    };
  }, [slot.id, patientId, moving]);

  useEffect(() => {
    if (isHeld) confirmRef.current?.focus();
  }, [isHeld]);
  useEffect(() => {
    if (canOverride) reasonRef.current?.focus();
  }, [canOverride]);

  async function send(overrideReason?: string) {
    if (isSending) return;
    setIsSending(true);
    setError(null);
    try {
      const appointment = moving
        ? await bookingApi.reschedule(moving.id, slot.id)
        : await bookingApi.book(
            { slotId: slot.id, patientId, ...(overrideReason ? { overrideReason } : {}) },
            idempotencyKey.current,
          );
      onDone(appointment);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status !== 0) idempotencyKey.current = crypto.randomUUID();
      setError(caught);
    } finally {
      setIsSending(false);
    }
  }

  function overrideAndSend() {
    const text = reason.trim();
    setReasonError(text ? null : t('registry.desk.overrideReasonRequired'));
    if (text) void send(text);
    else reasonRef.current?.focus();
  }

  return (
    <section className="section registry-desk__confirm" aria-labelledby="desk-confirm-heading">
      <h2 id="desk-confirm-heading">
        {t(moving ? 'registry.desk.confirmMove' : 'registry.desk.confirmBook')}
      </h2>
      <ChosenSlotFacts slot={slot} />
      {error ? (
        <div className="notice notice--error" role="alert">
          <p>{describeError(error, t)}</p>
          {canOverride ? <p>{t('registry.desk.overrideHint')}</p> : null}
        </div>
      ) : null}
      {canOverride ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            overrideAndSend();
          }}
          noValidate
        >
          <TextField
            ref={reasonRef}
            id="desk-override-reason"
            label={t('registry.desk.overrideReason')}
            hint={t('registry.desk.overrideReasonHint')}
            error={reasonError}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={500}
            autoComplete="off"
            required
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={isSending}>
              {t('registry.desk.override')}
            </button>
            <button type="button" className="button button--secondary" onClick={onBack}>
              {t('booking.otherTime')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            ref={confirmRef}
            type="button"
            className="button button--primary"
            disabled={isSending || !isHeld}
            onClick={() => void send()}
          >
            {isSending ? t('booking.booking') : t(moving ? 'registry.desk.move' : 'registry.desk.book')}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('booking.otherTime')}
          </button>
        </div>
      )}
    </section>
  );
}
