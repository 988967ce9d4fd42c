-- lead-cadence PostgreSQL schema (generated from the package's migrations; do not edit).
CREATE TABLE IF NOT EXISTS "lead_cadence_leads_migrations" (
  version integer PRIMARY KEY,
  description text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text,
  compatible_from integer
);

-- 1: leads (jsonb document, version, due_at) with a partial due index; leases
CREATE TABLE IF NOT EXISTS "lead_cadence_leads" (
  id text PRIMARY KEY,
  version bigint NOT NULL CHECK (version > 0),
  due_at bigint,
  record jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS "lead_cadence_leads_due" ON "lead_cadence_leads" (due_at, id) WHERE due_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS "lead_cadence_leads_leases" (
  id text PRIMARY KEY,
  owner text NOT NULL,
  until bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS "lead_cadence_leads_leases_until" ON "lead_cadence_leads_leases" (until);
INSERT INTO "lead_cadence_leads_migrations" (version, description, compatible_from) VALUES (1, 'leads (jsonb document, version, due_at) with a partial due index; leases', 1) ON CONFLICT (version) DO NOTHING;

-- 2: the highest version a removed lead had, so a lead created again never repeats a version
CREATE TABLE IF NOT EXISTS "lead_cadence_leads_removed" (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  version bigint NOT NULL
);
INSERT INTO "lead_cadence_leads_removed" (one, version) VALUES (true, 0) ON CONFLICT (one) DO NOTHING;
INSERT INTO "lead_cadence_leads_migrations" (version, description, compatible_from) VALUES (2, 'the highest version a removed lead had, so a lead created again never repeats a version', 1) ON CONFLICT (version) DO NOTHING;
