import { useCallback, useEffect, useRef, useState } from 'react';
import { type TSignalBody, type TVideoRoom, videoApi } from './video.api';

/** Where the call is, as the page shows it. */
export type CallPhase =
  | 'waiting' // the patient waits to be admitted; the practitioner waits for the patient
  | 'connecting'
  | 'connected'
  | 'failed' // ICE failed, or no camera or microphone
  | 'phone' // switched to a phone call
  | 'ended'; // the other side left, or the visit was finished

export interface ChatLine {
  id: number;
  mine: boolean;
  text: string;
  /** A shared file: the line links to it. */
  file?: { uploadId: string; name: string | null };
}

/** A file shared in the room, as the event stream carries it. */
type FileMessage = { kind: 'file'; uploadId: string; name: string | null; contentType: string; size: number };

type Incoming = (TSignalBody | FileMessage | { kind: 'admit' | 'phone' }) & {
  from: 'patient' | 'practitioner' | 'system';
};

/**
 * The WebRTC call of a video room (docs/video-visits.md): the local camera and microphone, one
 * RTCPeerConnection to the other side, the signalling over the room's event stream and POSTs, and the chat.
 * The practitioner makes the offer when the patient says `ready`; media flows browser to browser.
 */
export function useVideoCall(room: TVideoRoom) {
  const { appointmentId, role } = room;
  const [phase, setPhase] = useState<CallPhase>(room.state === 'phone' ? 'phone' : 'waiting');
  const [isAdmitted, setAdmitted] = useState(room.state !== 'waiting');
  const [local, setLocal] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [mediaError, setMediaError] = useState(false);
  const [chat, setChat] = useState<ChatLine[]>([]);
  const [isListening, setListening] = useState(false);
  const peer = useRef<RTCPeerConnection | null>(null);
  const pendingIce = useRef<RTCIceCandidateInit[]>([]);
  const localRef = useRef<MediaStream | null>(null);
  const chatId = useRef(0);

  const send = useCallback((body: TSignalBody) => videoApi.signal(appointmentId, body), [appointmentId]);

  // The camera and microphone, asked once: the waiting room's check and the call's tracks.
  useEffect(() => {
    let stream: MediaStream | null = null;
    let cancelled = false;
    if (!navigator.mediaDevices?.getUserMedia) {
      setMediaError(true);
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: true, audio: true })
      .then((got) => {
        if (cancelled) {
          for (const track of got.getTracks()) track.stop();
          return;
        }
        stream = got;
        localRef.current = got;
        setLocal(got);
      })
      .catch(() => setMediaError(true));
    return () => {
      cancelled = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  const closePeer = useCallback(() => {
    peer.current?.close();
    peer.current = null;
    pendingIce.current = [];
    setRemote(null);
  }, []);

  const newPeer = useCallback(() => {
    closePeer();
    const connection = new RTCPeerConnection({ iceServers: room.iceServers as RTCIceServer[] });
    peer.current = connection;
    for (const track of localRef.current?.getTracks() ?? []) {
      connection.addTrack(track, localRef.current!);
    }
    connection.onicecandidate = ({ candidate }) => {
      if (!candidate) return;
      void send({
        kind: 'ice',
        candidate: candidate.candidate,
        sdpMid: candidate.sdpMid,
        sdpMLineIndex: candidate.sdpMLineIndex,
      }).catch(() => {});
    };
    connection.ontrack = ({ streams }) => {
      if (streams[0]) setRemote(streams[0]);
    };
    connection.onconnectionstatechange = () => {
      if (peer.current !== connection) return;
      if (connection.connectionState === 'connected') setPhase('connected');
      if (connection.connectionState === 'failed') setPhase('failed');
    };
    setPhase('connecting');
    return connection;
  }, [closePeer, room.iceServers, send]);

  const flushIce = useCallback(async (connection: RTCPeerConnection) => {
    for (const candidate of pendingIce.current.splice(0)) {
      await connection.addIceCandidate(candidate).catch(() => {});
    }
  }, []);

  const onSignal = useCallback(
    async (message: Incoming) => {
      switch (message.kind) {
        case 'admit':
          setAdmitted(true);
          return;
        case 'phone':
          closePeer();
          setPhase('phone');
          return;
        case 'ready':
          if (role === 'practitioner') {
            const connection = newPeer();
            const offer = await connection.createOffer();
            await connection.setLocalDescription(offer);
            await send({ kind: 'offer', sdp: offer.sdp ?? '' });
          } else {
            await send({ kind: 'ready' });
          }
          return;
        case 'offer': {
          const connection = newPeer();
          await connection.setRemoteDescription({ type: 'offer', sdp: message.sdp });
          await flushIce(connection);
          const answer = await connection.createAnswer();
          await connection.setLocalDescription(answer);
          await send({ kind: 'answer', sdp: answer.sdp ?? '' });
          return;
        }
        case 'answer':
          if (!peer.current) return;
          await peer.current.setRemoteDescription({ type: 'answer', sdp: message.sdp });
          await flushIce(peer.current);
          return;
        case 'ice': {
          const candidate = {
            candidate: message.candidate,
            sdpMid: message.sdpMid,
            sdpMLineIndex: message.sdpMLineIndex,
          };
          if (peer.current?.remoteDescription) await peer.current.addIceCandidate(candidate).catch(() => {});
          else pendingIce.current.push(candidate);
          return;
        }
        case 'chat':
          chatId.current += 1;
          setChat((lines) => [...lines, { id: chatId.current, mine: false, text: message.text }]);
          return;
        case 'file':
          chatId.current += 1;
          setChat((lines) => [
            ...lines,
            {
              id: chatId.current,
              mine: false,
              text: '',
              file: { uploadId: message.uploadId, name: message.name },
            },
          ]);
          return;
        case 'leave':
          closePeer();
          setPhase('ended');
          return;
      }
    },
    [closePeer, flushIce, newPeer, role, send],
  );

  // The room's event stream: signals are handled one after another, in the order they came.
  const onSignalRef = useRef(onSignal);
  onSignalRef.current = onSignal;
  useEffect(() => {
    const source = new EventSource(videoApi.eventsUrl(appointmentId));
    let queue = Promise.resolve();
    const handle = (event: MessageEvent<string>) => {
      let message: Incoming;
      try {
        message = JSON.parse(event.data) as Incoming;
      } catch {
        return;
      }
      queue = queue.then(() => onSignalRef.current(message)).catch(() => setPhase('failed'));
    };
    const kinds = ['admit', 'phone', 'ready', 'offer', 'answer', 'ice', 'chat', 'file', 'leave'];
    for (const kind of kinds) source.addEventListener(kind, handle as EventListener);
    source.onopen = () => setListening(true);
    return () => {
      source.close();
      setListening(false);
    };
  }, [appointmentId]);

  // The patient, once admitted, listening and with a camera, says it is ready: the practitioner answers with
  // an offer. A practitioner who comes back to a room already admitted says it first (the patient answers
  // `ready`). Only when these become true: a repeated `ready` would restart the call.
  const wasAdmitted = room.state === 'admitted';
  useEffect(() => {
    if (!isListening || !local) return;
    if (role === 'patient' ? !isAdmitted : !wasAdmitted) return;
    void send({ kind: 'ready' }).catch(() => {});
  }, [isAdmitted, isListening, local, role, send, wasAdmitted]);

  // Leaving the page ends the call for the other side too.
  useEffect(
    () => () => {
      if (peer.current) void send({ kind: 'leave' }).catch(() => {});
      closePeer();
    },
    [closePeer, send],
  );

  return {
    phase,
    isAdmitted,
    local,
    remote,
    mediaError,
    chat,
    admit: async () => {
      await videoApi.admit(appointmentId);
      setAdmitted(true);
    },
    sendChat: async (text: string) => {
      await send({ kind: 'chat', text });
      chatId.current += 1;
      setChat((lines) => [...lines, { id: chatId.current, mine: true, text }]);
    },
    sendFile: async (file: File) => {
      const uploaded = await videoApi.upload(file);
      const shared = await videoApi.shareFile(appointmentId, uploaded.id, file.name);
      chatId.current += 1;
      setChat((lines) => [
        ...lines,
        { id: chatId.current, mine: true, text: '', file: { uploadId: shared.uploadId, name: shared.name } },
      ]);
    },
    switchToPhone: async () => {
      await videoApi.phone(appointmentId);
      closePeer();
      setPhase('phone');
    },
    finish: async () => {
      // Told first: once the visit is finished the room is closed, to signals too.
      await send({ kind: 'leave' });
      await videoApi.finish(appointmentId);
      closePeer();
      setPhase('ended');
    },
  };
}
