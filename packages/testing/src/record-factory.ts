import { createHash, randomInt, randomUUID } from 'node:crypto';
import {
  createFieldCipher,
  createFileStore,
  createRecordsRepos,
  createStoredFilesRepository,
  type Database,
  type FieldCipherKeys,
  schema,
} from '@talon/db';
import { eq } from 'drizzle-orm';

/**
 * A small but well-formed one-page PDF (no fonts, no text): enough for a document's file. `mark` goes into a
 * comment, so each document gets bytes (and a SHA-256) of its own.
 */
export const tinyPdf = (mark: string): Buffer =>
  Buffer.from(
    `%PDF-1.4\n%${mark}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );

export interface BuiltRecord {
  encounterId: string;
  conditionId: string;
  reportId: string;
  /** The two results: haemoglobin within range, glucose above it. */
  observationIds: { normal: string; high: string };
  documentId: string;
  /** The discharge summary's PDF as stored. */
  pdf: Buffer;
  prescriptionId: string;
  immunizationId: string;
  /** Null when asked for none (`withCoverage: false`: a patient has one active policy at most). */
  coverageId: string | null;
}

/**
 * A small medical record for a patient, written through the record's own repositories: a finished visit
 * with its primary diagnosis (J06.9), a blood panel (haemoglobin 135 g/L in range, glucose 7.2 mmol/L high),
 * a discharge summary with a PDF, a signed prescription, a vaccination and an active OMS policy.
 */
export async function buildMedicalRecord(
  db: Database,
  keys: FieldCipherKeys,
  options: {
    patientId: string;
    practitionerId: string;
    organizationId: string;
    at?: Date;
    withCoverage?: boolean;
  },
): Promise<BuiltRecord> {
  const at = options.at ?? new Date('2026-10-01T09:00:00Z');
  const repos = createRecordsRepos(db, createFieldCipher(keys));
  const [role] = await db
    .select({ id: schema.practitionerRoles.id })
    .from(schema.practitionerRoles)
    .where(eq(schema.practitionerRoles.practitionerId, options.practitionerId));
  const encounterId = await repos.encounters.create({
    id: randomUUID(),
    patientId: options.patientId,
    appointmentId: null,
    practitionerId: options.practitionerId,
    practitionerRoleId: role?.id ?? null,
    organizationId: options.organizationId,
    class: 'AMB',
    periodStart: at,
    sections: {
      complaints: 'Кашель, температура 37,8 °C третий день',
      anamnesis: null,
      examination: 'Зев гиперемирован',
      conclusion: 'ОРВИ',
      recommendations: 'Обильное питьё',
      followUp: null,
    },
    createdByAccountId: null,
    at,
  });
  await repos.encounters.finish(encounterId, new Date(at.getTime() + 20 * 60_000), at);
  const conditionId = await repos.conditions.add({
    id: randomUUID(),
    patientId: options.patientId,
    encounterId,
    code: 'J06.9',
    name: 'Острая инфекция верхних дыхательных путей неуточненная',
    role: 'primary',
    clinicalStatus: 'active',
    verificationStatus: 'confirmed',
    onsetDate: at.toISOString().slice(0, 10),
    abatementDate: null,
    recordedByPractitionerId: options.practitionerId,
    at,
  });
  const normal = randomUUID();
  const high = randomUUID();
  const { id: reportId } = await repos.labResults.insertReport({
    id: randomUUID(),
    patientId: options.patientId,
    encounterId,
    organizationId: options.organizationId,
    performerName: 'КДЛ поликлиники',
    performerOrganizationId: null,
    orderedByPractitionerId: options.practitionerId,
    orderNumber: 'Z-0001',
    identifier: null,
    code: 'cbc',
    name: 'Общий анализ крови',
    status: 'final',
    effectiveAt: at,
    issuedAt: at,
    conclusion: null,
    documentId: null,
    basedOnOrderId: null,
    enteredByAccountId: null,
    at,
    observations: [
      {
        id: normal,
        code: '718-7',
        codeSystem: 'http://loinc.org',
        name: 'Гемоглобин',
        valueKind: 'quantity',
        value: '135',
        unit: 'g/L',
        unitDisplay: 'г/л',
        refLow: 120,
        refHigh: 140,
        refText: null,
        interpretation: 'N',
        effectiveAt: at,
      },
      {
        id: high,
        code: '14749-6',
        codeSystem: 'http://loinc.org',
        name: 'Глюкоза',
        valueKind: 'quantity',
        value: '7.2',
        unit: 'mmol/L',
        unitDisplay: 'ммоль/л',
        refLow: 3.9,
        refHigh: 6.1,
        refText: null,
        interpretation: 'H',
        effectiveAt: at,
      },
    ],
  });
  const fileId = randomUUID();
  const documentId = randomUUID();
  const pdf = tinyPdf(documentId);
  const placed = await createFileStore(keys, null).write(fileId, pdf);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await createStoredFilesRepository(db).insert({
    id: fileId,
    ownerAccountId: null,
    contentType: 'application/pdf',
    size: pdf.length,
    sha256,
    storage: 'db',
    storageKey: placed.storageKey,
    content: placed.content,
    attachedTo: { type: 'document', id: documentId },
    at,
  });
  await repos.documents.create({
    id: documentId,
    patientId: options.patientId,
    encounterId,
    type: 'discharge-summary',
    title: 'Выписной эпикриз',
    documentDate: at.toISOString().slice(0, 10),
    authorPractitionerId: options.practitionerId,
    authorName: null,
    organizationId: options.organizationId,
    fileId,
    sha256,
    at,
  });
  const prescriptionId = await repos.prescriptions.create({
    id: randomUUID(),
    number: `T-${randomUUID().slice(0, 8)}`,
    patientId: options.patientId,
    encounterId,
    practitionerId: options.practitionerId,
    organizationId: options.organizationId,
    medicineId: 'amlodipine',
    medicineName: 'Амлодипин',
    form: 'таблетки',
    strength: '5 мг',
    dosageText: 'По 1 таблетке утром',
    quantity: 30,
    validUntil: '2027-12-31',
    status: 'draft',
    at,
  });
  await repos.prescriptions.transition({ id: prescriptionId, from: ['draft'], to: 'signed', at });
  const immunizationId = await repos.immunizations.create({
    id: randomUUID(),
    patientId: options.patientId,
    encounterId: null,
    vaccineCode: 'influenza',
    vaccineName: 'Вакцина для профилактики гриппа',
    occurrenceDate: '2026-09-15',
    doseNumber: 1,
    lotNumber: 'FLU-2026-17',
    organizationId: options.organizationId,
    performerName: null,
    at,
  });
  const coverageId =
    options.withCoverage === false
      ? null
      : await repos.coverages.create({
          id: randomUUID(),
          patientId: options.patientId,
          number: `77${String(randomInt(1e7)).padStart(7, '0')}${String(randomInt(1e7)).padStart(7, '0')}`,
          insurerName: 'АО «СОГАЗ-Мед»',
          insurerCode: '77008',
          status: 'active',
          periodStart: '2024-01-01',
          periodEnd: null,
          at,
        });
  return {
    encounterId,
    conditionId,
    reportId,
    observationIds: { normal, high },
    documentId,
    pdf,
    prescriptionId,
    immunizationId,
    coverageId,
  };
}
