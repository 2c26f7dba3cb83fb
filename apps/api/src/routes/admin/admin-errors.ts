import { problemResponses, ZProblem } from '@talon/contracts';

/** The refusals every administrator's route may answer, besides its own. */
export const adminErrors = {
  400: problemResponses[400],
  401: ZProblem.describe('Not logged in'),
  403: ZProblem.describe('Not an administrator'),
};
