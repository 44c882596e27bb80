import type { GoalMetric } from '@offerpath/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

/** The user's weekly target for one activity. */
@Entity('weekly_goals')
@Check('weekly_goals_metric_check', 'metric IS NOT NULL')
@Check('weekly_goals_target_check', 'target BETWEEN 0 AND 1000')
export class WeeklyGoalEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'weekly_goals_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  metric: GoalMetric;

  @Column({ type: 'smallint' })
  target: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
