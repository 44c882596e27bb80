import { Global, Module } from '@nestjs/common';
import { CadenceSettingsController } from './cadence-settings.controller.js';
import { CadenceRepository } from './cadence.repository.js';
import { CadenceService } from './cadence.service.js';

/** Global so that every module that logs something a rule waits on can call reconcileUser. */
@Global()
@Module({
  controllers: [CadenceSettingsController],
  providers: [CadenceService, CadenceRepository],
  exports: [CadenceService],
})
export class CadenceModule {}
