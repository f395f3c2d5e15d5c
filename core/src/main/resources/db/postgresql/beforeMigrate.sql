-- The Werkplaats server runs the laptops' own migrations (db/migration), unchanged. They use two of H2's names
-- that PostgreSQL lacks; this gives PostgreSQL those names before every migrate, so one set of files builds both
-- schemas and they cannot drift apart (ServerSchemaTest compares them). Safe to run again.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS text;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION random_uuid() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()';
