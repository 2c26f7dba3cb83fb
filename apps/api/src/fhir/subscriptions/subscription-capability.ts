/**
 * The CapabilityStatement's entry of `Subscription` (`capability-statement.ts` adds it): create, read, delete
 * and search of the client's own rest-hook subscriptions.
 */
export const SUBSCRIPTION_CAPABILITIES = [
  {
    type: 'Subscription',
    documentation:
      'rest-hook на изменения Appointment: критерий Appointment?actor=…|patient=…|status=…; уведомление — POST без тела или, с channel.payload = application/fhir+json, с ресурсом Appointment (нужна область system/Appointment.r); подпись в заголовке X-Talon-Signature. Только свои подписки клиента.',
    interaction: [{ code: 'create' }, { code: 'read' }, { code: 'delete' }, { code: 'search-type' }],
    searchParam: [
      { name: '_count', type: 'number', documentation: 'Подписок на странице (до 100)' },
      { name: '_offset', type: 'number', documentation: 'С какой подписки начать страницу' },
    ],
  },
] as const;
