import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppointmentFacts } from '../../../features/booking/appointment-facts';
import { type CheckInBody, deskApi } from '../../../features/staff-registry-desk/registry-desk.api';
import { FormAlert } from '../../../shared/ui/form-alert';
import { PageHeading } from '../../../shared/ui/page-heading';
import { TextField } from '../../../shared/ui/text-field';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { QrCameraScanner } from './qr-camera-scanner';
import './desk-checkin.css';

/**
 * `/registry/checkin`: «Отметить приход» (issue 13). The desk holds the ticket up to its camera (the QR
 * payload goes to `POST /api/v1/checkin`) or types the ticket's code when the camera cannot read it. The
 * camera starts only when asked, and stops after each ticket read.
 */
export function DeskCheckInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('registry.checkin.title'));
  const [isScanning, setScanning] = useState(false);
  const [code, setCode] = useState('');
  const checkIn = useMutation({ mutationFn: (body: CheckInBody) => deskApi.checkIn(body) });

  function submitCode(event: FormEvent) {
    event.preventDefault();
    checkIn.mutate({ code });
  }

  return (
    <div className="page checkin">
      <PageHeading>{t('registry.checkin.title')}</PageHeading>
      <section className="section" aria-labelledby="checkin-camera-heading">
        <h2 id="checkin-camera-heading">{t('registry.checkin.cameraTitle')}</h2>
        {isScanning ? (
          <QrCameraScanner
            onRead={(payload) => {
              setScanning(false);
              checkIn.mutate({ payload });
            }}
          />
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              checkIn.reset();
              setScanning(true);
            }}
          >
            {t(checkIn.isSuccess ? 'registry.checkin.scanNext' : 'registry.checkin.scan')}
          </button>
        )}
      </section>
      <section className="section" aria-labelledby="checkin-code-heading">
        <h2 id="checkin-code-heading">{t('registry.checkin.codeTitle')}</h2>
        <form className="checkin__code" onSubmit={submitCode} noValidate>
          <TextField
            id="checkin-code"
            label={t('registry.checkin.code')}
            hint={t('registry.checkin.codeHint')}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={20}
          />
          <button type="submit" className="button" disabled={checkIn.isPending}>
            {t('registry.checkin.mark')}
          </button>
        </form>
      </section>
      <div aria-live="polite">
        {checkIn.isSuccess ? (
          <section className="section checkin__result" aria-labelledby="checkin-result-heading">
            <h2 id="checkin-result-heading">
              {t('registry.checkin.arrived', { number: checkIn.data.ticketNumber })}
            </h2>
            <AppointmentFacts appointment={checkIn.data} />
          </section>
        ) : null}
      </div>
      {checkIn.isError ? <FormAlert error={checkIn.error} /> : null}
    </div>
  );
}
