interface PersonName {
  surname: string;
  name: string;
  patronymic?: string | null;
}

/** «Иванова Мария Петровна»: surname first, as Russian documents and registries write it. */
export const fullName = (person: PersonName): string =>
  [person.surname, person.name, person.patronymic].filter((part) => part && part.trim() !== '').join(' ');
