import type { PharmacyGateway } from '@talon/core/records';

/** The reference prefix of the prescriptions the demo pharmacy holds (its page lists them by it). */
export const DEMO_PHARMACY_PREFIX = 'demo-pharmacy:';

/**
 * The demo pharmacy system (issue 12, item 4): "sending" gives the prescription a reference of this pharmacy,
 * kept on the prescription; the demo page `/dev/pharmacy` lists the prescriptions sent to it and dispenses
 * them through `dispensePrescription`, as a real pharmacy's FHIR MedicationDispense will. An installation
 * connected to the regional pharmacy system (ЕГИСЗ / РЭМД) plugs its adapter of `PharmacyGateway` in here.
 */
export const demoPharmacy: PharmacyGateway = {
  send: async (prescription) => ({ reference: `${DEMO_PHARMACY_PREFIX}${prescription.number}` }),
};
