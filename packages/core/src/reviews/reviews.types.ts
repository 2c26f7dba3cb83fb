/** A patient's review of a fulfilled visit (docs/domain.md §2 Review), as its author sees it. */
export interface Review {
  id: string;
  appointmentId: string;
  rating: number;
  comment: string | null;
  createdAt: Date;
}

/** A review to store; practitioner and clinic are copied from the appointment for the public list. */
export interface NewReview {
  appointmentId: string;
  patientId: string;
  practitionerId: string;
  organizationId: string;
  rating: number;
  comment: string | null;
  at: Date;
}

/** A review in a practitioner's public list: anonymous, with the specialty of the visit. */
export interface PractitionerReview {
  id: string;
  rating: number;
  comment: string | null;
  createdAt: Date;
  specialty: { code: string; name: string };
}
