import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Failed sign-ins, kept in Postgres so the throttle holds across instances and restarts. */
@Injectable()
export class LoginFailuresRepository {
  constructor(private readonly db: DataSource) {}

  async record(email: string, ip: string): Promise<void> {
    await this.db.query(`INSERT INTO login_failures (email, ip) VALUES ($1, $2)`, [email, ip]);
  }

  /** Failures in the window, for this email and for this address; one round trip. */
  async recent(email: string, ip: string, windowMinutes: number): Promise<{ byEmail: number; byIp: number; retryAfterSeconds: number }> {
    const rows: Array<{ by_email: number; by_ip: number; oldest: Date | null }> = await this.db.query(
      `SELECT
         (SELECT count(*)::int FROM login_failures WHERE email = $1 AND at > now() - make_interval(mins => $3)) AS by_email,
         (SELECT count(*)::int FROM login_failures WHERE ip = $2 AND at > now() - make_interval(mins => $3)) AS by_ip,
         (SELECT min(at) FROM login_failures
           WHERE (email = $1 OR ip = $2) AND at > now() - make_interval(mins => $3)) AS oldest`,
      [email, ip, windowMinutes],
    );
    const row = rows[0];
    const retryAfterSeconds = row.oldest
      ? Math.max(1, Math.ceil((row.oldest.getTime() + windowMinutes * 60_000 - Date.now()) / 1000))
      : 0;
    return { byEmail: row.by_email, byIp: row.by_ip, retryAfterSeconds };
  }

  async clear(email: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE email = $1`, [email]);
  }
}
