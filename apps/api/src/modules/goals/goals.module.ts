import { Module } from '@nestjs/common';
import { GoalsController } from './goals.controller.js';
import { GoalsRepository } from './goals.repository.js';
import { GoalsService } from './goals.service.js';
import { WeeklyActivityRepository } from './weekly-activity.repository.js';

@Module({
  controllers: [GoalsController],
  providers: [GoalsService, GoalsRepository, WeeklyActivityRepository],
  // The stats module reads weekly activity for GET /api/stats.
  exports: [WeeklyActivityRepository],
})
export class GoalsModule {}
