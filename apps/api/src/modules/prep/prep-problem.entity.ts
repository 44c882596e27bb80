import type { ProblemDifficulty } from '@offerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

/** Coding problems solved on a day (one entry may count several). */
@Entity('prep_problems')
@Index('prep_problems_user_solved_idx', ['userId', 'solvedOn'])
@Check('prep_problems_count_check', 'count BETWEEN 1 AND 100')
@Check('prep_problems_difficulty_check', 'difficulty IS NULL OR true')
export class PrepProblemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'prep_problems_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'solved_on', type: 'date' })
  solvedOn: string;

  @Column({ type: 'smallint', default: 1 })
  count: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  difficulty: ProblemDifficulty | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
