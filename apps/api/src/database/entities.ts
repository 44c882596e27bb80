import { ApplicationEventEntity } from '../modules/applications/application-event.entity.js';
import { ApplicationEntity } from '../modules/applications/application.entity.js';
import { LoginFailureEntity } from '../modules/auth/login-failure.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { CompanyEntity } from '../modules/companies/company.entity.js';
import { ApplicationContactEntity } from '../modules/contacts/application-contact.entity.js';
import { ContactEntity } from '../modules/contacts/contact.entity.js';
import { OutreachEntity } from '../modules/contacts/outreach.entity.js';
import { ReferralEventEntity } from '../modules/referrals/referral-event.entity.js';
import { ReferralEntity } from '../modules/referrals/referral.entity.js';
import { UserSettingsEntity } from '../modules/settings/user-settings.entity.js';
import { EventEntity } from '../modules/events/event.entity.js';
import { EventContactEntity } from '../modules/events/event-contact.entity.js';
import { FollowUpEntity } from '../modules/follow-ups/follow-up.entity.js';
import { DigestSendEntity } from '../modules/digest/digest-send.entity.js';
import { WeeklyGoalEntity } from '../modules/goals/weekly-goal.entity.js';
import { PrepProblemEntity } from '../modules/prep/prep-problem.entity.js';
import { PrepTopicEntity } from '../modules/prep/prep-topic.entity.js';

export const entities = [
  UserEntity, SessionEntity, LoginFailureEntity, ApplicationEntity, ApplicationEventEntity,
  CompanyEntity, ContactEntity, OutreachEntity, ApplicationContactEntity, ReferralEntity, ReferralEventEntity,
  UserSettingsEntity, EventEntity, EventContactEntity, FollowUpEntity, DigestSendEntity,
  WeeklyGoalEntity, PrepProblemEntity, PrepTopicEntity,
];
