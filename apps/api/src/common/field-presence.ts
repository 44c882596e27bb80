import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateIf } from 'class-validator';

export const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** Blank optional text means "no value". */
export const trimToNull = Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));

/**
 * How a field may be absent: `required` (create), `optional` (may be omitted, never null:
 * the column is NOT NULL) or `nullable` (may be omitted, or null to clear it).
 */
export type Presence = 'required' | 'optional' | 'nullable';

/** The validators that say whether a field may be absent or null. */
export function presence(mode: Presence): PropertyDecorator[] {
  switch (mode) {
    case 'required':
      return [];
    case 'optional':
      return [ValidateIf((_object, value) => value !== undefined)];
    case 'nullable':
      return [IsOptional()];
  }
}

/** The OpenAPI description matching the presence mode. */
export function doc(mode: Presence, options: Record<string, unknown>): PropertyDecorator {
  return mode === 'required'
    ? ApiProperty(options)
    : ApiPropertyOptional({ ...options, ...(mode === 'nullable' ? { nullable: true } : {}) });
}
