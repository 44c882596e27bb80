import { Module } from '@nestjs/common';
import { PrepController } from './prep.controller.js';
import { PrepRepository } from './prep.repository.js';
import { PrepService } from './prep.service.js';

@Module({
  controllers: [PrepController],
  providers: [PrepService, PrepRepository],
})
export class PrepModule {}
