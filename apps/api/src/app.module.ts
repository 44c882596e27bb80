import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './common/auth.guard.js';
import { ProblemFilter } from './common/problem.filter.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CadenceModule } from './modules/cadence/cadence.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { CompaniesModule } from './modules/companies/companies.module.js';
import { ContactsModule } from './modules/contacts/contacts.module.js';
import { DataModule } from './modules/data/data.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { DigestModule } from './modules/digest/digest.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { FollowUpsModule } from './modules/follow-ups/follow-ups.module.js';
import { GoalsModule } from './modules/goals/goals.module.js';
import { PrepModule } from './modules/prep/prep.module.js';
import { ReferralsModule } from './modules/referrals/referrals.module.js';
import { SchedulerModule } from './modules/scheduler/scheduler.module.js';
import { SettingsModule } from './modules/settings/settings.module.js';
import { StatsModule } from './modules/stats/stats.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: false }),
        AuthModule,
        CadenceModule,
        CalendarModule,
        ApplicationsModule,
        CompaniesModule,
        ContactsModule,
        DataModule,
        DemoModule,
        DigestModule,
        EventsModule,
        FollowUpsModule,
        GoalsModule,
        PrepModule,
        ReferralsModule,
        SchedulerModule,
        SettingsModule,
        StatsModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
