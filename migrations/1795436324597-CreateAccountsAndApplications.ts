import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `'wishlist','applied','recruiter_screen','coding_interview','system_design','onsite','offer','accepted','rejected','withdrawn','ghosted'`;
const OPEN_STAGES = `'wishlist','applied','recruiter_screen','coding_interview','system_design','onsite','offer','accepted'`;
const CHANNELS = `'cold_apply','linkedin_recruiter','referral','career_fair','networking_event','recruiter_inbound','other'`;

export class CreateAccountsAndApplications1795436324597 implements MigrationInterface {
  name = 'CreateAccountsAndApplications1795436324597';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        name varchar(120) NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Emails are stored lower-cased, so a plain unique index makes them case-insensitive.
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash)`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE login_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email varchar(254) NOT NULL,
        ip varchar(64) NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failures_email_at_idx ON login_failures (email, at)`);
    await q.query(`CREATE INDEX login_failures_ip_at_idx ON login_failures (ip, at)`);

    await q.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        company_name varchar(200) NOT NULL,
        role_title varchar(200) NOT NULL,
        job_url varchar(2048),
        location varchar(200),
        work_mode varchar(16) CHECK (work_mode IN ('onsite','hybrid','remote')),
        salary_min integer CHECK (salary_min >= 0),
        salary_max integer CHECK (salary_max >= 0),
        salary_currency char(3),
        channel varchar(32) NOT NULL CHECK (channel IN (${CHANNELS})),
        stage varchar(32) NOT NULL CHECK (stage IN (${STAGES})),
        last_open_stage varchar(32) CHECK (last_open_stage IN (${OPEN_STAGES})),
        excitement smallint CHECK (excitement BETWEEN 1 AND 5),
        notes text,
        applied_on date,
        resume_version varchar(100),
        archived boolean NOT NULL DEFAULT false,
        position double precision NOT NULL,
        version integer NOT NULL DEFAULT 1,
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT applications_salary_range_check
          CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
      )`);
    // The board and the stage filter read a user's cards by column, in order.
    await q.query(`CREATE INDEX applications_user_board_idx ON applications (user_id, archived, stage, position)`);
    await q.query(`CREATE INDEX applications_user_updated_idx ON applications (user_id, updated_at DESC, id)`);

    await q.query(`
      CREATE TABLE application_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type varchar(32) NOT NULL CHECK (type IN ('created','stage_changed')),
        from_stage varchar(32) CHECK (from_stage IN (${STAGES})),
        to_stage varchar(32) NOT NULL CHECK (to_stage IN (${STAGES})),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX application_events_application_idx ON application_events (application_id, at, id)`);
    await q.query(`CREATE INDEX application_events_user_at_idx ON application_events (user_id, at)`);
    // Stats are computed from this history: it is append-only.
    await q.query(`
      CREATE FUNCTION application_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'application_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER application_events_no_update BEFORE UPDATE ON application_events
      FOR EACH ROW EXECUTE FUNCTION application_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE application_events`);
    await q.query(`DROP FUNCTION application_events_append_only()`);
    await q.query(`DROP TABLE applications`);
    await q.query(`DROP TABLE login_failures`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
  }
}
