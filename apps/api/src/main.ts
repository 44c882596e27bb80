import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { migrate } from './database/data-source.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';

/** Starts the database (embedded unless DATABASE_URL is set), migrates, and serves. */
async function bootstrap(): Promise<void> {
  const logger = new Logger('Offerpath');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log: (m) => logger.log(m) });
    databaseUrl = embedded.url;
    logger.log(`Embedded Postgres running with data in ${embedded.dataDir}`);
  }

  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app?.close();
      await embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    const applied = await migrate(databaseUrl);
    if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
    app = await createApp(config, databaseUrl);
    await app.listen(config.port, config.host);
  } catch (error) {
    logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    await app?.close().catch(() => undefined);
    await embedded?.stop();
    process.exit(1);
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.log(`Offerpath is running at http://localhost:${port} (API docs at http://localhost:${port}/api/docs)`);
}

void bootstrap();
