import type { LabOrderItemKind, LabOrderPriority, LabOrderStatus } from '@talon/vocabulary/records';
import type { LabOrderView, ResultToReview } from './lab-orders.types';

export interface NewLabOrder {
  id: string;
  number: string;
  patientId: string;
  encounterId: string | null;
  organizationId: string;
  requesterPractitionerId: string;
  priority: LabOrderPriority;
  note: string | null;
  items: readonly { code: string; kind: LabOrderItemKind; name: string }[];
  createdByAccountId: string;
  at: Date;
}

/** Laboratory orders (ServiceRequest) and their items; the note sealed. */
export interface LabOrdersRepository {
  create(order: NewLabOrder): Promise<void>;
  find(id: string): Promise<LabOrderView | null>;
  /** Orders of the clinics, oldest first (urgent before routine); `status` one status. */
  listForClinics(filter: {
    organizationIds: readonly string[];
    status: LabOrderStatus | null;
    limit: number;
  }): Promise<LabOrderView[]>;
  /** One patient's orders, newest first; `encounterId` those of one visit. */
  listForPatient(filter: { patientId: string; encounterId?: string; limit: number }): Promise<LabOrderView[]>;
  /** active → completed (its report names it in `based_on_order_id`); false when it was not active (any more). */
  complete(id: string, at: Date): Promise<boolean>;
  /** active → revoked; false when it was not active (any more). */
  revoke(id: string, byAccountId: string, at: Date): Promise<boolean>;
}

/** Stored results waiting for their ordering practitioner's look (issue 12 item 1). */
export interface ResultsReviewRepository {
  /** The practitioner's ordered reports not reviewed yet (any order; the rule sorts them). */
  toReview(practitionerId: string, limit: number): Promise<ResultToReview[]>;
  /** Marks a report reviewed once; false when it was reviewed before. */
  markReviewed(reportId: string, accountId: string, at: Date): Promise<boolean>;
}

/** A panel of the laboratory reference: its name and analytes. */
export interface LabPanelInfo {
  code: string;
  name: string;
  analytes: readonly string[];
}
