import { isValidTimeZone } from '@offerpath/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';
import { Version } from '../../applications/dto/application-fields.js';

export const DIGEST_UNAVAILABLE_REASON = 'SMTP_URL is not set on the server, so email is off.';

export class DigestAvailabilityDto {
  @ApiProperty({ description: 'Whether this server can send email (SMTP_URL is set).' })
  available: boolean;

  @ApiPropertyOptional({ example: DIGEST_UNAVAILABLE_REASON, description: 'Why the digest cannot be sent, when it cannot.' })
  reason?: string;
}

export class CalendarFeedDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'https://offerpath.example.com/api/calendar/3q2-7wEvJ1Z4mO0cUw4f0W6q4mB5B0YdDq3m3u2bXcI.ics',
    description: 'The secret subscription URL of your calendar feed; null until you create it. Anyone with it can read your events.',
  })
  url: string | null;
}

export class SettingsDto {
  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone: the digest hour, "today" and follow-up due times are in it.' })
  timeZone: string;

  @ApiProperty({ description: 'Whether the daily email digest is on. It is only sent when digest.available is true.' })
  digestEnabled: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 23, description: 'Local hour (in timeZone) from which the digest goes out.' })
  digestHour: number;

  @ApiProperty({ type: DigestAvailabilityDto })
  digest: DigestAvailabilityDto;

  @ApiProperty({ type: CalendarFeedDto })
  calendar: CalendarFeedDto;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send it back with PATCH; a stale one gets 409.' })
  version: number;
}

/** Optional, but null is not a value these columns take: it fails validation like any other. */
const Present = () => ValidateIf((_object, value) => value !== undefined);

/**
 * Fields left out keep their value. digestEnabled may be saved while the server has no SMTP_URL:
 * the choice is kept and takes effect once email is configured (GET reports digest.available).
 */
export class UpdateSettingsDto {
  @Version() version: number;

  @ApiPropertyOptional({ example: 'America/New_York', maxLength: 64, description: 'An IANA time zone name.' })
  @Present()
  @IsString({ message: 'timeZone must be an IANA time zone such as Europe/Berlin' })
  @MaxLength(64, { message: 'timeZone must be at most 64 characters' })
  @ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value),
      defaultMessage: () => 'timeZone must be an IANA time zone such as Europe/Berlin',
    },
  })
  timeZone?: string;

  @ApiPropertyOptional()
  @Present()
  @IsBoolean({ message: 'digestEnabled must be true or false' })
  digestEnabled?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 23 })
  @Present()
  @IsInt({ message: 'digestHour must be a whole number' })
  @Min(0, { message: 'digestHour must be from 0 to 23' })
  @Max(23, { message: 'digestHour must be from 0 to 23' })
  digestHour?: number;
}
