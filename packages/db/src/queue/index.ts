export {
  createQueue,
  QUEUE_POLLING_SECONDS,
  type Queue,
  type QueueJob,
  type QueueOptions,
  type QueueSendOptions,
} from './create-queue';
