type ResourceEntry = Record<string, unknown> & { type: string };

/** What the inbound routes add to the CapabilityStatement: `create` of each type posted to Talon. */
const INBOUND_CREATES: readonly { type: string; documentation: string }[] = [
  {
    type: 'DiagnosticReport',
    documentation:
      'Только в транзакции с его Observation (POST /fhir/R4): отчёт лаборатории, system/DiagnosticReport.c',
  },
  { type: 'Observation', documentation: 'Только в транзакции с DiagnosticReport, system/Observation.c' },
  {
    type: 'MedicationDispense',
    documentation:
      'Отпуск аптекой по рецепту (authorizingPrescription): рецепт — «отпущен», system/MedicationDispense.c',
  },
];

/** What a regional MIS pushes (docs/fhir.md «Schedules from a regional MIS»): update and conditional update. */
const MIS_UPDATES: readonly { type: string; documentation: string }[] = [
  {
    type: 'Slot',
    documentation:
      'МИС: PUT /Slot/<id> и PUT /Slot?identifier=<system>|<value> (создание или изменение слота её расписания; слот с записью в Талоне не меняется — 409), system/Slot.cu',
  },
  {
    type: 'Schedule',
    documentation:
      'МИС: PUT /Schedule/<id> и PUT /Schedule?identifier=<system>|<value> (расписание должности врача её клиники, active), system/Schedule.cu',
  },
];

/**
 * The REST part of the CapabilityStatement with the inbound interactions merged in: `create` added to a type
 * the read handlers already list (a type is described once per mode), a new entry otherwise, and the
 * system-level `transaction` of the laboratory Bundle.
 */
export function withInboundCapabilities(resources: ResourceEntry[]): {
  resource: ResourceEntry[];
  interaction: { code: string; documentation: string }[];
} {
  const merged = [...resources];
  for (const create of INBOUND_CREATES) {
    const interaction = { code: 'create', documentation: create.documentation };
    const index = merged.findIndex((r) => r.type === create.type);
    const listed = merged[index];
    if (listed) {
      merged[index] = { ...listed, interaction: [...((listed.interaction as unknown[]) ?? []), interaction] };
    } else merged.push({ type: create.type, interaction: [interaction] });
  }
  for (const update of MIS_UPDATES) {
    const index = merged.findIndex((r) => r.type === update.type);
    const listed = merged[index];
    if (!listed) continue;
    merged[index] = {
      ...listed,
      interaction: [
        ...((listed.interaction as unknown[]) ?? []),
        { code: 'update', documentation: update.documentation },
      ],
      updateCreate: false,
      conditionalUpdate: true,
    };
  }
  return {
    resource: merged,
    interaction: [
      {
        code: 'transaction',
        documentation: 'Bundle типа transaction от лаборатории: DiagnosticReport с его Observation',
      },
    ],
  };
}
