import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth.guard.js';

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: DataSource) {}

  /** Creates a session and returns its opaque token (only its hash is stored). */
  async create(userId: string, days: number): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const rows: Array<{ expires_at: Date }> = await this.db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING expires_at`,
      [userId, hashToken(token), days],
    );
    return { token, expiresAt: rows[0].expires_at };
  }

  async findUserByToken(token: string): Promise<{ user: AuthUser; tokenHash: Buffer } | null> {
    const tokenHash = hashToken(token);
    const rows: Array<{ id: string; email: string; name: string; created_at: Date }> = await this.db.query(
      `SELECT u.id, u.email, u.name, u.created_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { user: { id: row.id, email: row.email, name: row.name, createdAt: row.created_at }, tokenHash } : null;
  }

  async delete(tokenHash: Buffer): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
  }
}
