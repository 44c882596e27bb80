import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CompanyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The name as first seen.' }) name: string;
  @ApiProperty({ description: 'The key that identifies the company (case, punctuation and legal suffixes removed).' }) normalizedName: string;
  @ApiProperty({ type: 'integer' }) applicationCount: number;
  @ApiProperty({ type: 'integer' }) contactCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CompanyListDto {
  @ApiProperty({ type: [CompanyDto] }) items: CompanyDto[];
}

export class MergeCompanyDto {
  @ApiProperty({ format: 'uuid', description: 'The company that stays; this one is deleted after its applications and contacts move there.' })
  @IsUUID('all', { message: 'intoId must be a UUID' })
  intoId: string;
}
