import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

/** Claimed before a digest is sent: at most one per user and local day, across instances. */
@Entity('digest_sends')
export class DigestSendEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'digest_sends_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'local_date', type: 'date' })
  localDate: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
