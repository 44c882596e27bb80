import type { ReferralStatus } from '@offerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { ContactEntity } from '../contacts/contact.entity.js';

/** A contact (the referrer) referring the user for one application. */
@Entity('referrals')
@Index('referrals_user_application_contact_key', ['userId', 'applicationId', 'contactId'], { unique: true })
@Index('referrals_user_contact_idx', ['userId', 'contactId'])
@Index('referrals_user_updated_idx', ['userId', 'updatedAt', 'id'])
@Check('referrals_status_check', 'status IS NOT NULL')
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'referrals_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'referrals_application_id_fkey' })
  application?: ApplicationEntity;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'referrals_contact_id_fkey' })
  contact?: ContactEntity;

  @Column({ type: 'varchar', length: 32 })
  status: ReferralStatus;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
