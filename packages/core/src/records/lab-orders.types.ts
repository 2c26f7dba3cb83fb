import type {
  Interpretation,
  LabOrderItemKind,
  LabOrderPriority,
  LabOrderStatus,
} from '@talon/vocabulary/records';
import type { NamedRef } from './records.types';

/** An analyte the order asks for, with the unit the result form defaults to. */
export interface LabOrderAnalyte {
  code: string;
  name: string;
  unit: string | null;
  unitDisplay: string | null;
}

/** One line of an order: a panel of the reference (with its analytes) or one analyte. */
export interface LabOrderItemView {
  code: string;
  kind: LabOrderItemKind;
  name: string;
  analytes: LabOrderAnalyte[];
}

/** A laboratory order (FHIR ServiceRequest) with its items. */
export interface LabOrderView {
  id: string;
  /** The human order number (`YYYYMMDD-XXXXXXXX`), printed on the tube's label. */
  number: string;
  patient: { id: string; fullName: string; birthDate: string };
  encounterId: string | null;
  organization: NamedRef;
  requester: NamedRef;
  priority: LabOrderPriority;
  note: string | null;
  status: LabOrderStatus;
  items: LabOrderItemView[];
  createdAt: Date;
  completedAt: Date | null;
  revokedAt: Date | null;
  /** The DiagnosticReport that completed it (basedOn this order). */
  reportId: string | null;
}

/** A stored result the ordering practitioner has not reviewed yet. */
export interface ResultToReview {
  reportId: string;
  name: string;
  patient: { id: string; fullName: string };
  /** The order it answers, when it came from one. */
  orderId: string | null;
  effective: Date;
  issued: Date | null;
  /** The worst interpretation among its results: `HH`/`LL` critical, `H`/`L` out of range, `N`, or null. */
  worst: Interpretation | null;
  outOfRange: number;
}
