import { CONTACT_KINDS, type ContactKind, LIMITS, OUTREACH_TYPES, type OutreachType, REFERRAL_STATUSES, type ReferralStatus, CONTACT_SORT_KEYS, type ContactSortKey, SORT_DIRECTIONS, type SortDirection } from '@offerpath/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { Version } from '../../applications/dto/application-fields.js';
import { CalendarDate, ContactCompanyName, ContactName, ContactNotes, ContactTitle, Email, HowMet, Kind, LinkedInUrl, Phone, Tags } from './contact-fields.js';

export class CreateContactDto {
  @ContactName('required') name: string;
  @ContactCompanyName('nullable') companyName?: string | null;
  @ContactTitle('nullable') title?: string | null;
  @LinkedInUrl('nullable') linkedinUrl?: string | null;
  @Email('nullable') email?: string | null;
  @Phone('nullable') phone?: string | null;
  @Kind('optional') kind?: ContactKind;
  @Tags('optional') tags?: string[];
  @ContactNotes('nullable') notes?: string | null;
  @HowMet('nullable') howMet?: string | null;
  @CalendarDate('nullable', 'connectedOn') connectedOn?: string | null;
}

export class UpdateContactDto {
  @Version() version: number;
  @ContactName('optional') name?: string;
  @ContactCompanyName('nullable') companyName?: string | null;
  @ContactTitle('nullable') title?: string | null;
  @LinkedInUrl('nullable') linkedinUrl?: string | null;
  @Email('nullable') email?: string | null;
  @Phone('nullable') phone?: string | null;
  @Kind('optional') kind?: ContactKind;
  @Tags('optional') tags?: string[];
  @ContactNotes('nullable') notes?: string | null;
  @HowMet('nullable') howMet?: string | null;
  @CalendarDate('nullable', 'connectedOn') connectedOn?: string | null;
}

export class ListContactsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Text to find in name, company or title.', maxLength: LIMITS.searchMax })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchMax)
  q?: string;

  @ApiPropertyOptional({ enum: CONTACT_KINDS, enumName: 'ContactKind' })
  @IsOptional()
  @IsIn(CONTACT_KINDS, { message: `kind must be one of ${CONTACT_KINDS.join(', ')}` })
  kind?: ContactKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @ApiPropertyOptional({ enum: CONTACT_SORT_KEYS, enumName: 'ContactSortKey', default: 'name', description: 'Order of the whole list; blanks last.' })
  @IsOptional()
  @IsIn(CONTACT_SORT_KEYS, { message: `sort must be one of ${CONTACT_SORT_KEYS.join(', ')}` })
  sort?: ContactSortKey;

  @ApiPropertyOptional({ enum: SORT_DIRECTIONS, enumName: 'SortDirection', default: 'asc' })
  @IsOptional()
  @IsIn(SORT_DIRECTIONS, { message: 'order must be asc or desc' })
  order?: SortDirection;
}

export class ContactDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) companyId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The company’s display name.' }) companyName: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) linkedinUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ enum: CONTACT_KINDS, enumName: 'ContactKind' }) kind: ContactKind;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: String, nullable: true }) howMet: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When you connected (LinkedIn).' }) connectedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The latest outreach date.' }) lastContactedAt: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const TIMELINE_ENTRIES = ['outreach', 'referral'] as const;

export class TimelineEntryDto {
  @ApiProperty({ enum: TIMELINE_ENTRIES, description: 'An outreach entry, or a step of a referral this contact gives.' })
  entry: (typeof TIMELINE_ENTRIES)[number];
  @ApiProperty({ description: 'The outreach id, or the referral step’s id.' }) id: string;
  @ApiProperty({ format: 'date' }) occurredOn: string;
  @ApiProperty({ enum: OUTREACH_TYPES, enumName: 'OutreachType', nullable: true }) outreachType: OutreachType | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) referralId: string | null;
  @ApiProperty({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus', nullable: true }) fromStatus: ReferralStatus | null;
  @ApiProperty({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus', nullable: true }) toStatus: ReferralStatus | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ContactDetailDto extends ContactDto {
  @ApiProperty({ type: [TimelineEntryDto], description: 'Outreach and referral steps, newest first.' })
  timeline: TimelineEntryDto[];
}

export class ContactPageDto {
  @ApiProperty({ type: [ContactDto] }) items: ContactDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}
