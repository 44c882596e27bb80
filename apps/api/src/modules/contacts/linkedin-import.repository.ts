import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ExistingContact {
  linkedinUrl: string;
  name: string;
  title: string | null;
  email: string | null;
  connectedOn: string | null;
  companyKey: string | null;
}

export interface ContactUpsert {
  name: string;
  linkedin_url: string;
  email: string | null;
  title: string | null;
  company_id: string | null;
  connected_on: string | null;
  kind: string;
}

/** The set-based statements of a LinkedIn import: a fixed number of them, whatever the row count. */
@Injectable()
export class LinkedInImportRepository {
  /** Serialises imports per user, so two uploads cannot interleave their plans. */
  async lockUser(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`linkedin-import:${userId}`]);
  }

  existing(tx: EntityManager, userId: string, urls: string[]): Promise<ExistingContact[]> {
    return tx.query(
      `SELECT k.linkedin_url AS "linkedinUrl", k.name, k.title, k.email, to_char(k.connected_on, 'YYYY-MM-DD') AS "connectedOn",
              co.normalized_name AS "companyKey"
         FROM contacts k LEFT JOIN companies co ON co.id = k.company_id
        WHERE k.user_id = $1 AND k.linkedin_url = ANY($2::text[])`,
      [userId, urls],
    );
  }

  /**
   * Inserts new contacts and refreshes the LinkedIn fields of existing ones. Blank values in the
   * file never clear what is stored (LinkedIn hides emails); kind, tags and notes are the user's.
   */
  async upsert(tx: EntityManager, userId: string, rows: ContactUpsert[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO contacts (user_id, name, linkedin_url, email, title, company_id, connected_on, kind)
       SELECT $1, r.name, r.linkedin_url, r.email, r.title, r.company_id, r.connected_on, r.kind
         FROM json_to_recordset($2::json) AS r(name text, linkedin_url text, email text, title text, company_id uuid, connected_on date, kind text)
       ON CONFLICT (user_id, linkedin_url) DO UPDATE SET
         name = EXCLUDED.name,
         email = COALESCE(EXCLUDED.email, contacts.email),
         title = COALESCE(EXCLUDED.title, contacts.title),
         company_id = COALESCE(EXCLUDED.company_id, contacts.company_id),
         connected_on = COALESCE(EXCLUDED.connected_on, contacts.connected_on),
         version = contacts.version + 1,
         updated_at = now()`,
      [userId, JSON.stringify(rows)],
    );
  }
}
