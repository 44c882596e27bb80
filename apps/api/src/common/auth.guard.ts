import { type CanActivate, type ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ProblemException } from './problem.js';
import { SessionsRepository } from '../modules/auth/sessions.repository.js';

export const SESSION_COOKIE = 'offerpath_session';
const PUBLIC_KEY = 'offerpath:public';

/** Opts a route out of the global session requirement. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
}

export interface AuthedRequest extends Request {
  user?: AuthUser;
  sessionTokenHash?: Buffer;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthedRequest>().user;
  if (!user) throw new ProblemException({ status: 401, code: 'unauthenticated', detail: 'Sign in first' });
  return user;
});

/** Every route needs a live session unless marked @Public() (auth on by default). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true; // public routes never read the session: no lookup
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0 && token.length <= 128) {
      const found = await this.sessions.findUserByToken(token);
      if (found) {
        req.user = found.user;
        req.sessionTokenHash = found.tokenHash;
      }
    }
    if (req.user) return true;
    throw new ProblemException({ status: 401, code: 'unauthenticated', detail: 'Sign in first' });
  }
}
