import { HttpException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ description: 'The offending field, as a dotted path into the request (e.g. `salaryMin`).' })
  field: string;

  @ApiProperty({ description: 'What is wrong with it, for people.' })
  message: string;
}

/** RFC 9457 problem details. */
export class ProblemDto {
  @ApiProperty({ example: 'about:blank' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'salaryMin must not be less than 0' })
  detail: string;

  @ApiProperty({ description: 'Stable machine-readable code.', example: 'validation_failed' })
  code: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ description: 'For version conflicts: the version now stored.' })
  currentVersion?: number;
}

export interface ProblemInit {
  status: number;
  code: string;
  detail: string;
  errors?: FieldErrorDto[];
  extra?: Record<string, unknown>;
}

/** An error that becomes a problem+json response with a stable code. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemInit) {
    super(problem.detail, problem.status);
  }
}

export const notFound = (what = 'Resource') =>
  new ProblemException({ status: 404, code: 'not_found', detail: `${what} not found` });

/** The version the client sent is stale; the answer carries the current one so it can reload. */
export const versionConflict = (what: string, currentVersion: number, detail = `This ${what} was changed elsewhere; reload it and try again`) =>
  new ProblemException({ status: 409, code: 'version_conflict', detail, extra: { currentVersion } });

export const badField = (field: string, message: string) =>
  new ProblemException({ status: 400, code: 'validation_failed', detail: message, errors: [{ field, message }] });
