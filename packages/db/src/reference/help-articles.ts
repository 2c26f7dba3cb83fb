import { count } from 'drizzle-orm';
import type { Database } from '../client';
import { supportArticles, supportCannedAnswers } from '../schema';
import articlesJson from './help-articles.json' with { type: 'json' };

/** The first canned answers of the support operators (editable afterwards). */
const FIRST_CANNED_ANSWERS = [
  {
    title: 'Приветствие',
    text: 'Здравствуйте! Спасибо за обращение. Мы разбираемся с вашим вопросом и ответим в ближайшее время.',
  },
  {
    title: 'Нужны подробности',
    text: 'Уточните, пожалуйста, на какой странице и в какое время возникла ошибка; если можно, приложите снимок экрана.',
  },
  {
    title: 'Вопрос решён',
    text: 'Мы решили ваш вопрос. Если что-то осталось непонятным, напишите в этом обращении — оно откроется снова.',
  },
];

/**
 * The first set of knowledge-base articles (booking, cancelling, the medical card, signing in,
 * representatives, writing to support) and canned answers, written once: an article the system admin has
 * edited since is left as it is (insert on a new slug only), and canned answers only into an empty list.
 * Production needs them as much as the demo, so they are reference data, synced at migrate time.
 */
export async function syncHelpArticles(db: Database): Promise<void> {
  await db
    .insert(supportArticles)
    .values(
      articlesJson.map((a) => ({
        slug: a.slug,
        title: a.title,
        body: a.body,
        keywords: a.keywords,
        position: a.position,
      })),
    )
    .onConflictDoNothing({ target: supportArticles.slug });
  const [canned] = await db.select({ n: count() }).from(supportCannedAnswers);
  if (!canned?.n) await db.insert(supportCannedAnswers).values(FIRST_CANNED_ANSWERS);
}
