import type { ProblemDifficulty, RoundKind } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { userTodaySql } from '../../common/user-time.sql.js';

export interface PrepProblemRow {
  id: string;
  solvedOn: string;
  count: number;
  title: string | null;
  url: string | null;
  difficulty: ProblemDifficulty | null;
  /** A Date from a row, a string from json. */
  createdAt: Date | string;
}

export interface PrepTopicRow {
  topic: string;
  coveredOn: string;
  notes: string | null;
}

export interface UpcomingInterviewRow {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  timeZone: string;
  roundKind: RoundKind | null;
  location: string | null;
  applicationId: string | null;
  companyName: string | null;
  roleTitle: string | null;
}

export interface PrepOverviewRow {
  target: number;
  today: string;
  solvedTotal: number;
  perWeek: Array<{ weekStart: string; solved: number }>;
  recent: PrepProblemRow[];
  topics: PrepTopicRow[];
  upcomingInterviews: UpcomingInterviewRow[];
}

/** The user's today, in their time zone (UTC without a settings row); $1 is the user. */
const TODAY = userTodaySql('$1');

const PROBLEM_JSON = `json_build_object('id', p.id, 'solvedOn', to_char(p.solved_on, 'YYYY-MM-DD'), 'count', p.count, 'title', p.title,
  'url', p.url, 'difficulty', p.difficulty, 'createdAt', p.created_at)`;

const PROBLEM_COLUMNS = `id, to_char(solved_on, 'YYYY-MM-DD') AS "solvedOn", count, title, url, difficulty, created_at AS "createdAt"`;

@Injectable()
export class PrepRepository {
  constructor(private readonly db: DataSource) {}

  /** Everything the prep page shows, in one statement. */
  async overview(userId: string): Promise<PrepOverviewRow> {
    const rows: PrepOverviewRow[] = await this.db.query(
      `WITH d AS (SELECT ${TODAY} AS today),
       w AS (SELECT d.today - (extract(isodow FROM d.today)::int - 1) - 7 * i AS week_start FROM d, generate_series(0, 11) AS i)
       SELECT
         COALESCE((SELECT s.prep_target FROM user_settings s WHERE s.user_id = $1), 50) AS target,
         to_char(d.today, 'YYYY-MM-DD') AS today,
         (SELECT COALESCE(sum(p.count), 0)::int FROM prep_problems p WHERE p.user_id = $1) AS "solvedTotal",
         (SELECT json_agg(json_build_object('weekStart', to_char(w.week_start, 'YYYY-MM-DD'), 'solved',
                   (SELECT COALESCE(sum(p.count), 0)::int FROM prep_problems p
                     WHERE p.user_id = $1 AND p.solved_on >= w.week_start AND p.solved_on < w.week_start + 7)) ORDER BY w.week_start)
            FROM w) AS "perWeek",
         (SELECT COALESCE(json_agg(${PROBLEM_JSON} ORDER BY p.solved_on DESC, p.created_at DESC, p.id), '[]'::json)
            FROM (SELECT * FROM prep_problems WHERE user_id = $1 ORDER BY solved_on DESC, created_at DESC, id LIMIT 20) p) AS recent,
         (SELECT COALESCE(json_agg(json_build_object('topic', t.topic, 'coveredOn', to_char(t.covered_on, 'YYYY-MM-DD'), 'notes', t.notes)), '[]'::json)
            FROM prep_topics t WHERE t.user_id = $1) AS topics,
         (SELECT COALESCE(json_agg(json_build_object('id', e.id, 'title', e.title, 'startsAt', e.starts_at, 'endsAt', e.ends_at, 'timeZone', e.time_zone,
                   'roundKind', e.round_kind, 'location', e.location, 'applicationId', e.application_id,
                   'companyName', a.company_name, 'roleTitle', a.role_title) ORDER BY e.starts_at, e.id), '[]'::json)
            FROM events e LEFT JOIN applications a ON a.id = e.application_id AND a.user_id = $1
           WHERE e.user_id = $1 AND e.type = 'interview' AND e.outcome <> 'cancelled'
             AND e.starts_at >= now() AND e.starts_at < now() + interval '14 days') AS "upcomingInterviews"
       FROM d`,
      [userId],
    );
    return rows[0];
  }

  /** Inserts unless the day is after the user's today; null when it is. */
  async insertProblem(userId: string, values: { solvedOn: string | null; count: number; title: string | null; url: string | null; difficulty: ProblemDifficulty | null }): Promise<PrepProblemRow | null> {
    const rows: PrepProblemRow[] = await this.db.query(
      `WITH d AS (SELECT ${TODAY} AS today)
       INSERT INTO prep_problems (user_id, solved_on, count, title, url, difficulty)
       SELECT $1, COALESCE($2::date, d.today), $3, $4, $5, $6 FROM d WHERE COALESCE($2::date, d.today) <= d.today
       RETURNING ${PROBLEM_COLUMNS}`,
      [userId, values.solvedOn, values.count, values.title, values.url, values.difficulty],
    );
    return rows[0] ?? null;
  }

  async deleteProblem(userId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH deleted AS (DELETE FROM prep_problems WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, userId],
    );
    return rows.length > 0;
  }

  /**
   * Marks a topic covered (on `coveredOn`, else today for a new one and the stored day for a
   * covered one); `notes` undefined keeps the stored notes. Null when the day is after today.
   */
  async upsertTopic(userId: string, topic: string, coveredOn: string | null, notes: string | null | undefined): Promise<PrepTopicRow | null> {
    const rows: PrepTopicRow[] = await this.db.query(
      `WITH d AS (SELECT ${TODAY} AS today)
       INSERT INTO prep_topics AS t (user_id, topic, covered_on, notes)
       SELECT $1, $2, COALESCE($3::date, d.today), $4 FROM d WHERE COALESCE($3::date, d.today) <= d.today
       ON CONFLICT (user_id, topic) DO UPDATE
         SET covered_on = COALESCE($3::date, t.covered_on),
             notes = CASE WHEN $5 THEN EXCLUDED.notes ELSE t.notes END
       RETURNING topic, to_char(covered_on, 'YYYY-MM-DD') AS "coveredOn", notes`,
      [userId, topic, coveredOn, notes ?? null, notes !== undefined],
    );
    return rows[0] ?? null;
  }

  async deleteTopic(userId: string, topic: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH deleted AS (DELETE FROM prep_topics WHERE user_id = $1 AND topic = $2 RETURNING topic) SELECT topic FROM deleted`,
      [userId, topic],
    );
    return rows.length > 0;
  }

  /** Creates the settings row when the user has none. */
  async setTarget(userId: string, target: number): Promise<number> {
    const rows: Array<{ target: number }> = await this.db.query(
      `INSERT INTO user_settings (user_id, prep_target) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET prep_target = EXCLUDED.prep_target, version = user_settings.version + 1, updated_at = now()
       RETURNING prep_target AS target`,
      [userId, target],
    );
    return rows[0].target;
  }
}
