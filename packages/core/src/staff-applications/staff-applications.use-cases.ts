import { decideStaffApplication, listClinicStaffApplications } from './decide-staff-application';
import { issueStaffCertificate, listOwnStaffCertificates, staffCertificateFile } from './staff-certificates';
import {
  getOwnStaffApplication,
  listOwnStaffApplications,
  submitStaffApplication,
} from './submit-staff-application';

/** Staff applications and certificates (issue 12 item 9). */
export const staffApplicationsUseCases = {
  submit: submitStaffApplication,
  listOwn: listOwnStaffApplications,
  getOwn: getOwnStaffApplication,
  listForClinics: listClinicStaffApplications,
  decide: decideStaffApplication,
  issueCertificate: issueStaffCertificate,
  listCertificates: listOwnStaffCertificates,
  certificateFile: staffCertificateFile,
};
