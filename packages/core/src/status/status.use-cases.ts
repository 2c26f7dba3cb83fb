import { getPublicStatus } from './get-public-status';
import { openIncident, postIncidentUpdate } from './manage-incidents';

/** The public status page and its incidents, over `StatusDeps`. */
export const statusUseCases = { publicStatus: getPublicStatus, openIncident, postIncidentUpdate };
