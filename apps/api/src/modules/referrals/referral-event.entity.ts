import type { ReferralStatus } from '@offerpath/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { ReferralEntity } from './referral.entity.js';

/** Each status a referral reached, with the day it happened (the user may backdate it). */
@Entity('referral_events')
@Index('referral_events_user_referral_idx', ['userId', 'referralId', 'at', 'id'])
@Check('referral_events_from_status_check', 'from_status IS NULL OR true')
@Check('referral_events_to_status_check', 'to_status IS NOT NULL')
export class ReferralEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'referral_events_referral_id_fkey' })
  referral?: ReferralEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'referral_events_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true })
  fromStatus: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 32 })
  toStatus: ReferralStatus;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
