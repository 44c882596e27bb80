import type { OutreachType } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OutreachRow {
  id: string;
  contactId: string;
  type: OutreachType;
  occurredOn: string;
  applicationId: string | null;
  note: string | null;
  createdAt: Date;
}

const OUTREACH_COLUMNS = `o.id, o.contact_id AS "contactId", o.type, to_char(o.occurred_on, 'YYYY-MM-DD') AS "occurredOn",
  o.application_id AS "applicationId", o.note, o.created_at AS "createdAt"`;

@Injectable()
export class OutreachRepository {
  constructor(private readonly db: DataSource) {}

  async contactExists(userId: string, contactId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM contacts WHERE id = $1 AND user_id = $2`, [contactId, userId]);
    return rows.length > 0;
  }

  async applicationExists(userId: string, applicationId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM applications WHERE id = $1 AND user_id = $2`, [applicationId, userId]);
    return rows.length > 0;
  }

  list(userId: string, contactId: string): Promise<OutreachRow[]> {
    return this.db.query(
      `SELECT ${OUTREACH_COLUMNS} FROM outreach o WHERE o.user_id = $1 AND o.contact_id = $2 ORDER BY o.occurred_on DESC, o.created_at DESC, o.id`,
      [userId, contactId],
    );
  }

  /** Inserts only when the contact (and the application, if any) are the user's; null otherwise. */
  async insert(userId: string, contactId: string, values: { type: OutreachType; occurredOn: string; applicationId: string | null; note: string | null }): Promise<OutreachRow | null> {
    const rows: OutreachRow[] = await this.db.query(
      `WITH o AS (
         INSERT INTO outreach (user_id, contact_id, type, occurred_on, application_id, note)
         SELECT $1, k.id, $3, $4, $5, $6 FROM contacts k
          WHERE k.id = $2 AND k.user_id = $1
            AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM applications a WHERE a.id = $5 AND a.user_id = $1))
         RETURNING *)
       SELECT ${OUTREACH_COLUMNS} FROM o`,
      [userId, contactId, values.type, values.occurredOn, values.applicationId, values.note],
    );
    return rows[0] ?? null;
  }

  async delete(userId: string, contactId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH deleted AS (DELETE FROM outreach WHERE id = $1 AND contact_id = $2 AND user_id = $3 RETURNING id) SELECT id FROM deleted`,
      [id, contactId, userId],
    );
    return rows.length > 0;
  }
}
