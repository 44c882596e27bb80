import type { ApplicationContactRole } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ContactRow } from './contact.mapper.js';
import { CONTACT_COLUMNS } from './contacts.repository.js';

/** Contacts seen from an application: the referral finder and the application's people. */
@Injectable()
export class ApplicationPeopleRepository {
  constructor(private readonly db: DataSource) {}

  /** The application's company, or undefined when the application is not the user's. */
  async applicationCompany(userId: string, applicationId: string): Promise<string | null | undefined> {
    const rows: Array<{ companyId: string | null }> = await this.db.query(
      `SELECT company_id AS "companyId" FROM applications WHERE id = $1 AND user_id = $2`,
      [applicationId, userId],
    );
    return rows.length ? rows[0].companyId : undefined;
  }

  atCompany(userId: string, companyId: string): Promise<ContactRow[]> {
    return this.db.query(
      `SELECT ${CONTACT_COLUMNS} FROM contacts k LEFT JOIN companies co ON co.id = k.company_id
        WHERE k.user_id = $1 AND k.company_id = $2`,
      [userId, companyId],
    );
  }

  /** Links when both are the user's; answers false otherwise. Linking twice is a no-op. */
  async link(userId: string, applicationId: string, contactId: string, role: ApplicationContactRole): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH pair AS (
         SELECT a.id AS application_id, k.id AS contact_id FROM applications a, contacts k
          WHERE a.id = $2 AND a.user_id = $1 AND k.id = $3 AND k.user_id = $1),
       inserted AS (
         INSERT INTO application_contacts (application_id, contact_id, role, user_id)
         SELECT application_id, contact_id, $4, $1 FROM pair ON CONFLICT DO NOTHING)
       SELECT 1 FROM pair`,
      [userId, applicationId, contactId, role],
    );
    return rows.length > 0;
  }

  async unlink(userId: string, applicationId: string, contactId: string, role: ApplicationContactRole | undefined): Promise<number> {
    const rows: unknown[] = await this.db.query(
      `WITH deleted AS (
         DELETE FROM application_contacts
          WHERE user_id = $1 AND application_id = $2 AND contact_id = $3 AND ($4::varchar IS NULL OR role = $4)
         RETURNING 1)
       SELECT 1 FROM deleted`,
      [userId, applicationId, contactId, role ?? null],
    );
    return rows.length;
  }

  linked(userId: string, applicationId: string): Promise<Array<ContactRow & { role: ApplicationContactRole; linkedAt: Date }>> {
    return this.db.query(
      `SELECT ${CONTACT_COLUMNS}, ac.role, ac.created_at AS "linkedAt"
         FROM application_contacts ac
         JOIN contacts k ON k.id = ac.contact_id AND k.user_id = ac.user_id
         LEFT JOIN companies co ON co.id = k.company_id
        WHERE ac.user_id = $1 AND ac.application_id = $2
        ORDER BY ac.created_at, k.name, ac.role`,
      [userId, applicationId],
    );
  }
}
