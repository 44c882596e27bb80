import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type AuthUser, type AuthedRequest, CurrentUser, Public, SESSION_COOKIE } from '../../common/auth.guard.js';
import { ProblemDto, ProblemException } from '../../common/problem.js';
import { AuthService, type SignedIn } from './auth.service.js';
import { LoginDto, RegisterDto, UserDto } from './dto/auth.dto.js';
import { mapUser } from './user.mapper.js';

function setSessionCookie(req: Request, res: Response, session: SignedIn): void {
  res.cookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    expires: session.expiresAt,
  });
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: UserDto, description: 'Account created and signed in (session cookie set).' })
  @ApiConflictResponse({ type: ProblemDto, description: 'email_taken' })
  async register(@Body() dto: RegisterDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<UserDto> {
    const session = await this.auth.register(dto.email, dto.password, dto.name);
    setSessionCookie(req, res, session);
    return mapUser(session.user);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto, description: 'Signed in (session cookie set).' })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'invalid_credentials' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'too_many_attempts' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<UserDto> {
    try {
      const session = await this.auth.login(dto.email, dto.password, req.ip ?? 'unknown');
      setSessionCookie(req, res, session);
      return mapUser(session.user);
    } catch (error) {
      if (error instanceof ProblemException && error.problem.status === 429) {
        res.setHeader('Retry-After', String(error.problem.extra?.retryAfter ?? 60));
      }
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'Session deleted and cookie cleared.' })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  async logout(@CurrentUser() _user: AuthUser, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.sessionTokenHash);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
  }

  @Get('me')
  @ApiCookieAuth()
  @ApiOkResponse({ type: UserDto })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  me(@CurrentUser() user: AuthUser): UserDto {
    return mapUser(user);
  }
}
