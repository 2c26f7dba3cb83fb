import type { PractitionerDocumentKind } from './practitioner-documents.types';

/** One section of a document template: its key, the printed heading and whether it may stay empty. */
export interface TemplateSection {
  key: string;
  heading: string;
  required: boolean;
}

/** What a kind of document is made from and what it prints. */
export interface DocumentTemplate {
  kind: PractitionerDocumentKind;
  /** The printed title (the name of `document-types.json`, shortened where the form allows). */
  title: string;
  /** The form's number, printed under the clinic's requisites. */
  form: string | null;
  /** Written for a period of the record, or for one visit. */
  source: 'period' | 'encounter' | 'none';
  sections: readonly TemplateSection[];
}

const section = (key: string, heading: string, required = true): TemplateSection => ({
  key,
  heading,
  required,
});

/** The templates as data: sections in the order they are printed. */
export const DOCUMENT_TEMPLATES: Record<PractitionerDocumentKind, DocumentTemplate> = {
  'discharge-summary': {
    kind: 'discharge-summary',
    title: 'Выписной эпикриз',
    form: null,
    source: 'period',
    sections: [
      section('diagnoses', 'Диагнозы (МКБ-10)'),
      section('course', 'Проведённое лечение'),
      section('results', 'Результаты обследования', false),
      section('outcome', 'Состояние при выписке'),
      section('recommendations', 'Рекомендации'),
    ],
  },
  'medical-certificate': {
    kind: 'medical-certificate',
    title: 'Медицинская справка',
    form: null,
    source: 'none',
    sections: [
      section('purpose', 'Справка выдана для предъявления'),
      section('diagnoses', 'Диагнозы (МКБ-10)', false),
      section('conclusion', 'Заключение'),
    ],
  },
  'outpatient-extract': {
    kind: 'outpatient-extract',
    title: 'Выписка из медицинской карты пациента, получающего медицинскую помощь в амбулаторных условиях',
    form: 'Форма № 027/у',
    source: 'period',
    sections: [
      section('diagnoses', 'Диагнозы (МКБ-10)'),
      section('visits', 'Обращения за период', false),
      section('results', 'Результаты обследования', false),
      section('treatment', 'Проведённое лечение', false),
      section('recommendations', 'Рекомендации'),
    ],
  },
  'visit-protocol': {
    kind: 'visit-protocol',
    title: 'Протокол осмотра врача',
    form: null,
    source: 'encounter',
    sections: [
      section('complaints', 'Жалобы', false),
      section('anamnesis', 'Анамнез', false),
      section('examination', 'Объективный статус'),
      section('diagnoses', 'Диагнозы (МКБ-10)', false),
      section('conclusion', 'Заключение'),
      section('recommendations', 'Рекомендации', false),
    ],
  },
};

/** The sections of `kind` with the given texts, unknown keys dropped, missing ones empty. */
export function sectionsOf(kind: PractitionerDocumentKind, texts: Record<string, string | null | undefined>) {
  return Object.fromEntries(
    DOCUMENT_TEMPLATES[kind].sections.map((s) => [s.key, (texts[s.key] ?? '').slice(0, 20_000)]),
  );
}

/** The keys of required sections left empty (signing refuses them). */
export function missingSections(kind: PractitionerDocumentKind, texts: Record<string, string>): string[] {
  return DOCUMENT_TEMPLATES[kind].sections
    .filter((s) => s.required && !(texts[s.key] ?? '').trim())
    .map((s) => s.key);
}
