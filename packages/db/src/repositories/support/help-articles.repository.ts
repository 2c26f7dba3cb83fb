import type { CannedAnswerRepository, HelpArticle, HelpArticleRepository } from '@talon/core/support';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { supportArticles as a, supportCannedAnswers as c } from '../../schema';

const columns = {
  id: a.id,
  slug: a.slug,
  title: a.title,
  body: a.body,
  keywords: a.keywords,
  position: a.position,
  updatedAt: a.updatedAt,
};

/** The words of a query, for a full-text query of any of them (letters and digits only: nothing to inject). */
const wordsOf = (query: string) => query.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];

/**
 * The knowledge base. Search is PostgreSQL full text in the `russian` configuration (stems: «отмена» finds
 * «отменить»), any of the words, best first by `ts_rank` (the title weighs most); works alike on PGlite.
 */
export function createHelpArticleRepository(db: DbExecutor): HelpArticleRepository {
  return {
    async search(query, limit) {
      const words = wordsOf(query);
      if (!words.length) return db.select(columns).from(a).orderBy(asc(a.position), asc(a.slug)).limit(limit);
      const tsQuery = sql`websearch_to_tsquery('russian', ${words.join(' or ')})`;
      return db
        .select(columns)
        .from(a)
        .where(sql`${a.search} @@ ${tsQuery}`)
        .orderBy(desc(sql`ts_rank(${a.search}, ${tsQuery})`), asc(a.position))
        .limit(limit);
    },
    async findBySlug(slug) {
      const [row] = await db.select(columns).from(a).where(eq(a.slug, slug));
      return row ?? null;
    },
    async save(article) {
      const values = {
        slug: article.slug,
        title: article.title,
        body: article.body,
        keywords: article.keywords,
        position: article.position,
        updatedAt: article.at,
      };
      const [row] = await db
        .insert(a)
        .values({ ...values, createdAt: article.at })
        .onConflictDoUpdate({ target: a.slug, set: values })
        .returning(columns);
      return row as HelpArticle;
    },
  };
}

/** The operators' canned answers. */
export function createCannedAnswerRepository(db: DbExecutor): CannedAnswerRepository {
  const columns = { id: c.id, title: c.title, text: c.text, updatedAt: c.updatedAt };
  return {
    list: () => db.select(columns).from(c).orderBy(asc(c.title), asc(c.id)),
    async save(answer) {
      if (!answer.id) {
        const [row] = await db
          .insert(c)
          .values({ title: answer.title, text: answer.text, createdAt: answer.at, updatedAt: answer.at })
          .returning(columns);
        return row ?? null;
      }
      const [row] = await db
        .update(c)
        .set({ title: answer.title, text: answer.text, updatedAt: answer.at })
        .where(eq(c.id, answer.id))
        .returning(columns);
      return row ?? null;
    },
  };
}
