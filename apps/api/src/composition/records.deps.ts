import { randomUUID } from 'node:crypto';
import type { AccessDeps } from '@talon/core/access';
import type { ClinicalReference, MedicineInfo, RecordsDeps } from '@talon/core/records';
import { createRecordsStore } from '@talon/db';
import {
  findAnalyte,
  findLabPanel,
  LAB_ANALYTES,
  LAB_PANELS,
  MEDICINES,
  type Medicine,
  visitTemplatesOf,
} from '@talon/db/clinical-reference';
import { renderPrescriptionPdf } from '../documents/prescription.pdf';
import { demoPharmacy } from './demo-pharmacy';
import type { Infrastructure } from './infrastructure';
import { signingDeps } from './signing.deps';

const medicineInfo = (medicine: Medicine): MedicineInfo => ({
  id: medicine.id,
  name: medicine.inn,
  latinName: medicine.innLatin,
  forms: medicine.forms,
});
const MEDICINE_INFOS = MEDICINES.map(medicineInfo);
const medicineById = new Map(MEDICINE_INFOS.map((medicine) => [medicine.id, medicine]));

/** The shipped clinical reference as the record's rules consult it (analytes' ranges, medicines, templates). */
const clinicalReference: ClinicalReference = {
  analyte: findAnalyte,
  labPanel: findLabPanel,
  labPanels: () => LAB_PANELS,
  analytes: () => LAB_ANALYTES,
  medicine: (id) => medicineById.get(id),
  medicines: () => MEDICINE_INFOS,
  visitTemplates: visitTemplatesOf,
};

export const recordsDeps = (infra: Infrastructure, access: AccessDeps): RecordsDeps => ({
  store: createRecordsStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  access,
  clock: infra.clock,
  reference: clinicalReference,
  files: infra.files,
  newId: randomUUID,
  signing: signingDeps(infra),
  prescriptionRenderer: { render: renderPrescriptionPdf },
  pharmacy: demoPharmacy,
  publicUrl: infra.config.reminders.publicUrl,
  lookupHashes: (normalised) => infra.cipher.lookupHashes(normalised),
});
