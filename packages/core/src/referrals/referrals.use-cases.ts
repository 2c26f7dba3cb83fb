import { issueReferral } from './issue-referral';
import { listReferrals } from './list-referrals';

/** Referrals (направления): a practitioner issues one to their own patient; patients and the registry list them. */
export const referralsUseCases = { issue: issueReferral, list: listReferrals };
