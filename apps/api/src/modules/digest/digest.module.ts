import { Module } from '@nestjs/common';
import { DigestRepository } from './digest.repository.js';
import { DigestService } from './digest.service.js';
import { MailerService } from './mailer.service.js';

@Module({
  providers: [DigestService, DigestRepository, MailerService],
})
export class DigestModule {}
