import { addDays, localDate } from '@offerpath/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { notFound } from '../../common/problem.js';
import { buildEventFile, buildFeed } from './calendar-ics.js';
import { CalendarRepository } from './calendar.repository.js';

/** How far back the feed goes: recent history stays visible, old years do not weigh on every refresh. */
export const FEED_DAYS_BACK = 90;

/** A token as the settings module makes it: 32 bytes, base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

@Injectable()
export class CalendarService {
  constructor(
    private readonly calendar: CalendarRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The feed of a token; an unknown or replaced token is a 404 like any missing resource. */
  async feed(token: string, now: Date = new Date()): Promise<string> {
    const owner = TOKEN_PATTERN.test(token) ? await this.calendar.findFeedOwner(token) : null;
    if (!owner) throw notFound('Calendar');
    const fromDate = addDays(localDate(now, owner.timeZone), -FEED_DAYS_BACK);
    const [events, followUps] = await Promise.all([
      this.calendar.eventsFrom(owner.userId, new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000)),
      this.calendar.pendingFollowUpsFrom(owner.userId, fromDate),
    ]);
    return buildFeed(events, followUps, { timeZone: owner.timeZone, publicUrl: this.config.publicUrl });
  }

  async eventFile(userId: string, id: string): Promise<string> {
    const event = await this.calendar.event(userId, id);
    if (!event) throw notFound('Event');
    return buildEventFile(event, this.config.publicUrl);
  }
}
