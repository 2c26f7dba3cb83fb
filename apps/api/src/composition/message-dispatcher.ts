/** Where freshly written outbox rows are announced; the worker attaches itself once it has started. */
export interface MessageDispatcher {
  kick(outboxIds: string[]): void;
  attach(target: { kick(outboxIds: string[]): unknown }): void;
}

export function createMessageDispatcher(): MessageDispatcher {
  let target: { kick(outboxIds: string[]): unknown } | null = null;
  return {
    kick: (ids) => {
      // Delivery is also swept periodically, so a lost kick only delays a message.
      Promise.resolve(target?.kick(ids)).catch(() => {});
    },
    attach: (next) => {
      target = next;
    },
  };
}
