/**
 * The clinical scenarios of the demo records (docs/medical-record.md, «Demo data»): diagnoses with the visit
 * texts a doctor would write, the specialty seen, the medicine prescribed and the analyte a chronic disease
 * pushes out of range. Synthetic and generic on purpose: no real patient's words.
 */
export interface DiagnosisScenario {
  /** МКБ-10, one of reference/clinical/icd10.json. */
  code: string;
  /** Seen by a doctor of the first specialty the clinic has, else a therapist (a paediatrician for children). */
  specialties: readonly string[];
  chronic: boolean;
  complaints: string;
  anamnesis: string;
  examination: string;
  conclusion: string;
  recommendations: string;
  /** A medicine of reference/clinical/medicines.json with its dosage, or null. */
  medicine: { id: string; strength: string; dosage: string; quantity: number } | null;
  /** The analyte this disease drifts out of range (a high glucose in diabetes), or null. */
  driftsAnalyte: string | null;
}

const VITALS =
  'Состояние удовлетворительное. Кожные покровы обычной окраски. АД 125/80 мм рт. ст., ЧСС 72 в минуту.';

export const ACUTE: readonly DiagnosisScenario[] = [
  {
    code: 'J06.9',
    specialties: ['therapist', 'gp'],
    chronic: false,
    complaints: 'Насморк, першение в горле, температура до 37,8 °C в течение двух дней.',
    anamnesis: 'Заболел(а) остро после переохлаждения. Контакт с больными ОРВИ в семье.',
    examination: `${VITALS} Зев гиперемирован, миндалины не увеличены. Дыхание везикулярное, хрипов нет.`,
    conclusion: 'Острая респираторная вирусная инфекция, лёгкое течение.',
    recommendations:
      'Обильное тёплое питьё, жаропонижающее при температуре выше 38,5 °C. Повторный приём при ухудшении.',
    medicine: null,
    driftsAnalyte: null,
  },
  {
    code: 'J20.9',
    specialties: ['therapist', 'gp'],
    chronic: false,
    complaints: 'Кашель с трудноотделяемой мокротой, слабость, температура 37,5 °C.',
    anamnesis: 'Кашель около недели после перенесённой ОРВИ.',
    examination: `${VITALS} Дыхание жёсткое, рассеянные сухие хрипы. SpO2 98 %.`,
    conclusion: 'Острый бронхит.',
    recommendations:
      'Обильное питьё, увлажнение воздуха. Контроль через 7 дней; при лихорадке более 3 дней — рентгенография.',
    medicine: {
      id: 'amoxicillin',
      strength: '500 мг',
      dosage: 'По 1 капсуле 3 раза в день 7 дней',
      quantity: 21,
    },
    driftsAnalyte: null,
  },
  {
    code: 'M54.5',
    specialties: ['neurologist', 'therapist'],
    chronic: false,
    complaints: 'Боль в поясничной области, усиливается при наклонах.',
    anamnesis: 'Боль появилась после подъёма тяжести три дня назад.',
    examination: `${VITALS} Напряжение паравертебральных мышц поясничного отдела, симптомов натяжения нет.`,
    conclusion: 'Неспецифическая боль внизу спины.',
    recommendations: 'Сохранять двигательную активность, лечебная физкультура. Избегать подъёма тяжестей.',
    medicine: {
      id: 'meloxicam',
      strength: '7,5 мг',
      dosage: 'По 1 таблетке 1 раз в день после еды 5 дней',
      quantity: 10,
    },
    driftsAnalyte: null,
  },
  {
    code: 'N30.0',
    specialties: ['urologist', 'therapist'],
    chronic: false,
    complaints: 'Учащённое болезненное мочеиспускание в течение суток.',
    anamnesis: 'Подобные эпизоды ранее — один раз, три года назад.',
    examination: `${VITALS} Живот мягкий, безболезненный. Симптом поколачивания отрицательный с обеих сторон.`,
    conclusion: 'Острый цистит.',
    recommendations: 'Обильное питьё. Общий анализ мочи через 2 недели.',
    medicine: {
      id: 'nitrofurantoin',
      strength: '100 мг',
      dosage: 'По 1 таблетке 2 раза в день 5 дней',
      quantity: 10,
    },
    driftsAnalyte: null,
  },
  {
    code: 'Z00.0',
    specialties: ['therapist', 'gp'],
    chronic: false,
    complaints: 'Жалоб нет. Обратился(ась) для прохождения диспансеризации.',
    anamnesis: 'Хронических заболеваний со слов не имеет.',
    examination: `${VITALS} Отклонений при осмотре не выявлено.`,
    conclusion: 'Диспансеризация. Группа здоровья I.',
    recommendations:
      'Здоровое питание, физическая активность не менее 150 минут в неделю. Следующая диспансеризация — через год.',
    medicine: null,
    driftsAnalyte: null,
  },
];

