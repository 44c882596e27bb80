import { createDataSource } from '../../apps/api/src/database/data-source.js';
import type { DataSource } from 'typeorm';

describe('schema', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = createDataSource(process.env.OFFERPATH_TEST_DATABASE_URL as string);
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('has every migration applied', async () => {
    expect(await db.showMigrations()).toBe(false);
  });

  it('matches the entities: migration:generate would produce nothing', async () => {
    const sql = await db.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keeps application history append-only', async () => {
    const [user] = await db.query(`INSERT INTO users (email, name, password_hash) VALUES ($1, 'H', 'x') RETURNING id`, [`history-${Date.now()}@example.com`]);
    const [app] = await db.query(`INSERT INTO applications (user_id, company_name, role_title, channel, stage, position) VALUES ($1, 'A', 'R', 'other', 'applied', 1) RETURNING id`, [user.id]);
    await db.query(`INSERT INTO application_events (application_id, user_id, type, to_stage) VALUES ($1, $2, 'created', 'applied')`, [app.id, user.id]);
    await expect(db.query(`UPDATE application_events SET to_stage = 'offer' WHERE user_id = $1`, [user.id])).rejects.toThrow(/append-only/);
    const [event] = await db.query(`SELECT to_stage FROM application_events WHERE user_id = $1`, [user.id]);
    expect(event.to_stage).toBe('applied');
  });
});
