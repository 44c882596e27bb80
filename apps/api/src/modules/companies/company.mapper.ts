import type { CompanyRow } from './companies.repository.js';
import type { CompanyDto } from './dto/company.dto.js';

export function mapCompany(row: CompanyRow): CompanyDto {
  return {
    id: row.id,
    name: row.name,
    normalizedName: row.normalizedName,
    applicationCount: row.applicationCount,
    contactCount: row.contactCount,
    createdAt: row.createdAt.toISOString(),
  };
}
