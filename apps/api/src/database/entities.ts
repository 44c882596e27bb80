import { ApplicationEventEntity } from '../modules/applications/application-event.entity.js';
import { ApplicationEntity } from '../modules/applications/application.entity.js';
import { LoginFailureEntity } from '../modules/auth/login-failure.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';

export const entities = [UserEntity, SessionEntity, LoginFailureEntity, ApplicationEntity, ApplicationEventEntity];
