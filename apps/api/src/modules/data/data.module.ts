import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module.js';
import { BackupController } from './backup.controller.js';
import { BackupRepository } from './backup.repository.js';
import { BackupService } from './backup.service.js';
import { ExportController } from './export.controller.js';
import { ExportRepository } from './export.repository.js';
import { ExportService } from './export.service.js';
import { ImportController } from './import.controller.js';
import { TrackerImportRepository } from './tracker-import.repository.js';
import { TrackerImportService } from './tracker-import.service.js';

/** The user's data in and out: CSV export, JSON backup and restore, import from another tracker. */
@Module({
  imports: [CompaniesModule],
  controllers: [ExportController, BackupController, ImportController],
  providers: [ExportService, ExportRepository, BackupService, BackupRepository, TrackerImportService, TrackerImportRepository],
})
export class DataModule {}
