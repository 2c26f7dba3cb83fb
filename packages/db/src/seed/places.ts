import regionsJson from '../reference/regions.json' with { type: 'json' };

/** A town where generated clinics and patients live. Coordinates are WGS 84 degrees. */
export interface City {
  name: string;
  /** Start of every address in the town: «г. Москва», «Калининградская обл., г. Советск». */
  addressPrefix: string;
  /** Added to clinic names outside the regional capital: « г. Бердска». Empty in the capital. */
  nameSuffix: string;
  /** Latin slug for generated web sites. */
  slug: string;
  centre: { lat: number; lon: number };
  radiusKm: number;
  /** Compass sector (degrees clockwise from north) the town lies in around `centre`, e.g. to keep off a bay. */
  sector?: readonly [from: number, to: number];
  /** Telephone area codes (3–5 digits) of landlines in the town. */
  areaCodes: readonly string[];
  /** Share of the region's population living here. */
  weight: number;
  streets: readonly string[];
}

export interface RegionPlace {
  code: string;
  name: string;
  /** IANA zone of the region (from the reference list). */
  timeZone: string;
  cities: readonly City[];
}

/** Street list written one street per `;`, so that names with spaces stay readable. */
const streets = (text: string): string[] =>
  text
    .split(';')
    .map((street) => street.trim())
    .filter(Boolean);

function region(code: string, cities: City[]): RegionPlace {
  const reference = regionsJson.find((r) => r.code === code);
  if (!reference) throw new RangeError(`unknown region ${code}`);
  return { code, name: reference.name, timeZone: reference.timeZone, cities };
}

export const MOSCOW = region('77', [
  {
    name: 'Москва',
    addressPrefix: 'г. Москва',
    nameSuffix: '',
    slug: 'moskva',
    centre: { lat: 55.7558, lon: 37.6173 },
    radiusKm: 12,
    areaCodes: ['495', '499'],
    weight: 0.9,
    streets:
      streets(`ул. Профсоюзная; Ленинский проспект; Кутузовский проспект; ул. Тверская; Варшавское шоссе;
      ул. Академика Королёва; Мичуринский проспект; Ленинградский проспект; ул. Большая Полянка; Нахимовский проспект;
      ул. Вавилова; ул. Бутлерова; Новоясеневский проспект; проспект Мира; ул. Бауманская; Щёлковское шоссе;
      ул. Первомайская; Волгоградский проспект; ул. Люблинская; Каширское шоссе; ул. Маршала Бирюзова;
      проспект Вернадского; ул. Героев Панфиловцев; Дмитровское шоссе; ул. Миклухо-Маклая; Рязанский проспект;
      ул. Шаболовка; ул. Новый Арбат; Ломоносовский проспект; ул. Сущёвский Вал; ул. Мясницкая; ул. Покровка`),
  },
  {
    name: 'Зеленоград',
    addressPrefix: 'г. Москва, г. Зеленоград',
    nameSuffix: '',
    slug: 'zelenograd',
    centre: { lat: 55.9825, lon: 37.1814 },
    radiusKm: 3,
    areaCodes: ['499'],
    weight: 0.1,
    streets:
      streets(`Центральный проспект; Панфиловский проспект; проспект Генерала Алексеева; Солнечная аллея;
      Сосновая аллея; ул. Юности; Берёзовая аллея; Яблоневая аллея; Озёрная аллея; Георгиевский проспект`),
  },
]);

export const KALININGRAD = region('39', [
  {
    name: 'Калининград',
    addressPrefix: 'г. Калининград',
    nameSuffix: '',
    slug: 'kaliningrad',
    centre: { lat: 54.7104, lon: 20.4522 },
    radiusKm: 6,
    areaCodes: ['4012'],
    weight: 0.85,
    streets:
      streets(`Ленинский проспект; Московский проспект; ул. Черняховского; ул. Горького; ул. Александра Невского;
      ул. Гагарина; ул. Фрунзе; Советский проспект; ул. Театральная; ул. Космонавта Леонова; ул. Киевская;
      ул. Дзержинского; ул. Куйбышева; ул. Герцена; ул. Баранова; ул. Артиллерийская; ул. Карла Маркса;
      ул. Сергеева; ул. Батальная; ул. Пролетарская; ул. Комсомольская; ул. Чкалова`),
  },
  {
    name: 'Советск',
    addressPrefix: 'Калининградская обл., г. Советск',
    nameSuffix: ' г. Советска',
    slug: 'sovetsk',
    centre: { lat: 55.0817, lon: 21.8861 },
    radiusKm: 2.5,
    areaCodes: ['40161'],
    weight: 0.15,
    streets: streets(`ул. Победы; ул. Гончарова; ул. Искры; ул. Театральная; ул. Каштановая; ул. Ленина;
      ул. Кировоградская; ул. Маяковского; ул. Школьная`),
  },
]);

