import { companyDisplayName, normalizeCompanyName } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface CompanyRow {
  id: string;
  name: string;
  normalizedName: string;
  applicationCount: number;
  contactCount: number;
  createdAt: Date;
}

@Injectable()
export class CompaniesRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('READ COMMITTED', work);
  }

  /** The id of the user's company for `name`, created with this display name if new; null for a blank name. */
  async upsert(tx: EntityManager, userId: string, name: string): Promise<string | null> {
    const ids = await this.upsertMany(tx, userId, [name]);
    return ids.get(normalizeCompanyName(name)) ?? null;
  }

  /**
   * Companies for many names in two statements, whatever their number: insert the new ones
   * (the first name given for a key becomes its display name), then read every id.
   * Answers normalized name → id.
   */
  async upsertMany(tx: EntityManager, userId: string, names: string[]): Promise<Map<string, string>> {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = normalizeCompanyName(name);
      if (key && !byKey.has(key)) byKey.set(key, companyDisplayName(name));
    }
    if (byKey.size === 0) return new Map();
    const rows = JSON.stringify([...byKey].map(([normalized_name, name]) => ({ name, normalized_name })));
    await tx.query(
      `INSERT INTO companies (user_id, name, normalized_name)
       SELECT $1, r.name, r.normalized_name FROM json_to_recordset($2::json) AS r(name text, normalized_name text)
       ON CONFLICT (user_id, normalized_name) DO NOTHING`,
      [userId, rows],
    );
    const found: Array<{ id: string; normalizedName: string }> = await tx.query(
      `SELECT id, normalized_name AS "normalizedName" FROM companies WHERE user_id = $1 AND normalized_name = ANY($2::text[])`,
      [userId, [...byKey.keys()]],
    );
    return new Map(found.map((r) => [r.normalizedName, r.id]));
  }

  /** Every company of the user with how many applications and contacts point at it: one query. */
  list(userId: string): Promise<CompanyRow[]> {
    return this.db.query(
      `SELECT c.id, c.name, c.normalized_name AS "normalizedName", c.created_at AS "createdAt",
              (SELECT count(*)::int FROM applications a WHERE a.user_id = c.user_id AND a.company_id = c.id) AS "applicationCount",
              (SELECT count(*)::int FROM contacts k WHERE k.user_id = c.user_id AND k.company_id = c.id) AS "contactCount"
         FROM companies c
        WHERE c.user_id = $1
        ORDER BY lower(c.name), c.id`,
      [userId],
    );
  }

  /** Locks the user's companies among `ids`; answers the ids found. */
  async lock(tx: EntityManager, userId: string, ids: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM companies WHERE user_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [userId, ids],
    );
    return rows.map((r) => r.id);
  }

  /** Points everything at `intoId` and deletes `sourceId`. Call inside a transaction holding both locks. */
  async merge(tx: EntityManager, userId: string, sourceId: string, intoId: string): Promise<void> {
    await tx.query(`UPDATE applications SET company_id = $3 WHERE user_id = $1 AND company_id = $2`, [userId, sourceId, intoId]);
    await tx.query(`UPDATE contacts SET company_id = $3 WHERE user_id = $1 AND company_id = $2`, [userId, sourceId, intoId]);
    await tx.query(`DELETE FROM companies WHERE user_id = $1 AND id = $2`, [userId, sourceId]);
  }

  async findOne(userId: string, id: string, tx?: EntityManager): Promise<CompanyRow | null> {
    const rows: CompanyRow[] = await (tx ?? this.db).query(
      `SELECT c.id, c.name, c.normalized_name AS "normalizedName", c.created_at AS "createdAt",
              (SELECT count(*)::int FROM applications a WHERE a.user_id = c.user_id AND a.company_id = c.id) AS "applicationCount",
              (SELECT count(*)::int FROM contacts k WHERE k.user_id = c.user_id AND k.company_id = c.id) AS "contactCount"
         FROM companies c WHERE c.user_id = $1 AND c.id = $2`,
      [userId, id],
    );
    return rows[0] ?? null;
  }
}
