import { randomBytes } from 'node:crypto';
import { canonicalTimeZone } from '@offerpath/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { versionConflict } from '../../common/problem.js';
import type { CalendarFeedDto, SettingsDto, UpdateSettingsDto } from './dto/settings.dto.js';
import { calendarFeedUrl, toSettingsDto } from './settings.mapper.js';
import { SettingsRepository } from './settings.repository.js';

@Injectable()
export class SettingsService {
  constructor(
    private readonly settings: SettingsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(userId: string): Promise<SettingsDto> {
    return toSettingsDto(await this.settings.find(userId), this.config);
  }

  async update(userId: string, dto: UpdateSettingsDto): Promise<SettingsDto> {
    const updated = await this.settings.updateIfVersion(userId, dto.version, {
      timeZone: dto.timeZone === undefined ? undefined : canonicalTimeZone(dto.timeZone),
      digestEnabled: dto.digestEnabled,
      digestHour: dto.digestHour,
    });
    if (updated) return toSettingsDto(updated, this.config);
    const current = await this.settings.find(userId);
    throw versionConflict('settings', current.version, 'Your settings were changed elsewhere; reload them and try again');
  }

  /** 32 random bytes, base64url (43 characters): the feed URL is the only credential. */
  async regenerateCalendarToken(userId: string): Promise<CalendarFeedDto> {
    const token = randomBytes(32).toString('base64url');
    await this.settings.replaceCalendarToken(userId, token);
    return { url: calendarFeedUrl(this.config, token) };
  }
}
