import type { Random } from './random';

export type Sex = 'male' | 'female';

/** Splits a whitespace-separated word list (keeps long lists compact and diff-friendly). */
const words = (text: string): string[] => text.trim().split(/\s+/);

export interface PersonName {
  surname: string;
  name: string;
  patronymic: string;
}

export const MALE_NAMES: readonly string[] = words(`
  Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Борис Вадим Валентин Валерий Василий
  Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений
  Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим Марк Матвей Михаил Никита Николай Олег Павел
  Пётр Роман Руслан Рустам Семён Сергей Станислав Степан Тимофей Тимур Фёдор Эдуард Юрий Ярослав
`);

export const FEMALE_NAMES: readonly string[] = words(`
  Александра Алина Алиса Алла Анастасия Ангелина Анна Валентина Валерия Варвара Вера Вероника Виктория
  Галина Гульнара Дарья Диана Ева Евгения Екатерина Елена Елизавета Жанна Зоя Инна Ирина Карина Кира
  Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария Милана Надежда Наталья Нина Оксана Олеся Ольга
  Полина Раиса Светлана София Таисия Тамара Татьяна Ульяна Юлия Яна
`);

/**
 * Fathers' names with the patronymics they give a son and a daughter. Written out rather than derived: the
 * irregular ones (Илья → Ильич/Ильинична, Никита → Никитич/Никитична, Лев → Львович, Павел → Павлович,
 * Пётр → Петрович, Михаил → Михайлович, Кузьма → Кузьминична) defeat any simple rule.
 */
export const PATRONYMICS: readonly (readonly [father: string, male: string, female: string])[] = `
  Александр Александрович Александровна | Алексей Алексеевич Алексеевна | Анатолий Анатольевич Анатольевна
  Андрей Андреевич Андреевна | Антон Антонович Антоновна | Аркадий Аркадьевич Аркадьевна
  Арсений Арсеньевич Арсеньевна | Артём Артёмович Артёмовна | Борис Борисович Борисовна
  Вадим Вадимович Вадимовна | Валентин Валентинович Валентиновна | Валерий Валерьевич Валерьевна
  Василий Васильевич Васильевна | Виктор Викторович Викторовна | Виталий Витальевич Витальевна
  Владимир Владимирович Владимировна | Владислав Владиславович Владиславовна | Вячеслав Вячеславович Вячеславовна
  Геннадий Геннадьевич Геннадьевна | Георгий Георгиевич Георгиевна | Глеб Глебович Глебовна
  Григорий Григорьевич Григорьевна | Даниил Даниилович Данииловна | Денис Денисович Денисовна
  Дмитрий Дмитриевич Дмитриевна | Евгений Евгеньевич Евгеньевна | Егор Егорович Егоровна
  Иван Иванович Ивановна | Игорь Игоревич Игоревна | Илья Ильич Ильинична
  Кирилл Кириллович Кирилловна | Константин Константинович Константиновна | Кузьма Кузьмич Кузьминична
  Лев Львович Львовна | Леонид Леонидович Леонидовна | Максим Максимович Максимовна
  Марк Маркович Марковна | Матвей Матвеевич Матвеевна | Михаил Михайлович Михайловна
  Никита Никитич Никитична | Николай Николаевич Николаевна | Олег Олегович Олеговна
  Павел Павлович Павловна | Пётр Петрович Петровна | Ринат Ринатович Ринатовна
  Роман Романович Романовна | Руслан Русланович Руслановна | Рустам Рустамович Рустамовна
  Семён Семёнович Семёновна | Сергей Сергеевич Сергеевна | Станислав Станиславович Станиславовна
  Степан Степанович Степановна | Тимофей Тимофеевич Тимофеевна | Тимур Тимурович Тимуровна
  Фёдор Фёдорович Фёдоровна | Фома Фомич Фоминична | Эдуард Эдуардович Эдуардовна
  Юрий Юрьевич Юрьевна | Яков Яковлевич Яковлевна | Ярослав Ярославович Ярославовна
`
  .split(/[|\n]/)
  .filter((entry) => entry.trim() !== '')
  .map((entry) => {
    const [father = '', male = '', female = ''] = entry.trim().split(' ');
    return [father, male, female] as const;
  });

/** Surnames in their masculine form; `surnameFor` gives the feminine one. */
export const SURNAMES: readonly string[] = words(`
  Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев
  Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев
  Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв
  Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков
  Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов
  Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев
  Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков
  Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов
  Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров
  Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев
  Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров
  Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронцов Капустин Гарипов Хабибуллин Сафин
  Валиев Шарипов Вишневский Яблонский Добровольский Покровский Успенский Рождественский Островский
  Соколовский Троицкий Городецкий Луговой Береговой Боровой Ковальчук Кравчук Полищук Савчук Шевченко
  Бондаренко Ткаченко Кравченко Лысенко Коваленко Мороз Ким Пак Цой
`);

/**
 * The surname for a person of the given sex. Possessive surnames in -ов/-ев/-ёв/-ин/-ын take -а
 * (Иванов → Иванова, Ильин → Ильина), adjectival ones in -ский/-цкий/-ой/-ый/-ий take -ая
 * (Вишневский → Вишневская, Луговой → Луговая); the rest (Ковальчук, Шевченко, Ким) do not change.
 */
export function surnameFor(masculine: string, sex: Sex): string {
  if (sex === 'male') return masculine;
  if (/(ов|ев|ёв|ин|ын)$/.test(masculine)) return `${masculine}а`;
  if (/ский$|цкий$/.test(masculine)) return `${masculine.slice(0, -2)}ая`;
  if (/(ой|ый|ий)$/.test(masculine)) return `${masculine.slice(0, -2)}ая`;
  return masculine;
}

/** The patronymic a father of that name gives to a son or a daughter. */
export function patronymicFor(fatherName: string, sex: Sex): string {
  const pair = PATRONYMICS.find(([father]) => father === fatherName);
  if (!pair) throw new RangeError(`no patronymic known for ${fatherName}`);
  return sex === 'male' ? pair[1] : pair[2];
}

/** A random full name that agrees with the sex. `surname` (masculine form) keeps a family's surname. */
export function randomPersonName(random: Random, sex: Sex, family?: { surname?: string }): PersonName {
  const [, male, female] = random.pick(PATRONYMICS);
  return {
    surname: surnameFor(family?.surname ?? random.pick(SURNAMES), sex),
    name: random.pick(sex === 'male' ? MALE_NAMES : FEMALE_NAMES),
    patronymic: sex === 'male' ? male : female,
  };
}

/** Cyrillic letters with their Latin spelling in e-mail addresses; ъ and ь are dropped. */
const LATIN = new Map(
  `а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch
   ш sh щ shch ы y э e ю yu я ya`
    .split(/\s+/)
    .flatMap((item, i, items) => (i % 2 === 0 ? [[item, items[i + 1] ?? ''] as const] : [])),
);

const transliterated = new Map<string, string>();

/** Latin spelling for e-mail addresses, the way people write theirs (Наталья → natalya). */
export function transliterate(text: string): string {
  let latin = transliterated.get(text);
  if (latin === undefined) {
    latin = Array.from(text.toLowerCase(), (ch) => LATIN.get(ch) ?? (/[a-z0-9]/.test(ch) ? ch : '')).join('');
    // Names come from short lists, so the cache stays small.
    if (transliterated.size < 10_000) transliterated.set(text, latin);
  }
  return latin;
}
