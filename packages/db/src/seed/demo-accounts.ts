import type { Role } from '@talon/core/identity';
import { REFERENCE_DATE, yearsBefore } from './calendar';
import { type Directory, generateDirectory } from './directory';
import { generatePatients, type PatientSeed } from './patients';
import { SEED_PROFILES, type SeedSize } from './profiles';
import { createRandom } from './random';
import { SPECIALTIES } from './staffing';

/**
 * Demo passwords and the staff authenticator secret. Published on purpose (README, `GET /api/v1/dev/demo-accounts`):
 * they open demo data only, and `NODE_ENV=production` refuses demo mode. The staff password passes the staff
 * policy (12+ characters, not common); the patient one the patient policy (8+) — checked by a unit test.
 */
export const DEMO_PATIENT_PASSWORD = 'Talon-Demo-2026!';
export const DEMO_STAFF_PASSWORD = 'Talon-Demo-Staff-2026!';
/** Base32, 32 characters (160 bits, the size the API's enrolment makes); SHA-1, 6 digits, 30 s. */
export const DEMO_TOTP_SECRET = 'TALONDEMOSTAFFTOTPSECRETKEY23456';
/** Patient accounts for load tests: the first adult patients of the set that have a phone. */
export const DEMO_PATIENT_ACCOUNTS = 1_000;
/** The set `seedDemoIfEmpty` loads, and so the one `listDemoAccounts` describes by default. */
export const DEMO_SET: { size: SeedSize; seed: number } = { size: 'small', seed: 1 };

/**
 * Staff phones: +7 800 000-00-0N. The generator gives patients mobile numbers only (+7 9…), so this range
 * never meets a patient's phone, and it is not a number anyone can be reached at.
 */
const staffPhone = (n: number) => `+78000000${String(n).padStart(3, '0')}`;
const STAFF_EMAIL_DOMAIN = 'demo.talon.local';

export interface DemoAccountSeed {
  id: string;
  role: Role;
  displayName: string;
  email: string | null;
  phone: string | null;
  /** The plaintext demo password; the seed stores its argon2id hash. */
  password: string;
  /** Base32 TOTP secret (staff), stored encrypted with `totp_enabled_at` set. */
  totpSecret: string | null;
  organization: { id: string; name: string } | null;
  /** The region a call-centre operator serves (the staff clinic's); null for every other account. */
  regionCode: string | null;
  patientId: string | null;
  practitionerId: string | null;
  /** The patient's SNILS, only to store its keyed hash with the account (login by SNILS). */
  snils: string | null;
  roleGrantId: string;
  /** The personal-data consent a registration would have recorded (patients). */
  consentId: string | null;
}

/** The demo representative (docs/domain.md §5): a patient account with an active parent link to a young child. */
export interface DemoRepresentativeSeed {
  /** One of `patients` (never the first, who stays a plain patient). */
  accountId: string;
  patientId: string;
  linkId: string;
  ward: { patientId: string; displayName: string; birthDate: string };
}

export interface DemoAccounts {
  /**
   * Doctor, nurse, registrar and clinic admin of one clinic, a system admin, a call centre of its region, a
   * support operator.
   */
  staff: DemoAccountSeed[];
  /** `DEMO_PATIENT_ACCOUNTS` patients (fewer only in a set that small), in the order of the set. */
  patients: DemoAccountSeed[];
  /** Null only in a set too small to have a second patient account or a young child. */
  representative: DemoRepresentativeSeed | null;
}

/**
 * The ward is under 14 on the set's reference date, so still a minor for years of demo use; a child that
 * young has no phone of its own (`generatePatients`), so it is never an account holder itself.
 */
const WARD_BORN_AFTER = yearsBefore(REFERENCE_DATE, 14);
/** Demo patients are adults on the reference date. */
const ADULT_BORN_BY = yearsBefore(REFERENCE_DATE, 18);

