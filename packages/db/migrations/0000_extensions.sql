-- Trigram indexes make "contains" searches over clinic and doctor names use an index (pg_trgm is a trusted
-- extension since PostgreSQL 13, so the database owner may create it; PGlite ships it as a contrib module).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
