import type { MigrationInterface, QueryRunner } from 'typeorm';

const METRICS = `'applications','recruiter_messages','referral_asks','events_attended','coding_problems'`;

export class CreateGoalsAndPrepLog1795444200000 implements MigrationInterface {
  name = 'CreateGoalsAndPrepLog1795444200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE weekly_goals (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        metric varchar(32) NOT NULL CHECK (metric IN (${METRICS})),
        target smallint NOT NULL CHECK (target BETWEEN 0 AND 1000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, metric)
      )`);

    // Total coding problems the user aims at: 50 by default, 150 for the most selective companies.
    await q.query(`ALTER TABLE user_settings ADD COLUMN prep_target smallint NOT NULL DEFAULT 50 CHECK (prep_target BETWEEN 1 AND 2000)`);

    // Coding problems solved: one row per log entry, which may count several problems.
    await q.query(`
      CREATE TABLE prep_problems (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        solved_on date NOT NULL,
        count smallint NOT NULL DEFAULT 1 CHECK (count BETWEEN 1 AND 100),
        title varchar(200),
        url varchar(2048),
        difficulty varchar(8) CHECK (difficulty IN ('easy','medium','hard')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX prep_problems_user_solved_idx ON prep_problems (user_id, solved_on)`);

    // System-design topics covered; the catalogue of topic keys lives in libs/domain.
    await q.query(`
      CREATE TABLE prep_topics (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        topic varchar(64) NOT NULL,
        covered_on date NOT NULL,
        notes text,
        PRIMARY KEY (user_id, topic)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE prep_topics`);
    await q.query(`DROP TABLE prep_problems`);
    await q.query(`ALTER TABLE user_settings DROP COLUMN prep_target`);
    await q.query(`DROP TABLE weekly_goals`);
  }
}
