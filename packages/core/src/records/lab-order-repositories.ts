import type { LabOrderItemKind, LabOrderPriority, LabOrderStatus } from '@talon/vocabulary/records';
import type { LabOrderView, ResultToReview } from './records.types';

// Laboratory orders and the results to review (issue 12): the ports of records.ports.ts, kept apart by size.

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

/** A page of «Результаты к просмотру»: stored results waiting for their ordering practitioner's look. */
export interface ReviewPage {
  limit: number;
  offset: number;
}

export interface ResultsReviewRepository {
  /**
   * One page of the practitioner's ordered reports not reviewed yet, by `REVIEW_SEVERITY` (critical first),
   * then the oldest issued first; `total` counts every page.
   */
  toReview(practitionerId: string, page: ReviewPage): Promise<{ items: ResultToReview[]; total: number }>;
  /** Marks a report reviewed once; false when it was reviewed before. */
  markReviewed(reportId: string, accountId: string, at: Date): Promise<boolean>;
}

/** A panel of the laboratory reference: its name and analytes. */
export interface LabPanelInfo {
  code: string;
  name: string;
  analytes: readonly string[];
}
