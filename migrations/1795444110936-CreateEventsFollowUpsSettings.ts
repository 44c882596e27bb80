import type { MigrationInterface, QueryRunner } from 'typeorm';

const EVENT_TYPES = `'interview','call','message','career_fair','networking_event','other'`;
const ROUND_KINDS = `'recruiter_screen','coding','system_design','ml_design','behavioral','hiring_manager','onsite'`;
const OUTCOMES = `'pending','passed','failed','cancelled'`;
const FOLLOW_UP_KINDS = `'follow_up_recruiter','thank_you','check_referral','reply','prepare_interview','offer_decision','custom'`;
const FOLLOW_UP_STATUSES = `'open','done','snoozed','cancelled'`;

export class CreateEventsFollowUpsSettings1795444110936 implements MigrationInterface {
  name = 'CreateEventsFollowUpsSettings1795444110936';

  async up(q: QueryRunner): Promise<void> {
    // One row per user, created on first read; absent means every default.
    await q.query(`
      CREATE TABLE user_settings (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        time_zone varchar(64) NOT NULL DEFAULT 'UTC',
        digest_enabled boolean NOT NULL DEFAULT false,
        digest_hour smallint NOT NULL DEFAULT 8 CHECK (digest_hour BETWEEN 0 AND 23),
        ghost_after_days smallint NOT NULL DEFAULT 30 CHECK (ghost_after_days BETWEEN 7 AND 365),
        cadence jsonb NOT NULL DEFAULT '{}',
        calendar_token varchar(64),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX user_settings_calendar_token_key ON user_settings (calendar_token)`);

    // The offer rule reminds the user before this date.
    await q.query(`ALTER TABLE applications ADD COLUMN offer_deadline date`);

    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        application_id uuid REFERENCES applications (id) ON DELETE SET NULL,
        type varchar(32) NOT NULL CHECK (type IN (${EVENT_TYPES})),
        round_kind varchar(32) CHECK (round_kind IN (${ROUND_KINDS})),
        title varchar(200) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        time_zone varchar(64) NOT NULL,
        location varchar(500),
        url varchar(2048),
        notes text,
        outcome varchar(16) NOT NULL DEFAULT 'pending' CHECK (outcome IN (${OUTCOMES})),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_round_kind_interview_check CHECK (round_kind IS NULL OR type = 'interview'),
        CONSTRAINT events_ends_after_starts_check CHECK (ends_at IS NULL OR ends_at >= starts_at)
      )`);
    // Range listing (agenda, calendar feed, Today) and an application's interviews.
    await q.query(`CREATE INDEX events_user_starts_idx ON events (user_id, starts_at, id)`);
    await q.query(`CREATE INDEX events_user_application_idx ON events (user_id, application_id)`);

    await q.query(`
      CREATE TABLE event_contacts (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, contact_id)
      )`);
    await q.query(`CREATE INDEX event_contacts_user_event_idx ON event_contacts (user_id, event_id)`);
    await q.query(`CREATE INDEX event_contacts_user_contact_idx ON event_contacts (user_id, contact_id)`);

    await q.query(`
      CREATE TABLE follow_ups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL CHECK (kind IN (${FOLLOW_UP_KINDS})),
        title varchar(200) NOT NULL,
        notes text,
        due_on date NOT NULL,
        due_time time,
        first_due_on date NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'open' CHECK (status IN (${FOLLOW_UP_STATUSES})),
        application_id uuid REFERENCES applications (id) ON DELETE CASCADE,
        contact_id uuid REFERENCES contacts (id) ON DELETE CASCADE,
        referral_id uuid REFERENCES referrals (id) ON DELETE CASCADE,
        event_id uuid REFERENCES events (id) ON DELETE CASCADE,
        rule varchar(48),
        rule_key varchar(200),
        completed_at timestamptz,
        cancelled_reason varchar(32),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT follow_ups_rule_key_check CHECK ((rule IS NULL) = (rule_key IS NULL))
      )`);
    // A cadence rule fires at most once per subject and step, however many schedulers run.
    await q.query(`CREATE UNIQUE INDEX follow_ups_user_rule_key ON follow_ups (user_id, rule_key)`);
    await q.query(`CREATE INDEX follow_ups_user_status_due_idx ON follow_ups (user_id, status, due_on, id)`);
    await q.query(`CREATE INDEX follow_ups_user_application_idx ON follow_ups (user_id, application_id)`);
    await q.query(`CREATE INDEX follow_ups_user_contact_idx ON follow_ups (user_id, contact_id)`);
    await q.query(`CREATE INDEX follow_ups_user_referral_idx ON follow_ups (user_id, referral_id)`);
    await q.query(`CREATE INDEX follow_ups_user_event_idx ON follow_ups (user_id, event_id)`);

    // The claim that makes the daily digest go out at most once per user and local day.
    await q.query(`
      CREATE TABLE digest_sends (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        local_date date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, local_date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE digest_sends`);
    await q.query(`DROP TABLE follow_ups`);
    await q.query(`DROP TABLE event_contacts`);
    await q.query(`DROP TABLE events`);
    await q.query(`ALTER TABLE applications DROP COLUMN offer_deadline`);
    await q.query(`DROP TABLE user_settings`);
  }
}
