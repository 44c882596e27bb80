import { Global, Module } from '@nestjs/common';
import { SchedulerService } from './scheduler.service.js';

/** Global so any feature module can register its job in onModuleInit. */
@Global()
@Module({ providers: [SchedulerService], exports: [SchedulerService] })
export class SchedulerModule {}
