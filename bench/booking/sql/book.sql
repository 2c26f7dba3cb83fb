-- The booking transaction of one POST /api/v1/appointments (self-booking, no referral, no hold), statement for
-- statement as packages/db/src/repositories/booking/booking.repository.ts and the audit and outbox
-- repositories issue it (captured with log_statement = all). What the application computes between the
-- statements — the human code, the ticket number, the clinic-local day, the encrypted message payloads — is
-- precomputed or stood in for by values of the same shape (the code: 8 random symbols of the code alphabet). Each transaction takes the next prepared
-- (slot, patient) pair of bench_pgbench_bookings, so every one books a distinct free slot, as the HTTP run does.
-- The audit entry comes last, as in the API (it only takes a number from a sequence: the worker chains it
-- afterwards, so it holds no lock). The outbox rows go in one multi-row insert, as `enqueueAll` writes them:
-- SMS, email, in-app and push. A bench account has no email of its own, but most of the adults it is given
-- (about 62 % of the seed's) have one on their patient card, which the API falls back to; the others get
-- three rows. The payload stands in for a booking's ciphertext (about 600 characters). The API's recipient
-- read also joins the account's preferences, which the phone look-up here does not.
select b.n, b.slot_id, b.patient_id, b.account_id, b.organization_id, b.local_day, b.specialty_code
  from bench_pgbench_bookings b where b.n = (select nextval('bench_pgbench_bookings_seq')) \gset
begin;
set local lock_timeout = '2000ms';
select id from patients where id = :patient_id for update;
select p.id, p.attached_organization_id, p.privileged_category,
            coalesce((select json_agg(a.starts_at) from appointments a where a.patient_id = p.id
              and a.status = 'noshow' and a.starts_at > now() - interval '365 days'), '[]'::json)
              as no_shows,
            (select count(*)::int from appointments a where a.patient_id = p.id
              and a.specialty_code = :specialty_code and a.status in ('booked', 'confirmed')
              and a.starts_at > now()
              ) as active
          from patients p where p.id = :patient_id;
update slots set status = 'booked', held_by_patient_id = null, held_until = null,
            updated_at = now()
          where id = :slot_id and status = 'free'
            and (held_by_patient_id is null or held_until <= now()
              or held_by_patient_id in (:patient_id::uuid))
          returning id;
insert into ticket_counters (organization_id, day, last) values (:organization_id, :local_day::date, 1)
          on conflict (organization_id, day) do update set last = ticket_counters.last + 1
          returning last;
insert into appointments (id, slot_id, patient_id, organization_id, practitioner_id, specialty_code,
            starts_at, status, code, ticket_number, channel, booked_by_account_id, booked_by_kind, visit_type,
            reason_encrypted, referral_id, override_reason_encrypted, created_at, updated_at)
          select gen_random_uuid(), s.id, :patient_id, s.organization_id, s.practitioner_id, s.specialty_code, s.starts_at,
            'booked', regexp_replace(translate(upper(substr(md5(random()::text), 1, 8)), '01', 'XY'), '^(.{4})', '\1-'), 'PGB-' || :n, 'internet', :account_id, 'patient',
            s.visit_type, null, null, null,
            now(), now()
          from slots s where s.id = :slot_id
          on conflict do nothing
          returning id as appointment_id \gset
select a.id, a.patient_id, a.status, a.code, a.ticket_number, a.channel, a.visit_type,
    a.specialty_code, sp.name as specialty_name, s.id as slot_id, s.starts_at, s.ends_at, o.time_zone,
    o.id as organization_id, o.name as organization_name, o.address, l.room,
    pr.id as practitioner_id, concat_ws(' ', pr.surname, pr.name, pr.patronymic) as practitioner_name,
    a.reason_encrypted, a.cancellation_reason_encrypted, a.rescheduled_to_id, a.created_at
  from appointments a
  join slots s on s.id = a.slot_id
  join organizations o on o.id = a.organization_id
  join practitioners pr on pr.id = a.practitioner_id
  join specialties sp on sp.code = a.specialty_code
  left join locations l on l.id = s.location_id where a.id = :appointment_id;
select coalesce(
            (select phone from patients where id = :patient_id),
            (select phone from accounts where patient_id = :patient_id),
            (select phone from accounts where id = :account_id)
          ) as phone;
insert into "notification_outbox" ("id", "event", "channel", "recipient", "account_id", "template", "payload_encrypted", "dedupe_key", "status", "attempts", "not_before", "last_error", "provider_message_id", "created_at", "updated_at", "sent_at")
  values (gen_random_uuid(), 'booking.confirmed', 'sms', '+79990000000', :account_id, 'booking_confirmed', repeat('x', 600), 'booking.confirmed|' || :appointment_id || '|sms|+79990000000', default, default, default, default, default, default, default, default),
    (gen_random_uuid(), 'booking.confirmed', 'email', 'pgbench@example.ru', :account_id, 'booking_confirmed', repeat('x', 600), 'booking.confirmed|' || :appointment_id || '|email|pgbench@example.ru', default, default, default, default, default, default, default, default),
    (gen_random_uuid(), 'booking.confirmed', 'in_app', :account_id, :account_id, 'booking_confirmed', repeat('x', 600), 'booking.confirmed|' || :appointment_id || '|in_app|' || :account_id, default, default, default, default, default, default, default, default),
    (gen_random_uuid(), 'booking.confirmed', 'push', :account_id, :account_id, 'booking_confirmed', repeat('x', 600), 'booking.confirmed|' || :appointment_id || '|push|' || :account_id, default, default, default, default, default, default, default, default)
  on conflict ("dedupe_key") do nothing returning "id";
insert into "audit_events" ("seq", "occurred_at", "actor_account_id", "actor_role", "on_behalf_of_patient_id", "subject_patient_id", "action", "record_type", "record_id", "outcome", "reason", "ip", "user_agent", "details", "prev_hash", "hash")
  values (default, now(), :account_id, 'patient', null, :patient_id, 'appointment.book', 'appointment', :appointment_id, 'success', null, '127.0.0.1', 'pgbench', '{"code": "PGBENCH1", "basis": "self", "channel": "internet"}', default, default);
commit;
