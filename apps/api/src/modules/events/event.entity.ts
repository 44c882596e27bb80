import type { EventOutcome, EventType, RoundKind } from '@offerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { UserEntity } from '../auth/user.entity.js';

/** Something on the calendar: an interview round, a call, a career fair, a meetup. */
@Entity('events')
@Index('events_user_starts_idx', ['userId', 'startsAt', 'id'])
@Index('events_user_application_idx', ['userId', 'applicationId'])
@Check('events_type_check', 'type IS NOT NULL')
@Check('events_round_kind_check', 'round_kind IS NULL OR true')
@Check('events_outcome_check', 'outcome IS NOT NULL')
@Check('events_round_kind_interview_check', `round_kind IS NULL OR type = 'interview'`)
@Check('events_ends_after_starts_check', 'ends_at IS NULL OR ends_at >= starts_at')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'events_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'events_application_id_fkey' })
  application?: ApplicationEntity;

  @Column({ type: 'varchar', length: 32 })
  type: EventType;

  @Column({ name: 'round_kind', type: 'varchar', length: 32, nullable: true })
  roundKind: RoundKind | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  /** IANA zone the event was scheduled in (the calendar feed writes it as TZID). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  outcome: EventOutcome;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
