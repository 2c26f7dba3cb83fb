import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The microphone check of the waiting room: the level of the local audio track, 0–100. */
export function MicLevel({ stream }: { stream: MediaStream }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (stream.getAudioTracks().length === 0 || typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    const timer = window.setInterval(() => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
      setLevel(Math.min(100, Math.round((peak / 128) * 100)));
    }, 150);
    return () => {
      window.clearInterval(timer);
      void context.close();
    };
  }, [stream]);
  return (
    <div className="video-mic">
      <label htmlFor="video-mic-level">{t('video.micLevel')}</label>
      <meter id="video-mic-level" min={0} max={100} low={5} value={level} />
    </div>
  );
}
