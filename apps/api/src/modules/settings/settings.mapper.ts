import type { AppConfig } from '../../config/config.js';
import { DIGEST_UNAVAILABLE_REASON, type SettingsDto } from './dto/settings.dto.js';
import type { SettingsRow } from './settings.repository.js';

/** The subscription URL of a calendar token. */
export function calendarFeedUrl(config: Pick<AppConfig, 'publicUrl'>, token: string): string {
  return `${config.publicUrl}/api/calendar/${token}.ics`;
}

export function toSettingsDto(row: SettingsRow, config: Pick<AppConfig, 'publicUrl' | 'smtpUrl'>): SettingsDto {
  return {
    timeZone: row.timeZone,
    digestEnabled: row.digestEnabled,
    digestHour: row.digestHour,
    digest: config.smtpUrl ? { available: true } : { available: false, reason: DIGEST_UNAVAILABLE_REASON },
    calendar: { url: row.calendarToken ? calendarFeedUrl(config, row.calendarToken) : null },
    version: row.version,
  };
}