export const KAMCHATKA = region('41', [
  {
    name: 'Петропавловск-Камчатский',
    addressPrefix: 'г. Петропавловск-Камчатский',
    nameSuffix: '',
    slug: 'petropavlovsk',
    centre: { lat: 53.0452, lon: 158.6511 },
    radiusKm: 8,
    sector: [320, 30],
    areaCodes: ['4152'],
    weight: 0.75,
    streets: streets(`проспект Карла Маркса; ул. Ленинская; проспект Победы; ул. Ключевская; ул. Пограничная;
      проспект Рыбаков; ул. Советская; ул. Мишенная; ул. Океанская; проспект 50 лет Октября; ул. Владивостокская;
      ул. Академика Королёва; ул. Топоркова; ул. Атласова; ул. Ватутина; ул. Курчатова; ул. Лукашевского`),
  },
  {
    name: 'Елизово',
    addressPrefix: 'Камчатский край, г. Елизово',
    nameSuffix: ' г. Елизово',
    slug: 'elizovo',
    centre: { lat: 53.1873, lon: 158.381 },
    radiusKm: 2.5,
    areaCodes: ['41531'],
    weight: 0.25,
    streets: streets(`ул. Ленина; ул. Рябикова; ул. Виталия Кручины; ул. Завойко; ул. Пограничная;
      ул. Геофизическая; ул. Беринга; ул. Красноярская`),
  },
]);

export const NOVOSIBIRSK = region('54', [
  {
    name: 'Новосибирск',
    addressPrefix: 'г. Новосибирск',
    nameSuffix: '',
    slug: 'novosibirsk',
    centre: { lat: 55.0302, lon: 82.9204 },
    radiusKm: 11,
    areaCodes: ['383'],
    weight: 0.82,
    streets: streets(`Красный проспект; ул. Ленина; ул. Кирова; ул. Фрунзе; ул. Титова; ул. Станиславского;
      ул. Бориса Богаткова; ул. Гоголя; ул. Дуси Ковальчук; ул. Блюхера; проспект Карла Маркса;
      ул. Богдана Хмельницкого; ул. Народная; ул. Вертковская; ул. Петухова; Морской проспект; ул. Ильича;
      ул. Зорге; ул. Сибиряков-Гвардейцев; ул. Немировича-Данченко; ул. Танкистов; ул. Связистов;
      проспект Дзержинского; ул. Учительская; ул. Тюленина; ул. Курчатова; ул. Объединения; ул. Кошурникова;
      ул. Серебренниковская; ул. Мичурина; ул. Писарева; ул. Есенина; ул. Выборная; ул. Адриена Лежена;
      ул. Полтавская; ул. Широкая; ул. Троллейная; ул. Пархоменко; ул. Планировочная; ул. Забалуева;
      ул. Котовского; ул. Степная; ул. Римского-Корсакова; ул. Первомайская; ул. Физкультурная`),
  },
  {
    name: 'Бердск',
    addressPrefix: 'Новосибирская обл., г. Бердск',
    nameSuffix: ' г. Бердска',
    slug: 'berdsk',
    centre: { lat: 54.758, lon: 83.107 },
    radiusKm: 3,
    areaCodes: ['38341'],
    weight: 0.09,
    streets:
      streets(`ул. Ленина; ул. Боровая; ул. Попова; ул. Свердлова; ул. Максима Горького; ул. Островского;
      ул. Комсомольская; ул. Лунная; ул. Советская`),
  },
  {
    name: 'Искитим',
    addressPrefix: 'Новосибирская обл., г. Искитим',
    nameSuffix: ' г. Искитима',
    slug: 'iskitim',
    centre: { lat: 54.6386, lon: 83.3064 },
    radiusKm: 2.5,
    areaCodes: ['38343'],
    weight: 0.05,
    streets: streets(
      `ул. Пушкина; ул. Комсомольская; ул. Советская; ул. Томская; ул. Коротеева; ул. Заводская`,
    ),
  },
  {
    name: 'Обь',
    addressPrefix: 'Новосибирская обл., г. Обь',
    nameSuffix: ' г. Оби',
    slug: 'ob',
    centre: { lat: 54.9945, lon: 82.6937 },
    radiusKm: 2,
    areaCodes: ['38373'],
    weight: 0.04,
    streets: streets(
      `ул. Калинина; ул. Чкалова; ул. Авиационная; ул. Геодезическая; ул. Ломоносова; ул. Октябрьская`,
    ),
  },
]);
