import type { VideoErrorCode } from '@talon/core/video';
import type { Mapping } from './error-mapping';

/** The answers of video visits' errors (issue 17 item 1, docs/video-visits.md). */
export const video: Record<VideoErrorCode, Mapping> = {
  VIDEO_ROOM_NOT_FOUND: {
    status: 404,
    detail: () =>
      'Комната видеоприёма не найдена или закрыта. Она открывается за 15 минут до начала приёма и закрывается после его завершения.',
  },
  VIDEO_ADMIT_PRACTITIONER_ONLY: {
    status: 403,
    detail: () => 'Пригласить пациента в видеоприём может только врач этого приёма.',
  },
  VIDEO_SIGNAL_TOO_LARGE: {
    status: 400,
    detail: () => 'Сообщение слишком большое для канала видеоприёма. Обновите страницу и попробуйте снова.',
  },
  VIDEO_FILE_INVALID: {
    status: 422,
    detail: () => 'Этот файл нельзя отправить: загрузите его заново и попробуйте ещё раз.',
  },
};
