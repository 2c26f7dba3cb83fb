import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

interface NameParts {
  surname: string;
  name: string;
  patronymic: string | null;
}

/** «Фамилия Имя Отчество»: the parts that are there, one space apart. */
export const fullName = (p: NameParts): string => [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');

/** The same full name in SQL, from a table's name columns (`concat_ws` skips a null patronymic). */
export const fullNameOf = (t: { surname: AnyColumn; name: AnyColumn; patronymic: AnyColumn }): SQL<string> =>
  sql<string>`concat_ws(' ', ${t.surname}, ${t.name}, ${t.patronymic})`;

/** The same full name in a raw statement, from the table known by `alias` (`pr` → `pr.surname`, …). */
export const fullNameSql = (alias: string): SQL =>
  sql.raw(`concat_ws(' ', ${alias}.surname, ${alias}.name, ${alias}.patronymic)`);
