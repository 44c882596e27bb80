import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';

/** Work the scheduler runs on every tick, in a transaction that holds the job's advisory lock. */
export interface ScheduledJob {
  readonly name: string;
  run(manager: EntityManager, now: Date): Promise<void>;
}

export interface JobResult {
  name: string;
  /** false when another instance held the job's lock and this one skipped it. */
  ran: boolean;
  error?: string;
}

/**
 * Runs registered jobs every SCHEDULER_INTERVAL_SECONDS. Each job runs inside a transaction
 * that first takes `pg_try_advisory_xact_lock` on the job's name, so with several API
 * instances on one database a job runs in one of them at a time; the others skip that tick.
 * Jobs must still be idempotent (unique keys, conditional updates): the lock only keeps
 * instances from doing the same work at once, the keys make doing it twice harmless.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private readonly jobs: ScheduledJob[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<JobResult[]> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(job: ScheduledJob): void {
    if (this.jobs.some((j) => j.name === job.name)) throw new Error(`Job ${job.name} is registered twice`);
    this.jobs.push(job);
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.schedulerIntervalSeconds;
    if (seconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
    // First run soon after start, not a whole interval later.
    setTimeout(() => void this.tick(), 2000).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs every job once; overlapping calls share the run in progress. Tests call it directly. */
  tick(now: Date = new Date()): Promise<JobResult[]> {
    this.running ??= this.runAll(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runAll(now: Date): Promise<JobResult[]> {
    const results: JobResult[] = [];
    for (const job of this.jobs) results.push(await this.runJob(job, now));
    return results;
  }

  private async runJob(job: ScheduledJob, now: Date): Promise<JobResult> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [`offerpath:job:${job.name}`]);
        if (!locked) return { name: job.name, ran: false };
        await job.run(manager, now);
        return { name: job.name, ran: true };
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.error(`Job ${job.name} failed: ${message}`);
      return { name: job.name, ran: true, error: message };
    }
  }
}
