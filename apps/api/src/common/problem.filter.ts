import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { type FieldErrorDto, ProblemException } from './problem.js';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldErrorDto[];
  [extra: string]: unknown;
}

function body(status: number, code: string, detail: string, errors?: FieldErrorDto[]): ProblemBody {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors?.length ? { errors } : {}),
  };
}

/** Errors raised below Nest (body parsing) carry an HTTP status and a `type` from body-parser. */
export function problemFromLowLevelError(error: { status?: number; statusCode?: number; type?: string; message?: string }): ProblemBody | null {
  const status = error.status ?? error.statusCode;
  if (!status || status < 400 || status >= 500) return null;
  switch (error.type) {
    case 'entity.too.large':
      return body(413, 'payload_too_large', 'The request body is too large');
    case 'entity.parse.failed':
      return body(400, 'invalid_json', 'The request body is not valid JSON', [{ field: 'body', message: 'invalid JSON' }]);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return body(415, 'unsupported_media_type', error.message ?? 'Unsupported encoding');
    default:
      return body(status, CODES[status] ?? 'bad_request', error.message ?? 'Bad request');
  }
}

export function sendProblem(res: Response, problem: ProblemBody, req?: Request): void {
  if (req) problem.instance = req.originalUrl;
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** Every error leaves as RFC 9457 problem+json; only real faults become 500s (and are logged). */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    sendProblem(res, this.toProblem(exception), req);
  }

  private toProblem(exception: unknown): ProblemBody {
    if (exception instanceof ProblemException) {
      const { status, code, detail, errors, extra } = exception.problem;
      return { ...body(status, code, detail, errors), ...extra };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response && 'message' in response
          ? [response.message].flat().join('; ')
          : exception.message;
      if (status >= 500) this.logger.error(exception.stack);
      return body(status, CODES[status] ?? 'error', message);
    }
    if (exception instanceof QueryFailedError) {
      const driverError = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError;
      // Input the validators let through but Postgres refused: still the client's fault.
      if (driverError?.code === '22P02' || driverError?.code === '22007' || driverError?.code === '22008') {
        return body(400, 'bad_request', 'A value has the wrong format');
      }
      if (driverError?.code === '22003' || driverError?.code === '22001') {
        return body(400, 'bad_request', 'A value is out of range or too long');
      }
    }
    const lowLevel = typeof exception === 'object' && exception ? problemFromLowLevelError(exception) : null;
    if (lowLevel) return lowLevel;
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return body(500, 'internal_error', 'Something went wrong on our side');
  }
}
