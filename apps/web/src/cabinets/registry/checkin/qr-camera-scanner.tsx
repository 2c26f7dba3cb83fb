import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Frames looked at per second: enough for a ticket held up to the camera, light on the desk's computer. */
const FRAMES_PER_SECOND = 5;

type CameraState = 'starting' | 'scanning' | 'denied' | 'unavailable';

/**
 * The desk's camera reading a ticket's QR code: `getUserMedia` frames drawn to a canvas and decoded with
 * jsQR (a small pure-JS decoder, the same in every browser; no worker, no native BarcodeDetector needed).
 * Calls `onRead` once with the first code read and stops the camera; unmount stops it too.
 */
export function QrCameraScanner({ onRead }: { onRead: (text: string) => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>('starting');
  const onReadRef = useRef(onRead);
  onReadRef.current = onRead;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let isDone = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const stop = () => {
      isDone = true;
      window.clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    const look = () => {
      const video = videoRef.current;
      if (isDone || !video || !context || video.readyState < video.HAVE_CURRENT_DATA) return;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
      if (code?.data) {
        stop();
        onReadRef.current(code.data);
      }
    };
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('unavailable');
      return stop;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (isDone) return stop();
        const video = videoRef.current;
        if (!video) return stop();
        video.srcObject = media;
        await video.play();
        setState('scanning');
        timer = window.setInterval(look, 1000 / FRAMES_PER_SECOND);
      })
      .catch((error: unknown) => {
        if (isDone) return;
        setState(
          error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable',
        );
      });
    return stop;
  }, []);

  return (
    <div className="checkin__camera">
      <video
        ref={videoRef}
        className="checkin__video"
        muted
        playsInline
        aria-label={t('registry.checkin.cameraView')}
      />
      <p role="status">
        {state === 'scanning'
          ? t('registry.checkin.scanning')
          : state === 'starting'
            ? t('registry.checkin.cameraStarting')
            : t(state === 'denied' ? 'registry.checkin.cameraDenied' : 'registry.checkin.cameraUnavailable')}
      </p>
    </div>
  );
}
