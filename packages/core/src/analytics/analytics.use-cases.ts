import { exportLoad, getLoad } from './get-load';
import { getWaits } from './get-waits';

/** Clinic analytics for admins, over `AnalyticsDeps`. */
export const analyticsUseCases = { waits: getWaits, load: getLoad, exportLoad };
