import { CreateAccountsAndApplications1795436324597 } from './1795436324597-CreateAccountsAndApplications.js';
import { CreateContactsCompaniesReferrals1795439829255 } from './1795439829255-CreateContactsCompaniesReferrals.js';
import { CreateEventsFollowUpsSettings1795444110936 } from './1795444110936-CreateEventsFollowUpsSettings.js';
import { CreateGoalsAndPrepLog1795444200000 } from './1795444200000-CreateGoalsAndPrepLog.js';

/** Every migration, oldest first. Add new ones here as well as creating the file. */
export const migrations = [
  CreateAccountsAndApplications1795436324597,
  CreateContactsCompaniesReferrals1795439829255,
  CreateEventsFollowUpsSettings1795444110936,
  CreateGoalsAndPrepLog1795444200000,
];
