import { APPLICATION_CONTACT_ROLES, type ApplicationContactRole, type SuggestedAction } from '@offerpath/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ContactDto } from './contact.dto.js';

const SUGGESTED_ACTIONS = ['ask_referral', 'message_recruiter'] as const satisfies readonly SuggestedAction[];

export class PersonDto extends ContactDto {
  @ApiProperty({ enum: SUGGESTED_ACTIONS, enumName: 'SuggestedAction' }) suggestedAction: SuggestedAction;
}

export class PeopleDto {
  @ApiProperty({ type: [PersonDto], description: 'Your contacts at the application’s company: recruiters and engineers first, then hiring managers, then others; most recently in touch first within each.' })
  items: PersonDto[];
}

export class LinkContactDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'contactId must be a UUID' })
  contactId: string;

  @ApiProperty({ enum: APPLICATION_CONTACT_ROLES, enumName: 'ApplicationContactRole' })
  @IsIn(APPLICATION_CONTACT_ROLES, { message: `role must be one of ${APPLICATION_CONTACT_ROLES.join(', ')}` })
  role: ApplicationContactRole;
}

export class UnlinkContactQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_CONTACT_ROLES, enumName: 'ApplicationContactRole', description: 'Only this role; without it, every role of the contact on the application.' })
  @IsOptional()
  @IsIn(APPLICATION_CONTACT_ROLES, { message: `role must be one of ${APPLICATION_CONTACT_ROLES.join(', ')}` })
  role?: ApplicationContactRole;
}

export class LinkedContactDto {
  @ApiProperty({ enum: APPLICATION_CONTACT_ROLES, enumName: 'ApplicationContactRole' }) role: ApplicationContactRole;
  @ApiProperty({ format: 'date-time' }) linkedAt: string;
  @ApiProperty({ type: ContactDto }) contact: ContactDto;
}

export class LinkedContactListDto {
  @ApiProperty({ type: [LinkedContactDto] }) items: LinkedContactDto[];
}
