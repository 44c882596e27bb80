import { companyDisplayName, normalizeCompanyName } from '@offerpath/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'recruiter','hiring_manager','engineer','friend','alumni','other'`;
const OUTREACH_TYPES = `'connection_request_sent','connection_accepted','message_sent','replied','no_reply'`;
const REFERRAL_STATUSES = `'to_ask','asked','agreed','submitted','interviewing','declined','no_response'`;
const ROLES = `'recruiter','hiring_manager','referrer','interviewer'`;

export class CreateContactsCompaniesReferrals1795439829255 implements MigrationInterface {
  name = 'CreateContactsCompaniesReferrals1795439829255';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        normalized_name varchar(200) NOT NULL CHECK (normalized_name <> ''),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One record per real company per user: "Stripe, Inc." and "stripe" share the key.
    await q.query(`CREATE UNIQUE INDEX companies_user_normalized_key ON companies (user_id, normalized_name)`);

    await q.query(`ALTER TABLE applications ADD COLUMN company_id uuid`);
    await q.query(`ALTER TABLE applications ADD CONSTRAINT applications_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX applications_user_company_idx ON applications (user_id, company_id)`);

    // Backfill with the same TypeScript normalisation the API uses, set-based: the distinct
    // names go in with one statement, the links with another. The first-created application
    // gives the display name.
    const names: Array<{ user_id: string; company_name: string }> = await q.query(
      `SELECT DISTINCT ON (user_id, company_name) user_id, company_name FROM applications ORDER BY user_id, company_name, created_at`,
    );
    const rows = names
      .map((r) => ({ user_id: r.user_id, company_name: r.company_name, name: companyDisplayName(r.company_name), normalized_name: normalizeCompanyName(r.company_name) }))
      .filter((r) => r.normalized_name !== '');
    if (rows.length > 0) {
      await q.query(
        `INSERT INTO companies (user_id, name, normalized_name)
         SELECT DISTINCT ON (user_id, normalized_name) user_id, name, normalized_name
           FROM json_to_recordset($1::json) AS r(user_id uuid, name text, normalized_name text)
          ORDER BY user_id, normalized_name
         ON CONFLICT (user_id, normalized_name) DO NOTHING`,
        [JSON.stringify(rows)],
      );
      await q.query(
        `UPDATE applications a SET company_id = c.id
           FROM json_to_recordset($1::json) AS r(user_id uuid, company_name text, normalized_name text),
                companies c
          WHERE a.user_id = r.user_id AND a.company_name = r.company_name
            AND c.user_id = r.user_id AND c.normalized_name = r.normalized_name`,
        [JSON.stringify(rows)],
      );
    }

    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        company_id uuid REFERENCES companies (id) ON DELETE SET NULL,
        name varchar(200) NOT NULL,
        title varchar(200),
        linkedin_url varchar(2048),
        email varchar(254),
        phone varchar(50),
        kind varchar(32) NOT NULL DEFAULT 'other' CHECK (kind IN (${KINDS})),
        tags text[] NOT NULL DEFAULT '{}',
        notes text,
        how_met varchar(500),
        connected_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Re-imports match on the normalised profile URL (NULLs stay distinct: manual contacts).
    await q.query(`CREATE UNIQUE INDEX contacts_user_linkedin_url_key ON contacts (user_id, linkedin_url)`);
    await q.query(`CREATE INDEX contacts_user_name_idx ON contacts (user_id, name, id)`);
    await q.query(`CREATE INDEX contacts_user_company_idx ON contacts (user_id, company_id)`);

    await q.query(`
      CREATE TABLE outreach (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        application_id uuid REFERENCES applications (id) ON DELETE SET NULL,
        type varchar(32) NOT NULL CHECK (type IN (${OUTREACH_TYPES})),
        occurred_on date NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Serves both the contact's log and its lastContactedAt (max occurred_on).
    await q.query(`CREATE INDEX outreach_user_contact_idx ON outreach (user_id, contact_id, occurred_on)`);

    await q.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        status varchar(32) NOT NULL CHECK (status IN (${REFERRAL_STATUSES})),
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX referrals_user_application_contact_key ON referrals (user_id, application_id, contact_id)`);
    await q.query(`CREATE INDEX referrals_user_contact_idx ON referrals (user_id, contact_id)`);
    await q.query(`CREATE INDEX referrals_user_updated_idx ON referrals (user_id, updated_at, id)`);

    await q.query(`
      CREATE TABLE referral_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        from_status varchar(32) CHECK (from_status IN (${REFERRAL_STATUSES})),
        to_status varchar(32) NOT NULL CHECK (to_status IN (${REFERRAL_STATUSES})),
        occurred_on date NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX referral_events_user_referral_idx ON referral_events (user_id, referral_id, at, id)`);

    await q.query(`
      CREATE TABLE application_contacts (
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        role varchar(32) NOT NULL CHECK (role IN (${ROLES})),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, contact_id, role)
      )`);
    await q.query(`CREATE INDEX application_contacts_user_application_idx ON application_contacts (user_id, application_id)`);
    await q.query(`CREATE INDEX application_contacts_user_contact_idx ON application_contacts (user_id, contact_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE application_contacts`);
    await q.query(`DROP TABLE referral_events`);
    await q.query(`DROP TABLE referrals`);
    await q.query(`DROP TABLE outreach`);
    await q.query(`DROP TABLE contacts`);
    await q.query(`DROP INDEX applications_user_company_idx`);
    await q.query(`ALTER TABLE applications DROP COLUMN company_id`);
    await q.query(`DROP TABLE companies`);
  }
}
