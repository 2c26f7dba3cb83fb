-- A finished visit record is never edited in place (docs/domain.md rule 26): its sections change only by an
-- amendment, which first keeps the current version in encounter_versions and then writes the new sections
-- with version + 1. The application does it that way (EncountersRepository.amend); this trigger makes the
-- database refuse anything else, whoever writes: reopening a finished record, changing its sections
-- without the earlier version kept, moving it to another patient, or bumping the version alone.
create function encounters_keep_finished() returns trigger language plpgsql as $$
declare
  sections_changed boolean := (
    new.complaints_encrypted, new.anamnesis_encrypted, new.examination_encrypted,
    new.conclusion_encrypted, new.recommendations_encrypted, new.follow_up_encrypted
  ) is distinct from (
    old.complaints_encrypted, old.anamnesis_encrypted, old.examination_encrypted,
    old.conclusion_encrypted, old.recommendations_encrypted, old.follow_up_encrypted
  );
begin
  if old.status <> 'finished' then
    return new;
  end if;
  if new.status = 'in-progress' then
    raise exception 'encounter %: a finished record is not reopened (rule 26)', old.id
      using errcode = 'check_violation';
  end if;
  if new.patient_id <> old.patient_id then
    raise exception 'encounter %: a finished record keeps its patient', old.id using errcode = 'check_violation';
  end if;
  if sections_changed then
    if new.version <> old.version + 1 or not exists (
      select 1 from encounter_versions v where v.encounter_id = old.id and v.version = old.version
    ) then
      raise exception 'encounter %: a finished record is amended with a new version, the earlier one kept (rule 26)', old.id
        using errcode = 'check_violation';
    end if;
  elsif new.version <> old.version then
    raise exception 'encounter %: the version moves only with an amendment', old.id using errcode = 'check_violation';
  end if;
  return new;
end
$$;
--> statement-breakpoint
create trigger encounters_keep_finished before update on encounters
  for each row execute function encounters_keep_finished();
--> statement-breakpoint
-- The versions kept are history: never changed (they go only with their encounter, by its cascade).
create function encounter_versions_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'encounter_versions is append-only (rule 26)' using errcode = 'check_violation';
end
$$;
--> statement-breakpoint
create trigger encounter_versions_append_only before update on encounter_versions
  for each row execute function encounter_versions_append_only();
