import { describe, expect, it } from 'vitest';
import { findMedicine, MEDICINES } from './index';

const PRESCRIPTION_FORMS = new Set(['107-1/у', '148-1/у-88', '107/у-НП']);

describe('medicines.json', () => {
  it('holds at least 320 medicines with unique latin kebab-case ids', () => {
    expect(MEDICINES.length).toBeGreaterThanOrEqual(320);
    const ids = MEDICINES.map((medicine) => medicine.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has ATC codes of the full seven-character shape', () => {
    for (const { id, atc } of MEDICINES) expect(atc, id).toMatch(/^[A-Z]\d{2}[A-Z]{2}\d{2}$/);
  });

  it('has Russian МНН and their Latin names, combinations joined with « + »', () => {
    // Latin letters stay where the МНН has them: «Сеннозиды A и B», «Интерферон альфа-2b», «Железа (III)…».
    for (const { id, inn, innLatin } of MEDICINES) {
      expect(inn, id).toMatch(/^[А-ЯЁ][А-Яа-яЁёA-Za-z0-9 ()\-+[\],]*$/);
      expect(innLatin, id).toMatch(/^[A-Z][A-Za-z0-9 ()\-+,]*$/);
      expect(inn.split(' + ').length, id).toBe(innLatin.split(' + ').length);
    }
  });

  it('lists each dosage form of an МНН once, with strengths and a counting unit', () => {
    const seen = new Set<string>();
    for (const { id, inn, forms } of MEDICINES) {
      expect(forms.length, id).toBeGreaterThan(0);
      for (const { form, strengths, unit } of forms) {
        const key = `${inn}|${form}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        expect(form, id).toMatch(/^[а-яё]/);
        expect(strengths.length, id).toBeGreaterThan(0);
        expect(new Set(strengths).size, id).toBe(strengths.length);
        for (const strength of strengths) expect(strength, id).toMatch(/\d/);
        expect(unit.trim(), id).toBe(unit);
        expect(unit.length, id).toBeGreaterThan(0);
      }
    }
  });

  it('requires the special blanks for narcotic and psychotropic substances', () => {
    for (const medicine of MEDICINES) {
      expect(PRESCRIPTION_FORMS.has(medicine.prescriptionForm), medicine.id).toBe(true);
      if (medicine.prescriptionForm === '107/у-НП')
        expect(medicine.isNarcoticOrPsychotropic, medicine.id).toBe(true);
      if (medicine.isNarcoticOrPsychotropic)
        expect(medicine.prescriptionForm, medicine.id).not.toBe('107-1/у');
    }
    expect(findMedicine('morphine')?.prescriptionForm).toBe('107/у-НП');
    expect(findMedicine('diazepam')?.prescriptionForm).toBe('148-1/у-88');
    expect(findMedicine('tramadol')?.prescriptionForm).toBe('148-1/у-88');
    expect(findMedicine('amlodipine')?.prescriptionForm).toBe('107-1/у');
  });

  it('holds the everyday medicines of outpatient prescriptions with their ATC codes', () => {
    const expected: Record<string, [string, string]> = {
      amlodipine: ['Амлодипин', 'C08CA01'],
      metformin: ['Метформин', 'A10BA02'],
      atorvastatin: ['Аторвастатин', 'C10AA05'],
      lisinopril: ['Лизиноприл', 'C09AA03'],
      omeprazole: ['Омепразол', 'A02BC01'],
      amoxicillin: ['Амоксициллин', 'J01CA04'],
      'amoxicillin-clavulanic-acid': ['Амоксициллин + Клавулановая кислота', 'J01CR02'],
      ibuprofen: ['Ибупрофен', 'M01AE01'],
      paracetamol: ['Парацетамол', 'N02BE01'],
      levothyroxine: ['Левотироксин натрия', 'H03AA01'],
      bisoprolol: ['Бисопролол', 'C07AB07'],
      enalapril: ['Эналаприл', 'C09AA02'],
      indapamide: ['Индапамид', 'C03BA11'],
      warfarin: ['Варфарин', 'B01AA03'],
      apixaban: ['Апиксабан', 'B01AF02'],
      'acetylsalicylic-acid': ['Ацетилсалициловая кислота', 'B01AC06'],
      salbutamol: ['Сальбутамол', 'R03AC02'],
      'budesonide-formoterol': ['Будесонид + Формотерол', 'R03AK07'],
      'insulin-glargine': ['Инсулин гларгин', 'A10AE04'],
    };
    for (const [id, [inn, atc]] of Object.entries(expected)) {
      expect(findMedicine(id), id).toMatchObject({ inn, atc });
    }
    expect(findMedicine('no-such-medicine')).toBeUndefined();
  });
});
