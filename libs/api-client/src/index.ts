import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths } from './schema.js';

type Schemas = components['schemas'];
export type UserDto = Schemas['UserDto'];
export type ApplicationDto = Schemas['ApplicationDto'];
export type ApplicationDetailDto = Schemas['ApplicationDetailDto'];
export type ApplicationEventDto = Schemas['ApplicationEventDto'];
export type ApplicationPageDto = Schemas['ApplicationPageDto'];
export type BoardDto = Schemas['BoardDto'];
export type BoardColumnDto = Schemas['BoardColumnDto'];
export type CreateApplicationDto = Schemas['CreateApplicationDto'];
export type UpdateApplicationDto = Schemas['UpdateApplicationDto'];
export type MoveApplicationDto = Schemas['MoveApplicationDto'];
export type DemoSeedResultDto = Schemas['DemoSeedResultDto'];
export type CompanyDto = Schemas['CompanyDto'];
export type CompanyListDto = Schemas['CompanyListDto'];
export type ContactDto = Schemas['ContactDto'];
export type ContactDetailDto = Schemas['ContactDetailDto'];
export type ContactPageDto = Schemas['ContactPageDto'];
export type CreateContactDto = Schemas['CreateContactDto'];
export type UpdateContactDto = Schemas['UpdateContactDto'];
export type TimelineEntryDto = Schemas['TimelineEntryDto'];
export type OutreachDto = Schemas['OutreachDto'];
export type CreateOutreachDto = Schemas['CreateOutreachDto'];
export type PersonDto = Schemas['PersonDto'];
export type PeopleDto = Schemas['PeopleDto'];
export type LinkedInImportResultDto = Schemas['LinkedInImportResultDto'];
export type ImportPreviewRowDto = Schemas['ImportPreviewRowDto'];
export type ImportRowErrorDto = Schemas['ImportRowErrorDto'];
export type ReferralDto = Schemas['ReferralDto'];
export type ReferralDetailDto = Schemas['ReferralDetailDto'];
export type ReferralPageDto = Schemas['ReferralPageDto'];
export type CreateReferralDto = Schemas['CreateReferralDto'];
export type TransitionReferralDto = Schemas['TransitionReferralDto'];
export type Problem = Schemas['ProblemDto'];
export type FieldError = Schemas['FieldErrorDto'];

export type ApiClient = Client<paths>;

/** A typed client for the Offerpath API; the session cookie rides along (same origin). */
export function createApiClient(baseUrl = ''): ApiClient {
  return createClient<paths>({ baseUrl, credentials: 'include' });
}
