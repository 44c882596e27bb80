import { ParseUUIDPipe, ValidationPipe, type ValidationError } from '@nestjs/common';
import { Param } from '@nestjs/common';
import { type FieldErrorDto, ProblemException, badField } from './problem.js';

function flatten(errors: ValidationError[], prefix = ''): FieldErrorDto[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith('property ') ? `${error.property} is not a known field` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validation at the edge: unknown fields rejected, each failure named by field (problem+json). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new ProblemException({
        status: 400,
        code: 'validation_failed',
        detail: fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'Invalid request',
        errors: fieldErrors,
      });
    },
  });
}

/** A route's `:id`, which must be a UUID; anything else is a 400 naming `id`. */
export const IdParam = () =>
  Param('id', new ParseUUIDPipe({ exceptionFactory: () => badField('id', 'id must be a UUID') }));
