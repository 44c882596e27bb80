import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import type { AuthUser } from '../../common/auth.guard.js';
import { ProblemException } from '../../common/problem.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { LoginFailuresRepository } from './login-failures.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

/** OWASP's argon2id baseline (19 MiB, 2 passes). `algorithm: 2` is Argon2id (a const enum upstream). */
const HASH_OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const FAILURE_WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 50;

export interface SignedIn {
  user: AuthUser;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both paths take the same time. */
  private readonly dummyHash = hash('offerpath-timing-equaliser', HASH_OPTIONS);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly failures: LoginFailuresRepository,
  ) {}

  async register(email: string, password: string, name: string): Promise<SignedIn> {
    const passwordHash = await hash(password, HASH_OPTIONS);
    const user = await this.users.create(email, name, passwordHash);
    if (!user) {
      throw new ProblemException({
        status: 409,
        code: 'email_taken',
        detail: 'An account with this email already exists',
        errors: [{ field: 'email', message: 'an account with this email already exists' }],
      });
    }
    return this.startSession(user);
  }

  async login(email: string, password: string, ip: string): Promise<SignedIn> {
    const recent = await this.failures.recent(email, ip, FAILURE_WINDOW_MINUTES);
    if (recent.byEmail >= MAX_FAILURES_PER_EMAIL || recent.byIp >= MAX_FAILURES_PER_IP) {
      throw new ProblemException({
        status: 429,
        code: 'too_many_attempts',
        detail: 'Too many failed sign-in attempts; try again later',
        extra: { retryAfter: recent.retryAfterSeconds },
      });
    }
    const user = await this.users.findByEmail(email);
    const ok = user ? await verify(user.passwordHash, password) : (await verify(await this.dummyHash, password), false);
    if (!user || !ok) {
      await this.failures.record(email, ip);
      throw new ProblemException({ status: 401, code: 'invalid_credentials', detail: 'Email or password is wrong' });
    }
    await this.failures.clear(email);
    return this.startSession(user);
  }

  async logout(tokenHash: Buffer | undefined): Promise<void> {
    if (tokenHash) await this.sessions.delete(tokenHash);
  }

  private async startSession(user: AuthUser): Promise<SignedIn> {
    const { token, expiresAt } = await this.sessions.create(user.id, this.config.sessionDays);
    return { user: { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt }, token, expiresAt };
  }
}