export const CHRONIC: readonly DiagnosisScenario[] = [
  {
    code: 'I10',
    specialties: ['cardiologist', 'therapist'],
    chronic: true,
    complaints: 'Периодические головные боли в затылочной области, повышение АД до 160/95 мм рт. ст.',
    anamnesis: 'Повышение АД отмечает в течение нескольких лет, регулярно не лечился(ась).',
    examination:
      'Состояние удовлетворительное. АД 155/95 мм рт. ст., ЧСС 78 в минуту. Тоны сердца ясные, ритмичные.',
    conclusion: 'Артериальная гипертензия. Назначена антигипертензивная терапия.',
    recommendations: 'Ограничение соли до 5 г в сутки, дневник АД. Контроль через 1 месяц.',
    medicine: {
      id: 'amlodipine',
      strength: '5 мг',
      dosage: 'По 1 таблетке 1 раз в день утром',
      quantity: 30,
    },
    driftsAnalyte: '14647-2',
  },
  {
    code: 'E11.9',
    specialties: ['endocrinologist', 'therapist'],
    chronic: true,
    complaints: 'Жажда, сухость во рту, учащённое мочеиспускание.',
    anamnesis: 'Повышенная глюкоза крови выявлена при диспансеризации.',
    examination: 'Состояние удовлетворительное. ИМТ 31 кг/м². АД 130/85 мм рт. ст.',
    conclusion: 'Сахарный диабет 2 типа без осложнений. Целевой HbA1c < 7 %.',
    recommendations: 'Диета с ограничением быстрых углеводов, самоконтроль глюкозы. HbA1c через 3 месяца.',
    medicine: {
      id: 'metformin',
      strength: '850 мг',
      dosage: 'По 1 таблетке 2 раза в день во время еды',
      quantity: 60,
    },
    driftsAnalyte: '14749-6',
  },
  {
    code: 'E78.0',
    specialties: ['cardiologist', 'therapist'],
    chronic: true,
    complaints: 'Жалоб нет. Повышенный холестерин по результатам анализов.',
    anamnesis: 'Семейный анамнез: инфаркт миокарда у отца в 58 лет.',
    examination: 'Состояние удовлетворительное. АД 130/80 мм рт. ст. Ксантом нет.',
    conclusion: 'Гиперхолестеринемия. Высокий сердечно-сосудистый риск.',
    recommendations: 'Диета с ограничением животных жиров. Липидный профиль через 2 месяца.',
    medicine: {
      id: 'atorvastatin',
      strength: '20 мг',
      dosage: 'По 1 таблетке 1 раз в день вечером',
      quantity: 30,
    },
    driftsAnalyte: '14647-2',
  },
  {
    code: 'D50.9',
    specialties: ['hematologist', 'therapist'],
    chronic: true,
    complaints: 'Слабость, быстрая утомляемость, головокружение.',
    anamnesis: 'Снижение гемоглобина в анализах в течение полугода.',
    examination: 'Кожные покровы бледные. АД 110/70 мм рт. ст., ЧСС 86 в минуту.',
    conclusion: 'Железодефицитная анемия лёгкой степени.',
    recommendations: 'Питание с продуктами, богатыми железом. Общий анализ крови через 1 месяц.',
    medicine: null,
    driftsAnalyte: '718-7',
  },
  {
    code: 'K29.5',
    specialties: ['gastroenterologist', 'therapist'],
    chronic: true,
    complaints: 'Тяжесть и ноющая боль в эпигастрии после еды.',
    anamnesis: 'Симптомы повторяются несколько лет, обострения весной и осенью.',
    examination: `${VITALS} Живот мягкий, умеренно болезненный в эпигастрии.`,
    conclusion: 'Хронический гастрит, обострение.',
    recommendations: 'Дробное питание, исключить острое и алкоголь. ФГДС в плановом порядке.',
    medicine: {
      id: 'omeprazole',
      strength: '20 мг',
      dosage: 'По 1 капсуле 2 раза в день за 30 минут до еды 4 недели',
      quantity: 56,
    },
    driftsAnalyte: null,
  },
  {
    code: 'J45.9',
    specialties: ['pulmonologist', 'allergist-immunologist', 'therapist'],
    chronic: true,
    complaints: 'Эпизоды затруднённого дыхания при физической нагрузке, сухой кашель ночью.',
    anamnesis: 'Приступы с детства, последние годы — реже.',
    examination: `${VITALS} Дыхание везикулярное, единичные сухие хрипы на выдохе.`,
    conclusion: 'Бронхиальная астма, частично контролируемая.',
    recommendations: 'Избегать триггеров, план действий при приступе. Спирометрия через 3 месяца.',
    medicine: {
      id: 'salbutamol',
      strength: '100 мкг/доза',
      dosage: 'По 1–2 вдоха при приступе, не более 8 в сутки',
      quantity: 1,
    },
    driftsAnalyte: null,
  },
];

