import { isDataChangeOverdue, mayConfirm } from './data-change-workflow';
import type { DataChangeRequest, DataChangeRequestView } from './data-changes.types';

/** A request with what the pages need to know at `now`: past its deadline, waiting for its code. */
export const viewOf = (request: DataChangeRequest, now: Date): DataChangeRequestView => ({
  ...request,
  isOverdue: isDataChangeOverdue(request, now),
  needsConfirmation: mayConfirm(request),
});
