import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('login_failures')
@Index('login_failures_email_at_idx', ['email', 'at'])
@Index('login_failures_ip_at_idx', ['ip', 'at'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
