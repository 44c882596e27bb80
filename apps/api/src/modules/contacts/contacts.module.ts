import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module.js';
import { ApplicationPeopleController } from './application-people.controller.js';
import { ApplicationPeopleRepository } from './application-people.repository.js';
import { ApplicationPeopleService } from './application-people.service.js';
import { ContactsController } from './contacts.controller.js';
import { ContactsRepository } from './contacts.repository.js';
import { ContactsService } from './contacts.service.js';
import { LinkedInImportRepository } from './linkedin-import.repository.js';
import { LinkedInImportService } from './linkedin-import.service.js';
import { OutreachRepository } from './outreach.repository.js';
import { OutreachService } from './outreach.service.js';

@Module({
  imports: [CompaniesModule],
  controllers: [ContactsController, ApplicationPeopleController],
  providers: [
    ContactsService, ContactsRepository, OutreachService, OutreachRepository,
    LinkedInImportService, LinkedInImportRepository, ApplicationPeopleService, ApplicationPeopleRepository,
  ],
  exports: [ContactsRepository],
})
export class ContactsModule {}
