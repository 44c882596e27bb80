import type { ApplicationContactRole } from '@offerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { ContactEntity } from './contact.entity.js';

/** A contact's role on an application (recruiter, hiring manager, referrer, interviewer). */
@Entity('application_contacts')
@Index('application_contacts_user_application_idx', ['userId', 'applicationId'])
@Index('application_contacts_user_contact_idx', ['userId', 'contactId'])
@Check('application_contacts_role_check', 'role IS NOT NULL')
export class ApplicationContactEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'application_contacts_application_id_fkey' })
  application?: ApplicationEntity;

  @PrimaryColumn({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'application_contacts_contact_id_fkey' })
  contact?: ContactEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  role: ApplicationContactRole;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'application_contacts_user_id_fkey' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
