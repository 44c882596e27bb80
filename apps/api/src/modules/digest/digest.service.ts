import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { SchedulerService } from '../scheduler/scheduler.service.js';
import { hasContent, renderDigest } from './digest-mail.js';
import { dayBounds, dueDigestDay } from './digest-schedule.js';
import { DigestRepository } from './digest.repository.js';
import { MailerService } from './mailer.service.js';

export interface DigestRunCounts {
  sent: number;
  /** Claimed but not sent: nothing was due that day. */
  empty: number;
  failed: number;
}

/** At most this many digests per tick; the rest go out on the next ones. */
export const DIGEST_BATCH = 100;

/**
 * The daily email digest, as scheduler job `digest`. For each user whose local hour has reached
 * their digest hour it first claims (user, local day) in digest_sends — the primary key makes
 * that claim succeed once, whatever the number of instances — and only then sends. A failed send
 * gives the claim back so that a later tick retries; a day with nothing due keeps its claim
 * (no email, and no re-querying that user every tick until midnight).
 */
@Injectable()
export class DigestService implements OnModuleInit {
  private readonly logger = new Logger('Digest');

  constructor(
    private readonly scheduler: SchedulerService,
    private readonly digests: DigestRepository,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: 'digest', run: async (manager, now) => void (await this.run(manager, now)) });
  }

  async run(manager: EntityManager, now: Date): Promise<DigestRunCounts> {
    const counts: DigestRunCounts = { sent: 0, empty: 0, failed: 0 };
    if (!this.mailer.enabled) return counts;
    await this.digests.pruneClaims(manager, now);
    const due = (await this.digests.recipients(manager))
      .map((recipient) => ({ recipient, day: dueDigestDay(now, recipient) }))
      .filter((d): d is typeof d & { day: string } => d.day !== null)
      .slice(0, DIGEST_BATCH);
    for (const { recipient, day } of due) {
      if (!(await this.digests.claim(recipient.userId, day))) continue;
      const { from, to } = dayBounds(day, recipient.timeZone);
      const content = {
        name: recipient.name,
        day,
        timeZone: recipient.timeZone,
        followUps: await this.digests.dueFollowUps(manager, recipient.userId, day),
        events: await this.digests.eventsBetween(manager, recipient.userId, from, to),
      };
      if (!hasContent(content)) {
        counts.empty++;
        continue;
      }
      const mail = renderDigest(content, this.config.publicUrl);
      try {
        await this.mailer.send({ to: { name: recipient.name, address: recipient.email }, ...mail });
        counts.sent++;
      } catch (err) {
        counts.failed++;
        await this.digests.release(recipient.userId, day);
        this.logger.warn(`Digest for user ${recipient.userId} (${day}) not sent, will retry: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (counts.sent || counts.failed) this.logger.log(`Digests: ${counts.sent} sent, ${counts.empty} with nothing due, ${counts.failed} failed`);
    return counts;
  }
}
