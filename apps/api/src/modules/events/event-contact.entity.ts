import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { ContactEntity } from '../contacts/contact.entity.js';
import { EventEntity } from './event.entity.js';

/** A person at an event: an interviewer, or someone met at a fair, with a note. */
@Entity('event_contacts')
@Index('event_contacts_user_event_idx', ['userId', 'eventId'])
@Index('event_contacts_user_contact_idx', ['userId', 'contactId'])
export class EventContactEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_contacts_event_id_fkey' })
  event?: EventEntity;

  @PrimaryColumn({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'event_contacts_contact_id_fkey' })
  contact?: ContactEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'event_contacts_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
