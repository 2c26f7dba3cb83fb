import { changeDataRequestStatus } from './change-data-request-status';
import { createDataRequest } from './create-data-request';
import { exportMyData } from './export-my-data';
import { getMyProfile } from './get-my-profile';
import { listDataRequests } from './list-data-requests';
import { listMyConsents } from './list-my-consents';
import { listMyDataRequests } from './list-my-data-requests';
import { revokeMyConsent } from './revoke-my-consent';

/** The person's own data, consents and data-subject requests, and the admins' list of them, over `PrivacyDeps`. */
export const privacyUseCases = {
  getMyProfile,
  listMyConsents,
  revokeMyConsent,
  exportMyData,
  createDataRequest,
  listMyDataRequests,
  listDataRequests,
  changeDataRequestStatus,
};
