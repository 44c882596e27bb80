import { EVENT_LIMITS } from '@offerpath/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { trimToNull } from '../../../common/field-presence.js';
import { ContactDto } from '../../contacts/dto/contact.dto.js';
import { ContactCompanyName, ContactName, ContactTitle, Email, LinkedInUrl } from '../../contacts/dto/contact-fields.js';
import { FollowUpDto } from '../../follow-ups/dto/follow-up.dto.js';
import { EventDto, FollowUpDaysDto } from './event.dto.js';

/** Someone met at a fair or meetup: becomes a contact linked to the event, with a follow-up. */
export class PersonMetDto {
  @ContactName('required') name: string;
  @ContactCompanyName('nullable') companyName?: string | null;
  @ContactTitle('nullable') title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: EVENT_LIMITS.contactNoteMax, description: 'What you talked about; kept on the event link.' })
  @trimToNull
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(EVENT_LIMITS.contactNoteMax)
  note?: string | null;

  @LinkedInUrl('nullable') linkedinUrl?: string | null;
  @Email('nullable') email?: string | null;
}

export class AddPeopleDto extends FollowUpDaysDto {
  @ApiProperty({ type: [PersonMetDto], minItems: 1, maxItems: EVENT_LIMITS.peopleMax, description: 'All are written, or none (a bad row answers 400 naming people.<index>.<field>).' })
  @IsArray({ message: 'people must be a list' })
  @ArrayMinSize(1, { message: 'people must list at least one person' })
  @ArrayMaxSize(EVENT_LIMITS.peopleMax, { message: `people must list at most ${EVENT_LIMITS.peopleMax} people` })
  @ValidateNested({ each: true })
  @Type(() => PersonMetDto)
  people: PersonMetDto[];
}

export class AddPeopleResultDto {
  @ApiProperty({ type: EventDto, description: 'The event with its contacts now linked.' }) event: EventDto;
  @ApiProperty({ type: [ContactDto], description: 'The new contacts, in request order.' }) contacts: ContactDto[];
  @ApiProperty({ type: [FollowUpDto], description: 'One follow-up per new contact, in request order.' }) followUps: FollowUpDto[];
}
