import { acceptStaffInvitation } from './accept-staff-invitation';
import { getClinic, listClinics } from './clinic-overview';
import { inviteStaff } from './invite-staff';
import { listStaff } from './list-staff';
import { blockStaff, setStaffRoles, setSupportOperator, unblockStaff } from './manage-staff';

/** Staff accounts of the admin cabinet (issue 13 item 3), over `StaffAccountsDeps`. */
export const staffAccountsUseCases = {
  listStaff,
  inviteStaff,
  acceptInvitation: acceptStaffInvitation,
  setRoles: setStaffRoles,
  setSupportOperator,
  block: blockStaff,
  unblock: unblockStaff,
  listClinics,
  getClinic,
};
