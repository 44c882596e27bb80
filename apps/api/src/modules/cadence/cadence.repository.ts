import type { CadenceOverrides } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CANCEL_STATEMENT, CREATE_STATEMENTS, GHOST_STATEMENT } from './cadence.sql.js';

export interface CadenceRunCounts {
  created: number;
  cancelled: number;
  ghosted: number;
}

export interface StoredCadenceSettings {
  cadence: unknown;
  ghostAfterDays: number;
}

@Injectable()
export class CadenceRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Every rule, then the cancellations, then ghosting, for one user or (userId null) everyone.
   * Each statement is set-based and safe to run concurrently with itself: creation is
   * INSERT … ON CONFLICT (user_id, rule_key) DO NOTHING, the updates are conditional. Ghosting
   * runs last so that a follow-up created in this run keeps its application from being ghosted.
   */
  async run(manager: EntityManager | null, userId: string | null, now: Date): Promise<CadenceRunCounts> {
    const db = manager ?? this.db;
    const params = [userId, now.toISOString()];
    const count = async (sql: string) => ((await db.query(sql, params)) as Array<{ n: number }>)[0].n;
    let created = 0;
    for (const [, sql] of CREATE_STATEMENTS) created += await count(sql);
    const cancelled = await count(CANCEL_STATEMENT);
    const ghosted = await count(GHOST_STATEMENT);
    return { created, cancelled, ghosted };
  }

  async settings(userId: string): Promise<StoredCadenceSettings> {
    const rows: StoredCadenceSettings[] = await this.db.query(
      `SELECT s.cadence, s.ghost_after_days AS "ghostAfterDays" FROM user_settings s WHERE s.user_id = $1`,
      [userId],
    );
    return rows[0] ?? { cadence: {}, ghostAfterDays: 30 };
  }

  /**
   * Reads the stored overrides under a row lock, lets `merge` compute the new ones and writes
   * them with ghostAfterDays (when given). Creates the settings row when the user has none.
   */
  async updateSettings(userId: string, merge: (stored: unknown) => CadenceOverrides, ghostAfterDays: number | undefined): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO user_settings (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [userId]);
      const [row]: Array<{ cadence: unknown }> = await tx.query(`SELECT cadence FROM user_settings WHERE user_id = $1 FOR UPDATE`, [userId]);
      await tx.query(
        `UPDATE user_settings
            SET cadence = $2::jsonb, ghost_after_days = COALESCE($3::smallint, ghost_after_days),
                version = version + 1, updated_at = now()
          WHERE user_id = $1`,
        [userId, JSON.stringify(merge(row.cadence)), ghostAfterDays ?? null],
      );
    });
  }
}
