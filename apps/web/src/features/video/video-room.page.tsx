import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { MicLevel } from './mic-level';
import { type CallPhase, useVideoCall } from './use-video-call';
import { type TVideoRoom, videoApi } from './video.api';
import { VideoChat } from './video-chat';
import './video.css';

// The practitioner's visit record beside the call; staff code, so the patient's room never loads it.
const VisitRecordBody = lazy(() =>
  import('../visit-record/visit-record.page').then((m) => ({ default: m.VisitRecordBody })),
);

/** A `<video>` showing a stream; the other side's is heard too (muted only if the browser refuses to play). */
function StreamVideo({ stream, label, isLocal }: { stream: MediaStream; label: string; isLocal: boolean }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    video.play().catch(() => {
      video.muted = true;
      void video.play().catch(() => {});
    });
  }, [stream]);
  return (
    <video ref={ref} aria-label={label} autoPlay playsInline muted={isLocal} className="video-room__video" />
  );
}

/**
 * The room of a video visit at `/visit/:appointmentId` (issue 17 item 1, docs/video-visits.md): the patient
 * waits with a camera and microphone check until the practitioner admits them; then the call runs browser
 * to browser, with a chat beside it. When the call fails the room offers the clinic's phone and a phone call.
 */
export function VideoRoomPage() {
  const { t } = useTranslation();
  const { appointmentId = '' } = useParams();
  useDocumentTitle(t('video.title'));
  const room = useQuery({
    queryKey: ['account', 'video-room', appointmentId],
    queryFn: ({ signal }) => videoApi.room(appointmentId, signal),
    // Each fetch is an audited join: once per page.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
  if (room.isPending) {
    return (
      <div className="page video-room">
        <PageHeading isReady={false}>{t('video.title')}</PageHeading>
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      </div>
    );
  }
  if (room.isError) {
    const isClosed = room.error instanceof ApiError && room.error.status === 404;
    return (
      <div className="page video-room">
        <PageHeading>{t('video.title')}</PageHeading>
        {isClosed ? (
          <div className="notice" role="status">
            <p>{t('video.notFound')}</p>
          </div>
        ) : (
          <ErrorMessage error={room.error} onRetry={() => void room.refetch()} />
        )}
      </div>
    );
  }
  return <VideoCall room={room.data} />;
}

function VideoCall({ room }: { room: TVideoRoom }) {
  const { t } = useTranslation();
  const call = useVideoCall(room);
  const [actionError, setActionError] = useState<unknown>(null);
  const [isRecordOpen, setRecordOpen] = useState(false);
  const isDoctor = room.role === 'practitioner';
  const act = (action: () => Promise<void>) => () => {
    setActionError(null);
    action().catch(setActionError);
  };
  const isOver = call.phase === 'phone' || call.phase === 'ended';
  const hasFailed = call.phase === 'failed' || call.mediaError;
  return (
    <div className="page video-room">
      <PageHeading>{t('video.title')}</PageHeading>
      <LiveStatus>{t(statusKey(call.phase, call.isAdmitted, isDoctor))}</LiveStatus>
      {!isDoctor && !call.isAdmitted && !isOver ? (
        <p className="video-room__waiting">{t('video.patient.doctorSoon')}</p>
      ) : null}
      <div className={isDoctor && isRecordOpen ? 'video-room__split' : undefined}>
        <div className="video-room__layout">
          <section className="video-room__stage" aria-labelledby="video-stage-title">
            <h2 id="video-stage-title" className="visually-hidden">
              {t('video.stage')}
            </h2>
            {call.remote ? (
              <StreamVideo stream={call.remote} label={t('video.remoteVideo')} isLocal={false} />
            ) : null}
            {call.local ? (
              <div className="video-room__self">
                <StreamVideo stream={call.local} label={t('video.localVideo')} isLocal />
                {!call.isAdmitted || !call.remote ? <MicLevel stream={call.local} /> : null}
              </div>
            ) : null}
            <div className="video-room__actions">
              {isDoctor && !call.isAdmitted && !isOver ? (
                <button type="button" className="button button--primary" onClick={act(call.admit)}>
                  {t('video.doctor.admit')}
                </button>
              ) : null}
              {isDoctor && !isOver ? (
                <>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-expanded={isRecordOpen}
                    aria-controls="video-record-panel"
                    onClick={() => setRecordOpen((open) => !open)}
                  >
                    {isRecordOpen ? t('video.doctor.hideRecord') : t('video.doctor.record')}
                  </button>
                  <button type="button" className="button button--secondary" onClick={act(call.finish)}>
                    {t('video.doctor.finish')}
                  </button>
                </>
              ) : null}
            </div>
            {hasFailed && !isOver ? (
              <div className="notice notice--error" role="alert">
                <p>{call.mediaError ? t('video.failed.noCamera') : t('video.failed.connection')}</p>
                {room.clinicPhone ? (
                  <p>
                    {t('video.failed.clinicPhone')} <a href={`tel:${room.clinicPhone}`}>{room.clinicPhone}</a>
                  </p>
                ) : null}
                <button type="button" className="button button--primary" onClick={act(call.switchToPhone)}>
                  {t('video.failed.switchToPhone')}
                </button>
              </div>
            ) : null}
            {actionError ? (
              <div className="notice notice--error" role="alert">
                <p>{describeError(actionError, t)}</p>
              </div>
            ) : null}
          </section>
          <VideoChat
            lines={call.chat}
            onSend={call.sendChat}
            onSendFile={call.sendFile}
            isDisabled={!call.isAdmitted || isOver}
          />
        </div>
        {isDoctor && isRecordOpen ? (
          <section
            id="video-record-panel"
            className="section visit-page video-room__record"
            aria-labelledby="video-record-title"
          >
            <h2 id="video-record-title">{t('video.doctor.recordTitle')}</h2>
            <Suspense fallback={<p>{t('common.loading')}</p>}>
              <VisitRecordBody patientId={room.patientId} appointmentId={room.appointmentId} />
            </Suspense>
          </section>
        ) : null}
      </div>
    </div>
  );
}

const STATUS_KEYS = {
  phone: 'video.status.phone',
  ended: 'video.status.ended',
  connected: 'video.status.connected',
  failed: 'video.status.failed',
  connecting: 'video.status.connecting',
} as const;

function statusKey(phase: CallPhase, isAdmitted: boolean, isDoctor: boolean) {
  if (phase === 'phone' && isDoctor) return 'video.status.phoneDoctor' as const;
  if (phase !== 'waiting') return STATUS_KEYS[phase];
  if (!isAdmitted)
    return isDoctor ? ('video.status.patientWaiting' as const) : ('video.status.waiting' as const);
  return STATUS_KEYS.connecting;
}
