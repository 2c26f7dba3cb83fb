// Referrals (направления): a practitioner refers their own patient to a specialty; booking uses them.
export { authorizeReferral } from './authorize-referral';
export { type IssueReferralInput, issueReferral } from './issue-referral';
export { type ListReferralsInput, listReferrals } from './list-referrals';
export { enqueueReferralMessages, referralPayload, russianDate } from './referral-messages';
export {
  DEFAULT_REFERRAL_DAYS,
  isReferralUsableNow,
  MAX_REFERRAL_DAYS,
  referralDiagnosis,
  referralValidUntil,
} from './referral-rules';
export { ReferralErrorCode } from './referrals.errors';
export type * from './referrals.types';
export { referralsUseCases } from './referrals.use-cases';
