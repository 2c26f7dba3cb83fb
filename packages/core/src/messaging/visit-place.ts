import type { Payload } from './message-template';

/**
 * Where a visit takes place, as the messages about it say. A video visit (issue 17) carries `roomLink`, the
 * address of its room (`/visit/<id>`, made absolute for SMS and email on delivery) instead of the clinic's
 * address and room: the patient does not travel, and a link is what they need at the time.
 */

/** SMS: `, ГП № 1, каб. 214` — or `, видеоприём: <link>`. */
export const smsPlace = (p: Payload) =>
  p.roomLink ? `, видеоприём: ${p.roomLink}` : `, ${p.clinic}${p.room ? `, каб. ${p.room}` : ''}`;

/** Push and in-app: the clinic and the room, or the clinic and «видеоприём». */
export const noticePlace = (p: Payload) =>
  p.roomLink ? `${p.clinic}, видеоприём` : `${p.clinic}${p.room ? `, каб. ${p.room}` : ''}`;

/** The email's «Где:» line of a video visit: the room's link and when it opens; null for a visit in person. */
export const videoWhere = (p: Payload) =>
  p.roomLink
    ? `Где: видеоприём, ${p.clinic}. Комната приёма: ${p.roomLink} — она открывается за 15 минут до начала.`
    : null;

/** The email's button into the room of a video visit (none for a visit in person). */
export const roomButton = (p: Payload) =>
  p.roomLink ? [{ label: 'Войти в комнату видеоприёма', url: p.roomLink }] : [];
