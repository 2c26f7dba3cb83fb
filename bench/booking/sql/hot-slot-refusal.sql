-- For context (not a target): what the database does for one refused hot-slot request, statement for
-- statement (captured with log_statement = all) — the session look-up in its transaction, the
-- Idempotency-Key claim, the slot read, the active appointment, the alternatives, the stored answer.
-- :token_hash, :account_id and :hot_slot_id come with -D; the appointment id of the key is random.
begin;
select "id", "token_hash", "account_id", "transport", "csrf_token", "mfa_pending", "method", "idle_timeout_seconds", "created_at", "last_seen_at", "expires_at", "ended_at", "end_reason", "ip", "user_agent" from "sessions" where "sessions"."token_hash" = :token_hash;
select "id", "created_at", "updated_at", "display_name", "patient_id", "practitioner_id", "phone", "email", "snils_hash", "password_hash", "password_changed_at", "status", "totp_secret_encrypted", "totp_enabled_at", "totp_last_step", "sms_mfa_enabled", "failed_login_count", "locked_until" from "accounts" where "accounts"."id" = :account_id;
select "id", "account_id", "role", "organization_id", "created_at" from "account_roles" where "account_roles"."account_id" in (:account_id);
commit;
insert into "idempotency_keys" ("account_id", "key", "fingerprint", "state", "response_status", "response_encrypted", "created_at", "expires_at") values (:account_id, gen_random_uuid()::text, 'fingerprint', 'in_flight', default, default, now(), now() + interval '1 day') on conflict ("account_id","key") do update set "fingerprint" = 'fingerprint', "state" = 'in_flight', "response_status" = null, "response_encrypted" = null, "created_at" = now(), "expires_at" = now() + interval '1 day' where "idempotency_keys"."expires_at" <= now() returning "key" \gset
select s.id, s.status, s.held_by_patient_id, s.held_until, s.starts_at, s.ends_at, s.channels,
            s.is_priority, s.priority_released_at, s.specialty_code, s.region_code, s.organization_id, s.practitioner_id,
            s.visit_type, o.short_name, o.time_zone, o.booking_horizon_days, o.min_notice_minutes,
            o.cancellation_window_hours, sp.self_booking, sp.referral_required, sp.attachment_required
          from slots s
          join organizations o on o.id = s.organization_id
          join specialties sp on sp.code = s.specialty_code
          where s.id = :hot_slot_id \gset
select id, patient_id from appointments
          where slot_id = :hot_slot_id and status in ('booked', 'confirmed', 'arrived');
select s.id, s.starts_at, s.ends_at, o.time_zone, o.id as organization_id,
            o.name as organization_name, pr.id as practitioner_id, concat_ws(' ', pr.surname, pr.name, pr.patronymic) as practitioner_name, l.room
          from (
            (select s.id, s.starts_at, s.ends_at, 0 as rank from slots s
              where s.organization_id = :organization_id and s.specialty_code = :specialty_code
                and s.status = 'free' and s.id <> :hot_slot_id
                and s.starts_at > now() + interval '2 hours'
                and 'internet' = any(s.channels) and not s.is_priority
                and (s.held_until is null or s.held_until <= now())
              order by abs(extract(epoch from s.starts_at - :starts_at::timestamptz))
              limit 5)
            union all
            (select s.id, s.starts_at, s.ends_at, 1 as rank from slots s
              where s.practitioner_id = :practitioner_id and s.organization_id <> :organization_id
                and s.status = 'free' and s.starts_at > now() + interval '2 hours'
                and 'internet' = any(s.channels) and not s.is_priority
                and (s.held_until is null or s.held_until <= now())
              order by abs(extract(epoch from s.starts_at - :starts_at::timestamptz))
              limit 5)
          ) c
          join slots s on s.id = c.id
          join organizations o on o.id = s.organization_id
          join practitioners pr on pr.id = s.practitioner_id
          left join locations l on l.id = s.location_id
          order by c.rank, abs(extract(epoch from c.starts_at - :starts_at::timestamptz))
          limit 5;
update "idempotency_keys" set "state" = 'done', "response_status" = 409, "response_encrypted" = 'k1.a.c3RvcmVkIGFuc3dlciwgZW5jcnlwdGVkIGJ5IHRoZSBhcHBsaWNhdGlvbg==' where ("idempotency_keys"."account_id" = :account_id and "idempotency_keys"."key" = :key and "idempotency_keys"."state" = 'in_flight');
