/**
 * Shapes of the clinical reference data shipped as JSON beside this file (public reference facts, no patient
 * data). One declaration per shape: the loader casts the JSON to these and the tests check every entry.
 */

/** Roman numeral of an МКБ-10 class (chapter): I (A00–B99) … XXII (U00–U85, codes for special purposes). */
export type Icd10Chapter =
  | 'I'
  | 'II'
  | 'III'
  | 'IV'
  | 'V'
  | 'VI'
  | 'VII'
  | 'VIII'
  | 'IX'
  | 'X'
  | 'XI'
  | 'XII'
  | 'XIII'
  | 'XIV'
  | 'XV'
  | 'XVI'
  | 'XVII'
  | 'XVIII'
  | 'XIX'
  | 'XX'
  | 'XXI'
  | 'XXII';

export interface Icd10Entry {
  /** Canonical code as `parseIcd10` returns it: `J06.9`, `I10`. */
  readonly code: string;
  /** Official Russian name as in the Минздрав НСИ reference (OID 1.2.643.5.1.13.13.11.1005). */
  readonly name: string;
  readonly chapter: Icd10Chapter;
  /** The narrowest block (rubric range) holding the code, written as the НСИ writes it: `J00-J06`, `C50-C50`. */
  readonly block: string;
  /** Everyday words doctors type when searching («ОРВИ», «ГБ»); absent for most rare codes. */
  readonly searchTerms?: readonly string[];
}

/**
 * Prescription blank a medicine needs (приказ Минздрава России от 24.11.2021 № 1094н): most medicines 107-1/у;
 * psychotropic substances of list III and some others 148-1/у-88; narcotic and psychotropic substances of
 * list II 107/у-НП.
 */
export type PrescriptionForm = '107-1/у' | '148-1/у-88' | '107/у-НП';

export interface MedicineForm {
  /** Dosage form as the ГРЛС names it: «таблетки, покрытые пленочной оболочкой», «раствор для инъекций». */
  readonly form: string;
  /** Strengths per dosage unit, as printed on the pack: «5 мг», «500 мг + 125 мг», «100 ЕД/мл». */
  readonly strengths: readonly string[];
  /** Unit a prescription counts in: «таб.», «капс.», «фл.», «амп.», «шпр.-ручка». */
  readonly unit: string;
}

export interface Medicine {
  /** Stable latin kebab-case identifier: `amlodipine`, `amoxicillin-clavulanic-acid`. */
  readonly id: string;
  /** International non-proprietary name in Russian (МНН), combinations joined with « + ». */
  readonly inn: string;
  readonly innLatin: string;
  /** WHO ATC code of the substance (and route where ATC distinguishes it). */
  readonly atc: string;
  readonly forms: readonly MedicineForm[];
  readonly prescriptionForm: PrescriptionForm;
  /** Narcotic or psychotropic substance under state control (lists II and III), prescribed with extra rules. */
  readonly isNarcoticOrPsychotropic: boolean;
  /**
   * Listed in the ЖНВЛП (vital and essential medicines list, распоряжение Правительства РФ № 2406-р with its
   * amendments), the list state preferential provision draws from.
   */
  readonly isPreferential: boolean;
}

export type RangeSex = 'female' | 'male' | 'any';

/**
 * A reference interval as a laboratory prints it. Ages are in whole years: `ageFrom` inclusive, `ageTo`
 * exclusive (`null` — no upper bound). A one-sided norm («< 5,2») has `low` or `high` null.
 */
export interface ReferenceRange {
  readonly sex: RangeSex;
  readonly ageFrom: number;
  readonly ageTo: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Values beyond which the laboratory calls the doctor at once; null where the laboratory sets none. */
  readonly criticalLow: number | null;
  readonly criticalHigh: number | null;
}

export type LabPanelCode =
  | 'cbc'
  | 'glucose'
  | 'lipids'
  | 'creatinine'
  | 'biochem'
  | 'urine'
  | 'thyroid'
  | 'hba1c';

export const LOINC_SYSTEM = 'http://loinc.org';
/** Code system of analytes LOINC has no code for; their codes read `talon:<slug>`. */
export const TALON_LAB_SYSTEM = 'urn:talon:lab';

export interface LabAnalyte {
  /** LOINC code (`718-7`) or, where LOINC has none, a local `talon:…` code. */
  readonly code: string;
  readonly system: typeof LOINC_SYSTEM | typeof TALON_LAB_SYSTEM;
  /** Russian name as printed on a result form. */
  readonly name: string;
  /** Abbreviation of the analyser printout or the usual Russian abbreviation: `HGB`, `СОЭ`, `АЛТ`. */
  readonly shortName: string;
  /** UCUM unit of the value: `g/L`, `10*9/L`, `umol/L`. */
  readonly unit: string;
  /** The unit as Russian forms print it: «г/л», «×10⁹/л», «мкмоль/л». */
  readonly unitDisplay: string;
  /** The panel the analyte is ordered in most often. */
  readonly panel: LabPanelCode;
  readonly ranges: readonly ReferenceRange[];
  /** Decimal places a result is shown with. */
  readonly decimals: number;
}

export interface LabPanel {
  readonly code: LabPanelCode;
  readonly name: string;
  /** LOINC panel code where LOINC has a panel for the set; null for single tests and local sets. */
  readonly loinc: string | null;
  /** Analyte codes in the order the result form lists them. */
  readonly analytes: readonly string[];
}

/** National calendar (приказ № 1122н, appendix 1) or the calendar for epidemic indications (appendix 2). */
export type ImmunizationCalendar = 'national' | 'epidemic';

export interface VaccineDose {
  /** Number of the dose within its kind: first vaccination, second booster… */
  readonly dose: number;
  readonly kind: 'primary' | 'booster';
  /** When the dose is given, in the calendar's own words: «первые 24 часа жизни», «4,5 месяца». */
  readonly age: string;
}

export interface Vaccine {
  readonly code: string;
  readonly name: string;
  readonly calendar: ImmunizationCalendar;
  readonly targetDiseases: readonly string[];
  /** CDC CVX code of the vaccine type where one maps; null otherwise. */
  readonly cvx: number | null;
  readonly schedule: readonly VaccineDose[];
  /** Who is vaccinated and other conditions of the calendar, briefly. */
  readonly notes: string;
}

export type DocumentKind = 'document' | 'certificate' | 'extract';

export interface DocumentType {
  readonly code: string;
  /** LOINC document type code where one fits; null for Russian forms LOINC has no counterpart for. */
  readonly loinc: string | null;
  readonly name: string;
  readonly kind: DocumentKind;
  /** Number of the accounting form where Минздрав approved one: «027/у», «086/у». */
  readonly form: string | null;
}

/** A visit template of a specialty: the sections it prefills (complaints, anamnesis, examination, …). */
export interface VisitTemplateEntry {
  readonly id: string;
  /** A specialty code of `reference/specialties.json`. */
  readonly specialty: string;
  readonly name: string;
  readonly sections: Readonly<
    Partial<
      Record<
        'complaints' | 'anamnesis' | 'examination' | 'conclusion' | 'recommendations' | 'followUp',
        string
      >
    >
  >;
}
