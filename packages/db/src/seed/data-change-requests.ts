import { dueDate } from '@talon/core/privacy';
import type { DbExecutor } from '../client';
import type { FieldCipher } from '../crypto/field-cipher';
import { createDataChangeRepository } from '../repositories/data-changes/data-change-requests.repository';
import type { PatientSeed } from './patients';

const DAY = 86_400_000;

/**
 * The first demo patient's data-change requests (issue 11 item 5), so «Мои данные» and «История обращений»
 * are not empty: an address change applied (its value is the card's address), a birth-date correction the
 * clinic rejected with a comment, and a request still «В работе». Written through the repository, as the
 * API writes them; the same content and dates (relative to the run date) every time.
 */
export async function writeDemoDataChangeRequests(
  tx: DbExecutor,
  cipher: FieldCipher,
  holder: { patient: PatientSeed; accountId: string },
  now: Date,
): Promise<number> {
  const repository = createDataChangeRepository(tx, cipher);
  const file = async (
    category: 'address' | 'birth_date' | 'other',
    newValue: string,
    reason: string,
    daysAgo: number,
  ) => {
    const at = new Date(now.getTime() - daysAgo * DAY);
    const request = await repository.create({
      patientId: holder.patient.id,
      accountId: holder.accountId,
      category,
      newValue,
      reason,
      dueAt: dueDate('correction', at),
      at,
    });
    return { request, at };
  };
  const moved = await file('address', holder.patient.address, 'Переезд', 40);
  const decidedAt = new Date(moved.at.getTime() + 2 * DAY);
  await repository.setStatus(moved.request.id, {
    from: 'in_progress',
    to: 'approved',
    at: decidedAt,
    comment: null,
  });
  await repository.setStatus(moved.request.id, {
    from: 'approved',
    to: 'applied',
    at: new Date(decidedAt.getTime() + DAY),
  });
  const birth = await file('birth_date', '1980-01-01', 'Опечатка в дате рождения', 20);
  await repository.setStatus(birth.request.id, {
    from: 'in_progress',
    to: 'rejected',
    at: new Date(birth.at.getTime() + DAY),
    comment: 'Дата в карте совпадает с паспортом. Если она неверна, приложите скан паспорта.',
  });
  await file('other', 'Добавить второй контактный телефон — номер мамы', 'Для связи с поликлиникой', 1);
  return 3;
}
