/**
 * The cabinet's sections and the words people use for them (seed 003 «Поиск нужных разделов»): «полис»
 * finds «Полис ОМС», «прививки» «Прививки», «анализы» or «кровь» «Анализы». Matching is by word stems, so
 * «прививку», «анализов», «полиса» match too. Paths of other modules' pages are theirs to keep.
 */
import type { ParseKeys } from 'i18next';

export interface CabinetSection {
  id: string;
  /** i18n key of the section's name. */
  label: ParseKeys;
  href: string;
  /** Lower-case stems of the words that mean it. */
  words: readonly string[];
}

export const CABINET_SECTIONS: readonly CabinetSection[] = [
  { id: 'card', label: 'card.title', href: '/card', words: ['медкарт', 'медицинск', 'карт', 'здоров'] },
  {
    id: 'labs',
    label: 'card.tabs.labs',
    href: '/card/labs',
    words: ['анализ', 'кров', 'моч', 'результат', 'лаборатор', 'холестерин', 'глюкоз', 'сахар', 'гемоглобин'],
  },
  {
    id: 'visits',
    label: 'card.tabs.visits',
    href: '/card/visits',
    words: ['приём', 'прием', 'осмотр', 'заключени', 'посещени'],
  },
  {
    id: 'diagnoses',
    label: 'card.tabs.diagnoses',
    href: '/card/diagnoses',
    words: ['диагноз', 'болезн', 'заболевани', 'мкб'],
  },
  {
    id: 'documents',
    label: 'card.tabs.documents',
    href: '/card/documents',
    words: ['документ', 'выписк', 'эпикриз', 'справк', 'pdf'],
  },
  {
    id: 'prescriptions',
    label: 'card.tabs.prescriptions',
    href: '/card/prescriptions',
    words: ['рецепт', 'лекарств', 'препарат', 'аптек', 'таблетк'],
  },
  {
    id: 'immunizations',
    label: 'card.tabs.immunizations',
    href: '/card/immunizations',
    words: ['прививк', 'привит', 'вакцин', 'иммунизаци', 'сертификат'],
  },
  {
    id: 'coverage',
    label: 'card.tabs.coverage',
    href: '/card/coverage',
    words: ['полис', 'омс', 'страхов', 'енп', 'смо'],
  },
  {
    id: 'appointments',
    label: 'booking.myAppointments',
    href: '/appointments',
    words: ['запис', 'талон', 'визит', 'перенест', 'отмен'],
  },
  {
    id: 'history',
    label: 'history.title',
    href: '/appointments/history',
    words: ['истори', 'прошл', 'архив'],
  },
  {
    id: 'book',
    label: 'patientHome.book',
    href: '/doctors',
    words: ['записат', 'врач', 'доктор', 'специалист'],
  },
  { id: 'waitlist', label: 'waitlist.title', href: '/waitlist', words: ['ожидани', 'очеред', 'лист'] },
  {
    id: 'family',
    label: 'patientHome.family',
    href: '/account/family',
    words: ['семь', 'ребён', 'ребен', 'дет', 'подопечн', 'представител'],
  },
  {
    id: 'data',
    label: 'patientHome.myData',
    href: '/account/data',
    words: ['данны', 'профил', 'снилс', 'персональн', 'паспорт'],
  },
  {
    id: 'notifications',
    label: 'patientHome.notifications',
    href: '/account/notifications',
    words: ['уведомлени', 'напоминани', 'sms', 'смс', 'почт'],
  },
  {
    id: 'security',
    label: 'patientHome.security',
    href: '/account/security',
    words: ['пароль', 'безопасн', 'вход', 'сеанс'],
  },
];

/** Lower case, ё → е, letters and digits only. */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The sections a query names, best first: a section matches when every word of the query starts with
 * (or is the start of) one of its stems; sections matching more words rank first, then the index's order.
 */
export function searchCabinet(query: string, sections: readonly CabinetSection[] = CABINET_SECTIONS) {
  const words = normalise(query).filter((w) => w.length >= 2);
  if (!words.length) return [];
  const stems = (s: CabinetSection) => s.words.map((w) => w.replace(/ё/g, 'е'));
  const matches = (word: string, stem: string) =>
    word.startsWith(stem) || (word.length >= 3 && stem.startsWith(word));
  return sections
    .map((section, order) => ({
      section,
      order,
      score: words.filter((word) => stems(section).some((stem) => matches(word, stem))).length,
    }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((m) => m.section);
}
