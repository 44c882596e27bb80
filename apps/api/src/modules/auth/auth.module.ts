import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginFailuresRepository } from './login-failures.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, UsersRepository, SessionsRepository, LoginFailuresRepository],
  exports: [SessionsRepository],
})
export class AuthModule {}
