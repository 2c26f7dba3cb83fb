// The job worker: outgoing messages, reminders, the waitlist sweep, slot generation, housekeeping.
export type { Delivery, MessageChannel } from './channels/channel';
export { PermanentDeliveryError } from './channels/channel';
export { postPush } from './channels/push-request';
export { deliverDueNotifications, type RestHookDeps } from './jobs/fhir-subscriptions.deliver.job';
export { createReminderRecheck, sweepRemindersJob } from './jobs/reminders.sweep.job';
export { createJsonLogger, type WorkerLogger } from './logger';
export { type OutboxKicker, startWorker, type Worker, type WorkerOptions } from './start-worker';
