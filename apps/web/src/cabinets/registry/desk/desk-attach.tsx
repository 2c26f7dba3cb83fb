import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deskApi } from '../../../features/staff-registry-desk/registry-desk.api';
import { ApiError } from '../../../shared/api-client';
import { describeError } from '../../../shared/ui/error-message';
import { SelectField } from '../../../shared/ui/select-field';
import { TextField } from '../../../shared/ui/text-field';

interface DeskAttachProps {
  patientId: string;
  /** The registrar's clinics (the server refuses any other). */
  clinics: readonly { id: string; name: string }[];
  onDone: (clinicName: string) => void;
  onClose: () => void;
}

/**
 * «Прикрепить к поликлинике» at the desk (issue 13 item 2): the clinic, the district (optional) and the reason
 * of the paper application; attached at once, the previous attachment ends today. The once-a-year refusal
 * offers «Прикрепить с исключением» with the reason required (rule 5a).
 */
export function DeskAttach({ patientId, clinics, onDone, onClose }: DeskAttachProps) {
  const { t } = useTranslation();
  const [clinicId, setClinicId] = useState(clinics[0]?.id ?? '');
  const [district, setDistrict] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isSending, setIsSending] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const canOverride = error instanceof ApiError && error.code === 'ATTACHMENT_CHANGE_TOO_SOON';

  useEffect(() => firstRef.current?.focus(), []);

  async function send(override: boolean) {
    const text = reason.trim();
    setReasonError(override && !text ? t('registry.desk.attach.reasonRequired') : null);
    if ((override && !text) || isSending) return;
    setIsSending(true);
    setError(null);
    try {
      const attached = await deskApi.attach(patientId, {
        organizationId: clinicId,
        district: district.trim() || null,
        ...(text ? { reason: text } : {}),
        override,
      });
      onDone(attached.organization.name);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsSending(false);
    }
  }

  return (
    <section className="section" aria-labelledby="desk-attach-heading">
      <h2 id="desk-attach-heading">{t('registry.desk.attach.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send(canOverride);
        }}
        noValidate
      >
        <SelectField
          id="desk-attach-clinic"
          label={t('registry.desk.attach.clinic')}
          value={clinicId}
          onChange={setClinicId}
          options={clinics.map((clinic) => ({ value: clinic.id, label: clinic.name }))}
        />
        <TextField
          ref={firstRef}
          id="desk-attach-district"
          label={t('registry.desk.attach.district')}
          value={district}
          onChange={(event) => setDistrict(event.target.value)}
          maxLength={20}
          autoComplete="off"
        />
        <TextField
          id="desk-attach-reason"
          label={t('registry.desk.attach.reason')}
          hint={t('registry.desk.attach.reasonHint')}
          error={reasonError}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={500}
          autoComplete="off"
          required={canOverride}
        />
        {error ? (
          <div className="notice notice--error" role="alert">
            <p>{describeError(error, t)}</p>
            {canOverride ? <p>{t('registry.desk.attach.overrideHint')}</p> : null}
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSending}>
            {t(canOverride ? 'registry.desk.attach.override' : 'registry.desk.attach.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('registry.desk.attach.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
