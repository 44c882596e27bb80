import type { FollowUpKind, FollowUpStatus } from '@offerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { ContactEntity } from '../contacts/contact.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { ReferralEntity } from '../referrals/referral.entity.js';

/** Something the user should do by a date; made by hand or by a cadence rule (rule + rule_key). */
@Entity('follow_ups')
@Index('follow_ups_user_rule_key', ['userId', 'ruleKey'], { unique: true })
@Index('follow_ups_user_status_due_idx', ['userId', 'status', 'dueOn', 'id'])
@Index('follow_ups_user_application_idx', ['userId', 'applicationId'])
@Index('follow_ups_user_contact_idx', ['userId', 'contactId'])
@Index('follow_ups_user_referral_idx', ['userId', 'referralId'])
@Index('follow_ups_user_event_idx', ['userId', 'eventId'])
@Check('follow_ups_kind_check', 'kind IS NOT NULL')
@Check('follow_ups_status_check', 'status IS NOT NULL')
@Check('follow_ups_rule_key_check', '(rule IS NULL) = (rule_key IS NULL)')
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'follow_ups_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: FollowUpKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Local date in the user's time zone; a snooze moves it and keeps first_due_on. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'due_time', type: 'time', nullable: true })
  dueTime: string | null;

  @Column({ name: 'first_due_on', type: 'date' })
  firstDueOn: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: FollowUpStatus;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'follow_ups_application_id_fkey' })
  application?: ApplicationEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'follow_ups_contact_id_fkey' })
  contact?: ContactEntity;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId: string | null;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'follow_ups_referral_id_fkey' })
  referral?: ReferralEntity;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'follow_ups_event_id_fkey' })
  event?: EventEntity;

  /** The cadence rule that created it; null for one made by hand. */
  @Column({ type: 'varchar', length: 48, nullable: true })
  rule: string | null;

  /** Rule + subject + step: unique per user, so no scheduler can create it twice. */
  @Column({ name: 'rule_key', type: 'varchar', length: 200, nullable: true })
  ruleKey: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_reason', type: 'varchar', length: 32, nullable: true })
  cancelledReason: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
