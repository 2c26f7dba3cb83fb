import type { WaitingRoomErrorCode } from '@talon/core/waiting-room';
import type { Mapping } from './error-mapping';

/** The answers of the waiting room's errors (issue 16 item 4, docs/waiting-room.md). */
export const waitingRoom: Record<WaitingRoomErrorCode, Mapping> = {
  WAITING_ROOM: {
    status: 503,
    detail: () =>
      'Сейчас записываются очень многие, и запись идёт по очереди в порядке обращения. Повторите попытку через указанное время или встаньте в очередь на странице записи — ваше место сохранится.',
  },
  WAITING_ROOM_PLACE_NOT_FOUND: {
    status: 404,
    detail: () =>
      'Место в очереди не найдено: возможно, оно истекло, потому что страница очереди была закрыта больше двух минут. Встаньте в очередь снова.',
  },
};