/**
 * Collects, while the seed streams the patients, those that get a demo account (the first adults with a
 * phone) and the first young child (the demo representative's ward).
 */
export function createAccountHolderPicker() {
  const picked: PatientSeed[] = [];
  let child: PatientSeed | null = null;
  return {
    picked,
    get child(): PatientSeed | null {
      return child;
    },
    offer(patient: PatientSeed): void {
      // Adults only: a demo patient books the adult specialties (a therapist) at an adult polyclinic.
      if (picked.length < DEMO_PATIENT_ACCOUNTS && patient.phone && patient.birthDate <= ADULT_BORN_BY) {
        picked.push(patient);
      }
      if (!child && !patient.phone && patient.birthDate > WARD_BORN_AFTER) child = patient;
    },
    get isFull(): boolean {
      return picked.length >= DEMO_PATIENT_ACCOUNTS && child !== null;
    },
  };
}

const SERVICE_CODES = new Set(SPECIALTIES.filter((s) => s.kind === 'service').map((s) => s.code));

/**
 * The staff's clinic: the first polyclinic of Moscow (region 77), or of the set when it has no Moscow (the
 * large set is Novosibirsk region only).
 */
function staffClinic(directory: Directory) {
  const polyclinics = directory.clinics.filter((c) => c.kind === 'polyclinic');
  const clinic = polyclinics.find((c) => c.regionCode === '77') ?? polyclinics[0] ?? directory.clinics[0];
  if (!clinic) throw new Error('demo accounts need at least one clinic');
  return clinic;
}

/**
 * A practitioner working at the clinic: a doctor (a therapist if there is one) or, for the nurse, someone
 * staffing a service room (vaccination, blood tests…). Null when the clinic has nobody of the kind.
 */
function practitionerAt(directory: Directory, clinicId: string, kind: 'doctor' | 'nurse') {
  const role = roleAt(directory, clinicId, kind);
  return role ? (directory.practitioners.find((p) => p.id === role.practitionerId) ?? null) : null;
}

function roleAt(directory: Directory, clinicId: string, kind: 'doctor' | 'nurse') {
  const roles = directory.roles.filter(
    (r) => r.organizationId === clinicId && SERVICE_CODES.has(r.specialtyCode) === (kind === 'nurse'),
  );
  return roles.find((r) => r.specialtyCode === 'therapist') ?? roles[0] ?? null;
}

/** The demo doctor's role at the staff's clinic (their video visits' schedule belongs to it), or null. */
export function demoDoctorRole(directory: Directory) {
  return roleAt(directory, staffClinic(directory).id, 'doctor');
}

const STAFF_PLAN: readonly {
  role: Exclude<Role, 'patient'>;
  login: string;
  /** A linked practitioner gives the display name; these are for the others. */
  displayName: string;
  practitioner?: 'doctor' | 'nurse';
}[] = [
  { role: 'doctor', login: 'doctor', displayName: 'Ирина Васильева', practitioner: 'doctor' },
  { role: 'nurse', login: 'nurse', displayName: 'Мария Соколова', practitioner: 'nurse' },
  { role: 'registrar', login: 'registrar', displayName: 'Ольга Смирнова' },
  { role: 'clinic_admin', login: 'clinic-admin', displayName: 'Андрей Кузнецов' },
  { role: 'system_admin', login: 'admin', displayName: 'Елена Морозова' },
  { role: 'call_centre', login: 'call-centre', displayName: 'Наталья Попова' },
  // Last, so the ids of the accounts above stay as they were.
  { role: 'support', login: 'support', displayName: 'Светлана Орлова' },
];

/**
 * The demo accounts of a generated set. Pure and deterministic: the same directory and account holders
 * (and seed) give the same ids, logins and phones, so the seed and `listDemoAccounts` agree.
 */
