import type { SupportCategory } from '@talon/core/support';
import type { DbExecutor } from '../client';
import type { FieldCipher } from '../crypto/field-cipher';
import { createSupportMessageRepository } from '../repositories/support/support-messages.repository';
import { createSupportTicketRepository } from '../repositories/support/support-tickets.repository';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One past ticket of the demo: when it was opened and how long the answer and the resolution took. */
export interface DemoSupportTicketPlan {
  daysAgo: number;
  firstResponseHours: number;
  resolutionHours: number;
  /** Closed by its author after «Решено» (the others stay «Решено»). */
  closed: boolean;
  category: SupportCategory;
  subject: string;
  question: string;
  answer: string;
}

const TOPICS: readonly Pick<DemoSupportTicketPlan, 'category' | 'subject' | 'question' | 'answer'>[] = [
  {
    category: 'booking',
    subject: 'Не вижу свободного времени',
    question: 'У терапевта нет свободного времени на неделю вперёд. Когда появятся талоны?',
    answer: 'Расписание открывается на 14 дней вперёд каждое утро. Можно встать в лист ожидания.',
  },
  {
    category: 'sign_in',
    subject: 'Не приходит код',
    question: 'Не приходит СМС с кодом для входа.',
    answer: 'Проверьте номер в профиле и запросите код ещё раз через минуту; можно войти по паролю.',
  },
  {
    category: 'medical_card',
    subject: 'Нет результата анализа',
    question: 'Сдавал кровь позавчера, в карте результата пока нет.',
    answer: 'Результаты появляются после проверки врачом, обычно в течение трёх рабочих дней.',
  },
  {
    category: 'representatives',
    subject: 'Запись ребёнка',
    question: 'Как записать ребёнка к педиатру из моего кабинета?',
    answer: 'Добавьте ребёнка в разделе «Семья», затем выберите его при записи.',
  },
  {
    category: 'technical',
    subject: 'Не открывается талон',
    question: 'Нажимаю «Талон» — открывается пустая страница.',
    answer: 'Обновите страницу браузера: мы исправили ошибку, талон открывается.',
  },
  {
    category: 'other',
    subject: 'Справка для работы',
    question: 'Где заказать справку о посещении врача?',
    answer: 'Закажите её в разделе «Документы»: справка будет готова в течение дня.',
  },
];

/** Hours to the first answer a month ago and recently (seed 003: «48 ч → 12 ч»), spread a little. */
const EARLIER_FIRST_RESPONSE = [44, 50, 47, 52, 46, 49, 45, 51] as const;
const RECENT_FIRST_RESPONSE = [13, 10, 12, 14, 11, 12, 13, 11] as const;

/**
 * The demo's past tickets: eight opened 31–59 days before the run date and answered in about 48 h, eight in
 * the last 30 days answered in about 12 h; each resolved some hours after the answer, every other one then
 * closed by its author. The same plan every run (relative to the run date), so the desk's metrics panel
 * shows the improvement: the previous 30 days against the last 30.
 */
export function planDemoSupportTickets(): DemoSupportTicketPlan[] {
  const plan = (hours: readonly number[], firstDay: number, index0: number) =>
    hours.map((firstResponseHours, index) => {
      const topic = TOPICS[(index0 + index) % TOPICS.length]!;
      return {
        ...topic,
        daysAgo: firstDay - index * 3.5,
        firstResponseHours,
        // A resolution follows the answer after the person confirms it helped: a day before, a few hours now.
        resolutionHours: firstResponseHours + (index0 === 0 ? 24 : 6) + (index % 3),
        closed: index % 2 === 0,
      };
    });
  return [...plan(EARLIER_FIRST_RESPONSE, 59, 0), ...plan(RECENT_FIRST_RESPONSE, 29, 8)];
}

/**
 * Writes the plan's tickets for the demo patients (in turn) through the support repositories, as the API
 * writes them: the question, the operator's answer (the first response), «Решено», and «Закрыто» for some.
 * Assigned to the demo support operator. No notifications: they are history.
 */
export async function writeDemoSupportTickets(
  tx: DbExecutor,
  cipher: FieldCipher,
  people: { authorAccountIds: readonly string[]; operatorAccountId: string },
  now: Date,
): Promise<number> {
  if (!people.authorAccountIds.length) return 0;
  const tickets = createSupportTicketRepository(tx, cipher);
  const messages = createSupportMessageRepository(tx, cipher);
  const planned = planDemoSupportTickets();
  for (const [index, ticket] of planned.entries()) {
    const openedAt = new Date(now.getTime() - ticket.daysAgo * DAY);
    const answeredAt = new Date(openedAt.getTime() + ticket.firstResponseHours * HOUR);
    const resolvedAt = new Date(openedAt.getTime() + ticket.resolutionHours * HOUR);
    const authorAccountId = people.authorAccountIds[index % people.authorAccountIds.length]!;
    const created = await tickets.create({
      accountId: authorAccountId,
      organizationId: null,
      category: ticket.category,
      source: 'form',
      subject: ticket.subject,
      page: null,
      at: openedAt,
    });
    await messages.add({
      ticketId: created.id,
      author: 'author',
      authorAccountId,
      text: ticket.question,
      at: openedAt,
    });
    await tickets.assign(created.id, people.operatorAccountId, openedAt);
    await tickets.setStatus(created.id, { from: 'new', to: 'in_progress', at: openedAt });
    await messages.add({
      ticketId: created.id,
      author: 'operator',
      authorAccountId: people.operatorAccountId,
      text: ticket.answer,
      at: answeredAt,
    });
    await tickets.markFirstResponse(created.id, answeredAt);
    await tickets.setStatus(created.id, { from: 'in_progress', to: 'resolved', at: resolvedAt });
    if (ticket.closed) {
      await tickets.setStatus(created.id, {
        from: 'resolved',
        to: 'closed',
        at: new Date(resolvedAt.getTime() + 2 * HOUR),
      });
    }
  }
  return planned.length;
}
