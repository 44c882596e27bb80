import { Injectable } from '@nestjs/common';
import { applicationsCsv } from './applications-csv.js';
import { ExportRepository } from './export.repository.js';

@Injectable()
export class ExportService {
  constructor(private readonly repo: ExportRepository) {}

  async applicationsCsv(userId: string): Promise<string> {
    return applicationsCsv(await this.repo.applications(userId));
  }
}
