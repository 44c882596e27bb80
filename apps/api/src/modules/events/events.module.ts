import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { EventPeopleService } from './event-people.service.js';
import { EventsController } from './events.controller.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [CompaniesModule, ContactsModule],
  controllers: [EventsController],
  providers: [EventsService, EventPeopleService, EventsRepository],
  exports: [EventsService],
})
export class EventsModule {}
