-- One anonymous GET /api/v1/slots?region=54&specialty=<one of 8>, statement for statement as the API issues
-- it (captured with log_statement = all from packages/db/src/repositories/slot-search.repository.ts): the
-- region and specialty checks, then the page and the count (the API runs these two side by side on two pool
-- connections; here they run one after the other). Every "now" parameter is now(); `to` is the default
-- horizon, now + 32 days. The specialty list must stay the one of bench/booking/scenarios/search.ts.
\set k random(1, 8)
select 1 from regions where code = '54';
select 1 from specialties where code = (array['therapist', 'gp', 'surgeon', 'ophthalmologist', 'otolaryngologist', 'urologist', 'obstetrician-gynecologist', 'dentist-therapist'])[:k];
select s.id, s.practitioner_role_id, s.starts_at, s.ends_at, s.visit_type, s.is_priority,
            o.time_zone, l.room, o.id as organization_id, o.name as organization_name,
            p.id as practitioner_id, p.surname, p.name, p.patronymic,
            sp.code as specialty_code, sp.name as specialty_name
          from slots s
          join organizations o on o.id = s.organization_id and o.is_active
          join practitioners p on p.id = s.practitioner_id and p.is_active
          join specialties sp on sp.code = s.specialty_code
          left join locations l on l.id = s.location_id
          where s.status = 'free' and s.starts_at >= now() and s.starts_at < now() + interval '32 days' and s.channels @> array['internet']::text[] and (s.held_until is null or s.held_until <= now()) and s.starts_at >= now() + o.min_notice_minutes * interval '1 minute' and s.starts_at < (date_trunc('day', now() at time zone o.time_zone)
      + (o.booking_horizon_days + 1) * interval '1 day') at time zone o.time_zone and s.region_code = '54' and s.specialty_code = (array['therapist', 'gp', 'surgeon', 'ophthalmologist', 'otolaryngologist', 'urologist', 'obstetrician-gynecologist', 'dentist-therapist'])[:k] and (not s.is_priority or coalesce(s.priority_released_at <= now(), false))
          order by s.starts_at, s.id
          limit 20 offset 0;
select count(*)::int as total from (
            select 1 from slots s
            join organizations o on o.id = s.organization_id and o.is_active
            join practitioners p on p.id = s.practitioner_id and p.is_active
            where s.status = 'free' and s.starts_at >= now() and s.starts_at < now() + interval '32 days' and s.channels @> array['internet']::text[] and (s.held_until is null or s.held_until <= now()) and s.starts_at >= now() + o.min_notice_minutes * interval '1 minute' and s.starts_at < (date_trunc('day', now() at time zone o.time_zone)
      + (o.booking_horizon_days + 1) * interval '1 day') at time zone o.time_zone and s.region_code = '54' and s.specialty_code = (array['therapist', 'gp', 'surgeon', 'ophthalmologist', 'otolaryngologist', 'urologist', 'obstetrician-gynecologist', 'dentist-therapist'])[:k] and (not s.is_priority or coalesce(s.priority_released_at <= now(), false))
            limit 1001) counted;
