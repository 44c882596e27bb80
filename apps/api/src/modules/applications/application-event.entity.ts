import type { Stage } from '@offerpath/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { ApplicationEntity } from './application.entity.js';

export const APPLICATION_EVENT_TYPES = ['created', 'stage_changed'] as const;
export type ApplicationEventType = (typeof APPLICATION_EVENT_TYPES)[number];

/** Append-only history of an application; the stats are computed from it. */
@Entity('application_events')
@Index('application_events_application_idx', ['applicationId', 'at', 'id'])
@Index('application_events_user_at_idx', ['userId', 'at'])
@Check('application_events_type_check', `type IN ('created','stage_changed')`)
@Check('application_events_from_stage_check', 'from_stage IS NULL OR true')
@Check('application_events_to_stage_check', 'to_stage IS NOT NULL')
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'application_events_application_id_fkey' })
  application?: ApplicationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'application_events_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  type: ApplicationEventType;

  @Column({ name: 'from_stage', type: 'varchar', length: 32, nullable: true })
  fromStage: Stage | null;

  @Column({ name: 'to_stage', type: 'varchar', length: 32 })
  toStage: Stage;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
