import { joinWaitlist } from './join-waitlist';
import { leaveWaitlist } from './leave-waitlist';
import { listWaitlist } from './list-waitlist';
import { sweepWaitlist } from './sweep-waitlist';

/** The waitlist: join, list, leave, and the minute's sweep (the worker's; tests run it too); over `WaitlistDeps`. */
export const waitlistUseCases = {
  join: joinWaitlist,
  list: listWaitlist,
  leave: leaveWaitlist,
  sweep: sweepWaitlist,
};
