import type { components } from '@offerpath/api-client';

/** Aliases of the generated API types this feature uses (never hand-typed shapes). */
type Schemas = components['schemas'];
export type EventDto = Schemas['EventDto'];
export type EventDetailDto = Schemas['EventDetailDto'];
export type EventListDto = Schemas['EventListDto'];
export type CreateEventDto = Schemas['CreateEventDto'];
export type UpdateEventDto = Schemas['UpdateEventDto'];
export type StageSuggestionDto = Schemas['StageSuggestionDto'];
export type AddPeopleDto = Schemas['AddPeopleDto'];
export type AddPeopleResultDto = Schemas['AddPeopleResultDto'];
export type PersonMetDto = Schemas['PersonMetDto'];