export function planDemoAccounts(
  directory: Directory,
  accountHolders: readonly PatientSeed[],
  child: PatientSeed | null,
  seed: number,
): DemoAccounts {
  const random = createRandom(seed, 'demo-accounts');
  const clinic = staffClinic(directory);
  const staffRandom = random.fork('staff');
  const staff = STAFF_PLAN.map((plan, index): DemoAccountSeed => {
    const practitioner = plan.practitioner ? practitionerAt(directory, clinic.id, plan.practitioner) : null;
    return {
      id: staffRandom.uuid(),
      role: plan.role,
      displayName: practitioner ? `${practitioner.name} ${practitioner.surname}` : plan.displayName,
      email: `${plan.login}@${STAFF_EMAIL_DOMAIN}`,
      phone: staffPhone(index + 1),
      password: DEMO_STAFF_PASSWORD,
      totpSecret: DEMO_TOTP_SECRET,
      // The call centre serves the clinic's whole region; the system admin and support belong to no clinic.
      organization:
        plan.role === 'system_admin' || plan.role === 'call_centre' || plan.role === 'support'
          ? null
          : { id: clinic.id, name: clinic.name },
      regionCode: plan.role === 'call_centre' ? clinic.regionCode : null,
      patientId: null,
      practitionerId: practitioner?.id ?? null,
      snils: null,
      roleGrantId: staffRandom.uuid(),
      consentId: null,
    };
  });
  const patientRandom = random.fork('patients');
  const patients = accountHolders.slice(0, DEMO_PATIENT_ACCOUNTS).map(
    (patient): DemoAccountSeed => ({
      id: patientRandom.uuid(),
      role: 'patient',
      displayName: `${patient.name} ${patient.surname}`,
      email: patient.email,
      phone: patient.phone,
      password: DEMO_PATIENT_PASSWORD,
      totpSecret: null,
      organization: null,
      regionCode: null,
      patientId: patient.id,
      practitionerId: null,
      snils: patient.snils,
      roleGrantId: patientRandom.uuid(),
      consentId: patientRandom.uuid(),
    }),
  );
  const parent = child ? pickParent(accountHolders.slice(1, DEMO_PATIENT_ACCOUNTS), child) : undefined;
  const representative = parent && patients.find((a) => a.patientId === parent.id);
  return {
    staff,
    patients,
    representative:
      representative && child
        ? {
            accountId: representative.id,
            patientId: parent.id,
            linkId: random.fork('representative').uuid(),
            ward: {
              patientId: child.id,
              displayName: `${child.name} ${child.surname}`,
              birthDate: child.birthDate,
            },
          }
        : null,
  };
}

/** Марков, Маркова → Марков; Белый, Белая → Бел: enough to match a family name across the sexes. */
const surnameStem = (surname: string) => surname.replace(/(ая|ий|ый|а)$/, '');

/**
 * The child's parent among the account holders (never the first demo patient, who stays a plain patient):
 * one with the child's family name, 18 to 45 years older, or else the second account holder.
 */
function pickParent(candidates: readonly PatientSeed[], child: PatientSeed): PatientSeed | undefined {
  const childYear = Number(child.birthDate.slice(0, 4));
  const isParentLike = (p: PatientSeed) => {
    const gap = childYear - Number(p.birthDate.slice(0, 4));
    return gap >= 18 && gap <= 45 && surnameStem(p.surname) === surnameStem(child.surname);
  };
  return candidates.find(isParentLike) ?? candidates[0];
}

/**
 * The demo accounts of a set, regenerated without a database (a few milliseconds for the demo set): what
 * `seedDatabase` stores for the same size and seed. Defaults to the set a demo start loads.
 */
export function listDemoAccounts(set: { size: SeedSize; seed: number } = DEMO_SET): DemoAccounts {
  const profile = SEED_PROFILES[set.size];
  const directory = generateDirectory(profile, set.seed);
  const picker = createAccountHolderPicker();
  for (const patient of generatePatients(profile, directory.clinics, set.seed)) {
    picker.offer(patient);
    if (picker.isFull) break;
  }
  return planDemoAccounts(directory, picker.picked, picker.child, set.seed);
}
