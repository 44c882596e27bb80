import type { ContactKind } from '@offerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { CompanyEntity } from '../companies/company.entity.js';

@Entity('contacts')
@Index('contacts_user_linkedin_url_key', ['userId', 'linkedinUrl'], { unique: true })
@Index('contacts_user_name_idx', ['userId', 'name', 'id'])
@Index('contacts_user_company_idx', ['userId', 'companyId'])
@Check('contacts_kind_check', 'kind IS NOT NULL')
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'contacts_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'contacts_company_id_fkey' })
  company?: CompanyEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  /** Normalised (normalizeLinkedInUrl): the key a re-import matches on. */
  @Column({ name: 'linkedin_url', type: 'varchar', length: 2048, nullable: true })
  linkedinUrl: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 32, default: 'other' })
  kind: ContactKind;

  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'how_met', type: 'varchar', length: 500, nullable: true })
  howMet: string | null;

  @Column({ name: 'connected_on', type: 'date', nullable: true })
  connectedOn: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
