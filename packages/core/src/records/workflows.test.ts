import { MEDICATION_REQUEST_STATUSES } from '@talon/vocabulary/records';
import { describe, expect, it } from 'vitest';
import {
  canAddConditionRole,
  canAmendEncounter,
  canEditInPlace,
  canFinishEncounter,
} from './encounter-workflow';
import {
  canMovePrescription,
  isPrescriptionClosed,
  prescriptionStatusesBefore,
} from './prescription-workflow';

describe('the prescription workflow', () => {
  it('goes draft → signed → sent → dispensed', () => {
    expect(canMovePrescription('draft', 'signed')).toBe(true);
    expect(canMovePrescription('signed', 'sent')).toBe(true);
    expect(canMovePrescription('sent', 'dispensed')).toBe(true);
  });

  it('cancels from draft, signed or sent; expires only once signed', () => {
    for (const from of ['draft', 'signed', 'sent'] as const)
      expect(canMovePrescription(from, 'cancelled')).toBe(true);
    expect(canMovePrescription('draft', 'expired')).toBe(false);
    expect(prescriptionStatusesBefore('expired')).toEqual(['signed', 'sent']);
  });

  it('refuses the illegal moves: skipping steps, going back, leaving a closed status', () => {
    expect(canMovePrescription('draft', 'sent')).toBe(false);
    expect(canMovePrescription('draft', 'dispensed')).toBe(false);
    expect(canMovePrescription('sent', 'signed')).toBe(false);
    for (const closed of ['dispensed', 'cancelled', 'expired'] as const) {
      expect(isPrescriptionClosed(closed)).toBe(true);
      for (const to of MEDICATION_REQUEST_STATUSES) expect(canMovePrescription(closed, to)).toBe(false);
    }
    expect(prescriptionStatusesBefore('draft')).toEqual([]);
  });
});

describe('the visit record workflow (rule 26)', () => {
  it('edits and finishes only in progress, amends only finished records', () => {
    expect(canEditInPlace('in-progress')).toBe(true);
    expect(canEditInPlace('finished')).toBe(false);
    expect(canFinishEncounter('finished')).toBe(false);
    expect(canAmendEncounter('finished')).toBe(true);
    expect(canAmendEncounter('in-progress')).toBe(false);
  });

  it('keeps one primary diagnosis per visit', () => {
    expect(canAddConditionRole(['secondary'], 'primary')).toBe(true);
    expect(canAddConditionRole(['primary'], 'primary')).toBe(false);
    expect(canAddConditionRole(['primary'], 'secondary')).toBe(true);
  });
});
