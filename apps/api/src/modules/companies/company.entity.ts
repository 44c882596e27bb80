import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

/** One real company per user; applications and contacts point at it. */
@Entity('companies')
@Index('companies_user_normalized_key', ['userId', 'normalizedName'], { unique: true })
@Check('companies_normalized_name_check', `normalized_name <> ''`)
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'companies_user_id_fkey' })
  user?: UserEntity;

  /** As first seen. */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** normalizeCompanyName(name): the identity of the company. */
  @Column({ name: 'normalized_name', type: 'varchar', length: 200 })
  normalizedName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
