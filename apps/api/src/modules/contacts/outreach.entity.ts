import type { OutreachType } from '@offerpath/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { ContactEntity } from './contact.entity.js';

/** The outreach log of a contact; its latest date is the contact's lastContactedAt. */
@Entity('outreach')
@Index('outreach_user_contact_idx', ['userId', 'contactId', 'occurredOn'])
@Check('outreach_type_check', 'type IS NOT NULL')
export class OutreachEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'outreach_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'outreach_contact_id_fkey' })
  contact?: ContactEntity;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'outreach_application_id_fkey' })
  application?: ApplicationEntity;

  @Column({ type: 'varchar', length: 32 })
  type: OutreachType;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
