import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What the settings page shows; a user without a row gets the column defaults. */
export interface SettingsRow {
  timeZone: string;
  digestEnabled: boolean;
  digestHour: number;
  calendarToken: string | null;
  version: number;
}

export interface SettingsChanges {
  timeZone?: string;
  digestEnabled?: boolean;
  digestHour?: number;
}

const COLUMNS = `time_zone AS "timeZone", digest_enabled AS "digestEnabled", digest_hour AS "digestHour",
  calendar_token AS "calendarToken", version`;

@Injectable()
export class SettingsRepository {
  constructor(private readonly db: DataSource) {}

  /** The user's settings; the defaults are read from a row that is only inserted if missing. */
  async find(userId: string): Promise<SettingsRow> {
    const rows: SettingsRow[] = await this.db.query(`SELECT ${COLUMNS} FROM user_settings WHERE user_id = $1`, [userId]);
    if (rows[0]) return rows[0];
    await this.ensureRow(userId);
    return (await this.db.query(`SELECT ${COLUMNS} FROM user_settings WHERE user_id = $1`, [userId]))[0];
  }

  /** Applies the changes only while the row still has `version`: the new row, or null when it is stale. */
  async updateIfVersion(userId: string, version: number, changes: SettingsChanges): Promise<SettingsRow | null> {
    await this.ensureRow(userId);
    const sets = ['version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [userId, version];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (changes.timeZone !== undefined) set('time_zone', changes.timeZone);
    if (changes.digestEnabled !== undefined) set('digest_enabled', changes.digestEnabled);
    if (changes.digestHour !== undefined) set('digest_hour', changes.digestHour);
    const rows: SettingsRow[] = await this.db.query(
      `WITH updated AS (UPDATE user_settings SET ${sets.join(', ')} WHERE user_id = $1 AND version = $2 RETURNING *)
       SELECT ${COLUMNS} FROM updated`,
      params,
    );
    return rows[0] ?? null;
  }

  /**
   * Replaces the calendar token (the old feed URL stops working at once). It is not a form
   * field, so it does not bump `version`: a settings form open elsewhere stays valid.
   */
  async replaceCalendarToken(userId: string, token: string): Promise<void> {
    await this.db.query(
      `INSERT INTO user_settings (user_id, calendar_token) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET calendar_token = EXCLUDED.calendar_token, updated_at = now()`,
      [userId, token],
    );
  }

  private async ensureRow(userId: string): Promise<void> {
    await this.db.query(`INSERT INTO user_settings (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [userId]);
  }
}
