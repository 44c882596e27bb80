import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';

/** Sends email through SMTP_URL; `enabled` is false (and send throws) when it is not set. */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private transport: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.smtpUrl !== null;
  }

  async send(message: Omit<SendMailOptions, 'from'>): Promise<void> {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set');
    // Short timeouts: the digest job sends while it holds its scheduler lock.
    this.transport ??= createTransport({ url: this.config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    await this.transport.sendMail({ from: this.config.mailFrom, ...message });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.transport = null;
  }
}
