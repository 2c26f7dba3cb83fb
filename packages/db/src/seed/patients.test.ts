import { parseOms, parsePhone, parseSnils } from '@talon/core/identifiers';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DATE } from './calendar';
import { generateDirectory } from './directory';
import { createIdentifierSource } from './identifiers';
import { generatePatients } from './patients';
import { SEED_PROFILES } from './profiles';
import { createRandom } from './random';

const directory = generateDirectory(SEED_PROFILES.small, 1);
const patients = [...generatePatients(SEED_PROFILES.small, directory.clinics, 1)];
const clinicById = new Map(directory.clinics.map((c) => [c.id, c]));

const ageOn = (birthDate: string, today: string) => {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
};

describe('createIdentifierSource', () => {
  it('gives valid and unique SNILS, ЕНП and mobile numbers', () => {
    const ids = createIdentifierSource(createRandom(1));
    const count = 30_000;
    const snils = new Set<string>();
    const oms = new Set<string>();
    const phones = new Set<string>();
    const invalid: string[] = [];
    for (let i = 0; i < count; i++) {
      const s = ids.snils(i);
      const o = ids.oms(i);
      const p = ids.mobilePhone(i);
      // Only numbers above 001-001-998 have check digits; generate none below, where anything would pass.
      if (!parseSnils(s).ok || Number(s.slice(0, 9)) <= 1_001_998) invalid.push(s);
      if (!parseOms(o).ok) invalid.push(o);
      if (!/^\+79\d{9}$/.test(p) || !parsePhone(p).ok) invalid.push(p);
      snils.add(s);
      oms.add(o);
      phones.add(p);
    }
    expect(invalid).toEqual([]);
    expect([snils.size, oms.size, phones.size]).toEqual([count, count, count]);
  });
});

describe('generatePatients (small)', () => {
  it('makes 2 000 patients over the three demo regions', () => {
    expect(patients).toHaveLength(2_000);
    const regions = new Set(patients.map((p) => p.regionCode));
    expect(regions).toEqual(new Set(['77', '39', '41']));
  });

  it('has unique valid identifiers and phones', () => {
    for (const p of patients) {
      expect(parseSnils(p.snils).ok).toBe(true);
      expect(parseOms(p.oms).ok).toBe(true);
      if (p.phone) expect(parsePhone(p.phone)).toEqual({ ok: true, value: p.phone });
    }
    const phones = patients.flatMap((p) => (p.phone ? [p.phone] : []));
    expect(new Set(patients.map((p) => p.snils)).size).toBe(patients.length);
    expect(new Set(patients.map((p) => p.oms)).size).toBe(patients.length);
    expect(new Set(phones).size).toBe(phones.length);
    expect(new Set(patients.map((p) => p.id)).size).toBe(patients.length);
  });

  it('attaches children to a children’s polyclinic and adults to a polyclinic of their region', () => {
    let children = 0;
    for (const p of patients) {
      const age = ageOn(p.birthDate, REFERENCE_DATE);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(95);
      const clinic = p.attachedOrganizationId ? clinicById.get(p.attachedOrganizationId) : undefined;
      expect(clinic?.regionCode).toBe(p.regionCode);
      expect(clinic?.kind).toBe(age < 18 ? 'children_polyclinic' : 'polyclinic');
      expect(p.attachedSince && p.attachedSince >= p.birthDate && p.attachedSince <= REFERENCE_DATE).toBe(
        true,
      );
      expect(p.address.length).toBeGreaterThan(10);
      if (age < 18) children++;
    }
    expect(children / patients.length).toBeGreaterThan(0.15);
    expect(children / patients.length).toBeLessThan(0.25);
  });

  it('writes names that agree with sex and gives e-mail and privileges to some', () => {
    for (const p of patients) {
      expect(p.patronymic).toMatch(p.sex === 'female' ? /на$/ : /ич$/);
      if (p.sex === 'female') expect(p.surname).not.toMatch(/(ов|ев|ёв|ин|ий|ой)$/);
      if (p.email) expect(p.email).toMatch(/^[a-z]+\.[a-z]+\d+@example\.ru$/);
    }
    const share = (f: (p: (typeof patients)[number]) => boolean) =>
      patients.filter(f).length / patients.length;
    expect(share((p) => p.email !== null)).toBeGreaterThan(0.3);
    expect(share((p) => p.privilegedCategory !== null)).toBeGreaterThan(0.05);
    expect(share((p) => p.privilegedCategory !== null)).toBeLessThan(0.15);
  });

  it('is deterministic for a seed', () => {
    const again = [...generatePatients(SEED_PROFILES.small, directory.clinics, 1)];
    expect(again).toEqual(patients);
    const other = generatePatients(SEED_PROFILES.small, directory.clinics, 2).next().value;
    expect(other?.id).not.toBe(patients[0]?.id);
  });
});
