import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bodyFieldErrors } from '../../shared/api-client';
import { FormAlert } from '../../shared/ui/form-alert';
import { RadioGroupField } from '../../shared/ui/radio-group-field';
import { TextField } from '../../shared/ui/text-field';
import { useSubmission } from '../../shared/ui/use-submission';
import { representativesQueries } from '../representatives/representatives.api';
import { type TWaitlistEntry, waitlistApi } from './waitlist.api';
import { defaultWindow } from './waitlist-window';
import './waitlist.css';
import { FormActions } from '../../shared/ui/form-actions';

type Reason = TWaitlistEntry['reason'];
const REASONS: readonly Reason[] = ['no_free_slots', 'no_convenient_time', 'no_specialist'];

interface JoinWaitlistProps {
  /** Specialty code the entry waits for. */
  specialty: string;
  practitionerId?: string | undefined;
  organizationId?: string | undefined;
  /** Whom the time choice is for (a ward), preselected in the form. */
  patientId?: string | undefined;
  /** No free time at all, or just none that suits: the reason the form proposes. */
  reason: Reason;
  /** The day the patient was looking at: the window starts there. */
  firstDay?: string | null | undefined;
}

/**
 * «Сообщить о появлении талонов»: a button that opens, in place, the form joining the waitlist for this
 * specialty and practitioner (or clinic) — for whom, the window of days, why. A freed time is then offered
 * to the patient first (docs/booking.md, «Waitlist»).
 */
export function JoinWaitlist(props: JoinWaitlistProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [joined, setJoined] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const hasOpened = useRef(false);

  // The focus follows the form: into it when it opens, back to the button when cancelled, onto the result
  // when sent (the button that had it is gone).
  useEffect(() => {
    if (isOpen) hasOpened.current = true;
    else if (joined) doneRef.current?.focus();
    else if (hasOpened.current) triggerRef.current?.focus();
  }, [isOpen, joined]);

  if (joined) {
    return (
      <div ref={doneRef} className="notice waitlist-join__done" role="status" tabIndex={-1}>
        <p>{t('waitlist.joined')}</p>
        <Link to="/waitlist">{t('waitlist.toList')}</Link>
      </div>
    );
  }
  if (!isOpen) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--secondary waitlist-join__trigger"
        onClick={() => setIsOpen(true)}
      >
        {t('waitlist.notifyMe')}
      </button>
    );
  }
  return (
    <JoinWaitlistForm
      {...props}
      onJoined={() => {
        setJoined(true);
        setIsOpen(false);
      }}
      onCancel={() => setIsOpen(false)}
    />
  );
}

function JoinWaitlistForm({
  specialty,
  practitionerId,
  organizationId,
  patientId,
  reason: proposedReason,
  firstDay,
  onJoined,
  onCancel,
}: JoinWaitlistProps & { onJoined: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wards = useQuery(representativesQueries.wards());
  const activeWards = (wards.data?.items ?? []).filter((ward) => ward.status === 'active');
  const [limits] = useState(() => defaultWindow(new Date(), firstDay));
  const [whom, setWhom] = useState(patientId ?? '');
  const [from, setFrom] = useState(limits.from);
  const [to, setTo] = useState(limits.to);
  const [reason, setReason] = useState<Reason>(proposedReason);

  useEffect(() => headingRef.current?.focus(), []);

  const { submit, error, isSending } = useSubmission(async () => {
    await waitlistApi.join({
      specialty,
      practitionerId,
      // One target: a named practitioner already fixes the clinics they work at.
      organizationId: practitionerId ? undefined : organizationId,
      from,
      to,
      reason,
      patientId: whom || undefined,
    });
    await queryClient.invalidateQueries({ queryKey: ['account', 'waitlist'] });
    onJoined();
  });

  const fieldErrors = bodyFieldErrors(error);
  return (
    <section className="section waitlist-join" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('waitlist.formTitle')}
      </h2>
      <p>{t('waitlist.formLead')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {activeWards.length > 0 ? (
          <RadioGroupField
            id="waitlist-whom"
            name="waitlist-whom"
            legend={t('booking.forWhom')}
            options={[
              { value: 'me', label: t('booking.forMe') },
              ...activeWards.map((ward) => ({
                value: ward.patient.id,
                label: `${ward.patient.surname} ${ward.patient.name}`,
              })),
            ]}
            value={whom || 'me'}
            onChange={(value) => setWhom(value === 'me' ? '' : value)}
            error={fieldErrors.patientId}
          />
        ) : null}
        <div className="waitlist-join__dates">
          <TextField
            id="waitlist-from"
            label={t('waitlist.from')}
            type="date"
            required
            min={limits.min}
            max={limits.max}
            value={from}
            error={fieldErrors.from}
            onChange={(event) => setFrom(event.target.value)}
          />
          <TextField
            id="waitlist-to"
            label={t('waitlist.to')}
            hint={t('waitlist.toHint')}
            type="date"
            required
            min={from}
            max={limits.max}
            value={to}
            error={fieldErrors.to}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        <RadioGroupField
          id="waitlist-reason"
          name="waitlist-reason"
          legend={t('waitlist.reason')}
          options={REASONS.map((value) => ({ value, label: t(`waitlist.reasons.${value}`) }))}
          value={reason}
          onChange={setReason}
          error={fieldErrors.reason}
          isStacked
        />
        <FormAlert error={Object.keys(fieldErrors).length === 0 ? error : null} />
        <FormActions
          submitLabel={t('waitlist.join')}
          pendingLabel={t('waitlist.joining')}
          isPending={isSending}
          secondaryLabel={t('common.cancel')}
          onSecondary={onCancel}
        />
      </form>
    </section>
  );
}
