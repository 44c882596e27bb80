import type { Channel, OpenStage, Stage, WorkMode } from '@offerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { CompanyEntity } from '../companies/company.entity.js';

@Entity('applications')
@Index('applications_user_board_idx', ['userId', 'archived', 'stage', 'position'])
@Index('applications_user_updated_idx', ['userId', 'updatedAt', 'id'])
@Index('applications_user_company_idx', ['userId', 'companyId'])
// Named as the migration names them; the expressions live in the migration.
@Check('applications_work_mode_check', `work_mode IN ('onsite','hybrid','remote')`)
@Check('applications_salary_min_check', 'salary_min >= 0')
@Check('applications_salary_max_check', 'salary_max >= 0')
@Check('applications_channel_check', 'channel IS NOT NULL')
@Check('applications_stage_check', 'stage IS NOT NULL')
@Check('applications_last_open_stage_check', 'last_open_stage IS NULL OR true')
@Check('applications_excitement_check', 'excitement BETWEEN 1 AND 5')
@Check('applications_salary_range_check', 'salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max')
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'applications_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'company_name', type: 'varchar', length: 200 })
  companyName: string;

  /** The company companyName normalises to; kept in step with it on every write. */
  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'applications_company_id_fkey' })
  company?: CompanyEntity;

  @Column({ name: 'role_title', type: 'varchar', length: 200 })
  roleTitle: string;

  @Column({ name: 'job_url', type: 'varchar', length: 2048, nullable: true })
  jobUrl: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Column({ name: 'work_mode', type: 'varchar', length: 16, nullable: true })
  workMode: WorkMode | null;

  @Column({ name: 'salary_min', type: 'integer', nullable: true })
  salaryMin: number | null;

  @Column({ name: 'salary_max', type: 'integer', nullable: true })
  salaryMax: number | null;

  @Column({ name: 'salary_currency', type: 'char', length: 3, nullable: true })
  salaryCurrency: string | null;

  @Column({ type: 'varchar', length: 32 })
  channel: Channel;

  @Column({ type: 'varchar', length: 32 })
  stage: Stage;

  @Column({ name: 'last_open_stage', type: 'varchar', length: 32, nullable: true })
  lastOpenStage: OpenStage | null;

  @Column({ type: 'smallint', nullable: true })
  excitement: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** A calendar date, kept as 'YYYY-MM-DD' text so no time zone can shift it. */
  @Column({ name: 'applied_on', type: 'date', nullable: true })
  appliedOn: string | null;

  /** When an offer must be answered; the offer cadence rule reminds the user before it. */
  @Column({ name: 'offer_deadline', type: 'date', nullable: true })
  offerDeadline: string | null;

  @Column({ name: 'resume_version', type: 'varchar', length: 100, nullable: true })
  resumeVersion: string | null;

  @Column({ type: 'boolean', default: false })
  archived: boolean;

  @Column({ type: 'double precision' })
  position: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'stage_changed_at', type: 'timestamptz', default: () => 'now()' })
  stageChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