/** Children see the paediatrician for what they catch. */
export const CHILD: readonly DiagnosisScenario[] = [
  {
    ...ACUTE[0]!,
    specialties: ['pediatrician'],
    complaints: 'Насморк, кашель, температура до 38 °C со слов мамы.',
    anamnesis: 'Заболел(а) два дня назад, в детском саду карантин по ОРВИ.',
  },
  {
    code: 'Z00.1',
    specialties: ['pediatrician'],
    chronic: false,
    complaints: 'Жалоб нет. Плановый профилактический осмотр.',
    anamnesis: 'Рост и развитие по возрасту. Прививки по календарю.',
    examination: 'Состояние удовлетворительное. Физическое развитие среднее, гармоничное.',
    conclusion: 'Здоров(а). Группа здоровья I.',
    recommendations: 'Следующий профилактический осмотр — через год. Прививки по национальному календарю.',
    medicine: null,
    driftsAnalyte: null,
  },
];

/** The vaccinations an adult's record shows, newest as of the seed; a child's follow the national calendar. */
export const ADULT_VACCINES = ['influenza', 'covid-19', 'ads-m', 'tick-borne-encephalitis'] as const;
export const CHILD_VACCINES = [
  ['hepatitis-b', 1, 0],
  ['bcg', 1, 0],
  ['hepatitis-b', 2, 1],
  ['pneumococcal-conjugate', 1, 2],
  ['dtp', 1, 3],
  ['polio', 1, 3],
  ['hib', 1, 3],
  ['mmr', 1, 12],
] as const;

/** Insurers (СМО) of the demo policies, with their registry codes. */
export const INSURERS: readonly { name: string; code: string }[] = [
  { name: 'АО «СОГАЗ-Мед»', code: '77008' },
  { name: 'ООО «Капитал МС»', code: '77013' },
  { name: 'АО «МАКС-М»', code: '77011' },
  { name: 'ООО «Ингосстрах-М»', code: '77012' },
];

/**
 * The panels of the demo lab rounds: a complete blood count (its four most read values) and a biochemistry
 * order of glucose, cholesterol and creatinine — as a lab reports what was ordered. Two reports a round keep
 * the demo start fast (docs/medical-record.md, «Demo data»).
 */
export const DEMO_PANELS: readonly { code: string; name: string; analytes: readonly string[] }[] = [
  { code: '58410-2', name: 'Общий анализ крови', analytes: ['718-7', '6690-2', '777-3', '4537-7'] },
  { code: 'biochem', name: 'Биохимический анализ крови', analytes: ['14749-6', '14647-2', '14682-9'] },
];
